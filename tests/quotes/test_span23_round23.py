"""Spans of round 23 (issue 10, "Spans"): the derStandard hand checks' general classes.

- a sentence of the writer telling of a reaction before a colon, with a speech-act noun or
  a stance adjective ("Lob kam auch von den Umweltverbänden:", "Scharfe Kritik übten die
  Grünen an …:", "Auch hier gibt sich das Ministerium gelassen:"), and the words after the
  colon framed after them ("…, sagte X", "…, so X"): what is said starts after the colon;
  a speaker's own first-person lead ("Ich bin zuversichtlich: …, sagte er") and a
  Konjunktiv lead (reported words themselves) stay in the quote.

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

REACTION_LEADS = [
    (
        (
            "Die Regierung hat am Montag einen neuen Klimaplan vorgelegt. Lob kam auch von den "
            "Umweltverbänden: Wenn das umgesetzt wird, sinken die Emissionen deutlich, erklärte "
            "die Sprecherin des WWF."
        ),
        [
            (
                "Wenn das umgesetzt wird, sinken die Emissionen deutlich",
                "die Sprecherin des WWF",
            )
        ],
    ),
    (
        (
            "Die Slowakei prüft einen zweiten Standort. Auch in dieser Frage gibt sich das "
            "Finanzministerium gelassen: Wir haben keine Vorlieben und warten ab, so ein Sprecher."
        ),
        [("Wir haben keine Vorlieben und warten ab", "ein Sprecher")],
    ),
    (
        (
            "Die Novelle wurde am Mittwoch im Ausschuss beraten. Die Grünen üben Kritik an dem "
            "Entwurf: Das Gesetz ist ein Rückschritt für alle Mieter, so Wohnbausprecherin "
            "Anna Berger."
        ),
        [("Das Gesetz ist ein Rückschritt für alle Mieter", "Wohnbausprecherin Anna Berger")],
    ),
    # the speaker's own first-person lead is said: it stays
    (
        (
            "Der Minister sprach vor Journalisten. Ich bin zuversichtlich: Wir werden die Ziele "
            "erreichen, sagte der Minister."
        ),
        [("Ich bin zuversichtlich: Wir werden die Ziele erreichen", "der Minister")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), REACTION_LEADS, ids=[str(i) for i in range(len(REACTION_LEADS))]
)
def test_reaction_lead_before_colon(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
