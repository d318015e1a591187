"""Datelines and colon speech of round 20c (issue 10: spans, derStandard archives).

- a dateline after a title in the same paragraph, as archives that join the lines print
  it, when the tagger sees no place: two capitalised words ("Wiener Neustadt – Die …") or a
  place tagged as a noun ("Essen – Die …") before a dash and a sentence opener; and a dash
  glued to the body's first word ("Wien –Die …"): the dateline is never inside a statement;
  words that are no place ("Ein Kommentar – Die …") stay as they are;
- a possessive before a noun of a view or finding stated ("Seine These:", "Seine
  Argumentation:", list ``view_nouns``) and a colon before a clause: the owner's speech,
  as after "Sein Argument:"; a noun that states nothing ("Seine Wohnung:") stays no speech;
- a tweet's handle after a full stop (". .@Redaktion Nein.", ". @Redaktion Nein, …") opens
  a new unit: the tweet is not glued to the statement before.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

TEASER = "Streit um das Budget. "
SAID = "Die Stadt werde im kommenden Jahr sparen müssen"
TAIL = ", sagte der Bürgermeister am Montag."
ROW = [("indirect", SAID, "sagte", "der Bürgermeister", None)]
DENIED = "Der Sprecher dementierte das Gerücht, dass es Sonderzüge gebe."
DENIED_ROW = [("indirect", "dass es Sonderzüge gebe", "dementierte", "Der Sprecher", None)]

DOCUMENTS = [
    (TEASER + "Wiener Neustadt – " + SAID + TAIL, ROW),
    (TEASER + "Essen – " + SAID + TAIL, ROW),
    (TEASER + "Wien –" + SAID + TAIL, ROW),
    ("Wien –" + SAID + TAIL, ROW),
    # unchanged: no place before the dash
    (
        TEASER + "Ein Kommentar – " + SAID + TAIL,
        [("indirect", "Ein Kommentar – " + SAID, "sagte", "der Bürgermeister", None)],
    ),
    (
        "Der Minister sprach lange. Seine These: In Österreich fehlt es an billigen Wohnungen.",
        [("indirect", "In Österreich fehlt es an billigen Wohnungen", None, "Seine", None)],
    ),
    (
        (
            "Der Trainer war unzufrieden. Seine Argumentation: Je länger die Regeln gelten,"
            " desto besser wird das Spiel."
        ),
        [
            (
                "indirect",
                "Je länger die Regeln gelten, desto besser wird das Spiel",
                None,
                "Seine",
                None,
            )
        ],
    ),
    # unchanged: a noun that states nothing
    ("Der Minister sprach lange. Seine Wohnung: In der Küche fehlt ein Herd.", []),
    (DENIED + " .@ZeitungXY Nein. Es gibt keine Sonderzüge.", DENIED_ROW),
    (DENIED + " @ZeitungXY Nein, es gibt keine Sonderzüge.", DENIED_ROW),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_round20c_datelines_and_views(nlp, text, expected):
    assert _rows(nlp(text)) == expected
