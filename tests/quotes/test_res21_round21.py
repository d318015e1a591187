"""Speaker names of round 21 (issue 10, "Speakers"): a description resolves to the full name
the article introduced, or stays empty when that is not clear.

- a nationality or home region as person noun ("sagte der Franzose", "so die Steirerin"):
  the person of that country named before (from the entity, a role with a country, or the
  demonym right before the name); else the one person of unknown country named before;
  empty when two persons of unknown country fit, when an anonymous person is described
  between ("die Festnahme eines Aktivisten … erklärte der Italiener"), when the noun was the
  text's own anonymous protagonist before, for an indefinite "ein Franzose" and for the
  plural "die Franzosen";
- a speaking body as the last part of a hyphenated compound keeps the capital of its noun
  ("die US-Botschaft" -> "US-Botschaft", not "US-botschaft"; "des Gesundheitsministeriums"
  -> "Gesundheitsministerium");
- a person NER knows only by the surname takes the given names before an earlier mention
  ("… Ehefrau Ensaf Haidar … sagte Haidar" -> "Ensaf Haidar"); not a title or person noun
  before it ("Bischof", "Musiker Heino") nor a word that is no proper noun ("Doch Gruber").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DEMONYMS = [
    (
        (
            "Der französische Präsident Emmanuel Macron besuchte am Montag Wien. "
            "Es gebe viel zu tun, sagte der Franzose."
        ),
        [("der Franzose", "Emmanuel Macron")],
    ),
    (
        (
            "Der Tennisprofi Dominic Thiem gewann am Sonntag in Kitzbühel. "
            "Er sei sehr glücklich, sagte der Österreicher nach dem Spiel."
        ),
        [("der Österreicher", "Dominic Thiem")],
    ),
    # the one woman of the two persons
    (
        (
            "Die Ministerin Karin Kneissl traf in Paris ihren Amtskollegen Pierre Dubois. "
            "Die Gespräche seien gut verlaufen, sagte die Österreicherin."
        ),
        [("die Österreicherin", "Karin Kneissl")],
    ),
    # two women of unknown country: no name
    (
        (
            "Die Ministerin Karin Kneissl traf in Paris die Bürgermeisterin Anne Hidalgo. "
            "Die Gespräche seien gut verlaufen, sagte die Österreicherin."
        ),
        [("die Österreicherin", None)],
    ),
    # an anonymous person described between
    (
        (
            "Der Bürgermeister Peter Gruber kritisierte die Kontrollen. Die Polizei nahm am "
            "Sonntag einen Aktivisten fest. Er habe nur friedlich protestiert, erklärte der "
            "Italiener."
        ),
        [("der Italiener", None)],
    ),
    # someone new and several
    (
        "Der Trainer Peter Stöger sprach am Montag. Das Team sei stark, sagte ein Franzose.",
        [("ein Franzose", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEMONYMS)
def test_demonym_speakers(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


BODIES = [
    (
        "Die Reisewarnung bleibe bestehen, teilte die US-Botschaft am Montag mit.",
        [("die US-Botschaft", "US-Botschaft")],
    ),
    (
        "Die Impfung sei sicher, sagte ein Sprecher des Gesundheitsministeriums.",
        [("ein Sprecher des Gesundheitsministeriums", "Gesundheitsministerium")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_hyphenated_body_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


FULL_NAMES = [
    (
        (
            "Am Sonntag sprach seine nach Kanada geflüchtete Ehefrau Ensaf Haidar in Montreal. "
            "Dieses Urteil habe sie schockiert, sagte Haidar."
        ),
        [("Haidar", "Ensaf Haidar")],
    ),
    (
        "Am Abend trat der Musiker Heino in Wien auf. Er sei noch lange nicht müde, sagte Heino.",
        [("Heino", "Heino")],
    ),
    (
        (
            "Bischof Zsifkovics besuchte am Sonntag die Pfarre. Die Kirche müsse offen bleiben, "
            "sagte Zsifkovics."
        ),
        [("Zsifkovics", "Zsifkovics")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FULL_NAMES)
def test_full_name_before_surname(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
