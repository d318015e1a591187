"""The source a writer's report goes on from: a Konjunktiv sentence with no statement right
before it (an orphan, :mod:`.orphans`) whose speaker nothing near names reports what the
last source phrase of the writer's sentences gave ("*Laut Aussage des Justizministeriums*
lebte X seit Jahren illegal im Land. … Zwei Agenten gaben sich als … aus. Über Monate *sei*
er beobachtet worden."), when that phrase stands in its paragraph or the one before and no
other person's statement came in between. A writer's sentence that names a text after
"in"/"im" is such a source phrase too ("*In einem Jahresbericht* des Ministeriums steht,
dass …").

>>> remembered_source(ctx, ui)   # the speaker of the source row, or None  # doctest: +SKIP
"""

from __future__ import annotations

from spacy import symbols
from spacy.tokens import Token

from .. import labels
from .context import DocContext, Quote, Span
from .nameless_sources import names_no_one
from .words import word_ids

#: how many of the writer's sentences with no row of their own the memory reaches back over
MAX_WRITERS = 3
#: how many paragraphs back the source phrase may stand
MAX_PARAGRAPHS = 1


def remembered_source(ctx: DocContext, ui: int) -> Span | None:
    """The speaker of the last source row ("laut X", "nach Angaben X", "X zufolge") before
    unit ``ui``, in its paragraph or the one before, with only the writer's sentences (at
    most :data:`MAX_WRITERS`), rows with no speaker and the source's continuations between;
    None when a statement or speech act of someone else comes first ("Die Kampagne
    berichtete über einen Marsch."; a pronoun's continuation is the source's or about
    someone, not another's)."""
    rows: dict[int, list[Quote]] = {}
    for q in ctx.quotes:
        if q.unit < ui:
            rows.setdefault(q.unit, []).append(q)
    para = ctx.units[ui].paragraph
    writers, passed = 0, set()
    for j in range(ui - 1, -1, -1):
        if para - ctx.units[j].paragraph > MAX_PARAGRAPHS:
            return None
        said = [q for q in rows.get(j, []) if q.speaker is not None]
        source = next((q for q in said if _source_row(ctx, q)), None)
        if source is not None:
            sp = source.speaker
            return None if names_no_one(ctx, sp) or passed - {sp} else sp
        if any(q.kind != "continuation" for q in said) or _speech_act(ctx, j, said):
            return None  # "Ein Sprecher sagte, …": another's statement
        passed |= {q.speaker for q in said if not _pronoun(ctx, q.speaker)}
        if not rows.get(j):
            document = _document_in(ctx, j)
            if document is not None and not passed:
                return document  # "In einem Jahresbericht des Ministeriums steht, dass …"
            writers += 1
            if writers > MAX_WRITERS:
                return None
    return None


def _document_in(ctx: DocContext, j: int) -> Span | None:
    """The last text a writer's sentence ``j`` names after one of ``document_prepositions``,
    outside quotation marks, whose noun ends in one of ``text_noun_endings`` or
    ``report_noun_endings`` ("In *einem Jahresbericht* für 2005 des Ministeriums steht, …",
    "… werden *im Bericht* auf … zurückgeführt"): where what it reports stands."""
    if not ctx.parsed:
        return None
    u, w = ctx.units[j], ctx.w
    endings = w.text_noun_endings + w.report_noun_endings
    found = None
    for t in ctx.doc[u.start : u.end]:
        if t.pos_ != "NOUN" or ctx.inside[t.i] >= 0 or not t.lower_.endswith(endings):
            continue
        adp = labels.adposition_of(t)
        if adp is not None and adp.i < t.i and adp.lower_ in w.document_prepositions:
            found = (adp.i + 1, _phrase_end(t))
    return found


def _phrase_end(noun: Token) -> int:
    """Where the noun phrase of ``noun`` ends: past its genitive attributes ("Jahresbericht
    … *des Ministeriums*"), not past a prepositional phrase the parse hangs on it ("im
    Bericht *auf die ungleiche Verteilung* zurückgeführt")."""
    end = noun.i + 1
    for c in noun.children:
        if c.i < noun.i or c.is_punct or labels.adposition_of(c) is not None:
            continue
        if labels.is_adposition(c) or labels.has_role(c, "relative_clause", "parataxis"):
            continue
        end = max(end, c.right_edge.i + 1)
    return end


def _speech_act(ctx: DocContext, j: int, said: list[Quote]) -> bool:
    """Has unit ``j`` a speech act with a speaker of its own and no row ("Die Kampagne
    berichtete über einen Marsch.")?"""
    sp = ctx.unit_speaker.get(j, (None, None))[0]
    return sp is not None and not said


def _pronoun(ctx: DocContext, sp: Span) -> bool:
    """Is the mention ``sp`` one pronoun ("er", "sie")?"""
    return sp[1] - sp[0] == 1 and ctx.doc[sp[0]].pos == symbols.PRON


def _source_row(ctx: DocContext, q: Quote) -> bool:
    """Is ``q`` framed by a source phrase: its cue opens with a word of the list
    ``source_prepositions`` ("Laut", "Nach Angaben", "zufolge")?"""
    if not q.cue or ctx.table is None:
        return False
    return ctx.table.lower[q.cue[0][0]] in word_ids(ctx.w.source_prepositions)
