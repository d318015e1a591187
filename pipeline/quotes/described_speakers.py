"""A quoted sentence of its own after a sentence about one person: that person's words.

"Die Wirtin ist verzweifelt. „Ich weiß nicht, wie es weitergehen soll.“": the sentence
before has no speech cue, its subject is one person named by a role or person noun (a
name is :func:`.mentions.person_subject`'s), and the quote speaks in the first person
singular. Not after a thing ("Das Hotel ist geschlossen."), several persons ("Die Bauern
sind …") or a quote that does not say "ich".
"""

from __future__ import annotations

from .context import DocContext, Span
from .mentions import person_word


def described_person(ctx: DocContext, ui: int, s: int, e: int) -> Span | None:
    """The one person the sentence before unit ``ui`` is about, when the quoted sentence
    ``s``..``e`` (of its own in ``ui``) speaks as "ich"; else None."""
    if ui == 0 or not ctx.parsed:
        return None
    doc, w = ctx.doc, ctx.w
    pu, u = ctx.units[ui - 1], ctx.units[ui]
    if pu.paragraph != u.paragraph or ctx.cues_by_unit[ui - 1]:
        return None
    if any(ctx.inside[k] >= 0 for k in range(pu.start, pu.end)):
        return None
    if not any(doc[k].lower_ in w.first_person_singular for k in range(s, e)):
        return None
    end = pu.content_end(doc)
    sp = ctx.g.subject_before(ctx, pu.start, end - 1)
    if sp is None or sp[1] - sp[0] > 4:
        return None
    nouns = [doc[k] for k in range(*sp) if doc[k].pos_ in ("NOUN", "PROPN")]
    if len(nouns) != 1 or doc[sp[0]].lower_ not in w.determiners:
        return None
    head = nouns[0]
    if head.morph.get("Number") != ["Sing"]:
        return None
    if not (person_word(ctx, head.text) or head.lower_.endswith(w.everyday_person_endings)):
        return None
    return sp
