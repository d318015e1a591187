"""``newsx_speakers``: who a quote's speaker mention is (issue 5).

Runs after ``newsx_quotes``. For every span in ``doc.spans["quotes"]`` it reads the mention
(``speaker``, ``speaker_start``, ``speaker_end``: char offsets) and sets

- ``speaker_name``: the named person or organisation the mention refers to
  ("Putin" -> "Wladimir Putin", "der russische Staatschef" -> "Wladimir Putin",
  "das Staatsfernsehen" -> "Staatsfernsehen"), or None when the text does not say
  (no mention, plural "sie", a description nobody was introduced with). It never guesses
  across incompatible roles, countries or genders.
- ``rule``: ``"<quote rule>+<speaker rule>"``, e.g. ``"indirect.verb_after+speaker.role:praesident"``.
  The speaker rule is one of the ids listed in :mod:`pipeline.speakers.resolve`
  (``speaker.name``, ``speaker.role:<roles.jsonl id>``, ``speaker.pronoun``,
  ``speaker.org``, ``speaker.org_noun:<id>``, ``speaker.unresolved`` …). A quote without
  a mention keeps its rule unchanged. Running the component twice replaces the suffix.

Continuations (``IndirectFreeIndirect``) carry the mention of the quote they continue, so
they get the same speaker. Titles, speaking bodies and gendered first names come from
``data/rules/<lang>/roles.jsonl`` (schema in :mod:`pipeline.speakers.lexicon`); they are
saved with the pipeline (``to_disk`` writes ``roles.jsonl``) and never go into config.cfg.

Without NER the component degrades to capitalised words after a role ("Präsident Wladimir
Putin") and name-like mentions; without a parser, pronoun number falls back to the cue verb.

>>> nlp.add_pipe("newsx_speakers")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import extensions
from pipeline.components.lifecycle import RuleComponent
from pipeline.rules import load_rules, write_rules
from pipeline.speakers.lexicon import ROLE_SCHEMA, RoleLexicon
from pipeline.speakers.resolve import Resolver

SPAN_KEY = "quotes"
ROLES_FILE = "roles.jsonl"
RULE_SEP = "+"
SPEAKER_RULE_PREFIX = "speaker."


@Language.factory(
    "newsx_speakers",
    default_config={"lang": None, "roles_path": None, "spans_key": SPAN_KEY, "max_distance": 2000},
)
def make_speakers(
    nlp: Language,
    name: str,
    lang: str | None,
    roles_path: str | None,
    spans_key: str,
    max_distance: int,
) -> SpeakerResolver:
    """Factory of ``newsx_speakers``; rule data (in ``initialize``/``from_disk``) from the
    file ``roles_path`` or the shipped ``rules/<lang>/roles.jsonl`` (``lang`` None: ``nlp.lang``)."""
    extensions.register()
    return SpeakerResolver(
        nlp, name, None, spans_key, max_distance, lang=lang or nlp.lang, roles_path=roles_path
    )


def strip_speaker_rule(rule: str | None) -> str | None:
    """The quote's own rule without a speaker suffix ("a+speaker.name" -> "a")."""
    if not rule or SPEAKER_RULE_PREFIX not in rule:
        return rule
    parts = rule.split(RULE_SEP)
    kept = [p for p in parts if not p.startswith(SPEAKER_RULE_PREFIX)]
    return RULE_SEP.join(kept) if kept else None


_FIELDS = ("parts", "speaker_start", "speaker_end", "cue_start", "cue_end", "rule", "speaker_name")
_PLAIN = (None, None, None, None)


def _accessors(doc: Doc):
    """``get(span, (start_char, end_char), name)`` and ``put(span, bounds, name, value)`` of
    the quote extensions: straight on ``doc.user_data`` under spaCy's key when they are
    plain (default None, no getter/setter), saving an Underscore object per access."""
    if any(Span.get_extension(n) != _PLAIN for n in _FIELDS):

        def get_ext(q: Span, k: tuple[int, int], name: str):
            return getattr(q._, name)

        def put_ext(q: Span, k: tuple[int, int], name: str, value) -> None:
            setattr(q._, name, value)

        return get_ext, put_ext
    data = doc.user_data

    def get(q: Span, k: tuple[int, int], name: str):
        return data.get(("._.", name, k[0], k[1]))

    def put(q: Span, k: tuple[int, int], name: str, value) -> None:
        data[("._.", name, k[0], k[1])] = value

    return get, put


class SpeakerResolver(RuleComponent):
    """Sets ``speaker_name`` and the speaker part of ``rule`` on every quote span.

    Starts empty unless given a ``lexicon``; ``roles.jsonl`` comes from ``initialize()`` /
    ``from_disk`` (see :mod:`pipeline.components.lifecycle`).
    """

    rule_files = (ROLES_FILE,)
    lazy_attributes = frozenset({"lexicon"})

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicon: RoleLexicon | None = None,
        spans_key: str = SPAN_KEY,
        max_distance: int = 2000,
        *,
        lang: str = "de",
        roles_path: str | None = None,
    ):
        self.name = name
        self.spans_key = spans_key
        self.max_distance = max_distance
        self.lang, self.rules_source = lang, roles_path
        if lexicon is not None:
            self.lexicon = lexicon
            self.__dict__["_filled"] = True

    def load_rules(self, folder: Path) -> None:
        """Read ``roles.jsonl`` from ``folder``."""
        self.lexicon = RoleLexicon(load_rules(folder / ROLES_FILE, ROLE_SCHEMA))

    def save_rules(self, folder: Path) -> None:
        """Write ``roles.jsonl`` into ``folder``."""
        write_rules(folder / ROLES_FILE, self.lexicon.records)

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc.spans.get(self.spans_key) if self.spans_key in doc.spans else None
        if not quotes:
            return doc
        get, put = _accessors(doc)
        parts = []
        rows = []
        for q in quotes:
            k = (q.start_char, q.end_char)
            parts.extend((a, b) for a, b in get(q, k, "parts") or [k])
            start = get(q, k, "speaker_start")
            rows.append((k[0] if start is None else start, q, k, start, get(q, k, "speaker_end")))
        # the index of persons is built only when a quote names a speaker
        mentioned = any(r[3] is not None for r in rows)
        resolver = Resolver(doc, self.lexicon, parts, self.max_distance) if mentioned else None
        # resolve in reading order of the mentions, so pronouns see earlier speakers; "ich",
        # "Demnach" last: they take the name of a statement around or before them
        if resolver is not None:
            rows.sort(key=lambda r: (resolver.refers_back(r[3], r[4]), r[0]))
        for _, q, k, start, end in rows:
            cue = lambda q=q, k=k: (get(q, k, "cue_start"), get(q, k, "cue_end"))  # pronouns only
            res = resolver.resolve(start, end, cue, k) if resolver else None
            base = strip_speaker_rule(get(q, k, "rule"))
            if res is None:
                put(q, k, "speaker_name", None)
                put(q, k, "rule", base)
                continue
            put(q, k, "speaker_name", res.name)
            put(q, k, "rule", f"{base}{RULE_SEP}{res.rule}" if base else res.rule)
        return doc
