"""A subject pronoun after a cue verb framed by a comparison: "Wie Havranek kritisierte
auch er, dass …". The frame reads "Wie … kritisierte" as an "as X said" frame and takes
"Havranek" for the speaker; but an "as" clause ends at its verb (verb last: "Wie Havranek
kritisierte, …"), and a subject pronoun right after the verb (after at most two adverbs
such as "auch") makes the verb the main clause's: "Wie Havranek" is a comparison, the
pronoun speaks. A comma after the verb ("Wie Havranek kritisierte, sei er …") keeps
the frame's speaker. The subject of such a sentence told before a Konjunktiv one ("Wie
Havranek kritisierte auch er den Bericht. Die Kommission habe …") is the grammar's
(:meth:`.lang.de.GermanGrammar.subject_before`).

>>> compared_pronoun(ctx, q, (1, 2))   # "Wie Havranek kritisierte auch er, dass …"  # doctest: +SKIP
(4, 5)
"""

from __future__ import annotations

from spacy.symbols import ADV

from .. import labels
from .context import DocContext, Quote, Span
from .words import word_ids

#: adverbs that may stand between the verb and the pronoun ("kritisierte auch er")
MAX_ADVERBS = 2
#: cases of a pronoun that is an object
OBJECT_CASES = frozenset({"Acc", "Dat"})


def compared_pronoun(ctx: DocContext, q: Quote, sp: Span) -> Span:
    """The pronoun after the cue verb when the mention stands in an "as" comparison
    before it (see the module docstring), else ``sp``."""
    if not q.cue or len(q.cue) < 2:
        return sp
    c, v = q.cue[0][0], q.cue[-1][1] - 1
    if ctx.table.lower[c] not in word_ids(ctx.w.as_words) or not c < sp[0] < sp[1] <= v:
        return sp
    return _pronoun_after(ctx, v) or sp


def _pronoun_after(ctx: DocContext, v: int) -> Span | None:
    """The subject pronoun after the verb at ``v`` and at most two adverbs, or None."""
    doc, lower = ctx.doc, ctx.table.lower
    k = v + 1
    while k < len(doc) and k - v <= MAX_ADVERBS and doc[k].pos == ADV:
        k += 1
    if k >= len(doc) or lower[k] not in word_ids(ctx.w.subject_pronouns):
        return None
    cases = set(labels.morph_values(doc[k], "Case"))
    return None if cases and cases <= OBJECT_CASES else (k, k + 1)
