"""Quote detection for newsx: direct quotes (``marks``), cues and indirect frames (``cues``),
sentence units and noun-phrase heuristics (``text``), rule data (``data``), and the
extraction that ties them together (``extract``). The spaCy component lives in
:mod:`pipeline.components.quotes`.
"""
