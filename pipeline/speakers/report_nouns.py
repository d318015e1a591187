"""Report nouns that name their source only by reference.

Two classes (used by :class:`pipeline.speakers.resolve.Resolver`):

- a compound report noun names its body in its first part: "nach US-Justizangaben" ->
  "Justiz", "laut Armeeangaben" -> "Armee", "nach Ministeriumsangaben" -> "Ministerium"
  (:func:`compound_source`): the report noun is a ``source_noun`` of roles.jsonl, the first
  part (without a leading country code and a linking "s") a body of the lexicon;
- a bare report noun with a definite or demonstrative article ("den Angaben zufolge",
  "diesen Informationen nach", "dem Bericht zufolge") points back to the same noun named
  before with its body ("nach Angaben der Justiz", "nach Polizeiangaben")
  (:func:`earlier_report`).

>>> compound_source("US-Justizangaben", lex)  # doctest: +SKIP
'Justiz'
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.labels import has_role, morph_has, morph_values

#: the shortest first part taken as a body ("UN" is an acronym, handled apart)
MIN_PREFIX = 3
#: a leading country code before a hyphen ("US-", "EU-"): at most this many capitals
MAX_CODE = 3
#: how many sentences before the mention the earlier report may stand
REPORT_SENTENCES = 6


def source_ending(word: str, lex) -> str | None:
    """The ``source_noun`` form ``word`` ends in as a compound's last part, lower-cased."""
    low = word.lower()
    return next(
        (f for f in _source_forms(lex) if low.endswith(f) and len(low) - len(f) >= MIN_PREFIX),
        None,
    )


def _source_forms(lex) -> tuple[str, ...]:
    forms = getattr(lex, "_report_forms", None)
    if forms is None:
        forms = tuple(
            sorted(
                {f.lower() for r in lex.records if r["kind"] == "source_noun" for f in r["forms"]},
                key=len,
                reverse=True,
            )
        )
        lex._report_forms = forms
    return forms


def compound_source(word: str, lex) -> str | None:
    """The body a compound report noun names in its first part, as written, or None."""
    ending = source_ending(word, lex)
    if ending is None:
        return None
    prefix = word[: len(word) - len(ending)].rstrip("-")
    head, _, rest = prefix.partition("-")
    if rest and head.isupper() and len(head) <= MAX_CODE:
        prefix = rest  # "US-Justiz": the country's Justiz
    if "-" in prefix or not prefix[:1].isupper():
        return None
    for cand in (prefix[:-1] if prefix.endswith("s") else None, prefix):
        if not cand or len(cand) < MIN_PREFIX:
            continue
        m = lex.lookup(cand)
        if m is not None and m.kind == "org" and not m.other_office:
            # a class noun ("Konzern", "Sender") names a body the text names elsewhere
            return None if cand.lower().endswith(lex.class_nouns) else cand
    return None


def bare_report(span: Span, lex) -> Token | None:
    """The noun of a mention that is only a definite or demonstrative article and a
    ``source_noun`` or document noun ("den Angaben", "diesem Bericht"), else None."""
    toks = [t for t in span if not t.is_punct and not t.is_space]
    if len(toks) != 2:
        return None
    det, noun = toks
    if not (morph_has(det, "Definite=Def") or morph_has(det, "PronType=Dem")):
        return None
    if det.lower_ in lex.possessive_gender:
        return None
    m = lex.lookup(noun.text)
    if (m is not None and m.kind == "source_noun") or noun.lower_ in lex.document_nouns:
        return noun
    return None


def earlier_report(doc: Doc, noun: Token, first: int) -> Token | None:
    """The nearest token before ``noun`` (from token ``first`` on) that is the same report
    noun or a compound of it ("Angaben" … "Polizeiangaben")."""
    low = noun.lower_
    for i in range(noun.i - 1, first - 1, -1):
        t = doc[i]
        if t.lower_.endswith(low) and t.is_alpha:
            return t
    return None


def report_body(report: Token) -> Span | None:
    """The body a report noun names after it: its genitive or "von" attribute ("Angaben der
    Justiz", "einem Bericht des Magazins"), as a phrase; None without one."""
    doc = report.doc
    for c in report.children:
        if c.i > report.i and c.pos_ in ("NOUN", "PROPN") and has_role(c, "noun_modifier"):
            start = c.left_edge.i
            genitive = any("Gen" in morph_values(t, "Case") for t in doc[start : c.i + 1])
            if not genitive and doc[start].pos_ != "ADP":
                return None  # "nach Schätzungen 15.000 Menschen": no attribute
            while start < c.i and doc[start].pos_ == "ADP":
                start += 1
            end = c.right_edge.i + 1
            comma = next((t.i for t in doc[c.i : end] if t.text in (",", "(")), end)
            return doc[start:comma]
    return None
