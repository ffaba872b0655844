"""Round 34's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the languages have it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-03-01")

CASES = [
    # the region VNA writes in parentheses right after a province asked by its bare name ("(Centre)", "(Nord)")
    ("fr", "Le Premier ministre a demandé à la province de Thanh Hoa (Centre) de renforcer la prévention des crues.",
     [("PPC@38", "assignee", "PM", None)]),
    ("fr", "Le vice-Premier ministre a demandé à Lao Cai (Nord) d'accélérer la reconstruction des écoles.",
     [("PPC@10", "assignee", "DPM", None)]),
    ("fr", "Le Premier ministre a exhorté la province de Phu Yen (Centre-Sud) à achever les logements.",
     [("PPC@54", "assignee", "PM", None)]),
    # look-alikes: the province a place of the visit, no task after the parenthesis, another parenthesis
    ("fr", "Le Premier ministre s'est rendu dans la province de Thanh Hoa (Centre) pour inspecter les digues.", []),
    ("fr", "Le Premier ministre a demandé à la province de Thanh Hoa (Centre).", []),
    ("fr", "Le Premier ministre a demandé à la province de Thanh Hoa (photo) de renforcer la prévention.", []),
    # an item outside the table (a district's specialised agencies) opening the list before a named commune
    ("fr", "Le Comité populaire du district de Do Luong a ordonné aux agences spécialisées et à la commune de Bai "
           "Son de détruire les porcs malades.",
     [("CPC@40", "assignee", "DPC@40", None)]),
    ("fr", "Le Comité populaire du district de Do Luong a demandé aux services spécialisés et à la commune de Bai "
           "Son de vérifier les élevages.",
     [("CPC@40", "assignee", "DPC@40", None)]),
    ("en", "The People's Committee of Do Luong district ordered specialised agencies and Bai Son commune to cull the "
           "infected pigs.",
     [("CPC@40", "assignee", "DPC@40", None)]),
    ("vi", "UBND huyện Đô Lương đã chỉ đạo các cơ quan chuyên môn và xã Bài Sơn tiêu hủy đàn lợn bệnh.",
     [("CPC@40", "assignee", "DPC@40", None)]),
    # look-alikes: the agencies alone (no body of the table), a commune named as a place
    ("fr", "Le Comité populaire du district de Do Luong a ordonné aux agences spécialisées de détruire les porcs "
           "malades.", []),
    ("fr", "Les agences spécialisées et les habitants de la commune de Bai Son ont détruit les porcs malades.", []),
    ("vi", "Các cơ quan chuyên môn và người dân xã Bài Sơn đã tiêu hủy đàn lợn bệnh.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round34_fr_classes(lang: str, text: str, expected: list[tuple]) -> None:
    assert _rows(text, lang) == expected
