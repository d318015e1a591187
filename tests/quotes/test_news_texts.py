"""Quote tables on news-style texts written for these tests (issue 10): speakers that are
right or empty, interviews and Q&A, headline attributions, datelines, addressees and media.

Each row: text, then the expected quotes as ``(kind, text, speaker_name)`` in text order.
Run with the shipped pipeline (model + all newsx components).
"""

from __future__ import annotations

import pytest

CASES = [
    # --- the mention is found whatever stands around it
    (
        (
            "„Wir werden nicht aufgeben“, sagte Timo Reinfrank, Koordinator bei der "
            "Amadeu-Antonio-Stiftung, am Montag."
        ),
        [("direct", "„Wir werden nicht aufgeben“", "Timo Reinfrank")],
    ),
    (
        "„Die Mannschaft hat Charakter gezeigt“, warnte Trainer Zoran Barisic nach dem Spiel.",
        [("direct", "„Die Mannschaft hat Charakter gezeigt“", "Zoran Barisic")],
    ),
    (
        "Die Zahl der Opfer sei gestiegen, wie Scolik gegenüber der FAZ sagte.",
        [("indirect", "Die Zahl der Opfer sei gestiegen", "Scolik")],
    ),
    # --- a description resolves to the full name the article introduced (Austrian roles)
    (
        (
            "„Wir schaffen das“, sagte Landeshauptmann Hans Niessl am Montag in Eisenstadt. "
            "Später ergänzte der Landeshauptmann, man werde mehr Geld brauchen."
        ),
        [
            ("direct", "„Wir schaffen das“", "Hans Niessl"),
            ("indirect", "man werde mehr Geld brauchen", "Hans Niessl"),
        ],
    ),
    # --- never the addressee or the medium
    (
        "„Ich hatte furchtbare Angst“, berichtet eine junge Studentin dem STANDARD.",
        [("direct", "„Ich hatte furchtbare Angst“", None)],
    ),
    (
        "Laut einer Augenzeugin der APA waren mehrere Schüsse zu hören.",
        [("indirect", "waren mehrere Schüsse zu hören", None)],
    ),
    # --- never a date, an adverb or a connective
    (
        "Die Lage sei unter Kontrolle, verlautete am Montag aus Sicherheitskreisen.",
        [("indirect", "Die Lage sei unter Kontrolle", None)],
    ),
    (
        "Weiters verweisen Verfassungsrechtler darauf, dass das Gesetz verfassungswidrig sei.",
        [("indirect", "dass das Gesetz verfassungswidrig sei", None)],
    ),
    # --- headline attributions
    (
        "Nagl: „Wir bauen die Stadt für die Menschen.“",
        [("direct", "„Wir bauen die Stadt für die Menschen.“", "Nagl")],
    ),
    (
        (
            "Der Virologe Peter Scolik leitet das Institut seit dem Jahr 2010.\n\n"
            "Scolik: Die Verhandlungen sind gescheitert."
        ),
        [("direct", "Die Verhandlungen sind gescheitert.", "Peter Scolik")],
    ),
    # --- interviews: answers to the interviewee, questions to the outlet
    (
        (
            "Der Wiener Bürgermeister Michael Häupl über die Wahl und seine Zukunft.\n\n"
            "STANDARD: Sind Sie mit dem Ergebnis zufrieden?\n\n"
            "Häupl: Ja, sehr. Wir haben unser Ziel erreicht.\n\n"
            "STANDARD: Was bedeutet das für die Koalition?\n\n"
            "Häupl: Das werden wir in den nächsten Wochen sehen."
        ),
        [
            ("direct", "Sind Sie mit dem Ergebnis zufrieden?", "Der Standard"),
            ("direct", "Ja, sehr. Wir haben unser Ziel erreicht.", "Michael Häupl"),
            ("direct", "Was bedeutet das für die Koalition?", "Der Standard"),
            ("direct", "Das werden wir in den nächsten Wochen sehen.", "Michael Häupl"),
        ],
    ),
    (
        (
            "Die Virologin Elisabeth Puchhammer-Stöckl im Gespräch.\n\n"
            "Frage: Wie gefährlich ist das neue Virus?\n\n"
            "Antwort: Wir wissen es noch nicht genau. Die Daten sind zu dünn."
        ),
        [
            ("direct", "Wie gefährlich ist das neue Virus?", None),
            (
                "direct",
                "Wir wissen es noch nicht genau. Die Daten sind zu dünn.",
                "Elisabeth Puchhammer-Stöckl",
            ),
        ],
    ),
    # --- interviews without paragraphs (archives): labels inside the running text
    (
        (
            "Odessas Gouverneur Michail Saakaschwili über Reformen. STANDARD: Warum tut sich die "
            "Ukraine so schwer? Saakaschwili: Leider verhindert der Krieg sehr viel. Aber das ist "
            "nicht das Hauptproblem. STANDARD: Wer bezahlt die Reformen?"
        ),
        [
            ("direct", "Warum tut sich die Ukraine so schwer?", "Der Standard"),
            (
                "direct",
                "Leider verhindert der Krieg sehr viel. Aber das ist nicht das Hauptproblem.",
                "Michail Saakaschwili",
            ),
            ("direct", "Wer bezahlt die Reformen?", "Der Standard"),
        ],
    ),
    # --- a place before a role is not the speaker
    (
        "Die Ukraine müsse Reformen jetzt umsetzen, sagt Odessas Gouverneur.",
        [("indirect", "Die Ukraine müsse Reformen jetzt umsetzen", None)],
    ),
    # --- datelines are never inside a quote
    (
        (
            "Eisenstadt – „Die Gemeinden brauchen mehr Geld“, sagte Landeshauptmann Hans Niessl "
            "am Dienstag."
        ),
        [("direct", "„Die Gemeinden brauchen mehr Geld“", "Hans Niessl")],
    ),
    # --- sources written as web addresses
    (
        "Die neue Grafikkarte sei deutlich schneller als ihr Vorgänger, schreibt golem.de.",
        [
            (
                "indirect",
                "Die neue Grafikkarte sei deutlich schneller als ihr Vorgänger",
                "golem.de",
            )
        ],
    ),
    # --- frames: zu-infinitives (with or without a comma), decisions, cognition
    (
        "Die Regierung hat sich entschlossen, die Steuern zu senken.",
        [("indirect", "die Steuern zu senken", "Regierung")],
    ),
    (
        "Der Elektronikkonzern Philips hat angekündigt die Preise ab Oktober zu erhöhen.",
        [("indirect", "die Preise ab Oktober zu erhöhen", "Philips")],
    ),
    ("Es wird erwogen, die Grenze zu schließen.", [("indirect", "die Grenze zu schließen", None)]),
    (
        "Den Bauern wurde zugesichert, dass die Hilfen bis Ende Mai ausgezahlt werden.",
        [("indirect", "dass die Hilfen bis Ende Mai ausgezahlt werden", None)],
    ),
    (
        "Der Minister konnte sich vorstellen, dass die Reform im Herbst kommt.",
        [("indirect", "dass die Reform im Herbst kommt", None)],
    ),
    # --- not speech
    ("Wie berichtet, wurde das Gebäude im Sommer geräumt.", []),
    ("Es ist davon auszugehen, dass die Preise weiter steigen.", []),
    ("Die Feuerwehr kam, um die Unfallstelle zu sichern.", []),
    # --- texts that must yield nothing
    ("Fazit: Die Mannschaft spielte schwach und verlor verdient.", []),
    ("Die Polizei versucht, den Tatort zu sichern.", []),
    ("Laut schreiend rannte der Mann über die Straße.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_news_text(nlp, text, expected):
    doc = nlp(text)
    got = [(q._.kind, q.text, q._.speaker_name) for q in doc.spans["quotes"]]
    assert got == expected
