"""Cue frames of round 22 (issue 10, precision on unseen text): the writer's narration and
words that look like cues but are none, as the derStandard hand checks found them.

- a "nach" source pattern whose noun also names the act of watching or reading, with a
  thing to watch after it ("nach Ansicht der TV-Bilder", "nach Durchsicht der Akten"): the
  time after it, no source; "nach Ansicht der Staatsanwaltschaft" stays a source;
- a speech verb whose separable particle at the end of a long clause makes another verb
  ("sprach X … von allen Vorwürfen frei": freisprechen), past the reach of ``not_with``;
  "sprach … von einem Erfolg" stays a reported speech act;
- a "dass" clause after a degree word in the speech verb's clause ("schildern den Vorfall
  derart unterschiedlich, dass …", "sprach so leise, dass …"): a result, not what was
  said; a degree word inside the content clause changes nothing;
- unquoted words after a colon that the writer tells (:mod:`pipeline.quotes.narrated_colons`):
  a summary of the topic of a verb that cues no indirect speech ("spricht über ihren
  Kurzfilm: …"), a past-tense account after a topic phrase or of someone told of ("Der
  Trainer lachte: Er hatte gewonnen."); first person, "sagte über X: …" and a past tense
  with no "er"/"sie" stay speech;
- "finden" of an opinion (``opinion_lemmas``, a cue only as a finite verb next to a comma):
  "X findet, dass …", "Zudem findet X, die Reform sei …" and the trailing "…, findet X.";
  not "fand die Leichen", "findet es gut, dass …", "findet sich zurecht", "findet X
  faszinierend", "Unterkunft gefunden, und …".

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

NOT_SOURCES = [
    ("Der Verteidiger zeigte sich nach Ansicht der Fernsehbilder einsichtig.", []),
    ("Nach Durchsicht der Akten blieb die Behörde bei ihrer Entscheidung.", []),
    (
        "Nach Ansicht der Staatsanwaltschaft ist der Angeklagte voll schuldfähig.",
        [
            (
                "indirect",
                "ist der Angeklagte voll schuldfähig",
                "Nach Ansicht",
                "der Staatsanwaltschaft",
                "Staatsanwaltschaft",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NOT_SOURCES, ids=[str(i) for i in range(len(NOT_SOURCES))]
)
def test_viewing_is_no_source(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


PARTICLES = [
    (
        (
            "Das Landesgericht sprach den früheren Bürgermeister nach drei Verhandlungstagen "
            "von allen Vorwürfen frei."
        ),
        [],
    ),
    (
        "Der Bürgermeister sprach nach der Sitzung von einem großen Erfolg für die Gemeinde.",
        [
            (
                "reported",
                "Der Bürgermeister sprach nach der Sitzung von einem großen Erfolg für die Gemeinde.",
                "sprach",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PARTICLES, ids=[str(i) for i in range(len(PARTICLES))]
)
def test_particle_at_clause_end(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


RESULTS = [
    (
        (
            "Die Anrainer schildern den Vorfall derart unterschiedlich, dass die Polizei noch "
            "keine Schlüsse zieht."
        ),
        [],
    ),
    (
        "Der Minister sagte, dass die Reform so rasch komme, dass sich niemand vorbereiten könne.",
        [
            (
                "indirect",
                "dass die Reform so rasch komme, dass sich niemand vorbereiten könne",
                "sagte",
                "Der Minister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESULTS, ids=[str(i) for i in range(len(RESULTS))])
def test_result_clause(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


NARRATED_COLONS = [
    (
        (
            "Im Anschluss spricht die Regisseurin über ihren Kurzfilm: Zwei Studentinnen "
            "arbeiten an einem gemeinsamen Projekt."
        ),
        [],
    ),
    ("Der Trainer lachte: Er hatte gewonnen.", []),
    (
        (
            "Der Sportdirektor schimpfte in der Kabine über die Schiedsrichter: Nach dem Tor "
            "richtete sich der Frust gegen die Unparteiischen."
        ),
        [],
    ),
    # first person, a verb of what was said, no "er"/"sie" told of: speech
    (
        "Der Trainer lachte: Wir waren chancenlos.",
        # one direct quote with its full stop since round 24 (colon_runs)
        [("direct", "Wir waren chancenlos.", "lachte", "Der Trainer", None)],
    ),
    (
        "Der Minister sagte über den Plan: Der ist nicht zu finanzieren.",
        [("indirect", "Der ist nicht zu finanzieren", "sagte", "Der Minister", None)],
    ),
    (
        "Der Sportdirektor schimpfte über die Schiedsrichter: Ich habe so etwas noch nie erlebt.",
        [
            (
                "direct",
                "Ich habe so etwas noch nie erlebt.",
                "schimpfte",
                "Der Sportdirektor",
                None,
            )
        ],
    ),
    (
        (
            "Die Gewerkschaft verweist auf das Lohnniveau in Deutschland: Deutschland hatte in "
            "den letzten Jahren den größten Niedriglohnsektor Europas."
        ),
        [
            (
                "indirect",
                "Deutschland hatte in den letzten Jahren den größten Niedriglohnsektor Europas",
                "verweist",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NARRATED_COLONS, ids=[str(i) for i in range(len(NARRATED_COLONS))]
)
def test_narrated_colon(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


OPINIONS = [
    (
        "Der Minister findet, dass die Reform zu spät kommt.",
        [("indirect", "dass die Reform zu spät kommt", "findet", "Der Minister", None)],
    ),
    (
        "Die Reform kommt zu spät, findet die Ministerin.",
        [("indirect", "Die Reform kommt zu spät", "findet", "die Ministerin", None)],
    ),
    (
        "Zudem findet der Minister, die Reform sei zu teuer.",
        [("indirect", "die Reform sei zu teuer", "findet", "der Minister", None)],
    ),
    # finding things, finding one's way, judging an object: no opinion framed
    ("Die Polizei fand die Leichen später in zwei Wagen.", []),
    ("Er findet es gut, dass die Regierung handelt.", []),
    ("Wer mit dem System vertraut ist, findet sich flott zurecht.", []),
    ("Die Kinder in einer App zu sehen findet die Forscherin faszinierend.", []),
    (
        (
            "In dem Quartier hätten die Helfer gar in einer Turnhalle Unterkunft gefunden, und "
            "manche hätten auf dem Boden geschlafen."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPINIONS, ids=[str(i) for i in range(len(OPINIONS))])
def test_opinion_finden(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
