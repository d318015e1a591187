"""Speakers of continuations and of "es heißt" frames (issue 10, item 2: a wrong name is
worse than an empty one), on news-style texts written for these tests.

1. A continuation goes on with the speaker of the statement it continues, never with a
   prepositional object or agent of the sentence before ("von den Landesbehörden", "bei der
   Sitzung"); a named person as the agent of a speech verb did speak.
2. After a speech verb in a relative clause of a narrative sentence the continuation has no
   speaker (not the relative pronoun).
3. "hieß es vonseiten/seitens/aus/von Seiten X" and "wie es aus/in X hieß": X is the speaker.
4. A continuation's speaker is never a word of its own content.

Rows: ``(quote text, speaker)`` in text order.
"""

from __future__ import annotations

import pytest

CONTINUATIONS = [
    (
        # 1: a passive agent of a narrative sentence is no speaker of the next one
        (
            "Die Abgeordnete Petra Lindner kritisierte den Entwurf scharf. In den Bescheiden "
            "wurde den Gemeinden von den Landesbehörden mitgeteilt, wie viel Geld sie erhalten. "
            "Dafür müsse der Finanzminister die Verantwortung übernehmen."
        ),
        [
            ("wie viel Geld sie erhalten", "den Landesbehörden"),
            ("Dafür müsse der Finanzminister die Verantwortung übernehmen.", None),
        ],
    ),
    (
        # 2: the speech verb of a relative clause: not "die"; the statement before goes on
        # across the writer's sentence (round 31)
        (
            "Der Bürgermeister Hans Gruber forderte mehr Geld vom Land. Die Stadt ist eine von "
            "drei Gemeinden, die die Fragen des Rechnungshofs bisher nicht beantwortet haben. "
            "Gruber habe deshalb den Landeshauptmann informiert."
        ),
        [
            (
                "Der Bürgermeister Hans Gruber forderte mehr Geld vom Land.",
                "Der Bürgermeister Hans Gruber",
            ),
            (
                "Gruber habe deshalb den Landeshauptmann informiert.",
                "Der Bürgermeister Hans Gruber",
            ),
        ],
    ),
    (
        # 4: the subject of a relative clause's sentence is the content's, not the speaker
        (
            "Der Sprecher des Hilfswerks, Jan Vogel, sagte, die Lage sei dramatisch. Familien, "
            "die vor dem Krieg geflohen seien, verdienten mehr Unterstützung."
        ),
        [
            ("die Lage sei dramatisch", "Der Sprecher des Hilfswerks, Jan Vogel"),
            (
                "Familien, die vor dem Krieg geflohen seien, verdienten mehr Unterstützung.",
                "Der Sprecher des Hilfswerks, Jan Vogel",
            ),
        ],
    ),
    (
        # 4: a misparsed subject among the Konjunktiv words: the chain's speaker goes on
        (
            "Der Parteichef Karl Berger gab sich kämpferisch. Die Debatte ist noch lange nicht "
            "vorbei, erklärte er. Seine Partei werde jedes Mittel, das ihr zur Verfügung steht, "
            "nutzen, um das Gesetz zu verhindern."
        ),
        [
            ("Die Debatte ist noch lange nicht vorbei", "er"),
            (
                (
                    "Seine Partei werde jedes Mittel, das ihr zur Verfügung steht, nutzen, um das "
                    "Gesetz zu verhindern."
                ),
                "er",
            ),
        ],
    ),
    (
        # 4: a frame between two Konjunktiv clauses, set off by commas, names the speaker
        (
            "Der Parteivorstand stimmte für Maria Huber. Wer den zweiten Posten bekommen könnte, "
            "ließ Huber offen, das hänge vom Ressort ab."
        ),
        [("das hänge vom Ressort ab", "Huber")],
    ),
    (
        # 4: the content's own subject ("das Landesamt") is not the speaker
        (
            "Die Umweltanwältin Maria Engel verlangte eine neue Prüfung. Sollte am Ende des "
            "Verfahrens keine Genehmigung vorliegen, habe das Landesamt über die Zukunft der "
            "Anlage zu entscheiden."
        ),
        [
            (
                "Die Umweltanwältin Maria Engel verlangte eine neue Prüfung.",
                "Die Umweltanwältin Maria Engel",
            ),
            (
                (
                    "Sollte am Ende des Verfahrens keine Genehmigung vorliegen, habe das Landesamt "
                    "über die Zukunft der Anlage zu entscheiden."
                ),
                "Die Umweltanwältin Maria Engel",
            ),
        ],
    ),
]

CONTINUATIONS.append(
    (
        # 4: "habe … zu entscheiden" is a duty in the content, no frame of the clause before
        (
            "Die Papageien befinden sich laut der Tierärztin Eva Brandl derzeit in guter Obhut. "
            "Sollte am Ende des Verfahrens der Verfall der Tiere ausgesprochen werden, habe das "
            "Landesamt über ihren weiteren Verbleib zu entscheiden."
        ),
        [
            (
                (
                    "Die Papageien befinden sich laut der Tierärztin Eva Brandl derzeit in guter "
                    "Obhut"
                ),
                "der Tierärztin Eva Brandl",
            ),
            (
                (
                    "Sollte am Ende des Verfahrens der Verfall der Tiere ausgesprochen werden, habe "
                    "das Landesamt über ihren weiteren Verbleib zu entscheiden."
                ),
                "der Tierärztin Eva Brandl",
            ),
        ],
    )
)

CONTINUATIONS.append(
    (
        # 1: "…, ist ein Zeichen …, fügte sie hinzu": the pronoun after the frame verb is its
        # subject, not the noun of the clause before; the continuation goes on with it
        (
            "Die Hilfe für die Flüchtlinge müsse verdoppelt werden, sagte die Kommissarin Lena "
            "Berg am Montag in Brüssel. Immer neue Zäune an den Grenzen zu bauen, ist ein Zeichen "
            "der Hilflosigkeit, fügte sie hinzu. Familien, die vor dem Krieg geflohen seien, "
            "verdienten Schutz."
        ),
        [
            ("Die Hilfe für die Flüchtlinge müsse verdoppelt werden", "die Kommissarin Lena Berg"),
            ("Immer neue Zäune an den Grenzen zu bauen, ist ein Zeichen der Hilflosigkeit", "sie"),
            ("Familien, die vor dem Krieg geflohen seien, verdienten Schutz.", "sie"),
        ],
    )
)

#: continuation rows only (the frame before is not this file's business)
AFTER_OBLIQUES = [
    (
        # 1: "wie bei dem Gipfel vereinbart": the summit made no statement
        (
            "Kroatien stoppte am Montag die Busse, wie das bei dem Gipfel in Wien vereinbart "
            "worden war. Nur noch jene Menschen würden ins Land gelassen, die um Asyl ansuchen."
        ),
        [("Nur noch jene Menschen würden ins Land gelassen, die um Asyl ansuchen.", None)],
    ),
    (
        # 1: a named person as the agent of a speech verb did speak
        (
            "Der Vorschlag der Opposition wurde am Montag von Verkehrsministerin Anna Weber "
            "zurückgewiesen. Viele Autos seien gar nicht für den neuen Kraftstoff geeignet."
        ),
        [
            (
                "Viele Autos seien gar nicht für den neuen Kraftstoff geeignet.",
                "Verkehrsministerin Anna Weber",
            )
        ],
    ),
]

SOURCES = [
    (
        "Die Gespräche seien konstruktiv verlaufen, hieß es vonseiten der EU-Kommission.",
        [("Die Gespräche seien konstruktiv verlaufen", "der EU-Kommission")],
    ),
    (
        "Die Lage sei unter Kontrolle, hieß es am Abend seitens der Polizei.",
        [("Die Lage sei unter Kontrolle", "der Polizei")],
    ),
    (
        "Die Preise stiegen weiter, hieß es auf Nachfrage aus dem Büro des Landesrats.",
        [("Die Preise stiegen weiter", "dem Büro des Landesrats")],
    ),
    (
        "Man prüfe die Vorwürfe, hieß es von Seiten der Stadt.",
        [("Man prüfe die Vorwürfe", "der Stadt")],
    ),
    (
        "Eine Entscheidung falle erst im Herbst, hieß es aus dem Ministerium.",
        [("Eine Entscheidung falle erst im Herbst", "dem Ministerium")],
    ),
    (
        "Die Zahl der Fälle sei gestiegen, wie es in einer Mitteilung des Ministeriums hieß.",
        [("Die Zahl der Fälle sei gestiegen", "einer Mitteilung des Ministeriums")],
    ),
    (
        "Der Minister werde, wie es aus Regierungskreisen hieß, am Freitag zurücktreten.",
        [
            (
                "Der Minister werde, wie es aus Regierungskreisen hieß, am Freitag zurücktreten",
                "Regierungskreisen",
            )
        ],
    ),
    (
        # no source after "hieß es": no speaker
        "Die Straße bleibe bis Montag gesperrt, hieß es am Abend.",
        [("Die Straße bleibe bis Montag gesperrt", None)],
    ),
]


@pytest.mark.parametrize("text, expected", CONTINUATIONS)
def test_continuation_speaker(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == expected


@pytest.mark.parametrize("text, expected", SOURCES)
def test_heisst_es_source(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == expected


@pytest.mark.parametrize("text, expected", AFTER_OBLIQUES)
def test_continuation_after_an_oblique(ud_nlp, text, expected):
    doc = ud_nlp(text)
    rows = [(q.text, q._.speaker) for q in doc.spans["quotes"] if q._.kind == "continuation"]
    assert rows == expected
