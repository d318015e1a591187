"""Speaker names, fifteenth round (issue 10, item 2), on news-style texts written for these tests.

- A definite singular description (a title or a person noun) the text did not introduce with
  that noun refers back to the one person named last before it: "meint der Siemens-Chef"
  after "Siemens-CEO Peter Moser", "betonte der Professor" after "Thomas Berger", "erläutert
  die Forscherin" after "Kim Lindqvist" (a name of no known gender: only for a title or a
  feminine noun). It stays empty when nobody is named ("der örtliche Polizeichef"), when two
  persons of the gender fit ("Hans Gruber und Peter Wagner … sagte der Politiker"), when the
  gender differs ("Maria Huber … sagte der Kurator"), when an attribute names someone new
  ("der Anwalt des Konzerns") and for indefinite or plural mentions ("ein Insider",
  "Experten").
- A plural person noun NER took into a name is cut from it ("empfiehlt Sasaki Reisenden" ->
  Yuka Sasaki).
- A model name of three words whose middle word ends another person's name and whose last
  word the text uses alone is two persons ("warf Lech Kaczyński Wałęsa vor" -> Lech
  Kaczyński); the later "Wałęsa" keep their name. Not after a title ("Der Schriftsteller
  Gabriel García Márquez" stays one person).

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order; every case runs with UD and
TIGER labels (the ``nlp`` fixture).
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    # a title the person was not introduced with: the person named before
    (
        (
            "Auch Siemens-CEO Peter Moser war bei der Eröffnung in Linz dabei. Die Nachfrage "
            "nach Zügen werde weiter steigen, meint der Siemens-Chef."
        ),
        [
            (
                "indirect",
                "Die Nachfrage nach Zügen werde weiter steigen",
                "meint",
                "der Siemens-Chef",
                "Peter Moser",
            )
        ],
    ),
    (
        (
            "Die Inflation werde bald sinken, sagte Thomas Berger am Dienstag in Wien. Die "
            "Notenbank müsse deshalb nicht eingreifen, betonte der Professor."
        ),
        [
            (
                "indirect",
                "Die Inflation werde bald sinken",
                "sagte",
                "Thomas Berger",
                "Thomas Berger",
            ),
            (
                "indirect",
                "Die Notenbank müsse deshalb nicht eingreifen",
                "betonte",
                "der Professor",
                "Thomas Berger",
            ),
        ],
    ),
    # a feminine person noun after a name of no known gender
    (
        (
            "Das Ergebnis hat Kim Lindqvist überrascht. Die Mäuse hätten deutlich länger "
            "geschlafen als erwartet, erläutert die Forscherin."
        ),
        [
            (
                "indirect",
                "Die Mäuse hätten deutlich länger geschlafen als erwartet",
                "erläutert",
                "die Forscherin",
                "Kim Lindqvist",
            )
        ],
    ),
    # nobody named: empty
    (
        (
            "Bei dem Unfall auf der Westautobahn wurden drei Menschen verletzt, sagte der "
            "örtliche Polizeichef."
        ),
        [
            (
                "indirect",
                "Bei dem Unfall auf der Westautobahn wurden drei Menschen verletzt",
                "sagte",
                "der örtliche Polizeichef",
                None,
            )
        ],
    ),
    # two men fit: empty
    (
        (
            "Hans Gruber und Peter Wagner trafen sich am Montag in Graz. Die Gespräche seien "
            "gut verlaufen, sagte der Politiker."
        ),
        [("indirect", "Die Gespräche seien gut verlaufen", "sagte", "der Politiker", None)],
    ),
    # the gender differs: empty
    (
        (
            "Maria Huber eröffnete am Freitag die Ausstellung in Salzburg. Die Bilder seien ein "
            "Geschenk der Stadt, sagte der Kurator."
        ),
        [("indirect", "Die Bilder seien ein Geschenk der Stadt", "sagte", "der Kurator", None)],
    ),
    (
        (
            "Die Grünen fordern eine Sondersitzung, sagte Landesrat Stefan Maurer. Die Regierung "
            "habe das Problem zu lange ignoriert, kritisierte die Abgeordnete."
        ),
        [
            (
                "indirect",
                "Die Grünen fordern eine Sondersitzung",
                "sagte",
                "Landesrat Stefan Maurer",
                "Stefan Maurer",
            ),
            (
                "indirect",
                "Die Regierung habe das Problem zu lange ignoriert",
                "kritisierte",
                "die Abgeordnete",
                None,
            ),
        ],
    ),
    # an attribute names someone new: empty
    (
        (
            "Der Manager Roland Gerlach wurde am Montag festgenommen. Sein Mandant sei "
            "unschuldig, sagte der Anwalt des Konzerns."
        ),
        [("indirect", "Sein Mandant sei unschuldig", "sagte", "der Anwalt des Konzerns", None)],
    ),
    # indefinite and plural: empty
    (
        (
            "Der Konzern will im Herbst 500 Stellen abbauen, sagte ein Insider. Die Pläne seien "
            "noch nicht beschlossen, sagen Experten."
        ),
        [
            (
                "indirect",
                "Der Konzern will im Herbst 500 Stellen abbauen",
                "sagte",
                "ein Insider",
                None,
            ),
            ("indirect", "Die Pläne seien noch nicht beschlossen", "sagen", "Experten", None),
        ],
    ),
    # a plural person noun NER took into the name
    (
        (
            "Die Schlafforscherin Yuka Sasaki hat die Studie geleitet. Um schlechten Schlaf zu "
            "vermeiden, empfiehlt Sasaki Reisenden, das eigene Kissen mitzunehmen."
        ),
        [
            (
                "indirect",
                "Um schlechten Schlaf zu vermeiden",
                "empfiehlt",
                "Sasaki Reisenden",
                "Yuka Sasaki",
            )
        ],
    ),
    # two persons NER ran together: the first is the speaker, the second keeps his name
    (
        (
            "Der frühere Präsident Lech Wałęsa weist alle Vorwürfe zurück. Auch Jarosław "
            "Kaczyński äußerte sich. Im Jahr 2008 warf Lech Kaczyński Wałęsa vor, ein Spitzel "
            "gewesen zu sein. Wałęsa sagte, die Dokumente seien gefälscht."
        ),
        [
            (
                "indirect",
                "ein Spitzel gewesen zu sein",
                "warf … vor",
                "Lech Kaczyński Wałęsa",
                "Lech Kaczyński",
            ),
            ("indirect", "die Dokumente seien gefälscht", "sagte", "Wałęsa", "Lech Wałęsa"),
        ],
    ),
    # a title's name of three words is one person, even when its middle word ends another
    # person's name and its last word stands alone later
    (
        (
            "Auch der frühere Präsident Alan García kam nach Lima. Der Schriftsteller Gabriel "
            "García Márquez lobte das Festival. Márquez sagte, die Reise sei anstrengend gewesen."
        ),
        [
            (
                "indirect",
                "die Reise sei anstrengend gewesen",
                "sagte",
                "Márquez",
                "Gabriel García Márquez",
            )
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_speaker_names(nlp, text, expected):
    assert _rows(nlp(text)) == expected
