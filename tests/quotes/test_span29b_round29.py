"""Quote spans, round 29 second wave (issue 10), from probes of common news layouts.

- "Die Lage sei ernst, sagte der Minister, aber man habe sie im Griff.": a frame between
  the two main clauses of one statement; the quote goes on after it as a second part
  (:mod:`pipeline.quotes.resumed_statements`) -- after "aber", "doch", "und", "denn",
  "jedoch" or no conjunction, in the reported-speech mood, or in the present tense in the
  first person after an unmarked quote in the indicative; not a relative or adverbial
  clause, not the frame's subject going on ("…, und verließ den Saal"), not the writer's
  narration after it ("…, aber die Opposition widersprach");
- "Der Vorwurf der Opposition: Die Regierung habe …": a noun of an utterance or a claim
  with its owner (a possessive, a genitive that names someone who speaks, a name in the
  genitive) before a clause in the reported-speech mood: the owner speaks it, and the
  Konjunktiv sentences after it go on (:func:`pipeline.quotes.colon_speech.claim_owner`);
  no owner, a first-person possessive or words in the indicative give no row;
- "„A“, sagte X und fügte hinzu: „B“": a coordinator and a second cue before the colon open
  a second statement of the same speaker: two direct quotes, not one of two parts
  (:func:`pipeline.quotes.direct.merge_interrupted`); "„A“, sagte X, „B“" stays one.

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order; for the claims
``(kind, text, cue, speaker mention, speaker_name)``.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows, quote_rows

RESUMED = [
    (
        "Die Lage sei ernst, sagte der Minister, aber man habe sie im Griff.",
        [("Die Lage sei ernst || aber man habe sie im Griff", "der Minister")],
    ),
    (
        "Die Lage sei ernst, sagte der Minister am Montag in Wien, doch man habe sie im Griff.",
        [("Die Lage sei ernst || doch man habe sie im Griff", "der Minister")],
    ),
    (
        "Die Reform sei notwendig, betonte die Ministerin, und sie werde kommen.",
        [("Die Reform sei notwendig || und sie werde kommen", "die Ministerin")],
    ),
    (
        (
            "Das Budget reiche nicht aus, erklärte Bürgermeister Huber, jedoch sei eine "
            "Erhöhung nicht möglich."
        ),
        [
            (
                "Das Budget reiche nicht aus || jedoch sei eine Erhöhung nicht möglich",
                "Bürgermeister Huber",
            )
        ],
    ),
    (
        "Die Preise würden steigen, warnte die Ökonomin, denn die Nachfrage sei hoch.",
        [("Die Preise würden steigen || denn die Nachfrage sei hoch", "die Ökonomin")],
    ),
    (
        "Die Lage sei ernst, so die Sprecherin, doch man arbeite an einer Lösung.",
        [("Die Lage sei ernst || doch man arbeite an einer Lösung", "die Sprecherin")],
    ),
    (
        (
            "Das Projekt sei gescheitert, räumte der Bürgermeister ein, und er entschuldige "
            "sich dafür."
        ),
        [("Das Projekt sei gescheitert || und er entschuldige sich dafür", "der Bürgermeister")],
    ),
    (
        (
            "Wir haben einen harten Wahlkampf geführt, sagte er in Graz, aber jetzt beginnt "
            "die eigentliche Arbeit."
        ),
        [
            (
                (
                    "Wir haben einen harten Wahlkampf geführt || aber jetzt beginnt die "
                    "eigentliche Arbeit"
                ),
                "er",
            )
        ],
    ),
    (
        (
            "Die Gespräche seien gut verlaufen, sagte sie nach dem Treffen, man sei einander "
            "nähergekommen."
        ),
        [("Die Gespräche seien gut verlaufen || man sei einander nähergekommen", "sie")],
    ),
]

UNCHANGED = [
    (
        "Die Lage sei ernst, sagte der Minister, der seit 2019 im Amt ist.",
        [("Die Lage sei ernst", "der Minister")],
    ),
    (
        "Die Lage sei ernst, sagte der Minister, bevor er abreiste.",
        [("Die Lage sei ernst", "der Minister")],
    ),
    (
        "Die Lage sei ernst, sagte der Minister, als er gefragt wurde.",
        [("Die Lage sei ernst", "der Minister")],
    ),
    (
        "Die Lage sei ernst, sagte der Minister, und verließ den Saal.",
        [("Die Lage sei ernst", "der Minister")],
    ),
    (
        "Die Lage sei ernst, sagte der Minister, aber die Opposition widersprach.",
        [("Die Lage sei ernst", "der Minister")],
    ),
    (
        "Wir sind bereit, sagte er, aber die Fans jubelten trotzdem.",
        [("Wir sind bereit", "er")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), RESUMED + UNCHANGED)
def test_resumed_statements(nlp, text, rows):
    assert quote_part_rows(nlp(text)) == rows


CLAIMS = [
    (
        "Der Vorwurf der Opposition: Die Regierung habe das Parlament getäuscht.",
        [
            (
                "indirect",
                "Die Regierung habe das Parlament getäuscht",
                None,
                "der Opposition",
                "Opposition",
            )
        ],
    ),
    (
        "Die Kritik der Gewerkschaft: Das Gesetz gehe nicht weit genug.",
        [
            (
                "indirect",
                "Das Gesetz gehe nicht weit genug",
                None,
                "der Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    (
        "Ihr Vorwurf: Die Behörde habe zu spät reagiert. Man habe alle Warnungen ignoriert.",
        [
            ("indirect", "Die Behörde habe zu spät reagiert", None, "Ihr", None),
            ("continuation", "Man habe alle Warnungen ignoriert.", None, "Ihr", None),
        ],
    ),
    (
        "Der Vorwurf des Anwalts: Die Polizei habe seinen Mandanten ohne Grund festgehalten.",
        [
            (
                "indirect",
                "Die Polizei habe seinen Mandanten ohne Grund festgehalten",
                None,
                "des Anwalts",
                None,
            )
        ],
    ),
    # no owner, a first-person possessive, no Konjunktiv: no row
    ("Der Vorwurf: Die Regierung habe das Parlament getäuscht.", []),
    ("Mein Vorwurf: Die Regierung habe das Parlament getäuscht.", []),
    ("Die Bilanz des Tages: Drei Menschen starben bei dem Unfall.", []),
]


@pytest.mark.parametrize(("text", "rows"), CLAIMS)
def test_claim_owners(nlp, text, rows):
    assert quote_rows(nlp(text)) == rows


ADDED = [
    (
        (
            "„Wir sind bereit“, sagte Weber am Montag vor Journalisten und fügte hinzu: "
            "„Jetzt ist die Regierung am Zug.“"
        ),
        [("„Wir sind bereit“", "Weber"), ("„Jetzt ist die Regierung am Zug.“", "Weber")],
    ),
    (
        (
            "„Das Budget hält“, betonte die Ministerin im Parlament und ergänzte: „Wir sparen "
            "nicht bei der Bildung.“"
        ),
        [
            ("„Das Budget hält“", "die Ministerin"),
            ("„Wir sparen nicht bei der Bildung.“", "die Ministerin"),
        ],
    ),
    # must stay one quote of two parts
    (
        "„Wir sind bereit“, sagte Weber, „jetzt ist die Regierung am Zug.“",
        [("„Wir sind bereit“ || „jetzt ist die Regierung am Zug.“", "Weber")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), ADDED)
def test_added_statements(nlp, text, rows):
    assert quote_part_rows(nlp(text)) == rows
