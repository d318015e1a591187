"""Direct quotes of round 26 (issue 10, "direct speech and spans"): every quotation-mark
style German outlets and archives use, and quotes whose closing mark is missing.

- „…“, “…”, "…", »…« and «…» (Swiss, Austrian and book style), ”…” (both marks the closing
  curly one, as some archives type them), and the same with a space inside the marks
  („ Wir kommen “, « Wir kommen »: OCR and archive copies); nested ‚…‘, '…', ›…‹, ‹…›; a
  quote over two paragraphs (the first left open, the next reopened); a quote interrupted
  by its frame; an apostrophe inside ("geht's", "Rock'n'Roll"); a quote after a colon; a
  quoted word after "von einem" and a title in marks (no row);
- a mark right before a comma or a sentence's end opens nothing (the closing » of
  « Wir kommen » opened a quote that ran to the paragraph's end) (:mod:`pipeline.quotes.marks`);
- a quote whose closing mark is missing ends before the frame inside it ("„Wir bleiben,
  sagte er."), not after a colon frame and not at ", sagen wir mal" (the speaker's own
  words) (:mod:`pipeline.quotes.open_frames`);
- speech after a colon without marks under a role with its article ("Der Trainer nach dem
  Spiel: Wir …", "Dazu der Bürgermeister: Wir …", "Ein Sprecher der Polizei: Wir …"),
  before first-person words only; not under a noun that is no role ("Die Mannschaft nach
  dem Spiel:"), not before third-person words (:mod:`pipeline.quotes.colon_speech`);
- a crosshead joined to its paragraph whose infinitive the tagger calls an adjective and
  whose next sentence opens with a surname the tagger calls a noun ("Boehner könnte Obama
  verklagen Boehner schloss …") is a unit of its own, not part of the continuation
  (:mod:`pipeline.quotes.units`).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from pipeline.quotes.data import QuoteRules
from pipeline.quotes.marks import MarkFinder
from pipeline.resources import rules_dir
from tests.conftest import quote_rows

DOCUMENTS = [
    (
        "„Wir werden die Steuern nicht erhöhen“, sagte der Finanzminister am Montag in Berlin.",
        [("direct", "„Wir werden die Steuern nicht erhöhen“", "sagte", "der Finanzminister", None)],
    ),
    (
        "“Wir werden die Steuern nicht erhöhen”, sagte der Finanzminister am Montag in Berlin.",
        [("direct", "“Wir werden die Steuern nicht erhöhen”", "sagte", "der Finanzminister", None)],
    ),
    (
        '"Wir werden die Steuern nicht erhöhen", sagte der Finanzminister am Montag in Berlin.',
        [("direct", '"Wir werden die Steuern nicht erhöhen"', "sagte", "der Finanzminister", None)],
    ),
    (
        "»Wir werden die Steuern nicht erhöhen«, sagte der Finanzminister am Montag in Berlin.",
        [("direct", "»Wir werden die Steuern nicht erhöhen«", "sagte", "der Finanzminister", None)],
    ),
    (
        "«Wir werden die Steuern nicht erhöhen», sagte der Finanzminister am Montag in Berlin.",
        [("direct", "«Wir werden die Steuern nicht erhöhen»", "sagte", "der Finanzminister", None)],
    ),
    (
        "”Wir werden die Steuern nicht erhöhen”, sagte der Finanzminister am Montag in Berlin.",
        [("direct", "”Wir werden die Steuern nicht erhöhen”", "sagte", "der Finanzminister", None)],
    ),
    (
        "„ Wir werden die Steuern nicht erhöhen “, sagte der Finanzminister am Montag in Berlin.",
        [
            (
                "direct",
                "„ Wir werden die Steuern nicht erhöhen “",
                "sagte",
                "der Finanzminister",
                None,
            )
        ],
    ),
    (
        "« Wir werden die Steuern nicht erhöhen », sagte der Finanzminister am Montag in Berlin.",
        [
            (
                "direct",
                "« Wir werden die Steuern nicht erhöhen »",
                "sagte",
                "der Finanzminister",
                None,
            )
        ],
    ),
    (
        "» Wir werden die Steuern nicht erhöhen «, sagte der Finanzminister am Montag in Berlin.",
        [
            (
                "direct",
                "» Wir werden die Steuern nicht erhöhen «",
                "sagte",
                "der Finanzminister",
                None,
            )
        ],
    ),
    (
        "Die Gewerkschaftschefin sagte am Freitag: »Wir streiken, bis die Löhne steigen.« Die Arbeitgeber lehnen ab.",
        [
            (
                "direct",
                "»Wir streiken, bis die Löhne steigen.«",
                "sagte",
                "Die Gewerkschaftschefin",
                None,
            )
        ],
    ),
    (
        "Die Gewerkschaftschefin sagte am Freitag: «Wir streiken, bis die Löhne steigen.» Die Arbeitgeber lehnen ab.",
        [
            (
                "direct",
                "«Wir streiken, bis die Löhne steigen.»",
                "sagte",
                "Die Gewerkschaftschefin",
                None,
            )
        ],
    ),
    (
        'Die Gewerkschaftschefin sagte am Freitag: "Wir streiken, bis die Löhne steigen." Die Arbeitgeber lehnen ab.',
        [
            (
                "direct",
                '"Wir streiken, bis die Löhne steigen."',
                "sagte",
                "Die Gewerkschaftschefin",
                None,
            )
        ],
    ),
    (
        "„Das Wort ‚Krise‘ nehme ich nicht in den Mund“, sagte die Ministerin Eva Gruber.",
        [
            (
                "direct",
                "„Das Wort ‚Krise‘ nehme ich nicht in den Mund“",
                "sagte",
                "die Ministerin Eva Gruber",
                "Eva Gruber",
            )
        ],
    ),
    (
        "\"Das Wort 'Krise' nehme ich nicht in den Mund\", sagte die Ministerin Eva Gruber.",
        [
            (
                "direct",
                "\"Das Wort 'Krise' nehme ich nicht in den Mund\"",
                "sagte",
                "die Ministerin Eva Gruber",
                "Eva Gruber",
            )
        ],
    ),
    (
        "»Das Wort ›Krise‹ nehme ich nicht in den Mund«, sagte die Ministerin Eva Gruber.",
        [
            (
                "direct",
                "»Das Wort ›Krise‹ nehme ich nicht in den Mund«",
                "sagte",
                "die Ministerin Eva Gruber",
                "Eva Gruber",
            )
        ],
    ),
    (
        "«Das Wort ‹Krise› nehme ich nicht in den Mund», sagte die Ministerin Eva Gruber.",
        [
            (
                "direct",
                "«Das Wort ‹Krise› nehme ich nicht in den Mund»",
                "sagte",
                "die Ministerin Eva Gruber",
                "Eva Gruber",
            )
        ],
    ),
    (
        "Die Ministerin sagte am Dienstag: „Wir haben lange verhandelt.\n\n„Jetzt müssen die Länder mitziehen.“ Die Opposition reagierte verhalten.",
        [
            (
                "direct",
                "„Wir haben lange verhandelt.\n\n„Jetzt müssen die Länder mitziehen.“",
                "sagte",
                "Die Ministerin",
                None,
            )
        ],
    ),
    (
        "Die Ministerin sagte am Dienstag: »Wir haben lange verhandelt.\n\n»Jetzt müssen die Länder mitziehen.« Die Opposition reagierte verhalten.",
        [
            (
                "direct",
                "»Wir haben lange verhandelt.\n\n»Jetzt müssen die Länder mitziehen.«",
                "sagte",
                "Die Ministerin",
                None,
            )
        ],
    ),
    (
        "Die Ministerin sagte am Dienstag: «Wir haben lange verhandelt.\n\n«Jetzt müssen die Länder mitziehen.» Die Opposition reagierte verhalten.",
        [
            (
                "direct",
                "«Wir haben lange verhandelt.\n\n«Jetzt müssen die Länder mitziehen.»",
                "sagte",
                "Die Ministerin",
                None,
            )
        ],
    ),
    (
        "„Der Plan ist gut“, erklärte Bürgermeisterin Anna Berger, „aber er kommt zu spät.“",
        [
            (
                "direct",
                "„Der Plan ist gut“, erklärte Bürgermeisterin Anna Berger, „aber er kommt zu spät.“",
                "erklärte",
                "Bürgermeisterin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    (
        "»Der Plan ist gut«, erklärte Bürgermeisterin Anna Berger, »aber er kommt zu spät.«",
        [
            (
                "direct",
                "»Der Plan ist gut«, erklärte Bürgermeisterin Anna Berger, »aber er kommt zu spät.«",
                "erklärte",
                "Bürgermeisterin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    (
        "«Der Plan ist gut», erklärte Bürgermeisterin Anna Berger, «aber er kommt zu spät.»",
        [
            (
                "direct",
                "«Der Plan ist gut», erklärte Bürgermeisterin Anna Berger, «aber er kommt zu spät.»",
                "erklärte",
                "Bürgermeisterin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    (
        '"Der Plan ist gut", erklärte Bürgermeisterin Anna Berger, "aber er kommt zu spät."',
        [
            (
                "direct",
                '"Der Plan ist gut", erklärte Bürgermeisterin Anna Berger, "aber er kommt zu spät."',
                "erklärte",
                "Bürgermeisterin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    (
        "„So geht's nicht weiter“, sagte der Trainer nach dem Spiel.",
        [("direct", "„So geht's nicht weiter“", "sagte", "der Trainer", None)],
    ),
    (
        '"So geht\'s nicht weiter", sagte der Trainer nach dem Spiel.',
        [("direct", '"So geht\'s nicht weiter"', "sagte", "der Trainer", None)],
    ),
    (
        "\"Rock'n'Roll ist nicht tot\", sagte der Sänger bei der Pressekonferenz.",
        [("direct", "\"Rock'n'Roll ist nicht tot\"", "sagte", "der Sänger", None)],
    ),
    (
        'Der Sänger rief: "Wie geht\'s euch?" Das Publikum jubelte.',
        [("direct", '"Wie geht\'s euch?"', "rief", "Der Sänger", None)],
    ),
    (
        "Die Opposition sprach von einem »Skandal«.",
        [("direct", "»Skandal«", "sprach", "Die Opposition", "Opposition")],
    ),
    ("Der Film »Die Brücke« läuft ab Donnerstag in den Kinos.", []),
    ("Der Roman «Die Brücke» erscheint im Herbst.", []),
    ("Der Film „Die Brücke“ läuft ab Donnerstag in den Kinos.", []),
    (
        "„Wir werden die Steuern nicht erhöhen, sagte der Finanzminister am Montag in Berlin.",
        [("direct", "„Wir werden die Steuern nicht erhöhen", "sagte", "der Finanzminister", None)],
    ),
    (
        "»Wir werden die Steuern nicht erhöhen. Das ist versprochen, so der Finanzminister am Montag.",
        [
            (
                "direct",
                "»Wir werden die Steuern nicht erhöhen. Das ist versprochen",
                "so",
                "der Finanzminister",
                None,
            )
        ],
    ),
    ("„Wir bleiben, sagte er. Dann ging er.", [("direct", "„Wir bleiben", "sagte", "er", None)]),
    (
        "Der Minister sagte: „Wir wissen nicht, sagen wir mal, wie es weitergeht.",
        [
            (
                "direct",
                "„Wir wissen nicht, sagen wir mal, wie es weitergeht.",
                "sagte",
                "Der Minister",
                None,
            )
        ],
    ),
    (
        "„Wir wissen nicht, sagen wir mal, wie es weitergeht, sagte der Minister.",
        [
            (
                "direct",
                "„Wir wissen nicht, sagen wir mal, wie es weitergeht",
                "sagte",
                "der Minister",
                None,
            )
        ],
    ),
    (
        "„Wir werden die Steuern nicht erhöhen“, sagte der Finanzminister. „Das ist versprochen.“",
        [
            (
                "direct",
                "„Wir werden die Steuern nicht erhöhen“",
                "sagte",
                "der Finanzminister",
                None,
            ),
            ("direct", "„Das ist versprochen.“", None, "der Finanzminister", None),
        ],
    ),
    # speech after a colon under a role with its article
    (
        "Die Mannschaft verlor knapp. Der Trainer nach dem Spiel: Wir haben alles gegeben.",
        [("direct", "Wir haben alles gegeben.", None, "Der Trainer", None)],
    ),
    (
        "Die Gemeinde feiert. Dazu der Bürgermeister: Wir haben lange auf diesen Tag gewartet.",
        [("direct", "Wir haben lange auf diesen Tag gewartet.", None, "der Bürgermeister", None)],
    ),
    (
        "Die Suche geht weiter. Ein Sprecher der Polizei: Wir ermitteln in alle Richtungen.",
        [
            (
                "direct",
                "Wir ermitteln in alle Richtungen.",
                None,
                "Ein Sprecher der Polizei",
                "Polizei",
            )
        ],
    ),
    (
        "Die Regierung steht unter Druck. Die neue Ministerin im Interview: Ich bleibe im Amt.",
        [("direct", "Ich bleibe im Amt.", None, "Die neue Ministerin", None)],
    ),
    ("Die Mannschaft verlor knapp. Die Mannschaft nach dem Spiel: Wir haben alles gegeben.", []),
    # round 28 (span28b): the owner of an utterance noun in the genitive speaks
    (
        "Die Mannschaft verlor knapp. Die Bilanz des Trainers: Wir haben alles gegeben.",
        [("direct", "Wir haben alles gegeben.", None, "des Trainers", None)],
    ),
    ("Die Gemeinde feiert. Dazu der Bürgermeister: Die Stadt hat genug Geld.", []),
    ("Die Mannschaft verlor knapp. Der Trainer nach dem Spiel: 30 Fouls und zwei rote Karten.", []),
    # a crosshead the tagger misreads is no part of the continuation
    (
        (
            "Der Parlamentschef John Boehner gab sich kämpferisch. Die Debatte sei nicht "
            "vorbei, erklärte er. Seine Partei werde das Abkommen stoppen. Boehner könnte "
            "Obama verklagen Boehner schloss auch nicht aus, Obama zu verklagen, weil dieser "
            "Dokumente zurückgehalten habe."
        ),
        [
            ("indirect", "Die Debatte sei nicht vorbei", "erklärte", "er", "John Boehner"),
            (
                "continuation",
                "Seine Partei werde das Abkommen stoppen.",
                None,
                "er",
                "John Boehner",
            ),
            (
                "continuation",
                (
                    "Boehner schloss auch nicht aus, Obama zu verklagen, weil dieser Dokumente "
                    "zurückgehalten habe."
                ),
                None,
                "er",
                "John Boehner",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_direct_rows(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


#: text -> the marked spans (characters, marks included) and whether each was closed
MARKED = [
    ("« Wir kommen », sagte er.", [("« Wir kommen »", True)]),
    ("„ Wir kommen “, sagte er.", [("„ Wir kommen “", True)]),
    ("”Wir kommen”, sagte er.", [("”Wir kommen”", True)]),
    ("„...und dann kam der Regen“, sagte er.", [("„...und dann kam der Regen“", True)]),
    # a closing mark before a comma or a stop opens nothing
    ("Er kam » , dann ging er wieder nach Hause zurück.", []),
    ("Er kam «. Dann ging er wieder nach Hause zurück.", []),
    (
        "„Wir kommen wieder, sagte er am Montag in Wien.",
        [("„Wir kommen wieder, sagte er am Montag in Wien.", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKED, ids=[m[0][:30] for m in MARKED])
def test_marks(text, expected):
    finder = MarkFinder(QuoteRules.load(rules_dir("de")).marks)
    assert [(text[m.start : m.end], m.closed) for m in finder.find(text)] == expected
