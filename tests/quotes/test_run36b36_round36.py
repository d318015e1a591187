"""Round 36 (issue 10), class run36b: statements whose speaker is named by a lead-in that is
no speech verb.

- a colon lead-in whose one main verb is one of judgement or justification
  (``verdict_lemmas``, ``attitude_lemmas``: "rechtfertigte den Abdruck …:", "sieht die
  Reform kritisch:") before a Konjunktiv main clause: the clause is the speech of the verb's
  subject (:func:`pipeline.quotes.colon_speech._verdict_subject`); a frame after the
  colon of the next lead-in does not open its sentence
  (:func:`pipeline.quotes.reported_frames._opens_unit`);
- a lead-in of an article and a noun of a claim with no owner ("Die Begründung:") before a
  Konjunktiv clause: the subject of the sentence right before speaks it
  (:func:`pipeline.quotes.colon_speech._claim_before`);
- an orphan Konjunktiv sentence one or two sentences after such a verdict ("attestieren die
  Forscher …"), with only a writer's sentence between, takes its subject
  (:func:`pipeline.quotes.neighbour_speakers._verdict_speaker`).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, parts joined by " || ", cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows

COLON = [
    (
        "Die Wochenzeitung rechtfertigte den Abdruck der Aufnahme in einem Kommentar unter der "
        "Überschrift Ein Bild, das bleibt: Die Aufnahme zeige, wie hilflos Europa sei. Es seien "
        "gerade solche Bilder, die etwas bewegen könnten.",
        [
            (
                "indirect",
                "Die Aufnahme zeige, wie hilflos Europa sei",
                None,
                "Die Wochenzeitung",
                None,
            ),
            (
                "continuation",
                "Es seien gerade solche Bilder, die etwas bewegen könnten.",
                None,
                "Die Wochenzeitung",
                None,
            ),
        ],
    ),
    (
        "Der Sender verteidigte die Ausstrahlung des Interviews: Die Öffentlichkeit habe ein "
        "Recht auf diese Informationen.",
        [
            (
                "indirect",
                "Die Öffentlichkeit habe ein Recht auf diese Informationen",
                None,
                "Der Sender",
                None,
            )
        ],
    ),
    (
        "Die Ärztekammer sieht die Reform kritisch: Sie sei eine Gefahr für die Versorgung auf "
        "dem Land.",
        [
            (
                "indirect",
                "Sie sei eine Gefahr für die Versorgung auf dem Land",
                None,
                "Die Ärztekammer",
                "Ärztekammer",
            )
        ],
    ),
]

# the next frame after a lead-in's colon is no frame in the reported mood that opens its
# sentence (:mod:`pipeline.quotes.reported_frames`): the continuation stays with its speaker
COLON_THEN_FRAME = [
    (
        "Die Verteidigerin des Kassiers, Eva Lang, sieht bei ihrem Mandanten keinen Vorsatz: Er "
        "habe die Belege nie selbst geprüft. Vor Gericht schilderte der Vorstand Martin Roth den "
        "Ablauf: 2010 sei im Vorstand beschlossen worden, die Buchhaltung auszulagern. Er sei für "
        "die Verträge zuständig gewesen, der Kassier für die Zahlungen.",
        [
            (
                "indirect",
                "Er habe die Belege nie selbst geprüft",
                None,
                "Die Verteidigerin des Kassiers, Eva Lang",
                "Eva Lang",
            ),
            (
                "indirect",
                "2010 sei im Vorstand beschlossen worden, die Buchhaltung auszulagern",
                "schilderte",
                "der Vorstand Martin Roth",
                "Martin Roth",
            ),
            (
                "continuation",
                "Er sei für die Verträge zuständig gewesen, der Kassier für die Zahlungen.",
                None,
                "der Vorstand Martin Roth",
                "Martin Roth",
            ),
        ],
    ),
]

NOT_COLON = [
    # a lead-in of no judgement, an indicative clause, a narrative label: no speech
    (
        "Der Klub verteidigte am Samstag seinen Titel: Im Finale besiegte er den Rivalen mit "
        "3:1.",
        [],
    ),
    (
        "Die Stimmung im Saal war gedrückt: Viele Delegierte hätten mit einem anderen Ergebnis "
        "gerechnet.",
        [],
    ),
    (
        "Das Ergebnis der Abstimmung: Die Mehrheit stimmte für den Antrag. Der Bürgermeister war "
        "nicht anwesend.",
        [],
    ),
    (
        "Die Wochenzeitung rechtfertigte den Abdruck der Aufnahme: Das Bild zeigt ein Kind am "
        "Strand.",
        [],
    ),
]

VERDICT = [
    (
        "Für das laufende Jahr attestieren die Forscher des Instituts der Region nur ein "
        "schwaches Wachstum. Die Arbeitslosigkeit stieg im Frühjahr deutlich. Angesichts der guten "
        "Auftragslage sei das ein Rätsel, weil die Exporte zuletzt gewachsen seien.",
        [
            (
                "continuation",
                "Angesichts der guten Auftragslage sei das ein Rätsel, weil die Exporte zuletzt "
                "gewachsen seien.",
                None,
                "die Forscher des Instituts der Region",
                "Institut der Region",
            )
        ],
    ),
    (
        "Die Prüfer des Rechnungshofs bescheinigen der Gemeinde eine schwache Haushaltsführung. Im "
        "Vorjahr wuchs der Schuldenstand um zwölf Prozent. Besonders bei den Bauprojekten fehle "
        "eine Kontrolle.",
        [
            (
                "continuation",
                "Besonders bei den Bauprojekten fehle eine Kontrolle.",
                None,
                "Die Prüfer des Rechnungshofs",
                "Rechnungshof (Österreich)",
            )
        ],
    ),
]

NOT_VERDICT = [
    # the verdict in another paragraph: no speaker
    (
        "Für das laufende Jahr attestieren die Forscher dem Land nur ein schwaches Wachstum."
        "\n\nDie Arbeitslosigkeit stieg im Frühjahr deutlich. Angesichts der guten Auftragslage "
        "sei das ein Rätsel.",
        [
            (
                "continuation",
                "Angesichts der guten Auftragslage sei das ein Rätsel.",
                None,
                None,
                None,
            )
        ],
    ),
    # a statement between: the orphan goes on with it, as before
    (
        "Die Forscher attestieren der Region ein Nullwachstum. Der Minister kündigte ein "
        "Sparpaket an, die Opposition protestierte. Die Arbeitslosigkeit stieg deutlich. Das sei "
        "überraschend.",
        [
            (
                "reported",
                "Der Minister kündigte ein Sparpaket an, die Opposition protestierte.",
                "kündigte … an",
                "Der Minister",
                None,
            ),
            ("continuation", "Das sei überraschend.", None, "Der Minister", None),
        ],
    ),
]

CLAIM = [
    (
        "Die Stadtregierung stoppte das Projekt am Dienstag. Die Begründung: Die Kosten seien um "
        "ein Drittel gestiegen.",
        [
            (
                "indirect",
                "Die Kosten seien um ein Drittel gestiegen",
                None,
                "Die Stadtregierung",
                "Stadtregierung",
            )
        ],
    ),
]

NOT_CLAIM = [
    # indicative after the colon: the writer's sum
    (
        "Die Regierung legte am Montag das Budget vor. Die Bilanz: Das Defizit sinkt auf zwei "
        "Prozent.",
        [],
    ),
    # the sentence before in another paragraph, or a passive with no subject: no speaker
    (
        "Die Stadtregierung stoppte das Projekt am Dienstag.\n\nDie Begründung: Die Kosten seien "
        "um ein Drittel gestiegen.",
        [
            (
                "continuation",
                "Die Begründung: Die Kosten seien um ein Drittel gestiegen.",
                None,
                None,
                None,
            )
        ],
    ),
    (
        "Das Projekt wurde am Dienstag gestoppt. Die Begründung: Die Kosten seien um ein Drittel "
        "gestiegen.",
        [
            (
                "continuation",
                "Die Begründung: Die Kosten seien um ein Drittel gestiegen.",
                None,
                None,
                None,
            )
        ],
    ),
]

KEPT = [
    (
        "Bei den Details blieb Verkehrsminister Josef Huber vage. Es werde eine Lösung geben, "
        "sagte er nur.",
        [("indirect", "Es werde eine Lösung geben", "sagte", "er", "Josef Huber")],
    ),
    (
        "Die Bürgermeisterin Anna Berger zeigte sich zuversichtlich: Die Stadt werde das Defizit "
        "bis 2020 abbauen.",
        [
            (
                "indirect",
                "Die Stadt werde das Defizit bis 2020 abbauen",
                "zeigte sich zuversichtlich",
                "Die Bürgermeisterin Anna Berger",
                "Anna Berger",
            )
        ],
    ),
]


@pytest.mark.parametrize("text,rows", COLON + COLON_THEN_FRAME + NOT_COLON)
def test_a_colon_after_a_verdict(nlp, text, rows):
    assert quote_detail_rows(nlp(text)) == rows


@pytest.mark.parametrize("text,rows", VERDICT + NOT_VERDICT)
def test_an_orphan_after_a_verdict(nlp, text, rows):
    assert quote_detail_rows(nlp(text)) == rows


@pytest.mark.parametrize("text,rows", CLAIM + NOT_CLAIM)
def test_a_claim_noun_after_its_owners_sentence(nlp, text, rows):
    assert quote_detail_rows(nlp(text)) == rows


@pytest.mark.parametrize("text,rows", KEPT)
def test_lead_ins_that_stay(nlp, text, rows):
    assert quote_detail_rows(nlp(text)) == rows
