"""Orphans: a Konjunktiv I sentence with no quote right before it is reported speech too.
It takes a speaker named in it ("so Obama"), its own subject, or the subject of the sentence
before when that names someone who speaks; after a subject that names nobody who speaks it
stays, with no speaker (a wrong name is worse than none). Konjunktiv sentences with no quote
between an orphan and the indicative sentence before are what is said, so their subject is
no speaker ("Sie wäre eine gute Kandidatin. Als Kandidatin versuche sie …": not "sie").

A speech act told without its words ("Für Griss fand Abwerzger lobende *Worte*.") is
followed by those words: the sentences after the first go on with its subject as surely as
after a framed statement (:data:`SURE_ORPHANS`).

One with no speaker at all reports what the last source phrase of the writer's sentences
gave ("Laut Angaben der Polizei …": :mod:`.source_memory`).

>>> orphan(ctx, chain, ui, unit, hearsay)   # appends the orphan to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols

from .act_speakers import act_speaker, describes
from .chain_heads import Chain, across_gap, has_row
from .context import DocContext, Quote, Span
from .medium_sources import medium_source
from .mentions import (
    PERSON_LABELS,
    holder_speaker,
    parse_speaker,
    person_subject,
    person_word,
    so_speaker,
    someone,
    speakerish,
)
from .own_frames import hypothetical, indicative_root, own_content, own_subject, subordinate_content
from .source_memory import remembered_source
from .units import Unit
from .voiced_orphans import voiced_speaker

#: Konjunktiv I sentences with no quote right before them: reported speech, but the speaker
#: is often wrong (about 1 in 4 right on the Wikinews training set), so below the default
#: ``min_rule_confidence`` of 0.5 -- set ``min_rule_confidence`` to 0.4 to get them.
ORPHAN_CONFIDENCE = 0.45
#: an orphan after a sentence whose subject names nobody who speaks: reported speech all the
#: same (most are gold quotes on the training set), kept with no speaker -- a guessed speaker
#: (that subject, or the speaker of a quote some sentences back) was right for 2 of 30
UNATTRIBUTED_ORPHAN_CONFIDENCE = 0.5
ACROSS_GAP = "gap"  # an orphan's speaker source: the statement two sentences back
MEMORY = "memory"  # an orphan's speaker source: the last source phrase of the writer's
VOICED = "voiced"  # an orphan's speaker source: the statement before first-person words
DESCRIPTION = "description"  # an orphan's speaker source: a speech act told without its words
#: orphans whose speaker a continuation takes on as surely as a framed statement's: one across
#: a gap, one after a speech act told without its words, one a source phrase before gives,
#: one after the speaker's own words in the first person
SURE_ORPHANS = (ACROSS_GAP, DESCRIPTION, MEMORY, VOICED)
MAX_BACK = 3  # how many Konjunktiv sentences with no quote an orphan looks back over
#: part-of-speech ids of the words a name's noun phrase opens with ("der Verwaltungsrechtler")
PHRASE_POS = frozenset({symbols.DET, symbols.ADJ, symbols.NOUN, symbols.PROPN})
#: part-of-speech ids of a noun or name
NOUN_POS = frozenset({symbols.NOUN, symbols.PROPN})


def orphan(ctx: DocContext, ch: Chain, ui: int, u: Unit, hearsay: bool) -> None:
    """Konjunktiv I without a frame is reported speech: its speaker is named in it or is the
    speaking subject of the sentence before; after any other subject it has no speaker."""
    told, narrator = _narrator_subject(ctx, ch, ui)
    # "Kritik übt Verfassungsjurist X. Das Gesetz sei …": the person after the verb speaks
    narrator = act_speaker(ctx, told, narrator) or narrator
    sp = _so_before(ctx, ui) or narrator
    if sp is None or not speakerish(ctx, sp):
        # "Für die Ärztin X steht fest, dass … . Er sei …": whose view it was, when the
        # subject speaks not ("Für den Vorschlag … fand die Chefin lobende Worte": she);
        # "Schwere Kritik … übt Verwaltungsrechtler X. Die Novelle verstoße …": the one
        # person the sentence before names
        sp = _holder_before(ctx, ui) or _one_person_before(ctx, ch, ui) or sp
    src, conf = "none", ORPHAN_CONFIDENCE
    across = across_gap(ctx, ch, ui)
    # "…, so Obama", "Für Premier X ist das ein Alarmsignal, auch wenn er … ausgehe": the
    # speaker the sentence names itself
    so = so_speaker(ctx, u.start, u.end) or holder_speaker(ctx, u.start, u.end)
    medium = medium_source(ctx, u) if so is None else None
    own = own_subject(ctx, u) if so is None and medium is None and ctx.parsed else None
    if medium is not None:
        # "Die Verhandlungen seien nach SPIEGEL ONLINE gescheitert": the medium reports it
        sp, src, conf = medium, "medium", 0.6
    elif so is not None:
        # "Sein Rivale McCain, so Obama weiter, würde …": the speaker named in the sentence
        sp, src, conf = so, "so_speaker", 0.6
    elif own is not None and (speakerish(ctx, own) or _person_noun_subject(ctx, own)):
        # "Ein Sprecher des Weißen Hauses schränkte ein, dass …": its own speaker; as sure as
        # an orphan whose sentence before names a speaker, no surer
        sure = sp is not None and speakerish(ctx, sp)
        sp, src, conf = own, "own_subject", 0.6 if sure else ORPHAN_CONFIDENCE
    elif across is not None and sp is not None and _goes_across(ctx, across, sp, narrator, told):
        # "…, sagt Peter Kolba: … . Kolba ist das nicht genug. Er würde …": the sentence between
        # names the statement's speaker again, or tells of no speech, and the words go on
        sp, src, conf = across, ACROSS_GAP, 0.6
    elif sp is not None and speakerish(ctx, sp) and not _spoken_about(ctx, ch, across, sp):
        # the sentence before names a person or a speaking body: its subject; "Für Griss fand
        # Abwerzger lobende Worte.": a speech act told without its words, which follow
        described = sp is narrator and describes(ctx, told)
        src, conf = DESCRIPTION if described else "speaker", 0.6
    elif across is not None:
        # "…, so der Bericht. Jedoch wurden Behinderungen registriert. Auch *seien* …": one
        # sentence of the writer's between two of the statement's, in one paragraph
        sp, src, conf = across, ACROSS_GAP, 0.6
    elif sp is not None or told < 0 and person_subject(ctx, ui, any_subject=True):
        # the subject before names nobody who speaks, or is what a Konjunktiv sentence with
        # no indicative one before it in reach is about: reported speech with no speaker
        sp, src, conf = None, "subject", UNATTRIBUTED_ORPHAN_CONFIDENCE
    if sp is None and (back := _source_back(ctx, ch, ui)) is not None:
        # "Laut Aussage des Ministeriums lebte X … . Zwei Agenten gaben sich … aus. Über
        # Monate sei er beobachtet worden": the last source phrase of the writer's
        (sp, src), conf = back, 0.6
    part = own_content(ctx, u) if src == "own_subject" else subordinate_content(ctx, u)
    if hearsay and sp is None or hypothetical(ctx, part):
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


def _source_back(ctx: DocContext, ch: Chain, ui: int) -> tuple[Span, str] | None:
    """The speaker of an orphan nothing near names, and where it comes from: the statement
    before the speaker's own words in the first person right before it
    (:mod:`.voiced_orphans`), or the last source phrase of the writer's sentences
    (:mod:`.source_memory`)."""
    voice = voiced_speaker(ctx, ch, ui)
    if voice is not None:
        return voice, VOICED
    mem = remembered_source(ctx, ui)
    return (mem, MEMORY) if mem is not None else None


def _goes_across(ctx: DocContext, across: Span, sp: Span, narrator: Span | None, told: int) -> bool:
    """Does the statement two sentences back (speaker ``across``) go on past the writer's
    sentence between, whose speaker candidate is ``sp``: that sentence names the statement's
    speaker again, or ``sp`` is its subject, names a body or a place and no person, and the
    sentence has no speech verb and tells of no speech act ("…, teilte die Gewerkschaft mit.
    Die Firma hat ein neues Angebot vorgelegt. Die Löhne seien …": the union's words, not the
    firm's; "…, kritisierte sie. Russland trägt eine Verantwortung. Das Vorgehen verstoße …":
    hers)? A person, or a sentence with a speech verb, keeps its subject (train: 5 of 7 such
    orphans right with it)."""
    if _same_name(ctx, across, sp):
        return True
    if told < 0 or sp is not narrator or _names_person(ctx, sp):
        return False
    return not describes(ctx, told) and not _speech_form(ctx, told)


def _names_person(ctx: DocContext, sp: Span) -> bool:
    """Does the mention ``sp`` name a person: a person's name, a pronoun alone or a person
    noun ("Die Journalistin des Kurier", "der Minister"; not "Die Lokalregierung")?"""
    toks = ctx.doc[sp[0] : sp[1]]
    if len(toks) == 1 and toks[0].pos == symbols.PRON:
        return True
    return any(
        t.ent_type_ in PERSON_LABELS or t.pos in NOUN_POS and person_word(ctx, t.text) for t in toks
    )


def _speech_form(ctx: DocContext, j: int) -> bool:
    """Has unit ``j`` a form of a speech verb outside quotation marks, with its particle or
    not ("*drohte* auch der Minister, …", "*machte* … deutlich"): a form that may tell of
    speech keeps the sentence's own subject."""
    u, forms = ctx.units[j], ctx.kit.verb_forms
    return any(ctx.doc[k].lower_ in forms and ctx.inside[k] < 0 for k in range(u.start, u.end))


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
    while j > 0 and ui - j <= MAX_BACK and _reported(ctx, ch, j) and not has_row(ch, j):
        j -= 1
    if j < 0 or j != ui - 1 and (_reported(ctx, ch, j) or has_row(ch, j)):
        return -1, None  # not past a statement of its own: its speaker is another step's
    sp = person_subject(ctx, j + 1, any_subject=True)
    if j == ui - 1 or sp is None:
        return j, sp
    # a sentence further back: its subject when the parse gives its one main verb that
    # subject too ("Dass Österreich …, wischt Kurz beiseite: Es braucht …": none)
    root = indicative_root(ctx, ctx.units[j]) if ctx.parsed else None
    parsed = parse_speaker(ctx, root) if root is not None else None
    if parsed is None or parsed[1] <= sp[0] or sp[1] <= parsed[0]:
        return -1, None
    return j, sp


def _reported(ctx: DocContext, ch: Chain, j: int) -> bool:
    """Is unit ``j`` in the Konjunktiv with no indicative main verb ("Sie *wäre* eine gute
    Kandidatin", not "Hauer sieht es gefährdet, weil … *würde*")?"""
    return ch.moods[j] > 0 and indicative_root(ctx, ctx.units[j]) is None


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


def _one_person_before(ctx: DocContext, ch: Chain, ui: int) -> Span | None:
    """The one person a sentence of the writer's right before, in the same paragraph and
    with no row of its own, names outside quotation marks, not after a preposition ("Schwere
    Kritik an der Reform übt *Verwaltungsrechtler Andreas Hauer*."; not "Der Verkauf wurde
    mit Präsident X erörtert", whose subject is what the sentence is about). Of several, the
    first when a speech verb stands right before it (an inverted subject)."""
    pu = ctx.unit_before(ui)
    if pu is None or has_row(ch, ui - 1) or ch.moods[ui - 1]:
        return None
    people = [
        e
        for e in ctx.ents()
        if pu.start <= e.start
        and e.end <= pu.end
        and e.label_ in PERSON_LABELS
        and ctx.inside[e.start] < 0
    ]
    if len(people) > 1:
        # "Hart nannte X, der frühere Chef, die Abmachung, die Y brachte.": the first name,
        # right after a speech verb, its subject by word order when the parse lost it (not
        # "X gibt Y die Schuld": Y is named after the subject)
        people = people[:1] if _after_speech_verb(ctx, pu, people[0].start) else []
    if len(people) != 1 or not _named_as_subject(ctx, pu.start, people[0].start):
        return None
    return people[0].start, people[0].end


def _after_speech_verb(ctx: DocContext, pu: Unit, k: int) -> bool:
    """Does the name at ``k`` follow a form of a speech verb of unit ``pu`` outside
    quotation marks, with nothing but spaces between?"""
    j = k - 1
    while j > pu.start and ctx.doc[j].is_space:
        j -= 1
    return j >= pu.start and ctx.inside[j] < 0 and ctx.doc[j].lower_ in ctx.kit.verb_forms


def _named_as_subject(ctx: DocContext, start: int, k: int) -> bool:
    """Does the name at ``k`` head its noun phrase (its titles and role nouns before it:
    "Verwaltungsrechtler Andreas Hauer") with no preposition before that phrase?"""
    doc = ctx.doc
    j = k
    while j > start and doc[j - 1].pos in PHRASE_POS:
        j -= 1
    return j == start or doc[j - 1].pos != symbols.ADP


def _same_name(ctx: DocContext, a: Span, b: Span) -> bool:
    """Do the mentions ``a`` and ``b`` end in the same word, no pronoun ("Peter *Kolba*" and
    "*Kolba*", "die *Polizei*" and "Die *Polizei*": the tagger may read a name at the start
    of a sentence as an adverb)?"""
    doc = ctx.doc
    last = doc[b[1] - 1]
    return last.pos != symbols.PRON and doc[a[1] - 1].lower_ == last.lower_
