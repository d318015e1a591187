"""French number forms with exact values: qualifiers, vague plurals, thousands separated by a
space, U+00A0 or U+202F, decimal comma, "12 %", dates, number words -- and texts without
numbers. The parser needs no model; with the French pipeline the counted noun comes from the
POS tags."""

from __future__ import annotations

import pytest

from pipeline.numbers import NumberLexicon, find_numbers
from pipeline.resources import rules_dir

NB, NNB = "\u00a0", "\u202f"

# (text, [(mention, value, value_min, value_max, qualifier, noun, kind, unit)])
WITH_MODEL = [
    (
        "Plus de 2 500 soldats sont arrivés.",
        [("Plus de 2 500 soldats", 2500.0, 2500.0, None, "Plus de", "soldats", "count", None)],
    ),
    (
        "Près de 8 000 personnes ont été arrêtées.",
        [("Près de 8 000 personnes", 8000.0, None, 8000.0, "Près de", "personnes", "count", None)],
    ),
    (
        "Environ 200 manifestants ont défilé.",
        [("Environ 200 manifestants", 200.0, None, None, "Environ", "manifestants", "count", None)],
    ),
    (
        "Au moins 160 personnes sont mortes.",
        [("Au moins 160 personnes", 160.0, 160.0, None, "Au moins", "personnes", "count", None)],
    ),
    (
        "Le chômage touche moins de 10 % des actifs.",
        [("moins de 10 %", 10.0, None, 10.0, "moins de", "pour cent", "percent", "%")],
    ),
    (
        "Quelque 3 000 policiers ont été déployés.",
        [("Quelque 3 000 policiers", 3000.0, None, None, "Quelque", "policiers", "count", None)],
    ),
    (
        "Des centaines de manifestants ont défilé.",
        [
            (
                "Des centaines de manifestants",
                None,
                200.0,
                999.0,
                None,
                "manifestants",
                "count",
                None,
            )
        ],
    ),
    (
        "Des milliers d'habitants ont fui.",
        [("Des milliers d'habitants", None, 2000.0, 9999.0, None, "habitants", "count", None)],
    ),
    (
        f"Il y a 8{NB}000 soldats.",
        [(f"8{NB}000 soldats", 8000.0, 8000.0, 8000.0, None, "soldats", "count", None)],
    ),
    (
        f"Il y a 8{NNB}000 soldats.",
        [(f"8{NNB}000 soldats", 8000.0, 8000.0, 8000.0, None, "soldats", "count", None)],
    ),
    (
        "Le prix a augmenté de 12,5 %.",
        [("12,5 %", 12.5, 12.5, 12.5, None, "pour cent", "percent", "%")],
    ),
    (
        f"Le prix a augmenté de 12{NNB}%.",
        [(f"12{NNB}%", 12.0, 12.0, 12.0, None, "pour cent", "percent", "%")],
    ),
    ("L'inflation atteint 12 %.", [("12 %", 12.0, 12.0, 12.0, None, "pour cent", "percent", "%")]),
    (
        "La facture s'élève à 2,5 millions d'euros.",
        [("2,5 millions d'euros", 2500000.0, 2500000.0, 2500000.0, None, "euros", "money", "EUR")],
    ),
    (
        "Les troubles ont commencé le 2 janvier 2022.",
        [("2 janvier 2022", 20220102.0, 20220102.0, 20220102.0, None, None, "date", None)],
    ),
    (
        "Vingt-cinq blessés ont été soignés.",
        [("Vingt-cinq blessés", 25.0, 25.0, 25.0, None, "blessés", "count", None)],
    ),
    (
        "Un million de personnes sont concernées.",
        [
            (
                "Un million de personnes",
                1000000.0,
                1000000.0,
                1000000.0,
                None,
                "personnes",
                "count",
                None,
            )
        ],
    ),
    (
        "Entre 20 et 30 morts ont été recensés.",
        [("Entre 20 et 30 morts", None, 20.0, 30.0, "Entre", "morts", "count", None)],
    ),
    (
        "Une centaine de manifestants ont été arrêtés.",
        [
            (
                "Une centaine de manifestants",
                100.0,
                100.0,
                100.0,
                None,
                "manifestants",
                "count",
                None,
            )
        ],
    ),
    (
        "Un millier de soldats sont partis.",
        [("Un millier de soldats", 1000.0, 1000.0, 1000.0, None, "soldats", "count", None)],
    ),
    (
        "Plusieurs centaines de personnes.",
        [
            (
                "Plusieurs centaines de personnes",
                None,
                200.0,
                999.0,
                None,
                "personnes",
                "count",
                None,
            )
        ],
    ),
    (
        "Le contrat vaut 3,5 milliards de dollars.",
        [
            (
                "3,5 milliards de dollars",
                3500000000.0,
                3500000000.0,
                3500000000.0,
                None,
                "dollars",
                "money",
                "USD",
            )
        ],
    ),
    (
        "Entre 2 000 et 3 000 soldats.",
        [("Entre 2 000 et 3 000 soldats", None, 2000.0, 3000.0, "Entre", "soldats", "count", None)],
    ),
    (
        "Le taux atteint 50 pour cent.",
        [("50 pour cent", 50.0, 50.0, 50.0, None, "pour cent", "percent", "%")],
    ),
    ("Un soldat ukrainien a été blessé.", []),
    ("Le président a parlé hier soir.", []),
]

# (text, [(mention, value, value_min, value_max, qualifier, kind, rule)]) -- no model needed
WITHOUT_MODEL = [
    (
        "plus de 160",
        [
            (
                "plus de 160",
                160.0,
                160.0,
                None,
                "plus de",
                "count",
                "number.digits+qualifier.min.plus_de",
            )
        ],
    ),
    (
        "près de 8 000",
        [
            (
                "près de 8 000",
                8000.0,
                None,
                8000.0,
                "près de",
                "count",
                "number.digits+qualifier.max.près_de",
            )
        ],
    ),
    (
        "environ 200",
        [
            (
                "environ 200",
                200.0,
                None,
                None,
                "environ",
                "count",
                "number.digits+qualifier.approx.environ",
            )
        ],
    ),
    (
        "au moins 3",
        [
            (
                "au moins 3",
                3.0,
                3.0,
                None,
                "au moins",
                "count",
                "number.digits+qualifier.min.au_moins",
            )
        ],
    ),
    (
        "moins de 50",
        [
            (
                "moins de 50",
                50.0,
                None,
                50.0,
                "moins de",
                "count",
                "number.digits+qualifier.max.moins_de",
            )
        ],
    ),
    (
        "quelque 3 000",
        [
            (
                "quelque 3 000",
                3000.0,
                None,
                None,
                "quelque",
                "count",
                "number.digits+qualifier.approx.quelque",
            )
        ],
    ),
    (
        "des centaines de",
        [("des centaines de", None, 200.0, 999.0, None, "count", "number.vague.des_centaines_de")],
    ),
    (
        "des milliers de",
        [("des milliers de", None, 2000.0, 9999.0, None, "count", "number.vague.des_milliers_de")],
    ),
    (
        "des dizaines de milliers de",
        [
            (
                "des dizaines de milliers de",
                None,
                20000.0,
                99999.0,
                None,
                "count",
                "number.vague.des_dizaines_milliers_de",
            )
        ],
    ),
    (
        f"1{NB}234{NB}567",
        [(f"1{NB}234{NB}567", 1234567.0, 1234567.0, 1234567.0, None, "count", "number.digits")],
    ),
    ("3,7", [("3,7", 3.7, 3.7, 3.7, None, "count", "number.digits")]),
    ("quatre-vingt-dix", [("quatre-vingt-dix", 90.0, 90.0, 90.0, None, "count", "number.word")]),
    ("soixante-et-onze", [("soixante-et-onze", 71.0, 71.0, 71.0, None, "count", "number.word")]),
    ("vingt-et-un", [("vingt-et-un", 21.0, 21.0, 21.0, None, "count", "number.word")]),
    ("deux mille", [("deux mille", 2000.0, 2000.0, 2000.0, None, "count", "number.word+scale")]),
    ("deux cents", [("deux cents", 200.0, 200.0, 200.0, None, "count", "number.word+scale")]),
    ("cent", [("cent", 100.0, 100.0, 100.0, None, "count", "number.word")]),
    (
        "plus d'un million",
        [
            (
                "plus d'un million",
                1000000.0,
                1000000.0,
                None,
                "plus d'",
                "count",
                "number.article+scale+qualifier.min.plus_d",
            )
        ],
    ),
    (
        "de 9 à 17",
        [
            (
                "de 9 à 17",
                None,
                9.0,
                17.0,
                None,
                "count",
                "number.digits+range.sep.a+qualifier.range.de",
            )
        ],
    ),
    ("en 2022", [("2022", 2022.0, 2022.0, 2022.0, None, "year", "year.digits")]),
    ("un homme et une femme", []),
    ("l'article 5 du traité", []),
]


def _row(n):
    return (
        n.text,
        n._.value,
        n._.value_min,
        n._.value_max,
        n._.qualifier,
        n._.noun,
        n._.number_kind,
        n._.unit,
    )


@pytest.mark.parametrize(("text", "expected"), WITH_MODEL, ids=[t for t, _ in WITH_MODEL])
def test_numbers_in_the_french_pipeline(nlp_fr, text, expected):
    doc = nlp_fr(text)
    assert [_row(n) for n in doc.spans["numbers"]] == expected


@pytest.fixture(scope="module")
def lexicon():
    return NumberLexicon.from_dir(rules_dir("fr"))


@pytest.mark.parametrize(("text", "expected"), WITHOUT_MODEL, ids=[t for t, _ in WITHOUT_MODEL])
def test_number_forms_without_a_model(lexicon, text, expected):
    found = [
        (text[m.start : m.end], m.value, m.value_min, m.value_max, m.qualifier, m.kind, m.rule)
        for m in find_numbers(text, lexicon)
    ]
    assert found == expected
