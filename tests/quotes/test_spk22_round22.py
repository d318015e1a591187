"""Speaker mentions of round 22 (issue 10, "Speakers"): addressees and places taken for who
speaks.

- a fronted mention that names no one who speaks stays the speaker when its article marks
  it as masculine singular nominative ("Ein Leitartikel in der Washington Post forderte
  Obama zu … auf": not Obama, the addressee), or when it is singular and the verb's
  accusative object is the person spoken to ("Das Schreiben forderte Bürgermeister Huber
  auf", "Die Studie bittet die Regierung"); a feminine noun after an article read as
  masculine is a dative ("Der Politik schlug er vor": er), and a plural or an object with a
  verb of other objects still gives way to the person after the verb ("Die Anrainer bat
  Huber", "Den Vorschlag lehnte Meier ab"); not a mention in a clause of its own before the
  cue's, past a comma ("Dass der Artikel ein Grund gewesen sein soll, weist Gruber zurück");
- a role after the verb with a place phrase the parse hung on the verb, then a comma and a
  person's name that closes the clause ("sagte Österreichs Wirtschaftsdelegierter in
  London, Christian Kesberg."): the mention runs on to the name (not "Österreichs
  Wirtschaftsdelegierter", read as Österreich); a name that opens a clause of its own
  ("sagte die Sprecherin am Montag, Huber habe sich geirrt") and a place alone ("sagte die
  Sprecherin in Linz") stay out.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

SUBJECTS = [
    (
        "Ein Kommentar im Tagesspiegel forderte Scholz zu mehr Entschlossenheit auf.",
        [("Ein Kommentar im Tagesspiegel", "Der Tagesspiegel")],
    ),
    (
        "Ein Leitartikel in der Washington Post forderte Obama auf, die Truppen abzuziehen.",
        [("Ein Leitartikel", None)],
    ),
    (
        "Der Bericht nennt Huber als Verantwortlichen für die Verzögerung.",
        [("Der Bericht", None)],
    ),
    (
        "Das Schreiben forderte Bürgermeister Huber auf, sofort zurückzutreten.",
        [("Das Schreiben", None)],
    ),
    (
        "Die Studie bittet die Regierung, mehr Geld bereitzustellen.",
        [("Die Studie", None)],
    ),
    # a dative before the verb, an object before a verb of other objects, a plural
    ("Der Politik schlug er vor, sich an anderen Ländern zu orientieren.", [("er", None)]),
    ("Den Vorschlag lehnte Meier ab, er sei zu teuer.", [("Meier", "Meier")]),
    ("Die Anrainer bat Huber, die Fenster geschlossen zu halten.", [("Huber", "Huber")]),
    # a subject of a clause of its own before the cue's
    (
        (
            "Dass der Kurier-Artikel ein Grund für Streit und Scheitern gewesen sein soll, weist "
            "Gruber zurück: Wenn man deshalb eine Einigung verhindere, wäre das kindisch."
        ),
        [("Gruber", "Gruber")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS, ids=[str(i) for i in range(len(SUBJECTS))])
def test_nominative_subject_before_addressee(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


PLACE_NAMES = [
    (
        "Die Folgen wären gering, sagte Österreichs Wirtschaftsdelegierter in Paris, Michael Berger.",
        [
            (
                "Österreichs Wirtschaftsdelegierter in Paris, Michael Berger",
                "Michael Berger",
            )
        ],
    ),
    (
        "Die Bahn fahre wieder, sagte die Sprecherin der ÖBB in Linz, Anna Gruber, am Montag.",
        [("die Sprecherin der ÖBB in Linz, Anna Gruber", "Anna Gruber")],
    ),
    # a place alone; a name that opens a clause of its own
    ("Die Bahn fahre wieder, sagte die Sprecherin in Linz.", [("die Sprecherin", None)]),
    (
        "Die Bahn fahre wieder, sagte die Sprecherin am Montag, Huber habe sich geirrt.",
        [("die Sprecherin", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PLACE_NAMES, ids=[str(i) for i in range(len(PLACE_NAMES))]
)
def test_name_after_place_phrase(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
