"""A fronted subject the articles mark as nominative stays the speaker.

A mention before the cue that names no one who speaks (:func:`~.mentions.speakerish`) is
mostly a fronted object the parse took for the subject ("Die Äußerungen bezeichnete
Wiefelspütz als …": the person after the verb speaks). When its article is one of
``nominative_masculine_articles`` and the model reads it as masculine singular nominative
("Ein Leitartikel in der Washington Post forderte Obama zu … auf", "Der Bericht nennt
Müller als …"), it can be no object: it is the subject, and the name after the verb is the
addressee or the object. Feminine, neuter and plural articles ("Die Studie", "Das Papier")
are nominative or accusative alike and decide nothing, and so does a masculine-read
article before a feminine or plural noun ("Der Politik schlug er vor": a dative).
Before a verb whose dative is the one spoken to (``dative_speech_lemmas``: "Die Anklage
wirft Peter Huber Betrug vor") a singular phrase is the subject too, unless an article that
may be dative opens it ("Der Politik schlug er vor", "Dem Minister empfahl die Studie").
A plural phrase is the subject there when the finite verb is plural and a single person's
name follows it ("Kritiker werfen Erdogan vor", "Gegner raten Huber ab": the name cannot
agree with the verb, it is the one spoken to); a name coordinated after it ("werfen Huber
und Maier vor") decides nothing.

>>> nominative_marked(ctx, (0, 2))   # "Ein Leitartikel … forderte Obama … auf"  # doctest: +SKIP
True
"""

from __future__ import annotations

from .. import labels
from .context import NOUN_IDS, DocContext, Span
from .words import word_ids

#: the article's morphology that marks the masculine singular nominative
NOMINATIVE_FEATURES = ("Case=Nom", "Gender=Masc", "Number=Sing")
#: a noun morphology that contradicts the article's masculine singular
PLURAL = "Number=Plur"
OTHER_FEATURES = ("Gender=Fem", PLURAL)
#: marks between a mention and the cue that put them in different clauses
CLAUSE_MARKS = frozenset({",", ";", ":"})


def nominative_subject(ctx: DocContext, sp: Span, lemma: str | None, cue: int) -> bool:
    """Is the mention the subject of the cue at ``cue`` however little it names a speaker:
    in the cue's clause (no comma, colon or semicolon between them: not "Dass der Artikel ein Grund
    gewesen sei, weist X zurück"), its article marks it as nominative
    (:func:`nominative_marked`), or it is a singular phrase before a verb whose accusative
    object is the person spoken to (``addressee_object_lemmas``: "Ein Gutachten forderte
    Müller auf", "Die Studie bittet die Regierung") or whose dative is
    (``dative_speech_lemmas``: "Die Anklage wirft Peter Huber Betrug vor", "Die Studie
    empfiehlt der Regierung …": the person after the verb is told, not telling)?"""
    a, b = (sp[1], cue) if sp[1] <= cue else (cue, sp[0])
    if any(ctx.table.texts[k] in CLAUSE_MARKS for k in range(a, b)):
        return False
    if nominative_marked(ctx, sp):
        return True
    if lemma in ctx.w.dative_speech_lemmas and _dative_article(ctx, sp[0]):
        return False  # "Der Politik schlug er vor": the fronted dative
    if lemma not in ctx.w.addressee_object_lemmas and lemma not in ctx.w.dative_speech_lemmas:
        return False
    noun = _noun(ctx, sp)
    if noun is None:
        return False
    return not labels.morph_has(noun, PLURAL) or _name_after_plural_verb(ctx, cue)


def _name_after_plural_verb(ctx: DocContext, cue: int) -> bool:
    """Is the cue verb at ``cue`` a plural finite form followed (after at most two words)
    by one person's name that no coordinator joins to another ("werfen Erdogan vor")?"""
    doc = ctx.doc
    verb = doc[cue]
    if not labels.morph_has(verb, PLURAL) or not labels.morph_has(verb, labels.FINITE_FEATURE):
        return False
    end = min(len(doc), cue + 4)
    person = labels.PERSON_ENTITY_LABELS
    name = next((k for k in range(cue + 1, end) if doc[k].ent_type_ in person), None)
    if name is None or any(doc[k].is_punct for k in range(cue + 1, name)):
        return False
    k = name + 1
    while k < len(doc) and doc[k].ent_type_ in person and doc[k].ent_iob_ != "B":
        k += 1  # the rest of the name
    return k >= len(doc) or doc[k].pos_ != "CCONJ"


def _dative_article(ctx: DocContext, k: int) -> bool:
    """May the article at ``k`` open a dative ("dem", "einer", "der", "den")?"""
    w, lower = ctx.w, ctx.table.lower[k]
    lists = (w.dative_determiners, w.ambiguous_dative_articles, w.dative_plural_articles)
    return any(lower in word_ids(words) for words in lists)


def _noun(ctx: DocContext, sp: Span):
    """The first noun or name of the mention, or None."""
    return next((t for t in ctx.doc[sp[0] : sp[1]] if t.pos in NOUN_IDS), None)


def nominative_marked(ctx: DocContext, sp: Span) -> bool:
    """Does the mention open with a masculine singular nominative article, not after a
    preposition ("Nach der Bericht" is no phrase of its own)?"""
    a = sp[0]
    lower = ctx.table.lower
    if lower[a] not in word_ids(ctx.w.nominative_masculine_articles):
        return False
    if a > 0 and lower[a - 1] in word_ids(ctx.w.prepositions):
        return False
    art = ctx.doc[a]
    if not all(labels.morph_has(art, f) for f in NOMINATIVE_FEATURES):
        return False
    noun = _noun(ctx, (a + 1, sp[1]))
    # "Der Politik schlug er vor": the noun's own gender says dative
    return noun is not None and not any(labels.morph_has(noun, f) for f in OTHER_FEATURES)
