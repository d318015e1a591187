"""Round 34 (issue 10): unmarked direct speech that goes on after a framed statement though
not in the first person (:func:`pipeline.quotes.spoken_runs._spoken_fragment`).

- an infinitive with no finite verb, no entity and no number ("Einfach weiter hart
  trainieren."): no writer narrates like that;
- a verbless opener of talk before a comma ("Hauptsache, …");
- a present-tense judgement about all or none ("Alle sind zufrieden.", "Keiner kann …",
  "Nichts wird …"), no number; a sentence of talk after it goes on as before.
- stays out (also a plural verb the tagger reads as an infinitive, "Kühe gelten als heilig"):
  the writer's narration after the statement ("Die Partie endet 2:1.", "Am
  Sonntag folgt das nächste Rennen."), a headline-like line without a verb, "Alle" before a
  noun, a past-tense sentence, and a quote in quotation marks with the writer after it.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

GOES_ON = [
    (
        (
            "Wenn ich nicht gut spiele, ist das mein Problem, stellte Kessler fest. Einfach "
            "nur versuchen, die zweiten Aufschläge ins Feld zu bekommen."
        ),
        [
            (
                "indirect",
                "Wenn ich nicht gut spiele, ist das mein Problem",
                "stellte … fest",
                "Kessler",
                "Kessler",
            ),
            (
                "continuation",
                "Einfach nur versuchen, die zweiten Aufschläge ins Feld zu bekommen.",
                None,
                "Kessler",
                "Kessler",
            ),
        ],
    ),
    (
        (
            "Die Mannschaft ist noch nicht fertig, sagte Trainerin Berger. Einfach weiter "
            "hart trainieren und an uns glauben."
        ),
        [
            (
                "indirect",
                "Die Mannschaft ist noch nicht fertig",
                "sagte",
                "Trainerin Berger",
                "Berger",
            ),
            (
                "continuation",
                "Einfach weiter hart trainieren und an uns glauben.",
                None,
                "Trainerin Berger",
                "Berger",
            ),
        ],
    ),
    (
        (
            "Das Quartier reicht für den Winter, so Lindner. Hauptsache, die Gemeinde wird "
            "entlastet."
        ),
        [
            (
                "indirect",
                "Das Quartier reicht für den Winter",
                "so",
                "Lindner",
                "Christian Lindner",
            ),
            (
                "continuation",
                "Hauptsache, die Gemeinde wird entlastet.",
                None,
                "Lindner",
                "Christian Lindner",
            ),
        ],
    ),
    (
        (
            "Der Vertrag ist fair, sagte Ministerin Sabine Krenn. Hauptsache, alle halten "
            "sich daran."
        ),
        [
            (
                "indirect",
                "Der Vertrag ist fair",
                "sagte",
                "Ministerin Sabine Krenn",
                "Sabine Krenn",
            ),
            (
                "continuation",
                "Hauptsache, alle halten sich daran.",
                None,
                "Ministerin Sabine Krenn",
                "Sabine Krenn",
            ),
        ],
    ),
    (
        (
            "Wer geblieben ist, wird gut behandelt, betonte Wagner. Alle sind zufrieden mit "
            "der Versorgung. Es hat keinen einzigen Zwischenfall gegeben."
        ),
        [
            ("indirect", "Wer geblieben ist, wird gut behandelt", "betonte", "Wagner", "Wagner"),
            (
                "continuation",
                "Alle sind zufrieden mit der Versorgung. Es hat keinen einzigen Zwischenfall gegeben.",
                None,
                "Wagner",
                "Wagner",
            ),
        ],
    ),
    (
        (
            "Die Mieten steigen weiter, warnte die Ökonomin Gruber. Keiner kann sich das noch"
            " leisten."
        ),
        [
            ("indirect", "Die Mieten steigen weiter", "warnte", "die Ökonomin Gruber", "Gruber"),
            (
                "continuation",
                "Keiner kann sich das noch leisten.",
                None,
                "die Ökonomin Gruber",
                "Gruber",
            ),
        ],
    ),
    (
        (
            "Der Standort bleibt erhalten, versicherte Managerin Huber. Nichts wird sich für "
            "die Belegschaft ändern."
        ),
        [
            ("indirect", "Der Standort bleibt erhalten", "versicherte", "Managerin Huber", "Huber"),
            (
                "continuation",
                "Nichts wird sich für die Belegschaft ändern.",
                None,
                "Managerin Huber",
                "Huber",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_spoken_sentence_goes_on(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


STAYS_OUT = [
    (
        "Wir haben gut gekämpft, sagte der Kapitän Moser. Die Partie endet 2:1.",
        [
            ("indirect", "Wir haben gut gekämpft", "sagte", "der Kapitän Moser", "Moser"),
        ],
    ),
    (
        ("Das Rennen war hart, sagte die Fahrerin Lena Koch. Am Sonntag folgt das nächste Rennen."),
        [
            ("indirect", "Das Rennen war hart", "sagte", "die Fahrerin Lena Koch", "Lena Koch"),
        ],
    ),
    (
        "Die Lage ist ernst, sagte der Sprecher Weber. Großer Andrang am Bahnhof.",
        [
            ("indirect", "Die Lage ist ernst", "sagte", "der Sprecher Weber", "Weber"),
        ],
    ),
    (
        ("Die Reform kommt zu spät, kritisierte die Gewerkschaft. Ein Überblick über die Punkte."),
        [
            (
                "indirect",
                "Die Reform kommt zu spät",
                "kritisierte",
                "die Gewerkschaft",
                "Gewerkschaft",
            ),
        ],
    ),
    (
        ("Der Unterricht fällt aus, sagte Direktorin Brandl. Alle Schulen bleiben am Freitag zu."),
        [
            ("indirect", "Der Unterricht fällt aus", "sagte", "Direktorin Brandl", "Brandl"),
        ],
    ),
    (
        "Die Lage war ruhig, sagte der Polizeisprecher Egger. Niemand wurde verletzt.",
        [
            ("indirect", "Die Lage war ruhig", "sagte", "der Polizeisprecher Egger", "Egger"),
        ],
    ),
    (
        "Die Preise steigen, sagte der Händler Pichler. Alle 20 Filialen sind betroffen.",
        [
            ("indirect", "Die Preise steigen", "sagte", "der Händler Pichler", "Pichler"),
        ],
    ),
    (
        ("„Wir sind bereit“, sagte die Trainerin Maier. Einfach so ging es dann aber nicht."),
        [
            ("direct", "„Wir sind bereit“", "sagte", "die Trainerin Maier", "Maier"),
        ],
    ),
    # a plural present verb the tagger reads as an infinitive is no fragment
    (
        (
            "Die Pupillen sind rund, schreiben die Forscher. Nachtaktive Tiere verfügen über "
            "Schlitze."
        ),
        [
            ("indirect", "Die Pupillen sind rund", "schreiben", "die Forscher", None),
        ],
    ),
    (
        ("Der Mann sei gestorben, sagte die Polizeichefin Anna Gruber. Kühe gelten als heilig."),
        [
            (
                "indirect",
                "Der Mann sei gestorben",
                "sagte",
                "die Polizeichefin Anna Gruber",
                "Anna Gruber",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAYS_OUT)
def test_writers_sentence_stays_out(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


CARRIED = [
    (
        (
            "Wenn ich verliere, bin ich sauer, stellte die Spielerin Laura Kessler fest. Ihre "
            "Trainerin habe ihr ein paar Tipps gegeben, die ihr aufgefallen seien, und so übte "
            "sie gleich den Aufschlag. Einfach nur versuchen, die Bälle ins Feld zu bringen."
        ),
        "Einfach nur versuchen, die Bälle ins Feld zu bringen.",
        "Laura Kessler",
    ),
    (
        (
            "Wir haben keine Vorlieben, so Sprecher Martin Lindner. Wenn es die Bereitschaft "
            "zur Übernahme gebe, sei schon viel geholfen. Hauptsache, die Gemeinde wird "
            "entlastet."
        ),
        "Hauptsache, die Gemeinde wird entlastet.",
        "Martin Lindner",
    ),
]


@pytest.mark.parametrize(("text", "more", "name"), CARRIED)
def test_fragment_goes_on_past_a_reported_sentence(nlp, text, more, name):
    # a Konjunktiv continuation of the same speaker stands between the speech and the
    # fragment: only the fragment signs go on past it
    rows = quote_rows(nlp(text))
    assert len(rows) == 3
    assert rows[1][0] == "continuation"
    assert rows[2][:2] == ("continuation", more)
    assert rows[2][4] == name


@pytest.mark.parametrize(
    "tail",
    ["Am Sonntag folgt das nächste Spiel.", "Alle Spieler sind fit.", "Der Verein ist stolz."],
)
def test_writers_sentence_after_a_reported_sentence_stays_out(nlp, tail):
    text = "Wir sind zufrieden, sagte Trainer Paul Moser. Die Mannschaft habe gut gespielt. "
    rows = quote_rows(nlp(text + tail))
    assert [r[1] for r in rows] == ["Wir sind zufrieden", "Die Mannschaft habe gut gespielt."]
