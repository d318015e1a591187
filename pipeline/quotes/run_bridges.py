"""Konjunktiv runs that go on over a modal or Konjunktiv II sentence.

A speaker's run of reported speech often holds sentences in another mood: a present-tense
modal or a Konjunktiv II ("…, sagt X. Die Schule *sei* der ideale Rahmen. *Trotzdem
bräuchten Lehrer eine Schulung. Die Kinder dürfen erzählen, aber sie müssen nicht.* Oft
*seien* Fragen belastend."). Alone, such a sentence is mostly the writer's conditional or
a wish; between a statement and a Konjunktiv continuation of the same speaker, in one
paragraph, it is more of the run (the run goes on on both sides of it). Up to
:data:`MAX_BRIDGE` such sentences are bridged; each must read as the speaker's words
(:func:`.first_person.may_go_on`: no question, no quotation marks, no cue or frame of its
own, nobody else named, not the speaker by name) and hold a ``bridge_modals`` word or a
Konjunktiv II verb outside quotation marks. A past indicative ("konnte", "musste") or any
other sentence of the writer's between ends the run as before.

>>> bridge_runs(ctx)   # adds continuations between two statements  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote
from .first_person import last_statements, may_go_on, sentence_of
from .own_frames import VERB_POS, hypothetical, subordinate_content
from .words import word_ids

#: the rule of a bridged sentence: the Konjunktiv mode, so that :mod:`.continuation_runs`
#: joins it into the run
RULE = "continuation:konjunktiv+bridge"
BRIDGE_PIECE = "+bridge"
#: the mode of the continuation a bridge leads to
KONJUNKTIV_MODE = "continuation:konjunktiv"
CONFIDENCE = 0.6
#: how many sentences in a row a run goes on over
MAX_BRIDGE = 3
KONJUNKTIV_TWO = 1  # ``ctx.moods`` of a Konjunktiv II verb


def bridge_runs(ctx: DocContext) -> None:
    """Add the sentences that bridge two statements of one speaker's run (see the module
    doc) as continuations of the statement after them."""
    if ctx.table is None or not ctx.w.bridge_modals:
        return
    gate = ctx.kit.settings.get("min_rule_confidence", 0.0)
    last = last_statements(ctx)
    for b in sorted(last):
        q = last[b]
        if q.kind != "continuation" or not q.rule.startswith(KONJUNKTIV_MODE):
            continue
        if q.speaker is None or q.confidence < gate:
            continue
        for j in _bridged(ctx, last, q, gate):
            if j in last:  # a continuation the rules rated low: it is part of the run
                last[j].confidence = CONFIDENCE
                last[j].rule += BRIDGE_PIECE
            else:
                last[j] = sentence_of(ctx, j, q, CONFIDENCE, RULE)


def _bridged(ctx: DocContext, last: dict[int, Quote], q: Quote, gate: float) -> list[int]:
    """The units between the Konjunktiv continuation ``q`` and the statement of the same
    speaker before it, when each of them bridges (:func:`_bridges`); else none."""
    between: list[int] = []
    j = q.unit - 1
    while j >= 0 and (j not in last or _weak(last[j], q, gate)):
        if len(between) == MAX_BRIDGE or not _bridges(ctx, q, j):
            return []
        between.append(j)
        j -= 1
    head = last.get(j)
    if not between or head is None or head.confidence < gate or head.speaker is None:
        return []
    if ctx.units[j].paragraph != ctx.units[q.unit].paragraph:
        return []
    return between if _same_voice(ctx, head, q) else []


def _weak(held: Quote, q: Quote, gate: float) -> bool:
    """Is ``held`` a Konjunktiv continuation of ``q``'s speaker that the rules rate below
    ``gate`` (a singular Konjunktiv II: "Man *sollte* ihnen das Gefühl geben")?"""
    return (
        held.kind == "continuation"
        and held.rule.startswith(KONJUNKTIV_MODE)
        and held.confidence < gate
        and held.speaker == q.speaker
    )


def _bridges(ctx: DocContext, q: Quote, j: int) -> bool:
    """May unit ``j`` be more of ``q``'s speech (:func:`.first_person.may_go_on`), and is
    the verb that heads it a ``bridge_modals`` word or a Konjunktiv II, or has it one as its
    auxiliary ("Man *sollte* ihnen das Gefühl geben")? One in a subordinate clause only
    ("Dass … erfassen *sollen*, ist den Grünen zu wenig", "…, will er berufen, wenn es sein
    *muss*") leaves the sentence the writer's."""
    if not may_go_on(ctx, q, j):
        return False
    if hypothetical(ctx, subordinate_content(ctx, ctx.units[j])):
        return False  # "So muss die Agentur, die … prüfen würde, …": the writer's (round 17)
    lower = ctx.table.lower
    modals = word_ids(ctx.w.bridge_modals)
    return any(
        ctx.inside[v.i] < 0 and (lower[v.i] in modals or ctx.moods[v.i] == KONJUNKTIV_TWO)
        for v in _main_verbs(ctx, j)
    )


def _main_verbs(ctx: DocContext, j: int) -> set[Token]:
    """The word that heads unit ``j`` outside quotation marks with its auxiliaries and
    copula ("Ein Stillstand *wäre* fatal": UD hangs "wäre" on "fatal") and, for a verb, its
    verb chain; none when the unit has no one head."""
    doc, u = ctx.doc, ctx.units[j]
    heads = [
        doc[k]
        for k in range(u.start, u.end)
        if ctx.inside[k] < 0 and not u.start <= doc[k].head.i < u.end or doc[k].head.i == k
    ]
    if len(heads) != 1 or ctx.inside[heads[0].i] >= 0:
        return set()
    root = heads[0]
    verbs = {root, *(c for c in root.children if labels.has_role(c, "auxiliary"))}
    if root.pos in VERB_POS:
        verbs.update(labels.verb_chain(labels.lexical_verb(root)))
    return verbs


def _same_voice(ctx: DocContext, head: Quote, q: Quote) -> bool:
    """Do ``head`` and ``q`` have one speaker: the same mention or copied offsets, or the
    same last word of their mentions ("Barbara Preitler" … "Preitler")? (An orphan with a
    subject of its own, "Als positiv erachtet der Leiter …, dass …", names its speaker
    anew: no bridge to a statement before it under another mention.)"""
    if head.speaker == q.speaker:
        return True
    if q.speaker_chars is not None and head.speaker_chars == q.speaker_chars:
        return True
    doc = ctx.doc
    return doc[head.speaker[1] - 1].lower_ == doc[q.speaker[1] - 1].lower_
