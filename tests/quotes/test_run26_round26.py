"""Continuations of round 26 (issue 10, "Continuations and free indirect speech"): the
singular Konjunktiv II of a strong verb with an ablaut or umlaut stem ("träfe", "läge",
"ließe", ``ablaut_konj2_singulars``) is read as a Konjunktiv II, not a Konjunktiv I
(:mod:`pipeline.quotes.ablaut_moods`): the writer's conditional or conjecture ("Er träfe
dann auf X", "Es ließe sich aber ebenso behaupten, …") starts no orphan, while the plural
("stünden", "kämen"), which stands in for the Konjunktiv I plural, and the Konjunktiv I go
on with the statement before them.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    # the writer's conditional: no statement
    (
        (
            "Der Österreicher gewann sein Auftaktmatch in Kitzbühel. Er träfe im Achtelfinale "
            "entweder auf den Deutschen Karl Becker oder den Usbeken Denis Istomin."
        ),
        [],
    ),
    (
        (
            "Die Sängerin hat eine markante Stimme. Es ließe sich aber ebenso behaupten, sie "
            "klinge wie eine junge Chansonnière."
        ),
        [],
    ),
    # a plural Konjunktiv II and a Konjunktiv I go on with the statement
    (
        (
            "Die Landesregierung wolle im Herbst entscheiden, sagte der Sprecher. Die Kosten "
            "stünden noch nicht fest."
        ),
        [
            (
                "indirect",
                "Die Landesregierung wolle im Herbst entscheiden",
                "sagte",
                "der Sprecher",
                None,
            ),
            ("continuation", "Die Kosten stünden noch nicht fest.", None, "der Sprecher", None),
        ],
    ),
    (
        (
            "Das Gesetz sei verfassungswidrig, sagte die Anwältin Maria Berger. Es gebe dafür "
            "keine Grundlage."
        ),
        [
            (
                "indirect",
                "Das Gesetz sei verfassungswidrig",
                "sagte",
                "die Anwältin Maria Berger",
                "Maria Berger",
            ),
            (
                "continuation",
                "Es gebe dafür keine Grundlage.",
                None,
                "die Anwältin Maria Berger",
                "Maria Berger",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_ablaut_konjunktiv_two(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
