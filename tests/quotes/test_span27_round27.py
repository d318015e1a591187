"""Direct quotes and interviews of round 27 (issue 10, "the German quote engine").

- the forms of direct speech news uses beyond Wikinews, each with its exact row: a quote
  over two paragraphs (reopened, closed only at the end), a quote interrupted by its frame
  (after a comma and before a colon), inner quotes (‚…‘ and '…'), a straight mark left
  open, a quote ending with "?"/"!" before its frame, a one-word and a very long quote, a
  quote under a headline label;
- a quotation mark glued to its frame ("sagte:„Wir", "erhöhen“,sagte", "reparieren.“Das")
  is a token of its own (:mod:`pipeline.tokenizer_marks`), and a closing mark glued to the
  next sentence still closes (:mod:`pipeline.quotes.marks`);
- a short quote ending with its own "!" or "?" right before the cue, no comma between
  ("„Raus hier!“ rief der Wirt"), is an utterance, not a quoted word
  (:mod:`pipeline.quotes.direct`);
- a mixed frame that holds nothing but a direct quote is one direct row, not two
  ("antwortete X: „Nein, …“"), and a labelled answer is never kept inside a continuation
  that runs over its label (:mod:`pipeline.quotes.overlaps`);
- interviews in plain text, several label styles ("Frage:"/"Antwort:", "F:"/"A:",
  "STANDARD:"/surname): answers are the interviewee's (the full name from the lead),
  questions the interviewer's; an explainer's "Frage: … Antwort: …" with no one named
  before it is the writer's text, no quote, and what its answers report starts after the
  label (:mod:`pipeline.quotes.interviews`).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest
import spacy

from pipeline.model import SHIPPED_MODEL
from pipeline.quotes.data import QuoteRules
from pipeline.quotes.marks import MarkFinder
from pipeline.resources import rules_dir
from pipeline.tokenizer_marks import MARK_INFIXES, add_mark_infixes
from tests.conftest import quote_rows

DIRECT = [
    # a quote over two paragraphs: each opens with a mark, the closing one only at the end
    (
        (
            "„Wir haben die Lage im Griff. Die Feuerwehr ist mit allen Kräften vor Ort.\n\n"
            "„Die Bewohner müssen ihre Häuser vorerst nicht verlassen“, sagte Bürgermeisterin "
            "Anna Berger am Montag."
        ),
        [
            (
                "direct",
                (
                    "„Wir haben die Lage im Griff. Die Feuerwehr ist mit allen Kräften vor Ort.\n\n"
                    "„Die Bewohner müssen ihre Häuser vorerst nicht verlassen“"
                ),
                "sagte",
                "Bürgermeisterin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
    # interrupted by its frame, after a comma and before a colon
    (
        "„Das Projekt ist gescheitert“, sagte der Minister, „wir müssen neu beginnen.“",
        [
            (
                "direct",
                "„Das Projekt ist gescheitert“, sagte der Minister, „wir müssen neu beginnen.“",
                "sagte",
                "der Minister",
                None,
            )
        ],
    ),
    (
        "„Wir sind bereit“, sagte Klubobmann Peter Weiss: „Die Regierung muss jetzt handeln.“",
        [
            (
                "direct",
                (
                    "„Wir sind bereit“, sagte Klubobmann Peter Weiss: „Die Regierung muss jetzt "
                    "handeln.“"
                ),
                "sagte",
                "Klubobmann Peter Weiss",
                "Peter Weiss",
            )
        ],
    ),
    # inner quotes
    (
        "„Er hat mir gesagt: ‚Ich komme nicht mehr zurück‘“, erzählte die Nachbarin.",
        [
            (
                "direct",
                "„Er hat mir gesagt: ‚Ich komme nicht mehr zurück‘“",
                "erzählte",
                "die Nachbarin",
                None,
            )
        ],
    ),
    (
        "„Der Chef meinte nur, 'das ist nicht mein Problem'“, sagte der Betriebsrat.",
        [
            (
                "direct",
                "„Der Chef meinte nur, 'das ist nicht mein Problem'“",
                "sagte",
                "der Betriebsrat",
                "Betriebsrat",
            )
        ],
    ),
    # marks glued to the frame
    (
        "Der Bürgermeister sagte:„Wir werden die Brücke bis zum Sommer reparieren.“",
        [
            (
                "direct",
                "„Wir werden die Brücke bis zum Sommer reparieren.“",
                "sagte",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
    (
        'Die Ministerin erklärte:"Die Reform kommt im Herbst."',
        [("direct", '"Die Reform kommt im Herbst."', "erklärte", "Die Ministerin", None)],
    ),
    (
        "„Wir werden die Brücke reparieren“,sagte der Bürgermeister Hans Gruber.",
        [
            (
                "direct",
                "„Wir werden die Brücke reparieren“",
                "sagte",
                "der Bürgermeister Hans Gruber",
                "Hans Gruber",
            )
        ],
    ),
    (
        "„Wir werden die Brücke reparieren.“Das sagte der Bürgermeister Hans Gruber am Montag.",
        [("direct", "„Wir werden die Brücke reparieren.“", None, "Hans Gruber", "Hans Gruber")],
    ),
    # a straight mark left open
    (
        'Der Sprecher der Polizei sagte: "Wir ermitteln in alle Richtungen.',
        [
            (
                "direct",
                '"Wir ermitteln in alle Richtungen.',
                "sagte",
                "Der Sprecher der Polizei",
                "Polizei",
            )
        ],
    ),
    # "?" or "!" before the frame, with and without a comma
    (
        "„Raus hier!“ rief der Wirt Otto Pichler.",
        [("direct", "„Raus hier!“", "rief", "der Wirt Otto Pichler", "Otto Pichler")],
    ),
    (
        "„Warum?“ fragte die Lehrerin Eva Gruber.",
        [("direct", "„Warum?“", "fragte", "die Lehrerin Eva Gruber", "Eva Gruber")],
    ),
    (
        "Der Wirt Otto Pichler war wütend. „Raus hier!“ rief er.",
        [("direct", "„Raus hier!“", "rief", "er", "Otto Pichler")],
    ),
    (
        "„Warum sollten wir jetzt aufgeben?“, fragte die Parteichefin Maria Huber.",
        [
            (
                "direct",
                "„Warum sollten wir jetzt aufgeben?“",
                "fragte",
                "die Parteichefin Maria Huber",
                "Maria Huber",
            )
        ],
    ),
    # one word, and a long quote of several sentences
    ("„Nein“, sagte der Sprecher.", [("direct", "„Nein“", "sagte", "der Sprecher", None)]),
    (
        (
            "„Die Lage ist ernst. Wir haben zu wenige Betten. Viele Patienten warten seit Tagen, "
            "manche seit einer Woche. Die Ärzte arbeiten rund um die Uhr, und trotzdem reicht es "
            "nicht“, betonte der Arzt Martin Wolf."
        ),
        [
            (
                "direct",
                (
                    "„Die Lage ist ernst. Wir haben zu wenige Betten. Viele Patienten warten seit "
                    "Tagen, manche seit einer Woche. Die Ärzte arbeiten rund um die Uhr, und "
                    "trotzdem reicht es nicht“"
                ),
                "betonte",
                "der Arzt Martin Wolf",
                "Martin Wolf",
            )
        ],
    ),
    # a headline label
    (
        "Klein: „Wir lassen uns nicht erpressen“",
        [("direct", "„Wir lassen uns nicht erpressen“", None, "Klein", "Klein")],
    ),
    # one row, not a mixed and a direct one over the same words
    (
        (
            "Auf die Frage, ob sie zurücktreten werde, antwortete die Ministerin Sabine Keller: "
            "„Nein, ich bleibe im Amt.“"
        ),
        [
            (
                "direct",
                "„Nein, ich bleibe im Amt.“",
                "antwortete",
                "die Ministerin Sabine Keller",
                "Sabine Keller",
            )
        ],
    ),
    # a title with its own "!" and no cue after it: no row
    ("Der Film „Mamma Mia!“ lief gestern im Kino.", []),
]


@pytest.mark.parametrize("text,expected", DIRECT)
def test_direct_forms(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


HEADLINES = [
    # a headline quote framed by a bare role takes the person of the body's repeat
    (
        (
            "„Wir bleiben beim Budget hart“: Kanzler lehnt Kompromiss ab\nWien – Bundeskanzler "
            "Karl Horn hat am Montag einen Kompromiss im Budgetstreit abgelehnt. „Wir bleiben "
            "beim Budget hart“, sagte Horn nach dem Ministerrat."
        ),
        [
            ("direct", "„Wir bleiben beim Budget hart“", "lehnt … ab", "Horn", "Karl Horn"),
            ("direct", "„Wir bleiben beim Budget hart“", "sagte", "Horn", "Karl Horn"),
        ],
    ),
    # the body's speaker names no person either: the headline keeps its role
    (
        (
            "„Wir bleiben beim Budget hart“: Minister lehnt Kompromiss ab\nWien – Der "
            "Finanzminister hat am Montag einen Kompromiss im Budgetstreit abgelehnt. „Wir bleiben "
            "beim Budget hart“, sagte der Finanzminister nach dem Ministerrat."
        ),
        [
            ("direct", "„Wir bleiben beim Budget hart“", "lehnt … ab", "Minister", None),
            ("direct", "„Wir bleiben beim Budget hart“", "sagte", "der Finanzminister", None),
        ],
    ),
    # a headline label with the name stays as it was
    (
        (
            "Kanzler Horn: „Wir bleiben hart“\nWien – Bundeskanzler Karl Horn hat am Montag einen "
            "Kompromiss im Budgetstreit abgelehnt."
        ),
        [("direct", "„Wir bleiben hart“", None, "Kanzler Horn", "Karl Horn")],
    ),
]


@pytest.mark.parametrize("text,expected", HEADLINES)
def test_headline_roles(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


INTERVIEWS = [
    # an explainer's questions and answers, no one named before them: no quote
    (
        (
            "Die Stadt will die Gebühren erhöhen. Was bedeutet das für die Bürger? Einige Fragen "
            "und Antworten.\n\nFrage: Wer muss mehr zahlen?\n\nAntwort: Alle Haushalte, die an das "
            "Kanalnetz angeschlossen sind. Die Erhöhung beträgt etwa zehn Prozent.\n\nFrage: Ab "
            "wann gilt das?\n\nAntwort: Ab dem ersten Jänner des kommenden Jahres."
        ),
        [],
    ),
    # ... and what an answer reports starts after the label
    (
        (
            "Wie funktioniert die neue Pendlerpauschale? Ein Überblick. Frage: Wer bekommt das "
            "Geld? Antwort: Alle, die mehr als zwanzig Kilometer zur Arbeit fahren. Frage: Wie "
            "hoch ist der Betrag? Antwort: Er hänge von der Entfernung ab, heißt es im Ministerium."
        ),
        [("indirect", "Er hänge von der Entfernung ab", "heißt es", "Ministerium", "Ministerium")],
    ),
    # "Frage:"/"Antwort:" after a lead that names the interviewee
    (
        (
            "Die Bürgermeisterin Eva Lindner will die Gebühren erhöhen. Im Interview erklärt sie, "
            "warum.\n\nFrage: Warum müssen die Bürger mehr zahlen?\n\nAntwort: Die Kosten für das "
            "Kanalnetz sind stark gestiegen. Wir haben keine Wahl.\n\nFrage: Wird es Ausnahmen "
            "geben?\n\nAntwort: Ja, für Familien mit geringem Einkommen."
        ),
        [
            ("direct", "Warum müssen die Bürger mehr zahlen?", "Frage", None, None),
            (
                "direct",
                "Die Kosten für das Kanalnetz sind stark gestiegen. Wir haben keine Wahl.",
                "Antwort",
                "Eva Lindner",
                "Eva Lindner",
            ),
            ("direct", "Wird es Ausnahmen geben?", "Frage", None, None),
            (
                "direct",
                "Ja, für Familien mit geringem Einkommen.",
                "Antwort",
                "Eva Lindner",
                "Eva Lindner",
            ),
        ],
    ),
    # the outlet's label and the interviewee's surname
    (
        (
            "Der Bürgermeister Franz Kurz will die Gebühren erhöhen. Im Interview erklärt er, "
            "warum.\n\nSTANDARD: Warum müssen die Bürger mehr zahlen?\n\nKurz: Die Kosten für das "
            "Kanalnetz sind stark gestiegen. Wir haben keine Wahl.\n\nSTANDARD: Wird es Ausnahmen "
            "geben?\n\nKurz: Ja, für Familien mit geringem Einkommen."
        ),
        [
            (
                "direct",
                "Warum müssen die Bürger mehr zahlen?",
                "STANDARD",
                "STANDARD",
                "Der Standard",
            ),
            (
                "direct",
                "Die Kosten für das Kanalnetz sind stark gestiegen. Wir haben keine Wahl.",
                "Kurz",
                "Kurz",
                "Franz Kurz",
            ),
            ("direct", "Wird es Ausnahmen geben?", "STANDARD", "STANDARD", "Der Standard"),
            ("direct", "Ja, für Familien mit geringem Einkommen.", "Kurz", "Kurz", "Franz Kurz"),
        ],
    ),
    # one paragraph (archives join them); a Konjunktiv answer stays one labelled row
    (
        (
            "Der Trainer Markus Weber spricht über die Saison. Frage: Wie zufrieden sind Sie? "
            "Antwort: Wir hätten mehr Punkte holen können. Frage: Was fehlt? Antwort: Heute würde "
            "ich sagen, die Konstanz fehlt."
        ),
        [
            ("direct", "Wie zufrieden sind Sie?", "Frage", None, None),
            (
                "direct",
                "Wir hätten mehr Punkte holen können.",
                "Antwort",
                "Markus Weber",
                "Markus Weber",
            ),
            ("direct", "Was fehlt?", "Frage", None, None),
            (
                "direct",
                "Heute würde ich sagen, die Konstanz fehlt.",
                "Antwort",
                "Markus Weber",
                "Markus Weber",
            ),
        ],
    ),
    # "F:"/"A:"
    (
        (
            "Die Forscherin Lena Hofer über den Klimawandel.\n\nF: Wie schnell steigt der "
            "Meeresspiegel?\n\nA: Schneller als erwartet. Wir messen jedes Jahr neue Rekorde.\n\n"
            "F: Was kann man tun?\n\nA: Die Emissionen senken, und zwar sofort."
        ),
        [
            ("direct", "Wie schnell steigt der Meeresspiegel?", "F", None, None),
            (
                "direct",
                "Schneller als erwartet. Wir messen jedes Jahr neue Rekorde.",
                "A",
                "Lena Hofer",
                "Lena Hofer",
            ),
            ("direct", "Was kann man tun?", "F", None, None),
            ("direct", "Die Emissionen senken, und zwar sofort.", "A", "Lena Hofer", "Lena Hofer"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", INTERVIEWS)
def test_interviews(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


#: text -> its tokens once the glued marks are split (and what must stay whole)
TOKENS = [
    ("Er sagte:„Wir kommen.“", ["Er", "sagte", ":", "„", "Wir", "kommen", ".", "“"]),
    ('Er sagte:"Wir kommen."', ["Er", "sagte", ":", '"', "Wir", "kommen", ".", '"']),
    ("Er sagte:»Wir kommen«", ["Er", "sagte", ":", "»", "Wir", "kommen", "«"]),
    ("„Wir kommen“,sagte er.", ["„", "Wir", "kommen", "“", ",", "sagte", "er", "."]),
    ("„Wir kommen.“Er ging.", ["„", "Wir", "kommen", ".", "“", "Er", "ging", "."]),
    ("„Kommt ihr?“Sie nickte.", ["„", "Kommt", "ihr", "?", "“", "Sie", "nickte", "."]),
    # times, addresses and abbreviations stay as they were
    ("um 10:30 Uhr", ["um", "10:30", "Uhr"]),
    ("auf www.orf.at nachlesen", ["auf", "www.orf.at", "nachlesen"]),
    ("die U.S.A. und", ["die", "U.S.A.", "und"]),
]


@pytest.fixture(scope="module")
def shipped_tokenizer():
    if not (SHIPPED_MODEL / "config.cfg").exists():
        pytest.skip("models/de_newsx not built")
    return add_mark_infixes(spacy.load(SHIPPED_MODEL, exclude=["parser", "ner"]))


@pytest.mark.parametrize("text,expected", TOKENS)
def test_glued_marks_shipped(shipped_tokenizer, text, expected):
    assert [t.text for t in shipped_tokenizer.tokenizer(text)] == expected


@pytest.mark.parametrize("text,expected", TOKENS)
def test_glued_marks_blank_german(text, expected):
    """spaCy's German defaults (what de_core_news_* tokenize with) split the same way."""
    nlp = add_mark_infixes(spacy.blank("de"))
    assert [t.text for t in nlp.tokenizer(text)] == expected


def test_glued_marks_pipeline(nlp):
    """The loaded pipelines (both label schemes) carry the rules."""
    assert [t.text for t in nlp.make_doc("sagte:„Wir")] == ["sagte", ":", "„", "Wir"]


def test_add_mark_infixes_once():
    nlp = spacy.blank("de")
    add_mark_infixes(nlp)
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    add_mark_infixes(nlp)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == pattern
    assert pattern.count(MARK_INFIXES[0]) == 1


MARKED = [
    # a closing mark glued to the next sentence closes
    ("„Wir kommen.“Dann ging er.", [("„Wir kommen.“", True)]),
    # a closing mark glued to a lower-case word does not
    ("„Wir kommen“dann ging er.", [("„Wir kommen“dann ging er.", False)]),
]


@pytest.mark.parametrize("text,expected", MARKED)
def test_marks_glued(text, expected):
    finder = MarkFinder(QuoteRules.load(rules_dir("de")).marks)
    assert [(text[m.start : m.end], m.closed) for m in finder.find(text)] == expected
