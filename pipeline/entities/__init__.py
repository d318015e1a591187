"""Entity layer for newsx: rule data and its loading (``lexicon``), lookup tables and word
tests built from it (``tables``), rule candidates and demonyms (``candidates``), repairs of
the model's spans (``repairs``) and merging of both (``merge``). The spaCy component lives in
:mod:`pipeline.components.entities`.
"""
