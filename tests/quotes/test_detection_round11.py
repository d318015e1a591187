"""Quote detection, eleventh round (issue 10), on news-style texts written for these tests.

- a slogan, inscription or statement in marks after a noun of a statement ("mit der
  Aufschrift „…“", "die Parole „…“", "Parolen wie zum Beispiel „…“", "Sprüche wie
  „…“ standen": ``statement_nouns``, across ``example_words``) is a direct quote, its
  speaker the subject before it, never the noun itself ("skandierten die Aktivisten
  Parolen wie „…“" -> "die Aktivisten"); a motto or a title ("unter dem Motto „…“",
  "Lieder wie „…“") stays no quote.

- a direct quote one party cites from another gets a copy for the citing party also when
  the entity recogniser does not know it ("„…“, zitiert Kurier-Online den Finanzminister";
  not "zitiert man"), when the parse hangs the agent as a modifier ("wie Huber von
  Heute-Online zitiert wird") and when the outlet in marks and the person's name make one
  phrase ("zitiert die „Handelszeitung“ Bruno Keller"); the outlet's name in marks, a
  speaker, is no quote of its own.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order (German, Austrian, Swiss).
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


STATEMENT_NOUNS = [
    # Austrian: an inscription on a banner
    (
        (
            "Vor dem Landhaus in Graz war ein Transparent mit der Aufschrift „Bildung statt"
            " Kürzung“ zu sehen."
        ),
        [("direct", "„Bildung statt Kürzung“", None, "ein Transparent", None)],
    ),
    # German: leaflets of a union
    (
        (
            "Die Gewerkschafter verteilten vor dem Werkstor Flugblätter mit der Aufschrift „Hände"
            " weg von unseren Renten“."
        ),
        [("direct", "„Hände weg von unseren Renten“", None, "Die Gewerkschafter", None)],
    ),
    # Swiss: slogans chanted, "wie" between noun and quote; the noun is no speaker
    (
        "Am Zürcher Paradeplatz skandierten die Klimaaktivisten Parolen wie „Kein Geld für Kohle“.",
        [("direct", "„Kein Geld für Kohle“", "skandierten", "die Klimaaktivisten", None)],
    ),
    # German: sayings on banners, "wie etwa" between
    (
        (
            "In der Kölner Innenstadt zogen Tausende Menschen mit Transparenten durch die Straßen,"
            " auf denen Sprüche wie etwa „Mieten runter, Löhne rauf“ standen."
        ),
        [("direct", "„Mieten runter, Löhne rauf“", None, None, None)],
    ),
    # Austrian: a slogan to be read; the banner it stands on is the source (round 18: the
    # Wikinews gold gives the place of written words, "Auf dem Fronttransparent war …")
    (
        "Auf dem Banner der Fans war die Parole „Nie wieder zweite Liga“ zu lesen.",
        [("direct", "„Nie wieder zweite Liga“", None, "dem Banner der Fans", None)],
    ),
]

CITED = [
    # Austrian: an outlet with no entity label as the citing subject
    (
        (
            "„Wir werden die Steuerreform noch heuer umsetzen“, zitiert Kurier-Online den"
            " Finanzminister."
        ),
        [
            (
                "direct",
                "„Wir werden die Steuerreform noch heuer umsetzen“",
                "zitiert",
                "den Finanzminister",
                None,
            ),
            (
                "direct",
                "Wir werden die Steuerreform noch heuer umsetzen",
                "zitiert",
                "Kurier-Online",
                None,
            ),
        ],
    ),
    # Swiss: the outlet in marks before the person's name
    (
        "„Das wird die größte Messe aller Zeiten“, zitiert die „Handelszeitung“ Bruno Keller.",
        [
            (
                "direct",
                "„Das wird die größte Messe aller Zeiten“",
                "zitiert",
                "Bruno Keller",
                "Bruno Keller",
            ),
            (
                "direct",
                "Das wird die größte Messe aller Zeiten",
                "zitiert",
                "die „Handelszeitung“",
                "Handelszeitung",
            ),
        ],
    ),
    # Austrian: a passive with the outlet as "von" agent
    (
        (
            "Man habe keine Wahl gehabt, „weil die Kassen leer sind“, wie Huber von"
            " Heute-Online zitiert wird."
        ),
        [
            (
                "mixed",
                "Man habe keine Wahl gehabt, „weil die Kassen leer sind“",
                "wie … zitiert",
                "Huber",
                "Huber",
            ),
            ("direct", "„weil die Kassen leer sind“", "wie … zitiert", "Huber", "Huber"),
            ("direct", "weil die Kassen leer sind", "wie … zitiert", "Heute-Online", None),
        ],
    ),
    # German: "man" cites, no copy
    (
        "„Wir haben nichts zu verbergen“, zitiert man den Bürgermeister.",
        [("direct", "„Wir haben nichts zu verbergen“", "zitiert", "den Bürgermeister", None)],
    ),
]

NOTHING = [
    # Austrian: a motto is a name of the event
    "Unter dem Motto „Wien bleibt offen“ fand am Samstag ein Fest am Rathausplatz statt.",
    # Swiss: the same, at the end
    "Die Gemeinde Kriens veranstaltet das Fest auch heuer unter dem Motto „Gemeinsam feiern“.",
    # German: song titles after "wie"
    "Die Band spielte Lieder wie „Griechischer Wein“ und „Ein Bett im Kornfeld“.",
]


@pytest.mark.parametrize("text, expected", STATEMENT_NOUNS)
def test_quote_after_a_statement_noun(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_mottos_and_titles_yield_nothing(ud_nlp, text):
    assert _rows(ud_nlp(text)) == []


@pytest.mark.parametrize("text, expected", CITED)
def test_cited_quote_copy_for_the_citing_party(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected
