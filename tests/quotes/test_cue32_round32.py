"""Cues of round 32 (issue 10): demands with "verlangen" and denials with "in Abrede
stellen".

- "verlangen" with only an object reports a demand, as "fordern" does ("Die Opposition
  verlangte den Rücktritt der Ministerin"; the row spans the sentence with its frame, as
  Wikinews gold marks reported acts), but only with a speaker who names someone who
  speaks: "Die Aufgabe verlangt viel Geduld" is what a thing takes, no act;
- "in Abrede stellen" is a denial that frames what is denied, like "bestreiten" ("Dass …,
  stellte Kurz in Abrede"; "hat … stets in Abrede gestellt"; "stellt in Abrede, … zu
  haben"); the cue is "stellte … Abrede"; "niemand" denies nothing, and the noun alone
  ("die Abrede zwischen den Vereinen") is no cue.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Die Opposition verlangte den Rücktritt der Ministerin.",
        [
            (
                "reported",
                "Die Opposition verlangte den Rücktritt der Ministerin.",
                "verlangte",
                "Die Opposition",
            )
        ],
    ),
    (
        "Der Landesrat ist unzufrieden. Zweitens verlange er eine Befragung der Bevölkerung.",
        [
            (
                "reported",
                "Zweitens verlange er eine Befragung der Bevölkerung.",
                "verlange",
                "er",
            )
        ],
    ),
    ("Die Aufgabe verlangt viel Geduld.", []),
    ("Der neue Job verlangte ihr einiges ab.", []),
    (
        "Die Gewerkschaft verlangte, dass die Löhne steigen.",
        [("indirect", "dass die Löhne steigen", "verlangte", "Die Gewerkschaft")],
    ),
    (
        "Dass die Reform zu spät komme, stellte die Ministerin in Abrede.",
        [("indirect", "Dass die Reform zu spät komme", "stellte … Abrede", "die Ministerin")],
    ),
    (
        "Die Gewerkschaft stellte in Abrede, dass es Absprachen mit dem Vorstand gegeben habe.",
        [
            (
                "indirect",
                "dass es Absprachen mit dem Vorstand gegeben habe",
                "stellte … Abrede",
                "Die Gewerkschaft",
            )
        ],
    ),
    (
        (
            "Dass er von den Zahlungen gewusst habe, hat der frühere Bürgermeister stets in "
            "Abrede gestellt."
        ),
        [
            (
                "indirect",
                "Dass er von den Zahlungen gewusst habe",
                "Abrede … gestellt",
                "der frühere Bürgermeister",
            )
        ],
    ),
    (
        "Der Konzern stellt in Abrede, die Behörden getäuscht zu haben.",
        [("indirect", "die Behörden getäuscht zu haben", "stellt … Abrede", "Der Konzern")],
    ),
    (
        (
            "Dass die Gespräche gescheitert seien, stellte ein Sprecher des Ministeriums am "
            "Dienstag entschieden in Abrede."
        ),
        [
            (
                "indirect",
                "Dass die Gespräche gescheitert seien",
                "stellte … Abrede",
                "ein Sprecher des Ministeriums",
            )
        ],
    ),
    ("Dass der Vertrag gebrochen wurde, stellt niemand in Abrede.", []),
    (
        "Der Trainer stellte die Mannschaft neu auf. Die Abrede zwischen den Vereinen gilt bis Juni.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round32_cues(nlp, text, expected):
    doc = nlp(text)
    rows = [(q._.kind, q.text, q._.cue, q._.speaker) for q in doc.spans["quotes"]]
    assert rows == expected
