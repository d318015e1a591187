"""What is and what is not the content of a frame, on news-style texts written for these
tests (issue 10): purpose and adverbial clauses after a frame are no content of their own;
hearsay "sollen" with a perfect infinitive goes on with the speaker before it; "der/die/das"
right after a finite speech verb opens reported content, not a relative clause; frames of
requests, decisions and objections; a source cue ("nach Angaben", "laut") inside a relative
or adverbial clause reports that clause only.

Each row: text, then the expected quotes as ``(kind, text, cue)`` in text order (German,
Austrian and Swiss news style). Run with the shipped pipeline in both label schemes.
"""

from __future__ import annotations

import pytest

CASES = [
    # --- "…, um … zu …" after a frame is a purpose, not what was announced
    (
        (
            "Der Verkehrsminister kündigte am Dienstag neue Tarife an, um die Bahn für Pendler "
            "attraktiver zu machen."
        ),
        # round 18: no content clause, the announcement is a reported speech act
        [
            (
                "reported",
                (
                    "Der Verkehrsminister kündigte am Dienstag neue Tarife an, um die Bahn für "
                    "Pendler attraktiver zu machen."
                ),
                "kündigte … an",
            )
        ],
    ),
    (
        "Der Landeshauptmann rief persönlich beim Kanzler an, um die Finanzierung der Klinik zu besprechen.",
        [],
    ),
    # ... as is "ohne … zu …" and a clause opened by a subordinator
    ("Die Anwältin kritisierte das Urteil, ohne auf die Begründung des Gerichts einzugehen.", []),
    (
        (
            "Die Sprecherin der Polizei meldete den Bergsteiger als vermisst, nachdem er am Abend "
            "nicht zurückgekehrt war."
        ),
        [],
    ),
    # --- a purpose clause after the infinitive content stays part of it
    (
        (
            "Die Gewerkschaft forderte die Regierung auf, die Mindestpensionen anzuheben, um die "
            "Kaufkraft der Pensionisten zu sichern."
        ),
        [
            (
                "indirect",
                "die Mindestpensionen anzuheben, um die Kaufkraft der Pensionisten zu sichern",
                "forderte",
            )
        ],
    ),
    (
        (
            "Der Gemeinderat von Winterthur hat beschlossen, eine Delegation nach Bern zu schicken, "
            "um die Lage vor Ort zu klären."
        ),
        [
            (
                "indirect",
                "eine Delegation nach Bern zu schicken, um die Lage vor Ort zu klären",
                "beschlossen",
            )
        ],
    ),
    # --- hearsay "soll … haben/sein" after a quote goes on with its speaker
    (
        (
            "Die Polizei in Linz teilte mit, dass ein Mann festgenommen worden sei. Er soll in "
            "der Nacht drei Autos beschädigt haben."
        ),
        [
            ("indirect", "dass ein Mann festgenommen worden sei", "teilte … mit"),
            ("continuation", "Er soll in der Nacht drei Autos beschädigt haben.", None),
        ],
    ),
    (
        (
            "Ein Sprecher der Kantonspolizei Zürich sagte, die Fahndung laufe. Der Täter soll mit "
            "einem gestohlenen Wagen geflüchtet sein."
        ),
        [
            ("indirect", "die Fahndung laufe", "sagte"),
            ("continuation", "Der Täter soll mit einem gestohlenen Wagen geflüchtet sein.", None),
        ],
    ),
    # ... but "sollen" of a plan or an order is no hearsay
    (
        (
            "Ein Sprecher der Kantonspolizei Zürich sagte, die Fahndung laufe. Die neue Brücke "
            "soll bis 2027 fertiggestellt werden."
        ),
        [("indirect", "die Fahndung laufe", "sagte")],
    ),
    ("Die Kinder sollen am Nachmittag nach Hause gehen.", []),
    # --- "erklärte, die …": an article after the verb's comma, not a relative pronoun
    (
        (
            "Der Sprecher der Tiroler Landesregierung erklärte, die noch zu gründende Agentur "
            "werde die Förderungen vergeben."
        ),
        [("indirect", "die noch zu gründende Agentur werde die Förderungen vergeben", "erklärte")],
    ),
    # --- requests, decisions, agreements, objections
    (
        "Die Bürgermeisterin von Graz hat die Anrainer gebeten, ihre Autos in den Garagen abzustellen.",
        [("indirect", "ihre Autos in den Garagen abzustellen", "gebeten")],
    ),
    (
        "Das Bundesgericht in Lausanne hat entschieden, dass die Gemeinde die Kosten tragen muss.",
        [("indirect", "dass die Gemeinde die Kosten tragen muss", "entschieden")],
    ),
    (
        "Die Sozialpartner einigten sich darauf, die Löhne um drei Prozent zu erhöhen.",
        [("indirect", "die Löhne um drei Prozent zu erhöhen", "einigten")],
    ),
    (
        "Der Gewerkschafter prangerte an, dass die Überstunden nicht bezahlt würden.",
        [("indirect", "dass die Überstunden nicht bezahlt würden", "prangerte … an")],
    ),
    (
        "Der Verteidiger wandte ein, sein Mandant sei zur Tatzeit in Salzburg gewesen.",
        [("indirect", "sein Mandant sei zur Tatzeit in Salzburg gewesen", "wandte … ein")],
    ),
    (
        "Die Ministerin erwiderte, die Zahlen seien veraltet.",
        [("indirect", "die Zahlen seien veraltet", "erwiderte")],
    ),
    # --- a source cue inside a relative or adverbial clause: the content is that clause
    (
        (
            "Die Feuerwehr barg den Lastwagen, der nach Angaben eines Augenzeugen viel zu schnell "
            "unterwegs gewesen war, am Dienstagabend."
        ),
        [
            (
                "indirect",
                "der nach Angaben eines Augenzeugen viel zu schnell unterwegs gewesen war",
                "nach Angaben eines Augenzeugen",
            )
        ],
    ),
    (
        "Die Sitzung wurde vertagt, weil laut Gemeindesprecher noch Unterlagen fehlten.",
        [("indirect", "weil laut Gemeindesprecher noch Unterlagen fehlten", "laut")],
    ),
    # ... in the main clause, the clause without the cue
    (
        "Nach Angaben der Stadtpolizei Zürich wurden drei Personen verletzt.",
        [("indirect", "wurden drei Personen verletzt", "Nach Angaben")],
    ),
    # --- nouns of conditions and hypotheses frame their "dass" clause
    (
        (
            "Die Landesregierung knüpfte ihre Zusage an die Bedingung, dass der Bund die Hälfte "
            "der Kosten trägt."
        ),
        [("indirect", "dass der Bund die Hälfte der Kosten trägt", "Bedingung")],
    ),
    (
        (
            "Die Forscher aus Innsbruck formulierten die Hypothese, dass die Gletscher schneller "
            "schmelzen als angenommen."
        ),
        [("indirect", "dass die Gletscher schneller schmelzen als angenommen", "Hypothese")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_content_spans(nlp, text, expected):
    doc = nlp(text)
    assert [(q._.kind, q.text, q._.cue) for q in doc.spans["quotes"]] == expected
