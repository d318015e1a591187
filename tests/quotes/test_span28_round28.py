"""Direct quotes of round 28 (issue 10): the forms a news wiki writes them in, datelines
with an agency, straight marks nested in straight marks, typographic apostrophes inside
names, and subheadings that archives join to their paragraph.

- every mark style („…“, "…", »…«, «…», ‚…‘), a quote after a dateline, a bullet or a
  dash, a quote whose frame is a colon sentence before it, a quote over a blank line, an
  ellipsis "[…]" or "…" inside or at the end: each gives exactly its row;
- "BERLIN (dpa) – „…“, sagte X": a lower-case agency in brackets is part of the dateline
  (:func:`pipeline.quotes.units._split_dateline`), so no mixed row starts with it;
- a straight "…" inside a straight "…" (after a space, before a word: it cannot close)
  opens a nested quote (:meth:`pipeline.quotes.marks.MarkFinder._reopens`): one row;
- "Ha‘aretz", "Mira‘at al-Bahrain", "Ha’aretz": an apostrophe between letters keeps the
  word whole (:mod:`pipeline.tokenizer_marks`), so the name is the speaker, not "Mira‘";
- "Land will Seilbahn Um den Verkehr zu entlasten, schlägt X … vor": a preposition or
  conjunction with a capital after a capitalised word starts the sentence after a joined
  subheading (:func:`pipeline.quotes.units._capital_particle`); names and titles with
  such words ("Partei Die Linke", "Films Nach dem Sturm") stay as they were.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest
import spacy

from pipeline.tokenizer_marks import add_mark_infixes
from tests.conftest import quote_rows

DOCUMENTS = [
    (
        'Der Bürgermeister sagte: "Wir haben den Titel "Stadt des Jahres" verdient." Danach ging er.',
        [
            (
                "direct",
                '"Wir haben den Titel "Stadt des Jahres" verdient."',
                "sagte",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
    (
        'Er sagte: "Wir kommen." Sie sagte: "Wir auch."',
        [
            ("direct", '"Wir kommen."', "sagte", "Er", None),
            ("direct", '"Wir auch."', "sagte", "Sie", None),
        ],
    ),
    (
        '"Wir kommen", sagte er, "und wir bleiben."',
        [("direct", '"Wir kommen", sagte er, "und wir bleiben."', "sagte", "er", None)],
    ),
    (
        "Die Ministerin sagte: »Wir bleiben hart.« Dann verließ sie den Saal.",
        [("direct", "»Wir bleiben hart.«", "sagte", "Die Ministerin", None)],
    ),
    (
        "Die Ministerin sagte: «Wir bleiben hart.» Dann verließ sie den Saal.",
        [("direct", "«Wir bleiben hart.»", "sagte", "Die Ministerin", None)],
    ),
    (
        "Der Trainer sagte: ‚Wir spielen auf Sieg.‘ Die Fans jubelten.",
        [("direct", "‚Wir spielen auf Sieg.‘", "sagte", "Der Trainer", None)],
    ),
    (
        "BERLIN (dpa) – „Wir werden die Steuern nicht erhöhen“, sagte der Finanzminister am Montag.",
        [
            (
                "direct",
                "„Wir werden die Steuern nicht erhöhen“",
                "sagte",
                "der Finanzminister",
                None,
            )
        ],
    ),
    (
        "WIEN (apa) – „Die Lage ist ernst“, sagte der Minister.",
        [("direct", "„Die Lage ist ernst“", "sagte", "der Minister", None)],
    ),
    (
        "Wien (APA) – „Die Lage ist ernst“, sagte der Minister.",
        [("direct", "„Die Lage ist ernst“", "sagte", "der Minister", None)],
    ),
    (
        "Paris (AFP) – Die Regierung will sparen, sagte der Minister.",
        [("indirect", "Die Regierung will sparen", "sagte", "der Minister", None)],
    ),
    (
        "* „Wir kämpfen weiter“, sagte der Gewerkschaftschef.",
        [("direct", "„Wir kämpfen weiter“", "sagte", "der Gewerkschaftschef", None)],
    ),
    (
        (
            "Die Sprecherin nannte drei Punkte:\n– „Die Preise steigen zu schnell“, sagte sie.\n"
            "– Die Löhne stagnieren."
        ),
        [
            ("reported", "Die Sprecherin nannte drei Punkte:", "nannte", "Die Sprecherin", None),
            ("direct", "„Die Preise steigen zu schnell“", "sagte", "sie", None),
        ],
    ),
    (
        "Der Minister fügte hinzu: „Wir werden das prüfen.“ Die Opposition reagierte empört.",
        [("direct", "„Wir werden das prüfen.“", "fügte … hinzu", "Der Minister", None)],
    ),
    (
        (
            "Die Forscherin erklärte: „Die Daten sind eindeutig.\n\nWir müssen jetzt handeln.“ "
            "Danach endete die Sitzung."
        ),
        [
            (
                "direct",
                "„Die Daten sind eindeutig.\n\nWir müssen jetzt handeln.“",
                "erklärte",
                "Die Forscherin",
                None,
            )
        ],
    ),
    (
        "Der Richter sagte: „Der Angeklagte hat […] keine Reue gezeigt.“ Das Urteil fällt im Mai.",
        [("direct", "„Der Angeklagte hat […] keine Reue gezeigt.“", "sagte", "Der Richter", None)],
    ),
    (
        "Der Abgeordnete sagte: „Das ist erst der Anfang …“ Dann setzte er sich.",
        [("direct", "„Das ist erst der Anfang …“", "sagte", "Der Abgeordnete", None)],
    ),
    (
        "„Die Lage ist ernst“, sagte der Polizeisprecher. „Wir suchen weiter.“",
        [
            ("direct", "„Die Lage ist ernst“", "sagte", "der Polizeisprecher", "Polizei"),
            ("direct", "„Wir suchen weiter.“", None, "der Polizeisprecher", "Polizei"),
        ],
    ),
    # a heading line before the quote, and an open quote before a heading line
    (
        "Rettung im Gebirge\n„Wir hatten großes Glück“, sagte der Bergführer.",
        [("direct", "„Wir hatten großes Glück“", "sagte", "der Bergführer", None)],
    ),
    (
        (
            "Er sagte: „Wir gewinnen\nNeue Regeln für Mieter\n"
            "Die Regierung hat am Montag ein Gesetz beschlossen."
        ),
        [("direct", "„Wir gewinnen", "sagte", "Er", None)],
    ),
    # apostrophes inside names
    (
        "Die Zeitung Mira‘at al-Bahrain berichtete, die Regierung habe den Plan gestoppt.",
        [
            (
                "indirect",
                "die Regierung habe den Plan gestoppt",
                "berichtete",
                "Die Zeitung Mira‘at al-Bahrain",
                "Mira‘at al-Bahrain",
            )
        ],
    ),
    (
        "Der Reporter von Ha‘aretz sagte: „Die Lage ist ruhig.“",
        [("direct", "„Die Lage ist ruhig.“", "sagte", "Der Reporter von Ha‘aretz", None)],
    ),
    (
        "Sie sagte: „Das Blatt Ha‘aretz hat recht.“",
        [("direct", "„Das Blatt Ha‘aretz hat recht.“", "sagte", "Sie", None)],
    ),
    (
        "Wie Ha’aretz berichtete, trat der Minister zurück.",
        [("indirect", "trat der Minister zurück", "Wie … berichtete", "Ha’aretz", None)],
    ),
    # a subheading joined to its paragraph, and names and titles that stay
    (
        (
            "Die Stadt hat den Bau beschlossen. Land will Seilbahn Um den Verkehr zu entlasten, "
            "schlägt der Bürgermeister eine Seilbahn vor."
        ),
        [
            (
                "indirect",
                "Um den Verkehr zu entlasten",
                "schlägt … vor",
                "der Bürgermeister",
                None,
            )
        ],
    ),
    # a name's word tagged as a preposition after a name opens no sentence
    (
        (
            "Greiser Dissident Nguyen Van Ly nach Kirchenangaben in schlechtem Zustand. "
            "Hanoi – Der Priester wurde entlassen."
        ),
        [
            (
                "indirect",
                "Greiser Dissident Nguyen Van Ly nach Kirchenangaben in schlechtem Zustand",
                "nach Kirchenangaben",
                "Kirchenangaben",
                None,
            )
        ],
    ),
    (
        "Der Regisseur des Films Nach dem Sturm sagte, er sei zufrieden.",
        [("indirect", "er sei zufrieden", "sagte", "Der Regisseur des Films", None)],
    ),
    (
        "Die Abgeordnete der Partei Die Linke sagte, sie sei enttäuscht.",
        [("indirect", "sie sei enttäuscht", "sagte", "Die Abgeordnete der Partei", None)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), DOCUMENTS)
def test_rows(nlp, text, rows):
    assert quote_rows(nlp(text)) == rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Zeitung Mira‘at al-Bahrain berichtete.", "Mira‘at"),
        ("Laut Ha’aretz kam er.", "Ha’aretz"),
        ("Er sagte:„Wir kommen.“", "„"),
        ("Sie ging. O'Neill blieb.", "O'Neill"),
    ],
)
def test_apostrophe_tokens(nlp, text, word):
    assert word in [t.text for t in nlp.make_doc(text)]


def test_blank_tokenizer_keeps_apostrophes_and_brackets():
    """The apostrophe rule changes only ‘ and ’ between letters; brackets still split, and
    adding the rules twice changes nothing."""
    nlp = add_mark_infixes(spacy.blank("de"))
    text = "Laut Ha‘aretz geht‘s. Er sagte:„Wir kommen“,sagte er. (Klammer)Wort"
    expected = ["Laut", "Ha‘aretz", "geht‘s", ".", "Er", "sagte", ":", "„", "Wir", "kommen"]
    assert [t.text for t in nlp(text)][:10] == expected
    assert [t.text for t in add_mark_infixes(nlp)(text)][-4:] == ["(", "Klammer", ")", "Wort"]
