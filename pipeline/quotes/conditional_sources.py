"""A source named in a verb-first clause before the statement must name someone.

"Geht es nach Bunge, steigen die Preise wieder." -- the verb-first clause ("if it goes by
Bunge") names whose view the main clause after the comma gives; the source pattern of
``cue_patterns.jsonl`` makes the main clause the quote and the words after "nach" its
speaker. The same clause also tells of a way ("Geht es nach Norden, wird die Straße
schmaler", "Geht es nach Salzburg, …"), so a quote whose source cue stands right after the
finite verb that opens its unit keeps its speaker only when the words name someone: a
phrase with an article or possessive ("nach dem Willen der Regierung", "nach den Plänen der
Stadt"), a person or organisation (:func:`.mentions.speakerish`), or the surname of a person
named in full before ("Rainer Bunge … Geht es nach Bunge"). Else the quote goes. A quote
that stays starts after the comma that closes the clause (the source's attributes, "nach
den Umfragen zur Wahl am Sonntag,", are no part of it).

>>> conditional_sources(ctx)   # drops quotes from ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import VERB_POS, DocContext, Quote
from .mentions import speakerish
from .spaces import past_spaces
from .units import introduced_surnames

COMMA = ","
#: the cue stands at most this many tokens after the verb that opens the unit ("Geht es nach")
CUE_REACH = 2


def conditional_sources(ctx: DocContext) -> None:
    """Drop the quotes of a source cue in a verb-first clause whose source names no one."""
    if not ctx.pos or not any(q.from_pattern for q in ctx.quotes):
        return
    known = None
    kept = []
    for q in ctx.quotes:
        if _verb_first(ctx, q):
            known = introduced_surnames(ctx.doc) if known is None else known
            if not _names_someone(ctx, q, known):
                continue
            _after_comma(ctx, q)
        kept.append(q)
    if len(kept) != len(ctx.quotes):
        ctx.quotes[:] = kept


def _verb_first(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` a pattern quote whose cue stands right after the finite verb that opens its
    unit ("Geht es nach X, …")?"""
    if not q.from_pattern or not q.cue:
        return False
    u = ctx.units[q.unit]
    s = past_spaces(ctx.doc, u.start, u.end)
    c = min(a for a, _ in q.cue)
    if not s < c <= s + CUE_REACH or ctx.table.pos[s] not in VERB_POS:
        return False
    return labels.morph_has(ctx.doc[s], labels.FINITE_FEATURE)


def _names_someone(ctx: DocContext, q: Quote, known: dict[int, int]) -> bool:
    """Does the speaker mention of ``q`` name someone (see the module doc)?"""
    if q.speaker is None:
        return False
    a, b = q.speaker
    if ctx.ph.is_det(ctx.doc[a], ctx.pos) or speakerish(ctx, q.speaker):
        return True
    last = ctx.doc[b - 1]
    return known.get(last.orth, b) < a


def _after_comma(ctx: DocContext, q: Quote) -> None:
    """The quote starts after the comma that closes the verb-first clause ("Geht es nach den
    Umfragen zur Wahl am Sonntag, könnte …": not "zur Wahl am Sonntag, könnte …")."""
    c = min(a for a, _ in q.cue)
    end = ctx.units[q.unit].end
    comma = next((m for m in range(c, end) if ctx.table.texts[m] == COMMA), None)
    if comma is None or comma + 1 >= q.end:
        return
    q.parts = [(max(a, comma + 1), b) for a, b in q.parts if b > comma + 1]
