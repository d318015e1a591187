"""French quotes, one case per cue pattern and quotation style, with exact rows
(kind, text, speaker mention, resolved speaker, cue, cue lemma) -- and texts that must
yield nothing."""

from __future__ import annotations

import pytest

NB, NNB = "\u00a0", "\u202f"  # no-break space, narrow no-break space

CUES = [
    pytest.param(
        "Le président Kassym-Jomart Tokaïev a déclaré que la situation était sous contrôle.",
        [
            (
                "indirect",
                "que la situation était sous contrôle",
                "Le président Kassym-Jomart Tokaïev",
                "Kassym-Jomart Tokaïev",
                "déclaré",
                "déclarer",
            )
        ],
        id="a_declare_que",
    ),
    pytest.param(
        "La ministre des Affaires étrangères a affirmé que Paris suivait la situation de près.",
        [
            (
                "indirect",
                "que Paris suivait la situation de près",
                "La ministre des Affaires étrangères",
                None,
                "affirmé",
                "affirmer",
            )
        ],
        id="a_affirme_que",
    ),
    pytest.param(
        "Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que la mission serait courte.",
        [
            (
                "indirect",
                "que la mission serait courte",
                "Le porte-parole du Kremlin, Dmitri Peskov",
                "Dmitri Peskov",
                "indiqué",
                "indiquer",
            )
        ],
        id="a_indique_que",
    ),
    pytest.param(
        "Vladimir Poutine a assuré que les troupes quitteraient le pays.",
        [
            (
                "indirect",
                "que les troupes quitteraient le pays",
                "Vladimir Poutine",
                "Vladimir Poutine",
                "assuré",
                "assurer",
            )
        ],
        id="a_assure_que",
    ),
    pytest.param(
        "Le gouvernement a annoncé que l'état d'urgence serait levé.",
        [
            (
                "indirect",
                "que l'état d'urgence serait levé",
                "Le gouvernement",
                "gouvernement",
                "annoncé",
                "annoncer",
            )
        ],
        id="a_annonce_que",
    ),
    pytest.param(
        "L'analyste Marie Dubois estime que la crise est loin d'être terminée.",
        [
            (
                "indirect",
                "que la crise est loin d'être terminée",
                "L'analyste Marie Dubois",
                "Marie Dubois",
                "estime",
                "estimer",
            )
        ],
        id="estime_que",
    ),
    pytest.param(
        "Tokaïev a affirmé qu'il ne négocierait pas avec les terroristes.",
        [
            (
                "indirect",
                "qu'il ne négocierait pas avec les terroristes",
                "Tokaïev",
                "Kassym-Jomart Tokaïev",
                "affirmé",
                "affirmer",
            )
        ],
        id="qu_il_after_verb",
    ),
    pytest.param(
        "Selon le ministère de l'Intérieur, 164 personnes ont été tuées.",
        [
            (
                "indirect",
                "164 personnes ont été tuées",
                "le ministère de l'Intérieur",
                "ministère de l'Intérieur",
                "Selon",
                "selon",
            )
        ],
        id="selon_x",
    ),
    pytest.param(
        "D'après l'agence TASS, les premiers soldats sont arrivés jeudi.",
        [
            (
                "indirect",
                "les premiers soldats sont arrivés jeudi",
                "l'agence TASS",
                "TASS",
                "D'après",
                "d'après",
            )
        ],
        id="d_apres_x",
    ),
    pytest.param(
        "Vladimir Poutine s'est exprimé mardi. Selon lui, la crise est terminée.",
        [("indirect", "la crise est terminée", "lui", "Vladimir Poutine", "Selon", "selon")],
        id="selon_lui",
    ),
    pytest.param(
        "« Le pays est en danger », a dit Tokaïev.",
        [
            (
                "direct",
                "« Le pays est en danger »",
                "Tokaïev",
                "Kassym-Jomart Tokaïev",
                "dit",
                "dire",
            )
        ],
        id="quote_a_dit_x",
    ),
    pytest.param(
        "Vladimir Poutine s'est exprimé lundi. « Nous resterons aussi longtemps que nécessaire », a-t-il ajouté.",
        [
            (
                "direct",
                "« Nous resterons aussi longtemps que nécessaire »",
                "-il",
                "Vladimir Poutine",
                "ajouté",
                "ajouter",
            )
        ],
        id="inversion_a_t_il_ajoute",
    ),
    pytest.param(
        "La ministre Catherine Colonna était à Bruxelles. « La mission est terminée », a-t-elle précisé.",
        [
            (
                "direct",
                "« La mission est terminée »",
                "-elle",
                "Catherine Colonna",
                "précisé",
                "préciser",
            )
        ],
        id="inversion_a_t_elle_precise",
    ),
    pytest.param(
        "Marie Dubois connaît bien la région. « Rien n'est réglé », estime-t-elle.",
        [("direct", "« Rien n'est réglé »", "-elle", "Marie Dubois", "estime", "estimer")],
        id="inversion_estime_t_elle",
    ),
    pytest.param(
        "Le président a prévenu : « Les terroristes seront détruits. »",
        [
            (
                "direct",
                "« Les terroristes seront détruits. »",
                "Le président",
                None,
                "prévenu",
                "prévenir",
            )
        ],
        id="frame_first_colon",
    ),
    pytest.param(
        "« Nous avons demandé de l'aide », a déclaré Tokaïev, « et nos alliés ont répondu ».",
        [
            (
                "direct",
                "« Nous avons demandé de l'aide », a déclaré Tokaïev, « et nos alliés ont répondu »",
                "Tokaïev",
                "Kassym-Jomart Tokaïev",
                "déclaré",
                "déclarer",
            )
        ],
        id="interrupted_by_frame",
    ),
    pytest.param(
        "Vladimir Poutine a parlé mardi. Il a précisé que la mission était temporaire.",
        [
            (
                "indirect",
                "que la mission était temporaire",
                "Il",
                "Vladimir Poutine",
                "précisé",
                "préciser",
            )
        ],
        id="pronoun_continuation_il_a_precise",
    ),
    pytest.param(
        "Le ministre a déclaré à l'AFP que les négociations reprendraient.",
        [
            (
                "indirect",
                "que les négociations reprendraient",
                "Le ministre",
                None,
                "déclaré",
                "déclarer",
            )
        ],
        id="recipient_before_que",
    ),
    pytest.param(
        "« C'est inacceptable », juge le député Jean Dupont.",
        [
            (
                "direct",
                "« C'est inacceptable »",
                "le député Jean Dupont",
                "Jean Dupont",
                "juge",
                "juger",
            )
        ],
        id="verb_tagged_noun_after_the_quote",
    ),
    pytest.param(
        "« Nous sommes prêts », a déclaré mardi le président.",
        [("direct", "« Nous sommes prêts »", "le président", None, "déclaré", "déclarer")],
        id="weekday_between_verb_and_subject",
    ),
    pytest.param(
        "Le Kremlin a indiqué jeudi que les troupes resteraient quelques jours.",
        [
            (
                "indirect",
                "que les troupes resteraient quelques jours",
                "Le Kremlin",
                "Kremlin",
                "indiqué",
                "indiquer",
            )
        ],
        id="weekday_before_que",
    ),
    pytest.param(
        "Tokaïev a ordonné de tirer sans sommation, a rapporté l'agence TASS.",
        [
            (
                "indirect",
                "Tokaïev a ordonné de tirer sans sommation",
                "l'agence TASS",
                "TASS",
                "rapporté",
                "rapporter",
            )
        ],
        id="content_first_then_frame",
    ),
    pytest.param(
        "« C'est inquiétant », s'inquiète un diplomate.",
        [("direct", "« C'est inquiétant »", "un diplomate", None, "inquiète", "inquiéter")],
        id="reflexive_verb_after_the_quote",
    ),
]

# titles and roles: the role resolves to the person the text introduced with it
ROLES = [
    pytest.param(
        "Le président russe Vladimir Poutine a reçu Tokaïev. « Tout est calme », a déclaré le président russe.",
        [
            (
                "direct",
                "« Tout est calme »",
                "le président russe",
                "Vladimir Poutine",
                "déclaré",
                "déclarer",
            )
        ],
        id="le_president_russe",
    ),
    pytest.param(
        "Le porte-parole du Kremlin, Dmitri Peskov, était à Moscou. « Tout est calme », a déclaré le porte-parole.",
        [
            (
                "direct",
                "« Tout est calme »",
                "le porte-parole",
                "Dmitri Peskov",
                "déclaré",
                "déclarer",
            )
        ],
        id="le_porte_parole_before_the_name",
    ),
    pytest.param(
        "Dmitri Peskov, porte-parole du Kremlin, était à Moscou. « Tout est calme », a déclaré le porte-parole.",
        [
            (
                "direct",
                "« Tout est calme »",
                "le porte-parole",
                "Dmitri Peskov",
                "déclaré",
                "déclarer",
            )
        ],
        id="le_porte_parole_after_the_name",
    ),
    pytest.param(
        "La ministre française Catherine Colonna a rencontré ses homologues. « Nous sommes inquiets », a indiqué la ministre.",
        [
            (
                "direct",
                "« Nous sommes inquiets »",
                "la ministre",
                "Catherine Colonna",
                "indiqué",
                "indiquer",
            )
        ],
        id="la_ministre",
    ),
    pytest.param(
        "Le président russe Vladimir Poutine a reçu Tokaïev. Le chef du Kremlin a affirmé que la mission était un succès.",
        [
            (
                "indirect",
                "que la mission était un succès",
                "Le chef du Kremlin",
                None,
                "affirmé",
                "affirmer",
            )
        ],
        id="le_chef_du_kremlin_is_left_unresolved",
    ),
    pytest.param(
        "Vladimir Poutine a reçu Tokaïev. Le président a assuré que les troupes partiraient.",
        [("indirect", "que les troupes partiraient", "Le président", None, "assuré", "assurer")],
        id="a_title_nobody_was_introduced_with",
    ),
]

# frames inside the quotation marks, French style: (text, row, pieces of the quote)
INNER_FRAMES = [
    pytest.param(
        "« La situation est stable, a précisé la ministre. Nous restons vigilants. »",
        (
            "direct",
            "« La situation est stable, a précisé la ministre. Nous restons vigilants. »",
            "la ministre",
            None,
            "précisé",
            "préciser",
        ),
        ["« La situation est stable", "Nous restons vigilants. »"],
        id="incise_a_precise_la_ministre",
    ),
    pytest.param(
        "Marie Dubois connaît la région. « Rien, estime-t-elle, n'est réglé ».",
        (
            "direct",
            "« Rien, estime-t-elle, n'est réglé »",
            "-elle",
            "Marie Dubois",
            "estime",
            "estimer",
        ),
        ["« Rien", "n'est réglé »"],
        id="incise_estime_t_elle",
    ),
    pytest.param(
        "Vladimir Poutine a parlé. « Nous resterons, a-t-il ajouté, aussi longtemps que nécessaire. »",
        (
            "direct",
            "« Nous resterons, a-t-il ajouté, aussi longtemps que nécessaire. »",
            "-il",
            "Vladimir Poutine",
            "ajouté",
            "ajouter",
        ),
        ["« Nous resterons", "aussi longtemps que nécessaire. »"],
        id="incise_a_t_il_ajoute",
    ),
    pytest.param(
        "« Nous avons dit, à plusieurs reprises, que la paix était possible », a déclaré le ministre.",
        (
            "direct",
            "« Nous avons dit, à plusieurs reprises, que la paix était possible »",
            "le ministre",
            None,
            "déclaré",
            "déclarer",
        ),
        ["« Nous avons dit, à plusieurs reprises, que la paix était possible »"],
        id="commas_inside_are_no_frame",
    ),
]

STYLES = [
    pytest.param("« Nous partirons bientôt »", id="guillemets_space"),
    pytest.param(f"«{NB}Nous partirons bientôt{NB}»", id="guillemets_nbsp"),
    pytest.param(f"«{NNB}Nous partirons bientôt{NNB}»", id="guillemets_narrow_nbsp"),
    pytest.param("«Nous partirons bientôt»", id="guillemets_no_space"),
    pytest.param("“Nous partirons bientôt”", id="english_curly"),
    pytest.param("‹ Nous partirons bientôt ›", id="single_guillemets"),
]

NOTHING = [
    pytest.param("Les manifestants se sont rassemblés sur la place de la République.", id="event"),
    pytest.param("La ville compte 2 millions d'habitants.", id="numbers_only"),
    pytest.param("Le gouvernement a démissionné mercredi.", id="no_speech_verb"),
    pytest.param("Le prix du gaz a doublé en janvier.", id="economy"),
    pytest.param("Selon toute vraisemblance, la crise durera.", id="selon_without_source"),
    pytest.param("Les troupes de l'OTSC ont quitté Almaty jeudi.", id="organisation_no_quote"),
    pytest.param(
        "Le gouvernement a annoncé la réforme que le Parlement prépare.", id="relative_que"
    ),
    pytest.param("Le porte-parole a refusé de commenter.", id="no_content"),
]


def _rows(nlp, text):
    doc = nlp(text)
    return [
        (q._.kind, q.text, q._.speaker, q._.speaker_name, q._.cue, q._.cue_lemma)
        for q in doc.spans["quotes"]
    ]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_cue_patterns(nlp_fr, text, expected):
    assert _rows(nlp_fr, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_titles_and_roles(nlp_fr, text, expected):
    assert _rows(nlp_fr, text) == expected


@pytest.mark.parametrize("quoted", STYLES)
def test_quotation_styles(nlp_fr, quoted):
    text = f"{quoted}, a annoncé le général."
    assert _rows(nlp_fr, text) == [("direct", quoted, "le général", None, "annoncé", "annoncer")]


@pytest.mark.parametrize("text", NOTHING)
def test_texts_without_quotes(nlp_fr, text):
    assert _rows(nlp_fr, text) == []


@pytest.mark.parametrize(("text", "expected", "pieces"), INNER_FRAMES)
def test_frames_inside_the_quotation_marks(nlp_fr, text, expected, pieces):
    doc = nlp_fr(text)
    assert _rows(nlp_fr, text) == [expected]
    (q,) = doc.spans["quotes"]
    assert [text[a:b] for a, b in q._.parts] == pieces
