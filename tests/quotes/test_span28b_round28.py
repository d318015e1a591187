"""Speech after a colon in round 28 (second wave, issue 10): a noun of an utterance and
its owner in the genitive before a clause, as archives that strip the quotation marks
print it ("Das Fazit des Trainers: Wir haben …").

- "Das Fazit des Trainers:", "Die Antwort der Ministerin Anna Huber:": the genitive (its
  article, a role of the lexicon, at most a name) speaks the clause after the colon
  (:func:`pipeline.quotes.colon_speech._genitive_owner`);
- not when the owner is no role ("des Ministeriums", "des Vereins") or the clause tells
  of someone in the third person ("Das Fazit des Trainers: Er war …").

- a headline label after a dash ("… – Gäste-Coach Berger: „…“", "… – Huber über Lösung:
  „…“"): capitalised nouns with a proper noun among them, at most a preposition and its
  topic after them, name the speaker, also when the tagger finds no person there
  (:func:`pipeline.quotes.direct._name_on_topic`); not the headline's first noun. A place
  there is no speaker (round 15's test).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows, speaker_rows

DOCUMENTS = [
    (
        (
            "Die Saison ist vorbei. Das Fazit des Trainers: Wir haben zu wenig Tore geschossen. "
            "Danach ging er."
        ),
        [("direct", "Wir haben zu wenig Tore geschossen.", None, "des Trainers", None)],
    ),
    (
        (
            "Die Opposition fragte nach. Die Antwort der Ministerin: Wir werden nicht nachgeben. "
            "Danach ging sie."
        ),
        [("direct", "Wir werden nicht nachgeben.", None, "der Ministerin", None)],
    ),
    (
        (
            "Die Opposition fragte nach. Die Antwort der Ministerin Anna Huber: Wir werden nicht "
            "nachgeben. Danach ging sie."
        ),
        [
            (
                "direct",
                "Wir werden nicht nachgeben.",
                None,
                "der Ministerin Anna Huber",
                "Anna Huber",
            )
        ],
    ),
    (
        (
            "Der Rechnungshof legte den Bericht vor. Das Fazit des Präsidenten: Die Reform ist "
            "gescheitert. Danach ging er."
        ),
        [("indirect", "Die Reform ist gescheitert", None, "des Präsidenten", None)],
    ),
    # before: the owner after a preposition, and a possessive
    (
        (
            "Die Opposition fragte nach. Die Antwort von Ministerin Anna Huber: Wir werden nicht "
            "nachgeben. Danach ging sie."
        ),
        [("direct", "Wir werden nicht nachgeben.", None, "Ministerin Anna Huber", "Anna Huber")],
    ),
    # nothing: a body, no utterance noun, the third person
    ("Die Opposition fragte nach. Die Antwort des Ministeriums: Man prüfe den Fall.", []),
    ("Die Saison ist vorbei. Die Bilanz des Vereins: Drei Siege und zehn Niederlagen.", []),
    ("Die Saison ist vorbei. Das Fazit des Trainers: Er war zu langsam und zu müde.", []),
    # a summary in the first person is the owner's words
    (
        "Die Saison ist vorbei. Die Bilanz des Trainers: Wir haben zehn Spiele verloren.",
        [("direct", "Wir haben zehn Spiele verloren.", None, "des Trainers", None)],
    ),
]


HEADLINES = [
    (
        (
            'Heimteam empfängt Gäste zum "Duell der Sieglosen" – Gäste-Coach Berger: "Der Knoten '
            'wird platzen". Linz – Wenn die beiden Teams am Samstag spielen, steht viel auf dem Spiel.'
        ),
        ("Gäste-Coach Berger", "Berger"),
    ),
    (
        (
            'Einigung auf neue Tafeln in 40 Orten – Huber über Lösung: "Ein großer Tag für das '
            'Land". Linz – Am Dienstag jährt sich die Lösung zum fünften Mal.'
        ),
        ("Huber", "Huber"),
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HEADLINES)
def test_headline_label_after_dash(nlp, text, speaker):
    """The first row is the headline quote; its speaker is the label after the dash."""
    assert speaker_rows(nlp(text))[0] == speaker


@pytest.mark.parametrize(("text", "rows"), DOCUMENTS)
def test_rows(nlp, text, rows):
    assert quote_rows(nlp(text)) == rows
