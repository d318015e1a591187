"""Speaker mentions of round 27, second wave (issue 10, "Speakers"): words around the
phrase that names who speaks that are no part of it.

- a focus particle that opens the sentence ("Auch", "Selbst", "Nicht nur") before a name or
  a noun, not only before an article (``additive_particles``, ``focus_particle_pairs``;
  :func:`pipeline.quotes.mention_cuts.cut_leading_adverbs`); "Nur die Hälfte …" keeps its
  particle: it says how many;
- a phrase of manner at the end of the mention that announces the words ("wird die Chefin
  X wie folgt zitiert", ``manner_tails``; :func:`~pipeline.quotes.mention_cuts.cut_manner_tail`);
- a comma splice: the object of the clause before the comma the parse ran into the
  mention ("…, übernimmt die Präsidentschaft, Premier X fürchtet, dass …" -> "Premier X";
  :func:`~pipeline.quotes.mention_cuts.cut_spliced_object`); an apposition closed by a
  comma ("Die Regierungspartei, die Hamas, erklärte") stays.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Nicht nur Huber zweifelt an den Zahlen: Die Statistik sei falsch.",
        [("Huber", None)],
    ),
    (
        "Auch Bürgermeister Franz Huber sagte, die Stadt werde sparen müssen.",
        [("Bürgermeister Franz Huber", "Franz Huber")],
    ),
    (
        "Auch Experten warnen, dass die Preise steigen könnten.",
        [("Experten", None)],
    ),
    (
        "Auch die Ministerin Anna Berger sagte, das Gesetz komme im Herbst.",
        [("die Ministerin Anna Berger", "Anna Berger")],
    ),
    (
        "Nur die Hälfte der Befragten sagte, sie sei zufrieden.",
        [("Nur die Hälfte der Befragten", None)],
    ),
    (
        (
            "Auf der Website des Vereins wird Trainer Hans Huber folgendermaßen zitiert: „Das war ein "
            "schwarzer Tag.“"
        ),
        [("Trainer Hans Huber", "Hans Huber")],
    ),
    (
        "Ein Anrainer begründete seine Entscheidung wie folgt: „Die Straße ist zu laut.“",
        [("Ein Anrainer", None)],
    ),
    (
        (
            "Die Slowakei übernimmt am 1. Juli die EU-Präsidentschaft, Premier Robert Fico fürchtet, "
            "dass Migranten den Charakter des Landes ändern."
        ),
        [("Premier Robert Fico", "Robert Fico")],
    ),
    (
        "Die Regierungspartei, die Hamas, erklärte, der Angriff sei eine Antwort gewesen.",
        [("Die Regierungspartei, die Hamas", "Hamas")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
