"""Lead-ins before a colon that name the speaker: the writer's words, not the statement.

Archives that strip quotation marks (10kGNAD) print "X wandte sich dagegen: „…“, sagte
X." as one plain sentence; the frame after it then takes the whole sentence as what was
said. Words before a colon that name the quote's own speaker are the writer's lead-in
(nobody speaks of himself by name), and what is said starts after the colon:

- the lead-in holds the speaker mention itself ("Dass …, parierte der Kanzler so: Es
  ist …" read as one run);
- it holds a noun or name of the speaker mention ("Begeistert zeigte sich auch Coach
  Bresnik: Das war …, sagte Bresnik", "Riha und … wollen … ermöglichen: Bewusst machen,
  …, sagt Riha");
- the speaker is a personal pronoun and the lead-in names a person ("Skeptisch äußerte
  sich Angela Merkel: Deutschland werde …, sagte sie");
- the lead-in is a colon frame of its own: another quote starts after the colon with its
  cue in the lead-in ("Er warnte vor negativen Auswirkungen: Einseitige Beschlüsse
  würden …, sagte Gentiloni"), unless that frame names a person by name and the quote
  someone else ("Van der Bellen hat selbst gesagt, in einem Interview: Wenn es …, sagte Hofer":
  Hofer's claim about another's words);
- the lead-in is a sentence of the writer telling of a reaction: a speech-act noun or a
  stance adjective (``speech_act_words``, ``stance_adjectives``), an indicative finite verb,
  no first or second person ("Lob kam auch aus der Wissenschaft: Wenn dies …, erklärte der
  Leiter des PIK", "Auch hier gibt sich das Ministerium gelassen: Wir haben …, so ein Sprecher").

A reported-speech run with no frame of its own (a continuation) whose sentence opens with
the writer's indicative clause before a colon and goes on in the reported-speech mood after
it ("Ein Detail der Auswertung betrifft das Betrügerprofil: Die Hälfte der Fälle gehe auf
…") starts after the colon too: the lead-in says what the reported words are about.

A part that holds quotation marks (their marks bound what is said), a direct quote, and a lead-in that names nobody
("Klar ist auch: Wir werden …, sagte er", "Da gibt es nur zwei Optionen: …") stay.

>>> lead_ins(ctx)   # trims ctx.quotes in place  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.symbols import NOUN, PROPN

from .context import DocContext, Quote
from .mentions import PERSON_LABELS
from .words import word_ids

#: a part keeps at least this many tokens after the colon, else it stays as it is
MIN_LEFT = 3

NAMING_POS = frozenset({NOUN, PROPN})


def lead_ins(ctx: DocContext) -> None:
    """Start the first part of each quote after a lead-in that names its speaker. A quote
    so trimmed goes first in ``ctx.quotes`` unless a quote on the same words has its cue
    nearer to them: of two quotes as confident on the same words
    (:func:`.overlaps.resolve_overlaps` keeps the first), the frame next to the words wins
    ("… wie berichtet bat, …, kam Ablehnung von X: …, sagte er": "sagte"; "X räumt ein: …,
    könnte er das schon sagen": "räumt ein")."""
    trimmed = []
    for q in ctx.quotes:
        if q.direct or q.kind == "direct" or not q.parts:
            continue
        colon = _naming_colon(ctx, q) if q.speaker is not None else None
        if colon is None and q.kind == "continuation" and not q.cue:
            colon = _indicative_lead(ctx, q)
        if colon is not None:
            q.parts[0] = (colon + 1, q.parts[0][1])
            trimmed.append(q)
    trimmed = [q for q in trimmed if not _nearer_cue(q, ctx.quotes)]
    if trimmed:
        ids = {id(q) for q in trimmed}
        ctx.quotes = trimmed + [q for q in ctx.quotes if id(q) not in ids]


def _naming_colon(ctx: DocContext, q: Quote) -> int | None:
    """The first colon of ``q``'s first part (a part without quotation marks) whose words before it
    name ``q``'s speaker, with at least :data:`MIN_LEFT` tokens after it."""
    doc = ctx.doc
    a, b = q.parts[0]
    if ctx.in_marks(a, b):
        return None  # a quotation in the part: the marks, not the colon, bound what is said
    words = _speaker_words(ctx, q)
    pronoun = words is None
    for c in range(a + 1, b - MIN_LEFT):
        if not (doc[c].is_punct and doc[c].text.endswith(":")):
            continue  # ":" or "):" ("Bürgermeister X (ÖVP): …")
        if any(s < c for s, _ in q.cue):
            return None  # the quote's own cue before the colon: the words after it are said
        if (
            _names(ctx, q, a, c, words or set(), pronoun)
            or _frames_after(ctx, q, a, c)
            or _reaction_lead(ctx, a, c)
        ):
            return c
    return None


def _indicative_lead(ctx: DocContext, q: Quote) -> int | None:
    """The colon after the writer's indicative clause that opens ``q``'s first part (at a
    sentence start, no quotation marks, no first or second person; for a quote without a
    speaker, one that tells of things) when the words after it are in the reported-speech mood, with
    at least :data:`MIN_LEFT` tokens; else None."""
    a, b = q.parts[0]
    if not ctx.doc[a].is_sent_start or ctx.in_marks(a, b):
        return None
    texts = ctx.table.texts
    c = next((m for m in range(a + 1, b - MIN_LEFT) if texts[m] == ":"), None)
    if c is None or ctx.any_mood(a, c) or not ctx.finite_verbs(a, c):
        return None
    if ctx.speaks_in_person(a, c):
        return None
    if q.speaker is None and not _of_things(ctx, a, c):
        return None  # "Hofer strahlte: …": the lead-in tells whose words they are
    return c if ctx.any_mood(c + 1, b) else None


def _of_things(ctx: DocContext, a: int, c: int) -> bool:
    """Does ``a``..``c`` tell of things: a common noun and no name (neither a person's by
    the entities nor any proper noun: "Hofer strahlte" may be tagged anything)?"""
    pos = ctx.table.pos
    if any(ctx.doc[m].ent_type_ in PERSON_LABELS or pos[m] == PROPN for m in range(a, c)):
        return False
    return any(pos[m] == NOUN for m in range(a, c))


def _reaction_lead(ctx: DocContext, a: int, c: int) -> bool:
    """Is the sentence start ``a``..``c`` the writer's account of a reaction ("Lob kam auch
    aus der Wissenschaft", "Offene Kritik übt sie nicht", "gibt sich das Ministerium
    gelassen"): a speech-act noun or stance adjective, an indicative finite verb and no
    first or second person (a speaker's own "Ich bin zuversichtlich:" stays)?"""
    if not ctx.doc[a].is_sent_start or ctx.any_mood(a, c) or not ctx.finite_verbs(a, c):
        return False
    if ctx.speaks_in_person(a, c):
        return False
    acts = word_ids(ctx.w.speech_act_words) | word_ids(ctx.w.stance_adjectives)
    return any(m in acts for m in ctx.table.lower[a:c])


def _frames_after(ctx: DocContext, q: Quote, a: int, c: int) -> bool:
    """Is there a colon frame in tokens ``a``..``c``: another quote that starts right after
    the colon at ``c`` with its cue before it ("Er warnte vor …: Einseitige Beschlüsse
    würden …, sagte X")?"""
    return any(
        r is not q
        and r.parts
        and r.start == c + 1
        and any(a <= s < c for s, _ in r.cue)
        and not _other_named(ctx, q, r)
        for r in ctx.quotes
    )


def _other_named(ctx: DocContext, q: Quote, r: Quote) -> bool:
    """Does the colon frame's quote ``r`` name a person by name, and ``q`` someone else?
    Then the lead-in is ``q``'s speaker's own claim about another's words ("Van der Bellen
    hat selbst gesagt, in einem Interview: Wenn es …, sagte Hofer"), not a lead-in; a body
    ("Auch die Industriellenvereinigung wandte sich dagegen: …, meinte ihr Generalsekretär
    X") stays a lead-in."""
    if r.speaker is None or not _names_person(ctx, r):
        return False
    mine, theirs = _speaker_words(ctx, q), _speaker_words(ctx, r)
    return bool(mine) and bool(theirs) and not mine & theirs


def _names_person(ctx: DocContext, q: Quote) -> bool:
    """Does ``q``'s speaker mention hold a person's name?"""
    return any(ctx.doc[k].ent_type_ in PERSON_LABELS for k in range(*q.speaker))


def _speaker_words(ctx: DocContext, q: Quote) -> set[str] | None:
    """The lower-cased nouns and names of ``q``'s speaker mention; None for a personal
    pronoun alone."""
    doc = ctx.doc
    s, e = q.speaker
    if e - s == 1 and ctx.kit.phrases.is_pronoun_subject(doc[s]):
        return None
    return {doc[k].lower_ for k in range(s, e) if doc[k].pos in NAMING_POS}


def _names(ctx: DocContext, q: Quote, a: int, c: int, words: set[str], pronoun: bool) -> bool:
    """Do tokens ``a``..``c`` name ``q``'s speaker?"""
    doc = ctx.doc
    s, e = q.speaker
    if a <= s and e <= c:
        return True
    if pronoun:
        return any(doc[k].ent_type_ in PERSON_LABELS for k in range(a, c))
    return any(doc[k].pos in NAMING_POS and doc[k].lower_ in words for k in range(a, c))


def _cue_gap(q: Quote) -> int:
    """Tokens between ``q``'s words and its nearest cue piece (a large number: no cue)."""
    gaps = [max(a - q.end, q.start - b, 0) for a, b in q.cue]
    return min(gaps, default=1 << 20)


def _nearer_cue(q: Quote, quotes: list[Quote]) -> bool:
    """Has another quote on ``q``'s first words its cue nearer to them than ``q``?"""
    gap = _cue_gap(q)
    return any(r is not q and r.start == q.start and _cue_gap(r) < gap for r in quotes)
