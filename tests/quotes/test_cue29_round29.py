"""Cues and frame content of round 29 (issue 10): classes the lead engineer found by probing
the engine with newly written news sentences.

- a question put TO the speaker, opened by a participle of being asked ("Gefragt, ob …",
  "Darauf angesprochen, ob …", "Befragt, warum …", ``asked_participles``), is not the
  speaker's statement: the answer after the frame is (:mod:`pipeline.quotes.question_topics`);
  a direct answer is the direct quote alone; an asked question ("Journalisten fragten X,
  ob …") and a topic with no question ("Angesprochen auf die Vorwürfe, …") stay;
- "hielt dagegen", "hielt (dem) entgegen" are speech verbs (dagegenhalten, entgegenhalten):
  the row has its cue and speaker, not a continuation; a team that "hielt dagegen und
  gewann" says nothing;
- a speech verb with a reflexive and a separable particle not its own ("Da drängt sich der
  Verdacht auf, dass …", ``reflexive_shift_particles``) is another verb: no row; "drängt
  darauf, dass …" stays;
- "überlegen" (``deliberation_lemmas``) frames only after what it frames ("…, überlegt
  er."): "überlegt, ob …", "überlegt, X zu tun" is thinking it over;
- "bemerken" in the sense of perceiving (``noticing_lemmas``): negated, in an "als" clause,
  or with a "wenn" clause after it: no row; "bemerkte, dass … sei" and a direct quote stay;
- "anbieten" with a thing offered (``offering_lemmas``: an accusative noun object, or a
  passive subject: "nicht die Möglichkeit anbietet, …") is no speech; an offer to someone
  ("bot den Anrainern an, …") stays;
- the writer's note in a modal passive whose parsed subject is an adverb ("Grundsätzlich
  muss gesagt werden, dass …") and the jussive "Es sei darauf hingewiesen, dass …"
  (``jussive_forms``): no row; a perfect passive ("sei darauf hingewiesen worden") stays.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        "Gefragt, ob er zurücktrete, sagte Weber, das komme nicht in Frage.",
        [("indirect", "das komme nicht in Frage", "sagte", "Weber", "Weber")],
    ),
    (
        (
            "Darauf angesprochen, ob sie kandidiere, meinte die Stadträtin, sie wolle sich "
            "das noch überlegen."
        ),
        [("indirect", "sie wolle sich das noch überlegen", "meinte", "die Stadträtin", None)],
    ),
    (
        "Befragt, warum er gegangen sei, antwortete der Trainer, er sei müde gewesen.",
        [("indirect", "er sei müde gewesen", "antwortete", "der Trainer", None)],
    ),
    (
        (
            "Gefragt, ob die Schule schließe, sagte Bürgermeisterin Anna Berger: "
            "„Das steht nicht zur Debatte.“"
        ),
        [
            (
                "direct",
                "„Das steht nicht zur Debatte.“",
                "sagte",
                "Bürgermeisterin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    # stays: the speaker's own clause ("Man habe sich gefragt", "Sie sei gefragt worden"),
    # a question noun (round 27), an asked question, a topic with no question
    (
        "Sie sei gefragt worden, ob sie kandidiere, sagte Huber.",
        [("indirect", "Sie sei gefragt worden, ob sie kandidiere", "sagte", "Huber", "Huber")],
    ),
    (
        "Auf die Frage, ob er zurücktreten werde, sagte Weber, das komme nicht in Frage.",
        [("indirect", "das komme nicht in Frage", "sagte", "Weber", "Weber")],
    ),
    (
        "Journalisten fragten den Minister, ob er zurücktreten werde.",
        [("indirect", "ob er zurücktreten werde", "fragten", "Journalisten", None)],
    ),
    (
        "Angesprochen auf die Vorwürfe, sagte die Ministerin, sie habe nichts falsch gemacht.",
        [("indirect", "sie habe nichts falsch gemacht", "sagte", "die Ministerin", None)],
    ),
    (
        (
            "Der Verteidiger erklärte, sein Mandant sei unschuldig. Der Staatsanwalt hielt "
            "dagegen, die Beweise seien erdrückend."
        ),
        [
            ("indirect", "sein Mandant sei unschuldig", "erklärte", "Der Verteidiger", None),
            (
                "indirect",
                "die Beweise seien erdrückend",
                "hielt … dagegen",
                "Der Staatsanwalt",
                None,
            ),
        ],
    ),
    (
        "Die Gewerkschaft hielt dem Minister entgegen, die Löhne seien seit Jahren zu niedrig.",
        [
            (
                "indirect",
                "die Löhne seien seit Jahren zu niedrig",
                "hielt … entgegen",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    (
        "Dem hält die Bürgermeisterin entgegen, dass die Stadt kein Geld habe.",
        [
            (
                "indirect",
                "dass die Stadt kein Geld habe",
                "hält … entgegen",
                "die Bürgermeisterin",
                None,
            )
        ],
    ),
    ("Die Mannschaft hielt dagegen und gewann das Spiel.", []),
    ("Da drängt sich der Verdacht auf, dass die Firma Geld verschoben hat.", []),
    ("Es drängt sich die Frage auf, ob die Regierung davon wusste.", []),
    (
        "Die Opposition drängt darauf, dass die Steuer gesenkt wird.",
        [("indirect", "dass die Steuer gesenkt wird", "drängt", "Die Opposition", "Opposition")],
    ),
    ("Viele Familien überlegen, ob sie heuer in den Urlaub fahren.", []),
    ("Der Konzern überlegt, das Werk in Linz zu schließen.", []),
    (
        "Das werde schwierig, überlegt der Trainer.",
        [("indirect", "Das werde schwierig", "überlegt", "der Trainer", None)],
    ),
    ("Früher bemerkte er, wenn ihm jemand folgte.", []),
    ("Niemand bemerkte, wie der Dieb das Haus verließ.", []),
    ("Sie bemerkte nicht, dass die Tür offen stand.", []),
    (
        "Der Richter bemerkte am Rande, dass die Akte unvollständig sei.",
        [("indirect", "dass die Akte unvollständig sei", "bemerkte", "Der Richter", None)],
    ),
    (
        "„Das ist ein schöner Erfolg“, bemerkte die Bürgermeisterin.",
        [("direct", "„Das ist ein schöner Erfolg“", "bemerkte", "die Bürgermeisterin", None)],
    ),
    (
        "Schade ist, dass der Hersteller nicht die Möglichkeit anbietet, mehrere Konten zu verbinden.",
        [],
    ),
    ("Im Museum werden Schulklassen Führungen angeboten, die sonst nicht möglich wären.", []),
    (
        "Die Stadt bot den Anrainern an, die Kosten zu übernehmen.",
        [("indirect", "die Kosten zu übernehmen", "bot … an", "Die Stadt", None)],
    ),
    (
        "Vor drei Jahren hatte die Firma den Behörden angeboten, den Müll zu entsorgen.",
        [("indirect", "den Müll zu entsorgen", "angeboten", "die Firma", None)],
    ),
    ("Grundsätzlich muss gesagt werden, dass die Lage ruhig ist.", []),
    ("Es sei darauf hingewiesen, dass die Studie klein ist.", []),
    (
        "Er sei darauf hingewiesen worden, dass das Parken verboten sei.",
        [("indirect", "dass das Parken verboten sei", "hingewiesen", None, None)],
    ),
    (
        "Der Minister wies darauf hin, dass die Daten unvollständig seien.",
        [("indirect", "dass die Daten unvollständig seien", "wies … hin", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[t[:40] for t, _ in DOCUMENTS])
def test_cue29_rows(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
