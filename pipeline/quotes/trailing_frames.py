"""A sentence that ends in a speech verb after a comma with its speaker right behind it
("Ich bin auch dafür, …, sagt Kurz.", "Für eine wirksame … sind Maßnahmen zu setzen, hielt
Koss fest.") whose cue made no quote: the words before the comma are what was said.

Archives that strip quotation marks (10kGNAD) print direct speech as a plain main clause
before its frame. The parser then often takes the speech's own subject ("Ich",
"Maßnahmen") for the subject of the speech verb and the name after the verb for its
object, and the tagger misreads a verb of the speech; the frame step then reads the words
before the comma as the verb's subject ("X, der … ist, wies … zurück") and makes nothing.
This step looks again at such sentences: when the verb's speaker follows it as a person,
organisation or role (``speakerish``) or a short description ("der Norweger"), and only
adverbials follow that speaker, the sentence is an inverted frame ("indirect", rule
``verb:…+after+trailing``). A frame in the middle ("Die Zukunft, sagt er, liegt im
Tourismus") takes the rest of the sentence too, unless a clause of the writer follows
("…, sagt er, als er durch das Lager führt"). It stays silent when

- the words before the comma open a subordinate clause or a question ("Was davor geschah,
  erzählt Netflix", "Dass …, begründete X mit …");
- their first piece up to a comma has no verb: a subject with an apposition or relative
  clause ("Der Minister, ein Jurist, kritisierte die Polizei");
- they have no verb and the speaker is only a description ("Die Fraktion der Grünen,
  meldeten unterdessen Kritik an");
- an object follows the speaker ("…, beschreibt er den Gesamtzustand"), the words before
  the frame are a quote already or the unit holds quotation marks;
- the cue made a quote after it and the words before it are no clause ("Angesprochen auf
  …, sagt X, diese seien …").

>>> trailing_frames(ctx)   # adds quotes to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADJ, ADP, ADV, AUX, NOUN, NUM, PART, PRON, PROPN, SCONJ, VERB, X
from spacy.symbols import DET as DET_POS

from .. import labels
from .context import Cue, DocContext, Quote, Span
from .frames import CLAUSE_BREAK, authored_work
from .mentions import speakerish
from .units import Unit
from .words import word_ids

#: the speaker starts at most this many words after the verb ("bemerkte dazu Wolff")
MAX_GAP = 2
#: a speaker described without a name has at most this many words ("die junge Frau")
MAX_DESCRIPTION = 4
#: parts of speech of the words between the verb and its speaker
GAP_POS = frozenset({ADV, PART})
#: parts of speech allowed after the speaker outside a prepositional phrase
FREE_POS = frozenset({ADV, PART, ADJ})
#: parts of speech inside a prepositional phrase ("nach seinem Auftaktsieg auf Facebook")
PHRASE_POS = frozenset({DET_POS, ADJ, NOUN, PROPN, NUM, PRON, ADP, X})
#: the rule piece that marks such a frame
RULE = "trailing"


def trailing_frames(ctx: DocContext) -> None:
    """Make the inverted frames the frame step missed (see the module doc)."""
    if not ctx.pos:
        return
    covered = [False] * len(ctx.doc)
    for q in ctx.quotes:
        for a, b in q.parts:
            covered[a:b] = [True] * (b - a)
    used = {a for q in ctx.quotes for a, _ in q.cue}  # cues that made a quote after them
    for ui, u in enumerate(ctx.units):
        if u.dateline or not ctx.cues_by_unit[ui]:
            continue
        if any(ctx.inside[m] >= 0 for m in range(u.start, u.end)):
            continue
        for cue in ctx.cues_by_unit[ui]:
            q = None if any(covered[u.start : cue.start]) else _frame(ctx, ui, u, cue)
            if q is not None and cue.start in used and not finite_verb_in(ctx, *q.parts[0]):
                q = None  # "Angesprochen auf …, sagt X, diese seien …": the cue's own quote
            if q is not None:
                ctx.quotes.append(q)
                ctx.unit_speaker[ui] = (q.speaker, q)
                break


def _frame(ctx: DocContext, ui: int, u: Unit, cue: Cue) -> Quote | None:
    """The quote of ``cue`` as a trailing frame of unit ``u``, or None."""
    k, end = cue.start, u.content_end(ctx.doc)
    if cue.verb is None or "indirect" not in cue.kinds or k < u.start + 2:
        return None
    if cue.lemma in ctx.w.complement_only_lemmas:
        return None  # "…, bieten die Hochschulen Workshops an": an offer
    if authored_work(ctx, cue):
        return None  # "…, schreibt sogar Gedichte für sie": a work, nothing said
    if ctx.table.texts[k - 1] != ",":
        return None
    speaker = _speaker(ctx, cue, end)
    tail = None if speaker is None else _tail_end(ctx, cue, speaker[1], end)
    if tail is None:
        return None
    content = _content(ctx, u.start, k - 1)
    if content is None:
        return None
    parts = [content]
    if not _has_verb(ctx, *content) and _goes_on(ctx, tail, end):
        parts.append((tail + 1, end))  # "Die Zukunft, sagt er im Interview, liegt in …"
    elif content[1] - content[0] < 2:
        return None
    if not (any(_has_verb(ctx, a, b) for a, b in parts) or speakerish(ctx, speaker)):
        return None  # "Die Fraktion der Grünen, meldeten unterdessen Kritik an": no speaker
    return Quote(
        "indirect",
        parts,
        cue.confidence,
        f"{cue.rule}+after+{RULE}",
        ui,
        speaker,
        list(cue.pieces),
        cue.lemma,
    )


def _goes_on(ctx: DocContext, tail: int, end: int) -> bool:
    """Does the sentence go on after a frame in its middle with the rest of the speech
    ("Die Zukunft, sagt er, liegt im Tourismus"), not with a clause of the writer ("…,
    sagt er, als er durch das Lager führt", "…, sagt sie und lacht")?"""
    texts, lower = ctx.table.texts, ctx.table.lower
    if texts[tail] != "," or tail + 1 >= end or not _has_verb(ctx, tail + 1, end):
        return False
    w = ctx.w
    opens = word_ids(w.subordinators | w.clause_coordinators | w.relative_pronouns)
    if lower[tail + 1] in opens:
        return False
    return not any(lower[m] in word_ids(w.third_person_pronouns) for m in range(tail + 1, end))


def _speaker(ctx: DocContext, cue: Cue, end: int) -> Span | None:
    """The speaker right after the verb ("sagt Kurz", "bemerkte dazu Wolff"), or None."""
    j = cue.start + 1
    while j < end and ctx.table.texts[j].isspace():  # "sagte  Alexander Schuster" (archives)
        j += 1
    sp = ctx.g.np_after(ctx, j, end)
    if sp is None or sp[0] - cue.start - 1 > MAX_GAP:
        return None
    pos = ctx.table.pos
    if any(pos[m] not in GAP_POS for m in range(j, sp[0])):
        return None
    return sp if speakerish(ctx, sp) or _described(ctx, sp) else None


def _described(ctx: DocContext, sp: Span) -> bool:
    """A short noun phrase no article of an object opens ("der Norweger", "italienische
    Medien", "die junge Frau"): right after the verb of such a frame, the one who spoke."""
    a, b = sp
    last = b - 1
    if b - a > MAX_DESCRIPTION or ctx.table.pos[last] != NOUN:
        return False
    if not ctx.table.texts[last][:1].isupper():
        return False
    return ctx.table.lower[a] not in word_ids(ctx.w.object_determiners)


def _tail_end(ctx: DocContext, cue: Cue, start: int, end: int) -> int | None:
    """Where the words after the speaker end at a new clause (or ``end``) when they are
    only adverbials, prepositional phrases and the verb's particle ("hielt Koss fest",
    "sagt X am Freitag zum STANDARD"); None when an object follows ("beschreibt er den
    Gesamtzustand")."""
    pos, texts, lower = ctx.table.pos, ctx.table.texts, ctx.table.lower
    cue_words = {m for a, b in cue.pieces for m in range(a, b)}
    # a new clause or an apposition ends them ("…, sagt er – und fügt an", "…, bevor er …")
    breaks = word_ids(ctx.w.coordinators | ctx.w.subordinators)
    in_phrase = False
    for m in range(start, end):
        if texts[m] in CLAUSE_BREAK or lower[m] in breaks:
            return m
        if m in cue_words or pos[m] == ADP:
            in_phrase = pos[m] == ADP
            continue
        if in_phrase and pos[m] in PHRASE_POS:
            continue
        if pos[m] not in FREE_POS:
            return None
        in_phrase = False
    return end


def finite_verb_in(ctx: DocContext, a: int, b: int) -> bool:
    """A finite verb in ``a``..``b``: a clause of its own ("Es gibt noch Fragezeichen,
    erinnerte X daran, dass …"), not a phrase ("Angesprochen auf …, sagt X, …")."""
    return bool(ctx.finite_verbs(a, b))


def _has_verb(ctx: DocContext, a: int, b: int) -> bool:
    """A verb or auxiliary in ``a``..``b``."""
    return any(ctx.table.pos[m] in (VERB, AUX) for m in range(a, b))


def _content(ctx: DocContext, start: int, comma: int) -> Span | None:
    """What was said: the words before the comma (after a colon there, the writer's
    lead-in), or None when they are no statement (see the module doc)."""
    texts, pos = ctx.table.texts, ctx.table.pos
    colons = [m for m in range(start, comma) if texts[m] == ":"]
    if colons:
        start = colons[-1] + 1
    if comma <= start:
        return None
    first = start + 1 if ctx.table.lower[start] in word_ids(ctx.w.focus_particles) else start
    # "Da habe ich …": an adverb before the finite verb, not a subordinate clause
    adverb = first + 1 < comma and labels.morph_has(ctx.doc[first + 1], labels.FINITE_FEATURE)
    if pos[first] == SCONJ and not adverb:
        return None
    if ctx.table.lower[first] in word_ids(ctx.w.question_words):
        return None
    commas = [m for m in range(start, comma) if texts[m] == ","]
    head_end = commas[0] if commas else comma
    if commas and not _has_verb(ctx, start, head_end) and not _contrasted(ctx, start, head_end):
        return None
    return start, comma


def _contrasted(ctx: DocContext, start: int, comma: int) -> bool:
    """ "Nicht die Komplexität, sondern die Länge verleiht Schutz": a first piece that
    opens with a negation and a contrast conjunction after its comma is the first member of
    the subject, no apposition."""
    lower = ctx.table.lower
    return (
        lower[start] in word_ids(ctx.w.negations)
        and comma + 1 < len(ctx.doc)
        and lower[comma + 1] in word_ids(ctx.w.contrast_conjunctions)
    )
