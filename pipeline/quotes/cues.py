"""Step 2 of the engine: cues -- speech verbs and cue patterns, per sentence unit.

Speech verbs match by lemma (with a tagger) or word form (without), split verbs find their
particle ("teilte … mit"); cue patterns are one spaCy ``Matcher`` built from
``cue_patterns.jsonl``. A pattern marked ``defer`` ("unter Berufung auf") yields to a speech
verb of the same unit.

>>> finder = CueFinder(nlp.vocab, rules, QuoteWords(rules.words))  # doctest: +SKIP
>>> finder(ctx); ctx.cues_by_unit[0][0].lemma   # doctest: +SKIP
'sagen'
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import compress, count
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.symbols import ADJ, ADP, ADV, AUX, CCONJ, NOUN, PRON, PROPN, PUNCT, VERB, X
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .. import labels
from .anchored import AnchoredMatcher
from .context import PATTERN_RULE, VERB_POS, Cue, DocContext, TokenTable
from .data import QuoteRules
from .units import Unit
from .words import QuoteWords

VerbIndex = dict[str, list[tuple[dict[str, Any], bool]]]
#: POS ids a speech verb may carry ("" is 0: no tag), nouns, and what makes a noun a verb
_CUE_POS = frozenset({VERB, AUX, ADJ, X, NOUN, PROPN, ADV, 0})
_NOUN_POS = frozenset({NOUN, PROPN})
_BEFORE_NOUN_VERB = frozenset({AUX, PRON})


def verb_index(verbs: list[dict[str, Any]]) -> tuple[VerbIndex, VerbIndex]:
    """``(forms, lemmas)``: word form / lemma -> ``[(verb record, split)]``; ``split`` says
    the particle stands apart ("teilte … mit")."""
    forms: VerbIndex = {}
    lemmas: VerbIndex = {}
    for verb in verbs:
        particle = verb.get("particle") or ""
        lemma = verb["lemma"]
        lemmas.setdefault(lemma, []).append((verb, False))
        if particle and lemma.startswith(particle):
            lemmas.setdefault(lemma[len(particle) :], []).append((verb, True))
        for form in verb.get("forms") or ():
            split = bool(particle) and not form.startswith(particle)
            forms.setdefault(form.lower(), []).append((verb, split))
    return forms, lemmas


MEMO_SIZE = 200_000  # lemma ids remembered across Docs
#: the morphology of a subjunctive verb form
SUBJUNCTIVE = "Mood=Sub"
#: what follows a verb and its "sich" when they have no subject after them ("…,
#: verteidigte sich gegen die Vorwürfe und ging")
_NO_SUBJECT_POS = frozenset({ADP, CCONJ, PUNCT})
#: how far from a verb of judging its preposition may stand ("wertet die Einigung der
#: Belegschaft mit der Konzernführung als Erfolg")
PREPOSITION_REACH = 12
#: how far from a verb of judging a negation may stand that takes the judgement back
NEGATION_REACH = 2


class CueFinder:
    """Finds the cues of every unit; built once per engine from the rules."""

    def __init__(self, vocab: Vocab, rules: QuoteRules, words: QuoteWords):
        self.forms, self.lemmas = verb_index(rules.verbs)
        self.form_ids = frozenset(get_string_id(f) for f in self.forms)
        self.listed_lemma: dict[int, bool] = {}  # lemma id -> lower-cased in self.lemmas
        # "zu sichern" is the infinitive of sichern, not a split "zusichern"
        self.no_particle = words.infinitive_markers
        self.reflexives = words.reflexive_pronouns
        self.shift_particles = words.reflexive_shift_particles
        # "Gemeint ist X", "satirisch gemeint war": what is meant, no speech
        self.referring = words.referring_participles
        self.copulas = words.modal_copulas
        # "betrachtet X als Y", "geht von X aus": no cue without the preposition
        self.judging = words.judging_lemmas
        # "hält X für Y": judged only in the indicative (round 36)
        self.predicates = words.predicate_preposition_lemmas
        self.first_speakers = words.first_person_speakers
        self.negations = words.negations
        # "findet, dass …", "…, findet X.": verbs of an opinion frame only next to a comma
        self.opinions = words.opinion_lemmas
        # "…, weiß die Direktorin.": verbs that frame only after what they frame
        self.trailing_only = words.trailing_only_lemmas
        # "…, wie es der Minister formulierte": verbs that frame only in a "wie" clause
        self.as_only = words.as_frame_only_lemmas
        self.as_words = words.as_words
        self.passive_or_stative = words.passive_auxiliaries | words.stative_auxiliaries
        # "Er überlegt, ob …": thinking it over; a frame only after what it frames
        self.deliberating = words.deliberation_lemmas
        # "Als sie bemerkte, dass …", "bemerkte er, wenn …": perceiving, no speech
        self.noticing = words.noticing_lemmas
        self.noticed_markers = words.noticed_markers
        self.noticed_openers = words.noticed_clause_openers
        # "dass Google nicht die Möglichkeit anbietet, …": a thing offered, no speech
        self.offering = words.offering_lemmas
        self.passive_auxiliaries = words.passive_auxiliaries
        # "Die Software kann X nicht errechnen": what it can compute, no statement
        self.computing = words.computing_lemmas
        # "Er weiß, dass …", "…, weiß also, was …", "…, weiß niemand": knowing, no frame
        self.asking = words.whether_words | words.question_words
        self.closing = (
            words.negations
            | words.that_words
            | self.asking
            | words.nobody_pronouns
            | words.indefinite_subjects
        )
        # "…, meinte er damit …": what a statement meant, no statement
        self.meaning = words.meaning_lemmas
        self.meaning_words = words.meaning_adverbs
        # "Es fragt sich, ob …": what is questionable, no one asks
        self.impersonal = words.impersonal_reflexive_lemmas
        # "wehrte sich der Spanier", "verteidigte sich": speech only with "sich"
        self.reflexive_speech = words.reflexive_speech_lemmas
        self.konj2 = words.konj2_endings  # "wehrte" may be tagged a subjunctive
        # "Als die Ergebnisse feststanden, freute sich X": a time, no words before the frame
        self.adverbial_openers = words.adverbial_subordinators
        # "hatte wiederholt erklärt", "die wiederholt Beihilfe leisten": an adverb
        self.adverbial_forms = words.adverbial_speech_forms
        # "Wie sich herausstellte, …": what turned out, no one speaks
        self.turning_out = words.turning_out_lemmas
        self.expletive = words.impersonal_pronouns
        self.matcher = AnchoredMatcher(vocab)  # a Matcher that skips where no cue starts
        self.patterns: dict[str, dict[str, Any]] = {}
        for rec in rules.patterns:
            self.patterns[rec["id"]] = rec
            self.matcher.add(rec["id"], [rec["pattern"]], greedy="LONGEST")

    def __call__(self, ctx: DocContext) -> None:
        """Fill ``ctx.cues_by_unit`` (each unit's cues in text order)."""
        unit_of, units = ctx.unit_of, ctx.units
        ctx.cues_by_unit = [[] for _ in units]
        deferring = set()  # units with a pattern that yields to a speech verb
        for c in self.pattern_cues(ctx):
            ctx.cues_by_unit[unit_of[c.start]].append(c)
            if c.pattern.get("defer"):
                deferring.add(unit_of[c.start])
        by_unit: dict[int, list[int]] = {}  # the units that hold verb candidates
        for i in sorted(self.verb_candidates(ctx.doc, ctx.table)):
            if units[unit_of[i]].start <= i < units[unit_of[i]].end:
                by_unit.setdefault(unit_of[i], []).append(i)
        for ui, here in by_unit.items():
            self._verb_cues(ctx, ui, here)
        for cues in ctx.cues_by_unit:
            if len(cues) > 1:
                cues.sort(key=lambda c: c.start)
        for ui in deferring:
            # "unter Berufung auf Y" and the like yield to a speech verb of the same unit
            if any(c.verb is not None for c in ctx.cues_by_unit[ui]):
                ctx.cues_by_unit[ui] = [
                    c for c in ctx.cues_by_unit[ui] if not (c.pattern and c.pattern.get("defer"))
                ]

    def _verb_cues(self, ctx: DocContext, ui: int, here: list[int]) -> None:
        """Add the cues of the speech verb candidates ``here`` of unit ``ui``."""
        doc, u, cues = ctx.doc, ctx.units[ui], ctx.cues_by_unit[ui]
        taken = {k for c in cues for a, b in c.pieces for k in range(a, b)}
        for i in here:
            if ctx.inside[i] >= 0 or i in taken or doc[i].is_punct:
                continue
            cue = self.verb_cue(doc, i, u, ctx.pos, ctx.parsed, ctx.table, ctx.inside)
            if cue is not None:
                cues.append(cue)

    def verb_candidates(self, doc: Doc, table: TokenTable | None = None) -> set[int]:
        """Tokens whose lower-case form or lemma is a listed speech verb: :meth:`verb_cue`
        finds nothing elsewhere (set look-ups instead of a Python step per token; ``table``:
        the Doc's :class:`TokenTable` when built already)."""
        strings, listed = doc.vocab.strings, self.listed_lemma
        if len(listed) > MEMO_SIZE:  # a bound for long runs over big archives
            listed.clear()
        if table is None:
            lower, lemma = doc.to_array([LOWER, LEMMA]).T.tolist() if len(doc) else ([], [])
        else:
            lower, lemma = table.lower, table.lemma
        try:  # every lemma seen before: the common case after a few Docs
            flags = list(map(listed.__getitem__, lemma))
        except KeyError:  # lemmas not seen before
            for lid in set(lemma).difference(listed):
                listed[lid] = bool(lid) and strings[lid].lower() in self.lemmas
            flags = list(map(listed.__getitem__, lemma))
        found = set(compress(count(), map(self.form_ids.__contains__, lower)))
        found.update(compress(count(), flags))
        return found

    def verb_cue(
        self,
        doc: Doc,
        i: int,
        unit: Unit,
        pos: bool,
        parsed: bool,
        table: TokenTable | None = None,
        inside: list[int] | None = None,
    ) -> Cue | None:
        """The speech verb at token ``i`` as a cue (with its particle), or None (``table``:
        the Doc's :class:`TokenTable` when built already; ``inside``: token -> the quotation
        marks around it, -1 outside, see :class:`~.context.DocContext`)."""
        table = TokenTable.of(doc) if table is None else table
        tag = table.pos[i] if pos else None  # the POS id
        verbal = tag in VERB_POS
        if table.texts[i][:1].isupper() and i != unit.start and not verbal:
            return None
        if pos and tag not in _CUE_POS:
            return None
        t = doc[i]
        if tag == ADV and not _heads_subject(t, parsed):
            return None  # "kurz gesagt", "wie angekündigt": no speech act
        if pos and (_discourse_participle(table, t, unit) or _degree_adverb(table, t, unit)):
            return None  # "Anders gesagt: …", "gab sich betont gelassen": the writer's words
        if (
            tag in _NOUN_POS
            and not (i > unit.start and table.pos[i - 1] in _BEFORE_NOUN_VERB)
            and not _after_quote(doc, i, unit)
        ):
            return None  # a noun -- unless its place says it is a mis-tagged verb
        if t.lower_ in self.referring and _in_clause(doc, i, unit, self.copulas, inside, 4):
            return None  # "Gemeint ist die Grazer SPÖ", "gemeint waren X": no speech act
        if t.lower_ in self.adverbial_forms and pos and self._other_verb(doc, table, i, unit):
            return None  # "wurden wiederholt X festgenommen", "die wiederholt X leisten"
        cands = self._candidates(t, verbal, unit, parsed, table)
        for verb, split in cands:
            if not verb.get("reflexive", True) and _next_to(doc, i, unit, self.reflexives):
                continue  # "sprach sich für … aus", "bestätigt sich": no speech
            if verb.get("not_with") and _in_clause(doc, i, unit, verb["not_with"], inside):
                continue  # "forderte 20 Todesopfer"; not "Die „Aktion Leben“ forderte"
            if verb.get("not_with") and _clause_particle(doc, i, unit, verb["not_with"], parsed):
                continue  # "sprach X vor 15 Jahren von allen Vorwürfen frei": freisprechen
            if self._reflexive_particle(doc, i, unit, verb, parsed, inside):
                continue  # "drängt sich der Verdacht auf, dass …": aufdrängen, no one speaks
            if verb["lemma"] in self.reflexive_speech and not self._reflexive_speech(
                doc, i, unit, inside, parsed
            ):
                continue  # "verteidigte den Titel", "trat vor, wehrte sich und ging": no speech
            if verb["lemma"] in self.impersonal and self._impersonal(doc, i, unit):
                continue  # "Es fragt sich, ob …": no one asks
            if verb["lemma"] in self.turning_out and _in_clause(
                doc, i, unit, self.reflexives, inside
            ):
                continue  # "Wie sich herausstellte, …", "stellte sich heraus": it turned out
            if not self._placed(doc, i, unit, verb["lemma"]):
                continue  # "findet X faszinierend", "Er weiß, dass …": no opinion framed
            if self._judges_nothing(doc, i, unit, verb, inside):
                continue  # "muss die Spiele im Detail betrachten": looks, judges nothing
            pieces = [(i, i + 1)]
            if split:
                prt = find_particle(doc, i, unit, verb["particle"], parsed, self.no_particle, table)
                if prt is None:
                    continue
                pieces.append((prt, prt + 1))
            return Cue(
                start=i,
                end=pieces[-1][1],
                pieces=pieces,
                lemma=verb["lemma"],
                rule=f"verb:{verb['id']}",
                confidence=float(verb["confidence"]),
                kinds=tuple(verb["kinds"]),
                verb=t,
                preposition=verb.get("preposition"),
            )
        return None

    def _reflexive_speech(
        self, doc: Doc, i: int, unit: Unit, inside: list[int] | None, parsed: bool
    ) -> bool:
        """A verb of ``reflexive_speech_lemmas`` says something: with "sich" in its clause
        ("wehrte sich der Spanier"; not "verteidigte den Titel"), as a finite verb (not
        "musste sich rechtfertigen", "hat sich entschuldigt") and not in the Konjunktiv I
        (the sentence is a report of its own: "Man entschuldige sich bei allen, die …"),
        and not as a predicate after a comma with no subject in the parse and none after
        it that goes on with the subject before it ("Der Minister trat vor die Presse,
        verteidigte sich gegen die Vorwürfe und ging")."""
        if not _in_clause(doc, i, unit, self.reflexives, inside):
            return False
        if labels.is_infinitive(doc[i]) or labels.is_participle(doc[i]):
            return False  # "musste sich rechtfertigen", "hat sich entschuldigt, …": the act
        if labels.morph_has(doc[i], SUBJUNCTIVE) and not doc[i].lower_.endswith(self.konj2):
            return False  # "Man entschuldige sich bei allen, die …": reported itself
        if not parsed or i - 1 <= unit.start or doc[i - 1].text != ",":
            return True
        if labels.clause_subject(doc[i]) is not None:
            return True
        k = i + 1
        while k < unit.end and (doc[k].lower_ in self.reflexives or doc[k].pos == ADV):
            k += 1
        return k < unit.end and doc[k].pos not in _NO_SUBJECT_POS

    def _reflexive_particle(
        self, doc: Doc, i: int, unit: Unit, verb: dict, parsed: bool, inside: list[int] | None
    ) -> bool:
        """The verb at ``i`` with a reflexive in its clause and a separable particle of
        ``reflexive_shift_particles`` that is not its own ("drängt sich der Verdacht auf",
        "drängte sich die Frage auf"): another verb, no speech."""
        particles = self.shift_particles - {verb.get("particle")}
        if not particles or not _in_clause(doc, i, unit, self.reflexives, inside):
            return False
        return _clause_particle(doc, i, unit, particles, parsed)

    def _candidates(
        self, t, verbal: bool, unit: Unit, parsed: bool, table: TokenTable
    ) -> list[tuple[dict[str, Any], bool]]:
        """The speech verbs token ``t`` may be, as ``(verb record, split)``: by its form and,
        tagged a verb, by its lemma; a split verb whose particle stands past an apposition
        comes first ("riefen den Bürgermeister, Leoluca Orlando, auf, …": "aufrufen", whose
        content follows the particle, not "rufen", whose content would start at the comma)."""
        cands = list(self.forms.get(t.lower_, ()))
        if verbal and t.lemma_:
            cands += self.lemmas.get(t.lemma_.lower(), [])
        doc, i = t.doc, t.i
        for verb, split in cands:
            if split and cands[0][1] is False:
                prt = find_particle(doc, i, unit, verb["particle"], parsed, self.no_particle, table)
                if prt is not None and "," in table.texts[i + 1 : prt]:
                    return sorted(cands, key=lambda cand: not cand[1])
        return cands

    def _placed(self, doc: Doc, i: int, unit: Unit, lemma: str) -> bool:
        """A verb of an opinion (``opinion_lemmas``) stands by a comma (:func:`_by_comma`),
        a verb of computing (``computing_lemmas``) is no infinitive, a verb of
        ``trailing_only_lemmas`` is an inverted trailing frame
        (:func:`_inverted_trailing`) after no question ("Ob …, weiß X"), a verb of
        ``as_frame_only_lemmas`` is in a "wie" clause (:func:`_in_as_clause`); any other verb
        stands anywhere; a verb of ``meaning_lemmas`` with one of ``meaning_adverbs`` next to
        it in its clause ("Als X sagte, …, meinte er damit …") frames nothing."""
        if lemma in self.meaning and _in_clause(doc, i, unit, self.meaning_words, None, 3):
            return False
        if lemma in self.opinions:
            return _by_comma(doc, i, unit)
        if lemma in self.computing:
            # "nicht errechnen kann": a skill (not a past form the tagger calls infinitive)
            return not (labels.is_infinitive(doc[i]) and doc[i].lower_ == lemma)
        if lemma in self.trailing_only or lemma in self.deliberating:
            opener = doc[unit.start].lower_ in self.asking  # "Ob das gilt, weiß X"
            return not opener and _inverted_trailing(doc, i, unit, self.closing)
        if lemma in self.noticing:
            return not self._noticed(doc, i, unit)
        if lemma in self.offering:
            return not _thing_offered(doc, i, unit, self.passive_auxiliaries)
        if lemma in self.as_only:  # not "Wie der Entwurf formuliert ist, …": no one spoke
            nxt = doc[i + 1].lower_ if i + 1 < unit.end else ""
            return nxt not in self.passive_or_stative and _in_as_clause(doc, i, unit, self.as_words)
        return True

    def _noticed(self, doc: Doc, i: int, unit: Unit) -> bool:
        """A verb of ``noticing_lemmas`` in the sense of perceiving: negated ("bemerkte
        nicht, dass …", "Niemand bemerkte, wie …"), in a clause opened by a temporal
        conjunction ("Als sie bemerkte, dass …") or with a "wenn" clause after its comma
        ("bemerkte er, wenn ihm jemand folgte")."""
        if _in_clause(doc, i, unit, self.noticed_markers, None, NEGATION_REACH):
            return True
        k = i - 1
        while k > unit.start and doc[k - 1].text not in CLAUSE_MARKS:
            k -= 1
        if doc[k].lower_ in self.noticed_openers:
            return True
        k = i + 1
        while k < unit.end - 1 and k - i <= OPINION_GAP + 1 and doc[k].text not in CLAUSE_MARKS:
            k += 1
        return doc[k].text == "," and doc[k + 1].lower_ in self.noticed_openers

    def _other_verb(self, doc: Doc, table: TokenTable, i: int, unit: Unit) -> bool:
        """A full verb that is no speech verb follows the word at ``i`` in its clause (no
        comma or colon between, within :data:`ADVERB_VERB_REACH` words): the word grades that
        verb ("wurden wiederholt Ausländer festgenommen", "die wiederholt Beihilfe
        leisten"), it is no verb itself; before a speech verb ("hatte wiederholt erklärt")
        the parse often makes it the head, and it stays the cue."""
        k = i + 1
        while k < unit.end and k - i <= ADVERB_VERB_REACH and table.texts[k] not in CLAUSE_MARKS:
            if table.pos[k] == VERB:
                return doc[k].lemma_.lower() not in self.lemmas and (
                    table.texts[k].lower() not in self.forms
                )
            k += 1
        return False

    def _impersonal(self, doc: Doc, i: int, unit: Unit) -> bool:
        """Verb ``i`` with "sich" next to it and "es" right before it or right after it
        and "sich" ("Es fragt sich", "fragt es sich", "fragt sich es")."""
        near = [k for k in range(max(unit.start, i - 1), min(unit.end, i + 3)) if k != i]
        return any(doc[k].lower_ in self.reflexives for k in near) and any(
            doc[k].lower_ in self.expletive for k in near
        )

    def _judges_nothing(
        self, doc: Doc, i: int, unit: Unit, verb: dict[str, Any], inside: list[int] | None
    ) -> bool:
        """A verb of judging (``judging_lemmas``) that cues no indirect speech is a speech
        verb only with its preposition in its clause ("betrachtet X als Y", "geht von X
        aus") and without a negation next to it ("Die Wirtschaft geht nicht von X aus"); a
        verb of ``predicate_preposition_lemmas`` not in the Konjunktiv ("Das Amt halte X für
        Y": the report of someone named before goes on) nor next to a pronoun of
        ``first_person_speakers`` ("Ich halte X für Y": the speaker's own words, framed
        elsewhere)."""
        if verb.get("preposition") is None or "indirect" in verb["kinds"]:
            return False
        if verb["lemma"] not in self.judging:
            return False
        if _in_clause(doc, i, unit, self.negations, inside, NEGATION_REACH):
            return True
        near = {doc[k].lower_ for k in (i - 1, i + 1) if unit.start <= k < unit.end}
        if verb["lemma"] in self.predicates and (
            labels.morph_has(doc[i], SUBJUNCTIVE) or near & self.first_speakers
        ):
            return True  # "Das Amt halte X für Y", "Ich halte X für Y": no act (round 36)
        return not _in_clause(doc, i, unit, [verb["preposition"]], inside, PREPOSITION_REACH)

    def pattern_cues(self, ctx: DocContext) -> list[Cue]:
        """Longest non-overlapping pattern matches outside quotation marks."""
        doc = ctx.doc
        best: dict[int, tuple[int, str]] = {}
        table = ctx.table
        columns = None if table is None else [table.lower, table.orth]
        for match_id, s, e in self.matcher(doc, columns):
            if s < e and max(ctx.inside[s:e]) >= 0 and not _names_only(ctx, s, e):
                continue  # one C loop, not a step per token
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
            if self._after_adverbial_clause(ctx, s, rec):
                continue  # "Als die Ergebnisse feststanden, freute sich X": a time
            if _viewing(ctx, e):
                continue  # "nach Ansicht der TV-Bilder": after watching them, no source
            cs = s + rec["cue_start"]
            if rec["cue_end"] is None:
                ce = e
            else:
                ce = e + rec["cue_end"] if rec["cue_end"] < 0 else s + rec["cue_end"]
            kinds = (rec["kind"],)
            conf = float(rec["confidence"])
            rule = PATTERN_RULE + rid
            cues.append(Cue(cs, e, [(cs, ce)], rec["cue_lemma"], rule, conf, kinds, pattern=rec))
            # a match's last words outside its cue (the comma of "ist überzeugt,") may open
            # the next match ("…, so X")
            taken_until = ce if rec["cue_end"] is not None and rec["cue_end"] < 0 else e
        return cues

    def _after_adverbial_clause(self, ctx: DocContext, s: int, rec: dict[str, Any]) -> bool:
        """A pattern of a verb after a comma that frames the words before it with its
        speaker after it (", freute sich X") in a sentence (or after its last colon) that
        opens with an adverbial subordinator ("Als die Ergebnisse feststanden, freute sich
        die Kandidatin"): the clause is a time or a condition, nothing said."""
        if rec["content"] != "before" or rec["speaker"] != "after" or not ctx.pos:
            return False
        k = s + rec["cue_start"]
        if ctx.table.texts[s] != "," or k >= len(ctx.doc) or ctx.table.pos[k] not in VERB_POS:
            return False
        u = ctx.units[ctx.unit_of[s]]
        colons = [m for m in range(u.start, s) if ctx.table.texts[m] == ":"]
        a = colons[-1] + 1 if colons else u.start
        return ctx.doc[a].lower_ in self.adverbial_openers


#: at most this many words between a noun of viewing and the thing viewed ("der neuen TV-Bilder")
VIEWED_REACH = 4


def _viewing(ctx: DocContext, e: int) -> bool:
    """A source pattern that ends in a noun of watching or reading (``viewing_nouns``) with
    a thing one watches or reads after it (``viewed_thing_endings``: "nach Ansicht der
    TV-Bilder", "nach Durchsicht der Akten"): the time after it, no source's view."""
    w, doc = ctx.w, ctx.doc
    if e < 1 or doc[e - 1].lower_ not in w.viewing_nouns:
        return False
    for t in doc[e : e + VIEWED_REACH]:
        if t.pos in _NOUN_POS or (not ctx.pos and t.text[:1].isupper()):
            return t.lower_.endswith(w.viewed_thing_endings)
    return False


def _after_quote(doc: Doc, i: int, unit: Unit) -> bool:
    """Token ``i`` follows a closing quotation mark and a comma ("« … », juge X")."""
    return i > unit.start + 1 and doc[i - 1].text == "," and doc[i - 2].is_quote


def _next_to(doc: Doc, i: int, unit: Unit, words: frozenset[str]) -> bool:
    """A word of ``words`` stands right after or right before token ``i`` in its unit."""
    return (i + 1 < unit.end and doc[i + 1].lower_ in words) or (
        i > unit.start and doc[i - 1].lower_ in words
    )


#: the most tokens between "wie" and the verb of its clause ("wie es X formulierte")
AS_CLAUSE_REACH = 10


def _in_as_clause(doc: Doc, i: int, unit: Unit, as_words: Collection[str]) -> bool:
    """Is the verb at ``i`` in a clause opened by a word of ``as_words`` right after a comma,
    dash or the unit start, with no punctuation between ("…, wie es X formulierte")?"""
    k = i - 1
    while k >= unit.start and i - k <= AS_CLAUSE_REACH and not doc[k].is_punct:
        if doc[k].lower_ in as_words:
            return k == unit.start or doc[k - 1].text in TRAILING_MARKS
        k -= 1
    return False


def _inverted_trailing(doc: Doc, i: int, unit: Unit, closing: Collection[str]) -> bool:
    """A finite verb right after a comma or dash, with its subject after it and none of
    ``closing`` (a negation, "dass", "ob") after it in its unit ("…, weiß die Direktorin.";
    not "Wann es gelingt, weiß ich nicht", "…, weiß man, dass …")."""
    if i < unit.start + 2 or doc[i - 1].text not in TRAILING_MARKS:
        return False
    if not labels.morph_has(doc[i], labels.FINITE_FEATURE):
        return False
    return not any(doc[k].lower_ in closing for k in range(i + 1, unit.end))


def _in_clause(
    doc: Doc, i: int, unit: Unit, words: Collection[str], inside: list[int] | None, reach: int = 6
) -> bool:
    """One of ``words`` stands within ``reach`` words of token ``i`` in its clause (no
    comma between): after a verb-second verb, before a verb at the clause end; not inside
    quotation marks (``inside``: as in :meth:`CueFinder.verb_cue`), where it is part of a name;
    not the active verb's subject ("Die Opfer forderten …", "erklärte der Sieger")."""
    for step in (1, -1):
        k = i + step
        while unit.start <= k < unit.end and abs(k - i) <= reach and doc[k].text != ",":
            if (
                doc[k].lower_ in words
                and (inside is None or inside[k] < 0)
                and not _active_subject(doc[k], i)
            ):
                return True  # not its subject: "„…“, erklärte der Sieger"
            k += step
    return False


#: how far from an adverbial speech verb form another verb of its clause may stand
ADVERB_VERB_REACH = 8


#: the marks before an inverted trailing frame ("…, weiß X", "… – weiß X")
TRAILING_MARKS = frozenset({",", *labels.DASHES})

#: at most this many words (its subject) between a verb of an opinion and the comma after it
OPINION_GAP = 4


#: how far from an offering verb its offered thing may stand in its clause
OFFERED_REACH = 6


def _thing_offered(doc: Doc, i: int, unit: Unit, passives: Collection[str]) -> bool:
    """A noun in the clause of the verb at ``i`` that is its accusative object, or its
    subject in a passive (a word of ``passives`` in the clause): "nicht die Möglichkeit
    anbietet, …", "werden Exkursionen angeboten, die …": a thing is offered, the clause
    after the comma belongs to the noun; an offer to someone ("bietet den Besitzern an, …")
    stays."""
    objects, subjects, passive = False, False, False
    for step in (1, -1):
        k = i + step
        while unit.start <= k < unit.end and abs(k - i) <= OFFERED_REACH:
            t = doc[k]
            if t.text in CLAUSE_MARKS:
                break
            passive = passive or t.lower_ in passives
            if t.pos == NOUN and "Dat" not in t.morph.get("Case"):
                objects = objects or labels.has_role(t, "object")
                subjects = subjects or labels.has_role(t, "passive_subject")
            k += step
    return objects or (subjects and passive)


def _by_comma(doc: Doc, i: int, unit: Unit) -> bool:
    """A finite verb with a comma right before it ("…, findet der Minister.") or a few
    words after it in its clause, before no quotation or conjunction ("findet, dass …",
    "findet der Minister, …"; not "eine Person findet, „die …“", "Unterkunft gefunden, und
    …")."""
    if not labels.morph_has(doc[i], labels.FINITE_FEATURE):
        return False
    if i > unit.start and doc[i - 1].text == ",":
        return True
    for k in range(i + 1, min(i + OPINION_GAP + 2, unit.end - 1)):
        if doc[k].text == ",":
            nxt = doc[k + 1]
            return not (nxt.is_quote or nxt.pos == CCONJ)
        if doc[k].text in CLAUSE_MARKS or doc[k].is_quote:
            return False
    return False


#: how far after a verb the end of its clause may be for a particle there to count
PARTICLE_REACH = 25


def _clause_particle(doc: Doc, i: int, unit: Unit, words: Collection[str], parsed: bool) -> bool:
    """The verb at ``i`` has a word of ``words`` as its separable particle at the end of its
    clause, past the reach of :func:`_in_clause` ("sprach Wałęsa vor mehr als 15 Jahren von
    allen Vorwürfen frei"): another verb ("freisprechen"); with the parse, only the verb's
    own particle counts."""
    k = i + 1
    while k < unit.end and k - i <= PARTICLE_REACH and doc[k].text not in CLAUSE_MARKS:
        k += 1
    if k >= unit.end or doc[k].text not in CLAUSE_MARKS or doc[k - 1].lower_ not in words:
        return False
    t = doc[k - 1]
    return not parsed or (t.head.i == i and labels.has_role(t, "particle"))


#: marks that end a clause (the verb's particle stands right before one)
CLAUSE_MARKS = frozenset({",", ".", ";", ":", "!", "?"})


#: POS ids of the words that may open a discourse participle ("ehrlich gesagt", "ganz offen gesagt")
_DISCOURSE_POS = frozenset({ADJ, ADV})
#: marks after a discourse participle ("Anders gesagt: …", "Ehrlich gesagt, …")
_DISCOURSE_MARKS = frozenset({",", ":"})


def _discourse_participle(table: TokenTable, t, unit: Unit) -> bool:
    """A participle with one or two adverbs (and a conjunction) before it as its whole clause,
    a comma or colon after it ("Oder anders gesagt: …", "Das ist, offen gesagt, …", "Nebenbei bemerkt: …"): the
    writer's discourse marker, no speaker, no quote."""
    i = t.i
    if i + 1 >= unit.end or table.texts[i + 1] not in _DISCOURSE_MARKS:
        return False
    if not labels.is_participle(t):
        return False
    k = i - 1
    while k >= unit.start and table.pos[k] in _DISCOURSE_POS and i - k <= 2:
        k -= 1
    if k == i - 1:
        return False
    if k >= unit.start and table.pos[k] == CCONJ:
        k -= 1  # "Oder anders gesagt: …"
    return k < unit.start or table.texts[k] in _DISCOURSE_MARKS


def _degree_adverb(table: TokenTable, t, unit: Unit) -> bool:
    """A speech verb form that grades the adjective right after it ("waren betont
    zurückhaltend", "gab sich betont gelassen"): tagged an adjective, that word its head."""
    i = t.i
    return (
        table.pos[i] == ADJ
        and i + 1 < unit.end
        and t.head.i == i + 1
        and labels.has_role(t, "modifier")
    )


def _active_subject(t, verb: int) -> bool:
    """Token ``t`` is the subject of the active verb at ``verb`` ("erklärte der Sieger"),
    not a passive one ("Sollte der Antrag angenommen werden")."""
    return t.head.i == verb and labels.has_role(t, "subject") and not labels.is_passive_subject(t)


def _heads_subject(t, parsed: bool) -> bool:
    """A speech verb form the tagger calls an adverb is the verb still when the parse gives
    it a subject ("Die Regierung beschloss, …" with "beschloss" tagged ADV)."""
    return parsed and next(labels.children_with(t, "subject"), None) is not None


def find_particle(
    doc: Doc,
    i: int,
    unit: Unit,
    particle: str,
    parsed: bool,
    not_before: frozenset[str],
    table: TokenTable | None = None,
) -> int | None:
    """The separable particle of the verb at ``i``: from the parse, right before it
    ("wie X bekannt gab"; not a particle of ``not_before``: "zu sichern" is no
    "zusichern"), or at the end of its clause ("teilte … mit."). ``table``: the Doc's
    :class:`TokenTable` when built already."""
    table = TokenTable.of(doc) if table is None else table
    texts, lower, wanted = table.texts, table.lower, get_string_id(particle)
    if wanted not in lower[unit.start : unit.end]:
        return None  # the particle is nowhere in the sentence ("hält" without "fest")
    if parsed:
        for c in labels.children_with(doc[i], "particle"):
            if c.lower_ == particle:
                return c.i
    if i > unit.start and lower[i - 1] == wanted and particle not in not_before:
        return i - 1  # subordinate clause written apart: "wie X bekannt gab"
    j = i + 1
    while j < unit.end and texts[j] not in (";", ":") and j < i + 25:
        if lower[j] == wanted and (j + 1 >= unit.end or doc[j + 1].is_punct):
            return j
        if texts[j] == ",":
            close = _apposition_end(table, j, unit)
            if close is None:
                return None
            j = close
        j += 1
    return None


def _apposition_end(table: TokenTable, j: int, unit: Unit) -> int | None:
    """The comma closing an apposition opened by the comma at ``j`` ("gab der Leiter,
    Andreas Huber, bekannt": a capitalised word, no verb up to the next comma), or None."""
    k, texts, pos = j + 1, table.texts, table.pos
    if k >= unit.end or not texts[k][:1].isupper():
        return None
    while k < unit.end and texts[k] != ",":
        if pos[k] in VERB_POS:
            return None
        k += 1
    return k if k < unit.end else None


#: at most this many tokens in quotation marks make a quoted name ("„L'Equipe“")
MAX_QUOTED_NAME = 4


def _names_only(ctx: DocContext, s: int, e: int) -> bool:
    """The quotations inside match ``s``..``e`` are short names with their marks, none at
    the match's edges ("wie die Sportzeitung „L'Equipe“ veröffentlichte,")."""
    inside = ctx.inside
    if inside[s] >= 0 or inside[e - 1] >= 0:
        return False
    ids = {inside[k] for k in range(s, e) if inside[k] >= 0}
    return all(ctx.directs[d].end - ctx.directs[d].start <= MAX_QUOTED_NAME + 2 for d in ids)
