"""Round 25 (span25): spans of unmarked speech and titles.

Classes covered:

- unmarked first-person speech after a colon frame, over one sentence or more ("Der
  Bürgermeister sagte: Wir kommen wieder. Wir bauen die Stadt auf."): one direct quote of
  the frame's speaker with its full stop, the continuation sentences that go on from it
  included (a continuation of several sentences with all of them); a Konjunktiv sentence
  (the writer's report) ends the run, narration between keeps the later sentence apart;
- no direct quote when a relative pronoun is the frame's subject ("ein Lächeln, das …
  signalisieren sollte: Ich habe …");
- third-person words after a colon stay indirect;
- title and teaser quotes before the first paragraph's dateline: one that only its marks
  found (no speaker, no speech frame, no clause it is a phrase of) and no label before it
  in its sentence is no statement ("„Initiative Religion ist Privatsache“: Eltern haben
  …"); headline attributions stay ("Nagl: „…“", "„…“, sagt der Minister");
- a double space before a sentence: an interview label after it is a label ("…  STANDARD:
  Wie geht es Ihnen?");
- a „ left open mid-paragraph until the next „: two quotes, the first ending with the last
  sentence before the second ("„Wir bauen auf. Wir brauchen Hilfe. Die Ministerin
  antwortete: „Der Bund hilft mit.“"), not one that runs on past the second's close.
"""

import pytest

from tests.conftest import quote_rows as _rows

COLON_RUNS = [
    (
        "Der Bürgermeister Peter Huber sagte: Wir kommen wieder. Wir bauen die Stadt auf.",
        [
            (
                "direct",
                "Wir kommen wieder. Wir bauen die Stadt auf.",
                "sagte",
                "Der Bürgermeister Peter Huber",
                "Peter Huber",
            )
        ],
    ),
    (
        (
            "Philipp Kohlschreiber gewann das Turnier in Kitzbühel. Kohlschreiber zum Spiel: "
            "Das war nicht der Traumstart, ich habe nervös angefangen. Im zweiten Satz habe ich "
            "dann mehr riskiert und ein frühes Break geschafft. Von da an habe ich zu meinem "
            "Spiel gefunden. Im Moment des Triumphs dachte Kohlschreiber auch an seinen Freund."
        ),
        [
            (
                "direct",
                (
                    "Das war nicht der Traumstart, ich habe nervös angefangen. Im zweiten Satz habe "
                    "ich dann mehr riskiert und ein frühes Break geschafft. Von da an habe ich zu "
                    "meinem Spiel gefunden."
                ),
                None,
                "Kohlschreiber",
                "Philipp Kohlschreiber",
            )
        ],
    ),
    (
        "Die Ministerin Anna Gruber versprach: Wir werden keinen Millimeter abweichen.",
        [
            (
                "direct",
                "Wir werden keinen Millimeter abweichen.",
                "versprach",
                "Die Ministerin Anna Gruber",
                "Anna Gruber",
            )
        ],
    ),
    # the frame's subject is a relative pronoun: no one's direct speech
    (
        (
            "Die Ministerin setzte ein Lächeln auf, das den Wählern signalisieren sollte: Ich "
            "habe das alles im Griff. Viele glaubten ihr."
        ),
        [("indirect", "Ich habe das alles im Griff", "signalisieren", "das", None)],
    ),
    # third person after the colon: the writer's report, no direct speech
    (
        "Der Bürgermeister Peter Huber sagte: Die Stadt wird wieder aufgebaut.",
        [
            (
                "indirect",
                "Die Stadt wird wieder aufgebaut",
                "sagte",
                "Der Bürgermeister Peter Huber",
                "Peter Huber",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "rows"), COLON_RUNS, ids=[str(i) for i in range(len(COLON_RUNS))])
def test_colon_runs(nlp, text, rows):
    assert _rows(nlp(text)) == rows


TITLES = [
    (
        (
            "„Initiative Religion ist Privatsache“: Eltern haben Beschwerde eingebracht. "
            "Wien – Die Initiative hat am Montag eine Beschwerde eingebracht, sagte ein Sprecher."
        ),
        [
            (
                "indirect",
                "Die Initiative hat am Montag eine Beschwerde eingebracht",
                "sagte",
                "ein Sprecher",
                None,
            )
        ],
    ),
    # headline attributions stay
    (
        (
            "Nagl: „Traurigster Tag für Graz“ – Tausende bei Gedenken. Graz – Bürgermeister "
            "Siegfried Nagl zeigte sich erschüttert."
        ),
        [("direct", "„Traurigster Tag für Graz“", None, "Nagl", "Siegfried Nagl")],
    ),
    (
        (
            "„Die Lage ist ernst“, sagt der Minister. Wien – Der Minister Peter Huber hat am "
            "Montag vor der Presse gesprochen."
        ),
        # round 26: the title's description points forward to the minister the body names
        [("direct", "„Die Lage ist ernst“", "sagt", "der Minister", "Peter Huber")],
    ),
    # no dateline: the first sentence is no title, its rows stay as they were
    (
        "„Initiative Religion ist Privatsache“ heißt der Verein, der am Montag gegründet wurde.",
        [("direct", "„Initiative Religion ist Privatsache“", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), TITLES, ids=[str(i) for i in range(len(TITLES))])
def test_title_rows(nlp, text, rows):
    assert _rows(nlp(text)) == rows


SPACED_LABELS = [
    (
        (
            "Der Trainer Peter Huber spricht über die Saison. Die Fragen stellte Anna Berger.  "
            "STANDARD: Wie geht es Ihnen?  Huber: Sehr gut, wir haben gewonnen.  STANDARD: Was "
            "kommt jetzt?  Huber: Wir fahren nach Hause."
        ),
        [
            ("direct", "Wie geht es Ihnen?", "STANDARD", "STANDARD", "Der Standard"),
            ("direct", "Sehr gut, wir haben gewonnen.", "Huber", "Huber", "Peter Huber"),
            ("direct", "Was kommt jetzt?", "STANDARD", "STANDARD", "Der Standard"),
            ("direct", "Wir fahren nach Hause.", "Huber", "Huber", "Peter Huber"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), SPACED_LABELS, ids=[str(i) for i in range(len(SPACED_LABELS))]
)
def test_labels_after_a_double_space(nlp, text, rows):
    assert _rows(nlp(text)) == rows


UNCLOSED = [
    (
        (
            "Der Bürgermeister sagte: „Wir bauen die Stadt wieder auf. Wir brauchen Hilfe. Die "
            "Ministerin antwortete: „Der Bund hilft mit.“ Die Feier endete am Abend."
        ),
        [
            (
                "direct",
                "„Wir bauen die Stadt wieder auf. Wir brauchen Hilfe.",
                "sagte",
                "Der Bürgermeister",
                None,
            ),
            ("direct", "„Der Bund hilft mit.“", "antwortete", "Die Ministerin", None),
        ],
    ),
    # a quote inside a quote that closes: one quote, as before
    (
        "Der Bürgermeister sagte: „Wir haben „genug“ gesagt.“ Die Feier endete am Abend.",
        [("direct", "„Wir haben „genug“ gesagt.“", "sagte", "Der Bürgermeister", None)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), UNCLOSED, ids=[str(i) for i in range(len(UNCLOSED))])
def test_unclosed_mark_before_the_next_quote(nlp, text, rows):
    assert _rows(nlp(text)) == rows
