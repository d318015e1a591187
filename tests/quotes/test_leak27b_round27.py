"""Reported speech acts and source phrases of round 27, second wave (issue 10).

- a clause coordinated with the speech act's verb, with no subject and no speech verb of
  its own and not in the Konjunktiv, is no content of it: the act before the comma is the
  row (:mod:`pipeline.quotes.coordinated_acts`); a clause with its own subject or in the
  Konjunktiv stays;
- the participle of a speech verb under a Konjunktiv II form of "werden" is a passive: its
  subject is the one asked, not the speaker (:mod:`pipeline.quotes.subjunctive_passives`);
- a source phrase's row also ends before a verb-second clause whose plural subject the
  parse took for an object (:mod:`pipeline.quotes.source_clause_ends`).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

COORDINATED = [
    (
        (
            "Tierschützer warnten schon im Frühjahr vor einer Ausbreitung der Seuche, "
            "und scheinen nun recht zu behalten."
        ),
        [
            (
                "reported",
                "Tierschützer warnten schon im Frühjahr vor einer Ausbreitung der Seuche",
                "warnten",
                "Tierschützer",
                None,
            )
        ],
    ),
    # a clause with its own subject: the act ends before it as before
    (
        "Der Bürgermeister warnte vor den Kosten, und die Opposition schloss sich an.",
        [
            (
                "reported",
                "Der Bürgermeister warnte vor den Kosten",
                "warnte",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
    # a Konjunktiv clause is what was said: it stays the content
    (
        "Die Ärztekammer warnte vor dem Engpass, und es sei schon zu spät.",
        [
            (
                "indirect",
                "und es sei schon zu spät",
                "warnte",
                "Die Ärztekammer",
                "Ärztekammer",
            )
        ],
    ),
    # a speech verb coordinated: unchanged
    (
        "Der Minister sagte, er werde bleiben, und verließ den Saal.",
        [("indirect", "er werde bleiben", "sagte", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED, ids=[d[0][:40] for d in COORDINATED])
def test_coordinated_clause_is_no_content(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


PASSIVES = [
    ("Die Kunden würden zur Zahlung mit einer Kreditkarte aufgefordert.", []),
    ("Die Schüler würden in die Turnhalle geschickt oder zur Heimreise aufgefordert.", []),
    # the passive is what another says: that row stays
    (
        "Die Mieter würden zur Räumung der Wohnungen aufgefordert, kritisiert die Arbeiterkammer.",
        [
            (
                "indirect",
                "Die Mieter würden zur Räumung der Wohnungen aufgefordert",
                "kritisiert",
                "die Arbeiterkammer",
                "Arbeiterkammer",
            )
        ],
    ),
    # "würde" with an infinitive is no passive
    (
        "Die Opposition würde den Rücktritt des Ministers fordern, sagte ein Sprecher.",
        [
            (
                "indirect",
                "Die Opposition würde den Rücktritt des Ministers fordern",
                "sagte",
                "ein Sprecher",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVES, ids=[d[0][:40] for d in PASSIVES])
def test_subjunctive_passive_subject_is_asked(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


SOURCES = [
    (
        "Laut Polizei wurden zwölf Personen verletzt, die Sanitäter berichten von 15 Verletzten.",
        [
            ("indirect", "wurden zwölf Personen verletzt", "Laut", "Polizei", "Polizei"),
            (
                "reported",
                "die Sanitäter berichten von 15 Verletzten.",
                "berichten",
                "die Sanitäter",
                None,
            ),
        ],
    ),
    (
        "In Salzburg kamen laut Polizei rund 800 Menschen zum Protest, die Veranstalter sprachen von 3.000.",
        [
            (
                "indirect",
                "In Salzburg kamen laut Polizei rund 800 Menschen zum Protest",
                "laut",
                "Polizei",
                "Polizei",
            )
        ],
    ),
    # the source's account goes on in the Konjunktiv: the row stays whole
    (
        "Laut Polizei kamen rund 800 Menschen, die Stimmung sei friedlich gewesen.",
        [
            (
                "indirect",
                "kamen rund 800 Menschen, die Stimmung sei friedlich gewesen",
                "Laut",
                "Polizei",
                "Polizei",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES, ids=[d[0][:40] for d in SOURCES])
def test_source_row_ends_before_object_parsed_subject(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
