"""Reported speech acts of round 29 (issue 10): classes from news sentences written for
the probe.

- an infinitive clause that hangs on the object of a speech act whose preposition
  follows it ("kritisierte den Beschluss des Ministers, X zu tun, als Fehler"): the
  clause is the decision's content, not what was said; the row is the reported act over
  the sentence (:mod:`pipeline.quotes.noun_infinitives`); an infinitive that is what was
  said ("forderte die Regierung auf, X zu tun") stays;
- a reported act followed by a main clause of narration opened by an adverb of sequence
  ("…, anschließend prüften sie die Hinweise"): the act ends before it
  (:mod:`pipeline.quotes.act_clauses`); a Konjunktiv clause ("…, dann sei alles gut")
  stays;
- elliptical frames ("Andere, man habe sich daran gewöhnt", "…, andere – darunter der
  Fahrer –, die Ampel sei rot gewesen"): one row per group, without the frame's words,
  the frame's words its speaker (:mod:`pipeline.quotes.elliptical_frames`); a relative
  clause after "Andere," is no frame.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        "Scharf kritisierte er den Plan des Bürgermeisters, das Hallenbad zu verkaufen, als kurzsichtig.",
        [
            (
                "reported",
                (
                    "Scharf kritisierte er den Plan des Bürgermeisters, das Hallenbad zu "
                    "verkaufen, als kurzsichtig."
                ),
                "kritisierte",
                "er",
                None,
            )
        ],
    ),
    (
        (
            "Die Ministerin bezeichnete den Beschluss des Gemeinderats, das Bad zu schließen, "
            "als kurzsichtig."
        ),
        [
            (
                "reported",
                (
                    "Die Ministerin bezeichnete den Beschluss des Gemeinderats, das Bad zu "
                    "schließen, als kurzsichtig."
                ),
                "bezeichnete",
                "Die Ministerin",
                None,
            )
        ],
    ),
    # the infinitive is what was asked for: it stays
    (
        "Die Opposition forderte die Regierung auf, die Steuern zu senken.",
        [
            (
                "indirect",
                "die Steuern zu senken",
                "forderte",
                "Die Opposition",
                "Opposition",
            )
        ],
    ),
    (
        (
            "Der Verein forderte die Mitglieder auf, Beiträge zu zahlen, danach stellte er den "
            "Bericht vor."
        ),
        [
            (
                "reported",
                "Der Verein forderte die Mitglieder auf, Beiträge zu zahlen",
                "forderte",
                "Der Verein",
                None,
            )
        ],
    ),
    (
        (
            "Die Aktivisten forderten mehr Radwege, anschließend zogen sie zum Rathaus und "
            "verteilten dort Flugblätter."
        ),
        [
            (
                "reported",
                "Die Aktivisten forderten mehr Radwege",
                "forderten",
                "Die Aktivisten",
                None,
            )
        ],
    ),
    (
        "Der Bürgermeister warnte vor Glatteis, danach eröffnete er den Adventmarkt.",
        [
            (
                "reported",
                "Der Bürgermeister warnte vor Glatteis",
                "warnte",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
    # the clause after the adverb is in the reported mood: what was said, as before
    (
        "Die Gewerkschaft forderte höhere Löhne, dann sei der Streik vorbei.",
        [
            (
                "indirect",
                "dann sei der Streik vorbei",
                "forderte",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    (
        "Einige Anrainer sagen, der Lärm sei unerträglich. Andere, man habe sich daran gewöhnt.",
        [
            ("indirect", "der Lärm sei unerträglich", "sagen", "Einige Anrainer", None),
            ("continuation", "man habe sich daran gewöhnt.", None, "Andere", None),
        ],
    ),
    (
        (
            "Ein Zeuge sagte, der Wagen sei zu schnell gefahren, andere – darunter der Fahrer –, "
            "die Ampel sei rot gewesen."
        ),
        [
            ("indirect", "der Wagen sei zu schnell gefahren", "sagte", "Ein Zeuge", None),
            ("continuation", "die Ampel sei rot gewesen", None, "andere", None),
        ],
    ),
    ("Viele Besucher kamen mit dem Zug. Andere, die mit dem Auto kamen, standen im Stau.", []),
    # a relative clause after "andere,": no frame, the row stays whole
    (
        "Der Arzt sagte, er kenne viele Kollegen, andere, die helfen würden, gebe es kaum.",
        [
            (
                "indirect",
                "er kenne viele Kollegen, andere, die helfen würden, gebe es kaum",
                "sagte",
                "Der Arzt",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_reported_acts(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
