"""Reported speech acts and what looks like one but is none, on news-style texts written for
these tests (issue 10): a speech verb with "sich" often says something else ("sprach sich
für … aus" is a stance, "bestätigte sich" came true, "bezeichnet sich" a name), and a
disaster that "forderte drei Todesopfer" demanded nothing.

Each row: text, then the expected quotes as ``(kind, text, cue)`` in text order (German,
Austrian and Swiss news style). Run with the shipped pipeline in both label schemes.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Der Bürgermeister von Luzern sprach von einem schwarzen Tag für die Stadt.",
        [
            (
                "reported",
                "Der Bürgermeister von Luzern sprach von einem schwarzen Tag für die Stadt.",
                "sprach",
            )
        ],
    ),
    (
        "Die Gewerkschaft forderte mehr Personal für die Spitäler.",
        [("reported", "Die Gewerkschaft forderte mehr Personal für die Spitäler.", "forderte")],
    ),
    # --- "fordern" of casualties is no demand
    ("Das Unwetter in der Steiermark forderte am Wochenende drei Todesopfer.", []),
    (
        "Der Lawinenabgang, der im Februar zwölf Menschenleben gefordert hatte, wird untersucht.",
        [],
    ),
    ("Der Kärntner Landeshauptmann sprach sich für eine Senkung der Gebühren aus.", []),
    ("Die Befürchtung der Anrainer bestätigte sich am Montag.", []),
    ("Der Verein bezeichnet sich selbst als Stimme der Mieter.", []),
    # --- a speech act in a relative or subordinate clause is not the sentence's
    (
        "Die Anrainer in Favoriten sprachen von einem lauten Knall.",
        [("reported", "Die Anrainer in Favoriten sprachen von einem lauten Knall.", "sprachen")],
    ),
    ("Bei der Polizei meldeten sich Anrainer, die von einem lauten Knall sprachen.", []),
    ("Es gibt keine Hinweise, die für einen Anschlag sprechen.", []),
    (
        (
            "Die Demonstration wurde aufgelöst, weil die Veranstalter den Rücktritt des "
            "Bürgermeisters forderten."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_speech_act_spans(nlp, text, expected):
    doc = nlp(text)
    assert [(q._.kind, q.text, q._.cue) for q in doc.spans["quotes"]] == expected
