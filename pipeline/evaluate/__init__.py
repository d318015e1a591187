"""Scorers behind ``newsx eval``: compare newsx output with gold annotations.

- :mod:`pipeline.evaluate.quotes`: quotations with speakers and cues against the Wikinews
  quotation corpus (``../shared/corpora/wikinews-quotes``).
"""
