"""French grammar of the quote engine: reported speech is a complementiser clause or a
source phrase (``data/rules/fr/cue_patterns.jsonl``), not a mood; subjects stand before the
verb (subject-verb-object) except in inversion, where a hyphenated pronoun follows the verb
(``a-t-il ajouté``, ``estime-t-elle``). Words come from ``data/rules/fr/quote_words.jsonl``;
nothing here is a French word.

>>> g.subject_before(ctx, 0, 3)   # "Le ministre a déclaré" -> (0, 2)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ... import labels
from . import GrammarData

if TYPE_CHECKING:
    from ..context import Cue, DocContext

Span = tuple[int, int]
CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "(", ")", ".", "!", "?"})
#: how far after a cue an inverted pronoun may stand ("estime-t-elle": verb, -t, -elle)
INVERSION_REACH = 3


class FrenchGrammar(GrammarData):
    """:class:`pipeline.quotes.lang.Grammar` for French."""

    # ------------------------------------------------------------------ mood
    def mood(self, t: Token) -> int:
        """0: French marks reported speech with "que" and source phrases, not with a mood
        (the conditional of hearsay is also the narrator's, so it carries no speaker)."""
        return 0

    def mood_guess(self, doc: Doc, i: int, end: int) -> bool:
        """No mood guess without morphology (see :meth:`mood`)."""
        return False

    def guessed_verb(self, doc: Doc, i: int, end: int) -> int | None:
        """No mood guess (see :meth:`mood_guess`)."""
        return None

    def second_e_verb(self, doc: Doc, n: int, end: int) -> int | None:
        """No mood guess (see :meth:`mood_guess`)."""
        return None

    def infinitive_clause(self, doc: Doc, a: int, b: int) -> bool:
        """ "de rester", "à négocier": a marker followed by an infinitive in ``a``..``b``."""
        return any(
            doc[m].lower_ in self.w.infinitive_markers
            and m + 1 < b
            and doc[m + 1].lower_.endswith(self.w.infinitive_endings)
            for m in range(a, b)
        )

    # ---------------------------------------------------------- inner frame
    def inner_frame(
        self, ctx: DocContext, start: int, end: int
    ) -> tuple[Cue, Span | None, list[Span]] | None:
        """The frame French puts inside the quotation marks, after a comma and before a comma
        or period that more of the quote follows: "« La situation est stable, *a précisé la
        ministre*. Nous restons vigilants. »", "« Rien, *estime-t-elle*, n'est réglé »"."""
        for k in range(start + 2, end - 2):
            if ctx.doc[k - 1].text == ",":
                found = self._incise(ctx, k, start, end)
                if found is not None:
                    return found
        return None

    def _incise(
        self, ctx: DocContext, k: int, start: int, end: int
    ) -> tuple[Cue, Span | None, list[Span]] | None:
        """An incise at ``k``: [auxiliary] [-t -il] speech verb [subject], then , or ."""
        from ..context import Cue

        doc, stop = ctx.doc, end - 1
        j = k
        while j < stop and j - k < 3 and (labels.is_auxiliary(doc[j]) or doc[j].text[:1] == "-"):
            j += 1
        hits = self.forms.get(doc[j].lower_, ()) if j < stop else ()
        verb = next((rec for rec, _split in hits if "direct" in rec["kinds"]), None)
        if verb is None:
            return None
        speaker = self.inverted_pronoun(doc, j, k) or self.ph.np_forward(doc, j + 1, stop, ctx.pos)
        close = max(j + 1, speaker[1]) if speaker else j + 1
        if speaker is None or close >= stop - 1 or doc[close].text not in (",", "."):
            return None
        rule, conf = f"verb:{verb['id']}", float(verb["confidence"])
        cue = Cue(j, j + 1, [(j, j + 1)], verb["lemma"], rule, conf, tuple(verb["kinds"]), doc[j])
        return cue, speaker, [(start, k - 1), (close + 1, end)]

    # --------------------------------------------------------------- passive
    def _participle(self, t: Token, pos: bool) -> bool:
        if pos and "Part" in labels.morph_values(t, "VerbForm"):
            return True
        return t.text[:1].islower() and t.lower_.endswith(
            self.w.participle_t_endings + self.w.participle_en_endings
        )

    def is_passive(self, verb: Token) -> bool:
        """:func:`labels.is_passive` (the parse marks ``aux:pass``)."""
        return labels.is_passive(verb)

    def passive_agent(self, ctx: DocContext, c: int, k: int, end: int) -> Span | None | bool:
        """ "a été annoncé par le ministère": the agent after the agent preposition, False
        for a passive without one, None when ``k`` is no passive participle."""
        doc, w = ctx.doc, self.w
        if not self._participle(doc[k], ctx.pos):
            return None
        if not any(doc[j].lower_ in w.passive_auxiliaries for j in range(max(c, k - 3), k)):
            return None
        for j in range(k + 1, min(end, k + 6)):
            if doc[j].lower_ in w.agent_prepositions and j + 1 < end:
                np = self.ph.np_forward(doc, j + 1, end, ctx.pos)
                if np is not None:
                    return np
        return False

    # --------------------------------------------------------------- subject
    def inverted_pronoun(self, doc: Doc, k: int, start: int) -> Span | None:
        """The hyphenated subject pronoun of an inversion around the cue at ``k``: "a-t-il
        ajouté" (before it) or "estime-t-elle" (after it)."""
        lo, hi = max(start, k - INVERSION_REACH), min(len(doc), k + INVERSION_REACH)
        for j in range(lo, hi):
            t = doc[j]
            if t.text.startswith("-") and t.lower_ in self.w.subject_pronouns:
                return (j, j + 1)
        return None

    def subject_before(self, ctx: DocContext, c: int, k: int) -> Span | None:
        """The subject of the clause from ``c`` whose cue is at ``k``: an inverted pronoun, a
        relative pronoun after a comma, the passive agent, or the noun phrase or pronoun that
        opens the clause (after a subordinator, adverbial or focus particle)."""
        doc, pos, ph, w = ctx.doc, ctx.pos, self.ph, self.w
        inverted = self.inverted_pronoun(doc, k, c)
        if inverted is not None:
            return inverted
        if c >= k:
            return None
        if doc[c].lower_ in w.relative_pronouns and c > 0 and doc[c - 1].text == ",":
            return (c, c + 1)  # "un porte-parole, qui a déclaré": the pronoun is the subject
        passive = self.passive_agent(ctx, c, k, len(doc))
        if passive is not None:
            return passive or None
        while c < k and (
            doc[c].lower_ in w.subordinators
            or doc[c].lower_ in w.adverbial_starts
            or doc[c].lower_ in w.focus_particles
            or doc[c].lower_ in w.coordinators
        ):
            c += 1
        if c >= k:
            return None
        if ph.is_pronoun_subject(doc[c]):
            return (c, c + 1)
        if doc[c].lower_ in w.prepositions:
            return None
        np = ph.np_forward(doc, c, k, pos)
        if np is None or np[1] > k:
            return None
        if all(self.finite_like(doc[m], pos) or doc[m].is_space for m in range(np[1], k)):
            return np  # the noun phrase, then auxiliaries only: "Le ministre a déclaré"
        return None

    def np_after(self, ctx: DocContext, j: int, end: int) -> Span | None:
        """First noun phrase at or after ``j`` (skipping auxiliaries, the euphonic ``-t``,
        adverbs, "mardi"): the subject after the verb ("a ajouté le ministre", "a-t-il
        ajouté", "a déclaré mardi le président")."""
        doc, pos, ph, w = ctx.doc, ctx.pos, self.ph, self.w
        steps = 0
        while j < end and steps < 6:
            t = doc[j]
            if t.text in CLAUSE_BREAK or "\n" in t.text or ctx.inside[j] >= 0:
                return None
            if t.lower_ in w.expletives or t.lower_ in w.that_words:
                return None
            if ph.is_pronoun_subject(t):
                return (j, j + 1)
            if t.lower_ not in w.adverbial_starts and (ph.is_det(t, pos) or ph.is_nounish(t, pos)):
                np = ph.np_forward(doc, j, end, pos, after_verb=True)
                if np is not None:
                    return np
            j += 1
            steps += 1
        return None

    # ------------------------------------------------------------------ verbs
    def verb_guess(self, t: Token, pos: bool) -> bool:
        """Without a tagger: a speech verb form or an auxiliary is the verb."""
        if pos:
            return t.pos_ in ("VERB", "AUX")
        return labels.is_auxiliary(t) or t.lower_ in self.forms or t.lower_ in self.w.verb_forms

    def finite_like(self, t: Token, pos: bool) -> bool:
        """A verb of the frame: tagged so, an auxiliary, a speech verb form, or a reflexive
        clitic that belongs to the verb ("s'inquiète un diplomate")."""
        if (pos and t.pos_ in ("VERB", "AUX")) or t.lower_ in self.w.reflexive_pronouns:
            return True
        if pos and t.pos_ in ("DET", "PRON", "NOUN", "PROPN", "ADP", "ADJ"):
            return t.text.startswith("-") and t.pos_ == "PRON"  # the euphonic "-t"
        return (
            labels.is_auxiliary(t)
            or t.lower_ in self.forms
            or t.lower_ in self.w.verb_forms
            or t.text.startswith("-")
        )
