"""Speakers of round 19 (issue 10, "Speakers"): mentions that are whole, names that are right.

- a bare article parsed as the subject with its noun hung on the verb as an object ("Die
  staatlich kontrollierten Zeitungen berichteten, …" parsed with "Die" alone as subject):
  the whole noun phrase is the mention;
- a definite source noun in a phrase of where a statement comes from ("Den Angaben
  zufolge", "Dem Bericht zufolge", "Laut dem Bericht") keeps its mention and takes the name
  of the source the text named before, as "Demnach" does: the statement that ends in the two
  sentences before, else the subject of the sentence before; no name when a statement of
  a source we cannot name stands there ("berichtete der Blog 9to5Mac. Apple äußerte sich
  nicht. Den Informationen zufolge …": not Apple), nor when the sentence before names no
  source ("Der Unfall ereignete sich …"); a noun with its owner named stays its own
  ("Der Opposition zufolge");
- a medium right after a person's name ("bestätigte Peter Binder der APA", "wie
  Europa-Ministerin X der Belgrader Zeitung Danas sagte") is the addressee: the mention
  ends with the name;
- a title and a name right after the cue verb with no article ("hielt
  Verteidigungsminister Hans Peter Doskozil dazu fest, dass …") show no case: the parse's
  object label does not make them an addressee, they speak;
- after a verb with a dative addressee, a title and a name after the subject's noun are
  the addressee ("warf die Opposition Präsident Alexander Lukaschenko vor"), not after a
  genitive ("Kasachstans Präsident");
- a subject the parse found in a heading before the verb's sentence ("Reaktionen aus
  Österreich ⏎⏎ SPÖ ⏎⏎ Kanzler Werner Faymann sowie Klubchef Andreas Schieder sprachen von
  …"): the noun phrase that opens the verb's sentence is the mention;
- two person entities in one mention, a title no entity covers right before the second
  and full name ("Admira General Manager Peter Kremser"): the second is the speaker;
- "Das berichtete die Zeitung. Demnach …": the demonstrative parsed as a second subject
  is no source, the newspaper is;
- a person the recogniser ended one word short ("Iggy Pop" as "Iggy"): the proper noun
  after it belongs to the name, and a pronoun after it takes the whole name; a genitive of a
  name the text uses before a noun ("Days Familie") is not extended (and names no one: the
  family speaks, res34c round 34); a bare surname the
  tagger took for a common noun ("sagte Fall") is the fuller name the text used with it as a
  proper noun ("Ibrahima Fall"), and "Er" after it is he; not a noun the text used as a
  noun before ("sagten Experten" after "Wiener Experten").

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        "Die staatlich kontrollierten Zeitungen berichteten, die Armee habe die Stadt eingenommen.",
        [("Die staatlich kontrollierten Zeitungen", None)],
    ),
    (
        "Die Polizei hat den Unfall untersucht. Den Angaben zufolge war der Lenker betrunken.",
        [("Den Angaben", "Polizei")],
    ),
    (
        (
            "Das Magazin „Profil“ veröffentlichte am Sonntag einen Bericht über die Affäre. "
            "Dem Bericht zufolge soll der Minister Geld erhalten haben."
        ),
        [("Dem Bericht", "Profil")],
    ),
    (
        (
            "„Wir ermitteln“, sagte Staatsanwalt Peter Gruber dem STANDARD. Den Angaben "
            "zufolge wurden drei Verdächtige festgenommen."
        ),
        [("Staatsanwalt Peter Gruber", "Peter Gruber"), ("Den Angaben", "Peter Gruber")],
    ),
    # a statement whose source has no name: no guess from the sentence in between
    (
        (
            "„Das Gerät kommt im März“, berichtete der Blog 9to5Mac. Apple äußerte sich nicht. "
            "Den Informationen zufolge soll es 400 Dollar kosten."
        ),
        [("der Blog 9to5Mac", None), ("Den Informationen", None)],
    ),
    # no source named before
    (
        "Der Unfall ereignete sich am Montag. Den Angaben zufolge war der Lenker betrunken.",
        [("Den Angaben", None)],
    ),
    # the owner of the noun is named: it speaks
    (
        (
            "Die Regierung legte am Dienstag das Budget vor. Der Opposition zufolge fehlen "
            "darin zwei Milliarden Euro."
        ),
        [("Der Opposition", "Opposition")],
    ),
    (
        (
            "Das berichtete die Süddeutsche Zeitung am Freitag. Demnach soll der Minister Geld "
            "erhalten haben."
        ),
        [("Demnach", "Süddeutsche Zeitung")],
    ),
    (
        (
            "Der Musiker Iggy Pop trat am Samstag in Wien auf. „Ich liebe diese Stadt“, sagte "
            "Iggy Pop. Er kündigte an, im Herbst wiederzukommen."
        ),
        [("Iggy Pop", "Iggy Pop"), ("Er", "Iggy Pop")],
    ),
    (
        (
            "Die Journalistin Anna Day wurde in Manama festgenommen. Days Familie appellierte "
            "an die Behörden, die Journalistin freizulassen."
        ),
        [("Days Familie", None)],  # res34c: her family speaks, not she
    ),
    (
        (
            "Der Sondergesandte der Afrikanischen Union, Ibrahima Fall, sprach am Sonntag mit "
            "Journalisten. „Das ist unvorstellbar“, sagte Fall. Er betonte zugleich, dass die "
            "Entscheidung bei den Staatschefs liege."
        ),
        [("Fall", "Ibrahima Fall"), ("Er", "Ibrahima Fall")],
    ),
    # a common noun after an adjective before: no name
    (
        (
            "Wiener Experten warnten am Montag vor der Hitze. „Das ist gefährlich für ältere "
            "Menschen“, sagten Experten."
        ),
        [("Wiener Experten", None), ("Experten", None)],
    ),
    (
        (
            "Die Partei sagt ihre Veranstaltung ab, bestätigte Landesgeschäftsführer Peter "
            "Binder der APA."
        ),
        [("Landesgeschäftsführer Peter Binder", "Peter Binder")],
    ),
    (
        (
            "Die Regierung werde einen Plan vorlegen, wie Europa-Ministerin Jadranka Novak der "
            "Belgrader Zeitung Danas sagte."
        ),
        [("Europa-Ministerin Jadranka Novak", "Jadranka Novak")],
    ),
    # the medium the person works for, with the name after it, stays
    (
        "Die Lage sei ernst, sagte der Chefredakteur der Zeitung Danas, Peter Novak.",
        [("der Chefredakteur der Zeitung Danas, Peter Novak", "Peter Novak")],
    ),
    (
        (
            "Zu den Plänen der Kommission, die Flüchtlinge in die Türkei zurückzuführen, hielt "
            "Verteidigungsminister Hans Peter Doskozil dazu fest, dass die Republik nicht in "
            "der Pflicht sei."
        ),
        [("Verteidigungsminister Hans Peter Doskozil", "Hans Peter Doskozil")],
    ),
    (
        "Die Wahl sei gefälscht, warf die Opposition Präsident Alexander Lukaschenko vor.",
        [("die Opposition", "Opposition")],
    ),
    (
        (
            "Die Wahl sei gefälscht, warf Oppositionsführerin Maria Kolesnikowa Präsident "
            "Alexander Lukaschenko vor."
        ),
        [("Oppositionsführerin Maria Kolesnikowa", "Maria Kolesnikowa")],
    ),
    # a genitive before the title: one phrase
    (
        "Die Wahl sei fair gewesen, versicherte Kasachstans Präsident Kassym Tokajew.",
        [("Kasachstans Präsident Kassym Tokajew", "Kassym Tokajew")],
    ),
    # headings the parse ran into the subject: the words before the verb in its sentence
    (
        (
            "Das Ergebnis liegt vor.\n\nReaktionen aus Österreich \n\nSPÖ \n\nKanzler Werner "
            "Faymann sowie Klubchef Andreas Schieder sprachen von einem Auftrag der Wähler für "
            "die Koalition."
        ),
        [("Kanzler Werner Faymann sowie Klubchef Andreas Schieder", None)],
    ),
    (
        (
            "Das Ergebnis liegt vor.\n\nReaktionen der Parteien \n\nGrüne \n\nParteichefin Eva "
            "Glawischnig sprach von einem Auftrag der Wähler für eine Wende."
        ),
        [("Parteichefin Eva Glawischnig", "Eva Glawischnig")],
    ),
    # a club the recogniser took for a person before a title and a full name
    (
        "Die Ablöse sei zu hoch gewesen, sagte Admira General Manager Peter Kremser am Montag.",
        [("Admira General Manager Peter Kremser", "Peter Kremser")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS, ids=[f"doc{i}" for i in range(len(DOCUMENTS))]
)
def test_speakers(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
