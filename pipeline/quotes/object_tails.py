"""A speaker mention that runs on into the verb's objects ends at the speaker: "Am Montag
warf Kanzler Karl Nehammer Herbert Kickl Verantwortungslosigkeit vor." (the recogniser
merges the speaker's and the addressee's names, the parse hangs the accusative on them),
"wird von den USA Korruption vorgeworfen", "hat die Kammer von einem Verlust gesprochen".

- a bare common noun (no article, no name, no person's noun) right after a name (not one
  in the genitive: "Zschäpes Erklärung") at the end of the mention of a reported act is
  the accusative object: the mention ends before it; when it did,
  a merged name of three or more words whose second word is no given name loses its last
  word, the dative ("Lech Kaczyński Wałęsa"), and one with a second given name later
  ("Karl Nehammer Herbert Kickl") ends before that given name; in other quotes only a word
  of time ends the mention ("so Foglar Freitagabend", ``time_words``);
- a "von" phrase with an indefinite article at the end of a mention that names no one
  who speaks ("von einem Wertschöpfungsverlust"; not "von der SPÖ", "von der Gruppe",
  "von einem Sprecher") is what is spoken of: the mention ends before it.

>>> object_tails(ctx)   # trims the speaker mentions of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import DocContext, Span
from .mentions import person_word, speakerish
from .words import word_ids

#: labels of a person's name
PERSON_LABELS = ("PER", "PERSON")
#: the kind of a reported speech act ("warf X Y vor"), whose objects follow the speaker
REPORTED = "reported"
#: endings of a name in the genitive ("Zschäpes Erklärung": the noun is the owner's)
GENITIVE_ENDINGS = ("s", "'", "’")


def object_tails(ctx: DocContext) -> None:
    """End the speaker mentions of ``ctx.quotes`` before the verb's objects."""
    if not ctx.parsed:
        return
    for q in ctx.quotes:
        if q.speaker is None or q.nested:
            continue
        sp = _before_object(ctx, q.speaker, q.kind == REPORTED)
        q.speaker = _before_topic(ctx, sp)


def bare_noun(t: Token) -> bool:
    """A capitalised common noun outside names ("Spionage", "Passanten")."""
    return t.pos_ == "NOUN" and t.text[:1].isupper() and t.is_alpha and not t.ent_type_


def _bare_object(ctx: DocContext, t: Token) -> bool:
    """A bare noun (:func:`bare_noun`) that is no person's noun ("Spionage")."""
    return bare_noun(t) and not person_word(ctx, t.text)


def _before_object(ctx: DocContext, sp: Span, act: bool) -> Span:
    """``sp`` without a bare accusative noun at its end (and the addressee's name merged
    into the speaker's) when the quote is a reported act (``act``), or without a word of
    time at its end ("die BBC Mittwochfrüh"), else ``sp``."""
    doc, a, b = ctx.doc, sp[0], sp[1]
    if b - a < 2 or not _bare_object(ctx, doc[b - 1]):
        return sp
    prev = doc[b - 2]
    if not prev.ent_type_ or prev.pos_ != "PROPN" or prev.text.endswith(GENITIVE_ENDINGS):
        return sp
    if not act:
        timed = doc[b - 1].lower_.startswith(ctx.w.time_word_stems)
        return (a, b - 1) if timed else sp
    name = b - 1
    start = name
    while start > a and doc[start - 1].ent_type_ == doc[name - 1].ent_type_:
        start -= 1
    if doc[name - 1].ent_type_ in PERSON_LABELS:
        name = _speaker_name_end(ctx, start, name)
    return (a, name)


def _speaker_name_end(ctx: DocContext, start: int, end: int) -> int:
    """Where the speaker's part of the merged person name ``start``..``end`` ends."""
    doc = ctx.doc
    given = ctx.kit.roles.given_name_gender
    words = [doc[k].text for k in range(start, end)]
    if len(words) < 3 or given(words[1]) is not None:
        return end
    for k in range(2, len(words)):
        if given(words[k]) is not None:
            return start + k  # "Karl Nehammer | Herbert Kickl"
    return end - 1  # "Lech Kaczyński | Wałęsa"


def _before_topic(ctx: DocContext, sp: Span) -> Span:
    """``sp`` without a "von" phrase at its end that names no one who speaks."""
    doc, a, b = ctx.doc, sp[0], sp[1]
    words = word_ids(ctx.w.attribute_prepositions)
    for k in range(b - 2, a, -1):
        if ctx.table.lower[k] in words:
            rest = (k + 1, b)
            if doc[k + 1].lower_ not in ctx.w.indefinite_articles:
                return sp  # "von der Gruppe", "von Kernkraftgegnern": a party
            if any(doc[m].ent_type_ or person_word(ctx, doc[m].text) for m in range(*rest)):
                return sp
            return sp if speakerish(ctx, rest) else (a, k)
    return sp
