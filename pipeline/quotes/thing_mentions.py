"""Speaker mentions that name a thing, not someone who speaks (class: words that are no
speaker taken as mentions; round 36).

- a bare claim noun (``so_claim_noun_endings``: "Kritik", "Vorwürfe") as the subject of a
  verb of rejecting or denying (``disowning_lemmas``): "Der Vorsitzende …, der als …
  gilt, wies Kritik wegen … zurück" -- the parse ran the speaker into a clause of its own
  and made the claim the subject; what is rejected never rejects. With a possessive ("seine
  Kritik") or a genitive owner after it the mention stays;
- a relative pronoun after a comma as the subject of a verb that a thing does too
  (``thing_subject_lemmas``, ``thing_pointing_lemmas``: "Aktivitäten, die darauf hinweisen,
  dass …") whose antecedent names no one who speaks (no person, body or role noun, no
  text: "der Bericht, der daran erinnert" stays): the thing points, nobody speaks.

Empty is better than a thing: the statement keeps its row, and the Konjunktiv sentences
after it no longer take the thing as their speaker. Measured: Wikinews train unchanged
(no such mention there); 10kGNAD rows 0-999: "Kritik" (and the Konjunktiv sentence after
it, now Kaczyński's), "die" twice and "der Verdacht" ("hat sich der Verdacht …
bestätigt") emptied, none worse.

>>> rejected_claim(ctx, q, (43, 44))   # "wies Kritik … zurück"  # doctest: +SKIP
None
"""

from __future__ import annotations

from typing import Callable

from .. import labels
from .context import DocContext, Quote, Span

#: steps from a relative clause's verb up to the verb that opens the clause
RELATIVE_CLIMB = 2
#: particles between the antecedent and the comma ("setzte ein Lächeln auf, das …")
PARTICLE_SKIP = 2


def rejected_claim(ctx: DocContext, q: Quote, sp: Span) -> Span | None:
    """``sp``, or None when it is a bare claim noun a verb of rejecting has for its subject
    (module docstring)."""
    if q.cue_lemma not in ctx.w.disowning_lemmas or not ctx.pos:
        return sp
    doc, a, b = ctx.doc, sp[0], sp[1]
    content = [
        t
        for t in doc[a:b]
        if t.is_alpha and not ctx.ph.is_det(t, ctx.pos) and not ctx.ph.is_adjish(t, ctx.pos)
    ]
    if len(content) != 1 or not content[0].lower_.endswith(ctx.w.so_claim_noun_endings):
        return sp
    if any(labels.is_possessive(t) for t in doc[a:b]):
        return sp  # "seine Kritik": the owner
    if b < len(doc) and labels.morph_values(doc[b], "Case") == [labels.GENITIVE]:
        return sp  # "die Kritik der Opposition"
    return None


def thing_relative(
    ctx: DocContext, q: Quote, sp: Span, names_someone: Callable[[DocContext, Span], bool]
) -> Span | None:
    """``sp``, or None when it is a relative pronoun standing for a thing before the comma
    that a thing-doing cue verb has for its subject (module docstring); ``names_someone``
    tells whether a phrase names someone who speaks."""
    w = ctx.w
    if q.cue_lemma not in (w.thing_subject_lemmas | w.thing_pointing_lemmas) or not ctx.parsed:
        return sp
    doc, a = ctx.doc, sp[0]
    if sp[1] - a != 1 or a < 2 or doc[a - 1].text != ",":
        return sp
    t = doc[a]
    if not (labels.is_relative_pronoun(t) or labels.opens_relative_clause(t)):
        return sp
    noun = _antecedent(t)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= a:
        return sp
    if noun.lower_.endswith(w.text_noun_endings):
        return sp  # "der Bericht, der daran erinnert": a text speaks
    start = noun.i
    while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ", "NUM"):
        start -= 1  # the noun with its article and adjectives, not what the parse hung on it
    if names_someone(ctx, (start, noun.i + 1)):
        return sp
    return None


def _antecedent(t):
    """The noun a relative pronoun's clause hangs on ("Aktivitäten" of "Aktivitäten, die
    darauf hinweisen"), else the noun right before the comma or a verb particle there (a
    parse that hung the clause elsewhere), else None."""
    v = t.head
    for _ in range(RELATIVE_CLIMB + 1):
        if labels.has_role(v, "relative_clause") and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head
        if v.head.i == v.i:
            break
        v = v.head
    k = t.i - 2
    while k > 0 and t.i - 2 - k < PARTICLE_SKIP and t.doc[k].pos_ in ("ADP", "PART"):
        k -= 1  # "setzte ein Lächeln auf, das …": the verb's particle stands between
    return t.doc[k] if t.doc[k].pos_ == "NOUN" else None
