"""Words after a colon that a speech verb leads in but that the writer tells: a summary of
the verb's topic or a past-tense account, no one's words.

Archives that strip quotation marks (10kGNAD) print speech after a colon as a plain clause,
so a speech verb before a colon is read as the frame of what follows it (:mod:`.frames`,
``colon_speech:framed`` of :mod:`.colon_speech`). Two shapes are the writer's narration:

- a phrase of the verb's topic between the verb and the colon (``topic_prepositions``)
  after a verb that cues no indirect speech ("Im Anschluss spricht die Regisseurin über
  ihren Kurzfilm: Zwei Studentinnen arbeiten an …"): the film summed up ("sagte über den
  Plan: Der ist …" stays);
- finite verbs only in the past indicative after the colon, after such a topic phrase
  ("X schimpfte über die Schiedsrichter: Nach dem Tor richtete sich der Frust …") or with
  "er"/"sie" of someone told of ("Der Trainer lachte: Er hatte gewonnen.", "Doch dann
  meldete er sich zurück: Bei einem Meeting schaffte er …"): what happened, told by the
  writer ("verweist auf X: Deutschland hatte …", "spricht Klartext: Hier wurden …" stay).

Words with a first- or second-person form (``speaking_person_forms``: "…: Wir waren
chancenlos.", "…: Ich habe so etwas nie erlebt.") or a reported-speech mood stay speech,
and so do quotations.

>>> narrated_colons(ctx)   # drops quotes from ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from .. import labels
from .colon_speech import FRAMED_RULE
from .context import Cue, DocContext, Quote
from .phrases import CLAUSE_BREAK
from .spoken_runs import third_person_in
from .words import word_ids

#: the rule pieces of a colon frame: a speech verb's (:mod:`.frames`) and colon speech's
VERB_COLON = "colon"
#: morphological features (Universal Dependencies) of the past and the subjunctive
PAST = "Tense=Past"
SUBJUNCTIVE = "Mood=Sub"
COLON = ":"
#: the kind of a verb that cues what was said (not only a speech act or a quotation)
INDIRECT = "indirect"


def narrated_colons(ctx: DocContext) -> None:
    """Drop the colon quotes that the writer tells (see the module doc)."""
    if not ctx.pos:
        return
    dropped = [q for q in ctx.quotes if _colon_quote(ctx, q) and _narrated(ctx, q)]
    if not dropped:
        return
    ids = {id(q) for q in dropped}
    ctx.quotes = [q for q in ctx.quotes if id(q) not in ids]
    for q in dropped:
        held = ctx.unit_speaker.get(q.unit)
        if held is not None and held[1] is q:
            ctx.unit_speaker[q.unit] = (held[0], None)


def _colon_quote(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` an unquoted indirect quote right after a colon that a speech verb frames?"""
    if q.kind != "indirect" or len(q.parts) != 1:
        return False
    pieces = q.rule.split("+")
    if not (
        q.rule.startswith(FRAMED_RULE) or (pieces[0].startswith("verb:") and VERB_COLON in pieces)
    ):
        return False
    a, b = q.parts[0]
    if a < 1 or ctx.table.texts[a - 1] != COLON or ctx.inside[a - 1] >= 0:
        return False
    return not ctx.in_marks(a, b)


def _narrated(ctx: DocContext, q: Quote) -> bool:
    """Are the words of ``q`` (no first or second person, no reported-speech mood) a
    summary of the topic of a verb that cues no indirect speech, or a past-tense account
    after a topic or of someone told of ("er", "sie")?"""
    a, b = q.parts[0]
    if ctx.any_mood(a, b) or ctx.speaks_in_person(a, b):
        return False
    verb = _lead_verb(ctx, q.unit, a - 1)
    topics = word_ids(ctx.w.topic_prepositions)
    topic = verb is not None and any(ctx.table.lower[m] in topics for m in range(verb.end, a - 1))
    if topic and INDIRECT not in verb.kinds:
        return True
    return _past_only(ctx, a, b) and (topic or third_person_in(ctx, a, b))


def _lead_verb(ctx: DocContext, ui: int, colon: int) -> Cue | None:
    """The last speech verb of the clause before the colon ("spricht … über …:")."""
    texts = ctx.table.texts
    lead = colon - 1
    while lead > ctx.units[ui].start and texts[lead - 1] not in CLAUSE_BREAK:
        lead -= 1
    verbs = [c for c in ctx.cues_by_unit[ui] if c.verb is not None and lead <= c.start < colon]
    return verbs[-1] if verbs else None


def _past_only(ctx: DocContext, a: int, b: int) -> bool:
    """Are the finite verbs of ``a``..``b`` (one at least) all in the past indicative?"""
    finite = ctx.finite_verbs(a, b)
    return bool(finite) and all(_past(ctx.doc[m]) for m in finite)


def _past(t) -> bool:
    """A past indicative form, not one that is its own lemma ("sorgen" tagged past is the
    present: a past form always differs from the infinitive)."""
    return (
        labels.morph_has(t, PAST)
        and not labels.morph_has(t, SUBJUNCTIVE)
        and t.lower_ != t.lemma_.lower()
    )
