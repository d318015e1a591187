"""Interviews without labels and headline labels of media (round 36, issue 10, class leak36).

- An interview whose labels are lost ("… Im Gespräch mit dem STANDARD … Was …? Ich …",
  joined into one paragraph or with paragraphs): a question (ending in "?", no first
  person) is the interviewer's -- the outlet of the lead when it names one, else no speaker
  -- and the answer, to the next question, the interviewee's (the person of the lead);
  :mod:`pipeline.quotes.qa_turns`. The interviewer's closing credit is no answer.
- A report that asks its speaker a question ("Ob er … werde? Das weiß ich noch nicht."):
  the answer in the first person goes on with the statement before.
- A headline label of a medium or agency ("AFP: …", "Kurier: …", "Tageszeitung: …") is an
  indirect row of the medium (its report, no words in marks); a class noun takes the paper
  the body names; a person's label ("Merkel: …") stays a direct quote;
  :mod:`pipeline.quotes.headline_media`.
- Near misses: the writer's own questions ("für uns", "du"), a hearing with dashes, a chat
  in "du", a labelled interview, narration after a question.

News-style texts written for these tests; both label schemes.
Rows: ``(kind, text, speaker_name)`` in text order (:func:`tests.conftest.quote_detail_rows`).
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_detail_rows

CASES = [
    # joined interview, outlet in the lead: questions the outlet's, answers the lead's person
    (
        'Die Bergsteigerin Anna Reisinger hat alle Achttausender bestiegen. Im Gespräch mit dem STANDARD erzählt sie von ihrer letzten Expedition. Was war der gefährlichste Moment? Ich bin in eine Gletscherspalte gestürzt. Zum Glück war ich angeseilt. Haben Sie danach ans Aufhören gedacht? Nein, ich gehe nächstes Jahr wieder los.',
        [
            ('direct', 'Was war der gefährlichste Moment?', 'Der Standard'),
            ('direct', 'Ich bin in eine Gletscherspalte gestürzt. Zum Glück war ich angeseilt.', 'Anna Reisinger'),
            ('direct', 'Haben Sie danach ans Aufhören gedacht?', 'Der Standard'),
            ('direct', 'Nein, ich gehe nächstes Jahr wieder los.', 'Anna Reisinger'),
        ],
    ),
    # paragraphs, 'Im Interview', no outlet: questions without speaker; a question on a line of its own
    (
        'Der Dirigent Lukas Hofbauer übernimmt im Herbst die Volksoper. Im Interview spricht er über seine Pläne.\n\nWelche Oper wollen Sie als Erstes dirigieren?\n\nIch beginne mit der Zauberflöte. Das Stück liebe ich seit meiner Kindheit.\n\nUnd danach?\n\nDanach kommt eine Uraufführung. Wir verhandeln gerade mit zwei Komponistinnen.',
        [
            ('direct', 'Welche Oper wollen Sie als Erstes dirigieren?', None),
            ('direct', 'Ich beginne mit der Zauberflöte. Das Stück liebe ich seit meiner Kindheit.', 'Lukas Hofbauer'),
            ('direct', 'Und danach?', None),
            ('direct', 'Danach kommt eine Uraufführung. Wir verhandeln gerade mit zwei Komponistinnen.', 'Lukas Hofbauer'),
        ],
    ),
    # a sentence that addresses the interviewee before the question belongs to the question
    (
        'Die frühere Bürgermeisterin Eva Lindner kandidiert für den Landtag. Ein Interview über Verkehr und Wohnen. Zehn Jahre lang waren Sie Bürgermeisterin von Hallstein. Warum wechseln Sie jetzt in die Landespolitik? Ich will die Gemeinden stärken. Das geht nur im Land. Wie teuer darf Wohnen sein? Wir brauchen mehr geförderte Wohnungen, das ist mein erstes Ziel.',
        [
            ('direct', 'Zehn Jahre lang waren Sie Bürgermeisterin von Hallstein. Warum wechseln Sie jetzt in die Landespolitik?', None),
            ('direct', 'Ich will die Gemeinden stärken. Das geht nur im Land.', 'Eva Lindner'),
            ('direct', 'Wie teuer darf Wohnen sein?', None),
            ('direct', 'Wir brauchen mehr geförderte Wohnungen, das ist mein erstes Ziel.', 'Eva Lindner'),
        ],
    ),
    # a report's reported question: the answer goes on from the statement before
    (
        'Der Grazer Stadtrat Martin Kogler hat am Montag seinen Rücktritt angekündigt. Er gehe aus gesundheitlichen Gründen, sagte Kogler. Ob er in die Politik zurückkehren werde? Das weiß ich heute noch nicht. Ich brauche jetzt einmal Ruhe.',
        [
            ('reported', 'Der Grazer Stadtrat Martin Kogler hat am Montag seinen Rücktritt angekündigt.', 'Martin Kogler'),
            ('indirect', 'Er gehe aus gesundheitlichen Gründen', 'Martin Kogler'),
            ('continuation', 'Das weiß ich heute noch nicht. Ich brauche jetzt einmal Ruhe.', 'Martin Kogler'),
        ],
    ),
    # a report's direct question, the answer addresses the asker
    (
        'Die Rechnungshofpräsidentin Helga Brandner prüft die Förderungen des Landes. Man werde jede Zahlung einzeln ansehen, kündigte Brandner an. Wird es Konsequenzen geben? Das hängt davon ab, was Sie unter Konsequenzen verstehen. Ich arbeite jedenfalls ohne Ansehen der Person.',
        [
            ('indirect', 'Man werde jede Zahlung einzeln ansehen', 'Helga Brandner'),
            ('continuation', 'Das hängt davon ab, was Sie unter Konsequenzen verstehen. Ich arbeite jedenfalls ohne Ansehen der Person.', 'Helga Brandner'),
        ],
    ),
    # near miss: the writer's question with 'uns': no row
    (
        'Die Heizkosten sind im Winter stark gestiegen. Was bedeutet das für uns alle? Wir müssen sparen, wo es nur geht. Die Regierung plant einen Zuschuss.',
        [
        ],
    ),
    # near miss: a question followed by narration: unchanged
    (
        'Die Stadt Linz plant eine neue Brücke über die Donau. Wer soll das bezahlen? Die Kosten werden auf 90 Millionen Euro geschätzt. Bürgermeister Klaus Weber sagte, der Bund müsse mitzahlen.',
        [
            ('indirect', 'der Bund müsse mitzahlen', 'Klaus Weber'),
        ],
    ),
    # near miss: labels decide (unchanged)
    (
        'Die Bergsteigerin Anna Reisinger hat alle Achttausender bestiegen. STANDARD: Was war der gefährlichste Moment? Reisinger: Ich bin in eine Gletscherspalte gestürzt. STANDARD: Haben Sie ans Aufhören gedacht? Reisinger: Nein, ich gehe nächstes Jahr wieder los.',
        [
            ('direct', 'Was war der gefährlichste Moment?', 'Der Standard'),
            ('direct', 'Ich bin in eine Gletscherspalte gestürzt.', 'Anna Reisinger'),
            ('direct', 'Haben Sie ans Aufhören gedacht?', 'Der Standard'),
            ('direct', 'Nein, ich gehe nächstes Jahr wieder los.', 'Anna Reisinger'),
        ],
    ),
    # agency label: an indirect row of the agency
    (
        'AFP: Mindestens zwölf Tote bei Anschlag in Kabul – Taliban bekennen sich. Kabul – Bei einem Anschlag in der afghanischen Hauptstadt sind am Montag mindestens zwölf Menschen getötet worden.',
        [
            ('indirect', 'Mindestens zwölf Tote bei Anschlag in Kabul', 'Agence France-Presse'),
        ],
    ),
    # agency label
    (
        'APA: Zahl der Arbeitslosen im Juni leicht gesunken. Wien – Die Zahl der Arbeitslosen ist im Juni leicht zurückgegangen.',
        [
            ('indirect', 'Zahl der Arbeitslosen im Juni leicht gesunken.', 'Austria Presse Agentur'),
        ],
    ),
    # newspaper label
    (
        'Kurier: Kanzler will Steuerreform vorziehen – ÖVP skeptisch. Wien – Die Regierung erwägt, die Steuerreform um ein Jahr vorzuziehen.',
        [
            ('indirect', 'Kanzler will Steuerreform vorziehen', 'Kurier'),
            ('indirect', 'die Steuerreform um ein Jahr vorzuziehen', 'Regierung'),
        ],
    ),
    # a paper named by its class: the body's paper
    (
        'Tageszeitung: Minister soll von Zahlungen gewusst haben. Belgrad – Der serbische Verkehrsminister steht unter Druck. Der Minister habe seit Monaten von den Zahlungen gewusst, berichtete die Zeitung Politika am Dienstag.',
        [
            ('indirect', 'Minister soll von Zahlungen gewusst haben.', 'Politika'),
            ('indirect', 'Der Minister habe seit Monaten von den Zahlungen gewusst', 'Politika'),
        ],
    ),
    # a person's label stays direct
    (
        'Merkel: Grenzen bleiben offen. Berlin – Bundeskanzlerin Angela Merkel hat eine Schließung der Grenzen erneut abgelehnt.',
        [
            ('direct', 'Grenzen bleiben offen.', 'Angela Merkel'),
        ],
    ),
    # a person's label before marks stays as it was
    (
        'Nagl: „Wir bauen die Murbrücke neu“ – Kritik der Grünen. Graz – Bürgermeister Siegfried Nagl will die Murbrücke abreißen lassen.',
        [
            ('direct', '„Wir bauen die Murbrücke neu“', 'Siegfried Nagl'),
        ],
    ),
    # near miss: a column's 'du': no answer row
    (
        'Der Trainer Georg Hammer sagte, die Saison sei noch lange nicht vorbei. Man werde sich später einmal an diese Wochen erinnern. Wird man das? Wirst du das? Ich bestelle noch einen Kaffee und warte ab.',
        [
            ('indirect', 'die Saison sei noch lange nicht vorbei', 'Georg Hammer'),
            ('continuation', 'Man werde sich später einmal an diese Wochen erinnern.', 'Georg Hammer'),
        ],
    ),
    # near miss: a hearing with dashes: no answer row
    (
        'Der angeklagte Beamte Peter Ruml bestreitet die Vorwürfe. Er habe nur von Kollegen davon gehört, sagte er vor Gericht. – Von welchen? – Kann ich nicht mehr sagen.',
        [
            # "bestreitet die Vorwürfe" is a reported speech act since span36
            ('reported', 'Der angeklagte Beamte Peter Ruml bestreitet die Vorwürfe.', 'Peter Ruml'),
            ('indirect', 'Er habe nur von Kollegen davon gehört', 'Peter Ruml'),
        ],
    ),
    # near miss: a chat in 'du' with an interview word: no interview rows
    (
        'Der Musiker Jonas Freitag veröffentlicht sein drittes Album. Ein Interview per E-Mail. Wie bist du zur Musik gekommen? Ich habe mit acht Jahren Klavier gelernt. Was inspiriert dich? Ich gehe viel spazieren, dabei kommen mir die Ideen.',
        [
        ],
    ),
    # an interviewee's own question after a colon stays in the answer
    (
        'Die Ökonomin Sabine Kranz forscht zu Armut. Im Gespräch mit dem STANDARD erklärt sie, warum Armut vererbt wird. Wer ist in Österreich arm? Wir sehen immer dieselben Gruppen. Die Frage ist: Was bekommen deren Kinder mit? Ich sehe da wenig Bewegung. Was müsste die Politik aus Ihrer Sicht tun? Wir brauchen mehr Ganztagsschulen.',
        [
            ('indirect', 'warum Armut vererbt wird', 'Sabine Kranz'),
            ('direct', 'Wer ist in Österreich arm?', 'Der Standard'),
            ('direct', 'Wir sehen immer dieselben Gruppen. Die Frage ist: Was bekommen deren Kinder mit? Ich sehe da wenig Bewegung.', 'Sabine Kranz'),
            ('direct', 'Was müsste die Politik aus Ihrer Sicht tun?', 'Der Standard'),
            ('direct', 'Wir brauchen mehr Ganztagsschulen.', 'Sabine Kranz'),
        ],
    ),
    # teaser 'X über …' with paragraphs, no interview word: two polite questions, two answers in the first person
    (
        'Die Schauspielerin Maria Holzer über ihre neue Rolle, das Theater in der Provinz und den Mut zur Pause.\n\nWie haben Sie sich auf die Rolle vorbereitet?\n\nIch habe ein halbes Jahr lang Tagebücher gelesen. Das hat mir sehr geholfen.\n\nSpielen Sie lieber in Wien oder in der Provinz?\n\nIch mag beides. In der Provinz ist das Publikum aber ehrlicher.',
        [
            ('direct', 'Wie haben Sie sich auf die Rolle vorbereitet?', None),
            ('direct', 'Ich habe ein halbes Jahr lang Tagebücher gelesen. Das hat mir sehr geholfen.', 'Maria Holzer'),
            ('direct', 'Spielen Sie lieber in Wien oder in der Provinz?', None),
            ('direct', 'Ich mag beides. In der Provinz ist das Publikum aber ehrlicher.', 'Maria Holzer'),
        ],
    ),
    # the same teaser joined into one paragraph
    (
        'Die Schauspielerin Maria Holzer über ihre neue Rolle und den Mut zur Pause. Wie haben Sie sich auf die Rolle vorbereitet? Ich habe ein halbes Jahr lang Tagebücher gelesen. Spielen Sie lieber in Wien oder in der Provinz? Ich mag beides.',
        [
            ('direct', 'Wie haben Sie sich auf die Rolle vorbereitet?', None),
            ('direct', 'Ich habe ein halbes Jahr lang Tagebücher gelesen.', 'Maria Holzer'),
            ('direct', 'Spielen Sie lieber in Wien oder in der Provinz?', None),
            ('direct', 'Ich mag beides.', 'Maria Holzer'),
        ],
    ),
    # near miss: a report with one polite question and no answer: unchanged
    (
        'Die Schauspielerin Maria Holzer hat am Sonntag den Nestroy-Preis erhalten. Sie sei überwältigt, sagte Holzer. Wie haben Sie sich vorbereitet? Holzer lächelte nur. Die Jury lobte ihre Wandlungsfähigkeit.',
        [
            ('indirect', 'Sie sei überwältigt', 'Maria Holzer'),
        ],
    ),
    # the interviewer's dated credit in brackets after the last answer is no answer
    (
        'Die Bergsteigerin Anna Reisinger hat alle Achttausender bestiegen. Im Gespräch mit dem STANDARD erzählt sie von ihrer letzten Expedition. Was war der gefährlichste Moment? Ich bin in eine Gletscherspalte gestürzt. Haben Sie danach ans Aufhören gedacht? Nein, ich gehe nächstes Jahr wieder los. (Interview: Maria Huber, 12.8.2016)',
        [
            ('direct', 'Was war der gefährlichste Moment?', 'Der Standard'),
            ('direct', 'Ich bin in eine Gletscherspalte gestürzt.', 'Anna Reisinger'),
            ('direct', 'Haben Sie danach ans Aufhören gedacht?', 'Der Standard'),
            ('direct', 'Nein, ich gehe nächstes Jahr wieder los.', 'Anna Reisinger'),
        ],
    ),
    # 'Das Gespräch führte …' after the last answer is no answer
    (
        'Der Dirigent Lukas Hofbauer übernimmt im Herbst die Volksoper. Im Interview spricht er über seine Pläne.\n\nWelche Oper wollen Sie als Erstes dirigieren?\n\nIch beginne mit der Zauberflöte.\n\nUnd danach?\n\nDanach kommt eine Uraufführung.\n\nDas Gespräch führte Maria Huber.',
        [
            ('direct', 'Welche Oper wollen Sie als Erstes dirigieren?', None),
            ('direct', 'Ich beginne mit der Zauberflöte.', 'Lukas Hofbauer'),
            ('direct', 'Und danach?', None),
            ('direct', 'Danach kommt eine Uraufführung.', 'Lukas Hofbauer'),
        ],
    ),
    # near miss: an answer that tells of a talk ('das Gespräch mit Minister X führte zu nichts') is no credit
    (
        'Der Dirigent Lukas Hofbauer übernimmt im Herbst die Volksoper. Im Interview spricht er über seine Pläne.\n\nWelche Oper wollen Sie als Erstes dirigieren?\n\nIch beginne mit der Zauberflöte.\n\nHaben Sie schon mit dem Minister gesprochen?\n\nJa, aber das Gespräch mit Minister Karl Huber führte zu nichts. Wir reden im Mai weiter.',
        [
            ('direct', 'Welche Oper wollen Sie als Erstes dirigieren?', None),
            ('direct', 'Ich beginne mit der Zauberflöte.', 'Lukas Hofbauer'),
            ('direct', 'Haben Sie schon mit dem Minister gesprochen?', None),
            ('direct', 'Ja, aber das Gespräch mit Minister Karl Huber führte zu nichts. Wir reden im Mai weiter.', 'Lukas Hofbauer'),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_leak36_rows(nlp, text, expected):
    doc = nlp(text)
    assert [(r[0], r[1], r[4]) for r in quote_detail_rows(doc)] == expected
