"""Speaker mentions cut or extended wrongly (round 36, issue 10, spk36b).

- a mention cut inside a quoted name runs on over the whole name with its article
  ("Laut der „Welt am Sonntag“", :func:`pipeline.quotes.name_phrases.with_quoted_name`);
- a name's apostrophe genitive ("Kurz' Sprecher", "Strauss' Witwe", "Alexis' Anwalt")
  is one mention with the noun (:func:`pipeline.quotes.genitive_possessors.apostrophe_possessed`),
  and the resolver reads it as "Merkels Sprecher": a spokesperson names the owner,
  family and lawyers do not (``_possessed_at`` in :mod:`pipeline.speakers.resolve`);
- a kinship noun set off before or after a name describes it, so that "Die Mutter"
  repeated later takes that person (``_kin_set_off`` in :mod:`pipeline.speakers.resolve`).

Near-misses stay as they were: a bare quoted name, a name with its class noun, an
addressee in quotation marks, "Merkels Sprecher", a straight single quote, a plain name.
News-style texts written for these tests.
Rows: ``(kind, text, cue, speaker mention, speaker_name)`` in text order.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows

CASES = [
    ('Laut der „Welt am Sonntag“ plant die Regierung eine Steuerreform.',
     [('indirect', 'plant die Regierung eine Steuerreform', 'Laut', 'der „Welt am Sonntag“', 'Welt am Sonntag')]),
    ('Laut den „Oberösterreichischen Nachrichten“ wird das Werk geschlossen.',
     [('indirect', 'wird das Werk geschlossen', 'Laut', 'den „Oberösterreichischen Nachrichten“', 'Oberösterreichische Nachrichten')]),
    ('Wie die „Süddeutsche Zeitung“ berichtet, will der Konzern 2000 Stellen streichen.',
     [('indirect', 'will der Konzern 2000 Stellen streichen', 'Wie … berichtet', 'die „Süddeutsche Zeitung“', 'Süddeutsche Zeitung')]),
    ('Laut „Kurier“ will die Partei ihren Chef absetzen.',
     [('indirect', 'will die Partei ihren Chef absetzen', 'Laut', '„Kurier“', 'Kurier')]),
    ('Wie der Sender „Radio Wien“ meldete, ist die Brücke gesperrt.',
     [('indirect', 'ist die Brücke gesperrt', 'Wie … meldete', 'der Sender „Radio Wien“', 'Radio Wien')]),
    ('„Wir werden nicht nachgeben“, sagte er der „Frankfurter Allgemeinen Zeitung“.',
     [('direct', '„Wir werden nicht nachgeben“', 'sagte', 'er', None)]),
    ("Außenminister Sebastian Kurz reist nach Moskau. Kurz' Sprecher sagte, das Treffen sei gut vorbereitet.",
     [('indirect', 'das Treffen sei gut vorbereitet', 'sagte', "Kurz' Sprecher", 'Sebastian Kurz')]),
    ("Der Kanzler Max Felix ist krank. Felix' Sprecherin sagte, er werde am Montag zurück sein.",
     [('indirect', 'er werde am Montag zurück sein', 'sagte', "Felix' Sprecherin", 'Max Felix')]),
    ("Der Sänger ist gestorben. Strauss' Witwe sagte, er sei friedlich eingeschlafen.",
     [('indirect', 'er sei friedlich eingeschlafen', 'sagte', "Strauss' Witwe", None)]),
    ("Der Angeklagte schweigt. Alexis' Anwalt sagte, sein Mandant sei unschuldig.",
     [('indirect', 'sein Mandant sei unschuldig', 'sagte', "Alexis' Anwalt", None)]),
    ("Der Präsident Hans Fuchs ist zurückgetreten. Fuchs' Bruder erklärte, er sei erleichtert.",
     [('indirect', 'er sei erleichtert', 'erklärte', "Fuchs' Bruder", None)]),
    ("Der Minister Peter Marx ist zurückgetreten. Marx' Familie teilte mit, sie sei erleichtert.",
     [('indirect', 'sie sei erleichtert', 'teilte … mit', "Marx' Familie", None)]),
    ('Die Steuern sollen sinken, sagte Merkels Sprecher.',
     [('indirect', 'Die Steuern sollen sinken', 'sagte', 'Merkels Sprecher', 'Merkel')]),
    ("Der Trainer sagte, das Team habe 'gekämpft wie Löwen'.",
     [('mixed', "das Team habe 'gekämpft wie Löwen'", 'sagte', 'Der Trainer', None), ('direct', "'gekämpft wie Löwen'", 'sagte', 'Der Trainer', None)]),
    ('„Wir sind bereit“, sagte Thomas Klaus.',
     [('direct', '„Wir sind bereit“', 'sagte', 'Thomas Klaus', 'Thomas Klaus')]),
    ('Der Minister Peter Marx ist zurückgetreten. Die Partei will nun einen Nachfolger suchen.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_mention_edges(nlp, text, expected):
    assert quote_detail_rows(nlp(text)) == expected


#: a kinship noun that introduced a person ("Die Mutter des Opfers, Anna Huber, …", "Anna
#: Huber, die Mutter des Opfers, …") names her when repeated ("Die Mutter sagte"); another
#: noun, no introduction, or an indefinite one ("Eine Mutter aus Linz") names no one
DESCRIPTIONS = [
    ('Anna Huber, die Mutter des Opfers, erschien vor Gericht. Die Mutter sagte, sie wolle Gerechtigkeit.',
     [('indirect', 'sie wolle Gerechtigkeit', 'sagte', 'Die Mutter', 'Anna Huber')]),
    ('Die Mutter des Opfers, Anna Huber, erschien vor Gericht. Die Mutter sagte, sie wolle Gerechtigkeit.',
     [('indirect', 'sie wolle Gerechtigkeit', 'sagte', 'Die Mutter', 'Anna Huber')]),
    ('Mutter Anna Huber erschien vor Gericht. Die Mutter sagte, sie wolle Gerechtigkeit.',
     [('indirect', 'sie wolle Gerechtigkeit', 'sagte', 'Die Mutter', 'Anna Huber')]),
    ('Der Anwalt des Angeklagten, Peter Gruber, beantragte eine Vertagung. Der Anwalt sagte, sein Mandant sei krank.',
     [('indirect', 'sein Mandant sei krank', 'sagte', 'Der Anwalt', 'Peter Gruber')]),
    ('Die Witwe des Opfers, Maria Berger, erschien vor Gericht. Die Mutter sagte, sie wolle Gerechtigkeit.',
     [('indirect', 'sie wolle Gerechtigkeit', 'sagte', 'Die Mutter', None)]),
    ('Die Mutter des Opfers, Anna Huber, erschien vor Gericht. Der Vater sagte, er wolle Gerechtigkeit.',
     [('indirect', 'er wolle Gerechtigkeit', 'sagte', 'Der Vater', None)]),
    ('Die Polizei sprach mit Anna Huber. Die Mutter sagte, sie wolle Gerechtigkeit.',
     [('indirect', 'sie wolle Gerechtigkeit', 'sagte', 'Die Mutter', None)]),
    ('Der Vater des Spielers, Karl Lang, sah zu. „Ich bin stolz“, sagte der Vater.',
     [('direct', '„Ich bin stolz“', 'sagte', 'der Vater', 'Karl Lang')]),
    ('Eine Mutter aus Linz, Eva Moser, klagt. Die Mutter sagte, sie sei verzweifelt.',
     [('indirect', 'sie sei verzweifelt', 'sagte', 'Die Mutter', None)]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTIONS, ids=[c[0][:40] for c in DESCRIPTIONS])
def test_repeated_kin_description(nlp, text, expected):
    assert quote_detail_rows(nlp(text)) == expected
