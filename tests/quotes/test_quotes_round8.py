"""Quote recall, eighth round (issue 10), on news-style texts written for these tests.

- a direct quote one party cites from another ("„…“, zitiert der ORF den Bürgermeister")
  is the words of the one and a statement of the other: two rows, the copy spanning the
  words inside the marks, each with its own speaker;
- ", so X" followed by the source's place and time (no verb) still closes the sentence;
- "nach X Meinung" with a genitive name ("Nach Ludwigs Meinung"), "nach eigenem Bekunden"
  and a law as source ("Nach dem Grundgesetz") are cue patterns;
- a "wie" clause after a connective frames the sentence ("Denn wie die Zeitung berichtete");
- a continuation the rules rate low stays without a speaker mention when its calibrated
  confidence is high enough, but never in the first sentence of a text.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order (German, Austrian, Swiss).
"""

from __future__ import annotations

import pytest

from pipeline.quotes.context import Quote
from pipeline.quotes.engine import _rescuable


def _rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


CITED = [
    # Austrian: the broadcaster cites the mayor (the words are the mayor's, as in the Swiss
    # and passive cases; the copy inside the marks goes to the broadcaster)
    (
        "„Wir haben die Lage im Griff“, zitiert der ORF den Wiener Bürgermeister Michael Ludwig.",
        [
            (
                "direct",
                "„Wir haben die Lage im Griff“",
                "zitiert",
                "den Wiener Bürgermeister Michael Ludwig",
                "Michael Ludwig",
            ),
            ("direct", "Wir haben die Lage im Griff", "zitiert", "der ORF", "ORF"),
        ],
    ),
    # Swiss: "zitierte X mit den Worten: „…“"
    (
        (
            "Ein Radiosender zitierte die Zürcher Stadträtin Corine Mauch mit den Worten: "
            "„Die Tramlinie kommt.“"
        ),
        [
            (
                "direct",
                "„Die Tramlinie kommt.“",
                "zitierte",
                "die Zürcher Stadträtin Corine Mauch",
                "Corine Mauch",
            ),
            ("direct", "Die Tramlinie kommt.", "zitierte", "Ein Radiosender", None),
        ],
    ),
    # German, passive: the person cited and the paper that cites
    (
        (
            "Die Bürgermeisterin Henriette Reker wird von der „Süddeutschen Zeitung“ zitiert: "
            "„Wir bauen weiter.“"
        ),
        [
            (
                "direct",
                "„Wir bauen weiter.“",
                "zitiert",
                "Die Bürgermeisterin Henriette Reker",
                "Henriette Reker",
            ),
            (
                "direct",
                "Wir bauen weiter.",
                "zitiert",
                "der „Süddeutschen Zeitung“",
                "Süddeutsche Zeitung",
            ),
        ],
    ),
    # a passive citing verb and the document the words are cited in
    (
        (
            "In der Meldung auf der firmeneigenen Seite wird Musk wie folgt zitiert: "
            "„Wir starten bald wieder.“"
        ),
        [
            (
                "direct",
                "„Wir starten bald wieder.“",
                "wird Musk wie folgt zitiert",
                "Musk",
                "Elon Musk",
            ),
            (
                "direct",
                "Wir starten bald wieder.",
                "wird Musk wie folgt zitiert",
                "In der Meldung auf der firmeneigenen Seite",
                None,
            ),
        ],
    ),
    # German: a plain speech verb cites nobody -- one row
    (
        "„Wir bauen weiter“, sagte die Bürgermeisterin Henriette Reker in Köln.",
        [
            (
                "direct",
                "„Wir bauen weiter“",
                "sagte",
                "die Bürgermeisterin Henriette Reker",
                "Henriette Reker",
            )
        ],
    ),
    # a citation with no quotation marks and no Konjunktiv: nothing
    ("Die Zeitung zitiert in ihrem Bericht mehrere Studien aus Bern.", []),
]


@pytest.mark.parametrize("text, expected", CITED, ids=[c[0][:40] for c in CITED])
def test_cited_direct_quote_has_a_row_per_party(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


def _quote(kind: str, unit: int, speaker=None) -> Quote:
    return Quote(kind, [(3, 9)], 0.45, "rule", unit, speaker)


@pytest.mark.parametrize(
    "quote, rescuable",
    [
        (_quote("continuation", 2), True),  # "Auch seien dort Häuser beschädigt worden."
        (_quote("continuation", 0), False),  # the text opens with it: goes on from nothing
        (_quote("direct", 2), False),  # a low-rated direct quote needs a speaker
        (_quote("direct", 2, (0, 2)), True),
        (_quote("indirect", 1), False),
    ],
)
def test_which_low_rated_quotes_may_be_rescued(quote, rescuable):
    assert _rescuable(quote) is rescuable


def test_orphan_that_opens_the_text_yields_nothing(ud_nlp):
    doc = ud_nlp("Der Brennerpass sei gesperrt und die Umleitung über Innsbruck überlastet.")
    assert list(doc.spans["quotes"]) == []


SO_SOURCE = [
    # Austrian: place and time after the source
    (
        (
            "Die Pensionen sind sicher, so der Sozialminister am Rande des Parteitags in Linz "
            "nach der Abstimmung."
        ),
        [("indirect", "Die Pensionen sind sicher", "so", "der Sozialminister", None)],
    ),
    # German
    (
        (
            "Der Neubau wird teurer als geplant, so die Sprecherin der Stadt Köln am Mittwoch "
            "nach der Ratssitzung im Rathaus."
        ),
        [
            (
                "indirect",
                "Der Neubau wird teurer als geplant",
                "so",
                "die Sprecherin der Stadt Köln",
                None,
            )
        ],
    ),
    # "so zum Beispiel": an example, no source -- nothing
    ("Die Preise steigen, so zum Beispiel bei Brot, Milch und Butter in allen Filialen.", []),
]


@pytest.mark.parametrize("text, expected", SO_SOURCE, ids=[c[0][:40] for c in SO_SOURCE])
def test_so_source_with_place_and_time(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


NACH_SOURCE = [
    (
        "Nach Ludwigs Meinung ist die Stadt für den Winter gut gerüstet.",
        [
            (
                "indirect",
                "ist die Stadt für den Winter gut gerüstet",
                "Nach Ludwigs Meinung",
                "Ludwigs Meinung",
                "Ludwig",
            )
        ],
    ),
    (
        "Die Bundesrätin war nach eigenem Bekunden über die Pläne nicht informiert.",
        [
            (
                "indirect",
                "Die Bundesrätin war nach eigenem Bekunden über die Pläne nicht informiert",
                "nach eigenem Bekunden",
                "eigenem Bekunden",
                None,
            )
        ],
    ),
    (
        "Nach dem Grundgesetz bestimmt der Bundeskanzler die Richtlinien der Politik.",
        [
            (
                "indirect",
                "bestimmt der Bundeskanzler die Richtlinien der Politik",
                "Nach dem Grundgesetz",
                "dem Grundgesetz",
                None,
            )
        ],
    ),
    # "nach" of time and place: nothing
    ("Nach Hause fuhr der Bürgermeister erst spät am Abend.", []),
    ("Nach dem Spiel feierten die Fans in Basel bis in die Morgenstunden.", []),
]


@pytest.mark.parametrize("text, expected", NACH_SOURCE, ids=[c[0][:40] for c in NACH_SOURCE])
def test_nach_source_patterns(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


AS_AFTER_LEAD = [
    (
        "Denn wie die Zeitung berichtete, leidet der Schauspieler an Alzheimer.",
        [
            (
                "indirect",
                "leidet der Schauspieler an Alzheimer",
                "wie … berichtete",
                "die Zeitung",
                None,
            )
        ],
    ),
    (
        "Doch wie der ORF am Montag meldete, bleibt die Westbahn gesperrt.",
        [("indirect", "bleibt die Westbahn gesperrt", "wie … meldete", "der ORF", "ORF")],
    ),
    # "wie" as a question word after the connective: nothing
    ("Und wie es weitergeht, weiß in Bern noch niemand.", []),
]


@pytest.mark.parametrize("text, expected", AS_AFTER_LEAD, ids=[c[0][:40] for c in AS_AFTER_LEAD])
def test_as_clause_after_a_connective(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected
