"""Speakers, thirteenth round (issue 10), on news-style texts written for these tests.

A definite singular person noun as the speaker refers back to a person the text named:

- the head of a compound the text introduced the person with ("Der Klimaforscher Georg
  Kaser …, so der Forscher"), as the very noun did before;
- a person noun no introduction matched ("sagte der Biologe", "so die Forscherin") goes to
  the person named last, like a pronoun of its gender -- only when that person's gender is
  known and agrees, no other person stands between (a role, or a person noun with a singular
  article or a name: "zeigte den Rapper an"), no genitive attribute follows ("der Reporter
  des Fernsehsenders" is someone of a body), the mention is not in brackets and not plural
  ("so die beteiligten Forscher");
- an age ("der 61-Jährige") also where the tagger calls the noun plural after a singular
  article, but not an age noun with another noun after it ("die 42-Jährige Verletzte" is
  someone described anew);
- a bare title before a name that the tagger calls a proper noun ("sagt Kriminalsoziologe
  Reinhard Kreissl") is a description of the person, so "Der Soziologe" later is Kreissl and
  does not hide him from "Er".

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    # the head of the compound the person was introduced with
    (
        (
            "Der Klimaforscher Georg Kaser hat die Gletscher vermessen. Das Eis schmelze "
            "schneller als gedacht, so der Forscher."
        ),
        [
            (
                "indirect",
                "Das Eis schmelze schneller als gedacht",
                "so",
                "der Forscher",
                "Georg Kaser",
            )
        ],
    ),
    # a person noun no introduction matched: the man named last
    (
        (
            "Thomas Berger leitet das Projekt seit zwei Jahren. Die Ergebnisse seien ermutigend, "
            "sagte der Biologe."
        ),
        [
            (
                "indirect",
                "Die Ergebnisse seien ermutigend",
                "sagte",
                "der Biologe",
                "Thomas Berger",
            )
        ],
    ),
    # the same for a woman introduced with another noun
    (
        (
            "Die Ökonomin Monika Köppl-Turyna legte eine Studie vor. Die Steuern seien zu hoch, "
            "sagte die Forscherin."
        ),
        [
            (
                "indirect",
                "Die Steuern seien zu hoch",
                "sagte",
                "die Forscherin",
                "Monika Köppl-Turyna",
            )
        ],
    ),
    # an age the tagger calls plural after the singular article
    (
        "Heinz Schaden stellte sich den Fragen. Er bleibe bis 2019 im Amt, sagte der 61-Jährige.",
        [("indirect", "Er bleibe bis 2019 im Amt", "sagte", "der 61-Jährige", "Heinz Schaden")],
    ),
    # a bare title tagged as a proper noun describes the person: "Der Soziologe" is him
    (
        (
            "Das Gesetz löse die Probleme nicht, sagt Kriminalsoziologe Reinhard Kreissl. Der "
            "Soziologe und Publizist gründete 2015 ein Institut. Er fordert, eine Debatte darüber "
            "zu führen."
        ),
        [
            (
                "indirect",
                "Das Gesetz löse die Probleme nicht",
                "sagt",
                "Kriminalsoziologe Reinhard Kreissl",
                "Reinhard Kreissl",
            ),
            ("indirect", "eine Debatte darüber zu führen", "fordert", "Er", "Reinhard Kreissl"),
        ],
    ),
    # no name: an age noun with another noun after it is someone new
    (
        (
            "Die Anwältin Nadja Lorenz fragte nach. Sie sei gestolpert, sagte die 42-Jährige "
            "Verletzte."
        ),
        [("indirect", "Sie sei gestolpert", "sagte", "die 42-Jährige Verletzte", None)],
    ),
    # no name: several researchers (the adjective's ending tells the plural)
    (
        (
            "Der Physiker Wolfgang Knoll stellte das Institut vor. Weitere Mittel kämen im Herbst, "
            "so die beteiligten Forscher."
        ),
        [("indirect", "Weitere Mittel kämen im Herbst", "so", "die beteiligten Forscher", None)],
    ),
    # no name: a reporter of some station, not the ARD reporter named before
    (
        (
            "Der ARD-Reporter Anton Huber berichtete aus Teheran. Man dürfe nicht filmen, sagte "
            "der Reporter des Fernsehsenders."
        ),
        [("indirect", "Man dürfe nicht filmen", "sagte", "der Reporter", None)],
    ),
    # no name: the rapper stands between the politician and "der Sänger"
    (
        "Der Grüne Peter Pilz zeigte den Rapper an. Er sei unschuldig, sagte der Sänger.",
        [("indirect", "Er sei unschuldig", "sagte", "der Sänger", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers_round13_person_noun(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


#: a medium's web address after its noun is part of the mention and its name; a continuation
#: whose pronoun subject the parse ran on through the auxiliary keeps the speaker before
MENTION_CASES = [
    (
        "Der Sender werde im Herbst neu starten, berichtet das Branchenmedium atmedia.at.",
        [
            (
                "indirect",
                "Der Sender werde im Herbst neu starten",
                "berichtet",
                "das Branchenmedium atmedia.at",
                "atmedia.at",
            )
        ],
    ),
    (
        "Die Firma plane einen Börsengang, schreibt golem.de am Montag.",
        [("indirect", "Die Firma plane einen Börsengang", "schreibt", "golem.de", "golem.de")],
    ),
    # the medium after a person noun is the addressee: cut, the spokesperson's body names it
    (
        "Die Flüge seien pünktlich, sagte ein AUA-Sprecher zur APA.",
        [("indirect", "Die Flüge seien pünktlich", "sagte", "ein AUA-Sprecher", "AUA")],
    ),
    (
        "Die Lage sei ruhig, sagte eine Sprecherin des Ministeriums zum STANDARD.",
        [
            (
                "indirect",
                "Die Lage sei ruhig",
                "sagte",
                "eine Sprecherin des Ministeriums",
                "Ministerium",
            )
        ],
    ),
    # no name: an editor of the medium speaks, not the medium
    (
        "Der Umbau werde teurer, sagte der Redakteur von golem.de.",
        [("indirect", "Der Umbau werde teurer", "sagte", "der Redakteur von golem.de", None)],
    ),
    (
        (
            "Landesparteiobmann Walter Steidl bestätigt die Pläne. Damit sei der zweite Beschluss "
            "umgesetzt, sagt Steidl. Dieser habe Metes Karriere betroffen, der andere den Bezirk "
            "Lungau."
        ),
        [
            (
                "indirect",
                "Damit sei der zweite Beschluss umgesetzt",
                "sagt",
                "Steidl",
                "Walter Steidl",
            ),
            (
                "continuation",
                "Dieser habe Metes Karriere betroffen, der andere den Bezirk Lungau.",
                None,
                "Steidl",
                "Walter Steidl",
            ),
        ],
    ),
    # a pronoun subject before a full verb group stays the quote's subject, not a mention
    (
        "Der Bürgermeister Hans Moser lobte den Plan. Dieser habe die Stadt gerettet, sagte er.",
        [("indirect", "Dieser habe die Stadt gerettet", "sagte", "er", "Hans Moser")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENTION_CASES)
def test_speakers_round13_mention(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected
