"""Sentence units, word classes and noun-phrase heuristics that work with or without a parse.

The quote rules need sentences that never split a quotation, and speakers as noun phrases.
With a tagger we read ``token.pos_``; on a blank pipeline we fall back to capitalisation and
small closed word lists (German function words are a closed class, so this goes a long way).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..labels import AUXILIARY_FORMS

DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "kein",
        "keine",
        "keiner",
        "keines",
        "keinem",
        "keinen",
        "sein",
        "seine",
        "seiner",
        "seines",
        "seinem",
        "seinen",
        "ihr",
        "ihre",
        "ihrer",
        "ihres",
        "ihrem",
        "ihren",
        "dessen",
        "deren",
        "unser",
        "unsere",
        "unserer",
        "unseres",
        "unserem",
        "unseren",
        "mehrere",
        "einige",
        "viele",
        "alle",
        "beide",
        "beiden",
        "zwei",
        "drei",
    ]
)
GENITIVE_DETS = frozenset({"des", "der", "eines", "einer"})
PERSONAL_PRONOUNS = frozenset({"er", "sie", "ich", "wir"})
PREPOSITIONS = frozenset(
    [
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "beim",
        "bis",
        "durch",
        "für",
        "gegen",
        "gegenüber",
        "hinter",
        "im",
        "in",
        "ins",
        "mit",
        "nach",
        "neben",
        "ohne",
        "seit",
        "über",
        "um",
        "unter",
        "vom",
        "von",
        "vor",
        "während",
        "wegen",
        "zu",
        "zum",
        "zur",
        "zwischen",
        "trotz",
        "laut",
        "dank",
        "angesichts",
    ]
)
#: lowercase words that look like inflected adjectives but are not (stop words, adverbs).
NOT_ADJECTIVES = frozenset(
    [
        "aber",
        "oder",
        "sondern",
        "denn",
        "wieder",
        "immer",
        "später",
        "gestern",
        "heute",
        "morgen",
        "jetzt",
        "nun",
        "eher",
        "sehr",
        "sogar",
        "bereits",
        "schon",
        "auch",
        "noch",
        "nicht",
        "nie",
        "niemals",
        "dabei",
        "daher",
        "dazu",
        "zudem",
        "außerdem",
        "jedoch",
        "trotzdem",
        "ebenfalls",
        "weiter",
        "weitere",
        "weiteren",
        "ferner",
        "sowie",
        "wie",
        "wenn",
        "weil",
        "dass",
        "ob",
        "als",
        "etwa",
        "rund",
        "fast",
        "mehr",
        "gegen",
        "unter",
        "hinter",
        "über",
        "wider",
        "einen",
        "einer",
        "eine",
        "ersten",
        "lediglich",
        "bislang",
        "bisher",
        "selbst",
        "gerne",
        "innerhalb",
        "außerhalb",
        "oberhalb",
        "unterhalb",
        "seither",
        "sodass",
        "insgesamt",
        "zunächst",
        "erneut",
        "offenbar",
        "offensichtlich",
        "allerdings",
        "eigentlich",
        "wohl",
        "vielleicht",
        "bitte",
        "ohne",
        "sagte",
        "erklärte",
        "meinte",
    ]
)
#: frequent finite verbs that look like inflected adjectives (-e, -en, -er, -es)
VERB_FORMS = AUXILIARY_FORMS | frozenset(
    [
        "haben",
        "sein",
        "werden",
        "wurden",
        "worden",
        "waren",
        "hatten",
        "hätten",
        "wären",
        "würden",
        "können",
        "könnten",
        "müssen",
        "sollen",
        "wollen",
        "dürfen",
        "gehen",
        "gingen",
        "kamen",
        "kommen",
        "geben",
        "gaben",
        "sehen",
        "sahen",
        "stehen",
        "standen",
        "liegen",
        "lagen",
        "bleiben",
        "blieben",
        "lassen",
        "ließen",
        "machen",
        "machten",
        "sagen",
        "sagten",
    ]
)
#: capitalised sentence-initial words that start an adverbial, not a subject.
ADVERBIAL_STARTS = frozenset(
    [
        "dabei",
        "daher",
        "deshalb",
        "dazu",
        "zudem",
        "außerdem",
        "auch",
        "nun",
        "jetzt",
        "heute",
        "gestern",
        "morgen",
        "damals",
        "dann",
        "danach",
        "zuvor",
        "später",
        "bereits",
        "schon",
        "zugleich",
        "gleichzeitig",
        "ebenfalls",
        "jedoch",
        "allerdings",
        "trotzdem",
        "so",
        "somit",
        "also",
        "insgesamt",
        "zuletzt",
        "erst",
        "anschließend",
        "weiter",
        "ferner",
        "demnach",
        "daraufhin",
        "hier",
        "dort",
        "zunächst",
        "bislang",
        "bisher",
        "seither",
        "ähnlich",
        "ebenso",
        "gegenüber",
        "dagegen",
        "indes",
        "indessen",
        "unterdessen",
        "inzwischen",
        "mittlerweile",
        "darüber",
        "hierzu",
        "stattdessen",
        "darauf",
        "damit",
        "dennoch",
        "vielmehr",
        "immerhin",
        "freilich",
        "schließlich",
        "letztlich",
        "endlich",
        "sogar",
        "besonders",
        "insbesondere",
        "vor",
        "als",
        "zwar",
        "gerade",
        "kürzlich",
        "jüngst",
        "neulich",
        "zuerst",
        "ebenfalls",
        "wiederum",
        "hingegen",
        "andererseits",
        "einerseits",
        "laut",
        "aktuell",
        "derzeit",
        "momentan",
        "bereits",
        "künftig",
        "außerdem",
        "überdies",
        "gleichwohl",
    ]
)
#: pronouns and other closed-class words that are capitalised at a sentence start.
FUNCTION_WORDS = frozenset(
    [
        "es",
        "man",
        "sie",
        "er",
        "ich",
        "wir",
        "ihr",
        "du",
        "dies",
        "dieses",
        "diese",
        "dieser",
        "jene",
        "jener",
        "jenes",
        "was",
        "wer",
        "wo",
        "wann",
        "warum",
        "hier",
        "dort",
        "da",
        "doch",
        "denn",
        "und",
        "oder",
        "wenn",
        "weil",
        "nachdem",
        "bevor",
        "obwohl",
        "falls",
        "sobald",
        "solange",
        "seit",
        "wie",
        "als",
        "ob",
        "dass",
        "daß",
        "mit",
        "zwar",
        "nur",
        "noch",
        "schon",
        "ja",
        "nein",
        "nicht",
        "kein",
        "keine",
        "wer",
        "wem",
        "wen",
    ]
)
#: dative recipients after a speech verb ("sagte Putin der Zeitung"): not part of the speaker.
RECIPIENT_SUFFIXES = (
    "zeitung",
    "agentur",
    "sender",
    "magazin",
    "presse",
    "blatt",
    "fernsehen",
    "radio",
)
QUOTE_OPENERS = frozenset({"„", "“", '"', "»", "«", "‚"})
QUOTE_CLOSERS = frozenset({"“", "”", '"', "«", "»", "‘"})
SENT_END = frozenset({".", "!", "?", "…", "..."})
ABBREVIATIONS = frozenset(
    [
        "dr",
        "prof",
        "st",
        "nr",
        "bzw",
        "ca",
        "vgl",
        "z",
        "b",
        "u",
        "a",
        "v",
        "chr",
        "jh",
        "etc",
        "usw",
        "gegr",
        "geb",
        "abs",
        "art",
        "inc",
        "co",
        "str",
        "hrsg",
        "mio",
        "mrd",
        "sog",
        "ggf",
        "evtl",
        "bzw",
        "jr",
        "sen",
        "jun",
        "mr",
        "mrs",
        "ms",
        "gen",
        "lt",
        "hl",
    ]
)


def has_pos(doc: Doc) -> bool:
    """True when the Doc carries coarse POS tags (tagger/morphologizer ran)."""
    return doc.has_annotation("POS")


def is_det(t: Token, pos: bool) -> bool:
    if pos and t.pos_ == "DET":
        return True
    return t.lower_ in DETERMINERS


#: entity labels that mark a name (taggers call unknown surnames ADV or ADJ: "Künast sagte")
NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "NORP"})


def is_named(t: Token) -> bool:
    """A capitalised word inside a named entity (whatever the tagger says)."""
    return t.ent_type_ in NAME_LABELS and t.text[:1].isupper() and t.lower_ not in ADVERBIAL_STARTS


def is_nounish(t: Token, pos: bool) -> bool:
    """Noun, proper noun, name or capitalised word that is not a function word."""
    if pos and t.pos_ in ("NOUN", "PROPN"):
        return True
    if is_named(t):
        return True
    if pos and t.pos_ not in ("X", ""):
        return False  # trust the tagger: a capitalised adverb or adjective is no noun
    text = t.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    low = t.lower_
    if (
        low in DETERMINERS
        or low in PREPOSITIONS
        or low in ADVERBIAL_STARTS
        or low in NOT_ADJECTIVES
        or low in FUNCTION_WORDS
    ):
        return False
    return not (pos and t.pos_ in ("VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "PRON", "DET"))


def is_adjish(t: Token, pos: bool) -> bool:
    """Attributive adjective, ordinal or number inside a noun phrase."""
    if pos:
        return t.pos_ in ("ADJ", "NUM")
    low = t.lower_
    if t.like_num or (t.text[:1].isdigit() and "-" in t.text):
        return True
    if (
        not t.text[:1].islower()
        or low in NOT_ADJECTIVES
        or low in PREPOSITIONS
        or low in VERB_FORMS
    ):
        return False
    return low.endswith(("e", "en", "er", "es", "em")) and len(low) > 3


def is_pronoun_subject(t: Token) -> bool:
    return t.lower_ in PERSONAL_PRONOUNS


def np_forward(
    doc: Doc, i: int, end: int, pos: bool, after_verb: bool = False
) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (before ``end``), as a token range, or None.

    Takes determiners, adjectives, nouns, names, genitive attributes ("der Sprecher des
    Ministeriums"), ``von`` attributes and a parenthesis ("Wowereit (SPD)").
    """
    if i >= end:
        return None
    if is_pronoun_subject(doc[i]):
        return (i, i + 1)
    j = i
    last_head = -1
    while j < end:
        t = doc[j]
        if is_nounish(t, pos) and "\n" not in t.text:
            last_head = j
            j += 1
            continue
        if last_head < 0 and (is_det(t, pos) or is_adjish(t, pos)):
            j += 1
            continue
        if last_head >= 0 and t.lower_ in GENITIVE_DETS | {"von"} and j + 1 < end:
            nxt = doc[j + 1]
            if after_verb and t.lower_ != "von" and nxt.lower_.endswith(RECIPIENT_SUFFIXES):
                break
            if is_nounish(nxt, pos) or is_det(nxt, pos) or is_adjish(nxt, pos):
                j += 1
                continue
            break
        if last_head >= 0 and is_adjish(t, pos) and j > last_head and j + 1 < end:
            # adjective inside a genitive attribute ("des russischen Präsidenten")
            if doc[j - 1].lower_ in GENITIVE_DETS or is_adjish(doc[j - 1], pos):
                j += 1
                continue
            break
        if last_head >= 0 and t.text in QUOTE_OPENERS:
            # a quoted name right after a noun: die Zeitung „Yemen Observer“
            k = j + 1
            while k < min(end, j + 8) and not (doc[k].text in QUOTE_CLOSERS and k > j + 1):
                k += 1
            if k < end and doc[k].text in QUOTE_CLOSERS and k > j + 1:
                last_head = k
                j = k + 1
                continue
            break
        if last_head >= 0 and t.text == "(":
            k = j + 1
            while k < min(end, j + 6) and doc[k].text != ")":
                k += 1
            if k < end and doc[k].text == ")" and k > j + 1:
                last_head = k
                j = k + 1
                continue
            break
        break
    if last_head < 0:
        return None
    return (i, last_head + 1)


def np_backward(doc: Doc, i: int, start: int, pos: bool) -> tuple[int, int] | None:
    """The noun phrase ending just before token ``i`` (not before ``start``), or None."""
    j = i - 1
    if j < start:
        return None
    if not (is_nounish(doc[j], pos) or doc[j].text == ")"):
        return None
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
        if is_nounish(t, pos) or is_det(t, pos) or is_adjish(t, pos) or t.lower_ == "von":
            j -= 1
            continue
        break
    b = j + 1
    while b < i and (
        doc[b].lower_ == "von"
        or doc[b].lower_ in GENITIVE_DETS
        and b + 1 < i
        and not is_nounish(doc[b + 1], pos)
        and not is_adjish(doc[b + 1], pos)
    ):
        b += 1
    return (b, i) if b < i else None


@dataclass
class Unit:
    """A sentence that never splits a quotation: tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    paragraph: int

    def content_end(self, doc: Doc) -> int:
        """End without the final punctuation."""
        e = self.end
        while e > self.start and (
            doc[e - 1].is_punct and doc[e - 1].text in SENT_END or doc[e - 1].is_space
        ):
            e -= 1
        return e


def _is_abbrev(t: Token) -> bool:
    low = t.lower_.rstrip(".")
    return low in ABBREVIATIONS or (len(t.text) == 1 and t.text.isupper())


def split_units(doc: Doc, inside: list[int], closes: set[int]) -> list[Unit]:
    """Split ``doc`` into sentence units.

    ``inside[i]`` is the index of the direct quote covering token ``i`` (-1 outside);
    ``closes`` holds the token indices of closing quotation marks. Boundaries: newlines
    (also paragraph breaks), sentence-final punctuation outside quotes followed by a
    capital, digit, quote mark or newline, and a closing mark right after sentence-final
    punctuation when the next word is capitalised ("„… gut.“ Dann …").
    """
    units: list[Unit] = []
    n = len(doc)
    start = 0
    para = 0
    i = 0

    def next_starts_sentence(k: int) -> bool:
        if k >= n:
            return True
        t = doc[k]
        if t.is_space:
            return True
        ch = t.text[:1]
        return ch.isupper() or ch.isdigit() or (t.is_quote or t.is_punct and ch in '„“"»«‚(–-')

    while i < n:
        t = doc[i]
        if t.is_space and "\n" in t.text:
            if i > start:
                units.append(Unit(start, i, para))
            para += 1
            start = i + 1
            i += 1
            continue
        cut = None
        if inside[i] < 0:
            if t.text in SENT_END or (t.text.endswith(("!", "?")) and t.is_punct):
                prev = doc[i - 1] if i > start else None
                abbrev = (
                    prev is not None
                    and t.text == "."
                    and prev.whitespace_ == ""
                    and _is_abbrev(prev)
                )
                if not abbrev and next_starts_sentence(i + 1):
                    cut = i + 1
        elif (
            i in closes
            and i > 0
            and doc[i - 1].text in SENT_END | {"!", "?"}
            and i + 1 < n
            and doc[i + 1].text[:1].isupper()
            and not doc[i + 1].is_punct
        ):
            cut = i + 1
        if cut is not None:
            units.append(Unit(start, cut, para))
            start = cut
        i += 1
    if start < n:
        units.append(Unit(start, n, para))
    # drop units that are only whitespace
    return [u for u in units if any(not doc[k].is_space for k in range(u.start, u.end))]


def np_loose(doc: Doc, i: int, end: int, pos: bool) -> tuple[int, int] | None:
    """A noun phrase at ``i`` that may contain a participle phrase before its noun
    ("einer am Dienstag veröffentlichten Pressemitteilung des WFP")."""
    np = np_forward(doc, i, end, pos)
    if np is not None:
        return np
    if i >= end or not is_det(doc[i], pos):
        return None
    j = i + 1
    while j < min(end, i + 8):
        t = doc[j]
        if t.is_punct or t.is_space:
            return None
        if is_nounish(t, pos) and j > i + 1 and is_adjish(doc[j - 1], pos):
            np = np_forward(doc, j, end, pos)
            return (i, np[1]) if np else None
        j += 1
    return None
