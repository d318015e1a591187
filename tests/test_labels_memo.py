"""labels.memoised_children reads heads and labels once per Doc from arrays: every answer
inside the block equals the answer spaCy's Token.children gives outside it (UD, TIGER,
unparsed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline import labels

ROLE_SETS = [
    ("subject",),
    ("auxiliary",),
    ("agent",),
    ("clausal_object",),
    ("particle",),
    ("subject", "expletive"),
    ("object", "modifier"),
    ("case",),
    ("predicative",),
]

SPECS = [
    # UD: "Der Wiener Bürgermeister hat am Montag angekündigt, dass die Steuer sinkt."
    {
        "words": [
            "Der",
            "Wiener",
            "Bürgermeister",
            "hat",
            "am",
            "Montag",
            "angekündigt",
            ",",
            "dass",
            "die",
            "Steuer",
            "sinkt",
            ".",
        ],
        "heads": [2, 2, 6, 6, 5, 6, 6, 11, 11, 10, 11, 6, 6],
        "deps": [
            "det",
            "amod",
            "nsubj",
            "aux",
            "case",
            "obl",
            "ROOT",
            "punct",
            "mark",
            "det",
            "nsubj",
            "ccomp",
            "punct",
        ],
        "pos": [
            "DET",
            "ADJ",
            "NOUN",
            "AUX",
            "ADP",
            "NOUN",
            "VERB",
            "PUNCT",
            "SCONJ",
            "DET",
            "NOUN",
            "VERB",
            "PUNCT",
        ],
        "lemmas": [
            "der",
            "wienerisch",
            "Bürgermeister",
            "haben",
            "an",
            "Montag",
            "ankündigen",
            ",",
            "dass",
            "der",
            "Steuer",
            "sinken",
            ".",
        ],
    },
    # TIGER: "Es wurde von der Zürcher Polizei mitgeteilt und bestätigt."
    {
        "words": [
            "Es",
            "wurde",
            "von",
            "der",
            "Zürcher",
            "Polizei",
            "mitgeteilt",
            "und",
            "bestätigt",
            ".",
        ],
        "heads": [1, 1, 6, 5, 5, 2, 1, 6, 7, 1],
        "deps": ["ep", "ROOT", "sbp", "nk", "nk", "nk", "oc", "cd", "cj", "punct"],
        "pos": ["PRON", "AUX", "ADP", "DET", "ADJ", "NOUN", "VERB", "CCONJ", "VERB", "PUNCT"],
        "lemmas": [
            "es",
            "werden",
            "von",
            "der",
            "Zürcher",
            "Polizei",
            "mitteilen",
            "und",
            "bestätigen",
            ".",
        ],
        "tags": ["PPER", "VAFIN", "APPR", "ART", "ADJA", "NN", "VVPP", "KON", "VVPP", "$."],
    },
    # TIGER copula: "Die Lage in Graz ist ernst, sagte sie."
    {
        "words": ["Die", "Lage", "in", "Graz", "ist", "ernst", ",", "sagte", "sie", "."],
        "heads": [1, 4, 1, 2, 7, 4, 7, 7, 7, 7],
        "deps": ["nk", "sb", "mnr", "nk", "oc", "pd", "punct", "ROOT", "sb", "punct"],
        "pos": ["DET", "NOUN", "ADP", "PROPN", "AUX", "ADJ", "PUNCT", "VERB", "PRON", "PUNCT"],
        "lemmas": ["der", "Lage", "in", "Graz", "sein", "ernst", ",", "sagen", "sie", "."],
    },
    # unparsed: "Basel meldet nichts."
    {"words": ["Basel", "meldet", "nichts", "."]},
]


def _answers(doc: Doc) -> list:
    out = []
    for tok in doc:
        out.append([[c.i for c in labels.children_with(tok, *r)] for r in ROLE_SETS])
        out.append([t.i for t in labels.verb_chain(tok)])
        subj = labels.clause_subject(tok)
        pred = labels.predicative(tok)
        out.append(
            (
                subj.i if subj is not None else None,
                labels.is_passive(tok),
                pred.i if pred is not None else None,
            )
        )
        agent = labels.clause_agent(tok)
        out.append(agent.i if agent is not None else None)
    return out


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("de").vocab


@pytest.mark.parametrize("spec", SPECS, ids=["ud", "tiger-passive", "tiger-copula", "unparsed"])
def test_memo_answers_equal_token_children(vocab, spec):
    doc = Doc(vocab, **spec)
    plain = _answers(doc)
    with labels.memoised_children(doc):
        first = _answers(doc)
        again = _answers(doc)  # the memoised answers, asked a second time
    assert first == plain
    assert again == plain


def test_memo_children_in_document_order(vocab):
    doc = Doc(vocab, **SPECS[0])
    with labels.memoised_children(doc):
        kids = [c.text for c in labels.children_with(doc[6], "subject", "auxiliary", "modifier")]
    assert kids == ["Bürgermeister", "hat", "Montag"]


def test_memo_is_left_with_its_block(vocab):
    doc = Doc(vocab, **SPECS[1])
    with labels.memoised_children(doc):
        assert labels._memo_of(doc) is not None
    assert labels._memo_of(doc) is None
    assert [t.text for t in labels.verb_chain(doc[6])] == ["mitgeteilt", "wurde"]
