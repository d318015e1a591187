"""Cue frames of round 27 (issue 10, recall of indirect speech and precision on unseen text).

- "wiederholt" as an adverb ("wurden wiederholt Journalisten verhaftet", "die wiederholt
  Regeln verletzen"): no cue when a full verb that is no speech verb follows it in its
  clause (``adverbial_speech_forms``); the verb "wiederholt" ("Der Bürgermeister wiederholt,
  …", "hat wiederholt, dass …") and the adverb before a speech verb the parse makes its head
  ("hatte … wiederholt erklärt") stay cues;
- a speech verb that ends an adverbial clause right before a colon ("…, auch wenn sie es
  nicht zugeben: …"): the colon is not the clause's, no frame; "Wie X betonte: …", a main
  clause after the adverbial clause ("Obwohl …, sagte die Ministerin: …") and a verb joined
  by "und" ("wenn er verzichtet und sagt: …") stay as they were;
- "derzufolge" / "denenzufolge" after a noun phrase: a relative source, the noun phrase
  before the comma speaks ("eine Studie der Universität Graz, derzufolge …");
- an appeal whose particle follows an apposition ("riefen den Landeshauptmann von Kärnten,
  Peter Huber, auf, … zu verhindern"): the split verb, its content after the particle; a
  first-person appeal inside a statement framed after it stays the statement's;
- a whitespace token after the comma before an infinitive clause or inside it ("auf,  die
  Schule  zu  schließen", an archive's line breaks): the infinitive is found all the same.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    # the adverb "wiederholt" before another verb: no cue
    (
        (
            "In den vergangenen Jahren wurden wiederholt Journalisten verhaftet, zu hohen Strafen "
            "verurteilt und später abgeschoben."
        ),
        [],
    ),
    (
        "Die Aufsicht prüft Fonds, die wiederholt Regeln zur Geldwäsche verletzen, und will sie schließen.",
        [],
    ),
    # before a speech verb it stays the cue the parse gives
    (
        "Dass die Preise weiter steigen würden, hatte der Konzern bereits im Herbst wiederholt erklärt.",
        [("indirect", "Dass die Preise weiter steigen würden", "wiederholt", "der Konzern", None)],
    ),
    # the verb "wiederholen" stays a cue
    (
        "Der Bürgermeister wiederholt, die Brücke werde im Sommer fertig.",
        [
            (
                "indirect",
                "die Brücke werde im Sommer fertig",
                "wiederholt",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
    (
        "Die Stadträtin hat wiederholt, dass kein Geld fehle.",
        [("indirect", "dass kein Geld fehle", "wiederholt", "Die Stadträtin", None)],
    ),
    # a speech verb at the end of an adverbial clause before a colon: not its content
    (
        (
            "Über die Reise werden die beiden sicher streiten, auch wenn sie es nicht zugeben: mit "
            "dem Zug nach Wien, mit dem Bus an die Grenze, zehn Tage Warten im Regen."
        ),
        [],
    ),
    # an as-clause, a main clause after the adverbial clause, a joined verb: as before
    ("Wie die Sprecherin betonte: Die Schule bleibt offen.", []),
    (
        "Obwohl sie es abgestritten hatte, sagte die Ministerin am Montag: Die Schule bleibt offen.",
        [("indirect", "Die Schule bleibt offen", "sagte", "die Ministerin", None)],
    ),
    (
        "Selbst wenn er verzichtet und sagt: Mir reicht das, bleibt die Frage offen.",
        [("indirect", "Mir reicht das", "sagt", "er", None)],
    ),
    # "derzufolge", "denenzufolge": the noun phrase before the comma is the source
    (
        (
            "Die Forscher stützen sich auf eine Studie der Universität Graz, derzufolge jedes "
            "fünfte Kind zu wenig schläft."
        ),
        [
            (
                "indirect",
                "jedes fünfte Kind zu wenig schläft",
                "derzufolge",
                "eine Studie der Universität Graz",
                "Universität Graz",
            )
        ],
    ),
    (
        (
            "Die Ärzte verweisen auf Daten der Krankenkassen, denenzufolge die Zahl der "
            "Grippefälle gestiegen ist."
        ),
        [
            (
                "indirect",
                "die Zahl der Grippefälle gestiegen ist",
                "denenzufolge",
                "Daten der Krankenkassen",
                None,
            )
        ],
    ),
    # an appeal whose particle follows an apposition: the content after the particle
    (
        (
            "Die Anrainer riefen den Landeshauptmann von Kärnten, Peter Huber, auf, das geplante "
            "Kraftwerk zu verhindern."
        ),
        [
            (
                "indirect",
                "das geplante Kraftwerk zu verhindern",
                "riefen … auf",
                "Die Anrainer",
                None,
            )
        ],
    ),
    (
        "Der Minister rief die Länder erneut auf, mehr Quartiere bereitzustellen.",
        [("indirect", "mehr Quartiere bereitzustellen", "rief", "Der Minister", None)],
    ),
    (
        (
            "Um die Lage zu klären, fordern wir die Regierung auf, die Grenze zu öffnen, sagte ein "
            "Sprecher der Partei."
        ),
        [
            (
                "indirect",
                "Um die Lage zu klären, fordern wir die Regierung auf, die Grenze zu öffnen",
                "sagte",
                "ein Sprecher der Partei",
                "Partei",
            )
        ],
    ),
    # whitespace tokens after the comma and inside the infinitive clause
    (
        "Die Eltern forderten die Direktorin auf,  die Schule im Winter  zu  schließen.",
        [("indirect", "die Schule im Winter  zu  schließen", "forderten", "Die Eltern", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_cue_frames(nlp, text, expected):
    assert _rows(nlp(text)) == expected
