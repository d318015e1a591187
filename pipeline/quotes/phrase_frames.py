"""Phrase frames: "Auf die Kritik angesprochen, sagte der Minister: „…“" -- words framed
after them that are no clause say nothing: no row.

A quote framed after its words ("WORDS, sagte X") holds a clause with a finite verb or
direct speech. Words outside quotation marks that open their sentence and end at the comma
right before the cue verb are no statement when

* they are a participle phrase with no finite verb and no reported-speech mood ("Auf die
  Kritik angesprochen", "Darauf angesprochen", "Nach seinen Plänen gefragt": how the
  speaker came to speak), opened by a preposition or a pronominal adverb or made of a
  participle of being asked (``asked_participles``);
* they are a prepositional phrase whose only finite verbs are in clauses opened after a
  comma by a relative pronoun or a conjunction ("Nach dem Spiel, das 2:1 endete, ärgerte
  sich X über …"): when it happened -- when the cue is a pattern's or direct speech
  follows it (a verb's act after it is a reported row of the whole sentence).

* they are a verb-first clause of time opened by an adverb (``verb_first_time_adverbs``:
  "Kaum war das Spiel vorbei, empörte sich X über …") -- when the cue is reflexive or
  direct speech follows it;
* they are a main clause opening with its subject before the second of one subject's
  coordinated predicates ("Der Bürgermeister trat vor die Presse, erklärte seinen
  Rücktritt und ging"): the cue verb has an accusative object right after it, no subject
  of its own, and a coordinator and a finite verb follow the object.

A verbless phrase is left alone ("Ohne 5G, sagte X": see :mod:`.stray_stops`), and so is
a short statement with a participle that opens with no preposition ("Alles richtig gemacht,
sagte der Trainer").

>>> phrase_frames(ctx)   # drops quotes of ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADP

from .. import labels
from .context import DocContext, Quote
from .words import word_ids

#: fine tags of the reflexive pronoun (STTS, both label schemes)
REFLEXIVE_TAGS = frozenset({"PRF"})
#: fine tags of a coordinating conjunction ("und", "oder"; STTS)
COORDINATOR_TAGS = frozenset({"KON"})


def phrase_frames(ctx: DocContext) -> None:
    """Drop the quotes whose words framed after them are no clause."""
    if ctx.table is None or not ctx.pos or not ctx.parsed:
        return
    ctx.quotes = [q for q in ctx.quotes if not _phrase_framed(ctx, q)]


def _phrase_framed(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` an after-frame's content that is a phrase, no clause?"""
    if q.direct or q.kind != "indirect" or len(q.parts) != 1 or not q.cue:
        return False
    a, b = q.parts[0]
    c = min(s for s, _ in q.cue)
    if not opens_before_cue(ctx, q, a, b):
        return False
    if participle_phrase(ctx, a, b) or _coordinated_predicate(ctx, q, a, b):
        return True
    u = ctx.units[q.unit]
    if _time_clause(ctx, a, b) and (_reflexive(ctx, q, after=True) or ctx.in_marks(c, u.end)):
        return True
    # "In einem Bericht, der …, fordert X ein Ende …": the act after the cue is reported
    # (Wikinews gold spans the whole sentence); with words in quotation marks after the
    # cue or a reflexive verb of emotion ("ärgerte sich X über …") the phrase only says when
    said = _reflexive(ctx, q) or ctx.in_marks(c, u.end)
    return said and _timed_phrase(ctx, a, b)


#: the fewest tokens of a phrase before the cue ("Darauf angesprochen")
MIN_PHRASE = 2


def opens_before_cue(ctx: DocContext, q: Quote, a: int, b: int) -> bool:
    """Does the part ``a``..``b`` of ``q`` open its sentence and end at the comma right
    before the cue ("Auf die Kritik angesprochen, sagte X …"), with at least
    :data:`MIN_PHRASE` tokens, no quotation marks and no word in the reported-speech mood?
    (What :func:`_phrase_framed` and :mod:`.participle_parts` look at.)"""
    c = min(s for s, _ in q.cue)
    if c != b + 1 or ctx.table.texts[b] != "," or a != ctx.units[q.unit].start:
        return False
    return b - a >= MIN_PHRASE and not (ctx.in_marks(a, b) or ctx.any_mood(a, b))


def participle_phrase(ctx: DocContext, a: int, b: int) -> bool:
    """ "Auf die Kritik angesprochen": no finite verb, a participle at the end, opened by a
    preposition or a pronominal adverb (or the participle of being asked)."""
    doc, lower = ctx.doc, ctx.table.lower
    asked = word_ids(ctx.w.asked_participles)
    last = doc[b - 1]
    participle = labels.is_participle(last) or lower[b - 1] in asked
    if (ctx.finite_verbs(a, b) or not participle) and not _finite_participle(ctx, a, b):
        return False  # not "Mit den Vorwürfen konfrontiert" tagged a finite verb either
    first = doc[a]
    return ctx.table.pos[a] == ADP or labels.is_pronominal_adverb(first) or lower[a] in asked


def _finite_participle(ctx: DocContext, a: int, b: int) -> bool:
    """Is the only finite verb of ``a``..``b`` its last word, ending in one of
    ``finite_participle_endings``, with no subject in the phrase ("Mit den Vorwürfen
    konfrontiert": a participle the tagger took for "er konfrontiert")?"""
    if ctx.finite_verbs(a, b) != [b - 1]:
        return False
    if not ctx.doc[b - 1].lower_.endswith(ctx.w.finite_participle_endings):
        return False
    return not any(labels.has_role(t, "subject") for t in ctx.doc[a:b])


def _timed_phrase(ctx: DocContext, a: int, b: int) -> bool:
    """ "Nach dem Spiel, das 2:1 endete": a prepositional phrase whose finite verbs are all in
    clauses opened after a comma by a relative pronoun or a conjunction."""
    if ctx.table.pos[a] != ADP:
        return False
    texts, lower = ctx.table.texts, ctx.table.lower
    commas = [m for m in range(a, b) if texts[m] == ","]
    if not commas or ctx.finite_verbs(a, commas[0]):
        return False
    openers = word_ids(ctx.w.relative_starts | ctx.w.subordinators)
    return all(m + 1 < b and lower[m + 1] in openers for m in commas)


def _coordinated_predicate(ctx: DocContext, q: Quote, a: int, b: int) -> bool:
    """ "Der Bürgermeister trat vor die Presse, erklärte seinen Rücktritt und ging": the cue
    verb right after the comma has no subject of its own after it but an accusative object
    right after it, and the clause before opens with its subject -- one subject's predicates."""
    doc = ctx.doc
    k = b + 1
    if min(q.cue) != (k, k + 1) or k + 1 >= ctx.units[q.unit].end:
        return False
    verb, det = doc[k], doc[k + 1]
    obj = det.head
    if not (labels.is_article(det) or labels.is_possessive(det)) or obj.head != verb:
        return False
    if not labels.has_role(obj, "object") or labels.in_dative_or_genitive(det):
        return False
    if any(c.i > k for c in labels.children_with(verb, "subject")):
        return False
    if not _next_predicate(ctx, q, obj.right_edge.i + 1):
        return False
    return any(
        labels.has_role(t, "subject") and t.left_edge.i == a and a <= t.head.i < b for t in doc[a:b]
    )


def _next_predicate(ctx: DocContext, q: Quote, m: int) -> bool:
    """Does a coordinator and a finite verb follow at ``m`` (over the cue's particle): "…
    erklärte seinen Rücktritt und ging", "kündigte eine Erklärung an und fuhr ab"?"""
    cue = {k for a, b in q.cue for k in range(a, b)}
    while m in cue:
        m += 1
    end = ctx.units[q.unit].end
    if m + 1 >= end or ctx.doc[m].tag_ not in COORDINATOR_TAGS:
        return False
    return bool(ctx.finite_verbs(m + 1, m + 2))


def _time_clause(ctx: DocContext, a: int, b: int) -> bool:
    """ "Kaum war das Spiel vorbei": a verb-first clause opened by an adverb of time
    (``verb_first_time_adverbs``) -- the finite verb right after it, its subject after."""
    if ctx.table.lower[a] not in word_ids(ctx.w.verb_first_time_adverbs):
        return False
    return bool(ctx.finite_verbs(a + 1, a + 2))


def _reflexive(ctx: DocContext, q: Quote, after: bool = False) -> bool:
    """Is ``q``'s cue a verb with its reflexive pronoun ("ärgerte sich", "empörte sich")?
    With ``after`` the pronoun may also stand right after the cue ("beschwerte sich")."""
    ends = [b for _, b in q.cue] if after else []
    spans = [range(a, b) for a, b in q.cue] + [range(e, e + 1) for e in ends]
    doc = ctx.doc
    return any(k < len(doc) and doc[k].tag_ in REFLEXIVE_TAGS for r in spans for k in r)
