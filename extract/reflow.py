"""Re-flow text with hard line breaks (a PDF or a notice turned to text) into paragraphs.

A line is joined to the next when it ends mid-sentence; headings (short lines, upper case, numbered
section titles) and list items stay on lines of their own.
"""
from __future__ import annotations

import re
import statistics

from nlp import config

_SENTENCE_END = re.compile(r"""[.!?:;…"”»)\]]\s*$|\./\.\s*$""")
_LIST_START = re.compile(r"""^\s*(?:[-–—•+*]\s|\(?[0-9]{1,2}[.)]\s|\(?[a-zđ][.)]\s|[IVXLC]{1,6}\.\s)""")


_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")


def _next_starts_block(lines: list[str], index: int) -> bool:
    for following in lines[index + 1 :]:
        if following.strip():
            first = following.strip()[0]
            return first.isupper() or bool(_LIST_START.match(following))
    return True


def _ends_open(line: str) -> bool:
    """Whether a line ends with a word that cannot end a sentence or a title (``reflow_open_words`` of the settings: an
    article, a preposition, a conjunction): the sentence goes on on the next line (round 29)."""
    words = line.split()
    last = words[-1] if words else ""
    # "The" opening a sentence counts, a capital letter alone does not ("Region I", "Appendix A")
    return last.lower() in config.get_set("text", "reflow_open_words") and not (len(last) == 1 and last.isupper())


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when most long lines end mid-sentence at a similar width: a hard-wrapped text."""
    content = [line.rstrip() for line in lines if line.strip()]
    if len(content) < 4:
        return False
    widths = [len(line) for line in content]
    typical = statistics.median(widths)
    if typical < 30:
        return False
    paragraphs = sum(1 for width in widths if width > config.get_float("text", "reflow_paragraph_width_ratio") * typical)
    if paragraphs >= 2:
        # a web page: paragraphs of 150 to 300 characters beside captions, related links and form labels that pull the
        # median down ("Photo : VNA/CVN", ">>…", "Commentaire:*"); a hard-wrapped text has no line far wider than its
        # wrap, and joining a web page's lines glues a caption to the task after it (round 29b fr)
        return False
    long_lines = [line for line in content if len(line) >= 0.6 * typical]
    open_ended = sum(1 for line in long_lines if not _SENTENCE_END.search(line))
    return open_ended / max(1, len(long_lines)) >= config.get_float("text", "reflow_min_share")


def reflow(text: str, *, force: bool = False) -> str:
    """Join hard-wrapped lines into paragraphs; leave already-flowing text as it is (``force``:
    the text is known to be hard-wrapped, as a PDF's text always is)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not force and not is_hard_wrapped(lines):
        return text
    if not any(line.strip() for line in lines):
        return text
    content_widths = [len(line.rstrip()) for line in lines if line.strip()]
    typical = statistics.median(content_widths)
    paragraphs: list[str] = []
    current = ""
    content = [line for line in lines if not _PAGE_NUMBER.match(line)]
    for index, raw in enumerate(content):
        line = raw.strip()
        if not line:
            # a blank line inside a sentence is a page or layout break, not a paragraph end
            if current and _SENTENCE_END.search(current):
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif _LIST_START.match(raw) or _is_heading(line) or _is_heading(current):
            paragraphs.append(current)
            current = line
        else:
            current = f"{current} {line}"
        short = len(raw.rstrip()) < 0.85 * typical
        if short and (_SENTENCE_END.search(line) or _next_starts_block(content, index) and not _ends_open(line)):
            # a short line ending a sentence, or a short title before a capitalised line, ends its paragraph
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(re.sub(r"[ \t]{2,}", " ", p) for p in paragraphs)
