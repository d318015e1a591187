"""Cues of round 22b (issue 10, precision on unseen text): the derStandard checks' classes.

- a "nach" phrase that is what is sought or asked for ("Die Polizei sucht nach Zeugen",
  "fahnden nach Informationen", ``sought_heads``) names no source, although its noun is
  one of the source nouns of ``nach_angaben``; "Nach Angaben von Zeugen …" and "Nach
  Zeugenaussagen …" stay sources;
- "fragen" with "sich" and the impersonal "es" ("Es fragt sich, ob …", "Da fragt es sich,
  ob …") says what is questionable, no one asks; "Viele Anrainer fragen sich, ob …" stays;
- "gefragt" with a copula ("ist ein Denken gefragt, das …") is "in demand", no speech;
  "wurde gefragt, ob …" stays;
- the words before a frame that are the parse's subject of the frame verb, one noun
  phrase with its relative clause ("Der Vorsitzende der Partei, der … gilt, wies Kritik
  zurück"), are no content before the frame; "Die Lage sei ernst, sagte der Minister"
  stays;
- a "so" right after a dash opens a clause of its own ("… umgehen zu wollen – so, dass
  …"): no degree word of a result clause, the statement stays; "sprach so leise, dass …"
  stays no statement;
- "anfragen" with a "whether" clause ("hat beim Produzenten angefragt, ob …") frames it;
- a main clause with a pronoun subject and an indicative verb after the frame's comma
  ("Der Konzern verspricht viel, wir forschen nach, ob …") owns the later "ob"/"dass"
  clause: no content of the first verb.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    ("Die Polizei sucht nach Zeugen, die den Unfall beobachtet haben.", []),
    ("Die Ermittler fahnden nach Informationen über den Verbleib des Mannes.", []),
    (
        "Nach Angaben von Zeugen sei der Wagen zu schnell gefahren.",
        [("indirect", "sei der Wagen zu schnell gefahren", "Nach Angaben von", "Zeugen", None)],
    ),
    (
        "Nach Zeugenaussagen soll der Mann geflohen sein.",
        [
            (
                "indirect",
                "soll der Mann geflohen sein",
                "Nach Zeugenaussagen",
                "Zeugenaussagen",
                None,
            )
        ],
    ),
    ("Es fragt sich, ob das Projekt noch zu retten ist.", []),
    ("Da fragt es sich, ob das Projekt noch zu retten ist.", []),
    (
        "Viele Anrainer fragen sich, ob das Projekt noch zu retten ist.",
        [("indirect", "ob das Projekt noch zu retten ist", "fragen", "Viele Anrainer", None)],
    ),
    ("In dieser Lage ist ein Denken gefragt, das über den Tag hinausgeht.", []),
    (
        "Der Minister wurde gefragt, ob er zurücktrete.",
        [("indirect", "ob er zurücktrete", "gefragt", None, None)],
    ),
    (
        (
            "Der Vorsitzende der Partei, der als starker Mann hinter der Regierung gilt, wies "
            "Kritik am Montag zurück."
        ),
        [
            (
                "reported",
                (
                    "Der Vorsitzende der Partei, der als starker Mann hinter der Regierung "
                    "gilt, wies Kritik am Montag zurück."
                ),
                "wies … zurück",
                "Der Vorsitzende der Partei",
                None,
            )
        ],
    ),
    (
        "Die Lage sei ernst, sagte der Minister.",
        [("indirect", "Die Lage sei ernst", "sagte", "der Minister", None)],
    ),
    (
        (
            "Die Ministerin betonte, mit der Opposition fair umgehen zu wollen – so, dass das "
            "Vertrauen nicht leidet."
        ),
        [
            (
                "indirect",
                "dass das Vertrauen nicht leidet",
                "betonte",
                "Die Ministerin",
                None,
            )
        ],
    ),
    ("Der Minister sprach so leise, dass ihn niemand verstand.", []),
    (
        (
            "Der Sänger hat per SMS beim Produzenten angefragt, ob Interesse an einer "
            "Zusammenarbeit bestünde."
        ),
        [
            (
                "indirect",
                "ob Interesse an einer Zusammenarbeit bestünde",
                "angefragt",
                "Der Sänger",
                None,
            )
        ],
    ),
    ("Die Redaktion hat bei der Ministerin angefragt, eine Antwort steht noch aus.", []),
    ("Der Konzern verspricht viel, wir forschen nach, ob das stimmt.", []),
    (
        "Der Konzern verspricht, dass die Daten sicher bleiben.",
        [("indirect", "dass die Daten sicher bleiben", "verspricht", "Der Konzern", None)],
    ),
]


@pytest.mark.parametrize("text,expected", DOCUMENTS)
def test_cue22b_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected
