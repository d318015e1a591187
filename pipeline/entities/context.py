"""Aliases that several registry records share, resolved by the article's country.

"Grünen", "Bundesrat", "Nationalrat", "Union" name different organisations in German,
Austrian and Swiss news. Each record may list the countries whose news it wins in
(``"context": ["AT"]`` in ``organisations.jsonl``); the record without ``context`` is the
default. The country of a text is the one most often named by its unambiguous places,
organisations and demonyms ("Wien", "ÖVP", "österreichische"; each counted once), among the countries
the competing records belong to; a demonym right before the alias decides on its own
("Schweizer Bundesrat", "die deutschen Grünen"), and so does a place right after it, bare,
after an article or after a place preposition ("der Oberste Gerichtshof in den USA", "der
Bundesrat in Bern", "die Grünen Österreichs").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .candidates import Cand
from .tables import DocWords, EntityTables, doc_words


def _key(c: Cand) -> str | None:
    return c.rule if c.rule and ":" in c.rule and not c.rule.startswith("place:geo") else None


def country_votes(
    tables: EntityTables,
    doc: Doc,
    cands: list[Cand],
    skip: set[str],
    words: list[str] | None = None,
) -> Counter:
    """How many different places, organisations and demonyms of ``doc`` name each country
    (one vote each, however often it is mentioned)."""
    named: dict[str, str] = {}  # one vote per place, organisation or demonym, not per mention
    for c in cands:
        cc = c.attrs.get("country_code")
        if cc and not c.ambiguous and c.rule not in skip:
            named[c.attrs.get("canonical_name") or doc[c.start : c.end].text] = cc
    demonyms = tables.demonyms
    if isinstance(words, DocWords):  # only the words that may be demonyms (word tests)
        texts = [words[i] for i in words.at("demonym")]
    else:
        texts = doc_words(doc) if words is None else words
    for t in texts:
        rec = demonyms.get(t)
        if rec and rec.get("country_code"):
            named[t.lower()] = rec["country_code"]
    return Counter(named.values())


def resolve(
    tables: EntityTables, doc: Doc, cands: list[Cand], words: list[str] | None = None
) -> list[Cand]:
    """Keep one record per span where records with ``context`` compete for an alias, and
    one gazetteer town where several countries have one of that name
    (:func:`gazetteer_towns`)."""
    cands = gazetteer_towns(tables, doc, cands, words)
    home_towns(tables, doc, cands, words)
    contexts = tables.contexts
    spans = {(c.start, c.end) for c in cands if c.rule in contexts}
    if not spans:  # most texts: no alias of a record with a context
        return cands
    groups: dict[tuple[int, int], list[Cand]] = {}
    for c in cands:
        if (c.start, c.end) in spans and _key(c):
            groups.setdefault((c.start, c.end), []).append(c)
    contested = [
        g for g in groups.values() if len(g) > 1 and any(_key(c) in tables.contexts for c in g)
    ]
    if not contested:
        return cands
    skip = {c.rule for g in contested for c in g}
    votes = country_votes(tables, doc, cands, skip, words)
    places = {
        c.start: c.attrs["country_code"]
        for c in cands
        if c.label == "LOC" and c.attrs.get("country_code") and not c.ambiguous
    }
    losers: set[int] = set()
    for group in contested:
        winner = _winner(tables, doc, group, votes, places)
        losers.update(id(c) for c in group if c is not winner)
    return [c for c in cands if id(c) not in losers]


def gazetteer_towns(
    tables: EntityTables, doc: Doc, cands: list[Cand], words: list[str] | None = None
) -> list[Cand]:
    """'südöstlich von Bethlehem ... im Westjordanland': a name in the gazetteers of several
    countries (the West Bank, South Africa, the USA) is the town of the country that the
    text's other places, organisations and demonyms name most; on a tie all stay (the
    first one wins as before)."""
    if isinstance(words, DocWords) and not any(
        words[i] in tables.shared_gaz for i in words.at("gazetteer")
    ):
        return cands  # most texts: no name of several countries' gazetteers
    weak = tables.weak_rules
    seen: set[tuple[int, int]] = set()
    shared: set[tuple[int, int]] = set()
    for c in cands:
        if c.source == "rules" and c.rule in weak:
            span = (c.start, c.end)
            (shared if span in seen else seen).add(span)
    if not shared:
        return cands
    votes = country_votes(tables, doc, cands, weak, words)
    losers: set[int] = set()
    for span in shared:
        group = [c for c in cands if (c.start, c.end) == span and c.rule in weak]
        ranked = sorted(group, key=lambda c: -votes[c.attrs.get("country_code")])
        best = votes[ranked[0].attrs.get("country_code")]
        if best > votes[ranked[1].attrs.get("country_code")]:
            losers.update(id(c) for c in ranked[1:])
    return [c for c in cands if id(c) not in losers] if losers else cands


#: Words that join a town's name to its region in longer gazetteer names ("Feldkirchen bei
#: Graz", "Feldkirchen an der Donau").
_TOWN_LINKS = frozenset({"bei", "an", "am", "im", "in", "ob"})


def home_towns(
    tables: EntityTables, doc: Doc, cands: list[Cand], words: list[str] | None = None
) -> None:
    """'in Feldkirchen südlich von Graz': a one-word town of one country's gazetteer that
    begins longer names in another country's ("Feldkirchen bei Graz", AT) lies in that
    country when the text names it more often (only the country changes; the row claims no
    id)."""
    weak = tables.weak_rules
    towns = [
        (c, alt)
        for c in cands
        if c.length == 1 and c.source == "rules" and c.rule in weak
        for alt in [_linked_countries(tables, doc[c.start].text, c.rule)]
        if alt
    ]
    if not towns:
        return
    votes = country_votes(tables, doc, cands, weak, words)
    for c, alt in towns:
        own = c.attrs.get("country_code")
        best = max(alt, key=lambda kv: votes[kv[0]])
        if votes[best[0]] > votes[own]:
            c.attrs = {**c.attrs, "country_code": best[0]}
            c.rule = best[1]


def _linked_countries(tables: EntityTables, word: str, rule: str) -> list[tuple[str, str]]:
    """(country, gazetteer key) of the other countries' longer names "<word> bei/an ...";
    the country is the key's suffix ("place:geonames.at" -> "AT")."""
    return [
        (key.rpartition(".")[2].upper(), key)
        for names, key in tables.gazetteer.get(word, ())
        if len(names) > 2 and names[1] in _TOWN_LINKS and key != rule
    ]


def _place_after(tables: EntityTables, doc: Doc, end: int, places: dict[int, str]) -> str | None:
    """The country of a place right after an alias: bare ("Indiens"), after an article
    ("der Schweiz") or a place preposition and an article ("in den USA")."""
    k = end
    if k < len(doc) and doc[k].text in tables.place_prepositions:
        k += 1
    if k < len(doc) and doc[k].text in tables.articles:
        k += 1
    return places.get(k)


def _winner(
    tables: EntityTables, doc: Doc, group: list[Cand], votes: Counter, places: dict[int, str]
) -> Cand:
    """The record of the local demonym's or following place's country, else of the text's
    country, else the default (the record without ``context``; the first one when all have
    one)."""
    start = group[0].start
    local = tables.demonyms.get(doc[start - 1].text) if start > 0 else None
    codes = {cc for c in group for cc in tables.contexts.get(_key(c), ())}
    codes |= {c.attrs["country_code"] for c in group if c.attrs.get("country_code")}
    country = local.get("country_code") if local else None
    if country is None:
        country = _place_after(tables, doc, group[0].end, places)
        country = country if country in codes else None
    if country is None:
        ranked = [(votes[cc], cc) for cc in codes if votes[cc]]
        ranked.sort(reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            country = ranked[0][1]
    if country is not None:
        for c in group:
            if country in tables.contexts.get(_key(c), ()):
                return c
        for c in group:
            if _key(c) not in tables.contexts and c.attrs.get("country_code") == country:
                return c
    default = [c for c in group if _key(c) not in tables.contexts]
    return default[0] if default else group[0]


#: Organisation types that belong to one state: "in <country>" after one names its owner
#: ("der Verfassungsgerichtshof in Polen"), unlike a company's place of business.
STATE_TYPES = frozenset({"government body", "ministry", "court", "agency", "party"})


def _owner_in(tables: EntityTables, words: list[str], c: Cand, countries: dict) -> str | None:
    """'der Verfassungsgerichtshof in Polen': the country after a place preposition (and an
    article) right after a state body."""
    k = c.end
    if c.attrs.get("entity_type") not in STATE_TYPES or k >= len(words):
        return None
    if words[k] not in tables.place_prepositions:
        return None
    k += 1
    if k < len(words) and words[k] in tables.articles:
        k += 1
    place = countries.get(k)
    return place.get("country_code") if place else None


def foreign_owner(tables: EntityTables, doc: Doc, final: list[Cand], words: list[str]) -> None:
    """Drop the registry identity of a national organisation named as another country's:
    "der Oberste Gerichtshof Nordkoreas", "die französischen Grünen", "der
    Verfassungsgerichtshof in Polen" (a genitive country right after, a country adjective
    right before, or for a state body a country after "in", of a country other than the
    record's). The row stays an ORG with that country's code, without ``canonical_id``.
    First, a name with another organisation's acronym in brackets is that organisation
    (:func:`bracket_names`)."""
    bracket_names(final, words)
    countries = {
        c.start: c.attrs
        for c in final
        if c.label == "LOC" and c.attrs.get("entity_type") == "country" and c.length == 1
    }
    for c in final:
        own = c.attrs.get("country_code")
        if c.label != "ORG" or not own or not c.attrs.get("canonical_id"):
            continue
        after = tables.demonyms.get(words[c.end]) if c.end < len(words) else None
        place = countries.get(c.end)
        if after is None and place and words[c.end].endswith("s"):
            # "Der Oberste Gerichtshof Saudi-Arabiens": a country's genitive the demonym
            # list lacks (hyphenated names)
            after = {"kind": "genitive", "country_code": place.get("country_code")}
        before = tables.demonyms.get(words[c.start - 1]) if c.start > 0 else None
        foreign = [
            rec["country_code"]
            for rec, kind in ((after, "genitive"), (before, "adjective"))
            if rec and rec.get("kind") == kind and rec.get("country_code") not in (None, own)
        ]
        inside = _owner_in(tables, words, c, countries)
        if inside and inside != own:
            foreign.append(inside)
        if foreign:
            c.attrs = {**c.attrs, "canonical_id": None, "canonical_name": None}
            c.attrs["country_code"] = foreign[0]
            c.rule = "org.foreign"


def bracket_names(final: list[Cand], words: list[str]) -> None:
    """'die Bundesliga (ABL)': a registry organisation right before a bracketed registry
    acronym of another organisation of the same type is that organisation (the writer names
    which league, court or party is meant)."""
    n = len(words)
    named = [
        c
        for c in final
        if c.end + 2 < n
        and words[c.end] == "("
        and words[c.end + 2] == ")"
        and c.label == "ORG"
        and c.attrs.get("canonical_id")
    ]
    if not named:
        return
    by_start = {c.start: c for c in final if c.label == "ORG" and c.length == 1}
    for c in named:
        acro = by_start.get(c.end + 1)
        if (
            acro is not None
            and acro.attrs.get("canonical_id") not in (None, c.attrs["canonical_id"])
            and acro.attrs.get("entity_type") == c.attrs.get("entity_type")
        ):
            c.attrs, c.rule = dict(acro.attrs), acro.rule


def city_states(tables: EntityTables, doc: Doc, final: list[Cand], words: list[str]) -> list[Cand]:
    """'Bürgermeister von Hallwang in Salzburg', 'im Bundesland Salzburg': a city whose
    state has its name (``city_states``) after a gazetteer municipality of the same
    country and a link word (``state_links``), or right after a class noun of a state
    (``state_class``), is the state (its place record)."""
    states = tables.city_states
    names = tables.city_state_names  # ``words``: the token texts
    if not any(words[c.start] in names for c in final):
        return final
    for prev, c in zip([None, *final], final):
        rec = states.get(c.attrs.get("canonical_id") or "")
        if rec is None or c.start == 0:
            continue
        if doc[c.start - 1].text in tables.state_class or (
            prev is not None
            and prev.end + 1 == c.start
            and doc[prev.end].text in tables.state_links
            and prev.rule in tables.weak_rules
            and prev.attrs.get("country_code") == c.attrs.get("country_code")
        ):
            _label, attrs, rule = tables.entries["place:" + rec]
            c.attrs, c.rule = dict(attrs), rule
    return final


def foreign_parties(
    tables: EntityTables, doc: Doc, cands: list[Cand], words: list[str] | None = None
) -> list[Cand]:
    """'Griechenlands geschlagene Linke', 'die regierende Linke' (Syriza): a registry party
    named by a nominalised adjective ("Linke", "Grünen") names that party only in a text
    that names its country otherwise; where no other place, organisation or demonym of the
    text names the party's country and another country is named, it is the left (or the
    greens) of that other country: no row."""
    w = doc_words(doc) if words is None else words
    parties = [
        c
        for c in cands
        if c.length == 1
        and c.attrs.get("entity_type") == "party"
        and c.attrs.get("country_code")
        and w[c.start].endswith(("e", "en"))
    ]
    if not parties:
        return cands
    votes = country_votes(tables, doc, cands, {c.rule for c in parties}, words)
    losers = {
        id(c)
        for c in parties
        if votes[c.attrs["country_code"]] == 0 and any(n for k, n in votes.items() if k)
    }
    return [c for c in cands if id(c) not in losers] if losers else cands
