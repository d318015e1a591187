"""Open corpora in ``../shared/corpora`` -> spaCy ``DocBin`` files for training and evaluation.

Splits are deterministic: a sentence is held out when ``sha1(key) mod 100 < percent``, where
``key`` is ``"<file name>:<sentence id or index>"``. Held-out sentences are never trained on;
all reported scores are measured on them.

- UD German GSD (dev+test): 30 % held out (``ud-heldout.spacy``), the rest trains.
- UD German PUD: trains only (its XPOS column is Penn-style, not STTS: tags are blanked;
  its feature and relation labels are mapped to GSD's, see :func:`harmonise_pud`).
- GermEval 2014 (dev+test files): 20 % held out (``ner-heldout.spacy``, ~1,460 sentences).
  Outer level only; ``OTH`` -> ``MISC``; ``*deriv``/``*part`` (``russische``, ``EU-weit``)
  are NOT entities and become ``O``.
- ner-extra (CC BY 4.0): SmartData news, MobIE, HIPE-2022 German (see :func:`ner_extra_docs`).

Multiword tokens of UD (``zum`` = ``zu dem``) are merged into one token with the surface
form, because spaCy's tokenizer does not split them: the merged token takes the POS, head
and relation of its first part, tag ``APPRART`` for preposition+article.

>>> ud_key("de_gsd-ud-test.conllu", "test-s1")
'de_gsd-ud-test.conllu:test-s1'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

from .. import ROOT

SHARED = Path(os.environ.get("NEWSX_SHARED", ROOT.parent / "shared"))  # NEWSX_SHARED: elsewhere
CORPORA = SHARED / "corpora"
CORPUS_DIR = ROOT / "corpus"  # gitignored

GSD_FILES = ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu")
PUD_FILES = ("de_pud-ud-test.conllu",)
GERMEVAL_FILES = ("NER-de-dev.tsv", "NER-de-test.tsv")
UD_HELDOUT_PERCENT = 30
NER_HELDOUT_PERCENT = 20
#: the next buckets after the held-out ones are the dev part used to pick the best checkpoint
DEV_PERCENT = 5
NER_LABELS = ("PER", "LOC", "ORG", "MISC")

#: PUD relation labels -> GSD's (GSD uses the bare relation for these).
DEP_MAP = {
    "acl:relcl": "acl",
    "flat:name": "flat",
    "nmod:poss": "nmod",
    "obl:tmod": "obl",
    "cc:preconj": "cc",
    "csubj:pass": "csubj",
    "orphan": "dep",
    "iobj": "obj",
    "nsubj:outer": "nsubj",
}
#: features that exist in PUD only
PUD_DROP_FEATS = {"AdpType", "InflectionType"}


def bucket(key: str) -> int:
    """Stable bucket 0..99 of a sentence key (``sha1(key) mod 100``)."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 100


def heldout(key: str, percent: int) -> bool:
    """True when the sentence with ``key`` belongs to the held-out part (stable across runs)."""
    return bucket(key) < percent


def part_of(key: str, percent: int, dev_percent: int = DEV_PERCENT) -> str:
    """``heldout`` (scores only), ``dev`` (model selection during training) or ``train``.

    >>> [part_of(f"x:{i}", 30) for i in range(4)]
    ['train', 'train', 'heldout', 'train']
    """
    b = bucket(key)
    return "heldout" if b < percent else "dev" if b < percent + dev_percent else "train"


def ud_key(filename: str, sent_id: str) -> str:
    return f"{filename}:{sent_id}"


@dataclass
class Sentence:
    """One UD sentence after merging multiword tokens."""

    sent_id: str
    text: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based, sentence-internal
    deps: list[str] = field(default_factory=list)


def _feats(value: str) -> dict[str, str]:
    if value in ("_", ""):
        return {}
    out = {}
    for part in value.split("|"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


def _feats_str(feats: dict[str, str]) -> str:
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats, key=str.lower))


def harmonise_pud(upos: str, xpos: str, feats: dict[str, str]) -> dict[str, str]:
    """Map PUD's verb features to GSD's conventions (PUD lacks ``VerbForm`` on most verbs).

    >>> harmonise_pud("AUX", "VBC", {"Mood": "Sub", "Tense": "Past"})["VerbForm"]
    'Fin'
    """
    feats = {k: v for k, v in feats.items() if k not in PUD_DROP_FEATS}
    if upos in ("VERB", "AUX"):
        if "Mood" in feats:
            feats["VerbForm"] = "Fin"
        elif xpos == "VBN":
            feats.pop("Tense", None)
            feats["VerbForm"] = "Part"
        elif xpos == "VB" and "VerbForm" not in feats:
            feats["VerbForm"] = "Inf"
    return feats


def read_conllu(path: Path, pud: bool = False) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file with multiword tokens merged."""
    lines: list[list[str]] = []
    meta: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("#"):
                m = re.match(r"#\s*(sent_id|text)\s*=\s*(.*)", line)
                if m:
                    meta[m.group(1)] = m.group(2)
                continue
            if not line.strip():
                if lines:
                    yield _sentence(lines, meta, pud)
                lines, meta = [], {}
                continue
            lines.append(line.split("\t"))
    if lines:
        yield _sentence(lines, meta, pud)


def _sentence(rows: list[list[str]], meta: dict[str, str], pud: bool) -> Sentence:
    words = [r for r in rows if re.fullmatch(r"\d+", r[0])]
    ranges = {}
    for r in rows:
        m = re.fullmatch(r"(\d+)-(\d+)", r[0])
        if m:
            ranges[int(m.group(1))] = (int(m.group(2)), r)
    # map word id -> merged token index
    index: dict[int, int] = {}
    groups: list[tuple[list[list[str]], list[str] | None]] = []
    i = 0
    while i < len(words):
        wid = int(words[i][0])
        if wid in ranges:
            end, mwt = ranges[wid]
            part = [w for w in words[i:] if int(w[0]) <= end]
            for w in part:
                index[int(w[0])] = len(groups)
            groups.append((part, mwt))
            i += len(part)
        else:
            index[wid] = len(groups)
            groups.append(([words[i]], None))
            i += 1
    s = Sentence(sent_id=meta.get("sent_id", ""), text=meta.get("text", ""))
    for gi, (part, mwt) in enumerate(groups):
        first = part[0]
        surface = mwt if mwt is not None else first
        form = surface[1]
        misc = surface[9] if len(surface) > 9 else "_"
        # the word that carries the group: the root, else the first whose head is outside
        chosen = next((w for w in part if w[6] == "0"), None) or next(
            (w for w in part if w[6] != "_" and index.get(int(w[6]), gi) != gi), first
        )
        upos, xpos, feats = chosen[3], chosen[4], _feats(chosen[5])
        if mwt is not None:
            xpos = first[4]
            if len(part) == 2 and part[0][4] == "APPR" and part[1][4] == "ART":
                xpos = "APPRART"
                feats = {
                    k: v for k, v in _feats(part[1][5]).items() if k in ("Case", "Gender", "Number")
                }
        if pud:
            feats = harmonise_pud(upos, chosen[4], feats)
            xpos = ""  # Penn-style, not STTS
        head = gi if chosen[6] in ("0", "_") else index[int(chosen[6])]
        dep = DEP_MAP.get(chosen[7], chosen[7])
        s.words.append(form)
        s.spaces.append("SpaceAfter=No" not in misc)
        s.lemmas.append(chosen[2] if mwt is None else first[2])
        s.pos.append(upos)
        s.tags.append(xpos)
        s.morphs.append(_feats_str(feats))
        s.heads.append(head)
        s.deps.append("ROOT" if dep == "root" else dep)
    if s.spaces:
        s.spaces[-1] = True
    return s


def sentences_to_doc(vocab: Vocab, sents: list[Sentence]) -> Doc:
    """One Doc from consecutive sentences (several per doc so the parser learns boundaries)."""
    words, spaces, lemmas, pos, tags, morphs, heads, deps, starts = ([] for _ in range(9))
    for s in sents:
        off = len(words)
        words += s.words
        spaces += s.spaces
        lemmas += s.lemmas
        pos += s.pos
        tags += s.tags
        morphs += s.morphs
        heads += [h + off for h in s.heads]
        deps += s.deps
        starts += [True] + [False] * (len(s.words) - 1)
    has_tags = any(tags)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags if has_tags else None,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def ud_docs(
    corpora: Path = CORPORA, per_doc: int = 8, vocab: Vocab | None = None
) -> dict[str, list[Doc]]:
    """``{"train", "dev", "heldout"}`` -> Docs from UD GSD (split) and PUD (train only)."""
    vocab = vocab or Vocab()
    out: dict[str, list[Doc]] = {"train": [], "dev": [], "heldout": []}
    for name in GSD_FILES:
        sents = list(read_conllu(corpora / "ud-german" / name))
        for part in out:
            chosen = [
                s for s in sents if part_of(ud_key(name, s.sent_id), UD_HELDOUT_PERCENT) == part
            ]
            out[part] += [sentences_to_doc(vocab, c) for c in _chunks(chosen, per_doc)]
    for name in PUD_FILES:
        sents = list(read_conllu(corpora / "ud-german" / name, pud=True))
        out["train"] += [sentences_to_doc(vocab, c) for c in _chunks(sents, per_doc)]
    return out


def germeval_label(tag: str) -> str:
    """GermEval outer tag -> our IOB tag: OTH -> MISC, deriv/part -> O.

    >>> germeval_label("B-OTH"), germeval_label("I-LOCderiv"), germeval_label("B-PER")
    ('B-MISC', 'O', 'B-PER')
    """
    if tag == "O" or tag.endswith(("deriv", "part")):
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{'MISC' if label == 'OTH' else label}"


def read_germeval(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield ``(words, iob_tags)`` per sentence of a GermEval 2014 TSV file (outer level)."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(germeval_label(cols[2]))
    if words:
        yield words, tags


def iob_doc(
    vocab: Vocab, words: list[str], tags: list[str], spaces: list[bool] | None = None
) -> Doc:
    """A Doc with entities from IOB tags (I- without B- starts an entity)."""
    fixed = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        fixed.append(t)
        prev = t
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(fixed))
    return doc


def germeval_docs(corpora: Path = CORPORA, vocab: Vocab | None = None) -> dict[str, list[Doc]]:
    """GermEval 2014 as one Doc per sentence, split into train, dev and held-out."""
    vocab = vocab or Vocab()
    out: dict[str, list[Doc]] = {"train": [], "dev": [], "heldout": []}
    for name in GERMEVAL_FILES:
        for i, (words, tags) in enumerate(read_germeval(corpora / "germeval2014" / name)):
            out[part_of(f"{name}:{i}", NER_HELDOUT_PERCENT)].append(iob_doc(vocab, words, tags))
    return out


#: SmartData/MobIE fine types that are entities in GermEval's sense, by coarse label.
EXTRA_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
MOBIE_MAP = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
}
#: Generic nouns SmartData sometimes tags as entities ("Gruppe" as ORG); they are not
#: named entities, so such spans are dropped (left as O) from the training data.
GENERIC_NOUNS = frozenset(
    [
        "gruppe",
        "konzern",
        "unternehmen",
        "firma",
        "regierung",
        "polizei",
        "bundesregierung",
        "hersteller",
        "autobauer",
        "bahn",
        "behörde",
        "ministerium",
        "stadt",
        "land",
        "gemeinde",
        "verein",
        "partei",
        "bank",
        "marke",
        "tochter",
        "mutter",
        "konzerns",
        "unternehmens",
        "regierungen",
        "polizisten",
    ]
)
#: lower-case names that ARE organisations (news agencies)
LOWER_CASE_ORGS = frozenset({"dpa", "dpa-afx", "sda", "afp", "ots", "apa", "kna", "epd", "ddp"})
DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "beiden",
    ]
)


def generic_span(text: str) -> bool:
    """True for SmartData spans that are not names in GermEval's sense: generic nouns
    ("Gruppe"), descriptions ("der weltgrößte Autobauer", "beiden Richtungen") and
    lower-case adjectives ("deutschen": GermEval calls them LOCderiv, not LOC).

    >>> generic_span("Gruppe"), generic_span("deutschen"), generic_span("die Marke"), generic_span("dpa"), generic_span("Lufthansa")
    (True, True, True, False, False)
    """
    words = text.split()
    if not words:
        return True
    first = words[0]
    if first.lower() in LOWER_CASE_ORGS:
        return False
    if first.lower() in DETERMINERS or not first[:1].isupper() and not first[:1].isdigit():
        return True
    return len(words) == 1 and first.lower() in GENERIC_NOUNS


#: SmartData has no MISC and misses some names. Marking tokens outside its entities as
#: "missing" instead of O was tried (dev F 0.56 vs 0.59 with O), so O is the default.
#: (True = only positive PER/LOC/ORG examples from SmartData.)
SMARTDATA_PARTIAL = False


def smartdata_docs(path: Path, vocab: Vocab, partial: bool | None = None) -> Iterator[Doc]:
    """SmartData news docs: coarse PER/LOC/ORG entities (generic nouns dropped, see
    :func:`generic_span`), one doc per paragraph that has at least one entity."""
    nlp = spacy.blank("de", vocab=vocab)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"]
            ents = sorted((s, e, c) for s, e, c, _fine in rec["entities"] if c in EXTRA_LABELS)
            start = 0
            for para in text.split("\n"):
                end = start + len(para)
                if para.strip():
                    doc = nlp.make_doc(para)
                    spans = []
                    for s, e, c in ents:
                        if s >= start and e <= end and not generic_span(text[s:e]):
                            sp = doc.char_span(
                                s - start, e - start, label=EXTRA_LABELS[c], alignment_mode="expand"
                            )
                            if sp is not None:
                                spans.append(sp)
                    spans = spacy.util.filter_spans(spans)
                    missing = SMARTDATA_PARTIAL if partial is None else partial
                    doc.set_ents(spans, default="missing" if missing else "outside")
                    # paragraphs without any entity are mostly sparsely annotated
                    # ("Die Absage des Gedenkens in Dresden" has no LOC): not used
                    if spans:
                        yield doc
                start = end + 1


def mobie_docs(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """MobIE CoNLL-2003 sentences (hashtag marks stripped); fine types mapped to PER/LOC/ORG."""
    words: list[str] = []
    tags: list[str] = []

    def flush():
        if words:
            yield iob_doc(vocab, words, tags)

    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            cols = raw.rstrip("\n").split("\t") if "\t" in raw else raw.split()
            if not cols or raw.startswith("-DOCSTART-"):
                yield from flush()
                words, tags = [], []
                continue
            w, t = cols[0], cols[-1]
            if w.startswith("#") and len(w) > 1:
                w = w[1:]
            if t != "O":
                p, lab = t.split("-", 1)
                t = f"{p}-{MOBIE_MAP[lab]}" if lab in MOBIE_MAP else "O"
            words.append(w)
            tags.append(t)
    yield from flush()


def hipe_docs(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """HIPE-2022 German sentences (``EndOfSentence`` in MISC); PER/LOC/ORG kept, HumanProd -> MISC."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line or line.startswith(("#", "TOKEN\t")):
                continue
            cols = line.split("\t")
            if len(cols) < 10:
                continue
            t = cols[1]
            if t != "O":
                p, lab = t.split("-", 1)
                lab = {
                    "pers": "PER",
                    "loc": "LOC",
                    "org": "ORG",
                    "prod": "MISC",
                    "HumanProd": "MISC",
                }.get(lab, lab)
                t = f"{p}-{lab}" if lab in NER_LABELS else "O"
            words.append(cols[0])
            spaces.append("NoSpaceAfter" not in cols[9])
            tags.append(t)
            if "EndOfSentence" in cols[9]:
                yield iob_doc(vocab, words, tags, spaces)
                words, spaces, tags = [], [], []
    if words:
        yield iob_doc(vocab, words, tags, spaces)


def ner_extra_docs(
    corpora: Path = CORPORA, sources: Iterable[str] = ("smartdata", "mobie", "hipe")
) -> dict[str, list[Doc]]:
    """The CC BY ``ner-extra`` corpora as training Docs, per source."""
    vocab = Vocab()
    extra = corpora / "ner-extra"
    out: dict[str, list[Doc]] = {}
    if "smartdata" in sources:
        out["smartdata"] = list(smartdata_docs(extra / "smartdata-news.jsonl", vocab))
    if "mobie" in sources:
        out["mobie"] = [
            d for p in sorted((extra / "mobie").glob("*.conll2003")) for d in mobie_docs(p, vocab)
        ]
    if "hipe" in sources:
        out["hipe"] = [
            d for p in sorted((extra / "hipe-de").glob("*.tsv")) for d in hipe_docs(p, vocab)
        ]
    return out


def write(docs: list[Doc], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return path


def convert(
    out_dir: Path = CORPUS_DIR,
    corpora: Path = CORPORA,
    extra: Iterable[str] = ("smartdata", "mobie", "hipe"),
) -> dict[str, int]:
    """Write all DocBins below ``out_dir``; returns ``{relative path: number of docs}``.

    Layout: ``ud/{train,dev,heldout}.spacy``, ``ner/{train,dev,heldout}.spacy`` (GermEval),
    ``ner-extra/<source>.spacy``.
    """
    out_dir = Path(out_dir)
    counts: dict[str, int] = {}
    for sub, parts in (
        ("ud", ud_docs(corpora)),
        ("ner", germeval_docs(corpora)),
        ("ner-extra", ner_extra_docs(corpora, extra)),
    ):
        for part, docs in parts.items():
            write(docs, out_dir / sub / f"{part}.spacy")
            counts[f"{sub}/{part}.spacy"] = len(docs)
    return counts


if __name__ == "__main__":
    import sys

    print(json.dumps(convert(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS_DIR), indent=1))
