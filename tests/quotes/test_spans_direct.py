"""Direct quotes on news-style texts written for these tests (issue 10): quotation marks
closed with a straight ``"`` (a typing habit of web archives), straight marks nested in
„…“, quoted words of a speaker, and quoted names (of who speaks, of papers, films) and
terms that are no quote.

Each row: text, then the expected quotes as ``(kind, text, cue)`` in text order (German,
Austrian and Swiss news style). Run with the shipped pipeline in both label schemes.
"""

from __future__ import annotations

import pytest

CASES = [
    # --- „ closed with a straight mark
    (
        (
            "Der Landesrat begründete seine Entscheidung wie folgt: „Wir können uns diese Halle "
            'nicht mehr leisten."'
        ),
        [("direct", '„Wir können uns diese Halle nicht mehr leisten."', "begründete")],
    ),
    # ... but a straight pair inside „…“ does not close it
    (
        '„Wir haben "genug" gesagt“, sagte die Betriebsrätin in Linz.',
        [("direct", '„Wir haben "genug" gesagt“', "sagte")],
    ),
    # --- the speaker's own word, object of the speech verb
    (
        "Der Bürgermeister nannte den Beschluss einen „schweren Fehler“.",
        [("direct", "„schweren Fehler“", "nannte")],
    ),
    # --- a quoted name of who speaks is no quote ...
    (
        "Wie „heute.at“ berichtet, wurde die Westbahnstrecke bei St. Pölten gesperrt.",
        [("indirect", "wurde die Westbahnstrecke bei St. Pölten gesperrt", "Wie … berichtet")],
    ),
    (
        (
            "Der Bürgermeister von Villach wird von der „Kleinen Zeitung“ mit den Worten "
            "zitiert: „Wir bauen das Stadion.“"
        ),
        [
            ("direct", "„Wir bauen das Stadion.“", "mit den Worten"),
            # the copy for the medium that cites (the gold gives both)
            ("direct", "Wir bauen das Stadion.", "mit den Worten"),
        ],
    ),
    (
        "Eine Sprecherin der „Aktion Leben“ sagte, der Antrag sei eingereicht worden.",
        [("indirect", "der Antrag sei eingereicht worden", "sagte")],
    ),
    # ... but the object of the verb's own preposition is the speaker's word
    (
        "Von einem „historischen Fehler“ sprach der Zürcher Stadtpräsident.",
        [("direct", "„historischen Fehler“", "sprach")],
    ),
    # --- after a colon: a statement is a quote, a title is none
    (
        "Die Nationalrätin hatte nur eine Antwort: „Das kommt nicht in Frage.“",
        [("direct", "„Das kommt nicht in Frage.“", None)],
    ),
    ("Sein erstes Album erschien 1998 in Wien: „Blaue Stunde“.", []),
    # --- no quote: names of papers and films, scare quotes, the paper's own "wie berichtet"
    ("Die Zeitung „Neue Zürcher Zeitung“ berichtete am Montag über den Streik.", []),
    ("Der Film „Das finstere Tal“ läuft ab Freitag in den Kinos.", []),
    ("Die sogenannte „Mietpreisbremse“ gilt ab Jänner.", []),
    ("Wie berichtet, wurde die Brücke am Montag gesperrt.", []),
    # --- a name in marks inside reported speech is no quote of its own; a word is
    (
        "Der Meteorologe wies darauf hin, dass sich „Larry“ vor dem Landfall abgeschwächt habe.",
        [("mixed", "dass sich „Larry“ vor dem Landfall abgeschwächt habe", "wies … hin")],
    ),
    (
        "Die Ministerin sagte, die Reform sei ein „Meilenstein“ für das Land.",
        [
            ("mixed", "die Reform sei ein „Meilenstein“ für das Land", "sagte"),
            ("direct", "„Meilenstein“", "sagte"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_direct_spans(nlp, text, expected):
    doc = nlp(text)
    assert [(q._.kind, q.text, q._.cue) for q in doc.spans["quotes"]] == expected
