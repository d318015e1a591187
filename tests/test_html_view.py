"""The HTML view of ``newsx show --html``, checked through its DOM (stdlib HTML parser):
three tables with one row per extracted item, every quote numbered in the text and the
table, every row pointing at an anchor in the text."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from pipeline import DATA_DIR
from pipeline.html_view import QUOTE_COLUMNS, render_html


class Dom(HTMLParser):
    """Collects what the tests need: ids, table cells by table id, badges, quote spans."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.tables: dict[str, list[list[str]]] = {}
        self.targets: list[str] = []
        self.badges: list[str] = []
        self.quote_classes: list[str] = []
        self._table = self._cell = self._badge = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        cls = a.get("class") or ""
        if tag == "table":
            self._table = self.tables.setdefault(a["id"], [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
            if "data-target" in a:
                self.targets.append(a["data-target"])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = ""
        elif tag == "span" and cls == "qn":
            self._badge = ""
        elif tag == "span" and cls.split()[:1] == ["q"]:
            self.quote_classes.append(cls)

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data
        if self._badge is not None:
            self._badge += data

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._table[-1].append(self._cell)
            self._cell = None
        elif tag == "table":
            self._table = None
        elif tag == "span" and self._badge is not None:
            self.badges.append(self._badge)
            self._badge = None


@pytest.fixture(scope="module")
def page(nlp):
    from pipeline.batch import read_inputs
    from pipeline.run import iter_document_rows

    path = DATA_DIR / "samples" / "bundestag-haushalt.txt"
    ((item, rows, _),) = iter_document_rows(nlp, list(read_inputs([path])))
    text = render_html(item.content, rows, title=path.name)
    dom = Dom()
    dom.feed(text)
    return dom, rows, text


def test_three_tables_with_one_row_per_item(page):
    dom, rows, _text = page
    assert set(dom.tables) == {"quotes", "entities", "numbers"}
    for table in ("quotes", "entities", "numbers"):
        assert len(dom.tables[table]) == 1 + len(rows[table]), table
        assert rows[table], f"the sample has {table}"
    assert tuple(dom.tables["quotes"][0]) == QUOTE_COLUMNS


def test_quote_rows_show_mention_name_cue_kind_confidence_rule(page):
    dom, rows, _text = page
    for q, cells in zip(rows["quotes"], dom.tables["quotes"][1:], strict=True):
        assert cells == [
            str(q["quote_id"]),
            q["kind"],
            q["quote_text"],
            q["speaker"] or "",
            q["speaker_name"] or "",
            q["cue"] or "",
            f"{q['confidence']:.2f}",
            q["rule"] or "",
        ]


def test_every_quote_is_numbered_in_the_text_and_separately_coloured(page):
    dom, rows, _text = page
    numbers = [str(q["quote_id"]) for q in rows["quotes"]]
    assert sorted(dom.badges, key=int) == numbers
    tones = {c.split()[1] for c in dom.quote_classes}
    assert tones == {"qa", "qb"}  # neighbouring quotes alternate
    for q in rows["quotes"]:
        tone = "qa" if q["quote_id"] % 2 else "qb"
        assert any(f"{tone} quote-{q['quote_id']}" in c for c in dom.quote_classes)


def test_every_row_scrolls_to_an_anchor_in_the_text(page):
    dom, rows, _text = page
    assert len(dom.targets) == sum(len(rows[t]) for t in ("quotes", "entities", "numbers"))
    assert all(t in dom.ids for t in dom.targets)


PROBE_CLICK = """<script>
setTimeout(() => {
  window.scrollTo(0, 99999);
  const before = window.scrollY;
  document.querySelector('#quotes tbody tr:last-child').click();
  const top = document.getElementById(TARGET).getBoundingClientRect().top;
  document.body.dataset.probe = [before, window.scrollY, Math.round(top)].join(',');
}, 300);
</script></body>"""


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium not installed")
def test_clicking_a_row_scrolls_to_its_quote_in_chromium(page, tmp_path):
    """Real headless Chromium: a click on the last quote row scrolls its span into view."""
    _dom, rows, text = page
    target = f"quote-{rows['quotes'][-1]['quote_id']}"
    path = tmp_path / "view.html"
    path.write_text(text.replace("</body>", PROBE_CLICK.replace("TARGET", repr(target))))
    result = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update",
         "--window-size=1200,600", "--virtual-time-budget=3000", "--dump-dom", path.as_uri()],
        check=False, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    probe = re.search(r'data-probe="(-?\d+),(-?\d+),(-?\d+)"', result.stdout)
    assert probe, result.stdout[-500:] + result.stderr[-500:]
    before, after, top = map(int, probe.groups())
    assert before > 600 and after < before  # scrolled up from the bottom of the page
    assert 0 <= top <= 600  # the quote is inside the window
