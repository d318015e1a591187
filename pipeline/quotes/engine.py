"""The quote engine: a short sequence of steps over a per-document context.

1. quotation marks (:mod:`.marks`) and sentence units (:mod:`.units`);
2. cues: speech verbs and cue patterns (:mod:`.cues`);
3. cue frames with their content and speaker mention (:mod:`.frames`, :mod:`.content`,
   :mod:`.mentions`); frames of everyone's thought dropped (:mod:`.generic_voice`);
4. direct quotes and their speakers (:mod:`.direct`), labelled paragraphs of interviews
   and Q&A pieces (:mod:`.interviews`), a medium's headline label a report of it
   (:mod:`.headline_media`); a quote with no speaker goes on with the quote
   right before it (:mod:`.standalone_speakers`); written words and documents as sources
   (:mod:`.written_places`);
5. continuations in the reported-speech mood (:mod:`.continuations`); quoted phrases in a
   Konjunktiv sentence take the statement's speaker (:mod:`.reported_fragments`); the
   party whose claim is rejected (:mod:`.noun_sources`); first-person speech without
   quotation marks goes to the statement before it, or opens the one framed after it
   (:mod:`.first_person`), and so do spoken sentences after unmarked framed speech
   (:mod:`.spoken_runs`); unlabelled Q&A turns of an interview or a report
   (:mod:`.qa_turns`); a headline quote the body repeats takes the body's speaker
   (:mod:`.headlines`); a run of continuations of one speaker in one paragraph is one
   quote (:mod:`.continuation_runs`);
6. speaker mentions made a speaker or nothing (:func:`.mentions.tidy_mentions`) and
   overlaps (:mod:`.overlaps`); a cited direct quote gets a copy for the party that cites
   (:func:`.direct.cited_copies`);
7. one calibrated confidence per quote (:mod:`.scoring`).

Language knowledge is data (:class:`~pipeline.quotes.data.QuoteRules`) plus a small grammar
module per language (:mod:`.lang`).

>>> engine = QuoteEngine.from_rules(nlp.vocab, QuoteRules.load(rules_dir("de")), "de")  # doctest: +SKIP
>>> [q.kind for q in engine(nlp("„Wir bleiben“, sagte er."))]                          # doctest: +SKIP
['direct']
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from .. import labels
from ..speakers.lexicon import RoleLexicon
from .act_clauses import act_clauses
from .asked_objects import asked_objects
from .asked_speakers import asked_speakers
from .attributive_acts import attributive_acts
from .cited_people import cited_people
from .colon_runs import colon_runs
from .colon_speech import colon_speech
from .conditional_sources import conditional_sources
from .content import (
    attach_directs,  # noqa: F401  (part of the engine's public steps)
    reportative_moods,
)
from .context import Cue, DocContext, Quote, TokenTable, Toolkit
from .continuation_runs import join_runs
from .continuations import ORPHAN_CONFIDENCE, continuations
from .coordinated_acts import coordinated_acts
from .coordinated_sources import coordinated_sources
from .crosshead_mentions import crosshead_mentions
from .cues import CueFinder
from .data import QuoteRules
from .dateline_spans import dateline_spans
from .direct import cited_copies, direct_quotes
from .elliptical_frames import elliptical_frames
from .first_person import first_person_leads, first_person_sentences, first_person_speech
from .frame_sentences import frame_sentences
from .frames import frames
from .fronted_clauses import fronted_clauses
from .fronted_sources import fronted_sources
from .generic_voice import drop_generic_frames
from .glosses import glosses
from .headline_media import headline_media
from .headline_roles import headline_roles
from .headlines import headline_speakers
from .impersonal_remarks import impersonal_remarks
from .infinitive_cues import infinitive_cues
from .inner_frames import inner_frames
from .interviews import interviews
from .lang import ADJECTIVES_AFTER_NOUN, make_grammar
from .lead_ins import lead_ins
from .manner_words import fronted_manners
from .marks import MarkFinder
from .mentions import tidy_mentions
from .narrated_colons import narrated_colons
from .narrated_lead_ins import narrated_lead_ins
from .narrated_mains import narrated_mains
from .no_one_mentions import no_one_mentions
from .noun_infinitives import noun_infinitives
from .noun_sources import claim_sources
from .object_relatives import object_relatives
from .object_tails import object_tails
from .open_frames import open_frames
from .opening_frames import opening_frames
from .overlaps import resolve_overlaps
from .own_reporting import drop_own_reporting
from .paired_sentences import paired_sentences
from .participle_documents import participle_documents
from .participle_parts import participle_parts
from .participle_rows import participle_rows
from .passing_media import passing_media
from .passive_mentions import passive_mentions
from .phrase_frames import phrase_frames
from .phrases import Phrases
from .qa_turns import qa_turns
from .question_topics import question_topics
from .relayed_sources import relayed_sources
from .reported_fragments import reported_fragments
from .reported_frames import reported_frames
from .resumed_statements import resumed_statements
from .run_bridges import bridge_runs
from .scoring import Scorer
from .source_appositions import source_appositions
from .source_clause_ends import source_clause_ends
from .source_overruns import source_overruns
from .spaces import trim_space_edges
from .speaker_tails import speaker_tails
from .speech_between import speech_between
from .spoken_runs import spoken_runs
from .stance_frames import stance_frames
from .standalone_speakers import standalone_speakers
from .stray_stops import stray_stops
from .subjunctive_passives import subjunctive_passives
from .subordinate_sources import subordinate_sources
from .thing_subjects import thing_subjects
from .title_rows import title_rows
from .titled_acts import titled_acts
from .titled_sources import titled_sources
from .trailing_frames import trailing_frames
from .utterance_owners import utterance_owners
from .words import QuoteWords
from .written_places import document_sources

__all__ = ["ORPHAN_CONFIDENCE", "Cue", "Quote", "QuoteEngine"]

#: kinds a low-rated quote is rescued as without a speaker mention: a Konjunktiv sentence
#: after a subject that names nobody who speaks is reported speech all the same (train:
#: F1 .7976 -> .8007 when the rescued ones need no speaker; a guessed one is mostly wrong)
RESCUED_WITHOUT_SPEAKER = frozenset({"continuation"})


class QuoteEngine:
    """Finds quotes in Docs; construct once per pipeline (compiles the rules)."""

    def __init__(self, vocab: Vocab, rules: QuoteRules, lang: str, settings: dict[str, Any]):
        self.rules = rules
        self.marks = MarkFinder(rules.marks)
        words = QuoteWords(rules.words)
        self.cues = CueFinder(vocab, rules, words)
        phrases = Phrases(words, adjectives_after_noun=lang in ADJECTIVES_AFTER_NOUN)
        grammar = make_grammar(lang, words, phrases, rules.konjunktiv, self.cues.forms)
        roles = RoleLexicon(rules.roles)
        self.kit = Toolkit(words, phrases, grammar, roles, self.cues.forms, dict(settings))
        self.scorer = Scorer(rules.confidence)

    @classmethod
    def from_rules(
        cls,
        vocab: Vocab,
        rules: QuoteRules,
        lang: str = "de",
        settings: dict[str, Any] | None = None,
    ) -> QuoteEngine:
        """The engine for ``rules`` and the grammar of ``lang`` (``nlp.lang``)."""
        return cls(vocab, rules, lang, settings or {})

    def __call__(
        self, doc: Doc, text: str | None = None, table: TokenTable | None = None
    ) -> list[Quote]:
        """The quotes of ``doc`` in text order (token ranges; see :class:`Quote`), each with
        its calibrated confidence. A quote the rules rate below ``min_rule_confidence`` is
        kept only when its calibrated confidence reaches ``rescue_confidence`` and it has a
        speaker (a rescued quote without one is mostly wrong), or is a continuation
        (:data:`RESCUED_WITHOUT_SPEAKER`). ``text`` is ``doc.text``
        when the caller has it (spaCy joins the tokens on every access), ``table`` the Doc's
        :class:`~.context.TokenTable` (``TokenTable.text`` is the cheap way to ``text``)."""
        ctx, quotes = self.candidates(doc, text, table)
        gate = self.kit.settings.get("min_rule_confidence", 0.0)
        rescue = self.kit.settings.get("rescue_confidence", 1.1)
        scores = [self.scorer.score(ctx, q) for q in quotes]
        kept = []
        for q, p in zip(quotes, scores):
            if q.confidence >= gate or (p >= rescue and _rescuable(q)):
                q.confidence = p
                kept.append(q)
        return kept

    def candidates(
        self, doc: Doc, text: str | None = None, table: TokenTable | None = None
    ) -> tuple[DocContext, list[Quote]]:
        """The context and the quotes of ``doc`` with the rules' own confidence (before
        scoring; what ``data/scripts/fit_quote_confidence.py`` fits on)."""
        table = TokenTable.of(doc) if table is None else table
        text = table.text() if text is None else text
        ctx = DocContext.build(doc, self.kit, self.marks.find(text), table)
        reportative_moods(ctx, text)  # "soll geflohen sein": hearsay reads as reported speech
        open_frames(ctx)  # "„Wir bleiben, sagte er.": an open quote ends before its frame
        with labels.memoised_children(doc):  # the steps walk the same parse again and again
            self.cues(ctx)
            _frame_steps(ctx)
            _mention_steps(ctx)
            _run_steps(ctx)
        return ctx, cited_copies(ctx, resolve_overlaps(ctx.quotes))


def _frame_steps(ctx: DocContext) -> None:
    """Cue frames, their content and the quotation marks (the first steps after the cues)."""
    infinitive_cues(ctx)  # "…, heißt es nun abwarten": no one's words
    participle_rows(ctx)  # "hat X entdeckt, gemeldet und …": acts, no frame
    frames(ctx)
    conditional_sources(ctx)  # "Geht es nach Norden, …": a way, no source
    fronted_clauses(ctx)  # "sagte: Wenn es regnet, bleiben wir": not cut at the comma
    trailing_frames(ctx)  # "…, sagt Kurz.": frames the parse hid
    frame_sentences(ctx)  # "… aufzuhören. Sagt Iggy Pop.": the sentence before
    colon_speech(ctx)  # "Kurz dazu: Es braucht …"
    narrated_colons(ctx)  # "Der Trainer lachte: Er hatte gewonnen.": the writer's
    stance_frames(ctx)  # "…, ist er überzeugt: …"
    dateline_spans(ctx)  # "Teaser. Wien – A. Das sagte X.": A, not the teaser
    drop_generic_frames(ctx)  # "…, wie man früher sagte": nobody's words
    impersonal_remarks(ctx)  # "Eines lässt sich sagen: …": the writer's remark
    direct_quotes(ctx)
    interviews(ctx)
    headline_media(ctx)  # "AFP: Zwölf Tote bei Anschlag": the agency's report, no words
    participle_parts(ctx)  # "Darauf angesprochen, meinte X, man werde …": the clause only
    phrase_frames(ctx)  # "Auf die Kritik angesprochen, sagte X: …": a phrase, no statement


def _mention_steps(ctx: DocContext) -> None:
    """Speaker mentions, source phrases and reported acts of the quotes found so far."""
    tidy_mentions(ctx)
    speaker_tails(ctx)  # "nach Angaben der Beobachtungsstelle für Menschenrechte"
    utterance_owners(ctx)  # "Seine Botschaft an die Fans lautet:": the owner speaks
    object_tails(ctx)  # "warf X Y Spionage vor": the mention ends at the speaker
    asked_objects(ctx)  # "Die Aktivisten forderten Passanten auf": not Passanten
    participle_documents(ctx)  # "In dem von X vorgelegten Papier heißt es": the paper
    crosshead_mentions(ctx)  # "Illusionen verbreiten Merkel warf …": Merkel
    source_overruns(ctx)  # "laut Anklage Gelder an Politiker": "Gelder" is said
    passive_mentions(ctx)  # "wurden Stress und Gruppendruck genannt": no speaker
    passing_media(ctx)  # "…, erinnert sich dieser laut der Zeitung": dieser speaks
    cited_people(ctx)  # "zitierte die Agentur TASR Fico": Fico speaks
    titled_sources(ctx)  # "Laut einem Bericht des „Standard“ soll …": the paper's title
    subordinate_sources(ctx)  # "X, die nach eigenen Angaben …, ist …": the clause only
    fronted_sources(ctx)  # "Laut X vom LKA hatten …": the phrase ends at the verb
    coordinated_sources(ctx)  # "laut Polizei und Feuerwehr": both sources
    source_clause_ends(ctx)  # "laut X zogen 5.000 …, die Polizei spricht von …"
    relayed_sources(ctx)  # "laut X … eintreffen, so Pangl.": Pangl relays X
    source_appositions(ctx)  # "laut dem Sprecher, X, sei …": X names the source
    titled_acts(ctx)  # "warnte vor dem „Projekt Nordbahn“": a reported act
    coordinated_acts(ctx)  # "warnten vor X, und scheinen …": the act is the row
    noun_infinitives(ctx)  # "kritisierte den Beschluss, X zu tun, als Fehler"
    act_clauses(ctx)  # "X lehnte Y ab, während Z …": the reported act ends there
    subjunctive_passives(ctx)  # "würden … aufgefordert": the subject is asked
    attributive_acts(ctx)  # "die als Favoriten bezeichneten Grazer": no act
    object_relatives(ctx)  # "forderte Zugang zu Akten, die … könnten": the object too
    standalone_speakers(ctx)  # "„…“, so letztere. „…“": the speaker found just now
    document_sources(ctx)  # "In einem Schreiben war von einem „…“ die Rede"


def _run_steps(ctx: DocContext) -> None:
    """Statements that go on (continuations, runs, first-person sentences) and the last span fixes."""
    reported_frames(ctx)  # "…, sagte X. Dieser behaupte, …": X's words go on
    continuations(ctx)
    narrated_mains(ctx)  # "X sei gut gelaufen, aber das Wetter machte …": the writer's clause
    no_one_mentions(ctx)  # "Ehrlich gesagt: …", "niemand behauptet, …": no frame
    reported_fragments(ctx)  # "Kämen sie nicht, so „schütze sie Gott“": reported
    thing_subjects(ctx)  # "X kritisierte den Entwurf. Er sei „…“": X's words
    standalone_speakers(ctx, any_kind=True)  # "…, sei er gekommen. „Ich bin …“"
    claim_sources(ctx)  # "wies die Forderung X' zurück, …": X's claim (after the chain)
    first_person_speech(ctx)
    first_person_sentences(ctx)  # "…, sagt X. Ich habe recht bekommen."
    spoken_runs(ctx)  # "…, sagt X. Das ist halt so."
    first_person_leads(ctx)  # "Wir haben verloren. Ich bin schuld, sagt X."
    speech_between(ctx)  # "…, sagt X. Ich war müde. Nun bin ich froh, so X."
    qa_turns(ctx)  # "… im Gespräch mit dem STANDARD. Was …? Ich …": unlabelled Q&A turns
    headline_speakers(ctx)
    headline_roles(ctx)  # "„…“: Kanzler lehnt ab … „…“, sagte Horn": Horn's words
    bridge_runs(ctx)  # "… sei ideal. Die Kinder dürfen erzählen. Oft seien …"
    elliptical_frames(ctx)  # "Andere, sie habe …, wieder andere, …": one row each
    join_runs(ctx)  # "… sei ernst. Man müsse handeln.": one continuation
    question_topics(ctx)  # "Auf die Frage, ob …, sagte X: …": the question is asked
    asked_speakers(ctx)  # "Gefragt, wann er …, antwortete X: …": X speaks
    paired_sentences(ctx)  # "Ich habe … Aber auch das …, sagte X": both sentences
    stray_stops(ctx)  # "… verdreifachen. Ohne 5G, sagte X": one statement
    lead_ins(ctx)  # "X zeigte sich erfreut: …, sagte X": what X said follows the colon
    narrated_lead_ins(ctx)  # "Es ist ein Witz unter Technikern: X sei …, so Y"
    glosses(ctx)  # "…, dass … – eine Anspielung auf …": the writer's gloss
    trim_space_edges(ctx)  # "…  Das ist so.": no quote begins with a double space
    drop_own_reporting(ctx)  # "nach Informationen des STANDARD": the paper's own
    colon_runs(ctx)  # "X sagte: Wir kommen wieder. Wir bauen auf.": one direct quote
    title_rows(ctx)  # "„Service für Zuwanderer“: … Wien – …": no one's statement
    inner_frames(ctx)  # "Ob …, ließ der Minister offen.": the quote ends at the comma
    opening_frames(ctx)  # "Sie möchte wissen, wie … sei.": the quote starts after it
    resumed_statements(ctx)  # "A sei X, sagte er, aber B sei Y": the quote goes on
    fronted_manners(ctx)  # "Scharf kritisierte die Opposition, …": not "Scharf"


def _rescuable(q: Quote) -> bool:
    """May ``q``, rated low by the rules, stay when its calibrated confidence is high?"""
    if q.speaker or q.speaker_chars:
        return True
    # a Konjunktiv sentence that opens the text goes on from nothing
    return q.kind in RESCUED_WITHOUT_SPEAKER and q.unit > 0
