"""Continuations of round 18 (issue 10, "Quotes"): runs of reported-speech sentences.

- a run of Konjunktiv sentences right after one another, in one paragraph, going on with
  one speaker's statement, is one continuation ("…, sagte X, die Lage sei ernst. *Man müsse
  jetzt handeln. Die Regierung werde … vorlegen.*"), as the Wikinews annotation marks it;
- a run goes on over a sentence the rules rate low (a Konjunktiv II in the singular, "Ein
  Stillstand wäre fatal.") between two of its sentences; at the start of a run, right
  after the statement, it goes on too since round 23 ("…, sagte X, … Ein Stillstand wäre
  fatal. Man müsse handeln.": :mod:`pipeline.quotes.run_bridges`);
- a paragraph break ends the run: the sentence after it is a continuation of its own;
- a sentence of the writer's between two Konjunktiv sentences ends the run, and so does a
  sentence that names a speaker of its own ("Für den Ökonomen X sei das zu wenig"), which
  opens a run of its own with that speaker;
- a run of first-person sentences without quotation marks after a statement is one
  continuation too ("…, sagt X. *Ich habe recht behalten. Wir haben das Budget gehalten.*");
- a Konjunktiv sentence right after a statement that holds words in quotation marks with no
  frame of their own ("Die Kosten seien „völlig im Rahmen geblieben“.", "Sie werde „…“
  vorschlagen.") is a continuation, the words in marks a direct quote inside it with the
  same speaker; with no statement before, the words in marks stay alone;
- a sentence right after a statement whose verb the tagger missed goes on with it when
  its verb-second word after the subject ends in ``-e`` (the 3rd person singular indicative
  ends in ``-t``: "Die Firma *verzeichne* ein Plus", "Denn Deutschland *propagiere* …");
  an indicative ("Die Firma arbeitet weiter") does not;
- a name of letters and digits with the full stop glued to it ("vom Typ MI-17. Der …")
  ends its sentence before an article, as a year does: the Konjunktiv sentence after it
  goes on with the statement (pipeline/quotes/units.py); a full stop before a quotation
  mark whose words open in lower case ends no sentence ("Benedikt XVI. „ist und bleibt …“":
  the quoted words go on with the sentence, and its speaker with them);
- a text with no reported speech yields nothing.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

MINISTER = "Der Finanzminister"
COUNCILLOR = "Die Landesrätin"
MAYOR = "Der Bürgermeister"

RUNS = [
    (
        (
            "Der Finanzminister sagte am Montag, die Lage sei ernst. Man müsse jetzt handeln. "
            "Die Regierung werde im Mai ein Sparpaket vorlegen."
        ),
        [
            ("indirect", "die Lage sei ernst", "sagte", MINISTER, None),
            (
                "continuation",
                "Man müsse jetzt handeln. Die Regierung werde im Mai ein Sparpaket vorlegen.",
                None,
                MINISTER,
                None,
            ),
        ],
    ),
    # a sentence rated low between two of the run: the run goes on over it
    (
        (
            "Der Finanzminister sagte, die Lage sei ernst. Man müsse jetzt handeln. Ein "
            "Stillstand wäre fatal. Die Regierung werde ein Paket vorlegen."
        ),
        [
            ("indirect", "die Lage sei ernst", "sagte", MINISTER, None),
            (
                "continuation",
                (
                    "Man müsse jetzt handeln. Ein Stillstand wäre fatal. Die Regierung werde "
                    "ein Paket vorlegen."
                ),
                None,
                MINISTER,
                None,
            ),
        ],
    ),
    # … and at the start of the run, between the statement and the run, too (round 23:
    # :mod:`pipeline.quotes.run_bridges`)
    (
        (
            "Der Finanzminister sagte, die Lage sei ernst. Ein Stillstand wäre fatal. Man "
            "müsse jetzt handeln."
        ),
        [
            ("indirect", "die Lage sei ernst", "sagte", MINISTER, None),
            (
                "continuation",
                "Ein Stillstand wäre fatal. Man müsse jetzt handeln.",
                None,
                MINISTER,
                None,
            ),
        ],
    ),
    # a paragraph break ends the run
    (
        (
            "Die Landesrätin sagte, das Spital werde nicht geschlossen. Die Betten würden nur "
            "verlegt.\n\nDie Gemeinde werde dafür einen Ausgleich bekommen."
        ),
        [
            ("indirect", "das Spital werde nicht geschlossen", "sagte", COUNCILLOR, None),
            ("continuation", "Die Betten würden nur verlegt.", None, COUNCILLOR, None),
            (
                "continuation",
                "Die Gemeinde werde dafür einen Ausgleich bekommen.",
                None,
                COUNCILLOR,
                None,
            ),
        ],
    ),
    # a sentence of the writer's between ends the run
    (
        (
            "Der Bürgermeister sagte, der Bau sei ein Erfolg. Die Kosten seien gesunken. "
            "Die Opposition reagierte empört. Die Kosten seien in Wahrheit gestiegen."
        ),
        [
            ("indirect", "der Bau sei ein Erfolg", "sagte", MAYOR, None),
            ("continuation", "Die Kosten seien gesunken.", None, MAYOR, None),
            (
                "continuation",
                "Die Kosten seien in Wahrheit gestiegen.",
                None,
                "Die Opposition",
                "Opposition",
            ),
        ],
    ),
    # a sentence with a speaker of its own opens a run of its own
    (
        (
            "Die Ministerin sagte, die Reform komme im Herbst. Sie bringe den Gemeinden mehr "
            "Geld. Für den Ökonomen Karl Huber sei das aber zu wenig. Die Gemeinden bräuchten "
            "das Doppelte."
        ),
        [
            ("indirect", "die Reform komme im Herbst", "sagte", "Die Ministerin", None),
            (
                "continuation",
                "Sie bringe den Gemeinden mehr Geld.",
                None,
                "Die Ministerin",
                None,
            ),
            (
                "continuation",
                (
                    "Für den Ökonomen Karl Huber sei das aber zu wenig. Die Gemeinden "
                    "bräuchten das Doppelte."
                ),
                None,
                "den Ökonomen Karl Huber",
                "Karl Huber",
            ),
        ],
    ),
    # first-person sentences after a statement: one run
    (
        (
            "Das Bad sei ein Erfolg, sagt der Bürgermeister. Ich habe recht behalten. Wir "
            "haben das Budget gehalten."
        ),
        [
            ("indirect", "Das Bad sei ein Erfolg", "sagt", "der Bürgermeister", None),
            (
                "continuation",
                "Ich habe recht behalten. Wir haben das Budget gehalten.",
                None,
                "der Bürgermeister",
                None,
            ),
        ],
    ),
    # no reported speech: nothing
    (
        "Der Finanzminister reiste am Montag nach Brüssel. Dort traf er seine Amtskollegen.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNS, ids=[t[:40] for t, _ in RUNS])
def test_continuation_runs(nlp, text, expected):
    assert _rows(nlp(text)) == expected


FRAGMENTS = [
    (
        (
            "Der Bürgermeister sagte am Montag, der Bau des Bades komme voran. Die Kosten seien "
            "„völlig im Rahmen geblieben“."
        ),
        [
            ("indirect", "der Bau des Bades komme voran", "sagte", "Der Bürgermeister", None),
            (
                "continuation",
                "Die Kosten seien „völlig im Rahmen geblieben“.",
                None,
                "Der Bürgermeister",
                None,
            ),
            ("direct", "„völlig im Rahmen geblieben“", None, "Der Bürgermeister", None),
        ],
    ),
    (
        (
            "Die Landesrätin kündigte an, die Förderung zu erhöhen. Sie werde „einen neuen "
            "Fonds für die Gemeinden“ vorschlagen."
        ),
        [
            ("indirect", "die Förderung zu erhöhen", "kündigte … an", COUNCILLOR, None),
            (
                "continuation",
                "Sie werde „einen neuen Fonds für die Gemeinden“ vorschlagen.",
                None,
                COUNCILLOR,
                None,
            ),
            (
                "direct",
                "„einen neuen Fonds für die Gemeinden“",
                "vorschlagen",
                COUNCILLOR,
                None,
            ),
        ],
    ),
    # no statement before: the words in marks alone
    (
        "Die Kosten seien „völlig im Rahmen geblieben“.",
        [("direct", "„völlig im Rahmen geblieben“", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS, ids=[t[:40] for t, _ in FRAGMENTS])
def test_quoted_words_inside_a_continuation(nlp, text, expected):
    assert _rows(nlp(text)) == expected


GUESSED = [
    (
        (
            "Der Sprecher sagte, das Werk sei gesichert. Die Firma verzeichne ein Plus. Das "
            "Werk produziere weiter."
        ),
        [
            ("indirect", "das Werk sei gesichert", "sagte", "Der Sprecher", None),
            (
                "continuation",
                "Die Firma verzeichne ein Plus. Das Werk produziere weiter.",
                None,
                "Der Sprecher",
                None,
            ),
        ],
    ),
    (
        (
            "In Deutschland habe Sarkozy bessere Chancen als in Frankreich, sagte Mélenchon. "
            "Denn Deutschland propagiere die Rente ab siebzig."
        ),
        [
            (
                "indirect",
                "In Deutschland habe Sarkozy bessere Chancen als in Frankreich",
                "sagte",
                "Mélenchon",
                "Mélenchon",
            ),
            (
                "continuation",
                "Denn Deutschland propagiere die Rente ab siebzig.",
                None,
                "Mélenchon",
                "Mélenchon",
            ),
        ],
    ),
    # the indicative: the statement ends
    (
        "Der Sprecher sagte, das Werk sei gesichert. Die Firma arbeitet weiter.",
        [("indirect", "das Werk sei gesichert", "sagte", "Der Sprecher", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUESSED, ids=[t[:40] for t, _ in GUESSED])
def test_verb_the_tagger_missed(nlp, text, expected):
    assert _rows(nlp(text)) == expected


STOPS = [
    (
        (
            "Die Armeeleitung sprach von einem normalen Absturz der Maschine vom Typ MI-17. Der "
            "Hubschrauber sei wegen eines Defekts abgestürzt."
        ),
        [
            (
                "reported",
                "Die Armeeleitung sprach von einem normalen Absturz der Maschine vom Typ MI-17.",
                "sprach",
                "Die Armeeleitung",
                None,
            ),
            (
                "continuation",
                "Der Hubschrauber sei wegen eines Defekts abgestürzt.",
                None,
                "Die Armeeleitung",
                None,
            ),
        ],
    ),
    # an ordinal stays inside its sentence
    ("Die Maschine landete am 17. Mai in Wien.", []),
    (
        (
            "Später sagte die Kanzlerin Angela Merkel vor der Presse, Benedikt XVI. „ist und "
            "bleibt einer der bedeutendsten Denker“. Es müsse respektiert werden, wenn der "
            "Papst zurücktrete."
        ),
        [
            (
                "direct",
                "„ist und bleibt einer der bedeutendsten Denker“",
                "sagte",
                "die Kanzlerin Angela Merkel",
                "Angela Merkel",
            ),
            (
                "continuation",
                "Es müsse respektiert werden, wenn der Papst zurücktrete.",
                None,
                "die Kanzlerin Angela Merkel",
                "Angela Merkel",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STOPS, ids=[t[:40] for t, _ in STOPS])
def test_code_with_a_full_stop_ends_the_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected
