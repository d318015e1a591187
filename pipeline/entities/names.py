"""Persons' names the model cut or mislabelled: a first name right before a PER belongs to
it ("Lee Sedol" tagged "Sedol", "Jean-Marie Le Pen" tagged "Le Pen"), and a model LOC/ORG
of a first name and a name-like word is a person ("Usain Bolt" tagged ORG)."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Cand, covered
from .tables import EntityTables


def given_names(tables: EntityTables, doc: Doc, final: list[Cand], words: list[str]) -> list[Cand]:
    """Extend PERs over a free first name before them; relabel first name + name as PER.

    A registry or propagated identity whose name is not the extended text is dropped: the
    "Le Pen" of "Jean-Marie Le Pen" is not Marine Le Pen.
    """
    taken = covered(final)
    for c in final:
        if c.label == "PER":
            while (
                c.start > 0
                and c.start - 1 not in taken
                and (
                    tables.given_name(words[c.start - 1])
                    or _titled_part(tables, doc, c.start - 1, words)
                )
            ):
                c.start -= 1
                taken.add(c.start)
                name = " ".join(words[c.start : c.end])
                if c.attrs.get("canonical_name") not in (None, name):
                    c.attrs = {}
                c.rule = "person.given_name"
        elif _person_pair(tables, c, words):
            c.label, c.rule = "PER", "person.given_name"
        if c.end < len(words) and c.end not in taken and _particle_name(tables, words[c.end]):
            _particle_tail(tables, c, words)
            taken.add(c.end - 1)
    return final


def _particle_name(tables: EntityTables, word: str) -> bool:
    """'al-Baghdadi', 'el-Sisi': a lower-case particle (``hyphen_particles``), a hyphen and
    a capitalised name."""
    head, dash, rest = word.partition("-")
    return bool(dash) and head in tables.hyphen_particles and rest[:1].isupper()


def _particle_tail(tables: EntityTables, c: Cand, words: list[str]) -> None:
    """'IS-Anführer Abu Bakr [al-Baghdadi]' (model ORG), 'Dschabhat [al-Nusra]': the name
    goes on over the particle word; a name after a title or starting with a first name is
    a person's, and a registry identity of the shorter span is dropped."""
    c.end += 1
    c.attrs = {}
    if c.label != "PER" and (
        (c.start > 0 and tables.is_title(words[c.start - 1])) or tables.given_name(words[c.start])
    ):
        c.label = "PER"
        c.rule = "person.particle"


def _titled_part(tables: EntityTables, doc: Doc, k: int, words: list[str]) -> bool:
    """'UN-Generalsekretär Ban' + 'Ki Moon': a capitalised word of the model's PER right
    after a title is the first part of the name, even if it is also a noun ("Ban")."""
    if k == 0 or not words[k][:1].isupper() or not tables.is_title(words[k - 1]):
        return False
    tok = doc[k]
    return tok.ent_type_ == "PER" and tok.ent_iob_ == "B" and words[k] not in tables.name_stop


def _person_pair(tables: EntityTables, c: Cand, words: list[str]) -> bool:
    """'Usain Bolt' (model ORG/LOC, no registry id): a first name, then a name-like word
    that is no place name."""
    return (
        c.label in ("LOC", "ORG")
        and c.source == "model"
        and c.length == 2
        and not c.attrs.get("canonical_id")
        and tables.given_name(words[c.start])
        and tables.namelike_word(words[c.start + 1])
        and words[c.start + 1] not in tables.gaz_words
        and " ".join(words[c.start : c.end]) not in tables.gaz_words
    )


def nominative(tables: EntityTables, doc: Doc, start: int, end: int) -> str:
    """The name of ``doc[start:end]`` as a canonical name: after an article of the feminine
    genitive/dative or the plural (``oblique_articles``), leading adjectives in -en take
    the nominative -e ("der Europäischen Menschenrechtskonvention" -> "Europäische
    Menschenrechtskonvention", "der Vereinten Nationen" -> "Vereinte Nationen"); other
    names are left as written (the gender of "des Deutschen ... Instituts" is unknown)."""
    text = doc[start:end].text
    declined = declined_name(tables, doc, start, end)
    if declined is not None:
        return declined
    if start == 0 or doc[start - 1].text not in tables.oblique_articles:
        return text
    words = text.split(" ")
    n = 0
    out = []
    while n < len(words) - 1 and words[n][:1].isupper():
        w = words[n]
        if w in tables.adjectives:  # "der Frankfurter Allgemeinen ...": invariant
            out.append(w)
        elif w.endswith("en"):
            out.append(w[:-1])
        else:
            break
        n += 1
    return " ".join(out + words[n:])


#: Nominative endings of a name's leading adjective (no article: "Österreichischer Rundfunk")
#: by the head noun's gender.
STRONG_ENDINGS = {"Masc": "er", "Neut": "es"}


def declined_name(tables: EntityTables, doc: Doc, start: int, end: int) -> str | None:
    """The nominative of a name declined after an article (None: nothing to change, or the
    gender is unsure). Leading adjectives in -en (city adjectives such as "Wiener" stay):

    - after a feminine/plural article (``oblique_articles``) take -e: "der Österreichischen
      Nationalbibliothek" -> "Österreichische Nationalbibliothek", "der Vereinten Nationen";
    - after a masculine/neuter one (``masculine_neuter_articles``) the strong ending of the
      head noun's gender, where the tagger's gender of head and adjectives agree, and a
      head in -s loses its genitive -s: "des Deutschen Archäologischen Instituts" ->
      "Deutsches Archäologisches Institut", "des Wiener Faschings" -> "Wiener Fasching".
    """
    if end - start < 2 or start == 0:
        return None
    article = doc[start - 1].text
    if article in tables.neuter_articles:
        return _neuter_name(tables, doc, start, end)
    n = start
    while n < end - 1 and _name_adjective(tables, doc[n]):
        n += 1
    if n == start:
        return _genitive_head(tables, doc, start, end)
    head = doc[n]
    if article in tables.oblique_articles:
        ending, rest = "e", [t.text for t in doc[n:end]]
    elif article in tables.masculine_neuter_articles and doc.has_annotation("MORPH"):
        gender = _head_gender(tables, doc, start, n)
        if gender is None:
            return None
        ending = STRONG_ENDINGS[gender]
        rest = [t.text for t in doc[n:end]]
        if n == end - 1 and head.text.endswith("s"):
            rest = [_genitive_base(tables, head)]  # "Instituts" -> "Institut"
    else:
        return None
    out = [t.text[:-2] + ending if t.text.endswith("en") else t.text for t in doc[start:n]]
    name = " ".join(out + rest)
    return None if name == doc[start:end].text else name


def _neuter_name(tables: EntityTables, doc: Doc, start: int, end: int) -> str | None:
    """'das Deutsche Zentrum für Luft- und Raumfahrt' -> 'Deutsches Zentrum ...', 'das
    Österreichische Rote Kreuz' -> 'Österreichisches Rotes Kreuz': after a neuter article
    (``neuter_articles``) leading adjectives in -e take the strong ending -es."""
    n = start
    while n < end - 1 and _weak_adjective(tables, doc[n]):
        n += 1
    if n == start or (n < end - 1 and doc[n].text.endswith("e")):
        return None  # "das Österreichische Rote Kreuz": one adjective unsure, none changed
    return " ".join([t.text + "s" for t in doc[start:n]] + [t.text for t in doc[n:end]])


def _weak_adjective(tables: EntityTables, tok) -> bool:
    """'Deutsche', 'Europäische': a capitalised adjective in -e (a demonym, or tagged ADJ or
    lemmatised as the word without -e, with a lower-case lemma)."""
    t = tok.text
    return (
        t[:1].isupper()
        and t.endswith("e")
        and (
            t in tables.demonyms
            or t.lower() in tables.demonyms  # "Deutsche"
            or (len(t) > 7 and t.endswith(tables.inflected_adjective_endings))  # "Europäische"
            # an adjective's lemma is lower-case ("europäisch"; not "Institut" of "Institute")
            or (tok.lemma_[:1].islower() and (tok.pos_ == "ADJ" or tok.lemma_ == t[:-1].lower()))
        )
    )


def _genitive_base(tables: EntityTables, head) -> str:
    """A head noun in -s without its genitive ending: the lemma where it is the word
    without -s/-es ("Instituts"), else the word without the ending that leaves a known head
    ("Forschungsrates" -> "Forschungsrat", "Zoos" -> "Zoo"), else the word as written."""
    t = head.text
    if head.lemma_ in (t[:-1], t[:-2]):
        return head.lemma_
    heads = tables.neuter_heads + tables.masculine_heads
    for base in (t[:-2], t[:-1]) if t.endswith("es") else (t[:-1],):
        if base.lower().endswith(heads):
            return base
    return t


def _head_gender(tables: EntityTables, doc: Doc, start: int, n: int) -> str | None:
    """The gender of the head ``doc[n]`` of a name: by its ending (``neuter_heads``,
    ``masculine_heads``: "Instituts", "Gewerkschaftsbundes"), else the tagger's, where head
    and adjectives agree (None: unsure)."""
    head = doc[n].text.lower()
    base = head[:-2] if head.endswith("es") else head.removesuffix("s")
    for word in (head, base):
        if word.endswith(tables.neuter_heads):
            return "Neut"
        if word.endswith(tables.masculine_heads):
            return "Masc"
    genders = {g for t in doc[start : n + 1] for g in t.morph.get("Gender")}
    return genders.pop() if len(genders) == 1 and genders <= set(STRONG_ENDINGS) else None


def _genitive_head(tables: EntityTables, doc: Doc, start: int, end: int) -> str | None:
    """'des Bundesamts für Eich- und Vermessungswesen' -> 'Bundesamt für ...': after a
    masculine/neuter article, a head in -s (its lemma without the -s) before a lower-case
    link loses the -s."""
    head = doc[start]
    if (
        doc[start - 1].text in tables.masculine_neuter_articles
        and head.text.endswith("s")
        and head.lemma_ in (head.text[:-1], head.text[:-2])
        and doc[start + 1].text[:1].islower()
    ):
        return " ".join([head.lemma_] + [t.text for t in doc[start + 1 : end]])
    return None


def _name_adjective(tables: EntityTables, tok) -> bool:
    """'Österreichischen', 'Archäologischen', 'Wiener': a capitalised adjective at the start
    of a name (tagged ADJ, a demonym, or a word in -en whose lemma is the word without -n)."""
    t = tok.text
    if not t[:1].isupper():
        return False
    if t in tables.adjectives or (t.endswith("er") and t[:-2] in tables.gaz_words):
        return True  # invariant: "Wiener", "Frankfurter"
    return t.endswith("en") and (
        tok.pos_ == "ADJ"
        or tok.lemma_.lower() in (t[:-1].lower(), t[:-2].lower())  # "Europäischen": europäisch
        or t in tables.demonyms  # "Österreichischen"
    )


def declined_names(tables: EntityTables, doc: Doc, final: list[Cand]) -> list[Cand]:
    """A ``canonical_name`` in the nominative for every organisation, place and other name
    without one that is declined in the text (:func:`declined_name`), so that "der
    Österreichischen Nationalbibliothek" and "die Österreichische Nationalbibliothek" share
    one ``entity_id``."""
    for c in final:
        if c.label != "PER" and c.length > 1 and not c.attrs.get("canonical_name"):
            name = declined_name(tables, doc, c.start, c.end)
            if name is not None:
                c.attrs["canonical_name"] = name
    return final
