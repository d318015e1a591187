"""One name, one label within a document: a later lone mention that the model or a name list
took for a person ("Logistikchefin bei Palmers") is the organisation, place or work that a
rule with evidence found under the same name elsewhere in the text ("der Textilriese
Palmers": ``org.class_noun``), with its attributes (rule ``name.repeated``)."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Cand

#: Person rules of one word that a named organisation, place or work of the same text
#: overrides (a title or first name before a word is stronger evidence and stays).
WEAK_PERSON_RULES = frozenset(
    {None, "person.surname", "person.first_name_alone", "person.surname_suffix"}
)


def repeated_names(doc: Doc, final: list[Cand], words: list[str]) -> list[Cand]:
    """Relabel one-word PER mentions whose text a non-person entity found by a rule has."""
    named: dict[str, Cand] = {}
    for c in final:
        if c.label != "PER" and c.rule and not c.rule.startswith("person"):
            named.setdefault(" ".join(words[c.start : c.end]), c)
    if not named:
        return final
    for c in final:
        if (
            c.label == "PER"
            and c.length == 1
            and c.rule in WEAK_PERSON_RULES
            and not c.attrs.get("canonical_id")
        ):
            src = named.get(words[c.start])
            if src is not None:
                c.label, c.attrs, c.rule = src.label, dict(src.attrs), "name.repeated"
    return final
