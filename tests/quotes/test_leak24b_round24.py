"""The outlet's own reporting (round 24, issue 10: precision of high-confidence rows).

- a source phrase that names the outlet whose text is read, in capitals or as a web
  address, with a noun of its own findings ("nach Informationen des STANDARD", "Laut
  STANDARD-Infos", "nach derStandard.at-Recherchen") gives no row: what follows is what
  the writer found out; nor does a continuation that takes its speaker from such a row;
- stays: a source phrase of someone else ("Nach Informationen der Polizei"), the answer
  to the outlet's inquiry ("Auf STANDARD-Anfrage hieß es im Ministerium, …"), a norm
  ("Laut dem Standard der Branche" is not the outlet), a person's words after the
  outlet's reporting.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention)`` in text order (the speaker's name is the
resolver's, not this rule's).
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

OWN_REPORTING = [
    (
        (
            "Die Affäre weitet sich aus. Und dieses Mal sollen nach Informationen des STANDARD "
            "aus mehreren Quellen rund 30.000 Euro vom Konto verschwunden sein."
        ),
        [],
    ),
    (
        "Laut STANDARD-Infos war es schon schwierig, einen Spitzenkandidaten für die Liste zu finden.",
        [],
    ),
    (
        "Nach derStandard.at-Recherchen hat der Verein die Förderung nie beantragt.",
        [],
    ),
    # the writer's reporting goes on in the Konjunktiv: no continuation row either
    (
        (
            "Nach STANDARD-Infos hat der Verein die Förderung nie beantragt. Die Unterlagen "
            "seien unvollständig gewesen."
        ),
        [],
    ),
    # someone else's information: stays
    (
        "Nach Recherchen des Vereins hat die Stadt die Förderung nie beantragt.",
        [
            (
                "indirect",
                "hat die Stadt die Förderung nie beantragt",
                "Nach Recherchen",
                "Recherchen des Vereins",
            )
        ],
    ),
    (
        "Nach Informationen der Polizei sollen rund 30.000 Euro vom Konto verschwunden sein.",
        [
            (
                "indirect",
                "sollen rund 30.000 Euro vom Konto verschwunden sein",
                "Nach Informationen",
                "der Polizei",
            )
        ],
    ),
    # the answer to the outlet's inquiry is the ministry's: stays
    (
        "Auf STANDARD-Anfrage hieß es im Ministerium, eine Entscheidung sei noch nicht gefallen.",
        [
            (
                "indirect",
                "eine Entscheidung sei noch nicht gefallen",
                "hieß es",
                "Ministerium",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), OWN_REPORTING, ids=[str(i) for i in range(len(OWN_REPORTING))]
)
def test_own_reporting_is_no_statement(nlp, text, expected):
    assert [r[:4] for r in _rows(nlp(text))] == expected
