"""A source mention holds every source the frame names, and the body a report comes from.

The frames skip sources joined to the first one after "laut" or "nach Angaben"
(``source_coordinators``: "Laut Polizei und Feuerwehr wurden …", "nach Angaben von Armee
und Sanitätern", "nach Angaben der Verbände Creditreform und AKV"), so those words are in
neither the mention nor the statement. The mention takes them: both sources speak, as
in the mention of a subject ("Polizei und Feuerwehr teilten mit"). Likewise a mention that
ends in a report noun ("laut einem Bericht") takes the ``von`` phrase the statement left
out ("laut einem Bericht von The Register"): the body that reports.

Only words left between the mention and the next part of the statement are taken, and
only a noun phrase (no verb, no punctuation but quotation marks) up to that part or to a
comma ("laut einem Artikel von „BBC News“, der sich auf … beruft,": the relative clause
stays out); not a date ("nach Polizeiangaben vom Montag").

When the frame gave the ``von`` phrase to the statement instead ("sollen laut einem Bericht
von The Register ein Memo erhalten haben": the statement starts at "von"), the mention takes
it back when the parse hangs the phrase on the report noun and it names someone (a name, or
a capitalised first word that is no common noun or time word: not "hängt laut der Studie
von den Preisen ab"), and the statement goes on after it.

>>> coordinated_sources(ctx)   # "laut Polizei" -> "laut Polizei und Feuerwehr"  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import labels
from .context import DocContext, Quote
from .source_overruns import source_phrase_rows

#: tags of words a joined noun phrase may hold
PHRASE_TAGS = ("NOUN", "PROPN", "DET", "ADJ", "NUM", "X", "PRON")


def coordinated_sources(ctx: DocContext) -> None:
    """Extend each source-preposition mention over the joined sources or the report's
    ``von`` phrase left between it and the statement (see the module docstring)."""
    if not ctx.pos:
        return
    for q in source_phrase_rows(ctx):
        gap = _gap_end(q)
        end = _joined_end(ctx, q.speaker[1], gap) if gap is not None else None
        if end is not None:
            q.speaker = (q.speaker[0], end)
        elif gap == q.speaker[1]:
            _take_author(ctx, q)


def _take_author(ctx: DocContext, q: Quote) -> None:
    """Move the ``von`` phrase that opens ``q``'s next part to ``q``'s mention when the
    parse hangs it on the mention's report noun ("laut einem Bericht von The Register ein
    Memo"); the part keeps the words after it."""
    b = q.speaker[1]
    end = _author_end(ctx, b) if ctx.parsed and _joiner(ctx, b) else None
    if end is None:
        return
    part = next(p for p in q.parts if p[0] == b)
    if end >= part[1]:
        return  # the statement would keep no word
    q.speaker = (q.speaker[0], end)
    q.parts = [(end, e) if (s, e) == part else (s, e) for s, e in q.parts]


def _author_end(ctx: DocContext, b: int) -> int | None:
    """The end of the ``von`` phrase at ``b`` when the parse hangs it on the report noun
    before ``b`` and it is a name phrase (no verb, no punctuation, no time word first,
    :func:`_names_someone`); else None."""
    doc = ctx.doc
    adp = doc[b]
    noun = labels.pp_object(adp)
    if noun.i == b:
        noun = adp.head
    if noun.i <= b or labels.adposition_of(noun) is None:
        return None
    if labels.phrase_head(noun).head.i != b - 1:
        return None
    end = max(noun.right_edge.i, adp.right_edge.i) + 1
    words = doc[b + 1 : end]
    if not all(_phrase_word(ctx, t, b) and not t.is_quote for t in words):
        return None
    if words[0].lower_ in ctx.w.time_words or not _names_someone(words):
        return None
    return end


def _names_someone(words: Span) -> bool:
    """Do ``words`` name someone: a name or entity word, or a capitalised first word that
    is no common noun ("von The Register"; not "von den Preisen", "von Preisen")?"""
    if any(t.pos_ in ("PROPN", "X") or t.ent_type_ for t in words):
        return True
    return words[0].text[:1].isupper() and words[0].pos_ != "NOUN"


def _gap_end(q: Quote) -> int | None:
    """Where the next part of the statement after ``q``'s mention starts (before its
    spaces); None when no part follows the mention."""
    b = q.speaker[1]
    starts = [a for a, _ in q.parts if a >= b]
    return min(starts) if starts else None


def _joined_end(ctx: DocContext, b: int, end: int) -> int | None:
    """The end of the source joined by a coordinator, or of the ``von`` phrase after a
    report noun, that opens the words ``[b, end)``: a noun phrase up to ``end`` or to a
    comma before it (a relative clause of the source stays out); None when the words
    open no such phrase or a date ("Polizeiangaben vom Montag")."""
    doc, w = ctx.doc, ctx.w
    if end - b < 2 or not _joiner(ctx, b):
        return None
    k = b + 1
    while k < end and _phrase_word(ctx, doc[k], b):
        k += 1
    stop = k
    while stop > b + 1 and (doc[stop - 1].is_space or doc[stop - 1].is_quote):
        stop -= 1
    if k < end and doc[k].text != ",":
        return None
    words = doc[b + 1 : stop]
    if not any(labels.is_nominal(t) or t.pos_ == "ADV" for t in words):
        return None
    if words[0].lower_ in w.time_words:
        return None
    return k if doc[k - 1].is_quote else stop


def _joiner(ctx: DocContext, b: int) -> bool:
    """Does ``b`` join a second source (a coordinator) or the body of a report (``von``
    after a report, text or article noun)?"""
    doc, w = ctx.doc, ctx.w
    low = doc[b].lower_
    if low in w.source_coordinators:
        return True
    nouns = w.report_noun_endings + w.text_noun_endings + w.article_noun_endings
    return low in w.agent_prepositions and doc[b - 1].lower_.endswith(nouns)


def _phrase_word(ctx: DocContext, tok: Token, b: int) -> bool:
    """May ``tok`` stand in a joined noun phrase after ``b``: a word of a noun phrase, a
    quotation mark, or a word the parse coordinates with a word before it ("Polizei und
    Feuerwehr" with "Feuerwehr" tagged as an adverb)?"""
    if tok.is_quote or tok.is_space:
        return True
    if tok.is_punct:
        return False
    if tok.pos_ in PHRASE_TAGS:
        return True
    head = labels.coordination_head(tok) if ctx.parsed else None
    return head is not None and head.i < b
