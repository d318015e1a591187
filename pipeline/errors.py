"""Errors newsx explains in its own words (the CLI prints the message, never a traceback).

``exit_code`` follows the CLI convention: 2 for usage errors (a bad option, a model or rule
file that cannot be loaded, an output folder that would be overwritten), 1 when an input
failed.
"""

from __future__ import annotations


class NewsxError(Exception):
    """A failure with a one-paragraph message for the user; exit code 1 (an input failed)."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class UsageError(NewsxError):
    """The command cannot run as given; exit code 2."""

    exit_code = 2
