"""A source phrase's role with the person's name between commas.

"Laut dem Sprecher des Ministeriums, Karl-Heinz Grundböck, sei das Abkommen nicht
gefährdet", "Die Akten sollen laut dem Anwalt der Familie, Peter Gruber, vernichtet worden
sein", "Nach Angaben des Innenministers, Gerhard Karner, seien …": the name after the role
is an apposition of the source, not the first words of the statement. The mention runs on
over ", Name" (as the Wikinews gold spans such speakers: "dem Chefankläger des …, Luis
Moreno Ocampo"), and the apposition with its closing comma (and a party in brackets: "dem
Bürgermeister, Franz Huber (ÖVP),") leaves the statement. The name must be one to four
proper nouns or person-entity words (no other entity: "laut dem Sprecher der Stadt,
Wien, …") after a role noun of a person (:func:`.mentions.person_word`)
or itself a person entity; a relative clause ("laut der Polizei, die …") or a list ("laut
Polizei, Rettung und Feuerwehr") is no apposition.

>>> source_appositions(ctx)   # "laut dem Sprecher, X, sei …": X names the source  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import DocContext, Quote
from .mentions import person_word
from .source_overruns import source_phrase_rows
from .spaces import strip_spaces

#: the longest name taken as an apposition, and the longest bracket after it ("(ÖVP)")
MAX_NAME, MAX_BRACKET = 4, 4
NAME_TAGS = frozenset({"PROPN"})
PERSON_ENTITY = "PER"


def source_appositions(ctx: DocContext) -> None:
    """Run each source phrase's mention on over the name its role noun is followed by
    between commas, and take that apposition out of the statement."""
    if not ctx.parsed:
        return
    for q in list(source_phrase_rows(ctx)):
        found = _apposition(ctx, q)
        if found is None:
            continue
        name_end, close = found
        s, e = q.speaker
        for other in ctx.quotes:  # the nested direct quote's copy of the mention too
            if other.speaker == (s, e) and other.cue == q.cue:
                other.speaker = (s, name_end)
        _cut_parts(ctx, q, e, close + 1)


def _apposition(ctx: DocContext, q: Quote) -> tuple[int, int] | None:
    """The end of the name and the index of the closing comma of an apposition right
    after ``q``'s mention, or None."""
    doc = ctx.doc
    s, e = q.speaker
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e].sent != doc[s].sent:
        return None
    k = e + 1
    while k < len(doc) and k - e - 1 < MAX_NAME and _name_word(doc[k]):
        k += 1
    if k == e + 1 or k >= len(doc) or not doc[e + 1].text[:1].isupper():
        return None
    name_end = k
    if doc[k].text == "(":
        k = _bracket_end(doc, k)
        if k is None:
            return None
    if doc[k].text != ",":
        return None
    person = all(t.ent_type_ == PERSON_ENTITY for t in doc[e + 1 : name_end])
    if not person and not _role_head(ctx, s, e):
        return None
    return name_end, k


def _name_word(t: Token) -> bool:
    """A word of a person's name: a proper noun or a word of a person entity."""
    if t.ent_type_ and t.ent_type_ != PERSON_ENTITY:
        return False  # "laut dem Sprecher der Stadt, Wien, …": a place, no name
    return t.text[:1].isupper() and (t.pos_ in NAME_TAGS or t.ent_type_ == PERSON_ENTITY)


def _bracket_end(doc, k: int) -> int | None:
    """The index after the ")" that closes the bracket opening at ``k`` (a short one)."""
    for m in range(k + 1, min(len(doc), k + MAX_BRACKET + 2)):
        if doc[m].text == ")":
            return m + 1 if m + 1 < len(doc) else None
    return None


def _role_head(ctx: DocContext, s: int, e: int) -> bool:
    """Is the first noun of mention ``[s, e)`` a person's role ("dem Sprecher des …")?"""
    for t in ctx.doc[s:e]:
        if t.pos_ in ("NOUN", "PROPN") or t.text[:1].isupper():
            return person_word(ctx, t.text)
    return False


def _cut_parts(ctx: DocContext, q: Quote, a: int, b: int) -> None:
    """Take tokens ``[a, b)`` out of ``q``'s parts (spaces trimmed at the new edges)."""
    parts: list[tuple[int, int]] = []
    for s, e in q.parts:
        for ps, pe in ((s, min(e, a)), (max(s, b), e)):
            if ps < pe:
                ps, pe = strip_spaces(ctx.doc, ps, pe)
                if ps < pe:
                    parts.append((ps, pe))
    if parts:
        q.parts = sorted(set(parts))


def apposition_before(ctx: DocContext, ms: int, start: int) -> tuple[int, int] | None:
    """ "Dem Sprecher der Feuerwehr, Thomas Maier, zufolge …": the source before a
    postposed cue at ``ms`` that ends in a name between commas; the mention spans the
    role's noun phrase and the name (not before ``start``), or None."""
    doc = ctx.doc
    if ms - 3 < start or doc[ms - 1].text != ",":
        return None
    k = ms - 2
    if doc[k].text == ")":
        while k > start and doc[k].text != "(":
            k -= 1
        if ms - 2 - k > MAX_BRACKET + 1 or doc[k].text != "(":
            return None
        k -= 1
    name_end = k + 1
    while k > start and name_end - k <= MAX_NAME and _name_word(doc[k]):
        k -= 1
    if k == name_end - 1 or doc[k].text != ",":
        return None
    role = ctx.ph.np_backward(doc, k, start, ctx.pos)
    if role is None:
        return None
    person = all(t.ent_type_ == PERSON_ENTITY for t in doc[k + 1 : name_end])
    if not person and not _role_head(ctx, *role):
        return None
    return role[0], name_end
