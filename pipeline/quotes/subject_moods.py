"""The Konjunktiv I the tagger missed in a verb-second ``-e`` form right after the subject
that opens a sentence ("Die Gewerkschaft kritisierte den Beschluss. Er *gefährde*
tausende Arbeitsplätze."): the tagger may read it as an adjective, a noun or an
indicative, and the sentence then has no mood. The 3rd person singular present indicative
ends in ``-t``: an ``-e`` there is the Konjunktiv (the grammar's ``second_e_verb``; not
"wurde", "machte", "Das glaube ich").

>>> subject_moods(ctx, outside)   # marks the verb's mood in ``outside`` and ``ctx.moods``  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols

from .context import DocContext
from .spaces import past_spaces
from .speech_moods import idiomatic


def subject_moods(ctx: DocContext, outside: list[int]) -> None:
    """Mark in ``outside`` (and ``ctx.moods``) the Konjunktiv I of a sentence without a mood
    whose verb-second ``-e`` form stands right after the subject that opens it (after a
    coordinator too: "Und er *koste* …"), outside quotation marks."""
    if not ctx.parsed:
        return
    second = ctx.g.second_e_verb
    doc = ctx.doc
    for u in ctx.units:
        if any(outside[u.start : u.end]):
            continue
        s = past_spaces(doc, u.start, u.end)
        n = s + (s + 1 < u.end and doc[s].pos == symbols.CCONJ)
        k = second(doc, n, u.content_end(doc))
        if k is not None and ctx.inside[k] < 0 and not idiomatic(ctx, k):
            outside[k] = ctx.moods[k] = 2
