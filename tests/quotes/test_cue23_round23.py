"""Cue frames of round 23 (issue 10, "Cues"): words that look like a statement's frame but
are the writer's narration.

- a verb of pointing (``thing_pointing_lemmas``: verweisen, hinweisen) whose subject is a
  sign, a find or a figure (``sign_noun_endings``: "Der Titel Partisan verweist auf …",
  "Ein Fossilfund verweist auf …", "Alle Spuren weisen darauf hin, dass …"): what a thing
  points to, no one speaks; people, bodies, companies and texts still report ("Die
  Ministerin verwies auf …", "Das Unternehmen verweist auf …", "Der Bericht verweist auf
  …", "Die Armutskonferenz verweist auf …: …"), and so does an inverted subject the parse
  takes for an object ("Des Weiteren verwies Steinbrück darauf, dass …");
- a verb that frames only a question (``question_only_lemmas``: anfragen) frames an "ob"
  or question-word clause ("hat angefragt, ob …", "angefragt, wann …"), not a colon or a
  "dass" clause ("Barcelona hat schon angefragt: Der Stürmer ist ein gefragter Mann."),
  and an ask without a question leaves no speaker for the Konjunktiv sentences after it
  (the answer is not the asker's);
- a verb of ranking (``ranking_lemmas``: verweisen) with a noun of a rank or a place after
  its preposition (``rank_noun_endings``: "verwies Hamilton auf den zweiten Platz", "auf
  Rang zwei", "den Trainer auf die Tribüne"): a ranking or a sending off, no speech act;
  "verwies auf die hohen Kosten" stays;
- the object of a speech verb's own preposition is what the act is about, never its
  speaker, for every verb with a preposition ("Zuvor war in Medien von dieser Entscheidung
  berichtet worden", "Von einem Hitzetag wird gesprochen, wenn …"); "Die Polizei berichtete
  von mehreren Verletzten" stays.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

POINTING = [
    ("Der Titel Partisan verweist auf die Geschichte der Band.", []),
    ("Ein Fossilfund verweist auf die Ursprünge dieser Praxis.", []),
    ("Auch die Zahlen verweisen auf einen Rückgang der Arbeitslosigkeit.", []),
    (
        "Alle Spuren weisen darauf hin, dass das Feuer im Keller ausgebrochen ist.",
        [],
    ),
    # people, bodies, companies and texts point to something and speak
    (
        "Die Ministerin verwies auf die hohen Kosten der Reform.",
        [
            (
                "reported",
                "Die Ministerin verwies auf die hohen Kosten der Reform.",
                "verwies",
                "Die Ministerin",
                None,
            )
        ],
    ),
    (
        "Das Unternehmen verweist auf eine Bezahlung über dem Branchenschnitt.",
        [
            (
                "reported",
                "Das Unternehmen verweist auf eine Bezahlung über dem Branchenschnitt.",
                "verweist",
                "Das Unternehmen",
                None,
            )
        ],
    ),
    (
        "Der Bericht verweist auf programmatische Aussagen der Partei.",
        [
            (
                "reported",
                "Der Bericht verweist auf programmatische Aussagen der Partei.",
                "verweist",
                "Der Bericht",
                None,
            )
        ],
    ),
    # an inverted subject the parse may take for an object: the name speaks
    (
        "Des Weiteren verwies Steinbrück darauf, dass der Haushalt verfassungskonform sei.",
        [
            (
                "indirect",
                "dass der Haushalt verfassungskonform sei",
                "verwies",
                "Steinbrück",
                "Peer Steinbrück",
            )
        ],
    ),
    (
        "Des Weiteren erinnerte Steinbrück daran, dass der Haushalt verfassungskonform sei.",
        [
            (
                "indirect",
                "dass der Haushalt verfassungskonform sei",
                "erinnerte",
                "Steinbrück",
                "Peer Steinbrück",
            )
        ],
    ),
    ("Der Name erinnert daran, dass die Stadt früher eine Festung war.", []),
    (
        (
            "Ein Sprecher der Polizei wies darauf hin, dass der Täter das Haus durch den "
            "Keller betreten hat."
        ),
        [
            (
                "indirect",
                "dass der Täter das Haus durch den Keller betreten hat",
                "wies … hin",
                "Ein Sprecher der Polizei",
                "Polizei",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTING, ids=[str(i) for i in range(len(POINTING))])
def test_sign_points_to_something(nlp, text, expected):
    assert _rows(nlp(text)) == expected


QUESTIONS = [
    (
        "Die Zeitung hat bei der Polizei angefragt, ob der Verdächtige wieder frei ist.",
        [
            (
                "indirect",
                "ob der Verdächtige wieder frei ist",
                "angefragt",
                "Die Zeitung",
                None,
            )
        ],
    ),
    (
        "Die Redaktion hat beim Ministerium angefragt, wann die Daten veröffentlicht werden.",
        [
            (
                "indirect",
                "wann die Daten veröffentlicht werden",
                "angefragt",
                "Die Redaktion",
                None,
            )
        ],
    ),
    # told after a colon or in a "dass" clause: no question, no quote
    (
        (
            "Der FC Barcelona hat bei dem Verein schon angefragt: Der junge Stürmer ist seit "
            "Monaten ein gefragter Mann."
        ),
        [],
    ),
    ("Der Verlag hat angefragt, dass die Frist verlängert wird.", []),
    # the ask leaves no speaker for the guess after it
    (
        (
            "Der FC Barcelona hat angeblich schon angefragt, Juventus Turin natürlich auch: "
            "Der junge Stürmer ist seit Monaten ein gefragter Mann. Spätestens seit Mittwoch "
            "dürfte der Kreis der Interessenten noch einmal größer geworden sein."
        ),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUESTIONS, ids=[str(i) for i in range(len(QUESTIONS))]
)
def test_asking_frames_only_questions(nlp, text, expected):
    assert _rows(nlp(text)) == expected


RANKS = [
    ("Vettel verwies Hamilton im Training auf den zweiten Platz.", []),
    ("Im Sprint verwies die Norwegerin die Deutsche auf Rang zwei.", []),
    ("Der Schiedsrichter verwies den Trainer auf die Tribüne.", []),
    (
        "Die Ministerin verwies auf die hohen Kosten der Reform.",
        [
            (
                "reported",
                "Die Ministerin verwies auf die hohen Kosten der Reform.",
                "verwies",
                "Die Ministerin",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANKS, ids=[str(i) for i in range(len(RANKS))])
def test_ranking_is_no_speech_act(nlp, text, expected):
    assert _rows(nlp(text)) == expected


TOPICS = [
    ("Zuvor war bereits in mehreren Zeitungen von dieser Entscheidung berichtet worden.", []),
    ("Von einem Hitzetag wird gesprochen, wenn die Temperatur 30 Grad übersteigt.", []),
    (
        "Die Polizei berichtete von mehreren Verletzten.",
        [
            (
                "reported",
                "Die Polizei berichtete von mehreren Verletzten.",
                "berichtete",
                "Die Polizei",
                "Polizei",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS, ids=[str(i) for i in range(len(TOPICS))])
def test_topic_is_no_speaker(nlp, text, expected):
    assert _rows(nlp(text)) == expected
