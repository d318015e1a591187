"""Speakers: an origin phrase after a cue with no subject, past the adverbials the frame
puts before it ("hieß es zu Mittag in Brüssel aus der EU-Kommission, dass …" -> "der
EU-Kommission"; "…, verlautete am Donnerstag aus Kreisen der OPCW.").

A cue noun that is the subject of its verb says whose words they are by an origin phrase
on that verb ("Von der Polizei kam die Information, …" -> "der Polizei"; "Aus dem
Ministerium kam die Warnung, …"): :func:`origin_of_noun_cue`, prepositions
``noun_origin_prepositions``.

The cue patterns look right after the cue; this step, for a quote left with no speaker,
reads on to the first origin preposition (roles group ``origin``) before punctuation or
what is said, within :data:`ORIGIN_REACH` words; its phrase must name someone who speaks
(not a reason: "aus Mangel an Beweisen").
"""

from __future__ import annotations

from collections.abc import Callable

from .. import labels
from .context import DocContext, Quote, Span

#: how many words after the cue the origin preposition may stand
ORIGIN_REACH = 8


def origin_after_cue(
    ctx: DocContext, q: Quote, speaks: Callable[[DocContext, Span], bool]
) -> Span | None:
    """The noun phrase of an origin preposition after the quote's cue when ``speaks`` says it
    names someone who speaks (:func:`~.mentions.speakerish`), else None."""
    if not q.cue or not ctx.kit.roles.origin_prepositions:
        return None
    doc, u = ctx.doc, ctx.units[q.unit]
    said = {k for a, b in q.parts for k in range(a, b)}
    start = q.cue[-1][1]
    end = min(u.end, start + ORIGIN_REACH)
    stop = next((k for k in range(start, end) if doc[k].is_punct or k in said), end)
    for k in range(start, stop - 1):
        if doc[k].lower_ in ctx.kit.roles.origin_prepositions:
            np = ctx.ph.np_loose(doc, k + 1, stop, ctx.pos)
            # "aus der EU-Kommission", not a reason ("aus Mangel an Beweisen")
            return np if np is not None and speaks(ctx, np) else None
    return None


def origin_of_noun_cue(
    ctx: DocContext, q: Quote, speaks: Callable[[DocContext, Span], bool]
) -> Span | None:
    """The origin phrase ("von der Polizei", "aus dem Ministerium") on the verb whose subject
    is the quote's cue noun ("Von der Polizei kam die Information, …"), when ``speaks`` says
    it names someone who speaks; else None."""
    preps = ctx.w.noun_origin_prepositions
    if not ctx.parsed or not q.cue or not preps or len(q.cue) != 1:
        return None
    doc, u = ctx.doc, ctx.units[q.unit]
    a, b = q.cue[0]
    noun = doc[a:b].root
    # the subject, or the object of a verb with no subject (the parser's guess for
    # "Von der Polizei kam die Information")
    if noun.pos_ != "NOUN" or not labels.has_role(noun, "subject", "object"):
        return None
    chain = labels.verb_chain(noun.head)
    if any(labels.has_role(c, "subject") and c.i != noun.i for v in chain for c in v.children):
        return None
    said = {k for x, y in q.parts for k in range(x, y)}
    for v in chain:
        for c in v.children:
            left, right = c.left_edge.i, c.right_edge.i + 1
            if c.i == noun.i or not 1 < right - left <= ORIGIN_REACH:
                continue
            if doc[left].lower_ not in preps:
                continue
            if left < u.start or right > u.end or said & set(range(left, right)):
                continue
            np = (left + 1, right)
            return np if speaks(ctx, np) else None
    return None
