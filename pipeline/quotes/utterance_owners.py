"""The owner of an utterance noun is the speaker: "Seine Botschaft an die Fans lautet: „…“",
"Die Botschaft der Kanzlerin an die Bürger war klar: „…“", "Sein Appell an die Regierung:
„…“". A mention whose head is a noun of an utterance (``utterance_nouns``, ``view_nouns``,
``summary_nouns``: "Botschaft", "Fazit", "Antwort", "Appell", …) after an article or a
possessive, with at most adjectives between, names its owner:

- a possessive ("Seine Botschaft an die Fans"): the mention ends at the noun, so the
  addressee's phrase after it stays out and the name resolver takes the one the possessive
  points to (not the embassy of "Botschaft");
- a genitive attribute right after the noun, inside the mention, that names someone who
  speaks ("Die Botschaft der Kanzlerin an die Bürger", "– so lautete die knappe Antwort des
  Ministers", "Das Fazit von Sandra Boser"): the mention is that attribute ("der
  Kanzlerin"); "das Fazit des Berichts" names no one and stays; not after a preposition
  ("hieß es in der Erklärung des Vorstands": the document is the mention, as the gold has
  it; the name resolver takes the owner);
- a will, wish or plan (``will_nouns``) only right after a source preposition ("Geht es
  nach dem Willen der Kommission und der Länder, …", "Nach den Plänen des Konzerns …"): no
  document, so its genitive owner who speaks is the mention; elsewhere ("Der Plan der
  Regierung sieht vor", "Im Plan der Stadt heißt es") the mention stays.

An embassy that speaks ("Die Botschaft in Wien teilte mit") has no owner and stays; with a
possessive it stays whole when it is the subject of the quote's speech verb ("Ihre Botschaft
in Wien teilte mit"); "Die Botschaft der USA erklärte" names the USA.

>>> utterance_owners(ctx)   # rewrites speaker mentions of ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote, Span
from .mentions import speakerish

#: adjectives between the article and the noun ("Seine klare Botschaft")
MAX_ADJECTIVES = 2


def utterance_owners(ctx: DocContext) -> None:
    """Rewrite the mentions of ``ctx.quotes`` whose head is an owned utterance noun."""
    if not ctx.parsed:
        return
    nouns = _nouns(ctx)
    for q in ctx.quotes:
        if q.speaker is not None and not q.nested:
            q.speaker = _owner(ctx, q, q.speaker, nouns)


def _nouns(ctx: DocContext) -> set[str]:
    """The heads of an owned utterance: utterance, view, summary and will nouns."""
    w = ctx.w
    return set(w.utterance_nouns) | set(w.view_nouns) | set(w.summary_nouns) | set(w.will_nouns)


def _utterance_noun(ctx: DocContext, sp: Span, nouns: set[str]) -> int:
    """The index of the utterance noun after the mention's article (at most adjectives
    between), else -1."""
    doc, a, b = ctx.doc, sp[0], sp[1]
    if not ctx.ph.is_det(doc[a], ctx.pos):
        return -1
    for k in range(a + 1, min(b, a + 2 + MAX_ADJECTIVES)):
        t = doc[k]
        if t.lower_ in nouns and t.text[:1].isupper():
            return k
        if not ctx.ph.is_adjish(t, ctx.pos):
            return -1
    return -1


def _speaking_body(q: Quote, noun: Token) -> bool:
    """Is ``noun`` the subject of the quote's cue verb ("Die Botschaft … teilte mit")?"""
    h = noun.head.i
    return any(a <= h < b for a, b in q.cue) and labels.has_role(noun, "subject")


def _owner(ctx: DocContext, q: Quote, sp: Span, nouns: set[str]) -> Span:
    """The owner's mention for ``sp`` (module docstring), else ``sp``."""
    k = _utterance_noun(ctx, sp, nouns)
    if k < 0:
        return sp
    doc = ctx.doc
    noun = doc[k]
    if labels.is_possessive(doc[sp[0]]):
        if _speaking_body(q, noun):
            return sp  # "Ihre Botschaft in Wien teilte mit": her country's embassy speaks
        return (sp[0], k + 1)
    before = doc[sp[0] - 1].lower_ if sp[0] > 0 else ""
    if noun.lower_ in ctx.w.will_nouns:
        if before not in ctx.w.source_prepositions:
            return sp  # "Der Plan der Regierung sieht vor", "Im Plan der Stadt heißt es"
    elif before in ctx.w.prepositions:
        return sp  # "in der Erklärung des Vorstands": the document, as the gold has it
    owner = genitive_after(ctx, k)
    return owner if owner is not None and owner[1] <= sp[1] else sp


def genitive_after(ctx: DocContext, k: int) -> Span | None:
    """The genitive attribute right after the noun at ``k`` that names someone who speaks
    (an article of the genitive, a person's name, or "von" and a phrase: "der Kanzlerin",
    "Webers", "von Sandra Boser"), else None."""
    doc, w = ctx.doc, ctx.w
    j = k + 1
    if j < len(doc) and doc[j].lower_ in w.agent_prepositions:
        j += 1  # "Das Fazit von Sandra Boser"
    elif j >= len(doc) or not (
        doc[j].lower_ in w.genitive_determiners
        or (doc[j].ent_type_ == "PER" and doc[j].ent_iob_ == "B")
    ):
        return None
    if j >= len(doc):
        return None
    owner = ctx.ph.np_forward(doc, j, doc[k].sent.end, ctx.pos)
    if owner is None or ctx.in_marks(owner[0], owner[1]):
        return None
    return owner if speakerish(ctx, owner) else None
