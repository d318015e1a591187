"""Step 5 of the engine: continuations -- a sentence in the reported-speech mood right after
a quote goes on with that quote's speaker ("„…“, sagte X. Die Lage *sei* ernst.").

The pieces live in modules of their own: which moods count (:mod:`.speech_moods`), which
quote heads the chain and where it breaks (:mod:`.chain_heads`, :mod:`.nameless_sources`),
a sentence's own frame (:mod:`.own_frames`), the Konjunktiv II compounds that report speech
(:mod:`.konjunktiv_two`) and Konjunktiv sentences with no quote before them
(:mod:`.orphans`). A statement whose source names no one ("Dem Vernehmen nach …") passes on
no speaker.

>>> continuations(ctx)   # appends continuation quotes to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import labels
from .ablaut_moods import ablaut_moods
from .asked_continuations import release_asked
from .chain_heads import Chain, across_act, break_chain, speech_or_fragment, unit_has_quote
from .clause_fragments import bare_clause
from .context import DocContext, Quote, Span
from .konjunktiv_two import (
    FUTURE,
    PERFECT,
    REPORTED_FUTURE_CONFIDENCE,
    orphan_mood_two,
    reported_future,
    reported_perfect,
    writer_sum,
)
from .mentions import NOUN_IDS, holder_speaker, so_speaker
from .nameless_sources import names_no_one, no_statement
from .neighbour_speakers import neighbour_speakers
from .nested_acts import nested_act
from .orphans import ORPHAN_CONFIDENCE, SURE_ORPHANS, orphan
from .own_frames import (
    CLOSING_MARKS,
    hypothetical,
    indicative_root,
    own_content,
    own_subject,
    subordinate_content,
)
from .plan_heads import governed_infinitive
from .spaces import past_spaces
from .speech_moods import (
    guessed_mood,
    hearsay_only,
    inverted_moods,
    outside_moods,
    present_modal,
    prospective,
)
from .standalone_speakers import STANDALONE
from .subject_moods import subject_moods
from .units import Unit
from .writer_guesses import without_guess

__all__ = ["ORPHAN_CONFIDENCE", "continuations", "subordinate_content"]

#: the mood :func:`_continue` gets for a sentence whose main verb is a present-tense
#: "sollen" ("Auch *soll* die Kommission die Zahlen prüfen"): the plan of the statement before
MODAL_MOOD = -1
#: the mood :func:`_continue` gets for a sentence that is one subordinate clause right after a
#: statement (:func:`.clause_fragments.bare_clause`): its subject is what is said about
FRAGMENT_MOOD = -2


def continuations(ctx: DocContext) -> None:
    """Append continuation quotes to ``ctx.quotes``."""
    doc = ctx.doc
    by_unit: dict[int, list[Quote]] = {}
    for q in ctx.quotes:
        by_unit.setdefault(q.unit, []).append(q)
    ch = Chain(by_unit, None)
    outside = outside_moods(ctx)
    inverted_moods(ctx, outside)  # "daran verschwende er keinen Gedanken"
    ablaut_moods(ctx, outside)  # "Er träfe dann auf X": a Konjunktiv II by its stem
    subject_moods(ctx, outside)  # "Er gefährde tausende Jobs": the tagger's adjective
    ch.moods = [max(outside[u.start : u.end], default=0) for u in ctx.units]
    release_asked(ctx, by_unit, ch.moods)  # "…, sagte X. Die Ministerin sei gefordert, …"
    for ui, u in enumerate(ctx.units):
        mood = ch.moods[ui]
        if nested_act(ctx, ch, ui, u, mood):  # "…, schreibt X. Viele hätten … berichtet. …"
            continue
        if ui in by_unit and unit_has_quote(ctx, ch, ui, u, mood):
            continue
        prev = ch.prev_q
        after = prev is not None and ch.prev_ui == ui - 1 and prev.speaker is not None
        if mood == 0 and after and ctx.units[ui - 1].paragraph == u.paragraph:
            mood = guessed_mood(ctx, ch.moods, ui, u)
        modal = (
            mood == 0
            and after
            and ctx.units[ch.prev_ui].paragraph == u.paragraph
            and present_modal(ctx, u)
            and prospective(ctx, prev)
            and governed_infinitive(ctx, prev)
        )
        # "Er würde … verbieten. Etwa wenn … geworben wird.": an example added to the statement
        fragment = (
            mood == 0
            and not modal
            and after
            and ctx.units[ch.prev_ui].paragraph == u.paragraph
            and bare_clause(ctx, u)
        )
        chain = (mood > 0 or modal or fragment) and after
        if not chain and speech_or_fragment(ctx, ch, ui, u):
            continue
        if mood > 0 and writer_sum(ctx, u):
            break_chain(ch, ui)  # "Nach heutigem Maßstab entspräche dies …": the writer's sum
            continue
        if (
            (mood == 2 or mood == 1 and orphan_mood_two(ctx, ch, ui, u))
            and not chain
            and ctx.kit.settings.get("orphans", True)
            and (u.content_end(doc) < u.end or _year_stop(doc, u))
        ):
            orphan(ctx, ch, ui, u, mood == 2 and hearsay_only(ctx, u, outside))
            continue
        if not chain or not _goes_on(ctx, ch, ui, u):
            break_chain(ch, ui)
            continue
        _continue(ctx, ch, ui, u, MODAL_MOOD if modal else FRAGMENT_MOOD if fragment else mood)
    # "Bis Ende Jänner werde man … . Aber dann …, so Ulamec.", "Weiter hieß es: …"
    neighbour_speakers(ctx)


def _goes_on(ctx: DocContext, ch: Chain, ui: int, u: Unit) -> bool:
    """Not a new paragraph opening with a person, not a caption without punctuation."""
    doc = ctx.doc
    a = past_spaces(doc, u.start, u.end)
    if ctx.units[ch.prev_ui].paragraph != u.paragraph and any(
        _ent_starts(ctx, ch).get(k) == "PER" for k in range(a, min(u.end, a + 3))
    ):
        return False  # a new paragraph that opens with a person: a new subject
    # caption or heading without final punctuation
    return not (
        u.content_end(doc) == u.end
        and doc[u.end - 1].text not in CLOSING_MARKS
        and not _year_stop(doc, u)
    )


def _year_stop(doc: Doc, u: Unit) -> bool:
    """Does unit ``u`` end in a number whose full stop the tokenizer kept as an ordinal's
    ("… über der Zahl von 2014.")?"""
    last = doc[u.end - 1].text
    return len(last) > 1 and last.endswith(".") and last[:-1].isdigit()


def _ent_starts(ctx: DocContext, ch: Chain) -> dict[int, str]:
    """Entity start -> its label, read from ``doc.ents`` on first need (once per Doc)."""
    if ch.ent_start is None:
        doc = ctx.doc
        ch.ent_start = (
            {e.start: e.label_ for e in ctx.ents()} if doc.has_annotation("ENT_IOB") else {}
        )
    return ch.ent_start


def _continue(ctx: DocContext, ch: Chain, ui: int, u: Unit, mood: int) -> None:
    """The continuation of ``ch.prev_q`` in unit ``ui``."""
    prev = ch.prev_q
    modal = mood == MODAL_MOOD
    fragment = mood == FRAGMENT_MOOD
    conf, compound = _mood_confidence(ctx, u, mood)
    if prev.kind == "speech-act":
        conf -= 0.1
    # an orphan that took the speaker across one sentence goes on like a framed statement
    orphan = "orphan" in prev.rule and not any("orphan:" + k in prev.rule for k in SURE_ORPHANS)
    if orphan:
        conf = ORPHAN_CONFIDENCE
    so, own_sp, told = _speakers(ctx, u, prev, modal or fragment)
    # "…, forderte X. Y ist eines der Länder, die … nicht beantwortet haben. X habe …": the
    # statement before the writer's sentence goes on
    across = None if told or own_sp else across_act(ctx, ch, ui)
    rule = (
        "continuation:konjunktiv"
        + ("+modal" if modal else "+fragment" if fragment else "")
        + ("+" + compound if compound else "")
        + ("" if prev.kind != "speech-act" else "+after_speech_act")
        + ("+orphan" if orphan else "")
        + ("+so_speaker" if so else "+own_subject" if own_sp else "")
        + ("" if told or own_sp or across else "+no_statement")
    )
    part = own_content(ctx, u) if own_sp and not so else None
    part = part or (None if so else subordinate_content(ctx, u))
    if hypothetical(ctx, part):
        # "So muss die Firma, die … betreuen würde, …": the writer's sentence in the middle
        # of a statement, which goes on after it
        ch.prev_ui = ui
        return
    sp = own_sp or (prev.speaker if told else across)
    # "…, womit Apple gemeint sein dürfte": the writer's guess is cut off
    q = Quote("continuation", [without_guess(ctx, part or (u.start, u.end))], conf, rule, ui, sp)
    q.speaker_chars = prev.speaker_chars if sp is not None and not own_sp else None
    if across is not None:
        q.speaker_chars = ch.gap_q.speaker_chars
    ctx.quotes.append(q)
    if q.confidence >= 0.5:
        ch.rows.add(ui)
    _nest_direct(ch, ui, q, modal)
    ch.prev_q, ch.prev_ui = q, ui


def _mood_confidence(ctx: DocContext, u: Unit, mood: int) -> tuple[float, str]:
    """The confidence of a continuation in mood ``mood`` and the Konjunktiv II compound
    (:data:`.konjunktiv_two.FUTURE`, :data:`.konjunktiv_two.PERFECT` or "") that stands in
    for a Konjunktiv I one."""
    doc = ctx.doc
    conf = 0.75 if mood == 2 else 0.55
    compound = ""
    if mood == 1 and not any(
        ctx.inside[k] < 0
        and ctx.moods[k] == 1
        and doc[k].lower_.endswith(ctx.w.konj2_plural_endings)
        for k in range(u.start, u.end)
    ):
        # Konjunktiv II stands in for reported speech where Konjunktiv I looks like
        # the indicative (plural: "hätten", "würden"); a singular "hätte", "könnte",
        # "möchte" is mostly a conditional or a wish of the narrator
        conf = ORPHAN_CONFIDENCE
        # "Er würde manche Arten von Werbung verbieten", "Er hätte … besprochen": the
        # Konjunktiv II compound stands in for the Konjunktiv I one ("werde", "habe")
        compound = (
            FUTURE if reported_future(ctx, u) else PERFECT if reported_perfect(ctx, u) else ""
        )
        if compound:
            conf = REPORTED_FUTURE_CONFIDENCE
    return conf, compound


def _speakers(
    ctx: DocContext, u: Unit, prev: Quote, planned: bool
) -> tuple[Span | None, Span | None, bool]:
    """The speakers a continuation in unit ``u`` after ``prev`` may take: the one the
    sentence names with "so" or as a holder, its own subject (none for a ``planned``
    "sollen" sentence or a fragment), and whether ``prev`` passes its speaker on."""
    # "„…“, so X" or "Für den Theologen X sei …": the sentence names its own speaker
    so = so_speaker(ctx, u.start, u.end) or holder_speaker(ctx, u.start, u.end)
    # the subject of a "sollen" sentence is what the plan is about, never its speaker
    own_sp = so or (own_subject(ctx, u) if ctx.parsed and not planned else None)
    if own_sp is not None and not so and _pronoun_of_others(ctx, u, own_sp, prev.speaker):
        own_sp = None  # "…, sagte eine Sprecherin. Und sie setzen um, was … worden sei"
    # a head that names no one who made a statement passes on no speaker, nor one whose
    # mention names no one ("dem Vernehmen nach", "Spekulationen zufolge")
    told = not no_statement(ctx, prev) and not names_no_one(ctx, prev.speaker)
    return so, own_sp, told


def _nest_direct(ch: Chain, ui: int, q: Quote, modal: bool) -> None:
    """Direct quotes inside continuation ``q`` are nested fragments of it: a phrase quoted
    inside reported speech is the reported speaker's (the one the sentence names itself:
    "Für den Ökonomen X sei der Kompromiss „…“")."""
    for dq in ch.by_unit.get(ui, []):
        if (
            dq.direct
            and (dq.speaker is None or "+phrase" in dq.rule or STANDALONE in dq.rule)
            and "orphan" not in q.rule
            and not modal
        ):
            dq.speaker = q.speaker
            dq.nested = True
            dq.confidence = max(dq.confidence, 0.6)


def _pronoun_of_others(ctx: DocContext, u: Unit, own: Span, speaker: Span | None) -> bool:
    """Is the own subject ``own`` a third-person pronoun whose verb, no speech verb, is
    plural after a speaker in the singular ("eine Sprecherin" … "sie *setzen* um, was …
    beschlossen worden sei": the people she speaks of)?"""
    doc = ctx.doc
    if (
        speaker is None
        or own[1] - own[0] != 1
        or doc[own[0]].lower_ not in ctx.w.third_person_pronouns
    ):
        return False
    root = indicative_root(ctx, u)
    if root is None or root.lower_ in ctx.kit.verb_forms:
        return False
    number = labels.morph_values(root, "Number")
    heads = [t for t in doc[speaker[0] : speaker[1]] if t.pos in NOUN_IDS]
    said = labels.morph_values(heads[-1], "Number") if heads else []
    return number == ["Plur"] and said == ["Sing"]
