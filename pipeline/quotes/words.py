"""The word lists of the quote engine (``quote_words.jsonl``): closed-class words as data.

One record per list, ``{"id": ..., "words": [...], "help": ...}``; the ids and their kinds
are :data:`WORD_LISTS` (every id is required but those of :data:`OPTIONAL_LISTS`).
Kinds: ``set`` -> a frozenset of lower-case
words (``token.lower_ in words.determiners``), ``endings`` -> a tuple for ``str.endswith``.
A second language writes the same ids in its own folder.

>>> from pipeline import rules_dir
>>> words = QuoteWords.load(rules_dir("de") / "quote_words.jsonl")
>>> "dass" in words.that_words, "wird" in words.passive_auxiliaries
(True, True)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.strings import get_string_id

from ..rules import Field, RuleFileError, Schema, load_rules, read_records

#: list id -> kind (``set`` or ``endings``)
WORD_LISTS: dict[str, str] = {
    "determiners": "set",
    "genitive_determiners": "set",
    "subject_pronouns": "set",
    "prepositions": "set",
    "not_adjectives": "set",
    "verb_forms": "set",
    "adverbial_starts": "set",
    "function_words": "set",
    "recipient_endings": "endings",
    "abbreviations": "set",
    "question_words": "set",
    "subordinators": "set",
    "focus_particles": "set",
    "fragment_block": "set",
    "relative_pronouns": "set",
    "postpositions": "set",
    "object_pronouns": "set",
    "passive_auxiliaries": "set",
    "expletives": "set",
    "adverb_endings": "endings",
    "lowercase_sources": "set",
    "anaphors": "set",
    "anaphor_adverbs": "set",
    "zu_infix_prefixes": "set",
    "not_verb_e": "set",
    "quote_nouns": "set",
    "bare_sources": "set",
    "coordinators": "set",
    "konj2_endings": "endings",
    "that_words": "set",
    "whether_words": "set",
    "as_words": "set",
    "relative_starts": "set",
    "nominative_articles": "set",
    "infinitive_markers": "set",
    "infinitive_endings": "endings",
    "agent_prepositions": "set",
    "document_prepositions": "set",
    "clause_coordinators": "set",
    "impersonal_pronouns": "set",
    "mood_guess_pronouns": "set",
    "speaker_pronouns": "set",
    "demonstrative_subjects": "set",
    "fronted_adverb_endings": "endings",
    "participle_prefixes": "set",
    "participle_t_endings": "endings",
    "participle_en_endings": "endings",
    "konj1_endings": "endings",
    "not_konj1_endings": "endings",
    "konj2_plural_endings": "endings",
    "fragment_leads": "set",
    "fragment_leads_before": "set",
    "predicative_particles": "set",
    "impersonal_subjects": "set",
    "reflexive_pronouns": "set",
    "third_person_pronouns": "set",
    "attribute_prepositions": "set",
    "web_domains": "set",
    "article_expletives": "set",
    "adjective_endings": "endings",
    "question_labels": "set",
    "answer_labels": "set",
    "time_words": "set",
    "recipient_articles": "set",
    "speaker_so_words": "set",
    "speaker_so_after": "set",
    "citing_lemmas": "set",
    "purpose_markers": "set",
    "purpose_prepositions": "set",
    "infinitive_nouns": "set",
    "sentence_openers": "set",
    "reportative_modals": "set",
    "perfect_auxiliaries": "set",
    "fronted_participle_endings": "endings",
    "frame_openers": "set",
    "name_cut_prepositions": "set",
    "object_determiners": "set",
    "duration_endings": "endings",
    "as_clause_leads": "set",
    "indefinite_articles": "set",
    "speaker_so_demonstratives": "set",
    "statement_nouns": "set",
    "example_words": "set",
    "first_person_subjects": "set",
    "attitude_lemmas": "set",
    "holder_prepositions": "set",
    "naming_lemmas": "set",
    "title_nouns": "set",
    "first_person_speakers": "set",
    "preposition_nouns": "set",
    "indefinite_subjects": "set",
    "heading_openers": "set",
    "utterance_nouns": "set",
    "non_source_prepositions": "set",
    "dative_determiners": "set",
    "source_prepositions": "set",
    "occasion_nouns": "set",
    "place_nouns": "set",
    "speech_act_words": "set",
    "no_one_nouns": "set",
    "enumerators": "set",
    "partitive_prepositions": "set",
    "further_openers": "set",
    "sourceless_cue_lemmas": "set",
    "first_person_forms": "set",
    "comparison_leads": "set",
    "comparison_particles": "set",
    "konjunktiv_idioms": "set",
    "embedded_clause_openers": "set",
    "writer_modals": "set",
    "modal_copulas": "set",
    "negations": "set",
    "negatable_lemmas": "set",
    "deciding_lemmas": "set",
    "clause_relatives": "set",
    "report_noun_endings": "endings",
    "disowning_lemmas": "set",
    "container_adverbs": "set",
    "text_noun_endings": "endings",
    "complement_only_lemmas": "set",
    "thing_sense_lemmas": "set",
    "no_anaphor_lemmas": "set",
    "announcing_auxiliaries": "set",
    "referring_participles": "set",
    "written_words_nouns": "set",
    "written_place_prepositions": "set",
    "written_place_adverbs": "set",
    "dative_speech_lemmas": "set",
    "ambiguous_dative_articles": "set",
    "dative_plural_articles": "set",
    "dative_pronouns": "set",
    "name_particle_openers": "set",
    "name_particle_articles": "set",
    "claim_noun_endings": "endings",
    "claim_noun_prepositions": "set",
    "comparison_words": "set",
    "judging_lemmas": "set",
    "announcing_lemmas": "set",
    "konj2_stem_letters": "set",
    "concessive_idioms": "set",
    "alternative_words": "set",
    "act_source_prepositions": "set",
    "spoken_particles": "set",
    "second_person_forms": "set",
    "polite_address_forms": "set",
    "spoken_openers": "set",
    "pointer_pronouns": "set",
    "addressee_object_lemmas": "set",
    "konj2_future_forms": "set",
    "conditional_conjunctions": "set",
    "konj2_perfect_forms": "set",
    "wish_particles": "set",
    "duty_modals": "set",
    "date_prepositions": "set",
    "source_group_endings": "endings",
    "thing_subject_lemmas": "set",
    "nominal_adjective_endings": "endings",
    "authoring_lemmas": "set",
    "work_noun_endings": "endings",
    "fragment_conjunctions": "set",
    "noun_origin_prepositions": "set",
    "source_coordinators": "set",
    "contrast_conjunctions": "set",
    "withholding_objects": "set",
    "withholding_lemmas": "set",
    "view_nouns": "set",
    "self_confirming_lemmas": "set",
    "fixed_phrase_tails": "set",
    "pointing_openers": "set",
    "pointing_prepositions": "set",
    "open_question_modals": "set",
    "hearsay_lemmas": "set",
    "man_source_prepositions": "set",
    "masculine_subject_articles": "set",
    "neuter_speaker_pronouns": "set",
    "past_e_forms": "set",
    "gesture_lemmas": "set",
    "stance_lemmas": "set",
    "stance_adjectives": "set",
    "medium_prepositions": "set",
    "nominative_masculine_articles": "set",
    "viewing_nouns": "set",
    "viewed_thing_endings": "endings",
    "result_correlatives": "set",
    "topic_prepositions": "set",
    "speaking_person_forms": "set",
    "opinion_lemmas": "set",
    "gloss_nouns": "set",
    "guess_modals": "set",
    "sought_heads": "set",
    "impersonal_reflexive_lemmas": "set",
    "question_topic_nouns": "set",
    "paired_openers": "set",
    "thing_pointing_lemmas": "set",
    "question_only_lemmas": "set",
    "sign_noun_endings": "endings",
    "ranking_lemmas": "set",
    "rank_noun_endings": "endings",
    "object_articles": "set",
    "additive_particles": "set",
    "bridge_modals": "set",
    "owner_prepositions": "set",
    "summary_nouns": "set",
    "sum_verbs": "set",
    "name_prepositions": "set",
    "setting_nouns": "set",
    "trailing_only_lemmas": "set",
    "computing_lemmas": "set",
    "nobody_pronouns": "set",
    "fragment_source_patterns": "set",
    "fragment_owner_patterns": "set",
    "quantifier_subjects": "set",
    "own_outlets": "set",
    "own_reporting_nouns": "set",
    "specifying_lemmas": "set",
    "meaning_lemmas": "set",
    "meaning_adverbs": "set",
    "reason_naming_lemmas": "set",
    "reason_nouns": "set",
    "asking_lemmas": "set",
    "non_genitive_articles": "set",
    "nominative_genitive_articles": "set",
    "so_claim_noun_endings": "endings",
    "framing_participles": "set",
    "knowing_verbs": "set",
    "unmarked_frame_lemmas": "set",
    "so_plan_noun_endings": "endings",
    "article_noun_endings": "endings",
    "ablaut_konj2_singulars": "set",
    "act_clause_openers": "set",
    "turning_out_lemmas": "set",
    "speech_act_origins": "set",
    "stative_auxiliaries": "set",
    "stative_patient_lemmas": "set",
    "sentence_adverbs": "set",
}

#: lists a language may leave out (then empty): the speaker finders they feed stay off
OPTIONAL_LISTS = frozenset(
    {
        "noun_origin_prepositions",
        "speaker_so_words",
        "partitive_prepositions",
        "speaker_so_after",
        "indefinite_subjects",
        "citing_lemmas",
        "purpose_markers",
        "purpose_prepositions",
        "infinitive_nouns",
        "sentence_openers",
        "reportative_modals",
        "perfect_auxiliaries",
        "fronted_participle_endings",
        "frame_openers",
        "name_cut_prepositions",
        "object_determiners",
        "duration_endings",
        "as_clause_leads",
        "indefinite_articles",
        "speaker_so_demonstratives",
        "statement_nouns",
        "example_words",
        "first_person_subjects",
        "attitude_lemmas",
        "holder_prepositions",
        "naming_lemmas",
        "title_nouns",
        "first_person_speakers",
        "preposition_nouns",
        "heading_openers",
        "utterance_nouns",
        "enumerators",
        "non_source_prepositions",
        "dative_determiners",
        "source_prepositions",
        "occasion_nouns",
        "place_nouns",
        "speech_act_words",
        "no_one_nouns",
        "further_openers",
        "sourceless_cue_lemmas",
        "first_person_forms",
        "comparison_leads",
        "comparison_particles",
        "konjunktiv_idioms",
        "embedded_clause_openers",
        "writer_modals",
        "modal_copulas",
        "negations",
        "negatable_lemmas",
        "deciding_lemmas",
        "clause_relatives",
        "report_noun_endings",
        "container_adverbs",
        "text_noun_endings",
        "disowning_lemmas",
        "complement_only_lemmas",
        "thing_sense_lemmas",
        "self_confirming_lemmas",
        "no_anaphor_lemmas",
        "announcing_auxiliaries",
        "referring_participles",
        "written_words_nouns",
        "written_place_prepositions",
        "written_place_adverbs",
        "dative_speech_lemmas",
        "ambiguous_dative_articles",
        "dative_plural_articles",
        "dative_pronouns",
        "name_particle_openers",
        "name_particle_articles",
        "claim_noun_endings",
        "claim_noun_prepositions",
        "comparison_words",
        "judging_lemmas",
        "announcing_lemmas",
        "konj2_stem_letters",
        "concessive_idioms",
        "alternative_words",
        "act_source_prepositions",
        "spoken_particles",
        "second_person_forms",
        "polite_address_forms",
        "spoken_openers",
        "pointer_pronouns",
        "addressee_object_lemmas",
        "konj2_future_forms",
        "conditional_conjunctions",
        "konj2_perfect_forms",
        "wish_particles",
        "duty_modals",
        "date_prepositions",
        "source_group_endings",
        "thing_subject_lemmas",
        "nominal_adjective_endings",
        "authoring_lemmas",
        "work_noun_endings",
        "fragment_conjunctions",
        "source_coordinators",
        "contrast_conjunctions",
        "withholding_objects",
        "withholding_lemmas",
        "view_nouns",
        "fixed_phrase_tails",
        "pointing_openers",
        "pointing_prepositions",
        "open_question_modals",
        "hearsay_lemmas",
        "man_source_prepositions",
        "masculine_subject_articles",
        "neuter_speaker_pronouns",
        "past_e_forms",
        "gesture_lemmas",
        "stance_lemmas",
        "stance_adjectives",
        "medium_prepositions",
        "nominative_masculine_articles",
        "viewing_nouns",
        "viewed_thing_endings",
        "result_correlatives",
        "topic_prepositions",
        "speaking_person_forms",
        "opinion_lemmas",
        "gloss_nouns",
        "guess_modals",
        "sought_heads",
        "impersonal_reflexive_lemmas",
        "question_topic_nouns",
        "paired_openers",
        "thing_pointing_lemmas",
        "question_only_lemmas",
        "sign_noun_endings",
        "ranking_lemmas",
        "rank_noun_endings",
        "object_articles",
        "additive_particles",
        "bridge_modals",
        "owner_prepositions",
        "summary_nouns",
        "sum_verbs",
        "name_prepositions",
        "setting_nouns",
        "trailing_only_lemmas",
        "computing_lemmas",
        "nobody_pronouns",
        "fragment_source_patterns",
        "fragment_owner_patterns",
        "quantifier_subjects",
        "own_outlets",
        "own_reporting_nouns",
        "specifying_lemmas",
        "meaning_lemmas",
        "meaning_adverbs",
        "reason_naming_lemmas",
        "reason_nouns",
        "asking_lemmas",
        "non_genitive_articles",
        "nominative_genitive_articles",
        "so_claim_noun_endings",
        "framing_participles",
        "knowing_verbs",
        "unmarked_frame_lemmas",
        "so_plan_noun_endings",
        "article_noun_endings",
        "ablaut_konj2_singulars",
        "turning_out_lemmas",
        "act_clause_openers",
    }
)

QUOTE_WORDS_SCHEMA = Schema(
    {
        "id": Field(str, required=True, choices=tuple(WORD_LISTS), help="name of the list"),
        "words": Field(list, required=True, item=str, help="the words or endings"),
        "help": Field(str, default="", help="what the list is for"),
    },
    name="quote_words",
    unique=("id",),
)


def _check(records: list[dict[str, Any]], path: Path) -> None:
    """Every list is present, non-empty and without duplicates."""
    lines = {raw.get("id"): line for line, raw in read_records(path) if isinstance(raw, dict)}
    for rec in records:
        words, line = rec["words"], lines.get(rec["id"])
        if not words or any(not w.strip() for w in words):
            raise RuleFileError(path, line, "words", "must be a non-empty list of non-empty words")
        if len(set(words)) != len(words):
            dup = next(w for w in words if words.count(w) > 1)
            raise RuleFileError(path, line, "words", f"duplicate word {dup!r}")
    ids = {r["id"] for r in records}
    missing = [i for i in WORD_LISTS if i not in ids and i not in OPTIONAL_LISTS]
    if missing:
        raise RuleFileError(path, None, "id", f"required list(s) missing: {', '.join(missing)}")


class QuoteWords:
    """The lists of ``quote_words.jsonl`` as attributes (``words.determiners``)."""

    def __init__(self, records: list[dict[str, Any]]):
        self.records = records
        self._lists: dict[str, frozenset[str] | tuple[str, ...]] = {
            r["id"]: tuple(r["words"])
            if WORD_LISTS[r["id"]] == "endings"
            else frozenset(r["words"])
            for r in records
        }
        for name in OPTIONAL_LISTS - self._lists.keys():
            self._lists[name] = () if WORD_LISTS[name] == "endings" else frozenset()
        self.__dict__.update(self._lists)  # plain attributes: no ``__getattr__`` per lookup
        lists = self._lists
        #: "dass", "ob": words that open a content clause
        self.content_openers = lists["that_words"] | lists["whether_words"]
        #: time words long enough to open a compound ("Montag" in "Montagabend"), as a
        #: tuple for ``str.startswith``
        self.time_word_stems = tuple(sorted(w for w in lists["time_words"] if len(w) > 5))
        #: subordinators of adverbial clauses: not "dass", "ob", "wie" (content)
        self.adverbial_subordinators = (
            lists["subordinators"] - self.content_openers - lists["as_words"]
        )

    @classmethod
    def load(cls, path: str | Path) -> QuoteWords:
        """Read and validate the file (errors name file, line and field)."""
        path = Path(path)
        records = load_rules(path, QUOTE_WORDS_SCHEMA)
        _check(records, path)
        return cls(records)

    def __getattr__(self, name: str) -> Any:
        lists = self.__dict__.get("_lists", {})
        if name in lists:
            return lists[name]
        raise AttributeError(f"no word list {name!r} in quote_words.jsonl")


@lru_cache(maxsize=512)
def word_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of a ``set`` list (``doc[i].lower_ in words`` is ``lower[i] in
    word_ids(words)`` with the LOWER ids of :class:`~.context.TokenTable`, no Token);
    remembered per list, so the hot loops that ask for it do not hash the words again)."""
    return frozenset(map(get_string_id, words))
