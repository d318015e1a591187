"""Continuations, round 16 (issue 10), second task, on news-style texts written for these tests.

1. A speech act told without its words ("fand lobende *Worte*", "übte scharfe *Kritik*",
   "zeigte sich *enttäuscht*", list ``speech_act_words``): the Konjunktiv sentences right
   after it in its paragraph say those words -- a Konjunktiv II sentence too -- and its
   subject speaks them; the sentences after the first go on with that speaker.
2. The subject of a Konjunktiv sentence with no quote is what is said about, not who says
   it: an orphan after it takes the subject of the last indicative sentence before
   ("Sie wäre eine gute Kandidatin. Als Kandidatin versuche sie …": not "sie").
3. A statement whose source names no one ("Dem Vernehmen nach", "Spekulationen zufolge",
   list ``no_one_nouns``) passes no speaker on to the sentences after it; a document does.

Rows: ``(quote text, speaker)`` in text order.
"""

from __future__ import annotations

import pytest

CASES = [
    # 1: a Konjunktiv II sentence after praise told without its words, then Konjunktiv I
    (
        (
            "Für den Vorschlag des Kanzlers fand die Grünen-Chefin Eva Glawischnig lobende "
            "Worte. Er wäre ein wichtiger Schritt in die richtige Richtung. Allerdings fehle "
            "noch ein Zeitplan für die Umsetzung."
        ),
        [
            (
                (
                    "Er wäre ein wichtiger Schritt in die richtige Richtung. Allerdings fehle noch "
                    "ein Zeitplan für die Umsetzung."
                ),
                "die Grünen-Chefin Eva Glawischnig",
            ),
        ],
    ),
    # 1: criticism told without its words: both Konjunktiv sentences after it
    (
        (
            "Die Gewerkschaft übte am Dienstag scharfe Kritik an den Plänen der Regierung. Die "
            "Kürzungen träfen vor allem Familien mit kleinen Kindern. Zudem sei die Reform "
            "nicht mit den Sozialpartnern abgestimmt worden."
        ),
        [
            (
                (
                    "Die Kürzungen träfen vor allem Familien mit kleinen Kindern. Zudem sei die "
                    "Reform nicht mit den Sozialpartnern abgestimmt worden."
                ),
                "Die Gewerkschaft",
            ),
        ],
    ),
    # 1: a mood told without words ("zeigte sich enttäuscht")
    (
        (
            "Der Bürgermeister Karl Huber zeigte sich am Montag enttäuscht. Die Förderung des "
            "Landes reiche bei weitem nicht aus."
        ),
        [
            (
                "Die Förderung des Landes reiche bei weitem nicht aus.",
                "Der Bürgermeister Karl Huber",
            )
        ],
    ),
    # 1: a Konjunktiv II after a narrative sentence is the writer's conditional: nothing
    (
        (
            "Der Finanzminister Georg Bauer besuchte am Freitag die Baustelle in Linz. Ohne "
            "die Förderung wäre das Projekt nicht möglich gewesen."
        ),
        [],
    ),
    # 1: not across a paragraph break
    (
        (
            "Die Gewerkschaft übte am Dienstag scharfe Kritik an den Plänen der Regierung.\n\n"
            "Die Kürzungen wären ein Fehler."
        ),
        [],
    ),
    # 2: past a Konjunktiv sentence with no row to the indicative sentence before it
    (
        (
            "Die Umweltministerin Karin Lechner besuchte am Montag das Hochwassergebiet. Die "
            "Schäden wären enorm. Es brauche rasch Hilfe vom Bund."
        ),
        [("Es brauche rasch Hilfe vom Bund.", "Die Umweltministerin Karin Lechner")],
    ),
    # 2: "sie" of the continued sentence is the candidate spoken about, not the speaker
    (
        (
            "Für die Kandidatin fand der Parteichef Otto Brandl lobende Worte. Sie wäre eine "
            "gute Präsidentin. Als Quereinsteigerin habe sie aber wenig politische Erfahrung."
        ),
        [
            (
                (
                    "Sie wäre eine gute Präsidentin. Als Quereinsteigerin habe sie aber wenig "
                    "politische Erfahrung."
                ),
                "der Parteichef Otto Brandl",
            ),
        ],
    ),
    # 1, 2: praise of a thing names no one who speaks: no Konjunktiv II row, no speaker
    (
        "Das neue Museum fand viel Lob. Es wäre ein Vorbild. Der Bau sei gelungen.",
        [("Der Bau sei gelungen.", None)],
    ),
    # 3: a source that names no one passes on no speaker
    (
        (
            "Dem Vernehmen nach will der Stahlkonzern bis Jahresende rund 300 Stellen abbauen. "
            "Betroffen seien vor allem die Werke in der Steiermark."
        ),
        [
            ("will der Stahlkonzern bis Jahresende rund 300 Stellen abbauen", "Dem Vernehmen"),
            ("Betroffen seien vor allem die Werke in der Steiermark.", None),
        ],
    ),
    (
        (
            "Gerüchten zufolge steht der Trainer vor der Ablöse. Der Vorstand habe bereits mit "
            "einem Nachfolger verhandelt."
        ),
        [
            ("steht der Trainer vor der Ablöse", "Gerüchten"),
            ("Der Vorstand habe bereits mit einem Nachfolger verhandelt.", None),
        ],
    ),
    # 3: a document passes its statement on
    (
        (
            "Einem Bericht der Zeitung zufolge plant der Autobauer eine Übernahme des "
            "Zulieferers. Der Kaufpreis liege bei rund zwei Milliarden Euro."
        ),
        [
            ("plant der Autobauer eine Übernahme des Zulieferers", "Einem Bericht der Zeitung"),
            ("Der Kaufpreis liege bei rund zwei Milliarden Euro.", "Einem Bericht der Zeitung"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_chain2_round16(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == expected
