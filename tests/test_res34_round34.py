"""Speaker names of round 34 (issue 10): a description that points back to the person named
before resolved to no name because the noun was missing from the role lexicon.

- person nouns of news whose ending the lexicon lacked ("der Milliardär", "die Kapitänin",
  "der Torschütze", "der Radprofi", "die Krankenschwester"): ``gender_suffix`` records of
  roles.jsonl, so they refer back as "der Forscher" does;
- a person noun the tagger took for a proper noun, with no entity ("Der Jurist", "Der
  Diplomat"): trusted by a person-noun ending no name has (``person_suffix``);
- a noun made of an adjective after a singular article ("die Liberale", "der Freiheitliche",
  "der Industrielle"; roles.jsonl ``adjective_person``): the person named before of the
  article's gender, never the party the recogniser finds in the word ("Liberale": FDP),
  nobody when no one fits; the plural ("die Liberalen") and "die Konservative Partei" stay.

- a person noun in the head of the text ("…, sagte der Ökonom. Minister Karl Bauer …") no
  longer refers forward to a person the text introduces with a title.

Gender mismatches and a second person of the same gender in between give no name: a wrong
name is worse than none. News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    (
        (
            "Der Investor Karl Brunner kaufte die Firma. Der Milliardär betonte, er wolle "
            "alle Jobs erhalten."
        ),
        [("Der Milliardär", "Karl Brunner")],
    ),
    (
        (
            "Lisa Hofbauer führte das Team zum Sieg. Die Kapitänin meinte danach, man habe "
            "hart gearbeitet."
        ),
        [("Die Kapitänin", "Lisa Hofbauer")],
    ),
    (
        (
            "Den Ausgleich erzielte Daniel Pfeifer in der Nachspielzeit. Der Torschütze "
            "erklärte, das Tor sei für seine Familie."
        ),
        [("Der Torschütze", "Daniel Pfeifer")],
    ),
    (
        (
            "Florian Reisinger gewann die dritte Etappe. Der Radprofi sagte, die Beine seien "
            "schwer gewesen."
        ),
        [("Der Radprofi", "Florian Reisinger")],
    ),
    (
        ("Jakob Wallner arbeitet seit Jahren in Brüssel. Der Diplomat warnte, die Lage sei ernst."),
        [("Der Diplomat", "Jakob Wallner")],
    ),
    (
        "Herbert Kainz vertritt die Kläger. Der Jurist kündigte an, man werde berufen.",
        [("Der Jurist", "Herbert Kainz")],
    ),
    (
        (
            "Maria Eibl pflegt seit 20 Jahren Kranke. Die Krankenschwester klagte, es fehle "
            "an Personal."
        ),
        [("Die Krankenschwester", "Maria Eibl")],
    ),
    # gender mismatch: no name
    (
        "Maria Eibl pflegt seit 20 Jahren Kranke. Der Diplomat klagte, es fehle an Personal.",
        [("Der Diplomat", None)],
    ),
    (
        ("Karl Brunner kaufte die Firma. Die Milliardärin betonte, sie wolle alle Jobs erhalten."),
        [("Die Milliardärin", None)],
    ),
    # two men named in the sentence before: neither
    (
        (
            "Karl Brunner und Jakob Wallner trafen sich in Wien. Der Milliardär sagte, man habe "
            "über Investitionen gesprochen."
        ),
        [("Der Milliardär", None)],
    ),
    # nouns made of adjectives: the person of the article's gender
    (
        ("Sabine Brandl stimmte am Dienstag dagegen. Die Liberale sagte, das Budget sei unseriös."),
        [("Die Liberale", "Sabine Brandl")],
    ),
    (
        (
            "Günther Stadler will in den Landtag. Der Freiheitliche erklärte, er setze auf "
            "Sicherheit."
        ),
        [("Der Freiheitliche", "Günther Stadler")],
    ),
    (
        (
            "Anton Kreuzer besitzt drei Fabriken. Der Industrielle warnte, die Energiepreise "
            "seien zu hoch."
        ),
        [("Der Industrielle", "Anton Kreuzer")],
    ),
    (
        (
            "Sabine Brandl und Günther Stadler stritten im Ausschuss. Die Grüne meinte, der "
            "Plan sei zu teuer."
        ),
        [("Die Grüne", "Sabine Brandl")],
    ),
    # a man named before: "die Liberale" is no one known, and not the party
    (
        "Günther Stadler will in den Landtag. Die Liberale sagte, das Budget sei unseriös.",
        [("Die Liberale", None)],
    ),
    # a person noun in the head of the text is not one named after it with a title
    (
        "Die Preise steigen weiter, sagte der Ökonom. Minister Karl Bauer sah das anders.",
        [("der Ökonom", None)],
    ),
    (
        "„Wir bleiben“, sagt der Milliardär. Wien – Der Unternehmer Karl Bauer kauft die Firma.",
        [("der Milliardär", "Karl Bauer")],
    ),
    # a title after the name, set off by a comma, leaves the forward reference as it was
    (
        (
            "Expertin: „Das Wasser ist gefährlich“. Rio – Dem Sender sagte Anna Lopez, "
            "Professorin für Biologie, die Werte seien viel zu hoch."
        ),
        [("Expertin", "Anna Lopez"), ("Anna Lopez", "Anna Lopez")],
    ),
    # the party in the plural and a party's name stay
    (
        "Die Konservative Partei erklärte am Montag, man müsse jetzt handeln.",
        [("Die Konservative Partei", "Konservative Partei")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
