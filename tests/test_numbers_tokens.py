"""``newsx_numbers`` finds its anchors from the Doc's tokens and builds the text without a
Token per token (issue 15): the same text as ``doc.text``, the same anchors as a pass over
the whole text, and a Doc without a digit or number word returns at once."""

from __future__ import annotations

import csv

import pytest
import spacy

from pipeline import rules_dir
from pipeline.components import numbers as component
from pipeline.numbers import NumberLexicon, _Ranges

from .conftest import shared_path


@pytest.fixture(scope="module")
def lexicon() -> NumberLexicon:
    return NumberLexicon.from_dir(rules_dir())


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("de")


def _anchors(nlp, lexicon, text):
    doc = nlp.make_doc(text)
    arr = doc.to_array(component._ATTRS)
    held = component._anchor_tokens(doc, arr, lexicon.anchors)
    if not held:
        return doc, component._text(doc, arr), []
    built, anchors = component._text_and_anchors(doc, arr, held, lexicon.anchors)
    return doc, built, anchors


@pytest.mark.parametrize(
    "text",
    [
        "Mehr als 160 Todesopfer forderte das Unglück in Graz, hieß es am 7. Januar 2022.",
        "Der Kanton Zürich zahlt 2,5 Mio. Franken – rund ein Drittel mehr als 2019/2020.",
        "Hunderte Menschen, zweieinhalbtausend Polizisten und dreißig Busse am Bahnhof.",
        "„Zwei“ sagte er,  und dann:\n\nder dritte Versuch (21.) um 18.00 Uhr.",
        "Die SPÖ-Chefin (54) und ein Dutzend G7-Vertreter trafen 1 000 Gäste.",
        "Elfmeter! Zehntausende  demonstrierten in Berlin-Mitte; ca. 20-30 Prozent.",
    ],
)
def test_token_anchors_are_those_of_the_whole_text(nlp, lexicon, text):
    doc, built, anchors = _anchors(nlp, lexicon, text)
    assert built == doc.text
    assert anchors == lexicon.anchors.offsets(text)
    assert anchors  # every sentence here holds a number


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Wien hat am Montag beschlossen, das Gesetz zu ändern.",
        "Der Bundesrat in Bern lehnte die Vorlage ab; die Kantone sind dagegen.",
        "Einer der Männer sagte, eine Einigung sei in Sicht.",
        "",
    ],
)
def test_doc_without_anchor_token_has_no_mention(nlp, lexicon, text):
    doc, _, anchors = _anchors(nlp, lexicon, text)
    assert anchors == [] and lexicon.anchors.offsets(text) == []
    finder = component.NumberFinder(nlp, "newsx_numbers", lexicon)
    assert list(finder(doc).spans["numbers"]) == []


def test_lowercasing_that_changes_the_length_reads_the_whole_text(nlp, lexicon):
    doc, built, anchors = _anchors(nlp, lexicon, "İstanbul: zwei Millionen")
    assert built == doc.text and anchors is None


def test_10kgnad_token_anchors(nlp, lexicon):
    path = shared_path("corpora", "10kgnad", "test.csv")
    with path.open(encoding="utf-8") as fh:
        texts = [r[1] for r, _ in zip(csv.reader(fh, delimiter=";", quotechar="'"), range(60))]
    for text in texts:
        doc, built, anchors = _anchors(nlp, lexicon, text)
        assert built == doc.text
        assert anchors == lexicon.anchors.offsets(text)


@pytest.mark.parametrize(
    ("i", "inside"),
    [(0, False), (2, True), (9, True), (10, True), (11, False), (14, False), (15, True)],
)
def test_blocked_ranges_overlap(i, inside):
    ranges = _Ranges([(15, 16), (2, 11), (4, 6)])  # (4, 6) ends before (2, 11) does
    assert (i in ranges) is inside
