"""The words that go on with the speaker's noun phrase are the frame's, not the statement's:
"500 Bewaffnete waren es nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte."
(the rest of the name), "… halten sich nach Angaben der Regierung, die nun rasch
Unterkünfte schaffen will, in Athen auf" (a relative clause on the speaker's noun), "…,
sagt Riha, der bei diesem Film auf Drohnen verzichtete." (one on the speaker's name).

A part of a statement that starts right after its speaker mention (only commas between)
starts after the rest of a name the recogniser runs on from the mention ("für
Menschenrechte", up to a verb or a number), a noun in the genitive the parse hangs on the
mention's report noun ("nach Schätzung der Grünen", up to a comma) and a relative clause
on these opened by a relative pronoun, up to its verbs before a comma, when it is not in
the reported-speech mood ("schrieb Lopez, die den Auftritt kaum erwarten könne"). A part
that holds nothing else is dropped, when the statement has another part. Other phrases
the parse hangs on the mention stay the statement's: the parse often takes the
statement's own words for them ("laut Stadt rund 3.000 Menschen", "nach
Abfallwirtschaftsgesetz in Rechnung gestellt"). A mention that is the bare report noun
alone ("nach Angaben unabhängiger Experten" -> "Angaben") becomes the genitive phrase the
parse hangs on it right after it ("unabhängiger Experten"), as "nach Angaben der Experten"
gives "der Experten".

>>> speaker_tails(ctx)   # trims ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADP, AUX, NOUN, NUM, PROPN, VERB
from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span

#: words of a genitive attribute taken for the bare report noun's source
MAX_ATTRIBUTE = 8


def speaker_tails(ctx: DocContext) -> None:
    """Start the parts of ``ctx.quotes`` after the speaker's own phrases."""
    if not ctx.parsed:
        return
    for q in ctx.quotes:
        if q.speaker is None or q.nested:
            continue
        parts = [_after_tail(ctx, q.speaker, p) for p in sorted(q.parts)]
        kept = [p for p in parts if p is not None]
        if kept and kept != q.parts:
            q.parts = kept
        q.speaker = _source_attribute(ctx, q.speaker, q.parts)


def _source_attribute(ctx: DocContext, sp: Span, parts: list[Span]) -> Span:
    """A mention that is the bare report noun alone ("nach Angaben unabhängiger Experten"
    with the attribute's adjective tagged in another case): the genitive noun phrase the
    parse hangs on it right after it, outside the statement's parts; else ``sp``."""
    sa, sb = sp
    doc = ctx.doc
    if sb - sa != 1 or doc[sa].lower_ not in ctx.w.bare_sources:
        return sp
    for t in doc[sa].children:
        end = t.right_edge.i + 1
        if t.i < sb or _left(t) != sb or not _genitive(ctx, t):
            continue
        if not any(a < end and sb < b for a, b in parts) and end - sb <= MAX_ATTRIBUTE:
            return (sb, end)
    return sp


def _after_tail(ctx: DocContext, sp: Span, part: Span) -> Span | None:
    """``part`` from after the speaker's phrases when it starts right after the mention
    ``sp``; None when nothing is left of it."""
    a, b = part
    sa, sb = sp
    texts = ctx.table.texts
    if a < sb or any(texts[m] != "," for m in range(sb, a)):
        return part
    held = set(range(sa, sb))  # the mention and the phrases found on it so far
    m = a
    while m < b:
        end = _tail_end(ctx, held, m, b)
        if end is None:
            break
        held.update(range(m, end))
        m = end
        while m < b and texts[m] == ",":
            m += 1
    if m == a:
        return part
    return (m, b) if m < b and any(texts[k].isalnum() for k in range(m, b)) else None


def _tail_end(ctx: DocContext, held: set[int], m: int, b: int) -> int | None:
    """Where the speaker's phrase that opens at token ``m`` ends, or None."""
    doc = ctx.doc
    if m - 1 in held and doc[m].ent_iob_ == "I" and doc[m - 1].ent_type_:
        k = m  # the rest of the name the recogniser gives ("… für Menschenrechte")
        while k < b and doc[k].ent_iob_ == "I" and doc[k].pos not in (VERB, AUX, NUM):
            k += 1
        return k if k == b or doc[k].ent_iob_ != "I" else None
    for k in range(m, b):
        t = doc[k]
        if t.head.i not in held or _left(t) != m or t.right_edge.i >= b:
            continue
        if _relative(t) and not ctx.any_mood(m, t.right_edge.i + 1):
            # (in the reported-speech mood the clause is what was said: "schrieb Lopez,
            # die den Auftritt kaum erwarten könne")
            return _verb_final(ctx, m, t.right_edge.i + 1)
        if _genitive(ctx, t) and doc[m].pos != ADP:
            return next(
                (c for c in range(m, t.right_edge.i) if doc[c].text == ","), t.right_edge.i + 1
            )
    return None


def _genitive(ctx: DocContext, t: Token) -> bool:
    """Is ``t`` a noun in the genitive that modifies a report noun of the mention ("nach
    Schätzung der Grünen", "nach Angaben unabhängiger Experten"; ``bare_sources``,
    ``report_noun_endings``)?"""
    head = t.head.lower_
    return (
        t.pos in (NOUN, PROPN)
        and (head in ctx.w.bare_sources or head.endswith(ctx.w.report_noun_endings))
        and labels.has_role(t, "noun_modifier")
        and labels.GENITIVE in labels.morph_values(t, "Case")
    )


def _left(t: Token) -> int:
    """The first word of the subtree of ``t`` (the parse hangs the comma before a relative
    clause on its verb)."""
    k = t.left_edge.i
    while k < t.i and t.doc[k].is_punct:
        k += 1
    return k


def _relative(t: Token) -> bool:
    """Is ``t`` the verb of a relative clause opened by a relative pronoun (not a free
    relative's w-word: "mahnte X, wer … aufbürde, verhindert …" is what X says)?"""
    first = t.doc[_left(t)]
    return (
        labels.has_role(t, "relative_clause")
        and labels.is_relative_pronoun(first)
        and first.tag_ not in labels.W_NOMINAL_TAGS
    )


def _verb_final(ctx: DocContext, m: int, end: int) -> int | None:
    """The end of a relative clause at ``m``: after its verbs, which stand together last,
    before a comma or the end ("die … schaffen will, in Athen auf": the parse may hang
    what follows on the clause); None when a verb stands second ("…, das sei er gewiss":
    a main clause the parse took for a relative one)."""
    pos = ctx.table.pos
    k = next((k for k in range(m + 1, end) if pos[k] in (VERB, AUX)), None)
    if k is None:
        return None
    while k < end and pos[k] in (VERB, AUX):
        k += 1
    return k if k == end or ctx.doc[k].is_punct else None
