"""A cue verb the parse gives no subject ("hat Stadträtin Kathrin Gaál gefordert" with the name
parsed as object, "Der Kandidat …, Bastien Girod, hat … angeregt" with the name as passive
subject): the first person (else organisation) entity of the sentence up to the verb,
outside what is said and not behind a preposition or an addressee's article, speaks. A
passive cue ("wurde gefordert") or a sentence that names nobody stays without a speaker.

Each row: a text written for these tests (Austrian, Swiss, German news style), the words
whose parse label is replaced (the failure the shipped model shows on such sentences), and
every quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

#: components that run after the labels are replaced
OURS = ("newsx_quotes", "newsx_speakers")

CASES = [
    (
        (
            "Der Spitzenkandidat der Grünen, Regula Rytz, hat in einem Interview angeregt, die "
            "Gemeinden sollten die Abgaben senken."
        ),
        {"Spitzenkandidat": "obj", "Regula": "nsubj:pass", "Rytz": "nsubj:pass"},
        [("die Gemeinden sollten die Abgaben senken", "Regula Rytz", "Regula Rytz")],
    ),
    (
        (
            "Der Vorsitzende der Jungen Union, Johannes Winkel, hat am Freitag angeregt, die Partei "
            "solle sich erneuern."
        ),
        {"Vorsitzende": "obj", "Johannes": "nsubj:pass", "Winkel": "nsubj:pass"},
        [("die Partei solle sich erneuern", "Johannes Winkel", "Johannes Winkel")],
    ),
    # "man" is a subject: no frame name, and "man" names nobody
    (
        "Nach dem Treffen mit Doris Leuthard hat man gefordert, die Gebühren zu senken.",
        {},
        [("die Gebühren zu senken", None, None)],
    ),
    # a passive cue: nobody speaks
    (
        "Bei der Versammlung in Graz wurde gefordert, die Straße für Lastwagen zu sperren.",
        {},
        [("die Straße für Lastwagen zu sperren", None, None)],
    ),
]


def _rows(nlp, text: str, relabel: dict[str, str]) -> list[tuple]:
    with nlp.select_pipes(disable=list(OURS)):
        doc = nlp(text)
    for t in doc:
        if t.text in relabel:
            t.dep_ = relabel[t.text]
    for name in OURS:
        doc = nlp.get_pipe(name)(doc)
    return [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


@pytest.mark.parametrize("text, relabel, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_frame_names_the_speaker(ud_nlp, text, relabel, expected):
    assert _rows(ud_nlp, text, relabel) == expected
