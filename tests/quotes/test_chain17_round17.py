"""Continuations, round 17 (issue 10), on news-style texts written for these tests.

A word the tagger calls a subjunctive but that is no finite verb gives a sentence no
reported-speech mood: a capitalised noun inside its sentence ("große *Erfolge*", a
Konjunktiv form by its letters) or a word with no dependents but punctuation, a coordinator
or a coordinated non-verb, that is no auxiliary and stands before no article or pronoun ("lagen … *vorne*", "*diverse* Organisationen"). So the
writer's sentence after a statement does not go on with it. Real Konjunktiv verbs stay:
a listed form ("sei"), and a verb second before its subject ("*verunsichere* die Kammer").

An irreal comparison ("…, *als werde* sich nichts ändern", "*als ob* sie … *hätten*") and a
fixed phrase ("*es sei denn*") hold a Konjunktiv that reports no one's words; a Konjunktiv
of the same sentence outside them still does.

A relative clause whose only mood is a singular Konjunktiv II is the writer's hypothetical
("die Agentur, *die* die Verträge *prüfen würde*"): no row, and the statement goes on after
that sentence with its own speaker. A Konjunktiv I there is reported ("…, in deren Nähe das
Werk entstehen *werde*").

A quoted word in a "sollen" sentence that goes on with a plan is a name or the writer's
marking ("Dafür soll die neue Linie „Citybahn“ … fahren"), not the speaker's own words:
no direct row for it.

Rows: ``(quote text, kind, speaker)`` in text order.
"""

from __future__ import annotations

import pytest

GRUBER = "Die Ministerin Eva Gruber"

CASES = [
    # a capitalised noun ("Erfolge") is no Konjunktiv verb: the writer's sentence
    (
        (
            "Die Ministerin Eva Gruber sagte, die Lage sei ernst. Die Opposition feierte "
            "dagegen große Erfolge bei den Gemeinderatswahlen."
        ),
        [("die Lage sei ernst", "indirect", GRUBER)],
    ),
    # an adverb the tagger calls a subjunctive ("vorne"): no continuation
    (
        (
            "Der Trainer Markus Lehner sagte, seine Mannschaft habe gut gespielt. Die "
            "Gastgeberinnen lagen zur Pause mit zwei Toren vorne."
        ),
        [("seine Mannschaft habe gut gespielt", "indirect", "Der Trainer Markus Lehner")],
    ),
    # an adjective the tagger calls a subjunctive ("diverse"): no continuation
    (
        (
            "Der Bürgermeister Karl Huber sagte, die Stadt werde sparen. Am Gipfeltreffen in "
            "Wien nehmen diverse internationale Organisationen teil."
        ),
        [("die Stadt werde sparen", "indirect", "Der Bürgermeister Karl Huber")],
    ),
    # ... also when the parse coordinates it with a noun ("Staaten und diverse")
    (
        (
            "Der Bürgermeister Karl Huber sagte, die Stadt werde sparen. Am Gipfeltreffen in "
            "Wien nehmen 30 Staaten und diverse internationale Organisationen teil."
        ),
        [("die Stadt werde sparen", "indirect", "Der Bürgermeister Karl Huber")],
    ),
    # a verb second before its subject stays a verb, whatever the parse
    (
        (
            "Die Ministerin Eva Gruber übte scharfe Kritik an der Ärztekammer. Mit ihren "
            "neuen Inseraten verunsichere die Kammer die Patienten."
        ),
        [
            (
                "Mit ihren neuen Inseraten verunsichere die Kammer die Patienten.",
                "continuation",
                GRUBER,
            )
        ],
    ),
    # a listed Konjunktiv form after a capitalised noun at the start: still reported speech
    (
        "Die Ministerin Eva Gruber sagte, die Reform komme. Die Würde der Patienten sei unantastbar.",
        [
            ("die Reform komme", "indirect", GRUBER),
            ("Die Würde der Patienten sei unantastbar.", "continuation", GRUBER),
        ],
    ),
    # a real Konjunktiv verb with the noun "Erfolge" in the sentence: still reported speech
    (
        (
            "Die Sprecherin Anna Berger sagte, die Firma wachse. In Asien feiere das "
            "Unternehmen große Erfolge."
        ),
        [
            ("die Firma wachse", "indirect", "Die Sprecherin Anna Berger"),
            (
                "In Asien feiere das Unternehmen große Erfolge.",
                "continuation",
                "Die Sprecherin Anna Berger",
            ),
        ],
    ),
]


HUBER = "Der Sprecher Karl Huber"

CASES += [
    # an irreal comparison right after "als": the writer's
    (
        (
            "Die Ministerin Eva Gruber sagte, die Reform komme. Es schien lange, als werde sich "
            "daran so bald nichts ändern."
        ),
        [("die Reform komme", "indirect", GRUBER)],
    ),
    # "als ob" at the start of the clause: the writer's
    (
        (
            "Der Trainer Markus Lehner sagte, das Team sei bereit. Die Spieler wirkten am Sonntag, "
            "als ob sie seit Wochen nicht trainiert hätten."
        ),
        [("das Team sei bereit", "indirect", "Der Trainer Markus Lehner")],
    ),
    # "es sei denn" (unless) in an indicative sentence: the writer's
    (
        (
            "Der Sprecher Karl Huber sagte, die Firma spare. Ein Umzug ist nicht geplant, es sei "
            "denn, die Mieten steigen weiter."
        ),
        [("die Firma spare", "indirect", HUBER)],
    ),
    # a Konjunktiv outside the fixed phrase: still reported speech
    (
        (
            "Der Sprecher Karl Huber sagte, die Firma spare. Ein Umzug sei nicht geplant, es sei "
            "denn, die Mieten stiegen weiter."
        ),
        [
            ("die Firma spare", "indirect", HUBER),
            (
                "Ein Umzug sei nicht geplant, es sei denn, die Mieten stiegen weiter.",
                "continuation",
                HUBER,
            ),
        ],
    ),
]


CASES += [
    # a hypothetical relative clause: no row; the statement goes on after it
    (
        (
            "Der Sprecher Karl Huber sagte, die Firma spare. Derzeit arbeite man an einem neuen "
            "Plan. So muss die Agentur, die die Verträge prüfen würde, eine eigene Abteilung "
            "gründen. Diese Auflagen würden alles verzögern."
        ),
        [
            ("die Firma spare", "indirect", HUBER),
            ("Derzeit arbeite man an einem neuen Plan.", "continuation", HUBER),
            ("Diese Auflagen würden alles verzögern.", "continuation", HUBER),
        ],
    ),
    # ... also when it stands alone after the statement
    (
        (
            "Der Sprecher Karl Huber sagte, die Firma spare. So muss die Agentur, die die "
            "Verträge prüfen würde, eine eigene Abteilung gründen."
        ),
        [("die Firma spare", "indirect", HUBER)],
    ),
]


CASES += [
    # a quoted name in a plan sentence: no direct row of the planner's
    (
        (
            "Der Verkehrsminister Peter Kunz kündigte an, das Netz der Straßenbahn bis 2030 "
            "auszubauen. Dafür soll die neue Linie „Citybahn“ ab Herbst durch die Innenstadt "
            "fahren."
        ),
        [
            (
                "das Netz der Straßenbahn bis 2030 auszubauen",
                "indirect",
                "Der Verkehrsminister Peter Kunz",
            ),
            (
                "Dafür soll die neue Linie „Citybahn“ ab Herbst durch die Innenstadt fahren.",
                "continuation",
                "Der Verkehrsminister Peter Kunz",
            ),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_chain17_round17(ud_nlp, text, expected):
    doc = ud_nlp(text)
    assert [(q.text, q._.kind, q._.speaker) for q in doc.spans["quotes"]] == expected
