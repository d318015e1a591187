"""Frames of round 19b (issue 10, item 5): a quote never is only its own frame, and the
content before a trailing frame starts where the sentence starts.

- content with a speech verb of its own and its complement ("Jeder habe gesagt, wohin …",
  "Es sei leichter, …, als zu überlegen, wie …", "X habe gesagt, dass …") before a trailing
  frame ("…, erklärte Y.", "…, sagte Y am Montag."): the trailing frame has a subject of its
  own, so it is no speech act the inner speaker goes on with -- no quote "erklärte Y" beside
  the content; a coordinated clause with no subject of its own ("…, sprach aber von …")
  stays a reported quote;
- content that opens with a fronted clause before a trailing frame: a "dass", "ob" or "wie"
  clause, an infinitive group, a subordinate clause ("Nachdem …", "Um … zu …"), a
  Konjunktiv main clause with an "als" comparison: the whole sentence up to the frame;
- a frame whose own finite verb is in the reported-speech mood and opens its sentence,
  right after a quote ("…, sagte X. Es habe sich herausgestellt, dass …", "Zudem hätten die
  Banken zugesagt, …"): the sentence, frame and all, is a continuation of X; not after a
  sentence with no quote, not after "Wie X berichtet, …", not an indicative frame.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

CASES = [
    (
        "Es könne nämlich auch billiger sein, die Steuern rasch zu zahlen, als lange zu überlegen, wie ich sie umgehen kann, sagte Hofmann.",
        [
            (
                "indirect",
                "Es könne nämlich auch billiger sein, die Steuern rasch zu zahlen, als lange zu überlegen, wie ich sie umgehen kann",
                "sagte",
                "Hofmann",
                "Hofmann",
            )
        ],
    ),
    (
        "Die Gemeinde prüft die Pläne. Jeder hat gesagt, wohin die Reise gehen soll, erklärte Bürgermeister Franz Huber.",
        [
            (
                "indirect",
                "Jeder hat gesagt, wohin die Reise gehen soll",
                "erklärte",
                "Bürgermeister Franz Huber",
                "Franz Huber",
            )
        ],
    ),
    (
        "Der Präsident habe bei seinem Besuch selbst gesagt, dass ein politischer Prozess folgen müsse, betonte der Minister am Montag.",
        [
            (
                "indirect",
                "Der Präsident habe bei seinem Besuch selbst gesagt, dass ein politischer Prozess folgen müsse",
                "betonte",
                "der Minister",
                None,
            )
        ],
    ),
    (
        "Die Gemeinde prüft die Pläne. Man habe sich gefragt, ob das sinnvoll sei, erklärte Binder. Ein Gutachten soll Klarheit bringen.",
        [
            (
                "indirect",
                "Man habe sich gefragt, ob das sinnvoll sei",
                "erklärte",
                "Binder",
                "Binder",
            )
        ],
    ),
    (
        "Ob das Projekt noch heuer umgesetzt werden könne, hänge vom Land ab, sagte Bürgermeister Huber.",
        [
            (
                "indirect",
                "Ob das Projekt noch heuer umgesetzt werden könne, hänge vom Land ab",
                "sagte",
                "Bürgermeister Huber",
                "Huber",
            )
        ],
    ),
    (
        "Dass das Projekt noch heuer umgesetzt werde, sei unwahrscheinlich, sagte die Sprecherin.",
        [
            (
                "indirect",
                "Dass das Projekt noch heuer umgesetzt werde, sei unwahrscheinlich",
                "sagte",
                "die Sprecherin",
                None,
            )
        ],
    ),
    (
        "Wie viel das Projekt kosten werde, wisse noch niemand, sagte Bürgermeister Huber.",
        [
            (
                "indirect",
                "Wie viel das Projekt kosten werde, wisse noch niemand",
                "sagte",
                "Bürgermeister Huber",
                "Huber",
            )
        ],
    ),
    (
        "Das Projekt noch heuer umzusetzen, sei kaum möglich, sagte der Baustadtrat.",
        [
            (
                "indirect",
                "Das Projekt noch heuer umzusetzen, sei kaum möglich",
                "sagte",
                "der Baustadtrat",
                None,
            )
        ],
    ),
    (
        "Um die Kosten zu senken, werde man auf private Partner setzen, erklärte Bürgermeister Huber.",
        [
            (
                "indirect",
                "Um die Kosten zu senken, werde man auf private Partner setzen",
                "erklärte",
                "Bürgermeister Huber",
                "Huber",
            )
        ],
    ),
    (
        "Nachdem der Gemeinderat zugestimmt hat, ist geplant gewesen, dass auch die Opposition teilnimmt, erklärt Binder.",
        [
            (
                "indirect",
                "Nachdem der Gemeinderat zugestimmt hat, ist geplant gewesen, dass auch die Opposition teilnimmt",
                "erklärt",
                "Binder",
                "Binder",
            )
        ],
    ),
    (
        "Die Bürgermeisterin sagte, die Halle werde saniert, sprach aber von hohen Kosten.",
        [
            ("indirect", "die Halle werde saniert", "sagte", "Die Bürgermeisterin", None),
            ("reported", "sprach aber von hohen Kosten", None, "Die Bürgermeisterin", None),
        ],
    ),
    ("Die Gemeinde prüft die Pläne seit Wochen. Der Gemeinderat tagt am Montag.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_frame_never_alone(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


def test_quote_of_only_a_frame_dropped():
    """A quote whose tokens are all another quote's cue and speaker mention goes."""
    from pipeline.quotes.context import Quote
    from pipeline.quotes.overlaps import resolve_overlaps

    said = Quote("indirect", [(0, 8)], 0.9, "verb", 0, (10, 11), [(9, 10)], "sagen")
    frame = Quote("reported", [(9, 11)], 0.55, "verb+coordinated", 0, None)
    more = Quote("reported", [(9, 13)], 0.55, "verb+coordinated", 0, None)
    assert resolve_overlaps([said, frame]) == [said]
    assert resolve_overlaps([said, more]) == [said, more]


REPORTED_FRAMES = [
    (
        "Die Frauen sprechen tiefer als früher, sagte der Forscher Peter Engel. Es habe sich herausgestellt, dass sie ihre Stimme bewusst senken.",
        [
            (
                "indirect",
                "Die Frauen sprechen tiefer als früher",
                "sagte",
                "der Forscher Peter Engel",
                "Peter Engel",
            ),
            (
                "continuation",
                "Es habe sich herausgestellt, dass sie ihre Stimme bewusst senken.",
                None,
                "der Forscher Peter Engel",
                "Peter Engel",
            ),
        ],
    ),
    (
        "Der Minister verweist auf die Förderungen. Zudem hätten die Banken zugesagt, keine Überziehungszinsen zu verrechnen.",
        [
            (
                "reported",
                "Der Minister verweist auf die Förderungen.",
                "verweist",
                "Der Minister",
                None,
            ),
            (
                "continuation",
                "Zudem hätten die Banken zugesagt, keine Überziehungszinsen zu verrechnen.",
                None,
                "Der Minister",
                None,
            ),
        ],
    ),
    (
        "Die Richterin spricht den Angeklagten frei, sagt ihr Sprecher. Man könne nicht mit Sicherheit sagen, ob er der Täter gewesen sei.",
        [
            (
                "indirect",
                "Die Richterin spricht den Angeklagten frei",
                "sagt",
                "ihr Sprecher",
                None,
            ),
            (
                "continuation",
                "Man könne nicht mit Sicherheit sagen, ob er der Täter gewesen sei.",
                None,
                "ihr Sprecher",
                None,
            ),
        ],
    ),
    (
        "Die Regierung plant eine Reform. Zudem hätten die Banken zugesagt, keine Überziehungszinsen zu verrechnen.",
        [("indirect", "keine Überziehungszinsen zu verrechnen", "zugesagt", "die Banken", None)],
    ),
    (
        "Wie die Agentur berichtet, habe sich ein Bewohner geäußert, Panzer seien zu sehen gewesen.",
        [
            (
                "indirect",
                "habe sich ein Bewohner geäußert, Panzer seien zu sehen gewesen",
                "Wie … berichtet",
                "die Agentur",
                None,
            )
        ],
    ),
    (
        "Der Minister sprach von einem Erfolg. Er sagte, die Reform sei gelungen.",
        [
            ("reported", "Der Minister sprach von einem Erfolg.", "sprach", "Der Minister", None),
            ("indirect", "die Reform sei gelungen", "sagte", "Er", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), REPORTED_FRAMES, ids=[str(i) for i in range(len(REPORTED_FRAMES))]
)
def test_reported_frame_goes_on(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
