"""Sources named by a noun that stands for a body or a document (round 36, issue 10).

- a class noun ("die Organisation", "die Miliz", "die Zeitung") with no body named in its
  sentence and the two before: the subject of the sentence before when that is a body
  compound with a name before the hyphen ("Die Kassam-Brigaden wollen …"), else the last
  organisation named before when it is of the noun's kind (a medium for "die Zeitung");
  nothing when neither is there ("Tausende Demonstranten … schrieb die Organisation",
  "Die Firma … erklärte das Unternehmen");
- a document noun: "In diesem Schreiben" points to the letter named in the sentence before
  (its writer), "heißt es im Rundschreiben" to the circular introduced many sentences back
  (its issuer), "dem Bericht zufolge" with no report named before to the medium that was a
  source before -- and stays empty with no medium source;
- a body noun after its compound: "Der Handelsverband … sagte der Verband" -> the compound,
  "Das Wirtschaftsforschungsinstitut Wifo … erklärte das Institut" -> the organisation named
  after the compound; "schreibt das Blatt" is a newspaper (not "dem Flugblatt");
- the neuter one-holder office "das Oberhaupt" of the church: the pope named before; not a
  person no role names ("Das geistliche Oberhaupt der Tibeter" after "Der Dalai Lama").

News-style texts written for these tests; rows ``(kind, parts, cue, speaker mention,
speaker_name)`` in text order (:func:`tests.conftest.quote_detail_rows`).
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows

DOCUMENTS = [
    (
        ("Beirut – Die Hisbollah-Miliz will im Süden des Landes neue Kämpfer ausbilden. Am "
         "Montag hätten die ersten Lager geöffnet, schrieb die Miliz auf ihrer Webseite."),
        [
            (
                "indirect",
                "Am Montag hätten die ersten Lager geöffnet",
                "schrieb",
                "die Miliz",
                "Hisbollah",
            ),
        ],
    ),
    (
        ("Gaza – Die radikalen Kassam-Brigaden wollen im Sommer tausende Jugendliche "
         "ausbilden. Die Kurse hätten bereits begonnen, schrieb die Organisation im Internet."),
        [
            (
                "indirect",
                "Die Kurse hätten bereits begonnen",
                "schrieb",
                "die Organisation",
                "Kassam-Brigaden",
            ),
        ],
    ),
    (
        ("Berlin – Die Zahl der Einbrüche ist nach Angaben des „Tagesspiegels“ deutlich "
         "gestiegen. Die Polizei habe im Vorjahr mehr als 160.000 Fälle registriert. Die "
         "Aufklärungsquote liegt bei 15 Prozent. In Bayern ist sie höher. Täter würden nur "
         "selten gefasst, schrieb die Zeitung."),
        [
            (
                "indirect",
                "Die Zahl der Einbrüche ist || deutlich gestiegen",
                "nach Angaben",
                "des „Tagesspiegels“",
                "Der Tagesspiegel",
            ),
            (
                "continuation",
                "Die Polizei habe im Vorjahr mehr als 160.000 Fälle registriert.",
                None,
                "des „Tagesspiegels“",
                "Der Tagesspiegel",
            ),
            (
                "indirect",
                "Täter würden nur selten gefasst",
                "schrieb",
                "die Zeitung",
                "Der Tagesspiegel",
            ),
        ],
    ),
    (
        ("Berlin – Die Zahl der Einbrüche ist nach Angaben des „Tagesspiegels“ deutlich "
         "gestiegen. Die Polizei habe im Vorjahr mehr als 160.000 Fälle registriert. Die "
         "Aufklärungsquote liegt bei 15 Prozent. In Bayern ist sie höher. Die Zahlen für "
         "Bayern liegen dem Bericht zufolge noch nicht vor."),
        [
            (
                "indirect",
                "Die Zahl der Einbrüche ist || deutlich gestiegen",
                "nach Angaben",
                "des „Tagesspiegels“",
                "Der Tagesspiegel",
            ),
            (
                "continuation",
                "Die Polizei habe im Vorjahr mehr als 160.000 Fälle registriert.",
                None,
                "des „Tagesspiegels“",
                "Der Tagesspiegel",
            ),
            (
                "indirect",
                "Die Zahlen für Bayern liegen || noch nicht vor",
                "zufolge",
                "dem Bericht",
                "Der Tagesspiegel",
            ),
        ],
    ),
    (
        ("Papst Franziskus hat am Sonntag die Insel Lampedusa besucht. Das Oberhaupt der "
         "katholischen Kirche sagte, Europa dürfe die Flüchtlinge nicht vergessen."),
        [
            (
                "indirect",
                "Europa dürfe die Flüchtlinge nicht vergessen",
                "sagte",
                "Das Oberhaupt der katholischen Kirche",
                "Papst Franziskus",
            ),
        ],
    ),
    (
        ("Der frühere Minister Karl Berger hat dem Parteichef einen Brief geschrieben. In "
         "diesem Schreiben heißt es, er trete aus der Partei aus."),
        [
            (
                "indirect",
                "er trete aus der Partei aus",
                "In diesem Schreiben heißt",
                "diesem Schreiben",
                "Karl Berger",
            ),
        ],
    ),
    (
        ("In einem Rundschreiben weist das Innenministerium die Polizei auf neue Regeln hin. "
         "Die Beamten sollen Waffen nur im Notfall ziehen. Das Schreiben ging an alle "
         "Dienststellen. Die Gewerkschaft ist verärgert. Ihr Vorsitzender Hans Maier spricht "
         "von Bevormundung. Er will mit dem Minister reden. Die Polizisten dürften keine "
         "privaten Handys im Dienst nutzen, heißt es im Rundschreiben weiter."),
        [
            (
                "reported",
                ("In einem Rundschreiben weist das Innenministerium die Polizei auf neue "
                 "Regeln hin."),
                "weist … hin",
                "das Innenministerium",
                "Innenministerium",
            ),
            (
                "reported",
                "Ihr Vorsitzender Hans Maier spricht von Bevormundung.",
                "spricht",
                "Ihr Vorsitzender Hans Maier",
                "Hans Maier",
            ),
            (
                "indirect",
                "Die Polizisten dürften keine privaten Handys im Dienst nutzen",
                "heißt es",
                "Rundschreiben",
                "Innenministerium",
            ),
        ],
    ),
    (
        ("Die Polizei hat im Vorjahr mehr Einbrüche registriert. Die Zahlen für Bayern liegen "
         "dem Bericht zufolge noch nicht vor."),
        [
            (
                "indirect",
                "Die Zahlen für Bayern liegen || noch nicht vor",
                "zufolge",
                "dem Bericht",
                None,
            ),
        ],
    ),
    (
        ("Der Dalai Lama hat am Montag Wien besucht. Das geistliche Oberhaupt der Tibeter "
         "sagte, er sei zuversichtlich."),
        [
            (
                "indirect",
                "er sei zuversichtlich",
                "sagte",
                "Das geistliche Oberhaupt der Tibeter",
                None,
            ),
        ],
    ),
    (
        ("Wien – Tausende Demonstranten wollen am Samstag vor das Parlament ziehen. Die "
         "Polizei rechne mit Staus, schrieb die Organisation auf ihrer Webseite."),
        [
            (
                "indirect",
                "Die Polizei rechne mit Staus",
                "schrieb",
                "die Organisation",
                None,
            ),
        ],
    ),
    (
        ("Die Firma hat am Montag ihre Zahlen vorgelegt. Der Umsatz sei gestiegen, erklärte "
         "das Unternehmen."),
        [
            (
                "indirect",
                "Der Umsatz sei gestiegen",
                "erklärte",
                "das Unternehmen",
                None,
            ),
        ],
    ),
    (
        ("Der „Kurier“ hat über den Fall berichtet. Der Bürgermeister ist zurückgetreten. Die "
         "Zahlen liegen dem Bericht zufolge noch nicht vor."),
        [
            (
                "indirect",
                "Die Zahlen liegen || noch nicht vor",
                "zufolge",
                "dem Bericht",
                None,
            ),
        ],
    ),
    (
        ("Die Hisbollah-Miliz hat ihre Kämpfer verstärkt. Am Montag sei ein Lager geöffnet "
         "worden, teilte die Miliz mit."),
        [
            (
                "indirect",
                "Am Montag sei ein Lager geöffnet worden",
                "teilte … mit",
                "die Miliz",
                "Hisbollah",
            ),
        ],
    ),
    (
        ("Bundespräsident Heinz Fischer hat am Montag das Parlament besucht. Das "
         "Staatsoberhaupt sagte, die Regierung müsse handeln."),
        [
            (
                "indirect",
                "die Regierung müsse handeln",
                "sagte",
                "Das Staatsoberhaupt",
                "Heinz Fischer",
            ),
        ],
    ),
    (
        ("Dem „Kurier“ sagte der frühere Minister Karl Berger, er habe dem Parteichef einen "
         "vertraulichen Brief geschrieben. In diesem Schreiben habe es geheißen, er trete aus "
         "der Partei aus."),
        [
            (
                "indirect",
                "er habe dem Parteichef einen vertraulichen Brief geschrieben",
                "sagte",
                "der frühere Minister Karl Berger",
                "Karl Berger",
            ),
            (
                "indirect",
                "er trete aus der Partei aus",
                "es geheißen",
                "diesem Schreiben",
                "Karl Berger",
            ),
        ],
    ),
    (
        ("Die Zahl der Einbrüche ist laut einer Lokalzeitung gestiegen. Die Polizei habe im "
         "Vorjahr mehr als 1600 Fälle registriert. Die Aufklärungsquote liegt bei 15 Prozent. "
         "In Bayern ist sie höher. Täter würden nur selten gefasst, schrieb eine Zeitung."),
        [
            (
                "indirect",
                "Die Zahl der Einbrüche ist || gestiegen",
                "laut",
                "einer Lokalzeitung",
                None,
            ),
            (
                "continuation",
                "Die Polizei habe im Vorjahr mehr als 1600 Fälle registriert.",
                None,
                "einer Lokalzeitung",
                None,
            ),
            (
                "indirect",
                "Täter würden nur selten gefasst",
                "schrieb",
                "eine Zeitung",
                None,
            ),
        ],
    ),
    (
        ("Die Regierung plant eine neue Steuer, berichtet die „Kronen Zeitung“. Die Steuer "
         "solle 2017 kommen, schreibt das Blatt."),
        [
            (
                "indirect",
                "Die Steuer solle 2017 kommen",
                "schreibt",
                "das Blatt",
                "Kronen Zeitung",
            ),
        ],
    ),
    (
        ("Wien – Der Handelsverband hat neue Zahlen vorgelegt. Der Umsatz sei gesunken, sagte "
         "der Verband."),
        [
            (
                "indirect",
                "Der Umsatz sei gesunken",
                "sagte",
                "der Verband",
                "Handelsverband",
            ),
        ],
    ),
    (
        ("Wien – Das Wirtschaftsforschungsinstitut Wifo hat seine Prognose gesenkt. Die "
         "Konjunktur bleibe schwach, erklärte das Institut am Mittwoch."),
        [
            (
                "indirect",
                "Die Konjunktur bleibe schwach",
                "erklärte",
                "das Institut",
                "Österreichisches Institut für Wirtschaftsforschung",
            ),
        ],
    ),
    (
        ("Die Polizei verteilte Flugblätter an die Anrainer. Man solle die Fenster geschlossen "
         "halten, hieß es auf dem Flugblatt."),
        [
            (
                "indirect",
                "Man solle die Fenster geschlossen halten",
                "hieß es",
                "dem Flugblatt",
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_body_and_document_nouns(nlp, text, expected):
    assert quote_detail_rows(nlp(text)) == expected
