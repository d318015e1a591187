"""Spans of rows cued by a source phrase (round 23, issue 10: precision of high-confidence rows).

- a source phrase ("laut X", "nach eigenen Angaben", "X zufolge") inside a relative clause
  speaks for that clause alone: "Die Berichte der Stelle, die nach eigenen Angaben über …
  verfügt, sind schwer zu überprüfen" -- the main clause after it is the writer's; the same
  in an adverbial clause opened by a subordinating conjunction ("Nachdem die Firma laut
  Betriebsrat … gestrichen hat, wollen …", "…, auch wenn er sich den Forschern zufolge …");
- unchanged: a source phrase in a main clause ("Laut Polizei wurden …", "Was das bedeutet,
  hängt laut der Studie von … ab: …" -- the main clause opens with a subject clause), a relative clause
  inside the source phrase ("nach Angaben der Regierung, die … will, …"), and a "wie" frame
  ("…, wie der Sender laut X berichtete": the frame, not the content).

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

DOCUMENTS = [
    (
        (
            "Die Berichte der Beobachtungsstelle, die nach eigenen Angaben über zahlreiche "
            "Informanten im Land verfügt, sind nur schwer zu überprüfen."
        ),
        [("die || über zahlreiche Informanten im Land verfügt", "eigenen Angaben")],
    ),
    (
        (
            "Ein zweiter Sprengsatz wurde gefunden, der laut Polizei kontrolliert gesprengt "
            "werden konnte."
        ),
        [("der || kontrolliert gesprengt werden konnte", "Polizei")],
    ),
    ("Laut Polizei wurden drei Menschen verletzt.", [("wurden drei Menschen verletzt", "Polizei")]),
    (
        (
            "Rund 30.000 Menschen halten sich nach Angaben der Regierung, die nun rasch "
            "Unterkünfte schaffen will, in der Hauptstadt auf."
        ),
        [("Rund 30.000 Menschen halten sich || in der Hauptstadt auf", "der Regierung")],
    ),
    (
        (
            "Dies wurde vom Ministerium bestätigt, wie der Sender laut der Agentur am Samstag "
            "berichtete."
        ),
        [("Dies wurde vom Ministerium bestätigt", "der Sender")],
    ),
    (
        (
            "Was das für die Region bedeutet, hängt laut der Studie von den Preisen ab: "
            "In reichen Ländern könne man Wasser importieren."
        ),
        [
            (
                (
                    "Was das für die Region bedeutet, hängt || von den Preisen ab: In reichen "
                    "Ländern könne man Wasser importieren"
                ),
                "der Studie",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_source_phrase_spans(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


# the adverbial clause under our model's UD parse (spaCy's TIGER parse hangs the source
# phrase elsewhere there and the row stays as before)
UD_DOCUMENTS = [
    (
        (
            "Nachdem die Firma laut Betriebsrat tausend Stellen gestrichen hat, wollen die "
            "Gewerkschaften streiken."
        ),
        [("Nachdem die Firma || tausend Stellen gestrichen hat", "Betriebsrat")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UD_DOCUMENTS)
def test_adverbial_clause_ud(ud_nlp, text, expected):
    assert quote_part_rows(ud_nlp(text)) == expected
