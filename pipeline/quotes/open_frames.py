"""A quote whose closing mark is missing ends where its frame begins.

„Wir erhöhen die Steuern nicht, sagte der Minister am Montag. — the writer forgot the
closing mark, so :class:`~.marks.MarkFinder` let the quote run to the paragraph's end and the
frame ("sagte der Minister") became part of the quoted words: a row with no cue and no
speaker. A comma inside such an open quote followed by a speech verb's form and the start of
its subject (a determiner, pronoun, name or noun; "so" + subject too: ", so der Minister")
is the frame the writer put after the quote: the quote ends before that comma, and the units
are split again so that the frame finds its quote like any other.

Not after a colon (its frame stands before it: "sagte er: „…"), not before "ich"/"wir"
(", sagen wir mal,": the speaker's own words). Only for quotes left open (:attr:`.context.Direct.closed` false); a closed quote keeps all its
words ("„Ich weiß, sagte er, …“" is the frame inside one quote, :mod:`.direct`).
"""

from __future__ import annotations

from .context import Direct, DocContext

#: parts of speech that open the subject of an inverted frame right after its verb
SUBJECT_OPENERS = frozenset({"DET", "PRON", "PROPN", "NOUN"})


def open_frames(ctx: DocContext) -> None:
    """Cut each open quote of ``ctx`` before the frame inside it; split the units again
    when a quote was cut."""
    cut = False
    for di, d in enumerate(ctx.directs):
        if d.closed:
            continue
        comma = _frame_comma(ctx, d)
        if comma is None:
            continue
        ctx.directs[di] = Direct(d.start, comma, d.rule, False)
        ctx.inside[comma : d.end] = [-1] * (d.end - comma)
        ctx.closes.discard(d.end - 1)
        cut = True
    if cut:
        ctx.split_units()


def _frame_comma(ctx: DocContext, d: Direct) -> int | None:
    """The first comma of ``d`` that a speech verb and its subject follow (", sagte der
    Minister"), or that "so" and a subject follow (", so der Minister"); None: none."""
    doc = ctx.doc
    if d.start > 0 and doc[d.start - 1].text == ":":
        return None  # "sagte er: „…": its frame stands before it
    forms = ctx.kit.verb_forms
    so_words, persons = ctx.w.speaker_so_words, ctx.w.speaking_person_forms
    for k in range(d.start + 2, d.end - 2):
        if doc[k].text != ",":
            continue
        verb, after = doc[k + 1], doc[k + 2]
        is_verb = verb.lower_ in forms and verb.pos_ in ("VERB", "AUX")
        subject = after.pos_ in SUBJECT_OPENERS and after.lower_ not in persons
        if (is_verb or verb.lower_ in so_words) and subject:
            return k  # not ", sagen wir mal," (the speaker's own words)
    return None
