"""A dative right after the cue verb taken for its subject: "…, sagte dem Sender am Montag
ein Sprecher." The parse makes "dem Sender" the subject and the speaker after the adverbials
its object. A mention opened by a dative article or possessive (``dative_determiners``)
right after a cue verb is the one spoken to: the speaker is the noun phrase that follows
past adverbs and prepositional phrases in the same clause when it names someone, else the
row keeps no speaker (the addressee is none). An indefinite article that may be dative or
genitive (``ambiguous_dative_articles``: "sagte einer Zeitung am Dienstag Ministerin X")
counts before a noun, not before an article ("sagte einer der Beamten" is the speaker);
"der" before a noun the tagger calls a feminine dative ("sagte der Zeitung ein Sprecher")
gives way only to a speaker found after it (the tagger says so of "teilte der ORF mit"
too). A phrase of time ("am Montag") ends at its noun: "sagte einem Reporter am Montag der
Bürgermeister" is no genitive of "Montag". A genitive right after the addressee's noun that
names no one who speaks is the addressee's ("sagte einem Reporter der Zeitung die
Ministerin"): the speaker after it speaks.

>>> subject_after_addressee(ctx, q, (6, 8), someone)   # "…, sagte dem Sender am Montag ein Sprecher."  # doctest: +SKIP
(10, 12)
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import ADP, ADV

from .. import labels
from .context import VERB_POS, DocContext, Quote, Span
from .words import word_ids

#: words between the addressee and the speaker (adverbs, prepositional phrases)
REACH = 8
#: the morphology of an indefinite article ("einer"; "der" may be the subject's article)
INDEFINITE = "Definite=Ind"
#: the tagger's morphology of a feminine dative noun ("der Zeitung")
FEMININE_DATIVE = ("Case=Dat", "Gender=Fem")


def _after_cue_verb(ctx: DocContext, q: Quote, a: int) -> bool:
    """Does a cue verb of ``q`` stand right before token ``a`` (past whitespace and adverbs:
    "sagte gestern einem Reporter")?"""
    k = a - 1
    while k > 0 and (ctx.doc[k].is_space or ctx.table.pos[k] == ADV):
        k -= 1
    return any(s <= k < e for s, e in q.cue) and ctx.table.pos[k] in VERB_POS


def _dative_kind(ctx: DocContext, a: int, b: int) -> str | None:
    """What opens the mention at ``a``: "sure" a dative article or possessive, or an
    indefinite one that may be genitive too before adjectives and a noun ("einer Zeitung":
    no subject, not "einer der Beamten"); "maybe" a definite one before a noun the tagger
    takes for a feminine dative ("der Zeitung"; the tagger says so of "der ORF" too); None
    anything else."""
    lower = ctx.table.lower[a]
    if lower in word_ids(ctx.w.dative_determiners):
        return "sure"
    if lower not in word_ids(ctx.w.ambiguous_dative_articles):
        return None
    j = a + 1
    while j < b and ctx.ph.is_adjish(ctx.doc[j], True):
        j += 1
    noun = ctx.doc[j] if j < b else None
    if noun is None or not labels.is_nominal(noun):
        return None
    if labels.morph_has(ctx.doc[a], INDEFINITE):
        return "sure"
    return "maybe" if all(labels.morph_has(noun, f) for f in FEMININE_DATIVE) else None


def _past_phrase(ctx: DocContext, j: int, end: int) -> int:
    """The token after the prepositional object opened at ``j``; a phrase of time ends at
    its noun ("am Montag der Bürgermeister": no genitive)."""
    np = ctx.ph.np_forward(ctx.doc, j, end, True)
    if np is None:
        return j
    for k in range(np[0], np[1]):
        if ctx.table.lower[k] in word_ids(ctx.w.time_words):
            return k + 1
    return np[1]


def subject_after_addressee(
    ctx: DocContext, q: Quote, sp: Span, someone: Callable[[DocContext, Span], bool]
) -> Span | None:
    """``sp``, the speaker after the addressee ``sp``, or None (module docstring)."""
    doc, lower, pos = ctx.doc, ctx.table.lower, ctx.table.pos
    datives = word_ids(ctx.w.dative_determiners)
    kind = _dative_kind(ctx, sp[0], sp[1])
    if not ctx.pos or not q.cue or kind is None or not _after_cue_verb(ctx, q, sp[0]):
        return sp
    j = sp[0] + 1
    while j < sp[1] and ctx.ph.is_adjish(doc[j], True):
        j += 1
    j += 1  # past the addressee's noun: "dem STANDARD Bürgermeister X" ran on into the name
    genitive = j  # "einem Reporter der Zeitung die Ministerin": the addressee's paper
    end = min(doc[sp[0]].sent.end, j + REACH)
    while j < end and not doc[j].is_punct and ctx.inside[j] < 0:
        if pos[j] == ADP:  # "am Montag", "im Interview"
            j = max(_past_phrase(ctx, j + 1, end), j + 1)
            continue
        if pos[j] == ADV or doc[j].is_space:
            j += 1
            continue
        np = ctx.ph.np_forward(doc, j, end, True, after_verb=True)
        if np is not None and lower[np[0]] not in datives and someone(ctx, np):
            return np
        if np is not None and j == genitive and lower[j] in word_ids(ctx.w.genitive_determiners):
            j = np[1]  # the addressee's genitive that names no one who speaks
            continue
        break
    return None if kind == "sure" else sp


def speaker_past_addressee(
    ctx: DocContext, q: Quote, sp: Span, someone: Callable[[DocContext, Span], bool]
) -> Span | None:
    """The speaker after the addressee ``sp`` that the mention step dropped whole: the parse
    made "einem Reporter der Bürgermeister" the subject and its second phrase a genitive
    ("…, sagte einem Reporter der Bürgermeister."); the phrase after the addressee's noun
    speaks when it names someone (``someone``; the caller leaves out media: "einem Reporter
    der Zeitung" is a genitive). None when ``sp`` is no addressee right after a cue verb."""
    found = subject_after_addressee(ctx, q, sp, someone)
    if found is None or found == sp or not someone(ctx, found):
        return None
    return found
