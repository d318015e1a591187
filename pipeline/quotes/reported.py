"""Reported speech acts: a speech verb whose object or prepositional phrase says what was
said, with no content clause ("Die Umweltschutzorganisation fordert einen Plan", "Das Amt
verurteilte den Anschlag als erschütternd", "Die Polizei geht von einem Unfall aus").

A speech verb cues a reported quote when its entry in ``speech_verbs.jsonl`` lists
"reported" in ``kinds``; an entry with a ``preposition`` reports only with that preposition
before the verb or in its own clause ("warnte vor …", "bezeichnete … als …", "geht von …
aus"), not as a comparison ("höher als"). The act must not be negated ("Die Behörde nannte
den Namen nicht": nothing was said). Verbs of judging and assuming (``judging_lemmas``:
"wertet X als Y", "geht von X aus") also need a speaker who names someone who speaks
(:func:`~.mentions.speakerish`: not "Von dem Werk geht keine Gefahr aus"), not a passive
subject nor the object of their own preposition, and frame few complements
(:func:`frames_complement`). Verbs of announcing (``announcing_lemmas``: "kündigte eine
Untersuchung an", "gab die Übernahme bekannt") need such a speaker too, and no
demonstrative object ("hatte dies angekündigt").

Round 36 (class span36, reported acts without a quotation): "hält X für Y" (a verb of
judging whose "für" must open a predicate, not a noun's attribute, :func:`_noun_attribute`;
no cue in the Konjunktiv), a person noun no lexicon lists as the speaker of judging,
announcing and demanding (:func:`_person_subject`: "Analysten", "Beobachter"), denials
("bestreiten" reports; a word its entry excludes anywhere in the clause is no act,
:func:`_excluded_object`). Train: quotes@0.5 tp 2328 -> 2334, n_pred 2601 -> 2614, F1
.8499 -> .8501, speaker_correct 2034 -> 2040, Reported recall .492 -> .512, ece .0192 ->
.0165. Tried and dropped: "begrüßen" (0 train tp, 4 fp), "bekräftigen" (0 tp, 3 fp).

>>> speech_act(ctx, unit, unit_end, cue, c, speaker)  # doctest: +SKIP
True
"""

from __future__ import annotations

from spacy.symbols import ADJ, DET, NUM

from .. import labels
from .context import Cue, DocContext, Span
from .mentions import speakerish
from .phrases import CLAUSE_BREAK
from .units import DASHES, Unit
from .words import word_ids

#: the complements a verb of judging that cues no indirect speech (``kinds``) frames: a
#: "dass" clause, a quotation, a colon ("betrachten es als wichtig, dass …"); not an
#: infinitive, a question or a bare clause ("würdigte X als Kind des Krieges, das half,
#: diesen zu überwinden")
JUDGING_COMPLEMENTS = frozenset({"that", "direct", "colon"})

#: the complements of a verb of ``question_only_lemmas`` that ask: a question-word clause, a
#: quotation
QUESTION_COMPLEMENTS = frozenset({"question", "direct"})

#: the parts of speech between a preposition and its noun of a rank ("auf den zweiten Platz")
RANK_MODIFIERS = frozenset({DET, ADJ, NUM})

#: the marks that end a speech verb's clause (brackets and dashes set off an apposition)
CLAUSE_STOPS = CLAUSE_BREAK - {"(", ")", "–", "—"}

#: the marks before a second main clause whose speech act is reported on its own
SECOND_CLAUSE_BREAKS = frozenset({",", ";"})

#: the kinds of a cue that frames what was said (a verb with neither reports acts only)
SPEECH_KINDS = frozenset({"direct", "indirect"})

#: the parts of speech after a determiner ("das neue Gesetz"), not after a pronoun ("dies")
NOMINAL_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})

#: the morphological feature (Universal Dependencies) of a comparative ("größer als")
COMPARATIVE = "Degree=Cmp"


def speech_act(ctx: DocContext, u: Unit, end: int, cue: Cue, c: int, speaker: Span) -> bool:
    """The cue (in unit ``u`` whose content ends at ``end``, its clause from ``c``) reports
    a speech act of ``speaker``: its preposition stands before it or in its clause, no
    negation hangs on the verb, for ``judging_lemmas`` and ``announcing_lemmas``
    :func:`_named_act` holds, a verb of ``demanding_lemmas`` has a speaker who names
    someone ("Die Aufgabe verlangt Geduld": what it takes), and a verb of announcing has
    no demonstrative object."""
    stop = clause_stop(ctx, cue, end)
    return (
        has_preposition(ctx, cue, u.start, stop)
        and not _ranked(ctx, cue, u.start, stop)
        and not _noun_attribute(ctx, cue, u.start, stop)
        and not _excluded_object(ctx, cue, c, stop, speaker)
        and not _own_object(ctx, cue, speaker)
        and not negated_act(ctx, cue, c, stop)
        and not _withheld(ctx, cue, c, stop)
        and not _capacity(ctx, cue)
        and not _self_naming(ctx, cue, stop)
        and (not _named(ctx, cue) or _named_act(ctx, cue, speaker))
        and (cue.lemma not in ctx.w.demanding_lemmas or _names_speaker(ctx, cue, speaker))
        and (cue.lemma not in ctx.w.announcing_lemmas or not _anaphor(ctx, c, stop))
    )


def _capacity(ctx: DocContext, cue: Cue) -> bool:
    """A modal of ability or permission (``capacity_modal_forms``) in the verb's chain: what
    someone may or could do, nothing said ("Das Parlament kann Änderungen vorschlagen", "Der
    Betriebsrat darf eine Prüfung fordern"); needs the parse."""
    if not ctx.parsed or cue.verb is None:
        return False
    forms = ctx.w.capacity_modal_forms
    return any(t.i != cue.verb.i and t.lower_ in forms for t in _chain(cue))


def _self_naming(ctx: DocContext, cue: Cue, stop: int) -> bool:
    """A verb with no preposition of its own whose reflexive use cues nothing (its entry
    says ``"reflexive": false``) with a reflexive pronoun right after the pronoun subject
    that follows it ("Damals nannte er sich Max": a name, nothing said; the cue finder sees
    only a reflexive next to the verb); not "sprach er sich für X aus"."""
    k = cue.start + 2
    if cue.preposition is not None:
        return False  # "sprach er sich für X aus": a stance, said
    if k >= stop or not ctx.pos or ctx.doc[k].lower_ not in ctx.w.reflexive_pronouns:
        return False
    if ctx.doc[k - 1].pos_ != "PRON" or ctx.inside[k] >= 0:
        return False
    entries = ctx.kit.verb_forms.get(ctx.doc[cue.start].lower_, ())
    return any(e["lemma"] == cue.lemma and not e.get("reflexive", True) for e, _ in entries)


def _named(ctx: DocContext, cue: Cue) -> bool:
    """A verb of judging or announcing: its reported act needs :func:`_named_act`."""
    return cue.lemma in ctx.w.judging_lemmas or cue.lemma in ctx.w.announcing_lemmas


def _named_act(ctx: DocContext, cue: Cue, speaker: Span) -> bool:
    """A speech act of judging, assuming or announcing: the speaker names someone who
    speaks and is no passive subject (:func:`_names_speaker`), and the verb is not in the
    reported-speech mood ("Sie gehe von Männern aus": someone else's account goes on)."""
    if not _names_speaker(ctx, cue, speaker):
        return False
    return not any(ctx.any_mood(t.i, t.i + 1) for t in _chain(cue))


def frames_complement(ctx: DocContext, cue: Cue, comp: tuple[str, int] | None) -> bool:
    """The cue frames its complement ``comp``: any but for a verb of judging
    (``judging_lemmas``) that cues no indirect speech, which frames those of
    :data:`JUDGING_COMPLEMENTS`, and a verb that cues only reported speech acts, which
    frames none ("hatte sich für X stark gemacht, zuletzt scheint …": the writer goes on);
    a verb of ``question_only_lemmas`` frames only a question (:func:`_question_complement`)."""
    if comp is None or not SPEECH_KINDS & set(cue.kinds):
        return False
    if cue.lemma in ctx.w.question_only_lemmas and not _question_complement(ctx, comp):
        return False  # "hat angefragt: Der Spieler ist gefragt": the writer's narration
    if comp[0] == "that" and _result_clause(ctx, cue, comp[1]):
        return False  # "erzählen dermaßen unterschiedliche Versionen, dass …": a result
    if "indirect" in cue.kinds or cue.lemma not in ctx.w.judging_lemmas:
        return True
    return comp[0] in JUDGING_COMPLEMENTS


def _question_complement(ctx: DocContext, comp: tuple[str, int]) -> bool:
    """The complement asks: a question-word clause, a quotation, or a clause opened by a
    word of ``whether_words`` ("angefragt, ob …")."""
    if comp[0] in QUESTION_COMPLEMENTS:
        return True
    k = comp[1]
    return (
        comp[0] == "that"
        and k < len(ctx.doc)
        and ctx.table.lower[k] in word_ids(ctx.w.whether_words)
    )


def _result_clause(ctx: DocContext, cue: Cue, k: int) -> bool:
    """The "dass" clause at ``k`` follows a degree word of ``result_correlatives`` in the
    verb's clause ("erzählen dermaßen unterschiedliche Versionen, dass einem der Kopf
    schwirrt", "sprach so leise, dass …") or opens with one ("…, so dass …"): the result of
    how something was said, not what was said."""
    lower, texts = ctx.table.lower, ctx.table.texts
    words = word_ids(ctx.w.result_correlatives)
    if k < len(texts) and lower[k] in words:
        return True
    m = k - 1
    while m >= cue.end and texts[m] == ",":
        m -= 1
    while m >= cue.end and texts[m] not in CLAUSE_BREAK:
        if lower[m] in words and ctx.inside[m] < 0:
            # "… zu wollen – so, dass …": a "so" after a dash opens its own clause
            return m == 0 or texts[m - 1] not in DASHES
        m -= 1
    return False


def _names_speaker(ctx: DocContext, cue: Cue, speaker: Span) -> bool:
    """The speaker names someone who speaks (:func:`~.mentions.speakerish`), is not the
    object of the cue's own preposition ("Die Übernahme war von der Firma ausgegangen":
    where it came from, not who assumed it) and not the subject of a passive ("Die Pläne
    der Kommission würden bekanntgegeben": what is announced)."""
    if _own_object(ctx, cue, speaker):
        return False
    verb = cue.verb
    if ctx.parsed and verb is not None and ctx.g.is_passive(verb):
        subj = labels.clause_subject(verb)
        if subj is not None and speaker[0] <= subj.i < speaker[1]:
            return False
    return speakerish(ctx, speaker) or _person_subject(ctx, speaker)


def _person_subject(ctx: DocContext, speaker: Span) -> bool:
    """The mention's first noun names people though no lexicon lists it: a plural person
    noun ("Analysten", "Experten"), a person suffix of the role lexicon ("Der
    Grünen-Politiker") or one of ``observer_endings`` ("Beobachter"); not a thing's "-er"
    ("Konsumgüter", "Computer"). Round 36, train: Reported tp +3."""
    for t in ctx.doc[speaker[0] : speaker[1]]:
        if ctx.ph.is_nounish(t, ctx.pos):
            return _person_noun(ctx, t)
    return False


def _person_noun(ctx: DocContext, t) -> bool:
    """A capitalised noun of people by its ending (see :func:`_person_subject`)."""
    roles = ctx.kit.roles
    ends = roles.person_suffixes + ctx.w.observer_endings
    return t.text[:1].isupper() and (roles.plural_person(t.text) or t.lower_.endswith(ends))


def _own_object(ctx: DocContext, cue: Cue, speaker: Span) -> bool:
    """The speaker is the object of the cue's own preposition, what the act is about, not
    who acts ("Die Übernahme war von der Firma ausgegangen", "Zuvor war in Medien von
    dieser Entscheidung berichtet worden")."""
    a = speaker[0]
    while a > 0 and labels.is_article(ctx.doc[a - 1]):
        a -= 1
    return cue.preposition is not None and a > 0 and ctx.doc[a - 1].lower_ == cue.preposition


def _chain(cue: Cue) -> list:
    """The cue's verb with its auxiliaries (the parse's verb chain)."""
    return labels.verb_chain(cue.verb) if cue.verb is not None else []


def reported_start(ctx: DocContext, u: Unit, c: int, cue: Cue) -> int:
    """Where the quote of a reported speech act in unit ``u`` starts: after a colon that
    ends the cue's clause start ``c`` ("Bei den Zahlen ist der Wurm drin: Erstmals musste
    Apple Verluste bekanntgeben"), at the verb right after a fronted subordinate clause
    ("Während die Zeitung von 100.000 sprach, sprach Reuters von 50.000": the writer's
    clause, or another's speech act), else at the unit's start."""
    if c > u.start and ctx.table.texts[c - 1] == ":" and ctx.inside[c - 1] < 0:
        return c
    if _after_fronted_clause(ctx, u, c, cue):
        return c
    second = _second_clause_start(ctx, u, cue)
    return u.start if second is None else second


def _second_clause_start(ctx: DocContext, u: Unit, cue: Cue) -> int | None:
    """Where the cue's clause starts when it is a second main clause after a comma or
    semicolon, the conjunct or parataxis of a verb before it ("Die Regierung wies die
    Vorwürfe zurück, die Opposition fordert einen Ausschuss": the opposition's act, not
    the government's); not after a phrase with no verb (the content: "Mindestens 90
    Millionen, nennt ein Experte eine Zahl") nor after words in the reported-speech mood
    (the speaker's too: "Die Wahl solle fair sein, daher schlage sie … vor"); None else.
    Needs the parse."""
    verb = cue.verb
    if not ctx.parsed or verb is None or not labels.has_role(verb, "conjunct", "parataxis"):
        return None
    head = labels.coordination_head(verb) or verb.head
    a = verb.left_edge.i
    while a < verb.i and (ctx.doc[a].is_punct or ctx.doc[a].is_space):
        a += 1
    b = a - 1
    while b > u.start and ctx.doc[b].is_space:
        b -= 1
    if not (u.start < a and head.i < b and ctx.table.texts[b] in SECOND_CLAUSE_BREAKS):
        return None
    # no clause before (the content) or the speaker's own words in the reported mood
    if ctx.inside[b] >= 0 or not _verbal(head) or ctx.any_mood(u.start, b):
        return None
    if any(ctx.table.texts[m] == ":" for m in range(head.i, b)):
        return None  # "Manche wagen sich vor: Mindestens 90 Millionen, nennt X …"
    return a


def _verbal(head) -> bool:
    """``head`` is a verb or has an auxiliary ("hat … erhöht" with the participle tagged as
    an adjective)."""
    return head.pos_ in ("VERB", "AUX") or any(
        labels.is_auxiliary(t) for t in labels.verb_chain(head) if t.i != head.i
    )


def _after_fronted_clause(ctx: DocContext, u: Unit, c: int, cue: Cue) -> bool:
    """The cue's verb opens its clause right after a comma that ends a subordinate clause
    opening the unit (``subordinators``: "Nachdem …, forderte X …"), not a phrase with "als"
    or "wie" (``comparison_leads``, ``as_words``: "Als spektakuläre Inszenierung, die …,
    kündigte X … an": what was announced)."""
    texts, w = ctx.table.texts, ctx.w
    if not (u.start < c == cue.start and texts[c - 1] == "," and ctx.inside[c - 1] < 0):
        return False
    first = ctx.table.lower[u.start]
    phrase = word_ids(w.comparison_leads | w.as_words)
    return first in word_ids(w.subordinators) and first not in phrase


def clause_stop(ctx: DocContext, cue: Cue, end: int) -> int:
    """Where the cue's clause ends: the first clause break after the cue outside quotation
    marks (not a bracket or dash around an apposition: "Julia Reda (Piraten) spricht
    von …"), else ``end``."""
    texts, inside = ctx.table.texts, ctx.inside
    k = cue.start + 1
    while k < end and (texts[k] not in CLAUSE_STOPS or inside[k] >= 0):
        k += 1
    return max(k, cue.end)


def has_preposition(ctx: DocContext, cue: Cue, a: int, b: int) -> bool:
    """The cue's preposition (if its entry names one) stands outside quotation marks in
    ``a``..``b``, not as the particle of a comparison ("mehr als", "als ob")."""
    if cue.preposition is None:
        return True
    doc, want = ctx.doc, cue.preposition
    return any(
        doc[m].lower_ == want and ctx.inside[m] < 0 and not _comparison(ctx, m) for m in range(a, b)
    )


def _ranked(ctx: DocContext, cue: Cue, a: int, b: int) -> bool:
    """A verb of ``ranking_lemmas`` with a noun of a rank or a place
    (``rank_noun_endings``) right after its preposition in ``a``..``b``, past articles, adjectives and numbers ("verwies Hamilton
    auf den zweiten Platz", "auf die Plätze verweisen"): a ranking, nothing said."""
    if cue.preposition is None or not ctx.pos or cue.lemma not in ctx.w.ranking_lemmas:
        return False
    doc, pos = ctx.doc, ctx.table.pos
    for m in range(a, b):
        if doc[m].lower_ != cue.preposition or ctx.inside[m] >= 0:
            continue
        n = m + 1
        while n < b and pos[n] in RANK_MODIFIERS:
            n += 1
        if n < b and doc[n].lower_.endswith(ctx.w.rank_noun_endings):
            return True
    return False


def _excluded_object(ctx: DocContext, cue: Cue, c: int, stop: int, speaker: Span) -> bool:
    """A word the verb's entry excludes (``not_with``) in its clause ``c``..``stop``
    outside quotation marks and the speaker's mention, beyond the cue finder's reach or
    parsed as a subject ("bestritt ab Ende der 1950er-Jahre insgesamt 106 Länderspiele",
    "hatte kein Pflichtspiel mehr bestritten": a match played, nothing denied). Round 36."""
    entries = ctx.kit.verb_forms.get(ctx.doc[cue.start].lower_, ())
    nots = {w for e, _ in entries if e["lemma"] == cue.lemma for w in e.get("not_with", ())}
    return bool(nots) and any(
        ctx.doc[m].lower_ in nots and ctx.inside[m] < 0 and not speaker[0] <= m < speaker[1]
        for m in range(c, stop)
    )


def _noun_attribute(ctx: DocContext, cue: Cue, a: int, b: int) -> bool:
    """A verb of ``predicate_preposition_lemmas`` whose preposition in ``a``..``b`` opens
    no predicate of the verb but an attribute of a noun ("hält den Weltrekord für das
    schnellste Auto", "hält einen Platz für ihn frei": no judgement; not "hält das
    Verfahren für verfassungswidrig"); needs the parse. Round 36."""
    if not ctx.parsed or cue.lemma not in ctx.w.predicate_preposition_lemmas:
        return False
    ms = [m for m in range(a, b) if ctx.doc[m].lower_ == cue.preposition and ctx.inside[m] < 0]
    return bool(ms) and all(_on_noun(ctx.doc[m]) for m in ms)


def _on_noun(prep) -> bool:
    """The phrase of preposition ``prep`` hangs on a noun (either scheme: the preposition
    heads its phrase in TIGER, its object in UD)."""
    top = prep if any(True for _ in prep.children) else prep.head
    return top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN")


def _comparison(ctx: DocContext, m: int) -> bool:
    """Token ``m``, a predicative particle, compares: a comparative or a comparison word
    before it ("größer als", "mehr als"), or a comparison particle after it ("als ob")."""
    doc, w = ctx.doc, ctx.w
    if doc[m].lower_ not in w.predicative_particles:
        return False
    prev = doc[m - 1] if m > 0 else None
    if prev is not None and (
        prev.lower_ in w.comparison_words or labels.morph_has(prev, COMPARATIVE)
    ):
        return True
    return m + 1 < len(doc) and doc[m + 1].lower_ in w.comparison_particles


def _anaphor(ctx: DocContext, a: int, b: int) -> bool:
    """A demonstrative (``anaphors``) outside quotation marks in ``a``..``b`` that no noun
    or adjective follows, a pronoun: what was said stands before ("Zwanziger hatte dies
    bekannt gegeben", not "das Gesetz"); needs the tagger."""
    if not ctx.pos:
        return False
    doc, w = ctx.doc, ctx.w
    return any(
        doc[m].lower_ in w.anaphors and ctx.inside[m] < 0 and doc[m + 1].pos_ not in NOMINAL_TAGS
        for m in range(a, min(b, len(doc) - 1))
    )


def negated_act(ctx: DocContext, cue: Cue, a: int, b: int) -> bool:
    """A negation in ``a``..``b`` that negates the speech verb, its particle or its
    auxiliaries (:func:`negates`: "gab die Identität nicht bekannt"; only negation particles
    count, not "keine Details"; not "warnte nicht nur vor X, sondern auch vor Y")."""
    if not ctx.parsed or cue.verb is None:
        return False
    chain = {t.i for t in _chain(cue)} | {k for p in cue.pieces for k in range(*p)}
    negs = word_ids(ctx.w.negations)
    return any(negates(ctx, m, negs, chain, cue) for m in range(a, b))


def _withheld(ctx: DocContext, cue: Cue, a: int, b: int) -> bool:
    """A verb of ``withholding_lemmas`` whose object (or its determiner) in ``a``..``b``
    is a negation of ``withholding_objects``: nothing was said ("Der Minister nannte keine
    Details", "Die Polizei gab nichts bekannt")."""
    if not ctx.parsed or cue.verb is None or cue.lemma not in ctx.w.withholding_lemmas:
        return False
    chain = {t.i for t in _chain(cue)}
    for m in range(a, b):
        t = ctx.doc[m]
        if t.lower_ not in ctx.w.withholding_objects or ctx.inside[m] >= 0:
            continue
        if t.head.i in chain or (t.head.head.i in chain and t.head.pos_ in NOMINAL_TAGS):
            return True
    return False


def negates(ctx: DocContext, m: int, negs: frozenset[int], heads: set[int], cue: Cue) -> bool:
    """Token ``m`` negates the speech act of ``cue``: a negation (``negs``) outside quotation
    marks that the parse hangs on one of ``heads`` (the speech verb and the words of its
    chain), not "nicht nur … sondern auch" nor "nicht ohne Stolz" (a focus particle or a
    preposition right after it: the act is asserted all the same), but before the cue's own
    preposition ("warnte nicht vor …")."""
    if ctx.table.lower[m] not in negs or ctx.inside[m] >= 0 or ctx.doc[m].head.i not in heads:
        return False
    nxt = ctx.doc[m + 1].lower_ if m + 1 < len(ctx.doc) else ""
    if nxt in ctx.w.prepositions:
        return nxt == cue.preposition
    return nxt not in ctx.w.focus_particles
