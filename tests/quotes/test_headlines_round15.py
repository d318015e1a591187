"""A person's name between a dash and the colon of a headline ("Parlament stimmt für
Referendum – Tsipras: „…“") is the speaker of the quotation after it, not the subject of the
clause before the dash; a place there is no speaker (issue 10, item 2: headline
attributions). News-style texts written for these tests; both label schemes.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        "Der Streit um das Budget geht weiter – Kanzlerin Angela Merkel: „Wir schaffen das.“",
        [("direct", "„Wir schaffen das.“", None, "Kanzlerin Angela Merkel", "Angela Merkel")],
    ),
    (
        "Die Bilanz des Tages – Wien: „Ein voller Erfolg“",
        [("direct", "„Ein voller Erfolg“", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_name_after_dash_speaks(nlp, text, expected):
    assert _rows(nlp(text)) == expected
