"""Round 25 (span25b): subheadings with a headline's verbs joined to their paragraph.

Classes covered:

- archives that strip line breaks join a subheading to the next sentence without
  punctuation; a subheading with a headline's verbs (its finite verb second, "Land prüft
  Beteiligung", "Meier will Einigung erreichen", ending in a bare noun or a verb) before a
  capitalised sentence opener starts a unit of its own when the sentence after it has a
  finite verb: the quote leaves the subheading out ("Land prüft Beteiligung Die Übernahme
  habe …");
- no cut where the opener is a title after a noun with its article ("sagte der Zeitung Die
  Presse, …").
"""

import pytest

from tests.conftest import quote_rows as _rows

HEADINGS = [
    (
        (
            "Die Stadtwerke haben den Zuschlag bekommen, teilte die Landesholding mit. Land prüft "
            "Beteiligung Die Übernahme habe den Wert der Anteile bereits deutlich erhöht."
        ),
        [
            (
                "indirect",
                "Die Stadtwerke haben den Zuschlag bekommen",
                "teilte … mit",
                "die Landesholding",
                "Landesholding",
            ),
            (
                "continuation",
                "Die Übernahme habe den Wert der Anteile bereits deutlich erhöht.",
                None,
                "die Landesholding",
                "Landesholding",
            ),
        ],
    ),
    (
        (
            "Der Botschafter übergab die Note am Freitag. Regierung will rasch entscheiden Die "
            "Regierung werde die Note sorgfältig prüfen, hieß es."
        ),
        [("indirect", "Die Regierung werde die Note sorgfältig prüfen", "hieß es", None, None)],
    ),
    (
        "Verband kritisiert Ausstattung Die Schulen seien schlecht ausgestattet, sagte der Sprecher.",
        [("indirect", "Die Schulen seien schlecht ausgestattet", "sagte", "der Sprecher", None)],
    ),
    (
        (
            "Die Ministerin traf Hans Meier am Montag. Meier will Einigung erreichen Die Gespräche "
            "seien gut verlaufen, sagte er."
        ),
        [("indirect", "Die Gespräche seien gut verlaufen", "sagte", "er", "Hans Meier")],
    ),
    (
        "Kanzler Kurz sagte der Zeitung Die Presse, er werde nicht zurücktreten.",
        [("indirect", "er werde nicht zurücktreten", "sagte", "Kanzler Kurz", "Kurz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS)
def test_headline_subheadings(nlp, text, expected):
    assert _rows(nlp(text)) == expected
