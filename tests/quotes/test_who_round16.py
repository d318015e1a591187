"""Speakers of round 16: a speaker is right or empty, never an addressee, a circumstance or
a fronted adjective.

- a fronted adjective with its prepositional phrase ("Passend zum Regen scherzte der
  Moderator"): the subject follows the finite verb, a person noun will do;
- a cue verb in a relative clause that ends before a quoted phrase ("…, der zum Boykott
  aufgerufen haben soll, als „…“") frames none of it: the verb that governs it does;
- the object of a preposition that never names who speaks ("gegenüber der FAZ", "vor
  Journalisten", "um Zigaretten") and a bare dative ("Dem STANDARD sagte …", "Dem Trainer
  droht …") are no speaker; "dem Bericht zufolge", "gemäß dem Vorhaben", "Dem Vernehmen
  nach" name a source.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows
from tests.conftest import speaker_rows

RAIN = "„Wir sind ja nicht aus Zucker.“"
RESIGN = "sie werde nicht zurücktreten"

CASES = [
    (
        # a space token before the fronted adjective: the parse makes it the subject
        f"Viele Besucher waren auf dem Eis gestürzt.  Passend zum Regen scherzte der Moderator: {RAIN}",
        [("direct", RAIN, "scherzte", "der Moderator", None)],
    ),
    (
        f"Passend zum Regen scherzte der Moderator: {RAIN}",
        [("direct", RAIN, "scherzte", "der Moderator", None)],
    ),
    (
        (
            "Die Ministerin kritisierte den Vorschlag des Senators, der zum Boykott aufgerufen "
            "haben soll, als „gefährliche Provokation“."
        ),
        [("direct", "„gefährliche Provokation“", "kritisierte", "Die Ministerin", None)],
    ),
    (
        (
            "Der Kanzler lobte die Helfer, die nach dem Hochwasser zur Hilfe aufgerufen hatten, "
            "als „wahre Helden“."
        ),
        [("direct", "„wahre Helden“", "lobte", "Der Kanzler", None)],
    ),
    (
        # the quote inside the relative clause: its own verb frames it
        "Der Bürgermeister, der die Lage als „sehr ernst“ bezeichnete, ordnete eine Evakuierung an.",
        [("direct", "„sehr ernst“", "als … bezeichnete", "Der Bürgermeister", None)],
    ),
    (
        f"Dem STANDARD sagte die Ministerin, {RESIGN}.",
        [("indirect", RESIGN, "sagte", "die Ministerin", None)],
    ),
    (
        f"Die Ministerin sagte gegenüber der FAZ, {RESIGN}.",
        [("indirect", RESIGN, "sagte", "Die Ministerin", None)],
    ),
    (
        "Vor Journalisten in Wien erklärte der Kanzler, die Koalition halte.",
        [("indirect", "die Koalition halte", "erklärte", "der Kanzler", None)],
    ),
    (
        "Unter Tränen erklärte die Sängerin, sie werde eine Pause einlegen.",
        [("indirect", "sie werde eine Pause einlegen", "erklärte", "die Sängerin", None)],
    ),
    (
        # an addressee with nobody else: no speaker
        "Vor Journalisten wurde betont, man sei zuversichtlich.",
        [("indirect", "man sei zuversichtlich", "betont", None, None)],
    ),
    (
        "Gegenüber der APA hieß es, die Gespräche seien gescheitert.",
        [("indirect", "die Gespräche seien gescheitert", "hieß es", None, None)],
    ),
    (
        # sources: a preposition before the dative or a postposition after it
        "Die Zahl der Toten stieg dem Bericht zufolge auf zwölf.",
        [
            (
                "indirect",
                "Die Zahl der Toten stieg dem Bericht zufolge auf zwölf",
                "zufolge",
                "dem Bericht",
                None,
            )
        ],
    ),
    (
        "Die Länder würden sich gemäß dem Vorhaben verpflichten, einen Teil der Kosten zu tragen.",
        [
            (
                "indirect",
                (
                    "Die Länder würden sich gemäß dem Vorhaben verpflichten, einen Teil der Kosten "
                    "zu tragen"
                ),
                "gemäß",
                "dem Vorhaben",
                None,
            )
        ],
    ),
    (
        "Dem Vernehmen nach soll der Minister zurücktreten wollen.",
        [("indirect", "soll der Minister zurücktreten wollen", "nach", "Dem Vernehmen", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_speaker_is_right_or_empty(nlp, text, expected):
    assert _rows(nlp(text)) == expected


EMPTY = [
    # "Dem Trainer droht ein Ausfall": an experiencer in the dative speaks not
    (
        "Der Stürmer fehlt verletzt. Dem Trainer droht jedoch ein weiterer Ausfall: Der "
        "Kapitän ist wegen einer Grippe fraglich."
    ),
    # "vor einer Entwicklung": the object of a preposition that never names who speaks
    "Zuletzt wurde vor einer gefährlichen Entwicklung gewarnt, die Lage sei ernst.",
]


@pytest.mark.parametrize("text", EMPTY, ids=[str(i) for i in range(len(EMPTY))])
def test_no_addressee_speaker(nlp, text):
    rows = speaker_rows(nlp(text))
    assert rows and all(row == (None, None) for row in rows)
