"""First-person verbs in a conjunct read as indicative: an ``-e`` form right before a
pronoun that the continuations step took for an inverted Konjunktiv I ("… und *habe* es nach
Hause gebracht", :func:`.speech_moods.inverted_moods`) is the speaker's own "ich" when the
grammar says so (:meth:`.lang.de.GermanGrammar.first_person_verb`: the verb opens a conjunct
after the finite verb of "ich", "Ich bin gekommen und *habe* es gebracht"). First-person words
start no Konjunktiv orphan and stay with the frame or the statement around them.

>>> first_person_conjuncts(ctx, outside)   # mood 2 -> 0 for those verbs  # doctest: +SKIP
"""

from __future__ import annotations

from itertools import compress, count

from .context import DocContext

KONJUNKTIV_ONE = 2  # the mood of :meth:`.lang.de.GermanGrammar.mood` for the Konjunktiv I


def first_person_conjuncts(ctx: DocContext, outside: list[int]) -> None:
    """Set ``outside`` (and ``ctx.moods``) to 0 for the Konjunktiv I marks of verbs the
    grammar reads as the first person's (a grammar without ``first_person_verb``: none)."""
    first = getattr(ctx.kit.grammar, "first_person_verb", None)
    if first is None or not ctx.parsed:
        return
    doc = ctx.doc
    for k in list(compress(count(), outside)):
        if outside[k] == KONJUNKTIV_ONE and first(doc[k]):
            outside[k] = ctx.moods[k] = 0
