"""Shared by the figures round tests: a text's figures as dicts of the compared fields, and the check that
the figures wanted (only the fields each names) are those found, in order, and no other."""
from __future__ import annotations

import pytest

from extract.figures import find_figures

FIELDS = ("text", "value", "low", "high", "qualifier", "unit", "currency", "scale", "per")


def figures(text: str, lang: str) -> list[dict]:
    return [{k: getattr(f, k) for k in FIELDS} for f in find_figures(text, lang)]


def same(found: list[dict], wanted: list[dict]) -> bool:
    """Each wanted figure's fields equal those found, in order, and no other figure found."""
    if len(found) != len(wanted):
        return False
    for f, w in zip(found, wanted):
        for k, v in w.items():
            if isinstance(v, float) and isinstance(f[k], (int, float)):
                if f[k] != pytest.approx(v):
                    return False
            elif f[k] != v:
                return False
    return True


def check(text: str, lang: str, wanted: list[dict]) -> None:
    found = figures(text, lang)
    assert same(found, wanted), f"{text!r}: got {found}"
