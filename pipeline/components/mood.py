"""``newsx_mood``: set or correct ``Mood=Sub`` (Konjunktiv) on finite verbs from word forms.

Indirect speech is recognised by the Konjunktiv (``Er sagte, er sei krank``), so Mood must be
right more often than a small statistical morphologizer gets it. This component runs after
the morphologizer and applies the rules of ``data/rules/de/mood.jsonl`` (schema
:data:`MOOD_SCHEMA`), first match wins, form records before suffix records:

- ``always``: the form decides (``sei``, ``könne``, ``hätte``, ``würde``, ``käme`` → Sub;
  ``ist``, ``hat``, ``wollte`` → Ind);
- ``not_first_person``: Sub unless the subject is ``ich`` (``er habe`` / ``ich habe``);
- ``third_singular_subject``: a finite verb ending in the suffix (``-e``, not ``-te``) whose
  subject is 3rd person singular (``er komme``; the indicative is ``kommt``);
- ``present_t``: a finite verb ending in ``-t`` that the model called Sub is indicative.

>>> import spacy, pipeline.components.mood
>>> nlp = spacy.blank("de"); _ = nlp.add_pipe("newsx_mood")
>>> doc = nlp.make_doc("Er sagte , er sei krank .")
>>> doc[4].pos_ = "AUX"
>>> str(nlp(doc)[4].morph)
'Mood=Sub|VerbForm=Fin'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy import symbols as spacy_symbols
from spacy.attrs import LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .. import labels, resources
from ..rules import Field, RuleFileError, Schema, read_records, validate_record
from .lifecycle import RuleComponent

CONDITIONS = (
    "always",
    "not_first_person",
    "third_singular_subject",
    "first_person_subject",
    "present_t",
)

MOOD_SCHEMA = Schema(
    name="mood",
    fields={
        "id": Field(str, required=True, help="rule id"),
        "mood": Field(str, required=True, choices=("Sub", "Ind"), help="Mood value the rule sets"),
        "condition": Field(str, default="always", choices=CONDITIONS, help="when the rule applies"),
        "forms": Field(list, default=(), item=str, help="lower-case word forms"),
        "suffix": Field(str, default=None, help="word ending (instead of forms)"),
        "except": Field(list, default=(), item=str, help="endings that block a suffix rule"),
        "note": Field(str, default="", help="why"),
    },
    unique=("id",),
)

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: roles of dependents that are clauses of their own: an "ich" in them is not the subject
CLAUSE_ROLES = (
    "conjunct",
    "parataxis",
    "clausal_object",
    "adverbial_clause",
    "relative_clause",
)
THIRD_SINGULAR_PRONOUNS = frozenset(
    {
        "er",
        "sie",
        "es",
        "man",
        "das",
        "dies",
        "dieser",
        "diese",
        "dieses",
        "jeder",
        "jede",
        "jemand",
        "niemand",
        "wer",
        "was",
        "der",
        "die",
    }
)
OTHER_PRONOUNS = frozenset({"ich", "du", "wir", "ihr", "Sie"})
#: The same as arrays of spaCy ids, for :meth:`MoodCorrector.candidates`.
FINITE_TAG_IDS = numpy.array([get_string_id(t) for t in FINITE_TAGS], dtype="uint64")
VERB_POS_IDS = numpy.array([spacy_symbols.VERB, spacy_symbols.AUX], dtype="uint64")


MOOD_FILE = "mood.jsonl"
FINITE_MEMO_SIZE = 100_000  # distinct (TAG, POS, MORPH) keys kept


def default_rules_path() -> Path:
    """The shipped ``mood.jsonl``."""
    return resources.rules_dir("de") / MOOD_FILE


def load_mood_rules(path: str | Path) -> list[dict[str, Any]]:
    """Read and check a mood rule file; errors name the file, line and field."""
    numbered = list(read_records(path))
    return check_rules([rec for _, rec in numbered], path, [line for line, _ in numbered])


def check_rules(
    records: list[dict[str, Any]],
    path: str | Path = "<rules>",
    lines: list[int | None] | None = None,
) -> list[dict[str, Any]]:
    """Validate records (schema, forms XOR suffix, no form listed twice); returns them."""
    seen: dict[str, str] = {}
    ids: set[str] = set()
    out = []
    for n, rec in enumerate(records):
        i = lines[n] if lines else n + 1
        rec = validate_record(rec, MOOD_SCHEMA, path, i)
        if rec["id"] in ids:
            raise RuleFileError(path, i, "id", f"duplicate id {rec['id']!r}")
        ids.add(rec["id"])
        if bool(rec["forms"]) == bool(rec["suffix"]):
            raise RuleFileError(path, i, "forms", "give either forms or suffix (exactly one)")
        for f in rec["forms"]:
            if f != f.lower():
                raise RuleFileError(path, i, "forms", f"{f!r} must be lower case")
            if f in seen:
                raise RuleFileError(path, i, "forms", f"{f!r} already in rule {seen[f]!r}")
            seen[f] = rec["id"]
        out.append(rec)
    return out


class MoodCorrector(RuleComponent):
    """Sets ``Mood`` (and ``VerbForm=Fin``) on finite verbs from the rules; see module doc.

    Starts empty unless given ``rules``; ``mood.jsonl`` comes from ``initialize()`` /
    ``from_disk`` (see :mod:`pipeline.components.lifecycle`).
    """

    rule_files = (MOOD_FILE,)
    lazy_attributes = frozenset(
        {"rules", "by_form", "suffix_rules", "suffix_memo", "form_ids", "form_id_set", "idle"}
    )

    def __init__(
        self,
        nlp: Language,
        name: str,
        rules: list[dict[str, Any]] | None = None,
        overwrite: bool = True,
        *,
        rules_path: str | None = None,
    ):
        self.name = name
        self.overwrite = overwrite
        self.rules_source = rules_path
        # (TAG, POS, MORPH) ids -> may a suffix rule fire (see :meth:`may_fire`)
        self.finite_memo: dict[tuple[int, int, int], bool] = {}
        self.moods_of: dict[int, list[str]] = {}  # MORPH id -> its Mood values
        if rules is not None:
            self.set_rules(rules)
            self.__dict__["_filled"] = True

    def load_rules(self, folder: Path) -> None:
        """Read ``mood.jsonl`` from ``folder``."""
        self.set_rules(load_mood_rules(folder / MOOD_FILE))

    def save_rules(self, folder: Path) -> None:
        """Write ``mood.jsonl`` into ``folder`` (empty fields left out)."""
        srsly.write_jsonl(
            folder / MOOD_FILE,
            [{k: v for k, v in r.items() if v not in (None, [], "")} for r in self.rules],
        )

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self.rules = check_rules([{k: v for k, v in r.items()} for r in rules])
        self.by_form: dict[str, dict[str, Any]] = {}
        for rec in self.rules:
            for f in rec["forms"]:
                self.by_form[f] = rec
        self.suffix_rules = [r for r in self.rules if r["suffix"]]
        self.suffix_memo: dict[str, list[dict[str, Any]]] = {}  # form -> suffix_matches
        self.form_ids = numpy.array(sorted(get_string_id(f) for f in self.by_form), dtype="uint64")
        self.form_id_set = frozenset(self.form_ids.tolist())
        # (LOWER, TAG, POS, MORPH) ids of tokens left as they are wherever they stand: no
        # rule for them, or a listed form's unconditional rule that gives their own mood
        self.idle: set[tuple[int, int, int, int]] = set()

    # -- linguistics -------------------------------------------------------------------
    @staticmethod
    def is_finite_verb(token: Token) -> bool:
        """A finite verb by the model: V*FIN tag, or VERB/AUX with VerbForm=Fin or a Mood."""
        if token.tag_ in FINITE_TAGS:
            return True
        if token.pos_ not in ("VERB", "AUX"):
            return False
        vf = token.morph.get("VerbForm")
        return "Fin" in vf or (not vf and bool(token.morph.get("Mood")))

    @staticmethod
    def subject(token: Token) -> Token | None:
        """The subject of the clause of ``token``.

        Auxiliaries look at their head's children too; a conjunct verb without a subject
        inherits the subject of the verb it is coordinated with (``Ich gebe … und bekomme``).
        A first person pronoun among the verb's dependents wins over another ``nsubj``
        because small parsers often take a fronted object for the subject
        (``Die Simkarte habe ich``).
        """
        heads = [token]
        if labels.has_role(token, "verb_group") and token.head.i != token.i:
            heads.append(token.head)
        first_person = None
        subj = None
        for h in heads:
            for child in h.children:
                if child.lower_ in ("ich", "wir") and not labels.has_role(child, *CLAUSE_ROLES):
                    first_person = first_person or child
                if labels.has_role(child, "nominal_subject") and subj is None:
                    subj = child
        if first_person is not None:
            return first_person
        if subj is None:
            for h in heads:
                first = labels.coordination_head(h)
                if first is not None:
                    return MoodCorrector.subject(first)
        return subj

    def person_number(self, token: Token) -> tuple[str | None, str | None]:
        """(person, number) of the subject, else of the verb's own morphology.

        A verb that opens its sentence without any subject (``Habe lange gewartet``, a
        dropped ``ich``) gives person ``"0"``: unknown, so person rules do not fire.
        """
        subj = self.subject(token)
        if subj is not None:
            low = subj.text if subj.text == "Sie" and subj.i != subj.sent.start else subj.lower_
            if low in ("ich",):
                return "1", "Sing"
            if low in ("wir",):
                return "1", "Plur"
            if low in ("du", "ihr", "Sie"):
                return "2", None
            if subj.pos_ in ("NOUN", "PROPN") or low in THIRD_SINGULAR_PRONOUNS:
                num = subj.morph.get("Number")
                return "3", num[0] if num else "Sing"
            return "3", None
        sent_start = (
            token.sent.start
            if token.doc.has_annotation("SENT_START") or token.doc.has_annotation("DEP")
            else 0
        )
        first = next((t for t in token.doc[sent_start : token.i + 1] if not t.is_punct), None)
        if first is not None and first.i == token.i:
            return "0", None
        person = token.morph.get("Person")
        number = token.morph.get("Number")
        return (person[0] if person else None), (number[0] if number else None)

    def match(self, token: Token) -> dict[str, Any] | None:
        """The first rule that applies to ``token``, or None.

        A listed form whose condition fails (``ich habe``) falls through to the suffix rules.
        """
        low = token.lower_
        rec = self.by_form.get(low)
        if rec is not None:
            if token.pos_ not in ("VERB", "AUX") and token.tag_ not in FINITE_TAGS:
                # "Würde" (noun); "Hätte" at a sentence start is still a verb
                if token.text[:1].isupper() and not token.is_sent_start:
                    return None
                if token.pos_ in ("NOUN", "PROPN", "ADJ", "ADV", "ADP"):
                    return None
            if self._holds(rec, token):
                return rec
        if not self.is_finite_verb(token) or (token.tag_ and token.tag_ not in FINITE_TAGS):
            return None
        for rec in self.suffix_matches(low):
            if self._holds(rec, token):
                return rec
        return None

    def suffix_matches(self, low: str) -> list[dict[str, Any]]:
        """The suffix rules whose ending (and none of its exceptions) ``low`` has, in order
        (remembered per form)."""
        memo = self.suffix_memo
        found = memo.get(low)
        if found is None:
            if len(memo) > FINITE_MEMO_SIZE:  # a bound for long runs
                memo.clear()
            found = memo[low] = [
                rec
                for rec in self.suffix_rules
                if low.endswith(rec["suffix"]) and not any(low.endswith(e) for e in rec["except"])
            ]
        return found

    def _holds(self, rec: dict[str, Any], token: Token) -> bool:
        cond = rec["condition"]
        if cond == "always":
            return True
        if cond == "present_t":
            return "Sub" in token.morph.get("Mood")
        person, number = self.person_number(token)
        if cond == "not_first_person":
            return person not in ("0", "1", "2")
        if cond == "third_singular_subject":
            return person == "3" and number != "Plur"
        if cond == "first_person_subject":
            return person == "1"
        return False

    def candidates(self, doc: Doc, arr: numpy.ndarray | None = None) -> list[int]:
        """Indices of the tokens :meth:`match` can fire on: a listed form, a V*FIN tag or a
        VERB/AUX part of speech (one array pass instead of a Python call per token);
        ``arr``: ``doc.to_array([LOWER, TAG, POS, ...])`` when the caller has it."""
        if arr is None:
            arr = doc.to_array([LOWER, TAG, POS])
        if not len(arr):
            return []
        ids = self.form_ids
        at = numpy.minimum(numpy.searchsorted(ids, arr[:, 0]), max(len(ids) - 1, 0))
        mask = (ids[at] == arr[:, 0]) if len(ids) else numpy.zeros(len(arr), dtype=bool)
        for tag in FINITE_TAG_IDS:
            mask |= arr[:, 1] == tag
        for pos in VERB_POS_IDS:
            mask |= arr[:, 2] == pos
        return numpy.flatnonzero(mask).tolist()

    def _unconditional(self, rec: dict[str, Any], token: Token) -> bool:
        """:meth:`match` gives ``rec`` to every token with ``token``'s form, tag and part of
        speech: its listed rule, with no condition, on a verb."""
        return (
            rec["condition"] == "always"
            and self.by_form.get(token.lower_) is rec
            and (token.pos_ in ("VERB", "AUX") or token.tag_ in FINITE_TAGS)
        )

    def may_fire(self, token: Token, key: tuple[int, int, int]) -> bool:
        """Can a suffix rule fire on ``token`` (``key``: its TAG, POS and MORPH ids, all
        that this depends on)? False: :meth:`match` is None unless the form is listed."""
        found = self.finite_memo.get(key)
        if found is None:
            if len(self.finite_memo) > FINITE_MEMO_SIZE:  # a bound for long runs
                self.finite_memo.clear()
            found = self.finite_memo[key] = self.is_finite_verb(token) and not (
                token.tag_ and token.tag_ not in FINITE_TAGS
            )
        return found

    def __call__(self, doc: Doc) -> Doc:
        arr = doc.to_array([LOWER, TAG, POS, MORPH])
        found = self.candidates(doc, arr)
        rows = arr[found].tolist() if found else []  # the candidates' rows only
        idle = self.idle
        if len(idle) > FINITE_MEMO_SIZE:  # a bound for long runs
            idle.clear()
        for i, (low, tag, pos, morph) in zip(found, rows):
            if (low, tag, pos, morph) in idle:
                continue
            token = doc[i]
            listed = low in self.form_id_set
            if not listed and not self.may_fire(token, (tag, pos, morph)):
                idle.add((low, tag, pos, morph))
                continue  # neither a listed form nor a finite verb: no rule applies
            rec = self.match(token)
            if rec is None:
                if not listed and not self.suffix_matches(token.lower_):
                    idle.add((low, tag, pos, morph))  # no rule has its ending
                continue
            current = self.moods_of.get(morph)
            if current is None:
                if len(self.moods_of) > FINITE_MEMO_SIZE:  # a bound for long runs
                    self.moods_of.clear()
                current = self.moods_of[morph] = token.morph.get("Mood")
            if current and not self.overwrite:
                continue
            if current == [rec["mood"]]:
                if self._unconditional(rec, token):
                    idle.add((low, tag, pos, morph))
                continue
            feats = token.morph.to_dict()
            feats["Mood"] = rec["mood"]
            feats["VerbForm"] = "Fin"
            token.set_morph(feats)
        return doc


@Language.factory(
    "newsx_mood",
    default_config={"rules_path": None, "overwrite": True},
    requires=["token.morph", "token.pos"],
    assigns=["token.morph"],
)
def make_mood(nlp: Language, name: str, rules_path: str | None, overwrite: bool) -> MoodCorrector:
    """Factory of ``newsx_mood``; ``rules_path`` (a file) defaults to the shipped
    ``rules/de/mood.jsonl`` (read in ``initialize``/``from_disk``)."""
    return MoodCorrector(nlp, name, None, overwrite=overwrite, rules_path=rules_path)
