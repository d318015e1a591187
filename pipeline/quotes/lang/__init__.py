"""Grammar that differs between languages, behind one small interface.

The engine asks a :class:`Grammar` what only a language knows: the mood that marks reported
speech (German Konjunktiv I: "Er sagte, die Lage *sei* ernst"), passives, and where the
subject of a clause stands when the parse is missing or wrong (German verb-second order:
"Am Montag *sagte der Minister*, …"). Word lists come from the language's
``quote_words.jsonl``; a new language adds one module here (a class with these methods and
an entry in :data:`GRAMMARS`) plus its rule folder -- no edits across the engine.

>>> grammar = make_grammar("de", words, phrases, konjunktiv, verb_forms)  # doctest: +SKIP
>>> grammar.mood(doc[3])                                                  # doctest: +SKIP
2
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from ..context import Cue, DocContext
    from ..phrases import Phrases
    from ..words import QuoteWords

Span = tuple[int, int]


class Grammar(Protocol):
    """What the quote engine needs to know about a language's grammar."""

    def mood(self, t: Token) -> int:
        """2: the mood of reported speech (Konjunktiv I), 1: a weaker mark (Konjunktiv II),
        0: neither -- from morphology or the word form."""

    def mood_guess(self, doc: Doc, i: int, end: int) -> bool:
        """Without morphology: does the clause ``i``..``end`` read as reported speech?"""

    def guessed_verb(self, doc: Doc, i: int, end: int) -> int | None:
        """The token a reported-speech verb form stands in that the tagger missed, in the
        clause ``i``..``end`` opened by a 3rd person subject; None when there is none (or
        the language makes no such guess)."""

    def second_e_verb(self, doc: Doc, n: int, end: int) -> int | None:
        """The reported-speech verb form the tagger missed right after the 3rd person
        subject that opens the clause at ``n`` (whatever tag it got), or None (also when
        the language makes no such guess)."""

    def is_passive(self, verb: Token) -> bool:
        """Is ``verb`` a passive participle ("wurde mitgeteilt")?"""

    def passive_agent(self, ctx: DocContext, c: int, k: int, end: int) -> Span | None | bool:
        """The agent of a passive clause from ``c`` with cue ``k``; False: passive without
        agent; None: no passive."""

    def subject_before(self, ctx: DocContext, c: int, k: int) -> Span | None:
        """The subject of the clause starting at ``c`` whose cue is at ``k``, by position."""

    def np_after(self, ctx: DocContext, j: int, end: int) -> Span | None:
        """The first noun phrase at or after ``j`` (the subject after a finite verb)."""

    def finite_like(self, t: Token, pos: bool) -> bool:
        """Is ``t`` a finite verb (tag, auxiliary or speech verb form)?"""

    def verb_guess(self, t: Token, pos: bool) -> bool:
        """Without a tagger: is ``t`` most likely a verb?"""

    def infinitive_clause(self, doc: Doc, a: int, b: int) -> bool:
        """Does ``a``..``b`` hold an infinitive clause ("zu helfen", "abzuwarten")?"""

    def inner_frame(
        self, ctx: DocContext, start: int, end: int
    ) -> tuple[Cue, Span | None, list[Span]] | None:
        """A frame inside the quotation marks ``start``..``end`` (French "« A, a-t-il dit,
        B »"): its cue, speaker and the pieces of the quote; None for none (German puts the
        frame outside the marks)."""


class GrammarData:
    """What every language's grammar keeps from the rules: the word lists, the noun-phrase
    reader and the speech-verb forms. A language module subclasses it and adds its own
    (German: the Konjunktiv forms)."""

    def __init__(
        self,
        words: QuoteWords,
        phrases: Phrases,
        konjunktiv: list[dict[str, Any]],
        verb_forms: dict[str, Any],
    ):
        self.w = words
        self.ph = phrases
        self.forms = verb_forms


def make_grammar(
    lang: str,
    words: QuoteWords,
    phrases: Phrases,
    konjunktiv: list[dict[str, Any]],
    verb_forms: dict[str, Any],
) -> Grammar:
    """The grammar of ``lang`` (``nlp.lang``); ValueError for a language without one."""
    if lang not in GRAMMARS:
        raise ValueError(f"no quote grammar for language {lang!r} (have: {', '.join(GRAMMARS)})")
    return GRAMMARS[lang](words, phrases, konjunktiv, verb_forms)


def _german(*args: Any) -> Grammar:
    from .de import GermanGrammar

    return GermanGrammar(*args)


def _french(*args: Any) -> Grammar:
    from .fr import FrenchGrammar

    return FrenchGrammar(*args)


#: language code -> constructor ``(words, phrases, konjunktiv records, verb forms)``
GRAMMARS: dict[str, Any] = {"de": _german, "fr": _french}
#: languages whose adjectives follow the noun inside a noun phrase ("des sources diplomatiques")
ADJECTIVES_AFTER_NOUN = frozenset({"fr"})
