"""Konjunktiv II sentences that report speech: a compound whose auxiliary is a singular
Konjunktiv II, the future ("Er *würde* manche Arten von Werbung generell *verbieten*") and
the perfect ("Der Papst *hätte* mit Küng keine Glaubensfragen *besprochen*"), which stand in
for the Konjunktiv I compounds ("werde", "habe") right after a statement; and the Konjunktiv
II sentence with no statement right before it that reports speech all the same (after a
speech act told without its words, or a future about the speaker across the writer's
sentences: :func:`orphan_mood_two`). Elsewhere a singular Konjunktiv II is mostly the
writer's conditional or a wish.

>>> reported_future(ctx, unit)   # True: "würde" + infinitive in a statement  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .. import labels
from .act_speakers import act_speaker, describes
from .chain_heads import Chain, across_gap, has_row
from .context import DocContext
from .mentions import person_subject, speakerish, subject_of
from .own_frames import QUESTION_MARK, unit_root
from .units import Unit
from .words import word_ids

#: a sentence whose main verb is a singular "würde" with an infinitive right after a
#: statement (:func:`reported_future`): as sure as a Konjunktiv I continuation, less
REPORTED_FUTURE_CONFIDENCE = 0.6
FUTURE, PERFECT = "future", "perfect"  # rule pieces of those compounds


def reported_future(ctx: DocContext, u: Unit) -> bool:
    """Is the main verb of unit ``u`` a future in the Konjunktiv II: a ``konj2_future_forms``
    auxiliary outside quotation marks with an infinitive ("Er *würde* manche Arten von Werbung
    generell *verbieten*", "Das *würde* mehr Sicherheit *bedeuten*"), in a statement
    (:func:`_compound_statement`)? Right after a statement it stands in for the Konjunktiv I
    future ("werde … verbieten") and goes on with it; in a subordinate clause ("…, was das
    Verfahren verzögern würde") or as a passive ("würde geschwächt") it is mostly the
    writer's conditional (10kGNAD 0-499: 7 rows better, 1 worse; train: two sentences joined
    into their runs)."""
    return _compound_statement(ctx, u, ctx.w.konj2_future_forms, labels.is_infinitive)


def reported_perfect(ctx: DocContext, u: Unit) -> bool:
    """Is the main verb of unit ``u`` a perfect in the Konjunktiv II: a ``konj2_perfect_forms``
    auxiliary with a past participle ("Der Papst *hätte* mit Küng keine Glaubensfragen
    *besprochen*"), in a statement (:func:`_compound_statement`) with no ``wish_particles``
    word ("Er hätte *gerne* Fachleute eingeladen", "hätte X *lieber* heute als morgen
    entfernt": a wish)? Right after a statement it stands in for the Konjunktiv I perfect
    ("habe … besprochen")."""
    if not _compound_statement(ctx, u, ctx.w.konj2_perfect_forms, _participle):
        return False
    wishes = word_ids(ctx.w.wish_particles)
    lower = ctx.table.lower
    return not any(lower[k] in wishes and ctx.inside[k] < 0 for k in range(u.start, u.end))


def _participle(t: Token) -> bool:
    """Is ``t`` a past participle by its morphology ("besprochen", "gegeben")?"""
    return labels.morph_values(t, "VerbForm") == ["Part"]


def _compound_statement(
    ctx: DocContext, u: Unit, forms: frozenset[str], main_ok: Callable[[Token], bool]
) -> bool:
    """Is the main verb of unit ``u`` an auxiliary of ``forms`` outside quotation marks with
    a main verb ``main_ok`` accepts, in a statement, not a question, with no condition
    (``conditional_conjunctions``: "Wenn …, würde …") and no ``first_person_forms`` outside
    quotation marks?"""
    root, lower = unit_root(ctx, u), ctx.table.lower if ctx.table is not None else None
    end = u.content_end(ctx.doc)
    if root is None or lower is None or end < u.end and ctx.doc[end].text == QUESTION_MARK:
        return False
    main = labels.lexical_verb(root)  # the main verb, below the auxiliary in TIGER trees
    if main.lower_ in forms or not main_ok(main):
        return False
    if not any(v.lower_ in forms and ctx.inside[v.i] < 0 for v in labels.verb_chain(main)):
        return False
    # a condition, or first-person words outside quotation marks ("Nur die Hälfte derer, die
    # *wir* als Freunde bezeichnen, würde *uns* …"): the writer's, or the speaker's own voice
    # (:mod:`.first_person`)
    stops = word_ids(ctx.w.conditional_conjunctions | ctx.w.first_person_forms)
    return not any(lower[k] in stops and ctx.inside[k] < 0 for k in range(u.start, u.end))


def _after_description(ctx: DocContext, ch: Chain, ui: int) -> bool:
    """Does a Konjunktiv II sentence follow right after a speech act told without its words
    whose subject names someone who speaks ("Für Griss fand Abwerzger lobende Worte. Sie
    *wäre* eine gute Kandidatin")? Then it says those words (a Konjunktiv II elsewhere is
    mostly the writer's conditional)."""
    if ui == 0 or ch.moods[ui - 1] or has_row(ch, ui - 1):
        return False
    sp = person_subject(ctx, ui, any_subject=True)
    sp = act_speaker(ctx, ui - 1, sp) or sp  # "Kritik kommt von der Stadt."
    return sp is not None and speakerish(ctx, sp) and describes(ctx, ui - 1)


def orphan_mood_two(ctx: DocContext, ch: Chain, ui: int, u: Unit) -> bool:
    """Is the Konjunktiv II sentence ``ui`` with no statement right before it reported
    speech: after a speech act told without its words (:func:`_after_description`), or a
    future in the Konjunktiv II (:func:`reported_future`) whose subject is the speaker ("er",
    "sie" or the speaker's name) one or two sentences of the writer's that name no one else
    who speaks after a statement ("…, sagt X zum STANDARD: … . X ist das nicht genug. Er
    *würde* manche Arten von Werbung generell *verbieten*.": :func:`across_gap`)?"""
    if _after_description(ctx, ch, ui):
        return True
    across = across_gap(ctx, ch, ui) if reported_future(ctx, u) else None
    if across is None:
        return False
    name = ctx.doc[across[1] - 1].lower_  # "Kolba" of "Peter Kolba"
    # the writer's sentence between names no one else who speaks ("Kolba ist das nicht genug")
    between = person_subject(ctx, ui, any_subject=True)
    other = between is not None and ctx.doc[between[1] - 1].lower_ != name
    if other and speakerish(ctx, between):
        return False
    # and the Konjunktiv sentence is about the speaker: "er"/"sie", or the speaker's name
    root = unit_root(ctx, u)
    subj = subject_of(ctx, labels.lexical_verb(root)) if root is not None else None
    return subj is not None and (subj.lower_ in ctx.w.third_person_pronouns or subj.lower_ == name)


def writer_sum(ctx: DocContext, u: Unit) -> bool:
    """Is unit ``u`` the writer's arithmetic: its main verb outside quotation marks a
    singular Konjunktiv II of ``sum_verbs`` ("Nach heutigem Maßstab *entspräche* dies einem
    Preis von 2079 US-Dollar", "Ein Bündnis *bekäme* 40,8 Prozent") with a figure in digits?
    A reporter's conversion or projection of the numbers before, not the speaker's words."""
    doc = ctx.doc
    outside = [k for k in range(u.start, u.end) if ctx.inside[k] < 0]
    heads = [
        doc[k]
        for k in outside
        if doc[k].lower_ in ctx.w.sum_verbs
        and (doc[k].head.i == k or not u.start <= doc[k].head.i < u.end)
    ]
    return bool(heads) and any(any(c.isdigit() for c in doc[k].text) for k in outside)
