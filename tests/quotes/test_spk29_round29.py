"""Speaker mentions of round 29 (issue 10): the speaker mention in the frame, from news
sentences the lead engineer wrote to probe the engine.

- the owner of an utterance noun speaks (:mod:`pipeline.quotes.utterance_owners`): a
  possessive before it ("Seine Botschaft an die Fans lautet: „…“") ends the mention at the
  noun, so the possessive's person is named and not the embassy of "Botschaft"; a genitive
  after it ("Die Botschaft der Kanzlerin an die Bürger war klar: „…“") is the mention; a
  "Botschaft" that is the subject of the speech verb is the embassy and stays;
- a mention that runs on into the verb's objects ends at the speaker
  (:mod:`pipeline.quotes.object_tails`): a bare accusative noun after the names ("warf
  Kanzler X Y Z Verantwortungslosigkeit vor"), the addressee's name merged into the
  speaker's, a "von" phrase of what is spoken of ("von einem Verlust gesprochen"); a "von"
  phrase of an affiliation ("Peter Meier von der SPÖ") stays;

- a crosshead run into the next sentence ("Illusionen verbreiten Merkel warf …") is no
  part of the mention (:mod:`pipeline.quotes.crosshead_mentions`).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "Der Trainer Hans Müller sprach nach dem Spiel. Seine Botschaft an die Fans "
            "lautet: „Wir kommen zurück.“"
        ),
        [("Seine Botschaft", "Hans Müller")],
    ),
    (
        (
            "Die Ministerin Anna Berger besuchte das Werk. Ihre Botschaft an die Belegschaft "
            "war deutlich: „Kein Job geht verloren.“"
        ),
        [("Ihre Botschaft", "Anna Berger")],
    ),
    ("Seine Botschaft an die Fans lautet: „Wir kommen zurück.“", [("Seine Botschaft", None)]),
    (
        "Die Botschaft der Kanzlerin an die Bürger war klar: „Wir schaffen das.“",
        [("der Kanzlerin", None)],
    ),
    (
        "Die Antwort des Ministers auf die Frage kam prompt: „Das prüfen wir.“",
        [("des Ministers", None)],
    ),
    (
        "Die Forderung der Gewerkschaft lautet: „Mehr Lohn für alle.“",
        [("der Gewerkschaft", "Gewerkschaft")],
    ),
    # the embassy speaks
    (
        "Die Botschaft in Wien teilte mit: „Die Lage ist ruhig.“",
        [("Die Botschaft in Wien", "Botschaft")],
    ),
    (
        "Die amerikanische Botschaft in Berlin erklärte, sie prüfe den Fall.",
        [("Die amerikanische Botschaft in Berlin", "Botschaft")],
    ),
    ("Die Botschaft bleibt am Montag geschlossen.", []),
    (
        "Am Dienstag warf die Ministerin Anna Berger dem Konzern Betrug vor.",
        [("die Ministerin Anna Berger", "Anna Berger")],
    ),
    (
        "Hans Peter Doskozil warf der Regierung Versagen vor.",
        [("Hans Peter Doskozil", "Hans Peter Doskozil")],
    ),
    ("Firtasch wird von den USA Korruption vorgeworfen.", [("den USA", "USA")]),
    (
        (
            "Für das Burgenland hat die Landwirtschaftskammer von einem Verlust in Höhe von "
            "150 Millionen Euro gesprochen."
        ),
        [("die Landwirtschaftskammer", "Landwirtschaftskammer")],
    ),
    (
        "Peter Meier von der SPÖ sagte, das sei falsch.",
        [("Peter Meier von der SPÖ", "Peter Meier")],
    ),
    (
        "Ein Sprecher von Greenpeace sagte, man werde klagen.",
        [("Ein Sprecher von Greenpeace", "Greenpeace")],
    ),
    (
        (
            "In dem von allen Parteien getragenen Antrag wird die Regierung aufgefordert, "
            "die Schulen zu sanieren."
        ),
        [("dem von allen Parteien getragenen Antrag", None)],
    ),
    (
        (
            "Das müsse verhindert werden. Illusionen verbreiten Merkel warf ihren Kritikern "
            "vor, mit schnellen Lösungen Illusionen zu verbreiten."
        ),
        [("Merkel", "Angela Merkel")],
    ),
    (
        "Neue Wege gehen Bürgermeister Karl Huber sagte, die Stadt brauche mehr Geld.",
        [("Bürgermeister Karl Huber", "Karl Huber")],
    ),
    (
        "Die seit Jahren in Wien lebende Autorin Anna Berger sagte, sie schreibe weiter.",
        [("Die seit Jahren in Wien lebende Autorin Anna Berger", "Anna Berger")],
    ),
    (
        (
            "In einem vom Ministerium veröffentlichten Bericht heißt es, die Zahl der Unfälle "
            "sei gestiegen."
        ),
        [("einem vom Ministerium veröffentlichten Bericht", "Ministerium")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


#: the mention only: the recogniser merges the two names, and the name resolver (not these
#: steps) reads the name off the entity
MENTIONS = [
    (
        "Am Montag warf Kanzler Karl Nehammer Herbert Kickl Verantwortungslosigkeit vor.",
        ["Kanzler Karl Nehammer"],
    ),
    ("Gestern warf Peter Pilz Kickl Versagen vor.", ["Peter Pilz"]),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS, ids=[d[0][:40] for d in MENTIONS])
def test_mentions_before_objects(nlp, text, expected):
    assert [sp for sp, _ in speaker_rows(nlp(text))] == expected
