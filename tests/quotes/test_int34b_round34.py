"""Headline attributions and interview labels of round 34 (issue 10), second pass.

- a title whose label names a body (also after a dash inside a title the archive joins) ("Innenministerium: Sind über jede Entlastung froh",
  "Rotes Kreuz: Lage dramatisch") is the body's direct quote, the label its cue and speaker,
  in a text with paragraphs and in one line as archives keep it; a place ("Wien:"), a
  rubric ("Video:", "Liveticker:", "Analyse:", "Fazit:") or a result ("Rapid: 2:1 gegen
  Sturm") before the colon stays no row;
- a surname the entity recogniser tags as an organisation ("Huber:"), repeated at answers in
  the first person, is the interviewee's label.

News-style texts written for these tests; both label schemes.
Rows: ``(text, cue, speaker mention, speaker_name, rule without its speaker suffix)`` of the
label rules (``interview:*``).
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

LABEL = "interview:label"

DOCUMENTS = [
    (
        "Innenministerium: Sind über jede Entlastung froh\n\nDas Ministerium begrüßt die Einigung der Länder.\n\nWien – Die Länder wollen bis Herbst mehr Plätze schaffen.",
        [
            (
                "Sind über jede Entlastung froh",
                "Innenministerium",
                "Innenministerium",
                "Innenministerium",
                LABEL,
            )
        ],
    ),
    (
        "Rotes Kreuz: Lage an der Grenze dramatisch\n\nDie Helfer schlagen Alarm.\n\nNickelsdorf – Tausende Menschen warten seit Tagen auf die Weiterreise.",
        [("Lage an der Grenze dramatisch", "Rotes Kreuz", "Rotes Kreuz", "Rotes Kreuz", LABEL)],
    ),
    (
        "Greenpeace: Neue Autobahn ist eine Klimasünde\n\nDie Umweltschützer kritisieren den Bau scharf.",
        [
            (
                "Neue Autobahn ist eine Klimasünde",
                "Greenpeace",
                "Greenpeace",
                "Greenpeace",
                LABEL,
            )
        ],
    ),
    (
        "Gesundheitsministerium: Wir haben genug Impfstoff. Die Länder bestellen nach. Wien – Das Ministerium hat am Montag neue Zahlen vorgelegt.",
        [
            (
                "Wir haben genug Impfstoff.",
                "Gesundheitsministerium",
                "Gesundheitsministerium",
                "Gesundheitsministerium",
                LABEL,
            )
        ],
    ),
    (
        "ÖVP: Kein Geld für neue Schulden. Partei lehnt den Plan ab. Wien – Die Volkspartei hat am Donnerstag den Vorschlag der SPÖ abgelehnt.",
        [("Kein Geld für neue Schulden.", "ÖVP", "ÖVP", "ÖVP", LABEL)],
    ),
    (
        "Kanzler Nehammer: Wir lassen niemanden zurück. Regierung schnürt Hilfspaket. Wien – Die Bundesregierung hat am Mittwoch ein Paket beschlossen.",
        [
            (
                "Wir lassen niemanden zurück.",
                "Kanzler Nehammer",
                "Kanzler Nehammer",
                "Karl Nehammer",
                LABEL,
            )
        ],
    ),
    # the archive joins the title's parts with dashes: the label after a dash, to the next dash
    (
        "Fico bringt einen anderen Standort ins Spiel – Österreichisches Innenministerium: Sind über jede Entlastung froh – 3.000 Menschen kommen täglich an. Bratislava/Wien – Der Vertrag wurde schon im Juli unterzeichnet.",
        [
            (
                "Sind über jede Entlastung froh",
                "Österreichisches Innenministerium",
                "Österreichisches Innenministerium",
                "Innenministerium",
                LABEL,
            )
        ],
    ),
    (
        "Streit um den Flughafen – Greenpeace: Projekt ist eine Klimasünde\n\nDie Umweltschützer kritisieren den Ausbau.",
        [("Projekt ist eine Klimasünde", "Greenpeace", "Greenpeace", "Greenpeace", LABEL)],
    ),
    (
        "Polizei: Täter floh mit dem Auto – Zeugen gesucht. Linz – Ein Unbekannter hat am Montag eine Bank überfallen.",
        [("Täter floh mit dem Auto", "Polizei", "Polizei", "Polizei", LABEL)],
    ),
    # a place, a rubric, a topic or a result before the colon: no row
    (
        "Kunstprojekt Aurora: Von Wien nach Lissabon. Zwanzig Maler reisen durch Europa. Graz – Die Reise beginnt im Mai.",
        [],
    ),
    (
        "Unwetter in Kärnten – Klagenfurt: Straßen überflutet – Feuerwehr im Dauereinsatz. Klagenfurt – Heftige Regenfälle haben Straßen überflutet.",
        [],
    ),
    ("Wien: Neue U-Bahn-Linie eröffnet\n\nTausende Fahrgäste kamen zur ersten Fahrt.", []),
    ("Video: Die schönsten Bilder vom Opernball\n\nTausende Gäste tanzten in der Staatsoper.", []),
    ("Liveticker: Regierung stellt das Budget vor\n\nDer Finanzminister spricht im Parlament.", []),
    ("Analyse: Die SPÖ hat ein Problem\n\nDie Partei verliert seit Monaten an Zustimmung.", []),
    (
        "Fazit: Die Reform ist gescheitert. Die Regierung zieht Bilanz. Wien – Nach zwei Jahren ist die Reform am Ende.",
        [],
    ),
    (
        "Rapid: 2:1 gegen Sturm. Hütteldorfer siegen im Derby. Wien – Rapid hat am Sonntag gegen Sturm Graz gewonnen.",
        [],
    ),
    (
        "Syrien: Rebellen erobern die Stadt. Kämpfe gehen weiter. Damaskus – Die Rebellen haben die Stadt eingenommen.",
        [],
    ),
    # a surname tagged as an organisation at two answers in the first person
    (
        "Das Gespräch führte Maria Sterkl.\n\nWie lange bleiben die Preise hoch?\n\nHuber: Ich rechne mit einem Rückgang im Herbst.\n\nWas soll die Regierung tun?\n\nHuber: Ich halte wenig von Einmalzahlungen.",
        [
            ("Wie lange bleiben die Preise hoch?", None, None, None, "interview:question"),
            ("Ich rechne mit einem Rückgang im Herbst.", "Huber", "Huber", "Huber", LABEL),
            ("Was soll die Regierung tun?", None, None, None, "interview:question"),
            ("Ich halte wenig von Einmalzahlungen.", "Huber", "Huber", "Huber", LABEL),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_label_rows(nlp, text, expected):
    doc = nlp(text)
    rows = [
        (r[1], r[2], r[3], r[4], q._.rule.split("+")[0])
        for r, q in zip(quote_rows(doc), doc.spans["quotes"], strict=True)
    ]
    assert [r for r in rows if r[4].startswith("interview:")] == expected
