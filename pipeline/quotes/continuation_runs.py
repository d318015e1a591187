"""One continuation for a run of reported-speech sentences of one speaker.

Sentences in the reported-speech mood right after one another, in one paragraph and with
the same speaker, go on with one statement: they are one quote, not one per sentence
("…, sagte X. *Die Lage sei ernst. Man müsse handeln.*"). The Wikinews annotation marks
such a run as one quote (train: 81 continuations of two sentences or more, 14 pairs of
neighbouring one-sentence continuations). A paragraph break, another speaker or any word
between two sentences (a quote of another kind, a sentence of the writer's) ends the run,
and so does a change of mode: first-person speech without quotation marks
(:mod:`.first_person`: the speaker's own words, "Ich habe recht bekommen. Wir müssen
Klartext reden.") makes runs of its own, as words in quotation marks do.

>>> join_runs(ctx)   # joins neighbouring continuations in ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote

KIND = "continuation"
RULE_PIECE = "+"  # what parts a rule's mode ("continuation:konjunktiv") from its details


def join_runs(ctx: DocContext) -> None:
    """Join each continuation in ``ctx.quotes`` to the one right before it when they form a
    run (:func:`_goes_on`): the first takes the second's parts, the second is dropped."""
    gate = ctx.kit.settings.get("min_rule_confidence", 0.0)
    conts = sorted(
        (q for q in ctx.quotes if q.kind == KIND and not q.nested and q.confidence >= gate),
        key=lambda q: q.start,
    )
    dropped: set[int] = set()
    head: Quote | None = None
    last = -1  # the unit of the last sentence joined to ``head``
    for q in conts:
        if head is not None and q.unit == last + 1 and _goes_on(ctx, head, q):
            _absorb(head, q)
            dropped.add(id(q))
        else:
            head = q
        last = q.unit
    if dropped:
        ctx.quotes = [q for q in ctx.quotes if id(q) not in dropped]


def _goes_on(ctx: DocContext, head: Quote, q: Quote) -> bool:
    """Does ``q`` (in the sentence unit after the last one of ``head``) go on with
    ``head``: in its paragraph and mode, nothing but punctuation and space between the two,
    and the same speaker?"""
    units = ctx.units
    if units[q.unit].paragraph != units[head.unit].paragraph or _mode(q) != _mode(head):
        return False
    doc = ctx.doc
    if any(
        not (doc[k].is_punct or doc[k].is_space) or "\n" in doc[k].text
        for k in range(head.end, q.start)
    ):
        return False
    return (q.speaker, q.speaker_chars) == (head.speaker, head.speaker_chars)


def _mode(q: Quote) -> str:
    """The mode of a continuation: its rule up to the first detail ("continuation:konjunktiv",
    "continuation:first_person")."""
    return q.rule.split(RULE_PIECE, 1)[0]


def _absorb(head: Quote, q: Quote) -> None:
    """``head`` takes the parts of ``q``: its last part and the first of ``q``, with the
    punctuation between them, become one."""
    first, *rest = sorted(q.parts)
    head.parts[-1] = (head.parts[-1][0], first[1])
    head.parts.extend(rest)
    head.confidence = max(head.confidence, q.confidence)
