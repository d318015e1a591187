"""Step 5 of the engine: continuations -- a sentence in the reported-speech mood right after
a quote goes on with that quote's speaker ("„…“, sagte X. Die Lage *sei* ernst.").

A Konjunktiv I sentence with no quote right before it is reported speech too (an *orphan*):
it takes a speaker named in it ("so Obama"), its own subject, or the subject of the sentence
before when that names someone who speaks; after a subject that names nobody who speaks it
stays, with no speaker (a wrong name is worse than none). Konjunktiv sentences with no quote
between an orphan and the indicative sentence before are what is said, so their subject is
no speaker ("Sie wäre eine gute Kandidatin. Als Kandidatin versuche sie …": not "sie").

A speech act told without its words ("Für Griss fand Abwerzger lobende *Worte*.") is
followed by those words: a Konjunktiv II sentence right after it is reported speech too, and
the sentences after the first go on with its subject as surely as after a framed statement.
A statement whose source names no one ("Dem Vernehmen nach …") passes on no speaker.

>>> continuations(ctx)   # appends continuation quotes to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, count

from spacy import symbols
from spacy.tokens import Token

from .. import labels
from .act_speakers import act_speaker
from .context import DocContext, Quote, Span
from .mentions import (
    NOUN_IDS,
    PERSON_LABELS,
    holder_speaker,
    is_medium,
    no_subject,
    parse_speaker,
    person_subject,
    so_speaker,
    someone,
    speakerish,
    subject_of,
)
from .neighbour_speakers import neighbour_speakers
from .phrases import CLAUSE_BREAK
from .standalone_speakers import STANDALONE
from .units import Unit
from .words import word_ids

#: Konjunktiv I sentences with no quote right before them: reported speech, but the speaker
#: is often wrong (about 1 in 4 right on the Wikinews training set), so below the default
#: ``min_rule_confidence`` of 0.5 -- set ``min_rule_confidence`` to 0.4 to get them.
ORPHAN_CONFIDENCE = 0.45
#: an orphan after a sentence whose subject names nobody who speaks: reported speech all the
#: same (most are gold quotes on the training set), kept with no speaker -- a guessed speaker
#: (that subject, or the speaker of a quote some sentences back) was right for 2 of 30
UNATTRIBUTED_ORPHAN_CONFIDENCE = 0.5
CLOSING_MARKS = ("“", '"', "«", "»")
QUESTION_MARK = "?"
VERB_POS = frozenset({symbols.VERB, symbols.AUX})  # part-of-speech ids of VERB and AUX
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: part-of-speech ids of the words an attributive adjective stands before
ATTRIBUTED_POS = frozenset({symbols.ADJ, symbols.NOUN, symbols.PROPN})
ARTICLE_POS = frozenset({symbols.DET, symbols.PRON})  # part-of-speech ids of DET and PRON
#: the mood :func:`_continue` gets for a sentence whose main verb is a present-tense
#: "sollen" ("Auch *soll* die Kommission die Zahlen prüfen"): the plan of the statement before
MODAL_MOOD = -1
#: a sentence whose main verb is a singular "würde" with an infinitive right after a
#: statement (:func:`_reported_future`): as sure as a Konjunktiv I continuation, less
REPORTED_FUTURE_CONFIDENCE = 0.6
FUTURE, PERFECT = "future", "perfect"  # rule pieces of those compounds
VERB_RULE = "verb:"  # the rule id prefix of a speech-verb frame
ACROSS_GAP = "gap"  # an orphan's speaker source: the statement two sentences back
DESCRIPTION = "description"  # an orphan's speaker source: a speech act told without its words
#: orphans whose speaker a continuation takes on as surely as a framed statement's: one across
#: a gap, one after a speech act told without its words
SURE_ORPHANS = (ACROSS_GAP, DESCRIPTION)
MAX_GAP = 2  # how many sentences of the writer's an orphan looks back over to a statement
MAX_BACK = 3  # how many Konjunktiv sentences with no quote an orphan looks back over


@dataclass
class Chain:
    """What the previous units said: the quote a continuation would go on from."""

    by_unit: dict[int, list[Quote]]
    ent_start: dict[int, str] | None  # entity start -> label; None: not read yet
    prev_q: Quote | None = None
    prev_ui: int = -10
    gap_q: Quote | None = None  # the chain head before the one sentence that ended the chain
    gap_ui: int = -10  # that sentence
    moods: list[int] | None = None  # each unit's mood outside quotation marks (0, 1 or 2)
    rows: set[int] = field(default_factory=set)  # the units this step gave a kept row


def continuations(ctx: DocContext) -> None:
    """Append continuation quotes to ``ctx.quotes``."""
    doc = ctx.doc
    by_unit: dict[int, list[Quote]] = {}
    for q in ctx.quotes:
        by_unit.setdefault(q.unit, []).append(q)
    ch = Chain(by_unit, None)
    # the moods of the tokens outside quotation marks (0 inside; moods are 0, 1 or 2)
    outside = [0] * len(ctx.moods)
    for k in compress(count(), ctx.moods):  # the few tokens with a mood
        if ctx.inside[k] < 0 and not _no_verb(ctx, k) and not _idiomatic(ctx, k):
            outside[k] = ctx.moods[k]
    ch.moods = [max(outside[u.start : u.end], default=0) for u in ctx.units]
    for ui, u in enumerate(ctx.units):
        mood = ch.moods[ui]
        if ui in by_unit and _unit_has_quote(ctx, ch, ui, u, mood):
            continue
        prev = ch.prev_q
        after = prev is not None and ch.prev_ui == ui - 1 and prev.speaker is not None
        if mood == 0 and after and ctx.units[ui - 1].paragraph == u.paragraph:
            mood = _guessed_mood(ctx, ch, ui, u)
        modal = (
            mood == 0
            and after
            and ctx.units[ch.prev_ui].paragraph == u.paragraph
            and _present_modal(ctx, u)
            and _prospective(ctx, prev)
        )
        chain = (mood > 0 or modal) and after
        if not chain and _speech_or_fragment(ctx, ch, ui, u):
            continue
        if (
            (mood == 2 or mood == 1 and _orphan_mood_two(ctx, ch, ui, u))
            and not chain
            and ctx.kit.settings.get("orphans", True)
            and u.content_end(doc) < u.end
        ):
            _orphan(ctx, ch, ui, u, mood == 2 and _hearsay_only(ctx, u, outside))
            continue
        if not chain or not _goes_on(ctx, ch, ui, u):
            _break(ch, ui)
            continue
        _continue(ctx, ch, ui, u, MODAL_MOOD if modal else mood)
    # "Bis Ende Jänner werde man … . Aber dann …, so Ulamec.", "Weiter hieß es: …"
    neighbour_speakers(ctx)


def _guessed_mood(ctx: DocContext, ch: Chain, ui: int, u: Unit) -> int:
    """The mood of unit ``ui`` right after a statement when the tagger found none: a
    verb-second ``-e`` form after the subject that opens it (after a coordinator: "Denn
    Deutschland *propagiere* die Rente mit 67", "Die Firma *verzeichne* ein Plus"; the
    grammar's ``guessed_verb``), which the tagger took for an adjective or a noun. The 3rd
    person singular present indicative ends in ``-t``: an ``-e`` there is the Konjunktiv I;
    a word the tagger reads as an indicative verb is one ("wurde", "Ich glaube")."""
    doc = ctx.doc
    n = u.start + (u.start + 1 < u.end and doc[u.start].pos == symbols.CCONJ)
    k = ctx.g.guessed_verb(doc, n, u.content_end(doc))
    if k is None or ctx.inside[k] >= 0 or "Ind" in labels.morph_values(doc[k], "Mood"):
        return 0  # a verb the tagger read as indicative is one ("Das Werk *wurde* …")
    if doc[k].pos == symbols.ADJ and k + 1 < u.end and doc[k + 1].pos in ATTRIBUTED_POS:
        return 0  # an adjective before its noun ("Darunter *zahlreiche* kirchliche Vereine")
    ctx.moods[k] = ch.moods[ui] = 2
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
    if t.pos in NOUN_IDS and t.text[:1].isupper() and k > u.start and not t.nbor(-1).is_punct:
        return True
    listed = getattr(ctx.g, "konj1", ()), getattr(ctx.g, "konj2", ())
    if any(t.lower_ in forms for forms in listed):
        return False
    if labels.has_role(t, "auxiliary") or any(map(_governs, t.children)):
        return False
    # a verb second before its subject is a verb whatever the parse says ("Mit den Inseraten
    # *verunsichere* die Kammer die Patienten"); an adjective stands before its noun
    return k + 1 >= u.end or ctx.doc[k + 1].pos not in ARTICLE_POS


def _idiomatic(ctx: DocContext, k: int) -> bool:
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
    a = k
    while a > u.start and doc[a - 1].text not in CLAUSE_BREAK:
        a -= 1
    lead = [doc[j].lower_ for j in range(a, min(a + 2, k))]
    if lead and lead[0] in w.comparison_leads and (k == a + 1 or lead[1] in w.comparison_particles):
        return True
    if k == u.start:
        return True  # verb first: a concession, a wish or a condition ("*Sei* das nun …")
    if k == a and _offers_alternatives(ctx, k, u):
        return True  # "…– *sei* es zur Arbeit oder wegen der Familie": a concession
    return any(_in_phrase(ctx, k, u, idiom.split()) for idiom in w.konjunktiv_idioms)


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


def _hearsay_only(ctx: DocContext, u: Unit, outside: list[int]) -> bool:
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


def _present_modal(ctx: DocContext, u: Unit) -> bool:
    """Is the main verb of the unit a hearsay modal in the present tense ("Auch *sollen*
    die Grenzen besser kontrolliert werden")? Right after a statement it goes on with it; a
    question ("Was soll da noch geprüft werden?") does not, nor a modal at the end of its
    clause ("Wer den Auftrag gegeben haben *soll*, sagte niemand": a subordinate clause)."""
    doc = ctx.doc
    root, end = _unit_root(ctx, u), u.content_end(doc)
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


def _prospective(ctx: DocContext, q: Quote) -> bool:
    """Does the statement ``q`` hold an infinitive ("kündigte an, die Schule *zu reformieren*",
    "… autofrei *werden* solle"): a plan or a demand, which a "sollen" sentence goes on with?
    Not a quotation or words in the first person ("Ich werde nicht zulassen, …, betonte X"):
    the speaker's own words, after which the writer goes on."""
    if q.direct:
        return False
    doc, first = ctx.doc, ctx.w.first_person_speakers
    words = [doc[k] for a, b in q.parts for k in range(a, b)]
    return not any(t.lower_ in first for t in words) and any(map(labels.is_infinitive, words))


def _unit_root(ctx: DocContext, u: Unit) -> Token | None:
    """The one verb outside quotation marks that heads the unit (any mood), else None."""
    doc = ctx.doc
    pos = ctx.table.pos if ctx.table is not None else [t.pos for t in doc]
    verbs = (doc[k] for k in range(u.start, u.end) if ctx.inside[k] < 0 and pos[k] in VERB_POS)
    roots = [t for t in verbs if t.head.i == t.i or not u.start <= t.head.i < u.end]
    return roots[0] if len(roots) == 1 else None


def _unit_has_quote(ctx: DocContext, ch: Chain, ui: int, u: Unit, mood: int) -> bool:
    """A unit with a quote of its own (not a short fragment): it becomes the chain head.
    Quoted words with no speaker in a Konjunktiv I sentence right after a quote are a
    fragment of its continuation, which goes on with that quote's speaker ("Künast sagte, …
    Es drohe „eine dramatische Erderwärmung“": the whole sentence and the words in marks)."""
    prev = ch.prev_q if ch.prev_ui == ui - 1 else None
    said = mood == 2 and prev is not None and prev.speaker and speakerish(ctx, prev.speaker)
    own = [
        q
        for q in ch.by_unit.get(ui, [])
        if not q.nested
        and q.confidence >= 0.5
        and not (q.direct and (q.end - q.start) < 0.5 * (u.end - u.start))
        and not (said and _frameless(q))
    ]
    if not own:
        return False
    # "…, so die Behörden laut New York Times.": not the quote that holds another's speaker
    own = [q for q in own if not _medium_over_speaker(ctx, q, own)] or own
    # "X betonte, dass die Personen, die Asyl beantragen, …": the statement, not the relative
    # clause whose speech verb names no one who made one (:func:`no_statement`)
    ch.prev_q = max(own, key=lambda q: (_names_speaker(ctx, q), q.end - q.start))
    ch.prev_ui = ui
    return True


def _names_speaker(ctx: DocContext, q: Quote) -> int:
    """2 for a quote with a speaker who made the statement, 1 for one whose speaker names
    no one who made it (:func:`no_statement`: a relative pronoun, an agent of a narrative
    passive), 0 for one with no speaker."""
    if q.speaker is None:
        return 0
    return 1 if no_statement(ctx, q) else 2


def _frameless(q: Quote) -> bool:
    """Is ``q`` words in quotation marks with no frame of their own: no speaker, or one
    taken from the sentences around (a standalone quote)?"""
    return q.direct and (q.speaker is None or STANDALONE in q.rule)


def _medium_over_speaker(ctx: DocContext, q: Quote, quotes: list[Quote]) -> bool:
    """Is ``q`` a medium's ("laut New York Times") whose words hold the speaker of another
    of ``quotes`` ("…, so die Behörden"): the medium passes on who speaks."""
    if q.speaker is None or not is_medium(ctx, q.speaker):
        return False
    return any(
        o is not q and o.speaker is not None and any(a <= o.speaker[0] < b for a, b in q.parts)
        for o in quotes
    )


def _speech_or_fragment(ctx: DocContext, ch: Chain, ui: int, u: Unit) -> bool:
    """A quoted fragment with a speaker ("bezeichnete … als „…“") or a speech act without
    a quote: its speaker goes on. (Called when the unit has no quote of its own.)"""
    frag = [
        q
        for q in ch.by_unit.get(ui, [])
        if q.direct and q.confidence >= 0.5 and q.speaker is not None
    ]
    if frag:
        ch.prev_q, ch.prev_ui = frag[0], ui
        return True
    if ui in ctx.unit_speaker and ctx.unit_speaker[ui][0] is not None:
        sp = ctx.unit_speaker[ui][0]
        if _something(ctx, sp):
            return False  # "Jetzt droht ein Streik.": no one speaks, no words go on
        ch.prev_q = Quote("speech-act", [(u.start, u.end)], 0.6, "speech_act", ui, sp)
        ch.prev_ui = ui
        return True
    return False


def _something(ctx: DocContext, sp: Span) -> bool:
    """Does the speaker of a speech act without a quote name a thing brought in with an
    indefinite article ("Jetzt droht ein Streik.", "dann drohe ein Kollaps"), not someone
    (:func:`.mentions.someone`)? Then no statement goes on after it."""
    first = ctx.doc[sp[0]].lower_
    return first in ctx.w.indefinite_articles and not someone(ctx, sp)


def _orphan(ctx: DocContext, ch: Chain, ui: int, u: Unit, hearsay: bool) -> None:
    """Konjunktiv I without a frame is reported speech: its speaker is named in it or is the
    speaking subject of the sentence before; after any other subject it has no speaker."""
    told, narrator = _narrator_subject(ctx, ch, ui)
    # "Kritik übt Verfassungsjurist X. Das Gesetz sei …": the person after the verb speaks
    narrator = act_speaker(ctx, told, narrator) or narrator
    sp = _so_before(ctx, ui) or narrator
    if sp is None or not speakerish(ctx, sp):
        # "Für die Ärztin X steht fest, dass … . Er sei …": whose view it was, when the
        # subject speaks not ("Für den Vorschlag … fand die Chefin lobende Worte": she)
        sp = _holder_before(ctx, ui) or sp
    src, conf = "none", ORPHAN_CONFIDENCE
    across = _across_gap(ctx, ch, ui)
    so = so_speaker(ctx, u.start, u.end)
    own = own_subject(ctx, u) if so is None and ctx.parsed else None
    if so is not None:
        # "Sein Rivale McCain, so Obama weiter, würde …": the speaker named in the sentence
        sp, src, conf = so, "so_speaker", 0.6
    elif own is not None and (speakerish(ctx, own) or _person_noun_subject(ctx, own)):
        # "Ein Sprecher des Weißen Hauses schränkte ein, dass …": its own speaker; as sure as
        # an orphan whose sentence before names a speaker, no surer
        sure = sp is not None and speakerish(ctx, sp)
        sp, src, conf = own, "own_subject", 0.6 if sure else ORPHAN_CONFIDENCE
    elif sp is not None and speakerish(ctx, sp) and not _spoken_about(ctx, ch, across, sp):
        # the sentence before names a person or a speaking body: its subject; "Für Griss fand
        # Abwerzger lobende Worte.": a speech act told without its words, which follow
        described = sp is narrator and _describes(ctx, told)
        src, conf = DESCRIPTION if described else "speaker", 0.6
    elif across is not None:
        # "…, so der Bericht. Jedoch wurden Behinderungen registriert. Auch *seien* …": one
        # sentence of the writer's between two of the statement's, in one paragraph
        sp, src, conf = across, ACROSS_GAP, 0.6
    elif sp is not None or told < 0 and person_subject(ctx, ui, any_subject=True):
        # the subject before names nobody who speaks, or is what a Konjunktiv sentence with
        # no indicative one before it in reach is about: reported speech with no speaker
        sp, src, conf = None, "subject", UNATTRIBUTED_ORPHAN_CONFIDENCE
    part = own_content(ctx, u) if src == "own_subject" else subordinate_content(ctx, u)
    if hearsay and sp is None or _hypothetical(ctx, part):
        # "Der Täter soll geflohen sein" with no one named who says so: the writer's hearsay
        ch.prev_q, ch.prev_ui = None, -10
        return
    rule = "continuation:konjunktiv+orphan:" + src
    if part is not None:
        # "Der Bürgermeister schwadronierte, die Lage sei gut": what is said, not its frame;
        # a frame with a speaker and a clause of its own, as sure as a named speaker's orphan
        conf = 0.6
    part = part or (u.start, u.end)
    q = Quote("continuation", [part], conf, rule, ui, sp)
    ctx.quotes.append(q)
    if q.confidence >= 0.5:
        ch.rows.add(ui)
    ch.prev_q, ch.prev_ui = (q, ui) if sp is not None else (None, -10)


def _person_noun_subject(ctx: DocContext, sp: Span) -> bool:
    """Does the own subject ``sp`` of a sentence whose indicative main verb frames its
    Konjunktiv clause name people by a noun (:func:`.mentions.someone`, no pronoun: "Unter
    den Bedingungen halten *die Befehlshaber der Streitkräfte* einen Abzug für
    unwahrscheinlich, da die Armee … nicht gewachsen sei")? The clause states their view."""
    return someone(ctx, sp) and not any(ctx.doc[k].pos == symbols.PRON for k in range(*sp))


def _narrator_subject(ctx: DocContext, ch: Chain, ui: int) -> tuple[int, Span | None]:
    """The last sentence before ``ui`` in its paragraph that the writer tells in the
    indicative ("Für Griss fand Abwerzger lobende Worte."), over the Konjunktiv sentences
    between with no quote of their own ("Sie wäre eine gute Kandidatin."): their subject is
    what is said about ("sie", Griss), not who says it. Its index and subject (None: none)."""
    j = ui - 1
    while j > 0 and ui - j <= MAX_BACK and _reported(ctx, ch, j) and not _has_row(ch, j):
        j -= 1
    if j < 0 or j != ui - 1 and (_reported(ctx, ch, j) or _has_row(ch, j)):
        return -1, None  # not past a statement of its own: its speaker is another step's
    sp = person_subject(ctx, j + 1, any_subject=True)
    if j == ui - 1 or sp is None:
        return j, sp
    # a sentence further back: its subject when the parse gives its one main verb that
    # subject too ("Dass Österreich …, wischt Kurz beiseite: Es braucht …": none)
    root = _indicative_root(ctx, ctx.units[j]) if ctx.parsed else None
    parsed = parse_speaker(ctx, root) if root is not None else None
    if parsed is None or parsed[1] <= sp[0] or sp[1] <= parsed[0]:
        return -1, None
    return j, sp


def _reported(ctx: DocContext, ch: Chain, j: int) -> bool:
    """Is unit ``j`` in the Konjunktiv with no indicative main verb ("Sie *wäre* eine gute
    Kandidatin", not "Hauer sieht es gefährdet, weil … *würde*")?"""
    return ch.moods[j] > 0 and _indicative_root(ctx, ctx.units[j]) is None


def _has_row(ch: Chain, j: int) -> bool:
    """Has unit ``j`` a quote of the steps before or a row of this step?"""
    return j in ch.by_unit or j in ch.rows


def _describes(ctx: DocContext, j: int) -> bool:
    """Does unit ``j`` tell of a speech act without its words: a word of the list
    ``speech_act_words`` outside quotation marks ("fand lobende *Worte*", "übte *Kritik*",
    "zeigte sich *zufrieden*")?"""
    if j < 0 or ctx.table is None:
        return False
    u, lower = ctx.units[j], ctx.table.lower
    words = word_ids(ctx.w.speech_act_words)
    return any(lower[k] in words and ctx.inside[k] < 0 for k in range(u.start, u.end))


def _after_description(ctx: DocContext, ch: Chain, ui: int) -> bool:
    """Does a Konjunktiv II sentence follow right after a speech act told without its words
    whose subject names someone who speaks ("Für Griss fand Abwerzger lobende Worte. Sie
    *wäre* eine gute Kandidatin")? Then it says those words (a Konjunktiv II elsewhere is
    mostly the writer's conditional)."""
    if ui == 0 or ch.moods[ui - 1] or _has_row(ch, ui - 1):
        return False
    sp = person_subject(ctx, ui, any_subject=True)
    sp = act_speaker(ctx, ui - 1, sp) or sp  # "Kritik kommt von der Stadt."
    return sp is not None and speakerish(ctx, sp) and _describes(ctx, ui - 1)


def _orphan_mood_two(ctx: DocContext, ch: Chain, ui: int, u: Unit) -> bool:
    """Is the Konjunktiv II sentence ``ui`` with no statement right before it reported
    speech: after a speech act told without its words (:func:`_after_description`), or a
    future in the Konjunktiv II (:func:`_reported_future`) whose subject is the speaker ("er",
    "sie" or the speaker's name) one or two sentences of the writer's that name no one else
    who speaks after a statement ("…, sagt X zum STANDARD: … . X ist das nicht genug. Er
    *würde* manche Arten von Werbung generell *verbieten*.": :func:`_across_gap`)?"""
    if _after_description(ctx, ch, ui):
        return True
    across = _across_gap(ctx, ch, ui) if _reported_future(ctx, u) else None
    if across is None:
        return False
    name = ctx.doc[across[1] - 1].lower_  # "Kolba" of "Peter Kolba"
    # the writer's sentence between names no one else who speaks ("Kolba ist das nicht genug")
    between = person_subject(ctx, ui, any_subject=True)
    other = between is not None and ctx.doc[between[1] - 1].lower_ != name
    if other and speakerish(ctx, between):
        return False
    # and the Konjunktiv sentence is about the speaker: "er"/"sie", or the speaker's name
    root = _unit_root(ctx, u)
    subj = subject_of(ctx, labels.lexical_verb(root)) if root is not None else None
    return subj is not None and (subj.lower_ in ctx.w.third_person_pronouns or subj.lower_ == name)


def _break(ch: Chain, ui: int) -> None:
    """Unit ``ui`` ends the chain; a statement with a speaker right before it may go on
    after it (:func:`_across_gap`)."""
    prev = ch.prev_q
    if prev is not None and ch.prev_ui == ui - 1 and prev.speaker is not None:
        ch.gap_q, ch.gap_ui = prev, ui
    ch.prev_q = None


def _across_gap(ctx: DocContext, ch: Chain, ui: int) -> Span | None:
    """The speaker of the statement two or three sentences back when only the sentences
    between (one, or two that name no person) ended its chain, all in one paragraph: a
    quote or a frame's statement, not a speech act or a Konjunktiv sentence with no statement
    before it (train: 5 of 6 right across one sentence; across two, 10kGNAD 11 better of
    16; across a paragraph break or after those heads mostly another source)."""
    head = ch.gap_q
    if head is None or head.kind == "speech-act" or "orphan" in head.rule:
        return None
    between = range(ch.gap_ui, ui)
    if not 1 <= len(between) <= MAX_GAP or any(_has_row(ch, j) for j in between[1:]):
        return None
    if names_no_one(ctx, head.speaker):
        return None
    units = ctx.units
    if any(units[j].paragraph != units[ui].paragraph for j in (head.unit, *between)):
        return None
    if len(between) > 1 and _names_person(ctx, between):
        return None  # "… Huber war damals Minister. Die Sitzung dauerte …": whose words?
    return head.speaker


def _names_person(ctx: DocContext, units: range) -> bool:
    """Does one of the writer's sentences ``units`` name a person (an entity)?"""
    doc = ctx.doc
    return any(
        doc[k].ent_type_ == "PER"
        for j in units
        for k in range(ctx.units[j].start, ctx.units[j].end)
    )


def _spoken_about(ctx: DocContext, ch: Chain, across: Span | None, sp: Span) -> bool:
    """Is the subject ``sp`` of the writer's sentence between a name the statement two
    sentences back speaks about, with a speaker of its own (``across``)? "…, sagt die
    Politologin X. Darmann spielte eine untergeordnete Rolle. Ragger sei …": X goes on."""
    if across is None or ch.gap_q is None:
        return False
    doc, quote = ctx.doc, ch.gap_q
    words = {doc[k].lower_ for a, b in quote.parts for k in range(a, b)}
    return doc[sp[1] - 1].lower_ in words


def _so_before(ctx: DocContext, ui: int) -> Span | None:
    """The speaker a "…, so X, …" names in the sentence before, in the same paragraph ("Sein
    Rivale McCain, so Obama weiter, würde …" -- Obama, not the subject McCain)."""
    pu = ctx.unit_before(ui)
    return so_speaker(ctx, pu.start, pu.end) if pu is not None else None


def _holder_before(ctx: DocContext, ui: int) -> Span | None:
    """The person whose view the sentence before states with a holder phrase, in the same
    paragraph ("Für den Gerichtsmediziner X ist klar, dass … . Wenn es … gegeben habe, …":
    X's view)."""
    pu = ctx.unit_before(ui)
    return holder_speaker(ctx, pu.start, pu.end) if pu is not None else None


def _goes_on(ctx: DocContext, ch: Chain, ui: int, u: Unit) -> bool:
    """Not a new paragraph opening with a person, not a caption without punctuation."""
    doc = ctx.doc
    if ctx.units[ch.prev_ui].paragraph != u.paragraph and any(
        _ent_starts(ctx, ch).get(k) == "PER" for k in range(u.start, min(u.end, u.start + 3))
    ):
        return False  # a new paragraph that opens with a person: a new subject
    # caption or heading without final punctuation
    return not (u.content_end(doc) == u.end and doc[u.end - 1].text not in CLOSING_MARKS)


def _ent_starts(ctx: DocContext, ch: Chain) -> dict[int, str]:
    """Entity start -> its label, read from ``doc.ents`` on first need (once per Doc)."""
    if ch.ent_start is None:
        doc = ctx.doc
        ch.ent_start = (
            {e.start: e.label_ for e in ctx.ents()} if doc.has_annotation("ENT_IOB") else {}
        )
    return ch.ent_start


def _continue(ctx: DocContext, ch: Chain, ui: int, u: Unit, mood: int) -> None:
    """The continuation of ``ch.prev_q`` in unit ``ui``."""
    doc, prev = ctx.doc, ch.prev_q
    conf = 0.75 if mood == 2 else 0.55
    compound = ""  # the Konjunktiv II compound that stands in for a Konjunktiv I one
    modal = mood == MODAL_MOOD
    if mood == 1 and not any(
        ctx.inside[k] < 0
        and ctx.moods[k] == 1
        and doc[k].lower_.endswith(ctx.w.konj2_plural_endings)
        for k in range(u.start, u.end)
    ):
        # Konjunktiv II stands in for reported speech where Konjunktiv I looks like
        # the indicative (plural: "hätten", "würden"); a singular "hätte", "könnte",
        # "möchte" is mostly a conditional or a wish of the narrator
        conf = ORPHAN_CONFIDENCE
        # "Er würde manche Arten von Werbung verbieten", "Er hätte … besprochen": the
        # Konjunktiv II compound stands in for the Konjunktiv I one ("werde", "habe")
        compound = (
            FUTURE if _reported_future(ctx, u) else PERFECT if _reported_perfect(ctx, u) else ""
        )
        if compound:
            conf = REPORTED_FUTURE_CONFIDENCE
    if prev.kind == "speech-act":
        conf -= 0.1
    # an orphan that took the speaker across one sentence goes on like a framed statement
    orphan = "orphan" in prev.rule and not any("orphan:" + k in prev.rule for k in SURE_ORPHANS)
    if orphan:
        conf = ORPHAN_CONFIDENCE
    # "„…“, so X" or "Für den Theologen X sei …": the sentence names its own speaker
    so = so_speaker(ctx, u.start, u.end) or holder_speaker(ctx, u.start, u.end)
    # the subject of a "sollen" sentence is what the plan is about, never its speaker
    own_sp = so or (own_subject(ctx, u) if ctx.parsed and not modal else None)
    if own_sp is not None and not so and _pronoun_of_others(ctx, u, own_sp, prev.speaker):
        own_sp = None  # "…, sagte eine Sprecherin. Und sie setzen um, was … worden sei"
    # a head that names no one who made a statement passes on no speaker, nor one whose
    # mention names no one ("dem Vernehmen nach", "Spekulationen zufolge")
    told = not no_statement(ctx, prev) and not names_no_one(ctx, prev.speaker)
    rule = (
        "continuation:konjunktiv"
        + ("+modal" if modal else "")
        + ("+" + compound if compound else "")
        + ("" if prev.kind != "speech-act" else "+after_speech_act")
        + ("+orphan" if orphan else "")
        + ("+so_speaker" if so else "+own_subject" if own_sp else "")
        + ("" if told or own_sp else "+no_statement")
    )
    part = own_content(ctx, u) if own_sp and not so else None
    part = part or (None if so else subordinate_content(ctx, u))
    if _hypothetical(ctx, part):
        # "So muss die Firma, die … betreuen würde, …": the writer's sentence in the middle
        # of a statement, which goes on after it
        ch.prev_ui = ui
        return
    sp = own_sp or (prev.speaker if told else None)
    q = Quote("continuation", [part or (u.start, u.end)], conf, rule, ui, sp)
    q.speaker_chars = prev.speaker_chars if sp is not None and not own_sp else None
    ctx.quotes.append(q)
    if q.confidence >= 0.5:
        ch.rows.add(ui)
    # direct quotes inside a continuation are nested fragments of it
    for dq in ch.by_unit.get(ui, []):
        if (
            dq.direct
            and (dq.speaker is None or "+phrase" in dq.rule or STANDALONE in dq.rule)
            and "orphan" not in q.rule
            and not modal
        ):
            # a phrase quoted inside reported speech is the reported speaker's (the one
            # the sentence names itself: "Für den Ökonomen X sei der Kompromiss „…“")
            dq.speaker = q.speaker
            dq.nested = True
            dq.confidence = max(dq.confidence, 0.6)
    ch.prev_q, ch.prev_ui = q, ui


def _reported_future(ctx: DocContext, u: Unit) -> bool:
    """Is the main verb of unit ``u`` a future in the Konjunktiv II: a ``konj2_future_forms``
    auxiliary outside quotation marks with an infinitive ("Er *würde* manche Arten von Werbung
    generell *verbieten*", "Das *würde* mehr Sicherheit *bedeuten*"), in a statement
    (:func:`_compound_statement`)? Right after a statement it stands in for the Konjunktiv I
    future ("werde … verbieten") and goes on with it; in a subordinate clause ("…, was das
    Verfahren verzögern würde") or as a passive ("würde geschwächt") it is mostly the
    writer's conditional (10kGNAD 0-499: 7 rows better, 1 worse; train: two sentences joined
    into their runs)."""
    return _compound_statement(ctx, u, ctx.w.konj2_future_forms, labels.is_infinitive)


def _reported_perfect(ctx: DocContext, u: Unit) -> bool:
    """Is the main verb of unit ``u`` a perfect in the Konjunktiv II: a ``konj2_perfect_forms``
    auxiliary with a past participle ("Der Papst *hätte* mit Küng keine Glaubensfragen
    *besprochen*"), in a statement (:func:`_compound_statement`) with no ``wish_particles``
    word ("Er hätte *gerne* Fachleute eingeladen", "hätte X *lieber* heute als morgen
    entfernt": a wish)? Right after a statement it stands in for the Konjunktiv I perfect
    ("habe … besprochen")."""
    if not _compound_statement(ctx, u, ctx.w.konj2_perfect_forms, _participle):
        return False
    wishes = word_ids(ctx.w.wish_particles)
    lower = ctx.table.lower
    return not any(lower[k] in wishes and ctx.inside[k] < 0 for k in range(u.start, u.end))


def _participle(t: Token) -> bool:
    """Is ``t`` a past participle by its morphology ("besprochen", "gegeben")?"""
    return labels.morph_values(t, "VerbForm") == ["Part"]


def _compound_statement(
    ctx: DocContext, u: Unit, forms: frozenset[str], main_ok: Callable[[Token], bool]
) -> bool:
    """Is the main verb of unit ``u`` an auxiliary of ``forms`` outside quotation marks with
    a main verb ``main_ok`` accepts, in a statement, not a question, with no condition
    (``conditional_conjunctions``: "Wenn …, würde …") and no ``first_person_forms`` outside
    quotation marks?"""
    root, lower = _unit_root(ctx, u), ctx.table.lower if ctx.table is not None else None
    end = u.content_end(ctx.doc)
    if root is None or lower is None or end < u.end and ctx.doc[end].text == QUESTION_MARK:
        return False
    main = labels.lexical_verb(root)  # the main verb, below the auxiliary in TIGER trees
    if main.lower_ in forms or not main_ok(main):
        return False
    if not any(v.lower_ in forms and ctx.inside[v.i] < 0 for v in labels.verb_chain(main)):
        return False
    # a condition, or first-person words outside quotation marks ("Nur die Hälfte derer, die
    # *wir* als Freunde bezeichnen, würde *uns* …"): the writer's, or the speaker's own voice
    # (:mod:`.first_person`)
    stops = word_ids(ctx.w.conditional_conjunctions | ctx.w.first_person_forms)
    return not any(lower[k] in stops and ctx.inside[k] < 0 for k in range(u.start, u.end))


def _pronoun_of_others(ctx: DocContext, u: Unit, own: Span, speaker: Span | None) -> bool:
    """Is the own subject ``own`` a third-person pronoun whose verb, no speech verb, is
    plural after a speaker in the singular ("eine Sprecherin" … "sie *setzen* um, was …
    beschlossen worden sei": the people she speaks of)?"""
    doc = ctx.doc
    if (
        speaker is None
        or own[1] - own[0] != 1
        or doc[own[0]].lower_ not in ctx.w.third_person_pronouns
    ):
        return False
    root = _indicative_root(ctx, u)
    if root is None or root.lower_ in ctx.kit.verb_forms:
        return False
    number = labels.morph_values(root, "Number")
    heads = [t for t in doc[speaker[0] : speaker[1]] if t.pos in NOUN_IDS]
    said = labels.morph_values(heads[-1], "Number") if heads else []
    return number == ["Plur"] and said == ["Sing"]


def names_no_one(ctx: DocContext, sp: Span | None) -> bool:
    """Does the mention ``sp`` name no one who speaks: every noun in it one of the list
    ``no_one_nouns`` ("dem Vernehmen", "Spekulationen", "Gerüchten") and not someone (a
    person, a speaking body, a person noun or a pronoun: :func:`.mentions.someone`)? A
    mention with no noun ("Demnach", "wonach") is left to the speaker step, which reads
    what it points to; a document ("dem Bericht") names where the statement stands."""
    if sp is None:
        return False
    nouns = [t for t in ctx.doc[sp[0] : sp[1]] if t.pos in NOUN_IDS]
    words = ctx.w.no_one_nouns
    return bool(nouns) and all(t.lower_ in words for t in nouns) and not someone(ctx, sp)


def no_statement(ctx: DocContext, q: Quote) -> bool:
    """Does the chain head ``q`` name no one who made a statement? A relative pronoun (the
    speech verb is in a relative clause of a narrative sentence: "eines von sechs Ländern,
    die die Fragen nicht beantwortet haben"), or, after a speech verb, a prepositional object
    or agent ("wurde Unternehmen von den Finanzbehörden mitgeteilt", "wie bei der Konferenz
    vereinbart"); the source of a source pattern ("laut X", "hieß es aus X") and a fronted
    origin phrase ("Aus EU-Kreisen verlautete") speak."""
    sp = q.speaker
    if sp is None or ctx.table is None:
        return False
    lower, doc = ctx.table.lower, ctx.doc
    if (
        sp[0] > 0
        and doc[sp[0]].pos_ == "PRON"
        and doc[sp[0] - 1].is_punct
        and lower[sp[0]] in word_ids(ctx.w.relative_starts)
    ):
        return True  # "…, die die Fragen nicht beantwortet haben"
    if not (q.kind == "speech-act" or q.rule.startswith(VERB_RULE)) or sp[0] == 0:
        return False
    before = lower[sp[0] - 1]
    if before in word_ids(ctx.w.document_prepositions):
        return False  # "In dem Bericht wird beklagt, …": the document is the source
    if before in word_ids(ctx.w.agent_prepositions):
        # "wurde von Minister X als unrealistisch bezeichnet": a named person as the agent
        # of a speech verb made the statement; a body as agent of a narrative passive did
        # not ("wurde Unternehmen von den Finanzbehörden mitgeteilt, …")
        return not any(doc[m].ent_type_ in PERSON_LABELS for m in range(*sp))
    return before in word_ids(ctx.w.prepositions) and before not in word_ids(
        ctx.kit.roles.origin_prepositions
    )


def _hypothetical(ctx: DocContext, part: Span | None) -> bool:
    """Is ``part`` (the Konjunktiv clause of a sentence whose main verb is indicative) a
    relative clause (``relative_starts``, after a preposition or not) whose only mood is a
    singular Konjunktiv II: a hypothetical of the writer's ("die Mehrheit, *die* für eine
    Regierung *ausreichen würde*", "die Firma, *die* die Flüchtlinge *betreuen würde*"), no
    one's words? A Konjunktiv I there is reported ("…, in deren Haus das Treffen
    stattgefunden *habe*"), and so is a plural Konjunktiv II, which stands in for the
    Konjunktiv I that looks like the indicative ("Umsatzeinbrüche, die sich verschärft
    *hätten*")."""
    if part is None or ctx.table is None:
        return False
    a, b = part
    lower, w = ctx.table.lower, ctx.w
    if lower[a] in word_ids(w.prepositions) and a + 1 < b:
        a += 1
    t = ctx.doc[a]
    if lower[a] not in word_ids(w.relative_starts) or t.pos == symbols.DET:
        return False  # "…, die Teilnehmer würden geschützt": an article, no relative clause
    verbs = [ctx.doc[k] for k in range(a, b) if ctx.inside[k] < 0 and ctx.moods[k]]
    return bool(verbs) and all(
        ctx.moods[v.i] == 1 and not v.lower_.endswith(w.konj2_plural_endings) for v in verbs
    )


def subordinate_content(ctx: DocContext, u: Unit) -> Span | None:
    """The Konjunktiv clause of a sentence whose main verb is indicative, when a conjunction
    or a relative pronoun opens it ("…, weil Gewalt nur selten verfolgt *werde*", "…, in
    deren Haus das Treffen stattgefunden *habe*"): the sentence around it is the author's."""
    part = own_content(ctx, u) if ctx.parsed else None
    if part is None:
        return None
    w, lower = ctx.w, ctx.table.lower
    a = part[0]
    if lower[a] in word_ids(w.prepositions) and a + 1 < part[1]:
        a += 1  # "für die", "in deren"
    opener = w.subordinators | w.relative_starts
    return part if lower[a] in word_ids(opener) else None


def own_subject(ctx: DocContext, u: Unit) -> Span | None:
    """A Konjunktiv sentence whose main verb is indicative and has a subject of its own
    ("Die Mutter kann nicht glauben, was passiert sei"): that subject is the speaker."""
    root = _indicative_root(ctx, u)
    if root is None:
        return None
    subj = subject_of(ctx, root)
    if subj is None or no_subject(ctx, subj) or labels.has_role(subj, "modifier"):
        return None  # "es", a passive subject, "Überhaupt scheint die Kommission …"
    sp = parse_speaker(ctx, root)
    if sp is None or not (u.start <= sp[0] and sp[1] <= u.end):
        return None
    return sp if _in_frame(ctx, u, root, sp) else None


def _in_frame(ctx: DocContext, u: Unit, root: Token, sp: Span) -> bool:
    """Is the subject ``sp`` of the indicative main verb ``root`` part of the frame, not of
    what is said? No Konjunktiv verb stands in or between the two, and punctuation parts them
    from every Konjunktiv verb ("Der Bürgermeister schwadronierte, die Lage sei gut"; "Die
    Lage sei ernst, hielt der Minister fest"; "Wer …, ließ X offen, das hänge …"). A subject
    among the Konjunktiv words is the content's own ("Seine Partei werde jedes Werkzeug,
    das …, nutzen": a misparse; "Menschen, die geflohen seien, verdienten …")."""
    own = {v.i for v in labels.verb_chain(root)}  # "wollen … einführen": the frame's verbs
    doc = ctx.doc
    pos = ctx.table.pos if ctx.table is not None else [t.pos for t in doc]
    a, b = min(sp[0], root.i), max(sp[1], root.i + 1)  # the frame: speaker and main verb
    moods = [
        k
        for k in range(u.start, u.end)
        if ctx.inside[k] < 0 and ctx.moods[k] and pos[k] in VERB_POS and k not in own
    ]
    if not moods or b <= moods[0]:
        return True  # the frame first ("Die Mutter kann nicht glauben was passiert sei")
    for k in moods:
        gap = range(k + 1, a) if k < a else range(b, k) if k >= b else range(0)
        if not any(doc[m].is_punct for m in gap):
            return False
    return True


def _indicative_root(ctx: DocContext, u: Unit) -> Token | None:
    """The one verb of the unit that heads it (outside quotation marks), when it and its
    auxiliaries are indicative; else None (read once per unit of a Doc)."""
    memo = ctx.indicative_roots
    if u.start not in memo:
        memo[u.start] = _find_indicative_root(ctx, u)
    return memo[u.start]


def _find_indicative_root(ctx: DocContext, u: Unit) -> Token | None:
    """:func:`_indicative_root`, not remembered: :func:`_unit_root` when it is indicative."""
    root = _unit_root(ctx, u)
    if root is None:
        return None
    chain = labels.verb_chain(root)
    if any(ctx.konj(v) or "Imp" in labels.morph_values(v, "Mood") for v in chain):
        return None
    return root


def own_content(ctx: DocContext, u: Unit) -> Span | None:
    """What a Konjunktiv sentence with a frame of its own says: from the clause below its
    indicative main verb that holds the first Konjunktiv to the end of the sentence ("Der
    Bürgermeister schwadronierte, *die Lage sei gut*"; "folgte dem Antrag, *dass er nicht
    verhandlungsfähig sei*"), without edge punctuation. None when that clause is not after
    the verb, or is a verb coordinated with it ("brachte … in Sicherheit und habe …")."""
    root = _indicative_root(ctx, u)
    if root is None:
        return None
    doc, pos = ctx.doc, ctx.pos
    k = next((k for k in range(root.i + 1, u.end) if ctx.inside[k] < 0 and ctx.moods[k]), None)
    if k is None:
        return None
    t = doc[k]
    # up to the clause: stop below the main verb or below a noun the clause belongs to
    # ("dem Antrag, dass er … sei"; a copula climbs to its noun: "das Budget sei keine …")
    while t.head.i != root.i and t.head.i != t.i:
        if pos and t.head.pos_ in NOUN_POS and not labels.has_role(t, "auxiliary"):
            break
        t = t.head
    if labels.has_role(t, "conjunct") or not root.i < t.left_edge.i < u.end:
        return None
    a, b = t.left_edge.i, u.content_end(doc)
    while a < b and doc[a].is_punct:
        a += 1
    while b > a and doc[b - 1].is_punct and doc[b - 1].text not in CLOSING_MARKS:
        b -= 1
    return (a, b) if b - a >= 2 else None
