"""A body's name repeated where the recogniser missed it: "Der Internetdienstleister United
Internet rechnet mit … United Internet bietet … an. Für den Gewinn rechnet das Unternehmen
mit …" -- the second "United Internet" is no entity, yet it is the body a class noun after
it stands for.

Only the exact words of an organisation entity found before, starting at a token and ending
at one, outside every entity.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span


def repeated_names(doc: Doc, ents: Iterable[Span], labels: frozenset[str], lo: int, hi: int):
    """``(char offset, entity)`` of every repeat between chars ``lo`` and ``hi`` of an
    entity of ``labels`` named before ``hi``, where the recogniser found no entity."""
    named: dict[str, Span] = {}
    for ent in ents:
        if ent.start_char >= hi:
            break
        if ent.label_ in labels:
            named.setdefault(ent.text, ent)
    found = []
    for tok in doc:
        if tok.idx < lo or tok.ent_type_:
            continue
        if tok.idx >= hi:
            break
        for text, ent in named.items():
            end = tok.idx + len(text)
            if ent.start_char < tok.idx and end <= hi and doc.text.startswith(text, tok.idx):
                last = doc.char_span(tok.idx, end)
                if last is not None and not any(t.ent_type_ for t in last):
                    found.append((tok.idx, ent))
    return found
