"""The name set off after a role and its place: "sagte Österreichs Wirtschaftsdelegierter in
London, Christian Kesberg." The parse hangs the place phrase on the verb and the name on
the place, so the subject stops at the role ("Österreichs Wirtschaftsdelegierter", read
as Österreich). A mention after its verb that names no person, followed by a short phrase
opened by a preposition (no verb, no comma in it), a comma and a person's name that
closes the clause (a full stop, a comma, the end), runs on to the name. A name that
opens a clause of its own ("sagte der Minister am Montag, Hans Müller habe gelogen")
stays out.

>>> name_after_place(ctx, (6, 8))   # "… sagte Österreichs Wirtschaftsdelegierter in London, Christian Kesberg."  # doctest: +SKIP
(6, 13)
"""

from __future__ import annotations

from spacy.symbols import ADP, AUX, VERB

from .. import labels
from .context import DocContext, Span

#: words of the place phrase between the role and the comma
MAX_PLACE_WORDS = 4
#: what may follow the name: it closes the clause
NAME_CLOSERS = frozenset({".", ",", ";", "!", "?"})


def name_after_place(ctx: DocContext, sp: Span) -> Span:
    """``sp`` run on to the person's name after its place phrase (see the module
    docstring), else ``sp``."""
    doc, pos = ctx.doc, ctx.table.pos
    a, b = sp
    if (
        b >= len(doc)
        or pos[b] != ADP
        or any(t.ent_type_ in labels.PERSON_ENTITY_LABELS for t in doc[a:b])
    ):
        return sp
    comma = next(
        (k for k in range(b + 1, min(b + 2 + MAX_PLACE_WORDS, len(doc))) if doc[k].text == ","),
        None,
    )
    if comma is None or any(pos[k] in (VERB, AUX) or doc[k].is_punct for k in range(b + 1, comma)):
        return sp
    k = comma + 1
    if (
        k >= len(doc)
        or doc[k].ent_type_ not in labels.PERSON_ENTITY_LABELS
        or doc[k].ent_iob_ != "B"
    ):
        return sp
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and doc[end].text not in NAME_CLOSERS:
        return sp
    if ctx.in_marks(a, end):
        return sp
    return (a, end)
