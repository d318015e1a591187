"""Everyone's or the writer's words, not a statement: an "as"-clause whose subject is the
indefinite pronoun ("…, wie man einmal sagte", "wie man gerne sagt") frames nobody's
words, and neither does the writer's first person that opens a sentence with its verb
("Nehmen wir an, dass …"). (A speech verb under a modal with that pronoun, "Man kann nur
hoffen, dass …", is the writer's statement already when the frame is read:
:func:`pipeline.quotes.content.writer_statement`.)

A source that speaks through the pronoun keeps its quote ("betonte man im Ministerium, …",
"In Wien hofft man, …"). Words are data: ``indefinite_subjects``, ``as_words`` and
``first_person_speakers``.

>>> drop_generic_frames(ctx)  # rewrites ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote

#: kinds whose frame is a verb with a subject (quotes in marks keep their own evidence)
FRAMED_KINDS = frozenset({"indirect", "reported"})


def drop_generic_frames(ctx: DocContext) -> None:
    """Drop the quotes framed by the indefinite pronoun in an "as"-clause or by the
    writer's first person (see the module doc)."""
    if not ctx.parsed:
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
    return any(ctx.doc[a].lower_ in ctx.w.as_words for a, _ in q.cue)


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
