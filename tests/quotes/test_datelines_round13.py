"""Datelines after a title or teaser (issue 10, point 5), on news-style texts written for
these tests.

Archives that join title, teaser and body into one line ("… erhöhen. Graz – Wir werden …")
put the dateline in the middle of a paragraph. A place name (or names joined by "/", with
an agency in brackets) before a dash, in one of the text's first sentences, is a dateline:
never inside a quote and never its speaker. "Die Lösung – so der Minister – …" is none.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


DATELINES = [
    # Austrian: the tagger reads "Graz" as a noun, the recogniser as a place
    (
        (
            "Stadt will Parkgebühren erhöhen. Graz – Wir werden nicht nachgeben, sagte"
            " Bürgermeister Siegfried Nagl am Montag."
        ),
        [
            (
                "indirect",
                "Wir werden nicht nachgeben",
                "sagte",
                "Bürgermeister Siegfried Nagl",
                "Siegfried Nagl",
            )
        ],
    ),
    # German: an organisation speaks
    (
        (
            "Neue Regeln für Mieter. Berlin – Die Mieten würden weiter steigen, warnte der"
            " Deutsche Mieterbund am Dienstag."
        ),
        [
            (
                "indirect",
                "Die Mieten würden weiter steigen",
                "warnte",
                "der Deutsche Mieterbund",
                "Deutsche Mieterbund",
            )
        ],
    ),
    # the parse takes the dateline for the subject: the person after the cue speaks
    (
        (
            "Der Prozess gegen den Fahrer beginnt. Wien – Ich habe nichts gesehen, zitiert"
            " Verteidiger Peter Huber seinen Mandanten."
        ),
        [
            (
                "indirect",
                "Ich habe nichts gesehen",
                "zitiert",
                "Verteidiger Peter Huber",
                "Peter Huber",
            )
        ],
    ),
    # two places joined by "/": not part of the speaker's mention
    (
        (
            "Haushalt 2017: Neue Schulden. Wien/Linz – Finanzminister Hans Jörg Schelling"
            " sagte, das Budget sei solide."
        ),
        [
            (
                "indirect",
                "das Budget sei solide",
                "sagte",
                "Finanzminister Hans Jörg Schelling",
                "Hans Jörg Schelling",
            )
        ],
    ),
    # Swiss: an agency in brackets, at the start of the text
    (
        "Zürich (SDA) – Die Zinsen bleiben tief, sagte Nationalbankpräsident Thomas Jordan.",
        [
            (
                "indirect",
                "Die Zinsen bleiben tief",
                "sagte",
                "Nationalbankpräsident Thomas Jordan",
                "Thomas Jordan",
            )
        ],
    ),
    # an unnamed witness: the mention stays, no name
    (
        "Wien – Sie sei froh, dass alles vorbei sei, sagte die Zeugin vor Gericht.",
        [("indirect", "Sie sei froh, dass alles vorbei sei", "sagte", "die Zeugin", None)],
    ),
]


@pytest.mark.parametrize("text, expected", DATELINES)
def test_dateline_is_neither_quote_nor_speaker(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


def test_a_dash_after_an_ordinary_subject_is_no_dateline(ud_nlp):
    rows = _rows(ud_nlp("Ein Jahr nach der Wahl. Die Lösung – so der Minister – sei nah."))
    assert [r[1] for r in rows] == ["Die Lösung – so der Minister – sei nah."]
