"""Everyone's or the writer's thought, not a statement: a frame whose subject is the
indefinite pronoun with a modal that is not in the mood of reported speech ("Man kann nur
hoffen, dass …", "Hier wird man sagen dürfen, dass …", "Man könnte meinen, …"), or an
"as"-clause with that subject ("…, wie man einmal sagte"), frames nobody's words; so does
the writer's first person that opens a sentence with its verb ("Nehmen wir an, dass …").

A source that speaks through the pronoun keeps its quote: the verb itself ("betonte man im
Ministerium, …", "In Wien hofft man, …"), a modal in the reported-speech mood ("Man müsse
davon ausgehen, dass …": a continuation of someone's words). Words are data:
``indefinite_subjects``, ``generic_modals`` and ``as_words``.

>>> drop_generic_frames(ctx)  # rewrites ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote

#: kinds whose frame is a verb with a subject (quotes in marks keep their own evidence)
FRAMED_KINDS = frozenset({"indirect", "reported"})
#: the grammar's mood of reported speech (see :meth:`pipeline.quotes.lang.Grammar.mood`)
REPORTED_MOOD = 2


def drop_generic_frames(ctx: DocContext) -> None:
    """Drop the quotes framed by the indefinite pronoun with a modal or in an "as"-clause
    (see the module doc)."""
    if not ctx.parsed or not ctx.w.generic_modals:
        return
    ctx.quotes = [q for q in ctx.quotes if not _generic(ctx, q)]


def _generic(ctx: DocContext, q: Quote) -> bool:
    if q.kind not in FRAMED_KINDS or q.nested or not q.cue:
        return False
    verb = _cue_verb(ctx, q)
    if verb is None:
        return False
    if _hortative(ctx, verb):
        return True
    subject = labels.clause_subject(verb)
    if subject is None or subject.lower_ not in ctx.w.indefinite_subjects:
        return False
    if any(ctx.doc[a].lower_ in ctx.w.as_words for a, _ in q.cue):
        return True
    return any(
        t.lemma_.lower() in ctx.w.generic_modals and ctx.moods[t.i] != REPORTED_MOOD
        for t in labels.verb_chain(verb)
    )


def _hortative(ctx: DocContext, verb: Token) -> bool:
    """The writer's "Nehmen wir an, dass …": the verb opens its sentence (or follows a
    colon), a first-person pronoun right after it (the parse may miss that it is the
    subject), and no question mark ends the sentence."""
    after = ctx.doc[verb.i + 1] if verb.i + 1 < len(ctx.doc) else None
    if after is None or after.lower_ not in ctx.w.first_person_speakers:
        return False
    u = ctx.units[ctx.unit_of[verb.i]]
    before = ctx.doc[verb.i - 1] if verb.i > u.start else None
    if before is not None and not (before.is_punct and before.text == ":"):
        return False
    e = u.content_end(ctx.doc)
    return not (e < u.end and ctx.doc[e].text == "?")


def _cue_verb(ctx: DocContext, q: Quote) -> Token | None:
    """The verb of the quote's cue (its last verb: "wie … sagte")."""
    verbs = [ctx.doc[i] for a, b in q.cue for i in range(a, b) if labels.is_verbal(ctx.doc[i])]
    return verbs[-1] if verbs else None
