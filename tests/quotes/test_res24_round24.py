"""Speaker names of round 24 (issue 10, "Speakers"): descriptions the text resolves.

- a leader's title with a body's prefix ("der UN-Chef", "der Nato-Chef", "der
  SPD-Vorsitzende") names the one the text introduced with a heading role of that prefix
  ("UN-Generalsekretär …") or with a heading role beside the body's name ("Der
  Generalsekretär der Nato, …"); a spokesperson of the body ("UN-Sprecher …") is not its chief;
- leaders' titles stand for each other for the person named last ("der PiS-Vorsitzende"
  after "Parteichef Kaczyński"), not with an attribute of another body ("der Vorsitzende
  des Aufsichtsrats");
- a person noun whose ending names a person ("der Kultregisseur", "der Journalist", "der
  Experte") refers back to the one person named last even when the given name tells no
  gender, also with a work in brackets after it ("der Kultregisseur (Pulp Fiction)"); a noun
  with a bare thing-like ending ("der Independent") does not;
- a kinship noun after the owner's genitive ("Hassans Ehefrau") names the person the text
  introduced with that noun or its synonym ("Seine Gattin Leila Amiri"); none when the text
  named no one so;
- a bare proper noun that recurs in the text and the NER missed ("berichtet Buzzfeed", "Wie
  Eurostat mitteilte") names itself; not a common noun the tagger took for a name ("aus
  Bankenkreisen", "Laut Ankläger").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

PREFIXED_LEADERS = [
    (
        (
            "UN-Generalsekretär Kofi Mensah reiste am Montag nach Nairobi. Bundespräsident "
            "Heinz Gruber empfing ihn am Flughafen. Die Hilfe müsse aufgestockt werden, "
            "betonte der UN-Chef."
        ),
        [("der UN-Chef", "Kofi Mensah")],
    ),
    (
        (
            "Der Generalsekretär der Nato, Jens Lindahl, reiste nach Vilnius. "
            "„Wir stehen an der Seite Litauens“, sagte der Nato-Chef."
        ),
        [("der Nato-Chef", "Jens Lindahl")],
    ),
    # a spokesperson of the body is not its chief
    (
        (
            "UN-Sprecher Pierre Dumont äußerte sich am Montag in New York. Die Lage sei "
            "dramatisch, sagte der UN-Chef."
        ),
        [("der UN-Chef", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PREFIXED_LEADERS, ids=[str(i) for i in range(len(PREFIXED_LEADERS))]
)
def test_prefixed_leader(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


LEADERS = [
    (
        (
            "Der polnische Parteichef Jan Kowalczyk reiste am Montag nach Brüssel. Kowalczyk "
            "wehrte sich gegen jede Kritik. Wir haben kein Interesse an Streit, sagte der "
            "PiS-Vorsitzende."
        ),
        [("der PiS-Vorsitzende", "Jan Kowalczyk")],
    ),
    # an attribute of another body: someone new
    (
        (
            "Parteichef Markus Huber besuchte am Montag Linz. Die Partei sei geschlossen, "
            "sagte der Vorsitzende des Aufsichtsrats."
        ),
        [("der Vorsitzende des Aufsichtsrats", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADERS, ids=[str(i) for i in range(len(LEADERS))])
def test_leader_titles(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


PERSON_ENDINGS = [
    (
        (
            "Hollywood – Einer hält weiter an DVDs fest: Quentin Tarantino. Ich kann mit "
            "Streaming nichts anfangen, schreibt der US-Kultregisseur in einem Buch."
        ),
        [("der US-Kultregisseur", "Quentin Tarantino")],
    ),
    (
        "Im Saal saß Eike Lindqvist. „Das Buch hat mich sehr berührt“, sagte der Journalist.",
        [("der Journalist", "Eike Lindqvist")],
    ),
    # a work in brackets after the noun is an aside, no attribute of another body
    (
        (
            "Hollywood – Einer hält weiter an DVDs fest: Quentin Tarantino. Ich kann mit "
            "Streaming nichts anfangen, schreibt der Kultregisseur (Pulp Fiction) in einem Buch."
        ),
        [("der Kultregisseur (Pulp Fiction)", "Quentin Tarantino")],
    ),
    # a thing-like ending: no one
    (
        "Im Saal saß Eike Lindqvist. „Das Buch hat mich sehr berührt“, sagte der Independent.",
        [("der Independent", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PERSON_ENDINGS, ids=[str(i) for i in range(len(PERSON_ENDINGS))]
)
def test_person_ending_unknown_gender(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


KIN = [
    (
        (
            "Der Journalist Ali Hassan sitzt in Haft. Seine Gattin Leila Amiri lebt in Berlin. "
            "Hassans Ehefrau sagte am Freitag, sie hoffe auf seine baldige Freilassung."
        ),
        [("Hassans Ehefrau", "Leila Amiri")],
    ),
    (
        (
            "Die Sängerin Marie Berger sitzt seit Jahren im Gefängnis. Ihr Ehemann Jakob "
            "Hinterberger kämpft für sie. Bergers Ehemann sagte am Montag, er hoffe auf eine "
            "Begnadigung."
        ),
        [("Bergers Ehemann", "Jakob Hinterberger")],
    ),
    # no one introduced as his wife: no name
    (
        (
            "Der Journalist Ali Hassan sitzt in Haft. Hassans Ehefrau sagte am Freitag, sie "
            "hoffe auf seine baldige Freilassung."
        ),
        [("Hassans Ehefrau", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KIN, ids=[str(i) for i in range(len(KIN))])
def test_kin_owner(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


MISSED_BODIES = [
    (
        (
            "Die Plattform Buzzfeed hat neue Dokumente aus Washington veröffentlicht. Der "
            "Konzern habe die Zahlen geschönt, berichtet Buzzfeed."
        ),
        [("Buzzfeed", "Buzzfeed")],
    ),
    (
        (
            "Die Arbeitslosigkeit in Spanien ist gesunken. Wie Eurostat am Freitag mitteilte, "
            "lag die Quote bei sieben Prozent. Eurostat erwartet einen weiteren Rückgang."
        ),
        [("Eurostat", "Eurostat")],
    ),
    # common nouns: no name
    (
        (
            "Finanzminister Karl Berger plant neue Kredite. Die Schulden würden damit weiter "
            "steigen, heißt es aus Bankenkreisen. Aus Bankenkreisen kam zuletzt viel Kritik."
        ),
        [("Bankenkreisen", None)],
    ),
    (
        (
            "Der Prozess gegen Franz Huber beginnt im Mai. Laut Ankläger hat der Mann das Geld "
            "veruntreut. Kein Ankläger war je so streng."
        ),
        [("Ankläger", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), MISSED_BODIES, ids=[str(i) for i in range(len(MISSED_BODIES))]
)
def test_missed_body_names_itself(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
