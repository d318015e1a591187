"""Universal Dependencies trees -> TIGER-style trees (the label scheme of ``de_core_news_*``).

The spaCy German packages parse with the dependency version of the TIGER treebank. Its labels
differ from UD's, and so does the shape of four constructions. :func:`convert_tree` rewrites a
UD tree into that shape, so newsx can train (``newsx train --tiger``) and test a TIGER-labelled
pipeline from the open UD corpora:

=============================  ===============================  ================================
construction                   UD                               TIGER (after conversion)
=============================  ===============================  ================================
perfect / passive / modal      participle heads, ``aux`` child  finite auxiliary heads, ``oc``
                                                                child; the subject on the aux
copula ("X ist groß")          predicate heads, ``cop`` child   copula heads, predicate ``pd``
prepositional phrase           noun heads, ``case`` child       adposition heads (``mo``,
                                                                ``op``, ``pg``, ``mnr``, ``sbp``),
                                                                noun ``nk`` below it
coordination ("A, B und C")    ``conj`` on the first, ``cc``    ``cj`` chain; the coordinator is
                               on the next conjunct             ``cd`` and heads the conjunct
                                                                after it
names ("Wladimir Putin")       first part heads, ``flat``       last part heads, ``pnc``
reported speech ("…, sagte     quote clause heads, the speech   speech verb heads, the quote
er")                           verb is ``parataxis``            clause is its ``oc``
=============================  ===============================  ================================

Other labels map one to one or by a feature (:func:`tiger_label`): ``nsubj`` -> ``sb``,
``obj`` -> ``oa`` (``da`` when dative, ``og`` when genitive), ``ccomp``/``xcomp`` -> ``oc``,
``advmod``/``obl``/``advcl`` -> ``mo`` (``ng`` for "nicht"), ``det``/``amod``/``nummod`` ->
``nk``, genitive ``nmod`` -> ``ag``, ``mark`` -> ``cp`` (``pm`` for infinitival "zu"),
``compound:prt`` -> ``svp``, relative clauses ``rc``, ``appos`` -> ``app``, root ``ROOT``.
POS, STTS tags, morphology and lemmas are kept as they are.

The rewrite works on one sentence at a time (:class:`Tree`: heads are sentence-internal
indices, a root is its own head) and only ever re-attaches a node below one of its former
siblings or swaps a head with one of its children, so a tree stays a tree
(:func:`is_tree` checks it; the tests run it over every UD German sentence).

>>> t = convert_tree(
...     words=["Putin", "hat", "gesagt"], pos=["PROPN", "AUX", "VERB"],
...     tags=["NE", "VAFIN", "VVPP"], morphs=["", "VerbForm=Fin", "VerbForm=Part"],
...     heads=[2, 2, 2], deps=["nsubj", "aux", "ROOT"])
>>> t.heads, t.labels
([1, 1, 1], ['sb', 'ROOT', 'oc'])
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

ADP_TAGS = frozenset({"APPR", "APPRART", "APPO", "APZR"})
AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
#: dependents of a lexical predicate that belong to the whole clause: they move to the
#: finite auxiliary or copula, which heads the clause in TIGER
CLAUSE_DEPS = frozenset(
    {
        "nsubj",
        "nsubj:pass",
        "nsubj:outer",
        "csubj",
        "csubj:pass",
        "expl",
        "mark",
        "punct",
        "parataxis",
        "vocative",
        "discourse",
        "cc",
    }
)
#: extra clause-level dependents when the predicate is nominal ("ist heute Präsident")
COPULA_CLAUSE_DEPS = frozenset({"advmod", "obl", "obl:tmod", "advcl"})
#: relations of a clause: only their heads give up their place to an auxiliary
CLAUSAL_ROLES = frozenset(
    {"root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "conj", "parataxis", "csubj"}
    | {"csubj:pass", "appos", "dep", "oc"}  # oc: a clause made an object by an earlier step
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass"})

#: UD label -> TIGER label where no feature decides (see :func:`tiger_label` for the rest)
LABEL_MAP: dict[str, str] = {
    "root": "ROOT",
    "punct": "punct",
    "nsubj": "sb",
    "nsubj:pass": "sb",
    "nsubj:outer": "sb",
    "csubj": "sb",
    "csubj:pass": "sb",
    "iobj": "da",
    "ccomp": "oc",
    "xcomp": "oc",
    "obl": "mo",
    "obl:tmod": "mo",
    "obl:agent": "sbp",
    "advmod": "mo",
    "advcl": "mo",
    "det": "nk",
    "det:poss": "nk",
    "amod": "nk",
    "nummod": "nk",
    "nmod:poss": "ag",
    "appos": "app",
    "conj": "cj",
    "cc": "cd",
    "cc:preconj": "cd",
    "mark": "cp",
    "compound:prt": "svp",
    "acl:relcl": "rc",
    "flat": "pnc",
    "flat:name": "pnc",
    "expl": "ep",
    "expl:pv": "oa",
    "fixed": "avc",
    "parataxis": "par",
    "discourse": "dm",
    "vocative": "vo",
    "dep": "mo",
    "orphan": "mo",
    "aux": "oc",
    "aux:pass": "oc",
    "cop": "oc",
}
#: every label :func:`convert_tree` can produce
TIGER_LABELS = frozenset(LABEL_MAP.values()) | {
    "oa",
    "og",
    "op",
    "pg",
    "mnr",
    "nk",
    "ng",
    "pm",
    "pd",
    "rc",
    "ac",
    "cm",
}


@dataclass
class Tree:
    """One sentence: token attributes, UD heads/relations in, TIGER heads/labels out.

    ``roles`` holds the UD relation a node plays *now* (a node that takes over another's place,
    such as the auxiliary above a participle, takes over its relation too); ``labels`` the
    TIGER label once a step has fixed it (``None`` until then).
    """

    words: list[str]
    pos: list[str]
    tags: list[str]
    morphs: list[str]
    heads: list[int]
    roles: list[str]
    lemmas: list[str] = field(default_factory=list)
    labels: list[str | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.roles = [r.lower() for r in self.roles]
        self.lemmas = self.lemmas or [w.lower() for w in self.words]
        self.labels = self.labels or [None] * len(self.words)

    def children(self, i: int) -> list[int]:
        return [j for j, h in enumerate(self.heads) if h == i and j != i]

    def feat(self, i: int, name: str) -> str:
        for part in self.morphs[i].split("|"):
            if part.startswith(name + "="):
                return part.split("=", 1)[1]
        return ""

    def take_place(self, new: int, old: int) -> None:
        """``new`` takes ``old``'s head, relation and label (``old`` is re-attached by the caller)."""
        self.heads[new] = new if self.heads[old] == old else self.heads[old]
        self.roles[new], self.labels[new] = self.roles[old], self.labels[old]

    def attach(self, child: int, head: int, label: str) -> None:
        self.heads[child], self.labels[child], self.roles[child] = head, label, label


def is_tree(heads: list[int]) -> bool:
    """True when ``heads`` (root = own index) has exactly one root and no cycle."""
    if sum(1 for i, h in enumerate(heads) if h == i) != 1:
        return False
    for start in range(len(heads)):
        seen, cur = set(), start
        while heads[cur] != cur:
            if cur in seen:
                return False
            seen.add(cur)
            cur = heads[cur]
    return True


# ---------------------------------------------------------------------------------------------
# structural steps, applied in this order by convert_tree
# ---------------------------------------------------------------------------------------------


def _konjunktiv_clause(t: Tree, c: int) -> bool:
    """``c`` or one of its auxiliaries is in the subjunctive (``die Lage sei stabil``)."""
    return any(
        t.feat(k, "Mood") == "Sub"
        for k in [c, *(a for a in t.children(c) if t.roles[a] in AUX_DEPS)]
    )


def invert_reported_speech(t: Tree) -> None:
    """``Die Lage sei stabil, sagte Putin``: UD hangs ``sagte`` (``parataxis``) on the quote
    clause; TIGER makes the speech verb the head and the quote clause its ``oc``. Applies to a
    verb-first reporting clause (its subject follows it) after the clause it reports.
    ``sagte, die Lage sei stabil``: a Konjunktiv ``parataxis`` clause after the verb is its
    object clause (``oc``) in TIGER, as a ``dass`` clause would be."""
    for c in range(len(t.words)):
        h = t.heads[c]
        if t.roles[c] != "parataxis" or h == c or t.pos[c] not in ("VERB", "AUX", "ADJ"):
            continue
        if h < c and _konjunktiv_clause(t, c):
            t.roles[c] = "ccomp"
            continue
        if h > c or t.pos[c] == "ADJ":
            continue
        subjects = [s for s in t.children(c) if t.roles[s] in SUBJECT_DEPS]
        if not subjects or min(subjects) < c:
            continue
        t.take_place(c, h)
        t.attach(h, c, "oc")


def _is_clausal_conjunct(t: Tree, c: int) -> bool:
    """A conjunct that is a clause of its own (subject, auxiliary or finite verb)."""
    if t.pos[c] in ("AUX",) or t.feat(c, "VerbForm") == "Fin" or t.tags[c].endswith("FIN"):
        return True
    return any(t.roles[k] in SUBJECT_DEPS | AUX_DEPS for k in t.children(c))


def _chain_order(t: Tree, chain: list[int]) -> list[int]:
    """Auxiliaries from the top down: the finite one first, then right to left
    (``gesagt worden sein wird``: wird > sein > worden)."""
    finite = [
        a for a in chain if t.feat(a, "VerbForm") == "Fin" or t.tags[a].endswith(("FIN", "IMP"))
    ]
    rest = sorted((a for a in chain if a not in finite[:1]), reverse=True)
    return finite[:1] + rest


def raise_auxiliaries(t: Tree) -> None:
    """Finite auxiliary / copula heads the clause, the participle, infinitive or predicate
    hangs below it (``oc``, ``pd`` for a copula's predicate), clause-level dependents move up.

    ``hat … gesagt``: hat > oc gesagt. ``ist … groß``: ist > pd groß. ``soll … gesagt haben``:
    soll > oc haben > oc gesagt."""
    for p in range(len(t.words)):
        chain = [a for a in t.children(p) if t.roles[a] in AUX_DEPS]
        if not chain or t.roles[p] not in CLAUSAL_ROLES:
            continue  # an auxiliary on a noun's modifier is a parse error: left where it is
        copula = any(t.roles[a] == "cop" for a in chain)
        order = _chain_order(t, chain)
        top = order[0]
        movers = [
            k
            for k in t.children(p)
            if k not in chain
            and (
                t.roles[k] in CLAUSE_DEPS
                or (t.roles[k] == "conj" and _is_clausal_conjunct(t, k))
                or (copula and t.pos[p] != "ADJ" and t.roles[k] in COPULA_CLAUSE_DEPS)
                or (copula and t.roles[k] in ("obl", "obl:tmod", "advcl"))
            )
        ]
        t.take_place(top, p)
        for upper, lower in itertools.pairwise(order):
            t.attach(lower, upper, "oc")
        t.attach(p, order[-1], "pd" if copula else "oc")
        for k in movers:
            t.heads[k] = top


def name_heads_last(t: Tree) -> None:
    """``Wladimir Putin``: UD heads a name by its first part (``flat``), TIGER by its last;
    the other parts become ``pnc`` and every other dependent moves to the new head."""
    for i in range(len(t.words)):
        parts = [k for k in t.children(i) if t.roles[k] in ("flat", "flat:name")]
        if not parts or t.roles[i] in ("flat", "flat:name"):
            continue
        last = max(parts)
        if last < i:
            continue
        t.take_place(last, i)
        for k in t.children(i):
            t.heads[k] = last
        for k in [i, *parts]:
            if k != last:  # a title before the name is a noun kernel: "Präsident Tokajew"
                t.attach(k, last, "nk" if t.pos[k] == "NOUN" else "pnc")


def head_prepositional_phrases(t: Tree) -> None:
    """The adposition heads its phrase and takes the phrase's relation (see :func:`pp_label`);
    the noun hangs below it as ``nk``, a circumposition's second part as ``ac``, a
    comparative ``als``/``wie`` stays on the noun as ``cm``."""
    for i in range(len(t.words)):
        cases = [k for k in t.children(i) if t.roles[k] == "case"]
        adps = [k for k in cases if t.tags[k] in ADP_TAGS or (not t.tags[k] and t.pos[k] == "ADP")]
        for k in cases:
            if k not in adps:
                t.attach(k, i, "cm" if t.tags[k] == "KOKOM" else "ac")
        if not adps:
            continue
        adp = adps[0]
        t.take_place(adp, i)
        t.labels[adp] = pp_label(t.roles[i], t.labels[i], t.lemmas[adp])
        t.attach(i, adp, "nk")
        for k in adps[1:]:
            t.attach(k, adp, "ac")


def pp_label(role: str, label: str | None, adposition: str) -> str:
    """TIGER label of a prepositional phrase from the relation its noun had in UD.

    >>> pp_label("obl", None, "in"), pp_label("nmod", None, "von"), pp_label("obl:arg", None, "an")
    ('mo', 'pg', 'op')
    """
    if label is not None:
        return label
    if role == "obl:arg":
        return "op"
    if role in ("nmod", "nmod:poss"):
        return "pg" if adposition == "von" else "mnr"
    if role in ("obj", "iobj"):
        return "op"
    return LABEL_MAP.get(role, "mo")


def _previous_conjunct(t: Tree, h: int, c: int) -> int:
    """The conjunct just before ``c`` among ``h`` and ``h``'s other conjuncts."""
    before = [k for k in t.children(h) if t.roles[k] == "conj" and k < c]
    return max(before) if before else h


def chain_coordination(t: Tree) -> None:
    """``Schienen, Brücken und Schulen``: Brücken ``cj`` of Schienen, und ``cd`` of Brücken,
    Schulen ``cj`` of und -- the coordinator heads the conjunct after it."""
    conjuncts = [c for c in range(len(t.words)) if t.roles[c] == "conj" and t.heads[c] != c]
    links = []
    for c in conjuncts:
        h = t.heads[c]
        prev = _previous_conjunct(t, h, c)
        coord = [k for k in t.children(c) if t.roles[k] in ("cc", "cc:preconj") and k < c]
        links.append((c, prev, max(coord) if coord else None))
    for c, prev, coord in links:
        if coord is None:
            t.attach(c, prev, "cj")
            continue
        t.attach(coord, prev, "cd")
        t.attach(c, coord, "cj")


def tiger_label(t: Tree, i: int) -> str:
    """The TIGER label of a node no structural step has labelled, from its UD relation."""
    role, tag = t.roles[i], t.tags[i]
    case = t.feat(i, "Case")
    if role in ("obj", "obl:arg"):
        return {"Dat": "da", "Gen": "og", "Acc": "oa"}.get(case, "oa" if role == "obj" else "mo")
    if role == "nmod":
        return "ag" if case == "Gen" else "nk"
    if role == "advmod" and tag == "PTKNEG":
        return "ng"
    if role == "mark" and tag == "PTKZU":
        return "pm"
    if role == "acl":
        return "rc" if _has_relative_pronoun(t, i) else "oc"
    if role == "compound":
        return "pnc" if t.pos[i] == "PROPN" else "nk"
    if role == "case":
        return "cm" if tag == "KOKOM" else "ac"
    return LABEL_MAP.get(role, "mo")


#: relative pronoun forms: PUD has no STTS tags, so the form opening the clause decides there
RELATIVE_FORMS = frozenset(
    {"der", "die", "das", "dem", "den", "dessen", "deren", "denen", "welcher", "welche"}
    | {"welches", "welchem", "welchen", "wo", "was", "wer"}
)


def _has_relative_pronoun(t: Tree, i: int) -> bool:
    """Does the clause headed by ``i`` open with a relative pronoun (after a preposition)?"""
    todo, clause = [i], set()
    while todo:
        cur = todo.pop()
        clause.add(cur)
        todo += [k for k in t.children(cur) if k not in clause]
    words = sorted(k for k in clause if t.pos[k] != "PUNCT")  # the comma before it
    first = words[0]
    if t.pos[first] == "ADP" and first + 1 in clause:
        first += 1  # "mit dem", "in der"
    if t.tags[first] in ("PRELS", "PRELAT", "PWAV") or t.feat(first, "PronType") == "Rel":
        return True
    return t.pos[first] in ("PRON", "DET", "ADV") and t.words[first].lower() in RELATIVE_FORMS


def convert_tree(
    words: list[str],
    pos: list[str],
    tags: list[str],
    morphs: list[str],
    heads: list[int],
    deps: list[str],
    lemmas: list[str] | None = None,
) -> Tree:
    """One UD sentence -> the same sentence as a TIGER-style tree (see the module docstring)."""
    t = Tree(
        list(words),
        list(pos),
        list(tags),
        list(morphs),
        list(heads),
        ["root" if h == i else d for i, (h, d) in enumerate(zip(heads, deps, strict=True))],
        lemmas=[(lemma or w).lower() for lemma, w in zip(lemmas or words, words, strict=True)],
    )
    for step in (
        invert_reported_speech,
        raise_auxiliaries,
        name_heads_last,
        head_prepositional_phrases,
        chain_coordination,
    ):
        step(t)
    for i in range(len(t.words)):
        if t.heads[i] == i:
            t.labels[i] = "ROOT"
        elif t.labels[i] is None or t.labels[i] == "ROOT":
            t.labels[i] = tiger_label(t, i)
    return t


# ---------------------------------------------------------------------------------------------
# Docs
# ---------------------------------------------------------------------------------------------


def _sentence_tree(sent: Span) -> Tree:
    off = sent.start
    return convert_tree(
        words=[t.text for t in sent],
        pos=[t.pos_ for t in sent],
        tags=[t.tag_ for t in sent],
        morphs=[str(t.morph) for t in sent],
        heads=[t.head.i - off for t in sent],
        deps=[t.dep_ for t in sent],
        lemmas=[t.lemma_ for t in sent],
    )


def doc_heads_labels(doc: Doc) -> tuple[list[int], list[str]]:
    """Doc-level heads (absolute indices) and TIGER labels of a UD-parsed ``doc``."""
    heads: list[int] = []
    labels: list[str] = []
    for sent in doc.sents:
        tree = _sentence_tree(sent)
        heads += [h + sent.start for h in tree.heads]
        labels += [str(label) for label in tree.labels]
    return heads, labels


def to_tiger_doc(doc: Doc) -> Doc:
    """A copy of a UD-parsed ``doc`` (gold or predicted) with TIGER heads and labels; words,
    tags, POS, morphology, lemmas, entities and sentence boundaries are kept."""
    heads, labels = doc_heads_labels(doc)
    out = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc] if doc.has_annotation("TAG") else None,
        pos=[t.pos_ for t in doc] if doc.has_annotation("POS") else None,
        morphs=[str(t.morph) for t in doc] if doc.has_annotation("MORPH") else None,
        lemmas=[t.lemma_ for t in doc] if doc.has_annotation("LEMMA") else None,
        heads=heads,
        deps=labels,
        sent_starts=[bool(t.is_sent_start) for t in doc],
    )
    if doc.has_annotation("ENT_IOB"):
        out.ents = [Span(out, e.start, e.end, label=e.label_) for e in doc.ents]
    return out


def to_tiger_docs(docs: Iterable[Doc]) -> Iterator[Doc]:
    """:func:`to_tiger_doc` over ``docs``."""
    for doc in docs:
        yield to_tiger_doc(doc)


@Language.component("newsx_ud2tiger", assigns=["token.dep", "token.head"])
def ud2tiger(doc: Doc) -> Doc:
    """Rewrite the UD parse of ``doc`` in place into TIGER-style heads and labels.

    The test suite puts this right after the shipped UD parser to get a de_core_news-shaped
    pipeline whose TIGER trees are exactly the converted parses of the shipped model (see
    ``tests/conftest.py``): every rule then sees TIGER labels and shapes on the same analyses
    that the UD expectations were written for, and any difference in the rows is the rules'
    doing. Sentence boundaries, tags, morphology and entities are untouched."""
    if not doc.has_annotation("DEP") or len(doc) == 0:
        return doc
    heads, labels = doc_heads_labels(doc)
    rows = numpy.zeros((len(doc), 2), dtype="uint64")
    for i, (h, label) in enumerate(zip(heads, labels, strict=True)):
        rows[i, 0] = numpy.uint64(numpy.int64(h - i).astype("uint64"))
        rows[i, 1] = doc.vocab.strings.add(label)
    starts = [t.is_sent_start for t in doc]
    doc.from_array([HEAD, DEP], rows)
    assert [t.is_sent_start for t in doc] == starts, "TIGER conversion moved a sentence boundary"
    return doc


def ud2tiger_pipeline(ud_source: Language) -> Language:
    """A de_core_news-shaped pipeline (:func:`pipeline.training.tiger_pipeline.assemble_tiger`)
    whose parser is ``ud_source``'s UD parser followed by :func:`ud2tiger`."""
    from .tiger_pipeline import assemble_tiger

    holder = Language(vocab=ud_source.vocab)
    holder.add_pipe("parser", source=ud_source)
    holder.add_pipe("newsx_ud2tiger")
    return assemble_tiger(holder, ud_source)
