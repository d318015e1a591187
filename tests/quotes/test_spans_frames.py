"""Quote spans of cue frames on news-style texts written for these tests (issue 10, span
accuracy): where the content of a frame starts and ends, what is no content at all, and
which speech acts are reported quotes.

Each row: text, then the expected quotes as ``(kind, text, speaker_name)`` in text order
(German, Austrian and Swiss news style). Run with the shipped pipeline in both label
schemes.
"""

from __future__ import annotations

import pytest

CASES = [
    # --- the content ends before a coordinated main clause of the speaker
    (
        "Der Angeklagte erklärte, er sei unschuldig, und verließ danach den Gerichtssaal.",
        [("indirect", "er sei unschuldig", None)],
    ),
    # ... which is a reported quote of its own when its verb is a speech verb
    (
        "Die Bürgermeisterin sagte, die Halle werde saniert, sprach aber von hohen Kosten.",
        [
            ("indirect", "die Halle werde saniert", None),
            ("reported", "sprach aber von hohen Kosten", None),
        ],
    ),
    # --- an infinitive complement may be followed by a relative clause (kept) ...
    (
        (
            "Die Landesregierung hat angekündigt, eine Kommission einzusetzen, die die "
            "Vorfälle untersuchen soll."
        ),
        [
            (
                "indirect",
                "eine Kommission einzusetzen, die die Vorfälle untersuchen soll",
                "Landesregierung",
            )
        ],
    ),
    # ... or an adverbial clause (not part of the content)
    (
        (
            "Der Vorstand hatte beschlossen, den Trainer zu entlassen, nachdem die Mannschaft "
            "fünfmal in Folge verloren hatte."
        ),
        [("indirect", "den Trainer zu entlassen", "Vorstand")],  # a speaking body (round 14)
    ),
    # --- zu-infinitives written as one word, new infinitive frames
    (
        "Der Parteichef forderte den Abgeordneten auf, sein Mandat niederzulegen.",
        [("indirect", "sein Mandat niederzulegen", None)],
    ),
    (
        "Die Stadt Graz hat den Anrainern angeboten, die Kosten für die Lärmschutzfenster zu übernehmen.",
        [("indirect", "die Kosten für die Lärmschutzfenster zu übernehmen", "Stadt Graz")],
    ),
    # --- a split verb finds its particle after an apposition
    (
        (
            "Am Montag gab der Sprecher der Kantonspolizei, Markus Huber, bekannt, dass der "
            "Verdächtige gefasst worden sei."
        ),
        [("indirect", "dass der Verdächtige gefasst worden sei", "Markus Huber")],
    ),
    # --- reported speech acts: berichten von, vorwerfen
    (
        "Anrainer berichteten von einem lauten Knall kurz nach Mitternacht.",
        [("reported", "Anrainer berichteten von einem lauten Knall kurz nach Mitternacht.", None)],
    ),
    (
        "Die Opposition wirft dem Bürgermeister Untätigkeit vor.",
        [("reported", "Die Opposition wirft dem Bürgermeister Untätigkeit vor.", "Opposition")],
    ),
    # --- an adverbial clause before a main clause belongs to the content
    (
        (
            "Falls die Gespräche scheitern, will die Gewerkschaft ab Montag streiken, kündigte "
            "ihr Vorsitzender an."
        ),
        [
            (
                "indirect",
                "Falls die Gespräche scheitern, will die Gewerkschaft ab Montag streiken",
                None,
            )
        ],
    ),
    # --- a noun that frames content right after its comma; a relative clause is none
    (
        "Die Hoffnung, dass die Brücke noch heuer fertig wird, hat sich zerschlagen.",
        [("indirect", "dass die Brücke noch heuer fertig wird", None)],
    ),
    ("Die Absicht, die der Gemeinderat mit dem Projekt verfolgt, bleibt unklar.", []),
    # --- "nach" with a source noun: the content is the clause without the frame
    (
        "Nach dem vorläufigen Endergebnis erreichte die ÖVP 38 Prozent der Stimmen.",
        [("indirect", "erreichte die ÖVP 38 Prozent der Stimmen", None)],
    ),
    # --- ", so <verb> X": the verb is no part of the source (Swiss)
    (
        "Ein „historischer Schritt“, so urteilte Bundesrätin Karin Keller-Sutter am Dienstag in Bern.",
        [
            ("mixed", "Ein „historischer Schritt“", "Karin Keller-Sutter"),
            ("direct", "„historischer Schritt“", "Karin Keller-Sutter"),
        ],
    ),
    # --- a list after a colon is not what was said
    (
        (
            "Für den Parteivorsitz haben sich bereits drei Kandidaten gemeldet: Andrea Berger, "
            "Jonas Huber und Petra Lechner."
        ),
        [],
    ),
    # --- no content before an inverted frame: adverbial clauses, indirect questions, the
    # verb's own subject with an apposition or a relative clause
    (
        "Wenn der Vertrag nicht verlängert wird, droht dem Verein der Abstieg in die Regionalliga.",
        [],
    ),
    ("Warum der Zug in Olten so lange stand, erklärten die SBB nicht.", []),
    (
        (
            "Der Sprecher der Gewerkschaft, ein gelernter Maschinenbauer aus Linz, kritisierte "
            "die Pläne der Regierung scharf."
        ),
        [],
    ),
    ("Die Ministerin, die seit Jänner im Amt ist, wies die Vorwürfe am Mittwoch zurück.", []),
    # --- a speech verb the tagger calls an adverb is a cue when the parse gives it a subject
    (
        "Die Regierung beschloss, die Steuern zu senken.",
        [("indirect", "die Steuern zu senken", "Regierung")],
    ),
    # ... set phrases with a participle are none
    ("Wie angekündigt wurde die Brücke am Montag gesperrt.", []),
    ("Ehrlich gesagt, die Lage ist ernst.", []),
    # --- ", so X," inside reported speech: the content goes on after the frame
    (
        "Der Präsident sei, so die Opposition, schuld an der Krise.",
        [("indirect", "Der Präsident sei, so die Opposition, schuld an der Krise", "Opposition")],
    ),
    (
        "Die Schule solle, so der Elternverein, bis zum Herbst saniert werden.",
        [
            (
                "indirect",
                "Die Schule solle, so der Elternverein, bis zum Herbst saniert werden",
                None,
            )
        ],
    ),
    (
        "Doch sei es, so Ministerin Anna Berger, ein Fehler der Regierung gewesen.",
        [
            (
                "indirect",
                "Doch sei es, so Ministerin Anna Berger, ein Fehler der Regierung gewesen",
                "Anna Berger",
            )
        ],
    ),
    # --- "…, so erklärte X": "so" opens the frame after its content
    (
        "Die Sanierung des Bahnhofs koste mehr als geplant, so erklärte Stadtrat Beat Meier.",
        [("indirect", "Die Sanierung des Bahnhofs koste mehr als geplant", "Beat Meier")],
    ),
    ("Die Preise stiegen weiter, so dass viele Familien sparen müssen.", []),
    # --- a noun with a reported clause after its comma; the subject holds the noun
    (
        "Nationalrat Peter Huber erhob den Vorwurf, die Regierung habe das Parlament getäuscht.",
        [("indirect", "die Regierung habe das Parlament getäuscht", "Peter Huber")],
    ),
    (
        "Die Gewerkschaft richtete an den Vorstand die Bitte, die Löhne um drei Prozent zu erhöhen.",
        [("indirect", "die Löhne um drei Prozent zu erhöhen", "Gewerkschaft")],
    ),
    ("Der Vorwurf, der gestern erhoben wurde, wiegt schwer.", []),
    # ... but not into a relative clause of the speaker
    (
        "Die Lage sei ernst, so der Bürgermeister, der seit 2010 im Amt ist.",
        [("indirect", "Die Lage sei ernst", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_frame_spans(nlp, text, expected):
    doc = nlp(text)
    got = [(q._.kind, q.text, q._.speaker_name) for q in doc.spans["quotes"]]
    assert got == expected


INTERPOSED = [
    (
        "Der Präsident sei, so die Opposition, schuld an der Krise.",
        ["Der Präsident sei", "schuld an der Krise"],
        "so",
    ),
    (
        "Für die Gemeinde, so der Bürgermeister von Villach, ist das ein großer Gewinn.",
        ["Für die Gemeinde", "ist das ein großer Gewinn"],
        "so",
    ),
    (
        "Die Lage sei ernst, so der Bürgermeister, der seit 2010 im Amt ist.",
        ["Die Lage sei ernst"],
        "so",
    ),
]


@pytest.mark.parametrize(("text", "parts", "cue"), INTERPOSED, ids=[c[0][:40] for c in INTERPOSED])
def test_interposed_frame_parts(nlp, text, parts, cue):
    doc = nlp(text)
    (q,) = doc.spans["quotes"]
    assert [doc.text[a:b] for a, b in q._.parts] == parts
    assert q._.cue == cue


FRAME_CUES = [
    (
        "Die Sanierung des Bahnhofs koste mehr als geplant, so erklärte Stadtrat Beat Meier.",
        "so … erklärte",
    ),
    ("Die Lage sei ernst, so der Bürgermeister.", "so"),
]


@pytest.mark.parametrize(("text", "cue"), FRAME_CUES, ids=[c[0][:40] for c in FRAME_CUES])
def test_frame_cue(nlp, text, cue):
    doc = nlp(text)
    (q,) = doc.spans["quotes"]
    assert q._.cue == cue
