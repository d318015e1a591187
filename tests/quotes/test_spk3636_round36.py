"""The writer's own words taken as statements, and words that are no speaker as mentions
(round 36, issue 10).

- a "zu" infinitive cue with a form of "sein"/"bleiben" before it or right after it
  ("Bliebe zu hoffen, dass …", "Zu hoffen ist, dass …", "Es blieb abzuwarten, ob …"): the
  writer's wish or remark, no row; the Konjunktiv I of a report ("Es sei zu hoffen") and a
  speaker's frame around such words ("…, sagte der Bürgermeister") stay;
- a purpose clause that opens the sentence, points at the text and ends at a colon ("Und
  um dies noch erwähnt zu haben: …"): the writer's aside, no row; "…, um ihnen
  mitzuteilen: …" and "Um wenig später zu ihr zu sagen: …" stay;
- a jussive "sei" with a speech verb's participle and nothing before it that names anyone
  ("Der Vollständigkeit halber sei erwähnt, dass …", "Erwähnt sei noch, dass …"): the
  writer's note, neither a frame nor a reported sentence; "Der Minister sei informiert,
  hieß es" stays;
- a bare claim noun as the subject of a verb of rejecting ("…, wies Vorwürfe … zurück"
  with the speaker parsed into a clause of its own) and a relative pronoun standing for a
  thing that points ("Bewegungen, die darauf hinweisen, dass …", "traten Veränderungen
  auf, die darauf hinweisen, dass …") are no speaker: the mention is empty; "Die Ärztin,
  die darauf hinweist", "Forscherinnen, die darauf hinweisen" and "ein Bericht, der daran
  erinnert" keep theirs.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, parts, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows

WRITER = [
    "Das Tablet hat einen hellen Bildschirm. Bliebe zu hoffen, dass der Hersteller bald die "
    "Software verbessert.",
    "Die Saison beginnt im März. Zu hoffen ist, dass die Mannschaft bis dahin wieder gesund ist.",
    "Die Werft steckt in der Krise. Zu befürchten ist, dass bis zum Herbst hunderte Jobs "
    "verloren gehen.",
    "Die Verhandlungen dauerten bis in die Nacht. Es blieb abzuwarten, ob beide Seiten "
    "zustimmen würden.",
    "Das Handy hat einen starken Akku. Und um dies der Ordnung halber noch erwähnt zu haben: "
    "Auch die Rückseite ist aus Glas.",
    "Der Akku hält zwei Tage. Um das noch zu sagen: Der Preis ist gerechtfertigt.",
    "Der Akku hält zwei Tage. Der Vollständigkeit halber sei erwähnt, dass das Gerät auch "
    "wasserdicht ist.",
    "Der Akku hält zwei Tage. Erwähnt sei noch, dass das Gerät auch wasserdicht ist.",
    "Die Kamera ist gut. Hervorzuheben ist, dass der Akku zwei Tage hält.",
    "Die Kamera ist gut. Anzumerken bleibt, dass das Gehäuse leicht zerkratzt.",
]


@pytest.mark.parametrize("text", WRITER, ids=[t[25:65] for t in WRITER])
def test_writer_remarks_yield_nothing(nlp, text):
    assert quote_detail_rows(nlp(text)) == []


KEPT = [
    (
        "Der Minister sagte: Hervorzuheben ist, dass die Zahlen sinken.",
        [
            (
                "indirect",
                "Hervorzuheben ist, dass die Zahlen sinken",
                "sagte",
                "Der Minister",
                None,
            )
        ],
    ),
    (
        "Der Minister sagte, es bleibe abzuwarten, ob die Reform wirkt.",
        [
            (
                "indirect",
                "es bleibe abzuwarten, ob die Reform wirkt",
                "sagte",
                "Der Minister",
                None,
            )
        ],
    ),
    (
        "Zu hoffen ist, dass der Winter mild wird, sagte der Bürgermeister.",
        [
            (
                "indirect",
                "Zu hoffen ist, dass der Winter mild wird",
                "sagte",
                "der Bürgermeister",
                None,
            )
        ],
    ),
    (
        "Die Ministerin zeigte sich vorsichtig. Es sei zu hoffen, dass die Zahlen weiter sinken.",
        [("indirect", "dass die Zahlen weiter sinken", "hoffen", None, None)],
    ),
    (
        "Der Trainer rief die Spieler zusammen, um ihnen mitzuteilen: Morgen ist frei.",
        [("indirect", "Morgen ist frei", "mitzuteilen", None, None)],
    ),
    (
        "Sie lachte über die Frage. Um wenig später zu ihrer Schwester zu sagen: Das war knapp!",
        [("indirect", "Das war knapp", "sagen", None, None)],
    ),
    (
        "Der Fahrer sei verletzt, sagte die Polizei. Der Minister sei informiert, hieß es weiter.",
        [
            ("indirect", "Der Fahrer sei verletzt", "sagte", "die Polizei", "Polizei"),
            ("indirect", "Der Minister sei informiert", "hieß es", "die Polizei", "Polizei"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=[d[0][:40] for d in KEPT])
def test_near_misses_stay(nlp, text, expected):
    assert quote_detail_rows(nlp(text)) == expected


MENTIONS = [
    (
        "Allerdings gebe es in Frankreich Probleme, sagte der Parteichef. Dort entstehen "
        "gefährliche Bewegungen, die darauf hinweisen, dass die Pressefreiheit bedroht sei.",
        [
            (
                "indirect",
                "Allerdings gebe es in Frankreich Probleme",
                "sagte",
                "der Parteichef",
                None,
            ),
            ("indirect", "dass die Pressefreiheit bedroht sei", "hinweisen", None, None),
        ],
    ),
    (
        "Die Ärztin, die darauf hinweist, dass viele Patienten zu spät kommen, fordert mehr "
        "Personal.",
        [
            ("indirect", "dass viele Patienten zu spät kommen", "hinweist", "die", None),
            ("reported", "fordert mehr Personal", None, "die", None),
        ],
    ),
    (
        "Er verwies auf einen Bericht, der daran erinnert, dass die Mittel begrenzt sind.",
        [("indirect", "dass die Mittel begrenzt sind", "erinnert", "der", None)],
    ),
    (
        "Die Tiere wurden untersucht. Im Labor traten Veränderungen auf, die darauf hinweisen, "
        "dass die Tiere krank sind.",
        [("indirect", "dass die Tiere krank sind", "hinweisen", None, None)],
    ),
    (
        "Die Tiere wurden untersucht. Im Labor arbeiten Forscherinnen, die darauf hinweisen, "
        "dass die Tiere krank sind.",
        [("indirect", "dass die Tiere krank sind", "hinweisen", "die", None)],
    ),
    (
        "Die Ministerin wies seine Kritik zurück. Das Budget sei ausreichend.",
        [("continuation", "Das Budget sei ausreichend.", None, "Die Ministerin", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS, ids=[d[0][:40] for d in MENTIONS])
def test_things_are_no_speakers(nlp, text, expected):
    assert quote_detail_rows(nlp(text)) == expected


REJECTED = [
    (
        "Der Chef der Bewegung Recht und Ordnung (BRO), der als Stratege hinter der Regierung "
        "gilt, wies Vorwürfe wegen undemokratischer Methoden in seiner eigenen Partei am "
        "Montag zurück. Es gebe keine Absprachen.",
        [
            (
                "indirect",
                "Der Chef der Bewegung Recht und Ordnung (BRO), der als Stratege hinter der "
                "Regierung gilt",
                "wies … zurück",
                None,
                None,
            ),
            ("continuation", "Es gebe keine Absprachen.", None, "Der Chef der Bewegung Recht", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REJECTED, ids=[d[0][:40] for d in REJECTED])
def test_a_rejected_claim_is_no_speaker(nlp, text, expected):
    # the parse ran the chief into a clause of his own and made "Vorwürfe" the subject:
    # the claims are no speaker (the continuation takes the chief back)
    assert quote_detail_rows(nlp(text)) == expected
