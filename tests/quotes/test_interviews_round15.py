"""Interviews (issue 10, item 3): the writer's credit after the last answer ("(Interview:
Peter Mayr, 12.8.2016)", "(Maria Sterkl, 19.10.2015)") is no word of the interviewee,
brackets inside an answer stay; a label may be a name with a lower-case particle ("Van der
Bellen:"), not a sentence that merely opens with one. News-style texts written for these
tests; both label schemes.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

LEAD = "Die Klimaforscherin Helga Kromp-Kolb über den Sommer. "
ASK = ("direct", "Was muss die Regierung jetzt tun?", "STANDARD", "STANDARD", "Der Standard")


def _answer(text: str) -> tuple:
    return ("direct", text, "Kromp-Kolb", "Kromp-Kolb", "Helga Kromp-Kolb")


CASES = [
    (
        LEAD + "STANDARD: Was muss die Regierung jetzt tun? Kromp-Kolb: Sie muss die "
        "Förderungen streichen. (Interview: Peter Mayr, 12.8.2016)",
        [ASK, _answer("Sie muss die Förderungen streichen.")],
    ),
    (
        LEAD + "STANDARD: Was muss die Regierung jetzt tun? Kromp-Kolb: Sie muss die "
        "Förderungen streichen. Das kostet nichts. (Maria Sterkl, 19.10.2015)",
        [ASK, _answer("Sie muss die Förderungen streichen. Das kostet nichts.")],
    ),
    (
        # brackets the interviewee speaks: no credit (no full stop before them)
        LEAD + "STANDARD: Was muss die Regierung jetzt tun? Kromp-Kolb: Sie muss die "
        "Förderungen streichen (etwa die Pendlerpauschale, 1,2 Milliarden Euro)",
        [
            ASK,
            _answer(
                "Sie muss die Förderungen streichen (etwa die Pendlerpauschale, 1,2 Milliarden "
                "Euro)"
            ),
        ],
    ),
    (
        # no date after a comma: no credit
        LEAD + "STANDARD: Was muss die Regierung jetzt tun? Kromp-Kolb: Sie muss die "
        "Förderungen streichen. (Das gilt auch für die Länder.)",
        [ASK, _answer("Sie muss die Förderungen streichen. (Das gilt auch für die Länder.)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_closing_credit_is_no_answer(nlp, text, expected):
    assert _rows(nlp(text)) == expected


VDB = ("Alexander Van der Bellen", "Van der Bellen")
LABELS = [
    (
        (
            "Alexander Van der Bellen im Gespräch über die Wahl. STANDARD: Werden Sie gewinnen? "
            "Van der Bellen: Das entscheiden die Wähler. STANDARD: Und wenn nicht? Van der "
            "Bellen: Dann gratuliere ich."
        ),
        [
            ("direct", "Werden Sie gewinnen?", "STANDARD", "STANDARD", "Der Standard"),
            ("direct", "Das entscheiden die Wähler.", VDB[1], VDB[1], VDB[0]),
            ("direct", "Und wenn nicht?", "STANDARD", "STANDARD", "Der Standard"),
            ("direct", "Dann gratuliere ich.", VDB[1], VDB[1], VDB[0]),
        ],
    ),
    (
        # an outlet's web address asks; the splitter keeps it in the sentence before
        (
            "Der Ökonom Stephan Schulmeister im Interview. derStandard.at: Kommt die Krise zurück? "
            "Schulmeister: Sie war nie weg. derStandard.at: Was tun? Schulmeister: Investieren."
        ),
        [
            (
                "direct",
                "Kommt die Krise zurück?",
                "derStandard.at",
                "derStandard.at",
                "Der Standard",
            ),
            ("direct", "Sie war nie weg.", "Schulmeister", "Schulmeister", "Stephan Schulmeister"),
            ("direct", "Was tun?", "derStandard.at", "derStandard.at", "Der Standard"),
            ("direct", "Investieren.", "Schulmeister", "Schulmeister", "Stephan Schulmeister"),
        ],
    ),
    (
        # a title-case label (named Der Standard since round 17) that alternates with the
        # interviewee's asks
        (
            "Die Sängerin Anna Netrebko im Gespräch. Standard: Wie war die Premiere? Netrebko: "
            "Wunderbar, das Publikum war großartig. Standard: Und die Kritiken? Netrebko: Die lese "
            "ich nicht."
        ),
        [
            ("direct", "Wie war die Premiere?", "Standard", "Standard", "Der Standard"),
            (
                "direct",
                "Wunderbar, das Publikum war großartig.",
                "Netrebko",
                "Netrebko",
                "Anna Netrebko",
            ),
            ("direct", "Und die Kritiken?", "Standard", "Standard", "Der Standard"),
            ("direct", "Die lese ich nicht.", "Netrebko", "Netrebko", "Anna Netrebko"),
        ],
    ),
    # a web address and labels in a notice: no interview
    ("Die Stadt informiert auf ihrer Seite. Details: wien.gv.at. Anmeldung: bis Freitag.", []),
    (
        # a lower-case word that is no part of a name: no label
        "Der Bürgermeister zog Bilanz. Die von der Stadt: Sie bauten mehr Wohnungen.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[str(i) for i in range(len(LABELS))])
def test_name_labels_with_particles(nlp, text, expected):
    assert _rows(nlp(text)) == expected
