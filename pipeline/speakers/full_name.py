"""Full names NER missed: "… sagte der Koordinator des Krisenstabes, Giorgos Kyritsis, in
Athen. … sagte Kyritsis weiter." -- the tagger found "Kyritsis" alone as a person, so the
surname would be the speaker's name. A person known only by one word takes the proper
nouns right before one of its mentions ("Giorgos Kyritsis", "Ensaf Haidar", "Belinda
Bencic"): at most two, each tagged a proper noun, capitalised, no role, person noun or
title ("Minister Kyritsis", "Musiker Heino", "Bischof X"; ``name_title`` of roles.jsonl),
no function word ("Doch Kyritsis"), no country or place ("Schweizer"), no genitive ("Merkels
Kyritsis"), no other person's surname, not an entity of its own the surname is not part of.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

_PLACE_LABELS = frozenset({"LOC", "GPE"})
#: given names before a surname, at most ("Hans Peter Doskozil")
_MAX_GIVEN = 2


def _given_name_word(tok: Token, resolver: Any) -> bool:
    lex, idx = resolver.lex, resolver.index
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and text[:1].isupper()
        and text.replace("-", "").isalpha()
        and not text.endswith("s")
        and text.lower() not in lex.function_words
        and lex.lookup(text) is None
        and lex.noun_gender(text, trust_masculine=True) is None  # "Musiker Heino"
        and not text.lower().endswith(lex.name_titles)  # "Bischof X", "Tennisstar X"
        and text not in idx.by_surname  # "Lech Kaczyński Wałęsa": another person's name
        and tok.i not in idx.countries
        and tok.ent_type_ not in _PLACE_LABELS
    )


def lengthen(resolver: Any, person: Any) -> None:
    """Give ``person`` (a name of one word) the given names before the first occurrence of
    that word that has them (NER may have missed that mention)."""
    if " " in person.name or not resolver.index.has_pos:
        return
    doc = resolver.doc
    for tok in doc:
        if tok.text != person.name:
            continue
        i = tok.i
        if i > 0 and doc[i - 1].ent_type_ and tok.ent_iob_ != "I":
            continue  # the word before is another entity ("Lech" taken for a place)
        given: list[str] = []
        while i > 0 and len(given) < _MAX_GIVEN and _given_name_word(doc[i - 1], resolver):
            i -= 1
            given.insert(0, doc[i].text)
        if given:
            person.name = " ".join([*given, person.name])
            return
