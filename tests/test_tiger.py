"""The TIGER path: UD -> TIGER tree conversion, ``newsx_ud2tiger`` and a trained TIGER pipeline.

Three layers, cheapest first:

1. :func:`pipeline.training.tiger.convert_tree` on hand-written UD trees, one construction
   per case (expected heads and labels written out), and over every sentence of UD German
   (each result is a tree, only TIGER labels);
2. the ``newsx_ud2tiger`` component (the ``tiger`` scheme of ``tests/conftest.py``);
3. a pipeline *trained* on converted trees by the ``newsx train --tiger`` recipe, small
   (64 sentences, 10 steps, about 10 s of CPU): de_core_news_sm's component names and order,
   saved and loaded with plain ``spacy.load``, TIGER labels out, and every newsx component
   runs on it end to end. Its parses are poor (10 steps), so rows are not compared here:
   exact rows on TIGER labels are the ``tiger`` runs of the e2e and reference-article tests.
"""

from __future__ import annotations

import warnings

import pytest
import spacy

from pipeline import DATA_DIR, labels
from pipeline.model import SHIPPED_MODEL, add_newsx_components
from pipeline.training.convert import read_conllu
from pipeline.training.tiger import TIGER_LABELS, convert_tree, is_tree
from tests.conftest import shared_path

PASSIVE = "VerbForm=Part"
FIN = "VerbForm=Fin"
SUB = "Mood=Sub|VerbForm=Fin"

#: (words, pos, tags, morphs, UD heads, UD deps) -> (TIGER heads, TIGER labels)
CASES = {
    "copula: the copula heads, the predicate is pd": (
        "Die Lage ist stabil",
        ["DET", "NOUN", "AUX", "ADJ"],
        ["ART", "NN", "VAFIN", "ADJD"],
        ["", "", FIN, ""],
        [1, 3, 3, 3],
        ["det", "nsubj", "cop", "ROOT"],
        [1, 2, 2, 2],
        ["nk", "sb", "ROOT", "pd"],
    ),
    "PP: the preposition heads, the noun is nk": (
        "Er wohnt in Berlin",
        ["PRON", "VERB", "ADP", "PROPN"],
        ["PPER", "VVFIN", "APPR", "NE"],
        ["", FIN, "", ""],
        [1, 1, 3, 1],
        ["nsubj", "ROOT", "case", "obl"],
        [1, 1, 1, 2],
        ["sb", "ROOT", "mo", "nk"],
    ),
    "PP below a noun: von is pg, others mnr": (
        "Rede von Leitl in Wien",
        ["NOUN", "ADP", "PROPN", "ADP", "PROPN"],
        ["NN", "APPR", "NE", "APPR", "NE"],
        [""] * 5,
        [0, 2, 0, 4, 0],
        ["ROOT", "case", "nmod", "case", "nmod"],
        [0, 0, 1, 0, 3],
        ["ROOT", "pg", "nk", "mnr", "nk"],
    ),
    "coordination: cj chain, the coordinator heads the last conjunct": (
        "Schienen , Brücken und Schulen",
        ["NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN"],
        ["NN", "$,", "NN", "KON", "NN"],
        [""] * 5,
        [0, 2, 0, 4, 0],
        ["ROOT", "punct", "conj", "cc", "conj"],
        [0, 2, 0, 2, 3],
        ["ROOT", "punct", "cj", "cd", "cj"],
    ),
    "name: the last part heads, the others are pnc": (
        "Wladimir Putin sagte",
        ["PROPN", "PROPN", "VERB"],
        ["NE", "NE", "VVFIN"],
        ["", "", FIN],
        [2, 0, 2],
        ["nsubj", "flat", "ROOT"],
        [1, 2, 2],
        ["pnc", "sb", "ROOT"],
    ),
    "reported speech: the verb-first speech verb heads, the quote clause is oc": (
        "Die Lage sei stabil , sagte Putin",
        ["DET", "NOUN", "AUX", "ADJ", "PUNCT", "VERB", "PROPN"],
        ["ART", "NN", "VAFIN", "ADJD", "$,", "VVFIN", "NE"],
        ["", "", SUB, "", "", FIN, ""],
        [1, 3, 3, 3, 5, 3, 5],
        ["det", "nsubj", "cop", "ROOT", "punct", "parataxis", "nsubj"],
        [1, 2, 5, 2, 5, 5, 5],
        ["nk", "sb", "oc", "pd", "punct", "ROOT", "sb"],
    ),
    "Konjunktiv parataxis after the verb is its oc": (
        "Er sagte , die Lage sei stabil",
        ["PRON", "VERB", "PUNCT", "DET", "NOUN", "AUX", "ADJ"],
        ["PPER", "VVFIN", "$,", "ART", "NN", "VAFIN", "ADJD"],
        ["", FIN, "", "", "", SUB, ""],
        [1, 1, 6, 4, 6, 6, 1],
        ["nsubj", "ROOT", "punct", "det", "nsubj", "cop", "parataxis"],
        [1, 1, 5, 4, 5, 1, 5],
        ["sb", "ROOT", "punct", "nk", "sb", "oc", "pd"],
    ),
    "auxiliary chain: finite modal > haben > participle": (
        "Er soll gesagt haben",
        ["PRON", "AUX", "VERB", "AUX"],
        ["PPER", "VMFIN", "VVPP", "VAINF"],
        ["", FIN, PASSIVE, "VerbForm=Inf"],
        [2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "aux"],
        [1, 1, 3, 1],
        ["sb", "ROOT", "oc", "oc"],
    ),
    "passive with von-agent: sbp": (
        "Das wurde von der Polizei mitgeteilt",
        ["PRON", "AUX", "ADP", "DET", "NOUN", "VERB"],
        ["PDS", "VAFIN", "APPR", "ART", "NN", "VVPP"],
        ["", FIN, "", "", "", PASSIVE],
        [5, 5, 4, 4, 5, 5],
        ["nsubj:pass", "aux:pass", "case", "det", "obl:agent", "ROOT"],
        [1, 1, 5, 4, 2, 1],
        ["sb", "ROOT", "sbp", "nk", "nk", "oc"],
    ),
    "particle, dative and accusative objects, negation": (
        "Er teilte ihm das nicht mit",
        ["PRON", "VERB", "PRON", "PRON", "PART", "ADP"],
        ["PPER", "VVFIN", "PPER", "PDS", "PTKNEG", "PTKVZ"],
        ["Case=Nom", FIN, "Case=Dat", "Case=Acc", "", ""],
        [1, 1, 1, 1, 1, 1],
        ["nsubj", "ROOT", "obj", "obj", "advmod", "compound:prt"],
        [1, 1, 1, 1, 1, 1],
        ["sb", "ROOT", "da", "oa", "ng", "svp"],
    ),
    "dass clause: cp on the finite verb, the clause is oc": (
        "Er sagte , dass es stimmt",
        ["PRON", "VERB", "PUNCT", "SCONJ", "PRON", "VERB"],
        ["PPER", "VVFIN", "$,", "KOUS", "PPER", "VVFIN"],
        ["", FIN, "", "", "", FIN],
        [1, 1, 5, 5, 5, 1],
        ["nsubj", "ROOT", "punct", "mark", "nsubj", "ccomp"],
        [1, 1, 5, 5, 5, 1],
        ["sb", "ROOT", "punct", "cp", "sb", "oc"],
    ),
    "relative clause: rc": (
        "der Mann , der schwieg",
        ["DET", "NOUN", "PUNCT", "PRON", "VERB"],
        ["ART", "NN", "$,", "PRELS", "VVFIN"],
        ["", "", "", "PronType=Rel", FIN],
        [1, 1, 4, 4, 1],
        ["det", "ROOT", "punct", "nsubj", "acl"],
        [1, 1, 4, 4, 1],
        ["nk", "ROOT", "punct", "sb", "rc"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_convert_tree(case):
    text, pos, tags, morphs, heads, deps, t_heads, t_labels = CASES[case]
    tree = convert_tree(text.split(), pos, tags, morphs, heads, deps)
    assert (tree.heads, tree.labels) == (t_heads, t_labels)
    assert is_tree(tree.heads)


def test_every_ud_german_sentence_converts_to_a_tiger_tree():
    folder = shared_path("corpora", "ud-german")
    n = 0
    for path in sorted(folder.glob("*.conllu")):
        for s in read_conllu(path, pud="pud" in path.name):
            tree = convert_tree(s.words, s.pos, s.tags, s.morphs, s.heads, s.deps, s.lemmas)
            assert is_tree(tree.heads), (path.name, s.sent_id)
            assert set(tree.labels) <= TIGER_LABELS, (path.name, s.sent_id, set(tree.labels))
            n += 1
    assert n == 2776


def test_is_tree():
    assert is_tree([1, 1, 1])
    assert not is_tree([1, 0, 2])  # a cycle and a second root
    assert not is_tree([0, 1])  # two roots


@pytest.fixture(scope="module")
def ud2tiger_nlp():
    if not (SHIPPED_MODEL / "config.cfg").exists():
        pytest.skip("models/de_newsx not built")
    from pipeline.training.tiger import ud2tiger_pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ud2tiger_pipeline(spacy.load(SHIPPED_MODEL))


def test_ud2tiger_pipeline_is_shaped_like_de_core_news(ud2tiger_nlp):
    assert ud2tiger_nlp.pipe_names == [
        "tok2vec",
        "tagger",
        "morphologizer",
        "parser",
        "newsx_ud2tiger",
        "lemmatizer",
        "attribute_ruler",
        "ner",
    ]


def test_ud2tiger_rewrites_the_parse(ud2tiger_nlp):
    doc = ud2tiger_nlp("Putin hat am Montag gesagt, die Lage sei stabil. Tokajew schwieg.")
    assert labels.scheme(doc) == "tiger"
    assert {t.dep_ for t in doc} <= TIGER_LABELS
    hat, am, montag, gesagt = doc[1], doc[2], doc[3], doc[4]
    assert (hat.dep_, gesagt.head, gesagt.dep_) == ("ROOT", hat, "oc")
    assert (am.head, am.dep_, montag.head, montag.dep_) == (gesagt, "mo", am, "nk")
    assert labels.clause_subject(gesagt).text == "Putin"
    assert [s.text for s in doc.sents] == [
        "Putin hat am Montag gesagt, die Lage sei stabil.",
        "Tokajew schwieg.",
    ]


def test_newsx_mood_runs_after_the_parser_in_de_core_news_order(ud2tiger_nlp):
    """de_core_news order (morphologizer before parser): newsx_mood must see the parse."""
    nlp = spacy.blank("de", vocab=ud2tiger_nlp.vocab)
    for name in ud2tiger_nlp.pipe_names:
        if name != "newsx_ud2tiger":
            nlp.add_pipe(name, source=ud2tiger_nlp)
    add_newsx_components(nlp)
    names = nlp.pipe_names
    assert names.index("newsx_mood") == names.index("parser") + 1


# ---------------------------------------------------------------------------------------------
# a pipeline trained on TIGER trees (the `newsx train --tiger` recipe, small)
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def trained_tiger(tmp_path_factory):
    """``newsx train --tiger`` on 8 Docs (64 sentences) for 10 steps, saved and reloaded."""
    corpora = shared_path("corpora")
    if not (SHIPPED_MODEL / "config.cfg").exists():
        pytest.skip("models/de_newsx not built")
    from pipeline.training.tiger_pipeline import build_tiger

    root = tmp_path_factory.mktemp("tiger-small")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        build_tiger(
            root / "model",
            corpora=corpora,
            work_dir=root / "work",
            limit=8,
            overrides={"training.max_steps": 10, "training.eval_frequency": 10},
        )
        return spacy.load(root / "model"), root


def test_trained_tiger_has_de_core_news_components(trained_tiger):
    nlp, _ = trained_tiger
    assert nlp.pipe_names == [
        "tok2vec",
        "tagger",
        "morphologizer",
        "parser",
        "lemmatizer",
        "attribute_ruler",
        "ner",
    ]
    assert nlp.disabled == ["senter"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}


def test_trained_tiger_parses_with_tiger_labels(trained_tiger):
    nlp, _ = trained_tiger
    # "||": pseudo-projective training labels; "dep": the parser's fallback label (also
    # in de_core_news_sm's label set)
    parser_labels = {lab for lab in nlp.get_pipe("parser").labels if "||" not in lab}
    assert parser_labels - {"dep"} <= TIGER_LABELS
    assert {"sb", "oc", "nk", "mo", "oa"} <= parser_labels
    doc = nlp("Der Präsident hat am Montag gesagt, die Lage sei stabil.")
    assert {t.dep_ for t in doc} <= TIGER_LABELS | {"dep"}
    assert labels.scheme(doc) in ("tiger", None)  # None: a poor parse may use only nk/punct
    assert [t.tag_ for t in doc][:3] == ["ART", "NN", "VAFIN"]


def test_trained_tiger_runs_newsx_end_to_end(trained_tiger, tmp_path):
    """Every newsx component runs on a trained TIGER parse and writes valid tables."""
    import pandas as pd

    from pipeline.run import run

    nlp, _ = trained_tiger
    add_newsx_components(nlp)
    summary = run(nlp, [DATA_DIR / "samples"], tmp_path, formats=("csv",))
    assert summary.errors == 0
    docs = pd.read_csv(tmp_path / "documents.csv")
    assert list(docs["status"]) == ["ok"] * len(docs) and len(docs) == 3
    assert len(pd.read_csv(tmp_path / "quotes.csv")) > 0


def test_heldout_scores_report_las_by_tiger_label(trained_tiger):
    from pipeline.training.tiger_pipeline import heldout_scores

    nlp, root = trained_tiger
    scores = heldout_scores(nlp, root / "work" / "data" / "tiger-heldout.spacy")
    assert 0 < scores["las"] <= scores["uas"] <= 1
    assert set(scores["las_per_label"]) <= TIGER_LABELS | {"dep", "root"}  # spaCy: "root"


def test_train_tiger_refuses_to_overwrite_the_shipped_model():
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["train", "--tiger"])
    assert result.exit_code == 2
    assert "pass -o DIR" in result.output + (result.stderr or "")


def test_eval_model_scores_a_tiger_parser_against_converted_gold(ud2tiger_nlp):
    """``newsx eval-model`` on a TIGER pipeline compares TIGER trees with TIGER trees."""
    from pipeline.evaluate.model import score_ud
    from pipeline.training.convert import ud_docs

    golds = ud_docs(shared_path("corpora"), vocab=ud2tiger_nlp.vocab)["heldout"][:3]
    docs = [ud2tiger_nlp(g.text) for g in golds]
    scores = score_ud(docs, golds)
    assert scores["las"] > 0.5, scores  # against UD gold labels it would be near 0


# ---------------------------------------------------------------------------------------------
# newsx_mood on TIGER trees: the UD cases of tests/test_mood.py in TIGER shape
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mood_nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_mood")
    return nlp


@pytest.mark.parametrize(
    "spec, word, expected",
    [
        # Die Simkarte habe ich zwar: a fronted object taken for the subject (sb), "ich" oa
        (
            (
                "Die/DET/ART/1/nk Simkarte/NOUN/NN/2/sb habe/VERB/VAFIN/2/ROOT/Mood=Sub|VerbForm=Fin "
                "ich/PRON/PPER/2/oa"
            ),
            "habe",
            "Ind",
        ),
        # Ich gebe Arbeit ab und bekomme mehr Freizeit: "bekomme" is cj below the coordinator
        (
            (
                "Ich/PRON/PPER/1/sb gebe/VERB/VVFIN/1/ROOT/Mood=Ind|VerbForm=Fin Arbeit/NOUN/NN/1/oa "
                "und/CCONJ/KON/1/cd bekomme/VERB/VVFIN/3/cj/Mood=Sub|VerbForm=Fin "
                "Freizeit/NOUN/NN/4/oa"
            ),
            "bekomme",
            "Ind",
        ),
    ],
    ids=["fronted-object", "conjunct-below-coordinator"],
)
def test_mood_reads_tiger_trees(mood_nlp, spec, word, expected):
    from tests.test_mood import mood, parsed

    assert mood(mood_nlp(parsed(mood_nlp, spec)), word) == [expected]
