"""What the full-text index of documents is made of: its table, columns and tokenizer, and the folded
text it holds. A leaf of the corpus package (it imports none of it), so that the schema, search,
storing and the Datasette plugin all read it without importing one another."""
from __future__ import annotations

import re

from nlp.fold import fold

FTS_TABLE = "documents_fts"
FTS_COLUMNS = ["title_folded", "text_folded"]
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# the second, small index over the newest documents only (corpus.search, tier "recent")
RECENT = "documents_fts_recent"

# a web address in a text (``Nguồn: https://…/hop-tac-xa-…``) is no word of it: its folded copy,
# which the full-text index holds, has spaces there (the same length, so offsets still match the text)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}»”’"


def fold_for_index(text: str) -> str:
    """The folded text that the full-text index holds: ``nlp.fold`` with web addresses blanked."""
    folded = fold(text)
    if "://" not in folded and "www." not in folded.lower():
        return folded

    def blank(match: re.Match) -> str:
        url = match.group(0).rstrip(_URL_TRAILING)
        return " " * len(url) + match.group(0)[len(url):]

    return _URL.sub(blank, folded)
