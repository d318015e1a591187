"""Entities, fourteenth round: an organisation the recogniser clipped before its acronym in
brackets ("die Internet Watch Foundation (IWF)" found as "Watch Foundation") grows left over
up to two capitalised words when the grown name is what the acronym abbreviates; the acronym
is then that organisation for the whole text, not the registry's other sense of the letters
(IWF = Internationaler Währungsfonds). Names that do not abbreviate to the letters stay.

Rows: ``(text, label, canonical_id, canonical_name, rule)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

ROWS = [
    (
        (
            "Die Internet Watch Foundation warnt in einem Bericht. Laut der Internet Watch "
            "Foundation (IWF) nimmt die Zahl zu. Die IWF habe mehr Hinweise erhalten."
        ),
        [
            ("Internet Watch Foundation", "ORG", None, None, None),
            ("Internet Watch Foundation", "ORG", None, "Internet Watch Foundation", None),
            ("IWF", "ORG", None, "Internet Watch Foundation", "org.acronym"),
            ("IWF", "ORG", None, "Internet Watch Foundation", "org.acronym"),
        ],
    ),
    (  # the registry's sense where the text introduces no other
        "Der IWF senkte seine Prognose für das Wachstum.",
        [("IWF", "ORG", "Q7804", "Internationaler Währungsfonds", "org:iwf")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_round14_rows(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected
