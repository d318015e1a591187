"""The per-Doc :class:`TokenTable` and the fast paths that read it give what the Token-based
paths give: the same text, units, verb candidates, matcher windows and quotes."""

from __future__ import annotations

import pytest
import spacy

from pipeline.quotes.context import TokenTable
from pipeline.quotes.units import split_units

BLANK = spacy.blank("de")

# (text, [(kind, quote text, cue lemma)]) -- German, Austrian and Swiss news sentences
CASES = [
    (
        "„Wir bleiben bis zum Schluss“, sagte der Bürgermeister am Montag in Wien.",
        [("direct", "„Wir bleiben bis zum Schluss“", "sagen")],
    ),
    (
        (
            "Die Ministerin teilte am Dienstag mit, die Verhandlungen seien gescheitert. "
            "Man werde weiter reden."
        ),
        [
            ("indirect", "die Verhandlungen seien gescheitert", "mitteilen"),
            ("continuation", "Man werde weiter reden.", None),
        ],
    ),
    (
        "Laut Kantonspolizei Zürich wurde niemand verletzt.",
        [("indirect", "wurde niemand verletzt", "laut")],
    ),
    (
        "Wie die Landesregierung bekannt gab, wird die Straße im Frühjahr saniert.",
        [("indirect", "wird die Straße im Frühjahr saniert", "bekanntgeben")],
    ),
    ("Der Nationalrat hat das Budget am Mittwoch beschlossen.", []),
    ("Die Grazer Stadtregierung tagt  heute.\n\nMorgen folgt der Landtag.", []),
    ("", []),
]


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_table_is_the_docs_tokens(text):
    doc = BLANK(text)
    table = TokenTable.of(doc)
    assert table.text() == doc.text
    assert table.texts == [t.text for t in doc]
    assert table.lower == [t.lower for t in doc]
    assert table.space == [int(bool(t.whitespace_)) for t in doc]


@pytest.mark.parametrize("text,expected", CASES)
def test_quotes_with_and_without_table(ud_nlp, text, expected):
    doc = ud_nlp(text)
    rows = [(s._.kind, s.text, s._.cue_lemma) for s in doc.spans["quotes"]]
    assert rows == expected
    engine = ud_nlp.get_pipe("newsx_quotes").extractor
    with_table = engine(doc, doc.text, TokenTable.of(doc))
    without = engine(doc)
    assert [(q.kind, q.parts, q.speaker, q.confidence, q.rule) for q in with_table] == [
        (q.kind, q.parts, q.speaker, q.confidence, q.rule) for q in without
    ]


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_units_candidates_and_windows_with_and_without_table(ud_nlp, text):
    doc = ud_nlp(text)
    table = TokenTable.of(doc)
    engine = ud_nlp.get_pipe("newsx_quotes").extractor
    words = engine.kit.words.abbreviations
    inside = [-1] * len(doc)
    assert split_units(doc, inside, set(), words, table.orth) == split_units(
        doc, inside, set(), words
    )
    cues = engine.cues
    assert cues.verb_candidates(doc, table) == cues.verb_candidates(doc)
    columns = [table.lower, table.orth]
    assert cues.matcher.windows(doc, columns) == cues.matcher.windows(doc)
    assert cues.matcher(doc, columns) == cues.matcher(doc)


@pytest.mark.parametrize("text", [text for text, _ in CASES])
def test_table_after_the_memo_was_emptied_and_filled(text):
    """The texts come out the same whether the form memo knows every form, none, or some
    (the fast path fails on the first unseen form and falls back)."""
    from pipeline.quotes import context

    doc = BLANK(text)
    expected = [t.text for t in doc]
    context._TEXTS.clear()
    assert TokenTable.of(doc).texts == expected  # no form known
    assert TokenTable.of(doc).texts == expected  # every form known
    longer = BLANK(text + " Oberösterreich")  # some forms known, one not
    assert TokenTable.of(longer).texts == [t.text for t in longer]
    assert TokenTable.of(longer).texts[-1] == "Oberösterreich"
