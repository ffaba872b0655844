"""Sanity of the reference stage over the real dev articles (read in place, never copied): spans
are the text, ids are well-formed, full symbols are all found. Skipped when the articles are absent."""
from __future__ import annotations

import re

import pytest

from extract.refs import find_references
from tests.conftest import DEV_ARTICLES

ARTICLES = sorted(DEV_ARTICLES.glob("*.txt")) if DEV_ARTICLES.exists() else []
pytestmark = pytest.mark.skipif(not ARTICLES, reason="dev articles not present")

WELL_FORMED = re.compile(
    r"^(?:\d+[a-z]?/(?:(?:19|20)\d\d/)?[A-ZĐ][A-Za-zĐđ0-9]*-[A-ZĐ][\wĐ-]*(?:@\d+)?"  # 98/2018/NĐ-CP, 678/TB-VPCP, 1234/TTg-KTN
    r"|\d+/(?:19|20)\d\d/(?:UBTVQH|QH)\d+"  # 17/2023/QH15
    r"|\d+-[A-ZĐ][A-Za-zĐ]*/[A-ZĐƯ]+"  # 20-NQ/TW
    r"|\d+[/-](?:CP|TTg|HĐBT)"  # old symbols without a type code: 60/CP, 28-CP
    r"|\d+/[A-ZĐ]{1,6}"  # a telegram of a unit without a type code: 499/ĐK
    r"|(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh|Nghị quyết về)[^\d]*(?: (?:19|20)\d\d)?)$"  # Luật Đất đai 2013
)
# a full state symbol the press writes: every one must be inside a reference
FULL_SYMBOL = re.compile(r"(?<![\d/])\d{1,5}/(?:19|20)\d\d/(?:NĐ|QĐ|TT|NQ|TTLT)-[A-ZĐ]+")


@pytest.fixture(scope="module")
def found():
    return {path.name: (path.read_text(encoding="utf-8"), find_references(path.read_text(encoding="utf-8")))
            for path in ARTICLES}


def test_spans_are_the_text_and_ids_well_formed(found):
    for name, (text, refs) in found.items():
        for ref in refs:
            assert text[ref.start:ref.end] == ref.text, name
            assert WELL_FORMED.match(ref.id), f"{name}: malformed id {ref.id!r} for {ref.text!r}"
            if ref.resolved_from is not None:
                assert ref.resolved_from < len(text)


def test_every_full_state_symbol_is_found(found):
    missed = []
    for name, (text, refs) in found.items():
        for m in FULL_SYMBOL.finditer(text):
            if not any(r.start <= m.start() < r.end for r in refs):
                missed.append(f"{name}: {m.group()}")
    assert missed == []


def test_many_references_and_named_laws_are_found(found):
    refs = [r for _, rs in found.values() for r in rs]
    assert len(refs) >= 600
    assert sum(1 for r in refs if r.type in ("law", "code") and not r.number) >= 100
    assert sum(1 for r in refs if r.issued) >= 50
    assert sum(1 for r in refs if r.resolved_from is not None) >= 30
