"""Rule data of the quote engine: behaviour lives in rule fields, word lists are validated,
rules and roles travel with the pipeline, a language needs a grammar module."""

from __future__ import annotations

import json
import shutil

import pytest
import spacy

import pipeline.components.quotes  # noqa: F401  (registers the factory)
from pipeline import rules_dir
from pipeline.quotes.data import QuoteRules
from pipeline.quotes.lang import make_grammar
from pipeline.rules import RuleFileError

TEXTS = [
    "Laut Polizei wurden drei Menschen verletzt.",
    "Nach Polizeiangaben wurden drei Menschen verletzt.",
    "Nach Angaben der Feuerwehr brannte das Haus völlig aus.",
    "Es gab einen Bericht der Zeitung, wonach der Minister zurücktreten wolle.",
    "In der Erklärung heißt es, die Lage sei unter Kontrolle.",
    "Laut schreiend rannte er davon.",
]


def _rows(nlp, texts):
    out = []
    for text in texts:
        doc = nlp(text)
        out.append([(q.text, q._.kind, q._.speaker, q._.cue) for q in doc.spans["quotes"]])
    return out


def _renamed_rules(tmp_path):
    """The shipped rules with every cue pattern id renamed."""
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir("de"), folder)
    path = folder / "cue_patterns.jsonl"
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rec = json.loads(line)
            rec["id"] = "renamed_" + rec["id"][::-1]
            line = json.dumps(rec, ensure_ascii=False)
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_behaviour_does_not_hang_on_rule_ids(tmp_path):
    shipped = spacy.blank("de")
    shipped.add_pipe("newsx_quotes")
    renamed = spacy.blank("de")
    renamed.add_pipe("newsx_quotes", config={"rules_dir": str(_renamed_rules(tmp_path))})
    expected = _rows(shipped, TEXTS)
    assert expected[0] == [("wurden drei Menschen verletzt", "indirect", "Polizei", "Laut")]
    assert expected[-1] == []  # "laut schreiend": require_speaker
    assert _rows(renamed, TEXTS) == expected


def _without_list(tmp_path, list_id):
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir("de"), folder)
    path = folder / "quote_words.jsonl"
    kept = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if f'"id": "{list_id}"' not in line
    ]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return folder


def test_missing_word_list_names_file_and_list(tmp_path):
    with pytest.raises(RuleFileError, match=r"quote_words.jsonl: field 'id':.*that_words"):
        QuoteRules.load(_without_list(tmp_path, "that_words"))


def test_duplicate_word_names_line(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir("de"), folder)
    path = folder / "quote_words.jsonl"
    path.write_text(
        path.read_text(encoding="utf-8").replace('["dass", "daß"]', '["dass", "dass"]'),
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=r"quote_words.jsonl:\d+: field 'words': duplicate"):
        QuoteRules.load(folder)


def test_words_and_roles_saved_with_the_pipeline(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_quotes")
    nlp.to_disk(tmp_path / "p")
    saved = sorted(p.name for p in (tmp_path / "p" / "newsx_quotes").iterdir())
    assert "quote_words.jsonl" in saved and "roles.jsonl" in saved
    back = spacy.load(tmp_path / "p")
    assert _rows(back, TEXTS) == _rows(nlp, TEXTS)
    again = spacy.blank("de")
    again.add_pipe("newsx_quotes").from_bytes(nlp.get_pipe("newsx_quotes").to_bytes())
    assert _rows(again, TEXTS) == _rows(nlp, TEXTS)


def test_language_without_grammar():
    with pytest.raises(ValueError, match="no quote grammar for language 'xx'"):
        make_grammar("xx", None, None, [], {})
