"""Writing the final candidates into ``doc.ents`` and their ``Span._`` attributes."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Cand

#: attributes copied from ``Cand.attrs`` (missing ones written as None)
ATTR_KEYS = ("canonical_id", "canonical_name", "country_code", "entity_type")


def write_ents(doc: Doc, final: list[Cand], eids: list[str]) -> None:
    """Set ``doc.ents`` to ``final`` with ``entity_id`` ``eids`` (same order) and the
    attributes of each candidate; a PER without a type gets ``person``. One ``Span._`` per
    span: creating it is what the attribute writes cost."""
    spans = [Span(doc, c.start, c.end, label=c.label) for c in final]
    doc.ents = spans
    for span, c, eid in zip(spans, final, eids):
        u = span._
        u.entity_id = eid
        get = c.attrs.get
        for k in ATTR_KEYS:
            setattr(u, k, get(k))
        if c.label == "PER" and get("entity_type") is None:
            u.entity_type = "person"
        u.source = c.source
        u.entity_rule = c.rule
