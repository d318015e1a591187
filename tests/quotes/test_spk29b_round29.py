"""Speaker mentions of round 29, second wave (issue 10): the owner of a will, wish or plan
in a source phrase speaks (:mod:`pipeline.quotes.utterance_owners`, ``will_nouns``).

"Geht es nach dem Willen der Kommission, …", "Nach den Plänen des Konzerns …": the genitive
owner who speaks is the mention, not the will or the plan; a mention that is a person
("Geht es nach dem Finanzminister") stays; a plan that is a document or the subject of the
verb ("Im Plan der Stadt heißt es", "Der Plan der Regierung sieht vor") keeps its mention;
a way ("Geht es nach Norden") is no source at all;
- the one asked is no speaker (:mod:`pipeline.quotes.asked_objects`): a bare noun after a
  verb of asking ("Die Aktivisten forderten Passanten auf, …") is the object, the phrase
  before the verb or the subject after it speaks;
- a document with a participle attribute is the source
  (:mod:`pipeline.quotes.participle_documents`): "In dem von der Gewerkschaft vorgelegten
  Papier heißt es, …" has the whole phrase as its mention (the agent is its name).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Geht es nach dem Willen der Regierung, soll die Reform 2026 kommen.",
        [("der Regierung", "Regierung")],
    ),
    (
        "Geht es nach den Plänen der Stadtregierung, wird die Straße bis 2025 verbreitert.",
        [("der Stadtregierung", "Stadtregierung")],
    ),
    (
        "Ginge es nach den Vorstellungen der Grünen, würde der Flughafen nicht ausgebaut.",
        [("der Grünen", "Bündnis 90/Die Grünen")],
    ),
    (
        "Geht es nach dem Wunsch des Bürgermeisters, soll das Bad im Sommer öffnen.",
        [("des Bürgermeisters", None)],
    ),
    (
        (
            "Geht es nach dem Willen von Innenminister Karl Huber, sollen die Grenzen "
            "strenger kontrolliert werden."
        ),
        [("Innenminister Karl Huber", "Karl Huber")],
    ),
    (
        "Nach dem Willen der Regierung soll die Reform 2026 kommen.",
        [("der Regierung", "Regierung")],
    ),
    (
        "Laut den Plänen des Ministeriums sollen die Schulen saniert werden.",
        [("des Ministeriums", "Ministerium")],
    ),
    # stays as it was
    (
        "Geht es nach dem Finanzminister, sollen die Steuern sinken.",
        [("dem Finanzminister", None)],
    ),
    ("Nach seinen Plänen soll das Bad im Sommer öffnen.", [("seinen Plänen", None)]),
    (
        "Im Plan der Stadt heißt es, die Straße werde verbreitert.",
        [("Plan der Stadt", None)],
    ),
    ("Geht es nach Norden, wird die Straße schmaler.", []),
    ("Der Plan der Regierung sieht vor, dass die Steuern sinken.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_will_owners(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


ASKED = [
    (
        "Die Aktivisten forderten Passanten auf, die Petition zu unterschreiben.",
        [("Die Aktivisten", None)],
    ),
    (
        "Am Montag forderten die Aktivisten Passanten auf, die Petition zu unterschreiben.",
        [("die Aktivisten", None)],
    ),
    ("Die Lehrer baten Eltern, die Kinder früher abzuholen.", [("Die Lehrer", None)]),
    # stays as it was
    (
        "Die Ärztekammer forderte Patienten auf, sich impfen zu lassen.",
        [("Die Ärztekammer", "Ärztekammer")],
    ),
    (
        "Die Polizei forderte die Anrainer auf, die Fenster geschlossen zu halten.",
        [("Die Polizei", "Polizei")],
    ),
    ("Die Stadt Wien bat Besucher, die Öffis zu nutzen.", [("Die Stadt Wien", "Stadt Wien")]),
    ("Seine Anhänger rief er auf, ruhig zu bleiben.", [("er", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ASKED, ids=[d[0][:40] for d in ASKED])
def test_asked_objects(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


DOCUMENT_PHRASES = [
    (
        "In dem von der Gewerkschaft vorgelegten Papier heißt es, die Löhne müssten steigen.",
        [("dem von der Gewerkschaft vorgelegten Papier", "Gewerkschaft")],
    ),
    (
        "In der vom Vorstand beschlossenen Resolution heißt es, der Standort sei sicher.",
        [("der vom Vorstand beschlossenen Resolution", "Vorstand")],
    ),
    (
        "In dem von der Regierung beschlossenen Gesetz heißt es, die Steuern sollten sinken.",
        [("dem von der Regierung beschlossenen Gesetz", "Regierung")],
    ),
    # stays as it was
    ("In dem Papier heißt es, die Löhne müssten steigen.", [("dem Papier", None)]),
    (
        "In einem vom Ministerium veröffentlichten Bericht heißt es, die Zahl sei gestiegen.",
        [("einem vom Ministerium veröffentlichten Bericht", "Ministerium")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENT_PHRASES, ids=[d[0][:40] for d in DOCUMENT_PHRASES]
)
def test_participle_documents(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
