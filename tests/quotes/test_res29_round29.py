"""Speaker names of round 29 (issue 10, "name empty although the text names the speaker"):

- a pronoun whose antecedent is a speaking body, the subject just before ("Der Konzern
  rechnet mit …, wie er mitteilte", "Die Lufthansa …, wie sie mitteilte", "Das Ministerium
  …, wie es mitteilte") -> what that subject names; an unnamed class noun ("Der Konzern"
  with no company named) leaves the name empty; a person named between, a subject in
  Konjunktiv ("Der Verein sei pleite, sagte er") or in quotation marks is not meant
  (:mod:`pipeline.speakers.body_pronouns`); a place's body without a name ("der zuständige
  Bundesstaat") is passed;
- an indefinite text a body issues itself, with no owner ("hieß es in einer Aussendung",
  "in einer Stellungnahme") -> the subject of the clause before, or the statement that ended
  there; a fronted object the parse took for the subject ("Den Vorwurf … weist die
  Ärztekammer zurück") gives way to the one body among the verb's arguments;
- a member noun of a body ("der Gewerkschafter", "die Gewerkschafterin") is the person the
  text named with that body beside them ("Der Chef der Gewerkschaft Verdi, X"), though
  introduced with another role;
- a name whose second word the tagger took for a common noun ("sagte Riad Haddad dem
  Sender") is a name when the parse makes it part of the proper noun before.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    # a body subject, then a pronoun of its gender in the source clause
    (
        (
            "Siemens legte am Dienstag Zahlen vor. Der Konzern rechnet mit einem Gewinnrückgang, "
            "wie er am Dienstag mitteilte."
        ),
        [("er", "Siemens")],
    ),
    (
        "Die Lufthansa streicht im Winter 200 Flüge, wie sie am Montag mitteilte.",
        [("sie", "Lufthansa")],
    ),
    (
        "Das Ministerium prüft den Fall genau, wie es am Montag mitteilte.",
        [("es", "Ministerium")],
    ),
    (
        "Die Polizei nahm den Mann am Bahnhof fest. Er sei betrunken gewesen, sagte sie.",
        [("sie", "Polizei")],
    ),
    (
        "Die Stadt Wien plant eine neue Linie, wie sie am Montag bekanntgab.",
        [("sie", "Stadt Wien")],
    ),
    # stays: a body in a condition is not who spoke
    (
        (
            "Volvo-Chef Hakan Samuelsson brachte sich ins Gespräch. Wenn Apple auf Volvo "
            "zukäme, hatte er gesagt, würden die Schweden nachdenken."
        ),
        [("er", "Hakan Samuelsson")],
    ),
    (
        "Die Fraktion der Grünen lehnt den Plan ab, wie sie am Montag mitteilte.",
        [("sie", "Bündnis 90/Die Grünen")],
    ),
    # stays: a place's body with no name, a phrase after the subject
    (
        (
            "Bürgermeister Eduardo Paes ist zufrieden. Die Abwasser in der Bucht wird der "
            "zuständige Bundesstaat bis Olympia nicht klären können. Er könne garantieren, dass "
            "die Wettbewerbe stattfinden."
        ),
        [("Er", "Eduardo Paes")],
    ),
    # an unnamed class noun: the body is meant, but it has no name
    (
        "Der Konzern rechnet mit einem Gewinnrückgang, wie er am Dienstag mitteilte.",
        [("er", None)],
    ),
    # stays: a person named between, a subject in Konjunktiv, words in quotation marks
    (
        "Vereinspräsident Max Müller ist besorgt. Der Verein sei pleite, sagte er.",
        [("er", "Max Müller")],
    ),
    (
        (
            "Der Verein steckt in der Krise. Präsident Max Müller ist besorgt. Das sei schlimm, "
            "sagte er."
        ),
        [("er", "Max Müller")],
    ),
    ("„Die Regierung versagt“, sagte sie.", [("sie", None)]),
    # an issued text with no owner: the body of the clause before
    (
        (
            "Die Ärztekammer weist die Vorwürfe zurück. Man stehe zu der Reform, hieß es in einer "
            "Aussendung."
        ),
        [("einer Aussendung", "Ärztekammer")],
    ),
    (
        (
            "Den Vorwurf der Ministerin weist die Ärztekammer zurück. Man stehe zu der Reform, "
            "hieß es in einer Aussendung."
        ),
        [("einer Aussendung", "Ärztekammer")],
    ),
    (
        (
            "Die Gewerkschaft kritisiert den Plan scharf. Die Reform sei ein Angriff auf die "
            "Beschäftigten, hieß es in einer Stellungnahme."
        ),
        [("einer Stellungnahme", "Gewerkschaft")],
    ),
    # stays: the owner named in the mention
    (
        (
            "Der Minister kritisierte die Ärzte scharf. Man sei empört, hieß es in einer "
            "Aussendung der Kammer."
        ),
        [("einer Aussendung der Kammer", "Kammer")],
    ),
    # a member noun of the body named beside the person
    (
        (
            "Der Chef der Gewerkschaft Verdi, Frank Werneke, kritisierte den Plan. Der "
            "Gewerkschafter sagte, das sei ein Skandal."
        ),
        [("Der Gewerkschafter", "Frank Werneke")],
    ),
    (
        (
            "Die Chefin der Gewerkschaft GPA, Barbara Teiber, lehnt den Plan ab. Die "
            "Gewerkschafterin sagte, das sei ein Skandal."
        ),
        [("Die Gewerkschafterin", "Barbara Teiber")],
    ),
    # stays: no one named with the body
    (
        (
            "Die Ministerin Anna Berger besuchte die Gewerkschaft. Der Gewerkschafter sagte, das "
            "sei ein Skandal."
        ),
        [("Der Gewerkschafter", None)],
    ),
    # a name's second word tagged as a common noun
    (
        (
            "Die Aufklärung habe ergeben, dass die Luftwaffe nichts damit zu tun habe, sagte Riad "
            "Haddad dem Sender."
        ),
        [("Riad Haddad", "Riad Haddad")],
    ),
    # stays: a genitive owner and its noun are no name
    (
        "Das Gerät kommt laut Apples Zulieferkette erst 2017.",
        [("Apples Zulieferkette", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
