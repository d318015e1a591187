"""Cue frames of round 26 (issue 10, indirect speech): what turned out, and a stance of
conviction stated with a copula.

- "sich herausstellen" (``turning_out_lemmas``) says what turned out, no one speaks ("Wie
  sich später herausstellte, …", "Es hat sich herausgestellt, dass …", "stellten sich als
  falsch heraus"): no cue; its "dass" clause is no content of a frame before it ("Nachdem
  die Behörden gewarnt hatten, hatte sich herausgestellt, dass …"); without "sich" the verb
  still frames what someone pointed out ("Der Minister stellte heraus, dass …");
- a copula with an adjective of conviction before a comma ("ist überzeugt, dass …", "ist
  davon überzeugt", "sind zuversichtlich, … zu …", cue pattern ``ist_ueberzeugt``) frames
  the subject's view as "zeigte sich überzeugt" does; a negation between takes it back
  ("ist nicht überzeugt, dass …"), and a Konjunktiv copula ("sei überzeugt") stays the
  reporter's continuation; the comma after the adjective may open a frame after it ("Wir
  sind zuversichtlich, so X": the comma is no longer taken by the pattern's match).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    # what turned out: no one's words
    ("Wie sich später herausstellte, war der Wagen gestohlen.", []),
    ("Es hat sich am Montag herausgestellt, dass die Proben verunreinigt waren.", []),
    ("Bis sich herausstellte, dass der Hund den Zaun beschädigt hatte.", []),
    # ... and its clause is no content of the frame before it
    (
        (
            "Nachdem die Behörden vor dem Verzehr gewarnt hatten, hatte sich herausgestellt, "
            "dass die Gurken harmlos waren."
        ),
        [],
    ),
    # pointed out: still speech
    (
        "Der Minister stellte heraus, dass die Reform dringend nötig sei.",
        [
            (
                "indirect",
                "dass die Reform dringend nötig sei",
                "stellte … heraus",
                "Der Minister",
                None,
            )
        ],
    ),
    (
        "Die Ministerin stellte am Montag heraus, die Reform sei dringend nötig.",
        [
            (
                "indirect",
                "die Reform sei dringend nötig",
                "stellte … heraus",
                "Die Ministerin",
                None,
            )
        ],
    ),
    # a copula with a conviction frames the subject's view
    (
        "Der Minister ist überzeugt, dass die Reform im Herbst kommt.",
        [
            (
                "indirect",
                "dass die Reform im Herbst kommt",
                "ist überzeugt",
                "Der Minister",
                None,
            )
        ],
    ),
    (
        "Die Regierung ist zuversichtlich, dass die Reform im Herbst beschlossen wird.",
        [
            (
                "indirect",
                "dass die Reform im Herbst beschlossen wird",
                "ist zuversichtlich",
                "Die Regierung",
                "Regierung",
            )
        ],
    ),
    (
        "Die Forscher sind überzeugt, dass der Fund bedeutend ist.",
        [
            (
                "indirect",
                "dass der Fund bedeutend ist",
                "sind überzeugt",
                "Die Forscher",
                None,
            )
        ],
    ),
    (
        "Trotzdem ist er zuversichtlich, auch diesen Kampf zu gewinnen.",
        [("indirect", "auch diesen Kampf zu gewinnen", "ist er zuversichtlich", "er", None)],
    ),
    # a conviction framed after it by "so" stays that frame's
    (
        "Wir sind weiterhin zuversichtlich, so Huber.",
        [("indirect", "Wir sind weiterhin zuversichtlich", "so", "Huber", "Huber")],
    ),
    # a conviction in the reported-speech mood is the reporter's account of it
    (
        "Huber sagte, die Lage sei ernst. Die Ministerin sei überzeugt, dass sie sich bessere.",
        [
            ("indirect", "die Lage sei ernst", "sagte", "Huber", "Huber"),
            (
                "continuation",
                "Die Ministerin sei überzeugt, dass sie sich bessere.",
                None,
                "Huber",
                "Huber",
            ),
        ],
    ),
    # a negation takes the conviction back
    ("Der Trainer ist nicht überzeugt, dass die Mannschaft gewinnt.", []),
    # "zeigte sich überzeugt" as before
    (
        "Die Regierung zeigte sich zuversichtlich, dass die Reform im Herbst beschlossen wird.",
        [
            (
                "indirect",
                "dass die Reform im Herbst beschlossen wird",
                "zeigte sich zuversichtlich",
                "Die Regierung",
                "Regierung",
            )
        ],
    ),
    # a conviction inside a statement framed after it stays that statement
    (
        "Wenn die Reform kommt, ist er zuversichtlich, sagte Huber.",
        [
            (
                "indirect",
                "Wenn die Reform kommt, ist er zuversichtlich",
                "sagte",
                "Huber",
                "Huber",
            )
        ],
    ),
]


@pytest.mark.parametrize("text,expected", DOCUMENTS)
def test_cue26_frames(nlp, text, expected):
    assert _rows(nlp(text)) == expected
