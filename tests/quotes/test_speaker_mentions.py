"""Speaker mentions and speaker names on news-style texts written for these tests (issue 10,
part 2: speakers that are right or empty).

Each row: a text (Austrian, Swiss and German news style), then for every quote in text order
``(speaker mention, speaker_name)`` -- the mention exactly as ``speaker`` holds it, None when
the quote must have no speaker. Run with the shipped pipeline (model + all newsx components),
UD labels.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    # --- the name in the frame, whatever stands around it
    (
        "„Die Budgetlage ist ernst“, sagte Finanzlandesrat Christian Stöckl am Dienstag in Salzburg.",
        [("Finanzlandesrat Christian Stöckl", "Christian Stöckl")],
    ),
    (
        (
            "Den Betroffenen sicherte Innenminister Gerhard Karner rasche Hilfe zu, die Schäden "
            "würden ersetzt."
        ),
        [("Innenminister Gerhard Karner", "Gerhard Karner")],
    ),
    (
        (
            "Seine Zuversicht drückte der Schweizer Aussenminister Ignazio Cassis so aus: "
            "„Wir finden eine Lösung.“"
        ),
        [("der Schweizer Aussenminister Ignazio Cassis", "Ignazio Cassis")],
    ),
    (
        "Während Kanzler Karl Nehammer sagte, die Reform komme, blieb die Opposition skeptisch.",
        [("Kanzler Karl Nehammer", "Karl Nehammer")],
    ),
    # --- "so X" names the speaker of what stands around it
    (
        "Die Gemeinde habe alle Auflagen erfüllt, so Bürgermeisterin Eva Brunner.",
        [("Bürgermeisterin Eva Brunner", "Eva Brunner")],
    ),
    (
        (
            "Der Kanton habe die Kosten unterschätzt – so Regierungsrat Beat Vogel – und müsse nun "
            "sparen."
        ),
        [("Regierungsrat Beat Vogel", "Beat Vogel")],
    ),
    (
        (
            "Landeshauptmann Thomas Stelzer eröffnete die Messe. Die Wirtschaft sei robust, betonte "
            "er. Oberösterreich brauche aber mehr Fachkräfte, so Stelzer."
        ),
        [("er", "Thomas Stelzer"), ("Stelzer", "Thomas Stelzer")],
    ),
    # --- a continuation takes the speaker of the statement it continues
    (
        "„Wir sind enttäuscht“, sagte Betriebsrat Jürgen Hofer. Die Belegschaft werde sich wehren.",
        [
            ("Betriebsrat Jürgen Hofer", "Jürgen Hofer"),
            ("Betriebsrat Jürgen Hofer", "Jürgen Hofer"),
        ],
    ),
    # --- never the addressee or the medium
    (
        "Das Treffen sei konstruktiv gewesen, erzählte ein Sprecher der Nachrichtenagentur Reuters.",
        [("ein Sprecher", None)],
    ),
    (
        "„Es war furchtbar“, sagte eine Augenzeugin dem ORF.",
        [("eine Augenzeugin", None)],
    ),
    (
        (
            "In einem Interview mit der „Presse“ sagte Wirtschaftsminister Martin Kocher, die "
            "Inflation sinke."
        ),
        [("Wirtschaftsminister Martin Kocher", "Martin Kocher")],
    ),
    # --- a name in quotation marks belongs to the mention
    (
        "Der „Verein für Konsumenteninformation“ kritisierte, dass die Preise gestiegen seien.",
        [("Der „Verein für Konsumenteninformation“", "Verein für Konsumenteninformation")],
    ),
    # --- a country speaks only when no person of it is named
    (
        "Der Vertreter Libyens sagte, die Kämpfe würden bald enden.",
        [("Der Vertreter Libyens", None)],
    ),
    (
        "Nach Auffassung Österreichs sei der Vertrag gültig.",
        [("Österreichs", "Österreich")],
    ),
    # --- a medium that cites: the cited person speaks (and the copy of the quote for the
    # medium that cites it, see tests/quotes/test_quotes_round8.py)
    (
        "Der Sender zitierte Mitsotakis: „Wir bleiben hart.“",
        [("Mitsotakis", "Mitsotakis"), ("Der Sender", None)],
    ),
    # --- a web address or a speaking body as source
    (
        "Offenbar seien die Daten gestohlen worden, schreibt heise.de.",
        [("heise.de", "heise.de")],
    ),
    (
        "Am Montag teilte die Polizei mit, der Verdächtige sei gefasst.",
        [("die Polizei", "Polizei")],
    ),
    # --- never a date, an adverb or a connective: an unnamed group, or nothing
    (
        "Weiters verweisen Verfassungsrechtler darauf, dass das Gesetz nicht halte.",
        [("Verfassungsrechtler", None)],
    ),
    (
        "Am Montag verlautete aus Sicherheitskreisen, die Lage sei ruhig.",
        [("Sicherheitskreisen", None)],
    ),
    (
        "Montag sagte, es werde regnen.",
        [(None, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_speaker_mention_and_name(ud_nlp, text, expected):
    assert speaker_rows(ud_nlp(text)) == expected
