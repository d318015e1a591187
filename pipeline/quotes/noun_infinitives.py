"""An infinitive clause that hangs on the object of a speech act is the object's content,
not what was said.

"Der Landesrat kritisierte den Beschluss des Ministers, die Schule zu schließen, als Fehler",
"Die Ministerin bezeichnete den Beschluss, das Bad zu schließen, als kurzsichtig": the
frames took the infinitive clause after the comma for the speaker's words, but the parse
hangs it on the noun before it (an attribute of "Beschluss"), and the verb's own
preposition ("als") stands after it: what was said is the judgement "kritisierte … als
Fehler". The row becomes the reported act over the sentence, as Wikinews gold spans it
(:func:`~.reported.reported_start`), when the verb reports acts and the act holds
(:func:`~.reported.speech_act`); else it is dropped.

Round 29: train unchanged; 10kGNAD rows 0-999: 1 row changed, better (a judged row).

>>> noun_infinitives(ctx)   # the act, not the decision's content  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import replace

from .. import labels
from .context import Cue, DocContext, Quote
from .reported import reported_start, speech_act

#: the parts of speech of a noun an infinitive clause may hang on
NOUNS = frozenset({"NOUN", "PROPN"})


def noun_infinitives(ctx: DocContext) -> None:
    """Turn each indirect row whose content is the infinitive attribute of the speech act's
    object into the reported act, or drop it (module docstring)."""
    if not ctx.parsed:
        return
    kept = []
    for q in ctx.quotes:
        cue = _noun_content_cue(ctx, q)
        if cue is None:
            kept.append(q)
            continue
        u = ctx.units[q.unit]
        reports = "reported" in cue.kinds and q.speaker is not None
        # the preposition stands past the infinitive clause, outside the act's clause
        act = replace(cue, preposition=None)
        if reports and speech_act(ctx, u, u.end, act, u.start, q.speaker):
            q.kind, q.rule = "reported", q.rule + "+noun_infinitive"
            q.parts = [(reported_start(ctx, u, u.start, cue), u.end)]
            kept.append(q)
    ctx.quotes[:] = kept


def _noun_content_cue(ctx: DocContext, q: Quote) -> Cue | None:
    """The verb cue of ``q`` when ``q`` is an indirect row of one part after its cue, an
    infinitive clause the parse hangs on a noun between the cue and the clause, and the
    cue's preposition stands after the clause in its unit outside quotation marks."""
    if q.kind != "indirect" or len(q.parts) != 1 or not q.cue or q.direct:
        return None
    a, b = q.parts[0]
    cue = _verb_cue(ctx, q)
    if cue is None or cue.preposition is None or cue.after > a:
        return None
    verb = _infinitive_verb(ctx, a, b)
    if verb is None or not _noun_attribute(ctx, verb, cue.after, a):
        return None
    u = ctx.units[q.unit]
    doc, inside = ctx.doc, ctx.inside
    if not any(doc[m].lower_ == cue.preposition and inside[m] < 0 for m in range(b, u.end)):
        return None
    return cue


def _noun_attribute(ctx: DocContext, verb, after: int, a: int) -> bool:
    """The infinitive clause of ``verb`` (from ``a``) follows a noun after the cue (from
    ``after``): the parse hangs it on that noun as an attribute, or a noun stands right
    before the comma that opens it (the parse hangs it on the verb: "bezeichnete den
    Beschluss, das Bad zu schließen, als …")."""
    head = verb.head
    if labels.has_role(verb, "relative_clause") and head.pos_ in NOUNS:
        return after <= head.i < a
    m = a - 1
    while m > after and ctx.doc[m].is_space:
        m -= 1
    return m > after and ctx.table.texts[m] == "," and ctx.doc[m - 1].pos_ in NOUNS


def _infinitive_verb(ctx: DocContext, a: int, b: int):
    """The verb of the infinitive clause ``a``..``b``: its last verb with an infinitive
    marker right before it, or None."""
    doc = ctx.doc
    markers = ctx.w.infinitive_markers
    for m in range(b - 1, a, -1):
        if doc[m].pos_ in ("VERB", "AUX") and doc[m - 1].lower_ in markers:
            return doc[m]
    return None


def _verb_cue(ctx: DocContext, q: Quote) -> Cue | None:
    """The verb cue of ``q`` in its unit."""
    at = q.cue[0][0]
    for cue in ctx.cues_by_unit[q.unit]:
        if cue.start == at and cue.verb is not None:
            return cue
    return None
