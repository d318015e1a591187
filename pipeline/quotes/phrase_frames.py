"""Phrase frames: "Auf die Kritik angesprochen, sagte der Minister: „…“" -- words framed
after them that are no clause say nothing: no row.

A quote framed after its words ("WORDS, sagte X") holds a clause with a finite verb or
direct speech. Words outside quotation marks that open their sentence and end at the comma
right before the cue verb are no statement when

* they are a participle phrase with no finite verb and no reported-speech mood ("Auf die
  Kritik angesprochen", "Darauf angesprochen", "Nach seinen Plänen gefragt": how the
  speaker came to speak), opened by a preposition or a pronominal adverb or made of a
  participle of being asked (``asked_participles``);
* they are a prepositional phrase whose only finite verbs are in clauses opened after a
  comma by a relative pronoun or a conjunction ("Nach dem Spiel, das 2:1 endete, ärgerte
  sich X über …"): when it happened -- when the cue is a pattern's or direct speech
  follows it (a verb's act after it is a reported row of the whole sentence).

A verbless phrase is left alone ("Ohne 5G, sagte X": see :mod:`.stray_stops`), and so is
a short statement with a participle that opens with no preposition ("Alles richtig gemacht,
sagte der Trainer").

>>> phrase_frames(ctx)   # drops quotes of ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADP

from .. import labels
from .context import DocContext, Quote
from .words import word_ids

#: fine tags of the reflexive pronoun (STTS, both label schemes)
REFLEXIVE_TAGS = frozenset({"PRF"})


def phrase_frames(ctx: DocContext) -> None:
    """Drop the quotes whose words framed after them are no clause."""
    if ctx.table is None or not ctx.pos or not ctx.parsed:
        return
    ctx.quotes = [q for q in ctx.quotes if not _phrase_framed(ctx, q)]


def _phrase_framed(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` an after-frame's content that is a phrase, no clause?"""
    if q.direct or q.kind != "indirect" or len(q.parts) != 1 or not q.cue:
        return False
    a, b = q.parts[0]
    c = min(s for s, _ in q.cue)
    texts = ctx.table.texts
    if c != b + 1 or texts[b] != "," or a != ctx.units[q.unit].start or b - a < 2:
        return False
    if ctx.in_marks(a, b) or ctx.any_mood(a, b):
        return False
    if _participle_phrase(ctx, a, b):
        return True
    # "In einem Bericht, der …, fordert X ein Ende …": the act after the cue is reported
    # (Wikinews gold spans the whole sentence); with words in quotation marks after the
    # cue or a reflexive verb of emotion ("ärgerte sich X über …") the phrase only says when
    u = ctx.units[q.unit]
    said = _reflexive(ctx, q) or ctx.in_marks(c, u.end)
    return said and _timed_phrase(ctx, a, b)


def _participle_phrase(ctx: DocContext, a: int, b: int) -> bool:
    """ "Auf die Kritik angesprochen": no finite verb, a participle at the end, opened by a
    preposition or a pronominal adverb (or the participle of being asked)."""
    doc, lower = ctx.doc, ctx.table.lower
    asked = word_ids(ctx.w.asked_participles)
    last = doc[b - 1]
    if ctx.finite_verbs(a, b) or not (labels.is_participle(last) or lower[b - 1] in asked):
        return False
    first = doc[a]
    return ctx.table.pos[a] == ADP or labels.is_pronominal_adverb(first) or lower[a] in asked


def _timed_phrase(ctx: DocContext, a: int, b: int) -> bool:
    """ "Nach dem Spiel, das 2:1 endete": a prepositional phrase whose finite verbs are all in
    clauses opened after a comma by a relative pronoun or a conjunction."""
    if ctx.table.pos[a] != ADP:
        return False
    texts, lower = ctx.table.texts, ctx.table.lower
    commas = [m for m in range(a, b) if texts[m] == ","]
    if not commas or ctx.finite_verbs(a, commas[0]):
        return False
    openers = word_ids(ctx.w.relative_starts | ctx.w.subordinators)
    return all(m + 1 < b and lower[m + 1] in openers for m in commas)


def _reflexive(ctx: DocContext, q: Quote) -> bool:
    """Is ``q``'s cue a verb with its reflexive pronoun ("ärgerte sich", "empörte sich")?"""
    return any(ctx.doc[k].tag_ in REFLEXIVE_TAGS for a, b in q.cue for k in range(a, b))
