"""Word classes and noun-phrase heuristics that work with or without a parse.

Speakers are noun phrases. With a tagger we read ``token.pos_``; on a blank pipeline we fall
back to capitalisation and the closed word lists of ``quote_words.jsonl`` (function words
are a closed class, so this goes a long way). :class:`Phrases` is built once per engine.

>>> ph = Phrases(words)                                   # doctest: +SKIP
>>> doc = nlp.make_doc("sagte der Sprecher des Ministeriums am Montag")  # doctest: +SKIP
>>> ph.np_forward(doc, 1, len(doc), pos=False)           # doctest: +SKIP
(1, 5)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..labels import AUXILIARY_FORMS
from .words import QuoteWords

#: punctuation (language-neutral): quotation marks and sentence ends
QUOTE_OPENERS = frozenset({"„", "“", '"', "»", "«", "‚"})
QUOTE_CLOSERS = frozenset({"“", "”", '"', "«", "»", "‘"})
SENT_END = frozenset({".", "!", "?", "…", "..."})
#: punctuation that ends a clause (frames, direct quotes, continuations)
CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "(", ")"})
#: entity labels that mark a name (taggers call unknown surnames ADV or ADJ: "Künast sagte")
NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "NORP"})


def has_pos(doc: Doc) -> bool:
    """True when the Doc carries coarse POS tags (tagger/morphologizer ran)."""
    return doc.has_annotation("POS")


class Phrases:
    """Word-class tests and noun-phrase readers over the word lists ``w``."""

    def __init__(self, words: QuoteWords, adjectives_after_noun: bool = False):
        self.w = words
        #: adjectives may follow the noun inside a noun phrase ("des sources diplomatiques")
        self.adjectives_after_noun = adjectives_after_noun
        self.verb_forms = AUXILIARY_FORMS | words.verb_forms
        self.von_genitive = words.genitive_determiners | words.attribute_prepositions

    # ------------------------------------------------------------ word classes
    def is_det(self, t: Token, pos: bool) -> bool:
        """Article, possessive or quantifier."""
        if pos and t.pos_ == "DET":
            return True
        return t.lower_ in self.w.determiners

    def is_named(self, t: Token) -> bool:
        """A capitalised word inside a named entity (whatever the tagger says)."""
        return (
            t.ent_type_ in NAME_LABELS
            and t.text[:1].isupper()
            and t.lower_ not in self.w.adverbial_starts
        )

    def is_nounish(self, t: Token, pos: bool) -> bool:
        """Noun, proper noun, name or capitalised word that is not a function word."""
        if pos and t.pos_ in ("NOUN", "PROPN"):
            return True
        if self.is_named(t):
            return True
        if pos and t.pos_ not in ("X", ""):
            return False  # trust the tagger: a capitalised adverb or adjective is no noun
        text = t.text
        if not text[:1].isupper() or not any(c.isalpha() for c in text):
            return False
        low, w = t.lower_, self.w
        if (
            low in w.determiners
            or low in w.prepositions
            or low in w.adverbial_starts
            or low in w.not_adjectives
            or low in w.function_words
        ):
            return False
        return not (
            pos and t.pos_ in ("VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "PRON", "DET")
        )

    def is_adjish(self, t: Token, pos: bool) -> bool:
        """Attributive adjective, ordinal or number inside a noun phrase."""
        if pos:
            return t.pos_ in ("ADJ", "NUM")
        low = t.lower_
        if t.like_num or (t.text[:1].isdigit() and "-" in t.text):
            return True
        if (
            not t.text[:1].islower()
            or low in self.w.not_adjectives
            or low in self.w.prepositions
            or low in self.verb_forms
        ):
            return False
        return low.endswith(self.w.adjective_endings) and len(low) > 3

    def is_pronoun_subject(self, t: Token) -> bool:
        """A personal pronoun that is a whole speaker mention ("er sagte")."""
        return t.lower_ in self.w.subject_pronouns

    # ------------------------------------------------------------ noun phrases
    def np_forward(
        self, doc: Doc, i: int, end: int, pos: bool, after_verb: bool = False
    ) -> tuple[int, int] | None:
        """The noun phrase starting at token ``i`` (before ``end``), as a token range, or None.

        Takes determiners, adjectives, nouns, names, genitive attributes ("der Sprecher des
        Ministeriums"), ``von`` attributes and a parenthesis ("Wowereit (SPD)").
        """
        if i >= end:
            return None
        if self.is_pronoun_subject(doc[i]):
            return (i, i + 1)
        j, last_head = i, -1
        while j < end:
            step = self._np_step(doc, j, end, pos, last_head, after_verb)
            if step is None:
                break
            j, last_head = step
        if last_head < 0:
            return None
        return (i, last_head + 1)

    def _np_step(
        self, doc: Doc, j: int, end: int, pos: bool, last_head: int, after_verb: bool
    ) -> tuple[int, int] | None:
        """One step of :meth:`np_forward`: the next ``(j, last_head)``, or None to stop."""
        t = doc[j]
        if self.is_nounish(t, pos) and "\n" not in t.text:
            return (j + 1, j)
        if last_head < 0:
            ok = self.is_det(t, pos) or self.is_adjish(t, pos)
            return (j + 1, last_head) if ok else None
        if t.lower_ in self.von_genitive and j + 1 < end:
            nxt = doc[j + 1]
            if (
                after_verb
                and t.lower_ not in self.w.attribute_prepositions
                and nxt.lower_.endswith(self.w.recipient_endings)
            ):
                return None
            if self.is_nounish(nxt, pos) or self.is_det(nxt, pos) or self.is_adjish(nxt, pos):
                return (j + 1, last_head)
            return None
        if self.adjectives_after_noun and j == last_head + 1 and self.is_adjish(t, pos):
            return (j + 1, j)  # an adjective after the noun belongs to it
        if self.is_adjish(t, pos) and j > last_head and j + 1 < end:
            # adjective inside a genitive attribute ("des russischen Präsidenten")
            prev = doc[j - 1]
            if prev.lower_ in self.w.genitive_determiners or self.is_adjish(prev, pos):
                return (j + 1, last_head)
            return None
        if t.text in QUOTE_OPENERS:
            return _bracketed(doc, j, end, 8, QUOTE_CLOSERS, skip_first=True)
        if t.text == "(":
            return _bracketed(doc, j, end, 6, frozenset({")"}), skip_first=False)
        return None

    def np_backward(self, doc: Doc, i: int, start: int, pos: bool) -> tuple[int, int] | None:
        """The noun phrase ending just before token ``i`` (not before ``start``), or None."""
        j = i - 1
        if j < start:
            return None
        if not (self.is_nounish(doc[j], pos) or doc[j].text == ")"):
            return None
        attr = self.w.attribute_prepositions
        while j >= start:
            t = doc[j]
            if t.text == ")":
                k = j - 1
                while k >= max(start, j - 6) and doc[k].text != "(":
                    k -= 1
                if k >= start and doc[k].text == "(":
                    j = k - 1
                    continue
                break
            if (
                self.is_nounish(t, pos)
                or self.is_det(t, pos)
                or self.is_adjish(t, pos)
                or t.lower_ in attr
            ):
                j -= 1
                continue
            break
        b = j + 1
        while b < i and (
            doc[b].lower_ in attr
            or doc[b].lower_ in self.w.genitive_determiners
            and b + 1 < i
            and not self.is_nounish(doc[b + 1], pos)
            and not self.is_adjish(doc[b + 1], pos)
        ):
            b += 1
        return (b, i) if b < i else None

    def np_loose(self, doc: Doc, i: int, end: int, pos: bool) -> tuple[int, int] | None:
        """A noun phrase at ``i`` that may contain a participle phrase before its noun
        ("einer am Dienstag veröffentlichten Pressemitteilung des WFP")."""
        np = self.np_forward(doc, i, end, pos)
        if np is not None:
            return np
        if i >= end:
            return None
        if not self.is_det(doc[i], pos):
            return self._bare_adjective_np(doc, i, end, pos)
        j = i + 1
        while j < min(end, i + 8):
            t = doc[j]
            if t.is_punct or t.is_space:
                return None
            if self.is_nounish(t, pos) and j > i + 1 and self.is_adjish(doc[j - 1], pos):
                np = self.np_forward(doc, j, end, pos)
                return (i, np[1]) if np else None
            j += 1
        return None

    def _bare_adjective_np(self, doc: Doc, i: int, end: int, pos: bool):
        """Adjectives and a noun without an article ("laut nationalem statistischen
        Institut"), or None."""
        j = i
        while (
            j < min(end, i + 4)
            and not doc[j].is_punct
            and (
                self.is_adjish(doc[j], pos) or self.is_adjish(doc[j], False)  # a mis-tagged ADV
            )
        ):
            j += 1
        if j == i or j >= end or not self.is_nounish(doc[j], pos):
            return None
        np = self.np_forward(doc, j, end, pos)
        return (i, np[1]) if np else None


def _bracketed(
    doc: Doc, j: int, end: int, reach: int, closers: frozenset[str], skip_first: bool
) -> tuple[int, int] | None:
    """A quoted name or parenthesis right after a noun ("die Zeitung „Yemen Observer“",
    "Wowereit (SPD)"): the step past its closing token, or None. ``skip_first``: a closer
    right after the opener does not close (quotation marks look alike)."""
    k = j + 1
    while k < min(end, j + reach) and not (
        doc[k].text in closers and (k > j + 1 or not skip_first)
    ):
        k += 1
    if k < end and doc[k].text in closers and k > j + 1:
        return (k + 1, k)
    return None
