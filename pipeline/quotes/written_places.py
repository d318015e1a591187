"""The place where quoted written words stand, as their source.

"Auf dem Fronttransparent war die Parole „…“ zu lesen", "Darauf waren die Worte zu lesen:
„…“", "Derzeit steht in dem Gesetzentwurf noch der Passus: „…“": a noun of written words
(``written_words_nouns``) names no one; the transparent, the draft, the "darauf" that the
words stand on or in is the source (a phrase after ``written_place_prepositions`` or one of
``written_place_adverbs`` in the same clause).

>>> written_place(ctx, u.start, s - 1, noun)   # doctest: +SKIP
(3, 5)
"""

from __future__ import annotations

from .context import DocContext, Span
from .phrases import CLAUSE_BREAK

#: rule piece of a quoted phrase with a document in its clause (set by the direct quotes)
DOCUMENT_MARK = "+document"
#: entity labels of a place name
PLACE_LABELS = frozenset({"LOC", "GPE"})


def names_written_words(ctx: DocContext, sp: Span | None) -> bool:
    """Does the mention ``sp`` hold a noun of written words ("der Passus", "die Worte")?"""
    if sp is None:
        return False
    return any(ctx.doc[k].lower_ in ctx.w.written_words_nouns for k in range(sp[0], sp[1]))


def written_place(ctx: DocContext, start: int, end: int, noun: Span) -> Span | None:
    """The first place phrase in the clause of the mention ``noun`` of the words within
    ``start``..``end`` (outside quotation marks and ``noun``), else None. A town or a
    street ("In der Kölner Innenstadt zogen …") is where people are, not where words stand."""
    doc, w = ctx.doc, ctx.w
    for k in range(noun[0] - 1, start - 1, -1):  # the clause of the noun
        if doc[k].text in CLAUSE_BREAK and ctx.inside[k] < 0:
            start = k + 1
            break
    for k in range(start, end):
        if ctx.inside[k] >= 0 or noun[0] <= k < noun[1]:
            continue
        low = doc[k].lower_
        if low in w.written_place_adverbs:
            return (k, k + 1)
        if low in w.written_place_prepositions:
            np = ctx.ph.np_loose(doc, k + 1, end, ctx.pos)
            if np is not None and not (np[0] < noun[1] and noun[0] < np[1]):
                return None if _town(ctx, np) else np
    return None


def _town(ctx: DocContext, np: Span) -> bool:
    """Does the phrase end in a place name or a noun of a place (``place_nouns``)?"""
    last = ctx.doc[np[1] - 1]
    return last.ent_type_ in PLACE_LABELS or last.lower_ in ctx.w.place_nouns


def document_place(ctx: DocContext, start: int, end: int) -> Span | None:
    """ "In einem internen Schreiben an die Mitarbeiter war von einem „…“ die Rede": the
    phrase after one of ``document_prepositions`` that opens the sentence ``start``..``end``
    and whose head is a text (``text_noun_endings``): the source of quoted words with no
    cue, else None. Not such a phrase later in the sentence ("Die Pflichten seien im
    Vertrag festgelegt und „nicht verhandelbar“": where things are laid down)."""
    doc, w = ctx.doc, ctx.w
    if start + 1 >= end or doc[start].lower_ not in w.document_prepositions:
        return None
    np = ctx.ph.np_forward(doc, start + 1, end, ctx.pos)
    if np is not None and doc[_head(ctx, np)].lower_.endswith(w.text_noun_endings):
        return np
    return None


def _head(ctx: DocContext, np: Span) -> int:
    """The last noun of the phrase's first part (before an attribute: "Schreiben an die …")."""
    nouns = [k for k in range(np[0], np[1]) if ctx.doc[k].pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else np[1] - 1


def document_sources(ctx: DocContext) -> None:
    """Step after the mentions are tidied: a quoted phrase with a document in its clause
    (:data:`DOCUMENT_MARK`) that still has no speaker takes the document ("In einem
    internen Schreiben war von einem „…“ die Rede"); a subject that names someone stays
    ("In einem Bericht rechtfertigte das Ministerium die Aktion als „…“")."""
    for q in ctx.quotes:
        if q.direct and q.speaker is None and q.rule.endswith(DOCUMENT_MARK):
            q.speaker = document_place(ctx, ctx.units[q.unit].start, q.start - 1)
