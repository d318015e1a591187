"""Speaker names of round 16 (second task): who a "Demnach", a possessive and a body noun
name, and a place is no speaker.

- "Demnach" with no statement right before it: the source the clause before names -- the
  subject of the sentence before when it is a person or body ("Ein Bericht der Zeitung
  Handelsblatt sorgt für Aufregung. Demnach …"), or the statement two sentences back; empty
  when the clause before names no one or several ("Brüssel und Moskau haben sich geeinigt");
- a possessive alone or before a noun of an utterance ("Sein Argument: …", "Ihr Fazit: …",
  "lautet seine Botschaft") names whom "er"/"sie" would name; empty with no such person or
  with a plural subject in between ("Die Forscher … Ihr Fazit: …");
- a body noun speaks ("Das Landesgericht sieht „…“");
- a place after "in"/"im" ("das droht uns im ersten Bezirk", "In Nordkorea wurden …") is no
  speaker; a document stays ("wurde in der Vereinbarung festgehalten").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

CASES = [
    (
        (
            "Ein Bericht der Wirtschaftszeitung Handelsblatt sorgt in Berlin für Aufregung. "
            "Demnach plant der Konzern den Abbau von 2000 Stellen."
        ),
        [("Demnach", "Handelsblatt")],
    ),
    (
        (
            "Die Statistik Austria hat am Dienstag die Arbeitslosenzahlen veröffentlicht. Im "
            "Jänner waren demnach 420.000 Menschen ohne Job."
        ),
        [("demnach", "Statistik Austria")],
    ),
    (
        (
            "Der Verdächtige wurde am Abend festgenommen, wie die Staatsanwaltschaft mitteilte. "
            "Sie hatte den Haftbefehl beantragt. Der Mann soll demnach mehrere Einbrüche verübt "
            "haben."
        ),
        [
            ("die Staatsanwaltschaft", "Staatsanwaltschaft"),
            ("demnach", "Staatsanwaltschaft"),
        ],
    ),
    (
        # two sources: none of them alone
        (
            "Brüssel und Moskau haben sich auf einen Kompromiss geeinigt. Demnach erhält Kiew "
            "einen Kredit."
        ),
        [("Demnach", None)],
    ),
    (
        # an experiment names no one
        (
            "Ein psychologisches Experiment sorgte für Aufsehen. Demnach schneiden Politiker bei "
            "Wählern schlecht ab."
        ),
        [("Demnach", None)],
    ),
    (
        (
            "Gesundheitsminister Stefan Berger verteidigte die Reform. Sein Argument: Die Kassen "
            "seien sonst bald pleite."
        ),
        [("Sein", "Stefan Berger")],
    ),
    (
        (
            "Die Wirtschaftsministerin Maria Huber zog eine positive Bilanz. Ihr Fazit: Die "
            "Förderung habe sich gelohnt."
        ),
        [("Ihr", "Maria Huber")],
    ),
    (
        # "Ihr" of the researchers, not of the minister
        (
            "Ministerin Maria Huber stellte die Studie vor. Die Forscher hatten zwei Jahre lang "
            "Daten gesammelt. Ihr Fazit: Die Lage sei ernst."
        ),
        [("Ihr", None)],
    ),
    (
        "Die Sitzung dauerte bis in die Nacht. Sein Argument: Der Staat müsse sparen.",
        [("Sein", None)],
    ),
    (
        # the mayor's message, not an embassy
        (
            'Bürgermeister Michael Ludwig trat vor die Presse. "Wir lassen niemanden zurück", '
            "lautet seine Botschaft."
        ),
        [("seine Botschaft", "Michael Ludwig")],
    ),
    (
        "Das Landesgericht sieht „keinen Grund für eine Haftverlängerung“.",
        [("Das Landesgericht", "Landesgericht")],
    ),
    (
        # a place after "im" is no speaker (round 17b: a thing threatens, no quote at all)
        "Die Venezianer haben die Pest besiegt, das droht uns im ersten Bezirk auch.",
        [],
    ),
    (
        # a country after "in" is no speaker of "wiederholt"; since round 27 (cue27) the
        # adverb "wiederholt" before another verb is no cue at all: no row
        (
            "In Nordkorea wurden in den vergangenen Jahren wiederholt Ausländer festgenommen, "
            "zu langen Haftstrafen verurteilt und dann abgeschoben."
        ),
        [],
    ),
    (
        # a document after "in" stays the source
        "Für 2016 wurde in der Vereinbarung festgehalten, dass alle Pensionen steigen.",
        [("der Vereinbarung", None)],
    ),
    (
        "Wie auf der Internetseite mitgeteilt wurde, ist die Hütte geschlossen.",
        [("der Internetseite", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
