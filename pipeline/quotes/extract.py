"""Quote extraction: one pass over sentence units, rules from :mod:`pipeline.quotes.data`.

Order of work per Doc:

1. pair quotation marks (:mod:`.marks`) and split the text into units that never cut a quote;
2. find cues: speech verbs (lemma + particle with a parse, word forms without) and cue
   patterns (one ``Matcher`` built at construction);
3. per unit, turn each cue into a frame: its content (complement after it, the clause before
   it, or the clause around it) and its speaker (clause subject from the parse, else a noun
   phrase found by position); content made of quotation marks makes the cue the frame of
   those direct quotes, content containing one makes a *mixed* quote;
4. direct quotes without a frame: colon frames, standalone quoted sentences (speaker of the
   preceding quote), short fragments (kept only with a frame -- scare quotes and titles get
   a low confidence);
5. Konjunktiv continuations inherit the speaker of the quote right before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .. import labels
from ..speakers.lexicon import RoleLexicon
from .data import QuoteRules
from .marks import MarkFinder
from .text import (
    ADVERBIAL_STARTS,
    NOT_ADJECTIVES,
    PREPOSITIONS,
    Unit,
    has_pos,
    is_adjish,
    is_det,
    is_named,
    is_nounish,
    is_pronoun_subject,
    np_backward,
    np_forward,
    np_loose,
    split_units,
)

W_WORDS = frozenset(
    [
        "wie",
        "was",
        "warum",
        "weshalb",
        "wieso",
        "wer",
        "wen",
        "wem",
        "wessen",
        "wann",
        "wo",
        "woher",
        "wohin",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "welchem",
        "inwiefern",
        "inwieweit",
        "weswegen",
        "wodurch",
        "womit",
        "wofür",
    ]
)
#: Konjunktiv I sentences with no quote right before them: reported speech, but the speaker
#: is often wrong (about 1 in 4 right on the Wikinews training set), so below the default
#: ``min_confidence`` of 0.5 -- set ``min_confidence`` to 0.4 to get them.
ORPHAN_CONFIDENCE = 0.45
SUBORDINATORS = frozenset(
    {
        "als",
        "nachdem",
        "während",
        "weil",
        "da",
        "obwohl",
        "wenn",
        "sobald",
        "bevor",
        "indem",
        "wie",
        "dass",
        "ob",
    }
)
FOCUS_PARTICLES = frozenset(
    {"auch", "selbst", "sogar", "nur", "gerade", "ausgerechnet", "vor allem"}
)
#: prepositions that make a quoted name a medium or a place, not the speaker's words
FRAGMENT_BLOCK = frozenset(
    {"in", "im", "für", "laut", "bei", "beim", "gegenüber", "zu", "zum", "zur"}
)
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
POSTPOSITIONS = frozenset({"gegenüber", "zufolge", "zuliebe", "entgegen", "entsprechend"})
#: dative pronouns that can stand for the source before "zufolge"
OBJECT_PRONOUNS = frozenset({"ihm", "ihr", "ihnen", "denen", "dem", "der", "diesem", "dieser"})
PASSIVE_AUX = frozenset({"wird", "wurde", "wurden", "werden", "worden", "werde"})
EXPLETIVES = frozenset({"es", "das", "dies", "man", "dieses"})
#: endings of adverbs and adjectives ("Offiziell", "Ursprünglich"), never of a surname subject
ADVERB_ENDINGS = (
    "lich",
    "ig",
    "isch",
    "ell",
    "bar",
    "sam",
    "weise",
    "mals",
    "falls",
    "dings",
    "wärts",
    "los",
    "voll",
    "haft",
    "iv",
    "al",
    "ent",
    "ant",
)
#: sources written as web addresses ("laut tagesschau.de") or in lowercase ("laut taz")
WEB_SOURCE = re.compile(r"^[A-Za-z][\w-]*(\.[\w-]+)*\.(de|com|net|org|at|ch|eu|uk|fr|it|es)$")
LOWERCASE_SOURCES = frozenset({"taz", "dpa", "afp", "ap", "ddp", "epd", "kna", "apa", "sda", "rtr"})
#: demonstratives that stand for the sentence before ("Das bestätigte der Sprecher")
ANAPHORS = frozenset({"das", "dies", "dieses"})
#: adverbs between such a demonstrative and its verb ("das zumindest meint Homans")
ANAPHOR_ADVERBS = frozenset({"zumindest", "jedenfalls", "auch", "jetzt", "nun", "so"})
ZU_INFIX = re.compile(
    r"^(ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|hin|hoch|los|mit|nach|statt|vor|weg|weiter|zu|zurück|zusammen|bekannt|klar|offen|fern|teil)zu[a-zäöüß]+en$"
)
#: lowercase words ending in -e that are not Konjunktiv verbs
NOT_VERB_E = frozenset(
    [
        "keine",
        "meine",
        "seine",
        "ihre",
        "eine",
        "diese",
        "jene",
        "alle",
        "beide",
        "ohne",
        "gerne",
        "heute",
        "bereits",
        "deutliche",
        "große",
        "kleine",
        "neue",
        "alte",
        "ganze",
        "erste",
        "zweite",
        "letzte",
        "nächste",
        "eigene",
        "weitere",
        "andere",
        "viele",
        "wenige",
        "einige",
        "manche",
        "solche",
        "welche",
        "jede",
        "jeder",
    ]
)
#: nouns that introduce a quotation: "mit der Aufschrift „…“", "unter dem Motto „…“"
QUOTE_NOUNS = frozenset(
    [
        "aufschrift",
        "parole",
        "motto",
        "slogan",
        "worten",
        "satz",
        "sätze",
        "feststellung",
        "überschrift",
        "losung",
        "devise",
        "spruch",
        "sprüche",
        "zitat",
        "bemerkung",
        "aussage",
        "fazit",
    ]
)
BARE_SOURCES = frozenset(
    {
        "angaben",
        "aussagen",
        "worten",
        "informationen",
        "berichten",
        "meldungen",
        "schätzungen",
        "erkenntnissen",
        "ansicht",
        "meinung",
        "auffassung",
        "einschätzung",
        "darstellung",
        "auskunft",
    }
)
COORDINATORS = frozenset({"und", "sowie", "aber", "doch", "oder", "sondern"})
CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "(", ")"})
TITLE_LABELS = frozenset({"ORG", "LOC", "GPE", "WORK_OF_ART", "PRODUCT", "EVENT"})


@dataclass
class Quote:
    """A quote under construction; token ranges, turned into a Span at the end."""

    kind: str
    parts: list[tuple[int, int]]
    confidence: float
    rule: str
    unit: int
    speaker: tuple[int, int] | None = None
    cue: list[tuple[int, int]] = field(default_factory=list)
    cue_lemma: str | None = None
    nested: bool = False
    direct: bool = False
    speaker_chars: tuple[int, int] | None = None  # for continuations: copied offsets
    outer: bool = False  # a frame whose content has words outside the quotation marks

    @property
    def start(self) -> int:
        return min(a for a, _ in self.parts)

    @property
    def end(self) -> int:
        return max(b for _, b in self.parts)


@dataclass
class Cue:
    """A cue found in a unit: a speech verb or a cue pattern match."""

    start: int  # first cue token
    end: int  # end of the whole match (exclusive)
    pieces: list[tuple[int, int]]
    lemma: str
    rule: str
    confidence: float
    kinds: tuple[str, ...]
    verb: Token | None = None  # the verb token for verb cues
    pattern: dict[str, Any] | None = None
    preposition: str | None = None


class QuoteExtractor:
    """Finds quotes in Docs; construct once per pipeline (compiles the rules)."""

    def __init__(
        self,
        vocab: Vocab,
        rules: QuoteRules,
        settings: dict[str, Any] | None = None,
        roles: RoleLexicon | None = None,
    ):
        self.rules = rules
        self.settings = settings or {}
        self.marks = MarkFinder(rules.marks)
        self.forms: dict[str, list[tuple[dict[str, Any], bool]]] = {}
        self.lemmas: dict[str, list[tuple[dict[str, Any], bool]]] = {}
        for verb in rules.verbs:
            particle = verb.get("particle") or ""
            lemma = verb["lemma"]
            self.lemmas.setdefault(lemma, []).append((verb, False))
            if particle and lemma.startswith(particle):
                self.lemmas.setdefault(lemma[len(particle) :], []).append((verb, True))
            for form in verb.get("forms") or ():
                split = bool(particle) and not form.startswith(particle)
                self.forms.setdefault(form.lower(), []).append((verb, split))
        self.matcher = Matcher(vocab)
        self.patterns: dict[str, dict[str, Any]] = {}
        for rec in rules.patterns:
            self.patterns[rec["id"]] = rec
            self.matcher.add(rec["id"], [rec["pattern"]], greedy="LONGEST")
        self.roles = roles if roles is not None else RoleLexicon.default()
        self.konj1 = {r["form"].lower() for r in rules.konjunktiv if r["mood"] == "sub1"}
        self.konj2 = {r["form"].lower() for r in rules.konjunktiv if r["mood"] == "sub2"}

    # ------------------------------------------------------------------ helpers
    def konj(self, t: Token) -> int:
        """2 for Konjunktiv I, 1 for Konjunktiv II, 0 otherwise (morphology or word form)."""
        low = t.lower_
        if low in self.konj1:
            return 2
        if low in self.konj2:
            return 1
        if "Sub" in t.morph.get("Mood") and t.pos_ in ("VERB", "AUX", ""):
            return 2 if not low.endswith(("te", "ten", "äre", "ären", "ürde", "ürden")) else 1
        return 0

    def _verb_cue(self, doc: Doc, i: int, unit: Unit, pos: bool, parsed: bool) -> Cue | None:
        t = doc[i]
        if t.text[:1].isupper() and i != unit.start and not (pos and t.pos_ in ("VERB", "AUX")):
            return None
        if pos and t.pos_ not in ("VERB", "AUX", "ADJ", "X", "NOUN", "PROPN", ""):
            return None
        if pos and t.pos_ in ("NOUN", "PROPN"):
            return None
        cands = list(self.forms.get(t.lower_, ()))
        if t.lemma_ and pos and t.pos_ in ("VERB", "AUX"):
            cands += self.lemmas.get(t.lemma_.lower(), [])
        if not cands:
            return None
        for verb, split in cands:
            pieces = [(i, i + 1)]
            end = i + 1
            if split:
                prt = self._find_particle(doc, i, unit, verb["particle"], parsed)
                if prt is None:
                    continue
                pieces.append((prt, prt + 1))
                end = prt + 1
            return Cue(
                start=i,
                end=end,
                pieces=pieces,
                lemma=verb["lemma"],
                rule=f"verb:{verb['id']}",
                confidence=float(verb["confidence"]),
                kinds=tuple(verb["kinds"]),
                verb=t,
                preposition=verb.get("preposition"),
            )
        return None

    @staticmethod
    def _find_particle(doc: Doc, i: int, unit: Unit, particle: str, parsed: bool) -> int | None:
        if parsed:
            for c in labels.children_with(doc[i], "particle"):
                if c.lower_ == particle:
                    return c.i
        if i > unit.start and doc[i - 1].lower_ == particle:
            return i - 1  # subordinate clause written apart: "wie X bekannt gab"
        j = i + 1
        while j < unit.end and doc[j].text not in (",", ";", ":") and j < i + 25:
            if doc[j].lower_ == particle and (j + 1 >= unit.end or doc[j + 1].is_punct):
                return j
            j += 1
        return None

    def _pattern_cues(self, doc: Doc, inside: list[int]) -> list[Cue]:
        best: dict[int, tuple[int, str]] = {}
        for match_id, s, e in self.matcher(doc):
            if any(inside[k] >= 0 for k in range(s, e)):
                continue
            rid = doc.vocab.strings[match_id]
            if s not in best or e > best[s][0]:
                best[s] = (e, rid)
        cues: list[Cue] = []
        taken_until = -1
        for s in sorted(best):
            e, rid = best[s]
            if s < taken_until:
                continue
            rec = self.patterns[rid]
            cs = s + rec["cue_start"]
            ce = (
                e + rec["cue_end"]
                if rec["cue_end"] is not None and rec["cue_end"] < 0
                else (s + rec["cue_end"] if rec["cue_end"] is not None else e)
            )
            cues.append(
                Cue(
                    cs,
                    e,
                    [(cs, ce)],
                    rec["cue_lemma"],
                    f"pattern:{rid}",
                    float(rec["confidence"]),
                    (rec["kind"],),
                    pattern=rec,
                )
            )
            taken_until = e
        return cues

    # ---------------------------------------------------------------- speakers
    def _span_of(self, tok: Token) -> tuple[int, int]:
        """Subject subtree without relative clauses and edge punctuation."""
        left, right = tok.i, tok.i
        for c in tok.children:
            if labels.has_role(c, "relative_clause", "parataxis", "punct", "clausal_object"):
                continue
            left = min(left, c.left_edge.i)
            right = max(right, c.right_edge.i)
        doc = tok.doc
        while left < right and (doc[left].is_punct or doc[left].is_space):
            left += 1
        if any("\n" in doc[m].text for m in range(left, right + 1)):
            left = right = tok.i
        while right > left and (doc[right].is_punct or doc[right].is_space):
            right -= 1
        if right - left > 15:
            left, right = tok.i, tok.i
        return (left, right + 1)

    def _parse_speaker(self, verb: Token) -> tuple[int, int] | None:
        if not self.settings.get("parse_speakers", True):
            return None
        sp = self._parse_speaker_raw(verb)
        if sp is None:
            return None
        doc = verb.doc
        if sp[0] <= verb.i < sp[1]:
            return None
        toks = doc[sp[0] : sp[1]]
        if (
            len(toks) > 12
            or any(t.is_quote or "\n" in t.text for t in toks)
            or any(self._inside[m] >= 0 for m in range(sp[0], sp[1]))
        ):
            # "Jim DeMint, ein prominentes … Mitglied …": too long, or running into a quoted
            # title -- keep the part around the head instead of losing the speaker
            sp = self._trim_mention(doc, sp)
            if sp is None:
                return None
        if sp[1] < verb.i:
            # "Präsident Tokajew" parsed as two subjects: the noun phrase runs on
            np = np_forward(doc, sp[0], verb.i, True)
            if (
                np is not None
                and sp[1] < np[1] <= verb.i
                and not any(self._inside[m] >= 0 for m in range(*np))
            ):
                sp = (sp[0], np[1])
        return sp

    @staticmethod
    def _speaker_inside(doc: Doc, rec: dict[str, Any], ms: int, me: int, pos: bool):
        """ "wird Panetta zitiert": the noun phrase between the first and last word of a
        ``speaker_inside`` pattern match."""
        if not rec.get("speaker_inside") or me - ms < 3:
            return None
        np = np_forward(doc, ms + 1, me - 1, pos)
        return np if np is not None and np[1] <= me - 1 else None

    def _trim_mention(self, doc: Doc, sp: tuple[int, int]) -> tuple[int, int] | None:
        """A usable part of an over-long or quote-crossing mention: the words before the
        first comma, quote or newline when they hold a noun, else the head alone."""
        pos = has_pos(doc)

        def bad(m: int) -> bool:
            t = doc[m]
            return t.is_quote or "\n" in t.text or self._inside[m] >= 0

        end = sp[0]
        while end < sp[1] and not bad(end) and doc[end].text not in (",", "(") and end < sp[0] + 8:
            end += 1
        if end > sp[0] and any(
            is_nounish(doc[m], pos) or is_pronoun_subject(doc[m]) for m in range(sp[0], end)
        ):
            return (sp[0], end)
        heads = [
            t for t in doc[sp[0] : sp[1]] if not (sp[0] <= t.head.i < sp[1]) or t.head.i == t.i
        ]
        if len(heads) == 1 and not bad(heads[0].i) and heads[0].is_alpha:
            return (heads[0].i, heads[0].i + 1)
        return None

    @staticmethod
    def _subject_of(verb: Token) -> Token | None:
        """The clause subject; when the parse gives several (a fronted object mislabelled,
        a newline token), the nominative word one, else :func:`labels.clause_subject`."""
        cands = [
            c
            for v in labels.verb_chain(verb)
            for c in labels.children_with(v, "subject")
            if not labels.has_role(c, "agent")
        ]
        doc = verb.doc
        words = [
            c
            for c in cands
            if any(ch.isalpha() for ch in c.text)
            and not c.is_space
            # "Ihr gegenüber hat er angegeben": a postposition's object is no subject
            and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in POSTPOSITIONS)
        ]
        if len(cands) > 1 and words:
            nom = [c for c in words if c.morph.get("Case") == ["Nom"]]
            nom = nom or [c for c in words if not c.morph.get("Case")]
            subj = (nom or words)[0]
        else:
            subj = labels.clause_subject(verb)
        return QuoteExtractor._fronted_not_subject(verb, subj)

    @staticmethod
    def _fronted_not_subject(verb: Token, subj: Token | None) -> Token | None:
        """A fronted word parsed as subject when the real one follows the finite verb:
        "Den Flüchtlingen sicherte Präsident Gusmão zu" (the fronted noun is not nominative),
        "Besorgt äußerte sich Kofi Annan" (a bare capitalised adjective before a named
        nominative) -> the nominative noun phrase after the verb."""
        if subj is None:
            return None
        chain = labels.verb_chain(verb)
        first = min(t.i for t in chain)
        if subj.i >= first:
            return subj
        alt = None
        for v in chain:
            for c in v.children:
                if (
                    c.i > first
                    and c.pos_ in ("NOUN", "PROPN")
                    and c.morph.get("Case") == ["Nom"]
                    and labels.has_role(c, "object", "modifier", "subject", "apposition")
                    and not any(labels.has_role(g, "case") for g in c.children)
                    and (alt is None or c.i < alt.i)
                ):
                    alt = c
        if alt is None:
            return subj
        case = subj.morph.get("Case")
        if (
            case
            and "Nom" not in case
            and subj.pos_ in ("NOUN", "PROPN")
            and subj.ent_type_ not in ("PER", "PERSON")
        ):
            return alt
        named = any(t.ent_type_ in ("PER", "PERSON", "ORG") for t in alt.subtree)
        if (
            named
            and not subj.ent_type_
            and subj.pos_ in ("PROPN", "NOUN", "ADJ")
            and not any(True for _ in subj.children)
            and subj.lower_.endswith(ADVERB_ENDINGS + ("gt", "end", "gemäß"))
        ):
            return alt
        return subj

    def _parse_speaker_raw(self, verb: Token) -> tuple[int, int] | None:
        agent = labels.clause_agent(verb)
        if agent is not None:
            return self._span_of(agent)
        if _passive(verb):
            # "wurde als … bezeichnet" without a von-agent: the subject is the topic
            doc = verb.doc
            for j in range(max(0, verb.i - 10), min(len(doc), verb.i + 6)):
                if (
                    doc[j].lower_ in ("von", "vom")
                    and j + 1 < len(doc)
                    and doc[j + 1].text[:1].isupper()
                    and (j == 0 or doc[j - 1].pos_ not in ("NOUN", "PROPN"))
                ):
                    return np_forward(doc, j + 1, min(len(doc), j + 10), True)
            return None
        subj = self._subject_of(verb)
        if subj is not None and labels.has_role(subj, "passive_subject"):
            return None
        if subj is not None and (
            (
                subj.pos_ not in ("NOUN", "PROPN", "PRON", "X", "DET", "")
                and not is_named(subj)
                and not _name_like(subj)
            )
            or subj.lower_ in ADVERBIAL_STARTS
        ):
            return None
        if subj is None or subj.lower_ in EXPLETIVES or not any(ch.isalpha() for ch in subj.text):
            return None
        if any(labels.has_role(c, "case") for c in subj.children):
            return None  # a prepositional phrase mislabelled as subject ("In seiner Mitteilung")
        if subj.lower_ in RELATIVE_PRONOUNS | {"dieser", "diese"}:
            # "ein Kommentar, der … bezeichnete": the gold marks the pronoun itself
            return (subj.i, subj.i + 1)
        if subj.pos_ in ("PRON", "DET") and subj.lower_ not in ("er", "sie", "ich", "wir", "ihr"):
            return None
        return self._span_of(subj)

    def _antecedent(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """The noun phrase before ", der/die/welche …" (relative clause subject)."""
        if i == 0 or doc[i - 1].text != ",":
            return None
        return np_backward(doc, i - 1, max(0, i - 12), has_pos(doc))

    def _clause_like(self, doc: Doc, a: int, b: int, inside: list[int]) -> bool:
        """Does ``a``..``b`` read as a clause (a verb, a Konjunktiv, a quotation) rather than
        a noun phrase with an apposition ("Der Vorsitzende, Edmund Stoiber, warf … vor")?"""
        pos = has_pos(doc)
        for m in range(a, b):
            t = doc[m]
            if inside[m] >= 0 or self.konj(t) or labels.is_auxiliary(t):
                return True
            if pos and t.pos_ in ("VERB", "AUX"):
                return True
            if not pos and self._verb_guess(t, pos) and not is_adjish(t, pos):
                return True
        return False

    def _clause_speaker(
        self, doc: Doc, a: int, b: int, pos: bool, parsed: bool
    ) -> tuple[int, int] | None:
        """Subject of the clause ``a``..``b`` with no speech verb ("Hartmann weist das von
        sich: „…“"): from the parse (the verb with a subject), else by position."""
        if b <= a:
            return None
        if parsed:
            verbs = [
                t
                for t in doc[a:b]
                if t.pos_ in ("VERB", "AUX")
                and any(labels.has_role(c, "subject") for c in t.children)
            ]
            # the main clause first: the verb closest to the root of the parse
            for t in sorted(verbs, key=lambda t: (_depth(t), t.i)):
                sp = self._parse_speaker(t)
                if sp is not None and a <= sp[0] and sp[1] <= b:
                    return sp
        return self._subject_before(doc, a, b, pos)

    def _passive_agent(
        self, doc: Doc, c: int, k: int, end: int, pos: bool
    ) -> tuple[int, int] | None | bool:
        """``wurde … mitgeteilt``: the ``von`` agent, or False (passive without agent), or
        None (not a passive clause)."""
        low = doc[k].lower_
        participle = doc[k].text[:1].islower() and (
            low.endswith("t") or (low.endswith("en") and "ge" in low[:7])
        )
        if has_pos(doc) and ("Part" in doc[k].morph.get("VerbForm") or doc[k].tag_ == "VVPP"):
            participle = True
        # the auxiliary before the participle (main clause) or right after it (verb-final)
        aux = range(c, min(len(doc), k + 3))
        if not any(doc[j].lower_ in PASSIVE_AUX for j in aux if j != k) or not participle:
            return None
        for j in range(c, min(end, k + 8)):
            if doc[j].lower_ == "von" and j + 1 < end:
                np = np_forward(doc, j + 1, end, pos)
                if np is not None:
                    return np
        return False

    def _subject_before(self, doc: Doc, c: int, k: int, pos: bool) -> tuple[int, int] | None:
        """Heuristic subject of a verb-second clause starting at ``c`` with cue at ``k``."""
        if c >= k:
            return None
        if (
            doc[c].lower_ in RELATIVE_PRONOUNS
            and c > 0
            and doc[c - 1].text == ","
            and (k == c + 1 or not is_nounish(doc[c + 1], pos))
        ):
            return (c, c + 1)  # relative clause: its pronoun is the subject
        passive = self._passive_agent(doc, c, k, len(doc), pos)
        if passive is not None:
            if passive is False and doc[c].lower_ in ("in", "im") and c + 1 < k:
                return np_loose(doc, c + 1, k, pos)  # "In einer Erklärung wurde verkündet"
            return passive or None
        if doc[c].lower_ in SUBORDINATORS and c + 1 < k:
            # "Als der Minister sagte, dass …": the subject follows the conjunction
            if is_pronoun_subject(doc[c + 1]):
                return (c + 1, c + 2)
            np = np_forward(doc, c + 1, k, pos)
            if np is not None:
                return np
        # a personal pronoun right after the finite verb is the subject ("bezeichnete er")
        for j in range(c + 1, k + 1):
            if self._finite_like(doc[j], pos):
                if j + 1 < len(doc) and is_pronoun_subject(doc[j + 1]):
                    return (j + 1, j + 2)
                break
        if (
            doc[c].lower_ in FOCUS_PARTICLES
            and c + 1 < k
            and (is_det(doc[c + 1], pos) or is_nounish(doc[c + 1], pos))
        ):
            c += 1  # "Auch der Minister sagte": the particle belongs to the subject
        first = doc[c]
        if first.lower_ not in ADVERBIAL_STARTS and first.lower_ not in PREPOSITIONS:
            np = np_forward(doc, c, k, pos)
            if np is not None and np[1] <= k:
                nxt = doc[np[1]] if np[1] < len(doc) else None
                if nxt is not None and (nxt.i == k or nxt.text[:1].islower() or nxt.text == ","):
                    return np
        # verb-second with a fronted adverbial: subject right after the finite verb
        for j in range(c + 1, k + 1):
            t = doc[j]
            if self._finite_like(t, pos) or self._verb_guess(t, pos):
                return self._np_after(doc, j + 1, k if j < k else min(len(doc), j + 12), pos)
        return None

    @staticmethod
    def _verb_guess(t: Token, pos: bool) -> bool:
        """Without a tagger: a lowercase word that is no article, preposition or adjective
        is, right after a fronted phrase, most likely the finite verb."""
        if pos:
            return t.pos_ in ("VERB", "AUX")
        low = t.lower_
        return (
            t.text[:1].islower()
            and t.is_alpha
            and not is_det(t, False)
            and low not in PREPOSITIONS
            and not is_adjish(t, False)
            and low not in NOT_ADJECTIVES
            and low not in W_WORDS
        )

    def _finite_like(self, t: Token, pos: bool) -> bool:
        if pos and t.pos_ in ("VERB", "AUX"):
            return True
        if pos and t.pos_ in ("DET", "PRON", "NOUN", "PROPN", "ADP", "ADJ"):
            return False  # "In seiner Rede": the lemma of "seiner" is "sein", no verb
        return labels.is_auxiliary(t) or t.lower_ in self.forms

    def _np_after(self, doc: Doc, j: int, end: int, pos: bool) -> tuple[int, int] | None:
        """First noun phrase at or after ``j`` (skipping adverbs, auxiliaries, ``sich``)."""
        steps = 0
        while j < end and steps < 6:
            t = doc[j]
            if (
                t.text in CLAUSE_BREAK
                or t.is_space
                or t.text in (".", "!", "?")
                or self._inside[j] >= 0
            ):
                return None
            if t.lower_ in EXPLETIVES and t.lower_ != "das":
                return None
            if (
                is_pronoun_subject(t)
                or is_det(t, pos)
                or is_nounish(t, pos)
                or (is_adjish(t, pos) and not t.like_num)
            ):
                np = np_forward(doc, j, end, pos, after_verb=True)
                if np is not None:
                    return np
            j += 1
            steps += 1
        return None

    def _konj_guess(self, doc: Doc, n: int, seg_end: int) -> bool:
        """No morphology: "Feldmann rechne", "man erwäge" -- a verb-second ``-e`` form after a
        subject at the start of a clause (3rd person singular indicative ends in ``-t``)."""
        j = n
        if doc[j].lower_ in ("man", "er", "sie", "es"):
            j += 1
        else:
            np = np_forward(doc, n, seg_end, False)
            if np is None:
                return False
            j = np[1]
        if j >= seg_end:
            return False
        t = doc[j]
        low = t.lower_
        return (
            t.text[:1].islower()
            and low.endswith("e")
            and len(low) > 3
            and low not in NOT_VERB_E
            and not low.endswith(("te", "ige", "ische"))
        )

    # ---------------------------------------------------------------- content
    def _complement(
        self, doc: Doc, k: int, unit: Unit, inside: list[int], verb_pos: set[int]
    ) -> tuple[str, int] | None:
        """Where the complement of a frame ending before ``k`` starts, or None."""
        end = unit.content_end(doc)
        j = k
        limit = min(end, k + 30)
        first_comma = -1  # the first comma after the frame: where a long complement begins
        while j < limit:
            t = doc[j]
            if inside[j] >= 0:
                prev = doc[j - 1] if j > unit.start else None
                if j == k or (prev is not None and prev.text in (":", ",")):
                    return ("direct", j)
                while j < end and inside[j] >= 0:
                    j += 1
                continue
            if t.text == ":":
                return ("colon", j + 1) if j + 1 < end else None
            if t.lower_ in ("dass", "daß") and (j == k or doc[j - 1].text == ","):
                return ("dass", j)
            if t.text == ",":
                n = j + 1
                if n >= end:
                    return None
                if first_comma < 0 and j == k:
                    first_comma = j
                nt = doc[n]
                if nt.lower_ in ("dass", "daß", "ob"):
                    return ("dass", n)
                seg_end = n
                while seg_end < end and doc[seg_end].text not in (",", ";", ":"):
                    seg_end += 1
                if (
                    nt.lower_ in W_WORDS
                    and j <= k + 3
                    and not (nt.lower_ == "wie" and any(m in verb_pos for m in range(n, seg_end)))
                ):
                    return ("w", n)
                if (
                    (
                        any(inside[m] < 0 and self.konj(doc[m]) for m in range(n, seg_end))
                        or self._konj_guess(doc, n, seg_end)
                    )
                    and not nt.lower_
                    in (
                        "der",
                        "die",
                        "das",
                        "welche",
                        "welcher",
                        "wo",
                        "den",
                        "dem",
                        "deren",
                        "dessen",
                    )
                    or (
                        nt.lower_ in ("die", "der", "das")
                        and n + 1 < end
                        and (is_nounish(doc[n + 1], False) or is_adjish(doc[n + 1], False))
                        and (
                            any(self.konj(doc[m]) for m in range(n, seg_end))
                            # "erklärte, die Entdeckung werfe …" (a tagger calling it ADV)
                            or self._konj_guess(doc, n, seg_end)
                        )
                    )
                ):
                    return ("konj", first_comma + 1 if first_comma >= 0 else n)
                if (
                    any(
                        (
                            doc[m].lower_ == "zu"
                            and m + 1 < seg_end
                            and doc[m + 1].lower_.endswith("n")
                        )
                        or ZU_INFIX.match(doc[m].lower_)
                        for m in range(n, seg_end)
                    )
                    and seg_end >= end - 1
                ):
                    # "zusagte, über den „Freedom Tower“, das größte Gebäude, nicht zu
                    # bestimmen": the infinitive clause starts at the comma after the frame
                    return ("zu", first_comma + 1 if first_comma >= 0 else n)
            if j > k and j in verb_pos:
                return None
            j += 1
        return None

    # ---------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> list[Quote]:
        pos = has_pos(doc)
        parsed = labels.is_parsed(doc)
        marked = self.marks.find(doc.text)
        n = len(doc)
        inside = [-1] * n
        self._inside = inside
        self._doc = doc
        directs: list[tuple[int, int, str, bool]] = []
        closes: set[int] = set()
        for mq in marked:
            span = doc.char_span(mq.start, mq.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if any(inside[k] >= 0 for k in range(span.start, span.end)):
                continue
            idx = len(directs)
            directs.append((span.start, span.end, mq.rule, mq.closed))
            for k in range(span.start, span.end):
                inside[k] = idx
            closes.add(span.end - 1)
        units = split_units(doc, inside, closes)
        self._units = units
        unit_of = [0] * n
        for ui, u in enumerate(units):
            for k in range(u.start, u.end):
                unit_of[k] = ui
        pattern_cues = self._pattern_cues(doc, inside)
        cues_by_unit: list[list[Cue]] = [[] for _ in units]
        for c in pattern_cues:
            cues_by_unit[unit_of[c.start]].append(c)
        for ui, u in enumerate(units):
            taken = {k for c in cues_by_unit[ui] for a, b in c.pieces for k in range(a, b)}
            for i in range(u.start, u.end):
                if inside[i] >= 0 or i in taken or doc[i].is_punct:
                    continue
                cue = self._verb_cue(doc, i, u, pos, parsed)
                if cue is not None:
                    cues_by_unit[ui].append(cue)
            cues_by_unit[ui].sort(key=lambda c: c.start)

        quotes: list[Quote] = []
        direct_info: dict[int, Quote] = {}
        unit_speaker: dict[int, tuple[tuple[int, int] | None, Quote | None]] = {}
        for ui in range(len(units)):
            # "unter Berufung auf Y" and the like yield to a speech verb of the same unit
            if any(c.verb is not None for c in cues_by_unit[ui]):
                cues_by_unit[ui] = [
                    c for c in cues_by_unit[ui] if not (c.pattern and c.pattern.get("defer"))
                ]
        for ui, u in enumerate(units):
            self._frames(
                doc,
                ui,
                u,
                cues_by_unit[ui],
                inside,
                directs,
                direct_info,
                quotes,
                unit_speaker,
                pos,
                parsed,
            )
        self._direct_quotes(
            doc,
            units,
            unit_of,
            inside,
            directs,
            direct_info,
            quotes,
            cues_by_unit,
            unit_speaker,
            pos,
            parsed,
        )
        self._continuations(doc, units, inside, quotes, unit_speaker, directs, direct_info)
        return self._resolve(quotes)

    # one unit: verb and pattern frames
    def _frames(
        self, doc, ui, u, cues, inside, directs, direct_info, quotes, unit_speaker, pos, parsed
    ):
        verb_pos = {c.start for c in cues if c.verb is not None}
        end = u.content_end(doc)
        used_until = u.start
        for cue in cues:
            rec = cue.pattern
            slot_speaker = rec["speaker"] if rec else "subject"
            slot_content = rec["content"] if rec else "verb"
            parts: list[tuple[int, int]] = []
            speaker: tuple[int, int] | None = None
            frame_after = False
            cue_pieces = list(cue.pieces)
            conf = cue.confidence
            rule = cue.rule
            # clause start: scan left to a clause break (quoted names do not end a clause)
            c = cue.start
            while c > u.start and (doc[c - 1].text not in CLAUSE_BREAK or inside[c - 1] >= 0):
                if inside[c - 1] >= 0 and directs[inside[c - 1]][1] - directs[inside[c - 1]][0] > 8:
                    break
                c -= 1
            if rec is None:
                after = max(b for _, b in cue.pieces)
                comp = self._complement(doc, after, u, inside, verb_pos)
                inverted = (
                    c > u.start
                    and doc[c - 1].text == ","
                    and (c == cue.start or (self._finite_like(doc[c], pos) and cue.start - c <= 8))
                )
                if inverted and (
                    comp is not None or not self._clause_like(doc, u.start, c - 1, inside)
                ):
                    # "X, der Sprecher, sagte, dass ...": a frame first unless the subject follows
                    if parsed and cue.verb is not None:
                        sp = self._parse_speaker(cue.verb)
                        inverted = sp is not None and sp[0] > c
                    else:
                        inverted = (
                            self._np_after(
                                doc, c + 1 if c != cue.start else cue.start + 1, end, pos
                            )
                            is not None
                        )
                if doc[c].lower_ != "wie" and c > u.start and doc[c - 1].text == ",":
                    # "Wie der Bevollmächtigte, Gerald Braun, mitteilte": an apposition
                    # between commas does not end the "wie" clause
                    w = c - 1
                    while w > u.start and cue.start - w <= 20 and doc[w].lower_ != "wie":
                        w -= 1
                    if (
                        doc[w].lower_ == "wie"
                        and (w == u.start or doc[w - 1].text in (",", ";", ":"))
                        and cue.start - w <= 20
                        and not any(
                            m in verb_pos or doc[m].pos_ in ("VERB", "AUX") for m in range(w + 1, c)
                        )
                        and sum(1 for m in range(w, c) if doc[m].text == ",") == 2
                    ):
                        c = w
                wie = doc[c].lower_ == "wie" and cue.start - c <= 20
                if wie:
                    frame_end = max(b for _, b in cue.pieces)
                    while (
                        frame_end < end and frame_end < cue.start + 4 and doc[frame_end].text != ","
                    ):
                        frame_end += 1  # "wie X mitgeteilt hat, ..."
                    before = (used_until, c - 1 if c > u.start and doc[c - 1].text == "," else c)
                    parts = [before] if before[1] > before[0] else []
                    if frame_end < end and doc[frame_end].text == ",":
                        parts.append((frame_end + 1, end))
                    cue_pieces = [(c, c + 1)] + cue_pieces
                    speaker = self._np_after(doc, c + 1, cue.start, pos)
                    rule += "+wie"
                elif inverted and ("indirect" in cue.kinds or inside[max(c - 2, 0)] >= 0):
                    frame_after = True
                    seg = (used_until, c - 1)
                    parts = [seg] if seg[1] > seg[0] else []
                    # a frame in the middle: "Die Lage sei, sagte er, ernst."
                    k = max(b for _, b in cue.pieces)
                    while k < end and doc[k].text != ",":
                        k += 1
                    if k < end and parts:
                        first_has = any(self.konj(doc[m]) for m in range(*parts[0]))
                        rest_has = any(self.konj(doc[m]) for m in range(k + 1, end))
                        last = doc[parts[0][1] - 1]
                        open_clause = self.konj(last) or labels.is_auxiliary(
                            last
                        )  # "Die Lage sei, sagte er, ernst"
                        if (rest_has and not first_has) or (
                            open_clause and not any(m in verb_pos for m in range(k + 1, end))
                        ):
                            parts.append((k + 1, end))
                    if parsed and cue.verb is not None:
                        speaker = self._parse_speaker(cue.verb)
                        if (
                            speaker is not None
                            and speaker[0] < c
                            and any(self.konj(doc[m]) for m in range(*speaker))
                        ):
                            # "Der Mann sei frei, bestätigte ein Sprecher": the content's
                            # subject parsed as the verb's is no speaker
                            speaker = None
                    if speaker is None:
                        speaker = (
                            self._np_after(doc, c, end, pos)
                            if c != cue.start
                            else self._np_after(doc, cue.start + 1, end, pos)
                        )
                        if speaker is not None and speaker[0] <= cue.start < speaker[1]:
                            speaker = self._np_after(doc, cue.start + 1, end, pos)
                    rule += "+after"
                elif comp is not None:
                    ctype, cstart = comp
                    parts = [(cstart, end)]
                    # stop before a second frame in the same unit
                    for m in sorted(verb_pos):
                        if cstart < m < end:
                            sub = self._complement(doc, m + 1, u, inside, verb_pos)
                            if sub is not None:
                                k = m
                                while (
                                    k > cstart
                                    and doc[k - 1].text not in (",",)
                                    and doc[k - 1].lower_ not in ("und", "sowie")
                                ):
                                    k -= 1
                                if k > cstart + 2:
                                    parts = [(cstart, k - 1)]
                                break
                    if parsed and cue.verb is not None:
                        speaker = self._parse_speaker(cue.verb)
                    if speaker is None:
                        speaker = self._subject_before(doc, c, cue.start, pos)
                    if (
                        speaker is None
                        and c > u.start
                        and (
                            c == cue.start
                            or any(doc[m].lower_ in COORDINATORS for m in range(c, cue.start))
                        )
                    ):
                        speaker = self._subject_before(doc, u.start, cue.start, pos)
                    if ctype == "konj":
                        conf = max(conf, 0.85) if conf >= 0.7 else conf
                    rule += f"+{ctype}"
                else:
                    # no clause: a reported speech act or the frame of a direct quote
                    if parsed and cue.verb is not None:
                        speaker = self._parse_speaker(cue.verb)
                    if speaker is None:
                        speaker = self._subject_before(doc, c, cue.start, pos)
                    if (
                        speaker is None
                        and c > u.start
                        and (c == cue.start or doc[c].lower_ in COORDINATORS)
                    ):
                        speaker = self._subject_before(doc, u.start, cue.start, pos)
                    unit_speaker.setdefault(ui, (speaker, None))
                    back = self._anaphoric(doc, ui, u, c, cue, inside)
                    if back is not None and (speaker is None or speaker[0] <= c < speaker[1]):
                        # the demonstrative is the object: the subject follows the verb
                        speaker = self._np_after(doc, cue.start + 1, end, pos)
                    if back is not None and speaker is not None:
                        # "X. Das bestätigte der Sprecher.": the sentence before is the content
                        q = Quote(
                            "indirect",
                            [back, (c, c + 1)],
                            0.8,
                            rule + "+anaphoric",
                            ui,
                            speaker,
                            cue_pieces,
                            cue.lemma,
                        )
                        quotes.append(q)
                        unit_speaker[ui] = (speaker, q)
                        continue
                    if (
                        "reported" in cue.kinds
                        and speaker is not None
                        and self.settings.get("reported", True)
                    ):
                        ok = cue.preposition is None or any(
                            doc[m].lower_ == cue.preposition and inside[m] < 0
                            for m in range(u.start, end)
                        )
                        if ok and not any(inside[m] >= 0 for m in range(u.start, end)):
                            q = Quote(
                                "reported",
                                [(u.start, u.end)],
                                0.55,
                                rule + "+reported",
                                ui,
                                speaker,
                                cue_pieces,
                                cue.lemma,
                            )
                            quotes.append(q)
                            unit_speaker[ui] = (speaker, q)
                    continue
            else:
                ms, me = cue.start - rec["cue_start"], cue.end
                slot = slot_content
                if slot == "either":
                    comp = self._complement(doc, me, u, inside, verb_pos)
                    slot = (
                        "after"
                        if comp is not None
                        else ("before" if ms > u.start and doc[ms - 1].text == "," else "none")
                    )
                if slot_speaker == "after":
                    speaker = np_loose(doc, me, end, pos)
                    if rid_is_source(rec):
                        # "nach Angaben der Polizei" / "nach Angaben Moskaus": the attribute names
                        # the source; "nach Polizeiangaben", "nach eigenen Angaben": the match does
                        bare = doc[me - 1].lower_ in BARE_SOURCES
                        if not (
                            bare
                            and speaker is not None
                            and (
                                doc[me].lower_ in ("der", "des", "eines", "einer", "von")
                                or is_nounish(doc[me], pos)
                            )
                        ):
                            speaker = (ms + 1, me) if rec["id"] != "nach_angaben_von" else speaker
                    if speaker is None and me < end:
                        speaker = self._source_name(doc, me, end, inside)
                    if speaker is None and rec["id"] in ("laut", "gemaess", "unter_berufung_auf"):
                        continue  # "laut schreiend": no source, no quote
                    if slot == "before":
                        # ", so X": X must close the sentence (else "so" is "such as", "so mancher")
                        if speaker is None:
                            continue
                        rest = list(range(speaker[1], end))
                        enumeration = (
                            len(rest) > 1
                            and doc[rest[0]].text == ","
                            and (is_det(doc[rest[1]], pos) or is_nounish(doc[rest[1]], pos))
                        )
                        if (len(rest) > 6 or enumeration) and not any(
                            self.konj(doc[m]) for m in range(u.start, ms)
                        ):
                            continue
                elif slot_speaker == "none" and rec["cue_lemma"] == "heißen":
                    # "In der Erklärung heißt es" / "hieß es in einer Mitteilung": the document
                    after_preps = set(rec.get("source_after") or ())
                    before_preps = set(rec.get("source_before") or ())
                    if doc[ms].lower_ in ("in", "im"):
                        speaker = np_loose(doc, ms + 1, me, pos)
                    elif me < end and doc[me].lower_ in after_preps:
                        speaker = np_loose(doc, me + 1, end, pos)  # "hieß es vom Sprecher X"
                    else:
                        for a in dict.fromkeys((u.start, c)):
                            if doc[a].lower_ not in before_preps or a + 1 >= ms:
                                continue
                            np = np_loose(doc, a + 1, ms, pos)
                            # "Bei der Agentur RIA hieß es", "In X hatte es geheißen": the
                            # source phrase runs up to the verb (not "Bei dem Unfall seien …")
                            if np is not None and (
                                doc[a].lower_ in ("in", "im")
                                or all(
                                    labels.is_auxiliary(doc[m]) or doc[m].lower_ == "es"
                                    for m in range(np[1], ms)
                                )
                            ):
                                speaker = np
                                break
                elif slot_speaker == "before":
                    speaker = np_backward(doc, ms, u.start, pos)
                    if speaker is None and ms > u.start and doc[ms - 1].lower_ in OBJECT_PRONOUNS:
                        speaker = (ms - 1, ms)  # "Ihnen zufolge", "denen zufolge"
                elif slot_speaker == "match":
                    speaker = (ms, cue.start) if cue.start > ms else (ms, me)
                elif slot_speaker == "self":
                    speaker = (cue.start, cue.start + 1)
                    if rec["id"] == "wonach" and ms > u.start and doc[ms - 1].text == ",":
                        speaker = np_backward(doc, ms - 1, u.start, pos) or speaker
                elif slot_speaker == "subject":
                    vtok = next(
                        (doc[m] for m in range(ms, me) if doc[m].pos_ in ("VERB", "AUX")), None
                    )
                    speaker = self._speaker_inside(doc, rec, ms, me, pos)
                    if speaker is None and parsed and vtok is not None:
                        speaker = self._parse_speaker(vtok)
                    if speaker is None:
                        speaker = self._subject_before(doc, c, ms, pos)
                if slot == "clause":
                    cut_end = max(me, speaker[1]) if speaker and slot_speaker == "after" else me
                    cut_start = min(ms, speaker[0]) if speaker and slot_speaker == "before" else ms
                    # the clause around the cue: from the previous clause break to the next
                    a = c if c > u.start and doc[c - 1].text in (";", ":") else u.start
                    parts = [(a, cut_start), (cut_end, end)]
                    parts = [
                        (x, y)
                        for x, y in parts
                        if y - x > 0 and not all(doc[m].is_punct for m in range(x, y))
                    ]
                    parts = [(x, y - 1) if doc[y - 1].text == "," else (x, y) for x, y in parts]
                    parts = [(x + 1, y) if doc[x].text == "," else (x, y) for x, y in parts]
                elif slot == "after":
                    comp = self._complement(doc, me, u, inside, verb_pos)
                    if comp is None:
                        continue
                    parts = [(comp[1], end)]
                elif slot == "before":
                    frame_after = True
                    stop = ms
                    while stop > u.start and doc[stop - 1].text == ",":
                        stop -= 1
                    parts = [(used_until, stop)] if stop > used_until else []
                    fe = speaker[1] if speaker else me
                    k = fe
                    while k < end and doc[k].text != ",":
                        k += 1
                    if k < end and parts and not any(self.konj(doc[m]) for m in range(*parts[0])):
                        parts.append((k + 1, end))
                elif slot == "rest":
                    parts = [(me, end)]
                else:
                    continue
            parts = [(a, b) for a, b in parts if b > a]
            if not parts:
                continue
            ntok = sum(b - a for a, b in parts)
            if ntok < 2:
                continue
            q = Quote("indirect", parts, conf, rule, ui, speaker, cue_pieces, cue.lemma)
            if cue.pattern is not None and cue.pattern["kind"] == "direct":
                q.kind = "direct-frame"
            self._attach_directs(q, inside, directs, direct_info)
            if q.kind == "frame":
                used_until = max(
                    used_until, q.end if not frame_after else max(b for _, b in cue.pieces)
                )
                unit_speaker[ui] = (speaker, q)
                if q.outer:
                    quotes.append(
                        Quote(
                            "mixed",
                            q.parts,
                            conf,
                            rule + "+outer",
                            ui,
                            speaker,
                            cue_pieces,
                            cue.lemma,
                        )
                    )
                continue
            if q.kind == "direct-frame":
                continue
            quotes.append(q)
            unit_speaker[ui] = (speaker, q)
            if frame_after:
                used_until = max(used_until, max(b for _, b in cue.pieces))

    def _anaphoric(
        self, doc: Doc, ui: int, u: Unit, c: int, cue: Cue, inside: list[int]
    ) -> tuple[int, int] | None:
        """ "X. Das/Dies bestätigte Y.": a unit opening with a demonstrative object right
        before its speech verb (or auxiliary) reports the sentence before it in the same
        paragraph, when that one has no quotation marks; "X, das teilte Y mit" / "X – das
        meint Y" the clause before it in the same unit."""
        if doc[c].lower_ not in ANAPHORS or cue.verb is None:
            return None
        nxt = c + 1
        if not (
            cue.start == nxt
            or (nxt < cue.start and labels.is_auxiliary(doc[nxt]))
            or (cue.start == nxt + 1 and doc[nxt].lower_ in ANAPHOR_ADVERBS)
        ):
            return None
        if _passive(cue.verb):
            return None
        if c > u.start:
            if doc[c - 1].text not in (",", "–", "—", "-", ";", ":"):
                return None
            start, end = u.start, c - 1
        else:
            if ui == 0:
                return None
            prev = self._units[ui - 1]
            if prev.paragraph != u.paragraph:
                return None
            start, end = prev.start, prev.content_end(doc)
        if end - start < 4 or any(inside[m] >= 0 for m in range(start, end)):
            return None
        return (start, end)

    def _attach_directs(self, q: Quote, inside, directs, direct_info) -> None:
        """Content made of direct quotes: the frame is theirs; containing one: mixed."""
        toks = [k for a, b in q.parts for k in range(a, b)]
        ids = sorted({inside[k] for k in toks if inside[k] >= 0})
        if not ids:
            if q.kind == "direct-frame":
                q.kind = "none"
            return
        covered = sum(1 for k in toks if inside[k] >= 0)
        uncovered = sum(1 for k in toks if inside[k] < 0 and doc_is_word(k, self._doc))
        rule = q.rule
        if covered >= 0.8 * len(toks) and uncovered <= 2:
            # "erklärte, ihr lägen „…“": the words outside the marks make the whole content a
            # mixed quote too (the gold annotates both); a bare quotation is only the frame's
            q.outer = uncovered > 0 and q.kind == "indirect"
            q.kind = "frame"
            for idx in ids:
                s, e, mrule, _ = directs[idx]
                if idx in direct_info and direct_info[idx].confidence >= q.confidence:
                    continue
                direct_info[idx] = Quote(
                    "direct",
                    [(s, e)],
                    max(0.9, q.confidence),
                    f"{mrule}+{rule}",
                    q.unit,
                    q.speaker,
                    q.cue,
                    q.cue_lemma,
                    direct=True,
                )
            return
        if q.kind == "direct-frame":
            q.kind = "none"
            return
        q.kind = "mixed"
        for idx in ids:
            s, e, mrule, _ = directs[idx]
            if idx in direct_info:
                continue
            direct_info[idx] = Quote(
                "direct",
                [(s, e)],
                0.75,
                f"{mrule}+nested:{rule}",
                q.unit,
                q.speaker,
                q.cue,
                q.cue_lemma,
                nested=True,
                direct=True,
            )

    def _direct_quotes(
        self,
        doc,
        units,
        unit_of,
        inside,
        directs,
        direct_info,
        quotes,
        cues_by_unit,
        unit_speaker,
        pos,
        parsed,
    ):
        ents = list(doc.ents) if doc.has_annotation("ENT_IOB") else []
        ent_tok = {}
        for e in ents:
            for k in range(e.start, e.end):
                ent_tok[k] = e.label_
        last: Quote | None = None
        last_unit = -10
        speaker_spans = [q.speaker for q in quotes if q.speaker] + [
            q.speaker for q in direct_info.values() if q.speaker
        ]
        for idx, (s, e, mrule, closed) in enumerate(directs):
            ui = unit_of[s]
            u = units[ui]
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
                and sum(1 for k in words if ent_tok.get(k) in TITLE_LABELS) >= 0.8 * len(words)
            )
            prev = doc[s - 1] if s > 0 else None
            prev2 = doc[s - 2] if s > 1 else None
            if not sentence_like and words:
                # names of papers, parties, ships: part of or right after a speaker, after a
                # noun ("die Zeitung „Bild“"), or every word capitalised ("„New York Times“")
                in_speaker = any(
                    (a <= s < b or b == s) and not (s <= a < e) for a, b in speaker_spans
                )
                after_noun = (
                    prev is not None
                    and s - 1 > u.start
                    and is_nounish(prev, pos)
                    and doc[words[0]].text[:1].isupper()
                    and prev.lower_ not in QUOTE_NOUNS
                )
                all_caps = len(words) >= 2 and all(
                    doc[k].text[:1].isupper() or doc[k].text in ("-", "&") for k in words
                )
                if (
                    in_speaker
                    or after_noun
                    or (all_caps and not (prev is not None and prev.lower_ in ("als", ":")))
                ):
                    title = True
            if idx in direct_info:
                q = direct_info[idx]
                if title:
                    q.confidence = 0.2
                quotes.append(q)
                if q.confidence >= 0.5:
                    last, last_unit = q, ui
                continue
            frame = [c for c in cues_by_unit[ui] if "direct" in c.kinds or c.verb is not None]
            # nearest cue in the unit
            best = None
            for c in frame:
                dist = (c.start - e) if c.start >= e else (s - max(b for _, b in c.pieces))
                if best is None or dist < best[0]:
                    best = (dist, c)
            speaker = None
            cue_pieces: list[tuple[int, int]] = []
            lemma = None
            rule = mrule
            if best is not None:
                c = best[1]
                cue_pieces, lemma = list(c.pieces), c.lemma
                if parsed and c.verb is not None:
                    speaker = self._parse_speaker(c.verb)
                if speaker is None:
                    cc = c.start
                    while cc > u.start and (
                        doc[cc - 1].text not in CLAUSE_BREAK or inside[cc - 1] >= 0
                    ):
                        if (
                            inside[cc - 1] >= 0
                            and doc[cc - 1].i == directs[inside[cc - 1]][0]
                            and cc - 2 >= u.start
                            and doc[cc - 2].text in CLAUSE_BREAK
                        ):
                            break
                        cc -= 1
                    if cc == s and c.start > e:
                        cc = e  # "„…“, sagte er": the frame starts after the quote
                    if c.pattern is not None and c.pattern["speaker"] == "after":
                        speaker = np_forward(doc, c.end, u.end, pos)
                    elif c.pattern is not None and c.pattern["speaker"] == "subject":
                        speaker = self._speaker_inside(
                            doc, c.pattern, c.start - c.pattern["cue_start"], c.end, pos
                        ) or self._subject_before(doc, u.start, c.start, pos)
                    elif cc > u.start and (cc == c.start or self._finite_like(doc[cc], pos)):
                        speaker = self._np_after(
                            doc, cc if cc != c.start else c.start + 1, u.end, pos
                        )
                        if speaker is not None and speaker[0] <= c.start < speaker[1]:
                            speaker = self._np_after(doc, c.start + 1, u.end, pos)
                        if speaker is None and c.start > e:
                            pass
                        elif speaker is None:
                            speaker = self._subject_before(doc, u.start, c.start, pos)
                    else:
                        speaker = self._subject_before(doc, cc, c.start, pos)
                if c.preposition == "als" and prev is not None and prev.lower_ == "als":
                    cue_pieces.append((s - 1, s))
                rule = f"{mrule}+{c.rule}"
                conf = 0.9 if sentence_like else 0.7
                if not sentence_like and not (
                    prev is not None
                    and (
                        prev.lower_ in ("als", "von", "wie", ":", ",")
                        or prev2 is not None
                        and prev2.lower_ in ("als", "von")
                    )
                    or any(a <= s - 1 < b or a <= s - 2 < b for a, b in c.pieces)
                    or (e < u.end and doc[e].text == "," and c.start > e)
                ):
                    # a fragment opening with a lowercase word is rarely a name or title
                    conf = 0.6 if words and doc[words[0]].text[:1].islower() else 0.35
                    if conf < 0.5 and self._verb_object(doc, c, s, e, speaker, parsed):
                        # "Modder nannte die Absage einen „Vertrauensbruch“": the speaker's
                        # own word, an object of the speech verb
                        conf = 0.6
                        rule += "+object"
                if title:
                    conf = 0.2
            elif prev is not None and prev.text == ":":
                speaker = self._clause_speaker(doc, u.start, s - 1, pos, parsed)
                conf = 0.85 if speaker else 0.6
                rule = f"{mrule}+colon"
            elif prev is not None and (
                prev.lower_ in QUOTE_NOUNS
                or (prev2 is not None and prev2.lower_ in QUOTE_NOUNS and prev.text == ":")
            ):
                # "mit der Aufschrift „…“", "unter dem Motto „…“": quoted, but slogans and
                # inscriptions are rarely statements in the gold (1 in 3 on train): kept low
                conf = 0.4
                rule = f"{mrule}+quote_noun"
                speaker = (
                    self._subject_before(doc, u.start, s - 1, pos) if s - 1 > u.start else None
                )
            elif (
                sentence_like
                and e + 2 < u.end
                and doc[e].text == ","
                and doc[e + 1].text[:1].islower()
                and doc[e + 1].is_alpha
                and not is_det(doc[e + 1], pos)
            ):
                # „…“, strich Romney heraus: an unknown verb right after the quote frames it
                conf = 0.75
                rule = f"{mrule}+unknown_verb"
                speaker = self._np_after(doc, e + 2, u.end, pos)
                cue_pieces, lemma = [(e + 1, e + 2)], doc[e + 1].lemma_ or doc[e + 1].lower_
            elif sentence_like and (e - s) >= 0.6 * (u.end - u.start):
                conf = 0.8
                rule = f"{mrule}+standalone"
                if (
                    last is not None
                    and last.speaker is not None
                    and (
                        ui - last_unit <= 2
                        or self._reported_between(doc, units, inside, last_unit, ui)
                    )
                ):
                    speaker = last.speaker
                    rule += "+inherit"
                else:
                    for back in (1, 2):
                        if ui - back in unit_speaker and unit_speaker[ui - back][0] is not None:
                            speaker = unit_speaker[ui - back][0]
                            rule += "+previous"
                            break
                    else:
                        nxt = next(
                            (
                                q
                                for q in direct_info.values()
                                if q.unit in (ui, ui + 1) and q.start > e and q.speaker
                            ),
                            None,
                        )
                        if nxt is None:
                            nxt = self._next_framed(
                                doc, directs, idx, units, unit_of, cues_by_unit, pos
                            )
                        if nxt is not None:
                            speaker = nxt
                            rule += "+next"
                        else:
                            speaker = self._person_subject(doc, units, ui, pos)
                            if speaker is not None:
                                rule += "+person"
            else:
                conf = 0.7 if sentence_like else 0.3
                if (
                    not sentence_like
                    and words
                    and doc[words[0]].text[:1].islower()
                    and (len(words) >= 2 or (prev is not None and prev.lower_ == "als"))
                ):
                    # a quoted phrase ("„unter bestimmten Umständen“") rather than a name
                    conf = 0.55
                    # who is quoted is usually the speaker of the text around, not the subject
                    speaker = (
                        self._subject_before(doc, u.start, s - 1, pos) if s - 1 > u.start else None
                    )
                    if speaker is None and last is not None and ui - last_unit <= 2:
                        speaker = last.speaker
                    rule += "+phrase"
                if title:
                    conf = 0.15
            q = Quote("direct", [(s, e)], conf, rule, ui, speaker, cue_pieces, lemma, direct=True)
            quotes.append(q)
            if conf >= 0.5:
                last, last_unit = q, ui
        self._merge_interrupted(doc, quotes, cues_by_unit)

    @staticmethod
    def _verb_object(doc, c, s: int, e: int, speaker, parsed: bool) -> bool:
        """The quoted fragment ``s``..``e`` is an object of the cue verb (directly, or through
        a preposition or a noun: "warnte vor den „…“", "nannte dies einen „…“"), the verb has
        a speaker of its own and is active -- not a name the text gives ("nennt man", "in
        der „Bild am Sonntag“ schreibt")."""
        if not parsed or c.verb is None or speaker is None or speaker[0] < e and speaker[1] > s:
            return False
        verb = c.verb
        if (
            _passive(verb)
            or any(
                t.dep_.startswith(("nsubj", "expl"))
                and t.lower_ in ("man", "es")
                or t.lower_ == "sich"
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
                t.dep_.startswith(("nsubj", "csubj", "appos", "flat", "conj"))
                or t.i == verb.i
                or any(k.dep_ == "case" and k.lower_ in FRAGMENT_BLOCK for k in t.children)
            ):
                break
            if t.head.i == verb.i:
                return t.dep_ in ("obj", "iobj", "obl", "xcomp", "ccomp")
            t = t.head
        return False

    def _reported_between(self, doc, units, inside, a: int, b: int) -> bool:
        """Units ``a+1``..``b-1`` (at most four) are the same paragraph's reported speech
        -- each with a Konjunktiv and no quotation marks -- so a quote after them goes on
        with the speaker of the quote in unit ``a`` ("„…“, sagte X. Die Gefahr sei real.
        Sie bestehe noch nicht. „…“")."""
        if not 2 < b - a <= 5 or a < 0:
            return False
        para = units[a].paragraph
        for k in range(a + 1, b):
            u = units[k]
            if u.paragraph != para or any(inside[m] >= 0 for m in range(u.start, u.end)):
                return False
            if not any(self.konj(doc[m]) for m in range(u.start, u.end)):
                return False
        return units[b].paragraph == para

    def _person_subject(
        self, doc, units, ui, pos, any_subject: bool = False
    ) -> tuple[int, int] | None:
        """The subject of the previous sentence when it is a person (entity or er/sie)."""
        if ui == 0:
            return None
        pu = units[ui - 1]
        if units[ui].paragraph != pu.paragraph:
            return None
        sp = self._subject_before(doc, pu.start, pu.content_end(doc) - 1, pos)
        if sp is None:
            return None
        if (
            any_subject
            or any(doc[m].ent_type_ == "PER" for m in range(*sp))
            or (sp[1] - sp[0] == 1 and doc[sp[0]].lower_ in ("er", "sie"))
        ):
            return sp
        return None

    def _source_name(self, doc: Doc, i: int, end: int, inside: list[int]) -> tuple[int, int] | None:
        """A source a noun phrase reader misses: a short quoted title ("laut „Welt“"), a web
        address ("laut ndr.de") or a lowercase agency name ("laut taz")."""
        t = doc[i]
        if inside[i] >= 0:
            k = i
            while k < end and inside[k] == inside[i]:
                k += 1
            words = [m for m in range(i, k) if doc[m].is_alpha]
            if 0 < len(words) <= 4 and doc[words[0]].text[:1].isupper():
                return (i, k)
            return None
        if WEB_SOURCE.match(t.text) or t.lower_ in LOWERCASE_SOURCES:
            return (i, i + 1)
        return None

    def _speakerish(self, doc: Doc, sp: tuple[int, int]) -> bool:
        """Does the mention name someone who speaks: a person or organisation entity, er/sie,
        or a role or speaking-body noun of the role lexicon ("der Sprecher", "die Polizei")?"""
        toks = doc[sp[0] : sp[1]]
        if len(toks) == 1 and toks[0].lower_ in ("er", "sie"):
            return True
        if any(t.ent_type_ in ("PER", "ORG") for t in toks):
            return True
        return any(
            (m := self.roles.lookup(t.text)) is not None and m.kind in ("role", "org")
            for t in toks
            if t.text[:1].isupper() and t.is_alpha
        )

    def _next_framed(
        self, doc, directs, idx, units, unit_of, cues_by_unit, pos
    ) -> tuple[int, int] | None:
        """„A.“ „B“, sagte X: an unframed quote right before a framed one shares its speaker."""
        if idx + 1 >= len(directs):
            return None
        s2, e2, _, _ = directs[idx + 1]
        u1, u2 = unit_of[directs[idx][0]], unit_of[s2]
        if u2 - u1 > 1 or units[u1].paragraph != units[u2].paragraph:
            return None
        for c in cues_by_unit[u2]:
            if c.start >= e2 and c.start - e2 <= 3 and doc[e2].text == ",":
                return self._np_after(doc, c.end, units[u2].end, pos)
        return None

    @staticmethod
    def _merge_interrupted(doc, quotes, cues_by_unit) -> None:
        """„A“, sagte er, „B“ is ONE quote with two parts; the frame between is its cue."""
        direct = sorted(
            (q for q in quotes if q.direct and not q.nested and q.confidence >= 0.5),
            key=lambda q: q.start,
        )
        drop = set()
        i = 0
        while i < len(direct) - 1:
            a, b = direct[i], direct[i + 1]
            gap = range(a.end, b.start)
            cues = [
                c
                for c in cues_by_unit[a.unit] + (cues_by_unit[b.unit] if b.unit != a.unit else [])
                if a.end <= c.start < b.start
            ]
            ok = (
                b.unit - a.unit <= 1
                and 2 < len(gap) <= 14
                and doc[a.end].text == ","
                and doc[b.start - 1].text in (",", ":")
                and cues
                and not any("\n" in doc[k].text for k in gap)
            )
            if ok:
                a.parts = a.parts + b.parts
                a.confidence = max(a.confidence, b.confidence)
                if a.speaker is None or (b.speaker is not None and a.end <= b.speaker[0] < b.start):
                    a.speaker = b.speaker
                if not a.cue or not (a.end <= a.cue[0][0] < b.start):
                    a.cue, a.cue_lemma = list(cues[0].pieces), cues[0].lemma
                a.rule += "+interrupted"
                drop.add(id(b))
                direct[i + 1] = a
            i += 1
        if drop:
            quotes[:] = [q for q in quotes if id(q) not in drop]

    def _own_subject(self, doc: Doc, u: Unit, inside: list[int]) -> tuple[int, int] | None:
        """A Konjunktiv sentence whose main verb is indicative and has a subject of its own
        ("Die Mutter kann nicht glauben, was passiert sei"): that subject is the speaker."""
        roots = [
            t
            for t in doc[u.start : u.end]
            if inside[t.i] < 0
            and t.pos_ in ("VERB", "AUX")
            and not (u.start <= t.head.i < u.end and t.head.i != t.i)
        ]
        if len(roots) != 1:
            return None
        root = roots[0]
        chain = labels.verb_chain(root)
        if any(self.konj(v) or "Imp" in v.morph.get("Mood") for v in chain):
            return None
        subj = self._subject_of(root)
        if subj is None or subj.lower_ in EXPLETIVES or labels.has_role(subj, "passive_subject"):
            return None
        sp = self._parse_speaker(root)
        return sp if sp is not None and u.start <= sp[0] and sp[1] <= u.end else None

    def _continuations(self, doc, units, inside, quotes, unit_speaker, directs, direct_info):
        parsed = labels.is_parsed(doc)
        by_unit: dict[int, list[Quote]] = {}
        for q in quotes:
            by_unit.setdefault(q.unit, []).append(q)
        ent_start = {e.start: e.label_ for e in doc.ents} if doc.has_annotation("ENT_IOB") else {}
        prev_q: Quote | None = None
        prev_ui = -10
        recent: list[Quote] = []
        for ui, u in enumerate(units):
            recent.extend(
                q for q in by_unit.get(ui - 1, []) if q.confidence >= 0.5 and q not in recent
            )
            own = [
                q
                for q in by_unit.get(ui, [])
                if not q.nested
                and q.confidence >= 0.5
                and not (q.direct and (q.end - q.start) < 0.5 * (u.end - u.start))
            ]
            frag = [
                q
                for q in by_unit.get(ui, [])
                if q.direct and q.confidence >= 0.5 and q.speaker is not None and q not in own
            ]
            if own:
                best = max(own, key=lambda q: (q.speaker is not None, q.end - q.start))
                prev_q, prev_ui = best, ui
                continue
            moods = [self.konj(doc[k]) for k in range(u.start, u.end) if inside[k] < 0]
            mood = max(moods) if moods else 0
            chain = (
                mood > 0 and prev_q is not None and prev_ui == ui - 1 and prev_q.speaker is not None
            )
            if not chain and frag:
                prev_q, prev_ui = (
                    frag[0],
                    ui,
                )  # "bezeichnete … als „…“": the fragment's speaker goes on
                continue
            if not chain and ui in unit_speaker and unit_speaker[ui][0] is not None:
                sp = unit_speaker[ui][0]
                prev_q = Quote("speech-act", [(u.start, u.end)], 0.6, "speech_act", ui, sp)
                prev_ui = ui
                continue
            if (
                mood == 2
                and not chain
                and self.settings.get("orphans", True)
                and u.content_end(doc) < u.end
            ):
                # Konjunktiv I without a frame is reported speech even when the speaker was
                # named further back: take the last speaker of the paragraph, else none
                sp = self._person_subject(
                    doc, units, ui, bool(doc.has_annotation("POS")), any_subject=True
                )
                src = "none"
                conf = ORPHAN_CONFIDENCE
                if sp is not None and self._speakerish(doc, sp):
                    # the sentence before names a person or a speaking body: its subject
                    src, conf = "speaker", 0.6
                elif sp is not None:
                    src = "subject"
                if src != "speaker":
                    for q in reversed(recent):
                        if (
                            q.speaker is not None
                            and units[q.unit].paragraph == u.paragraph
                            and ui - q.unit <= 4
                        ):
                            sp = q.speaker
                            src = f"recent{ui - q.unit}"
                            break
                q = Quote(
                    "continuation",
                    [(u.start, u.end)],
                    conf,
                    "continuation:konjunktiv+orphan:" + src,
                    ui,
                    sp,
                )
                quotes.append(q)
                recent.append(q)
                prev_q, prev_ui = (q, ui) if sp is not None else (None, -10)
                continue
            if mood == 0 or prev_q is None or prev_ui != ui - 1 or prev_q.speaker is None:
                prev_q = None
                continue
            if units[prev_ui].paragraph != u.paragraph and any(
                ent_start.get(k) == "PER" for k in range(u.start, min(u.end, u.start + 3))
            ):
                prev_q = None  # a new paragraph that opens with a person: a new subject
                continue
            if u.content_end(doc) == u.end and doc[u.end - 1].text not in ("“", '"', "«", "»"):
                prev_q = None  # caption or heading without final punctuation
                continue
            conf = 0.75 if mood == 2 else 0.55
            if mood == 1 and not any(
                inside[k] < 0 and self.konj(doc[k]) == 1 and doc[k].lower_.endswith("n")
                for k in range(u.start, u.end)
            ):
                # Konjunktiv II stands in for reported speech where Konjunktiv I looks like
                # the indicative (plural: "hätten", "würden"); a singular "hätte", "könnte",
                # "möchte" is mostly a conditional or a wish of the narrator
                conf = ORPHAN_CONFIDENCE
            if prev_q.kind == "speech-act":
                conf -= 0.1
            if "orphan" in prev_q.rule:
                conf = ORPHAN_CONFIDENCE
            own_sp = self._own_subject(doc, u, inside) if parsed else None
            q = Quote(
                "continuation",
                [(u.start, u.end)],
                conf,
                "continuation:konjunktiv"
                + ("" if prev_q.kind != "speech-act" else "+after_speech_act")
                + ("+orphan" if "orphan" in prev_q.rule else "")
                + ("+own_subject" if own_sp else ""),
                ui,
                own_sp or prev_q.speaker,
            )
            q.speaker_chars = None if own_sp else prev_q.speaker_chars
            quotes.append(q)
            # direct quotes inside a continuation are nested fragments of it
            for dq in by_unit.get(ui, []):
                if (
                    dq.direct
                    and (dq.speaker is None or "+phrase" in dq.rule)
                    and "orphan" not in q.rule
                ):
                    # a phrase quoted inside reported speech is the reported speaker's
                    dq.speaker = prev_q.speaker
                    dq.nested = True
                    dq.confidence = max(dq.confidence, 0.6)
            prev_q, prev_ui = q, ui

    @staticmethod
    def _resolve(quotes: list[Quote]) -> list[Quote]:
        """Drop overlaps: keep the more confident quote; nested direct quotes may stay inside."""
        quotes = [
            q
            for q in quotes
            if q.kind in ("direct", "indirect", "mixed", "continuation", "reported")
        ]
        for q in quotes:
            # a speaker is never part of what is said (reported acts span their whole clause)
            if (
                q.speaker is not None
                and q.kind not in ("reported", "continuation")
                and any(a < q.speaker[1] and q.speaker[0] < b for a, b in q.parts)
            ):
                q.speaker = None
        quotes.sort(key=lambda q: (-q.confidence, q.start))
        kept: list[Quote] = []
        for q in quotes:
            ok = True
            for k in kept:
                if q.start < k.end and k.start < q.end:
                    inner, outer = (q, k) if (q.end - q.start) <= (k.end - k.start) else (k, q)
                    nested = (
                        inner.direct
                        and outer.start <= inner.start
                        and inner.end <= outer.end
                        and not outer.direct
                    )
                    if not nested:
                        ok = False
                        break
            if ok:
                kept.append(q)
        kept.sort(key=lambda q: (q.start, -q.end))
        return kept


def _passive(verb: Token) -> bool:
    """:func:`labels.is_passive`, also when the tagger reads a participle with a separable
    prefix as an infinitive ("Kony wird vorgeworfen, …")."""
    if labels.is_passive(verb):
        return True
    low = verb.lower_
    if not (low.endswith(("t", "en")) and "ge" in low[1:7] and not low.startswith("ge")):
        return False
    return any(t.lower_ in PASSIVE_AUX for t in labels.verb_chain(verb)[1:])


def _depth(t: Token) -> int:
    """Steps from ``t`` up to the root of its sentence."""
    n = 0
    while t.head.i != t.i and n < 50:
        t = t.head
        n += 1
    return n


def _name_like(t: Token) -> bool:
    """A subject the tagger took for an adverb or adjective but written like a name
    ("Elshorst wies darauf hin"): capitalised letters only, no sentence adverb."""
    return (
        t.pos_ in ("ADV", "ADJ")
        and t.is_alpha
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.lower_ not in ADVERBIAL_STARTS
        and t.lower_ not in PREPOSITIONS
        and not t.lower_.endswith(ADVERB_ENDINGS)
    )


def rid_is_source(rec: dict[str, Any]) -> bool:
    """Patterns like ``nach Polizeiangaben`` whose last word names the source."""
    return rec["id"].startswith("nach_")


def doc_is_word(k: int, doc: Doc) -> bool:
    """Token ``k`` is a word (not punctuation or whitespace)."""
    t = doc[k]
    return not (t.is_punct or t.is_space)
