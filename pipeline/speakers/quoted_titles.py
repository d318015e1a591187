"""A medium's title in quotation marks inside a speaker's name ("der „Bild“-Zeitung").

The tokenizer keeps the closing mark on the compound ("Bild“-Zeitung", "Krone“-Sprecher"), so
a name taken from such a word carries a stray mark: 'Bild“-Zeitung', 'Krone“'. The name is
the title inside the marks ("Bild", "Krone").

>>> quoted_title("Bild“-Zeitung"), quoted_title("„Spiegel“-Redaktion"), quoted_title("Krone“")
('Bild', 'Spiegel', 'Krone')
>>> quoted_title("Siemens-Konzern") is None, quoted_title("Frank „Bruno“ Müller") is None
(True, True)
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"^[„“\"«»‚]?([^„“”\"«»‚‘’]+?)[“”\"«»‘](?:-\w.*)?$")


def quoted_title(name: str | None) -> str | None:
    """The title inside the marks of a name "X“-Noun" or "X“", else None (no stray mark, or
    marks inside a longer name)."""
    if not name:
        return None
    m = _TITLE.match(name)
    if m is None:
        return None
    title = m.group(1).strip()
    return title if title[:1].isalnum() else None
