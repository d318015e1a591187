"""Quotation marks glued to a word become tokens of their own.

spaCy's German tokenizer splits a quotation mark off at the edges of a whitespace-separated
chunk, but not inside one: ``sagte:„Wir`` stays one token, and so do ``Ende“,sagte`` and
``Ende.“Danach``. A quote whose opening or closing mark sits inside a token cannot start or
end at the mark (quotes are token spans), so its frame and its speaker are lost. The infix
rules added here split such a chunk at the mark and at the punctuation next to it, and only
there: a mark must touch a colon, comma, full stop, ``?`` or ``!`` on its side of the word
(``sagte:„Wir``, ``Ende“,sagte``, ``Ende.“Danach``, ``gehen?“Sie``), so apostrophe-like uses
of single marks inside words (``geht‘s``) and times (``10:30``) stay as they were.

:func:`add_mark_infixes` is called once when the newsx components are added to a pipeline
(the shipped model or an installed ``de_core_news_*``); calling it again changes nothing.
"""

from __future__ import annotations

import re

from spacy.lang.char_classes import ALPHA, CONCAT_QUOTES
from spacy.language import Language
from spacy.util import compile_infix_regex

#: marks that open a quote (German low marks, guillemets both ways, straight double quote)
OPENING = '„‚»«"'
#: marks that close a quote
CLOSING = '“‘”«»"'

MARK_INFIXES: tuple[str, ...] = (
    # "sagte:„Wir": the colon and the opening mark, each a token
    rf"(?<=[^\W\d_]):(?=[{re.escape(OPENING)}])",
    rf"(?<=:)[{re.escape(OPENING)}](?=[^\W\d_])",
    # "Ende.“Danach", "gehen?“Sie": the closing mark after the stop, before a word
    rf"(?<=[{re.escape('.!?')}])[{re.escape(CLOSING)}](?=[^\W\d_])",
    rf"(?<=[^\W\d_])[{re.escape('.!?')}](?=[{re.escape(CLOSING)}][^\W\d_])",
    # "Ende“,sagte": the closing mark and the comma after it
    rf"(?<=[^\W\d_.!?])[{re.escape(CLOSING)}](?=[,;:][^\W\d_])",
    rf"(?<=[{re.escape(CLOSING)}])[,;:](?=[^\W\d_])",
)


def add_mark_infixes(nlp: Language) -> Language:
    """Add :data:`MARK_INFIXES` to the infix rules of ``nlp``'s tokenizer (once)."""
    tokenizer = nlp.tokenizer
    finditer = getattr(tokenizer, "infix_finditer", None)
    current = getattr(finditer, "__self__", None)
    pattern = getattr(current, "pattern", None)
    if not isinstance(pattern, str):
        return nlp  # a tokenizer without regex infixes (a custom one): leave it
    kept = _keep_apostrophes(pattern)
    if MARK_INFIXES[0] in pattern:  # added before (a saved pipeline): only the apostrophes
        if kept != pattern:
            tokenizer.infix_finditer = compile_infix_regex([kept]).finditer
        return nlp
    tokenizer.infix_finditer = compile_infix_regex([*MARK_INFIXES, kept]).finditer
    return nlp


#: typographic apostrophes: kept inside a word between two letters
APOSTROPHES = "‘’"


def _quote_infix(quotes: str) -> str:
    """spaCy's German infix that splits a quotation mark (or bracket) between letters."""
    return rf"(?<=[{ALPHA}])([{quotes}\)\]\(\[])(?=[{ALPHA}])"


def _keep_apostrophes(pattern: str) -> str:
    """``pattern`` with spaCy's quote-between-letters infix minus :data:`APOSTROPHES`
    (unchanged when the pattern has no such infix: another tokenizer's rules stay)."""
    quotes = CONCAT_QUOTES.replace("'", "")
    kept = "".join(c for c in quotes if c not in APOSTROPHES)
    return pattern.replace(_quote_infix(quotes), _quote_infix(kept))
