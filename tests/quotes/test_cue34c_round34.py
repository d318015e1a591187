"""A fronted source with a name in apposition before "zufolge" and a participle phrase
before an after-frame (round 34, issue 10).

* "Dem Sprecher der Feuerwehr, Thomas Maier, zufolge brach das Feuer im Keller aus." had no
  speaker: the capitalised dative article made the mention a bare dative (an addressee, an
  object) because the comma that closes the name stood between it and the postposition. The
  mention now ends past that comma (:func:`pipeline.quotes.mentions._past_apposition`).
  A dative with a name in apposition and no postposition stays no source.
* "Darauf angesprochen, meinte der Minister, man werde die Vorwürfe prüfen." gave one row
  over the whole sentence: the parse took the participle phrase for a clause framed after
  it, the quote's first part. That part goes (:mod:`pipeline.quotes.participle_parts`);
  a short statement with a participle and no preposition stays a part ("Alles richtig
  gemacht, sagte …"), and so does a clause.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, parts joined by " || ", cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows as rows


def _zufolge(text: str, said: str, mention: str, name: str | None) -> tuple:
    return (text, [("indirect", said, "zufolge", mention, name)])


SOURCES = [
    _zufolge(
        "Dem Sprecher der Feuerwehr, Thomas Maier, zufolge brach das Feuer im Keller aus.",
        "brach das Feuer im Keller aus",
        "Dem Sprecher der Feuerwehr, Thomas Maier",
        "Thomas Maier",
    ),
    _zufolge(
        "Dem Anwalt des Angeklagten, Peter Gruber, zufolge wird sein Mandant Berufung einlegen.",
        "wird sein Mandant Berufung einlegen",
        "Dem Anwalt des Angeklagten, Peter Gruber",
        "Peter Gruber",
    ),
    _zufolge(
        "Dem Bürgermeister, Franz Huber, zufolge soll die Brücke im Herbst fertig sein.",
        "soll die Brücke im Herbst fertig sein",
        "Dem Bürgermeister, Franz Huber",
        "Franz Huber",
    ),
    # must stay as they were
    _zufolge(
        "Der Sprecherin, Anna Berger, zufolge wird die Strecke gesperrt.",
        "wird die Strecke gesperrt",
        "Der Sprecherin, Anna Berger",
        "Anna Berger",
    ),
    _zufolge(
        "Dem Bericht der Zeitung zufolge brach das Feuer im Keller aus.",
        "brach das Feuer im Keller aus",
        "Dem Bericht der Zeitung",
        None,
    ),
    _zufolge(
        "Dem Innenministerium zufolge wurden drei Personen festgenommen.",
        "wurden drei Personen festgenommen",
        "Dem Innenministerium",
        "Innenministerium",
    ),
    ("Dem Trainer, Peter Stöger, droht eine Sperre.", []),
    ("Dem Sprecher der Polizei, Karl Huber, wurde gekündigt.", []),
]


def _said(text: str, said: str, cue: str, mention: str) -> tuple:
    return (text, [("indirect", said, cue, mention, None)])


PHRASES = [
    _said(
        "Darauf angesprochen, meinte der Minister, man werde die Vorwürfe prüfen.",
        "man werde die Vorwürfe prüfen",
        "meinte",
        "der Minister",
    ),
    _said(
        "Auf die Zahlen angesprochen, sagte die Ministerin, diese seien nicht aussagekräftig.",
        "diese seien nicht aussagekräftig",
        "sagte",
        "die Ministerin",
    ),
    _said(
        "Nach ihren Plänen gefragt, sagte die Bürgermeisterin, sie wolle erneut kandidieren.",
        "sie wolle erneut kandidieren",
        "sagte",
        "die Bürgermeisterin",
    ),
    _said("Darauf angesprochen, meinte er, das sei Unsinn.", "das sei Unsinn", "meinte", "er"),
    # must stay as they were
    (
        "Auf die Kritik angesprochen, sagte der Trainer: „Wir haben alles versucht.“",
        [("direct", "„Wir haben alles versucht.“", "sagte", "der Trainer", None)],
    ),
    _said(
        "Alles richtig gemacht, sagte der Trainer, man sei zufrieden.",
        "Alles richtig gemacht || man sei zufrieden",
        "sagte",
        "der Trainer",
    ),
    _said(
        "Im Keller brach das Feuer aus, sagte der Sprecher, man habe es rasch gelöscht.",
        "Im Keller brach das Feuer aus || man habe es rasch gelöscht",
        "sagte",
        "der Sprecher",
    ),
]


@pytest.mark.parametrize("text,expected", SOURCES)
def test_dative_source_with_name_before_zufolge(nlp, text, expected):
    """A dative role with its name in apposition before "zufolge" is the source."""
    assert rows(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", PHRASES)
def test_participle_phrase_before_after_frame(nlp, text, expected):
    """A participle phrase before the cue is no part of what is said."""
    assert rows(nlp(text)) == expected
