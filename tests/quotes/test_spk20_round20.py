"""Speakers of round 20 (issue 10, "Speakers"): right or empty.

- a demonstrative subject ("Dieser", "Diese") points to the nearest fitting person of the
  sentence before, not to its subject ("Ein Sprecher … ohne die Zustimmung von
  Bürgermeister X … Dieser sagte" -> X); a personal pronoun keeps the subject;
- a medium that only passes the words on is no speaker when a speech verb with a subject
  stands between the content and the source phrase ("…, erinnert sich dieser laut der
  Zeitung." -> "dieser", the verb and its subject leave the content); not when the verb
  cues a direct quote of its own (that row has the person, the source row the medium), nor
  with no speech verb ("Die Lage sei laut dem Kurier ernst");
- "sie" resolved to a person of unknown gender teaches no gender: it may be a thing or
  several ("Europa im Wandel heißt sie"), and a later "er" must still reach the person;
- the subject of a speech verb's passive with no agent names what is said, not who says it
  ("Als Gründe wurden Stress und Gruppendruck genannt"): no speaker; with a "von"-agent the
  agent speaks; a cited person stays ("Der Minister wurde mit den Worten zitiert"); for a
  verb whose object is the one spoken to the passive subject is the addressee, not the
  speaker, even a person ("Die Regierung wurde aufgefordert, …").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from pipeline.speakers.lexicon import RoleLexicon
from pipeline.speakers.resolve import Resolver
from tests.conftest import quote_rows, speaker_rows

OPPOSITION = (
    "Ein Sprecher der Opposition hatte sich am Freitag kritisch zu dem Plan geäußert, ohne die "
    "Zustimmung von "
)
POINTERS = [
    (
        OPPOSITION + "Bürgermeister Hans Mayer zu bauen. Dieser sagte, er lehne das Projekt ab.",
        [("Ein Sprecher der Opposition", "Opposition"), ("Dieser", "Hans Mayer")],
    ),
    (
        OPPOSITION + "Bürgermeisterin Eva Huber zu bauen. Diese sagte, sie lehne das Projekt ab.",
        [("Ein Sprecher der Opposition", "Opposition"), ("Diese", "Eva Huber")],
    ),
    # a personal pronoun: the sentence's subject, as before
    (
        OPPOSITION + "Bürgermeister Hans Mayer zu bauen. Er sagte, das sei ein Fehler.",
        [("Ein Sprecher der Opposition", "Opposition"), ("Er", "Opposition")],
    ),
    (
        (
            "Landeshauptmann Peter Kaiser traf am Montag den Bürgermeister Hans Mayer. Dieser "
            "sagte, die Gespräche seien gut verlaufen."
        ),
        [("Dieser", "Hans Mayer")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTERS, ids=[str(i) for i in range(len(POINTERS))])
def test_demonstrative_points_to_nearest(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


MEDIA = [
    (
        (
            "Ein Feuerwehrmann war in der Nacht im Einsatz. Wir konnten kaum etwas sehen, "
            "erinnert sich dieser laut der Zeitung."
        ),
        [("indirect", "Wir konnten kaum etwas sehen", "erinnert", "dieser", None)],
    ),
    (
        (
            "Die Bürgermeisterin Anna Berger war vor Ort. Wir konnten kaum etwas sehen, "
            "berichtete Berger laut dem Kurier."
        ),
        [("indirect", "Wir konnten kaum etwas sehen", "berichtete", "Berger", "Anna Berger")],
    ),
    # a direct quote of the verb: the person's row and the medium's row, unchanged
    (
        "„Wir konnten kaum etwas sehen“, sagte Berger laut dem Kurier.",
        [
            (
                "mixed",
                "„Wir konnten kaum etwas sehen“, sagte Berger",
                "laut",
                "dem Kurier",
                "Kurier",
            ),
            ("direct", "„Wir konnten kaum etwas sehen“", "sagte", "Berger", "Berger"),
        ],
    ),
    # no speech verb: the medium is the source
    (
        "Die Lage sei laut dem Kurier sehr ernst.",
        [("indirect", "Die Lage sei laut dem Kurier sehr ernst", "laut", "dem Kurier", "Kurier")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEDIA, ids=[str(i) for i in range(len(MEDIA))])
def test_medium_passes_words_on(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


PASSIVES = [
    (
        "Auf die Frage nach den Gründen wurden Stress, Langeweile und Gruppendruck genannt.",
        [(None, None)],
    ),
    # an agent speaks
    (
        "Als Ursache wurde von der Polizei ein technischer Defekt genannt.",
        [("der Polizei", "Polizei")],
    ),
    # a cited person stays
    (
        "Der Minister wurde mit den Worten zitiert, die Reform komme zu spät.",
        [("Der Minister", None)],
    ),
    # the one asked to act is the addressee
    ("Die Regierung wurde aufgefordert, die Grenzen offen zu halten.", [(None, None)]),
    (
        "Die Regierung wurde von der Opposition aufgefordert, die Grenzen offen zu halten.",
        [("der Opposition", "Opposition")],
    ),
    # a relative pronoun as the passive's subject: what is said of it, by no one named
    (
        "Die Firma setzt auf einen neuen Chip, dem nachgesagt wird, weniger Strom zu brauchen.",
        [(None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVES, ids=[str(i) for i in range(len(PASSIVES))])
def test_passive_subject_is_no_speaker(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


def test_sie_teaches_no_gender(nlp):
    text = (
        "Kim Novak gründete am Dienstag eine Bewegung. Europa im Wandel heißt sie. Novak ist "
        "nicht der Erste mit solchen Plänen. Wir wollen Europa ändern, sagt er."
    )
    resolver = Resolver(nlp(text), RoleLexicon.default(), [])
    sie = text.index(" sie.") + 1
    assert resolver.resolve(sie, sie + 3).name == "Kim Novak"
    er = text.rindex(" er.") + 1
    assert resolver.resolve(er, er + 2).name == "Kim Novak"
