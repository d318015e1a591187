"""Speaker names of round 34 (issue 10, res34b): names right or empty.

- a role with a country many persons hold ("der Landeshauptmann", "die Landesrätin", "der
  Bezirkshauptmann": AT) refers back to the person named before whose country the text does
  not tell; a person of another known country is not meant ("Der deutsche Politiker …"), and a
  country's one-holder office ("der Kremlchef") still needs a person of that country;
- a demonym or description ("wehrte sich der Spanier") is told by what the text said BEFORE
  the mention: a person introduced as "der Spanier X" only after it is not meant, the person
  named right before is;
- a medium's title in quotation marks is the medium ("die „Presse“" -> Die Presse, "die
  „Krone“" -> Kronen Zeitung, a lower-case "„profil“", "einem „Spiegel“-Bericht" -> Der
  Spiegel); the bare word "die Presse" (the press) stays without a name;
- "der Bayer" alone is a person of Bavaria (a demonym), not the firm Bayer.

News-style texts written for these tests; both label schemes.
Rows: ``(speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_rows

DOCUMENTS = [
    # 1. roles with a country: unknown country does not block
    (
        (
            "Thomas Stelzer eröffnete am Montag die Messe in Wels. Der Landeshauptmann sagte, "
            "die Region sei gut aufgestellt."
        ),
        [("Der Landeshauptmann", "Thomas Stelzer")],
    ),
    (
        (
            "Johanna Berghofer besuchte das Spital in Mödling. Die Landeshauptfrau sagte, man "
            "werde mehr Personal einstellen."
        ),
        [("Die Landeshauptfrau", "Johanna Berghofer")],
    ),
    (
        (
            "Anna Berger sprach am Mittwoch im Landtag. Die Landesrätin kündigte an, man werde "
            "mehr Lehrer einstellen."
        ),
        [("Die Landesrätin", "Anna Berger")],
    ),
    (
        ("Stefan Lehner stellte das Budget vor. Der Landesrat meinte, man müsse heuer sparen."),
        [("Der Landesrat", "Stefan Lehner")],
    ),
    (
        (
            "Hans Huber leitet den Bezirk seit zehn Jahren. Der Bezirkshauptmann erklärte, die "
            "Straße bleibe gesperrt."
        ),
        [("Der Bezirkshauptmann", "Hans Huber")],
    ),
    (
        (
            'Peter Kaiser eröffnete die Sitzung in Klagenfurt. "Wir brauchen mehr Geld", sagte '
            "der Landeshauptmann."
        ),
        [("der Landeshauptmann", "Peter Kaiser")],
    ),
    # a known other country still blocks; a one-holder office needs its country
    (
        (
            "Der deutsche Politiker Markus Weber besuchte Linz. Der Landeshauptmann sagte, das "
            "Wetter sei schön."
        ),
        [("Der Landeshauptmann", None)],
    ),
    (
        ("Tim Cook stellte ein neues Telefon vor. Der Kremlchef sagte, die Lage sei ernst."),
        [("Der Kremlchef", None)],
    ),
    # 2. country and description told only after the mention do not count
    (
        (
            "Der Tennisprofi Pablo Lopez gewann am Sonntag das Turnier in Wien. Im Halbfinale "
            "hatte Rafael Alvarez verloren. Alvarez sorgte danach in der Pressekonferenz für "
            'Gelächter. "So schlecht bin ich nicht", wehrte sich der Spanier. Im Finale setzte '
            "sich dann der Spanier Pablo Lopez durch."
        ),
        [("der Spanier", "Rafael Alvarez")],
    ),
    (
        (
            "Der Franzose Jean Dupont gewann das Rennen. Danach sprach Peter Moser mit "
            'Journalisten. "Es war ein harter Tag", sagte der Franzose.'
        ),
        [("der Franzose", "Jean Dupont")],
    ),
    (
        (
            'Jean Dupont gewann das Rennen. "Es war ein harter Tag", sagte der Franzose. Der '
            "Franzose Jean Dupont führt nun die Wertung an."
        ),
        [("der Franzose", "Jean Dupont")],
    ),
    # 3. a medium's title in quotation marks
    (
        (
            "Die Regierung plant eine Reform. Wie die „Presse“ berichtet, soll das Gesetz im "
            "Mai kommen."
        ),
        [("die „Presse“", "Die Presse")],
    ),
    (
        (
            "Die Regierung plant eine Reform. Wie die „Krone“ berichtet, soll das Gesetz im "
            "Mai kommen."
        ),
        [("die „Krone“", "Kronen Zeitung")],
    ),
    (
        "Laut „profil“ soll das Gesetz im Mai kommen.",
        [("„profil“", "profil")],
    ),
    (
        "Laut einem „Spiegel“-Bericht soll das Gesetz im Mai kommen.",
        [("einem „Spiegel“-Bericht", "Der Spiegel")],
    ),
    (
        "Die Regierung plant eine Reform. Das berichtet die „Presse“.",
        [("die „Presse“", "Die Presse")],
    ),
    (
        "Wie der „Kurier“ berichtet, soll das Gesetz im Mai kommen.",
        [("der „Kurier“", "Kurier")],
    ),
    # the bare word is the press, not the paper
    (
        "Wie die Presse berichtet, soll das Gesetz im Mai kommen.",
        [("die Presse", None)],
    ),
    # 5. "der Bayer" is a man of Bavaria, "Bayer" alone the firm
    (
        ("Markus Huber gewann am Sonntag das Rennen. Der Bayer sagte, er sei sehr glücklich."),
        [("Der Bayer", "Markus Huber")],
    ),
    (
        'Markus Huber gewann das Rennen. "Ich bin glücklich", sagte der Bayer.',
        [("der Bayer", "Markus Huber")],
    ),
    (
        "Der Konzern legte Zahlen vor. Bayer teilte mit, der Umsatz sei gestiegen.",
        [("Bayer", "Bayer")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_speaker_names(nlp, text, expected):
    assert speaker_rows(nlp(text)) == expected
