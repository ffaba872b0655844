"""What the references stage finds in one literal case, for the parametrized round tests."""
from __future__ import annotations

from extract.refs import find_references


def refs(text: str, lang: str, published: str = "2024-06-01") -> list:
    """The references found in ``text`` as published on ``published``."""
    return find_references(text, lang=lang, published=published)


def ids(text: str, lang: str, published: str = "2024-06-01") -> list[str]:
    """Their canonical ids, in order."""
    return [r.id for r in refs(text, lang, published)]
