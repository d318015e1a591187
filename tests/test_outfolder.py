"""Files and folders that must never lose a document, and an --out folder never mixed up.

CLI runs here use a fast stand-in pipeline (tests/fastnlp.py) so that a 3 MB file stays
quick; the real model over a long text is in tests/test_pieces.py.
"""

from __future__ import annotations

import codecs
import os

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.tables import TABLES, read_table
from tests.fastnlp import use_fast_pipeline

runner = CliRunner()
QUOTE = "Merkel sagte: „Wir schaffen das.“ Die Lage sei ernst."


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def _hostile_folder(src):
    """Every kind of file an archive scrape holds; returns ``{name: expected row}``."""
    src.mkdir()
    html = f"<html><body><p>{QUOTE}</p></body></html>"
    unbalanced = "„Das ist offen, sagte er. Und noch »eins „zwei“"
    big = "\n\n".join(f"Absatz {i}: {QUOTE}" for i in range(60_000))[:3_000_000]
    files = {
        "big.txt": big.encode("utf-8"),
        "binary.txt": bytes(range(256)) * 4,
        "cp1252.txt": "Größe: „Maß“ – 5 €".encode("cp1252"),
        "empty.txt": b"",
        "html.txt": html.encode(),
        "nul.txt": "Merkel sagte:\x00 „Wir schaffen das.“\f".encode(),
        'odd name ä, "x"; -1.txt': QUOTE.encode(),
        "unbalanced.txt": unbalanced.encode(),
        "utf16.txt": codecs.BOM_UTF16_LE + QUOTE.encode("utf-16-le"),
        "whitespace.txt": b"  \n\t \r\n",
        "locked.txt": QUOTE.encode(),
        "sub/deep.txt": b"Ein Satz.",
    }
    for name, data in files.items():
        (src / name).parent.mkdir(exist_ok=True)
        (src / name).write_bytes(data)
    (src / "locked.txt").chmod(0)
    os.symlink("loop.txt", src / "loop.txt")  # a symlink to itself
    os.symlink("..", src / "sub" / "again")  # a folder loop: never followed
    os.mkfifo(src / "pipe.txt")  # reading it would block forever
    unreadable = os.geteuid() != 0  # root reads a chmod-000 file: then it is ok
    n = len(QUOTE)
    return {  # doc_id: (status, error, encoding, n_chars)
        "big.txt": ("ok", None, "utf-8", 3_000_000),
        "binary.txt": ("error", "binary file: contains NUL/control bytes", None, None),
        "cp1252.txt": ("ok", None, "cp1252", 18),
        "empty.txt": ("error", "empty file", None, None),
        "html.txt": ("ok", None, "utf-8", len(html)),
        "locked.txt": ("error", "unreadable: Permission denied", None, None)
        if unreadable
        else ("ok", None, "utf-8", n),
        "loop.txt": ("error", "unreadable: Too many levels of symbolic links", None, None),
        "nul.txt": ("ok", None, "utf-8", 35),
        'odd name ä, "x"; -1.txt': ("ok", None, "utf-8", n),
        "pipe.txt": ("error", "unreadable: not a regular file", None, None),
        "sub/deep.txt": ("ok", None, "utf-8", 9),
        "unbalanced.txt": ("ok", None, "utf-8", len(unbalanced)),
        "utf16.txt": ("ok", None, "utf-16", n),
        "whitespace.txt": ("error", "empty file", "utf-8", None),
    }, big


def test_hostile_folder(tmp_path, monkeypatch):
    use_fast_pipeline(monkeypatch)
    expected, big = _hostile_folder(tmp_path / "in")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    docs = read_table(str(out / "documents.csv"), "documents")
    got = {
        r.doc_id: (
            r.status,
            None if pd.isna(r.error) else r.error,
            None if pd.isna(r.encoding) else r.encoding,
            None if pd.isna(r.n_chars) else r.n_chars,
        )
        for r in docs.itertuples()
    }
    assert list(got) == sorted(expected)
    for doc_id, row in expected.items():
        assert got[doc_id] == row, doc_id
    assert _files(out) == sorted(f"{t}.csv" for t in TABLES)  # no temporary files, no state
    quotes = read_table(str(out / "quotes.csv"), "quotes")
    big_quotes = quotes[quotes.doc_id == "big.txt"]
    assert len(big_quotes) == big.count("„") and big_quotes.quote_id.tolist()[-1] == len(big_quotes)
    assert all(big[r.start : r.end] == r.text for r in big_quotes.itertuples())
    nul = quotes[quotes.doc_id == "nul.txt"].iloc[0]  # the NUL became a space, offsets kept
    assert (nul.start, nul.text) == (15, "„Wir schaffen das.“")


def _run(*args):
    return runner.invoke(app, ["run", *map(str, args)])


@pytest.fixture
def two_inputs(tmp_path, monkeypatch):
    use_fast_pipeline(monkeypatch)
    for name, n in (("dupA", 3), ("dupB", 2)):
        (tmp_path / name).mkdir()
        text = " ".join(f"„Zitat {i}“" for i in range(n))
        (tmp_path / name / "0500_Etat.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_same_file_name_in_two_inputs_gets_two_doc_ids(two_inputs):
    out = two_inputs / "out"
    assert _run(two_inputs / "dupA", two_inputs / "dupB", "--out", out).exit_code == 0
    quotes = read_table(str(out / "quotes.csv"), "quotes")
    assert quotes[["doc_id", "quote_id"]].values.tolist() == [
        ["dupA/0500_Etat.txt", 1],
        ["dupA/0500_Etat.txt", 2],
        ["dupA/0500_Etat.txt", 3],
        ["dupB/0500_Etat.txt", 1],
        ["dupB/0500_Etat.txt", 2],
    ]
    result = _run(two_inputs / "dupA", two_inputs / "dupA", "--out", two_inputs / "o2")
    assert result.exit_code == 2 and "given more than once" in result.output


def test_out_folder_with_tables_is_refused_then_overwritten(two_inputs):
    out = two_inputs / "out"
    assert (
        _run(two_inputs / "dupA", two_inputs / "dupB", "--out", out, "-f", "csv,parquet").exit_code
        == 0
    )
    before = _files(out)
    result = _run(two_inputs / "dupA", "--out", out)
    assert result.exit_code == 2
    assert "already holds newsx tables" in result.output and "--overwrite" in result.output
    assert _files(out) == before
    result = _run(two_inputs / "dupA", "--out", out, "--resume")
    assert result.exit_code == 2 and "nothing to resume" in result.output
    assert _run(two_inputs / "dupA", "--out", out, "--overwrite", "--resume").exit_code == 2
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert _run(two_inputs / "dupA", "--out", out, "--overwrite").exit_code == 0
    assert _files(out) == sorted([*(f"{t}.csv" for t in TABLES), "notes.txt"])  # parquet gone
    assert read_table(str(out / "documents.csv"), "documents").doc_id.tolist() == ["0500_Etat.txt"]


def test_empty_folder_says_no_files_matched(tmp_path, monkeypatch):
    use_fast_pipeline(monkeypatch)
    (tmp_path / "in").mkdir()
    result = _run(tmp_path / "in", "--out", tmp_path / "o")
    assert result.exit_code == 1
    assert "no files matched --glob '**/*.txt'" in result.output
    assert "errors 0" not in result.output


def test_parquet_restores_dtypes_with_plain_pandas(two_inputs):
    out = two_inputs / "out"
    assert _run(two_inputs / "dupA", "--out", out, "-f", "parquet").exit_code == 0
    for table in TABLES:
        df = pd.read_parquet(out / f"{table}.parquet")
        pd.testing.assert_frame_equal(df, read_table(str(out / f"{table}.parquet"), table))
    quotes = pd.read_parquet(out / "quotes.parquet")
    assert (str(quotes.speaker_start.dtype), str(quotes.confidence.dtype)) == ("Int64", "Float64")
    assert isinstance(quotes.doc_id.dtype, pd.StringDtype)


def test_show_prints_a_summary_for_a_long_file(tmp_path, monkeypatch):
    use_fast_pipeline(monkeypatch)
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join(f"Absatz {i}: {QUOTE}" for i in range(2_000)), encoding="utf-8")
    result = runner.invoke(app, ["show", str(long)])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "long text: 134,888 characters" in text and "2,000 quotes" in text
    assert "Absatz 10:" in text and "Absatz 1999" not in text


def _rows(chunk):
    """One chunk's rows: an Austrian, a Swiss and a German document, gaps in every dtype."""
    docs = [f"c{chunk}/wien.txt", f"c{chunk}/bern.txt", f"c{chunk}/berlin.txt"]
    text = "Der Nationalrat beschloss 1,5 Milliarden Euro, sagte Finanzminister Brunner."
    return {
        "documents": [
            {
                "doc_id": d,
                "path": d,
                "date": "2022-01" if i else None,
                "n_chars": len(text),
                "n_tokens": 12,
                "n_quotes": 1 - i % 2,
                "n_entities": 1,
                "n_numbers": 1,
                "status": "ok",
                "error": None,
                "encoding": "utf-8",
                "language": "de",
            }
            for i, d in enumerate(docs)
        ],
        "quotes": [
            {
                "doc_id": docs[0],
                "quote_id": 1,
                "kind": "reported",
                "text": text,
                "start": 0,
                "end": len(text),
                "spans": f"[[0, {len(text)}]]",
                "speaker": "Finanzminister Brunner",
                "speaker_start": 56,
                "speaker_end": 78,
                "confidence": 0.75,
                "rule": "verb.inverted",
                "cue": 'sagte, "so"',
            }
        ],
        "entities": [
            {
                "doc_id": docs[1],
                "text": "Brunner",
                "label": "PER",
                "start": 71,
                "end": 78,
                "source": "model",
            }
        ],
        "numbers": [
            {
                "doc_id": docs[2],
                "text": "1,5 Milliarden Euro",
                "value": 1.5e9,
                "value_min": None,
                "kind": "money",
                "start": 26,
                "end": 45,
                "unit": "EUR",
                "rule": "money.scale",
            }
        ]
        if chunk != 1
        else [],
    }


@pytest.mark.parametrize("order", [[0, 1, 2], [1, 0, 2]], ids=["in order", "out of order"])
def test_streamed_tables_equal_the_tables_assembled_from_parts(tmp_path, order):
    from pipeline.outfolder import OutputFolder

    formats = ["csv", "parquet", "jsonl"]
    outs = []
    for streamed in (False, True):
        folder = OutputFolder(tmp_path / f"s{int(streamed)}")
        folder.open({"model": "test"})
        if streamed:
            folder.stream(formats)
        for chunk in order:
            folder.write_part(chunk, _rows(chunk))
        assert folder.assemble(formats) and not (folder.out_dir / ".newsx").exists()
        outs.append(folder.out_dir)
    for table in TABLES:
        for f in formats:
            assert (outs[0] / f"{table}.{f}").read_bytes() == (
                outs[1] / f"{table}.{f}"
            ).read_bytes()
    assert sorted(p.name for p in outs[1].iterdir()) == sorted(
        f"{t}.{f}" for t in TABLES for f in formats
    )  # no temporary file left behind
    nums = read_table(str(outs[1] / "numbers.parquet"), "numbers")
    assert nums[["doc_id", "value", "kind"]].values.tolist() == [
        ["c0/berlin.txt", 1.5e9, "money"],
        ["c2/berlin.txt", 1.5e9, "money"],
    ]
    quotes = pd.read_csv(outs[1] / "quotes.csv")
    assert quotes.cue.tolist() == ['sagte, "so"'] * 3


def test_arrow_tables_from_rows_equal_those_from_frames():
    import pyarrow as pa

    from pipeline.tables import frame
    from pipeline.writers import arrow_schema, arrow_table

    for table, rows in _rows(0).items():
        for subset in (rows, []):
            want = pa.Table.from_pandas(
                frame(table, subset), schema=arrow_schema(table), preserve_index=False
            )
            assert arrow_table(table, subset).equals(want, check_metadata=True)
    odd = [{"doc_id": "a.txt", "value": "1.5"}]  # Arrow refuses a string as float: via pandas
    assert arrow_table("numbers", odd).column("value").to_pylist() == [1.5]
