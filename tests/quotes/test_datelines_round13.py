"""Datelines after a title or teaser (issue 10, point 5) and media after a speaker's noun
(point 2), on news-style texts written for these tests.

Archives that join title, teaser and body into one line ("… erhöhen. Graz – Wir werden …")
put the dateline in the middle of a paragraph. A place name (or names joined by "/", with
an agency in brackets) before a dash, in one of the text's first sentences, is a dateline:
never inside a quote and never its speaker. "Die Lösung – so der Minister – …" is none.

A medium after the speaker's noun is whom they spoke to ("eine Polizeisprecherin der APA",
"ein Sprecher der Regierung der Nachrichtenagentur MTI") unless it employs them ("der
Chefredakteur der Zeitung Cumhuriyet, Can Dündar", "der Innenpolitik-Chef der Salzburger
Nachrichten").

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

DATELINES = [
    # Austrian: the tagger reads "Graz" as a noun, the recogniser as a place
    (
        (
            "Stadt will Parkgebühren erhöhen. Graz – Wir werden nicht nachgeben, sagte"
            " Bürgermeister Siegfried Nagl am Montag."
        ),
        [
            (
                "indirect",
                "Wir werden nicht nachgeben",
                "sagte",
                "Bürgermeister Siegfried Nagl",
                "Siegfried Nagl",
            )
        ],
    ),
    # German: an organisation speaks
    (
        (
            "Neue Regeln für Mieter. Berlin – Die Mieten würden weiter steigen, warnte der"
            " Deutsche Mieterbund am Dienstag."
        ),
        [
            (
                "indirect",
                "Die Mieten würden weiter steigen",
                "warnte",
                "der Deutsche Mieterbund",
                "Deutsche Mieterbund",
            )
        ],
    ),
    # the parse takes the dateline for the subject: the person after the cue speaks
    (
        (
            "Der Prozess gegen den Fahrer beginnt. Wien – Ich habe nichts gesehen, zitiert"
            " Verteidiger Peter Huber seinen Mandanten."
        ),
        [
            (
                "indirect",
                "Ich habe nichts gesehen",
                "zitiert",
                "Verteidiger Peter Huber",
                "Peter Huber",
            )
        ],
    ),
    # two places joined by "/": not part of the speaker's mention
    (
        (
            "Haushalt 2017: Neue Schulden. Wien/Linz – Finanzminister Hans Jörg Schelling"
            " sagte, das Budget sei solide."
        ),
        [
            (
                "indirect",
                "das Budget sei solide",
                "sagte",
                "Finanzminister Hans Jörg Schelling",
                "Hans Jörg Schelling",
            )
        ],
    ),
    # Swiss: an agency in brackets, at the start of the text
    (
        "Zürich (SDA) – Die Zinsen bleiben tief, sagte Nationalbankpräsident Thomas Jordan.",
        [
            (
                "indirect",
                "Die Zinsen bleiben tief",
                "sagte",
                "Nationalbankpräsident Thomas Jordan",
                "Thomas Jordan",
            )
        ],
    ),
    # an unnamed witness: the mention stays, no name
    (
        "Wien – Sie sei froh, dass alles vorbei sei, sagte die Zeugin vor Gericht.",
        [("indirect", "Sie sei froh, dass alles vorbei sei", "sagte", "die Zeugin", None)],
    ),
]


@pytest.mark.parametrize("text, expected", DATELINES)
def test_dateline_is_neither_quote_nor_speaker(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


def test_a_dash_after_an_ordinary_subject_is_no_dateline(ud_nlp):
    rows = _rows(ud_nlp("Ein Jahr nach der Wahl. Die Lösung – so der Minister – sei nah."))
    assert [r[1] for r in rows] == ["Die Lösung – so der Minister – sei nah."]


#: a medium after the speaker's noun: whom they spoke to, or their employer
MEDIA = [
    # a second genitive after the spokesperson's own: the agency is the addressee
    (
        (
            "Wir fordern Berlin auf, die Lage zu klären, sagte ein Sprecher der Regierung der"
            " ungarischen Nachrichtenagentur MTI am Montag in Budapest."
        ),
        "ein Sprecher der Regierung",
        "Regierung",
    ),
    # a place between: still the addressee
    (
        (
            "Bei dem Angriff seien zwei Menschen verletzt worden, sagte ein Sprecher der"
            " Rettungsdienste in Gaza der Agentur AFP."
        ),
        "ein Sprecher der Rettungsdienste in Gaza",
        None,
    ),
    # a spokesperson speaks to the agency
    (
        "Die Suche werde fortgesetzt, sagte eine Polizeisprecherin der APA.",
        "eine Polizeisprecherin",
        "Polizei",
    ),
    # a witness speaks to the agency
    (
        "Es habe keine Verletzten gegeben, sagte eine Augenzeugin der Nachrichtenagentur Reuters.",
        "eine Augenzeugin",
        None,
    ),
    # the newspaper employs the editor named after it
    (
        "Die Pressefreiheit sei in Gefahr, sagte der Chefredakteur der Zeitung Cumhuriyet, Can Dündar.",
        "der Chefredakteur der Zeitung Cumhuriyet, Can Dündar",
        "Can Dündar",
    ),
    # a role that is not a spokesperson's: the newspaper employs them
    (
        "Die Regierung habe versagt, schreibt der Innenpolitik-Chef der Salzburger Nachrichten.",
        "der Innenpolitik-Chef der Salzburger Nachrichten",
        None,
    ),
]


@pytest.mark.parametrize("text, speaker, name", MEDIA)
def test_medium_after_the_speaker(ud_nlp, text, speaker, name):
    assert [(r[3], r[4]) for r in _rows(ud_nlp(text))] == [(speaker, name)]


def test_an_article_of_a_name_is_no_speaker(ud_nlp):
    text = (
        "Wie viel der Kandidat ausgeben will, wird nicht verraten. Auf der vom Verein Gemeinsam"
        " für Van der Bellen getragenen Homepage wird aber betont: Jeder Euro zählt."
    )
    assert [(r[1], r[3]) for r in _rows(ud_nlp(text))] == [("Jeder Euro zählt", None)]


def test_a_relative_pronoun_speaks(ud_nlp):
    text = "Die Polizei prüft die Angaben eines Zeugen, der behauptet, den Täter gesehen zu haben."
    assert [(r[1], r[3]) for r in _rows(ud_nlp(text))] == [("den Täter gesehen zu haben", "der")]
