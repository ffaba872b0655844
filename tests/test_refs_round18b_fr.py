"""Round 18b (blind, real public pages), French: a decree's type word written without its accent ("decret",
"arrete"), and "relatif à l'application de la loi …" (a decree detailing a law). Literal cases written for this
file (no sentence of the round's pages) and look-alikes. README "Round 18b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


@pytest.mark.parametrize("text, expected", [
    ("Le decret 45/2024/ND-CP entre en vigueur en mars, remplaçant le decret 91/2019/ND-CP. Selon le decret 45, "
     "les amendes augmentent.",
     [("decret 45/2024/ND-CP", "45/2024/NĐ-CP", "cites"), ("decret 91/2019/ND-CP", "91/2019/NĐ-CP", "replaces"),
      ("decret 45", "45/2024/NĐ-CP", "cites")]),
    ("L'arrete 12/2013 fixe les amendes.", [("arrete 12/2013", "12/2013/NĐ-CP", "cites")]),
    # control: the accented forms
    ("Le décret 45/2024/ND-CP remplace le décret 91/2019/ND-CP.",
     [("décret 45/2024/ND-CP", "45/2024/NĐ-CP", "cites"), ("décret 91/2019/ND-CP", "91/2019/NĐ-CP", "replaces")]),
    # look-alike: a bare repeat in prose stays out, as "Le décret"
    ("Le decret entre en vigueur demain.", []),
])
def test_a_decree_without_its_accent(text, expected):
    assert [(r.text, r.id, r.relation) for r in find_references(text, lang="fr", published=None)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Le décret n°100/2024/ND-CP est relatif à l’application de la loi sur le logement.",
     [("100/2024/NĐ-CP", "cites"), ("Luật Nhà ở", "guides")]),
    ("Le décret n°100/2024/ND-CP, relatif à l'application de la loi sur les entreprises, entre en vigueur.",
     [("100/2024/NĐ-CP", "cites"), ("Luật Doanh nghiệp", "guides")]),
    # look-alike: the application of a law by citizens or firms implements it, no decree's detail
    ("Les entreprises veillent à l'application de la loi sur les entreprises.", [("Luật Doanh nghiệp", "implements")]),
])
def test_relatif_a_l_application_de_la_loi_guides(text, expected):
    assert [(r.id, r.relation) for r in find_references(text, lang="fr", published=None)] == expected
