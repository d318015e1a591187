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
the tests or CI needs them. ``data/scripts/fit_quote_confidence.py --judged`` uses the same
rows to check (and choose) the fit.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


@dataclass(slots=True)
class Judgment:
    """One judged line: is the row a statement, is its span right."""

    statement: bool
    span_ok: bool

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
            statement = m.group(2).lower() == "y" or bool(_QUESTION.search(line))
            out[int(m.group(1))] = Judgment(statement, span == "ok")
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


def load_judged(
    judges: list[Path], dirs: list[Path], texts: list[str], span_bad: float = SPAN_BAD
) -> tuple[list[JudgedRow], Counter[str]]:
    """The judged rows of ``judges`` (each paired with its hc file in ``dirs``) with their
    spans in ``texts`` (the 10kGNAD articles), and counts of what was left out."""
    rows: list[JudgedRow] = []
    skipped: Counter[str] = Counter()
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
            parts = locate(r.context, texts[r.article]) if r.article < len(texts) else []
            if not parts:
                skipped["not found in the text"] += 1
                continue
            rows.append(JudgedRow(judge.stem, r.number, r.article, parts, j.label(span_bad)))
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
        chars = [
            [[doc[s].idx, doc[e - 1].idx + len(doc[e - 1])] for s, e in quotes[i].parts]
            for i in shown
        ]
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("judges", nargs="+", type=Path, help="qjudge_NN_TAG.md files")
    parser.add_argument("--hc-dir", action="append", type=Path, default=[])
    parser.add_argument("--corpus", type=Path, help="10kGNAD test.csv")
    parser.add_argument("--span-bad", type=float, default=SPAN_BAD)
    args = parser.parse_args(argv)
    from bench.handcheck import read_articles
    from pipeline.model import load_pipeline
    from pipeline.training.convert import CORPORA

    texts = read_articles(args.corpus or CORPORA / "10kgnad" / "test.csv")
    dirs = args.hc_dir or [j.parent for j in args.judges]
    judged, skipped = load_judged(args.judges, dirs, texts, args.span_bad)
    nlp, _ = load_pipeline()
    found = today_rows(nlp, judged, texts)
    print(f"judged rows read {len(judged)}; left out: {dict(skipped)}")
    print(f"matched to today's output {len(found)}, unmatched {len(judged) - len(found)}")
    conf = [f["confidence"] for f in found]
    print(reliability(conf, [f["row"].label for f in found], [f["kind"] for f in found]))


if __name__ == "__main__":
    main()
