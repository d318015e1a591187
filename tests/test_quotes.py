"""newsx_quotes: direct, indirect, mixed, continuation and reported quotes.

Most tests run on a blank German pipeline (no parse: word forms and positions only);
hand-built Docs check the rules that read the parse in BOTH label schemes (UD and TIGER);
a few tests use ``models/de_newsx`` when it is present.
"""

from __future__ import annotations

import json
import shutil

import pytest
import spacy
from spacy.tokens import Doc

import pipeline.components.quotes  # noqa: F401  (registers the factory)
from pipeline import ROOT, rules_dir
from pipeline.quotes.data import QuoteRules
from pipeline.rules import RuleFileError

from .conftest import shared_path

MODEL = ROOT / "models" / "de_newsx"


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes")
    return nlp


def quotes(nlp, text):
    doc = nlp(text)  # keep the Doc alive while its SpanGroup is read
    return list(doc.spans["quotes"])


def content(q):
    """The quote text without the frame (parts joined)."""
    text = q.doc.text
    return " | ".join(text[a:b] for a, b in q._.parts)


def test_smoke_blank(blank):
    (q,) = quotes(blank, "Die Lage sei ernst, sagte Putin.")
    assert (q._.kind, q._.speaker, q._.cue, q._.cue_lemma) == (
        "indirect",
        "Putin",
        "sagte",
        "sagen",
    )
    assert quotes(blank, "Die Sonne scheint.") == []


# text, kind, speaker mention, cue, content (parts joined with " | ")
CASES = [
    # --- speech verbs, both orders
    (
        "Putin betonte, die Unruhen seien ein Versuch von außen gewesen.",
        "indirect",
        "Putin",
        "betonte",
        "die Unruhen seien ein Versuch von außen gewesen",
    ),
    (
        "Die Unruhen seien ein Versuch von außen gewesen, betonte Putin.",
        "indirect",
        "Putin",
        "betonte",
        "Die Unruhen seien ein Versuch von außen gewesen",
    ),
    (
        "Der Sprecher der Polizei sagte am Montag, dass niemand verletzt worden sei.",
        "indirect",
        "Der Sprecher der Polizei",
        "sagte",
        "dass niemand verletzt worden sei",
    ),
    (
        "Die Ministerin fragte, ob die Regierung davon gewusst habe.",
        "indirect",
        "Die Ministerin",
        "fragte",
        "ob die Regierung davon gewusst habe",
    ),
    (
        "Die Soldaten würden nicht dauerhaft bleiben, versicherte der Präsident.",
        "indirect",
        "der Präsident",
        "versicherte",
        "Die Soldaten würden nicht dauerhaft bleiben",
    ),
    (
        "Am Montag sagte der Minister, man erwäge rechtliche Schritte.",
        "indirect",
        "der Minister",
        "sagte",
        "man erwäge rechtliche Schritte",
    ),
    (
        "Eine DNA-Analyse hat bestätigt, dass der Tote der Vermisste ist.",
        "indirect",
        "Eine DNA-Analyse",
        "bestätigt",
        "dass der Tote der Vermisste ist",
    ),
    ("Die Lage sei, sagte er, sehr ernst.", "indirect", "er", "sagte", "Die Lage sei | sehr ernst"),
    # split verbs
    (
        "Die Polizei teilte am Abend mit, der Verdächtige sei gefasst worden.",
        "indirect",
        "Die Polizei",
        "teilte … mit",
        "der Verdächtige sei gefasst worden",
    ),
    (
        "Der Verband gab bekannt, dass die Saison abgebrochen werde.",
        "indirect",
        "Der Verband",
        "gab … bekannt",
        "dass die Saison abgebrochen werde",
    ),
    (
        "Wie der Verband am Morgen bekanntgab, wird die Saison abgebrochen.",
        "indirect",
        "der Verband",
        "Wie … bekanntgab",
        "wird die Saison abgebrochen",
    ),
    (
        "Die Firma hat angekündigt, die Preise zu erhöhen.",
        "indirect",
        "Die Firma",
        "angekündigt",
        "die Preise zu erhöhen",
    ),
    # passive: no speaker unless a von-agent
    (
        "Von der Regierung wurde mitgeteilt, die Grenze bleibe geschlossen.",
        "indirect",
        "der Regierung",
        "mitgeteilt",
        "die Grenze bleibe geschlossen",
    ),
    (
        "Als Begründung wurde angegeben, es werde ein neuer Partner gesucht.",
        "indirect",
        None,
        "angegeben",
        "es werde ein neuer Partner gesucht",
    ),
    # --- prepositional and elliptic cues
    (
        "Laut Polizei wurden drei Menschen verletzt.",
        "indirect",
        "Polizei",
        "Laut",
        "wurden drei Menschen verletzt",
    ),
    (
        "Die Herbstsaison hat nach Polizeiangaben einen Toten gefordert.",
        "indirect",
        "Polizeiangaben",
        "nach Polizeiangaben",
        "Die Herbstsaison hat | einen Toten gefordert",
    ),
    (
        "Nach Angaben der Polizei wurden drei Menschen verletzt.",
        "indirect",
        "der Polizei",
        "Nach Angaben",
        "wurden drei Menschen verletzt",
    ),
    (
        "Die Mutter hat nach eigenen Angaben bis 4.30 Uhr gearbeitet.",
        "indirect",
        "eigenen Angaben",
        "nach eigenen Angaben",
        "Die Mutter hat | bis 4.30 Uhr gearbeitet",
    ),
    (
        "Russland wird nach den Worten von Präsident Wladimir Putin keine Destabilisierung zulassen.",
        "indirect",
        "Präsident Wladimir Putin",
        "nach den Worten von",
        "Russland wird | keine Destabilisierung zulassen",
    ),
    (
        "Berichten verschiedener US-Medien zufolge fand ein Treffen statt.",
        "indirect",
        "Berichten verschiedener US-Medien",
        "zufolge",
        "fand ein Treffen statt",
    ),
    (
        "Ihnen zufolge hat Mussawi die absolute Mehrheit erhalten.",
        "indirect",
        "Ihnen",
        "zufolge",
        "hat Mussawi die absolute Mehrheit erhalten",
    ),
    (
        "Die Lage sei ernst, wird der Minister in der Zeitung zitiert.",
        "indirect",
        "der Minister",
        "zitiert",
        "Die Lage sei ernst",
    ),
    (
        "Unter Berufung auf Diplomaten wurde die Konferenz abgesagt.",
        "indirect",
        "Diplomaten",
        "Unter Berufung auf",
        "wurde die Konferenz abgesagt",
    ),
    (
        "Gemäß dem Bericht stieg die Zahl der Opfer.",
        "indirect",
        "dem Bericht",
        "Gemäß",
        "stieg die Zahl der Opfer",
    ),
    (
        "Alles in allem sei die Wahl fair gewesen, so der OSZE-Bericht.",
        "indirect",
        "der OSZE-Bericht",
        "so",
        "Alles in allem sei die Wahl fair gewesen",
    ),
    (
        "Die Wahlkommission gab ein Ergebnis bekannt. Demnach hat die Koalition gewonnen.",
        "indirect",
        "Demnach",
        "Demnach",
        "hat die Koalition gewonnen",
    ),
    (
        "Es gibt Berichte, wonach die Armee vorrückt.",
        "indirect",
        "Berichte",
        "wonach",
        "die Armee vorrückt",
    ),
    (
        "In einer Erklärung heißt es, die Verhandlungen seien gescheitert.",
        "indirect",
        "einer Erklärung",
        "In einer Erklärung heißt",
        "die Verhandlungen seien gescheitert",
    ),
    (
        "Die Verhandlungen seien gescheitert, hieß es in einer Mitteilung der Regierung.",
        "indirect",
        "einer Mitteilung der Regierung",
        "hieß es",
        "Die Verhandlungen seien gescheitert",
    ),
    (
        "Die Verhandlungen seien gescheitert, hieß es.",
        "indirect",
        None,
        "hieß es",
        "Die Verhandlungen seien gescheitert",
    ),
    (
        "In der Erklärung hatte es geheißen, die Verhandlungen seien gescheitert.",
        "indirect",
        "der Erklärung",
        "es geheißen",
        "die Verhandlungen seien gescheitert",
    ),
    (
        "Aus Paris hieß es, das Vorgehen Khartums sei eine schwerwiegende Verletzung.",
        "indirect",
        "Paris",
        "hieß es",
        "das Vorgehen Khartums sei eine schwerwiegende Verletzung",
    ),
    (
        "Bei der Agentur RIA hieß es, dass es zwei Detonationen gegeben habe.",
        "indirect",
        "der Agentur RIA",
        "hieß es",
        "dass es zwei Detonationen gegeben habe",
    ),
    (
        "Oberste Priorität sei der Kampf gegen den Terror, hieß es vom Sprecher Mark Toner.",
        "indirect",
        "Sprecher Mark Toner",
        "hieß es",
        "Oberste Priorität sei der Kampf gegen den Terror",
    ),
    (
        "Bei dem Unfall seien drei Menschen gestorben, hieß es.",
        "indirect",
        None,
        "hieß es",
        "Bei dem Unfall seien drei Menschen gestorben",
    ),
    (
        "Es heißt, die Verhandlungen seien gescheitert.",
        "indirect",
        None,
        "Es heißt",
        "die Verhandlungen seien gescheitert",
    ),
    (
        "Die Verhandlungen sind, wie es heißt, gescheitert.",
        "indirect",
        None,
        "wie es heißt",
        "Die Verhandlungen sind | gescheitert",
    ),
    # --- noun and light-verb frames
    (
        "Die Gewerkschaft vertritt die Ansicht, dass die Löhne steigen müssen.",
        "indirect",
        "Die Gewerkschaft",
        "vertritt die Ansicht",
        "dass die Löhne steigen müssen",
    ),
    (
        "Der Verband ist der Meinung, dass die Reform scheitert.",
        "indirect",
        "Der Verband",
        "ist der Meinung",
        "dass die Reform scheitert",
    ),
    (
        "Der Minister äußerte die Hoffnung, dass bald Frieden herrsche.",
        "indirect",
        "Der Minister",
        "äußerte die Hoffnung",
        "dass bald Frieden herrsche",
    ),
    (
        "Der Präsident erteilte den Befehl, ohne Warnung zu schießen.",
        "indirect",
        "Der Präsident",
        "erteilte den Befehl",
        "ohne Warnung zu schießen",
    ),
    (
        "Die Ministerin zeigte sich überzeugt, dass die Reform gelinge.",
        "indirect",
        "Die Ministerin",
        "zeigte sich überzeugt",
        "dass die Reform gelinge",
    ),
    (
        "Der Trainer machte deutlich, dass er bleiben wolle.",
        "indirect",
        "Der Trainer",
        "machte deutlich",
        "dass er bleiben wolle",
    ),
    (
        "Der Kanzler gab zu bedenken, dass die Kosten stiegen.",
        "indirect",
        "Der Kanzler",
        "gab zu bedenken",
        "dass die Kosten stiegen",
    ),
    (
        "Die Polizei geht davon aus, dass es ein Unfall war.",
        "indirect",
        "Die Polizei",
        "geht davon aus",
        "dass es ein Unfall war",
    ),
    (
        "Es wird davon ausgegangen, dass es ein Unfall war.",
        "indirect",
        None,
        "davon ausgegangen",
        "dass es ein Unfall war",
    ),
    (
        "Manche Analysten halten es für möglich, dass er kandidiert.",
        "indirect",
        "Manche Analysten",
        "halten es für möglich",
        "dass er kandidiert",
    ),
    (
        "Die Staatsanwaltschaft hegt den Verdacht, er könnte Geld veruntreut haben.",
        "indirect",
        "Die Staatsanwaltschaft",
        "hegt den Verdacht",
        "er könnte Geld veruntreut haben",
    ),
    (
        "Die BVG begegnet der Kritik mit dem Argument, die Züge seien meist unterirdisch.",
        "indirect",
        "Die BVG",
        "mit dem Argument",
        "die Züge seien meist unterirdisch",
    ),
    (
        "Der Verein erklärte sich bereit, die Kosten zu übernehmen.",
        "indirect",
        "Der Verein",
        "erklärte sich bereit",
        "die Kosten zu übernehmen",
    ),
    # --- direct quotes in every style
    ("Er sagte: „Wir bleiben hier.“", "direct", "Er", "sagte", "„Wir bleiben hier.“"),
    ('Er sagte: "Wir bleiben hier."', "direct", "Er", "sagte", '"Wir bleiben hier."'),
    ("Er sagte: »Wir bleiben hier.«", "direct", "Er", "sagte", "»Wir bleiben hier.«"),
    ("Er sagte: «Wir bleiben hier.»", "direct", "Er", "sagte", "«Wir bleiben hier.»"),
    ("Er sagte: “Wir bleiben hier.”", "direct", "Er", "sagte", "“Wir bleiben hier.”"),
    ("Er sagte: ‚Wir bleiben hier.‘", "direct", "Er", "sagte", "‚Wir bleiben hier.‘"),
    (
        "„Wir bleiben hier“, sagte der Bürgermeister.",
        "direct",
        "der Bürgermeister",
        "sagte",
        "„Wir bleiben hier“",
    ),
    (
        "„Wir bleiben hier“, so der Bürgermeister.",
        "direct",
        "der Bürgermeister",
        "so",
        "„Wir bleiben hier“",
    ),
    (
        "„Das ist gut“, sagte der Minister, „und es bleibt so.“",
        "direct",
        "der Minister",
        "sagte",
        "„Das ist gut“ | „und es bleibt so.“",
    ),
    (
        "Sie wird mit den Worten zitiert: „Wir geben nicht auf.“",
        "direct",
        "Sie",
        "wird mit den Worten zitiert",
        "„Wir geben nicht auf.“",
    ),
    ("Merkel: „Wir schaffen das.“", "direct", "Merkel", None, "„Wir schaffen das.“"),
    (
        "„Das ist ein Skandal. Wir werden klagen. Die Stadt muss zahlen.“, erklärte der Anwalt.",
        "direct",
        "der Anwalt",
        "erklärte",
        "„Das ist ein Skandal. Wir werden klagen. Die Stadt muss zahlen.“",
    ),
    (
        "Tokajew bezeichnete die Proteste als „versuchten Staatsstreich“.",
        "direct",
        "Tokajew",
        "bezeichnete … als",
        "„versuchten Staatsstreich“",
    ),
    # --- reported speech acts (high-precision verbs only)
    (
        "Das Staatsfernsehen hatte am Sonntag von mehr als 160 Todesopfern gesprochen.",
        "reported",
        "Das Staatsfernsehen",
        "gesprochen",
        None,
    ),
    (
        "Der Bürgermeister warnte vor einem Hochwasser.",
        "reported",
        "Der Bürgermeister",
        "warnte",
        None,
    ),
    (
        "Ein Militärsprecher verwies auf die schlechten Wetterbedingungen.",
        "reported",
        "Ein Militärsprecher",
        "verwies",
        None,
    ),
    (
        "Die Polizei bezifferte den Schaden auf rund zehn Millionen Euro.",
        "reported",
        "Die Polizei",
        "bezifferte",
        None,
    ),
    (
        "Die Gewerkschaft forderte eine Lohnerhöhung von fünf Prozent.",
        "reported",
        "Die Gewerkschaft",
        "forderte",
        None,
    ),
    # --- source phrases before "nach"
    (
        "Seiner Meinung nach hätte die Flughafenaufsicht von einer Landung abraten müssen.",
        "indirect",
        "Seiner Meinung",
        "nach",
        "hätte die Flughafenaufsicht von einer Landung abraten müssen",
    ),
    (
        "Dem Vernehmen nach soll Gerhardt sein Amt noch bis zum Frühjahr ausüben.",
        "indirect",
        "Dem Vernehmen",
        "nach",
        "soll Gerhardt sein Amt noch bis zum Frühjahr ausüben",
    ),
    # --- a complement whose verb comes after commas starts at the comma after the frame
    (
        (
            "Die Stadt versprach, über den Turm, das größte der geplanten Gebäude, nicht mehr "
            "bestimmen zu wollen."
        ),
        "indirect",
        "Die Stadt",
        "versprach",
        "über den Turm, das größte der geplanten Gebäude, nicht mehr bestimmen zu wollen",
    ),
    (
        "Häberle erklärte, über den Versuch, das Gutachten zu verhindern, sei er enttäuscht.",
        "indirect",
        "Häberle",
        "erklärte",
        "über den Versuch, das Gutachten zu verhindern, sei er enttäuscht",
    ),
    # --- an article after the comma, a Konjunktiv the tagger may miss
    (
        "Ken Rice erklärte, die Entdeckung werfe ein neues Licht auf die Theorie.",
        "indirect",
        "Ken Rice",
        "erklärte",
        "die Entdeckung werfe ein neues Licht auf die Theorie",
    ),
    # --- "X, das teilte Y mit" / "X – das beschreiben Y": the clause before in the unit
    (
        "Seit Montag ist die Hauptkamera des Teleskops ausgefallen, das teilte das Institut mit.",
        "indirect",
        "das Institut",
        "teilte … mit",
        "Seit Montag ist die Hauptkamera des Teleskops ausgefallen | das",
    ),
    (
        "Die Schlange war die größte ihrer Art – das beschreiben Forscher der Universität Toronto.",
        "indirect",
        "Forscher der Universität Toronto",
        "beschreiben",
        "Die Schlange war die größte ihrer Art | das",
    ),
    # --- "Wie X, Apposition, mitteilte, …"
    (
        (
            "Wie der Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg mitteilte, "
            "sieht Wiedeking in dem Gesetz eine Benachteiligung."
        ),
        "indirect",
        "der Bevollmächtigte der EU-Kommission",
        "Wie … mitteilte",
        "sieht Wiedeking in dem Gesetz eine Benachteiligung",
    ),
    # --- "laut" with a quoted title, a web address or a lowercase agency
    (
        "Laut „Welt“ soll er sich in der Justizvollzugsanstalt Landsberg befinden.",
        "indirect",
        "„Welt“",
        "Laut",
        "soll er sich in der Justizvollzugsanstalt Landsberg befinden",
    ),
    (
        "Laut ndr.de blieben einige Demonstranten anschließend noch auf dem Platz.",
        "indirect",
        "ndr.de",
        "Laut",
        "blieben einige Demonstranten anschließend noch auf dem Platz",
    ),
    (
        "Die Helfer sind laut taz in dem Land nicht erwünscht.",
        "indirect",
        "taz",
        "laut",
        "Die Helfer sind | in dem Land nicht erwünscht",
    ),
    # --- "wurde bekannt, dass": reported without a speaker
    (
        "Im April wurde dann bekannt, dass Warrior das Projekt übernimmt.",
        "indirect",
        None,
        "wurde dann bekannt",
        "dass Warrior das Projekt übernimmt",
    ),
    (
        "Er trat zurück, nachdem bekannt geworden war, dass er abgeschrieben hatte.",
        "indirect",
        None,
        "bekannt geworden war",
        "dass er abgeschrieben hatte",
    ),
    # --- a plural Konjunktiv II continues reported speech (Konjunktiv I looks indicative)
    (
        "Der Minister sagte, die Lage sei ernst. Die Banken hätten zu lange gezögert.",
        "continuation",
        "Der Minister",
        None,
        "Die Banken hätten zu lange gezögert.",
    ),
    # --- "X. Das/Dies bestätigte Y.": the sentence before is the content, the pronoun too
    (
        "Die Zahl der Toten stieg bis zum Abend weiter an. Das bestätigte die Nachrichtenagentur AP.",
        "indirect",
        "die Nachrichtenagentur AP",
        "bestätigte",
        "Die Zahl der Toten stieg bis zum Abend weiter an | Das",
    ),
    (
        "Das Museum bleibt bis Montag geschlossen. Das hat die Stadt mitgeteilt.",
        "indirect",
        "die Stadt",
        "mitgeteilt",
        "Das Museum bleibt bis Montag geschlossen | Das",
    ),
    # --- a quotation with words of the frame's content around it: mixed as well as direct
    (
        "Der Minister sagte, er sei „mit dem Ergebnis der Verhandlungen sehr zufrieden“.",
        "mixed",
        "Der Minister",
        "sagte",
        "er sei „mit dem Ergebnis der Verhandlungen sehr zufrieden“",
    ),
    (
        "Der Minister sagte, er sei „mit dem Ergebnis der Verhandlungen sehr zufrieden“.",
        "direct",
        "Der Minister",
        "sagte",
        "„mit dem Ergebnis der Verhandlungen sehr zufrieden“",
    ),
    # --- Konjunktiv I without a frame after a sentence whose subject is a speaker
    (
        "Der Polizeisprecher war am Abend vor Ort. Die Ermittlungen seien noch nicht abgeschlossen.",
        "continuation",
        "Der Polizeisprecher",
        None,
        "Die Ermittlungen seien noch nicht abgeschlossen.",
    ),
    (
        "Der Bürgermeister besuchte am Montag die Baustelle. Die Brücke sei nicht mehr sicher.",
        "continuation",
        "Der Bürgermeister",
        None,
        "Die Brücke sei nicht mehr sicher.",
    ),
]


@pytest.mark.parametrize("text,kind,speaker,cue,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_cue_table(blank, text, kind, speaker, cue, expected):
    qs = [q for q in quotes(blank, text) if q._.kind == kind]
    assert qs, f"no {kind} quote in {[(q._.kind, q.text) for q in quotes(blank, text)]}"
    q = qs[0]
    assert q._.speaker == speaker
    assert q._.cue == cue
    if expected is not None:
        assert content(q) == expected
    assert q._.rule and 0.0 < q._.confidence <= 1.0  # calibrated for the shipped model
    if speaker is not None:
        assert q.doc.text[q._.speaker_start : q._.speaker_end] == speaker


# texts that must yield nothing (narration, scare quotes, titles, "so" = "such as")
NOTHING = [
    "Die Sonne scheint über Berlin.",
    "Die Raumfähre „Discovery“ ist gestartet.",
    "Er las die „New York Times“ und die „Süddeutsche Zeitung“.",
    "Das Schiff „Polar 4“ ist abgestürzt.",
    "Nach dem Spiel fuhren die Fans nach Hause.",
    "Laut schreiend liefen die Kinder über den Hof.",
    "Viele Staaten gratulierten, so Frankreich, Italien und Spanien, der neuen Regierung.",
    "Er hat das Buch gelesen, das sie ihm geschenkt hatte.",
    "Die Zeitung berichtet über den Streik.",
    "So mancher Reifen wurde gewechselt.",
    "Sie sagte nichts.",
    # a demonstrative subject, a passive without agent: no anaphoric quote
    "Das Museum bleibt bis Montag geschlossen. Das sagt alles.",
    "Die Zahl der Toten stieg weiter an. Das wurde am Abend bekannt gegeben.",
    # verweisen without "auf" is no speech act; "meiner Meinung nach" is the writer's
    "Die Polizei verwies die Fans des Platzes.",
    "Die Mannschaft hat meiner Meinung nach schlecht gespielt.",
    # "laut" before a lowercase word that is no agency is an adverb, not a source
    "Die Kinder sangen laut und fröhlich im Hof.",
    # a relative "das" is no demonstrative object
    "Er kaufte ein Haus, das gefiel ihm.",
    # "bekannt" without a dass clause: no quote
    "Der Ort wurde durch seine Quellen bekannt, die seit Jahrhunderten sprudeln.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(blank, text):
    assert [(q._.kind, q.text) for q in quotes(blank, text)] == []


def test_konjunktiv_after_a_thing_has_no_speaker(blank):
    # Konjunktiv after a sentence about a thing: reported speech with no speaker, as the
    # parsed pipeline gives it (without a parse it is rescued by its score, >= 0.5 since the
    # round-15 score)
    qs = quotes(blank, "Die Brücke wurde am Montag gesperrt. Sie sei nicht mehr sicher.")
    assert [(q._.kind, q.text, q._.speaker, q._.rule) for q in qs] == [
        ("continuation", "Sie sei nicht mehr sicher.", None, "continuation:konjunktiv+orphan:none")
    ]


def test_scare_quotes_low_confidence():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes", config={"min_rule_confidence": 0.0})
    qs = quotes(nlp, "Die Raumfähre „Discovery“ ist gestartet.")
    assert [q._.confidence < 0.5 for q in qs] == [True]


def test_mixed_and_nested(blank):
    qs = quotes(blank, "Tokajew versicherte, die Sicherheitskräfte würden „niemals schießen“.")
    kinds = {q._.kind: q for q in qs}
    assert set(kinds) == {"mixed", "direct"}
    assert content(kinds["mixed"]) == "die Sicherheitskräfte würden „niemals schießen“"
    assert kinds["direct"].text == "„niemals schießen“"
    assert kinds["direct"]._.speaker == kinds["mixed"]._.speaker == "Tokajew"
    # nested: the direct quote lies inside the mixed one
    assert (
        kinds["mixed"].start <= kinds["direct"].start and kinds["direct"].end <= kinds["mixed"].end
    )


def test_multi_paragraph_direct(blank):
    text = "Er sagte: „Wir bleiben.\n\n„Wir gehen nicht weg.“ Dann ging er."
    (q,) = [q for q in quotes(blank, text) if q._.kind == "direct"]
    assert q.text == "„Wir bleiben.\n\n„Wir gehen nicht weg.“"
    assert q._.speaker == "Er"


def test_nested_marks_do_not_close(blank):
    text = "„Wir haben Anmeldungen für die ‚Sunrise-Phase‘ und „Small-Business“ erhalten“, sagte Chung."
    (q,) = [q for q in quotes(blank, text) if q._.kind == "direct"]
    assert q.text.endswith("erhalten“") and q._.speaker == "Chung"


def test_continuation(blank):
    text = (
        "Die Unruhen seien ein Versuch von außen gewesen, betonte Putin. Die Unruhen seien von "
        "außen gesteuert worden. Nun sei die Ordnung wiederhergestellt. Am Abend regnete es in "
        "Moskau. Die Lage sei ruhig."
    )
    qs = quotes(blank, text)
    conts = [q for q in qs if q._.kind == "continuation"]
    assert [q.text for q in conts] == [
        "Die Unruhen seien von außen gesteuert worden. Nun sei die Ordnung wiederhergestellt.",
        "Die Lage sei ruhig.",
    ]  # one run; the indicative sentence ends it; the one after it goes on across it
    assert conts[-1]._.rule == "continuation:konjunktiv+orphan:gap"
    first = qs[0]
    for q in conts:
        assert (q._.speaker, q._.speaker_start, q._.speaker_end) == (
            first._.speaker,
            first._.speaker_start,
            first._.speaker_end,
        )
        assert q._.rule.startswith("continuation") and q._.cue is None


def test_continuation_stops_at_new_speaker(blank):
    text = "Die Lage sei ernst, sagte Putin. Tokajew sagte, es seien 16 Polizisten getötet worden. Nun sei Ruhe."
    qs = quotes(blank, text)
    assert [q._.speaker for q in qs] == ["Putin", "Tokajew", "Tokajew"]


def test_no_overlaps_except_nested(blank):
    text = shared_path("samples", "dw-2022-01-kasachstan-ovks.txt").read_text(encoding="utf-8")
    qs = quotes(blank, text)
    for a in qs:
        for b in qs:
            if a is b or a.end_char <= b.start_char or b.end_char <= a.start_char:
                continue
            inner, outer = sorted((a, b), key=lambda s: s.end_char - s.start_char)
            assert inner._.kind == "direct" and outer.start_char <= inner.start_char
            assert inner.end_char <= outer.end_char


def _reference_checks(qs):
    def find(fragment):
        hits = [q for q in qs if fragment in q.text]
        assert hits, f"no quote with {fragment!r}"
        return hits[0]

    assert find("keine Destabilisierung")._.speaker.endswith("Putin")
    assert find("keine Destabilisierung")._.cue == "nach den Worten von"
    assert (find("nicht der erste")._.speaker, find("nicht der erste")._.cue) == (
        "Putin",
        "betonte",
    )
    assert (
        find("russischen Soldaten seien")._.speaker,
        find("russischen Soldaten seien")._.cue,
    ) == ("Putin", "sagte")
    q = find("nicht dauerhaft")
    assert (q._.speaker, q._.cue) == ("der Präsident", "versicherte")
    q = find("versuchten Staatsstreich")
    assert q._.speaker.endswith("Tokajew") and q._.cue_lemma == "bezeichnen"
    assert find("niemals schießen")._.speaker == "Tokajew"
    q = find("16 Sicherheitskräfte")
    assert (q._.speaker, q._.cue) == ("Tokajew", "sagte")
    q = find("von destruktiven")
    assert q._.kind == "continuation" and q._.speaker == "Putin"
    q = find("Nun sei die Ordnung")
    assert q._.kind == "continuation" and q._.speaker.endswith("Tokajew")
    q = find("160 Todesopfern")
    assert q._.speaker == "Das Staatsfernsehen"


def test_reference_article_blank(blank):
    text = shared_path("samples", "dw-2022-01-kasachstan-ovks.txt").read_text(encoding="utf-8")
    _reference_checks(quotes(blank, text))


@pytest.mark.skipif(not (MODEL / "config.cfg").exists(), reason="models/de_newsx not built")
def test_reference_article_model():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("newsx_quotes")
    text = shared_path("samples", "dw-2022-01-kasachstan-ovks.txt").read_text(encoding="utf-8")
    _reference_checks(quotes(nlp, text))


# ------------------------------------------------------------------ parse, both schemes
# "Die Lage sei ernst , sagte gestern im Bundestag der Minister ." -- without a parse the
# first noun phrase after the verb is "Bundestag"; the parse says the subject is "Minister".
WORDS = [
    "Die",
    "Lage",
    "sei",
    "ernst",
    ",",
    "sagte",
    "gestern",
    "im",
    "Bundestag",
    "der",
    "Minister",
    ".",
]
POS = ["DET", "NOUN", "AUX", "ADJ", "PUNCT", "VERB", "ADV", "ADP", "NOUN", "DET", "NOUN", "PUNCT"]
LEMMAS = [
    "der",
    "Lage",
    "sein",
    "ernst",
    ",",
    "sagen",
    "gestern",
    "in",
    "Bundestag",
    "der",
    "Minister",
    ".",
]
MORPHS = ["", "", "Mood=Sub|VerbForm=Fin", "", "", "Mood=Ind|VerbForm=Fin", "", "", "", "", "", ""]
PARSES = {
    "ud": {
        "heads": [1, 3, 3, 5, 3, 5, 5, 8, 5, 10, 5, 5],
        "deps": [
            "det",
            "nsubj",
            "cop",
            "ccomp",
            "punct",
            "ROOT",
            "advmod",
            "case",
            "obl",
            "det",
            "nsubj",
            "punct",
        ],
    },
    "tiger": {
        "heads": [1, 2, 5, 2, 5, 5, 5, 5, 7, 10, 5, 5],
        "deps": ["nk", "sb", "oc", "pd", "punct", "ROOT", "mo", "mo", "nk", "nk", "sb", "punct"],
    },
}


@pytest.mark.parametrize("scheme", ["ud", "tiger"])
def test_speaker_from_parse(scheme):
    nlp = spacy.blank("de")
    quoter = nlp.add_pipe("newsx_quotes")
    doc = Doc(nlp.vocab, words=WORDS, pos=POS, lemmas=LEMMAS, morphs=MORPHS, **PARSES[scheme])
    (q,) = list(quoter(doc).spans["quotes"])
    assert (q._.kind, q._.speaker, q._.cue_lemma) == ("indirect", "der Minister", "sagen")
    # the same words without a parse: position heuristics only
    bare = Doc(nlp.vocab, words=WORDS)
    (q,) = list(quoter(bare).spans["quotes"])
    assert q._.speaker != "der Minister"


# "Die Polizei teilte nach langen Ermittlungen in der Stadt am späten Abend des Tages
# schließlich doch noch überraschend und ohne Angabe von Gründen mit , der Mann sei gefasst ."
# -- the particle is too far for the word-window, the parse links it.
SPLIT = (
    ["Die", "Polizei", "teilte", "nach", "Ermittlungen"]
    + ["lange"] * 25
    + ["mit", ",", "er", "sei", "gefasst", "."]
)


@pytest.mark.parametrize("scheme", ["ud", "tiger"])
def test_split_verb_particle_from_parse(scheme):
    nlp = spacy.blank("de")
    quoter = nlp.add_pipe("newsx_quotes")
    n = len(SPLIT)
    prt = SPLIT.index("mit")
    heads = list(range(n))
    deps = ["dep"] * n
    heads[0], deps[0] = 1, "det" if scheme == "ud" else "nk"
    heads[1], deps[1] = 2, "nsubj" if scheme == "ud" else "sb"
    deps[2] = "ROOT"
    for i in range(3, prt):
        heads[i], deps[i] = 2, "obl" if scheme == "ud" else "mo"
    heads[prt], deps[prt] = 2, "compound:prt" if scheme == "ud" else "svp"
    heads[prt + 1], deps[prt + 1] = prt + 4, "punct"
    heads[prt + 2], deps[prt + 2] = prt + 4, "nsubj:pass" if scheme == "ud" else "sb"
    heads[prt + 3], deps[prt + 3] = prt + 4, "aux:pass" if scheme == "ud" else "oc"
    heads[prt + 4], deps[prt + 4] = 2, "ccomp" if scheme == "ud" else "oc"
    heads[n - 1], deps[n - 1] = 2, "punct"
    pos = (
        ["DET", "NOUN", "VERB", "ADP", "NOUN"]
        + ["ADJ"] * 25
        + ["ADP", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"]
    )
    doc = Doc(
        nlp.vocab,
        words=SPLIT,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=["der", "Polizei", "teilen"] + [w.lower() for w in SPLIT[3:]],
    )
    (q,) = list(quoter(doc).spans["quotes"])
    assert (q._.speaker, q._.cue, q._.cue_lemma) == ("Die Polizei", "teilte … mit", "mitteilen")


# ------------------------------------------------------------------ rules as data
def test_user_adds_a_verb(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir("de"), folder)
    text = "Der Politiker schwadronierte, die Steuern seien viel zu hoch."
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes", config={"rules_dir": str(folder)})
    assert quotes(nlp, text) == []
    with (folder / "speech_verbs.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(
            json.dumps(
                {
                    "id": "schwadronieren",
                    "lemma": "schwadronieren",
                    "forms": ["schwadroniert", "schwadronierte", "schwadronierten"],
                }
            )
            + "\n"
        )
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes", config={"rules_dir": str(folder)})
    (q,) = quotes(nlp, text)
    assert (q._.speaker, q._.cue_lemma, q._.rule.split("+")[0]) == (
        "Der Politiker",
        "schwadronieren",
        "verb:schwadronieren",
    )


def test_user_adds_a_cue_pattern(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir("de"), folder)
    with (folder / "cue_patterns.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(
            json.dumps(
                {
                    "id": "aus_kreisen",
                    "pattern": [{"LOWER": "aus"}, {"LOWER": "kreisen"}],
                    "cue_lemma": "aus Kreisen",
                    "speaker": "after",
                    "content": "clause",
                }
            )
            + "\n"
        )
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes", config={"rules_dir": str(folder)})
    (q,) = quotes(nlp, "Aus Kreisen der Regierung verlautete nichts Neues.")
    assert (q._.cue, q._.speaker, q._.rule) == (
        "Aus Kreisen",
        "der Regierung",
        "pattern:aus_kreisen",
    )


def test_bad_rule_file_names_line_and_field(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir("de"), folder)
    with (folder / "speech_verbs.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x", "lemma": "x", "kinds": ["gossip"]}) + "\n")
    with pytest.raises(RuleFileError, match=r"speech_verbs.jsonl:\d+: field 'kinds'"):
        QuoteRules.load(folder)


def test_to_disk_from_disk(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes", config={"min_confidence": 0.4})
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "newsx_quotes" / "speech_verbs.jsonl").exists()
    nlp2 = spacy.load(tmp_path / "pipe")
    assert nlp2.get_pipe("newsx_quotes").min_confidence == 0.4
    text = "Die Lage sei ernst, sagte Putin."
    assert [(q._.speaker, q._.cue) for q in quotes(nlp2, text)] == [("Putin", "sagte")]
    # to_bytes / from_bytes keep the rules too
    data = nlp.get_pipe("newsx_quotes").to_bytes()
    nlp3 = spacy.blank("de")
    nlp3.add_pipe("newsx_quotes").from_bytes(data)
    assert len(nlp3.get_pipe("newsx_quotes").rules.verbs) == len(
        nlp.get_pipe("newsx_quotes").rules.verbs
    )


def test_n_process_two_same_result():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes")
    texts = ["Die Lage sei ernst, sagte Putin.", "„Wir bleiben“, sagte sie.", "Nichts."] * 2
    one = [[(q._.kind, q._.speaker, q._.parts) for q in d.spans["quotes"]] for d in nlp.pipe(texts)]
    two = [
        [(q._.kind, q._.speaker, q._.parts) for q in d.spans["quotes"]]
        for d in nlp.pipe(texts, n_process=2)
    ]
    assert one == two


# ------------------------------------------------------------- parse speakers, both schemes
# Each token: (word, POS, Case, entity label, (UD head, UD label), (TIGER head, TIGER label)).
# Real sentences from German news, parsed the way models/de_newsx parses them (errors included).
def _tok(word, pos, case="", ent="", ud=(0, "dep"), tiger=(0, "dep")):
    return (word, pos, case, ent, ud, tiger)


PARSE_SPEAKERS = {
    # the tagger calls unknown surnames ADV: the entity says it is a name
    "name tagged ADV": (
        [
            _tok("Künast", "ADV", "", "PER", (1, "nsubj"), (1, "sb")),
            _tok("sagte", "VERB", "", "", (1, "ROOT"), (1, "ROOT")),
            _tok(",", "PUNCT", "", "", (6, "punct"), (1, "punct")),
            _tok("es", "PRON", "Nom", "", (6, "expl"), (4, "ep")),
            _tok("müsse", "AUX", "", "", (6, "aux"), (1, "oc")),
            _tok("Schluss", "NOUN", "Acc", "", (6, "obj"), (6, "pd")),
            _tok("sein", "AUX", "", "", (1, "ccomp"), (4, "oc")),
            _tok(".", "PUNCT", "", "", (1, "punct"), (1, "punct")),
        ],
        "Künast",
    ),
    # ... also when the parser does not make it the subject (advmod): position + entity
    "name tagged ADV, no subject": (
        [
            _tok("Künast", "ADV", "", "PER", (1, "advmod"), (1, "mo")),
            _tok("sagte", "VERB", "", "", (1, "ROOT"), (1, "ROOT")),
            _tok(",", "PUNCT", "", "", (6, "punct"), (1, "punct")),
            _tok("es", "PRON", "Nom", "", (6, "expl"), (4, "ep")),
            _tok("müsse", "AUX", "", "", (6, "aux"), (1, "oc")),
            _tok("Schluss", "NOUN", "Acc", "", (6, "obj"), (6, "pd")),
            _tok("sein", "AUX", "", "", (1, "ccomp"), (4, "oc")),
            _tok(".", "PUNCT", "", "", (1, "punct"), (1, "punct")),
        ],
        "Künast",
    ),
    # ... and without an entity: a capitalised subject the tagger calls ADV is a name
    "name tagged ADV, no entity": (
        [
            _tok("Elshorst", "ADV", "", "", (1, "nsubj"), (1, "sb")),
            _tok("wies", "VERB", "", "", (1, "ROOT"), (1, "ROOT")),
            _tok("darauf", "ADV", "", "", (1, "advmod"), (1, "mo")),
            _tok("hin", "ADV", "", "", (1, "compound:prt"), (1, "svp")),
            _tok(",", "PUNCT", "", "", (9, "punct"), (1, "punct")),
            _tok("dass", "SCONJ", "", "", (9, "mark"), (9, "cp")),
            _tok("Siemens", "PROPN", "Nom", "ORG", (9, "nsubj"), (9, "sb")),
            _tok("dort", "ADV", "", "", (9, "advmod"), (9, "mo")),
            _tok("Mitglied", "NOUN", "Nom", "", (9, "obj"), (9, "pd")),
            _tok("sei", "AUX", "", "", (1, "ccomp"), (2, "re")),
            _tok(".", "PUNCT", "", "", (1, "punct"), (1, "punct")),
        ],
        "Elshorst",
    ),
    # an adverb is never a speaker, whatever the parse says
    "adverb labelled subject": (
        [
            _tok("Offiziell", "ADV", "", "", (1, "nsubj"), (1, "sb")),
            _tok("erklärte", "VERB", "", "", (1, "ROOT"), (1, "ROOT")),
            _tok(",", "PUNCT", "", "", (5, "punct"), (1, "punct")),
            _tok("die", "DET", "Nom", "", (4, "det"), (4, "nk")),
            _tok("Lage", "NOUN", "Nom", "", (5, "nsubj"), (5, "sb")),
            _tok("sei", "AUX", "", "", (1, "ccomp"), (1, "oc")),
            _tok("ruhig", "ADJ", "", "", (5, "advmod"), (5, "pd")),
            _tok(".", "PUNCT", "", "", (1, "punct"), (1, "punct")),
        ],
        None,
    ),
    # two subjects: the fronted accusative object is not the speaker, the nominative is
    "fronted object labelled subject": (
        [
            _tok("Den", "DET", "Acc", "", (1, "det"), (1, "nk")),
            _tok("Plan", "NOUN", "Acc", "", (2, "nsubj"), (2, "sb")),
            _tok("kritisierte", "VERB", "", "", (2, "ROOT"), (2, "ROOT")),
            _tok("die", "DET", "Nom", "", (4, "det"), (4, "nk")),
            _tok("Ministerin", "NOUN", "Nom", "", (2, "nsubj"), (2, "sb")),
            _tok(",", "PUNCT", "", "", (8, "punct"), (2, "punct")),
            _tok("er", "PRON", "Nom", "", (8, "nsubj"), (7, "sb")),
            _tok("sei", "AUX", "", "", (8, "cop"), (2, "oc")),
            _tok("teuer", "ADJ", "", "", (2, "ccomp"), (7, "pd")),
            _tok(".", "PUNCT", "", "", (2, "punct"), (2, "punct")),
        ],
        "die Ministerin",
    ),
    # a fronted dative parsed as subject, the real subject parsed as object: the
    # nominative after the verb speaks
    "fronted dative": (
        [
            _tok("Den", "DET", "Dat", "", (1, "det"), (1, "nk")),
            _tok("Flüchtlingen", "NOUN", "Dat", "", (2, "nsubj"), (2, "sb")),
            _tok("sicherte", "VERB", "", "", (2, "ROOT"), (2, "ROOT")),
            _tok("Präsident", "NOUN", "Nom", "", (2, "obj"), (2, "oa")),
            _tok("Gusmão", "PROPN", "Nom", "PER", (3, "flat"), (3, "pnc")),
            _tok("zu", "ADP", "", "", (2, "compound:prt"), (2, "svp")),
            _tok(",", "PUNCT", "", "", (10, "punct"), (2, "punct")),
            _tok("dass", "SCONJ", "", "", (10, "mark"), (10, "cp")),
            _tok("sie", "PRON", "Nom", "", (10, "nsubj"), (10, "sb")),
            _tok("willkommen", "ADJ", "", "", (10, "advmod"), (10, "pd")),
            _tok("seien", "AUX", "", "", (2, "ccomp"), (2, "oc")),
            _tok(".", "PUNCT", "", "", (2, "punct"), (2, "punct")),
        ],
        "Präsident Gusmão",
    ),
    # ... but a fronted name keeps its subject role ("Thaksin beschuldigte General Prem")
    "name before object": (
        [
            _tok("Thaksin", "PROPN", "Nom", "", (1, "nsubj"), (1, "sb")),
            _tok("beschuldigte", "VERB", "", "", (1, "ROOT"), (1, "ROOT")),
            _tok("General", "NOUN", "Nom", "", (1, "obj"), (1, "oa")),
            _tok("Prem", "PROPN", "Nom", "PER", (2, "appos"), (2, "app")),
            _tok(",", "PUNCT", "", "", (5, "punct"), (1, "punct")),
            _tok("gelogen", "VERB", "", "", (1, "xcomp"), (7, "oc")),
            _tok("zu", "PART", "", "", (5, "mark"), (5, "pm")),
            _tok("haben", "AUX", "", "", (5, "aux"), (1, "oc")),
            _tok(".", "PUNCT", "", "", (1, "punct"), (1, "punct")),
        ],
        "Thaksin",
    ),
    # a long apposition: keep the name before it rather than no speaker at all
    "long apposition": (
        [
            _tok("Jim", "PROPN", "Nom", "PER", (19, "nsubj"), (19, "sb")),
            _tok("DeMint", "PROPN", "Nom", "PER", (0, "flat"), (0, "pnc")),
            _tok(",", "PUNCT", "", "", (0, "punct"), (0, "punct")),
            _tok("ein", "DET", "Nom", "", (12, "det"), (12, "nk")),
            _tok("prominentes", "ADJ", "Nom", "", (12, "amod"), (12, "nk")),
            _tok(",", "PUNCT", "", "", (11, "punct"), (11, "punct")),
            _tok("dem", "DET", "Dat", "", (8, "det"), (8, "nk")),
            _tok("konservativen", "ADJ", "Dat", "", (8, "amod"), (8, "nk")),
            _tok("Flügel", "NOUN", "Dat", "", (11, "obl"), (11, "da")),
            _tok("der", "DET", "Gen", "", (10, "det"), (10, "nk")),
            _tok("Republikaner", "NOUN", "Gen", "", (8, "nmod"), (8, "ag")),
            _tok("zugehöriges", "ADJ", "Nom", "", (12, "amod"), (12, "nk")),
            _tok("Mitglied", "NOUN", "Nom", "", (0, "appos"), (0, "app")),
            _tok("des", "DET", "Gen", "", (14, "det"), (14, "nk")),
            _tok("US-Repräsentantenhauses", "NOUN", "Gen", "ORG", (12, "nmod"), (12, "ag")),
            _tok("aus", "ADP", "", "", (16, "case"), (12, "mnr")),
            _tok("South", "PROPN", "Dat", "LOC", (12, "nmod"), (15, "nk")),
            _tok("Carolina", "PROPN", "Dat", "LOC", (16, "flat"), (16, "pnc")),
            _tok(",", "PUNCT", "", "", (0, "punct"), (0, "punct")),
            _tok("sagte", "VERB", "", "", (19, "ROOT"), (19, "ROOT")),
            _tok(",", "PUNCT", "", "", (23, "punct"), (19, "punct")),
            _tok("er", "PRON", "Nom", "", (23, "nsubj"), (22, "sb")),
            _tok("sei", "AUX", "", "", (23, "cop"), (19, "oc")),
            _tok("zufrieden", "ADJ", "", "", (19, "ccomp"), (22, "pd")),
            _tok(".", "PUNCT", "", "", (19, "punct"), (19, "punct")),
        ],
        "Jim DeMint",
    ),
}


def _parsed_doc(nlp, toks, scheme):
    words = [t[0] for t in toks]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    idx = 4 if scheme == "ud" else 5
    heads = [t[idx][0] for t in toks]
    deps = [t[idx][1] for t in toks]
    morphs = [f"Case={t[2]}" if t[2] else "" for t in toks]
    ents, i = [], 0
    while i < len(toks):
        if toks[i][3]:
            j = i
            while j + 1 < len(toks) and toks[j + 1][3] == toks[i][3]:
                j += 1
            ents += [f"B-{toks[i][3]}"] + [f"I-{toks[i][3]}"] * (j - i)
            i = j + 1
        else:
            ents.append("O")
            i += 1
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=[t[1] for t in toks],
        heads=heads,
        deps=deps,
        morphs=morphs,
        lemmas=[w.lower() for w in words],
        ents=ents,
    )


@pytest.mark.parametrize("scheme", ["ud", "tiger"])
@pytest.mark.parametrize("case", list(PARSE_SPEAKERS))
def test_parse_speaker_cases(case, scheme):
    nlp = spacy.blank("de")
    quoter = nlp.add_pipe("newsx_quotes")
    toks, speaker = PARSE_SPEAKERS[case]
    doc = quoter(_parsed_doc(nlp, toks, scheme))
    qs = [q for q in doc.spans["quotes"] if q._.kind == "indirect"]
    assert len(qs) == 1, [(q._.kind, q.text) for q in doc.spans["quotes"]]
    assert qs[0]._.speaker == speaker


def test_speaker_inside_pattern(blank):
    """ "wird Panetta zitiert": the name between auxiliary and participle is the speaker."""
    (q,) = quotes(blank, "„Wir bleiben in Libyen“, wird Panetta zitiert.")
    assert (q._.kind, q._.speaker, q._.cue_lemma) == ("direct", "Panetta", "zitieren")


# real sentences through models/de_newsx: text -> (kind, speaker, cue) of every quote
MODEL_SPEAKERS = [
    # a postposition's object is not the subject the parser says it is
    (
        "Ihr gegenüber hat er angegeben, er sei wütend auf seine Freundin gewesen.",
        [("indirect", "er", "angegeben")],
    ),
    # "seiner" (lemma "sein") is no finite verb: the subject follows "erklärte"
    (
        "In seiner Antrittsrede erklärte Johnson, die Rechte der Arbeitnehmer schützen zu wollen.",
        [("indirect", "Johnson", "erklärte")],
    ),
    # a Konjunktiv sentence with its own indicative main clause: its subject speaks
    (
        (
            "Der Minister sagte, die Lage sei ernst. Die Opposition versteht nicht, warum "
            "nichts geschehen sei."
        ),
        [("indirect", "Der Minister", "sagte"), ("continuation", "Die Opposition", None)],
    ),
    # ... but a plain Konjunktiv continuation keeps the speaker before it
    (
        "Der Minister sagte, die Lage sei ernst. Die Regierung werde handeln.",
        [("indirect", "Der Minister", "sagte"), ("continuation", "Der Minister", None)],
    ),
    # narration without a speech act yields nothing
    ("Die Mutter versteht nicht, warum ihr Sohn das getan hat.", []),
    # a singular Konjunktiv II after a quote is a conditional, not reported speech
    (
        "Der Minister sagte, die Lage sei ernst. Die Regierung hätte früher handeln können.",
        [("indirect", "Der Minister", "sagte")],
    ),
    # a fronted object the parser calls subject: the nominative after the verb speaks
    (
        (
            "Die praktische Anwendung der Richtlinienkompetenz des Bundeskanzlers stellte der "
            "SPD-Vorsitzende Franz Müntefering ebenfalls in Frage: „Die Anwendung der "
            "Richtlinie, die ist nicht lebenswirklich.“"
        ),
        [("direct", "der SPD-Vorsitzende Franz Müntefering", None)],
    ),
    # a fronted adjective tagged PROPN is no speaker: the name after the verb is
    (
        "Besorgt äußerte sich Kofi Annan über die Zunahme der Gewalt: „Das ist schrecklich.“",
        [("direct", "Kofi Annan", "äußerte")],
    ),
    # ... but a fronted name stays the subject
    (
        "Thaksin beschuldigte General Prem, an dem Militärcoup gegen ihn mitgewirkt zu haben.",
        [("indirect", "Thaksin", "beschuldigte")],
    ),
    # "X wird vorgeworfen" (participle tagged as infinitive): the accused is no speaker
    (
        (
            "Kony wird unter anderem vorgeworfen, dass die Miliz Tausende von Jungen "
            "zwangsrekrutiert hat."
        ),
        [("indirect", None, "vorgeworfen")],
    ),
    (
        (
            "Der Ex-Ministerpräsidentin wird vorgeworfen, einen nachteiligen Gasvertrag "
            "geschlossen zu haben."
        ),
        [("indirect", None, "vorgeworfen")],
    ),
    # an inverted frame: the content's subject parsed as the verb's is no speaker
    (
        (
            "Der Deutsche sei befreit worden, sagte ein Behördenvertreter. Der Mann sei in "
            "Freiheit und wohlbehalten, bestätigte ein Sprecher des Auswärtigen Amtes."
        ),
        [
            ("indirect", "ein Behördenvertreter", "sagte"),
            ("indirect", "ein Sprecher des Auswärtigen Amtes", "bestätigte"),
        ],
    ),
    # a quote after reported speech of the same paragraph goes on with its speaker
    (
        (
            "Der Leiter des Programms, Klaus Stöhr, sagte: „Man muss sich jetzt darauf "
            "vorbereiten.“ Die Gefahr einer Pandemie sei real. Aktuell bestehe diese Gefahr "
            "zwar noch nicht. „Aber das Virus hat alle Möglichkeiten, sich zu verändern.“"
        ),
        [
            ("direct", "Der Leiter des Programms, Klaus Stöhr", "sagte"),
            ("continuation", "Der Leiter des Programms, Klaus Stöhr", None),
            ("direct", "Der Leiter des Programms, Klaus Stöhr", None),
        ],
    ),
    # "Das bestätigte Y": the subject after the verb, the sentence before is what was said
    (
        "Die Zahl der Toten stieg bis zum Abend weiter an. Das bestätigte die Nachrichtenagentur AP.",
        [("indirect", "die Nachrichtenagentur AP", "bestätigte")],
    ),
]


@pytest.fixture(scope="module")
def model_quotes():
    if not (MODEL / "config.cfg").exists():
        pytest.skip("models/de_newsx not built")
    nlp = spacy.load(MODEL)
    nlp.add_pipe("newsx_quotes")
    return nlp


@pytest.mark.parametrize("text,expected", MODEL_SPEAKERS, ids=[c[0][:40] for c in MODEL_SPEAKERS])
def test_model_speakers(model_quotes, text, expected):
    got = [(q._.kind, q._.speaker, q._.cue) for q in quotes(model_quotes, text)]
    assert got == expected


#: a capitalised quoted word as an object of the speech verb is the speaker's word, kept;
#: a name the text gives ("nennt man", "sich … nennt", "die Modelle „…“") is not
VERB_OBJECTS = [
    (
        "Modder nannte die Absage Hartmanns einen „Vertrauensbruch“. Hartmann schwieg.",
        [("direct", "„Vertrauensbruch“", "Modder")],
    ),
    (
        "Bereits während seiner Amtszeit warnte Kluncker vor den „Lohnverzichtstheorien“.",
        [("direct", "„Lohnverzichtstheorien“", "Kluncker")],
    ),
    (
        (
            "Der Kommissionspräsident der Afrikanischen Union, Alpha Omar Konaré, nannte dies "
            "einen „Militärputsch“."
        ),
        [
            (
                "direct",
                "„Militärputsch“",
                "Der Kommissionspräsident der Afrikanischen Union, Alpha Omar Konaré",
            )
        ],
    ),
    ("Dies nennt man einen „Aktiensplit“. Die Aktien werden geteilt.", []),
    ("Die Militärjunta, die sich selbst „Rat für nationale Sicherheit“ nennt, regiert.", []),
    ("Als Beispiele nennt VW die Modelle „Touareg“ und „Phaeton“.", []),
]


@pytest.mark.parametrize("text,expected", VERB_OBJECTS, ids=[c[0][:40] for c in VERB_OBJECTS])
def test_verb_object_fragments(model_quotes, text, expected):
    got = [(q._.kind, q.text, q._.speaker) for q in quotes(model_quotes, text)]
    assert got == expected
