"""Speaker names of round 28, second wave (issue 10, "Resolution").

- a noun after an origin adjective ("so der gebürtige St. Pöltner") is a person from that
  place: the person named before, never the place the recogniser found in it; nobody when
  two persons fit; a plural group of the place ("Die Wiener wollen …") stays no speaker;
- an envoy's role ("der AU-Sondergesandte für Burundi, X") with the name set off after it,
  also when the recogniser took the name for a place;
- a definite role with a former-word ("die ehemalige Präsidentin des OGH") after the person
  named before is that person, as "die Forscherin" would be;
- a bare "ein Sprecher" after a body's statement in its sentence or the one before speaks
  for that body; after a person's statement it stays without a name.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    # an origin adjective and a place's demonym: the person named before, not the place
    (
        (
            "Der Trainer Markus Hofer freute sich auf das Spiel. Wir sind bereit, so der "
            "gebürtige St. Pöltner."
        ),
        [("der gebürtige St. Pöltner", "Markus Hofer")],
    ),
    (
        (
            "Die Sängerin Anna Berger trat am Samstag in Graz auf. Das war ein schöner Abend, "
            "sagte die gebürtige Salzburgerin."
        ),
        [("die gebürtige Salzburgerin", "Anna Berger")],
    ),
    # two persons fit: no name, and never the place
    (
        (
            "Der Trainer Karl Maier und der Spieler Hans Gruber kamen an. Wir sind bereit, so "
            "der gebürtige St. Pöltner."
        ),
        [("der gebürtige St. Pöltner", None)],
    ),
    # an envoy with the name set off after the role
    (
        (
            "Die Lage bleibt angespannt. Eine Mission sei derzeit undenkbar, sagte der "
            "AU-Sondergesandte für Burundi, Ibrahima Fall, am Montag dem Rundfunk."
        ),
        [("der AU-Sondergesandte", "Ibrahima Fall")],
    ),
    # a former role after the person named before (a reported row holding its mention)
    (
        (
            "Der Vorschlag kam von Maria Huber, ihr Wahlkampf wird aus Spenden bezahlt. Die "
            "ehemalige Präsidentin des Obersten Gerichtshofs fordert eine Grenze von einer "
            "Million Euro."
        ),
        [("Die ehemalige Präsidentin des Obersten Gerichtshofs", "Maria Huber")],
    ),
    # two women named before: no name
    (
        (
            "Maria Huber und Eva Gruber sind im Rennen. Die Wahl sei offen, sagte die frühere "
            "Präsidentin des Verbands."
        ),
        [("die frühere Präsidentin des Verbands", None)],
    ),
    # a bare spokesperson after a body's statement: that body
    (
        (
            "Die Caritas erklärte, die Quartiere seien voll. Man suche weitere Plätze, sagte "
            "eine Sprecherin."
        ),
        [("Die Caritas", "Caritas"), ("eine Sprecherin", "Caritas")],
    ),
    # after a person's statement: no body, no name
    (
        (
            "Der Bürgermeister Hans Gruber erklärte, die Intervalle seien verdichtet worden. "
            "Man sei vorbereitet, sagte ein Sprecher."
        ),
        [("Der Bürgermeister Hans Gruber", "Hans Gruber"), ("ein Sprecher", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected


#: texts with no speaker rows: a place's people as a group are no speaker
NO_SPEAKER = [
    "Die Wiener lieben ihre Parks. Viele Wiener gehen am Sonntag spazieren.",
]


@pytest.mark.parametrize("text", NO_SPEAKER, ids=[t[:40] for t in NO_SPEAKER])
def test_no_speaker(nlp, text):
    assert speaker_rows(nlp(text)) == []
