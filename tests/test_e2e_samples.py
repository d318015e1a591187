"""End to end: ``newsx run`` over ``data/samples`` with the shipped model gives exactly these rows.

The samples are short news-style texts we wrote (``data/samples``; one is cp1252, one has a
``date`` metadata line). The model is pinned to ``models/de_newsx`` so the rows do not depend on
whether a ``de_core_news_*`` package is installed. Every test runs twice: on the shipped
model (UD labels) and on the de_core_news-shaped TIGER pipeline of ``tests/conftest.py``, with
the same expected rows. When a rule or the model changes these rows,
check the new rows by hand and update them here: this test is the product's behaviour on a
small, readable input.
"""

from __future__ import annotations

import json
import math
import warnings

import pandas as pd
import pytest

from pipeline import DATA_DIR, MODELS_DIR
from pipeline.model import load_pipeline
from pipeline.run import run
from tests.conftest import scheme_pipeline

SAMPLES = DATA_DIR / "samples"
HAUSHALT = "bundestag-haushalt.txt"
HOCHWASSER = "hochwasser-bayern.txt"
GENF = "international/genf-gefangenenaustausch.txt"

DOCUMENTS = [
    # doc_id, date, n_chars, n_tokens, n_quotes, n_entities, n_numbers, status, error
    (HAUSHALT, "2025-03-14", 619, 111, 7, 10, 3, "ok", None),
    (HOCHWASSER, None, 494, 80, 3, 4, 5, "ok", None),
    (GENF, None, 422, 65, 2, 11, 1, "ok", None),
]

QUOTES = [
    # doc_id, kind, text, speaker, speaker_name, cue, cue_lemma
    (
        HAUSHALT,
        "mixed",
        "der Etat sei „solide und zukunftsfest“",
        "Finanzminister Jörg Kukies",
        "Jörg Kukies",
        "sagte",
        "sagen",
    ),
    (
        HAUSHALT,
        "direct",
        "„solide und zukunftsfest“",
        "Finanzminister Jörg Kukies",
        "Jörg Kukies",
        "sagte",
        "sagen",
    ),
    (
        HAUSHALT,
        "indirect",
        "Die Ausgaben steigen demnach auf rund 477 Milliarden Euro, mehr als 50 Milliarden Euro davon sind Investitionen",
        "demnach",
        "Jörg Kukies",  # the speaker of the statement before (speaker.source_adverb)
        "demnach",
        "demnach",
    ),
    (
        HAUSHALT,
        "direct",
        "„Wir investieren in Schienen, Brücken und Schulen“",
        "Kukies",
        "Jörg Kukies",
        "sagte",
        "sagen",
    ),
    (
        HAUSHALT,
        "direct",
        "„Das ist ein Signal an die Bürgerinnen und Bürger.“",
        "Kukies",
        "Jörg Kukies",
        None,
        None,
    ),
    (
        HAUSHALT,
        "indirect",
        "die Regierung verschiebe die Probleme nur in die Zukunft",
        "CDU-Chef Friedrich Merz",
        "Friedrich Merz",
        "erklärte",
        "erklären",
    ),
    (
        HAUSHALT,
        "indirect",
        "fehlen fast 20 Milliarden Euro",
        "Bundesrechnungshof",
        "Bundesrechnungshof",
        "Laut",
        "laut",
    ),
    (
        HOCHWASSER,
        "indirect",
        "Etwa 2500 Einsatzkräfte von Feuerwehr und Technischem Hilfswerk waren nach Angaben des Innenministeriums im Einsatz",
        "des Innenministeriums",
        "Innenministerium",
        "nach Angaben",
        "nach",
    ),
    (
        HOCHWASSER,
        "direct",
        '"Niemand wird allein gelassen."',
        "Er",
        "Markus Söder",
        "versprach",
        "versprechen",
    ),
    (
        HOCHWASSER,
        "indirect",
        "Der Schaden werde auf mehrere hundert Millionen Euro geschätzt",
        "das Ministerium",
        "Innenministerium",  # round 26: the ministry named before ("des Innenministeriums")
        "teilte … mit",
        "mitteilen",
    ),
    (
        GENF,
        "indirect",
        "ist eine Einigung über den Austausch von mehr als 1.000 Gefangenen in Reichweite",
        "UN-Generalsekretär António Guterres",
        "António Guterres",
        "zufolge",
        "zufolge",
    ),
    (
        GENF,
        "indirect",
        "Kiew sei zu weiteren Gesprächen bereit",
        "Der ukrainische Außenminister",
        None,
        "sagte",
        "sagen",
    ),
]

ENTITIES = [
    # doc_id, text, label, canonical_id, canonical_name, country_code, source
    (HAUSHALT, "Berlin", "LOC", "Q64", "Berlin", "DE", "model"),
    (HAUSHALT, "dpa", "ORG", "Q312653", "Deutsche Presse-Agentur", "DE", "model"),
    (HAUSHALT, "Bundestag", "ORG", "Q154797", "Deutscher Bundestag", "DE", "model"),
    (HAUSHALT, "Jörg Kukies", "PER", "newsx:person:jörg-kukies", "Jörg Kukies", None, "model"),
    (HAUSHALT, "Euro", "MISC", "Q4916", "Euro", None, "rules"),
    (HAUSHALT, "Euro", "MISC", "Q4916", "Euro", None, "model"),
    (HAUSHALT, "Kukies", "PER", "newsx:person:jörg-kukies", "Jörg Kukies", None, "model"),
    (HAUSHALT, "Friedrich Merz", "PER", "newsx:merz", "Friedrich Merz", "DE", "model"),
    (
        HAUSHALT,
        "Bundesrechnungshof",
        "ORG",
        "newsx:bundesrechnungshof",
        "Bundesrechnungshof",
        "DE",
        "rules",
    ),
    (HAUSHALT, "Euro", "MISC", "Q4916", "Euro", None, "rules"),
    (HOCHWASSER, "Bayern", "LOC", "newsx:bayern", "Bayern", "DE", "model"),
    (HOCHWASSER, "Markus Söder", "PER", "newsx:soeder", "Markus Söder", "DE", "model"),
    (HOCHWASSER, "Passau", "LOC", "newsx:passau", "Passau", "DE", "model"),
    (HOCHWASSER, "Euro", "MISC", "Q4916", "Euro", None, "rules"),
    (GENF, "Genf", "LOC", "Q71", "Genf", "CH", "model"),
    (GENF, "Ukraine", "LOC", "Q212", "Ukraine", "UA", "model"),
    (GENF, "Russlands", "LOC", "Q159", "Russland", "RU", "model"),
    (GENF, "Genf", "LOC", "Q71", "Genf", "CH", "model"),
    (GENF, "Vereinten Nationen", "ORG", "Q1065", "Vereinte Nationen", None, "model"),
    (GENF, "António Guterres", "PER", "newsx:guterres", "António Guterres", "PT", "model"),
    (GENF, "Reuters", "ORG", "Q130879", "Reuters", "GB", "model"),
    (GENF, "Kiew", "LOC", "Q1899", "Kiew", "UA", "model"),
    (GENF, "Moskau", "LOC", "Q649", "Moskau", "RU", "model"),
    (GENF, "afp", "ORG", "Q40464", "Agence France-Presse", "FR", "rules"),
    (GENF, "rtr", "ORG", "Q130879", "Reuters", "GB", "rules"),
]

NUMBERS = [
    # doc_id, text, value, value_min, value_max, qualifier, noun, kind
    (HAUSHALT, "rund 477 Milliarden Euro", 477000000000.0, None, None, "rund", "Euro", "money"),
    (
        HAUSHALT,
        "mehr als 50 Milliarden Euro",
        50000000000.0,
        50000000000.0,
        None,
        "mehr als",
        "Euro",
        "money",
    ),
    (
        HAUSHALT,
        "fast 20 Milliarden Euro",
        20000000000.0,
        None,
        20000000000.0,
        "fast",
        "Euro",
        "money",
    ),
    (HOCHWASSER, "mindestens drei Menschen", 3.0, 3.0, None, "mindestens", "Menschen", "count"),
    (HOCHWASSER, "Etwa 2500 Einsatzkräfte", 2500.0, None, None, "Etwa", "Einsatzkräfte", "count"),
    (HOCHWASSER, "Rund 40 Prozent", 40.0, None, None, "Rund", "Prozent", "percent"),
    (HOCHWASSER, "03.06.2024", 20240603.0, 20240603.0, 20240603.0, None, None, "date"),
    (
        HOCHWASSER,
        "mehrere hundert Millionen Euro",
        None,
        200000000.0,
        999999999.0,
        None,
        "Euro",
        "money",
    ),
    (GENF, "mehr als 1.000 Gefangenen", 1000.0, 1000.0, None, "mehr als", "Gefangene", "count"),
]

KUKIES, MERZ, SOEDER = "ent:347ce96a41cd", "ent:bf2aeb01d004", "ent:5ae41fca439f"
GUTERRES, EURO, REUTERS = "ent:5ec7e983a6c3", "ent:5f4f9d852788", "ent:82b1d965bf64"
RECHNUNGSHOF = "ent:320058ac39b7"
ENTITY_IDS = [
    # doc_id, text, entity_id: one id for all mentions of one entity, the same in every doc
    (HAUSHALT, "Berlin", "ent:22ad9b3ac23f"),
    (HAUSHALT, "dpa", "ent:e152603ba370"),
    (HAUSHALT, "Bundestag", "ent:3cb7d7ad2e99"),
    (HAUSHALT, "Jörg Kukies", KUKIES),
    (HAUSHALT, "Euro", EURO),
    (HAUSHALT, "Euro", EURO),
    (HAUSHALT, "Kukies", KUKIES),
    (HAUSHALT, "Friedrich Merz", MERZ),
    (HAUSHALT, "Bundesrechnungshof", RECHNUNGSHOF),
    (HAUSHALT, "Euro", EURO),
    (HOCHWASSER, "Bayern", "ent:2a5f926ea107"),
    (HOCHWASSER, "Markus Söder", SOEDER),
    (HOCHWASSER, "Passau", "ent:b8406e8dd4d0"),
    (HOCHWASSER, "Euro", EURO),
    (GENF, "Genf", "ent:b64e84be9a02"),
    (GENF, "Ukraine", "ent:4d72d552ac05"),
    (GENF, "Russlands", "ent:f4e2468bef27"),
    (GENF, "Genf", "ent:b64e84be9a02"),
    (GENF, "Vereinten Nationen", "ent:8975ea55c3d4"),
    (GENF, "António Guterres", GUTERRES),
    (GENF, "Reuters", REUTERS),
    (GENF, "Kiew", "ent:0d542daddb74"),
    (GENF, "Moskau", "ent:ac21928652f2"),
    (GENF, "afp", "ent:2f43c28b7788"),
    (GENF, "rtr", REUTERS),
]

SPEAKER_ENTITY_IDS = [
    # doc_id, speaker, speaker_entity_id: the speaker's entity_id in the entities table
    (HAUSHALT, "Finanzminister Jörg Kukies", KUKIES),
    (HAUSHALT, "Finanzminister Jörg Kukies", KUKIES),
    (HAUSHALT, "demnach", KUKIES),  # "demnach" names Kukies, whose statement it refers to
    (HAUSHALT, "Kukies", KUKIES),
    (HAUSHALT, "Kukies", KUKIES),
    (HAUSHALT, "CDU-Chef Friedrich Merz", MERZ),
    (HAUSHALT, "Bundesrechnungshof", RECHNUNGSHOF),
    (HOCHWASSER, "des Innenministeriums", None),
    (HOCHWASSER, "Er", SOEDER),  # resolved speaker_name "Markus Söder"
    (HOCHWASSER, "das Ministerium", None),
    (GENF, "UN-Generalsekretär António Guterres", GUTERRES),
    (GENF, "Der ukrainische Außenminister", None),
]

COLUMNS = {
    "documents": [
        "doc_id",
        "date",
        "n_chars",
        "n_tokens",
        "n_quotes",
        "n_entities",
        "n_numbers",
        "status",
        "error",
    ],
    "quotes": ["doc_id", "kind", "text", "speaker", "speaker_name", "cue", "cue_lemma"],
    "entities": [
        "doc_id",
        "text",
        "label",
        "canonical_id",
        "canonical_name",
        "country_code",
        "source",
    ],
    "numbers": ["doc_id", "text", "value", "value_min", "value_max", "qualifier", "noun", "kind"],
}
EXPECTED = {"documents": DOCUMENTS, "quotes": QUOTES, "entities": ENTITIES, "numbers": NUMBERS}


def _plain(value):
    """A cell as a plain Python value (None for missing, float for every number)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


def _rows(df: pd.DataFrame, table: str) -> list[tuple]:
    return [tuple(_plain(v) for v in row) for row in df[COLUMNS[table]].itertuples(index=False)]


@pytest.fixture(scope="module")
def tables(tmp_path_factory, label_scheme):
    """The four tables of the samples, once per label scheme (see ``tests/conftest.py``)."""
    out = tmp_path_factory.mktemp(f"samples-out-{label_scheme}")
    if label_scheme == "tiger":
        nlp = scheme_pipeline("tiger")
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp, _ = load_pipeline(str(MODELS_DIR / "de_newsx"))
    summary = run(nlp, [SAMPLES], out, formats=("csv", "parquet"))
    assert summary.errors == 0
    csv = {t: pd.read_csv(out / f"{t}.csv") for t in COLUMNS}
    parquet = {t: pd.read_parquet(out / f"{t}.parquet") for t in COLUMNS}
    return csv, parquet


@pytest.mark.parametrize("table", list(COLUMNS))
def test_exact_rows(tables, table):
    csv, _ = tables
    expected = [tuple(_plain(v) for v in row) for row in EXPECTED[table]]
    assert _rows(csv[table], table) == expected


@pytest.mark.parametrize(
    ("table", "columns", "expected"),
    [
        ("entities", ["doc_id", "text", "entity_id"], ENTITY_IDS),
        ("quotes", ["doc_id", "speaker", "speaker_entity_id"], SPEAKER_ENTITY_IDS),
    ],
)
def test_entity_ids_join_quotes_and_entities(tables, table, columns, expected):
    csv, parquet = tables
    for df in (csv[table], parquet[table]):
        got = [tuple(_plain(v) for v in row) for row in df[columns].itertuples(index=False)]
        assert got == expected
    speakers = set(csv["quotes"]["speaker_entity_id"].dropna())
    assert speakers <= set(csv["entities"]["entity_id"])


@pytest.mark.parametrize("table", list(COLUMNS))
def test_parquet_has_the_same_rows_as_csv(tables, table):
    csv, parquet = tables
    assert _rows(parquet[table], table) == _rows(csv[table], table)


@pytest.mark.parametrize("table", ["quotes", "entities", "numbers"])
def test_offsets_slice_the_decoded_file(tables, table):
    csv, _ = tables
    for row in csv[table].itertuples(index=False):
        raw = (SAMPLES / row.doc_id).read_bytes()
        content = raw.decode("cp1252" if row.doc_id == GENF else "utf-8")
        assert content[row.start : row.end] == row.text
        if table == "quotes" and isinstance(row.spans, str):
            for start, end in json.loads(row.spans):
                assert content[start:end] in row.text
        if table == "quotes" and isinstance(row.speaker, str):
            assert content[int(row.speaker_start) : int(row.speaker_end)] == row.speaker
