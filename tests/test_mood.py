"""newsx_mood: Konjunktiv (Mood=Sub) on finite verbs from word-form rules."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc

import pipeline.components.mood  # noqa: F401  registers the factory
from pipeline.components.mood import MOOD_SCHEMA, default_rules_path, load_mood_rules
from pipeline.model import SHIPPED_MODEL
from pipeline.rules import RuleFileError


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_mood")
    return nlp


def parsed(nlp, spec: str) -> Doc:
    """A Doc from ``word/POS/TAG/head/dep[/morph]`` items (head: 0-based index)."""
    words, pos, tags, heads, deps, morphs = [], [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        words.append(parts[0])
        pos.append(parts[1])
        tags.append(parts[2])
        heads.append(int(parts[3]))
        deps.append(parts[4])
        morphs.append(parts[5] if len(parts) > 5 else "")
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, heads=heads, deps=deps, morphs=morphs)


def mood(doc: Doc, word: str) -> list[str]:
    return next(t for t in doc if t.text == word).morph.get("Mood")


# Er sagte, er habe das Geld nicht bekommen. / Ich habe das Geld nicht bekommen.
ER_HABE = (
    "Er/PRON/PPER/1/nsubj sagte/VERB/VVFIN/1/ROOT/Mood=Ind|VerbForm=Fin ,/PUNCT/$,/7/punct "
    "er/PRON/PPER/7/nsubj habe/AUX/VAFIN/7/aux/Mood=Ind|Person=1|VerbForm=Fin "
    "das/DET/ART/6/det Geld/NOUN/NN/7/obj bekommen/VERB/VVPP/1/ccomp/VerbForm=Part"
)
ICH_HABE = (
    "Ich/PRON/PPER/4/nsubj habe/AUX/VAFIN/4/aux/Mood=Ind|VerbForm=Fin "
    "das/DET/ART/3/det Geld/NOUN/NN/4/obj bekommen/VERB/VVPP/4/ROOT/VerbForm=Part"
)


def test_habe_with_third_person_subject_is_konjunktiv(nlp):
    doc = nlp(parsed(nlp, ER_HABE))
    assert mood(doc, "habe") == ["Sub"]
    assert "Fin" in doc[4].morph.get("VerbForm")
    assert mood(doc, "sagte") == ["Ind"]  # untouched


def test_habe_with_ich_stays_indicative(nlp):
    doc = nlp(parsed(nlp, ICH_HABE))
    assert mood(doc, "habe") == ["Ind"]


@pytest.mark.parametrize(
    "form", ["sei", "seien", "könne", "müsse", "wolle", "hätte", "wäre", "würden", "käme", "gäbe"]
)
def test_unambiguous_konjunktiv_forms(nlp, form):
    # "Der Minister sagte, die Lage <form> ernst."
    doc = nlp(
        parsed(
            nlp,
            f"Lage/NOUN/NN/1/nsubj {form}/AUX/VAFIN/1/ROOT/Mood=Ind|VerbForm=Fin ernst/ADJ/ADJD/1/advmod",
        )
    )
    assert mood(doc, form) == ["Sub"]


def test_e_ending_with_third_singular_subject(nlp):
    # Der Sprecher sagte, die Regierung plane keine Änderung.
    spec = (
        "Regierung/NOUN/NN/1/nsubj/Number=Sing plane/VERB/VVFIN/1/ROOT/Mood=Ind|VerbForm=Fin "
        "keine/DET/PIAT/3/det Änderung/NOUN/NN/1/obj"
    )
    assert mood(nlp(parsed(nlp, spec)), "plane") == ["Sub"]


def test_e_ending_plural_or_first_person_is_not_changed(nlp):
    # Wir/Ich erwarte... plural subject "die Firmen erwarte" is ungrammatical; use ich
    spec = "ich/PRON/PPER/1/nsubj erwarte/VERB/VVFIN/1/ROOT/Mood=Ind|VerbForm=Fin nichts/PRON/PIS/1/obj"
    assert mood(nlp(parsed(nlp, spec)), "erwarte") == ["Ind"]


def test_weak_preterite_in_te_is_not_konjunktiv(nlp):
    spec = "Regierung/NOUN/NN/1/nsubj plante/VERB/VVFIN/1/ROOT/Mood=Ind|VerbForm=Fin nichts/PRON/PIS/1/obj"
    assert mood(nlp(parsed(nlp, spec)), "plante") == ["Ind"]


def test_participle_adjective_is_not_touched(nlp):
    # durch Revolten entstandene Verluste: ADJA, not a finite verb
    spec = "entstandene/ADJ/ADJA/1/amod Verluste/NOUN/NN/1/ROOT"
    assert mood(nlp(parsed(nlp, spec)), "entstandene") == []


def test_indicative_t_form_corrects_a_false_sub(nlp):
    spec = "Regierung/NOUN/NN/1/nsubj plant/VERB/VVFIN/1/ROOT/Mood=Sub|VerbForm=Fin nichts/PRON/PIS/1/obj"
    assert mood(nlp(parsed(nlp, spec)), "plant") == ["Ind"]


def test_noun_wuerde_is_not_a_verb(nlp):
    # Die Würde des Menschen ist unantastbar.
    spec = (
        "Die/DET/ART/1/det Würde/NOUN/NN/4/nsubj des/DET/ART/3/det Menschen/NOUN/NN/1/nmod "
        "ist/AUX/VAFIN/4/ROOT/Mood=Ind|VerbForm=Fin"
    )
    doc = nlp(parsed(nlp, spec))
    assert mood(doc, "Würde") == []
    assert mood(doc, "ist") == ["Ind"]


def test_overwrite_false_keeps_model_mood():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_mood", config={"overwrite": False})
    doc = nlp(parsed(nlp, ER_HABE))
    assert mood(doc, "habe") == ["Ind"]


def test_rules_file_is_valid_and_every_rule_has_an_id():
    rules = load_mood_rules(default_rules_path())
    assert {r["id"] for r in rules} >= {"sub1-sein", "sub1-e-ending", "ind-t-ending"}
    assert "id" in MOOD_SCHEMA.fields


def test_bad_rule_file_names_file_line_and_field(tmp_path):
    bad = tmp_path / "mood.jsonl"
    bad.write_text(
        "# comment\n"
        + json.dumps({"id": "a", "mood": "Sub", "forms": ["sei"]})
        + "\n"
        + json.dumps({"id": "b", "mood": "Konj", "forms": ["habe"]})
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as e:
        load_mood_rules(bad)
    assert e.value.line == 3 and e.value.field == "mood" and "mood.jsonl" in str(e.value)


def test_duplicate_form_is_an_error(tmp_path):
    bad = tmp_path / "mood.jsonl"
    bad.write_text(
        json.dumps({"id": "a", "mood": "Sub", "forms": ["sei"]})
        + "\n"
        + json.dumps({"id": "b", "mood": "Ind", "forms": ["sei"]})
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match="already in rule"):
        load_mood_rules(bad)


def test_rules_travel_with_the_pipeline(tmp_path, nlp):
    nlp.to_disk(tmp_path / "p")
    assert (tmp_path / "p" / "newsx_mood" / "mood.jsonl").exists()
    loaded = spacy.load(tmp_path / "p")
    assert mood(loaded(parsed(loaded, ER_HABE)), "habe") == ["Sub"]


@pytest.mark.skipif(not (SHIPPED_MODEL / "meta.json").exists(), reason="models/de_newsx not built")
def test_shipped_model_with_mood_finds_konjunktiv():
    from pipeline.model import add_newsx_components

    nlp = spacy.load(SHIPPED_MODEL)
    nlp = add_newsx_components(
        nlp, exclude=("newsx_entities", "newsx_numbers", "newsx_quotes", "newsx_speakers")
    )
    names = nlp.pipe_names
    assert names.index("newsx_mood") == names.index("morphologizer") + 1
    assert names.index("parser") < names.index("newsx_mood")  # the rules see subjects
    doc = nlp("Der Sprecher sagte, die Regierung habe keine Pläne und sei zu Gesprächen bereit.")
    assert mood(doc, "habe") == ["Sub"] and mood(doc, "sei") == ["Sub"]
    assert mood(doc, "sagte") != ["Sub"]


def test_first_person_after_fronted_object_is_indicative(nlp):
    # Die Simkarte habe ich zwar: the parser took "Simkarte" for the subject
    spec = (
        "Die/DET/ART/1/det Simkarte/NOUN/NN/2/nsubj habe/VERB/VAFIN/2/ROOT/Mood=Sub|VerbForm=Fin "
        "ich/PRON/PPER/2/obj"
    )
    assert mood(nlp(parsed(nlp, spec)), "habe") == ["Ind"]


def test_conjunct_verb_inherits_the_subject(nlp):
    # Ich gebe Arbeit ab und bekomme mehr Freizeit.
    spec = (
        "Ich/PRON/PPER/1/nsubj gebe/VERB/VVFIN/1/ROOT/Mood=Ind|VerbForm=Fin Arbeit/NOUN/NN/1/obj "
        "und/CCONJ/KON/4/cc bekomme/VERB/VVFIN/1/conj/Mood=Sub|VerbForm=Fin Freizeit/NOUN/NN/4/obj"
    )
    doc = nlp(parsed(nlp, spec))
    assert mood(doc, "gebe") == ["Ind"] and mood(doc, "bekomme") == ["Ind"]


def test_sentence_initial_verb_without_subject_is_left_alone(nlp):
    # Habe lange gewartet. (dropped "ich" in a review): the model's Mood stays
    spec = "Habe/AUX/VAFIN/2/aux/Mood=Ind|VerbForm=Fin lange/ADV/ADV/2/advmod gewartet/VERB/VVPP/2/ROOT/VerbForm=Part"
    assert mood(nlp(parsed(nlp, spec)), "Habe") == ["Ind"]
