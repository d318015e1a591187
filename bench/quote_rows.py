"""Dump the quote rows of 10kGNAD test articles and compare two dumps (issue 10, development).

A change to the quote engine is read row by row on text it was not written for: dump the
rows before and after the change and read what moved.

    python -m bench.quote_rows dump OUT.jsonl [--rows 1000] [--start 0]
    python -m bench.quote_rows diff BEFORE.jsonl AFTER.jsonl [--context 120] [--docs 0-499]

``dump`` runs the default newsx pipeline over rows ``start`` … ``start+rows-1`` of
``../shared/corpora/10kgnad/test.csv`` (:func:`bench.handcheck.read_articles`) and writes one
JSON line per quote row (the article's row number, offsets, kind, speaker mention and name,
cue, confidence, text). ``diff`` prints, per article whose rows differ, the rows only in
BEFORE (``-``) and only in AFTER (``+``) with their context, and at the end how many articles
and rows changed. Rows 0-499 are the development rows of the issue; rows 500-999 are read as
a second check. The dumps quote the articles (CC BY-NC-SA): keep them outside the repository.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from bench.handcheck import read_articles, show
from pipeline.model import load_pipeline
from pipeline.tables import quote_rows
from pipeline.training.convert import CORPORA

#: the fields of a row that a change can move (all but the running quote id)
KEYS = ("start", "end", "spans", "kind", "speaker", "speaker_name", "cue", "confidence")


def dump(out: Path, rows: int, start: int, corpus: Path) -> int:
    """Write the quote rows of ``rows`` articles from ``start`` to ``out``; the row count."""
    texts = read_articles(corpus, start + rows)[start:]
    nlp, _ = load_pipeline()
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for row_no, doc in enumerate(nlp.pipe(texts, batch_size=32), start):
            for r in quote_rows(doc, f"row{row_no}"):
                rec = {"row": row_no, **{k: r[k] for k in KEYS}, "text": r["quote_text"]}
                if rec["confidence"] is not None:
                    rec["confidence"] = round(rec["confidence"], 3)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def _load(path: Path, lo: int, hi: int) -> dict[int, list[dict]]:
    by_row: dict[int, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if lo <= r["row"] <= hi:
                by_row[r["row"]].append(r)
    return by_row


def key(r: dict) -> str:
    """What a row says, without its running number."""
    return json.dumps({k: r[k] for k in KEYS}, sort_keys=True)


def _line(sign: str, r: dict, texts: list[str], context: int) -> str:
    head = " | ".join(str(r[k]) for k in ("kind", "speaker", "speaker_name", "cue", "confidence"))
    return f"  {sign} {head}\n      {show(texts[r['row']], r, context)}"


def diff(before: Path, after: Path, docs: tuple[int, int], corpus: Path, context: int) -> None:
    """Print the rows that differ between two dumps, article by article."""
    a, b = _load(before, *docs), _load(after, *docs)
    texts = read_articles(corpus, docs[1] + 1)
    changed_docs = changed_rows = 0
    for row in sorted(set(a) | set(b)):
        old = {key(r): r for r in a.get(row, [])}
        new = {key(r): r for r in b.get(row, [])}
        gone = [old[k] for k in old if k not in new]
        came = [new[k] for k in new if k not in old]
        if not gone and not came:
            continue
        changed_docs += 1
        changed_rows += len(gone) + len(came)
        print(f"## row {row}")
        for r in sorted(gone + came, key=lambda r: (r["start"], r in came)):
            print(_line("+" if r in came else "-", r, texts, context))
    print(f"# {changed_docs} articles, {changed_rows} rows (- and +) differ in rows {docs}")


def _range(s: str) -> tuple[int, int]:
    lo, _, hi = s.partition("-")
    return int(lo), int(hi or lo)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(CORPORA / "10kgnad" / "test.csv"))
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--rows", type=int, default=1000)
    d.add_argument("--start", type=int, default=0)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--docs", type=_range, default=(0, 999))
    c.add_argument("--context", type=int, default=120)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        n = dump(args.out, args.rows, args.start, Path(args.corpus))
        print(f"{n} quote rows -> {args.out}")
    else:
        diff(args.before, args.after, args.docs, Path(args.corpus), args.context)


if __name__ == "__main__":
    main()
