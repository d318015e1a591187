"""Reported speech and continuations of round 19 (issue 10, "recall without losing precision").

- one negation test for speech acts (``reported.negates``, used by the reported speech acts
  and the negated frames alike): "nicht nur … sondern auch" and "nicht ohne" assert the act
  ("warnte nicht nur vor Engpässen, sondern auch vor …", "forderte nicht ohne Grund …"); a
  negation right before the verb's own preposition denies it ("warnte nicht vor …");
- a reported speech act right after a fronted subordinate clause starts at its verb: the
  clause before is the writer's or another's act ("Nachdem sich die Opposition …
  zurückgehalten hat, fordert die Partei …"); not after a phrase with "als" ("Als
  spektakuläre Inszenierung, die …, kündigte X … an": what was announced);
- a Konjunktiv I verb that opens its sentence is a concession, a wish or a condition, no
  reported speech ("Sei das nun der Kunstgriff des Malers, …"); after a conjunction the
  verb is second and the sentence goes on with the statement ("Doch sei der Aufstieg …");
- "sei es … oder …" opening a clause offers alternatives, a concession ("…, sie wollen nach
  Großbritannien – sei es zur Arbeit oder wegen der Familie"); "sei es" in a main clause of
  reported speech stays ("Wenn das Geld fehle, sei es vorbei");
- an ``-e`` form right next to "ich" is the indicative ("und doch habe ich kurz das Gefühl",
  "Das habe ich nur von Kollegen gehört"): no continuation of someone else's statement;
- a plural that is its own lemma is the present, whatever the tagger says ("Nach einer
  langen Anreise stauen sie sich am Ärmelkanal": the Konjunktiv I plural is the
  indicative); a Konjunktiv II plural stays one ("Die Gewerkschaften kämen nicht mehr");
- "herausfinden" frames a finding ("Die Forscher fanden heraus, dass …"), but with a
  "whether" or w-question it is a search, nothing said ("versucht herauszufinden, wer …";
  ``deciding_lemmas``);
- "nach" with a forecast or polls names a source ("nach der Vorhersage der Zentralbank",
  "Nach jüngsten Umfragen");
- a condition with its verb first before an inverted frame is no content ("Kommt es zu
  keiner Einigung, wird die Stadt klagen"); with the main clause after it, the whole is
  ("Würden alle Abfälle …, ergibt der Transport …, verdeutlichte die Expertin").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    # negation: asserted acts
    (
        "Die Ärztekammer warnte nicht nur vor Engpässen, sondern auch vor steigenden Kosten.",
        [
            (
                "reported",
                (
                    "Die Ärztekammer warnte nicht nur vor Engpässen, sondern auch vor steigenden "
                    "Kosten."
                ),
                "warnte",
                "Die Ärztekammer",
                "Ärztekammer",
            )
        ],
    ),
    (
        "Die Gewerkschaft forderte nicht ohne Grund höhere Löhne.",
        [
            (
                "reported",
                "Die Gewerkschaft forderte nicht ohne Grund höhere Löhne.",
                "forderte",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    (
        (
            "Der Konzern kündigte nicht nur einen Stellenabbau an, sondern auch die Schließung "
            "zweier Werke."
        ),
        [
            (
                "reported",
                (
                    "Der Konzern kündigte nicht nur einen Stellenabbau an, sondern auch die "
                    "Schließung zweier Werke."
                ),
                "kündigte … an",
                "Der Konzern",
                None,
            )
        ],
    ),
    # negation: denied acts say nothing
    ("Die Ärztekammer warnte nicht vor Engpässen.", []),
    ("Die Behörde gab den Namen des Opfers nicht bekannt.", []),
    # a fronted subordinate clause is not what was said
    (
        (
            "Nachdem sich die Opposition lange zurückgehalten hat, fordert die Partei nun den "
            "Rücktritt des Präsidenten."
        ),
        [
            (
                "reported",
                "fordert die Partei nun den Rücktritt des Präsidenten.",
                "fordert",
                "die Partei",
                "Partei",
            )
        ],
    ),
    (
        (
            "Während die Gewerkschaft von einem Erfolg sprach, warnte der Verband vor steigenden "
            "Preisen."
        ),
        [
            (
                "reported",
                "warnte der Verband vor steigenden Preisen.",
                "warnte",
                "der Verband",
                "Verband",
            )
        ],
    ),
    # verb first: the writer's concession
    (
        (
            "Das Bild zeigt eine Wüste ohne Horizont. Sei das nun der Kunstgriff des Malers, den "
            "Horizont auszusparen, um die Größe im Unklaren zu lassen."
        ),
        [],
    ),
    # verb second after a conjunction: the statement goes on
    (
        (
            "Der Trainer sagte, das Team habe gut gespielt. Doch sei der Aufstieg noch nicht "
            "entschieden."
        ),
        [
            ("indirect", "das Team habe gut gespielt", "sagte", "Der Trainer", None),
            (
                "continuation",
                "Doch sei der Aufstieg noch nicht entschieden.",
                None,
                "Der Trainer",
                None,
            ),
        ],
    ),
    # "sei es … oder": a concession
    (
        (
            "Der Bürgermeister sagte, die Stadt sei bereit. Doch die Migranten wollen nicht "
            "bleiben, sie wollen nach Großbritannien – sei es zur Arbeit oder wegen der Familie."
        ),
        [("indirect", "die Stadt sei bereit", "sagte", "Der Bürgermeister", None)],
    ),
    (
        "Die Migranten wollen nach Großbritannien, sei es zur Arbeit oder wegen der Familie.",
        [],
    ),
    (
        "Der Trainer sagte, das Team habe Probleme. Wenn das Geld fehle, sei es vorbei.",
        [
            ("indirect", "das Team habe Probleme", "sagte", "Der Trainer", None),
            (
                "continuation",
                "Wenn das Geld fehle, sei es vorbei.",
                None,
                "Der Trainer",
                None,
            ),
        ],
    ),
    # "ich" next to an -e form: the indicative
    (
        (
            "Der Autor schreibt über Paris. Die Terrasse des Cafés noch leer, und doch habe ich "
            "kurz das Gefühl, sie zu sehen."
        ),
        [],
    ),
    ("Woher wissen Sie das? – Das habe ich nur von Kollegen gehört.", []),
    # a plural that is its own lemma: the present
    (
        (
            "Die Migranten wollen nicht in Frankreich bleiben. Nach einer langen Anreise stauen "
            "sie sich am Ärmelkanal."
        ),
        [],
    ),
    # a Konjunktiv II plural goes on with the statement
    (
        (
            "Die Sprecherin sagte, die Gespräche seien gescheitert. Die Gewerkschaften kämen "
            "nicht mehr."
        ),
        [
            ("indirect", "die Gespräche seien gescheitert", "sagte", "Die Sprecherin", None),
            (
                "continuation",
                "Die Gewerkschaften kämen nicht mehr.",
                None,
                "Die Sprecherin",
                None,
            ),
        ],
    ),
    # herausfinden: a finding, or a search
    (
        "Die Forscher fanden heraus, dass die Schnecken ihre Partner bestrafen.",
        [
            (
                "indirect",
                "dass die Schnecken ihre Partner bestrafen",
                "fanden … heraus",
                "Die Forscher",
                None,
            )
        ],
    ),
    (
        "Ein Team der Universität hat herausgefunden, dass der Stein älter ist als gedacht.",
        [
            (
                "indirect",
                "dass der Stein älter ist als gedacht",
                "herausgefunden",
                "Ein Team der Universität",
                "Universität",
            )
        ],
    ),
    ("Die Polizei versucht herauszufinden, wer das Feuer gelegt hat.", []),
    ("Die Ermittler wollen herausfinden, ob der Fahrer betrunken war.", []),
    # "nach" with a forecast or polls: a source
    (
        "Die Inflation wird nach der Vorhersage der Zentralbank bei 51 Prozent liegen.",
        [
            (
                "indirect",
                "Die Inflation wird nach der Vorhersage der Zentralbank bei 51 Prozent liegen",
                "nach der Vorhersage",
                "der Vorhersage",
                None,
            )
        ],
    ),
    # a condition with its verb first: no content of an inverted frame
    ("Kommt es zu keiner Einigung, wird die Stadt klagen.", []),
    (
        (
            "Der Bürgermeister warnte vor einer Pleite. Komme es zu keiner Einigung, werde die "
            "Stadt klagen."
        ),
        [
            (
                "reported",
                "Der Bürgermeister warnte vor einer Pleite.",
                "warnte",
                "Der Bürgermeister",
                None,
            ),
            (
                "continuation",
                "Komme es zu keiner Einigung, werde die Stadt klagen.",
                None,
                "Der Bürgermeister",
                None,
            ),
        ],
    ),
    (
        (
            "Würden alle Abfälle in Lkws geladen, ergibt der Transport eine Kolonne bis Bregenz, "
            "verdeutlichte die Expertin."
        ),
        [
            (
                "indirect",
                (
                    "Würden alle Abfälle in Lkws geladen, ergibt der Transport eine Kolonne bis "
                    "Bregenz"
                ),
                "verdeutlichte",
                "die Expertin",
                None,
            )
        ],
    ),
    (
        "Nach jüngsten Umfragen liegt die Partei bei 30 Prozent.",
        [
            (
                "indirect",
                "liegt die Partei bei 30 Prozent",
                "Nach jüngsten Umfragen",
                "jüngsten Umfragen",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_round19_reported_and_continuations(nlp, text, expected):
    assert _rows(nlp(text)) == expected
