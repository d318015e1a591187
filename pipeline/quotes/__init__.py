"""Quote detection for newsx: the engine (:mod:`.engine`) runs a short sequence of steps --
quotation marks (:mod:`.marks`), sentence units (:mod:`.units`), cues (:mod:`.cues`), frames
(:mod:`.frames`, :mod:`.content`, :mod:`.mentions`), direct quotes (:mod:`.direct`),
continuations (:mod:`.continuations`) and overlaps (:mod:`.overlaps`) -- over a per-document
context (:mod:`.context`). Rule data is loaded by :mod:`.data` (word lists: :mod:`.words`),
grammar that differs between languages lives in :mod:`.lang`. The spaCy component is
:mod:`pipeline.components.quotes`.
"""
