"""German grammar of the quote engine: Konjunktiv as the mark of reported speech, passives
and verb-second order. Words come from ``data/rules/de/quote_words.jsonl`` and
``konjunktiv.jsonl``; nothing here is a German word.

>>> g.mood(nlp("Die Lage sei ernst.")[2])   # doctest: +SKIP
2
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import or_
from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id
from spacy.tokens import Doc, MorphAnalysis, Token
from spacy.vocab import Vocab

from ... import labels
from ..spaces import past_spaces
from ..words import word_ids
from . import GrammarData

if TYPE_CHECKING:
    from ..context import DocContext
    from ..phrases import Phrases
    from ..words import QuoteWords

Span = tuple[int, int]
CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "(", ")"})


class GermanGrammar(GrammarData):
    """:class:`pipeline.quotes.lang.Grammar` for German."""

    def __init__(
        self,
        words: QuoteWords,
        phrases: Phrases,
        konjunktiv: list[dict[str, Any]],
        verb_forms: dict[str, Any],
    ):
        super().__init__(words, phrases, konjunktiv, verb_forms)
        self.konj1 = {r["form"].lower() for r in konjunktiv if r["mood"] == "sub1"}
        self.konj2 = {r["form"].lower() for r in konjunktiv if r["mood"] == "sub2"}
        self._konj_ids = frozenset(map(get_string_id, self.konj1 | self.konj2))
        self._sub_morphs: dict[int, bool] = {}  # MORPH id -> has Mood=Sub (see mood_candidates)
        w = words
        self.sub_endings = w.konj1_endings + w.konj2_plural_endings + w.konj2_endings
        self._participle_endings = w.participle_t_endings + w.participle_en_endings
        self._participle_prefixes = tuple(w.participle_prefixes)
        prefixes = "|".join(sorted(words.zu_infix_prefixes))
        markers = "|".join(sorted(words.infinitive_markers))
        # "abzuwarten", "bekanntzugeben": separable prefix + zu + verb, one word
        self.zu_infix = re.compile(rf"^({prefixes})({markers})[^\W\d_]+en$")

    # ------------------------------------------------------------------ mood
    def mood(self, t: Token) -> int:
        """2 for Konjunktiv I, 1 for Konjunktiv II, 0 otherwise, from the word alone (form,
        part of speech, morphology): callers remember it per form across Docs, and
        :meth:`mood_in_context` corrects it by the sentence."""
        low = t.lower_
        if low in self.konj1:
            return 2
        if low in self.konj2:
            return 1
        if (
            "Sub" in labels.morph_values(t, "Mood")
            and t.pos_ in ("VERB", "AUX", "")
            and self._sub_form(t)
        ):
            return 1 if low.endswith(self.w.konj2_endings) else 2
        return 0

    def mood_in_context(self, t: Token, mood: int) -> int:
        """``mood`` (of :meth:`mood`, above 0) corrected by the parse: an ``-e`` form with the
        subject "ich" is indicative ("ich halte"), a subjunctive the tagger gives a noun's
        modifier is no verb ("potentielle Anwendungen"), a plural that is its own lemma
        reports nothing (:meth:`_plural_present`)."""
        low = t.lower_
        if low in self.konj2:
            return mood
        if low not in self.konj1 and (_attributive(t) or labels.is_closed_class(t)):
            return 0
        if mood == 2 and low not in self.konj1 and self._plural_present(t):
            return 0
        return 0 if mood == 2 and self._first_person_e(t) else mood

    def _plural_present(self, t: Token) -> bool:
        """A plural form the tagger calls subjunctive that is its own lemma ("dass die
        Feiertage auf einen Tag *fallen*", "*werden* Kameras angebracht"): the Konjunktiv I
        plural is the indicative, so the form reports nothing ("seien" is listed; "gingen" is
        not its lemma; "kämen", which the lemmatizer may not know, has a Konjunktiv II stem
        letter of ``konj2_stem_letters``)."""
        low, umlauts = t.lower_, self.w.konj2_stem_letters
        if not low.endswith(self.w.konj2_plural_endings) or low != t.lemma_.lower():
            return False
        return not any(ch in umlauts for ch in low)  # "kämen": an unknown Konjunktiv II

    def _first_person_e(self, t: Token) -> bool:
        """An ``-e`` form with the subject "ich" is indicative ("ich halte", "ich arbeite"):
        by the parse, or "ich" right before or after it ("und ich *habe* nicht so viel
        Erfahrung", "*habe* ich"), whatever the parse hangs it on; or a verb that opens a
        conjunct and so shares the subject "ich" of the finite verb before it ("Ich bin
        gekommen und *habe* es gebracht": the parse may give it the object as subject)."""
        if not t.lower_.endswith(self.w.konj1_endings):
            return False
        if self._has_first_person(t):
            return True
        opens = t.i > 0 and t.doc[t.i - 1].lower_ in self.w.coordinators
        before = _finite_before(t) if opens else None  # "Ich kam … und *habe* es gebracht"
        return before is not None and self._has_first_person(before)

    def first_person_verb(self, t: Token) -> bool:
        """Is ``t`` an ``-e`` form of the subject "ich" (:meth:`_first_person_e`)? For moods
        set after :meth:`mood_in_context` (:func:`..speech_moods.inverted_moods`)."""
        return self._first_person_e(t)

    def _has_first_person(self, t: Token) -> bool:
        """ "ich" right before or after ``t`` or the subject of its clause by the parse."""
        doc, first = t.doc, self.w.first_person_subjects
        if any(0 <= m < len(doc) and doc[m].lower_ in first for m in (t.i - 1, t.i + 1)):
            return True
        verb = t.head if labels.is_auxiliary(t) else t  # "Ich habe … gelernt": the participle's
        subj = labels.clause_subject(verb)
        return subj is not None and subj.lower_ in first

    def mood_candidates(self, vocab: Vocab, lower: list[int], morph: list[int]) -> list[int]:
        """The tokens :meth:`mood` may give more than 0, from their LOWER and MORPH ids: a
        listed Konjunktiv form or a subjunctive in the morphology (C loops, no Token)."""
        subs = self._sub_morphs
        flags = list(map(subs.get, morph))
        if None in flags:  # morphologies not seen before
            for m in set(morph).difference(subs):
                subs[m] = "Sub" in MorphAnalysis.from_id(vocab, m).get("Mood")
            flags = list(map(subs.__getitem__, morph))
        return list(compress(count(), map(or_, map(self._konj_ids.__contains__, lower), flags)))

    def _sub_form(self, t: Token) -> bool:
        """The tagger's subjunctive has a subjunctive ending ("habe", "stünden"; not
        "griff")."""
        return t.lower_.endswith(self.sub_endings)

    def mood_guess(self, doc: Doc, n: int, seg_end: int) -> bool:
        """No morphology: "Feldmann rechne", "man erwäge" -- a verb-second ``-e`` form after a
        subject at the start of a clause (3rd person singular indicative ends in ``-t``)."""
        return self._e_after_subject(doc, n, seg_end, first_person=True) is not None

    def guessed_verb(self, doc: Doc, n: int, seg_end: int) -> int | None:
        """The token :meth:`mood_guess` reads, after a 3rd person subject only: the
        verb-second ``-e`` form after the subject that opens the clause at ``n`` ("Die Firma
        *verzeichne* ein Plus"; not "ich habe"), or None."""
        return self._e_after_subject(doc, n, seg_end, first_person=False)

    def _e_after_subject(self, doc: Doc, n: int, seg_end: int, first_person: bool) -> int | None:
        """The ``-e`` form right after the subject that opens the clause at ``n``, or None;
        a personal pronoun of the list ``subject_pronouns`` other than ``mood_guess_pronouns``
        ("ich", "wir") only with ``first_person``."""
        n = past_spaces(doc, n, seg_end)
        if n >= seg_end:
            return None
        if doc[n].lower_ in self.w.mood_guess_pronouns:
            j = n + 1
        else:
            np = self.ph.np_forward(doc, n, seg_end, False)
            if np is None or not first_person and self.ph.is_pronoun_subject(doc[n]):
                return None
            j = np[1]
        if j >= seg_end:
            return None
        t = doc[j]
        low = t.lower_
        guessed = (
            t.text[:1].islower()
            and low.endswith(self.w.konj1_endings)
            and len(low) > 3
            and low not in self.w.not_verb_e
            and not low.endswith(self.w.not_konj1_endings)
        )
        return j if guessed else None

    def second_e_verb(self, doc: Doc, n: int, end: int) -> int | None:
        """The verb-second ``-e`` form right after the 3rd person subject that opens the
        clause at ``n`` ("Er *gefährde* tausende Jobs", "Dieser *koste* Milliarden", "Die
        Firma *verzeichne* ein Plus"), whatever the tagger calls it, or None: the
        indicative of the 3rd person singular ends in ``-t``, so the form is a Konjunktiv.
        Not a past form ("wurde"; "machte": an ``-te`` form is the present stem's only when
        the tagger reads a verb whose lemma it is, "koste" of "kosten"), nor a clause with
        "ich" in it ("Das glaube ich") or with another finite verb by the tag ("Er alleine
        schaffte es": the word is no verb)."""
        n = past_spaces(doc, n, end)
        j = self._after_third_subject(doc, n, end)
        if j is None or j >= end:
            return None
        t, w = doc[j], self.w
        low = t.lower_
        if j + 1 >= end or doc[j + 1].is_punct or labels.is_closed_class(t):
            # "Dieses schöne, alte Haus": a verb has its object or adverb after it; "Tunesier
            # nahe Raqqa getroffen": a preposition is no verb
            return None
        if not (
            t.text[:1].islower()
            and len(low) > 3
            and low.endswith(w.konj1_endings)
            and low not in w.not_verb_e | w.past_e_forms
            and (not low.endswith(w.not_konj1_endings) or self._present_stem(t))
        ):
            return None
        b = j + 1
        while b < end and doc[b].text not in CLAUSE_BREAK:
            b += 1
        for m in range(n, b):
            v = doc[m]
            if v.lower_ in w.first_person_subjects:
                return None
            if m != j and v.pos_ in ("VERB", "AUX") and labels.morph_has(v, labels.FINITE_FEATURE):
                return None
        return j

    def _after_third_subject(self, doc: Doc, n: int, end: int) -> int | None:
        """The token after the 3rd person subject that opens the clause at ``n``: a personal
        pronoun of ``mood_guess_pronouns`` but "ich", a demonstrative alone
        (``demonstrative_subjects``, ``anaphors``: "Dieser koste", not "Dieser Plan"), or a
        noun phrase; None for another start."""
        if n >= end:
            return None
        w, low = self.w, doc[n].lower_
        if low in w.mood_guess_pronouns and low not in w.first_person_subjects:
            return n + 1
        if low in w.demonstrative_subjects | w.anaphors and n + 2 < end:
            nxt, after = doc[n + 1], doc[n + 2]
            if nxt.text[:1].islower() and after.pos_ not in ("NOUN", "PROPN", "PUNCT"):
                return n + 1  # "Dieser koste den Staat …", not "Das neue Gesetz"
        if self.ph.is_pronoun_subject(doc[n]):
            return None
        np = self.ph.np_forward(doc, n, end, True)
        return None if np is None else np[1]

    def _present_stem(self, t: Token) -> bool:
        """Is the form ``t`` with an ending of ``not_konj1_endings`` a verb whose lemma is
        the form with the infinitive's ``-n`` ("benachteilige" of "benachteiligen", "koste"
        of "kosten"; not "machte" of "machen", nor "verletzte" with the lemma "verletzt":
        the tagger's tense is no help, it gives "sandte" the present)?"""
        return t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == t.lower_ + "n"

    def infinitive_clause(self, doc: Doc, a: int, b: int) -> bool:
        """ "nicht zu bestimmen", "abzuwarten": an infinitive with its marker in ``a``..``b``."""
        markers, endings = self.w.infinitive_markers, self.w.infinitive_endings
        for m in range(a, b):
            low = doc[m].lower_  # one Token per word
            if (
                low in markers and m + 1 < b and doc[m + 1].lower_.endswith(endings)
            ) or self.zu_infix.match(low):
                return True
        return False

    def inner_frame(self, ctx: DocContext, start: int, end: int) -> None:
        """None: German closes the quotation marks before the frame ("„A“, sagte er, „B“")."""

    # --------------------------------------------------------------- passive
    def is_participle_form(self, low: str) -> bool:
        """A past participle by its form ("mitgeteilt", "vorgeworfen")."""
        return low.endswith(self._participle_endings)

    def is_passive(self, verb: Token) -> bool:
        """:func:`labels.is_passive`, also when the tagger reads a participle with a separable
        prefix as an infinitive ("Kony wird vorgeworfen, …")."""
        if labels.is_passive(verb):
            return True
        low = verb.lower_
        prefixes = self._participle_prefixes
        if not (
            self.is_participle_form(low)
            and any(p in low[1:7] for p in prefixes)
            and not low.startswith(prefixes)
        ):
            return False
        return any(t.lower_ in self.w.passive_auxiliaries for t in labels.verb_chain(verb)[1:])

    def passive_agent(self, ctx: DocContext, c: int, k: int, end: int) -> Span | None | bool:
        """``wurde … mitgeteilt``: the ``von`` agent, or False (passive without agent), or
        None (not a passive clause)."""
        doc, w = ctx.doc, self.w
        t = doc[k]
        low = t.lower_
        participle = t.text[:1].islower() and (
            low.endswith(w.participle_t_endings)
            or (
                low.endswith(w.participle_en_endings)
                and any(p in low[:7] for p in w.participle_prefixes)
            )
        )
        if ctx.pos and ("Part" in labels.morph_values(t, "VerbForm") or t.tag_ == "VVPP"):
            participle = True
        if not participle:  # the test of a few attributes first: most cues are no participle
            return None
        # the auxiliary before the participle (main clause) or right after it (verb-final)
        if not self._aux_near(ctx, c, k):
            return None
        lower, attribute = ctx.table.lower, word_ids(w.attribute_prepositions)
        for j in range(c, min(end, k + 8)):
            if j > c and self.ph.is_nounish(doc[j - 1], ctx.pos) and self._aux_after(ctx, j, k):
                continue  # "Der Bürgermeister von Villach wird … zitiert": an attribute
            if lower[j] in attribute and j + 1 < end:
                np = self.ph.np_forward(doc, j + 1, end, ctx.pos)
                if np is not None:
                    return np
        return False

    def _aux_near(self, ctx: DocContext, c: int, k: int) -> bool:
        """A passive auxiliary stands in ``c``..``k + 2``, not at ``k`` (by LOWER ids)."""
        lower, aux = ctx.table.lower, word_ids(self.w.passive_auxiliaries)
        return any(lower[j] in aux for j in range(c, min(len(lower), k + 3)) if j != k)

    def _aux_after(self, ctx: DocContext, j: int, k: int) -> bool:
        """Does a passive auxiliary stand after token ``j`` and before the participle ``k``?"""
        lower, aux = ctx.table.lower, word_ids(self.w.passive_auxiliaries)
        return any(lower[m] in aux for m in range(j + 1, k))

    # --------------------------------------------------------------- subject
    def subject_before(self, ctx: DocContext, c: int, k: int) -> Span | None:
        """Heuristic subject of a verb-second clause starting at ``c`` with cue at ``k`` (a
        sentence after a double space opens with a space token: the clause starts after it)."""
        c = past_spaces(ctx.doc, c, k)
        if c >= k:
            return None
        doc, pos, ph, w = ctx.doc, ctx.pos, self.ph, self.w
        if (
            doc[c].lower_ in w.relative_pronouns
            and c > 0
            and doc[c - 1].text == ","
            and (k == c + 1 or not ph.is_nounish(doc[c + 1], pos))
        ):
            return (c, c + 1)  # relative clause: its pronoun is the subject
        passive = self.passive_agent(ctx, c, k, len(doc))
        if passive is not None:
            if passive is False and doc[c].lower_ in w.document_prepositions and c + 1 < k:
                return ph.np_loose(doc, c + 1, k, pos)  # "In einer Erklärung wurde verkündet"
            return passive or None
        if doc[c].lower_ in w.subordinators and c + 1 < k:
            # "Als der Minister sagte, dass …": the subject follows the conjunction
            if ph.is_pronoun_subject(doc[c + 1]):
                return (c + 1, c + 2)
            np = ph.np_forward(doc, c + 1, k, pos)
            if np is not None:
                return self._compared_subject(ctx, c, np[1], k) or np
        return self._subject_by_order(ctx, c, k)

    def _compared_subject(self, ctx: DocContext, c: int, j: int, k: int) -> Span | None:
        """The subject after the finite verb at ``j`` of a sentence that opens with a
        compared noun phrase ("*Wie Havranek* kritisierte auch er den Bericht": he, not
        Havranek; not "Wie Havranek sagte, sei …", whose verb ends the clause)."""
        doc, pos, ph, w = ctx.doc, ctx.pos, self.ph, self.w
        if doc[c].lower_ not in w.as_words or j + 1 >= k or not self.finite_like(doc[j], pos):
            return None
        m = j + 1
        particle = doc[m].lower_ in w.focus_particles
        m += particle
        if m < k and ph.is_pronoun_subject(doc[m]):
            return (m, m + 1)
        return ph.np_forward(doc, m, k, pos) if particle and m < k else None

    def _subject_by_order(self, ctx: DocContext, c: int, k: int) -> Span | None:
        """Verb-second: a pronoun right after the finite verb, the fronted noun phrase, or the
        noun phrase after the finite verb when an adverbial is fronted."""
        doc, pos, ph, w = ctx.doc, ctx.pos, self.ph, self.w
        # a personal pronoun right after the finite verb is the subject ("bezeichnete er")
        for j in range(c + 1, k + 1):
            if self.finite_like(doc[j], pos):
                if j + 1 < len(doc) and ph.is_pronoun_subject(doc[j + 1]):
                    return (j + 1, j + 2)
                break
        if (
            doc[c].lower_ in w.focus_particles
            and c + 1 < k
            and (ph.is_det(doc[c + 1], pos) or ph.is_nounish(doc[c + 1], pos))
        ):
            c += 1  # "Auch der Minister sagte": the particle belongs to the subject
        first = doc[c]
        if first.lower_ not in w.adverbial_starts and first.lower_ not in w.prepositions:
            np = ph.np_forward(doc, c, k, pos)
            if np is not None and np[1] <= k:
                nxt = doc[np[1]] if np[1] < len(doc) else None
                if nxt is not None and (nxt.i == k or nxt.text[:1].islower() or nxt.text == ","):
                    return np
        if self._fronted_name_word(ctx, c, k):
            return (c, c + 1)  # "Paolo hatte die Ausführung … abgelehnt" with "Paolo" an adverb
        # verb-second with a fronted adverbial: subject right after the finite verb
        for j in range(c + 1, k + 1):
            t = doc[j]
            if self.finite_like(t, pos) or self.verb_guess(t, pos):
                return self.np_after(ctx, j + 1, k if j < k else min(len(doc), j + 12))
        return None

    def _fronted_name_word(self, ctx: DocContext, c: int, k: int) -> bool:
        """Is the word at ``c``, right before the finite verb, a name the tagger read as an
        adverb or adjective (:func:`~..mentions.name_like`): written with a capital letter
        elsewhere in the text after a word, as only nouns and names are ("seinen Sohn Paolo
        beauftragt. Paolo hatte …")?"""
        from ..mentions import name_like  # the mention readers use the grammar

        doc, texts = ctx.doc, ctx.table.texts
        if c >= k or not self.finite_like(doc[c + 1], ctx.pos) or not name_like(ctx, doc[c]):
            return False
        word = texts[c]
        return any(
            texts[m] == word and m != c and texts[m - 1].isalpha() for m in range(1, len(texts))
        )

    def np_after(self, ctx: DocContext, j: int, end: int) -> Span | None:
        """First noun phrase at or after ``j`` (skipping adverbs, auxiliaries, ``sich``)."""
        doc, pos, ph, w = ctx.doc, ctx.pos, self.ph, self.w
        steps = 0
        while j < end and steps < 6:
            t = doc[j]
            if (
                t.text in CLAUSE_BREAK
                or t.is_space
                or t.text in (".", "!", "?")
                or ctx.inside[j] >= 0
            ):
                return None
            if t.lower_ in w.expletives and t.lower_ not in w.article_expletives:
                return None
            if (
                ph.is_pronoun_subject(t)
                or ph.is_det(t, pos)
                or ph.is_nounish(t, pos)
                or (ph.is_adjish(t, pos) and not t.like_num)
            ):
                np = ph.np_forward(doc, j, end, pos, after_verb=True)
                if np is not None:
                    return np
            j += 1
            steps += 1
        return None

    # ------------------------------------------------------------------ verbs
    def verb_guess(self, t: Token, pos: bool) -> bool:
        """Without a tagger: a lowercase word that is no article, preposition or adjective
        is, right after a fronted phrase, most likely the finite verb."""
        if pos:
            return t.pos_ in ("VERB", "AUX")
        low = t.lower_
        return (
            t.text[:1].islower()
            and t.is_alpha
            and not self.ph.is_det(t, False)
            and low not in self.w.prepositions
            and not self.ph.is_adjish(t, False)
            and low not in self.w.not_adjectives
            and low not in self.w.question_words
        )

    def finite_like(self, t: Token, pos: bool) -> bool:
        """A finite verb: tagged so, an auxiliary, or a speech verb form."""
        if pos and t.pos_ in ("VERB", "AUX"):
            return True
        if pos and t.pos_ in ("DET", "PRON", "NOUN", "PROPN", "ADP", "ADJ"):
            return False  # "In seiner Rede": the lemma of "seiner" is "sein", no verb
        return labels.is_auxiliary(t) or t.lower_ in self.forms


def _attributive(t: Token) -> bool:
    """A word the tagger calls a subjunctive verb that modifies a noun or a determiner
    ("potentielle Anwendungen", "diverse Organisationen", "siehe Quelle"): no finite verb.
    (Nor is a closed-class word, :func:`labels.is_closed_class`: "anstelle von Laufen".)"""
    return labels.has_role(t, "noun_modifier", "determiner") or (
        t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN") and not labels.has_role(t, "subject")
    )


def _finite_before(t: Token) -> Token | None:
    """The finite verb nearest before ``t`` in its sentence, whose subject a verb that opens
    a conjunct ("… und *habe* es gebracht") shares, or None."""
    start = t.sent.start if t.doc.has_annotation("SENT_START") else 0
    for k in range(t.i - 2, start - 1, -1):
        v = t.doc[k]
        if v.pos_ in ("VERB", "AUX") and labels.morph_has(v, labels.FINITE_FEATURE):
            return v
    return None
