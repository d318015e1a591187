"""Speakers: a surname with a particle that opens the sentence before its finite verb ("Von
der Leyen hatte Fehler eingeräumt und angegeben, …", "Zu Guttenberg sagte, …"). The parse
reads the particle as a preposition and the name as its object, so the cue verb is left
with no subject or with a wrong one ("Fehler").

The particle is one of ``name_particle_openers`` (capitalised at the start of the
sentence), an article may follow ("von der", "van den"), then the name: a person entity, or
a proper noun right after a particle without article ("Zu Guttenberg", tagged as a place),
and right after it the finite verb, in the clause of the cue (no punctuation between: not
"Zu Guttenberg war zurückgetreten, nachdem bekannt geworden war, …"). "Von der Regierung
hieß es" (no name) and "Zu Ostern sagte der Papst" (the cue has a speaker that names
someone) stay.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import AUX, PROPN, VERB

from .context import DocContext, Quote, Span

#: how many words the name may have
NAME_REACH = 3


def particle_name(
    ctx: DocContext, q: Quote, speaks: Callable[[DocContext, Span], bool]
) -> Span | None:
    """The particle name that opens the quote's sentence before its finite verb, when the
    quote has no speaker or one that names no one (``speaks``), else None."""
    if not q.cue or not ctx.w.name_particle_openers:
        return None
    if q.speaker is not None and speaks(ctx, q.speaker):
        return None
    doc, pos = ctx.doc, ctx.table.pos
    u = ctx.units[q.unit]
    a = u.start
    if a + 2 >= u.end or not doc[a].text[:1].isupper():
        return None
    if doc[a].lower_ not in ctx.w.name_particle_openers:
        return None
    k = a + 1
    article = doc[k].lower_ in ctx.w.name_particle_articles
    k += article
    start = k
    while k < min(u.end, start + NAME_REACH) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    names = doc[start:k]
    person = any(t.ent_type_ == "PER" for t in names)
    bare = not article and len(names) == 1 and pos[start] == PROPN
    if not names or not (person or bare) or k >= u.end or pos[k] not in (VERB, AUX):
        return None
    if ctx.inside[k] >= 0 or any(x <= k < y for x, y in q.parts) or q.cue[0][0] < k:
        return None
    if any(doc[m].is_punct for m in range(k, q.cue[0][0])):
        return None  # "Zu Guttenberg war zurückgetreten, nachdem bekannt geworden war, …"
    return (a, k)
