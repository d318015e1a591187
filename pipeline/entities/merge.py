"""Merging of model and rule candidates into the final, non-overlapping entities.

A lexicon alias on exactly the tokens of a model span adds its attributes and,
unless ambiguous, its label (``rule_label_wins``; ``source`` stays ``model``); otherwise the
longer span wins, and on equal length the model's.
Then a name particle after a title or Frau/Herr joins the PER after it ("Frau von Saher"),
and later mentions of a surname become PER with the full name (``person.propagated``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidates import Cand, covered, owners
from .consistency import SPLIT_TAIL
from .tables import EntityTables, doc_words, where

#: Model labels that a trusted alias on exactly the same tokens replaces ("Homs" PER -> LOC;
#: on GermEval dev, ORG<->LOC relabelling of known places/organisations also helps).
RELABEL_FROM = ("PER", "MISC", "ORG", "LOC")
#: Person rules whose span relabels a model entity on exactly the same tokens as PER.
#: Class-noun rules ("die Serie Breaking Bad") whose span relabels a model entity on exactly
#: the same tokens.
CLASS_RELABEL = frozenset(
    # "Google Earth"; "einen Porsche 911" (model ORG): a maker and a model code
    {"misc.work", "org.media_class", "org.class_noun", "misc.product_name", "misc.product"}
)
PERSON_RELABEL = frozenset(
    {
        "person.first_name",
        "person.first_name_alone",
        "person.surname",
        "person.surname_suffix",
        "person.title",  # "der Nationalspieler Shkodran Mustafi" (model ORG)
    }
)


def shrink(tables: EntityTables, doc: Doc, model: list[Cand], rules: list[Cand]) -> list[Cand]:
    """'Militärbündnis OVKS' (model) -> 'OVKS': a class noun or title before a known
    organisation, place or person is not part of its name. Other words around an alias
    are ("Landgericht Düsseldorf", "Borussia Dortmund", "BBC News")."""
    trusted: dict[int, list[Cand]] = {}  # by end token
    leading: dict[int, list[Cand]] = {}  # by start token
    for r in rules:
        if ":" in (r.rule or "") and not r.ambiguous and r.rule not in tables.weak_rules:
            trusted.setdefault(r.end, []).append(r)
            leading.setdefault(r.start, []).append(r)
    out = []
    for m in model:
        m = _noun_tail(tables, doc, m, leading.get(m.start, ()))
        for r in trusted.get(m.end, ()):
            if not m.start < r.start:
                continue
            before = doc[m.start : r.start]
            if r.label == "LOC":
                ok = all(t.text in tables.place_class or t.is_lower for t in before)
            else:
                ok = all(
                    (t.is_lower or t.text in tables.common_nouns or t.text in tables.titles)
                    and t.text not in tables.lexicon_words
                    for t in before
                )
            if ok and r.label in ("ORG", "LOC", "PER"):
                m = Cand(r.start, r.end, m.label, {}, "model", None)
                break
        out.append(m)
    return out


def _noun_tail(tables: EntityTables, doc: Doc, m: Cand, aliases) -> Cand:
    """'Apples Zusatzprodukte' (model ORG) -> 'Apples': ordinary nouns after a known name at
    the start of a model span are not part of it."""
    for r in aliases:
        if (
            r.end < m.end
            and r.label == m.label
            and all(tables.class_noun(t) for t in doc[r.end : m.end])
        ):
            return Cand(r.start, r.end, m.label, {}, "model", None)
    return m


def _continued(tables: EntityTables, doc: Doc, m: Cand) -> Cand:
    """'der Syrischen Beobachtungsstelle [für Menschenrechte]': a model ORG of two words or
    more ending in an ordinary noun goes on over "für" (``institution_links``) and the capitalised nouns of
    its field ("und" between them); 'die D.A.S. Österreichische Allgemeine
    [Rechtsschutz-Versicherungs-AG]': over a hyphen compound ending in a legal form."""
    if m.label != "ORG" or m.end >= len(doc):
        return m
    nxt = doc[m.end].text
    if "-" in nxt[1:] and nxt.rsplit("-", 1)[1] in tables.legal_forms:
        return Cand(m.start, m.end + 1, m.label, m.attrs, m.source, m.rule)
    if (
        m.length < 2  # "dankte der Polizei für Hilfe"
        or nxt not in tables.institution_links
        or not tables.class_noun(doc[m.end - 1])
    ):
        return m
    j = m.end + 1
    field = doc[j] if j < len(doc) else None
    if (
        field is None
        or not (
            field.head.i in range(m.start, m.end)  # "Beobachtungsstelle für Menschenrechte"
            or all(t.tag_ == "ADJA" for t in doc[m.start : m.end - 1])
        )
    ):
        return m  # "sorgt bei HP Enterprise Services für Aufregung"
    while j < len(doc) and _field_noun(tables, doc[j]):
        j += 1
        if j + 1 < len(doc) and doc[j].text == "und" and _field_noun(tables, doc[j + 1]):
            j += 1
    if j == m.end + 1 or doc[j - 1].text == "und":
        return m
    return Cand(m.start, j, m.label, m.attrs, m.source, m.rule)


def _field_noun(tables: EntityTables, tok: Token) -> bool:
    """'Menschenrechte', 'Bildung': a capitalised common noun of an organisation's field."""
    return tok.tag_ == "NN" and tok.text[:1].isupper() and tables.class_noun(tok)


def merge(
    tables: EntityTables,
    doc: Doc,
    model: list[Cand],
    rules: list[Cand],
    rule_label_wins: bool = True,
) -> list[Cand]:
    model = [_continued(tables, doc, m) for m in shrink(tables, doc, model, rules)]
    # on the same tokens a registry alias ("misc:mona-lisa") wins over a pattern rule
    # ("person.first_name"), and a registry place ("Vienna": Wien) over a gazetteer name
    # (Vienna, Virginia): it is sorted last
    by_range = {
        (c.start, c.end): c
        for c in sorted(
            rules,
            key=lambda c: (":" in (c.rule or ""), c.rule not in tables.weak_rules, c.rule or ""),
        )
    }
    used: set[tuple[int, int]] = set()
    for m in model:
        r = by_range.get((m.start, m.end))
        if r is None:
            continue
        used.add((m.start, m.end))
        _apply_rule(tables, doc, m, r, rules, rule_label_wins)
    rest_rules = [r for r in rules if (r.start, r.end) not in used]
    # longer first; on equal length model before rules, then earlier
    pool = sorted(model + rest_rules, key=lambda c: (-c.length, c.source != "model", c.start))
    return _without_overlaps(pool)


def _apply_rule(
    tables: EntityTables, doc: Doc, m: Cand, r: Cand, rules: list[Cand], rule_label_wins: bool
) -> None:
    """The rule candidate ``r`` on exactly the tokens of the model's ``m``: its ids, and its
    label where the rule knows better."""
    # a curated alias knows better than the model ("Homs" PER -> LOC), except for
    # ambiguous aliases and persons' words ("Paris" in "Paris Hilton" is not LOC)
    trusted = (
        ":" in (r.rule or "")
        and not r.ambiguous
        and r.rule not in tables.weak_rules
        and not (m.label == "PER" and doc[m.start : m.end].text in tables.person_words)
    )
    place = (  # a gazetteer place on the same tokens, looked for only for a model PER
        next(
            (
                c
                for c in rules
                if c.start == m.start and c.end == m.end and c.rule in tables.weak_rules
            ),
            None,
        )
        if m.label == "PER"
        else None
    )
    if (
        m.label == "PER"
        and place is not None
        and (not any(tables.person_word(t.text) for t in doc[m.start : m.end]) or _dateline(doc, m))
    ):
        # "Lugano", "Rhode Island" (model PER): a gazetteer place with no name word in it;
        # "Maria Enzersdorf/London –": a place of a dateline
        m.label, m.attrs, m.rule = "LOC", dict(place.attrs), place.rule
        return
    if r.label == m.label or trusted:
        m.attrs = dict(r.attrs)
        m.rule = r.rule
        if rule_label_wins and trusted and m.label in RELABEL_FROM:
            m.label = r.label
    elif r.label == "ORG" and m.label == "LOC" and r.ambiguous and sports_near(tables, doc, m):
        # "das Spiel von Rapid gegen Admira" (model LOC): a club's short name by a sports word
        m.label, m.attrs, m.rule = "ORG", dict(r.attrs), r.rule
    elif r.rule in CLASS_RELABEL:
        m.label, m.attrs, m.rule = r.label, dict(r.attrs), r.rule
    elif (
        r.rule in PERSON_RELABEL
        and m.label != "PER"
        and (m.length <= 2 or doc[m.end - 1].text in tables.surnames)
    ):
        # "Katharina Sieverding" (model ORG), "Steiner" (model LOC): a known first
        # name + name, or a known surname alone, is a person (three or more words
        # only when the last is a known surname: "Roger Douglas Associates" stays)
        m.label, m.attrs, m.rule = "PER", dict(r.attrs), r.rule
    if m.label == "LOC" and m.rule in tables.weak_rules and _person_subject(tables, doc, m):
        m.label, m.attrs, m.rule = "PER", {"entity_type": "person"}, "person.subject"


def _dateline(doc: Doc, c: Cand) -> bool:
    """'Maria Enzersdorf/London –': a slash joins the name to another place name."""
    after = c.end + 1 < len(doc) and doc[c.end].text == "/" and doc[c.end + 1].ent_type_ == "LOC"
    before = c.start > 1 and doc[c.start - 1].text == "/" and doc[c.start - 2].ent_type_ == "LOC"
    return after or before


#: How many tokens before or after an entity a sports word makes it a club ("Spiel", "Tor").
NEAR = 8


def sports_near(tables: EntityTables, doc: Doc, c: Cand) -> bool:
    """A sports word (``sports_words``, ``team_roles``: "Trainer", "Tor", "Liga") within
    :data:`NEAR` tokens of ``c``."""
    words = tables.sports_words
    roles = tables.team_roles
    lo, hi = max(0, c.start - NEAR), min(len(doc), c.end + NEAR)
    return any(t.text in words or t.text in roles for t in doc[lo:hi])


def _without_overlaps(pool: list[Cand]) -> list[Cand]:
    """The candidates of ``pool`` (in order of preference) that overlap none preferred
    before them, in text order."""
    occupied: set[int] = set()
    final: list[Cand] = []
    for c in pool:
        rng = range(c.start, c.end)
        if not occupied.isdisjoint(rng):
            continue
        occupied.update(rng)
        final.append(c)
    return sorted(final, key=lambda c: c.start)


def particles(tables: EntityTables, doc: Doc, final: list[Cand]) -> list[Cand]:
    """'Frau von Saher', 'Dr. von Brücke': a name particle between a title (or Frau/Herr)
    and a PER belongs to the name; so does a particle written with a capital inside the
    sentence ("Der wendige Von Miller": a first name)."""
    occupied = covered(final)
    for c in final:
        i = c.start
        if (
            c.label == "PER"
            and i >= 2
            and doc[i - 1].text in tables.name_particles
            and i - 1 not in occupied
            and doc[i].text not in tables.first_names  # "Tore von Igor Anic"
            and (doc[i - 2].text in tables.titles or doc[i - 2].text in tables.address_words)
        ):
            c.start = i - 1
            occupied.add(i - 1)
        elif (
            c.label == "PER"
            and i >= 2
            and i - 1 not in occupied
            and tables.capital_particle(doc[i - 1])
            and not c.attrs.get("canonical_id")
        ):  # "Der wendige Von Miller": the capital "Von" is his first name
            c.start, c.attrs = i - 1, {}
            occupied.add(i - 1)
    return final


def propagate(
    tables: EntityTables, doc: Doc, final: list[Cand], words: list[str] | None = None
) -> list[Cand]:
    """Later surname mentions become PER with the full name as canonical_name."""
    full: dict[str, Cand] = {}
    words = doc_words(doc) if words is None else words
    for c in final:
        if c.label == "PER" and c.length >= 2:
            last = words[c.end - 1]
            name = c.attrs.get("canonical_name") or doc[c.start : c.end].text
            c.attrs.setdefault("canonical_name", name)
            if last not in full and len(last) > 2 and _surname(tables, doc[c.end - 1]):
                full[last] = c
                if last.endswith("s") and len(last) > 5:  # "Ernst Kaltenbrunners Akte"
                    full.setdefault(last[:-1], c)
    for c in final:  # "Wałęsa" split off "Lech Kaczyński Wałęsa": a name of its own
        if c.rule == SPLIT_TAIL and len(words[c.start]) > 2:
            full.setdefault(words[c.start], c)
            c.attrs.setdefault("canonical_name", words[c.start])
    if not full:
        return final
    occupied = owners(final)
    out = list(final)
    particles = tables.name_particles | tables.particle_articles
    for i in where(words, set(full) | {k + "s" for k in full}):  # also genitives
        text = words[i]
        src = full.get(text) or (full.get(text[:-1]) if text.endswith("s") else None)
        if src is None or src.start <= i < src.end:
            continue
        tok = doc[i]
        if _noun_use(tables, tok) and doc[src.end - 2].lower_ not in particles:
            continue  # "Fischer" after "Joschka Fischer", but not "der Fischer"
        inherited = {k: v for k, v in src.attrs.items() if v is not None}
        c = occupied.get(tok.i)
        if c is None:
            # "Le Pen", "von der Leyen": the particles before the surname in the full name
            # come along -- only those ("die Rede von Leitl" after "Christoph Leitl")
            before: list[str] = []
            k = src.end - 2
            while k >= src.start and doc[k].lower_ in particles:
                before.insert(0, doc[k].lower_)
                k -= 1
            start = tok.i
            while (
                before
                and start > 0
                and start - 1 not in occupied
                and doc[start - 1].lower_ == before[-1]
            ):
                before.pop()
                start -= 1
            if start < tok.i and doc[start].lower_ not in tables.name_particles:
                start = tok.i
            new = Cand(start, tok.i + 1, "PER", inherited, "rules", "person.propagated")
            out.append(new)
            for i in range(start, tok.i + 1):
                occupied[i] = new
        elif c.length == 1 and (
            (c.source == "model" and c.rule is None) or _small_place(tables, doc, c)
        ):
            c.label = "PER"
            c.attrs = inherited
            c.rule = "person.propagated"
        elif (
            c.length == 1
            and c.label == "PER"
            and (
                not c.attrs.get("canonical_name")
                or (c.rule or "").startswith("person:")  # "Schröder" after "Kristina Schröder"
            )
        ):
            c.attrs = inherited
    return sorted(out, key=lambda c: c.start)


def _surname(tables: EntityTables, tok: Token) -> bool:
    """The last word of a full name that later mentions may repeat: a name-like word, or an
    ordinary noun used as a surname ("Messi", "Fischer" in "Joschka Fischer")."""
    return tables.namelike(tok) or (
        tok.text in tables.common_nouns and tok.text not in tables.name_stop and tok.i > 0
    )


def _small_place(tables: EntityTables, doc: Doc, c: Cand) -> bool:
    """'meint Bichl' after "Norbert Bichl": a village of a gazetteer (``place:geonames``)
    with no place preposition before it is the person of the text's full name."""
    return (c.rule or "").startswith("place:geonames") and not (
        c.start > 0 and doc[c.start - 1].text in tables.place_prepositions
    )


def _noun_use(tables: EntityTables, tok: Token) -> bool:
    """'der Fischer', 'junge Bauern': an article, determiner or adjective before a word that
    is also an ordinary noun (``noun_surnames``, ``common_nouns``); before any other surname
    only an adjective ("Die Wandbeck ist", "..., die Spielberg in seinen Filmen zeigt" after
    "Ellie Wandbeck", "Steven Spielbergs": the person)."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if tok.text not in tables.noun_surnames and tok.text not in tables.common_nouns:
        return prev.pos_ == "ADJ"
    return prev.lower_ in tables.articles or prev.pos_ in ("DET", "ADJ")


def _person_subject(tables: EntityTables, doc: Doc, c: Cand) -> bool:
    """'Schon Kant schrieb darüber': a one-word gazetteer place outside ``home_countries``
    with no place preposition before it and a verb of a person (``person_verbs``) right
    after it is a person."""
    if c.length != 1 or c.attrs.get("country_code") in tables.home_countries:
        return False
    if c.start > 0 and doc[c.start - 1].text in tables.place_prepositions:
        return False
    return c.end < len(doc) and doc[c.end].lemma_ in tables.person_verbs
