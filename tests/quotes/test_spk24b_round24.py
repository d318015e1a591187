"""Speaker mentions of round 24, second wave (issue 10, "Speakers"): the frame's words that
name the speaker.

- a group pronoun alone right before the finite verb (``quantifier_subjects``: "Einige
  vertreten die Auffassung, …", "Viele befürchten, dass …") speaks, on the continuation
  after it too; the frame's object noun ("die Auffassung") does not; one further from its
  verb ("wo alle nach neuen Ideen rufen") frames nothing;
- a bare report noun ("nach Angaben unabhängiger Experten"): the genitive phrase the parse
  hangs on it names the source, as "nach Angaben der Experten" does;
- a relative pronoun after a source preposition ("eine Theorie, laut der das Militär …")
  is the source alone, the clause's subject after it belongs to what is said; a relative
  pronoun that is an attribute ("Laut dessen Sprecher") keeps its noun;
- a set noun of the setting before a genitive ("Im Rahmen einer Pressekonferenz wurde
  betont"): the genitive phrase is the source.

News-style texts written for these tests; both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows, speaker_rows

DOCUMENTS = [
    (
        (
            "Einige vertreten die Auffassung, die Welt befinde sich in einer tiefen Krise. "
            "Die Regierung müsse deshalb sofort handeln."
        ),
        [("Einige", None), ("Einige", None)],
    ),
    ("Viele befürchten, dass die Reform zu spät komme.", [("Viele", None)]),
    ("Alle vertreten den Standpunkt, das Gesetz sei verfassungswidrig.", [("Alle", None)]),
    (
        "Manche Experten vertreten die Meinung, der Markt werde sich rasch erholen.",
        [("Manche Experten", None)],
    ),
    # a group pronoun away from its verb: no frame
    ("Aber jetzt, wo alle nach neuen Ideen rufen, dürfte der Minister mitreden.", []),
    (
        "Nach Angaben unabhängiger Experten ist Senfgas eingesetzt worden.",
        [("unabhängiger Experten", None)],
    ),
    (
        "Die Zahl der Toten stieg nach Angaben örtlicher Behörden auf 40.",
        [("örtlicher Behörden", "Behörden")],
    ),
    ("Nach Angaben der Experten ist Senfgas eingesetzt worden.", [("der Experten", None)]),
    (
        "Die Studie stützt sich auf eine Umfrage, der zufolge jeder dritte Befragte ein Auto besitze.",
        [("der", None)],
    ),
    ("Laut dessen Sprecher werde der Vertrag verlängert.", [("dessen Sprecher", None)]),
    (
        "Im Rahmen einer Pressekonferenz wurde betont, dass die Gespräche weitergehen.",
        [("einer Pressekonferenz", None)],
    ),
    (
        "Im Rahmen einer Pressekonferenz des Ministeriums wurde betont, dass die Gespräche weitergehen.",
        [("einer Pressekonferenz des Ministeriums", "Ministerium")],
    ),
]

PART_DOCUMENTS = [
    (
        "Er glaubt an eine Theorie, laut der das Militär die Bevölkerung über Kondensstreifen manipuliert.",
        [("das Militär die Bevölkerung über Kondensstreifen manipuliert", "der")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions_round24b(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"), PART_DOCUMENTS, ids=[d[0][:40] for d in PART_DOCUMENTS]
)
def test_relative_source_parts_round24b(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
