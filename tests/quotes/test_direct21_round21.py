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
  two keeps two quotes;
- a quoted sentence of its own, and the next sentence of its paragraph points back to it
  ("„…“ So kommentierte X den Beschluss.", "„…“ So X am Montag.", "„…“ Mit diesen Worten
  wandte sich X an …"): that sentence's subject is the speaker, also after an earlier
  quote of someone else; "So weit ist es …", "So steht es auf einem Transparent" name no
  one;
- a quote opened in one paragraph and closed in the next with no mark reopening it
  ("„A.\n\nB.“", "„A.\n\nB“, sagte sie."): one quote over the blank line, when the next
  paragraph's first quotation mark closes it; a quote no mark there closes ends with its
  paragraph.

News-style texts written for these tests; both label schemes.
Rows: ``(parts joined by " || ", speaker mention)`` in text order (``(kind, text, cue,
speaker mention, speaker_name)`` for the quotes pointed back to).
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows, quote_rows

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


OPENING = "Die Firma baut Stellen ab. „Wir werden nicht aufgeben.“ "
QUOTE = "„Wir werden nicht aufgeben.“"
KOLLER = "die Gewerkschafterin Maria Koller"

POINTED_BACK = [
    (
        OPENING + "So kommentierte die Gewerkschafterin Maria Koller den Beschluss.",
        [("direct", QUOTE, None, KOLLER, "Maria Koller")],
    ),
    (
        OPENING + "Mit diesen Worten wandte sich die Gewerkschafterin Maria Koller an alle.",
        [("direct", QUOTE, None, KOLLER, "Maria Koller")],
    ),
    (
        OPENING + "So die Gewerkschafterin Maria Koller am Montag.",
        [("direct", QUOTE, None, KOLLER, "Maria Koller")],
    ),
    (
        (
            "„Wir werden nicht aufgeben“, sagte Koller. „Der Vorstand muss einlenken.“ So "
            "kommentierte der Betriebsrat Hans Berger den Beschluss."
        ),
        [
            ("direct", "„Wir werden nicht aufgeben“", "sagte", "Koller", None),
            (
                "direct",
                "„Der Vorstand muss einlenken.“",
                None,
                "der Betriebsrat Hans Berger",
                "Hans Berger",
            ),
        ],
    ),
    # no one named: no speaker
    (OPENING + "So weit ist es aber noch nicht.", [("direct", QUOTE, None, None, None)]),
    (
        OPENING + "So steht es auf einem Transparent vor dem Werk.",
        [("direct", QUOTE, None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTED_BACK)
def test_pointed_back(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


PARAGRAPHS = [
    (
        (
            "Die Ministerin erklärte am Montag: „Wir haben alles versucht. Die Länder blockieren "
            "jede Reform.\n\nWir werden trotzdem weiterarbeiten.“\n\nDie Opposition widersprach."
        ),
        [
            (
                (
                    "„Wir haben alles versucht. Die Länder blockieren jede Reform.\n\nWir werden "
                    "trotzdem weiterarbeiten.“"
                ),
                "Die Ministerin",
            )
        ],
    ),
    (
        (
            "„Wir haben alles versucht. Die Länder blockieren jede Reform.\n\nWir werden "
            "trotzdem weiterarbeiten“, sagte die Ministerin am Montag."
        ),
        [
            (
                (
                    "„Wir haben alles versucht. Die Länder blockieren jede Reform.\n\nWir werden "
                    "trotzdem weiterarbeiten“"
                ),
                "die Ministerin",
            )
        ],
    ),
    # the next paragraph opens a quote of its own first: the open quote ends with its paragraph
    (
        (
            "Die Ministerin erklärte am Montag: „Wir haben alles versucht. Die Länder blockieren "
            "jede Reform.\n\nDie Opposition nannte das „Unsinn“."
        ),
        [
            (
                "„Wir haben alles versucht. Die Länder blockieren jede Reform.",
                "Die Ministerin",
            ),
            ("„Unsinn“", "Die Opposition"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_quotes_over_paragraphs(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected
