"""Speakers, fourteenth round (issue 10), on news-style texts written for these tests.

- A relative pronoun as the speaker mention ("Maria Huber, die erklärte, …") names what the
  phrase before its comma names; only a relative pronoun that is the subject of its clause.
- A plural subject ("Solche Winter", "Die Anrainer") is no antecedent of "er": it no longer
  hides the person named before from the pronoun.
- "sie" agrees with the finite auxiliary ("hatte sie bestritten"), not with a participle the
  tagger calls a plural finite verb.
- A person noun with a name set off after it ("der Minderheitsführer im Senat, Harry Reid")
  is that person, not the person named before.
- "Demnach" as the speaker mention names the source of the statement that ends in the sentence
  before ("…, berichtete die Zeitung Kurier. Demnach …" -> Kurier).
- "wonach" after a noun the clause's subject speaks of ("sprach von Beweisen, wonach …") names
  that subject.
- "ich"/"wir" as the mention of speech without quotation marks: the speaker of the statement
  around them or of the one that ends in the two sentences before ("ich": a person).
- "nach seinen Worten", "Seiner Einschätzung nach": whom the possessive points to (as "er"
  would); "nach eigenen Angaben": the subject of its clause.
- A kinship noun before a name tells the gender ("seine Mutter Gao Ying": "er" is not her).
- Speaking bodies added to roles.jsonl ("die Küstenwache", "der Landesparteivorstand", "das
  Krankenhaus", …) and abbreviations in capitals ("der VCÖ") name the body.
- Speech verbs of news reports added to ``speech_verbs.jsonl``: "klagte", "urteilte",
  "bescheinigte", "scherzte", "schimpfte" (and others, see the file); "klagen" in the sense of
  "sue" without content is no quote.

Rows: ``(kind, text, cue, speaker, speaker_name)`` in text order; every case runs with UD and
TIGER labels (the ``nlp`` fixture).
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_rows as _rows

CASES = [
    # a relative pronoun after the name: the name
    (
        (
            "Vor Gericht sprach auch die Gutachterin Maria Huber, die erklärte, wie der Bruch "
            "entstanden sei."
        ),
        [("indirect", "wie der Bruch entstanden sei", "erklärte", "die", "Maria Huber")],
    ),
    (
        (
            "Entscheidend wird das Gutachten des Sachverständigen Christian Reiter, der erklären "
            "soll, wie die Verletzung entstanden ist."
        ),
        # a question still to be answered ("erklären soll, wie"), nothing said (round 21)
        [],
    ),
    # a plural subject between the name and "er" does not hide the name
    (
        (
            "Gazprom-Chef Alexej Miller warnte vor einem kalten Winter. Solche Winter gebe es "
            "etwa alle zehn Jahre, sagte er."
        ),
        [
            (
                "reported",
                "Gazprom-Chef Alexej Miller warnte vor einem kalten Winter.",
                "warnte",
                "Gazprom-Chef Alexej Miller",
                "Alexej Miller",
            ),
            (
                "indirect",
                "Solche Winter gebe es etwa alle zehn Jahre",
                "sagte",
                "er",
                "Alexej Miller",
            ),
        ],
    ),
    (
        (
            "Bürgermeister Hans Maier eröffnete die Brücke. Die Anrainer protestierten. Der Lärm "
            "sei unerträglich, sagte er."
        ),
        [("indirect", "Der Lärm sei unerträglich", "sagte", "er", "Hans Maier")],
    ),
    # a kinship noun before a name tells the gender: "er" is not the mother
    (
        (
            "Der Künstler Ai Weiwei besuchte seine kranke Mutter Gao Ying in Peking. Es geht ihr "
            "wieder besser, sagte er am Dienstag."
        ),
        [("indirect", "Es geht ihr wieder besser", "sagte", "er", "Ai Weiwei")],
    ),
    # "sie" is singular with the singular auxiliary
    (
        (
            "Die Angeklagte Beate Zschäpe muss sich verantworten. In ihrer ersten Aussage hatte "
            "sie bestritten, in die Pläne eingeweiht gewesen zu sein."
        ),
        [
            (
                "indirect",
                "in die Pläne eingeweiht gewesen zu sein",
                "bestritten",
                "sie",
                "Beate Zschäpe",
            )
        ],
    ),
    # the name set off after the person noun, not the president named before
    (
        (
            "Präsident Barack Obama lobte das Abkommen. Der Kongress werde es billigen, sagte der "
            "demokratische Minderheitsführer im Senat, Harry Reid."
        ),
        [
            (
                "indirect",
                "Der Kongress werde es billigen",
                "sagte",
                "der demokratische Minderheitsführer im Senat, Harry Reid",
                "Harry Reid",
            )
        ],
    ),
    # a name inside the attribute of an unnamed speaker is not the speaker
    (
        (
            "Er habe die Frau nicht gesehen, sagt der von Anwalt Peter Huber – der auch die "
            "Gewerkschaft berät – verteidigte 31-Jährige."
        ),
        [("indirect", "Er habe die Frau nicht gesehen", "sagt", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected


VERB_CASES = [
    (
        "Die Brücke sei viel zu laut, klagte ein Anrainer am Montag.",
        [("indirect", "Die Brücke sei viel zu laut", "klagte", "ein Anrainer", None)],
    ),
    (
        (
            "Juncker will sich seiner Vergangenheit nicht stellen, urteilte der Abgeordnete Michael "
            "Theurer."
        ),
        [
            (
                "indirect",
                "Juncker will sich seiner Vergangenheit nicht stellen",
                "urteilte",
                "der Abgeordnete Michael Theurer",
                "Michael Theurer",
            )
        ],
    ),
    (
        "Er sei kerngesund, bescheinigte sein Hausarzt Harold Bornstein.",
        [
            (
                "indirect",
                "Er sei kerngesund",
                "bescheinigte",
                "sein Hausarzt Harold Bornstein",
                "Harold Bornstein",
            )
        ],
    ),
    (
        "Wir fahren nur zum Spaß mit, scherzte Skirennläufer Hannes Reichelt.",
        [
            (
                "indirect",
                "Wir fahren nur zum Spaß mit",
                "scherzte",
                "Skirennläufer Hannes Reichelt",
                "Hannes Reichelt",
            )
        ],
    ),
    (
        (
            "Der Schiedsrichter habe alles falsch gemacht, schimpfte Trainer Peter Stöger nach dem "
            "Spiel."
        ),
        [
            (
                "indirect",
                "Der Schiedsrichter habe alles falsch gemacht",
                "schimpfte",
                "Trainer Peter Stöger",
                "Peter Stöger",
            )
        ],
    ),
    (
        "Der Unterricht solle am Montag wieder beginnen, hielt der Bildungsminister fest.",
        [
            (
                "indirect",
                "Der Unterricht solle am Montag wieder beginnen",
                "hielt … fest",
                "der Bildungsminister",
                None,
            )
        ],
    ),
    ("Die Regierung hält an ihrem Plan fest.", []),
    # "klagen" = to sue, no content: no quote
    ("Die Gemeinde hat seinerzeit gegen den Bescheid geklagt.", []),
]


@pytest.mark.parametrize(("text", "expected"), VERB_CASES)
def test_speech_verbs_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected


#: "Demnach" names the source of the statement that ends in the sentence before; without
#: such a statement, the source the sentence before names as its subject (round 16: "Ein
#: Bericht des Magazins Profil sorgt für Aufregung. Demnach …" -> Profil)
SOURCE_ADVERB_CASES = [
    (
        (
            "Der Konzern sei mit seinem Angebot weit gekommen, berichtete die Zeitung Kurier am "
            "Samstag. Demnach wolle die Bank das Angebot annehmen."
        ),
        [
            (
                "indirect",
                "Der Konzern sei mit seinem Angebot weit gekommen",
                "berichtete",
                "die Zeitung Kurier",
                "Kurier",
            ),
            ("indirect", "wolle die Bank das Angebot annehmen", "Demnach", "Demnach", "Kurier"),
        ],
    ),
    (
        (
            "Wie das Innenministerium in Wien mitteilte, wurden am Montag 300 Menschen "
            "registriert. Die meisten stammen demnach aus Syrien."
        ),
        [
            (
                "indirect",
                "wurden am Montag 300 Menschen registriert",
                "Wie … mitteilte",
                "das Innenministerium",
                "Innenministerium",
            ),
            (
                "indirect",
                "Die meisten stammen demnach aus Syrien",
                "demnach",
                "demnach",
                "Innenministerium",
            ),
        ],
    ),
    (
        (
            "Ein Bericht des Magazins Profil sorgt für Aufregung. Demnach soll der Minister Geld "
            "angenommen haben."
        ),
        [("indirect", "soll der Minister Geld angenommen haben", "Demnach", "Demnach", "Profil")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_ADVERB_CASES)
def test_source_adverb_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected


#: "ich"/"wir" of speech without quotation marks: the speaker of the statement around them or
#: of the one that ends shortly before; none without such a statement
FIRST_PERSON_CASES = [
    (
        (
            "Das Heimspiel gegen Salzburg sei entscheidend, sagte Trainer Franco Foda. Ich hoffe, "
            "dass wir drei Punkte holen."
        ),
        [
            (
                "indirect",
                "Das Heimspiel gegen Salzburg sei entscheidend",
                "sagte",
                "Trainer Franco Foda",
                "Franco Foda",
            ),
            # the first-person sentence is Foda's speech (tests/quotes/test_first_round14.py)
            (
                "continuation",
                "Ich hoffe, dass wir drei Punkte holen.",
                None,
                "Trainer Franco Foda",
                "Franco Foda",
            ),
        ],
    ),
    # the mention stays "Wir" (no frame of the statement before reaches it), its name is the
    # speaker of the statement before
    (
        (
            "Der Schlafforscher Dieter Riemann findet die Studie spannend. Seiner Meinung nach "
            "lassen sich daraus neue Therapien entwickeln. Wir gehen ja davon aus, dass viele "
            "Patienten profitieren."
        ),
        [
            (
                "indirect",
                "lassen sich daraus neue Therapien entwickeln",
                "nach",
                "Seiner Meinung",
                "Dieter Riemann",
            ),
            (
                "indirect",
                "dass viele Patienten profitieren",
                "gehen ja davon aus",
                "Wir",
                "Dieter Riemann",
            ),
        ],
    ),
    (
        "Die Wahl ist geschlagen. Ich glaube, dass die Koalition hält.",
        [("indirect", "dass die Koalition hält", "glaube", "Ich", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_PERSON_CASES)
def test_first_person_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected


#: a possessive before a source noun names whom the pronoun would; "eigenen" the subject of
#: the clause
OWNER_CASES = [
    (
        (
            "Premierminister David Cameron kämpft für den Verbleib. Nach seiner Einschätzung "
            "würde ein Ausstieg der Wirtschaft schaden."
        ),
        [
            (
                "indirect",
                "würde ein Ausstieg der Wirtschaft schaden",
                "Nach seiner Einschätzung",
                "seiner Einschätzung",
                "David Cameron",
            )
        ],
    ),
    (
        (
            "Der Sicherheitsforscher Matt Jakubowski hat das System geknackt. So konnte er nach "
            "eigenen Angaben auf Account-IDs zugreifen."
        ),
        [
            (
                "indirect",
                "So konnte er nach eigenen Angaben auf Account-IDs zugreifen",
                "nach eigenen Angaben",
                "eigenen Angaben",
                "Matt Jakubowski",
            )
        ],
    ),
    (
        (
            "Das Welternährungsprogramm versorgt nach eigenen Angaben 1,8 Millionen Flüchtlinge in der "
            "Region."
        ),
        [
            (
                "indirect",
                (
                    "Das Welternährungsprogramm versorgt nach eigenen Angaben 1,8 Millionen "
                    "Flüchtlinge in der Region"
                ),
                "nach eigenen Angaben",
                "eigenen Angaben",
                "Welternährungsprogramm",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_CASES)
def test_owner_of_source_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected


#: speaking bodies added to roles.jsonl and abbreviations in capitals name the body; the
#: content's own subject is not a speaker
BODY_CASES = [
    (
        "Mehr als 200 Menschen seien gerettet worden, teilte die griechische Küstenwache mit.",
        [
            (
                "indirect",
                "Mehr als 200 Menschen seien gerettet worden",
                "teilte … mit",
                "die griechische Küstenwache",
                "Küstenwache",
            )
        ],
    ),
    (
        "Der VCÖ fordert, dass mehr Geld in den öffentlichen Verkehr fließt.",
        [
            (
                "indirect",
                "dass mehr Geld in den öffentlichen Verkehr fließt",
                "fordert",
                "Der VCÖ",
                "VCÖ",
            )
        ],
    ),
    (
        "Der Landesparteivorstand habe einstimmig entschieden, sagte ein Sprecher.",
        [
            (
                "indirect",
                "Der Landesparteivorstand habe einstimmig entschieden",
                "sagte",
                "ein Sprecher",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_CASES)
def test_speaking_bodies_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected


#: "wonach" after a noun the subject speaks of names the subject; after a report noun with
#: no speaker it names no one
RELATIVE_SOURCE_CASES = [
    (
        (
            "Die Kommissarin Margrethe Vestager sprach vor dem Ausschuss. Dort hatte sie von "
            "Beweisen gesprochen, wonach bestimmte Vorbescheide den Wettbewerb beeinträchtigten."
        ),
        [
            (
                "indirect",
                "bestimmte Vorbescheide den Wettbewerb beeinträchtigten",
                "wonach",
                "wonach",
                "Margrethe Vestager",
            )
        ],
    ),
    (
        "Es gibt Berichte, wonach der Minister zurücktreten will.",
        [("indirect", "der Minister zurücktreten will", "wonach", "Berichte", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_SOURCE_CASES)
def test_relative_source_round14(nlp, text, expected):
    assert _rows(nlp(text)) == expected
