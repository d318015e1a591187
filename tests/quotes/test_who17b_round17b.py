"""Speakers of round 17b (issue 10, "Speakers"): the derStandard hand checks' general classes.

- a passive speech verb with a document in an "in" phrase after the coordinator that opens
  the sentence ("Denn im internen Expertenpapier wird festgehalten, dass …"): the document
  speaks, as at the start of the sentence; a place stays no speaker ("Denn in Berlin wird
  gefordert");
- a Konjunktiv sentence after one sentence of the writer's whose subject is a person the
  statement two sentences back speaks about ("…, sagt die Politologin X. Darmann spielte …
  Ragger sei …"): the statement's speaker goes on, not that person; a subject the statement
  does not name keeps the sentence before's speaker;
- a container adverb next to the cue ("…, heißt es darin.", "Darin wird gefordert, dass …")
  points to the text the sentence before names ("ein neues Kampflied", "einen Brief"); none
  when that sentence names no text ("besuchte ein Flüchtlingslager", "Das Mitglied");
- a hyphenated name the tagger took for an adverb before the verb is the subject, not the
  neuter object after it ("Mikl-Leitner wiederum erklärte das Scheitern … damit, dass …");
  a body after the verb with a fronted adverb stays the subject ("Deshalb erklärte das
  Ministerium die Verzögerung damit");
- a continuation whose own subject is a plural pronoun of a verb that is no speech verb,
  after a speaker in the singular ("…, sagte eine Sprecherin der Kommission. Und sie setzen
  um, was … beschlossen worden sei"): the people she speaks of; her statement goes on,
  the whole sentence; after plural speakers ("sagten die Betriebsräte. Und sie kämpfen …")
  the pronoun stays;
- "…, so die Ermittler laut Spiegel. Deshalb habe …": the medium passes the words on, the
  continuation goes on with "die Ermittler"; after "Laut Spiegel …" alone with the medium;
- an origin phrase past the adverbials after a cue with no subject ("hieß es zu Mittag in
  Brüssel aus der Kommission, dass …", "verlautete am Donnerstag aus Kreisen der …"); not a
  reason ("aus Mangel an Beweisen") nor a phrase of what is said ("aus Zeitgründen").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "Denn im internen Expertenpapier wird festgehalten, dass der Zaun ohne Überwachung "
            "binnen 30 Minuten überwindbar ist."
        ),
        [("internen Expertenpapier", None)],
    ),
    (
        "Doch im Ministerium wird betont, dass alles nach Plan laufe.",
        [("Ministerium", "Ministerium")],
    ),
    (
        "Und in der Stellungnahme der Kammer wird betont, dass die Reform zu spät komme.",
        [("der Stellungnahme der Kammer", "Kammer")],
    ),
    # a place: no speaker
    ("Denn in Berlin wird gefordert, dass die Mieten sinken.", [(None, None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS, ids=[str(i) for i in range(len(DOCUMENTS))]
)
def test_document_after_opening_coordinator(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


SPOKEN_ABOUT = [
    (
        (
            "Die Partei wird mit Huber auf Linie gebracht, sagt der Politologe Peter Filzmaier. "
            "Huber spielte in der alten Regierung eine untergeordnete Rolle. Mayer sei als "
            "Minister unabhängiger gewesen."
        ),
        [
            ("der Politologe Peter Filzmaier", "Peter Filzmaier"),
            ("der Politologe Peter Filzmaier", "Peter Filzmaier"),
        ],
    ),
    # the statement does not speak of Huber: his sentence's subject goes on, as before
    (
        (
            "Die Reform kommt zu spät, sagt der Politologe Peter Filzmaier. Huber spielte in "
            "der alten Regierung eine untergeordnete Rolle. Er sei als Minister unabhängiger "
            "gewesen."
        ),
        [("der Politologe Peter Filzmaier", "Peter Filzmaier"), ("Huber", "Huber")],
    ),
    # Huber speaks himself in the sentence between: he goes on
    (
        (
            "Die Partei wird mit Huber auf Linie gebracht, sagt der Politologe Peter Filzmaier. "
            "Huber sagte am Abend, er kandidiere. Mayer sei als Minister unabhängiger gewesen."
        ),
        [
            ("der Politologe Peter Filzmaier", "Peter Filzmaier"),
            ("Huber", "Huber"),
            ("Huber", "Huber"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SPOKEN_ABOUT, ids=[str(i) for i in range(len(SPOKEN_ABOUT))]
)
def test_person_spoken_about_is_no_speaker(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


CONTAINERS = [
    (
        (
            "Am Samstag veröffentlichte die Hamas ein neues Kampflied. Der Krieg ist noch nicht "
            "vorbei, heißt es darin."
        ),
        # round 28: the text's name is who issued it (it was None)
        [("ein neues Kampflied", "Hamas")],
    ),
    (
        (
            "Die Gewerkschaft hat der Regierung einen Brief geschickt. Darin wird gefordert, "
            "dass die Löhne steigen."
        ),
        [("einen Brief", "Gewerkschaft")],
    ),
    # no text in the sentence before: no speaker
    (
        "Der Minister besuchte ein Flüchtlingslager. Die Lage sei dramatisch, heißt es darin.",
        [(None, None)],
    ),
    (
        "Das Mitglied des Vorstands trat zurück. Der Verein sei pleite, heißt es darin.",
        [(None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONTAINERS, ids=[str(i) for i in range(len(CONTAINERS))]
)
def test_container_adverb_points_to_text_before(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


FRONTED_NAMES = [
    (
        (
            "Der Kanzler sprach von einem guten Kompromiss. Mikl-Leitner wiederum erklärte das "
            "Scheitern der von ihr gewünschten Lösung damit, dass Ungarn nicht zugestimmt habe."
        ),
        [("Der Kanzler", None), ("Mikl-Leitner", None)],
    ),
    (
        (
            "Der Kanzler lobte, dass es sich um einen guten Kompromiss handle. Mikl-Leitner "
            "wiederum erklärte das Scheitern der Verhandlungen damit, dass Ungarn nicht "
            "zugestimmt habe."
        ),
        [("Der Kanzler", None), ("Mikl-Leitner", None)],
    ),
    (
        (
            "Der Minister lobte den Kompromiss. Deshalb erklärte das Ministerium die "
            "Verzögerung damit, dass die Länder blockiert hätten."
        ),
        [("das Ministerium", "Ministerium")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), FRONTED_NAMES, ids=[str(i) for i in range(len(FRONTED_NAMES))]
)
def test_fronted_hyphenated_name_is_the_subject(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


PRONOUNS = [
    (
        (
            "Die Grenzschließungen seien rechtens, sagte eine Sprecherin der Kommission. Und sie "
            "setzen um, was beim Gipfel im Februar von den Regierungschefs beschlossen worden sei."
        ),
        [
            ("Die Grenzschließungen seien rechtens", "eine Sprecherin der Kommission"),
            (
                (
                    "Und sie setzen um, was beim Gipfel im Februar von den Regierungschefs "
                    "beschlossen worden sei."
                ),
                "eine Sprecherin der Kommission",
            ),
        ],
    ),
    (
        (
            "Die Löhne seien zu niedrig, sagten die Betriebsräte. Und sie kämpfen weiter für "
            "das, was im Vorjahr vereinbart worden sei."
        ),
        [
            ("Die Löhne seien zu niedrig", "die Betriebsräte"),
            ("für das, was im Vorjahr vereinbart worden sei", "sie"),
        ],
    ),
    (
        "Die Lage sei ernst, sagte die Ministerin. Sie wisse, was auf dem Spiel stehe.",
        [
            ("Die Lage sei ernst", "die Ministerin"),
            ("Sie wisse, was auf dem Spiel stehe.", "die Ministerin"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS, ids=[str(i) for i in range(len(PRONOUNS))])
def test_plural_pronoun_after_singular_speaker(nlp, text, expected):
    doc = nlp(text)
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == expected


MEDIA = [
    (
        (
            "Der Verdächtige sei bereits vorbestraft gewesen, so die Ermittler laut Spiegel. "
            "Deshalb habe der Richter die Untersuchungshaft verhängt."
        ),
        [("die Ermittler", None), ("die Ermittler", None)],
    ),
    (
        (
            "Laut Spiegel ist der Verdächtige bereits vorbestraft. Deshalb habe der Richter die "
            "Untersuchungshaft verhängt."
        ),
        [("Spiegel", "Der Spiegel"), ("Spiegel", "Der Spiegel")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEDIA, ids=[str(i) for i in range(len(MEDIA))])
def test_medium_passes_on_the_speaker(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


ORIGINS = [
    (
        (
            "Denn überraschend hieß es zu Mittag in Brüssel aus der EU-Kommission, dass dies "
            "völlig in Ordnung sei."
        ),
        [("der EU-Kommission", "Europäische Kommission")],
    ),
    (
        (
            "Die Chemikalie sei bei Gefechten verwendet worden, verlautete am Donnerstag aus "
            "Kreisen der Organisation für das Verbot von Chemiewaffen."
        ),
        [("Kreisen der Organisation", None)],
    ),
    ("Am Abend hieß es, dass die Verhandlungen aus Zeitgründen vertagt würden.", [(None, None)]),
    (
        "Es hieß am Montag aus Mangel an Beweisen, dass das Verfahren eingestellt werde.",
        [(None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORIGINS, ids=[str(i) for i in range(len(ORIGINS))])
def test_origin_phrase_past_adverbials(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
