"""Speaker mentions: the noun phrase that says who speaks, from the parse or by position.

With a parse the speaker of a speech verb is its subject (through auxiliaries and
coordinated verbs, :mod:`pipeline.labels`), or the ``von`` agent of a passive; without one
the grammar's :meth:`~pipeline.quotes.lang.Grammar.subject_before` reads word order.

>>> parse_speaker(ctx, doc[5])   # "Am Montag sagte der Minister …" -> (6, 8)  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import ADJ, ADV
from spacy.tokens import Doc, Token

from .. import labels
from .addressee_subjects import speaker_past_addressee, subject_after_addressee
from .claim_mentions import so_claim
from .compared_speakers import compared_pronoun
from .compound_roles import compound_person_name, coordinated_role
from .conjunct_subjects import conjunct_subject
from .container_sources import container_source
from .context import NOUN_IDS, PATTERN_RULE, VERB_POS, DocContext, Quote, Span
from .es_objects import es_object_subject
from .genitive_possessors import apostrophe_possessed, possessed_phrase, possessor_attribute
from .mention_cuts import (
    cut_addressee,
    cut_clause,
    cut_leading_adverbs,
    cut_manner_tail,
    cut_object_run,
    cut_relative,
    cut_relative_source,
    cut_setting_noun,
    cut_spliced_object,
    cut_statement,
    dative_before,
    predicate_of_als,
)
from .name_phrases import with_name_phrase, with_quoted_name
from .dative_fronts import dative_front_subject
from .nominative_subjects import nominative_subject
from .origin_sources import origin_after_cue, origin_of_noun_cue
from .origin_speakers import bare_act, origin_of_act
from .particle_names import particle_name
from .place_names import name_after_place
from .plural_subjects import plural_subject
from .shared_subjects import row_subject, shared_subject
from .spaces import strip_spaces
from .stative_passives import asked_mention, asked_subject
from .stranded_articles import article_phrase
from .thing_mentions import rejected_claim, thing_relative
from .words import word_ids

PERSON_LABELS = labels.PERSON_ENTITY_LABELS
ORG_LABELS = frozenset({"ORG"})


MAX_NAME_WORDS = 4  # words of a name that closes a sentence after its verb


def span_of(tok: Token) -> Span:
    """Subject subtree without relative clauses and edge punctuation."""
    left, right = tok.i, tok.i
    for c in tok.children:
        if labels.has_role(c, "relative_clause", "parataxis", "punct", "clausal_object"):
            continue
        left = min(left, c.left_edge.i)
        right = max(right, c.right_edge.i)
    doc = tok.doc
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    if "\n" in doc[left : right + 1].text:  # a token with a newline (one Span, no Tokens)
        left = right = tok.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        if doc[right].text == ")" and any(doc[m].text == "(" for m in range(left, right)):
            break  # "Wolfgang Schäuble (CDU)": the bracket closes
        right -= 1
    if right - left > 15:
        left, right = tok.i, tok.i
    return (left, right + 1)


def parse_speaker(ctx: DocContext, verb: Token) -> Span | None:
    """The speaker of ``verb`` from the parse, trimmed to a usable mention, or None (read
    once per verb of a Doc: the steps ask again for the same cue verbs)."""
    memo = ctx.parse_speakers
    if verb.i not in memo:
        memo[verb.i] = _parse_speaker(ctx, verb)
    return memo[verb.i]


def _parse_speaker(ctx: DocContext, verb: Token) -> Span | None:
    """:func:`parse_speaker`, not remembered."""
    if not ctx.kit.settings.get("parse_speakers", True):
        return None
    sp = parse_speaker_raw(ctx, verb)
    if sp is not None:
        sp = _after_finite(ctx, _in_verb_unit(ctx, sp, verb))
    if sp is not None and sp[0] > verb.i:  # "sagte X in London, Christian Kesberg."
        sp = _before_clause_end(
            ctx, verb.i, name_after_place(ctx, compound_person_name(ctx, coordinated_role(ctx, sp)))
        )
    if sp is not None:  # "sagte Badawis … Ehefrau Ensaf Haidar": the wife speaks
        sp = possessed_phrase(ctx, verb, sp, span_of)
    if sp is None or sp[0] <= verb.i < sp[1]:
        return None
    doc = ctx.doc
    toks = doc[sp[0] : sp[1]]
    quoted = any(ctx.inside[m] >= 0 for m in range(*sp)) or any(t.is_quote for t in toks)
    if len(toks) > 12 or "\n" in toks.text or (quoted and not quoted_names_only(ctx, sp)):
        # "Jim DeMint, ein prominentes … Mitglied …": too long, or running into a quoted
        # title -- keep the part around the head instead of losing the speaker
        sp = trim_mention(ctx, sp)
        if sp is None:
            return None
    if sp[1] < verb.i:
        # "Präsident Tokajew" parsed as two subjects: the noun phrase runs on
        np = ctx.ph.np_forward(doc, sp[0], verb.i, True)
        if (
            np is not None
            and sp[1] < np[1] <= verb.i
            and not any(ctx.inside[m] >= 0 for m in range(*np))
        ):
            sp = (sp[0], np[1])
    return sp


def _before_clause_end(ctx: DocContext, v: int, sp: Span) -> Span | None:
    """A subject at ``sp`` after the verb at ``v`` past the end of the verb's sentence
    ("…, schildert PwC. In Summe erlitten … Verluste": "PwC." kept its full stop and the
    parse ran on into the next sentence): the name that ends the sentence right after the
    verb ("PwC."), else None; ``sp`` when no colon and no capitalised word ending in a full
    stop before a capitalised word lies between them (not "bzw.")."""
    doc = ctx.doc
    for m in range(v + 1, sp[0]):
        t = doc[m]
        if t.text in (":", ";"):
            return None
        if len(t.text) > 1 and t.text[0].isupper() and t.text.endswith(".") and doc[m + 1].is_title:
            name = (v + 1, m + 1)
            words = [doc[k].text.rstrip(".") for k in range(*name)]
            capitalised = all(x[:1].isupper() and x.replace("-", "").isalpha() for x in words)
            return name if m - v <= MAX_NAME_WORDS and capitalised else None
    return sp


def _in_verb_unit(ctx: DocContext, sp: Span | None, verb: Token) -> Span | None:
    """A subject the parse found in a unit before the verb's (a heading, the paragraph
    before: "Reaktionen aus Deutschland ⏎⏎ Kanzlerkandidatin Angela Merkel sowie …
    sprachen") is none of its: the words that open the verb's unit up to it when they are a
    noun phrase with no verb, else None."""
    if sp is None or not ctx.unit_of or sp[1] > verb.i:
        return sp
    ui = ctx.unit_of[verb.i]
    if ctx.unit_of[sp[1] - 1] == ui:
        return sp
    start, doc = ctx.units[ui].start, ctx.doc
    toks = doc[start : verb.i]
    if not len(toks) or any(t.pos_ in ("VERB", "AUX") or "\n" in t.text for t in toks):
        return None
    if toks[-1].is_punct or not any(ctx.ph.is_nounish(t, ctx.pos) for t in toks):
        return None
    return (start, verb.i)


def _after_finite(ctx: DocContext, sp: Span | None) -> Span | None:
    """A subject phrase that is a demonstrative run on through a finite auxiliary ("Dieser
    habe Metes Karriere betroffen": the parse hung "habe" on "Metes" and the pronoun on
    "habe") is no usable mention: None. Other phrases stay as they are."""
    doc = ctx.doc
    if sp is None:
        return None
    k = sp[0] + 1
    if sp[1] - sp[0] < 3 or ctx.inside[k] >= 0 or doc[k].pos_ != "AUX":
        return sp
    finite = labels.morph_has(doc[k], labels.FINITE_FEATURE)
    if finite and doc[sp[0]].lower_ in ctx.w.demonstrative_subjects:
        return None
    return sp


def quoted_names_only(ctx: DocContext, sp: Span) -> bool:
    """Is every quoted piece in the mention a short name in quotation marks, wholly inside
    it ("die „Aktion Deutschland hilft“", "Die Wochenzeitung „Die Zeit“")?"""
    pieces = {ctx.inside[m] for m in range(*sp) if ctx.inside[m] >= 0}
    if not pieces:
        return False
    doc = ctx.doc
    for i in pieces:
        d = ctx.directs[i]
        words = [t for t in doc[d.start : d.end] if t.is_alpha]
        if not (sp[0] <= d.start and d.end <= sp[1] and d.closed and 0 < len(words) <= 4):
            return False
        if not words[0].text[:1].isupper():
            return False
    return True


def speaker_inside(ctx: DocContext, rec: dict, ms: int, me: int) -> Span | None:
    """ "wird Panetta zitiert": the noun phrase between the first and last word of a
    ``speaker_inside`` pattern match."""
    if not rec.get("speaker_inside") or me - ms < 3:
        return None
    np = ctx.ph.np_forward(ctx.doc, ms + 1, me - 1, ctx.pos)
    return np if np is not None and np[1] <= me - 1 else None


def trim_mention(ctx: DocContext, sp: Span) -> Span | None:
    """A usable part of an over-long or quote-crossing mention: the words before the
    first comma, quote or newline when they hold a noun, else the head alone."""
    doc, ph = ctx.doc, ctx.ph

    def bad(m: int) -> bool:
        t = doc[m]
        return t.is_quote or "\n" in t.text or ctx.inside[m] >= 0

    end = sp[0]
    while end < sp[1] and not bad(end) and doc[end].text not in (",", "(") and end < sp[0] + 8:
        end += 1
    if end > sp[0] and any(
        ph.is_nounish(doc[m], ctx.pos) or ph.is_pronoun_subject(doc[m]) for m in range(sp[0], end)
    ):
        return (sp[0], end)
    heads = [t for t in doc[sp[0] : sp[1]] if not (sp[0] <= t.head.i < sp[1]) or t.head.i == t.i]
    if len(heads) == 1 and not bad(heads[0].i) and heads[0].is_alpha:
        return (heads[0].i, heads[0].i + 1)
    return None


def subject_of(ctx: DocContext, verb: Token) -> Token | None:
    """The clause subject; when the parse gives several (a fronted object mislabelled,
    a newline token), the nominative word one, else :func:`labels.clause_subject`."""
    heads = labels.verb_chain(verb)
    pred = labels.predicative(verb)
    if pred is not None and verb.head.i == pred.i:
        heads = [*heads, pred]  # "Die DSW ist der Ansicht": UD hangs the subject on "Ansicht"
    cands = [
        c
        for v in heads
        for c in labels.children_with(v, "subject")
        if not labels.has_role(c, "agent") and c.i != verb.i
    ]
    if cands and all(c.is_space for c in cands):
        # "\n\nIn der Begründung äußerten die Richter": a paragraph break parsed as the
        # subject; the nominative noun after the finite verb is it
        first = min(t.i for t in heads)
        alt = _nominative_after(heads, first, ctx.table.pos) or _person_after(ctx, heads, first)
        if alt is not None and not any(t.text == "," for t in alt.subtree):
            return alt  # not one running on past a comma into what is said
    if len(cands) > 1:
        # "Jüttner hatte Lenz aufgefordert" parsed with Lenz as passive subject too
        cands = [c for c in cands if not labels.has_role(c, "passive_subject")] or cands
        # "am Potsdamer Platz erklärte der Künstler": a preposition's object is no subject
        cands = [c for c in cands if not _after_preposition(ctx, c)] or cands
        # "Weitere Details wolle man nicht nennen": beside "man" the other is the object
        cands = [c for c in cands if c.lower_ in ctx.w.indefinite_subjects] or cands
        # "Schon Anfang März hatte er erklärt": a fronted date parsed as a second subject
        cands = [c for c in cands if c.lower_ not in ctx.w.time_words] or cands
    if len(cands) > 1 and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # "…, ist ein Akt der Grausamkeit, fügte er hinzu": a word of the clause before,
        # with a finite verb of its own, is no subject of the frame after the comma
        cands = [c for c in cands if not _in_clause_before(c, verb)] or cands
    if len(cands) == 1:
        return _fronted_name(ctx, verb, fronted_not_subject(ctx, verb, cands[0]))
    doc = verb.doc
    post = ctx.w.postpositions
    words = [
        c
        for c in cands
        if any(ch.isalpha() for ch in c.text)
        and not c.is_space
        # "Ihr gegenüber hat er angegeben": a postposition's object is no subject
        and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in post)
    ]
    if len(cands) > 1 and words:
        nom = [c for c in words if labels.morph_values(c, "Case") == ["Nom"]]
        # "Mikl-Leitner wiederum erklärte das Nichtzustandekommen …": the person before
        nom = _person_before(ctx, verb, words, nom) or nom
        nom = nom or [c for c in words if not labels.morph_values(c, "Case")]
        pool = nom or words
        subj = pool[0]
        if not _names_speaker(ctx, subj) and not _names_speaker(ctx, doc[subj.i + 1]):
            # "Ein Arbeitskampf hätte … Modells 3. Ein Sprecher von Tesla teilte mit" (a
            # sentence break the parse missed): a subject that names a speaker wins
            subj = next((c for c in pool if _names_speaker(ctx, c)), subj)
    else:
        # "hat Flugblätter verteilt, Plakate geklebt und … angekündigt": the row's subject
        subj = (
            shared_subject(verb)
            or row_subject(verb, lambda t: _speech_verb(ctx, t))
            or (None if cands else _conjunct_subject(ctx, verb))
            or labels.clause_subject(verb)
        )
    return _fronted_name(ctx, verb, fronted_not_subject(ctx, verb, subj))


def _conjunct_subject(ctx: DocContext, verb: Token) -> Token | None:
    """The subject a conjunct ``verb`` with none of its own shares with the verb it is
    coordinated with, chosen as for that verb when the parse gives it several and the first
    names no one ("Die Pläne der Stadt kritisierte der Bürgermeister scharf und erklärte,
    …": the fronted object is no subject); None when that verb has one subject or none, or
    the first is a name, pronoun or speaker noun (the usual walk stands)."""
    head = labels.coordination_head(verb)
    steps = 0
    while head is not None and head.pos_ not in ("VERB", "AUX") and steps < 2:
        head, steps = (None if head.head.i == head.i else head.head), steps + 1
    if head is None or head.i == verb.i:
        return None
    subjects = [c for v in labels.verb_chain(head) for c in labels.children_with(v, "subject")]
    if len(subjects) < 2:
        return None
    first = labels.clause_subject(verb)
    if first is not None and (_names_speaker(ctx, first) or first.pos_ in ("PRON", "PROPN")):
        return None  # "Hallervorden nennt darin Erdogan … und erinnert": the first one speaks
    return subject_of(ctx, head)


def _speech_verb(ctx: DocContext, t: Token) -> bool:
    """Is ``t`` a form of a speech verb: one with no separable particle ("sagt"), or one
    whose particle hangs on it ("teilte … mit"; not "nimmt" for "annehmen" alone)?"""
    kids = {c.lower_ for c in t.children}
    return any(
        not entry.get("particle") or entry["particle"] in kids
        for entry, _ in ctx.kit.verb_forms.get(t.lower_, ())
    )


def _person_before(
    ctx: DocContext, verb: Token, words: list[Token], nom: list[Token]
) -> list[Token]:
    """The person named before ``verb`` with no case in the parse (an entity or a word
    written like a name), when every nominative beside it follows the verb with a form an
    accusative shares (neuter, feminine or plural: "erklärte *das Nichtzustandekommen* …
    damit"), else []."""
    before = [
        c for c in words if c.i < verb.i and (c.ent_type_ in PERSON_LABELS or name_like(ctx, c))
    ]
    if not before or not nom or labels.morph_values(before[0], "Case"):
        return []
    if any(c.i < verb.i or not _accusative_form(c) for c in nom):
        return []
    return before[:1]


def _accusative_form(t: Token) -> bool:
    """Is the noun ``t`` of a gender or number whose nominative and accusative agree?"""
    return labels.morph_values(t, "Number") == ["Plur"] or labels.morph_values(t, "Gender") in (
        ["Neut"],
        ["Fem"],
    )


def _in_clause_before(c: Token, verb: Token) -> bool:
    """Is ``c`` before ``verb`` with a finite verb between it and the punctuation before it
    ("ist ein Akt" in "…, ist ein Akt der Grausamkeit, fügte er hinzu")?"""
    doc, own = verb.doc, {v.i for v in labels.verb_chain(verb)}
    k = c.i - 1
    while c.i < verb.i and k >= 0 and not doc[k].is_punct:
        if k not in own and labels.morph_has(doc[k], labels.FINITE_FEATURE):
            return True
        k -= 1
    return False


def _fronted_name(ctx: DocContext, verb: Token, subj: Token | None) -> Token | None:
    """A lone word before the finite verb that the tagger took for an adverb but that names
    a person ("Kritiker werfen Obama vor", "Paolo hatte die Ausführung … abgelehnt"): the
    subject, over an unnamed or non-nominative noun after the verb (or none)."""
    first = min(t.i for t in labels.verb_chain(verb))
    if first == 0:
        return subj
    if subj is not None and subj.i < first:
        return subj
    doc = verb.doc
    if not (first == 1 or doc[first - 2].is_punct or doc[first - 2].is_space):
        return subj
    t = doc[first - 1]
    if t.lower_ in ctx.w.demonstrative_subjects and t.head.i == first:
        # "Dieser behauptete, …" with the pronoun hung as a loose dependent
        return t if subj is None or "Nom" not in labels.morph_values(subj, "Case") else subj
    if not name_like(ctx, t):
        return subj
    roles = ctx.kit.roles
    m = roles.lookup(t.text)
    person = (m is not None and m.kind == "role") or roles.plural_person(t.text)
    if person or t.ent_type_ in PERSON_LABELS:
        return t
    if subj is not None and not _agrees(ctx, verb, span_of(subj)):
        return t  # "Kritiker werfen Obama vor": a plural verb, a singular name after it
    if subj is None or "Nom" in labels.morph_values(subj, "Case"):
        return subj
    named = any(x.ent_type_ in PERSON_LABELS | ORG_LABELS for x in subj.subtree)
    return subj if named else t


def _names_speaker(ctx: DocContext, t: Token) -> bool:
    """Is ``t`` a person or organisation name, or a role or speaking-body noun?"""
    if t.ent_type_ in ("PER", "PERSON", "ORG"):
        return True
    m = ctx.kit.roles.lookup(t.text) if t.text[:1].isupper() else None
    return m is not None and m.kind in ("role", "org")


def _after_preposition(ctx: DocContext, c: Token) -> bool:
    """Does the phrase of subject candidate ``c`` open with or right after a preposition
    ("am Potsdamer Platz")?"""
    doc, left = ctx.doc, c.left_edge.i

    def prep(t: Token) -> bool:  # "während" also opens a clause: the tag decides
        return t.lower_ in ctx.w.prepositions and (not ctx.pos or t.pos_ == "ADP")

    return prep(doc[left]) or (left > 0 and prep(doc[left - 1]))


def _nominative_after(chain: list[Token], first: int, pos: list[int]) -> Token | None:
    """The first nominative noun after the finite verb among the chain's dependents (``pos``:
    the POS ids of the Doc's tokens)."""
    alt = None
    for v in chain:
        for c in v.children:
            if (
                c.i > first
                and pos[c.i] in NOUN_IDS
                and labels.morph_values(c, "Case") == ["Nom"]
                and labels.has_role(c, "object", "modifier", "subject", "apposition")
                and not any(labels.has_role(g, "case") for g in c.children)
                and (alt is None or c.i < alt.i)
            ):
                alt = c
    return alt


def _person_after(ctx: DocContext, chain: list[Token], first: int) -> Token | None:
    """The first noun after the finite verb among the chain's dependents that names a
    person or speaker ("äußerte die Ministerin" with "Ministerin" tagged accusative), not
    in the dative or genitive and not governed by a preposition."""
    for c in sorted((c for v in chain for c in v.children if c.i > first), key=lambda c: c.i):
        if (
            ctx.table.pos[c.i] in NOUN_IDS
            and labels.has_role(c, "object", "subject", "apposition")
            and not labels.in_dative_or_genitive(c)
            and not any(labels.has_role(g, "case") for g in c.children)
            and (_names_speaker(ctx, c) or _person_noun(ctx, c))
        ):
            return c
    return None


def fronted_not_subject(ctx: DocContext, verb: Token, subj: Token | None) -> Token | None:
    """A fronted word parsed as subject when the real one follows the finite verb:
    "Den Flüchtlingen sicherte Präsident Gusmão zu" (the fronted noun is not nominative),
    "Besorgt äußerte sich Kofi Annan" (a bare capitalised adjective before a named
    nominative) -> the nominative noun phrase after the verb."""
    if subj is None:
        return None
    chain = labels.verb_chain(verb)
    first = min(t.i for t in chain)
    if subj.i >= first:
        return subj
    person = _masculine_person_after(ctx, chain, first)
    if person is not None and _fronted_thing(ctx, subj):
        return person  # "Die Niederlage bezeichnete der Trainer als …": a fronted object
    alt = _nominative_after(chain, first, ctx.table.pos)
    if alt is None or (
        labels.has_role(alt, "passive_subject")
        and not any(v.lower_ in ctx.w.passive_auxiliaries for v in chain)
    ):
        # "Der Vorsitzende hatte Lenz aufgefordert": an object parsed as the passive subject
        # of an active verb does not replace the subject before the verb
        return _past_date(ctx, chain, first, subj)
    case = labels.morph_values(subj, "Case")
    if (
        case
        and "Nom" not in case
        and subj.pos_ in ("NOUN", "PROPN")
        and subj.ent_type_ not in ("PER", "PERSON")
    ):
        return alt
    named = any(t.ent_type_ in ("PER", "PERSON", "ORG") for t in alt.subtree)
    endings = ctx.w.adverb_endings + ctx.w.fronted_adverb_endings
    if (
        named
        and not subj.ent_type_
        and subj.pos_ in ("PROPN", "NOUN", "ADJ")
        and not any(True for _ in subj.children)
        and subj.lower_.endswith(endings)
    ):
        return alt
    return _past_date(ctx, chain, first, subj)


def _past_date(ctx: DocContext, chain: list[Token], first: int, subj: Token) -> Token:
    """The person or speaker pronoun after the finite verb at ``first`` when the fronted
    subject ``subj`` is a date ("Anfang des Jahres hatte Huber erklärt": the parse reads
    "Huber" as the object), else ``subj``."""
    if subj.lower_ not in ctx.w.time_words or subj.pos_ not in ("NOUN", "PROPN"):
        return subj
    after = _person_after(ctx, chain, first) or _pronoun_after(ctx, first)
    if after is None or labels.has_role(after, "passive_subject"):
        return subj  # a passive subject is found later as the phrase after the verb
    return after


def _pronoun_after(ctx: DocContext, first: int) -> Token | None:
    """A speaker pronoun in the nominative right after the finite verb at ``first``."""
    doc = ctx.doc
    t = doc[first + 1] if first + 1 < len(doc) else None
    if t is None or t.lower_ not in ctx.w.speaker_pronouns:
        return None
    return t if "Nom" in labels.morph_values(t, "Case") else None


#: words from the article after the finite verb to its noun ("der 54-jährige Trainer")
MAX_ARTICLE_TO_NOUN = 4


def _masculine_person_after(ctx: DocContext, chain: list[Token], first: int) -> Token | None:
    """The person noun right after the finite verb at ``first`` with a masculine subject
    article (``masculine_subject_articles``: "bezeichnete *der* 54-jährige Trainer", "*der*
    69-Jährige"), hung
    on the verb chain and not feminine (not "sagte der Journalistin"); else None."""
    doc = ctx.doc
    k = first + 1
    if k >= len(doc) or doc[k].lower_ not in ctx.w.masculine_subject_articles:
        return None
    noun = doc[k].head
    ids = {v.i for v in chain}
    if not (k < noun.i <= k + MAX_ARTICLE_TO_NOUN) or noun.head.i not in ids:
        return None
    feminine = ctx.kit.roles.noun_gender(noun.text, trust_masculine=False) == "f"
    if ctx.inside[noun.i] >= 0 or feminine or labels.morph_values(doc[k], "Gender") == ["Fem"]:
        return None
    if any(labels.has_role(g, "case") for g in noun.children):
        return None
    # a body after "der" may be a dative ("warf der Regierung vor"); a person noun is not
    person = noun.ent_type_ in PERSON_LABELS or _names_person(ctx, noun) or _age_noun(ctx, noun)
    return noun if person else None


def _fronted_thing(ctx: DocContext, subj: Token) -> bool:
    """Is the fronted subject ``subj`` a noun or name that names no person ("Die
    Niederlage", "Rapids Debakel gegen die Admira")? With a masculine subject after the
    finite verb it is the object."""
    if subj.pos_ not in ("NOUN", "PROPN") or _names_person(ctx, subj):
        return False
    return not any(t.ent_type_ in PERSON_LABELS for t in subj.subtree)


def _passive_source(ctx: DocContext, verb: Token) -> Span | None:
    """ "wurde als … bezeichnet" without an agent in the parse: a ``von`` phrase nearby;
    after a noun only when that noun follows the passive auxiliary closely ("wurde die
    Regierung vom LSVD aufgefordert"; "Der Bürgermeister von Villach wird … zitiert" and
    "wird X, eine Aktivistin … zum Schutz von Frauen, zitiert" are attributes)."""
    doc = verb.doc
    for j in range(max(0, verb.i - 10), min(len(doc), verb.i + 6)):
        if (
            doc[j].lower_ in ctx.w.agent_prepositions
            and j + 1 < len(doc)
            and doc[j + 1].text[:1].isupper()
            and (j == 0 or doc[j - 1].pos_ not in ("NOUN", "PROPN") or _aux_object(ctx, j))
        ):
            return ctx.ph.np_forward(doc, j + 1, min(len(doc), j + 10), True)
    return None


def _document_phrase(ctx: DocContext, verb: Token) -> Span | None:
    """ "In einer Presseerklärung wurde verkündet, dass …", "So wird in der Mitteilung der
    Organisation gefordert": a passive speech verb without an agent: the document an "in"
    phrase names that opens its clause or follows its passive auxiliary (adverbs between);
    not a place ("In Berlin wurde gefordert") nor a phrase further on ("weil er in
    erster Instanz verurteilt wurde")."""
    doc, aux = verb.doc, ctx.w.passive_auxiliaries
    chain = labels.verb_chain(verb)
    finite = [v.i for v in chain if v.lower_ in aux and v.i < verb.i]
    ids, agents = {v.i for v in chain}, ctx.w.agent_prepositions
    # "von den Finanzbehörden mitgeteilt": the agent speaks
    before = doc[verb.sent.start : verb.i]
    if not finite or any(t.lower_ in agents and ids & {t.head.i, t.head.head.i} for t in before):
        return None
    if verb.lemma_ in ctx.w.citing_lemmas:
        return None  # "wird X im Fachblatt zitiert": X speaks, the medium cites (cited_copies)
    for t in before:
        if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ or t.lower_ in ctx.w.time_words:
            continue
        adp = labels.adposition_of(t)
        if adp is None or adp.lower_ not in ctx.w.document_prepositions or adp.i > t.i:
            continue
        if not _on_chain(labels.phrase_head(t).head, ids):
            continue
        if _set_phrase_after(ctx, t):
            continue
        lead = max([k for k in finite if k < adp.i], default=verb.sent.start - 1) + 1
        if all(_before_document(ctx, doc[k], ids) for k in range(lead, adp.i)):
            left, right = span_of(t)
            return (max(left, adp.i + 1), right)
    return None


def _on_chain(head: Token, ids: set[int]) -> bool:
    """Is ``head`` a verb of the chain ``ids``, or the coordinator that opens its clause
    ("Denn im internen Papier wird festgehalten": the parse hangs the phrase on "Denn")?"""
    if head.i in ids:
        return True
    return labels.has_role(head, "coordinator") and head.head.i in ids and head.i < min(ids)


def _set_phrase_after(ctx: DocContext, t: Token) -> bool:
    """Is the noun ``t`` after a document preposition part of a set phrase: no article of its
    own, no body that speaks, a preposition right after it ("Im Zusammenhang mit", "Im
    Gegensatz zu"; not "den Behörden in Mombasa zufolge", "im Innenministerium auf
    Anfrage")?"""
    doc = t.doc
    if t.pos_ != "NOUN" or t.i + 1 >= len(doc) or speakerish(ctx, (t.i, t.i + 1)):
        return False
    after = doc[t.i + 1]
    if not labels.is_adposition(after) or after.lower_ in ctx.w.postpositions:
        return False
    return not any(ctx.ph.is_det(c, ctx.pos) for c in t.children if c.i < t.i)


def _before_document(ctx: DocContext, t: Token, chain: set[int]) -> bool:
    """May ``t`` stand between the passive auxiliary and the document phrase: an adverb, a
    date ("wurden am Samstag in einer Anweisung aufgefordert") or the passive subject after
    the auxiliary ("wird der Franzose im Fachblatt zitiert")?"""
    if t.pos_ in ("ADV", "PART") or t.lower_ in ctx.w.time_words:
        return True
    if labels.has_role(t, "coordinator") and t.i == t.sent.start:
        return True  # "Denn im internen Papier wird festgehalten"
    head = t if t.pos_ in ("NOUN", "PROPN", "PRON") else t.head
    if head.lower_ in ctx.w.time_words:
        return True
    return labels.is_passive_subject(head) and head.head.i in chain


def _aux_object(ctx: DocContext, j: int) -> bool:
    """Does the noun before the ``von`` at ``j`` stand right after a passive auxiliary (at
    most an article or adjective between) with none after it: "wurde die Regierung vom …"?"""
    doc, aux = ctx.doc, ctx.w.passive_auxiliaries
    before = next((m for m in range(j - 2, max(-1, j - 5), -1) if doc[m].lower_ in aux), None)
    if before is None or any(doc[m].is_punct for m in range(before, j)):
        return False
    end = min(doc[j].sent.end, j + 12)
    return not any(doc[m].lower_ in aux for m in range(j + 1, end))


def no_subject(ctx: DocContext, subj: Token) -> bool:
    """A subject that is no speaker: an adverb, adjective, expletive, PP or passive subject."""
    w = ctx.w
    if labels.has_role(subj, "passive_subject"):
        return True
    text, low = subj.text, subj.lower_
    if is_web_source(ctx, text) or low in w.lowercase_sources:
        return False  # "Wie golem.de schreibt": the tagger calls the address a verb
    if (
        subj.pos_ not in ("NOUN", "PROPN", "PRON", "X", "DET", "")
        and not ctx.ph.is_named(subj)
        and not name_like(ctx, subj)
        and not _nominalised(subj)
    ) or low in w.adverbial_starts:
        return True
    if low in w.expletives or not any(ch.isalpha() for ch in text):
        return True
    # a prepositional phrase mislabelled as subject ("In seiner Mitteilung")
    return any(labels.has_role(c, "case") for c in subj.children)


def _nominalised(t: Token) -> bool:
    """A capitalised adjective with an article before it is a noun ("Ein 38-Jähriger",
    "Der Verletzte"); so is a word that opens with a digit, in whatever case the writer
    chose ("der 81-jährige" as subject, no noun after it)."""
    cap = t.text[:1].isupper() or t.text[:1].isdigit()
    return cap and any(c.pos_ == "DET" and c.i < t.i for c in t.children)


def _active_subject(ctx: DocContext, verb: Token) -> bool:
    """Is a verb that the parse reads as passive active after all: no passive auxiliary
    in its chain and an active subject ("Der Vorsitzende hatte Lenz aufgefordert" with the
    object "Lenz" parsed as passive subject)?"""
    chain = labels.verb_chain(verb)
    if any(v.lower_ in ctx.w.passive_auxiliaries for v in chain):
        return False
    perfect = _perfect_active(ctx, verb)
    return any(
        perfect or not labels.has_role(c, "passive_subject")
        for v in chain
        for c in labels.children_with(v, "subject")
    )


def _perfect_active(ctx: DocContext, verb: Token) -> bool:
    """Is ``verb`` a participle in an active perfect ("Zuvor hatte die „Presse“ gemeldet":
    the parse labels the paper a passive subject), no passive auxiliary in its chain?"""
    chain = labels.verb_chain(verb)
    if any(v.lower_ in ctx.w.passive_auxiliaries for v in chain):
        return False
    return any(v.lemma_ in ctx.w.active_perfect_lemmas for v in chain[1:])


def _relabelled_subject(ctx: DocContext, subj: Token, verb: Token) -> bool:
    """A name in quotation marks the parse labels the passive subject of an active
    perfect ("hatte die „Presse“ gemeldet"): the speaker. Others stay as they were."""
    if subj.pos_ not in ("NOUN", "PROPN") or not labels.has_role(subj, "passive_subject"):
        return False
    if ctx.inside[subj.i] < 0 and not any(t.is_quote for t in subj.subtree):
        return False
    return _perfect_active(ctx, verb)


def parse_speaker_raw(ctx: DocContext, verb: Token) -> Span | None:
    """The agent or subject of ``verb`` as a token range, untrimmed."""
    agent = labels.clause_agent(verb)
    if agent is not None and _active_subject(ctx, verb):
        agent = None  # "Die Ministerin hat von den Ländern Geld gefordert": asked of them
    if agent is not None:
        a, b = span_of(agent)
        while a + 1 < b and labels.is_adposition(verb.doc[a]):
            a += 1  # "von Ministerin X": the agent, not its preposition
        return (a, b)
    if ctx.g.is_passive(verb) and not _active_subject(ctx, verb):
        return _passive_source(ctx, verb) or _document_phrase(ctx, verb)
    if asked_subject(ctx, verb):
        return None  # "Die Ministerin sei gefordert, …": she is asked, she does not speak
    spliced = conjunct_subject(ctx, verb)  # "… und Konzernchef X sagte": X, not the first's
    if spliced is not None:
        return spliced
    subj = subject_of(ctx, verb)
    if subj is None:  # "sah es das Gericht als erwiesen an": the phrase after "es"
        return (
            es_object_subject(ctx, verb, _names_speaker, span_of)
            or _origin_phrase(ctx, verb)
            or dative_front_subject(ctx, verb)  # "Der SZ, die …, sagte X": X (res36b)
        )
    part = _part_of_group(ctx, subj, verb) or _partitive_genitive(ctx, subj, verb)
    if part is not None:
        return part
    if _referring_neuter(ctx, subj, verb):
        return (subj.i, subj.i + 1)  # "Das Gericht … Es stellte fest": the body speaks
    if no_subject(ctx, subj) and not _relabelled_subject(ctx, subj, verb):
        # "Damit hält es die Regierung für nötig": "es" parsed as the subject is the object
        found = es_object_subject(ctx, verb, _names_speaker, span_of)
        return found or _article_of_quoted_name(ctx, subj)
    w = ctx.w
    if subj.lower_ in w.relative_pronouns | w.demonstrative_subjects:
        # "ein Kommentar, der … bezeichnete": the gold marks the pronoun itself
        return (subj.i, subj.i + 1)
    if subj.pos_ in ("PRON", "DET") and subj.lower_ not in w.speaker_pronouns:
        return _group_pronoun(ctx, subj, verb)
    return _whole_quoted_name(ctx, span_of(subj), verb)


def _group_pronoun(ctx: DocContext, subj: Token, verb: Token) -> Span | None:
    """ "Einige vertreten die Auffassung, …", "Viele befürchten, dass …": a group pronoun
    (``quantifier_subjects``) alone right before the finite verb of its clause speaks (not
    the frame's object noun); one further from its verb ("wo alle nach Machern rufen") does
    not."""
    if subj.lower_ not in ctx.w.quantifier_subjects or subj.i + 1 >= len(ctx.doc):
        return None
    finite = ctx.doc[subj.i + 1]
    if finite.i not in {v.i for v in labels.verb_chain(verb)}:
        return None
    return span_of(subj)


def _referring_neuter(ctx: DocContext, subj: Token, verb: Token) -> bool:
    """Is ``subj`` the neuter pronoun (``neuter_speaker_pronouns``) of an active speech verb
    that refers back to a neuter speaking body, the subject of a clause from the start of
    the sentence before up to it ("Das Gericht prüfte den Fall. Es stellte fest, …"), not
    the "es" of "heißt es"?"""
    w = ctx.w
    if subj.lower_ not in w.neuter_speaker_pronouns or not ctx.unit_of:
        return False
    if verb.lemma_ in w.sourceless_cue_lemmas or ctx.inside[subj.i] >= 0:
        return False
    ui = ctx.unit_of[subj.i]
    start = ctx.units[max(0, ui - 1)].start
    return any(
        labels.has_role(t, "subject")
        and not labels.has_role(t, "passive_subject")
        and labels.morph_values(t, "Gender") == ["Neut"]
        and labels.morph_values(t, "Number") == ["Sing"]
        and _names_speaker(ctx, t)
        for t in ctx.doc[start : subj.i]
    )


def _part_of_group(ctx: DocContext, subj: Token, verb: Token) -> Span | None:
    """ "Etwa einer von drei Befragten erklärte", "Zwei von drei Wählern sagten": a count
    word (pronoun, determiner or number) as subject, a partitive preposition after it and the
    group up to the verb is the mention (with the adverb before the count); else None."""
    doc = ctx.doc
    j = subj.i + 1
    if subj.pos_ not in ("PRON", "DET", "NUM") or j >= verb.i:
        return None
    group = doc[verb.i - 1]
    if group.pos_ not in ("NOUN", "PRON") or any(ctx.inside[m] >= 0 for m in range(subj.i, verb.i)):
        return None
    left = min([c.left_edge.i for c in subj.children if c.i < subj.i] + [subj.i])
    if _split_subject(subj, group):
        return (left, verb.i)
    if j + 1 >= verb.i or doc[j].lower_ not in ctx.w.partitive_prepositions:
        return None
    if not labels.is_adposition(doc[j]):
        return None
    if any(t.pos_ not in ("DET", "NUM", "ADJ") for t in doc[j + 1 : verb.i - 1]):
        return None
    return (left, verb.i)


def _partitive_genitive(ctx: DocContext, subj: Token, verb: Token) -> Span | None:
    """ "Wobei eine der Zeuginnen überraschenderweise sagt": a count pronoun as subject and
    a genitive plural of persons right after it, with adverbs before the verb: the pronoun
    and the genitive are the mention; else None."""
    doc, j = ctx.doc, subj.i + 1
    if subj.pos_ not in ("PRON", "DET", "NUM") or j >= verb.i:
        return None
    if doc[j].lower_ not in ctx.w.genitive_determiners or ctx.inside[j] >= 0:
        return None
    np = ctx.ph.np_forward(doc, j, verb.i, ctx.pos)
    if np is None or not _person_noun(ctx, doc[np[1] - 1]):
        return None
    if any(ctx.table.pos[m] != ADV for m in range(np[1], verb.i)):
        return None
    return (subj.i, np[1])


def _split_subject(subj: Token, noun: Token) -> bool:
    """ "Jeder dritte Befragte erklärte" parsed with two subjects of the verb, the bare
    determiner and the noun with its attribute right after it: one phrase; so is a bare
    article as subject with its noun parsed as the object ("Die staatlich kontrollierten
    Zeitungen berichteten")."""
    if noun.pos_ != "NOUN" or noun.head.i != subj.head.i or any(True for _ in subj.children):
        return False
    if noun.left_edge.i != subj.i + 1:
        return False
    return labels.has_role(noun, "subject") or (
        labels.is_article(subj) and labels.has_role(noun, "object")
    )


def _whole_quoted_name(ctx: DocContext, sp: Span, verb: Token) -> Span:
    """A subject before the verb that starts inside a name in quotation marks (the parse
    hangs the last word of "Das „National Hurricane Centre“ der USA" as the subject): from
    the article before the opening mark."""
    piece = ctx.inside[sp[0]]
    if piece < 0:
        return _quoted_name_end(ctx, sp, verb)
    if sp[1] > verb.i:
        return sp
    d = ctx.directs[piece]
    if not d.closed or not d.start < sp[0] < d.end:
        return sp
    words = [t for t in ctx.doc[d.start : d.end] if t.is_alpha]
    if not words or len(words) > 5 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return sp  # a quoted statement ("« Nous partirons bientôt »"), not a name
    start = d.start
    if start > 0 and ctx.doc[start - 1].pos_ == "DET":
        start -= 1
    return (start, max(sp[1], d.end))


def _quoted_name_end(ctx: DocContext, sp: Span, verb: Token) -> Span:
    """A subject between the finite auxiliary and the participle whose last word sits
    inside a short name in quotation marks that closes after it ("hatte der „Spiegel“
    berichtet": the parse stops at the name's last word): up to the closing mark. Not a
    subject before the finite verb or after the verb: there the quoted name is a row of
    its own (a titled act) that needs the words before it as its speaker."""
    piece = ctx.inside[sp[1] - 1]
    if piece < 0 or sp[1] >= verb.i:
        return sp
    if not any(v.i < sp[0] and v.pos_ == "AUX" for v in labels.verb_chain(verb)[1:]):
        return sp
    d = ctx.directs[piece]
    if not d.closed or d.start < sp[0] or d.end <= sp[1]:
        return sp
    words = [t for t in ctx.doc[d.start : d.end] if t.is_alpha]
    if not words or len(words) > 5 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return sp  # a quoted statement, not a name
    return (sp[0], d.end)


def _article_of_quoted_name(ctx: DocContext, subj: Token) -> Span | None:
    """An article parsed as the subject with the quoted name it opens hung beside it:
    "Das „National Hurricane Centre“ der USA geht davon aus" -> the whole phrase."""
    doc = ctx.doc
    nxt = subj.i + 1
    if subj.pos_ != "DET" or nxt >= len(doc) or not doc[nxt].is_quote:
        return None
    piece = ctx.inside[nxt + 1] if nxt + 1 < len(doc) else -1
    if piece < 0 or not ctx.directs[piece].closed:
        return None
    sp = (subj.i, max(span_of(subj)[1], ctx.directs[piece].end))
    if not any(doc[m].pos_ == "PROPN" for m in range(*sp)):
        return None
    return sp


def _origin_phrase(ctx: DocContext, verb: Token) -> Span | None:
    """A speech verb without a subject right after a fronted phrase of an origin
    preposition: that phrase names the source ("Aus EU-Kreisen verlautete, …" ->
    "EU-Kreisen"); not when a bare noun phrase stands in the clause before the next
    punctuation ("Aus diesem Grund forderte die Resolution")."""
    doc = verb.doc
    stop = next((t.i for t in doc[verb.i : verb.sent.end] if t.is_punct), verb.sent.end)
    kids = [
        c
        for v in labels.verb_chain(verb)
        for c in v.children
        if c.pos_ in ("NOUN", "PROPN", "PRON") and c.i < stop
    ]
    if any(not any(labels.has_role(g, "case") for g in c.children) for c in kids):
        return None
    for c in kids:
        left, right = span_of(c)
        if right != verb.i or doc[left].lower_ not in ctx.kit.roles.origin_prepositions:
            continue
        if right > left + 1 and (left == 0 or doc[left - 1].is_punct or doc[left - 1].is_space):
            return (left + 1, right)
    return None


def clause_speaker(ctx: DocContext, a: int, b: int) -> Span | None:
    """Subject of the clause ``a``..``b`` with no speech verb ("Hartmann weist das von
    sich: „…“"): from the parse (the verb with a subject), else by position."""
    if b <= a:
        return None
    found = None
    if ctx.parsed:
        verbs = [
            t
            for t in ctx.doc[a:b]
            if t.pos_ in ("VERB", "AUX") and any(labels.has_role(c, "subject") for c in t.children)
        ]
        # the main clause first: the verb closest to the root of the parse
        for t in sorted(verbs, key=lambda t: (depth(t), t.i)):
            sp = parse_speaker(ctx, t)
            if sp is not None and a <= sp[0] and sp[1] <= b:
                found = sp
                break
    found = found or ctx.g.subject_before(ctx, a, b)
    if found is not None and bare_act(ctx, found):
        # "Kritik kam aus der Wirtschaft:": the act speaks not; its origin or subject may
        return _after_fronted_noun(ctx, found, b)
    if found is not None and speakerish(ctx, found):
        return found
    # "Seine Zuversicht drückte Solana so aus:": a thing as subject, the person named beside it
    found = named_in(ctx, a, b) or found
    # "Kritik übte auch der Rechnungshof:": a bare noun fronted before the verb, the subject
    # after it
    return (found and _after_fronted_noun(ctx, found, b)) or found


def _after_fronted_noun(ctx: DocContext, sp: Span, b: int) -> Span | None:
    """The subject after the finite verb that follows the mention ``sp`` when ``sp`` is one
    common noun with no article that names no one ("Kritik", "Lob"): verb-second order put
    the object first; only a subject before ``b`` that names someone."""
    v = sp[1]
    if not ctx.pos or sp[1] - sp[0] != 1 or v >= b or ctx.table.pos[v] not in VERB_POS:
        return None
    t = ctx.doc[sp[0]]
    if t.pos_ != "NOUN" or someone(ctx, sp) or not _opens_clause(ctx, t):
        return None
    found = _subject_after_verb(ctx, v) or origin_of_act(ctx, v, b, someone)
    return found if found is not None and found[1] <= b else None


def named_in(
    ctx: DocContext,
    a: int,
    b: int,
    parts: list[Span] | None = None,
    labels_: frozenset[str] = PERSON_LABELS,
) -> Span | None:
    """The first person entity in tokens ``a``..``b`` outside quotation marks (and outside
    ``parts``) that is not the object of a preposition, an addressee or a genitive attribute
    ("gegenüber Merkel", "dem Minister Schäuble", "die Pläne Schäubles")."""
    doc, w = ctx.doc, ctx.w
    for e in ctx.ents():
        if e.start < a or e.end > b or e.label_ not in labels_:
            continue
        if any(ctx.inside[m] >= 0 for m in range(e.start, e.end)):
            continue
        if parts and _overlaps((e.start, e.end), parts):
            continue
        before = doc[e.start - 1].lower_ if e.start > 0 else ""
        if before in w.prepositions or before in w.genitive_determiners | w.recipient_articles:
            continue
        return (e.start, e.end)
    return None


def source_name(ctx: DocContext, i: int, end: int) -> Span | None:
    """A source a noun phrase reader misses: a short quoted title ("laut „Welt“"), a web
    address ("laut ndr.de") or a lowercase agency name ("laut taz")."""
    doc, inside = ctx.doc, ctx.inside
    t = doc[i]
    if inside[i] >= 0:
        k = i
        while k < end and inside[k] == inside[i]:
            k += 1
        words = [m for m in range(i, k) if doc[m].is_alpha]
        if 0 < len(words) <= 4 and doc[words[0]].text[:1].isupper():
            return (i, k)
        return None
    if is_web_source(ctx, t.text) or t.lower_ in ctx.w.lowercase_sources:
        return (i, i + 1)
    return None


def is_web_source(ctx: DocContext, text: str) -> bool:
    """ "tagesschau.de", "golem.de": a web address with a known top-level domain."""
    head, dot, tld = text.rpartition(".")
    if not dot or tld not in ctx.w.web_domains or not head[:1].isascii():
        return False
    return head[:1].isalpha() and all(
        part and all(ch.isalnum() or ch in "_-" for ch in part) for part in head.split(".")
    )


def speakerish(ctx: DocContext, sp: Span) -> bool:
    """Does the mention name someone who speaks: a person or organisation entity, a country
    or place ("Der Iran streitet dies ab"), er/sie, or a role or speaking-body noun of the
    role lexicon ("der Sprecher", "die Polizei")? Answered once per mention of a Doc."""
    memo = ctx.speakerish
    if sp not in memo:
        memo[sp] = _speakerish(ctx, sp)
    return memo[sp]


def _speakerish(ctx: DocContext, sp: Span) -> bool:
    """:func:`speakerish`, not remembered; a prepositional attribute does not count ("Der
    Grund für den Rauswurf dieser Minister" names no one)."""
    toks = list(ctx.doc[sp[0] : _attribute_start(ctx, sp)])  # one Token per word, once
    if len(toks) == 1 and toks[0].lower_ in ctx.w.third_person_pronouns:
        return True
    if any(t.ent_type_ in ("PER", "ORG") for t in toks):
        return True
    after_prep = sp[0] > 0 and ctx.table.lower[sp[0] - 1] in word_ids(ctx.w.prepositions)
    if not after_prep and any(t.ent_type_ == "LOC" for t in toks):
        return True  # not a place a preposition governs ("die in New York geborene Lopez")
    roles = ctx.kit.roles
    return any(
        (m := roles.lookup(t.text)) is not None and m.kind in ("role", "org")
        for t in toks
        if t.text[:1].isupper() and t.is_alpha
    )


def _attribute_start(ctx: DocContext, sp: Span) -> int:
    """Where a prepositional attribute of the mention starts ("für" in "Der Grund für den
    Rauswurf"), else the mention's end (also when an apposition follows the attribute)."""
    doc, preps = ctx.doc, ctx.w.prepositions
    for k in range(sp[0] + 1, sp[1]):
        t = doc[k]
        if t.lower_ in preps and (not ctx.pos or t.pos_ == "ADP") and not t.ent_type_:
            # "die Delegationsleiterin beim Klimagipfel, Sharon Hayes": a name set off by a
            # comma after the attribute still names the speaker
            comma = any(doc[m].text == "," for m in range(k + 1, sp[1]))
            return sp[1] if comma else k
    return sp[1]


def person_subject(ctx: DocContext, ui: int, any_subject: bool = False) -> Span | None:
    """The subject of the previous sentence when it is a person (entity or er/sie)."""
    if ui == 0:
        return None
    pu = ctx.units[ui - 1]
    if ctx.units[ui].paragraph != pu.paragraph:
        return None
    sp = ctx.g.subject_before(ctx, pu.start, pu.content_end(ctx.doc) - 1)
    if sp is None:
        return None
    doc = ctx.doc
    if (
        any_subject
        or any(doc[m].ent_type_ == "PER" for m in range(*sp))
        or (sp[1] - sp[0] == 1 and doc[sp[0]].lower_ in ctx.w.third_person_pronouns)
    ):
        return sp
    return None


def depth(t: Token) -> int:
    """Steps from ``t`` up to the root of its sentence."""
    n = 0
    while t.head.i != t.i and n < 50:
        t = t.head
        n += 1
    return n


def name_like(ctx: DocContext, t: Token) -> bool:
    """A subject the tagger took for an adverb or adjective but written like a name
    ("Elshorst wies darauf hin", "Mikl-Leitner wiederum erklärte"): capitalised letters
    only (a hyphen inside), no sentence adverb."""
    return (
        t.pos_ in ("ADV", "ADJ")
        and t.text.strip("-").replace("-", "").isalpha()
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.lower_ not in ctx.w.adverbial_starts
        and t.lower_ not in ctx.w.prepositions
        and not t.lower_.endswith(ctx.w.adverb_endings)
    )


# ------------------------------------------------------------------ mention cleanup
#: rule marks: a quoted phrase with no frame (set by the direct quotes), a speaker after "so"
PHRASE_MARK = "+phrase"
SO_MARK = "+so_speaker"
#: the rule prefix of a cue pattern ("pattern:heisst_es"): its own places say where the source is
PATTERN_MARK = PATTERN_RULE
#: how many tokens before or after a quote its "so" speaker may stand
SO_REACH = 10
#: words of a prepositional phrase after a fronted adjective ("Passend zu den Gefahren des
#: Eises warnte …") up to the finite verb
FRONTED_PHRASE_REACH = 8
#: entity types of ``newsx_entities`` that make an organisation a medium (an addressee)
MEDIA_TYPES = frozenset({"media", "news agency"})
#: kinds whose speaker never stands inside what is said ("hat Staatssekretär X gefordert,
#: … von ökologisch vorteilhaften Kraftstoffen zu zwingen": not "Kraftstoffen")
INSIDE_NO_SPEAKER = frozenset({"indirect", "direct", "mixed"})
#: the ``group`` of the speaking-body nouns in roles.jsonl that are media ("Nachrichtenagentur")
MEDIA_GROUP = "media"
#: the roles group of spokespersons ("Sprecher", "Polizeisprecherin"), who speak to media
SPOKESPERSON_GROUP = "spokesperson"


def tidy_mentions(ctx: DocContext) -> None:
    """Step before the overlaps: make every speaker mention a speaker or nothing.

    - a name runs on: "Landeshauptmann Hans Niessl", "der Heilige Vater" (not "der Heilige");
    - an apposition after a name goes: "Timo Reinfrank, Koordinator bei …" -> "Timo Reinfrank";
    - a medium or addressee attribute goes: "eine Augenzeugin der APA" -> "eine Augenzeugin";
    - a date, an adverb or a connective is no speaker: "Montag", "Weiters" -> None.
    """
    for q in ctx.quotes:
        _tidy_found(ctx, q)
        _cited_or_fronted(ctx, q)
        _phrase_speaker(ctx, q)
        _frame_fallbacks(ctx, q)
        _late_sources(ctx, q)
        _so_fallback(ctx, q)
        _final_cuts(ctx, q)


def _tidy_found(ctx: DocContext, q: Quote) -> None:
    """The mention the frame gave, tidied: no noun of what is said, no spaces, no object."""
    source_genitive(ctx, q)  # "Nach einem Bericht der BBC seien …": the BBC's report
    if q.speaker is not None:  # "Der von der Zeitung zitierte Experte sagte": not "Der"
        q.speaker = article_phrase(ctx, q, q.speaker)
    if q.speaker is not None and q.kind in INSIDE_NO_SPEAKER and _overlaps(q.speaker, q.parts):
        q.speaker = None  # a noun of what is said: the steps below look for the speaker
    if q.speaker is not None:
        q.speaker = _tidy_speaker(ctx, q)
    if q.speaker is not None:
        q.speaker = _without_spaces(ctx, q.speaker)  # "die  " of a text with double spaces
    if q.speaker is not None and _object_phrase(ctx, q, q.speaker):
        # "Ihren Widersacher Jeremy Corbyn forderte May auf": an object is no speaker;
        # it took the place before the verb, the subject follows the verb
        q.speaker = after_cue(ctx, q, objects=True)
    if q.speaker is not None and _elided_subject(ctx, q, q.speaker):
        q.speaker = None  # "Und stellen eine Diskrepanz fest:": the object after the verb


def _elided_subject(ctx: DocContext, q: Quote, sp: Span) -> bool:
    """Is the mention the object after a cue verb that opens its sentence right after "und"
    ("Die Prüfer sind unzufrieden. Und stellen eine Diskrepanz fest: …")? The subject is left
    out (the one before goes on); the phrase after the verb, parsed as its object, neither
    a pronoun nor marked nominative, is no speaker."""
    doc = ctx.doc
    v = q.cue[0][0] if q.cue else -1
    if v < 1 or sp[0] <= v or doc[v - 1].lower_ not in ctx.w.clause_coordinators:
        return False
    if not _opens_clause(ctx, doc[v - 1]) or doc[v].pos_ not in ("VERB", "AUX"):
        return False
    head = _head(ctx, sp)
    if head is None or head.pos_ == "PRON" or not labels.has_role(head, "object"):
        return False
    # "Und betont der Präsident:": a nominative article or head makes it the subject
    return not labels.has_role(head, "subject") and not any(
        labels.morph_values(t, "Case") == ["Nom"] for t in (doc[sp[0]], head)
    )


def _cited_or_fronted(ctx: DocContext, q: Quote) -> None:
    """The person a citing verb cites, or the person after the verb when a fronted object
    or adjective took the subject's place."""
    citing = q.cue_lemma in ctx.w.citing_lemmas
    cited = cited_speaker(ctx, q) if citing else None
    if cited is not None:
        # "X wird von der Agentur zitiert", "zitiert Welt-Online den Minister"
        q.speaker = cited
    citing = citing and q.speaker is not None
    if citing and is_medium(ctx, q.speaker):
        # "Ein Fernsehsender zitierte Papandreou: „…“": the medium cites, the person speaks
        after = after_cue(ctx, q, objects=True)
        q.speaker = after or q.speaker
    elif q.speaker is not None and q.cue and _object_for_subject(ctx, q):
        # "Die Äußerungen bezeichnete Wiefelspütz als …": a fronted object taken for the
        # subject; the person right after the cue verb speaks
        q.speaker = after_cue(ctx, q) or q.speaker
    if q.speaker is not None:
        # "Besorgt äußerte sich auch der Vorsitzende X": a fronted adjective, not the speaker
        q.speaker = after_fronted(ctx, q.speaker) or q.speaker


def _phrase_speaker(ctx: DocContext, q: Quote) -> None:
    """A quoted phrase with no frame: the subject only when it names someone."""
    if PHRASE_MARK in q.rule and q.speaker is not None and not _names_by_head(ctx, q.speaker):
        # a quoted phrase with no frame: a thing as subject ("Die Studie zeige, „…“",
        # "Einspareffekte sollen „…“ erreicht werden", "Die Arbeit der Organisationen
        # werde ausgeklammert": the head noun names no one) says nothing
        q.speaker = None
    if PHRASE_MARK in q.rule and q.speaker is None:
        # "Eine nationalistische Organisation feierte die Absage als „…“": the subject of
        # the verb the phrase belongs to, when it names someone
        q.speaker = governing_subject(ctx, q)


def _frame_fallbacks(ctx: DocContext, q: Quote) -> None:
    """No mention yet: the speaker the parse lost in the frame, tried in turn."""
    if q.speaker is None and q.cue:
        # "„Muslix64“ erwähnte", "Wie die „Aktion Deutschland hilft“ mitteilte", "schrieb
        # „Die Zeit“": a name in quotation marks next to the cue, which the parse misses
        q.speaker = quoted_source(ctx, q)
        if q.speaker is not None and _overlaps(q.speaker, q.parts):
            # "dem „Figaro“ zufolge" is no part of what is said, nor its own speaker
            q.speaker = None if q.direct else q.speaker
            _cut_source(ctx, q)
    if q.speaker is None and q.cue:
        # "Die Experten kamen zu dem Ergebnis, dass …": the subject of the cue's verb
        q.speaker = cue_subject(ctx, q)
    if q.speaker is None and q.cue:
        # "hat Staatssekretär Matthias Berninger gefordert" with the name parsed as object
        q.speaker = frame_name(ctx, q)
    if q.speaker is None and q.cue:
        # "…, erklärte  der Minister." (two spaces), "…, sagten EU-Abgeordnete" (tagged
        # as a verb): the subject the parse lost, right after the cue
        q.speaker = after_cue(ctx, q)
    if q.speaker is None and q.direct and not q.cue:
        # "„Ja, es gibt Zumutungen.“ Das musste Finanzminister X einräumen."
        q.speaker = anaphor_speaker(ctx, q)


def _late_sources(ctx: DocContext, q: Quote) -> None:
    """Whose view, report, container or origin the sentence names."""
    # "Für den Theologen X sei der Rücktritt „…“": whose view the sentence states
    q.speaker = _holder_view(ctx, q) or q.speaker
    # "hat einen Zeitungsbericht dementiert, wonach …": the report is the source
    q.speaker = report_source(ctx, q) or q.speaker
    if q.speaker is not None and _passive_person(ctx, q):
        q.speaker = None  # "Huber wurden „unwahre Aussagen“ attestiert": a dative
    q.speaker = q.speaker or container_source(ctx, q) or origin_after_cue(ctx, q, speakerish)
    # "Von der Polizei kam die Information, …": the origin of a cue noun that is the subject
    q.speaker = q.speaker or origin_of_noun_cue(ctx, q, speakerish)


def _object_for_subject(ctx: DocContext, q: Quote) -> bool:
    """A mention that names no one who speaks and may be an object the parse took for the
    subject: not one its article marks as nominative ("Ein Leitartikel … forderte Obama …
    auf") nor a thing before a verb whose object is a person (:mod:`.nominative_subjects`)."""
    sp = q.speaker
    if speakerish(ctx, sp):
        return False
    return not nominative_subject(ctx, sp, q.cue_lemma, q.cue[0][0])


def _final_cuts(ctx: DocContext, q: Quote) -> None:
    """The last repairs of a quote's mention (:mod:`.mention_cuts`, :mod:`.particle_names`)."""
    if q.speaker is not None:  # "…, so der Vorwurf.": a claim noun names nobody
        q.speaker = so_claim(ctx, q.speaker)
    if q.speaker is not None:  # "wies Kritik … zurück": what is rejected never rejects
        q.speaker = rejected_claim(ctx, q, q.speaker)
    if q.speaker is not None:  # "Aktivitäten, die darauf hinweisen": a thing points
        q.speaker = thing_relative(ctx, q, q.speaker, someone)
    if q.speaker is not None:  # "sagte dem Sender am Montag ein Sprecher": the addressee
        q.speaker = subject_after_addressee(ctx, q, q.speaker, someone)
    if q.speaker is not None:  # "wirft die OSZE der Wahlkommission vor": the addressee
        q.speaker = cut_addressee(ctx, q, q.speaker)
        # "Dies war … und die Anwohner befürchten": the clause before the coordinator goes
        q.speaker = cut_clause(ctx, q.speaker, q.cue[0][0] if q.cue else None)
        q.speaker = cut_leading_adverbs(ctx, q.speaker)  # "meint denn auch Anwalt X"
        q.speaker = cut_manner_tail(ctx, q.speaker)  # "wird die Chefin X wie folgt zitiert"
        # "übernimmt die EU-Präsidentschaft, Premier X fürchtet": the object before the comma
        q.speaker = cut_spliced_object(ctx, q.speaker, q.cue[0][0] if q.cue else None)
        # "beurteilte …, Volker Beck das Pontifikat": the object run into the name
        q.speaker = cut_object_run(ctx, q.speaker)
        q.speaker = cut_relative(ctx, q.speaker)  # "Anwalt X, der Y vertritt, sagte"
        q.speaker = cut_statement(q.speaker, q.parts)  # a mention running into the statement
        cut_relative_source(ctx, q)  # "laut denen jeder Haushalt …"
        q.speaker = cut_setting_noun(ctx, q.speaker)  # "Im Rahmen einer Pressekonferenz"
    if q.speaker is not None:  # "Wie Havranek kritisierte auch er, …": the pronoun speaks
        q.speaker = compared_pronoun(ctx, q, q.speaker)
    # "Von der Leyen hatte Fehler eingeräumt und angegeben, …": the name the parse split
    q.speaker = particle_name(ctx, q, speakerish) or q.speaker
    if q.speaker is not None and dative_before(ctx, q.speaker):
        q.speaker = None  # "Stimmen, die dem früheren Kardinal X vorwerfen": the addressee
    if q.speaker is not None:  # "die Internationale Organisation für Migration (IOM)"
        named = with_name_phrase(ctx, q.speaker)
        named = apostrophe_possessed(ctx, with_quoted_name(ctx, named))  # "Kurz' Sprecher"
        q.speaker = q.speaker if _overlaps(named, q.parts) else named


def _so_fallback(ctx: DocContext, q: Quote) -> None:
    """ "„…“, so Gall, …": a speaker set off by "so" beats none, a phrase's guess or a
    subject that names nobody ("Der Grund, so vermutet die Zeitung, …")."""
    if q.speaker is None or PHRASE_MARK in q.rule or not speakerish(ctx, q.speaker):
        u = ctx.units[q.unit]
        so = so_speaker(ctx, max(u.start, q.start - SO_REACH), min(u.end, q.end + SO_REACH))
        if so is not None and not _overlaps(so, q.parts):
            q.speaker, q.rule = so, q.rule + SO_MARK


def _without_spaces(ctx: DocContext, sp: Span) -> Span | None:
    """The mention without the whitespace tokens at its edges (a text with double spaces
    gives "die  " for "die"), None when nothing else is left."""
    a, b = strip_spaces(ctx.doc, *sp)
    return (a, b) if a < b else None


def _tidy_speaker(ctx: DocContext, q: Quote) -> Span | None:
    """The quote's own mention made a speaker or nothing (:func:`tidy`), or the subject
    after a fronted word or a dateline the parse took for it."""
    # the cue word itself as speaker ("demnach", "wonach"): the rule says so
    is_cue = any(a <= q.speaker[0] and q.speaker[1] <= b for a, b in q.cue)
    als = None if is_cue or not predicate_of_als(ctx, q.speaker) else after_als(ctx, q.speaker)
    if als is not None:
        return als  # "Als scheidende Premierministerin habe sie …"
    sp = q.speaker if is_cue else tidy(ctx, q.speaker)
    if sp is None and not is_cue:
        # "Monatelang haben die Wiener Linien bestritten": the subject after the verb
        sp = after_fronted(ctx, q.speaker) or after_time_phrase(ctx, q.speaker)
    if sp is None and not is_cue and _addressee(ctx, q.speaker):
        # "Dem STANDARD sagte die Ministerin": the addressee took the place before the
        # verb, the phrase after it is the subject whatever case the parse gave it
        sp = after_cue(ctx, q, objects=True)
        # "…, sagte einem Reporter der Bürgermeister": parsed as one phrase, a genitive
        sp = sp or speaker_past_addressee(ctx, q, q.speaker, _someone_not_medium)
    if sp is None and _in_dateline(ctx, q.speaker):
        # "Wien – Sein Landsmann Michel Serres nannte ihn …": the words between the
        # dateline and the cue; "Wien – …, zitiert Verteidiger Rudolf Mayer"
        sp = _after_dateline(ctx, q) or after_cue(ctx, q)
    if (
        sp is not None
        and q.kind != "reported"
        and _overlaps(sp, q.parts)
        and not _overlaps(q.speaker, q.parts)
    ):
        sp = q.speaker  # a name does not run on into what is said
    if sp is not None and not is_cue and _place_phrase(ctx, q, sp):
        sp = None  # "das droht uns im ersten Bezirk": a place, not who speaks
    if sp is not None and not is_cue and asked_mention(ctx, q, sp):
        sp = None  # "Die Ministerin sei gefordert, …": she is asked, she does not speak
    return sp


def _place_phrase(ctx: DocContext, q: Quote, sp: Span) -> bool:
    """Is the mention a place after "in"/"im" that no cue pattern holds and that names no
    one ("das droht uns im ersten Bezirk", "In Nordkorea wurden …"), not a document ("wurde
    in der Vereinbarung festgehalten") nor a body ("betonte man im Innenministerium")?"""
    a = sp[0]
    if a == 0 or ctx.inside[a - 1] >= 0 or PATTERN_MARK in q.rule:
        return False
    w = ctx.w
    if ctx.table.lower[a - 1] not in word_ids(w.document_prepositions):
        return False
    if any(x <= a - 1 < y for x, y in q.cue) or someone(ctx, sp):
        return False
    head = _head(ctx, sp)
    return head is not None and (head.ent_type_ == "LOC" or head.lower_ in w.place_nouns)


def _holder_view(ctx: DocContext, q: Quote) -> Span | None:
    """The holder whose view the quote's sentence states (:func:`holder_speaker`) when the
    quote has no speaker, one from an earlier sentence or one whose head names no one."""
    u = ctx.units[q.unit]
    if ctx.table.lower[u.start] not in word_ids(ctx.kit.roles.holder_prepositions):
        return None
    sp = q.speaker
    if sp is None or not u.start <= sp[0] or not _head_names(ctx, sp):
        return holder_speaker(ctx, u.start, u.end)
    return None


def _head_names(ctx: DocContext, sp: Span) -> bool:
    """Does the mention's head noun name someone (:func:`someone`)? "die Beschäftigung der
    Ex-Terroristin" does not."""
    head = _head(ctx, sp)
    return someone(ctx, sp if head is None else (head.i, head.i + 1))


def _names_by_head(ctx: DocContext, sp: Span) -> bool:
    """Does the mention name someone (:func:`someone`) by its head noun or a name right
    after it ("Bischof Zsifkokvics"), not only by an attribute ("Die Arbeit der
    Organisationen", "Schritt der Uni Salzburg") or not at all ("zehn Millionen Liter")?"""
    if not someone(ctx, sp):
        return False
    head = _head(ctx, sp)
    if head is None or someone(ctx, (head.i, head.i + 1)):
        return True
    k = head.i + 1
    return k < sp[1] and ctx.doc[k].ent_type_ in PERSON_LABELS | ORG_LABELS


def holder_speaker(ctx: DocContext, a: int, b: int) -> Span | None:
    """Whose view a sentence ``a``..``b`` states when it opens with a holder preposition of
    roles.jsonl and a mention that names a person or role right before the finite verb
    ("Für den Theologen Hans Küng sei der Rücktritt „…“", "Für Bildungssenator X ist …");
    not a thing ("Für die Sanierung sei …") and not a bare body ("Für die Stadt ist …")."""
    doc = ctx.doc
    if b - a < 4 or doc[a].lower_ not in ctx.kit.roles.holder_prepositions:
        return None
    np = ctx.ph.np_forward(doc, a + 1, b, True)
    if np is None or np[1] >= b or ctx.inside[np[1]] >= 0:
        return None
    verb = doc[np[1]]
    if verb.pos_ not in ("VERB", "AUX") or _overlaps(
        np, [(k, k + 1) for k in range(a, b) if ctx.inside[k] >= 0]
    ):
        return None
    toks = doc[np[0] : np[1]]
    roles = ctx.kit.roles
    person = any(t.ent_type_ in PERSON_LABELS for t in toks) or any(
        (m := roles.lookup(t.text)) is not None and m.kind == "role"
        for t in toks
        if t.text[:1].isupper() and t.is_alpha
    )
    return tidy(ctx, np) if person else None


def _object_phrase(ctx: DocContext, q: Quote, sp: Span) -> bool:
    """Does a never-nominative article or possessive open the mention ("einen Entzug des
    Doktortitels", "Ihren Widersacher"), away from the quote's cue words? Next to them it is
    the source of "laut dem Bericht", "dem Bericht zufolge"."""
    doc = ctx.doc
    if not q.cue or doc[sp[0]].lower_ not in ctx.w.object_determiners:
        return False
    if sp[0] > 0 and doc[sp[0] - 1].lower_ in ctx.w.prepositions:
        return False  # "heißt es in dem Bericht": the document is the source
    if sp[1] < len(doc) and doc[sp[1]].lower_ in ctx.w.prepositions:
        return False  # "dem Vernehmen nach"
    return not any(
        (a < sp[1] and sp[0] < b)  # part of the cue: "Nach einem Bericht"
        # "laut dem Bericht", "gemäß dem Dekret"; not "weist den Vorwurf zurück"
        or (sp[0] == b and not (ctx.pos and doc[b - 1].pos_ in ("VERB", "AUX")))
        # "dem Bericht zufolge", "Dem Sprecher, Thomas Maier, zufolge"
        or (_past_apposition(ctx, sp) == a and doc[a].lower_ in ctx.w.postpositions)
        for a, b in q.cue
    )


def cue_subject(ctx: DocContext, q: Quote) -> Span | None:
    """The subject of the verb that heads the cue ("Die Forscher formulierten die Hypothese,
    dass …", "Das Lager war davon ausgegangen, dass …"), when it names someone who speaks
    and stands outside what is said; None without a parse."""
    t = _cue_verb(ctx, q)
    if t is None:
        return None
    doc, u = ctx.doc, ctx.units[q.unit]
    sp = parse_speaker(ctx, t)
    sp = tidy(ctx, sp) if sp is not None else None
    if sp is None or _overlaps(sp, q.parts) or not (u.start <= sp[0] and sp[1] <= u.end):
        return None
    head = _head(ctx, sp)
    # the head noun names someone: not "Schreiben an die Ministerin X"
    named = someone(ctx, sp if head is None else (head.i, head.i + 1))
    return sp if named and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(*sp)) else None


def cited_speaker(ctx: DocContext, q: Quote) -> Span | None:
    """Who a citing verb ("zitieren") quotes: the subject of the passive ("Platter wird von
    der Nachrichtenagentur Reuters zitiert"), the object of the active ("zitiert Welt-Online
    den Minister"), when it names someone and stands outside what is said."""
    t = _cue_verb(ctx, q)
    if t is None:
        return None
    chain = labels.verb_chain(t)
    passive = any(v.lower_ in ctx.w.passive_auxiliaries for v in chain)
    roles = ("subject", "passive_subject") if passive else ("object",)
    u = ctx.units[q.unit]
    for c in (c for v in chain for c in labels.children_with(v, *roles)):
        if labels.has_role(c, "agent") or not ctx.ph.is_nounish(c, ctx.pos):
            continue
        a, b = span_of(c)
        while a < c.i and (is_web_source(ctx, ctx.doc[a].text) or _medium_at(ctx, a)):
            a += 1  # "zitiert ndr.de Polizeisprecher Ralf Meyer": the medium cites
        sp = tidy(ctx, (a, b))
        if sp is None or _overlaps(sp, q.parts) or not (u.start <= sp[0] and sp[1] <= u.end):
            continue
        if someone(ctx, sp):
            return sp
    return None


def governing_subject(ctx: DocContext, q: Quote) -> Span | None:
    """The speaker (subject or agent) of the verb that governs a quoted phrase, in its
    sentence and outside it, when it names someone (:func:`someone`); None without a parse."""
    if not ctx.parsed:
        return None
    u, t = ctx.units[q.unit], ctx.doc[q.start]
    for _ in range(6):
        if t.head.i == t.i or (
            t.pos_ in ("VERB", "AUX") and not _overlaps((t.i, t.i + 1), q.parts)
        ):
            break
        t = t.head
    if t.pos_ not in ("VERB", "AUX") or not (u.start <= t.i < u.end):
        return None
    sp = parse_speaker(ctx, t)
    sp = tidy(ctx, sp) if sp is not None else None
    if sp is None or _overlaps(sp, q.parts) or not (u.start <= sp[0] and sp[1] <= u.end):
        return None
    # "Die Arbeit der Organisationen werde ausgeklammert": the head noun names no one
    return sp if _names_by_head(ctx, sp) else None


def anaphor_speaker(ctx: DocContext, q: Quote) -> Span | None:
    """A quotation that is a sentence of its own, followed in the same paragraph by a
    sentence that opens with a demonstrative standing for it ("Das musste Finanzminister
    Peer Steinbrück einräumen"): the first person that sentence names (see :func:`named_in`),
    else its subject when that names someone who speaks ("Dies erklärte die Polizei")."""
    u = ctx.units[q.unit]
    if q.start > u.start + 1 or q.unit + 1 >= len(ctx.units):
        return None
    nxt = ctx.units[q.unit + 1]
    if nxt.paragraph != u.paragraph or ctx.doc[nxt.start].lower_ not in ctx.w.anaphors:
        return None
    end = nxt.content_end(ctx.doc) - 1
    sp = named_in(ctx, nxt.start + 1, nxt.end) or clause_speaker(ctx, nxt.start + 1, end)
    sp = tidy(ctx, sp) if sp is not None else None
    return sp if sp is not None and speakerish(ctx, sp) else None


def _cue_verb(ctx: DocContext, q: Quote) -> Token | None:
    """The verb that heads the quote's first cue piece, inside its unit and outside what is
    said; for an auxiliary that opens the cue the verb it serves inside the cue ("wurde mit
    den Worten zitiert"); None without a parse."""
    if not ctx.parsed:
        return None
    u, t = ctx.units[q.unit], ctx.doc[q.cue[0][0]]
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    if labels.has_role(t, "auxiliary") and any(a <= t.head.i < b for a, b in q.cue):
        t = t.head
    if (
        t.pos_ not in ("VERB", "AUX")
        or not (u.start <= t.i < u.end)
        or _overlaps((t.i, t.i + 1), q.parts)
    ):
        return None
    return t


def frame_name(ctx: DocContext, q: Quote) -> Span | None:
    """A person named in the frame of an active cue verb the parse gave no subject ("hat
    Verbraucher-Staatssekretär Matthias Berninger gefordert" with the name as object, "Der
    Kandidat X hat … angeregt" with X as passive subject): the first person entity of the
    sentence up to the verb, outside what is said and not governed by a preposition or an
    addressee's article."""
    t = _cue_verb(ctx, q)
    if t is None:
        return None
    chain = labels.verb_chain(t)
    if any(v.lower_ in ctx.w.passive_auxiliaries for v in chain) or any(
        c.pos_ in ("NOUN", "PROPN", "PRON") and not labels.has_role(c, "passive_subject")
        for v in chain
        for c in labels.children_with(v, "subject")
    ):
        return None
    u = ctx.units[q.unit]
    if _passive_participle(ctx, t, u.start):
        return None  # "Kachelmann wurden „unwahre Aussagen“ attestiert": a dative, no speaker
    end = max(v.i for v in chain)
    sp = named_in(ctx, u.start, end, q.parts) or named_in(ctx, u.start, end, q.parts, ORG_LABELS)
    return tidy(ctx, sp) if sp is not None else None


def quoted_source(ctx: DocContext, q: Quote) -> Span | None:
    """A short name in quotation marks right before the cue (adverbs between: "Wie „heise
    online“ berichtet", "„Muslix64“ erwähnte auch") or right after it ("schrieb „Die Zeit“"),
    with its article, or a web address or agency that opens the clause ("Wie golem.de
    schreibt"); never a piece of what is said."""
    doc, w = ctx.doc, ctx.w
    a, b = q.cue[0]
    k = a - 1
    while k >= 0 and ctx.inside[k] < 0 and doc[k].lower_ in w.adverbial_starts:
        k -= 1
    # "dem „Figaro“ zufolge", "Der Website worldreferree.com zufolge": a postposition's
    # object is its source wherever the clause starts
    post = b - a == 1 and doc[a].lower_ in w.postpositions
    before = _quoted_name(ctx, ctx.inside[k]) if k >= 0 and ctx.inside[k] >= 0 else None
    if before is not None and before[1] == k + 1 and (post or _clause_opens_at(ctx, q, before[0])):
        return before
    for c, _ in q.cue:
        # "Wie golem.de schreibt" (cue "Wie … schreibt"): a web address or agency before a piece
        web = source_name(ctx, c - 1, c) if c > 0 and ctx.inside[c - 1] < 0 else None
        if web is not None and (post or _clause_opens_at(ctx, q, c - 1)):
            return _with_head_noun(ctx, web) if post else web
    after = _quoted_name(ctx, ctx.inside[b]) if b < len(doc) and ctx.inside[b] >= 0 else None
    if after is None and b + 1 < len(doc) and ctx.ph.is_det(doc[b], ctx.pos):
        after = _quoted_name(ctx, ctx.inside[b + 1]) if ctx.inside[b + 1] >= 0 else None
    return after if after is not None and after[0] in (b, b + 1) else None


def _cut_source(ctx: DocContext, q: Quote) -> None:
    """Take the source and its postposition out of the quote's parts ("Der Website
    worldreferree.com zufolge ist …" says "ist …"); a quote left empty keeps its parts."""
    if q.speaker is None:
        return
    doc, (a, b) = ctx.doc, (q.speaker[0], max(q.speaker[1], q.cue[0][1]))
    parts = [p for x, y in q.parts for p in ((x, min(y, a)), (max(x, b), y))]
    parts = [(x, y) for x, y in parts if y > x and not all(doc[m].is_punct for m in range(x, y))]
    if parts:
        q.parts = sorted(set(parts))


def _with_head_noun(ctx: DocContext, sp: Span) -> Span:
    """ "Der Website worldreferree.com": the noun and article a web address names."""
    doc, a = ctx.doc, sp[0]
    for _ in range(2):
        if (
            a > 0
            and ctx.inside[a - 1] < 0
            and (ctx.ph.is_det(doc[a - 1], ctx.pos) or ctx.ph.is_nounish(doc[a - 1], ctx.pos))
        ):
            a -= 1
    return (a, sp[1]) if a == sp[0] or ctx.ph.is_det(doc[a], ctx.pos) else sp


def _clause_opens_at(ctx: DocContext, q: Quote, k: int) -> bool:
    """Does a clause start at token ``k``: the start of the sentence, or after "wie"/"dass"
    or a comma?"""
    if k <= ctx.units[q.unit].start:
        return True
    prev = ctx.doc[k - 1]
    return prev.lower_ in ctx.w.subordinators or prev.text in (",", ":", "–") or prev.is_space


def _quoted_name(ctx: DocContext, i: int) -> Span | None:
    """Quotation marks ``i`` around a short name, with the article before them: capitalised
    or with a digit ("„Muslix64“"), or any name after "wie" ("Wie „heise online“ …")."""
    doc, d = ctx.doc, ctx.directs[i]
    words = [t for t in doc[d.start : d.end] if any(ch.isalnum() for ch in t.text)]
    if not (d.closed and 0 < len(words) <= 4):
        return None
    start = d.start
    if start > 0 and ctx.ph.is_det(doc[start - 1], ctx.pos) and ctx.inside[start - 1] < 0:
        start -= 1
    first = words[0].text
    after_as = start > 0 and doc[start - 1].lower_ in ctx.w.as_words
    if not (first[:1].isupper() or any(ch.isdigit() for ch in first) or after_as):
        return None
    return (start, d.end)


def someone(ctx: DocContext, sp: Span) -> bool:
    """Does the mention name someone: a speaker (:func:`speakerish`), a person noun
    ("Meteorologen", "Beide Seiten"), a pronoun or a quantifier of people?"""
    toks = ctx.doc[sp[0] : sp[1]]
    return speakerish(ctx, sp) or any(_person_noun(ctx, t) or t.pos_ == "PRON" for t in toks)


def _someone_not_medium(ctx: DocContext, sp: Span) -> bool:
    """:func:`someone`, but no medium ("einem Reporter der Zeitung": the reporter's paper)."""
    return someone(ctx, sp) and not is_medium(ctx, sp)


def so_speaker(ctx: DocContext, a: int, b: int) -> Span | None:
    """The speaker a ``so`` after punctuation names in tokens ``a``..``b``, outside quotation
    marks: "…, so Gall, …", "– so Canny –", "„…“, so urteilte Romney" (a verb between);
    only a mention that names someone who speaks (:func:`speakerish`)."""
    doc, w = ctx.doc, ctx.w
    lower, so = ctx.table.lower, word_ids(w.speaker_so_words)
    for k in range(max(a, 1), b - 1):
        if lower[k] not in so or ctx.inside[k] >= 0:  # ``doc[k].lower_`` by its id
            continue
        if doc[k - 1].text not in w.speaker_so_after:
            continue
        j = k + 1
        if doc[j].lower_ in w.speaker_so_demonstratives and _closes(doc, j + 1):
            return (j, j + 1)  # "„…“, so letztere.": resolved like a pronoun
        if ctx.pos and doc[j].pos_ in ("VERB", "AUX"):
            j += 1
        np = ctx.ph.np_forward(doc, j, b, ctx.pos) if j < b else None
        if np is None or _quoted_inside(ctx, np):
            continue
        np = tidy(ctx, np)
        if np is not None and speakerish(ctx, np):
            return np
    return None


def _closes(doc: Doc, i: int) -> bool:
    """Does the text end at token ``i`` or a punctuation mark stand there?"""
    return i >= len(doc) or doc[i].is_punct


def after_cue(ctx: DocContext, q: Quote, objects: bool = False) -> Span | None:
    """A mention that names someone who speaks right after one of the quote's cue words
    ("sicherte Präsident Gusmão zu", "bezeichnete Wiefelspütz als"), outside the quote; an
    object only when ``objects`` ("zitierte Papandreou")."""
    doc = ctx.doc
    end = ctx.units[q.unit].end
    # a reported quote that holds its own frame ("Als Grund nannte X die …") holds the speaker
    framed = q.speaker is not None and _overlaps(q.speaker, q.parts)
    # a fronted phrase with no name in it ("Des Weiteren", "Eine Verschiebung des Termins
    # bezeichnete Conze …") leaves the subject to a bare name after the verb
    unnamed = q.speaker is not None and not any(
        t.pos_ == "PROPN" or ctx.ph.is_named(t) for t in doc[q.speaker[0] : q.speaker[1]]
    )
    for _, c in q.cue:
        b = c
        while b < end and doc[b].is_space:
            b += 1  # "erklärte  der Minister": whitespace of the source text
        np = ctx.ph.np_forward(doc, b, end, ctx.pos) if b < end else None
        if np is None and b < end and _role_word(ctx, doc[b]):
            np = (b, b + 1)  # "sagten EU-Abgeordnete": a participial noun tagged as a verb
        if np is None or _quoted_inside(ctx, np):
            continue
        if (_overlaps(np, q.parts) and not framed) or not _agrees(ctx, doc[c - 1], np):
            continue
        # past whitespace the parse took the space for the subject: no case to trust but
        # an article's ("sagte  dem Sender")
        trust_case = not objects and (b == c or doc[np[0]].lower_ in ctx.w.object_determiners)
        np = tidy(ctx, np)
        if (
            np is not None
            and (speakerish(ctx, np) or _names_person(ctx, doc[np[1] - 1]))
            and not (
                trust_case
                and _object_case(ctx, np, bare_names=unnamed, titled=q.speaker is None)
                and not plural_subject(ctx, doc[c - 1], np)
            )
        ):
            return np
    return None


def after_fronted(ctx: DocContext, sp: Span) -> Span | None:
    """The speaker after the finite verb when the mention is a fronted adjective or
    participle and its phrase ("Besorgt", "Erfreut", "Passend zu den Gefahren"): verb-second
    order leaves room for one phrase before the verb, so the subject follows it ("äußerte sich
    auch Bürgermeister Michael Ludwig"). Only a mention that names someone (:func:`someone`)."""
    doc, w = ctx.doc, ctx.w
    v = _verb_after_phrase(ctx, sp[1])
    if v + 1 >= len(doc):
        return None
    verb = doc[v]
    if not ((ctx.pos and ctx.table.pos[v] in VERB_POS) or verb.lower_ in ctx.kit.verb_forms):
        return None
    # "Erfreut zeigte sich …": before a reflexive verb even a word tagged as a name
    reflexive = ctx.table.lower[v + 1] in word_ids(w.reflexive_pronouns)
    if not _fronted_adjective(ctx, doc[sp[0]], reflexive):
        return None
    return _subject_after_verb(ctx, v)


def after_time_phrase(ctx: DocContext, sp: Span) -> Span | None:
    """The speaker after the finite verb when the mention is a time phrase opening the
    sentence ("Anfang der Woche hatte die Organisation X bekannt gegeben", "Vergangene Woche
    erklärte der Minister"): verb-second order leaves the subject after the verb; only a
    phrase right before a finite verb that :func:`_time_mention` calls a time, and only a
    subject that names someone (:func:`someone`)."""
    doc, v = ctx.doc, sp[1]
    if v + 1 >= len(doc) or not _opens_clause(ctx, doc[sp[0]]):
        return None
    if not ((ctx.pos and ctx.table.pos[v] in VERB_POS) or doc[v].lower_ in ctx.kit.verb_forms):
        return None
    if not _time_mention(ctx, sp):
        return None
    return _subject_after_verb(ctx, v)


def after_als(ctx: DocContext, sp: Span) -> Span | None:
    """The subject after the finite verb when the mention is an "als" predicate that took
    the place before it ("Als scheidende Premierministerin habe sie …" -> "sie", "Als Grund
    nannte Erdoğan Teziç …"), else None."""
    v = _verb_after_phrase(ctx, sp[1])
    if v + 1 >= len(ctx.doc) or not (
        (ctx.pos and ctx.table.pos[v] in VERB_POS) or ctx.doc[v].lower_ in ctx.kit.verb_forms
    ):
        return None
    return _subject_after_verb(ctx, v)


def _subject_after_verb(ctx: DocContext, v: int) -> Span | None:
    """The noun phrase after the verb at ``v`` (past reflexives and adverbs), tidied, when it
    names someone (:func:`someone`)."""
    doc, w = ctx.doc, ctx.w
    verb = doc[v]
    end = ctx.units[ctx.unit_of[verb.i]].end if ctx.unit_of else len(doc)
    j = v + 1
    while j < end and (
        doc[j].lower_ in w.reflexive_pronouns or doc[j].lower_ in w.adverbial_starts
    ):
        j += 1
    np = ctx.ph.np_forward(doc, j, end, ctx.pos, after_verb=True) if j < end else None
    if np is None or any(ctx.inside[m] >= 0 for m in range(*np)):
        return None
    np = tidy(ctx, np)
    # a person noun will do ("Passend zum Regen scherzte der Moderator"): the fronted
    # phrase is no speaker at all
    return np if np is not None and someone(ctx, np) else None


def _verb_after_phrase(ctx: DocContext, k: int) -> int:
    """The token after a fronted word at ``k``: past the prepositional phrase it governs
    ("Passend zu den Gefahren des Eises warnte": the verb), when one opens there and runs
    without punctuation to a verb within :data:`FRONTED_PHRASE_REACH` words; else ``k``."""
    doc = ctx.doc
    if k >= len(doc) or doc[k].lower_ not in ctx.w.prepositions:
        return k
    pos = ctx.table.pos
    for j in range(k + 1, min(len(doc), k + FRONTED_PHRASE_REACH + 1)):
        if doc[j].is_punct or doc[j].is_space or ctx.inside[j] >= 0:
            return k
        if ctx.pos and pos[j] in VERB_POS:
            return j
    return k


def _fronted_adjective(ctx: DocContext, t: Token, named_ok: bool) -> bool:
    """A capitalised first word of its sentence with the ending of an adjective or participle
    ("Besorgt", "Skeptisch", "Passend") that is no role or speaking body, nor a name unless
    ``named_ok``."""
    w = ctx.w
    endings = (
        w.adverb_endings
        + w.fronted_adverb_endings
        + w.fronted_participle_endings
        + w.duration_endings
    )
    return (
        t.is_alpha
        and t.text[:1].isupper()
        and _opens_clause(ctx, t)
        and t.lower_.endswith(endings)
        and (named_ok or t.ent_type_ not in ("PER", "PERSON", "ORG"))
        and ctx.kit.roles.lookup(t.text) is None
    )


def _opens_clause(ctx: DocContext, t: Token) -> bool:
    """Is ``t`` the first word of its sentence (only spaces or marks before it)?"""
    if t.is_sent_start:
        return True
    doc = ctx.doc
    start = ctx.units[ctx.unit_of[t.i]].start if ctx.unit_of else 0
    return all(doc[m].is_space or doc[m].is_punct for m in range(start, t.i))


def _quoted_inside(ctx: DocContext, sp: Span) -> bool:
    """Does the mention hold quoted words other than a short name in quotation marks ("die
    Zeitung „Der Standard“" holds none)?"""
    return any(ctx.inside[m] >= 0 for m in range(*sp)) and not quoted_names_only(ctx, sp)


def _agrees(ctx: DocContext, verb: Token, sp: Span) -> bool:
    """Can the mention be the subject of ``verb`` by number? ("werfen Norbert Lammert …
    vor": a plural verb, a singular name -- an object)."""
    head = _head(ctx, sp)
    v_num, n_num = (
        labels.morph_values(verb, "Number"),
        labels.morph_values(head, "Number") if head else [],
    )
    return not (v_num and n_num and not set(v_num) & set(n_num))


def _object_case(ctx: DocContext, sp: Span, bare_names: bool = False, titled: bool = False) -> bool:
    """Is the mention's head in the dative, accusative or genitive ("erzählte der
    Nachrichtenagentur Reuters", "rief die Armee auf")? -- an addressee, not the speaker.
    With ``bare_names`` a name is never taken for an object by its parse label alone; with
    ``titled`` neither is a title with a name and no article."""
    head = _head(ctx, sp)
    if head is None:
        return False
    first = ctx.doc[sp[0]].lower_
    # after a fronted phrase with no name, a name's case is the parser's guess: only an
    # article in the dative or genitive makes it an object ("Als Grund nannte die NASA")
    guess = bare_names and ctx.ph.is_named(head) and first not in ctx.w.recipient_articles
    # "hielt Verteidigungsminister Hans Peter Doskozil fest" (no subject before the verb): a
    # title and a name with no article show no case; the parser's label is a guess
    doc = ctx.doc
    guess = guess or (
        titled
        and not ctx.ph.is_det(doc[sp[0]], ctx.pos)
        and any(doc[k].ent_type_ in PERSON_LABELS for k in range(sp[0] + 1, sp[1]))
    )
    if labels.has_role(head, "object") and not labels.has_role(head, "subject") and not guess:
        return True
    if first not in ctx.w.recipient_articles or first in ctx.w.nominative_articles:
        # "der" is nominative only before a masculine singular noun
        gender, number = labels.morph_values(head, "Gender"), labels.morph_values(head, "Number")
        return first in ctx.w.recipient_articles and ("Fem" in gender or "Plur" in number)
    return True


def _head(ctx: DocContext, sp: Span) -> Token | None:
    """The first noun or name of a mention ("der Vertreter Libyens" -> "Vertreter"), past a
    name in the genitive before it ("Spectors Verteidiger" -> "Verteidiger")."""
    doc, pos = ctx.doc, ctx.pos
    for k in range(*sp):
        t = doc[k]
        if not (ctx.ph.is_nounish(t, pos) and t.is_alpha):
            continue
        if k + 1 < sp[1] and _prenominal_genitive(ctx, t, doc[k + 1]):
            continue
        return t
    return None


def _prenominal_genitive(ctx: DocContext, t: Token, nxt: Token) -> bool:
    """ "Spectors Verteidiger", "Merkels Sprecher": a name with the genitive -s right before
    a lower-case-tagged common noun is its attribute, not the head."""
    return (
        t.pos_ == "PROPN"
        and t.text.endswith("s")
        and nxt.pos_ == "NOUN"
        and nxt.is_alpha
        and nxt.text[:1].isupper()
    )


def _overlaps(sp: Span, parts: list[Span]) -> bool:
    return any(a < sp[1] and sp[0] < b for a, b in parts)


def tidy(ctx: DocContext, sp: Span) -> Span | None:
    """One mention, cleaned (see :func:`tidy_mentions`)."""
    sp = _in_one_unit(ctx, sp)
    if _in_dateline(ctx, sp):
        return None  # "Wien – Sie war die Liebe meines Lebens, zitiert …": no place speaks
    sp = _relative_run_on(ctx, sp)
    sp = _participle_attribute(ctx, sp)
    sp = _lead_word(ctx, sp)
    if sp is None:
        return None
    sp = _bare_participle_attribute(ctx, sp)  # "sagten mit dem Vorgang vertraute Personen"
    sp = _run_on(ctx, sp)
    sp = _cut_apposition(ctx, sp)
    sp = _cut_after_name(ctx, sp)
    sp = _cut_medium(ctx, sp)
    sp = cut_clause(ctx, _cut_adverbs(ctx, sp))  # "Dies war … und die Anwohner befürchten"
    return None if _no_speaker(ctx, sp) else sp


def _cut_adverbs(ctx: DocContext, sp: Span) -> Span:
    """ "Mikl-Leitner wiederum", "Der Sprecher hingegen": adverbs after the noun are no part
    of who speaks."""
    if not ctx.pos:
        return sp
    a, b = sp
    while b - 1 > a and (t := ctx.doc[b - 1]).pos_ == "ADV" and t.is_alpha and t.is_lower:
        b -= 1  # not a web address the tagger calls an adverb ("atmedia.at")
    return (a, b)


def _in_dateline(ctx: DocContext, sp: Span) -> bool:
    """Does the mention start in a dateline ("Wien – ", a unit of its own)?"""
    return bool(ctx.unit_of) and ctx.units[ctx.unit_of[sp[0]]].dateline


def _after_dateline(ctx: DocContext, q: Quote) -> Span | None:
    """The noun phrase that opens the sentence after the dateline the parse took as the
    speaker, when it ends right before the quote's cue (the subject before the verb)."""
    if q.speaker is None or not q.cue:
        return None
    start, cue = ctx.units[ctx.unit_of[q.speaker[0]]].end, q.cue[0][0]
    # a reported speech act's span is its whole sentence, the subject included
    if not start < cue or (q.kind != "reported" and _overlaps((start, cue), q.parts)):
        return None
    np = ctx.g.np_after(ctx, start, cue)
    return np if np is not None and np[0] == start and np[1] == cue else None


def _in_one_unit(ctx: DocContext, sp: Span) -> Span:
    """A mention starts in the unit of its last word: "Graz – Bürgermeister Siegfried Nagl"
    loses its dateline (a unit of its own), a subject never reaches into the sentence before."""
    if not ctx.unit_of or sp[1] - sp[0] < 2:
        return sp
    start = ctx.units[ctx.unit_of[sp[1] - 1]].start
    return (start, sp[1]) if sp[0] < start < sp[1] else sp


def _relative_run_on(ctx: DocContext, sp: Span) -> Span:
    """ "ein Kommentar, der die Entscheidung … bezeichnet": a relative pronoun run on into
    the object after it; the noun phrase it refers to speaks (else the pronoun alone)."""
    doc, ph = ctx.doc, ctx.ph
    if (
        sp[1] - sp[0] < 2
        or ctx.table.lower[sp[0]] not in word_ids(ctx.w.relative_pronouns)
        or not ph.is_det(doc[sp[0] + 1], ctx.pos)
        or sp[0] < 2
        or doc[sp[0] - 1].text != ","
    ):
        return sp
    start = ctx.units[ctx.unit_of[sp[0]]].start if ctx.unit_of else 0
    np = ph.np_backward(doc, sp[0] - 1, start, ctx.pos)
    if np is not None and not any(ctx.inside[m] >= 0 for m in range(*np)):
        return np
    return (sp[0], sp[0] + 1)


def _participle_attribute(ctx: DocContext, sp: Span) -> Span:
    """ "die in New York City geborene Lopez": a place inside a participle attribute stands
    for the whole noun phrase, whose noun speaks (with no article:
    :func:`_bare_participle_attribute`)."""
    doc, k = ctx.doc, sp[0]
    if (
        k < 2
        or ctx.table.lower[k - 1] not in word_ids(ctx.w.prepositions)
        or not ctx.ph.is_det(doc[k - 2], ctx.pos)
    ):
        return sp
    end = ctx.units[ctx.unit_of[k]].end if ctx.unit_of else len(doc)
    np = ctx.ph.np_loose(doc, k - 2, end, ctx.pos)
    return np if np is not None and np[1] > sp[1] else sp


def _bare_participle_attribute(ctx: DocContext, sp: Span) -> Span:
    """ "mit dem Vorgang vertraute Personen": the object of the preposition before ``sp`` is
    followed by an attributive adjective and its noun; the whole phrase from the
    preposition, else ``sp``."""
    doc, b, lower = ctx.doc, sp[1], ctx.table.lower
    if sp[0] < 1 or lower[sp[0] - 1] not in word_ids(ctx.w.prepositions):
        return sp
    if lower[sp[0] - 1] in word_ids(ctx.w.agent_prepositions | ctx.w.source_prepositions):
        return sp  # "vom Beirat verlautbarten Beschlüsse", "laut X": the agent, the source
    if not ctx.pos or b >= len(doc) or ctx.table.pos[b] != ADJ or not doc[b].is_lower:
        return sp
    if not labels.morph_values(doc[b], "Case"):
        return sp  # an attributive adjective has case ("vertraute"), an adverbial none ("rund")
    np = ctx.ph.np_forward(doc, b, doc[b].sent.end, True)
    if np is None or np[1] <= b + 1 or ctx.in_marks(sp[0] - 1, np[1]):
        return sp
    return (sp[0] - 1, np[1])


def _lead_word(ctx: DocContext, sp: Span) -> Span | None:
    """A mention that starts with a verb, a conjunction or a preposition: "Während Shakira" ->
    "Shakira", "dass eine Minderheit" -> "eine Minderheit", "und Delegierte" -> "Delegierte",
    the passive agent "von Minister
    Stolpe" -> "Minister Stolpe"; a place or a circumstance ("am Potsdamer Platz", "Von
    Versuchen") is no speaker."""
    if sp[1] - sp[0] < 2:
        return sp
    w, first = ctx.w, ctx.doc[sp[0]]
    rest, low = (sp[0] + 1, sp[1]), first.lower_
    verb = (ctx.pos and ctx.table.pos[sp[0]] in VERB_POS) or low in ctx.kit.verb_forms
    if verb and first.text[:1].islower():
        return rest  # ", so urteilte Bundesrätin Keller-Sutter": not "urteilte …"
    if low in w.subordinators or low in w.that_words:
        return rest if speakerish(ctx, rest) else None
    if low in w.agent_prepositions or low in w.coordinators:
        return rest  # "– und Delegierte und Beobachter fragten sich": no "und"
    if low in w.fixed_phrase_tails and sp[0] > 0:
        return rest  # "vor allem Mozilla": "allem" ends the fixed phrase, Mozilla speaks
    if low in w.prepositions:
        return None
    return sp


def _run_on(ctx: DocContext, sp: Span) -> Span:
    doc = ctx.doc
    end = sp[1]
    last = doc[end - 1]
    if end < len(doc) and ctx.inside[end] >= 0 and (ctx.ph.is_det(last, ctx.pos) or last.is_title):
        d = ctx.directs[ctx.inside[end]]
        if d.start == end and quoted_names_only(ctx, (end, d.end)):
            return (sp[0], d.end)  # "Der „Arbeitskreis Vorratsdatenspeicherung“"
    if last.ent_iob_ in ("B", "I"):
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1  # "Trainer Zoran" inside the entity "Zoran Barisic"
    if (
        end == sp[1]
        and end < len(doc)
        and ctx.inside[end] < 0
        and doc[end].ent_type_ in ("PER", "PERSON")
        and doc[end].ent_iob_ == "B"
        and not last.ent_type_
        and ctx.ph.is_nounish(last, ctx.pos)
    ):
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1  # "Landeshauptmann" + "Hans Niessl"
    if (
        end == sp[1]
        and end < len(doc)
        and ctx.inside[end] < 0
        and ctx.pos
        and last.pos_ == "ADJ"
        and doc[end].pos_ in ("NOUN", "PROPN")
    ):
        end += 1  # "der Heilige" + "Vater"
    if end == sp[1] and end < len(doc) and ctx.inside[end] < 0 and _second_subject(ctx, last):
        end += 1  # "der Heilige Vater" parsed as two subjects of the verb
    if (
        end == sp[1]
        and end < len(doc)
        and ctx.inside[end] < 0
        and ctx.ph.is_nounish(last, ctx.pos)
        and is_web_source(ctx, doc[end].text)
    ):
        end += 1  # "das Branchenmedium" + "atmedia.at": the medium's name after its noun
    return (sp[0], end)


def _second_subject(ctx: DocContext, last: Token) -> bool:
    """Is the word after ``last`` a capitalised noun that the parse made a second subject of
    the same verb ("sagte der Heilige Vater": "Heilige" and "Vater" both subjects)?"""
    nxt = last.doc[last.i + 1]
    return (
        ctx.parsed
        and last.text[:1].isupper()
        and nxt.text[:1].isupper()
        and nxt.pos_ in ("NOUN", "PROPN")
        and nxt.head.i == last.head.i != last.i
        and labels.has_role(last, "subject")
        and labels.has_role(nxt, "subject")
    )


def _cut_apposition(ctx: DocContext, sp: Span) -> Span:
    """ "Timo Reinfrank, Koordinator bei X": the person entity before the comma."""
    doc, texts = ctx.doc, ctx.table.texts
    for k in range(sp[0] + 1, sp[1]):
        if texts[k] == ",":
            head = doc[sp[0] : k]
            if head and all(t.ent_type_ in ("PER", "PERSON") for t in head):
                return (sp[0], k)
            break
    return sp


def _cut_after_name(ctx: DocContext, sp: Span) -> Span:
    """ "Bürgermeister Michael Ludwig im Interview mit der „Presse“", "Scolik gegenüber der
    FAZ": a prepositional phrase after a person's name is the occasion or the addressee;
    the mention ends with the name ("Joe Stork von HRW" and "X laut Reuters" stay). So after
    an age noun that stands for a person ("die 64-Jährige im Gespräch mit Radio SRF"), and
    after a person noun before a medium ("eine Sprecherin zum STANDARD")."""
    doc, lower, cuts = ctx.doc, ctx.table.lower, word_ids(ctx.w.name_cut_prepositions)
    for k in range(sp[0] + 1, sp[1]):
        if lower[k] not in cuts:
            continue
        t = doc[k]
        if possessor_attribute(ctx, k, sp[1]):
            continue  # "Badawis nach Kanada geflüchtete Ehefrau": the possessor's attribute
        if not t.ent_type_ and (
            doc[k - 1].ent_type_ in ("PER", "PERSON") or _age_noun(ctx, doc[k - 1])
        ):
            return (sp[0], k)
        if any(_medium_at(ctx, j) for j in range(k + 1, min(k + 4, sp[1]))) and any(
            _person_noun(ctx, doc[j]) for j in range(sp[0], k)
        ):
            return (sp[0], k)  # "ein AUA-Sprecher zur APA": the medium is the addressee
        if _occasion_at(ctx, k + 1, sp[1]) and any(
            ctx.ph.is_nounish(doc[j], ctx.pos) for j in range(sp[0], k)
        ):
            return (sp[0], k)  # "ein Offizier am Dienstag", "der Chef bei einer Pressekonferenz"
    return sp


def _occasion_at(ctx: DocContext, i: int, end: int) -> bool:
    """Does the phrase at ``i`` (before ``end``) name a time or an occasion: its first noun
    a time word ("am Dienstag", "am späten Montagabend", "am 3. Mai") or an occasion noun
    ("bei einer Pressekonferenz")? Not a number alone ("Verluste von über 1 Mio.")."""
    doc, w = ctx.doc, ctx.w
    for j in range(i, min(i + 4, end)):
        t = doc[j]
        if not ctx.ph.is_nounish(t, ctx.pos) or t.like_num:
            continue
        low = t.lower_
        return low in w.time_words or low in w.occasion_nouns or low.startswith(w.time_word_stems)
    return False


def _age_noun(ctx: DocContext, t: Token) -> bool:
    """ "64-Jährige", "54-jährige" (``age_suffix`` of roles.jsonl after a number)."""
    return t.text[:1].isdigit() and t.lower_.endswith(ctx.kit.roles.age_suffixes)


def is_medium(ctx: DocContext, sp: Span) -> bool:
    """Does the mention name a medium: a media entity or a media noun of roles.jsonl
    ("Ein Fernsehsender", "die Nachrichtenagentur Reuters")?"""
    return any(_medium_at(ctx, k) for k in range(*sp))


def _medium_at(ctx: DocContext, k: int) -> bool:
    t = ctx.doc[k]
    noun = ctx.kit.roles.lookup(t.text) if t.text[:1].isupper() else None
    if noun is not None and noun.kind == "org" and noun.record.get("group") == MEDIA_GROUP:
        return True
    return t.ent_type_ == "ORG" and any(
        e.start <= k < e.end and e._.entity_type in MEDIA_TYPES for e in ctx.ents()
    )


def _cut_medium(ctx: DocContext, sp: Span) -> Span:
    """ "einer Augenzeugin der APA", "eine Studentin dem STANDARD", "ein Sprecher der
    Regierung der ungarischen Nachrichtenagentur MTI", "ein Sprecher der Notdienste in Gaza
    der Agentur AFP": a medium after a person noun is the addressee or the outlet, not the
    speaker (a place may stand between; a name may not: "Peter Huber von der APA"); so is
    one right after a person's name ("bestätigte Peter Binder der APA")."""
    doc, lower, articles = ctx.doc, ctx.table.lower, word_ids(ctx.w.recipient_articles)
    for k in range(sp[0] + 1, sp[1] - 1):
        if lower[k] not in articles:
            continue
        j = k + 1
        while j < sp[1] - 1 and doc[j].pos_ == "ADJ":
            j += 1  # "der ungarischen Nachrichtenagentur"
        # "der Agentur AFP": the noun or the name after it
        medium = _medium_at(ctx, j) or (j + 1 < sp[1] and _medium_at(ctx, j + 1))
        before = doc[sp[0] : k]
        person_noun = any(_person_noun(ctx, t) for t in before) and not any(
            t.ent_type_ not in ("", "LOC") for t in before
        )
        if medium and person_noun and not _employer(ctx, sp, k):
            return (sp[0], k)
        if medium and doc[k - 1].ent_type_ in PERSON_LABELS:
            return (sp[0], k)  # "Landesgeschäftsführer Peter Binder der APA": a name takes none
    return sp


def _employer(ctx: DocContext, sp: Span, k: int) -> bool:
    """Does the medium after the article at ``k`` employ the one who speaks? "der
    Chefredakteur der Zeitung Cumhuriyet, Can Dündar" (a person named after it), "der
    Innenpolitik-Chef der Salzburger Nachrichten" (a role, not a spokesperson's), but not
    "eine Behördensprecherin der APA" (a spokesperson speaks to media) or "ein Sprecher der
    Regierung der Nachrichtenagentur MTI" (after a genitive of its own: whom he spoke to)."""
    doc = ctx.doc
    if any(doc[i].ent_type_ == "PER" for i in range(k + 1, sp[1])):
        return True
    roles, articles = ctx.kit.roles, word_ids(ctx.w.recipient_articles)
    for i in range(sp[0], k):
        m = roles.lookup(doc[i].text) if doc[i].text[:1].isupper() else None
        if m is not None and m.kind == "role":
            return m.record.get("group") != SPOKESPERSON_GROUP and not any(
                ctx.table.lower[j] in articles for j in range(i + 1, k)
            )
    return False


def _person_noun(ctx: DocContext, t: Token) -> bool:
    """A noun that names a person: a role ("Sprecher") or a person noun's ending
    ("Augenzeugin", "Studentin", plural "Meteorologen") -- not a document ("einem Artikel der Nachrichtenagentur")."""
    return ctx.ph.is_nounish(t, ctx.pos) and person_word(ctx, t.text)


def person_word(ctx: DocContext, word: str) -> bool:
    """A capitalised role noun ("Minister") or a noun with a person's ending ("Journalistin",
    plural "Meteorologen")."""
    if not word[:1].isupper():
        return False
    roles = ctx.kit.roles
    m = roles.lookup(word)
    if m is not None:
        return m.kind == "role"
    return roles.noun_gender(word, trust_masculine=ctx.pos) is not None or roles.plural_person(word)


def _sentence_adverb(ctx: DocContext, words: list[Token]) -> bool:
    """Is the mention a sentence adverb the tagger may call a noun (``sentence_adverbs``),
    alone or before a preposition ("Ausgerechnet an dem Tag"): a phrase of time or place,
    no one who speaks?"""
    if not words or words[0].lower_ not in ctx.w.sentence_adverbs:
        return False
    return len(words) == 1 or labels.is_adposition(words[1])


def _no_speaker(ctx: DocContext, sp: Span) -> bool:
    """A date, adverb or connective taken for a subject ("Montag", "Weiters")."""
    toks = ctx.doc[sp[0] : sp[1]]
    words = [t for t in toks if any(ch.isalpha() for ch in t.text)]
    content = [
        t for t in words if not ctx.ph.is_det(t, ctx.pos) and t.lower_ not in ctx.w.adverbial_starts
    ]
    if _sentence_adverb(ctx, words):
        return True  # "Ausgerechnet an dem Tag …": the tagger called the adverb a noun
    if not words or words[0].lower_ in ctx.w.framing_participles:
        return True  # "Verglichen mit den Antworten … stellte sich heraus": no one
    if content and all(t.lower_ in ctx.w.time_words or t.like_num for t in content):
        return True
    if _time_phrase(ctx, content):
        return True  # "und vergangene Woche verkündet": when, not who
    if content and all(t.lower_ in ctx.w.setting_nouns for t in content):
        return True  # "In diesem Zusammenhang wurde betont": in what setting, not who
    doc, a = ctx.doc, sp[0]
    agents = word_ids(ctx.w.agent_prepositions)
    if a > 1 and ctx.table.lower[a - 1] in agents and doc[a - 2].like_num:
        return True  # "Mit 27 von 35 Stimmen wurde beschlossen": a share, not an agent
    if a > 1 and ctx.table.lower[a - 1] in agents and _measure_of(ctx, sp):
        return True  # "wurde eine Summe von zehn Millionen Euro genannt": what the sum is
    if _addressee(ctx, sp):
        return True
    one = words[0]
    if len(words) == 1 and one.text[:1].islower() and labels.is_article(one):
        # a bare article: "der" of "Van der Bellen" taken for the subject of "wird betont"
        # (not a relative or demonstrative pronoun: "eines Hackers, der behauptet", "so
        # schrieb diese"); a relative pronoun after a comma speaks all the same
        return a == 0 or not doc[a - 1].is_punct
    return (
        len(words) == 1
        and one.is_alpha
        and not one.ent_type_
        and one.text[:1].isupper()
        and (
            one.lower_ in ctx.w.adverbial_starts
            or (ctx.pos and one.pos_ in ("ADV", "ADJ") and not name_like(ctx, one))
            or one.lower_.endswith(ctx.w.duration_endings)  # "Monatelang"
        )
        and ctx.kit.roles.lookup(one.text) is None
    )


def _measure_of(ctx: DocContext, sp: Span) -> bool:
    """Is the mention a number of something after a noun's "von" ("eine Summe von zehn
    Millionen Euro"), naming no one (not "von zwei Zeugen")?"""
    doc, a = ctx.doc, sp[0]
    before = doc[a - 2]
    number = doc[a].like_num or doc[a].pos_ == "NUM"
    if not number or not (before.pos_ == "NOUN" and before.text[:1].isupper()):
        return False
    return not someone(ctx, sp)


def _time_mention(ctx: DocContext, sp: Span) -> bool:
    """Is the mention a time ("Anfang der Woche", "Vergangene Woche", "Montag"): its words
    other than articles are time words or numbers, or a :func:`_time_phrase`."""
    content = [
        t
        for t in ctx.doc[sp[0] : sp[1]]
        if any(ch.isalpha() for ch in t.text) and not ctx.ph.is_det(t, ctx.pos)
    ]
    if content and all(t.lower_ in ctx.w.time_words or t.like_num for t in content):
        return True
    return _time_phrase(ctx, content)


def _time_phrase(ctx: DocContext, content: list[Token]) -> bool:
    """Is the mention a time word with adjectives before it ("vergangene Woche", "letzten
    Montag", "kommendes Jahr"): the parse took an adverbial of time for the subject."""
    if not ctx.pos or len(content) < 2 or content[-1].lower_ not in ctx.w.time_words:
        return False
    first = content[0]
    if first.i > 0 and labels.is_adposition(first.doc[first.i - 1]):
        return False  # "Ersten Angaben vom gestrigen Mittwoch zufolge": the report's date
    return all(t.pos_ == "ADJ" and t.is_lower for t in content[:-1])


def _past_apposition(ctx: DocContext, sp: Span) -> int:
    """Where the mention's phrase ends: past the comma that closes a name in apposition
    ("Dem Sprecher der Feuerwehr, Thomas Maier, zufolge": the comma before "zufolge")."""
    doc, a, b = ctx.doc, sp[0], sp[1]
    if b + 1 < len(doc) and doc[b].text == "," and any(t.text == "," for t in doc[a:b]):
        return b + 1
    return b


def _addressee(ctx: DocContext, sp: Span) -> bool:
    """Is the mention an addressee, topic or circumstance: the object of a preposition that
    never names who speaks ("gegenüber der FAZ", "vor Journalisten", "um Zigaretten"), or
    a bare dative ("sagte dem STANDARD", "Dem Trainer droht eine Sperre") with no
    preposition before it nor postposition after it ("laut dem Bericht", "dem Bericht
    zufolge", "dem Vernehmen nach" name a source)?"""
    doc, a, b = ctx.doc, sp[0], sp[1]
    w, lower = ctx.w, ctx.table.lower
    if a > 0 and ctx.inside[a - 1] < 0 and lower[a - 1] in word_ids(w.non_source_prepositions):
        # not "vor allem Mozilla", "unter anderem die Polizei": a set phrase before a name
        t = doc[a]
        return t.text[:1].isupper() or labels.is_article(t) or labels.is_possessive(t)
    if lower[a] not in word_ids(w.dative_determiners):
        return False
    # "laut dem Bericht", "gemäß dem Dekret": a preposition governs it
    before = a > 0 and (
        lower[a - 1] in word_ids(w.prepositions | w.source_prepositions)
        or (ctx.pos and doc[a - 1].pos_ == "ADP")
    )
    b = _past_apposition(ctx, sp)
    after = b < len(doc) and (
        lower[b] in word_ids(w.postpositions) or lower[b] in word_ids(w.prepositions)
    )
    return not (before or after)


#: clause-final verbs and a negation between a report noun and the comma before "wonach"
#: ("hat erste Medienberichte nicht bestätigen können, wonach …")
REPORT_VERB_REACH = 4
#: words from those verbs back to the report noun ("einen Bericht der Agentur „Interfax“")
REPORT_NOUN_REACH = 8


def report_source(ctx: DocContext, q: Quote) -> Span | None:
    """The report whose content a "wonach" clause gives, as the quote's source: "Leitl hat
    einen Zeitungsbericht dementiert, wonach …" (the report, not who denies it), "Die
    Polizei bestätigte am Freitag Berichte, wonach …" ("Berichte", not "Freitag Berichte").
    None when the report stands in a prepositional phrase ("sprach von Beweisen, wonach",
    "verwies auf ein Gutachten, wonach": who speaks of it is the source) and for a cue verb
    that neither denies nor confirms ("veröffentlichte einen Bericht, wonach": the
    publisher speaks)."""
    k = _relative_source_at(ctx, q)
    if k is None:
        return None
    if not any(a <= k < b for a, b in q.cue) and q.cue_lemma not in ctx.w.disowning_lemmas:
        return None
    return _report_before(ctx, q, k)


def _relative_source_at(ctx: DocContext, q: Quote) -> int | None:
    """The index of the "wonach" after a comma that opens what is said or is the cue."""
    if not ctx.pos:
        return None
    doc, words = ctx.doc, ctx.kit.roles.relative_sources
    for k in (q.parts[0][0], *(a for a, b in q.cue if b - a == 1)):
        if k > 0 and doc[k].lower_ in words and doc[k - 1].text == ",":
            return k
    return None


def _report_before(ctx: DocContext, q: Quote, k: int) -> Span | None:
    """The noun phrase of a report noun (``report_noun_endings``) before the comma at
    ``k - 1``, past the verbs that close the clause, from its article to those verbs."""
    doc, u = ctx.doc, ctx.units[q.unit]
    j = k - 2
    lo = max(u.start, j - REPORT_VERB_REACH)
    while j >= lo and (doc[j].pos_ in ("VERB", "AUX", "PART")):
        j -= 1
    end = j + 1
    head = None
    for i in range(j, max(u.start, j - REPORT_NOUN_REACH) - 1, -1):
        t = doc[i]
        if t.text == "," or t.pos_ in ("VERB", "AUX"):
            break
        if ctx.inside[i] < 0 and t.is_alpha and t.lower_.endswith(ctx.w.report_noun_endings):
            head = i
            break
    if head is None or not ctx.ph.is_nounish(doc[head], ctx.pos):
        return None
    a = head
    while a > u.start and _attributive(ctx, doc[a - 1]):
        a -= 1
    if a > u.start and doc[a - 1].lower_ in ctx.w.prepositions:
        return None
    if head + 1 < end and doc[head + 1].lower_ in ctx.w.prepositions:
        end = head + 1  # "Mitteilungen an das Ministerium": the addressee is no source
    return tidy(ctx, (a, end))


def _attributive(ctx: DocContext, t: Token) -> bool:
    """An article, a number or an inflected adjective before a noun ("erste", "britischen"),
    not an adverb the tagger calls an adjective ("mehrfach", "zuletzt")."""
    if ctx.ph.is_det(t, True) or t.like_num:
        return True
    return t.pos_ == "ADJ" and t.lower_.endswith(ctx.w.adjective_endings)


def _passive_participle(ctx: DocContext, verb: Token, start: int) -> bool:
    """Is ``verb`` a participle after a passive auxiliary of its clause the parse attached
    elsewhere ("Kachelmann wurden nicht nur ein „…“ attestiert")?"""
    return _passive_auxiliary(ctx, verb, start) is not None


def _passive_auxiliary(ctx: DocContext, verb: Token, start: int) -> int | None:
    """The passive auxiliary of participle ``verb`` before it in its clause (from ``start``),
    outside quotation marks; None for any other verb."""
    if not labels.is_participle(verb):
        return None
    for i in range(verb.i - 1, start - 1, -1):
        t = ctx.doc[i]
        if t.text == ",":
            return None
        if t.lower_ in ctx.w.passive_auxiliaries and ctx.inside[i] < 0:
            return i
    return None


def _passive_person(ctx: DocContext, q: Quote) -> bool:
    """Is the mention the person before the auxiliary of a passive speech verb ("Huber
    wurden „unwahre Aussagen“ attestiert", "Dem Trainer wird vorgeworfen"): a dative or
    what is said, no speaker -- but the one a citing verb quotes ("X wurde zitiert"), an
    agent ("Vom Ministerium wurde betont") and a source in a phrase ("In dem Bericht wurde
    festgestellt") speak."""
    t = _cue_verb(ctx, q) if q.cue and q.cue_lemma not in ctx.w.citing_lemmas else None
    aux = _passive_auxiliary(ctx, t, ctx.units[q.unit].start) if t is not None else None
    a = q.speaker[0]
    if aux is None or a > aux:
        return False
    before = ctx.doc[a - 1].lower_ if a > 0 else ""
    return before not in ctx.w.prepositions and ctx.doc[a].lower_ not in ctx.w.prepositions


#: words of a genitive attribute after a cue pattern's source noun up to the finite verb
#: ("Nach einem Bericht der „Süddeutschen Zeitung“ will …")
SOURCE_GENITIVE_REACH = 8


def source_genitive(ctx: DocContext, q: Quote) -> None:
    """A cue pattern's source noun whose genitive attribute opens what is said ("Nach einem
    Bericht der BBC seien …", "Nach einer Stellungnahme des Ministeriums hat …"): the
    attribute up to the finite verb names the source and joins the speaker mention; what is
    said starts at the verb (and is no mixed quote for a name in quotation marks)."""
    if q.speaker is None or not q.parts or PATTERN_MARK not in q.rule or not ctx.pos:
        return
    a, b = q.speaker
    doc, u = ctx.doc, ctx.units[q.unit]
    if q.parts[0][0] != b or b >= u.end or doc[b].lower_ not in ctx.w.genitive_determiners:
        return
    if not any(x <= a and b <= y for x, y in q.cue):
        return
    verb = next(
        (
            k
            for k in range(b + 1, min(u.end, b + 1 + SOURCE_GENITIVE_REACH))
            if doc[k].text == "," or doc[k].pos_ in ("VERB", "AUX")
        ),
        None,
    )
    if verb is None or doc[verb].text == "," or not labels.morph_has(doc[verb], "VerbForm=Fin"):
        return
    y = q.parts[0][1]
    if verb >= y:
        return
    q.speaker = (a, verb)
    q.parts = [(verb, y), *q.parts[1:]]
    if q.kind == "mixed" and all(ctx.inside[k] < 0 for c, d in q.parts for k in range(c, d)):
        q.kind = "indirect"


def _names_person(ctx: DocContext, t: Token) -> bool:
    """Is the last word of a mention a role ("EU-Abgeordnete") or a person noun ("die
    Anwälte") -- the test of a subject found past what the parse saw?"""
    return _role_word(ctx, t) or _person_noun(ctx, t)


def _role_word(ctx: DocContext, t: Token) -> bool:
    """A capitalised word the role lexicon knows as a role ("EU-Abgeordnete"), whatever the
    tagger says."""
    m = ctx.kit.roles.lookup(t.text) if t.text[:1].isupper() else None
    return m is not None and m.kind == "role"
