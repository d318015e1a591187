"""Direct speech of round 20 (issue 10, "Direct"): speech without quotation marks that goes
on after its frame, as archives that strip the marks (derStandard) print it.

- after unmarked speech framed behind it ("…, sagte der Trainer."), a sentence that reads as
  spoken goes on with the speaker: one that addresses someone ("eure", "Sie" inside the
  sentence), ends in an exclamation mark, or holds a word of the spoken register ("halt")
  in the present tense;
- one sentence with no such sign between the speech and a sentence in the first person
  goes on with it too ("…, sagte X. Der Druck war das ganze Wochenende da. Jetzt freuen
  wir uns …");
- speech after a colon that ends its sentence ("Der Trainer sagte: Wir haben gut gespielt.")
  heads such a run as well;
- the writer's sentences stay out: plain narration, "er"/"sie" or a role noun of someone
  told of, another person named, a question, anything after speech in quotation marks;
  no bridge over a sentence that tells of someone with "sich" or has no finite verb;
- in a text of one paragraph with speaker labels and no interviewer's questions
  ("Kapitän X: Wir haben es mit Herz geschafft. Das Rückspiel findet am Freitag statt.
  Torhüter Y: …"), a label's words are its sentence and the sentences that go on as speech,
  not the writer's sentences up to the next label; a conjunction before a label ("Und Jan
  Novak:") is no part of the speaker.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    (
        (
            "Wir haben hart gearbeitet, sagte Trainer Max Muster. Der Druck zu gewinnen war "
            "das ganze Wochenende da. Jetzt freuen wir uns auf die Pause."
        ),
        [
            ("indirect", "Wir haben hart gearbeitet", "sagte", "Trainer Max Muster", "Max Muster"),
            (
                "continuation",
                (
                    "Der Druck zu gewinnen war das ganze Wochenende da. Jetzt freuen wir uns "
                    "auf die Pause."
                ),
                None,
                "Trainer Max Muster",
                "Max Muster",
            ),
        ],
    ),
    (
        (
            "Die Lage ist ernst, sagte die Ministerin Anna Berger. Da muss man halt "
            "nachbessern. Die Regierung tagte am Abend."
        ),
        [
            (
                "indirect",
                "Die Lage ist ernst",
                "sagte",
                "die Ministerin Anna Berger",
                "Anna Berger",
            ),
            (
                "continuation",
                "Da muss man halt nachbessern.",
                None,
                "die Ministerin Anna Berger",
                "Anna Berger",
            ),
        ],
    ),
    (
        (
            "Das Angebot gilt bis Freitag, sagte der Sprecher des Vereins. Kommt vorbei und "
            "bringt eure Freunde mit!"
        ),
        [
            ("indirect", "Das Angebot gilt bis Freitag", "sagte", "der Sprecher des Vereins", None),
            (
                "continuation",
                "Kommt vorbei und bringt eure Freunde mit!",
                None,
                "der Sprecher des Vereins",
                None,
            ),
        ],
    ),
    (
        (
            "Die Verhandlungen sind extrem schwierig, sagte der Generaldirektor. Und es ist "
            "sehr langwierig. Das funktioniert nur mit Geduld."
        ),
        [
            (
                "indirect",
                "Die Verhandlungen sind extrem schwierig",
                "sagte",
                "der Generaldirektor",
                None,
            ),
            (
                "continuation",
                "Und es ist sehr langwierig. Das funktioniert nur mit Geduld.",
                None,
                "der Generaldirektor",
                None,
            ),
        ],
    ),
    (
        (
            "Der Trainer Karl Bauer sagte: Wir haben gut gespielt. Es gibt noch Luft nach "
            "oben. Die Mannschaft reist am Sonntag ab."
        ),
        # unmarked first-person speech after a colon frame: one direct quote (round 25)
        [
            (
                "direct",
                "Wir haben gut gespielt. Es gibt noch Luft nach oben.",
                "sagte",
                "Der Trainer Karl Bauer",
                "Karl Bauer",
            ),
        ],
    ),
]

LABELS = [
    (
        (
            "Kapitän Felix Gruber: Wir haben es mit Herz geschafft. Das Rückspiel findet am "
            "Freitag in Graz statt. Torhüter Paul Wagner: Ein wunderbarer Abend. Und Jan "
            "Novak: Ich bin einfach glücklich. Wir feiern heute. Die Fans feierten bis in die "
            "Nacht."
        ),
        [
            (
                "direct",
                "Wir haben es mit Herz geschafft.",
                "Kapitän Felix Gruber",
                "Kapitän Felix Gruber",
                "Felix Gruber",
            ),
            (
                "direct",
                "Ein wunderbarer Abend.",
                "Torhüter Paul Wagner",
                "Torhüter Paul Wagner",
                "Paul Wagner",
            ),
            (
                "direct",
                "Ich bin einfach glücklich. Wir feiern heute.",
                "Jan Novak",
                "Jan Novak",
                "Jan Novak",
            ),
        ],
    ),
]

UNCHANGED = [
    # "Das" an article, a place named: the writer's facts
    (
        (
            "Die Verhandlungen sind extrem schwierig, sagte der Generaldirektor. Das Abkommen "
            "regelt den Handel mit Agrarprodukten."
        ),
        [
            (
                "indirect",
                "Die Verhandlungen sind extrem schwierig",
                "sagte",
                "der Generaldirektor",
                None,
            )
        ],
    ),
    (
        (
            "Die Verhandlungen sind extrem schwierig, sagte der Generaldirektor. Das Treffen in "
            "Genf dauert bis Freitag."
        ),
        [
            (
                "indirect",
                "Die Verhandlungen sind extrem schwierig",
                "sagte",
                "der Generaldirektor",
                None,
            )
        ],
    ),
    # the writer goes on: no sign of speech
    (
        (
            "Das Ergebnis ist eine Enttäuschung, sagte der Bürgermeister. Die Stadt hat viel "
            "Geld investiert. Ab Montag beginnen die Bauarbeiten."
        ),
        [("indirect", "Das Ergebnis ist eine Enttäuschung", "sagte", "der Bürgermeister", None)],
    ),
    (
        (
            "Die Preise steigen weiter, sagte der Ökonom. Die Inflation lag im März bei vier "
            "Prozent. Die Notenbank reagierte nicht."
        ),
        [("indirect", "Die Preise steigen weiter", "sagte", "der Ökonom", None)],
    ),
    # another person named between: no bridge
    (
        (
            "Die Saison war lang, sagte der Kapitän. Trainer Karl Bauer sah das anders. Wir "
            "sind trotzdem zufrieden."
        ),
        [("indirect", "Die Saison war lang", "sagte", "der Kapitän", None)],
    ),
    # a sentence between that tells of someone ("ärgerte sich"): no bridge to the next
    # speaker's words
    (
        (
            "Wir waren zu unsicher, sagte der Manager Klaus Berger. Der junge Stürmer ärgerte "
            "sich über die Schlussminuten. Wir haben den Faden verloren."
        ),
        [
            (
                "indirect",
                "Wir waren zu unsicher",
                "sagte",
                "der Manager Klaus Berger",
                "Klaus Berger",
            )
        ],
    ),
    # a role noun: the writer tells of the speaker
    (
        (
            "Die Gespräche waren gut, sagte Fischer. Es handelt sich um eine der letzten Reisen "
            "des Bundespräsidenten."
        ),
        [("indirect", "Die Gespräche waren gut", "sagte", "Fischer", "Fischer")],
    ),
    # speech in quotation marks: what follows without them is the writer's
    (
        "„Die Saison war lang“, sagte der Kapitän. Das ist eh klar. Wir sind trotzdem zufrieden.",
        [("direct", "„Die Saison war lang“", "sagte", "der Kapitän", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_spoken_sentences_go_on(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"), UNCHANGED, ids=[str(i) for i in range(len(UNCHANGED))]
)
def test_narration_stays_out(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[str(i) for i in range(len(LABELS))])
def test_label_words_end_at_narration(nlp, text, expected):
    assert _rows(nlp(text)) == expected
