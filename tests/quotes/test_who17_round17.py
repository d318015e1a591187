"""Speakers of round 17 (issue 10, "Speakers"): right or empty.

- a "wonach" clause after a report noun gives the report's content, and the report is its
  source: "hat einen Zeitungsbericht dementiert, wonach …" (not who denies it), "bestätigte
  am Freitag Berichte, wonach …" ("Berichte", no time word or adverb before it); the report
  in a prepositional phrase ("verwies auf ein Gutachten, wonach") and a publisher
  ("veröffentlichte einen Bericht, wonach") keep the subject;
- the person of a passive the parse split from its auxiliary ("Kachelmann wurden … „…“
  attestiert") is a dative, no speaker;
- "X wurde mit den Worten zitiert, …": the passive subject speaks;
- a title of either gender ("der PiS-Vorsitzende", "der Porto-Coach") refers back to the man
  named last when the article or the tagger says masculine, a synonym of the title he was
  introduced with ("der Fraktionschef" after "Klubobmann Andreas Schieder", "der
  Ressortchef" after "Finanzminister X", "die Mandatarin" after "Die Abgeordnete Y") to them;
  not to a
  woman named last, not past another man;
- "Nach einem Bericht der BBC seien …": the genitive after a cue pattern's source noun up to
  the finite verb names the source; it joins the speaker and leaves what is said;
- a mention ends with its noun or name, not a coordinator before it or an adverb after it
  ("– und Delegierte und Beobachter", "Mikl-Leitner wiederum");
- the subject right after a trailing cue verb the parse lost ("erklärte  der Minister" with
  two spaces of the source text, "sagten EU-Abgeordnete" tagged as a verb).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows, speaker_rows

REPORTS = [
    (
        "Der Kanzler hat einen Zeitungsbericht dementiert, wonach er im Herbst zurücktreten werde.",
        [("einen Zeitungsbericht", None)],
    ),
    (
        (
            "Die Kommission hat einen britischen Pressebericht zurückgewiesen, wonach Brüssel "
            "neue Sanktionen plane."
        ),
        [("einen britischen Pressebericht", None)],
    ),
    (
        (
            "Die Polizei bestätigte am Freitag Berichte, wonach zwei Verdächtige festgenommen "
            "wurden."
        ),
        [("Berichte", None)],
    ),
    (
        (
            "In den vergangenen Monaten gab es mehrfach Medienberichte, wonach die Armee "
            "Waffen liefere."
        ),
        [("Medienberichte", None)],
    ),
    # the addressee after the report is no part of the source
    (
        (
            "Anlass waren Mitteilungen an das Ministerium, wonach immer wieder Werbematerial "
            "an Schulen verteilt wurde."
        ),
        [("Mitteilungen", None)],
    ),
    # in a prepositional phrase: who refers to it speaks
    (
        "Der Anwalt verwies auf ein Gutachten, wonach sein Mandant nicht schuldfähig sei.",
        [("Der Anwalt", None)],
    ),
    # no report noun: the cue word stays the mention, naming no one
    (
        ("Die Ministerin hat die Erlaubnis gegeben, wonach der Bär eingefangen werden dürfe."),
        [("wonach", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS, ids=[str(i) for i in range(len(REPORTS))])
def test_report_before_wonach_is_the_source(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


PASSIVES = [
    (
        (
            "Dem Sänger wurden nicht nur ein „distanzierter Aussagestil“ sondern auch "
            "„unwahre Aussagen“ attestiert."
        ),
        [(None, None), (None, None)],
    ),
    (
        (
            "Huber wurden nicht nur ein „distanzierter Aussagestil“ sondern auch "
            "„unwahre Aussagen“ attestiert."
        ),
        [(None, None), (None, None)],
    ),
    (
        "Der Trainer wurde mit den Worten zitiert, man werde bis zuletzt kämpfen.",
        [("Der Trainer", None)],
    ),
    (
        "Innenminister Gerhard Karner wurde mit den Worten zitiert, die Grenze sei dicht.",
        [("Innenminister Gerhard Karner", "Gerhard Karner")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVES, ids=[str(i) for i in range(len(PASSIVES))])
def test_passive_persons(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


TITLES = [
    (
        (
            "Warschau – Kaczyński wehrte sich gegen jede Einmischung. Wir haben kein Interesse "
            "daran, sagte der PiS-Vorsitzende."
        ),
        [("der PiS-Vorsitzende", "Jarosław Kaczyński")],
    ),
    (
        (
            "Den Aufstieg soll der portugiesische Trainer Andre Villas-Boas schaffen. Ich bin "
            "sicher, dass wir den Rückstand aufholen, meinte der ehemalige Porto-Coach."
        ),
        [("der ehemalige Porto-Coach", "Andre Villas-Boas")],
    ),
    (
        (
            "Wien – SPÖ-Klubobmann Andreas Schieder ist verärgert. In Richtung "
            "Koalitionspartner meinte der Fraktionschef, er verstehe die Verzögerung nicht."
        ),
        [("der Fraktionschef", "Andreas Schieder")],
    ),
    (
        (
            "Der seit 2013 amtierende Bürgermeister Ignazio Marino will im Amt bleiben. Ich "
            "bleibe bis zum Ende der Amtszeit, erklärte das Stadtoberhaupt."
        ),
        [("das Stadtoberhaupt", "Ignazio Marino")],
    ),
    # an apposition with a description of its own before the name
    (
        (
            "Die Ukraine müsse Reformen jetzt umsetzen, sagt Odessas Gouverneur, der "
            "georgische Expräsident Michail Saakaschwili."
        ),
        [("Odessas Gouverneur", "Michail Saakaschwili")],
    ),
    # a new clause after the comma is no apposition
    (
        (
            "Das sei alles erfunden, sagte der Anwalt, die Klägerin Maria Huber habe die "
            "Unwahrheit gesagt."
        ),
        [("der Anwalt", None)],
    ),
    # "Ressortchef" is a minister's title, "Mandatarin" a member's of parliament
    (
        (
            "Bundeskanzler Werner Faymann traf Finanzminister Hans Jörg Schelling. Es gebe "
            "keinen Spielraum, betonte der Ressortchef danach."
        ),
        [("der Ressortchef", "Hans Jörg Schelling")],
    ),
    (
        (
            "Bürgermeister Michael Ludwig eröffnete die Messe. Es gebe keinen Spielraum, "
            "betonte der Ressortchef."
        ),
        [("der Ressortchef", None)],
    ),
    (
        (
            "Die Abgeordnete Maria Huber kritisierte das Gesetz. Es sei verfassungswidrig, "
            "sagte die Mandatarin."
        ),
        [("die Mandatarin", "Maria Huber")],
    ),
    # a woman named last: "der Vorsitzende" is someone else; "die Vorsitzende" is she (a
    # minister would have another title)
    (
        (
            "Ministerin Anna Huber lobte den Plan. Das sei ein guter Tag für das Land, sagte "
            "der Vorsitzende."
        ),
        [("der Vorsitzende", None)],
    ),
    (
        (
            "Anna Huber lobte am Montag den Plan. Das sei ein guter Tag für das Land, sagte "
            "die Vorsitzende."
        ),
        [("die Vorsitzende", "Anna Huber")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES, ids=[str(i) for i in range(len(TITLES))])
def test_titles_of_either_gender(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


#: ``(kind, quote text, cue, speaker mention, speaker_name)``
GENITIVE_SOURCES = [
    (
        "Nach einem Bericht der BBC seien zahlreiche Studien ausgewertet worden.",
        [
            (
                "indirect",
                "seien zahlreiche Studien ausgewertet worden",
                "Nach einem Bericht",
                "einem Bericht der BBC",
                "BBC",
            )
        ],
    ),
    (
        "Nach einem Bericht der „Süddeutschen Zeitung“ will der Konzern 2000 Stellen streichen.",
        [
            (
                "indirect",
                "will der Konzern 2000 Stellen streichen",
                "Nach einem Bericht",
                "einem Bericht der „Süddeutschen Zeitung“",
                "Süddeutsche Zeitung",
            )
        ],
    ),
    (
        "Nach ersten Ermittlungen der Polizei war der Bus von der Fahrbahn abgekommen.",
        [
            (
                "indirect",
                "war der Bus von der Fahrbahn abgekommen",
                "Nach ersten Ermittlungen",
                "ersten Ermittlungen der Polizei",
                "Polizei",
            )
        ],
    ),
    # "nach Angaben" names its source after the noun already
    (
        "Nach Angaben der Polizei wurden drei Personen verletzt.",
        [("indirect", "wurden drei Personen verletzt", "Nach Angaben", "der Polizei", "Polizei")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), GENITIVE_SOURCES, ids=[str(i) for i in range(len(GENITIVE_SOURCES))]
)
def test_genitive_after_a_source_noun(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


#: the subject right after a trailing cue verb that the parse lost: whitespace of the source
#: text between ("erklärte  der Minister"), a participial role noun tagged as a verb
AFTER_CUE = [
    (
        "Die Grenzen seien sicher, erklärte  der Minister am Montag.",
        [("der Minister", None)],
    ),
    (
        "Die Lage sei ernst, sagte  Bürgermeister Michael Ludwig.",
        [("Bürgermeister Michael Ludwig", "Michael Ludwig")],
    ),
    (
        (
            "Der Kompromiss ist in Wahrheit schon fertig, sagten EU-Abgeordnete, die bei den "
            "Verhandlungen dabei waren."
        ),
        [("EU-Abgeordnete", None)],
    ),
    # the parse took the space for the subject and "die Anwälte" for an object
    (
        "Ein untauglicher Versuch sei das, glauben  die Anwälte der Kläger.",
        [("die Anwälte der Kläger", None)],
    ),
    # a coordinator after a dash is no part of the mention
    (
        (
            "Plötzlich brach noch einmal Hektik aus – und Delegierte und Beobachter fragten "
            "sich, ob die Sitzung vertagt werde."
        ),
        [("Delegierte und Beobachter", None)],
    ),
    # an adverb after the name is no part of the mention
    (
        (
            "Innenministerin Johanna Mikl-Leitner wiederum erklärte die Verzögerung damit, "
            "dass der Nachbar darum gebeten habe."
        ),
        [("Innenministerin Johanna Mikl-Leitner", "Johanna Mikl-Leitner")],
    ),
    # a web address the tagger calls an adverb stays
    (
        (
            "Die Gründer hätten die Testphase abgeschlossen, berichtete das Branchenmedium "
            "atmedia.at."
        ),
        [("das Branchenmedium atmedia.at", "atmedia.at")],
    ),
    # a noun inside what is said is no speaker: the name in the frame is
    (
        (
            "In der Debatte um die Energiepreise, die seit Wochen geführt wird, hat "
            "Staatssekretär Matthias Berninger gefordert, Tankstellen zum Angebot von "
            "ökologisch vorteilhaften Kraftstoffen zu zwingen."
        ),
        [("Staatssekretär Matthias Berninger", "Matthias Berninger")],
    ),
    # no one after the verb; an addressee is none
    ("Die Preise seien wieder gestiegen, hieß es  am Montag.", [(None, None)]),
    ("Die Lage sei ernst, sagte  dem Sender am Montag.", [(None, None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), AFTER_CUE, ids=[str(i) for i in range(len(AFTER_CUE))]
)
def test_subject_after_a_trailing_cue(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
