"""Headline quotes, fourteenth round: a quote of the title or teaser without a speaker that
the body repeats takes the speaker mention of the body's quote (``+headline_repeat``); one
the body does not repeat stays without a speaker.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        (
            "„Kein System der Steuerhinterziehung erfunden“ – Juncker verteidigt sich. Straßburg "
            "– In der Affäre hat sich Kommissionschef Jean-Claude Juncker verteidigt. „Ich habe "
            "kein System der Steuerhinterziehung erfunden“, sagte Juncker."
        ),
        [
            (
                "direct",
                "„Kein System der Steuerhinterziehung erfunden“",
                "verteidigt",  # round 34 (spk34): the headline's own frame "verteidigt sich"
                "Juncker",
                "Jean-Claude Juncker",
            ),
            (
                "direct",
                "„Ich habe kein System der Steuerhinterziehung erfunden“",
                "sagte",
                "Juncker",
                "Jean-Claude Juncker",
            ),
        ],
    ),
    (
        (
            "„Eine Schande für das ganze Land“ – Debatte im Parlament. Wien – Im Parlament wurde "
            "am Montag über das Budget gestritten. „Wir lehnen das Budget ab“, sagte die "
            "Abgeordnete Maria Berger."
        ),
        [
            ("direct", "„Eine Schande für das ganze Land“", None, None, None),
            (
                "direct",
                "„Wir lehnen das Budget ab“",
                "sagte",
                "die Abgeordnete Maria Berger",
                "Maria Berger",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_headline_repeat_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected
