"""Speaker names of round 27 (issue 10, "Resolution").

- a plural "sie" (plural verb) after one group named as a subject in its sentence or the
  one before takes the group: what the group's phrase resolves to, else the phrase
  (:mod:`pipeline.speakers.plural_groups`); a thing as subject is no group, two groups
  leave it empty;
- a compound report noun names its body in its first part ("nach US-Justizangaben" ->
  "Justiz"); a bare report noun with an article ("den Angaben zufolge", "nach diesen
  Angaben") takes the body the same noun had before ("nach Angaben der Justiz")
  (:mod:`pipeline.speakers.report_nouns`); a mention that is only the report noun
  ("laut Angaben ihrer Nachbarn": "Angaben") takes what its genitive attribute names;
- more first names with a clear gender (roles.jsonl ``given.f.round27``/``given.m.round27``):
  "sie" after "Marguerite X und Elio Y" is the woman.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    # a plural "sie" after one group named as subject
    (
        (
            "Die Landwirte protestieren seit Wochen gegen die neuen Auflagen. Sie fordern, "
            "dass die Regierung die Förderung verdoppelt."
        ),
        [("Sie", "Landwirte")],
    ),
    # a thing as subject in between is no group
    (
        (
            "Die Gewerkschafter warnten am Montag vor einem Stellenabbau. Die Aufträge gingen "
            "seit Monaten zurück. Sie verlangen, dass der Konzern die Werke erhält."
        ),
        [("Die Gewerkschafter", None), ("Sie", "Gewerkschafter")],
    ),
    # no group named before: stays empty
    (
        ("Die Preise steigen seit Monaten. Sie fordern, dass die Regierung die Steuern senkt."),
        [("Sie", None)],
    ),
    # a singular "sie" stays with the woman
    (
        (
            "Die Ministerin Karin Berger besuchte am Montag das Werk. Sie sagte, dass der "
            "Standort gesichert sei."
        ),
        [("Sie", "Karin Berger")],
    ),
    # first names of the lexicon tell the gender: "sie" is the woman, "er" the man
    (
        (
            "Paris – Das Buch von Marguerite Lamont und Elio Ferraresi erscheint im Mai. „Wir "
            "haben lange daran gearbeitet“, sagte sie am Montag."
        ),
        [("sie", "Marguerite Lamont")],
    ),
    (
        (
            "Paris – Das Buch von Marguerite Lamont und Elio Ferraresi erscheint im Mai. „Wir "
            "haben lange daran gearbeitet“, sagte er am Montag."
        ),
        [("er", "Elio Ferraresi")],
    ),
    # a compound report noun names its body in its first part
    (
        (
            "Bei den Kämpfen im Norden starben laut Armeeangaben zwölf Soldaten. Auch ein "
            "Dorf wurde nach US-Justizangaben beschossen."
        ),
        [("Armeeangaben", "Armee"), ("US-Justizangaben", "Justiz")],
    ),
    # a bare report noun takes the body the same noun had before
    (
        (
            "Ein Soldat hat nach Angaben der Justiz einen Anschlag geplant. Der Mann wurde im "
            "Mai festgenommen. Er soll den Angaben zufolge einen Komplizen gehabt haben."
        ),
        [("der Justiz", "Justiz"), ("den Angaben", "Justiz")],
    ),
    # no genitive attribute: nothing taken from the words after the noun
    (
        "Auf der Insel sollen nach Schätzungen 9.000 Menschen auf eine Fähre warten.",
        [("Schätzungen", None)],
    ),
    # the noun named before without a body: nothing guessed from it
    (
        (
            "Zu den Ursachen wurden keine Angaben gemacht. Der Brand soll den Angaben zufolge "
            "in der Küche ausgebrochen sein."
        ),
        [("den Angaben", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
