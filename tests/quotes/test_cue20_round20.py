"""Reported speech acts of round 20 (issue 10, "uncommon speech-act cues"): the classes.

- "sich für X stark machen" / "starkmachen", "für X werben", "auf X aufmerksam machen" are
  reported speech acts of their subject; "darauf aufmerksam machen, dass …" frames its
  clause; not "auf sich aufmerksam machen" (drawing attention to oneself), "mit X werben"
  (advertising), "einen Gewinn machen";
- a speech act in the infinitive under a modal of duty ("Die Länder sollten sich für X
  starkmachen", "soll für ein Nein werben") or of intention ("will … werben"): what is to be
  done, nothing said; "soll X gefordert haben" (a perfect infinitive) stays a report.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    (
        "Die Grünen machen sich seit Jahren für ein Verbot des Pestizids stark.",
        [
            (
                "reported",
                "Die Grünen machen sich seit Jahren für ein Verbot des Pestizids stark.",
                "machen … stark",
                "Die Grünen",
                "Bündnis 90/Die Grünen",
            )
        ],
    ),
    (
        "Der Bürgermeister hatte sich im Gemeinderat für den Neubau der Schule starkgemacht.",
        [
            (
                "reported",
                "Der Bürgermeister hatte sich im Gemeinderat für den Neubau der Schule starkgemacht.",
                "starkgemacht",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
    (
        "Die Gewerkschaft wirbt für einen höheren Mindestlohn.",
        [
            (
                "reported",
                "Die Gewerkschaft wirbt für einen höheren Mindestlohn.",
                "wirbt",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    (
        "Die Ministerin warb am Montag in Brüssel für ihre Reform.",
        [
            (
                "reported",
                "Die Ministerin warb am Montag in Brüssel für ihre Reform.",
                "warb",
                "Die Ministerin",
                None,
            )
        ],
    ),
    (
        "Die Hilfsorganisation macht auf die Lage der Flüchtlinge im Libanon aufmerksam.",
        [
            (
                "reported",
                "Die Hilfsorganisation macht auf die Lage der Flüchtlinge im Libanon aufmerksam.",
                "macht … aufmerksam",
                "Die Hilfsorganisation",
                None,
            )
        ],
    ),
    (
        "Die Ärztin machte darauf aufmerksam, dass die Zahl der Fälle steige.",
        [("indirect", "dass die Zahl der Fälle steige", "machte … aufmerksam", "Die Ärztin", None)],
    ),
    (
        "Der Verein konnte mit guten Ergebnissen auf sich aufmerksam machen.",
        [],
    ),
    (
        "Das Unternehmen wirbt mit niedrigen Preisen.",
        [],
    ),
    (
        "Die Firma hat im Vorjahr einen Gewinn gemacht.",
        [],
    ),
    (
        "Die Länder sollten sich in Brüssel für eine höhere Maut starkmachen.",
        [],
    ),
    (
        "Der Kanzler will am Freitag im Parlament für das Paket werben.",
        [],
    ),
    (
        "Die Opposition soll nun für ein Nein werben.",
        [],
    ),
    (
        "Der Minister soll eine Untersuchung gefordert haben.",
        [
            (
                "reported",
                "Der Minister soll eine Untersuchung gefordert haben.",
                "gefordert",
                "Der Minister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_reported_acts(nlp, text, expected):
    assert _rows(nlp(text)) == expected
