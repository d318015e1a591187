"""Number rows for the round-8 findings (issue 11): counted nouns the model tags as verbs
("sechs von acht Cup-Duellen"), weak plurals kept as written ("zwei von acht Zeugen"),
genitive nouns of ordinals ("des zweiten Satzes"), agent phrases that are no partitive
("18 von Taliban-Kämpfern als Geiseln genommene Insassen"), adjectives read as nouns
("58 Unique User"), digits of titles ("Deutschland 83") and nouns implied by the context.
Own sentences in Austrian, Swiss and German news style; exact rows."""

from __future__ import annotations

import pytest

from tests.conftest import number_key_rows

CAPITALISED_NOUNS = [
    # a counted noun tagged VERB/VVINF: capitalised inside a sentence, so a noun
    (
        "Gegen Rapid gingen bis dato sechs von acht Cup-Duellen verloren.",
        [
            ("sechs", 6.0, 6.0, 6.0, None, "Cup-Duelle", "count", None),
            ("acht Cup-Duellen", 8.0, 8.0, 8.0, None, "Cup-Duelle", "count", None),
        ],
    ),
    # tagged VERB/NN
    (
        "In der Schweiz wurden zwei von fünf Cup-Duellen im Penaltyschiessen entschieden.",
        [
            ("zwei", 2.0, 2.0, 2.0, None, "Cup-Duelle", "count", None),
            ("fünf Cup-Duellen", 5.0, 5.0, 5.0, None, "Cup-Duelle", "count", None),
        ],
    ),
    # a number word after a noun is no label when a partitive follows
    (
        "Der SV Ried hat in dieser Saison vier von neun Heimspielen verloren.",
        [
            ("vier", 4.0, 4.0, 4.0, None, "Heimspiele", "count", None),
            ("neun Heimspielen", 9.0, 9.0, 9.0, None, "Heimspiele", "count", None),
        ],
    ),
    # an adjective tagged NN before its noun stays an adjective
    (
        "Der Nationalrat hat am Mittwoch über zehn Dringliche Anfragen debattiert.",
        # "über" is the preposition of "debattieren" (round 9), no bound
        [("zehn Dringliche Anfragen", 10.0, 10.0, 10.0, None, "Anfragen", "count", None)],
    ),
    # a nominalised verb with no number: nothing
    ("Nach dem Laufen fühlte sie sich besser.", []),
]

PLURALS_GENITIVES = [
    # a weak plural with a second reading (Zeug, Rund) stays as written
    (
        "Vor dem Bezirksgericht Graz sagten zwei von acht Zeugen gegen den Angeklagten aus.",
        [
            ("zwei", 2.0, 2.0, 2.0, None, "Zeugen", "count", None),
            ("acht Zeugen", 8.0, 8.0, 8.0, None, "Zeugen", "count", None),
        ],
    ),
    (
        "Der Boxer aus Zürich ging nach zehn Runden als Sieger aus dem Ring.",
        [("zehn Runden", 10.0, 10.0, 10.0, None, "Runden", "count", None)],
    ),
    # … but the listed datives of -e plurals lose their -n
    (
        "Salzburg gewann das Spiel mit drei Toren Vorsprung.",
        [("drei Toren", 3.0, 3.0, 3.0, None, "Tore", "count", None)],
    ),
    (
        "Die Flüchtlinge schlafen in 40 Zelten am Bahnhof.",
        [("40 Zelten", 40.0, 40.0, 40.0, None, "Zelte", "count", None)],
    ),
    # the noun of an ordinal after "des" is a genitive singular
    (
        "Erst im dritten Game des zweiten Satzes gelang Thiem das Break.",
        [
            ("dritten Game", 3.0, 3.0, 3.0, None, "Game", "ordinal", None),
            ("zweiten Satzes", 2.0, 2.0, 2.0, None, "Satz", "ordinal", None),
        ],
    ),
    (
        "Am Ende des dritten Durchgangs lag der Schweizer voran.",
        [("dritten Durchgangs", 3.0, 3.0, 3.0, None, "Durchgang", "ordinal", None)],
    ),
    ("Die Zeugen wurden nicht befragt.", []),
]

AGENTS_HEADS = [
    # "von" + noun opens an agent when a participle and a noun follow: that noun is counted
    (
        "Die Polizei konnte 18 von Schleppern als Geiseln genommene Migranten befreien.",
        [
            (
                "18 von Schleppern als Geiseln genommene Migranten",
                18.0,
                18.0,
                18.0,
                None,
                "Migranten",
                "count",
                None,
            )
        ],
    ),
    # a partitive stays a partitive
    (
        "Zwei von acht Angeklagten wurden freigesprochen.",
        [
            ("Zwei", 2.0, 2.0, 2.0, None, "Angeklagte", "count", None),
            ("acht Angeklagten", 8.0, 8.0, 8.0, None, "Angeklagte", "count", None),
        ],
    ),
    # "Zahl der" with adverbs and adjectives before the counted noun
    (
        "Die Zahl der insgesamt abgegebenen Stimmen erhöhte sich mit 46.472 um 109 Stimmen.",
        [
            ("46.472", 46472.0, 46472.0, 46472.0, None, "Stimmen", "count", None),
            ("109 Stimmen", 109.0, 109.0, 109.0, None, "Stimmen", "count", None),
        ],
    ),
    (
        "Im Kanton Bern stieg die Zahl der neu registrierten Asylsuchenden auf 1.250.",
        [("1.250", 1250.0, 1250.0, 1250.0, None, "Asylsuchende", "count", None)],
    ),
    # … over a preposition only to a nominalised participle (round 12c)
    (
        "Die Zahl der bei dem Unfall Verletzten stieg auf vier.",
        [("vier", 4.0, 4.0, 4.0, None, "Verletzte", "count", None)],
    ),
]

FOREIGN_TITLES = [
    # an unknown singular before a noun is an adjective of a foreign phrase
    (
        "Laut Guardian hatte The Independent Online zuletzt monatlich 58 Unique User.",
        [("58 Unique User", 58.0, 58.0, 58.0, None, "User", "count", None)],
    ),
    # … not a noun that counts in the singular, nor a known noun
    (
        "Das Schiff hatte 500 Mann Besatzung an Bord.",
        [("500 Mann", 500.0, 500.0, 500.0, None, "Mann", "count", None)],
    ),
    (
        "Der Täter muss zwei Tage Haft absitzen.",
        [("zwei Tage", 2.0, 2.0, 2.0, None, "Tage", "count", None)],
    ),
    # digits of a title named elsewhere in the text: no row at a sentence start either
    (
        (
            "Ab Donnerstag läuft die Serie Deutschland 83 auf RTL. "
            "Deutschland 83 ist das ambitionierteste Stück deutscher Fernsehgeschichte."
        ),
        [],
    ),
    (
        "Deutschland 83 ist eine Serie. Insgesamt 83 Folgen wurden gedreht.",
        [
            ("83", 83.0, 83.0, 83.0, None, None, "count", None),
            ("83 Folgen", 83.0, 83.0, 83.0, None, "Folgen", "count", None),
        ],
    ),
]

IMPLIED = [
    # after a dash that ends the sentence: the plural noun before the dash, over the verb
    (
        (
            "Im vergangenen Jahr konnte United Internet erneut viele Vertragskunden gewinnen – "
            "insgesamt 930.000."
        ),
        [("930.000", 930000.0, 930000.0, 930000.0, None, "Vertragskunden", "count", None)],
    ),
    (
        "Der Verein verlor Mitglieder – fast 300.",
        [("fast 300", 300.0, None, 300.0, "fast", "Mitglieder", "count", None)],
    ),
    # the same preposition before both numbers
    (
        "Die SPÖ kam in Graz auf 8.400 Stimmen, die ÖVP in Linz auf 6.100.",
        [
            ("8.400 Stimmen", 8400.0, 8400.0, 8400.0, None, "Stimmen", "count", None),
            ("6.100", 6100.0, 6100.0, 6100.0, None, "Stimmen", "count", None),
        ],
    ),
    (
        (
            "Die Plattform kommt auf knapp 15.227.867 Visits, die Onlinemedien des Kurier auf "
            "10.553.247 Millionen Visits, News Networld auf 8.992.083 und Heute auf 8.869.430."
        ),
        [
            (
                "knapp 15.227.867 Visits",
                15227867.0,
                None,
                15227867.0,
                "knapp",
                "Visits",
                "count",
                None,
            ),
            (
                "10.553.247 Millionen Visits",
                1.0553247e13,
                1.0553247e13,
                1.0553247e13,
                None,
                "Visits",
                "count",
                None,
            ),
            ("8.992.083", 8992083.0, 8992083.0, 8992083.0, None, "Visits", "count", None),
            ("8.869.430", 8869430.0, 8869430.0, 8869430.0, None, "Visits", "count", None),
        ],
    ),
    # a bare subject after a colon: the last plural noun before the colon
    (
        (
            "Was mit jenen Flüchtlingen passieren soll, die sich in Griechenland stauen: "
            "Bis zu 75.000 würden es bis nächste Woche werden."
        ),
        [("Bis zu 75.000", 75000.0, None, 75000.0, "Bis zu", "Flüchtlinge", "count", None)],
    ),
    (
        "Tausende Beschäftigte sind in der Steiermark betroffen: Rund 700 arbeiten in Graz.",
        [
            ("Tausende Beschäftigte", None, 2000.0, 9999.0, None, "Beschäftigte", "count", None),
            ("Rund 700", 700.0, None, None, "Rund", "Beschäftigte", "count", None),
        ],
    ),
    # … not after a full stop, and not an object
    (
        "Die Polizei nahm in Favoriten fünf Jugendliche fest. Drei wurden in U-Haft genommen.",
        [
            ("fünf Jugendliche", 5.0, 5.0, 5.0, None, "Jugendliche", "count", None),
            ("Drei", 3.0, 3.0, 3.0, None, None, "count", None),
        ],
    ),
    (
        "Der Kanton meldet viele Gesuche: Das Amt prüft 300.",
        [("300", 300.0, 300.0, 300.0, None, None, "count", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CAPITALISED_NOUNS + PLURALS_GENITIVES + AGENTS_HEADS + FOREIGN_TITLES + IMPLIED,
)
def test_round8_cases(ud_nlp, text, expected):
    assert number_key_rows(ud_nlp(text)) == expected
