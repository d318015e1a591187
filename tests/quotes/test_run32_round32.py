"""Continuations of round 32 (issue 10): a Konjunktiv sentence after a stance sentence
("Die Gewerkschaft lehnt die Reform ab.") whose predicate is a quoted phrase ("Sie sei „ein
Angriff auf die Arbeitnehmer“.") goes on with the stance sentence's subject. The phrase had
taken the pronoun before it as its speaker and so headed the chain itself
(:func:`pipeline.quotes.chain_heads.unit_has_quote`); a quoted phrase with no cue is no
frame of its own. Texts that must stay as they were too.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

DOCUMENTS = [
    (
        "Die Gewerkschaft lehnt die Reform ab. Sie sei „ein Angriff auf die Arbeitnehmer“.",
        [
            ("continuation", "Die Gewerkschaft", "Gewerkschaft"),
            ("direct", "Die Gewerkschaft", "Gewerkschaft"),
        ],
    ),
    (
        "Die Grünen-Abgeordnete Sigrid Maurer kritisierte den Entwurf. Er sei „ein Rückschritt“.",
        [
            ("continuation", "Die Grünen-Abgeordnete Sigrid Maurer", "Sigrid Maurer"),
            ("direct", "Die Grünen-Abgeordnete Sigrid Maurer", "Sigrid Maurer"),
        ],
    ),
    (
        "Der Bürgermeister verurteilte den Anschlag. Dieser sei „durch nichts zu rechtfertigen“.",
        [("continuation", "Der Bürgermeister", None), ("direct", "Der Bürgermeister", None)],
    ),
    (
        "Die Opposition wies die Vorwürfe zurück. Diese seien „völlig haltlos“.",
        [
            ("continuation", "Die Opposition", "Opposition"),
            ("direct", "Die Opposition", "Opposition"),
        ],
    ),
    (
        "Der Betriebsrat begrüßte die Einigung. Sie bringe „mehr Sicherheit für alle“.",
        [
            ("continuation", "Der Betriebsrat", "Betriebsrat"),
            ("direct", "Der Betriebsrat", "Betriebsrat"),
        ],
    ),
    # without the quoted phrase: as before
    (
        "Die Gewerkschaft lehnt die Reform ab. Sie sei ein Angriff auf die Arbeitnehmer.",
        [("continuation", "Die Gewerkschaft", "Gewerkschaft")],
    ),
    # a framed statement keeps its own speaker
    (
        (
            "Der Verband kritisierte die Novelle. Sie sei „ein Schlag ins Gesicht“, sagte "
            "Präsidentin Anna Berger."
        ),
        [
            ("mixed", "Präsidentin Anna Berger", "Anna Berger"),
            ("direct", "Präsidentin Anna Berger", "Anna Berger"),
        ],
    ),
    # no Konjunktiv, no statement before: the phrase stays alone
    (
        "Die Stadt hat das Budget beschlossen. Es sieht „deutliche Einsparungen“ vor.",
        [("direct", None, None)],
    ),
]


def _rows(doc) -> list[tuple]:
    return [(q._.kind, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_quoted_phrase_after_stance_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected
