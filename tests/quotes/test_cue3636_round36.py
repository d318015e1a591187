"""Frames whose content or span was wrong (round 36, issue 10).

* A participle phrase before the cue the tagger read as a finite verb ("Mit den Vorwürfen
  konfrontiert, sagte X, man weise alles zurück") was the whole statement; the clause after
  the speaker is (:mod:`pipeline.quotes.participle_parts`), or no row when none follows
  (:mod:`pipeline.quotes.phrase_frames`).
* "…, wie es X formulierte" / "ausdrückte": no cue, the frame swallowed into a
  continuation; the verbs frame speech only in a "wie" clause (``as_frame_only_lemmas``),
  and the "es" of "wie es X sagte" is no part of the speaker mention.
* "…, so lautet die Logik des Ministeriums" (also after a dash): no frame; a cue pattern
  (``so_lautet`` in cue_patterns.jsonl) for a noun of a statement with its owner after it.
* "Einem „profil“-Bericht zufolge …": a lowercase title glued to a noun before "zufolge"
  is the source (no row over the whole sentence, none for the title).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, parts joined by " || ", cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows as rows

PARTICIPLE_PHRASES = [
    (
        "Mit der Kritik konfrontiert, sagte eine Sprecherin der Bahn, man werde die "
        "Fahrpläne prüfen.",
        [
            (
                "indirect",
                "man werde die Fahrpläne prüfen",
                "sagte",
                "eine Sprecherin der Bahn",
                None,
            )
        ],
    ),
    (
        "Die Grünen fordern seinen Rücktritt. Mit der Forderung konfrontiert, erklärte der "
        "Landesrat, er denke nicht daran.",
        [
            ("reported", "Die Grünen fordern seinen Rücktritt.", "fordern", "Die Grünen",
             "Bündnis 90/Die Grünen"),
            ("indirect", "er denke nicht daran", "erklärte", "der Landesrat", None),
        ],
    ),
    (
        "Darauf angesprochen, sagte Innenministerin Johanna Mikl-Leitner, man werde die "
        "Fälle prüfen.",
        [
            (
                "indirect",
                "man werde die Fälle prüfen",
                "sagte",
                "Innenministerin Johanna Mikl-Leitner",
                "Johanna Mikl-Leitner",
            )
        ],
    ),
    (
        "Mit den Vorwürfen konfrontiert, sagte ein Sprecher, dass man alles prüfe.",
        [("indirect", "dass man alles prüfe", "sagte", "ein Sprecher", None)],
    ),
    # the phrase alone is no statement
    ("Mit den Vorwürfen konfrontiert, sagte der Sprecher nichts.", []),
    (
        "Mit dem Bericht konfrontiert, sagte eine Sprecherin des Konzerns: „Wir prüfen das.“",
        [
            (
                "direct",
                "„Wir prüfen das.“",
                "sagte",
                "eine Sprecherin des Konzerns",
                None,
            )
        ],
    ),
    # a clause with its own subject before the cue stays the statement
    (
        "Mit dem neuen Vertrag verdient er mehr, sagte sein Berater.",
        [("indirect", "Mit dem neuen Vertrag verdient er mehr", "sagte", "sein Berater", None)],
    ),
]

AS_FRAMES = [
    (
        "Die Pensionen seien sicher, wie es Sozialminister Alois Stöger formulierte.",
        [
            (
                "indirect",
                "Die Pensionen seien sicher",
                "wie … formulierte",
                "Sozialminister Alois Stöger",
                "Alois Stöger",
            )
        ],
    ),
    (
        "Die Regierung habe versagt, wie es der Oppositionsführer am Montag ausdrückte.",
        [("indirect", "Die Regierung habe versagt", "wie … ausdrückte", "der Oppositionsführer",
          None)],
    ),
    (
        "Der Plan ist mutig, wie Bürgermeister Michael Ludwig formulierte.",
        [
            (
                "indirect",
                "Der Plan ist mutig",
                "wie … formulierte",
                "Bürgermeister Michael Ludwig",
                "Michael Ludwig",
            )
        ],
    ),
    (
        "Der Plan sei mutig, wie es Bürgermeister Michael Ludwig sagte.",
        [
            (
                "indirect",
                "Der Plan sei mutig",
                "wie … sagte",
                "Bürgermeister Michael Ludwig",
                "Michael Ludwig",
            )
        ],
    ),
    # the verbs outside a "wie" clause frame nothing
    ("Die Grünen formulierten ihre Forderungen in einem Brief an den Kanzler.", []),
    ("Wie der Entwurf formuliert ist, bleibt unklar.", []),
    ("Der Bürgermeister drückte auf die Tube, die Bauarbeiten beginnen im Mai.", []),
]

SO_LAUTET = [
    (
        "Wer mehr verdient, soll mehr zahlen – so lautet die Logik des Ministeriums.",
        [
            (
                "indirect",
                "Wer mehr verdient, soll mehr zahlen",
                "so lautet",
                "des Ministeriums",
                "Ministerium",
            )
        ],
    ),
    (
        "Die Steuern sollen steigen, so lautete die Devise der Regierung.",
        [("indirect", "Die Steuern sollen steigen", "so lautete", "der Regierung", "Regierung")],
    ),
    # no owner named, or no noun of a statement: no row
    ("Wer mehr verdient, soll mehr zahlen – so lautet die Devise.", []),
    ("Das Spiel endete 2:1 – so lautet das Ergebnis nach 90 Minuten.", []),
]

TITLED_SOURCES = [
    (
        "Einem „profil“-Bericht zufolge soll der Landesrat von den Zahlungen gewusst haben.",
        [
            (
                "indirect",
                "soll der Landesrat von den Zahlungen gewusst haben",
                "zufolge",
                "Einem „profil“-Bericht",
                "profil",
            )
        ],
    ),
    (
        "Einem „Spiegel“-Bericht zufolge will die Bundesregierung die Mittel kürzen.",
        [
            (
                "indirect",
                "will die Bundesregierung die Mittel kürzen",
                "zufolge",
                "Einem „Spiegel“-Bericht",
                "Der Spiegel",
            )
        ],
    ),
]


@pytest.mark.parametrize("text,expected", PARTICIPLE_PHRASES)
def test_participle_phrase_before_the_cue(nlp, text, expected):
    """The participle phrase is how the speaker came to speak, not what was said."""
    assert rows(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", AS_FRAMES)
def test_as_frames(nlp, text, expected):
    """ "…, wie es X formulierte": the clause before is X's statement."""
    assert rows(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", SO_LAUTET)
def test_so_lautet_frames(nlp, text, expected):
    """ "…, so lautet die Logik des Ministeriums": the owner of the statement noun speaks."""
    assert rows(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", TITLED_SOURCES)
def test_compound_title_before_zufolge(nlp, text, expected):
    """A quoted title glued to a noun before "zufolge" is the source."""
    assert rows(nlp(text)) == expected
