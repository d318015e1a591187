"""Quote spans of round 22 (issue 10, "Spans"): the derStandard hand checks' general classes.

- a lead-in before a colon that names the quote's own speaker is the writer's, and what is
  said starts after the colon ("Huber und sein Stellvertreter wollen ein Zeichen setzen:
  …, sagt Huber"; "Skeptisch äußerte sich die Ministerin Maria Berger: …, sagte sie"); a
  lead-in that names nobody stays part of the statement ("Klar ist auch: …, sagte er",
  "Da gibt es nur zwei Wege: …"), and so does a colon in a part with quotation marks; a
  lead-in that is a colon frame of its own is the writer's too ("Er warnte vor den Folgen:
  …, sagte Gentiloni");
- the writer's gloss after a dash at the end of a statement ("…, dass … – ein Seitenhieb
  auf den Koalitionspartner") is not said; other words after a dash are ("– und zwar …").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

LEAD_INS = [
    (
        (
            "Die Verhandlungen laufen seit Wochen. Huber und sein Stellvertreter Franz Maier "
            "wollen ein Zeichen setzen: Die Beschäftigten verdienen mehr Respekt, sagt Huber."
        ),
        [("indirect", "Die Beschäftigten verdienen mehr Respekt", "sagt", "Huber", "Huber")],
    ),
    (
        (
            "Die Förderung wurde am Montag beschlossen. Skeptisch äußerte sich hingegen die "
            "Wirtschaftsministerin Maria Berger: Die Förderung komme zu spät, sagte sie am Abend."
        ),
        [("indirect", "Die Förderung komme zu spät", "sagte", "sie", "Maria Berger")],
    ),
    (
        (
            "Die Zahlen sind gesunken. Er warnte vor den Folgen solcher Entscheidungen: "
            "Einseitige Beschlüsse würden großen Schaden anrichten, sagte Gentiloni."
        ),
        [
            (
                "indirect",
                "Einseitige Beschlüsse würden großen Schaden anrichten",
                "sagte",
                "Gentiloni",
                "Gentiloni",
            )
        ],
    ),
    (
        (
            "Für viele ist das Kennzeichen nur eine Blechtafel. Nicht so für den Bürgermeister "
            "Stefan Huber (ÖVP): Das Kennzeichen ist eine Frage der Identität, sagt er."
        ),
        [
            (
                "indirect",
                "Das Kennzeichen ist eine Frage der Identität",
                "sagt",
                "er",
                "Stefan Huber",
            )
        ],
    ),
    # the lead-in names nobody: the whole sentence is said
    (
        "Die Lage ist ernst. Klar ist auch: Wir werden die Menschen nicht im Stich lassen, sagte er.",
        [
            (
                "indirect",
                "Klar ist auch: Wir werden die Menschen nicht im Stich lassen",
                "sagte",
                "er",
                None,
            )
        ],
    ),
    (
        (
            "Da gibt es nur zwei Wege: Entweder wir sparen, oder wir erhöhen die Steuern, "
            "sagte der Finanzminister."
        ),
        [
            (
                "indirect",
                "Da gibt es nur zwei Wege: Entweder wir sparen, oder wir erhöhen die Steuern",
                "sagte",
                "der Finanzminister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_INS, ids=[str(i) for i in range(len(LEAD_INS))])
def test_lead_in_naming_the_speaker(nlp, text, expected):
    assert _rows(nlp(text)) == expected


GLOSSES = [
    (
        (
            "Die Ministerin betonte, dass die Grenze geschützt werden müsse – ein Seitenhieb "
            "auf den Koalitionspartner. Der reagierte nicht."
        ),
        [("indirect", "dass die Grenze geschützt werden müsse", "betonte", "Die Ministerin", None)],
    ),
    # other words after the dash: the statement goes on
    (
        "Der Bürgermeister sagte, man werde die Straße sanieren – und zwar noch heuer.",
        [
            (
                "indirect",
                "man werde die Straße sanieren – und zwar noch heuer",
                "sagte",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSES, ids=[str(i) for i in range(len(GLOSSES))])
def test_gloss_after_dash(nlp, text, expected):
    assert _rows(nlp(text)) == expected
