"""Konjunktiv continuations of round 21 (issue 10, "Speakers"): the derStandard hand checks'
Konjunktiv rows with no speaker though the person was named in the sentence before.

- a Konjunktiv I sentence with no statement before it, after a sentence of the writer's
  whose subject names no one who speaks ("Scharfe *Kritik* … übt die Juristin X.", "Die
  *Zeit* der großen Budgets ist vorbei, befand X."): the one person that sentence names,
  not after a preposition, speaks;
- a Konjunktiv I sentence two or more sentences after a statement, when the sentences
  between are the speaker's own words in the first person with no quotation marks ("…,
  sagt die Biologin X. Daher müssen wir … . Wir dürfen … . Die Mittel sind … knapp. Die
  Forschung trage …"): those count for no gap, the statement's speaker goes on; three
  sentences of the writer's between end it;
- a Konjunktiv sentence with no statement before it that names whose view it states with a
  holder phrase ("*Für den Premier X* ist das ein Alarmsignal, auch wenn er davon
  ausgehe, …"): that person speaks; a body or thing there names no one ("Für die Region ist
  das ein Problem"): no row;
- the sentence before names its person after a preposition ("wurde mit Bürgermeister X
  besprochen"), names two people ("überreichte A an B") or none: the row stays, with no
  speaker (a wrong name is worse than none).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CONT = "continuation"
INDIRECT = "indirect"
LANG = "die Biologin Eva Lang"

DOCUMENTS = [
    (
        (
            "Scharfe Kritik an dem neuen Baugesetz übt die Juristin Maria Gruber von der "
            "Universität Graz. Das Gesetz verstoße gegen die Verfassung."
        ),
        [(CONT, "Das Gesetz verstoße gegen die Verfassung.", None, "Maria Gruber", "Maria Gruber")],
    ),
    (
        (
            "Graz – Scharfe Kritik an dem neuen Baugesetz übt Maria Gruber. Das Gesetz verstoße "
            "gegen die Verfassung und müsse neu geschrieben werden."
        ),
        [
            (
                CONT,
                "Das Gesetz verstoße gegen die Verfassung und müsse neu geschrieben werden.",
                None,
                "Maria Gruber",
                "Maria Gruber",
            )
        ],
    ),
    (
        (
            "Mit seinem Vorschlag hat Sozialminister Karl Berger am Montag alle überrascht. "
            "Die Reform sei längst überfällig."
        ),
        [
            (
                CONT,
                "Die Reform sei längst überfällig.",
                None,
                "Sozialminister Karl Berger",
                "Karl Berger",
            )
        ],
    ),
    # the person after a preposition: no speaker
    (
        (
            "Der Vertrag wurde am Montag mit Bürgermeister Hans Huber besprochen. "
            "Die Stadt habe kein Geld."
        ),
        [(CONT, "Die Stadt habe kein Geld.", None, None, None)],
    ),
    # two people: no speaker
    (
        "Den Preis überreichte Anna Berg an Peter Klein. Die Jury sei sich einig gewesen.",
        [(CONT, "Die Jury sei sich einig gewesen.", None, None, None)],
    ),
    (
        (
            "Die Forschung braucht mehr Geld, sagt die Biologin Eva Lang. Daher müssen wir die "
            "Politik überzeugen. Wir dürfen dabei nicht lockerlassen. Die Mittel sind seit Jahren "
            "knapp. Die Grundlagenforschung trage zum Wohlstand bei."
        ),
        [
            (INDIRECT, "Die Forschung braucht mehr Geld", "sagt", LANG, "Eva Lang"),
            (
                CONT,
                "Daher müssen wir die Politik überzeugen. Wir dürfen dabei nicht lockerlassen.",
                None,
                LANG,
                "Eva Lang",
            ),
            (CONT, "Die Grundlagenforschung trage zum Wohlstand bei.", None, LANG, "Eva Lang"),
        ],
    ),
    # three sentences of the writer's between: no speaker
    (
        (
            "Die Forschung braucht mehr Geld, sagt die Biologin Eva Lang. Die Mittel sind seit "
            "Jahren knapp. Die Universitäten sparen überall. Die Labore sind veraltet. Die "
            "Grundlagenforschung trage zum Wohlstand bei."
        ),
        [
            (INDIRECT, "Die Forschung braucht mehr Geld", "sagt", LANG, "Eva Lang"),
            (CONT, "Die Grundlagenforschung trage zum Wohlstand bei.", None, None, None),
        ],
    ),
    (
        (
            "Die Grenze wird ab Mai kontrolliert. Für den italienischen Premier Marco Rossi ist "
            "das ein Alarmsignal, auch wenn er davon ausgehe, dass Österreich die Regeln einhält."
        ),
        [
            (
                CONT,
                (
                    "Für den italienischen Premier Marco Rossi ist das ein Alarmsignal, auch wenn "
                    "er davon ausgehe, dass Österreich die Regeln einhält."
                ),
                None,
                "den italienischen Premier Marco Rossi",
                "Marco Rossi",
            )
        ],
    ),
    (
        (
            "Die Grenze wird ab Mai kontrolliert. Für die Region ist das ein Problem, auch wenn "
            "die Kontrollen nur kurz dauern sollen."
        ),
        [],
    ),
    # no person: no speaker
    (
        "Die Halle ist seit Jahren geschlossen. Die Sanierung sei zu teuer.",
        [(CONT, "Die Sanierung sei zu teuer.", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_round21_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected
