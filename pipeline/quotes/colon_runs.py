"""Unmarked speech after a colon in the first person, over one sentence or more: "Der
Bürgermeister sagte: Wir kommen wieder. Wir bauen die Stadt auf." is one direct quote of
the frame's speaker, not an indirect row of the first sentence and continuations.

Archives that strip quotation marks (10kGNAD) print direct speech after a colon this way.
A frame row whose words follow its colon (rule piece ``colon``), run to their sentence's end
and speak in the first person becomes direct speech with the whole sentence; the
continuations of the same speaker mention that go on from it sentence by sentence in its
paragraph (the first-person sentences after it, a continuation of several sentences with
all of them), and a continuation that starts with its words, join it; a sentence in the
Konjunktiv (reported speech: "Er habe …") ends the run. A relative pronoun as the frame's
subject ("ein Lächeln, das signalisieren sollte: Ich habe …") frames no one's speech. The
step runs last, after the steps that widen quotes.

>>> colon_runs(ctx)   # rewrites ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .context import DocContext, Quote
from .first_person import first_person_word
from .spaces import before_spaces
from .spoken_runs import COLON_PIECE, COLON_RULE


def colon_runs(ctx: DocContext) -> None:
    """Make first-person speech after a colon frame one direct quote (module doc)."""
    if ctx.table is None:
        return
    for q in sorted(ctx.quotes, key=lambda q: q.start):
        if q in ctx.quotes and _heads(ctx, q):
            _join(ctx, q)


def _heads(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` a frame's words after its colon, to its sentence's end, in the first
    person?"""
    colon = q.rule.startswith(COLON_RULE) or COLON_PIECE in q.rule.split("+")
    if not colon or q.kind != "indirect" or q.nested or q.speaker is None or len(q.parts) != 1:
        return False
    a = q.start
    if a == 0 or ctx.doc[a - 1].text != ":" or ctx.inside[a] >= 0:
        return False
    u = ctx.units[q.unit]
    end = u.content_end(ctx.doc)
    if q.end < end or not q.speaker[1] <= a:
        return False
    if labels.is_relative_pronoun(ctx.doc[q.speaker[0]]):
        return False  # "ein Lächeln, das signalisieren sollte: Ich habe …": no one speaks
    if any(o.kind == "direct" and o.start <= a < o.end for o in ctx.quotes):
        return False  # an interview's label holds the words ("Foda: Wir wollen …")
    return any(first_person_word(ctx, m) for m in range(a, end))


def _join(ctx: DocContext, q: Quote) -> None:
    """``q`` becomes direct speech to its sentence's end, with the continuations of its
    speaker that go on from it."""
    ui = q.unit
    end = before_spaces(ctx.doc, 0, ctx.units[ui].end)
    same = [r for r in ctx.quotes if r.kind == "continuation" and r.start == q.start]
    for r in [r for r in same if not ctx.any_mood(r.start, r.end)]:
        # a continuation the first person of the next sentence widened back over the words
        ctx.quotes.remove(r)
        end = max(end, r.end)
        ui = max(ui, ctx.unit_of[r.end - 1])
    para = ctx.units[ui].paragraph
    while ui + 1 < len(ctx.units) and ctx.units[ui + 1].paragraph == para:
        nxt = ctx.units[ui + 1]
        run = [
            r
            for r in ctx.quotes
            if r.kind == "continuation" and r.speaker == q.speaker and r.start == nxt.start
        ]
        if not run or any(ctx.any_mood(r.start, r.end) for r in run):
            break  # a Konjunktiv sentence is the writer's report of more words: no direct
        for r in run:
            ctx.quotes.remove(r)
        # a continuation may hold several sentences: the run goes on after its last one
        ui = max([ui + 1] + [ctx.unit_of[r.end - 1] for r in run])
        end = max([end, before_spaces(ctx.doc, 0, nxt.end)] + [r.end for r in run])
    q.parts = [(q.start, end)]
    q.kind = "direct"
    q.direct = True
