"""Spans of round 23 (issue 10, "Spans"): the derStandard hand checks' general classes.

- a sentence of the writer telling of a reaction before a colon, with a speech-act noun or
  a stance adjective ("Lob kam auch von den Umweltverbänden:", "Scharfe Kritik übten die
  Grünen an …:", "Auch hier gibt sich das Ministerium gelassen:"), and the words after the
  colon framed after them ("…, sagte X", "…, so X"): what is said starts after the colon;
  a speaker's own first-person lead ("Ich bin zuversichtlich: …, sagte er") and a
  Konjunktiv lead (reported words themselves) stay in the quote;
- a question before a frame ("Auf die Frage, ob der Zeitplan hält, meinte der Sprecher: Wir
  hoffen, dass …", "Zur Frage, ob …, sagte X, dies sei …"): the question is what was asked,
  the answer after the frame is what is said, the whole of it from the colon; a fronted topic
  phrase of a clause of its own ("Auf die Frage nach dem Zeitplan gibt es keine Antwort,
  sagte X") and "Zu fragen sei, ob …" (the verb: said) stay;
- an unmarked quote of two sentences framed after the second, which opens with "Und" or
  "Aber" ("Ich habe ihm meine Brille angeboten. Aber auch das hat er nicht gesehen, sagte
  X"): the first-person sentence before is its first half; a sentence of the writer's in
  the third person ("Huber hatte … angeboten.") stays out.

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

REACTION_LEADS = [
    (
        (
            "Die Regierung hat am Montag einen neuen Klimaplan vorgelegt. Lob kam auch von den "
            "Umweltverbänden: Wenn das umgesetzt wird, sinken die Emissionen deutlich, erklärte "
            "die Sprecherin des WWF."
        ),
        [
            (
                "Wenn das umgesetzt wird, sinken die Emissionen deutlich",
                "die Sprecherin des WWF",
            )
        ],
    ),
    (
        (
            "Die Slowakei prüft einen zweiten Standort. Auch in dieser Frage gibt sich das "
            "Finanzministerium gelassen: Wir haben keine Vorlieben und warten ab, so ein Sprecher."
        ),
        [("Wir haben keine Vorlieben und warten ab", "ein Sprecher")],
    ),
    (
        (
            "Die Novelle wurde am Mittwoch im Ausschuss beraten. Die Grünen üben Kritik an dem "
            "Entwurf: Das Gesetz ist ein Rückschritt für alle Mieter, so Wohnbausprecherin "
            "Anna Berger."
        ),
        [("Das Gesetz ist ein Rückschritt für alle Mieter", "Wohnbausprecherin Anna Berger")],
    ),
    # the speaker's own first-person lead is said: it stays
    (
        (
            "Der Minister sprach vor Journalisten. Ich bin zuversichtlich: Wir werden die Ziele "
            "erreichen, sagte der Minister."
        ),
        [("Ich bin zuversichtlich: Wir werden die Ziele erreichen", "der Minister")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), REACTION_LEADS, ids=[str(i) for i in range(len(REACTION_LEADS))]
)
def test_reaction_lead_before_colon(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


QUESTIONS = [
    (
        (
            "Die Gemeinde plant einen Neubau der Schule. Auf die Frage, ob der Zeitplan bis Ende "
            "August eingehalten werden kann, meinte der Sprecher: Wir hoffen, dass das so rasch "
            "wie möglich passiert."
        ),
        [("Wir hoffen, dass das so rasch wie möglich passiert", "der Sprecher")],
    ),
    (
        (
            "Der Konzern legte am Dienstag seine Zahlen vor. Auf die Frage, wann das neue Werk "
            "öffnen werde, sagte Vorstandschef Peter Lang, dass er noch kein Datum nennen könne."
        ),
        [("dass er noch kein Datum nennen könne", "Vorstandschef Peter Lang")],
    ),
    (
        (
            "Zur Frage, ob Bulgarien Hilfe anfordern könnte, sagte Innenminister Petar Iliew, "
            "dies sei gegenwärtig nicht der Fall."
        ),
        [("dies sei gegenwärtig nicht der Fall", "Innenminister Petar Iliew")],
    ),
    # a clause of its own after the topic phrase: said
    (
        "Auf die Frage nach dem Zeitplan gibt es noch keine Antwort, sagte ein Sprecher.",
        [("Auf die Frage nach dem Zeitplan gibt es noch keine Antwort", "ein Sprecher")],
    ),
    # the verb "fragen": said
    (
        (
            "Die Jäger investieren viel Geld in die Aufzucht. Zu fragen sei, ob diese Form der "
            "Jagd heute noch zeitgemäß ist, gibt der Ethiker Rudolf Winkler zu bedenken."
        ),
        [
            (
                "Zu fragen sei, ob diese Form der Jagd heute noch zeitgemäß ist",
                "der Ethiker Rudolf Winkler",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUESTIONS, ids=[str(i) for i in range(len(QUESTIONS))]
)
def test_question_before_frame(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


PAIRED = [
    (
        (
            "Der Trainer ärgerte sich über die Niederlage. Ich habe dem Linienrichter meine Brille "
            "angeboten. Aber auch das hat er nicht gesehen, sagte Trainer Franz Huber."
        ),
        [
            (
                (
                    "Ich habe dem Linienrichter meine Brille angeboten. Aber auch das hat er "
                    "nicht gesehen"
                ),
                "Trainer Franz Huber",
            )
        ],
    ),
    (
        (
            "Die Verhandlungen laufen. Wir wissen nicht, wann sie enden. Und das ist auch gut so, "
            "sagte die Ministerin."
        ),
        [("Wir wissen nicht, wann sie enden. Und das ist auch gut so", "die Ministerin")],
    ),
    # the writer's sentence in the third person stays out
    (
        (
            "Der Trainer ärgerte sich über die Niederlage. Huber hatte dem Linienrichter seine "
            "Brille angeboten. Aber auch das hat er nicht gesehen, sagte Huber."
        ),
        [("Aber auch das hat er nicht gesehen", "Huber")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED, ids=[str(i) for i in range(len(PAIRED))])
def test_paired_sentences(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
