"""A speech act told in the reported-speech mood inside a statement is part of that
statement, and the statement goes on after it: "…, schreibt der Beamte. Viele Frauen
*hätten* den Beamten von Übergriffen *berichtet*. Auffällig *sei* …" -- the officer's words
on, not the women's. The act's row (kind "reported", no words of its own) stays; the chain
of continuations keeps the statement before it as its head.

>>> nested_act(ctx, chain, ui, unit, mood)   # True: the chain goes on past unit ui  # doctest: +SKIP
"""

from __future__ import annotations

from .chain_heads import Chain
from .context import DocContext
from .nameless_sources import names_no_one
from .units import Unit


def nested_act(ctx: DocContext, ch: Chain, ui: int, u: Unit, mood: int) -> bool:
    """Is unit ``ui`` (mood ``mood``) a speech act in the Konjunktiv with no words of its
    own, right after a statement with a speaker in its paragraph? Then the chain goes on
    past it with that statement as its head."""
    prev = ch.prev_q
    if mood <= 0 or prev is None or ch.prev_ui != ui - 1 or prev.speaker is None:
        return False
    if ctx.units[ui - 1].paragraph != u.paragraph or names_no_one(ctx, prev.speaker):
        return False
    own = [q for q in ch.by_unit.get(ui, []) if not q.nested]
    if not own or not all(q.kind == "reported" and q.speaker is not None for q in own):
        return False
    ch.prev_ui = ui
    return True
