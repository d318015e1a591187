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


# --- TIGER structure helpers (issue 17): the same question, both tree shapes ---------------

#: "Putin sprach nach den Worten" -- UD: the noun heads the PP; TIGER: the preposition
PP_UD = {
    "words": ["Putin", "sprach", "nach", "den", "Worten"],
    "heads": [1, 1, 4, 4, 1],
    "deps": ["nsubj", "ROOT", "case", "det", "obl"],
    "pos": ["PROPN", "VERB", "ADP", "DET", "NOUN"],
    "tags": ["NE", "VVFIN", "APPR", "ART", "NN"],
}
PP_TIGER = {
    "words": PP_UD["words"],
    "heads": [1, 1, 1, 4, 2],
    "deps": ["sb", "ROOT", "mo", "nk", "nk"],
    "pos": PP_UD["pos"],
    "tags": PP_UD["tags"],
}


@pytest.mark.parametrize("spec", [PP_UD, PP_TIGER], ids=["ud", "tiger"])
def test_adposition_and_phrase_head(vocab, spec):
    doc = Doc(vocab, **spec)
    worten = doc[4]
    assert labels.adposition_of(worten).text == "nach"
    assert labels.in_prepositional_phrase(worten)
    assert labels.has_role(labels.phrase_head(worten), "modifier")
    assert labels.adposition_of(doc[0]) is None
    assert labels.pp_object(doc[2] if spec is PP_TIGER else worten).text == "Worten"


#: "Er lachte und sie ging" -- UD: conj on the first verb, cc on the second;
#: TIGER: cd on the first verb, the second verb cj below the coordinator
COORD_UD = {
    "words": ["Er", "lachte", "und", "ging"],
    "heads": [1, 1, 3, 1],
    "deps": ["nsubj", "ROOT", "cc", "conj"],
    "pos": ["PRON", "VERB", "CCONJ", "VERB"],
}
COORD_TIGER = {
    "words": COORD_UD["words"],
    "heads": [1, 1, 1, 2],
    "deps": ["sb", "ROOT", "cd", "cj"],
    "pos": COORD_UD["pos"],
}


@pytest.mark.parametrize("spec", [COORD_UD, COORD_TIGER], ids=["ud", "tiger"])
def test_coordination_head_and_shared_subject(vocab, spec):
    doc = Doc(vocab, **spec)
    assert labels.coordination_head(doc[3]).text == "lachte"
    assert labels.coordination_head(doc[1]) is None
    assert labels.clause_subject(doc[3]).text == "Er"


#: "Die Lage ist stabil" -- UD: predicate heads, cop child; TIGER: copula heads, pd child
COP_UD = {
    "words": ["Die", "Lage", "ist", "stabil"],
    "heads": [1, 3, 3, 3],
    "deps": ["det", "nsubj", "cop", "ROOT"],
    "pos": ["DET", "NOUN", "AUX", "ADJ"],
}
COP_TIGER = {
    "words": COP_UD["words"],
    "heads": [1, 2, 2, 2],
    "deps": ["nk", "sb", "ROOT", "pd"],
    "pos": COP_UD["pos"],
}


@pytest.mark.parametrize("spec", [COP_UD, COP_TIGER], ids=["ud", "tiger"])
def test_predicative_of_a_copula(vocab, spec):
    doc = Doc(vocab, **spec)
    assert labels.predicative(doc[2]).text == "stabil"


@pytest.mark.parametrize("spec", [UD, TIGER], ids=["ud", "tiger"])
def test_lexical_verb(vocab, spec):
    doc = Doc(vocab, **spec)
    assert labels.lexical_verb(doc[1]).text == "gesagt"  # from "hat"
    assert labels.lexical_verb(doc[2]).text == "gesagt"


@pytest.mark.parametrize(
    "spec",
    [
        # UD: "Angriffe wurden gemeldet", nsubj:pass on the participle
        {
            "words": ["Angriffe", "wurden", "gemeldet"],
            "heads": [2, 2, 2],
            "deps": ["nsubj:pass", "aux:pass", "ROOT"],
            "pos": ["NOUN", "AUX", "VERB"],
            "tags": ["NN", "VAFIN", "VVPP"],
            "lemmas": ["Angriff", "werden", "melden"],
        },
        # TIGER: plain sb on the finite auxiliary, passive only from the verb chain
        {
            "words": ["Angriffe", "wurden", "gemeldet"],
            "heads": [1, 1, 1],
            "deps": ["sb", "ROOT", "oc"],
            "pos": ["NOUN", "AUX", "VERB"],
            "tags": ["NN", "VAFIN", "VVPP"],
            "lemmas": ["Angriff", "werden", "melden"],
        },
    ],
    ids=["ud", "tiger"],
)
def test_passive_subject(vocab, spec):
    doc = Doc(vocab, **spec)
    assert labels.is_passive_subject(doc[0])


def test_active_tiger_subject_is_not_passive(vocab):
    doc = Doc(vocab, **TIGER)
    assert not labels.is_passive_subject(doc[0])


@pytest.mark.parametrize(
    "label, is_object",
    [("oa", True), ("mo", True), ("oc", True), ("obj", True), ("obl", True), ("sb", False)],
)
def test_is_verb_object(vocab, label, is_object):
    doc = Doc(vocab, words=["a", "b"], heads=[1, 1], deps=[label, "ROOT"])
    assert labels.is_verb_object(doc[0]) is is_object
