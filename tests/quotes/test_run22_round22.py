"""Konjunktiv continuations and orphans of round 22 (issue 10): the derStandard hand checks'
general classes.

- "…, so heißt es in dem Bericht." after a statement: the text named after "heißt es" is
  the source, as in "…, heißt es in dem Bericht." (not the sentence before's subject, not a
  continuation of the statement before); a parenthetical "…, so heißt es, …" keeps the
  whole sentence; "so heißt es weiter" names no one;
- a medium named after "nach" inside a Konjunktiv sentence with no frame ("Die Verhandlungen
  seien nach SPIEGEL ONLINE gescheitert"): the medium is the source of the orphan; a time or
  a place after "nach" is none ("nach der Wahl", "nach Brüssel");
- "nach STANDARD-Infos", "nach Kurier-Infos": the outlet's information frames the sentence,
  as "nach APA-Informationen" does; "nach Mitternacht" frames nothing;
- a sentence in the first person inside a run of continuations of one speaker ("…, sagte
  er. Die Kosten seien gedeckt. Wir haben alles durchgerechnet. Die Opposition blockiere
  …"): the speaker's own words; a sentence of the writer's in the present there ("Der Wagen
  steht noch vor dem Haus.") stays out.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

SO_HEISST_ES = [
    (
        (
            "Die Regierung hat einen Bericht vorgelegt. Die Zahl der Anträge sei im ersten "
            "Halbjahr deutlich gesunken, so heißt es in dem Bericht."
        ),
        [
            (
                "indirect",
                "Die Zahl der Anträge sei im ersten Halbjahr deutlich gesunken",
                "heißt es",
                "dem Bericht",
                "Regierung",  # round 26: who issued the report named before
            )
        ],
    ),
    (
        (
            "Der Konzern legte am Montag Zahlen vor. Der Umsatz sei gestiegen, so hieß es aus "
            "dem Unternehmen."
        ),
        [("indirect", "Der Umsatz sei gestiegen", "hieß es", "dem Unternehmen", None)],
    ),
    (
        "Der Täter sei über die Grenze geflüchtet, so heißt es.",
        [("indirect", "Der Täter sei über die Grenze geflüchtet", "heißt es", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SO_HEISST_ES, ids=range(len(SO_HEISST_ES)))
def test_so_heisst_es_names_the_text(nlp, text, expected):
    assert _rows(nlp(text)) == expected


MEDIA = [
    (
        (
            "Die Gespräche wurden am Abend abgebrochen. Die Verhandlungen seien nach SPIEGEL "
            "ONLINE an der Frage der Finanzierung gescheitert."
        ),
        [
            (
                "continuation",
                (
                    "Die Verhandlungen seien nach SPIEGEL ONLINE an der Frage der Finanzierung "
                    "gescheitert."
                ),
                None,
                "SPIEGEL ONLINE",
                "Der Spiegel",
            )
        ],
    ),
    (
        "Der Streit eskalierte im Sommer. Die Verhandlungen seien nach der Wahl gescheitert.",
        [
            (
                "continuation",
                "Die Verhandlungen seien nach der Wahl gescheitert.",
                None,
                None,
                None,
            )
        ],
    ),
    (
        "Der Streit eskalierte im Sommer. Die Gespräche seien nach Brüssel verlegt worden.",
        [
            (
                "continuation",
                "Die Gespräche seien nach Brüssel verlegt worden.",
                None,
                None,
                None,
            )
        ],
    ),
    (
        "Der Vorstand will nach Kurier-Infos noch heuer zurücktreten.",
        [
            (
                "indirect",
                "Der Vorstand will nach Kurier-Infos noch heuer zurücktreten",
                "nach Kurier-Infos",
                "Kurier-Infos",
                None,
            )
        ],
    ),
    ("Die neuen Infos kamen erst nach Mitternacht.", []),
]


@pytest.mark.parametrize(("text", "expected"), MEDIA, ids=range(len(MEDIA)))
def test_medium_in_the_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected


RUNS = [
    (
        (
            "Der Minister verteidigte die Reform. Sie sei notwendig, sagte er. Die Kosten seien "
            "gedeckt. Wir haben alles genau durchgerechnet. Die Opposition blockiere jeden "
            "Fortschritt."
        ),
        [
            ("Sie sei notwendig", "er"),
            ("Die Kosten seien gedeckt.", "er"),
            ("Wir haben alles genau durchgerechnet.", "er"),
            ("Die Opposition blockiere jeden Fortschritt.", "er"),
        ],
    ),
    (
        (
            "Der Streit dauert an. Die Firma habe alle Fristen eingehalten, sagte die Sprecherin. "
            "Die Behörde sei zu spät gekommen. Der Wagen steht noch vor dem Haus. Man werde "
            "klagen."
        ),
        [
            ("Die Firma habe alle Fristen eingehalten", "die Sprecherin"),
            ("Die Behörde sei zu spät gekommen.", "die Sprecherin"),
            ("Man werde klagen.", "die Sprecherin"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNS, ids=range(len(RUNS)))
def test_first_person_inside_a_run(nlp, text, expected):
    assert [(r[1], r[3]) for r in _rows(nlp(text))] == expected
