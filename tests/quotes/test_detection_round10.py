"""Quote detection, tenth round (issue 10), on news-style texts written for these tests.

- a direct quote an outlet cites ("„…“, zitiert orf.at Polizeisprecher X") gets its copy
  for the outlet when the parse misses the outlet as the verb's subject (a web address or
  a medium between the verb and the speaker); a quote the outlet cites from nobody named
  keeps one row;
- "Danach" that opens a sentence in the present tense or the reported-speech mood names
  the account just mentioned ("X veröffentlichte eine Prognose. Danach wächst …"); in a
  narrative in the past tense or with a future auxiliary it is a time ("Danach brach
  Panik aus") and yields nothing;
- "Dies geht aus einem Bericht hervor" reports the sentence before it, with the document
  as its source;
- "Das gab X bekannt" reports the sentences of its paragraph before it (up to three);
- a sentence that ends in a question mark asks and reports nobody;
- "laut „derstandard.at“": a web address in quotation marks is the source, and the quoted
  name is no quote of its own;
- two quotations joined by "und"/"oder" alone are said alike (the lower rated one takes
  the other's rating, speaker and cue) and make no mixed quote of their own;
- "hatte es zunächst geheißen" / "hatte es aus dem Ministerium geheißen": words between
  "es" and "geheißen", the source among them;
- the confidence scorer has a feature ``konjunktiv``: the quote's words outside quotation
  marks are in the reported-speech mood.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order (German, Austrian, Swiss).
"""

from __future__ import annotations

import pytest


def _rows(doc) -> list[tuple]:
    """``(kind, text, cue, speaker, speaker_name)`` of every quote of ``doc``."""
    return [(q._.kind, q.text, q._.cue, q._.speaker, q._.speaker_name) for q in doc.spans["quotes"]]


CITED = [
    # Austrian: a web address cites the police spokesman
    (
        "„Die Lage ist ernst“, zitiert orf.at Polizeisprecher Harald Sörös.",
        [
            (
                "direct",
                "„Die Lage ist ernst“",
                "zitiert",
                "Polizeisprecher Harald Sörös",
                "Harald Sörös",
            ),
            ("direct", "Die Lage ist ernst", "zitiert", "orf.at", "orf.at"),
        ],
    ),
    # the agency that cites is the speaker: one row
    (
        "„Wir geben nicht auf“, zitiert die APA.",
        [("direct", "„Wir geben nicht auf“", "zitiert", "die APA", "Austria Presse Agentur")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITED)
def test_cited_quote_copy_for_the_outlet(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


DANACH = [
    # Austrian: present tense after a published forecast
    (
        (
            "Die Nationalbank veröffentlichte am Montag ihre neue Prognose. "
            "Danach wächst die Wirtschaft heuer um 1,5 Prozent."
        ),
        [("indirect", "wächst die Wirtschaft heuer um 1,5 Prozent", "Danach", "Danach", None)],
    ),
    # Swiss: Konjunktiv after figures that were presented
    (
        (
            "Das Bundesamt für Statistik legte am Dienstag die Zahlen vor. "
            "Danach seien im Vorjahr weniger Menschen nach Basel gezogen."
        ),
        [
            (
                "indirect",
                "seien im Vorjahr weniger Menschen nach Basel gezogen",
                "Danach",
                "Danach",
                # round 36: "Danach" is a source adverb like "Demnach" -- the figures are
                # the office's (the name; the mention stays the adverb)
                "Bundesamt für Statistik (Schweiz)",
            )
        ],
    ),
    # a narrative in the past tense: "Danach" is a time
    ("Der Zug entgleiste am Abend bei Wels. Danach brach unter den Fahrgästen Panik aus.", []),
    # a future auxiliary: a plan, no account
    ("Der Minister sprach am Vormittag im Landtag. Danach wird er nach Linz weiterreisen.", []),
    # not at the start of the sentence
    ("Die Polizei sperrte die Autobahn. Erst danach wurde der Unfallort geräumt.", []),
]


@pytest.mark.parametrize(("text", "expected"), DANACH)
def test_danach_names_an_account_not_a_time(nlp, text, expected):
    assert _rows(nlp(text)) == expected


ANAPHORS = [
    # Swiss: "Dies geht aus einem Bericht hervor"
    (
        (
            "Der Kanton Zürich erhöht im kommenden Jahr die Steuern. "
            "Dies geht aus einem Bericht der Regierung hervor."
        ),
        [
            (
                "indirect",
                "Der Kanton Zürich erhöht im kommenden Jahr die Steuern. Dies",
                "geht aus einem Bericht der Regierung hervor",
                "einem Bericht der Regierung",
                "Regierung",
            )
        ],
    ),
    # Austrian: two sentences of the paragraph before "Das gab X bekannt"
    (
        (
            "Die Stadt Graz baut eine neue Straßenbahnlinie. Die Kosten trägt das Land "
            "Steiermark. Das gab Bürgermeisterin Elke Kahr am Dienstag bekannt."
        ),
        [
            (
                "indirect",
                (
                    "Die Stadt Graz baut eine neue Straßenbahnlinie. Die Kosten trägt das Land "
                    "Steiermark. Das"
                ),
                "gab … bekannt",
                "Bürgermeisterin Elke Kahr",
                "Elke Kahr",
            )
        ],
    ),
    # German: more than three sentences before it: only the last one
    (
        (
            "Die Messe in Hannover fällt heuer aus. Die Aussteller werden informiert. "
            "Die Hallen bleiben leer. Der Vorstand tritt zurück. "
            "Das gab die Messegesellschaft am Freitag bekannt."
        ),
        [
            (
                "indirect",
                "Der Vorstand tritt zurück. Das",
                "gab … bekannt",
                "die Messegesellschaft",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORS)
def test_anaphor_reports_the_sentences_before(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


QUESTIONS = [
    ("Welche Pläne sind Ihrer Meinung nach verfassungswidrig?", []),
    ("Hat der Kanzler wirklich gesagt, dass die Steuern sinken?", []),
    # the statement before the question stays
    (
        "Der Kanzler sagte, dass die Steuern sinken. Warum glaubt ihm niemand?",
        [("indirect", "dass die Steuern sinken", "sagte", "Der Kanzler", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_a_question_reports_nobody(nlp, text, expected):
    assert _rows(nlp(text)) == expected


QUOTED_SOURCES = [
    # Austrian: a web address in quotation marks
    (
        "Laut „derstandard.at“ will die Regierung die Steuerreform verschieben.",
        [
            (
                "indirect",
                "will die Regierung die Steuerreform verschieben",
                "Laut",
                "„derstandard.at“",
                "derstandard.at",
            )
        ],
    ),
    # a quoted title as before
    (
        "Laut „Kurier“ tritt der Bürgermeister zurück.",
        [("indirect", "tritt der Bürgermeister zurück", "Laut", "„Kurier“", "Kurier")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_SOURCES)
def test_quoted_web_address_is_the_source(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


COORDINATED = [
    # German: the second slogan is said like the first
    (
        (
            "Die Täter schrieben Parolen wie „Wir kriegen euch alle“ und „Ihr seid die "
            "Nächsten“ an die Wand."
        ),
        [
            ("direct", "„Wir kriegen euch alle“", "schrieben", "Die Täter", None),
            ("direct", "„Ihr seid die Nächsten“", "schrieben", "Die Täter", None),
        ],
    ),
    # Austrian: "und" between two quotations is no word of the speaker's: no mixed row
    (
        "Die Fans skandierten „Wir wollen den Titel“ und „Nie mehr zweite Liga“.",
        [
            ("direct", "„Wir wollen den Titel“", "skandierten", "Die Fans", None),
            ("direct", "„Nie mehr zweite Liga“", "skandierten", "Die Fans", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_quotations_are_said_alike(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


GEHEISSEN = [
    (
        "Am Vormittag hatte es zunächst geheißen, die Opposition habe die Kundgebung abgesagt.",
        [
            (
                "indirect",
                "die Opposition habe die Kundgebung abgesagt",
                "es zunächst geheißen",
                None,
                None,
            )
        ],
    ),
    # Swiss: the source between "es" and "geheißen"
    (
        "Noch am Montag hatte es aus dem Departement geheißen, die Schulen seien sicher.",
        [
            (
                "indirect",
                "die Schulen seien sicher",
                "es aus dem Departement geheißen",
                "dem Departement",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GEHEISSEN)
def test_es_hatte_geheissen_with_words_between(ud_nlp, text, expected):
    assert _rows(ud_nlp(text)) == expected


MOOD_FEATURE = [
    ("Der Landeshauptmann sagte, die Straße sei ab Montag wieder offen.", 1.0),
    ("Die Sprecherin erklärte, dass die Straße ab Montag wieder offen ist.", 0.0),
    # the mood inside quotation marks is the speaker's, not the reporter's
    ("„Die Straße sei offen“, sagte der Gemeinderat.", 0.0),
]


@pytest.mark.parametrize(("text", "konjunktiv"), MOOD_FEATURE)
def test_confidence_feature_konjunktiv(ud_nlp, text, konjunktiv):
    engine = ud_nlp.get_pipe("newsx_quotes").extractor
    ctx, quotes = engine.candidates(_parsed(ud_nlp, text))
    assert [engine.scorer.features(ctx, q)["konjunktiv"] for q in quotes] == [konjunktiv]


def _parsed(nlp, text):
    """``text`` through the pipeline without the quote and speaker components."""
    return nlp(text, disable=["newsx_quotes", "newsx_speakers"])
