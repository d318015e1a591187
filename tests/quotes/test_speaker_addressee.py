"""The speaker mention ends with the speaker: the occasion or the addressee after a
person's name ("im Interview mit der „Presse“", "gegenüber dem ORF", "bei einer
Pressekonferenz") is cut off, a source named after "von" or "laut" stays; a mention that the
parse splits into two subjects ("der Heilige Vater") is whole; a web address that opens an
"as" clause ("Wie golem.de schreibt") speaks. A medium in the dative is never the speaker,
and a frame that names nobody gives no speaker (issue 10: a wrong name is worse than none).

Each row: a text written for these tests (Austrian, Swiss, German news style) and every quote
in text order as ``(quote text, speaker mention, speaker_name)``. Shipped pipeline, UD labels.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "„Wir schaffen das“, sagte Bürgermeister Michael Ludwig im Interview mit der „Presse“.",
        [("„Wir schaffen das“", "Bürgermeister Michael Ludwig", "Michael Ludwig")],
    ),
    (
        "„Der Zug ist abgefahren“, sagte Gewerkschafter Roman Hebenstreit gegenüber dem ORF.",
        [("„Der Zug ist abgefahren“", "Gewerkschafter Roman Hebenstreit", "Roman Hebenstreit")],
    ),
    (
        "„Das Budget hält“, erklärte Finanzminister Magnus Brunner am Rande der Sitzung.",
        [("„Das Budget hält“", "Finanzminister Magnus Brunner", "Magnus Brunner")],
    ),
    (
        (
            "„Wir brauchen mehr Personal“, sagte Spitalsdirektor Peter Gruber bei einer "
            "Pressekonferenz in Graz."
        ),
        [("„Wir brauchen mehr Personal“", "Spitalsdirektor Peter Gruber", "Peter Gruber")],
    ),
    # "von" names where the speaker belongs: it stays out of the cut, the name is the speaker
    (
        "„Die Preise steigen weiter“, sagte Joe Stork von Human Rights Watch.",
        [("„Die Preise steigen weiter“", "Joe Stork", "Joe Stork")],
    ),
    # two nouns the parse made two subjects: one mention
    (
        "„Betet für den Frieden“, sagte der Heilige Vater am Sonntag.",
        [("„Betet für den Frieden“", "der Heilige Vater", None)],
    ),
    # a web address the tagger takes for a verb
    (
        "Wie golem.de schreibt, sei die Sicherheitslücke inzwischen geschlossen.",
        [("sei die Sicherheitslücke inzwischen geschlossen", "golem.de", "golem.de")],
    ),
    (
        "Wie heise.de berichtet, habe der Hersteller ein Update veröffentlicht.",
        [("habe der Hersteller ein Update veröffentlicht", "heise.de", "heise.de")],
    ),
    # the medium in the dative is the addressee, the person speaks
    (
        "„Es war furchtbar“, berichtet eine junge Studentin dem STANDARD.",
        [("„Es war furchtbar“", "eine junge Studentin", None)],
    ),
    (
        (
            "Am Montag sagte der 81-Jährige in einem Interview mit dem ORF, dass er nicht "
            "zurücktreten werde."
        ),
        [("dass er nicht zurücktreten werde", "der 81-Jährige", None)],
    ),
    # nobody named: no speaker, not the date or the place
    (
        "Wie am Montag aus Sicherheitskreisen verlautete, sei der Täter gefasst.",
        [("sei der Täter gefasst", None, None)],
    ),
    ("Die Züge fahren wieder, der Streik sei beendet.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_speaker_mention_without_addressee(ud_nlp, text, expected):
    doc = ud_nlp(text)
    got = [(q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]
    assert got == expected
