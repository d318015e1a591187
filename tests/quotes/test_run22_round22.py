"""Konjunktiv continuations and orphans of round 22 (issue 10): the derStandard hand checks'
general classes.

- "…, so heißt es in dem Bericht." after a statement: the text named after "heißt es" is
  the source, as in "…, heißt es in dem Bericht." (not the sentence before's subject, not a
  continuation of the statement before); a parenthetical "…, so heißt es, …" keeps the
  whole sentence; "so heißt es weiter" names no one.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

SO_HEISST_ES = [
    (
        (
            "Die Regierung hat einen Bericht vorgelegt. Die Zahl der Anträge sei im ersten "
            "Halbjahr deutlich gesunken, so heißt es in dem Bericht."
        ),
        [
            (
                "indirect",
                "Die Zahl der Anträge sei im ersten Halbjahr deutlich gesunken",
                "heißt es",
                "dem Bericht",
                None,
            )
        ],
    ),
    (
        (
            "Der Konzern legte am Montag Zahlen vor. Der Umsatz sei gestiegen, so hieß es aus "
            "dem Unternehmen."
        ),
        [("indirect", "Der Umsatz sei gestiegen", "hieß es", "dem Unternehmen", "Unternehmen")],
    ),
    (
        "Der Täter sei über die Grenze geflüchtet, so heißt es.",
        [("indirect", "Der Täter sei über die Grenze geflüchtet", "heißt es", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SO_HEISST_ES, ids=range(len(SO_HEISST_ES)))
def test_so_heisst_es_names_the_text(nlp, text, expected):
    assert _rows(nlp(text)) == expected
