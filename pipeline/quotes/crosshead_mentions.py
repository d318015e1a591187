"""A crosshead run into the next sentence is no part of its speaker: "… verhindert werden.
Illusionen verbreiten Merkel warf ihren Kritikern vor, …" (the crosshead "Illusionen
verbreiten" has no stop of its own, as in text whose line breaks were lost). A mention that
opens with a noun phrase without an article ("Illusionen", "Neue Wege"), then one lower-case
word (its verb: the tagger often takes it for an attribute, ``crosshead_verb_endings``; no
article: "Forscher der Universität Wien") and a capitalised phrase with a name, starts at
that phrase: two noun phrases do not stand side by side in one mention. "Der am Montag
gewählte Präsident X" (an article first) and "Putins langjähriger Berater X" (a genitive
owner) stay.

>>> crosshead_mentions(ctx)   # trims the speaker mentions of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Token

from .context import DocContext, Span

#: words of the crosshead's noun phrase before its verb ("Neue Wege")
MAX_HEAD_WORDS = 3


def crosshead_mentions(ctx: DocContext) -> None:
    """Start the speaker mentions of ``ctx.quotes`` after a crosshead's verb."""
    if not ctx.parsed:
        return
    for q in ctx.quotes:
        if q.speaker is not None and not q.nested:
            q.speaker = _after_crosshead(ctx, q.speaker)


def _after_crosshead(ctx: DocContext, sp: Span) -> Span:
    """``sp`` from after a crosshead's verb (module docstring), else ``sp``."""
    doc, a, b = ctx.doc, sp[0], sp[1]
    for k in range(a + 1, min(b - 1, a + MAX_HEAD_WORDS + 1)):
        t = doc[k]
        if t.is_lower:
            if not _verbish(ctx, t) or doc[k - 1].pos != NOUN:
                return sp
            rest = doc[k + 1 : b]
            named = rest[0].text[:1].isupper() and any(x.ent_type_ for x in rest)
            return (k + 1, b) if named else sp
        prev = doc[k - 1]
        if prev.pos not in (ADJ, NOUN) or not prev.text[:1].isupper() or prev.text.endswith("s"):
            return sp  # "Putins langjähriger Berater": a genitive owner
    return sp


def _verbish(ctx: DocContext, t: Token) -> bool:
    """A verb, or a word the tagger took for an attribute, no article or preposition."""
    return (
        t.is_alpha
        and (
            t.pos in (VERB, AUX)
            or (t.pos == ADJ and t.lower_.endswith(ctx.w.crosshead_verb_endings))
        )
        and not ctx.ph.is_det(t, ctx.pos)
        and t.lower_ not in ctx.w.prepositions
    )
