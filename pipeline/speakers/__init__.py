"""Speaker resolution helpers for ``newsx_speakers``: role lexicon and resolver."""
