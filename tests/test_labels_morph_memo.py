"""labels.morph_values and labels.morph_has remember the morphology per distinct analysis:
on parsed news sentences (German, Austrian, Swiss) every answer equals what spaCy's
``MorphAnalysis`` gives, a caller changing the returned list changes nothing, and a
field with several values ("Case=Acc,Nom") is no item of the string."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline import labels

SENTENCES = [
    "Die Kanzlerin sagte am Montag, die Regierung werde die Steuer nicht erhöhen.",
    "Der Wiener Bürgermeister hat angekündigt, dass die Stadt neue Wohnungen baut.",
    "Laut dem Zürcher Stadtrat seien die Kosten höher als erwartet gewesen.",
    "Es regnet.",
]
FIELDS = ("Case", "Number", "Gender", "Mood", "VerbForm", "Tense", "PronType", "Person")
FEATURES = ("VerbForm=Fin", "Tense=Pres", "Case=Nom", "Mood=Sub", "Number=Plur")


@pytest.mark.parametrize("text", SENTENCES)
def test_morph_values_equal_morph_get(ud_nlp, text):
    doc = ud_nlp(text)
    for t in doc:
        for name in FIELDS:
            assert labels.morph_values(t, name) == t.morph.get(name)
        for feature in FEATURES:
            assert labels.morph_has(t, feature) == (feature in str(t.morph).split("|"))


def test_returned_list_is_a_copy(ud_nlp):
    doc = ud_nlp("Die Ministerin sagte, sie komme morgen.")
    first = labels.morph_values(doc[1], "Number")
    first.append("Plur")
    assert labels.morph_values(doc[1], "Number") == doc[1].morph.get("Number")


def test_several_values_are_no_item(ud_nlp):
    doc = Doc(ud_nlp.vocab, words=["Wahlen", "finden", "statt"])
    doc[0].set_morph("Case=Acc,Nom|Number=Plur")
    assert labels.morph_values(doc[0], "Case") == ["Acc", "Nom"]
    assert not labels.morph_has(doc[0], "Case=Nom")
    assert labels.morph_has(doc[0], "Number=Plur")
    assert labels.morph_values(doc[1], "Case") == []


@pytest.mark.parametrize(
    ("morph", "expected"),
    [
        ("VerbForm=Part", True),
        ("Aspect=Perf|VerbForm=Part", True),
        ("VerbForm=Fin", False),
        ("", False),
    ],
)
def test_is_participle_reads_the_morphology(morph, expected):
    doc = Doc(Vocab(), words=["gemeldet"], morphs=[morph])
    assert labels.is_participle(doc[0]) is expected
