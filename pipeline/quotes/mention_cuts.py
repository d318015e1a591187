"""Speaker mentions cut to the phrase that names who speaks: a clause the parse glued to a
subject, an "als" predicate, and a dative addressee glued to the subject after the verb.

- a mention that holds a finite verb is no phrase but a clause run-on ("Dies war nicht die
  erste Auseinandersetzung und die Anwohner befürchten, dass …" -> "die Anwohner"; "Das ruft
  Kritiker auf den Plan und …" stays: no noun phrase after the coordinator): the part
  after the last coordinator behind the verb, when it holds a noun phrase;
- a noun after "als" (``predicative_markers`` of roles.jsonl) says what someone is, not who
  speaks ("Als scheidende Premierministerin habe sie …": the subject after the verb);
- a dative after the subject that follows a speech verb that takes one
  (``dative_speech_lemmas``: "wirft die OSZE der Wahlkommission vor", "empfahl die WHO der
  Bevölkerung") is the addressee, when the clause has no other dative and the head is no
  role noun ("warf ein Sprecher der Polizei vor" stays); an article that is never genitive
  ("teilte die Polizei den Medien mit") after a noun opens the addressee whatever the verb;
  never before a name or a bracket ("Sein Kollege den Haan", "die Gewerkschaft der Seeleute
  (PNO)"); a mention after a dative article and adjectives the parse left out of it is
  the addressee itself ("die dem früheren Kardinal Bergoglio vorwerfen"); after such a verb
  a title and a name after the subject's noun are the addressee too ("warf die Opposition
  Präsident Alexander Lukaschenko vor"), and so is a bare name after a plural noun when
  the verb is plural ("werfen die Abgeordneten Huber vor"; not inside one name: "schlagen
  die Vereinten Nationen vor");
- adverbs the parse put before the subject after the verb ("meint denn auch Anwalt
  Bitsche", "berichten nun Forscher", "schreibt etwa Guardian-Kolumnist X") are no part of
  who speaks, when an article, adjective, noun or name follows them ("rund 100 Experten",
  "mehr als 20 Ärzte" stay); at the start of a sentence an additive particle before an
  article too (``additive_particles``: "Auch die Ministerin X"; "Nur die Hälfte" stays);
- an article that is never genitive (``object_articles``) right after a name and before a
  noun or adjective opens the verb's object the parse ran into the mention ("beurteilte der
  Geschäftsführer …, Volker Beck das Pontifikat …" -> "… Volker Beck"; "Kollege Jan den
  Haan" stays: a name after the article);
- a mention that runs back over a comma splice into the object of the clause before it
  ("Die Slowakei übernimmt die EU-Präsidentschaft, Premier X fürchtet, …": the cue verb is
  a conjunct whose first verb has its own subject) is the name after the comma;
- a phrase of manner at the end that announces the words (``manner_tails``: "wird die
  Chefin X wie folgt zitiert", "… mit den Worten") is no part of who speaks;
- a relative clause after a comma with its finite verb is no part of who speaks ("Anwalt
  X, der den Angeklagten vertritt, sagte" -> "Anwalt X"; an apposition "Die Regierungspartei,
  die Hamas" has no verb and stays);
- a mention that runs on into its own statement ("die Pläne, laut denen jeder Haushalt
  einen Anschluss haben sollte": "denen jeder Haushalt") ends where the statement starts;
  a relative pronoun that opens it and is no noun's attribute is the source alone;
- a set noun of the setting before a genitive ("Im Rahmen einer Pressekonferenz wurde
  betont": ``setting_nouns``) says in what setting, the genitive phrase is the source.
"""

from __future__ import annotations

from spacy.symbols import AUX, CCONJ, VERB

from .. import labels
from .context import NOUN_IDS, DocContext, Quote, Span
from .words import word_ids

#: how many words past the mention the cue may start for a coordinator between them
CUE_REACH = 6
#: the morphology of a plural noun or verb
PLURAL = "Number=Plur"


def cut_clause(ctx: DocContext, sp: Span, end: int | None = None) -> Span:
    """The mention without a clause the parse glued to it (see the module docstring);
    with ``end`` (where the cue starts, right after the mention) the coordinator may stand
    past the mention ("Dies war … Auseinandersetzung um | die Blockaden und die Anwohner
    befürchten")."""
    a, b = sp
    pos = ctx.table.pos
    verb = _finite_in(ctx, a, b)
    if verb is None:
        return sp
    stop = b if end is None or not b <= end <= b + CUE_REACH else end
    coords = [k for k in range(verb + 1, stop - 1) if pos[k] == CCONJ]
    if not coords:
        return sp
    rest = (coords[-1] + 1, stop)
    if _finite_in(ctx, *rest) is not None or ctx.in_marks(*rest):
        return sp
    if not any(pos[k] in NOUN_IDS or labels.is_article(ctx.doc[k]) for k in range(*rest)):
        return sp
    return rest


#: parts of speech after an article that make it open an object, not a name ("den Haan")
OBJECT_HEADS = frozenset({"NOUN", "ADJ"})
#: parts of speech that may open the phrase after a leading adverb
PHRASE_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ"})
#: what may follow a focus particle that opens the sentence: an article, a noun or a name
FOCUSED_OPENERS = PHRASE_OPENERS


def cut_leading_adverbs(ctx: DocContext, sp: Span) -> Span:
    """The mention without the adverbs before its phrase (see the module docstring)."""
    a, b = sp
    doc = ctx.doc
    k = a
    while k < b - 1 and _bare_adverb(doc[k]):
        k += 1
    if k == a and a + 1 < b:
        k = a + _opening_focus(ctx, a, b)  # "Auch die Ministerin X", "Nicht nur Huber"
    if k == a or doc[k].pos_ not in PHRASE_OPENERS:
        return sp
    return (k, b)


def cut_object_run(ctx: DocContext, sp: Span) -> Span:
    """The mention without the object the parse ran into it after a name (see the module
    docstring)."""
    a, b = sp
    ids, doc = word_ids(ctx.w.object_articles), ctx.doc
    for k in range(a + 1, b - 1):
        if ctx.table.lower[k] not in ids or doc[k - 1].pos_ != "PROPN":
            continue
        if doc[k + 1].pos_ in OBJECT_HEADS and doc[k].ent_iob_ != "I":  # not in a name
            return (a, k)
    return sp


def cut_manner_tail(ctx: DocContext, sp: Span) -> Span:
    """The mention without a phrase of manner at its end that announces the words ("wird
    die Chefin X wie folgt zitiert", "… mit den Worten": ``manner_tails``)."""
    a, b = sp
    doc = ctx.doc
    for k in range(max(a + 1, b - 3), b):
        if " ".join(t.lower_ for t in doc[k:b]) in ctx.w.manner_tails:
            return (a, k)
    return sp


def cut_spliced_object(ctx: DocContext, sp: Span, cue: int | None) -> Span:
    """The mention without the object of the clause before a comma splice ("Die Slowakei
    übernimmt die EU-Präsidentschaft, Premier X fürchtet, dass …" -> "Premier X") or before
    "und" ("Der Verein verlor das Spiel und Trainer X sagte, …" -> "Trainer X"): the
    mention ends at the cue verb, a conjunct whose first verb has a subject of its own
    before the mention, and only a name after its last comma (or, with no comma, its first
    coordinating conjunction)."""
    a, b = sp
    doc = ctx.doc
    if cue is None or cue != b:
        return sp
    first = labels.coordination_head(doc[cue])
    if first is None and labels.has_role(doc[cue], "parataxis"):
        first = doc[cue].head  # "… verlor das Spiel und Trainer X sagte danach, …"
    own = labels.clause_subject(first) if first is not None and first.i < a else None
    if own is None or own.i >= a:
        return sp
    commas = [k for k in range(a + 1, b - 1) if doc[k].text == ","]
    if not commas:  # "Der Verein verlor das Spiel und Trainer X sagte, …": the first "und"
        commas = [k for k in range(a + 1, b - 1) if doc[k].pos == CCONJ][:1]
    if not commas or not any(t.pos_ == "PROPN" for t in doc[commas[-1] + 1 : b]):
        return sp
    return (commas[-1] + 1, b)


#: the pronoun type of a relative pronoun (both label schemes carry the model's morphology)
RELATIVE_TYPE = "Rel"


def cut_relative(ctx: DocContext, sp: Span) -> Span:
    """The mention without a relative clause after a comma (see the module docstring)."""
    a, b = sp
    doc = ctx.doc
    for k in range(a + 1, b - 2):
        if doc[k].text != "," or RELATIVE_TYPE not in labels.morph_values(doc[k + 1], "PronType"):
            continue
        if _finite_in(ctx, k + 2, b) is not None:
            return (a, k)
    return sp


def _opening_focus(ctx: DocContext, a: int, b: int) -> int:
    """How many words at ``a`` are a focus particle that opens the sentence before the
    speaker's phrase ("Auch die Ministerin X", "Selbst Huber", "Nicht nur Huber":
    ``additive_particles``, ``focus_particle_pairs``), or 0."""
    doc = ctx.doc
    if not doc[a].is_sent_start:
        return 0
    n = 1 if ctx.table.lower[a] in word_ids(ctx.w.additive_particles) else 0
    if not n and a + 1 < b and f"{doc[a].lower_} {doc[a + 1].lower_}" in ctx.w.focus_particle_pairs:
        n = 2
    if not n or a + n >= b or doc[a + n].pos_ not in FOCUSED_OPENERS:
        return 0
    return n if doc[a + n].pos_ != "DET" or a + n + 1 < b else 0


def _bare_adverb(t) -> bool:
    """An adverb in lower case with no inflection ("auch", "nun"; not the adjective
    "nationalem" the tagger took for one)."""
    return t.pos_ == "ADV" and t.is_alpha and t.is_lower and len(t.morph) == 0


def _finite_in(ctx: DocContext, a: int, b: int) -> int | None:
    """The last finite verb of ``a``..``b`` in lower case that is no attribute ("die
    staatlich kontrollierten Medien"), or None."""
    pos, doc = ctx.table.pos, ctx.doc
    verbs = [
        k
        for k in range(a, b)
        if pos[k] in (VERB, AUX)
        and doc[k].text[:1].islower()
        and labels.morph_has(doc[k], labels.FINITE_FEATURE)
        and not labels.has_role(doc[k], "noun_modifier")
    ]
    return verbs[-1] if verbs else None


def predicate_of_als(ctx: DocContext, sp: Span) -> bool:
    """Does "als" stand right before the mention or open it, and the mention name what
    someone is by a noun ("Als scheidende Premierministerin habe sie …", "Als Grund nannte
    X …"), not by a name or pronoun ("…, als er Fans kritisierte": a clause of time)?"""
    markers = ctx.kit.roles.predicative_markers
    doc, a = ctx.doc, sp[0]
    if doc[a].lower_ not in markers and not (
        a > 0 and ctx.inside[a - 1] < 0 and doc[a - 1].lower_ in markers
    ):
        return False
    toks = doc[a : sp[1]]
    if any(t.pos_ in ("PRON", "PROPN") or t.ent_type_ for t in toks):
        return False
    return any(t.pos_ == "NOUN" for t in toks)


def cut_addressee(ctx: DocContext, q: Quote, sp: Span) -> Span:
    """The subject without a dative addressee after it (see the module docstring)."""
    doc, lower = ctx.doc, ctx.table.lower
    # "wirft die OSZE der Wahlkommission vor": the subject after the verb
    after_cue = bool(q.cue) and q.cue[0][0] < sp[0]
    singular = word_ids(ctx.w.dative_determiners)
    # "den" after the verb only: "Sein Kollege den Haan ergänzt" (a name's particle)
    plural = word_ids(ctx.w.dative_plural_articles) if after_cue else frozenset()
    inverted = after_cue and q.cue_lemma in ctx.w.dative_speech_lemmas
    for k in range(sp[0] + 2, sp[1]) if inverted else ():
        if ctx.table.pos[k - 1] in NOUN_IDS and _bare_name_after_plural(ctx, q, k, sp[1]):
            return (sp[0], k)  # "werfen die Abgeordneten Huber vor": Huber is addressed
    for k in range(sp[0] + 1, sp[1] - 1):
        if ctx.table.pos[k - 1] not in NOUN_IDS and not doc[k - 1].is_quote:
            continue  # after the noun or a quoted name ("der „Arbeitskreis X“ der Polizei")
        if lower[k] in singular:
            return (sp[0], k)  # "warf die Opposition dem früheren Minister Karl Huber vor"
        if inverted and _titled_name(ctx, k, sp[1]):
            return (sp[0], k)  # "warf die Opposition Präsident Alexander Lukaschenko vor"
        if _named(ctx, k + 1, sp[1]):
            continue  # "Sein Kollege den Haan", "die Gewerkschaft der Seeleute (PNO)"
        if lower[k] in plural:
            return (sp[0], k)
        if (
            inverted
            and doc[k].lower_ in ctx.w.ambiguous_dative_articles
            and not _role_head(ctx, sp[0], k)
            and not _other_dative(ctx, q, sp)
        ):
            return (sp[0], k)
    return sp


def _titled_name(ctx: DocContext, k: int, b: int) -> bool:
    """Does a role noun at ``k`` open a name of its own after a noun ("die Opposition
    Präsident Alexander Lukaschenko"), not after a genitive -s ("Kasachstans Präsident
    Tokajew") nor a hyphen?"""
    doc, roles = ctx.doc, ctx.kit.roles
    t, before = doc[k], doc[k - 1]
    if not t.text[:1].isupper() or (m := roles.lookup(t.text)) is None or m.kind != "role":
        return False
    if before.text.endswith(("s", "-")) or labels.morph_values(before, "Case") == [labels.GENITIVE]:
        return False
    return k + 1 < b and doc[k + 1].ent_type_ == "PER"


def _bare_name_after_plural(ctx: DocContext, q: Quote, k: int, b: int) -> bool:
    """Does a bare name at ``k``..``b`` (capitalised words, no article, no coordinator)
    follow a plural noun after a plural cue verb ("werfen die Abgeordneten Huber vor"): the
    plural noun is the subject, the name the verb's dative, not its apposition?"""
    doc = ctx.doc
    if not labels.morph_has(doc[k - 1], PLURAL) or labels.is_article(doc[k]):
        return False
    if doc[k].ent_iob_ == "I" or labels.morph_has(doc[b - 1], PLURAL):
        return False  # "schlagen die Vereinten Nationen vor": one name
    if not all(t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN") for t in doc[k:b]):
        return False
    finite = [t for a, e in q.cue for t in doc[a:e] if labels.morph_has(t, labels.FINITE_FEATURE)]
    return bool(finite) and all(labels.morph_has(t, PLURAL) for t in finite)


def _named(ctx: DocContext, a: int, b: int) -> bool:
    """Does a name start at ``a`` (an article of a name: "den Haan") or a bracket stand in
    ``a``..``b`` (a name with its short form: "der Seeleute (PNO)")?"""
    t = ctx.doc[a]
    return t.ent_type_ == "PER" or t.pos_ == "PROPN" or any(u.text == "(" for u in ctx.doc[a:b])


def dative_before(ctx: DocContext, sp: Span) -> bool:
    """Does a dative article stand before the mention, past its adjectives and with no
    preposition before it ("Stimmen, die dem früheren Kardinal Bergoglio vorwerfen": the
    parse left the article and the adjective out of the object)?"""
    doc, k = ctx.doc, sp[0] - 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    if k < 0 or ctx.table.lower[k] not in word_ids(ctx.w.dative_determiners):
        return False
    if sp[1] < len(doc) and doc[sp[1]].lower_ in ctx.w.postpositions:
        return False  # "dem jüngsten Bericht zufolge"
    return k == 0 or not labels.is_adposition(doc[k - 1])


def _role_head(ctx: DocContext, a: int, k: int) -> bool:
    """A role noun before ``k`` ("ein Sprecher der Polizei"): the genitive names its body."""
    roles = ctx.kit.roles
    return any(
        (m := roles.lookup(t.text)) is not None and m.kind == "role"
        for t in ctx.doc[a:k]
        if t.text[:1].isupper()
    )


def _other_dative(ctx: DocContext, q: Quote, sp: Span) -> bool:
    """Does the clause of the quote's frame hold a dative outside the mention and what is
    said ("Die Gewerkschaft der Polizei wirft der Regierung vor", "warf ihm vor")?"""
    u, lower = ctx.units[q.unit], ctx.table.lower
    # a reported quote holds its frame: "warf den Behörden Fahrlässigkeit vor"
    said = {k for a, b in q.parts for k in range(a, b)} if q.kind != "reported" else set()
    datives = word_ids(
        ctx.w.dative_determiners | ctx.w.dative_plural_articles | ctx.w.ambiguous_dative_articles
    )
    pronouns = word_ids(ctx.w.dative_pronouns)
    for k in range(u.start, u.end):
        if k in said or sp[0] <= k < sp[1] or ctx.inside[k] >= 0:
            continue
        if lower[k] in pronouns:
            return True
        if lower[k] in datives and (k == 0 or not labels.is_adposition(ctx.doc[k - 1])):
            return True
    return False


def cut_statement(sp: Span, parts: list[Span]) -> Span:
    """``sp`` up to the first part of the statement it runs into ("laut denen jeder
    Haushalt …" -> "denen"); ``sp`` when it holds none, or when the part opens it."""
    a, b = sp
    starts = [pa for pa, pb in parts if a < pa < b]
    return (a, min(starts)) if starts else sp


def cut_setting_noun(ctx: DocContext, sp: Span) -> Span:
    """ "Rahmen einer Pressekonferenz" -> "einer Pressekonferenz": a mention that opens
    (after an article) with a noun of the setting (``setting_nouns``) followed by a
    genitive article starts at the genitive; else ``sp``."""
    a, b = sp
    doc, w = ctx.doc, ctx.w
    k = a + 1 if labels.is_article(doc[a]) else a
    if (
        k + 2 < b
        and doc[k].lower_ in w.setting_nouns
        and doc[k + 1].lower_ in w.genitive_determiners
    ):
        return (k + 1, b)
    return sp


def cut_relative_source(ctx: DocContext, q: Quote) -> None:
    """ "laut denen jeder Haushalt …" -> "denen": a relative pronoun that opens a mention and
    is no attribute of a noun in it ("laut dessen Sprecher" stays) names the source alone;
    the words after it are the clause's own subject, and the part that started after them
    starts after the pronoun."""
    if q.speaker is None:
        return
    a, b = q.speaker
    first = ctx.doc[a]
    if b - a < 2 or not labels.is_relative_pronoun(first) or a <= first.head.i < b:
        return
    q.speaker = (a, a + 1)
    q.parts = [(a + 1, pb) if pa == b else (pa, pb) for pa, pb in q.parts]
