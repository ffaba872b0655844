"""Round 18b (blind, real public pages), Swedish and the law table: an amending law's title as a relative clause
listing laws up to its own number, and the in-force date of a version the table gives none. Literal cases written
for this file (no sentence of the round's pages) and look-alikes.
README "Round 18b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references
from extract.refs import tables


# "lagen som ändrar och kompletterar ett antal artiklar i X, Y, … nr N": one law, its number's id; the laws in its
# title are no references of their own
@pytest.mark.parametrize("text, expected", [
    ("Beslutet vilar på lagen som ändrar och kompletterar ett antal artiklar i värdepapperslagen, lagen om "
     "förvaltning och användning av offentliga tillgångar, lagen om investeringar nr 90/2025/QH15.",
     ["90/2025/QH15"]),
    ("Lagen som ändrar vissa artiklar i jordlagen, bygglagen och bostadslagen nr 43/2024/QH15 antogs i juni.",
     ["43/2024/QH15"]),
    # look-alikes: words that name no law between the title and a number; a sentence end between them
    ("Lagen som ändrar vissa artiklar i jordlagen, som regeringen föreslog, nr 43/2024/QH15 antogs.",
     ["Luật sửa đổi, bổ sung một số điều của Luật Đất đai", "43/2024/QH15"]),
    ("Lagen som ändrar vissa artiklar i jordlagen antogs. Statsbudgetlag nr 89/2025/QH15 gäller.",
     ["Luật sửa đổi, bổ sung một số điều của Luật Đất đai", "89/2025/QH15"]),
])
def test_a_swedish_amending_law_listing_laws_up_to_its_number(text, expected):
    assert [r.id for r in find_references(text, lang="sv", published=None)] == expected


# a version with no in-force date in the table is in force 45 days after its adoption at the earliest (2008 and
# 2015 laws on legal documents), so the law it revises stays in force over that time; older versions from adoption
@pytest.mark.parametrize("title, on, expected", [
    ("Luật Quản lý thuế", "2026-01-01", "Luật Quản lý thuế 2019"),
    ("Luật Quản lý thuế", "2025-12-20", "Luật Quản lý thuế 2019"),
    ("Luật Quản lý thuế", "2026-02-01", "Luật Quản lý thuế 2025"),
    # control: a version adopted before the 2008 law took effect counts from its adoption
    ("Luật Tổ chức Chính phủ", "1992-10-05", "Luật Tổ chức Chính phủ 1992"),
])
def test_a_version_without_in_force_date(title, on, expected):
    assert tables.version_in_force(title, on).id == expected


def test_an_undated_french_text_resolves_the_tax_law_in_force_at_its_latest_year():
    text = ("À compter de février 2026, le décret N°12/2025/ND-CP modifie le décret N°126/2020/ND-CP relatif à "
            "l’application de la loi sur l’administration fiscale.")
    law = next(r for r in find_references(text, lang="fr", published=None) if r.id == "Luật Quản lý thuế")
    assert law.resolved == "Luật Quản lý thuế 2019"
