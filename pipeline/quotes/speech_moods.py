"""Which Konjunktiv forms of a sentence make it reported speech: the moods outside quotation
marks of words that are finite verbs (not "die *Würde* der Frauen", not "nehmen *diverse*
Organisationen teil"), not in an irreal comparison, a fixed phrase or a verb-first
condition ("tut so, *als sei* nichts geschehen", "*es sei denn*", "*Komme* es zu keiner
Einigung, …"); the mood the tagger missed right after a statement ("Denn Deutschland
*propagiere* …"); hearsay modals ("Der Täter *soll* geflohen sein") and a present "sollen"
that goes on with a plan ("Auch *sollen* die Grenzen besser kontrolliert werden").
The continuations step (:mod:`.continuations`) reads them.

>>> outside_moods(ctx)   # one mood per token: 0, 1 (Konjunktiv II) or 2 (I)  # doctest: +SKIP
"""

from __future__ import annotations

from itertools import compress, count

from spacy import symbols
from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote
from .mentions import NOUN_IDS
from .own_frames import QUESTION_MARK, unit_root
from .phrases import CLAUSE_BREAK
from .spaces import past_spaces
from .units import Unit
from .words import word_ids

#: part-of-speech ids of the words an attributive adjective stands before
ATTRIBUTED_POS = frozenset({symbols.ADJ, symbols.NOUN, symbols.PROPN})
ARTICLE_POS = frozenset({symbols.DET, symbols.PRON})  # part-of-speech ids of DET and PRON


def outside_moods(ctx: DocContext) -> list[int]:
    """The moods of the tokens outside quotation marks (0 inside; moods are 0, 1 or 2),
    without those of words that are no finite verb (:func:`_no_verb`) or stand in a fixed
    phrase, a comparison or a condition (:func:`idiomatic`)."""
    outside = [0] * len(ctx.moods)
    for k in compress(count(), ctx.moods):  # the few tokens with a mood
        if ctx.inside[k] < 0 and not _no_verb(ctx, k) and not idiomatic(ctx, k):
            outside[k] = ctx.moods[k]
    return outside


def inverted_moods(ctx: DocContext, outside: list[int]) -> None:
    """Mark in ``outside`` (and ``ctx.moods``) the Konjunktiv I the tagger missed in a finite
    ``-e`` form right before a 3rd person pronoun subject, after the first word of its
    sentence ("daran *verschwende* er keinen Gedanken", "dann *mache* er eben sein Studium
    fertig"): the indicative of the 3rd person singular ends in ``-t``, the 1st person's
    ``-e`` has "ich" ("ich *habe* es zugelassen"); not a form the grammar gave a mood, which
    :func:`outside_moods` kept or dropped, nor one with a Konjunktiv II stem letter
    ("*bekäme* es"); not a past form (``past_e_forms``: "wurde er"), an adverb ("wie lange
    er"), a fixed phrase or a condition (:func:`idiomatic`) nor a verb the grammar reads as
    the first person's (``first_person_verb``: "Ich bin gekommen und *habe* es gebracht")."""
    if ctx.table is None:
        return
    doc, w, lower = ctx.doc, ctx.w, ctx.table.lower
    first = getattr(ctx.kit.grammar, "first_person_verb", None) if ctx.parsed else None
    pronouns = word_ids(w.mood_guess_pronouns)
    for k in range(1, len(lower) - 1):
        if lower[k + 1] not in pronouns or ctx.moods[k] or ctx.inside[k] >= 0:
            continue
        t = doc[k]
        low = t.lower_
        if (
            t.text[:1].islower()
            and len(low) > 3
            and low.endswith(w.konj1_endings)
            and not low.endswith(w.not_konj1_endings)
            and low not in w.not_verb_e | w.past_e_forms
            and not any(ch in w.konj2_stem_letters for ch in low)
            and labels.morph_has(t, labels.FINITE_FEATURE)
            and _first_word(ctx, k) < k
            and lower[k - 1] not in word_ids(w.first_person_subjects)
            and not idiomatic(ctx, k)
            and not (first is not None and first(t))
        ):
            outside[k] = ctx.moods[k] = 2


def _first_word(ctx: DocContext, k: int) -> int:
    """The first token of the unit of ``k`` that is no whitespace token."""
    u = ctx.units[ctx.unit_of[k]]
    return past_spaces(ctx.doc, u.start, u.end)


def guessed_mood(ctx: DocContext, moods: list[int], ui: int, u: Unit) -> int:
    """The mood of unit ``ui`` right after a statement when the tagger found none: a
    verb-second ``-e`` form after the subject that opens it (after a coordinator: "Denn
    Deutschland *propagiere* die Rente mit 67", "Die Firma *verzeichne* ein Plus"; the
    grammar's ``guessed_verb``), which the tagger took for an adjective or a noun. The 3rd
    person singular present indicative ends in ``-t``: an ``-e`` there is the Konjunktiv I;
    a word the tagger reads as an indicative verb is one ("wurde", "Ich glaube")."""
    doc = ctx.doc
    s = past_spaces(doc, u.start, u.end)  # "… aus.  Denn …": a double space opens the unit
    n = s + (s + 1 < u.end and doc[s].pos == symbols.CCONJ)
    k = ctx.g.guessed_verb(doc, n, u.content_end(doc))
    if k is None or ctx.inside[k] >= 0 or "Ind" in labels.morph_values(doc[k], "Mood"):
        return 0  # a verb the tagger read as indicative is one ("Das Werk *wurde* …")
    if doc[k].pos == symbols.ADJ and k + 1 < u.end and doc[k + 1].pos in ATTRIBUTED_POS:
        return 0  # an adjective before its noun ("Darunter *zahlreiche* kirchliche Vereine")
    ctx.moods[k] = moods[ui] = 2
    return 2


def _no_verb(ctx: DocContext, k: int) -> bool:
    """Is the token ``k``, which has a mood, no finite verb by the parse? A capitalised noun
    inside its sentence ("verteidigte jüngste *Erfolge*", "die *Würde* der Frauen": a
    Konjunktiv form by its letters), or a word that governs nothing a verb governs
    (:func:`_governs`) and is no auxiliary ("nehmen *diverse* Organisationen teil", "lagen
    mit einem Spiel *vorne*": the tagger's subjunctive on an adjective or adverb; a finite
    verb heads its clause). A form of the
    Konjunktiv lists ("sei", "gebe") is a verb wherever the parse puts it."""
    if not ctx.parsed:
        return False
    t = ctx.doc[k]
    u = ctx.units[ctx.unit_of[k]]
    first = _first_word(ctx, k)  # a double space gives the unit a first space token
    if t.pos in NOUN_IDS and t.text[:1].isupper() and k > first and not t.nbor(-1).is_punct:
        return True
    if any(ch.isdigit() for ch in t.text):
        return True  # "der 1960er- und *1970er-Jahre*": a number is no verb
    listed = getattr(ctx.g, "konj1", ()), getattr(ctx.g, "konj2", ())
    if any(t.lower_ in forms for forms in listed):
        return False
    if _before_noun_in_final_clause(ctx, k, u):
        return True
    if labels.has_role(t, "auxiliary") or any(map(_governs, t.children)):
        return False
    # a verb second before its subject is a verb whatever the parse says ("Mit den Inseraten
    # *verunsichere* die Kammer die Patienten"); an adjective stands before its noun
    return k + 1 >= u.end or ctx.doc[k + 1].pos not in ARTICLE_POS


def _before_noun_in_final_clause(ctx: DocContext, k: int, u: Unit) -> bool:
    """Is ``k`` right before a noun, in a clause that a subordinating conjunction opens and
    that has a verb later, at its end ("ob sich dahinter *blanke* Mordlust oder Eitelkeit
    verbirgt")? A subordinate clause puts its finite verb last: the word is an adjective
    of that noun."""
    doc = ctx.doc
    if k + 1 >= u.end or doc[k + 1].pos not in ATTRIBUTED_POS - {symbols.ADJ}:
        return False
    a = k
    while a > u.start and doc[a - 1].text not in CLAUSE_BREAK:
        a -= 1
    if doc[a].pos != symbols.SCONJ:
        return False
    b = k + 2
    while b < u.end and doc[b].text not in CLAUSE_BREAK and not doc[b].is_punct:
        b += 1
    return b - 1 > k + 1 and doc[b - 1].pos in (symbols.VERB, symbols.AUX)


def idiomatic(ctx: DocContext, k: int) -> bool:
    """Is the Konjunktiv ``k`` part of an irreal comparison ("tut so, *als sei* nichts
    geschehen", "*als ob* er krank *sei*": ``comparison_leads`` at the start of its clause,
    right before it or before a ``comparison_particles`` word) or of a fixed phrase
    (``konjunktiv_idioms``: "*es sei denn*"), or does it open its sentence, before its
    subject ("*Sei* das nun der Kunstgriff, …", "*Komme* es zu keiner Einigung, werde …";
    not after a conjunction: "Doch *sei* AlphaGo …" puts the verb second) or a clause with
    alternatives (:func:`_offers_alternatives`): a concession, a wish or a condition, whose
    main clause, if any, carries the report?
    Then it reports no one's words."""
    doc, w = ctx.doc, ctx.w
    u = ctx.units[ctx.unit_of[k]]
    first = _first_word(ctx, k)  # a double space gives the unit a first space token
    a = k
    while a > first and doc[a - 1].text not in CLAUSE_BREAK:
        a -= 1
    lead = [doc[j].lower_ for j in range(a, min(a + 2, k))]
    if lead and lead[0] in w.comparison_leads and (k == a + 1 or lead[1] in w.comparison_particles):
        return True
    if k == first:
        return True  # verb first: a concession, a wish or a condition ("*Sei* das nun …")
    if k == a and _offers_alternatives(ctx, k, u):
        return True  # "…– *sei* es zur Arbeit oder wegen der Familie": a concession
    if jussive_note(ctx, k, a, u):
        return True  # "Der Vollständigkeit halber *sei* erwähnt, dass …": the writer's note
    return any(_in_phrase(ctx, k, u, idiom.split()) for idiom in w.konjunktiv_idioms)


#: adverbs between a jussive form and its participle ("sei hier nur erwähnt")
JUSSIVE_REACH = 3


def jussive_note(ctx: DocContext, k: int, a: int, u: Unit) -> bool:
    """Is the Konjunktiv ``k`` (clause from ``a``) a jussive form (``jussive_forms``) next to
    the participle of a speech verb that a comma or colon closes, with nothing before it
    that names anyone (:func:`words_name_no_one`): "Der Vollständigkeit halber *sei* erwähnt,
    dass …", "Erwähnt *sei*, dass …" -- the writer's note, no report (not "Der Minister
    *sei* informiert, sagte X", nor a "zu" infinitive, "Also *sei* davon auszugehen, dass
    …": the Konjunktiv of "ist davon auszugehen", a report)?"""
    doc, w, forms = ctx.doc, ctx.w, ctx.kit.verb_forms
    if doc[k].lower_ not in w.jussive_forms or not words_name_no_one(ctx, a, k):
        return False
    fronted = k - 1 == a and doc[k - 1].lower_ in forms  # "Erwähnt sei (noch), dass"
    for m in range(k + 1, min(k + 1 + JUSSIVE_REACH, u.end - 1)):
        if fronted and doc[m].text in (",", ":"):
            return True
        if not fronted and doc[m].lower_ in forms:  # the tagger may call "erwähnt" finite
            # a "zu" infinitive is no jussive: "Also sei davon auszugehen, dass …" reports
            return doc[m + 1].text in (",", ":") and not labels.is_infinitive(doc[m])
        if doc[m].pos not in (symbols.ADV, symbols.PART):
            return False
    return False


def words_name_no_one(ctx: DocContext, a: int, b: int) -> bool:
    """Do the words ``a``..``b`` name no one: no pronoun, name, entity, role or body noun
    ("Der Vollständigkeit halber", "Nur nebenbei"; not "Er", "Der Minister")? Words before a
    verb, not a speaker mention (for a mention: :func:`.nameless_sources.names_no_one`)."""
    roles = ctx.kit.roles
    for t in ctx.doc[a:b]:
        if t.pos_ in ("PRON", "PROPN") or t.ent_type_:
            return False
        m = roles.lookup(t.text) if t.text[:1].isupper() else None
        if m is not None and m.kind in ("role", "org"):
            return False
    return True


def _offers_alternatives(ctx: DocContext, k: int, u: Unit) -> bool:
    """Does the Konjunktiv ``k``, first in its clause, open a ``concessive_idioms`` phrase
    with an ``alternative_words`` word after it in the sentence ("sei es … oder …")?"""
    doc, w = ctx.doc, ctx.w
    if not any(_in_phrase(ctx, k, u, idiom.split()) for idiom in w.concessive_idioms):
        return False
    return any(doc[m].lower_ in w.alternative_words for m in range(k + 2, u.end))


def _in_phrase(ctx: DocContext, k: int, u: Unit, words: list[str]) -> bool:
    """Do the tokens around ``k`` in unit ``u`` spell ``words`` with ``k`` as one of them?"""
    doc = ctx.doc
    for i in (i for i, x in enumerate(words) if x == doc[k].lower_):
        at = k - i
        if (
            u.start <= at
            and at + len(words) <= u.end
            and all(doc[at + j].lower_ == x for j, x in enumerate(words))
        ):
            return True
    return False


def _governs(c: Token) -> bool:
    """Is ``c`` a dependent only a verb has: anything but punctuation, a coordinator and a
    coordinated word that is no verb ("*deutsche* und rumänische Literatur": an adjective's)?"""
    if labels.has_role(c, "punct", "coordinator"):
        return False
    return not labels.has_role(c, "conjunct") or labels.is_verbal(c)


def hearsay_only(ctx: DocContext, u: Unit, outside: list[int]) -> bool:
    """Is every Konjunktiv I mood of the unit a hearsay modal ("Der Täter *soll* geflohen
    sein")? Hearsay with no statement before it and no one named who says so is the
    writer's, no orphan (Wikinews train: 10 of 28 such orphans were gold quotes)."""
    modals = word_ids(ctx.w.reportative_modals)
    lower = ctx.table.lower if ctx.table is not None else None
    for k in range(u.start, u.end):
        if outside[k] == 2:
            low = lower[k] if lower is not None else ctx.doc[k].lower
            if low not in modals or "Sub" in labels.morph_values(ctx.doc[k], "Mood"):
                return False
    return True


def present_modal(ctx: DocContext, u: Unit) -> bool:
    """Is the main verb of the unit a hearsay modal in the present tense ("Auch *sollen*
    die Grenzen besser kontrolliert werden")? Right after a statement it goes on with it; a
    question ("Was soll da noch geprüft werden?") does not, nor a modal at the end of its
    clause ("Wer den Auftrag gegeben haben *soll*, sagte niemand": a subordinate clause)."""
    doc = ctx.doc
    root, end = unit_root(ctx, u), u.content_end(doc)
    if root is None or (end < u.end and doc[end].text == QUESTION_MARK):
        return False
    modals = word_ids(ctx.w.reportative_modals)
    return any(
        v.lower in modals
        and "Pres" in labels.morph_values(v, "Tense")
        and v.i + 1 < end
        and not doc[v.i + 1].is_punct
        for v in labels.verb_chain(root)
    )


def prospective(ctx: DocContext, q: Quote) -> bool:
    """Does the statement ``q`` hold an infinitive ("kündigte an, die Schule *zu reformieren*",
    "… autofrei *werden* solle"): a plan or a demand, which a "sollen" sentence goes on with?
    Not a quotation or words in the first person ("Ich werde nicht zulassen, …, betonte X"):
    the speaker's own words, after which the writer goes on."""
    if q.direct:
        return False
    doc, first = ctx.doc, ctx.w.first_person_speakers
    words = [doc[k] for a, b in q.parts for k in range(a, b)]
    return not any(t.lower_ in first for t in words) and any(map(labels.is_infinitive, words))
