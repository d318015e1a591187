"""A word the tagger calls a pronoun, article, adposition or conjunction is no Konjunktiv
verb, whatever the morphology says ("anstelle von Laufen": the shipped model gives
"anstelle" ``Mood=Sub`` and the STTS tag PIS), so its sentence is no continuation; verbs the
tagger gives an open-class tag stay verbs ("das hänge vom Ressort ab"). News-style texts
written for these tests; both label schemes.

Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

POLICE = ("indirect", "die Lage sei ruhig", "sagte", "Ein Sprecher der Polizei", "Polizei")

CASES = [
    (
        (
            "Ein Sprecher der Polizei sagte, die Lage sei ruhig. Der Bahnhof Kiefersfelden ist "
            "seit Mittwoch anstelle von Laufen neuer Übergabepunkt für Flüchtlinge."
        ),
        [POLICE],
    ),
    (
        (
            "Ein Sprecher der Polizei sagte, die Lage sei ruhig. Weitere Kontrollen seien "
            "derzeit nicht geplant."
        ),
        [
            POLICE,
            (
                "continuation",
                "Weitere Kontrollen seien derzeit nicht geplant.",
                None,
                "Ein Sprecher der Polizei",
                "Polizei",
            ),
        ],
    ),
    ("Die Regierung beschloss eine Erhöhung um 1,8 Prozent anstelle der vollen Abgeltung.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_closed_class_words_are_no_konjunktiv(nlp, text, expected):
    assert _rows(nlp(text)) == expected
