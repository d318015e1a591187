"""Interviews, Q&A pieces and headline attributions: paragraphs that open with a label.

"Häupl: Das werden wir sehen." -- the text after a speaker label (to the next label or the
end of the paragraph) is a direct quote of that speaker, the label is its cue
(``interview:label``). In a Q&A piece ("STANDARD: …",
"Frage: …" / "Antwort: …", "F: …" / "A: …") questions belong to the interviewer label
(rule ``interview:question``, so a count of speakers can leave them out),
answers under a generic label to the interviewee the lead names (``interview:answer``).
A single labelled paragraph counts only when the label names a person of the text
("Scolik: Die Verhandlungen sind gescheitert."), so "Fazit: …" stays a sentence. In a text
of one paragraph with persons' labels and no interviewer's questions (a report that quotes
"Schaub: Ein wunderbarer Abend."), a label's words end where the writer's sentences start.
A chat with readers ("User X fragt nach dem Wahlmodus: Stefan Brändle: Sie haben recht, …")
puts a person's label right after the colon of each reader's question: two such labels or
more are labels too, and each answer runs to the sentence of the next question.

>>> interviews(ctx)   # appends direct quotes to ctx.quotes  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.strings import get_string_id
from spacy.symbols import CCONJ

from ..labels import DASHES
from .context import DocContext, Quote, Span
from .mentions import PERSON_LABELS, is_web_source
from .phrases import SENT_END
from .spaces import before_spaces, past_spaces
from .spoken_runs import speech_goes_on
from .words import word_ids

#: a label is at most this many tokens before its colon
MAX_LABEL = 3
COLON = get_string_id(":")
#: the cue lemma of every row: the rules' prefix (a word of the rule files, not spelt here)
#: the rules of its rows (also :mod:`.qa_turns` and :mod:`.headline_media`)
LABEL_RULE = "interview:label"
ANSWER_RULE = "interview:answer"
QUESTION_RULE = "interview:question"
CUE_LEMMA = LABEL_RULE.partition(":")[0]
CONFIDENCE = 0.95  # above the frames inside an answer, which it contains
#: a closing credit in brackets ("(Interview: Maria Huber, 12.8.2016)") has at most this
#: many tokens inside
MAX_CREDIT = 12
SENTENCE_ENDS = SENT_END | {"“", '"', "”", "«", "»"}  # a sentence's end, also in marks
#: what stands before a label inside a unit (:func:`_inner_heads`)
INNER_HEAD_AFTER = SENTENCE_ENDS | {","}


@dataclass
class Labelled:
    """A paragraph that opens with ``Label:``."""

    label: Span  # the label's tokens
    content: Span  # the paragraph after the colon
    first_unit: int
    kind: str  # "person", "question", "answer", "other"


def interviews(ctx: DocContext) -> None:
    """Append the labelled paragraphs of ``ctx.doc`` as direct quotes."""
    labelled = _labelled(ctx)
    _repeated_names(ctx, labelled)
    _answering_names(ctx, labelled)
    _body_headline(ctx, labelled)
    asking = _repeated_labels(ctx, labelled)
    found = [
        p
        for p in labelled
        if p.kind != "other" or _is_outlet(ctx, p.label) or _text(ctx, p.label) in asking
    ]
    if not found:
        return
    qa = sum(p.kind in ("person", "answer") for p in found) >= 1 and len(found) >= 2
    if not qa:
        found = [_headline(ctx, p) for p in found if p.kind == "person"]
    elif any(p.kind in ("question", "other") for p in found):
        _run_to_next(ctx, found)
    answering = interviewee(ctx, found[0].first_unit) if found else None
    if answering is None and all(p.kind in ("question", "answer") for p in found):
        _after_labels(ctx, found)
        return  # an explainer's "Frage: … Antwort: …" with no one answering: the writer's text
    _drop_across_labels(ctx, found)
    asked = any(p.kind in ("question", "other") for p in found)
    for p in found:
        speaker = p.label
        rule = LABEL_RULE
        if p.kind == "answer":
            speaker, rule = answering, ANSWER_RULE
        elif p.kind == "question":
            speaker, rule = None, QUESTION_RULE
        elif p.kind == "other":
            rule = QUESTION_RULE  # the outlet asks ("STANDARD: …"): filter on the rule
        q = Quote("direct", [p.content], CONFIDENCE, rule, p.first_unit, speaker, [p.label])
        q.cue_lemma = CUE_LEMMA
        q.direct = True
        if not asked and p.kind == "person" and _one_paragraph(ctx) and not _after_colon(ctx, p):
            q.parts = [(p.content[0], _spoken_end(ctx, q, p))]
        ctx.quotes.append(q)
    if qa:
        ctx.quotes.extend(_unlabelled_questions(ctx, labelled, found))


def _repeated_names(ctx: DocContext, labelled: list[Labelled]) -> None:
    """A name label the entity recogniser does not tag, repeated at two answers or more, is
    a person's label when one of its answers speaks in the first person ("Zadić: Wir
    verhandeln hart. … Zadić: Das war überfällig."): a proper noun, maybe after roles, no
    rubric or part of a text (``heading_labels``: "Fazit:", "Update:" stay sentences), no
    outlet ("Standard:", ``own_outlets``) and no label whose paragraphs mostly ask."""
    hits: dict[str, list[Labelled]] = {}
    for p in labelled:
        if p.kind == "other" and _name_like(ctx, p.label):
            hits.setdefault(_text(ctx, p.label), []).append(p)
    first = word_ids(ctx.w.first_person_forms)
    for ps in hits.values():
        asks = sum(ctx.doc[p.content[1] - 1].text == "?" for p in ps)
        if (
            len(ps) >= 2
            and 2 * asks < len(ps)
            and (
                not ctx.pos or any(_noun_at(ctx, p.label[1] - 1) for p in ps)
            )  # the interviewer's label ("Profil: …?") asks
            and any(ctx.table.lower[k] in first for p in ps for k in range(*p.content))
        ):
            for p in ps:
                p.kind = "person"


def _body_headline(ctx: DocContext, labelled: list[Labelled]) -> None:
    """The title's label names a body ("Innenministerium: Sind über jede Entlastung froh",
    "Greenpeace: Projekt ist Klimasünde"): the only label of the text besides rubrics, in
    its first unit, its last word an organisation (tagged ORG or an organisation noun of
    the roles), no rubric or own outlet, and no result after it ("Rapid: 2:1 gegen Sturm"
    is the writer's report) -- the body's headline attribution, like a person's, to a dash."""
    if not labelled or labelled[0].first_unit != 0 or labelled[0].kind != "other":
        return
    if any(p.kind != "other" or _is_outlet(ctx, p.label) for p in labelled[1:]):
        return  # an interview: its labels decide
    p = labelled[0]
    a, b = p.label
    headings = word_ids(ctx.w.heading_labels | ctx.w.own_outlets)
    if any(ctx.table.lower[k] in headings for k in range(a, b)) or _score(ctx, p.content):
        return
    m = ctx.kit.roles.lookup(ctx.doc[b - 1].text)
    body = ctx.doc[b - 1].ent_type_ == "ORG" or (m is not None and m.kind == "org")
    if body and all(_body_word(ctx, k) for k in range(a, b - 1)):
        p.kind = "person"  # its words end at a dash: the title's next piece is the writer's
        p.content = (p.content[0], _before_dash(ctx, *p.content))


def _body_word(ctx: DocContext, k: int) -> bool:
    """A word before a body's name: of its organisation entity, an adjective or proper noun
    ("Rotes Kreuz", "Griechische Regierung"), a role or organisation noun; a thing noun
    names a topic ("Literaturprojekt Crowd: Von Helsinki nach Zypern")."""
    t = ctx.doc[k]
    if t.ent_type_ == "ORG" or (ctx.pos and t.pos_ in ("ADJ", "PROPN")):
        return True
    m = ctx.kit.roles.lookup(t.text)
    return m is not None and m.kind in ("role", "org")


def _score(ctx: DocContext, span: Span) -> bool:
    """Does ``span`` hold a result ("2:1", "3-0")?"""
    return any(
        any(c.isdigit() for c in ctx.table.texts[k])
        and ("-" in ctx.table.texts[k] or ":" in ctx.table.texts[k])
        for k in range(*span)
    )


def _noun_at(ctx: DocContext, k: int) -> bool:
    """Is token ``k`` tagged as a noun or proper noun? (The tagger is unsure of an unknown
    surname before a colon: one of its labels as a noun is enough.)"""
    return ctx.doc[k].pos_ in ("PROPN", "NOUN")


def _name_like(ctx: DocContext, label: Span) -> bool:
    """A proper noun after roles only ("Zadić", "Ministerin Zadić"), no outlet, no heading;
    a surname the recogniser tags as an organisation ("Huber:") is a name too unless it is
    in capitals or an organisation noun of the roles (the repeated answers decide)."""
    a, b = label
    headings = word_ids(ctx.w.heading_labels | ctx.w.own_outlets)
    if _caps(ctx, label) or any(ctx.table.lower[k] in headings for k in range(a, b)):
        return False
    roles = ctx.kit.roles
    if (m := roles.lookup(ctx.doc[b - 1].text)) is not None and m.kind == "org":
        return False
    return all(
        (m := roles.lookup(t.text)) is not None and m.kind == "role" for t in ctx.doc[a : b - 1]
    )


def _unlabelled_questions(
    ctx: DocContext, labelled: list[Labelled], found: list[Labelled]
) -> list[Quote]:
    """A paragraph with no label right before the answer of a person's label that answers
    twice or more asks the interviewer's question (derStandard prints questions in bold,
    plain text loses it): when it ends with a question mark, or after another answer when
    it addresses the interviewee ("Ihre Partei blockiert …"). No speaker, like "Frage:"."""
    if _one_paragraph(ctx):
        return []
    counts: dict[str, int] = {}
    for p in found:
        if p.kind == "person":
            counts[_text(ctx, p.label)] = counts.get(_text(ctx, p.label), 0) + 1
    paras = {ctx.units[p.first_unit].paragraph: p for p in labelled}
    order = sorted({u.paragraph for u in ctx.units})
    out = []
    for prev, para, nxt in zip([None, *order], order, order[1:], strict=False):
        answer = paras.get(nxt)
        if para in paras or answer is None or counts.get(_text(ctx, answer.label), 0) < 2:
            continue
        span = _paragraph_span(ctx, para)
        asks = ctx.doc[span[1] - 1].text == "?"
        if asks or (prev in paras and paras[prev].kind == "person" and addresses(ctx, span)):
            q = Quote("direct", [span], CONFIDENCE, QUESTION_RULE, ctx.unit_of[span[0]])
            q.cue_lemma = CUE_LEMMA
            q.direct = True
            out.append(q)
    return out


def _paragraph_span(ctx: DocContext, para: int) -> Span:
    """The text of paragraph ``para`` without the spaces around it."""
    ui = next(n for n, u in enumerate(ctx.units) if u.paragraph == para)
    end = _paragraph_end(ctx, ui)
    return (past_spaces(ctx.doc, ctx.units[ui].start, end), end)


def addresses(ctx: DocContext, span: Span) -> bool:
    """A polite address form inside a sentence ("viele Ihrer Vorhaben")."""
    polite, doc = ctx.w.polite_address_forms, ctx.doc
    return any(
        doc[k].text in polite and k > past_spaces(doc, ctx.units[ctx.unit_of[k]].start, k)
        for k in range(*span)
    )


def _answering_names(ctx: DocContext, labelled: list[Labelled]) -> None:
    """A one-word label of no known kind right after the outlet's question is the
    interviewee's surname though no entity names it ("STANDARD: Wie geht es weiter?
    Berger: Wir warten ab."): it labels a person's answer."""
    for prev, p in pairwise(labelled):
        if (
            p.kind == "other"
            and p.label[1] - p.label[0] == 1
            and not _is_outlet(ctx, p.label)
            and _is_outlet(ctx, prev.label)
            and prev.content[1] > prev.content[0]
            and ctx.doc[prev.content[1] - 1].text == "?"
        ):
            p.kind = "person"


def _one_paragraph(ctx: DocContext) -> bool:
    """Does the archive join the whole text into one paragraph?"""
    return ctx.units[-1].paragraph == ctx.units[0].paragraph


def _spoken_end(ctx: DocContext, q: Quote, p: Labelled) -> int:
    """Where the words after a person's label end in a text of one paragraph with no
    interviewer's questions ("Schaub: Ein wunderbarer Abend. Sonnleitner: Wir haben es mit
    Herz geschafft. Das Playoff … wird am Freitag gelost."): the label's sentence and the
    sentences after it that read as more of its speech (:func:`.spoken_runs.speech_goes_on`),
    not the writer's sentences that follow before the next label."""
    end = min(p.content[1], _trim(ctx, ctx.units[p.first_unit].end))
    for ui in range(p.first_unit + 1, len(ctx.units)):
        u = ctx.units[ui]
        if u.start >= p.content[1] or not speech_goes_on(ctx, q, ui):
            break
        end = min(p.content[1], _trim(ctx, u.end))
    return end


def _run_to_next(ctx: DocContext, found: list[Labelled]) -> None:
    """In a Q&A piece with an interviewer's label a question or answer runs to the next
    label of the piece: a label of no known kind inside an answer ("Ein Beispiel: Wir
    exportieren …", "Das Problem: …") is the interviewee's own words, not its end."""
    for n, p in enumerate(found):
        end = _paragraph_end(ctx, p.first_unit)
        if n + 1 < len(found):
            nxt = found[n + 1]
            if ctx.units[nxt.first_unit].paragraph == ctx.units[p.first_unit].paragraph:
                end = min(end, _trim(ctx, nxt.label[0]))
        p.content = (p.content[0], before_credit(ctx, p.content[0], end))


def _drop_across_labels(ctx: DocContext, found: list[Labelled]) -> None:
    """A quote of the earlier steps that runs over a label is cut wrong: the label is the
    cue of the labelled paragraph, no part of another statement ("STANDARD: Die fordern
    derzeit …" is the interviewer's question, not a statement of "Die")."""
    labels = [p.label[0] for p in found]
    ctx.quotes[:] = [
        q for q in ctx.quotes if not any(a <= k < b for a, b in q.parts for k in labels)
    ]


def _after_labels(ctx: DocContext, found: list[Labelled]) -> None:
    """In an explainer's questions and answers, a statement the answer reports ("Antwort:
    Er hänge davon ab, heißt es im Ministerium") starts after the label, not at it; a quote
    with a label further inside is cut wrong and dropped (:func:`_drop_across_labels`)."""
    starts = {p.label[0]: p.content[0] for p in found}
    for q in ctx.quotes:
        q.parts = [(starts.get(a, a), b) for a, b in q.parts]
        q.parts = [(a, b) for a, b in q.parts if a < b] or q.parts
    _drop_across_labels(ctx, found)


def _text(ctx: DocContext, span: Span) -> str:
    return ctx.doc[span[0] : span[1]].text


def _repeated_labels(ctx: DocContext, labelled: list[Labelled]) -> set[str]:
    """Labels of no known kind that ask the questions of a Q&A piece: at least two of them
    and at least two answers under a person's label ("Standard: …? Netrebko: …")."""
    if sum(p.kind == "person" for p in labelled) < 2:
        return set()
    counts: dict[str, int] = {}
    for p in labelled:
        if p.kind == "other":
            key = _text(ctx, p.label)
            counts[key] = counts.get(key, 0) + 1
    return {key for key, n in counts.items() if n >= 2}


def _headline(ctx: DocContext, p: Labelled) -> Labelled:
    """A single label in a text of one paragraph (archives that join title, teaser and body:
    "ZTE-Chef Schuster: Wir wollen wachsen. Der Konzern plant …") heads its sentence only."""
    if ctx.units[-1].paragraph != ctx.units[0].paragraph:
        return p
    end = min(p.content[1], _trim(ctx, ctx.units[p.first_unit].end))
    return Labelled(p.label, (p.content[0], end), p.first_unit, p.kind)


def _labelled(ctx: DocContext) -> list[Labelled]:
    """Sentence-initial ``Label:`` whose text is not in quotation marks; its text runs to
    the next label or the end of the paragraph (archives often keep no paragraphs:
    "… die Flüchtlingskrise. STANDARD: Wie …? Poposki: Wir …")."""
    heads = list(_label_heads(ctx))
    heads += _inner_heads(ctx, heads) + _colon_heads(ctx) + _dash_heads(ctx)
    heads = sorted(set(heads), key=lambda h: h[2])
    out = []
    for n, (ui, first, colon) in enumerate(heads):
        u = ctx.units[ui]
        end = _paragraph_end(ctx, ui)
        if n + 1 < len(heads) and ctx.units[heads[n + 1][0]].paragraph == u.paragraph:
            end = min(end, _trim(ctx, _head_start(ctx, heads[n + 1], colon)))
        start = colon + 1
        while start < end and (ctx.table.orth[start] == COLON or ctx.doc[start].is_space):
            start += 1  # "STANDARD:: Die …" (a doubled colon in the archive)
        end = before_credit(ctx, start, end)
        if first > 0 and ctx.table.texts[first - 1] in DASHES:
            end = _before_dash(ctx, start, end)
        if start >= end or ctx.inside[start] >= 0:
            continue  # "Nagl: „…“" is a colon frame of the direct quote
        if ctx.pos and ctx.table.pos[first] == CCONJ and first + 1 < colon:
            first += 1  # "Und Leni Egger: …": the conjunction joins, the name labels
        out.append(Labelled((first, colon), (start, end), ui, _kind(ctx, first, colon)))
    return out


def positions(ids: list[int], wanted: int) -> list[int]:
    """The indices where ``wanted`` stands in ``ids``, in order (rare words: one
    ``list.index`` per hit instead of a Python step per token)."""
    out: list[int] = []
    k = -1
    while True:
        try:
            k = ids.index(wanted, k + 1)
        except ValueError:
            return out
        out.append(k)


def _label_heads(ctx: DocContext):
    """``(unit, label start, colon)`` of every unit that opens with ``Label:`` (the first
    colon within :data:`MAX_LABEL` words of its start; the colons are found by
    ``list.index``, a C scan of the context's ORTH ids); an outlet's web address after a
    full stop inside a unit counts too ("… nie weg. derStandard.at: Was tun?": the sentence
    splitter keeps a lower-case word in the sentence before)."""
    seen = set()
    doc = ctx.doc
    for k in positions(ctx.table.orth, COLON):
        ui = ctx.unit_of[k]
        u = ctx.units[ui]
        if (
            k - 1 > u.start
            and doc[k - 2].text in SENTENCE_ENDS
            and is_web_source(ctx, doc[k - 1].text)
        ):
            yield ui, k - 1, k
            continue
        # a double space before the sentence is no word of its label ("…  STANDARD: …"),
        # nor a conjunction before a label ("Und Stürmer Jan Novak:")
        start = past_spaces(doc, u.start, k)
        first = start + 1 if ctx.table.pos[start] == CCONJ else start
        if ui in seen or not first < k <= first + MAX_LABEL:
            continue
        seen.add(ui)
        if _label_like(ctx, start, k):
            yield ui, start, k


def _inner_heads(ctx: DocContext, heads: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Labels that open two or more units elsewhere, again inside a unit after a sentence's
    end, an abbreviation or a comma: the sentence splitter took the full stop for an
    abbreviation's ("state of the art. Ederer: …", "usw. STANDARD: …") or the archive lost
    it ("hast du Erfolg, STANDARD: Können Sie …")."""
    doc = ctx.doc
    counts: dict[str, int] = {}
    for _, first, colon in heads:
        key = doc[first:colon].text
        counts[key] = counts.get(key, 0) + 1
    known = {key for key, n in counts.items() if n >= 2}
    if not known:
        return []
    taken = {colon for _, _, colon in heads}
    out = []
    for k in positions(ctx.table.orth, COLON):
        ui = ctx.unit_of[k]
        start = ctx.units[ui].start
        if k in taken or ctx.inside[k] >= 0:
            continue
        for n in range(1, MAX_LABEL + 1):
            a = k - n
            if a - 1 < start:
                break
            before = doc[a - 1].text
            if doc[a:k].text in known and (before in INNER_HEAD_AFTER or before.endswith(".")):
                out.append((ui, a, k))
                break
    return out


def _colon_heads(ctx: DocContext) -> list[tuple[int, int, int]]:
    """A person's label right after another colon, two times or more: a chat or forum
    Q&A reports each reader's question and gives the answer after it ("User X interessiert
    sich für den Wahlmodus: Stefan Brändle: Sie haben recht, …"); the sentence splitter
    keeps the label inside the question's unit."""
    doc, orth = ctx.doc, ctx.table.orth
    found: dict[str, list[tuple[int, int, int]]] = {}
    for k in positions(orth, COLON):
        if ctx.inside[k] >= 0:
            continue
        for a in range(k - 1, max(k - MAX_LABEL, 1) - 1, -1):
            if orth[a - 1] == COLON:
                if _label_like(ctx, a, k) and _names_person(ctx, a, k):
                    found.setdefault(doc[a:k].text, []).append((ctx.unit_of[k], a, k))
                break
    return [h for hits in found.values() if len(hits) >= 2 for h in hits]


def _dash_heads(ctx: DocContext) -> list[tuple[int, int, int]]:
    """A label right after a dash in the title (an archive joins the title's parts with
    dashes: "Fico bringt Alternative ins Spiel – Innenministerium: Sind über jede
    Entlastung froh – 2.000 Migranten …"); its words end at the next dash. Not in a text
    that opens with its dateline ("Wien – …")."""
    if not ctx.units or ctx.units[0].dateline:
        return []
    texts, end = ctx.table.texts, ctx.units[0].end
    out = []
    for k in positions(ctx.table.orth, COLON):
        if k >= end:
            break
        if ctx.inside[k] >= 0:
            continue
        for a in range(k - 1, max(k - MAX_LABEL, 1) - 1, -1):
            if texts[a - 1] in DASHES:
                if _label_like(ctx, a, k):
                    out.append((0, a, k))
                break
    return out


def _before_dash(ctx: DocContext, start: int, end: int) -> int:
    """``end``, or the first dash after ``start`` before it (spaces trimmed)."""
    texts = ctx.table.texts
    for k in range(start + 1, end):
        if texts[k] in DASHES:
            return _trim(ctx, k)
    return end


def _after_colon(ctx: DocContext, p: Labelled) -> bool:
    """Does the label stand right after another colon (:func:`_colon_heads`)? Its answer
    runs to the next reader's question, not only over the sentences that read as speech."""
    return p.label[0] > 0 and ctx.table.orth[p.label[0] - 1] == COLON


def _head_start(ctx: DocContext, head: tuple[int, int, int], colon: int) -> int:
    """Where the text before label ``head`` ends: its label, or for a label after a reader's
    question (:func:`_colon_heads`) the start of the question's unit when that comes after
    ``colon``, the colon of the label before."""
    ui, first, _ = head
    if first > 0 and ctx.table.orth[first - 1] == COLON and ctx.units[ui].start > colon:
        return ctx.units[ui].start
    return first


def before_credit(ctx: DocContext, start: int, end: int) -> int:
    """``end``, or where a closing credit in brackets begins: the writer and the date after
    the last answer ("(Interview: Maria Huber, 12.8.2016)", "(red, 4.8.2015)") are no words
    of the interviewee, nor is the fact box an archive joins after them ("… will mehr.
    (red, 4.8.2015) Qualifikation zur Champions League, 3. Runde: …"). A credit: brackets
    after a sentence's end, closed within :data:`MAX_CREDIT` tokens, with a comma followed
    by a date (a token with digits) inside."""
    texts = ctx.table.texts
    for k in range(start + 1, end - 3):
        if texts[k] == "(" and texts[k - 1] in SENTENCE_ENDS and _dated_credit(ctx, k, end):
            return _trim(ctx, k)
    return end


def _dated_credit(ctx: DocContext, k: int, end: int) -> bool:
    """Do the brackets opened at ``k`` close within :data:`MAX_CREDIT` tokens, with a comma
    and a token with digits right after it inside?"""
    texts = ctx.table.texts
    for m in range(k + 1, min(end, k + MAX_CREDIT + 2)):
        if texts[m] == "(":
            return False
        if texts[m] == ")":
            return any(
                texts[j] == "," and any(c.isdigit() for c in texts[j + 1])
                for j in range(k + 1, m - 1)
            )
    return False


def _trim(ctx: DocContext, end: int) -> int:
    """``end`` before the whitespace tokens that precede it."""
    return before_spaces(ctx.doc, 0, end)


def _label_like(ctx: DocContext, a: int, b: int) -> bool:
    """Capitalised words only, no verb, no digits ("Häupl", "Frage", "STANDARD",
    "ZTE-Chef Schuster"); a lower-case word only inside a person's name after its first
    word ("Van der Bellen")."""
    toks = ctx.doc[a:b]
    if b - a == 1 and is_web_source(ctx, toks[0].text):
        return True  # an outlet's web address: "derStandard.at:"
    if b - a == 1 and ctx.table.lower[a] in word_ids(ctx.w.enumerators):
        return False  # "Erstens: … Zweitens: …" inside an answer
    return all(
        t.text.replace("-", "").isalpha()
        and (t.text[:1].isupper() or (t.i > a and t.ent_type_ in PERSON_LABELS))
        and not (ctx.pos and t.pos_ in ("VERB", "AUX"))
        for t in toks
    )


def _kind(ctx: DocContext, a: int, b: int) -> str:
    low = " ".join(t.lower_ for t in ctx.doc[a:b])
    if low in ctx.w.question_labels:
        return "question"
    if low in ctx.w.answer_labels:
        return "answer"
    if _names_person(ctx, a, b):
        return "person"
    return "other"


def _names_person(ctx: DocContext, a: int, b: int) -> bool:
    """The label is a person entity, or words of a person entity of the text, after a
    role ("ZTE-Chef Schuster", "Bürgermeister Nagl")."""
    doc = ctx.doc
    if any(t.ent_type_ in PERSON_LABELS for t in doc[a:b]):
        return True
    if ctx.person_words is None:  # read once per Doc
        ents = ctx.ents()
        ctx.person_words = {t.text for e in ents if e.label_ in PERSON_LABELS for t in e}
    if doc[b - 1].text not in ctx.person_words:
        return False
    roles = ctx.kit.roles
    return all((m := roles.lookup(t.text)) is not None and m.kind == "role" for t in doc[a : b - 1])


def _is_outlet(ctx: DocContext, label: Span) -> bool:
    """An all-capitals label ("STANDARD") or an organisation: the interviewer."""
    toks = ctx.doc[label[0] : label[1]]
    if any(t.lower_ in ctx.w.heading_labels for t in toks):
        return False  # a rubric: "INTERVIEW: Die Sängerin … spricht über …"
    return _caps(ctx, label) or any(t.ent_type_ == "ORG" for t in toks)


def _caps(ctx: DocContext, label: Span) -> bool:
    """Is the label in capitals, words of three letters or more ("STANDARD")?"""
    return all(t.isupper() and len(t) > 2 for t in ctx.table.texts[label[0] : label[1]])


def _paragraph_end(ctx: DocContext, ui: int) -> int:
    """End of the paragraph's text (without the final space)."""
    para = ctx.units[ui].paragraph
    end = ui
    while end + 1 < len(ctx.units) and ctx.units[end + 1].paragraph == para:
        end += 1
    return before_spaces(ctx.doc, ctx.units[ui].start, ctx.units[end].end)


def interviewee(ctx: DocContext, first_label_unit: int) -> Span | None:
    """The person the lead names: the longest person entity before the first label."""
    limit = ctx.units[first_label_unit].start
    persons = [
        e
        for e in ctx.ents()
        if e.label_ in PERSON_LABELS and e.end <= limit and not credited(ctx, e.start, e.end)
    ]
    if not persons:
        return None
    best = max(persons, key=lambda e: (len(e), -e.start))
    return (best.start, best.end)


def credited(ctx: DocContext, a: int, b: int) -> bool:
    """Does the person at ``a:b`` end an interviewer's credit ("Das Gespräch führte Maria
    Huber.", "Interview: Maria Huber", "Die Fragen stellte …")? The credit nouns
    (``interview_credit_nouns``) before it, as the unit's label ("Interview:", not "Im
    Gespräch: …") or with a credit verb (``interview_credit_lemmas``), and only punctuation
    after the name in its unit."""
    u = ctx.units[ctx.unit_of[a]]
    if any(not (t.is_punct or t.is_space) for t in ctx.doc[b : u.end]):
        return False
    nouns, lemmas = ctx.w.interview_credit_nouns, ctx.w.interview_credit_lemmas
    first = past_spaces(ctx.doc, u.start, a)
    toks = ctx.doc[first:a]
    if len(toks) > 1 and toks[0].lower_ in nouns and toks[1].text == ":":
        return True
    return any(t.lower_ in nouns for t in toks) and any(t.lemma_.lower() in lemmas for t in toks)
