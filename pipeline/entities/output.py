"""Writing the final candidates into ``doc.ents`` and their ``Span._`` attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:  # candidates uses underscore_key
    from .candidates import Cand

#: attributes copied from ``Cand.attrs`` (missing ones written as None)
ATTR_KEYS = ("canonical_id", "canonical_name", "country_code", "entity_type")


def underscore_key(name: str, start_char: int, end_char: int) -> tuple:
    """The ``doc.user_data`` key under which spaCy keeps ``Span._.<name>`` of the span on
    these characters (``spacy.tokens.underscore.Underscore._get_key``): writing it directly
    is what ``span._.<name> = value`` does, without an ``Underscore`` object per span."""
    return ("._.", name, start_char, end_char)


def write_ents(doc: Doc, final: list[Cand], eids: list[str]) -> None:
    """Set ``doc.ents`` to ``final`` with ``entity_id`` ``eids`` (same order) and the
    attributes of each candidate; a PER without a type gets ``person``."""
    spans = [Span(doc, c.start, c.end, label=c.label) for c in final]
    doc.set_ents(spans, default="outside")  # as ``doc.ents = spans``, without a second Span each
    data = doc.user_data
    for span, c, eid in zip(spans, final, eids):
        s, e = span.start_char, span.end_char
        get = c.attrs.get
        etype = get("entity_type")
        if c.label == "PER" and etype is None:
            etype = "person"
        # the keys of :func:`underscore_key`, built inline (six per entity)
        data[("._.", "entity_id", s, e)] = eid
        data[("._.", "canonical_id", s, e)] = get("canonical_id")
        data[("._.", "canonical_name", s, e)] = get("canonical_name")
        data[("._.", "country_code", s, e)] = get("country_code")
        data[("._.", "entity_type", s, e)] = etype
        data[("._.", "source", s, e)] = c.source
        data[("._.", "entity_rule", s, e)] = c.rule
