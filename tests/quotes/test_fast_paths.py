"""The speed paths of the quote engine give what the plain paths give: moods asked only
where the grammar sees a Konjunktiv, span attributes written straight into
``doc.user_data``, speakers read once per verb."""

from __future__ import annotations

import pytest

import pipeline.components.quotes as quote_component
from pipeline.quotes.content import _SEPARATORS
from pipeline.quotes.context import TokenTable, moods
from pipeline.quotes.interviews import COLON, positions
from pipeline.quotes.scoring import Scorer, rule_pieces

# German, Austrian and Swiss news sentences; the last ones have no Konjunktiv at all
TEXTS = [
    "Der Bürgermeister sagte, die Stadt habe kein Geld mehr. Man werde sparen müssen.",
    "Laut Landespolizeidirektion Wien seien zwei Personen festgenommen worden.",
    "Der Bundesrat hätte früher handeln können, kritisierte die SVP am Dienstag in Bern.",
    "Die Kantonsregierung sei nicht informiert gewesen, hieß es aus Zürich.",
    "Die Grazer Stadtregierung tagt heute im Rathaus.",
    "Der Nationalrat hat das Budget am Mittwoch beschlossen.",
]

ATTRS = (
    "kind", "parts", "speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
    "cue_lemma", "confidence", "rule",
)  # fmt: skip


@pytest.mark.parametrize("text", TEXTS)
def test_gated_moods_are_every_tokens_mood(ud_nlp, text):
    doc = ud_nlp(text)
    grammar = ud_nlp.get_pipe("newsx_quotes").extractor.kit.grammar
    expected = [grammar.mood(t) for t in doc]
    assert moods(doc, grammar, {}, TokenTable.of(doc)) == expected
    assert moods(doc, grammar, {}) == expected  # no table: every token asked
    table = TokenTable.of(doc)
    candidates = set(grammar.mood_candidates(doc.vocab, table.lower, table.morph))
    assert {i for i, m in enumerate(expected) if m} <= candidates


def test_moods_of_reported_speech(ud_nlp):
    doc = ud_nlp(TEXTS[0])
    grammar = ud_nlp.get_pipe("newsx_quotes").extractor.kit.grammar
    found = [t.text for t, m in zip(doc, moods(doc, grammar, {}, TokenTable.of(doc))) if m]
    assert found == ["habe", "werde"]


def _rows(doc):
    return [[getattr(s._, a) for a in ATTRS] for s in doc.spans["quotes"]]


@pytest.mark.parametrize("text", TEXTS)
def test_user_data_writes_equal_underscore_writes(ud_nlp, monkeypatch, text):
    fast = _rows(ud_nlp(text))
    # a non-plain extension (here: faked) makes the component go through ``span._``
    monkeypatch.setattr(quote_component, "_PLAIN", ("not", "plain"))
    assert _rows(ud_nlp(text)) == fast


def test_user_data_rows_exact(ud_nlp):
    rows = _rows(ud_nlp(TEXTS[0]))
    assert [(r[0], r[2], r[8]) for r in rows] == [
        ("indirect", "Der Bürgermeister", "sagen"),
        ("continuation", "Der Bürgermeister", None),  # the speaker goes on
    ]


def test_parse_speaker_is_read_once_per_verb(ud_nlp):
    from pipeline.quotes.mentions import parse_speaker

    doc = ud_nlp(TEXTS[0])
    engine = ud_nlp.get_pipe("newsx_quotes").extractor
    ctx, _ = engine.candidates(doc)
    verb = next(t for t in doc if t.lemma_ == "sagen")
    first = parse_speaker(ctx, verb)
    assert ctx.parse_speakers[verb.i] == first == parse_speaker(ctx, verb)
    assert first is not None and doc[first[0] : first[1]].text == "Der Bürgermeister"


@pytest.mark.parametrize("text", TEXTS)
def test_remembered_rule_features_give_the_same_scores(ud_nlp, text):
    doc = ud_nlp(text)
    engine = ud_nlp.get_pipe("newsx_quotes").extractor
    ctx, quotes = engine.candidates(doc)
    fresh = Scorer(engine.scorer.records)  # nothing remembered yet
    for q in quotes:
        plain = {f"rule={p}": 1.0 for p in rule_pieces(q.rule)}
        features = fresh.features(ctx, q)
        assert {k: v for k, v in features.items() if k.startswith("rule=")} == plain
        assert fresh.features(ctx, q) == features  # second time from the memo
        assert fresh.score(ctx, q) == engine.scorer.score(ctx, q)


def test_rule_features_exact():
    scorer = Scorer([])
    names = scorer.rule_features("de_low_high+verb:sagen+after")
    assert names == ("rule=marks", "rule=verb", "rule=after")
    assert scorer.rule_features("de_low_high+verb:sagen+after") is names
    assert scorer.rule_features("pattern:laut") == ("rule=pattern:laut",)


# "Label:" paragraphs of interviews (Austrian, German, Swiss), and texts with no colon at all
COLON_TEXTS = [
    "Häupl: Wir bleiben dabei. STANDARD: Warum? Häupl: Weil es so ist.",
    "Frage: Wie geht es weiter? Merkel: Wir schaffen das.",
    "Der Zürcher Stadtrat tagt am Montag.",
    "",
]


@pytest.mark.parametrize("text", COLON_TEXTS)
def test_colon_positions_equal_a_scan_of_every_token(ud_nlp, text):
    doc = ud_nlp(text)
    orth = TokenTable.of(doc).orth
    assert positions(orth, COLON) == [t.i for t in doc if t.text == ":"]


def test_colon_positions_exact(ud_nlp):
    doc = ud_nlp("Häupl: Ja. STANDARD: Warum?")
    assert positions(TokenTable.of(doc).orth, COLON) == [1, 5]
    assert positions([], COLON) == []


@pytest.mark.parametrize(
    "text", [",", ";", ":", ",;", ";:", ",;:", "", ".", "und", "zu", "–", ":)"]
)
def test_separators_are_the_substrings_of_the_clause_breaks(text):
    assert (text in _SEPARATORS) == (text in ",;:")
