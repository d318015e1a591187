"""The holder of an utterance noun as the speaker: "„Ein Rücktritt kommt nicht in Frage“ –
so lautete die Antwort des Ministers." The speaker mention the frame found is the
utterance ("die Antwort des Ministers", "die Reaktion der Sprecherin"); who speaks is the
person in its genitive attribute ("des Ministers"). A mention that is an article (or none),
an adjective, one utterance noun (``utterance_nouns``) and a genitive attribute that names
someone (an article of the genitive, a person's name, or "von" and a phrase: "die Reaktion
von Weber") becomes that attribute.
A mention after a preposition is a document and stays ("heißt es in einer Erklärung des
Vorstands", "laut einer Prognose des Ministeriums": :mod:`.written_places`). Runs after the
mentions are tidied (the "so" speaker is found there).

>>> utterance_holders(ctx)   # narrows speaker mentions of ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Span
from .mentions import speakerish


def utterance_holders(ctx: DocContext) -> None:
    """Narrow each speaker mention that is an utterance of someone to that someone."""
    for q in ctx.quotes:
        if q.speaker is None:
            continue
        holder = _holder(ctx, q.speaker)
        if holder is not None:
            q.speaker = holder
            q.rule += "+utterance_holder"


def _holder(ctx: DocContext, sp: Span) -> Span | None:
    """The genitive attribute of the utterance mention ``sp``, or None."""
    doc, w = ctx.doc, ctx.w
    k = sp[0]
    if k > 0 and doc[k - 1].lower_ in w.prepositions:
        return None  # "heißt es in der Erklärung des Vorstands": a document, its source
    if k < sp[1] and ctx.ph.is_det(doc[k], ctx.pos):
        k += 1
    if k < sp[1] and doc[k].pos_ == "ADJ":
        k += 1  # "die knappe Antwort"
    if sp[1] - k < 2 or doc[k].lower_ not in w.utterance_nouns or not doc[k].text[:1].isupper():
        return None
    rest = (k + 1, sp[1])
    first = doc[rest[0]]
    if first.lower_ in w.agent_prepositions and rest[1] - rest[0] >= 2:
        rest = (rest[0] + 1, rest[1])  # "die Reaktion von Weber"
        first = doc[rest[0]]
    elif not (first.lower_ in w.genitive_determiners and rest[1] - rest[0] >= 2) and not (
        first.ent_type_ == "PER" and first.ent_iob_ == "B"
    ):
        return None
    if any(ctx.inside[m] >= 0 for m in range(*rest)):
        return None
    return rest if speakerish(ctx, rest) else None
