"""Speaker mentions of round 31 (issue 10): the medium in the frame.

- a medium with its name in quotation marks as the subject after the finite auxiliary
  ("Zuvor hatte der „Spiegel“ berichtet, …"): the parse stops the subject at the name's
  last word, or labels it a passive subject of the "haben" perfect; the mention is the
  article and the quoted name (:mod:`pipeline.quotes.mentions`); a subject before the
  verb and a medium named without marks stay as they were;
- a medium that cites a person, the parse hanging the person on it ("…, zitierte die
  Nachrichtenagentur TASR Regierungschef Fico."): the mention is the person
  (:mod:`pipeline.quotes.cited_people`); one person with a genitive ("zitierte der
  Sprecher des Ministers …") stays whole.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Zuvor hatte der „Spiegel“ berichtet, die Bundeswehr solle mehr Geld erhalten.",
        [("der „Spiegel“", "Der Spiegel")],
    ),
    (
        "Am Montag hatte die „Presse“ gemeldet, der Minister wolle zurücktreten.",
        [("die „Presse“", "Die Presse")],  # res34b: the paper's name (was 'Presse')
    ),
    (
        "Zuvor hatte die „Süddeutsche Zeitung“ geschrieben, der Konzern plane einen Umbau.",
        [("die „Süddeutsche Zeitung“", "Süddeutsche Zeitung")],
    ),
    (
        "Zuvor hatte das Magazin „Profil“ berichtet, die Partei habe Spenden verschwiegen.",
        [("das Magazin „Profil“", "Profil")],
    ),
    # a subject before the verb stays as it was
    (
        "Der „Spiegel“ berichtete, die Bundeswehr solle mehr Geld erhalten.",
        [("Der „Spiegel“", "Der Spiegel")],
    ),
    (
        (
            "Der Islam habe keinen Platz in dem Land, zitierte die Nachrichtenagentur TASR "
            "Regierungschef Robert Fico."
        ),
        [("Regierungschef Robert Fico", "Robert Fico")],
    ),
    # one person: the mention stays whole
    (
        "Die Lage sei ernst, zitierte der Sprecher des Ministeriums Hans Berger am Abend.",
        [("der Sprecher des Ministeriums Hans Berger", "Hans Berger")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_mentions(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
