"""Step 5 of the engine (after the continuations): a quoted fragment with no cue of its own
inside a sentence of reported speech is the reported speaker's.

"Der Bürgermeister forderte die Bewohner zum Rückzug auf. Kämen sie dem nicht nach, so
„schütze sie Gott“": the sentence in the Konjunktiv goes on with the statement before it,
and so do the words it quotes. The same holds for a quote after a colon whose clause is
reported speech ("Queensland sei dem Nachbarland zu Dank verpflichtet: „…“"). The speaker
is the one of the nearest quote before it in the same paragraph, at most
:data:`UNITS_BACK` sentences back, whose speaker names someone who speaks and is not
the quote's own guess inside what that quote says (a continuation laid over a sentence
with its own speaker: "Der Experte X wandte sich gegen die Behauptung, … werde …: „…“").

>>> reported_fragments(ctx)   # sets speakers of direct quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote, Span
from .direct import VERB_POS
from .mentions import speakerish

#: sentences before the fragment's own one that the statement it goes on with may lie in
UNITS_BACK = 2
#: rule pieces of a direct quote that no cue frames: a quoted phrase, a colon with no verb
UNFRAMED = ("+phrase", "+colon")
#: the rating of a quoted phrase with a predicate in reported speech (as a quoted phrase's)
PHRASE_CONFIDENCE = 0.55
MIN_PHRASE_WORDS = 3
NOMINAL_POS = ("NOUN", "PROPN", "ADJ")
#: the grammar's mood of a Konjunktiv I form (:meth:`~.context.DocContext.konj`)
KONJUNKTIV_I = 2


def reported_fragments(ctx: DocContext) -> None:
    """Give each unframed direct quote in a sentence of reported speech the speaker of the
    statement that sentence goes on with (its own guess, the subject of the reported
    clause, names what is spoken of); keep a quoted phrase with a predicate that was rated
    as a name (:func:`_said_phrase`)."""
    for q in ctx.quotes:
        if q.direct and q.confidence < PHRASE_CONFIDENCE and _predicate_words(ctx, q):
            _said_phrase(ctx, q)
        if not _unframed(q):
            continue
        if not _reported_sentence(ctx, q):
            continue
        before = _statement_before(ctx, q)
        if before is not None:
            q.take_speaker(before)
            q.rule += "+reported_fragment"


def _said_phrase(ctx: DocContext, q: Quote) -> None:
    """ "Zwar sei Druck notwendig, das habe aber nichts mit „Sanktionen zu tun oder
    militärischen Aktionen“": quoted words with a predicate in a sentence of reported speech
    after a statement are the speaker's, not a name; they keep a speaker they have."""
    if not _reported_sentence(ctx, q):
        return
    before = _statement_before(ctx, q)
    if before is None:
        return
    q.confidence = PHRASE_CONFIDENCE
    q.rule += "+said_phrase"
    if q.speaker is None:
        q.take_speaker(before)


def _predicate_words(ctx: DocContext, q: Quote) -> bool:
    """At least :data:`MIN_PHRASE_WORDS` words in the marks, one a lowercase verb or an
    adjective before no noun ("zu tun", "… üblich"): a phrase, unlike most names ("die
    wilde Ecke"; "Aktion Deutschland hilft" is one all the same)."""
    doc = ctx.doc
    words = [t for t in doc[q.start + 1 : q.end - 1] if t.is_alpha]
    return len(words) >= MIN_PHRASE_WORDS and any(
        t.text[:1].islower()
        and (t.pos_ in VERB_POS or (t.pos_ == "ADJ" and doc[t.i + 1].pos_ not in NOMINAL_POS))
        for t in words
    )


def _unframed(q: Quote) -> bool:
    """A direct quote no cue and no statement around it claimed."""
    return q.direct and not q.nested and not q.cue and q.rule.endswith(UNFRAMED)


def _reported_sentence(ctx: DocContext, q: Quote) -> bool:
    """Does a word of the quote's sentence carry the Konjunktiv I, or one outside quotation
    marks the Konjunktiv II ("Dies hätten die Beamten „…“ verhindert")?"""
    u = ctx.units[q.unit]
    return any(
        ctx.moods[k] == KONJUNKTIV_I or (ctx.moods[k] and ctx.inside[k] < 0)
        for k in range(u.start, u.end)
    )


def _statement_before(ctx: DocContext, q: Quote) -> Quote | None:
    """The nearest quote that starts before ``q`` in its paragraph, at most
    :data:`UNITS_BACK` sentences back, whose speaker names someone who speaks."""
    para = ctx.units[q.unit].paragraph
    best: Quote | None = None
    for o in ctx.quotes:
        if o is q or o.speaker is None or o.start >= q.start:
            continue
        if not 0 <= q.unit - o.unit <= UNITS_BACK or ctx.units[o.unit].paragraph != para:
            continue
        if _inside(q.speaker, o) or not speakerish(ctx, o.speaker):
            continue
        if best is None or (o.unit, o.start) > (best.unit, best.start):
            best = o
    return best


def _inside(sp: Span | None, o: Quote) -> bool:
    """Is the mention ``sp`` part of what ``o`` says? (Train: taking such a statement's
    speaker anyway made one quote right and one wrong.)"""
    return sp is not None and any(a <= sp[0] < b for a, b in o.parts)
