"""Cue frames of round 25 (issue 10, precision on unseen text): the writer's narration
through speech-like verbs, and sentences whose first token is a space.

- a w-question after a verb whose subject is a thing ("Die Studie beschreibt, wie …",
  "Der Film erzählt, wie …"): what the thing is about, no one's words; a person or a body
  that speaks keeps its row ("Die Polizei erklärte, warum …", "Merkel erklärte, warum …"),
  and so does a verb of asking ("Kommentatoren fragen sich, warum …");
- a "dass"/"ob" clause after a coordinated main clause with its own noun subject ("…
  bezeichnete das Vorgehen als seltsam, und die Kommission prüft, ob …"): the "ob" is that
  verb's, not the first frame's content; a Konjunktiv second clause stays the speaker's;
- a double space before a sentence (a first space token) changes no mood reading: the
  Konjunktiv right after a statement ("Denn Deutschland propagiere …") and a verb-first
  concession ("Sei das nun …") read as after one space.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    # a thing's w-question: no row
    ("Die Studie beschreibt, wie sich das Klima in den Alpen verändert hat.", []),
    ("Der Film erzählt, wie ein Bauer sein Dorf verlässt.", []),
    # a speaker's w-question stays
    (
        "Merkel erklärte, warum sie den Plan unterstütze.",
        [("indirect", "warum sie den Plan unterstütze", "erklärte", "Merkel", "Angela Merkel")],
    ),
    (
        "Die Polizei erklärte, warum die Straße gesperrt wurde.",
        [("indirect", "warum die Straße gesperrt wurde", "erklärte", "Die Polizei", "Polizei")],
    ),
    # a verb of asking asks its question, whoever the subject is
    (
        (
            "Selbst unbeteiligte Kommentatoren fragen sich, warum der Präsident plötzlich einen "
            "harten Kurs fährt."
        ),
        [
            (
                "indirect",
                "warum der Präsident plötzlich einen harten Kurs fährt",
                "fragen",
                "Kommentatoren",
                None,
            )
        ],
    ),
    # a Konjunktiv coordinated clause stays the speaker's
    (
        (
            "Der Minister sagte, er halte das Vorgehen für seltsam, und die Kommission prüfe, ob "
            "das Prinzip gewahrt worden sei."
        ),
        [
            (
                "indirect",
                (
                    "er halte das Vorgehen für seltsam, und die Kommission prüfe, ob das Prinzip "
                    "gewahrt worden sei"
                ),
                "sagte",
                "Der Minister",
                None,
            )
        ],
    ),
]

#: a coordinated clause with its own subject: its "ob" is not the first frame's
COORDINATED = [
    (
        "Der Minister bezeichnete dieses Vorgehen als seltsam, und die Kommission prüft, ob das "
        "Prinzip gewahrt wurde."
    ),
    (
        "Der Minister nannte das Vorgehen seltsam, und die Kommission untersucht, ob das Gesetz "
        "verletzt wurde."
    ),
]

#: the same text after one and after two spaces: the same rows
SPACED = [
    (
        "Der Verband sagte, die Regierung handle zu spät.{} Denn Deutschland propagiere die Rente "
        "mit 67."
    ),
    (
        "Die Sprecherin sagte, man prüfe den Fall.{} Sei das nun ein Fehler oder nicht, die Stadt "
        "zahlt."
    ),
    "Der Anwalt sagte, sein Mandant sei unschuldig.{} Daran verschwende er keinen Gedanken.",
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_topic_questions(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text", COORDINATED)
def test_coordinated_clause_keeps_its_whether(nlp, text):
    rows = _rows(nlp(text))
    assert not any(kind in ("indirect", "mixed") and q.startswith("ob ") for kind, q, *_ in rows)


@pytest.mark.parametrize("text", SPACED)
def test_double_space_same_rows(nlp, text):
    one = [row[:3] for row in _rows(nlp(text.format("")))]
    two = [row[:3] for row in _rows(nlp(text.format(" ")))]
    assert [(k, q.strip(), c) for k, q, c in two] == one
