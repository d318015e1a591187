"""First-person speech without quotation marks (issue 10, item 4), on news-style texts
written for these tests: archives that strip the marks (derStandard, 10kGNAD) turn
"„Ich hoffe, dass …“" into a frame of "hoffe" whose speaker is "ich".

1. After a statement of a named or described speaker (in the sentence or the two before),
   the first-person sentence is a continuation with that statement's speaker mention; a
   continuation that went on from it keeps that speaker.
2. "…, erklärte X: Ob und wann, das entscheide ich …": the speech after the colon, X's.
3. In a statement of the same sentence ("Um …, fordern wir …, sagte ein Sprecher"), the
   statement takes the first-person clause in; a frame after first-person content
   ("Wir haben …, sagt X") stays as it is.
4. No statement before (or only one further back, or the first person of a relative
   clause): the frame stays as it is, with "ich"/"wir" as its mention.
5. Inside quotation marks nothing changes.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order, both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

AFTER_A_STATEMENT = [
    (
        # 1: a labelled paragraph ("Weber: …") before
        (
            "Der Trainer Markus Weber gab sich vor dem Derby kämpferisch. Weber: Wir wollen "
            "endlich wieder zu Hause gewinnen. Ich hoffe, dass wir am Samstag drei Punkte holen."
        ),
        [
            (
                "direct",
                "Wir wollen endlich wieder zu Hause gewinnen.",
                "Weber",
                "Weber",
                "Markus Weber",
            ),
            (
                "continuation",
                "Ich hoffe, dass wir am Samstag drei Punkte holen.",
                None,
                "Weber",
                "Markus Weber",
            ),
        ],
    ),
    (
        # 1: an inverted frame before; the whole sentence is the speech
        (
            "Eine Ausgangssperre sei rechtlich heikel, erklärt die Juristin Eva Brandstetter. "
            "Wenn jemand eine Straftat plane, könne man ihn anzeigen, aber: Ich glaube nicht, "
            "dass ein Verbot vor Gericht hält."
        ),
        [
            (
                "indirect",
                "Eine Ausgangssperre sei rechtlich heikel",
                "erklärt",
                "die Juristin Eva Brandstetter",
                "Eva Brandstetter",
            ),
            (
                "continuation",
                (
                    "Wenn jemand eine Straftat plane, könne man ihn anzeigen, aber: Ich glaube "
                    "nicht, dass ein Verbot vor Gericht hält."
                ),
                None,
                "die Juristin Eva Brandstetter",
                "Eva Brandstetter",
            ),
        ],
    ),
    (
        # 1: the Konjunktiv sentence after the first-person one goes on with the minister
        (
            "Die Ministerin Petra Gruber sagte am Dienstag, die Reform komme. Ich glaube, dass "
            "wir im Herbst fertig sind. Die Länder müssten aber noch zustimmen."
        ),
        [
            (
                "indirect",
                "die Reform komme",
                "sagte",
                "Die Ministerin Petra Gruber",
                "Petra Gruber",
            ),
            (
                "continuation",
                "Ich glaube, dass wir im Herbst fertig sind.",
                None,
                "Die Ministerin Petra Gruber",
                "Petra Gruber",
            ),
            (
                "continuation",
                "Die Länder müssten aber noch zustimmen.",
                None,
                "Die Ministerin Petra Gruber",
                "Petra Gruber",
            ),
        ],
    ),
    (
        # 1: a statement of the same sentence before a colon: the speech after it
        (
            "Die Mehrheit sei fraglich geworden, stellt der Minister Nikos Petrou im Fernsehen "
            "fest: Wir sagen es klar: Das ist nicht unser Abkommen."
        ),
        [
            (
                "indirect",
                "Die Mehrheit sei fraglich geworden",
                "stellt … fest",
                "der Minister Nikos Petrou",
                "Nikos Petrou",
            ),
            (
                "continuation",
                "Wir sagen es klar: Das ist nicht unser Abkommen.",
                None,
                "der Minister Nikos Petrou",
                "Nikos Petrou",
            ),
        ],
    ),
    (
        # 2: "erklärte Huber: …" (the frame before the colon is not this file's business)
        (
            "Die Bürgermeisterin von Linz, Anna Huber, reagierte gelassen auf die Kritik, "
            "erklärte Huber: Ob und wann, das entscheide ich nach der Sitzung des Gemeinderats."
        ),
        [
            (
                "indirect",
                "Die Bürgermeisterin von Linz, Anna Huber, reagierte gelassen auf die Kritik",
                "erklärte",
                "Huber",
                "Anna Huber",
            ),
            (
                "continuation",
                "Ob und wann, das entscheide ich nach der Sitzung des Gemeinderats.",
                None,
                "Huber",
                "Anna Huber",
            ),
        ],
    ),
    (
        # 1: two sentences back; "ich hoffe" after a comma (parsed as a clause of "Talent",
        # with no relative pronoun: no relative clause)
        (
            "Über seinen nächsten Gegner sagte der Tennisspieler Tom Berger: Er ist ein sehr "
            "guter Spieler. Er hat heuer drei Turniere gewonnen. Er ist jung und hat großes "
            "Talent, ich hoffe, dass ich bald wieder fit bin."
        ),
        [
            (
                "indirect",
                "Er ist ein sehr guter Spieler",
                "sagte",
                "der Tennisspieler Tom Berger",
                "Tom Berger",
            ),
            (
                "continuation",
                "Er ist jung und hat großes Talent, ich hoffe, dass ich bald wieder fit bin.",
                None,
                "der Tennisspieler Tom Berger",
                "Tom Berger",
            ),
        ],
    ),
]

UNCHANGED = [
    (
        # 3: one statement with the first-person clause in it
        (
            "Um die Lage zu beruhigen, fordern wir die Bevölkerung auf, zu Hause zu bleiben, "
            "sagte ein Sprecher der Polizei am Montag."
        ),
        [
            (
                "indirect",
                "Um die Lage zu beruhigen, fordern wir die Bevölkerung auf, zu Hause zu bleiben",
                "sagte",
                "ein Sprecher der Polizei",
                "Polizei",
            ),
        ],
    ),
    (
        # 3: the frame after first-person content names the speaker
        "Wir haben so viel gelacht, sagt die Schauspielerin Maria Lang.",
        [
            (
                "indirect",
                "Wir haben so viel gelacht",
                "sagt",
                "die Schauspielerin Maria Lang",
                "Maria Lang",
            ),
        ],
    ),
    (
        # 4: no statement before
        "Ich hoffe, dass der Sommer heuer wärmer wird. Die Prognosen sind aber schlecht.",
        [("indirect", "dass der Sommer heuer wärmer wird", "hoffe", "Ich", None)],
    ),
    (
        # 4: a narrative sentence before is no statement
        "Der Verein steigt ab. Ich glaube, dass das niemanden überrascht.",
        [("indirect", "dass das niemanden überrascht", "glaube", "Ich", None)],
    ),
    (
        # 4: the statement is four sentences back
        (
            "Der Bürgermeister Karl Bauer sagte, die Brücke werde saniert. Die Arbeiten beginnen "
            "im Mai. Der Verkehr wird umgeleitet. Die Anrainer sind verärgert. Ich hoffe, dass "
            "es schnell geht."
        ),
        [
            (
                "indirect",
                "die Brücke werde saniert",
                "sagte",
                "Der Bürgermeister Karl Bauer",
                "Karl Bauer",
            ),
            ("indirect", "dass es schnell geht", "hoffe", "Ich", None),
        ],
    ),
    (
        # 4: "wir" of a relative clause is no speaker of a speech (the speaker-name step
        # resolves it as before)
        (
            "Der Forscher Jan Berger sagte, die Ergebnisse seien eindeutig. Nur die Hälfte "
            "derer, die wir als Freunde bezeichnen, würde uns ebenso nennen."
        ),
        [
            (
                "indirect",
                "die Ergebnisse seien eindeutig",
                "sagte",
                "Der Forscher Jan Berger",
                "Jan Berger",
            ),
            # the clause after "die wir … bezeichnen," is the main clause, not what "wir"
            # said (round 17: a speech verb closing a fronted clause frames no content);
            # round 17b: "würde … nennen", an infinitive under "werden", reports no act
        ],
    ),
    (
        # 5: quotation marks kept
        "„Ich hoffe, dass wir gewinnen“, sagte der Trainer Paul Maier. „Wir sind gut vorbereitet.“",
        [
            (
                "direct",
                "„Ich hoffe, dass wir gewinnen“",
                "sagte",
                "der Trainer Paul Maier",
                "Paul Maier",
            ),
            ("direct", "„Wir sind gut vorbereitet.“", None, "der Trainer Paul Maier", "Paul Maier"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_A_STATEMENT)
def test_first_person_speech_after_a_statement(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_first_person_frame_without_a_statement(nlp, text, expected):
    assert _rows(nlp(text)) == expected


#: "Von Seiten X hieß es" / "Vonseiten X hieß es" / "Seitens X hieß es" at the start of a
#: sentence: the source is X (``preposition_nouns``, ``source_before`` of ``heisst_es``)
FRONTED_SOURCES = [
    (
        "Von Seiten der Stadt hieß es, man prüfe die Vorwürfe.",
        [("indirect", "man prüfe die Vorwürfe", "hieß es", "der Stadt", None)],
    ),
    (
        "Vonseiten der Stadt hieß es, man prüfe die Vorwürfe.",
        [("indirect", "man prüfe die Vorwürfe", "hieß es", "der Stadt", None)],
    ),
    (
        "Seitens der Polizei hieß es am Abend, die Lage sei ruhig.",
        [("indirect", "die Lage sei ruhig", "hieß es", "der Polizei", "Polizei")],
    ),
    (
        "Von der Stadt hieß es, man prüfe die Vorwürfe.",
        [("indirect", "man prüfe die Vorwürfe", "hieß es", "der Stadt", None)],
    ),
    # no "hieß es": nothing
    ("Von Seiten der Opposition kam scharfe Kritik.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_SOURCES)
def test_fronted_von_seiten_source(nlp, text, expected):
    assert _rows(nlp(text)) == expected
