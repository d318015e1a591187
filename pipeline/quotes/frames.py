"""Step 3 of the engine: cue frames -- each cue of a unit becomes a frame with content and
speaker, or the frame of the direct quotes its content is made of.

Speech verbs (:func:`verb_frame`): "wie X sagte, …", an inverted frame after the content
("Die Lage sei ernst, sagte X"), a complement after the verb ("sagte, dass …"), or no clause
(a reported speech act, an anaphor "Das bestätigte X"). Cue patterns
(:func:`pattern_frame`) put speaker and content where their rule's ``speaker`` and
``content`` fields say.

>>> frames(ctx)   # fills ctx.quotes, ctx.direct_info, ctx.unit_speaker  # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.symbols import CCONJ, SCONJ

from .. import labels
from .content import (
    adverbial_end,
    anaphoric,
    attach_directs,
    clause_like,
    complement,
    coordinated_end,
    embedded_clause,
    writer_statement,
)
from .context import VERB_POS, Cue, DocContext, Quote, Span
from .continuations import subordinate_content
from .dative_fronts import dative_front_subject
from .mentions import is_web_source, parse_speaker, source_name, speakerish, subject_of
from .phrases import CLAUSE_BREAK, QUOTE_OPENERS
from .reported import frames_complement, negates, reported_start, speech_act
from .source_appositions import apposition_before
from .spaces import past_spaces
from .units import Unit
from .words import word_ids

VERB_TAGS = frozenset({"VERB", "AUX"})
#: pronominal adverbs between a source pattern and its source ("hieß es dazu von der Polizei")
MAX_ADVERBS = 2


@dataclass
class UnitState:
    """One unit while its cues are turned into frames."""

    ui: int
    u: Unit
    end: int  # content end (without the final punctuation)
    verb_pos: set[int]
    used_until: int


@dataclass
class Frame:
    """A frame under construction: content parts, speaker, cue and confidence."""

    parts: list[Span] = field(default_factory=list)
    speaker: Span | None = None
    frame_after: bool = False  # the frame follows its content
    cue_pieces: list[Span] = field(default_factory=list)
    conf: float = 0.0
    rule: str = ""
    rest: Span | None = None  # a coordinated main clause after the content (reported)


#: the mark that ends a question
QUESTION_MARK = "?"
#: a title glued to a noun by its closing mark and a hyphen ("Spiegel“-Bericht")
_COMPOUND_TITLE = re.compile(r"^[^\W\d_][^„“”\"«»]*[“”\"«»]-[^\W\d_]")
#: morphological features (Universal Dependencies) of a finite verb and the present tense
FINITE = labels.FINITE_FEATURE
PRESENT = "Tense=Pres"
#: the pronoun type (Universal Dependencies) of a personal pronoun
PERSONAL = "Prs"
#: the verb forms (Universal Dependencies) of an infinitive and a participle
INFINITIVE = "Inf"
PARTICIPLE = "Part"
#: the parts of speech of an attributive adjective or participle ("die gesuchten Männer";
#: taggers call some of them verbs)
MODIFIER_TAGS = frozenset({"ADJ", "VERB"})
#: the parts of speech of the noun an attributive adjective goes with
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
#: the parts of speech that may stand before an authored work's noun ("ein neues Buch")
WORK_MODIFIERS = frozenset({"DET", "ADJ", "NUM"})


def frames(ctx: DocContext) -> None:
    """Turn the cues of every unit into frames (``ctx.quotes``, ``ctx.direct_info``)."""
    for ui, u in enumerate(ctx.units):
        cues = ctx.cues_by_unit[ui]
        if not cues or _question(ctx, u):
            continue
        st = UnitState(
            ui, u, u.content_end(ctx.doc), {c.start for c in cues if c.verb is not None}, u.start
        )
        for cue in cues:
            fr = Frame(cue_pieces=list(cue.pieces), conf=cue.confidence, rule=cue.rule)
            c = clause_start(ctx, u, cue)
            if cue.pattern is None:
                done = verb_frame(ctx, st, cue, c, fr)
            else:
                done = pattern_frame(ctx, st, cue, c, fr)
            if done:
                finish_frame(ctx, st, cue, fr)


def _question(ctx: DocContext, u: Unit) -> bool:
    """A sentence that ends in a question mark outside quotation marks asks; it reports
    no one ("Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?")."""
    e = u.content_end(ctx.doc)
    return e < u.end and ctx.table.texts[e] == QUESTION_MARK and ctx.inside[e] < 0


def clause_start(ctx: DocContext, u: Unit, cue: Cue) -> int:
    """Scan left from the cue to a clause break (quoted names do not end a clause)."""
    inside, texts = ctx.inside, _texts(ctx)
    c = cue.start
    while c > u.start and (texts[c - 1] not in CLAUSE_BREAK or inside[c - 1] >= 0):
        d = inside[c - 1]
        if d >= 0 and ctx.directs[d].end - ctx.directs[d].start > 8:
            break
        c -= 1
    return c


def _texts(ctx: DocContext) -> list[str]:
    """The tokens' texts (from the context's :class:`~.context.TokenTable` when built)."""
    return ctx.table.texts if ctx.table is not None else [t.text for t in ctx.doc]


# ------------------------------------------------------------------ speech verbs
def verb_frame(ctx: DocContext, st: UnitState, cue: Cue, c: int, fr: Frame) -> bool:
    """Fill ``fr`` for a speech verb; False when the cue made no frame (or made its quote
    itself: speech acts, anaphors)."""
    doc = ctx.doc
    if writer_statement(ctx, cue, c, st.end):
        return False  # "Alles in allem kann man sagen, dass …": the writer speaks
    if _thing_subject(ctx, cue) or authored_work(ctx, cue):
        return False  # "Schon der Titel deutet an, wie …": the writer's narration
    if _interposed_frame(ctx, st, cue, c, fr):
        return True
    comp = complement(ctx, cue.after, st.u, st.verb_pos)
    comp = comp if frames_complement(ctx, cue, comp) else None
    if _topic_question(ctx, cue, comp):
        return False  # "Das Gutachten erklärt, warum …": what it is about
    if cue.lemma in ctx.w.opinion_lemmas and not _opinion_clause(ctx, cue, comp):
        return False  # "fand die Leichen", "findet es gut, dass …": no opinion stated
    if _sense_shy(ctx, cue, comp):
        return False  # "Dem Verteidiger droht ein Ausfall: …": no one speaks
    if comp is not None and (
        _negated(ctx, st, cue, c)
        or _decides(ctx, cue, comp[1])
        or _open_question(ctx, cue, comp[1])
    ):
        # "Ein Sprecher wollte nicht bestätigen, dass …", "X entscheidet, ob …": nothing
        # was said, but the Konjunktiv sentences after it may still be the subject's
        ctx.unit_speaker.setdefault(st.ui, (_verb_speaker(ctx, st, cue, c, False), None))
        return False
    if comp is not None and _main_clause_after(ctx, st, cue, c, comp[1]):
        comp = None  # "Nachdem X angekündigt hatte, habe die Partei …": not what X said
    if comp is not None and comp[0] == "colon" and _colon_of_main_clause(ctx, st, cue, c, comp[1]):
        comp = None  # "Viele, die X kritisiert hatten, zollten ihm Respekt: …"
    if comp is not None and _relative_after_frame(ctx, st, cue, c, comp[1]):
        _relative_frame(ctx, st, cue, c, comp[1], fr)
        return True
    inverted = _inverted(ctx, st, cue, c, comp)
    if inverted and _closes_own_clause(ctx, cue, c):
        return False  # "X müsse die Aufgabe, die …, annehmen, sagte Y": X's verb, no frame
    c = _wie_clause_start(ctx, st, cue, c)
    if ctx.table.lower[c] in word_ids(ctx.w.as_words) and cue.start - c <= 20:
        if _modal_infinitive(ctx, cue, c):
            return False  # "…, wie X behaupten konnte, …": how, not "as X said"
        if cue.start == c + 1 or (cue.start == c + 2 and labels.is_auxiliary(doc[c + 1])):
            return False  # "Wie berichtet, …", "wie bereits berichtet": the paper itself
        _wie_frame(ctx, st, cue, c, fr)
    elif inverted and _later_frame(ctx, st, cue, c):
        return False  # "Dass …, bestätigt diese Rolle, meinte X": X frames it all
    elif (
        inverted
        and ("indirect" in cue.kinds or ctx.inside[max(c - 2, 0)] >= 0 or _unmarked_frame(ctx, cue))
        and not _not_content(ctx, st, cue, c)
        and not _duty(ctx, cue, c)
        and not _open_question(ctx, cue, st.used_until)
    ):
        _inverted_frame(ctx, st, cue, c, fr)
    elif comp is not None:
        _complement_frame(ctx, st, cue, c, comp, fr)
    elif cue.lemma not in ctx.w.question_only_lemmas:
        _no_clause(ctx, st, cue, c, fr)
        return False
    else:
        return False  # "hat angefragt." asks: the answer after it is not the asker's
    return True


#: the complements that follow a speech verb as a clause of their own
AFTER_CLAUSES = ("that", "infinitive", "mood")


#: the complements that state an opinion after a verb of ``opinion_lemmas``
OPINION_CLAUSES = ("that", "mood")


def _opinion_clause(ctx: DocContext, cue: Cue, comp: tuple[str, int] | None) -> bool:
    """A verb of holding an opinion (``opinion_lemmas``: "findet") frames here only a
    "dass" or Konjunktiv clause right after a comma after it, with at most its own subject
    and adverbs between ("Der Minister findet, dass …", "Zudem findet der Minister, die
    Reform sei …"; not "fand die Leichen", "findet es gut, dass …"); a frame after its
    content is :mod:`.trailing_frames`' ("…, findet der Minister.")."""
    if comp is None or comp[0] not in OPINION_CLAUSES or cue.verb is None:
        return False
    comma = comp[1] - 1
    if comma < cue.after or ctx.table.texts[comma] != ",":
        return False
    subj = labels.clause_subject(cue.verb) if ctx.parsed else None
    own = set(range(subj.left_edge.i, subj.right_edge.i + 1)) if subj is not None else set()
    return all(m in own or ctx.doc[m].pos_ in ("ADV", "PART") for m in range(cue.after, comma))


def _thing_subject(ctx: DocContext, cue: Cue) -> bool:
    """A verb that a thing does too (``thing_subject_lemmas``: "Schon der Titel deutet an,
    wie …", "Der Name erinnert daran, dass …"; for ``thing_pointing_lemmas``
    :func:`_sign_subject`) whose subject is a noun that names no one who
    speaks (:func:`~.mentions.speakerish`) and no text (``text_noun_endings``: "Der Bericht
    erinnert daran"); needs the parse."""
    if not ctx.parsed or cue.verb is None:
        return False
    if cue.lemma in ctx.w.thing_pointing_lemmas:
        return _sign_subject(ctx, cue.verb)
    if cue.lemma not in ctx.w.thing_subject_lemmas:
        return False
    return _thing_noun_subject(ctx, cue, ctx.w.text_noun_endings)


def _thing_noun_subject(ctx: DocContext, cue: Cue, texts: tuple[str, ...] = ()) -> bool:
    """The subject of the cue's verb is a noun that names no one who speaks
    (:func:`~.mentions.speakerish`) and no text (a noun ending in ``texts``); needs the
    parse."""
    if not ctx.parsed or cue.verb is None:
        return False
    subj = labels.clause_subject(cue.verb)
    if subj is None or subj.pos_ not in NOUN_TAGS or (texts and subj.lower_.endswith(texts)):
        return False
    if _named_beside(ctx, cue.verb, subj):
        return False  # "Des Weiteren verwies Steinbrück darauf": the parse took the adverb
    return not (speakerish(ctx, (subj.left_edge.i, subj.i + 1)) or _person_noun(ctx, subj))


def _topic_question(ctx: DocContext, cue: Cue, comp: tuple[str, int] | None) -> bool:
    """A w-question after a verb whose subject is a thing (:func:`_thing_noun_subject`, a
    text too: "Das Gutachten erklärt, warum …", "Der Film erzählt, wie …", "Die Studie
    beschreibt, wie …"): the question is what the thing is about, the writer's narration;
    no one's words. A verb of asking (``asking_lemmas``) asks its question."""
    return (
        comp is not None
        and comp[0] == "question"
        and cue.lemma not in ctx.w.asking_lemmas
        and _thing_noun_subject(ctx, cue)
    )


def _sign_subject(ctx: DocContext, verb) -> bool:
    """The subject of a verb of pointing is a sign, a find or a figure
    (``sign_noun_endings``: "Der Titel Partisan verweist auf …", "Alle Spuren weisen darauf
    hin, dass …") and no other noun the verb governs names someone who speaks."""
    subj = labels.clause_subject(verb)
    if subj is None or subj.pos_ not in NOUN_TAGS:
        return False
    return subj.lower_.endswith(ctx.w.sign_noun_endings) and not _named_beside(ctx, verb, subj)


def _named_beside(ctx: DocContext, verb, subj) -> bool:
    """Another noun the verb governs names someone who speaks: an inverted subject the
    parse calls an object ("Des Weiteren verwies Steinbrück darauf", "Des Weiteren" taken
    for the subject)."""
    return any(
        t.i != subj.i and t.pos_ in NOUN_TAGS and speakerish(ctx, (t.left_edge.i, t.i + 1))
        for t in verb.children
    )


def authored_work(ctx: DocContext, cue: Cue) -> bool:
    """A verb of writing (``authoring_lemmas``) with a work as its object (a noun of
    ``work_noun_endings`` with only articles, adjectives, numbers before it, the parse may
    call it the subject: "hat ein Buch darüber geschrieben, wie …"; not "schrieb in seinem
    Buch, dass …" nor "in Tom Rostons Buch"): what the work is about, nothing said; needs
    the parse."""
    if cue.lemma not in ctx.w.authoring_lemmas or not ctx.parsed or cue.verb is None:
        return False
    return any(
        t.pos_ in NOUN_TAGS
        and t.lower_.endswith(ctx.w.work_noun_endings)
        and all(g.pos_ in WORK_MODIFIERS for g in ctx.doc[t.left_edge.i : t.i])
        for v in labels.verb_chain(cue.verb)
        for t in v.children
    )


def _person_noun(ctx: DocContext, t) -> bool:
    """A noun that may name a person though no lexicon lists it: a person ending
    ("Anwohner", "Kritikerin"), an age ("Der 45-Jährige"), a nominalised adjective or
    participle (``nominal_adjective_endings``: "Der Angeklagte")."""
    if ctx.kit.roles.noun_gender(t.text, True) is not None or t.text[:1].isdigit():
        return True
    return t.lower_.endswith(ctx.w.nominal_adjective_endings)


def _sense_shy(ctx: DocContext, cue: Cue, comp: tuple[str, int] | None) -> bool:
    """A speech verb that is no speech in this frame: one that reports only through a
    clause after it (``complement_only_lemmas``: "bieten die Hochschulen Workshops an")
    without one, or one that a thing does too (``thing_sense_lemmas``) before a colon or
    an infinitive without a comma ("droht ein Ausfall: …", "droht zu scheitern")."""
    w = ctx.w
    if cue.lemma in w.complement_only_lemmas:
        return comp is None or comp[0] not in AFTER_CLAUSES
    if comp is None or cue.lemma not in w.thing_sense_lemmas:
        return False
    bare = comp[0] == "infinitive" and ctx.table.texts[comp[1] - 1] != ","
    return comp[0] == "colon" or bare or _noun_infinitive(ctx, cue, comp)


def _noun_infinitive(ctx: DocContext, cue: Cue, comp: tuple[str, int]) -> bool:
    """An infinitive after a verb of ``thing_sense_lemmas`` that the parse hangs on a noun
    between the verb and the clause ("X drohen 30 Jahre Haft wegen Verschwörung mit dem
    Ziel, eine Terrororganisation zu unterstützen"): the noun's clause, no threat."""
    if comp[0] != "infinitive" or not ctx.parsed:
        return False
    doc = ctx.doc
    k = next((k for k in range(comp[1], len(doc)) if labels.is_infinitive(doc[k])), None)
    if k is None or doc[k].is_sent_start:
        return False
    head = doc[k].head  # not a time ("drohte am Montag, … zu …": the parse's slip)
    nominal = labels.is_nominal(head) and head.lower_ not in ctx.w.time_words
    return nominal and cue.end <= head.i < comp[1]


def _later_frame(ctx: DocContext, st: UnitState, cue: Cue, c: int) -> bool:
    """ "Dass die Kandidaten bei uns starten, bestätigt diese Rolle, meinte X": right after
    the clause of a frame after its content comes a second such frame, a speech verb
    after a comma with its subject after it: that one frames the sentence, the first verb
    and its object are part of what was said (not after a clause in the reported-speech
    mood: "Das Haus sei verkauft, bestätigte ein Sprecher, …")."""
    texts, end = ctx.table.texts, st.end
    if ctx.any_mood(max(st.used_until, st.u.start), c):
        return False
    k = cue.after
    while k < end and texts[k] != ",":
        k += 1
    m = k + 1
    if m >= end or m not in st.verb_pos or not ctx.parsed:
        return False
    later = ctx.doc[m]
    sp = parse_speaker(ctx, later)
    return sp is not None and m < sp[0] < end and not ctx.any_mood(m, end)


def _relative_after_frame(ctx: DocContext, st: UnitState, cue: Cue, c: int, k: int) -> bool:
    """ "Das sind Schüler aus dem Ort, schreibt eine Frau, weswegen ich …": a verb-first frame
    after a full clause, followed by a relative clause on that clause (``clause_relatives``):
    the frame interrupts one statement, the relative clause is no question it asks."""
    doc, texts = ctx.doc, ctx.table.texts
    a = max(st.used_until, st.u.start)
    if c != cue.start or c < a + 2 or texts[c - 1] != "," or texts[k - 1] != ",":
        return False
    if doc[k].lower_ not in ctx.w.clause_relatives or any(m in st.verb_pos for m in range(a, c)):
        return False
    if any(ctx.inside[m] >= 0 for m in range(a, k)):
        return False
    return any(_has(doc[m], FINITE) for m in range(a, c - 1))


def _relative_frame(ctx: DocContext, st: UnitState, cue: Cue, c: int, k: int, fr: Frame) -> None:
    """Both parts around the frame of :func:`_relative_after_frame` are the content; the
    subject after the verb speaks (from after a colon that leads in: "Kritik daran: Das
    sind …")."""
    a = max(st.used_until, st.u.start)
    colons = [m for m in range(a, c - 2) if ctx.table.texts[m] == ":" and ctx.inside[m] < 0]
    a = colons[-1] + 1 if colons else a
    sp = parse_speaker(ctx, cue.verb) if ctx.parsed and cue.verb is not None else None
    if sp is None or not cue.start < sp[0] < k:
        sp = ctx.g.np_after(ctx, cue.after, k - 1)
    fr.frame_after = True
    fr.parts, fr.speaker = [(a, c - 1), (k, st.end)], sp
    fr.rule += "+after+relative"


def _unmarked_frame(ctx: DocContext, cue: Cue) -> bool:
    """A verb that frames only quoted speech (``unmarked_frame_lemmas``), finite or a
    passive participle, frames the unmarked speech before it as an inverted frame ("…,
    *seufzt* der Trainer", "…, wird die App auf ihrer Website *beschrieben*"); not as an
    infinitive after a fronted object ("Das Video, das …, will sie nicht *beschreiben*")."""
    return (
        cue.verb is not None
        and cue.lemma in ctx.w.unmarked_frame_lemmas
        and not labels.is_infinitive(cue.verb)
    )


def _inverted(ctx: DocContext, st: UnitState, cue: Cue, c: int, comp) -> bool:
    """ "X, der Sprecher, sagte, dass ...": a frame after its content unless the subject
    follows."""
    doc, u = ctx.doc, st.u
    inverted = (
        c > u.start
        and ctx.table.texts[c - 1] == ","
        and (
            c == cue.start
            or _opener(ctx, c, cue)
            or (ctx.g.finite_like(doc[c], ctx.pos) and cue.start - c <= 8)
        )
    )
    if inverted and comp is None and _own_subject_before(ctx, cue, u.start, c - 1):
        return False  # "Der Vorsitzende, der … gilt, wies Kritik zurück": its subject
    if inverted and _phrase_with_relative(ctx, st, cue, u.start, c - 1):
        return False  # the same without the parse's subject (cue36b)
    if inverted and cue.verb is not None and dative_front_subject(ctx, cue.verb) is not None:
        return False  # "Der SZ, die …, sagte X, …": a fronted dative, no content (res36b)
    if not (inverted and (comp is not None or not clause_like(ctx, u.start, c - 1))):
        return inverted
    if ctx.parsed and cue.verb is not None:
        sp = parse_speaker(ctx, cue.verb)
        return sp is not None and sp[0] > c
    return ctx.g.np_after(ctx, c + 1 if c != cue.start else cue.start + 1, st.end) is not None


def _closes_own_clause(ctx: DocContext, cue: Cue, c: int) -> bool:
    """The speech verb after the comma at ``c - 1`` is an infinitive or a participle whose
    finite auxiliary in the Konjunktiv stands before that comma ("Deutschland müsse die Aufgabe, die sich
    stelle, *annehmen* und gestalten, sagte X"): the verb closes the clause before it (the
    comma ended a relative clause), it frames nothing ("…, wird X, der Autor, zitiert" does
    frame: an indicative auxiliary); needs the parse."""
    verb = cue.verb
    if not ctx.parsed or verb is None or _has(verb, FINITE) or c < 1:
        return False
    chain = labels.verb_chain(verb)
    if any(t.i < c - 1 and ctx.konj(t) and ctx.inside[t.i] < 0 for t in chain):
        return True
    if cue.start != c or len(chain) > 1 or cue.end >= len(ctx.doc):
        return False
    # a bare non-finite verb right after the comma, then a comma or "und" (the parse lost
    # its auxiliary): the clause before it goes on; an inverted frame has its subject there
    nxt = ctx.doc[cue.end]
    if nxt.text != "," and nxt.lower_ not in ctx.w.coordinators:
        return False
    sp = parse_speaker(ctx, verb)
    return sp is None or sp[0] < c


def _own_subject_before(ctx: DocContext, cue: Cue, a: int, b: int) -> bool:
    """The parse's subject of the cue verb stands in ``a``..``b``, the words before the
    comma that would be the content ("Der Vorsitzende der Partei, der als starker Mann
    gilt, wies Kritik zurück"): they are the verb's own subject, not what was said."""
    if not ctx.parsed or cue.verb is None:
        return False
    subj = labels.clause_subject(cue.verb)
    if subj is None or not a <= subj.i < b or ctx.inside[subj.i] >= 0:
        return False
    # the whole stretch is that one noun phrase (with its relative clause), no clause of
    # its own the parse hung on the verb
    if subj.left_edge.i > a or subj.right_edge.i < b - 1 or subj.pos_ in VERB_TAGS:
        return False
    doc = ctx.doc
    rel = next((m for m in range(a + 1, b) if labels.is_relative_pronoun(doc[m])), b)
    close = next((m for m in range(rel, b) if doc[m].text == ","), b)
    # no finite verb of its own outside the relative clause ("Das ist alles, hatte X
    # gesagt"; "Ein Richter, der …, und zwei Polizisten seien …, teilte X mit")
    outside = [*range(a, rel), *range(close, b)]
    return not any(_has(doc[m], FINITE) or ctx.konj(doc[m]) for m in outside)


def _phrase_with_relative(ctx: DocContext, st: UnitState, cue: Cue, a: int, b: int) -> bool:
    """``a``..``b`` before the comma is one noun phrase in the nominative and a relative
    clause that runs up to that comma ("Der Vorsitzende der Partei (PiS), der als starker
    Mann gilt, wies Kritik … zurück"): the cue's own subject, never what was said; nothing
    finite follows the cue. Fronted objects and phrases ("Für die Verfassung, die …, gab X
    an") are left as they were: on train their rows overlap the gold's reported sentence.
    By the tags, for when the parse hung the subject elsewhere (class cue36b: 10kGNAD row
    276; train and 10kGNAD rows 0-999 measured in the commit)."""
    if _relative_phrase(ctx, st, cue, a, b) is None:
        return False
    sp = parse_speaker(ctx, cue.verb) if ctx.parsed and cue.verb is not None else None
    # a subject in the nominative after the verb: the phrase is a fronted object (train
    # d49024 "Die Zahl der Menschen, die …, bezifferte Xinhua mit 13"), left as it was
    return sp is None or sp[0] < cue.start or not _nominative(ctx, *sp)


def _relative_phrase(ctx: DocContext, st: UnitState, cue: Cue, a: int, b: int) -> int | None:
    """The comma that opens the relative clause of :func:`_phrase_with_relative`, or None."""
    doc, inside = ctx.doc, ctx.inside
    rel = next((m for m in range(a + 2, b) if _relative_after_comma(ctx, m)), b)
    if rel >= b or doc[a].pos_ in VERB_TAGS or doc[b - 1].pos_ not in VERB_TAGS:
        return None
    if any(doc[m].text == "," and inside[m] < 0 for m in range(rel, b)):
        return None  # a clause goes on after the relative clause
    if not any(doc[m].pos_ in ("NOUN", "PROPN") for m in range(a, rel)):
        return None
    if any(doc[m].pos_ in VERB_TAGS or ctx.konj(doc[m]) for m in range(a, rel)):
        return None  # a noun phrase has no verb ("Der Mann gehöre zu einer Bande, die …")
    if not _nominative(ctx, a, rel):
        return None  # a fronted object or phrase ("Für die Verfassung, die …, gab X an")
    if any(
        inside[m] < 0 and (_has(doc[m], FINITE) or ctx.konj(doc[m]))
        for m in range(cue.end, st.end)
        if not any(p <= m < q for p, q in cue.pieces)
    ):
        return None
    return rel - 1 if doc[rel - 1].text == "," else rel - 2


def _fronted_subject(ctx: DocContext, st: UnitState, cue: Cue, c: int, speaker) -> Span | None:
    """The noun phrase before a relative clause and the cue, in the nominative, when the
    parse gave the verb no subject in the nominative ("Der Vorsitzende …, der als starker
    Mann gilt, wies Kritik zurück": the parse's subject "Kritik"); None otherwise."""
    u = st.u
    if c <= u.start or ctx.table.texts[c - 1] != ",":
        return None
    comma = _relative_phrase(ctx, st, cue, u.start, c - 1)
    if comma is None:
        return None
    if speaker is not None and (speaker[0] < cue.start or _nominative(ctx, *speaker)):
        return None
    return (u.start, comma)


def _nominative(ctx: DocContext, a: int, b: int) -> bool:
    """The first word in ``a``..``b`` that shows a case shows the nominative."""
    for m in range(a, b):
        cases = labels.morph_values(ctx.doc[m], "Case")
        if cases:
            return "Nom" in cases
    return False


def _relative_after_comma(ctx: DocContext, m: int) -> bool:
    """A relative pronoun right after a comma, or after a comma and a preposition
    ("…, der …", "…, mit dem …")."""
    doc = ctx.doc
    if not labels.is_relative_pronoun(doc[m]) or ctx.inside[m] >= 0:
        return False
    k = m - 1 if doc[m - 1].pos_ == "ADP" else m
    return doc[k - 1].text == ","


def _decides(ctx: DocContext, cue: Cue, k: int) -> bool:
    """A verb of deciding or computing (``deciding_lemmas``, ``computing_lemmas``) with a
    "whether" or w-question complement, or one of ``specifying_lemmas`` with a "whether"
    complement ("Die Karte gibt an, ob …"), at ``k`` ("Der Richter entscheidet, ob …", "Das
    Programm berechnet, wie viel …"): a decision or a sum, not what was said."""
    w, low = ctx.w, ctx.doc[k].lower_
    if cue.lemma in w.specifying_lemmas and low in w.whether_words:
        return True  # "3 gibt nur an, ob LTE verfügbar ist": the map shows, no one says
    deciding = cue.lemma in w.deciding_lemmas or cue.lemma in w.computing_lemmas
    return deciding and (low in w.whether_words or low in w.question_words)


def _open_question(ctx: DocContext, cue: Cue, k: int) -> bool:
    """A speech verb in the infinitive, with "zu" or under a modal of duty, ability or the
    future (``open_question_modals``), with a "whether" or w-question as its content at ``k``
    ("…, der erklären soll, wie …", "Schwer zu sagen, wer …", "Wer ihm geholfen hat, soll er
    sagen"): a question still to be answered, nothing said; needs the parse."""
    w, verb = ctx.w, cue.verb
    low = ctx.doc[k].lower_ if k < len(ctx.doc) else ""
    if low not in w.whether_words and low not in w.question_words:
        return False
    if not ctx.parsed or verb is None:
        return False
    chain = labels.verb_chain(verb)
    if not _infinitive(verb, chain) or labels.has_passive_auxiliary(verb):
        return False
    if cue.start > 0 and ctx.doc[cue.start - 1].lower_ in w.infinitive_markers:
        return True
    return any(t.i != verb.i and t.lemma_.lower() in w.open_question_modals for t in chain)


def _negated(ctx: DocContext, st: UnitState, cue: Cue, c: int) -> bool:
    """A speech verb that reports nothing when negated (``negatable_lemmas``) with a
    negation in its clause before it or right after it ("wollte nicht bestätigen, dass …",
    "bestätigte nicht, dass …"; not "schloss nicht aus, dass …", which asserts)."""
    w = ctx.w
    if cue.lemma not in w.negatable_lemmas:
        return False
    if not ctx.parsed or cue.verb is None:
        return False
    texts, negs = ctx.table.texts, word_ids(w.negations)
    heads = {cue.verb.i, cue.verb.head.i}  # the verb or its modal or auxiliary ("wollte nicht")
    m = cue.start - 1
    while m >= c and ctx.doc[m].lower_ not in w.coordinators:  # "ist nicht … und erklärte"
        if negates(ctx, m, negs, heads, cue):
            return True
        m -= 1
    k = cue.end
    while k < st.end and texts[k] not in CLAUSE_BREAK and k - cue.end < 3:
        if negates(ctx, k, negs, heads, cue):
            return True
        k += 1
    return False


#: at most this many tokens before a frame that interrupts a clause after its first part
MAX_FRONTED = 12


def _interposed_frame(ctx: DocContext, st: UnitState, cue: Cue, c: int, fr: Frame) -> bool:
    """ "Die Reform, so betonte der Minister, sei überfällig", "Tatsächlich, so betont die
    Polizei, ist dies …": a verb-first frame between commas after a fronted part with no
    finite verb, the clause going on with its finite verb after the frame: both parts are
    the content, the subject after the verb speaks. False when the frame is no such one."""
    doc, texts, end = ctx.doc, ctx.table.texts, st.end
    a = max(st.used_until, st.u.start)
    if not (a + 1 < c <= a + MAX_FRONTED + 1 and texts[c - 1] == ","):
        return False
    if not (c == cue.start or _opener(ctx, c, cue)) or not _has(doc[cue.start], FINITE):
        return False  # not "Das Objekt, genannt X, hat …": an apposition
    if any(ctx.inside[m] >= 0 or _has(doc[m], FINITE) for m in range(a, c - 1)):
        return False
    if doc[a].lower_ in ctx.w.subordinators or doc[a].lower_ in ctx.w.question_words:
        return False  # "Dass X …, bestätigt Y, meinte Z": a clause of its own
    k = cue.after
    while k < end and texts[k] != ",":
        if _has(doc[k], FINITE) or ctx.inside[k] >= 0:
            return False
        k += 1
    if k + 1 in st.verb_pos or not _verb_first(ctx, cue, k + 1, end):
        return False  # not a second frame: "…, bestätigt X, meinte Y"
    sp = parse_speaker(ctx, cue.verb) if ctx.parsed and cue.verb is not None else None
    if sp is None or not cue.start < sp[0] < k:
        sp = ctx.g.np_after(ctx, cue.after, k)
    if sp is None:
        return False
    fr.parts, fr.speaker = [(a, c - 1), (k + 1, end)], sp
    if _opener(ctx, c, cue):
        fr.cue_pieces = [(c, c + 1)] + fr.cue_pieces
    fr.rule += "+interposed"
    return True


def _main_clause_after(ctx: DocContext, st: UnitState, cue: Cue, c: int, k: int) -> bool:
    """The speech verb closes a subordinate clause put before the main clause, and the
    complement found at ``k`` opens with a finite verb after a comma: that is the main
    clause (verb first after the fronted clause), never a content clause, which puts its
    subject or "dass" first ("Wenn die Stadt geklagt hätte, hätte sie …", "Das Urteil, das
    der Richter verkündet hatte, sorgte …"; not "Er sagte, sollte X …, werde …")."""
    return _verb_first(ctx, cue, k, st.end) and _verb_final_clause(ctx, st, cue, c)


def _colon_of_main_clause(ctx: DocContext, st: UnitState, cue: Cue, c: int, k: int) -> bool:
    """The speech verb closes a subordinate or relative clause, and the main clause goes on
    with its finite verb after a comma before the colon at ``k - 1``: the colon is the main
    clause's ("Viele, die X kritisiert hatten, zollten ihm Respekt: …", "Als er die Worte
    spricht, geschieht das Unglaubliche: …")."""
    texts = ctx.table.texts
    if adverbial_clause_before(ctx, st.u.start, cue, k):
        return True  # "…, auch wenn sie es nicht zugeben: …": the writer's words follow
    commas = [m for m in range(cue.after, k - 1) if texts[m] == "," and ctx.inside[m] < 0]
    return any(_verb_first(ctx, cue, m + 1, st.end) for m in commas) and _verb_final_clause(
        ctx, st, cue, c
    )


#: at most this many words between an adverbial subordinator and the verb that ends its clause
SUBORDINATE_REACH = 10


def adverbial_clause_before(ctx: DocContext, start: int, cue: Cue, k: int) -> bool:
    """The speech verb ends an adverbial clause ("wenn", "obwohl", "weil":
    ``adverbial_subordinators``, not "wie") right before the colon at ``k - 1`` (only
    auxiliaries between), with no finite verb or conjunction between the subordinator and
    the verb: the colon is not the clause's ("Sie streiten, auch wenn sie es nicht zugeben:
    …"; "Wie der Minister betonte: …" and "wenn er verzichtet und sagt: …" stay frames).
    ``start``: the first token of the cue's unit."""
    doc, texts = ctx.doc, ctx.table.texts
    if k - 1 >= len(doc) or texts[k - 1] != ":":
        return False
    if any(not labels.is_auxiliary(doc[m]) for m in range(cue.end, k - 1)):
        return False
    subs = word_ids(ctx.w.adverbial_subordinators)
    m = cue.start - 1
    while m >= start and cue.start - m <= SUBORDINATE_REACH and texts[m] not in CLAUSE_BREAK:
        if _has(doc[m], FINITE) or doc[m].pos == CCONJ:
            return False  # "wenn er verzichtet und sagt: …": the clause's speech after all
        if ctx.table.lower[m] in subs:
            return doc[m].pos == SCONJ and cue.start - m >= 2  # not "als Regierung"
        m -= 1
    return False


def _verb_first(ctx: DocContext, cue: Cue, k: int, end: int) -> bool:
    """A finite verb (no function word a tagger took for one) opens the clause after the
    comma before ``k``, and that clause is no infinitive clause ("leiser zu treten")."""
    doc, texts, w = ctx.doc, ctx.table.texts, ctx.w
    if k <= cue.start or k >= len(doc) or texts[k - 1] != "," or ctx.inside[k] >= 0:
        return False
    low = doc[k].lower_
    closed = w.question_words | w.subordinators | w.relative_starts | w.that_words
    if low in closed or not (_has(doc[k], FINITE) and texts[k][:1].islower()):
        return False
    e = k
    while e < end and texts[e] != ",":
        e += 1
    return not ctx.g.infinitive_clause(doc, k, e)


def _verb_final_clause(ctx: DocContext, st: UnitState, cue: Cue, c: int) -> bool:
    """The cue's clause from ``c`` opens with a subordinator ("Nachdem …", "Wenn …") or,
    after a comma, with a relative pronoun (a preposition before it allowed: "bei dem"),
    and has no finite verb before the cue (not "Da konnte er sich vorstellen, …")."""
    doc, texts, w = ctx.doc, ctx.table.texts, ctx.w
    o = c + 1 if doc[c].lower_ in w.prepositions and c + 1 < cue.start else c
    low = doc[o].lower_
    if any(_has(doc[m], FINITE) for m in range(o + 1, cue.start)):
        return False
    if low in w.subordinators and low not in w.as_words:
        return True
    return c > st.u.start and texts[c - 1] == "," and low in w.relative_starts


def _duty(ctx: DocContext, cue: Cue, c: int) -> bool:
    """ "Sollte …, habe das Amt über den Verbleib zu entscheiden": a speech verb as an
    infinitive with "zu" after a Konjunktiv names a duty in reported speech, not the frame of
    what goes before (an indicative one is: "…, pflegte er zu sagen")."""
    if cue.start == 0 or not ctx.moods[c]:
        return False
    return ctx.table.lower[cue.start - 1] in word_ids(ctx.w.infinitive_markers)


def _opener(ctx: DocContext, c: int, cue: Cue) -> bool:
    """ "…, so bestätigte das Gericht": a frame word right before the verb."""
    return c + 1 == cue.start and ctx.table.lower[c] in word_ids(ctx.w.frame_openers)


def _not_content(ctx: DocContext, st: UnitState, cue: Cue, c: int) -> bool:
    """What stands before an inverted frame is no reported content: an adverbial clause
    or an indirect question ("Wenn er verurteilt wird, droht ihm …", "Warum …, begründete
    X"), a condition with its verb first ("Kommt es zu keiner Einigung, wird die Stadt
    klagen"), or the verb's own subject with a relative clause or an apposition ("X, der …
    ist, wies den Vorwurf zurück", "Der Versender, ein Fundamentalist, bekundete") --
    unless a Konjunktiv or a quotation that makes up most of it says otherwise."""
    doc, w = ctx.doc, ctx.w
    a, b = st.used_until, c - 1
    quoted = sum(1 for m in range(a, b) if ctx.inside[m] >= 0)
    if b - a < 1 or 2 * quoted >= b - a:
        return False
    k = a + 1 if doc[a].lower_ in w.focus_particles and a + 1 < b else a
    opener = (w.subordinators - w.that_words - w.whether_words) | w.question_words
    if doc[k].lower_ in opener and not any(doc[m].text == "," for m in range(k, b)):
        return True  # the clause runs up to the frame: no main clause of its own
    verb_first = k == a and (_has(doc[k], FINITE) or ctx.moods[k] > 0)
    if verb_first and not any(doc[m].text == "," for m in range(k, b)):
        return True  # verb first: "Kommt es zu keiner Einigung, wird die Stadt klagen"
    outside = [m for m in range(a, b) if ctx.inside[m] < 0]
    if any(ctx.moods[m] for m in outside):
        return False
    pos = ctx.table.pos
    if ctx.pos and not any(pos[m] in VERB_POS for m in outside):
        return True  # a noun phrase: the subject, not what was said
    if not ctx.parsed or cue.verb is None:
        return False
    sp = parse_speaker(ctx, cue.verb)
    return sp is not None and a <= sp[0] < b


def _modal_infinitive(ctx: DocContext, cue: Cue, c: int) -> bool:
    """The speech verb is an infinitive before a finite auxiliary ("behaupten konnte"): the
    clause it closes asks how, it does not frame ("er verstehe nicht, wie X behaupten
    konnte, …"); "wie X mitteilte" and "wie X mitgeteilt hat" frame."""
    return cue.verb is not None and _asks(ctx, c, cue.start)


def _asks(ctx: DocContext, k: int, m: int) -> bool:
    """The clause at ``k`` with the speech verb at ``m`` is an indirect question of the
    content ("…, ob X zugestimmt habe, …", "…, wie X behaupten konnte, …"): no frame."""
    doc, w = ctx.doc, ctx.w
    low = doc[k].lower_
    if low in w.as_words:
        verb = doc[m]
        nxt = doc[m + 1] if m + 1 < len(doc) else verb
        return (
            labels.morph_values(verb, "VerbForm") == [INFINITIVE]
            and nxt.pos_ == "AUX"
            and _has(nxt, FINITE)
            and nxt.lower_ not in w.passive_auxiliaries
        )
    return low in w.whether_words or low in w.question_words


def _wie_clause_start(ctx: DocContext, st: UnitState, cue: Cue, c: int) -> int:
    """ "Wie der Bevollmächtigte, Gerald Braun, mitteilte": an apposition between commas
    does not end the "wie" clause -- its start moves back to "wie"."""
    u, texts, lower, pos = st.u, ctx.table.texts, ctx.table.lower, ctx.table.pos
    as_words = word_ids(ctx.w.as_words)
    leads = word_ids(ctx.w.as_clause_leads)
    if lower[c] in leads and c + 1 < cue.start and lower[c + 1] in as_words:
        return c + 1  # "Denn wie die Zeitung berichtete, …": the connective stays out
    c = _before_brackets(ctx, st, cue, c)
    if lower[c] in as_words or c <= u.start or texts[c - 1] != ",":
        return c
    w = c - 1
    while w > u.start and cue.start - w <= 20 and lower[w] not in as_words:
        w -= 1
    if (
        lower[w] in as_words
        and (w == u.start or texts[w - 1] in (",", ";", ":"))
        and cue.start - w <= 20
        and not any(m in st.verb_pos or pos[m] in VERB_POS for m in range(w + 1, c))
        and sum(1 for m in range(w, c) if texts[m] == ",") == 2
    ):
        return w
    return c


def _before_brackets(ctx: DocContext, st: UnitState, cue: Cue, c: int) -> int:
    """ "wie die Zeitung am Sonntag (Ortszeit) berichtete": a bracket with no verb in it
    does not end the clause of the cue -- when "wie" opens the clause before it, the start
    moves back to "wie"; else ``c``."""
    u, texts, pos = st.u, ctx.table.texts, ctx.table.pos
    if c - 2 <= u.start or texts[c - 1] != ")":
        return c
    b = c - 2
    while b > u.start and texts[b] not in CLAUSE_BREAK:
        b -= 1
    if texts[b] != "(" or any(pos[m] in VERB_POS for m in range(b + 1, c - 1)):
        return c
    w = b
    while w > u.start and texts[w - 1] not in CLAUSE_BREAK:
        w -= 1
    as_words = word_ids(ctx.w.as_words)
    if ctx.table.lower[w] not in as_words or cue.start - w > 20:
        return c
    return w if _outer_clause(ctx, st, cue, w) else c


def _outer_clause(ctx: DocContext, st: UnitState, cue: Cue, w: int) -> bool:
    """Does the "wie" clause at ``w`` close its sentence ("Er starb, wie die Zeitung (Montag)
    berichtete.") or open it, with no colon after it ("Wie die Zeitung (Montag) berichtete,
    sind …"; not before another's words: "…, antwortete das Ministerium: …")? Not one set
    into the content ("Von einer Abarbeitung, wie X (ÖVP) behaupte, kann keine Rede sein,
    so Y": whose words those are, the sentence says later)."""
    texts, u = ctx.table.texts, st.u
    k = cue.after
    while k < st.end and texts[k] not in CLAUSE_BREAK:
        k += 1
    if k >= u.content_end(ctx.doc):
        return True
    return w == past_spaces(ctx.doc, u.start, u.end) and ":" not in texts[k : st.end]


def _wie_frame(ctx: DocContext, st: UnitState, cue: Cue, c: int, fr: Frame) -> None:
    """ "…, wie X mitgeteilt hat, …": the content around the frame."""
    doc, u, end = ctx.doc, st.u, st.end
    frame_end = cue.after
    while frame_end < end and frame_end < cue.start + 4 and doc[frame_end].text != ",":
        frame_end += 1  # "wie X mitgeteilt hat, ..."
    before = (st.used_until, c - 1 if c > u.start and doc[c - 1].text == "," else c)
    lead = before[1] - before[0] == 1 and doc[before[0]].lower_ in ctx.w.as_clause_leads
    fr.parts = [before] if before[1] > before[0] and not lead else []
    if frame_end < end and doc[frame_end].text == ",":
        fr.parts.append((frame_end + 1, end))
    fr.cue_pieces = [(c, c + 1)] + fr.cue_pieces
    s, lower = c + 1, ctx.table.lower
    if (
        s + 1 < cue.start
        and lower[s] in word_ids(ctx.w.impersonal_pronouns)
        and lower[s + 1] not in word_ids(ctx.w.reflexive_pronouns)
    ):
        s += 1  # "wie es der Minister formulierte": "es" is no speaker ("wie es sich X
        # vorstellt": "es" is)
    fr.speaker = ctx.g.np_after(ctx, s, cue.start)
    fr.rule += "+as"


def _inverted_frame(ctx: DocContext, st: UnitState, cue: Cue, c: int, fr: Frame) -> None:
    """ "Die Lage sei ernst, sagte X" and "Die Lage sei, sagte er, ernst"."""
    doc, end = ctx.doc, st.end
    fr.frame_after = True
    seg = (_after_lead_in(ctx, _after_colon(ctx, st.used_until, c - 1), c - 1), c - 1)
    fr.parts = [seg] if seg[1] > seg[0] else []
    # a frame in the middle: "Die Lage sei, sagte er, ernst."
    k = cue.after
    while k < end and doc[k].text != ",":
        k += 1
    if k < end and fr.parts:
        first_has = ctx.any_mood(*fr.parts[0])
        rest_has = ctx.any_mood(k + 1, end)
        last = doc[fr.parts[0][1] - 1]
        open_clause = ctx.konj(last) or labels.is_auxiliary(last)
        if (rest_has and not first_has) or (
            open_clause
            and not any(m in st.verb_pos for m in range(k + 1, end))
            and doc[k + 1].pos_ != "PROPN"  # "…, sagte der Fraktionschef, Harry Reid"
        ):
            fr.parts.append((k + 1, end))
    if _opener(ctx, c, cue):
        fr.cue_pieces = [(c, c + 1)] + fr.cue_pieces
    fr.speaker = _inverted_speaker(ctx, st, cue, c)
    fr.rule += "+after"


def _colons(ctx: DocContext, a: int, b: int) -> list[int]:
    """Colons in ``a``..``b`` outside quotation marks that open one ("…: „…“")."""
    texts, inside = ctx.table.texts, ctx.inside
    return [k for k in range(a, b - 1) if texts[k] == ":" and inside[k] < 0 and inside[k + 1] >= 0]


def _after_colon(ctx: DocContext, a: int, b: int) -> int:
    """ "X war zufrieden: „Ein guter Start“, sagte er": the content of the frame after
    it starts after the colon (the words before it are the narrator's)."""
    colons = _colons(ctx, a, b)
    return colons[-1] + 1 if colons else a


#: at most this many words before a colon make a lead-in ("Anders die FPÖ:")
MAX_LEAD_IN = 6


def _after_lead_in(ctx: DocContext, a: int, b: int) -> int:
    """ "Anders die FPÖ: Die Mindestsicherung bietet falsche Anreize, meint X": a few words
    without a verb before a colon are the writer's lead-in; the content starts after it."""
    texts, pos, inside = ctx.table.texts, ctx.table.pos, ctx.inside
    for k in range(a, min(b - 1, a + MAX_LEAD_IN + 1)):
        if inside[k] >= 0 or (ctx.pos and pos[k] in VERB_POS):
            return a
        if texts[k] == ":":
            return k + 1 if k > a else a
    return a


def _before_colon(ctx: DocContext, a: int, b: int) -> int:
    """ "…, dass die Fehden zunehmen: „Das gab es nie.“": a direct quote after a colon is
    not part of the content before it."""
    colons = _colons(ctx, a, b)
    return colons[0] if colons and colons[0] > a + 1 else b


def _inverted_speaker(ctx: DocContext, st: UnitState, cue: Cue, c: int) -> Span | None:
    end = st.end
    speaker = None
    if ctx.parsed and cue.verb is not None:
        speaker = parse_speaker(ctx, cue.verb)
        if speaker is not None and speaker[0] < c and ctx.any_mood(*speaker):
            # "Der Mann sei frei, bestätigte ein Sprecher": the content's
            # subject parsed as the verb's is no speaker
            speaker = None
    if speaker is None:
        speaker = ctx.g.np_after(ctx, c if c != cue.start else cue.start + 1, end)
        if speaker is not None and speaker[0] <= cue.start < speaker[1]:
            speaker = ctx.g.np_after(ctx, cue.start + 1, end)
    if speaker is None and cue.after < end:
        speaker = source_name(ctx, cue.after, end)  # "…, schreibt golem.de"
    return speaker


def _verb_speaker(ctx: DocContext, st: UnitState, cue: Cue, c: int, coordinated: bool):
    """Subject of a speech verb: parse, else position; ``coordinated``: a verb joined to
    the clause before ("und ergänzte") takes that clause's subject."""
    speaker = None
    if ctx.parsed and cue.verb is not None:
        speaker = parse_speaker(ctx, cue.verb)
        subj = subject_of(ctx, cue.verb) if speaker is None else None
        if subj is not None and subj.lower_ in ctx.w.indefinite_subjects:
            # "Weitere Details wolle man nicht nennen": no one is named, unless a body is
            return _indefinite_source(ctx, st, c)
        if speaker is not None and _infinitive_object(cue.verb):
            return None  # "… eine Reihe Polizisten gebeten zu haben, …": whom she asked
    if speaker is None:
        speaker = ctx.g.subject_before(ctx, c, cue.start)
    if speaker is None and c > st.u.start and coordinated:
        speaker = ctx.g.subject_before(ctx, st.u.start, cue.start)
    return speaker


def _infinitive_object(verb) -> bool:
    """Is the subject the parse gives a speech verb in a "zu" infinitive ("gebeten zu
    haben", "zu bitten") an accusative, not a nominative: the object of the verb (whom
    someone asked), as an infinitive clause has no subject of its own?"""
    subject = labels.clause_subject(verb)
    if subject is None:
        return False
    cases = labels.morph_values(subject, "Case")
    if "Acc" not in cases or "Nom" in cases:
        return False
    doc, k = verb.doc, verb.i
    if k + 2 < len(doc) and _zu(doc[k + 1]) and labels.is_infinitive(doc[k + 2]):
        return True  # "gebeten zu haben"
    return k > 0 and _zu(doc[k - 1]) and labels.is_infinitive(verb)  # "zu bitten"


def _zu(t) -> bool:
    """The infinitive particle: a particle that is no negation (by part of speech and
    morphology, the same in both label schemes)."""
    return t.pos_ == "PART" and not labels.morph_values(t, "Polarity")


def _indefinite_source(ctx: DocContext, st: UnitState, c: int) -> Span | None:
    """ "Seitens des Roten Kreuzes sprach man von …", "Beim Verband sagte man, …": with
    "man" as the subject, the body that a phrase of ``man_source_prepositions`` in the
    clause names (:func:`~.mentions.speakerish`) speaks; a place or a time does not ("Im
    Vorfeld sprach man von …")."""
    doc, w = ctx.doc, ctx.w
    k = c
    while k < st.end and doc[k].text not in CLAUSE_BREAK:
        if doc[k].lower_ in w.man_source_prepositions:
            np = ctx.ph.np_loose(doc, k + 1, st.end, ctx.pos)
            ents = {t.ent_type_ for t in doc[np[0] : np[1]]} if np is not None else {"LOC"}
            return np if "LOC" not in ents and speakerish(ctx, np) else None
        k += 1
    return None


def _complement_frame(
    ctx: DocContext, st: UnitState, cue: Cue, c: int, comp: tuple[str, int], fr: Frame
) -> None:
    """ "sagte, dass …", "erklärte, die Lage sei …": content from the complement on."""
    u, end = st.u, st.end
    texts, lower = ctx.table.texts, ctx.table.lower
    clause_coordinators, coordinators = (
        word_ids(ctx.w.clause_coordinators),
        word_ids(ctx.w.coordinators),
    )
    ctype, cstart = comp
    fr.parts = [(cstart, end)]
    # stop before a second frame in the same unit
    for m in sorted(st.verb_pos):
        if cstart < m < end and complement(ctx, m + 1, u, st.verb_pos) is not None:
            k = m
            while k > cstart and texts[k - 1] != "," and lower[k - 1] not in clause_coordinators:
                k -= 1
            if _asks(ctx, k, m):
                continue  # "er verstehe nicht, wie X behaupten konnte, …": more content
            if k > cstart + 2:
                fr.parts = [(cstart, k - 1)]
            break
    if ctype == "infinitive":
        fr.parts = [(x, adverbial_end(ctx, x, y)) for x, y in fr.parts]
    if ctype != "colon":
        fr.parts = [(x, _before_colon(ctx, x, y)) for x, y in fr.parts]
    if len(fr.parts) == 1:
        x, y = fr.parts[0]
        cut = coordinated_end(ctx, x, y)
        if cut < y:
            fr.parts = [(x, cut)]
            k = cut + 1 if texts[cut] == "," else cut
            v = k + 1 if lower[k] in coordinators else k
            if v in st.verb_pos and not (v == k and _own_subject(ctx, v, y)):
                fr.rest = (k, y)  # "…, sprach aber von …": a speech act of its own
    coordinated = c == cue.start or any(lower[m] in coordinators for m in range(c, cue.start))
    fr.speaker = _verb_speaker(ctx, st, cue, c, coordinated)
    if ctype == "mood":
        fr.conf = max(fr.conf, 0.85) if fr.conf >= 0.7 else fr.conf
    if ctype == "colon":
        fr.parts = [_before_later_cue(ctx, st, x, y) for x, y in fr.parts]
    if ctype == "colon" and ctx.pos and _verbless(ctx, fr.parts):
        fr.parts = []  # "Kandidaten gemeldet: A, B und C": a list, not what was said
    fr.rule += f"+{ctype}"


def _own_subject(ctx: DocContext, v: int, end: int) -> bool:
    """The verb at ``v``, right after a comma, has a subject of its own after it before
    ``end`` ("…, wie ich hinterziehen kann, sagte Hofmann."): a frame of its own after the
    content (a trailing frame), not a speech act the content's speaker goes on with
    ("…, sprach aber von …", "…, und appelliert damit an …"); needs the parse."""
    if not ctx.parsed:
        return False
    chain = labels.verb_chain(ctx.doc[v])
    return any(
        v < t.i < end and not labels.has_role(t, "agent")
        for x in chain
        for t in labels.children_with(x, "subject")
    )


def _before_later_cue(ctx: DocContext, st: UnitState, a: int, b: int) -> Span:
    """ "X lobte die Mannschaft: „…“, so Y" / "…: „…“, sagte er": content after a colon that
    opens with a quotation ends with it when a cue follows it right after a comma (the
    later cue frames the quote, :func:`_quote_after_colon`)."""
    d = ctx.inside[a]
    if d < 0 or ctx.directs[d].start != a:
        return (a, b)
    e = ctx.directs[d].end
    if (
        e + 1 < b
        and ctx.table.texts[e] == ","
        and any(c.start == e + 1 for c in ctx.cues_by_unit[st.ui])
    ):
        return (a, e)
    return (a, b)


def _quote_after_colon(ctx: DocContext, st: UnitState, stop: int) -> int:
    """Where the quotation that ends at ``stop`` starts when a colon opens it (a frame
    before the colon claimed it: "bat den Papst: „…“, heißt es in einer Erklärung"),
    else ``stop``."""
    d = ctx.inside[stop - 1] if stop > st.u.start else -1
    if d < 0 or ctx.directs[d].end != stop:
        return stop
    start = ctx.directs[d].start
    return start if start > st.u.start and ctx.table.texts[start - 1] == ":" else stop


def _verbless(ctx: DocContext, parts: list[Span]) -> bool:
    """No verb outside quotation marks in ``parts``, and not mostly quoted."""
    toks = [m for a, b in parts for m in range(a, b)]
    outside = [m for m in toks if ctx.inside[m] < 0]
    return 2 * len(outside) > len(toks) and not any(
        ctx.doc[m].pos_ in ("VERB", "AUX") for m in outside
    )


def _no_clause(ctx: DocContext, st: UnitState, cue: Cue, c: int, fr: Frame) -> None:
    """No clause: the frame of a direct quote, an anaphor ("Das bestätigte X") or a
    reported speech act ("forderte eine Entscheidung")."""
    ui, u = st.ui, st.u
    coordinated = c == cue.start or ctx.table.lower[c] in word_ids(ctx.w.coordinators)
    speaker = _verb_speaker(ctx, st, cue, c, coordinated)
    speaker = _fronted_subject(ctx, st, cue, c, speaker) or speaker
    if ctx.parsed and cue.verb is not None and _no_act(ctx, cue.verb):
        return  # "Die Länder sollten sich für X starkmachen": no act, no speaker of the unit
    ctx.unit_speaker.setdefault(ui, (speaker, None))
    shy = ctx.w.no_anaphor_lemmas | ctx.w.thing_sense_lemmas
    back = None if cue.lemma in shy else anaphoric(ctx, ui, c, cue)
    if back is not None and (speaker is None or speaker[0] <= c < speaker[1]):
        # the demonstrative is the object: the subject follows the verb
        speaker = ctx.g.np_after(ctx, cue.start + 1, st.end) or _title_at(
            ctx, cue.start + 1, st.end
        )
    if back is not None and speaker is not None:
        # "X. Das bestätigte der Sprecher.": the sentence before is the content
        q = Quote(
            "indirect",
            [back, (c, c + 1)],
            0.8,
            fr.rule + "+anaphoric",
            ui,
            speaker,
            fr.cue_pieces,
            cue.lemma,
        )
        _keep(ctx, ui, speaker, q)
        return
    if speaker is None and _named_reason(ctx, u, cue):
        # "Als Grund wurden die Bedingungen genannt": someone named it, the text not whom
        rule = fr.rule + "+reported+reason"
        q = Quote("reported", [(u.start, u.end)], 0.55, rule, ui, None, fr.cue_pieces, cue.lemma)
        _keep(ctx, ui, None, q)
        return
    if "reported" not in cue.kinds or speaker is None or not ctx.kit.settings.get("reported", True):
        return
    ok = speech_act(ctx, u, st.end, cue, c, speaker)
    if ctx.parsed and _subordinate(cue.verb):
        return  # "Notrufe von Bürgern, die von Erschütterungen sprachen": no speech act of its own
    if ctx.parsed and _announced(ctx, cue.verb):
        return  # "wird am Montag über die Folgen sprechen": a talk to come, nothing said yet
    if ok and not any(ctx.inside[m] >= 0 for m in range(u.start, st.end)):
        # "berichtet von einem Ventil, das den Piloten zur Rückkehr bewogen hätte": what was
        # said is the Konjunktiv clause
        part = subordinate_content(ctx, u)
        q = Quote(
            "reported" if part is None else "indirect",
            [part or (_act_start(ctx, u, c, cue), u.end)],
            0.55,
            fr.rule + ("+reported" if part is None else "+reported_clause"),
            ui,
            speaker,
            fr.cue_pieces,
            cue.lemma,
        )
        _keep(ctx, ui, speaker, q)


def _named_reason(ctx: DocContext, u: Unit, cue: Cue) -> bool:
    """ "Als Grund wurden die Bedingungen genannt", "Als Ursache wurde ein Defekt angegeben":
    a unit that opens with "als" and a noun of a reason or date (``reason_nouns``), a verb of
    ``reason_naming_lemmas`` as a passive participle and no negation: someone named it (a reported
    speech act whose speaker the sentence leaves out)."""
    doc, w = ctx.doc, ctx.w
    if cue.lemma not in w.reason_naming_lemmas or cue.verb is None or u.end - u.start < 5:
        return False
    if (
        doc[u.start].lower_ not in w.predicative_particles
        or doc[u.start + 1].lower_ not in w.reason_nouns
    ):
        return False
    if not labels.is_passive(cue.verb):
        return False
    return not any(doc[m].lower_ in w.negations for m in range(u.start, u.end))


def _no_act(ctx: DocContext, verb) -> bool:
    """A speech act in the infinitive under a modal of duty (``duty_modals``: "Die Länder
    sollten sich für X starkmachen", "dass die Regierung für ein Ja werben soll"): what is to
    be done, nothing said; needs the parse."""
    chain = labels.verb_chain(verb)
    if not _infinitive(verb, chain) or labels.has_passive_auxiliary(verb):
        return False
    return any(t.i != verb.i and t.lemma_.lower() in ctx.w.duty_modals for t in chain)


def _announced(ctx: DocContext, verb) -> bool:
    """A speech act in the infinitive under a future or intending auxiliary
    (``announcing_auxiliaries``: "wird … über X sprechen", "will … davon berichten")."""
    subj, chain = labels.clause_subject(verb), labels.verb_chain(verb)
    if not _infinitive(verb, chain) or labels.has_passive_auxiliary(verb):
        return False  # "Ihm wird Betrug vorgeworfen": a participle tagged as infinitive
    if subj is None and not any(labels.has_role(t, "conjunct") for t in chain):
        return False  # a future talk has someone who will give it (or shares a subject)
    if subj is not None and labels.is_passive_subject(subj):
        return False
    aux = ctx.w.announcing_auxiliaries
    return any(t.i != verb.i and t.lemma_.lower() in aux for t in chain)


def _infinitive(verb, chain: list) -> bool:
    """The verb is an infinitive: so tagged, or no participle under a finite auxiliary of
    its chain (the morphology calls "werben" in "will … werben" finite)."""
    if labels.is_infinitive(verb):
        return True
    if PARTICIPLE in labels.morph_values(verb, "VerbForm"):
        return False
    return any(t.i != verb.i and labels.morph_has(t, FINITE) for t in chain)


def _subordinate(verb) -> bool:
    """The verb (with the finite auxiliary TIGER hangs it on) heads a relative clause or one
    that a subordinating conjunction opens: not the sentence's speech act."""
    t = verb
    for _ in range(3):
        if labels.has_role(t, "relative_clause") and verb_second_start(t) is None:
            return True
        if next(labels.children_with(t, "marker"), None) is not None:
            return True
        if t.head.i == t.i or t.head.pos_ != "AUX":
            return False
        t = t.head
    return False


def _act_start(ctx: DocContext, u: Unit, c: int, cue: Cue) -> int:
    """Where a reported speech act's row starts (:func:`~.reported.reported_start`), or at
    the subject of a verb-second clause after a comma (:func:`verb_second_start`: "Tausende
    zogen durch Wien, *die Polizei spricht von …*": the writer's clause before it)."""
    start = (
        verb_second_start(cue.verb)
        if ctx.parsed and labels.has_role(cue.verb, "relative_clause")
        else None
    )
    return start if start is not None and start > u.start else reported_start(ctx, u, c, cue)


def verb_second_start(verb) -> int | None:
    """Where a clause starts that the parser hung on a noun as a relative clause but that
    opens with the article of its subject, right before the verb (", *die Polizei spricht*
    von 4.000 Teilnehmern"): a relative clause opens with its pronoun, this is a main clause
    with the verb second. None for any other clause."""
    subject = labels.clause_subject(verb)
    if subject is None or subject.i > verb.i or subject.right_edge.i + 1 != verb.i:
        return None
    first, doc = subject.left_edge, verb.doc
    ok = (
        first.i > 0
        and not any(t.is_punct for t in doc[first.i : verb.i])
        and doc[first.i - 1].text == ","
        and first.i < subject.i
        and labels.is_article(first)
        and first.head.i == subject.i
    )
    return first.i if ok else None


# ------------------------------------------------------------------ cue patterns
def pattern_frame(ctx: DocContext, st: UnitState, cue: Cue, c: int, fr: Frame) -> bool:
    """Fill ``fr`` for a cue pattern by its rule's ``speaker`` and ``content`` slots."""
    rec = cue.pattern
    ms, me = cue.start - rec["cue_start"], cue.end
    if rec["unit_start"] and ms != st.u.start:
        return False
    if cue.lemma not in ctx.w.hearsay_lemmas and _writer_pattern(ctx, cue, c, st.end):
        return False  # "Man kann davon ausgehen, dass …": the writer's own statement
    if _came_true(ctx, c, ms):
        return False  # "Damit bestätigt sich die Befürchtung, dass …": narration
    if rec["present_or_mood"] and not _account(ctx, me, st.end):
        return False
    slot = rec["content"]
    if slot == "either":
        if complement(ctx, me, st.u, st.verb_pos) is not None:
            slot = "after"
        else:
            slot = "before" if ms > st.u.start and ctx.doc[ms - 1].text == "," else "none"
    ok, fr.speaker = pattern_speaker(ctx, st, cue, c, ms, me, slot)
    if not ok:
        return False
    after = fr.speaker[1] if fr.speaker and rec["speaker"] == "after" else me
    if slot == "clause" and _attributive(ctx, st, ms, max(me, after)):
        return False
    return pattern_content(ctx, st, cue, c, ms, me, slot, fr)


def _writer_pattern(ctx: DocContext, cue: Cue, c: int, end: int) -> bool:
    """A cue pattern whose verb is an infinitive under a modal with "man" or no subject
    (:func:`~.content.writer_statement`: "Man kann davon ausgehen, dass …", "wovon man
    ausgehen kann"): the writer's own statement."""
    if not ctx.pos:
        return False
    verbs = [k for k in range(cue.start, cue.end) if ctx.doc[k].pos_ in VERB_TAGS]
    if not verbs:
        return False
    k = verbs[-1]
    as_verb = replace(cue, start=k, end=k + 1, pieces=[(k, k + 1)], verb=ctx.doc[k])
    return writer_statement(ctx, as_verb, c, end)


def _came_true(ctx: DocContext, c: int, ms: int) -> bool:
    """A cue pattern (a report noun) right after a reflexive verb of coming true
    (``self_confirming_lemmas`` with "sich": "Damit bestätigt sich die Befürchtung, dass
    …", "Nun bewahrheitete sich die Sorge, dass …"): the noun is its subject, what came
    true is told by the writer, no one is quoted."""
    if not ctx.pos:
        return False
    doc, w = ctx.doc, ctx.w
    for k in range(max(c, ms - 6), ms - 1):
        if doc[k].lemma_ in w.self_confirming_lemmas and doc[k + 1].lower_ in w.reflexive_pronouns:
            return True
    return False


def _attributive(ctx: DocContext, st: UnitState, ms: int, me: int) -> bool:
    """A source cue ``ms``..``me`` (with its speaker after it) between an article and an
    adjective stands inside a noun phrase ("die ihrer Meinung nach verbreiteten
    Illusionen", "die laut Polizei gesuchten Männer"): it grades one word, it frames no
    clause."""
    if not ctx.pos or ms <= st.u.start or me >= st.end:
        return False
    doc = ctx.doc
    if doc[ms - 1].lower_ not in ctx.w.determiners:
        return False
    k = me
    while k < st.end and k - me < 3 and doc[k].pos_ in MODIFIER_TAGS:
        k += 1
    return me < k < st.end and doc[k].pos_ in NOUN_TAGS  # the adjective's noun follows it


def _account(ctx: DocContext, a: int, b: int) -> bool:
    """Tokens ``a``..``b`` report an account, not a narrative: the reported-speech mood, or
    a finite verb in the present tense that is no passive or future auxiliary (the first
    finite verb decides; False without morphology)."""
    if ctx.any_mood(a, b):
        return True
    doc = ctx.doc
    fin = next((doc[k] for k in range(a, b) if _has(doc[k], FINITE)), None)
    if fin is None or fin.lower_ in ctx.w.passive_auxiliaries:
        return False
    return _has(fin, PRESENT)


def _has(t, feature: str) -> bool:
    """Token ``t`` has the morphological ``feature`` ("Name=Value")."""
    return labels.morph_has(t, feature)


def pattern_speaker(
    ctx: DocContext, st: UnitState, cue: Cue, c: int, ms: int, me: int, slot: str
) -> tuple[bool, Span | None]:
    """``(keep, speaker)`` by the rule's ``speaker`` slot; keep False drops the cue."""
    doc, ph, pos, rec, u = ctx.doc, ctx.ph, ctx.pos, cue.pattern, st.u
    where = rec["speaker"]
    if where == "after":
        return _speaker_after(ctx, st, cue, ms, me, slot)
    if where == "source":
        speaker = _document_source(ctx, st, cue, c, ms, me)
        return speaker is not None or not rec["require_speaker"], speaker
    if where == "before":
        speaker = ph.np_backward(doc, ms, u.start, pos)
        if speaker is None and ms > u.start and doc[ms - 1].lower_ in ctx.w.object_pronouns:
            speaker = (ms - 1, ms)  # "Ihnen zufolge", "denen zufolge"
        if speaker is None:
            speaker = apposition_before(ctx, ms, u.start)  # "Dem Sprecher, X, zufolge"
        if speaker is None and ms - 3 >= u.start:
            speaker = _lowercase_title(ctx, ms - 3, ms)  # "„profil“ zufolge"
            if speaker is not None and ms - 4 >= u.start and ph.is_det(doc[ms - 4], pos):
                speaker = (ms - 4, ms)  # "dem „profil“ zufolge"
        if speaker is None and ms - 2 >= u.start and _compound_title(ctx, ms - 2, ms):
            det = ms - 3 >= u.start and ph.is_det(doc[ms - 3], pos)
            speaker = (ms - 3 if det else ms - 2, ms)  # "Einem „profil“-Bericht zufolge"
        return True, speaker
    if where == "match":
        return True, (ms, cue.start) if cue.start > ms else (ms, me)
    if where == "self":
        speaker = (cue.start, cue.start + 1)
        if rec["speaker_antecedent"] and ms > u.start and doc[ms - 1].text == ",":
            speaker = ph.np_backward(doc, ms - 1, u.start, pos) or speaker
        return True, speaker
    if where == "subject":
        return True, _pattern_subject(ctx, cue, c, ms, me)
    return True, None


def _sought_phrase(ctx: DocContext, ms: int, me: int) -> bool:
    """The match's preposition hangs on a verb or noun of seeking or asking ("Die Polizei
    sucht nach Zeugen", "die Fahndung nach Informationen"): the phrase is its object."""
    doc, sought = ctx.doc, ctx.w.sought_heads
    head = doc[ms].head
    if ms <= head.i < me:
        head = head.head  # UD: the preposition hangs on its noun
    if head.i == ms:
        return False
    prev = doc[ms - 1] if ms > 0 else None
    return (
        head.lower_ in sought
        or head.lemma_.lower() in sought
        or (prev is not None and prev.lower_ in sought)
    )


def _speaker_after(
    ctx: DocContext, st: UnitState, cue: Cue, ms: int, me: int, slot: str
) -> tuple[bool, Span | None]:
    """ "laut X", "nach Angaben der Polizei", ", so X": the source after the cue."""
    doc, ph, pos, rec, end = ctx.doc, ctx.ph, ctx.pos, cue.pattern, st.end
    speaker = ph.np_loose(doc, me, end, pos)
    if (
        slot == "before"
        and speaker is not None
        and speaker[1] - speaker[0] > 1
        and doc[me].text[:1].islower()
        and not ph.is_det(doc[me], pos)
    ):
        # ", so urteilte X": a verb the tagger calls an adjective is no part of the source
        speaker = ph.np_loose(doc, me + 1, end, pos) or speaker
    if rec["source_in_match"] and _noun_before_source(ctx, ms, me):
        return False, None  # "nach seinem Ausscheiden Informationen": a time, no source
    if rec["source_in_match"] and _sought_phrase(ctx, ms, me):
        return False, None  # "sucht nach Zeugen": what is sought, no source
    if rec["source_in_match"]:
        # "nach Angaben der Polizei" / "nach Angaben Moskaus": the attribute names the
        # source; "nach Polizeiangaben", "nach eigenen Angaben": the match does
        bare = doc[me - 1].lower_ in ctx.w.bare_sources
        # "der Polizei", "Moskaus"; right after the bare noun also a genitive phrase ("nach
        # Bekunden seines Arztes", "nach Angaben libanesischer Sicherheitskreise"), not an
        # object after a complete source ("nach eigenen Angaben mehrere Migranten")
        attr = me < len(doc) and (
            doc[me].lower_ in ph.von_genitive
            or ph.is_nounish(doc[me], pos)
            or (me - ms == 2 and labels.morph_values(doc[me], "Case") == [labels.GENITIVE])
        )
        if not (bare and speaker is not None and attr):
            speaker = (ms + 1, me)
    if speaker is None and me < end:
        speaker = _quoted_web_source(ctx, me, end) or _title_at(ctx, me, end, oblique=True)
    if speaker is None and rec["require_speaker"]:
        return False, None  # "laut schreiend": no source, no quote
    if slot != "before":
        return True, _origin_source(ctx, _second_attribute_cut(ctx, speaker), end)
    # ", so X": X must close the sentence (else "so" is "such as", "so mancher")
    if speaker is None:
        return False, None
    rest = list(range(speaker[1], end))
    enumeration = (
        len(rest) > 1
        and doc[rest[0]].text == ","
        and (ph.is_det(doc[rest[1]], pos) or ph.is_nounish(doc[rest[1]], pos))
    )
    # a long rest with a verb of its own goes on with a clause ("so mancher … ist"); one
    # without is the source's place and time ("so X am Rande des Parteitags in Linz"); with
    # no tagger every long rest may be a clause
    long_clause = len(rest) > 6 and (not pos or any(doc[m].pos_ in VERB_TAGS for m in rest))
    # "Sein Rivale, so X, würde …": the finite verb right after the comma goes on with the
    # clause the frame interrupts
    interposed = _interposed(ctx, rest) or _reason_clause(ctx, rest)
    if (long_clause and not interposed or enumeration) and not ctx.any_mood(st.u.start, ms):
        return False, None
    return True, speaker


def _noun_before_source(ctx: DocContext, ms: int, me: int) -> bool:
    """ "nach seinem Ausscheiden Informationen": a capitalised word between "nach" and the
    source noun of the match is a noun of its own ("nach" is then a time), not an
    attribute of the source ("nach eigenen Angaben", "nach ersten Erkenntnissen"); a
    name's genitive right after "nach" is one ("Nach Grupps Meinung")."""
    return any(ctx.doc[m].text[:1].isupper() for m in range(ms + 2, me - 1))


def _second_attribute_cut(ctx: DocContext, speaker: Span | None) -> Span | None:
    """ "laut Berechnungen der Zeitung von Inseraten im Wert …": a "von" phrase after a
    genitive attribute of the source is no second attribute but the clause's own (a
    passive's agent); the source ends before it ("laut einem Bericht von X" keeps it)."""
    if speaker is None:
        return None
    doc, genitive = ctx.doc, False
    for m in range(speaker[0] + 1, speaker[1]):
        if doc[m].lower_ in ctx.w.genitive_determiners:
            genitive = True
        elif genitive and doc[m].lower_ in ctx.w.attribute_prepositions:
            return (speaker[0], m)
    return speaker


def _origin_source(ctx: DocContext, speaker: Span | None, end: int) -> Span | None:
    """ "nach Angaben aus Justizkreisen", "laut Informationen aus Parteikreisen": a bare
    source noun (``bare_sources``) whose origin phrase (roles group ``origin``) names who
    speaks gives way to that phrase."""
    if speaker is None or speaker[1] - speaker[0] != 1:
        return speaker
    doc, k = ctx.doc, speaker[1]
    if doc[speaker[0]].lower_ not in ctx.w.bare_sources or k >= end:
        return speaker
    return _origin_phrase(ctx, k, end) or speaker


def _origin_phrase(ctx: DocContext, k: int, end: int) -> Span | None:
    """The noun phrase of an origin preposition at ``k`` that names someone who speaks
    (:func:`_origin_names`: "aus Justizkreisen", not "aus jenen Produkten")."""
    if k >= end or ctx.doc[k].lower_ not in ctx.kit.roles.origin_prepositions:
        return None
    np = ctx.ph.np_loose(ctx.doc, k + 1, end, ctx.pos)
    return np if np is not None and _origin_names(ctx, np) else None


def _origin_names(ctx: DocContext, np: Span) -> bool:
    """An origin phrase names who speaks: :func:`~.mentions.speakerish`, a place ("aus
    Moskau": its government) or a circle of sources (``source_group_endings``: "aus
    Justizkreisen", "aus mehreren Quellen")."""
    toks = ctx.doc[np[0] : np[1]]
    if speakerish(ctx, np) or any(t.ent_type_ == "LOC" for t in toks):
        return True
    return toks[-1].lower_.endswith(ctx.w.source_group_endings)


def source_tail(ctx: DocContext, k: int, end: int) -> int:
    """Past the words after a source that still belong to the frame, from ``k``: an origin
    phrase that names who speaks ("Berichten aus Regierungskreisen") and a date ("der
    Polizei vom Montag"): where what was said starts."""
    doc, np = ctx.doc, _origin_phrase(ctx, k, end)
    k = np[1] if np is not None else k
    k = _coordinated_sources(ctx, k, end)
    dated = k + 1 < end and doc[k].lower_ in ctx.w.date_prepositions
    return k + 2 if dated and doc[k + 1].lower_ in ctx.w.time_words else k


def _coordinated_sources(ctx: DocContext, k: int, end: int) -> int:
    """Past noun phrases joined to the source at ``k`` ("Laut Polizei und Rettung wurden …",
    "nach Angaben der Polizei sowie der Feuerwehr"): sources too, not what was said."""
    while k + 1 < end and ctx.doc[k].lower_ in ctx.w.source_coordinators:
        np = ctx.ph.np_loose(ctx.doc, k + 1, end, ctx.pos) or _parsed_conjunct(ctx, k)
        if np is None:
            break
        k = np[1]
    return k


def _parsed_conjunct(ctx: DocContext, k: int) -> Span | None:
    """ "von Polizei und Feuerwehr" with "Feuerwehr" tagged as an adverb: the word after
    the coordinator at ``k`` that the parse coordinates with the word before it."""
    if not ctx.parsed:
        return None
    head = labels.coordination_head(ctx.doc[k + 1])
    return (k + 1, k + 2) if head is not None and head.i == k - 1 else None


def _interposed(ctx: DocContext, rest: list[int]) -> bool:
    """ "Sein Rivale, so X (weiter), würde …": after the source (and adverbs) a comma and the
    finite verb of the clause the frame interrupts."""
    doc = ctx.doc
    k = 0
    while k < len(rest) - 1 and k < MAX_ADVERBS and doc[rest[k]].pos_ == "ADV":
        k += 1
    if k + 1 < len(rest) and doc[rest[k]].text == "," and _has(doc[rest[k + 1]], FINITE):
        return True
    return _verbless_tail(ctx, rest)


def _reason_clause(ctx: DocContext, rest: list[int]) -> bool:
    """ "…, ärgerte sich X (im Ziel) darüber, dass …": after the source a pronominal adverb
    without a finite verb before it, a comma and "dass": the reason of the feeling, the
    frame's own clause, not a clause that goes on."""
    doc = ctx.doc
    for k in range(min(len(rest) - 2, MAX_SOURCE_TAIL)):
        t = doc[rest[k]]
        if t.text == "," or _has(t, FINITE):
            return False
        if labels.is_pronominal_adverb(t):
            return doc[rest[k + 1]].text == "," and doc[rest[k + 2]].lower_ in ctx.w.that_words
    return False


#: at most this many words of place and occasion after a ", so X" source
MAX_SOURCE_TAIL = 8


def _verbless_tail(ctx: DocContext, rest: list[int]) -> bool:
    """ ", so X im Gespräch mit der Zeitung, sollten …": a phrase of occasion with no verb
    after the source, opened by a preposition, then a comma and the finite verb of the
    clause the frame interrupts."""
    doc = ctx.doc
    if not rest or doc[rest[0]].pos_ != "ADP":
        return False
    for k in range(1, min(len(rest) - 1, MAX_SOURCE_TAIL + 1)):
        t = doc[rest[k]]
        if t.text == ",":
            return _has(doc[rest[k + 1]], FINITE)
        if t.is_punct or t.pos_ in VERB_TAGS:
            return False
    return False


def _title_at(ctx: DocContext, i: int, end: int, oblique: bool = False) -> Span | None:
    """A quoted title at ``i``, with or without its article ("Das berichtet die „Presse“",
    "laut „profil“"), which the noun phrase readers stop at or miss."""
    return _bare_title(ctx, i, end) or _article_title(ctx, i, end, oblique)


def _bare_title(ctx: DocContext, i: int, end: int) -> Span | None:
    """A quoted title right at ``i``: capitalised ("„Krone“"), one lowercase word
    ("„profil“") or glued to a noun ("„Spiegel“-Bericht")."""
    if i >= end:
        return None
    return source_name(ctx, i, end) or _lowercase_title(ctx, i, end) or _compound_title(ctx, i, end)


def _compound_title(ctx: DocContext, i: int, end: int) -> Span | None:
    """ "laut „Spiegel“-Bericht": an opening mark and a word that closes the title and
    goes on with a noun after a hyphen (the tokenizer keeps it one token)."""
    doc = ctx.doc
    if i + 1 >= end or doc[i].text not in QUOTE_OPENERS:
        return None
    return (i, i + 2) if _COMPOUND_TITLE.match(doc[i + 1].text) else None


def _lowercase_title(ctx: DocContext, i: int, end: int) -> Span | None:
    """ "laut „profil“": one lowercase word in quotation marks right at ``i`` is a title
    (:func:`~.mentions.source_name` takes capitalised ones)."""
    inside = ctx.inside
    if inside[i] < 0 or i + 2 >= end or inside[i + 2] != inside[i]:
        return None
    if i + 3 < end and inside[i + 3] == inside[i]:
        return None
    word = ctx.doc[i + 1]
    return (i, i + 3) if word.is_alpha and word.text[:1].islower() else None


def _article_title(ctx: DocContext, i: int, end: int, oblique: bool) -> Span | None:
    """ "laut der „Presse“", "laut den „Salzburger Nachrichten“": an article before a
    quoted title, where the noun phrase reader stops at the mark. ``oblique``: after a
    preposition the article's case is its (dative or genitive): "sang laut den
    „Donauwalzer“ mit" is an adverb before an object."""
    art = ctx.doc[i] if i + 1 < end else None
    if art is None or not ctx.ph.is_det(art, ctx.pos) or ctx.inside[i + 1] < 0:
        return None
    if oblique and labels.morph_values(art, "Case") and not labels.in_dative_or_genitive(art):
        return None
    title = _bare_title(ctx, i + 1, end)
    return (i, title[1]) if title is not None else None


def _quoted_web_source(ctx: DocContext, i: int, end: int) -> Span | None:
    """ "laut „tagesschau.de“": a web address in quotation marks right at ``i``."""
    inside = ctx.inside
    if inside[i] < 0:
        return None
    k = i
    while k < end and inside[k] == inside[i]:
        k += 1
    if k - i > 4 or not any(is_web_source(ctx, ctx.doc[m].text) for m in range(i, k)):
        return None
    return (i, k)


def _document_source(
    ctx: DocContext, st: UnitState, cue: Cue, c: int, ms: int, me: int
) -> Span | None:
    """ "In der Erklärung heißt es" / "hieß es in einer Mitteilung": the document or body
    in a prepositional phrase of the rule's ``source_before`` / ``source_after``."""
    doc, ph, pos, rec, u, w = ctx.doc, ctx.ph, ctx.pos, cue.pattern, st.u, ctx.w
    after_preps = set(rec.get("source_after") or ())
    before_preps = set(rec.get("source_before") or ())
    if doc[ms].lower_ in w.document_prepositions or doc[ms].lower_ in before_preps:
        # "In dem von Ärzten verfassten Brief steht", "Auf dem Plakat stand"
        return ph.np_loose(doc, ms + 1, me, pos) or _participle_np(ctx, ms + 1, me)
    k = me
    while k < min(st.end, me + MAX_ADVERBS) and labels.is_pronominal_adverb(doc[k]):
        k += 1  # "hieß es dazu von der Polizei" (not "heißt es nun auf … warten")
    if k < st.end and doc[k].lower_ in after_preps:
        return ph.np_loose(doc, k + 1, st.end, pos)  # "hieß es vom Sprecher X"
    inner = next((k for k in range(cue.start + 1, me) if doc[k].lower_ in after_preps), None)
    if inner is not None:
        # "geht aus dem Bericht hervor", "aus dem am Freitag eingereichten Antrag"
        return ph.np_loose(doc, inner + 1, me, pos) or _participle_np(ctx, inner + 1, me)
    for a in dict.fromkeys((u.start, c)):
        if doc[a].lower_ not in before_preps or a + 1 >= ms:
            continue
        b = a + 1
        if doc[b].lower_ in w.preposition_nouns and b + 1 < ms:
            b += 1  # "Von Seiten der Stadt hieß es": the source is "der Stadt"
        np = ph.np_loose(doc, b, ms, pos)
        # "Bei der Agentur RIA hieß es", "In X hatte es geheißen": the source phrase runs
        # up to the verb (not "Bei dem Unfall seien …")
        if np is not None and (
            doc[a].lower_ in w.document_prepositions
            or all(
                labels.is_auxiliary(doc[m]) or doc[m].lower_ in w.impersonal_pronouns
                for m in range(np[1], ms)
            )
        ):
            return np
    return None


def _participle_np(ctx: DocContext, a: int, b: int) -> Span | None:
    """ "dem am Freitag eingereichten Antrag": an article, a participle phrase the tagger
    calls a verb and the noun after it, from ``a`` to before ``b`` (or None)."""
    doc, ph = ctx.doc, ctx.ph
    if a >= b or not ph.is_det(doc[a], ctx.pos):
        return None
    for j in range(a + 2, b):
        if doc[j].is_punct:
            return None
        if ph.is_nounish(doc[j], ctx.pos) and ph.is_adjish(doc[j - 1], False):
            np = ph.np_forward(doc, j, b, ctx.pos)
            return (a, np[1]) if np else None
    return None


def _pattern_subject(ctx: DocContext, cue: Cue, c: int, ms: int, me: int) -> Span | None:
    from .mentions import speaker_inside

    doc = ctx.doc
    vtok = next((doc[m] for m in range(ms, me) if doc[m].pos_ in ("VERB", "AUX")), None)
    speaker = speaker_inside(ctx, cue.pattern, ms, me)
    if speaker is None and ctx.parsed and vtok is not None:
        speaker = parse_speaker(ctx, vtok)
    if speaker is None:
        speaker = ctx.g.subject_before(ctx, c, ms)
        if speaker is not None and _patient(ctx, speaker):
            # "Die Einsicht sei ihr mit dem Hinweis verweigert worden": no one speaks; "ein
            # Besuch von der Junta sei … verweigert worden": the agent in the phrase
            agents = word_ids(ctx.w.agent_prepositions)
            k = next((k for k in range(*speaker) if ctx.table.lower[k] in agents), None)
            return (k + 1, speaker[1]) if k is not None and k + 1 < speaker[1] else None
    return speaker


def _patient(ctx: DocContext, sp: Span) -> bool:
    """Is the head of mention ``sp`` (by the parse) the subject of a passive clause?"""
    if not ctx.parsed:
        return False
    heads = [t for t in ctx.doc[sp[0] : sp[1]] if not sp[0] <= t.head.i < sp[1]]
    return len(heads) == 1 and labels.is_passive_subject(heads[0])


def pattern_content(
    ctx: DocContext, st: UnitState, cue: Cue, c: int, ms: int, me: int, slot: str, fr: Frame
) -> bool:
    """The content parts by the rule's ``content`` slot; False when there is none."""
    doc, u, end = ctx.doc, st.u, st.end
    if slot == "clause":
        fr.parts = _clause_around(ctx, st, cue, c, ms, me, fr.speaker)
        if fr.parts and _leftover(ctx, st, fr.parts[-1][1]):
            fr.parts = []
    elif slot == "after":
        comp = complement(ctx, me, u, st.verb_pos)
        if comp is None and me - 1 > ms and doc[me - 1].text == ",":
            # "den Vorwurf, die Regierung habe …": a reported clause right after the comma
            comp = complement(ctx, me - 1, u, st.verb_pos)
            comp = comp if comp is not None and comp[0] == "mood" else None
        if comp is None and me - 1 > ms and doc[me - 1].text == ":":
            comp = complement(ctx, me - 1, u, st.verb_pos)  # "kommt zu dem Schluss: …"
        if comp is None and fr.speaker is not None:
            # "X. Dies geht aus einer Mitteilung hervor.": the sentence before is the content
            back = anaphoric(ctx, st.ui, c, cue)
            if back is not None:
                fr.parts, fr.rule = [back, (c, c + 1)], fr.rule + "+anaphoric"
                return True
        if comp is None or (doc[me - 1].text == "," and comp[1] != me):
            return False  # "die Absicht, die X verfolge": a match ending in a comma needs
            # its complement right after it
        fr.parts = [(comp[1], coordinated_end(ctx, comp[1], end))]
    elif slot == "before":
        fr.frame_after = True
        stop = ms
        while stop > u.start and doc[stop - 1].text == ",":
            stop -= 1
        # "X lobte die Mannschaft: „…“, so Y": the content starts after the colon
        first = _after_colon(ctx, st.used_until, stop)
        first = first if stop > first else _quote_after_colon(ctx, st, stop)
        fr.parts = [(first, stop)] if stop > first else []
        k = fr.speaker[1] if fr.speaker else me
        while k < end and doc[k].text != ",":
            k += 1
        if (
            k + 1 < end
            and fr.parts
            and not (ctx.parsed and labels.is_relative_pronoun(doc[k + 1]))
            and doc[k + 1].lower_ not in ctx.w.that_words  # "…, ärgerte sich X darüber, dass"
            and _goes_on(ctx, fr.parts[0], (k + 1, end))
        ):
            # not "…, geht aus dem Antrag hervor, der uns vorliegt": the source's own clause
            fr.parts = [_clause_after_colon(ctx, *fr.parts[0]), (k + 1, end)]
    elif slot == "rest":
        fr.parts = [(me, end)]
    else:
        return False
    return True


def _leftover(ctx: DocContext, st: UnitState, b: int) -> bool:
    """The words from the end of a frame made before in the same unit up to ``b`` (the end
    of a source pattern's clause) hold no verb but the frame's: what is left of that frame
    ("…, sagte X, Y, der Welt am Sonntag laut Vorausbericht": the addressee), no
    statement; in a unit without quotation marks (a mixed quote keeps its source)."""
    a, u = st.used_until, st.u
    return (
        a > u.start
        and ctx.pos
        and not any(ctx.inside[m] >= 0 for m in range(u.start, u.end))
        and not any(ctx.doc[m].pos_ in ("VERB", "AUX") for m in range(a, b))
    )


def _clause_after_colon(ctx: DocContext, a: int, b: int) -> Span:
    """ "Er sieht das anders: Bisher, so X, habe …": the clause a frame interrupts starts
    after the last colon outside quotation marks before it."""
    texts, inside = ctx.table.texts, ctx.inside
    colon = next((m for m in range(b - 2, a - 1, -1) if texts[m] == ":" and inside[m] < 0), None)
    return (colon + 1, b) if colon is not None else (a, b)


def _goes_on(ctx: DocContext, part: Span, rest: Span) -> bool:
    """The clause after an interposed frame continues the content before it: the content
    before has no reportative mood ("Für die Stadt, so X, sei das ein Gewinn"), or the parse
    joins the two ("Der Präsident sei, so die Opposition, schuld an der Krise")."""
    if not ctx.any_mood(*part):
        return True
    if not ctx.pos:
        return False
    doc, (a, b), (c, d) = ctx.doc, part, rest
    words = [t for t in doc[a:b] if not t.is_punct]
    if words and words[-1].pos_ in ("AUX", "PRON") and all(t.pos_ != "VERB" for t in words):
        return True  # "Die Schule solle, so X, saniert werden": a finite auxiliary alone
    return ctx.parsed and (
        any(a <= doc[m].head.i < b for m in range(c, d))
        or any(c <= doc[m].head.i < d for m in range(a, b))
    )


def _clause_around(
    ctx: DocContext, st: UnitState, cue: Cue, c: int, ms: int, me: int, speaker: Span | None
) -> list[Span]:
    """The clause around the cue, from the previous clause break to the unit end, without
    the cue and the speaker next to it."""
    doc, u, where = ctx.doc, st.u, cue.pattern["speaker"]
    cut_end = max(me, speaker[1]) if speaker and where == "after" else me
    if where == "after":
        cut_end = source_tail(ctx, cut_end, st.end)  # "nach Angaben der Polizei vom Montag"
    cut_start = min(ms, speaker[0]) if speaker and where == "before" else ms
    a = c if c > u.start and doc[c - 1].text in (";", ":") else u.start
    inner = embedded_clause(ctx, a, ms, me, st.end)  # "…, die nach Angaben der Polizei …,"
    a, end = inner if inner is not None else (a, st.end)
    if inner is None:
        a = _second_main_clause(ctx, st, a, ms)
    parts = [(a, cut_start), (cut_end, end)]
    parts = [
        (x, y) for x, y in parts if y - x > 0 and not all(doc[m].is_punct for m in range(x, y))
    ]
    parts = [(x, y - 1) if doc[y - 1].text == "," else (x, y) for x, y in parts]
    return [(x + 1, y) if doc[x].text == "," else (x, y) for x, y in parts]


def _second_main_clause(ctx: DocContext, st: UnitState, a: int, ms: int) -> int:
    """ "Die Mutter soll davon gewusst haben, diese Taten seien aber laut X verjährt": a
    source cue in the second of two main clauses a comma joins reports that clause only
    -- the clause before has a finite verb of its own and opens with no subordinator, the
    cue's clause has a subject before its finite verb; else ``a``."""
    texts, inside, w = ctx.table.texts, ctx.inside, ctx.w
    k = ms
    while k > a and not (texts[k - 1] == "," and inside[k - 1] < 0):
        k -= 1
    if k <= a + 2 or k >= ms - 1 or not ctx.pos:
        return a
    doc = ctx.doc
    opener = w.subordinators | w.question_words
    if doc[a].lower_ in opener or doc[k].lower_ in opener | w.relative_starts | w.coordinators:
        return a
    if any(m in st.verb_pos for m in range(a, k)):
        return a  # "Er sagte, die Täter seien laut X geflohen": the frame's own content
    before = [m for m in range(a, k - 1) if inside[m] < 0 and _has(doc[m], FINITE)]
    fin = next((m for m in range(k, ms) if inside[m] < 0 and _has(doc[m], FINITE)), None)
    if not before or fin is None or fin == k or _pronoun_subject(ctx, k, st.end):
        return a
    return k


def _pronoun_subject(ctx: DocContext, a: int, b: int) -> bool:
    """ "…, dann wurde es laut X gelöscht": a personal pronoun as the subject of the clause
    at ``a`` (up to its next comma) goes on with the clause before."""
    doc = ctx.doc
    for m in range(a, b):
        if doc[m].text == ",":
            return False
        if labels.has_role(doc[m], "subject") and labels.morph_values(doc[m], "PronType") == [
            PERSONAL
        ]:
            return True
    return False


# ------------------------------------------------------------------ the frame
def finish_frame(ctx: DocContext, st: UnitState, cue: Cue, fr: Frame) -> None:
    """Make the quote of a filled frame, or let it frame the direct quotes it is made of."""
    parts = [(a, b) for a, b in fr.parts if b > a]
    if not parts or sum(b - a for a, b in parts) < 2:
        return
    ui, speaker = st.ui, fr.speaker
    q = Quote("indirect", parts, fr.conf, fr.rule, ui, speaker, fr.cue_pieces, cue.lemma)
    if cue.pattern is not None and cue.pattern["kind"] == "direct":
        q.kind = "direct-frame"
    attach_directs(ctx, q)
    if q.kind == "frame":
        st.used_until = max(st.used_until, q.end if not fr.frame_after else cue.after)
        ctx.unit_speaker[ui] = (speaker, q)
        if q.outer:
            ctx.quotes.append(
                Quote(
                    "mixed",
                    q.parts,
                    fr.conf,
                    fr.rule + "+outer",
                    ui,
                    speaker,
                    fr.cue_pieces,
                    cue.lemma,
                )
            )
        return
    if q.kind == "direct-frame":
        return
    _keep(ctx, ui, speaker, q)
    if fr.rest is not None:
        # "er sei unschuldig, erkannte das Gericht nicht an": what the speaker did next
        rest = Quote("reported", [fr.rest], 0.55, fr.rule + "+coordinated", ui, speaker)
        ctx.quotes.append(rest)
    if fr.frame_after:
        st.used_until = max(st.used_until, cue.after)


def _keep(ctx: DocContext, ui: int, speaker: Span | None, q: Quote) -> None:
    """Add the frame's quote ``q`` and remember it as the speaker source of unit ``ui``
    (continuations read it)."""
    ctx.quotes.append(q)
    ctx.unit_speaker[ui] = (speaker, q)
