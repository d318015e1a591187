"""Spans of round 20b (issue 10, direct speech and spans on derStandard): the hand checks'
general classes.

- a teaser and a dateline before the body in one paragraph ("Neue Regeln für Mieter. Graz –
  Die Mieten … Dies gab die Stadtregierung bekannt."): what the anaphor reports starts after
  the dateline, not at the teaser; without a dateline the sentences before stay;
- the rest of the speaker's noun phrase after a frame in the middle of the statement is the
  frame's: the rest of a name ("nach Angaben der Syrischen Beobachtungsstelle für
  Menschenrechte"), a genitive on a report noun ("nach Schätzung der Grünen"), a relative
  clause on the speaker ("nach Angaben der Regierung, die …, in der Hauptstadt auf"; "…,
  sagt Huber, der seit zehn Jahren …"); not a free relative ("mahnte Hofmann, wer …,
  verhindere …") nor a main clause the parse takes for a relative one ("…, sagt Huber, das
  sei ihm klar");
- a frame in the first person ("Ich hoffe, dass …") two sentences after first-person speech
  that goes on from a statement: the whole sentence is that speaker's speech; with only the
  writer's sentences since the statement it stays a frame of "Ich";
- first-person speech goes on after a statement whose speaker mention is an age noun ("Der
  54-Jährige versprach: …") or a person noun ("Ihr Kollege ergänzt: …"), not a plural
  ("einige Fahrer": a group the writer tells of);
- a label after a conjunction in a one-paragraph report ("Und Stürmer Jan Novak: …") has up
  to three words of its own.

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` or ``(kind, text, cue, speaker mention,
speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows, quote_rows

PARTS = [
    (
        (
            "Neue Regeln für Mieter. Graz – Die Mieten in der Altstadt werden ab Juli gedeckelt. "
            "Dies gab die Stadtregierung am Dienstag bekannt."
        ),
        [("Die Mieten in der Altstadt werden ab Juli gedeckelt || Dies", "die Stadtregierung")],
    ),
    (
        (
            "Streik legt Flughafen lahm. Linz – Am Flughafen fallen am Montag alle Flüge aus. "
            "Das teilte die Betreibergesellschaft am Sonntag mit."
        ),
        [("Am Flughafen fallen am Montag alle Flüge aus || Das", "die Betreibergesellschaft")],
    ),
    # no dateline: the sentence before is what the anaphor reports, as before
    (
        "Am Flughafen fallen am Montag alle Flüge aus. Das teilte die Betreibergesellschaft mit.",
        [("Am Flughafen fallen am Montag alle Flüge aus || Das", "die Betreibergesellschaft")],
    ),
    (
        (
            "Bei Luftangriffen sind nach Angaben der Syrischen Beobachtungsstelle für "
            "Menschenrechte zwölf Zivilisten getötet worden."
        ),
        [
            (
                "Bei Luftangriffen sind || zwölf Zivilisten getötet worden",
                "der Syrischen Beobachtungsstelle",
            )
        ],
    ),
    (
        (
            "Rund 2.000 Menschen halten sich nach Angaben der Regierung, die nun rasch "
            "Unterkünfte schaffen will, in der Hauptstadt auf."
        ),
        [("Rund 2.000 Menschen halten sich || in der Hauptstadt auf", "der Regierung")],
    ),
    (
        "Die Reform kommt zu spät, sagt Huber, der seit zehn Jahren im Landtag sitzt.",
        [("Die Reform kommt zu spät", "Huber")],
    ),
    (
        "Die Kosten könnten nach Schätzung der Grünen bis zu zwei Milliarden Euro betragen.",
        # round 27: the mention takes the genitive that names whose estimate it is
        [("Die Kosten könnten || bis zu zwei Milliarden Euro betragen", "Schätzung der Grünen")],
    ),
    # a free relative is what is said
    (
        (
            "Zugleich mahnte Hofmann, wer der Branche zu hohe Belastungen aufbürde, verhindere "
            "Investitionen."
        ),
        [("wer der Branche zu hohe Belastungen aufbürde, verhindere Investitionen", "Hofmann")],
    ),
    # the verb second: a main clause of the statement, not a relative clause
    (
        "Die Reform kommt zu spät, sagt Huber, das sei ihm klar.",
        [("Die Reform kommt zu spät || das sei ihm klar", "Huber")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS, ids=[str(i) for i in range(len(PARTS))])
def test_spans_without_the_frames_words(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


# unmarked first-person speech after a colon frame is one direct quote with the
# first-person sentences that go on from it (round 25, colon_runs)
STATEMENT = (
    "direct",
    "Wir haben heute gut verteidigt.",
    "sprach",
    "Trainer Peter Stöger",
    "Peter Stöger",
)
FIRST_PERSON = [
    (
        (
            "Nach dem Spiel sprach Trainer Peter Stöger mit den Reportern: Wir haben heute gut "
            "verteidigt. Ich bin sehr zufrieden mit der Mannschaft. Am Abend feierte das Team "
            "in der Innenstadt. Ich hoffe, dass wir das am Mittwoch wiederholen können."
        ),
        [
            (
                "direct",
                "Wir haben heute gut verteidigt. Ich bin sehr zufrieden mit der Mannschaft.",
                "sprach",
                "Trainer Peter Stöger",
                "Peter Stöger",
            ),
            (
                "continuation",
                "Ich hoffe, dass wir das am Mittwoch wiederholen können.",
                None,
                "Trainer Peter Stöger",
                "Peter Stöger",
            ),
        ],
    ),
    # two sentences of the writer's since the statement: the frame of "Ich" stays
    (
        (
            "Nach dem Spiel sprach Trainer Peter Stöger mit den Reportern: Wir haben heute gut "
            "verteidigt. Am Abend feierte das Team in der Innenstadt. Die Fans sangen bis "
            "Mitternacht. Ich hoffe, dass wir das am Mittwoch wiederholen können."
        ),
        [
            STATEMENT,
            ("indirect", "dass wir das am Mittwoch wiederholen können", "hoffe", "Ich", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), FIRST_PERSON, ids=[str(i) for i in range(len(FIRST_PERSON))]
)
def test_first_person_frame_after_speech_going_on(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


GOES_ON = [
    (
        (
            "Der Teamchef blieb gelassen. Der 54-Jährige versprach jedoch: Wir sind noch nicht "
            "am Ziel. Wir werden alles dafür tun, dass die Qualifikation bald fix ist."
        ),
        # one direct quote since round 25 (colon_runs)
        [
            (
                "direct",
                (
                    "Wir sind noch nicht am Ziel. Wir werden alles dafür tun, dass die "
                    "Qualifikation bald fix ist."
                ),
                "versprach",
                "Der 54-Jährige",
                None,
            ),
        ],
    ),
    (
        (
            "Das Programm erkennt Pflanzenarten, erklärt Anna Berger. Ihr Kollege ergänzt: Wir "
            "erstellen eine Karte der Wiese. Je mehr Wiesen wir kartieren, desto besser wird "
            "das System."
        ),
        [
            (
                "indirect",
                "Das Programm erkennt Pflanzenarten",
                "erklärt",
                "Anna Berger",
                "Anna Berger",
            ),
            (
                "direct",
                (
                    "Wir erstellen eine Karte der Wiese. Je mehr Wiesen wir kartieren, desto "
                    "besser wird das System."
                ),
                "ergänzt",
                "Ihr Kollege",
                None,
            ),
        ],
    ),
    # a plural: no speech goes on from it
    (
        (
            "Die neuen Regeln sind umstritten. So prophezeiten zuletzt auch einige Fahrer, das "
            "Überholen werde keineswegs einfacher. Wir werden einfach nur schneller fahren."
        ),
        [
            (
                "indirect",
                "das Überholen werde keineswegs einfacher",
                "prophezeiten",
                "einige Fahrer",
                None,
            )
        ],
    ),
    (
        (
            "Kapitän Felix Gruber: Wir haben es mit Herz geschafft. Das Rückspiel findet am "
            "Freitag in Graz statt. Torhüter Paul Wagner: Ein wunderbarer Abend. Und Stürmer "
            "Jan Novak: Ich bin einfach glücklich. Wir feiern heute. Die Fans feierten bis in "
            "die Nacht."
        ),
        [
            (
                "direct",
                "Wir haben es mit Herz geschafft.",
                "Kapitän Felix Gruber",
                "Kapitän Felix Gruber",
                "Felix Gruber",
            ),
            (
                "direct",
                "Ein wunderbarer Abend.",
                "Torhüter Paul Wagner",
                "Torhüter Paul Wagner",
                "Paul Wagner",
            ),
            (
                "direct",
                "Ich bin einfach glücklich. Wir feiern heute.",
                "Stürmer Jan Novak",
                "Stürmer Jan Novak",
                "Jan Novak",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON, ids=[str(i) for i in range(len(GOES_ON))])
def test_speech_goes_on_after_colon_starts_and_labels(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
