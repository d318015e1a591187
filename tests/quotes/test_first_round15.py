"""Direct speech without quotation marks (issue 10, item 4), on news-style texts written
for these tests: archives that strip the marks (derStandard, 10kGNAD) print speech as plain
sentences.

1. Trailing frames: "…, sagt X." / "…, hielt X fest." after a main clause is an inverted
   frame even when the parse takes the speech's subject for the verb's
   (:mod:`pipeline.quotes.trailing_frames`); a frame in the middle takes both halves.
2. Colon speech (:mod:`pipeline.quotes.colon_speech`): a lead-in whose subject speaks,
   before first-person words; a name label inside a paragraph ("Kurz dazu:"); a possessive
   and a noun ("Seine Botschaft:"); a speech verb joined to a statement ("…, sagt X – und
   fügt an: …").
3. First-person sentences right after a statement go on with its speaker
   (:func:`pipeline.quotes.first_person.first_person_sentences`), until a sentence without
   a first-person word.
4. Nothing: a narrative lead-in before a colon ("Die Bilanz:", "Das Ergebnis:", "Der Grund
   ist einfach:"), the writer's "uns" in a subordinate clause, a subject with an
   apposition or relative clause before the verb, a subordinate clause or question before
   the frame, an object after the speaker, a first-person sentence that names someone else
   or asks.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

TRAILING = [
    (
        (
            "Die Bildungsministerin Anna Berger hat am Montag ihre Pläne vorgestellt. Ob das "
            "Parlament zustimmt, lässt die Ministerin offen. Ich bin auch für eine Reform der "
            "Schulverwaltung, sagt Berger – und fügt lächelnd an: Eine alte Forderung der "
            "Opposition!"
        ),
        [
            (
                "indirect",
                "Ich bin auch für eine Reform der Schulverwaltung",
                "sagt",
                "Berger",
                "Anna Berger",
            ),
            ("indirect", "Eine alte Forderung der Opposition", None, "Berger", "Anna Berger"),
        ],
    ),
    (
        (
            "Für eine bessere Versorgung sind mehr Ärzte auf dem Land nötig, hielt "
            "Gesundheitssprecher Paul Wagner fest."
        ),
        [
            (
                "indirect",
                "Für eine bessere Versorgung sind mehr Ärzte auf dem Land nötig",
                "hielt … fest",
                "Gesundheitssprecher Paul Wagner",
                "Paul Wagner",
            )
        ],
    ),
    (
        "Alles ruhig, meldete die Polizei am Sonntag in Linz.",
        [("indirect", "Alles ruhig", "meldete", "die Polizei", "Polizei")],
    ),
    (
        "Kein leichtes Spiel heute, schrieb Huber nach dem Training auf Twitter.",
        [("indirect", "Kein leichtes Spiel heute", "schrieb", "Huber", "Huber")],
    ),
    (
        (
            "Der Tourismusdirektor Karl Steiner blickt optimistisch auf den Sommer. Die Zukunft "
            "der Stadt, sagt er im Gespräch mit der Zeitung, liegt im Tourismus."
        ),
        [
            (
                "indirect",
                "Die Zukunft der Stadt, sagt er im Gespräch mit der Zeitung, liegt im Tourismus",
                "sagt",
                "er",
                "Karl Steiner",
            )
        ],
    ),
]

TRAILING += [
    (
        # the parse sees a subordinate clause in "Da habe"; the speaker has no name
        "Da habe ich viel Schwung mitgenommen, gestand der Norweger nach dem Rennen.",
        [
            (
                "indirect",
                "Da habe ich viel Schwung mitgenommen",
                "gestand",
                "der Norweger",
                None,
            )
        ],
    ),
    (
        # the writer's clause after the frame is no part of the speech
        "Alles ruhig hier, sagt der Bergführer Paul Moser, als er durch das Lager führt.",
        [
            (
                "indirect",
                "Alles ruhig hier",
                "sagt",
                "der Bergführer Paul Moser",
                "Paul Moser",
            )
        ],
    ),
    (
        # a cue with reported speech after it keeps its own quote: no narrative lead-in
        "Angesprochen auf die Vorfälle in der Stadt, sagt Huber, diese seien inakzeptabel.",
        [("indirect", "diese seien inakzeptabel", "sagt", "Huber", "Huber")],
    ),
]

COLON = [
    (
        (
            "Nach dem Spiel zeigte sich Trainer Peter Huber selbstkritisch: Ich habe die "
            "Mannschaft falsch eingestellt."
        ),
        # one direct quote with its full stop since round 25 (colon_runs)
        [
            (
                "direct",
                "Ich habe die Mannschaft falsch eingestellt.",
                None,
                "Trainer Peter Huber",
                "Peter Huber",
            )
        ],
    ),
    (
        (
            "Der Außenminister Sebastian Kurz sprach am Freitag in Brüssel. Kurz dazu: Es "
            "braucht eine europäische Behörde, die das abwickelt."
        ),
        [
            (
                "indirect",
                "Es braucht eine europäische Behörde, die das abwickelt",
                None,
                "Kurz",
                "Sebastian Kurz",
            )
        ],
    ),
    (
        # the possessive is the mention; who it is stays open rather than guessed
        (
            "Der Kanzler trat am Abend vor die Presse. Seine Botschaft: Wir müssen die Grenzen "
            "sichern."
        ),
        [("direct", "Wir müssen die Grenzen sichern.", None, "Seine", None)],
    ),
]

COLON += [
    (
        # the speech verb framed the sentence before; the colon goes on with its speaker
        (
            "Man müsse die Verhältnismäßigkeit wahren, verlangte der Kammerpräsident Rupert "
            "Weiss: Es entspricht unserer Erfahrung, dass viele Urteile später abgeändert "
            "werden."
        ),
        [
            (
                "indirect",
                "Man müsse die Verhältnismäßigkeit wahren",
                "verlangte",
                "der Kammerpräsident Rupert Weiss",
                "Rupert Weiss",
            ),
            (
                "indirect",
                "Es entspricht unserer Erfahrung, dass viele Urteile später abgeändert werden",
                None,
                "der Kammerpräsident Rupert Weiss",
                "Rupert Weiss",
            ),
        ],
    ),
    (
        # an as-clause frames what goes before it: the words after the colon are the writer's
        (
            "Der frühere Kandidat hat sich ein Sprechverbot auferlegt, wie er der Zeitung "
            "sagte: Seit der Wahl ist es in der Partei verdächtig ruhig."
        ),
        [
            (
                "indirect",
                "Der frühere Kandidat hat sich ein Sprechverbot auferlegt",
                "wie … sagte",
                "er",
                None,
            )
        ],
    ),
]

TRAILING += [
    (
        # a double space between the verb and the name, as archives print it
        "Ohne neue Netze, sagte  Paul Berger, Chef des Netzbetreibers, am Montag vor Journalisten.",
        [("indirect", "Ohne neue Netze", "sagte", "Paul Berger", "Paul Berger")],
    ),
]

FOLLOW_ON = [
    (
        (
            "Die Schule brauche dringend mehr Lehrer, sagt die Direktorin Eva Lang. Wir haben "
            "das schon im Sommer gewusst. Die Berichte des Ministeriums helfen uns nicht "
            "weiter. Lang leitet die Schule seit 2010."
        ),
        [
            (
                "indirect",
                "Die Schule brauche dringend mehr Lehrer",
                "sagt",
                "die Direktorin Eva Lang",
                "Eva Lang",
            ),
            (
                "continuation",
                (
                    "Wir haben das schon im Sommer gewusst. Die Berichte des Ministeriums "
                    "helfen uns nicht weiter."
                ),
                None,
                "die Direktorin Eva Lang",
                "Eva Lang",
            ),
        ],
    ),
]

FOLLOW_ON += [
    (
        # a subordinate clause first: the comma before the finite verb is the speaker's
        (
            "Die Schule brauche dringend mehr Lehrer, sagt die Direktorin Eva Lang. Wenn wir "
            "mehr Geld bekommen, stellen wir sofort ein."
        ),
        [
            (
                "indirect",
                "Die Schule brauche dringend mehr Lehrer",
                "sagt",
                "die Direktorin Eva Lang",
                "Eva Lang",
            ),
            (
                "continuation",
                "Wenn wir mehr Geld bekommen, stellen wir sofort ein.",
                None,
                "die Direktorin Eva Lang",
                "Eva Lang",
            ),
        ],
    ),
]

LANG_STATEMENT = (
    "indirect",
    "Die Schule brauche dringend mehr Lehrer",
    "sagt",
    "die Direktorin Eva Lang",
    "Eva Lang",
)

#: round 25: with a verb of describing the object names what the words before describe;
#: they are the speaker's (unmarked) speech ("…, beschreibt SPÖ-Bautensprecherin Ruth Becher
#: den Umfang der Tätigkeit"), no longer nothing
DESCRIBED = (
    "Hier herrschen andere Regeln, beschreibt er den Alltag im Lager.",
    [("indirect", "Hier herrschen andere Regeln", "beschreibt", "er", None)],
)

NOTHING = [
    ("Die Bilanz: 30 Tote und 200 Verletzte.", []),
    ("Das Ergebnis: Die Partei verliert fünf Prozent.", []),
    ("Der Grund ist einfach: Die Gemeinde hat kein Geld mehr.", []),
    (
        (
            "Die Geier halten sich von Siedlungen fern: Sie nehmen ihre Beute dorthin mit, wo "
            "sie uns nichts anhaben kann."
        ),
        [],
    ),
    ("Was danach geschah, erzählt der Film in drei Teilen.", []),
    ("Der Bürgermeister, ein früherer Lehrer, lobte die Feuerwehr.", []),
    ("Der Vorstand, der seit Jahren in der Kritik steht, lobte Huber.", []),
    (
        (
            "Die Schule brauche dringend mehr Lehrer, sagt die Direktorin Eva Lang. Gestern "
            "besuchte Bürgermeister Franz Huber mit uns die Klassen."
        ),
        [LANG_STATEMENT],
    ),
    (
        "Die Schule brauche dringend mehr Lehrer, sagt die Direktorin Eva Lang. Wer hilft uns jetzt?",
        [LANG_STATEMENT],
    ),
    (
        # a frame of the writer at the end: the words are a poster's, not the director's
        (
            "Die Schule brauche dringend mehr Lehrer, sagt die Direktorin Eva Lang. Wir schaffen "
            "das schon, steht auf einem Plakat im Gang."
        ),
        [LANG_STATEMENT],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    TRAILING + COLON + FOLLOW_ON + [DESCRIBED] + NOTHING,
    ids=lambda v: str(v)[:40],
)
def test_speech_without_marks(nlp, text, expected):
    assert _rows(nlp(text)) == expected
