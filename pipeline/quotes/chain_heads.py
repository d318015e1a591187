"""The chain of the continuations step (:mod:`.continuations`): which quote of a sentence a
continuation after it goes on from (a quote of its own, a quoted fragment with a speaker, a
speech act without its words), where a chain breaks, and the statement two or three
sentences back a Konjunktiv sentence goes on from across the writer's sentences between
(:func:`across_gap`: "…, so der Bericht. Jedoch wurden Behinderungen registriert. Auch
*seien* …").

>>> unit_has_quote(ctx, chain, ui, unit, mood)   # True: unit ui heads the chain  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .context import DocContext, Quote, Span
from .mentions import is_medium, someone, speakerish
from .nameless_sources import names_no_one, no_statement
from .standalone_speakers import STANDALONE
from .units import Unit
from .words import word_ids

#: the rule piece of a quoted phrase with no frame (:func:`.direct._phrase`)
PHRASE = "+phrase"
MAX_GAP = 2  # how many sentences of the writer's an orphan looks back over to a statement
MAX_VOICED = 2  # how many sentences in the speaker's first person it looks back over besides


@dataclass
class Chain:
    """What the previous units said: the quote a continuation would go on from."""

    by_unit: dict[int, list[Quote]]
    ent_start: dict[int, str] | None  # entity start -> label; None: not read yet
    prev_q: Quote | None = None
    prev_ui: int = -10
    gap_q: Quote | None = None  # the chain head before the one sentence that ended the chain
    gap_ui: int = -10  # that sentence
    moods: list[int] | None = None  # each unit's mood outside quotation marks (0, 1 or 2)
    rows: set[int] = field(default_factory=set)  # the units this step gave a kept row


def unit_has_quote(ctx: DocContext, ch: Chain, ui: int, u: Unit, mood: int) -> bool:
    """A unit with a quote of its own (not a short fragment): it becomes the chain head.
    Quoted words with no speaker in a Konjunktiv I sentence right after a quote are a
    fragment of its continuation, which goes on with that quote's speaker ("Künast sagte, …
    Es drohe „eine dramatische Erderwärmung“": the whole sentence and the words in marks)."""
    prev = ch.prev_q if ch.prev_ui == ui - 1 else None
    said = mood == 2 and prev is not None and prev.speaker and speakerish(ctx, prev.speaker)
    own = [
        q
        for q in ch.by_unit.get(ui, [])
        if not q.nested
        and q.confidence >= 0.5
        and not (q.direct and (q.end - q.start) < 0.5 * (u.end - u.start))
        and not (said and _frameless(q))
    ]
    if not own:
        return False
    # "…, so die Behörden laut New York Times.": not the quote that holds another's speaker
    own = [q for q in own if not _medium_over_speaker(ctx, q, own)] or own
    # "Der Verband fordert mehr Personal, sagte Präsident X.": not the quote whose speaker is
    # the subject inside another's words (the frame's speaker goes on)
    own = [q for q in own if not _speaker_in_words(q, own)] or own
    # "X betonte, dass die Personen, die Asyl beantragen, …": the statement, not the relative
    # clause whose speech verb names no one who made one (:func:`no_statement`)
    ch.prev_q = max(own, key=lambda q: (_names_speaker(ctx, q), q.end - q.start))
    ch.prev_ui = ui
    return True


def _names_speaker(ctx: DocContext, q: Quote) -> int:
    """2 for a quote with a speaker who made the statement, 1 for one whose speaker names
    no one who made it (:func:`no_statement`: a relative pronoun, an agent of a narrative
    passive), 0 for one with no speaker."""
    if q.speaker is None:
        return 0
    return 1 if no_statement(ctx, q) else 2


def _frameless(q: Quote) -> bool:
    """Is ``q`` words in quotation marks with no frame of their own: no speaker, one taken
    from the sentences around (a standalone quote), or a quoted phrase with no cue whose
    speaker is only the subject before it ("Die Gewerkschaft lehnt die Reform ab. Sie sei
    „ein Angriff auf die Arbeitnehmer“": what "sie" is said to be, not who says it)?"""
    return q.direct and (
        q.speaker is None or STANDALONE in q.rule or (not q.cue and q.rule.endswith(PHRASE))
    )


def _medium_over_speaker(ctx: DocContext, q: Quote, quotes: list[Quote]) -> bool:
    """Is ``q`` a medium's ("laut New York Times") whose words hold the speaker of another
    of ``quotes`` ("…, so die Behörden"): the medium passes on who speaks."""
    if q.speaker is None or not is_medium(ctx, q.speaker):
        return False
    return any(
        o is not q and o.speaker is not None and any(a <= o.speaker[0] < b for a, b in q.parts)
        for o in quotes
    )


def _speaker_in_words(q: Quote, quotes: list[Quote]) -> bool:
    """Does the speaker mention of ``q`` lie inside the words of another of ``quotes`` with
    a speaker of its own outside them: ``q`` is a statement reported within that quote?"""
    if q.speaker is None:
        return False
    return any(
        o is not q
        and o.speaker is not None
        and any(a <= q.speaker[0] < b for a, b in o.parts)
        and not any(a <= o.speaker[0] < b for a, b in o.parts)
        for o in quotes
    )


def speech_or_fragment(ctx: DocContext, ch: Chain, ui: int, u: Unit) -> bool:
    """A quoted fragment with a speaker ("bezeichnete … als „…“") or a speech act without
    a quote: its speaker goes on. (Called when the unit has no quote of its own.)"""
    frag = [
        q
        for q in ch.by_unit.get(ui, [])
        if q.direct and q.confidence >= 0.5 and q.speaker is not None
    ]
    if frag:
        ch.prev_q, ch.prev_ui = frag[0], ui
        return True
    if ui in ctx.unit_speaker and ctx.unit_speaker[ui][0] is not None:
        sp = ctx.unit_speaker[ui][0]
        if _something(ctx, sp):
            return False  # "Jetzt droht ein Streik.": no one speaks, no words go on
        act = Quote("speech-act", [(u.start, u.end)], 0.6, "speech_act", ui, sp)
        if no_statement(ctx, act):
            # "Österreich ist eines von sechs Ländern, die die Fragen nicht beantwortet
            # haben.": the writer's sentence; the statement before may go on across it
            # (:func:`across_act`)
            break_chain(ch, ui)
        ch.prev_q, ch.prev_ui = act, ui
        return True
    return False


def _something(ctx: DocContext, sp: Span) -> bool:
    """Does the speaker of a speech act without a quote name a thing brought in with an
    indefinite article ("Jetzt droht ein Streik.", "dann drohe ein Kollaps"), not someone
    (:func:`.mentions.someone`)? Then no statement goes on after it."""
    first = ctx.doc[sp[0]].lower_
    return first in ctx.w.indefinite_articles and not someone(ctx, sp)


def break_chain(ch: Chain, ui: int) -> None:
    """Unit ``ui`` ends the chain; a statement with a speaker right before it may go on
    after it (:func:`across_gap`)."""
    prev = ch.prev_q
    if prev is not None and ch.prev_ui == ui - 1 and prev.speaker is not None:
        ch.gap_q, ch.gap_ui = prev, ui
    ch.prev_q = None


def has_row(ch: Chain, j: int) -> bool:
    """Has unit ``j`` a quote of the steps before or a row of this step?"""
    return j in ch.by_unit or j in ch.rows


def across_gap(ctx: DocContext, ch: Chain, ui: int) -> Span | None:
    """The speaker of the statement two or three sentences back when only the sentences
    between (one, or two that name no person) ended its chain, all in one paragraph: a
    quote or a frame's statement, not a speech act or a Konjunktiv sentence with no statement
    before it (train: 5 of 6 right across one sentence; across two, 10kGNAD 11 better of
    16; across a paragraph break or after those heads mostly another source)."""
    head = ch.gap_q
    if head is None or head.kind == "speech-act" or "orphan" in head.rule:
        return None
    between = range(ch.gap_ui, ui)
    # the speaker's own words in the first person, with no quotation marks ("…, sagt X.
    # Daher müssen wir … . Wir dürfen … . Die Forschung sei …"), count for no gap
    voiced = sum(_first_person(ctx, j) for j in between)
    if len(between) - voiced > MAX_GAP or not 1 <= len(between) <= MAX_GAP + MAX_VOICED:
        return None
    if any(has_row(ch, j) for j in between[1:]):
        return None
    if names_no_one(ctx, head.speaker):
        return None
    units = ctx.units
    if any(units[j].paragraph != units[ui].paragraph for j in (head.unit, *between)):
        return None
    if len(between) > 1 and _names_person(ctx, between):
        return None  # "… Huber war damals Minister. Die Sitzung dauerte …": whose words?
    return head.speaker


def across_act(ctx: DocContext, ch: Chain, ui: int) -> Span | None:
    """The speaker of the statement before the writer's sentence that heads the chain with a
    speech act naming no one who made a statement (:func:`speech_or_fragment`), when it goes
    on across that sentence to unit ``ui`` (:func:`across_gap`)."""
    if ch.prev_q is None or ch.prev_q.kind != "speech-act" or ch.gap_ui != ch.prev_ui:
        return None
    return across_gap(ctx, ch, ui)


def _first_person(ctx: DocContext, j: int) -> bool:
    """Has unit ``j`` a ``first_person_forms`` word outside quotation marks ("Daher müssen
    *wir* …")?"""
    if ctx.table is None:
        return False
    u, lower = ctx.units[j], ctx.table.lower
    forms = word_ids(ctx.w.first_person_forms)
    return any(lower[k] in forms and ctx.inside[k] < 0 for k in range(u.start, u.end))


def _names_person(ctx: DocContext, units: range) -> bool:
    """Does one of the writer's sentences ``units`` name a person (an entity)?"""
    doc = ctx.doc
    return any(
        doc[k].ent_type_ == "PER"
        for j in units
        for k in range(ctx.units[j].start, ctx.units[j].end)
    )
