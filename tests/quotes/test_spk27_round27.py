"""Speaker mentions of round 27 (issue 10, "Speakers"): classes of the frame's words that
name the speaker.

- a fronted date ("Schon Anfang März hatte er erklärt, …") parsed as a second subject beside
  the pronoun or person, or as the only one ("Anfang des Jahres hatte Huber erklärt"): the
  date names no one, the subject (or person) after the finite verb speaks
  (:func:`pipeline.quotes.mentions.subject_of`, :func:`~pipeline.quotes.mentions.fronted_not_subject`);
- a hyphenated person compound before a name ("sagt IHS-Mann Hofer", "sagte Youtube-Star
  X"): the parse takes the name for an object; the mention runs on over it
  (:func:`pipeline.quotes.compound_roles.compound_person_name`); an addressee noun after
  the compound ("sagte der SPÖ-Mann Journalisten") stays out;
- an object "es" after the finite verb ("sah es das Gericht als erwiesen an", "hält es die
  Regierung für nötig"): the noun phrase after it that names a speaker is the subject (:mod:`pipeline.quotes.es_objects`);
  "gab es die Meldung" names no one;
- a conjunct verb with no subject of its own shares that of the verb before it; when the
  parse gives that verb two and the first names no one ("Die Pläne der Stadt kritisierte
  der Bürgermeister scharf und erklärte, …"), the one chosen as for that verb speaks
  (:func:`pipeline.quotes.mentions.subject_of`);
- a bare speech act noun before its verb ("Kritik kam aus der Wirtschaft: …"): the act is
  no speaker; an origin or a subject after the verb that names someone speaks
  (:func:`pipeline.quotes.origin_speakers.bare_act`).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "Der Kanzler blieb hart. Schon Anfang März hatte er erklärt, dass es keine neuen "
            "Steuern geben werde."
        ),
        [("er", None)],
    ),
    (
        (
            "Die Firma wächst weiter. Mitte Juni hatte Konzernchef Peter Huber angekündigt, dass "
            "weitere Stellen folgen würden."
        ),
        [("Konzernchef Peter Huber", "Peter Huber")],
    ),
    (
        "Die Lage am Arbeitsmarkt bleibe angespannt, sagte der AMS-Chef Journalisten.",
        [("der AMS-Chef", None)],
    ),
    (
        (
            "Nach der ersten Anhörung sah es das Gericht als erwiesen an, dass der Beklagte die "
            "Frist versäumt habe."
        ),
        [("das Gericht", "Gericht")],
    ),
    (
        "Anfang des Jahres hatte Huber erklärt, es gebe keine Probleme.",
        [("Huber", "Huber")],
    ),
    (
        "Damit hält es die Regierung für nötig, die Steuern rasch zu senken.",
        [("die Regierung", "Regierung")],
    ),
    (
        "Zuletzt nannte es der Kanzler einen Fehler, dass die Frist verlängert wurde.",
        [("der Kanzler", None)],
    ),
    # a thing after "es" names no one
    (
        "Damals gab es die Meldung, dass der Konzern verkauft werde.",
        [(None, None)],
    ),
    (
        (
            "Die Pläne der Stadt kritisierte der Bürgermeister scharf und erklärte, dass er "
            "dagegen klagen werde."
        ),
        [("der Bürgermeister", None)],
    ),
    # the first subject names someone: it stays
    (
        (
            "Huber nennt darin den Minister einen Zauderer und erinnert ihn, dass die Frist "
            "bald ablaufe."
        ),
        [("Huber", "Huber")],
    ),
    (
        (
            "Die Regierung legte die Reform vor. Kritik kam aus der Wirtschaft: „Die Reform ist "
            "zu teuer und kommt zu spät.“"
        ),
        [(None, None)],
    ),
    (
        (
            "Die Regierung legte die Reform vor. Lob kam von der Opposition: „Das ist ein guter "
            "erster Schritt.“"
        ),
        [("der Opposition", "Opposition")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


#: the mention only: the name of a compound before a surname is name resolution's
#: (pipeline/speakers keeps "WIFO-Mann Berger" as the name)
MENTIONS = [
    ("Die Zahl der Lehrstellen sinkt, sagt WIFO-Mann Berger.", ["WIFO-Mann Berger"]),
    (
        "Das Video wurde millionenfach geteilt, sagte Youtube-Star Lindqvist.",
        ["Youtube-Star Lindqvist"],
    ),
    # no compound of a person: the mention stays as the parse gives it
    ("Die Preise steigen weiter, sagte Berger am Montag.", ["Berger"]),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_compound_person_mentions(nlp, text, expected):
    assert [row[0] for row in speaker_rows(nlp(text))] == expected
