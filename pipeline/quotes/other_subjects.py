"""Another person between two quotes: a quoted sentence with no frame of its own after a
sentence of narration whose subject is a different person goes to that person, not to the
speaker of the quote before.

"„Das ist ein Skandal“, empörte sich die Abgeordnete Petra Lang. Berger zeigte sich
gelassen. „Ich sehe das anders.“": Berger's words. The subject of the narration sentence
counts when it names a person: a person entity, a bare name before the verb ("Hoff zeigte
sich skeptisch"), a role noun in the singular ("Der Minister blieb gelassen") or a singular
er/sie whose gender cannot be the earlier speaker's ("Er zeigte sich gelassen" after a
woman). Narration of the past before the story ("Berger hatte im Mai die Reform
angekündigt": a past auxiliary and a participle) talks about the person. The same person again, a role the earlier mention holds ("Der Trainer lachte" after
"Trainer Klaus Weber"), a pronoun that fits the earlier speaker, a plural or a thing ("Die
Lage ist ernst") leave the earlier speaker.

>>> other_person_subject(ctx, ui, last.speaker)   # a mention or None  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span

#: UD morphological genders of a pronoun as the role lexicon writes them
MORPH_GENDERS = {"Masc": "m", "Fem": "f"}
#: entity labels that name no person
NOT_PERSON = frozenset({"LOC", "ORG", "MISC", "GPE"})


def other_person_subject(ctx: DocContext, ui: int, earlier: Span | None) -> Span | None:
    """The subject of the sentence before unit ``ui`` (same paragraph) when it names a
    person other than the speaker mention ``earlier`` (module doc), else None."""
    if earlier is None or ui == 0 or not ctx.pos:
        return None
    pu = ctx.units[ui - 1]
    if ctx.units[ui].paragraph != pu.paragraph:
        return None
    end = pu.content_end(ctx.doc)
    if background(ctx, ui):
        return None
    sp = ctx.g.subject_before(ctx, pu.start, end - 1)
    if sp is None or sp[1] >= end or any(ctx.inside[k] >= 0 for k in range(*sp)):
        return None
    toks = list(ctx.doc[sp[0] : sp[1]])
    before = list(ctx.doc[earlier[0] : earlier[1]])
    if len(toks) == 1 and toks[0].lower_ in ctx.w.third_person_pronouns:
        return sp if _other_gender(ctx, toks[0], before) else None
    if any(t.ent_type_ == "PER" for t in toks) or _bare_name(ctx, toks, sp, end):
        return sp
    return sp if _other_role(ctx, toks, before) else None


def background(ctx: DocContext, ui: int) -> bool:
    """Is the sentence before unit ``ui`` narration of the past before the story (a past
    auxiliary and a participle: "Berger hatte im Mai die Reform angekündigt", "… wurde
    gewählt")? The person is talked about, not the next voice."""
    if ui == 0 or not ctx.pos:
        return False
    pu = ctx.units[ui - 1]
    toks = ctx.doc[pu.start : pu.content_end(ctx.doc)]
    aux = any(t.pos_ == "AUX" and "Past" in labels.morph_values(t, "Tense") for t in toks)
    return aux and any("Part" in labels.morph_values(t, "VerbForm") for t in toks)


def _other_gender(ctx: DocContext, pron: Token, before: list[Token]) -> bool:
    """A singular er/sie whose gender differs from the one the earlier mention shows."""
    if "Plur" in pron.morph.get("Number"):
        return False
    mine = MORPH_GENDERS.get(next(iter(pron.morph.get("Gender")), ""))
    theirs = _gender(ctx, before)
    return mine is not None and theirs is not None and mine != theirs


def _gender(ctx: DocContext, toks: list[Token]) -> str | None:
    """The gender a mention shows: a pronoun's, a listed first name's or a person noun's
    ending; None when it shows none or two."""
    roles = ctx.kit.roles
    found = set()
    for t in toks:
        if t.pos_ == "PRON":
            g = MORPH_GENDERS.get(next(iter(t.morph.get("Gender")), ""))
            if "Plur" in t.morph.get("Number"):
                return None
        else:
            g = roles.given_name_gender(t.text)
            if g is None and t.pos_ == "NOUN":
                g = roles.noun_gender(t.text, trust_masculine=True)
        if g in ("m", "f"):
            found.add(g)
    return found.pop() if len(found) == 1 else None


def _bare_name(ctx: DocContext, toks: list[Token], sp: Span, end: int) -> bool:
    """One capitalised proper noun of no place or body, right before the finite verb that
    opens the sentence ("Hoff zeigte sich skeptisch")."""
    if len(toks) != 1 or sp[0] != ctx.units[ctx.unit_of[sp[0]]].start or sp[1] >= end:
        return False
    t = toks[0]
    if t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper():
        return False
    if t.ent_type_ in NOT_PERSON or ctx.kit.roles.lookup(t.text) is not None:
        return False
    return ctx.g.finite_like(ctx.doc[sp[1]], ctx.pos)


def _other_role(ctx: DocContext, toks: list[Token], before: list[Token]) -> bool:
    """A singular role noun as the subject's head that the earlier mention does not hold
    ("Der Minister" after "die Abgeordnete Petra Lang", not "Der Trainer" after "Trainer
    Klaus Weber")."""
    nouns = [t for t in toks if t.pos_ == "NOUN"]
    if len(nouns) != 1 or len(toks) > 3 or any(t.ent_type_ for t in toks):
        return False
    noun = nouns[0]
    m = ctx.kit.roles.lookup(noun.text)
    if m is None or m.kind != "role" or _plural(ctx, noun, toks):
        return False
    return not any(_same_role(noun, t) for t in before)


def _plural(ctx: DocContext, noun: Token, toks: list[Token]) -> bool:
    """Is the subject plural by its noun or the finite verb beside it ("Die Spieler
    jubelten")?"""
    if "Plur" in noun.morph.get("Number"):
        return True
    doc = ctx.doc
    near = [doc[k] for k in (toks[0].i - 1, toks[-1].i + 1) if 0 <= k < len(doc)]
    return any(t.pos_ in ("VERB", "AUX") and "Plur" in t.morph.get("Number") for t in near)


def _same_role(noun: Token, t: Token) -> bool:
    """Do two nouns name the same role ("Trainer", "Trainerin", "Cheftrainer")?"""
    a, b = noun.lower_, t.lower_
    return a == b or (len(a) >= 5 and len(b) >= 5 and (a in b or b in a))
