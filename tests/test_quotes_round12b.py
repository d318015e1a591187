"""Quotes and speakers, round 12b (second round), on news-style texts written for these tests.

A lone capitalised word right before the finite verb that the tagger reads as an adverb is
the subject of the word-order fallback when the text writes it with a capital letter after
another word elsewhere ("seinen Sohn Paolo beauftragt. Paolo hatte … abgelehnt"): only nouns
and names are; a time adverb ("Gestern") or a sentence adverb ("Schließlich") is not.

A word of a speech verb's ``not_with`` list ("forderte … Leben") inside quotation marks is
part of a name ("Die „Aktion Leben“ forderte, …"), no object that makes the verb no speech
verb; outside them it still is ("Die Lawine forderte mehrere Leben" yields nothing).

A quote that takes over the speaker of the sentence before takes its subject when that
speaker names no one ("nach eigenem Bekunden", "dem Vernehmen nach" are the words of the
cue); a subject that names no one either ("Die Sitzung") leaves the speaker as it was.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order (Austrian, Swiss, German).
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


FRONTED_NAME = [
    (
        "Die Auftragsvergabe wurde von der Polizei mitgehört. Er hatte seinen Sohn Paolo beauftragt. Paolo hatte die Ausführung mit den Worten abgelehnt: „Das mache ich nicht.“",
        # "seinen Sohn Paolo" introduces him (a kinship noun before a name, round 14)
        [("direct", "„Das mache ich nicht.“", "mit den Worten", "Paolo", "Paolo")],
    ),
    (
        "Gestern hatte die Regierung den Vorschlag mit den Worten abgelehnt: „Das ist zu teuer.“",
        [("direct", "„Das ist zu teuer.“", "mit den Worten", "die Regierung", "Regierung")],
    ),
    (
        "Der Landesrat hatte seinen Sekretär Moser informiert. Moser hatte den Antrag mit den Worten zurückgewiesen: „Dafür gibt es kein Geld.“",
        [("direct", "„Dafür gibt es kein Geld.“", "mit den Worten", "Moser", "Moser")],
    ),
    (
        "Schließlich hatte der Gemeinderat den Plan mit den Worten verworfen: „Das ist nicht umsetzbar.“",
        [("direct", "„Das ist nicht umsetzbar.“", "mit den Worten", "der Gemeinderat", None)],
    ),
]


QUOTED_NAME_NOT_WITH = [
    (
        "Die „Aktion Leben“ forderte am Montag, dass die Regierung die Beratung ausbauen müsse.",
        [
            (
                "indirect",
                "dass die Regierung die Beratung ausbauen müsse",
                "forderte",
                "Die „Aktion Leben“",
                "Aktion Leben",
            )
        ],
    ),
    (
        "Der Verein „Pro Leben“ forderte in Bern, der Bundesrat müsse die Hilfe aufstocken.",
        [
            (
                "indirect",
                "der Bundesrat müsse die Hilfe aufstocken",
                "forderte",
                "Der Verein „Pro Leben“",
                "Pro Leben",
            )
        ],
    ),
    (
        "Die Lawine forderte im Wallis mehrere Leben.",
        [],
    ),
    (
        "Das Unwetter forderte in der Steiermark zwei Todesopfer.",
        [],
    ),
]


SELF_REFERENCE = [
    (
        "Die Zürcher Stadträtin Anna Meier war nach eigenem Bekunden von der Absage überrascht. „Wir hatten mit einer Zusage gerechnet.“",
        [
            (
                "indirect",
                "Die Zürcher Stadträtin Anna Meier war nach eigenem Bekunden von der Absage überrascht",
                "nach eigenem Bekunden",
                "eigenem Bekunden",
                "Anna Meier",  # the subject of its clause (round 14: speaker.owner)
            ),
            (
                "direct",
                "„Wir hatten mit einer Zusage gerechnet.“",
                None,
                "Die Zürcher Stadträtin Anna Meier",
                "Anna Meier",
            ),
        ],
    ),
    (
        "Der Tiroler Landesrat Josef Huber sei dem Vernehmen nach verärgert. „Das war nicht abgesprochen.“",
        [
            (
                "indirect",
                "Der Tiroler Landesrat Josef Huber sei dem Vernehmen nach verärgert",
                "nach",
                "dem Vernehmen",
                None,
            ),
            (
                "direct",
                "„Das war nicht abgesprochen.“",
                None,
                "Der Tiroler Landesrat Josef Huber",
                "Josef Huber",
            ),
        ],
    ),
    (
        "Die Sitzung war dem Vernehmen nach kurz. „Es gab nichts zu besprechen.“",
        [
            ("indirect", "Die Sitzung war dem Vernehmen nach kurz", "nach", "dem Vernehmen", None),
            ("direct", "„Es gab nichts zu besprechen.“", None, "dem Vernehmen", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_NAME)
def test_quotes_round12b_fronted_name(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), QUOTED_NAME_NOT_WITH)
def test_quotes_round12b_quoted_name_not_with(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), SELF_REFERENCE)
def test_quotes_round12b_self_reference(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected
