"""Round 29's left assignment classes (issue #13, not blind): new sentences for each class the round-29 helpers
left open, with look-alikes that must not fire, in every language where the class exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

CASES = [
    # 1. the chairpersons of the committees of two named provinces with the plural designator after the last name,
    # opening the clause after the verb's colon: each province's committee, the designator no body of its own
    ("en", "The Prime Minister requested: The chairpersons of the People's Committees of Thanh Hoa and Nghe An "
           "provinces must repair the schools.", None,
     [("PPC@38", "assignee", "PM", None), ("PPC@40", "assignee", "PM", None)]),
    ("en", "The Prime Minister requested: The chairmen of the People's Committees of Quang Tri and Hue provinces must "
           "evacuate residents.", None,
     [("PPC@44", "assignee", "PM", None), ("PPC@46", "assignee", "PM", None)]),
    ("en", "The Prime Minister requested: the heads of the People's Committees of Khanh Hoa and Binh Thuan provinces "
           "should direct the repair of schools.", None,
     [("PPC@56", "assignee", "PM", None), ("PPC@68", "assignee", "PM", None)]),
    ("en", "The Prime Minister asked the People's Committees of Thanh Hoa and Nghe An provinces to repair the schools.",
     None, [("PPC@38", "assignee", "PM", None), ("PPC@40", "assignee", "PM", None)]),
    ("en", "The chairpersons of the People's Committees of Thanh Hoa and Nghe An provinces attended the meeting.",
     None, []),
    ("fr", "Le Premier ministre demande : Les présidents des comités populaires des provinces de Thanh Hoa et Nghe An "
           "doivent réparer les écoles.", None,
     [("PPC@38", "assignee", "PM", None), ("PPC@40", "assignee", "PM", None)]),
    ("vi", "Thủ tướng yêu cầu: Chủ tịch Ủy ban nhân dân hai tỉnh Thanh Hóa và Nghệ An phải sửa chữa trường học.", None,
     [("PPC@38", "assignee", "PM", None), ("PPC@40", "assignee", "PM", None)]),
    # 2. a bare capitalised "Bộ" opening its sentence (or the clause after an opening phrase) names again the one
    # ministry named just before; after two ministries, or as a name's head or a word's end, it is none
    ("vi", "Thủ tướng giao Bộ Giáo dục và Đào tạo rà soát chương trình học. Bộ cũng cần có giải pháp tuyển dụng giáo "
           "viên.", None, [("MOET", "assignee", "PM", None), ("MOET", "assignee", "PM", None)]),
    ("vi", "Phó Thủ tướng giao Bộ Y tế kiểm tra giá thuốc. Theo kế hoạch, Bộ cũng cần báo cáo kết quả.", None,
     [("MOH", "assignee", "DPM", None), ("MOH", "assignee", "DPM", None)]),
    ("vi", "Thủ tướng giao Bộ Y tế và Bộ Tài chính rà soát giá thuốc. Bộ cũng cần có giải pháp.", None,
     [("MOH", "assignee", "PM", None), ("MOF", "assignee", "PM", None)]),
    ("vi", "Thủ tướng giao Bộ Giáo dục và Đào tạo rà soát chương trình học. Bộ đã tổ chức hội nghị tập huấn năm 2024.",
     None, [("MOET", "assignee", "PM", None)]),
    ("vi", "Thủ tướng giao Bộ Giáo dục và Đào tạo rà soát chương trình học. Cán bộ cần nâng cao trách nhiệm.", None,
     [("MOET", "assignee", "PM", None)]),
    ("vi", "Thủ tướng giao Bộ Giáo dục và Đào tạo rà soát chương trình học. Theo ông, toàn bộ cần được rà soát lại.",
     None, [("MOET", "assignee", "PM", None)]),
    # the same class in English and French (read so already: the capitalised noun opening its sentence)
    ("en", "The Prime Minister assigned the Ministry of Education and Training to review the curriculum. The Ministry "
           "also needs to find solutions to recruit teachers.", None,
     [("MOET", "assignee", "PM", None), ("MOET", "assignee", "PM", None)]),
    ("en", "The Prime Minister assigned the Ministry of Education and Training to review the curriculum. The Ministry "
           "held a training conference last year.", None, [("MOET", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a chargé le ministère de l'Éducation et de la Formation de réviser le programme. Le "
           "ministère doit également trouver des solutions pour recruter des enseignants.", None,
     [("MOET", "assignee", "PM", None), ("MOET", "assignee", "PM", None)]),
    # 5. a province's steering committee (no body of the table) named with its province in the sentence before asks
    # the localities: that province's districts (communes after July 2025), not the country's provinces
    ("en", "The Steering Committee for flood prevention of Quang Tri Province held a meeting on Tuesday. The steering "
           "committee has asked localities to clear the drains.", "2025-05-10", [("DPC@45", "assignee", None, None)]),
    ("en", "The Steering Committee for flood prevention of Quang Tri Province held a meeting on Tuesday. The steering "
           "committee has asked localities to clear the drains.", "2025-10-01", [("CPC@44", "assignee", None, None)]),
    ("fr", "Le comité de pilotage de la prévention des inondations de la province de Quang Tri s'est réuni mardi. Le "
           "comité de pilotage a demandé aux localités de nettoyer les canaux.", "2025-05-10",
     [("DPC@45", "assignee", None, None)]),
    ("en", "The National Steering Committee for flood prevention held a meeting on Tuesday. The steering committee has "
           "asked localities to clear the drains.", "2025-05-10", [("PROVINCES", "assignee", None, None)]),
    ("en", "The steering committee of Quang Tri and Hue provinces held a meeting on Tuesday. The steering committee has "
           "asked localities to clear the drains.", "2025-05-10", [("PROVINCES", "assignee", None, None)]),
    # 4. a People's Council (no body of the table) asking its committee, its departments and the local authorities:
    # read so already (round 29 fr's own-list rule; these guard it): the province's districts (communes after July
    # 2025); Vietnamese reads a province's localities as no body of the table (round 11's convention), so no row
    ("en", "The Hanoi People's Council asked the municipal People's Committee, municipal departments and local "
           "authorities to review the projects.", "2025-05-10",
     [("PPC@01", "assignee", None, None), ("DEPARTMENTS@01", "assignee", None, None), ("DPC@01", "assignee", None, None)]),
    ("fr", "Le Conseil populaire de Hanoï a demandé au Comité populaire municipal, aux départements et aux autorités "
           "locales de réviser les projets.", "2025-10-01",
     [("PPC@01", "assignee", None, None), ("DEPARTMENTS@01", "assignee", None, None), ("CPC@01", "assignee", None, None)]),
    ("vi", "HĐND thành phố Hà Nội đề nghị UBND thành phố, các sở, ngành và các địa phương rà soát các dự án.",
     "2025-05-10", [("PPC@01", "assignee", None, None), ("DEPARTMENTS@01", "assignee", None, None)]),
    ("en", "The Prime Minister asked the ministries and local authorities to review the projects.", "2025-05-10",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
]


@pytest.mark.parametrize("lang, text, published, expected", CASES)
def test_round29_left_class(lang, text, published, expected):
    assert _rows(text, lang, published) == expected if published else _rows(text, lang) == expected
