"""Round 34 (issue 10): a Konjunktiv continuation ends where the writer's indicative main
clause begins (:mod:`pipeline.quotes.narrated_mains`).

- the writer's main clause after the statement, joined by "und", "aber", "doch" or "denn",
  after a comma or a semicolon: the row ends before it;
- stays whole: the writer's clause before the statement ("X ist keine Expertin, vor dem
  Dreh habe sie …": as often the speaker's own voice where quotation marks are stripped), Konjunktiv main clauses next to each other, an indicative subordinate or
  relative clause inside the statement, and an indicative the tagger cannot tell from a
  Konjunktiv (a plural "haben", "dauerten").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

TENNIS = (
    "„Ich bin zufrieden“, sagte die Tennisspielerin Lisa Brunner. Ihre Trainerin habe ihr ein "
    "paar Tipps gegeben, und so übte sie gleich noch den Aufschlag."
)
WEATHER = (
    "„Wir sind bereit“, sagte Kapitän Jonas Wagner. Die Vorbereitung sei gut gelaufen, aber "
    "das Wetter machte dem Team zu schaffen."
)
SEASON = (
    "„Es war schwer“, sagte Trainer Markus Kogler. Die Saison sei lang gewesen; doch der "
    "Verein blieb bis zuletzt ohne Punkte."
)
REASON = (
    "„Das ist bitter“, sagte Stürmer Paul Hofer. Die Mannschaft habe alles gegeben, denn der "
    "Gegner war an diesem Abend sehr stark."
)
OFFER = (
    "„Wir verhandeln weiter“, sagte der Betriebsrat Stefan Gruber. Das Angebot sei zu "
    "niedrig, doch die Firma blieb am Montag hart."
)
YOUNG = (
    "„Wir haben hart gearbeitet“, sagte Trainerin Eva Moser. Die Mannschaft sei jung, sie "
    "brauche noch Zeit."
)
WAGES = (
    "„Wir kämpfen weiter“, sagte die Gewerkschafterin Maria Huber. Die Firma habe die Löhne "
    "gekürzt, und die Beschäftigten haben das nicht verdient."
)

CUT = [
    (
        TENNIS,
        "Ihre Trainerin habe ihr ein paar Tipps gegeben",
        "die Tennisspielerin Lisa Brunner",
        "Lisa Brunner",
    ),
    (WEATHER, "Die Vorbereitung sei gut gelaufen", "Kapitän Jonas Wagner", "Jonas Wagner"),
    (SEASON, "Die Saison sei lang gewesen", "Trainer Markus Kogler", "Markus Kogler"),
    (REASON, "Die Mannschaft habe alles gegeben", "Stürmer Paul Hofer", "Paul Hofer"),
    (OFFER, "Das Angebot sei zu niedrig", "der Betriebsrat Stefan Gruber", "Stefan Gruber"),
]


@pytest.mark.parametrize(("text", "said", "mention", "name"), CUT)
def test_the_writers_clause_after_the_statement_is_cut(nlp, text, said, mention, name):
    rows = quote_rows(nlp(text))
    assert rows[1:] == [("continuation", said, None, mention, name)]
    assert rows[0][0] == "direct"


def test_the_writers_clause_before_the_statement_stays(nlp, label_scheme):
    # a clause before the statement is as often the speaker's own voice with the quotation
    # marks stripped ("Sicher ist das ein starkes Land, und es wäre gut, …"): left to the
    # steps before (the TIGER parse frames the clause with the sentence's own subject)
    text = (
        "Die Regisseurin Anna Berger dreht ihren ersten Kinofilm. Berger ist keine "
        "Krimi-Expertin, vor dem Dreh habe sie nur wenige gesehen."
    )
    expected = {
        "ud": (
            "Berger ist keine Krimi-Expertin, vor dem Dreh habe sie nur wenige gesehen.",
            "Die Regisseurin Anna Berger",
        ),
        "tiger": ("vor dem Dreh habe sie nur wenige gesehen", "Berger"),
    }[label_scheme]
    said, mention = expected
    assert quote_rows(nlp(text)) == [("continuation", said, None, mention, "Anna Berger")]


WHOLE = [
    # Konjunktiv main clauses next to each other: one statement
    (YOUNG, "Die Mannschaft sei jung, sie brauche noch Zeit.", "Trainerin Eva Moser", "Eva Moser"),
    # a plural indicative looks like the Konjunktiv I: left whole
    (
        WAGES,
        "Die Firma habe die Löhne gekürzt, und die Beschäftigten haben das nicht verdient.",
        "die Gewerkschafterin Maria Huber",
        "Maria Huber",
    ),
]


@pytest.mark.parametrize(("text", "said", "mention", "name"), WHOLE)
def test_reported_main_clauses_stay_whole(nlp, text, said, mention, name):
    rows = quote_rows(nlp(text))
    assert rows[1:] == [("continuation", said, None, mention, name)]


ORPHANS = [
    # an indicative subordinate clause inside the statement
    (
        (
            "Die Bürgermeisterin verteidigte den Beschluss. Die Stadt habe keine Wahl gehabt, "
            "weil die Kosten explodiert sind."
        ),
        [
            (
                "continuation",
                "Die Stadt habe keine Wahl gehabt, weil die Kosten explodiert sind.",
                None,
                "Die Bürgermeisterin",
                None,
            )
        ],
    ),
    # a relative clause in the indicative
    (
        (
            "Ministerin Karin Leitner besuchte das Spital. Die Ärztin, die sie begleitete, sei "
            "sehr zufrieden gewesen."
        ),
        [
            (
                "continuation",
                "Die Ärztin, die sie begleitete, sei sehr zufrieden gewesen.",
                None,
                "Ministerin Karin Leitner",
                "Karin Leitner",
            )
        ],
    ),
    # a plural past the tagger cannot tell from a Konjunktiv II
    (
        (
            "Der Bürgermeister stellte am Montag den Plan vor. Die Brücke werde saniert, die "
            "Arbeiten dauerten bis zum Sommer."
        ),
        [
            (
                "continuation",
                "Die Brücke werde saniert, die Arbeiten dauerten bis zum Sommer.",
                None,
                "Der Bürgermeister",
                None,
            )
        ],
    ),
    # no Konjunktiv main clause: nothing to cut, no row
    (
        "Der Stürmer fehlte verletzt, und die Mannschaft verlor das Spiel deutlich.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "rows"), ORPHANS)
def test_orphans_that_stay_as_they_were(nlp, text, rows):
    assert quote_rows(nlp(text)) == rows


AFTER = [
    # the speaker's own voice: a present, the first person, no coordinator
    (
        "„Wir sind bereit“, sagte Kapitän Jonas Wagner. Die Vorbereitung sei gut gelaufen, "
        "aber das Wetter macht uns Sorgen."
    ),
    (
        "„Es war schwer“, sagte Trainer Markus Kogler. Die Saison sei lang gewesen, und mir "
        "war klar, dass es schwer wird."
    ),
    (
        "„Es war schwer“, sagte Trainer Markus Kogler. Die Saison sei lang gewesen, "
        "ausgewiesen wurde der Verein trotzdem als Favorit."
    ),
]


@pytest.mark.parametrize("text", AFTER)
def test_a_clause_that_may_be_the_speakers_stays(nlp, text):
    rows = quote_rows(nlp(text))
    assert rows[-1][0] == "continuation"
    assert rows[-1][1] == text.split("“, sagte ")[1].split(". ", 1)[1]
