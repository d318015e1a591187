"""Direct speech without quotation marks that goes on after its frame: archives that strip
the marks (10kGNAD) turn "„Wir haben hart gearbeitet“, sagte der Trainer. „Jetzt freuen wir
uns auf die Pause. Das habt ihr verdient!“" into sentences a reader still hears as the
speaker's, but the frame stands only after the first one.

A sentence right after such speech ("…, sagt X." with the speech opening its sentence and
outside marks; or speech after a colon that ends its sentence, "X sagte: …", "Kurz dazu:
…", when the lead-in names someone who speaks, not "ich"), in the same paragraph, goes on
with X's words when it reads as spoken: it is in the first person, addresses someone
("du", "euch"; "Sie"/"Ihnen" capitalised inside the sentence), ends in an exclamation mark,
or speaks in the present tense and either holds a word of the spoken register
(``spoken_particles``: "halt", "eh", …) or opens with a word of talk that points back
(``spoken_openers``: "Das funktioniert …", "Und es ist …") and names no entity and no
number. So does a sentence no writer narrates (round 34): an infinitive that ends its
clause with no finite verb, no noun before it, no entity and no number ("Einfach nur
versuchen, …"), a verbless opener of talk before a comma (``spoken_fragment_openers``:
"Hauptsache, …"), or a present-tense judgement opened by a pronoun of all or none
(``all_or_none_pronouns``: "Alle sind zufrieden …", "Keiner kann …") with no number. One
sentence without any such sign between the speech and a sentence in the first
person ("…, sagte X. Der Druck war das ganze Wochenende da. Jetzt freuen wir uns …") goes
on with it as well, when it has a finite verb (no subheading) and no "sich" (someone told
of: "Der Stürmer ärgerte sich …"). The run ends at a sentence that reads as the writer's:
a question, quotation marks, a cue or quote of its own, a person other than X or X's own
name, a lead-in before a colon, a frame after the speech, a reported-speech mood, "er"/
"sie" or a role noun of the lexicon for someone told of ("… des Bundespräsidenten").
:func:`speech_goes_on` is the same test for the words after an interview label
(:mod:`.interviews`).

>>> spoken_runs(ctx)   # adds continuations  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import AUX, DET, NOUN, PRON, PROPN, PUNCT, VERB

from .. import labels
from .context import DocContext, Quote
from .first_person import (
    CONFIDENCE,
    SENTENCE_RULE,
    first_person_mention,
    first_person_word,
    framed_speech,
    is_finite,
    last_statements,
    may_go_on,
    names_someone,
    sentence_of,
)
from .spaces import past_spaces
from .words import word_ids

#: the rule piece of a spoken sentence after framed speech
RULE = "continuation:spoken"
#: the rule piece of speech after a colon (:mod:`.colon_speech`)
COLON_RULE = "colon_speech"
#: the rule piece of a speech verb's frame before a colon ("sagte X: …", :mod:`.frames`)
COLON_PIECE = "colon"
#: the kind of a row that goes on with the speech before it
CONTINUATION = "continuation"
#: the verb feature of the present tense
PRESENT_FEATURE = "Tense=Pres"


def spoken_runs(ctx: DocContext) -> None:
    """Sentences that go on with unmarked framed speech (see the module doc)."""
    if ctx.table is None or not ctx.pos or not ctx.w.spoken_particles:
        return
    last = last_statements(ctx)
    head: Quote | None = None
    carried = False  # the head goes on past a continuation of its own (fragments only)
    for ui in range(1, len(ctx.units)):
        before = last.get(ui - 1)
        if before is None:
            head = None
        elif before.rule not in (RULE, SENTENCE_RULE):
            carried = head is not None and _carries(head, before)
            head = head if carried else (before if _heads(ctx, before) else None)
        if head is None or ui in last or not may_go_on(ctx, head, ui):
            continue
        if carried:
            spoken = _spoken_fragment(ctx, ui)
        else:
            spoken = _spoken(ctx, ui) or _bridge(ctx, head, ui, last) or _spoken_fragment(ctx, ui)
        if spoken:
            last[ui] = sentence_of(ctx, ui, head, CONFIDENCE, RULE)


def _carries(head: Quote, q: Quote) -> bool:
    """Is ``q`` a continuation with the speaker of ``head`` (a reported sentence between the
    speech and a fragment of it: "…, so X. Es gebe …. Hauptsache, …")?"""
    return q.kind == CONTINUATION and q.speaker is not None and q.speaker == head.speaker


def speech_goes_on(ctx: DocContext, head: Quote, ui: int) -> bool:
    """Does unit ``ui`` read as more of the speech of ``head`` (no sign of the writer, a
    sign of speech: see the module doc)?"""
    return may_go_on(ctx, head, ui) and _spoken(ctx, ui)


def _heads(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` speech outside quotation marks that ends its sentence, framed after it
    ("…, sagt X.") or after a colon ("Kurz dazu: Es braucht …")?"""
    if framed_speech(ctx, q):
        return True
    colon = q.rule.startswith(COLON_RULE) or COLON_PIECE in q.rule.split("+")
    if not colon or q.nested or q.speaker is None:
        return False
    u = ctx.units[q.unit]
    if q.end < u.content_end(ctx.doc) or ctx.inside[q.start] >= 0:
        return False
    # a lead-in may name the speaker badly ("ergibt das interessante Konflikte:"), or be
    # the writer's own ("Da habe ich mir gesagt: …")
    return names_someone(ctx, q.speaker) and not first_person_mention(ctx, q.speaker)


def _spoken(ctx: DocContext, ui: int) -> bool:
    """Does unit ``ui`` read as speech though not in the first person (see the module
    doc)?"""
    u = ctx.units[ui]
    e = u.content_end(ctx.doc)
    if any(first_person_word(ctx, m) for m in range(u.start, e)):
        return True
    if told_of(ctx, u.start, e):
        return False
    if _addressed(ctx, u.start, e) or (e < u.end and ctx.table.texts[e] == "!"):
        return True
    if not present_tense(ctx, u.start, e):
        return False
    particles = word_ids(ctx.w.spoken_particles)
    if any(ctx.table.lower[m] in particles for m in range(u.start, e)):
        return True
    return _spoken_opening(ctx, past_spaces(ctx.doc, u.start, e)) and not _factual(ctx, u.start, e)


def _bridge(ctx: DocContext, head: Quote, ui: int, last: dict[int, Quote]) -> bool:
    """Is unit ``ui`` a sentence with no sign of the writer between the speech and a
    sentence in the first person that goes on with it?"""
    nxt = ui + 1
    if nxt >= len(ctx.units) or nxt in last or not may_go_on(ctx, head, nxt):
        return False
    u, v = ctx.units[ui], ctx.units[nxt]
    e = u.content_end(ctx.doc)
    if told_of(ctx, u.start, e) or not any(is_finite(ctx, m) for m in range(u.start, e)):
        return False  # "Ein Spiel fertig spielen": a subheading
    reflexive = word_ids(ctx.w.reflexive_pronouns)
    if any(ctx.table.lower[m] in reflexive for m in range(u.start, e)):
        return False  # "Der Mittelfeldspieler ärgerte sich …": someone told of
    return any(first_person_word(ctx, m) for m in range(v.start, v.content_end(ctx.doc)))


def _spoken_fragment(ctx: DocContext, ui: int) -> bool:
    """Is unit ``ui`` a sentence no writer narrates: an infinitive with no finite verb and
    no entity or number ("Einfach nur weiter hart arbeiten."), a verbless opener of talk
    before a comma (``spoken_fragment_openers``: "Hauptsache, …"), or a present-tense
    judgement about all or none (``all_or_none_pronouns``: "Alle sind zufrieden.",
    "Keiner kann sich das leisten.") with no number?"""
    u = ctx.units[ui]
    e = u.content_end(ctx.doc)
    a = past_spaces(ctx.doc, u.start, e)
    if a >= e or told_of(ctx, a, e):
        return False
    t = ctx.table
    if t.lower[a] in word_ids(ctx.w.spoken_fragment_openers):
        return a + 1 < e and t.texts[a + 1] == ","
    if not ctx.finite_verbs(a, e):
        return _infinitive_fragment(ctx, a, e)
    if t.lower[a] not in word_ids(ctx.w.all_or_none_pronouns):
        return False
    # standing alone before its verb ("Alle sind …", "Keiner kann …"), not "Alle Schulen"
    if t.pos[a] != PRON and (a + 1 >= e or t.pos[a + 1] not in (VERB, AUX)):
        return False
    digits = any(ch.isdigit() for m in range(a, e) for ch in t.texts[m])
    return present_tense(ctx, a, e) and not digits


def _infinitive_fragment(ctx: DocContext, a: int, b: int) -> bool:
    """Does ``a``..``b`` (no finite verb) open with an infinitive that ends its clause
    (before a comma, "und" or the end), before any noun or pronoun, with no entity or
    number ("Einfach nur versuchen, …"), not a plural verb the tagger took for an
    infinitive ("Kühe gelten als heilig")?"""
    pos, and_words = ctx.table.pos, word_ids(ctx.w.coordinators)
    for m in range(a, b):
        if pos[m] in (NOUN, PROPN, PRON):
            return False
        if labels.is_infinitive(ctx.doc[m]):
            ends = m + 1 >= b or pos[m + 1] == PUNCT or ctx.table.lower[m + 1] in and_words
            return ends and not _factual(ctx, a, b)
    return False


def told_of(ctx: DocContext, a: int, b: int) -> bool:
    """Does ``a``..``b`` read as the writer's: a reported-speech mood, "er"/"sie" of
    someone told of (not "Sie" capitalised inside the sentence), or a role noun ("eine der
    letzten Reisen des Bundespräsidenten")?"""
    if ctx.any_mood(a, b) or third_person_in(ctx, a, b):
        return True
    t, roles = ctx.table, ctx.kit.roles
    return any(
        t.pos[m] == NOUN and (r := roles.lookup(t.texts[m])) is not None and r.kind == "role"
        for m in range(a, b)
    )


def third_person_in(ctx: DocContext, a: int, b: int) -> bool:
    """Is there an "er"/"sie" of someone told of in ``a``..``b`` (not a polite "Sie"
    capitalised inside the sentence)?"""
    pronouns = word_ids(ctx.w.third_person_pronouns)
    polite = ctx.w.polite_address_forms
    t = ctx.table
    a = past_spaces(ctx.doc, a, b)
    return any(
        t.pos[m] == PRON and t.lower[m] in pronouns and not (m > a and t.texts[m] in polite)
        for m in range(a, b)
    )


def _addressed(ctx: DocContext, a: int, b: int) -> bool:
    """Does ``a``..``b`` address someone: "du", "euch", or a polite form capitalised
    inside the sentence ("Glauben Sie mir")?"""
    t = ctx.table
    second = word_ids(ctx.w.second_person_forms)
    polite = ctx.w.polite_address_forms
    a = past_spaces(ctx.doc, a, b)
    return any(
        t.lower[m] in second or (m > a and t.texts[m] in polite and t.pos[m] == PRON)
        for m in range(a, b)
    )


def present_tense(ctx: DocContext, a: int, b: int) -> bool:
    """Are the finite verbs of ``a``..``b`` (one at least) all in the present tense?"""
    finite = ctx.finite_verbs(a, b)
    return bool(finite) and all(labels.morph_has(ctx.doc[m], PRESENT_FEATURE) for m in finite)


def _spoken_opening(ctx: DocContext, a: int) -> bool:
    """Does the sentence open with a word of talk that points back (``spoken_openers``:
    "Das funktioniert …", "Und es ist …", "Hier handelt es sich …"), not an article ("Das
    Schicksal …")?"""
    t = ctx.table
    if t.lower[a] not in word_ids(ctx.w.spoken_openers):
        return False
    # an article right before a verb is the tagger's slip for a pronoun ("Das wollen …")
    return t.pos[a] != DET or (a + 1 < len(t.pos) and t.pos[a + 1] in (VERB, AUX))


def _factual(ctx: DocContext, a: int, b: int) -> bool:
    """Does ``a``..``b`` name an entity or hold a number: the writer's facts?"""
    doc = ctx.doc
    return any(
        doc[m].ent_type_ or any(ch.isdigit() for ch in ctx.table.texts[m]) for m in range(a, b)
    )
