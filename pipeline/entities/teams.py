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
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidates import Cand
from .merge import NEAR
from .tables import DocWords, EntityTables

_SCORE = re.compile(r"\(?\d{1,2}:\d{1,2}\)?[,.]?")
#: Sides named in a match: "Österreich – Schweden 1:0" (dash or "gegen" between them).
_AGAINST = frozenset({"gegen", "–", "-", "—"})


def sports_article(tables: EntityTables, words: DocWords) -> bool:
    """At least five sports words (or roles of a side), or three and a score."""
    if not tables.sports_words:
        return False
    hits = len(words.at("sports"))
    return hits >= 5 or (hits >= 3 and any(_SCORE.fullmatch(w) for w in words))


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
    two = f"{words[c.end - 2]} {last}" if c.length > 1 else ""
    return last in tables.team_names or two in tables.team_names


def teams(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> list[Cand]:
    """Relabel the LOC entities of a sports article that name a side as ORG teams, and the
    entities named by a team's nickname."""
    covered = {i for c in final for i in range(c.start, c.end)}
    for c in final:
        if c.label in ("PER", "LOC", "MISC") and _nickname(tables, words, c):
            while (
                c.start > 0
                and c.start - 1 not in covered
                and words[c.start - 1] in tables.gazetteer
            ):
                c.start -= 1  # "Chicago Blackhawks": the team's place is part of its name
            _as_team(doc, c)
    if not any(c.label == "LOC" for c in final):
        return final
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
    return final
