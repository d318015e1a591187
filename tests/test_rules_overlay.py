"""User rule folders (``--rules DIR``, ``NEWSX_RULES``): add, replace and remove records of
the shipped rule files by id; errors name the user's file, line and field."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
import spacy
from typer.testing import CliRunner

from cli import app
from pipeline import resources
from pipeline.model import check_rules
from pipeline.rules import RuleFileError, read_records

runner = CliRunner()

VERB = {
    "id": "schwadronieren",
    "lemma": "schwadronieren",
    "forms": ["schwadroniert", "schwadronierte", "schwadronierten"],
    "kinds": ["direct", "indirect"],
    "confidence": 0.8,
}
DGB = {
    "id": "dgb",
    "canonical_id": "newsx:dgb",
    "canonical_name": "Deutscher Gewerkschaftsbund",
    "type": "NGO",
    "aliases": ["Deutscher Gewerkschaftsbund", "DGB", "Gewerkschaftsdachverband"],
    "country_code": "DE",
}
PLACE = {
    "id": "city.hintertupfingen",
    "canonical_id": "newsx:hintertupfingen",
    "canonical_name": "Hintertupfingen",
    "country_code": "DE",
    "type": "city",
    "aliases": ["Hintertupfingen"],
}
TEXT = (
    "Der Bürgermeister Karl Huber schwadronierte, die Lage in Hintertupfingen sei "
    "hervorragend. Der Gewerkschaftsdachverband widersprach.\n"
)


def _write(folder, name, *records, comment="# my rules"):
    folder.mkdir(parents=True, exist_ok=True)
    lines = [comment] + [
        r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records
    ]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / name


@pytest.fixture
def my_rules(tmp_path):
    folder = tmp_path / "my_rules"
    _write(folder, "speech_verbs.jsonl", VERB)
    _write(folder, "organisations.jsonl", DGB)
    _write(folder, "places.jsonl", PLACE)
    return folder


def _run(tmp_path, *args, env=None):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / ("out" + "".join(a.strip("-") for a in args if a.startswith("-")))
    result = runner.invoke(app, ["run", str(src), "--out", str(out), *args], env=env)
    assert result.exit_code == 0, result.output
    quotes = pd.read_csv(out / "quotes.csv", keep_default_na=False)
    ents = pd.read_csv(out / "entities.csv", keep_default_na=False)
    return quotes, ents


QUOTE_COLS = ["kind", "text", "speaker", "speaker_name", "cue", "cue_lemma", "rule"]
ENT_COLS = ["text", "label", "canonical_id", "canonical_name", "country_code", "source", "rule"]


def test_run_with_rules_adds_a_speech_verb_an_alias_and_a_place(tmp_path, my_rules):
    quotes, ents = _run(tmp_path)
    # without the user's verb the engine sees only a Konjunktiv sentence with no cue: an
    # orphan continuation, what is said without its frame, its own subject as speaker
    assert quotes[QUOTE_COLS].values.tolist() == [
        [
            "continuation",
            "die Lage in Hintertupfingen sei hervorragend",
            "Der Bürgermeister Karl Huber",
            "Karl Huber",
            "",
            "",
            "continuation:konjunktiv+orphan:own_subject+speaker.name",
        ]
    ]
    assert ents[ENT_COLS].values.tolist() == [
        ["Karl Huber", "PER", "newsx:person:karl-huber", "Karl Huber", "", "model", "person.title"]
    ]
    quotes, ents = _run(tmp_path, "--rules", str(my_rules))
    assert quotes[QUOTE_COLS].values.tolist() == [
        [
            "indirect",
            "die Lage in Hintertupfingen sei hervorragend",
            "Der Bürgermeister Karl Huber",
            "Karl Huber",
            "schwadronierte",
            "schwadronieren",
            "verb:schwadronieren+mood+speaker.name",
        ]
    ]
    assert ents[ENT_COLS].values.tolist() == [
        ["Karl Huber", "PER", "newsx:person:karl-huber", "Karl Huber", "", "model", "person.title"],
        [
            "Hintertupfingen",
            "LOC",
            "newsx:hintertupfingen",
            "Hintertupfingen",
            "DE",
            "rules",
            "place:city.hintertupfingen",
        ],
        [
            "Gewerkschaftsdachverband",
            "ORG",
            "newsx:dgb",
            "Deutscher Gewerkschaftsbund",
            "DE",
            "rules",
            "org:dgb",
        ],
    ]


def test_newsx_rules_environment_variable_works_like_the_option(tmp_path, my_rules):
    quotes, ents = _run(tmp_path, env={"NEWSX_RULES": str(my_rules)})
    assert quotes["cue_lemma"].tolist() == ["schwadronieren"]
    assert ents["text"].tolist() == ["Karl Huber", "Hintertupfingen", "Gewerkschaftsdachverband"]


def test_overlay_adds_replaces_and_removes_by_id(tmp_path):
    folder = tmp_path / "r"
    user = _write(
        folder,
        "speech_verbs.jsonl",
        VERB,
        {"id": "sagen", "lemma": "sagen", "kinds": ["direct"]},
        {"id": "betonen", "remove": True},
    )
    base = resources.rules_dir() / "speech_verbs.jsonl"
    merged = resources.overlay_file("speech_verbs.jsonl", base, [folder])
    ids = [r["id"] for r in merged.records]
    shipped = [r["id"] for _, r in read_records(base)]
    assert "betonen" in shipped and "betonen" not in ids
    assert ids == [i for i in shipped if i != "betonen"] + ["schwadronieren"]
    assert merged.records[ids.index("sagen")] == {
        "id": "sagen",
        "lemma": "sagen",
        "kinds": ["direct"],
    }
    assert merged.origins[ids.index("sagen")] == (str(user), 3)
    assert merged.summary() == "1 added, 1 replaced, 1 removed"
    assert merged.sources == [str(base), str(user)]


def test_yaml_file_overlays_the_jsonl_file_of_the_same_stem(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "places.yaml").write_text(
        "- id: city.hintertupfingen\n  canonical_id: newsx:hintertupfingen\n"
        "  canonical_name: Hintertupfingen\n  type: city\n  aliases: [Hintertupfingen]\n",
        encoding="utf-8",
    )
    assert resources.user_rule_files(folder) == {"places.jsonl": folder / "places.yaml"}
    assert check_rules([folder]) == []


@pytest.mark.parametrize(
    ("name", "records", "message"),
    [
        (
            "speech_verbs.jsonl",
            [VERB, {"id": "x", "lemma": "y", "kinds": ["direkt"]}],
            r"speech_verbs.jsonl:3: field 'kinds': 'direkt' is not one of",
        ),
        ("speech_verbs.jsonl", ['{"id": "x",'], r"speech_verbs.jsonl:2: invalid JSON"),
        (
            "places.jsonl",
            [{**PLACE, "country_code": "Deutschland"}],
            r"places.jsonl:2: field 'country_code': 'Deutschland' is not an ISO",
        ),
        (
            "mood.jsonl",
            [{"id": "mine", "mood": "Sub", "forms": ["sei"]}],
            r"mood.jsonl:2: field 'forms': 'sei' already in rule",
        ),
        (
            "roles.jsonl",
            [{"id": "nope", "remove": True}],
            r"roles.jsonl:2: field 'id': no record 'nope' to remove",
        ),
        (
            "organisations.jsonl",
            [{"id": "dgb", "remove": True, "aliases": ["x"]}],
            r"organisations.jsonl:2: field 'aliases': a remove record has only the id",
        ),
        ("speech_verb.jsonl", [VERB], r"speech_verb.jsonl: not a newsx rule file"),
    ],
)
def test_bad_user_files_give_file_line_field_errors(tmp_path, name, records, message):
    folder = tmp_path / "bad"
    _write(folder, name, *records)
    problems = check_rules([folder])
    assert len(problems) == 1
    assert str(folder / name) in problems[0]
    assert re.search(message, problems[0]), problems[0]
    result = runner.invoke(app, ["rules", "check", str(folder)])
    assert result.exit_code == 1
    assert str(folder / name) in result.output


def test_component_initialize_translates_merged_errors_to_the_user_file(tmp_path):
    folder = tmp_path / "bad"
    user = _write(folder, "mood.jsonl", {"id": "mine", "mood": "Sub", "forms": ["sei"]})
    nlp = spacy.blank("de")
    pipe = nlp.add_pipe("newsx_mood")
    with pytest.raises(RuleFileError) as info:
        pipe.initialize(nlp=nlp, rules=[str(folder)])
    assert (info.value.path, info.value.line, info.value.field) == (str(user), 2, "forms")


def test_rules_check_and_info_list_where_files_come_from(tmp_path, my_rules):
    result = runner.invoke(app, ["rules", "check", str(my_rules)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    verbs = next(line for line in lines if "speech_verbs.jsonl" in line)
    assert verbs.split() == [
        "speech_verbs.jsonl",
        f"({len(list(read_records(resources.rules_dir() / 'speech_verbs.jsonl'))) + 1}",
        "records)",
        "+",
        str(my_rules / "speech_verbs.jsonl"),
        "(1",
        "added)",
    ]
    assert "rules ok" in result.output
    info = runner.invoke(app, ["info", "--rules", str(my_rules)])
    assert info.exit_code == 0, info.output
    assert f"your folder {my_rules}" in info.output
    assert f"+ {my_rules / 'places.jsonl'} (1 added)" in info.output
    assert f"+ {my_rules / 'organisations.jsonl'} (1 replaced)" in info.output
    units = next(line for line in info.output.splitlines() if "units.jsonl" in line)
    assert "+" not in units
