"""Continuations of round 20 (issue 10): runs of a speaker's words without a cue of their own.

- a sentence whose main verb is a singular "würde" with an infinitive right after a
  statement ("…, sagte der Verbandschef. Er *würde* die Steuer sofort *abschaffen*."): the
  Konjunktiv II future stands in for the Konjunktiv I one ("werde … abschaffen") and goes
  on with the statement, as a plural "würden" does; two such sentences are one run; not a
  condition ("Wenn sie scheitert, würde …"), a question, a relative clause of the writer's
  ("…, was die Reform verzögern würde") nor a "würde" after a sentence of the writer's;
- the same for a singular "hätte" with a past participle, the Konjunktiv II perfect for the
  Konjunktiv I one ("…, sagte der Vatikansprecher. Der Papst *hätte* mit dem Theologen keine
  Glaubensfragen *besprochen*."); not a wish ("Er hätte *gerne* … eingeladen");
- such a "würde" sentence one sentence of the writer's after a statement, when its subject is
  the speaker ("er"/"sie" or the name) and the sentence between names no one else who
  speaks ("…, sagte der Konsumentenschützer. Ihm ist das nicht genug. Er würde manche Arten
  von Werbung verbieten."); not after another person ("Der Bürgermeister war in Wien. Er
  würde …") nor with another subject ("Die Opposition würde …");
- a sentence with a statement and a relative clause whose speech verb names no one who made
  a statement ("Der Sprecher betonte, dass die Menschen, *die* Asyl *beantragen*, korrekt
  behandelt würden."): the statement's speaker goes on into the Konjunktiv sentence after;
- a Konjunktiv clause framed by an indicative main verb whose own subject names people by a
  noun ("…, halten *die Befehlshaber der Armee* einen Abzug für unwahrscheinlich, da die
  Polizei … nicht gewachsen sei"): they are its speaker; not a first-person pronoun nor a
  thing ("Die Preise steigen, weil die Nachfrage hoch sei": no speaker).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

FUTURES = [
    (
        (
            "Der Verbandschef sagte am Montag, die Lage sei ernst. Er würde die Steuer sofort "
            "abschaffen."
        ),
        [
            ("indirect", "die Lage sei ernst", "sagte", "Der Verbandschef", None),
            (
                "continuation",
                "Er würde die Steuer sofort abschaffen.",
                None,
                "Der Verbandschef",
                None,
            ),
        ],
    ),
    # two sentences after a speech act told without its words: one run
    (
        (
            "Die Gewerkschaft kritisierte den Plan der Regierung scharf. Das würde für die "
            "Beschäftigten weniger Lohn bedeuten. Zudem würde der Standort darunter leiden."
        ),
        [
            (
                "continuation",
                (
                    "Das würde für die Beschäftigten weniger Lohn bedeuten. Zudem würde der "
                    "Standort darunter leiden."
                ),
                None,
                "Die Gewerkschaft",
                "Gewerkschaft",
            ),
        ],
    ),
    # a condition: the writer's, or the speaker's conditional, not taken
    (
        (
            "Der Minister sagte, die Reform komme noch heuer. Wenn sie scheitert, würde die "
            "Regierung zurücktreten."
        ),
        [("indirect", "die Reform komme noch heuer", "sagte", "Der Minister", None)],
    ),
    # a relative clause of the writer's
    (
        (
            "Der Minister sagte, die Reform komme noch heuer. Die Gegner wollen vor Gericht "
            "ziehen, was die Reform verzögern würde."
        ),
        [("indirect", "die Reform komme noch heuer", "sagte", "Der Minister", None)],
    ),
    # a question
    (
        "Die Ministerin sagte, das Budget halte. Wer würde das bezahlen?",
        [("indirect", "das Budget halte", "sagte", "Die Ministerin", None)],
    ),
    # no statement before: nothing
    ("Der Bürgermeister war am Montag in Wien. Er würde gerne länger bleiben.", []),
    (
        (
            "Der Vatikansprecher sagte, das Gespräch sei freundlich verlaufen. Der Papst hätte mit "
            "dem Theologen keine Glaubensfragen besprochen."
        ),
        [
            (
                "indirect",
                "das Gespräch sei freundlich verlaufen",
                "sagte",
                "Der Vatikansprecher",
                None,
            ),
            (
                "continuation",
                "Der Papst hätte mit dem Theologen keine Glaubensfragen besprochen.",
                None,
                "Der Vatikansprecher",
                None,
            ),
        ],
    ),
    # a wish
    (
        (
            "Der Forscher sagte, die Ergebnisse seien eindeutig. Er hätte gerne mehr Fachleute "
            "eingeladen."
        ),
        [("indirect", "die Ergebnisse seien eindeutig", "sagte", "Der Forscher", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FUTURES, ids=[str(i) for i in range(len(FUTURES))])
def test_konjunktiv_future_goes_on(nlp, text, expected):
    assert _rows(nlp(text)) == expected


RELATIVE_HEADS = [
    (
        (
            "Der Sprecher betonte, dass die Menschen, die in Österreich Asyl beantragen, korrekt "
            "behandelt würden. Bei allen anderen werde eine Rückführung veranlasst."
        ),
        [
            (
                "continuation",
                "Bei allen anderen werde eine Rückführung veranlasst.",
                None,
                "Der Sprecher",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RELATIVE_HEADS, ids=[str(i) for i in range(len(RELATIVE_HEADS))]
)
def test_statement_goes_on_over_relative_clause(nlp, text, expected):
    # the continuation row (the frames before are other steps')
    assert [r for r in _rows(nlp(text)) if r[0] == "continuation"] == expected


OWN_SUBJECTS = [
    (
        (
            "Unter diesen Bedingungen halten die Befehlshaber der Armee einen raschen Abzug für "
            "unwahrscheinlich, da die örtliche Polizei ihren Aufgaben nicht gewachsen sei."
        ),
        ["die Befehlshaber der Armee"],
    ),
    ("Ich halte die Reform für falsch, weil sie zu teuer sei.", [None]),
    ("Die Preise steigen weiter, weil die Nachfrage hoch sei.", [None]),
]


@pytest.mark.parametrize(
    ("text", "expected"), OWN_SUBJECTS, ids=[str(i) for i in range(len(OWN_SUBJECTS))]
)
def test_person_noun_subject_frames_its_clause(nlp, text, expected):
    assert [r[3] for r in _rows(nlp(text))] == expected


FUTURES_ACROSS = [
    (
        (
            "Der Konsumentenschützer sagte, die Regeln seien zu schwach. Ihm ist das nicht genug. "
            "Er würde manche Arten von Werbung generell verbieten."
        ),
        [
            ("indirect", "die Regeln seien zu schwach", "sagte", "Der Konsumentenschützer", None),
            (
                "continuation",
                "Er würde manche Arten von Werbung generell verbieten.",
                None,
                "Der Konsumentenschützer",
                None,
            ),
        ],
    ),
    (
        (
            "Der Minister sagte, die Reform komme. Der Bürgermeister war am Montag in Wien. Er "
            "würde gerne länger bleiben."
        ),
        [("indirect", "die Reform komme", "sagte", "Der Minister", None)],
    ),
    (
        (
            "Der Minister sagte, die Reform komme. Danach begann die Sitzung. Die Opposition würde "
            "das Gesetz gerne stoppen."
        ),
        [("indirect", "die Reform komme", "sagte", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), FUTURES_ACROSS, ids=[str(i) for i in range(len(FUTURES_ACROSS))]
)
def test_konjunktiv_future_across_one_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected
