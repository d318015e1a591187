"""Direct quotes of round 19 (issue 10, "Direct recall" and the derStandard hand checks).

- an interrupted quote is one quote with two parts only when no sentence ends between its
  parts: "„A“, erklärte X am Montag. Er fügte hinzu: „B“" is two statements with two
  frames ("„A“, sagte Dr. Huber, „B“" stays one, an abbreviation's stop ends nothing);
- interviews whose archive joins the lines: a label the piece uses two or more times opens
  a question or answer also where the sentence splitter saw no sentence start (after an
  abbreviation's stop, "usw. STANDARD: …", or after a comma the archive left, "…
  verschenkt, STANDARD: Woran …");
- in a Q&A piece with an interviewer's label an answer runs to the next label of the piece:
  a label of no known kind inside it ("Ein Beispiel: …") is the interviewee's words; a
  closing credit in brackets ("(Maria Huber, 12.3.2016)") ends it, and the fact box after
  the credit is nobody's answer; without an interviewer ("Lang: Wir sind zufrieden. Das
  Problem: …") nothing changes;
- an English opening mark closed by a German one ("“Wir haben gewonnen“, sagte er"), as
  archives print „ they lost; “ is still no symmetric mark ("„A“ … “B”" stays two quotes);
- the long form of a name before its acronym in brackets ("„Öffentliche Dienste, Transport
  und Verkehr“ (ÖTV)") is no quote; words with a verb stay one;
- a quoted phrase in a verbless headline clause ("Pühringer über Sympathiebekundung „wenig
  erfreut“, Haimbuchner nach Sondierungsgespräch „positiv gestimmt“") is the words of the
  name that opens its clause (the unit or the part after its last comma); not after a dash
  ("– Polizeichef „…“": whom they describe), not when the clause opens with no speaker or
  has a verb after the quote;
- a title after a title noun past a double space ("unter dem Motto  „…“") or after a colon
  that ends a lead-in with a title noun ("Den Namen der Sendung gab das ZDF bekannt: „…“")
  when it is no sentence;
- a quote with no verb and no final stop that opens its sentence, the sentence's verb or a
  comma right after it ("„A Bigger Bang“ sahen …", "„Oskar, Rico und Herzgebreche“ ist die
  Verfilmung …"), is a title or name; with a verb ("„Ich habe fertig“ ist …") or a frame
  after the comma it stays a quote;
- a title noun as the first noun after the quote, a verb between ("„…“, so lautet der
  Titel einer Studie"), and a translation in square brackets ("„…“ [auf Deutsch: „…“]")
  make the quote a title or gloss.

News-style texts written for these tests; both label schemes.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows, quote_rows

INTERRUPTED = [
    (
        (
            "„Die Bundesregierung wird die Hilfen fortsetzen“, erklärte Regierungssprecher Peter "
            "Lang am Montag in Berlin. Er fügte hinzu: „Wir stehen an der Seite unserer Partner.“"
        ),
        [
            ("„Die Bundesregierung wird die Hilfen fortsetzen“", "Regierungssprecher Peter Lang"),
            ("„Wir stehen an der Seite unserer Partner.“", "Er"),
        ],
    ),
    (
        (
            "„Das Urteil ist falsch“, sagte die Anwältin nach der Verhandlung. Sie kündigte an: "
            "„Wir gehen in Berufung.“"
        ),
        [("„Das Urteil ist falsch“", "die Anwältin"), ("„Wir gehen in Berufung.“", "Sie")],
    ),
    # no sentence ends between the parts: one quote
    (
        "„Wir haben gewonnen“, sagte Trainer Peter Lang am 3. März, „und das war verdient.“",
        [("„Wir haben gewonnen“ || „und das war verdient.“", "Trainer Peter Lang")],
    ),
    (
        "„Das Projekt ist tot“, sagte Dr. Huber, „daran ändert auch die neue Studie nichts.“",
        [("„Das Projekt ist tot“ || „daran ändert auch die neue Studie nichts.“", "Dr. Huber")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), INTERRUPTED, ids=[str(i) for i in range(len(INTERRUPTED))]
)
def test_interrupted_quote_within_one_sentence(nlp, text, expected):
    assert quote_part_rows(nlp(text)) == expected


def _std(text):
    return ("direct", text, "STANDARD", "STANDARD", "Der Standard")


INTERVIEWS = [
    (
        (
            "Die Wirtschaftsforscherin Anna Berger spricht über Exporte und Innovation. "
            "STANDARD: Exportiert Österreich zu wenig Hightech? Berger: Nein, das sehe ich nicht "
            "so. Wir liefern Bauteile für Autos, Maschinen usw. STANDARD: Und die Konkurrenz aus "
            "China? Berger: Die ist groß. Ein Beispiel: Bei Solarzellen sind wir längst "
            "abgehängt. STANDARD: Was folgt daraus? Berger: Wir müssen mehr in Forschung "
            "investieren. (Maria Huber, 12.3.2016) Konjunkturdaten im Überblick: Das Wachstum "
            "lag zuletzt bei 1,2 Prozent."
        ),
        [
            _std("Exportiert Österreich zu wenig Hightech?"),
            (
                "direct",
                "Nein, das sehe ich nicht so. Wir liefern Bauteile für Autos, Maschinen usw.",
                "Berger",
                "Berger",
                "Anna Berger",
            ),
            _std("Und die Konkurrenz aus China?"),
            (
                "direct",
                "Die ist groß. Ein Beispiel: Bei Solarzellen sind wir längst abgehängt.",
                "Berger",
                "Berger",
                "Anna Berger",
            ),
            _std("Was folgt daraus?"),
            (
                "direct",
                "Wir müssen mehr in Forschung investieren.",
                "Berger",
                "Berger",
                "Anna Berger",
            ),
        ],
    ),
    (
        (
            "Der Trainer Peter Lang spricht über die Saison. STANDARD: Sind Sie zufrieden? "
            "Lang: Nicht ganz, wir haben zu viele Punkte verschenkt, STANDARD: Woran lag das? "
            "Lang: An der Chancenverwertung. STANDARD: Und nächstes Jahr? Lang: Greifen wir "
            "wieder an."
        ),
        [
            _std("Sind Sie zufrieden?"),
            (
                "direct",
                "Nicht ganz, wir haben zu viele Punkte verschenkt,",
                "Lang",
                "Lang",
                "Peter Lang",
            ),
            _std("Woran lag das?"),
            ("direct", "An der Chancenverwertung.", "Lang", "Lang", "Peter Lang"),
            _std("Und nächstes Jahr?"),
            ("direct", "Greifen wir wieder an.", "Lang", "Lang", "Peter Lang"),
        ],
    ),
    # no interviewer: the label's words end where the next label-like words begin
    (
        (
            "Der Trainer Peter Lang zog Bilanz. Lang: Wir sind zufrieden. Das Problem: Wir haben "
            "zu wenig Tore geschossen. Die Mannschaft fährt am Montag ins Trainingslager."
        ),
        [
            ("direct", "Wir sind zufrieden.", "Lang", "Lang", "Peter Lang"),
            (
                "continuation",
                "Das Problem: Wir haben zu wenig Tore geschossen.",
                None,
                "Lang",
                "Peter Lang",
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), INTERVIEWS, ids=[str(i) for i in range(len(INTERVIEWS))]
)
def test_interview_labels_in_joined_lines(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


CURLY = [
    (
        "“Wir haben das Spiel verdient gewonnen“, sagte der Trainer nach dem Abpfiff.",
        [
            (
                "direct",
                "“Wir haben das Spiel verdient gewonnen“",
                "sagte",
                "der Trainer",
                None,
            )
        ],
    ),
    (
        "Der Bürgermeister sagte: “Die Brücke wird im Herbst saniert.“ Die Kosten trägt das Land.",
        [("direct", "“Die Brücke wird im Herbst saniert.“", "sagte", "Der Bürgermeister", None)],
    ),
    # “ closing „ is no symmetric mark: „…“ and “…” stay two quotes
    (
        ("„Wir bleiben dran“, sagte der Kapitän. Der Trainer ergänzte: “Das war erst der Anfang.”"),
        [
            ("direct", "„Wir bleiben dran“", "sagte", "der Kapitän", None),
            ("direct", "“Das war erst der Anfang.”", "ergänzte", "Der Trainer", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CURLY, ids=[str(i) for i in range(len(CURLY))])
def test_english_opening_mark_closed_by_german_one(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


ACRONYMS = [
    (
        (
            "Der ehemalige Chef der Gewerkschaft „Öffentliche Dienste, Transport und Verkehr“ "
            "(ÖTV), Heinz Kluncker, ist tot."
        ),
        [],
    ),
    (
        (
            "Viele Infektionen werden durch den resistenten Erreger „Staphylococcus Aureus“ "
            "(MRSA) ausgelöst."
        ),
        [],
    ),
    # words with a verb stay words of a speaker
    (
        "„Wir haben gewonnen“ (ÖVP), sagte der Sprecher.",
        [
            ("mixed", "„Wir haben gewonnen“ (ÖVP)", "sagte", "der Sprecher", None),
            ("direct", "„Wir haben gewonnen“", "sagte", "der Sprecher", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYMS, ids=[str(i) for i in range(len(ACRONYMS))])
def test_long_form_of_a_name_before_its_acronym(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


VERBLESS_HEADLINES = [
    (
        (
            "Pühringer über Sympathiebekundung „wenig erfreut“, Haimbuchner nach "
            "Sondierungsgespräch „positiv gestimmt“. Linz – Landeshauptmann Josef Pühringer und "
            "FPÖ-Chef Manfred Haimbuchner trafen sich am Montag."
        ),
        [
            ("direct", "„wenig erfreut“", None, "Pühringer", "Josef Pühringer"),
            ("direct", "„positiv gestimmt“", None, "Haimbuchner", "Manfred Haimbuchner"),
        ],
    ),
    (
        (
            "Huber über Niederlage „enttäuscht“. Wien – Trainer Peter Huber hat nach dem 0:3 "
            "gegen Salzburg Kritik geübt."
        ),
        [("direct", "„enttäuscht“", None, "Huber", "Peter Huber")],
    ),
    # after a dash the role is whom the words describe; a noun that names no speaker
    (
        (
            "Bischof übergab Orden in Gold – Polizeichef „gleichsam ein Fels in der Brandung“. "
            "Eisenstadt – Der Bischof ehrte am Montag den Polizeichef."
        ),
        [("direct", "„gleichsam ein Fels in der Brandung“", None, None, None)],
    ),
    (
        (
            "Schritt der Universität für Naturschutzbund „eine diffamierende Schande“. Salzburg "
            "– Der Naturschutzbund hat am Montag protestiert."
        ),
        [("direct", "„eine diffamierende Schande“", None, None, None)],
    ),
    # a verb after the quote: no verbless clause
    (
        (
            "Die Ermittler gehen davon aus, dass der Verdächtige die Route „mehrmals gekreuzt“ "
            "haben soll."
        ),
        [
            (
                "mixed",
                "dass der Verdächtige die Route „mehrmals gekreuzt“ haben soll",
                "gehen davon aus",
                "Die Ermittler",
                None,
            ),
            ("direct", "„mehrmals gekreuzt“", "gehen davon aus", "Die Ermittler", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), VERBLESS_HEADLINES, ids=[str(i) for i in range(len(VERBLESS_HEADLINES))]
)
def test_quoted_phrase_of_a_verbless_headline_clause(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


TITLES = [
    (
        (
            "Den Namen der neuen Sendung gab das ZDF bereits bekannt: „Karol Wojtyla – "
            "Geheimnisse eines Papstes“. Der Sendetermin steht noch nicht fest."
        ),
        [],
    ),
    (
        (
            "Am Weltnichtrauchertag informierten unter dem Motto  „Tabak: Tödlich in jeder Form“ "
            "mehrere Verbände."
        ),
        [],
    ),
    # a sentence after the colon stays the speaker's
    (
        (
            "Zum Titel seines Buches sagte der Autor: „Ich wollte zeigen, wie schwer das Leben auf "
            "dem Land ist.“"
        ),
        [
            (
                "direct",
                "„Ich wollte zeigen, wie schwer das Leben auf dem Land ist.“",
                "sagte",
                "der Autor",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES, ids=[str(i) for i in range(len(TITLES))])
def test_title_after_a_title_noun(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


TITLE_SUBJECTS = [
    ("„A Bigger Bang“ sahen weltweit fast fünf Millionen Zuschauer. Die Tour war ein Rekord.", []),
    (
        (
            '"Oskar, Rico und Herzgebreche" ist die Verfilmung des zweiten Teils der '
            "Buchtrilogie. Berlin – Der Film startet im Mai."
        ),
        [],
    ),
    (
        (
            '"Verein zur Erforschung komplexer Systeme", eine Initiative der TU Wien, wird '
            "gegründet. Wien – Der Verein hat zehn Mitglieder."
        ),
        [],
    ),
    # a verb inside: a sentence; a frame after the comma: words of a speaker
    (
        "„Ich habe fertig“ ist seit damals ein geflügeltes Wort. Der Trainer lebt heute in Italien.",
        [("direct", "„Ich habe fertig“", None, None, None)],
    ),
    (
        "„Nie wieder Krieg“, forderten die Demonstranten am Samstag in Berlin.",
        [("direct", "„Nie wieder Krieg“", "forderten", "die Demonstranten", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), TITLE_SUBJECTS, ids=[str(i) for i in range(len(TITLE_SUBJECTS))]
)
def test_verbless_quote_opening_its_sentence_is_a_title(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected


TITLES_AFTER = [
    ("„Gewalt gegen Kinder“, so lautet der Titel einer Studie, die heute vorgestellt wurde.", []),
    (
        (
            "In Moskau findet ein Schachfestival statt: „Мемориал Михаила Таля“ [auf Deutsch: "
            "„Gedenken an Michail Tal“]. Es kommen viele Gäste."
        ),
        [],
    ),
    # a name before the title noun; a title noun past a comma with no verb between
    (
        "„Wir schaffen das“, sagte die Kanzlerin unter dem Motto der Veranstaltung.",
        [("direct", "„Wir schaffen das“", "sagte", "die Kanzlerin", None)],
    ),
    (
        (
            "So heißt es, die Behörde habe „jetzt“ damit „begonnen“, die Namen der Verdächtigen "
            "zu veröffentlichen."
        ),
        [
            (
                "mixed",
                (
                    "die Behörde habe „jetzt“ damit „begonnen“, die Namen der Verdächtigen zu "
                    "veröffentlichen"
                ),
                "heißt es",
                None,
                None,
            ),
            ("direct", "„jetzt“", "heißt es", None, None),
            ("direct", "„begonnen“", "heißt es", None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), TITLES_AFTER, ids=[str(i) for i in range(len(TITLES_AFTER))]
)
def test_title_noun_after_the_quote_and_glosses_in_square_brackets(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
