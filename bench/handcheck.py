"""Sample entity, number and quote rows of 10kGNAD articles for a hand check (issues 11, 10).

``python -m bench.handcheck [--seed 11] [--articles 100] [--entities 100] [--numbers 60]``
picks ``--articles`` articles at random from rows 0-499 of the 10kGNAD test split
(``../shared/corpora/10kgnad/test.csv``, format ``label;'text'``), runs the default newsx
pipeline on them and prints ``--entities`` random entity rows and ``--numbers`` random number
rows, each with 70 characters of context either side (the row's text in ``[[...]]``), for a
reader to judge every row as fully right or not. The same seed gives the same rows.

``--quotes N`` prints N random quote rows (kind, speaker mention, speaker name, cue,
confidence) in their sentence's context, for a reader to judge: is it a statement someone
made, is its span right, is the speaker right (or rightly empty)? ``--quote-articles K``
prints K whole articles (of those picked) with all their quote rows in text order, for a
reader to count the statements the rows miss (recall) and the interview answers.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from pipeline.model import load_pipeline
from pipeline.tables import entity_rows, number_rows, quote_rows
from pipeline.training.convert import CORPORA

ROWS = 500  # only rows 0-499 of the test split are used for development checks
CONTEXT = 70
QUOTE_CONTEXT = 160  # a quote's frame can stand a sentence before or after it
QUOTE_KEYS = ("kind", "speaker", "speaker_name", "cue", "confidence")


def read_articles(path: Path, rows: int = ROWS) -> list[str]:
    """The texts of the first ``rows`` lines of a 10kGNAD CSV file."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if len(out) >= rows:
                break
            _label, _, text = line.rstrip("\n").partition(";")
            out.append(text.strip("'"))
    return out


def show(text: str, row: dict, context: int = CONTEXT) -> str:
    """A row's text in context: '... left [[text]] right ...'; a quote interrupted by its
    frame shows each of its spans in brackets ('[[Die Lage sei]], sagte er, [[ernst]]')."""
    s, e = row["start"], row["end"]
    left = text[max(0, s - context) : s].replace("\n", " ")
    right = text[e : e + context].replace("\n", " ")
    parts = json.loads(row["spans"]) if row.get("spans") else [[s, e]]
    middle, at = "", s
    for a, b in parts:
        middle += f"{text[at:a]}[[{text[a:b]}]]"
        at = b
    return f"…{left}{middle.replace(chr(10), ' ')}{right}…"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(CORPORA / "10kgnad" / "test.csv"))
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--entities", type=int, default=100)
    ap.add_argument("--numbers", type=int, default=60)
    ap.add_argument("--quotes", type=int, default=0)
    ap.add_argument("--quote-articles", type=int, default=0)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    texts = read_articles(Path(args.corpus))
    picked = sorted(rng.sample(range(len(texts)), args.articles))
    nlp, _ = load_pipeline()
    ents, nums, quotes = [], [], []
    for row_no, doc in zip(picked, nlp.pipe(texts[i] for i in picked)):
        ents += [(row_no, doc.text, r) for r in entity_rows(doc, f"row{row_no}")]
        nums += [(row_no, doc.text, r) for r in number_rows(doc, f"row{row_no}")]
        quotes += [(row_no, doc.text, r) for r in quote_rows(doc, f"row{row_no}")]
    print(
        f"# seed {args.seed}: rows {picked[:5]}... ({len(ents)} entity, {len(nums)} number, "
        f"{len(quotes)} quote rows)"
    )
    keys = ("label", "canonical_id", "canonical_name", "entity_id", "rule")
    for n, (row_no, text, r) in enumerate(rng.sample(ents, min(args.entities, len(ents))), 1):
        print(f"E{n:03d} row {row_no} | " + " | ".join(str(r[k]) for k in keys))
        print("     " + show(text, r))
    keys = ("value", "value_min", "value_max", "qualifier", "noun", "kind", "unit")
    for n, (row_no, text, r) in enumerate(rng.sample(nums, min(args.numbers, len(nums))), 1):
        print(f"N{n:03d} row {row_no} | " + " | ".join(str(r[k]) for k in keys))
        print("     " + show(text, r))
    show_quotes(rng, quotes, args.quotes, args.quote_articles)


def _quote_line(r: dict) -> str:
    return " | ".join(
        f"{r[k]:.2f}" if k == "confidence" and r[k] is not None else str(r[k]) for k in QUOTE_KEYS
    )


def show_quotes(rng: random.Random, quotes: list, n: int, articles: int) -> None:
    """``n`` random quote rows in context, then ``articles`` whole articles with their rows."""
    for k, (row_no, text, r) in enumerate(rng.sample(quotes, min(n, len(quotes))), 1):
        print(f"Q{k:03d} row {row_no} | " + _quote_line(r))
        print("     " + show(text, r, QUOTE_CONTEXT))
    by_row: dict[int, tuple[str, list[dict]]] = {}
    for row_no, text, r in quotes:
        by_row.setdefault(row_no, (text, []))[1].append(r)
    for row_no in sorted(rng.sample(sorted(by_row), min(articles, len(by_row)))):
        text, rows = by_row[row_no]
        print(f"\n## A row {row_no} ({len(rows)} quote rows)\n{text}\n")
        for k, r in enumerate(rows, 1):
            print(f"A{row_no}.{k} | {_quote_line(r)}\n     [[{r['quote_text']}]]")


if __name__ == "__main__":
    main()
