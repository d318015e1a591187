"""Direct quotes and their speakers, round 29 (issue 10), from probes of common news layouts.

- a quoted sentence with no frame after a sentence of narration whose subject is another
  person: that person speaks, not the speaker of the quote before -- a name, a role noun,
  a role and a name, an er/sie whose gender cannot be the earlier speaker's
  (:mod:`pipeline.quotes.other_subjects`); the same person again, a role the earlier
  mention holds, a pronoun that fits the earlier speaker, a thing and narration of the past
  before the story ("X hatte im Mai …", also for a full name) keep the earlier one;
- "Auf die Frage, ob …, antwortete X: „…“": the question step took the direct quote after
  the colon as the frame's answer, and the quote came out twice; one row
  (:func:`pipeline.quotes.overlaps.resolve_overlaps`); no Doc of these tests has two quotes
  of the same span and kind;
- "„…“ Das sagte der Trainer nach dem Spiel.": the demonstrative and the speech verb of
  the next sentence point back to the quote, also after a quote of someone else
  (:func:`pipeline.quotes.direct._pointed_back`);
- "„…“ – so lautete die Antwort des Ministers.": the holder of the utterance noun speaks
  (:mod:`pipeline.quotes.utterance_owners`).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

LANG = "„Das ist ein Skandal“, empörte sich die Abgeordnete Petra Lang. "
WEBER = "„Wir holen den Titel“, sagte Trainer Klaus Weber. "
LANG_ROW = ("die Abgeordnete Petra Lang", "Petra Lang")
WEBER_ROW = ("Trainer Klaus Weber", "Klaus Weber")
BACK = "„Wir werden das aufklären“, versprach sie.\n\n"

OTHER_SUBJECTS = [
    (
        LANG + "Brunner blieb dagegen ruhig. „Ich sehe das ganz anders.“",
        [LANG_ROW, ("Brunner", "Brunner")],
    ),
    (
        LANG + "Bürgermeister Brunner blieb gelassen. „Ich sehe das ganz anders.“",
        [LANG_ROW, ("Brunner", "Brunner")],
    ),
    (
        LANG + "Der Bürgermeister blieb gelassen. „Ich sehe das ganz anders.“",
        [LANG_ROW, ("Der Bürgermeister", None)],
    ),
    (LANG + "Er blieb dagegen gelassen. „Ich sehe das ganz anders.“", [LANG_ROW, ("Er", None)]),
    (
        (
            "„Das Projekt ist zu teuer“, warnte Stadtrat Michael Brandl. Sie wies die Kritik "
            "zurück. „Die Zahlen stimmen.“"
        ),
        [("Stadtrat Michael Brandl", "Michael Brandl"), ("Sie", None)],
    ),
    (
        WEBER + "„Die Mannschaft ist bereit.“ Moser war skeptischer. „Wir haben viele Verletzte.“",
        [WEBER_ROW, WEBER_ROW, ("Moser", "Moser")],
    ),
    # must stay: the same person, a role the earlier mention holds, a fitting pronoun, a thing
    (LANG + "Lang schüttelte den Kopf. „Ich sehe das anders.“", [LANG_ROW, ("Lang", "Petra Lang")]),
    (WEBER + "Der Trainer lächelte. „Die Mannschaft ist bereit.“", [WEBER_ROW, WEBER_ROW]),
    (WEBER + "Er lächelte. „Die Mannschaft ist bereit.“", [WEBER_ROW, WEBER_ROW]),
    (LANG + "Sie schüttelte den Kopf. „Ich sehe das anders.“", [LANG_ROW, LANG_ROW]),
    (LANG + "Die Lage ist ernst. „Wir müssen handeln.“", [LANG_ROW, LANG_ROW]),
    # narration of the past before the story talks about the person: the earlier speaker
    (
        LANG + "Brunner hatte im Mai die Reform gestartet. „Seitdem ist nichts passiert.“",
        [LANG_ROW, LANG_ROW],
    ),
    (
        LANG + "Er hatte im Mai eine Reform gestartet. „Seitdem ist nichts passiert.“",
        [LANG_ROW, LANG_ROW],
    ),
    (
        (
            "„Der Trainer hat alles richtig gemacht“, sagte Kapitän Stefan Moser. Klaus Weber "
            "hatte die Mannschaft im Sommer übernommen. „Wir sind ihm dankbar.“"
        ),
        [("Kapitän Stefan Moser", "Stefan Moser")] * 2,
    ),
]

QUESTIONS = [
    ("Auf die Frage, ob sie kandidieren werde, antwortete Huber: „Nein.“", [("Huber", "Huber")]),
    (
        "Auf die Frage, ob er zurücktreten werde, sagte der Minister: „Das kommt nicht in Frage.“",
        [("der Minister", None)],
    ),
    ("Auf die Frage nach dem Budget antwortete Huber: „Das Geld reicht.“", [("Huber", "Huber")]),
]

POINTED_BACK = [
    (
        BACK + "„Ich bin erleichtert, dass es vorbei ist.“ Das sagte der Trainer nach dem Spiel.",
        [("sie", None), ("der Trainer", None)],
    ),
    (
        BACK + "„Ich bin erleichtert.“ Dies erklärte die Ministerin am Montag.",
        [("sie", None), ("die Ministerin", None)],
    ),
    # no speech verb: the quote goes on with the one before
    (BACK + "„Ich bin erleichtert.“ Das ist die Hauptsache.", [("sie", None), ("sie", None)]),
]

UTTERANCES = [
    (
        "„Eine Erhöhung kommt nicht in Frage“ – so lautete die Antwort des Ministers.",
        [("des Ministers", None)],
    ),
    (
        "„Eine Erhöhung kommt nicht in Frage“, lautete die knappe Antwort der Ministerin.",
        [("der Ministerin", None)],
    ),
    (
        "„Wir bleiben hart“, so die Botschaft der Gewerkschaft.",
        [("der Gewerkschaft", "Gewerkschaft")],
    ),
    # a document's conclusion is no person's utterance
    ("„Wir bleiben hart“, so das Fazit des Berichts.", [("das Fazit des Berichts", None)]),
]

DOCUMENTS = OTHER_SUBJECTS + QUESTIONS + POINTED_BACK + UTTERANCES


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:50] for d in DOCUMENTS])
def test_speakers(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        WEBER + "Kapitän Stefan Moser ist weniger optimistisch. „Wir haben viele Verletzte.“",
        WEBER + "Kapitän Stefan Moser zeigte sich dagegen skeptisch. „Wir haben viele Verletzte.“",
    ],
)
def test_role_and_name_subject(nlp, text):
    """The mention may keep the role or not (the parse decides); the name is the captain's."""
    assert [name for _, name in speaker_rows(nlp(text))] == ["Klaus Weber", "Stefan Moser"]


@pytest.mark.parametrize("text", [d[0] for d in DOCUMENTS], ids=[d[0][:50] for d in DOCUMENTS])
def test_no_duplicate_rows(nlp, text):
    """No two quotes of a Doc share span and kind."""
    doc = nlp(text)
    keys = [(q.start_char, q.end_char, q._.kind) for q in doc.spans["quotes"]]
    assert len(keys) == len(set(keys))
