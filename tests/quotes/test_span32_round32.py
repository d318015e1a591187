"""Direct quotes and their speakers of round 32 (issue 10), from news sentences the lead
engineer wrote to probe the engine and variants written for these tests:

- a quoted phrase in a Konjunktiv sentence whose er/sie subject may be the thing the
  sentence before talks about ("X kritisierte den Entwurf. Er sei „ein Rückschritt“"): the
  phrase is the words of that sentence's subject (:mod:`pipeline.quotes.thing_subjects`);
  an indicative sentence keeps its mention; since run32 the Konjunktiv sentence is also a
  continuation of the sentence before (:mod:`pipeline.quotes.chain_heads`), whose speaker
  the nested phrase takes ("Der Trainer lobte die Mannschaft. Er sei „stolz“" → der
  Trainer for both rows);
- a quoted sentence signed by a person's name in brackets after it ("„…“ (Enzensberger)"):
  that person's words (:mod:`pipeline.quotes.signed_quotes`); a party or a body in brackets
  is no signature.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        "Die Abgeordnete Maria Huber kritisierte den Entwurf. Er sei „ein Rückschritt für alle“.",
        [
            (
                "continuation",
                "Er sei „ein Rückschritt für alle“.",
                None,
                "Die Abgeordnete Maria Huber",
                "Maria Huber",
            ),
            (
                "direct",
                "„ein Rückschritt für alle“",
                None,
                "Die Abgeordnete Maria Huber",
                "Maria Huber",
            ),
        ],
    ),
    (
        "Die Gewerkschaft lehnt die Reform ab. Sie sei „ein Angriff auf die Beschäftigten“.",
        [
            (
                "continuation",
                "Sie sei „ein Angriff auf die Beschäftigten“.",
                None,
                "Die Gewerkschaft",
                "Gewerkschaft",
            ),
            (
                "direct",
                "„ein Angriff auf die Beschäftigten“",
                None,
                "Die Gewerkschaft",
                "Gewerkschaft",
            ),
        ],
    ),
    (
        "Der Kanzler verteidigte die Maßnahmen. Sie seien „dringend notwendig“.",
        [("direct", "„dringend notwendig“", None, "Der Kanzler", None)],
    ),
    (
        "Der Landesrat Peter Gruber verteidigte den Beschluss. Er sei „längst überfällig“ gewesen.",
        [("direct", "„längst überfällig“", None, "Der Landesrat Peter Gruber", "Peter Gruber")],
    ),
    (
        "Der Trainer lobte die Mannschaft. Er sei „sehr stolz“.",
        [
            ("continuation", "Er sei „sehr stolz“.", None, "Der Trainer", None),
            ("direct", "„sehr stolz“", None, "Der Trainer", None),
        ],
    ),
    (
        "Die Ministerin kritisierte den Entwurf. Er ist „ein Rückschritt“.",
        [("direct", "„ein Rückschritt“", None, "Er", None)],
    ),
    (
        "Der Essay zitiert Hans Magnus Enzensberger und Wolfgang Sofsky. „Der Krieg der Zukunft kennt keine Fronten.“ (Enzensberger) Und weiter: „Gewalt braucht keinen Grund.“ (Sofsky)",
        [
            (
                "direct",
                "„Der Krieg der Zukunft kennt keine Fronten.“",
                None,
                "Enzensberger",
                "Hans Magnus Enzensberger",
            ),
            ("direct", "„Gewalt braucht keinen Grund.“", None, "Sofsky", "Wolfgang Sofsky"),
        ],
    ),
    (
        "Am Ende des Vortrags stand ein Zitat. „Wer die Freiheit aufgibt, verliert am Ende beides.“ (Benjamin Franklin)",
        [
            (
                "direct",
                "„Wer die Freiheit aufgibt, verliert am Ende beides.“",
                None,
                "Benjamin Franklin",
                "Benjamin Franklin",
            )
        ],
    ),
    (
        "„Wir sind zu Gesprächen bereit.“ (SPÖ) Die Partei will nun verhandeln.",
        [("direct", "„Wir sind zu Gesprächen bereit.“", None, None, None)],
    ),
    (
        "Die Studie kommt zu einem klaren Ergebnis. „Die Zahl der Fälle hat sich verdoppelt.“ (Gesundheitsministerium)",
        [("direct", "„Die Zahl der Fälle hat sich verdoppelt.“", None, None, None)],
    ),
    (
        "Zum Schluss zitierte er Bruno Kreisky. „Lernen Sie Geschichte, Herr Reporter!“ (Bruno Kreisky).",
        [
            (
                "direct",
                "„Lernen Sie Geschichte, Herr Reporter!“",
                None,
                "Bruno Kreisky",
                "Bruno Kreisky",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_round32_direct_quotes(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
