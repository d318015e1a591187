"""All custom ``Span._`` / ``Doc._`` attributes of newsx, registered in one place.

Values are plain (str, int, float, list of int pairs), never Span objects, so Docs survive
``n_process > 1`` and ``DocBin``. Every component calls :func:`register` in its factory.

Span groups written by our components (keys are plural nouns):

- ``doc.spans["quotes"]``: one span per quote (from first to last character of all its
  parts); attributes ``kind``, ``parts``, ``speaker``, ``speaker_start``, ``speaker_end``,
  ``speaker_name``, ``cue``, ``cue_start``, ``cue_end``, ``cue_lemma``, ``confidence``, ``rule``.
- ``doc.ents`` (model + rules, non-overlapping): ``canonical_id``, ``canonical_name``,
  ``country_code``, ``source`` (``model``/``rules``), ``entity_type``, ``entity_rule``,
  ``entity_id``.
- ``doc.spans["demonyms"]``: adjectives/genitives pointing at a country ("russische",
  "Kasachstans"): ``country_code``, ``canonical_name``, ``entity_rule``.
- ``doc.spans["numbers"]``: ``value``, ``value_min``, ``value_max``, ``qualifier``,
  ``noun``, ``noun_text``, ``unit``, ``number_kind``, ``number_rule``.

spaCy keeps ``Span._`` values by character offsets only, so two spans of different groups
on the same characters share every attribute of the same name: the entity "Zweiten
Weltkrieg" and the ordinal number "Zweiten Weltkrieg" must not both write ``rule``. Names
are therefore unique per group (the table columns are still called ``kind`` and ``rule``);
only a demonym and a LOC entity on the same word ("Kasachstans") share attributes, by
design (same country; the entity's values are written last).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: name -> default; all on Span.
SPAN_ATTRS: dict[str, object] = {
    # quotes
    "kind": None,
    "rule": None,
    "confidence": None,
    "parts": None,  # list of [start_char, end_char] pairs (doc offsets)
    "speaker": None,
    "speaker_start": None,
    "speaker_end": None,
    "speaker_name": None,
    "cue": None,
    "cue_start": None,
    "cue_end": None,
    "cue_lemma": None,
    # entities / places
    "canonical_id": None,
    "canonical_name": None,
    "country_code": None,
    "source": None,
    "entity_type": None,
    "entity_rule": None,
    "entity_id": None,  # "ent:<12 hex>", shared by the mentions of one entity
    # numbers
    "value": None,
    "value_min": None,
    "value_max": None,
    "qualifier": None,
    "noun": None,
    "noun_text": None,
    "unit": None,
    "number_kind": None,
    "number_rule": None,
}

#: name -> default; on Doc.
DOC_ATTRS: dict[str, object] = {
    # character offset of the Doc's text inside the decoded file (metadata header length)
    "offset": 0,
}

_done = False


def register() -> None:
    """Register every newsx extension once (idempotent, cheap to call from each factory)."""
    global _done
    if _done:
        return
    for name, default in SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    _done = True
