"""Counted nouns in the nominative plural by the plural table (issue 11, ``noun_plurals.jsonl``):
nominative plurals in -n stay ("zehn Runden", "30 Kollegen"), dative plurals lose their -n
("zwei Zügen" -> "Züge"), compounds go by their last part.

Each case: (sentence, [(span text, value, noun, kind), ...]); [] = nothing to find.
"""

from __future__ import annotations

import shutil

import pytest
import spacy

import pipeline.components.numbers  # noqa: F401  (registers the factory)
from pipeline import rules_dir
from pipeline.numbers import PLURAL_SCHEMA, PLURALS_FILE, SCHEMAS, NumberLexicon, plural_lookup
from pipeline.rules import load_rules


def rows(doc) -> list[tuple]:
    return [(s.text, s._.value, s._.noun, s._.number_kind) for s in doc.spans["numbers"]]


CASES = [
    # nominative plurals in -n (feminine -e nouns, weak masculines): they stay
    (
        "Der Titelverteidiger aus Salzburg führte nach zehn Runden mit drei Punkten Vorsprung.",
        [("zehn Runden", 10.0, "Runden", "count"), ("drei Punkten", 3.0, "Punkte", "count")],
    ),
    (
        "Der Gemeinderat sprach am Dienstag mit 30 Kollegen aus dem Kanton Bern.",
        [("30 Kollegen", 30.0, "Kollegen", "count")],
    ),
    (
        "Die Demonstranten in Leipzig skandierten zwei Parolen gegen die Regierung.",
        [("zwei Parolen", 2.0, "Parolen", "count")],
    ),
    (
        "Die Baustelle in Linz dauert noch sechs Wochen.",
        [("sechs Wochen", 6.0, "Wochen", "count")],
    ),
    (
        "Der Verein in Basel hat mit fünf Frauen den Vorstand neu besetzt.",
        [("fünf Frauen", 5.0, "Frauen", "count")],
    ),
    (
        "Die Polizei in Köln zählte bei der Kundgebung rund 2000 Menschen.",
        [("rund 2000 Menschen", 2000.0, "Menschen", "count")],
    ),
    # dative plurals of nominative plurals in -e and -er: the -n goes
    (
        "Die ÖBB fahren ab Montag mit vier Zügen mehr zwischen Wien und Salzburg.",
        [("vier Zügen", 4.0, "Züge", "count")],
    ),
    (
        "Der FC St. Gallen blieb in den letzten fünf Duellen mit dem FC Luzern ungeschlagen.",
        [("fünf Duellen", 5.0, "Duelle", "count")],
    ),
    (
        "Die Schüler aus Graz wurden mit drei Bussen nach Kärnten gebracht.",
        [("drei Bussen", 3.0, "Busse", "count")],
    ),
    (
        "Das Verwaltungsgericht in Leipzig wies die Klage aus vier Gründen ab.",
        [("vier Gründen", 4.0, "Gründe", "count")],
    ),
    (
        "Die Gemeinde in Tirol kümmert sich derzeit um 120 Flüchtlingen.",
        [("120 Flüchtlingen", 120.0, "Flüchtlinge", "count")],
    ),
    (
        "Die Regierung in Damaskus verhandelt mit sechs Rebellenbündnissen über eine Waffenruhe.",
        [("sechs Rebellenbündnissen", 6.0, "Rebellenbündnisse", "count")],
    ),
    (
        "In der Zürcher Schule lernen die Lehrer mit 25 Kindern im Freien.",
        [("25 Kindern", 25.0, "Kinder", "count")],
    ),
    # nothing to find
    ("Die Kollegen aus Wien lobten die Runden in Zürich.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counted_noun_is_the_nominative_plural(nlp, text, expected):
    assert rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("word", "morph", "lemma", "noun"),
    [
        ("Runden", "Case=Dat|Gender=Fem|Number=Plur", "Runde", "Runden"),  # Rund, Runde: stays
        ("Kollegen", "Case=Dat|Gender=Masc|Number=Plur", "Kollege", "Kollegen"),
        ("Parolen", "Case=Acc|Gender=Fem|Number=Plur", "Parole", "Parolen"),
        ("Toren", "Case=Dat|Gender=Neut|Number=Plur", "Tor", "Tore"),  # both: model decides
        ("Runden", "Case=Acc|Gender=Masc|Number=Plur", "Rund", "Runden"),  # both, no dative
        ("Toren", "", "", "Toren"),  # both and no model: it stays
        ("Zügen", "", "", "Züge"),
        ("Gründen", "", "", "Gründe"),
        ("Rebellenbündnissen", "", "", "Rebellenbündnisse"),  # by "Bündnissen"
        ("EU-Ländern", "", "", "EU-Länder"),
        ("Verletzten", "", "", "Verletzte"),  # strong declension after a number
        ("Staaten", "Case=Dat|Gender=Masc|Number=Plur", "Staat", "Staaten"),  # not old "Staate"
    ],
)
def test_noun_lemma_by_the_plural_table(word, morph, lemma, noun):
    lex = NumberLexicon.from_dir(rules_dir())
    assert lex.noun_lemma(word, morph, lemma, lex.known_nouns) == noun


def test_plural_lookup_unknown_word():
    assert plural_lookup("Xqz", {"Runden"}, {"Züge"}) == ()
    assert plural_lookup("Sonderzügen", {"Runden"}, {"Züge"}) == ("Sonderzüge",)


def test_plural_file_validates_and_is_small():
    path = rules_dir("de") / PLURALS_FILE
    recs = load_rules(path, PLURAL_SCHEMA)
    assert {r["kind"] for r in recs} == {"nominative_n", "dative_plus_n"}
    assert path.stat().st_size < 400_000
    assert path.read_text(encoding="utf-8").count("do not edit") == 1


def test_rules_dir_without_plurals_takes_the_shipped_ones(tmp_path):
    for name in SCHEMAS:
        shutil.copy(rules_dir() / name, tmp_path / name)
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_numbers", config={"rules_dir": str(tmp_path)})
    nlp.initialize()
    assert rows(nlp("Nach zehn Runden.")) == [("zehn Runden", 10.0, "Runden", "count")]


def test_plurals_travel_with_to_disk(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_numbers")
    nlp.initialize()
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "newsx_numbers" / PLURALS_FILE).is_file()
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.get_pipe("newsx_numbers").lexicon.plurals == (
        nlp.get_pipe("newsx_numbers").lexicon.plurals
    )
    assert rows(loaded("Mit 30 Kollegen.")) == [("30 Kollegen", 30.0, "Kollegen", "count")]


def test_language_without_a_plural_table(tmp_path):
    """French ships no noun_plurals.jsonl: a rules_dir of its own rule files still loads."""
    for name in SCHEMAS:
        shutil.copy(rules_dir("fr") / name, tmp_path / name)
    nlp = spacy.blank("fr")
    nlp.add_pipe("newsx_numbers", config={"rules_dir": str(tmp_path)})
    nlp.initialize()
    assert nlp.get_pipe("newsx_numbers").lexicon.plurals == (frozenset(), frozenset())
    doc = nlp("Il y avait 30 personnes.")  # blank French: no POS, so no lower-case noun
    assert [(s.text, s._.value) for s in doc.spans["numbers"]] == [("30", 30.0)]
