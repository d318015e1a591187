"""The writer's indicative clause before a colon is no part of a statement framed after it.

A statement whose frame follows it ("…, so das Verdikt vieler Nutzer", "…, teilte die
Armee mit") may open with a clause of the writer before a colon that says what it is
about: "Es ist ein Running Gag in vielen Internetforen: Der Browser sei der beste …, so
das Verdikt vieler Nutzer", "Auch die Kämpfe am Boden gingen weiter: Im Südosten habe
der IS …, teilte die Beobachtungsstelle mit". The clause before the colon is in the
indicative, the words after it in the reported-speech mood: a speaker's own words would
be in one mood (or in quotation marks). The statement starts after the colon, as for a
continuation (:mod:`.lead_ins`).

Only when the part opens its sentence, holds no quotation marks, the clause before the
colon has a finite verb, no reported-speech mood and no first or second person, every
cue piece of the row follows the colon, and at least :data:`MIN_LEFT` tokens follow it.
A lead-in in the reported-speech mood ("Hartz IV habe keine Jobs geschaffen: Das
Volumen sei …") or before indicative words ("Das Problem ist: Die Journals sind …,
sagt X") stays.

>>> narrated_lead_ins(ctx)   # trims ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote

#: a part keeps at least this many tokens after the colon, else it stays as it is
MIN_LEFT = 3


def narrated_lead_ins(ctx: DocContext) -> None:
    """Start the first part of each framed row after the writer's indicative lead-in
    (see the module docstring)."""
    for q in ctx.quotes:
        if q.direct or q.kind == "direct" or not q.parts or not q.cue:
            continue
        colon = _narrated_colon(ctx, q)
        if colon is not None:
            q.parts[0] = (colon + 1, q.parts[0][1])


def _narrated_colon(ctx: DocContext, q: Quote) -> int | None:
    """The colon after the writer's indicative clause that opens ``q``'s first part, when
    the words after it are in the reported-speech mood and the row's cue follows it."""
    a, b = q.parts[0]
    if not ctx.doc[a].is_sent_start or ctx.in_marks(a, b):
        return None
    texts = ctx.table.texts
    c = next((m for m in range(a + 1, b - MIN_LEFT) if texts[m] == ":"), None)
    if c is None or any(s < c for s, _ in q.cue):
        return None
    if ctx.any_mood(a, c) or not ctx.finite_verbs(a, c) or ctx.speaks_in_person(a, c):
        return None
    return c if ctx.any_mood(c + 1, b) else None
