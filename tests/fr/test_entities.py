"""French organisations, places, persons and demonyms: the same canonical ids as German
(OTSC = OVKS), titles trimmed off names, and texts without entities of the registry."""

from __future__ import annotations

import pytest

from pipeline.entities.lexicon import EntityLexicon
from pipeline.resources import rules_dir

# (text, [(entity, label, canonical_id, canonical_name, country_code)])
ENTITIES = [
    (
        "Les troupes de l'OTSC ont quitté le Kazakhstan.",
        [
            ("OTSC", "ORG", "newsx:ovks", "Organisation du traité de sécurité collective", None),
            ("Kazakhstan", "LOC", "Q232", "Kazakhstan", "KZ"),
        ],
    ),
    (
        "La BCE et l'ONU siègent loin de Bruxelles.",
        [
            ("BCE", "ORG", "Q8901", "Banque centrale européenne", None),
            ("ONU", "ORG", "Q1065", "Organisation des Nations unies", None),
            ("Bruxelles", "LOC", "newsx:bruessel", "Bruxelles", "BE"),
        ],
    ),
    (
        "L'OTAN et l'Union européenne ont réagi.",
        [
            ("OTAN", "ORG", "Q7184", "OTAN", None),
            ("Union européenne", "ORG", "Q458", "Union européenne", None),
        ],
    ),
    ("Des soldats sont arrivés à Almaty.", [("Almaty", "LOC", "newsx:almaty", "Almaty", "KZ")]),
    (
        "Le président Kassym-Jomart Tokaïev a parlé.",
        [("Kassym-Jomart Tokaïev", "PER", "newsx:tokajew", "Kassym-Jomart Tokaïev", "KZ")],
    ),
    (
        "Le président russe Vladimir Poutine a reçu la ministre Catherine Colonna.",
        [
            ("Vladimir Poutine", "PER", "Q7747", "Vladimir Poutine", "RU"),
            (
                "Catherine Colonna",
                "PER",
                "newsx:person:catherine-colonna",
                "Catherine Colonna",
                None,
            ),
        ],
    ),
    (
        "Le porte-parole Dmitri Peskov a parlé.",
        [("Dmitri Peskov", "PER", "newsx:peskow", "Dmitri Peskov", "RU")],
    ),
    ("Le chef du Kremlin a parlé.", [("Kremlin", "ORG", "newsx:kreml", "Kremlin", "RU")]),
    ("Il fait beau et la récolte sera bonne.", []),
]

# (text, [(demonym, country_code)])
DEMONYMS = [
    (
        "Les soldats russes sont arrivés dans la capitale kazakhe.",
        [("russes", "RU"), ("kazakhe", "KZ")],
    ),
    ("Un soldat ukrainien a été blessé.", [("ukrainien", "UA")]),
    ("Le gouvernement kazakh a démissionné.", [("kazakh", "KZ")]),
    ("La récolte a été bonne.", []),
]


@pytest.mark.parametrize(("text", "expected"), ENTITIES, ids=[t for t, _ in ENTITIES])
def test_entities(nlp_fr, text, expected):
    doc = nlp_fr(text)
    found = [
        (e.text, e.label_, e._.canonical_id, e._.canonical_name, e._.country_code) for e in doc.ents
    ]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), DEMONYMS, ids=[t for t, _ in DEMONYMS])
def test_demonyms(nlp_fr, text, expected):
    doc = nlp_fr(text)
    assert [(d.text, d._.country_code) for d in doc.spans["demonyms"]] == expected


@pytest.fixture(scope="module")
def lexicons():
    return EntityLexicon.from_dir(rules_dir("de")), EntityLexicon.from_dir(rules_dir("fr"))


@pytest.mark.parametrize("key", ["organisations", "places", "persons", "misc"])
def test_french_records_share_the_german_canonical_ids(lexicons, key):
    de, fr = lexicons
    german = {r["id"]: r.get("canonical_id") for r in de.data[key]}
    differ = [
        (r["id"], r.get("canonical_id"), german[r["id"]])
        for r in fr.data[key]
        if r["id"] in german and r.get("canonical_id") != german[r["id"]]
    ]
    assert differ == []


def test_otsc_and_ovks_are_one_organisation(lexicons):
    de, fr = lexicons

    def id_of(lex, alias):
        return next(r["canonical_id"] for r in lex.data["organisations"] if alias in r["aliases"])

    assert id_of(fr, "OTSC") == id_of(de, "OVKS") == id_of(de, "CSTO") == id_of(fr, "ОДКБ")
