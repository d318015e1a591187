"""Reported speech acts of round 26 (issue 10, "Reported"): where a reported act's quote
begins and ends in its sentence.

- a second main clause with its own subject after the act's clause and a comma ("…, und die
  Kommission prüft …", "…, ein Verfahren wurde eingeleitet", "…, der Konzern wies … zurück"):
  the act ends before it (:mod:`pipeline.quotes.act_clauses`); a relative clause ("mit dem
  …", "wo …") and the rest of a quote whose content stands before the cue stay;
- the act as a second main clause after a comma ("Die Regierung wies die Vorwürfe zurück, die
  Opposition fordert …"): the quote starts at the act's clause
  (:func:`pipeline.quotes.reported.reported_start`); not after a phrase with no verb or a
  colon (the content) nor after words in the reported-speech mood (the speaker's own);
- a speech verb that describes a noun ("die als Konkurrenten bezeichneten Grazer", "Der
  Asteroid, genannt …,"): no act (:mod:`pipeline.quotes.attributive_acts`); a name after the
  cue that the parse hangs it on stays the speaker.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    # a second clause after the act, with its own subject: the act ends before it
    (
        "Der Innenminister bezeichnete dieses Vorgehen als seltsam, und die Kommission prüft den Fall.",
        [
            (
                "reported",
                "Der Innenminister bezeichnete dieses Vorgehen als seltsam",
                "bezeichnete",
                "Der Innenminister",
                None,
            )
        ],
    ),
    (
        "Die Behörden gehen von einem Anschlag aus, ein Ermittlungsverfahren wurde bereits eingeleitet.",
        [
            (
                "reported",
                "Die Behörden gehen von einem Anschlag aus",
                "gehen … aus",
                "Die Behörden",
                "Behörden",
            )
        ],
    ),
    (
        "Die Behörde nannte den Vorfall bedauerlich, der Konzern wies alle Vorwürfe zurück.",
        [
            (
                "reported",
                "Die Behörde nannte den Vorfall bedauerlich",
                "nannte",
                "Die Behörde",
                "Behörde",
            )
        ],
    ),
    # a relative clause on the object stays
    (
        "Die Gewerkschaft fordert einen Plan, mit dem die Jobs gesichert werden sollen.",
        [
            (
                "reported",
                "Die Gewerkschaft fordert einen Plan, mit dem die Jobs gesichert werden sollen.",
                "fordert",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    (
        "Die Ministerin nannte als Beispiel das Heim in Graz, wo die Betten am Gang stehen.",
        [
            (
                "reported",
                "Die Ministerin nannte als Beispiel das Heim in Graz, wo die Betten am Gang stehen.",
                "nannte",
                "Die Ministerin",
                None,
            )
        ],
    ),
    # content before the cue: what was said may go on
    (
        "Es werde mehr Polizei geben, kündigte der Bürgermeister an, aber die Stadt hat ein Problem.",
        [("indirect", "Es werde mehr Polizei geben", "kündigte … an", "der Bürgermeister", None)],
    ),
    # the act is a second main clause: it starts there
    (
        "Die Regierung wies die Vorwürfe zurück, die Opposition fordert einen Untersuchungsausschuss.",
        [
            (
                "reported",
                "die Opposition fordert einen Untersuchungsausschuss.",
                "fordert",
                "die Opposition",
                "Opposition",
            )
        ],
    ),
    (
        "Die Notenbank hat eine Rezession vorausgesagt, der Währungsfonds sprach von einem großen Risiko.",
        [
            (
                "reported",
                "der Währungsfonds sprach von einem großen Risiko.",
                "sprach",
                "der Währungsfonds",
                None,
            )
        ],
    ),
    (
        "Die Stadt hat die Gebühren erhöht, die Mieter fordern eine Rücknahme.",
        [("reported", "die Mieter fordern eine Rücknahme.", "fordern", "die Mieter", None)],
    ),
    # no clause before the act (the content) and a colon before it: the unit stays
    (
        "Mindestens 90 Millionen Euro, nennt ein Experte eine geschätzte Summe.",
        [
            (
                "reported",
                "Mindestens 90 Millionen Euro, nennt ein Experte eine geschätzte Summe.",
                "nennt",
                "ein Experte",
                None,
            )
        ],
    ),
    (
        "Einige wagen eine Schätzung: Rund 50 Millionen Euro, nennt ein Experte eine Summe.",
        [
            (
                "reported",
                "Einige wagen eine Schätzung: Rund 50 Millionen Euro, nennt ein Experte eine Summe.",
                "nennt",
                "ein Experte",
                None,
            )
        ],
    ),
    # the speaker's own words in the reported mood before the act stay
    (
        "Die Kandidatin meldete sich am Montag zu Wort. Die Wahl solle fair sein, daher schlage sie ein Abkommen vor.",
        [
            (
                "reported",
                "Die Wahl solle fair sein, daher schlage sie ein Abkommen vor.",
                "schlage … vor",
                "sie",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_reported_act_spans(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


ATTRIBUTES = [
    # an attribute before its noun, a participle after its noun: no act
    (
        "Der Abstand beträgt acht Punkte, die als direkte Konkurrenten bezeichneten Grazer liegen zehn Punkte zurück.",
        [],
    ),
    (
        "Der Asteroid, genannt 2024 QX, hat die Form einer Birne.",
        [],
    ),
    (
        "Eine Verschiebung der Wahl bezeichnete Huber als fatal, weil die Leute warten.",
        [
            (
                "reported",
                "Eine Verschiebung der Wahl bezeichnete Huber als fatal, weil die Leute warten.",
                "bezeichnete",
                "Huber",
                "Huber",
            )
        ],
    ),
    (
        "Der Minister nannte den Vorschlag als Beispiel.",
        [
            (
                "reported",
                "Der Minister nannte den Vorschlag als Beispiel.",
                "nannte",
                "Der Minister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTES, ids=[d[0][:40] for d in ATTRIBUTES])
def test_attributive_speech_verbs(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
