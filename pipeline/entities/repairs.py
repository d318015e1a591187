"""Repairs of the model's entity spans before merging.

Titles are trimmed off PER spans and split them ("Kaiser
Friedrich Wilhelm und Prinzessin Victoria"); edge punctuation and trailing lowercase
function words are trimmed; a class noun before a known alias is dropped ("Militärbündnis
OVKS" -> "OVKS"), an administrative class noun before any model place too ("Landkreis
Gersfeld" -> "Gersfeld"); a country or organisation prefix + ordinary noun is no entity
("US-Sender", "SPD-Genossen": GermEval LOCpart/ORGpart); single tokens that are a
function word by POS, an ordinary German noun
(``nouns.jsonl``; with a tagger only when tagged NOUN or after a lowercase modifier), a
noun compound ("Gutsbesitzerfamilie") or a demonym adjective ("russische", "Warschauer")
are vetoed, unless the lexicon knows them as a name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from .. import labels
from .candidates import Cand, genitive_adjective, work_title
from .ordinary import adjective_noun, caps_heading, language, ordinary_position, ordinary_word
from .tables import EDGE_PUNCT, DocWords, EntityTables, doc_words

SENTENCE_ENDS = frozenset({".", "!", "?", ":", "–", "-", "(", '"', "„", "“"})
END_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "VERB"})
VETO_POS = frozenset({"ADP", "VERB", "AUX", "PRON", "DET", "SCONJ", "CCONJ", "PART"})
_ROMAN_DOT = re.compile(r"[IVX]{1,5}\.?")
#: Labels whose single-token model entities an ordinary noun vetoes with any tag (ORG
#: and noun compounds as LOC only when tagged NOUN: GermEval ORGs include groups).
VETO_LABELS = ("PER", "LOC")


def model_cands(
    tables: EntityTables,
    doc: Doc,
    noun_veto: bool = True,
    words: list[str] | None = None,
    ents: tuple[Span, ...] | None = None,
) -> list[Cand]:
    """The model's entities after the repairs (``words``: the token texts, ``ents``: the
    model's ``doc.ents``, both read once by the caller)."""
    out: list[Cand] = []
    w = doc_words(doc) if words is None else words
    works = w.works() if isinstance(w, DocWords) else frozenset()
    for ent in doc.ents if ents is None else ents:
        start, end = _trimmed(tables, doc, w, ent)
        if start is None:
            continue
        label, start, end = _relabelled(tables, doc, w, ent.label_, start, end)
        if works and label != "MISC" and not works.isdisjoint(range(start, end)):
            label, start, end, title = _work_split(tables, doc, w, works, label, start, end)
            if title is not None:  # "Tom McCarthys Enthüllungsdrama Spotlight" (model PER)
                out.append(Cand(*title, "MISC", {}, "model", None))
            if start >= end:
                continue
        pieces = [(start, end)]
        titled = titled_person(tables, doc, start, end, w) if label != "PER" else None
        if titled is not None:
            # "Erfurts Trainer Karsten Baumann", "Oberst Ollendorf" (model ORG): a title
            # inside a span followed by a name makes the name a person
            label, start = "PER", titled
            pieces = [(start, end)]
        if label == "PER":  # titles are not part of a name; one inside splits it
            pieces = _split_at_titles(tables, doc, w, start, end)
        if (
            end - start >= 3
            and "/" in w[start + 1 : end - 1]
            and (label == "PER" or _dateline_end(w, end))
        ):
            pieces = [p for s, e in pieces for p in _split_at_slashes(w, s, e)]
        for start, end in pieces:
            if label == "PER" and (start, end) != (ent.start, ent.end):
                # a split name: no lowercase word at its end ("Friedrich Wilhelm und")
                while end - start > 1 and doc[end - 1].is_lower:
                    end -= 1
            if _no_name(tables, doc, w, label, start, end, noun_veto):
                continue
            rule = "person.title_in_span" if titled is not None else None
            out.append(Cand(start, end, label, {}, "model", rule))
    return out


def _work_split(
    tables: EntityTables,
    doc: Doc,
    w: DocWords,
    works: frozenset[int],
    label: str,
    start: int,
    end: int,
) -> tuple[str, int, int, tuple[int, int] | None]:
    """A class noun of a work inside a model entity: "Teenagerinnen-Drama Life Is Strange"
    (model ORG) is the title "Life Is Strange" (MISC); in a person's span the name ends
    before it and the title after it is a work of its own ("Tom McCarthys Enthüllungsdrama
    Spotlight" (model PER) -> "Tom McCarthys" + "Spotlight"); a person's name that starts
    with such a word stays ("Roman Stiftner"), and so does a name with no article or
    adjective before it ("Western Digital"). Returns label, start and end of the entity
    and the extra title's tokens."""
    k = next((x for x in range(start, end) if x in works), None)
    if k is None or (k == start and label == "PER"):
        return label, start, end, None
    title = work_title(tables, doc, w, k)
    if title is None:
        if label == "PER" and k > start and w[k] not in tables.work_class:
            return label, start, k, None  # "Georg Rihas Pausenfilm zum Neujahrskonzert"
        return label, start, end, None
    if k == start:
        if k == 0 or not (w[k - 1] in tables.articles or doc[k - 1].pos_ in ("DET", "ADJ")):
            return label, start, end, None  # "Western Digital" (a name), not "dem Drama X"
        return "MISC", title[0], title[1], None
    if label == "PER":
        return label, start, k, title
    return label, start, end, None


def _relabelled(
    tables: EntityTables, doc: Doc, w: list[str], label: str, start: int, end: int
) -> tuple[str, int, int]:
    """Label and token range of a trimmed model entity after the label and span repairs."""
    n = len(w)
    if label != "PER" and nationality_name(tables, doc, w, start, end):
        label, start = "PER", start + 1  # "den Deutschen Michael Berrer" (model ORG)
    if label == "ORG":
        start, end = _org_span(tables, doc, w, start, end)
        end = alias_before_link(tables, w, start, end)  # "Neos für Griss" -> "Neos"
        if end < n and w[end] in tables.place_prefixes:
            end += 1  # "Regionalliga" + "Ost": a compass word continues the name
    if label != "PER" and start > 1:
        start = english_start(tables, w, start)  # "Institute of ... Technology" + "Austria"
    if (
        label in ("ORG", "LOC")
        and end - start == 1
        and "-" in w[start]
        and w[start].rpartition("-")[2] in tables.event_heads
    ):
        label = "MISC"  # "bei der Leichtathletik-WM" (model ORG): an event
    if label in ("ORG", "LOC") and end - start > 1 and w[start] in tables.event_starts:
        label = "MISC"  # "bei der Copa America" (model ORG): a tournament
    if label == "ORG" and end - start > 1 and place_head(tables, w[end - 1]):
        label = "LOC"  # "am Wiener Westbahnhof", "in der Neuen Burg" (model ORG)
    if end < n and w[end] in tables.company_words and w[end - 1][:1].isupper():
        end += 1  # "Glenn Research" + "Center" (model PER)
    if label != "ORG" and end - start > 1 and w[end - 1] in tables.company_words:
        label = "ORG"  # "Homeboy Industries" (model PER), "ETF Securities" (model MISC)
    if label != "PER" and start > 0 and w[start - 1] in tables.english_name_starts:
        start -= 1  # "Lake" + "Forest Academy", "New" + "Beverly Cinema" (model LOC/PER)
    if label in ("PER", "ORG") and end - start == 1 and tables.prefixed_place(w[start]):
        label = "LOC"  # "in Mitteleuropa" (model PER)
    if label == "PER" and end - start == 1 and _named_place(tables, w, start):
        label, start = "LOC", start - 1  # "hinter der Villa Kerry" (model PER "Kerry")
    if (
        (label == "PER" or (label == "ORG" and end - start == 1 and "-" not in w[start]))
        and start > 0
        and w[start - 1] in tables.place_class
    ):
        label = "LOC"  # "auf der Insel Kos", "in der Gemeinde Grundlsee" (model PER/ORG)
    if label == "PER" and end - start == 1 and brand_word(tables, doc, w, start):
        label = "ORG"  # "Dass OnePlus noch ein Smartphone bringt" (model PER)
    if label == "LOC" and end - start > 1 and _titled_pair(tables, w, start, end):
        label = "PER"  # "sein Vorsitzender Romani Rose" (model LOC)
    if label == "LOC" and end - start > 1 and org_head(tables, w[start]):
        label = "ORG"  # "Landwirtschaftskammer Steiermark" (model LOC)
    return label, start, end


def _org_span(
    tables: EntityTables, doc: Doc, w: list[str], start: int, end: int
) -> tuple[int, int]:
    """A model ORG cut before the rest of its name: "Magazin Business" + "Insider" (a media
    class noun first, a proper noun after: the class noun goes, the noun comes along; a
    compound class noun goes too, and a number after the name comes along: "Die
    Umweltschutzorganisation Global" + "2000"; not before an adjective: "Bundesverband
    Deutscher Versicherungskaufleute"),
    "Institut für Sozialgerontologie" + "und Lebenslaufforschung" (a field after "für"
    and a second field noun after "und")."""
    n = len(w)
    if end - start >= 2 and w[start] in tables.media_class:
        if end < n and doc[end].tag_ == "NE" and w[end][:1].isupper():
            end += 1
        return start + 1, end
    if (
        end - start >= 2
        and _class_compound(tables, w[start])
        and not genitive_adjective(tables, doc, start + 1)
    ):
        if end < n and w[end].isdigit() and len(w[end]) <= 4:
            end += 1  # "Umweltschutzorganisation Global" + "2000"
        return start + 1, end  # "Studentensender Radio Student" -> "Radio Student"
    if (
        end + 1 < n
        and w[end] in tables.field_words
        and doc[end].tag_ == "KON"  # "und", a field word that joins two fields
        and any(x in tables.institution_links for x in w[start : end - 1])
        and doc[end - 1].tag_ == "NN"
        and doc[end + 1].tag_ == "NN"
        and w[end + 1][:1].isupper()
        and w[end + 1] not in tables.lexicon_words
    ):
        return start, end + 2
    return start, end


def _class_compound(tables: EntityTables, word: str) -> bool:
    """'Umweltschutzorganisation', 'Studentensender': a compound class noun of an
    organisation (a head of ``org_class_heads``), not a listed word that also starts names
    ("Verband Deutscher Versicherungskaufleute", "Partei der Arbeit")."""
    return (
        "-" not in word
        and tables.class_kind(word) == "org"
        and word not in tables.org_class
        and word.lower() not in tables.org_class_heads
    )


def _no_name(
    tables: EntityTables,
    doc: Doc,
    w: list[str],
    label: str,
    start: int,
    end: int,
    noun_veto: bool,
) -> bool:
    """A repaired model entity that names nothing: a vetoed word, a technical term, a run-in
    subheading, roles only, an idiom or the first part of a word pair."""
    if end - start == 1:
        if noun_veto and ordinary_position(tables, doc, w, label, start):
            return True  # "nach zwei Siegen", "drei Zoll", "Erzähl mir doch nichts!"
        # "Aug in Aug": an idiom; "Schiffs- und Hollandfonds": a word part
        if w[start] in tables.lexicon_words and "-" not in w[start]:
            dropped = _known_word_vetoed(tables, w[start], label, noun_veto)  # no Token
        else:
            tok = doc[start]
            dropped = vetoed(tables, tok, label, noun_veto) or (
                noun_veto and ordinary_word(tables, tok, label, w)
            )
        return dropped or w[start].endswith("-") or _twin_word(w, start)
    return (
        technical(tables, doc, start, end, w)
        or heading_phrase(tables, doc, start, end, w)
        or caps_heading(tables, w, start, end)
        or (noun_veto and adjective_noun(tables, doc, w, label, start, end))
        or (
            label != "PER"  # "Admira General Manager Alexander Friedl": a role, no name
            and tables.is_title(w[start])
            and all(tables.is_title(x) for x in w[start + 1 : end])
        )
    )


def _known_word_vetoed(tables: EntityTables, t: str, label: str, noun_veto: bool) -> bool:
    """:func:`vetoed` or :func:`~pipeline.entities.ordinary.ordinary_word` of a lexicon word
    without a hyphen, from the word alone: only the word lists before the lexicon test of
    ``vetoed`` (adjectives, peoples, ``not_entities``) and a language name can drop it."""
    return (
        t in tables.adjectives
        or t in tables.peoples
        or t in tables.not_entities
        or (noun_veto and label in ("LOC", "ORG") and language(tables, t))
    )


def place_head(tables: EntityTables, word: str) -> bool:
    """'Westbahnhof', 'Burg': the last word of the name of a station, square or building
    (``place_heads``), and no place name of its own ("Red Bull Salzburg" is a club)."""
    return word.lower().endswith(tables.place_heads) and (
        word in tables.name_heads or word not in tables.gaz_words
    )


def camel_word(tables: EntityTables, word: str) -> bool:
    """'OnePlus', 'PayPal': a capital after a lower-case letter inside the word, and no
    surname prefix before it (``camel_name_prefixes``: not 'McCartney', 'DiCaprio')."""
    if not word[:1].isupper() or not any(b.isupper() and a.islower() for a, b in pairwise(word)):
        return False
    return not any(
        word.startswith(p) and word[len(p) : len(p) + 1].isupper()
        for p in tables.camel_name_prefixes
    )


def brand_word(tables: EntityTables, doc: Doc, w: list[str], start: int) -> bool:
    """A one-word model PER written like a brand (:func:`camel_word`) that is no known
    person, has no title or role before it, is no subject of a ``person_verbs`` verb and
    never follows a first name in the document: not a person."""
    word = w[start]
    if word in tables.lexicon_words or word in tables.person_words:
        return False
    if not camel_word(tables, word):
        return False
    if start > 0 and tables.is_title(w[start - 1]):
        return False
    tok = doc[start]
    if (
        tok.head.lemma_ in tables.person_verbs
        and labels.has_role(tok, "subject")
        and not labels.has_role(tok, "passive_subject")
    ):
        return False
    if start + 1 < len(doc) and doc[start + 1].lemma_ in tables.person_verbs:
        return False
    return not any(x == word and k and tables.given_name(w[k - 1]) for k, x in enumerate(w))


def _trimmed(tables: EntityTables, doc: Doc, w: list[str], ent: Span) -> tuple[int | None, int]:
    """The token range of a model entity without edge words that are no part of the name
    (``None``: a generic PER of ordinary words only)."""
    label = ent.label_  # read once (a string lookup per read)
    start = ent.start
    # "europäischen Fußballs": a lowercase adjective/article is not the start of a name
    while (
        label in ("PER", "LOC")
        and start < ent.end - 1
        and w[start].islower()  # Token.is_lower, without a Token
        and tables.trim(doc[start])
    ):
        start += 1
    end = ent.end
    while end - start > 1 and (
        (w[end - 1] in EDGE_PUNCT and not tables.abbreviation(w[end - 2]))  # "Benedikt XVI ."
        or w[end - 1].isspace()  # "Philip  " of "Philip  K. Dick"
    ):
        end -= 1  # "Du in unserer Mitte ."
    while end - start > 1 and (w[start] in EDGE_PUNCT or w[start].isspace()):
        start += 1
    # "L'OTAN": an elided article (a short word ending in an apostrophe) is not the name
    while end - start > 1 and len(w[start]) <= 3 and w[start][-1] in "'’":
        start += 1
    # "Landkreis Gersfeld", "Gemeinde Pflückuff": the class noun is not part of the place
    while (
        label == "LOC"
        and end - start > 1
        and w[start] in tables.place_class
        and w[start + 1][:1].isupper()
    ):
        start += 1
    # "Ortsteils Habenhausen", "Band Rainrock" (model LOC/PER): an ordinary noun before
    # a name is a class word, not part of it (ORG names keep it: "Bank Austria")
    while (
        label in ("LOC", "PER")
        and end - start > 1
        and w[start][:1].isupper()  # class_noun needs a capital: no Token otherwise
        and tables.class_noun(doc[start])
        and tables.namestart(doc[start + 1])
        and not (start > 0 and tables.is_title(w[start - 1]))  # "UN-Generalsekretär Ban"
    ):
        start += 1
    if label == "PER":
        end = particle_end(tables, doc, start, end)
        start = given_name_start(tables, doc, start, end, w)
        end = surname_end(tables, doc, start, end, w)
        start = titled_name_start(tables, doc, start, w)
    # "Die Suche nach": a name does not end in a lowercase preposition/article, nor in a
    # capitalised one that starts the next sentence ("Erneuerbare Energien Der Anteil")
    while (
        end - start > 1
        and (w[end - 1].islower() or w[end - 1] in tables.name_stop)
        and doc[end - 1].pos_ in END_POS
    ):
        end -= 1
    if label == "PER" and end - start > 1 and tables.generic(doc, start, end):
        return None, end
    return start, end


def _named_place(tables: EntityTables, w: list[str], start: int) -> bool:
    """'der Villa Kerry', 'im Schloss Mirabell': a name head (``name_heads``) after a
    lowercase word, right before one name word."""
    return (
        start > 1
        and w[start - 1] in tables.name_heads
        and w[start - 1] not in tables.place_class  # "auf der Insel Kos": the place is "Kos"
        and w[start - 2].islower()
    )


def nationality_name(tables: EntityTables, doc: Doc, w: list[str], start: int, end: int) -> bool:
    """'den Deutschen Michael Berrer', 'der US-Amerikaner Jack Sock' (model ORG/LOC): a
    demonym or ordinary noun, then a known first name and name-like words only."""
    return (
        end - start > 2
        and (w[start] in tables.demonyms or tables.class_noun(doc[start]))
        and tables.given_name(w[start + 1])
        and all(tables.namelike_word(x) for x in w[start + 2 : end])
    )


def alias_before_link(tables: EntityTables, w: list[str], start: int, end: int) -> int:
    """'Neos für Griss', 'Bundesliga für Wiener Neustadt' (one model ORG): a known name
    (no organisation head such as "Institut") before "für" ends the organisation."""
    k = start + 1
    if (
        k < end - 1
        and w[k] in tables.institution_links
        and w[start] in tables.lexicon_words
        and w[start] not in tables.org_head_nouns
        and not org_head(tables, w[start])
    ):
        return k
    return end


def _split_at_titles(
    tables: EntityTables, doc: Doc, w: list[str], start: int, end: int
) -> list[tuple[int, int]]:
    """The parts of a PER span between titles and kinship nouns ("Kaiser Friedrich Wilhelm
    und Prinzessin Victoria", "Brians Sohn Murchad"), and at a particle before a first
    name ("Knecht Matti von Bertolt Brecht": "von" is "by")."""
    pieces, cur = [], start
    for i in range(start, end + 1):
        if (
            i == end
            or tables.is_title(w[i])
            or (i > start and tables.inner_noun(doc[i]))
            or (i > start and _by_person(tables, w, i, end))
        ):
            if i > cur:
                pieces.append((cur, i))
            cur = i + 1
    return pieces


def _dateline_end(w: list[str], end: int) -> bool:
    """A dash right after the span: "Zürich/Wien – Das Schauspielhaus ..." (a dateline)."""
    return end < len(w) and w[end] in ("–", "-", "—")


def _split_at_slashes(w: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """'Reyna/Schmitz' (two players of a line-up), 'Zürich/Wien –' (a dateline): a slash
    between capitalised words separates two names of the same label (elsewhere a pair of
    places stays one span, as GermEval tags it: "die Strecke Münster/Osnabrück")."""
    pieces, cur = [], start
    for i in range(start + 1, end - 1):
        if w[i] == "/" and w[i - 1][:1].isupper() and w[i + 1][:1].isupper():
            pieces.append((cur, i))
            cur = i + 1
    pieces.append((cur, end))
    return pieces


def _twin_word(w: list[str], i: int) -> bool:
    """'Aug in Aug', 'Schulter an Schulter': the same word on both sides of a lowercase
    word."""
    after = i + 2 < len(w) and w[i + 1].islower() and w[i + 2] == w[i]
    before = i >= 2 and w[i - 1].islower() and w[i - 2] == w[i]
    return after or before


def _titled_pair(tables: EntityTables, w: list[str], start: int, end: int) -> bool:
    """'Vorsitzender Romani Rose' (model LOC): two or three capitalised words after a title,
    none of them a word of a known name or place, nor the start of a gazetteer place."""
    return (
        2 <= end - start <= 3
        and start > 0
        and tables.is_title(w[start - 1])
        and w[start - 1] not in tables.no_title_rule
        and all(
            x[:1].isupper()
            and x.isalpha()
            and (x not in tables.known_words or x in tables.person_words)
            and x not in tables.gaz_words
            for x in w[start:end]
        )
        and not tables.gazetteer.get(w[start])
    )


def _by_person(tables: EntityTables, w: list[str], i: int, end: int) -> bool:
    """'von' + first name + another name word inside a PER: the author, not a particle
    (``article_particles`` only: "Ahmed bin Mohammed al-Mansuri" is one name)."""
    return i + 2 < end and w[i] in tables.article_particles and tables.given_name(w[i + 1])


def english_start(tables: EntityTables, w: list[str], start: int) -> int:
    """'das Institute of Science and Technology' + 'Austria' (model ORG "Austria"):
    capitalised words joined to the entity by English links (``title_links`` that are no
    German article, preposition or particle) belong to its name; only if a link is
    crossed."""
    if start < 2 or w[start - 1][:1].islower() and w[start - 1] not in _english_links(tables):
        return start
    links = _english_links(tables)
    k, crossed = start, False
    while k > 0:
        if _name_word(tables, w[k - 1]):
            k -= 1
        elif w[k - 1] in links:
            j = k - 1  # "Court" + "of the" + "State of New York": links in a row
            while j > 0 and w[j - 1] in links:
                j -= 1
            if j == 0 or not _name_word(tables, w[j - 1]):
                break
            k, crossed = j - 1, True
        else:
            break
    return k if crossed else start


def _name_word(tables: EntityTables, word: str) -> bool:
    return word[:1].isupper() and word not in tables.name_stop and word not in EDGE_PUNCT


_LINKS: dict[int, frozenset[str]] = {}


def _english_links(tables: EntityTables) -> frozenset[str]:
    """``title_links`` less German articles, contractions, prepositions and particles
    ('of', 'and', 'the', 'for'), once per tables."""
    links = _LINKS.get(id(tables))
    if links is None:
        german = (
            tables.articles
            | tables.masculine_neuter_articles
            | tables.oblique_articles
            | tables.place_prepositions
            | tables.name_particles
            | tables.field_words
        )
        links = _LINKS[id(tables)] = frozenset(tables.title_links - german)
    return links


def technical(
    tables: EntityTables, doc: Doc, start: int, end: int, words: list[str] | None = None
) -> bool:
    """'USB C', 'LTE 4G': a ``not_entities`` word followed only by short parts (three
    characters or less: a letter, a version, a generation) names no entity (``words``: the
    token texts)."""
    w = doc_words(doc) if words is None else words
    return (
        end - start > 1
        and w[start] in tables.not_entities
        and all(len(t) <= 3 and t.isalnum() for t in w[start + 1 : end])
    )


def heading_phrase(
    tables: EntityTables, doc: Doc, start: int, end: int, words: list[str] | None = None
) -> bool:
    """'... steigt. Erneuerbare Energien Der Anteil ...': an adjective and an ordinary
    noun between a sentence end and a capitalised function word are a subheading run into
    the text, no name (unless the lexicon knows them: "Vereinte Nationen")."""
    if end - start < 2 or start == 0 or end >= len(doc):
        return False
    w = doc_words(doc) if words is None else words
    if w[end] not in tables.name_stop:
        return False
    if w[start - 1] not in SENTENCE_ENDS and not w[start - 1].isspace():
        return False
    if doc[start:end].text in tables.lexicon_words:
        return False
    *mods, head = doc[start:end]
    return head.text in tables.common_nouns and all(t.pos_ == "ADJ" for t in mods)


def org_head(tables: EntityTables, word: str) -> bool:
    """'Landwirtschaftskammer', 'Bundesamt': a capitalised word ending in an organisation
    head noun (``org_head_nouns`` of four letters or more)."""
    return word[:1].isupper() and word.lower().endswith(tables.org_head_endings)


def given_name_start(
    tables: EntityTables, doc: Doc, start: int, end: int, words: list[str] | None = None
) -> int:
    """'Santi' + 'Cazorla', 'Paul-Henri' + 'Mathieu': an unknown name-like noun (no
    ordinary noun, title or place) right before a one-word model PER, inside a sentence,
    is its given name (``words``: the token texts, to test words without a Token)."""
    if end - start != 1 or start < 2:
        return start
    if words is not None and (
        words[start - 2] in SENTENCE_ENDS or words[start - 1] in tables.gaz_words
    ):
        return start
    if doc[start - 1].ent_type_:
        return start
    prev, before = doc[start - 1], doc[start - 2]
    if (
        prev.pos_ in ("PROPN", "NOUN", "X")
        and tables.namelike(prev)
        and not tables.namelike(before)
        and before.text not in SENTENCE_ENDS
        and prev.text not in tables.gaz_words
        and before.pos_ not in ("DET", "ADJ")  # "der Mann Mike", "junge Frau Ana"
        and before.lower_ not in tables.articles
    ):
        return start - 1
    return start


def surname_end(tables: EntityTables, doc: Doc, start: int, end: int, w: list[str]) -> int:
    """'Michael' + 'Stampfer', 'Bankchef Gottwald' + 'Kranebitter': a one-word model PER
    that is a known first name or follows a title, and right after it, outside every model
    entity, a capitalised word tagged as a name (no place, title, known name or capitals)
    or a known surname, is the full name ("Julia Herr": a title, left alone)."""
    if end - start != 1 or end >= len(w):
        return end
    if not (tables.given_name(w[start]) or (start > 0 and tables.is_title(w[start - 1]))):
        return end
    nxt, word = doc[end], w[end]
    if nxt.ent_type_ or not word[:1].isupper() or word.isupper() or word in tables.titles:
        return end
    if word in tables.surnames:
        return end + 1
    known = word in tables.gaz_words or word in tables.lexicon_words or word in tables.name_stop
    name = nxt.pos_ == "PROPN" or nxt.tag_ == "NE"
    return end + 1 if name and not known and not tables.is_title(word) else end


def titled_name_start(
    tables: EntityTables, doc: Doc, start: int, words: list[str] | None = None
) -> int:
    """'UN-Generalsekretär Ban' + 'Ki Moon': a name-like word between a title and a model
    PER (no entity of its own) is the first part of the name (``words``: the token texts,
    to test the title without a Token)."""
    if start < 2 or (words is not None and not tables.is_title(words[start - 2])):
        return start
    if doc[start - 1].ent_type_:
        return start
    prev = doc[start - 1]
    if (
        tables.is_title(doc[start - 2].text)
        and tables.namelike(prev)
        and prev.text not in tables.gaz_words
        and prev.pos_ in ("PROPN", "NOUN", "X")
    ):
        return start - 1
    return start


def particle_end(tables: EntityTables, doc: Doc, start: int, end: int) -> int:
    """'Humberto de la' + 'Calle': a model PER that ends in name particles takes the
    name-like word after them (no more than one)."""
    particles = tables.name_particles | tables.particle_articles
    k = end
    while k > start + 1 and doc[k - 1].text in particles:
        k -= 1
    if k < end and end < len(doc) and tables.namelike(doc[end]):
        return end + 1
    return end


def titled_person(
    tables: EntityTables, doc: Doc, start: int, end: int, words: list[str] | None = None
) -> int | None:
    """Start of the name after a title inside a (non-PER) model span, or None: the
    title is not the last word and every word after it is name-like or a particle."""
    w = doc_words(doc) if words is None else words
    for k in range(start, end - 1):
        if tables.is_title(w[k]) and w[k] not in tables.no_title_rule:
            rest = doc[k + 1 : end]
            if rest[0].text[:1].isupper() and all(
                tables.namelike(t)
                or t.text in tables.name_particles
                or _ROMAN_DOT.fullmatch(t.text)
                for t in rest
            ):
                return k + 1
            return None
    return None


def acronym(word: str) -> bool:
    """'SPD', 'ÖVP': two to six capital letters."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def vetoed(tables: EntityTables, tok: Token, label: str, noun_veto: bool = True) -> bool:
    """A single-token model entity that is a function word or an ordinary noun.

    For LOC/ORG with a tagger, the noun veto needs ``NOUN`` or a lowercase modifier
    before the word. For PER the noun list decides alone: it holds no word that
    Wiktionary knows as a surname or first name ("Versuchter Staatsstreich" is no PER).
    Noun compounds ("Eigentumswohnungen") are vetoed as PER, as LOC unless they end like a
    place ("Gazastreifen", ``place_endings``), and nouns and compounds as ORG, when tagged
    ``NOUN`` (or with no tagger).
    """
    t = tok.text  # read once: every Token.text makes a new str
    if t in tables.adjectives:  # "Warschauer Regierung", "russische": LOCderiv
        return True
    if t in tables.peoples or t in tables.not_entities:  # "Hutus", "das BIP"
        return True
    if heading_noun(tables, tok):  # "GESCHLECHTERROLLEN: Bei der Schulwahl ..."
        return True
    if label == "LOC" and city_demonym(tables, t):  # "Die Wiener wählen"
        return True
    if (
        label == "PER"
        and city_demonym(tables, t)
        and _after_modifier(tok)
        and t not in tables.surnames
    ):
        return True  # "gebürtiger Altausseer", "der Grazer" (model PER)
    if hyphen_part(tables, tok, label):
        return True
    if label not in ("PER", "LOC", "ORG"):
        return False
    if t in tables.lexicon_words or t in tables.person_words:
        return False
    if (
        label == "LOC"
        and t.endswith(tables.noun_suffixes)
        and t not in tables.gaz_words
        and "-" not in t  # "Wien-Umgebung" is a district
    ):
        return True  # "Messerstechereien", "Bewegung" (model LOC): a noun ending names no place
    if tok.pos_ in VETO_POS:
        return True
    if tables.is_title(t):  # "Exbankchef", "Polizeisprecher" alone name no one
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    after_modifier = prev is not None and prev.is_lower and prev.pos_ in ("ADJ", "DET")
    tagged = tok.doc.has_annotation("POS")
    if (
        tagged
        and tok.pos_ != "NOUN"
        and not after_modifier
        and label != "PER"
        and not tok.is_sent_start  # "Abstiegszone bleibt ...": capitalised anyway
    ):
        return False  # "den versuchten Staatsstreich": a noun, whatever the tagger says
    if not noun_veto:
        return False
    if label in VETO_LABELS and t in tables.common_nouns:
        return True
    if label == "PER":  # "Regierungsriege", "Zuwanderungsstopp" -- not "Wassermann"
        return (
            tables.noun_compound(t)
            or linked_compound(tables, t)
            or (
                tables.two_nouns(t, 5)  # not "Rainrock"
                and not t.lower().endswith(tables.surname_tails)
            )
        )
    if tagged and tok.pos_ != "NOUN" and not tok.is_sent_start:
        return False
    if label == "LOC":  # "Eigentumswohnungen" -- not "Gazastreifen", "Flößaustraße"
        ending = t.lower().endswith(tables.street_suffixes + tables.place_endings)
        return not ending and tables.noun_compound(t)
    # "Beistellung", "Rettungsaktion", "Abstiegszone" (model ORG, tagged NOUN): known
    # organisations are lexicon words and were kept above
    return t in tables.common_nouns or tables.noun_compound(t) or tables.two_nouns(t)


def _role_before_name(tables: EntityTables, tok: Token, tail: str) -> bool:
    """The last part of a hyphen word is a title or ordinary noun and a first name follows
    ("Warriors-Spielmacher Stephen Curry", "Chelsea-Eigentümer Roman Abramowitsch")."""
    nxt = tok.i + 1
    return (
        nxt < len(tok.doc)
        and tables.given_name(tok.doc[nxt].text)
        and (tables.is_title(tail) or tail in tables.common_nouns or tables.noun_compound(tail))
    )


def linked_compound(tables: EntityTables, word: str) -> bool:
    """'Bekanntheitsgrad', 'Regierungsriege': a noun ending (``noun_suffixes``) with a
    linking -s inside the word makes it a compound noun, no name."""
    low = word.lower()
    return any(low.find(f"{x}s", 3, len(low) - 2) >= 0 for x in tables.noun_suffixes)


def hyphen_part(tables: EntityTables, tok: Token, label: str) -> bool:
    """A hyphen word that is part of a name or an adjective, not the name itself
    ("US-Bundespolizei", "EU-weiten", "SPD-Genossen")."""
    if label == "LOC" and "-" in tok.text:  # "US-Bundespolizei", "US-Sender": LOCpart
        prefix, _, tail = tok.text.partition("-")
        if (prefix in tables.country_prefix or prefix in tables.prefix_aliases) and (
            tail in tables.common_nouns or tables.noun_compound(tail)
        ):
            return True
    if (
        label in ("ORG", "LOC")
        and tok.text.rpartition("-")[2][:1].islower()
        and "-" in tok.text[1:]
    ):
        return True  # "EU-weiten", "US-amerikanische": an adjective, no name
    if label != "PER" and "-" in tok.text and tok.text not in tables.lexicon_words:
        # "SPD-Genossen", "ZDF-Produktion", "CIA-Videos": ORGpart, not the organisation;
        # "UNHCR-Regionalprogramm" (model LOC) neither a place
        prefix, _, tail = tok.text.partition("-")
        if _role_before_name(tables, tok, tail):
            return True  # "Warriors-Spielmacher Stephen Curry": a role, ORGpart
        if (
            (prefix in tables.org_first or acronym(prefix))
            and tail not in tables.org_heads
            and (
                tail in tables.common_nouns
                or tail in tables.kinship  # "AUA-Mutter": the parent company, not the AUA
                or tables.noun_compound(tail)
                or tables.is_title(tail)
            )
        ):
            return True
    return label in ("ORG", "LOC") and _noun_compound_word(tables, tok.text)


def _noun_compound_word(tables: EntityTables, t: str) -> bool:
    """'Cold-Hands-Betrieben', 'Grindcore-Rabaukentum', 'STANDARD-Anfrage', 'Dixi-Klos': a
    hyphen word whose last part is an ordinary noun (not an organisation, street or place
    head) and whose other parts name no place ("Wien-Umgebung" is a district) is a common
    noun, no name."""
    if "-" not in t or t in tables.lexicon_words:
        return False
    head, _, tail = t.rpartition("-")
    if not tail[:1].isupper() or tail in tables.org_heads:
        return False
    if not (
        tail in tables.common_nouns
        or tables.noun_compound(tail)
        or tail.endswith(tables.noun_suffixes)  # "Rabaukentum"
    ):
        return False
    low = tail.lower()
    if low.endswith(tables.street_suffixes + tables.place_endings + tables.place_heads):
        return False
    return not any(part in tables.gaz_words for part in head.split("-"))


def heading_noun(tables: EntityTables, tok: Token) -> bool:
    """'VORSCHULSTUFE:', 'GESCHLECHTERROLLEN:': a word in capitals (six letters or more)
    that heads a paragraph (a colon after it) or is an ordinary noun names nothing, unless
    it is a known name ('STANDARD:' of an interview) or a person's name ('MÜLLER:')."""
    text = tok.text
    if len(text) < 3 or not text.isupper() or not text.isalpha() or text in tables.lexicon_words:
        return False
    word = text[0] + text[1:].lower()
    if word in tables.lexicon_words or word in tables.surnames or word in tables.first_names:
        return False
    colon = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"
    if len(text) < 6:  # "DIE FRAU:" in a play's text; "NATO", "ORF" stay
        return colon and word in tables.common_nouns
    return colon or word in tables.common_nouns or tables.noun_compound(word)


def city_demonym(tables: EntityTables, text: str) -> bool:
    """'Wiener', 'Grazer', 'Zürcher', 'Altausseer' (a place + "-er"/"-r"): the people or an adjective of a
    place, not the place (GermEval LOCderiv)."""
    if not text.endswith("er") or len(text) <= 4:
        return False
    if text in tables.gaz_words or text in tables.lexicon_words:
        return False
    # "Altausseer" of "Altaussee": a place in -e takes only -r
    return text[:-2] in tables.gaz_words or (text[-3] == "e" and text[:-1] in tables.gaz_words)


def _after_modifier(tok: Token) -> bool:
    """A lowercase article, determiner or adjective right before the word."""
    return tok.i > 0 and tok.doc[tok.i - 1].is_lower and tok.doc[tok.i - 1].pos_ in ("ADJ", "DET")
