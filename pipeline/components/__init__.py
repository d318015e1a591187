"""Our spaCy components, one per module, each registered as a ``newsx_<noun>`` factory."""
