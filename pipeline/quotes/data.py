"""Rule files of the quote component: schemas, loading and saving.

Six files under ``data/rules/<lang>/`` (``rules_dir`` setting):

- ``quote_marks.jsonl``: ``{"id", "open", "close": [...], "nested"}``
- ``speech_verbs.jsonl``: ``{"id", "lemma", "particle", "forms", "kinds", "preposition", "confidence"}``
- ``cue_patterns.jsonl``: ``{"id", "pattern", "kind", "cue_start", "cue_end", "cue_lemma",
  "speaker", "content", "confidence"}`` where ``pattern`` is a spaCy ``Matcher`` token pattern
- ``konjunktiv.jsonl``: ``{"form", "mood"}``, Konjunktiv forms used when there is no morphology
- ``quote_words.jsonl``: the closed-class word lists of the engine (:mod:`.words`)
- ``roles.jsonl``: titles and speaking bodies (:mod:`pipeline.speakers.lexicon`), which tell
  the engine whether a mention names someone who speaks
- ``quote_confidence.jsonl``: ``{"feature", "weight"}``, the calibrated confidence
  (:mod:`.scoring`)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..rules import Field, Schema, load_rules, write_rules
from ..speakers.lexicon import ROLE_SCHEMA
from .scoring import CONFIDENCE_SCHEMA
from .words import QUOTE_WORDS_SCHEMA, QuoteWords

KINDS = ("direct", "indirect", "reported")

QUOTE_MARK_SCHEMA = Schema(
    {
        "id": Field(str, required=True, help="rule id reported in the output"),
        "open": Field(str, required=True, help="opening mark"),
        "close": Field(list, required=True, item=str, help="accepted closing marks"),
        "nested": Field(bool, default=False, help="usually a quote inside a quote (single marks)"),
        "space_inside": Field(
            bool, default=False, help="a space may follow the opening mark (French « … »)"
        ),
    },
    name="quote mark",
    unique=("id",),
)

SPEECH_VERB_SCHEMA = Schema(
    {
        "id": Field(str, required=True, help="rule id reported in the output"),
        "lemma": Field(str, required=True, help="dictionary form, particle included (mitteilen)"),
        "particle": Field(str, default=None, help="separable particle of split verbs (mit)"),
        "forms": Field(list, default=(), item=str, help="word forms matched without a lemmatizer"),
        "kinds": Field(list, default=("direct", "indirect"), item=str, choices=KINDS),
        "preposition": Field(str, default=None, help="PP of a reported speech act (warnte vor)"),
        "confidence": Field(float, default=0.85),
        "not_with": Field(
            list,
            default=(),
            item=str,
            help="words that make the verb no speech when they stand next to it in its clause "
            "(forderte 20 Todesopfer, die 92 Menschenleben gefordert hat)",
        ),
        "reflexive": Field(
            bool,
            default=True,
            help="false: with 'sich' the verb says no speech (sprach sich für … aus, "
            "bestätigt sich)",
        ),
    },
    name="speech verb",
    unique=("id",),
)

SPEAKER_SLOTS = ("after", "before", "subject", "none", "self", "match", "source")
CONTENT_SLOTS = ("clause", "after", "before", "either", "rest")

CUE_PATTERN_SCHEMA = Schema(
    {
        "id": Field(str, required=True, help="rule id reported in the output"),
        "pattern": Field(list, required=True, item=dict, help="spaCy Matcher token pattern"),
        "kind": Field(str, default="indirect", choices=KINDS),
        "cue_start": Field(int, default=0, help="first token of the match that is the cue"),
        "cue_end": Field(int, default=None, help="end (exclusive, may be negative) of the cue"),
        "cue_lemma": Field(str, required=True, help="normalised cue, e.g. laut, zufolge"),
        "speaker": Field(
            str,
            default="after",
            choices=SPEAKER_SLOTS,
            help="noun phrase after/before the cue, clause subject, none, the cue itself, "
            "the words of the match before the cue (Seiner Meinung nach), source = the "
            "document or body in a prepositional phrase (In der Erklärung heißt es)",
        ),
        "content": Field(
            str,
            default="clause",
            choices=CONTENT_SLOTS,
            help="clause around the cue, complement after, clause before, either, rest of clause",
        ),
        "confidence": Field(float, default=0.8),
        "source_before": Field(
            list,
            default=(),
            item=str,
            help="speaker none: prepositions of a fronted source PP (In der Erklärung heißt es)",
        ),
        "source_after": Field(
            list,
            default=(),
            item=str,
            help="speaker none: prepositions of a source PP after the cue (hieß es vom Sprecher)",
        ),
        "speaker_inside": Field(
            bool,
            default=False,
            help="speaker subject: a noun phrase inside the match names it (wird Panetta zitiert)",
        ),
        "source_in_match": Field(
            bool,
            default=False,
            help="speaker after: the match's last word names the source unless a noun "
            "phrase follows a bare source noun (nach Polizeiangaben, nach Angaben der Polizei)",
        ),
        "require_speaker": Field(
            bool,
            default=False,
            help="no quote without a speaker (laut schreiend is no source)",
        ),
        "speaker_antecedent": Field(
            bool,
            default=False,
            help="speaker self: the noun phrase before the comma is the speaker "
            "(die Zeitung, wonach …)",
        ),
        "defer": Field(
            bool,
            default=False,
            help="skip when a speech verb is in the same sentence (unter Berufung auf)",
        ),
        "unit_start": Field(
            bool,
            default=False,
            help="the match must open its sentence (Danach verzeichnet die Bank …)",
        ),
        "present_or_mood": Field(
            bool,
            default=False,
            help="the sentence's finite verb after the match must be in the present tense "
            "(not a passive or future auxiliary) or the sentence in the reported-speech mood: "
            "an account (Danach ist die Fed verantwortlich), not a narrative (Danach brach "
            "Feuer aus)",
        ),
    },
    name="cue pattern",
    unique=("id",),
)

KONJUNKTIV_SCHEMA = Schema(
    {
        "form": Field(str, required=True),
        "mood": Field(str, default="sub1", choices=("sub1", "sub2")),
    },
    name="konjunktiv form",
    unique=("form",),
)

FILES: dict[str, tuple[str, Schema]] = {
    "marks": ("quote_marks.jsonl", QUOTE_MARK_SCHEMA),
    "verbs": ("speech_verbs.jsonl", SPEECH_VERB_SCHEMA),
    "patterns": ("cue_patterns.jsonl", CUE_PATTERN_SCHEMA),
    "konjunktiv": ("konjunktiv.jsonl", KONJUNKTIV_SCHEMA),
    "words": ("quote_words.jsonl", QUOTE_WORDS_SCHEMA),
    "roles": ("roles.jsonl", ROLE_SCHEMA),
    "confidence": ("quote_confidence.jsonl", CONFIDENCE_SCHEMA),
}


@dataclass
class QuoteRules:
    """All rule records of the quote component, validated."""

    marks: list[dict[str, Any]]
    verbs: list[dict[str, Any]]
    patterns: list[dict[str, Any]]
    konjunktiv: list[dict[str, Any]]
    words: list[dict[str, Any]]
    roles: list[dict[str, Any]]
    confidence: list[dict[str, Any]]

    @classmethod
    def load(cls, folder: str | Path) -> QuoteRules:
        """Read the rule files of :data:`FILES` from ``folder`` (errors name file, line and
        field)."""
        folder = Path(folder)
        rules = {key: load_rules(folder / name, schema) for key, (name, schema) in FILES.items()}
        QuoteWords.load(folder / FILES["words"][0])  # the list checks (all ids, no duplicates)
        return cls(**rules)

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """All records by file key (for ``to_bytes``)."""
        return {key: getattr(self, key) for key in FILES}

    def save(self, folder: str | Path) -> None:
        """Write the rule files to ``folder`` (used by ``to_disk``)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for key, (name, _) in FILES.items():
            write_rules(folder / name, getattr(self, key))
