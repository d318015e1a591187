"""A source phrase's role with the person's name between commas (round 34, issue 10):
"Laut dem Sprecher des Ministeriums, Karl-Heinz Grundböck, sei …" gave the statement
'Karl-Heinz Grundböck, sei …' (the name inside what is said) and mid-sentence "laut dem
Anwalt, Peter Gruber, …" kept the name in the statement's second part. The mention now runs
on over ", Name" and the apposition leaves the statement
(:mod:`pipeline.quotes.source_appositions`); before a postposed "zufolge" the role and the
name are the mention ("Der Sprecherin, Anna Berger, zufolge …"). A relative clause or a list
after the source is no apposition.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, parts joined by " || ", cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows as rows

CASES = [
    (
        (
            "Laut dem Sprecher des Ministeriums, Karl-Heinz Grundböck, sei das Abkommen nicht "
            "gefährdet."
        ),
        [
            (
                "indirect",
                "sei das Abkommen nicht gefährdet",
                "Laut",
                "dem Sprecher des Ministeriums, Karl-Heinz Grundböck",
                "Karl-Heinz Grundböck",
            )
        ],
    ),
    (
        (
            "Die Akten sollen laut dem Anwalt der Familie, Peter Gruber, längst vernichtet "
            "worden sein."
        ),
        [
            (
                "indirect",
                "Die Akten sollen || längst vernichtet worden sein",
                "laut",
                "dem Anwalt der Familie, Peter Gruber",
                "Peter Gruber",
            )
        ],
    ),
    (
        "Nach Angaben des Innenministers, Gerhard Karner, seien die Kontrollen verschärft worden.",
        [
            (
                "indirect",
                "seien die Kontrollen verschärft worden",
                "Nach Angaben",
                "des Innenministers, Gerhard Karner",
                "Gerhard Karner",
            )
        ],
    ),
    (
        "Nach Angaben der Polizeisprecherin, Barbara Gass, wurde niemand verletzt.",
        [
            (
                "indirect",
                "wurde niemand verletzt",
                "Nach Angaben",
                "der Polizeisprecherin, Barbara Gass",
                "Barbara Gass",
            )
        ],
    ),
    (
        "Laut ÖBB-Sprecher, Herbert Hofer, fallen am Montag mehrere Züge aus.",
        [
            (
                "indirect",
                "fallen am Montag mehrere Züge aus",
                "Laut",
                "ÖBB-Sprecher, Herbert Hofer",
                "Herbert Hofer",
            )
        ],
    ),
    (
        "Laut der Direktorin der Schule, Maria Lechner, haben sich mehrere Eltern beschwert.",
        [
            (
                "indirect",
                "haben sich mehrere Eltern beschwert",
                "Laut",
                "der Direktorin der Schule, Maria Lechner",
                "Maria Lechner",
            )
        ],
    ),
    (
        "Laut dem Bürgermeister, Franz Huber (ÖVP), soll die Volksschule im Herbst saniert werden.",
        [
            (
                "indirect",
                "soll die Volksschule im Herbst saniert werden",
                "Laut",
                "dem Bürgermeister, Franz Huber",
                "Franz Huber",
            )
        ],
    ),
    (
        "Der Sprecherin, Anna Berger, zufolge wird die Strecke erst am Abend wieder freigegeben.",
        [
            (
                "indirect",
                "wird die Strecke erst am Abend wieder freigegeben",
                "zufolge",
                "Der Sprecherin, Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    (
        "Die Strecke wird der Sprecherin, Anna Berger, zufolge erst am Abend freigegeben.",
        [
            (
                "indirect",
                "Die Strecke wird || erst am Abend freigegeben",
                "zufolge",
                "der Sprecherin, Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    (
        (
            "Das Konzert wurde nach Angaben der Veranstalterin, Petra Novak, wegen des Sturms "
            "abgesagt."
        ),
        [
            (
                "indirect",
                "Das Konzert wurde || wegen des Sturms abgesagt",
                "nach Angaben",
                "der Veranstalterin, Petra Novak",
                "Petra Novak",
            )
        ],
    ),
    (
        "Laut der Staatsanwältin, Eva Huber, wird gegen drei Personen ermittelt.",
        [
            (
                "indirect",
                "wird gegen drei Personen ermittelt",
                "Laut",
                "der Staatsanwältin, Eva Huber",
                "Eva Huber",
            )
        ],
    ),
    (
        "Laut dem Anwalt des Angeklagten, Peter Gruber, sei das Urteil „völlig überzogen“.",
        [
            (
                "mixed",
                "sei das Urteil „völlig überzogen“",
                "Laut",
                "dem Anwalt des Angeklagten, Peter Gruber",
                "Peter Gruber",
            ),
            (
                "direct",
                "„völlig überzogen“",
                "Laut",
                "dem Anwalt des Angeklagten, Peter Gruber",
                "Peter Gruber",
            ),
        ],
    ),
    # not an apposition: a relative clause, a list, a place, no name
    (
        "Laut dem Sprecher der Stadt, Wien, sei alles in Ordnung.",
        [("indirect", "sei alles in Ordnung", "Laut", "dem Sprecher der Stadt", None)],
    ),
    (
        "Laut dem Bericht, den die Kommission vorlegte, steigen die Kosten.",
        [("indirect", "steigen die Kosten", "Laut", "dem Bericht", None)],
    ),
    (
        "Laut der Polizei, die am Abend eintraf, war der Fahrer alkoholisiert.",
        [("indirect", "war der Fahrer alkoholisiert", "Laut", "der Polizei", "Polizei")],
    ),
    (
        "Laut Polizei, Rettung und Feuerwehr gab es keine Verletzten.",
        [("indirect", "gab es keine Verletzten", "Laut", "Polizei", "Polizei")],
    ),
    (
        "Laut dem Sprecher, der anonym bleiben wollte, sei die Lage ernst.",
        [("indirect", "sei die Lage ernst", "Laut", "dem Sprecher", None)],
    ),
    (
        "Der Sprecherin zufolge wird die Strecke erst am Abend wieder freigegeben.",
        [
            (
                "indirect",
                "wird die Strecke erst am Abend wieder freigegeben",
                "zufolge",
                "Der Sprecherin",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_source_apposition(nlp, text, expected):
    assert rows(nlp(text)) == expected


FRONTED_DATIVES = [
    (
        "Dem Verein drohe der Abstieg, berichten die „Salzburger Nachrichten“.",
        [
            (
                "indirect",
                "Dem Verein drohe der Abstieg",
                "berichten",
                "die „Salzburger Nachrichten“",
                "Salzburger Nachrichten",
            )
        ],
    ),
    (
        "Den Bauern drohen hohe Verluste, schreibt die „Kleine Zeitung“.",
        [
            (
                "indirect",
                "Den Bauern drohen hohe Verluste",
                "schreibt",
                "die „Kleine Zeitung“",
                "Kleine Zeitung",
            )
        ],
    ),
]


@pytest.mark.parametrize("text,expected", FRONTED_DATIVES)
def test_fronted_dative_before_a_medium(nlp, text, expected):
    """A fronted dative object opens the statement; the medium after the verb speaks."""
    assert rows(nlp(text)) == expected
