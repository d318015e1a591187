"""Counted nouns in the nominative (issue 11): dative plurals back to the nominative plural
by the noun forms ``newsx_numbers`` loads itself (``nouns.jsonl``), not by the model's lemma.

Each case: (sentence, [(span text, value, noun, kind), ...]); [] = nothing to find.
"""

from __future__ import annotations

import shutil

import pytest
import spacy

import pipeline.components.numbers  # noqa: F401  (registers the factory)
from pipeline import rules_dir
from pipeline.numbers import NOUNS_FILE, PLURALS_FILE, SCHEMAS, NumberLexicon


def rows(doc) -> list[tuple]:
    return [(s.text, s._.value, s._.noun, s._.number_kind) for s in doc.spans["numbers"]]


MODEL_CASES = [
    # -e plurals of masculine and neuter nouns: the dative -en goes, whatever case the model gives
    (
        "In Graz standen die Fahrgäste nach dem Unfall mit zwei Bussen stundenlang im Regen.",
        [("zwei Bussen", 2.0, "Busse", "count")],
    ),
    (
        "Der FC Basel gewann in den letzten drei Duellen gegen den FC Zürich.",
        [("drei Duellen", 3.0, "Duelle", "count")],
    ),
    (
        "Aus sieben Gründen lehnte der Nationalrat den Antrag ab.",
        [("sieben Gründen", 7.0, "Gründe", "count")],
    ),
    (
        "Die ÖBB setzt auf der Weststrecke seit Montag mit zehn Zügen mehr ein.",
        [("zehn Zügen", 10.0, "Züge", "count")],
    ),
    (
        "In fünf Städten Bayerns demonstrierten am Samstag Tausende.",
        [("fünf Städten", 5.0, "Städte", "count"), ("Tausende", None, None, "count")],
    ),
    (
        "Das Denkmal in Windsor besteht aus zwölf Bronzestühlen.",
        [("zwölf Bronzestühlen", 12.0, "Bronzestühle", "count")],
    ),
    (
        "Arsenal kassierte bei seinen drei Königsklassen-Auftritten in Piräus drei Pleiten.",
        [
            ("drei Königsklassen-Auftritten", 3.0, "Königsklassen-Auftritte", "count"),
            ("drei Pleiten", 3.0, "Pleiten", "count"),
        ],
    ),
    (
        "Bei 14 Heimspielen holte Sturm Graz nur acht Siege.",
        [("14 Heimspielen", 14.0, "Heimspiele", "count"), ("acht Siege", 8.0, "Siege", "count")],
    ),
    (
        "Die Schweizer Armee ist mit 2000 Soldaten und 30 Flugzeugen im Einsatz.",
        [
            ("2000 Soldaten", 2000.0, "Soldaten", "count"),
            ("30 Flugzeugen", 30.0, "Flugzeuge", "count"),
        ],
    ),
    # -en and -n plurals stay: feminine nouns, weak masculine nouns, -aten
    (
        "Die Wiener Linien schickten zwei Reisen nach Linz und verkauften 300 Karten.",
        [("zwei Reisen", 2.0, "Reisen", "count"), ("300 Karten", 300.0, "Karten", "count")],
    ),
    (
        "In zwei Wochen kommen 40 Kunden aus drei Staaten nach Salzburg.",
        [
            ("zwei Wochen", 2.0, "Wochen", "count"),
            ("40 Kunden", 40.0, "Kunden", "count"),
            ("drei Staaten", 3.0, "Staaten", "count"),
        ],
    ),
    # feminine -e nouns whose stem without the umlaut is another noun (Blüte: Blut)
    (
        "Die gut 8.000 Blüten wurden in Wien aus dem Verkehr gezogen.",
        [("gut 8.000 Blüten", 8000.0, "Blüten", "count")],
    ),
    (
        "Die Karawane zog durch drei Wüsten.",
        [("drei Wüsten", 3.0, "Wüsten", "count")],
    ),
    (
        "Mit 20 Menschen an Bord kenterte das Boot vor Lampedusa.",
        [("20 Menschen", 20.0, "Menschen", "count")],
    ),
    ("Die Zahl der Gründe ist unklar.", []),
]


@pytest.mark.parametrize(("text", "expected"), MODEL_CASES)
def test_dative_plurals_with_model(nlp, text, expected):
    assert rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("word", "morph", "lemma", "noun"),
    [
        ("Zügen", "Case=Nom|Gender=Fem|Number=Plur", "Züg", "Züge"),  # umlaut: any gender
        ("Bussen", "Case=Dat|Gender=Masc|Number=Plur", "Busse", "Busse"),  # -sse: Bus
        ("Duellen", "Case=Acc|Gender=Masc|Number=Plur", "Duelle", "Duelle"),
        ("Flüchtlingen", "Case=Dat|Gender=Fem|Number=Plur", "Flüchtling", "Flüchtlinge"),
        ("Reisen", "Case=Dat|Gender=Fem|Number=Plur", "Reise", "Reisen"),  # feminine -n
        ("Pleiten", "Case=Acc|Gender=Fem|Number=Plur", "Pleit", "Pleiten"),
        ("Menschen", "Case=Dat|Gender=Masc|Number=Plur", "Mensch", "Menschen"),  # weak noun
        ("Duellen", "", "", "Duelle"),  # by noun_plurals.jsonl, also without a model
        ("Bronzestühlen", "", "", "Bronzestühle"),  # umlaut: also without a model
        ("Tagen", "Case=Dat|Gender=Masc|Number=Sing", "Tag", "Tage"),  # by dative.tagen
    ],
)
def test_noun_lemma_by_known_forms(word, morph, lemma, noun):
    lex = NumberLexicon.from_dir(rules_dir())
    assert lex.noun_lemma(word, morph, lemma, lex.known_nouns) == noun


# -- the noun forms belong to the component's lifecycle ----------------------------------
def test_component_loads_noun_forms_itself():
    """Without newsx_entities in the pipeline the dative plural still turns nominative."""
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_numbers")
    nlp.initialize()
    assert "Bronzestühle" not in nlp.get_pipe("newsx_numbers").lexicon.known_nouns
    assert "Stühle" in nlp.get_pipe("newsx_numbers").lexicon.known_nouns
    assert rows(nlp("Ein Denkmal aus zwölf Bronzestühlen.")) == [
        ("zwölf Bronzestühlen", 12.0, "Bronzestühle", "count")
    ]


def test_noun_forms_travel_with_to_disk(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_numbers")
    nlp.initialize()
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "newsx_numbers" / NOUNS_FILE).is_file()
    loaded = spacy.load(tmp_path / "pipe")
    finder = loaded.get_pipe("newsx_numbers")
    assert finder.lexicon.known_nouns == nlp.get_pipe("newsx_numbers").lexicon.known_nouns
    assert rows(loaded("Mit 30 Stühlen.")) == [("30 Stühlen", 30.0, "Stühle", "count")]


def test_rules_dir_without_noun_forms_takes_the_shipped_ones(tmp_path):
    for name in SCHEMAS:
        shutil.copy(rules_dir() / name, tmp_path / name)
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_numbers", config={"rules_dir": str(tmp_path)})
    nlp.initialize()
    assert rows(nlp("Mit 30 Stühlen.")) == [("30 Stühlen", 30.0, "Stühle", "count")]


def test_lexicon_without_noun_forms_keeps_the_dative():
    records = {name: [] for name in SCHEMAS}
    records.update(NumberLexicon.from_dir(rules_dir()).records)
    del records[NOUNS_FILE], records[PLURALS_FILE]
    lex = NumberLexicon(records)
    assert lex.known_nouns == frozenset()
    assert lex.noun_lemma("Bronzestühlen", "", "", None) == "Bronzestühlen"
