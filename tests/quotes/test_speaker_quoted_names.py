"""A source whose name stands in quotation marks next to the cue is the speaker, though the
parse misses it: "Wie die „Kleine Zeitung“ berichtet", "Wie „heute.at“ berichtet", "„Muslix64“
erwähnte", "schrieb die „Neue Zürcher Zeitung“" (issue 10). A quoted word that opens no
clause ("kurz „Ampel“ genannt") is no speaker.

Each row: a text written for these tests (Austrian, Swiss, German news style) and
``(quote start, speaker mention, speaker_name)`` of every quote with a speaker, in text
order. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

from tests.conftest import scheme_pipeline

CASES = [
    (
        "Wie die „Kleine Zeitung“ berichtet, wird die Koralmbahn früher fertig.",
        [("wird die", "die „Kleine Zeitung“", "Kleine Zeitung")],
    ),
    (
        "Wie „heute.at“ berichtet, sperrte die Polizei die Innenstadt.",
        [("sperrte die", "„heute.at“", "heute.at")],
    ),
    (
        "„Er war ein grosser Künstler“, schrieb die „Neue Zürcher Zeitung“ in einem Nachruf.",
        [("„Er war", "die „Neue Zürcher Zeitung“", "Neue Zürcher Zeitung")],
    ),
    (
        "„Muslix64“ erwähnte auch, dass er weiteren Quellcode veröffentlichen werde.",
        [("dass er", "„Muslix64“", "Muslix64")],
    ),
    ("Die Parteien werden kurz „Ampel“ genannt, weil sie rot, gelb und grün sind.", []),
    # "so" + verb + a noun phrase holding a quoted name
    (
        (
            "Der Grund für die Entlassung, so vermutet die Zeitung „Der Standard“, sei die "
            "Kritik am Kanzler gewesen."
        ),
        [("sei die", "die Zeitung „Der Standard“", "Der Standard")],
    ),
]


@pytest.fixture(scope="module")
def nlp():
    return scheme_pipeline("ud")


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_quoted_source_name(nlp, text, expected):
    doc = nlp(text)
    quotes = [q for q in doc.spans["quotes"] if q._.speaker is not None]
    got = [(q.text[: len(e[0])], q._.speaker, q._.speaker_name) for q, e in zip(quotes, expected)]
    assert len(quotes) == len(expected)
    assert got == expected
