"""Evidence for persons, companies and works (issue 11): "Banished", "Brentford", "Samos",
"Schlaf" are no persons; "Andritz (minus 1,74 Prozent auf 49,65 Euro)" is a company.

:func:`lone_persons`: a PER of one token (the model's, or one the name lists or propagation
gave) stays a person when the text shows one (:func:`_evidence`): the word (or its
genitive) in a longer PER or in a PER with its own evidence ("Messi" after "Lionel Messi",
"Ostermayer" after "Kanzleramtsminister Ostermayer"), a registry person's name; a title,
kinship or person noun or a form of address right before ("Trainer Hütter", "Sein
Landsmann Willian"); a first name or proper noun beside it (a name the model split:
"Conchita Wurst"); the subject of a verb of ``person_verbs`` or the word right after one
("sagte Kurz"), also through a relative pronoun ("Schickhofer, der ... studiert hat"); a
number or a person in brackets after it, a number before it ("Huber (45)", "Mariedl (Stefanie
Dvorak)", "(84. Sollbauer)"); a quote's speaker after ", so" (``attribution_words``: ", so
Grundig:"); a name noun or a first name that is also a noun right before (``name_nouns``,
``noun_first_names``: "Tarnnamen Bolek", "Oscar Wilde"); "und"/"oder" with a person or a
person noun after a possessive ("Araminta und zwei ihrer Brüder"); the next sentence opening
with an anaphor article and a noun of a people or an age ("Auch Neymar wird fehlen. Der
Brasilianer ...", "Der 33-Jährige"); a person known by one name (``single_names``:
"Christus", "Jesu"). Without such evidence the context
may name the class of the thing (:func:`_relabelled`): a team role before it (ORG team,
"Zweitligisten Brentford"); a company class noun (ORG company: "Unternehmen Tactus"); a
place class noun before it or before the list it stands in, or a place preposition with a
demonym adjective (LOC: "Insel Samos", "Inseln wie Kos, Rhodos, Samos", "im argentinischen
Mendoza"); a class noun of works or media before it or its list (MISC: "die US-Serien
Breaking Bad oder Die Sopranos"). Weaker evidence then keeps it: a person's genitive ("ein
Selbstbildnis Rembrandts"), a list with a person in it or a list of a sports article
(line-ups, scorers), a word of the name lists. Any other one-token PER is dropped -- only in a
text of :data:`CONTEXT_TOKENS` tokens or more: a single sentence (GermEval) cannot show the
evidence. All mentions with the same text (or genitive) are judged together. Without a
tagger (rules only) nothing is dropped or relabelled.

Measured on 10kGNAD test rows 0-499 against main 57a6d11 (read row by row in the articles,
2026-12-05), with :mod:`~pipeline.entities.products`: 108 rows changed, 105 right (wrong:
"Schicki" and "Wolferl", nicknames without evidence in reach, dropped; "Apple Music", a
service, made a company); GermEval held-out F .679 -> .680, PER .759 -> .760.

:func:`share_prices`: a place or person with a share price in brackets after it is a
company (``org.share_price``). :func:`work_persons`: a PER of two or more words right after
a class noun of works or media is the title ("TV-Show Neo Magazin Royale": MISC).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import labels
from .candidates import Cand, covered
from .kinds import kinds
from .places import listed_places
from .products import founder_companies, products, split_first_names
from .tables import DocWords, EntityTables
from .teams import _as_team, sports_article

#: rules whose PER has no evidence of its own (a title, a first name, a line-up rule has)
_PLAIN_RULES = frozenset({None, "person.propagated", "person.surname", "person.first_name_alone"})
#: rules of the name lists: a word they found is a weak evidence (after the class cues)
_LIST_RULES = frozenset({"person.surname", "person.first_name_alone"})
_BRACKETS = frozenset({"(", "["})
_LIST_MARKS = frozenset({",", "–", "-", "—", "/", ":", ";"})
#: what may follow the speaker after ", so": "so Grundig:", "so Grundig." (or the text's end)
_SAID_END = frozenset({":", ".", ",", ";", ""})
#: endings of the demonym adjective after the stem of a people's noun ("brasilian-isch")
_DEMONYM_ADJ = ("isch", "erisch")
#: how far back a list may reach to the class noun before it
_LIST_REACH = 12
#: a text this long names a person in full somewhere or shows a role: shorter texts (a
#: single sentence) keep a lone name without evidence (only class cues relabel it)
CONTEXT_TOKENS = 120
#: how many items of a list (either way) may show that it lists persons
_LIST_ITEMS = 4
#: company class nouns this long are heads of compounds ("Recyclingunternehmen")
_LONG_HEAD = 8


def evidence(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> list[Cand]:
    """The step of ``newsx_entities``: :func:`share_prices`, :func:`work_persons`, the
    products and names of :mod:`~pipeline.entities.products`, the classes of
    :mod:`~pipeline.entities.kinds` (a split first name only in a
    text of :data:`CONTEXT_TOKENS` tokens or more), then :func:`lone_persons` and
    :func:`~pipeline.entities.places.listed_places`."""
    share_prices(doc, final, words)
    work_persons(tables, doc, final, words)
    products(tables, doc, final, words)
    founder_companies(tables, doc, final, words)
    final = kinds(tables, doc, final, words)
    if len(doc) >= CONTEXT_TOKENS:  # an article: single sentences keep their spans
        final = split_first_names(tables, doc, final, words, lambda k: _titled(tables, doc, k))
    final = lone_persons(tables, doc, final, words)
    listed_places(tables, doc, final, words, lambda w: _company_noun(tables, w))
    return final


#: A share price in brackets: "(minus 1,74 Prozent auf 49,65 Euro)".
_PRICE = re.compile(r"[+-]?\d+,\d+")
_PRICE_REACH = 10


def share_prices(doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Papiere der Andritz (minus 1,74 Prozent auf 49,65 Euro)': a place (or a person)
    with a share price in brackets after it -- two decimal numbers and a currency before
    the bracket closes -- is a company."""
    n = len(words)
    currencies = {c.start for c in final if c.attrs.get("entity_type") == "currency"}
    if not currencies:
        return
    for c in final:
        if c.label not in ("LOC", "PER") or c.end >= n or words[c.end] != "(":
            continue
        end = next((k for k in range(c.end, min(n, c.end + _PRICE_REACH)) if words[k] == ")"), None)
        if end is None:
            continue
        prices = sum(1 for k in range(c.end, end) if _PRICE.fullmatch(words[k]))
        if prices >= 2 and any(c.end < k < end for k in currencies):
            c.relabel(doc, "ORG", "org.share_price", "company")


def work_persons(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'in seiner TV-Show Neo Magazin Royale': a PER of two or more words right after a
    class noun of works or media is the work's title (MISC), unless it starts with a first
    name and has no ordinary noun."""
    for c in final:
        if c.label != "PER" or c.length < 2 or c.start == 0 or c.attrs.get("canonical_id"):
            continue
        if not _work_noun(tables, words[c.start - 1]):
            continue
        if tables.given_name(words[c.start]) and not any(
            w in tables.common_nouns and w not in tables.surnames for w in words[c.start : c.end]
        ):
            continue  # "der Film Michael Hanekes"; not "die TV-Show Neo Magazin Royale"
        c.relabel(doc, "MISC", "misc.class_cue", "other")


def lone_persons(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> list[Cand]:
    """Keep, relabel or drop every one-token PER without evidence (see the module)."""
    lone: dict[str, list[Cand]] = {}
    longer: set[str] = set()
    for c in final:
        if c.label != "PER":
            continue
        if c.length == 1 and c.rule in _PLAIN_RULES:
            lone.setdefault(_stem(words[c.start]), []).append(c)
        else:  # a longer name, or one with its own evidence ("Kanzleramtsminister Ostermayer")
            longer.update(_stem(w) for w in words[c.start : c.end])
    if not lone:
        return final
    if not doc.has_annotation("POS"):
        return final  # without a tagger the evidence cannot be read: keep (rules-only)
    dropped: set[int] = set()
    persons = covered(c for c in final if c.label == "PER")
    long_text = len(doc) >= CONTEXT_TOKENS
    for stem, group in lone.items():
        if stem in longer or stem in tables.person_words:
            continue
        if any(words[c.start] in tables.single_names for c in group):
            continue  # "vor Christus", "Jesu Liebe"
        if any(_evidence(tables, doc, words, c, persons) for c in group):
            continue
        cue = next((c for c in group if _relabelled(tables, doc, words, c)), None)
        if cue is None and any(
            _genitive(doc, c.start) or _in_list(tables, words, c, persons) for c in group
        ):
            continue
        for c in group:
            if cue is not None:  # "Zweitligisten Brentford" ... "Transfer zu Brentford"
                c.label, c.rule, c.attrs = cue.label, cue.rule, dict(cue.attrs)
            elif long_text and not _listed(tables, doc, c, words[c.start]):
                dropped.add(id(c))
    return [c for c in final if id(c) not in dropped] if dropped else final


def _stem(word: str) -> str:
    """The word without a genitive -s ("Messis" -> "Messi"; not "Strauss")."""
    return word[:-1] if word.endswith("s") and len(word) > 4 and not word.endswith("ss") else word


def _listed(tables: EntityTables, doc: Doc, c: Cand, word: str) -> bool:
    """A word of the name lists, found by a name-list rule, or the genitive of a listed
    name before a noun ("Heinz' Frau", "Samos hat": not "Samo")."""
    if c.rule in _LIST_RULES or tables.given_name(word) or word in tables.person_words:
        return True
    if word in tables.surnames or word in tables.titles:
        return True
    stem = _stem(word)
    if stem == word or not (tables.given_name(stem) or stem in tables.surnames):
        return False
    # "Heinz' Frau", "die Lehmanns" (a family): not "Samos hat" ("Samo")
    before = doc[c.start - 1].text if c.start else ""
    return words_after(doc, c.end)[:1].isupper() or before in tables.articles


def words_after(doc: Doc, k: int) -> str:
    """The text of token ``k`` ("" after the end)."""
    return doc[k].text if k < len(doc) else ""


def _evidence(tables: EntityTables, doc: Doc, words: DocWords, c: Cand, persons: set[int]) -> bool:
    """Evidence of a person around the one-token PER ``c`` (see the module)."""
    i, n = c.start, len(words)
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < n else ""
    if _person_noun(tables, doc, i - 1) or (before.isalpha() and before in tables.address_words):
        return True
    if _name_beside(tables, doc, i - 1) or _name_beside(tables, doc, i + 1, after=True):
        return True  # a name the model split: "Oscar Wilde", "Conchita Wurst"
    if after in _BRACKETS and i + 2 < n and words[i + 2][:1].isdigit():
        return True  # "Huber (45)", "Rosseli (44.)"
    if after in _BRACKETS and i + 2 in persons:
        return True  # a role and its actor: "Mariedl (Stefanie Dvorak)"
    if i > 1 and words[i - 2] in _BRACKETS and before[:1].isdigit():
        return True  # "(84. Sollbauer)"
    if before in tables.name_nouns or before in tables.noun_first_names:
        return True  # "dem Tarnnamen Bolek", "Oscar Wilde"
    if before in tables.attribution_words and i > 1 and words[i - 2] == "," and after in _SAID_END:
        return True  # a quote's speaker: ", so Grundig:"
    if _person_verb(tables, doc, i) or _relative_person(tables, doc, i):
        return True
    return _coordinated(tables, doc, i, persons) or _anaphor(tables, doc, i)


def _in_list(tables: EntityTables, words: DocWords, c: Cand, persons: set[int]) -> bool:
    """In a list of persons (a person among the next items across commas and dashes: a
    line-up, scorers), or in any list of a sports article."""
    i = c.start
    if not (0 < i and words[i - 1] in _LIST_MARKS) and not (
        i + 1 < len(words) and words[i + 1] in _LIST_MARKS
    ):
        return False
    items = _list_items(words, i, -1) + _list_items(words, i, 1)
    if any(k in persons for k in items):
        return True
    return sports_article(tables, words)


def _list_items(words: DocWords, i: int, step: int) -> list[int]:
    """Positions of the one-word items of the list around ``i`` in direction ``step``."""
    out: list[int] = []
    k = i + step
    while 0 <= k + step < len(words) and words[k] in _LIST_MARKS and len(out) < _LIST_ITEMS:
        k += step
        if not words[k][:1].isupper():
            break
        out.append(k)
        k += step
    return out


def _person_noun(tables: EntityTables, doc: Doc, k: int) -> bool:
    """A title, kinship or person noun at ``k`` ("Trainer", "Königs", "Landsmann",
    "Wächter"; a noun in a ``person_noun_endings`` ending of two letters or more)."""
    if k < 0:
        return False
    word = doc[k].text
    if tables.is_title(word) or _declined_in(word, tables.titles) or word in tables.kinship:
        return True
    if doc[k].pos_ not in ("NOUN", "PROPN") or not word[:1].isupper() or word in tables.demonyms:
        return False
    low = word.lower()
    if any(low.endswith(w.lower()) for w in tables.kinship):
        return True  # "Landsmann", "Stiefbruder"
    if doc[k].pos_ != "NOUN" or (word.endswith("er") and word[:-2] in tables.gaz_words):
        return False  # "Tiroler Speck", "Wiener Schnitzel"
    return any(low.endswith(e) for e in tables.person_noun_endings if len(e) > 1)


def _titled(tables: EntityTables, doc: Doc, k: int) -> bool:
    """A title or person noun at ``k``, also one the tagger took for a proper noun
    ("Europaratsgeneralsekretär": an ending of three letters or more)."""
    if _person_noun(tables, doc, k):
        return True
    low = doc[k].text.lower()
    return doc[k].text[:1].isupper() and any(
        low.endswith(e) for e in tables.person_noun_endings if len(e) > 2
    )


def _name_beside(tables: EntityTables, doc: Doc, k: int, after: bool = False) -> bool:
    """A known first name or a proper noun (no place, no demonym) at ``k``; before the PER
    no ordinary noun ("vom Typ Mi-17"), after it also one ("Conchita Wurst")."""
    if not 0 <= k < len(doc):
        return False
    tok = doc[k]
    word = tok.text
    if not word[:1].isupper() or word in tables.gaz_words or word in tables.name_stop:
        return False
    if word in tables.demonyms:
        return False
    return tables.given_name(word) or (
        tok.pos_ == "PROPN"
        and "-" not in word
        and not tables.noun_compound(word)
        and (after or word not in tables.common_nouns or word in tables.surnames)
    )


def _genitive(doc: Doc, i: int) -> bool:
    """A person's genitive: after an ordinary noun ("ein Selbstbildnis Rembrandts", "das
    Schicksal Badawis") or before a capitalised noun ("Ricos Mutter")."""
    word = doc[i].text
    if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return False
    if i > 1 and doc[i - 1].pos_ == "NOUN" and doc[i - 2].pos_ == "DET":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        doc[i].pos_ == "PROPN"  # not "Bestimmendes Thema"
        and nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.text[:1].isupper()
    )


def _person_verb(tables: EntityTables, doc: Doc, i: int) -> bool:
    """The subject of a verb of ``person_verbs``, or the word right after one ("sagte
    Kurz"; not "Ende von Glotaic warnte der BND")."""
    verbs = tables.person_verbs
    tok = doc[i]
    if tok.head.lemma_ in verbs and labels.has_role(tok, "subject"):
        return True
    return i > 0 and doc[i - 1].lemma_ in verbs and doc[i - 1].pos_ == "VERB"


def _relative_person(tables: EntityTables, doc: Doc, i: int) -> bool:
    """'Schickhofer, der neben BWL auch Jus studiert hat': a relative pronoun right after the
    comma after the name is the subject of a verb of ``person_verbs``."""
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return False
    rel = doc[i + 2]
    return (
        rel.tag_ == "PRELS"
        and labels.has_role(rel, "subject")
        and rel.head.lemma_ in tables.person_verbs
    )


def _coordinated(tables: EntityTables, doc: Doc, i: int, persons: set[int]) -> bool:
    """Joined by "und"/"oder" to a person: a PER ("Erna und das Mariedl", "Mariedl und
    Erna") or a person noun after a possessive ("Araminta und zwei ihrer Brüder")."""
    n = len(doc)
    if i + 2 < n and doc[i + 1].text in tables.name_joiners and doc[i + 1].is_alpha:
        k = i + 2
        while k < min(n, i + 5) and doc[k].pos_ in ("DET", "NUM") and k not in persons:
            k += 1
        if k < n and (
            k in persons or (doc[k - 1].tag_ == "PPOSAT" and _person_noun(tables, doc, k))
        ):
            return True
    k = i - 1
    if k > 0 and doc[k].pos_ == "DET":
        k -= 1  # "und das Mariedl"
    return k > 0 and doc[k].text in tables.name_joiners and doc[k].is_alpha and k - 1 in persons


def _anaphor(tables: EntityTables, doc: Doc, i: int) -> bool:
    """'Auch Neymar wird fehlen. Der Brasilianer zog sich ...': the subject of a sentence,
    and the next sentence opens with an anaphor article and a noun of a people (its stem
    makes a demonym adjective: "Brasilian-er", "brasilian-isch") or of an age ("Der
    33-Jährige"); not "Der Entwickler" (also a company)."""
    if not labels.has_role(doc[i], "subject"):
        return False
    end = doc[i].sent.end
    if end + 1 >= len(doc) or doc[end].text not in tables.anaphor_articles:
        return False
    low = doc[end + 1].text.lower()
    if low.endswith(tables.age_noun_endings):
        return True
    if doc[end + 1].pos_ != "NOUN":
        return False
    stems = (low[: -len(e)] for e in tables.people_noun_endings if low.endswith(e))
    return any(stem + a in tables.adjectives for stem in stems for a in _DEMONYM_ADJ)


def _relabelled(tables: EntityTables, doc: Doc, words: DocWords, c: Cand) -> bool:
    """Relabel ``c`` by a class cue before it (ORG team or company, LOC, MISC work)."""
    i = c.start
    if i == 0:
        return False
    before = words[i - 1]
    if _declined_in(before, tables.team_roles):
        _as_team(doc, c)
        return True
    if _company_noun(tables, before):
        c.relabel(doc, "ORG", "org.class_cue", "company")
        return True
    head = _list_head(doc, words, i)
    if _place_cue(tables, words, i) or _declined_in(words[head], tables.place_class):
        c.relabel(doc, "LOC", "place.class_cue", "city")
        return True
    if head >= 0 and _work_noun(tables, words[head]):
        c.relabel(doc, "MISC", "misc.class_cue", "other")
        return True
    return False


def _list_head(doc: Doc, words: DocWords, i: int) -> int:
    """Position of the word before the list (or the name) that ends at ``i``: back over
    capitalised words, commas, conjunctions and "wie" (a comparison particle)."""
    k = i - 1
    while k >= 0 and i - k <= _LIST_REACH:
        w, tok = words[k], doc[k]
        joint = w == "," or tok.pos_ == "CCONJ" or tok.tag_ == "KOKOM"
        if not joint and not (w[:1].isupper() and tok.pos_ in ("PROPN", "DET", "X")):
            break
        k -= 1
    return k


def _declined_in(word: str, nouns: frozenset[str]) -> bool:
    """'Zweitligisten', 'Inseln', 'Gegners': a noun of ``nouns``, also declined."""
    return word in nouns or any(
        word.endswith(e) and word[: -len(e)] in nouns for e in ("en", "n", "s", "es")
    )


def _company_noun(tables: EntityTables, word: str) -> bool:
    """'Unternehmen', 'Recyclingunternehmens': a company class noun (also declined) or a
    compound of a long company class noun ("Rockgruppe" is none)."""
    if not word[:1].isupper():
        return False
    if _declined_in(word, tables.company_class):
        return True
    low = word.lower()
    return any(
        stem.endswith(w.lower())
        for stem in (low, low[:-1], low[:-2])
        for w in tables.company_class
        if len(w) >= _LONG_HEAD
    )


def _work_noun(tables: EntityTables, word: str) -> bool:
    """A class noun of works or media, also the head of a hyphen compound ("US-Serien")."""
    kind = tables.class_kind(word)
    if kind is None and "-" in word:
        kind = tables.class_kind(word.rsplit("-", 1)[1])
    return kind in ("work", "media")


def _place_cue(tables: EntityTables, words: DocWords, i: int) -> bool:
    """'im argentinischen Mendoza': a place preposition (or a contraction) and a demonym
    adjective right before."""
    if i < 2 or words[i - 1] not in tables.adjectives:
        return False
    prep = words[i - 2]
    return prep in tables.place_prepositions or prep in tables.adjective_contractions
