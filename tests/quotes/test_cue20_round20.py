"""Reported speech acts of round 20 (issue 10, "uncommon speech-act cues"): the classes.

- "sich für X stark machen" / "starkmachen", "für X werben", "auf X aufmerksam machen" are
  reported speech acts of their subject; "darauf aufmerksam machen, dass …" frames its
  clause; not "auf sich aufmerksam machen" (drawing attention to oneself), "mit X werben"
  (advertising), "einen Gewinn machen";
- a speech act in the infinitive under a modal of duty ("Die Länder sollten sich für X
  starkmachen", "soll für ein Nein werben") or of intention ("will … werben"): what is to be
  done, nothing said; "soll X gefordert haben" (a perfect infinitive) stays a report.

- source frames: an origin phrase that names who speaks after a bare source noun is the
  speaker and part of the frame ("nach Angaben aus Justizkreisen" -> "Justizkreisen"), a date
  after the source too ("der Feuerwehr vom Sonntag"); not "am Montag" (the time of the event)
  nor an origin phrase that names no one ("laut Bericht aus jenen Produkten zusammen");
- a Konjunktiv content goes on past a comma between two attributive adjectives of one noun
  ("es habe einen systematischen, ausgefeilten Plan gegeben"), a participle the tagger calls
  a finite verb.

- the writer's narration: a verb a thing does too ("andeuten", "erinnern", …) with a noun
  subject that names no one who speaks, no text and no person ("Schon der Titel deutet an,
  wie …", "Der Name erinnert daran, dass …"), not "Der Bericht", "Der 45-Jährige", "Der
  Angeklagte"; "So ist etwa bekannt, dass …" (a known fact), not "wurde bekannt" / "ist
  bekannt geworden" (news); "Man kann davon ausgehen, dass …" (a cue pattern under a modal
  with "man"); "hat ein Buch darüber geschrieben, wie …" (a verb of writing with an authored
  work as its object), not "schrieb in seinem Buch, dass …".

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows
from tests.conftest import quote_rows as _rows

DOCUMENTS = [
    (
        "Die Grünen machen sich seit Jahren für ein Verbot des Pestizids stark.",
        [
            (
                "reported",
                "Die Grünen machen sich seit Jahren für ein Verbot des Pestizids stark.",
                "machen … stark",
                "Die Grünen",
                "Bündnis 90/Die Grünen",
            )
        ],
    ),
    (
        "Der Bürgermeister hatte sich im Gemeinderat für den Neubau der Schule starkgemacht.",
        [
            (
                "reported",
                "Der Bürgermeister hatte sich im Gemeinderat für den Neubau der Schule starkgemacht.",
                "starkgemacht",
                "Der Bürgermeister",
                None,
            )
        ],
    ),
    (
        "Die Gewerkschaft wirbt für einen höheren Mindestlohn.",
        [
            (
                "reported",
                "Die Gewerkschaft wirbt für einen höheren Mindestlohn.",
                "wirbt",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    (
        "Die Ministerin warb am Montag in Brüssel für ihre Reform.",
        [
            (
                "reported",
                "Die Ministerin warb am Montag in Brüssel für ihre Reform.",
                "warb",
                "Die Ministerin",
                None,
            )
        ],
    ),
    (
        "Die Hilfsorganisation macht auf die Lage der Flüchtlinge im Libanon aufmerksam.",
        [
            (
                "reported",
                "Die Hilfsorganisation macht auf die Lage der Flüchtlinge im Libanon aufmerksam.",
                "macht … aufmerksam",
                "Die Hilfsorganisation",
                None,
            )
        ],
    ),
    (
        "Die Ärztin machte darauf aufmerksam, dass die Zahl der Fälle steige.",
        [("indirect", "dass die Zahl der Fälle steige", "machte … aufmerksam", "Die Ärztin", None)],
    ),
    (
        "Der Verein konnte mit guten Ergebnissen auf sich aufmerksam machen.",
        [],
    ),
    (
        "Das Unternehmen wirbt mit niedrigen Preisen.",
        [],
    ),
    (
        "Die Firma hat im Vorjahr einen Gewinn gemacht.",
        [],
    ),
    (
        "Die Länder sollten sich in Brüssel für eine höhere Maut starkmachen.",
        [],
    ),
    (
        "Der Kanzler will am Freitag im Parlament für das Paket werben.",
        [],
    ),
    (
        "Die Opposition soll nun für ein Nein werben.",
        [],
    ),
    (
        "Der Minister soll eine Untersuchung gefordert haben.",
        [
            (
                "reported",
                "Der Minister soll eine Untersuchung gefordert haben.",
                "gefordert",
                "Der Minister",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_reported_acts(nlp, text, expected):
    assert _rows(nlp(text)) == expected


#: spans: a source's origin phrase and date belong to the frame; a comma between two
#: attributive adjectives does not end a Konjunktiv content. Rows: ``(parts, speaker)``.
SPANS = [
    (
        "Nach Angaben aus Justizkreisen vom Montag soll der Manager Millionen veruntreut haben.",
        [("soll der Manager Millionen veruntreut haben", "Justizkreisen")],
    ),
    (
        "Nach Informationen aus Regierungskreisen will der Kanzler im Herbst zurücktreten.",
        [("will der Kanzler im Herbst zurücktreten", "Regierungskreisen")],
    ),
    (
        "Nach Angaben der Feuerwehr vom Sonntag wurden drei Menschen verletzt.",
        [("wurden drei Menschen verletzt", "der Feuerwehr")],
    ),
    (
        "Laut Polizei wurden am Montag drei Menschen verletzt.",
        [("wurden am Montag drei Menschen verletzt", "Polizei")],
    ),
    (
        "Die Liste setzt sich laut Bericht aus jenen Produkten zusammen, die im Test gut abgeschnitten haben.",
        [
            (
                "Die Liste setzt sich || aus jenen Produkten zusammen, die im Test gut abgeschnitten haben",
                "Bericht",
            )
        ],
    ),
    (
        "Der Staatsanwalt sagte, es habe einen systematischen, ausgefeilten Plan gegeben, um die Anleger zu täuschen.",
        [
            (
                "es habe einen systematischen, ausgefeilten Plan gegeben, um die Anleger zu täuschen",
                "Der Staatsanwalt",
            )
        ],
    ),
    (
        "Die Ministerin sagte, es gebe einen klaren, abgestimmten Zeitplan.",
        [("es gebe einen klaren, abgestimmten Zeitplan", "Die Ministerin")],
    ),
    (
        "Die Lage sei sehr ernst, forderten Politiker am Montag eine Reform.",
        [("Die Lage sei sehr ernst", "Politiker")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_source_and_content_spans(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


#: the writer's narration: a thing as the subject of a verb a thing does too; "ist bekannt"
NARRATION = [
    (
        "Schon der Titel des Albums deutet an, wie es dem Sänger heute geht.",
        [],
    ),
    (
        "Der Name der Straße erinnert daran, dass hier einst eine Mühle stand.",
        [],
    ),
    (
        "Der Bericht erinnert daran, dass die Mittel knapp sind.",
        [("indirect", "dass die Mittel knapp sind", "erinnert", "Der Bericht", None)],
    ),
    (
        "Die Ministerin deutete an, dass sie zurücktreten könnte.",
        [("indirect", "dass sie zurücktreten könnte", "deutete … an", "Die Ministerin", None)],
    ),
    (
        "Der 45-Jährige deutete an, dass er zurücktreten könnte.",
        [("indirect", "dass er zurücktreten könnte", "deutete … an", "Der 45-Jährige", None)],
    ),
    (
        "Der Angeklagte erinnerte daran, dass er unschuldig sei.",
        [("indirect", "dass er unschuldig sei", "erinnerte", "Der Angeklagte", None)],
    ),
    (
        "So ist etwa bekannt, dass viele Nutzer über Übelkeit klagen.",
        [],
    ),
    (
        "Am Montag wurde bekannt, dass der Konzern Verluste schreibt.",
        [("indirect", "dass der Konzern Verluste schreibt", "wurde bekannt", None, None)],
    ),
    (
        "Am Montag ist bekannt geworden, dass der Konzern Verluste schreibt.",
        [("indirect", "dass der Konzern Verluste schreibt", "ist bekannt geworden", None, None)],
    ),
    (
        "Man kann davon ausgehen, dass die Preise weiter steigen.",
        [],
    ),
    (
        "Die Polizei geht davon aus, dass der Brand gelegt wurde.",
        [("indirect", "dass der Brand gelegt wurde", "geht davon aus", "Die Polizei", "Polizei")],
    ),
    (
        "Der Historiker hat ein Buch darüber geschrieben, wie die Krise entstand.",
        [],
    ),
    (
        "Die Autorin hat einen neuen Roman darüber geschrieben, wie ihre Familie floh.",
        [],
    ),
    (
        "Der Minister schrieb in seinem Buch, dass die Reform komme.",
        [("indirect", "dass die Reform komme", "schrieb", "Der Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NARRATION)
def test_writer_narration(nlp, text, expected):
    assert _rows(nlp(text)) == expected
