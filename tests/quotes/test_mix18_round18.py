"""Direct quotes of round 18 (issue 10, "Direct quotes"): speakers of quotes that no cue
right next to them frames.

- a quoted phrase with no cue in a sentence of reported speech (a Konjunktiv I anywhere in
  it, or a Konjunktiv II outside the marks) takes the speaker of the nearest statement
  before it in the paragraph ("Kämen sie dem nicht nach, so „schütze sie Gott“", "Dies
  hätten die Beamten „mittels …“ verhindert"); so does a colon quote after such a sentence
  ("Queensland sei … verpflichtet: „…“"); an indicative sentence keeps none / its subject;
- a quoted phrase of three words or more with a lowercase adjective or verb ("„Sanktionen
  zu tun oder militärischen Aktionen“"), rated low as a name, in a sentence of reported
  speech after a statement: a quote of the statement's speaker; a name with no predicate
  or a sentence of the writer's stays out;
- a standalone quoted sentence with no speaker right after a quote whose speaker is found
  only when the mentions are tidied ("„…“, so letztere. „…“") or right after a
  continuation ("… Die Gefahr sei groß. „Ich bin …“"): the same speaker;
- "Mit den Worten „…“ kommentierte er …": the subject of the verb after the quote;
- a quote that opens its unit with a lowercase word ("sagte Merkel, Benedikt XVI. „ist
  und bleibt …“": the ordinal's full stop split the sentence): the cue of the sentence
  before;
- a cue pattern right after the closing mark with no comma ("„…“ heißt es dazu in einer
  Pressemitteilung des Vereins"): the document after the pattern's preposition;
- an enumeration before a colon ("…, und die Ministerpräsidentin Erna Solberg: „…“"): its
  last member when it names a person; a quoted sentence in a parenthesis right after a
  person's name ("Peter Müller („…“)"): that person;
- a passive speech verb with "werden" and no agent the parse finds ("die als „…“
  beschrieben wurden"): no speaker, not its subject; an active perfect keeps its subject;
- a quoted predicate right before its copula after a "für" phrase ("Was für die
  Ministerin eine „…“ ist, war …"): whose evaluation it is;
- written words whose noun is the subject or introduces the quote ("war die Parole „…“ zu
  lesen", "steht in dem Gesetzentwurf der Passus: „…“", "fand sich die Feststellung „…“"):
  the place they stand in is the source, in the clause of the noun and not a town ("In
  Wien war die Parole „…“ zu lesen"); a quoted phrase with no cue in the clause of a
  document ("In einem internen Schreiben war von einem „…“ die Rede"): the document,
  unless a subject names someone; a speaker of a verb stays ("skandierten Parolen
  wie „…“", "Auf der Pressekonferenz sagte der Minister: „…“").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

REPORTED_FRAGMENTS = [
    (
        (
            "Der Bürgermeister forderte alle Bewohner der Stadt zum sofortigen Rückzug auf. "
            "Kämen sie dem nicht nach, so „schütze sie Gott“."
        ),
        [
            (
                "reported",
                "Der Bürgermeister forderte alle Bewohner der Stadt zum sofortigen Rückzug auf.",
                "forderte",
                "Der Bürgermeister",
                None,
            ),
            ("direct", "„schütze sie Gott“", None, "Der Bürgermeister", None),
        ],
    ),
    (
        (
            "Die Polizei schilderte den Vorfall anders. Dabei sei ein Mann festgenommen "
            "worden. Dies hätten die Beamten „mittels einfacher körperlicher Gewalt“ verhindert."
        ),
        [
            (
                "continuation",
                "Dabei sei ein Mann festgenommen worden.",
                None,
                "Die Polizei",
                "Polizei",
            ),
            ("direct", "„mittels einfacher körperlicher Gewalt“", None, "Die Polizei", "Polizei"),
        ],
    ),
    (
        (
            "Der Minister sprach von neuen Risiken. Die gesammelten Daten seien „in besonderem "
            "Maße schutzwürdig“."
        ),
        [
            ("reported", "Der Minister sprach von neuen Risiken.", "sprach", "Der Minister", None),
            (
                "continuation",
                "Die gesammelten Daten seien „in besonderem Maße schutzwürdig“.",
                None,
                "Der Minister",
                None,
            ),
            ("direct", "„in besonderem Maße schutzwürdig“", None, "Der Minister", None),
        ],
    ),
    (
        (
            "Die Premierministerin sagte am Montag, man werde sofort Helfer schicken. Queensland "
            "sei dem Nachbarland zu Dank verpflichtet: „Sie haben uns Helfer geschickt und wir "
            "werden ihnen genauso helfen.“"
        ),
        [
            (
                "indirect",
                "man werde sofort Helfer schicken",
                "sagte",
                "Die Premierministerin",
                None,
            ),
            (
                "direct",
                "„Sie haben uns Helfer geschickt und wir werden ihnen genauso helfen.“",
                None,
                "Die Premierministerin",
                None,
            ),
        ],
    ),
    # indicative: the writer's sentence, no statement goes on
    (
        (
            "Die Studie wurde am Montag veröffentlicht. Die gesammelten Daten sind „in "
            "besonderem Maße schutzwürdig“."
        ),
        [("direct", "„in besonderem Maße schutzwürdig“", None, None, None)],
    ),
    (
        (
            "Die Premierministerin kam am Montag an. Das Land ist dem Nachbarland zu Dank "
            "verpflichtet: „Sie haben uns Helfer geschickt.“"
        ),
        [("direct", "„Sie haben uns Helfer geschickt.“", None, "Das Land", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    REPORTED_FRAGMENTS,
    ids=[str(i) for i in range(len(REPORTED_FRAGMENTS))],
)
def test_fragment_in_reported_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected


SAID_PHRASES = [
    (
        (
            "Die Ministerin sprach sich gegen Gewalt aus. Zwar sei politischer Druck notwendig, "
            "das habe aber nichts mit „Sanktionen zu tun oder militärischen Aktionen“."
        ),
        [
            (
                "continuation",
                (
                    "Zwar sei politischer Druck notwendig, das habe aber nichts mit „Sanktionen "
                    "zu tun oder militärischen Aktionen“."
                ),
                None,
                "Die Ministerin",
                None,
            ),
            (
                "direct",
                "„Sanktionen zu tun oder militärischen Aktionen“",
                None,
                "Die Ministerin",
                None,
            ),
        ],
    ),
    (
        (
            "Der Ökonom Peter Elshorst führte aus, dass ein System von Schmiergeldzahlungen „Ende "
            "der 90er Jahre in der ganzen Branche üblich“ gewesen sei."
        ),
        [
            (
                "mixed",
                (
                    "dass ein System von Schmiergeldzahlungen „Ende der 90er Jahre in der ganzen "
                    "Branche üblich“ gewesen sei"
                ),
                "führte … aus",
                "Der Ökonom Peter Elshorst",
                "Peter Elshorst",
            ),
            (
                "direct",
                "„Ende der 90er Jahre in der ganzen Branche üblich“",
                "führte … aus",
                "Der Ökonom Peter Elshorst",
                "Peter Elshorst",
            ),
        ],
    ),
    # a name with no predicate stays out
    (
        (
            "Die Ministerin sprach sich gegen Gewalt aus. Zwar sei politischer Druck notwendig, "
            "das habe aber nichts mit der „Gesellschaft für Internationale Zusammenarbeit“ zu tun."
        ),
        [
            (
                "continuation",
                (
                    "Zwar sei politischer Druck notwendig, das habe aber nichts mit der "
                    "„Gesellschaft für Internationale Zusammenarbeit“ zu tun."
                ),
                None,
                "Die Ministerin",
                None,
            )
        ],
    ),
    # the writer's indicative sentence: no statement goes on
    (
        (
            "Die Ministerin sprach am Montag in Berlin. Politischer Druck ist notwendig, das hat "
            "aber nichts mit „Sanktionen zu tun oder militärischen Aktionen“."
        ),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SAID_PHRASES, ids=[str(i) for i in range(len(SAID_PHRASES))]
)
def test_phrase_with_predicate_in_reported_speech(nlp, text, expected):
    assert _rows(nlp(text)) == expected


FRAMES_NEARBY = [
    (
        (
            "Die Tierschützer protestierten vor dem Rathaus. „Das Leiden geht weiter“, so "
            "letztere. „Durch die Hitze wird das Leiden sogar noch verstärkt.“"
        ),
        [
            ("direct", "„Das Leiden geht weiter“", "so", "letztere", None),
            (
                "direct",
                "„Durch die Hitze wird das Leiden sogar noch verstärkt.“",
                None,
                "letztere",
                None,
            ),
        ],
    ),
    (
        (
            "Der Stürmer entschuldigte sich bei den Fans. Mit den Worten „Ich habe in der Hitze "
            "des Gefechts Dinge gesagt, die ich bereue“ kommentierte er seinen Ausfall vor den "
            "Kameras."
        ),
        [
            (
                "direct",
                "„Ich habe in der Hitze des Gefechts Dinge gesagt, die ich bereue“",
                "Mit den Worten",
                "er",
                None,
            )
        ],
    ),
    (
        (
            "Der Verein fordert Nummernschilder für Polizisten. „Wenn Straftaten nicht verfolgt "
            "werden, leidet das Vertrauen in den Staat“ heißt es dazu in einer Pressemitteilung "
            "des Vereins."
        ),
        [
            (
                "reported",
                "Der Verein fordert Nummernschilder für Polizisten.",
                "fordert",
                "Der Verein",
                None,
            ),
            (
                "direct",
                "„Wenn Straftaten nicht verfolgt werden, leidet das Vertrauen in den Staat“",
                "heißt es",
                "einer Pressemitteilung des Vereins",
                None,
            ),
        ],
    ),
    (
        (
            "Viele gratulierten, so der Leiter der Behörde, Peter Müller („Niemand hat diese "
            "Ehre mehr verdient.“), und die norwegische Ministerpräsidentin Erna Solberg: „Der "
            "Preis kommt nicht zu früh.“"
        ),
        [
            (
                "direct",
                "„Niemand hat diese Ehre mehr verdient.“",
                None,
                "Peter Müller",
                "Peter Müller",
            ),
            (
                "direct",
                "„Der Preis kommt nicht zu früh.“",
                None,
                "die norwegische Ministerpräsidentin Erna Solberg",
                "Erna Solberg",
            ),
        ],
    ),
    # after reported speech in the Konjunktiv: the statement's speaker goes on
    (
        (
            "Der Bundespräsident sagte, er habe lange mit Experten gesprochen. Die Lage sei "
            "ernst. Die Gefahr sei groß. „Ich bin davon überzeugt, dass die Voraussetzungen "
            "gegeben sind.“"
        ),
        [
            (
                "indirect",
                "er habe lange mit Experten gesprochen",
                "sagte",
                "Der Bundespräsident",
                None,
            ),
            (
                "continuation",
                "Die Lage sei ernst. Die Gefahr sei groß.",
                None,
                "Der Bundespräsident",
                None,
            ),
            (
                "direct",
                "„Ich bin davon überzeugt, dass die Voraussetzungen gegeben sind.“",
                None,
                "Der Bundespräsident",
                None,
            ),
        ],
    ),
    # the full stop of an ordinal split the sentence: the quote opens with a lowercase word
    (
        (
            "Später sagte Bundeskanzlerin Angela Merkel vor der Presse, Papst Benedikt XVI. "
            "„ist und bleibt einer der bedeutendsten Denker unserer Zeit“."
        ),
        [
            (
                "direct",
                "„ist und bleibt einer der bedeutendsten Denker unserer Zeit“",
                "sagte",
                "Bundeskanzlerin Angela Merkel",
                "Angela Merkel",
            )
        ],
    ),
    (
        "Der Papst heißt Benedikt XVI. „Das ist ein großer Tag“, sagte der Sprecher.",
        [("direct", "„Das ist ein großer Tag“", "sagte", "der Sprecher", None)],
    ),
    # two quoted sentences after a sentence with no statement: no speaker
    (
        "Der Trainer lobte die Mannschaft. „Wir haben gut gespielt.“ „Die Abwehr stand sicher.“",
        [
            ("direct", "„Wir haben gut gespielt.“", None, None, None),
            ("direct", "„Die Abwehr stand sicher.“", None, None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), FRAMES_NEARBY, ids=[str(i) for i in range(len(FRAMES_NEARBY))]
)
def test_frames_next_to_the_quote(nlp, text, expected):
    assert _rows(nlp(text)) == expected


PASSIVE_CUES = [
    # the subject of a passive speech verb is spoken of: with no agent no one speaks
    (
        "Die Rauchschwaden, die als „nebelartig“ beschrieben wurden, ziehen über die Stadt.",
        [("direct", "„nebelartig“", "beschrieben", None, None)],
    ),
    # an active perfect keeps its subject
    (
        "Die Regierung hat das Land im Sommer als „junge couragierte Demokratie“ bezeichnet.",
        [
            (
                "direct",
                "„junge couragierte Demokratie“",
                "als … bezeichnet",
                "Die Regierung",
                "Regierung",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PASSIVE_CUES, ids=[str(i) for i in range(len(PASSIVE_CUES))]
)
def test_passive_cue(nlp, text, expected):
    assert _rows(nlp(text)) == expected


HOLDERS = [
    (
        (
            "Was für die Ministerin eine „flexiblere Handhabe der Rückzahlung“ ist, war für die "
            "Lehrerverbände „Wortbruch und Vertrauensmissbrauch“."
        ),
        [
            ("direct", "„flexiblere Handhabe der Rückzahlung“", None, "die Ministerin", None),
            (
                "direct",
                "„Wortbruch und Vertrauensmissbrauch“",
                None,
                "die Lehrerverbände",
                "Lehrerverbände",
            ),
        ],
    ),
    # "viele" names no one: the word stays a low-rated name
    ("Was für viele eine „Zumutung“ ist, bleibt Alltag.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS, ids=[str(i) for i in range(len(HOLDERS))])
def test_holder_of_a_quoted_predicate(nlp, text, expected):
    assert _rows(nlp(text)) == expected


WRITTEN_WORDS = [
    (
        "Auf dem Fronttransparent war die Parole „Autonome in Bewegung“ zu lesen.",
        [("direct", "„Autonome in Bewegung“", None, "dem Fronttransparent", None)],
    ),
    (
        (
            "Derzeit steht in dem Gesetzentwurf noch der Passus: „Die gespeicherten Daten sind "
            "nach einem Jahr zu löschen.“"
        ),
        [
            (
                "direct",
                "„Die gespeicherten Daten sind nach einem Jahr zu löschen.“",
                None,
                "dem Gesetzentwurf",
                None,
            )
        ],
    ),
    (
        (
            "In der Zeitung fand sich dazu die Feststellung „Mit dieser Ausgabe stellt die "
            "Redaktion ihre Arbeit auf neue Beine“."
        ),
        [
            (
                "direct",
                "„Mit dieser Ausgabe stellt die Redaktion ihre Arbeit auf neue Beine“",
                None,
                "der Zeitung",
                None,
            )
        ],
    ),
    # a town is where people are, not where words stand
    (
        "In Wien war die Parole „Nie wieder Krieg“ zu lesen.",
        [("direct", "„Nie wieder Krieg“", None, None, None)],
    ),
    # a quoted phrase with no cue in a document's clause: the document
    (
        (
            "In einem internen Schreiben an die Mitarbeiter war von einem „vertrauensvollen und "
            "offenen Dialog“ die Rede."
        ),
        [
            (
                "direct",
                "„vertrauensvollen und offenen Dialog“",
                None,
                "einem internen Schreiben",
                None,
            )
        ],
    ),
    (
        "In der Stadt war von einem „vertrauensvollen und offenen Dialog“ die Rede.",
        [("direct", "„vertrauensvollen und offenen Dialog“", None, None, None)],
    ),
    # a subject that names someone beats the document
    (
        "In einem Bericht rechtfertigte das Verteidigungsministerium die Aktion als „defensiver Natur“.",
        [
            (
                "direct",
                "„defensiver Natur“",
                None,
                "das Verteidigungsministerium",
                "Verteidigungsministerium",
            )
        ],
    ),
    # a speaker of a verb stays
    (
        "Die Demonstranten skandierten Parolen wie „Nieder mit der Regierung“ vor dem Parlament.",
        [("direct", "„Nieder mit der Regierung“", "skandierten", "Die Demonstranten", None)],
    ),
    (
        "Auf der Pressekonferenz sagte der Minister: „Wir bleiben bei unserem Kurs.“",
        [("direct", "„Wir bleiben bei unserem Kurs.“", "sagte", "der Minister", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), WRITTEN_WORDS, ids=[str(i) for i in range(len(WRITTEN_WORDS))]
)
def test_place_of_written_words(nlp, text, expected):
    assert _rows(nlp(text)) == expected
