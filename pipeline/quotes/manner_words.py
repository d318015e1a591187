"""A manner word that opens a sentence is not its speaker.

"Scharf kritisierte die Opposition, das Gesetz sei …", "Entschieden widersprach der
Minister: „…“", "Offen sprach die Ministerin über ihre Pläne. Sie wolle …": the parse takes
the capitalised manner word before the finite verb for the subject, and every step that
asks for the frame's subject (the cue frame, the colon, the chain head a continuation
follows) takes it as the mention (the recogniser even tags "Erfreut" as a person). A
one-word mention of ``fronted_manner_words`` that opens its sentence right before a
finite verb is replaced by the noun phrase after the verb. Surnames the tagger reads as
adjectives ("Kurz kritisierte …") are not in the list and stay.

>>> fronted_manners(ctx)   # "Scharf" -> "die Opposition"  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Span


def fronted_manners(ctx: DocContext) -> None:
    """Move each quote's one-word manner mention to the subject after the verb."""
    if not ctx.parsed:
        return
    moved: dict[Span, Span | None] = {}
    for q in ctx.quotes:
        sp = q.speaker
        if sp is None or sp[1] - sp[0] != 1:
            continue
        if sp not in moved:
            moved[sp] = _subject_after(ctx, sp[0])
        if moved[sp] is not None:
            q.speaker = moved[sp]


def _subject_after(ctx: DocContext, k: int) -> Span | None:
    """The noun phrase after the finite verb right after the manner word at ``k`` that
    opens its sentence, or None when ``k`` is no such word."""
    doc = ctx.doc
    t = doc[k]
    if t.lower_ not in ctx.w.fronted_manner_words or k + 1 >= len(doc):
        return None
    sent = t.sent
    if sent.start != k or not ctx.g.finite_like(doc[k + 1], ctx.pos):
        return None
    return ctx.g.np_after(ctx, k + 2, sent.end)
