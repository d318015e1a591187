"""Direct quotes and spans of round 21 (issue 10, direct recall and spans on unseen text).

- a dateline of up to five words, the marks between them not counted, after a title and
  teaser in the same paragraph: a list of places joined by slashes, each of at most two
  words ("Wien/Spielfeld/Athen/Belgrad – Die …", "Amstetten/St. Pölten – Über …"), a
  place with an abbreviation ("St. Pölten") or a region in brackets ("Salt Lake City
  (Utah) – Die …"): what the body reports starts after it, not in the title; a dash in a
  sentence of the title ("Die Lösung liegt in Europa – Die …") is no dateline;
- a quote interrupted by its frame whose first part alone reads as a name or is rated
  low ("„Das Problem“, sagte X, „ist nicht neu.“", "„Ich glaube“, so X, „dass …“"): the
  part after the frame goes on with the sentence (a lowercase word after its mark, no stop
  before the first closing mark), so both parts are one quote; a full stop between the
  two keeps two quotes.

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows

DATELINES = [
    (
        (
            "Hunderte Menschen warten an der Grenze – Lage in Österreich ruhig. "
            "Wien/Spielfeld/Athen/Belgrad – Die Regierung will am Mittwoch ein neues Konzept "
            "vorlegen. Das kündigte der Kanzler am Montag an."
        ),
        [("Die Regierung will am Mittwoch ein neues Konzept vorlegen || Das", "der Kanzler")],
    ),
    (
        (
            "Firma meldet Insolvenz an. Amstetten/St. Pölten – Über das Vermögen der Firma ist "
            "ein Verfahren eröffnet worden. Das teilte der Kreditschutzverband am Freitag mit."
        ),
        [
            (
                "Über das Vermögen der Firma ist ein Verfahren eröffnet worden || Das",
                "der Kreditschutzverband",
            )
        ],
    ),
    (
        (
            "Serie hält auch in Utah. Salt Lake City (Utah) – Die Mannschaft hat ihr zwölftes "
            "Spiel in Folge gewonnen. Das bestätigte der Verein am Sonntag."
        ),
        [("Die Mannschaft hat ihr zwölftes Spiel in Folge gewonnen || Das", "der Verein")],
    ),
    # a dash inside a sentence of the title: no dateline, the span stays as it was
    (
        (
            "Neue Regeln für den Handel. Die Lösung liegt in Europa – Die Regierung will am "
            "Mittwoch ein neues Konzept vorlegen. Das kündigte der Kanzler am Montag an."
        ),
        [
            (
                (
                    "Neue Regeln für den Handel. Die Lösung liegt in Europa – Die Regierung "
                    "will am Mittwoch ein neues Konzept vorlegen || Das"
                ),
                "der Kanzler",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_long_datelines(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


INTERRUPTED = [
    (
        "„Das Problem“, sagte Innenministerin Anna Berger, „ist nicht neu.“",
        [("„Das Problem“ || „ist nicht neu.“", "Innenministerin Anna Berger")],
    ),
    (
        "„Ich glaube“, so Berger, „dass wir das schaffen.“",
        [("„Ich glaube“ || „dass wir das schaffen.“", "Berger")],
    ),
    (
        "„Wir haben alles versucht“, sagte Innenministerin Berger, „aber die Länder blockieren.“",
        [("„Wir haben alles versucht“ || „aber die Länder blockieren.“", "Innenministerin Berger")],
    ),
    # a full stop after the frame: two statements
    (
        "„Wir haben alles versucht“, sagte Berger am Montag. „Aber die Länder blockieren.“",
        [("„Wir haben alles versucht“", "Berger"), ("„Aber die Länder blockieren.“", "Berger")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED)
def test_interrupted_quotes(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
