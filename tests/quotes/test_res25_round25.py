"""Speaker names of round 25 (issue 10, "Speakers"): general classes of German news language.

- a definite mention of a research team or its members ("so die Wissenschafter", "den
  Forschern zufolge", "schreiben die Studienautoren") names the team the text introduced by
  its lead before ("das Team um Daniel Takahashi", "Forscher um Tilman Pfau") -> the lead;
  a mention cut before its lead ("Wie Forscher um Maria Lang berichten") -> the lead too;
  no name when the text names no team by its lead ("Forscher glauben …"), when the phrase
  with "um" names no team ("Die Polizei um Mitternacht"), and when someone else is named in
  a sentence between ("Peter Kurz hat mit Kollegen …": the researchers may be his);
  without a lead, the body a team noun was of ("Forscher des IST Austria", "Wissenschafter
  von der Universität Innsbruck") -> the body; not an object after it ("befanden die Tester
  das Modell von Acer");
- a description with an age that matches a noun the text introduced someone with ("der
  35-jährige Routinier" after "Routinier Klaus Berger") names the person the text talks about
  now when that is another named person of the same gender ("Hannes Reichelt … er … er"), as
  an age alone does; still the one introduced when the text stayed with him;
- a name set off after a bracketed short name of the body ("der Leiter des Instituts (PIK),
  Hans Joachim Schellnhuber") is the person the mention describes;
- a place's genitive opening a description ("betonte Brasiliens Teamkicker") refers back as
  "der Teamkicker" does, also to a person of unknown gender the text described with a noun
  of the description's gender ("Sein Landsmann Willian");
- a class noun in a singular form no plural shares ("teilte der Konzern mit") names the
  company named before even when the tagger calls it a genitive plural;
- a "further" connective with a sourceless cue ("Weiter hieß es, …") after a double space
  between two sentences (a whitespace token opens the sentence) goes on with the speaker of
  the statement before, as after a single space.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "Für die Studie nahm das Team um Daniel Takahashi die Laute von Affen auf. Die "
            "Jungtiere lernten von den Eltern, schreiben die Forscher."
        ),
        [("die Forscher", "Daniel Takahashi")],
    ),
    (
        (
            "Forscher um Tilman Pfau ist es gelungen, eine Supraflüssigkeit zu erzeugen. Die "
            "Tropfen seien stabil, berichten die Forscher im Fachblatt Nature."
        ),
        [("die Forscher", "Tilman Pfau")],
    ),
    (
        (
            "Die Wissenschafter um Anna Berger von der Universität Wien untersuchten 300 Proben. "
            '"Das hat uns überrascht", sagen die Wissenschafter.'
        ),
        [("die Wissenschafter", "Anna Berger")],
    ),
    # no team named by its lead: no name
    (
        (
            "Forscher glauben, dass die Eiszeit früher endete. Das Klima sei rasch wärmer "
            "geworden, so die Forscher."
        ),
        [("Forscher", None), ("die Forscher", None)],
    ),
    (
        "Die Polizei um Mitternacht kam spät. Das sei ein Fehler gewesen, sagten die Forscher.",
        [("die Forscher", None)],
    ),
    # someone else named in between: the researchers may be his
    (
        (
            "Forscher um Maria Lang fanden ein Fossil mit vier Beinen. Peter Kurz hat mit Kollegen "
            "elf Ratten untersucht. Die Tiere seien erstickt, schreiben die Forscher."
        ),
        [("die Forscher", None)],
    ),
    # the body the team is of ("Wissenschafter von der Universität Innsbruck")
    (
        (
            "Wissenschafter von der Universität Innsbruck haben Eis gebohrt. Die Proben seien "
            "2000 Jahre alt, sagen die Wissenschafter."
        ),
        [("die Wissenschafter", "Universität Innsbruck")],
    ),
    # an object after the team noun is no body it is of
    (
        (
            "Unter den Laptops befanden die Tester das Modell von Acer am besten. Es sei leicht "
            "und schnell, schreiben die Tester."
        ),
        [("die Tester", None)],
    ),
    # an age: the person talked about now, not the one introduced with the noun before
    (
        (
            "Routinier Klaus Berger vergab eine bessere Platzierung mit einem Fehler. Hannes "
            "Reichelt zog eine geteilte Bilanz. Einerseits verzeichnete er als Vierter sein "
            "bestes Ergebnis, andererseits vergab er einen Podestplatz schon am Start. Der war "
            "miserabel, ärgerte sich der 35-jährige Routinier."
        ),
        [("der 35-jährige Routinier", "Hannes Reichelt")],
    ),
    (
        (
            "Routinier Klaus Berger vergab eine bessere Platzierung mit einem Fehler. Er war "
            "lange verletzt. Das war bitter, sagte der 35-jährige Routinier."
        ),
        [("der 35-jährige Routinier", "Klaus Berger")],
    ),
    # the name set off after a bracketed short name
    (
        (
            "Das sei ein großer Schritt, erklärte der Leiter des Potsdam-Instituts für "
            "Klimafolgenforschung (PIK), Hans Joachim Schellnhuber."
        ),
        [
            (
                "der Leiter des Potsdam-Instituts für Klimafolgenforschung",
                "Hans Joachim Schellnhuber",
            )
        ],
    ),
    # a place's genitive opens a description as an article would
    (
        (
            'Sein Landsmann Willian zeigte sich motiviert. "Wir müssen sie unter Druck setzen", '
            "betonte Brasiliens Teamkicker."
        ),
        [("Brasiliens Teamkicker", "Willian")],
    ),
    # "der Konzern" after a named company: singular whatever the tagger says
    (
        (
            "Der Glücksspielkonzern Novomatic steigt bei den Casinos ein. Mittlerweile ist das "
            "bestätigt: Novomatic habe verbindliche Angebote gelegt, teilte der Konzern am "
            "Sonntag in einer Aussendung mit."
        ),
        [("der Konzern", "Novomatic")],
    ),
    # a double space between the sentences: "Weiter hieß es" goes on as after one space
    (
        (
            "Die Bahn werde die Strecke bis Juni sperren, sagte Konzernsprecher Peter Lang.  "
            "Weiter hieß es, der Ersatzverkehr laufe im Takt."
        ),
        [
            ("Konzernsprecher Peter Lang", "Peter Lang"),
            ("Konzernsprecher Peter Lang", "Peter Lang"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_res25_speakers(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
