"""Speaker mentions of round 24 (issue 10, "Speakers"): the frame's words that name the
speaker.

- a plural subject after its verb that the parse took for the object ("Auf die Frage, ob
  …, antworteten die Eltern, dass …"): a finite verb in the third person plural with no
  subject, followed by a plural noun phrase no object-only word opens, has it as its
  subject; a verb with a subject of its own keeps it ("kritisierten sie die
  Schiedsrichter");
- a genitive name before a participle attribute and its noun ("sagte Badawis nach Kanada
  geflüchtete Ehefrau Ensaf Haidar"): the noun's phrase speaks, not the possessor; a name
  before an occasion phrase stays cut there ("sagte Hans im Interview mit der Zeitung");
- a body's or an office's name over its field when the parse hung the field on the verb
  ("sagte die Internationale Organisation für Migration (IOM)", "sagte der EU-Kommissar
  für Energie Günther Oettinger"): marked by an abbreviation in brackets, a person's name
  after it or a capitalised adjective in the name; a field with an article or no mark stays
  as the parse gave it ("der Minister für die Opposition");
- a set phrase of the setting taken for the source of a passive speech verb ("In diesem
  Zusammenhang wurde betont, dass …", "Im Vorfeld wurde gefordert"): no speaker; a
  document in the same place speaks ("In der Erklärung wurde betont").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "Auf die Frage, ob sie den Sohn vermissen, antworteten die Eltern, dass sie "
            "jeden Tag an ihn denken."
        ),
        [("die Eltern", None)],
    ),
    (
        "Auf die Frage nach ihrer Zukunft antworteten die Spieler, dass sie bleiben wollten.",
        [("die Spieler", None)],
    ),
    (
        "Am Montag warnten die Gewerkschaften, dass die Reform Arbeitsplätze koste.",
        [("die Gewerkschaften", None)],
    ),
    # a subject of its own: the plural object stays out
    (
        "Nach dem Spiel kritisierten sie die Schiedsrichter, dass diese parteiisch gewesen seien.",
        [("sie", None)],
    ),
    (
        "Die Strafe sei unmenschlich, sagte Badawis nach Kanada geflüchtete Ehefrau Ensaf Haidar.",
        [("Badawis nach Kanada geflüchtete Ehefrau Ensaf Haidar", "Ensaf Haidar")],
    ),
    (
        "Der Vertrag sei gültig, erklärte Putins langjähriger Berater Juri Uschakow.",
        [("Putins langjähriger Berater Juri Uschakow", "Juri Uschakow")],
    ),
    # a name before an occasion phrase: the mention ends with the name
    (
        "Die Strafe sei unmenschlich, sagte Hans im Interview mit der Zeitung.",
        [("Hans", "Hans")],
    ),
    ("Die Strafe sei unmenschlich, sagte Klaus nach der Sitzung.", [("Klaus", "Klaus")]),
    (
        "Die Lage sei dramatisch, sagte die Internationale Organisation für Migration (IOM).",
        [("die Internationale Organisation für Migration (IOM)", "IOM")],
    ),
    (
        "Die Ursache sei unklar, erklärte die französische Aufsichtsbehörde für Luftfahrt (DGAC).",
        [("die französische Aufsichtsbehörde für Luftfahrt (DGAC)", "Aufsichtsbehörde")],
    ),
    (
        "Die Preise würden steigen, sagte der EU-Kommissar für Energie Günther Oettinger.",
        [("der EU-Kommissar für Energie Günther Oettinger", "Günther Oettinger")],
    ),
    # a field with an article: as the parse gave it
    (
        "Die Reform komme zu spät, sagte der Minister für die Opposition am Montag.",
        [("der Minister für die Opposition", None)],
    ),
    (
        "Die Reform komme zu spät, warnte die Weltgesundheitsorganisation (WHO) am Montag.",
        [("die Weltgesundheitsorganisation (WHO)", "Weltgesundheitsorganisation")],
    ),
    ("In diesem Zusammenhang wurde betont, dass die Reform notwendig sei.", [(None, None)]),
    ("Im Vorfeld wurde gefordert, dass die Gebühren sinken.", [(None, None)]),
    (
        "In diesem Zusammenhang sagte der Minister, dass die Reform notwendig sei.",
        [("der Minister", None)],
    ),
    ("In der Erklärung wurde betont, dass die Reform notwendig sei.", [("der Erklärung", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions_round24(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
