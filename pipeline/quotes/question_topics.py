"""Question topics: "Auf die Frage, ob der Zeitplan hält, sagte X: …" -- the question X
answers is what was asked, not what X says.

A part of a quote (not a direct quote) before the quote's cue that opens with a preposition
and a question noun (``question_topic_nouns``; a noun: "Zu fragen sei, ob …" is said) and
goes on with the question itself after a comma ("Auf die Frage, ob …", "Auf die Frage an den Vater, wann …") is the question: the
part goes. So does a part opened by a participle of being asked (``asked_participles``;
"Gefragt, ob er zurücktrete, …", "Darauf angesprochen, ob …", "Von Journalisten befragt,
warum …"), not one where the participle is in a clause of its own ("Man habe sich gefragt,
ob …", "Sie sei gefragt worden, ob …": the speaker's words). An answer that is a direct
quote is that quote alone ("…, sagte Weber: „Auf keinen Fall.“"). A quote of nothing but the question takes the answer after its frame instead,
from the colon or comma after the speaker to the end of the sentence ("…, meinte der
Sprecher: Wir hoffen, dass …", "…, sagte Merkel, dass sie …"). A fronted topic phrase of a
clause of its own ("Auf die Frage nach dem Zeitplan gibt es keine Antwort, sagte X") stays.

>>> question_topics(ctx)   # drops question parts from ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADP, AUX, NOUN, PRON, VERB

from .context import DocContext, Quote, Span
from .words import word_ids

#: the question noun comes within this many tokens after the preposition ("Auf die Frage"),
#: the comma before the question within this many after it ("Frage an den Vater, ob")
NOUN_REACH = 3
COMMA_REACH = 6
#: the participle of being asked comes within this many tokens of the part's start
#: ("Darauf angesprochen, ob …", "Von Journalisten gefragt, ob …")
PARTICIPLE_REACH = 4
#: parts of speech before the participle that make it a clause of its own ("Man habe sich
#: gefragt, ob …", "Sie wurde gefragt, ob …"): the speaker's words
CLAUSE_POS = frozenset({AUX, VERB, PRON})
#: an answer keeps at least this many tokens
MIN_ANSWER = 2


def question_topics(ctx: DocContext) -> None:
    """Drop the question parts of ``ctx.quotes``; a quote left with none answers after its
    frame, or goes when the sentence holds no answer."""
    nouns = word_ids(ctx.w.question_topic_nouns)
    if not nouns:
        return
    kept = []
    for q in ctx.quotes:
        if q.direct or q.kind == "direct" or not q.parts or not q.cue:
            kept.append(q)
            continue
        parts = [p for p in q.parts if not _asked(ctx, q, p, nouns)]
        if len(parts) < len(q.parts):
            parts = _answered(ctx, q, parts)
        if parts:
            q.parts = parts
            kept.append(q)
    ctx.quotes = kept


def _asked(ctx: DocContext, q: Quote, part: Span, nouns: frozenset[int]) -> bool:
    """Is ``part`` a question before ``q``'s cue ("Auf die Frage, ob …", "Gefragt, ob …")?"""
    if part[1] > min(s for s, _ in q.cue):
        return False
    return asked_part(ctx, part, nouns)


def asked_part(ctx: DocContext, part: Span, nouns: frozenset[int]) -> bool:
    """Does ``part`` open with a question ("Auf die Frage, ob …", "Gefragt, ob …")?"""
    a, b = part
    table = ctx.table
    noun = _asked_participle(ctx, a, b)
    if noun is None and table.pos[a] == ADP:
        reach = range(a + 1, min(a + 1 + NOUN_REACH, b))
        noun = next((m for m in reach if table.lower[m] in nouns and table.pos[m] == NOUN), None)
    if noun is None:
        return False
    asking = word_ids(ctx.w.question_words) | word_ids(ctx.w.whether_words)
    for m in range(noun + 1, min(noun + 1 + COMMA_REACH, b - 1)):
        if table.texts[m] == ",":
            return table.lower[m + 1] in asking
    return False


def _asked_participle(ctx: DocContext, a: int, b: int) -> int | None:
    """The participle of being asked that opens ``a``..``b`` ("Gefragt, ob …", "Darauf
    angesprochen, ob …", "Von Journalisten befragt, warum …"): within the first tokens,
    with no comma, verb or pronoun before it; else None."""
    asked = word_ids(ctx.w.asked_participles)
    for m in range(a, min(a + PARTICIPLE_REACH, b)):
        if ctx.table.lower[m] in asked:
            return m
        if ctx.table.texts[m] == "," or ctx.table.pos[m] in CLAUSE_POS:
            return None  # "Man habe sich gefragt, ob …": a clause of its own
    return None


def _answered(ctx: DocContext, q: Quote, parts: list[Span]) -> list[Span]:
    """The parts of ``q`` without its question: the answer after its frame when it holds
    what is left ("meinte der Sprecher: Wir hoffen, [dass …]"), else what is left."""
    answer = _answer(ctx, q)
    if answer is None or not all(answer[0] <= a and b <= answer[1] for a, b in parts):
        return parts
    if any(_quoted(o, answer) for o in ctx.quotes):
        return []  # "…, sagte Weber: „Auf keinen Fall.“": the direct quote is the answer
    return [answer]


def _quoted(o: Quote, span: Span) -> bool:
    """Is ``o`` a direct quote inside ``span``?"""
    return (o.direct or o.kind == "direct") and span[0] <= o.start and o.end <= span[1]


def _answer(ctx: DocContext, q: Quote) -> Span | None:
    """The words after ``q``'s frame to its sentence's end, from the first colon or comma
    after the cue and speaker ("meinte der Sprecher: Wir hoffen, …")."""
    frame_end = max([b for _, b in q.cue] + ([q.speaker[1]] if q.speaker else []))
    unit = ctx.units[q.unit]
    end = unit.end
    while end > frame_end and ctx.table.texts[end - 1] in (".", "!", "?"):
        end -= 1
    texts = ctx.table.texts
    mark = next((m for m in range(frame_end, end) if texts[m] in (":", ",")), None)
    if mark is None or end - mark - 1 < MIN_ANSWER:
        return None
    return (mark + 1, end)
