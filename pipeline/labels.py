"""The ONE mapping of dependency labels to roles, for both label schemes newsx meets.

``de_core_news_*`` parse with TIGER labels (``sb``, ``oc``, ``svp`` …), the shipped
``models/de_newsx`` with Universal Dependencies labels (``nsubj``, ``ccomp``,
``compound:prt`` …). Rules never compare raw labels: they ask for a *role*::

    >>> from pipeline.labels import role_of, ROLES
    >>> sorted(ROLES["particle"])
    ['compound:prt', 'svp']

Structural differences the rules must know about (documented here, handled in the rules):

- Perfect/passive: UD attaches subject and auxiliary to the participle (``aux`` child);
  TIGER makes the finite auxiliary the head and the participle its ``oc`` child, the
  subject hangs on the auxiliary. :func:`clause_subject` hides that difference.
- Prepositional phrases: UD heads them by the noun (``case`` child); TIGER by the
  preposition (``nk`` child). :func:`pp_object` returns the noun in both schemes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

#: role -> labels (lower case) in either scheme. A label may belong to several roles.
ROLES: dict[str, frozenset[str]] = {
    "subject": frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "sb"}),
    "passive_subject": frozenset({"nsubj:pass", "csubj:pass"}),
    "agent": frozenset({"obl:agent", "sbp"}),
    "clausal_object": frozenset({"ccomp", "xcomp", "oc"}),
    "particle": frozenset({"compound:prt", "svp"}),
    "object": frozenset({"obj", "iobj", "oa", "oa2", "da", "og"}),
    "modifier": frozenset({"obl", "obl:arg", "obl:tmod", "advmod", "advcl", "mo", "mnr", "op"}),
    "parataxis": frozenset({"parataxis", "par"}),
    "auxiliary": frozenset({"aux", "aux:pass", "cop"}),
    "marker": frozenset({"mark", "cp"}),
    "conjunct": frozenset({"conj", "cj"}),
    "coordinator": frozenset({"cc", "cd"}),
    "apposition": frozenset({"appos", "app"}),
    "noun_modifier": frozenset(
        {"nmod", "nmod:poss", "ag", "pg", "nk", "amod", "flat", "flat:name", "pnc", "compound"}
    ),
    "relative_clause": frozenset({"acl:relcl", "acl", "rc"}),
    "case": frozenset({"case", "ac"}),
    "determiner": frozenset({"det", "det:poss"}),
    "predicative": frozenset({"pd"}),
    "punct": frozenset({"punct"}),
    "root": frozenset({"root"}),
    # issue 17: roles for newsx_mood's subject search (pipeline/components/mood.py)
    "nominal_subject": frozenset({"nsubj", "nsubj:pass", "sb", "expl", "ep"}),
    "verb_group": frozenset({"aux", "aux:pass", "cop", "oc"}),
    "adverbial_clause": frozenset({"advcl"}),
}

#: label -> roles, built once from :data:`ROLES`.
_BY_LABEL: dict[str, frozenset[str]] = {}
for _role, _labels in ROLES.items():
    for _label in _labels:
        _BY_LABEL[_label] = _BY_LABEL.get(_label, frozenset()) | {_role}

_TIGER_ONLY = frozenset({"sb", "oc", "svp", "mo", "nk", "oa", "da", "cp", "cj", "rc", "sbp", "pd"})
_UD_ONLY = frozenset(
    {"nsubj", "ccomp", "compound:prt", "obl", "obj", "mark", "conj", "advcl", "det"}
)

#: Lemmas of verbs that carry a participle or infinitive (perfect, passive, modal, future).
AUXILIARY_LEMMAS = frozenset(
    {"haben", "sein", "werden", "können", "müssen", "sollen", "wollen", "dürfen", "mögen"}
)
AUXILIARY_FORMS = frozenset(
    [
        "hat",
        "habe",
        "haben",
        "hatte",
        "hatten",
        "hätte",
        "hätten",
        "ist",
        "sind",
        "sei",
        "seien",
        "war",
        "waren",
        "wäre",
        "wären",
        "wird",
        "werden",
        "werde",
        "wurde",
        "wurden",
        "würde",
        "würden",
        "kann",
        "können",
        "könne",
        "konnte",
        "konnten",
        "könnte",
        "könnten",
        "muss",
        "müssen",
        "müsse",
        "musste",
        "mussten",
        "müsste",
        "soll",
        "sollen",
        "solle",
        "sollte",
        "sollten",
        "will",
        "wollen",
        "wolle",
        "wollte",
        "wollten",
        "darf",
        "dürfen",
        "dürfe",
        "durfte",
    ]
)


#: label string id -> its roles (filled on first sight: ``dep_.lower()`` once per label)
_BY_LABEL_ID: dict[int, frozenset[str]] = {}


def roles_of(token: Token) -> frozenset[str]:
    """All roles of ``token``'s dependency label (empty when unparsed or unknown)."""
    roles = _BY_LABEL_ID.get(token.dep)
    if roles is None:
        roles = _BY_LABEL_ID[token.dep] = _BY_LABEL.get(token.dep_.lower(), frozenset())
    return roles


def role_of(token: Token) -> str | None:
    """The most specific role of ``token`` (a stable choice when a label has several)."""
    roles = roles_of(token)
    if not roles:
        return None
    for preferred in ("passive_subject", "agent", "subject", "particle", "clausal_object"):
        if preferred in roles:
            return preferred
    return min(roles)


#: distinct (morphology id, field) keys :func:`morph_values` keeps
MORPH_MEMO_SIZE = 100_000
#: (morphology id, field) -> the field's values (``MorphAnalysis.get`` parses the string)
_MORPH_VALUES: dict[tuple[int, str], list[str]] = {}
#: (morphology id, "Name=Value") -> is it an item of the morphology string
_MORPH_HAS: dict[tuple[int, str], bool] = {}


def morph_values(token: Token, name: str) -> list[str]:
    """``token.morph.get(name)`` (a new list), read once per distinct morphology and field:
    ``MorphAnalysis.get`` splits the feature string on every call, ten times a dict look-up."""
    morph = token.morph
    key = (morph.key, name)
    found = _MORPH_VALUES.get(key)
    if found is None:
        if len(_MORPH_VALUES) > MORPH_MEMO_SIZE:  # a bound for long runs over big archives
            _MORPH_VALUES.clear()
        found = _MORPH_VALUES[key] = morph.get(name)
    return list(found)


def morph_has(token: Token, feature: str) -> bool:
    """Is ``feature`` ("Name=Value") one of the items of ``token``'s morphology string (a
    field with several values, "Case=Acc,Nom", holds neither), remembered per morphology?"""
    morph = token.morph
    key = (morph.key, feature)
    found = _MORPH_HAS.get(key)
    if found is None:
        if len(_MORPH_HAS) > MORPH_MEMO_SIZE:
            _MORPH_HAS.clear()
        found = _MORPH_HAS[key] = feature in str(morph).split("|")
    return found


#: the morphology of an article (UD and TIGER models both give it)
ARTICLE_FEATURE = "PronType=Art"
#: the genitive value of the morphology's ``Case`` field
GENITIVE = "Gen"
#: the morphology of a finite verb form
FINITE_FEATURE = "VerbForm=Fin"


#: the morphology of a participle ("gemeldet", "gefordert")
PARTICIPLE_FEATURE = "VerbForm=Part"


def is_participle(token: Token) -> bool:
    """A participle, by its morphology (UD and TIGER models both give it)."""
    return morph_has(token, PARTICIPLE_FEATURE)


def is_article(token: Token) -> bool:
    """An article ("der", "eine"), not a relative or demonstrative pronoun of the same form
    ("PronType=Dem,Rel" holds neither)."""
    return morph_has(token, ARTICLE_FEATURE)


#: the ``PronType`` value of a relative pronoun (alone or in "Dem,Rel")
RELATIVE = "Rel"


def is_relative_pronoun(token: Token) -> bool:
    """A relative pronoun ("die" of "Maria Huber, die erklärte"), by its morphology
    (``PronType=Rel`` or ``Dem,Rel``; UD and TIGER models both give it)."""
    return RELATIVE in morph_values(token, "PronType")


def has_role(token: Token, *roles: str) -> bool:
    """True when ``token`` plays one of ``roles``.

    >>> has_role(tok, "subject")  # doctest: +SKIP  (nsubj in UD, sb in TIGER)
    """
    mine = roles_of(token)
    if len(roles) == 1:
        return roles[0] in mine
    return any(r in mine for r in roles)


@dataclass
class _ChildMemo:
    """The Doc whose :func:`children_with`, :func:`verb_chain` and :func:`is_passive` answers
    are kept, and the answers."""

    doc: Doc
    found: dict[tuple[int, tuple[str, ...]], list[Token]] = field(default_factory=dict)
    chains: dict[int, list[Token]] = field(default_factory=dict)  # token -> its verb chain
    kids: dict[int, list[Token]] = field(default_factory=dict)  # token -> its children
    passive: dict[int, bool] = field(default_factory=dict)  # token -> is_passive


#: The memo of the innermost :func:`memoised_children` block of this thread/task, or None.
_MEMO: ContextVar[_ChildMemo | None] = ContextVar("newsx_child_memo", default=None)

#: (label string id, roles) -> does the label play one of the roles
_ID_PLAYS: dict[tuple[int, tuple[str, ...]], bool] = {}


def _id_plays(doc: Doc, dep: int, roles: tuple[str, ...]) -> bool:
    key = (dep, roles)
    plays = _ID_PLAYS.get(key)
    if plays is None:
        mine = _BY_LABEL_ID.get(dep)
        if mine is None:
            mine = _BY_LABEL_ID[dep] = _BY_LABEL.get(doc.vocab.strings[dep].lower(), frozenset())
        plays = _ID_PLAYS[key] = any(r in mine for r in roles)
    return plays


def _memo_of(doc: Doc) -> _ChildMemo | None:
    memo = _MEMO.get()
    return memo if memo is not None and memo.doc is doc else None


@contextmanager
def memoised_children(doc: Doc) -> Iterator[None]:
    """Within the block, :func:`children_with` asks spaCy once per token and roles of
    ``doc`` (the parse must not change inside the block)."""
    reset = _MEMO.set(_ChildMemo(doc))
    try:
        yield
    finally:
        _MEMO.reset(reset)


def children_with(token: Token, *roles: str) -> Iterator[Token]:
    """Children of ``token`` playing one of ``roles``, in document order."""
    memo = _memo_of(token.doc)
    if memo is None:
        return (c for c in token.children if has_role(c, *roles))
    key = (token.i, roles)
    found = memo.found.get(key)
    if found is None:
        kids = memo.kids.get(token.i)
        if kids is None:  # one walk over the children per token, whatever the roles
            kids = memo.kids[token.i] = list(token.children)
        doc = memo.doc
        found = memo.found[key] = [c for c in kids if _id_plays(doc, c.dep, roles)]
    return iter(found)


def scheme(doc: Doc) -> str | None:
    """``"ud"``, ``"tiger"`` or ``None`` (no parse) -- for diagnostics, not for rules."""
    if not doc.has_annotation("DEP"):
        return None
    labels = {t.dep_.lower() for t in doc}
    if labels & _UD_ONLY:
        return "ud"
    if labels & _TIGER_ONLY:
        return "tiger"
    return None


def is_parsed(doc: Doc) -> bool:
    """True when ``doc`` has a dependency parse."""
    return doc.has_annotation("DEP")


def is_auxiliary(token: Token) -> bool:
    """Perfect/passive/modal auxiliary, by POS, lemma or form."""
    if token.pos_ == "AUX":
        return True
    lemma = token.lemma_.lower()
    return lemma in AUXILIARY_LEMMAS or (not lemma and token.lower_ in AUXILIARY_FORMS)


def verb_chain(verb: Token) -> list[Token]:
    """The verb and the auxiliaries governing or depending on it (both schemes).

    UD: ``gesagt`` has ``aux`` children (``hat``). TIGER: ``hat`` is the head and
    ``gesagt`` its ``oc`` child, so we climb through ``clausal_object`` links of auxiliaries.
    """
    return list(_memoised(verb, "chains", _verb_chain))


def _memoised(token: Token, table: str, compute: Callable[[Token], Any]) -> Any:
    """``compute(token)``, remembered in the memo's ``table`` while inside
    :func:`memoised_children` (once per token), computed afresh outside it."""
    memo = _memo_of(token.doc)
    if memo is None:
        return compute(token)
    known = getattr(memo, table)
    value = known.get(token.i)
    if value is None:
        value = known[token.i] = compute(token)
    return value


def _verb_chain(verb: Token) -> list[Token]:
    chain = [verb]
    chain.extend(children_with(verb, "auxiliary"))
    cur = verb
    while has_role(cur, "clausal_object") and cur.head.i != cur.i and is_auxiliary(cur.head):
        cur = cur.head
        chain.append(cur)
    return chain


def clause_subject(verb: Token) -> Token | None:
    """The subject of the clause headed by ``verb`` (through auxiliaries in TIGER, and from
    the first conjunct for coordinated verbs: "X dankte … und ergänzte, …")."""
    for v in verb_chain(verb):
        for child in children_with(v, "subject"):
            if not has_role(child, "agent"):
                return child
    first = coordination_head(verb)  # over a TIGER coordinator (``cd``) to the first conjunct
    if first is not None and first.pos_ in ("VERB", "AUX", ""):
        return clause_subject(first)
    return None


def is_passive(verb: Token) -> bool:
    """``wurde … mitgeteilt``: a participle with a form of ``werden`` in its verb chain."""
    return _memoised(verb, "passive", _is_passive)


#: forms of ``werden`` that mark a passive in a verb chain (besides the lemma)
_WERDEN_FORMS = frozenset({"wird", "wurde", "wurden", "werden", "worden", "werde"})
#: label string id -> is it ``aux:pass`` or ``nsubj:pass`` (any case)
_PASSIVE_LABEL_IDS: dict[int, bool] = {}


def _is_passive(verb: Token) -> bool:
    # the cheap string tests first; the morphology only when they fail (same answer)
    part = (
        verb.tag_ == "VVPP"
        or verb.lower_.startswith("ge")
        or "Part" in morph_values(verb, "VerbForm")
    )
    if not part:
        return False
    return any(
        t.lemma_ == "werden" or t.lower_ in _WERDEN_FORMS for t in verb_chain(verb)[1:]
    ) or any(_passive_label(c) for c in verb.children)


def _passive_label(token: Token) -> bool:
    dep = token.dep
    found = _PASSIVE_LABEL_IDS.get(dep)
    if found is None:
        found = _PASSIVE_LABEL_IDS[dep] = token.dep_.lower() in ("aux:pass", "nsubj:pass")
    return found


def clause_agent(verb: Token) -> Token | None:
    """The ``von``-agent of a passive clause (``obl:agent`` in UD, ``sbp`` in TIGER)."""
    for v in verb_chain(verb):
        for child in children_with(v, "agent"):
            return pp_object(child)
    return None


def pp_object(token: Token) -> Token:
    """The noun of a prepositional phrase: the token itself in UD, the ``nk`` noun in TIGER."""
    if token.pos_ == "ADP" or token.tag_ in ("APPR", "APPRART", "APPO", "APZR"):
        nouns = [c for c in token.children if c.pos_ in ("NOUN", "PROPN", "PRON") or c.dep_ == "nk"]
        nouns = [c for c in nouns if c.pos_ in ("NOUN", "PROPN", "PRON")] or nouns
        if nouns:
            return nouns[-1]
    return token


# ----------------------------------------------------------------- quote engine roles
# Roles the quote engine (pipeline/quotes) asks for besides :data:`ROLES`; kept in their own
# block (and out of ``role_of``'s table) so that other additions to this module merge cleanly.
QUOTE_ROLES: dict[str, frozenset[str]] = {
    # "nennt man …", "heißt es …": the impersonal subject (UD expl, TIGER ep)
    "expletive": frozenset({"expl", "expl:pv", "ep"}),
    # a further word of a multi-word name ("Wladimir Putin": UD flat, TIGER pnc)
    "name_part": frozenset({"flat", "flat:name", "pnc"}),
    # a verb's object, prepositional argument or clausal complement (the quoted fragment of
    # "warnte vor den „…“", "nannte dies einen „…“"); not obl:arg/obl:tmod, not adverbs
    "complement": frozenset({"obj", "iobj", "obl", "xcomp", "ccomp", "oa", "da", "og", "oc", "op"}),
}


def has_quote_role(token: Token, *roles: str) -> bool:
    """:func:`has_role` over :data:`ROLES` and :data:`QUOTE_ROLES`.

    >>> has_quote_role(tok, "subject", "expletive")  # doctest: +SKIP  ("man" in "nennt man")
    """
    key = (token.dep, roles)
    found = _QUOTE_ROLE_IDS.get(key)
    if found is None:
        label = token.dep_.lower()
        found = _QUOTE_ROLE_IDS[key] = any(
            label in ROLES.get(r, QUOTE_ROLES.get(r, frozenset())) for r in roles
        )
    return found


#: (label string id, roles) -> :func:`has_quote_role`'s answer (a label is lower-cased once)
_QUOTE_ROLE_IDS: dict[tuple[int, tuple[str, ...]], bool] = {}


# ---------------------------------------------------------------------------------------------
# TIGER structure helpers (issue 17). Trees of both schemes, one answer: PP heads, copula,
# coordination. See pipeline/training/tiger.py for how the two tree shapes differ.
# ---------------------------------------------------------------------------------------------

ADPOSITION_TAGS = frozenset({"APPR", "APPRART", "APPO", "APZR"})
#: STTS tags of closed-class words, never verbs: pronouns, determiners, adpositions,
#: conjunctions (open classes -- nouns, adjectives, adverbs -- are left out: the tagger gives
#: real verbs those too, "das hänge vom Ressort ab" as a noun)
#: STTS tags of articles and conjunctions, and of w-words that stand for a noun or article
ARTICLE_CONJUNCTION_TAGS = frozenset({"ART", "KON", "KOUS", "KOUI"})
W_NOMINAL_TAGS = frozenset({"PWS", "PWAT"})
CLOSED_CLASS_TAGS = (
    ADPOSITION_TAGS
    | ARTICLE_CONJUNCTION_TAGS
    | W_NOMINAL_TAGS
    | frozenset({"PPER", "PPOSAT", "PPOSS", "PIS", "PIAT", "PDS", "PDAT", "PRELS", "PRELAT"})
)


POSSESSIVE_FEATURE = "Poss=Yes"


def is_possessive(token: Token) -> bool:
    """A possessive determiner or pronoun by the morphology ("Seine Botschaft")."""
    return morph_has(token, POSSESSIVE_FEATURE)


#: STTS tags of pronominal adverbs ("dazu", "darüber"; spaCy's German packages say PROAV)
PRONOMINAL_ADVERB_TAGS = frozenset({"PAV", "PROAV"})


def is_pronominal_adverb(token: Token) -> bool:
    """ "dazu", "hierzu", "darüber" by the tagger's fine tag."""
    return token.tag_ in PRONOMINAL_ADVERB_TAGS


def is_closed_class(token: Token) -> bool:
    """The tagger's fine tag says a pronoun, determiner, adposition or conjunction."""
    return token.tag_ in CLOSED_CLASS_TAGS


def is_adposition(token: Token) -> bool:
    """A preposition or postposition (by POS or STTS tag)."""
    return token.pos_ == "ADP" or token.tag_ in ADPOSITION_TAGS


def adposition_of(token: Token) -> Token | None:
    """The adposition that governs ``token``'s phrase, in either scheme, else ``None``.

    UD: ``Worten`` has a ``case`` child ``nach``. TIGER: ``nach`` heads the phrase and
    ``Worten`` is its ``nk`` child (``nach den Worten`` -> ``nach`` for ``Worten``).
    """
    for child in token.children:
        if has_role(child, "case") and is_adposition(child):
            return child
    head = token.head
    if head.i != token.i and is_adposition(head) and token.dep_.lower() == "nk":
        return head
    return None


def in_prepositional_phrase(token: Token) -> bool:
    """``token`` is an adposition heading a phrase, or a noun governed by one (both schemes)."""
    if is_adposition(token) and any(c.dep_.lower() == "nk" for c in token.children):
        return True
    return adposition_of(token) is not None


def phrase_head(token: Token) -> Token:
    """The token that carries the relation of ``token``'s phrase to the clause: the
    adposition in TIGER when ``token`` is the noun of a PP, else ``token`` itself. Read the
    role of a PP from here: ``role_of(phrase_head(noun))`` is ``modifier`` in both schemes."""
    adp = adposition_of(token)
    if adp is not None and adp.i == token.head.i:
        return adp
    return token


def coordination_head(token: Token) -> Token | None:
    """The conjunct ``token`` is coordinated with, else ``None``.

    UD hangs every conjunct on the first (``conj``); TIGER chains them and puts the
    coordinator in between (``A`` <- cd ``und`` <- cj ``B``): the coordinator is skipped.
    """
    if not has_role(token, "conjunct") or token.head.i == token.i:
        return None
    head = token.head
    while has_role(head, "coordinator") and head.head.i != head.i:
        head = head.head
    return head


def predicative(verb: Token) -> Token | None:
    """The predicate of a copula clause: ``groß`` in ``Die Lage ist groß`` (``pd`` child of
    the copula in TIGER; in UD the predicate is the copula's head)."""
    for child in children_with(verb, "predicative"):
        return child
    if verb.dep_.lower() == "cop" and verb.head.i != verb.i:
        return verb.head
    return None


def lexical_verb(verb: Token) -> Token:
    """The main verb of ``verb``'s chain: ``gesagt`` for ``hat`` in ``hat … gesagt``.

    UD: the participle heads the clause, so it is ``verb`` itself (or its head when ``verb``
    is an ``aux``). TIGER: follow ``oc`` children that are verbs down from the auxiliary.
    """
    if has_role(verb, "auxiliary") and verb.head.i != verb.i:
        return verb.head
    cur = verb
    while is_auxiliary(cur):
        below = [c for c in cur.children if c.dep_.lower() == "oc" and c.pos_ in ("VERB", "AUX")]
        if not below:
            break
        cur = below[0]
    return cur


def is_verb_object(token: Token) -> bool:
    """``token`` is an object, a modifier or a clausal complement of its verb (either
    scheme); the role test behind "a quoted fragment as the verb's object"."""
    return has_role(token, "object", "modifier", "clausal_object", "predicative")


def is_passive_subject(token: Token) -> bool:
    """The subject of a passive clause: ``nsubj:pass`` in UD; TIGER has one subject label
    (``sb``) for both voices, so there it is a subject whose verb chain is passive
    (``Die Angriffe wurden gemeldet``: ``Angriffe`` sb of ``wurden`` > oc ``gemeldet``)."""
    if has_role(token, "passive_subject"):
        return True
    if not has_role(token, "subject") or token.head.i == token.i:
        return False
    return is_passive(lexical_verb(token.head))


#: STTS tags that never open a subheading that ends in a noun: a phrase that opens with an
#: article, a preposition, a conjunction or a w-word is part of a sentence ("Unter dem Titel
#: Der Hexer …", "Wo in Österreich Die Tagespresse …", "Die Seite Hot or Not …")
NO_HEADING_START_TAGS = ADPOSITION_TAGS | ARTICLE_CONJUNCTION_TAGS | W_NOMINAL_TAGS | {"PWAV"}


def may_open_heading(token: Token) -> bool:
    """May ``token`` be the first word of a subheading ("Automatische Obergrenze",
    "Kein Verständnis für Kritik", "Auch im Krankenstand")? Needs a tagger."""
    return bool(token.tag_) and token.tag_ not in NO_HEADING_START_TAGS


def is_verbal(token: Token) -> bool:
    """A verb or auxiliary by the coarse POS."""
    return token.pos_ in ("VERB", "AUX")


def is_nominal(token: Token) -> bool:
    """A noun or proper noun by the coarse POS."""
    return token.pos_ in ("NOUN", "PROPN")


#: STTS tags of infinitives, with and without "zu" (see :func:`is_infinitive`)
INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVIZU"})


def is_infinitive(token: Token) -> bool:
    """An infinitive ("senken", "auszubauen", "werden" in "autofrei werden solle"): by its
    STTS tag where the tagger gives one (the morphology calls that "werden" finite and the
    adjective of "zu langsam" an infinitive), else by ``VerbForm=Inf``."""
    if token.tag_:
        return token.tag_ in INFINITIVE_TAGS
    return "Inf" in morph_values(token, "VerbForm")


def in_dative_or_genitive(token: Token) -> bool:
    """Does the token's morphology give it the dative or genitive case (an addressee or an
    attribute, never the subject)?"""
    return bool({"Dat", GENITIVE} & set(morph_values(token, "Case")))


def opens_relative_clause(token: Token) -> bool:
    """A pronoun the tagger took for an article ("der" of "Herbert Kickl, der betonte" tagged
    ``PronType=Art``): a bare determiner word (no noun under it) that is the subject and the
    first word of a relative clause (``acl``/``acl:relcl`` in UD, ``rc`` in TIGER) right after
    a comma."""
    head = token.head
    if token.pos_ not in ("DET", "PRON") or any(True for _ in token.children):
        return False
    if not has_role(token, "subject") or not has_role(head, "relative_clause"):
        return False
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "," and head.left_edge.i >= token.i - 1


#: dashes that set off a dateline, a headline's speaker or an apposition ("Wien – ",
#: "– Tsipras:"); one set for quotes, speakers and entities
DASHES = frozenset({"–", "—", "-"})


#: entity labels of persons (spaCy's German and our models: PER; others: PERSON or PERS);
#: one set for quotes and speakers
PERSON_ENTITY_LABELS = frozenset({"PER", "PERSON", "PERS"})


def has_passive_auxiliary(verb: Token) -> bool:
    """A passive auxiliary depends on ``verb`` (UD ``aux:pass``): "wird … vorgeworfen" even
    when the tagger calls the participle of a split verb an infinitive."""
    return any(_passive_label(c) for c in verb.children)
