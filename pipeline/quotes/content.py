"""Step 3 of the engine: what a frame says -- the complement after a cue ("sagte, dass …",
"erklärte, die Lage sei …", ": „…“"), the sentence an anaphor points to ("Das bestätigte
der Sprecher"), and the direct quotes a frame's content is made of.

>>> complement(ctx, k=3, unit=ctx.units[0], verb_pos={2})  # "sagte, dass …" -> ("that", 4)  # doctest: +SKIP
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import labels
from .context import VERB_POS, Cue, DocContext, Quote, Span
from .nested_sources import inner_source
from .spaces import past_spaces
from .speech_moods import idiomatic, words_name_no_one
from .units import Unit
from .words import word_ids

#: the colon after a frame and the mark of a question
COLON = ":"
QUESTION_MARK = "?"


def complement(ctx: DocContext, k: int, unit: Unit, verb_pos: set[int]) -> tuple[str, int] | None:
    """Where the complement of a frame ending before ``k`` starts (:func:`_complement`); a
    "dass" or infinitive clause after a second verb the parse joins to the cue's is that
    verb's ("bestätigte den Termin und freute sich, dass …", "unter Stress gestanden und
    den Druck gespürt zu haben, …"): no complement of the cue."""
    found = _complement(ctx, k, unit, verb_pos)
    if found is None or found[0] not in JOINED_VERB_CLAUSES:
        return found
    return None if _joined_verb_before(ctx, k, found[1], verb_pos) else found


#: the complements a verb joined to the cue by "und" takes for its own (a clause in the
#: reported-speech mood is speech all the same: "äußerte Vorbehalte und wagte die Prognose,
#: X würden …")
JOINED_VERB_CLAUSES = ("that", "infinitive")


def _joined_verb_before(ctx: DocContext, k: int, n: int, verb_pos: set[int]) -> bool:
    """A coordinator ("und") between ``k`` and the complement at ``n``, before any comma,
    and after it a verb the parse joins to a cue verb (:func:`_joined_verb`)."""
    texts, lower = ctx.table.texts, ctx.table.lower
    joins = word_ids(ctx.w.clause_coordinators)
    m = k
    while m < n and texts[m] != "," and not (lower[m] in joins and ctx.inside[m] < 0):
        m += 1
    if m >= n or texts[m] == ",":
        return False
    pos = ctx.table.pos
    return any(pos[j] in VERB_POS and _joined_verb(ctx, j, verb_pos) for j in range(m + 1, n))


def _complement(ctx: DocContext, k: int, unit: Unit, verb_pos: set[int]) -> tuple[str, int] | None:
    """Where the complement of a frame ending before ``k`` starts, as ``(type, token)``:
    ``direct`` (quotation marks), ``colon``, ``that`` ("dass", also "ob"), ``question``
    (a w-question), ``mood`` (a clause in the reported-speech mood: Konjunktiv),
    ``infinitive`` ("zu helfen"); None when there is none. The type is part of the
    ``rule`` column (``verb:sagen+that``)."""
    inside, texts, lower = ctx.inside, ctx.table.texts, ctx.table.lower
    end = unit.content_end(ctx.doc)
    that = word_ids(ctx.w.that_words)
    j = k
    limit = min(end, k + 30)
    first_comma = -1  # the first comma after the frame: where a long complement begins
    own_clause = False  # a main clause of the writer's after a comma (:func:`_own_main_clause`)
    while j < limit:
        text = texts[j]
        if inside[j] >= 0:
            if j == k or (j > unit.start and texts[j - 1] in (":", ",")):
                return ("direct", j)
            while j < end and inside[j] >= 0:
                j += 1
            continue
        if text == ":":
            return ("colon", j + 1) if j + 1 < end else None
        if text in DASHES and _label_after_dash(ctx, j, end):
            return None  # "X beantragt … – Merkel: …": the colon is the label's
        if lower[j] in that and (j == k or texts[j - 1] == "," or _recipient_between(ctx, k, j)):
            return None if own_clause or _knower_between(ctx, k, j) else ("that", j)
        if text == ",":
            if j + 1 >= end:
                return None
            if first_comma < 0 and (j == k or _frame_words(ctx, k, j, verb_pos)):
                first_comma = j  # "empfiehlt die Polizei, …": the speaker ends the frame
            found = _after_comma(ctx, j, k, end, first_comma, verb_pos)
            if found is not None and found[0] == "that":
                return None if own_clause or _knower_between(ctx, k, j) else found
            if found is not None:
                return found
            # "verspricht viel, wir forschen nach, ob …": a later "ob" is that clause's
            own_clause = own_clause or _own_main_clause(ctx, j + 1, end)
        if j > k and j in verb_pos:
            return None
        j += 1
    return _bare_infinitive(ctx, k, end)


def _joined_verb(ctx: DocContext, j: int, verb_pos: set[int]) -> bool:
    """The verb at ``j``, outside quotation marks, is no cue and the parse joins it to a cue
    verb by a coordinator (UD conj; TIGER cd > cj): "bestätigte den Termin und freute
    sich, dass …", where the clause after the comma is the second verb's."""
    if not ctx.parsed or j in verb_pos or ctx.inside[j] >= 0:
        return False
    t = ctx.doc[j]
    if not labels.has_role(t, "conjunct"):
        return False
    head = t.head.head if labels.has_role(t.head, "coordinator") else t.head
    return head.i < j and any(x.i in verb_pos for x in (head, *labels.verb_chain(head)))


def _knower_between(ctx: DocContext, k: int, j: int) -> bool:
    """Is there a verb of knowing, learning or perceiving (``knowing_verbs``: its lemma or
    its form) outside quotation marks between the frame's end ``k`` and the "dass"/"ob" at
    ``j``? Then the clause is that nearer verb's ("Das sagte sie, bevor sie *erfuhr*, dass
    …"), not the frame's content."""
    doc, pos, knowing = ctx.doc, ctx.table.pos, ctx.w.knowing_verbs
    return any(
        ctx.inside[m] < 0
        and pos[m] in VERB_POS
        and (doc[m].lemma_ in knowing or doc[m].lower_ in knowing or _turning_out(ctx, m))
        for m in range(k, j)
    )


def _turning_out(ctx: DocContext, m: int) -> bool:
    """Token ``m`` is an unsplit form of a verb of ``turning_out_lemmas`` ("…, hatte sich
    herausgestellt, dass …": what turned out, not the earlier frame's content)."""
    turning = ctx.w.turning_out_lemmas
    entries = ctx.kit.verb_forms.get(ctx.doc[m].lower_, ())
    return any(verb["lemma"] in turning and not split for verb, split in entries)


def _own_main_clause(ctx: DocContext, n: int, end: int) -> bool:
    """The comma before ``n`` opens a main clause of the writer's that is no complement: a
    personal pronoun subject and a finite verb right after it, no quotation ("Google
    verspricht viel, wir forschen nach, ob …"), or after a coordinator a noun phrase subject
    and its finite verb ("bezeichnete es als seltsam, und die Kommission klärt ab, ob …"):
    a later "dass" or "ob" is that verb's."""
    doc = ctx.doc
    if n + 1 >= end or ctx.inside[n] >= 0 or ctx.inside[n + 1] >= 0:
        return False
    first = doc[n]
    if first.pos_ == "CCONJ":
        m = _noun_phrase_end(ctx, n + 1, end)
        # right after its subject a verb is the finite one ("und die Kommission *prüft*":
        # the tagger may read a participle)
        if m is not None and _indicative_verb(ctx, m, end, second=True):
            return True
    return (
        first.pos_ == "PRON"
        and not labels.is_relative_pronoun(first)
        and first.lower_ not in ctx.w.that_words
        and _indicative_verb(ctx, n + 1, end)
    )


def _noun_phrase_end(ctx: DocContext, n: int, end: int) -> int | None:
    """The token after a determiner, its adjectives and a noun at ``n`` ("die
    EU-Kommission"), outside quotation marks; None when ``n`` opens no such phrase."""
    doc = ctx.doc
    if n >= end or doc[n].pos_ != "DET":
        return None
    m = n + 1
    while m < end and doc[m].pos_ == "ADJ":
        m += 1
    if m >= end or doc[m].pos_ not in ("NOUN", "PROPN") or ctx.inside[m] >= 0:
        return None
    return m + 1


def _indicative_verb(ctx: DocContext, m: int, end: int, second: bool = False) -> bool:
    """A finite verb outside quotation marks and not in the Konjunktiv at ``m`` (any verb
    when ``second``: the verb-second place of a main clause holds the finite one)."""
    if m >= end or ctx.inside[m] >= 0:
        return False
    verb = ctx.doc[m]
    return (
        verb.pos_ in ("VERB", "AUX")
        and (second or labels.morph_has(verb, labels.FINITE_FEATURE))
        and not ctx.konj(verb)
    )


#: dashes that set a new piece of a title apart ("… – Merkel: …")
DASHES = ("–", "—")
#: at most this many words of a label between a dash and its colon
LABEL_WORDS = 3


def _label_after_dash(ctx: DocContext, j: int, end: int) -> bool:
    """A dash at ``j`` followed by a short label and a colon ("Griechenland beantragt
    neues Hilfspaket – Merkel: Über Antrag kann …"): a new piece of a title speaks; the
    colon is not the complement of a verb before the dash. Capitalised words only."""
    texts = ctx.table.texts
    a = j + 1
    while a < end and texts[a].isspace():
        a += 1  # "ESM –  Merkel:": a doubled space is a token of its own
    k = a
    while k < end and k - a < LABEL_WORDS and texts[k][:1].isupper() and ctx.inside[k] < 0:
        k += 1
    return a < k < end and texts[k] == ":"


def reportative_moods(ctx: DocContext, text: str) -> None:
    """Hearsay "sollen" with a perfect infinitive ("Der Täter soll geflohen sein", "Dabei
    sollen 30 Menschen verletzt worden sein") is the reported-speech mood: the modal gets
    the mood of a Konjunktiv I in ``ctx.moods`` (continuations and frames read it).
    ``text`` is ``doc.text`` (the modals are found in it, not token by token)."""
    pattern = _modal_pattern(ctx.w)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        span = ctx.doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        i = span.start
        if (
            ctx.inside[i] < 0
            and not ctx.moods[i]
            and _perfect_infinitive_after(ctx, i, ctx.units[ctx.unit_of[i]].end)
        ):
            ctx.moods[i] = 2


@lru_cache(maxsize=8)
def _modal_pattern(w) -> re.Pattern[str] | None:
    """The reportative modals of a word list, lower-case and capitalised, as one regular
    expression (cached; no ``\\b``: a match must also be a whole token, which is faster)."""
    if not w.reportative_modals:
        return None
    forms = {f for m in w.reportative_modals for f in (m, m.capitalize())}
    return re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))


def _perfect_infinitive_after(ctx: DocContext, i: int, end: int) -> bool:
    """A participle + "haben"/"sein" closes the clause of the modal at ``i``."""
    doc, w = ctx.doc, ctx.w
    for k in range(i + 2, end):
        t = doc[k]
        if t.text in (",", ";", ":") or ctx.inside[k] >= 0:
            return False
        if t.lower_ in w.perfect_auxiliaries and (k + 1 >= end or doc[k + 1].is_punct):
            part = doc[k - 1]
            return "Part" in labels.morph_values(part, "VerbForm") or (
                not ctx.pos and ctx.g.is_participle_form(part.lower_)
            )
    return False


def coordinated_end(ctx: DocContext, a: int, b: int) -> int:
    """The end of content ``a``..``b`` before a coordinated main clause of the frame: a
    comma or coordinator followed by a finite verb in the indicative ("…, er sei
    unschuldig, erkannte das Gericht nicht an", "… aufgeben und bemühte hier …"); ``b``
    when there is none. Needs morphology (``Mood``)."""
    doc, inside, texts = ctx.doc, ctx.inside, ctx.table.texts
    lower, coordinators = ctx.table.lower, word_ids(ctx.w.coordinators)
    for k in range(a + 2, b - 1):
        if inside[k] >= 0 or not (texts[k] == "," or lower[k] in coordinators):
            continue
        v = doc[k + 1]
        if texts[k] == "," and lower[k + 1] in coordinators and k + 2 < b:
            v = doc[k + 2]
        if _indicative(ctx, v) and not _adjective_run(ctx, k, v):
            return k
        if lower[k] in coordinators and _subject_then_indicative(ctx, k + 1, b):
            return k - 1 if texts[k - 1] == "," else k
    return b


#: the parts of speech of the noun an attributive adjective goes with
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def _adjective_run(ctx: DocContext, k: int, v) -> bool:
    """The comma at ``k`` joins two attributive adjectives of one noun ("es habe einen
    systematischen, ausgefeilten Plan gegeben"): before it an adjective, after it ``v`` (a
    participle the tagger calls a finite verb) with the same ending (``adjective_endings``),
    then the noun."""
    doc = ctx.doc
    before, nxt = doc[k - 1], doc[v.i + 1] if v.i + 1 < len(doc) else None
    if ctx.table.texts[k] != "," or before.pos_ != "ADJ" or nxt is None:
        return False
    if nxt.pos_ not in NOUN_TAGS or not v.text[:1].islower():
        return False
    endings = sorted(ctx.w.adjective_endings, key=len, reverse=True)  # "-en" before "-e"
    ending = next((e for e in endings if before.lower_.endswith(e)), None)
    return ending is not None and v.lower_.endswith(ending)


def _indicative(ctx: DocContext, v) -> bool:
    """A finite verb in the indicative outside quotation marks."""
    return (
        v.pos_ in ("VERB", "AUX")
        and "Ind" in labels.morph_values(v, "Mood")
        and not ctx.konj(v)
        and ctx.inside[v.i] < 0
    )


def _subject_then_indicative(ctx: DocContext, a: int, b: int) -> bool:
    """ "… und *die Fraktion der Grünen forderte* ein Verbot": a main clause of its own
    after a coordinator -- a few words, then an indicative verb whose subject they hold."""
    doc, texts = ctx.doc, ctx.table.texts
    if ctx.table.lower[a] in word_ids(ctx.w.content_openers):
        return False  # "… und dass es kein Verbot gibt": more of the content
    for m in range(a + 1, min(b, a + 8)):
        if texts[m] in (",", ";", ":") or ctx.inside[m] >= 0:
            return False
        v = doc[m]
        if v.pos_ in ("VERB", "AUX"):
            subj = labels.clause_subject(v)
            return _indicative(ctx, v) and subj is not None and a <= subj.i < m
    return False


#: the token texts ``text in ",;:"`` holds (every substring of ",;:"): a clause break
_SEPARATORS = frozenset({"", ",", ";", ":", ",;", ";:", ",;:"})


def _bare_infinitive(ctx: DocContext, k: int, end: int) -> tuple[str, int] | None:
    """ "hat angekündigt die Preise zu erhöhen": an infinitive clause without a comma that
    closes the sentence right after the frame."""
    doc, inside, texts = ctx.doc, ctx.inside, ctx.table.texts
    if end - k < 3 or max(inside[k:end]) >= 0 or not _SEPARATORS.isdisjoint(texts[k:end]):
        return None
    verb = doc[end - 1]
    if not verb.text[:1].islower() or (ctx.pos and verb.pos_ not in ("VERB", "AUX")):
        return None
    if ctx.g.infinitive_clause(doc, end - 2, end) or ctx.g.infinitive_clause(doc, end - 1, end):
        return ("infinitive", k)
    return None


def _recipient_between(ctx: DocContext, k: int, j: int) -> bool:
    """A short prepositional phrase or adverbial between the frame and its complementiser,
    with no comma and no verb ("a déclaré à l'AFP que …", "a indiqué jeudi que …")."""
    doc, w = ctx.doc, ctx.w
    return (
        (doc[k].lower_ in w.prepositions or doc[k].lower_ in w.adverbial_starts)
        and j - k <= 5
        and not any(doc[m].pos_ in ("VERB", "AUX") or doc[m].is_punct for m in range(k, j))
    )


def _frame_words(ctx: DocContext, k: int, j: int, verb_pos: set[int]) -> bool:
    """The words ``k``..``j`` after a frame's verb up to its first comma hold no verb and no
    quotation: the frame's own (its speaker, an adverbial), so the complement starts at
    that comma."""
    pos = ctx.table.pos
    return all(
        m not in verb_pos and ctx.inside[m] < 0 and pos[m] not in VERB_POS for m in range(k, j)
    )


def _after_comma(
    ctx: DocContext, j: int, k: int, end: int, first_comma: int, verb_pos: set[int]
) -> tuple[str, int] | None:
    """The complement opened by the comma at ``j``, or None."""
    doc, w = ctx.doc, ctx.w
    n = past_spaces(doc, j + 1, end)  # "auf,  die Aktion zu  verbieten": archive line breaks
    if n >= end:
        return None
    nt = doc[n]
    if nt.lower_ in w.content_openers:
        return ("that", n)
    seg_end, texts = n, ctx.table.texts
    while seg_end < end and texts[seg_end] not in (",", ";", ":"):
        seg_end += 1
    if (
        nt.lower_ in w.question_words
        and j <= k + 3
        and not (nt.lower_ in w.as_words and any(m in verb_pos for m in range(n, seg_end)))
    ):
        return ("question", n)
    start = first_comma + 1 if first_comma >= 0 else n
    if _quoted_predicate(ctx, n, end):
        return ("mood", start)
    right_after = j == k and bool(
        labels.morph_values(doc[j - 1], "Mood")
    )  # a finite verb has a mood
    if _reported_clause(ctx, n, end, seg_end, right_after):
        return ("mood", start)
    if (
        not _purpose(ctx, nt)
        and nt.lower_ not in w.adverbial_subordinators
        and doc[j - 1].lower_ not in w.infinitive_nouns  # "der Möglichkeit, … zu …"
        and (ctx.g.infinitive_clause(doc, n, seg_end) or _spaced_infinitive(ctx, n, seg_end))
        and (
            seg_end >= end - 1
            or _clause_follows(ctx, seg_end, end)
            or _main_clause_follows(ctx, k, seg_end, end, verb_pos)
        )
    ):
        # not "…, um die Preise zu senken" (a purpose) or "…, nachdem … zu sehen war"
        # "zusagte, über den „Freedom Tower“, das größte Gebäude, nicht zu
        # bestimmen": the infinitive clause starts at the comma after the frame;
        # "angekündigt, eine Kommission zu gründen, die …": a relative or adverbial clause
        # may follow it
        return ("infinitive", start)
    return None


def _spaced_infinitive(ctx: DocContext, a: int, b: int) -> bool:
    """ "zu  verbieten": an infinitive marker and its infinitive with a whitespace token
    between them (an archive's line break) in ``a``..``b``."""
    doc, markers = ctx.doc, word_ids(ctx.w.infinitive_markers)
    for m in range(a, b - 2):
        if ctx.table.lower[m] in markers and doc[m + 1].is_space:
            v = past_spaces(doc, m + 1, b)
            if v < b and doc[v].lower_.endswith(tuple(ctx.w.infinitive_endings)):
                return True
    return False


#: at most this many words before a quotation that goes on with their clause
MAX_QUOTED_SUBJECT = 4


def _quoted_predicate(ctx: DocContext, n: int, end: int) -> bool:
    """ "sagte X, der Papst „ist und bleibt …“", "sagte sie, ihre „Gedanken sind …“": a short
    noun phrase after the comma (an article, a possessive or a name first, no verb) whose
    clause goes on inside a quotation that holds the finite verb and closes the sentence:
    the reported clause, begun in the reporter's words."""
    inside, doc = ctx.inside, ctx.doc
    q = n
    while q < end and inside[q] < 0 and q - n <= MAX_QUOTED_SUBJECT:
        q += 1
    if q == n or q >= end or inside[q] < 0:
        return False
    d = ctx.directs[inside[q]]
    if d.start != q or d.end < end or not doc[d.start].is_punct:
        return False
    first = doc[n]
    if not (first.lower_ in ctx.w.determiners or (ctx.pos and first.pos_ == "PROPN")):
        return False
    if any(doc[m].is_punct or labels.morph_values(doc[m], "Mood") for m in range(n, q)):
        return False
    return any(labels.morph_values(doc[m], "Mood") for m in range(q, d.end))


#: the verb forms (Universal Dependencies) of an infinitive and a participle
INFINITIVE, PARTICIPLE = "Inf", "Part"


def _told_after_colon(ctx: DocContext, cue: Cue, end: int) -> bool:
    """A colon right after the cue and no question mark after it up to ``end`` (the mark
    itself included): what follows is told, not asked."""
    texts, a = ctx.table.texts, cue.after
    if a >= len(texts) or texts[a] != COLON:
        return False
    return all(texts[m] != QUESTION_MARK for m in range(a, min(end + 1, len(texts))))


def writer_statement(ctx: DocContext, cue: Cue, c: int, end: int) -> bool:
    """A speech verb under a modal with no one as its subject but "man" or "es" ("Alles in
    allem kann man sagen, dass …", "Als Ergebnis darf festgehalten werden, dass …", "Hier
    wird man sagen dürfen, dass …"; an adverb the parse makes the subject names no one:
    "Grundsätzlich muss gesagt werden"), a participle in the jussive ("Es sei darauf
    hingewiesen, dass …", :func:`_jussive`), or after "ist zu" ("Auch Positives ist zu berichten:
    …"), or a verb that frames only questions (``question_only_lemmas``) before a colon
    and no question ("hat schon angefragt: Der Stürmer ist gefragt"): the writer's own
    statement, no quote (``c``: where the cue's clause starts, ``end``: where its unit's
    content ends)."""
    doc, w, v = ctx.doc, ctx.w, cue.verb
    if v is None or not ctx.pos:
        return False
    if cue.lemma in w.question_only_lemmas and _told_after_colon(ctx, cue, end):
        return True  # "Barcelona hat schon angefragt: Der Stürmer ist gefragt."
    forms = labels.morph_values(v, "VerbForm")
    before = {doc[m].lower_ for m in range(c, cue.start) if ctx.inside[m] < 0}
    if _opening_purpose(ctx, cue):
        return True  # "Und um dies noch erwähnt zu haben: …": the writer's aside
    if INFINITIVE in forms and cue.start > c and doc[cue.start - 1].lower_ in w.infinitive_markers:
        return _modal_copula(ctx, cue, before)  # "Bliebe zu hoffen", "Zu hoffen ist"
    if _infixed_infinitive(v.lower_, cue.lemma, w.infinitive_markers):
        return _modal_copula(ctx, cue, before)  # "Es ist anzunehmen, dass …"
    after = {doc[m].lower_ for m in range(cue.start + 1, min(cue.start + 3, end))}
    if INFINITIVE not in forms and _jussive(ctx, cue, c, before):
        # "Es sei darauf hingewiesen, dass …": the writer's note (a tagger may call the
        # participle an adjective, "betont", or a finite verb, "erwähnt")
        return True
    if before.isdisjoint(w.writer_modals) and after.isdisjoint(w.writer_modals):
        return False  # the modal before the verb or right after it ("wird man sagen dürfen")
    if INFINITIVE not in forms and (
        PARTICIPLE not in forms or after.isdisjoint(w.passive_auxiliaries)
    ):
        return False  # a participle only in the passive: "darf festgehalten werden"
    stop = min(cue.end + 3, end)
    subjects = [
        doc[m]
        for m in range(c, stop)
        if labels.has_role(doc[m], "subject") and doc[m].pos_ not in NO_SUBJECT_POS
    ]  # "Grundsätzlich muss gesagt werden": an adverb the parse made the subject
    return not subjects or any(t.lower_ in w.impersonal_subjects for t in subjects)


#: parts of speech that name no one when the parse makes them a subject
NO_SUBJECT_POS = frozenset({"ADJ", "ADV"})


def _modal_copula(ctx: DocContext, cue: Cue, before: set[str]) -> bool:
    """A "zu" infinitive cue with a form of "sein" or "bleiben" (``modal_copulas``, not the
    Konjunktiv I of a report) before it in its clause or right after it ("Es ist
    anzunehmen, dass …", "Bliebe zu hoffen, dass …", "Zu hoffen ist, dass …"): what is to
    be hoped or said, the writer's own remark."""
    copulas = ctx.w.modal_copulas
    nxt = ctx.doc[cue.end].lower_ if cue.end < len(ctx.doc) else ""
    return not before.isdisjoint(copulas) or nxt in copulas


#: words between a cue and the colon that closes an opening purpose clause ("erwähnt zu
#: haben:")
PURPOSE_TAIL = 3


def _opening_purpose(ctx: DocContext, cue: Cue) -> bool:
    """A cue in a purpose clause that opens its sentence ("um", ``purpose_markers``, maybe
    after "und"), points at the text with "dies", "das" or "es" and ends at a colon right
    after the cue's verbs ("Und um dies noch erwähnt zu haben: …", "Um es kurz zu sagen:
    …"): no main clause names anyone, the writer makes an aside (not "Er rief sie zusammen,
    um ihnen mitzuteilen: …", nor "Um wenig später zu ihrem Mann zu sagen: …")."""
    if not ctx.unit_of or cue.start >= len(ctx.unit_of):
        return False
    doc, w = ctx.doc, ctx.w
    k = ctx.units[ctx.unit_of[cue.start]].start
    while k < cue.start and (doc[k].is_space or doc[k].lower_ in w.clause_coordinators):
        k += 1
    if doc[k].lower_ not in w.purpose_markers:
        return False
    between = [doc[m] for m in range(k + 1, cue.start)]
    if any(t.text in (",", ";", ":") for t in between):
        return False
    pointing = w.anaphors | w.impersonal_pronouns
    if not any(t.lower_ in pointing for t in between):
        return False  # "Um wenig später zu ihrem Mann zu sagen: …": she goes on speaking
    for m in range(cue.end, min(cue.end + PURPOSE_TAIL + 1, len(doc))):
        t = doc[m]
        if t.text == COLON:
            return True
        if not (t.lower_ in w.infinitive_markers or t.pos_ in ("VERB", "AUX")):
            return False
    return False


def _jussive(ctx: DocContext, cue: Cue, c: int, before: set[str]) -> bool:
    """A participle cue in a clause that opens with an expletive and has a jussive form
    (``jussive_forms``) before it, and a clause mark right after it ("Es sei darauf
    hingewiesen, dass …", "Es sei betont: …"): the writer's note, no one speaks."""
    texts = ctx.table.texts
    if before.isdisjoint(ctx.w.jussive_forms) or cue.end >= len(texts):
        return False
    if texts[cue.end] not in (",", ":"):
        return False
    return ctx.doc[c].lower_ in ctx.w.impersonal_pronouns or _fronted_jussive(ctx, cue, c)


def _fronted_jussive(ctx: DocContext, cue: Cue, c: int) -> bool:
    """The jussive form right before the participle and only a phrase of manner before it
    that names no one (:func:`~.speech_moods.words_name_no_one`: "Der Vollständigkeit halber sei
    erwähnt, dass …", "Nur nebenbei sei bemerkt: …"; not "Er sei gewarnt, …")."""
    if cue.start - 1 <= c or ctx.doc[cue.start - 1].lower_ not in ctx.w.jussive_forms:
        return False
    return words_name_no_one(ctx, c, cue.start - 1)


def _infixed_infinitive(form: str, lemma: str | None, markers) -> bool:
    """``form`` is the particle verb ``lemma`` with an infinitive marker inside it
    ("anzunehmen" of "annehmen"), whatever the tagger calls it."""
    if not lemma or " " in lemma:
        return False
    return any(form == lemma[:i] + m + lemma[i:] for m in markers for i in range(2, len(lemma) - 2))


def _purpose(ctx: DocContext, t) -> bool:
    """``t`` opens a purpose clause: "um" ("…, um … zu …"), or "ohne"/"statt" when the
    parse marks it as a subordinator or no noun phrase follows ("…, ohne auf … einzugehen";
    not "ohne Warnung zu schießen", a preposition of the content)."""
    low = t.lower_
    if low in ctx.w.purpose_markers:
        return True
    if low not in ctx.w.purpose_prepositions:
        return False
    if ctx.parsed and labels.has_role(t, "marker"):
        return True
    if t.i + 1 >= len(ctx.doc):
        return False
    nxt, ph, pos = ctx.doc[t.i + 1], ctx.ph, ctx.pos
    return not (ph.is_nounish(nxt, pos) or ph.is_det(nxt, pos) or ph.is_adjish(nxt, pos))


def _clause_follows(ctx: DocContext, k: int, end: int) -> bool:
    """A relative, adverbial or purpose clause opens at the comma ``k`` (not "dass": a
    second complement)."""
    doc, w = ctx.doc, ctx.w
    if k + 1 >= end or doc[k].text != ",":
        return False
    low = doc[k + 1].lower_
    return (
        low in w.relative_starts
        or low in adverbial_subordinators(w)
        or low in w.purpose_markers
        or low in w.purpose_prepositions
        or low in w.embedded_clause_openers  # "…, wobei …", "…, was …"
    )


def _main_clause_follows(ctx: DocContext, k: int, j: int, end: int, verb_pos: set[int]) -> bool:
    """The comma ``j`` closes a subordinate clause put before the main clause, the frame
    ending before ``k`` stands in it, and the main clause's finite verb comes right after the
    comma ("Während X ankündigte, den Plan prüfen zu lassen, *stellt* sich …"; not a speech
    verb: "…, dass Russland verlange, … zu lassen, sagte X")."""
    if j + 1 >= end or ctx.table.texts[j] != "," or j + 1 in verb_pos:
        return False
    texts, w = ctx.table.texts, ctx.w
    s = k - 1
    while s > 0 and texts[s - 1] not in (",", ";", ":", ".") and ctx.inside[s - 1] < 0:
        s -= 1
    low = ctx.doc[s].lower_
    opens = low in w.subordinators and low not in w.that_words | w.whether_words | w.as_words
    if not opens or ctx.doc[s + 1].lower_ in w.whether_words:
        return False  # "Als ob sie hoffte, … zu …": as if, a pretence
    return _indicative(ctx, ctx.doc[j + 1])


def adverbial_subordinators(w) -> frozenset[str]:
    """Subordinators of adverbial clauses: not "dass", "ob", "wie" (content)."""
    return w.adverbial_subordinators


def embedded_clause(ctx: DocContext, a: int, ms: int, me: int, end: int) -> Span | None:
    """The relative or adverbial clause a source cue ``ms``..``me`` stands in ("…, die nach
    dessen Angaben die Bombe enthalten sollte, …", "…, weil die Mission nach Angaben der UN
    überfordert ist"): from its opening word (after a comma, a preposition before a relative
    pronoun allowed: "unter denen") to the first comma after its finite verb, or ``end``;
    None when the cue stands in the main clause (``a``: where the unit's clause starts)."""
    doc, w = ctx.doc, ctx.w
    k, texts = ms, ctx.table.texts
    while k > a and texts[k - 1] != "," and ctx.inside[k - 1] < 0:
        k -= 1
    if k <= a or texts[k - 1] != ",":
        return None
    opener = doc[k + 1] if doc[k].lower_ in w.prepositions and k + 1 < ms else doc[k]
    low = opener.lower_
    if not (
        low in w.relative_starts
        or low in adverbial_subordinators(w)
        or low in w.embedded_clause_openers
    ):
        return None
    stop, finite = me, False
    while stop < end and not (doc[stop].text == "," and finite) and ctx.inside[stop] < 0:
        finite = finite or bool(
            labels.morph_values(doc[stop], "Mood")
        )  # the clause's verb comes last
        stop += 1
    return (k, stop)


def adverbial_end(ctx: DocContext, a: int, b: int) -> int:
    """``a``..``b`` up to an adverbial clause or a relative clause on the whole clause after
    a comma (", nachdem …", ", wobei …"), else ``b``."""
    texts, lower = ctx.table.texts, ctx.table.lower
    subs = word_ids(adverbial_subordinators(ctx.w) | ctx.w.clause_relatives)
    for k in range(a + 2, b - 1):
        if texts[k] == "," and ctx.inside[k] < 0 and lower[k + 1] in subs:
            return k
    return b


def _reported_clause(
    ctx: DocContext, n: int, end: int, seg_end: int, right_after: bool = False
) -> bool:
    """Does the clause ``n``..``seg_end`` after a comma read as reported speech: a verb in
    the reported mood that does not open a relative clause, or an article + noun subject
    before one ("erklärte, die Entdeckung werfe …")? ``right_after``: the comma follows
    the frame's finite verb itself, so "der"/"die"/"das" is an article, never a relative
    pronoun ("erklärte, die noch zu schaffende Verfassung werde …"; not after a verb at
    the end of its clause: "… zu bestätigen, die …")."""
    doc, w, ph, g = ctx.doc, ctx.w, ctx.ph, ctx.g
    nt = doc[n]
    # not the writer's fixed phrase ("…, sei dahingestellt": :func:`speech_moods.idiomatic`)
    moody = any(
        ctx.inside[m] < 0 and ctx.moods[m] and not idiomatic(ctx, m) for m in range(n, seg_end)
    )
    opens = nt.lower_ not in w.relative_starts or (
        right_after and nt.lower_ in w.nominative_articles
    )
    if (moody or g.mood_guess(doc, n, seg_end)) and opens:
        return True
    return (
        nt.lower_ in w.nominative_articles
        and n + 1 < end
        and (ph.is_nounish(doc[n + 1], False) or ph.is_adjish(doc[n + 1], False))
        and (
            ctx.any_mood(n, seg_end)
            # a tagger calling the verb ADV
            or g.mood_guess(doc, n, seg_end)
        )
    )


def clause_like(ctx: DocContext, a: int, b: int) -> bool:
    """Does ``a``..``b`` read as a clause (a verb, a Konjunktiv, a quotation) rather than
    a noun phrase with an apposition ("Der Vorsitzende, Edmund Stoiber, warf … vor")?"""
    doc, pos = ctx.doc, ctx.pos
    for m in range(a, b):
        t = doc[m]
        if ctx.inside[m] >= 0 or ctx.konj(t) or labels.is_auxiliary(t):
            return True
        if pos and t.pos_ in ("VERB", "AUX"):
            return True
        if not pos and ctx.g.verb_guess(t, pos) and not ctx.ph.is_adjish(t, pos):
            return True
    return False


#: at most this many sentences of a paragraph are what "Das gab X bekannt" reports (train:
#: the lead paragraphs of the gold give all sentences before the anaphor, up to three)
ANAPHOR_REACH = 3


def anaphoric(ctx: DocContext, ui: int, c: int, cue: Cue) -> Span | None:
    """ "X. Das/Dies bestätigte Y.": a unit opening with a demonstrative object right
    before its speech verb (or auxiliary) reports the sentence before it in the same
    paragraph, when that one has no quotation marks; "X, das teilte Y mit" / "X – das
    meint Y" the clause before it in the same unit."""
    doc, u = ctx.doc, ctx.units[ui]
    if doc[c].lower_ not in ctx.w.anaphors or (cue.verb is None and cue.pattern is None):
        return None
    nxt = c + 1
    if not (
        cue.start == nxt
        or (nxt < cue.start and labels.is_auxiliary(doc[nxt]))
        or (cue.start == nxt + 1 and doc[nxt].lower_ in ctx.w.anaphor_adverbs)
    ):
        return None
    if cue.verb is not None and ctx.g.is_passive(cue.verb):
        return None
    if c > u.start:
        if doc[c - 1].text not in (",", "–", "—", "-", ";", ":"):
            return None
        start, end = u.start, c - 1
    else:
        if ui == 0:
            return None
        prev = ctx.units[ui - 1]
        if prev.paragraph != u.paragraph:
            return None
        start, end = _paragraph_back(ctx, ui - 1), prev.content_end(doc)
    if end - start < 4 or any(ctx.inside[m] >= 0 for m in range(start, end)):
        return None
    return (start, end)


def _paragraph_back(ctx: DocContext, pi: int) -> int:
    """Where the sentences an anaphor reports begin: unit ``pi`` and the ones before it
    in its paragraph, back to the paragraph start, when there are at most
    :data:`ANAPHOR_REACH` of them and none has quotation marks or is already a quote
    ("A. B. Das gab X bekannt." reports A and B); else unit ``pi`` alone."""
    units, inside = ctx.units, ctx.inside
    para = units[pi].paragraph
    first = pi
    while first > 0 and units[first - 1].paragraph == para:
        first -= 1
    if pi - first >= ANAPHOR_REACH or _opens_undated(ctx, first, pi):
        return units[pi].start
    start, end = units[first].start, units[pi].start
    taken = any(q.start < end and start < q.end for q in ctx.quotes)
    if taken or any(inside[m] >= 0 for m in range(start, end)):
        return units[pi].start
    return start


def _opens_undated(ctx: DocContext, first: int, pi: int) -> bool:
    """The reach back from unit ``pi`` would take in the document's opening unit of a text
    in archive shape: one paragraph with no dateline that goes on after the anaphor's
    sentence. Archives that join title, teaser and body into one paragraph (10kGNAD) open
    with the title or teaser, which no "Das sagte X" of the body reports; a short text
    that ends with "Das sagte X" is all body."""
    units = ctx.units
    if not first == 0 < pi or len(units) <= pi + 2:
        return False
    return units[-1].paragraph == units[0].paragraph and not any(u.dateline for u in units)


def is_word(doc: Doc, k: int) -> bool:
    """Token ``k`` is a word (not punctuation or whitespace)."""
    t = doc[k]
    return not (t.is_punct or t.is_space)


def attach_directs(ctx: DocContext, q: Quote) -> None:
    """Content made of direct quotes: the frame is theirs (``q.kind`` becomes ``frame``);
    containing one: ``mixed`` (the quoted part becomes a nested direct quote)."""
    inside = ctx.inside
    toks = [k for a, b in q.parts for k in range(a, b)]
    ids = sorted({inside[k] for k in toks if inside[k] >= 0})
    if not ids:
        if q.kind == "direct-frame":
            q.kind = "none"
        return
    covered = sum(1 for k in toks if inside[k] >= 0)
    uncovered = sum(1 for k in toks if inside[k] < 0 and is_word(ctx.doc, k))
    if covered >= 0.8 * len(toks) and uncovered <= 2:
        # "erklärte, ihr lägen „…“": the words outside the marks make the whole content a
        # mixed quote too (the gold annotates both); a bare quotation is only the frame's
        # ("„A“ und „B“": a coordinator between two quotations is no word of the speaker's)
        outer = [k for k in toks if inside[k] < 0 and is_word(ctx.doc, k)]
        joins = len(ids) > 1 and all(ctx.doc[k].lower_ in ctx.w.coordinators for k in outer)
        q.outer = uncovered > 0 and q.kind == "indirect" and not joins
        q.kind = "frame"
        for idx in ids:
            prior = ctx.direct_info.get(idx)
            kept = prior is not None and prior.confidence >= q.confidence
            if kept and not _cue_right_after(ctx, ctx.directs[idx], prior, q):
                continue
            ctx.direct_info[idx] = _framed_direct(ctx, idx, q, max(0.9, q.confidence), "+")
        return
    if q.kind == "direct-frame":
        q.kind = "none"
        return
    q.kind = "mixed"
    for idx in ids:
        prior = ctx.direct_info.get(idx)
        if prior is None or _cue_right_after(ctx, ctx.directs[idx], prior, q):
            ctx.direct_info[idx] = _framed_direct(ctx, idx, q, 0.75, "+nested:", nested=True)
            _nearer_source(ctx, idx, q)


def _nearer_source(ctx: DocContext, idx: int, q: Quote) -> None:
    """A fragment of the mixed quote ``q`` with a source of its own clause before it
    ("soll laut der Studie jeder Zweite „…“ erwarten"): that source speaks it
    (:func:`~.nested_sources.inner_source`)."""
    inner = inner_source(ctx, q, ctx.directs[idx].start)
    if inner is not None:
        frag = ctx.direct_info[idx]
        frag.speaker, frag.cue = inner[1], list(inner[0].pieces)
        frag.cue_lemma, frag.rule = inner[0].lemma, f"{frag.rule}+{inner[0].rule}"


def _cue_right_after(ctx: DocContext, d, prior: Quote, q: Quote) -> bool:
    """ "bat den Papst: „…“, heißt es in einer Erklärung": the frame whose cue follows the
    quote right after a comma claims it from a colon frame before it."""
    doc = ctx.doc
    if not q.cue or not prior.cue or d.end + 1 >= len(doc) or d.start == 0:
        return False
    after = doc[d.end].text == "," and q.cue[0][0] == d.end + 1
    return after and doc[d.start - 1].text == ":" and prior.cue[-1][1] < d.start


def _framed_direct(
    ctx: DocContext, idx: int, q: Quote, conf: float, sep: str, nested: bool = False
) -> Quote:
    d = ctx.directs[idx]
    return Quote(
        "direct",
        [(d.start, d.end)],
        conf,
        f"{d.rule}{sep}{q.rule}",
        q.unit,
        q.speaker,
        q.cue,
        q.cue_lemma,
        nested=nested,
        direct=True,
    )
