"""Spans of round 23, second wave (issue 10, "Spans"): statements cut or lost around colons
and stops in archives without quotation marks.

- a person's name and an apposition with no verb before a colon, mid-paragraph ("Maria
  Berger, Sprecherin des Presseclubs sowie Mitglied der Ethikkommission: Ich halte …"),
  before words in the first person: that person's speech; words with no first person after
  such a label stay without a row;
- a noun of an utterance, a preposition of its owner and a person's name before a colon
  ("Die Conclusio für den Gewerkschaftschef Peter Maier: …", "Die Antwort von Ministerin
  Eva Huber: …"): that person's speech, unless the words after the colon tell of someone in
  the third person ("Die Bilanz für Sebastian Vettel: Er wurde nur Dritter.");
- a stray full stop inside a statement framed after it ("… verdreifachen. Ohne Glasfaser,
  sagte X"): the verbless fragment ends the present-tense sentence before; after the
  writer's past tense ("Der Verein stieg ab. Leider nicht, sagte X") it stays alone;
- a reported-speech run without a frame that opens with the writer's indicative clause
  before a colon ("Ein Detail aus der Auswertung betrifft die Täter: Knapp die Hälfte der
  Fälle gehe …"): the run starts after the colon; a cue's own colon frame ("Die
  Gewerkschaft kritisiert das Ergebnis: Es sei …") stays.

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

LABELS = [
    (
        (
            "Die Fotos sorgten für Empörung. Maria Berger, Sprecherin des Presseclubs sowie "
            "Mitglied der Ethikkommission: Ich halte diese Bilder für unverantwortlich. Daher "
            "ist es falsch, sie zu zeigen, sagte die Journalistin."
        ),
        [
            ("Ich halte diese Bilder für unverantwortlich.", "Maria Berger"),
            ("Daher ist es falsch, sie zu zeigen", "die Journalistin"),
        ],
    ),
    (
        (
            "Die Regierung legte den Plan am Montag vor. Der Plan sei gut, sagte der Kanzler. "
            "Maria Berger, Chefin der Opposition: Wir lehnen den Plan ab."
        ),
        [("Der Plan sei gut", "der Kanzler"), ("Wir lehnen den Plan ab.", "Maria Berger")],
    ),
    # no first person after the label: no row
    (
        (
            "Die Regierung legte den Plan am Montag vor. Maria Berger, Chefin der Opposition: "
            "Das ist ein schlechter Plan."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[str(i) for i in range(len(LABELS))])
def test_name_with_apposition_before_colon(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


OWNERS = [
    (
        (
            "Die Zufriedenheit der Beschäftigten ist hoch. Die Conclusio für den "
            "Gewerkschaftschef Peter Maier: Wenn Unternehmer Flexibilisierung meinen, dann geht "
            "es um niedrigere Löhne."
        ),
        [
            (
                "Wenn Unternehmer Flexibilisierung meinen, dann geht es um niedrigere Löhne",
                "Gewerkschaftschef Peter Maier",
            )
        ],
    ),
    (
        (
            "Die Gespräche dauerten bis Mitternacht. Die Antwort von Ministerin Eva Huber: Das "
            "kommt für uns nicht in Frage."
        ),
        [("Das kommt für uns nicht in Frage.", "Ministerin Eva Huber")],
    ),
    (
        (
            "Die Umfrage ist abgeschlossen. Die Conclusio für den AKNÖ-Präsidenten Markus "
            "Wieser: Wenn Unternehmer Flexibilisierung meinen, dann geht es um niedrigere Löhne."
        ),
        [
            (
                "Wenn Unternehmer Flexibilisierung meinen, dann geht es um niedrigere Löhne",
                "AKNÖ-Präsidenten Markus Wieser",
            )
        ],
    ),
    # the writer's summary of someone told of in the third person
    ("Das Rennen in Monza war hart. Die Bilanz für Sebastian Vettel: Er wurde nur Dritter.", []),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS, ids=[str(i) for i in range(len(OWNERS))])
def test_utterance_noun_with_owner_before_colon(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


STOPS = [
    (
        (
            "Die Branche steht vor einem Umbruch. Bis dahin wird sich die Geschwindigkeit der "
            "Netze verdreifachen. Ohne Glasfaser, sagte Manager Thomas Gruber am Montag vor "
            "Journalisten."
        ),
        [
            (
                "Bis dahin wird sich die Geschwindigkeit der Netze verdreifachen. Ohne Glasfaser",
                "Manager Thomas Gruber",
            )
        ],
    ),
    # the writer's past tense before: the fragment stays alone
    (
        "Der Verein stieg am Samstag ab. Leider nicht, sagte Trainer Franz Huber.",
        [("Leider nicht", "Trainer Franz Huber")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STOPS, ids=[str(i) for i in range(len(STOPS))])
def test_stray_stop_before_fragment(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


LEADS = [
    (
        (
            "Die Umfrage fand im Sommer statt. Ein Detail aus der Auswertung betrifft die Täter: "
            "Knapp die Hälfte der Fälle gehe auf das Konto von Mitarbeitern."
        ),
        [("Knapp die Hälfte der Fälle gehe auf das Konto von Mitarbeitern.", None)],
    ),
    # the cue's own colon frame stays
    (
        (
            "Die Umfrage fand im Sommer statt. Die Gewerkschaft kritisiert das Ergebnis: Es sei "
            "zu wenig."
        ),
        [("Es sei zu wenig", "Die Gewerkschaft")],
    ),
    # indicative words after the colon: no row
    (
        (
            "Die Umfrage fand im Sommer statt. Das Ergebnis ist eindeutig: Die Hälfte der "
            "Befragten arbeitet auch am Wochenende."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADS, ids=[str(i) for i in range(len(LEADS))])
def test_indicative_lead_of_reported_run(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
