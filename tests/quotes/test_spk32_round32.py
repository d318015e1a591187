"""Speaker mentions of round 32 (issue 10): a title in quotation marks inside a source phrase.

- "Laut einem Bericht des „Standard“ soll …", "Nach Angaben des „Spiegel“ …", "Einem
  Bericht der „New York Times“ zufolge …": the quoted title names the source; the mention
  runs on over it, the statement starts after the source phrase and is no mixed quote
  (:mod:`pipeline.quotes.titled_sources`);
- "Wie ein Sprecher des „Roten Kreuzes“ sagte": a speech verb's subject takes a title after
  an article that opens only a genitive ("der" is mostly the dative: not taken);
- "…, wonach …" right after a quoted title: the noun phrase before the title and the title
  are the antecedent, not the pointing word;
- a real quotation after the source ("laut dem Minister „…“") stays a mixed quote, and
  sources without quotation marks stay as they were.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, quote text, speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest


def rows(doc) -> list[tuple]:
    return [(q._.kind, q.text, q._.speaker) for q in doc.spans["quotes"]]


DOCUMENTS = [
    (
        "Laut einem Bericht des „Standard“ soll der Minister zurücktreten.",
        [("indirect", "soll der Minister zurücktreten", "einem Bericht des „Standard“")],
    ),
    (
        "Laut einem Bericht der „Financial Times“ plant Apple ein neues Werk in Irland.",
        [
            (
                "indirect",
                "plant Apple ein neues Werk in Irland",
                "einem Bericht der „Financial Times“",
            )
        ],
    ),
    (
        "Laut einer Recherche des „Falter“ hat die Stadt die Kosten verschwiegen.",
        [("indirect", "hat die Stadt die Kosten verschwiegen", "einer Recherche des „Falter“")],
    ),
    (
        "Nach Angaben des „Spiegel“ hat die Regierung die Pläne gestoppt.",
        [("indirect", "hat die Regierung die Pläne gestoppt", "Angaben des „Spiegel“")],
    ),
    (
        "Einem Bericht der „New York Times“ zufolge will der Konzern tausend Stellen streichen.",
        [
            (
                "indirect",
                "will der Konzern tausend Stellen streichen",
                "Einem Bericht der „New York Times“",
            )
        ],
    ),
    (
        "Der „Welt am Sonntag“ zufolge plant die Partei einen Neustart.",
        [("indirect", "plant die Partei einen Neustart", "Der „Welt am Sonntag“")],
    ),
    (
        (
            "Die Agentur beruft sich auf einen Bericht der Zeitung „El País“, wonach die "
            "Regierung zurücktreten werde."
        ),
        [
            (
                "indirect",
                "die Regierung zurücktreten werde",
                "einen Bericht der Zeitung „El País“",
            )
        ],
    ),
    # a speech verb's subject with a genitive title
    (
        "Wie ein Sprecher des „Roten Kreuzes“ sagte, wurden zwei Menschen verletzt.",
        [("indirect", "wurden zwei Menschen verletzt", "ein Sprecher des „Roten Kreuzes“")],
    ),
    # "der" before the title is mostly the dative ("told the paper"): not taken
    (
        "Wie der Minister der „Zeit“ sagte, werde das Gesetz geändert.",
        [("indirect", "werde das Gesetz geändert", "der Minister")],
    ),
    # a clause before the source: stays the statement
    (
        "Am Abend lobte die Ministerin dem „Standard“ zufolge die Polizei.",
        [
            (
                "indirect",
                "Am Abend lobte die Ministerin dem „Standard“ zufolge die Polizei",
                "dem „Standard“",
            )
        ],
    ),
    # without quotation marks: as before
    (
        "Laut einem Bericht der Zeitung soll der Minister zurücktreten.",
        [("indirect", "soll der Minister zurücktreten", "einem Bericht der Zeitung")],
    ),
    (
        "Einem Bericht der Zeitung zufolge will der Konzern tausend Stellen streichen.",
        [
            (
                "indirect",
                "will der Konzern tausend Stellen streichen",
                "Einem Bericht der Zeitung",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_titled_sources(nlp, text, expected):
    assert rows(nlp(text)) == expected


#: a quotation after the source is the source's words: the row stays mixed
MIXED = [
    "Laut dem Minister sei die Lage „absolut unter Kontrolle“ gewesen.",
    "Laut einem Sprecher der Polizei habe der Täter „ohne jede Vorwarnung geschossen“.",
]


@pytest.mark.parametrize("text", MIXED, ids=[t[:40] for t in MIXED])
def test_quoted_words_stay_mixed(nlp, text):
    doc = nlp(text)
    assert "mixed" in [q._.kind for q in doc.spans["quotes"]]
