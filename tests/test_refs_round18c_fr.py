"""Round 18c (blind, real public pages), French: law names the title list lacked (the securities law written
"droit des valeurs mobilières", the public-private partnership law "sous forme de partenariat public-privé", the
judicial expertise law, "la promulgation de textes normatifs et juridiques") and versions the law table lacked (the
2020 Youth Law). Literal cases written for this file (no sentence of the round's pages) and look-alikes. README
"Round 18c (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


@pytest.mark.parametrize("text, expected", [
    ("Le droit des valeurs mobilières renforce la protection des investisseurs.", [("droit des valeurs mobilières", "Luật Chứng khoán")]),
    ("La loi sur l'investissement sous forme de partenariat public-privé cible cinq secteurs.",
     [("loi sur l'investissement sous forme de partenariat public-privé", "Luật Đầu tư theo phương thức đối tác công tư")]),
    ("Selon la loi sur l’investissement sous format de partenariat public-privé, l’État plafonne sa part.",
     [("loi sur l’investissement sous format de partenariat public-privé", "Luật Đầu tư theo phương thức đối tác công tư")]),
    ("Des projets relèvent de la loi sur l'investissement sous forme de PPP.",
     [("loi sur l'investissement sous forme de PPP", "Luật Đầu tư theo phương thức đối tác công tư")]),
    ("La loi d’amendement et de complément de certains articles de la loi d’expertise juridique entre en vigueur.",
     [("loi d’amendement et de complément de certains articles de la loi d’expertise juridique",
       "Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp")]),
    ("Les experts appliquent la loi sur l'expertise judiciaire.", [("loi sur l'expertise judiciaire", "Luật Giám định tư pháp")]),
    ("La loi modifiant et complétant certains articles de la loi sur la promulgation de textes normatifs et juridiques est adoptée.",
     [("loi modifiant et complétant certains articles de la loi sur la promulgation de textes normatifs et juridiques",
       "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật")]),
    # control: the investment law alone stays the investment law
    ("La loi sur l'investissement supprime des secteurs conditionnels.", [("loi sur l'investissement", "Luật Đầu tư")]),
    # look-alikes: a right of securities holders, an expertise without a law
    ("Le droit de vote attaché aux valeurs mobilières reste entier.", []),
    ("Une expertise judiciaire a été ordonnée par le tribunal.", []),
])
def test_french_law_names_added_to_the_title_list(text, expected):
    assert [(r.text, r.id) for r in find_references(text, lang="fr", published=None)] == expected


@pytest.mark.parametrize("text, published, resolved", [
    ("La loi sur la jeunesse renforce la participation des jeunes.", "2021-03-01", "Luật Thanh niên 2020"),
    ("La loi sur la jeunesse encourage le bénévolat.", "2015-03-01", "Luật Thanh niên 2005"),
    ("La loi d’amendement et de complément de certains articles de la loi d’expertise juridique s'applique.",
     "2021-03-01", "Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp 2020"),
    ("La loi sur l’amendement et le complément de certains articles de la loi sur l’organisation de l’Assemblée "
     "nationale s'applique.", "2021-03-01", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội 2020"),
])
def test_versions_added_to_the_law_table(text, published, resolved):
    assert [r.resolved for r in find_references(text, lang="fr", published=published)] == [resolved]
