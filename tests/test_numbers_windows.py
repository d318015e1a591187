"""The number scanner reads only windows around anchors (issue 15): same mentions as a pass
over every piece of the text, and nothing to do for a text without digits or number words."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import rules_dir
from pipeline.number_windows import Anchors, boundary_after, safe_start, trie_pattern, windows
from pipeline.numbers import _PIECE_RE, NumberLexicon, find_numbers

from .conftest import SAMPLE_ARTICLE, shared_path
from .test_numbers import CASES, MODEL_CASES


@pytest.fixture(scope="module")
def lexicon() -> NumberLexicon:
    return NumberLexicon.from_dir(rules_dir())


def same(text: str, lexicon: NumberLexicon) -> None:
    assert find_numbers(text, lexicon) == find_numbers(text, lexicon, windowed=False)


def test_table_sentences_windowed_as_whole(lexicon):
    texts = (
        [t for t, _ in CASES]
        + [t for t, _ in MODEL_CASES]
        + [shared_path("samples", SAMPLE_ARTICLE.name).read_text(encoding="utf-8")]
    )
    for text in texts:
        same(text, lexicon)
    # all sentences as one long text: many windows, some merged
    same("\n".join(texts), lexicon)
    same(" ".join(texts), lexicon)


def test_10kgnad_windowed_as_whole(lexicon):
    path = shared_path("corpora", "10kgnad", "test.csv")
    with path.open(encoding="utf-8") as fh:
        texts = [r[1] for r, _ in zip(csv.reader(fh, delimiter=";", quotechar="'"), range(60))]
    for text in texts:
        same(text, lexicon)


_WORDS = st.sampled_from(
    [
        "mehr",
        "als",
        "160",
        "Todesopfer",
        "am",
        "7.",
        "Januar",
        "2022",
        "bis",
        "31.",
        "Dezember",
        "zwischen",
        "20",
        "und",
        "30",
        "Prozent",
        "rund",
        "2,5",
        "Millionen",
        "Euro",
        "Hunderte",
        "Menschen",
        "um",
        "18.00",
        "Uhr",
        "die",
        "dritte",
        "Runde",
        "Seite",
        "12",
        "eine",
        "halbe",
        "Million",
        "2013/2014",
        "(21.)",
        "Bundesländer",
        "zwei",
        "oder",
        "drei",
        "Kilometer",
        "Nexus",
        "6",
        "der",
        "Regierung",
        "zum",
        "Bundesministerium",
        "für",
        "Verkehr,",
        "Innovation",
        "und",
        "Technologie",
        "–",
        "€",
        "5",
        "1",
        "000",
        "Jahr",
        ".",
        "\n",
        "Wien",
        "Graz",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=80), st.lists(st.sampled_from([" ", "  ", "\n", ""]), max_size=80))
def test_random_texts_windowed_as_whole(lexicon, words, gaps):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    same(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Wien hat am Montag beschlossen, das Gesetz zu ändern.",
        "Der Bundesrat in Bern lehnte die Vorlage ab; die Kantone sind dagegen.",
        "Einer der Männer sagte, eine Einigung sei in Sicht.",
    ],
)
def test_text_without_numbers_has_no_anchor_and_no_window(lexicon, text):
    anchors = lexicon.anchors.offsets(text)
    assert anchors == []
    assert list(windows(text, anchors, _PIECE_RE)) == []
    assert find_numbers(text, lexicon) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Zwei Männer und 17 Frauen", ["zwei", "17"]),
        ("am dritten Tag, der zwanzigste Jahrestag", ["dritten", "zwanzigste"]),
        ("Hunderte Menschen, 2,5 Mio. Euro", ["hunderte", "2,5", "5", "mio"]),
        ("eine Million, ein Dutzend", ["million", "dutzend"]),  # "eine": no anchor alone
        ("Achtung, Elfmeter!", []),
    ],
)
def test_anchors(lexicon, text, words):
    low = text.lower()
    found = lexicon.anchors.offsets(text)
    assert [_PIECE_RE.match(low, i).group() for i in found] == words


def test_anchors_when_lowercasing_changes_the_length():
    anchors = Anchors(heads=["zwei"], parts=["zwei"], stems=[], words=["millionen"])
    text = "İstanbul: zwei Millionen"  # "İ".lower() has two characters
    assert anchors.offsets(text) == [10, 15]


def test_trie_pattern():
    pattern = trie_pattern(["zwei", "zwölf", "zwanzig"])
    assert pattern == "(?:z(?:w(?:a(?:n(?:z(?:i(?:g))))|e(?:i)|ö(?:l(?:f)))))"


@pytest.mark.parametrize(
    ("text", "i", "safe"),
    [
        ("ab cd", 3, True),
        ("ab cd", 2, False),  # not after white space
        ("1 000 Euro", 2, False),  # inside "1 000"
        ("2013 / 2014", 5, False),
        ("2013 / 2014", 7, False),
        ("am 3. Mai", 3, False),  # a digit after the space
        ("x 3 Mai", 4, False),  # a digit before the space
    ],
)
def test_safe_start(text, i, safe):
    assert safe_start(text, i) is safe


def test_boundary_after():
    assert boundary_after("1 000 Euro sind", 0) == 0
    assert boundary_after("1 000 Euro sind", 1) == 11  # not after a digit: "1 000"
    assert boundary_after("abc", 1) == 3
