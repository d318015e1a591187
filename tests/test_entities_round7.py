"""Entity rows of the seventh round (issue 11, after the judging of seeds 1007/1008):
datelines read as persons ("Kos – Der ..."), capitalised adjectives after a dateline
("Zürich – Neues Wissen"), rankings ("Weltranglisten-45."), offices after a genitive
("Russlands Teamstürmer"), an agency before a person ("Nachrichtenagentur CTK Babis"), jobs
before a surname ("Dokumentarfilmerin Gruber"), a team's place word after its nickname
("Carolina" after "Carolina Panthers"), English names ("Lake Forest Academy", "Supreme Court
of the State of ...") and a standard and a space probe as MISC. Exact rows of the shipped
model, with texts whose rows must stay as they are."""

from __future__ import annotations

import pytest

from tests.conftest import entity_rule_rows as rows

GRUBER = ("PER", "newsx:person:anna-gruber", "Anna Gruber")
CAROLINA = ("ORG", None, "Carolina Panthers", "org.team")
CHELSEA = ("ORG", "newsx:chelsea", "FC Chelsea", "org:chelsea")
BEV = "Bundesamt für Eich- und Vermessungswesen"

CASES = [
    (  # a dateline after a headline is the place of the report
        (
            "Flüchtlinge erreichen Lesbos. Samos – Die griechische Küstenwache hat am Montag "
            "vor der Insel Samos 40 Menschen gerettet."
        ),
        [
            ("Samos", "LOC", None, None, "place.dateline"),
            ("Samos", "LOC", None, None, None),
        ],
    ),
    (  # a dash before a lower-case word is a parenthesis, not a dateline
        "Der Parteitag findet in Linz statt. Entholzer – seit zwei Jahren Parteichef – tritt wieder an.",
        [("Linz", "LOC", "newsx:linz", "Linz", "place:city.linz")],
    ),
    (  # a line-up after a colon: the goalkeeper stays a person
        "Aufstellung Rapid: Novota – Auer, Sonnleitner, Dibon.",
        [
            ("Rapid", "ORG", "newsx:rapid-wien", "Rapid Wien", "org:rapid_wien"),
            ("Novota", "PER", "newsx:person:novota", "Novota", "person.surname"),
            ("Auer", "PER", "newsx:person:auer", "Auer", "person.surname"),
            ("Sonnleitner", "PER", "newsx:person:sonnleitner", "Sonnleitner", "person.surname"),
            ("Dibon", "PER", "newsx:person:dibon", "Dibon", "person.line_up"),
        ],
    ),
    (  # a ranking is no name; the ranked player after it is a person
        "Der Weltranglisten-27. Kovac trifft in Kitzbühel auf Moser.",
        [
            ("Kovac", "PER", "newsx:person:kovac", "Kovac", "person.after_ranking"),
            ("Kitzbühel", "LOC", None, "Kitzbühel", "place:geonames.at"),
            ("Moser", "PER", "newsx:person:moser", "Moser", "person.surname"),
        ],
    ),
    (  # an office after a genitive place is no organisation
        "Russlands Teamstürmer hat in der Champions League bereits sechsmal getroffen.",
        [
            ("Russlands", "LOC", "Q159", "Russland", "place:country.ru"),
            (
                "Champions League",
                "ORG",
                "newsx:champions-league",
                "Champions League",
                "org:champions-league",
            ),
        ],
    ),
    (  # an agency's acronym before a person's surname of the text: two entities
        (
            "Die Regierung sei bereit, zitierte die Nachrichtenagentur CTK Babis am Dienstag. "
            "Babis bestätigte das später."
        ),
        [
            ("CTK", "ORG", None, None, "org.agency_cut"),
            ("Babis", "PER", "newsx:person:babis", "Babis", "person.after_agency"),
            ("Babis", "PER", "newsx:person:babis", "Babis", None),
        ],
    ),
    (  # a job before the surname of a full name of the text is cut off
        "Der Film stammt von Anna Gruber. Es sei ein langer Weg gewesen, sagt Dokumentarfilmerin Gruber.",
        [
            ("Anna Gruber", *GRUBER, "person.first_name"),
            ("Gruber", *GRUBER, "person.job_cut"),
        ],
    ),
    (  # full names stay whole
        "Zu Besuch waren Asafa Powell und Tyson Gay aus Jamaika.",
        [
            ("Asafa Powell", "PER", "newsx:person:asafa-powell", "Asafa Powell", None),
            ("Tyson Gay", "PER", "newsx:person:tyson-gay", "Tyson Gay", "person.listed"),
            ("Jamaika", "LOC", "iso:JM", "Jamaika", "place:country.jm"),
        ],
    ),
    (  # a capitalised adjective after a dateline dash is no person
        "Forschung an der ETH. Zürich – Neues Wissen über Gletscher liefert eine Studie der Universität.",
        [("Zürich", "LOC", "newsx:zuerich", "Zürich", "place:city.zuerich")],
    ),
    (  # the place word of a team named by its nickname is that team
        "Die Carolina Panthers gewannen das Spiel. Carolina spielt nun im Finale gegen Denver.",
        [
            ("Carolina Panthers", *CAROLINA),
            ("Carolina", *CAROLINA),
            ("Denver", "ORG", None, "Denver", "org.team"),
        ],
    ),
    (  # an English name starter and company word belong to the name
        "Ab Herbst studiert sie an der Lake Forest Academy in Illinois.",
        [
            ("Lake Forest Academy", "ORG", None, None, None),
            ("Illinois", "LOC", None, None, None),
        ],
    ),
    (  # English links in a row ("of the") join the court to the state
        "Die Klage wurde beim Supreme Court of the State of California eingebracht.",
        [("Supreme Court of the State of California", "ORG", None, None, None)],
    ),
    (  # a connector standard and a space probe are MISC
        "Das neue Handy setzt auf USB Type C und einen größeren Akku.",
        [("USB Type C", "MISC", "newsx:usb-c", "USB-C", "misc:usb-c")],
    ),
    (
        "Der Leiter des Projektteams von New Horizons stellte die Bilder vor.",
        [("New Horizons", "MISC", "newsx:new-horizons", "New Horizons", "misc:new-horizons")],
    ),
    (  # a model name after the model code belongs to the product
        "Das Display liegt auf einer Linie mit Samsungs Galaxy S7 Edge. Größere Geräte heißen Phablets.",
        [
            ("Samsungs", "ORG", "newsx:samsung", "Samsung", "org:samsung"),
            ("Galaxy S7 Edge", "MISC", None, None, "misc.product_name"),
        ],
    ),
    (  # ... but no lower-case word
        "Das Gerät kostet weniger als Samsungs Galaxy S7 und ist leichter.",
        [
            ("Samsungs", "ORG", "newsx:samsung", "Samsung", "org:samsung"),
            ("Galaxy S7", "MISC", None, None, "misc.product_name"),
        ],
    ),
    (  # a double surname after a first name stays whole though its second part is a noun
        "Die Vorsitzende im Hauptverband, Ulrike Rabmer-Koller, fordert Reformen.",
        [
            (
                "Ulrike Rabmer-Koller",
                "PER",
                "newsx:person:ulrike-rabmer-koller",
                "Ulrike Rabmer-Koller",
                None,
            )
        ],
    ),
    (  # the genitive -s of a head before "für" leaves the canonical name
        "Die Daten stammen aus Karten des Bundesamts für Eich- und Vermessungswesen (BEV) in Wien.",
        [
            ("Bundesamts für Eich- und Vermessungswesen", "ORG", None, BEV, None),
            ("BEV", "ORG", None, BEV, "org.acronym"),
            ("Wien", "LOC", "Q1741", "Wien", "place:city.wien"),
        ],
    ),
    (  # the genitive of a club of the text is the club
        "Chelsea verlor am Samstag. Chelseas Krisentruppe spielt am Mittwoch in London.",
        [
            ("Chelsea", *CHELSEA),
            ("Chelseas", *CHELSEA),
            ("London", "LOC", "Q84", "London", "place:city.london"),
        ],
    ),
    (  # a country prefix before a common noun is no place
        "Rubio will Trump helfen, die US-Präsidentschaftswahl am 8. November zu gewinnen.",
        [
            ("Rubio", "PER", "newsx:person:rubio", "Rubio", "person.surname"),
            ("Trump", "PER", "Q22686", "Donald Trump", "person:person.trump"),
        ],
    ),
    (  # nothing to repair
        "Sie ging am Montag in Graz zur Arbeit.",
        [("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_round7_rows_with_model(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Am Abend regnete es in der ganzen Stadt.",
        "Die Preise stiegen im Allgemeinen nur leicht.",
    ],
)
def test_round7_no_rows(ud_nlp, text):
    assert rows(ud_nlp(text)) == []
