"""A place name after a class noun of media is the medium: "die Tageszeitung Österreich",
"der Sender Schweiz 5" (``org.media_class``: ORG of type media, no registry id).

:func:`~pipeline.entities.candidates.work_cands` finds media names after their class noun,
but a registry alias on the same words wins there ("the registry knows better"); this runs
after merging and turns such a LOC into the medium.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Cand
from .tables import DocWords, EntityTables


def media_names(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> list[Cand]:
    """Relabel a LOC right after a ``media_class`` noun (or its genitive) as ORG media."""
    media = tables.media_class
    for c in final:
        if c.label != "LOC" or c.start == 0:
            continue
        before = words[c.start - 1]
        if before in media or (before.endswith("s") and before[:-1] in media):
            c.relabel(doc, "ORG", "org.media_class", "media")
    return final
