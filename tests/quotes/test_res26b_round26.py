"""Speaker names of round 26, second wave (issue 10, "Resolution").

- a name right after a singular person noun that the entity recogniser missed or took for a
  place ("der Investor Kelvin Darrow", "bei dem Arbeitsmarktexperten August Bruckner") is a
  person's name, so a later "er"/"sie" finds that person
  (:mod:`pipeline.speakers.noun_named_runs`); not after a plural noun, not a body's name;
- a place's body noun with the place after it ("die Stadt Klagenfurt", "das Land
  Niederösterreich"; roles.jsonl ``place_body``): the noun and the place name the body;
- a mention outside the quote never takes its name from the quote's own words ("„This is a
  great day“, sagte der Bürgermeister" is not "This").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "Probleme meldet etwa der Investor Kelvin Darrow. Er erklärte gegenüber der Zeitung, "
            "dass die Türen manchmal nicht schließen. Darrow fährt den Wagen seit einem Jahr."
        ),
        [("Er", "Kelvin Darrow")],
    ),
    (
        (
            "Die Spurensuche beginnt bei dem Arbeitsmarktexperten August Bruckner. Die Gruppe "
            "sei gut ausgebildet gewesen, sagt er. Bruckner forscht seit Jahren dazu."
        ),
        [("er", "August Bruckner")],
    ),
    # a plural person noun before two names: neither is taken for one run
    (
        (
            "Das berichteten die Experten Peter Gruber und Anna Berger. Sie betonte, die Lage "
            "sei ernst."
        ),
        [("Sie", "Anna Berger")],
    ),
    # the name inside the quote's own words is no speaker
    (
        "Wien – Der neue Bahnhof ist eröffnet. „This is a great day“, sagte der Bürgermeister.",
        [("der Bürgermeister", None)],
    ),
    # the person named before the quote stays the speaker
    (
        (
            "Wien – Bürgermeister Peter Huber eröffnete den Bahnhof. „This is a great day“, sagte "
            "der Bürgermeister am Montag."
        ),
        [("der Bürgermeister", "Peter Huber")],
    ),
    # no quotation marks: the detected quote may have taken in the narration naming him
    (
        (
            "Vorstandschef Ralph Meier will in den kommenden Jahren profitabler werden, wie er "
            "am Donnerstag sagte."
        ),
        [("er", "Ralph Meier")],
    ),
    # a place's body named with the place: the noun and the place
    (
        "Klagenfurt – Die Stadt Klagenfurt hat am Montag mitgeteilt, dass das Freibad im Juni öffnet.",
        [("Die Stadt Klagenfurt", "Stadt Klagenfurt")],
    ),
    (
        "St. Pölten – Das Land Niederösterreich kündigte an, die Förderung zu verlängern.",
        [("Das Land Niederösterreich", "Land Niederösterreich")],
    ),
    # the bare noun names no body
    (
        "Das Land erklärte, das Projekt sei gestoppt.",
        [("Das Land", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
