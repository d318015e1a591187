"""A Konjunktiv continuation ends where the writer's main clause after it begins: a sentence
may join a main clause in the reported-speech mood and one the writer tells in the past
indicative after a coordinator ("Die Vorbereitung *sei* gut gelaufen, aber das Wetter
*machte* dem Team zu schaffen"; "Ihr Trainer *habe* ihr Tipps gegeben, und so *übte* sie
…"). The statement is the Konjunktiv main clause with the clauses under it.

A clause starts after a comma, a semicolon or a colon, with its finite verb after the first
word (past a coordinator: "und", "aber", "doch", "denn") and not last: a verb-second main
clause, no subordinate clause opened by a conjunction, a relative or question word, with or
without a preposition before it ("…, weil die Kosten explodiert *sind*", "…, in deren Haus
…"). Clauses under a main clause and the rest of a main clause after them ("Die Ärztin, die
sie begleitete, *sei* zufrieden gewesen") belong to it. Only the third person singular past
the tagger reads as indicative ("machte", "blieb") is the writer's: a plural ("haben",
"dauerten") may be a Konjunktiv; a present ("…, es gibt ja auch …"), the first person
("…, mir war klar, …"), a clause after a colon or with no coordinator ("…, ausgewiesen wurde
Ö3 …") and a clause before the statement ("Sicher ist das ein starkes Land, und es wäre gut,
…") are as often the speaker's own voice where quotation marks are stripped (10kGNAD: 2
better, 5 worse rows for clauses before), and the row stays whole. Main clauses in the
Konjunktiv next to each other stay one row ("Die Mannschaft *sei* jung, sie *brauche* noch
Zeit"), and so does a run of sentences.

>>> narrated_mains(ctx)   # cuts continuation rows in ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols
from spacy.tokens import Token

from .. import labels
from .context import DocContext, Span

KIND = "continuation"
MODE = "continuation:konjunktiv"
SEPARATORS = frozenset({",", ";", ":"})  # what parts the clauses of one sentence
VERB_POS = frozenset({symbols.VERB, symbols.AUX})
#: pronoun types of words that open a subordinate clause (relative and question words)
SUBORDINATE_PRONOUNS = frozenset({"Rel", "Int"})
#: the mood of a main clause: reported, the writer's in the past, in the present, unsure
KONJ, NARRATED, PRESENT, UNKNOWN = 2, 1, 3, 0
COLON = ":"
SENTENCE_ENDS = frozenset({".", "!", "?"})
ATTRIBUTE_POS = frozenset({symbols.ADP, symbols.DET})  # what stands before an attribute


def narrated_mains(ctx: DocContext) -> None:
    """Cut each Konjunktiv continuation of one part in one sentence to its Konjunktiv main
    clauses when the writer's indicative main clauses follow them."""
    for q in ctx.quotes:
        if q.kind != KIND or not q.rule.startswith(MODE) or len(q.parts) != 1:
            continue
        u = ctx.units[q.unit]
        if not u.start <= q.parts[0][0] < q.parts[0][1] <= u.end:
            continue  # a run of sentences
        cut = _statement(ctx, q.parts[0])
        if cut is not None:
            q.parts = [cut]
            q.rule += "+narrated_main"


def _statement(ctx: DocContext, part: Span) -> Span | None:
    """The Konjunktiv main clauses that open ``part``, with what is under them, when the
    others after them are the writer's; None to leave ``part`` whole. Only a past after a
    coordinator is the writer's there ("…, aber das Wetter *machte* dem Team zu schaffen"):
    with quotation marks stripped a present or a clause with no coordinator is often the
    speaker's own voice ("…, es gibt ja auch …"; "…, ausgewiesen wurde Ö3 …"), and so is a
    clause before the statement ("Sicher ist das ein starkes Land, und es wäre gut, …")."""
    doc = ctx.doc
    if any(doc[k].text in SENTENCE_ENDS for k in range(part[0], part[1] - 1)):
        return None  # a run of sentences
    groups = _groups(ctx, _segments(ctx, part))
    moods = [m for _, _, m in groups]
    kept = moods.index(NARRATED) if NARRATED in moods else 0
    if not kept or set(moods[:kept]) != {KONJ} or set(moods[kept:]) != {NARRATED}:
        return None
    if not all(_opens_with_coordinator(ctx, a, b) for a, b, _ in groups[kept:]):
        return None
    a, b = part[0], groups[kept - 1][1]
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    return (a, b) if b - a >= 3 else None


def _opens_with_coordinator(ctx: DocContext, a: int, b: int) -> bool:
    """Does a coordinator open segment ``a``..``b`` ("und", "aber", "doch", "denn")?"""
    words = _word_positions(ctx, a, b)
    return bool(words) and _coordinator(ctx, ctx.doc[words[0]])


def _word_positions(ctx: DocContext, a: int, b: int) -> list[int]:
    """The positions of ``a``..``b`` that hold words (no punctuation, no space)."""
    doc = ctx.doc
    return [k for k in range(a, b) if not (doc[k].is_punct or doc[k].is_space)]


def _segments(ctx: DocContext, part: Span) -> list[Span]:
    """``part`` cut at the commas and semicolons outside quotation marks and brackets."""
    doc = ctx.doc
    cuts, depth, a = [], 0, part[0]
    for k in range(part[0], part[1]):
        text = doc[k].text
        depth += text == "(" or text == "["
        depth -= depth > 0 and (text == ")" or text == "]")
        if text in SEPARATORS and ctx.inside[k] < 0 and depth == 0:
            cuts.append((a, k + 1))
            a = k + 1
    if a < part[1]:
        cuts.append((a, part[1]))
    return cuts


def _groups(ctx: DocContext, segments: list[Span]) -> list[tuple[int, int, int]]:
    """The main clauses of the segments: (start, end, mood), each with the segments after it
    that are no main clause of their own (subordinate clauses, the rest of the clause)."""
    groups: list[list[int]] = []
    for a, b in segments:
        verb = _finite_verb(ctx, a, b)
        main = verb is not None and _main_clause(ctx, a, b, verb)
        if main or not groups:
            # words after a colon may be the speaker's own ("…, könne er ruhig schlafen:
            # In diesem Fall wird er …"), and so are words in the first person ("…, mir war
            # klar, …")
            spoken = a > 0 and ctx.doc[a - 1].text == COLON or _first_person(ctx, a, b)
            groups.append([a, b, _mood(ctx, verb) if main and not spoken else UNKNOWN])
            continue
        groups[-1][1] = b
        if verb is not None and _subordinate(ctx, a, b):
            if groups[-1][2] in (NARRATED, PRESENT) and any(
                ctx.moods[k] and ctx.inside[k] < 0 for k in range(a, b)
            ):
                groups[-1][2] = UNKNOWN  # "X will erfahren haben, dass … hätten": a frame
            continue
        if verb is not None and groups[-1][2] != KONJ:
            # "Die Ärztin, die …, *sei* zufrieden": the main clause goes on after its insert
            mood = _mood(ctx, verb)
            groups[-1][2] = mood if groups[-1][2] == UNKNOWN or mood == KONJ else UNKNOWN
    return [(a, b, m) for a, b, m in groups]


def _first_person(ctx: DocContext, a: int, b: int) -> bool:
    """Has segment ``a``..``b`` a pronoun of the first or second person ("mir", "wir")?"""
    doc = ctx.doc
    return any(
        doc[k].pos == symbols.PRON and labels.morph_values(doc[k], "Person") in (["1"], ["2"])
        for k in range(a, b)
    )


def _finite_verb(ctx: DocContext, a: int, b: int) -> Token | None:
    """The first finite verb of ``a``..``b`` outside quotation marks."""
    doc = ctx.doc
    for k in range(a, b):
        t = doc[k]
        if (
            ctx.inside[k] < 0
            and t.pos in VERB_POS
            and labels.morph_has(t, labels.FINITE_FEATURE)
            and not _attribute(ctx, k)
        ):
            return t
    return None


def _attribute(ctx: DocContext, k: int) -> bool:
    """Is the finite verb at ``k`` an attribute the tagger misread, between a preposition
    or an article and a noun ("für *traumatisierte* Schüler")?"""
    doc = ctx.doc
    return (
        0 < k < len(doc) - 1
        and doc[k - 1].pos in ATTRIBUTE_POS
        and doc[k + 1].pos in (symbols.NOUN, symbols.PROPN)
    )


def _words(ctx: DocContext, a: int, b: int) -> list[int]:
    """The word positions of ``a``..``b`` (no punctuation or space), past a coordinator
    that opens the segment."""
    words = _word_positions(ctx, a, b)
    if words and _coordinator(ctx, ctx.doc[words[0]]):
        words = words[1:]
    return words


def _coordinator(ctx: DocContext, t: Token) -> bool:
    """Does ``t`` join two main clauses: a coordinator, or a conjunction that is no
    subordinator ("denn", which the tagger may read as one)?"""
    if t.pos == symbols.CCONJ or t.lower_ in ctx.w.coordinators:
        return True
    return t.pos == symbols.SCONJ and not _subordinator(ctx, t)


def _subordinator(ctx: DocContext, t: Token) -> bool:
    w = ctx.w
    return t.lower_ in w.subordinators | w.that_words | w.whether_words


def _main_clause(ctx: DocContext, a: int, b: int, verb: Token) -> bool:
    """Is segment ``a``..``b`` a verb-second main clause with finite verb ``verb``?"""
    words = _words(ctx, a, b)
    if len(words) < 3 or verb.i not in words[1:-1]:
        return False  # verb-first ("sagte er"), verb-last (a subordinate clause)
    doc = ctx.doc
    after = [doc[k] for k in words if k > verb.i]
    if all(t.pos in VERB_POS or t.lower_ in ctx.w.infinitive_markers for t in after):
        return False  # "…, die es gewesen war", "…, beerdigt zu werden": verbs at the end
    return not _subordinate(ctx, a, b)


def _subordinate(ctx: DocContext, a: int, b: int) -> bool:
    """Does a conjunction, a relative or a question word open segment ``a``..``b``, after a
    preposition or not ("weil", "die", "in deren", "was")?"""
    words = _words(ctx, a, b)
    if not words:
        return False
    doc = ctx.doc
    t = doc[words[0]]
    if t.pos == symbols.ADP and len(words) > 1:
        t = doc[words[1]]
    if _subordinator(ctx, t) or t.pos == symbols.SCONJ:
        return True
    return bool(SUBORDINATE_PRONOUNS.intersection(labels.morph_values(t, "PronType")))


def _mood(ctx: DocContext, verb: Token) -> int:
    """:data:`KONJ` for a Konjunktiv, :data:`NARRATED` for an indicative that cannot be one
    (third person singular, past or present without the Konjunktiv ``-e``), else
    :data:`UNKNOWN`; :data:`PRESENT` for the present one."""
    if ctx.moods[verb.i]:
        return KONJ
    if (
        labels.morph_values(verb, "Mood") != ["Ind"]
        or labels.morph_values(verb, "Number") != ["Sing"]
        or labels.morph_values(verb, "Person") not in (["3"], [])
    ):
        return UNKNOWN
    if labels.morph_values(verb, "Tense") == ["Past"]:
        return NARRATED
    return UNKNOWN if verb.lower_.endswith(ctx.w.konj1_endings) else PRESENT
