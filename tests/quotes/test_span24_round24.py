"""Spans of round 24 (issue 10, direct quotes and spans): general classes of German news text.

- quotation marks of every style German news uses hold a direct quote with its frame's
  speaker: „…“, “…”, "…", »…«, «…», ›…‹, '…', mismatched closers („…”, „…"), nested ‚…‘ /
  '…' / ›…‹ marks, a frame between two halves („…“, sagte X, „…“), a quote ending in "?",
  "!" or "…" before its frame, a one-word quote, a quote after a colon, typographic
  apostrophes inside a quote ("haben’s"), a quote whose closing mark is missing at the end
  of its paragraph;
- an unmarked quote of two sentences framed after the second ("Klar ist, dass … . Aber wir
  kümmern uns …, sagte der Sprecher."): when the framed sentence opens with "Und"/"Aber" and
  speaks in the first or second person, the sentence before is its first half if it is in
  the present tense and reads as no told-of fact (no "er"/"sie", no role noun, no named
  entity, no number); the writer's narration in the past, or a sentence naming an entity,
  stays out;
- a chat with readers: a person's label right after the colon of a reader's question, two
  times or more ("…: Stefan Brändle: Sie haben recht, …"), heads an answer that runs to the
  next question, not only its first sentence; a single name after a colon stays no label.

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

FRAME = ", sagte der Finanzminister Peter Huber am Montag in Berlin."
SPEAKER = "der Finanzminister Peter Huber"

MARKS = [
    ("„", "“"),
    ("“", "”"),
    ('"', '"'),
    ("»", "«"),
    ("«", "»"),
    ("›", "‹"),
    ("'", "'"),
    ("„", "”"),
    ("„", '"'),
]


@pytest.mark.parametrize(("open_", "close"), MARKS, ids=[str(i) for i in range(len(MARKS))])
def test_mark_styles(nlp, open_, close):
    quote = f"{open_}Wir werden die Steuern senken{close}"
    assert quote_part_rows(nlp(quote + FRAME)) == [(quote, SPEAKER)]


MARK_CASES = [
    # nested marks of every kind stay inside the outer quote
    (
        "„Das Gesetz nennt das ‚Reform‘, wir nennen es Abbau“, sagte die Gewerkschafterin Anna Berger.",
        [
            (
                "„Das Gesetz nennt das ‚Reform‘, wir nennen es Abbau“",
                "die Gewerkschafterin Anna Berger",
            )
        ],
    ),
    (
        "„Das Gesetz nennt das 'Reform', wir nennen es Abbau“, sagte die Gewerkschafterin Anna Berger.",
        [
            (
                "„Das Gesetz nennt das 'Reform', wir nennen es Abbau“",
                "die Gewerkschafterin Anna Berger",
            )
        ],
    ),
    (
        "»Das nennt man ›Reform‹, aber es ist Abbau«, sagte die Gewerkschafterin Anna Berger.",
        [("»Das nennt man ›Reform‹, aber es ist Abbau«", "die Gewerkschafterin Anna Berger")],
    ),
    # a frame between two halves
    (
        "„Wir haben gewonnen“, sagte der Trainer Franz Maier, „aber wir müssen uns steigern.“",
        [("„Wir haben gewonnen“ || „aber wir müssen uns steigern.“", "der Trainer Franz Maier")],
    ),
    (
        "„Wir“, sagte der Trainer Franz Maier, „haben heute verdient gewonnen.“",
        [("„Wir“ || „haben heute verdient gewonnen.“", "der Trainer Franz Maier")],
    ),
    # question, exclamation, ellipsis before the frame, with and without a comma
    (
        "„Wer soll das bezahlen?“, fragte die Abgeordnete Eva Roth im Landtag.",
        [("„Wer soll das bezahlen?“", "die Abgeordnete Eva Roth")],
    ),
    (
        "„Das ist ein Skandal!“ rief der Bürgermeister Karl Wendt.",
        [("„Das ist ein Skandal!“", "der Bürgermeister Karl Wendt")],
    ),
    (
        "„Wir warten ab …“, sagte der Sprecher der Polizei.",
        [("„Wir warten ab …“", "der Sprecher der Polizei")],
    ),
    # one word; after a colon
    ("„Nein“, sagte der Minister Otto Brandl.", [("„Nein“", "der Minister Otto Brandl")]),
    ("Der Minister Otto Brandl sagte: „Nein.“", [("„Nein.“", "Der Minister Otto Brandl")]),
    # typographic and straight apostrophes inside the quote
    (
        "„Wir haben’s geschafft“, sagte die Kapitänin Lena Vogt nach dem Spiel.",
        [("„Wir haben’s geschafft“", "die Kapitänin Lena Vogt")],
    ),
    (
        "'Das war's', sagte der Trainer Franz Maier nach dem Spiel.",
        [("'Das war's'", "der Trainer Franz Maier")],
    ),
    # the closing mark is missing at the end of the paragraph
    (
        "Der Kanzler Max Roth sagte: „Wir werden die Steuern senken.\n\nDie Opposition ist dagegen.",
        [("„Wir werden die Steuern senken.", "Der Kanzler Max Roth")],
    ),
    # a second quoted sentence after the frame goes on with the same speaker
    (
        "„Die Lage ist ernst“, warnte Generalsekretär Ban Ki-moon. „Wir brauchen Hilfe.“",
        [
            ("„Die Lage ist ernst“", "Generalsekretär Ban Ki-moon"),
            ("„Wir brauchen Hilfe.“", "Generalsekretär Ban Ki-moon"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), MARK_CASES, ids=[str(i) for i in range(len(MARK_CASES))]
)
def test_marked_quotes(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


PAIRED = [
    (
        (
            "Die Polizei ermittelt. Klar ist, dass die Aufklärung des Falles die höchste "
            "Priorität hat. Aber wir kümmern uns auch darum, wie das Foto an die Zeitung kam, "
            "sagte der Sprecher."
        ),
        [
            (
                (
                    "Klar ist, dass die Aufklärung des Falles die höchste Priorität hat. Aber "
                    "wir kümmern uns auch darum, wie das Foto an die Zeitung kam"
                ),
                "der Sprecher",
            )
        ],
    ),
    (
        (
            "Der Aufsteiger führt die Tabelle an. Es kann sehr schnell rauf und runter gehen. "
            "Aber wir sind bisher sehr zufrieden, sagt der Kapitän."
        ),
        [
            (
                ("Es kann sehr schnell rauf und runter gehen. Aber wir sind bisher sehr zufrieden"),
                "der Kapitän",
            )
        ],
    ),
    # the writer's narration in the past stays out
    (
        (
            "Das Hochwasser stieg am Dienstag weiter. Die Feuerwehr pumpte Keller aus. Aber "
            "wir haben die Lage im Griff, sagte der Einsatzleiter."
        ),
        [("Aber wir haben die Lage im Griff", "der Einsatzleiter")],
    ),
    # a present-tense fact that names an entity stays out
    (
        (
            "Der Pegel der Donau liegt bei acht Metern. Aber wir haben die Lage im Griff, "
            "sagte der Einsatzleiter."
        ),
        [("Aber wir haben die Lage im Griff", "der Einsatzleiter")],
    ),
    # the framed sentence does not speak in the person: the sentence before stays out
    (
        (
            "Die Regierung steht unter Druck. Die Reform kommt zu spät. Und sie ist zu teuer, "
            "sagte die Abgeordnete Eva Roth."
        ),
        [("Und sie ist zu teuer", "die Abgeordnete Eva Roth")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED, ids=[str(i) for i in range(len(PAIRED))])
def test_paired_sentences_in_person(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


CHAT = [
    (
        (
            "Unser Korrespondent Stefan Brändle beantwortete Fragen der Leser. Leser Max fragt "
            "nach dem Wahlmodus: Stefan Brändle: Sie haben recht, es ist keine reine "
            "Mehrheitswahl. In die Stichwahl kommt jede Partei mit mehr als zehn Prozent. Das "
            "betrifft meist drei Parteien. Leserin Eva will wissen, wer gewinnt: Stefan "
            "Brändle: Das kann ich nicht sagen. Die Umfragen sind zu knapp."
        ),
        [
            (
                (
                    "Sie haben recht, es ist keine reine Mehrheitswahl. In die Stichwahl kommt "
                    "jede Partei mit mehr als zehn Prozent. Das betrifft meist drei Parteien."
                ),
                "Stefan Brändle",
            ),
            ("Das kann ich nicht sagen. Die Umfragen sind zu knapp.", "Stefan Brändle"),
        ],
    ),
    # one name after a colon is no chat label
    ("Die Aufstellung: Peter Huber: Tor. Danach kam die Abwehr.", []),
]


@pytest.mark.parametrize(("text", "expected"), CHAT, ids=[str(i) for i in range(len(CHAT))])
def test_chat_answers_after_questions(nlp, text, expected):
    """A person's label after a reader's question ("…: Stefan Brändle: …"), two times or
    more: each answer runs to the next reader's question, not only over its first sentence."""
    assert quote_part_rows(nlp(text)) == expected
