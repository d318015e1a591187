"""newsx_speakers: from a quote's speaker mention to a named person or organisation.

The Docs are built by hand (blank German tokenizer, entities, demonyms and quote spans set
here), so these tests do not depend on the model or on the exact output of
``newsx_entities``/``newsx_quotes``. Markup in the cases: ``ents`` are
``(text, label[, canonical_name])``, ``demonyms`` ``(text, country)``, the quote is
``(content, mention)`` where a mention ``"Putin#2"`` means the second "Putin" in the text.
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from pipeline import extensions
from pipeline.components.speakers import strip_speaker_rule
from pipeline.rules import RuleFileError
from pipeline.speakers.lexicon import RoleLexicon

extensions.register()


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_speakers")
    return nlp


def _find(text: str, needle: str, after: int = 0) -> int:
    """Char offset of ``needle`` ("x#2" = second occurrence) at or after ``after``."""
    needle, _, nth = needle.partition("#")
    pos = after - 1
    for _ in range(int(nth or 1)):
        pos = text.index(needle, pos + 1)
    return pos


def make_doc(nlp, text, ents=(), demonyms=(), quotes=(), plural=(), subjects=None) -> Doc:
    """A Doc as the upstream components would leave it (see module docstring).

    ``subjects``: subject phrases -> their head word ({"Ein Sprecher der Polizei": "Sprecher"});
    each sentence becomes a flat tree under its first token with the subject phrases as
    subtrees (enough for sentence boundaries, subject roles and subject extent)."""
    doc = nlp.make_doc(text)
    if subjects is not None:
        # each sentence hangs under its final "." (so subject phrases never form cycles)
        ends = [t.i for t in doc if t.text == "."] or [len(doc) - 1]
        heads = [next((e for e in ends if e >= t.i), ends[-1]) for t in doc]
        deps = ["ROOT" if heads[t.i] == t.i else "dep" for t in doc]
        for phrase, head in subjects.items():
            s = _find(text, phrase)
            span = doc.char_span(s, s + len(phrase.partition("#")[0]))
            h = next(t.i for t in span if t.text == head)
            for t in span:
                if t.i != h:
                    heads[t.i] = h
            deps[h] = "nsubj"
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    spans = []
    for e in ents:
        s = _find(text, e[0])
        sp = doc.char_span(s, s + len(e[0].partition("#")[0]), label=e[1])
        if len(e) > 2:
            sp._.canonical_name = e[2]
        spans.append(sp)
    doc.ents = spans
    dem = []
    for word, cc in demonyms:
        s = _find(text, word)
        sp = doc.char_span(s, s + len(word.partition("#")[0]))
        sp._.country_code = cc
        dem.append(sp)
    doc.spans["demonyms"] = dem
    for word in plural:
        s = _find(text, word)
        doc.char_span(s, s + len(word.partition("#")[0]))[0].set_morph("Number=Plur")
    qs = []
    for content, mention in quotes:
        s = _find(text, content)
        q = doc.char_span(s, s + len(content.partition("#")[0]), alignment_mode="expand")
        q._.parts = [[q.start_char, q.end_char]]
        q._.rule = "test.rule"
        q._.kind = "indirect"
        if mention is not None:
            m = _find(text, mention)
            q._.speaker = mention.partition("#")[0]
            q._.speaker_start, q._.speaker_end = m, m + len(q._.speaker)
        qs.append(q)
    doc.spans["quotes"] = qs
    return doc


def run(nlp, **kw):
    doc = make_doc(nlp, **kw)
    return nlp.get_pipe("newsx_speakers")(doc)


PUTIN = "Präsident Wladimir Putin"
KZ = "Kasachstans Präsident Kassym-Schomart Tokajew"
PUTIN_TOKAJEW = (
    f"Nach den Worten von {PUTIN} ist die Lage ernst. Das unterstrich der russische Staatschef. "
    f"{KZ} sprach von einem Putsch. Die Lage sei stabil, betonte Putin. "
    "Die Ordnung sei wiederhergestellt, sagte der kasachische Präsident. "
    "Die Soldaten würden abziehen, versicherte der Kremlchef. Tokajew sagte, 16 Polizisten seien tot."
)
PT_ENTS = [
    ("Wladimir Putin", "PER"),
    ("Kassym-Schomart Tokajew", "PER"),
    ("Putin#2", "PER"),
    ("Tokajew#2", "PER"),
]
PT_DEM = [("russische", "RU"), ("Kasachstans", "KZ"), ("kasachische", "KZ")]

CASES = [
    # (id, text, ents, demonyms, (content, mention), expected name, expected speaker rule)
    (
        "surname",
        PUTIN_TOKAJEW,
        PT_ENTS,
        PT_DEM,
        ("Die Lage sei stabil", "Putin#2"),
        "Wladimir Putin",
        "speaker.name",
    ),
    (
        "role+name",
        PUTIN_TOKAJEW,
        PT_ENTS,
        PT_DEM,
        ("ist die Lage ernst", PUTIN),
        "Wladimir Putin",
        "speaker.name",
    ),
    (
        "surname-2",
        PUTIN_TOKAJEW,
        PT_ENTS,
        PT_DEM,
        ("16 Polizisten", "Tokajew#2"),
        "Kassym-Schomart Tokajew",
        "speaker.name",
    ),
    (
        "demonym+role",
        PUTIN_TOKAJEW,
        PT_ENTS,
        PT_DEM,
        ("Das unterstrich", "der russische Staatschef"),
        "Wladimir Putin",
        "speaker.role:staatschef",
    ),
    (
        "demonym picks KZ",
        PUTIN_TOKAJEW,
        PT_ENTS,
        PT_DEM,
        ("Die Ordnung sei", "der kasachische Präsident"),
        "Kassym-Schomart Tokajew",
        "speaker.role:praesident",
    ),
    (
        "role country hint",
        PUTIN_TOKAJEW,
        PT_ENTS,
        PT_DEM,
        ("Die Soldaten würden", "der Kremlchef"),
        "Wladimir Putin",
        "speaker.role:kremlchef",
    ),
    (
        "role: most recent introduced",
        f"{PUTIN} kam nach Minsk. Die Lage sei ernst, versicherte der Präsident.",
        [("Wladimir Putin", "PER"), ("Minsk", "LOC")],
        [],
        ("Die Lage sei ernst", "der Präsident"),
        "Wladimir Putin",
        "speaker.role:praesident",
    ),
    (
        "apposition gives role and country",
        "Tokajew, der Präsident Kasachstans, traf Präsident Putin. Man habe gesiegt, sagte der kasachische Präsident.",
        [("Tokajew", "PER"), ("Kasachstans", "LOC"), ("Putin", "PER")],
        [("Kasachstans", "KZ"), ("kasachische", "KZ")],
        ("Man habe gesiegt", "der kasachische Präsident"),
        "Tokajew",
        "speaker.role:praesident",
    ),
    (
        "er: most recent man",
        "Außenminister Heiko Maas traf Kanzlerin Angela Merkel. Er sagte, es gebe Fortschritte.",
        [("Heiko Maas", "PER"), ("Angela Merkel", "PER")],
        [],
        ("es gebe Fortschritte", "Er"),
        "Heiko Maas",
        "speaker.pronoun",
    ),
    (
        "sie: skips a more recent man",
        "Kanzlerin Angela Merkel traf Außenminister Heiko Maas. Sie sagte, es gebe Fortschritte.",
        [("Angela Merkel", "PER"), ("Heiko Maas", "PER")],
        [],
        ("es gebe Fortschritte", "Sie"),
        "Angela Merkel",
        "speaker.pronoun",
    ),
    (
        "org noun",
        "Das Staatsfernsehen hatte am Sonntag von mehr als 160 Todesopfern gesprochen.",
        [],
        [],
        ("von mehr als 160 Todesopfern", "Das Staatsfernsehen"),
        "Staatsfernsehen",
        "speaker.org_noun:staatsfernsehen",
    ),
    (
        "org compound",
        "Das Gesundheitsministerium teilte mit, es gebe 160 Tote.",
        [],
        [],
        ("es gebe 160 Tote", "Das Gesundheitsministerium"),
        "Gesundheitsministerium",
        "speaker.org_noun:ministerium",
    ),
    (
        "Behördenangaben",
        "Nach Behördenangaben wurden fast 8000 Menschen festgenommen.",
        [],
        [],
        ("wurden fast 8000 Menschen festgenommen", "Behördenangaben"),
        "Behörden",
        "speaker.org_noun:behoerden",
    ),
    (
        "nach Angaben der Behörden",
        "Nach Angaben der Behörden wurden fast 8000 Menschen festgenommen.",
        [],
        [],
        ("wurden fast 8000", "der Behörden"),
        "Behörden",
        "speaker.org_noun:behoerden",
    ),
    (
        "ORG entity canonical name",
        "Die Organisation des Vertrages über kollektive Sicherheit erklärte, die Mission sei beendet.",
        [("Organisation des Vertrages über kollektive Sicherheit", "ORG", "OVKS")],
        [],
        ("die Mission sei beendet", "Die Organisation des Vertrages über kollektive Sicherheit"),
        "OVKS",
        "speaker.org",
    ),
    (
        "spokesperson of a body",
        "Ein Polizeisprecher sagte, die Lage sei ruhig.",
        [],
        [],
        ("die Lage sei ruhig", "Ein Polizeisprecher"),
        "Polizei",
        "speaker.spokesperson:polizeisprecher",
    ),
    (
        "spokesperson: named spokesperson wins",
        "Regierungssprecher Steffen Seibert sagte, man prüfe das. Der Sprecher betonte, es eile nicht.",
        [("Steffen Seibert", "PER")],
        [],
        ("es eile nicht", "Der Sprecher"),
        "Steffen Seibert",
        "speaker.role:sprecher",
    ),
    (
        "org noun with its name",
        "Nach Angaben der russischen Presseagentur Novosti gab es Tote.",
        [],
        [],
        ("gab es Tote", "der russischen Presseagentur Novosti"),
        "Novosti",
        "speaker.org_noun:nachrichtenagentur",
    ),
    (
        "name before an apposition (no NER)",
        "Henk Jaap Meijer, Laborleiter der Emsland Stärke GmbH, sagte, die Probe sei sauber.",
        [],
        [],
        ("die Probe sei sauber", "Henk Jaap Meijer, Laborleiter der Emsland Stärke GmbH"),
        "Henk Jaap Meijer",
        "speaker.name_heuristic",
    ),
    (
        "spokesperson of a hyphenated body",
        "Ein UNMIS-Sprecher sagte, die Lage sei ruhig.",
        [],
        [],
        ("die Lage sei ruhig", "Ein UNMIS-Sprecher"),
        "UNMIS",
        "speaker.spokesperson:sprecher",
    ),
    (
        "role with the name in apposition after the mention",
        "Nach Angaben des Direktors der Fluggesellschaft, Jefferson Jauwena, war alles gut.",
        [("Jefferson Jauwena", "PER")],
        [],
        ("war alles gut", "des Direktors der Fluggesellschaft"),
        "Jefferson Jauwena",
        "speaker.role:direktor",
    ),
    (
        "institution with its place",
        "Die Staatsanwaltschaft Nürnberg-Fürth ermittelt. Laut der Staatsanwaltschaft war er brutal.",
        [("Nürnberg-Fürth", "ORG")],
        [],
        ("war er brutal", "der Staatsanwaltschaft"),
        "Staatsanwaltschaft Nürnberg-Fürth",
        "speaker.org_description",
    ),
    (
        "name in quotation marks",
        "Der „Verein für Konsumenteninformation“ kritisierte, die Preise seien gestiegen.",
        [],
        [],
        ("die Preise seien gestiegen", "Der „Verein für Konsumenteninformation“"),
        "Verein für Konsumenteninformation",
        "speaker.quoted_name",
    ),
    # ---- must stay empty ----------------------------------------------------------------
    (
        "indefinite description is someone new",
        "Regierungssprecher Steffen Seibert sagte, man prüfe das. Ein Sprecher betonte, es eile nicht.",
        [("Steffen Seibert", "PER")],
        [],
        ("es eile nicht", "Ein Sprecher"),
        None,
        "speaker.unresolved",
    ),
    (
        "role nobody was introduced with",
        "Angela Merkel kam nach Paris. Die Lage sei ernst, versicherte der Präsident.",
        [("Angela Merkel", "PER"), ("Paris", "LOC")],
        [],
        ("Die Lage sei ernst", "der Präsident"),
        None,
        "speaker.unresolved",
    ),
    (
        "country mismatch",
        f"{KZ} kam nach Moskau. Die Lage sei ernst, versicherte der Kremlchef.",
        [("Kassym-Schomart Tokajew", "PER"), ("Moskau", "LOC")],
        [("Kasachstans", "KZ")],
        ("Die Lage sei ernst", "der Kremlchef"),
        None,
        "speaker.unresolved",
    ),
    (
        "female form, only a man introduced",
        f"{PUTIN} kam nach Minsk. Die Lage sei ernst, versicherte die Präsidentin.",
        [("Wladimir Putin", "PER"), ("Minsk", "LOC")],
        [],
        ("Die Lage sei ernst", "die Präsidentin"),
        None,
        "speaker.unresolved",
    ),
    (
        "role introduced only later",
        f"Die Lage sei ernst, versicherte der Präsident. Später sprach {PUTIN}.",
        [("Wladimir Putin", "PER")],
        [],
        ("Die Lage sei ernst", "der Präsident"),
        None,
        "speaker.unresolved",
    ),
    (
        "pronoun without antecedent",
        "Er sagte, die Lage sei ernst.",
        [],
        [],
        ("die Lage sei ernst", "Er"),
        None,
        "speaker.unresolved",
    ),
    (
        "sie: only a man before",
        "Außenminister Heiko Maas kam nach Paris. Sie sagte, es gebe Fortschritte.",
        [("Heiko Maas", "PER"), ("Paris", "LOC")],
        [],
        ("es gebe Fortschritte", "Sie"),
        None,
        "speaker.unresolved",
    ),
    (
        "spokesperson of a person is not the person",
        f"{PUTIN} schwieg. Der Sprecher Putins sagte, es gebe nichts zu sagen.",
        [("Wladimir Putin", "PER"), ("Putins", "PER")],
        [],
        ("es gebe nichts zu sagen", "Der Sprecher Putins"),
        None,
        "speaker.unresolved",
    ),
    (
        "unnamed spokesperson",
        "Ein Sprecher sagte, die Lage sei ruhig.",
        [],
        [],
        ("die Lage sei ruhig", "Ein Sprecher"),
        None,
        "speaker.unresolved",
    ),
    (
        "common noun is not a name (tagged Doc)",
        "Die Wissenschaftler sagten, das Klima ändere sich.",
        [],
        [],
        ("das Klima ändere sich", "Die Wissenschaftler"),
        None,
        "speaker.unresolved",
    ),
]


@pytest.mark.parametrize(
    "text, ents, demonyms, quote, name, rule",
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_resolution(nlp, text, ents, demonyms, quote, name, rule):
    doc = run(nlp, text=text, ents=ents, demonyms=demonyms, quotes=[quote])
    q = doc.spans["quotes"][0]
    assert (q._.speaker_name, q._.rule) == (name, f"test.rule+{rule}")


def test_plural_sie_stays_empty(nlp):
    text = "Die Behörden meldeten neue Zahlen. Sie sagten, 16 Menschen seien tot."
    doc = run(nlp, text=text, quotes=[("16 Menschen seien tot", "Sie")], plural=["Sie"])
    q = doc.spans["quotes"][0]
    assert (q._.speaker_name, q._.rule) == (None, "test.rule+speaker.unresolved")


def test_sie_refers_to_a_speaking_body(nlp):
    text = "Die Polizei sagte, alles sei ruhig. Sie betonte, es gebe keine Verletzten."
    doc = run(nlp, text=text, quotes=[("alles sei ruhig", "Die Polizei"), ("es gebe keine", "Sie")])
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Polizei", "Polizei"]
    assert doc.spans["quotes"][1]._.rule == "test.rule+speaker.pronoun"


def test_continuation_shares_the_speaker(nlp):
    text = f"{PUTIN} sprach. Die Lage sei ernst, sagte der Präsident. Die Unruhen seien vorbei."
    doc = run(
        nlp,
        text=text,
        ents=[("Wladimir Putin", "PER")],
        quotes=[
            ("Die Lage sei ernst", "der Präsident"),
            ("Die Unruhen seien vorbei.", "der Präsident"),
        ],
    )
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Wladimir Putin"] * 2


def test_two_people_same_surname_prefers_most_recent(nlp):
    text = "Bill Clinton kam. Hillary Clinton auch. Clinton sagte, es sei gut."
    doc = run(
        nlp,
        text=text,
        ents=[("Bill Clinton", "PER"), ("Hillary Clinton", "PER"), ("Clinton#3", "PER")],
        quotes=[("es sei gut", "Clinton#3")],
    )
    assert doc.spans["quotes"][0]._.speaker_name == "Hillary Clinton"


def test_without_ner_names_after_roles(nlp):
    """Degraded mode: no entities, names found after role words and in name-like mentions."""
    text = (
        f"Nach den Worten von {PUTIN} ist die Lage ernst. Die Lage sei stabil, betonte Putin. "
        "Die Soldaten blieben nicht, versicherte der Präsident."
    )
    doc = run(
        nlp,
        text=text,
        quotes=[
            ("ist die Lage ernst", PUTIN),
            ("Die Lage sei stabil", "Putin#2"),
            ("Die Soldaten", "der Präsident"),
        ],
    )
    assert [q._.speaker_name for q in doc.spans["quotes"]] == ["Wladimir Putin"] * 3
    assert doc.spans["quotes"][2]._.rule == "test.rule+speaker.role:praesident"


def test_quote_without_mention_keeps_rule(nlp):
    doc = run(nlp, text="Die Lage sei ernst.", quotes=[("Die Lage sei ernst", None)])
    q = doc.spans["quotes"][0]
    assert (q._.speaker_name, q._.rule) == (None, "test.rule")


def test_running_twice_does_not_stack_rules(nlp):
    doc = run(
        nlp,
        text="Das Staatsfernsehen meldete 160 Tote.",
        quotes=[("160 Tote", "Das Staatsfernsehen")],
    )
    nlp.get_pipe("newsx_speakers")(doc)
    assert doc.spans["quotes"][0]._.rule == "test.rule+speaker.org_noun:staatsfernsehen"


@pytest.mark.parametrize(
    "rule, base",
    [
        ("a+speaker.name", "a"),
        ("a", "a"),
        ("speaker.pronoun", None),
        (None, None),
        ("a+b+speaker.x:y", "a+b"),
    ],
)
def test_strip_speaker_rule(rule, base):
    assert strip_speaker_rule(rule) == base


def test_doc_without_quotes(nlp):
    doc = nlp("Putin sagte nichts.")
    assert "quotes" not in doc.spans or len(doc.spans["quotes"]) == 0


def test_docbin_round_trip_keeps_speaker_name(nlp):
    doc = run(
        nlp,
        text="Das Staatsfernsehen meldete 160 Tote.",
        quotes=[("160 Tote", "Das Staatsfernsehen")],
    )
    db = DocBin(store_user_data=True, docs=[doc])
    back = next(iter(DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(nlp.vocab)))
    assert back.spans["quotes"][0]._.speaker_name == "Staatsfernsehen"


def test_to_disk_from_disk_round_trip(tmp_path):
    nlp = spacy.blank("de")
    comp = nlp.add_pipe("newsx_speakers")
    comp.lexicon = RoleLexicon(
        [r for r in comp.lexicon.records if r["id"] != "staatsfernsehen"]
        + [
            {
                "id": "sender",
                "kind": "org",
                "forms": ["Sender"],
                "gender": None,
                "group": None,
                "country": None,
                "name": "Sender",
                "compound": True,
            }
        ]
    )
    nlp.to_disk(tmp_path / "p")
    assert (tmp_path / "p" / "newsx_speakers" / "roles.jsonl").exists()
    nlp2 = spacy.load(tmp_path / "p")
    lex = nlp2.get_pipe("newsx_speakers").lexicon
    assert lex.lookup("Sender").name == "Sender"
    assert (
        lex.lookup("Staatsfernsehen") is None
        or lex.lookup("Staatsfernsehen").id != "staatsfernsehen"
    )


def test_bad_roles_file_names_file_line_and_field(tmp_path):
    path = tmp_path / "roles.jsonl"
    path.write_text(
        "# comment\n" + json.dumps({"id": "x", "forms": ["X"], "kind": "person"}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=r"roles.jsonl:2: field 'kind'"):
        RoleLexicon.from_path(path)
    nlp = spacy.blank("de")
    pipe = nlp.add_pipe("newsx_speakers", config={"roles_path": str(path)})  # starts empty
    with pytest.raises(RuleFileError, match=r"roles.jsonl:2: field 'kind'"):
        pipe.initialize(nlp=nlp)


def test_shipped_roles_file_is_valid_and_has_the_basics():
    lex = RoleLexicon.default()
    assert lex.lookup("Kremlchef").record["country"] == "RU"
    assert lex.lookup("Präsidentin").record["gender"] == "f"
    assert lex.lookup("Polizeisprecher").record["group"] == "spokesperson"
    assert lex.lookup("US-Präsident").stem == "us-präsident"
    assert lex.lookup("Gesundheitsministeriums").name == "Gesundheitsministerium"
    assert lex.lookup("Behördenangaben").name == "Behörden"
    assert lex.lookup("Bericht") is None
    assert lex.given_name_gender("Angela") == "f"


@pytest.mark.parametrize("parsed, name", [(True, "Heiko Maas"), (False, "Joe Biden")])
def test_pronoun_prefers_the_subject_of_the_last_sentence(nlp, parsed, name):
    text = "Außenminister Heiko Maas traf Präsident Joe Biden. Er sagte, es gebe Fortschritte."
    doc = make_doc(
        nlp,
        text=text,
        ents=[("Heiko Maas", "PER"), ("Joe Biden", "PER")],
        quotes=[("es gebe Fortschritte", "Er")],
        subjects={"Außenminister Heiko Maas": "Maas", "Er": "Er"} if parsed else None,
    )
    nlp.get_pipe("newsx_speakers")(doc)
    assert doc.spans["quotes"][0]._.speaker_name == name


@pytest.mark.parametrize(
    "text, subjects, ents, name",
    [
        (
            (
                "Außenminister Donald Rumsfeld griff Iran an. Der iranische Vize-Außenminister "
                "widersprach. Er sagte, es gebe keine Gefahr."
            ),
            {"Der iranische Vize-Außenminister": "Vize-Außenminister", "Er": "Er"},
            [("Donald Rumsfeld", "PER")],
            None,
        ),
        (
            (
                "Bundestagspräsident Norbert Lammert ist verärgert. Der Bundestagspräsident "
                "widersprach. Er sagte, es gebe keine Gefahr."
            ),
            {"Der Bundestagspräsident": "Bundestagspräsident", "Er": "Er"},
            [("Norbert Lammert", "PER")],
            "Norbert Lammert",
        ),
        (
            (
                "Präsident Joe Biden schwieg. Ein Sprecher der Polizei widersprach. "
                "Er sagte, es gebe keine Gefahr."
            ),
            {"Ein Sprecher der Polizei": "Sprecher", "Er": "Er"},
            [("Joe Biden", "PER")],
            "Polizei",
        ),
    ],
    ids=["unnamed official blocks", "described subject is its person", "spokesperson body"],
)
def test_pronoun_after_a_described_subject(nlp, text, subjects, ents, name):
    quotes = [("es gebe keine Gefahr", "Er")]
    doc = make_doc(nlp, text=text, ents=ents, quotes=quotes, subjects=subjects)
    nlp.get_pipe("newsx_speakers")(doc)
    assert doc.spans["quotes"][0]._.speaker_name == name


def test_first_name_alone_refers_to_the_full_name(nlp):
    text = "Ministerpräsident Thaksin Shinawatra trat zurück. Thaksin sagte, er gehe."
    doc = run(
        nlp,
        text=text,
        ents=[("Thaksin Shinawatra", "PER")],
        quotes=[("er gehe", "Thaksin#2")],
    )
    assert doc.spans["quotes"][0]._.speaker_name == "Thaksin Shinawatra"


def test_org_description_refers_to_the_introduced_org(nlp):
    text = "Die Umweltschutzorganisation WWF warnt. Die Umweltschutzorganisation sagte, es eile."
    doc = run(
        nlp,
        text=text,
        ents=[("WWF", "ORG", "World Wide Fund For Nature")],
        quotes=[("es eile", "Die Umweltschutzorganisation#2")],
    )
    q = doc.spans["quotes"][0]
    assert (q._.speaker_name, q._.rule) == (
        "World Wide Fund For Nature",
        "test.rule+speaker.org_description",
    )


def test_described_subject_with_apposition_name(nlp):
    text = "Der Innenminister, Wolfgang Schäuble, warnte. Er sagte, es eile."
    doc = make_doc(
        nlp,
        text=text,
        ents=[("Wolfgang Schäuble", "PER")],
        quotes=[("es eile", "Er")],
        subjects={"Der Innenminister, Wolfgang Schäuble,": "Innenminister", "Er": "Er"},
    )
    nlp.get_pipe("newsx_speakers")(doc)
    assert doc.spans["quotes"][0]._.speaker_name == "Wolfgang Schäuble"


def test_first_name_entity_joins_the_full_name(nlp):
    text = "UN-Generalsekretär Ban Ki-moon wurde gewählt. Ban erklärte, er freue sich."
    doc = run(
        nlp,
        text=text,
        ents=[("Ban Ki-moon", "PER"), ("Ban#2", "PER")],
        quotes=[("er freue sich", "Ban#2")],
    )
    assert doc.spans["quotes"][0]._.speaker_name == "Ban Ki-moon"


def test_plural_role_is_not_one_person(nlp):
    text = "Außenminister Guido Westerwelle reiste an. Die Außenminister sagten, es eile."
    doc = run(
        nlp,
        text=text,
        ents=[("Guido Westerwelle", "PER")],
        quotes=[("es eile", "Die Außenminister")],
        plural=["Außenminister#2"],
    )
    assert doc.spans["quotes"][0]._.speaker_name is None


def test_to_bytes_round_trip_and_pipe_error_handler():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsx_speakers")
    comp = nlp.get_pipe("newsx_speakers")
    comp.lexicon = RoleLexicon([r for r in comp.lexicon.records if r["id"] != "polizei"])
    nlp2 = spacy.blank("de")
    nlp2.add_pipe("newsx_speakers")
    nlp2.from_bytes(nlp.to_bytes())
    lex = nlp2.get_pipe("newsx_speakers").lexicon
    assert lex.lookup("Kremlchef").record["country"] == "RU"
    assert lex.lookup("Polizei") is None or lex.lookup("Polizei").id != "polizei"
    # no custom pipe(): nlp.pipe runs __call__ per Doc, so the error handler covers us
    assert "pipe" not in type(nlp.get_pipe("newsx_speakers")).__dict__


def test_gender_from_the_noun_before_a_name(nlp):
    text = "Minister Olaf Zorn traf die Politikerin Xenia Yll. Er sagte, es eile."
    doc = run(
        nlp,
        text=text,
        ents=[("Olaf Zorn", "PER"), ("Xenia Yll", "PER")],
        quotes=[("es eile", "Er")],
    )
    assert doc.spans["quotes"][0]._.speaker_name == "Olaf Zorn"
    assert RoleLexicon.default().noun_gender("Später", trust_masculine=False) is None


def test_description_by_the_noun_that_introduced_the_person(nlp):
    text = (
        "Der Technologieexperte Adrian Kingsley-Hughes prüfte den Code. "
        "Der Technologieexperte schrieb, der Code sei echt."
    )
    doc = make_doc(
        nlp,
        text=text,
        ents=[("Adrian Kingsley-Hughes", "PER")],
        quotes=[("der Code sei", "Der Technologieexperte#2")],
    )
    for t in doc:
        t.pos_ = (
            "NOUN"
            if t.text in {"Technologieexperte", "Code"}
            else "PROPN"
            if t.ent_type_
            else "ADV"
        )
    nlp.get_pipe("newsx_speakers")(doc)
    q = doc.spans["quotes"][0]
    assert (q._.speaker_name, q._.rule) == (
        "Adrian Kingsley-Hughes",
        "test.rule+speaker.description",
    )


def test_pronoun_after_an_unnamed_person_noun_subject(nlp):
    text = (
        "Philipp Lahm wurde operiert. Der behandelnde Arzt Lahms war zufrieden. Er sagte, es gehe."
    )
    doc = make_doc(
        nlp,
        text=text,
        ents=[("Philipp Lahm", "PER"), ("Lahms", "PER")],
        quotes=[("es gehe", "Er")],
        subjects={"Der behandelnde Arzt Lahms": "Arzt", "Er": "Er"},
    )
    for t in doc:
        t.pos_ = "NOUN" if t.text == "Arzt" else "PROPN" if t.ent_type_ else "ADV"
    nlp.get_pipe("newsx_speakers")(doc)
    assert doc.spans["quotes"][0]._.speaker_name is None


@pytest.fixture(scope="module")
def shipped():
    """models/de_newsx with all newsx components (the default pipeline of a fresh install)."""
    import warnings

    from pipeline import MODELS_DIR
    from pipeline.model import load_pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_pipeline(str(MODELS_DIR / "de_newsx"))[0]


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_name"),
    [
        # a bare title before a name ending in -s is an apposition, not a genitive
        (
            "UN-Generalsekretär António Guterres zufolge ist eine Einigung in Reichweite.",
            "UN-Generalsekretär António Guterres",
            "António Guterres",
        ),
        # compound speaking bodies from roles.jsonl
        (
            "Laut Bundesrechnungshof fehlen fast 20 Milliarden Euro.",
            "Bundesrechnungshof",
            "Bundesrechnungshof",
        ),
    ],
)
def test_sample_speakers(shipped, text, speaker, speaker_name):
    doc = shipped(text)  # keep the Doc alive: its span group needs it
    (q,) = doc.spans["quotes"]
    assert (q._.speaker, q._.speaker_name) == (speaker, speaker_name)


@pytest.mark.parametrize(
    "word, person",
    [
        ("Meteorologen", True),
        ("Lawinenexperten", True),
        ("Rettungskräfte", True),
        ("Demonstranten", True),
        ("Polizistinnen", True),
        ("Passagiere", True),
        # look like one, name no person
        ("Fahrzeugen", False),
        ("Wahllisten", False),
        ("Varianten", False),
        ("Katalogen", False),
        ("Innen", False),
        ("Studie", False),
    ],
)
def test_plural_person_nouns_by_ending(word, person):
    assert RoleLexicon.default().plural_person(word) is person


@pytest.mark.parametrize(
    "word, gender, trusted",
    [
        ("Politikerin", "f", True),
        ("Politikerin", "f", False),
        ("Technologieexperte", "m", True),
        ("Technologieexperte", None, False),
        ("Staatsanwaltschaft", None, True),
    ],
)
def test_noun_gender_by_longest_ending(word, gender, trusted):
    assert RoleLexicon.default().noun_gender(word, trust_masculine=trusted) == gender
