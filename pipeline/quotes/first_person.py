"""Direct speech without quotation marks in the first person: a frame whose speaker mention
is "ich"/"wir" of the speech itself ("Foda: Wir wollen … *Ich hoffe*, dass …") is the
speech of the statement it stands in, or of the last one that ends shortly before.

Archives that strip quotation marks (10kGNAD) turn "„Ich hoffe, dass …“" into a frame of
"hoffe" with the speaker "ich". What a reader sees is a sentence of direct speech by the one
quoted before: the whole sentence becomes a direct quote with that statement's speaker
mention (as a continuation copies its head's), and continuations that went on from the
"ich" go on with that speaker. Without a statement before, the frame stays as it is.

A sentence of such speech with no frame of its own that follows a statement right away
and speaks in the first person ("…, sagt Kurz. *Ich habe recht bekommen.* *Die
Sprechblasen helfen uns nicht weiter.*") goes on with that statement's speaker as well
(:func:`first_person_sentences`); the chain ends at the first sentence without a
first-person word ("Er schon.").

>>> first_person_speech(ctx)   # rewrites ctx.quotes in place  # doctest: +SKIP
>>> first_person_sentences(ctx)  # adds continuations        # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import AUX, NOUN, PRON, PROPN, SCONJ, VERB

from .. import labels
from .context import DocContext, Quote, Span, quote_ending_before
from .mentions import PERSON_LABELS, parse_speaker, someone, speakerish
from .words import word_ids

#: a statement this many sentences before the first-person one (or in it) is its frame
SENTENCES_BEFORE = 2
#: the least rule confidence of a statement that lends its speaker
MIN_STATEMENT_CONFIDENCE = 0.5
#: a speech verb cue ends at most this many tokens before the colon ("erklärte X:")
COLON_REACH = 4
#: the morphology of a plural noun (Universal Dependencies)
PLURAL_FEATURE = "Number=Plur"
#: the rule of such a quote and its rating: first-person speech after a statement goes on
#: from it as surely as an orphan after a named speaker does
RULE = "continuation:first_person"
#: the rule prefix of a continuation in the reported-speech mood (:mod:`.continuations`)
KONJUNKTIV_RULE = "continuation:konjunktiv"
OWN_SUBJECT = "+own_subject"  # the rule part of a continuation that took its own subject
CONFIDENCE = 0.6


def first_person_speech(ctx: DocContext) -> None:
    """Give first-person frames outside quotation marks the speaker of the statement
    around or before them (see the module doc)."""
    if ctx.table is None or not ctx.w.first_person_speakers:
        return
    quotes = sorted(ctx.quotes, key=lambda q: (q.start, q.end))
    moved: dict[Span, tuple[Span, Span | None]] = {}
    dropped: list[Quote] = []
    for q in quotes:
        sp = q.speaker
        if sp is None or q.nested:
            continue
        if sp in moved and q.kind == "continuation":  # it went on from the "ich" of a frame
            q.speaker, q.speaker_chars = moved[sp]
            continue
        if not first_person_mention(ctx, sp):
            continue
        around = _around(ctx, q, sp, quotes)
        if around is not None:
            # "Um … zu beenden, fordern wir …, sagte ein Sprecher": one statement
            around.parts = [
                (min(a, q.start), b) if a <= sp[0] < b else (a, b) for a, b in around.parts
            ]
            moved[sp] = (around.speaker, around.speaker_chars)
            dropped.append(q)
            continue
        colon = _colon_frame(ctx, q, sp)
        if colon is not None:
            # "…, erklärte Beckenbauer: Wann und wie, das entscheide ich …"
            start, speaker = colon
            moved[sp] = (speaker, None)
            _as_speech(q, (start, ctx.units[q.unit].end), speaker, None)
            continue
        said = _before(ctx, q, sp, quotes)
        if said is None:
            continue
        moved[sp] = (said.speaker, said.speaker_chars)
        if ctx.unit_of[sp[0]] != q.unit:  # a continuation of a sentence with "ich" before
            q.take_speaker(said)
            continue
        _as_speech(q, _speech(ctx, q, said), said.speaker, said.speaker_chars)
    for q in dropped:
        ctx.quotes.remove(q)


def first_person_mention(ctx: DocContext, sp: Span) -> bool:
    """Is the mention one first-person word outside quotation marks, the subject of a main
    clause (not "die Hälfte derer, die wir als Freunde bezeichnen")?"""
    a, b = sp
    if b - a != 1 or ctx.inside[a] >= 0:
        return False
    if ctx.table.lower[a] not in word_ids(ctx.w.first_person_speakers):
        return False
    t = ctx.doc[a]
    if not ctx.parsed:
        return True
    head = t.head
    while labels.has_role(head, "auxiliary", "clausal_object", "conjunct") and head.head != head:
        head = head.head
    # a clause the parser attaches as a relative one is one when it has a relative pronoun
    # (not "… hat großes Potenzial, ich hoffe, dass …")
    return not (
        labels.has_role(head, "relative_clause")
        and any(labels.is_relative_pronoun(c) for c in head.children)
    )


def _statement(s: Quote, q: Quote) -> bool:
    """Is ``s`` a statement of its own (another quote, not a fragment inside one)?"""
    return s is not q and not s.nested and s.confidence >= MIN_STATEMENT_CONFIDENCE


def lends(ctx: DocContext, s: Quote) -> bool:
    """Does the statement ``s`` name someone who speaks, not in the first person?"""
    return (
        s.speaker is not None
        and not first_person_mention(ctx, s.speaker)
        and names_someone(ctx, s.speaker)
    )


def names_someone(ctx: DocContext, sp: Span) -> bool:
    """Does the mention name someone who speaks: :func:`.mentions.speakerish`, or words
    with a person noun ("Sein Kollege den Haan", :func:`.mentions.someone`) or an age noun
    ("Der 54-Jährige") -- not one pronoun ("man") nor a plural noun?"""
    if speakerish(ctx, sp):
        return True
    if sp[1] - sp[0] < 2:
        return False
    ages = ctx.kit.roles.age_suffixes
    doc = ctx.doc
    aged = any(doc[m].text[:1].isdigit() and doc[m].lower_.endswith(ages) for m in range(*sp))
    # a plural names a group the writer tells of ("einige Piloten", "partizipative Bürger")
    plural = any(
        ctx.table.pos[m] == NOUN and labels.morph_has(doc[m], PLURAL_FEATURE) for m in range(*sp)
    )
    return aged or (someone(ctx, sp) and not plural)


def _around(ctx: DocContext, q: Quote, sp: Span, quotes: list[Quote]) -> Quote | None:
    """A statement of the same sentence whose content holds the mention."""
    for s in quotes:
        if (
            s.unit == q.unit
            and _statement(s, q)
            and any(a <= sp[0] < b for a, b in s.parts)
            and lends(ctx, s)
        ):
            return s
    return None


def _before(ctx: DocContext, q: Quote, sp: Span, quotes: list[Quote]) -> Quote | None:
    """The statement that ends last before the mention, in its sentence or the
    :data:`SENTENCES_BEFORE` sentences before, in the same paragraph, when it names someone
    who speaks (after a statement with no such speaker, none: a speaker further back is a
    guess)."""
    ui = ctx.unit_of[sp[0]]
    last = quote_ending_before(ctx, quotes, sp[0], ui, SENTENCES_BEFORE, lambda s: _statement(s, q))
    return last if last is not None and lends(ctx, last) else None


def _colon_frame(ctx: DocContext, q: Quote, sp: Span) -> tuple[int, Span] | None:
    """A speech verb with its speaker right before a colon that opens the speech of the
    mention's sentence ("erklärte Beckenbauer: Wann und wie, das entscheide ich …"): where
    the speech starts and the verb's speaker."""
    u, doc = ctx.units[q.unit], ctx.doc
    colons = [k for k in range(u.start, sp[0]) if doc[k].text == ":" and ctx.inside[k] < 0]
    if not colons:
        return None
    k = colons[-1]
    for c in ctx.cues_by_unit[q.unit]:
        if c.verb is None or not (k - COLON_REACH <= c.after <= k):
            continue
        speaker = parse_speaker(ctx, c.verb)
        if speaker is None and c.after < k:
            speaker = (c.after, k)  # the parse may miss the name between verb and colon
        if speaker is not None and speaker[1] <= k and speakerish(ctx, speaker):
            return k + 1, speaker
    return None


def _speech(ctx: DocContext, q: Quote, said: Quote) -> Span:
    """The sentence of ``q``; after a statement of the same sentence, what follows it."""
    u = ctx.units[q.unit]
    start = u.start
    if said.unit == q.unit:
        # "…, stellt er fest: Wir sagen es klar: …": the speech after the statement
        start = max(said.end, *(b for _, b in said.cue), *(said.speaker[1:]))
        while start < u.end and ctx.doc[start].is_punct:
            start += 1
        start = min(start, q.speaker[0])
    return start, u.end


def _as_speech(q: Quote, part: Span, speaker: Span, chars: Span | None) -> None:
    """``q`` becomes ``part``, speech going on with ``speaker``."""
    q.kind = "continuation"
    q.parts = [part]
    q.speaker, q.speaker_chars = speaker, chars
    q.cue, q.cue_lemma = [], None
    q.rule, q.confidence = RULE, CONFIDENCE


#: the rule piece of a first-person sentence without a frame (:func:`first_person_sentences`)
SENTENCE_RULE = RULE + "+sentence"


def first_person_sentences(ctx: DocContext) -> None:
    """Sentences in the first person right after a statement go on with its speaker (see
    the module doc). A sentence stays as it is when it ends in a question mark, holds
    quotation marks or a quote of its own, names a person the statement's speaker mention
    does not, or has a lead-in of its own before a colon; a statement that is itself a
    continuation (its speaker a guess already) starts no such chain."""
    if ctx.table is None or not ctx.pos:
        return
    if _sentences(ctx):
        # a frame in the first person ("Ich hoffe, …") may find its statement now, and
        # the sentences after it go on with it
        first_person_speech(ctx)
        _sentences(ctx)
    _inside_runs(ctx)


def _sentences(ctx: DocContext) -> bool:
    """Add the sentences of :func:`first_person_sentences`; were there any?"""
    added = False
    last = last_statements(ctx)
    for ui in range(1, len(ctx.units)):
        said = last.get(ui - 1)
        if ui in last or said is None or not _goes_on(ctx, said, ui):
            continue
        last[ui] = sentence_of(ctx, ui, said, CONFIDENCE, SENTENCE_RULE)
        added = True
    return added


def last_statements(ctx: DocContext) -> dict[int, Quote]:
    """Unit -> the statement that ends last in it (nested quotes left out)."""
    last: dict[int, Quote] = {}
    for q in ctx.quotes:
        if not q.nested and (q.unit not in last or q.end > last[q.unit].end):
            last[q.unit] = q
    return last


def sentence_of(ctx: DocContext, ui: int, said: Quote, confidence: float, rule: str) -> Quote:
    """Add unit ``ui`` whole as a continuation of ``said`` (its speaker) and return it."""
    u = ctx.units[ui]
    q = Quote("continuation", [(u.start, u.end)], confidence, rule, ui)
    q.take_speaker(said)
    ctx.quotes.append(q)
    return q


def _inside_runs(ctx: DocContext) -> None:
    """A sentence in the first person between two continuations with one speaker, all in one
    paragraph ("…, sagte er. Die Kosten seien gedeckt. *Wir haben alles durchgerechnet.* Die
    Opposition blockiere …"): the speaker's own words inside the run go on with it."""
    last = last_statements(ctx)
    for ui in range(1, len(ctx.units) - 1):
        before, after = last.get(ui - 1), last.get(ui + 1)
        if ui in last or before is None or after is None or before.speaker is None:
            continue
        if before.kind != "continuation" or after.kind != "continuation":
            continue
        if after.speaker != before.speaker or after.unit != ui + 1:
            continue
        if not lends(ctx, before):
            continue  # "jemand", "man", "wir": a run with no one named who speaks
        if ctx.units[ui + 1].paragraph != ctx.units[ui].paragraph:
            continue
        if _in_paragraph(ctx, before, ui) and voiced(ctx, before, ui):
            last[ui] = sentence_of(ctx, ui, before, CONFIDENCE, SENTENCE_RULE)


def _in_paragraph(ctx: DocContext, said: Quote, ui: int) -> bool:
    """Is unit ``ui`` in the paragraph of the statement ``said``, no dateline?"""
    u = ctx.units[ui]
    return u.paragraph == ctx.units[said.unit].paragraph and not u.dateline


def _goes_on(ctx: DocContext, said: Quote, ui: int) -> bool:
    """Does unit ``ui`` go on in the first person from the statement ``said`` that ends in
    the unit before it, in the same paragraph?"""
    if not _in_paragraph(ctx, said, ui):
        return False
    if said.rule not in (RULE, SENTENCE_RULE) and not (
        said.kind != "continuation"  # a continuation's speaker is a guess already
        and _statement(said, None)
        and said.speaker is not None
        and lends(ctx, said)
    ):
        if not _voiced_continuation(ctx, said):
            return False
    return voiced(ctx, said, ui)


def _voiced_continuation(ctx: DocContext, said: Quote) -> bool:
    """Is ``said`` a Konjunktiv continuation of a framed statement (no orphan) that speaks
    in the first person itself ("…, sagte X. Es wäre gut, wenn *wir* … hätten. Wir müssen
    …": the speaker's own words go on; round 36, hc 1079 A276)?"""
    return (
        said.kind == "continuation"
        and said.rule.startswith(KONJUNKTIV_RULE)
        and "orphan" not in said.rule
        and OWN_SUBJECT not in said.rule  # "Natürlich war der Gegner stark, …": a guess
        and said.speaker is not None
        and said.confidence >= MIN_STATEMENT_CONFIDENCE
        and any(first_person_word(ctx, m) for a, b in said.parts for m in range(a, b))
    )


def voiced(ctx: DocContext, said: Quote, ui: int) -> bool:
    """Is unit ``ui`` the speech of ``said``'s speaker in the first person: no question, no
    quotation marks, no lead-in or frame of its own, no other person named?"""
    u = ctx.units[ui]
    e = u.content_end(ctx.doc)
    if e < u.end and ctx.table.texts[e] == "?":
        return False
    if any(ctx.inside[m] >= 0 for m in range(u.start, u.end)):
        return False
    if _lead_in(ctx, u.start, e) or _someone_else(ctx, said, u.start, e):
        return False
    if _framed_after(ctx, u.start, e):
        return False
    return any(first_person_word(ctx, m) for m in range(u.start, e))


def first_person_word(ctx: DocContext, m: int) -> bool:
    """Is token ``m`` a first-person pronoun ("ich", "uns", "mir": lemma "ich" or "wir";
    the tagger's person feature alone is not reliable; a sentence's first word may keep its
    wrong lemma: "Uns fehlt das Geld", so the form counts as well)?"""
    if ctx.table.pos[m] != PRON:
        return False
    t = ctx.table
    return t.lemma[m] in word_ids(ctx.w.first_person_speakers) or t.lower[m] in word_ids(
        ctx.w.first_person_forms
    )


def _lead_in(ctx: DocContext, a: int, b: int) -> bool:
    """Does a clause end at a colon before the first first-person word of ``a``..``b``
    ("Danach zeigte sich X selbstkritisch: Ich habe …"): speech with a lead-in of its own
    (:mod:`.colon_speech`), not the speech of the statement before?"""
    for m in range(a, b):
        if first_person_word(ctx, m):
            return False
        if ctx.table.texts[m] == ":" and any(ctx.table.pos[v] in (VERB, AUX) for v in range(a, m)):
            return True
    return False


def _someone_else(ctx: DocContext, said: Quote, a: int, b: int) -> bool:
    """Does ``a``..``b`` name a person the statement's speaker mention does not ("…,
    spielte Präsident X den Ball zurück", "Auch Komiker X nimmt sich der Causa an")?"""
    own = {ctx.table.texts[m] for m in range(*said.speaker)} if said.speaker else set()
    doc = ctx.doc
    return any(
        doc[m].ent_type_ in PERSON_LABELS and ctx.table.texts[m] not in own for m in range(a, b)
    )


def _framed_after(ctx: DocContext, a: int, b: int) -> bool:
    """Does a frame of the writer follow the speech in ``a``..``b`` (a comma and a finite
    verb: "…, darum kochen wir für euch, steht darauf.", "Wir müssen …, wollte er das Wort
    nicht in den Mund nehmen.") -- not after a subordinate clause that opens the sentence
    ("Wenn ich …, fühle ich mich geehrt")?"""
    pos = ctx.table.pos
    if pos[a] == SCONJ or ctx.table.lower[a] in word_ids(ctx.w.subordinators):
        return False
    finite = [m for m in range(a, b) if pos[m] in (VERB, AUX) and is_finite(ctx, m)]
    # the last finite verb of the sentence right after a comma: the writer's clause
    return len(finite) > 1 and ctx.table.texts[finite[-1] - 1] == ","


def is_finite(ctx: DocContext, m: int) -> bool:
    """Is token ``m`` a finite form?"""
    return labels.morph_has(ctx.doc[m], labels.FINITE_FEATURE)


#: how many first-person sentences before a statement framed after its speech join it
SENTENCES_LEADING = 3


def first_person_leads(ctx: DocContext) -> None:
    """Sentences in the first person right before speech framed after it, in the same
    paragraph, are the start of that speech ("Wir haben unser Ziel nicht erreicht. Ich
    übernehme die Verantwortung, sagte der Trainer."): archives without quotation marks
    leave the frame after the last sentence only. The statement's span grows back over at
    most :data:`SENTENCES_LEADING` such sentences; a sentence stays out when it holds a
    quote, a cue, quotation marks or a question, has a lead-in or a frame of its own, or
    names a person the statement's speaker mention does not or the speaker itself."""
    if ctx.table is None or not ctx.pos:
        return
    taken = {q.unit for q in ctx.quotes}
    for q in ctx.quotes:
        if not framed_speech(ctx, q):
            continue
        start = q.start
        for ui in range(q.unit - 1, max(-1, q.unit - 1 - SENTENCES_LEADING), -1):
            if ui in taken or not _leads(ctx, q, ui):
                break
            start = ctx.units[ui].start
        if start < q.start:
            _a, b = q.parts[0]
            q.parts[0] = (start, b)
            taken.update(range(ctx.unit_of[start], q.unit))


def framed_speech(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` a statement outside quotation marks that opens its sentence and whose
    frame (speaker mention and cue) follows it ("…, sagt Kurz.")?"""
    if q.nested or q.kind == "continuation" or q.speaker is None or not _statement(q, None):
        return False
    u = ctx.units[q.unit]
    if u.dateline or q.start != _opening(ctx, u.start, u.end) or ctx.inside[q.start] >= 0:
        return False
    return (
        q.speaker[0] >= q.end
        and all(a >= q.end for a, _ in q.cue)
        and not first_person_mention(ctx, q.speaker)
    )


def _opening(ctx: DocContext, a: int, b: int) -> int:
    """The first token of ``a``..``b`` that is no punctuation (a dash, a quotation mark)
    or whitespace."""
    while a < b and (ctx.doc[a].is_punct or ctx.doc[a].is_space):
        a += 1
    return a


def _leads(ctx: DocContext, q: Quote, ui: int) -> bool:
    """Is unit ``ui`` speech in the first person that leads into ``q`` (see
    :func:`first_person_leads`)?"""
    if not may_go_on(ctx, q, ui):
        return False
    u = ctx.units[ui]
    return any(first_person_word(ctx, m) for m in range(u.start, u.content_end(ctx.doc)))


def may_go_on(ctx: DocContext, q: Quote, ui: int) -> bool:
    """May unit ``ui`` be more of the speech of ``q`` at all: same paragraph, no dateline,
    no question, no marks, no cue, no lead-in or frame of its own, nobody else named and
    not the speaker by name?"""
    u = ctx.units[ui]
    if u.paragraph != ctx.units[q.unit].paragraph or u.dateline:
        return False
    e = u.content_end(ctx.doc)
    if e <= u.start or (e < u.end and ctx.table.texts[e] == "?"):
        return False
    if ctx.cues_by_unit[ui] or any(ctx.inside[m] >= 0 for m in range(u.start, u.end)):
        return False
    if _lead_in(ctx, u.start, e) or _someone_else(ctx, q, u.start, e):
        return False
    return not (_framed_after(ctx, u.start, e) or _names_speaker(ctx, q, u.start, e))


def _names_speaker(ctx: DocContext, q: Quote, a: int, b: int) -> bool:
    """Does ``a``..``b`` name the speaker of ``q`` by a word of its mention ("Leitl etwa
    sieht …, der … für uns war, …": the writer tells of the speaker, who does not speak)?"""
    own = {ctx.table.texts[m] for m in range(*q.speaker) if ctx.table.pos[m] in (PROPN, NOUN)}
    return any(ctx.table.texts[m] in own for m in range(a, b))
