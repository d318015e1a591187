"""Entity rows of round 11d (issue 11, rule-side errors of the hand checks 1021/1022):

- a name goes on over its continuation: an organisation of adjectives and an ordinary
  noun over "für" and the nouns of its field ("der Syrischen Beobachtungsstelle für
  Menschenrechte"), a company over a hyphen compound ending in a legal form
  ("... Lebens-Versicherungs-AG"); not over an idiom's "für" ("sorgt ... für Aufregung");
- a genitive class compound before a club's name is cut off ("des
  Fußball-Bundesliga-Absteigers SC Wiener Neustadt"); "des Militärkommandos Kärnten" stays;
- a name particle with a capital inside the sentence is a first name ("der wendige Von
  Miller");
- an unknown place adjective in -er before an ordinary noun ("eine Sichuaner Köchin"),
  an interjection ("Hoppla", "Hihi"), and the acronym of a common noun after an
  indefinite or demonstrative determiner ("jedes Verkehrsunternehmen (VU)", "VUs") yield no
  rows; after a definite article the acronym names one body ("die
  Finanzmarktaufsichtsbehörde (FMA)");
- a maker and its model are one MISC product ("HTC Vive", "Porsche 911", "Sony
  Cyber-shot RX10 III"), digits that count a noun are no model code ("HTC Vive 100 Euro").

Exact rows (text, label, canonical_id, canonical_name, rule) of the shipped model; own
Austrian, Swiss and German news-style sentences."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

EURO = ("Euro", "MISC", "Q4916", "Euro", "misc:euro")

CASES = [
    (
        "Laut der Syrischen Beobachtungsstelle für Menschenrechte starben am Sonntag.",
        [
            (
                "Syrischen Beobachtungsstelle für Menschenrechte",
                "ORG",
                None,
                "Syrische Beobachtungsstelle für Menschenrechte",
                None,
            )
        ],
    ),
    (
        "Die Klage gegen die Wiener Städtische Lebens-Versicherungs-AG wurde in Linz abgewiesen.",
        [
            ("Wiener Städtische Lebens-Versicherungs-AG", "ORG", None, None, None),
            ("Linz", "LOC", "newsx:linz", "Linz", "place:city.linz"),
        ],
    ),
    (  # an idiom's "für" continues no name
        "Das neue Modell sorgt bei Siemens Healthineers für Aufregung.",
        [
            (
                "Siemens Healthineers",
                "ORG",
                "newsx:siemens-healthineers",
                "Siemens Healthineers",
                "org:siemens-healthineers",
            )
        ],
    ),
    (
        "Der Verein für Konsumenteninformation klagt die Bank Austria.",
        [
            ("Verein für Konsumenteninformation", "ORG", None, None, "org.head"),
            (
                "Bank Austria",
                "ORG",
                "newsx:bank-austria",
                "UniCredit Bank Austria",
                "org:bank-austria",
            ),
        ],
    ),
    (
        "Der Sportdirektor des Bundesliga-Absteigers SC Wiener Neustadt tritt zurück.",
        [
            (
                "SC Wiener Neustadt",
                "ORG",
                "newsx:sc-wiener-neustadt",
                "SC Wiener Neustadt",
                "org:sc-wiener-neustadt",
            )
        ],
    ),
    (  # a class noun before a place names the body: it stays
        "Ein Sprecher des Militärkommandos Kärnten bestätigte den Einsatz.",
        [("Militärkommandos Kärnten", "ORG", None, None, None)],
    ),
    (
        "Beim Spiel in Zürich fehlte der wendige Von Miller erneut.",
        [
            ("Zürich", "LOC", "newsx:zuerich", "Zürich", "place:city.zuerich"),
            ("Von Miller", "PER", "newsx:person:von-miller", "Von Miller", "person.surname"),
        ],
    ),
    (
        "Eine Guangdonger Reederei übernimmt den Hafen in Triest.",
        [("Triest", "LOC", None, None, None)],
    ),
    (
        "Hoppla, das war knapp, schrieb die Sängerin auf Twitter.",
        [("Twitter", "ORG", "newsx:x-corp", "Twitter", "org:twitter")],
    ),
    (  # after a definite article the acronym names one body
        "Das prüft nun die Finanzmarktaufsichtsbehörde (FMA) in Wien.",
        [
            ("FMA", "ORG", None, None, None),
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
        ],
    ),
    (
        "Wer sich die HTC Vive kauft, braucht einen starken Rechner.",
        [("HTC Vive", "MISC", None, None, "misc.product_name")],
    ),
    (
        "Mit 600 Euro liegt HTC Vive 100 Euro über dem Preis der Konkurrenz.",
        [EURO, ("HTC Vive", "MISC", None, None, "misc.product_name"), EURO],
    ),
    (
        "Er fuhr mit einem Porsche 911 durch Graz.",
        [
            ("Porsche 911", "MISC", None, None, "misc.product"),
            ("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz"),
        ],
    ),
    (
        "Die Sony Cyber-shot RX10 III kostet in der Schweiz rund 1.500 Franken.",
        [
            ("Sony Cyber-shot RX10 III", "MISC", None, None, "misc.product_name"),
            ("Schweiz", "LOC", "Q39", "Schweiz", "place:country.ch"),
        ],
    ),
]

NO_ROWS = [
    "Die Kärntner und die Steirer haben eine Sichuaner Köchin eingestellt.",
    "Die Sichuaner Bäuerin verkauft Gemüse.",
    "Künftig soll jedes Verkehrsunternehmen (VU) eine Lizenz brauchen. Viele VUs lehnen das ab.",
    "Hihi, schrieb ein Nutzer darunter.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round11d_rows(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NO_ROWS)
def test_round11d_no_rows(ud_nlp, text):
    assert rows(ud_nlp(text)) == []
