"""A quoted sentence with no frame takes the nearer speaker: when the unit right before it
names someone else as its subject ("nahm auch der Ministerpräsident …, X (SPD), zu der Frage
Stellung"), that person speaks, not the speaker of a quote further back; with no named
subject there the earlier speaker still holds. "„…“, so letztere." / "„…“, so dieser.": the
demonstrative after "so" is the speaker mention and resolves like a pronoun to the last
named person of its gender; with no one named before, the name stays empty; "so dieser
Tage ein Sprecher" names no demonstrative speaker. A "von" attribute of a fronted subject
("Der Bürgermeister von Villach wird … zitiert") is no passive agent; "zitiert den Prediger
mit den Worten „…“": the object is a party of the cited quote.

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

GRUBER = "„Wir fordern mehr Personal für die Schulen“, erklärte der Landesvorsitzende Peter Gruber."
GRUBER_ROW = (
    "„Wir fordern mehr Personal für die Schulen“",
    "der Landesvorsitzende Peter Gruber",
    "Peter Gruber",
)
SAID = "„das Geld jetzt abrufen, sie kann es aber auch später tun“"

CASES = [
    (
        (
            f"{GRUBER}\n\nAm Rande einer Sitzung des Landtages in Hannover nahm jetzt auch der "
            "Ministerpräsident des Landes Niedersachsen, Olaf Lies (SPD), zu der Frage Stellung. "
            f"Jede Schule könne {SAID}."
        ),
        [GRUBER_ROW, (SAID, "Olaf Lies", "Olaf Lies")],
    ),
    (
        (
            f"{GRUBER}\n\nAm Rande einer Sitzung des Landtages in Hannover wurde jetzt auch über "
            f"die Frage gestritten. Jede Schule könne {SAID}."
        ),
        [GRUBER_ROW, (SAID, "der Landesvorsitzende Peter Gruber", "Peter Gruber")],
    ),
    (
        (
            "Bürgermeister Michael Ludwig hat am Montag die neue Linie vorgestellt. Auch "
            "Vizebürgermeisterin Kathrin Gaál äußerte sich. „Wir bauen weiter“, so letztere."
        ),
        [("„Wir bauen weiter“", "letztere", "Kathrin Gaál")],
    ),
    (
        (
            "Der Anwalt Hans Meier sprach am Dienstag in Zürich mit Journalisten. „Mein Mandant "
            "ist unschuldig“, so dieser."
        ),
        [("„Mein Mandant ist unschuldig“", "dieser", "Hans Meier")],
    ),
    # a "von" attribute of the fronted subject is no passive agent: the head speaks
    (
        (
            "Der Bürgermeister von Villach wird von der „Kleinen Zeitung“ mit den Worten "
            "zitiert: „Wir haben alles getan.“"
        ),
        [
            ("„Wir haben alles getan.“", "Der Bürgermeister von Villach", None),
            ("Wir haben alles getan.", "der „Kleinen Zeitung“", "Kleine Zeitung"),
        ],
    ),
    (
        "Die Erklärung wurde von der Polizei in Bern veröffentlicht: „Es gibt keine Verletzten.“",
        [("„Es gibt keine Verletzten.“", "der Polizei", "Polizei")],
    ),
    # "zitiert den Prediger mit den Worten": the object ends before the cue words and is a
    # party of its own; a thing as object ("das Protokoll") is none
    (
        "Der Spiegel zitiert den Prediger mit den Worten „Gott wird richten“.",
        [
            ("„Gott wird richten“", "Der Spiegel", "Der Spiegel"),
            ("Gott wird richten", "den Prediger", None),
        ],
    ),
    (
        "Die Zeitung zitiert das Protokoll mit den Worten „Die Sitzung ist geschlossen“.",
        [("„Die Sitzung ist geschlossen“", "Die Zeitung", None)],
    ),
    # no one named before, or no demonstrative speaker: no name
    ("„Die Preise steigen weiter“, so diese.", [("„Die Preise steigen weiter“", "diese", None)]),
    (
        "„Wir bleiben dran“, so dieser Tage ein Sprecher der Stadt.",
        [("„Wir bleiben dran“", None, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_nearer_and_demonstrative_speakers(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
