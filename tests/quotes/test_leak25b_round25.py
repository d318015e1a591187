"""Source mentions and lead-ins of round 25b (issue 10): every source a "laut" / "nach
Angaben" frame names, the body a report comes from, and the writer's clause before a colon.

- a second source joined by "und" / "sowie" after "laut X" or "nach Angaben von X" is in
  the mention too ("laut Polizei und Feuerwehr", "nach Angaben von Armee und Sanitätern",
  "nach Angaben der Verbände Creditreform und AKV"), as in a subject mention ("Polizei
  und Feuerwehr teilten mit");
- after a report noun the ``von`` phrase the statement leaves out is the reporting body
  ("laut einem Bericht von The Register", "laut einem Artikel von „BBC News“, der …":
  the relative clause stays out);
- the writer's indicative clause before a colon opens a statement framed after it, in
  the reported-speech mood after the colon ("Es ist ein alter Witz unter Technikern: Der
  Browser sei …, so das Urteil vieler Nutzer"): the statement starts after the colon; a
  lead-in in the reported-speech mood, before indicative words, or after the cue stays;
- unchanged: a named body after "der" ("laut einer Pressemitteilung der ALA"), a date after the source ("nach Polizeiangaben vom Sonntag"), a mention
  with a genitive attribute ("laut einer Studie der Universität Wien"), a joined word that
  is no noun phrase ("laut Polizei und anschließend auch der Regierung").

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

JOINED = [
    (
        "Bei dem Unfall wurden laut Polizei und Feuerwehr drei Menschen schwer verletzt.",
        [("Bei dem Unfall wurden || drei Menschen schwer verletzt", "Polizei und Feuerwehr")],
    ),
    (
        "Nach Angaben von Armee und Sanitätern kamen bei dem Angriff zwölf Menschen ums Leben.",
        [("kamen bei dem Angriff zwölf Menschen ums Leben", "Armee und Sanitätern")],
    ),
    (
        "Laut Innenministerium und Rotem Kreuz sind in der Nacht 3000 Flüchtlinge angekommen.",
        [("sind in der Nacht 3000 Flüchtlinge angekommen", "Innenministerium und Rotem Kreuz")],
    ),
    (
        "Laut Recherchen von Spiegel und ZDF hat der Minister davon gewusst.",
        [("hat der Minister davon gewusst", "Recherchen von Spiegel und ZDF")],
    ),
    (
        "Laut einem Bericht von The Register hat der Konzern die Software zurückgezogen.",
        [("hat der Konzern die Software zurückgezogen", "einem Bericht von The Register")],
    ),
    (
        (
            "Laut einem Artikel von „BBC News“, der sich auf Daten der Weltbank beruft, leben "
            "dort zwei Millionen Menschen in Armut."
        ),
        [("leben dort zwei Millionen Menschen in Armut", "einem Artikel von „BBC News“")],
    ),
]

UNCHANGED = [
    (
        "Nach Polizeiangaben vom Sonntag schoss der Mann auf zwei Schüler.",
        [("schoss der Mann auf zwei Schüler", "Polizeiangaben")],
    ),
    (
        "Laut einer Studie der Universität Wien ist der Anteil gestiegen.",
        [("ist der Anteil gestiegen", "einer Studie der Universität Wien")],
    ),
    (
        "Laut einem Bericht von Reuters will der Konzern 2000 Stellen streichen.",
        [("will der Konzern 2000 Stellen streichen", "einem Bericht von Reuters")],
    ),
    (
        "Polizei und Feuerwehr teilten mit, dass drei Menschen verletzt worden seien.",
        [("dass drei Menschen verletzt worden seien", "Polizei und Feuerwehr")],
    ),
    ("Der Konzern und die Gewerkschaft verhandeln seit Montag über den Vertrag.", []),
    # a named body after "der" is the report's genitive attribute, not the statement's noun
    (
        (
            "Mit der Aktionswoche soll laut einer Pressemitteilung der ALA die Freiheit des "
            "Lesens gefeiert werden."
        ),
        [
            (
                "Mit der Aktionswoche soll || die Freiheit des Lesens gefeiert werden",
                "einer Pressemitteilung der ALA",
            )
        ],
    ),
]


LEAD_INS = [
    (
        (
            "Es ist ein alter Witz unter Technikern: Der neue Browser sei nur gut, um einen "
            "anderen herunterzuladen, so das Urteil vieler Nutzer."
        ),
        [("Der neue Browser sei nur gut, um einen anderen herunterzuladen", "das Urteil")],
    ),
    (
        (
            "Auch die Kämpfe am Boden gingen weiter: Im Süden der Stadt habe die Miliz eine "
            "wichtige Straße erobert, teilte die Beobachtungsstelle mit."
        ),
        [
            (
                "Im Süden der Stadt habe die Miliz eine wichtige Straße erobert",
                "die Beobachtungsstelle",
            )
        ],
    ),
    # unchanged: the words after the colon are indicative, the lead-in is reported, or
    # the cue stands before the colon
    (
        "Das Problem ist klar: Die Regierung hat versagt, sagte Huber.",
        [("Das Problem ist klar: Die Regierung hat versagt", "Huber")],
    ),
    (
        "Die Reform habe keine Jobs geschaffen: Das Volumen sei gesunken, sagte Huber.",
        [("Die Reform habe keine Jobs geschaffen: Das Volumen sei gesunken", "Huber")],
    ),
    (
        "Huber sagte dazu: Die Regierung habe versagt, die Lage sei ernst.",
        [("Die Regierung habe versagt, die Lage sei ernst", "Huber")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED, ids=[str(i) for i in range(len(JOINED))])
def test_mention_holds_joined_source(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"), UNCHANGED, ids=[str(i) for i in range(len(UNCHANGED))]
)
def test_mention_unchanged(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), LEAD_INS, ids=[str(i) for i in range(len(LEAD_INS))])
def test_narrated_lead_in(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
