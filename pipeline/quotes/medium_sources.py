"""Media named inside a Konjunktiv sentence: "Die Verhandlungen seien *nach SPIEGEL ONLINE*
an der Finanzierung gescheitert." The medium after a preposition of
``medium_prepositions`` reports what the sentence says, as after "laut"; a phrase after it
that names no medium is a time or a place ("nach der Wahl", "nach Brüssel").

>>> medium_source(ctx, unit)   # the medium's mention, or None  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols

from .context import DocContext, Span
from .mentions import is_medium
from .units import Unit

#: part-of-speech ids of the words of a medium's name ("SPIEGEL ONLINE", "Zeitung")
NAME_POS = frozenset({symbols.PROPN, symbols.NOUN, symbols.X})
MAX_WORDS = 4  # how many words a medium's name after the preposition has at most


def medium_source(ctx: DocContext, u: Unit) -> Span | None:
    """The first medium named after a preposition of ``medium_prepositions`` in unit ``u``,
    outside quotation marks, with its article skipped; None when there is none."""
    doc, inside = ctx.doc, ctx.inside
    for k in range(u.start, u.end - 1):
        if inside[k] >= 0 or doc[k].lower_ not in ctx.w.medium_prepositions:
            continue
        j = k + 1 if doc[k + 1].pos != symbols.DET else k + 2
        end = j
        while end < u.end and end - j < MAX_WORDS and doc[end].pos in NAME_POS:
            if inside[end] >= 0:
                break
            end += 1
        if end > j and is_medium(ctx, (j, end)):
            return j, end
    return None
