"""Speaker names of round 26 (issue 10, "Resolution"): classes of the derStandard rows whose
speaker_name stayed empty or named a part of the body.

- a description or "er"/"sie" in the title or teaser that points forward ("„…“, sagt der
  Trainer. Linz – Der LASK-Coach Markus Eder …"): the first person the text names after it,
  when that person fits its gender and role and no one is named before it
  (:mod:`pipeline.speakers.headline_referents`);
- a definite document noun ("heißt es in der Aussendung", "in dem BWB-Bericht"): the body
  of its compound the text names, else who issued the document named before;
- a bare body noun ("das Ministerium", "ein Ministeriumssprecher") after the one compound the
  text named ("das Innenministerium"): that compound; with two named, with an adjective
  ("das slowenische Ministerium") or for a service met in many units ("die Polizei" after
  "die Alpinpolizei", roles.jsonl ``compound_body``), the bare noun stays;
- a place adjective before a body's noun ("laut Wiener Berufsrettung"): the whole phrase,
  not a person named Wiener; a role and a name at the end of a phrase tagged as an
  organisation ("Kinder- und Jugendanwalt Michael Rauch"): the person; "sagte der Wiener"
  (tagged as an organisation no list knows): the man named last; "der Kurier" stays.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "„Ich bleibe bei meinem Plan“, sagt der Trainer. Linz – Der LASK-Coach Markus Eder hat "
            "am Montag seinen Vertrag verlängert. Eder sprach von einem guten Jahr."
        ),
        [("der Trainer", "Markus Eder"), ("Eder", "Markus Eder")],
    ),
    (
        (
            "Expertin: „Die Lage wird sich nicht bessern“. Graz – Die Hochwassergefahr bleibt hoch. "
            "Die Hydrologin Maria Lechner warnte am Dienstag vor neuen Regenfällen."
        ),
        [("Expertin", "Maria Lechner"), ("Die Hydrologin Maria Lechner", "Maria Lechner")],
    ),
    (
        (
            "Er wolle noch einmal antreten, sagt er. Wien – Der Bürgermeister Franz Gruber will bei "
            "der Wahl im Herbst wieder kandidieren."
        ),
        [("er", "Franz Gruber")],
    ),
    # the first person named after it is a woman: not "der Trainer"
    (
        (
            "„Wir haben gewonnen“, sagt der Trainer. Linz – Die Spielerin Anna Berger traf zweimal. "
            "Trainer Markus Eder war zufrieden."
        ),
        [("der Trainer", None)],
    ),
    # someone is named before: the rules that look back decide
    (
        (
            "Peter Moser kritisiert den Plan. „Das geht so nicht“, sagt der Abgeordnete. Wien – Der "
            "Plan des Ministers Karl Huber stößt auf Kritik."
        ),
        [("der Abgeordnete", "Peter Moser")],
    ),
    (
        (
            "Die OMV teilte am Sonntag in einer Aussendung mit, sie wolle wachsen. Der Umsatz sei "
            "gestiegen, heißt es in der Aussendung."
        ),
        [("Die OMV", "OMV"), ("der Aussendung", "OMV")],
    ),
    (
        (
            "Die Bundeswettbewerbsbehörde (BWB) hat ihren Bericht veröffentlicht. Die Preise seien "
            "abgesprochen worden, heißt es in dem BWB-Bericht."
        ),
        [("dem BWB-Bericht", "BWB")],
    ),
    (
        (
            "Das Innenministerium lehnte den Antrag ab. Das Ministerium erklärte, die Frist sei "
            "abgelaufen."
        ),
        [("Das Ministerium", "Innenministerium")],
    ),
    (
        (
            "Das Innenministerium lehnte den Antrag ab. Ein Ministeriumssprecher sagte, die Frist "
            "sei abgelaufen."
        ),
        [("Ein Ministeriumssprecher", "Innenministerium")],
    ),
    # two ministries named: the bare noun stays
    (
        (
            "Das Innenministerium und das Finanzministerium prüfen den Fall. Das Ministerium "
            "erklärte, die Frist sei abgelaufen."
        ),
        [("Das Ministerium", "Ministerium")],
    ),
    (
        "Die Lage sei ernst, sagt Vorarlbergs Kinder- und Jugendanwalt Michael Rauch.",
        [("Vorarlbergs Kinder- und Jugendanwalt Michael Rauch", "Michael Rauch")],
    ),
    (
        "Der Mann sei laut Wiener Berufsrettung schwer verletzt worden.",
        [("Wiener Berufsrettung", "Wiener Berufsrettung")],
    ),
    ("Die Wahl sei vorbei, sagt Peter Wiener.", [("Peter Wiener", "Peter Wiener")]),
    (
        "Der Mann sei schwer verletzt, sagte der Wiener Bürgermeister.",
        [("der Wiener Bürgermeister", None)],
    ),
    (
        "Rapid-Trainer Zoran Huber war zufrieden. Wir haben gut gespielt, sagte der Wiener.",
        [("der Wiener", "Zoran Huber")],
    ),
    # a surname ending in "-er" in the title is no person noun pointing forward
    (
        "„Wir bleiben“, sagte Koller. Wien – Der Trainer Hans Berger war zufrieden.",
        [("Koller", None)],
    ),
    # another document named before: no source
    (
        "Die OMV hat das Dokument geprüft. Die Lage sei ernst, heißt es in der Aussendung.",
        [("der Aussendung", None)],
    ),
    # a service met in many units: the bare noun stays
    (
        "Die Alpinpolizei barg die Skifahrer. Die Lage sei ruhig, sagte die Polizei.",
        [("die Polizei", "Polizei")],
    ),
    # an adjective tells another body than the compound named before
    (
        (
            "Das Innenministerium prüft den Fall. Die Lage sei ruhig, sagte das slowenische "
            "Ministerium."
        ),
        [("das slowenische Ministerium", "Ministerium")],
    ),
    (
        "Die Regierung plane Kürzungen, berichtete der Kurier am Montag.",
        [("der Kurier", "Kurier")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
