"""``newsx_numbers``: numbers with value, bounds, qualifier, counted noun or unit (issue 4).

Writes ``doc.spans["numbers"]``: one span per number mention, covering qualifier + number +
unit or counted noun ("mehr als 160 Todesopfern", "1,5 Millionen Euro", "2500 russische
Soldaten"), with the ``Span._`` attributes ``value``, ``value_min``, ``value_max``,
``qualifier``, ``noun``, ``noun_text``, ``unit``, ``number_kind`` and ``number_rule`` (the
``kind`` and ``rule`` columns of the numbers table). The conventions (bounds, vague plurals,
kinds, units) are documented in :mod:`pipeline.numbers`.

Works on a blank German pipeline (capitalisation and suffix rules find the noun) and uses
POS tags when the model has them (to tell nouns from verbs and adjectives). The rule files
(``number_words.jsonl``, ``qualifiers.jsonl``, ``units.jsonl``, ``number_nouns.jsonl``, the
noun forms of ``nouns.jsonl`` and the plurals of ``noun_plurals.jsonl``, which turn dative
plurals back to the nominative) come from
``rules_dir`` or ``data/rules/<lang>`` and are saved with the pipeline by ``to_disk``.

>>> nlp.add_pipe("newsx_numbers")  # doctest: +SKIP
"""

from __future__ import annotations

import functools
import operator
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy
from spacy import symbols as spacy_symbols
from spacy.attrs import ENT_TYPE, IDX, ORTH, POS, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from pipeline import extensions, resources
from pipeline.components.entities import SPANS_KEY as _DEMONYMS_KEY
from pipeline.components.lifecycle import RuleComponent
from pipeline.number_windows import Anchors
from pipeline.numbers import (
    NOUNS_FILE,
    PLURALS_FILE,
    SCHEMAS,
    NumberLexicon,
    NumberMention,
    find_numbers,
)
from pipeline.rules import write_rules

SPANS_KEY = "numbers"
#: Languages whose orthography capitalises every noun: there a lower-case word the tagger
#: calls NOUN is no counted noun (German); elsewhere (French) nouns are lower case.
CAPITALISED_NOUNS = frozenset({"de"})
#: Entity labels whose digits are part of a name ("Hannover 96", "Ligue 1", "Windows 10").
NAME_LABELS = ("ORG", "MISC")


@Language.factory(
    "newsx_numbers",
    default_config={"lang": None, "rules_dir": None, "spans_key": SPANS_KEY},
)
def make_numbers(
    nlp: Language, name: str, lang: str | None, rules_dir: str | None, spans_key: str
) -> NumberFinder:
    """Factory of ``newsx_numbers``; rule files (in ``initialize``/``from_disk``) from the
    folder ``rules_dir`` or the shipped ``rules/<lang>`` (``lang`` None: ``nlp.lang``)."""
    extensions.register()
    return NumberFinder(nlp, name, None, spans_key, lang=lang or nlp.lang, rules_dir=rules_dir)


class NumberFinder(RuleComponent):
    """Finds number mentions and stores them as spans with plain-valued attributes.

    Starts empty unless given a ``lexicon``; rules come from ``initialize()`` /
    ``from_disk`` (see :mod:`pipeline.components.lifecycle`).
    """

    rule_files = (*SCHEMAS, NOUNS_FILE, PLURALS_FILE)
    lazy_attributes = frozenset({"lexicon"})

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicon: NumberLexicon | None = None,
        spans_key: str = SPANS_KEY,
        *,
        lang: str = "de",
        rules_dir: str | None = None,
    ):
        self.name = name
        self.spans_key = spans_key
        self.lang, self.rules_source = lang, rules_dir
        if lexicon is not None:
            self.lexicon = lexicon
            self.__dict__["_filled"] = True

    def rule_sources(self) -> dict[str, Path]:
        """As :meth:`RuleComponent.rule_sources`; a ``rules_dir`` without ``nouns.jsonl`` or
        ``noun_plurals.jsonl`` takes the ones shipped for the language; a language without
        a plural table (French) goes without."""
        sources = super().rule_sources()
        for name in (NOUNS_FILE, PLURALS_FILE):
            if not sources[name].is_file():
                sources[name] = resources.rules_dir(self.lang) / name
        if not sources[PLURALS_FILE].is_file():
            del sources[PLURALS_FILE]
        return sources

    def load_rules(self, folder: Path) -> None:
        """Read the rule files and the noun forms from ``folder``."""
        self.lexicon = NumberLexicon.from_dir(folder)
        self.lexicon.capitalised_nouns = self.lang in CAPITALISED_NOUNS

    def save_rules(self, folder: Path) -> None:
        """Write the rule files and the noun forms into ``folder``."""
        for name in self.rule_files:
            if name in self.lexicon.records:
                write_rules(folder / name, self.lexicon.records[name])

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.spans[spans_key]`` (replacing earlier results) and return the Doc."""
        arr = doc.to_array(_ATTRS)
        orth = arr[:, _ORTH].tolist()  # read once: anchors, then the words
        held = _anchor_tokens(doc, arr, self.lexicon.anchors, orth)
        if not held:  # no digit, no number word: no mention
            doc.spans[self.spans_key] = []
            return doc
        text, anchors = _text_and_anchors(doc, arr, held, self.lexicon.anchors, orth)
        found = find_numbers(
            text,
            self.lexicon,
            *_token_lookups(doc, arr, self.lexicon.capitalised_nouns),
            None,
            _names(doc, arr),
            True,
            anchors,
        )
        spans, seen = [], set()
        for m in found:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0 or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            _set_attributes(span, m)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    # No ``pipe`` method on purpose: spaCy then calls ``__call__`` per Doc inside its error
    # handler, so one bad Doc becomes an error row in ``nlp.pipe`` instead of a crash.


#: the ``Span._`` attributes of a mention and the ``NumberMention`` fields they hold
_SPAN_FIELDS = (
    ("value", "value"),
    ("value_min", "value_min"),
    ("value_max", "value_max"),
    ("qualifier", "qualifier"),
    ("noun", "noun"),
    ("noun_text", "noun_text"),
    ("unit", "unit"),
    ("number_kind", "kind"),
    ("number_rule", "rule"),
)
#: whether ``span._`` keeps plain attributes in ``doc.user_data`` under
#: ``("._.", name, start_char, end_char)`` (checked once, on the first span)
_PLAIN_KEYS: list[bool] = []


def _set_attributes(span: Span, m: NumberMention) -> None:
    """Set the ``Span._`` attributes of ``span`` to the fields of ``m``: written into
    ``doc.user_data`` under the keys ``span._`` uses (without its checks per attribute)
    once that key layout is confirmed, else through ``span._``."""
    ext = span._
    s, e = span.start_char, span.end_char
    if not _PLAIN_KEYS:
        _PLAIN_KEYS.append(all(ext._get_key(n) == ("._.", n, s, e) for n, _ in _SPAN_FIELDS))
    if not _PLAIN_KEYS[0]:
        for name, field in _SPAN_FIELDS:
            setattr(ext, name, getattr(m, field))
        return
    data = span.doc.user_data
    for name, field in _SPAN_FIELDS:
        data["._.", name, s, e] = getattr(m, field)


class _ByOffset(Mapping[int, Any]):
    """A token attribute by the token's start character, computed only for the offsets the
    scanner asks for (a number's neighbours), from one array of the Doc; each offset read
    once (rules ask for the same neighbours again)."""

    def __init__(self, doc: Doc, offsets: list[int], value: Callable[[int], Any]):
        self.offsets, self.value, self.n = offsets, value, len(doc)
        #: the value by offset, ``_NONE`` for an offset without one
        self.seen: dict[int, Any] = {}

    def _read(self, char: int) -> Any:
        i = bisect_left(self.offsets, char)
        if i >= self.n or self.offsets[i] != char:
            return _NONE
        try:
            return self.value(i)
        except KeyError:
            return _NONE

    def __getitem__(self, char: int) -> Any:
        found = self.seen.get(char, _UNSEEN)
        if found is _UNSEEN:
            found = self.seen[char] = self._read(char)
        if found is _NONE:
            raise KeyError(char)
        return found

    def get(self, char: int, default: Any = None) -> Any:  # type: ignore[override]
        found = self.seen.get(char, _UNSEEN)  # as ``__getitem__``, without a second call
        if found is _UNSEEN:
            found = self.seen[char] = self._read(char)
        return default if found is _NONE else found

    def __iter__(self) -> Iterator[int]:
        return iter(self.offsets)

    def __len__(self) -> int:
        return self.n


#: markers of :class:`_ByOffset`: an offset not read yet, one without a value
_UNSEEN, _NONE = object(), object()
#: the token attributes read in one array per Doc (no Token objects, no ``doc.ents``)
_ATTRS = [IDX, POS, ENT_TYPE, ORTH, SPACY]
#: the columns of ``_ATTRS``
_IDX, _POS, _ENT, _ORTH, _SPACE = range(len(_ATTRS))
#: token texts by ORTH id (hashes of the strings, the same in every Vocab)
_TEXTS: dict[int, str] = {}
TEXTS_MEMO_SIZE = 200_000
#: what follows a token, by its SPACY flag
_SPACES = numpy.array(["", " "], dtype=object)


def _anchor_tokens(
    doc: Doc, arr: numpy.ndarray, anchors: Anchors, orth: list[int] | None = None
) -> list[int]:
    """Indices of the tokens that, read alone, hold a number anchor (a digit, a number
    word), from the ORTH column of ``arr`` or the ORTH ids ``orth`` when read already (each
    token lower-cased); a Doc without one has no number mention."""
    strings = doc.vocab.strings
    orth = arr[:, _ORTH].tolist() if orth is None else orth
    return anchors.holding(orth, lambda x: strings[x].lower())


def _words(doc: Doc, arr: numpy.ndarray, orth: list[int] | None = None) -> list[str]:
    """The texts of the Doc's tokens, from the ORTH column of ``arr`` or the ORTH ids
    ``orth`` (remembered by id)."""
    memo, strings = _TEXTS, doc.vocab.strings
    if len(memo) > TEXTS_MEMO_SIZE:
        memo.clear()
    orth = arr[:, _ORTH].tolist() if orth is None else orth
    words = list(map(memo.get, orth))
    if None in words:
        words = [memo.setdefault(x, strings[x]) if w is None else w for w, x in zip(words, orth)]
    return words


def _text(doc: Doc, arr: numpy.ndarray, words: list[str] | None = None) -> str:
    """``doc.text`` from the ORTH and SPACY columns of ``arr`` (or the token texts
    ``words``), without a Token per token."""
    words = _words(doc, arr) if words is None else words
    out = numpy.empty(2 * len(words), dtype=object)  # each token, then "" or " "
    out[0::2] = words
    out[1::2] = _SPACES[arr[:, _SPACE]]
    return "".join(out.tolist())


def _text_and_anchors(
    doc: Doc,
    arr: numpy.ndarray,
    held: list[int],
    anchors: Anchors,
    orth: list[int] | None = None,
) -> tuple[str, list[int] | None]:
    """The Doc's text (as ``doc.text``, without a Token per token) and the offsets of its
    anchors, read only in the white-space delimited runs of the tokens ``held``; None
    when lower-casing changes the text's length (then the scanner reads the whole text);
    ``orth``: the ORTH ids of the tokens when read already."""
    words = _words(doc, arr, orth)
    text = _text(doc, arr, words)
    low = text.lower()
    if len(low) != len(text):
        return text, None
    idx, space = arr[:, _IDX].tolist(), arr[:, _SPACE].tolist()
    runs: list[tuple[int, int]] = []
    last = len(space) - 1
    for i in held:
        if runs and idx[i] < runs[-1][1]:
            continue
        a, b = i, i
        while a > 0 and not space[a - 1]:
            a -= 1
        while b < last and not space[b]:
            b += 1
        runs.append((idx[a], idx[b] + len(words[b])))
    return text, anchors.offsets_in(low, runs)


#: fine-grained tags of common nouns (STTS): a PROPN, VERB or ADJ so tagged counts as a NOUN
#: ("drei Terrorkommandos" tagged PROPN/NN, "mit acht Cup-Duellen" ADJ/NN; "2007 unterlag
#: Argentinien" is PROPN/NE)
COMMON_NOUN_TAGS = ("NN",)
#: coarse tags that the fine tag NN makes a NOUN (an ADJ only when no noun follows it:
#: "vier Dringliche Anträge")
_RETAGGED = (spacy_symbols.PROPN, spacy_symbols.VERB, spacy_symbols.ADJ)
_NOUNS = (spacy_symbols.NOUN, spacy_symbols.PROPN)
#: the span group of ``newsx_entities`` with adjectives of places (``SPANS_KEY`` there)
#: what ends a sentence before a capitalised word (then the capital says nothing)
_SENTENCE_MARKS = frozenset('.!?:;"„“»«\n')


def _token_lookups(
    doc: Doc, arr: numpy.ndarray, capitalised: bool = False
) -> tuple[Mapping[int, str] | None, Mapping[int, Any] | None]:
    """(UPOS by offset, (UD features, lemma) of nouns by offset), each None when the Doc has
    no such annotation (no Token objects made for words far from numbers); ``arr`` holds
    the Doc's ``_ATTRS``. With ``capitalised`` (German: every noun is capitalised) a
    capitalised VERB with a capitalised lemma inside a sentence is a NOUN ("sechs von acht
    Cup-Duellen" tagged VERB/VVINF); a verb is capitalised only at a sentence start."""
    offsets, tags = arr[:, _IDX].tolist(), arr[:, _POS].tolist()
    strings = doc.vocab.strings
    common = {get_string_id(t) for t in COMMON_NOUN_TAGS}
    orth = arr[:, _ORTH]
    pos = morph = None
    if any(tags):
        demonyms = _demonym_adjectives(doc, tags)

        def upos(i: int) -> str:
            tag = tags[i]
            if i in demonyms:
                return "ADJ"  # "der zweite Londoner Club": the adjective of a place
            if tag in _RETAGGED and not _attributive(tags, i) and doc[i].tag in common:
                return "NOUN"
            if tag == spacy_symbols.VERB and capitalised and _inner_capital(doc, orth, i):
                return "NOUN"
            return strings[tag] if tag else ""

        pos = _ByOffset(doc, offsets, upos)
    if doc.has_annotation("MORPH"):

        def noun(i: int) -> tuple[str, str]:
            if tags[i] != spacy_symbols.NOUN and upos(i) != "NOUN":
                raise KeyError(i)
            token = doc[i]
            return str(token.morph), token.lemma_

        morph = _ByOffset(doc, offsets, noun)
    return pos, morph


def _demonym_adjectives(doc: Doc, tags: list[int]) -> set[int]:
    """The tokens of ``doc.spans["demonyms"]`` (set by ``newsx_entities``) that are a
    place's adjective in "-er" right before a noun ("der zweite Londoner Club", "zwei
    Grazer Stadträte"; not "drei Grazer wurden verletzt")."""
    spans = doc.spans.get(_DEMONYMS_KEY, ())
    return {
        s.start
        for s in spans
        if len(s) == 1 and s.text.endswith("er") and s.end < len(tags) and tags[s.end] in _NOUNS
    }


def _attributive(tags: list[int], i: int) -> bool:
    """Whether token ``i`` is an adjective before a noun ("Dringliche Anträge")."""
    return tags[i] == spacy_symbols.ADJ and i + 1 < len(tags) and tags[i + 1] in _NOUNS


def _inner_capital(doc: Doc, orth: numpy.ndarray, i: int) -> bool:
    """Whether token ``i`` and its lemma start with a capital letter (a noun's lemma; not
    "Wurden": "werden") and it stands inside a sentence (after a token that ends none: a
    word, a comma, a number; a line break is a token of its own); ``orth`` holds the Doc's
    ORTH ids."""
    strings = doc.vocab.strings
    if i == 0 or not strings[orth[i]][:1].isupper():
        return False
    return strings[orth[i - 1]][-1:] not in _SENTENCE_MARKS and doc[i].lemma_[:1].isupper()


def _names(doc: Doc, arr: numpy.ndarray) -> list[tuple[int, int]]:
    """Character ranges of the tokens of ORG and MISC entities: digits in them are part of
    a name; read from the ``_ATTRS`` array ``arr`` (``doc.ents`` makes a Token per token)."""
    labels = arr[:, _ENT]
    inside = numpy.flatnonzero(functools.reduce(operator.or_, [labels == x for x in _NAME_IDS]))
    strings = doc.vocab.strings
    starts, orth = arr[inside, _IDX].tolist(), arr[inside, _ORTH].tolist()
    return [(s, s + len(strings[x])) for s, x in zip(starts, orth)]


#: the ids of ``NAME_LABELS`` (a label missing from a Vocab marks no token there)
_NAME_IDS = [get_string_id(label) for label in NAME_LABELS]
