"""Indirect speech frames and content spans (round 17, helper "clause17"), on news-style
sentences written for these tests.

1. A speech verb that closes a subordinate clause put before the main clause ("Nachdem X
   angekündigt hatte, …", "Das Urteil, das der Richter verkündet hatte, …") frames no
   content that opens with a finite verb after the comma: that is the main clause (verb
   first after the fronted clause). A content clause right after a main-clause frame
   still counts, even one that opens with a conditional "sollte".
2. A source cue in a relative clause that "denen" (after a preposition), "was" or a
   "wo-" adverb opens reports that clause alone, not the sentence around it; such a
   clause after an infinitive complement ("forderte, … zu sammeln, wobei …") ends it (not
   "was", which may belong to a correlate: "darüber zu führen, was …").
3. "…, die ihrer Meinung nach …": the possessive source written in lower case inside a
   sentence frames like the capitalised one that opens it; a source between an article and
   an adjective grades one word and frames no clause ("die laut Polizei gesuchten Männer").
4. "sagte X, der Papst „ist und bleibt …“": a short noun phrase after the comma whose clause
   goes on inside a quotation holding the finite verb is the reported clause.
5. "Das geht aus einem Bericht des Rechnungshofs (RH) hervor": brackets inside the source.
6. "Alles in allem kann man sagen, dass …", "Als Ergebnis darf festgehalten werden, dass …",
   "Auch Positives ist zu berichten: …": a speech verb under a modal with no one but "man"
   as its subject, or after "ist zu", is the writer's own statement: no quote.
7. "Die Reform, so betonte der Minister, sei überfällig": a verb-first frame between commas
   after a fronted part without a finite verb interrupts the content; both parts are it and
   the subject after the verb speaks (not after a "dass" clause, nor before a second frame).
8. "Ein Sprecher wollte nicht bestätigen, dass …": a negated speech verb that would report
   (``negatable_lemmas``) frames nothing; not "nicht nur … sondern auch", "nicht ohne
   Stolz", a negation in the clause before "und", or in a noun phrase. A verb of deciding
   with a "whether" complement ("Der Richter entscheidet, ob …") decides, it says nothing.

Rows: ``(quote parts joined by " || ", speaker)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_part_rows as _rows

SUBORDINATE_FRAME = [
    (
        (
            "Nachdem der Minister seinen Rücktritt angekündigt hatte, habe die Partei eine "
            "Sondersitzung einberufen."
        ),
        [],
    ),
    ("Wenn die Stadt damals geklagt hätte, hätte sie keine Förderung mehr bekommen.", []),
    ("Das Urteil, das der Richter am Montag verkündet hatte, sorgte für Aufregung im Saal.", []),
    (
        "Der Minister sagte, sollte die Regierung nicht handeln, werde er klagen.",
        [("sollte die Regierung nicht handeln, werde er klagen", "Der Minister")],
    ),
    (
        (
            "Nachdem der Sprecher erklärt hatte, dass die Firma schließe, protestierten die "
            "Mitarbeiter."
        ),
        [("dass die Firma schließe", "der Sprecher")],
    ),
    (
        "Die Polizei erklärte am Abend, der Täter sei über die Grenze geflohen.",
        [("der Täter sei über die Grenze geflohen", "Die Polizei")],
    ),
]

RELATIVE_SOURCE = [
    (
        (
            "Die Resolution forderte, genaue Informationen über das Thema zu sammeln, wobei "
            "die Aufgabe beim Generalsekretär liegt."
        ),
        [("genaue Informationen über das Thema zu sammeln", "Die Resolution")],
    ),
    (
        "Er fordert, eine Debatte darüber zu führen, was man dem Geheimdienst erlauben will.",
        [("eine Debatte darüber zu führen, was man dem Geheimdienst erlauben will", "Er")],
    ),
    (
        (
            "Die Gefangenen, unter denen sich nach Angaben der Behörden auch zwei Journalisten "
            "befinden sollen, wurden freigelassen."
        ),
        [("unter denen sich || auch zwei Journalisten befinden sollen", "der Behörden")],
    ),
    (
        (
            "Die Regierung plant Kürzungen, was nach Ansicht der Gewerkschaft vor allem "
            "Familien treffen würde."
        ),
        [("was || vor allem Familien treffen würde", "der Gewerkschaft")],
    ),
    (
        "Die Regierung plant Kürzungen, was vor allem Familien mit Kindern treffen würde.",
        [],
    ),
]

LOWER_CASE_OPINION = [
    (
        (
            "Ziel der Demonstranten ist der Sturz der Regierung, die ihrer Meinung nach zu "
            "Unrecht im Amt ist."
        ),
        [("die || zu Unrecht im Amt ist", "ihrer Meinung")],
    ),
    (
        "Der Bürgermeister hält den Plan seiner Ansicht nach für falsch.",
        [("Der Bürgermeister hält den Plan || für falsch", "seiner Ansicht")],
    ),
    ("Die Sängerin blieb bei ihrer Meinung, nach der Pause trat sie wieder auf.", []),
    ("Der Sänger trat nach seiner Rückkehr aus Amerika wieder in Wien auf.", []),
    ("Die laut Polizei gesuchten Männer wurden am Abend festgenommen.", []),
    (
        "Der Verdächtige, der laut Polizei betrunken war, wurde festgenommen.",
        [("der || betrunken war", "Polizei")],
    ),
]

QUOTED_PREDICATE = [
    (
        (
            "Später sagte die Kanzlerin vor der Presse, der Papst „ist und bleibt einer der "
            "bedeutendsten Denker unserer Zeit“."
        ),
        [
            (
                "der Papst „ist und bleibt einer der bedeutendsten Denker unserer Zeit“",
                "die Kanzlerin",
            ),
            ("„ist und bleibt einer der bedeutendsten Denker unserer Zeit“", "die Kanzlerin"),
        ],
    ),
    (
        "Der Trainer sagte, die Mannschaft habe „ein großes Herz“ gezeigt.",
        [
            ("die Mannschaft habe „ein großes Herz“ gezeigt", "Der Trainer"),
            ("„ein großes Herz“", "Der Trainer"),
        ],
    ),
]

GOES_FORTH = [
    (
        (
            "Die Zahl der Einbrüche ist im Vorjahr um ein Drittel gestiegen. Das geht aus einem "
            "Bericht des Bundeskriminalamts (BKA) hervor."
        ),
        [
            (
                "Die Zahl der Einbrüche ist im Vorjahr um ein Drittel gestiegen || Das",
                "einem Bericht des Bundeskriminalamts (BKA)",
            )
        ],
    ),
    ("Der Wanderer geht aus dem Wald (im Norden) hervor und sieht das Tal.", []),
]

WRITER_STATEMENT = [
    ("Alles in allem kann man sagen, dass das Fest ein Erfolg war.", []),
    (
        (
            "Als Ergebnis der Studie darf festgehalten werden, dass auch leichte Raucher gefährdet "
            "sind."
        ),
        [],
    ),
    ("Auch Positives ist zu berichten: Die Zahl der Unfälle ist gesunken.", []),
    (
        "Der Minister kann sagen, dass die Reform wirkt.",
        [("dass die Reform wirkt", "Der Minister")],
    ),
    (
        "Die Polizei musste einräumen, dass der Täter entkommen war.",
        [("dass der Täter entkommen war", "Die Polizei")],
    ),
]

INTERPOSED_FRAME = [
    (
        "Die Reform, so betonte der Minister, sei längst überfällig.",
        [("Die Reform || sei längst überfällig", "der Minister")],
    ),
    (
        "Der Bürgermeister, sagte die Sprecherin, werde nicht mehr kandidieren.",
        [("Der Bürgermeister || werde nicht mehr kandidieren", "die Sprecherin")],
    ),
    (
        "Tatsächlich, so betont auch die Polizei, ist dies keine zutreffende Darstellung.",
        [("Tatsächlich || ist dies keine zutreffende Darstellung", "die Polizei")],
    ),
    (
        "Ob das Fest stattfindet, sagte der Sprecher, sei noch offen.",
        [("Ob das Fest stattfindet || sei noch offen", "der Sprecher")],
    ),
    ("Am Montag, als der Minister sprach, war der Saal voll.", []),
]

NEGATED = [
    ("Ein Sprecher der Armee wollte nicht bestätigen, dass alle Insassen Soldaten waren.", []),
    (
        "Erste Tests haben den Verdacht nicht bestätigt, dass das Kind an der Grippe starb.",
        [],
    ),
    (
        "Er führt durch das Lager und erklärt nicht ohne Stolz, dass es eigene Sanitäter gebe.",
        [("dass es eigene Sanitäter gebe", "Er")],
    ),
    (
        (
            "Die Regierung ist nicht an das Ergebnis gebunden und erklärte, zu keinen "
            "Gesprächen bereit zu sein."
        ),
        [("zu keinen Gesprächen bereit zu sein", "Die Regierung")],
    ),
    (
        "Die Polizei bestätigte am Abend, dass zwei Menschen verletzt wurden.",
        [("dass zwei Menschen verletzt wurden", "Die Polizei")],
    ),
    (
        "Die Frau wird dem Haftrichter vorgeführt, der entscheidet, ob sie in Haft bleibt.",
        [],
    ),
    (
        "Die Partei beschloss am Sonntag, die Koalition zu verlassen.",
        [("die Koalition zu verlassen", "Die Partei")],
    ),
]


@pytest.mark.parametrize("text, expected", SUBORDINATE_FRAME)
def test_speech_verb_closing_a_fronted_clause(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", RELATIVE_SOURCE)
def test_source_cue_in_a_relative_clause(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", LOWER_CASE_OPINION)
def test_possessive_opinion_inside_a_sentence(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", QUOTED_PREDICATE)
def test_reported_clause_going_on_in_a_quotation(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", GOES_FORTH)
def test_goes_forth_with_brackets_in_the_source(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", WRITER_STATEMENT)
def test_writer_statement_under_a_modal(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", INTERPOSED_FRAME)
def test_frame_interposed_after_a_fronted_part(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize("text, expected", NEGATED)
def test_negated_speech_verb(nlp, text, expected):
    assert _rows(nlp(text)) == expected
