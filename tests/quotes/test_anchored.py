"""AnchoredMatcher: the matches of spaCy's Matcher, found on windows after fixed first words."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.matcher import Matcher

from pipeline import resources
from pipeline.quotes.anchored import (
    AnchoredMatcher,
    first_words,
    last_words,
    next_words,
    token_span,
)

NLP = spacy.blank("de")

PATTERNS = {
    "laut": [{"LOWER": "laut"}],
    "so_np": [{"ORTH": ","}, {"LOWER": "so"}],
    "nach_angaben": [
        {"LOWER": "nach"},
        {"LOWER": {"REGEX": "^(d(e[mnrs]|ie|as)|[a-zäöüß-]+(e|en|er|em))$"}, "OP": "{0,3}"},
        {"LOWER": {"REGEX": "angaben$"}},
    ],
    "wird_zitiert": [
        {"LOWER": {"IN": ["wird", "wurde"]}},
        {"IS_ALPHA": True, "OP": "{0,4}"},
        {"LOWER": "zitiert"},
    ],
}

TEXTS = [
    "Laut Polizei gab es keine Verletzten, so ein Sprecher.",
    "Nach den bisherigen offiziellen Angaben starben drei Menschen, nach Angaben der UNO mehr.",
    "Er wird in der Zeitung mit den Worten zitiert, es sei vorbei.",
    "Nichts davon trifft zu.",
    "Die Bahn fährt, sobald es geht, so der ÖBB-Sprecher, und zwar pünktlich.",
    "Es regnet, so",
    "",
]


def both(patterns: dict) -> tuple[Matcher, AnchoredMatcher]:
    plain, anchored = Matcher(NLP.vocab), AnchoredMatcher(NLP.vocab)
    for key, pattern in patterns.items():
        plain.add(key, [pattern], greedy="LONGEST")
        anchored.add(key, [pattern], greedy="LONGEST")
    return plain, anchored


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_matcher(text):
    plain, anchored = both(PATTERNS)
    doc = NLP(text)
    assert anchored(doc) == sorted(plain(doc), key=lambda m: (m[1], m[2]))


def test_same_matches_with_the_shipped_cue_patterns():
    path = resources.rules_dir("de") / "cue_patterns.jsonl"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line[:1] == "{"]
    plain, anchored = both({r["id"]: r["pattern"] for r in records})
    assert len(anchored.rest) == 0  # every shipped cue pattern is windowed
    doc = NLP(" ".join(TEXTS) + " Dem Vernehmen nach ist er der Ansicht, dass es so bleibt.")
    assert anchored(doc) == sorted(plain(doc), key=lambda m: (m[1], m[2]))
    assert anchored(doc)


def test_two_keys_on_the_same_tokens_keep_the_matchers_order():
    patterns = {"b_second": [{"LOWER": "laut"}], "a_first": [{"LOWER": {"IN": ["laut", "gemäß"]}}]}
    plain, anchored = both(patterns)
    doc = NLP("Gemäß dem Bericht und laut Polizei.")
    assert anchored(doc) == plain(doc)


def test_patterns_without_a_fixed_first_word_run_on_the_whole_doc():
    patterns = {"opt": [{"LOWER": "unter", "OP": "?"}, {"LOWER": "berufung"}], **PATTERNS}
    plain, anchored = both(patterns)
    assert len(anchored.rest) == 1
    doc = NLP("Unter Berufung auf Kreise, so die Zeitung, wird er zitiert.")
    assert anchored(doc) == sorted(plain(doc), key=lambda m: (m[1], m[2]))


def test_pattern_token_lengths_and_first_words():
    assert [token_span({"OP": op}) for op in (None, "?", "{0,3}", "{2}", "{1,}", "*", "+")] == [
        1,
        1,
        3,
        2,
        None,
        None,
        None,
    ]
    assert first_words({"LOWER": "laut"}) == ("LOWER", {"laut"})
    assert first_words({"ORTH": {"IN": [",", ";"]}}) == ("ORTH", {",", ";"})
    assert first_words({"LOWER": {"REGEX": "^laut$"}}) is None
    assert first_words({"LOWER": "laut", "OP": "?"}) is None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ([{"ORTH": ","}, {"LOWER": "so"}], (0, {"so"})),
        (
            [{"LOWER": "im"}, {"ORTH": {"IN": ["Gespräch", "Interview"]}}],
            (1, {"Gespräch", "Interview"}),
        ),
        ([{"LOWER": "laut"}], None),
        ([{"LOWER": "wird"}, {"IS_ALPHA": True, "OP": "{0,4}"}, {"LOWER": "zitiert"}], None),
    ],
)
def test_next_words(pattern, expected):
    found = next_words(pattern)
    if expected is None:
        assert found is None
    else:
        assert found == (expected[0], frozenset(NLP.vocab.strings.add(w) for w in expected[1]))


def test_no_window_where_the_next_word_rules_the_key_out():
    _, anchored = both({"so_np": PATTERNS["so_np"]})
    doc = NLP("Sie kam, sah, und ging, so die Zeugin.")
    assert list(anchored.windows(doc).values()) == [[(7, 9)]]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("so_np", (0, {"so"})),
        ("wird_zitiert", (0, {"zitiert"})),
        ("nach_angaben", None),  # its later words are patterns, not fixed words
        ("laut", None),
    ],
)
def test_last_words(key, expected):
    found = last_words(PATTERNS[key])
    if expected is None:
        assert found is None
    else:
        assert found == (expected[0], frozenset(NLP.vocab.strings.add(w) for w in expected[1]))


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        ("Der Satz wurde in Wien zitiert, hieß es.", [(2, 8)]),
        ("Der Antrag wurde in Wien abgelehnt, hieß es.", []),
    ],
)
def test_no_window_without_a_needed_word(text, windows):
    _, anchored = both({"wird_zitiert": PATTERNS["wird_zitiert"]})
    assert list(anchored.windows(NLP(text)).values()) == [windows]
