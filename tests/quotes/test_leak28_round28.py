"""Reported speech acts and source phrases of round 28 (issue 10).

- a speech act under a modal of ability or permission ("kann", "darf", "könnte") says what
  someone may or could do, not what was said: no reported row
  (:func:`pipeline.quotes.reported.speech_act`); the act itself and a plan stay as before;
- a naming verb with a reflexive after its pronoun subject ("nannte er sich Max") gives a
  name, no speech act (the cue finder sees only a reflexive right next to the verb);
- a source phrase that opens a clause or a bracket after a comma or an opening bracket,
  behind a clause with its own finite verb, speaks for what follows it only ("…, nach
  anderen Angaben 350"; :mod:`pipeline.quotes.source_clause_ends`); a phrase between
  commas or at the sentence's start speaks for the whole clause as before;
- a bare document noun after "laut" ("laut Erlass", "laut Bericht") is the mention of the
  source row (its name is left to name resolution).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

CAPACITY = [
    ("Das Parlament kann Änderungen am Entwurf vorschlagen.", []),
    ("Der Betriebsrat darf eine Überprüfung der Kündigung fordern.", []),
    ("Die Kammer könnte eine neue Prüfung des Vertrags verlangen.", []),
    # the act itself stays a reported row
    (
        "Die Gewerkschaft forderte am Montag höhere Löhne.",
        [
            (
                "reported",
                "Die Gewerkschaft forderte am Montag höhere Löhne.",
                "forderte",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    # a plan was no row before and is none now
    ("Der Präsident will am Montag eine Reform ankündigen.", []),
]

SELF_NAMING = [
    ("Damals nannte er sich noch Max Stern.", []),
    ("Nach dem Umzug nach Graz nannten sie sich Rote Welle.", []),
    # naming someone else is a speech act as before
    (
        "Der Minister nannte den Plan einen Fehler.",
        [
            (
                "reported",
                "Der Minister nannte den Plan einen Fehler.",
                "nannte",
                "Der Minister",
                None,
            )
        ],
    ),
]

OPENING = [
    (
        "Das Auto hat eine Reichweite von 300, nach anderen Angaben 350 Kilometern.",
        [("indirect", "350 Kilometern", "nach anderen Angaben", "anderen Angaben", None)],
    ),
    (
        "Bei dem Brand starben zwölf Menschen (nach anderen Angaben waren es 15 Tote).",
        [("indirect", "waren es 15 Tote", "nach anderen Angaben", "anderen Angaben", None)],
    ),
    (
        "Die Brücke ist 200 Meter lang, anderen Berichten zufolge sogar 250 Meter.",
        [("indirect", "sogar 250 Meter", "zufolge", "anderen Berichten", None)],
    ),
    (
        "Bei dem Unglück starben zwölf Menschen, nach Angaben der Polizei wurden 30 verletzt.",
        [("indirect", "wurden 30 verletzt", "nach Angaben", "der Polizei", "Polizei")],
    ),
    # a phrase that opens the sentence speaks for all of it, as before
    (
        "Laut Polizei wurden zwölf Menschen verletzt.",
        [("indirect", "wurden zwölf Menschen verletzt", "Laut", "Polizei", "Polizei")],
    ),
    # a comma that closes a relative clause: the main clause goes on after the phrase
    (
        (
            "Dagegen bleibt das Werk in Krümmel, welches von zwei Firmen betrieben wird, "
            "nach Berichten des Ministeriums weiterhin außer Betrieb."
        ),
        [
            (
                "indirect",
                (
                    "Dagegen bleibt das Werk in Krümmel, welches von zwei Firmen betrieben "
                    "wird, nach Berichten des Ministeriums weiterhin außer Betrieb"
                ),
                "nach Berichten",
                "des Ministeriums",
                "Ministerium",
            )
        ],
    ),
    # a phrase between commas speaks for the whole clause, as before
    (
        "Die Zahl der Toten stieg, laut Polizei, auf 20.",
        [
            (
                "indirect",
                "Die Zahl der Toten stieg, laut Polizei, auf 20.",
                "laut",
                "Polizei",
                "Polizei",
            )
        ],
    ),
]

# (text, expected rows as (kind, text, cue, speaker mention)): the name is not asserted
DOCUMENTS = [
    (
        "Die Schule muss die Plakate entfernen. Laut Erlass ist jede Werbung an Schulen verboten.",
        [("indirect", "ist jede Werbung an Schulen verboten", "Laut", "Erlass")],
    ),
    (
        "Die Gemeinde will sparen. Laut Bericht fehlen im Budget rund zwei Millionen Euro.",
        [("indirect", "fehlen im Budget rund zwei Millionen Euro", "Laut", "Bericht")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPACITY, ids=[d[0][:40] for d in CAPACITY])
def test_act_under_modal_of_ability_is_no_act(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), SELF_NAMING, ids=[d[0][:40] for d in SELF_NAMING])
def test_reflexive_naming_is_no_act(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), OPENING, ids=[d[0][:40] for d in OPENING])
def test_source_phrase_after_comma_opens_its_clause(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_bare_document_noun_is_source_mention(nlp, text, expected):
    assert [row[:4] for row in quote_rows(nlp(text))] == expected
