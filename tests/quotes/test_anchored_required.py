"""AnchoredMatcher windows must hold every fixed word and LOWER regular expression a
pattern needs (:func:`pipeline.quotes.anchored.required`): fewer windows, same matches."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.matcher import Matcher

from pipeline.quotes.anchored import AnchoredMatcher, required

NLP = spacy.blank("de")
WORDS = "^(d(e[mnrs]|ie|as)|[a-zäöüß-]+(e|en|er|em))$"
SOURCES = "^[a-zäöüß-]*(angaben|aussagen|worten)$"

PATTERNS = {
    "nach_angaben": [
        {"LOWER": "nach"},
        {"LOWER": {"REGEX": WORDS}, "OP": "{0,3}"},
        {"LOWER": {"REGEX": SOURCES}},
    ],
    "bekannt": [
        {"LOWER": {"IN": ["wurde", "ist"]}},
        {"IS_ALPHA": True, "OP": "{0,4}"},
        {"LOWER": "bekannt"},
        {"LOWER": "geworden", "OP": "?"},
        {"ORTH": ","},
    ],
}


def _ids(*words: str) -> frozenset[int]:
    return frozenset(NLP.vocab.strings.add(w) for w in words)


def both() -> tuple[Matcher, AnchoredMatcher]:
    plain, anchored = Matcher(NLP.vocab), AnchoredMatcher(NLP.vocab)
    for key, pattern in PATTERNS.items():
        plain.add(key, [pattern], greedy="LONGEST")
        anchored.add(key, [pattern], greedy="LONGEST")
    return plain, anchored


def test_required_lists_word_sets_before_regular_expressions():
    assert required(PATTERNS["bekannt"]) == ((0, _ids("bekannt")), (1, _ids(",")))
    assert required(PATTERNS["nach_angaben"]) == ((0, re.compile(SOURCES)),)
    assert required([{"LOWER": "laut"}]) == ()


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        # a window is "nach" and the four tokens the pattern may reach after it
        ("Nach Angaben der Wiener Polizei gab es keine Verletzten.", [(0, 5)]),
        ("Nach ersten offiziellen Aussagen ist niemand verletzt.", [(0, 5)]),
        # "nach" with no source word after it: no window (the regular expression fails)
        ("Nach dem Spiel in Basel fuhren die Fans heim.", []),
        ("Er kam nach Hause.", []),
    ],
)
def test_no_window_without_a_source_word(text, windows):
    _, anchored = both()
    key = NLP.vocab.strings["nach_angaben"]
    assert anchored.windows(NLP(text)).get(key, []) == windows


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        # "wurde" and the seven tokens the pattern may reach after it
        ("Am Montag wurde in Graz bekannt, dass der Bürgermeister zurücktritt.", [(2, 10)]),
        # "bekannt" but no comma in the window, or no "bekannt" at all
        ("Der Sänger ist in ganz Deutschland bekannt.", []),
        ("Die Entscheidung wurde in Zürich getroffen, hieß es.", []),
    ],
)
def test_no_window_without_every_needed_word(text, windows):
    _, anchored = both()
    key = NLP.vocab.strings["bekannt"]
    assert anchored.windows(NLP(text)).get(key, []) == windows


@pytest.mark.parametrize(
    "text",
    [
        "Nach Angaben der Wiener Polizei gab es keine Verletzten.",
        "Nach ersten offiziellen Aussagen ist niemand verletzt, wurde bekannt, hieß es.",
        "Am Montag wurde in Graz bekannt, dass der Bürgermeister zurücktritt.",
        "Wie am Abend bekannt geworden ist, wurde der Vertrag nach Worten des Ministers verlängert.",
        "Der Sänger ist in ganz Deutschland bekannt.",
        "Er kam nach Hause.",
        "",
    ],
)
def test_same_matches_as_the_matcher(text):
    plain, anchored = both()
    doc = NLP(text)
    assert anchored(doc) == sorted(plain(doc), key=lambda m: (m[1], m[2]))
