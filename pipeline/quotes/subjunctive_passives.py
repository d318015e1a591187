"""A passive in the Konjunktiv II names no speaker in its subject.

"Die Kunden würden zur Zahlung mit einer Kreditkarte aufgefordert": the participle of a
speech verb with a Konjunktiv II form of "werden" (``subjunctive_passive_auxiliaries``) and
no other auxiliary (or, for a participle coordinated with a first one, the first one's:
"würden … umgeleitet oder … aufgefordert") is a passive, as "wurden … aufgefordert" is; its subject is the one asked
or named, not the speaker. The parse reads no passive there (the auxiliary is no form of
"werden" to it), so the subject became the speaker. As for the indicative passive, a
reported act of that subject is no row at all, and another quote whose speaker mention is
that subject keeps no speaker ("Die Bürger würden aufgefordert, zu Hause zu bleiben"). An
agent ("von der Polizei aufgefordert") stays the speaker.

>>> subjunctive_passives(ctx)   # "würden … aufgefordert": the subject is asked  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote

#: the STTS tag of a full verb's participle (both model kinds), besides labels.is_participle
PARTICIPLE_TAG = "VVPP"


def subjunctive_passives(ctx: DocContext) -> None:
    """Drop the reported acts of a Konjunktiv II passive's subject and take that subject
    from the other quotes as their speaker (module docstring)."""
    if not ctx.parsed:
        return
    kept: list[Quote] = []
    for q in ctx.quotes:
        if q.speaker is None or not _passive_subject_speaker(ctx, q):
            kept.append(q)
        elif q.kind != "reported":
            q.speaker, q.speaker_chars = None, None
            kept.append(q)
    ctx.quotes[:] = kept


def _passive_subject_speaker(ctx: DocContext, q: Quote) -> bool:
    """Is ``q``'s speaker mention the subject of its cue participle under a Konjunktiv II
    form of "werden"?"""
    a, b = q.speaker
    for s, e in q.cue:
        for t in ctx.doc[s:e]:
            if not _subjunctive_passive(ctx, t):
                continue
            subj = _subject(t)
            if subj is not None and a <= subj.i < b:
                return True
    return False


def _subjunctive_passive(ctx: DocContext, t: Token) -> bool:
    """``t`` is a participle whose verb chain is one Konjunktiv II form of "werden"."""
    if not _participle(t):
        return False
    chain = [v for v in labels.verb_chain(t) if v.i != t.i]
    first = labels.coordination_head(t)
    if not chain and first is not None and _participle(first):
        # "würden … umgeleitet oder … aufgefordert": the row's auxiliary is the first one's
        chain = [v for v in labels.verb_chain(first) if v.i != first.i]
    return len(chain) == 1 and chain[0].lower_ in ctx.w.subjunctive_passive_auxiliaries


def _participle(t: Token) -> bool:
    """Is ``t`` a participle (by tag or morphology)?"""
    return t.tag_ == PARTICIPLE_TAG or labels.is_participle(t)


def _subject(t: Token) -> Token | None:
    """The subject of participle ``t``'s clause (on its auxiliary for TIGER)."""
    subj = labels.clause_subject(t)
    if subj is not None:
        return subj
    first = labels.coordination_head(t)
    for v in labels.verb_chain(t) + (labels.verb_chain(first) if first is not None else []):
        found = next(labels.children_with(v, "subject"), None)
        if found is not None:
            return found
    return None
