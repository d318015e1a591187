"""Spans of round 24, second wave (issue 10, direct quotes, marks and interviews): general
classes of German news text.

- mixed quotation marks: a quote opened with a straight ``"`` that no straight mark closes
  in its paragraph ends at a curly closing mark (``"Wir kommen wieder“, sagte X``): one
  direct quote, not an indirect row of the frame; a straight quote closed by a straight mark
  stays as it was;
- a typographic quotation mark left open in the last paragraph of a text runs to the text's
  end, as it runs to the end of any other paragraph;
- an interview in one paragraph without a lead: a one-word label right after the outlet's
  question ("STANDARD: Wie geht es weiter? Berger: Wir warten ab.") labels the
  interviewee's answer, though no entity names the person; the outlet keeps its question;
  Q&A labels of every form ("Name:", "STANDARD:", "Frage:"/"Antwort:", "F:"/"A:") give the
  answers to the person the lead names;
- a quote after a relative clause with a speech verb: the verb that governs the quote
  frames it ("kritisierte …, der zum Sturm aufgerufen haben soll, als „Provokation“");
- an unmarked quote of two sentences framed after the second, which speaks in the first or
  second person without an opening "Und"/"Aber": the sentence before is its first half when
  it is a verbless judgement ("Nichts, worüber man sich Sorgen machen muss.", "Kein Grund
  zur Sorge.") that names no entity, number or third person; the writer's past narration
  stays out.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows


def _rows(doc) -> list[tuple]:
    return [
        (q._.kind, " || ".join(doc.text[a:b] for a, b in q._.parts), q._.speaker)
        for q in doc.spans["quotes"]
    ]


MARK_CASES = [
    (
        '"Wir kommen wieder“, sagte der Bürgermeister Peter Huber.',
        [("direct", '"Wir kommen wieder“', "der Bürgermeister Peter Huber")],
    ),
    (
        '"Wir kommen wieder”, sagte der Bürgermeister Peter Huber.',
        [("direct", '"Wir kommen wieder”', "der Bürgermeister Peter Huber")],
    ),
    (
        '"Wir kommen wieder", sagte der Bürgermeister Peter Huber.',
        [("direct", '"Wir kommen wieder"', "der Bürgermeister Peter Huber")],
    ),
    (
        "Der Bürgermeister Peter Huber sagte: „Wir kommen wieder. Die Stadt wird aufgebaut.",
        [
            (
                "direct",
                "„Wir kommen wieder. Die Stadt wird aufgebaut.",
                "Der Bürgermeister Peter Huber",
            )
        ],
    ),
    (
        (
            "Die Feuerwehr war im Einsatz.\n\nDie Bürgermeisterin Eva Gruber sagte: „Wir bauen "
            "alles wieder auf. Das dauert."
        ),
        [
            (
                "direct",
                "„Wir bauen alles wieder auf. Das dauert.",
                "Die Bürgermeisterin Eva Gruber",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "rows"), MARK_CASES, ids=[str(i) for i in range(len(MARK_CASES))])
def test_marks(nlp, text, rows):
    assert _rows(nlp(text)) == rows


LEAD = "Wien – Die Gewerkschafterin Anna Berger spricht über den Streik.\n"
INTERVIEW_CASES = [
    (
        "STANDARD: Wie geht es weiter? Berger: Wir warten ab. Die Lage ist ernst.",
        [
            ("direct", "Wie geht es weiter?", "STANDARD"),
            ("direct", "Wir warten ab. Die Lage ist ernst.", "Berger"),
        ],
    ),
    (
        LEAD + "STANDARD: Wie geht es weiter?\nBerger: Wir warten ab. Die Lage ist ernst.",
        [
            ("direct", "Wie geht es weiter?", "STANDARD"),
            ("direct", "Wir warten ab. Die Lage ist ernst.", "Berger"),
        ],
    ),
    (
        LEAD + "Frage: Wie geht es weiter?\nAntwort: Wir warten ab. Die Lage ist ernst.",
        [
            ("direct", "Wie geht es weiter?", None),
            ("direct", "Wir warten ab. Die Lage ist ernst.", "Anna Berger"),
        ],
    ),
    (
        LEAD + "F: Wie geht es weiter?\nA: Wir warten ab. Die Lage ist ernst.",
        [
            ("direct", "Wie geht es weiter?", None),
            ("direct", "Wir warten ab. Die Lage ist ernst.", "Anna Berger"),
        ],
    ),
    # a one-word label after a statement, not after the outlet's question: no label
    ("Der Streik geht weiter. Fazit: Die Lage ist ernst.", []),
]


@pytest.mark.parametrize(
    ("text", "rows"), INTERVIEW_CASES, ids=[str(i) for i in range(len(INTERVIEW_CASES))]
)
def test_interviews(nlp, text, rows):
    assert _rows(nlp(text)) == rows


RELATIVE_CASES = [
    (
        (
            "Er kritisierte die Handlungsweise des Politikers, der zum Sturm aufgerufen haben soll, "
            "als „Provokation“."
        ),
        [("direct", "„Provokation“", "kritisierte … als", "Er", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), RELATIVE_CASES, ids=[str(i) for i in range(len(RELATIVE_CASES))]
)
def test_relative_clause_cues(nlp, text, rows):
    assert quote_rows(nlp(text)) == rows


PAIRED_CASES = [
    (
        (
            "Nichts, worüber man sich Sorgen machen muss. Hoffentlich bin ich bald wieder fit, "
            "schrieb der Stürmer Jan Novak auf Twitter."
        ),
        [
            (
                "indirect",
                "Nichts, worüber man sich Sorgen machen muss. Hoffentlich bin ich bald wieder fit",
                "der Stürmer Jan Novak",
            )
        ],
    ),
    (
        "Kein Grund zur Sorge. Wir haben alles im Griff, sagte der Bürgermeister Peter Huber.",
        [
            (
                "indirect",
                "Kein Grund zur Sorge. Wir haben alles im Griff",
                "der Bürgermeister Peter Huber",
            )
        ],
    ),
    # a verbless sentence naming a place, or the writer's past narration: not the speaker's
    (
        "Großbrand in Wien. Wir haben alles im Griff, sagte der Bürgermeister Peter Huber.",
        [("indirect", "Wir haben alles im Griff", "der Bürgermeister Peter Huber")],
    ),
    (
        (
            "Das Feuer brach am Morgen aus. Wir haben alles im Griff, sagte der Bürgermeister "
            "Peter Huber."
        ),
        [("indirect", "Wir haben alles im Griff", "der Bürgermeister Peter Huber")],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), PAIRED_CASES, ids=[str(i) for i in range(len(PAIRED_CASES))]
)
def test_verbless_first_halves(nlp, text, rows):
    assert _rows(nlp(text)) == rows
