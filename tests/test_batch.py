"""Reading inputs: decoding, metadata, file walking."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pipeline.batch import decode_bytes, decode_item, iter_files, read_inputs, split_metadata

GERMAN = "Präsident Wladimir Putin sagte: „Die Lage ist stabil.“ – Größe, Maß, Öl, ß€"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_known_encodings(data, encoding):
    assert decode_bytes(data) == (GERMAN, encoding)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"   \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file: contains NUL/control bytes"),
        (b"Gr\x81\x8d\x90e aus Berlin", "undecodable: neither UTF-8 nor cp1252 (byte 0x81 at 2)"),
        (b"date 2022-01\n\n", "no text after metadata"),
    ],
)
def test_bad_inputs_become_error_items(data, reason):
    item = decode_item(data, "x.txt", "in/x.txt")
    assert (item.error, item.text) == (reason, "" if item.content == "" else item.text)
    assert item.error == reason


@pytest.mark.parametrize(
    "content, offset, date",
    [
        (" date 2022-01 Russland und das", 14, "2022-01"),
        ("date 2025-03-14\nBerlin (dpa) –", 16, "2025-03-14"),
        ("date: 2024\n\nText", 12, "2024"),
        ("Das date 2022-01 steht mitten", 0, None),
        ("date 20221 Text", 0, None),
    ],
)
def test_split_metadata(content, offset, date):
    assert split_metadata(content) == (offset, date)


def test_offsets_index_into_content():
    item = decode_item(b" date 2022-01 Putin sagte", "a.txt", "a.txt")
    assert item.content[item.offset :] == item.text == "Putin sagte"


def test_iter_files_sorted_relative_posix_and_dotfiles_skipped(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b.txt", ".hidden.txt", ".git/x.txt", "c.md"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Text", encoding="utf-8")
    single = tmp_path / "c.md"
    got = [doc_id for _, doc_id in iter_files([tmp_path, single])]
    root = tmp_path.name
    assert got == [f"{root}/a/b.txt", f"{root}/a/z.txt", f"{root}/b.txt", "c.md"]
    assert [d for _, d in iter_files([tmp_path])] == ["a/b.txt", "a/z.txt", "b.txt"]
    assert [d for _, d in iter_files([tmp_path], glob="*.txt")] == ["b.txt"]


def test_read_inputs_keeps_going_after_bad_files(tmp_path):
    (tmp_path / "1.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "2.txt").write_text("Gut.", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [(i.doc_id, i.error) for i in items] == [
        ("1.txt", "binary file: contains NUL/control bytes"),
        ("2.txt", None),
    ]


text_st = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=200,
).filter(lambda s: s.strip())


@given(text_st, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_roundtrip(text, encoding):
    content, _ = decode_bytes(text.encode(encoding))
    assert content == text


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ „“‚‘»«–€.,;:!?\n", min_size=1, max_size=200)
)
def test_cp1252_text_decodes_to_itself(text):
    data = text.encode("cp1252")
    try:  # bytes that are also valid UTF-8 are read as UTF-8 (e.g. "Ä–" == b"\xc4\x96" == "Ė")
        data.decode("utf-8")
        assume(False)
    except UnicodeDecodeError:
        pass
    assert decode_bytes(data) == (text, "cp1252")


@given(st.binary(max_size=300))
def test_any_bytes_give_an_item_never_an_exception(data):
    item = decode_item(data, "f.txt", "f.txt")
    assert (item.error is None) == bool(item.text.strip())
    if item.error is None:
        assert item.content[item.offset :] == item.text
