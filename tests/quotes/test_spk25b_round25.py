"""Speaker mentions of round 25, second wave (issue 10, "Speakers"): classes of the frame's
words that name the speaker, from the hand-judged derStandard rows.

- a dative opened by an article that may be genitive too, right after the cue verb ("sagte
  einer Zeitung am Dienstag Ministerin X"): the tagger's feminine dative noun makes it the
  one spoken to, the speaker is the phrase after the adverbials, with none no speaker; "der"
  before a noun the tagger calls a feminine dative ("sagte der Zeitung ein Sprecher") only
  when a speaker follows ("teilte der ORF mit" stays); "einer der Beamten" (an article
  after it) and a dative after the subject stay
  (:mod:`pipeline.quotes.addressee_subjects`);
- a phrase of time after the addressee ends at its noun ("sagte einem Reporter am Montag der
  Bürgermeister": no genitive of "Montag");
- a plan or idea noun set off by "so" ("…, so der Plan.", "…, so das Konzept, …",
  ``so_plan_noun_endings``): no speaker, like a claim noun; with a genitive owner the
  mention runs on (:mod:`pipeline.quotes.claim_mentions`);
- a claim, view or plan noun after a possessive ("…, so sein Vorwurf.", "so ihre Sorge"):
  the possessive names whom it points to, like "Sein Argument: …" (roles.jsonl
  ``utterance_nouns.claim``).

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Die Lage sei ernst, sagte einer Zeitung am Dienstag Ministerin Anna Berger.",
        [("Ministerin Anna Berger", "Anna Berger")],
    ),
    (
        "Die Lage sei ernst, sagte einer Agentur am Montag der Polizeisprecher Karl Huber.",
        [("der Polizeisprecher Karl Huber", "Karl Huber")],
    ),
    ("Die Lage sei ernst, sagte einer Zeitung am Dienstag.", [(None, None)]),
    (
        "Die Lage sei ernst, sagte der Zeitung ein Sprecher der Polizei.",
        [("ein Sprecher der Polizei", "Polizei")],
    ),
    (
        "Die Lage sei ernst, sagte einem Reporter am Montag der Bürgermeister.",
        [("der Bürgermeister", None)],
    ),
    ("Das sei zurückzuweisen, teilte der ORF mit.", [("der ORF", "ORF")]),
    # the speaker: an article after "einer", a dative after the subject, a genitive role
    ("Die Lage sei ernst, sagte einer der Beamten.", [("einer der Beamten", None)]),
    ("Die Lage sei ernst, sagte die Ministerin einer Zeitung.", [("die Ministerin", None)]),
    (
        "Die Lage sei ernst, sagte der Sprecher der Regierung.",
        [("der Sprecher der Regierung", "Regierung")],
    ),
    ("Die Stadt soll bis 2030 klimaneutral werden, so der Plan.", [(None, None)]),
    (
        "Die Stadt soll bis 2030 klimaneutral werden, so der Plan des Bürgermeisters.",
        [("der Plan des Bürgermeisters", None)],
    ),
    ("Der Winter werde mild, so der Bericht.", [("der Bericht", None)]),
    (
        (
            "Bürgermeister Karl Huber stellte das Projekt vor. Die Stadt solle bis 2030 "
            "klimaneutral werden, so seine Idee."
        ),
        [("seine Idee", "Karl Huber")],
    ),
    (
        "Innenminister Karl Huber kritisierte die Polizei scharf. Sie habe versagt, so sein Vorwurf.",
        [("sein Vorwurf", "Karl Huber")],
    ),
    (
        (
            "Die Ministerin Anna Berger äußerte sich am Montag. Die Reform komme zu spät, "
            "so ihre Sorge."
        ),
        [("ihre Sorge", "Anna Berger")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
