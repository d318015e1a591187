"""The quote engine remembers a word's mood per form across Docs; what depends on the
sentence (an ``-e`` form with the subject "ich" is indicative) must not travel with it: a
text's rows may not depend on the texts run before it."""

from __future__ import annotations

STEIDL = (
    "Landesparteiobmann Walter Steidl bestätigt die Pläne. Damit sei der zweite Beschluss"
    " umgesetzt, sagt Steidl. Dieser habe Metes Karriere betroffen."
)
EXPECTED = [
    ("indirect", "Damit sei der zweite Beschluss umgesetzt", "Walter Steidl"),
    ("continuation", "Dieser habe Metes Karriere betroffen.", "Walter Steidl"),
]


def _rows(doc) -> list[tuple]:
    return [(q._.kind, q.text, q._.speaker_name) for q in doc.spans["quotes"]]


def test_first_person_indicative_does_not_carry_over(ud_nlp):
    ud_nlp.get_pipe("newsx_quotes").extractor.kit.mood_memo.clear()  # "habe" asked afresh
    first = ud_nlp("Ich habe nichts gesehen, sagte der Zeuge.")  # "habe" indicative here
    assert [r[1] for r in _rows(first)] == ["Ich habe nichts gesehen"]
    assert _rows(ud_nlp(STEIDL)) == EXPECTED
