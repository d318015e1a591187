"""Continuations of round 29 (issue 10): the Konjunktiv I the tagger misses.

- a verb-second ``-e`` form right after the 3rd person subject that opens a sentence ("Er
  *gefährde* tausende Arbeitsplätze", "Dieser *gefährde* …", "Das Gesetz *verursache* …"),
  which the tagger reads as an adjective, a noun or an indicative, is the Konjunktiv I (the
  indicative of the 3rd person singular ends in ``-t``): the sentence goes on with the
  statement before, and a Konjunktiv sentence after it with the same speaker
  (:mod:`pipeline.quotes.subject_moods`, ``GermanGrammar.second_e_verb``);
- not a past form ("Er *verletzte* sich", "Sie *sandte* …"), an adjective after a
  demonstrative article ("Das *außergewöhnliche* Ergebnis: …"), a preposition in a
  headline ("Soldat *nahe* Grenze verletzt") or a sentence with another finite verb;
- a continuation whose subject is the thing criticised keeps the speaker before ("Die
  Ministerin verteidigte den Plan. Er sei …": the minister).

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, speaker mention)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        (
            "Die Gewerkschaft kritisierte den Beschluss scharf. Er gefährde tausende "
            "Arbeitsplätze. Zudem sei er rechtlich fragwürdig."
        ),
        [
            (
                "continuation",
                "Er gefährde tausende Arbeitsplätze. Zudem sei er rechtlich fragwürdig.",
                "Die Gewerkschaft",
            )
        ],
    ),
    (
        "Die Opposition lehnte das Gesetz entschieden ab. Das Gesetz verursache hohe Folgekosten.",
        [("continuation", "Das Gesetz verursache hohe Folgekosten.", "Die Opposition")],
    ),
    (
        "Die Ärztekammer kritisierte den Entwurf. Dieser gefährde die Versorgung auf dem Land.",
        [("continuation", "Dieser gefährde die Versorgung auf dem Land.", "Die Ärztekammer")],
    ),
    (
        "Die Grünen lehnten die Reform ab. Sie bringe keine Verbesserung für die Umwelt.",
        [("continuation", "Sie bringe keine Verbesserung für die Umwelt.", "Die Grünen")],
    ),
    (
        "Die Bürgermeisterin kritisierte das Urteil. Es schwäche die Gemeinden.",
        [("continuation", "Es schwäche die Gemeinden.", "Die Bürgermeisterin")],
    ),
    # no Konjunktiv: a past form, an adjective, a preposition in a headline
    ("Das neue Gesetz tritt im Juli in Kraft. Das außergewöhnliche Ergebnis: 80 Prozent.", []),
    ("Der Minister besuchte das Werk. Er verletzte sich dabei leicht.", []),
    ("Die Polizei sperrte die Straße. Sie sandte mehrere Streifen in das Viertel.", []),
    (
        "Soldat nahe Grenze schwer verletzt. Kabul – Bei einem Anschlag ist ein Soldat verletzt worden.",
        [],
    ),
    (
        "Die Firma meldete einen Rekordgewinn. Der Vorstand machte dafür den Export verantwortlich.",
        [],
    ),
    # the subject is the thing spoken about: the speaker before stays
    (
        "Der Minister verteidigte den Plan. Er sei ein wichtiger Schritt.",
        [("continuation", "Er sei ein wichtiger Schritt.", "Der Minister")],
    ),
    (
        "Die Ministerin verteidigte den Plan. Er sei ein wichtiger Schritt.",
        [("continuation", "Er sei ein wichtiger Schritt.", "Die Ministerin")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_missed_konjunktiv(nlp, text, expected):
    assert [(kind, text, sp) for kind, text, _, sp, _ in quote_rows(nlp(text))] == expected
