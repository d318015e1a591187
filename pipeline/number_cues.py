"""Cues in the words around a number (issue 11, round 10), mixed into the number scanner.

:class:`CueChecks` holds the checks that read a number's neighbours: the noun a vague plural
counts after "an" ("Millionen an Testkilometern"), the noun an ordinal shares over "und"
("der zweite und letzte Teil"), adjectives in a coordination ("19 vertikalen und 19
horizontalen Linien"), years before a participle ("2016 angefallenen Mehrkosten"), labels
and names that are no amounts ("Der Senat 1 der Bundesliga", "eine Adreno 430 GPU", the title
"Kurzfilm Jede Dritte") and the plural noun before a bracketed rate ("Fotos (bis zu 30 pro
Sekunde)"). The small text helpers the scanner shares with them live here too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.numbers import NumberMention, _Build

_WORD_CHAR_RE = re.compile(r"[\w-]")
#: endings of participles used as adjectives ("genommene", "nominierten"), lower case
_PARTICIPLE_RE = re.compile(r"^[a-zäöüß][\w-]*(?:t|en)e[mnrs]?$")
_NAMES = ("PROPN", "NOUN")  # tags of the word before a model number ("Adreno 430 GPU")
_PLURAL_LIKE = ("e", "er", "en", "n", "s")  # endings of nouns that may be plurals
_WORD_RE = re.compile(r"[^\W\d_]+")
#: characters between an ordinal with a noun and a later one without ("im zweiten")
ELIDED_REACH = 120
_ORDINAL_ENDINGS = ("en", "er", "es", "em", "e")
#: adjective endings that never stand before a plural noun ("absolutes", "großem")
_SINGULAR_ENDINGS = ("es", "em")
_RATE_RE = re.compile(r"\s+([^\W\d_]+)\s+[^\W\d_]+\)")


def _word_before(text: str, i: int) -> int | None:
    """Where the word starts that stands before ``i`` and one space ("Nexus" in "Nexus 6"):
    the first letter of the run of word characters and hyphens before it, else None."""
    if i < 2 or text[i - 1] != " ":
        return None
    k = i - 1
    while k > 0 and _WORD_CHAR_RE.match(text[k - 1]):
        k -= 1
    while k < i - 1 and not text[k].isalpha():
        k += 1
    return k if k < i - 1 else None


def _adjective_like(word: str) -> bool:
    return len(word) >= 4 and word.endswith(("e", "en", "er", "es", "em"))


def _is_year(value: float) -> bool:
    return value == int(value) and 1800 <= value <= 2100


def _round(value: float | None) -> bool:
    """A multiple of ten of at least ten ("an die 1.000", "an die 100 Millionen")."""
    return value is not None and value >= 10 and value == int(value) and int(value) % 10 == 0


def _is_old_year(value: float) -> bool:
    """A year before 1800, read as one only after a year cue ("seit 1570 bestehende")."""
    return value == int(value) and 1000 <= value < 1800


class CueChecks:
    """Checks on a number's neighbours for ``pipeline.numbers._Scanner`` (which provides
    ``text``, ``p``, ``pos``, ``morph``, ``lex``, ``nouns``, ``title_end`` and the lookups
    ``phrase``, ``pos_at``, ``is_word``, ``noun``, ``singular`` and ``plural``)."""

    text: str
    p: list[Any]
    pos: dict[int, str]
    morph: dict[int, tuple[str, str]]
    lex: Any
    nouns: Any
    title_end: int
    name_cued: bool | None

    def vague_linked(self, b: _Build) -> tuple[str, str, int] | None:
        """'Millionen an Testkilometern', 'Tausende an Menschen': the plural noun after a
        ``vague_link`` word that follows a vague plural, or None."""
        if b.value is not None or b.kind != "count":
            return None
        link = self.phrase(b.end, "vague_link")
        found = self.noun(link[1], False) if link is not None else None
        if found is None or self.singular(found[2] - 1):
            return None  # "Hunderte an Bord"
        return found

    def ordinal_coordinated(self, k: int) -> tuple[str, str, int] | None:
        """'Der zweite und letzte Teil', 'am dritten oder vierten Tag': an ordinal before a
        ``coordinator`` shares the noun after the adjective or ordinal that follows it."""
        link = self.phrase(k, "coordinator")
        if link is None or link[1] >= len(self.p) or self.pos_at(link[1]) not in ("ADJ", "NUM"):
            return None
        return self.noun(link[1], False)

    def skipped(self, at: int, m: re.Match[str]) -> bool:
        """An adverb, or a lower-case adjective, in the gap of a coordination."""
        pos, word = self.pos.get(at), m.group()
        adjective = pos in ("ADJ", "VERB") and word.islower() and _adjective_like(word)
        return pos == "ADV" or adjective

    def plural_after(self, b: _Build) -> bool:
        """Whether the model calls the noun after the number plural ("seit 1500 Jahren")."""
        if b.noun_text is None:
            return False
        return "Number=Plur" in self.morph.get(self.p[b.end - 1].start, ("", ""))[0].split("|")

    def year_participle(self, b: _Build) -> bool:
        """'die 2015 und 2016 angefallenen Mehrkosten': a year-like number that is no
        multiple of 100 before a participle (not "die 2000 angereisten Fans")."""
        j = b.core.end
        if b.value is None or b.value % 100 == 0 or not self.is_word(j):
            return False
        word = self.p[j].text
        return self.pos_at(j) in ("ADJ", "VERB") and bool(_PARTICIPLE_RE.search(word))

    def numbered_body(self, k: int) -> bool:
        """'Der Senat 1 der Bundesliga', 'die Abteilung 5 des Landes': small plain digits
        right after a singular common noun and before a ``label_after`` word name a body."""
        pc = self.p[k]
        if k == 0 or k + 1 >= len(self.p) or not pc.text.isdecimal() or len(pc.text) > 2:
            return False
        before = self.p[k - 1]
        if before.end + 1 != pc.start or self.pos_at(k - 1) != "NOUN":
            return False
        if not before.text[:1].isupper() or not self.phrase(k + 1, "label_after"):
            return False
        return "Number=Sing" in self.morph.get(before.start, ("", ""))[0].split("|")

    def model_number(self, m: NumberMention) -> bool:
        """'eine Adreno 430 GPU': plain digits between a name (PROPN) and a singular noun
        name a model; not at a sentence start, not a year."""
        if m.kind != "count" or m.unit or m.qualifier or m.value is None or not m.noun_text:
            return False
        written = self.text[m.start : m.end].split()
        if not written[0].isdigit() or _is_year(m.value) or len(written) != 2:
            return False
        word = _word_before(self.text, m.start)
        if word is None or not self.text[word].isupper() or self.pos.get(word) not in _NAMES:
            return False
        if m.value < 2 or (written[1].lower(),) in self.lex.phrases.get("count_singular", {}):
            return False  # "2000 Mal"
        noun = written[1]  # not a plural the model calls singular ("145 Tote", "Kämpfer")
        features, lemma = self.morph.get(m.end - len(noun), ("", ""))
        if noun.endswith(_PLURAL_LIKE) or lemma != noun or self.plural(noun):
            return False
        return "Number=Sing" in features.split("|")

    def titled(self, k: int) -> bool:
        """'ihren Kurzfilm Jede Dritte': a capitalised word at piece ``k`` right after a
        capitalised noun inside a sentence opens a title, no share."""
        if k == 0 or not self.p[k].text[:1].isupper() or self.pos_at(k - 1) != "NOUN":
            return False
        before = self.p[k - 1]
        return before.text[:1].isupper() and self.text[before.end : self.p[k].start] == " "

    def plural_word(self, word: str, features: str, noun: bool) -> bool:
        """A plural noun by the model (a NOUN), or the -s plural of a known noun ("Fotos",
        which the model may call a singular name)."""
        if noun and "Number=Plur" in features.split("|"):
            return True
        return self.nouns is not None and word.endswith("s") and word[:-1] in self.nouns

    def rate_closes(self, i: int) -> bool:
        """Whether a ``rate`` word and one word close the bracket after character ``i``
        ("pro Sekunde)")."""
        found = _RATE_RE.match(self.text, i)
        table = self.lex.phrases.get("rate", {})
        return found is not None and (found.group(1).lower(),) in table

    def ordinal_elided(self, out: list[NumberMention], i: int) -> None:
        """'im ersten Präsidentschaftswahlgang …, im zweiten': an ordinal without a noun
        takes the noun of an ordinal word and noun before it in its sentence when the same
        word (an article or contraction) stands before both."""
        m = out[i]
        if m.kind != "ordinal" or m.noun is not None or m.value is None:
            return
        at = _word_before(self.text, m.start)
        if at is None:
            return
        lead = self.text[at : m.start].strip()
        left = max(0, at - ELIDED_REACH)
        stop = max(self.text.rfind(c, left, at) for c in ".!?;:\n")
        pattern = re.compile(rf"\b(?i:{re.escape(lead)})\s+([^\W\d_]+)\s+([^\W\d_a-zäöüß][\w-]*)")
        for found in pattern.finditer(self.text, max(left, stop + 1), at):
            if not self.ordinal_word(found.group(1)):
                continue
            features, lemma = self.morph.get(found.start(2), ("", ""))
            m.noun = self.lex.noun_lemma(found.group(2), features, lemma, self.nouns)
            m.rule += "+elided"
            return

    def ordinal_word(self, word: str) -> bool:
        """An ordinal word, also of an ``ordinal_first`` stem ("ersten"), which gives no
        row of its own."""
        if self.lex.parse_ordinal_word(word) is not None:
            return True
        first = self.lex.phrases.get("ordinal_first", {})
        low = word.lower()
        return any((low[: -len(e)],) in first for e in _ORDINAL_ENDINGS if low.endswith(e))

    def singular_attribute(self, b: _Build, nxt: int) -> bool:
        """Whether an adjective between a count of more than one and its noun (ending before
        piece ``nxt``) has a singular-only ending ("3.850 absolutes Rekordniveau"): then the
        noun is not what the number counts."""
        if b.kind != "count" or b.value is None or b.value <= 1:
            return False
        return any(
            pc.text.islower() and len(pc.text) >= 4 and pc.text.endswith(_SINGULAR_ENDINGS)
            for pc in self.p[b.end : nxt - 1]
        )

    def document_year(self, num_at: int) -> bool:
        """'die Bill of Rights von 1689', 'das Gesetz von 1955': "von" right before the number
        after a ``document`` word among the three words before it dates the document."""
        if num_at < 2 or self.p[num_at - 1].low != "von":
            return False
        endings = self.lex.document_endings
        return bool(endings) and any(
            pc.low.endswith(endings) for pc in self.p[max(0, num_at - 4) : num_at - 1]
        )

    def weak_year_cue(self, b: _Build, num_at: int) -> bool:
        """'bis 2020 weitere Verluste': after a ``year_cue_weak`` word a year-like number
        that is no multiple of 100 is a year (not "bis 2000 Menschen")."""
        if b.value is None or b.value % 100 == 0:
            return False
        return bool(self.phrase_before(num_at, "year_cue_weak"))

    def bound_after(self, b: _Build) -> None:
        """'80 Prozent oder darüber', '30 Jahre oder älter', 'zwei oder mehr Kinder': a
        ``q_min_after``/``q_max_after`` phrase right after an exact number bounds it on one
        side and joins the span and the qualifier; not before "als" ("und mehr als 70") nor
        before a second noun when the number has one ("drei Siege und mehr Punkte")."""
        if b.value is None or b.qualifier is not None or b.kind in ("date", "time", "ordinal"):
            return
        hit = self.phrase(b.end, "q_min_after") or self.phrase(b.end, "q_max_after")
        if hit is None:
            return
        rec, j = hit
        if j < len(self.p) and (self.p[j].low == "als" or self.p[j].text[:1].isupper()):
            if self.p[j].low == "als" or b.noun is not None:
                return
            found = self.noun(j, False)  # "zwei oder mehr Kinder"
            if found is None:
                return
            b.noun_text, b.noun, j = found
        b.qualifier = self.text[self.p[b.end].start : self.p[hit[1] - 1].end]
        b.rules.append(f"qualifier.{rec['id']}")
        if rec["bound"] == "min_after":
            b.vmin, b.vmax = b.value, None
        else:
            b.vmin, b.vmax = None, b.value
        b.end = j

    def titled_number(self, m: NumberMention) -> bool:
        """'… und Die 120 Tage von Sodom von Milo Rau': digits right after a ``title_article``
        as written (capitalised) inside a sentence open a title, no count."""
        if m.kind != "count" or m.qualifier or not self.text[m.start : m.start + 1].isdigit():
            return False
        word = _word_before(self.text, m.start)
        if word is None or not self.text[word].isupper():
            return False
        if (self.text[word : m.start - 1].lower(),) not in self.lex.phrases.get(
            "title_article", {}
        ):
            return False
        head = word
        while head > 0 and self.text[head - 1] == " ":
            head -= 1
        return head > 0 and (self.text[head - 1].isalnum() or self.text[head - 1] == ",")

    def digit_name(self, m: NumberMention) -> bool:
        """'Bei A1 und 3 ist das schon länger möglich', '3 gibt nur an': bare digits of a
        ``digit_name`` in a text with a ``digit_name_cue`` ("A1", "T-Mobile", "Mobilfunk…")
        name the company (the Austrian operator Drei), no count."""
        if m.kind != "count" or m.noun or m.unit or m.qualifier:
            return False
        if self.text[m.start : m.end] not in self.lex.digit_names:
            return False
        if self.name_cued is None:
            cues = self.lex.digit_name_cue_re
            self.name_cued = cues is not None and cues.search(self.text) is not None
        return self.name_cued


def unglued(text: str, noun_text: str | None) -> str:
    """A row's ``text`` without a word the source glued to its noun or unit ("21,93 mSilber"
    -> "21,93 m", "6669 PunkteSilber" -> "6669 Punkte"): the last word starts with
    ``noun_text`` and goes on with a capital letter."""
    if not noun_text:
        return text
    last = text.rsplit(" ", 1)[-1]
    rest = last[len(noun_text) :]
    if last.startswith(noun_text) and rest[:1].isupper() and rest.isalpha():
        return text[: len(text) - len(rest)]
    return text
