"""Reflexive verbs of speech and stance as frames (round 34, issue 10).

- a verb that says something only with "sich" (``reflexive_speech_lemmas``: "wehrte sich
  der Spanier", "verteidigte sich die Ministerin", "rechtfertigte sich", "entschuldigte
  sich", "verwahrte sich") frames what is said after it as an inverted frame, with or
  without quotation marks, before a colon or a Konjunktiv clause; not without "sich"
  ("verteidigte den Titel"), not as an infinitive or participle ("musste sich
  rechtfertigen", "hat sich … entschuldigt, …"), not in the subjunctive ("Man entschuldige
  sich bei allen, die …"), not as a predicate after a comma with the subject before it
  ("trat vor die Presse, verteidigte sich … und ging");
- more verbs of emotion after the words they frame (", echauffierte sich X", "entrüstete",
  "mokierte", "ereiferte", "brüstete", "rühmte", "bedankte", "amüsierte"), as ", freute sich
  X" did; none of these after an adverbial clause ("Als die Ergebnisse feststanden, freute
  sich die Kandidatin über den Sieg.").

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows

DOCUMENTS = [
    (
        (
            "Ich bin die Nummer acht der Welt, nicht die Nummer 100. So schlecht bin ich "
            "nicht, wehrte sich der Spanier."
        ),
        [
            (
                "indirect",
                "Ich bin die Nummer acht der Welt, nicht die Nummer 100. So schlecht bin ich nicht",
                "wehrte",
                "der Spanier",
                None,
            )
        ],
    ),
    (
        (
            "„Ich bin die Nummer acht der Welt, nicht die Nummer 100. So schlecht bin ich "
            "nicht“, wehrte sich der Spanier."
        ),
        [
            (
                "direct",
                (
                    "„Ich bin die Nummer acht der Welt, nicht die Nummer 100. So schlecht bin "
                    "ich nicht“"
                ),
                "wehrte",
                "der Spanier",
                None,
            )
        ],
    ),
    (
        "Wir haben alle Vorschriften eingehalten, verteidigte sich der Minister.",
        [
            (
                "indirect",
                "Wir haben alle Vorschriften eingehalten",
                "verteidigte",
                "der Minister",
                None,
            )
        ],
    ),
    (
        "Die Boni waren mit dem Aufsichtsrat abgesprochen, rechtfertigte sich die Managerin.",
        [
            (
                "indirect",
                "Die Boni waren mit dem Aufsichtsrat abgesprochen",
                "rechtfertigte",
                "die Managerin",
                None,
            )
        ],
    ),
    (
        "Mit der Sache habe ich nichts zu tun, rechtfertigte sich Müller im Prozess.",
        [
            (
                "indirect",
                "Mit der Sache habe ich nichts zu tun",
                "rechtfertigte",
                "Müller",
                "Müller",
            )
        ],
    ),
    (
        "Es tut mir leid, ich habe einen Fehler gemacht, entschuldigte sich der Bürgermeister.",
        [
            (
                "indirect",
                "Es tut mir leid, ich habe einen Fehler gemacht",
                "entschuldigte",
                "der Bürgermeister",
                None,
            )
        ],
    ),
    (
        "Wir sind keine Spekulanten, wehren sich die Hausbesitzer.",
        [("indirect", "Wir sind keine Spekulanten", "wehren", "die Hausbesitzer", None)],
    ),
    (
        "Das ist völlig absurd, wehrt sich SPÖ-Chef Andreas Babler gegen den Vorwurf.",
        [
            (
                "indirect",
                "Das ist völlig absurd",
                "wehrt",
                "SPÖ-Chef Andreas Babler",
                "Andreas Babler",
            )
        ],
    ),
    (
        "Der Angeklagte verteidigte sich: Ich war zur Tatzeit gar nicht in Wien.",
        [
            (
                "direct",
                "Ich war zur Tatzeit gar nicht in Wien.",
                "verteidigte",
                "Der Angeklagte",
                None,
            )
        ],
    ),
    (
        "Die Ministerin verteidigte sich im Parlament, sie habe keine Akten gelöscht.",
        [
            (
                "indirect",
                "sie habe keine Akten gelöscht",
                "verteidigte",
                "Die Ministerin",
                None,
            )
        ],
    ),
    (
        "Die Managerin rechtfertigte sich damit, dass die Boni abgesprochen gewesen seien.",
        [
            (
                "indirect",
                "dass die Boni abgesprochen gewesen seien",
                "rechtfertigte",
                "Die Managerin",
                None,
            )
        ],
    ),
    # verbs of emotion after the words
    (
        "Das ist doch lächerlich, echauffierte sich der Abgeordnete.",
        [("indirect", "Das ist doch lächerlich", "echauffierte sich", "der Abgeordnete", None)],
    ),
    (
        "So geht man nicht mit Menschen um, entrüstete sich die Sozialministerin.",
        [
            (
                "indirect",
                "So geht man nicht mit Menschen um",
                "entrüstete sich",
                "die Sozialministerin",
                None,
            )
        ],
    ),
    (
        "Die Regierung schläft, ereiferte sich Klubobmann Herbert Kickl.",
        [
            (
                "indirect",
                "Die Regierung schläft",
                "ereiferte sich",
                "Klubobmann Herbert Kickl",
                "Herbert Kickl",
            )
        ],
    ),
    (
        "Das hätte ich nicht gedacht, amüsierte sich der Kabarettist.",
        [
            (
                "indirect",
                "Das hätte ich nicht gedacht",
                "amüsierte sich",
                "der Kabarettist",
                None,
            )
        ],
    ),
    # what stays without a row
    ("Der Spieler verletzte sich am Knie.", []),
    ("Die Firma wehrt sich gegen die Übernahme.", []),
    ("Die Mannschaft verteidigte ihren Titel, Kapitän Huber jubelte.", []),
    ("In der zweiten Halbzeit verteidigte sich die Mannschaft tief.", []),
    ("Die Regierung rechtfertigt die Maßnahme mit der hohen Inflation.", []),
    ("Die Bürger wehrten sich, die Polizei griff ein.", []),
    ("Sie wehrte sich, doch der Täter war stärker.", []),
    ("Das Unternehmen entschuldigte sich bei den Kunden für die Panne.", []),
    (
        "Nachdem die Vorwürfe bekannt wurden, rechtfertigte sich der Manager vor dem Aufsichtsrat.",
        [],
    ),
    ("Der Sieger überquerte die Ziellinie, bedankte sich bei den Fans und ging in die Kabine.", []),
    ("Als die Ergebnisse feststanden, bedankte sich die Kandidatin bei ihren Helfern.", []),
    ("Als die Ergebnisse feststanden, freute sich die Kandidatin über den Sieg.", []),
    (
        (
            "Der Betroffene hat sich auf Facebook für seine Aussagen entschuldigt, sein "
            "ehemaliger Arbeitgeber dürfte die Entscheidung jedoch nicht revidieren."
        ),
        [],
    ),
    ("Einige Jahre früher, als die Familie noch am Land wohnte, musste er sich rechtfertigen.", []),
    # as it was: another verb frames the words
    (
        "Die Lage entspannte sich, sagte ein Polizeisprecher.",
        [
            (
                "indirect",
                "Die Lage entspannte sich",
                "sagte",
                "ein Polizeisprecher",
                "Polizei",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS, ids=[d[0][:40] for d in DOCUMENTS])
def test_reflexive_frames(nlp, text, expected):
    assert quote_rows(nlp(text)) == expected
