"""Konjunktiv that is no reported speech, thirteenth round (issue 10), on news-style texts
written for these tests.

- a word the tagger calls a subjunctive verb but that modifies a noun ("potentielle
  Anwendungen", "siehe Quelle") is no Konjunktiv: the sentence is no continuation;
- a listed Konjunktiv I form in ``-e`` with the subject "ich" is indicative ("halte ich"):
  the author's or interviewee's own sentence is no continuation; with "sie" it is
  ("Sie halte das für richtig" goes on with the speaker before);
- Konjunktiv I forms of verbs whose stem ends in ``-t`` look like a past tense in ``-te``
  and are listed ("Die Kritik richte sich …", "Das bedeute …");
- a continuation whose main verb is indicative and whose Konjunktiv stands in a clause a
  conjunction or relative pronoun opens is that clause ("…, da das Pokalspiel schon am
  Mittwoch stattfinde"), not the whole sentence; so is a reported speech act's
  ("berichtet von einem Leck am Tank, das den Ausfall verursacht habe"); with no such
  clause the speech act is the whole sentence ("forderte den Rücktritt des Ministers");
- indirect content ends before a coordinated main clause with a subject of its own and an
  indicative verb ("…, sein Mandant sei unschuldig *und die Staatsanwaltschaft legte
  Berufung ein*"), not before one in the Konjunktiv ("und die Ärzte wüssten …") nor before
  more content ("und dass es keine Kontrollen gebe").

Rows: ``(kind, text, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.speaker_name) for q in doc.spans["quotes"]]


CONTINUED = [
    # a Konjunktiv I sentence after an indirect quote goes on with its speaker
    (
        (
            "Der Innenminister Peter Lang erklärte, die Grenze bleibe offen. Es gebe keinen Grund"
            " zur Sorge."
        ),
        [
            ("indirect", "die Grenze bleibe offen", "Peter Lang"),
            ("continuation", "Es gebe keinen Grund zur Sorge.", "Peter Lang"),
        ],
    ),
    # "halte" with a third-person subject is Konjunktiv I
    (
        "Die Ministerin Eva Brandt sagte, die Reform komme im Mai. Sie halte das für richtig.",
        [
            ("indirect", "die Reform komme im Mai", "Eva Brandt"),
            ("continuation", "Sie halte das für richtig.", "Eva Brandt"),
        ],
    ),
]

T_STEMS = [
    (
        (
            "Die Ökonomin Sabine Lenz sagte, die Mieten seien zu hoch. Das bedeute für viele Familien"
            " eine große Belastung."
        ),
        [
            ("indirect", "die Mieten seien zu hoch", "Sabine Lenz"),
            ("continuation", "Das bedeute für viele Familien eine große Belastung.", "Sabine Lenz"),
        ],
    ),
    (
        (
            "Der Polizeisprecher Jan Vogt sagte, die Lage sei ruhig. Die Kritik richte sich vor allem"
            " gegen die Stadtverwaltung."
        ),
        [
            ("indirect", "die Lage sei ruhig", "Jan Vogt"),
            (
                "continuation",
                "Die Kritik richte sich vor allem gegen die Stadtverwaltung.",
                "Jan Vogt",
            ),
        ],
    ),
]

SUBORDINATE = [
    # "da …": the reason is what the speaker said, the training is the author's
    (
        (
            "Der Trainer Max Bauer sagte, das Team sei müde. Trotzdem wurde am Abend trainiert,"
            " da das Pokalspiel schon am Mittwoch stattfinde."
        ),
        [
            ("indirect", "das Team sei müde", "Max Bauer"),
            ("continuation", "da das Pokalspiel schon am Mittwoch stattfinde", "Max Bauer"),
        ],
    ),
    # "weil …" after a sentence that names no one by name
    (
        (
            "Die Stadt stellte am Montag ihren Haushalt vor. Im Etat fehlen rund zwei Millionen"
            " Euro, weil das Land weniger Geld überwiesen habe."
        ),
        [("continuation", "weil das Land weniger Geld überwiesen habe", None)],
    ),
]

SPEECH_ACTS = [
    (
        (
            "Die Frankfurter Rundschau berichtet von einem Leck am Tank, das den Ausfall der"
            " Anlage verursacht habe."
        ),
        [("indirect", "das den Ausfall der Anlage verursacht habe", "Frankfurter Rundschau")],
    ),
    (
        "Die Grünen-Chefin Lisa Paus forderte den Rücktritt des Ministers.",
        [
            (
                "reported",
                "Die Grünen-Chefin Lisa Paus forderte den Rücktritt des Ministers.",
                "Lisa Paus",
            )
        ],
    ),
]

COORDINATED = [
    (
        (
            "Der Verteidiger Karl Huber betonte, sein Mandant sei unschuldig und die"
            " Staatsanwaltschaft legte Berufung ein."
        ),
        [("indirect", "sein Mandant sei unschuldig", "Karl Huber")],
    ),
    (
        (
            "Fritz Tack, Agrarexperte der Linksfraktion, kritisierte, die Kommission habe sich"
            " den Interessen der Industrie untergeordnet, doch die Regierung in Berlin wies das"
            " zurück."
        ),
        [
            (
                "indirect",
                "die Kommission habe sich den Interessen der Industrie untergeordnet",
                "Fritz Tack",
            )
        ],
    ),
    (
        (
            "Die Ärztin Maria Roth sagte, die Klinik sei überlastet und die Ärzte wüssten nicht mehr"
            " weiter."
        ),
        [
            (
                "indirect",
                "die Klinik sei überlastet und die Ärzte wüssten nicht mehr weiter",
                "Maria Roth",
            )
        ],
    ),
    (
        (
            "Die Sprecherin Jana Fuchs kritisierte, dass das Verbot nicht eingehalten werde und dass"
            " es keine Kontrollen gebe."
        ),
        [
            (
                "indirect",
                "dass das Verbot nicht eingehalten werde und dass es keine Kontrollen gebe",
                "Jana Fuchs",
            )
        ],
    ),
]

NOTHING = [
    # an interview quoted without marks: "ich habe" with an auxiliary is indicative
    (
        "Die Designerin lebt seit 2010 in Berlin. Ich habe so viele Sachen gelernt, indem ich sie"
        " einfach ausprobiert habe."
    ),
    (
        "Der Regisseur drehte zuletzt in Wien. Ich habe dort viele Leute getroffen, die das beruflich"
        " machen."
    ),
    "Die Künstlerin stellt ab Mai in Graz aus. Ich habe nicht so viel Erfahrung mit diesen Dingen.",
    # the noun "Berichte" is no Konjunktiv form
    "Die Berichte über den Unfall erschienen am Montag.",
    # "halte ich": first person, indicative
    (
        "Der Grünen-Politiker Jonas Weber gab der Zeitung ein Interview. Für falsch halte ich die"
        " geplante Reform der Renten."
    ),
    # an adjective before its noun, tagged as a subjunctive verb
    (
        "Der Wetterdienst veröffentlichte am Montag seine Prognose. Zudem testet das Institut"
        " potentielle neue Messgeräte an der Küste."
    ),
    # "siehe Quelle": a reference, no verb of the sentence
    (
        "Der Sender zeigte am Abend das Konzert. Die Videos sind im Archiv des Senders zu sehen"
        " (siehe Quelle)."
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED)
def test_konjunktiv_goes_on(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_no_konjunktiv_yields_nothing(ud_nlp, text):
    assert _rows(ud_nlp(text)) == []


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE)
def test_konjunktiv_clause_of_an_indicative_sentence(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), SPEECH_ACTS)
def test_reported_speech_act_and_its_clause(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_content_ends_before_a_coordinated_main_clause(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), T_STEMS)
def test_konjunktiv_of_t_stems(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected
