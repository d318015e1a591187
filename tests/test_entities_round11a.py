"""Entity rows of round 11a (issue 11, precision of one-word persons and of clubs and
companies the model labels as places; :mod:`pipeline.entities.evidence`,
:mod:`pipeline.entities.teams`): a one-word PER needs evidence in a text long enough to show
it ("sagte Kurz", "Trainer Hütter", "Messi" after "Lionel Messi", a person's genitive), a
class cue relabels it ("Zweitligisten Brentford", "Insel Samos", "im argentinischen
Mendoza", "US-Serien ... Die Sopranos"), otherwise it is dropped ("Der Modus Operandi", "das
Ein-Mann-Projekt Lumbrook"); a city in a list of clubs or opening a match result is the
side, the place word of a club with a nickname is the club ("Der Fall Güssing"), a place
with a share price is a company, a name after a show's class noun is the show. Exact rows of
the shipped model; own sentences in Austrian, Swiss and German news style."""

from __future__ import annotations

import pytest

from pipeline.entities.evidence import CONTEXT_TOKENS
from tests.conftest import entity_rule_rows as rows

#: Sentences without entities that make a text long enough for the lone-name rule.
FILL = (
    " Die Lage bleibt angespannt, wie mehrere Beobachter am Montag betonten. Viele Menschen "
    "warten seit Stunden auf eine Entscheidung, die noch in dieser Woche fallen soll. Ob es "
    "dabei bleibt, ist offen. Die Verhandlungen sollen am Dienstag fortgesetzt werden, hieß "
    "es am Abend. Weitere Details wurden zunächst nicht bekannt. Die Gespräche dauerten bis "
    "spät in die Nacht, eine Einigung gab es nicht. Kritiker sprechen von einem Stillstand, "
    "Befürworter von einem notwendigen Zwischenschritt. Am Mittwoch wird erneut beraten. "
    "Bis dahin soll eine Arbeitsgruppe die offenen Fragen klären und einen Bericht vorlegen, "
    "der allen Beteiligten rechtzeitig zugestellt wird."
)
MESSI = "newsx:person:lionel-messi"

KEPT = [
    (  # a lone surname after the full name (German sports news)
        (
            "Der Argentinier Lionel Messi traf zweimal für Barcelona. Messi sagte danach, die "
            "Mannschaft habe gut gespielt."
        ),
        [
            ("Lionel Messi", "PER", MESSI, "Lionel Messi", None),
            ("Barcelona", "LOC", "newsx:barcelona", "Barcelona", "place:city.barcelona"),
            ("Messi", "PER", MESSI, "Lionel Messi", "person.propagated"),
        ],
    ),
    (  # the subject of a speech verb (Austrian politics)
        "Die Reform sei notwendig, sagte Kurz am Montag.",
        [("Kurz", "PER", "newsx:person:kurz", "Kurz", None)],
    ),
    (  # a title right before
        "Trainer Hütter war mit der Leistung zufrieden.",
        [("Hütter", "PER", "newsx:person:hütter", "Hütter", "person.title")],
    ),
    (  # a person's genitive after a noun
        "Ein Selbstbildnis Rembrandts hängt im Museum.",
        [("Rembrandts", "PER", "newsx:person:rembrandts", "Rembrandts", None)],
    ),
    (  # a known surname after an article (Swiss-style): kept without other evidence
        "Die Gruppe spielt diesmal in Linz. Die Reinhold ist erst am Sonntag wieder in Graz.",
        [
            ("Linz", "LOC", "newsx:linz", "Linz", "place:city.linz"),
            ("Reinhold", "PER", "newsx:person:reinhold", "Reinhold", None),
            ("Graz", "LOC", "newsx:graz", "Graz", "place:city.graz"),
        ],
    ),
    (  # the subject of a person's verb (Swiss news)
        "Im Berner Oberland regnete es. Brügger kritisierte die Pläne scharf.",
        [("Brügger", "PER", "newsx:person:brügger", "Brügger", None)],
    ),
]

RELABELLED = [
    (
        "Der Verteidiger wechselt zum englischen Zweitligisten Brentford.",
        [("Brentford", "ORG", None, "Brentford", "org.team")],
    ),
    (
        "Das Turnier im argentinischen Mendoza gewann ein Österreicher.",
        [("Mendoza", "LOC", None, "Mendoza", "place.class_cue")],
    ),
    (
        "Anleihen an die US-Serien Breaking Bad oder Die Sopranos sind kaum zu übersehen.",
        [
            ("Breaking Bad", "ORG", None, None, None),
            ("Sopranos", "MISC", None, "Sopranos", "misc.class_cue"),
        ],
    ),
    (
        "Er trat in seiner TV-Show Neo Magazin Royale auf.",
        [("Neo Magazin Royale", "MISC", None, "Neo Magazin Royale", "misc.class_cue")],
    ),
    (  # a share price in brackets (Vienna stock report)
        "Papiere der Andritz (minus 1,74 Prozent auf 49,65 Euro) gaben nach.",
        [
            ("Andritz", "ORG", None, "Andritz", "org.share_price"),
            ("Euro", "MISC", "Q4916", "Euro", "misc:euro"),
        ],
    ),
    (  # a city in a list of clubs in a sports article
        (
            "Der Verteidiger erzielte im Spiel gegen den Tabellenführer sein erstes Tor in der Liga. "
            "Mögliche Gegner im Achtelfinale der Europa-League sind Manchester United, Bayer "
            "Leverkusen, Valencia, Sporting Lissabon sowie Benfica. Der Trainer lobte die "
            "Mannschaft nach dem Spiel, die Saison sei noch lang."
        ),
        [
            ("Europa-League", "ORG", "newsx:europa-league", "Europa League", "org:europa-league"),
            (
                "Manchester United",
                "ORG",
                "newsx:manchester-united",
                "Manchester United",
                "org:manchester_united",
            ),
            (
                "Bayer Leverkusen",
                "ORG",
                "newsx:leverkusen",
                "Bayer 04 Leverkusen",
                "org:leverkusen",
            ),
            ("Valencia", "ORG", "newsx:fc-valencia", "FC Valencia", "org.club_city"),
            (
                "Sporting Lissabon",
                "ORG",
                "newsx:sporting-lissabon",
                "Sporting Lissabon",
                "org:sporting-lissabon",
            ),
            ("Benfica", "ORG", "newsx:benfica", "Benfica Lissabon", "org:benfica"),
        ],
    ),
    (  # a city opening a match result; the venue after "in" stays a place
        (
            "Im Achtelfinale traf Salzburg auf Basel. Neapel setzte sich in Bergamo gegen Atalanta "
            "mit 3:1 durch. Die Tore fielen spät, der Trainer lobte die Mannschaft."
        ),
        [
            ("Salzburg", "LOC", "newsx:salzburg", "Salzburg", "place:city.salzburg"),
            ("Basel", "LOC", "newsx:basel", "Basel", "place:city.basel"),
            ("Neapel", "ORG", "newsx:ssc-neapel", "SSC Neapel", "org.club_city"),
            ("Bergamo", "LOC", None, "Bergamo", "place:geonames.it"),
            ("Atalanta", "ORG", None, None, None),
        ],
    ),
    (  # the place word of a club named with its nickname (Austrian basketball)
        (
            "Österreichs Basketballmeister Güssing Knights steht vor dem Aus. Der Fall Güssing "
            "erinnert an frühere Pleiten im Sport."
        ),
        [
            ("Österreichs", "LOC", "Q40", "Österreich", "place:country.at"),
            (
                "Güssing Knights",
                "ORG",
                "newsx:guessing-knights",
                "Güssing Knights",
                "org:guessing-knights",
            ),
            ("Güssing", "ORG", "newsx:guessing-knights", "Güssing Knights", "org.team"),
        ],
    ),
]

#: one-word model persons without evidence in a long text: no row
DROPPED = [
    "Der Modus Operandi zeigt, wie professionell der Handel organisiert ist.",
    "Das 2019 erschienene Ein-Mann-Projekt Lumbrook entwickelte sich zum Verkaufsschlager.",
    (
        "Mehrere Kunden klagten über zu wenig Schlaf in den Nächten davor. Auch das Indie-Spiel "
        "Cratervale wächst stetig."
    ),
    "Bestimmendes Thema an der Zürcher Börse war der Franken.",
]


@pytest.mark.parametrize("text, expected", KEPT + RELABELLED)
def test_round11a_rows(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text, expected", KEPT + RELABELLED)
def test_round11a_rows_in_long_text(ud_nlp, text, expected):
    """The same rows with sentences without entities after the text."""
    assert rows(ud_nlp(text + FILL)) == expected


def test_fill_is_long_and_empty(ud_nlp):
    doc = ud_nlp(FILL)
    assert rows(doc) == []
    assert len(ud_nlp(DROPPED[0] + FILL)) >= CONTEXT_TOKENS


@pytest.mark.parametrize("text", DROPPED)
def test_round11a_dropped_in_long_text(ud_nlp, text):
    assert [r for r in rows(ud_nlp(text + FILL)) if r[1] == "PER"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a single sentence shows no context: the model's lone name stays
        (DROPPED[0], [("Operandi", "PER", "newsx:person:operandi", "Operandi", None)]),
        (DROPPED[1], [("Lumbrook", "PER", "newsx:person:lumbrook", "Lumbrook", None)]),
    ],
)
def test_round11a_short_text_keeps(ud_nlp, text, expected):
    assert rows(ud_nlp(text)) == expected
