"""Speaker names of round 29, second wave (issue 10, "name empty although the text names the
speaker nearby"):

- a body named by a common noun and its name ("Der Autobauer VW", "Der Hersteller Bosch",
  "Der Versicherer Allianz"), then a pronoun of the noun's gender in the source clause ("wie
  er mitteilte") -> the name; the class noun alone ("Der Autobauer") stays unnamed; the noun
  tells the gender even when the parse makes the name the head ("Der Versicherer Allianz":
  "er", though "die Allianz"); a person's name after a noun ("Der Unternehmer X") and a
  person named between stay as they were (:mod:`pipeline.speakers.body_pronouns`);
- a class noun ("das Unternehmen") stands for a body whose name the text repeats just before
  though the recogniser found it only the first time ("Der Internetdienstleister United
  Internet … United Internet bietet … an. … das Unternehmen") (:mod:`.repeated_names`).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Der Autobauer VW rechnet mit weniger Gewinn, wie er am Dienstag mitteilte.",
        [("er", "Volkswagen")],
    ),
    (
        "Der Hersteller Bosch baut 500 Stellen ab, wie er am Freitag mitteilte.",
        [("er", "Bosch")],
    ),
    (
        "Der Versicherer Allianz erhöht die Prämien, wie er am Montag bekanntgab.",
        [("er", "Allianz")],
    ),
    (
        "Der Betreiber Verbund nimmt das Kraftwerk vom Netz, wie er am Mittwoch erklärte.",
        [("er", "Verbund")],
    ),
    (
        "Der Zulieferer Magna streicht 300 Stellen in Graz, teilte er am Freitag mit.",
        [("er", "Magna")],
    ),
    (
        (
            "Der Lebensmittelhändler Spar erweitert sein Sortiment. Man wolle regionale Bauern "
            "stärken, sagte er."
        ),
        [("er", "Spar")],
    ),
    # stays: the class noun alone names no body
    (
        "Der Autobauer rechnet mit weniger Gewinn, wie er am Dienstag mitteilte.",
        [("er", None)],
    ),
    # stays: a person's name after the noun
    (
        "Der Unternehmer Hans Peter Haselsteiner kauft die Zeitung, wie er am Montag sagte.",
        [("er", "Hans Peter Haselsteiner")],
    ),
    # stays: a person named between
    (
        (
            "Der Autobauer VW und sein Chef Herbert Diess sind unter Druck. Er sei zuversichtlich, "
            "sagte er."
        ),
        [("er", "Herbert Diess")],
    ),
    # stays: no pronoun, the named speaker
    (
        "Der Konkurrent Airbus liefert mehr Flugzeuge aus, sagte der Analyst Peter Krause.",
        [("der Analyst Peter Krause", "Peter Krause")],
    ),
    # a class noun after a repeated name
    (
        (
            "Der Internetdienstleister United Internet wächst. Chef Ralph Dommermuth ist "
            "zufrieden, wie er sagte. United Internet bietet Internetzugänge an. Für den Gewinn "
            "rechnet das Unternehmen mit einem Anstieg auf 850 Mio. Euro. Der Umsatz im Konzern "
            "solle 2016 zulegen."
        ),
        [("er", "Ralph Dommermuth"), ("das Unternehmen", "United Internet")],
    ),
    # stays: the repeat is an entity already
    (
        (
            "Der Baukonzern Strabag hat Aufträge verloren. Vorstandschef Thomas Birtel sprach von "
            "einem schwierigen Jahr. Strabag baut vor allem in Österreich. Das Unternehmen "
            "erwartet einen Umsatzrückgang, wie es am Mittwoch mitteilte."
        ),
        [("Vorstandschef Thomas Birtel", "Thomas Birtel"), ("es", "Strabag")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
