"""Persons' names the model cut or mislabelled: a first name right before a PER belongs to
it ("Lee Sedol" tagged "Sedol", "Jean-Marie Le Pen" tagged "Le Pen"), and a model LOC/ORG
of a first name and a name-like word is a person ("Usain Bolt" tagged ORG)."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Cand
from .tables import EntityTables


def given_names(tables: EntityTables, doc: Doc, final: list[Cand], words: list[str]) -> list[Cand]:
    """Extend PERs over a free first name before them; relabel first name + name as PER.

    A registry or propagated identity whose name is not the extended text is dropped: the
    "Le Pen" of "Jean-Marie Le Pen" is not Marine Le Pen.
    """
    taken = {i for c in final for i in range(c.start, c.end)}
    for c in final:
        if c.label == "PER":
            while (
                c.start > 0 and c.start - 1 not in taken and tables.given_name(words[c.start - 1])
            ):
                c.start -= 1
                taken.add(c.start)
                name = " ".join(words[c.start : c.end])
                if c.attrs.get("canonical_name") not in (None, name):
                    c.attrs = {}
                c.rule = "person.given_name"
        elif _person_pair(tables, c, words):
            c.label, c.rule = "PER", "person.given_name"
    return final


def _person_pair(tables: EntityTables, c: Cand, words: list[str]) -> bool:
    """'Usain Bolt' (model ORG/LOC, no registry id): a first name, then a name-like word
    that is no place name."""
    return (
        c.label in ("LOC", "ORG")
        and c.source == "model"
        and c.length == 2
        and not c.attrs.get("canonical_id")
        and tables.given_name(words[c.start])
        and tables.namelike_word(words[c.start + 1])
        and words[c.start + 1] not in tables.gaz_words
        and " ".join(words[c.start : c.end]) not in tables.gaz_words
    )


def nominative(tables: EntityTables, doc: Doc, start: int, end: int) -> str:
    """The name of ``doc[start:end]`` as a canonical name: after an article of the feminine
    genitive/dative or the plural (``oblique_articles``), leading adjectives in -en take
    the nominative -e ("der Europäischen Menschenrechtskonvention" -> "Europäische
    Menschenrechtskonvention", "der Vereinten Nationen" -> "Vereinte Nationen"); other
    names are left as written (the gender of "des Deutschen ... Instituts" is unknown)."""
    text = doc[start:end].text
    if start == 0 or doc[start - 1].text not in tables.oblique_articles:
        return text
    words = text.split(" ")
    n = 0
    out = []
    while n < len(words) - 1 and words[n][:1].isupper():
        w = words[n]
        if w in tables.adjectives:  # "der Frankfurter Allgemeinen ...": invariant
            out.append(w)
        elif w.endswith("en"):
            out.append(w[:-1])
        else:
            break
        n += 1
    return " ".join(out + words[n:])
