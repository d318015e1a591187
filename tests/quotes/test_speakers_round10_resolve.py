"""Pronouns and descriptions resolve to the full name the article introduced: a noun that
only says what a named person is ("Peter Schaar, als Bundesbeauftragter …"; "von Gabriele
Fischer geleitet, die zuvor Landesrätin war") is nobody new for a later "er"/"sie"; a title
of the role lexicon ("die Staatssekretärin") finds the person introduced with it; a name set
off by a comma after a description of someone else ("Der Doktorvater Brandls, Peter Häberle")
is the speaker's. Someone unnamed, another office, or the one a description is of leaves the
name empty (a wrong name is worse than none).

Each row: a text written for these tests (Austrian, Swiss, German news style) and every
quote as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        (
            "Peter Schaar, als Bundesbeauftragter für den Datenschutz oberster Datenschützer in "
            "Deutschland, übte Kritik an den Plänen. Er bezeichnete sie als „Wortbruch“."
        ),
        [("„Wortbruch“", "Er", "Peter Schaar")],
    ),
    (
        (
            "Die Stiftung wird seit 2019 von Gabriele Fischer geleitet, die zuvor Landesrätin in "
            "der Steiermark war. Sie wirft dem Bund vor, die Gelder zu kürzen."
        ),
        [("die Gelder zu kürzen", "Sie", "Gabriele Fischer")],
    ),
    (
        (
            "Das Institut wird seit 2003 von Christian Pfeiffer geleitet, der zuvor "
            "Justizminister des Landes Niedersachsen war. Er wirft der Bischofskonferenz jetzt "
            "vor, die Ergebnisse zu zensieren."
        ),
        [("die Ergebnisse zu zensieren", "Er", "Christian Pfeiffer")],
    ),
    (
        (
            "Staatssekretärin Claudia Plakolm (ÖVP) kündigte am Dienstag ein neues Paket an. Die "
            "Staatssekretärin sagte, das Geld komme den Gemeinden zugute."
        ),
        [  # round 18: the announcement is a reported speech act of its own
            (
                "Staatssekretärin Claudia Plakolm (ÖVP) kündigte am Dienstag ein neues Paket an.",
                "Staatssekretärin Claudia Plakolm (ÖVP)",
                "Claudia Plakolm",
            ),
            ("das Geld komme den Gemeinden zugute", "Die Staatssekretärin", "Claudia Plakolm"),
        ],
    ),
    (
        (
            "Die Universität prüft die Doktorarbeit von Ex-Minister Lukas Brandl. Der Doktorvater "
            "Brandls, Peter Häberle, erklärte, er sei enttäuscht."
        ),
        [("er sei enttäuscht", "Der Doktorvater Brandls, Peter Häberle", "Peter Häberle")],
    ),
    (
        (
            "Landesrat Stefan Schnöll (ÖVP) hat am Dienstag seinen Rücktritt erklärt. Er bleibe "
            "aber als Abgeordneter im Landtag. Danach begründete er den Schritt mit seiner "
            "Familie. „Es ist ausschließlich dieser private Grund“, sagte er."
        ),
        [
            (
                "Er bleibe aber als Abgeordneter im Landtag.",
                "Landesrat Stefan Schnöll (ÖVP)",
                "Stefan Schnöll",
            ),
            ("„Es ist ausschließlich dieser private Grund“", "er", "Stefan Schnöll"),
        ],
    ),
    # someone unnamed, another office, the one a description is of: no name
    (
        (
            "Landesrat Stefan Schnöll (ÖVP) hat am Dienstag seinen Rücktritt erklärt. Ein "
            "Abgeordneter der Grünen blieb skeptisch. „Das glaube ich nicht“, sagte er."
        ),
        [("„Das glaube ich nicht“", "er", None)],
    ),
    (
        (
            "Die Universität prüft die Doktorarbeit von Ex-Minister Lukas Brandl. Der Doktorvater "
            "Brandls erklärte, er sei enttäuscht."
        ),
        [("er sei enttäuscht", "Der Doktorvater Brandls", None)],
    ),
    (
        (
            "Die Polizei befragte einen Nachbarn, der als Zeuge geladen war. Er sagte, er habe "
            "nichts gesehen."
        ),
        [("er habe nichts gesehen", "Er", None)],
    ),
    (
        (
            "Der Zürcher Bischof Joseph Bonnemain rief zur Ruhe auf. Der Kardinal sagte, man "
            "müsse zusammenstehen."
        ),
        [("man müsse zusammenstehen", "Der Kardinal", None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_mentions_resolve_to_the_introduced_name(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]] == expected
