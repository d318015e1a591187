"""One-word model entities that are ordinary words, by evidence in the word, its tags and
the text (before merging; known names of the lexicon are never dropped here):

- an adverb at the start of a sentence ("Theoretisch könnte ...": tagged ``ADJD``/``ADV``,
  an ending of ``adverb_endings``), with any label;
- a language: the bare, capitalised form of a demonym adjective ("auf Deutsch", "Englisch");
- a compound of two known nouns ("in Flüchtlingskurs", "vergibt Ausgleichschance",
  "Abtreibungsverbot"), as LOC, ORG or MISC with any tag, unless it ends like a place
  ("Rathausplatz", "Klagenfurt") or an organisation ("Wirtschaftsbund") or follows a
  capitalised word ("Konzerntochter Zielpunkt");
- a short acronym before an ordinary noun ("Richtung EM-Endrunde", "IT-Sweatshops"), as
  LOC or MISC (a model ORG is a unit of the organisation: "YPG-Miliz");
- a hyphen word as LOC or ORG (a MISC is an event: "Fußball-WM") whose first part is an
  ordinary noun ("Umfragen-Samplings", "Frauenschutz-NGO") or a country or region before
  an ordinary noun ("Balkan-Verkauf", not "Wien-Wieden"): not an
  organisation head at its end ("Bundesliga-Klub"), no place ("West-Berlin",
  "Wien-Umgebung"), no part of a longer name ("Kölner Stadt-Anzeigers"), no nickname of a
  team ("die Grün-Weißen") and no word the text repeats ("Schiffbau-Box": a name);
- a counted noun: a word the tagger calls a common noun (fine tag ``NN``) right after a
  cardinal number word or a small number ("nach zwei Siegen", "drei Zoll"), or, unknown
  as a name, after a lowercase attributive adjective with no article ("große Brocken");
- a heading in capitals: two or more words in capitals ending in an ordinary noun
  ("SOZIOÖKONOMISCHES RISIKO", "DIE FRAU"), any label;
- a verb first in its clause: a capitalised word at the start of a sentence or after a colon
  with an object pronoun (dative or accusative) right after it ("Erzähl mir doch nichts!");
- an adjective of a person's state first in its sentence, as PER ("Erfreut zeigte sich
  Landeshauptmann X", "Enttäuscht reagierte die Gewerkschaft"): see :func:`state_word`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .tables import EntityTables


def ordinary_word(tables: EntityTables, tok: Token, label: str, words: list[str]) -> bool:
    """A one-word model entity (``label``) that is an ordinary word (see the module;
    ``words``: the token texts of the Doc)."""
    if tok.tag_ in ("ADJD", "ADV") and adverb(tables, tok):
        return True
    if label == "PER" and state_word(tables, tok, words):
        return True  # "Erfreut zeigte sich Landeshauptmann X" (model PER "Erfreut")
    if label not in ("LOC", "ORG", "MISC"):
        return False
    t = tok.text
    if label != "MISC" and language(tables, t):
        return True
    if t in tables.lexicon_words or t in tables.gaz_words or t in tables.person_words:
        return False
    if "-" in t[1:-1]:
        if acronym_noun(tables, t, label):
            return True
        hyphen = label != "MISC" and ordinary_hyphen_word(tables, t)  # "Fußball-WM": an event
        return hyphen and not _name_use(tables, tok, words)
    # "Konzerntochter Zielpunkt": a compound after a class noun is a name
    return _noun_compound_place(tables, t) and not _capital_before(tables, tok)


def ordinary_position(tables: EntityTables, doc: Doc, words: list[str], label: str, i: int) -> bool:
    """A one-word model entity at token ``i`` that is a counted noun (LOC/ORG) or a verb
    first in its clause (any label); the word tests come first, the tags only after them."""
    prev = words[i - 1] if i else ""
    if (
        label in ("LOC", "ORG")
        and (prev.islower() or prev.isdigit())
        and prev not in tables.place_prepositions
        and prev not in tables.articles
    ):
        known = words[i] in tables.ambiguous_words  # "Siegen": the town or a plural
        if counted_noun(tables, doc[i], words, known):
            return True
    if prev[:1].isalnum() or i + 1 >= len(words) or len(words[i + 1]) > 5:
        return False
    return words[i + 1].islower() and clause_verb(doc[i], words)


#: Inflection endings of an attributive adjective ("Menschenunwürdige", "Neuen").
_INFLECTION = ("e", "en", "er", "es", "em")

#: Tokens after which a word starts a sentence or a heading.
_STARTS = frozenset({".", "!", "?", ":", '"', "„", "\n"})


def adjective_noun(
    tables: EntityTables, doc: Doc, w: list[str], label: str, start: int, end: int
) -> bool:
    """'Menschenunwürdige Betriebskonzepte wie ...': a two-word model person at the start of
    a sentence that is an inflected adjective (an ending of ``adverb_endings`` before the
    inflection) and an ordinary noun, neither a known name."""
    if label != "PER" or end - start != 2 or (start and w[start - 1].strip() not in _STARTS):
        return False
    adj = w[start]
    if adj in tables.first_names or adj in tables.lexicon_words or adj in tables.person_words:
        return False
    stem = next((adj[: -len(e)] for e in _INFLECTION if adj.endswith(e)), "")
    return stem.lower().endswith(tables.adverb_endings) and tables.class_noun(doc[end - 1])


def caps_heading(tables: EntityTables, w: list[str], start: int, end: int) -> bool:
    """'SOZIOÖKONOMISCHES RISIKO', 'DIE FRAU': two or more words in capitals, each of three
    letters or more, whose last word written as a noun is an ordinary noun, are a heading
    (or a speaker's role in a play), no name; acronyms are single words."""
    span = w[start:end]
    if len(span) < 2 or " ".join(span) in tables.lexicon_words:
        return False
    if not all(len(x) >= 3 and x.isalpha() and x.isupper() for x in span):
        return False
    head = span[-1][0] + span[-1][1:].lower()
    return head in tables.common_nouns or tables.noun_compound(head)


def counted_noun(tables: EntityTables, tok: Token, words: list[str], known: bool = False) -> bool:
    """'nach zwei Siegen', 'von drei Zoll', 'große Brocken': see the module (``words``: the
    token texts of the Doc; ``known``: a word of the lexicon may be one too -- an ambiguous
    alias such as the town "Siegen")."""
    i = tok.i
    if i == 0:
        return False
    p, t = words[i - 1], words[i]
    if not (p.islower() or (p.isdigit() and len(p) <= 3)):
        return False  # no number word, small number or lowercase adjective before it
    if (t in tables.lexicon_words and not known) or tok.tag_ != "NN":
        return False
    prev = tok.doc[i - 1]
    if prev.tag_ == "CARD":
        return True
    if prev.tag_ != "ADJA" or "Plur" not in tok.morph.get("Number"):
        return False
    if t in tables.gaz_words or t in tables.person_words or "-" in t:
        return False
    if t in tables.surnames or t in tables.first_names or t in tables.lexicon_words:
        return False
    return i < 2 or tok.doc[i - 2].pos_ not in ("DET", "ADP")


def clause_verb(tok: Token, words: list[str]) -> bool:
    """'DIE FRAU: Erzähl mir doch nichts!': a word first in its clause (sentence start or
    after a colon) with an object pronoun (``PPER``, dative or accusative) right after it
    is a verb; a name there is followed by a verb or punctuation."""
    doc, i = tok.doc, tok.i  # ``words``: the token texts of the Doc
    if i + 1 >= len(words) or len(words[i + 1]) > 5 or not words[i + 1].islower():
        return False  # object pronouns are short words
    if i > 0 and words[i - 1] != ":" and not tok.is_sent_start:
        return False
    nxt = doc[i + 1]
    # "Wolferl is back!": no object pronoun
    return nxt.tag_ == "PPER" and bool({"Dat", "Acc"} & set(nxt.morph.get("Case")))


def adverb(tables: EntityTables, tok: Token) -> bool:
    """'Theoretisch könnte ...', 'Gruselig beschrieb sie ...': a capitalised word at the
    start of a sentence, tagged as an adverb, with an adjective ending and no known name."""
    t = tok.text
    if not (tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].text == ":")):
        return False
    if t in tables.lexicon_words or t in tables.person_words or t in tables.surnames:
        return False
    return t.lower().endswith(tables.adverb_endings) and t not in tables.first_names


def state_word(tables: EntityTables, tok: Token, words: list[str]) -> bool:
    """'Erfreut zeigte sich Landeshauptmann X', 'Enttäuscht reagierte die Gewerkschaft': a
    word first in its sentence with the shape of an adjective of state (:func:`_state_shape`)
    right before a finite verb of ``state_verbs`` with "sich" after it or of
    ``state_reaction_verbs``, whose subject follows (a noun phrase or a nominative pronoun
    after the verb: not "Kurz zeigte sich erfreut"); never a known name, never used in the
    text again (``words``: the token texts)."""
    t, i = tok.text, tok.i
    if not (tok.is_sent_start or (i > 0 and words[i - 1] in _STARTS)) or i + 2 >= len(words):
        return False
    if t in tables.lexicon_words or t in tables.person_words or tables.given_name(t):
        return False
    if t in tables.surnames or t in tables.first_names or t in tables.gaz_words:
        return False
    if not _state_shape(tables, tok) or words.count(t) > 1:
        return False
    verb = tok.doc[i + 1]
    if not verb.tag_.endswith("FIN"):
        return False
    if verb.lemma_ in tables.state_verbs:
        return verb.i + 1 < len(words) and verb.nbor().tag_ == "PRF" and _subject_after(verb)
    return verb.lemma_ in tables.state_reaction_verbs and _subject_after(verb)


def _state_shape(tables: EntityTables, tok: Token) -> bool:
    """'Zufrieden' (``state_adjectives``), 'Skeptisch' (an ending of ``adverb_endings``, not
    tagged as a proper noun: "König"), 'Verärgert' (a participle in -t after one of
    ``state_prefixes``, not in -dt: "Gebhardt"), 'Irritiert' (in -iert)."""
    t = tok.text
    low = t.lower()
    if t in tables.state_adjectives or low.endswith("iert"):
        return True
    if low.endswith(tables.adverb_endings):
        return tok.tag_ != "NE"
    return (
        low.endswith("t")
        and not low.endswith("dt")
        and any(low.startswith(p) and len(low) - len(p) >= 4 for p in tables.state_prefixes)
    )


#: Parts of speech that open the subject after the verb (a noun phrase or a pronoun).
_SUBJECT_OPENERS = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"})


def _subject_after(verb: Token) -> bool:
    """A subject right after ``verb`` (past "sich" and adverbs such as "auch"): a noun phrase
    or a pronoun that is not marked for another case than the nominative."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : min(verb.i + 5, len(doc))]:
        if tok.tag_ in ("PRF", "ADV", "PTKNEG") or tok.pos_ == "ADV":
            continue  # "zeigte sich auch", "reagierte ebenfalls"
        if tok.pos_ not in _SUBJECT_OPENERS or not tok.text[:1].isalpha():
            return False
        if tok.pos_ == "ADJ" and tok.text[:1].islower() and tok.tag_ != "ADJA":
            return False  # "Kurz zeigte sich erfreut": a predicative adjective
        case = tok.morph.get("Case")
        return not case or "Nom" in case
    return False


def language(tables: EntityTables, t: str) -> bool:
    """'Deutsch', 'Englisch': a capitalised demonym adjective without an ending, whose
    lowercase form and inflected form ("deutsche") are forms of the same adjective."""
    rec = tables.demonyms.get(t)
    if rec is None or rec["kind"] != "adjective" or not t[:1].isupper():
        return False
    forms = rec["forms"]
    return t.lower() in forms and t.lower() + "e" in forms


def _noun_compound_place(tables: EntityTables, t: str) -> bool:
    """'Flüchtlingskurs': two known nouns, no place or organisation ending."""
    low = t.lower()
    if low.endswith(tables.street_suffixes + tables.place_endings):
        return False
    if low.endswith(tables.org_head_endings):
        return False
    return tables.two_nouns(t)


def ordinary_noun(tables: EntityTables, word: str) -> bool:
    """A known noun, a compound of one or a plural of one ("Umfragen", "Frauenschutz")."""
    if word in tables.gaz_words or word in tables.known_words or word in tables.surnames:
        return False
    nouns = tables.common_nouns
    return (
        word in nouns
        or (word.endswith("n") and (word[:-1] in nouns or word[:-2] in nouns))
        or tables.noun_compound(word)
        or tables.two_nouns(word)
    )


def ordinary_hyphen_word(tables: EntityTables, t: str) -> bool:
    """'Balkan-Verkauf' (a region + an ordinary noun), 'Umfragen-Samplings' (an ordinary
    noun + any word but an organisation head or a place)."""
    first, _, tail = t.partition("-")
    last = t.rpartition("-")[2]
    bare = last.removesuffix("s")
    if not last[:1].isupper() or last in tables.gaz_words:
        return False
    for heads in (tables.org_heads, tables.org_head_nouns, tables.institution_heads):
        if last in heads or bare in heads:
            return False
    if last in tables.legal_forms or bare in tables.newspaper_heads:
        return False
    if ordinary_noun(tables, first):
        return True
    return first in tables.region_words and tail in tables.common_nouns


def acronym_noun(tables: EntityTables, t: str, label: str) -> bool:
    """'EM-Endrunde', 'IT-Sweatshops' (model LOC or MISC): a short acronym before an
    ordinary noun that heads no place ("ORF-Zentrum"); never a model ORG ("YPG-Miliz",
    "UN-Hilfswerk": a unit or body of an organisation)."""
    prefix, _, tail = t.partition("-")
    if not (2 <= len(prefix) <= 4 and prefix.isalpha() and prefix.isupper()) or "-" in tail:
        return False
    if not tail[:1].isupper() or tail in tables.lexicon_words or tail in tables.gaz_words:
        return False
    low = tail.lower()
    if low.endswith(tables.place_heads + tables.street_suffixes + tables.org_head_endings):
        return False
    if label == "ORG":
        return False  # "YPG-Miliz": an organisation's unit
    nouns = tables.common_nouns
    stems = {tail, tail.removesuffix("n"), tail.removesuffix("s"), tail.removesuffix("en")}
    # "Endrunde", "Sweatshops": a known noun of five letters or more at the end
    return any(x[k].upper() + x[k + 1 :] in nouns for x in stems for k in range(len(x) - 4))


def _name_use(tables: EntityTables, tok: Token, words: list[str]) -> bool:
    """Evidence that a hyphen word is a name after all: a capitalised name word right before
    it ("Kölner Stadt-Anzeigers"), a nominalised adjective ("die Grün-Weißen": lemma in
    -e) or a second use in the text."""
    if _capital_before(tables, tok):
        return True
    if tok.lemma_ != tok.text and tok.lemma_.endswith("e"):
        return True
    return words.count(tok.text) > 1


def _capital_before(tables: EntityTables, tok: Token) -> bool:
    """A capitalised word right before ``tok`` inside the sentence, no article or function
    word: a name word ("Kölner Stadt-Anzeigers") or a class noun ("Konzerntochter
    Zielpunkt")."""
    doc, i = tok.doc, tok.i
    if i == 0 or not doc[i - 1].text[:1].isupper() or doc[i - 1].is_sent_start:
        return False
    prev = doc[i - 1].text
    return prev not in tables.name_stop and prev not in tables.articles
