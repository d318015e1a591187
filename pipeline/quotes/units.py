"""Sentence units that never split a quotation.

A unit is a sentence, cut at newlines and at sentence-final punctuation outside quotation
marks (and at a closing mark after sentence-final punctuation followed by a capital):
"„Es ist gut.“ Dann ging er." is two units, "„Es ist gut. Wir gehen“, sagte er." one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, count

from spacy.attrs import ORTH, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .. import labels
from .phrases import SENT_END

MEMO_SIZE = 200_000
# ORTH id -> may its token end a unit, for every ORTH id asked about (ids are hashes of the
# strings: the same in every Vocab)
_MAY_END: dict[int, bool] = {}
# ORTH id -> (text, is_space, is_punct, is_quote, is_alpha, lower_) of its lexeme: the
# attributes the split reads, all the lexeme's, so the same for every token of the form
_LEX: dict[int, tuple[str, bool, bool, bool, bool, str]] = {}


@dataclass
class Unit:
    """A sentence that never splits a quotation: tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    paragraph: int
    dateline: bool = False  # "Wien – ", "London (Reuters) – ": a place, never a speaker
    _content_end: int | None = field(default=None, compare=False, repr=False)

    def content_end(self, doc: Doc) -> int:
        """End without the final punctuation (worked out once per unit: a unit belongs
        to one Doc)."""
        if self._content_end is None:
            self._content_end = self._find_content_end(doc)
        return self._content_end

    def _find_content_end(self, doc: Doc) -> int:
        e = self.end
        while e > self.start:
            t = doc[e - 1]
            if not (t.is_punct and t.text in SENT_END or t.is_space):
                break
            e -= 1
        return e


class _Tokens:
    """The lexeme attributes of a Doc's tokens by index (see ``_LEX``), and their spaces:
    no ``Token`` per look."""

    def __init__(self, doc: Doc, orth: list[int], space: list[int]) -> None:
        self.doc, self.orth, self.space = doc, orth, space

    def __len__(self) -> int:
        return len(self.orth)

    def __getitem__(self, i: int) -> tuple[str, bool, bool, bool, bool, str]:
        lex = _LEX.get(self.orth[i])
        if lex is None:
            if len(_LEX) > MEMO_SIZE:  # a bound for long runs over big archives
                _LEX.clear()
            t = self.doc[i]
            lex = _LEX[self.orth[i]] = (
                t.text,
                t.is_space,
                t.is_punct,
                t.is_quote,
                t.is_alpha,
                t.lower_,
            )
        return lex


def _starts_sentence(toks: _Tokens, k: int) -> bool:
    if k >= len(toks):
        return True
    text, space, punct, quote, _, _ = toks[k]
    if space:
        return True
    ch = text[:1]
    if quote and k + 1 < len(toks) and toks[k + 1][0][:1].islower():
        return False  # "Benedikt XVI. „ist und bleibt …“": quoted words that go on with it
    if text.lstrip(".").startswith("@"):
        return True  # a tweet's handle after a sentence (". .@MatthiasMeisner Nein.")
    return ch.isupper() or ch.isdigit() or (quote or punct and ch in '„“"»«‚(–-')


def _is_abbrev(lex: tuple[str, bool, bool, bool, bool, str], abbreviations: frozenset[str]) -> bool:
    text, low = lex[0], lex[5].rstrip(".")
    return low in abbreviations or (len(text) == 1 and text.isupper())


_END_OR_MARK = SENT_END | {"!", "?"}
#: a year or a score with the sentence's full stop glued to it ("… seit 2011. Die …": the
#: tokenizer keeps it as an ordinal; "… verlor mit 0:2. Die …"); before a capital it ends
#: the sentence
_YEAR_STOP = re.compile(r"^((19|20)\d\d|\d{1,3}:\d{1,3})\.$")


#: any other number with a full stop glued to it: an ordinal ("am 5. Dezember") unless a
#: word follows that no ordinal stands before ("stieg auf 92. Der Anteil …"); and a name of
#: letters and digits ending in a digit ("vom Typ MI-17. Der …", "von CO2. Die …"), which the
#: tokenizer keeps with the stop as it keeps an ordinal's
_NUMBER_STOP = re.compile(r"^(\d+([.,]\d+)*|[^\W\d_][\w-]*\d)\.$")


def _no_ordinal_after(toks: _Tokens, k: int) -> bool:
    """Is token ``k`` a capitalised word an ordinal never stands before: an article, a
    pronoun, a preposition, a conjunction or an adverb, by the tagger (no tagger: no)?"""
    if k >= len(toks) or not toks[k][0][:1].isupper():
        return False
    t = toks.doc[k]
    return labels.is_closed_class(t) or t.pos_ == "ADV"


def _cut_after(
    toks: _Tokens, i: int, start: int, inside: list[int], closes: set[int], abbreviations
) -> int | None:
    """Does a unit end after token ``i``? The end index, or None."""
    text, _, punct, _, _, _ = toks[i]
    if inside[i] < 0:
        if _YEAR_STOP.match(text):
            return i + 1 if i + 1 < len(toks) and toks[i + 1][0][:1].isupper() else None
        if i > start and _NUMBER_STOP.match(text) and _no_ordinal_after(toks, i + 1):
            return i + 1
        if text in SENT_END or (text.endswith(("!", "?")) and punct):
            abbrev = (
                i > start
                and text == "."
                and not toks.space[i - 1]
                and _is_abbrev(toks[i - 1], abbreviations)
            )
            if not abbrev and _starts_sentence(toks, i + 1):
                return i + 1
        return None
    if (
        i in closes
        and i > 0
        # a closing mark after the sentence's end, or the full stop that ends a quote
        # nothing closes (marks.MarkFinder._reopened: „A. Sie sagte: „B.“)
        and (toks[i - 1][0] in _END_OR_MARK or text in SENT_END)
        and i + 1 < len(toks)
        and toks[i + 1][0][:1].isupper()
        and not toks[i + 1][2]
    ):
        return i + 1
    return None


def _boundary_candidates(doc: Doc, closes: set[int], orth: list[int] | None = None) -> list[int]:
    """Tokens where a unit may end (newlines, sentence-final punctuation, closing marks),
    in order: set look-ups instead of a Python step per token (``orth``: the ORTH ids of
    the tokens, when the caller has them)."""
    if orth is None:
        orth = doc.to_array(ORTH).tolist()
    if len(_MAY_END) > MEMO_SIZE:  # a bound for long runs over big archives
        _MAY_END.clear()
    try:  # every word seen before: the common case after a few Docs
        flags = list(map(_MAY_END.__getitem__, orth))
    except KeyError:  # words not seen before
        strings = doc.vocab.strings
        for o in set(orth).difference(_MAY_END):
            w = strings[o]
            _MAY_END[o] = (
                w in SENT_END
                or w.endswith(("!", "?"))
                or (w.isspace() and "\n" in w)
                or _YEAR_STOP.match(w) is not None
                or _NUMBER_STOP.match(w) is not None
            )
        flags = list(map(_MAY_END.__getitem__, orth))
    return sorted(closes.union(compress(count(), flags)))


def _before_openers(toks: _Tokens, inside: list[int], openers: frozenset[str]) -> set[int]:
    """Tokens right before a sentence opener ("Es", "Er" written with a capital, which the
    middle of a sentence never has) that follows a word without punctuation: archives that
    join a subheading to its paragraph ("Wałęsa weist Vorwürfe zurück Es sei …")."""
    if not openers:
        return set()
    ids = {get_string_id(w) for w in openers}
    hits = compress(count(), map(ids.__contains__, toks.orth))  # set look-ups in C
    return {k - 1 for k in hits if k > 0 and inside[k] < 0 and toks[k - 1][4]}


def split_units(
    doc: Doc,
    inside: list[int],
    closes: set[int],
    abbreviations: frozenset[str],
    orth: list[int] | None = None,
    space: list[int] | None = None,
    openers: frozenset[str] = frozenset(),
    heading_openers: frozenset[str] = frozenset(),
    is_role: Callable[[str], bool] | None = None,
) -> list[Unit]:
    """Split ``doc`` into sentence units.

    ``inside[i]`` is the index of the direct quote covering token ``i`` (-1 outside);
    ``closes`` holds the token indices of closing quotation marks; ``abbreviations`` are
    words whose period ends no sentence; ``orth`` and ``space`` are the tokens' ORTH ids
    and SPACY flags if known; ``openers`` are words that start a sentence wherever they
    stand with a capital (see :func:`_before_openers`); ``heading_openers`` start a unit
    after a subheading joined to its paragraph (see :func:`_split_heading`), and so does a
    person's surname the text gave with the full name before, right before a finite verb,
    after a subheading that ends in a noun that ``is_role`` does not call a role
    ("Sechs Jahre in der Komfortzone Strugl sagte …"; see :func:`_named_opener`).
    """
    if orth is None or space is None:
        orth, space = doc.to_array([ORTH, SPACY]).T.tolist() if len(doc) else ([], [])
    toks = _Tokens(doc, orth, space)
    units: list[Unit] = []
    start = para = 0
    before_opener = _before_openers(toks, inside, openers)
    for i in sorted(before_opener.union(_boundary_candidates(doc, closes, orth))):
        text, is_space, _, _, _, _ = toks[i]
        if is_space and "\n" in text:
            if i > start:
                units.append(Unit(start, i, para))
            para += 1
            start = i + 1
            continue
        if i in before_opener:
            units.append(Unit(start, i + 1, para))
            start = i + 1
            continue
        cut = _cut_after(toks, i, start, inside, closes, abbreviations)
        if cut is not None:
            units.append(Unit(start, cut, para))
            start = cut
    if start < len(doc):
        units.append(Unit(start, len(doc), para))
    # drop units that are only whitespace
    units = [
        u
        for u in units
        if not toks[u.start][1] or any(not toks[k][1] for k in range(u.start + 1, u.end))
    ]
    units = [part for i, u in enumerate(units) for part in _split_dateline(toks, units, i)]
    if heading_openers and doc.has_annotation("TAG"):
        ids = frozenset(get_string_id(w) for w in heading_openers)
        named = introduced_surnames(doc) if is_role is not None else None

        def opens(k: int, t: Token) -> bool:
            if toks.orth[k] in ids and (labels.is_nominal(t) or labels.is_verbal(t)):
                return True
            if _capital_particle(doc[k], t):
                return True
            return named is not None and _named_opener(doc, k, t, named, is_role)

        units = [part for u in units for part in _split_heading(toks, u, opens)]
    return units


#: coarse parts of speech of a word that opens a sentence with a capital and nowhere else
#: has one (a preposition or conjunction: "Um", "Wegen", "Obwohl")
CAPITAL_OPENER_POS = frozenset({"ADP", "SCONJ"})


def _capital_particle(t: Token, before: Token) -> bool:
    """ "Uno will Sondergericht Um die Verbrechen …": a preposition or conjunction written
    with a capital right after a capitalised word (a noun, whatever its tag) opens the
    sentence after a subheading joined to its paragraph; a word of a name ("Xi Jinping",
    "Nguyen Van Ly": tagged as prepositions) opens nothing."""
    return (
        t.pos_ in CAPITAL_OPENER_POS
        and not t.ent_type_
        and t.text[:1].isupper()
        and t.is_alpha
        and before.is_alpha
        and before.text[:1].isupper()
        and not (before.pos_ == "PROPN" or before.ent_type_)
    )


#: a subheading joined to its paragraph has this many words at most
MAX_HEADING = 7


def _split_heading(toks: _Tokens, u: Unit, opens: Callable[[int, Token], bool]) -> list[Unit]:
    """ "Auch im Krankenstand Laut der Umfrage beantworten …": archives join a subheading to
    its paragraph without punctuation. A token ``k`` that ``opens(k, word before it)`` a
    sentence (a heading opener with a capital after a noun; see :func:`split_units`) after
    2 to :data:`MAX_HEADING` words from the unit's start that have no punctuation and do not
    open with an article, preposition, conjunction or w-word
    (:func:`~pipeline.labels.may_open_heading`) starts a new unit. A subheading may have a
    headline's verbs (see :func:`_headline_verb`) if the sentence after it has a finite
    verb ("Öbib prüft Einstieg Die Bewertung … habe …")."""
    doc = toks.doc
    first = doc[u.start]
    if u.dateline or not labels.may_open_heading(first) or labels.is_verbal(first):
        return [u]
    verbs = 0
    for k in range(u.start + 2, min(u.end - 1, u.start + MAX_HEADING + 1)):
        t = doc[k - 1]
        if t.is_punct or t.is_space:
            return [u]
        if labels.is_verbal(t) or _misread_infinitive(doc, k - 1, u.start):
            if not _headline_verb(doc, u.start, k - 1, verbs):
                return [u]
            verbs += 1
        if verbs and not _headline_end(doc, u.start, k - 1):
            continue
        if opens(k, t) and (not verbs or _finite_in(doc, k + 1, u.end)):
            return [Unit(u.start, k, u.paragraph), Unit(k, u.end, u.paragraph)]
    return [u]


def _finite(t: Token) -> bool:
    return labels.is_verbal(t) and labels.morph_has(t, labels.FINITE_FEATURE)


def _headline_verb(doc: Doc, start: int, i: int, verbs: int) -> bool:
    """Is the verb ``i`` a headline's: its one finite verb as the second word ("Öbib prüft
    Einstieg", "Boehner könnte Obama verklagen"), or an infinitive or participle after it
    or alone ("Einstieg geplant"; one the tagger calls finite after a modal or auxiliary:
    "Meier will Einigung erreichen")?"""
    if not _finite(doc[i]) or i == start + 1 and verbs == 0:
        return True
    return verbs == 1 and i > start + 1 and doc[start + 1].pos_ == "AUX"


def _headline_end(doc: Doc, start: int, i: int) -> bool:
    """May a headline with a verb end with token ``i``: a noun with no article or
    preposition before it ("prüft Einstieg", not "sagte der Zeitung Die Presse"), or an
    infinitive or participle after the second word ("Obama verklagen")?"""
    t = doc[i]
    if labels.is_verbal(t) or _misread_infinitive(doc, i, start):
        return i > start + 1
    return _noun_like(t) and not labels.is_closed_class(doc[i - 1])


def _noun_like(t: Token) -> bool:
    """A noun or name by the tagger, or a capitalised word it took for an adjective in a
    heading ("Uno will Sondergericht": "Sondergericht" tagged ADJD)."""
    if labels.is_nominal(t):
        return True
    return t.pos_ == "ADJ" and t.is_alpha and t.text[:1].isupper() and t.i > t.sent.start


def _misread_infinitive(doc: Doc, i: int, start: int | None = None) -> bool:
    """Is token ``i`` a headline's infinitive the tagger calls an adjective: one right
    after a noun or name, where no adjective stands ("Boehner könnte Obama verklagen":
    "verklagen" tagged as an attributive adjective)? With ``start``, the headline from
    there also has an auxiliary as its second word ("könnte")."""
    if i < 1 or doc[i].pos_ != "ADJ" or doc[i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    return start is None or (i > start + 2 and doc[start + 1].pos_ == "AUX")


def _finite_in(doc: Doc, start: int, end: int) -> bool:
    """Is there a finite verb among tokens ``start``..``end``?"""
    return any(_finite(doc[m]) for m in range(start, end))


def introduced_surnames(doc: Doc) -> dict[int, int]:
    """ORTH id of the last word of each person's name of two words or more -> the token
    where the first such name ends ("Michael Strugl" makes "Strugl" known from there on)."""
    known: dict[int, int] = {}
    for ent in doc.ents:
        if ent.label_ in labels.PERSON_ENTITY_LABELS and len(ent) > 1:
            known.setdefault(ent[-1].orth, ent.end)
    return known


def _named_opener(
    doc: Doc, k: int, t: Token, named: dict[int, int], is_role: Callable[[str], bool]
) -> bool:
    """Does token ``k`` open a sentence after the subheading word ``t``: a surname of a
    person named in full before, a finite verb right after it, and ``t`` a noun that is no
    role and not the start of the same name ("Breite Zusammenarbeit Pühringer war …"; not
    "Österreichs Bundeskanzler Faymann sagte …")?"""
    n = doc[k]
    after_verb = labels.is_verbal(t) or _misread_infinitive(doc, t.i)
    # after a headline's verb, a name the tagger calls a noun where the recogniser opens a
    # person ("… Obama verklagen Boehner schloss …", "Boehner" tagged as a noun)
    name = n.pos_ == "PROPN" or (
        after_verb and n.ent_type_ in labels.PERSON_ENTITY_LABELS and n.ent_iob_ == "B"
    )
    if not name or named.get(n.orth, k + 1) > k or k + 1 >= len(doc):
        return False
    verb = doc[k + 1]
    if not (labels.is_verbal(verb) and labels.morph_has(verb, labels.FINITE_FEATURE)):
        return False
    if after_verb:
        return True  # a headline's last verb ("… Obama verklagen Boehner schloss …")
    if t.pos_ not in ("NOUN", "PROPN") or is_role(t.text):
        return False
    # "Wirbel um Aurier Blanc sprach": two names, unless the recogniser makes them one
    return t.ent_type_ not in labels.PERSON_ENTITY_LABELS or n.ent_iob_ == "B"


DASHES = labels.DASHES
#: a dateline is at most this many words before its dash ("Wien (APA) –"); the marks
#: between them ("/", "(", ")", ",") do not count ("Wien/Spielfeld/Athen/Belgrad –")
MAX_DATELINE = 5
#: the marks between a dateline's words
DATELINE_MARKS = "()/,"


#: a dateline after a title and teaser in the same paragraph ("… ausgespart. Wien – Der …",
#: as archives that join the lines print it) starts one of the text's first units
MAX_DATELINE_UNIT = 3


def _place_name(t: Token) -> bool:
    """A name or a place the tagger or the recogniser sees ("Graz" tagged as a noun)."""
    return t.pos_ == "PROPN" or t.ent_type_ == "LOC"


#: at most this many words of a place after a title before a dash ("Wiener Neustadt – ")
MAX_JOINED_PLACE = 2
#: the coarse parts of speech of such a place's words ("Wiener" is an adjective)
PLACE_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def _opener(toks: _Tokens, k: int) -> bool:
    """Token ``k`` opens a sentence with a capital and is no noun or name ("Der", "Bei",
    "Nach"): the body starts after a dash glued to it ("Wien –Der Nationalrat …")."""
    if k >= len(toks):
        return False
    t = toks.doc[k]
    return t.text[:1].isupper() and t.is_alpha and not labels.is_nominal(t)


def _joined_place(toks: _Tokens, at: list[int], after: int) -> bool:
    """After a title in the same paragraph: are the words ``at`` before the dash a place,
    names the tagger or recogniser sees ("Graz") or at most two capitalised words before
    a sentence opener ("Wiener Neustadt – Der …", "Essen – Bei einer …")?"""
    if all(_place_name(toks.doc[m]) for m in at):
        return True
    if not _opener(toks, after):
        return False
    # "Wien/Spielfeld/Athen/Belgrad – Die …", "Amstetten/St. Pölten – Über …": each place
    # of a list joined by slashes has at most two words
    groups: list[list[int]] = [[]]
    for m in range(at[0], at[-1] + 1):
        if toks[m][0] == "/":
            groups.append([])
        elif m in at:
            groups[-1].append(m)
    return all(
        0 < len(g) <= MAX_JOINED_PLACE and all(_place_pos(toks, m) for m in g) for g in groups
    )


def _place_pos(toks: _Tokens, m: int) -> bool:
    """Token ``m`` may be a word of a place's name: a noun, name or adjective by the tagger,
    or an abbreviation with its stop ("St.")."""
    return toks.doc[m].pos_ in PLACE_POS or toks[m][0].endswith(".")


def _split_dateline(toks: _Tokens, units: list[Unit], i: int) -> list[Unit]:
    """ "London – Der Premier …", "Wien (APA) – „…“": a paragraph-initial place (and
    agency) before a dash is its own unit, so no quote starts with it. After a title or
    teaser in the same paragraph only a name ("Wien/Linz – ") in one of the text's first
    units is a dateline ("Die Lösung – so der Minister – …" is none)."""
    u = units[i]
    joined = i > 0 and units[i - 1].paragraph == u.paragraph
    if joined and i > MAX_DATELINE_UNIT:
        return [u]
    words = 1
    for k in range(u.start + 1, u.end - 1):
        text, _, _, _, alpha, _ = toks[k]
        if text in DASHES and toks.space[k - 1] and (toks.space[k] or _opener(toks, k + 1)):
            at = [m for m in range(u.start, k) if toks[m][0] not in DATELINE_MARKS]
            names = at and all(_place_word(toks[m]) or _agency(toks, m) for m in at)
            if names and (not joined or _joined_place(toks, at, k + 1)):
                return [Unit(u.start, k + 1, u.paragraph, True), Unit(k + 1, u.end, u.paragraph)]
            return [u]
        if text not in DATELINE_MARKS:
            words += 1
        if words > MAX_DATELINE or not (alpha or text in DATELINE_MARKS or _place_word(toks[k])):
            return [u]
    return [u]


def _agency(toks: _Tokens, m: int) -> bool:
    """Token ``m`` is a lower-case word alone in brackets after the place, an agency's
    short name ("BERLIN (dpa) – …", "Paris (afp) – …")."""
    return (
        0 < m < len(toks) - 1
        and toks[m][0].isalpha()
        and toks[m - 1][0] == "("
        and toks[m + 1][0] == ")"
    )


def _place_word(lex: tuple[str, bool, bool, bool, bool, str]) -> bool:
    """A capitalised word of a place name: letters only, or a short abbreviation with its
    stop ("St. Pölten", "Mt. Vernon")."""
    text = lex[0]
    word = text[:-1] if text.endswith(".") and len(text) <= 4 else text
    return word[:1].isupper() and word.isalpha()
