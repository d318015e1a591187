"""One name, one label within a document: a later lone mention that the model or a name list
took for a person ("Logistikchefin bei Palmers") is the organisation, place or work that a
rule with evidence found under the same name elsewhere in the text ("der Textilriese
Palmers": ``org.class_noun``), with its attributes (rule ``name.repeated``); a model
mention cut from a full name of the text gets the whole name ("Della" + "Vedova" after
"Della Vedova", rule ``person.full_name``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidates import Cand, covered
from .repairs import city_demonym
from .tables import DocWords, EntityTables, where

#: Person rules of one word that a named organisation, place or work of the same text
#: overrides (a title or first name before a word is stronger evidence and stays).
WEAK_PERSON_RULES = frozenset(
    {None, "person.surname", "person.first_name_alone", "person.surname_suffix"}
)

#: Rules that name an organisation by a class noun before it ("die Zeitschrift Nokta").
CLASS_RULES = frozenset({"org.class_noun", "org.media_class"})

#: A match minute in a line of scorers: "Rielly (12.)", "Hall (34./PP)".
MINUTE = re.compile(r"\d{1,3}\.(?:/\w+)?")

#: Rules of one-word person mentions that may be a cut part of a full name of the text.
CUT_RULES = frozenset({"person.propagated", "person.surname", "person.first_name_alone"})


def repeated_names(doc: Doc, final: list[Cand], words: list[str]) -> list[Cand]:
    """Relabel one-word PER mentions whose text a non-person entity found by a rule has,
    and give cut model mentions of a full name the whole name (:func:`full_names`)."""
    final = _first_name_before(doc, _work_mentions(_same_label(final, words), words), words)
    return full_names(doc, _genitive_names(_noun_surnames(final, words), words), words)


#: Tokens after a name that end it: a noun-like surname before one is no noun of the clause.
_NAME_END = frozenset({".", ",", ":", ";", ")"})


def _noun_surnames(final: list[Cand], words: list[str]) -> list[Cand]:
    """'Alois Raudaschl und Hermann [König]:', 'Klimaexperte Martin [Kaiser].': a one-word
    person that is a known first name, not after an article, followed by a capitalised word
    of no entity and then a comma, colon or full stop has that word as its surname (the
    model cut a surname that is also an ordinary noun; rule ``person.joined``)."""
    tables: EntityTables | None = getattr(words, "tables", None)
    if tables is None:
        return final
    taken = covered(final)
    n = len(words)
    for c in final:
        e = c.end
        if (
            c.label == "PER"
            and c.length == 1
            and e + 1 < n
            and words[e + 1] in _NAME_END
            and e not in taken
            and words[e][:1].isupper()
            and words[e].isalpha()
            and not words[e].isupper()
            and words[c.start] in tables.first_names
            and (c.start == 0 or words[c.start - 1].lower() not in tables.articles)
        ):
            c.end = e + 1
            c.rule = "person.joined"
            c.attrs.pop("canonical_name", None)
            taken.add(e)
    return final


def _genitive_names(final: list[Cand], words: list[str]) -> list[Cand]:
    """'Puerto Ricos Firmen' after 'Puerto Rico' (``iso:PR``): a model place or organisation
    without an id whose last word is the genitive (-s) of a resolved entity of the text with
    the same label takes that entity's attributes and rule."""
    known: dict[tuple[str, ...], Cand] = {}
    for c in final:
        if c.label != "PER" and c.attrs.get("canonical_id"):
            known.setdefault(tuple(words[c.start : c.end]), c)
    if not known:
        return final
    for c in final:
        last = words[c.end - 1]
        if c.rule is not None or c.attrs.get("canonical_id") or not last.endswith("s"):
            continue
        src = known.get((*words[c.start : c.end - 1], last[:-1]))
        if src is not None and src.label == c.label:
            c.attrs, c.rule = dict(src.attrs), src.rule
    return final


#: Rules of a lone surname (or a village that is one) that an untagged first name may join.
_LONE_SURNAME = frozenset({"person.surname", "person.surname_suffix", "place:geonames.de"})

#: Tokens before a name that start a sentence, a line or a list item.
_NAME_START = frozenset({".", ":", "!", "?", "–", ",", "(", '"', "„"})


def _first_name_before(doc: Doc, final: list[Cand], words: list[str]) -> list[Cand]:
    """'Rex [Harrison]', 'Brie [Larson]', 'Whoopi [Goldberg]': a lone surname (or a village
    of the gazetteer) right after an untagged proper noun (tag ``NE``) that is no entity,
    no kinship noun or genitive, not after an adjective, article, place preposition or class
    noun and not the first word of a sentence is that first name's person (rule
    ``person.joined``)."""
    cands = [
        c
        for c in final
        if c.rule is not None
        and (c.rule in _LONE_SURNAME or c.rule.startswith("place:geonames"))
        and c.end - c.start == 1
        and c.start > 1
        and not c.attrs.get("canonical_id")
        and words[c.start - 1][:1].isupper()
        and words[c.start - 1].isalpha()
        and words[c.start - 2] not in _NAME_START
    ]
    if not cands:
        return final
    tables: EntityTables | None = getattr(words, "tables", None)
    if tables is None:
        return final
    taken = covered(final)
    for c in cands:
        k = c.start - 1
        if (
            k not in taken
            and doc[k].tag_ == "NE"
            and words[k] not in tables.kinship  # "Familie Lehmann"
            and doc[k - 1].pos_ not in ("ADJ", "DET")  # "die heiß-kalte Haut Reids"
            and not words[k].endswith("s")  # a genitive: "seines großen Monds Charon"
            and words[k - 1] not in tables.place_prepositions  # "in Marat Numan"
            and words[k - 1] not in tables.place_class  # "die Stadt Marat Numan"
            and words[k - 1] != "&"  # "Saatchi & Saatchi Geneva"
        ):
            c.start, c.label, c.rule = k, "PER", "person.joined"
            c.attrs = {"entity_type": "person"}
    return final


def _work_mentions(final: list[Cand], words: list[str]) -> list[Cand]:
    """'Bridge of Spies' (model ORG) and 'Spies' (a surname) after "der Thriller Bridge of
    Spies", 'der Carta' after "Magna Carta": a mention of a work of the text (MISC of two
    words or more, ``misc.*`` rule) by its full title or its last word, that no rule of
    a registry names, is that work (rule ``name.repeated``)."""
    works = {
        " ".join(words[c.start : c.end]): c
        for c in final
        if c.label == "MISC" and c.length >= 2 and (c.rule or "").startswith("misc")
    }
    if not works:
        return final
    for w, c in list(works.items()):
        works.setdefault(words[c.end - 1], c)
    for c in final:
        src = works.get(" ".join(words[c.start : c.end]))
        if (
            src is not None
            and src is not c
            and c.label != "MISC"
            and not c.attrs.get("canonical_id")
            and (c.rule is None or c.rule in WEAK_PERSON_RULES)
        ):
            c.label, c.attrs, c.rule = "MISC", dict(src.attrs), "name.repeated"
            k = src.length - c.length  # "Bridge of [Spies]": the title's words before it
            if (
                0 < k <= c.start
                and words[c.start - k : c.start] == words[src.start : src.start + k]
                and not any(c.start - k < o.end <= c.start for o in final)
            ):
                c.start -= k
    return final


def _same_label(final: list[Cand], words: list[str]) -> list[Cand]:
    """One-word PER mentions that a rule found elsewhere as a non-person get its label."""
    named: dict[str, Cand] = {}
    for c in final:
        if c.label != "PER" and c.rule and not c.rule.startswith("person"):
            named.setdefault(" ".join(words[c.start : c.end]), c)
    if not named:
        return final
    for c in final:
        if (
            c.length == 1
            and (c.rule in WEAK_PERSON_RULES if c.label == "PER" else c.rule is None)
            and not c.attrs.get("canonical_id")
        ):
            # a lone model LOC/ORG too: "Nokta erscheint ..." after "die Zeitschrift Nokta"
            src = named.get(words[c.start])
            if src is not None and (c.label == "PER" or _org_named(c, src)):
                c.label, c.attrs, c.rule = src.label, dict(src.attrs), "name.repeated"
    return final


def _org_named(c: Cand, src: Cand) -> bool:
    """A lone model LOC that an organisation rule names elsewhere in the text."""
    return c.label == "LOC" and src.rule in CLASS_RULES


def full_names(doc: Doc, final: list[Cand], words: list[str]) -> list[Cand]:
    """Model mentions that the model cut from a full name of the same text get the whole
    name: "Della" + "Vedova" and "Ki Moon" after "Ban Ki Moon" become the full name
    (PER), a "Della Vedovas" (model MISC) the PER "Della Vedova" (rule
    ``person.full_name``). A full name is a PER of two or more words."""
    names = {tuple(words[c.start : c.end]): c for c in final if c.label == "PER" and c.length >= 2}
    if not names:
        return final
    where: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # word -> (name, position)
    for name in names:
        for k, x in enumerate(name):
            where.setdefault(x, []).append((name, k))
    lone = {
        words[c.start]: c.attrs.get("canonical_id")
        for c in final
        if c.label == "PER" and c.length == 1
    }
    firm = _firm_names(names, lone, getattr(words, "tables", None))
    genitives = {name[-1] + "s" for name in names}  # "Della Vedovas"
    ends = {name[k:] for name in names for k in range(1, len(name) - 1)}  # "Della Vedova"
    drop: set[int] = set()
    for c in final:
        if id(c) in drop or (c.source != "model" and c.rule not in CUT_RULES):
            continue
        first, last = words[c.start], words[c.end - 1]
        if first not in where and last not in genitives:
            continue
        span = _full_span(names, where, c, words, ends, firm)
        if span is None:
            continue
        start, end, src = span
        for o in final:
            if o is not c and o.start < end and start < o.end:
                drop.add(id(o))
        c.start, c.end, c.label, c.rule = start, end, "PER", "person.full_name"
        c.attrs = {k: v for k, v in src.attrs.items() if v is not None}
    return [c for c in final if id(c) not in drop]


def _full_span(
    names: dict[tuple[str, ...], Cand],
    where: dict[str, list[tuple[tuple[str, ...], int]]],
    c: Cand,
    words: list[str],
    ends: set[tuple[str, ...]] = frozenset(),
    firm: frozenset[tuple[str, ...]] = frozenset(),
) -> tuple[int, int, Cand] | None:
    """The tokens of a full name in ``names`` that contain ``c`` ("Della" of "Della
    Vedova") or that ``c`` is in the genitive ("Della Vedovas"), and that name's PER
    (``where``: the names and positions of each word)."""
    own = tuple(words[c.start : c.end])
    if own in names and own not in ends:
        return None  # a full name of its own, not the end of a longer one (``ends``)
    if c.label != "PER":
        src = _name_word(names, where, c, own, firm)
        if src is not None:  # "an LeBron und Co." (model ORG) with "LeBron James" in the text
            return c.start, c.end, src
        genitive = own[:-1] + (own[-1][:-1],)
        if not own[-1].endswith("s"):
            return None
        # "Della Vedovas" after "Benedetto Della Vedova": the genitive of the name's end
        for name, src in names.items():
            if name == genitive or (len(name) > len(own) > 1 and name[-len(own) :] == genitive):
                return c.start, c.end, src
        return None
    for name, k in where.get(own[0], ()):
        if len(name) <= len(own) or name[k : k + len(own)] != own:
            continue
        start, end = c.start - k, c.start - k + len(name)
        if start >= 0 and end <= len(words) and tuple(words[start:end]) == name:
            return start, end, names[name]
        # "Della Vedova" after "Benedetto Della Vedova": the mention ends the full name and
        # the name's words right before it come along ("Vedova" alone stays as it is)
        if k + len(own) == len(name):
            j = 0  # words of the name matched before the mention
            while (
                j < k
                and c.start - j > 0
                and words[c.start - j - 1] == name[k - j - 1]
                and name[k - j - 1][:1].isupper()  # name words, no space or "für"
            ):
                j += 1
            # "Della Rocca" after "Carla Della Rocca": the same person (a registry name
            # keeps its own record)
            if j or (len(own) >= 2 and not c.attrs.get("canonical_id")):
                return c.start - j, c.start + len(own), names[name]
    return None


def _name_word(
    names: dict[tuple[str, ...], Cand],
    where: dict[str, list[tuple[tuple[str, ...], int]]],
    c: Cand,
    own: tuple[str, ...],
    firm: frozenset[tuple[str, ...]],
) -> Cand | None:
    """The PER whose first or last word a lone model ORG, LOC or MISC with no registry id
    is ("LeBron" of "LeBron James", "Wandbeck" of "Ellie Wandbeck"), if only one has it
    and that name is firm (:func:`_firm_names`)."""
    if len(own) != 1 or c.source != "model" or c.attrs.get("canonical_id"):
        return None
    found = {name for name, k in where.get(own[0], ()) if name in firm}
    return names[found.pop()] if len(found) == 1 else None


def _firm_names(
    names: dict[tuple[str, ...], Cand], lone: dict[str, str | None], tables: EntityTables | None
) -> frozenset[tuple[str, ...]]:
    """Two-word PERs that are one person's name, not two names run together ("Lech
    Kaczyński Wałęsa", "Wirbel um Aurier Blanc sprach"): a known first name first
    ("Ellie Wandbeck"), or a last word that stands alone as a PER of the same person
    elsewhere in the text ("James" after "LeBron James")."""
    first = tables.first_names if tables is not None else frozenset()
    return frozenset(
        name
        for name, src in names.items()
        if len(name) == 2
        and (
            name[0] in first
            or (src.attrs.get("canonical_id") and lone.get(name[1]) == src.attrs["canonical_id"])
        )
    )


def person_pairs(tables: EntityTables, final: list[Cand], words: list[str]) -> list[Cand]:
    """'Erez Shmueli' (model MISC), 'Zlatan Ibrahimovic' (model ORG): two name-like words
    with no registry id whose last word the text names as a person elsewhere ("so
    Shmueli") are that person (rule ``person.pair``); not "Villa Kerry" (a name head),
    "Wiener ..." (a demonym), a noun ("Landeroboter Philae") or a span a rule named."""
    # (a PER of four words or more is often a model's run-on: "Ridley Scotts Blade Runner")
    persons = {words[c.end - 1] for c in final if c.label == "PER" and c.length <= 3}
    if not persons:
        return final
    final = _split_surnames(final, words)
    for c in final:
        if (
            c.label in ("ORG", "MISC", "LOC")
            and c.length == 2
            and c.source == "model"
            and c.rule is None
            and not c.attrs.get("canonical_id")
            and words[c.end - 1] in persons
            and not city_demonym(tables, words[c.start])
            and words[c.start] not in tables.name_heads
            and words[c.start] not in tables.gaz_words
            and (tables.given_name(words[c.start]) or tables.namelike_word(words[c.start]))
        ):
            c.label, c.attrs, c.rule = "PER", {"entity_type": "person"}, "person.pair"
    return final


def _split_surnames(final: list[Cand], words: list[str]) -> list[Cand]:
    """'Mayer Doskozil' after "Heinz Mayer" and "Hans Peter Doskozil": two surnames of two
    different full names of the text run together are two persons (rule
    ``person.split``; the later passes give each its full name)."""
    full: dict[str, set[tuple[str, ...]]] = {}  # surname -> the full names it ends
    for c in final:
        if c.label == "PER" and 2 <= c.length <= 3:
            full.setdefault(words[c.end - 1], set()).add(tuple(words[c.start : c.end]))
    out: list[Cand] = []
    for c in final:
        own = {tuple(words[c.start : c.end])}
        attrs = {"entity_type": "person"}
        if (
            c.length == 2
            and c.source == "model"
            and not c.attrs.get("canonical_id")
            and full.get(words[c.start], own) - own  # another text's full name ends in it
            and full.get(words[c.end - 1], own) - own
        ):
            out.append(Cand(c.start, c.start + 1, "PER", dict(attrs), "model", "person.split"))
            out.append(Cand(c.start + 1, c.end, "PER", dict(attrs), "model", "person.split"))
        elif _subject_and_object(c, words, full, own):
            # the last word is the other person, one the text names alone elsewhere
            out.append(Cand(c.start, c.end - 1, "PER", dict(attrs), "model", "person.split"))
            out.append(Cand(c.end - 1, c.end, "PER", dict(attrs), "model", SPLIT_TAIL))
        else:
            out.append(c)
    return out


#: rule of the lone surname split off a run of two persons; :func:`propagate` takes it as a
#: source, so the text's other mentions of the surname stay persons
SPLIT_TAIL = "person.split_tail"


def _subject_and_object(
    c: Cand, words: list[str], full: dict[str, set[tuple[str, ...]]], own: set
) -> bool:
    """'warf Lech Kaczyński Wałęsa vor': a model PER of three words whose middle word ends
    another full name of the text ("Jarosław Kaczyński") and whose last word the text uses
    elsewhere ("Wałęsa sagte"): a first name and surname, then a second person."""
    if c.length != 3 or c.source != "model" or c.attrs.get("canonical_id"):
        return False
    if c.start > 0 and words[c.start - 1][:1].isupper():
        return False  # "Der Schriftsteller Gabriel García Márquez": a title's one name
    middle, last = words[c.start + 1], words[c.end - 1]
    if not (full.get(middle, own) - own):
        return False
    # the last word stands elsewhere without the middle one ("Wałęsa sagte"), not only as
    # part of the same name ("García Márquez" again after "Gabriel García Márquez")
    return any(
        w in (last, last + "s") and (i == 0 or words[i - 1] != middle)
        for i, w in enumerate(words)
        if i != c.end - 1
    )


def joined_surnames(final: list[Cand], words: list[str]) -> list[Cand]:
    """'Aksel Lund' + "Svindal" (model PER "Aksel Lund", the next word no entity) when the
    text names "Svindal" alone as a person elsewhere: the surname belongs to the full name
    (rule ``person.joined``; the later passes give the lone mentions the full name)."""
    n = len(words)
    if not any(
        c.label == "PER" and 2 <= c.length <= 3 and c.end < n and words[c.end][:1].isupper()
        for c in final
    ):
        return final  # most texts: no full name with a capitalised word after it
    lone = {
        words[c.start]: c.attrs.get("canonical_id")
        for c in final
        if c.label == "PER" and c.length == 1
    }
    if not lone:
        return final
    starts = {c.start for c in final}  # the word after a name is taken only as a start
    for c in final:
        end = c.end
        if (
            c.label == "PER"
            and 2 <= c.length <= 3
            and end < n
            and words[end] in lone
            and end not in starts
            and words[end][:1].isupper()
            and not c.attrs.get("canonical_id")
        ):
            c.end, c.rule, c.attrs = end + 1, "person.joined", {"entity_type": "person"}
    return final


def scorer_lists(final: list[Cand], words: list[str]) -> list[Cand]:
    """Scorers of a goal line (:func:`goal_lines`) and players of a line-up
    (:func:`line_ups`)."""
    return line_ups(goal_lines(final, words), words)


def goal_lines(final: list[Cand], words: list[str]) -> list[Cand]:
    """'Tore: Rielly (12.), Duchene (19.), Hall (34./PP)': a one-word LOC/ORG with a match
    minute in brackets after it, beside a person with one, is a scorer too (rule
    ``person.scorer``); the minute itself ("34./PP", model ORG) is no entity."""
    n = len(words)
    timed = [c for c in final if c.end + 2 < n and words[c.end] == "(" and _minute_after(c, words)]
    if not timed:
        return final
    final = [c for c in final if not (words[c.start][0].isdigit() and _minute(c, words))]
    people = [c.start for c in timed if c.label == "PER"]
    if not people:
        return final
    for c in timed:
        if (
            c.label in ("LOC", "ORG")
            and c.length == 1
            and not c.attrs.get("canonical_id")
            and any(abs(c.start - p) <= 12 for p in people)
        ):
            c.label, c.rule, c.attrs = "PER", "person.scorer", {"entity_type": "person"}
    return final


#: Tokens around the names of a line-up: "Ajax: Cillessen – Tete, Veltman (71. Sanogo), Dijks".
_LIST_BEFORE = frozenset({"–", ",", ":", "/", ")"})
#: How far (in words) a line-up's dash may be from a name in it: the bench of a line-up
#: ("Ersatz: Schützenauer – Klem, Piesinger, Offenbacher, Horvath") and the injured after it
#: ("Es fehlen: ..., Schnaderbeck (Hüftprobleme), Gratzei (Trainingsrückstand)").
LINE_UP_DASH = 12
_LIST_AFTER = frozenset({"–", ",", "/", "(", ")", "."})


def line_ups(final: list[Cand], words: list[str]) -> list[Cand]:
    """'Ajax: Cillessen – Tete, Veltman (71. Sanogo), Riedewald, Dijks – Bazoer': a one- or
    two-word model LOC/ORG that no rule named (or a village of the gazetteer) that stands between the commas and dashes of a
    line-up (four names so within twelve words, one of them a person) is a player too
    (rule ``person.line_up``). A line-up has a dash within twelve words of the name, and
    the text a team's colon before a dash (:func:`_line_up_start`)."""
    if not _line_up_start(words):
        return final
    n = len(words)
    items = [
        c
        for c in final
        if c.end < n
        and words[c.end] in _LIST_AFTER
        and c.start > 0
        and words[c.start - 1] in _LIST_BEFORE
        and c.end - c.start <= 2
    ]
    if len(items) < 3:
        return final
    starts = [c.start for c in items]
    for _ in range(2):  # a player found makes its neighbours' line-up
        people = [c.start for c in items if c.label == "PER"]
        for c in items:
            if (
                c.label in ("LOC", "ORG")
                # the model's or a village of the gazetteer ("Murg"); no side ("Estland –
                # Litauen 1:0"), no registry place
                and (c.rule is None or c.rule.startswith("place:geonames"))
                and not c.attrs.get("canonical_id")
                and any(abs(c.start - p) <= 12 for p in people)
                and sum(1 for p in starts if abs(c.start - p) <= 12) >= 4
                and "–" in words[max(0, c.start - LINE_UP_DASH) : c.end + LINE_UP_DASH]
            ):
                c.label, c.rule, c.attrs = "PER", "person.line_up", {"entity_type": "person"}
    return final


def _line_up_start(words: list[str]) -> bool:
    """A team's colon with a dash two or three words after it ("Ajax: Cillessen –",
    "Salzburg: Peter Gulacsi –"); most texts have no line-up."""
    n = len(words) - 3
    colons = words.at("colon") if isinstance(words, DocWords) else where(words, {":"})
    return any(i < n and "–" in (words[i + 2], words[i + 3]) for i in colons)


def _minute(c: Cand, words: list[str]) -> bool:
    """A one-word entity that is a match minute ("34./PP")."""
    return c.length == 1 and bool(MINUTE.fullmatch(words[c.start]))


def _minute_after(c: Cand, words: list[str]) -> bool:
    """A match minute in brackets right after ``c``: "Duchene (19.)"."""
    e = c.end
    return (
        e + 2 < len(words)
        and words[e] == "("
        and words[e + 2] == ")"
        and bool(MINUTE.fullmatch(words[e + 1]))
    )
