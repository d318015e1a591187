"""Speaker resolution: from a quote's speaker mention to the person or organisation it names.

One :class:`DocIndex` is built per Doc (a single pass over entities and tokens): the persons
the text names, each with the roles, country and gender the text gives them ("Präsident
Wladimir Putin", "Kasachstans Präsident Kassym-Schomart Tokajew", "Tokajew, der Präsident
Kasachstans"), and a timeline of person mentions for pronouns. :meth:`Resolver.resolve` then
decides, in this order (the first that applies wins; its id goes into the rule column):

==============================  ==========================================================
``speaker.name``                the mention contains a person name -> the longest name in
                                the Doc with that surname ("Putin" -> "Wladimir Putin")
``speaker.role:<id>``           a description with a role ("der russische Staatschef",
                                "versicherte der Präsident") -> the person the text
                                introduced with a compatible role and country
``speaker.description``         "der Technologieexperte" -> the person the text introduced
                                with that noun ("Der Technologieexperte Adrian Kingsley-Hughes")
``speaker.spokesperson:<id>``   an unnamed spokesperson of a named body ("ein Sprecher des
                                Ministeriums", "ein Polizeisprecher") -> that body; a bare
                                "ein Sprecher" -> the body whose statement came just before
``speaker.org``                 an ORG entity -> its canonical name (or text)
``speaker.place``               a LOC/GPE entity (a country speaking) -> its canonical name
``speaker.local_body``          a place's body noun and the place ("die Stadt Klagenfurt",
                                "das Land Niederösterreich") -> both words ("Stadt Klagenfurt")
``speaker.org_description``     a description of an organisation the text introduced
                                ("die Umweltschutzorganisation" after "Die
                                Umweltschutzorganisation WWF") -> that organisation
``speaker.quoted_name``         a name in quotation marks in the mention ("der „Chaos
                                Computer Club“") -> the quoted name
``speaker.possessive``           "Sein Argument: …", "lautet seine Botschaft" (a possessive
                                alone or before an utterance noun) -> whom "er"/"sie" would
                                name, not across a plural subject
``speaker.org_noun:<id>``       a speaking body from roles.jsonl ("das Staatsfernsehen",
                                "Behördenangaben") -> its name ("Staatsfernsehen", "Behörden")
``speaker.report_compound``     "nach US-Justizangaben", "laut Armeeangaben" (a compound
                                report noun) -> the body its first part names ("Justiz")
                                (:mod:`pipeline.speakers.report_nouns`)
``speaker.report_attribute``    a bare report noun as the mention ("laut Angaben ihrer
                                Witwen": "Angaben") -> what its attribute names
``speaker.pronoun``             "er"/"sie" -> the most recent gender-compatible person or
                                speaking body before it
``speaker.body_pronoun``        "er"/"sie"/"es" after a body subject just before ("Der Konzern
                                rechnet mit …, wie er mitteilte") -> what that subject names
                                (:mod:`pipeline.speakers.body_pronouns`)
``speaker.plural_group``        a plural "sie" or "Ihnen" -> the one group named as a
                                subject in the nearest sentence naming one ("Botaniker der
                                Uni Wien … Sie fanden heraus"; "Einige der Spieler": the
                                genitive's group): what its phrase resolves to, else the
                                phrase (:mod:`pipeline.speakers.plural_groups`)
``speaker.relative``            a relative pronoun after a comma ("Andreas Schleicher, der …
                                meint") -> what the phrase before the comma resolves to
``speaker.source_adverb``       "Demnach" -> the speaker of the statement that ends in the
                                sentence before, else the person or body the subject of the
                                clause before names ("Ein Bericht des Magazins Nikkei sorgt
                                für Aufsehen. Demnach …"), else a statement two sentences back
``speaker.earlier_report``      "den Angaben zufolge", "nach diesen Angaben" (an article
                                and a report noun) -> the body the same noun had before
                                ("nach Angaben der Justiz", "nach Polizeiangaben")
``speaker.definite_source``     "Den Angaben zufolge", "Dem Bericht zufolge" (a definite
                                source noun, no owner named) -> as ``source_adverb``
``speaker.document``            "heißt es in dem Schreiben", "laut Erlass" (a definite or bare
                                document noun) -> who issued the same text named before; "…
                                veröffentlichte ein Kampflied. …, heißt es darin" (an
                                indefinite text object before the quote) -> who issued it
``speaker.release``             "hieß es in einer Aussendung" (an indefinite text a body issues,
                                no owner named) -> the subject of the clause before
``speaker.owner``               "nach seinen Worten" -> whom "er" would name; "nach eigenen
                                Angaben" -> what the subject of its clause names (else the one
                                argument of the clause that names a body or person)
``speaker.relative_source``     "sprach von Beweisen, wonach …" -> the subject of the noun's
                                clause (or whom a possessive before the noun points to)
``speaker.first_person``        "ich"/"wir" of speech without quotation marks -> the speaker
                                of the statement it stands in or that ends shortly before
``speaker.demonym``             "der Franzose", "die Österreicherin" -> the person of that
                                country named before, else the one person of unknown country
                                (:mod:`pipeline.speakers.demonym`)
``speaker.origin_noun``         "so der gebürtige St. Pöltner" (a noun after an origin
                                adjective) -> the person named before, as "der Forscher"
                                would be; never the place in the noun
``speaker.age``                 "der 50-Jährige", "die 43-Jährige" -> the most recent person
                                of that gender before it, as for a pronoun
``speaker.person_noun``         "so der Forscher" (no introduction with that noun) -> the
                                person named last before it, as for a pronoun
``speaker.back_reference``      "meint der Apple-Chef", "sagt der Professor" (a title or
                                person noun no introduction matched, also one ``person_noun``
                                leaves) -> the one person named last before it, of its
                                gender, with no other fitting person in its sentence
``speaker.web``                 a web address as source ("schreibt golem.de", "das
                                Branchenmedium atmedia.at") -> itself
``speaker.acronym``             an abbreviation in capitals no entity covers ("der VCÖ")
``speaker.name_heuristic``      no entity: capitalised words that look like a name
``speaker.headline``            an unresolved singular description or "er"/"sie" in the
                                title or teaser ("„…“, sagt der Regisseur. Hollywood – …")
                                with no one named before -> the first person named after it
                                (:mod:`pipeline.speakers.headline_referents`)
``speaker.unresolved``          a mention we could not resolve (speaker_name stays None)
==============================  ==========================================================
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, count

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from pipeline.labels import (
    DASHES,
    FINITE_FEATURE,
    GENITIVE,
    PERSON_ENTITY_LABELS,
    children_with,
    clause_subject,
    coordination_head,
    has_quote_role,
    has_role,
    is_relative_pronoun,
    morph_has,
    morph_values,
    opens_relative_clause,
    verb_chain,
)

from .body_pronouns import body_gender, body_subject, subject_phrase
from .described_bodies import MEDIA_TYPES, compound_body_subject, last_body_of, typed_body_before
from .demonym import BLOCKED, demonym_head, demonym_referent
from .full_name import lengthen
from .headline_referents import head_end
from .lexicon import RoleLexicon, RoleMatch
from .noun_named_runs import noun_named_runs
from .plural_groups import group_before, group_phrase
from .quoted_titles import quoted_title
from .repeated_names import repeated_names
from .report_nouns import (
    REPORT_SENTENCES,
    bare_report,
    compound_source,
    earlier_report,
    report_body,
)

#: a web address ("golem.de", "www.faz.net"): letters, digits, dots and hyphens, a TLD
_WEB = re.compile(r"^[A-Za-z][\w-]*(\.[\w-]+)*\.[a-z]{2,6}$")

#: an abbreviation in capitals ("VCÖ", "ÖAMTC", "WIFO"): two to seven letters
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,7}$")

PERSON_LABELS = PERSON_ENTITY_LABELS
ORG_LABELS = frozenset({"ORG", "NORP"})
PLACE_LABELS = frozenset({"LOC", "GPE"})
#: parts of speech of a short attribute after a noun ("im Senat", "der Partei")
_ATTRIBUTE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN"})
#: the words of a person noun's phrase before an apposition ("Einer der Putschisten,")
_APPOSITION_OWNER_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PRON", "NUM"})
#: what the subject of the sentence before a "Demnach" must resolve by to be its source
_SOURCE_RULES = (
    "speaker.name",
    "speaker.role",
    "speaker.description",
    "speaker.spokesperson",
    "speaker.org",
    "speaker.local_body",
    "speaker.quoted_name",
    "speaker.pronoun",
    "speaker.web",
    "speaker.acronym",
)
#: what the subject of a verb that wrote a document must resolve by to be its writer
_WRITER_RULES = ("speaker.name", "speaker.role", "speaker.pronoun", "speaker.description")
#: what a clause argument must resolve by to be the source of "nach eigenen Angaben"
_OWN_SOURCE_RULES = (
    "speaker.name",
    "speaker.role",
    "speaker.org",
    "speaker.acronym",
    "speaker.web",
)
#: what the body of a report named before must resolve by to name a later bare report
_REPORT_BODY_RULES = (*_SOURCE_RULES, "speaker.org_noun", "speaker.place", "speaker.report")
# offices one person holds per country: their country rules out a person of unknown country
_ONE_HOLDER_GROUPS = frozenset(("head_of_state", "head_of_government", "monarch"))
_PUNCT = frozenset(',.;:!?()[]"„“”«»‚‘’–—-')
_OPENING_MARKS = frozenset('"„“«»‚')
#: characters between the end of quoted words and the pronoun of their cue (", sagte er")
_COLON_QUOTE_GAP = 16
_CLOSING_MARKS = frozenset('"“”«»‘')
#: how many sentences back a definite document noun looks for the document named before
DOCUMENT_SENTENCES = 4
#: the shortest first part of a closed compound text noun ("Kampf" of "Kampflied")
MIN_DOCUMENT_PREFIX = 3
#: resolutions that name no one who issues a document ("aus dem Irak": a place)
#: resolutions of a body subject a pronoun may take its name from
_BODY_RULES = (
    "speaker.org",
    "speaker.local_body",
    "speaker.place_body",
    "speaker.org_description",
    "speaker.class_noun",
    "speaker.org_noun",
    "speaker.quoted_name",
    "speaker.acronym",
    "speaker.name_heuristic",
)
_NO_DOCUMENT_SOURCES = ("speaker.place", "speaker.several", "speaker.document")
#: the id prefix of a kinship noun's record ("family.ehefrau")
KIN_PREFIX = "family."


@dataclass
class Person:
    """A person named in the Doc; ``name`` is the longest form of the name."""

    name: str
    surname: str
    roles: dict[str, str] = field(default_factory=dict)  # stem -> group (or "")
    #: other nouns the text described the person with ("technologieexperte"), lower-cased
    descriptions: set[str] = field(default_factory=set)
    country: str | None = None
    gender: str | None = None
    first: int = 10**9  # char offset of the first mention
    mentions: list[int] = field(default_factory=list)  # char offsets, for recency
    #: char offset of the mention that told the country (-1: not known where)
    country_at: int = -1
    #: char offset of the mention that gave a description (absent: not known where)
    described_at: dict[str, int] = field(default_factory=dict)

    def last_before(self, pos: int) -> int | None:
        best = None
        for m in self.mentions:
            if m < pos and (best is None or m > best):
                best = m
        return best


@dataclass
class Body:
    """A speaking organisation met as a resolved speaker (for "sie" -> "die Polizei")."""

    name: str
    gender: str | None


def _several_speakers(span: Span) -> bool:
    """Does the mention coordinate two who speak at its top level ("Koch und Rauball", "Die
    syrische Opposition und der Westen", "Er sowie Giesel")? Their words have no one name.
    Not inside a name ("Zentrum für Luft- und Raumfahrt") or a truncated compound ("der
    Such- und Rettungsagentur"), a prepositional attribute
    ("Politiker von CSU und SPD") or brackets ("Carl Lewis (1983 und 1991)"), nor two
    descriptions of one person ("der Minister und frühere Gründer …")."""
    toks = list(span)
    depth = 0
    for k, t in enumerate(toks):
        depth += (t.text == "(") - (t.text == ")")
        if depth or t.pos_ != "CCONJ" or not 0 < k < len(toks) - 1 or t.ent_iob_ == "I":
            continue
        if toks[k - 1].text.endswith("-"):
            continue  # "der Such- und Rettungsagentur": one compound, not two who speak
        left, right = toks[:k], toks[k + 1 :]
        if any(u.pos_ == "ADP" for u in left):
            return False
        speaker_left = any(u.ent_type_ in ("PER", "ORG") or u.pos_ == "PRON" for u in left)
        speaker_right = right[0].pos_ in ("DET", "PRON") or any(
            u.ent_type_ in ("PER", "ORG") for u in right
        )
        return (speaker_left and speaker_right) or right[0].pos_ == "DET"
    return False


def _negated(noun: Token) -> bool:
    """Does a negative determiner open the noun's phrase ("keine Wunder", "Kein Politiker")?
    It introduces no one a pronoun could refer to."""
    return any(c.i < noun.i and "Neg" in morph_values(c, "PronType") for c in noun.children)


def _surname_key(word: str) -> str:
    """Normalise a surname for lookup: strip a genitive s/apostrophe ("Putins" -> "Putin")."""
    if word.endswith("'"):
        return word[:-1]
    return word


#: a cue's char offsets ``(start, end)``, a function returning them, or None
Cue = tuple[int | None, int | None] | Callable[[], tuple[int | None, int | None]] | None


def span_value(span: Span, name: str):
    """``span._.<name>`` of a plain extension (default None, no getter): read straight
    from ``doc.user_data`` under spaCy's key, without building an Underscore object."""
    if Span.get_extension(name) != (None, None, None, None):
        return getattr(span._, name)
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


def _at(entry: tuple[int, object, bool]) -> int:
    """Char offset of a timeline entry (its sort key)."""
    return entry[0]


#: apostrophes of the genitive of names ending in a hissing sound ("Kurz' Sprecher")
_GENITIVE_APOSTROPHES = frozenset({"'", "\u2019"})


def _possessed_at(name: Token) -> int | None:
    """The index of the word a name in the genitive owns: after "Merkels", or after the
    apostrophe of "Kurz' Sprecher", "Strauss' Witwe", "Alexis' Anwalt"; None when the name
    is no genitive."""
    doc, k = name.doc, name.i + 1
    if k + 1 < len(doc) and doc[k].text in _GENITIVE_APOSTROPHES and not name.whitespace_:
        return k + 1 if name.text.endswith(("s", "z", "x", "ß")) else None
    return k if name.text.endswith("s") else None


def _kin(m: RoleMatch) -> bool:
    """Is the lexicon entry a kinship noun ("Mutter", "Witwe")?"""
    return m.record.get("id", "").startswith(KIN_PREFIX)


def _cap(tok: Token) -> bool:
    """Capitalised word (German nouns are too, so callers add more evidence)."""
    t = tok.text
    return len(t) > 1 and t[0].isupper()


class DocIndex:
    """Persons, roles, countries and mention timeline of one Doc."""

    def __init__(self, doc: Doc, lexicon: RoleLexicon, quote_parts: list[tuple[int, int]]):
        self.doc = doc
        self.lex = lexicon
        #: the entities and token texts, read once (``doc.ents`` builds new Spans per call)
        self.ents = doc.ents
        self._words: list[str] | None = None
        #: word hashes of the tokens, and the lexicon's word classes among them
        self.orths: list[int] = doc.to_array(ORTH).tolist() if len(doc) else []
        self.word_classes = lexicon.hash_classes(set(self.orths), doc.vocab.strings)
        self.has_ents = len(self.ents) > 0
        #: entity token bounds and labels (sorted, non-overlapping: ends sorted too)
        self.ent_starts = [e.start for e in self.ents]
        self.ent_ends = [e.end for e in self.ents]
        self.ent_labels = [e.label_ for e in self.ents]
        self.has_pos = doc.has_annotation("POS")
        self.countries: dict[int, str] = {}  # token index -> ISO country
        self._counts: dict[str, int] | None = None
        self._index_countries()
        self.persons: dict[str, Person] = {}
        self.by_surname: dict[str, list[Person]] = {}
        # (char pos, Person | Body, prominent: subject of its clause or a quote's speaker)
        self.timeline: list[tuple[int, object, bool]] = []
        self._quote_parts = sorted(quote_parts)
        self._index_persons()

    def text_between(self, first: Token, last: Token) -> str:
        """The text from token ``first`` to token ``last`` as ``doc.text`` holds it (a Span's
        text: ``Doc.text`` joins every token of the Doc)."""
        return self.doc[first.i : last.i + 1].text

    @property
    def words(self) -> list[str]:
        """The token texts, read from the Doc's arrays on first use."""
        if self._words is None:
            strings = self.doc.vocab.strings
            self._words = [strings[h] for h in self.orths]
        return self._words

    # -- countries -------------------------------------------------------------------
    def _index_countries(self) -> None:
        doc = self.doc
        if "demonyms" in doc.spans:
            for sp in doc.spans["demonyms"]:
                cc = span_value(sp, "country_code")
                if cc:
                    for i in range(sp.start, sp.end):
                        self.countries[i] = cc
        for ent in self.ents:
            cc = span_value(ent, "country_code") if ent.label_ in PLACE_LABELS else None
            if cc:
                for i in range(ent.start, ent.end):
                    self.countries.setdefault(i, cc)

    def country_in(self, start: int, end: int) -> str | None:
        for i in range(max(start, 0), min(end, len(self.doc))):
            if i in self.countries:
                return self.countries[i]
        return None

    # -- persons ---------------------------------------------------------------------
    def quote_part(self, pos: int) -> tuple[int, int] | None:
        """The quote part char ``pos`` lies in, or None."""
        return next((q for q in self._quote_parts if q[0] <= pos < q[1]), None)

    def _in_quote(self, pos: int) -> bool:
        for s, e in self._quote_parts:
            if s <= pos < e:
                return True
            if s > pos:
                break
        return False

    def _name_tokens(self, span: Span) -> list[Token]:
        """The name part of a PER span (leading roles/honorifics/determiners removed).

        Leading roles also tell gender: handled by :meth:`_introduce` on the token before."""
        toks = list(span)
        while toks and (
            toks[0].lower_ in self.lex.function_words
            or (self.lex.lookup(toks[0].text) or None) is not None
            and self.lex.lookup(toks[0].text).kind in ("role", "honorific")
            # a tagged descriptor NER swallowed: "Feministin Alice Schwarzer"
            or len(toks) > 2
            and self.has_pos
            and toks[0].pos_ == "NOUN"
            and self.lex.given_name_gender(toks[0].text) is None
        ):
            toks = toks[1:]
        while toks and toks[-1].text in _PUNCT:
            toks = toks[:-1]
        if len(toks) > 1 and self._plural_noun(toks[-1]):
            toks = toks[:-1]  # "empfiehlt Sasaki Reisenden, …": the object NER took in
        return toks

    def _plural_noun(self, tok: Token) -> bool:
        """A plural person noun a tagger calls a common noun ("Reisenden", "Studierenden")."""
        return (not self.has_pos or tok.pos_ == "NOUN") and self.lex.plural_person(tok.text)

    def _person_spans(self) -> list[tuple[Span, str | None]]:
        """PER entities, plus capitalised runs right after a role word not covered by any
        entity (catches names NER missed; the only names without NER)."""
        doc = self.doc
        out: list[tuple[Span, str | None]] = []
        covered = set()
        ent_tokens = {i for ent in self.ents for i in range(ent.start, ent.end)}
        for ent in self.ents:
            covered.update(range(ent.start, ent.end))
            if ent.label_ in PERSON_LABELS:
                longer = self._name_run_on(ent, ent_tokens)
                canonical = span_value(ent, "canonical_name") if longer is ent else None
                out.append((longer, canonical))
                covered.update(range(ent.start, longer.end))
        for i in self.indices_of("intro"):  # "Präsident …", "Frau …"
            tok = doc[i]
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 4 and j not in covered and self._namelike(doc[j]):
                j += 1
            if j == tok.i + 2 and not self.has_pos and not self._recurs(doc[j - 1]):
                continue  # untagged: "der Präsident Stellung nahm" -- a one-off noun
            if j > tok.i + 1:
                out.append((doc[tok.i + 1 : j], None))
                covered.update(range(tok.i + 1, j))
        if self.has_pos:
            taken = {i for span, _ in out for i in range(span.start, span.end)}
            out.extend((run, None) for run in noun_named_runs(self, taken))
            out.extend((run, None) for run in self._apposition_runs(taken))
        out.sort(key=lambda x: x[0].start)
        return out

    def _apposition_runs(self, taken: set[int]) -> list[Span]:
        """ "Der Ministerpräsident Thailands, Abhisit Vejjajiva, kündigte an", "der Chef der
        Bundesagentur für Arbeit, Frank-Jürgen Weise, sagte": two or three capitalised words
        set off by commas after the phrase of a person noun name that person, also where NER
        missed them or took them for a place or a body."""
        doc, out = self.doc, []
        for c in (i for i, w in enumerate(self.words) if w == ","):
            j = c + 1
            while j < len(doc) and j - c <= 3 and j not in taken and self._apposition_word(doc[j]):
                j += 1
            if j - c - 1 < 2 or j >= len(doc) or not self._ends_apposition(doc[j]):
                continue
            run = doc[c + 1 : j]
            if self._owner_noun_before(c) and self._name_shaped(run):
                out.append(run)
        return out

    def _apposition_word(self, tok: Token) -> bool:
        if not _cap(tok) or tok.text in _PUNCT or tok.lower_ in self.lex.function_words:
            return False
        m = self.lex.lookup(tok.text)
        if (m is not None and m.kind != "given_name") or tok.i in self.countries:
            return False
        return tok.pos_ in ("PROPN", "NOUN", "X") and tok.ent_type_ not in PERSON_LABELS

    @staticmethod
    def _ends_apposition(tok: Token) -> bool:
        return tok.text in (",", ".", ";", "(") or (
            tok.pos_ in ("VERB", "AUX") and tok.ent_iob_ != "I"
        )

    def _name_shaped(self, run: Span) -> bool:
        """A name rather than a body or common nouns: a given name the lexicon knows first,
        or a proper noun last ("Bambang Suryo Aji") and no body's name."""
        first = run[0].text.split("-")[0]
        if self.lex.given_name_gender(first) is not None:
            return True
        if run[-1].pos_ == "NOUN" or run[0].ent_iob_ == "I":
            return False
        return not any(t.ent_type_ == "ORG" for t in run)

    def _owner_noun_before(self, comma: int) -> bool:
        """A singular person noun (a role, or a noun with a person's ending) at most six words
        before the comma, with only the words of its phrase between ("Der stellvertretende
        Direktor der Such- und Rettungsagentur", "Einer der Putschisten")."""
        doc = self.doc
        for k in range(comma - 1, max(comma - 7, -1), -1):
            t = doc[k]
            if t.pos_ not in _APPOSITION_OWNER_POS or t.ent_type_ in PERSON_LABELS:
                return False
            m = self.lex.lookup(t.text)
            if m is not None:
                if m.kind in ("role", "honorific"):
                    return True
                continue
            if t.pos_ == "NOUN" and self.lex.noun_gender(t.text, trust_masculine=True):
                return not self._plural_noun(t) or (
                    k > 1 and doc[k - 2].lower_ in ("einer", "eine")
                )
        return False

    def _name_run_on(self, ent: Span, ent_tokens: set[int]) -> Span:
        """ "Iggy Pop", "Ibrahima Fall": a person entity the recogniser ended one word short,
        the proper noun right after it (in no entity of its own) added; else ``ent``."""
        j = ent.end
        if not self.has_pos or j >= len(self.doc) or j in ent_tokens or ent.end - ent.start > 2:
            return ent
        nxt, last = self.doc[j], ent[-1].text
        if nxt.pos_ != "PROPN" or not self._namelike(nxt):
            return ent
        if last.endswith("s") and last[:-1] in self.words:
            return ent  # "Days Familie": a genitive of a name the text uses
        return self.doc[ent.start : j + 1]

    def indices_of(self, word_class: str) -> list[int]:
        """Token indices whose word is of ``word_class`` (see ``RoleLexicon.hash_classes``)."""
        hits = self.word_classes[word_class]
        if not hits:
            return []
        return list(compress(count(), map(hits.__contains__, self.orths)))

    def _recurs(self, tok: Token) -> bool:
        """Does the word occur again in the Doc (names of speakers recur, most nouns not)?"""
        if self._counts is None:
            self._counts = {}
            for w in self.words:
                self._counts[w] = self._counts.get(w, 0) + 1
        w = tok.text
        return (
            self._counts.get(w, 0)
            + self._counts.get(w + "s", 0)
            + (self._counts.get(w[:-1], 0) if w.endswith("s") else 0)
            > 1
            or self.lex.given_name_gender(w) is not None
        )

    def _namelike(self, tok: Token) -> bool:
        if not _cap(tok) or tok.text in _PUNCT:
            return False
        if self.lex.lookup(tok.text) is not None and self.lex.lookup(tok.text).kind != "given_name":
            return False
        if tok.i in self.countries or tok.lower_ in self.lex.function_words:
            return False
        if not self.has_pos or tok.pos_ in ("PROPN", "X", ""):
            return True
        # taggers call unknown names NOUN; a name recurs, a common noun after a title rarely
        return tok.pos_ == "NOUN" and not self.has_ents and self._recurs(tok)

    def _index_persons(self) -> None:
        spans = self._person_spans()
        names: list[tuple[Span, list[Token], str]] = []
        for span, canonical in spans:
            toks = self._name_tokens(span)
            if not toks:
                continue
            if canonical and self._leading_particle(canonical):
                canonical = None  # "von Aljaksandr Milinkewitsch": the preposition NER took in
            if canonical and self._plural_noun(span[-1]) and toks[-1].i < span[-1].i:
                canonical = None  # "Sasaki Reisenden": the name is the words before the noun
            text = canonical or self.text_between(toks[0], toks[-1])
            names.append((span, toks, text))
        names = _text_over_gazetteer(names)
        # surnames seen as the last word of a multi-word name; "Putins" -> "Putin" if known
        known = {_surname_key(t[-1].text) for _, t, _ in names}
        # "Ban" alone after "Ban Ki-moon", "Thaksin" after "Thaksin Shinawatra": the first word
        # of exactly one longer name, never the last word of one
        lasts = {_surname_key(t[-1].text) for _, t, _ in names if len(t) > 1}
        firsts: dict[str, set[str]] = {}
        for _, toks, text in names:
            if len(toks) > 1 and toks[0].text not in lasts:
                firsts.setdefault(toks[0].text, set()).add(text)
        for span, toks, text in names:
            owners = firsts.get(toks[0].text) if len(toks) == 1 else None
            if owners and len(owners) == 1:
                text = next(iter(owners))
                sur = self._surname(text.split()[-1], known)
            else:
                sur = self._surname(toks[-1].text, known)
            cand = self._person_for(sur, text)
            start = toks[0].idx
            cand.first = min(cand.first, start)
            cand.mentions.append(start)
            # names inside quoted content count, but never as the clause's prominent subject
            # ("Putin sagte, Tokajew habe recht. Er betonte ..." -> Putin)
            prominent = self._is_subject(span) and not self._in_quote(start)
            self.timeline.append((start, cand, prominent))
            had, told = cand.country is not None, set(cand.descriptions)
            self._introduce(cand, span, toks, genitive=sur != _surname_key(toks[-1].text))
            if not had and cand.country is not None:
                cand.country_at = span.start_char
            for d in cand.descriptions - told:
                cand.described_at.setdefault(d, span.start_char)
        self.timeline.sort(key=lambda x: x[0])
        #: words of names other than the last ("Thaksin" of "Thaksin Shinawatra")
        self.given_words = frozenset(w for p in self.persons.values() for w in p.name.split()[:-1])

    def _leading_particle(self, name: str) -> bool:
        """Does ``name`` open with a lower-case function word before a capitalised given name
        ("von Aljaksandr Milinkewitsch"; not "von der Leyen", not "van Gaal")?"""
        words = name.split()
        return (
            len(words) >= 3
            and words[0].islower()
            and words[0] in self.lex.function_words
            and words[1][:1].isupper()
        )

    @staticmethod
    def _is_subject(span: Span) -> bool:
        # both label schemes (UD of models/de_newsx, TIGER of de_core_news_*): pipeline.labels;
        # not after a comparison particle the parser hung on the name ("ähnlich wie Strache")
        # "Der Tennisspieler Novak Djokovic verlor gegen Federer": the name set beside the
        # subject noun is the subject too (not Federer, whom a later "er" would then take)
        return any(
            (has_role(t, "subject") or _beside_subject(t))
            and not any(
                c.i < t.i and c.is_alpha and c.pos_ in ("ADP", "CCONJ", "SCONJ") for c in t.children
            )
            for t in span
        )

    def sent_start_char(self, pos: int) -> int | None:
        """Start of the sentence containing char ``pos`` (None without sentence boundaries)."""
        if not self.doc.has_annotation("SENT_START"):
            return None
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0].sent.start_char if span is not None and len(span) else None

    @staticmethod
    def _surname(word: str, known: set[str]) -> str:
        w = _surname_key(word)
        if w.endswith("s") and w[:-1] in known:
            return w[:-1]
        return w

    def _person_for(self, surname: str, text: str) -> Person:
        """The Person with this surname whose name contains ``text`` (created if new)."""
        text_words = text.split()
        if (
            text_words
            and text_words[-1] != surname
            and _surname_key(text_words[-1])[:-1] == surname
        ):
            text_words[-1] = surname  # genitive "Wladimir Putins"
        text = " ".join(text_words)
        people = self.by_surname.setdefault(surname, [])
        # several people share the surname: a short mention is the one met last
        for p in sorted(people, key=lambda p: max(p.mentions, default=-1), reverse=True):
            pw = p.name.split()
            if text_words == pw[-len(text_words) :] or pw == text_words[-len(pw) :]:
                if len(text_words) > len(pw):
                    self._rename(p, text)
                return p
        p = Person(name=text, surname=surname)
        people.append(p)
        self.persons[text] = p
        return p

    def _rename(self, p: Person, text: str) -> None:
        self.persons.pop(p.name, None)
        p.name = text
        self.persons[text] = p

    def _introduce(self, p: Person, span: Span, toks: list[Token], genitive: bool = False) -> None:
        """Record roles/country/gender the text gives next to a name mention."""
        doc = self.doc
        first = toks[0]
        g = self.lex.given_name_gender(first.text)
        if g and p.gender is None:
            p.gender = g
        if p.country is None and span.label_ in PERSON_LABELS:
            p.country = span_value(span, "country_code") or None
        # left: [country] [adj]* ROLE NAME  /  Frau NAME
        i = first.i - 1
        last = toks[-1]
        genitive = genitive or (last.text.endswith("s") and "Gen" in morph_values(last, "Case"))
        left = self._role_left(i) if i >= 1 and not genitive else None
        if left is not None:  # "le président russe Vladimir Poutine", "Der Sprecher des Kremls,"
            self._add_role(p, left[1], self.country_in(left[0], first.i))
        elif i >= 1 and doc[i].text == "," and (m := self._kin_set_off(i, last.i)) is not None:
            self._add_role(p, m, None)  # "Die Mutter des Opfers, Anna Huber, sagte"
        elif i >= 0 and not genitive:  # "der Sprecher Putins" is not Putin
            m = self.lex.lookup(doc[i].text)
            if m is not None and m.kind in ("role", "honorific"):
                self._add_role(p, m, self.country_before(i))
            else:
                # "der Technologieexperte Adrian Kingsley-Hughes", "sagt Kriminalsoziologe
                # Reinhard Kreissl" (a tagger may call the bare title a proper noun)
                if self._descriptor(doc[i], before_name=True):
                    p.descriptions.add(doc[i].text.lower())
                    # "der deutsche Politiker Markus Weber": his country
                    p.country = p.country or self.country_before(i)
                if p.gender is None:  # "Politikerin Petra Hinz", "der Ökonom Edmund Phelps"
                    p.gender = self._noun_gender(doc[i])
        # right: NAME, der [adj]* ROLE [des Landes]
        j = toks[-1].i + 1
        if j + 1 < len(doc) and doc[j].text == "," and self._role_or_article(doc[j + 1]):
            k = j + 1 if doc[j + 1].lower_ not in self.lex.determiners else j + 2
            while k < len(doc) and k <= j + 5 and doc[k].text not in _PUNCT:
                m = self.lex.lookup(doc[k].text)
                if m is not None and (m.kind == "role" or _kin(m)):  # "…, die Mutter des Opfers"
                    self._add_role(p, m, self.country_in(j + 1, min(k + 4, len(doc))))
                    break
                if doc[k].text[:1].isupper():  # "…, ein Anwalt des NRDC" / "…, die Ärztin"
                    if self._descriptor(doc[k]):
                        p.descriptions.add(doc[k].text.lower())
                    if p.gender is None:
                        p.gender = self._noun_gender(doc[k])
                    break
                k += 1

    def _kin_set_off(self, comma: int, last: int) -> RoleMatch | None:
        """A kinship noun with its definite article opening the sentence, a genitive phrase
        after it, set off by commas before and after the name ("Die Mutter des Opfers, Anna
        Huber, …"): the noun describes the name, and "Die Mutter" later refers to her."""
        doc = self.doc
        if last + 1 >= len(doc) or doc[last + 1].text != ",":
            return None
        for k in range(comma - 1, max(0, comma - 6), -1):
            t = doc[k]
            if t.text in _PUNCT or (self.has_pos and t.pos_ in ("VERB", "AUX")):
                return None
            m = self.lex.lookup(t.text)
            art = doc[k - 1]
            if m is None or not _kin(m) or art.lower_ not in self.lex.determiners:
                continue
            opens = art.is_sent_start or doc[art.i - 1].text in _PUNCT
            definite = art.lower_ not in self.lex.indefinites
            return m if opens and definite else None
        return None

    def _role_or_article(self, tok: Token) -> bool:
        """After "NAME,": an article ("…, der Sprecher") or the role itself ("…, porte-parole")."""
        m = self.lex.lookup(tok.text)
        return tok.lower_ in self.lex.determiners or (m is not None and m.kind == "role")

    def _role_left(self, i: int) -> tuple[int, RoleMatch] | None:
        """A role a few words before the name after token ``i`` that the words between only
        describe: an adjective ("le président russe Vladimir Poutine") or an attribute and a
        comma ("Der Sprecher des Kremls, Dmitri Peskow"; no verb, no other person between)."""
        doc = self.doc
        if doc[i].text == ",":
            stop = max(i - 5, -1)
        elif doc[i].pos_ == "ADJ" or i in self.countries:
            stop = i - 2
        else:
            return None
        for k in range(i - 1, stop, -1):
            t = doc[k]
            if t.text in _PUNCT or t.pos_ in ("VERB", "AUX") or t.ent_type_ in PERSON_LABELS:
                return None
            m = self.lex.lookup(t.text)
            if m is not None and m.kind == "role":
                return k, m
        return None

    def _descriptor(self, tok: Token, before_name: bool = False) -> bool:
        """A common noun that describes the person next to it (not a name, place, article);
        ``before_name``: the word stands right before the name, where a tagger may call a
        bare title a proper noun."""
        if not tok.text[:1].isupper() or tok.text in _PUNCT or tok.ent_type_:
            return False
        if tok.lower_ in self.lex.function_words or tok.i in self.countries:
            return False
        if self.lex.lookup(tok.text) is not None:  # roles are handled as roles, bodies never
            return False
        # a person noun by its ending ("-experte", "-politiker", "-istin"), not "Staatsanwaltschaft"
        person = self.lex.noun_gender(tok.text, trust_masculine=True) is not None
        nouns = ("NOUN", "PROPN") if before_name else ("NOUN",)
        return person and (tok.pos_ in nouns if self.has_pos else False)

    def _noun_gender(self, tok: Token) -> str | None:
        if self.has_pos and tok.pos_ != "NOUN":
            return None
        return self.lex.noun_gender(tok.text, trust_masculine=self.has_pos)

    def country_before(self, i: int) -> str | None:
        """Country right before the role word at ``i``: "Kasachstans Präsident", "der
        kasachische Präsident", "Kasachstans neuer Präsident" (one adjective between)."""
        doc = self.doc
        if i - 1 >= 0 and i - 1 in self.countries:
            return self.countries[i - 1]
        if i - 2 >= 0 and i - 2 in self.countries:
            mid = doc[i - 1]
            adj = mid.pos_ == "ADJ" if self.has_pos else mid.text[:1].islower() and mid.is_alpha
            if adj:
                return self.countries[i - 2]
        return None

    @staticmethod
    def _add_role(p: Person, m: RoleMatch, country: str | None) -> None:
        if m.kind == "role":
            p.roles[m.stem] = m.record.get("group") or ""
        elif m.record.get("id", "").startswith(KIN_PREFIX):  # "Ehefrau Ensaf Haidar"
            p.descriptions.add(m.record["forms"][0].lower())
        if m.record.get("gender") and p.gender is None:
            p.gender = m.record["gender"]
        cc = country or m.record.get("country")
        if cc and p.country is None:
            p.country = cc

    # -- lookups ---------------------------------------------------------------------
    def person_by_name(self, words: list[str], pos: int) -> Person | None:
        """The person a name mention refers to: same surname, most recent before ``pos``."""
        if not words:
            return None
        sur = self._surname(words[-1], self.by_surname)  # dict: membership as its key set
        people = self.by_surname.get(sur)
        if not people:
            # a name used alone that is not the last word: "Thaksin" for "Thaksin Shinawatra"
            if len(words) == 1:
                owners = [p for p in self.persons.values() if sur in p.name.split()[:-1]]
                if len(owners) == 1:
                    return owners[0]
            return None
        fitting = [p for p in people if all(w in p.name.split() for w in words[:-1])] or people
        if len(fitting) == 1:
            return fitting[0]
        return max(fitting, key=lambda p: (p.last_before(pos) or -1, len(p.name)))


@dataclass
class Resolution:
    name: str | None
    rule: str
    ref: object = None  # the Person or Body, for the pronoun timeline


def _without_marks(res: Resolution, titles: dict[str, str]) -> Resolution:
    """The resolution with a medium's title for a name carrying a stray quotation mark
    ("Bild“-Zeitung" -> "Bild", "Krone“" -> "Kronen Zeitung": ``titles``); its Body
    renamed alike."""
    title = quoted_title(res.name)
    if title is None:
        return res
    title = titles.get(title, title)
    ref = Body(title, res.ref.gender) if isinstance(res.ref, Body) else res.ref
    return Resolution(title, res.rule, ref)


def _text_over_gazetteer(
    names: list[tuple[Span, list[Token], str]],
) -> list[tuple[Span, list[Token], str]]:
    """ "Die Bürgermeisterin Eva Lindner … Lindner: …": a surname alone whose canonical name
    (the persons gazetteer: "Christian Lindner") differs from every full name the text gives
    with that surname is the text's person, not the gazetteer's: its own word is kept."""
    full: dict[str, set[str]] = {}
    for _, toks, text in names:
        if len(toks) > 1:
            full.setdefault(_surname_key(toks[-1].text), set()).add(text)
    out = []
    for span, toks, text in names:
        given = full.get(_surname_key(toks[-1].text)) if len(toks) == 1 else None
        if given and text != toks[0].text and text not in given:
            text = toks[0].text
        out.append((span, toks, text))
    return out


def _pronoun_plural(tok: Token, cue: Token | None) -> bool:
    """Is "sie" plural: by its own morphology, else by the finite verb it agrees with -- the
    finite auxiliary of the cue when there is one ("hatte sie bestritten": the tagger may
    call the participle a plural finite verb), else the cue itself."""
    if "Plur" in morph_values(tok, "Number"):
        return True
    if cue is None:
        return False
    finite = [v for v in verb_chain(cue)[1:] if morph_has(v, FINITE_FEATURE)] or [cue]
    numbers = {n for v in finite for n in morph_values(v, "Number")}
    return "Plur" in numbers and "Sing" not in numbers


def _beside_subject(tok: Token) -> bool:
    """Is ``tok`` an apposition right after a subject noun ("Der Tennisspieler Novak
    Djokovic", "Die Ministerin Karin Kneissl")?"""
    head = tok.head
    return (
        has_role(tok, "apposition")
        and head.i < tok.i
        and head.pos_ == "NOUN"
        and has_role(head, "subject")
    )


def _clause_verb(tok: Token) -> int | None:
    """The index of the verb of the clause ``tok`` stands in: its nearest verbal ancestor,
    the main verb for an auxiliary, the predicate noun of a copula ("sie ist Sprecherin")."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc.head.i if has_role(anc, "auxiliary") else anc.i
        if any(has_role(c, "auxiliary") for c in anc.children):
            return anc.i
    return None


def _argument_of(name: Token, verb: int | None) -> bool:
    """Is the name an argument of the clause verb ``verb`` itself ("Wie Jesus hat er …",
    "traf er Müller"), not of a noun ("die Kritik von Piltz")?"""
    head = name.head
    while head.ent_type_ and head.ent_type_ == name.ent_type_ and head.head.i != head.i:
        head = head.head  # over the other words of the name
    if verb is None:
        return False
    return head.i == verb or (has_role(head, "auxiliary") and head.head.i == verb)


def _plural(det: Token, noun: Token) -> bool:
    """Does a noun after an article name several ("die 43-Jährigen", "die Forscher")? A
    singular article decides against the tagger, which calls "der 61-Jährige" and "so der
    Forscher" plural at times -- unless an adjective between has the ending "-en" of the
    plural and the oblique cases ("nach Angaben der beteiligten Wissenschafter")."""
    between = det.doc[det.i + 1 : noun.i]
    if any(t.pos_ == "ADJ" and t.lower_.endswith("en") for t in between):
        return True
    if any(_counts_several(t) for t in between):
        return True  # "nach Meinung der beiden Politiker", "die zwei Forscher"
    if "Sing" in morph_values(det, "Number"):
        return False
    return "Plur" in morph_values(noun, "Number")


def _party_prefix(stem: str) -> str:
    """The part before a title's hyphen ("spö" of "spö-chef"), "" without one."""
    return stem.split("-", 1)[0] if "-" in stem else ""


def _class_stem(word: str) -> str:
    """A class noun without its genitive ending ("konzerns" -> "konzern")."""
    return word[:-1] if word.endswith("s") and len(word) > 5 else word


def _singular_form(noun: Token, m: RoleMatch) -> bool:
    """Is ``noun`` a singular form its record lists that no plural shares ("der Konzern",
    which the tagger calls a genitive plural at times; "Konzerne" is the plural), unlike a
    masculine or neuter noun in "-er", "-el", "-en" ("die Sender" is plural too)?"""
    low = noun.text.lower()
    forms = {f.lower() for f in m.record["forms"]}
    return low in forms and not low.endswith(("er", "el", "en"))


def _fits_attribute(attr: Token, gender: list[str] | None) -> bool:
    """Does a relative pronoun of ``gender`` agree with the genitive ``attr`` and not with
    the noun it depends on (by the tagger's genders, where it tells both)?"""
    if not gender or not gender[0]:
        return False
    own, head = morph_values(attr, "Gender"), morph_values(attr.head, "Gender")
    return own == gender and bool(head) and head != gender


def _counts_several(tok: Token) -> bool:
    """A number word or a plural determiner before a noun ("beiden", "zwei", "drei"), not an
    age ("der 61-jährige Forscher") or an ordinal."""
    if tok.pos_ not in ("DET", "NUM") or tok.text[:1].isdigit() and "-" in tok.text:
        return False
    number = morph_values(tok, "Number")
    return "Card" in morph_values(tok, "NumType") or ("Plur" in number and "Sing" not in number)


#: words of a description between the comma and an apposition's name ("Odessas Gouverneur,
#: der georgische Expräsident Michail Saakaschwili")
_APPOSITION_REACH = 5
_DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN"})

#: the gender of an article as the tagger's feature value
_UD_GENDER = {"m": "Masc", "f": "Fem", "n": "Neut"}
#: the tagger's grammatical gender of a noun as the gender of the person it names
_MORPH_GENDER = {("Masc",): "m", ("Fem",): "f"}


def _document_stem(word: str) -> str:
    """A document noun without its compound's first part and case ending ("bwb-berichts" ->
    "bericht"): "der Aussendung" refers to "einer Aussendung", not to "das Dokument"."""
    tail = word.rsplit("-", 1)[-1]
    for ending in ("es", "s", "en", "n"):
        if tail.endswith(ending) and len(tail) > len(ending) + 3:
            return tail[: -len(ending)]
    return tail


def _describes(description: str, word: str) -> bool:
    """Does the noun ``word`` (lower case) repeat a ``description`` of a person: the same
    noun ("Technologieexperten" for "technologieexperte") or the head of its compound
    ("der Forscher" for "der Klimaforscher", "die Ökonomin" for "die Agrarökonomin")?"""
    stem = word.rstrip("s")
    if description in (word, stem):
        return True
    return len(stem) >= 5 and description.endswith(stem)


def _det_gender(span: Span, lex: RoleLexicon) -> str | None:
    """Grammatical gender of a speaking body's mention: article or morphology, else None."""
    if not len(span):
        return None
    if span[0].lower_ in lex.article_gender:
        return lex.article_gender[span[0].lower_]
    g = morph_values(span.root, "Gender")
    if len(g) != 1:
        return None
    if g[0] in ("Masc", "Neut") and set(morph_values(span.root, "Case")) & {"Dat", "Gen"}:
        # "im Fachblatt", "des Konzerns": dative and genitive forms are alike for both
        # genders, the tagger's choice is a guess ("Er glaubt …" is not the "Fachblatt")
        return None
    return {"Masc": "m", "Fem": "f", "Neut": "n"}.get(g[0])


class Resolver:
    """Resolve every speaker mention of one Doc (see the module docstring for the rules)."""

    def __init__(self, doc: Doc, lexicon: RoleLexicon, quote_parts, max_distance: int = 2000):
        self.doc = doc
        self.lex = lexicon
        self.index = DocIndex(doc, lexicon, quote_parts)
        self.max_distance = max_distance
        self._cache: dict[tuple[int, int], Resolution] = {}
        #: (start, end char of the quote, its resolution) of every quote resolved to a name
        self._said: list[tuple[int, int, Resolution]] = []
        #: subject pronouns outside quotations, not yet put on the timeline (reading order)
        self._pending: list[Token] = []
        self._first_person = lexicon.first_person_singular | lexicon.first_person_plural
        self._head: int | None = None  # where the head of the text ends (on first use)
        #: start and end char of the quote whose mention is being resolved (or None)
        self._quote: tuple[int, int] | None = None
        if doc.has_annotation("DEP"):
            self._described_subjects()
            self._pending = self._subject_pronouns()

    def _described_subjects(self) -> None:
        """Put described subjects on the pronoun timeline: "Der iranische Vize-Außenminister
        betrachtet ... Er sagte" (a role) or "Der behandelnde Arzt Lahms hat sich geäußert ...
        Er sagte" (a person noun) must not reach back past them to a named person. A
        description that resolves ("Der Bundestagspräsident hat ...") stands for its person."""
        idx = self.index
        doc = self.doc
        for i in idx.indices_of("person_noun"):
            tok = doc[i]
            if not has_role(tok, "subject"):
                continue
            m = self.lex.lookup(tok.text)
            is_role = m is not None and m.kind == "role"
            # the cheap look-ups first, the predicative walk over the parse last
            if (not is_role and not idx._descriptor(tok)) or self._predicative(tok):
                continue
            if _negated(tok) and not idx._in_quote(tok.idx):
                continue  # "verspricht keine Wunder", "Kein Politiker": no one to refer to
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            named = nxt is not None and (
                nxt.ent_type_ in PERSON_LABELS or nxt.text in idx.by_surname
            )
            if named and not (nxt.text.endswith("s") and nxt.text[:-1] in idx.by_surname):
                continue  # "Präsident Putin": an introduction; "der Arzt Lahms" is not Lahm
            span = self.doc[tok.left_edge.i : tok.right_edge.i + 1]
            # "der Innenminister, Wolfgang Schäuble (CDU), ..." names the person itself
            res = self._by_name(span) or (
                self._by_role(span) if is_role else self._by_description(span)
            )
            if res is None and self._several(tok):
                continue  # "Die Täter", "Solche Winter": no antecedent of "er"/"sie" (singular)
            if res is None and not named:  # "Der Biologe" after "… Thomas Berger." is him;
                # not "Der behandelnde Arzt Lahms" (a name after it: someone of that person)
                res = self._by_person_noun(self.doc[tok.left_edge.i : tok.i + 1])
            ref = res.ref if res is not None else None
            if ref is None:  # anonymous: gender from the noun's morphology, else the lexicon
                g = morph_values(tok, "Gender")
                gender = {"Masc": "m", "Fem": "f"}.get(g[0]) if len(g) == 1 else None
                if gender is None:
                    gender = m.record.get("gender") if is_role else idx._noun_gender(tok)
                ref = Person(name="", surname="", gender=gender)
            # in order at once: the next description looks back over this one
            entry = (tok.idx, ref, not idx._in_quote(tok.idx))
            bisect.insort_right(idx.timeline, entry, key=_at)

    def _subject_pronouns(self) -> list[Token]:
        """The singular "er"/"sie" that are the subject of their clause outside quotations:
        they carry the person talked about on ("Gudenus … Er hatte ähnlich wie Strache …
        behauptete auch er" -> Gudenus, not Strache)."""
        out = []
        for tok in self.doc:
            if tok.lower_ not in self.lex.pronouns or tok.lower_ in self.lex.demonstratives:
                continue
            if not has_role(tok, "subject") or self.index._in_quote(tok.idx):
                continue
            if self.lex.pronouns[tok.lower_] == "f" and _pronoun_plural(tok, tok.head):
                continue
            out.append(tok)
        return out

    def _catch_up(self, pos: int) -> None:
        """Put the subject pronouns before char ``pos`` on the timeline, each as the person it
        refers to then, in reading order (mentions are resolved in reading order too)."""
        while self._pending and self._pending[0].idx < pos:
            tok = self._pending.pop(0)
            key = (tok.idx, tok.idx + len(tok))
            if key in self._cache:
                continue  # a speaker mention: on the timeline already
            ref = self._antecedent(tok)
            if ref is not None and ref.name:
                bisect.insort_right(self.index.timeline, (tok.idx, ref, True), key=_at)

    def _antecedent(self, tok: Token) -> object | None:
        """Whom the subject pronoun ``tok`` refers to: as for a speaker pronoun, but never a
        name of its own clause ("Wie Jesus hat er …", "wurde er nach dem Rücktritt von Tom
        Downs berufen": neither is meant)."""
        gender = self.lex.pronouns[tok.lower_]
        own = _clause_verb(tok)
        sent = tok.sent.start_char
        for at, ref, prominent in reversed(self.index.timeline):
            if at >= tok.idx or not self._compatible(ref, gender):
                continue
            if at < sent:
                break
            name = self.doc.char_span(at, at + 1, alignment_mode="expand")
            if name is not None and not _argument_of(name[0], own):
                return self._recent(tok.idx, gender)
        return self._recent(sent, gender)

    @staticmethod
    def _several(noun: Token) -> bool:
        """A plural noun: by its determiner when it tells ("Solche Winter", "die Täter"; "der
        kommunistischen Gewerkschafterin" is singular), else by the noun's own morphology."""
        det = next((c for c in noun.children if c.i < noun.i and c.pos_ == "DET"), None)
        for tok in (det, noun):
            number = morph_values(tok, "Number") if tok is not None else []
            if len(number) == 1:
                return number[0] == "Plur"
        return False

    def _predicative(self, tok: Token) -> bool:
        """A description that says what a person named beside it is, not someone new: after
        a predicative marker ("Peter Schaar, als Bundesbeauftragter …, übte Kritik") or in a
        relative clause ("von Christian Pfeiffer geleitet, der zuvor Justizminister war")."""
        # the marker before the noun phrase or as its first word ("als Abgeordneter")
        edge = self.doc[max(0, tok.left_edge.i - 1) : min(tok.left_edge.i + 1, tok.i)]
        if any(t.lower_ in self.lex.predicative_markers for t in edge):
            return True
        # a nominative relative pronoun is the subject already: the noun is what it is
        return any(
            is_relative_pronoun(t) and "Nom" in morph_values(t, "Case")
            for t in (*tok.head.children, *self.doc[tok.left_edge.i : tok.i])
            if t.i < tok.i and t.pos_ in ("PRON", "DET")
        )

    def resolve(
        self,
        start: int | None,
        end: int | None,
        cue: Cue = None,
        quote: tuple[int, int] | None = None,
    ) -> Resolution | None:
        """Resolve the mention at char offsets ``[start, end)``; None when there is no mention.
        ``cue``: the cue's char offsets, or a function returning them (read only for a
        pronoun, whose number the cue verb may tell); ``quote``: the quote's start and end
        chars (what a "Demnach" or "ich" after it refers to)."""
        self._quote = quote
        res = self._resolve_mention(start, end, cue)
        if res is not None and quote is not None and self._only_in_quote(res, start, quote):
            res = Resolution(None, "speaker.unresolved")
        if res is not None and res.name is not None and quote is not None:
            self._said.append((quote[0], quote[1], res))
        return res

    def _only_in_quote(self, res: Resolution, start: int | None, quote: tuple[int, int]) -> bool:
        """Is the person a mention outside the quote resolved to named only inside the
        quote's own words, set in quotation marks ("„This is a great day“, sagte der
        Bürgermeister" is not "This"; a detected quote without marks may have taken in the
        narration that names its speaker: "Vorstandschef X will …, wie er sagte")?"""
        ref = res.ref
        if not isinstance(ref, Person) or start is None or quote[0] <= start < quote[1]:
            return False
        if self.doc.text[quote[0] : quote[0] + 1] not in _OPENING_MARKS:
            return False
        before = [m for m in ref.mentions if m < start]
        return bool(before) and all(quote[0] <= m < quote[1] for m in before)

    def refers_back(self, start: int | None, end: int | None) -> bool:
        """Is the mention "ich"/"wir" or "Demnach", which take the name of a statement around
        or before them (resolve those after all others)?"""
        if start is None or end is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")  # not Doc.text: O(n)
        if span is None or not len(span):
            return False
        return (
            span[0].lower_ in self.lex.back_pointers
            if len(span) == 1
            else self._definite_source(span)
        )

    def _resolve_mention(self, start: int | None, end: int | None, cue: Cue) -> Resolution | None:
        if start is None or end is None or end <= start:
            return None
        key = (start, end)
        if key in self._cache:
            return self._cache[key]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        self._catch_up(span.start_char)
        res = self._resolve(span, cue)
        if res.rule == "speaker.unresolved":
            res = self._by_headline(span, cue) or res
        res = _without_marks(res, self.lex.quoted_titles)
        if self._unindexed_name(res, start, end):
            # a name the entity recogniser missed ("verweist Rabmer-Koller auf …") is a
            # mention too: what a later description refers back over starts there
            bisect.insort(res.ref.mentions, start)
        if isinstance(res.ref, Person) and res.ref.name:
            self._name_described(res.ref, start, end)
        if res.ref is not None:
            # after the entries at the same offset, as appending and a stable sort would
            bisect.insort_right(self.index.timeline, (start, res.ref, True), key=_at)
        self._cache[key] = res
        return res

    def _name_described(self, ref: Person, start: int, end: int) -> None:
        """A described subject put on the timeline as no one ("betonte die
        Sozialversicherungs-Chefin") stands for the person its mention resolved to: a later
        "sie" must not stop at an anonymous person."""
        timeline = self.index.timeline
        for k, (at, other, prominent) in enumerate(timeline):
            if start <= at < end and isinstance(other, Person) and not other.name:
                timeline[k] = (at, ref, prominent)

    @staticmethod
    def _unindexed_name(res: Resolution, start: int, end: int) -> bool:
        """Did the mention ``[start, end)`` name a person by a name no mention of the
        index covers?"""
        if not isinstance(res.ref, Person) or res.rule != "speaker.name":
            return False
        return not any(start <= m < end for m in res.ref.mentions)

    # the order here is the order documented in the module docstring
    def _cue_token(self, cue: Cue) -> Token | None:
        """The head word of the cue at char offsets ``cue`` (or what ``cue()`` returns)."""
        if callable(cue):
            cue = cue()
        if not cue or cue[0] is None or cue[1] is None:
            return None
        cs = self.doc.char_span(cue[0], cue[1], alignment_mode="expand")
        return cs.root if cs is not None and len(cs) else None

    def _resolve(self, span: Span, cue: Cue) -> Resolution:
        if _several_speakers(span):
            return Resolution(None, "speaker.several")  # "Koch und Rauball": no one name
        return (
            self._by_name(span)
            or self._by_adjective_person(span)
            or self._by_team(span)
            or self._by_role(span)
            or self._by_apposition(span)
            or self._by_name_before(span)
            or self._by_description(span)
            or self._by_origin_noun(span)
            or self._by_place_body(span)
            or self._by_place_noun(span)
            or self._by_named_in_org(span)
            or self._by_epithet(span)
            or self._by_entity(span)
            or self._by_org_description(span)
            or self._by_quoted_name(span)
            or self._by_possessive_utterance(span)
            or self._by_org_noun(span)
            or self._by_report_compound(span)
            or self._by_report_attribute(span)
            or self._by_pronoun(span, cue)
            or self._by_relative(span)
            or self._by_source_adverb(span)
            or self._by_earlier_report(span)
            or self._by_definite_source(span)
            or self._by_document(span)
            or self._by_issued_text(span)
            or self._by_release(span)
            or self._by_owner(span)
            or self._by_relative_source(span)
            or self._by_first_person(span)
            or self._by_demonym(span)
            or self._by_age(span)
            or self._by_person_noun(span)
            or self._by_back_reference(span)
            or self._by_web(span)
            or self._by_acronym(span)
            or self._by_heuristic(span)
            or self._unknown_name(span)
        )

    def _by_headline(self, span: Span, cue: Cue) -> Resolution | None:
        """ "„…“, sagt der Regisseur. Hollywood – … Quentin Tarantino": a singular
        description or "er"/"sie" in the head of the text (:func:`.headline_referents.head_end`)
        with no one named before it refers forward to the first person the text names after
        it, of its gender and not introduced with another role."""
        if span.end_char > self._head_end():
            return None
        described = self._forward_head(span, cue)
        if described is None:
            return None
        head, gender = described
        persons = [p for p in self.index.persons.values() if p.name]
        if any(p.first < span.end_char for p in persons):
            return None  # someone is named before: the rules that look back decide
        ref = min(persons, key=lambda p: p.first, default=None)
        if ref is None or ref.gender not in (None, gender):
            return None
        if head is not None and not self._role_fits(ref, head):
            return None
        if head is not None and not self._is_role(head) and self._titled_first(ref):
            return None  # "sagte der Kapitän. Trainer Karl Bauer …": a title tells him apart
        # the name as its first mention resolves ("Iggy Pop", not a canonical name)
        ent = next((e for e in self.index.ents if e.start_char == ref.first), None)
        named = self._by_name(ent) if ent is not None else None
        name = named.name if named is not None else None
        return Resolution(name or ref.name, "speaker.headline", ref)

    def _titled_first(self, ref: Person) -> bool:
        """Does a title stand right before the person's first mention ("Trainer Karl Bauer";
        not "Kristina Mena, Professorin für …")?"""
        first = self.doc.char_span(ref.first, ref.first + 1, alignment_mode="expand")
        return first is not None and first.start > 0 and self._is_role(self.doc[first.start - 1])

    def _head_end(self) -> int:
        if self._head is None:
            self._head = head_end(self.doc)
        return self._head

    def _forward_head(self, span: Span, cue: Cue) -> tuple[Token | None, str] | None:
        """The head noun and gender of a singular description ("der ehemalige
        Präsidentschaftskandidat", "Kärntens Landeshauptmann", "Expertin"), or None and the
        gender of a singular "er"/"sie"; None for anything else."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) == 1 and toks[0].lower_ in self.lex.pronouns:
            tok = toks[0]
            gender = self.lex.pronouns[tok.lower_]
            if tok.lower_ in self.lex.demonstratives:
                return None
            if gender == "f" and _pronoun_plural(tok, self._cue_token(cue)):
                return None
            return (None, gender) if gender in ("m", "f") else None
        described = self._described_head(span)
        if described is not None:
            return described
        return self._bare_head(toks)

    def _bare_head(self, toks: list[Token]) -> tuple[Token, str] | None:
        """A headline's description without an article ("Landeshauptmann", "Russischer
        Außenminister", "Kärntens Landeshauptmann"): its person noun and gender."""
        if not toks or any(
            t.pos_ != "ADJ" and t.i not in self.index.countries and not self._place_genitive(t)
            for t in toks[:-1]
        ):
            return None  # "Russischer Außenminister" (a tagger may call it a proper noun)
        head = toks[-1]
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ or self.index._plural_noun(head):
            return None  # a title's first word is often tagged a proper noun
        if "Plur" in morph_values(head, "Number"):
            return None
        m = self.lex.lookup(head.text)
        if m is not None and m.kind != "role":
            return None
        if m is None and head.text in self.index.by_surname:
            return None
        # a proper noun's "-er" may be a surname ("sagte Koller"): only a role or an ending
        # no name has ("Expertin") tells a person noun then
        trust = head.pos_ == "NOUN"
        gender = (m.record.get("gender") if m is not None else None) or self.lex.noun_gender(
            head.text, trust_masculine=trust
        )
        return (head, gender) if gender in ("m", "f") else None

    def _unknown_name(self, span: Span) -> Resolution:
        """No rule resolved the mention. When it reads like a name NER missed or took for a
        place, opening with a given name ("Karl-Theodor"), someone unknown spoke: a later
        "er"/"sie" refers to them, not to a person named before (no name rather than a
        wrong one)."""
        toks = [t for t in span if t.text not in _PUNCT]
        if (
            0 < len(toks) <= 3
            and all(self._unknown_name_word(t) for t in toks)
            and self.lex.given_name_gender(toks[0].text.split("-")[0]) is not None
        ):
            return Resolution(None, "speaker.unresolved", Person(name="", surname=""))
        return Resolution(None, "speaker.unresolved")

    def _unknown_name_word(self, tok: Token) -> bool:
        if not _cap(tok) or tok.lower_ in self.lex.function_words or tok.i in self.index.countries:
            return False
        if self.lex.lookup(tok.text) is not None or self.index._plural_noun(tok):
            return False
        return tok.pos_ in ("PROPN", "X") and tok.ent_type_ not in ORG_LABELS

    def _ents_in(self, span: Span, labels) -> list[Span]:
        idx = self.index
        lo = bisect.bisect_right(idx.ent_ends, span.start)
        hi = bisect.bisect_left(idx.ent_starts, span.end, lo)
        ents, kinds = idx.ents, idx.ent_labels
        return [ents[k] for k in range(lo, hi) if kinds[k] in labels]

    def _role_tokens(self, span: Span) -> list[tuple[Token, RoleMatch]]:
        out = []
        for t in span:
            m = self.lex.lookup(t.text)
            if m is not None and m.kind == "role":
                out.append((t, m))
        return out

    def _head_role(self, span: Span) -> tuple[Token, RoleMatch] | None:
        """The role word heading the mention: only articles, adjectives, numbers and
        country words before it ("der russische Staatschef", "Kasachstans Präsident"),
        not "die Anwendung der Richtlinienkompetenz des Bundeskanzlers"."""
        for t in span:
            m = self.lex.lookup(t.text)
            if m is not None and m.kind == "role":
                return t, m
            if (
                t.text in _PUNCT
                or t.lower_ in self.lex.function_words
                or t.i in self.index.countries
            ):
                continue
            if not t.text[:1].isupper() or t.like_num or (self.index.has_pos and t.pos_ == "ADJ"):
                continue
            return None
        return None

    def _by_name(self, span: Span) -> Resolution | None:
        idx = self.index
        pers = self._ents_in(span, PERSON_LABELS)
        if len(pers) > 1 and (
            self._genitive_before_noun(pers[0], span) or self._set_off(pers[1], span)
        ):
            # "Merkels Sprecher Steffen Seibert", "Der Doktorvater zu Guttenbergs, Peter
            # Häberle": the one the description is of is not the one named
            pers = pers[1:]
        if len(pers) > 1 and self._titled(pers[-1]):
            pers = pers[-1:]  # "Admira General Manager Alexander Friedl": the club before
        owner = self._relative_of(span) if len(pers) <= 1 else None
        if owner is not None:
            # "sagte Badawis Ehefrau": she speaks, not Badawi -- the person the text
            # introduced with that noun ("Ehefrau Ensaf Haidar"), else no name
            res = self._by_description(span) or self._by_kin(owner)
            ref = res.ref if res is not None else None
            if ref is not None and getattr(ref, "surname", "") not in owner.text:
                return res
            return Resolution(None, "speaker.unresolved")
        if self._owner_others(span, pers):
            return Resolution(None, "speaker.unresolved")
        if pers and self._noun_surname(pers[0], span):
            return None  # "Der Bauer sagte" with no Bauer named before: the noun
        if pers and self._place_adjective(pers[0], span) is not None:
            return None  # "Wiener Berufsrettung": a body of the place, no one named Wiener
        if pers:
            ent = pers[0]
            # "der Sprecher Putins", "der Arzt Lahms": the speaker is the one whose the name
            # is a genitive of, not the named person
            # (the cheap genitive test first; both are read-only)
            if self._genitive(ent, span) and self._noun_before(span, ent.start):
                return None
            if self._attribute_of(ent, span):
                return None  # "der Pressesprecher von Aljaksandr Milinkewitsch"
            if self._names_thing(ent, span):
                return Resolution(None, "speaker.unresolved")  # "John W. Kluge Preis"
            words = [t.text for t in idx._name_tokens(ent)]
        else:
            # a role-introduced name (no NER) inside the mention: "Präsident Putin"
            words = [
                t.text
                for t in span
                if t.text in idx.by_surname
                or _surname_key(t.text)[:-1] in idx.by_surname
                or (t.text[:1].isupper() and t.text in idx.given_words)
            ]
            words = words[-1:]
        if not words and not pers and self.index.has_pos:
            # NER missed a name the mention ends with: "Der Vorsitzende der Selbstverwaltung
            # Istvan Kovacs" -- two or more proper nouns after a role word
            run = self._final_propn_run(span)
            if run is not None:
                return Resolution(run, "speaker.name_heuristic")
        if not words:
            return None
        p = idx.person_by_name(words, span.start_char + 1)
        if p is None:
            if pers:
                return Resolution(pers[0]._.canonical_name or " ".join(words), "speaker.name")
            return None
        self._learn_from_mention(p, span)
        lengthen(self, p)  # "Kyritsis" -> "Giorgos Kyritsis" (a full name NER missed)
        return Resolution(p.name, "speaker.name", p)

    def _by_team(self, span: Span) -> Resolution | None:
        """A definite mention of a research team or its members ("so die Wissenschafter",
        "den Studienautoren zufolge") names the team the text introduced by its lead before
        it ("das Team um Daniel Takahashi") -> the lead; the latest such phrase. None when
        the text names no team by its lead ("Forscher glauben", "die Forscher" alone)."""
        lex, head, doc = self.lex, span[-1], self.doc
        if span.end < len(doc) and doc[span.end].lower_ in lex.team_leads and self._team_word(head):
            # a mention cut before its lead: "Wie Forscher um Maria Lang berichten"
            return self._lead_resolution(span.end + 1)
        first = span[0].lower_
        if len(span) < 2 or first not in lex.determiners or first in lex.indefinites:
            return None
        if not self._team_word(head) or any(t.pos_ != "ADJ" for t in span[1:-1]):
            return None
        for i in range(span.start - 1, -1, -1):
            if i and doc[i].lower_ in lex.team_leads and self._team_word(doc[i - 1]):
                name = self._lead_name(i + 1)
            elif self._team_word(doc[i]):
                name = self._team_body(i + 1)  # "Forscher des IST Austria"
                if name is None:
                    continue
            else:
                continue
            if name is None or self._other_person_after(name, i, span.start):
                return None
            return Resolution(name, "speaker.team")
        return None

    def _team_body(self, i: int) -> str | None:
        """The body a team noun ending before token ``i`` is of, when an ORG entity follows
        it past a genitive article or "von" ("Forscher des IST Austria", "Wissenschaftler von
        der Universität Wien"), else None."""
        doc = self.doc
        k = i
        while k < min(i + 2, len(doc)) and doc[k].lower_ in self.lex.team_links:
            k += 1
        if k == i or k >= len(doc):
            return None
        ents = [e for e in self._ents_in(doc[k : k + 1], ORG_LABELS) if e.start == k]
        return ents[0].text if ents else None

    def _other_person_after(self, name: str, i: int, end: int) -> bool:
        """Is someone else named in a sentence after the one of token ``i`` and before token
        ``end`` ("Scott Boback hat mit Kollegen …": the researchers may be his)?"""
        doc = self.doc
        after = doc[i].sent.end
        if after >= end:
            return False
        words = set(name.split())
        persons = self._ents_in(doc[after:end], PERSON_LABELS)
        return any(not words & {t.text for t in e} for e in persons)

    def _lead_resolution(self, i: int) -> Resolution | None:
        name = self._lead_name(i)
        return Resolution(name, "speaker.team") if name is not None else None

    def _team_word(self, tok: Token) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and tok.lower_.endswith(self.lex.team_nouns)

    def _lead_name(self, i: int) -> str | None:
        """The person named at token ``i`` (past whitespace), by the longest form of the name."""
        doc = self.doc
        while i < len(doc) and doc[i].is_space:
            i += 1
        ents = [e for e in self._ents_in(doc[i : i + 1], PERSON_LABELS) if e.start == i]
        if not ents:
            # a name the recogniser missed or took for a place: two or more proper nouns
            run = i
            while run < len(doc) and doc[run].pos_ == "PROPN" and _cap(doc[run]):
                run += 1
            return doc[i:run].text if run - i >= 2 else None
        words = [t.text for t in self.index._name_tokens(ents[0])]
        p = self.index.person_by_name(words, ents[0].start_char + 1)
        return p.name if p is not None else ents[0].text

    def _by_kin(self, owner: Token) -> Resolution | None:
        """ "Badawis Ehefrau" -> the person the text introduced with that kinship noun, or
        its synonym ("Ehefrau Ensaf Haidar", "Gattin …"), named last before; not the owner."""
        m = self.lex.lookup(self.doc[owner.i + 1].text)
        if m is None:
            return None
        word, pos = m.record["forms"][0].lower(), owner.idx
        fits = [
            p
            for p in self.index.persons.values()
            if word in p.descriptions and p.first < pos and p.surname not in owner.text
        ]
        if not fits:
            return None
        best = max(fits, key=lambda p: p.last_before(pos) or -1)
        return Resolution(best.name, "speaker.description", best)

    def _relative_of(self, span: Span) -> Token | None:
        """The person's name in the genitive before a kinship noun in the mention ("Badawis
        Ehefrau", "Hubers Sohn der Zeitung"), else None."""
        for name in span[:-1]:
            at = _possessed_at(name)
            if at is None or at >= span.end or not _cap(name):
                continue
            known = {name.text[:-1], name.text} & self.index.by_surname.keys()  # "Fuchs' Bruder"
            if name.ent_type_ not in PERSON_LABELS and not known:
                continue
            m = self.lex.lookup(self.doc[at].text)
            if m is not None and m.record.get("id", "").startswith(KIN_PREFIX):
                return name
        return None

    def _owner_others(self, span: Span, pers: list[Span]) -> bool:
        """ "Days Familie", "Arnautovićs Berater": a name in the genitive before a person or
        group noun that does not speak for the name's owner (not "Merkels Sprecher",
        "Weckers Management"), with no name of that person after it: someone else speaks."""
        if pers and not self._genitive_before_noun(pers[0], span):
            return False
        for name in span[:-1]:
            at = _possessed_at(name)
            if at is None or not _cap(name):
                continue
            known = _surname_key(name.text) in self.index.by_surname
            if name.ent_type_ not in PERSON_LABELS and not known:
                continue
            return at < span.end and self._other_of_owner(self.doc[at])
        return False

    def _noun_surname(self, ent: Span, span: Span) -> bool:
        """ "Der Bauer sagte": a one-word name right after an article, alone in the mention,
        that is a person noun, with no person of that surname named before the mention --
        the noun ("der Bauer", "die Richterin"), not a person called so."""
        if len(ent) != 1 or ent.start != span.start + 1 or ent.end != span.end:
            return False
        art, word = self.doc[span.start], ent[0]
        if art.lower_ not in self.lex.determiners or not self._person_word(word):
            return False
        known = self.index.by_surname.get(_surname_key(word.text), [])
        return not any(p.first < span.start_char for p in known)

    def _other_of_owner(self, noun: Token) -> bool:
        """A person noun other than a spokesperson's ("Berater", "Anwalt", "Sohn"), or a
        group noun of people around someone ("Familie", "Umfeld")."""
        if noun.lower_ in self.lex.owner_circles:
            return True
        m = self.lex.lookup(noun.text)
        if noun.lower_ in self.lex.owner_voices or (
            m is not None and m.record.get("group") == "spokesperson"
        ):
            return False
        return self._person_word(noun)

    def _titled(self, ent: Span) -> bool:
        """Does a title no entity covers stand right before the full name ``ent``
        ("General Manager Alexander Friedl")?"""
        if len(ent) < 2 or ent.start == 0:
            return False
        before = self.doc[ent.start - 1]
        return not before.ent_type_ and _cap(before) and before.pos_ in ("NOUN", "PROPN")

    def _set_off(self, ent: Span, span: Span) -> bool:
        """Is the name an apposition set off by a comma at the end of the mention ("Der
        Sprecher Putins, Dmitri Peskow")?"""
        return ent.start > span.start and ent.end == span.end and ent.doc[ent.start - 1].text == ","

    def _attribute_of(self, ent: Span, span: Span) -> bool:
        """Is the name (with its title) the object of an attribute preposition after a person
        noun of the mention ("der Sprecher von Bürgermeister Ludwig")? Then someone of that
        person speaks, not the person ("Das Fazit von Sandra Boser" is hers)."""
        k = ent.start - 1
        while k > span.start and self._person_word(self.doc[k]):
            k -= 1  # "von Bürgermeister Michael Ludwig": the title goes with the name
        if not (k > span.start and self.doc[k].lower_ in self.lex.attribute_prepositions):
            return False
        before = self.doc[span.start : k]
        # "der von Matthias Prückler verteidigte 31-Jährige", cut after the name: an article
        # alone before the preposition opens an attribute of someone unnamed
        only_article = all(t.lower_ in self.lex.determiners for t in before)
        return only_article or any(self._person_word(t) for t in before)

    def _names_thing(self, ent: Span, span: Span) -> bool:
        """Is the name part of a thing's name, a noun of a thing named after a person right
        after it closing the mention ("Der John W. Kluge Preis", "die Bill Gates Stiftung")?
        Then no person speaks. Not a noun the mention runs into ("Jungwirth Betroffenen",
        "Mitterlehner Montagmittag"), not a genitive."""
        doc = self.doc
        if ent.end >= span.end or ent[-1].text.endswith("s"):
            return False
        after = doc[ent.end]
        return (
            (after.pos_ == "NOUN" or after.tag_ == "NN")
            and _cap(after)
            and after.lower_.endswith(self.lex.named_things)
            and after.is_alpha
            and not after.ent_type_
            and not self._person_word(after)
            and all(t.text in _PUNCT for t in doc[ent.end + 1 : span.end])
        )

    def _genitive_before_noun(self, ent: Span, span: Span) -> bool:
        """ "Merkels Sprecher": a name with the genitive -s before a noun of the mention."""
        doc, at = self.doc, _possessed_at(ent[-1])
        return (
            at is not None
            and at < span.end
            and doc[at].pos_ in ("NOUN", "PROPN")
            and doc[at].is_alpha
            and doc[at].ent_type_ not in PERSON_LABELS
        )

    def _noun_before(self, span: Span, stop: int) -> bool:
        """A capitalised word other than a function word or country before token ``stop``."""
        idx = self.index
        return any(
            t.i < stop
            and t.text[:1].isupper()
            and t.lower_ not in self.lex.function_words
            and t.i not in idx.countries
            for t in span
        )

    def _final_propn_run(self, span: Span) -> str | None:
        toks = [t for t in span if t.text not in _PUNCT]
        n = 0
        while n < len(toks) and self._propn(toks[-1 - n]) and not toks[-1 - n].ent_type_:
            n += 1
        if n < 2 or n == len(toks):
            return None
        if self._head_role(span) is None:
            return None
        return self.doc[toks[-n].i : toks[-1].i + 1].text

    def _genitive(self, ent: Span, span: Span) -> bool:
        """Is the name a genitive attribute of a noun before it ("der Sprecher Putins")?

        Only after a determiner: a bare title before a name is an apposition
        ("UN-Generalsekretär António Guterres"), and a known name that ends in -s is not a
        genitive of anything.
        """
        last = ent[-1]
        if not last.text.endswith("s") or span[0].lower_ not in self.lex.determiners:
            return False
        if ent._.canonical_name and ent.text == ent._.canonical_name:
            return False
        return "Gen" in morph_values(last, "Case") or last.text[:-1] in self.index.by_surname

    def _learn_from_mention(self, p: Person, span: Span) -> None:
        had = p.country is not None
        for t, m in self._role_tokens(span):
            DocIndex._add_role(p, m, self.index.country_in(span.start, span.end))
        if not had and p.country is not None:
            p.country_at = span.start_char

    def _by_role(self, span: Span) -> Resolution | None:
        head = self._head_role(span)
        if head is None:
            return None
        named = self._apposition_after(span) or self._apposition_after(self._quoted_owner(span))
        if named is not None:  # "des Direktors der Fluggesellschaft, Jefferson Irwin Jauwena"
            return Resolution(named.name, f"speaker.role:{head[1].id}", named)
        tok, m = head
        if tok.i + 1 < span.end and self.index._namelike(self.doc[tok.i + 1]):
            return None  # "Präsident Tokajew" names someone: a name, not a description
        country = self.index.country_in(span.start, span.end) or m.record.get("country")
        group = m.record.get("group") or ""
        # "ein Sprecher" is someone new; "die Außenminister Frankreichs, Italiens …" are several
        new_or_many = span[0].lower_ in self.lex.indefinites or "Plur" in morph_values(
            tok, "Number"
        )
        gender = m.record.get("gender")
        plain = m.stem == m.base
        pos = span.start_char
        limit = self._sent_end(span)
        best, best_key = None, None
        for p in self.index.persons.values() if not new_or_many else ():
            if p.first >= limit:
                continue
            prefix_hit = self._prefix_hit(m, p, pos)
            if m.other_office:  # "der Vize-Außenminister": only who was introduced as such
                stem_hit, group_hit = m.stem in p.roles, False
            else:
                stem_hit = any(s.endswith(m.stem) or m.stem.endswith(s) for s in p.roles)
                # only the plain title stands for its whole group ("der Staatschef" may be the
                # "Präsident"; "der Schulleiter" is not the "Abteilungsleiter")
                group_hit = group and plain and group in p.roles.values()
            if not (stem_hit or group_hit or prefix_hit):
                continue
            if country and p.country and country != p.country:
                continue
            if gender and p.gender and gender != p.gender:
                continue
            last = p.last_before(pos)
            key = (
                bool(country and p.country == country),
                prefix_hit,
                stem_hit,
                last if last is not None else -1,
            )
            if best_key is None or key > best_key:
                best, best_key = p, key
        if best is not None:
            if self._several_numbered(tok, m, limit):
                return Resolution(None, "speaker.unresolved")  # whose is "der 96-Trainer"?
            if country and best.country is None:
                best.country, best.country_at = country, span.start_char
            best.roles.setdefault(m.stem, group)
            return Resolution(best.name, f"speaker.role:{m.id}", best)
        spoke = self._by_spokesperson(span, tok, m, plain) if group == "spokesperson" else None
        if spoke is not None:
            return spoke
        back = self._by_back_reference(span) or self._by_former(span, tok)
        back = back or self._former_named_last(span, tok)
        if back is not None:  # "meint der Apple-Chef" after "Apple-CEO Tim Cook"
            return back
        named = self._by_apposition(span)  # "der AU-Sondergesandte für Burundi, Ibrahima Fall"
        if named is not None:
            return named
        # a person spoke ("der Direktor der Zivilluftfahrtbehörde"), not the body named
        # after the role: leave it empty rather than name the body; "er" later means him
        anonymous = Person(name="", surname="", gender=gender)
        return Resolution(None, "speaker.unresolved", anonymous)

    def _several_numbered(self, tok: Token, m: RoleMatch, limit: int) -> bool:
        """A title opened by a club's number ("der 96-Trainer") tells not which club's: is
        more than one person named before with its plain title ("Kölns Trainer X")?"""
        if not tok.text[:1].isdigit():
            return False
        base = m.base
        persons = self.index.persons.values()
        return sum(p.first < limit and any(s.endswith(base) for s in p.roles) for p in persons) > 1

    def _prefix_hit(self, m: RoleMatch, p: Person, pos: int) -> int:
        """Does a leader's title with a body's prefix ("der UN-Chef", "die PiS-Vorsitzende")
        name the one the text introduced with a heading role of that very prefix
        ("UN-Generalsekretär Ban Ki-moon", "PiS-Chef Jarosław Kaczyński") or with a heading
        role next to the body's name ("Der Generalsekretär der Nato, Jens Stoltenberg")?
        Not one of a spokesperson's or an envoy's role ("UN-Sprecher"). 2 for a role of the
        prefix, 1 for the body's name beside the person, else 0."""
        if (m.record.get("group") or "") not in self.lex.leader_groups or "-" not in m.stem:
            return 0
        prefix = m.stem.split("-", 1)[0]
        heads = self.lex.head_groups
        if len(prefix) < 2 or not any(g in heads for g in p.roles.values()):
            return 0
        if any(s.startswith(prefix + "-") for s, g in p.roles.items() if g in heads):
            return 2
        if any(s.startswith(prefix + "-") for s in p.roles):
            return 0  # "UN-Sprecher": the body's someone else
        # the body's name as a word of its own ("der Nato"), not another's "UN-Generalsekretär"
        word = re.compile(rf"\b{re.escape(prefix)}\b(?!-)", re.IGNORECASE)
        text = self.doc.text
        near = any(
            word.search(text[max(0, at - 80) : min(at + len(p.name) + 80, pos)])
            for at in p.mentions
            if at < pos
        )
        return int(near)

    def _quoted_owner(self, span: Span) -> Span:
        """The mention run on over a name in quotation marks it was cut before ("Der
        Geschäftsführer von „Ener1“, Charles Gassenheimer"); else the mention itself."""
        doc, j = self.doc, span.end
        if j + 2 < len(doc) and doc[j].text in _OPENING_MARKS and doc[j - 1].pos_ == "ADP":
            k = j + 1
            while k < min(len(doc), j + 5) and doc[k].text not in _PUNCT:
                k += 1
            if k > j + 1 and k < len(doc) and doc[k].text in _CLOSING_MARKS:
                return doc[span.start : k + 1]
        return span

    def _by_apposition(self, span: Span) -> Resolution | None:
        """ "Der ältere Bruder des Papstes, Georg Ratzinger, sagte", "erklärte ein
        Talibanführer auf pakistanischer Seite, Baitullah Mehsud": a singular person noun
        (a kinship word too) with the name set off after it, when the mention ends before
        the name -- that person."""
        if self._ents_in(span, PERSON_LABELS):
            return None
        if not any(self._owner_word(t) for t in span):
            return None
        j = span.end
        while j < min(len(self.doc), span.end + 4) and self.doc[j].pos_ in _ATTRIBUTE_POS:
            j += 1
        named = self._apposition_after(self.doc[span.start : j])
        return Resolution(named.name, "speaker.apposition", named) if named is not None else None

    def _by_name_before(self, span: Span) -> Resolution | None:
        """ "Stephen Singer, ein Klimaexperte vom WWF, erklärte": an indefinite person noun
        set off after a name that opens the sentence describes that person."""
        doc, toks = self.doc, [t for t in span if t.text not in _PUNCT]
        if len(toks) < 2 or toks[0].lower_ not in self.lex.indefinites or span.start < 3:
            return None
        if doc[span.start - 1].text != "," or not self._person_word(toks[-1]):
            return None
        ent = next((e for e in doc.ents if e.end == span.start - 1), None)
        if ent is None or ent.label_ not in PERSON_LABELS or not doc[ent.start].is_sent_start:
            return None
        words = [t.text for t in self.index._name_tokens(ent)]
        named = self.index.person_by_name(words, ent.start_char)
        if named is None or not named.name or self._ents_in(span, PERSON_LABELS):
            return None
        return Resolution(named.name, "speaker.apposition", named)

    def _owner_word(self, tok: Token) -> bool:
        """A singular person noun: a role, a kinship word or a noun with a person's ending."""
        m = self.lex.lookup(tok.text)
        if m is not None:
            return m.kind in ("role", "honorific")
        return (
            tok.pos_ == "NOUN"
            and self.lex.noun_gender(tok.text, trust_masculine=True) is not None
            and not self.index._plural_noun(tok)
        )

    def _by_description(self, span: Span) -> Resolution | None:
        """ "der Technologieexperte" -> the person the text introduced with that very noun
        ("Der Technologieexperte Adrian Kingsley-Hughes"); definite and singular only."""
        if not len(span) or span[0].lower_ not in self.lex.determiners:
            return None
        if span[0].lower_ in self.lex.indefinites:
            return None
        head = self._head_noun(span) or self._introduced_compound(span)
        if head is None or _plural(span[0], head):
            return None
        word = head.text.lower()
        limit = self._sent_end(span)
        fits = [
            p
            for p in self.index.persons.values()
            if p.first < limit and any(_describes(d, word) for d in self._told_before(p, span))
        ]
        if not fits:
            return self._by_former(span, head)
        best = max(fits, key=lambda p: p.last_before(span.start_char) or -1)
        if word not in best.descriptions and (
            self._person_between(best, span) or self._of_another(head)
        ):
            # "ARD-Reporter Peter Mezger … sagte der Reporter des Fernsehsenders": the head of
            # a compound reaches neither past other persons nor to a person of another body
            return None
        if self._aged_topic_other(span, best):
            return None  # "ärgerte sich der 35-jährige Routinier": the one talked about now
        return Resolution(best.name, "speaker.description", best)

    @staticmethod
    def _told_before(p: Person, span: Span) -> list[str]:
        """The descriptions of ``p`` the text gave before the mention (or no one knows
        where): "der Spanier Pablo Lopez" after "…, wehrte sich der Spanier" does not tell
        the reader that Lopez is meant."""
        return [d for d in p.descriptions if p.described_at.get(d, -1) < span.start_char]

    def _introduced_compound(self, span: Span) -> Token | None:
        """ "der Bank-Austria-Ökonom" after "Bank-Austria-Ökonom Walter X": a hyphenated
        compound the tagger took for a name or entity is the head of a description when a
        person was introduced with that very word."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 2 or "-" not in toks[1].text or not toks[1].text[:1].isupper():
            return None
        word = toks[1].lower_
        if any(word in p.descriptions for p in self.index.persons.values()):
            return toks[1]
        return None

    def _former(self, tok: Token) -> bool:
        """ "früheren", "ehemalige", "Ex-Kicker": a word that says someone was something."""
        low = tok.lower_
        return low in self.lex.former_words or low.startswith(self.lex.former_prefixes)

    def _by_former(self, span: Span, head: Token) -> Resolution | None:
        """ "der frühere Höchstrichter" -> the one person the text introduced as former
        ("den ehemaligen Verfassungsgerichtspräsidenten Ludwig Adamovich"), of the mention's
        gender; none when the text introduced no one or several as former."""
        if not any(self._former(t) for t in span[1 : head.i - span.start + 1]):
            return None
        if not self.index._descriptor(head) and not self._person_word(head):
            return None
        found: dict[int, Person] = {}
        for tok in self.doc[: span.start]:
            if self._former(tok):
                p = self._named_after_former(tok)
                if p is not None:
                    found[id(p)] = p
        if len(found) != 1:
            return None
        (p,) = found.values()
        gender = _det_gender(span, self.lex)
        if gender not in ("m", "f") or p.gender not in (None, gender):
            return None
        return Resolution(p.name, "speaker.description", p)

    def _former_named_last(self, span: Span, head: Token) -> Resolution | None:
        """ "Der Vorstoß kam von Irmgard Griss. Die ehemalige Präsidentin des Obersten
        Gerichtshofs fordert …": a definite role with a former-word before it describes the
        person named last, as "die Forscherin" would, when no one was introduced with it."""
        toks = [t for t in span if t.text not in _PUNCT]
        if toks[0].lower_ not in self.lex.determiners or toks[0].lower_ in self.lex.indefinites:
            return None
        if not any(self._former(t) for t in toks[1:] if t.i < head.i):
            return None
        gender = _det_gender(span, self.lex)
        if gender not in ("m", "f") or _plural(toks[0], head):
            return None
        ref = self._noun_referent(span, head, gender)
        return Resolution(ref.name, "speaker.description", ref) if ref is not None else None

    def _named_after_former(self, tok: Token) -> Person | None:
        """The person named within three words after a former-word ("ehemaligen
        Verfassungsgerichtspräsidenten Ludwig Adamovich", "Ex-Kanzler Gerhard Schröder")."""
        doc = self.doc
        for k in range(tok.i + 1, min(tok.i + 4, len(doc))):
            t = doc[k]
            if t.ent_type_ in PERSON_LABELS and t.ent_iob_ == "B":
                ent = next((e for e in doc.ents if e.start == k), None)
                if ent is None:
                    return None
                words = [w.text for w in self.index._name_tokens(ent)]
                return self.index.person_by_name(words, ent.start_char + 1)
            if not _cap(t) or t.text in _PUNCT:
                return None
        return None

    def _aged_topic_other(self, span: Span, best: Person) -> bool:
        """Does a mention with an age ("der 35-jährige Routinier") stand where the text talks
        about another named person of the same gender than ``best`` (the pronouns since carry
        that one on)? The age describes the person talked about, not one introduced before."""
        lex = self.lex
        if not lex.age_suffixes or not any(
            t.text[:1].isdigit() and t.lower_.endswith(lex.age_suffixes) for t in span[1:3]
        ):
            return False
        ref = self._recent(span.start_char, best.gender) if best.gender in ("m", "f") else None
        return isinstance(ref, Person) and bool(ref.name) and ref is not best

    def _of_another(self, head: Token) -> bool:
        """Does a genitive attribute follow the noun ("der Reporter des Fernsehsenders")? Not
        a feminine "der", which is as often the addressee ("sagte der Manager der Zeitung")."""
        nxt = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        return (
            nxt is not None
            and nxt.lower_ in self.lex.determiners
            and GENITIVE in morph_values(nxt, "Case")
            and "Fem" not in morph_values(nxt, "Gender")
        )

    def _apposition_after(self, span: Span) -> Person | None:
        """The person named right after the mention, set off by a comma -- also after a
        description of their own that ends the sentence or is set off again ("Odessas
        Gouverneur, der georgische Expräsident Michail Saakaschwili.")."""
        doc = self.doc
        j = self._past_acronym(span.end)
        if j + 1 >= len(doc) or doc[j].text != ",":
            return None
        k, stop = j + 1, min(len(doc), j + 1 + _APPOSITION_REACH)
        run = self._run_named_at(doc[k])
        if run is not None:
            return run
        while k < stop and doc[k].ent_type_ not in PERSON_LABELS:
            if doc[k].pos_ not in _DESCRIPTION_POS:
                return None
            k += 1
        nxt = doc[k] if k < len(doc) else doc[j]
        if nxt.ent_type_ not in PERSON_LABELS or nxt.ent_iob_ != "B":
            return None
        ent = next((e for e in self.index.ents if e.start == nxt.i), None)
        if ent is None or (k > j + 1 and not self._set_off_end(ent)):
            return None
        words = [t.text for t in self.index._name_tokens(ent)]
        return self.index.person_by_name(words, ent.end_char)

    def _run_named_at(self, tok: Token) -> Person | None:
        """The person whose name the index found in a run of proper nouns set off after a
        person noun, where the recogniser missed it or took it for a place ("der
        AU-Sondergesandte für Burundi, Ibrahima Fall,"); None when no name starts at ``tok``."""
        if tok.pos_ != "PROPN" or tok.ent_type_ in ORG_LABELS or tok.ent_type_ in PERSON_LABELS:
            return None
        return next((p for p in self.index.persons.values() if tok.idx in p.mentions), None)

    def _past_acronym(self, j: int) -> int:
        """The token after a bracketed short name at token ``j`` ("der Leiter des Instituts
        (PIK), Hans Joachim Schellnhuber"), else ``j``."""
        doc = self.doc
        if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
            return j
        short = doc[j + 1]
        return j + 3 if short.text.isupper() or short.pos_ == "PROPN" else j

    def _set_off_end(self, ent: Span) -> bool:
        """Does a comma, a full stop or the text's end follow the name?"""
        return ent.end >= len(self.doc) or self.doc[ent.end].text in (",", ".", ";")

    def _spokesperson_body(self, span: Span, tok: Token, m: RoleMatch) -> str | None:
        orgs = [e for e in self._ents_in(span, ORG_LABELS) if e.start > tok.i]
        if orgs:
            return orgs[0]._.canonical_name or orgs[0].text
        for t in span:
            if t.i > tok.i:
                om = self.lex.lookup(t.text)
                if om is not None and om.kind == "org":
                    return self._body_of(span, t, om.name)
        # "Polizeisprecher" -> "Polizei", "Regierungssprecher" -> "Regierung"
        low = tok.text.lower()
        for form in self._spokesperson_forms():
            k = low.rfind(form)
            if k > 1 and k + len(form) == len(low):
                prefix = tok.text[:k].rstrip("-")
                for cand in (prefix, prefix[:-1] if prefix.endswith("s") else ""):
                    om = self.lex.lookup(cand) if cand else None
                    if om is not None and om.kind == "org":
                        return self._body_of(span, tok, om.name)
                if tok.text[k - 1] == "-" and prefix[:1].isupper():
                    return prefix  # "UNMIS-Sprecher", "Kreml-Sprecher": a named body
                break
        return None

    def _by_spokesperson(self, span: Span, tok: Token, m: RoleMatch, plain: bool):
        """The body a spokesperson noun ``tok`` no person was introduced with speaks for
        ("ein Sprecher der Armee", "ein Ministeriumssprecher"; a plain bare one: the body
        whose statement came just before), else None."""
        body = self._spokesperson_body(span, tok, m)
        body = body or (self._body_said_before(span, tok) if plain else None)
        org = self.lex.lookup(body) if body else None
        if org is not None and org.kind == "org" and body.lower() in self._bare_forms(org):
            body = self._compound_before(span, org) or body  # "Ein Ministeriumssprecher"
        if not body:
            return None
        # "er" after "ein Sprecher der Armee" is that spokesperson: the same body
        gender = m.record.get("gender")
        return Resolution(body, f"speaker.spokesperson:{m.id}", Body(body, gender))

    def _body_said_before(self, span: Span, tok: Token) -> str | None:
        """ "Die Wiener Linien waren um Beruhigung bemüht: …. Wir sind vorbereitet, sagte ein
        Sprecher.": a bare spokesperson noun with an article and nothing after it speaks for
        the body whose statement ends in its sentence or the one before -- never a person's."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 2 or toks[-1].i != tok.i or not _cap(tok) or "-" in tok.text:
            return None
        said = self._said_before(span, 1)
        if said is None or not isinstance(said.ref, Body) or not said.name:
            return self._own_class_subject(span)
        return said.name

    def _own_class_subject(self, span: Span) -> str | None:
        """ "Der Konzern Voestalpine … . Das Unternehmen rechnet mit …, sagte ein Sprecher":
        the firm a singular class noun subject of the row's own words stands for."""
        own = self._quote
        words = self.doc.char_span(*own, alignment_mode="expand") if own else None
        for t in words or ():
            m = self.lex.lookup(t.text) if _cap(t) and has_role(t, "subject") else None
            if m is None or m.kind != "org" or not self._class_noun(t.text):
                continue
            if "Plur" in morph_values(t, "Number") and not _singular_form(t, m):
                return None
            return self._named_body(span, t)
        return None

    def _body_of(self, span: Span, noun: Token, name: str) -> str | None:
        """``name`` of a body a spokesperson speaks for, or for a class noun ("eine Sprecherin
        der Organisation", "ein Unternehmenssprecher") the body of that class the text named."""
        return self._named_body(span, noun) if self._class_noun(name) else name

    def _spokesperson_forms(self) -> list[str]:
        forms = {
            f.lower()
            for r in self.lex.records
            if r.get("group") == "spokesperson" and r["compound"]
            for f in r["forms"]
        }
        return sorted(forms, key=len, reverse=True)

    def _sent_end(self, span: Span) -> int:
        if self.doc.has_annotation("SENT_START"):
            return span[0].sent.end_char
        return span.end_char

    def _place_adjective(self, ent: Span, span: Span) -> Token | None:
        """The noun after a one-word name ending in "-er" that the tagger calls an adjective
        ("Wiener Berufsrettung", "Grazer Polizei"): a body of the place, not a person; None
        when the noun is a person's ("Wiener Bürgermeister") or none follows."""
        if len(ent) != 1 or ent[0].pos_ != "ADJ" or not ent[0].lower_.endswith("er"):
            return None
        if ent.end >= span.end or ent.end != span.end - 1:
            return None
        noun = self.doc[ent.end]
        if noun.pos_ != "NOUN" or noun.ent_type_ or self.index._noun_gender(noun) is not None:
            return None
        m = self.lex.lookup(noun.text)
        return noun if m is None or m.kind == "org" else None

    def _by_place_body(self, span: Span) -> Resolution | None:
        """ "laut Wiener Berufsrettung": the place's adjective and the body's noun are the
        body's name."""
        pers = self._ents_in(span, PERSON_LABELS)
        noun = self._place_adjective(pers[0], span) if len(pers) == 1 else None
        if noun is None:
            return None
        name = self.doc[pers[0].start : noun.i + 1].text
        return Resolution(name, "speaker.place_body", Body(name, _det_gender(span, self.lex)))

    def _by_place_noun(self, span: Span) -> Resolution | None:
        """ "die Stadt Klagenfurt", "das Land Niederösterreich": a place's body noun (roles.jsonl
        ``place_body``) and the place after it, nothing else, are the body's name."""
        toks = [t for t in span if t.text not in _PUNCT]
        if toks and toks[0].lower_ in self.lex.determiners:
            toks = toks[1:]
        if len(toks) < 2 or toks[0].lower_ not in self.lex.place_bodies or not _cap(toks[0]):
            return None
        place = toks[1:]
        if len(place) > 3 or any(
            t.pos_ != "PROPN" and t.ent_type_ not in PLACE_LABELS for t in place
        ):
            return None
        if any(t.ent_type_ in PERSON_LABELS or t.ent_type_ in ORG_LABELS for t in place):
            return None
        name = self.doc[toks[0].i : place[-1].i + 1].text
        return Resolution(name, "speaker.local_body", Body(name, _det_gender(span, self.lex)))

    def _by_named_in_org(self, span: Span) -> Resolution | None:
        """ "Vorarlbergs Kinder- und Jugendanwalt Michael Rauch" taken whole as an
        organisation: the person named after the role word at its end."""
        orgs = self._ents_in(span, ORG_LABELS)
        if not orgs:
            return None
        ent, lex = orgs[-1], self.lex
        for k in range(ent.start + 1, ent.end - 1):
            role = lex.lookup(self.doc[k - 1].text)
            if role is None or role.kind != "role":
                continue
            if lex.given_name_gender(self.doc[k].text) is None:
                continue
            words = [t.text for t in self.doc[k : ent.end]]
            if not all(w[:1].isupper() for w in words):
                return None
            p = self.index.person_by_name(words, span.start_char + 1)
            return Resolution(p.name if p else " ".join(words), "speaker.name", p)
        return None

    def _by_epithet(self, span: Span) -> Resolution | None:
        """ "sagte der Wiener" (a man of the place, tagged as an organisation no list knows):
        the man named last before it, as "er" would name him."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 2 or toks[0].lower_ not in self.lex.determiners:
            return None
        if toks[0].lower_ in self.lex.article_gender or toks[0].lower_ in self.lex.indefinites:
            return None  # "die", "das", "ein": no man
        if morph_values(toks[1], "Number") != ["Sing"]:
            return None
        word = toks[1]
        if word.ent_type_ not in ORG_LABELS or not word.lower_.endswith("er"):
            return None
        ent = next((e for e in self.index.ents if e.start <= word.i < e.end), None)
        if ent is None or len(ent) != 1 or ent._.canonical_id or self.lex.lookup(word.text):
            return None  # "der Kurier": a newspaper the lists know
        ref = self._recent(span.start_char, "m")
        if not isinstance(ref, Person) or not ref.name:
            return None
        return Resolution(ref.name, "speaker.epithet", ref)

    def _by_entity(self, span: Span) -> Resolution | None:
        orgs = [e for e in self._ents_in(span, ORG_LABELS) if not self._modifies_noun(span, e)]
        if orgs and self._bare_demonym(span):
            return None  # "Der Bayer sagte": a man of Bavaria, not the firm Bayer
        if orgs:
            e = orgs[0]
            name = e._.canonical_name or e.text
            return Resolution(name, "speaker.org", Body(name, _det_gender(span, self.lex)))
        places = self._ents_in(span, PLACE_LABELS)
        if places and self._place_speaks(span, places[0]):
            e = places[0]
            return Resolution(e._.canonical_name or e.text, "speaker.place")
        return None

    def _modifies_noun(self, span: Span, ent: Span) -> bool:
        """Is the entity only a modifier of a later noun in the mention ("der in der IAEA
        zusammengeschlossenen Länder")? Then it is not the speaker."""
        for t in self.doc[ent.end : span.end]:
            if t.ent_type_ or t.text in _PUNCT or not t.text[:1].isupper():
                continue
            if self.index.has_pos and t.pos_ not in ("NOUN",):
                continue
            return True
        return False

    def _place_speaks(self, span: Span, place: Span) -> bool:
        """A country speaks ("Litauen", "die USA", "Meinung Russlands") -- not "Wikimedia
        Deutschland" or "des Instituts von Athen", where the place only modifies a name."""
        others = [t for t in span if not (place.start <= t.i < place.end)]
        if any(self._is_role(t) or self.index._descriptor(t) for t in others):
            # "Odessas Gouverneur", "Der Vertreter Libyens": the person speaks, not the place
            return False
        name = place._.canonical_name
        if name and place.text != name and place.text.rstrip("s") == name.rstrip("s"):
            return True  # genitive: "(nach) Auffassung Österreichs"
        return all(
            t.text in _PUNCT or t.lower_ in self.lex.determiners or not t.text[:1].isupper()
            for t in others
        ) and not any(t.lower_ in self.lex.function_words - self.lex.determiners for t in others)

    def _is_role(self, t: Token) -> bool:
        m = self.lex.lookup(t.text)
        return m is not None and m.kind == "role"

    def _by_org_description(self, span: Span) -> Resolution | None:
        """ "die Umweltschutzorganisation" -> the ORG the text introduced with that noun
        ("Die Umweltschutzorganisation WWF ..."): the most recent one before the mention."""
        head = self._head_noun(span)
        if head is None or "Plur" in morph_values(head, "Number"):
            return None  # "die Organisationen" are several
        best = None
        for ent in self.index.ents:
            if ent.start_char >= span.start_char:
                break
            if ent.label_ not in ORG_LABELS or ent.start == 0:
                continue
            before = self.doc[ent.start - 1]
            if before.text == head.text or before.text == head.text.rstrip("s"):
                best = ent
        if best is None:
            return None
        name = best._.canonical_name or best.text
        om = self.lex.lookup(head.text)
        if om is not None and om.kind == "org":  # "Staatsanwaltschaft Nürnberg-Fürth"
            name = f"{om.name} {best.text}"
        return Resolution(name, "speaker.org_description", Body(name, _det_gender(span, self.lex)))

    def _head_noun(self, span: Span) -> Token | None:
        """First capitalised content word of a mention that is not an entity or a name."""
        for t in span:
            if t.text in _PUNCT or t.lower_ in self.lex.function_words or not t.text[:1].isupper():
                continue
            if t.ent_type_ or (self.index.has_pos and t.pos_ != "NOUN"):
                return None
            return t
        return None

    def _by_quoted_name(self, span: Span) -> Resolution | None:
        """A name in quotation marks inside the mention ("der „Chaos Computer Club“", "die
        Zeitung „Yemen Observer“", "„heute.at“") -> the quoted name (one to four words,
        capitalised, with a digit or a web address)."""
        marks = [t.i for t in span if t.is_quote]
        if len(marks) == 1:
            return self._by_glued_title(span, marks[0])
        if len(marks) != 2 or marks[1] - marks[0] < 2:
            return None
        words = self.doc[marks[0] + 1 : marks[1]]
        first = words[0].text
        named = first[:1].isupper() or any(ch.isdigit() for ch in first) or _WEB.match(first)
        title = self.lex.quoted_titles.get(words.text)  # "die „Presse“" -> Die Presse
        if len(words) > 4 or not (named or title) or any(t.is_quote for t in words):
            return None
        body = Body(title or words.text, _det_gender(span, self.lex))
        return Resolution(title or words.text, "speaker.quoted_name", body)

    def _by_glued_title(self, span: Span, mark: int) -> Resolution | None:
        """ "einem „Spiegel“-Bericht", "dem „profil“-Interview": a title the tokenizer glued
        to a document noun after its closing mark -> the medium ("Der Spiegel", "profil")."""
        if mark + 1 >= span.end:
            return None
        word = self.doc[mark + 1].text
        title = quoted_title(word)
        tail = word.rpartition("-")[2].lower()
        if title is None or "-" not in word or not tail.endswith(self.lex.glued_title_nouns):
            return None
        if not (title[:1].isupper() or title in self.lex.quoted_titles):
            return None
        name = self.lex.quoted_titles.get(title, title)
        return Resolution(name, "speaker.quoted_name", Body(name, None))

    def _by_org_noun(self, span: Span) -> Resolution | None:
        hits = [(t, self.lex.lookup(t.text)) for t in span]
        hits = [(t, m) for t, m in hits if m is not None and m.kind == "org"]
        if not hits:
            return None
        t, m = hits[0]
        name = self._name_after(t, span)  # "die Presseagentur Novosti" -> Novosti
        if name is None and any(self._person_word(x) for x in span if x.i < t.i):
            # "die Moderatorin eines Lokalsenders": an unnamed person of a body, not the body
            return Resolution(None, f"speaker.person_of:{m.id}")
        gender = m.record.get("gender") or _det_gender(span, self.lex)
        if name is None and self._class_noun(t.text):
            # "die Organisation", "des Nachrichtenmagazins": the body of that class the text
            # named, or no name -- never the bare class noun
            plural = "Plur" in morph_values(t, "Number") and not _singular_form(t, m)
            name = "" if plural else self._named_body(span, t) or ""
            return Resolution(name or None, f"speaker.class_noun:{m.id}", Body(name, gender))
        bare = all(x.i == t.i or x.pos_ in ("DET", "PUNCT") for x in span)
        if name is None and bare and t.lower_ in self._bare_forms(m):
            name = self._compound_before(span, m)  # "das Ministerium" -> "Innenministerium"
        name = name or m.name
        return Resolution(name, f"speaker.org_noun:{m.id}", Body(name, gender))

    @staticmethod
    def _bare_forms(m: RoleMatch) -> frozenset[str]:
        """The record's own forms, lower-cased ("ministerium", "ministeriums")."""
        return frozenset(f.lower() for f in m.record.get("forms", ()))

    def _compound_before(self, span: Span, m: RoleMatch) -> str | None:
        """The one compound of the body noun the text named before the mention ("das
        Innenministerium … das Ministerium", "der Bundeswettbewerbsbehörde … die Behörde"),
        in its base form; None when it named none or several different ones."""
        base = (m.name or m.record["forms"][0]).lower()
        if base not in self.lex.compound_bodies:
            return None
        forms = self._bare_forms(m)
        found: dict[str, Token] = {}
        for tok in self.doc[: span.start]:
            low = tok.lower_
            if not tok.text[:1].isupper() or low in forms or "-" in low or not tok.is_alpha:
                continue
            cut = next(
                (low[: len(low) - len(f) + len(base)] for f in forms if low.endswith(f)), None
            )
            if cut is not None and cut.endswith(base) and tok.pos_ in ("NOUN", "PROPN"):
                found.setdefault(tok.text[: len(cut)], tok)
        if len(found) != 1:
            return None
        text, tok = found.popitem()
        return self._name_after_compound(tok) or text

    def _name_after_compound(self, tok: Token) -> str | None:
        """ "Das Wirtschaftsforschungsinstitut Wifo hat … erklärte das Institut": the
        organisation whose name follows the compound that introduced it (round 36)."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is None or nxt.ent_iob_ != "B" or nxt.ent_type_ not in ORG_LABELS:
            return None
        ent = next((e for e in self.index.ents if e.start == nxt.i), None)
        return (ent._.canonical_name or ent.text) if ent is not None else None

    def _class_noun(self, word: str) -> bool:
        """A noun naming a class of bodies, alone or as a compound's head ("Organisation",
        "Nachrichtenmagazin", "Umweltschutzorganisation"); not a hyphenated one whose first
        part names the body ("Siemens-Konzern"), nor a compound of a noun that is one only
        by itself ("Zentralbank")."""
        low = word.lower()
        if "-" in word and word.split("-")[0][:1].isupper() and len(word.split("-")[0]) > 3:
            return False
        # "die Bank" is one, "die Weltbank" a body's own name
        exact = self.lex.exact_class_nouns
        return any(low.endswith(n) and (low == n or n not in exact) for n in self.lex.class_nouns)

    def _named_body(self, span: Span, noun: Token) -> str | None:
        """The body a class noun stands for: its name around it ("Organisation für Migration
        (IOM)", "die Süddeutsche Zeitung"), else the organisation named or heard last in its
        sentence and the two before ("Das berichtet der Spiegel. Nach Informationen des
        Nachrichtenmagazins …") -- not one introduced with another class noun ("das Magazin
        Focus" is no "Konzern")."""
        own = self._own_name(span, noun)
        if own is not None or not self.doc.has_annotation("SENT_START"):
            return own
        lo, pos = self._sentence_back(span, 2).start_char, span.start_char
        found: list[tuple[int, str]] = []
        same: list[tuple[int, str]] = []
        for ent in self.index.ents:
            if ent.start_char >= pos:
                break
            if ent.start_char < lo or ent.label_ not in ORG_LABELS:
                continue
            if self._body_name(ent, span) and not self._of_other_class(ent, noun):
                found.append((ent.start_char, self._without_class_noun(ent)))
                if self._same_class(ent, noun):  # "Der Konzern Siemens" … "des Konzerns"
                    same.append((ent.start_char, self._without_class_noun(ent)))
        for at, ref, _ in self.index.timeline:
            if lo <= at < pos and isinstance(ref, Body) and ref.name and self._body_name(ref, span):
                found.append((at, ref.name))
        for at, ent in repeated_names(self.doc, self.index.ents, ORG_LABELS, lo, pos):
            if self._body_name(ent, span) and not self._of_other_class(ent, noun):
                found.append((at, ent._.canonical_name or ent.text))  # a repeat the NER missed
        if same:
            return max(same)[1]
        if found and self._introduced_unnamed(span, noun, max(found)[0]):
            return None  # "Siemens … Eine Gruppe von Aktionären … Die Gruppe": not Siemens
        return max(found)[1] if found else self._body_further_back(span, noun)

    def _introduced_unnamed(self, span: Span, noun: Token, after: int) -> bool:
        """Did the text introduce the class noun with an indefinite article ("Eine Gruppe
        von Aktionären") after the body named at char ``after`` and before the mention: the
        one introduced, which has no name (res36b)."""
        return any(
            t.idx > after
            and t.lower_ == noun.lower_
            and any(morph_has(c, "Definite=Ind") for c in t.children)
            for t in self.doc[: span.start]
        )

    def _body_further_back(self, span: Span, noun: Token) -> str | None:
        """No body near a class noun: the last organisation of its kind named earlier ("schrieb
        die Zeitung" five sentences after "nach Angaben des Tagesspiegels"), else the subject
        of the sentence before as a body compound ("Die Qassam-Brigaden wollen …")
        (:mod:`.described_bodies`)."""
        first = span[0]
        if not (morph_has(first, "Definite=Def") or morph_has(first, "PronType=Dem")):
            return None  # "Nach Informationen einer Lokalzeitung": another one, not named
        ent = typed_body_before(self.index.ents, span, noun, self.lex)
        if ent is not None and not self.index._in_quote(ent.start_char):
            # "der Süddeutschen Zeitung": a name of its own, though it ends in a class noun
            return ent._.canonical_name or (ent.text if self._body_name(ent, span) else None)
        if not self.doc.has_annotation("DEP"):
            return None
        verb = self._verb_before(span)
        subjects = [
            c
            for v in (verb_chain(verb) if verb is not None else ())
            for c in v.children
            if has_role(c, "subject") and not self.index._in_quote(c.idx)
        ]  # "Gaza/Jerusalem – Die Qassam-Brigaden wollen …": the dateline may be one
        names = {n for n in (compound_body_subject(c, self.lex) for c in subjects) if n}
        return names.pop() if len(names) == 1 else None

    def _without_class_noun(self, ent: Span) -> str:
        """An entity's name without the class noun that opens it ("Bank Raiffeisen" ->
        "Raiffeisen"); its canonical name when it has its own."""
        name = ent._.canonical_name or ent.text
        first = ent[0]
        # not "Bank of England": the rest must be a name of its own
        opens = len(ent) > 1 and _cap(first) and first.pos_ == "NOUN" and _cap(ent[1])
        if name == ent.text and opens and self._class_noun(first.text):
            return ent[1:].text if self.lex.lookup(first.text) is not None else name
        return name

    def _same_class(self, ent: Span, noun: Token) -> bool:
        """Was the entity introduced with the mention's own class noun ("Der Konzern
        Siemens" for "des Konzerns", "die Firma X" for "die Firma")?"""
        intro = self._intro_noun(ent)
        if intro is None or not self._class_noun(intro.text):
            return False
        a, b = _class_stem(intro.lower_), _class_stem(noun.lower_)
        return a.endswith(b) or b.endswith(a)

    def _intro_noun(self, ent: Span) -> Token | None:
        """The capitalised noun that introduces an entity, right before it or opening it
        ("Die Gewerkschaft IG Metall", "die Bank Raiffeisen"), else None."""
        if len(ent) > 1 and _cap(ent[0]) and ent[0].pos_ == "NOUN":
            return ent[0]
        before = self.doc[ent.start - 1] if ent.start else None
        if before is None or not _cap(before) or before.ent_type_:
            return None
        return before if before.pos_ in ("NOUN", "PROPN") else None

    def _own_name(self, span: Span, noun: Token) -> str | None:
        """An acronym in brackets after the class noun ("der Organisation für das Verbot von
        Chemiewaffen (OPCW)"), or a capitalised adjective before it that makes it a name ("die
        Süddeutsche Zeitung"; not a place's "die Berliner Tageszeitung")."""
        sent_end = noun.sent.end if self.doc.has_annotation("SENT_START") else len(self.doc)
        for t in self.doc[noun.i + 1 : min(sent_end, noun.i + 10)]:
            if t.is_punct and t.text not in ("(", ")"):
                break
            if _ACRONYM.match(t.text) and self.doc[t.i - 1].text == "(":
                return t.text
        before = self.doc[noun.i - 1] if noun.i > span.start else None
        if before is None or before.i == span.start or before.pos_ != "ADJ":
            return None
        if before.text[:1].isupper() and not before.text.endswith("er"):
            return f"{before.text} {noun.text}"
        return None

    def _of_other_class(self, ent: Span, noun: Token) -> bool:
        """Was the entity introduced with a class noun of another class, the press for a
        company or the other way round ("das Magazin Focus" for "der Konzern")?"""
        if ent.start == 0:
            return False
        before = self.doc[ent.start - 1].text
        if self._other_body_kind(ent, noun):
            return True  # "die Gewerkschaft IG Metall" is no "Konzern"
        if not before[:1].isupper() or not self._class_noun(before):
            return False
        press = self.lex.press_class_nouns
        return before.lower().endswith(press) != noun.lower_.endswith(press)

    def _other_body_kind(self, ent: Span, noun: Token) -> bool:
        """For a firm's class noun ("der Konzern", "das Unternehmen"): was the entity
        introduced with a body noun of the lexicon that no class noun is ("die Gewerkschaft
        IG Metall", "die Partei X", "das Ministerium")?"""
        if not noun.lower_.endswith(self.lex.company_class_nouns):
            return False
        intro = self._intro_noun(ent)
        if intro is None or self._class_noun(intro.text):
            return False
        m = self.lex.lookup(intro.text)
        return m is not None and m.kind == "org"

    def _body_name(self, body: Span | Body, span: Span) -> bool:
        """A body's own name, no class noun itself; inside a quote only as the subject of
        the mention's own sentence ("Der ORF will …, erklärt ein Unternehmenssprecher")."""
        if isinstance(body, Span) and self.index._in_quote(body.start_char):
            own = body.start_char >= span[0].sent.start_char or self._in_own_quote(body)
            if not own or not DocIndex._is_subject(body):
                return False
        words = body.name.split() if isinstance(body, Body) else [t.text for t in body]
        return not self._class_noun(words[-1])

    def _in_own_quote(self, body: Span) -> bool:
        """Is the body in the words of the row being resolved ("Die Airline AUA streicht 50
        Flüge. Das teilte das Unternehmen mit.": its statement's own subject)?"""
        own = self._quote
        return own is not None and own[0] <= body.start_char < own[1]

    def _person_word(self, tok: Token) -> bool:
        """A capitalised noun that names a person: a role ("Sprecherin") or a person noun's
        ending ("Moderatorin", "Augenzeuge")."""
        if not tok.text[:1].isupper() or not tok.is_alpha:
            return False
        m = self.lex.lookup(tok.text)
        return m.kind == "role" if m is not None else self.index._noun_gender(tok) is not None

    def _name_after(self, tok: Token, span: Span) -> str | None:
        """Proper-noun words right after ``tok`` inside the mention, as one name."""
        j = tok.i + 1
        while j < span.end and self._propn(self.doc[j]):
            j += 1
        if j == tok.i + 1:
            return None
        return self.doc[tok.i + 1 : j].text

    def _propn(self, t: Token) -> bool:
        if t.text in _PUNCT or not t.text[:1].isupper() or t.lower_ in self.lex.function_words:
            return False
        if self.index.has_pos:
            return t.pos_ == "PROPN"
        return self.lex.lookup(t.text) is None

    def _by_pronoun(self, span: Span, cue: Cue) -> Resolution | None:
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) == 1 and toks[0].lower_ in self.lex.plural_pronouns:
            return self._by_plural_group(toks[0]) or Resolution(None, "speaker.unresolved")
        if len(toks) == 1 and toks[0].lower_ in self.lex.body_pronouns:
            gender = self.lex.body_pronouns[toks[0].lower_]
            return self._by_body_pronoun(toks[0], gender) or Resolution(None, "speaker.unresolved")
        if len(toks) != 1 or toks[0].lower_ not in self.lex.pronouns:
            return None
        tok = toks[0]
        gender = self.lex.pronouns[tok.lower_]
        if gender == "f" and _pronoun_plural(tok, self._cue_token(cue)):
            return self._by_plural_group(tok) or Resolution(None, "speaker.unresolved")
        pointer = tok.lower_ in self.lex.demonstratives
        body = None if pointer else self._by_body_pronoun(tok, gender)
        if body is not None:
            return body
        # "… ohne die Einwilligung von Präsident X. Dieser lehnt …": a demonstrative points
        # to the nearest fitting mention, not to the sentence's subject
        ref = None if pointer else self._named_before_colon(span, gender)
        ref = ref or self._recent(span.start_char, gender, nearest=pointer)
        if ref is None or not ref.name:  # none, or an unnamed person ("der Mann") was meant
            return Resolution(None, "speaker.unresolved")
        if pointer and self._noun_between(ref, span):
            return Resolution(None, "speaker.unresolved")
        if isinstance(ref, Person) and ref.gender is None and gender == "m":
            # "er" tells a man; "sie" may be a thing or several ("DiEM25 heißt sie"), so it
            # teaches no gender that would keep a later "er" from the person
            ref.gender = gender
        return Resolution(ref.name, "speaker.pronoun", ref)

    def _by_body_pronoun(self, tok: Token, gender: str) -> Resolution | None:
        """ "Der Konzern rechnet mit …, wie er mitteilte", "Die Lufthansa streicht Flüge, wie
        sie mitteilte": a body subject just before, with no person named between
        (:mod:`pipeline.speakers.body_pronouns`) -> what that subject names; an unnamed class
        noun ("Der Konzern" with no company named) leaves the name empty."""
        if not self.doc.has_annotation("DEP") or not self.doc.has_annotation("SENT_START"):
            return None
        head = body_subject(tok, gender, self.lex, self.index.quote_part, self._quote)
        if head is None or self._person_named_between(head.idx, tok.idx, gender):
            return None
        phrase = subject_phrase(head)
        res = self._resolve(phrase, None)
        if res.name is not None and not res.rule.startswith(_BODY_RULES):
            return None
        if res.name is None and head.lower_ in self.lex.place_bodies:
            return None  # "der zuständige Bundesstaat": no name, maybe no one who speaks
        ref = res.ref if isinstance(res.ref, Body) else Body(res.name or "", gender)
        return Resolution(res.name, "speaker.body_pronoun", ref)

    def _person_named_between(self, lo: int, hi: int, gender: str) -> bool:
        """Is a person of ``gender`` (or of none known) named between chars ``lo`` and ``hi``?"""
        return any(
            lo < at < hi and isinstance(ref, Person) and ref.name and ref.gender in (None, gender)
            for at, ref, _ in self.index.timeline
        )

    def _by_plural_group(self, tok: Token) -> Resolution | None:
        """ "Botaniker der Uni Wien haben … entdeckt. Sie fanden heraus, …": a plural "sie"
        -> the one group named as a subject just before (:mod:`.plural_groups`): what its
        phrase resolves to, else the phrase."""
        speakers = frozenset(
            span.root.i
            for s, e in self._cache
            if s < tok.idx and (span := self.doc.char_span(s, e, alignment_mode="expand"))
        )
        head = group_before(self.doc, tok, self.lex, self.index.quote_part, speakers)
        if head is None:
            return None
        phrase = group_phrase(self.doc, head, self.lex)
        res = self._resolve(phrase, None)
        name = (
            res.name
            if res.name and res.rule.startswith(_SOURCE_RULES)
            else " ".join(phrase.text.split())
        )
        return Resolution(name, "speaker.plural_group")

    def _named_before_colon(self, span: Span, gender: str) -> Person | None:
        """ "… kam Ablehnung von Rupert Wolff: Wir lehnen das ab, sagte er": the person
        named right before the colon that opens the words the pronoun's cue ends."""
        doc, idx = self.doc, self.index
        part = next((q for q in reversed(idx._quote_parts) if q[1] <= span.start_char), None)
        if part is None or span.start_char - part[1] > _COLON_QUOTE_GAP:
            return None
        first = doc.char_span(part[0], part[0] + 1, alignment_mode="expand")
        i = first.start - 1 if first is not None else -1
        while i > 0 and doc[i].text in _OPENING_MARKS:
            i -= 1
        if i < 1 or doc[i].text != ":" or doc[i - 1].ent_type_ not in PERSON_LABELS:
            return None
        ent = next((e for e in idx.ents if e.end == i), None)
        if ent is None:
            return None
        named = idx.person_by_name([t.text for t in idx._name_tokens(ent)], ent.end_char)
        return named if named is not None and self._compatible(named, gender) else None

    def _by_relative(self, span: Span) -> Resolution | None:
        """ "Andreas Schleicher, der als Vater der Pisa-Tests gilt, meint …": a relative pronoun
        right after a comma stands for the phrase before the comma, resolved as that mention
        would be (a name, a role, a body); not when its gender contradicts the person's."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 1 or not (is_relative_pronoun(toks[0]) or opens_relative_clause(toks[0])):
            return None
        tok = toks[0]
        if not self._relative_subject(tok):
            return None  # "die Ärztekammer, der sie … vorwirft": not the one who speaks
        if tok.i < 2 or self.doc[tok.i - 1].text != ",":
            return None
        rel_gender = morph_values(tok, "Gender") or [
            _UD_GENDER.get(self.lex.article_gender.get(tok.lower_, ""), "")
        ]  # "die": the tagger leaves it open
        antecedent = self._phrase_before(tok.i - 1, rel_gender)
        if antecedent is None:
            return None
        # "Reinhard Bütikofer, Parteivorsitzender der Grünen, der sagte": the name before
        # the apposition the clause follows, not the party
        antecedent = self._name_before_apposition(antecedent) or antecedent
        res = self._resolve(antecedent, None)
        if res.name is None:
            return None
        gender = {"Masc": "m", "Fem": "f"}.get(next(iter(morph_values(tok, "Gender")), ""))
        if gender and isinstance(res.ref, Person) and res.ref.gender not in (None, gender):
            return None
        # no new mention for the pronoun timeline: the phrase before is that mention
        return Resolution(res.name, "speaker.relative")

    def _name_before_apposition(self, phrase: Span) -> Span | None:
        """The person name that ends at the comma right before ``phrase``, when ``phrase``
        is an apposition with no name of its own ("Bütikofer, Parteivorsitzender der
        Grünen")."""
        comma = phrase.start - 1
        if comma < 1 or self.doc[comma].text != "," or phrase.root.pos_ != "NOUN":
            return None
        if any(t.ent_type_ in PERSON_LABELS for t in phrase):
            return None
        ents = self._ents_in(self.doc[comma - 1 : comma], PERSON_LABELS)
        return self.doc[ents[0].start : comma] if ents and ents[0].end == comma else None

    @staticmethod
    def _relative_subject(tok: Token) -> bool:
        """Is the relative pronoun the subject of its clause: nominative (when the tagger
        tells; or an accusative that reads alike), a subject, and no other subject beside it
        ("…, der sie … vorwirft")?"""
        case = morph_values(tok, "Case") or ["Nom"]
        # feminine, neuter and plural relatives read alike in both cases: a subject the
        # tagger gave the accusative ("Oberndorfer, die nicht müde wird zu betonen")
        alike = "Acc" in case and "Masc" not in morph_values(tok, "Gender")
        if not ("Nom" in case or alike) or not has_role(tok, "subject"):
            return False
        # a whitespace token the parse made a subject (double spaces) is none
        others = (c for c in tok.head.children if c.i != tok.i and not c.is_space)
        return not any(has_role(c, "subject") for c in others)

    def _by_source_adverb(self, span: Span) -> Resolution | None:
        """ "…, wie das Ministerium mitteilte. Demnach wurden …": the speaker of the last
        statement that ends in the sentence before (or earlier in this one)."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 1 or toks[0].lower_ not in self.lex.source_adverbs:
            return None
        said = self._said_before(span, 1) or self._source_before(span) or self._said_before(span, 2)
        return Resolution(said.name, "speaker.source_adverb") if said is not None else None

    def _definite_source(self, span: Span) -> bool:
        """Is the mention a definite (or bare) source noun with nothing that names its owner,
        in a phrase of where a statement comes from ("Den Angaben zufolge", "Dem Bericht
        zufolge", "heißt es in der Aussendung", "Laut Urteil")?"""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) == 1 and toks[0].lower_ in self.lex.ruling_nouns:
            return self._in_source_phrase(toks)  # bare: "Laut Urteil habe die Bank …"
        if len(toks) < 2 or toks[0].lower_ in self.lex.possessive_gender:
            return False
        definite = morph_has(toks[0], "Definite=Def") or morph_has(toks[0], "PronType=Dem")
        if not definite or any(t.pos_ != "ADJ" for t in toks[1:-1]):
            return False
        noun = self.lex.lookup(toks[-1].text)
        source = noun is not None and noun.kind == "source_noun"
        document = toks[-1].lower_ in self.lex.document_nouns - self.lex.text_nouns
        return (source or document) and self._in_source_phrase(toks)

    def _by_report_attribute(self, span: Span) -> Resolution | None:
        """ "laut Angaben ihrer Witwen", "nach Angaben des Ministeriums" with the mention only
        "Angaben": a bare report noun -> what the attribute after it names (a name, else a
        group of people: "Witwen")."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 1 or not self.doc.has_annotation("DEP"):
            return None
        m = self.lex.lookup(toks[0].text)
        if m is None or m.kind != "source_noun":
            return None
        body = report_body(toks[0])
        if body is None or body.start != span.end:
            return None
        res = self._resolve(body, None)
        if res.name is not None and res.rule.startswith(_REPORT_BODY_RULES):
            return Resolution(res.name, "speaker.report_attribute")
        phrase = group_phrase(self.doc, body.root, self.lex)
        if body.root.pos_ == "NOUN" and self.lex.plural_person(body.root.text):
            return Resolution(" ".join(phrase.text.split()), "speaker.report_attribute")
        return None

    def _by_report_compound(self, span: Span) -> Resolution | None:
        """ "nach US-Justizangaben", "laut Armeeangaben": a compound report noun -> the body
        its first part names (:func:`.report_nouns.compound_source`)."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 1:
            return None
        name = compound_source(toks[0].text, self.lex)
        return Resolution(name, "speaker.report_compound") if name else None

    def _by_earlier_report(self, span: Span) -> Resolution | None:
        """ "Ein Soldat hat nach Angaben der Justiz … gestanden. … Die Männer sollen den
        Angaben zufolge …": a bare report noun with a definite or demonstrative article ->
        the body the same noun named before had ("der Justiz"), or the body of its compound
        ("nach Polizeiangaben"); nothing when the noun named before has no body."""
        noun = bare_report(span, self.lex)
        if noun is None or not self.doc.has_annotation("SENT_START"):
            return None
        first = self._sentence_back(span, REPORT_SENTENCES).start
        report = earlier_report(self.doc, noun, first)
        if report is None:
            return None
        if report.lower_ != noun.lower_:
            name = compound_source(report.text, self.lex)
            return Resolution(name, "speaker.earlier_report") if name else None
        body = report_body(report) if self.doc.has_annotation("DEP") else None
        if body is None or not len(body):
            return None
        res = self._resolve(body, None)
        if res.name is None or not res.rule.startswith(_REPORT_BODY_RULES):
            return None
        return Resolution(res.name, "speaker.earlier_report")

    def _by_definite_source(self, span: Span) -> Resolution | None:
        """ "Die Polizei untersuchte den Unfall. Den Angaben zufolge …": a definite source
        noun points back as "Demnach" does: to the statement that ends in the two sentences
        before, else (no statement there) to the subject of the sentence before."""
        if not self._definite_source(span):
            return None
        if self._demonstrative_document(span) is not None:
            return None  # "In diesem Schreiben": the text named just before (_by_document)
        said = self._said_before(span, 2)
        if said is not None and not said.rule.startswith(_SOURCE_RULES):
            said = None  # never a place ("aus dem Irak, Syrien …")
        if said is None and not self._quote_ends_near(span, 2):
            said = self._source_before(span)
        return Resolution(said.name, "speaker.definite_source") if said is not None else None

    def _by_document(self, span: Span) -> Resolution | None:
        """ "teilte der Konzern in einer Aussendung mit. … heißt es in der Aussendung", "heißt
        es in dem BWB-Bericht": a definite document noun whose document the text named before
        -> the body of its compound when the text names that body ("BWB"), else the speaker
        named in the sentence of the document's last mention in the sentences before, else
        the subject of that mention's clause."""
        toks = [t for t in span if t.text not in _PUNCT]
        if not toks or not self._document_word(toks[-1]) or not self._definite(toks):
            return None
        if any(t.pos_ not in ("DET", "ADP") for t in toks[:-1]):
            return None  # "der deutschen Untersuchung": another one than the one named last
        body = self._compound_body(toks[-1])
        if body is not None:
            return body
        if not self.doc.has_annotation("SENT_START"):
            return None
        lo = self._sentence_back(span, DOCUMENT_SENTENCES).start
        same = None  # the first of the same text's mentions before: where it was introduced
        for i in range(span.start - 1, lo - 1, -1):
            if self._document_word(self.doc[i]):
                if _document_stem(self.doc[i].lower_) != _document_stem(toks[-1].lower_):
                    break
                same = self.doc[i]
        same = same or self._demonstrative_document(span) or self._introduced_far(span, lo)
        if same is not None:
            return self._document_source(same)
        medium = self._medium_report(span, toks[-1])
        if medium is not None:
            return medium
        # "laut Erlass" with no text named before: a text, never a name
        return Resolution(None, "speaker.unresolved") if len(toks) == 1 else None

    def _medium_report(self, span: Span, noun: Token) -> Resolution | None:
        """ "Nach Angaben des Tagesspiegels … Vergleichszahlen liegen dem Bericht zufolge nur
        unvollständig vor": a medium's report noun with no report named before in the text ->
        the last medium named before, when it was the source of a statement before."""
        if noun.lower_ not in self.lex.press_report_nouns:
            return None
        stem = _document_stem(noun.lower_)
        if any(_document_stem(t.lower_).endswith(stem) for t in self.doc[: span.start]):
            return None  # a report the text named: its source is another rule's
        ent = last_body_of(self.index.ents, span, MEDIA_TYPES)
        name = (ent._.canonical_name or ent.text) if ent is not None else None
        said = {r.name for start, _, r in self._said if start < span.start_char}
        return Resolution(name, "speaker.medium_report") if name in said else None

    def _demonstrative_document(self, span: Span) -> Token | None:
        """ "Er habe einen Brief geschrieben. In diesem Schreiben hieß es …": a demonstrative
        document noun points to the last document noun of its own sentence or the one before,
        whatever noun named it."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 2 or not morph_has(toks[0], "PronType=Dem"):
            return None
        if not self._document_word(toks[1]) or not self.doc.has_annotation("SENT_START"):
            return None
        lo = self._sentence_back(span, 1).start
        before = range(span.start - 1, lo - 1, -1)
        return next((self.doc[i] for i in before if self._document_word(self.doc[i])), None)

    def _introduced_far(self, span: Span, lo: int) -> Token | None:
        """ "In einem Rundschreiben macht das Ministerium auf … aufmerksam. … (ten sentences)
        … heißt es im Rundschreiben": a definite document noun whose document the text named
        only before the sentences :meth:`_by_document` searches -> the first mention of a
        document noun that ends in the same noun, when the text introduced no two of them
        (two with an indefinite article)."""
        noun = [t for t in span if t.text not in _PUNCT][-1]
        stem = _document_stem(noun.lower_)
        found = [
            t
            for t in self.doc[:lo]
            if _document_stem(t.lower_).endswith(stem)
            and t.pos_ in ("NOUN", "PROPN")
            and self._document_word(t)
        ]
        intros = [t for t in found if any(morph_has(c, "Definite=Ind") for c in t.children)]
        if not found or len(intros) > 1:
            return None
        return found[0]

    def _document_word(self, tok: Token) -> bool:
        """A document noun ("Bericht", "Aussendung"), also as a compound's last part
        ("BWB-Bericht", "Kampflied", "Rundschreiben")."""
        low = tok.lower_
        if low in self.lex.document_nouns or (
            "-" in low and low.rsplit("-", 1)[1] in self.lex.document_nouns
        ):
            return True
        return tok.pos_ == "NOUN" and any(
            low.endswith(end) and len(low) - len(end) >= MIN_DOCUMENT_PREFIX
            for end in self.lex.document_ends
        )

    def _by_issued_text(self, span: Span) -> Resolution | None:
        """ "Die Hamas veröffentlichte ein neues Kampflied. Der Krieg sei nicht vorbei, heißt
        es darin": an indefinite text noun before the quote, the object of a clause, is the
        mention of a text ("darin") -> who issued it (:meth:`_document_source`)."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) < 2 or not self.doc.has_annotation("DEP"):
            return None
        det, noun = toks[0], toks[-1]
        if not morph_has(det, "Definite=Ind") or any(t.pos_ != "ADJ" for t in toks[1:-1]):
            return None
        if not self._document_word(noun) or not has_role(noun, "object"):
            return None
        if self._quote is None or noun.sent.end_char > self._quote[0]:
            return None  # "hat einen Zeitungsbericht dementiert, wonach …": not its text
        return self._document_source(noun)

    def _by_release(self, span: Span) -> Resolution | None:
        """ "Die Ärztekammer weist die Vorwürfe zurück. Man stehe zu der Reform, hieß es in
        einer Aussendung": an indefinite text a body issues itself, with no owner named ->
        the person or body the subject of the clause before names (:meth:`_source_before`)."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) < 2 or not self.doc.has_annotation("DEP"):
            return None
        det, noun = toks[0], toks[-1]
        if det.lower_ not in self.lex.indefinites and not morph_has(det, "Definite=Ind"):
            return None
        if noun.lower_ not in self.lex.release_nouns or any(t.pos_ != "ADJ" for t in toks[1:-1]):
            return None
        owner = report_body(noun) if noun.i + 1 < len(self.doc) else None
        if owner is not None and len(owner):
            return None  # "in einer Aussendung der Partei": its owner, another rule's
        res = self._release_source(span)
        if res is None or res.name is None:
            return None
        return Resolution(res.name, "speaker.release", res.ref)

    def _release_source(self, span: Span) -> Resolution | None:
        """Who issued the text: the subject of the clause before, or the statement that ended
        there; when that subject is a thing ("Rabmer-Kollers Vorwurf weist die Ärztekammer
        zurück": the parse took the fronted object for it), the one object naming a body or
        person."""
        verb = self._verb_before(span)
        subject = self._main_subject(verb) if verb is not None else None
        if subject is None or not self._thing_noun(subject):
            return self._source_before(span) or self._said_before(span, 1)
        others = [
            c
            for v in verb_chain(verb)
            for c in v.children
            if c.i != subject.i
            and has_role(c, "object", "subject")
            and (body_gender(c, self.lex) or self._person_word(c))
        ]
        if len(others) != 1 or self.index._in_quote(others[0].idx):
            return None
        res = self._resolve(subject_phrase(others[0]), None)
        return res if res.name is not None and res.rule.startswith(_SOURCE_RULES) else None

    def _thing_noun(self, tok: Token) -> bool:
        """A common noun that names no person and no body ("Vorwurf", "Zahl")."""
        last = tok.text.rsplit("-", 1)[-1]
        if tok.ent_type_ or not last[1:].islower():
            return False  # "der ÖAMTC" is a name ("der Blockade-Vorwurf" a thing)
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and last != tok.text):
            return False  # a proper noun may be a name the recogniser missed
        return body_gender(tok, self.lex) is None and not self._person_word(tok)

    def _definite(self, toks: list[Token]) -> bool:
        """Is the noun phrase definite: a definite or demonstrative article, or a preposition
        with the article in it before a bare noun ("im Urteil")?"""
        first = toks[0]
        if len(toks) == 1:
            before = self.doc[first.i - 1] if first.i > 0 else None
            if before is None or before.pos_ != "ADP":
                return False
            # "im Urteil"; a bare singular after a preposition: "laut Erlass"
            return morph_has(before, "Definite=Def") or "Plur" not in morph_values(first, "Number")
        if first.lower_ in self.lex.possessive_gender:
            return False
        return morph_has(first, "Definite=Def") or morph_has(first, "PronType=Dem")

    def _compound_body(self, noun: Token) -> Resolution | None:
        """ "dem BWB-Bericht", "einem UN-Bericht": the body named in the compound, when the
        text names it as an organisation."""
        if "-" not in noun.text:
            return None
        prefix = noun.text.rsplit("-", 1)[0]
        ent = next(
            (e for e in self.index.ents if e.text == prefix and e.label_ in ORG_LABELS), None
        )
        if ent is None:
            return None
        res = self._by_entity(ent)
        if res is None or res.name is None:
            return None
        # no referent: a later "er" is not the body of a document ("die DIW-Studie")
        return Resolution(res.name, "speaker.document")

    def _document_source(self, noun: Token) -> Resolution | None:
        """Who issued the document mentioned at ``noun``: the speaker named in its sentence
        (the one nearest to it), else the subject of its clause, else its compound's body."""
        sent = noun.sent
        attribute = report_body(noun) if noun.i + 1 < len(self.doc) else None
        if attribute is not None and len(attribute):  # "ein Brief von Kandidatin X"
            res = self._resolve(attribute, None)
            if res.name is not None and res.rule.startswith(_SOURCE_RULES):
                return Resolution(res.name, "speaker.document", res.ref)
        writer = self._writer(noun)
        if writer is not None:
            return writer
        named = [
            (abs(start - noun.idx), res)
            for (start, _), res in self._cache.items()
            if sent.start_char <= start < sent.end_char
            and res.name is not None
            and not res.rule.startswith(_NO_DOCUMENT_SOURCES)
            and res.name.lower() not in self.lex.document_nouns  # "Erlass" taken for a name
        ]
        if named:
            return Resolution(min(named, key=lambda x: x[0])[1].name, "speaker.document")
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = self._main_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is not None and not self.index._in_quote(subject.idx):
            phrase = self.doc[subject.left_edge.i : subject.right_edge.i + 1]
            res = self._resolve(phrase, None)
            if res.name is not None and res.rule.startswith(_SOURCE_RULES):
                return Resolution(res.name, "speaker.document", res.ref)
        return self._compound_body(noun)

    def _writer(self, noun: Token) -> Resolution | None:
        """ "Wie die Zeitung berichtet, hat Bürgermeister X dem Rat einen Brief geschrieben.
        In diesem Schreiben …": the named or pronoun subject of the verb that wrote or sent
        the document (``authoring_verbs``) is its writer, also inside what a medium reports,
        over the medium named in the sentence; None when no such subject resolves."""
        verb = noun.head
        if not has_role(noun, "object") or verb.lemma_.lower() not in self.lex.authoring_verbs:
            return None
        subject = self._main_subject(verb)
        if subject is None:
            return None
        phrase = self.doc[subject.left_edge.i : subject.right_edge.i + 1]
        res = self._resolve(phrase, None)
        if res.name is None or not res.rule.startswith(_WRITER_RULES):
            return None
        if subject.pos_ == "PRON" and isinstance(res.ref, Body):
            return None  # "er" taken for the medium that reports: the medium wrote nothing
        return Resolution(res.name, "speaker.document", res.ref)

    def _sentence_back(self, span: Span, sentences: int) -> Span:
        """The sentence ``sentences`` before the mention's own (the first one of the doc at
        most); needs sentence boundaries."""
        first = span[0].sent
        for _ in range(sentences):
            if first.start == 0:
                break
            first = self.doc[first.start - 1].sent
        return first

    def _quote_ends_near(self, span: Span, sentences: int) -> bool:
        """Does a quote end before the mention in its sentence or the ``sentences`` before
        (its source is the one the mention points to, named or not)? Not a part of the
        mention's own quote ("Das Gerät soll den Informationen zufolge …": its first part
        ends before the mention)."""
        if not self.doc.has_annotation("SENT_START"):
            return True
        first = self._sentence_back(span, sentences)
        lo, pos = first.start_char, span.start_char
        toks = [t for t in span if t.text not in _PUNCT]
        own = self._quote or (-1, -1)
        if toks and self._document_word(toks[-1]):
            own = (-1, -1)  # a text: the statement before may be what it says
        return any(
            lo <= end <= pos
            for start, end in self.index._quote_parts
            if not own[0] <= start < end <= own[1]
        )

    def _source_before(self, span: Span) -> Resolution | None:
        """ "Ein Bericht des Magazins Nikkei sorgt für Aufsehen. Demnach …", "Die Webanalyse
        ÖWA hat die Zahlen veröffentlicht. … demnach …", "Das Ministerium schlüsselt die
        Kosten auf: Demnach …": the subject of the clause before, when it names a person or
        body (or a name in its genitive attribute), not several."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return None
        verb = self._verb_before(span)
        subject = self._main_subject(verb) if verb is not None else None
        if subject is None or self.index._in_quote(subject.idx):
            return None
        if any(has_role(c, "conjunct", "coordinator") for c in subject.children):
            return None  # "Brüssel und Moskau sind sich einig": no one source
        end = subject.right_edge.i + 1
        comma = next((t.i for t in doc[subject.i : end] if t.text == ","), end)
        phrase = doc[subject.left_edge.i : comma]
        res = self._resolve(phrase, (verb.idx, verb.idx + len(verb.text)))
        if res.name is None or not res.rule.startswith(_SOURCE_RULES):
            return None
        return res

    def _verb_before(self, span: Span) -> Token | None:
        """The verb of the clause before the mention: before a colon in its own sentence
        ("schlüsselt … auf: Demnach"), else the root of the sentence before."""
        doc, sent = self.doc, span.sent
        colon = next((t for t in doc[sent.start : span.start] if t.text.endswith(":")), None)
        if colon is not None and colon.head.i < colon.i and colon.head.pos_ in ("VERB", "AUX"):
            return colon.head
        if sent.start == 0:
            return None
        root = doc[sent.start - 1].sent.root
        return root if root.pos_ in ("VERB", "AUX") else None

    @staticmethod
    def _main_subject(verb: Token) -> Token | None:
        """The first subject of ``verb``'s chain that is no dateline ("Salzburg – Der
        Naturschutzbund hat … kritisiert": the parse gave the verb both; "Wien – Die ÖWA
        hat …": the apposition after the dash)."""
        doc = verb.doc
        subjects = sorted(
            (c for v in verb_chain(verb) for c in v.children if has_role(c, "subject")),
            key=lambda c: c.i,
        )
        for t in subjects:
            if has_role(t, "agent") or Resolver._bare_pointer(t, subjects):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is None or nxt.text not in DASHES:
                return t
            # "Wien – Die Webanalyse ÖWA hat …": the phrase after the dash, hung on the place
            after = [c for c in t.children if c.i > nxt.i and has_role(c, "apposition")]
            if after:
                return after[0]
        return None

    def _by_owner(self, span: Span) -> Resolution | None:
        """ "nach seinen Worten", "Ihrer Einschätzung nach": a possessive before a source noun
        names whom the pronoun would ("seinen" like "er"); "nach eigenen Angaben" names the
        subject of its clause ("Das Ministerium zählt nach eigenen Angaben …")."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) < 2 or any(t.pos_ != "ADJ" for t in toks[1:-1]):
            return None
        noun = self.lex.lookup(toks[-1].text)
        if noun is None or noun.kind != "source_noun" or not self._in_source_phrase(toks):
            return None
        first = toks[0].lower_
        if first in self.lex.own_words:
            return self._subject_of_clause(toks[-1], span, "speaker.owner") or self._own_source(
                toks[-1], span
            )
        return self._possessor(first, span, "speaker.owner")

    def _own_source(self, noun: Token, span: Span) -> Resolution | None:
        """ "Zwei Millionen Euro hat die Partei nach eigenen Angaben investiert", "Nach
        eigenen Angaben hat Fortinet das Problem behoben": when the parse took another noun
        for the subject, the one argument of the clause's verbs that names a person or body
        (by name, role or organisation); nothing when none or several do."""
        if not self.doc.has_annotation("DEP"):
            return None
        verb = noun.head
        if verb.pos_ == "ADP" and verb.head.i != verb.i:  # TIGER: the preposition heads
            verb = verb.head
        found = []
        for v in verb_chain(verb):
            for arg in children_with(v, "subject", "object"):
                if arg.i in range(span.start, span.end):
                    continue
                res = self._resolve(self.doc[arg.left_edge.i : arg.i + 1], None)
                if res.name and res.rule.startswith(_OWN_SOURCE_RULES):
                    found.append(res.name)
        if len(set(found)) != 1:
            return None
        return Resolution(found[0], "speaker.owner")

    def _by_possessive_utterance(self, span: Span) -> Resolution | None:
        """ "Sein Argument: …", "Ihr Fazit: …", "lautet seine Botschaft": a possessive alone
        or before a noun of an utterance names whom the pronoun would ("Sein" like "er");
        "Ihr" not when a plural subject stands between (whose "ihr" it may be)."""
        toks = [t for t in span if t.text not in _PUNCT]
        if not toks or toks[0].lower_ not in self.lex.possessive_gender:
            return None
        if len(toks) > 1 and (
            toks[-1].lower_ not in self.lex.utterance_nouns
            or any(t.pos_ != "ADJ" for t in toks[1:-1])
        ):
            return None
        res = self._possessor(toks[0].lower_, span, "speaker.possessive")
        if res is None:
            return Resolution(None, "speaker.unresolved")  # never the embassy of "seine Botschaft"
        if self.lex.possessive_gender[toks[0].lower_] == "f" and self._plural_between(res, span):
            return Resolution(None, "speaker.unresolved")
        return res

    def _plural_between(self, res: Resolution, span: Span) -> bool:
        """Does a plural subject stand between the last mention of ``res`` and the mention
        ("Die Forscher … Ihr Fazit:": theirs, not hers)?"""
        last = res.ref.last_before(span.start_char) if isinstance(res.ref, Person) else None
        if last is None or not self.doc.has_annotation("DEP"):
            return False
        doc = self.doc
        first = doc.char_span(last, last + 1, alignment_mode="expand")
        lo = first.start if first is not None else span.start
        return any(
            has_role(t, "subject") and "Plur" in morph_values(t, "Number") and t.pos_ != "DET"
            for t in doc[lo : span.start]
            if t.pos_ in ("NOUN", "PROPN", "PRON")
        )

    def _subject_of_clause(self, noun: Token, span: Span, rule: str) -> Resolution | None:
        """What the subject of the clause around ``noun`` resolves to (not a word of the
        mention itself)."""
        if not self.doc.has_annotation("DEP"):
            return None
        verb = noun.head
        if verb.pos_ == "ADP" and verb.head.i != verb.i:  # TIGER: the preposition heads
            verb = verb.head
        subject = clause_subject(verb)
        if subject is None or subject.i in range(span.start, span.end):
            return None
        verb_chars = (verb.idx, verb.idx + len(verb.text))  # a pronoun's number: its verb
        res = self._resolve(self.doc[subject.left_edge.i : subject.i + 1], verb_chars)
        return Resolution(res.name, rule) if res.name else None

    def _possessor(self, word: str, span: Span, rule: str) -> Resolution | None:
        """Whom the possessive ``word`` ("seinen", "ihrer") before the mention points to."""
        gender = self.lex.possessive_gender.get(word)
        ref = self._recent(span.start_char, gender) if gender else None
        if ref is None or not ref.name:
            return None
        return Resolution(ref.name, rule, ref)

    def _by_relative_source(self, span: Span) -> Resolution | None:
        """ "hatte von Beweisen gesprochen, wonach …": who speaks of the noun before the
        comma -- whom a possessive before it points to ("Seine Aussage, wonach"), else the
        subject of the noun's clause."""
        toks = [t for t in span if t.text not in _PUNCT]
        if len(toks) != 1 or toks[0].lower_ not in self.lex.relative_sources:
            return None
        i = toks[0].i
        if i < 2 or self.doc[i - 1].text != ",":
            return None
        k = i - 2  # over the verbs that close the clause: "von Beweisen gesprochen, wonach"
        while k > 0 and self.doc[k].pos_ in ("VERB", "AUX") and i - k <= 4:
            k -= 1
        noun = self.doc[k]
        if noun.pos_ != "NOUN":
            return None
        det = next((c for c in noun.children if c.i < noun.i and c.pos_ == "DET"), None)
        if det is not None and det.lower_ in self.lex.possessive_gender:
            return self._possessor(det.lower_, span, "speaker.relative_source")
        # "sprach von Beweisen": the noun is what the subject speaks of; not an object
        # ("wies einen Pressebericht zurück, wonach …": the report's source is another)
        if not any(t.pos_ == "ADP" for t in (noun.head, *noun.children)):
            return None
        return self._subject_of_clause(noun, span, "speaker.relative_source")

    def _in_source_phrase(self, toks: list[Token]) -> bool:
        """Does a preposition stand before or after the words ("nach seinen Worten",
        "Seiner Meinung nach"), not a verb's object ("seine Meinung zu äußern")?"""
        doc = self.doc
        before = doc[toks[0].i - 1] if toks[0].i > 0 else None
        after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        return any(t is not None and t.pos_ == "ADP" for t in (before, after))

    def _by_first_person(self, span: Span) -> Resolution | None:
        """ "Foda: Wir wollen … Ich hoffe, dass …": "ich"/"wir" of speech without quotation
        marks is the speaker of the statement it stands in, or of the last one that ends in
        the two sentences before ("ich": a person's, not a body's)."""
        toks = [t for t in span if t.text not in _PUNCT]
        word = toks[0].lower_ if len(toks) == 1 else ""
        singular = word in self.lex.first_person_singular
        if not singular and word not in self.lex.first_person_plural:
            return None
        said = self._said_before(span, 2)
        if said is None or (singular and not isinstance(said.ref, Person)):
            return None
        return Resolution(said.name, "speaker.first_person")

    @staticmethod
    def _bare_pointer(t: Token, subjects: list[Token]) -> bool:
        """ "Das berichtete die Zeitung": a bare article or pronoun ("Das") parsed as one of
        several subjects points to what was said; the other is the source."""
        if t is subjects[-1] or any(True for _ in t.children):
            return False
        return t.pos_ in ("DET", "PRON") and morph_values(t, "PronType") in (["Dem"], ["Art"])

    def _said_before(self, span: Span, sentences: int) -> Resolution | None:
        """The resolution of the statement the mention stands in, else of the last one that
        ends before it in its sentence or the ``sentences`` sentences before."""
        pos = span.start_char
        around = [r for start, end, r in self._said if start <= pos < end]
        if around:
            return around[-1]
        if not self.doc.has_annotation("SENT_START"):
            return None
        first = self._sentence_back(span, sentences)
        said = [(end, r) for _, end, r in self._said if first.start_char <= end <= pos]
        return max(said, key=lambda x: x[0])[1] if said else None

    def _phrase_before(self, comma: int, gender: list[str] | None = None) -> Span | None:
        """The name (a PER/ORG entity) or noun phrase that ends right before token ``comma``;
        the whole phrase when that is the genitive of a noun ("den Chef der Gewerkschaft,
        der …": the head, not the body) -- unless only the genitive has the relative
        pronoun's ``gender`` ("die Tochter des Präsidenten, der …")."""
        doc = self.doc
        last = doc[comma - 1]
        top = last
        if last.ent_type_ not in PERSON_LABELS:
            while (
                top.head.i < top.i
                and top.head.pos_ in ("NOUN", "PROPN")
                and has_role(top, "noun_modifier")
                # a genitive ("der IAEA von Ägypten, das …": no), of the pronoun's gender
                and not any(has_role(c, "case") for c in top.children)
                and not _fits_attribute(top, gender)
            ):
                top = top.head
        if top is not last:
            start = max(top.left_edge.i, last.sent.start)
            while start < top.i and doc[start].is_punct:
                start += 1  # the comma the parse hung on an apposition
            return doc[start:comma]
        for ent in self._ents_in(doc[comma - 1 : comma], PERSON_LABELS | ORG_LABELS):
            return doc[ent.start : comma] if ent.end == comma else None
        if last.pos_ not in ("NOUN", "PROPN") or last.is_sent_start:
            return None
        start = max(last.left_edge.i, last.sent.start)
        return doc[start:comma]

    def _noun_between(self, ref: object, span: Span) -> bool:
        """Does a person noun stand between the last mention of ``ref`` and a demonstrative
        ("… die Anzeige eines Privatdetektivs. Dieser behauptete": the detective, not the
        person named before)? Nouns inside quotation marks and the words of the name do not
        count."""
        if not isinstance(ref, Person):
            return False
        last = ref.last_before(span.start_char)
        if last is None:
            return False
        doc, idx = self.doc, self.index
        names = set(ref.name.split())
        return any(
            last < doc[i].idx < span.start_char
            and not idx._in_quote(doc[i].idx)
            and doc[i].text not in names  # "Meier" has a person noun's ending
            for i in idx.indices_of("person_noun")
        )

    def _bare_demonym(self, span: Span) -> bool:
        """Is the mention an article of the demonym's gender and the demonym alone ("der
        Bayer"; not "die Bayer AG", not "Bayer")?"""
        found = demonym_head(span, self.lex, _plural)
        return found is not None and sum(t.text not in _PUNCT for t in span) == 2

    def _by_demonym(self, span: Span) -> Resolution | None:
        """ "sagte der Franzose" -> the person of that country named before
        (:mod:`pipeline.speakers.demonym`)."""
        found = demonym_head(span, self.lex, _plural)
        if found is None:
            return None
        ref = demonym_referent(self, span, found)
        if ref is None or (ref is BLOCKED and any(t.text[:1].isdigit() for t in span)):
            return None  # the rules for person nouns and ages decide ("der 69-jährige …")
        if ref is BLOCKED:  # no other rule guesses ("der Italiener" is no "Forscher")
            return Resolution(None, "speaker.unresolved", Person("", "", gender=found[2]))
        return Resolution(ref.name, "speaker.demonym", ref)

    def _by_age(self, span: Span) -> Resolution | None:
        """ "Der 50-Jährige", "die 43-Jährige", "der 61-jährige Jurist": a definite singular
        mention with an age refers back like a pronoun of the article's gender."""
        toks = [t for t in span if t.text not in _PUNCT]
        lex = self.lex
        if len(toks) < 2 or toks[0].lower_ not in lex.determiners or not lex.age_suffixes:
            return None
        if toks[0].lower_ in lex.indefinites:
            return None  # "ein 38-Jähriger" is someone new
        age = next(
            (t for t in toks[1:3] if t.text[:1].isdigit() and t.lower_.endswith(lex.age_suffixes)),
            None,
        )
        if age is None or _plural(toks[0], age):
            return None
        noun_age = age.text[age.text.rfind("-") + 1 :][:1].isupper()
        if noun_age and any(t.text[:1].isupper() for t in self.doc[age.i + 1 : span.end]):
            # "Die 42-Jährige Verletzte": the age is a noun of its own, another noun follows
            # -- someone described anew, not the person named before
            return None
        g = morph_values(toks[0], "Gender")
        gender = {"Masc": "m", "Fem": "f"}.get(g[0]) if len(g) == 1 else None
        gender = gender or lex.article_gender.get(toks[0].lower_)
        ref = self._recent(span.start_char, gender) if gender in ("m", "f") else None
        if not isinstance(ref, Person) or not ref.name:
            return None
        return Resolution(ref.name, "speaker.age", ref)

    def _by_person_noun(self, span: Span) -> Resolution | None:
        """ "so der Forscher", "sagte die Psychotherapeutin": a definite singular person noun
        that no introduction matched refers back like a pronoun of its gender to the person
        the text named last -- not to a name inside quoted words, not to an anonymous person
        described in between ("Ein Anrainer ... sagte der Mann")."""
        toks = [t for t in span if t.text not in _PUNCT]
        lex = self.lex
        if len(toks) < 2 or toks[0].lower_ in lex.indefinites:
            return None
        if toks[0].lower_ not in lex.determiners and not self._place_genitive(toks[0]):
            return None  # "Brasiliens Teamkicker" is as definite as "der Teamkicker"
        head = toks[-1]
        if not self._noun_head(head) or any(t.text[:1].isupper() for t in toks[1:-1]):
            return None
        if self._in_brackets(span) or _plural(toks[0], head):
            return None
        if lex.lookup(head.text) is not None or head.ent_type_:
            return None
        # "…, sagte der Minderheitsführer im Senat, Harry Reid": the name set off after it
        j = span.end
        while j < min(len(self.doc), span.end + 4) and self.doc[j].pos_ in _ATTRIBUTE_POS:
            j += 1
        named = self._apposition_after(self.doc[span.start : j])
        if named is not None:
            return Resolution(named.name, "speaker.person_noun", named)
        gender = lex.noun_gender(head.text, trust_masculine=True) if head.pos_ == "PROPN" else None
        gender = gender or self.index._noun_gender(head)
        if gender not in ("m", "f") or lex.article_gender.get(toks[0].lower_, gender) != gender:
            return None
        if self._of_another(head):
            return None  # "der Reporter des Fernsehsenders": someone of a body, not named
        ref = self._noun_referent(span, head, gender)
        return Resolution(ref.name, "speaker.person_noun", ref) if ref is not None else None

    def _by_adjective_person(self, span: Span) -> Resolution | None:
        """ "Die Liberale sagte", "der Freiheitliche meinte": an article and a noun made of an
        adjective (roles.jsonl ``adjective_person``), singular, is a person of the article's
        gender -- the person named before, as "der Forscher" would be; never the party the
        recogniser finds in the word ("Liberale": FDP), nobody when no one fits."""
        toks = [t for t in span if t.text not in _PUNCT]
        lex = self.lex
        if len(toks) != 2 or toks[1].lower_ not in lex.adjective_persons:
            return None
        det, head = toks
        if det.lower_ not in lex.determiners or det.lower_ in lex.indefinites:
            return None
        g = morph_values(det, "Gender")
        gender = {"Masc": "m", "Fem": "f"}.get(g[0]) if len(g) == 1 else None
        gender = gender or lex.article_gender.get(det.lower_)
        if gender not in ("m", "f") or _plural(det, head) or self._in_brackets(span):
            return None
        ref = self._noun_referent(span, head, gender)
        if (
            ref is not None
            and ref.roles
            and not (self._is_role(head) and self._role_fits(ref, head))
        ):
            ref = None  # "Bürgermeister Michael Ludwig …, sagte der Grüne": someone else
        if ref is None:
            return Resolution(None, "speaker.unresolved", Person("", "", gender=gender))
        return Resolution(ref.name, "speaker.person_noun", ref)

    def _noun_head(self, head: Token) -> bool:
        """A common noun -- or a word the tagger took for a proper noun that no entity covers
        and that ends in a person noun's ending no name has ("Der Jurist", "der Diplomat")."""
        if head.pos_ == "NOUN":
            return True
        return head.pos_ == "PROPN" and not head.ent_type_ and self._person_ending(head)

    def _noun_referent(self, span: Span, head: Token, gender: str) -> Person | None:
        """The person named last whom a definite singular person noun of ``gender`` at
        ``span`` refers back to (see :meth:`_by_person_noun`), else None."""
        ref = self._recent(span.start_char, gender)
        # the gender must be known to agree ("Yolanda Alvarez" is no "Reporter")
        if not isinstance(ref, Person) or not ref.name:
            return None
        if ref.gender != gender and not (ref.gender is None and self._described_as(ref, gender)):
            return None
        last = ref.last_before(span.start_char)
        if last is None or self.index._in_quote(last) or self._in_other_quote(span.start_char):
            return None
        if self._person_between(ref, span) or (ref.roles and self._used_before(head)):
            return None  # "Beck zeigte den Musiker X an. Der Sänger ruft …": the musician
        if not self._alone_in_sentence(ref, last, gender):
            return None  # "Hans Gruber und Peter Wagner trafen sich. …, sagte der Politiker."
        return ref

    def _in_other_quote(self, pos: int) -> bool:
        """Is char ``pos`` in quoted words other than the row's own ("Die ehemalige
        Präsidentin … fordert …": a reported row's span holds its own mention)?"""
        own = self._quote
        return self.index._in_quote(pos) and not (own is not None and own[0] <= pos < own[1])

    def _by_origin_noun(self, span: Span) -> Resolution | None:
        """ "so der gebürtige St. Pöltner", "sagte die geborene Grazerin": a definite singular
        noun after an origin adjective (roles.jsonl function_word group ``origin_adjective``)
        is a person from that place -- the person named before (as "der Forscher" would be),
        never the place the recogniser found in the noun; nobody when none fits."""
        toks = [t for t in span if t.text not in _PUNCT]
        lex = self.lex
        if len(toks) < 3 or toks[0].lower_ not in lex.determiners:
            return None
        if toks[0].lower_ in lex.indefinites or _plural(toks[0], toks[-1]):
            return None
        k = next((i for i, t in enumerate(toks[1:-1], 1) if t.lower_ in lex.origin_adjectives), 0)
        if not k or not all(_cap(t) for t in toks[k + 1 :]):
            return None
        g = morph_values(toks[0], "Gender")
        gender = {"Masc": "m", "Fem": "f"}.get(g[0]) if len(g) == 1 else None
        gender = gender or lex.article_gender.get(toks[0].lower_)
        if gender not in ("m", "f") or self._in_brackets(span):
            return None
        ref = self._noun_referent(span, toks[-1], gender)
        if ref is None:
            return Resolution(None, "speaker.unresolved", Person("", "", gender=gender))
        return Resolution(ref.name, "speaker.origin_noun", ref)

    def _described_as(self, ref: Person, gender: str) -> bool:
        """Did the text describe ``ref`` (of unknown gender) with a noun of ``gender`` ("Sein
        Landsmann Willian")?"""
        return any(
            self.lex.noun_gender(d.capitalize(), trust_masculine=True) == gender
            for d in ref.descriptions
        )

    @staticmethod
    def _place_genitive(tok: Token) -> bool:
        """A place's genitive that opens a mention as an article would ("Brasiliens")."""
        return tok.pos_ == "PROPN" and tok.ent_type_ in PLACE_LABELS and tok.text.endswith("s")

    def _by_back_reference(self, span: Span) -> Resolution | None:
        """ "meint der Apple-Chef" after "Apple-CEO Tim Cook", "sagt der Ökonom" after "James
        Butterfill", "erläutert die Professorin" after "Yuka Sasaki": a definite singular
        description (a role or a person noun) no introduction matched refers back to the one
        person the text named last outside quotation marks -- of the description's gender
        (or of none known, when no one else stands between), not introduced with another
        role, and with no one described anew between ("Ein Anrainer ... sagte der Mann")."""
        described = self._described_head(span)
        if described is None:
            return None
        head, gender = described
        # a person of no known gender only for a title or a feminine noun ("die Professorin"
        # after "Yuka Sasaki"), not for a masculine ending alone ("der englische Independent")
        unknown = self._is_role(head) or gender == "f" or self._person_ending(head)
        ref = self._only_fitting(span.start_char, gender, unknown)
        if ref is None or self._person_between(ref, span, own=True):
            return None
        if not self._role_fits(ref, head):
            return None
        m = self.lex.lookup(head.text)
        country = self.index.country_in(span.start, span.end) or (m and m.record.get("country"))
        if country and country != ref.country and self._country_blocks(m, ref):
            # "der Kremlchef" is not the president of Kasachstan named before; a person
            # noun's country ("der US-Kultregisseur") tells of one whose country is unknown
            return None
        if not self._attribute_fits(ref, head, span) or self._named_after(ref, span):
            return None
        return Resolution(ref.name, "speaker.back_reference", ref)

    @staticmethod
    def _country_blocks(m: object, ref: Person) -> bool:
        """Does a description's country rule out ``ref`` (country known and other)? A
        person of unknown country is ruled out only by a country's one-holder office ("der
        Kremlchef"), not by an office many hold ("der Landeshauptmann" after "Thomas
        Stelzer", whose country the text does not tell) nor by a person noun's country."""
        if ref.country is not None:
            return True
        if m is None or getattr(m, "kind", None) != "role":
            return False
        return m.record.get("group") in _ONE_HOLDER_GROUPS

    def _person_ending(self, head: Token) -> bool:
        """Does the noun end in a person noun's ending that no thing has ("der
        US-Kultregisseur", "der Pianist"; not the bare "-er" or "-ent" of "der Independent")?"""
        low = head.text.lower()
        return any(low.endswith(suffix) for suffix in self.lex.person_suffixes)

    def _named_after(self, ref: Person, span: Span) -> bool:
        """Does the sentence name the person after the description ("Der Richter sagte zu
        Mair"): then the description is someone else."""
        end = self._sent_end(span)
        return any(span.end_char <= m < end for m in ref.mentions)

    def _described_head(self, span: Span) -> tuple[Token, str] | None:
        """The person noun heading a definite singular mention ("der ehemalige Apple-Chef",
        "die Professorin für Linguistik") and the gender it has, else None."""
        toks = [t for t in span if t.text not in _PUNCT]
        lex = self.lex
        if len(toks) < 2 or toks[0].lower_ not in lex.determiners:
            return None
        if toks[0].lower_ in lex.indefinites or self._in_brackets(span):
            return None
        k = 1
        while k < len(toks) and not toks[k].text[:1].isupper() and toks[k].pos_ == "ADJ":
            k += 1  # "der ehemalige", "die frühere"
        if k == len(toks):
            return None
        head = toks[k]
        m = lex.lookup(head.text)
        person = m.kind == "role" if m is not None else self.index._noun_gender(head) is not None
        if head.ent_type_ or not person or _plural(toks[0], head):
            return None  # "der Apple-Chef" (a hyphen: no plain word for _person_word)
        if m is not None and m.record.get("group") == "spokesperson":
            return None  # "der Sprecher" is someone of the person, rarely the person
        gender = (m.record.get("gender") if m is not None else None) or lex.noun_gender(
            head.text, trust_masculine=True
        )
        article = lex.article_gender.get(toks[0].lower_)
        if m is not None and not m.record.get("gender"):
            # "die Vorsitzende", "der PiS-Vorsitzende", "der Porto-Coach": a title of either
            # gender takes the article's, or the noun's by the tagger when "der" leaves it open
            gender = article or _MORPH_GENDER.get(tuple(morph_values(head, "Gender")))
        if gender not in ("m", "f") or (article is not None and article != gender):
            return None
        return head, gender

    def _only_fitting(self, pos: int, gender: str, unknown: bool) -> Person | None:
        """The person named last before char ``pos`` (outside quotation marks, or as the
        subject of its clause) with ``gender`` -- or, if ``unknown``, with no gender known
        when no other person stands between; None when another person of its sentence fits
        as well."""
        met_other = False
        for at, ref, _ in reversed(self.index.timeline):
            if at >= pos or not isinstance(ref, Person) or not ref.name:
                continue  # the unnamed: _person_between asks about the nouns between
            if pos - at > self.max_distance:
                return None
            if ref.gender not in (None, gender):
                met_other = True
                continue
            if ref.gender is None and (met_other or not unknown):
                return None
            if not self._named_outside_quote(at) and not self._speaker_named(ref, at):
                return None
            return ref if self._alone_in_sentence(ref, at, gender) else None
        return None

    def _speaker_named(self, ref: Person, at: int) -> bool:
        """Is the name at char ``at`` inside the speaker mention of a statement, resolved to
        ``ref`` ("Die Vorsitzende …, Ulrike Rabmer-Koller, fordert mehr Geld" taken whole
        as a reported statement: its speaker is named, not talked of in quoted words)?"""
        return any(s <= at < e and res.ref is ref for (s, e), res in self._cache.items())

    def _named_outside_quote(self, at: int) -> bool:
        """Is the name at char ``at`` outside quoted words, or the subject of its clause (a
        sentence taken whole as a quote: "CSU-Generalsekretär Andreas Scheuer hatte …
        gefordert")?"""
        if not self.index._in_quote(at):
            return True
        tok = self.doc.char_span(at, at + 1, alignment_mode="expand")
        ents = self._ents_in(tok, PERSON_LABELS) if tok is not None else []
        return bool(ents) and DocIndex._is_subject(ents[0])

    def _alone_in_sentence(self, ref: Person, at: int, gender: str) -> bool:
        """Does ``ref`` stand out in the sentence of its mention at char ``at``: no other person
        of ``gender`` (or of none known) in it, or ``ref`` alone is the subject or a speaker
        ("Boehner schloss nicht aus, Obama zu verklagen")?"""
        sent = self.index.sent_start_char(at)
        mine, others = False, []
        for at2, other, prominent in self.index.timeline:
            if (
                not isinstance(other, Person)
                or not other.name
                or other.gender not in (None, gender)
            ):
                continue
            if self.index.sent_start_char(at2) != sent:
                continue
            if other is ref or other.name == ref.name:
                mine = mine or prominent
            else:  # "Hans Gruber und Peter Wagner trafen sich": both, as the conjunct tells
                others.append(prominent or self._coordinated(at2))
        return not others or (mine and not any(others))

    def _coordinated(self, at: int) -> bool:
        """Is the name at char ``at`` a conjunct of a coordination ("X und Y")? Also when a
        parse hangs the first name off the second: a conjunction and a name right after it."""
        doc = self.doc
        tok = doc.char_span(at, at + 1, alignment_mode="expand")
        ents = self._ents_in(tok, PERSON_LABELS) if tok is not None else []
        if any(coordination_head(t) is not None for e in ents[:1] for t in e):
            return True
        return any(
            e.end + 1 < len(doc)
            and doc[e.end].pos_ == "CCONJ"
            and doc[e.end + 1].ent_type_ in PERSON_LABELS
            for e in ents[:1]
        )

    def _role_fits(self, ref: Person, head: Token) -> bool:
        """A role the text gave the person does not contradict the description's role ("der
        Professor" is not the one introduced as "Verkehrsminister")."""
        m = self.lex.lookup(head.text)
        if m is None or m.kind != "role":
            return True
        group = m.record.get("group") or m.stem
        if self._other_body_leader(m, ref):
            return False  # "der SPÖ-Chef" is not the one introduced as "Polizeichef"
        if group in ref.roles.values() or any(
            s.endswith(m.stem) or m.stem.endswith(s) for s in ref.roles
        ):
            return True
        leaders = self.lex.leader_groups
        if group in leaders and leaders.intersection(ref.roles.values()):
            return True  # "der PiS-Vorsitzende" is the "Parteichef" named last
        if self._member_of_body(m, ref, head):
            return True  # "der Gewerkschafter" is the "Chef der Gewerkschaft Verdi" named
        if not ref.roles:  # "Der Zürcher Bischof Joseph Bonnemain": a title the lexicon lacks
            return not self._titled_otherwise(ref, head)
        if self._party_title_fits(m, ref):
            return True  # "der Grünen-Chef" after "Vizekanzler Werner Kogler"
        # a compound names whose office it is: "die Sozialversicherungs-Chefin" after "…
        # Hauptverband der Sozialversicherungsträger, Ulrike Rabmer-Koller"; not "des
        # Polizeichefs von Kandahar" for the president
        base = m.base
        prefix = m.stem[: len(m.stem) - len(base)].strip("-")
        return m.stem.endswith(base) and len(prefix) >= 5 and self._said_near(ref, [prefix], head)

    def _party_title_fits(self, m: RoleMatch, ref: Person) -> bool:
        """Is the role a party's title ("der SPÖ-Chef", "die Grünen-Vorsitzende") and the
        person introduced with a political office ("Vizekanzler", "Ministerin"), with no
        title of another party ("SPÖ-Klubobmann X" is no "ÖVP-Chef")?"""
        prefix = _party_prefix(m.stem)
        parties = self.lex.party_prefixes
        if prefix not in parties:
            return False
        if not self.lex.political_offices.intersection(ref.roles.values()):
            return False
        return not any(_party_prefix(s) in parties - {prefix} for s in ref.roles)

    def _other_body_leader(self, m: RoleMatch, ref: Person) -> bool:
        """Is the role a party's leader title ("der SPÖ-Chef") and every leader title the
        text gave the person a compound naming another body ("Polizeichef", "Konzernchef";
        a bare "Chef" and a party's own "Parteichef" fit)?"""
        leaders = self.lex.leader_groups
        party = _party_prefix(m.stem)
        if party not in self.lex.party_prefixes or m.record.get("group") not in leaders:
            return False
        own = [s for s, g in ref.roles.items() if g in leaders]
        return bool(own) and all(self._other_body_prefix(s, party) for s in own)

    def _other_body_prefix(self, stem: str, party: str) -> bool:
        """Does a title's compound prefix name a body that is neither ``party`` nor a party
        word ("polizei" of "polizeichef"; not "partei", "landespartei", "spö-klub")?"""
        hit = self.lex.lookup(stem[:1].upper() + stem[1:])
        if hit is None:
            return False
        base = hit.base
        prefix = stem[: len(stem) - len(base)].strip("-") if stem.endswith(base) else ""
        if not prefix or prefix.startswith(party) or prefix in self.lex.party_prefixes:
            return False
        return not prefix.endswith(self.lex.party_words)

    def _member_of_body(self, m: RoleMatch, ref: Person, head: Token) -> bool:
        """Is the role a member of a body by its word ("Gewerkschafter" of "Gewerkschaft",
        "Senator" of "Senat"), and the text names that body beside the person ("Der Chef der
        Gewerkschaft Verdi, Frank Werneke")?"""
        base = m.base
        bodies = [b for b in self.lex.body_forms if base.startswith(b) and base != b]
        return bool(bodies) and self._said_near(ref, bodies, head)

    def _titled_otherwise(self, ref: Person, head: Token) -> bool:
        """Does a mention of ``ref`` follow a capitalised noun that is no role of the lexicon
        and no person noun by its ending (a title: "Bischof Joseph Bonnemain"), while the
        description is a plain title ("der Kardinal")?"""
        m = self.lex.lookup(head.text)
        if m is None or m.stem != m.base:
            return False
        for at in ref.mentions:
            tok = self.doc.char_span(at, at + 1, alignment_mode="expand")
            prev = self.doc[tok.start - 1] if tok is not None and tok.start > 0 else None
            if prev is None or prev.pos_ != "NOUN" or not prev.text[:1].isupper():
                continue
            if prev.lower_ in (head.lower_ + "n", head.lower_ + "en"):
                continue  # the same title inflected: "dem Sachverständigen X" … "der Sachverständige"
            if self.lex.lookup(prev.text) is None and not self._person_word(prev):
                return True
        return False

    def _attribute_fits(self, ref: Person, head: Token, span: Span) -> bool:
        """An attribute after the noun ("der Professor für Verwaltungsrecht", "der Chef der
        Gruppe Fursan") must repeat a word the text said beside the person's name
        ("Verwaltungsrechtler Andreas Hauer"); without one the description is someone new."""
        # a genitive runs on past the mention: "sagte der Reporter des Fernsehsenders"
        end = span.end
        if self._of_another(head):
            end = max(end, min(head.right_edge.i + 1, head.sent.end))
        after = self.doc[head.i + 1 : end]
        if any(t.ent_type_ in PERSON_LABELS for t in after):
            return False  # "Der behandelnde Arzt Lahms": someone of the person named
        # a work in brackets ("der US-Kultregisseur (Inglourious Basterds)") is an aside
        bracketed, depth = set(), 0
        for t in after:
            depth += (t.text == "(") - (t.text == ")")
            if depth > 0:
                bracketed.add(t.i)
        words = [
            t.lower_
            for t in after
            if t.text[:1].isupper()
            and t.is_alpha
            and len(t) >= 4
            and head in t.ancestors
            and t.i not in bracketed
        ]  # of the noun, not the verb's "bei einer Pressekonferenz"
        if not words:
            return True
        return self._said_near(ref, words, head)

    def _said_near(self, ref: Person, words: list[str], before: Token) -> bool:
        """Does one of ``words`` (lower case; its first eight letters) stand within 80
        characters of a mention of ``ref`` before token ``before``?"""
        text = self.doc.text.lower()
        for at in ref.mentions:
            if at >= before.idx:
                continue
            near = text[max(0, at - 80) : min(at + len(ref.name) + 80, before.idx)]
            if any(w[:8] in near for w in words):
                return True
        return False

    def _in_brackets(self, span: Span) -> bool:
        """Is the mention inside an open bracket ("(Houston, … Der Adler ist gelandet.)": a
        translation or an aside, no one of the article)?"""
        for t in reversed(self.doc[max(0, span.start - 30) : span.start]):
            if t.text == ")":
                return False
            if t.text == "(":
                return True
        return False

    def _person_between(self, ref: Person, span: Span, own: bool = False) -> bool:
        """Does one other person stand between the last mention of ``ref`` and a description
        of it: a role, or a person noun with a singular article or a name after it ("zeigte
        den Rapper an"; not the plural "die Gletscher", whose ending looks like a person's)?
        ``own``: descriptions already resolved to ``ref`` ("Der Anwalt … sagte der
        Arbeitsrechtler") are no one else."""
        last = ref.last_before(span.start_char)
        if last is None:
            return False
        doc, idx = self.doc, self.index
        names = set(ref.name.split())
        mine = [at for at, r, _ in idx.timeline if r is ref] if own else []
        for i in idx.indices_of("person_noun"):
            t = doc[i]
            if not last < t.idx < span.start_char or idx._in_quote(t.idx) or t.text in names:
                continue
            if any(t.left_edge.idx <= at <= t.idx for at in mine):
                continue
            if self._is_role(t) or (i + 1 < len(doc) and doc[i + 1].ent_type_ in PERSON_LABELS):
                return True
            if any(
                c.lower_ in self.lex.determiners and "Sing" in morph_values(c, "Number")
                for c in t.children
            ):
                return True
        return False

    def _used_before(self, head: Token) -> bool:
        """Did the text use the noun (any inflection) before, outside quotations and not right
        before a name ("Die Polizei fand den Studenten … Verteidiger X … sagte der Student":
        the unnamed student, not the lawyer named last)? Asked only for a person named with
        a role: the text calls its protagonist by the same noun again and again ("der Hacker"
        for "George Hotz")."""
        stem = head.lower_
        doc, idx = self.doc, self.index
        for t in doc[: head.i - 1]:
            if not t.lower_.startswith(stem) or len(t.lower_) > len(stem) + 2:
                continue
            nxt = doc[t.i + 1]
            if not idx._in_quote(t.idx) and nxt.ent_type_ not in PERSON_LABELS:
                return True
        return False

    def _recent(self, pos: int, gender: str, nearest: bool = False) -> object | None:
        """The referent of a pronoun at char ``pos``: the most recent sentence with a
        compatible person or body; in it a subject or speaker ("Merkel traf Obama. Sie sagte
        ..."), else the closest mention; with ``nearest`` (a demonstrative) the closest."""
        found: list[tuple[object, bool, int]] = []
        sent = None
        quoted: object | None = None
        for at, ref, prominent in reversed(self.index.timeline):
            if at >= pos:
                continue
            if pos - at > self.max_distance:
                break
            at_sent = self.index.sent_start_char(at)
            if found and (at_sent is None or at_sent != sent):
                if nearest or any(p for _, p, _ in found) or not self._all_quoted(found):
                    break
                # "Djokovic: Ich habe Roger das Match geschenkt. Er fand …": a name in the
                # words quoted last is not whom "er" means -- their speaker, named before, is
                quoted = quoted or found[0][0]
                found = []
            if self._compatible(ref, gender):
                if not found:
                    sent = at_sent
                found.append((ref, prominent, at))
        if not found:
            return quoted
        if nearest:
            return found[0][0]
        if quoted is not None and not any(p for _, p, _ in found):
            return quoted
        return next((r for r, prominent, _ in found if prominent), found[0][0])

    def _all_quoted(self, found: list[tuple[object, bool, int]]) -> bool:
        """Are all the mentions names inside quoted first-person words, none their subject
        ("Ich habe Roger das Match geschenkt": the speaker talks of someone else; a detected
        quote may take in narration, whose subject the name then is)?"""
        for _, _, at in found:
            if not self.index._in_quote(at):
                return False
            first = self.doc.char_span(at, at + 1, alignment_mode="expand")
            if first is None:
                return False
            end = first.end
            while end < len(self.doc) and self.doc[end].ent_type_ == first[0].ent_type_ != "":
                end += 1
            if DocIndex._is_subject(self.doc[first.start : end]):
                return False
            before = self.doc[first[0].sent.start : first.start]
            if not any(t.lower_ in self._first_person for t in before):
                return False  # "… war eine von Lee Sedol": he may speak of himself
        return True

    @staticmethod
    def _compatible(ref: object, gender: str) -> bool:
        if isinstance(ref, Person):
            return ref.gender in (None, gender)
        return isinstance(ref, Body) and ref.gender == gender

    def _by_web(self, span: Span) -> Resolution | None:
        """ "schreibt golem.de", "laut tagesschau.de": a source written as a web address."""
        if len(span) == 1 and _WEB.match(span[0].text):
            return Resolution(span[0].text, "speaker.web")
        # "das Branchenmedium atmedia.at": the address after a noun of the medium
        last, before = span[-1], span[-2] if len(span) > 1 else None
        if (
            before is not None
            and _WEB.match(last.text)
            and before.text[:1].isupper()
            and not self._person_word(before)
        ):
            return Resolution(last.text, "speaker.web")
        return None

    def _by_acronym(self, span: Span) -> Resolution | None:
        """ "der VCÖ", "laut WIFO": an upper-case abbreviation no entity covers names a body."""
        toks = [t for t in span if t.text not in _PUNCT and t.lower_ not in self.lex.determiners]
        if len(toks) != 1 or not _ACRONYM.match(toks[0].text):
            return None
        if self.lex.lookup(toks[0].text) is not None:
            return None
        return Resolution(toks[0].text, "speaker.acronym")

    def _by_heuristic(self, span: Span) -> Resolution | None:
        toks = []
        for t in span:  # "Henk Jaap Meijer, Laborleiter der …": the part before an apposition
            if t.text == "," and toks:
                break
            if t.text not in _PUNCT:
                toks.append(t)
        if not toks or toks[0].lower_ in self.lex.function_words or len(toks) > 4:
            return None
        if not all(_cap(t) for t in toks):
            return None
        if any(
            self.lex.lookup(t.text) is not None and self.lex.lookup(t.text).kind != "given_name"
            for t in toks
        ):
            return None
        known = self.index.by_surname.keys() | self.index.given_words
        if self.index.has_pos and not all(
            t.pos_ in ("PROPN", "X") or t.text in known or self._name_part(t, toks[0]) for t in toks
        ):
            return self._surname_as_noun(span, toks)
        tagged = self.index.has_ents and self.index.has_pos  # NER ran and missed it: be strict
        p = self.index.person_by_name([t.text for t in toks], span.start_char + 1)
        if p is not None:
            return Resolution(p.name, "speaker.name_heuristic", p)
        if len(toks) == 1:
            # "Bligh": the fuller form the text used earlier ("Anna Bligh"), else a recurring word
            full = self._fuller_name(toks[0])
            if full:
                return Resolution(full, "speaker.name_heuristic", Person(full, toks[0].text))
            if not self.index._recurs(toks[0]) or (tagged and not self._missed_body(span)):
                return None
        text = self.index.text_between(toks[0], toks[-1])
        return Resolution(text, "speaker.name_heuristic", Person(text, toks[-1].text))

    def _missed_body(self, span: Span) -> bool:
        """Is the mention one proper noun that recurs, no given name ("berichtet Heise",
        "bestätigte ToyTalk", "laut Acer"): a company or medium the NER missed names itself."""
        tok = span[0]
        low = tok.lower_
        return (
            len(span) == 1
            and tok.pos_ == "PROPN"
            and tok.is_alpha  # not "STANDARD-Infos", "US-Sicherheitsforscher"
            and len(tok) >= 3
            and self.lex.given_name_gender(tok.text) is None
            # not a common noun the tagger took for a name ("laut Ankläger", "aus
            # Bankenkreisen", "Sicherheitskreise")
            and self.lex.noun_gender(tok.text, trust_masculine=True) is None
            and not any(low.endswith(w) for w in self.lex.circle_nouns)
        )

    @staticmethod
    def _name_part(tok: Token, first: Token) -> bool:
        """A word after a proper noun that the parse makes a part of its name, whatever its
        tag ("sagte Riad Haddad dem Sender": "Haddad" tagged a common noun)."""
        if tok.i <= first.i or first.pos_ != "PROPN" or "Plur" in morph_values(tok, "Number"):
            return False  # "nach SPIEGEL ONLINE Gerüchte": a plural noun is no name
        cases = morph_values(first, "Case")
        if "Gen" in cases or cases != morph_values(tok, "Case"):
            return False  # "aus Apples Zulieferkette": a genitive owner and its noun
        # UD hangs the later word on the first (flat), TIGER the first on the last (pnc)
        return (tok.head.i == first.i and has_quote_role(tok, "name_part")) or (
            first.head.i == tok.i and has_quote_role(first, "name_part")
        )

    def _surname_as_noun(self, span: Span, toks: list[Token]) -> Resolution | None:
        """ "sagte Fall" after "Ibrahima Fall": a bare capitalised word the tagger took for
        a common noun is the surname of the fuller name the text used with it as a proper
        noun (never "Experten" after "Wiener Experten": a noun there too)."""
        if len(toks) != 1 or len(span) != 1 or toks[0].pos_ != "NOUN":
            return None
        full = self._fuller_name(toks[0], proper=True)
        return (
            Resolution(full, "speaker.name_heuristic", Person(full, toks[0].text)) if full else None
        )

    def _fuller_name(self, tok: Token, proper: bool = False) -> str | None:
        """ "Y X" earlier in the Doc for a one-word mention X (Y a capitalised non-noun-ish word)."""
        words = self.index.words
        for i in range(1, tok.i):
            if words[i] != tok.text:
                continue
            t, y = self.doc[i], self.doc[i - 1]
            if proper and t.pos_ != "PROPN":
                continue
            if (
                _cap(y)
                and y.lower_ not in self.lex.function_words
                and self.lex.lookup(y.text) is None
                and (
                    self.lex.given_name_gender(y.text) or (self.index.has_pos and y.pos_ == "PROPN")
                )
            ):
                return f"{y.text} {t.text}"
        return None
