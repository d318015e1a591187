"""A medium that cites a person is not part of the person's mention.

"…, zitierte die Nachrichtenagentur TASR Regierungschef Fico." The parse hangs the cited
person on the medium as an apposition, and the mention runs over both ("die
Nachrichtenagentur TASR Fico"). The words are the person's: the mention is cut to the
person (a name the entity recogniser calls a person, or a role noun before a name), when
the words before it name no person (a medium, an agency, a paper).

>>> cited_people(ctx)   # "die Nachrichtenagentur TASR Fico" -> "Fico"  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Span
from .mentions import person_word

#: the entity label of a person's name
PERSON = "PER"


def cited_people(ctx: DocContext) -> None:
    """Cut the mention of a quote cued by a citing verb (``citing_lemmas``) with the
    mention after the verb to the person the medium before it cites."""
    for q in ctx.quotes:
        if q.speaker is None or q.cue_lemma not in ctx.w.citing_lemmas or not q.cue:
            continue
        if q.direct:
            continue  # the direct quote and its cited copy: :func:`.direct.cited_copies`
        if q.speaker[0] < max(b for _, b in q.cue):
            continue  # "Fico wurde von TASR zitiert": the subject before the verb
        cut = _cited_person(ctx, q.speaker)
        if cut is not None:
            q.speaker = cut


def _cited_person(ctx: DocContext, sp: Span) -> Span | None:
    """The person at the end of ``sp`` after words that name no person ("die
    Nachrichtenagentur TASR | Fico"), or None."""
    doc = ctx.doc
    a, b = sp
    for k in range(a + 2, b):
        t = doc[k]
        name = t.ent_type_ == PERSON and t.ent_iob_ == "B"
        role = person_word(ctx, t.text) and k + 1 < b and doc[k + 1].pos_ == "PROPN"
        if not (name or role):
            continue
        before = doc[a:k]
        if any(x.ent_type_ == PERSON or person_word(ctx, x.text) for x in before):
            return None  # "der Sprecher des Ministers Hans Müller": one person
        if not any(x.pos_ in ("NOUN", "PROPN") for x in before):
            return None
        return (k, b)
    return None
