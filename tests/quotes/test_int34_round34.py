"""Interviews of round 34 (issue 10 item 3): answers after "Name:" labels are the
interviewee's direct quotes, questions the interviewer's, the label is the cue.

- a name label the entity recogniser does not tag ("Zadić:", "Maurer:"), repeated at two
  answers or more with one in the first person, is a person's label; a heading or rubric
  ("Fazit:", "Update:", "Hintergrund:", "Achtung:", list ``heading_labels``) stays a sentence;
- the interviewer's credit ("Das Gespräch führte …", "Interview: …", "Die Fragen stellte …")
  is never the interviewee of "Antwort:"/"A:" answers; the person of the lead is;
- a rubric before the lead ("INTERVIEW: Die Sängerin … spricht über …") is no one's question;
- a paragraph with no label right before an answer of a repeated person's label is the
  interviewer's question (``interview:question``, no speaker) when it ends with "?" or, after
  an answer, addresses the interviewee ("Ihre Pläne"); a writer's question in a normal
  article stays no row.

News-style texts written for these tests; both label schemes.
Rows: ``(text, cue, speaker mention, speaker_name, rule without its speaker suffix)``.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        "Das Gespräch führte Maria Sterkl.\n\nSie sind seit einem Jahr Ministerin. Was haben Sie erreicht?\n\nZadić: Wir haben das Informationsfreiheitsgesetz auf den Weg gebracht. Das war überfällig.\n\nDie ÖVP blockiert aber viele Ihrer Vorhaben.\n\nZadić: Wir verhandeln hart, aber fair.",
        [
            (
                "Sie sind seit einem Jahr Ministerin. Was haben Sie erreicht?",
                None,
                None,
                None,
                "interview:question",
            ),
            (
                "Wir haben das Informationsfreiheitsgesetz auf den Weg gebracht. Das war überfällig.",
                "Zadić",
                "Zadić",
                None,
                "interview:label",
            ),
            (
                "Die ÖVP blockiert aber viele Ihrer Vorhaben.",
                None,
                None,
                None,
                "interview:question",
            ),
            ("Wir verhandeln hart, aber fair.", "Zadić", "Zadić", None, "interview:label"),
        ],
    ),
    (
        "INTERVIEW: Die Sängerin Anna Netrebko spricht über ihre Rückkehr auf die Bühne.\n\nNetrebko: Ich habe die Bühne sehr vermisst.\n\nWie war die Zeit ohne Auftritte?\n\nNetrebko: Schwer. Ich habe viel geübt, aber das ersetzt kein Publikum.\n\nWerden Sie wieder in Wien singen?\n\nNetrebko: Ich hoffe es sehr.",
        [
            (
                "Ich habe die Bühne sehr vermisst.",
                "Netrebko",
                "Netrebko",
                "Anna Netrebko",
                "interview:label",
            ),
            ("Wie war die Zeit ohne Auftritte?", None, None, None, "interview:question"),
            (
                "Schwer. Ich habe viel geübt, aber das ersetzt kein Publikum.",
                "Netrebko",
                "Netrebko",
                "Anna Netrebko",
                "interview:label",
            ),
            ("Werden Sie wieder in Wien singen?", None, None, None, "interview:question"),
            ("Ich hoffe es sehr.", "Netrebko", "Netrebko", "Anna Netrebko", "interview:label"),
        ],
    ),
    (
        "Interview: Thomas Berger\n\nLandwirtschaftsminister Norbert Totschnig über Dürre und Ernteausfälle.\n\nFrage: Wie schlimm ist die Lage?\n\nAntwort: Sehr ernst. Wir rechnen mit Einbußen von einem Drittel.\n\nFrage: Wer hilft den Bauern?\n\nAntwort: Der Bund stellt einen Fonds bereit.",
        [
            ("Wie schlimm ist die Lage?", "Frage", None, None, "interview:question"),
            (
                "Sehr ernst. Wir rechnen mit Einbußen von einem Drittel.",
                "Antwort",
                "Norbert Totschnig",
                "Norbert Totschnig",
                "interview:answer",
            ),
            ("Wer hilft den Bauern?", "Frage", None, None, "interview:question"),
            (
                "Der Bund stellt einen Fonds bereit.",
                "Antwort",
                "Norbert Totschnig",
                "Norbert Totschnig",
                "interview:answer",
            ),
        ],
    ),
    (
        "Die Fragen stellte Lukas Gruber.\n\nDer Bürgermeister von Linz, Klaus Luger, über den Ausbau der Straßenbahn.\n\nF: Wann fährt die neue Linie?\n\nA: Ende 2027, wenn alles nach Plan läuft.",
        [
            ("Wann fährt die neue Linie?", "F", None, None, "interview:question"),
            (
                "Ende 2027, wenn alles nach Plan läuft.",
                "A",
                "Klaus Luger",
                "Klaus Luger",
                "interview:answer",
            ),
        ],
    ),
    (
        "Der Verkehrsexperte Hermann Knoflacher im Gespräch über Tempolimits. Das Interview führte Petra Stuiber. Wie viel bringt Tempo 100 auf der Autobahn? Knoflacher: Sehr viel. Wir würden Tausende Tonnen CO2 sparen. Und warum passiert es nicht? Knoflacher: Weil sich die Politik vor den Autofahrern fürchtet.",
        [
            (
                "Sehr viel. Wir würden Tausende Tonnen CO2 sparen.",
                "Knoflacher",
                "Knoflacher",
                "Hermann Knoflacher",
                "interview:label",
            ),
            (
                "Weil sich die Politik vor den Autofahrern fürchtet.",
                "Knoflacher",
                "Knoflacher",
                "Hermann Knoflacher",
                "interview:label",
            ),
        ],
    ),
    (
        "Die Kletterin Jessica Pilz hat den Weltcup gewonnen.\n\nKaum jemand hatte damit gerechnet. Wie geht es jetzt weiter?\n\nFazit: Die Saison war ein Erfolg. Wir freuen uns auf das nächste Jahr.\n\nDie Trainer sind zufrieden.\n\nFazit: Die Saison war ein Erfolg für das ganze Team.",
        [],
    ),
    (
        "Der Gemeinderat hat das Budget beschlossen.\n\nUpdate: Die Opposition hat Einspruch erhoben. Wir berichten weiter.\n\nWas bedeutet das für die Bürger?\n\nUpdate: Die Gebühren steigen um drei Prozent.",
        [],
    ),
    (
        "Ministerin Gewessler: Wir bauen die Bahn aus. Das ist unser Plan.\n\nDie Autofahrer ärgern sich über Ihre Pläne.\n\nMinisterin Gewessler: Wir bieten Alternativen an.\n\nUnd die Kosten?\n\nMinisterin Gewessler: Die tragen alle gemeinsam.",
        [
            (
                "Wir bauen die Bahn aus. Das ist unser Plan.",
                "Ministerin Gewessler",
                "Ministerin Gewessler",
                "Gewessler",
                "interview:label",
            ),
            ("Die Autofahrer ärgern sich über Ihre Pläne.", None, None, None, "interview:question"),
            (
                "Wir bieten Alternativen an.",
                "Ministerin Gewessler",
                "Ministerin Gewessler",
                "Gewessler",
                "interview:label",
            ),
            ("Und die Kosten?", None, None, None, "interview:question"),
            (
                "Die tragen alle gemeinsam.",
                "Ministerin Gewessler",
                "Ministerin Gewessler",
                "Gewessler",
                "interview:label",
            ),
        ],
    ),
    (
        "Die Grünen-Chefin und der SPÖ-Vorsitzende im Doppelinterview.\n\nWie steht es um die Koalition?\n\nMaurer: Wir arbeiten gut zusammen.\n\nBabler: Ich sehe das ähnlich. Aber es gibt Differenzen.\n\nWo genau?\n\nBabler: Bei den Steuern.\n\nMaurer: Da sind wir uns nicht einig, das stimmt.",
        [
            ("Wie steht es um die Koalition?", None, None, None, "interview:question"),
            ("Wir arbeiten gut zusammen.", "Maurer", "Maurer", None, "interview:label"),
            (
                "Ich sehe das ähnlich. Aber es gibt Differenzen.",
                "Babler",
                "Babler",
                None,
                "interview:label",
            ),
            ("Wo genau?", None, None, None, "interview:question"),
            ("Bei den Steuern.", "Babler", "Babler", None, "interview:label"),
            (
                "Da sind wir uns nicht einig, das stimmt.",
                "Maurer",
                "Maurer",
                None,
                "interview:label",
            ),
        ],
    ),
    (
        "Wien – Die Regierung will die Mieten deckeln. Wer soll das bezahlen? Die Vermieter protestieren.\n\nDie Opposition fordert mehr. Was bleibt den Mietern?\n\nDer Mieterschutzverband begrüßt den Plan.",
        [
            (
                "Die Opposition fordert mehr.",
                "fordert",
                "Die Opposition",
                "Opposition",
                "verb:fordern",
            )
        ],
    ),
    (
        "Hintergrund: Die Stadt hat seit Jahren zu wenig Wohnungen. Wir haben nachgefragt.\n\nAchtung: Die Zufahrt ist gesperrt.\n\nHintergrund: Die Mieten sind um zehn Prozent gestiegen.\n\nAchtung: Wir bitten um Geduld.",
        [],
    ),
    (
        "Wie geht es mit dem Bundesheer weiter? Die Regierung sucht Antworten.\n\nTanner: Wir brauchen mehr Geld für die Landesverteidigung.\n\nDer Generalstab sieht das ähnlich.",
        [
            (
                "Wir brauchen mehr Geld für die Landesverteidigung.",
                "Tanner",
                "Tanner",
                "Tanner",
                "interview:label",
            )
        ],
    ),
    (
        "Das Gespräch führte Eva Linsinger.\n\nJustizministerin Alma Zadić zieht Bilanz.\n\nFrage: Was war Ihr größter Erfolg?\n\nAntwort: Das Informationsfreiheitsgesetz.",
        [
            ("Was war Ihr größter Erfolg?", "Frage", None, None, "interview:question"),
            (
                "Das Informationsfreiheitsgesetz.",
                "Antwort",
                "Alma Zadić",
                "Alma Zadić",
                "interview:answer",
            ),
        ],
    ),
]

# the credit is a label of its own or has its verb; a rubric 'Im Gespräch:' or a lead
# 'Ein Gespräch mit …' names the interviewee
DOCUMENTS += [
    (
        "Im Gespräch: Die Autorin Eva Menasse über ihren neuen Roman.\n\nFrage: Worum geht es?\n\nAntwort: Um eine Familie in Wien.",
        [
            ("Worum geht es?", "Frage", None, None, "interview:question"),
            (
                "Um eine Familie in Wien.",
                "Antwort",
                "Eva Menasse",
                "Eva Menasse",
                "interview:answer",
            ),
        ],
    ),
    (
        "Ein Gespräch mit der Autorin Eva Menasse.\n\nFrage: Worum geht es?\n\nAntwort: Um eine Familie in Wien.",
        [
            ("Worum geht es?", "Frage", None, None, "interview:question"),
            (
                "Um eine Familie in Wien.",
                "Antwort",
                "Eva Menasse",
                "Eva Menasse",
                "interview:answer",
            ),
        ],
    ),
    (
        "Im Gespräch: Eva Menasse\n\nFrage: Worum geht es in Ihrem Roman?\n\nAntwort: Um eine Familie in Wien.",
        [
            ("Worum geht es in Ihrem Roman?", "Frage", None, None, "interview:question"),
            (
                "Um eine Familie in Wien.",
                "Antwort",
                "Eva Menasse",
                "Eva Menasse",
                "interview:answer",
            ),
        ],
    ),
    (
        "Das Interview führte Petra Stuiber. Die Ökonomin Monika Köppl-Turyna über die Pensionen. Frage: Sind die Pensionen sicher? Antwort: Ja, aber sie werden teurer.",
        [
            ("Sind die Pensionen sicher?", "Frage", None, None, "interview:question"),
            (
                "Ja, aber sie werden teurer.",
                "Antwort",
                "Monika Köppl-Turyna",
                "Monika Köppl-Turyna",
                "interview:answer",
            ),
        ],
    ),
]

# one line as the archive keeps it, no lead: the tagger takes the first "Zadić" for an adverb;
# the answer ends where the writer's sentences start (no interviewer's label)
DOCUMENTS += [
    (
        (
            "Das Gespräch führte Maria Sterkl. Sie sind seit einem Jahr Ministerin. Was haben Sie "
            "erreicht? Zadić: Wir haben das Informationsfreiheitsgesetz auf den Weg gebracht. Das war "
            "überfällig. Die ÖVP blockiert aber viele Ihrer Vorhaben. Zadić: Wir verhandeln hart, "
            "aber fair."
        ),
        [
            (
                "Wir haben das Informationsfreiheitsgesetz auf den Weg gebracht.",
                "Zadić",
                "Zadić",
                None,
                "interview:label",
            ),
            ("Wir verhandeln hart, aber fair.", "Zadić", "Zadić", None, "interview:label"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_interview_rows(nlp, text, expected):
    doc = nlp(text)
    rows = [
        (r[1], r[2], r[3], r[4], q._.rule.split("+")[0])
        for r, q in zip(quote_rows(doc), doc.spans["quotes"], strict=True)
    ]
    assert rows == expected
