"""What the engine steps share: the quote under construction, cues, and the per-document
context (:class:`DocContext`) that is passed from step to step instead of state on ``self``.

>>> ctx = DocContext.build(doc, kit)   # doctest: +SKIP
>>> ctx.units[0], ctx.inside[:5]        # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.attrs import LEMMA, LOWER, MORPH, ORTH, POS, SPACY
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from .. import labels
from .phrases import has_pos
from .units import Unit, split_units
from .words import word_ids

if TYPE_CHECKING:
    from ..speakers.lexicon import RoleLexicon
    from .lang import Grammar
    from .phrases import Phrases
    from .words import QuoteWords

Span = tuple[int, int]
MOOD_MEMO_SIZE = 200_000  # distinct (form, part of speech, morphology) keys kept
#: the token attributes of :class:`TokenTable`, in its column order
TABLE_ATTRS = (ORTH, LOWER, LEMMA, POS, MORPH, SPACY)
TEXT_MEMO_SIZE = 200_000  # ORTH ids -> strings kept across Docs
_TEXTS: dict[int, str] = {}
#: the POS ids of verbs and auxiliaries (``pos_ in ("VERB", "AUX")`` on :attr:`TokenTable.pos`)
VERB_POS = frozenset({VERB, AUX})
#: the POS ids of nouns and names (``pos_ in ("NOUN", "PROPN")`` on :attr:`TokenTable.pos`)
NOUN_IDS = frozenset({NOUN, PROPN})


@dataclass(frozen=True)
class TokenTable:
    """A Doc's token attributes as plain lists, read from one ``Doc.to_array`` call: the
    steps look them up by index instead of making a ``Token`` for every look."""

    orth: list[int]
    lower: list[int]
    lemma: list[int]
    pos: list[int]
    morph: list[int]
    space: list[int]  # 1: a space follows the token
    texts: list[str]  # the tokens' verbatim texts

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """The table of ``doc``."""
        if not len(doc):
            return cls([], [], [], [], [], [], [])
        columns = doc.to_array(list(TABLE_ATTRS)).T.tolist()
        return cls(*columns, texts=token_texts(doc, columns[0]))

    def text(self) -> str:
        """The Doc's text (``Doc.text``, without a ``Token`` per token)."""
        return "".join([w + " " if sp else w for w, sp in zip(self.texts, self.space)])


def token_texts(doc: Doc, orth: list[int]) -> list[str]:
    """The strings of the ORTH ids ``orth`` (remembered across Docs: the ids are hashes of
    the strings, the same in every Vocab)."""
    memo, strings = _TEXTS, doc.vocab.strings
    if len(memo) > TEXT_MEMO_SIZE:  # a bound for long runs over big archives
        memo.clear()
    try:  # every form seen before: the common case after a few Docs
        return list(map(memo.__getitem__, orth))
    except KeyError:
        pass
    out = list(map(memo.get, orth))
    for i, w in enumerate(out):
        if w is None:
            out[i] = memo[orth[i]] = strings[orth[i]]
    return out


#: the rule-id prefix of a quote found by a cue pattern of ``cue_patterns.jsonl`` ("laut X",
#: "nach Angaben X"): the source-phrase rows
PATTERN_RULE = "pattern:"


@dataclass
class Quote:
    """A quote under construction; token ranges, turned into a Span at the end."""

    kind: str
    parts: list[Span]
    confidence: float
    rule: str
    unit: int
    speaker: Span | None = None
    cue: list[Span] = field(default_factory=list)
    cue_lemma: str | None = None
    nested: bool = False
    direct: bool = False
    speaker_chars: Span | None = None  # for continuations: copied offsets
    outer: bool = False  # a frame whose content has words outside the quotation marks

    @property
    def start(self) -> int:
        return min(a for a, _ in self.parts)

    @property
    def end(self) -> int:
        return max(b for _, b in self.parts)

    @property
    def from_pattern(self) -> bool:
        """Was the quote found by a cue pattern (a source phrase, "laut X")?"""
        return self.rule.startswith(PATTERN_RULE)

    def take_speaker(self, other: Quote) -> None:
        """Go on with the speaker of ``other``: its mention and its copied offsets."""
        self.speaker, self.speaker_chars = other.speaker, other.speaker_chars


def quote_ending_before(
    ctx: DocContext,
    quotes: Iterable[Quote],
    pos: int,
    ui: int,
    back: int,
    keep: Callable[[Quote], bool],
) -> Quote | None:
    """The quote of ``quotes`` that ends last at or before token ``pos`` (the first one on
    a tie), in sentence unit ``ui`` or the ``back`` units before it, in its paragraph,
    among those ``keep`` accepts; else None."""
    para = ctx.units[ui].paragraph
    best: Quote | None = None
    for o in quotes:
        if o.end > pos or ui - o.unit > back or ctx.units[o.unit].paragraph != para:
            continue
        if keep(o) and (best is None or o.end > best.end):
            best = o
    return best


@dataclass
class Cue:
    """A cue found in a unit: a speech verb or a cue pattern match."""

    start: int  # first cue token
    end: int  # end of the whole match (exclusive)
    pieces: list[Span]
    lemma: str
    rule: str
    confidence: float
    kinds: tuple[str, ...]
    verb: Token | None = None  # the verb token for verb cues
    pattern: dict[str, Any] | None = None
    preposition: str | None = None

    @property
    def after(self) -> int:
        """First token after the cue's pieces."""
        return max(b for _, b in self.pieces)


@dataclass
class Direct:
    """A pair of quotation marks: tokens ``start``..``end`` (marks included)."""

    start: int
    end: int
    rule: str
    closed: bool


@dataclass(frozen=True)
class Toolkit:
    """What every step reads and nobody changes: built once per engine."""

    words: QuoteWords
    phrases: Phrases
    grammar: Grammar
    roles: RoleLexicon
    verb_forms: dict[str, list[tuple[dict[str, Any], bool]]]
    settings: dict[str, Any]
    # (LOWER, POS, MORPH) ids -> the grammar's mood: it reads only those (see :func:`moods`)
    mood_memo: dict[tuple[int, int, int], int] = field(default_factory=dict, compare=False)


@dataclass
class DocContext:
    """One document's state while the engine runs (a new one per Doc)."""

    doc: Doc
    kit: Toolkit
    pos: bool
    parsed: bool
    inside: list[int]  # token -> index of the direct quote covering it, -1 outside
    directs: list[Direct]
    closes: set[int]
    units: list[Unit] = field(default_factory=list)
    unit_of: list[int] = field(default_factory=list)
    cues_by_unit: list[list[Cue]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    direct_info: dict[int, Quote] = field(default_factory=dict)  # framed direct quotes
    unit_speaker: dict[int, tuple[Span | None, Quote | None]] = field(default_factory=dict)
    moods: list[int] = field(default_factory=list)  # token -> the grammar's mood (2, 1, 0)
    table: TokenTable | None = None  # the token attributes as lists (set by :meth:`build`)
    # verb token -> its speaker from the parse (:func:`.mentions.parse_speaker`'s memo)
    parse_speakers: dict[int, Span | None] = field(default_factory=dict)
    person_words: set[str] | None = None  # the words of the person entities; None: not read
    speakerish: dict[Span, bool] = field(default_factory=dict)  # :func:`.mentions.speakerish`
    # unit start -> its indicative main verb (:func:`.own_frames.indicative_root`'s memo)
    indicative_roots: dict[int, Token | None] = field(default_factory=dict)
    _ents: tuple[Any, ...] | None = None  # ``doc.ents``, read once (see :meth:`ents`)

    @property
    def w(self) -> QuoteWords:
        return self.kit.words

    @property
    def ph(self) -> Phrases:
        return self.kit.phrases

    @property
    def g(self) -> Grammar:
        return self.kit.grammar

    @classmethod
    def build(
        cls, doc: Doc, kit: Toolkit, marked: list[Any], table: TokenTable | None = None
    ) -> DocContext:
        """Map the quotation marks found in ``doc.text`` to tokens and split the units
        (``table``: the Doc's :class:`TokenTable` when the caller has built it)."""
        inside = [-1] * len(doc)
        directs: list[Direct] = []
        closes: set[int] = set()
        for mq in marked:
            span = doc.char_span(mq.start, mq.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if max(inside[span.start : span.end]) >= 0:  # overlaps a quote already found
                continue
            inside[span.start : span.end] = [len(directs)] * len(span)
            directs.append(Direct(span.start, span.end, mq.rule, mq.closed))
            closes.add(span.end - 1)
        ctx = cls(doc, kit, has_pos(doc), labels.is_parsed(doc), inside, directs, closes)
        ctx.table = table = TokenTable.of(doc) if table is None else table
        ctx.split_units()
        ctx.moods = moods(doc, kit.grammar, kit.mood_memo, table)
        return ctx

    def split_units(self) -> None:
        """Split the sentence units (and map tokens to them) by the quotation marks of
        ``inside``/``closes``: at build, and again when a step has cut a quote."""
        kit, table = self.kit, self.table
        self.units = split_units(
            self.doc,
            self.inside,
            self.closes,
            kit.words.abbreviations,
            table.orth,
            table.space,
            kit.words.sentence_openers,
            kit.words.heading_openers,
            kit.roles.is_role,
        )
        self.unit_of = [0] * len(self.doc)
        for ui, u in enumerate(self.units):
            self.unit_of[u.start : u.end] = [ui] * (u.end - u.start)

    def ents(self) -> tuple[Any, ...]:
        """``doc.ents``, read once per Doc (spaCy builds a new Span per entity on every
        access; the steps never change the entities)."""
        if self._ents is None:
            self._ents = self.doc.ents
        return self._ents

    def konj(self, t: Token) -> int:
        """Shortcut for the grammar's reported-speech mood of ``t`` (2, 1 or 0)."""
        return self.moods[t.i]

    def any_mood(self, start: int, end: int) -> bool:
        """Some token in ``start``..``end`` has a reported-speech mood."""
        return any(self.moods[start:end])

    def in_marks(self, start: int, end: int) -> bool:
        """Some token in ``start``..``end`` is inside quotation marks (a direct quote)."""
        return max(self.inside[start:end], default=-1) >= 0

    def speaks_in_person(self, start: int, end: int) -> bool:
        """Some token in ``start``..``end`` is a first- or second-person form
        (``speaking_person_forms``: the writer of a news report does not say "ich" or "wir")."""
        persons = word_ids(self.w.speaking_person_forms)
        return any(m in persons for m in self.table.lower[start:end])

    def widen_back(self, first_of: Callable[[DocContext, Quote], Span | None]) -> None:
        """Widen each quote of one part back over the span ``first_of`` finds before it
        (``None``: as it is), unless another quote holds a token of that span."""
        taken = {k for q in self.quotes for a, b in q.parts for k in range(a, b)}
        for q in self.quotes:
            first = first_of(self, q)
            if first is not None and not any(k in taken for k in range(*first)):
                q.parts = [(first[0], q.parts[0][1])]

    def finite_verbs(self, start: int, end: int) -> list[int]:
        """The finite verbs and auxiliaries of ``start``..``end``, in text order."""
        pos, doc = self.table.pos, self.doc
        return [
            m
            for m in range(start, end)
            if pos[m] in (VERB, AUX) and labels.morph_has(doc[m], labels.FINITE_FEATURE)
        ]

    def unit_before(self, ui: int) -> Unit | None:
        """The sentence unit right before unit ``ui`` when it is in the same paragraph."""
        if ui == 0 or self.units[ui - 1].paragraph != self.units[ui].paragraph:
            return None
        return self.units[ui - 1]


def moods(
    doc: Doc,
    grammar: Grammar,
    memo: dict[tuple[int, int, int], int],
    table: TokenTable | None = None,
) -> list[int]:
    """``grammar.mood`` of every token of ``doc``, asked once per distinct (lower-case form,
    part of speech, morphology), the only attributes a mood depends on; ``memo`` keeps the
    answers across Docs; ``table`` is the Doc's :class:`TokenTable` when built already."""
    if len(memo) > MOOD_MEMO_SIZE:  # a bound for long runs over big archives
        memo.clear()
    gate = getattr(grammar, "mood_candidates", None)
    if gate is not None and table is not None:  # ask only where the grammar sees a mood
        out = [0] * len(table.lower)
        asked = gate(doc.vocab, table.lower, table.morph)
        for i in asked:
            key = (table.lower[i], table.pos[i], table.morph[i])
            mood = memo.get(key)
            out[i] = memo[key] = grammar.mood(doc[i]) if mood is None else mood
        return _in_context(doc, grammar, out, asked)
    if table is None:
        keys = list(zip(*doc.to_array([LOWER, POS, MORPH]).T.tolist()))
    else:
        keys = list(zip(table.lower, table.pos, table.morph))
    out = list(map(memo.get, keys))
    if None not in out:  # every key asked before: the common case after a few Docs
        return out
    for i, mood in enumerate(out):
        if mood is None:
            out[i] = memo.get(keys[i])
            if out[i] is None:
                out[i] = memo[keys[i]] = grammar.mood(doc[i])
    return _in_context(doc, grammar, out, [i for i, mood in enumerate(out) if mood])


def _in_context(doc: Doc, grammar: Grammar, out: list[int], asked: Iterable[int]) -> list[int]:
    """The remembered moods of the tokens ``asked`` (the ones that may have one) corrected
    by each token's sentence (``grammar.mood_in_context``, where the grammar has one): a
    memo per form must not carry one sentence's subject into another Doc ("Ich habe …"
    then "Dieser habe …")."""
    fix = getattr(grammar, "mood_in_context", None)
    if fix is not None:
        for i in asked:
            if out[i]:
                out[i] = fix(doc[i], out[i])
    return out
