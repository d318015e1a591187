"""Direct quotes, thirteenth round (issue 10), on news-style texts written for these tests.

- every quotation-mark style news archives use opens a direct quote: „…“, “…”, »…«, «…»,
  straight "…", straight single '…' and English ‘…’ (new ``quote_marks`` records), ‚…‘
  alone and single marks inside double ones; a quote over two paragraphs (the opening mark
  repeated), a quoted list on lines of its own closed only at its end (no mark opening
  before the close, no blank line between), "(...)" inside; doubled straight marks are wiki markup for italics, no quote
  (''Der Spiegel''), nor is an apostrophe ("Rock 'n' Roll");
- a quoted fragment that the subject of a verb of attitude holds (``attitude_lemmas``: "sieht
  einen „…“", "riet zu „…“", "würdigte die „…“", "wertet … als „…“", passive "wird vom X
  als „…“ eingestuft" -> the agent; "Als „…“ beurteilte X" -> X, not the fragment the parse
  takes for the subject), and a quoted predicate after "für X" in a copula clause ("war für
  die Gewerkschaft „…“", ``holder_prepositions``), is a direct quote of that speaker; names
  of works, bands, tours and products, and "sogenannte" terms stay no quote;
- a name a naming verb gives (``naming_lemmas``) reflexively ("nennt sich „…“") or as a
  bare participle ("ein Standard, genannt „…“", "kurz „PACs“ genannt") is no quote; the
  same verbs with a speaker ("nannte den Plan „…“", passive with an agent) quote;
- a quotation right after a noun of a motto or title (``title_nouns``: "unter dem Motto
  „…“", "mit dem Titel „…“") is no direct quote even with a speech verb in the sentence;
- a colon frame ("wird … wie folgt zitiert:", "mit den Worten:", "hieß es in der
  Erklärung:") gives a direct quote its speaker; one with no subject ("Und: „…“") or a
  possessed one ("Ihr Fazit: „…“", "Seine Hoffnung gründet sich auf …: „…“") goes on with
  the speaker of the quote before or the person subject of the sentence before; a marks-less sentence with a speech verb
  after it ("Wir haben …, sagt Robin Wright.") is found, an ordinary sentence is not.

Rows: ``(kind, text, speaker, speaker_name)`` in text order (German, Austrian, Swiss).
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


MARK_STYLES = [
    # German guillemets
    (
        "»Wir haben keine andere Wahl«, erklärte Gewerkschaftschef Peter Holz.",
        [
            (
                "direct",
                "»Wir haben keine andere Wahl«",
                "Gewerkschaftschef Peter Holz",
                "Peter Holz",
            )
        ],
    ),
    # Swiss guillemets
    (
        "«Das Parlament hat klar entschieden», sagte Bundesrätin Karin Suter in Bern.",
        [
            (
                "direct",
                "«Das Parlament hat klar entschieden»",
                "Bundesrätin Karin Suter",
                "Karin Suter",
            )
        ],
    ),
    # straight double marks
    (
        '"Die Preise werden weiter steigen", sagte der Ökonom Martin Vogel.',
        [
            (
                "direct",
                '"Die Preise werden weiter steigen"',
                "der Ökonom Martin Vogel",
                "Martin Vogel",
            )
        ],
    ),
    # straight single marks after a colon
    (
        "Der Trainer sagte: 'Wir haben heute verdient gewonnen.'",
        [("direct", "'Wir haben heute verdient gewonnen.'", "Der Trainer", None)],
    ),
    # English single marks before the frame
    (
        "‘Wir kommen wieder’, sagte der Sänger nach dem Konzert.",
        [("direct", "‘Wir kommen wieder’", "der Sänger", None)],
    ),
    # German single marks alone
    (
        "Der Minister erklärte: ‚Das ist nicht akzeptabel.‘",
        [("direct", "‚Das ist nicht akzeptabel.‘", "Der Minister", None)],
    ),
    # straight single marks inside German double marks: one quote
    (
        "„Er rief: 'Haltet den Dieb!' und rannte los“, erzählte die Zeugin.",
        [("direct", "„Er rief: 'Haltet den Dieb!' und rannte los“", "die Zeugin", None)],
    ),
    # an ellipsis in brackets inside the quote
    (
        (
            "„Die Regierung hat (...) viel zu spät reagiert“, kritisierte Oppositionsführerin"
            " Julia Brandt."
        ),
        [
            (
                "direct",
                "„Die Regierung hat (...) viel zu spät reagiert“",
                "Oppositionsführerin Julia Brandt",
                "Julia Brandt",
            )
        ],
    ),
    # two paragraphs, the opening mark repeated
    (
        (
            "Die Polizeisprecherin sagte: „Wir haben die ganze Nacht gesucht.\n„Wir bitten die"
            " Bevölkerung um Hinweise.“"
        ),
        [
            (
                "direct",
                "„Wir haben die ganze Nacht gesucht.\n„Wir bitten die Bevölkerung um Hinweise.“",
                "Die Polizeisprecherin",
                "Polizei",
            )
        ],
    ),
    # a quoted list on lines of its own, closed only at its end
    (
        (
            "Die Ministerin sagte:\n„Wir werden drei Dinge tun:\n1. die Schulen öffnen,\n2. die"
            " Lehrer entlasten.“\nDann ging sie."
        ),
        [
            (
                "direct",
                "„Wir werden drei Dinge tun:\n1. die Schulen öffnen,\n2. die Lehrer entlasten.“",
                "Die Ministerin",
                None,
            )
        ],
    ),
    # an unclosed quote runs to its paragraph's end, not into the next quote
    (
        (
            "Der Sprecher des Vereins sagte: „Wir haben heute leider klar verloren.\nMorgen spielen"
            " wir in Berlin. Der Trainer sagte: „Wir greifen an.“"
        ),
        [
            (
                "direct",
                "„Wir haben heute leider klar verloren.",
                "Der Sprecher des Vereins",
                None,
            ),
            ("direct", "„Wir greifen an.“", "Der Trainer", None),
        ],
    ),
]

NO_MARKS = [
    # wiki markup for italics
    "In der Zeitschrift ''Der Spiegel'' erschien ein Bericht über den Fall.",
    # apostrophes
    "Die Band spielte Rock 'n' Roll bis in die Nacht.",
]

ATTITUDE = [
    # German: "sieht … einen „…“"
    (
        "Der Betriebsratschef sieht in dem Urteil einen „Angriff auf die Belegschaft“.",
        [("direct", "„Angriff auf die Belegschaft“", "Der Betriebsratschef", None)],
    ),
    # Austrian: "riet zu „…“"
    (
        "Die Psychologin Maria Lenz riet den Eltern zu „Gelassenheit“.",
        [("direct", "„Gelassenheit“", "Die Psychologin Maria Lenz", "Maria Lenz")],
    ),
    # Swiss: "würdigte die „…“"
    (
        "Der Außenminister würdigte die „Stärkung der Diplomatie“ in der Region.",
        [("direct", "„Stärkung der Diplomatie“", "Der Außenminister", None)],
    ),
    # "wertet … als „…“"
    (
        "Die Gewerkschaft wertet das Angebot als „Provokation“.",
        [("direct", "„Provokation“", "Die Gewerkschaft", "Gewerkschaft")],
    ),
    # passive: the agent holds the evaluation
    (
        "Die Waldbrandgefahr wird vom Deutschen Wetterdienst als „sehr hoch“ eingestuft.",
        [("direct", "„sehr hoch“", "Deutschen Wetterdienst", "Deutscher Wetterdienst")],
    ),
    # the fragment first: the speaker is the subject after the verb, not the quote before
    (
        (
            "„Wir bleiben hart“, sagte Merkel. Als „verpasste Chance“ beurteilte der"
            " Fraktionschef Klaus Meier den Gipfel."
        ),
        [
            ("direct", "„Wir bleiben hart“", "Merkel", "Angela Merkel"),
            ("direct", "„verpasste Chance“", "der Fraktionschef Klaus Meier", "Klaus Meier"),
        ],
    ),
    # a quoted predicate of a copula clause with its holder after "für"
    (
        "Die Kürzung der Zulagen war für die Gewerkschaft „Wortbruch“.",
        [("direct", "„Wortbruch“", "die Gewerkschaft", "Gewerkschaft")],
    ),
]

NAMES_AND_TERMS = [
    "Das sogenannte „Bürgergeld“ soll im Januar starten.",
    "Der Film „Das Boot“ läuft am Sonntag im Fernsehen.",
    "Die Besucher sahen den Film „Im Westen nichts Neues“ im Kino.",
    "Die Stones haben mit ihrer Tour „Voodoo Lounge“ den Rekord gehalten.",
    "Die Tickets für die Band „Tokio Hotel“ waren schnell ausverkauft.",
    "Der Hersteller bringt das neue Modell „Golf Neo“ im Herbst auf den Markt.",
]

GIVEN_NAMES = [
    "Es gibt seit Montag einen neuen Standard für Ladekabel, genannt „USB-C Plus“.",
    (
        "Die Ausstellung findet wieder in Kassel statt. Dann nennt sie sich „documenta 16“ und"
        " dauert hundert Tage."
    ),
    "Die Abgeordneten können durch Lobbygruppen, kurz „PACs“ genannt, beeinflusst werden.",
]

TITLES = [
    # a motto in a sentence with a speech verb: the sentence is the speaker's, the motto no quote
    (
        (
            "Unter dem diesjährigen Motto „Wasser ist Leben“ informierten die Verbände über ihre"
            " Arbeit, sagte eine Sprecherin."
        ),
        [
            (
                "mixed",
                (
                    "Unter dem diesjährigen Motto „Wasser ist Leben“ informierten die Verbände über"
                    " ihre Arbeit"
                ),
                "eine Sprecherin",
                None,
            )
        ],
    ),
    # the title no quote; the announcement a reported act, as without the marks (round 27)
    (
        "Die Gewerkschaft kündigte eine Kampagne mit dem Titel „Gute Arbeit“ an.",
        [
            (
                "reported",
                "Die Gewerkschaft kündigte eine Kampagne mit dem Titel „Gute Arbeit“ an.",
                "Die Gewerkschaft",
                "Gewerkschaft",
            )
        ],
    ),
    # a motto in the speaker's own words stays a quote
    (
        "Der Trainer sagte mit einem Lächeln: „Unser Motto bleibt: Wir geben niemals auf.“",
        [("direct", "„Unser Motto bleibt: Wir geben niemals auf.“", "Der Trainer", None)],
    ),
]

NAMED_BY_A_SPEAKER = [
    (
        "Der Fraktionschef Klaus Meier nannte den Plan „völlig unausgegoren“.",
        [("direct", "„völlig unausgegoren“", "Der Fraktionschef Klaus Meier", "Klaus Meier")],
    ),
    (
        "Die Ministerin bezeichnete das Urteil als „Meilenstein“.",
        [("direct", "„Meilenstein“", "Die Ministerin", None)],
    ),
    (
        (
            "Das Vorgehen der Polizei wurde von Beobachtern als „erstaunlich zurückhaltend“"
            " bezeichnet."
        ),
        [("direct", "„erstaunlich zurückhaltend“", "Beobachtern", None)],
    ),
]

COLON_FRAMES = [
    (
        (
            "Der Bürgermeister wird in der Mitteilung wie folgt zitiert: „Wir freuen uns über"
            " die Entscheidung.“"
        ),
        [
            (
                "direct",
                "„Wir freuen uns über die Entscheidung.“",
                "Der Bürgermeister",
                None,
            ),
            # the copy for the document it is cited in (the parse hangs it on "wird")
            ("direct", "Wir freuen uns über die Entscheidung.", "in der Mitteilung", None),
        ],
    ),
    (
        "Die Ministerin verabschiedete sich mit den Worten: „Es war mir eine Ehre.“",
        [("direct", "„Es war mir eine Ehre.“", "Die Ministerin", None)],
    ),
    (
        ("Am Abend hieß es in der Erklärung des Vorstands: „Der Konzern steht zu seinen Zusagen.“"),
        [
            (
                "direct",
                "„Der Konzern steht zu seinen Zusagen.“",
                "der Erklärung des Vorstands",
                "Vorstand",  # the body whose statement it is (round 14)
            )
        ],
    ),
]

COLON_CARRIED = [
    # a possessed subject: the possessor of the sentence before speaks
    (
        (
            "Die Kanzlerin Angela Merkel äußerte sich am Dienstag in Brüssel zu den Verhandlungen."
            " Ihr Fazit: „Wir sind noch nicht am Ziel.“"
        ),
        [
            (
                "direct",
                "„Wir sind noch nicht am Ziel.“",
                "Die Kanzlerin Angela Merkel",
                "Angela Merkel",
            )
        ],
    ),
    # a possessed subject after a quote: its speaker goes on
    (
        (
            "„Wir werden kämpfen“, sagte der Gewerkschaftschef Frank Werneke. Seine Hoffnung"
            " gründet sich auf frühere Erfolge: „Wir haben schon oft gewonnen.“"
        ),
        [
            (
                "direct",
                "„Wir werden kämpfen“",
                "der Gewerkschaftschef Frank Werneke",
                "Frank Werneke",
            ),
            (
                "direct",
                "„Wir haben schon oft gewonnen.“",
                "der Gewerkschaftschef Frank Werneke",
                "Frank Werneke",
            ),
        ],
    ),
    # no subject at all ("Und:")
    (
        (
            "Der Bürgermeister Karl Huber äußerte sich mit den Worten: „Das ist ein guter Tag.“"
            " Und: „Wir feiern heute.“"
        ),
        [
            ("direct", "„Das ist ein guter Tag.“", "Der Bürgermeister Karl Huber", "Karl Huber"),
            ("direct", "„Wir feiern heute.“", "Der Bürgermeister Karl Huber", "Karl Huber"),
        ],
    ),
    # the frame's own noun is no one: the place the words stand on is the source (round
    # 18: the Wikinews gold gives "Darauf", "in dem Gesetzentwurf" for such frames)
    (
        "Auf dem Plakat stand der Satz: „Paris liebt die Freiheit.“",
        [("direct", "„Paris liebt die Freiheit.“", "dem Plakat", None)],
    ),
]

WITHOUT_MARKS = [
    (
        "Wir haben so viel gelacht, sagt Robin Wright.",
        [("indirect", "Wir haben so viel gelacht", "Robin Wright", "Robin Wright")],
    ),
]

NOTHING = [
    "Wir haben so viel gelacht und dann sind wir nach Hause gefahren.",
    "Die Firma hat im letzten Jahr viel Geld verdient, der Umsatz stieg um zehn Prozent.",
]


@pytest.mark.parametrize(("text", "expected"), MARK_STYLES)
def test_every_mark_style_opens_a_direct_quote(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NO_MARKS)
def test_markup_and_apostrophes_are_no_marks(ud_nlp, text):
    assert _rows(ud_nlp(text)) == []


@pytest.mark.parametrize(("text", "expected"), ATTITUDE)
def test_fragment_of_an_attitude_is_the_holders_quote(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NAMES_AND_TERMS)
def test_names_and_terms_stay_no_quote(ud_nlp, text):
    assert _rows(ud_nlp(text)) == []


@pytest.mark.parametrize("text", GIVEN_NAMES)
def test_name_a_naming_verb_gives_is_no_quote(ud_nlp, text):
    assert _rows(ud_nlp(text)) == []


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_quote_right_after_a_title_noun_is_a_title(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_BY_A_SPEAKER)
def test_naming_verb_with_a_speaker_quotes(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), COLON_FRAMES)
def test_colon_frame_gives_the_speaker(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), COLON_CARRIED)
def test_colon_frame_naming_no_one_goes_on_with_the_speaker(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), WITHOUT_MARKS)
def test_speech_without_marks(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_ordinary_sentences_yield_nothing(ud_nlp, text):
    assert _rows(ud_nlp(text)) == []
