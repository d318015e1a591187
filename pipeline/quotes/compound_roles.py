"""A role written as a coordinated compound ("Kinder- und Jugendanwalt", "Landes- und
Gemeindeverbandschef"): the first half ends in a hyphen that stands for the shared second
part, and the parse takes it for a verb particle, so a subject after its verb stops before it
("sagt Vorarlbergs Kinder- und Jugendanwalt Michael Rauch" read as "Vorarlbergs", a
place). A mention followed by such a truncated word, a coordinator and a noun phrase runs on
through the noun phrase (the role and the name after it).

>>> coordinated_role(ctx, (7, 8))   # "… sagt Vorarlbergs Kinder- und Jugendanwalt Michael Rauch."  # doctest: +SKIP
(7, 13)
"""

from __future__ import annotations

from .context import DocContext, Span
from .words import word_ids


def truncated_word(text: str) -> bool:
    """A first half of a coordinated compound: letters ending in a hyphen ("Kinder-")."""
    return len(text) > 2 and text.endswith("-") and text[:-1].replace("-", "").isalpha()


def coordinated_role(ctx: DocContext, sp: Span) -> Span:
    """``sp`` run on through a coordinated compound role right after it (see the module
    docstring), else ``sp``."""
    doc = ctx.doc
    k = sp[1]
    if k + 2 >= len(doc) or not truncated_word(doc[k].text) or not doc[k].text[:1].isupper():
        return sp
    if ctx.table.lower[k + 1] not in word_ids(ctx.w.source_coordinators):
        return sp
    end = doc[k].sent.end
    np = ctx.ph.np_forward(doc, k + 2, end, True, True)
    if np is None or ctx.in_marks(sp[0], np[1]):
        return sp
    return (sp[0], np[1])


def compound_person_name(ctx: DocContext, sp: Span) -> Span:
    """``sp`` run on over the name after it when ``sp`` is one hyphenated person compound
    ("IHS-Mann", "Youtube-Star": its last part in ``compound_person_tails`` or a role) and
    one capitalised word closes the clause after it ("sagt IHS-Mann Hofer."; the parse takes
    the name for an object), else ``sp``."""
    doc, k = ctx.doc, sp[1]
    if sp[1] - sp[0] != 1 or k + 1 >= len(doc) or not _person_compound(ctx, doc[sp[0]].text):
        return sp
    name, after = doc[k], doc[k + 1]
    if not (name.is_alpha and name.text[:1].isupper()) or name.lower_ in ctx.w.time_words:
        return sp
    if ctx.kit.roles.lookup(name.text) is not None or ctx.kit.roles.plural_person(name.text):
        return sp  # "sagte der SPÖ-Mann Journalisten": an addressee, no name
    if not after.is_punct or after.is_quote or ctx.inside[k] >= 0:
        return sp
    return (sp[0], k + 1)


def _person_compound(ctx: DocContext, text: str) -> bool:
    """Is ``text`` a hyphenated compound whose last part names a person ("IHS-Mann")?"""
    head, _, tail = text.rpartition("-")
    if not head or not tail[:1].isupper():
        return False
    if tail.lower() in ctx.w.compound_person_tails:
        return True
    m = ctx.kit.roles.lookup(tail)
    return m is not None and m.kind == "role"
