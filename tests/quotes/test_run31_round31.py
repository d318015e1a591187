"""Continuations of round 31 (issue 10): a writer's sentence between a statement and its
continuation whose speech verb names no one who made a statement -- a relative clause of a
narrative sentence ("Tirol ist eines von drei Ländern, die die Anfrage nicht beantwortet
haben.") -- no longer heads the chain with no speaker: the statement before goes on across
it (:func:`pipeline.quotes.chain_heads.across_act`). Texts that must stay as they were too.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

DOCUMENTS = [
    (
        (
            "Die Firma teilte mit, sie habe Insolvenz beantragt. Wien ist eine von vier Städten, "
            "die die Förderung nicht gemeldet haben. Die Stadt prüfe den Fall."
        ),
        [("indirect", "Die Firma", None), ("continuation", "Die Firma", None)],
    ),
    (
        (
            "Die Ministerin Anna Berger erklärte, die Reform sei gescheitert. Die Ministerin "
            "forderte ein neues Gesetz. Tirol ist eines von drei Ländern, die die Anfrage nicht "
            "beantwortet haben. Berger habe daraufhin den Landeshauptmann angerufen."
        ),
        None,  # checked below: the last row takes the minister's name
    ),
    # a chain with no such sentence between stays as it was
    (
        (
            "Der Bürgermeister sagte, die Straße werde gesperrt. Die Arbeiten dauern bis Mai. "
            "Huber habe daraufhin den Bezirk verständigt."
        ),
        [("indirect", "Der Bürgermeister", None), ("continuation", "Der Bürgermeister", None)],
    ),
    (
        (
            "Der Gewerkschafter Peter Moser sagte, die Löhne seien zu niedrig. Er kritisierte die "
            "Firma, der er Lohndumping vorwirft. Mit neuen Verträgen setze die Firma die "
            "Beschäftigten unter Druck."
        ),
        [
            ("indirect", "Der Gewerkschafter Peter Moser", "Peter Moser"),
            ("continuation", "Er", "Peter Moser"),
        ],
    ),
]


def _rows(doc) -> list[tuple]:
    return [(q._.kind, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_continuation_across_narrative_relative_clause(nlp, text, expected):
    rows = _rows(nlp(text))
    if expected is None:
        assert rows[-1][0] == "continuation"
        assert rows[-1][2] == "Anna Berger"
    else:
        assert rows == expected
