"""pipeline.labels: one mapping of TIGER and UD dependency labels to roles."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline import labels


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("de").vocab


@pytest.mark.parametrize(
    "label,role",
    [
        ("nsubj", "subject"),
        ("sb", "subject"),
        ("nsubj:pass", "subject"),
        ("ccomp", "clausal_object"),
        ("oc", "clausal_object"),
        ("compound:prt", "particle"),
        ("svp", "particle"),
        ("obj", "object"),
        ("oa", "object"),
        ("da", "object"),
        ("obl", "modifier"),
        ("mo", "modifier"),
        ("advcl", "modifier"),
        ("obl:agent", "agent"),
        ("sbp", "agent"),
        ("mark", "marker"),
        ("cp", "marker"),
        ("conj", "conjunct"),
        ("cj", "conjunct"),
        ("acl:relcl", "relative_clause"),
        ("rc", "relative_clause"),
        ("parataxis", "parataxis"),
        ("appos", "apposition"),
        ("app", "apposition"),
    ],
)
def test_label_roles(vocab, label, role):
    doc = Doc(vocab, words=["a", "b"], heads=[1, 1], deps=[label, "ROOT"])
    assert labels.has_role(doc[0], role)
    assert role in labels.roles_of(doc[0])


def test_unknown_and_unparsed(vocab):
    doc = Doc(vocab, words=["a", "b"])
    assert labels.role_of(doc[0]) is None
    assert labels.scheme(doc) is None
    assert not labels.is_parsed(doc)


# "Putin hat gesagt" in both schemes: UD hangs subject and aux on the participle,
# TIGER hangs the subject on the auxiliary and the participle is its oc.
UD = {
    "words": ["Putin", "hat", "gesagt"],
    "heads": [2, 2, 2],
    "deps": ["nsubj", "aux", "ROOT"],
    "pos": ["PROPN", "AUX", "VERB"],
    "lemmas": ["Putin", "haben", "sagen"],
}
TIGER = {
    "words": ["Putin", "hat", "gesagt"],
    "heads": [1, 1, 1],
    "deps": ["sb", "ROOT", "oc"],
    "pos": ["PROPN", "AUX", "VERB"],
    "lemmas": ["Putin", "haben", "sagen"],
}


@pytest.mark.parametrize("spec,scheme", [(UD, "ud"), (TIGER, "tiger")])
def test_clause_subject_through_auxiliary(vocab, spec, scheme):
    doc = Doc(vocab, **spec)
    assert labels.scheme(doc) == scheme
    assert labels.clause_subject(doc[2]).text == "Putin"


@pytest.mark.parametrize(
    "spec",
    [
        # UD: "Es wurde von der Polizei mitgeteilt" -- agent noun is obl:agent
        {
            "words": ["Es", "wurde", "von", "Polizei", "mitgeteilt"],
            "heads": [4, 4, 3, 4, 4],
            "deps": ["expl", "aux:pass", "case", "obl:agent", "ROOT"],
            "pos": ["PRON", "AUX", "ADP", "NOUN", "VERB"],
        },
        # TIGER: the preposition heads the PP (sbp), the noun is its nk child
        {
            "words": ["Es", "wurde", "von", "Polizei", "mitgeteilt"],
            "heads": [1, 1, 4, 2, 1],
            "deps": ["ep", "ROOT", "sbp", "nk", "oc"],
            "pos": ["PRON", "AUX", "ADP", "NOUN", "VERB"],
        },
    ],
)
def test_passive_agent(vocab, spec):
    doc = Doc(vocab, **spec)
    assert labels.clause_agent(doc[4]).text == "Polizei"
