"""Speakers a headline or teaser points forward to: „…“, sagt der Regisseur." or "Expertin:
„…“" above the dateline ("Hollywood – ") names no one yet; the body names the person
right after ("… hält einer an DVDs fest: Quentin Tarantino").

:func:`head_end` is where the head of an article ends: after the dateline of an archive
that prints title, teaser, dateline and body as one paragraph ("Teaser. Wien – Body"),
else after the first sentence. A singular description or "er"/"sie" in the head, with no
person named before it, refers to the first person the text names after it
(:meth:`pipeline.speakers.resolve.Resolver._by_headline`), when that person fits.

>>> head_end(nlp("Er kommt, sagt der Trainer. Wien – Peter Huber bleibt."))  # doctest: +SKIP
34
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.labels import DASHES

#: the dateline is looked for in this many first tokens
MAX_HEAD_TOKENS = 120
#: at most this many words name the place(s) of a dateline ("Addis Abeba/Bujumbura")
MAX_PLACE_TOKENS = 6
#: tokens that end the teaser right before the dateline's place
_TEASER_ENDS = frozenset('.!?"“”')
#: marks a dateline's place may hold ("Gaza/Jerusalem", "Frankfurt am Main")
_PLACE_MARKS = frozenset("/,()")


def head_end(doc: Doc) -> int:
    """The char offset where the head (title, teaser) of ``doc`` ends: the end of a
    dateline dash in its first tokens, else the end of the first sentence."""
    for tok in doc[:MAX_HEAD_TOKENS]:
        if tok.text in DASHES and tok.i > 1 and _place_before(doc, tok.i):
            return tok.idx + len(tok)
    if not len(doc):
        return 0
    first = next(iter(doc.sents), None) if doc.has_annotation("SENT_START") else None
    return first.end_char if first is not None else 0


def _place_before(doc: Doc, dash: int) -> bool:
    """Do one to :data:`MAX_PLACE_TOKENS` words of a place stand between the end of a
    teaser sentence and the dash at ``dash`` ("… wiedergewählt. Graz – ")?"""
    if not doc[dash - 1].whitespace_ or not doc[dash].whitespace_:
        return False  # "Kinder- und": a hyphen inside words
    if not (doc[dash - 1].text[:1].isupper() or doc[dash - 1].text == ")"):
        return False  # "… sagt er es – wir": no place
    k = dash - 1
    while k >= 0 and dash - k <= MAX_PLACE_TOKENS:
        tok = doc[k]
        if tok.text in _TEASER_ENDS:
            return k < dash - 1 and doc[k + 1].text[:1].isupper()
        if not (tok.text[:1].isupper() or tok.text in _PLACE_MARKS or tok.is_lower):
            return False
        k -= 1
    return False
