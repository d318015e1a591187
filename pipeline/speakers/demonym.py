"""Demonym speakers: "sagte der Franzose", "so die Österreicherin", "meinte der Steirer".

A definite singular mention whose head is a nationality or home region as person noun
(``kind: "demonym"`` of ``roles.jsonl``: country and gender) refers back to a person the text
named before it:

- the person named last whose country is that one -- known from the entity ("Emmanuel
  Macron": FR), from a role with a country ("der französische Präsident X") or from the
  demonym right before a mention ("der Franzose Jean Dupont");
- else the one person of the text whose country is not known, if there is exactly one of
  its gender within reach (or of no known gender, when no one else is named) and it was
  named outside quoted words; with several, the person named last if no one else was named
  outside quoted words in the mention's sentence and the two before ("Ogier … feierte einen
  Sieg. …, sagte der Franzose"), else the rules for other person nouns decide ("sagte der
  Forscher");
- never a person of another country (nor anyone when the person named last is of another
  country), nor one before another person described anew
  ("Renzi … die Festnahme eines Aktivisten … erklärte der Italiener") or before the same
  noun used without a name ("der Burgenländer geriet ins Visier"), and nothing when two persons of unknown country fit
  ("Thiem schlug Nadal. …, sagte der Österreicher." stays empty unless Nadal is known
  to be Spanish): a wrong name is worse than none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Span, Token

from pipeline.labels import PERSON_ENTITY_LABELS, morph_values

PERSON_LABELS = PERSON_ENTITY_LABELS

_PUNCT = frozenset(',.;:!?()[]"„“”«»‚‘’–—-')


def demonym_head(span: Span, lex: Any, plural: Callable[[Token, Token], bool]):
    """``(head token, country, gender)`` of "der Franzose", "die junge Österreicherin";
    None for other mentions, indefinite ("ein Franzose": someone new) or plural ones."""
    toks = [t for t in span if t.text not in _PUNCT]
    if len(toks) < 2 or toks[0].lower_ not in lex.determiners:
        return None
    if toks[0].lower_ in lex.indefinites:
        return None
    head = toks[-1]
    hit = lex.demonyms.get(head.text)
    if hit is None or any(t.text[:1].isupper() for t in toks[1:-1]):
        return None
    country, gender = hit
    article = lex.article_gender.get(toks[0].lower_)
    if (article is not None and article != gender) or plural(toks[0], head):
        return None
    if "Plur" in morph_values(head, "Number") and "Sing" not in morph_values(toks[0], "Number"):
        return None
    return head, country, gender


def _used_before(resolver: Any, head: Token) -> bool:
    """Was the noun used before as a noun of its own (after an article, outside quotations,
    no name after it): the text's anonymous protagonist ("der Burgenländer geriet ins
    Visier"), not a person named with it ("der Franzose Jean Dupont")?"""
    doc, lex = resolver.doc, resolver.lex
    for t in doc[1 : head.i]:
        if t.text != head.text or doc[t.i - 1].lower_ not in lex.determiners:
            continue
        nxt = doc[t.i + 1]
        if not resolver.index._in_quote(t.idx) and nxt.ent_type_ not in PERSON_LABELS:
            return True
    return False


def _described_between(resolver: Any, person: Any, span: Span) -> bool:
    """Does a person noun with a singular article ("eines Aktivisten", "der Verkäufer")
    stand between the last mention of ``person`` and the mention, outside quotations -- a
    noun of its own, not a word before another noun ("im Maastrichter Vertrag")? Weak nouns
    count by their plural-looking ending ("einen Aktivisten")."""
    last = person.last_before(span.start_char)
    doc, idx, lex = resolver.doc, resolver.index, resolver.lex
    names = set(person.name.split())
    first = doc.char_span(last, last + 1, alignment_mode="expand")
    lo = first.end if first is not None else span.start
    persons = set(idx.indices_of("person_noun"))
    for t in doc[lo : span.start]:
        if t.pos_ != "NOUN" or idx._in_quote(t.idx) or t.text in names:
            continue
        if t.i not in persons and not lex.plural_person(t.text):
            continue
        nxt = doc[t.i + 1]
        if nxt.pos_ in ("NOUN", "PROPN"):
            continue
        if any(
            c.lower_ in lex.determiners and "Sing" in morph_values(c, "Number") for c in t.children
        ):
            return True
    return False


def _country_before(person: Any, pos: int) -> str | None:
    """The person's country if the text told it before char ``pos`` (or no one knows
    where): evidence after the mention ("…, wehrte sich der Spanier. … dem Spanier Lopez")
    does not tell the reader who is meant."""
    return person.country if person.country_at < pos else None


def _introduced_as(resolver: Any, person: Any, pos: int) -> str | None:
    """The country of a demonym right before a mention of the person before char ``pos``
    ("der Franzose Jean Dupont")."""
    doc, lex = resolver.doc, resolver.lex
    for at in person.mentions:
        if at >= pos:
            continue
        first = doc.char_span(at, at + 1, alignment_mode="expand")
        if first is None or first.start == 0:
            continue
        hit = lex.demonyms.get(doc[first.start - 1].text)
        if hit is not None:
            return hit[0]
    return None


def _alone_near(resolver: Any, span: Span, person: Any) -> bool:
    """Is ``person`` the one person named outside quoted words in the mention's sentence
    (before it) and the two sentences before ("Ogier … feierte einen nie gefährdeten Sieg.
    …, sagte der Franzose"), while others of unknown country were named further back -- and
    is that last mention of the person outside quoted words?"""
    first = span.sent
    for _ in range(2):
        if first.start == 0:
            break
        first = resolver.doc[first.start - 1].sent
    lo, hi = first.start_char, span.start_char
    for p in resolver.index.persons.values():
        if p is person or not p.name:
            continue
        if any(lo <= at < hi and resolver._named_outside_quote(at) for at in p.mentions):
            return False
    last = person.last_before(hi)  # not a name in the quoted words before ("…, Benitez ist …")
    return last is not None and lo <= last and not resolver.index._in_quote(last)


#: what :func:`demonym_referent` returns when no rule may guess a name
BLOCKED = object()


def demonym_referent(resolver: Any, span: Span, found: tuple[Token, str, str]):
    """The person "der Franzose" at ``span`` refers to (see the module docstring); None when
    the country does not decide (the rules for other person nouns go on); :data:`BLOCKED`
    when no one named may be meant: the noun was the text's anonymous protagonist, someone
    is described anew between, or the person named last is of another country.
    ``found``: what :func:`demonym_head` says of the mention."""
    head, country, gender = found
    if _used_before(resolver, head):
        return BLOCKED  # "der Burgenländer geriet ins Visier … als der Burgenländer vermutete"
    pos = span.start_char
    same, unknown, latest, named = [], [], None, 0
    for p in resolver.index.persons.values():
        last = p.last_before(pos) if p.name else None
        if last is None or pos - last > resolver.max_distance:
            continue
        named += 1
        if p.gender not in (None, gender):
            continue
        cc = _country_before(p, pos) or _introduced_as(resolver, p, pos)
        if latest is None or last > latest[0]:
            latest = (last, p, cc)
        if cc == country:
            same.append((last, p))
        elif cc is None:
            unknown.append((last, p))
    if latest is None:
        return None
    if same:
        p, mine = max(same, key=lambda x: x[0])[1], True
    elif latest[2] is not None:
        return BLOCKED  # "Nadal (ES) … sagte der Österreicher": not him
    elif len(unknown) == 1 and (unknown[0][1].gender == gender or named == 1):
        p, mine = unknown[0][1], resolver._named_outside_quote(unknown[0][0])
    else:
        p, mine = latest[1], _alone_near(resolver, span, latest[1])
    # "Renzi … die Festnahme eines Aktivisten … erklärte der Italiener": the one described
    if _described_between(resolver, p, span):
        return BLOCKED
    return p if mine else None
