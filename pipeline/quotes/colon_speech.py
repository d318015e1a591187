"""Speech after a colon without quotation marks, as archives that strip the marks print it
(10kGNAD): "Danach zeigte sich Djokovic selbstkritisch: Ich habe Roger das Match
geschenkt." and "Kurz dazu: Es braucht eine europäische Behörde, die das abwickelt."

Only these shapes (a colon after a narrative lead-in is mostly no speech: "Die Bilanz: 30
Tote und 200 Verletzte.", "Das Ergebnis: Die Partei verliert fünf Prozent."):

1. a speech verb right before the colon whose frame took the words before it ("…,
   verlangte Wolff: Es entspricht …") or that is joined to a statement ("…, sagt Kurz –
   und fügt an: Eine … Forderung!"): the speech of that speaker (``colon_speech:framed``,
   ``colon_speech:added``); not in an as-clause ("…, wie er der Zeitung sagte: …");
2. a lead-in clause whose subject names someone who speaks (``speakerish``, not
   "ich"/"wir") before words that speak in the first person in their main clause: the
   speech of that subject (``colon_speech:subject``);
3. a possessive and a noun ("Seine Botschaft:") before first-person words: the possessive
   is the speaker mention (``colon_speech:possessor``); a person's name in the genitive or a
   possessive before a noun of an utterance ("Mayers Fazit im STANDARD-Gespräch:", "Sein
   Argument:", "Seine These:", lists ``utterance_nouns``, ``view_nouns``) before a clause: the owner is
   (``colon_speech:utterance``);
4. a person's name with at most adverbs and prepositional phrases after it ("Kurz dazu:",
   "Kohlschreiber zum Spiel:") and no verb, inside a paragraph, before a clause
   (``colon_speech:name``; a paragraph that opens with a label is an interview's,
   :mod:`.interviews`); a role of the lexicon with its article ("Der Trainer nach dem
   Spiel:", "Dazu der Bürgermeister:", "Ein Sprecher der Polizei:") before first-person
   words, in any sentence (an article marks no interview's label);
5. a lead-in whose one main verb judges or justifies (``verdict_lemmas``,
   ``attitude_lemmas``: "Die Zeitung rechtfertigte den Abdruck unter dem Titel X:", "Die
   Kammer sieht die Reform kritisch:") before words in the reported-speech mood: the
   speech of its subject (``colon_speech:verdict``; run36b: train unchanged, 10kGNAD rows
   0-999 see the report);
6. an article and a noun of a claim with no owner and no verb opening the unit ("Die
   Begründung:") before words in the reported-speech mood: the speech of the subject of
   the sentence right before, when it holds no quote (``colon_speech:claim_before``;
   run36b: train and 10kGNAD rows 0-999 unchanged).

A unit that holds quotation marks, or whose words after the colon are a quote already,
stays as it is.

>>> colon_speech(ctx)   # adds quotes to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADJ, ADP, ADV, AUX, CCONJ, DET, NOUN, NUM, PART, PROPN, PUNCT, VERB
from spacy.tokens import Token

from .. import labels
from .content import writer_statement
from .context import DocContext, Quote, Span
from .first_person import first_person_word
from .frames import CLAUSE_BREAK, adverbial_clause_before
from .mentions import PERSON_LABELS, clause_speaker, parse_speaker, span_of, speakerish
from .spaces import past_spaces
from .spoken_runs import present_tense, third_person_in, told_of
from .stance_frames import subject_after_verb
from .trailing_frames import finite_verb_in
from .utterance_owners import genitive_after
from .words import word_ids

#: the rules of the two shapes (see the module doc) and their rating
SUBJECT_RULE = "colon_speech:subject"
NAME_RULE = "colon_speech:name"
POSSESSOR_RULE = "colon_speech:possessor"
UTTERANCE_RULE = "colon_speech:utterance"
ADDED_RULE = "colon_speech:added"
FRAMED_RULE = "colon_speech:framed"
GESTURE_RULE = "colon_speech:gesture"
VERDICT_RULE = "colon_speech:verdict"
CLAIM_RULE = "colon_speech:claim_before"
#: a stance adjective ends at most this many tokens before the colon ("sich zufrieden gezeigt")
STANCE_REACH = 3
#: a speech verb's words end at most this many tokens before the colon ("verlangte Wolff:")
CUE_REACH = 5
EXCLAMATION = "!"
#: the rule piece of a frame after its content (:mod:`.frames`)
AFTER = "after"
CONFIDENCE = 0.7
#: parts of speech after the name of a label ("Kurz dazu:", "Koss zum STANDARD:")
LABEL_TAIL_POS = frozenset({ADV, PART, ADP, DET, NOUN, PROPN, NUM})
#: parts of speech of an apposition after a label's name ("Andreas Koller, Sprecher des
#: Presserats sowie Vertreter der Initiative:")
APPOSITION_POS = LABEL_TAIL_POS | {ADJ, CCONJ, PUNCT}
#: parts of speech of a genitive after a role ("Ein Sprecher der Wiener Polizei:")
GENITIVE_POS = frozenset({DET, ADJ, NOUN, PROPN})
#: the morphology of a possessive, and of a first-person one (Universal Dependencies)
FIRST_PERSON = "Person=1"


def colon_speech(ctx: DocContext) -> None:
    """Add the speech after a colon of the shapes of the module doc."""
    if not ctx.pos or not ctx.parsed:
        return
    covered = {m for q in ctx.quotes for a, b in q.parts for m in range(a, b)}
    for ui, u in enumerate(ctx.units):
        end = u.content_end(ctx.doc)
        found = _colon(ctx, past_spaces(ctx.doc, u.start, end), end)
        if found is None or found[1] + 1 in covered or end - found[1] < 4:
            continue
        if any(ctx.inside[m] >= 0 for m in range(u.start, u.end)):
            continue
        a, k = found
        first = ctx.unit_before(ui) is None
        found = (
            _framed(ctx, ui, a, k, end)
            or _speaker(ctx, a, k, end, not first)
            or _claim_before(ctx, ui, a, k, end)
        )
        if found is None:
            continue
        speaker, rule = found
        q = Quote("indirect", [(k + 1, end)], CONFIDENCE, rule, ui, speaker)
        ctx.quotes.append(q)
        ctx.unit_speaker.setdefault(ui, (speaker, q))


def _colon(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    """The last colon of the unit outside quotation marks, when a capital follows it, and
    where its lead-in starts (after the colon before it: "Als …, gelang der Partei ein
    Coup: Der junge Mann lächelte, das signalisieren sollte: Ich habe …")."""
    texts = ctx.table.texts
    colons = [k for k in range(start + 1, end - 1) if texts[k] == ":" and ctx.inside[k] < 0]
    if not colons or not texts[colons[-1] + 1][:1].isupper():
        return None
    return (colons[-2] + 1 if len(colons) > 1 else start), colons[-1]


def _framed(ctx: DocContext, ui: int, a: int, k: int, end: int) -> tuple[Span, str] | None:
    """A speech verb right before the colon ("…, verlangte Wolff: Es entspricht …", "…,
    wies Wolff zurück: Es gibt …", "…, sagt Kurz – und fügt an: Eine … Forderung!"): the
    speech after it is the verb's speaker's, whom its own quote, the statement it is
    joined to or the parse names. Words without a finite verb count only after the frame
    of the words before it ("Der Film zeigt …, sagt Riha: Die höhere Sicht der Dinge.")."""
    texts, doc = ctx.table.texts, ctx.doc
    exclaims = end < len(doc) and texts[end] == EXCLAMATION  # "Eine alte Forderung!"
    clause = exclaims or finite_verb_in(ctx, k + 1, end)
    for c in reversed(ctx.cues_by_unit[ui]):
        if c.verb is None or not a <= c.start < k or k - c.after > CUE_REACH:
            continue
        if any(texts[m] in CLAUSE_BREAK for m in range(c.after, k)) or _as_clause(ctx, a, c.start):
            continue
        if adverbial_clause_before(ctx, a, c, k + 1):
            continue  # "…, auch wenn sie es nicht zugeben: …": the colon is not the verb's
        if writer_statement(ctx, c, a, end):
            return None  # "Auch Positives ist zu berichten: …": the writer's words
        # the frame of the words before it ("Man müsse …, verlangte Wolff:"), whose
        # speaker follows the verb (not "Eine Anfrage lehnt er ab:", an object fronted)
        own = [
            q
            for q in ctx.quotes
            if q.speaker is not None and c.pieces[0] in q.cue and AFTER in q.rule.split("+")
        ]
        if own:  # its words after the colon may lack a verb ("…, sagt Riha: Die Sicht.")
            return own[-1].speaker, FRAMED_RULE
        if not clause:
            return None
        joined = _joined(ctx, ui, a, c.start)
        if joined is not None:
            return joined, ADDED_RULE
        sp = parse_speaker(ctx, c.verb)
        if sp is not None and a <= sp[0] and sp[1] <= k and _speaks_of(ctx, sp):
            return sp, FRAMED_RULE
        other = _other_subject(ctx, c.verb, sp, a, k)
        if other is not None:
            return other, FRAMED_RULE
    return None


def _other_subject(ctx: DocContext, verb, sp: Span | None, a: int, k: int) -> Span | None:
    """ "Bereits Ende Dezember hatte er gegenüber der Zeitung betont: …": the parse gave the
    fronted time noun as a subject too and the mention went to it; another subject of the
    verb (or its auxiliaries) inside the lead-in ``a``..``k`` that names someone who
    speaks. "Der Abgeordnete verglich … und fragte ins Plenum: …": a verb with no subject
    of its own takes that of the verb it is coordinated with. Else None."""
    subjects = [s for v in labels.verb_chain(verb) for s in labels.children_with(v, "subject")]
    head = labels.coordination_head(verb)
    if not subjects and head is not None:
        subjects = [s for v in labels.verb_chain(head) for s in labels.children_with(v, "subject")]
    for s in subjects:
        cand = span_of(s)
        if sp is not None and sp[0] <= s.i < sp[1]:
            continue
        if a <= cand[0] and cand[1] <= k and _speaks_of(ctx, cand):
            return cand
    return None


def _as_clause(ctx: DocContext, a: int, verb: int) -> bool:
    """Is the verb in an as-clause ("…, wie er dem STANDARD sagte: …"), which frames what
    goes before it, not the words after the colon?"""
    breaks = [m for m in range(a, verb) if ctx.table.texts[m] in CLAUSE_BREAK]
    b = breaks[-1] + 1 if breaks else a
    return ctx.table.lower[b] in word_ids(ctx.w.as_words)


def _joined(ctx: DocContext, ui: int, a: int, verb: int) -> Span | None:
    """ "…, sagt Kurz – und fügt an": the speaker of the statement of the same sentence
    the verb is joined to ("und" right after a clause break before it), or None."""
    texts, lower = ctx.table.texts, ctx.table.lower
    breaks = [m for m in range(a, verb) if texts[m] in CLAUSE_BREAK]
    b = breaks[-1] + 1 if breaks else a
    if b >= verb or lower[b] not in word_ids(ctx.w.clause_coordinators):
        return None
    said = [q for q in ctx.quotes if q.unit == ui and q.end <= b and q.speaker is not None]
    if not said or said[-1].speaker[1] > b:
        return None
    return said[-1].speaker


def _speaks_of(ctx: DocContext, sp: Span) -> bool:
    """Does the mention name someone who speaks, not in the first person?"""
    return speakerish(ctx, sp) and not any(first_person_word(ctx, m) for m in range(*sp))


def _speaker(
    ctx: DocContext, a: int, k: int, end: int, labels_too: bool
) -> tuple[Span, str] | None:
    """The speaker of the words after the colon ``k`` and the rule, or None; a name label
    counts only when ``labels_too`` (not in a paragraph's first sentence: an interview's)."""
    pos, doc = ctx.table.pos, ctx.doc
    # a person's name is no verb, whatever the tagger says ("Markus Wieser")
    verbs = [
        m for m in range(a, k) if pos[m] in (VERB, AUX) and doc[m].ent_type_ not in PERSON_LABELS
    ]
    speaks = any(_speaks(ctx, m, k + 1, end) for m in range(k + 1, end))
    if not verbs and speaks and _possessor(ctx, a, k):
        return (a, a + 1), POSSESSOR_RULE
    if not verbs and finite_verb_in(ctx, k + 1, end):
        owner = (
            _utterance_owner(ctx, a, k)
            or _owner_after(ctx, a, k, end)
            or _genitive_owner(ctx, a, k, end)
        )
        if owner is not None:
            return owner, UTTERANCE_RULE
    if not verbs and ctx.any_mood(k + 1, end):
        owner = claim_owner(ctx, a, k)
        if owner is not None:
            return owner, UTTERANCE_RULE
    if not verbs:
        name = _name_label(ctx, a, k) if labels_too else None
        if name is None and labels_too and speaks:
            name = _apposed_name(ctx, a, k)
        if name is None and speaks:
            name = _role_label(ctx, a, k)
        return None if name is None or not finite_verb_in(ctx, k + 1, end) else (name, NAME_RULE)
    found = _subject(ctx, verbs, a, k) if speaks else None
    return found or _gesture_speaker(ctx, a, k, end) or _verdict_subject(ctx, verbs, a, k, end)


def _subject(ctx: DocContext, verbs: list[int], a: int, k: int) -> tuple[Span, str] | None:
    """The subject of the one main verb of the lead-in ``a``..``k`` when it names someone
    who speaks (the words after the colon speak in the first person)."""
    head = _main_verb(ctx, verbs, a, k)
    if head is None:
        return None
    sp = parse_speaker(ctx, labels.lexical_verb(head))
    if sp is None or not (a <= sp[0] and sp[1] <= k):
        return None
    return (sp, SUBJECT_RULE) if _speaks_of(ctx, sp) else None


def _main_verb(ctx: DocContext, verbs: list[int], a: int, k: int) -> Token | None:
    """The one verb of ``verbs`` that heads the lead-in ``a``..``k`` (its head outside the
    lead-in, or the root); None when there is none or more than one."""
    doc = ctx.doc
    heads = [doc[m] for m in verbs if not a <= doc[m].head.i < k or doc[m].head.i == m]
    return heads[0] if len(heads) == 1 else None


def _claim_before(ctx: DocContext, ui: int, a: int, k: int, end: int) -> tuple[Span, str] | None:
    """Class run36b: "Die Zeitung zeigt die Fotos ebenfalls. Die Rechtfertigung für den
    Abdruck: Das Bild zeige …": a lead-in that opens its unit with an article and a noun of
    an utterance or a claim (:func:`_claim_noun`) and has no verb or owner, before words in
    the reported-speech mood: the subject of the sentence right before it (in its
    paragraph, with no quote) speaks them when it names someone who speaks
    (``colon_speech:claim_before``)."""
    pos, doc = ctx.table.pos, ctx.doc
    before = ctx.unit_before(ui)
    if before is None or not ctx.parsed or not ctx.any_mood(k + 1, end):
        return None
    if a + 1 >= k or pos[a] != DET or labels.is_possessive(doc[a]) or pos[a + 1] != NOUN:
        return None
    if not _claim_noun(ctx, a + 1) or any(pos[m] in (VERB, AUX) for m in range(a, k)):
        return None
    if any(q.unit == ui - 1 for q in ctx.quotes):
        return None
    roots = [m for m in range(before.start, before.end) if doc[m].head.i == m]
    if len(roots) != 1 or pos[roots[0]] not in (VERB, AUX):
        return None
    sp = parse_speaker(ctx, labels.lexical_verb(doc[roots[0]]))
    if sp is None or not before.start <= sp[0] < sp[1] <= before.end or not _speaks_of(ctx, sp):
        return None
    return sp, CLAIM_RULE


def _verdict_subject(
    ctx: DocContext, verbs: list[int], a: int, k: int, end: int
) -> tuple[Span, str] | None:
    """Class run36b (a lead-in that is no speech verb): "Die Zeitung rechtfertigte den
    Abdruck unter dem Titel X: Das Bild dokumentiere …". The one main verb of the lead-in
    is one of judgement or justification (``verdict_lemmas``, ``attitude_lemmas``) and the
    words after the colon are in the reported-speech mood: they are the speech of the
    verb's subject when it names someone who speaks (``colon_speech:verdict``)."""
    if not ctx.any_mood(k + 1, end):
        return None
    head = _main_verb(ctx, verbs, a, k)
    if head is None:
        return None
    lemma = labels.lexical_verb(head).lemma_
    if lemma not in ctx.w.verdict_lemmas and lemma not in ctx.w.attitude_lemmas:
        return None
    found = _subject(ctx, verbs, a, k)
    return None if found is None else (found[0], VERDICT_RULE)


def _gesture_speaker(ctx: DocContext, a: int, k: int, end: int) -> tuple[Span, str] | None:
    """ "Kurz zuckt die Schultern: Wenn das …", "…, wischt Kurz beiseite: Es braucht …",
    "Die Botschafterin ist überzeugt: Wir werden …": a lead-in whose last clause tells of a
    gesture or a stance of someone who speaks, before words that read as speech (first
    person, or the present tense with no "er"/"sie", Konjunktiv or role noun of someone told
    of): the speech of that subject (``colon_speech:gesture``)."""
    breaks = [m for m in range(a, k) if ctx.table.texts[m] in CLAUSE_BREAK]
    b = breaks[-1] + 1 if breaks else a
    if not _gesture_clause(ctx, b, k) or not _reads_as_speech(ctx, k + 1, end):
        return None
    sp = clause_speaker(ctx, b, k)
    if sp is None and b > a and ctx.table.pos[b] in (VERB, AUX):
        sp = subject_after_verb(ctx, b, k)  # "…, ist er überzeugt:", "…, wischt Kurz beiseite:"
    if sp is None and b > a and ctx.table.lower[a] not in word_ids(ctx.w.subordinators):
        sp = clause_speaker(ctx, a, k)  # "Merkel, die …, hatte sich zufrieden gezeigt:"
    if sp is None or not a <= sp[0] < sp[1] <= k or not _speaks_of(ctx, sp):
        return None
    return sp, GESTURE_RULE


def _gesture_clause(ctx: DocContext, b: int, k: int) -> bool:
    """Does the clause ``b``..``k`` tell of a gesture (``gesture_lemmas``: "zuckt die
    Schultern", "wischt beiseite") or end in a stance (a verb of ``stance_lemmas`` and an
    adjective of ``stance_adjectives`` among its last words: "ist überzeugt", "gibt sich
    gelassen", "hatte sich zufrieden gezeigt")?"""
    t, pos = ctx.table, ctx.table.pos
    verbs = [m for m in range(b, k) if pos[m] in (VERB, AUX)]
    if any(t.lemma[m] in word_ids(ctx.w.gesture_lemmas) and pos[m] == VERB for m in verbs):
        return True
    stance = word_ids(ctx.w.stance_adjectives)
    if not any(t.lower[m] in stance for m in range(max(b, k - STANCE_REACH), k)):
        return False
    return any(t.lemma[m] in word_ids(ctx.w.stance_lemmas) for m in verbs)


def _reads_as_speech(ctx: DocContext, a: int, b: int) -> bool:
    """Do the words ``a``..``b`` after a gesture read as speech (see
    :func:`_gesture_speaker`)?"""
    if any(first_person_word(ctx, m) for m in range(a, b)):
        return True
    return present_tense(ctx, a, b) and not told_of(ctx, a, b)


def _name_label(ctx: DocContext, a: int, k: int) -> Span | None:
    """A person's name opening ``a``..``k`` with only adverbs and prepositional phrases
    after it ("Kurz dazu", "Kommunikationschef Matthias Euler-Rolle zum STANDARD")."""
    b = _name_end(ctx, a, k)
    if b is None:
        return None
    if b < k and ctx.table.pos[b] not in (ADV, PART, ADP):
        return None  # "Merkel Kanzlerin:" -- the name must end where the tail begins
    if any(ctx.table.pos[m] not in LABEL_TAIL_POS for m in range(b, k)):
        return None
    return a, b


def _role_label(ctx: DocContext, a: int, k: int) -> Span | None:
    """A role with its article opening ``a``..``k`` (after an adverb or none) with only
    adverbs and prepositional phrases after it ("Der Trainer nach dem Spiel:", "Dazu der
    Bürgermeister:"), read before words in the first person only: the article and the role
    (with the adjectives between), or None. An article marks no interview's label."""
    pos = ctx.table.pos
    b = a + 1 if pos[a] == ADV else a
    if b >= k or pos[b] != DET or labels.is_possessive(ctx.doc[b]):
        return None
    n = b + 1
    while n < k and pos[n] in (ADJ, PROPN):  # "Der Wiener Bürgermeister"
        n += 1
    if n >= k or not _role(ctx, n):
        return None
    if n + 1 < k and pos[n + 1] == DET:  # "Ein Sprecher der Polizei:": its genitive
        genitive = all(pos[m] in GENITIVE_POS for m in range(n + 1, k))
        return (b, k) if genitive else None
    if n + 1 < k and pos[n + 1] not in (ADV, PART, ADP):
        return None  # "Der Trainer Kurz:": a name label
    if any(pos[m] not in LABEL_TAIL_POS for m in range(n + 1, k)):
        return None
    return b, n + 1


def _name_end(ctx: DocContext, a: int, k: int) -> int | None:
    """Where a person's name (and the role words before it) opening ``a``..``k`` ends, or
    None."""
    doc = ctx.doc
    b = a
    while b < k and (doc[b].ent_type_ in PERSON_LABELS or _role(ctx, b)):
        b += 1
    if b == a or not any(doc[m].ent_type_ in PERSON_LABELS for m in range(a, b)):
        return None
    return b


def _apposed_name(ctx: DocContext, a: int, k: int) -> Span | None:
    """A person's name opening ``a``..``k`` and an apposition with a noun and no verb after a
    comma ("Andreas Koller, Sprecher eines der Senate im Presserat:"), read before words in
    the first person only: the name, or None."""
    b = _name_end(ctx, a, k)
    if b is None or b + 1 >= k or ctx.table.texts[b] != ",":
        return None
    pos = ctx.table.pos
    if any(pos[m] not in APPOSITION_POS for m in range(b + 1, k)):
        return None
    return (a, b) if any(pos[m] == NOUN for m in range(b + 1, k)) else None


def _possessor(ctx: DocContext, a: int, k: int) -> bool:
    """Is ``a``..``k`` a third-person possessive and a noun ("Seine Botschaft", "Ihr
    Fazit"): the possessor speaks?"""
    if k - a != 2 or ctx.table.pos[a] != DET or ctx.table.pos[a + 1] != NOUN:
        return False
    t = ctx.doc[a]
    return labels.is_possessive(t) and not labels.morph_has(t, FIRST_PERSON)


def _utterance_owner(ctx: DocContext, a: int, k: int) -> Span | None:
    """ "Mayers Fazit im STANDARD-Gespräch:", "Varoufakis' Antwort:", "Sein Argument:": a
    person's name in the genitive or a third-person possessive before a noun that names
    an utterance (``utterance_nouns``), then at most adverbs and prepositional phrases: the
    owner speaks the clause after the colon. Returns the owner's tokens or None."""
    doc, pos = ctx.doc, ctx.table.pos
    n = a
    while n < k and doc[n].ent_type_ in PERSON_LABELS:
        n += 1
    if n == a:
        t = doc[a]
        if pos[a] != DET or not labels.is_possessive(t) or labels.morph_has(t, FIRST_PERSON):
            return None
        n = a + 1
    elif not _genitive_name(doc[n - 1]):
        return None
    if n >= k or not _utterance_noun(ctx, n):
        return None
    if any(pos[m] not in LABEL_TAIL_POS for m in range(n + 1, k)):
        return None
    return a, n


def claim_owner(ctx: DocContext, a: int, k: int) -> Span | None:
    """ "Der Vorwurf der Opposition:", "Ihr Vorwurf:", "Die Kritik Webers:": a
    third-person possessive or an article, at most adjectives, a noun of an utterance or a
    claim (``utterance_nouns``, ``view_nouns``, ``summary_nouns``, the role lexicon's
    ``utterance_nouns``) and, after an article, its owner in the genitive that names someone
    who speaks and ends the lead-in ``a``..``k`` (or a name in the genitive right after the noun). Before a clause in the reported-speech
    mood the owner speaks it (the possessive, or the genitive). Returns it or None."""
    doc, pos = ctx.doc, ctx.table.pos
    if pos[a] != DET or labels.morph_has(doc[a], FIRST_PERSON):
        return None
    n = a + 1
    while n < k and pos[n] == ADJ:
        n += 1
    if n >= k or pos[n] != NOUN or not _claim_noun(ctx, n):
        return None
    if labels.is_possessive(doc[a]):
        return (a, a + 1) if n + 1 == k else None
    if k > n + 1 and all(pos[m] == PROPN for m in range(n + 1, k)) and _genitive_name(doc[k - 1]):
        return n + 1, k  # "Der Vorwurf Sardanas:", "Die Kritik Anna Webers:"
    owner = genitive_after(ctx, n)
    return owner if owner is not None and owner[1] == k else None


def _claim_noun(ctx: DocContext, n: int) -> bool:
    """Token ``n`` names an utterance or a claim ("Vorwurf", "Kritik")."""
    if _utterance_noun(ctx, n):
        return True
    return ctx.doc[n].lower_ in ctx.kit.roles.utterance_nouns


def _utterance_noun(ctx: DocContext, n: int) -> bool:
    """Token ``n`` names an utterance ("Fazit", ``utterance_nouns``) or a view stated
    ("These", "Erkenntnis", ``view_nouns``)."""
    lower = ctx.table.lower[n]
    return any(
        lower in word_ids(nouns)
        for nouns in (ctx.w.utterance_nouns, ctx.w.view_nouns, ctx.w.summary_nouns)
    )


def _owner_after(ctx: DocContext, a: int, k: int, end: int) -> Span | None:
    """ "Die Conclusio für den AKNÖ-Präsidenten Markus Wieser:", "Die Antwort von Ministerin
    Huber:": an article, a noun of an utterance, a preposition of its owner
    (``owner_prepositions``) and a person's name that ends the lead-in: the words from the
    role or name on speak the clause after the colon, unless it tells of someone in the
    third person ("Die Bilanz für Vettel: Er wurde Dritter."). Returns them or None."""
    pos, lower = ctx.table.pos, ctx.table.lower
    if third_person_in(ctx, k + 1, end):
        return None
    n = a + 1 if pos[a] == DET else a
    if k - n < 3 or not _utterance_noun(ctx, n):
        return None
    if lower[n + 1] not in word_ids(ctx.w.owner_prepositions):
        return None
    m = n + 2
    while m < k and pos[m] in (DET, ADJ):
        m += 1
    b = m
    while b < k and pos[b] == NOUN and ctx.doc[b].ent_type_ not in PERSON_LABELS:
        b += 1  # a role the lexicon lacks ("AKNÖ-Präsidenten")
    if b >= k or _name_end(ctx, b, k) != k:
        return None
    return m, k


def _genitive_owner(ctx: DocContext, a: int, k: int, end: int) -> Span | None:
    """ "Das Fazit des Trainers:", "Die Antwort der Ministerin Anna Huber:": an article, a
    noun of an utterance and its owner in the genitive (an article, adjectives, a role of
    the lexicon and at most a name after it) that ends the lead-in: the owner speaks the
    clause after the colon, unless it tells of someone in the third person ("Das Fazit
    des Trainers: Er war zu langsam."). Returns the owner's tokens or None."""
    pos = ctx.table.pos
    if pos[a] != DET or labels.is_possessive(ctx.doc[a]) or third_person_in(ctx, k + 1, end):
        return None
    n = a + 1
    if n + 2 > k or not _utterance_noun(ctx, n) or pos[n + 1] != DET:
        return None
    if labels.is_possessive(ctx.doc[n + 1]) or not _genitive_case(ctx.doc[n + 1]):
        return None
    m = n + 2
    while m < k and pos[m] == ADJ:
        m += 1
    if m >= k or not _role(ctx, m):
        return None
    if m + 1 < k and _name_end(ctx, m + 1, k) != k:
        return None
    return n + 1, k


def _genitive_case(t) -> bool:
    """An article in the genitive by the morphology ("des", "der" after a noun)."""
    return labels.GENITIVE in labels.morph_values(t, "Case")


def _genitive_name(t) -> bool:
    """A name in the genitive: "Mayers", "Varoufakis'" or the morphology's case."""
    return t.text.endswith(("s", "'")) or labels.GENITIVE in labels.morph_values(t, "Case")


def _role(ctx: DocContext, m: int) -> bool:
    """A role word of the lexicon before a name ("Kommunikationschef")."""
    found = ctx.kit.roles.lookup(ctx.table.texts[m])
    return found is not None and found.kind == "role"


def _speaks(ctx: DocContext, m: int, a: int, b: int) -> bool:
    """Is token ``m`` of ``a``..``b`` a first-person subject ("ich", "wir") or a
    first-person pronoun of the main clause ("Ein Punkt hätte uns gut getan"; not "…, wo
    sie uns nichts anhaben kann": the writer's "uns" of people at large)?"""
    if not first_person_word(ctx, m):
        return False
    if ctx.table.lower[m] in word_ids(ctx.w.first_person_speakers):
        return True
    head = labels.lexical_verb(ctx.doc[m].head)
    while labels.is_auxiliary(head) and head.head.i != head.i:
        head = head.head
    return head.head.i == head.i or not a <= head.head.i < b
