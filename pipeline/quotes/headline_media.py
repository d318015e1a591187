"""Headline labels that name a medium (issue 10, round 36: class leak36).

"AFP: Mindestens zwölf Tote bei Anschlag", "Kurier: Kanzler will Steuerreform vorziehen",
"Tageszeitung: Regierung plant neue Steuer": the title's label (:mod:`.interviews`) names
the medium or agency that reported the news, not a speaker whose words follow: a report,
no words in marks. Such a row becomes an indirect one of the medium (rule
``interview:medium``) rated :data:`CONFIDENCE` instead of the label's direct quote. A
medium named by its class only ("Zeitung:", "Tageszeitung:") is the one the body names as
a source of a statement ("…, berichtete die Zeitung Danas"): the row takes that statement's
speaker mention. A person's label ("Merkel: Grenzen bleiben offen") stays a direct quote.

Measured (round 36): see the commit message and the notes' report_leak36.md.

>>> headline_media(ctx)   # rewrites the title's medium label rows in place  # doctest: +SKIP
"""

from __future__ import annotations

from .context import DocContext, Quote
from .interviews import LABEL_RULE
from .mentions import PERSON_LABELS, is_medium

#: the rule of a medium's headline row (a labelled row's: :data:`.interviews.LABEL_RULE`)
RULE = "interview:medium"
#: a medium's report, not its words: rated below a person's label (0.95)
CONFIDENCE = 0.6


def headline_media(ctx: DocContext) -> None:
    """Make the title's medium label rows indirect rows of the medium (module doc)."""
    for q in ctx.quotes:
        if q.rule != LABEL_RULE or q.unit != 0 or q.speaker is None:
            continue
        if not is_medium(ctx, q.speaker) or _names_person(ctx, q):
            continue
        q.kind, q.direct, q.rule, q.confidence = "indirect", False, RULE, CONFIDENCE
        if not _named(ctx, q):
            body = _body_medium(ctx)
            if body is not None:
                q.take_speaker(body)


def _names_person(ctx: DocContext, q: Quote) -> bool:
    return any(ctx.doc[k].ent_type_ in PERSON_LABELS for k in range(*q.speaker))


def _named(ctx: DocContext, q: Quote) -> bool:
    """Does the label name its medium (an entity), not only its class ("Zeitung")?"""
    return any(ctx.doc[k].ent_type_ for k in range(*q.speaker))


def _body_medium(ctx: DocContext) -> Quote | None:
    """The first statement after the title whose speaker is a medium, not a person."""
    body = [
        q
        for q in ctx.quotes
        if q.unit > 0
        and q.speaker is not None
        and not q.nested
        and is_medium(ctx, q.speaker)
        and not _names_person(ctx, q)  # "Staatsanwalt X der Welt am Sonntag": X speaks
    ]
    return min(body, key=lambda q: q.start, default=None)
