"""Q&A turns without labels (issue 10, round 36: class leak36).

derStandard prints an interview's questions in bold; plain text loses the bold, and an
archive that also drops the labels ("STANDARD:", "Moser:") and the paragraphs (10kGNAD)
leaves "… Im Gespräch mit dem STANDARD erklärt sie, wie. Was wollen Sie ändern? Ich möchte
die Öffnungszeiten verlängern. …". A question sentence (ending in "?", outside quotation
marks, no first-person word) followed by an answer that speaks in the first person or
addresses the asker ("Das kommt darauf an, was Sie sich erwarten.") is a Q&A turn:

* in an interview -- its lead (the text before the first question) has an interview word
  (``interview_lead_words``, also as the last part of a compound: "STANDARD-Interview");
  two turns or more, one answer in the first person, and a question that addresses the
  interviewee politely ("Sie"; a chat in "du" is no newspaper interview); or, after a
  lead with no such word ("X über Y und Z"), two such questions and two answers in the
  first person -- a question
  that addresses the interviewee, ends its paragraph or has an answer in the first person
  after it is the interviewer's (:func:`_interviewers`; rule ``interview:question``, the
  outlet of the lead as the speaker when it names one, "mit dem STANDARD", else none); a
  question posed after a colon ("Die Frage ist: Wie …?") stays in the answer. The answer,
  to the next question or the interviewer's credit ("Das Gespräch führte …", "(Interview:
  …, 12.8.2016)"), is the interviewee's: the person the lead names
  (:func:`.interviews.interviewee`), rule ``interview:answer``;
* in a report that asks its speaker a question ("Ob er mit Widerstand rechne? Das kommt
  darauf an. Ich bin jedenfalls kein Sturkopf."), the answer is the speech of the statement
  right before (within :data:`BACK` sentences) and runs as long as its sentences read as
  speech (:func:`.spoken_runs.speech_goes_on`); the question stays no one's. Not after a
  question with a cue of its own, nor with "du" or a dash in the question or the answer's
  first sentence (a column's, a hearing's: :func:`_reported_turn`).

Quotes of earlier steps that overlap a question, and continuations that overlap an answer
(they went on from the wrong statement or from none), give way to the turn's rows.
Nothing happens in a text with labels (:mod:`.interviews` decides there, and a label it
does not read repeated at two sentences, "''Pau'': …", leaves the text as it is).

Measured (round 36): Wikinews train unchanged (its interviews have labels or use "du");
10kGNAD rows 0-999 in the commit message and the notes' report_leak36.md.

>>> qa_turns(ctx)   # appends the turns' rows to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from ..labels import DASHES
from .context import DocContext, Quote, Span, quote_ending_before
from .first_person import first_person_mention, first_person_word
from .interviews import (
    ANSWER_RULE,
    CONFIDENCE,
    CUE_LEMMA,
    QUESTION_RULE,
    addresses,
    before_credit,
    credited,
    interviewee,
)
from .mentions import PERSON_LABELS, speakerish
from .overlaps import INTERVIEW_RULE
from .spaces import past_spaces
from .spoken_runs import speech_goes_on
from .words import word_ids

#: a report's answer goes on from a statement at most this many sentences before its question
BACK = 8
#: a label's colon stands within this many tokens of its unit's start ("''R. Kelly'':")
LABEL_REACH = 8
#: an interview has at least this many turns
MIN_TURNS = 2
#: the rule confidence of an answer in a report (below an interview's: one question only)
REPORT_CONFIDENCE = 0.8
REPORT_RULE = "continuation:answer"
CONTINUATION = "continuation"


def qa_turns(ctx: DocContext) -> None:
    """Append the rows of unlabelled Q&A turns (see the module doc)."""
    if ctx.table is None or len(ctx.units) < 3:
        return
    if any(q.rule.startswith(INTERVIEW_RULE) for q in ctx.quotes) or _labels(ctx):
        return  # labels: the interview step decided, or labels it does not read ("''Pau'':")
    asks = [ui for ui in range(1, len(ctx.units)) if _asks(ctx, ui)]
    turns = _answers(ctx, asks)
    answered = [(ui, nxt) for ui, nxt in turns if _answers_first(ctx, ui + 1)]
    if not answered:
        return
    first = _question_start(ctx, answered[0][0])
    lead_end = ctx.units[first].start
    if _interview_turns(ctx, turns, answered, lead_end):
        person = interviewee(ctx, first)
        if person is not None:
            own = [ui for ui in asks if _interviewers(ctx, ui)]
            _interview(ctx, _answers(ctx, own), person, _outlet(ctx, lead_end))
            return
    for ui, _ in answered:
        if _reported_turn(ctx, ui):
            _report_answer(ctx, ui)


def _interview_turns(
    ctx: DocContext, turns: list[tuple[int, int]], answered: list[tuple[int, int]], lead: int
) -> bool:
    """Two turns or more (one answered in the first person), and a question that
    addresses the interviewee politely ("Welche Oper wollen Sie …?"; a chat in "du" is
    no interview of the paper) after a lead with an interview word; with no such word
    (the teaser "X über Y, Z und W"), two such questions and two answers in the first
    person."""
    if len(turns) < MIN_TURNS:
        return False
    polite = sum(_addressing(ctx, _question_start(ctx, ui), ui + 1) for ui, _ in turns)
    if _interview_lead(ctx, lead):
        return polite >= 1
    return polite >= MIN_TURNS and len(answered) >= MIN_TURNS


def _addressing(ctx: DocContext, a: int, b: int) -> bool:
    """Does a unit of ``a``..``b`` address someone politely inside the sentence?"""
    return any(addresses(ctx, (u.start, u.content_end(ctx.doc))) for u in ctx.units[a:b])


def _interviewers(ctx: DocContext, ui: int) -> bool:
    """Is question ``ui`` the interviewer's: it addresses the interviewee, ends its paragraph
    ("Und danach?" on a line of its own), or an answer in
    the first person follows and it is not a question posed after a colon inside an
    answer ("Die Frage ist: Wie treten wir auf?")? Other questions of an interview are the
    interviewee's own and stay in the answer ("Wie kann die Arbeit besser werden? …")."""
    if ui + 1 >= len(ctx.units):
        return False
    u = ctx.units[ui]
    if _addressing(ctx, ui, ui + 1) or ctx.units[ui + 1].paragraph != u.paragraph:
        return True
    return _answers_first(ctx, ui + 1) and ":" not in ctx.table.texts[u.start : u.end]


def _asks(ctx: DocContext, ui: int) -> bool:
    """Does unit ``ui`` end in a question mark outside quotation marks, with no
    first-person word (the writer's "Was bedeutet das für uns?")?"""
    u = ctx.units[ui]
    e = u.content_end(ctx.doc)
    if e >= u.end or ctx.table.texts[e] != "?" or ctx.inside[e] >= 0 or e <= u.start:
        return False
    if any(ctx.inside[m] >= 0 for m in range(u.start, e)):
        return False
    return not any(first_person_word(ctx, m) for m in range(u.start, e))


def _answers(ctx: DocContext, asks: list[int]) -> list[tuple[int, int]]:
    """``(question unit, end unit of its answer)`` for each question that no question
    follows right away; the answer runs to the next question's first unit."""
    out = []
    for n, ui in enumerate(asks):
        if ui + 1 >= len(ctx.units) or (n + 1 < len(asks) and asks[n + 1] == ui + 1):
            continue
        nxt = asks[n + 1] if n + 1 < len(asks) else len(ctx.units)
        out.append((ui, _question_start(ctx, nxt) if nxt < len(ctx.units) else nxt))
    return out


def _answers_first(ctx: DocContext, ui: int) -> bool:
    """Does unit ``ui`` open an answer: first person or a polite address, no marks?"""
    u = ctx.units[ui]
    e = u.content_end(ctx.doc)
    if any(ctx.inside[m] >= 0 for m in range(u.start, u.end)):
        return False
    return any(first_person_word(ctx, m) for m in range(u.start, e)) or addresses(ctx, (u.start, e))


def _question_start(ctx: DocContext, ui: int) -> int:
    """The first unit of the question that ends at unit ``ui``: the questions right
    before it, and a sentence before them that addresses the interviewee ("Sie waren
    Premier. Warum …?"); in a text with paragraphs, the question's paragraph."""
    para = ctx.units[ui].paragraph
    start = ui
    while start - 1 > 0 and ctx.units[start - 1].paragraph == para:
        prev = ctx.units[start - 1]
        e = prev.content_end(ctx.doc)
        if _asks(ctx, start - 1) or (
            addresses(ctx, (prev.start, e))
            and not any(first_person_word(ctx, m) for m in range(prev.start, e))
        ):
            start -= 1
        else:
            break
    if start > 0 and _paragraphs(ctx) and ctx.units[start - 1].paragraph == para:
        while start > 0 and ctx.units[start - 1].paragraph == para:
            start -= 1
    return start


def _labels(ctx: DocContext) -> bool:
    """Do two units or more open with the same label before a colon ("''Pau'': …",
    "::R. Kelly: …"): a Q&A piece with labels?"""
    seen: set[str] = set()
    texts = ctx.table.texts
    for u in ctx.units:
        words = [
            texts[k]
            for k in range(u.start, min(u.end, u.start + LABEL_REACH))
            if texts[k].isalpha() or texts[k] == ":"
        ]
        if ":" not in words[1:]:
            continue
        label = " ".join(words[: words.index(":")])
        if label in seen:
            return True
        seen.add(label)
    return False


def _paragraphs(ctx: DocContext) -> bool:
    return ctx.units[-1].paragraph != ctx.units[0].paragraph


def _interview_lead(ctx: DocContext, end: int) -> bool:
    """Does the text before token ``end`` hold an interview word ("im Interview", "im
    Gespräch mit dem STANDARD", "STANDARD-Interview")?"""
    words = ctx.w.interview_lead_words
    return any(ctx.table.texts[k].lower().rsplit("-", 1)[-1] in words for k in range(end))


def _outlet(ctx: DocContext, end: int) -> Span | None:
    """The own outlet the lead names ("mit dem STANDARD"): the interviewer."""
    own = word_ids(ctx.w.own_outlets)
    for k in range(end):
        if ctx.table.lower[k] in own:
            return (k, k + 1)
    return None


def _interview(
    ctx: DocContext, turns: list[tuple[int, int]], person: Span, outlet: Span | None
) -> None:
    """Questions to the interviewer, answers to the interviewee."""
    for ui, nxt in turns:
        q_span = _units_span(ctx, _question_start(ctx, ui), ui + 1)
        end = next((k for k in range(ui + 2, nxt) if _credit(ctx, k)), nxt)
        a_span = _units_span(ctx, ui + 1, end)
        a_span = (a_span[0], before_credit(ctx, *a_span))
        _give_way(ctx, q_span, a_span)
        ctx.quotes.append(_row(ctx, q_span, QUESTION_RULE, outlet, "direct", CONFIDENCE))
        ctx.quotes.append(_row(ctx, a_span, ANSWER_RULE, person, "direct", CONFIDENCE))


def _credit(ctx: DocContext, ui: int) -> bool:
    """Is unit ``ui`` the interviewer's credit after the last answer ("Das Gespräch führte
    Maria Huber.", "Interview: Maria Huber"; :func:`.interviews.credited`)?"""
    u = ctx.units[ui]
    return any(
        credited(ctx, e.start, e.end)
        for e in ctx.ents()
        if e.label_ in PERSON_LABELS and u.start <= e.start and e.end <= u.end
    )


def _reported_turn(ctx: DocContext, ui: int) -> bool:
    """May question ``ui`` of a report open a turn: no cue of its own ("Wie soll das
    gehen?, fragte X"), no "du" in it or the answer (a column's "Wirst du das? Ich bestelle
    noch zwei Bier."), no dash before either (a hearing's "– Von welchen? – Kann ich nicht
    sagen.": who answers is not the statement's speaker)?"""
    if ctx.cues_by_unit[ui]:
        return False
    second = word_ids(ctx.w.second_person_forms)
    for u in ctx.units[ui : ui + 2]:
        first = past_spaces(ctx.doc, u.start, u.end)
        if ctx.table.texts[first] in DASHES:
            return False
        if any(ctx.table.lower[m] in second for m in range(u.start, u.end)):
            return False
    return True


def _report_answer(ctx: DocContext, ui: int) -> None:
    """The answer after a report's question goes on from the statement before it."""
    start = ctx.units[_question_start(ctx, ui)].start
    said = quote_ending_before(ctx, ctx.quotes, start, ui, BACK, lambda o: _lends(ctx, o))
    if said is None:
        return
    row = _row(ctx, _units_span(ctx, ui + 1, ui + 2), REPORT_RULE, None, CONTINUATION, 0.0)
    row.take_speaker(said)
    row.confidence = REPORT_CONFIDENCE
    end = ui + 2
    while end < len(ctx.units) and speech_goes_on(ctx, row, end):
        end += 1
    row.parts = [_units_span(ctx, ui + 1, end)]
    _give_way(ctx, _units_span(ctx, ui, ui + 1), row.parts[0])
    ctx.quotes.append(row)


def _lends(ctx: DocContext, o: Quote) -> bool:
    """May statement ``o`` lend its speaker to an answer: a speaker that names someone, not
    "ich"/"wir" of the speech itself?"""
    return (
        o.speaker is not None
        and not o.nested
        and not first_person_mention(ctx, o.speaker)
        and speakerish(ctx, o.speaker)
    )


def _units_span(ctx: DocContext, a: int, b: int) -> Span:
    """Units ``a``..``b`` (exclusive) as a token span without edge spaces."""
    start, end = ctx.units[a].start, ctx.units[b - 1].end
    while start < end and ctx.doc[start].is_space:
        start += 1
    while end > start and ctx.doc[end - 1].is_space:
        end -= 1
    return (start, end)


def _give_way(ctx: DocContext, question: Span, answer: Span) -> None:
    """Drop quotes that overlap the question, and continuations that overlap the answer."""

    def overlaps(q: Quote, span: Span) -> bool:
        return any(a < span[1] and span[0] < b for a, b in q.parts)

    ctx.quotes[:] = [
        q
        for q in ctx.quotes
        if not overlaps(q, question) and not (q.kind == CONTINUATION and overlaps(q, answer))
    ]


def _row(
    ctx: DocContext, span: Span, rule: str, speaker: Span | None, kind: str, conf: float
) -> Quote:
    q = Quote(kind, [span], conf, rule, ctx.unit_of[span[0]], speaker)
    q.direct = kind == "direct"
    q.cue_lemma = CUE_LEMMA if q.direct else None
    return q
