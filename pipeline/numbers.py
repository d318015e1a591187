"""German numbers in news text: value, bounds, qualifier, counted noun or unit, kind (issue 4).

Pure string logic, no spaCy needed: :func:`find_numbers` scans a text and returns one
:class:`NumberMention` per number mention; the ``newsx_numbers`` component
(:mod:`pipeline.components.numbers`) turns them into ``doc.spans["numbers"]`` and passes the
model's POS tags in when it has them.

Conventions (all values are floats or None, never strings):

- ``value`` is the number as written; ``value_min``/``value_max`` are the bounds the text
  asserts, None meaning "no bound stated":

  ============================  =======  =========  =========
  text                          value    value_min  value_max
  ============================  =======  =========  =========
  ``2500 Soldaten``             2500     2500       2500
  ``mehr als 160`` (min)        160      160        None
  ``fast 8000`` (max)           8000     None       8000
  ``keine 14 Jahre`` (max)      14       None       14
  ``rund 2500`` (approx)        2500     None       None
  ``zwischen 20 und 30``        None     20         30
  ``Hunderte`` (vague plural)   None     200        999
  ``2013/2014`` (year_range)    None     2013       2014
  ``von 9 bis 17 Uhr`` (time)   None     9          17
  ============================  =======  =========  =========

  Vague plurals ("Dutzende", "Hunderte", "Tausende", "mehrere Tausend") have no value;
  value_min is twice the base, value_max one less than the next step of the scale
  (Dutzend < Hundert < Tausend < Zehntausend < Hunderttausend < Million < Milliarde).
  The bounds live in ``number_words.jsonl``.
- ``kind``: count, percent, money, quantity, year, year_range, date, time, ordinal.
  Dates have value ``yyyymmdd`` (20220107.0, sortable) or None without a year; times have
  value in hours (``02:24`` -> 2.4, ``14.30 Uhr`` -> 14.5); ordinals their number.
- ``noun_text`` is the counted noun as written, ``noun`` its citation form for counting: the
  nominative as written, dative plurals turned back by ``number_nouns.jsonl``
  ("Todesopfern" -> "Todesopfer", "Kindern" -> "Kinder"; "Menschen", "Soldaten" stay)
  and by the known noun forms of ``nouns.jsonl``: "-en" goes when the "-e" plural and its
  singular are known forms ("Bronzestühlen" -> "Bronzestühle": "Stuhl"; "Duellen" ->
  "Duelle" unless the model calls the noun feminine: "Reisen" stays). The model's POS tags
  decide what is a noun; its lemma (a singular, "Soldat", and often wrong for datives:
  "Züg") only breaks a tie, so ``noun`` groups counts as they are written in news ("fast
  8000 Menschen" -> "Menschen"); for units it is the unit word ("Euro", "Prozent").
- ``unit``: a symbol or ISO code ("%", "EUR", "USD", "km", "t"), from ``units.jsonl``.
- The mention covers qualifier + number + unit/noun (and the adjectives in between), so
  its text reads "mehr als 160 Todesopfern" or "2500 russische Soldaten".
- "ein/eine/einer …" is a number only before a scale word or "halb" ("eine Million",
  "ein Dutzend", "eine halbe Million"); "einer der Männer" yields nothing. Numbers glued
  to letters (G7, COVID-19, 1990er, 60-Jährige), scores (2:1), numbers with a leading zero,
  after a single capital (B 12) or after a label word ("Seite 12", "Artikel 5") are left alone.
- Years: a plain four-digit number 1800-2100 is a ``year`` when no noun follows, a year
  cue precedes it ("seit 2019 Präsident", "im Jahr 2022") or the model calls the noun after
  it singular ("ab 2017 Strom", "der 2017 stattfindenden Präsidentenwahl"; not the
  ``count_singular`` nouns: "2000 Mal"); "2500 Soldaten" stays a count.
- Ordinals: "3." and "dritte" count as ordinals only after a determiner ("am 3. Tag",
  "der dritte Tag"), also with an adjective between ("des frühen 20. Jahrhunderts"), so
  "auf 160. Diese ..." stays a count; "erste" is left out on purpose ("in erster Linie",
  "zum ersten Mal").
- Shares: "jeder Zweite", "jede Dritte" (a ``proportion`` word and a capitalised ordinal)
  are ``percent`` with unit "%" and value 100/n rounded to one decimal (50.0, 33.3).
- "minus" before a number makes it negative ("minus 18 Grad" -> -18, text with "minus").
- A counted noun may stand after a long attribute ("der vier, inzwischen in Good Banks
  sanierten italienischen Kleinbanken", "die drei der Partei zustehenden Ministerposten";
  a singular after a partitive word is no partitive: "Note 5 von Samsung" has no noun). A
  bare number takes the noun or unit of another number in its sentence: the first of a
  coordination ("400 oder 500 Kilometer"), after "davon", "je", "weitere" (also across a
  full stop: "zwei Soldaten getötet. 31 weitere"), contrasted ("46 Prozent dafür, 44
  dagegen"), with the same preposition after both ("300.000 Soldaten aus Südkorea und
  17.000 aus den USA"), or the unit of the next scaled number ("Krediten von 4,7 Millionen,
  gefolgt von … (3,2 Millionen Euro)"); dates, times and years between them are passed over.
  Also the last member of a list across prepositions and a bracketed aside ("je 200 in
  Salzburg und in Krumpendorf (Kärnten) und 50 im Burgenland"), and a bare count that opens
  a clause after a comma as the subject of the verb after it ("120 Abgeordnete stimmten
  dagegen, zwei nahmen nicht teil"), and one in an aside between dashes counts the plural
  noun before the first dash ("weniger Flüchtlinge – zuletzt rund 1.000 pro Tag –"). A year inside a long attribute is passed over ("zu
  sechs 2014 ernannten Vorstandsmitgliedern"); before a temporal participle of
  ``year_after`` a four-digit number is a year ("für 2016 folgende Versuche").
- Money by context (:mod:`pipeline.number_context`, once per text): a bare scaled amount
  ("zumindest 50 Millionen", "20 bis 25 Millionen") is money when its sentence or a
  neighbouring one has scaled amounts of money in exactly one currency ("90 bis 120
  Millionen Euro"); a bare number after an ``amount_cue`` ("im Nennwert von 100.000", "in
  Höhe von 36,4 Millionen") when they have any amount in one currency, also glued to a
  number ("500-Euro-Scheine"). Counts with a noun ("4 Millionen Einwohner") stay counts;
  without a currency in reach a bare scaled number is money without a unit when a
  ``money_verb`` stands in its clause ("Norwegen, das Millionen in die Hilfe investiert",
  "der 1,2 bis 2 Millionen teure Zaun"); so is a scaled number before an ``amount_noun``
  ("7,9 Milliarden Verlust": the currency's noun when one is in reach, else the noun kept),
  else it stays a count.
- A bare number followed by a bracketed abbreviation ending in its digits ends a name and
  is no number ("Democracy in Europe Movement 2025 (DiEM25)").
- The second number of a hyphen range whose first is glued to a ratio or a name is no
  number either ("EF-M 15-45mm 1:3,5-6,3 IS STM", "A320-200"); nor is a bare count whose
  word and digits name something elsewhere in the text ("Deutschland 83 ist …" after "die
  Serie Deutschland 83").
- Nouns (round 8): a capitalised word with a capitalised lemma inside a sentence is a noun
  whatever the tagger says ("sechs von acht Cup-Duellen" tagged VERB); a plural with two
  readings in ``noun_plurals.jsonl`` stays as written ("zwei von acht Zeugen", "zehn
  Runden") unless it is a ``dative_first`` word ("drei Toren" -> "Tore"); an ordinal's noun
  after a ``genitive_cue`` is a genitive singular ("des zweiten Satzes" -> "Satz"); an
  ``agent`` "von" before a participle and a noun counts that noun ("18 von Taliban-Kämpfern
  als Geiseln genommene Insassen" -> "Insassen"); an unknown singular before a noun is a
  foreign adjective ("58 Unique User" -> "User"). Implied nouns: "Zahl der" over adverbs
  and adjectives ("der insgesamt abgegebenen Stimmen … mit 46.472"), a bare count after a
  dash that ends its sentence ("viele Vertragskunden gewinnen – insgesamt 930.000"), the
  same preposition before both numbers ("auf 15.227.867 Visits, News auf 8.992.083"; a
  scaled number lends only to one of at least its scale) and a bare subject after a colon
  (the last plural noun before it: "… Flüchtlingen …: Bis zu 75.000 würden …").
- Round 9: "über" is no bound where it opens the object of a verb of ``object_of_verbs``
  in its clause or of a noun of ``object_of_nouns`` right before it (qualifiers.jsonl:
  "verfügt über zwei Halbkugeln", "die über 500 Mitarbeiter verfügt", "Rechnung über
  396,67 Euro"; not after a preposition or article: "auf über 100", "das über 30 Jahre
  alte"). A vague plural before a scale word scales its bounds ("zig Millionen" 20-99
  million, "dutzende Millionen Muslime"); a bare scaled object of a ``money_object_verb``
  is money ("habe zig Millionen verloren"; not the subject "Millionen verloren ihre
  Arbeit"). "jeder zehnte Befragte" is a share of its noun (percent 10, noun "Befragte")
  unless the noun is a ``period`` ("jeden zweiten Tag" stays an ordinal). A label cue may
  end a hyphenated word ("ATP-Nr. 221") and numbers after a ``label_link`` that follow a
  label or name number are labels too ("die Bänder 3 und 7"): no rows. A partitive with an
  article counts its plural noun ("Zwei von den Verletzten"). Bare counts in a bracket of
  numbers joined by ``versus`` words count the plural noun before it ("Gewinnschläge (19
  zu 12)"). Ordinal ranges: "der siebenten bis neunten Schulstufe" (min 7, max 9). Speeds
  are units ("60 Kilometern pro Stunde" -> km/h). A bare count of at least 100 that repeats
  the value of a mention with a noun or unit shortly before takes them ("rund 30.000 Euro …
  Die übrigen 30.000" -> EUR); so does one after an ``anaphor`` ("waren es") from the number
  before it, both scaled or neither ("857 Millionen SMS … waren es noch 949,3 Millionen").
- Round 10: a ``round_only`` qualifier qualifies only a multiple of ten ("an die 1.000
  Personen" about, "an die 23 Spieler" no qualifier); a year before 1800 needs a year cue
  and no plural noun ("seit 1570 bestehende"); a vague plural counts the plural noun after
  a ``vague_link`` ("Millionen an Testkilometern"); the first number of a coordination may
  have its own adjective ("19 vertikalen und 19 horizontalen Linien"); an ordinal before a
  coordinator and an adjective shares the noun after it ("der zweite und letzte Teil").
  These checks, and the labels, titles, models and rates of round 10 ("Der Senat 1 der
  Bundesliga", "Kurzfilm Jede Dritte", "Adreno 430 GPU", "Fotos (bis zu 30 pro Sekunde)"),
  live in :mod:`pipeline.number_cues`.
- Round 11: a unit with a ``context_unit`` takes it where its clause has one of its
  ``context_cues`` and none of its ``context_blocks`` ("ein um 180 Grad schwenkbares
  Display" -> °; "bei 30 Grad", "Temperaturen von 35 Grad" stay °C); a ``cased`` idiom
  holds only as written ("Eins Plus" a channel; "eins plus eins" counts); a bare decimal
  takes the noun of a decimal of a ``timed_noun`` ("Sekunden") in the text within a factor
  of two ("Gatlin hatte da 9,77 hingelegt"); a year-like number before a noun with a
  ``singular_ending`` is a year ("2012 Wissenschaftsgeschichte"); a quantity unit that opens
  a hyphenated word is the unit ("ein 32 GB-Gerät" -> GB).
- Round 12: a ``min_after``/``max_after`` qualifier after an exact number bounds it ("80
  Prozent oder darüber" -> min 80, "zwölf Jahre oder jünger" -> max 12); an article before
  a lower-case "hundert"/"tausend" belongs to a later noun ("eine hundert Meter breite
  Pufferzone" -> "hundert Meter"); digits after a ``title_article`` inside a sentence open a
  title ("und Die 120 Tage von Sodom"); a bare count written as the digits of a name met
  before is that name ("Platte 25 …", "von 25"); "Athen 178 der 300" is a partitive count.
  A bare count takes the noun of a parallel count of its size (:mod:`pipeline.number_parallels`:
  "1.500 Menschen …; 2.000 gingen", "(6554 Punkte) … (6516)"); a ``digit_name`` in a text with
  a ``digit_name_cue`` names a company ("Bei A1 und 3"); "zwischen 64 und 50 Prozent" is the
  range 50-64. A ``glued_tail`` word glued to the unit or noun before it is a word of its own
  ("21,93 mSilber" -> 21.93 m; the row's text is cut by :func:`pipeline.number_cues.unglued`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

from pipeline.entities.lexicon import NOUN_SCHEMA
from pipeline.number_context import MoneyContext, implied_money, timed_decimals
from pipeline.number_cues import (
    _PARTICIPLE_RE,
    CueChecks,
    _adjective_like,
    _is_old_year,
    _is_year,
    _round,
    _word_before,
)
from pipeline.number_parallels import (
    SENTENCE_STOP_RE,
    bracket_series,
    parallel_counts,
    previous_sentence_count,
)
from pipeline.number_windows import LEAD, Anchors, windows
from pipeline.rules import Field, Schema, load_rules, word_groups_schema

NUMBER_WORDS_FILE = "number_words.jsonl"
QUALIFIERS_FILE = "qualifiers.jsonl"
UNITS_FILE = "units.jsonl"
NOUN_FORMS_FILE = "number_nouns.jsonl"
#: German noun forms (shared with ``newsx_entities``): the nominative of counted nouns
NOUNS_FILE = "nouns.jsonl"
#: nominative and dative plurals of German nouns (Wiktionary): see :func:`plural_lookup`
PLURALS_FILE = "noun_plurals.jsonl"

KINDS = ("count", "percent", "money", "quantity", "year", "year_range", "date", "time", "ordinal")

NUMBER_WORD_TYPES = (
    "morpheme",  # part of a number word, also a word on its own: drei, zwanzig, hundert
    "bound",  # only inside a compound: sech(zehn), sieb(zig)
    "joiner",  # und in einundzwanzig
    "scale",  # separate multiplier after a number: Millionen, Mio., Mrd., Tausend
    "vague",  # vague plural: Hunderte (value_min, value_max)
    "several",  # mehrere/einige + scale word: "mehrere Tausend"
    "article",  # ein/eine: a number only before a scale word or "halb"
    "fraction",  # halbe in "eine halbe Million"
    "ordinal_stem",  # irregular ordinal stems: dritt-, siebt-
    "ordinal_cue",  # determiners before ordinals: der, am, zum
    "year_cue",  # words before a year: seit, im Jahr, Anfang
    "month",  # month names (value = month number)
    "label_cue",  # words before a label number: Seite, Artikel, Nr.
    "not_adjective",  # lowercase words that end a noun search: wurden, oder
    "time_cue",  # words before a time without "Uhr": um (18.00), ab, gegen
    "coordinator",  # "400 oder 500 Kilometer": the first number takes the second's unit
    "elided",  # "zehn Doppelfehler, davon acht": the bare count takes the noun before it
    "elided_after",  # "8.000 Menschen kamen, 1.000 von ihnen": the same, the word after it
    "count_head",  # "Die Zahl der Toten stieg auf 50": the noun after it is counted
    "vague_preposition",  # "über Hunderte Fälle": a preposition before a vague plural
    "partitive",  # "68 von 70 Mitgliedern", "drei ihrer sechs Kinder": the same noun
    "noun_link",  # a word between a number and its noun, skipped: de in "2 millions de personnes"
    "rate",  # "Fotos (bis zu 30 pro Sekunde)": a bracketed rate counts the plural noun before it
    "ordinal_first",  # the stem of "ersten": an ordinal word only for an elided noun ("im zweiten")
    "ordinal_cue_weak",  # "als 13. der Weltrangliste": an ordinal cue only before a lower-case word
    "year_cue_weak",  # "bis 2020 weitere Verluste": a year cue only before no multiple of 100
    "label_after",  # words after "Senat 1" that make a noun and digits a label: der, des
    "vague_link",  # a word between a vague plural and its plural noun: "Millionen an Testkilometern"
    "event",  # word endings of sports events before a distance: Finale in "Finale über 100 m"
    "document",  # word endings of documents and events dated by "von": "Bill of Rights von 1689"
    "year_after",  # words after which a plain four-digit number is a year: "1964 geborene"
    "idiom",  # a number word in a fixed phrase, no number: "eins mit" ("wird eins mit")
    "proportion",  # "jeder" + ordinal word: a share ("jeder Zweite" -> 50 %)
    "anaphor",  # "waren es": a bare count after it counts what the number before counts
    "versus",  # words between the numbers of a bracket after a noun: "Gewinnschläge (19 zu 12)"
    "label_link",  # words between two labels: "die Bänder 3 und 7", "Artikel 3 bis 5"
    "period",  # nouns of time after "jeden zweiten": a frequency, no share ("jeden zweiten Tag")
    "q_article",  # an article between a comparative and its number: "mehr als die 30.000 Euro"
    "minus",  # a word before a number that makes it negative: "minus 45 Punkte"
    "count_singular",  # nouns that count in the singular: "2000 Mal" (no year)
    "amount_cue",  # words before a bare amount that context may make money: "Nennwert von"
    "money_verb",  # words of spending or price that make a bare "Millionen" money: investiert, teure
    "money_object_verb",  # a money_verb only after the clause opens: "habe zig Millionen verloren"
    "amount_noun",  # nouns of amounts after a scale word, money: "7,9 Milliarden Verlust"
    "timed_noun",  # nouns of race times: a bare decimal near one of these takes it ("9,77")
    "singular_ending",  # noun endings singular as written: -ung, -heit ("2012 Wissenschaftsgeschichte")
    "dative_first",  # -en plurals read first as the dative of an -e plural: Toren (Tore)
    "genitive_cue",  # articles before an ordinal whose noun is a genitive singular: des
    "agent",  # a partitive word that may open an agent: "18 von Taliban-Kämpfern genommene …"
    "agent_link",  # a word that links a noun to the agent: als in "als Geiseln genommene"
    "title_article",  # a capitalised article inside a sentence opens a title: "und Die 120 Tage"
    "digit_name",  # digits that name a company in a text with a digit_name_cue: the operator "3"
    "digit_name_cue",  # beginnings of words (as written) that make digit_name a name: A1, Mobilfunk
    "glued_tail",  # a word a results box glues to the unit before it: Silber in "21,93 mSilber"
    "rate_before",  # "+0,3 Prozent nach +0,1": the bare number after it is the rate before
)

NUMBER_WORD_SCHEMA = Schema(
    {
        "id": Field(str, required=True),
        "word": Field(str, required=True, help="as written; matched case-insensitively"),
        "type": Field(str, required=True, choices=NUMBER_WORD_TYPES),
        "value": Field(float, help="numeric value (morpheme, scale, article, fraction, month)"),
        "value_min": Field(float, help="vague plurals: lower bound"),
        "value_max": Field(float, help="vague plurals: upper bound"),
        "cased": Field(
            bool,
            default=False,
            help="idioms: only as written, case-sensitive ('Eins Plus' a channel, not 'eins plus')",
        ),
    },
    name="number word",
    unique=("id",),
)

QUALIFIER_SCHEMA = Schema(
    {
        "id": Field(str, required=True),
        "text": Field(str, required=True, help="words before the number, case-insensitive"),
        "bound": Field(
            str,
            required=True,
            choices=(
                "min",
                "max",
                "approx",
                "range",
                "range_from",
                "range_sep",
                "range_and",
                "min_after",
                "max_after",
            ),
        ),
        "kinds": Field(
            list,
            default=("count",),
            item=str,
            help="kinds of number it qualifies: count (also money, percent, quantity, year), "
            "time ('kurz vor 9 Uhr')",
        ),
        "article": Field(
            bool,
            default=False,
            help="an article (``q_article`` in number_words.jsonl) may stand between the "
            "qualifier and its number: 'mehr als die 30.000 Euro'",
        ),
        "event_units": Field(
            list,
            default=(),
            item=str,
            help="units ('m', 'km') after which the qualifier, right after an ``event`` word "
            "(number_words.jsonl), names the distance of the event and is no bound: "
            "'im Finale über 100 m'",
        ),
        "object_of_verbs": Field(
            list,
            default=(),
            item=str,
            help="lower-case beginnings of verb forms (tagged VERB/AUX) whose prepositional "
            "object the qualifier opens when one stands in its clause: there it is no bound "
            "('verfügt über zwei Halbkugeln'; not after a preposition or article: 'auf über "
            "100', nor with a second such word in the clause)",
        ),
        "object_of_nouns": Field(
            list,
            default=(),
            item=str,
            help="lower-case endings of nouns right before the qualifier whose prepositional "
            "object it opens: no bound ('eine Rechnung über 396,67 Euro')",
        ),
        "full_match_verbs": Field(
            list,
            default=(),
            item=str,
            help="lower-case beginnings of verb forms (tagged VERB/AUX) of playing a match: "
            "in a clause with one, the qualifier before a match's full length "
            "(``FULL_MATCH_MINUTES``) and a noun of ``full_match_nouns`` means throughout, "
            "no bound ('stand über 90 Minuten auf dem Platz')",
        ),
        "full_match_nouns": Field(
            list,
            default=(),
            item=str,
            help="nouns as written of the minutes of a match: 'Minuten'",
        ),
        "round_only": Field(
            bool,
            default=False,
            help="a qualifier only before a round number (a multiple of ten, or scaled): "
            "'an die 1.000 Personen' (about), not 'an die 35 Spieler' (to the 35 players)",
        ),
    },
    name="qualifier",
    unique=("id",),
)

UNIT_SCHEMA = Schema(
    {
        "id": Field(str, required=True),
        "text": Field(str, required=True, help="as written, case-sensitive"),
        "unit": Field(str, required=True, help="normalised symbol or ISO 4217 code"),
        "kind": Field(str, required=True, choices=("percent", "money", "quantity")),
        "noun": Field(str, required=True, help="the unit as a word, reported as noun"),
        "position": Field(
            str,
            default="after",
            choices=("after", "before", "both", "duration"),
            help="duration: only after a time with a colon ('1:18 Stunden')",
        ),
        "context_unit": Field(
            str, help="the unit instead where the clause has a context_cue and no context_block"
        ),
        "context_cues": Field(
            list, default=(), item=str, help="lower-case word starts: drehen, schwenkbar, Wende"
        ),
        "context_blocks": Field(
            list, default=(), item=str, help="lower-case word starts that keep the unit: Temperatur"
        ),
    },
    name="unit",
    unique=("id",),
)

NOUN_FORM_SCHEMA = Schema(
    {
        "id": Field(str, required=True),
        "suffix": Field(str, required=True, help="lowercase word ending"),
        "replace": Field(str, default="", help="replacement for the ending (none: cut it)"),
        "except": Field(list, default=(), item=str, help="words left alone"),
        "morph": Field(
            list,
            default=(),
            item=str,
            help="UD features the model must give the noun (Case=Dat); with a model only",
        ),
        "not_morph": Field(list, default=(), item=str, help="UD features that block the rule"),
        "except_endings": Field(
            list, default=(), item=str, help="lowercase word endings left alone (weak nouns)"
        ),
        "known_form": Field(
            bool,
            default=False,
            help="only when the result is a known noun form (nouns.jsonl) and not the lemma",
        ),
        "lemma_endings": Field(
            list,
            default=(),
            item=str,
            help="only when the result is the model's lemma (or the lemma with its last vowel "
            "umlauted) plus one of these endings: Tor -> Tore, Anlauf -> Anläufe",
        ),
        "singular": Field(
            list,
            default=(),
            item=str,
            help="'plural ending>singular ending' pairs ('e>', 'sse>s'): only when the result "
            "and the result so made singular are known noun forms (Züge: Zug, Duelle: Duell, "
            "Busse: Bus)",
        ),
        "is_lemma": Field(
            bool,
            default=False,
            help="only when the result is the model's lemma: the genitive singular of an "
            "ordinal's noun ('des Zweiten Weltkrieges' -> 'Weltkrieg'); needs a model",
        ),
        "same_vowel_not_morph": Field(
            list,
            default=(),
            item=str,
            help="UD features that block the rule when the singular keeps the plural's vowel "
            "('Reisen' of a feminine 'Reise'), unless the model's lemma is that singular; "
            "needs a model; an umlaut plural ('Städte': 'Stadt') is taken whatever its features",
        ),
    },
    name="noun form",
    unique=("id",),
)

PLURAL_SCHEMA = word_groups_schema(
    "noun plural", ("nominative_n", "dative_plus_n"), "space-separated nominative plurals"
)

SCHEMAS: dict[str, Schema] = {
    NUMBER_WORDS_FILE: NUMBER_WORD_SCHEMA,
    QUALIFIERS_FILE: QUALIFIER_SCHEMA,
    UNITS_FILE: UNIT_SCHEMA,
    NOUN_FORMS_FILE: NOUN_FORM_SCHEMA,
}

_SPACES = " \u00a0\u202f\u2009"
_DIGITS_RE = re.compile(
    rf"^(?:\d{{1,3}}(?:(?:\.|[{_SPACES}])\d{{3}})+|\d+)(?:,\d+)?$",
)

#: One piece per date, time, year range, number, word or symbol; the scanner works on these.
#: Words come first and the digit alternatives sit behind one look-ahead: most pieces are
#: words, and no alternative but ``sym`` can start where another cannot.
_PIECE_RE = re.compile(
    rf"""
    (?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)
   |(?=\d)(?:
    (?P<date>\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})(?![\d.]\d)|\d{{1,2}}\.\ ?\d{{1,2}}\.\ \d{{4}}(?![\d.]\d)
      |\d{{4}}-\d\d-\d\d(?!\d))
   |(?P<time>(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))
   |(?P<yrange>(?:1[89]|20)\d\d\ ?[/–-]\ ?(?:(?:1[89]|20)\d\d|\d\d)(?![\d.,]\d|\d|/))
   |(?P<num>\d{{1,3}}(?:(?:\.|[{_SPACES}])\d{{3}})+(?:,\d+)?(?![\d]|[.,]\d)|\d+(?:,\d+)?(?!\d)))
   |(?P<sym>\S)
    """,
    re.VERBOSE,
)


#: :meth:`NumberLexicon.noun_lemma` results remembered, at most (a bound for long runs)
LEMMAS_MEMO_SIZE = 50_000


def parse_digits(text: str) -> float | None:
    """German digits to a float, or None: "8.000" -> 8000, "2,5" -> 2.5, "1 000" -> 1000.

    Thousands are grouped by "." or a (thin/no-break) space, decimals follow a comma.

    >>> parse_digits("1.234,56")
    1234.56
    """
    s = text.strip()
    if not _DIGITS_RE.match(s):
        return None
    s = _GROUPING_RE.sub("", s).replace(",", ".")
    return float(s)


@dataclass
class NumberMention:
    """One number mention: character offsets into the text plus the parsed attributes."""

    start: int
    end: int
    value: float | None
    value_min: float | None
    value_max: float | None
    kind: str
    rule: str
    qualifier: str | None = None
    noun: str | None = None
    noun_text: str | None = None
    unit: str | None = None


@dataclass(slots=True)
class _Piece:
    text: str
    start: int
    end: int
    group: str  # date, time, yrange, num, word, sym
    low: str  # lowercased text, computed once


@dataclass
class _Core:
    """A parsed number expression before qualifiers, ranges and nouns are attached."""

    end: int  # index of the next piece
    value: float | None
    kind: str  # count, year_range, date, time, ordinal
    rule: str
    vmin: float | None = None
    vmax: float | None = None
    plain_int: bool = False  # bare digits without separators or scale (year candidate)
    factor: float = 1.0  # the scale word's factor ("Millionen" -> 1e6), 1 without one
    named: bool = False  # a rank before a name: no counted noun
    unit: dict[str, Any] | None = None  # the unit a duration ends with ("1:18 Stunden")


@dataclass
class _Build:
    """A mention while :meth:`_Scanner.finish` completes it."""

    core: _Core
    value: float | None
    vmin: float | None
    vmax: float | None
    rules: list[str]
    end: int  # index of the next piece
    kind: str = "count"
    qualifier: str | None = None
    noun: str | None = None
    noun_text: str | None = None
    unit: str | None = None
    unit_rec: dict[str, Any] | None = None


def _pieces(found: Sequence[re.Match[str]]) -> list[_Piece]:
    """The pieces of ``_PIECE_RE`` matches."""
    piece = _Piece
    return [
        piece(text := m.group(), m.start(), m.end(), m.lastgroup or "sym", text.lower())
        for m in found
    ]


def _split_glued(
    pieces: list[_Piece], held: Sequence[int], glued: re.Pattern[str]
) -> tuple[list[_Piece], list[int]]:
    """The pieces with each word that ends in a ``glued_tail`` after a lower-case letter
    ("mSilber", "PunkteSilber") split in two, and the indices ``held`` moved with them."""
    out: list[_Piece] = []
    moved = []  # the new index of each old piece
    for pc in pieces:
        moved.append(len(out))
        hit = glued.search(pc.text) if pc.group == "word" else None
        if hit is None or hit.start() == 0:
            out.append(pc)
            continue
        cut = pc.start + hit.start()
        head, tail = pc.text[: hit.start()], pc.text[hit.start() :]
        out.append(_Piece(head, pc.start, cut, "word", head.lower()))
        out.append(_Piece(tail, cut, pc.end, "word", tail.lower()))
    return out, [moved[h] if h < len(moved) else len(out) for h in held]


def _tokenize(text: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in _PIECE_RE.finditer(text))


class NumberLexicon:
    """The rule data of the number parser, indexed for lookups; ``records`` keeps the files."""

    def __init__(self, records: Mapping[str, Sequence[Mapping[str, Any]]]):
        self.records: dict[str, list[dict[str, Any]]] = {
            k: [dict(r) for r in v] for k, v in records.items()
        }
        #: nouns are capitalised in the language (German): see ``_Scanner.noun``
        self.capitalised_nouns = True
        words = self.records.get(NUMBER_WORDS_FILE, [])
        self.morphemes: dict[str, tuple[float, bool]] = {}
        self.joiners: set[str] = set()
        self.phrases: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {}
        for r in words:
            w, t = r["word"].lower(), r["type"]
            if t in ("morpheme", "bound"):
                self.morphemes[w] = (float(r["value"]), t == "bound")
            elif t == "joiner":
                self.joiners.add(w)
            else:
                self.phrases.setdefault(t, {})[_tokenize(r["word"])] = r
        self._morpheme_keys = sorted([*self.morphemes, *self.joiners], key=len, reverse=True)
        #: :meth:`parse_word` by word
        self.word_values: dict[str, float | None] = {}
        self.ordinal_stems = {k[0]: r for k, r in self.phrases.get("ordinal_stem", {}).items()}
        for r in self.records.get(QUALIFIERS_FILE, []):
            self.phrases.setdefault("q_" + r["bound"], {})[_tokenize(r["text"])] = r
        # units are matched case-sensitively: key on the pieces as written
        self.units: dict[tuple[str, ...], dict[str, Any]] = {}
        for r in self.records.get(UNITS_FILE, []):
            key = tuple(m.group() for m in _PIECE_RE.finditer(r["text"]))
            self.units[key] = r
        self.noun_forms = sorted(
            self.records.get(NOUN_FORMS_FILE, []), key=lambda r: len(r["suffix"]), reverse=True
        )
        #: :meth:`noun_lemma` by its arguments
        self.lemmas: dict[tuple[str, str, str, bool], str] = {}
        #: known German noun forms (``nouns.jsonl``, common nouns): nominatives by the list
        self.known_nouns: frozenset[str] = frozenset(
            w
            for r in self.records.get(NOUNS_FILE, [])
            if r["kind"] == "common_noun"
            for w in r["words"].split()
        )
        #: nominative plurals (``noun_plurals.jsonl``): see :func:`plural_lookup`
        plurals: dict[str, set[str]] = {"nominative_n": set(), "dative_plus_n": set()}
        for r in self.records.get(PLURALS_FILE, []):
            plurals[r["kind"]].update(r["words"].split())
        self.plurals = (frozenset(plurals["nominative_n"]), frozenset(plurals["dative_plus_n"]))
        self._read_endings(words)
        self.max_phrase = max([len(k) for d in self.phrases.values() for k in d] + [1])
        self.max_unit = max([len(k) for k in self.units] + [1])
        # quick rejects: most pieces start no phrase and are no number word
        self.first = {kind: {k[0] for k in table} for kind, table in self.phrases.items()}
        #: the last words of the phrases of each kind: see ``_Scanner.phrase_before``
        self.last = {kind: {k[-1] for k in table} for kind, table in self.phrases.items()}
        self.max_len = {kind: max(len(k) for k in table) for kind, table in self.phrases.items()}
        self.unit_first = {k[0] for k in self.units}
        starts = (*QUALIFIERS, "vague", "several", "proportion", "minus")
        self.start_words = set().union(*(self.first.get(kind, set()) for kind in starts))
        self.start_words |= self.first.get("article", set())
        #: the first words of every qualifier: a piece outside it starts none
        self.qualifier_first = set().union(*(self.first.get(kind, set()) for kind in QUALIFIERS))
        alternatives = "|".join(re.escape(k) for k in self._morpheme_keys)
        self.word_re = re.compile(f"(?:{alternatives})+") if alternatives else None
        #: "Zahl der" + the counted noun: see :func:`_count_head_re`
        self.count_head_re = _count_head_re([r["word"] for r in words if r["type"] == "count_head"])
        self.money = MoneyContext.of(self.phrases, self.records.get(UNITS_FILE, []))
        #: what every number mention contains: see :mod:`pipeline.number_windows`
        self.anchors = Anchors(
            heads=[k for k in self._morpheme_keys if k not in self.joiners],
            parts=self._morpheme_keys,
            stems=list(self.ordinal_stems),
            words=self.first.get("vague", set()) | self.first.get("scale", set()),
            skip=self.first.get("article", set()),  # "ein": a number only before a scale word
        )

    def _read_endings(self, words: Sequence[Mapping[str, Any]]) -> None:
        """The word lists of ``number_words.jsonl`` read as word endings (lower case)."""

        def of(kind: str) -> tuple[str, ...]:
            return tuple(r["word"].lower() for r in words if r["type"] == kind)

        #: -en plurals whose -e plural reading comes first (lower case): see :meth:`noun_lemma`
        self.dative_first = of("dative_first")
        #: nouns of race times for :func:`timed_decimals` ("Sekunden"), as written
        self.timed_nouns = frozenset(r["word"] for r in words if r["type"] == "timed_noun")
        #: endings of nouns that are singular as written, whatever the model says
        self.singular_endings = of("singular_ending")
        #: endings of event words ("finale", "rennen"): see :meth:`event`
        self.event_endings = of("event")
        self.document_endings = of("document")
        #: words a results box glues to the word before ("mSilber"): see :func:`_split_glued`
        tails = [re.escape(r["word"]) for r in words if r["type"] == "glued_tail"]
        self.glued_tail_re = (
            re.compile(rf"(?<=[a-zäöüß])(?:{'|'.join(tails)})\b") if tails else None
        )
        #: digits that name a company where the text has a cue (the operator "3"), as written
        self.digit_names = frozenset(r["word"] for r in words if r["type"] == "digit_name")
        cues = [re.escape(r["word"]) for r in words if r["type"] == "digit_name_cue"]
        self.digit_name_cue_re = re.compile(rf"(?<![\w-])(?:{'|'.join(cues)})") if cues else None

    @classmethod
    def from_dir(cls, path: str | Path) -> NumberLexicon:
        """Load and validate the four rule files in ``path`` (a ``data/rules/<lang>`` folder)
        and, when the folder has them, the noun forms of ``nouns.jsonl`` and the plurals of
        ``noun_plurals.jsonl``."""
        path = Path(path)
        records = {name: load_rules(path / name, schema) for name, schema in SCHEMAS.items()}
        if (path / NOUNS_FILE).is_file():  # optional: without it no known noun forms
            records[NOUNS_FILE] = load_rules(path / NOUNS_FILE, NOUN_SCHEMA)
        if (path / PLURALS_FILE).is_file():  # optional: without it the suffix rules alone
            records[PLURALS_FILE] = load_rules(path / PLURALS_FILE, PLURAL_SCHEMA)
        return cls(records)

    def event(self, low: str) -> bool:
        """Whether the lower-case word names a sports event ("finale", "weltcupsieg")."""
        return low.endswith(self.event_endings) if self.event_endings else False

    # -- number words ---------------------------------------------------------------
    def parse_word(self, word: str) -> float | None:
        """A German number word to its value, or None: "einundzwanzig" -> 21.0; remembered
        by word (at most ``WORD_MEMO_SIZE`` words).

        >>> NumberLexicon.from_dir(rules_dir()).parse_word("zweieinhalbtausend")  # doctest: +SKIP
        2500.0
        """
        memo = self.word_values
        if word not in memo:
            if len(memo) > WORD_MEMO_SIZE:
                memo.clear()
            memo[word] = self._parse_word(word)
        return memo[word]

    def _parse_word(self, word: str) -> float | None:
        w = word.lower()
        if self.word_re is None or not self.word_re.fullmatch(w):
            return None
        parts: list[str] = []
        i = 0
        while i < len(w):
            for key in self._morpheme_keys:
                if w.startswith(key, i):
                    parts.append(key)
                    i += len(key)
                    break
            else:
                return None
        values = [self.morphemes[p] for p in parts if p not in self.joiners]
        if not values or parts[0] in self.joiners or parts[-1] in self.joiners:
            return None
        if values[-1][1]:  # "sieb" alone is a sieve
            return None
        total, current = 0.0, 0.0
        for value, _bound in values:
            if value == 100:
                current = (current or 1) * 100
            elif value == 1000:
                total += (current or 1) * 1000
                current = 0.0
            else:
                current += value
        return total + current

    def parse_ordinal_word(self, word: str) -> float | None:
        """An ordinal word to its number, or None: "dritten" -> 3, "zwanzigste" -> 20."""
        w = word.lower()
        for ending in ("en", "er", "es", "em", "e"):
            if not w.endswith(ending):
                continue
            stem = w[: -len(ending)]
            if stem in self.ordinal_stems:
                return float(self.ordinal_stems[stem]["value"])
            if stem.endswith("st"):
                v = self.parse_word(stem[:-2])
                if v is not None and v >= 20:
                    return v
            if stem.endswith("t"):
                for cand in (stem[:-1], stem):
                    v = self.parse_word(cand)
                    if v is not None and 2 <= v < 20:
                        return v
            return None
        return None

    def noun_lemma(
        self,
        word: str,
        morph: str = "",
        lemma: str = "",
        nouns: Container[str] | None = None,
    ) -> str:
        """:meth:`_noun_lemma`, remembered by its arguments (at most ``LEMMAS_MEMO_SIZE``)
        when ``nouns`` is None or the lexicon's ``known_nouns``."""
        if nouns is not None and nouns is not self.known_nouns:
            return self._noun_lemma(word, morph, lemma, nouns)
        key = (word, morph, lemma, nouns is None)
        found = self.lemmas.get(key)
        if found is None:
            if len(self.lemmas) > LEMMAS_MEMO_SIZE:
                self.lemmas.clear()
            found = self.lemmas[key] = self._noun_lemma(word, morph, lemma, nouns)
        return found

    def _noun_lemma(
        self,
        word: str,
        morph: str = "",
        lemma: str = "",
        nouns: Container[str] | None = None,
    ) -> str:
        """The nominative plural of a counted noun ("Todesopfern" -> "Todesopfer").

        ``morph`` (UD features, "Case=Dat|Gender=Neut|Number=Plur") and ``lemma`` come from a
        model, ``nouns`` are known German noun forms; rules that need them
        (``number_nouns.jsonl``: ``morph``, ``known_form``) are skipped without them:
        "Rebellenbündnissen" (Case=Dat) -> "Rebellenbündnisse", but "Frauen" (Gender=Fem) and
        "Menschen" ("Mensche" is no noun form) stay. The plurals of ``noun_plurals.jsonl`` come
        first (see :func:`plural_lookup`): "Runden", "Kollegen" stay, "Zügen" -> "Züge"; a
        word with both readings stays as written ("Zeugen", "Runden": the lemma "Zeug" of a
        model says little) unless it ends in a ``dative_first`` word of number_words.jsonl;
        then it loses its -n when the model calls it a dative and the other reading is its
        lemma plus -e ("Toren": "Tor"); only words the table does not know go through the
        rules. A genitive singular in -es loses -es before -s ("Satzes" -> "Satz").
        """
        found = plural_lookup(word, *self.plurals)
        low = word.lower()
        if found:  # both readings: the -n plural as written unless listed ("Zeugen", "Toren")
            dative = "Case=Dat" in morph.split("|") and _lemma_plural(found[-1], lemma, ("e",))
            return found[-1] if dative and low.endswith(self.dative_first) else found[0]
        feats = set(morph.split("|")) if morph else set()
        if {"Case=Gen", "Number=Sing"} <= feats:  # "des zweiten Teils" -> "Teil"
            longest = word[:-2] if word.endswith("es") else ""  # "Satzes": "Satz", not "Satze"
            for stem in (lemma, longest, word[:-1]):
                known = stem == lemma or (nouns is not None and stem in nouns)
                if stem and known and word in (stem + "s", stem + "es"):
                    return stem
        for r in self.noun_forms:
            if not low.endswith(r["suffix"]) or word in r["except"]:
                continue
            if r["except_endings"] and low.endswith(tuple(r["except_endings"])):
                continue
            if any(f not in feats for f in r["morph"]) or any(f in feats for f in r["not_morph"]):
                continue
            stem, repl = word[: len(word) - len(r["suffix"])], r["replace"]
            if word[len(stem) : len(stem) + 1].isupper():  # "Ländern", "EU-Ländern": keep case
                repl = repl[:1].upper() + repl[1:]
            fem = "Gender=Fem" in feats
            if r["known_form"] and not _known_form(stem + repl, lemma, nouns, fem):
                continue
            if r["lemma_endings"] and not _lemma_plural(stem + repl, lemma, r["lemma_endings"]):
                continue
            if r["is_lemma"] and stem + repl != lemma:
                continue
            if r["singular"] and not _has_singular(stem + repl, r, (feats, lemma), nouns):
                continue
            return stem + repl
        return word


def _count_head_re(heads: Sequence[str]) -> re.Pattern[str] | None:
    """ "Zahl der" (any run of spaces between its words: "Zahl  der") + an optional word or up
    to two lower-case words ("der insgesamt abgegebenen Stimmen": the group ``mods``) or a
    prepositional phrase before a noun in -n ("der bei dem Anschlag Getöteten": ``pp``) + the
    counted noun (capitalised, the group ``noun``)."""
    if not heads:
        return None
    return re.compile(
        r"\b(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads) + r")\s+"
        r"(?:(?P<pp>[a-zäöüß]+\s+(?:[a-zäöüß]+\s+)?[^\W\d_a-zäöüß][\w-]*\s+)(?=[^\W\d_a-zäöüß]\w*n\b)"
        r"|(?P<mods>(?:[a-zäöüß][\w-]*\s+){1,2})|[^\W\d_]+\s+)?"
        r"(?P<noun>[^\W\d_a-zäöüß][\w-]*)"
    )


_UMLAUTS = (("au", "äu"), ("a", "ä"), ("o", "ö"), ("u", "ü"))
_PLAIN_VOWEL = {"ä": "a", "ö": "o", "ü": "u"}


def _lemma_plural(word: str, lemma: str, endings: Sequence[str]) -> bool:
    """Whether ``word`` is ``lemma`` plus one of ``endings``, the lemma's last vowel maybe
    umlauted: "Tore" (Tor), "Anläufe" (Anlauf), "Busse" (Bus + se)."""
    if not lemma or lemma.endswith("e"):
        return False
    stems = {lemma}
    last = max(lemma.rfind(v) for v in "aou")
    if last >= 0:
        at = last - 1 if lemma[last] == "u" and lemma[last - 1 : last] == "a" else last
        plain = lemma[at : last + 1]
        umlaut = dict(_UMLAUTS)[plain]
        stems.add(lemma[:at] + umlaut + lemma[last + 1 :])
    return any(word == stem + ending for stem in stems for ending in endings)


def plural_lookup(word: str, stay: Container[str], plus_n: Container[str]) -> tuple[str, ...]:
    """The nominative plural readings of ``word`` by the plural table, () when it does not
    know the word: a nominative plural in ``stay`` stays ("Runden"), a dative plural of one
    in ``plus_n`` loses its -n ("Zügen" -> "Züge"); both ("Toren": Tor, Tore) gives both.
    Compounds go by their longest known last part of 4+ letters, as in :func:`_known`
    ("Rebellenbündnissen" -> "Rebellenbündnisse", "EU-Ländern" -> "EU-Länder")."""
    for k in (0, *range(3, len(word) - 3)):
        part = word[k].upper() + word[k + 1 :] if k else word
        found = (word,) if part in stay else ()
        if part.endswith("n") and part[:-1] in plus_n:
            found += (word[:-1],)
        if found:
            return found
    return ()


def _known(word: str, nouns: Container[str]) -> bool:
    """A known noun form; compounds by their last part of 4+ letters ("Rebellenbündnisse"
    by "Bündnisse", "Königsklassen-Auftritte" by "Auftritte")."""
    return word in nouns or any(
        (word[k].upper() + word[k + 1 :]) in nouns for k in range(3, len(word) - 3)
    )


def _known_form(
    word: str, lemma: str, nouns: Container[str] | None, feminine: bool = False
) -> bool:
    """A known noun form other than the lemma (see :func:`_known`). For a noun the model
    calls feminine, the form must be a plural, i.e. its stem without -e a noun too
    ("Flüchtlinge": "Flüchtling"; not "Woche" from "Wochen")."""
    if not nouns or word == lemma:
        return False
    return _known(word, nouns) and (not feminine or _known(word[:-1], nouns))


def _undo_umlaut(word: str) -> str:
    """The word with its last umlaut undone ("Bronzestühl" -> "Bronzestuhl", "Bäum" ->
    "Baum"), else itself."""
    last = max(word.rfind(c) for c in _PLAIN_VOWEL)
    return word if last < 0 else word[:last] + _PLAIN_VOWEL[word[last]] + word[last + 1 :]


def _has_singular(
    plural: str,
    rule: Mapping[str, Any],
    model: tuple[Container[str], str],
    nouns: Container[str] | None,
) -> bool:
    """Whether the nominative plural ``plural`` has a known singular by the ``singular``
    ending pairs of ``rule``: with its last umlaut undone ("Züge": "Zug") whatever the
    model says; with the same vowel ("Duelle": "Duell", "Busse": "Bus") only with the
    model's (features, lemma) ``model`` and when the features hold none of
    ``same_vowel_not_morph`` or the lemma is that singular ("Flüchtlingen" tagged
    feminine, lemma "Flüchtling"); "Reisen" (feminine, lemma "Reise") stays."""
    if not nouns or not _known(plural, nouns):
        return False
    feats, lemma = model
    blocked = any(f in feats for f in rule["same_vowel_not_morph"])
    for pair in rule["singular"]:
        ending, _, repl = pair.partition(">")
        if not plural.endswith(ending):
            continue
        single = plural[: len(plural) - len(ending)] + repl
        undone = _undo_umlaut(single)
        if undone != single and _known(undone, nouns):
            return True
        if feats and (not blocked or lemma == single) and _known(single, nouns):
            return True
    return False


#: Sports notation that holds no amount: minute marks "(21.)", "(45./Elfmeter)", set scores
#: "(-20,14,-23,20)", "(25:20, 25:18)", race times "1:20:29", "2:10,13".
_NOTATION_RE = re.compile(
    r"(?=[(+\d])(?:"  # every alternative starts so: a quick reject elsewhere
    r"(?<=[\w.] )\(\d{1,3}\)|"  # ages after a name: "Queen Elizabeth II. (89)"
    r"\+\d{1,2}:\d\d(?:,\d+)?|"  # time gaps: "+11:37", "+1:56,6"
    r"(?<![\d/.,])\d{1,2}/\d{1,2}(?![\d/]|[.,]\d)|"  # set scores "7/6", "9/11", "(9/6:10)"
    r"(?<=\) )\d{1,3},\d{1,3}(?=[,.;]|\s*$|\s+[\d(–-]|\s+[a-zäöüß]+\s+(?:[A-ZÄÖÜ][\w'.-]*\s+){1,3}\()|"
    # results: "(USA) 20,11, 9.", "15,2 (12./3.)", "(Kanada) 9,92 und Trayvon Bromell (USA)"
    r"\d{1,2}:\d{1,2}\(\d{1,2}\)|"  # tie-breaks: "7:6(5)"
    r"(?<=[^\W\d_]\) )\d{1,5}(?=[,.;](?:\s|$)|\s*$|\s+\d{1,3}\.\s)|"  # points: "(Ungarn) 6389,", "(AUT) 29 10."
    r"(?<![\d:])\d{1,2}:\d\d(?::\d\d|,\d+)+(?![\d:])|"
    r"\(\d{1,3}\.(?=[\s,;/)+])[^()\n]{0,40}\)"
    r"|\((?:\s*-?\d{1,2}\s*[,;:]){2,}\s*-?\d{1,2}\s*\)"
    r"|\(-\d{1,2}(?:\s*[,;:]\s*-?\d{1,2})+\s*\)"
    r"|\(\d{1,3},\d{1,2}(?:/\d{1,3},\d{1,2})*\)"  # results in brackets: "(75,20)", "(92,5/97,0)"
    r"|(?<=[^\W\d_]/)\d{1,3},\d{1,3}(?=\))"  # a result after the country: "(USA/9,80)"
    r"|(?:(?<=[.!?:] )|(?<![^\n]))\d{1,2}\)(?=\s)"  # list items: "… sterben. 2) Was ist …"
    r"|\([A-Z]{3}\) [^\W\d_][\w-]* \d{1,2}:\d\d(?![\d:])(?=\s*$|\s[–-]\s)"
    # a time gap without "+" after a rider's country and team: "(AUT) Bora 12:53"
    r"|(?<=[^\W\d_] )\d{1,3},\d{1,2}(?=\)[A-ZÄÖÜ])"  # glued: "(… Versuch 78,06)Bronze"
    r"|(?<![\d.])\d{1,2}\./\d{1,2}\.(?=\s[A-ZÄÖÜ])"  # "1./2. Weltkrieg": no count
    r"|(?<=\()\d{1,3} [A-Z][A-Za-z]{0,2} \d{1,5}/\d{2}[a-z]{0,2}(?:-\d+)?(?=\))"
    # court file numbers: "(10 Cg 17/15b-8)", "(1 R 77/15y)"
    r")"
)


#: an aside between dashes or in brackets: "32, 64 und – erstmals – 128 GB"
_ASIDE_RE = re.compile(r"\s[–—-]\s[^–—\n]{1,30}\s[–—-]\s|\s\([^()\n]{1,30}\)\s")
_QUOTES = "\"'„“”‚‘’»«›‹"

#: the widest year range written "2013/15"; "2012/34" numbers a legal act
_SLASH_SPAN = 5

#: a clause end after a number, or one word (an adverb?) and then the end: "44 dagegen."
_CLAUSE_END_RE = re.compile(r"\s*(?:([^\W\d_]+)\s*)?(?:[,.;:!?)–]|$)")

#: the end of a result in a results list before a rank: "9,92", "1:20:42"
_RESULT_END_RE = re.compile(r"(?:\d[,:]\d\d?\d?|[^\W\d_]\) \d{1,5})$")  # or "(AUT) 31"


_GROUPING_RE = re.compile(rf"[.{_SPACES}]")
_YEAR_SEP_RE = re.compile(r"\s?[/–-]\s?")
_HOURS_RE = re.compile(r"\d{1,2}")
_MINUTES_RE = re.compile(r"[0-5]\d")
_YEAR_RE = re.compile(r"\d{4}")
_JOINED_WORD_RE = re.compile(r"\S*[^\W\d_]")

#: pieces read for the noun after a long attribute ("der vier, inzwischen in Good Banks
#: sanierten italienischen Kleinbanken")
ATTRIBUTE_PIECES = 10

#: kinds of mentions that lend no noun to a later bare number and stand between them
_NO_NOUN_KINDS = frozenset({"date", "time", "ordinal", "year", "year_range"})

#: the word after a mention ("aus" in "300.000 Soldaten aus Südkorea" after "Soldaten")
#: a noun, then a dash opening an aside that runs to the end of the search ("Flüchtlinge –
#: zuletzt rund"), and the rest of that aside up to its closing dash
_ASIDE_OPEN_RE = re.compile(r"([^\W\d_][\w-]*)\s[–—]\s[^–—.!?;:,()\n]*\Z")
_ASIDE_CLOSE_RE = re.compile(r"[^–—.!?;:()\n]{0,60}\s[–—]\s")
#: a bracketed abbreviation ending in digits: " (DiEM25)" (group 1: the digits)
_ABBREVIATION_RE = re.compile(r"\s?\([^\W\d_][\w-]*?(\d+)\)")
#: a short aside in brackets: "(Kärnten)"
_PAREN_RE = re.compile(r"\([^()\n]{1,30}\)")
#: the digits of a range up to its glued unit ("15-45" of "15-45mm")
_DIGITS_END_RE = re.compile(r"[\d.,]+\s?[–-]\s?[\d.,]*\d")
#: a model code of capitals joined by hyphens ("EF-M", "EF-S")
_MODEL_CODE_RE = re.compile(r"[A-Z]+(?:-[A-Z]+)+")
#: "A1, T-Mobile und " before a number: two listed words and the word that joins it
_NAME_LIST_RE = re.compile(r"(\w[\w-]*), (\w[\w-]*) ([^\W\d_]+) $")
#: what ends a sentence or clause between two numbers; a dot inside a word ("krone.at",
#: "z.B.") is none
_BREAK_RE = re.compile(r"[!?;:\n()]|\.(?![^\W_])")


def _breaks(gap: str) -> bool:
    """Whether ``gap`` holds a sentence or clause break (see ``_BREAK_RE``)."""
    return _BREAK_RE.search(gap) is not None


#: the end of a sentence right after a mention (or the text's end)
_SENTENCE_END_RE = re.compile(r"\s*(?:[.!?]|\Z)")
#: a noun as written from its first letter
_NOUN_RE = re.compile(r"[^\W\d_][\w-]*")
#: what opens the clause of an implied subject: a colon (after a sentence end the noun
#: before is too often not the one counted: "… die Vorstadtweiber … 856.000 sahen zu")
_OPENING_RE = re.compile(r":\s+\Z")
#: a capitalised word
_CAPITAL_RE = re.compile(r"(?<![\w-])[^\W\d_a-zäöüß][\w-]*")
#: characters read before an implied subject for its noun
SUBJECT_REACH = 200
#: how far back a list of predicative counts may open after its colon
PREDICATIVE_REACH = 120
#: what follows the adverb of a predicative count: a stop, comma or bracket
_PREDICATIVE_END_RE = re.compile(r"\s*[,.(;)]")
#: verbs and adverbs passed over between a dash and the noun before it
ASIDE_VERBS = 2
_WORD_AFTER_RE = re.compile(r"\s+([^\W\d_]+)")
#: a word and digits after a number: "178 der 300"
_PARTITIVE_NUMBER_RE = re.compile(r"\s+[^\W\d_]+\s+\d")
#: a bracket of numbers and words between them: "(19 zu 12)", "(19 gegenüber 22)"
_BRACKET_RE = re.compile(r"\(\s*\d[\d.,]*(?:\s+[^\W\d_]+\.?\s+\d[\d.,]*)+\s*\)")
_BRACKET_WORD_RE = re.compile(r"[^\W\d_]+\.?")
#: a word
_WORD_RE = re.compile(r"[^\W\d_]+")
#: an abbreviation in capitals right after a count is its noun ("518 PPI", "200.000 IOPS")
_ACRONYM_RE = re.compile(r"[A-ZÄÖÜ]{2,5}s?\Z")
#: what ends a clause (not a decimal comma or a dot between digits)
_CLAUSE_MARK_RE = re.compile(r"(?<!\d)[.,]|[.,](?!\d)|[;:!?()–\n]")

#: the unit of a share ("jeder Zweite"): percent, no unit word
_PROPORTION_UNIT = {
    "id": "percent.proportion",
    "kind": "percent",
    "unit": "%",
    "noun": None,
    "text": None,
}

#: the smallest bare count that takes the noun of an earlier mention of its value, and the
#: characters looked back for it (see :meth:`_Scanner.repeated`)
REPEATED_MIN = 100
REPEATED_REACH = 400
#: how far a bracketed earlier value may differ from the count it repeats (46.472 vs (46.363))
BRACKET_TOTAL_RATIO = 2.0
#: kinds of mentions whose noun or unit a repeated value takes
_AMOUNT_KINDS = frozenset({"count", "money", "quantity", "percent"})

#: words whose :meth:`NumberLexicon.parse_word` is remembered, at most
WORD_MEMO_SIZE = 100_000

#: the phrase kinds of qualifiers, in the order they are tried
#: the length in minutes of a full football match, with and without extra time
FULL_MATCH_MINUTES = (90.0, 120.0)
QUALIFIERS = ("q_min", "q_max", "q_approx", "q_range", "q_range_from")


class _Ranges:
    """Character ranges ``(start, end)``: ``i in ranges`` when a range holds ``i`` (a
    bisection instead of a set of every character)."""

    def __init__(self, ranges: Sequence[tuple[int, int]]):
        ranges = sorted(ranges)
        self.starts = [a for a, _ in ranges]
        #: the furthest end of the ranges up to each one (ranges may overlap)
        self.reach = list(accumulate((b for _, b in ranges), max))

    def __contains__(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and self.reach[k] > i


#: where a match of ``_NOTATION_RE`` may start (its first look-ahead): a quick C scan
_NOTATION_START_RE = re.compile(r"[(+\d]")


def _notation_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_NOTATION_RE.finditer(text)``: the pattern tried only where one may
    start (a bracket, a plus, a digit), with the whole text around it (look-behinds, ``$``)."""
    out: list[tuple[int, int]] = []
    end, match = 0, _NOTATION_RE.match
    for c in _NOTATION_START_RE.finditer(text):
        i = c.start()
        if i < end:
            continue
        m = match(text, i)
        if m is not None:
            out.append(m.span())
            end = m.end()
    return out


def _may_start(
    pc: _Piece, k: int, starts: Container[str], units: Container[str], anchored: Container[int]
) -> bool:
    """Whether a mention may start at the piece ``pc`` (index ``k``): a number, a word of
    ``starts``, the first piece of a unit, a word with an anchor (index in ``anchored``)."""
    if pc.group == "word":
        return pc.low in starts or pc.text in units or k in anchored
    return pc.group != "sym" or pc.text in units


def _dot_adjacent(pieces: list[_Piece], k: int) -> bool:
    return (
        k + 1 < len(pieces) and pieces[k + 1].text == "." and pieces[k + 1].start == pieces[k].end
    )


class _Scanner(CueChecks):
    """One left-to-right pass over the pieces of a text."""

    def __init__(
        self,
        text: str,
        lex: NumberLexicon,
        pos: Mapping[int, str] | None = None,
        morph: Mapping[int, tuple[str, str]] | None = None,
        nouns: Container[str] | None = None,
        names: Sequence[tuple[int, int]] = (),
    ):
        self.text = text
        self.lex = lex
        self.pos = pos or {}
        self.morph = morph or {}
        self.nouns = nouns
        #: characters of names ("Hannover 96", "Ligue 1") and sports notation: no numbers
        self.blocked = _Ranges([*names, *_notation_spans(text)])
        self.p: list[_Piece] = []
        self.held: set[int] = set()  # indices of the pieces with an anchor
        #: words with the digits after them that name something ("Nexus 6"): see :meth:`name_key`
        self.names: set[str | None] = set()
        #: where the last label or name number ends ("Bänder 3"): see :meth:`listed_label`
        self.label_end = -1
        #: where a title opened by a share word ends ("Kurzfilm Jede Dritte"): no numbers
        self.title_end = -1
        #: whether the text has a ``digit_name_cue``: see :meth:`digit_name` (None: not looked)
        self.name_cued: bool | None = None

    # -- lookups ------------------------------------------------------------------------
    def phrase(self, k: int, kind: str) -> tuple[dict[str, Any], int] | None:
        """The longest phrase of ``kind`` starting at piece ``k``: (record, next index)."""
        p = self.p
        if k < 0 or k >= len(p) or p[k].low not in self.lex.first.get(kind, ()):
            return None
        table = self.lex.phrases[kind]
        for n in range(min(self.lex.max_len[kind], len(p) - k), 1, -1):
            key = tuple([x.low for x in p[k : k + n]])
            if key in table:
                return table[key], k + n
        one = table.get((p[k].low,))
        return None if one is None else (one, k + 1)

    def unit(self, k: int, position: str) -> tuple[dict[str, Any], int] | None:
        """The longest unit at piece ``k`` allowed at ``position`` (after/before)."""
        if k >= len(self.p) or self.p[k].text not in self.lex.unit_first:
            return None
        for n in range(min(self.lex.max_unit, len(self.p) - k), 0, -1):
            key = tuple(x.text for x in self.p[k : k + n])
            r = self.lex.units.get(key)
            if r and r["position"] in (position, "both"):
                return r, k + n
        return None

    def pos_at(self, k: int) -> str:
        """The POS tag of piece ``k`` ("" when unknown or past the end)."""
        return self.pos.get(self.p[k].start, "") if 0 <= k < len(self.p) else ""

    def is_digits(self, k: int) -> bool:
        return 0 <= k < len(self.p) and self.p[k].group == "num"

    def is_word(self, k: int) -> bool:
        return 0 <= k < len(self.p) and self.p[k].group == "word"

    # -- the pass -------------------------------------------------------------------------
    def scan(
        self, windowed: bool = True, anchors: Sequence[int] | None = None
    ) -> list[NumberMention]:
        """All mentions, from the windows around anchors (``windowed``) or the whole text;
        ``anchors``: the anchors' offsets when the caller found them (None: found here)."""
        if anchors is None:
            anchors = self.lex.anchors.offsets(self.text)
        if windowed and not anchors:
            return []
        anchors = list(anchors)
        if windowed:
            parts = windows(self.text, anchors, _PIECE_RE)
        else:
            found = list(_PIECE_RE.finditer(self.text))
            ends = [m.end() for m in found]
            parts = iter([(found, sorted({bisect_right(ends, a) for a in anchors}))])
        out: list[NumberMention] = []
        glued = self.lex.glued_tail_re
        if glued is not None and glued.search(self.text) is None:
            glued = None  # most texts: no results box with glued medal words
        for part, held in parts:
            self.p = _pieces(part)
            if glued is not None:  # "21,93 mSilber: David Storl": "m" and "Silber"
                self.p, held = _split_glued(self.p, held, glued)
            self.held = set(held)
            out += self.scan_pieces(held, windowed)
        out = [
            m
            for m in out
            if not (
                self.named_elsewhere(m)
                or self.listed_name(m)
                or self.model_range(m)
                or self.digit_name(m)
            )
        ]
        for a, b in reversed(list(pairwise(out))):  # "von 15 auf 14 bzw. zwölf Euro"
            self.coordinate(a, b)
            self.parallel_after(a, b)
        for a, b in pairwise(out):
            self.anticipated(a, b)
        for i in range(len(out)):
            if i:
                self.lend_noun(out, i)
            self.ordinal_elided(out, i)
        for m in out:
            self.counted_before(m)
            self.aside_noun(m)
            self.implied_subject(m)
            self.bracket_noun(m)
        implied_money(self.text, out, self.lex.money)
        timed_decimals(self.text, out, self.lex.timed_nouns)
        for i, m in enumerate(out):
            before = out[:i]
            self.repeated(m, before)
            self.bracket_total(m, before)
            self.anaphoric(m, before)
        parallel_counts(self.text, out)
        bracket_series(self.text, out)
        previous_sentence_count(self.text, out)
        return out

    def anaphoric(self, m: NumberMention, before: Sequence[NumberMention]) -> None:
        """'857 Millionen SMS verschickt. Ein Quartal zuvor waren es noch 949,3 Millionen': a
        bare count in a clause with an ``anaphor`` ("waren es") before it takes the kind,
        noun and unit of the last mention with a noun before it (this or the previous
        sentence, both scaled or neither)."""
        if m.kind != "count" or m.noun is not None or m.unit is not None or m.value is None:
            return
        left = self.text[max(0, m.start - 60) : m.start]
        left = left[max(left.rfind(c) for c in ",;:!?\n") + 1 :]
        words = _tokenize(left)
        table = self.lex.phrases.get("anaphor", {})
        if not any(words[i : i + 2] in table for i in range(len(words) - 1)):
            return
        for a in reversed(before):
            if a.kind in _NO_NOUN_KINDS:
                continue
            gap = self.text[a.end : m.start]
            if a.noun is None or len(gap) > 300 or gap.count(".") > 2:
                break
            if a.kind in _AMOUNT_KINDS and ("scale" in a.rule) == ("scale" in m.rule):
                m.kind, m.noun, m.unit = a.kind, a.noun, a.unit
                m.rule += "+anaphor"
            return
        self.anaphor_plural(m, before)

    def anaphor_plural(self, m: NumberMention, before: Sequence[NumberMention]) -> None:
        """'Die Antworten darauf wird er nicht alle durchsehen können. Seit 23. Februar sind es
        bereits mehr als 165.000': a bare count after an ``anaphor`` with no count before it
        in reach counts the one plural noun of the sentence before, when that sentence has
        no number and its own sentence no plural noun before it."""
        inside = {i for a in before[-3:] for i in range(a.start, a.end)}  # "23. Februar"
        stops = SENTENCE_STOP_RE.finditer(self.text, 0, m.start)
        ends = [0, *(e.end() for e in stops if e.start() not in inside)]
        if len(ends) < 2:
            return
        prev, own = ends[-2:]
        if any(a.end > prev and a.kind != "date" for a in before[-3:]):
            return
        found = [w for w in _CAPITAL_RE.finditer(self.text, prev, m.start) if self.plural_at(w)]
        if len(found) == 1 and found[0].start() < own:
            features, lemma = self.morph.get(found[0].start(), ("", ""))
            m.noun = self.lex.noun_lemma(found[0].group(), features, lemma, self.nouns)
            m.rule += "+anaphor_plural"

    def plural_at(self, word: re.Match[str]) -> bool:
        """Whether the capitalised ``word`` is a plural noun (by the model)."""
        features = self.morph.get(word.start(), ("", ""))[0]
        return self.pos.get(word.start()) == "NOUN" and "Number=Plur" in features.split("|")

    def repeated(self, m: NumberMention, before: Sequence[NumberMention]) -> None:
        """'rund 30.000 Euro … Die übrigen 30.000 will er nicht erhalten haben': a bare count
        of at least ``REPEATED_MIN`` takes the kind, noun and unit of an earlier mention of
        the same value at most ``REPEATED_REACH`` characters before it."""
        if m.kind != "count" or m.noun is not None or m.unit is not None:
            return
        if m.value is None or m.value < REPEATED_MIN:
            return
        for a in reversed(before):
            if m.start - a.end > REPEATED_REACH:
                return
            if a.value == m.value and a.noun is not None and a.kind in _AMOUNT_KINDS:
                m.kind, m.noun, m.unit = a.kind, a.noun, a.unit
                m.rule += "+repeated"
                return

    def bracket_total(self, m: NumberMention, before: Sequence[NumberMention]) -> None:
        """'erhöhte sich mit 46.472 um 109 Stimmen gegenüber dem vorläufigen Endergebnis
        (46.363)': a bare count alone in a bracket takes the noun of the nearest count
        before it in its sentence of the same size (within a factor ``BRACKET_TOTAL_RATIO``):
        an earlier value of the same measure."""
        if m.kind != "count" or m.noun is not None or m.unit is not None or not m.value:
            return
        if self.text[m.start - 1 : m.start] != "(" or self.text[m.end : m.end + 1] != ")":
            return
        for a in reversed(before):
            if m.start - a.end > REPEATED_REACH or _breaks(self.text[a.end : m.start - 1]):
                return
            alike = a.kind == "count" and a.noun is not None and bool(a.value)
            if alike and 1 / BRACKET_TOTAL_RATIO <= a.value / m.value <= BRACKET_TOTAL_RATIO:
                m.noun = a.noun
                m.rule += "+bracket_total"
                return

    def counted_before(self, m: NumberMention) -> None:
        """'Die Zahl der Todesopfer stieg auf 50': a bare count takes the noun after a
        ``count_head`` phrase ("Zahl der") earlier in its sentence."""
        if m.kind != "count" or m.noun is not None or m.value is None or m.unit is not None:
            return
        heads = self.lex.count_head_re
        if heads is None:
            return
        left = self.text[max(0, m.start - 160) : m.start]
        left = left[max(left.rfind(c) for c in ".!?\n") + 1 :]
        found = None
        for hit in heads.finditer(left):
            if self.modifiers(hit, m.start - len(left)):
                found = hit
        if found is not None:
            m.noun = self.lex.noun_lemma(found.group("noun"))
            m.rule += "+count_head"

    def bracket_noun(self, m: NumberMention) -> None:
        """'mehr direkte Gewinnschläge (19 zu 12)': bare counts in a bracket that holds only
        numbers joined by ``versus`` words count the plural noun right before it."""
        if m.kind != "count" or m.noun is not None or m.unit is not None or m.value is None:
            return
        opened = self.text.rfind("(", max(0, m.start - 30), m.start)
        if opened > 1 and opened + 1 == m.start and self.rate_closes(m.end):
            at = _word_before(self.text, opened)  # "Fotos (bis zu 30 pro Sekunde)"
        else:
            found = _BRACKET_RE.match(self.text, opened) if opened > 1 else None
            if found is None or found.end() < m.end:
                return
            table = self.lex.phrases.get("versus", {})
            if not all(_tokenize(w) in table for w in _BRACKET_WORD_RE.findall(found.group())):
                return
            at = _word_before(self.text, opened)
        if at is None or not self.text[at].isupper() or self.pos.get(at) not in ("NOUN", "PROPN"):
            return
        features, lemma = self.morph.get(at, ("", ""))
        word = _NOUN_RE.match(self.text, at)
        assert word is not None
        if not self.plural_word(word.group(), features, self.pos.get(at) == "NOUN"):
            return
        m.noun = self.lex.noun_lemma(word.group(), features, lemma, self.nouns)
        m.rule += "+bracket"

    def implied_subject(self, m: NumberMention) -> None:
        """'was mit jenen Flüchtlingen passieren soll, die sich in Griechenland stauen: Bis zu
        75.000 würden das …': a bare count that opens a clause after a colon and is the
        subject of the verb right after it counts the last plural noun before the colon in
        its sentence."""
        if m.kind != "count" or m.noun is not None or m.unit is not None:
            return
        if m.value is None and m.value_max is None:
            return
        after = _WORD_AFTER_RE.match(self.text, m.end)
        if after is None:
            return
        if self.pos.get(after.start(1)) in ("VERB", "AUX"):
            opening = _OPENING_RE.search(self.text, max(0, m.start - 3), m.start)
            colon = None if opening is None else opening.start()
        else:
            colon = self.predicative_colon(m, after)
        if colon is None:
            return
        left = self.text[max(0, colon - SUBJECT_REACH) : colon]
        left = left[max(left.rfind(c) for c in ".!?\n") + 1 :]
        base = colon - len(left)
        for word in reversed(list(_CAPITAL_RE.finditer(left))):
            at = base + word.start()
            features, lemma = self.morph.get(at, ("", ""))
            if self.pos.get(at) == "NOUN" and self.agreed_plural(at, features, lemma):
                features = features.replace("Number=Sing", "Number=Plur")
                m.noun = self.lex.noun_lemma(word.group(), features, lemma, self.nouns)
                m.rule += "+implied_subject"
                return

    def agreed_plural(self, at: int, features: str, lemma: str) -> bool:
        """A plural noun at character ``at`` by the model, or a dative plural of its lemma
        ("Werken" of "Werk", which the model may call a singular)."""
        if "Number=Plur" in features.split("|"):
            return True
        word = _NOUN_RE.match(self.text, at)
        if word is None or not lemma or lemma[-1] in "ns":
            return False
        ending = "n" if lemma.endswith("e") else "en"
        return word.group() == lemma + ending

    def predicative_colon(self, m: NumberMention, after: re.Match[str]) -> int | None:
        """The colon before a list of bare counts with an adverb each ("solche …: drei
        nachweislich (…), fünf mutmaßlich."): the count is followed by a lower-case adverb or
        adjective and a stop, comma or bracket, and only counts of the list and no verb stand
        between the colon and it; None otherwise."""
        word = after.group(1)
        if not word.islower() or self.pos.get(after.start(1)) not in ("ADV", "ADJ"):
            return None
        if _PREDICATIVE_END_RE.match(self.text, after.end()) is None:
            return None
        colon = self.text.rfind(":", max(0, m.start - PREDICATIVE_REACH), m.start)
        if colon < 0:
            return None
        between = self.text[colon + 1 : m.start]
        if not between.strip():
            return colon
        if not between.rstrip().endswith(",") or any(c in between for c in "!?;:\n"):
            return None
        first = colon + 1 + len(between) - len(between.lstrip())
        if self.pos.get(first) != "NUM":
            return None
        pieces = _PIECE_RE.finditer(between)
        if any(self.pos.get(colon + 1 + p.start()) in ("VERB", "AUX") for p in pieces):
            return None
        return colon

    def modifiers(self, hit: re.Match[str], at: int) -> bool:
        """Whether the lower-case words between a ``count_head`` and its noun (the ``mods`` of
        ``hit``, found at offset ``at``) are adjectives or adverbs ("insgesamt abgegebenen"),
        not "bei dem" before "Unfall"."""
        if hit.group("pp") is not None:  # "der bei dem Anschlag Getöteten", not "der Opfer"
            start = at + hit.start("pp")
            return self.pos.get(start) == "ADP" and self.pos.get(at + hit.start("noun")) == "NOUN"
        if hit.group("mods") is None:
            return True
        words = _PIECE_RE.finditer(hit.group("mods"))
        start = at + hit.start("mods")
        return all(self.pos.get(start + w.start(), "ADJ") in ("ADJ", "ADV") for w in words)

    def aside_noun(self, m: NumberMention) -> None:
        """'weniger Flüchtlinge – zuletzt rund 1.000 pro Tag – kämen': a bare count inside an
        aside between dashes counts the plural noun right before the opening dash; so does
        one after a dash that ends its sentence, also over verbs and adverbs before the dash
        ("viele Vertragskunden gewinnen – insgesamt 930.000.")."""
        if m.kind != "count" or m.noun is not None or m.unit is not None or m.value is None:
            return
        opened = _ASIDE_OPEN_RE.search(self.text, max(0, m.start - 40), m.start)
        if opened is None:
            return
        closed = _ASIDE_CLOSE_RE.match(self.text, m.end) is not None
        at: int | None = opened.start(1)
        if not closed and _SENTENCE_END_RE.match(self.text, m.end) is not None:
            for _ in range(ASIDE_VERBS):  # back over "gewinnen", "konnte … ab"
                if at is None or self.pos.get(at) not in ("VERB", "AUX", "ADV"):
                    break
                at = _word_before(self.text, at)
        elif not closed:
            return
        if at is None or not self.text[at].isupper():  # "die meisten – nämlich 19.700 –"
            return
        features, lemma = self.morph.get(at, ("", ""))
        if self.pos.get(at) != "NOUN" or "Number=Plur" not in features.split("|"):
            return
        word = _NOUN_RE.match(self.text, at)
        assert word is not None
        m.noun = self.lex.noun_lemma(word.group(), features, lemma, self.nouns)
        m.rule += "+aside"

    def scan_pieces(self, held: list[int], skip: bool = True) -> list[NumberMention]:
        """The mentions among the pieces ``self.p``, left to right; ``skip``: only those that
        start at most ``LEAD`` pieces before one of ``held`` (the pieces with an anchor)."""
        out: list[NumberMention] = []
        k = 0
        for c in self.start_pieces(held if skip else None):
            if c < k:
                continue
            found = self.mention(c)
            if found is None:
                continue
            mention, k = found
            if (
                self.name_number(mention)
                or self.model_number(mention)
                or self.titled_number(mention)
            ):
                self.names.add(self.name_key(mention))
                self.names.add("#" + self.text[mention.start : mention.end])
                self.label_end = mention.end
            elif not self.abbreviated(mention) and not self.listed_label(mention):
                out.append(mention)
        return out

    def start_pieces(self, held: list[int] | None) -> list[int]:
        """The indices of the pieces where a mention may start (a number, a qualifier, a
        unit or a number word), in order; with ``held`` (sorted) only those at most
        ``LEAD`` pieces before one of them."""
        p, n = self.p, len(self.p)
        if held is None:
            near: Iterable[int] = range(n)
        else:
            near = sorted({c for h in held for c in range(max(0, h - LEAD), min(h + 1, n))})
        starts, units, anchored = self.lex.start_words, self.lex.unit_first, self.held
        return [k for k in near if _may_start(p[k], k, starts, units, anchored)]

    def name_key(self, m: NumberMention) -> str | None:
        """The word before a bare number and the number as written ("Deutschland 83"), None
        when no word stands right before it."""
        word = _word_before(self.text, m.start)
        return None if word is None else self.text[word : m.end]

    def named_elsewhere(self, m: NumberMention) -> bool:
        """'Deutschland 83 ist das derzeit ambitionierteste Stück': a bare count at a sentence
        start whose word and digits name something elsewhere in the text (a series "in
        Deutschland 83"); a bare count written as the digits of a name the text had ("die
        Platte 25 …", later "die Veröffentlichung von 25")."""
        if m.kind != "count" or m.noun or m.unit or m.qualifier:
            return False
        if "#" + self.text[m.start : m.end] in self.names:
            return True  # "Adeles Platte 25 …", later "nach der Veröffentlichung von 25"
        key = self.name_key(m)
        if key is None or key in self.names:
            return key is not None
        at = self.text.find(key)
        while at >= 0:  # a name by the model's entities: "die Serie Deutschland 83 auf RTL"
            if at != m.end - len(key) and at + len(key) - 1 in self.blocked:
                return True
            at = self.text.find(key, at + 1)
        return False

    def listed_name(self, m: NumberMention) -> bool:
        """'die Mobilfunker A1, T-Mobile und 3 werden …': a bare number in digits after a list
        of two names (the model's ORG or MISC entities) and a ``coordinator`` word is the
        last name of the list (the operator Drei), no count."""
        if m.kind != "count" or m.noun or m.unit or m.qualifier:
            return False
        if not self.text[m.start : m.end].isdigit():
            return False
        found = _NAME_LIST_RE.search(self.text, max(0, m.start - 80), m.start)
        if found is None or (found.group(3).lower(),) not in self.lex.phrases.get(
            "coordinator", {}
        ):
            return False
        return found.end(1) - 1 in self.blocked and found.end(2) - 1 in self.blocked

    def model_range(self, m: NumberMention) -> bool:
        """'des EF-M 15-45mm 1:3,5-6,3 IS STM': a range with its unit glued to the digits
        right after a code of capitals joined by a hyphen is part of a model name (a lens),
        no quantity; "ein Zoom von 24-70 mm" stays."""
        if m.value is not None or m.value_min is None or m.unit is None:
            return False
        digits = _DIGITS_END_RE.match(self.text, m.start, m.end)
        if digits is None or not self.text[digits.end() : digits.end() + 1].isalpha():
            return False
        word = _word_before(self.text, m.start)
        return (
            word is not None and _MODEL_CODE_RE.fullmatch(self.text, word, m.start - 1) is not None
        )

    def name_number(self, m: NumberMention) -> bool:
        """'Nexus 6', 'Galaxy Note 5', 'Bezirk 3', 'Risiko zwei': a bare integer right after a
        capitalised word (no month, not at a sentence start) and with no noun or unit
        after it names or labels something: German counts stand before their noun."""
        if m.kind != "count" or m.noun or m.unit or m.qualifier or m.value is None:
            return False
        if m.value != int(m.value) or m.value >= 10000 or _is_year(m.value):
            return False  # 'Lumia 950', 'Snapdragon 810'; not 'Wien 23.015', not a year
        written = self.text[m.start : m.end]
        if not written.isdigit() and not written.isalpha():
            return False
        word = _word_before(self.text, m.start)
        if word is None or not self.text[word].isupper():
            return False
        if written.isalpha():  # after a common noun only: "Risiko zwei", not "die SPÖ drei"
            if self.partitive_after(m.end):  # "in dieser Saison vier von neun Spielen"
                return False
            noun = self.text[word : m.start - 1]
            return self.pos.get(word) == "NOUN" and self.nouns is not None and noun in self.nouns
        if tuple(_tokenize(self.text[word : m.start - 1])) in self.lex.phrases.get("month", {}):
            return False
        if self.partitive_after(m.end) and _PARTITIVE_NUMBER_RE.match(self.text, m.end):
            return False  # "in Athen 178 der 300 Abgeordneten": a partitive count
        head = word
        while head > 0 and self.text[head - 1].isspace():
            head -= 1
        return head > 0 and self.text[head - 1] not in ".!?:"

    def partitive_after(self, i: int) -> bool:
        """Whether a ``partitive`` word ("von") follows character ``i``."""
        found = _WORD_AFTER_RE.match(self.text, i)
        return found is not None and (found.group(1).lower(),) in self.lex.phrases.get(
            "partitive", {}
        )

    def abbreviated(self, m: NumberMention) -> bool:
        """'Democracy in Europe Movement 2025 (DiEM25)': a bare number followed by a
        bracketed abbreviation that ends with its digits ends a name."""
        if m.noun or m.unit or m.qualifier:
            return False
        found = _ABBREVIATION_RE.match(self.text, m.end)
        written = self.text[m.start : m.end]
        return found is not None and written.isdigit() and written.endswith(found.group(1))

    def coordinate(self, a: NumberMention, b: NumberMention) -> None:
        """'400 oder 500 Kilometer', 'drei oder vier Kinder', '68 von 70 Mitgliedern': the
        first number of a coordination or partitive takes the unit or noun of the second;
        adverbs between them go ('bei zwei statt derzeit drei Abgeordneten')."""
        if not (
            a.kind == "count"
            and a.noun is None
            and (a.value is not None or a.value_min is not None)  # "Dutzende oder Hunderte"
            and b.noun is not None
            and (b.value is not None or b.value_min is not None)  # "Tausende bis Millionen"
            and b.kind in ("count", "money", "quantity", "percent")
        ):
            return
        links = self.lex.phrases.get("coordinator", {}), self.lex.phrases.get("partitive", {})
        raw = self.text[a.end : b.start]
        gap = tuple(_tokenize(_ASIDE_RE.sub(" ", raw).strip().lower()))
        if not any(gap in table for table in links):
            pieces = _PIECE_RE.finditer(raw)
            gap = tuple(  # "19 vertikalen und 19 horizontalen Linien": its own adjective
                m.group().lower() for m in pieces if not self.skipped(a.end + m.start(), m)
            )
            if not gap or not any(gap in table for table in links):
                return
        a.kind, a.noun, a.unit = b.kind, b.noun, b.unit
        a.rule += "+coordinated"

    def lend_noun(self, out: list[NumberMention], i: int) -> None:
        """:meth:`elided` and :meth:`contrasted` for the mention ``out[i]`` and the one before
        it, passing over dates, times, ordinals and years ("480 Personen lebten mit 6. August
        in Zelten, je 200 in Salzburg"); their text is blanked in the gap."""
        j = i - 1
        while j > 0 and out[j].kind in _NO_NOUN_KINDS:
            j -= 1
        a, b = out[j], out[i]
        gap = self.text[a.end : b.start]
        for m in out[j + 1 : i]:
            gap = gap[: m.start - a.end] + " " * (m.end - m.start) + gap[m.end - a.end :]
        self.elided(a, b, gap)
        self.contrasted(a, b, gap)
        self.rate_before(a, b, gap)
        self.parallel(a, b, gap)
        self.parallel_before(a, b, gap)
        self.subject(a, b, gap)

    def anticipated(self, a: NumberMention, b: NumberMention) -> None:
        """'Krediten von 4,7 Millionen, gefolgt von den Volksbanken (3,2 Millionen Euro)': a
        bare scaled number takes the unit of the next number in its sentence when that one
        has the same scale word and a unit."""
        if a.kind != "count" or a.noun is not None or a.unit is not None or a.value is None:
            return
        if b.unit is None or "scale" not in a.rule or "scale" not in b.rule:
            return
        scale = self.text[a.start : a.end].split()[-1]
        if scale not in self.text[b.start : b.end].split():
            return
        gap = self.text[a.end : b.start]
        if len(gap) > 80 or any(c in gap for c in ".!?;:\n"):
            return
        a.kind, a.noun, a.unit = b.kind, b.noun, b.unit
        a.rule += "+anticipated"

    def elided(self, a: NumberMention, b: NumberMention, gap: str) -> None:
        """'zehn Doppelfehler, davon acht im ersten Satz': a bare count right after an
        ``elided`` word takes the noun of the number before it in the same sentence."""
        if b.kind != "count" or b.noun is not None or b.value is None or a.noun is None:
            return
        if a.kind not in ("count", "money", "quantity", "percent"):
            return
        scale = 1.0
        if "scale" in a.rule and "scale" not in b.rule:  # "200 Milliarden Euro, davon 50":
            scale = self.carried_scale(a, b)  # 50 billion; "620 Millionen Euro, davon 570
            if not scale:  # Millionen" has its own
                return
        after = self.elided_after(b.end)  # "fünf davon", "31 weitere": also after a full stop
        if len(gap) > 80 or any(c in gap for c in ("\n" if after else ".!?;:\n")):
            return
        words = gap.split()
        before = words and tuple(_tokenize(words[-1])) in self.lex.phrases.get("elided", {})
        if before or after:
            b.kind, b.noun, b.unit = a.kind, a.noun, a.unit
            b.rule += "+elided"
            if scale != 1.0:
                _scale_by(b, scale)
                b.rule += "+scale_carried"

    def carried_scale(self, a: NumberMention, b: NumberMention) -> float:
        """The scale of the total ``a`` ("200 Milliarden Euro" -> 1e9) when its part ``b`` is
        under ``CARRIED_MAX`` and smaller than the digits of ``a`` ("davon 50"); 0.0 otherwise
        (or when ``a`` has no digits: "10.553.247 Millionen Visits … auf 8.992.083" keeps)."""
        lead = _LEAD_DIGITS_RE.search(self.text, a.start, a.end)
        written = parse_digits(lead.group()) if lead else None
        if not written or a.value is None or b.value is None:
            return 0.0
        scale = a.value / written
        small = b.value < min(written, CARRIED_MAX)
        return scale if scale >= 1000 and small else 0.0

    def contrasted(self, a: NumberMention, b: NumberMention, gap: str) -> None:
        """'46 Prozent stimmten dafür, 44 dagegen', 'das Land 3,2 Millionen Euro, die Stadt
        4,7 Millionen': a bare number that closes a clause after a ``coordinator`` (a comma,
        "und", "auf") takes the unit or noun of the number before it in the same sentence,
        when both are alike (both scaled or neither) and no verb stands between the link
        and it ("3 Kinder und ist 45" is an age); a range counts as well ("zwischen 50 und 100
        Flüchtlinge übernommen – am Tag zwischen 5.000 und 6.000")."""
        high = b.value if b.value is not None else b.value_max
        if b.kind != "count" or b.noun is not None or b.unit is not None or high is None:
            return
        if a.kind not in ("percent", "money", "quantity", "count") or a.noun is None:
            return
        if a.value is None and "+range." not in a.rule:  # "mehrere Milliarden Dollar –
            return  # manche sagen, vier": no scale known
        if ("scale" in a.rule) != ("scale" in b.rule) or (a.kind == "percent" and high > 100):
            return
        if len(gap) > 80 or any(c in gap for c in ".!?;:\n()"):
            return
        table = self.lex.phrases.get("coordinator", {})
        links = [m for m in _PIECE_RE.finditer(gap) if (m.group().lower(),) in table]
        if not links or not self.closes_clause(b.end):
            return
        tail = _PIECE_RE.finditer(gap, links[-1].end())
        if any(self.pos.get(a.end + m.start()) in ("VERB", "AUX") for m in tail):
            return
        b.kind, b.noun, b.unit = a.kind, a.noun, a.unit
        b.rule += "+contrasted"

    def rate_before(self, a: NumberMention, b: NumberMention, gap: str) -> None:
        """'+0,3 Prozent nach +0,1 im Vorquartal': a bare number of at most 100 right after a
        percent and a ``rate_before`` word ("nach", "gegenüber") is the rate it is compared
        with, a percent as well."""
        if a.kind != "percent" or b.kind != "count" or b.noun is not None or b.unit is not None:
            return
        if b.value is None or abs(b.value) > 100:
            return
        words = _tokenize(gap.strip().rstrip("+-−±"))  # "nach +0,1"
        if words not in self.lex.phrases.get("rate_before", {}):
            return
        b.kind, b.noun, b.unit = a.kind, a.noun, a.unit
        b.rule += "+rate_before"

    def parallel(self, a: NumberMention, b: NumberMention, gap: str) -> None:
        """'300.000 Soldaten aus Südkorea und 17.000 aus den USA': a bare count after a
        ``coordinator`` takes the noun of the number before it in the same sentence when the
        same preposition follows both."""
        if b.kind != "count" or b.noun is not None or b.unit is not None or b.value is None:
            return
        if a.kind not in ("count", "money", "quantity", "percent") or a.noun is None:
            return
        if ("scale" in a.rule) != ("scale" in b.rule):  # "200 Millionen Euro …, 150 für"
            return
        gap = _PAREN_RE.sub(" ", gap)  # "je 200 in Salzburg und in Krumpendorf (Kärnten) und 50"
        if len(gap) > 80 or any(c in gap for c in ".!?;:\n()"):
            return
        words = _tokenize(gap)
        if not words or (words[-1],) not in self.lex.phrases.get("coordinator", {}):
            return
        first = _WORD_AFTER_RE.match(self.text, a.end)
        after = _WORD_AFTER_RE.match(self.text, b.end)
        if first is None or after is None or not first.group(1).islower():
            return
        if self.pos.get(first.start(1)) != "ADP" or self.pos.get(after.start(1)) != "ADP":
            return  # "aus Südkorea … aus den USA", "in Salzburg … im Burgenland"
        b.kind, b.noun, b.unit = a.kind, a.noun, a.unit
        b.rule += "+parallel"

    def parallel_before(self, a: NumberMention, b: NumberMention, gap: str) -> None:
        """'oe24.at kommt auf 15.227.867 Visits, News Networld auf 8.992.083': a bare count
        after a comma or ``coordinator`` takes the noun of the number before it in the same
        sentence when the same preposition stands before both and no verb between them; a
        scaled number lends its noun only to a number of at least its scale."""
        if b.kind != "count" or b.noun is not None or b.unit is not None or b.value is None:
            return
        if a.kind not in ("count", "money", "quantity", "percent") or a.noun is None:
            return
        if len(gap) > 80 or _breaks(gap) or b.value < self.scale_of(a):
            return
        first, second = _word_before(self.text, a.start), _word_before(self.text, b.start)
        if first is None or second is None or self.pos.get(second) != "ADP":
            return
        if _NOUN_RE.match(self.text, first) is None or not self.text[first].islower():
            return
        if self.text[first : a.start] != self.text[second : b.start]:  # "auf … auf"
            return
        words = list(_PIECE_RE.finditer(gap))
        if not any((w.group().lower(),) in self.lex.phrases.get("coordinator", {}) for w in words):
            return
        if any(self.pos.get(a.end + w.start()) in ("VERB", "AUX") for w in words):
            return
        if not self.closes_clause(b.end) and not self.coordinated_after(b.end):
            return
        b.kind, b.noun, b.unit = a.kind, a.noun, a.unit
        b.rule += "+parallel"

    def parallel_after(self, a: NumberMention, b: NumberMention) -> None:
        """'kleinezeitung.at auf 10.438.355, diepresse.com auf 9.554.434 und kurier.at auf
        7.993.532 Visits': a bare count before a ``coordinator`` takes the noun of the next
        number in its sentence when the same preposition stands before both and no verb
        between them (the mirror of :meth:`parallel_before`; run from the last pair back)."""
        if a.kind != "count" or a.noun is not None or a.unit is not None or a.value is None:
            return
        if b.kind not in ("count", "money", "quantity", "percent") or b.noun is None:
            return
        gap = self.text[a.end : b.start]
        if ("scale" in a.rule) != ("scale" in b.rule) or len(gap) > 80 or _breaks(gap):
            return
        first, second = _word_before(self.text, a.start), _word_before(self.text, b.start)
        if first is None or second is None or self.pos.get(first) != "ADP":
            return
        if (
            not self.text[first].islower()
            or self.text[first : a.start] != self.text[second : b.start]
        ):
            return
        words = list(_PIECE_RE.finditer(gap))
        if not words or (words[0].group().lower(),) not in self.lex.phrases.get("coordinator", {}):
            return
        if any(self.pos.get(a.end + w.start()) in ("VERB", "AUX") for w in words):
            return
        a.kind, a.noun, a.unit = b.kind, b.noun, b.unit
        a.rule += "+parallel"

    def scale_of(self, m: NumberMention) -> float:
        """The factor of the scale word in ``m`` ("Millionen": 1e6), 0 without one."""
        if "scale" not in m.rule:
            return 0.0
        table = self.lex.phrases.get("scale", {})
        found = [table[(w,)] for w in _tokenize(self.text[m.start : m.end]) if (w,) in table]
        return max([float(r["value"]) for r in found] + [0.0])

    def coordinated_after(self, i: int) -> bool:
        """Whether a ``coordinator`` word follows character ``i`` ("8.992.083 und die …")."""
        after = _tokenize(self.text[i : i + 12])
        return bool(after) and after[:1] in self.lex.phrases.get("coordinator", {})

    def subject(self, a: NumberMention, b: NumberMention, gap: str) -> None:
        """'stimmten 120 Abgeordnete gegen das Referendum, zwei nahmen nicht teil': a bare
        count that opens a clause after a comma and is the subject of the verb
        right after it takes the noun of the count before it in the same sentence."""
        if b.kind != "count" or b.noun is not None or b.unit is not None or b.value is None:
            return
        if a.kind != "count" or a.noun is None or ("scale" in a.rule) != ("scale" in b.rule):
            return
        if len(gap) > 80 or any(c in gap for c in ".!?;:\n()"):
            return
        if not gap.rstrip().endswith(","):  # a new clause; not "A1, T-Mobile und 3 werden"
            return
        after = _WORD_AFTER_RE.match(self.text, b.end)
        if after is None or self.pos.get(after.start(1)) not in ("VERB", "AUX"):
            return
        b.noun = a.noun
        b.rule += "+subject"

    def closes_clause(self, i: int) -> bool:
        """Whether a clause ends at character ``i`` (punctuation, the text end) or only an
        adverb follows before it ("44 dagegen.")."""
        m = _CLAUSE_END_RE.match(self.text, i)
        if m is None:
            return False
        return not m.group(1) or self.pos.get(m.start(1)) == "ADV"

    def elided_after(self, i: int) -> bool:
        """Whether an ``elided_after`` phrase ("von ihnen") follows character ``i``."""
        table = self.lex.phrases.get("elided_after", {})
        if not table:
            return False
        after = _tokenize(self.text[i : i + 40])
        return any(after[:n] in table for n in range(1, self.lex.max_len["elided_after"] + 1))

    def mention(self, k: int) -> tuple[NumberMention, int] | None:
        """A mention starting at piece ``k`` (with a qualifier or unit first), or None;
        ``k`` is a piece where one may start (see :meth:`scan_pieces`)."""
        pc = self.p[k]
        start, qual = k, None
        if pc.low in self.lex.qualifier_first:
            qual = next(filter(None, (self.phrase(k, kind) for kind in QUALIFIERS)), None)
        if qual is not None and self.governed(k, qual[0]):
            return None  # "verfügt über zwei Halbkugeln": a preposition; the number follows
        if qual is not None:
            found = self.after_qualifier(k, qual)
            if found is not None:
                return found
        unit_before = self.unit(k, "before")
        if unit_before is not None:
            core = self.core(unit_before[1])
            if core is not None and core.kind == "count":
                return self.finish(start, core, None, unit_before[0], unit_before[1])
        core = self.core(k)
        if core is None:
            return None
        return self.finish(start, core, None, None, k)

    def governed(self, k: int, rec: Mapping[str, Any]) -> bool:
        """Whether the qualifier word at piece ``k`` is the preposition of an object: right
        after a noun of ``object_of_nouns`` ("Rechnung über 396,67 Euro") or in a clause with
        a verb of ``object_of_verbs`` ("verfügt er über zwei Halbkugeln", "die über 500
        Mitarbeiter verfügt"); never after a preposition or article ("auf über 100", "das
        über 30 Jahre alte") nor with a second such word in the clause."""
        verbs, nouns = tuple(rec["object_of_verbs"]), tuple(rec["object_of_nouns"])
        if not (verbs or nouns) or k == 0 or self.pos_at(k - 1) in ("ADP", "DET", ""):
            return False
        before = self.p[k - 1]
        if nouns and before.text[:1].isupper() and before.low.endswith(nouns):
            return self.pos_at(k - 1) == "NOUN"
        at = self.p[k].start
        found = False
        for w in self.clause_words(at):
            low = w.group().lower()
            if low == self.p[k].low and w.start() != at:
                return False  # "informierte über 300 Personen über die Gefahr"
            verb = self.pos.get(w.start()) in ("VERB", "AUX")
            found = found or (verb and bool(verbs) and low.startswith(verbs))
        return found

    def after_qualifier(
        self, k: int, qual: tuple[dict[str, Any], int]
    ) -> tuple[NumberMention, int] | None:
        rec, j = qual
        if rec["bound"] == "approx":
            hedged = self.hedged_range(k, j, rec)
            if hedged is not None:  # "etwa zwischen 600 und 900 Euro"
                return hedged
        inner = self.stacked(j, rec)
        if inner is not None:  # "ab rund 1.200 Euro"
            j = inner[1]
        article = self.phrase(j, "q_article") if rec["article"] else None
        if article is not None:  # "mehr als die 30.000 Euro"
            j = article[1]
        if self.sign(j):  # "etwa -273,15 Grad": the minus sign belongs to the number
            j += 1
        unit_before = self.unit(j, "before")
        num_at = unit_before[1] if unit_before else j
        core = self.core(num_at)
        if core is None or core.kind not in rec["kinds"]:
            return None
        if rec["round_only"] and not _round(core.value):
            return None  # "an die 35 Spieler": the preposition, not "about"
        vague = core.value is None and core.kind == "count"
        if vague and tuple(_tokenize(rec["text"])) in self.lex.phrases.get("vague_preposition", {}):
            return None  # "berichtet über Hunderte Fälle": a preposition, no bound
        found = self.finish(k, core, rec, unit_before[0] if unit_before else None, num_at)
        no_range = core.kind == "count" and "+range." not in found[0].rule  # "von Millionen"
        if rec["bound"] in ("range", "range_from") and (found[0].value is not None or no_range):
            return None  # "zwischen" or "von" without a second number: no range
        if found[0].unit in rec["event_units"] and k > 0 and self.lex.event(self.p[k - 1].low):
            return None  # "das Finale über 100 m": the event, not "more than 100 m"
        if self.full_match(k, found[0], rec):
            return None  # "stand über 90 Minuten auf dem Platz": throughout, no bound
        return found

    def full_match(self, k: int, m: NumberMention, rec: Mapping[str, Any]) -> bool:
        """Whether the qualifier at piece ``k`` before the full length of a match in minutes
        stands in a clause with a verb of playing ("Alaba stand über 90 Minuten auf dem
        Platz"): then it means throughout, not "more than"."""
        verbs, nouns = tuple(rec["full_match_verbs"]), rec["full_match_nouns"]
        if m.value not in FULL_MATCH_MINUTES or m.noun_text not in nouns or not verbs:
            return False
        return any(
            self.pos.get(w.start()) in ("VERB", "AUX") and w.group().lower().startswith(verbs)
            for w in self.clause_words(self.p[k].start)
        )

    def clause_words(self, at: int) -> Iterator[re.Match[str]]:
        """The words of the clause around character ``at``: between the clause marks
        (comma, full stop, colon, dash, bracket …) before and after it, at most 200
        characters each way."""
        text = self.text
        left = max([m.end() for m in _CLAUSE_MARK_RE.finditer(text, max(0, at - 200), at)] + [0])
        mark = _CLAUSE_MARK_RE.search(text, at, at + 200)
        right = mark.start() if mark else min(len(text), at + 200)
        return _WORD_RE.finditer(text, left, right)

    def hedged_range(
        self, k: int, j: int, rec: Mapping[str, Any]
    ) -> tuple[NumberMention, int] | None:
        """'etwa zwischen 600 und 900 Euro', 'rund von 20 bis 30': an approximation at piece
        ``k`` before a range qualifier at piece ``j`` hedges the range, which keeps its
        bounds; span and qualifier take the approximation word as written."""
        inner = self.phrase(j, "q_range") or self.phrase(j, "q_range_from")
        found = self.after_qualifier(j, inner) if inner is not None else None
        if found is None or (found[0].kind == "time" and "time" not in rec["kinds"]):
            return None  # a count's hedge covers money, percent, quantities and years
        m, nxt = found
        hedge = self.text[self.p[k].start : self.p[j - 1].end]
        m.start, m.rule = self.p[k].start, f"{m.rule}+qualifier.{rec['id']}"
        m.qualifier = f"{hedge} {m.qualifier}" if m.qualifier else hedge
        return m, nxt

    def stacked(self, j: int, rec: Mapping[str, Any]) -> tuple[dict[str, Any], int] | None:
        """'ab rund 1.200 Euro', 'bis zu etwa 300': an approximation right after a bound
        qualifier at piece ``j``, or None; the outer qualifier's bound holds."""
        if rec["bound"] not in ("min", "max"):
            return None
        return self.phrase(j, "q_approx")

    def core(self, k: int) -> _Core | None:
        """The number expression at piece ``k`` without qualifier and noun, or None."""
        if k >= len(self.p):
            return None
        pc = self.p[k]
        if pc.group in ("num", "date", "time", "yrange") and self.glued(k):
            return None
        if pc.group in ("num", "yrange") and self.label_before(k):
            self.label_end = pc.end
            return None
        if pc.group == "date":
            if "-" in pc.text:  # ISO 8601: 2022-01-07
                y, m, d = (int(x) for x in pc.text.split("-"))
            else:  # "07.01.2022", "30. 9. 2015"
                d, m, y = (int(x) for x in pc.text.replace(" ", "").split("."))
            if not (1 <= d <= 31 and 1 <= m <= 12):
                return None
            y = y + 2000 if y < 100 else y
            return _Core(k + 1, float(y * 10000 + m * 100 + d), "date", "date.numeric")
        if pc.group == "time":
            h, mi = (int(x) for x in pc.text.split(":"))
            duration = self.unit(k + 1, "duration")  # "1:18 Stunden", "7:01 Minuten"
            if duration is not None:
                value = round(h + mi / 60, 6)
                return _Core(duration[1], value, "quantity", "duration.colon", unit=duration[0])
            end = k + 2 if k + 1 < len(self.p) and self.p[k + 1].text == "Uhr" else k + 1
            return _Core(end, round(h + mi / 60, 6), "time", "time.colon")
        if pc.group == "yrange":
            a, b = _YEAR_SEP_RE.split(pc.text)
            lo, hi = int(a), int(b) if len(b) == 4 else int(a[:2] + b)
            if hi <= lo or (len(b) == 2 and "/" in pc.text and hi - lo > _SLASH_SPAN):
                return None  # "2015/16", "2013/15" years; "2012/34" a legal act's number
            return _Core(k + 1, None, "year_range", "year_range", float(lo), float(hi))
        if pc.group == "num":
            return self.digits(k)
        if pc.group == "word":
            return self.words(k)
        return None

    def label_before(self, k: int) -> bool:
        """Whether a ``label_cue`` ends right before piece ``k``, also as the last part of a
        hyphenated word ("ATP-Nr. 221", "Weltranglisten-Platz 5")."""
        if self.phrase_before(k, "label_cue") or self.numbered_body(k):
            return True
        table = self.lex.phrases.get("label_cue", {})
        for j in range(max(0, k - self.lex.max_len.get("label_cue", 1)), k):
            head, dash, tail = self.p[j].low.rpartition("-")
            if dash and head and (tail, *[x.low for x in self.p[j + 1 : k]]) in table:
                return True
        return False

    def listed_label(self, m: NumberMention) -> bool:
        """'die Bänder 3 und 7', 'Artikel 3 und 7': a bare count right after a ``label_link``
        that follows a label or name number is one more label."""
        if m.kind != "count" or m.noun or m.unit or m.qualifier or m.value is None:
            return False
        if self.label_end < 0 or not 0 < m.start - self.label_end <= 12:
            return False
        gap = _tokenize(self.text[self.label_end : m.start].strip())
        if len(gap) != 1 or gap not in self.lex.phrases.get("label_link", {}):
            return False
        self.label_end = m.end  # "die Bänder 3, 7 und 20"
        return True

    def glued(self, k: int) -> bool:
        """Whether the number at ``k`` is a name, label or score, not an amount.

        "G7", "COVID-19", "A320", "60-Jährige", "B 12" (a road), "2:1" (a score), "0800".
        """
        pc, text = self.p[k], self.text
        s, e = pc.start, pc.end
        if s in self.blocked:
            return True
        if e < len(text) and text[e] == "-" and (e + 1 == len(text) or text[e + 1] == " "):
            return True  # "die 200- und 500-Euro-Scheine": part of a compound
        if s > 0 and text[s - 1].isalpha():
            return True
        if (s > 0 and text[s - 1] == "&") or (e < len(text) and text[e] == "&"):
            return True  # a name: "1&1", "Procter & Gamble"
        if s > 1 and text[s - 1] == "/" and text[s - 2].isdigit():
            return True  # case numbers: "VfSlg 19.814/2013", "10 Cg 17/15b"
        if e + 1 < len(text) and text[e] == "/" and text[e + 1].isdigit():
            return True
        if 0 < s and e < len(text) and text[s - 1] in _QUOTES and text[e] in _QUOTES:
            return True  # a name in quotes: 'Nach A1 und "3"'
        if pc.group == "num" and self.clock(k) is None and _version_like(text, s, e):
            return True  # "Firmware 1.76", "Version 3.11.", "iOS 8.1"
        if s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
            return True
        if e + 1 < len(text) and text[e] == "-" and text[e + 1].isalpha():
            return True
        if e < len(text) and text[e].isalpha() and k + 1 < len(self.p):  # "1990er", not "5km"
            nxt = self.p[k + 1]
            if nxt.text not in self.lex.unit_first and nxt.low not in self.lex.first.get(
                "scale", ()
            ):
                return True
        if pc.group != "num":
            return False
        if (s > 1 and text[s - 1] == ":" and text[s - 2].isdigit()) or (
            e + 1 < len(text) and text[e] == ":" and text[e + 1].isdigit()
        ):
            return True
        if len(pc.text) > 1 and pc.text[0] == "0" and pc.text[1].isdigit():
            return True
        if self.glued_range_end(k):
            return True  # "1:3,5-6,3" (a lens's aperture), "A320-200"
        prev = self.p[k - 1] if k > 0 else None
        return prev is not None and len(prev.text) == 1 and prev.text.isupper()

    def glued_range_end(self, k: int) -> bool:
        """Whether the number at ``k`` ends a hyphen range whose first number is glued to a
        name, label or ratio (:meth:`glued`): then it belongs to the same notation."""
        if k < 2 or self.p[k - 1].text not in "-–" or self.p[k - 2].group != "num":
            return False
        first, dash = self.p[k - 2], self.p[k - 1]
        return first.end == dash.start and dash.end == self.p[k].start and self.glued(k - 2)

    def clock(self, k: int) -> tuple[float, int] | None:
        """'18.00 Uhr', 'um 18.00': hours and the next piece index, else None."""
        p = self.p
        if not (
            k + 2 < len(p)
            and p[k].group == "num"
            and _HOURS_RE.fullmatch(p[k].text)
            and _dot_adjacent(p, k)
            and p[k + 2].group == "num"
            and _MINUTES_RE.fullmatch(p[k + 2].text)
            and p[k + 2].start == p[k].end + 1
            and int(p[k].text) <= 24
        ):
            return None
        hours = round(int(p[k].text) + int(p[k + 2].text) / 60, 6)
        if k + 3 < len(p) and p[k + 3].text == "Uhr":
            return hours, k + 4
        if self.phrase_before(k, "time_cue") and not (
            k + 3 < len(p)
            and p[k + 3].text == "."
            and p[k + 3].start == p[k + 2].end
            and k + 4 < len(p)
            and p[k + 4].group == "num"
        ):
            return hours, k + 3
        return None

    def digits(self, k: int) -> _Core | None:
        pc = self.p[k]
        clock = self.clock(k)
        if clock is not None:
            rule = "time.uhr" if self.p[clock[1] - 1].text == "Uhr" else "time.cue"
            return _Core(clock[1], clock[0], "time", rule)
        value = parse_digits(pc.text)
        if value is None:
            return None
        if self.negative(pc.start):
            value = -value  # "im Wohnbau (-0,1 Prozent)", "bei -5 Grad"
        nxt = k + 1
        # "7. Januar 2022", "3. Tag", "14.30 Uhr", "14 Uhr"
        dotted = _dot_adjacent(self.p, k)
        date = self.month_date(value, k + 2 if dotted else nxt) if "," not in pc.text else None
        if date is not None:
            return date
        if dotted and value == int(value) and "," not in pc.text:
            after = self.p[k + 2] if k + 2 < len(self.p) else None
            borrowed = self.range_date(k + 2, value)
            if borrowed is not None:  # "1. bis 3. Juli 2015"
                return borrowed
            if after is not None and after.group == "word" and self.ordinal_cued(k, after):
                return _Core(k + 2, value, "ordinal", "ordinal.digits")
            if self.rank(k):  # "8. Jacko Gill (Neuseeland) 20,11, 9. Germán Lauro"
                # "Gruppe C – 7. Runde": before a noun the rank counts it
                after = self.p[k + 2]
                noun = self.pos.get(after.start, "") == "NOUN" and after.text in (self.nouns or ())
                named = not noun
                return _Core(k + 2, value, "ordinal", "ordinal.rank", named=named)
        if nxt < len(self.p) and self.p[nxt].text == "Uhr" and value <= 24 and "," not in pc.text:
            after = self.p[nxt + 1] if nxt + 1 < len(self.p) else None
            if after is not None and after.group == "num" and _MINUTES_RE.fullmatch(after.text):
                return _Core(nxt + 2, value + int(after.text) / 60, "time", "time.uhr")  # 20 Uhr 15
            return _Core(nxt + 1, value, "time", "time.uhr")
        scale = self.scale(nxt)
        if scale is not None:
            return _Core(
                scale[1], value * scale[0], "count", "number.digits+scale", factor=scale[0]
            )
        plain = pc.text.isdecimal()
        return _Core(nxt, value, "count", "number.digits", plain_int=plain)

    def ordinal_cued(self, k: int, after: _Piece) -> bool:
        """Whether the digits and dot at ``k`` are an ordinal before the word ``after``: after
        an ``ordinal_cue`` ("im 3. Stock"), or after one and an adjective before a noun ("des
        frühen 20. Jahrhunderts")."""
        if self.phrase(k - 1, "ordinal_cue"):
            return True
        if after.text.islower() and self.phrase(k - 1, "ordinal_cue_weak"):
            return True  # "liegt als 13. der Weltrangliste", not "mehr als 13. Die …"
        if not (k > 1 and self.pos_at(k - 1) == "ADJ" and self.p[k - 1].text.islower()):
            return False
        noun = self.pos.get(after.start) == "NOUN" and after.text[:1].isupper()
        return noun and self.phrase(k - 2, "ordinal_cue") is not None

    def sign(self, k: int) -> bool:
        """Whether piece ``k`` is the minus sign of the digits right after it ("-273,15")."""
        nxt = k + 1
        return (
            self.is_digits(nxt)
            and self.p[k].end == self.p[nxt].start
            and self.negative(self.p[nxt].start)
        )

    def negative(self, s: int) -> bool:
        """Whether the digits at character ``s`` carry a minus sign: right after "-" or "−"
        that follows a space, a bracket or the text start (not "20-30", not "A-1")."""
        text = self.text
        return s > 0 and text[s - 1] in "-−" and (s == 1 or text[s - 2] in " (\n")

    def month_date(self, day: float, k: int) -> _Core | None:
        """A date whose month name is at piece ``k`` after the day ``day`` ("7. Januar 2022",
        "7 janvier 2022"); value ``yyyymmdd`` with a year (or the year of the range it
        starts: "vom 1. Juli bis 31. Dezember 2015"), None without one."""
        month = self.phrase(k, "month")
        if month is None or day != int(day) or not 1 <= day <= 31:
            return None
        end, year = month[1], None
        if (
            end < len(self.p)
            and self.p[end].group == "num"
            and _YEAR_RE.fullmatch(self.p[end].text)
        ):
            year, end = int(self.p[end].text), end + 1
        if year is None:
            year = self.range_year(end, int(month[0]["value"]))
        v = float(year * 10000 + int(month[0]["value"]) * 100 + int(day)) if year else None
        return _Core(end, v, "date", "date.month")

    def rank(self, k: int) -> bool:
        """'..., 9. Germán Lauro', '– 4. Nacer Bouhanni': a place in a results list (an
        integer and its dot after a comma, dash, bracket or line start, before a capital)."""
        p, text = self.p, self.text
        if k + 2 >= len(p) or not p[k + 2].text[:1].isupper() or not p[k].text.isdigit():
            return False
        start = p[k].start
        before = text[max(0, start - 40) : start].rstrip(" ")
        if before == "" and start > 40:
            before = text[:start].rstrip(" ")
        # "..., 9. Germán Lauro", "– 4. Nacer", "9,92 5. Mike Rodgers" (after a result),
        # "... ins Zentrum. 75. Minute: Ajax gleicht aus" (a ticker line after a sentence)
        return (
            before == "" or before[-1] in ",–-):.!?\n" or _RESULT_END_RE.search(before) is not None
        )

    def range_year(self, k: int, month: int) -> int | None:
        """The year of a date that ends a range at piece ``k`` ("bis 31. Dezember 2015")."""
        sep = self.phrase(k, "q_range_sep")
        if sep is None or sep[1] >= len(self.p) or self.p[sep[1]].group != "num":
            return None
        end = self.digits(sep[1])
        if end is None or end.kind != "date" or end.value is None:
            return None
        year, end_month = divmod(int(end.value), 10000)
        return year if month <= end_month // 100 else year - 1

    def range_date(self, k: int, day: float) -> _Core | None:
        """'1. bis 3. Juli 2015', 'zwischen dem 24. und 26. Juni': the first day takes the
        month and year of the second."""
        sep = self.phrase(k, "q_range_sep") or self.phrase(k, "q_range_and")
        if sep is None or not 1 <= day <= 31 or sep[1] >= len(self.p):
            return None
        if self.p[sep[1]].group != "num":
            return None
        end = self.digits(sep[1])
        if end is None or end.kind != "date":
            return None
        if end.value is None:  # "von 16. bis 18. Juni": no year, no value
            return _Core(k, None, "date", "date.range_start")
        value = float(int(end.value) // 100 * 100 + int(day))
        return _Core(k, value, "date", "date.range_start") if value < end.value else None

    def scale(self, k: int) -> tuple[float, int] | None:
        """A scale word at ``k`` ("Millionen", "Mio.", "Tausend"): (factor, next index)."""
        hit = self.phrase(k, "scale")
        return (float(hit[0]["value"]), hit[1]) if hit else None

    def words(self, k: int) -> _Core | None:
        pc = self.p[k]
        if self.idiom(k) or pc.start < self.title_end:
            return None  # "wird eins mit der Materialität", "Kurzfilm Jede Dritte"
        share = self.proportion(k)
        if share is not None:
            return share
        minus = self.phrase(k, "minus")
        if minus is not None:  # "mit minus 45 Punkten"
            core = self.core(minus[1]) if self.is_digits(minus[1]) else None
            if core is None or core.kind != "count" or core.value is None:
                return None
            core.value, core.plain_int = -core.value, False
            core.rule += f"+{minus[0]['id']}"
            return core
        vague = self.phrase(k, "vague")
        if vague is not None and not (self.scale(k) and self.core_value_before(k)):
            r, end = vague[0], vague[1]
            lo, hi = float(r["value_min"]), float(r["value_max"])
            more = self.scale(end)  # "zig Millionen", "Hunderte Millionen": a scaled vague
            if more is not None:
                lo, hi, end = lo * more[0], (hi + 1) * more[0] - 1, more[1]
            return _Core(end, None, "count", f"number.{r['id']}", lo, hi)
        several = self.phrase(k, "several")
        if several is not None:
            scale = self.phrase(several[1], "scale")
            if scale is not None:
                lo, hi = self.vague_bounds(float(scale[0]["value"]))
                end = scale[1]
                more = self.scale(end)  # "mehrere hundert Millionen"
                if more is not None:
                    lo, hi, end = lo * more[0], (hi + 1) * more[0] - 1, more[1]
                return _Core(end, None, "count", f"number.{several[0]['id']}", lo, hi)
            return None
        article = self.phrase(k, "article")
        if article is not None:
            j, factor = article[1], 1.0
            frac = self.phrase(j, "fraction")
            if frac is not None:
                j, factor = frac[1], float(frac[0]["value"])
            scale = self.scale(j)
            if scale is None:
                return None  # "einer der Männer", "eine halbe Stunde"
            if self.p[j].text.islower() and self.lex.parse_word(self.p[j].text) is not None:
                return None  # "durch eine hundert Meter breite Pufferzone": the noun's article
            return _Core(
                scale[1], factor * scale[0], "count", "number.article+scale", factor=scale[0]
            )
        value = self.lex.parse_word(pc.text)
        if value is not None and self.phrase_before(k, "label_cue"):
            return None  # "ORF eins", "Kabel eins"
        if value is not None and self.text[pc.end : pc.end + 1] == "-":
            return None  # part of a compound: "Zwei- und Vierbeiner"
        if value is not None:
            j = k + 1
            scale = self.scale(j)
            if scale is not None:
                return _Core(
                    scale[1], value * scale[0], "count", "number.word+scale", factor=scale[0]
                )
            return _Core(j, value, "count", "number.word")
        if self.phrase(k - 1, "ordinal_cue"):
            ordinal = self.lex.parse_ordinal_word(pc.text)
            if ordinal is not None:
                return _Core(k + 1, ordinal, "ordinal", "ordinal.word")
        return None

    def idiom(self, k: int) -> bool:
        """Whether an ``idiom`` starts at piece ``k``; one marked ``cased`` only as written
        ("ARD-Spartenkanal Eins Plus"; "eins plus eins" is a sum)."""
        hit = self.phrase(k, "idiom")
        if hit is None:
            return False
        return not hit[0].get("cased") or self.span_text(k, hit[1]) == hit[0]["word"]

    def proportion(self, k: int) -> _Core | None:
        """'jeder Zweite', 'jede Dritte': a ``proportion`` word and a capitalised ordinal word
        (a person, not "jeden zweiten Tag") is a share in percent (50, 33.3); so is one with
        a lower-case ordinal before a noun that is no ``period`` ("Fast jeder zehnte
        Befragte": the noun is the one the share is of)."""
        hit = self.phrase(k, "proportion")
        if hit is None or hit[1] >= len(self.p):
            return None
        n = self.lex.parse_ordinal_word(self.p[hit[1]].text)
        if n is None or n < 2:
            return None
        if self.titled(k):
            self.title_end = self.p[hit[1]].end
            return None
        rule, unit, end = f"number.{hit[0]['id']}", _PROPORTION_UNIT, hit[1] + 1
        if not self.p[hit[1]].text[:1].isupper():  # "jeder zehnte Befragte": its noun
            j = end
            if self.pos_at(j) != "NOUN" or not self.p[j].text[:1].isupper():
                return None
            if self.phrase(j, "period"):  # "jeden zweiten Tag": a frequency
                return None
            features, lemma = self.morph.get(self.p[j].start, ("", ""))
            word, end = self.whole_word(j)
            noun = self.lex.noun_lemma(word, features, lemma, self.nouns)
            unit = {**_PROPORTION_UNIT, "noun": noun, "text": word}
        return _Core(end, round(100 / n, 1), "count", rule, unit=unit)

    def vague_bounds(self, base: float) -> tuple[float, float]:
        """Bounds of "mehrere <base>": those of the vague plural of base, else 2x to 10x - 1."""
        for r in self.lex.phrases.get("vague", {}).values():
            if r["value_min"] == 2 * base:
                return float(r["value_min"]), float(r["value_max"])
        return 2 * base, 10 * base - 1

    def core_value_before(self, k: int) -> bool:
        """Whether a number directly precedes ``k`` (then "Millionen" is a scale, not vague)."""
        return k > 0 and self.p[k - 1].group == "num"

    # -- ranges, units, nouns ---------------------------------------------------------------
    def finish(
        self,
        start: int,
        core: _Core,
        qual: dict[str, Any] | None,
        unit_before: dict[str, Any] | None,
        num_at: int,
    ) -> tuple[NumberMention, int]:
        """The mention from piece ``start``: ``core`` with its range, qualifier, unit or noun."""
        b = _Build(core, core.value, core.vmin, core.vmax, [core.rule], core.end)
        if core.kind in ("count", "ordinal", "date", "time", "quantity") and core.value is not None:
            b.vmin = b.vmax = b.value
        if core.kind == "count" and core.value is not None:
            self.range_end(b, qual)
        if core.kind == "ordinal" and core.value is not None and not core.named:
            self.ordinal_range(b)
        b.kind = b.core.kind
        if qual is not None:
            self.qualify(b, start, qual)
        self.unit_or_noun(b, unit_before, num_at)
        if self.is_year(b, qual, num_at):
            b.kind, b.rules[0] = "year", "year.digits"
            if b.noun is not None:
                b.end, b.noun, b.noun_text = b.core.end, None, None
        self.bound_after(b)
        mention = NumberMention(
            start=self.p[start].start,
            end=self.p[b.end - 1].end,
            value=b.value,
            value_min=b.vmin,
            value_max=b.vmax,
            kind=b.kind,
            rule="+".join(b.rules),
            qualifier=b.qualifier,
            noun=b.noun,
            noun_text=b.noun_text,
            unit=b.unit,
        )
        return mention, b.end

    def range_end(self, b: _Build, qual: dict[str, Any] | None) -> None:
        """'20 bis 30', '20-30', 'zwischen 20 und 30', 'von 9 bis 17 Uhr': the range's
        second number and its bounds."""
        core = b.core
        sep_kind = "q_range_and" if qual and qual["bound"] == "range" else "q_range_sep"
        sep = self.phrase(b.end, sep_kind)
        if sep is None:
            return
        second = self.core(sep[1])
        if second is None or second.value is None:
            return
        assert core.value is not None
        if second.kind == "time" and core.plain_int and core.value < second.value <= 24:
            # "von 9 bis 17 Uhr", "zwischen 8 und 10 Uhr"
            b.value, b.vmin, b.vmax, b.end = None, core.value, second.value, second.end
            b.core = _Core(b.end, None, "time", "time.range", b.vmin, b.vmax)
            b.rules = ["time.range", f"range.{sep[0]['id']}"]
            return
        if second.kind != "count":
            return
        lo, hi = core.value, second.value
        if core.factor == 1 and second.factor > 1 and lo * second.factor <= hi * 10:
            lo *= second.factor  # "zwei bis drei Millionen"
        if lo > hi and sep_kind == "q_range_and":
            lo, hi = hi, lo  # "pendelte zwischen 64 und 50 Prozent"
        if lo >= hi:
            return
        b.value, b.vmin, b.vmax, b.end = None, lo, hi, second.end
        b.rules.append(f"range.{sep[0]['id']}")
        if core.plain_int and second.plain_int and _is_year(lo) and _is_year(hi):
            b.core = _Core(b.end, None, "year_range", "year_range", lo, hi)
            b.rules[0] = "year_range"

    def ordinal_range(self, b: _Build) -> None:
        """'der siebenten bis neunten Schulstufe', 'der 7. bis 9. Klasse': an ordinal, a
        range word and a greater ordinal (a word, or digits and a dot) are one range."""
        sep = self.phrase(b.end, "q_range_sep")
        if sep is None or not 0 < sep[1] < len(self.p):
            return
        j, second = sep[1], None
        if self.is_word(j):
            second, end = self.lex.parse_ordinal_word(self.p[j].text), j + 1
        elif self.is_digits(j) and _dot_adjacent(self.p, j) and self.p[j].text.isdigit():
            second, end = float(self.p[j].text), j + 2
        assert b.value is not None
        if second is None or second <= b.value:
            return
        b.vmin, b.vmax, b.value, b.end = b.value, second, None, end
        b.rules.append(f"range.{sep[0]['id']}")

    def qualify(self, b: _Build, start: int, qual: dict[str, Any]) -> None:
        """The qualifier's text, rule and bounds ("mehr als": min, "fast": max, "rund")."""
        # "von" in "von 2013 bis 2015" only opens the range: no qualifier
        end, inner = self._qual_end(start)
        if qual["bound"] != "range_from":
            b.qualifier = self.span_text(start, end)
        b.rules.append(f"qualifier.{qual['id']}")
        if inner is not None:
            b.rules.append(f"qualifier.{inner['id']}")
        if b.value is None:  # "nicht mehr als 50 bis 70": a ceiling of the range's upper end
            if qual["bound"] == "max" and b.vmax is not None:
                b.vmin = None
            return
        if qual["bound"] == "min":
            b.vmin, b.vmax = b.value, None
        elif qual["bound"] == "max":
            b.vmin, b.vmax = None, b.value
        elif qual["bound"] == "approx":
            b.vmin = b.vmax = None

    def unit_or_noun(self, b: _Build, unit_before: dict[str, Any] | None, num_at: int = 0) -> None:
        """The unit before or after the number ("$ 5", "5 Prozent"), else the counted noun."""
        unit_rec, unit_end = unit_before or b.core.unit, b.end
        if unit_rec is None and b.kind == "count":
            hit = self.unit(b.end, "after") or self.compound_unit(b.end)
            if hit is not None:
                unit_rec, unit_end = hit
        b.unit_rec = unit_rec
        if unit_rec is not None:
            b.kind, b.unit, b.noun = unit_rec["kind"], unit_rec["unit"], unit_rec["noun"]
            b.noun_text = unit_rec["text"]
            b.rules.append(f"unit.{unit_rec['id']}")
            b.end = max(b.end, unit_end)
            if unit_rec.get("context_unit") and self.unit_context(unit_rec, self.p[num_at].start):
                b.unit = unit_rec["context_unit"]  # "um 180 Grad schwenkbar": an angle
                b.rules.append("context_unit")
        elif b.kind in ("count", "ordinal") and not b.core.named:
            # no partitive after a scale word or a year: "150 Millionen der Omaner",
            # "Dialog 2015 der Sozialpartner"
            year = b.core.plain_int and b.value is not None and _is_year(b.value)
            partitive = b.kind == "count" and b.core.factor == 1 and not year
            genitive = b.kind == "ordinal" and self.phrase_before(num_at, "genitive_cue")
            found = self.vague_linked(b) or self.noun(b.end, partitive, genitive)
            if found is not None and self.singular_attribute(b, found[2]):
                found = None  # "mit 3.850 absolutes Rekordniveau erreicht"
            shared = self.ordinal_coordinated(b.end) if b.kind == "ordinal" else None
            if found is None and shared is not None:  # "der zweite und letzte Teil"
                b.noun_text, b.noun = shared[0], shared[1]  # the span stays "zweite"
            if partitive and b.value is not None:
                found = self.attributed(num_at, b.end, found, b.value)
            if found is not None:
                b.noun_text, b.noun, b.end = found

    def compound_unit(self, k: int) -> tuple[dict[str, Any], int] | None:
        """A quantity unit that opens the hyphenated word at piece ``k`` ("ein 32
        GB-Gerät", "der 100 m-Lauf"): the unit, and the word ends the mention."""
        if not self.is_word(k) or "-" not in self.p[k].text:
            return None
        rec = self.lex.units.get((self.p[k].text.split("-", 1)[0],))
        if rec is None or rec["kind"] != "quantity" or rec["position"] not in ("after", "both"):
            return None
        return rec, k + 1

    def unit_context(self, rec: Mapping[str, Any], at: int) -> bool:
        """Whether the clause around character ``at`` has a word that starts with one of the
        unit's ``context_cues`` and none that starts with one of its ``context_blocks``
        ("ein um 180 Grad schwenkbares Display"; not "auf 30 Grad gestiegene Temperaturen")."""
        cues, blocks = tuple(rec.get("context_cues", ())), tuple(rec.get("context_blocks", ()))
        words = [p for w in self.clause_words(at) for p in w.group().lower().split("-")]
        return any(w.startswith(cues) for w in words) and not any(
            w.startswith(blocks) for w in words
        )

    def attributed(
        self, num_at: int, k: int, found: tuple[str, str, int] | None, value: float
    ) -> tuple[str, str, int] | None:
        """The noun of a number (next piece ``k``) with a long attribute, the noun search of
        :meth:`noun` having found none ("der vier, inzwischen in Good Banks sanierten
        italienischen Kleinbanken", "die 120 intensiven, letztlich unbelohnten Minuten", "Zwei
        vom Staat eingesetzte Verwalter") or a singular after a partitive word: "die drei der
        Partei zustehenden Ministerposten" (three of one party are no partitive; "Note 5 von
        Samsung" no count at all). Else ``found``."""
        if found is None:
            return self.attribute_noun(k, value, comma=self.pos_at(num_at - 1) == "DET")
        link = self.phrase(k, "partitive")
        if link is None or link[1] >= len(self.p) or self.p[link[1]].text != found[0]:
            return found
        if value > 1 and self.singular(link[1]):
            return self.attribute_noun(found[2], value, after_adjective=True)
        if (self.p[k].low,) in self.lex.phrases.get("agent", {}):
            return self.agent_noun(found[2], value) or found
        return found

    def agent_noun(self, j: int, value: float) -> tuple[str, str, int] | None:
        """'18 von Taliban-Kämpfern als Geiseln genommene Insassen': after an ``agent`` word
        and its noun (ending before piece ``j``), maybe an ``agent_link`` and a noun, then
        participles the model calls ADJ and a noun: that noun is counted, not the agent."""
        link = self.phrase(j, "agent_link")  # "als Geiseln"
        if link is not None and self.pos_at(link[1]) == "NOUN":
            j = link[1] + 1
        first = j
        while self.is_word(j) and self.pos_at(j) == "ADJ" and _PARTICIPLE_RE.search(self.p[j].text):
            j += 1
        if j == first or not self.is_word(j) or not self.p[j].text[:1].isupper():
            return None
        return self.plural_noun(j, value) if self.pos_at(j) == "NOUN" else None

    def known(self, word: str) -> bool:
        """Whether ``word`` is a known noun form or a known plural ("Vögel")."""
        return self.nouns is not None and word in self.nouns or self.plural(word)

    def plural(self, word: str) -> bool:
        """Whether ``word`` is a nominative plural of ``noun_plurals.jsonl`` ("Vögel")."""
        return any(word in table for table in self.lex.plurals)

    def singular(self, j: int) -> bool:
        """Whether the model calls the noun at piece ``j`` singular, it is its own lemma and
        no plural of ``noun_plurals.jsonl`` ("Partei", "Samsung"; not "Brüder" tagged
        singular)."""
        features, lemma = self.morph.get(self.p[j].start, ("", ""))
        word = self.p[j].text
        return "Number=Sing" in features.split("|") and lemma == word and not self.plural(word)

    def attribute_noun(
        self, k: int, value: float, after_adjective: bool = False, comma: bool = False
    ) -> tuple[str, str, int] | None:
        """The noun that ends an attribute starting at piece ``k``: adjectives and participles,
        commas, adverbs and nominal groups opened by a preposition or article ("in Good
        Banks", "der Partei"); the noun must follow an adjective (``after_adjective``: the
        first piece must be one) and, for more than one, be plural. A comma may come first
        only with ``comma`` (after an article: "der vier, inzwischen …"; not "Sie ist
        einundzwanzig, frisch diplomierte Pädagogin")."""
        adjective = grouped = opened = False
        for j in range(k, min(k + ATTRIBUTE_PIECES, len(self.p))):
            pc, pos = self.p[j], self.pos.get(self.p[j].start, "")
            if after_adjective and j == k and not (pc.group == "word" and pc.text.islower()):
                return None
            if pc.text == "," and (j > k or comma and self.pos_at(j + 1) in ("ADV", "ADJ", "ADP")):
                adjective = grouped = False  # "der vier, inzwischen …", not "die drei, die …"
                continue
            if pc.group == "num" and _YEAR_RE.fullmatch(pc.text) and _is_year(float(pc.text)):
                adjective = grouped = False  # "zu sechs 2014 ernannten …mitgliedern"
                continue
            if pc.group != "word":
                return None
            if pc.text[:1].isupper() and pos in ("NOUN", "PROPN"):
                if adjective:
                    return self.plural_noun(j, value)
                if not (opened or grouped):
                    return None
                opened, grouped = False, True  # "in Good Banks"
            elif pos in ("ADP", "DET") and pc.text.islower():
                opened, adjective, grouped = True, False, False
            elif pos in ("ADJ", "VERB") and pc.text.islower() and _adjective_like(pc.low):
                adjective, grouped = not opened, False
            elif pos == "ADV" or (pos == "ADJ" and pc.text.islower()):  # "frisch geschlüpfte"
                adjective = grouped = False
            else:
                return None
        return None

    def plural_noun(self, j: int, value: float) -> tuple[str, str, int] | None:
        """The noun at piece ``j`` (text, lemma, next) unless the model calls it singular
        while ``value`` counts more than one."""
        features, lemma = self.morph.get(self.p[j].start, ("", ""))
        if value > 1 and self.singular(j):
            return None
        word, nxt = self.whole_word(j)
        return word, self.lex.noun_lemma(word, features, lemma, self.nouns), nxt

    def is_year(self, b: _Build, qual: dict[str, Any] | None, num_at: int) -> bool:
        """A plain four-digit number is a year without a noun, after a year cue or a
        month, or before a ``year_after`` word ("seit 2019", "im April 2011 Staatssekretär",
        "die 1964 geborene Niederösterreicherin")."""
        if not (
            b.kind == "count"
            and b.core.plain_int
            and b.value is not None
            and b.unit_rec is None
            and len(b.rules) == 1 + (qual is not None)
        ):
            return False
        cued = (
            self.phrase_before(num_at, "year_cue")
            or self.phrase_before(num_at, "month")
            or self.phrase(b.core.end, "year_after") is not None
            or (b.noun is None and self.document_year(num_at))
        )
        if not _is_year(b.value):  # "der seit 1570 bestehende Weihnachtsmarkt"
            return _is_old_year(b.value) and bool(cued) and not self.plural_after(b)
        if b.noun is None or cued or self.singular_noun(b) or self.year_participle(b):
            return True
        return self.weak_year_cue(b, num_at)  # "bis 2020 weitere Verluste"

    def singular_noun(self, b: _Build) -> bool:
        """Whether the noun after a year-like number is singular by the model ("ab 2017 Strom",
        "der 2017 stattfindenden Präsidentenwahl") and none that counts in the singular ("2000
        Mal"): then the number is a year."""
        if b.noun_text is None or self.phrase(b.end - 1, "count_singular"):
            return False
        return self.singular(b.end - 1) or b.noun_text.lower().endswith(self.lex.singular_endings)

    def _qual_end(self, start: int) -> tuple[int, dict[str, Any] | None]:
        """Where the qualifier at piece ``start`` ends, and the approximation stacked on it
        (see :meth:`stacked`)."""
        for kind in QUALIFIERS:
            hit = self.phrase(start, kind)
            if hit is not None:
                inner = self.stacked(hit[1], hit[0])
                return (hit[1], None) if inner is None else (inner[1], inner[0])
        return start + 1, None

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.p[a].start : self.p[b - 1].end]

    def phrase_before(self, k: int, kind: str) -> bool:
        """Whether a phrase of ``kind`` ends right before piece ``k``."""
        if not 0 < k <= len(self.p) or self.p[k - 1].low not in self.lex.last.get(kind, ()):
            return False  # no phrase of the kind ends with the word before
        for n in range(1, self.lex.max_phrase + 1):
            hit = self.phrase(k - n, kind) if k - n >= 0 else None
            if hit is not None and hit[1] == k:
                return True
        return False

    def foreign_modifier(self, j: int, word: str, nxt: int) -> bool:
        """Whether the noun ``word`` at piece ``j`` after a count is an unknown word the model
        calls singular before another capitalised noun at piece ``nxt``: an adjective of a
        foreign phrase ("58 Unique User"), not "zwei Tage Haft" or "500 Mann Besatzung"."""
        if not self.is_word(nxt) or not self.p[nxt].text[:1].isupper() or self.known(word):
            return False
        if self.p[nxt].start != self.p[j].end + 1 or self.phrase(j, "count_singular"):
            return False  # "500 Mann Besatzung"
        return self.pos_at(nxt) in ("NOUN", "PROPN") and self.singular(j)

    def adverb_before_plural(self, j: int) -> bool:
        """Whether the lower-case adverb at piece ``j`` right after a count stands before a
        capitalised noun the model calls plural ("zwei heftig Pubertierende"; not "zwei
        gestern Abend")."""
        nxt = j + 1
        if not self.p[j].text.islower() or not self.is_word(nxt):
            return False
        if not self.p[nxt].text[:1].isupper() or self.pos_at(nxt) != "NOUN":
            return False
        features, _ = self.morph.get(self.p[nxt].start, ("", ""))
        return "Number=Plur" in features.split("|")

    def capitalised_adjective(self, j: int, nxt: int) -> bool:
        """Whether the word at piece ``j`` after a count is a capitalised adjective of a
        term the model calls a singular noun, right before a plural noun at piece ``nxt``
        ("17 Kurze Debatten", "zehn Dringliche Anfragen"; not "zwei Tage Haft", "drei Paar
        Schuhe")."""
        if nxt != j + 1 or not self.is_word(nxt) or not self.p[nxt].text[:1].isupper():
            return False
        if self.p[nxt].start != self.p[j].end + 1 or self.phrase(j, "count_singular"):
            return False
        own, _ = self.morph.get(self.p[j].start, ("", ""))
        if not (_adjective_like(self.p[j].low) and "Number=Sing" in own.split("|")):
            return False
        features, _ = self.morph.get(self.p[nxt].start, ("", ""))
        return self.pos_at(nxt) == "NOUN" and "Number=Plur" in features.split("|")

    def foreign_plural(self, j: int) -> bool:
        """Whether the unknown capitalised word at piece ``j`` (tagged a name) is an
        adjective of a foreign phrase before an English plural in -s, also tagged a name
        ("4.394.093 Unique Clients")."""
        pc = self.p[j]
        if self.pos_at(j) != "PROPN" or not pc.text[:1].isupper():
            return False
        nxt = self.p[j + 1] if j + 1 < len(self.p) else None
        if nxt is None or self.pos_at(j + 1) != "PROPN" or not nxt.text.endswith("s"):
            return False
        adjacent = nxt.start == pc.end + 1 and self.is_word(j + 1) and nxt.text[:1].isupper()
        return adjacent and not self.known(pc.text)

    def acronym_noun(self, j: int, k: int, partitive: bool) -> bool:
        """Whether the word at piece ``j``, right after the count ending before piece ``k``,
        is an abbreviation in capitals the model calls a name ("518 PPI", "200.000 IOPS"),
        not the end of a model name ("Lumia 950 XL")."""
        if j != k or not partitive or not _ACRONYM_RE.match(self.p[j].text):
            return False
        name = k >= 2 and self.pos_at(k - 2) in ("PROPN", "NOUN", "X")
        return self.pos_at(j) in ("PROPN", "X") and not name

    def article_before_noun(self, k: int) -> bool:
        """Whether piece ``k`` is a lower-case article (DET) before a capitalised plural noun
        (the next word or the one after) with no preposition after it: an agent goes on
        ("Zehntausende von den Kriegen in ihren Heimatländern Vertriebene", "Vier von der
        Gemeinde bezahlte Lehrer")."""
        if self.pos_at(k) != "DET" or not self.p[k].text.islower():
            return False
        for j in (k + 1, k + 2):
            if not self.is_word(j) or not self.p[j].text[:1].isupper():
                return False
            if self.pos_at(j) == "NOUN":
                features, _ = self.morph.get(self.p[j].start, ("", ""))
                plural = "Number=Plur" in features.split("|")
                return plural and self.pos_at(j + 1) != "ADP"
        return False

    def whole_word(self, j: int) -> tuple[str, int]:
        """The word at piece ``j`` up to the next space when dots or hyphens join it to more
        letters ("K.-o.-Spielen", not "K"): (text, next piece index)."""
        pc, text = self.p[j], self.text
        m = _JOINED_WORD_RE.match(text, pc.start)
        end = pc.start + len(m.group()) if m else pc.end
        if end <= pc.end or text[pc.end] not in ".-":
            return pc.text, j + 1
        k = j
        while k + 1 < len(self.p) and self.p[k + 1].start < end:
            k += 1
        return text[pc.start : self.p[k].end], k + 1

    def noun(
        self, k: int, partitive: bool = True, genitive: bool = False
    ) -> tuple[str, str, int] | None:
        """The counted noun after piece ``k``, skipping up to two adjectives and a link or
        (``partitive``) a partitive word before them: (text, lemma, next); ``genitive``: the
        noun is a genitive singular whatever the model says ("des zweiten Satzes")."""
        link = self.phrase(k, "noun_link") or (partitive and self.phrase(k, "partitive"))
        if link:
            k = link[1]  # "2 millions de personnes", "zwei ihrer leitenden Redakteure"
            if link[0]["type"] == "partitive" and self.article_before_noun(k):
                k += 1  # "Zwei von den Verletzten"
        for j in range(k, min(k + 3, len(self.p))):
            pc = self.p[j]
            if pc.group != "word" or "\n" in self.text[self.p[j - 1].end : pc.start]:
                return None
            if pc.end < len(self.text) and self.text[pc.end].isdigit():
                return None  # a name: "das Objekt 2014 MU69"
            pos = self.pos.get(pc.start, "")
            if pos:
                cased = pc.text[:1].isupper() or not self.lex.capitalised_nouns
                if cased and (pos == "NOUN" or (pos == "PROPN" and self.known(pc.text))):
                    # a PROPN only when it is a known noun: not "2007 unterlag Argentinien"
                    morph, lemma = self.morph.get(pc.start, ("", ""))
                    word, nxt = self.whole_word(j)
                    # a count's noun is no genitive singular ("zwei Pints"); an ordinal's may be
                    morph = morph if not partitive else morph.replace("Case=Gen", "")
                    morph = _GENITIVE if genitive else morph
                    if partitive and self.foreign_modifier(j, word, nxt):
                        return self.noun(nxt, False)  # "58 Unique User"
                    if partitive and self.capitalised_adjective(j, nxt):
                        return self.noun(nxt, False)  # "17 Kurze Debatten"
                    return word, self.lex.noun_lemma(word, morph, lemma, self.nouns), nxt
                if self.acronym_noun(j, k, partitive):
                    return pc.text, pc.text, j + 1  # "(518 PPI)": tagged a name
                if j == k and partitive and self.foreign_plural(j):
                    word, nxt = self.whole_word(j + 1)  # "4.394.093 Unique Clients"
                    return word, word, nxt
                # "gerettete" (VERB), "zwei weiterer Gotteshäuser" (DET)
                adjective = pos == "ADJ" or (pos in ("VERB", "DET") and pc.text.islower())
                adjective = adjective and not self.phrase(j, "not_adjective")
                if (adjective and _adjective_like(pc.low)) or (pos == "NUM" and j > k):
                    continue  # not "2007 unterlag Argentinien" ("unterlag" tagged ADJ)
                if pos == "ADV" and j == k and self.adverb_before_plural(j):
                    continue  # "zwei heftig Pubertierende"
                return None
            if pc.text[0].isupper():
                if self.phrase(j, "month") or pc.text in ("Uhr",):
                    return None
                word, nxt = self.whole_word(j)
                return word, self.lex.noun_lemma(word, nouns=self.nouns), nxt
            if not _adjective_like(pc.low) or self.phrase(j, "not_adjective"):
                return None
        return None


#: the features of a noun after a ``genitive_cue`` and an ordinal
_GENITIVE = "Case=Gen|Number=Sing"


#: the greatest part of a scaled total that takes its scale ("200 Milliarden Euro, davon 50")
CARRIED_MAX = 1000

#: the digits a mention opens with ("200" of "rund 200 Milliarden Euro")
_LEAD_DIGITS_RE = re.compile(r"\d[\d.]*(?:,\d+)?")


def _scale_by(m: NumberMention, scale: float) -> None:
    """Multiply the value and bounds of ``m`` by ``scale``."""
    m.value = m.value * scale if m.value is not None else None
    m.value_min = m.value_min * scale if m.value_min is not None else None
    m.value_max = m.value_max * scale if m.value_max is not None else None


def _version_like(text: str, s: int, e: int) -> bool:
    """Digits joined to more digits by a dot that is no thousands group: "1.76", "3.11"."""
    after = e + 1 < len(text) and text[e] == "." and text[e + 1].isdigit()
    before = s > 1 and text[s - 1] == "." and text[s - 2].isdigit()
    return after or before


def find_numbers(
    text: str,
    lexicon: NumberLexicon,
    pos: Mapping[int, str] | None = None,
    morph: Mapping[int, tuple[str, str]] | None = None,
    nouns: Container[str] | None = None,
    names: Sequence[tuple[int, int]] = (),
    windowed: bool = True,
    anchors: Sequence[int] | None = None,
) -> list[NumberMention]:
    """All number mentions in ``text``, in order, non-overlapping.

    ``pos`` optionally maps a token's start character to its UPOS tag from a model; nouns
    then come from POS tags instead of capitalisation rules. ``morph`` maps it to the
    model's (UD features, lemma) and ``nouns`` holds known noun forms (None: those of the
    lexicon's ``nouns.jsonl``): with both, dative
    plurals become nominative by morphology ("zwei Rebellenbündnissen" ->
    "Rebellenbündnisse"). ``names`` are character ranges of names ("Hannover 96",
    "Ligue 1") whose digits are no numbers. ``windowed`` False scans every piece of the text
    instead of the windows around digits and number words (the same result, slower).
    ``anchors``: the sorted character offsets of those digits and number words when the
    caller knows them (:meth:`Anchors.offsets_in`); None finds them in ``text``.

    >>> [m.value for m in find_numbers("Mehr als 160 Todesopfer.", lexicon)]  # doctest: +SKIP
    [160.0]
    """
    if nouns is None:
        nouns = lexicon.known_nouns or None
    if windowed and anchors is not None and not anchors:
        return []  # no anchor, no mention: not even the scanner is built
    return _Scanner(text, lexicon, pos, morph, nouns, names).scan(windowed, anchors)
