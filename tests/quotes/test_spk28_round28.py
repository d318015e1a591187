"""Speaker mentions of round 28 (issue 10, "Speakers"): the frame's subject where the parse
hides it.

- a second main clause after "und" whose subject the parse hung on the object before it
  ("Die Firma meldete Rekordzahlen und Konzernchef X sagte, …"): the phrase between the
  coordinator and the finite verb speaks, not the first clause's subject
  (:mod:`pipeline.quotes.conjunct_subjects`); with the verb parsed as a parataxis the
  object before "und" is cut (:func:`pipeline.quotes.mention_cuts.cut_spliced_object`);
  "… und sagte" keeps the shared subject;
- a plural phrase before a plural verb whose dative is the one spoken to, with one
  person's name after the verb ("Kritiker werfen Erdogan vor"): the phrase speaks
  (:mod:`pipeline.quotes.nominative_subjects`);
- an "as" comparison before a verb with a subject pronoun after it ("Wie Havranek
  kritisierte auch er, …"): the pronoun speaks (:mod:`pipeline.quotes.compared_speakers`);
  an as-clause that ends at its verb ("Wie Havranek kritisierte, …") keeps its speaker;
  so does the subject a Konjunktiv sentence after such a sentence goes on from ("Wie
  Havranek kritisierte auch er den Bericht. Die Kommission habe …": er).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Die Firma meldete Rekordzahlen und Konzernchef Peter Maier sagte, das Jahr sei gut gewesen.",
        [("Konzernchef Peter Maier", "Peter Maier")],
    ),
    (
        (
            "Die Firma meldete Rekordzahlen, und Konzernchef Peter Maier sagte, das Jahr sei "
            "gut gewesen."
        ),
        [("Konzernchef Peter Maier", "Peter Maier")],
    ),
    (
        "Die Firma meldete Rekordzahlen und der Konzernchef hat gesagt, das Jahr sei gut gewesen.",
        [("der Konzernchef", None)],
    ),
    (
        "Der Verein verlor das Spiel und Trainer Hans Berger sagte danach, die Mannschaft sei müde.",
        [("Trainer Hans Berger", "Hans Berger")],
    ),
    (
        "Die Polizei sperrte die Straße und ein Sprecher erklärte, die Lage sei ruhig.",
        [("ein Sprecher", None)],
    ),
    # no phrase between the coordinator and the verb: the shared subject speaks
    ("Die Firma meldete Rekordzahlen und sagte, das Jahr sei gut gewesen.", [("Die Firma", None)]),
    (
        "Die Firma meldete Rekordzahlen. Konzernchef Peter Maier sagte, das Jahr sei gut gewesen.",
        [("Konzernchef Peter Maier", "Peter Maier")],
    ),
    ("Die Firma meldete Rekordzahlen und der Umsatz stieg deutlich.", []),
    ("Kritiker werfen Erdogan vor, die Presse zu unterdrücken.", [("Kritiker", None)]),
    (
        "Umweltschützer werfen Ministerin Anna Berger vor, den Wald zu opfern.",
        [("Umweltschützer", None)],
    ),
    (
        "Kritiker werfen dem Präsidenten vor, die Presse zu unterdrücken.",
        [("Kritiker", None)],
    ),
    (
        "Wie Havranek kritisierte auch er, dass die Regierung zu spät gehandelt habe.",
        [("er", None)],
    ),
    ("Wie die Ministerin betonte auch sie, dass die Reform komme.", [("sie", None)]),
    # the as-clause ends at its verb: its subject speaks
    (
        "Wie Havranek kritisierte, habe die Regierung zu spät gehandelt.",
        [("Havranek", None)],
    ),
    ("Wie der Sprecher sagte, sei er zufrieden.", [("der Sprecher", None)]),
    (
        (
            "Auch Anwalt Peter Held schilderte die Zustände als schlecht. Wie Havranek "
            "kritisierte auch er den Bericht der Kommission. Die Kommission habe ihn nicht "
            "befragt. Der Bericht sei daher einseitig."
        ),
        [("er", "Peter Held"), ("er", "Peter Held")],
    ),
    # no comparison: the subject before goes on
    (
        (
            "Auch Anwalt Peter Held schilderte die Zustände als schlecht. Havranek kritisierte "
            "den Bericht der Kommission. Die Kommission habe ihn nicht befragt."
        ),
        [("Havranek", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
