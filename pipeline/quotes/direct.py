"""Step 4 of the engine: direct quotes (quotation marks) and their speaker mention.

A quote framed in step 3 keeps that frame. Otherwise, in this order: the nearest cue of its
unit ("„…“, sagte X"), a colon frame ("X weist das von sich: „…“"), a quotation noun ("mit
der Aufschrift „…“", kept low), an unknown verb right after it ("„…“, strich X heraus"), a
standalone quoted sentence (the speaker of the quote before, of the unit before, of the
next framed quote, or a person subject of the sentence before), or a quoted phrase. Names of
papers and titles ("die Zeitung „Bild“") get a confidence below the default threshold.
"„A“, sagte er, „B“" becomes one quote with two parts.

>>> direct_quotes(ctx)   # appends to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import pairwise

import spacy.symbols as spacy_symbols

from .. import labels
from .context import VERB_POS as VERB_POS_IDS
from .context import Cue, Direct, DocContext, Quote, Span
from .described_speakers import described_person
from .mentions import (
    ORG_LABELS,
    PERSON_LABELS,
    clause_speaker,
    is_medium,
    is_web_source,
    parse_speaker,
    person_subject,
    span_of,
    speaker_inside,
    speakerish,
    tidy,
)
from .other_subjects import background, other_person_subject
from .phrases import (
    CLAUSE_BREAK,
    SENT_END,
    has_pos,  # noqa: F401  (re-exported for callers of the old module)
)
from .signed_quotes import signature
from .standalone_speakers import STANDALONE
from .units import DASHES
from .words import word_ids
from .written_places import (
    DOCUMENT_MARK,
    PLACE_LABELS,
    document_place,
    names_written_words,
    written_place,
)

TITLE_LABELS = frozenset({"ORG", "LOC", "GPE", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: rule piece of the copy of a cited direct quote (:func:`cited_copies`)
CITED_MARK = "+cited"
VERB_POS = ("VERB", "AUX")
#: the parts of speech of the word after a sentence-opening "so" that points back to the
#: quote before: its verb or the subject of a frame with no verb ("So die Ministerin.")
POINTED_NEXT_POS = frozenset({"VERB", "AUX", "DET", "PROPN", "NOUN"})
#: a quoted fragment that an attitude verb's subject holds ("sieht X einen „…“"):
#: rated like a quoted phrase of the speaker's (:func:`_attitude_holder`)
ATTITUDE_CONFIDENCE = 0.6
MAX_DASH_LABEL = 3
#: parts of speech of a headline label's words, and of the topic after its preposition
#: ("– Kaiser über Lösung:")
NAME_LABEL_POS = frozenset({spacy_symbols.NOUN, spacy_symbols.PROPN})
TOPIC_POS = frozenset({spacy_symbols.NOUN, spacy_symbols.PROPN, spacy_symbols.DET})
PROPN_ID, ADP_ID = spacy_symbols.PROPN, spacy_symbols.ADP
#: where a cue pattern's content stands when a quote right before the pattern is its content
FRAMED_BEFORE = ("before", "either")
#: a quoted phrase of the speaker a verbless headline clause names (:func:`_verbless_clause_speaker`)
VERBLESS = "+verbless"
PHRASE_CONFIDENCE = 0.55
#: tokens after a quote in which its title noun stands (:func:`_title_noun_after`)
MAX_TITLE_REACH = 5
MAX_ADVERBS = 2  # pronominal adverbs between a cue pattern and its source ("heißt es dazu in")  # words of a name label between a dash and a colon


@dataclass
class Marked:
    """One pair of quotation marks and what its form says."""

    idx: int
    d: Direct
    ui: int
    words: list[int]
    sentence_like: bool
    title: bool
    prev: object | None
    prev2: object | None
    #: the quote follows a noun of a statement ("die Parole „…“", "Sprüche wie „…“")
    statement: int = -1


@dataclass
class Attribution:
    """Speaker, cue, rule and confidence of a direct quote."""

    rule: str
    conf: float = 0.0
    speaker: Span | None = None
    cue_pieces: list[Span] = field(default_factory=list)
    lemma: str | None = None
    parts: list[Span] | None = None  # pieces of the quote when a frame stands inside the marks


@dataclass
class Recent:
    """The last confident direct quote (for standalone quotes after it)."""

    quote: Quote | None = None
    unit: int = -10


def direct_quotes(ctx: DocContext) -> None:
    """Append every direct quote to ``ctx.quotes``, then merge interrupted ones."""
    recent = Recent()
    speaker_spans = [q.speaker for q in ctx.quotes if q.speaker] + [
        q.speaker for q in ctx.direct_info.values() if q.speaker
    ]
    marked: list[tuple[Marked, Quote]] = []
    for idx, d in enumerate(ctx.directs):
        m = _marked(ctx, idx, d, speaker_spans)
        if idx in ctx.direct_info:
            q = ctx.direct_info[idx]
            term = q.nested and (_one_name(ctx, m) or _one_noun(ctx, m))
            if m.title or term or _given_name(ctx, m, q.cue) or _after_title_noun(ctx, m):
                q.confidence = 0.2
            _later_cue(ctx, m, q)
        else:
            a = attribute(ctx, m, recent)
            q = Quote(
                "direct",
                a.parts or [(d.start, d.end)],
                a.conf,
                a.rule,
                m.ui,
                a.speaker,
                a.cue_pieces,
                a.lemma,
                direct=True,
            )
        if m.statement >= 0:  # "skandierten die Aktivisten Parolen wie „…“"
            q.speaker = _before_noun(q.speaker, m.statement)
        ctx.quotes.append(q)
        marked.append((m, q))
        if q.confidence >= 0.5:
            recent.quote, recent.unit = q, m.ui
    _coordinated(ctx, marked)
    merge_interrupted(ctx)


def _later_cue(ctx: DocContext, m: Marked, q: Quote) -> None:
    """ "X äußerte sich zu den Vorgängen: „…“, sagte er gegenüber dem Sender": a cue right
    after the quote (a comma between) names its speaker, not the colon frame before it
    (also "„…“, heißt es in einer Erklärung", "„…“, so X")."""
    s, e = m.d.start, m.d.end
    if m.prev is None or m.prev.text != ":" or not q.cue or q.cue[0][0] >= s:
        return
    if e + 1 >= ctx.units[m.ui].end or ctx.doc[e].text != ",":
        return
    c = nearest_cue(ctx, m)
    if c is None or c.start != e + 1:
        return
    a = _by_cue(ctx, m, c)
    if a.speaker is not None and a.speaker[0] > e:
        q.speaker, q.cue, q.cue_lemma = a.speaker, a.cue_pieces, a.lemma
        q.rule += "+later_cue"


def _coordinated(ctx: DocContext, marked: list[tuple[Marked, Quote]]) -> None:
    """ "skandierten „A“ oder „B“", "schrieben „A“ und „B“ an die Wand": two quotes joined
    by a coordinator alone are said alike; the one rated lower takes the other's rating,
    speaker and cue (not a title or name); the second may have its own article or
    preposition ("von einer „A“ und einem „B“")."""
    for (m1, q1), (m2, q2) in pairwise(marked):
        gap = range(m1.d.end, m2.d.start)
        if not _coordinating_gap(ctx, gap):
            continue
        if m1.title or m2.title or not (q1.direct and q2.direct):
            continue
        low, high = (q1, q2) if q1.confidence < q2.confidence else (q2, q1)
        if high.confidence < 0.5 or low.confidence >= high.confidence:
            continue
        low.confidence = high.confidence
        if low.speaker is None:
            low.speaker = high.speaker
        if not low.cue:
            low.cue, low.cue_lemma = list(high.cue), high.cue_lemma


def _coordinating_gap(ctx: DocContext, gap: range) -> bool:
    """A coordinator alone, or one with the second member's article or preposition and
    article ("von einer „A“ und einem „B“", "„A“ oder die „B“")."""
    doc = ctx.doc
    if not gap or len(gap) > 3 or doc[gap[0]].lower_ not in ctx.w.coordinators:
        return False
    rest = [doc[k] for k in gap[1:]]
    if len(rest) == 2 and rest[0].pos_ != "ADP":
        return False
    return all(ctx.ph.is_det(t, ctx.pos) or t.pos_ == "ADP" for t in rest)


def _marked(ctx: DocContext, idx: int, d: Direct, speaker_spans) -> Marked:
    doc = ctx.doc
    s, e = d.start, d.end
    ui = ctx.unit_of[s]
    u = ctx.units[ui]
    words = [k for k in range(s + 1, e - 1) if not doc[k].is_punct and not doc[k].is_space]
    sentence_like = (
        (
            len(words) >= 5
            and any(doc[k].text in (".", "!", "?", ",", ":") for k in range(s + 1, e - 1))
        )
        or (len(words) >= 3 and doc[e - 2].text in (".", "!", "?"))
        or (len(words) >= 3 and s == u.start and doc[s + 1].text[:1].isupper())
    )
    title = (
        not sentence_like
        and not doc[s + 1].text[:1].islower()
        and bool(words)
        and sum(1 for k in words if doc[k].ent_type_ in TITLE_LABELS) >= 0.8 * len(words)
    )
    prev = doc[s - 1] if s > 0 else None
    prev2 = doc[s - 2] if s > 1 else None
    m = Marked(idx, d, ui, words, sentence_like, title, prev, prev2)
    m.statement = _statement_noun(ctx, s, u.start)
    if not sentence_like and words and (_name_like(ctx, m, speaker_spans) or _gloss(ctx, m)):
        m.title = True
    verbless = not any(doc[k].pos_ in VERB_POS for k in words)
    if verbless and doc[e - 2].text not in SENT_END and _acronym_after(ctx, e):
        m.title = True
    return m


def _acronym_after(ctx: DocContext, e: int) -> bool:
    """Brackets right after the quote hold an acronym ("der Gewerkschaft „Öffentliche
    Dienste, Transport und Verkehr“ (ÖTV)", "„Staphylococcus Aureus“ (MRSA)"): a quote with
    no verb before it is the long form of a name, not words of a speaker."""
    texts = ctx.table.texts
    if e + 2 >= len(texts) or texts[e] != "(" or texts[e + 2] != ")":
        return False
    word = texts[e + 1].replace("-", "").replace("&", "")
    return len(word) >= 2 and word.isalnum() and word.isupper()


def _statement_noun(ctx: DocContext, s: int, start: int) -> int:
    """The index of a noun of a statement right before the quote at ``s``, at most an
    example bridge between ("mit der Aufschrift „…“", "skandierten Parolen wie zum
    Beispiel „…“"), else -1. Slogans, inscriptions and such are quotes in the gold
    (train: 7 of 7), unlike mottos and titles (``quote_nouns``)."""
    doc, w = ctx.doc, ctx.w
    k = s - 1
    while k > start and s - k <= 3 and doc[k].lower_ in w.example_words:
        k -= 1
    return k if k >= start and doc[k].lower_ in w.statement_nouns else -1


def _before_noun(sp: Span | None, k: int) -> Span | None:
    """``sp`` ending before the statement noun at ``k`` (the parse often takes "die
    Demonstranten Schilder" for one phrase)."""
    if sp is None or not sp[0] <= k < sp[1]:
        return sp
    return (sp[0], k) if sp[0] < k else None


def _gloss(ctx: DocContext, m: Marked) -> bool:
    """The quote closes a parenthesis opened right after a noun or another quote, at most
    a label between ("der Clan („…“)", "„…“ (übersetzt etwa: „…“)", "(Codename: „…“)",
    "„…“ [auf Deutsch: „…“]"): a name or a translation the text adds, not words of a
    speaker (train: 0 of 5 match)."""
    doc, s, e = ctx.doc, m.d.start, m.d.end
    if e >= len(doc) or doc[e].text not in (")", "]"):
        return False
    start = ctx.units[m.ui].start
    for p in range(s - 1, max(start, s - 5), -1):
        if doc[p].text in (")", "]"):
            return False
        if doc[p].text in ("(", "["):
            before = doc[p - 1] if p > start else None
            return before is not None and (
                ctx.inside[before.i] >= 0 or ctx.ph.is_nounish(before, ctx.pos)
            )
    return False


def _one_name(ctx: DocContext, m: Marked) -> bool:
    """A single word in marks that the entity recogniser calls a name, inside reported
    speech ("dass sich Zyklon „Larry“ abgeschwächt habe"): a name, not the speaker's word."""
    return len(m.words) == 1 and bool(ctx.doc[m.words[0]].ent_type_)


def _one_noun(ctx: DocContext, m: Marked) -> bool:
    """A single capitalised word in marks inside reported speech, not opening its sentence
    ("wie die Polizei die „Täter“ nenne"): a term or name the text takes over, which the
    gold rarely counts as a quote (train: 4 of 22), unlike a single adjective or verb
    ("sei „inakzeptabel“": 7 of 10). Not a word opening its clause ("sagte, „No-Go-Areas“
    dürfe es nicht geben"): the subject of the reported clause; nor a word right after an
    indefinite article ("sei ein „Meilenstein“"): an evaluation of the speaker's own."""
    if len(m.words) != 1 or m.d.start == ctx.units[m.ui].start:
        return False
    if m.prev is not None and (
        m.prev.text in (",", ":") or m.prev.lower_ in ctx.w.indefinite_articles
    ):
        return False
    return ctx.doc[m.words[0]].text[:1].isupper()


def _name_like(ctx: DocContext, m: Marked, speaker_spans) -> bool:
    """Names of papers, parties, ships: part of or right after a speaker, after a noun
    ("die Zeitung „Bild“"), or every word capitalised ("„New York Times“")."""
    doc, s, e, prev = ctx.doc, m.d.start, m.d.end, m.prev
    u = ctx.units[m.ui]
    in_speaker = any((a <= s < b or b == s) and not (s <= a < e) for a, b in speaker_spans)
    after_noun = (
        m.statement < 0
        and prev is not None
        and s - 1 > u.start
        and ctx.ph.is_nounish(prev, ctx.pos)
        and doc[m.words[0]].text[:1].isupper()
        and prev.lower_ not in ctx.w.quote_nouns
    )
    all_caps = len(m.words) >= 2 and all(
        doc[k].text[:1].isupper() or doc[k].text in ("-", "&") for k in m.words
    )
    return (
        in_speaker
        or after_noun
        or (all_caps and not (prev is not None and prev.lower_ in ctx.w.predicative_particles))
    )


def attribute(ctx: DocContext, m: Marked, recent: Recent) -> Attribution:
    """Speaker, cue and confidence of a direct quote that no frame claimed."""
    doc, u = ctx.doc, ctx.units[m.ui]
    s, e, mrule = m.d.start, m.d.end, m.d.rule
    prev, prev2, w = m.prev, m.prev2, ctx.w
    inner = ctx.g.inner_frame(ctx, s, e)
    if inner is not None:  # "« A, a précisé la ministre. B »": the frame inside the marks
        cue, speaker, parts = inner
        return Attribution(f"{mrule}+{cue.rule}+inner", 0.9, speaker, cue.pieces, cue.lemma, parts)
    best = nearest_cue(ctx, m) or _adjacent_pattern(ctx, m)
    if best is not None:
        return _by_cue(ctx, m, best)
    signed = signature(ctx, s, e) if m.sentence_like else None
    if signed is not None:  # "„…“ (Enzensberger)": the name that signs it
        return Attribution(f"{mrule}+signed", 0.85, signed)
    if prev is not None and prev.text == ":":
        speaker = (
            _label_after_dash(ctx, u.start, s - 1)
            or _listed_person(ctx, u.start, s - 1)
            or clause_speaker(ctx, u.start, s - 1)
        )
        if names_written_words(ctx, speaker):  # "Darauf waren die Worte zu lesen: „…“"
            speaker = written_place(ctx, u.start, s - 1, speaker) or speaker
        conf = 0.2 if m.title else 0.85 if speaker else 0.6  # "Sein Werk: „Le Grand Macabre“"
        a = Attribution(f"{mrule}+colon", conf, speaker)
        if m.sentence_like and (speaker is None or _possessed(ctx, speaker)):
            _colon_carried(ctx, m, recent, a)
        return a
    if m.statement >= 0:  # "die Parole „…“", "Sprüche wie „…“ standen"
        sp = ctx.g.subject_before(ctx, u.start, s - 1) if s - 1 > u.start else None
        if sp is None or names_written_words(ctx, sp):  # "Auf dem Transparent war die Parole"
            noun = (m.statement, m.statement + 1)
            sp = written_place(ctx, u.start, s - 1, sp or noun) or sp
        return Attribution(f"{mrule}+statement_noun", 0.85, sp)
    if prev is not None and (
        prev.lower_ in w.quote_nouns
        or (prev2 is not None and prev2.lower_ in w.quote_nouns and prev.text == ":")
    ):
        # "mit der Aufschrift „…“", "unter dem Motto „…“": quoted, but slogans and
        # inscriptions are rarely statements in the gold (1 in 3 on train): kept low
        sp = ctx.g.subject_before(ctx, u.start, s - 1) if s - 1 > u.start else None
        return Attribution(f"{mrule}+quote_noun", 0.4, sp)
    if (
        m.sentence_like
        and e + 2 < u.end
        and doc[e].text == ","
        and doc[e + 1].text[:1].islower()
        and doc[e + 1].is_alpha
        and not ctx.ph.is_det(doc[e + 1], ctx.pos)
    ):
        # „…“, strich Romney heraus: an unknown verb right after the quote frames it
        sp = ctx.g.np_after(ctx, e + 2, u.end)
        lemma = doc[e + 1].lemma_ or doc[e + 1].lower_
        return Attribution(f"{mrule}+unknown_verb", 0.75, sp, [(e + 1, e + 2)], lemma)
    if m.sentence_like and (e - s) >= 0.6 * (u.end - u.start):
        return _standalone(ctx, m, recent)
    dashed = _pointed_back(ctx, m) if m.sentence_like else None
    if dashed is not None:  # "„…“ – Mit diesem Satz überraschte X …": X's words
        return Attribution(f"{mrule}{STANDALONE}+pointed_back", 0.8, dashed)
    named = _parenthesis_after_name(ctx, m)
    if named is not None:  # "…, Mohammed ElBaradei („Mir fällt niemand ein …“), und …"
        return Attribution(f"{mrule}+parenthesis", 0.8, named)
    return _phrase(ctx, m, recent)


def _adjacent_pattern(ctx: DocContext, m: Marked) -> Cue | None:
    """ "„…“ heißt es dazu in einer Pressemitteilung" (no comma after the closing mark): a
    cue pattern right after the quote that frames the words before it, else None."""
    for c in ctx.cues_by_unit[m.ui]:
        if c.start == m.d.end and c.pattern is not None and c.pattern["content"] in FRAMED_BEFORE:
            return c
    return None


def _source_after(ctx: DocContext, c: Cue, end: int) -> Span | None:
    """ "„…“ heißt es dazu in einer Pressemitteilung des CCC": the phrase after one of the
    pattern's ``source_after`` prepositions right after the cue (pronominal adverbs
    between), else None."""
    doc, k = ctx.doc, c.end
    while k < end and k - c.end < MAX_ADVERBS and labels.is_pronominal_adverb(doc[k]):
        k += 1
    if k + 1 >= end or doc[k].lower_ not in (c.pattern.get("source_after") or ()):
        return None
    return ctx.ph.np_loose(doc, k + 1, end, ctx.pos)


def _label_after_dash(ctx: DocContext, start: int, colon: int) -> Span | None:
    """A person's name between a dash and the colon ("Parlament stimmt für Referendum –
    Tsipras: „…“"): a headline label, the speaker, not the subject of the clause before."""
    doc = ctx.doc
    j = colon
    while j > start and colon - j < MAX_DASH_LABEL and doc[j - 1].text not in DASHES:
        j -= 1
    if j <= start or j >= colon or doc[j - 1].text not in DASHES:
        return None
    names = all(doc[k].text[:1].isupper() for k in range(j, colon)) and any(
        doc[k].ent_type_ in PERSON_LABELS for k in range(j, colon)
    )
    return (j, colon) if names else _name_on_topic(ctx, j, colon)


def _name_on_topic(ctx: DocContext, j: int, colon: int) -> Span | None:
    """ "… – Graz-Coach Foda: „…“", "… – Kaiser über Lösung: „…“": capitalised nouns or
    names after a dash, a proper noun among them, then at most a preposition and its
    noun before the colon: the label's words (the tagger often misses the person)."""
    pos, texts = ctx.table.pos, ctx.table.texts
    b = j
    while b < colon and pos[b] in NAME_LABEL_POS and texts[b][:1].isupper():
        b += 1
    if b == j or not any(pos[k] == PROPN_ID or ctx.doc[k].ent_type_ for k in range(j, b)):
        return None
    if any(ctx.doc[k].ent_type_ in PLACE_LABELS for k in range(j, b)):
        return None  # "… – Wien: „…“": a place speaks not
    if b < colon and (
        pos[b] != ADP_ID or any(pos[k] not in TOPIC_POS for k in range(b + 1, colon))
    ):
        return None
    return j, b


def _listed_person(ctx: DocContext, start: int, colon: int) -> Span | None:
    """ "Gratuliert haben X, Y und der norwegische Ministerpräsident Jens Stoltenberg: „…“":
    the last member of a list, after a coordinator or a comma, that runs up to the colon
    and holds a person's name -- the speaker, not the subject of the clause."""
    doc, w = ctx.doc, ctx.w
    k = colon - 1
    while k > start and doc[k].lower_ not in w.coordinators and doc[k].text != ",":
        k -= 1
    if k <= start or ctx.inside[k] >= 0:
        return None
    np = ctx.ph.np_forward(doc, k + 1, colon, ctx.pos)
    if np is None or np[1] != colon:
        return None
    names = any(doc[j].ent_type_ in PERSON_LABELS for j in range(np[0], np[1]))
    return np if names else None


def _parenthesis_after_name(ctx: DocContext, m: Marked) -> Span | None:
    """A quoted sentence that fills a parenthesis right after a person's name ("der Leiter
    der Behörde, Mohammed ElBaradei („…“), und"): that person's words, else None."""
    doc, s, e = ctx.doc, m.d.start, m.d.end
    start = ctx.units[m.ui].start
    if not m.sentence_like or s - 2 < start or e >= len(doc):
        return None
    if doc[s - 1].text != "(" or doc[e].text != ")" or doc[s - 2].ent_type_ not in PERSON_LABELS:
        return None
    ent = next((x for x in ctx.ents() if x.start <= s - 2 < x.end), None)
    return (ent.start, ent.end) if ent is not None and ent.end == s - 1 else None


def _possessed(ctx: DocContext, sp: Span) -> bool:
    """The mention opens with a possessive ("Seine Zuversicht", "Ihr Fazit") and names no
    one itself: the possessor is who speaks."""
    return labels.is_possessive(ctx.doc[sp[0]]) and not speakerish(ctx, sp)


def _colon_carried(ctx: DocContext, m: Marked, recent: Recent, a: Attribution) -> None:
    """ "Seine Zuversicht gründet sich auf …: „…“", "Und: „…“": a colon frame with no
    subject or a possessed one goes on with the speaker of the quote just before (at most
    a unit between) or the person subject of the sentence before. A frame's own noun of
    written words gives way to the place they stand on ("Auf dem Plakat stand der Satz:
    „…“": :mod:`.written_places`)."""
    last = recent.quote
    if last is not None and last.speaker is not None and m.ui - recent.unit <= 2:
        a.speaker, a.rule = last.speaker, a.rule + "+inherit"
        return
    sp = person_subject(ctx, m.ui)
    if sp is not None:
        a.speaker, a.rule = sp, a.rule + "+person"


def nearest_cue(ctx: DocContext, m: Marked) -> Cue | None:
    """The cue of the quote's unit nearest to it (speech verbs and direct-quote patterns)."""
    s, e = m.d.start, m.d.end
    frame = [c for c in ctx.cues_by_unit[m.ui] if "direct" in c.kinds or c.verb is not None]
    best = None
    for c in frame:
        dist = (c.start - e) if c.start >= e else (s - c.after)
        if best is None or dist < best[0]:
            best = (dist, c)
    if best is not None and _closed_relative(ctx, best[1], s, e):
        # "kritisierte die Handlungsweise Kozulins, der zum Sturm aufgerufen haben soll,
        # als „Provokation …“": a cue in a relative clause that ends before the quote
        # frames none of it; the verb that governs the quote does
        return _governing_cue(ctx, frame, s, e) or best[1]
    return best[1] if best else None


def _closed_relative(ctx: DocContext, c: Cue, s: int, e: int) -> bool:
    """Is the cue's verb the head of a relative clause that holds no word of ``s``..``e``?"""
    v = c.verb
    if v is None or not ctx.parsed:
        return False
    for _ in range(3):  # TIGER hangs the clause on its finite auxiliary
        if labels.has_role(v, "relative_clause") or v.head.i == v.i:
            break
        if v.head.pos_ not in VERB_POS:
            return False
        v = v.head
    if not labels.has_role(v, "relative_clause"):
        return False
    return not (v.left_edge.i < e and s <= v.right_edge.i)


def _governing_cue(ctx: DocContext, frame: list[Cue], s: int, e: int) -> Cue | None:
    """The verb cue among ``frame`` whose verb governs a word of the quote ``s``..``e``
    (the quote's words hang on it through their heads), or None."""
    doc = ctx.doc
    verbs = {c.verb.i: c for c in frame if c.verb is not None}
    for k in range(s, e):
        t, steps = doc[k], 0
        while t.head.i != t.i and steps < 8:
            t, steps = t.head, steps + 1
            if t.i in verbs and not (s <= t.i < e):
                return verbs[t.i]
    return None


def _cue_speaker(ctx: DocContext, m: Marked, c: Cue) -> Span | None:
    """The speaker of a direct quote's cue: parse, the pattern's slot, or position."""
    doc, u, inside = ctx.doc, ctx.units[m.ui], ctx.inside
    s, e, g = m.d.start, m.d.end, ctx.g
    if ctx.parsed and c.verb is not None:
        speaker = parse_speaker(ctx, c.verb)
        if speaker is not None:
            return speaker
        if _werden_passive(ctx, c.verb) and c.verb.lemma_ not in ctx.w.citing_lemmas:
            # "Die Rauchschwaden, die als „nebelartig“ beschrieben wurden": the subject of
            # a passive speech verb is spoken of; the "von" agent speaks, else no one
            agent = g.passive_agent(ctx, u.start, c.verb.i, u.end)
            return agent or None
    cc = c.start
    while cc > u.start and (doc[cc - 1].text not in CLAUSE_BREAK or inside[cc - 1] >= 0):
        if (
            inside[cc - 1] >= 0
            and doc[cc - 1].i == ctx.directs[inside[cc - 1]].start
            and cc - 2 >= u.start
            and doc[cc - 2].text in CLAUSE_BREAK
        ):
            break
        cc -= 1
    if cc == s and c.start > e:
        cc = e  # "„…“, sagte er": the frame starts after the quote
    if c.pattern is not None and c.pattern["speaker"] == "after":
        return ctx.ph.np_forward(doc, c.end, u.end, ctx.pos)
    if c.pattern is not None and c.pattern["speaker"] == "source" and c.start == e:
        return _source_after(ctx, c, u.end)
    if c.pattern is not None and c.pattern["speaker"] == "subject":
        inner = speaker_inside(ctx, c.pattern, c.start - c.pattern["cue_start"], c.end)
        before = inner or g.subject_before(ctx, u.start, c.start)
        return before or (_subject_after_quote(ctx, m) if c.end <= s else None)
    if cc > u.start and (cc == c.start or g.finite_like(doc[cc], ctx.pos)):
        speaker = g.np_after(ctx, cc if cc != c.start else c.start + 1, u.end)
        if speaker is not None and speaker[0] <= c.start < speaker[1]:
            speaker = g.np_after(ctx, c.start + 1, u.end)
        if speaker is None and c.start <= e:
            speaker = g.subject_before(ctx, u.start, c.start)
        return speaker
    return g.subject_before(ctx, cc, c.start)


def _subject_after_quote(ctx: DocContext, m: Marked) -> Span | None:
    """ "Mit den Worten „…“ kommentierte er seinen Ausfall": a cue pattern before the quote
    with no subject before it; the verb right after the closing mark has the subject."""
    doc, e = ctx.doc, m.d.end
    if e >= len(doc) or doc[e].pos_ not in VERB_POS:
        return None
    sp = parse_speaker(ctx, doc[e]) if ctx.parsed else None
    return sp or ctx.g.np_after(ctx, e + 1, ctx.units[ctx.unit_of[e]].end)


def _werden_passive(ctx: DocContext, verb) -> bool:
    """A passive the verb chain shows with a form of "werden" (not only the parse's label:
    "als „…“ bezeichnet hat" is active)."""
    aux = ctx.w.passive_auxiliaries
    return ctx.g.is_passive(verb) and any(t.lower_ in aux for t in labels.verb_chain(verb)[1:])


def _by_cue(ctx: DocContext, m: Marked, c: Cue) -> Attribution:
    """A direct quote with a cue in its unit."""
    doc, u, w = ctx.doc, ctx.units[m.ui], ctx.w
    s, e, prev, prev2 = m.d.start, m.d.end, m.prev, m.prev2
    a = Attribution(f"{m.d.rule}+{c.rule}", 0.9 if m.sentence_like else 0.7)
    a.cue_pieces, a.lemma = list(c.pieces), c.lemma
    a.speaker = _cue_speaker(ctx, m, c)
    if (
        c.preposition in w.predicative_particles
        and prev is not None
        and prev.lower_ in w.predicative_particles
    ):
        a.cue_pieces.append((s - 1, s))
    lead = (
        prev is not None
        and (
            prev.lower_ in w.fragment_leads | {":", ","}
            or prev2 is not None
            and prev2.lower_ in w.fragment_leads_before
        )
        or any(x <= s - 1 < y or x <= s - 2 < y for x, y in c.pieces)
        or (e < u.end and doc[e].text == "," and c.start > e)
        or _exclaimed_before_cue(ctx, m, c)
    )
    if not m.sentence_like and not lead:
        # a fragment opening with a lowercase word is rarely a name or title
        a.conf = 0.6 if m.words and doc[m.words[0]].text[:1].islower() else 0.35
        if a.conf < 0.5 and verb_object(ctx, c, s, e, a.speaker):
            # "Modder nannte die Absage einen „Vertrauensbruch“": the speaker's
            # own word, an object of the speech verb
            a.conf = 0.6
            a.rule += "+object"
    if (
        m.title
        or _names_speaker(ctx, m, c)
        or _given_name(ctx, m, c.pieces)
        or _after_title_noun(ctx, m)
    ):
        a.conf = 0.2
    return a


def _exclaimed_before_cue(ctx: DocContext, m: Marked, c: Cue) -> bool:
    """A short quote that ends with its own "!" or "?" and the cue's verb right after the
    closing mark, no comma between ("„Raus hier!“ rief der Wirt", "„Warum?“ fragte sie"):
    an utterance, not a quoted word."""
    e = m.d.end
    return c.start == e and e - 2 > m.d.start and ctx.doc[e - 2].text in ("!", "?")


def _after_title_noun(ctx: DocContext, m: Marked) -> bool:
    """The quote follows a noun of a title right away ("Unter dem Motto „…“ hatten … zur
    Tagung eingeladen", ``title_nouns``): a motto or title, not words of the speaker of
    the sentence's cue; also past a double space, "unter dem Motto  „…“"), or ends a lead-in
    with a title noun before a colon ("Den Namen der Sendung gab das ZDF bekannt: „…“")
    when it is no sentence."""
    doc, s, titles = ctx.doc, m.d.start, ctx.w.title_nouns
    k = s - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if (k >= 0 and doc[k].lower_ in titles) or _title_noun_after(ctx, m):
        return True
    if m.sentence_like or k < 0 or doc[k].text != ":":
        return False
    return any(doc[j].lower_ in titles for j in range(ctx.units[m.ui].start, k))


def _title_noun_after(ctx: DocContext, m: Marked) -> bool:
    """A title noun is the first noun after the quote, a verb between ("„Gewalt gegen
    Kinder“, so lautet der Titel einer Studie"): the quote is that title (not "„…“, sagte Merkel unter dem
    Motto …": a name comes first; nor past another quote or a clause break)."""
    doc, e = ctx.doc, m.d.end
    verb = False
    for k in range(e, min(e + MAX_TITLE_REACH, ctx.units[m.ui].end)):
        if doc[k].lower_ in ctx.w.title_nouns:
            return verb
        verb = verb or doc[k].pos_ in VERB_POS
        if doc[k].pos_ in ("NOUN", "PROPN") or ctx.inside[k] >= 0:
            return False
        if k > e and doc[k].text in CLAUSE_BREAK:
            return False
    return False


def _given_name(ctx: DocContext, m: Marked, pieces: list[Span]) -> bool:
    """A short quoted name that a naming verb (``naming_lemmas``) gives, not words of a
    speaker: the verb is reflexive ("nennt sich „…“", "wie sich die Junta selbst nennt")
    or a bare participle with no subject or auxiliary ("ein Standard, genannt „…“", "kurz
    „PACs“ genannt")."""
    if m.sentence_like or not ctx.parsed:
        return False
    doc, w = ctx.doc, ctx.w
    verbs = [
        doc[k]
        for a, b in pieces
        for k in range(a, b)
        if doc[k].pos_ in VERB_POS and doc[k].lemma_ in w.naming_lemmas
    ]
    if not verbs:
        return False
    verb = verbs[0]
    if any(t.lower_ in w.reflexive_pronouns for t in verb.children):
        return True
    return (
        labels.is_participle(verb)
        and labels.clause_subject(verb) is None
        and not any(labels.has_role(t, "auxiliary") for t in verb.children)
    )


def _names_speaker(ctx: DocContext, m: Marked, c: Cue) -> bool:
    """A short quoted name before the cue that names who speaks, not words: right after
    "wie" or an agent preposition ("Wie „heise online“ berichtet", "wird von der
    „Netzeitung“ zitiert"), or (with the parse) in the noun phrase of the verb's subject
    ("Ein Vertreter der „con energy ag“ sagte")."""
    s, e, w = m.d.start, m.d.end, ctx.w
    if m.sentence_like or e > c.start:
        return False
    prev, prev2 = m.prev, m.prev2
    agent = prev2 if prev2 is not None and ctx.ph.is_det(prev, ctx.pos) else prev
    if prev is not None and (
        (prev.lower_ in w.as_words and c.start == e)
        or (agent.lower_ in w.agent_prepositions and agent.lower_ != c.preposition)
    ):
        return True
    if not ctx.parsed or c.verb is None:
        return False
    heads = [t for t in ctx.doc[s:e] if not t.is_punct and not s <= t.head.i < e]
    return bool(heads) and all(_in_subject(t, c.verb.i) for t in heads)


def _in_subject(t, verb: int) -> bool:
    """``t`` is part of the noun phrase of the subject or agent of the verb at ``verb``
    (not the subject itself: "als „Meilensteine“ bezeichnet")."""
    for step in range(4):
        if t.head.i == verb:
            return step > 0 and labels.has_quote_role(t, "subject", "agent")
        if t.head.i == t.i or not labels.has_quote_role(t, "noun_modifier", "apposition"):
            return False
        t = t.head
    return False


def _named_subject(ctx: DocContext, ui: int) -> Span | None:
    """The name of the person the subject of the unit before ``ui`` (same paragraph)
    names, by the parse: "nahm auch der Ministerpräsident, X (CDU), zu der Frage Stellung"."""
    pu = ctx.unit_before(ui) if ctx.parsed else None
    if pu is None:
        return None
    roots = [t for t in ctx.doc[pu.start : pu.end] if t.head.i == t.i and t.pos_ in ("VERB", "AUX")]
    subjects = list(labels.children_with(roots[0], "subject")) if len(roots) == 1 else []
    names = [
        t for sub in subjects for t in sub.subtree if t.ent_type_ == "PER" and t.ent_iob_ == "B"
    ]
    if len(names) != 1 or not pu.start <= names[0].i < pu.end:
        return None
    ent = next(e for e in ctx.ents() if e.start == names[0].i)
    return (ent.start, ent.end)


def _speaker_of_unit(ctx: DocContext, ui: int) -> Span | None:
    """The speaker of unit ``ui``'s frame (``ctx.unit_speaker``) as a later quote takes it
    over: when it names no one ("war nach eigenem Bekunden … eingeweiht", "dem Vernehmen
    nach": the words of the cue), the subject of that sentence when it names someone."""
    sp = ctx.unit_speaker.get(ui, (None, None))[0]
    if sp is None or speakerish(ctx, sp):
        return sp
    u = ctx.units[ui]
    subj = clause_speaker(ctx, u.start, u.content_end(ctx.doc))
    if subj is None or not speakerish(ctx, subj) or (subj[0] < sp[1] and sp[0] < subj[1]):
        return sp
    return subj


def _standalone(ctx: DocContext, m: Marked, recent: Recent) -> Attribution:
    """A quoted sentence with no frame: the speaker of the quote or unit before, of the
    next framed quote, or a person subject of the sentence before."""
    ui, e = m.ui, m.d.end
    a = Attribution(m.d.rule + STANDALONE, 0.8)
    # after a quote of its own, "„…“ Das sagte X" points back past it to X
    a.speaker = _pointed_back(ctx, m, anaphor=recent.quote is not None)
    if a.speaker is not None:
        a.rule += "+pointed_back"
        return a
    last = recent.quote
    if last is not None and recent.unit < ui - 1:
        # the unit right before names someone else ("nahm auch X zu der Frage Stellung"):
        # the nearer speaker
        before = (
            _speaker_of_unit(ctx, ui - 1)
            or (None if background(ctx, ui) else _named_subject(ctx, ui))
            or other_person_subject(ctx, ui, last.speaker)
        )
        if before is not None:
            a.speaker = before
            a.rule += "+previous"
            return a
    if (
        last is not None
        and last.speaker is not None
        and (ui - recent.unit <= 2 or reported_between(ctx, recent.unit, ui))
    ):
        a.speaker = last.speaker
        a.rule += "+inherit"
        return a
    for back in (1, 2):
        if ui - back in ctx.unit_speaker and ctx.unit_speaker[ui - back][0] is not None:
            a.speaker = _speaker_of_unit(ctx, ui - back)
            a.rule += "+previous"
            return a
    nxt = next(
        (
            q.speaker
            for q in ctx.direct_info.values()
            if q.unit in (ui, ui + 1) and q.start > e and q.speaker
        ),
        None,
    )
    if nxt is None:
        nxt = next_framed(ctx, m.idx)
    if nxt is not None:
        a.speaker = nxt
        a.rule += "+next"
        return a
    a.speaker = person_subject(ctx, ui) or described_person(ctx, ui, m.d.start, e)
    if a.speaker is not None:
        a.rule += "+person"
    return a


def _pointed_back(ctx: DocContext, m: Marked, anaphor: bool = False) -> Span | None:
    """A quoted sentence of its own, and the next sentence in its paragraph points back to
    it with a word before its verb or subject ("„…“ So kommentierte X den Beschluss.",
    "„…“ So die Gewerkschafterin X.") or with a phrase of a quote noun ("„…“ Mit diesen
    Worten wandte sich X an …"), or, with ``anaphor`` (a quote of someone else before it
    would go on), with a demonstrative right before a speech cue ("„…“ Das sagte der
    Trainer."): the subject of that sentence, when it names someone who speaks ("„…“ So
    weit ist es noch nicht." names no one)."""
    doc, w = ctx.doc, ctx.w
    span = _pointing_sentence(ctx, m)
    if span is None:
        return None
    start, end, pui = span
    first, second = doc[start], doc[start + 1]
    anaphor = anaphor and _anaphor_cue(ctx, pui, start)
    if first.lower_ in w.pointing_openers or anaphor:
        if second.pos_ not in POINTED_NEXT_POS:
            return None
    elif first.lower_ not in w.pointing_prepositions or not any(
        doc[k].lower_ in w.quote_nouns for k in range(start + 1, min(start + 4, end))
    ):
        return None
    sp = clause_speaker(ctx, start + 1, end)
    if sp is None and anaphor:
        # "Dies erklärte die Ministerin": the parse took the demonstrative for the subject
        sp = ctx.g.subject_before(ctx, start, end - 1)
    sp = tidy(ctx, sp) if sp is not None else None
    return sp if sp is not None and speakerish(ctx, sp) else None


def _pointing_sentence(ctx: DocContext, m: Marked) -> tuple[int, int, int] | None:
    """Where the sentence that may point back to the quoted sentence ``m`` (which fills
    its unit up to its end or a dash) starts and ends, and its unit: the next unit in the
    paragraph, or the rest of the unit after a dash right after the quote ("„…“ – Mit
    diesem Satz überraschte X …": the splitter keeps the dash's sentence in the unit)."""
    doc, ui = ctx.doc, m.ui
    u = ctx.units[ui]
    if m.d.start > u.start + 1:
        return None
    cend = u.content_end(doc)
    e = m.d.end
    if e < cend and doc[e].text in labels.DASHES and cend - (e + 1) >= 3:
        if ctx.inside[e + 1] >= 0:
            return None
        return e + 1, cend, ui
    if ui + 1 >= len(ctx.units) or e < cend:
        return None
    nxt = ctx.units[ui + 1]
    end = nxt.content_end(doc)
    if nxt.paragraph != u.paragraph or end - nxt.start < 3:
        return None
    return nxt.start, end, ui + 1


def _anaphor_cue(ctx: DocContext, ui: int, start: int | None = None) -> bool:
    """Does unit ``ui`` (from ``start``) open with a demonstrative for the sentence before
    and a speech cue right after it ("„…“ Das sagte der Trainer nach dem Spiel.", "Dies
    bestätigte X")?"""
    start = ctx.units[ui].start if start is None else start
    if ctx.doc[start].lower_ not in ctx.w.anaphors:
        return False
    return any(c.start == start + 1 for c in ctx.cues_by_unit[ui])


def _phrase(ctx: DocContext, m: Marked, recent: Recent) -> Attribution:
    """A quoted phrase or name with no frame: a fragment an attitude verb's subject or a
    predicate's holder holds (:func:`_attitude_holder`, :func:`_copula_holder`), a quoted
    lowercase phrase, else a name."""
    doc, u, s = ctx.doc, ctx.units[m.ui], m.d.start
    if not m.sentence_like and m.words and doc[m.words[0]].text[:1].islower():
        sp = _verbless_clause_speaker(ctx, m)
        if sp is not None:  # "Pühringer über Sympathiebekundung „wenig erfreut“"
            return Attribution(m.d.rule + VERBLESS, PHRASE_CONFIDENCE, sp)
    a = Attribution(m.d.rule, 0.7 if m.sentence_like else 0.3)
    holder = None
    if not m.sentence_like and m.words:
        holder = _copula_holder(ctx, m) or (None if m.title else _attitude_holder(ctx, m))
    if (
        not m.sentence_like
        and m.words
        and doc[m.words[0]].text[:1].islower()
        and (
            len(m.words) >= 2
            or (m.prev is not None and m.prev.lower_ in ctx.w.predicative_particles)
        )
    ):
        # a quoted phrase ("„unter bestimmten Umständen“") rather than a name
        a.conf = 0.55
        # who is quoted is usually the speaker of the text around, not the subject
        a.speaker = ctx.g.subject_before(ctx, u.start, s - 1) if s - 1 > u.start else None
        a.rule += "+phrase"
        if holder is None and document_place(ctx, u.start, s - 1) is not None:
            # "In einem Schreiben war von einem „…“ die Rede": the document, when the
            # mentions name no one else (:func:`.written_places.document_sources`)
            a.rule += DOCUMENT_MARK
        elif a.speaker is None and holder is None and recent.quote is not None:
            a.speaker = recent.quote.speaker if m.ui - recent.unit <= 2 else None
    if holder is not None:
        a.conf = max(a.conf, ATTITUDE_CONFIDENCE)
        a.speaker = a.speaker or holder
        a.rule = m.d.rule + "+attitude"
    elif m.title or (m.sentence_like and _title_opening(ctx, m)):
        a.conf = 0.15
    return a


def _title_opening(ctx: DocContext, m: Marked) -> bool:
    """A quote with no verb and no final stop opening its sentence, the sentence's verb or
    a comma right after it ("„A Bigger Bang“ sahen 4,7 Millionen Zuschauer", "„Oskar, Rico
    und Herzgebreche“ ist die Verfilmung …", "„Verein zur …“, eine Initiative der TU"): the
    subject is a title or a name, not words of a speaker ("„Ich habe fertig“ ist seit
    damals ein geflügeltes Wort" has a verb; a headline's "„Reine Spekulation“ – …" stays)."""
    doc, s, e = ctx.doc, m.d.start, m.d.end
    u = ctx.units[m.ui]
    if s != u.start or e >= u.end or doc[e - 2].text in SENT_END:
        return False
    if any(doc[k].pos_ in VERB_POS for k in m.words):
        return False
    return doc[e].text == "," or doc[e].pos_ in VERB_POS


def _verbless_clause_speaker(ctx: DocContext, m: Marked) -> Span | None:
    """The speaker a headline names before a quoted phrase in a clause with no verb
    ("Pühringer über Sympathiebekundung „wenig erfreut“, Haimbuchner nach
    Sondierungsgespräch „positiv gestimmt“", "Huber über Niederlage „enttäuscht“"): the
    noun phrase opening the clause (the unit or the part after its last comma) up to its
    first preposition, when its first word is a person's or organisation's name or a word
    of the role lexicon ("Polizeichef" after a dash is whom the words describe); no verb
    before or after the quote."""
    doc, s = ctx.doc, m.d.start
    start = ctx.units[m.ui].start
    k = s - 1
    while k >= start and doc[k].text not in CLAUSE_BREAK:
        if doc[k].pos_ in VERB_POS or ctx.inside[k] >= 0:
            return None
        k -= 1
    c = k + 1
    if c >= s or (k >= start and doc[k].text != ",") or _verb_after(ctx, m):
        return None
    first = doc[c]
    if (
        first.ent_type_ not in PERSON_LABELS | ORG_LABELS
        and ctx.kit.roles.lookup(first.text) is None
    ):
        return None  # "Schritt der Uni Salzburg für Naturschutzbund „…“": no speaker first
    e = next((j for j in range(c + 1, s) if doc[j].pos_ == "ADP"), s)
    sp = ctx.ph.np_forward(doc, c, e, ctx.pos)
    if sp is None or sp[0] != c or not speakerish(ctx, sp):
        return None
    return sp


def _verb_after(ctx: DocContext, m: Marked) -> bool:
    """A verb after the quote before the clause ends ("…, die Route „mehrmals gekreuzt“
    haben soll"): the clause is no verbless one."""
    doc, end = ctx.doc, ctx.units[m.ui].end
    for k in range(m.d.end, end):
        if doc[k].text in CLAUSE_BREAK:
            return False
        if doc[k].pos_ in VERB_POS:
            return True
    return False


def _attitude_holder(ctx: DocContext, m: Marked) -> Span | None:
    """The person whose evaluation a quoted fragment is, by the parse: the fragment is an
    object (or in a phrase of an object) of an active verb of attitude
    (``attitude_lemmas``: "sieht X einen „…“", "riet zu „…“", "würdigte den Einsatz zur
    „…“") with a subject that names someone. None otherwise."""
    if not ctx.parsed:
        return None
    doc, s, e, w = ctx.doc, m.d.start, m.d.end, ctx.w
    heads = [t for t in doc[s + 1 : e - 1] if not (s < t.head.i < e - 1) and not t.is_punct]
    if len(heads) != 1:
        return None
    t = heads[0]
    as_phrase = m.prev is not None and m.prev.lower_ in w.predicative_particles
    for _ in range(3):
        if t.pos_ in VERB_POS and t.lemma_ in w.attitude_lemmas:
            if ctx.g.is_passive(t):
                subj = labels.clause_agent(t)
            else:  # not the fragment itself ("Als „…“ beurteilte X")
                subj = next(
                    (c for c in labels.children_with(t, "subject") if not s < c.i < e), None
                )
            if subj is None or subj.lower_ in w.impersonal_subjects:
                return None
            sp = tidy(ctx, span_of(subj))
            return sp if sp is not None and speakerish(ctx, sp) else None
        if t.head.i == t.i or (labels.has_quote_role(t, "subject") and not as_phrase):
            return None  # (the parse takes "Als „…“ beurteilte X" for a subject)
        t = t.head
    return None


def _copula_holder(ctx: DocContext, m: Marked) -> Span | None:
    """ "war für die Gewerkschaft „Wortbruch“", "Für den Betriebsrat ist das ein „…“": a
    quoted predicate after the finite copula of a clause with no full verb (or right before
    it: "Was für die Ministerin eine „…“ ist, war …"), and a phrase
    after one of ``holder_prepositions`` before the quote that names someone: whose
    evaluation it is (a capitalised word there is no name, even when the entity
    recogniser takes it for one). None otherwise."""
    doc, s, u = ctx.doc, m.d.start, ctx.units[m.ui]
    if not ctx.pos or u.end - u.start > 25:
        return None
    clause = [t for t in doc[u.start : u.end] if ctx.inside[t.i] < 0]
    if any(t.pos_ == "VERB" for t in clause):
        return None
    copula = next((t.i for t in clause if t.pos_ == "AUX"), None)
    if copula is None or (copula > s and copula != m.d.end):  # "eine „…“ ist"
        return None
    for k in range(s - 2, u.start - 1, -1):  # the nearest one
        if doc[k].lower_ in ctx.w.holder_prepositions:
            sp = ctx.g.np_after(ctx, k + 1, s)
            return sp if sp is not None and speakerish(ctx, sp) else None
    return None


def verb_object(ctx: DocContext, c: Cue, s: int, e: int, speaker: Span | None) -> bool:
    """The quoted fragment ``s``..``e`` is an object of the cue verb (directly, or through
    a preposition or a noun: "warnte vor den „…“", "nannte dies einen „…“"), the verb has
    a speaker of its own and is active -- not a name the text gives ("nennt man", "in
    der „Bild am Sonntag“ schreibt")."""
    doc, w = ctx.doc, ctx.w
    if not ctx.parsed or c.verb is None or speaker is None or speaker[0] < e and speaker[1] > s:
        return False
    verb = c.verb
    if (
        ctx.g.is_passive(verb)
        or any(
            labels.has_quote_role(t, "subject", "expletive")
            and t.lower_ in w.impersonal_subjects
            or t.lower_ in w.reflexive_pronouns
            for t in verb.children
        )
        or (s > 0 and doc[s - 1].pos_ in ("NOUN", "PROPN"))
    ):
        # "nennt man einen „…“", "die sich „…“ nennt", "Film „…“": a name, not words
        return False
    heads = [t for t in doc[s + 1 : e - 1] if not (s < t.head.i < e - 1) and not t.is_punct]
    if len(heads) != 1:
        return False
    t = heads[0]
    for _ in range(3):
        if (
            labels.has_quote_role(t, "subject", "apposition", "name_part", "conjunct")
            or t.i == verb.i
            or any(labels.has_role(k, "case") and k.lower_ in w.fragment_block for k in t.children)
        ):
            break
        if t.head.i == verb.i:
            return labels.has_quote_role(t, "complement")
        t = t.head
    return False


def reported_between(ctx: DocContext, a: int, b: int) -> bool:
    """Units ``a+1``..``b-1`` (at most four) are the same paragraph's reported speech
    -- each with a Konjunktiv and no quotation marks -- so a quote after them goes on
    with the speaker of the quote in unit ``a`` ("„…“, sagte X. Die Gefahr sei real.
    Sie bestehe noch nicht. „…“")."""
    if not 2 < b - a <= 5 or a < 0:
        return False
    units = ctx.units
    para = units[a].paragraph
    for k in range(a + 1, b):
        u = units[k]
        if u.paragraph != para or any(ctx.inside[m] >= 0 for m in range(u.start, u.end)):
            return False
        if not ctx.any_mood(u.start, u.end):
            return False
    return units[b].paragraph == para


def next_framed(ctx: DocContext, idx: int) -> Span | None:
    """„A.“ „B“, sagte X: an unframed quote right before a framed one shares its speaker."""
    if idx + 1 >= len(ctx.directs):
        return None
    d2 = ctx.directs[idx + 1]
    u1, u2 = ctx.unit_of[ctx.directs[idx].start], ctx.unit_of[d2.start]
    if u2 - u1 > 1 or ctx.units[u1].paragraph != ctx.units[u2].paragraph:
        return None
    for c in ctx.cues_by_unit[u2]:
        if c.start >= d2.end and c.start - d2.end <= 3 and ctx.doc[d2.end].text == ",":
            return ctx.g.np_after(ctx, c.end, ctx.units[u2].end)
    return None


def merge_interrupted(ctx: DocContext) -> None:
    """„A“, sagte er, „B“ is ONE quote with two parts; the frame between is its cue. Not
    when a sentence ends between ("„A“, erklärte X am Montag. Er fügte hinzu: „B“"): two
    statements, each with its own frame."""
    doc, quotes = ctx.doc, ctx.quotes
    direct = sorted((q for q in quotes if q.direct and not q.nested), key=lambda q: q.start)
    drop = set()
    for i in range(len(direct) - 1):
        a, b = direct[i], direct[i + 1]
        if min(a.confidence, b.confidence) < 0.5 and not _goes_on(ctx, a, b):
            continue
        gap = range(a.end, b.start)
        by_unit = ctx.cues_by_unit
        cues = [
            c
            for c in by_unit[a.unit] + (by_unit[b.unit] if b.unit != a.unit else [])
            if a.end <= c.start < b.start
        ]
        ok = (
            b.unit - a.unit <= 1
            and 2 < len(gap) <= 14
            and doc[a.end].text == ","
            and doc[b.start - 1].text in (",", ":")
            and cues
            and not any("\n" in doc[k].text or doc[k].text in SENT_END for k in gap)
            and (not _second_frame(ctx, gap) or _goes_on(ctx, a, b))
            and not _added_frame(ctx, gap, cues)
        )
        if not ok:
            continue
        a.parts = a.parts + b.parts
        a.confidence = max(a.confidence, b.confidence)
        if a.speaker is None or (b.speaker is not None and a.end <= b.speaker[0] < b.start):
            a.speaker = b.speaker
        if not a.cue or not (a.end <= a.cue[0][0] < b.start):
            a.cue, a.cue_lemma = list(cues[0].pieces), cues[0].lemma
        a.rule += "+interrupted"
        drop.add(id(b))
        direct[i + 1] = a
    if drop:
        quotes[:] = [q for q in quotes if id(q) not in drop]


def _second_frame(ctx: DocContext, gap: range) -> bool:
    """„A“, sagte X, und die Ministerin antwortete: „B“: a comma and a coordinator with a
    subject after them open a second frame between the quotes -- two speakers, two quotes."""
    doc = ctx.doc
    for k in gap[:-1]:
        if doc[k].text == "," and doc[k + 1].lower_ in ctx.w.coordinators:
            return any(labels.has_role(doc[m], "subject") for m in range(k + 2, gap.stop))
    return False


def _added_frame(ctx: DocContext, gap: range, cues: list[Cue]) -> bool:
    """„A“, sagte X und fügte hinzu: „B“: a coordinator (``clause_coordinators``) and a
    second cue after it before a colon that ends the gap open a second statement of the
    same speaker -- two quotes, as the gold has them."""
    doc = ctx.doc
    if doc[gap.stop - 1].text != ":":
        return False
    joins = [k for k in gap if doc[k].lower_ in ctx.w.clause_coordinators]
    return bool(joins) and any(c.start > joins[0] for c in cues)


def _goes_on(ctx: DocContext, a: Quote, b: Quote) -> bool:
    """„Das Problem“, sagte X, „ist nicht neu.“: the quote after the frame goes on with the
    sentence the one before it began (a lowercase word after its mark, no stop before the
    first one's closing mark), so the two are one quote even when the first part alone is
    rated as a name or a title (one part rated a quote)."""
    doc = ctx.doc
    if max(a.confidence, b.confidence) < 0.5 or b.end - b.start < 3 or a.end - a.start < 3:
        return False
    first, last = doc[b.start + 1], doc[a.end - 2]
    return (
        first.is_alpha
        and first.text[:1].islower()
        and last.text not in SENT_END
        and last.text not in "!?"
    )


def cited_copies(ctx: DocContext, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with a copy after each direct quote that one party cites from another:
    "„…“, zitiert ndr.de Polizeisprecher Ralf Meyer", "X wird von der „Netzeitung“ mit den
    Worten zitiert: „…“" are the words of the one and a statement of the other (the gold
    gives both). The parties of the citing verb (``citing_lemmas``) are its subject,
    ``von``-agent and objects, then for a passive verb a medium or document it is cited in
    ("wird im Fachblatt zitiert", "In der Meldung wird X zitiert"); the copy takes
    the first that is not the quote's speaker (a quote with no speaker takes the first, its
    copy the second). None without a parse. The copy spans the words inside the marks:
    span attributes are stored by character offsets, so two spans of the same offsets would
    share them."""
    if not ctx.parsed:
        return quotes
    out = []
    for q in quotes:
        out.append(q)
        if not (q.direct and q.cue):
            continue
        if q.cue_lemma in ctx.w.citing_lemmas:
            verb = _citing_verb(ctx, q)
        else:
            verb = _pattern_citing_verb(ctx, q)
            if verb is None:
                continue
        parties = _parties(ctx, q, verb) if verb is not None else []
        if not parties and verb is not None:
            parties = _gap_party(ctx, q, verb)
        if not parties:
            parties = [p for p in [_quoted_party(ctx, q)] if p is not None]
        if q.speaker is None and len(parties) > 1:
            q.speaker = parties.pop(0)
        inner = [(a + 1, b - 1) for a, b in q.parts if b - a > 2]
        if len(inner) != len(q.parts):
            continue
        if parties:
            # with no speaker of its own and one party, the copy names the party
            copy = replace(q, parts=inner, speaker=parties[0], rule=q.rule + CITED_MARK)
            out.append(replace(copy, cue=list(q.cue)))
    return out


def _citing_verb(ctx: DocContext, q: Quote):
    """The verb token among the quote's cue pieces, or None."""
    doc = ctx.doc
    verbs = [doc[k] for a, b in q.cue for k in range(a, b) if doc[k].pos_ in VERB_POS]
    lexical = [t for t in verbs if t.lemma_ in ctx.w.citing_lemmas]
    return (lexical or verbs or [None])[-1]


def _pattern_citing_verb(ctx: DocContext, q: Quote):
    """A citing verb outside quotation marks in the unit of a quote whose cue has no verb
    ("X zitiert Y mit den Worten „…“", "Y wird von der „Netzeitung“ mit den Worten
    zitiert: „…“": the cue is "mit den Worten"), or None."""
    pos, lemma, inside = ctx.table.pos, ctx.table.lemma, ctx.inside
    if any(pos[k] in VERB_POS_IDS for a, b in q.cue for k in range(a, b)):
        return None
    u, citing = ctx.units[q.unit], word_ids(ctx.w.citing_lemmas)
    for k in range(u.start, u.end):
        if inside[k] < 0 and pos[k] in VERB_POS_IDS and lemma[k] in citing:
            return ctx.doc[k]
    return None


def _parties(ctx: DocContext, q: Quote, verb) -> list[Span]:
    """Subject, agent, objects and a medium the quote is cited in, of ``verb`` in the
    quote's unit, as tidy mentions that are neither the quote's speaker nor part of what is
    said."""
    u = ctx.units[q.unit]
    heads = [labels.clause_subject(verb), labels.clause_agent(verb)]
    heads += list(labels.children_with(verb, "object"))
    media = []  # "wird im Fachblatt zitiert"; active "zitierte X vom Sender": X's employer
    if labels.is_passive(verb):  # (the parse may hang the phrase on the auxiliary)
        media = [
            labels.pp_object(t)
            for v in labels.verb_chain(verb)
            for t in labels.children_with(v, "modifier")
        ]
    taken = [*q.parts] + ([q.speaker] if q.speaker is not None else [])
    out: list[Span] = []
    for t, medium_only in [(t, False) for t in heads] + [(t, True) for t in media]:
        if t is None or not (u.start <= t.i < u.end) or t.is_punct:
            continue
        sp = _before_cue(span_of(t), q)
        sp = sp if medium_only else tidy(ctx, sp)  # a medium keeps "im"
        if sp is None or any(a < sp[1] and sp[0] < b for a, b in taken + out):
            continue
        if _names_party(ctx, t, sp, medium_only) or (t in heads[:2] and _bare_name(t, sp)):
            out.append(_closed(ctx, sp))
    return out


def _bare_name(t, sp: Span) -> bool:
    """A one-word capitalised noun as the citing subject or agent ("zitiert Welt-Online den
    Minister", "wie X von Spiegel-Online zitiert wird"): an outlet the entity recogniser
    does not know, not "man"."""
    return sp[1] - sp[0] == 1 and t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper()


def _quoted_party(ctx: DocContext, q: Quote) -> Span | None:
    """ "zitiert die „Computerwoche“ Lynch": the speaker span opens with a name in marks
    and a person's name (nothing else) follows it; the words up to the closing mark are the citing party, the rest
    the speaker (``q.speaker`` is cut to it). None otherwise."""
    if q.speaker is None:
        return None
    a, b = q.speaker
    for k in range(a, b - 1):
        d = ctx.inside[k]
        if d >= 0 and ctx.directs[d].start >= a and ctx.directs[d].end < b:
            end = ctx.directs[d].end
            if all(ctx.doc[j].ent_type_ == "PER" for j in range(end, b)):
                q.speaker = (end, b)
                return (a, end)
            return None
    return None


def _before_cue(sp: Span, q: Quote) -> Span:
    """``sp`` up to the quote's cue words ("den Prediger mit den Worten": the parse hangs the
    pattern on the object)."""
    for a, _ in q.cue:
        if sp[0] < a < sp[1]:
            sp = (sp[0], a)
    return sp


def _gap_party(ctx: DocContext, q: Quote, verb) -> list[Span]:
    """ "„…“, zitiert ndr.de Polizeisprecher X": the words between an active citing verb
    and the speaker right after it, when they name a medium or a web address and the parse
    gives the verb no other subject (it often misses such a subject or takes the speaker)."""
    if q.speaker is None or labels.is_passive(verb):
        return []
    subj = labels.clause_subject(verb)
    if subj is not None and not q.speaker[0] <= subj.i < q.speaker[1]:
        return []
    doc, a, b = ctx.doc, verb.i + 1, q.speaker[0]
    if not 0 < b - a <= 3 or any(doc[k].is_punct and len(doc[k]) == 1 for k in range(a, b)):
        return []
    web = any(is_web_source(ctx, doc[k].text) for k in range(a, b))
    return [(a, b)] if web or is_medium(ctx, (a, b)) else []


def _names_party(ctx: DocContext, t, sp: Span, medium_only: bool) -> bool:
    """Subject, agent and objects must name someone (not "zitierte man"); a phrase the
    quote is cited in must name a medium or be a document ("in der Meldung")."""
    if not medium_only:
        return speakerish(ctx, sp) or is_medium(ctx, sp)
    adp = labels.adposition_of(t)
    in_document = adp is not None and adp.lower_ in ctx.w.document_prepositions
    if adp is not None and adp.lower_ in ctx.w.agent_prepositions:
        # "wie X von Spiegel-Online zitiert wird": an agent the parse hangs as a modifier
        return speakerish(ctx, sp) or is_medium(ctx, sp)
    return in_document or is_medium(ctx, sp)


def _closed(ctx: DocContext, sp: Span) -> Span:
    """``sp`` with the closing mark of a quoted name it opens ("der „Netzeitung“")."""
    d = ctx.inside[sp[1] - 1]
    if d >= 0 and ctx.directs[d].end == sp[1] + 1 and ctx.directs[d].start >= sp[0]:
        return (sp[0], sp[1] + 1)
    return sp
