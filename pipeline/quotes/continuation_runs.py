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
    """Join the continuations of each run in ``ctx.quotes`` (:func:`_runs`) into the first:
    it takes their parts, they are dropped. A sentence rated below the rules' gate joins
    only between two above it ("Die Lage sei ernst. Das *wäre* fatal. Man müsse handeln.":
    a run goes on over it); at either end of a run it stays on its own."""
    gate = ctx.kit.settings.get("min_rule_confidence", 0.0)
    dropped: set[int] = set()
    for run in _runs(ctx, gate):
        sure = [i for i, q in enumerate(run) if q.confidence >= gate]
        if len(sure) < 2:
            continue
        head, *rest = run[sure[0] : sure[-1] + 1]
        for q in rest:
            _absorb(head, q)
            dropped.add(id(q))
    if dropped:
        ctx.quotes = [q for q in ctx.quotes if id(q) not in dropped]


def _runs(ctx: DocContext, gate: float) -> list[list[Quote]]:
    """The continuations of ``ctx.quotes`` in text order, cut into runs: each goes on with
    the one before it in the sentence unit before (:func:`_goes_on`). One rated below
    ``gate`` with a speech verb of its own is a statement of its own: no part of a run."""
    conts = sorted(
        (q for q in ctx.quotes if q.kind == KIND and not q.nested), key=lambda q: q.start
    )
    runs: list[list[Quote]] = []
    last: Quote | None = None
    for q in conts:
        if q.confidence < gate and ctx.cues_by_unit[q.unit]:
            last = None
        elif last is not None and q.unit == last.unit + 1 and _goes_on(ctx, last, q):
            runs[-1].append(q)
            last = q
        else:
            runs.append([q])
            last = q
    return runs


def _goes_on(ctx: DocContext, head: Quote, q: Quote) -> bool:
    """Does ``q`` (in the sentence unit after ``head``'s) go on with ``head``: in its
    paragraph and mode, nothing but punctuation and space between the two, and the same
    speaker?"""
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
