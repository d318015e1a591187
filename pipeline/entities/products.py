"""Products and companies the model tags as persons, places or organisations (issue 11,
class 2).

:func:`products`: the items of two words or more of a list right after a class noun of
brands or models (``model_class``: "Stadtgeländewagen der Marken Chevrolet Traverse, GMC
Acadia und Buick Enclave") are products (MISC); so is a model ORG or LOC of two words or
more right after a neuter article (``neuter_articles``) that starts with a brand and has no
ordinary noun, organisation head or company word ("die Vorjahres-Überraschung, das OnePlus
One": a phone, no company).

:func:`founder_companies`: a PER of two words or more in a list, with a capitalised hyphen
compound right after it and a list joiner after that, is a company named after its founder
and its trade ("Aibler Fleisch- und Wurstwaren und Wilhelm Blasko Convenience-Fertiggerichte
sowie der Schlachthof": ORG with the compound in the span).

:func:`split_first_names`: a one-word PER of a first name after a title, a lower-case
fragment and a capitalised name after it are one name: the source split the first name
("Europaratsgeneralsekretär Thor bjorn Jagland").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .candidates import Cand, covered
from .repairs import camel_word
from .tables import DocWords, EntityTables

#: parts of speech of a lower-case word that is no fragment of a name
_NO_FRAGMENT = frozenset(
    {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"}
)
#: how long a lower-case fragment of a first name may be at least
_FRAGMENT_LEN = 3


def products(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """Relabel the products of lists after a ``model_class`` noun and a model ORG after a
    neuter article as MISC (see the module)."""
    starts = {c.start: c for c in final}
    for c in final:
        if c.start == 0 or c.attrs.get("canonical_id") or c.length < 2:
            continue
        before = words[c.start - 1]
        if before in tables.model_class or _listed_after(tables, words, starts, c):
            if c.label in ("ORG", "PER"):
                c.relabel(doc, "MISC", "misc.product_class", "other")
        elif (
            c.label in ("ORG", "LOC")
            and before in tables.neuter_articles
            and _model_words(tables, c, words)
        ):
            c.relabel(doc, "MISC", "misc.product_class", "other")


def _listed_after(tables: EntityTables, words: DocWords, starts: dict[int, Cand], c: Cand) -> bool:
    """``c`` follows a joiner in a list of entities that starts after a ``model_class``
    noun: back over joiners and entities of two words or more."""
    k = c.start - 1
    while k > 0 and words[k] in tables.name_joiners:
        prev = next((p for p in starts.values() if p.end == k and p.length > 1), None)
        if prev is None:
            return False
        k = prev.start - 1
    return k < c.start - 1 and k >= 0 and words[k] in tables.model_class


def _model_words(tables: EntityTables, c: Cand, words: DocWords) -> bool:
    """'OnePlus One': a brand first (a word written like one, or a registry company's
    word), no word an ordinary noun, an organisation head, a company or legal word, the
    last no word of the lexicon ("das Rote Kreuz", "das Golden State" are none)."""
    span = words[c.start : c.end]
    if any(
        w in tables.common_nouns
        or w in tables.org_head_nouns
        or w in tables.company_words
        or w in tables.legal_forms
        or w in tables.name_stop
        or not w[:1].isupper()
        for w in span
    ):
        return False
    if span[-1] in tables.lexicon_words or tables.noun_compound(span[-1]):
        return False
    return camel_word(tables, span[0]) or span[0] in tables.org_first  # a brand: "OnePlus"


def founder_companies(tables: EntityTables, doc: Doc, final: list[Cand], words: DocWords) -> None:
    """'und Wilhelm Blasko Convenience-Fertiggerichte sowie': a PER of two words or more
    between list joiners with a capitalised hyphen compound right after it is a company
    (ORG, the compound in the span)."""
    n = len(words)
    taken: set[int] | None = None  # the tokens of all entities, built only when needed
    for c in final:
        if c.label != "PER" or c.end - c.start < 2 or c.start == 0 or c.end + 1 >= n:
            continue
        trade = words[c.end]
        if (
            words[c.start - 1] not in tables.name_joiners
            or "-" not in trade
            or not trade[:1].isupper()
            or words[c.end + 1] not in tables.name_joiners
        ):
            continue
        if taken is None:
            taken = covered(final)
        if c.end in taken:
            continue
        head = trade.rsplit("-", 1)[1]
        if head[:1].isupper() and head.isalpha() and doc[c.end].pos_ in ("NOUN", "PROPN"):
            c.end += 1
            c.relabel(doc, "ORG", "org.founder_trade", "company")


def split_first_names(
    tables: EntityTables,
    doc: Doc,
    final: list[Cand],
    words: DocWords,
    titled: Callable[[int], bool],
) -> list[Cand]:
    """'Europaratsgeneralsekretär Thor bjorn Jagland': a one-word PER of a first name after
    a title or person noun (``titled``: at a position), a lower-case fragment (no function
    word or verb) and a capitalised name word are one PER; a PER that starts at the name
    word is taken in."""
    n = len(words)
    drop: set[int] = set()
    for c in final:
        i = c.start
        if c.label != "PER" or c.length != 1 or i == 0 or i + 2 >= n:
            continue
        frag, name = doc[i + 1], words[i + 2]
        if not (tables.given_name(words[i]) and titled(i - 1)):
            continue
        if not (frag.is_alpha and frag.is_lower and len(frag.text) >= _FRAGMENT_LEN):
            continue
        if frag.pos_ in _NO_FRAGMENT or frag.text in tables.name_particles:
            continue
        if not tables.namelike_word(name):
            continue
        after = next((p for p in final if p.start == i + 2), None)
        if after is not None and after.label != "PER":
            continue
        c.end = after.end if after is not None else i + 3
        if after is not None:
            drop.add(id(after))
        c.rule = "person.split_first_name"
        c.attrs = dict(c.attrs, canonical_name=doc[c.start : c.end].text)
    return [c for c in final if id(c) not in drop] if drop else final
