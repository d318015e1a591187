"""A body's or an office's name runs on over its field: "sagte die Internationale
Organisation für Migration (IOM)", "sagte der EU-Kommissar für Energie Günther Oettinger".
The parse hangs "für Migration" on the verb, so the mention stops at "die Internationale
Organisation" and names no one body (or loses the person after the office). A mention
that ends on a capitalised noun, followed by a name preposition ("für", "zur") and a field
of capitalised words with no article ("Migration", "Bildung und Forschung", "Luft- und
Raumfahrt"), runs on over the field when the name is marked as one: an abbreviation in
brackets follows ("(IOM)"), a person's name follows (that runs on too), or a capitalised
adjective inside the mention starts the name ("die Internationale Organisation"). A field
with an article ("der Minister für die Opposition") or no such mark stays out.

>>> with_name_phrase(ctx, (6, 9))   # "… sagte die Internationale Organisation für Migration (IOM)"  # doctest: +SKIP
(6, 14)
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span

#: words of the field after the preposition
MAX_FIELD_WORDS = 5
#: letters of an abbreviation in brackets
MAX_ABBREVIATION = 8


def with_name_phrase(ctx: DocContext, sp: Span) -> Span:
    """``sp`` run on over the field of the name it stops in (see the module docstring),
    else ``sp``."""
    doc, e = ctx.doc, sp[1]
    if e + 1 >= len(doc) or doc[e].lower_ not in ctx.w.name_prepositions:
        return sp
    if not _capitalised_noun(doc[e - 1]) or doc[e - 1].ent_type_ in labels.PERSON_ENTITY_LABELS:
        return sp
    k = _field_end(ctx, e + 1)
    if k is None:
        return sp
    end = _abbreviation_end(doc, k) or _person_end(doc, k)
    if end is None and _named_adjective(doc, sp):
        end = k
    if end is None or any(ctx.inside[m] >= 0 for m in range(e, end)):
        return sp
    return (sp[0], end)


def _field_end(ctx: DocContext, j: int) -> int | None:
    """The end of the field from ``j``: capitalised nouns and adjectives, "und" between
    them, a hyphenated first half ("Luft-"), up to a person's name; None when none ends in
    a noun."""
    doc, last = ctx.doc, None
    for k in range(j, min(len(doc), j + MAX_FIELD_WORDS)):
        t = doc[k]
        if t.ent_type_ in labels.PERSON_ENTITY_LABELS:
            break  # "für Energie Günther Oettinger": the person after the field
        if _capitalised_noun(t):
            last = k + 1
        elif not (
            (t.pos_ == "ADJ" and t.text[:1].isupper())
            or (t.lower_ in ctx.w.clause_coordinators and last is not None)
            or (t.text.endswith("-") and t.text[:1].isupper())
        ):
            break
    return last


def _abbreviation_end(doc, k: int) -> int | None:
    """ "(IOM)" right after the field: the end past the closing bracket."""
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return None
    abbr = doc[k + 1].text.replace("-", "")
    ok = abbr.isalpha() and abbr.isupper() and 2 <= len(abbr) <= MAX_ABBREVIATION
    return k + 3 if ok else None


def _person_end(doc, k: int) -> int | None:
    """A person's name right after the field: the end of the name."""
    if k >= len(doc) or doc[k].ent_type_ not in labels.PERSON_ENTITY_LABELS:
        return None
    m = k
    while m < len(doc) and doc[m].ent_type_ in labels.PERSON_ENTITY_LABELS and not doc[m].is_punct:
        m += 1
        if m < len(doc) and doc[m].ent_iob_ == "B":
            break
    return m


def _named_adjective(doc, sp: Span) -> bool:
    """A capitalised adjective before the mention's last word, not its first word
    ("die Internationale Organisation", "der Europäische Gerichtshof")."""
    return any(
        doc[k].pos_ == "ADJ" and doc[k].text[:1].isupper() for k in range(sp[0] + 1, sp[1] - 1)
    )


def _capitalised_noun(t: Token) -> bool:
    return (
        t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper() and t.text.replace("-", "").isalpha()
    )


#: words of a quoted name a mention may run on over ("der „Welt am Sonntag“")
MAX_QUOTED_NAME_WORDS = 5


def with_quoted_name(ctx: DocContext, sp: Span) -> Span:
    """A mention that stops inside a short name in quotation marks ("Laut der „Welt am
    Sonntag“": the parse ends at "Welt") runs on to the closing mark, one that starts
    inside it goes back to the article before the opening mark; a quoted statement (a
    verb inside, more than a few words) or an open quotation stays as it is."""
    a, b = sp
    for k in (a, b - 1):
        piece = ctx.inside[k]
        if piece < 0:
            continue
        d = ctx.directs[piece]
        if not d.closed or (d.start == a and d.end == b) or not _short_name(ctx, d.start, d.end):
            return sp
        a, b = min(a, d.start), max(b, d.end)
    if a < sp[0] and a > 0 and ctx.ph.is_det(ctx.doc[a - 1], ctx.pos) and ctx.inside[a - 1] < 0:
        a -= 1
    return (a, b)


def _short_name(ctx: DocContext, s: int, e: int) -> bool:
    words = [t for t in ctx.doc[s:e] if t.is_alpha]
    return (
        0 < len(words) <= MAX_QUOTED_NAME_WORDS
        and words[0].text[:1].isupper()
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )
