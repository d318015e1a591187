"""Speakers a quote with none takes from the statement next to it (round 16):

- backward: a Konjunktiv sentence with no speaker right before a statement, in its
  paragraph, whose frame follows its content (", so Huber.", ", sagte Stadtrat Gruber")
  is that speaker's too; not across a sentence of the writer's, a paragraph break or a
  statement whose frame comes first;
- forward: "Weiter hieß es: …", "Zudem hieß es, …" go on with the speaker of the statement
  right before; not with a source of their own ("hieß es in einer Aussendung"), without a
  "further" connective or across a paragraph break.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

WAIT = "Seit Monaten warten die Techniker auf ein Signal der Sonde."
ORPHAN = "Bis Ende März werde man noch auf Funksprüche achten."
SO = "Danach muss man realistisch sein, so Projektleiterin Huber."
SO_ROW = ("indirect", "Danach muss man realistisch sein", "so", "Projektleiterin Huber", "Huber")
ORF = "Das Programm werde ausgeweitet, teilte der ORF am Dienstag mit."
ORF_ROW = ("indirect", "Das Programm werde ausgeweitet", "teilte … mit", "der ORF", "ORF")
NEWS = "Die Nachrichten gibt es ab sofort auch auf Türkisch"

CASES = [
    (
        f"{WAIT} {ORPHAN} {SO}",
        [("continuation", ORPHAN, None, "Projektleiterin Huber", "Huber"), SO_ROW],
    ),
    (
        (
            "Der Umbau des Bahnhofs verzögert sich. Die Kosten seien um ein Drittel gestiegen. "
            "Wir rechnen mit einer Eröffnung im Herbst, sagte Stadtrat Gruber am Montag."
        ),
        [
            (
                "continuation",
                "Die Kosten seien um ein Drittel gestiegen.",
                None,
                "Stadtrat Gruber",
                "Gruber",
            ),
            (
                "indirect",
                "Wir rechnen mit einer Eröffnung im Herbst",
                "sagte",
                "Stadtrat Gruber",
                "Gruber",
            ),
        ],
    ),
    (
        # a sentence of the writer's between: no one's
        f"{WAIT} {ORPHAN} Die Sonde war im Jahr 2014 gestartet. {SO}",
        [("continuation", ORPHAN, None, None, None), SO_ROW],
    ),
    (
        # the statement is another paragraph's
        f"{WAIT} {ORPHAN}\n\n{SO}",
        [("continuation", ORPHAN, None, None, None), SO_ROW],
    ),
    (
        f"{ORF} Weiter hieß es: {NEWS}.",
        [ORF_ROW, ("indirect", NEWS, "hieß es", "der ORF", "ORF")],
    ),
    (
        (
            "Die Regierung plane keine neuen Steuern, sagte Finanzministerin Berger am Montag. "
            "Zudem hieß es, die Pensionen würden im Jänner erhöht."
        ),
        [
            (
                "indirect",
                "Die Regierung plane keine neuen Steuern",
                "sagte",
                "Finanzministerin Berger",
                "Berger",
            ),
            (
                "indirect",
                "die Pensionen würden im Jänner erhöht",
                "hieß es",
                "Finanzministerin Berger",
                "Berger",
            ),
        ],
    ),
    (
        # a source of its own
        (
            f"{ORF} Weiter hieß es in einer Aussendung der Gewerkschaft: "
            "Die Mitarbeiter seien nicht gefragt worden."
        ),
        [
            ORF_ROW,
            (
                "indirect",
                "Die Mitarbeiter seien nicht gefragt worden",
                "hieß es",
                "einer Aussendung der Gewerkschaft",
                "Gewerkschaft",
            ),
        ],
    ),
    (
        # no "further" connective
        f"{ORF} Am Abend hieß es dann: {NEWS}.",
        [ORF_ROW, ("indirect", NEWS, "hieß es", None, None)],
    ),
    (
        # another paragraph
        f"{ORF}\n\nWeiter hieß es: {NEWS}.",
        [ORF_ROW, ("indirect", NEWS, "hieß es", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speaker_from_the_statement_next_to_it(nlp, text, expected):
    assert _rows(nlp(text)) == expected
