"""Teams in sports news: a country or city named as a side is an ORG, not a place.

In a sports article (at least five words of ``sports_words`` or ``team_roles``, or three
and a score such as "2:1"; a single sentence rarely has them: GermEval tags national teams
in single sentences as LOC), a LOC entity is a team ("org.team": label ORG, no registry id, the place's name as
``canonical_name``, ``country_code`` kept) when the text uses it as a side:

- after a role of a side (``team_roles``: "Titelverteidiger Kanada", "Mitfavorit Finnland");
- before or after a verb of winning, losing or playing (``team_verbs``, lemmas):
  "Luxemburg gewann das Kellerduell", "besiegten die Schweiz", "schlug Rapid";
- after "gegen" (also "gegen die Schweiz") or before it ("Grödig gegen die Austria");
- right before a score ("Österreich – Schweden 1:0", "die Schweiz mit 5:1");
- a city (not a country) in the genitive before a sports word ("Salzburgs Kader").

A role inside one model span ("Titelverteidiger Kanada") is cut off the team's name.

Anywhere, a model PER, LOC or MISC entity that ends in a team's nickname (``team_names``:
"Carolina Panthers", "Güssing Knights", "die Knights") is a team too; an untagged place
right before it is part of the name ("Chicago [Blackhawks]").

A place after a place preposition ("die Endrunde in Frankreich") or in brackets after an
athlete's name ("Xénia Krizsán (Ungarn)") stays a place.

In a sports article, two more rules name a club or a national team by its place:

- a city that a club of the same article carries as its last word is that club ("Dynamo
  Kiew ... Dragovic und Kiew", "FC Porto ... Chelsea und Porto": the club's id, name and
  country; not when two clubs of the article share the city, "Inter Mailand", "AC Mailand");
- a place named as a side once (``org.team``) is that side again wherever it is not used as
  a place ("Mexiko gelang der Ausgleich", "ein 6:0-Sieg über San Marino"; not "in Chile",
  nor the venue after a score).

A registry organisation that another record ``replaces`` is that record in a text with at
least :data:`CUES_NEEDED` of its ``cues`` ("Ricciardo im Red Bull" in a Formula 1 report:
Red Bull Racing, not the drinks company).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import labels
from .candidates import Cand, covered
from .merge import NEAR
from .tables import DocWords, EntityTables

#: Different cue words a text needs before a record's replacement applies.
CUES_NEEDED = 3
_SCORE = re.compile(r"\(?\d{1,2}:\d{1,2}\)?[,.]?")
#: Sides named in a match: "Österreich – Schweden 1:0" (dash or "gegen" between them).
_AGAINST = frozenset({"gegen", "–", "-", "—"})


def sports_article(tables: EntityTables, words: DocWords) -> bool:
    """At least five sports words (or roles of a side), or three and a score; once per Doc
    (``DocWords.sports``)."""
    found = words.sports
    if found is None:
        if not tables.sports_words:
            found = False
        else:
            hits = len(words.at("sports"))
            found = hits >= 5 or (hits >= 3 and any(_SCORE.fullmatch(w) for w in words))
        words.sports = found
    return found


def _side(tables: EntityTables, doc: Doc, words: DocWords, c: Cand) -> bool:
    """Whether the LOC ``c`` is used as a side of a match (see the module docstring)."""
    s, e = c.start, c.end
    before = words[s - 1] if s > 0 else ""
    if before == "(" or before in tables.place_prepositions:
        return False
    if before in tables.team_roles or before in ("gegen", "Gegen"):
        return True  # also at the start of a sentence: "Gegen Salzburg wartet man ..."
    if s > 1 and before in tables.articles and words[s - 2] in ("gegen", "Gegen"):
        return True  # "gegen die Schweiz"
    if e < len(words) and (words[e] == "gegen" or _SCORE.fullmatch(words[e])):
        return True
    if (
        c.attrs.get("entity_type") != "country"
        and e < len(words)
        and words[e - 1].endswith("s")
        and words[e] in tables.sports_words
    ):
        return True  # "Salzburgs Kader", "Grazer ... Sturms Trainer": a city's club
    if e + 1 < len(words) and words[e] == "mit" and _SCORE.fullmatch(words[e + 1]):
        return True  # "besiegten die Schweiz mit 5:1"
    if e + 2 < len(words) and words[e] in _AGAINST and _SCORE.fullmatch(words[e + 2]):
        return True  # "Österreich – Schweden 1:0": the first side
    if e < len(doc) and doc[e].lemma_ in tables.team_verbs and doc[e].pos_ in ("VERB", "AUX"):
        return True
    k = s - 1
    if k >= 0 and words[k] in tables.articles:
        k -= 1  # "besiegten die Schweiz"
    return k >= 0 and doc[k].lemma_ in tables.team_verbs and doc[k].pos_ == "VERB"


def _as_team(doc: Doc, c: Cand) -> None:
    """Make ``c`` an ORG team without a registry id (its text as ``canonical_name``)."""
    c.label, c.rule = "ORG", "org.team"
    c.attrs = {
        "canonical_id": None,
        "canonical_name": c.attrs.get("canonical_name") or doc[c.start : c.end].text,
        "country_code": c.attrs.get("country_code"),
        "entity_type": "other",
    }


def _nickname(tables: EntityTables, words: DocWords, c: Cand) -> bool:
    """'Carolina Panthers', 'Red Wings', 'Knights': a span ending in a team's nickname."""
    last = words[c.end - 1]
    if last in tables.team_names:
        return True
    return (
        c.length > 1
        and last in tables.team_name_tails
        and f"{words[c.end - 2]} {last}" in tables.team_names
    )


def replaced(tables: EntityTables, final: list[Cand], words: DocWords) -> None:
    """'Ricciardo im Red Bull': a registry organisation is the record that replaces it
    where the text has :data:`CUES_NEEDED` of that record's cue words."""
    hits = [c for c in final if c.rule in tables.replacements]
    if not hits:
        return
    present = set(words)
    for c in hits:
        for cues, attrs, key in tables.replacements[c.rule]:
            if len(cues & present) >= CUES_NEEDED:
                c.label, c.attrs, c.rule = "ORG", dict(attrs), key
                break


def teams(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> list[Cand]:
    """Relabel the LOC entities of a sports article that name a side as ORG teams, and the
    entities named by a team's nickname (a place with the nickname after it too: "die
    Denver Broncos" with the model's LOC "Denver")."""
    replaced(tables, final, words)
    taken: set[int] | None = None
    n = len(words)
    for c in final:
        if (
            c.label == "LOC"
            and c.end < n
            and words[c.end] in tables.team_names
            and not (c.end + 1 < n and words[c.end + 1][:1].isupper())  # "Cannes Lions Festival"
            and not any(o.start == c.end for o in final)
        ):
            c.end += 1  # "Denver" + "Broncos" (the nickname untagged): the team
            c.attrs.pop("canonical_name", None)
        if c.label == "ORG" and c.end < n and words[c.end][:1].isupper():
            continue  # "beim Cannes Lions International Festival": a longer name
        if (
            c.label in ("PER", "LOC", "MISC") or (c.label == "ORG" and c.rule is None)
        ) and _nickname(tables, words, c):
            if taken is None:  # built only for a text with a team's nickname
                taken = covered(final)
            while (
                c.start > 0 and c.start - 1 not in taken and words[c.start - 1] in tables.gazetteer
            ):
                c.start -= 1  # "Chicago Blackhawks": the team's place is part of its name
            _as_team(doc, c)
    if taken is not None or any(
        c.label == "ORG" and c.length > 1 and _nickname(tables, words, c) for c in final
    ):  # also a registry club with its nickname: "Güssing Knights" ... "der Fall Güssing"
        _team_places(tables, doc, final, words)
    if not any(c.label == "LOC" for c in final):
        return final
    _ranked_countries(tables, doc, final, words)
    _player_clubs(tables, doc, final, words)
    if not sports_article(tables, words):
        # elsewhere only a city (no country: GermEval tags national teams in single
        # sentences as LOC; nor "Erfurts Trainer") with a sports word near it: "das Spiel
        # von Rapid gegen Admira"
        near = words.at("sports")
        for c in final:
            if (
                near
                and c.label == "LOC"
                and c.attrs.get("entity_type") != "country"
                and not (c.end < len(words) and words[c.end] in tables.sports_words)
                and any(c.start - NEAR <= k < c.end + NEAR for k in near)
                and _side(tables, doc, words, c)
            ):
                _as_team(doc, c)
        return final
    for c in final:
        if (
            c.label in ("LOC", "ORG")
            and c.length > 1
            and words[c.start] in tables.team_roles
            and words[c.start + 1][:1].isupper()
        ):  # "Titelverteidiger Kanada" (one model span): the role is not the name
            c.start += 1
            c.label = "LOC"
        if c.label == "LOC" and _side(tables, doc, words, c):
            _as_team(doc, c)
    _club_lists(doc, final, words)
    _match_subjects(doc, final, words)
    _club_cities(tables, doc, final, words)
    _team_again(tables, doc, final, words)
    return final


#: A rank in brackets after a country: "Ungarn (19.)".
_RANK = re.compile(r"\d{1,3}\.")


def _ranked_countries(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Belgien führt das Fifa-Ranking weiter vor Argentinien an': the countries of a
    sentence with a ranking of national teams (``team_rankings``), and a country with its
    rank in brackets in a text with one ("Ungarn (19.), Portugal (7.)"), are the teams."""
    ranks = [i for i in words.at("sports") if words[i] in tables.team_rankings]
    if not ranks:
        return
    n = len(words)
    for c in final:
        if c.label != "LOC" or c.attrs.get("entity_type") != "country":
            continue
        e = c.end
        ranked = (
            e + 2 < n and words[e] == "(" and words[e + 2] == ")" and _RANK.fullmatch(words[e + 1])
        )
        if ranked or any(_same_sentence(words, c.start, i) for i in ranks):
            _as_team(doc, c)


def _same_sentence(words: DocWords, a: int, b: int) -> bool:
    """No full stop between the tokens ``a`` and ``b``, which are at most 30 apart."""
    lo, hi = min(a, b), max(a, b)
    return hi - lo <= 30 and "." not in words[lo:hi]


def _team_places(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Denvers Angriff sollte Carolina ... stellen' after 'Carolina Panthers', 'Denver
    Broncos': the place word of a team named by its nickname is that team where it stands
    alone (model PER or LOC; also in the genitive), unless used as a place ("in
    Cleveland")."""
    named = {
        words[c.start]: c
        for c in final
        if c.length > 1
        and words[c.end - 1] != words[c.start]
        and (c.rule == "org.team" or (c.label == "ORG" and _nickname(tables, words, c)))
    }
    for c in final:
        if c.length != 1 or c.label not in ("PER", "LOC") or _as_place_use(tables, words, c):
            continue  # "in Cleveland ausgetragen": the city
        if _about_companies(tables, doc, c):
            continue  # "Güssing hat keine potenten Firmen": the town
        w = words[c.start]  # "Denvers Angriff": also the genitive
        team = named.get(w) or (named.get(w[:-1]) if w.endswith("s") else None)
        if team is not None:
            c.label, c.rule, c.attrs = "ORG", "org.team", dict(team.attrs)


def _about_companies(tables: EntityTables, doc: Doc, c: Cand) -> bool:
    """'Güssing hat keine potenten Firmen': the verb of the place word has a company class
    noun as its object (a town's economy, no club)."""
    if not doc.has_annotation("DEP"):
        return False
    return any(
        k.text in tables.company_class and labels.has_role(k, "object")
        for k in doc[c.start].head.children
    )


#: Tokens around a dateline or venue: "Graz/Salzburg – ...", "Amsterdam, Amsterdam ArenA".
_LINE_START = frozenset({".", ")", "/", ":", "–", "-"})
_LINE_PLACE_END = frozenset({"–", "-", "—", "/", ","})


def _as_place_use(tables: EntityTables, words: DocWords, c: Cand) -> bool:
    """'in Piräus', 'aus der Republik Moldau', '(Ungarn)': a place preposition (and an
    article) or an opening bracket right before; or a dateline or venue at the start of a
    sentence ("Kiew – Die ...", "Graz/Salzburg – ...", "Amsterdam, Amsterdam ArenA")."""
    k = c.start - 1
    line_start = k < 0 or words[k] in _LINE_START
    if line_start and c.end < len(words) and words[c.end] in _LINE_PLACE_END:
        return True
    if k >= 0 and words[k] in tables.articles:
        k -= 1
    return k >= 0 and (words[k] == "(" or words[k] in tables.place_prepositions)


def _doc_clubs(doc: Doc, final: list[Cand], words: DocWords) -> dict[str, dict[str, dict]]:
    """The trailing words of every club of the article ("Kiew" and "Dynamo Kiew" of "Dynamo
    Kiew", "Pölten" and "St. Pölten" of "SKN St. Pölten") -> the clubs' attributes by id:
    registry organisations of type ``other`` and clubs found by their prefix ("FC
    Ingolstadt")."""
    clubs: dict[str, dict[str, dict]] = {}
    for c in final:
        registry = c.attrs.get("canonical_id") and c.attrs.get("entity_type") == "other"
        if c.label != "ORG" or c.length < 2 or not (registry or c.rule == "org.club"):
            continue
        name = c.attrs.get("canonical_name") or doc[c.start : c.end].text
        attrs = {**c.attrs, "canonical_name": name, "entity_type": "other"}
        for k in range(c.end - 1, c.start, -1):
            tail = " ".join(words[k : c.end])
            clubs.setdefault(tail, {})[c.attrs.get("canonical_id") or name] = attrs
    return clubs


def _club_cities(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Dragovic und Kiew' after 'Dynamo Kiew': a city (a place, or a side without a
    registry id) that ends exactly one club of the article is that club; a side, or a city
    that is the subject of a clause ("Bremen musste verzichten"), named after exactly one
    registry club is that club."""
    clubs = _doc_clubs(doc, final, words)
    for c in final:
        side = c.rule == "org.team" and not c.attrs.get("canonical_id")
        if not (c.label == "LOC" or side) or _as_place_use(tables, words, c):
            continue
        text = " ".join(words[c.start : c.end])
        owners = clubs.get(text) or clubs.get(c.attrs.get("canonical_name") or text) or {}
        found = list(owners.values())
        if not found and c.length == 1 and (side or _city_subject(doc, c)):
            found = tables.club_cities.get(text, [])
        if len(found) == 1:
            own = c.attrs.get("country_code")
            c.label, c.attrs, c.rule = "ORG", dict(found[0]), "org.club_city"
            c.attrs["country_code"] = c.attrs.get("country_code") or own


def _player_clubs(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'war zuletzt bei Cottbus engagiert' with 'Energie Cottbus' in the text: a city right
    after a preposition of a player's club (``club_prepositions``) that ends exactly one
    club of the text is that club (in any text with a sports word: a transfer note is
    short)."""
    at = [
        c
        for c in final
        if c.label == "LOC" and c.start > 0 and words[c.start - 1] in tables.club_prepositions
    ]
    if not at or not words.at("sports"):
        return  # "Die Konferenz fand bei Cottbus statt": a text without sports words
    clubs = _doc_clubs(doc, final, words)
    for c in at:
        found = list(clubs.get(" ".join(words[c.start : c.end]), {}).values())
        if len(found) == 1:
            own = c.attrs.get("country_code")
            c.label, c.attrs, c.rule = "ORG", dict(found[0]), "org.club_city"
            c.attrs["country_code"] = c.attrs.get("country_code") or own


def _city_subject(doc: Doc, c: Cand) -> bool:
    """A city (not a country) that is the subject of a clause."""
    return c.attrs.get("entity_type") == "city" and labels.has_role(doc[c.start], "subject")


def _team_again(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Mexiko gelang der Ausgleich', 'Russland, Kanada, Finnland im Viertelfinale', 'ein
    6:0-Sieg über San Marino' after 'Ecuador gegen Mexiko': a place named as a side
    elsewhere in the article is that side; not after a place preposition, in brackets, as a
    dateline, or as the venue after a match's score ("Mazedonien 1:0 (0:0) Luxemburg.")."""
    sides = {c.attrs.get("canonical_name") for c in final if c.rule == "org.team"}
    sides.discard(None)
    if not sides:
        return
    for c in final:
        if (
            c.label != "LOC"
            or (c.attrs.get("canonical_name") or doc[c.start : c.end].text) not in sides
        ):
            continue
        if _as_place_use(tables, words, c) or _after_score(words, c.start):
            continue
        _as_team(doc, c)


def _after_score(words: DocWords, i: int) -> bool:
    """'Mazedonien 1:0 (0:0) Luxemburg.': the word ``i`` right after a score (and its bracket)
    is the venue."""
    k = i - 1
    if k > 0 and words[k] == ")":
        k -= 1
    return k >= 0 and bool(_SCORE.fullmatch(words[k]))


#: Words between the items of a list: "Manchester United, Bayer Leverkusen, Valencia".
_LIST_JOINS = frozenset({",", "/"})


def _club(c: Cand) -> bool:
    """A club or a side: an ORG of type ``other`` (registry clubs, "FC ..." clubs, teams)."""
    return c.label == "ORG" and (
        c.attrs.get("entity_type") == "other" or c.rule in ("org.team", "org.club")
    )


def _club_lists(doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Mögliche Gegner sind Manchester United, Bayer Leverkusen, Valencia, Sporting
    Lissabon': a city (no country) in a list next to a club is a side."""
    by_end = {c.end: c for c in final}
    by_start = {c.start: c for c in final}
    for c in final:
        if c.label != "LOC" or c.attrs.get("entity_type") == "country":
            continue
        left = (
            by_end.get(c.start - 1) if c.start > 0 and words[c.start - 1] in _LIST_JOINS else None
        )
        right = (
            by_start.get(c.end + 1) if c.end < len(words) and words[c.end] in _LIST_JOINS else None
        )
        if any(o is not None and _club(o) for o in (left, right)):
            _as_team(doc, c)


#: How far after a city that is the subject a match's "gegen" or score may follow.
_MATCH_REACH = 12


def _match_subjects(doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'Neapel setzte sich in Bergamo gegen Atalante mit 3:1 durch': a city (no country)
    that is the subject of a clause (or starts a sentence before its verb) with "gegen" or
    a score after it is a side."""
    n = len(words)
    for c in final:
        if c.label != "LOC" or c.attrs.get("entity_type") == "country":
            continue
        if not (labels.has_role(doc[c.end - 1], "subject") or _opens_clause(doc, c)):
            continue
        for k in range(c.end, min(n, c.end + _MATCH_REACH)):
            w = words[k]
            if w in (".", "!", "?", ";"):
                break
            if w == "gegen" or _SCORE.fullmatch(w):
                _as_team(doc, c)
                break


def _opens_clause(doc: Doc, c: Cand) -> bool:
    """The span starts a sentence (after a full stop: the parser may miss the boundary
    after a score, "2:0. Neapel setzte") and a verb follows it."""
    return (
        (c.start == 0 or doc[c.start - 1].text.endswith((".", "!", "?")))  # also "2:0."
        and c.end < len(doc)
        and doc[c.end].pos_ in ("VERB", "AUX")
    )
