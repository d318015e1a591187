"""Hand-judged 10kGNAD quote rows as a calibration check on unseen text (issue 10).

Judges who did not write the code read the quote rows of ``python -m bench.handcheck
--seed NN … --quotes 60`` (the ``hc_NN_TAG.txt`` output: ``Q001 row 5 | kind | mention |
name | cue | confidence`` and the quote in its context, each span in ``[[…]]``) and wrote
one line per row into ``qjudge_NN_TAG.md``: ``N. statement=y/n span=ok/bad speaker=… —
reason``. The judgments were made on older code; this module finds each judged row again
among *today's* candidate quotes of the same article (best overlap F1 >= 0.5 of the
characters, as ``newsx eval`` pairs quotes; one judged row per candidate) and keeps it when
today's engine outputs that candidate. Rows no output quote matches are dropped (counted).

A row's label is how right it is: 1.0 for ``statement=y span=ok``, 0.0 for
``statement=n``; ``span=bad`` (a statement with a span the judge found wrong: a frame leak,
a missing half) gets :data:`SPAN_BAD` -- an eval match at overlap F1 >= 0.5 takes many of
them, not all.

    python -m bench.judged NOTES/qjudge_10*.md --hc-dir NOTES [--hc-dir DIR …]

prints the reliability of today's confidence on the judged rows (bins, ECE, precision at
confidence >= 0.8, per kind). The judgment files stay outside the repository; nothing in
the tests or CI needs them. ``data/scripts/fit_quote_confidence.py`` uses the same rows to
check (and choose) the fit.

The judged rows in the repository: ``bench/judged_rows.jsonl``
-----------------------------------------------------------------

The hand-check outputs quote the articles, so they (and the judgment files, which quote them
too) stay outside the repository. What the fit needs of them is in ``bench/judged_rows.jsonl``
(:data:`JUDGED_ROWS_SCHEMA`), written by

    python -m bench.judged export NOTES/qjudge_10*.md --hc-dir NOTES [--hc-dir DIR …] \
        [--corpus 10kGNAD_TEST] [--out bench/judged_rows.jsonl]

one line per judged row that was found in its article (the rows already in ``--out`` of other
judgment files stay, so judges are added one file at a time): the judgment file's seed and tag, the
row's number there, its 10kGNAD *test* row (the line of ``test.csv``, counted from 0), the
character offsets of each ``[[…]]`` part in the article as :func:`bench.handcheck.read_articles`
gives it, the row's kind and confidence when it was judged, and the judgment as the judge
wrote it (``statement`` y/n, ``question`` for an interview question credited to the outlet,
``span``, ``speaker``), plus the first 12 hex digits of the SHA-1 of the parts' text (joined by
a newline) to check that a reader's text is the judged one. :func:`load_judged_rows` reads it
back into the same :class:`JudgedRow` list that :func:`load_judged` makes of the notes.

Who judged: readers (helper sessions) who did not write the quote engine, one judgment file
per ``bench.handcheck --seed NN --quotes 60`` run of earlier rounds (seeds 1043-1053, 1061, 1063-1080). Licence:
10kGNAD is CC BY-NC-SA (derStandard articles); the file holds only labels we wrote about those
texts and offsets into them, no text (a 12-digit hash of a span cannot be read back), so the
texts must be read from one's own copy of the corpus (``../shared/corpora/10kgnad/test.csv``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.rules import Field, Schema, load_rules

#: label of a judged statement whose span the judge found wrong
SPAN_BAD = 0.5

_JUDGMENT = re.compile(
    r"^\s*(\d+)\.\s*statement\s*=\s*([yn])\b(?:.*?\bspan\s*=\s*(ok|bad)\b)?", re.IGNORECASE
)
#: the earlier judges' reason for an interview question credited to the outlet, which issue 10
#: wants as a quote and the later judges count as a statement with the right speaker
_QUESTION = re.compile(r"STANDARD interview|interviewer(?:'s)? (?:question|lead-in)", re.IGNORECASE)
_HC_ROW = re.compile(r"^Q(\d+) row (\d+) \| (.*)$")
_JUDGE_NAME = re.compile(r"qjudge_(\d+)_(.+)\.md$")
_SPEAKER = re.compile(r"\bspeaker\s*=\s*([^\s,;:—]+)", re.IGNORECASE)

#: the in-repository judged rows (see the module docstring)
JUDGED_ROWS = Path(__file__).resolve().parent / "judged_rows.jsonl"

JUDGED_ROWS_SCHEMA = Schema(
    {
        "id": Field(str, required=True, help="SEED_TAG:QNNN, unique"),
        "seed": Field(int, required=True, help="bench.handcheck --seed of the judged run"),
        "tag": Field(str, required=True, help="the judgment file's tag (qjudge_SEED_TAG.md)"),
        "number": Field(int, required=True, help="the row's number in that run (QNNN)"),
        "row": Field(int, required=True, help="10kGNAD test.csv line, from 0"),
        "parts": Field(list, required=True, item=list, help="[[start, end], …] characters"),
        "kind": Field(str, required=True, help="the row's kind when judged"),
        "confidence": Field(float, help="the row's confidence when judged"),
        "statement": Field(bool, required=True, help="judged a statement (y/n)"),
        "question": Field(bool, default=False, help="an interview question of the outlet"),
        "span": Field(str, default="-", choices=("ok", "bad", "-"), help="judged span"),
        "speaker": Field(str, default="-", help="right, wrong, missing, rightly-empty or -"),
        "sha1": Field(str, required=True, help="SHA-1 (12 hex) of the parts' text"),
    },
    name="judged row",
    unique=("id",),
)

_HEADER = """\
# Hand-judged quote rows of 10kGNAD test articles (derStandard), without their text: see the
# docstring of bench/judged.py (who judged, licence) and JUDGED_ROWS_SCHEMA there. Offsets are
# characters of bench.handcheck.read_articles(test.csv)[row]. Written by
# python -m bench.judged export {judges} ({n} rows).
"""


@dataclass(slots=True)
class Judgment:
    """One judged line: is the row a statement, is its span right."""

    statement: bool
    span_ok: bool
    #: as the judge wrote them: the statement y/n, the span, the speaker
    judged: tuple[bool, str, str] = (True, "-", "-")

    @property
    def question(self) -> bool:
        """An interview question the judge called no statement, counted as one."""
        return self.statement and not self.judged[0]

    def label(self, span_bad: float = SPAN_BAD) -> float:
        """1.0 right, 0.0 wrong, ``span_bad`` for a statement with a bad span."""
        if not self.statement:
            return 0.0
        return 1.0 if self.span_ok else span_bad


@dataclass(slots=True)
class HcRow:
    """One quote row of a hand-check output: its number, article row, kind, confidence
    then, and its context line (the spans in ``[[…]]``)."""

    number: int
    article: int
    kind: str
    confidence: float
    context: str
    parts: list[tuple[int, int]] = field(default_factory=list)


def parse_judgments(text: str) -> dict[int, Judgment]:
    """Row number -> :class:`Judgment` of the ``N. statement=… span=…`` lines (the first
    line of a number counts). An interview question the judge called no statement counts as
    a right one (:data:`_QUESTION`: the later judges' and issue 10's convention).

    >>> j = parse_judgments("1. statement=y span=ok speaker=right — x\\n2. statement=n — y")
    >>> j[1].label(), j[2].label()
    (1.0, 0.0)
    >>> parse_judgments("3. statement=n — a STANDARD interview question.")[3].label()
    1.0
    """
    out: dict[int, Judgment] = {}
    for line in text.splitlines():
        m = _JUDGMENT.match(line)
        if m and int(m.group(1)) not in out:
            span = (m.group(3) or "ok").lower()
            said = m.group(2).lower() == "y"
            statement = said or bool(_QUESTION.search(line))
            speaker = _SPEAKER.search(line)
            who = speaker.group(1).lower().replace("–", "-") if speaker else "-"
            judged = (said, (m.group(3) or "-").lower(), who)
            out[int(m.group(1))] = Judgment(statement, span == "ok", judged)
    return out


def parse_hc(text: str) -> list[HcRow]:
    """The quote rows of a ``bench.handcheck --quotes`` output (each header line followed
    by its context line)."""
    lines = text.splitlines()
    rows = []
    for i, line in enumerate(lines[:-1]):
        m = _HC_ROW.match(line)
        if not m:
            continue
        cells = [c.strip() for c in m.group(3).split("|")]
        try:
            conf = float(cells[-1])
        except ValueError:
            conf = float("nan")
        rows.append(HcRow(int(m.group(1)), int(m.group(2)), cells[0], conf, lines[i + 1].strip()))
    return rows


def locate(context: str, text: str) -> list[tuple[int, int]]:
    """The character spans of the ``[[…]]`` parts of a context line in the article
    ``text`` (newlines shown as spaces; one ``…`` at either end); [] when not found.

    >>> locate("…Er sagte, [[es regne]], und [[ging]]…", "Gestern: Er sagte, es regne, und ging.")
    [(19, 27), (33, 37)]
    """
    body = context.removeprefix("…").removesuffix("…")
    plain = body.replace("[[", "").replace("]]", "")
    at = text.replace("\n", " ").find(plain)
    if at < 0 or not plain:
        return []
    parts, pos, i = [], at, 0
    while i < len(body):
        if body.startswith("[[", i):
            end = body.find("]]", i + 2)
            if end < 0:
                return []
            n = end - i - 2
            parts.append((pos, pos + n))
            pos += n
            i = end + 2
        else:
            pos += 1
            i += 1
    return parts


def hc_path(judge: Path, dirs: list[Path]) -> Path | None:
    """The ``hc_NN_TAG.txt`` of ``qjudge_NN_TAG.md`` in the first of ``dirs`` that has a
    non-empty one."""
    m = _JUDGE_NAME.search(judge.name)
    if not m:
        return None
    for d in dirs:
        p = d / f"hc_{m.group(1)}_{m.group(2)}.txt"
        if p.exists() and p.stat().st_size:
            return p
    return None


@dataclass(slots=True)
class JudgedRow:
    """A judged row found again: its source, article, spans and label."""

    source: str
    number: int
    article: int
    parts: list[tuple[int, int]]
    label: float


def _found_rows(
    judges: list[Path], dirs: list[Path], texts: list[str], skipped: Counter[str]
) -> Iterator[tuple[Path, HcRow, Judgment]]:
    """Each judged hand-check row of ``judges`` (paired with its hc file in ``dirs``) found
    in ``texts``, its ``parts`` set; what is left out is counted in ``skipped``."""
    for judge in judges:
        hc = hc_path(judge, dirs)
        if hc is None:
            skipped["no hc file: " + judge.name] += 1
            continue
        judged = parse_judgments(judge.read_text(encoding="utf-8"))
        for r in parse_hc(hc.read_text(encoding="utf-8")):
            j = judged.get(r.number)
            if j is None:
                skipped["not judged"] += 1
                continue
            r.parts = locate(r.context, texts[r.article]) if r.article < len(texts) else []
            if not r.parts:
                skipped["not found in the text"] += 1
                continue
            yield judge, r, j


def load_judged(
    judges: list[Path], dirs: list[Path], texts: list[str], span_bad: float = SPAN_BAD
) -> tuple[list[JudgedRow], Counter[str]]:
    """The judged rows of ``judges`` (each paired with its hc file in ``dirs``) with their
    spans in ``texts`` (the 10kGNAD articles), and counts of what was left out."""
    skipped: Counter[str] = Counter()
    rows = [
        JudgedRow(judge.stem, r.number, r.article, r.parts, j.label(span_bad))
        for judge, r, j in _found_rows(judges, dirs, texts, skipped)
    ]
    return rows, skipped


def span_hash(text: str, parts: list[tuple[int, int]] | list[list[int]]) -> str:
    """The first 12 hex digits of the SHA-1 of the parts' text, joined by a newline.

    >>> span_hash("abcdef", [(0, 2), (4, 6)]) == span_hash("ab--ef", [[0, 2], [4, 6]])
    True
    """
    joined = "\n".join(text[a:b] for a, b in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:12]


def export_records(
    judges: list[Path], dirs: list[Path], texts: list[str]
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """The :data:`JUDGED_ROWS_SCHEMA` records of the judged rows of ``judges`` (no text of
    the articles, only offsets into ``texts``), and counts of what was left out."""
    skipped: Counter[str] = Counter()
    out = []
    for judge, r, j in _found_rows(judges, dirs, texts, skipped):
        m = _JUDGE_NAME.search(judge.name)
        seed, tag = (int(m.group(1)), m.group(2)) if m else (0, judge.stem)
        said, span, speaker = j.judged
        record = {"id": f"{seed}_{tag}:Q{r.number:03d}", "seed": seed, "tag": tag}
        record |= {"number": r.number, "row": r.article, "parts": [list(p) for p in r.parts]}
        conf = None if math.isnan(r.confidence) else r.confidence
        record |= {"kind": r.kind, "confidence": conf}
        record |= {"statement": said, "question": j.question, "span": span, "speaker": speaker}
        record["sha1"] = span_hash(texts[r.article], r.parts)
        out.append(record)
    return out, skipped


def write_judged_rows(path: Path, records: list[dict[str, Any]], judges: str) -> None:
    """``records`` as JSONL under the :data:`_HEADER` comment."""
    lines = [json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in records]
    head = _HEADER.format(judges=judges, n=len(records))
    path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")


def load_judged_rows(
    path: Path, texts: list[str], span_bad: float = SPAN_BAD
) -> tuple[list[JudgedRow], Counter[str]]:
    """The :class:`JudgedRow` list of an exported file (``bench/judged_rows.jsonl``), the
    same :func:`load_judged` makes of the notes; rows whose offsets do not lie in ``texts``
    or whose text hash differs are left out (counted)."""
    return load_judged_rows_from(load_rules(path, JUDGED_ROWS_SCHEMA), texts, span_bad)


def load_judged_rows_from(
    records: list[dict[str, Any]], texts: list[str], span_bad: float = SPAN_BAD
) -> tuple[list[JudgedRow], Counter[str]]:
    """:func:`load_judged_rows` of records already read."""
    rows: list[JudgedRow] = []
    skipped: Counter[str] = Counter()
    for rec in records:
        parts = [(int(a), int(b)) for a, b in rec["parts"]]
        text = texts[rec["row"]] if rec["row"] < len(texts) else ""
        if not parts or any(not 0 <= a < b <= len(text) for a, b in parts):
            skipped["offsets outside the text"] += 1
            continue
        if span_hash(text, parts) != rec["sha1"]:
            skipped["text differs (sha1)"] += 1
            continue
        statement = rec["statement"] or rec["question"]
        label = Judgment(statement, rec["span"] != "bad").label(span_bad)
        source = f"qjudge_{rec['seed']}_{rec['tag']}"
        rows.append(JudgedRow(source, rec["number"], rec["row"], parts, label))
    return rows, skipped


def match(judged: list[JudgedRow], quotes: list[list[list[int]]]) -> dict[int, int]:
    """Judged row index -> index of today's quote (character spans ``quotes``) of the same
    article it pairs with at overlap F1 >= 0.5, one judged row of a source per quote."""
    from pipeline.evaluate.quotes import pair_quotes

    out: dict[int, int] = {}
    by_source: dict[str, list[int]] = {}
    for i, r in enumerate(judged):
        by_source.setdefault(r.source, []).append(i)
    for idx in by_source.values():
        pairs = pair_quotes([[list(p) for p in judged[i].parts] for i in idx], quotes)
        out.update({idx[g]: p for g, p, f1 in pairs if f1 >= 0.5})
    return out


def reliability(conf: list[float], labels: list[float], kinds: list[str]) -> str:
    """ECE, precision at >= 0.8, bins and per kind of judged rows (labels may be 0.5)."""
    from pipeline.evaluate.quotes import calibration, calibration_by_kind

    cal = calibration(conf, labels)  # type: ignore[arg-type]
    head = (
        f"judged rows {len(conf)}: mean confidence {sum(conf) / max(1, len(conf)):.3f}, "
        f"share right {sum(labels) / max(1, len(labels)):.3f}, ECE {cal['ece']:.4f}, "
        f"P@>=0.8 {cal['p_at_0.8']:.4f} ({cal['n_at_0.8']})"
    )
    lines = [head]
    for b in cal["bins"]:
        if b["n"]:
            lines.append(
                f"    {b['lo']:.1f}-{b['hi']:.1f}: {b['n']:4d} {b['conf']:.3f} {b['right']:.3f}"
            )
    for kind, c in calibration_by_kind(conf, labels, kinds).items():  # type: ignore[arg-type]
        lines.append(
            f"  {kind:13s} n {c['n']:4d} conf {c['conf']:.3f} right {c['right']:.3f} "
            f"ECE {c['ece']:.4f} P@0.8 {c['p_at_0.8']:.3f} ({c['n_at_0.8']})"
        )
    return "\n".join(lines)


def today_rows(nlp: Any, judged: list[JudgedRow], texts: list[str]) -> list[dict[str, Any]]:
    """Each judged row that today's engine outputs: ``{"row", "features", "kind",
    "gated", "rescuable", "confidence"}`` (the candidate's scorer features)."""
    from pipeline.components.quotes import CharOffsets
    from pipeline.quotes.engine import _rescuable

    engine = nlp.get_pipe("newsx_quotes").extractor
    gate = engine.kit.settings.get("min_rule_confidence", 0.0)
    rescue = engine.kit.settings.get("rescue_confidence", 1.1)
    articles = sorted({r.article for r in judged})
    out: list[dict[str, Any]] = []
    docs = nlp.pipe([texts[a] for a in articles], disable=["newsx_quotes", "newsx_speakers"])
    for a, doc in zip(articles, docs):
        ctx, quotes = engine.candidates(doc)
        feats = [engine.scorer.features(ctx, q) for q in quotes]
        confs = [engine.scorer.probability(f) for f in feats]
        shown = [
            i
            for i, (q, c) in enumerate(zip(quotes, confs))
            if q.confidence >= gate or (c >= rescue and _rescuable(q))
        ]
        offsets = CharOffsets(doc, ctx.table)
        chars = [[list(offsets(s, e)) for s, e in quotes[i].parts] for i in shown]
        here = [i for i, r in enumerate(judged) if r.article == a]
        for j, p in match([judged[i] for i in here], chars).items():
            q = quotes[shown[p]]
            out.append(
                {
                    "row": judged[here[j]],
                    "features": feats[shown[p]],
                    "kind": q.kind,
                    "gated": q.confidence >= gate,
                    "rescuable": _rescuable(q),
                    "confidence": confs[shown[p]],
                }
            )
    return out


def export(argv: list[str]) -> None:
    """``python -m bench.judged export JUDGES --hc-dir DIR [--corpus CSV] [--out FILE]``."""
    from bench.handcheck import read_articles
    from pipeline.training.convert import CORPORA

    parser = argparse.ArgumentParser(prog="python -m bench.judged export")
    parser.add_argument("judges", nargs="+", type=Path, help="qjudge_NN_TAG.md files")
    parser.add_argument("--hc-dir", action="append", type=Path, default=[])
    parser.add_argument("--corpus", type=Path, default=CORPORA / "10kgnad" / "test.csv")
    parser.add_argument("--out", type=Path, default=JUDGED_ROWS)
    args = parser.parse_args(argv)
    texts = read_articles(args.corpus)
    dirs = args.hc_dir or [j.parent for j in args.judges]
    records, skipped = export_records(args.judges, dirs, texts)
    records = kept_records(args.out, records) + records
    names = " ".join(sorted({f"qjudge_{r['seed']}_{r['tag']}.md" for r in records}))
    write_judged_rows(args.out, records, names)
    print(f"{len(records)} judged rows -> {args.out}; left out: {dict(skipped)}")


def kept_records(path: Path, new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records of ``path`` (if it exists) whose judgment file is not among ``new``'s:
    an export adds judges to the file (or replaces one judged again) and keeps the rows of
    judges whose notes are gone."""
    if not path.exists():
        return []
    judges = {(r["seed"], r["tag"]) for r in new}
    return [r for r in load_rules(path, JUDGED_ROWS_SCHEMA) if (r["seed"], r["tag"]) not in judges]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["export"]:
        export(argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "judges", nargs="*", type=Path, help=f"qjudge_NN_TAG.md files (default: {JUDGED_ROWS})"
    )
    parser.add_argument("--hc-dir", action="append", type=Path, default=[])
    parser.add_argument("--rows", type=Path, default=JUDGED_ROWS, help="exported judged rows")
    parser.add_argument("--corpus", type=Path, help="10kGNAD test.csv")
    parser.add_argument("--span-bad", type=float, default=SPAN_BAD)
    args = parser.parse_args(argv)
    from bench.handcheck import read_articles
    from pipeline.model import load_pipeline
    from pipeline.training.convert import CORPORA

    texts = read_articles(args.corpus or CORPORA / "10kgnad" / "test.csv")
    if args.judges:
        dirs = args.hc_dir or [j.parent for j in args.judges]
        judged, skipped = load_judged(args.judges, dirs, texts, args.span_bad)
    else:
        judged, skipped = load_judged_rows(args.rows, texts, args.span_bad)
    nlp, _ = load_pipeline()
    found = today_rows(nlp, judged, texts)
    print(f"judged rows read {len(judged)}; left out: {dict(skipped)}")
    print(f"matched to today's output {len(found)}, unmatched {len(judged) - len(found)}")
    conf = [f["confidence"] for f in found]
    print(reliability(conf, [f["row"].label for f in found], [f["kind"] for f in found]))


if __name__ == "__main__":
    main()
