"""An article the parse took for the whole subject: "Der seit Jahren amtierende Machthaber
hatte erklärt, …", "Der von der Zeitung zitierte Experte sagte, …". Before an extended
attribute (a prepositional phrase before a participle) the parser makes the article the
subject and hangs the noun elsewhere, so the mention is "Der" alone. A mention that is a
nominative article (``nominative_articles``; a hyphenated first part of a coordinated
noun may follow: "Die Gesundheits-") with no verb after it is no demonstrative pronoun
("Der habe ihm gesagt" keeps "Der") nor the object of a preposition ("Auf der vom Verein
getragenen Homepage wird betont"): it runs on to the last noun before the cue verb (or
the auxiliary of the cue verb), over no verb of its own but a participle before its noun
("zitierte Experte"), and no quotation mark. After the cue verb ("…, sagt der 1979 in Graz
geborene Maler Peter Huber.") it runs on to the last noun before the next punctuation.

>>> article_phrase(ctx, q, (0, 1))   # "Der von der Zeitung zitierte Experte sagte, …"  # doctest: +SKIP
(0, 5)
"""

from __future__ import annotations

from spacy.symbols import ADP, AUX, NOUN, PROPN, SCONJ, VERB

from .context import DocContext, Quote, Span
from .words import word_ids

#: tokens between the article and the cue verb that the phrase may span
REACH = 16
#: the word classes that end the phrase's noun
NOUN_POS = (NOUN, PROPN)
#: the word classes that end a phrase after the cue verb ("dass")
STOPS = (SCONJ,)
#: the punctuation that closes the phrase after the cue verb (not a dash or bracket)
PHRASE_ENDS = (",", ".", ";", ":", "!", "?")


def _stranded(ctx: DocContext, sp: Span) -> bool:
    """Is ``sp`` a nominative article alone, or with a hyphenated first part after it?"""
    a, b = sp
    if ctx.table.lower[a] not in word_ids(ctx.w.nominative_articles):
        return False
    if a > 0 and ctx.table.pos[a - 1] == ADP:
        return False  # "Auf der vom Verein getragenen Homepage wird betont": a place
    return all(ctx.doc[k].text.endswith("-") for k in range(a + 1, b))


def _verb_of_cue(ctx: DocContext, q: Quote, k: int) -> bool:
    """Is token ``k`` a cue token of ``q`` or an auxiliary whose head is one?"""
    in_cue = any(s <= k < e for s, e in q.cue)
    if in_cue:
        return True
    if ctx.table.pos[k] != AUX:
        return False
    head = ctx.doc[k].head.i  # UD hangs the auxiliary on the verb, TIGER the verb on it
    return any(s <= head < e or ctx.doc[s].head.i == k for s, e in q.cue)


def _attributive(ctx: DocContext, q: Quote, k: int) -> bool:
    """Is the verb at ``k`` a participle before its noun ("zitierte Experte"), no cue?"""
    nxt = k + 1 < len(ctx.doc) and ctx.table.pos[k + 1] in NOUN_POS
    return ctx.table.pos[k] == VERB and nxt and not any(s <= k < e for s, e in q.cue)


def article_phrase(ctx: DocContext, q: Quote, sp: Span) -> Span:
    """``sp`` run on to its noun before the cue verb, or after it to the end of its phrase,
    when it is a stranded article (module docstring), else ``sp``."""
    if not ctx.pos or not q.cue or not _stranded(ctx, sp):
        return sp
    if sp[0] > q.cue[0][0]:
        return _phrase_after_cue(ctx, q, sp)
    doc, pos = ctx.doc, ctx.table.pos
    end = min(doc[sp[0]].sent.end, sp[0] + REACH)
    last = -1
    for k in range(sp[1], end):
        if ctx.inside[k] >= 0 or doc[k].is_quote:
            return sp
        if pos[k] in (VERB, AUX) and not _attributive(ctx, q, k):
            if not _verb_of_cue(ctx, q, k) or last < 0:
                return sp
            return (sp[0], last + 1)
        if pos[k] in NOUN_POS:
            last = k
    return sp


def _phrase_after_cue(ctx: DocContext, q: Quote, sp: Span) -> Span:
    """The stranded article after the cue verb run on to its noun right before a comma or
    the end of the sentence ("sagt der 1979 in Graz geborene Maler Peter Huber, …"): over
    no verb but a participle before its noun, no conjunction of a clause and no quoted
    word; a dash or bracket first leaves ``sp`` ("der von Anwalt X – … – verteidigte
    31-Jährige": the name is in the attribute)."""
    doc, pos = ctx.doc, ctx.table.pos
    end = min(doc[sp[0]].sent.end, sp[0] + REACH)
    last, k = -1, sp[1]
    while k < end:
        t = doc[k]
        if ctx.inside[k] >= 0 or t.is_quote or any(s <= k < e for s, e in q.parts):
            break
        if t.is_punct or pos[k] in STOPS or (pos[k] in (VERB, AUX) and not _attributive(ctx, q, k)):
            break
        last = k if pos[k] in NOUN_POS else last
        k += 1
    closed = k >= len(doc) or doc[k].text in PHRASE_ENDS or k == doc[sp[0]].sent.end
    return (sp[0], k) if last >= 0 and last == k - 1 and closed else sp
