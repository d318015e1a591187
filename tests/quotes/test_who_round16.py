"""Speakers of round 16: a speaker is right or empty, never an addressee, a circumstance or
a fronted adjective.

- a fronted adjective with its prepositional phrase ("Passend zum Regen scherzte der
  Moderator"): the subject follows the finite verb, a person noun will do;
- a cue verb in a relative clause that ends before a quoted phrase ("…, der zum Boykott
  aufgerufen haben soll, als „…“") frames none of it: the verb that governs it does;
- the object of a preposition that never names who speaks ("gegenüber der FAZ", "vor
  Journalisten", "um Zigaretten") and a bare dative ("Dem STANDARD sagte …", "Dem Trainer
  droht …") are no speaker; "dem Bericht zufolge", "gemäß dem Vorhaben", "Dem Vernehmen
  nach" name a source;
- a time or an occasion after the speaker's noun ends the mention ("ein Offizier am
  Dienstag", "der Fraktionschef bei einer Pressekonferenz");
- a paragraph break parsed as the subject ("\\n\\nIn der Begründung äußerten die Richter"):
  the nominative noun, or the person noun, after the finite verb.

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
        [("direct", "„gefährliche Provokation“", "kritisierte … als", "Die Ministerin", None)],
    ),
    (
        (
            "Der Kanzler lobte die Helfer, die nach dem Hochwasser zur Hilfe aufgerufen hatten, "
            "als „wahre Helden“."
        ),
        [("direct", "„wahre Helden“", "lobte … als", "Der Kanzler", None)],
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
        "Die Lage sei unter Kontrolle, sagte ein Offizier am Dienstag.",
        [("indirect", "Die Lage sei unter Kontrolle", "sagte", "ein Offizier", None)],
    ),
    (
        "Die Lage sei unter Kontrolle, sagte der Sprecher des Krisenstabes am späten Montagabend.",
        [
            (
                "indirect",
                "Die Lage sei unter Kontrolle",
                "sagte",
                "der Sprecher des Krisenstabes",
                None,
            )
        ],
    ),
    (
        "Die Koalition halte, sagte der Fraktionschef bei einer Pressekonferenz in Wien.",
        [("indirect", "Die Koalition halte", "sagte", "der Fraktionschef", None)],
    ),
    (
        "Die Lage sei ernst, sagte ein Sprecher der Polizei am 3. Mai in Wien.",
        [("indirect", "Die Lage sei ernst", "sagte", "ein Sprecher der Polizei", "Polizei")],
    ),
    (
        # an attribute that is no time stays
        "Der Kommissar für Bildung und Kultur erklärte, die Pläne seien bedenklich.",
        [
            (
                "indirect",
                "die Pläne seien bedenklich",
                "erklärte",
                "Der Kommissar für Bildung und Kultur",
                None,
            )
        ],
    ),
    (
        (
            "Das Urteil liegt vor.\n\nIn der Begründung zum Urteil äußerten die Richter "
            "„gravierende rechtliche Bedenken“ gegen den Einsatz."
        ),
        [("direct", "„gravierende rechtliche Bedenken“", "äußerten", "die Richter", None)],
    ),
    (
        (
            "Die Pressekonferenz begann pünktlich.\n\nIn der Fragerunde äußerte die Ministerin "
            "„große Sorge“ über die Lage."
        ),
        [("direct", "„große Sorge“", "äußerte", "die Ministerin", None)],
    ),
    (
        (
            "Der Prozess ist beendet.\n\nUm 15 Uhr meldeten dann die Nachrichtenagenturen, der "
            "Angeklagte rechne mit einer Berufung."
        ),
        [
            (
                "indirect",
                "der Angeklagte rechne mit einer Berufung",
                "meldeten",
                "die Nachrichtenagenturen",
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
