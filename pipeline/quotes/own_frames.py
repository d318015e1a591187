"""A Konjunktiv sentence with a frame of its own: the one verb that heads it, its indicative
main verb and that verb's subject ("*Die Mutter kann* nicht glauben, was passiert sei"), and
what the frame says (:func:`own_content`: "Der Bürgermeister schwadronierte, *die Lage sei
gut*"), or the Konjunktiv clause under a conjunction or a relative pronoun
(:func:`subordinate_content`), unless it is the writer's hypothetical (:func:`hypothetical`:
"die Firma, die die Flüchtlinge betreuen *würde*").

>>> own_subject(ctx, unit)   # the frame's subject, or None  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols
from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span
from .mentions import no_subject, parse_speaker, subject_of
from .units import Unit
from .words import word_ids

CLOSING_MARKS = ("“", '"', "«", "»")
QUESTION_MARK = "?"
VERB_POS = frozenset({symbols.VERB, symbols.AUX})  # part-of-speech ids of VERB and AUX
NOUN_POS = frozenset({"NOUN", "PROPN"})


def unit_root(ctx: DocContext, u: Unit) -> Token | None:
    """The one verb outside quotation marks that heads the unit (any mood), else None."""
    doc = ctx.doc
    pos = ctx.table.pos if ctx.table is not None else [t.pos for t in doc]
    verbs = (doc[k] for k in range(u.start, u.end) if ctx.inside[k] < 0 and pos[k] in VERB_POS)
    roots = [t for t in verbs if t.head.i == t.i or not u.start <= t.head.i < u.end]
    return roots[0] if len(roots) == 1 else None


def own_subject(ctx: DocContext, u: Unit) -> Span | None:
    """A Konjunktiv sentence whose main verb is indicative and has a subject of its own
    ("Die Mutter kann nicht glauben, was passiert sei"): that subject is the speaker."""
    root = indicative_root(ctx, u)
    if root is None:
        return None
    subj = subject_of(ctx, root)
    if subj is None or no_subject(ctx, subj) or labels.has_role(subj, "modifier"):
        return None  # "es", a passive subject, "Überhaupt scheint die Kommission …"
    sp = parse_speaker(ctx, root)
    if sp is None or not (u.start <= sp[0] and sp[1] <= u.end):
        return None
    if not _in_frame(ctx, u, root, sp) or (
        _after_statement(ctx, u) and _narrated_event(ctx, u, root)
    ):
        return None
    return sp


def _after_statement(ctx: DocContext, u: Unit) -> bool:
    """Does a statement end in the sentence before ``u`` (its speaker may go on)?"""
    ui = ctx.unit_of[u.start]
    return any(q.unit == ui - 1 or (q.unit == ui and q.start < u.start) for q in ctx.quotes)


def _narrated_event(ctx: DocContext, u: Unit, root: Token) -> bool:
    """Is the indicative main clause the writer's account of an event, no frame: none of
    its verbs says or thinks anything (no speech verb form, no cue on it), and the
    Konjunktiv clause after it is a main clause of its own after a comma ("Die Mannschaft
    *verlor* das Spiel, der Schiedsrichter habe …"; "Das Team verlor, man habe aber …")?
    A frame stays ("Der Verteidiger widersprach, der Schiedsrichter habe …"; "folgte dem
    Antrag, dass er … sei")."""
    subj = labels.clause_subject(root)
    if subj is None or subj.i > root.i:
        return False  # "Sollte … vorliegen, habe …": a condition, no account of an event
    if any(labels.children_with(root, "marker")):
        return False  # "Da das Werk heruntergefahren wurde, sei es …": no main clause
    chain = labels.verb_chain(root)
    forms = ctx.kit.verb_forms
    if any(v.lower_ in forms for v in chain):
        return False
    ui = ctx.unit_of[u.start]
    cues = ctx.cues_by_unit[ui] if ui < len(ctx.cues_by_unit) else []
    if any(c.start <= v.i < c.after for c in cues for v in chain):
        return False
    part = own_content(ctx, u)
    if part is None or part[0] < 1 or ctx.doc[part[0] - 1].text != ",":
        return False
    w, lower = ctx.w, ctx.table.lower
    a = part[0] + (lower[part[0]] in word_ids(w.prepositions))
    if lower[a] in word_ids(w.subordinators | w.question_words | w.whether_words):
        return False  # "…, dass er … sei", "…, warum das Amt … habe"
    pos = ctx.table.pos
    verbs = [k for k in range(*part) if ctx.inside[k] < 0 and pos[k] in VERB_POS]
    if verbs and not ctx.moods[verbs[0]]:
        return False  # "beabsichtigten, die Regierung zu provozieren, … werde man": the aim
    # "…, der Schiedsrichter habe": an article, no relative pronoun
    return lower[a] not in word_ids(w.relative_starts) or ctx.doc[a].pos == symbols.DET


def _in_frame(ctx: DocContext, u: Unit, root: Token, sp: Span) -> bool:
    """Is the subject ``sp`` of the indicative main verb ``root`` part of the frame, not of
    what is said? No Konjunktiv verb stands in or between the two, and punctuation parts them
    from every Konjunktiv verb ("Der Bürgermeister schwadronierte, die Lage sei gut"; "Die
    Lage sei ernst, hielt der Minister fest"; "Wer …, ließ X offen, das hänge …"). A subject
    among the Konjunktiv words is the content's own ("Seine Partei werde jedes Werkzeug,
    das …, nutzen": a misparse; "Menschen, die geflohen seien, verdienten …")."""
    own = {v.i for v in labels.verb_chain(root)}  # "wollen … einführen": the frame's verbs
    doc = ctx.doc
    pos = ctx.table.pos if ctx.table is not None else [t.pos for t in doc]
    a, b = min(sp[0], root.i), max(sp[1], root.i + 1)  # the frame: speaker and main verb
    moods = [
        k
        for k in range(u.start, u.end)
        if ctx.inside[k] < 0 and ctx.moods[k] and pos[k] in VERB_POS and k not in own
    ]
    if not moods or b <= moods[0]:
        return True  # the frame first ("Die Mutter kann nicht glauben was passiert sei")
    for k in moods:
        gap = range(k + 1, a) if k < a else range(b, k) if k >= b else range(0)
        if not any(doc[m].is_punct for m in gap):
            return False
    return True


def indicative_root(ctx: DocContext, u: Unit) -> Token | None:
    """The one verb of the unit that heads it (outside quotation marks), when it and its
    auxiliaries are indicative; else None (read once per unit of a Doc)."""
    memo = ctx.indicative_roots
    if u.start not in memo:
        memo[u.start] = _find_indicative_root(ctx, u)
    return memo[u.start]


def _find_indicative_root(ctx: DocContext, u: Unit) -> Token | None:
    """:func:`indicative_root`, not remembered: :func:`unit_root` when it is indicative."""
    root = unit_root(ctx, u)
    if root is None:
        return None
    chain = labels.verb_chain(root)
    if any(ctx.konj(v) or "Imp" in labels.morph_values(v, "Mood") for v in chain):
        return None
    return root


def own_content(ctx: DocContext, u: Unit) -> Span | None:
    """What a Konjunktiv sentence with a frame of its own says: from the clause below its
    indicative main verb that holds the first Konjunktiv to the end of the sentence ("Der
    Bürgermeister schwadronierte, *die Lage sei gut*"; "folgte dem Antrag, *dass er nicht
    verhandlungsfähig sei*"), without edge punctuation. None when that clause is not after
    the verb, or is a verb coordinated with it ("brachte … in Sicherheit und habe …")."""
    root = indicative_root(ctx, u)
    if root is None:
        return None
    doc, pos = ctx.doc, ctx.pos
    k = next((k for k in range(root.i + 1, u.end) if ctx.inside[k] < 0 and ctx.moods[k]), None)
    if k is None:
        return None
    t = doc[k]
    # up to the clause: stop below the main verb or below a noun the clause belongs to
    # ("dem Antrag, dass er … sei"; a copula climbs to its noun: "das Budget sei keine …")
    while t.head.i != root.i and t.head.i != t.i:
        if pos and t.head.pos_ in NOUN_POS and not labels.has_role(t, "auxiliary"):
            break
        t = t.head
    if labels.has_role(t, "conjunct") or not root.i < t.left_edge.i < u.end:
        return None
    a, b = t.left_edge.i, u.content_end(doc)
    while a < b and doc[a].is_punct:
        a += 1
    while b > a and doc[b - 1].is_punct and doc[b - 1].text not in CLOSING_MARKS:
        b -= 1
    return (a, b) if b - a >= 2 else None


def subordinate_content(ctx: DocContext, u: Unit) -> Span | None:
    """The Konjunktiv clause of a sentence whose main verb is indicative, when a conjunction
    or a relative pronoun opens it ("…, weil Gewalt nur selten verfolgt *werde*", "…, in
    deren Haus das Treffen stattgefunden *habe*"): the sentence around it is the author's."""
    part = own_content(ctx, u) if ctx.parsed else None
    if part is None:
        return None
    w, lower = ctx.w, ctx.table.lower
    a = part[0]
    if lower[a] in word_ids(w.prepositions) and a + 1 < part[1]:
        a += 1  # "für die", "in deren"
    opener = w.subordinators | w.relative_starts
    if lower[a] in word_ids(opener):
        return part
    # "Das Team verlor, *man habe aber …*": the writer's clause before it is no frame
    root = indicative_root(ctx, u)
    narrated = root is not None and _after_statement(ctx, u) and _narrated_event(ctx, u, root)
    return part if narrated else None


def hypothetical(ctx: DocContext, part: Span | None) -> bool:
    """Is ``part`` (the Konjunktiv clause of a sentence whose main verb is indicative) a
    relative clause (``relative_starts``, after a preposition or not) whose only mood is a
    singular Konjunktiv II: a hypothetical of the writer's ("die Mehrheit, *die* für eine
    Regierung *ausreichen würde*", "die Firma, *die* die Flüchtlinge *betreuen würde*"), no
    one's words? A Konjunktiv I there is reported ("…, in deren Haus das Treffen
    stattgefunden *habe*"), and so is a plural Konjunktiv II, which stands in for the
    Konjunktiv I that looks like the indicative ("Umsatzeinbrüche, die sich verschärft
    *hätten*")."""
    if part is None or ctx.table is None:
        return False
    a, b = part
    lower, w = ctx.table.lower, ctx.w
    if lower[a] in word_ids(w.prepositions) and a + 1 < b:
        a += 1
    t = ctx.doc[a]
    if lower[a] not in word_ids(w.relative_starts) or t.pos == symbols.DET:
        return False  # "…, die Teilnehmer würden geschützt": an article, no relative clause
    verbs = [ctx.doc[k] for k in range(a, b) if ctx.inside[k] < 0 and ctx.moods[k]]
    return bool(verbs) and all(
        ctx.moods[v.i] == 1 and not v.lower_.endswith(w.konj2_plural_endings) for v in verbs
    )
