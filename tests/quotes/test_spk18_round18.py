"""Speaker mentions of round 18 (issue 10, speaker accuracy of indirect speech):

- a dative addressee the parse glued to the subject after a speech verb that takes one
  ("Des Weiteren wirft die OSZE der Wahlkommission vor" -> "die OSZE"; "empfahl die WHO der
  Bevölkerung"); an article that is never genitive after the noun ("teilte die Polizei den
  Medien mit", "argumentieren die Anwälte dem Bericht zufolge"); a genitive stays after a
  role noun ("Ein Sprecher der Polizei warf vor"), beside another dative ("Die Gewerkschaft
  der Polizei wirft der Regierung vor") and before a name ("Sein Kollege den Haan");
- a dative article the parse left out of the object before the speech verb: the mention is
  the addressee, no speaker ("Stimmen, die dem früheren Kardinal X vorwerfen"), also
  inside the subject after the verb ("warf die Opposition dem früheren Minister X vor");
- a claim noun with a genitive or "von" attribute right before what is said: the attribute
  speaks, not the subject that reacts to the claim ("wies die Forderung des Ministers X
  zurück, die Steuern zu senken"); without one the subject stays ("weist den Vorwurf
  zurück, …", "äußerte die Hoffnung, dass …"), and so do the words of a frame with the
  noun in a prepositional phrase ("In einem Bericht der Zeitung wurde vermutet, dass …",
  "sagte zu dem Bericht des Ministeriums, …"); the Konjunktiv after it goes on with the
  frame's subject ("Merkel wies die Forderung Söders zurück, … . An diesem Grundrecht werde
  nicht gerüttelt.");
- a pronoun after a negated person noun outside what is said ("Kein Politiker war
  anwesend. Die Stadt habe alles getan, betonte er."): the negated noun introduces no one,
  "er" is the person named before;
- two who speak coordinated in one mention ("Müller und Schmidt", "Die Opposition und
  der Westen"): no one name; one person described twice keeps it ("Der Minister und frühere
  Arzt Karl Huber");
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
    # a dative before a name in the subject, a dative the parse left out of the object
    (
        "Am Montag warf die Opposition dem früheren Minister Karl Huber vor, gelogen zu haben.",
        [("die Opposition", "Opposition")],
    ),
    (
        (
            "Es gibt jedoch auch Stimmen, die dem früheren Kardinal Bergoglio vorwerfen, in der "
            "Diktatur geschwiegen zu haben."
        ),
        [(None, None)],
    ),
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


CLAIMS = [
    (
        "Die Partei wies die Forderung des Ministers Karl Huber zurück, die Steuern zu senken.",
        [("des Ministers Karl Huber", "Karl Huber")],
    ),
    (
        (
            "Mit Befremden reagierte die Schwesterpartei am Mittwoch auf die Forderung des "
            "CSU-Vorsitzenden Edmund Stoiber, in der Gesundheitspolitik auf die SPD zuzugehen."
        ),
        [("des CSU-Vorsitzenden Edmund Stoiber", "Edmund Stoiber")],
    ),
    # what follows in the Konjunktiv goes on with the frame's subject
    (
        (
            "Merkel wies die Forderung des Finanzministers Markus Söder zurück, das Asylrecht "
            "einzuschränken. An diesem Grundrecht werde nicht gerüttelt."
        ),
        [("des Finanzministers Markus Söder", "Markus Söder"), ("Merkel", "Angela Merkel")],
    ),
    # no attribute: the subject stays
    (
        "Der Bürgermeister weist den Vorwurf zurück, die Stadt habe zu spät gehandelt.",
        [("Der Bürgermeister", None)],
    ),
    (
        "Die Ministerin äußerte die Hoffnung, dass die Gespräche bald beginnen.",
        [("Die Ministerin", None)],
    ),
    # another prepositional phrase: the frame's own source or words
    (
        (
            "Der Senator sagte in einer Stellungnahme zu dem internen Bericht des "
            "Außenministeriums, es habe einen Plan gegeben."
        ),
        [("Der Senator", None)],
    ),
    (
        "In einem Bericht der Salzburger Nachrichten wurde vermutet, dass niemand überlebt hat.",
        [("einem Bericht der Salzburger Nachrichten", "Salzburger Nachrichten")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS, ids=[str(i) for i in range(len(CLAIMS))])
def test_claim_noun_attribute_speaks(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


NEGATED = [
    (
        (
            "Der Bürgermeister Hans Gruber kam am Montag. Kein Politiker war anwesend. Die Stadt "
            "habe alles getan, betonte er."
        ),
        [("er", "Hans Gruber")],
    ),
]


@pytest.mark.parametrize("text, expected", NEGATED, ids=[str(i) for i in range(len(NEGATED))])
def test_negated_noun_is_no_antecedent(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


SEVERAL = [
    (
        "Karl Müller und Eva Schmidt erklärten, dass die Koalition scheitern werde.",
        [("Karl Müller und Eva Schmidt", None)],
    ),
    (
        "Die syrische Opposition und der Westen werfen der Armee vor, Giftgas eingesetzt zu haben.",
        [("Die syrische Opposition und der Westen", None)],
    ),
    # one person described twice, a coordination inside a name: the name stays
    (
        "Der Minister und frühere Arzt Karl Huber erklärte, die Reform komme.",
        [("Der Minister und frühere Arzt Karl Huber", "Karl Huber")],
    ),
]


@pytest.mark.parametrize("text, expected", SEVERAL, ids=[str(i) for i in range(len(SEVERAL))])
def test_several_speakers_have_no_one_name(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
