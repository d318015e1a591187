"""A title in quotation marks inside a source phrase belongs to the source, not the statement.

"Laut einem Bericht des „Standard“ soll der Minister zurücktreten.", "Einem Bericht der
„New York Times“ zufolge will …": the quoted words name a paper; they are neither quoted
speech nor part of what the paper reported. The parse ends the mention at the report noun
("einem Bericht"), the statement then starts inside the source phrase ("der „Financial
Times“ plant Apple …") and the title makes it a mixed quote. The mention runs on over the
genitive title (a determiner, then a quotation of names without a verb), the statement
starts after it, and the title's nested direct row goes. Before "zufolge", the words of
the phrase before the title ("Einem Bericht") join the mention instead of the statement;
before a pointing cue ("einen Bericht der Zeitung „El País“, wonach …") the noun phrase and
the title are the antecedent. A speech verb's subject right before an article that opens
only a genitive and a title the parse hangs on it takes the title ("Wie ein Sprecher des
„Roten Kreuzes“ sagte").

Train: counts unchanged (2 mixed rows become indirect); 10kGNAD: see the round-32 report.

>>> titled_sources(ctx)   # "Laut einem Bericht des „Standard“ soll …"  # doctest: +SKIP
"""

from __future__ import annotations

from .context import Direct, DocContext, Quote, Span

#: the parts of speech of a title's words (a name, no verb: "Financial Times", "Welt am Sonntag")
TITLE_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "DET", "PUNCT", "X", "NUM", "CCONJ"})
#: the parts of speech that end a mention before a genitive title (a report noun)
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
#: the longest title, in tokens with its marks
MAX_TITLE = 9
CLAUSE_END = ","
#: the parts of speech of a noun phrase before a title ("Einem Bericht", "Nach neuen Angaben")
PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def titled_sources(ctx: DocContext) -> None:
    """Take a quoted title right after (or inside) the source mention of each source-phrase
    row into the mention; the row's statement starts after it and is no mixed quote for it
    (a speech verb's subject: :func:`_subject_title`)."""
    if not ctx.pos:
        return
    gone: set[int] = set()
    for q in ctx.quotes:
        if q.direct or q.speaker is None or not q.cue:
            continue
        old = q.speaker
        if not q.from_pattern:
            _subject_title(ctx, q)
            continue
        idx = _title_after(ctx, q) if q.speaker[1] <= q.parts[0][0] + 1 else None
        if idx is None:
            idx = _title_before_cue(ctx, q)
        if idx is None:
            idx = _title_within(ctx, q)
        if idx is None:
            idx = _title_antecedent(ctx, q)
        if idx is None:
            continue
        gone.add(idx)
        _nested_speakers(ctx, q, old)
        if q.kind == "mixed" and not any(
            ctx.inside[k] >= 0 for a, b in q.parts for k in range(a, b)
        ):
            q.kind = "indirect"
    if gone:
        ctx.quotes = [q for q in ctx.quotes if not _title_row(ctx, q, gone)]


def _title_row(ctx: DocContext, q: Quote, gone: set[int]) -> bool:
    """Is ``q`` the nested direct row of one of the titles ``gone``?"""
    if not q.direct or len(q.parts) != 1:
        return False
    a, b = q.parts[0]
    idx = ctx.inside[a]
    return idx in gone and (ctx.directs[idx].start, ctx.directs[idx].end) == (a, b)


def _title(ctx: DocContext, idx: int) -> Direct | None:
    """The quotation ``idx`` when it is a short title: names, no verb."""
    d = ctx.directs[idx]
    words = ctx.doc[d.start : d.end]
    if not d.closed or len(words) > MAX_TITLE:
        return None
    return d if all(t.pos_ in TITLE_TAGS for t in words) else None


def _title_after(ctx: DocContext, q: Quote) -> int | None:
    """ "Laut einem Bericht | des „Standard“ | soll …": a genitive determiner and a title right
    after the mention, which ends at a noun; the mention takes both, the statement starts
    after them. Returns the title's quotation index, or None."""
    doc, (s, e) = ctx.doc, q.speaker
    if e + 1 >= len(doc) or doc[e - 1].pos_ not in NOUN_TAGS:
        return None
    if doc[e].pos_ != "DET" or doc[e].lower_ in ctx.w.non_genitive_articles:
        return None
    idx = ctx.inside[e + 1]
    d = _title(ctx, idx) if idx >= 0 and ctx.directs[idx].start == e + 1 else None
    if d is None:
        return None
    a, b = q.parts[0]
    if not a <= d.start or b <= d.end:
        return None  # the statement must go on after the title
    q.speaker = (s, d.end)
    q.parts[0] = (d.end, b)
    return idx


def _title_before_cue(ctx: DocContext, q: Quote) -> int | None:
    """ "Einem Bericht | der „New York Times“ | zufolge will …": the mention holds the title,
    the words of the phrase before it were taken as a part of the statement; they join the
    mention. Returns the title's quotation index, or None."""
    s, e = q.speaker
    cue = q.cue[0][0]
    if e > cue or len(q.parts) < 2:
        return None
    idx = next((ctx.inside[k] for k in range(s, e) if ctx.inside[k] >= 0), -1)
    if idx < 0 or _title(ctx, idx) is None:
        return None
    first = q.parts[0]
    if first[1] != s or first[0] >= s:
        return None
    if not all(t.pos_ in PHRASE_TAGS for t in ctx.doc[first[0] : first[1]]):
        return None  # "Zudem lobte der Kanzler dem „Kurier“ zufolge …": a clause, no phrase
    q.speaker = (first[0], e)
    q.parts = q.parts[1:]
    return idx


def _title_within(ctx: DocContext, q: Quote) -> int | None:
    """ "Der „Welt am Sonntag“ zufolge plant …": the mention holds the title and the statement
    none of it. Returns the title's quotation index, or None."""
    s, e = q.speaker
    idx = next((ctx.inside[k] for k in range(s, e) if ctx.inside[k] >= 0), -1)
    if idx < 0 or _title(ctx, idx) is None:
        return None
    d = ctx.directs[idx]
    return idx if s <= d.start and d.end <= e else None


def _title_antecedent(ctx: DocContext, q: Quote) -> int | None:
    """ "einen Bericht der Zeitung „El País“, wonach …": a pointing cue that is its own
    mention for want of an antecedent, right after a title and a comma; the noun phrase
    before the title and the title are the antecedent. Returns the title's index, or None."""
    doc, c = ctx.doc, q.cue[0][0]
    if q.speaker != (c, c + 1) or c < 3 or doc[c - 1].text != CLAUSE_END:
        return None
    idx = ctx.inside[c - 2]
    if idx < 0 or ctx.directs[idx].end != c - 1 or _title(ctx, idx) is None:
        return None
    d = ctx.directs[idx]
    np = ctx.ph.np_backward(doc, d.start, ctx.units[q.unit].start, ctx.pos)
    if np is None or np[1] != d.start:
        return None
    q.speaker = (np[0], d.end)
    return idx


def _nested_speakers(ctx: DocContext, q: Quote, old: Span) -> None:
    """The nested direct rows of ``q`` that took its old mention ``old`` take the new one."""
    for o in ctx.quotes:
        if o.direct and o.nested and o.speaker == old and q.start <= o.start and o.end <= q.end:
            o.speaker = q.speaker


def _subject_title(ctx: DocContext, q: Quote) -> None:
    """ "Wie ein Sprecher | des „Roten Kreuzes“ | sagte": a speech verb's mention that ends
    right before a genitive title standing before the cue takes the title."""
    doc, (s, e) = ctx.doc, q.speaker
    if e + 1 >= len(doc) or doc[e - 1].pos_ not in NOUN_TAGS:
        return
    if doc[e].lower_ not in ctx.w.genitive_only_articles:
        return
    idx = ctx.inside[e + 1]
    d = _title(ctx, idx) if idx >= 0 and ctx.directs[idx].start == e + 1 else None
    if (
        d is not None
        and d.end <= q.cue[-1][0]
        and not any(a < d.end and d.start < b for a, b in q.parts)
        and _attribute_of(ctx, d, s, e)
    ):
        q.speaker = (s, d.end)


def _attribute_of(ctx: DocContext, d: Direct, s: int, e: int) -> bool:
    """Does the parse hang the title ``d`` on the mention ``s``..``e`` (a genitive
    attribute, not a dative object of the verb: "wie der Minister der „Zeit“ sagte")?"""
    if not ctx.parsed:
        return False
    heads = [t.head.i for t in ctx.doc[d.start : d.end] if not d.start <= t.head.i < d.end]
    return bool(heads) and all(s <= h < e for h in heads)
