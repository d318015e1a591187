"""Speakers: the subject a row of coordinated participles shares with the first of them.

"Die Gewerkschaft hat Flugblätter verteilt, Plakate geklebt und letzten Montag angekündigt,
im Herbst zu streiken": the participles share one auxiliary ("hat") and so one subject ("Die
Gewerkschaft"). A participle in the middle of the row has no auxiliary of its own, so the
noun the parse makes its subject ("Plakate") is its object; the cue verb at the end of the
row (a participle with no auxiliary either) takes the subject of the nearest conjunct before
it that has an auxiliary.

A conjunct with its own finite verb ("…, die Polizei hat Fehler gemacht und erklärt, …")
keeps its own subject: this walk only steps over participles with no auxiliary.

Finite verbs share a subject the same way: "Der Bürgermeister lobte die Polizei, nimmt die
Beamten in Schutz und warnt, …". A conjunct whose finite verb opens it right after a comma
("nimmt") has no subject of its own before the verb, so the noun the parse makes its subject
after the verb ("die Beamten") is its object; the cue verb after it ("und warnt"), with no
subject either, takes the subject that opens the sentence before the first verb
(:func:`row_subject`). Not when that conjunct's verb is a speech verb ("…, sagt der Minister
und fordert": a frame after what is said), nor a pronoun after it ("…, nimmt er …").

>>> shared_subject(verb)   # the first conjunct's subject, or None  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .. import labels

#: the STTS tag of a full verb's participle (both model kinds), besides labels.is_participle
PARTICIPLE_TAG = "VVPP"


def shared_subject(verb: Token) -> Token | None:
    """The subject of the coordinated row that the participle ``verb`` ends (see the module
    docstring): that of the nearest conjunct before it with an auxiliary, when ``verb`` has
    neither an auxiliary nor a subject of its own and a conjunct in between has one the
    parse gave it; else None (the usual walk of :func:`labels.clause_subject` stands)."""
    if not _bare_participle(verb) or _own_subject(verb) is not None:
        return None
    skipped = False
    cur = labels.coordination_head(verb)
    while cur is not None:
        subj = _own_subject(cur)
        if len(labels.verb_chain(cur)) > 1 or cur.pos_ == "AUX":  # TIGER: the auxiliary heads
            return subj if skipped else None
        skipped = skipped or subj is not None  # "Plakate geklebt": the object of a conjunct
        cur = labels.coordination_head(cur)
    return None


def _own_subject(verb: Token) -> Token | None:
    """The subject on ``verb``'s own chain (no agent), else None."""
    for v in labels.verb_chain(verb):
        for child in labels.children_with(v, "subject"):
            if not labels.has_role(child, "agent"):
                return child
    return None


def _bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary of its own ("angekündigt" in "hat … verteilt, Plakate
    geklebt und … angekündigt")."""
    participle = verb.tag_ == PARTICIPLE_TAG or labels.is_participle(verb)
    return participle and len(labels.verb_chain(verb)) == 1


def row_subject(verb: Token, speech_verb: Callable[[Token], bool]) -> Token | None:
    """The subject that opens the sentence for a cue ``verb`` coordinated with a conjunct
    whose finite verb stands right after a comma with a noun after it (see the module
    docstring); else None. ``speech_verb``: is a token a speech verb (a frame)?"""
    if _own_subject(verb) is not None:
        return None
    conj = labels.coordination_head(verb)
    if conj is None or conj.i == 0 or speech_verb(conj):
        return None
    after = _own_subject(conj)
    if after is None or after.i < conj.i or after.pos_ == "PRON":
        return None
    if conj.doc[conj.i - 1].text != ",":
        return None  # the conjunct's verb opens it right after a comma ("…, nimmt …")
    # not after a clause of its own ("Wie er sagte, nimmt die Regierung …": its subject)
    return _opening_subject(conj)


def _opening_subject(conj: Token) -> Token | None:
    """The subject that opens ``conj``'s sentence with its finite verb right after it ("Der
    Bürgermeister lobte …", verb-second), else None ("Wie der Minister sagte, …")."""
    sent = conj.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None:
        return None
    for t in sent:
        if t.i >= conj.i:
            return None
        if not labels.has_role(t, "subject") or labels.has_role(t, "agent"):
            continue
        edge = t.right_edge.i + 1
        if t.left_edge.i == first.i and t.i < t.head.i < conj.i and edge < conj.i:
            return t if conj.doc[edge].pos_ in ("VERB", "AUX") else None
    return None
