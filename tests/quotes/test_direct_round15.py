"""Speakers of direct quotes and of the frames around them, fifteenth round (issue 10, item 2:
speakers that are right or empty), on news-style texts written for these tests.

1. A quotation after a colon frame that a cue follows right after a comma ("X äußerte sich
   zu …: „…“, sagte er dem Sender", "…: „…“, heißt es in einer Erklärung", "…: „…“, so Y")
   belongs to that later cue; a quotation standing alone after it goes on with that speaker.
   A colon frame with no cue after the quotation keeps its speaker.
2. A passive speech verb without an agent whose clause opens with, or has right after its
   auxiliary, an "in" phrase of a document or body ("In einer Presseerklärung wurde
   verkündet", "So wird in der Stellungnahme des Verbands gefordert", "wurde im
   Innenministerium betont"): that phrase names the speaker; an agent ("von den Behörden")
   speaks instead, and an "in" phrase further on in the clause names no one.
3. A quoted phrase without a frame takes the subject of its sentence only when the subject's
   head noun names someone: a speaking body ("Organisation", "Kampagne", new ``org`` nouns
   of roles.jsonl) does, a quantity ("zehn Millionen Liter")
   or a thing with a body in its genitive ("Die Arbeit der Vereine", "Die Pflichten der
   Union") does not.
4. "mit dem Hinweis/Argument" after a passive clause: its subject is what was refused, no
   speaker ("Die Akteneinsicht sei … verweigert worden"); an agent in that phrase speaks
   ("ein Treffen von der Stadtregierung"); an active subject stays the speaker.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

LATER_CUE = [
    (
        # 1: "sagte sie" after the quotation, not the colon frame's subject
        (
            "Zufrieden äußerte sich am Abend auch die Bürgermeisterin von Linz, Maria Huber, "
            "über den Ausgang der Wahl: „Das ist ein klarer Auftrag“, sagte sie dem "
            "Regionalsender. „Wir werden die Stadt gemeinsam weiterbringen.“"
        ),
        [
            ("direct", "„Das ist ein klarer Auftrag“", "sagte", "sie", "Maria Huber"),
            (
                "direct",
                "„Wir werden die Stadt gemeinsam weiterbringen.“",
                None,
                "sie",
                "Maria Huber",
            ),
        ],
    ),
    (
        # 1: "heißt es in einer … Mitteilung" after the quotation: the document
        (
            "Der Konzern bedauerte den Abbau von 300 Stellen in Steyr: „Wir haben alle "
            "Möglichkeiten geprüft“, heißt es in einer am Montag veröffentlichten Mitteilung."
        ),
        [
            (
                "direct",
                "„Wir haben alle Möglichkeiten geprüft“",
                "heißt es",
                "einer am Montag veröffentlichten Mitteilung",
                None,
            ),
        ],
    ),
    (
        # 1: ", so X" after the quotation; the colon frame makes no quote of its own
        (
            "Der Trainer lobte nach dem Spiel seine Mannschaft: „Wir haben heute gut "
            "verteidigt“, so Kapitän Jonas Berger."
        ),
        [
            (
                "direct",
                "„Wir haben heute gut verteidigt“",
                "so",
                "Kapitän Jonas Berger",
                "Jonas Berger",
            ),
        ],
    ),
    (
        # 1: no cue after the quotation: the colon frame's speaker stays
        (
            "Der Minister erklärte vor der Presse: „Wir bleiben bei unserem Kurs“, und verließ "
            "den Saal."
        ),
        [
            (
                "direct",
                "„Wir bleiben bei unserem Kurs“",
                "erklärte",
                "Der Minister",
                None,
            ),
        ],
    ),
]

DOCUMENT_PHRASE = [
    (
        # 2: a fronted "in" phrase with a relative clause before the passive auxiliary
        (
            "In einer Presseerklärung, die am Mittwoch in Wien veröffentlicht wurde, wurde "
            "verkündet, dass das Werk Ende des Jahres geschlossen werde."
        ),
        [
            (
                "indirect",
                "dass das Werk Ende des Jahres geschlossen werde",
                "verkündet",
                "einer Presseerklärung",
                None,
            ),
        ],
    ),
    (
        # 2: the "in" phrase right after the passive auxiliary
        (
            "So wird in einer Stellungnahme des Verbands gefordert, dass die Mieten "
            "gedeckelt werden müssten."
        ),
        [
            (
                "indirect",
                "dass die Mieten gedeckelt werden müssten",
                "gefordert",
                "einer Stellungnahme des Verbands",
                "Verband",
            ),
        ],
    ),
    (
        # 2: a body after the auxiliary, an adverb before the auxiliary
        "Unterdessen wurde im Innenministerium betont, dass genug Plätze frei seien.",
        [
            (
                "indirect",
                "dass genug Plätze frei seien",
                "betont",
                "Innenministerium",
                "Innenministerium",
            ),
        ],
    ),
    (
        # 2: an agent speaks, not the document after it
        (
            "Die Gemeinden wurden gestern von den Landesbehörden in einem Schreiben "
            "informiert, dass die Förderung ausläuft."
        ),
        [
            (
                "indirect",
                "dass die Förderung ausläuft",
                "informiert",
                "den Landesbehörden",
                None,
            ),
        ],
    ),
    (
        # 2: an "in" phrase further on in the clause names no speaker
        (
            "Den Bewohnern wurde am Montag auf einer Versammlung in der Turnhalle mitgeteilt, "
            "dass die Schule im Herbst schließt."
        ),
        [("indirect", "dass die Schule im Herbst schließt", "mitgeteilt", None, None)],
    ),
    (
        # 2: nor one after a place of a meeting
        (
            "Den Anrainern wurde bei dem Treffen im Gemeindeamt versichert, dass der Lärm "
            "nachlassen werde."
        ),
        [("indirect", "dass der Lärm nachlassen werde", "versichert", None, None)],
    ),
]


PHRASE_HEAD = [
    (
        # 3: a speaking body holds the quoted phrase of its sentence
        (
            "Eine rechtsextreme Organisation feierte die Absage des Konzerts als „großen Sieg "
            "für das Land“."
        ),
        [
            (
                "direct",
                "„großen Sieg für das Land“",
                None,
                "Eine rechtsextreme Organisation",
                None,
            ),
        ],
    ),
    (
        # 3: a campaign speaks as a body (a new ``org`` noun of roles.jsonl)
        "Die Kampagne des Senators nannte den Gegner einen „typischen Politiker“.",
        [
            (
                "direct",
                "„typischen Politiker“",
                "nannte",
                "Die Kampagne des Senators",
                "Kampagne",
            ),
        ],
    ),
    (
        # 3: a quantity says nothing
        (
            "Es soll sich um mehr als zehn Millionen Liter verstrahltes Kühlwasser handeln, das "
            "„schwach radioaktiv“ sein soll."
        ),
        [("direct", "„schwach radioaktiv“", None, None, None)],
    ),
]

PHRASE_HEAD_IN_REPORT = [
    # 3: a thing with a body in its genitive says nothing (the sentence itself is a
    # continuation without a speaker)
    (
        (
            "Die Arbeit der gemeinnützigen Organisationen werde ausgeklammert, vielmehr "
            "betreibe der Film „billige Propaganda“."
        ),
        "„billige Propaganda“",
    ),
    (
        "Die Pflichten der Union seien im Vertrag klar festgelegt und „nicht verhandelbar“.",
        "„nicht verhandelbar“",
    ),
]


PASSIVE_PATTERN = [
    (
        # 4: the passive subject is what was refused, not who said it
        (
            "Die Akteneinsicht sei der Abgeordneten mit dem Hinweis verweigert worden, der "
            "Bericht sei „vertraulich“."
        ),
        [
            ("mixed", "der Bericht sei „vertraulich“", "mit dem Hinweis", None, None),
            ("direct", "„vertraulich“", "mit dem Hinweis", None, None),
        ],
    ),
    (
        # 4: the agent inside the passive subject's phrase speaks
        (
            "Ihr sei ein Treffen von der Stadtregierung mit dem Argument verweigert worden, "
            "der Termin sei zu kurzfristig."
        ),
        [
            (
                "indirect",
                "der Termin sei zu kurzfristig",
                "mit dem Argument",
                "der Stadtregierung",
                "Stadtregierung",
            ),
        ],
    ),
    (
        # 4: an active subject stays
        (
            "Der Bürgermeister lehnte den Antrag mit der Begründung ab, dass die Kosten zu "
            "hoch seien."
        ),
        [
            (
                "indirect",
                "dass die Kosten zu hoch seien",
                "mit der Begründung",
                "Der Bürgermeister",
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LATER_CUE)
def test_cue_after_the_quotation_beats_the_colon_frame(ud_nlp, text, expected):
    assert quote_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_PHRASE)
def test_passive_speech_verb_takes_its_document(ud_nlp, text, expected):
    assert quote_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PHRASE_HEAD)
def test_quoted_phrase_takes_a_subject_that_names_someone(ud_nlp, text, expected):
    assert quote_rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "phrase"), PHRASE_HEAD_IN_REPORT)
def test_quoted_phrase_of_a_thing_has_no_speaker(ud_nlp, text, phrase):
    rows = [r for r in quote_rows(ud_nlp(text)) if r[1] == phrase]
    assert rows == [("direct", phrase, None, None, None)]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_PATTERN)
def test_passive_subject_of_a_pattern_frame_is_no_speaker(ud_nlp, text, expected):
    assert quote_rows(ud_nlp(text)) == expected
