"""Speakers: the one whose claim a clause after a claim noun gives, not the subject that
reacts to it ("Die Partei wies die Forderung des Ministers Karl Huber zurück, die Steuern
zu senken" -> "des Ministers Karl Huber"; "Mit Befremden reagierte die Partei auf die
Forderung des CSU-Vorsitzenden Edmund Stoiber, …" -> "des CSU-Vorsitzenden Edmund Stoiber").

What is said follows a comma right after a noun phrase (or after the verbs and particles
that close its clause) whose head is a claim noun (``claim_noun_endings``: "Forderung",
"Vorwurf", "Darstellung"), the object of the frame or in a phrase of
``claim_noun_prepositions`` ("reagierte auf die Forderung …"); a genitive or "von"
attribute of that noun that names someone (:func:`.mentions.speakerish`) is the speaker.
Without one the speaker stays ("äußerte die Hoffnung, dass …", "erneuerte seine
Forderung, …", "weist den Vorwurf zurück, …"), and so does a noun in another prepositional
phrase ("In einem Bericht der Zeitung wurde vermutet, dass …": the source the frame names;
"sagte zu dem Bericht des Ministeriums, …": the frame's own words).
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote, Span
from .mentions import speakerish

#: how many words the noun phrase before the comma may have
NOUN_REACH = 8
#: how many verbs and particles may close the clause after the noun phrase
VERB_REACH = 3


def claim_sources(ctx: DocContext) -> None:
    """Step after the continuations: give a framed quote after a claim noun the one whose
    claim it is; what follows in the Konjunktiv goes on with the frame's subject ("Merkel
    wies die Forderung Söders zurück, das Asylrecht einzuschränken. An diesem Grundrecht
    werde nicht gerüttelt.": Merkel's)."""
    for q in ctx.quotes:
        q.speaker = noun_source(ctx, q) or q.speaker


def noun_source(ctx: DocContext, q: Quote) -> Span | None:
    """The source of a claim noun right before what is said (see the module docstring),
    else None."""
    if not ctx.parsed or not q.cue or q.direct or not ctx.w.claim_noun_endings:
        return None
    doc, a = ctx.doc, q.parts[0][0]
    u = ctx.units[q.unit]
    if a - 2 < u.start or doc[a - 1].text != ",":
        return None
    last = a - 2
    while last > u.start and a - 2 - last < VERB_REACH and _closes_clause(ctx, q, doc[last]):
        last -= 1  # "wies die Forderung des Ministers zurück, …"
    noun = _claim_noun(ctx, doc[last], max(u.start, last - NOUN_REACH))
    if noun is None:
        return None
    case = labels.adposition_of(noun)
    if case is not None and case.lower_ not in ctx.w.claim_noun_prepositions:
        return None  # "sagte zu dem Bericht des Ministeriums, …": the frame's own words
    for c in noun.children:
        if c.i > noun.i and _genitive(ctx, c):
            sp = _phrase(c)
            if speakerish(ctx, sp):
                return sp
    return None


def _claim_noun(ctx: DocContext, last: Token, lo: int) -> Token | None:
    """The claim noun whose phrase ends with ``last``: ``last`` or a noun it hangs on."""
    t = last
    for _ in range(NOUN_REACH):
        if t.i < lo or t.pos_ not in ("NOUN", "PROPN") or ctx.inside[t.i] >= 0:
            return None
        if t.pos_ == "NOUN" and t.lower_.endswith(ctx.w.claim_noun_endings):
            return t if _phrase(t)[1] == last.i + 1 else None
        if t.head.i == t.i or t.head.i > t.i:
            return None
        t = t.head
    return None


def _closes_clause(ctx: DocContext, q: Quote, t: Token) -> bool:
    """A verb, particle or cue piece that closes the clause before the comma."""
    return t.pos_ in ("VERB", "AUX", "PART") or any(x <= t.i < y for x, y in q.cue)


def _genitive(ctx: DocContext, c: Token) -> bool:
    """A noun attribute opened by a genitive article ("des Ministers", also as the parse's
    apposition) or by an attribute preposition ("von der Opposition")."""
    if c.pos_ not in ("NOUN", "PROPN") or not labels.has_role(c, "noun_modifier", "apposition"):
        return False
    cases = [g for g in c.children if labels.is_adposition(g)]
    if cases:
        return all(g.lower_ in ctx.kit.roles.attribute_prepositions for g in cases)
    first = c.left_edge
    return first.i < c.i and first.lower_ in ctx.w.genitive_determiners


def _phrase(t: Token) -> Span:
    """The noun with its article and attributes, no preposition, no clause."""
    left, end = t.i, t.i
    for c in t.children:
        if labels.is_adposition(c) or labels.has_role(
            c, "relative_clause", "punct", "parataxis", "clausal_object", "conjunct"
        ):
            continue
        left, end = min(left, c.left_edge.i), max(end, c.right_edge.i)
    return (left, end + 1)
