"""Word-knowledge features for the NER: a static "vectors" table built from the rule data.

The NER of ``models/de_newsx`` is trained on ~9,000 sentences; most of its errors are word
knowledge (capitalised common nouns taken for names, unknown surnames and places). The
rule data of newsx already holds that knowledge: first names and surnames, places
(GeoNames gazetteer + hand-made), organisation and MISC aliases, German common nouns
(Wiktionary), demonyms, titles. This module turns it into one binary feature vector per
word form (case-sensitive, spaCy ``ORTH``), stored as the pipeline's ``vocab.vectors`` and
read by the NER's tok2vec through ``include_static_vectors = true`` (``configs/ner.cfg``).

The table is small because all words with the same features share one row (a few hundred
distinct rows, ~300,000 keys). Words that are in no list have no vector (zeros). These are
*not* semantic word vectors: ``token.vector`` is a membership pattern and
``doc.similarity`` means nothing with this model (spaCy's sm models have no vectors either).

The features are frozen at training time: rule files edited later change what
``newsx_entities`` does, not what the model has learnt.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.strings import hash_string
from spacy.vectors import Vectors

from .. import rules_dir
from ..entities.lexicon import EntityLexicon, alias_forms
from ..entities.tables import EntityTables

#: One column per feature, in this order (the model's input; changing it needs retraining).
FEATURES = (
    "first_name",
    "surname",
    "place",  # one-word place name
    "place_part",  # capitalised word of a multi-word place name
    "org",  # one-word organisation alias
    "org_part",
    "misc",  # word of a MISC alias (events, currencies, works ...)
    "common_noun",  # German Wiktionary noun (any inflected form)
    "demonym",  # "russische", "Russe", "Berliner"
    "title",  # "Präsident", "Bundeskanzlerin"
    "person",  # word of a well-known person's name
    "class_word",  # "Partei", "Universität", "Gemeinde" (heads of names)
)
#: ``entity_words.jsonl`` lists whose words are heads of names (feature ``class_word``)
CLASS_LISTS = (
    "org_heads",
    "org_head_nouns",
    "company_class",
    "institution_heads",
    "newspaper_heads",
    "name_heads",
    "place_class",
)
VECTORS_NAME = "newsx_word_features"


def word_features(tables: EntityTables, lexicon: EntityLexicon) -> dict[str, set[str]]:
    """Word form -> names of its features (see :data:`FEATURES`)."""
    feats: dict[str, set[str]] = {}

    def add(words: Iterable[str], feature: str, genitive: bool = False) -> None:
        for w in words:
            if not w:
                continue
            feats.setdefault(w, set()).add(feature)
            if genitive and not w.endswith(("s", "ß", "x", "z")):  # "Merkels", "Malis"
                feats.setdefault(w + "s", set()).add(feature)

    add(tables.first_names, "first_name", genitive=True)
    add(tables.surnames, "surname", genitive=True)
    data = lexicon.data
    for file_key, one, part in (
        ("places", "place", "place_part"),
        ("organisations", "org", "org_part"),
        ("misc", "misc", "misc"),
    ):
        for rec in data.get(file_key, []):
            for alias in alias_forms(rec["aliases"]):
                words = alias.split()
                if len(words) == 1:
                    add(words, one, genitive=file_key == "places")
                else:
                    add((w for w in words if w[:1].isupper()), part)
    add(tables.common_nouns, "common_noun")
    add(tables.demonyms, "demonym")
    add(tables.titles, "title")
    add(tables.person_words, "person", genitive=True)
    for list_id in CLASS_LISTS:
        add(getattr(tables, list_id), "class_word")
    return feats


def feature_vectors(lang: str = "de", rules_path: str | Path | None = None) -> Vectors:
    """The vectors table of the rule data of ``lang`` (rows shared by equal patterns)."""
    nlp = spacy.blank(lang)
    lexicon = EntityLexicon.from_dir(Path(rules_path) if rules_path else rules_dir(lang))
    feats = word_features(EntityTables(nlp, lexicon), lexicon)
    rows: dict[tuple[bool, ...], int] = {}
    keys: list[tuple[int, int]] = []
    for word in sorted(feats):  # sorted: the same data gives the same file
        pattern = tuple(f in feats[word] for f in FEATURES)
        row = rows.setdefault(pattern, len(rows))
        keys.append((hash_string(word), row))
    data = numpy.zeros((len(rows), len(FEATURES)), dtype="float32")
    for pattern, row in rows.items():
        data[row] = pattern
    vectors = Vectors(data=data, name=VECTORS_NAME)
    for key, row in keys:
        vectors.add(key, row=row)
    return vectors


def write_vectors_pipeline(output: str | Path, lang: str = "de") -> Path:
    """A blank pipeline holding only the feature vectors (``[initialize] vectors`` of the
    NER config reads it); returns ``output``."""
    nlp: Language = spacy.blank(lang)
    nlp.vocab.vectors = feature_vectors(lang)
    output = Path(output)
    nlp.to_disk(output)
    return output
