"""Speaker names of round 28 (issue 10, "Resolution").

- "den Informationen zufolge" inside an interrupted quote: the quote's own first part is no
  statement before the mention, so the source named in the sentence before is taken;
- "nach eigenen Angaben" when the parse took another noun for the subject: the one clause
  argument that names a body or person;
- an indefinite text noun before "heißt es darin" ("veröffentlichte eine Erklärung") -> who
  issued it; more document nouns ("Erlass", "Papier"), a bare one after a preposition
  ("laut Erlass") points back to the same text named before and is never a name itself;
- a role introduced inflected ("dem Sachverständigen X") is the same title as "der
  Sachverständige"; a hyphenated compound the person was introduced with ("der
  Erste-Bank-Ökonom") names that person also when the tagger takes it for a name.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    # a definite report noun inside the quote's own words: the site named before
    (
        (
            "Das Onlineportal Techwatch berichtete am Montag über das neue Smartphone. Das "
            "Gerät soll den Informationen zufolge im Herbst erscheinen."
        ),
        [("den Informationen", "Techwatch")],
    ),
    # "nach eigenen Angaben": the body of the clause, not the sum the parse took as subject
    (
        (
            "Die Regierung verteidigte ihren Kurs. Zwei Millionen Euro hat die Partei nach "
            "eigenen Angaben bereits in der ersten Phase investiert."
        ),
        [("eigenen Angaben", "Partei")],
    ),
    (
        (
            "Die Zahl der Anträge steigt. Dieser Tage zählt das Innenministerium nach eigenen "
            "Angaben pro Tag 300 Anträge."
        ),
        [("eigenen Angaben", "Innenministerium")],
    ),
    # "heißt es darin" after an indefinite text: who issued it
    (
        (
            "Am Dienstag veröffentlichte die Gewerkschaft eine Erklärung. Die Regierung habe "
            "ihre Zusagen gebrochen, heißt es darin."
        ),
        [("eine Erklärung", "Gewerkschaft")],
    ),
    # a bare document noun after "laut": the text named before
    (
        (
            "Die Landesregierung hat einen Erlass herausgegeben. Laut Erlass müssen alle "
            "Schulen bis Freitag geschlossen bleiben."
        ),
        [("Erlass", "Landesregierung")],
    ),
    (
        (
            "Die Partei legte am Mittwoch ein Papier zur Steuerreform vor. Dem Papier zufolge "
            "soll die Lohnsteuer um zwei Prozent sinken."
        ),
        [("Dem Papier", "Partei")],
    ),
    # stays as it was: the document named before is issued by the ministry
    (
        (
            "Das Innenministerium verschickte am Montag ein Schreiben an alle Gemeinden. Die "
            "Quartiere müssten bis Ende Mai bereitstehen, heißt es in dem Schreiben."
        ),
        [("dem Schreiben", "Innenministerium")],
    ),
    # no text named before: a bare document noun is no name
    (
        ("Laut Erlass müssen alle Schulen bis Freitag geschlossen bleiben."),
        [("Erlass", None)],
    ),
    # a role introduced inflected ("dem … Sachverständigen X") is the same title later
    (
        (
            "Laut dem medizinischen Sachverständigen Peter Gruber war der Fahrer stark "
            "betrunken. Der Mann habe 1,5 Promille gehabt, berechnet Gruber. Die Frau könnte "
            "eingeschlafen sein, vermutet der Sachverständige."
        ),
        [
            ("dem medizinischen Sachverständigen Peter Gruber", "Peter Gruber"),
            ("Gruber", "Peter Gruber"),
            ("der Sachverständige", "Peter Gruber"),
        ],
    ),
    # a hyphenated role the person was introduced with, past a colleague named between
    (
        (
            "Wien – Die Exporte steigen wieder, sagte Erste-Bank-Ökonom Martin Gruber am "
            "Montag. Sein Kollege Thomas Berger sprach von einer Trendwende. Die Steuerreform "
            "sei aber nicht gut gelaufen, meinte der Erste-Bank-Ökonom."
        ),
        [
            ("Erste-Bank-Ökonom Martin Gruber", "Martin Gruber"),
            ("Sein Kollege Thomas Berger", "Thomas Berger"),
            ("der Erste-Bank-Ökonom", "Martin Gruber"),
        ],
    ),
    # a role with an attribute after the person named before
    (
        (
            "Jean-Claude Juncker traf am Montag in Athen ein. Die Gespräche seien schwierig, "
            "sagte der heutige Präsident der EU-Kommission."
        ),
        [("der heutige Präsident der EU-Kommission", "Jean-Claude Juncker")],
    ),
    # no one named before: the role stays without a name
    (
        (
            "Die Polizei suchte den Fahrer. Der Unfall sei vermeidbar gewesen, sagte der "
            "Sachverständige."
        ),
        [("der Sachverständige", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
