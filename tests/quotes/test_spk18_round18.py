"""Speaker mentions of round 18 (issue 10, speaker accuracy of indirect speech):

- a dative addressee the parse glued to the subject after a speech verb that takes one
  ("Des Weiteren wirft die OSZE der Wahlkommission vor" -> "die OSZE"; "empfahl die WHO der
  Bevölkerung"); an article that is never genitive after the noun ("teilte die Polizei den
  Medien mit", "argumentieren die Anwälte dem Bericht zufolge"); a genitive stays after a
  role noun ("Ein Sprecher der Polizei warf vor"), beside another dative ("Die Gewerkschaft
  der Polizei wirft der Regierung vor") and before a name ("Sein Kollege den Haan");
- a clause the parse glued to the subject of a coordinated clause ("Dies war nicht die
  erste Auseinandersetzung … und die Anwohner befürchten, dass …" -> "die Anwohner");
- an "als" predicate is no speaker: the subject after the finite verb ("Als scheidende
  Premierministerin habe sie …" -> "sie", "Als Grund nannte die Behörde …"); a clause of
  time keeps its subject ("…, als er Fans kritisierte, dass …");
- a surname with a particle that opens the sentence before the finite verb ("Von der Leyen
  sagte", "Von der Leyen hatte Fehler eingeräumt und angegeben, …"), which the parse reads
  as a prepositional phrase; not a body ("Von der Regierung hieß es"), not before a cue of
  another clause ("…, nachdem bekannt geworden war, dass …"), not beside a subject that names
  someone ("Zu Ostern sagte der Papst").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

ADDRESSEES = [
    (
        "Des Weiteren wirft die OSZE der Wahlkommission vor, Beschwerden ignoriert zu haben.",
        [("die OSZE", "OSZE")],
    ),
    (
        "Am Dienstag warf die UNO der Armee vor, Zivilisten getötet zu haben.",
        [("die UNO", "Vereinte Nationen")],
    ),
    (
        "Am Freitag empfahl die WHO der Bevölkerung, Masken zu tragen.",
        [("die WHO", "Weltgesundheitsorganisation")],
    ),
    (
        "Am Freitag teilte die Polizei den Medien mit, dass der Täter gefasst sei.",
        [("die Polizei", "Polizei")],
    ),
    (
        "Das sei angemessen, argumentieren die Anwälte dem Bericht zufolge in der Klageschrift.",
        [("die Anwälte", None)],
    ),
    # a genitive stays: after a role noun, beside another dative, before a name
    (
        "Ein Sprecher der Polizei warf vor, die Demonstranten hätten Steine geworfen.",
        [("Ein Sprecher der Polizei", "Polizei")],
    ),
    (
        "Die Gewerkschaft der Polizei wirft der Regierung vor, zu wenig Personal einzustellen.",
        [("Die Gewerkschaft der Polizei", "Gewerkschaft der Polizei")],
    ),
    ("Sein Kollege den Haan ergänzt: Wir erzeugen eine Karte.", [("Sein Kollege den Haan", None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), ADDRESSEES, ids=[str(i) for i in range(len(ADDRESSEES))]
)
def test_dative_addressee_is_cut(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


CLAUSES = [
    (
        (
            "Dies war nicht die erste Auseinandersetzung um die Blockaden und die Anwohner "
            "befürchten, dass es auch nicht die letzte sein wird."
        ),
        [("die Anwohner", None)],
    ),
    (
        "Das Wetter war schlecht und die Bauern befürchten, dass die Ernte ausfällt.",
        [("die Bauern", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES, ids=[str(i) for i in range(len(CLAUSES))])
def test_clause_before_coordinator_is_cut(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


PREDICATES = [
    (
        (
            "Theresa May forderte Corbyn auf, über einen Rücktritt nachzudenken. Als scheidende "
            "Premierministerin habe sie ihren Abschied akzeptiert und frage Corbyn, ob nicht "
            "auch für ihn der Zeitpunkt gekommen sei."
        ),
        [("Theresa May", "Theresa May"), ("sie", "Theresa May")],
    ),
    ("Als Grund nannte die Behörde einen Personalengpass.", [("die Behörde", "Behörde")]),
    # a clause of time: its subject speaks
    (
        (
            "Er kommentierte seinen Ausfall, als er Fans dafür kritisierte, dass sie das Team "
            "ausgebuht hatten."
        ),
        [("er", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PREDICATES, ids=[str(i) for i in range(len(PREDICATES))]
)
def test_als_predicate_is_no_speaker(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


PARTICLE_NAMES = [
    (
        (
            "Ursula von der Leyen ist seit 2019 Präsidentin der Kommission. Von der Leyen sagte "
            "am Montag, die Hilfen kämen rasch."
        ),
        [("Von der Leyen", "Ursula von der Leyen")],
    ),
    (
        (
            "Ursula von der Leyen steht in der Kritik. Von der Leyen hatte zwar Fehler "
            "eingeräumt und angegeben, sie habe nicht bewusst getäuscht."
        ),
        [("Von der Leyen", "Ursula von der Leyen")],
    ),
    # no name, a subject that names someone, a cue of another clause: unchanged
    ("Von der Regierung hieß es, die Reform komme bald.", [("der Regierung", "Regierung")]),
    ("Zu Ostern sagte der Papst, der Krieg müsse enden.", [("der Papst", None)]),
    (
        (
            "Von der Leyen war zurückgetreten, nachdem bekannt geworden war, dass Teile der "
            "Arbeit abgeschrieben waren."
        ),
        [(None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PARTICLE_NAMES, ids=[str(i) for i in range(len(PARTICLE_NAMES))]
)
def test_particle_name_opens_sentence(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
