"""A stance after what is said, as derStandard writes it without quotation marks: "Personelle
Wechsel bringen nichts, ist er überzeugt: Die Stimmung ist …", "In den Zahlen drücke sich
ein schwieriger Zugang aus, sind die Anwälte überzeugt: Hohe Gebühren schreckten viele
ab, glaubt Wolff."

A clause after a comma that opens with a verb of a stance (``stance_lemmas``), names
someone right after it and ends in an adjective of a stance (``stance_adjectives``: "ist
er überzeugt", "gibt sich der Minister zuversichtlich"; or of surprise, ``surprise_adjectives``:
"zeigte sich X verblüfft") at a colon or the sentence's end
frames the words before the comma (not a condition: "Wenn …, ist er zufrieden."): an
indirect statement of that speaker (``stance_frames:before+after``). Speech after the
colon is :mod:`.colon_speech`'s; a quote of another frame that ran back over this one
("…, glaubt Wolff") starts after the colon.

>>> stance_frames(ctx)   # adds quotes to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADV, AUX, VERB

from .context import DocContext, Quote, Span
from .mentions import someone
from .words import word_ids

#: the rule of such a statement: its frame after it
RULE = "stance_frames:before+after"
CONFIDENCE = 0.7
#: the clause of the stance holds at most this many tokens ("sind die Anwälte überzeugt")
MAX_FRAME = 7
COMMA = ","
COLON = ":"


def stance_frames(ctx: DocContext) -> None:
    """Add the statements framed by a stance after them (see the module doc)."""
    if not ctx.pos or not ctx.w.stance_lemmas:
        return
    for ui, u in enumerate(ctx.units):
        if any(ctx.inside[m] >= 0 for m in range(u.start, u.end)):
            continue
        end = u.content_end(ctx.doc)
        for comma in range(u.start + 2, end - 2):
            if ctx.table.texts[comma] != COMMA:
                continue
            found = _stance(ctx, comma + 1, end)
            if found is not None:
                _add(ctx, ui, comma, *found)


def _stance(ctx: DocContext, v: int, end: int) -> tuple[Span, int] | None:
    """The speaker and the end of a stance clause that opens at token ``v`` with its verb
    ("ist er überzeugt", up to a colon or ``end``), or None."""
    t, pos = ctx.table, ctx.table.pos
    if pos[v] not in (VERB, AUX) or t.lemma[v] not in word_ids(ctx.w.stance_lemmas):
        return None
    # "…, zeigte sich X verblüfft": surprise frames the words before as a stance does
    stance = word_ids(ctx.w.stance_adjectives) | word_ids(ctx.w.surprise_adjectives)
    adj = next((m for m in range(v + 1, min(end, v + MAX_FRAME)) if t.lower[m] in stance), None)
    if adj is None or (adj + 1 < end and t.texts[adj + 1] != COLON):
        return None
    sp = subject_after_verb(ctx, v, adj)
    if sp is None or not someone(ctx, sp):
        return None
    return sp, adj + 1


def subject_after_verb(ctx: DocContext, v: int, end: int) -> Span | None:
    """The noun phrase right after the verb ``v`` that opens its clause, past "sich" and
    adverbs ("ist auch der Blaue überzeugt", "wischt Kurz beiseite"), before ``end``."""
    t, i = ctx.table, v + 1
    while i < end and t.lower[i] in word_ids(ctx.w.reflexive_pronouns):
        i += 1
    while i < end and t.pos[i] == ADV and not ctx.doc[i].ent_type_:
        i += 1
    return ctx.kit.phrases.np_forward(ctx.doc, i, end, ctx.pos, after_verb=True)


def _add(ctx: DocContext, ui: int, comma: int, sp: Span, frame_end: int) -> None:
    """Add the statement before ``comma`` (from the unit's start or its last colon) framed by
    the stance ``comma + 1``..``frame_end``, and start a quote that ran back over the frame
    after its colon."""
    u = ctx.units[ui]
    colons = [m for m in range(u.start, comma) if ctx.table.texts[m] == COLON]
    a = colons[-1] + 1 if colons else u.start
    if comma - a < 3 or ctx.table.lower[a] in word_ids(ctx.w.adverbial_subordinators):
        return  # "Wenn die Reform kommt, ist er zufrieden.": a condition, not what is said
    cut = []
    for q in ctx.quotes:
        if q.unit != ui or q.end <= a or q.start >= frame_end:
            continue  # not over the words or the frame
        if len(q.parts) != 1 or not q.cue or q.end <= frame_end + 1:
            return  # the words are a quote already
        if any(c[0] < frame_end for c in q.cue):
            return  # a frame of its own holds the words
        cut.append(q)
    for q in cut:
        q.parts = [(frame_end + 1, q.end)]  # "…, sind die Anwälte überzeugt: …, glaubt X"
    q = Quote("indirect", [(a, comma)], CONFIDENCE, RULE, ui, sp)
    q.cue = [(comma + 1, comma + 2), (frame_end - 1, frame_end)]
    q.cue_lemma = ctx.table.texts[frame_end - 1]
    ctx.quotes.append(q)
