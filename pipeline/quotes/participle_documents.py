"""A document with a participle attribute is the source: "In dem von der Gewerkschaft
vorgelegten Papier heißt es, …".

The source of a pattern like "In X heißt es" is the noun phrase after a document
preposition (``document_prepositions``) that runs up to the cue. When that phrase carries a
participle attribute with its own agent ("dem von der Gewerkschaft vorgelegten Papier",
"der vom Vorstand beschlossenen Resolution"), the phrase finder stops at the inner "von"
or the tagger calls the article a pronoun, and the quote is left with no speaker. Here the
whole phrase (article, attribute, noun) is the mention, as for "In einem vom Ministerium
veröffentlichten Bericht heißt es" (the name resolver takes the agent).

Only for a quote with no speaker mention whose cue stands right after the phrase, and the
phrase opens its sentence: "In dem … Papier heißt es" (not "Wie es in … heißt").

>>> participle_documents(ctx)   # sets speaker mentions of ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote, Span
from .spaces import past_spaces
from .words import word_ids

#: the longest phrase taken (article, agent phrase, participle, noun)
MAX_PHRASE = 9


def participle_documents(ctx: DocContext) -> None:
    """Give the quotes of ``ctx.quotes`` with no speaker their document (module doc)."""
    if not ctx.pos:
        return
    for q in ctx.quotes:
        if q.speaker is None and q.speaker_chars is None and q.from_pattern and q.cue:
            q.speaker = _document(ctx, q)


def _document(ctx: DocContext, q: Quote) -> Span | None:
    """The document phrase between the unit's preposition and the cue, else None."""
    doc, ph = ctx.doc, ctx.ph
    u = ctx.units[q.unit]
    s = past_spaces(doc, u.start, u.end)
    c = min(a for a, _ in q.cue)
    if doc[s].lower_ not in ctx.w.document_prepositions or not s + 3 < c <= s + MAX_PHRASE:
        return None
    a = s + 1
    agents = word_ids(ctx.w.agent_prepositions)
    if not ph.is_det(doc[a], ctx.pos) or ctx.table.lower[a + 1] not in agents:
        return None
    if not ph.is_nounish(doc[c - 1], ctx.pos) or doc[c - 1].ent_type_:
        return None
    participle = doc[c - 2]
    if participle.pos_ not in ("ADJ", "VERB", "ADV") or not participle.is_lower:
        return None
    if any(t.is_punct for t in doc[a:c]) or ctx.in_marks(a, c):
        return None
    return (a, c)
