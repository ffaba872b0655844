"""Stop 39's left classes, French first (issue #13; helper left32fr, not blind): the classes rounds 31 and 31b's French
sections left open, each with new sentences (none copied from the pages) and look-alikes that must not fire, in
every language where the class exists."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2023-11-07")

_NGHE_AN = "Le vice-président du Comité populaire provincial de Nghe An, Nguyen Van De, "
_LAM_DONG = "Le Comité populaire de la province de Lam Dong a publié un plan de rentrée. "


@pytest.mark.parametrize("text, lang, expected", [
    # a level word before a named district, commune or ward is its committee, asked or as a subject
    # (fr/en grammar.json units_named_level_first, mentions._units_named_level_first)
    (_NGHE_AN + "a demandé au district de Ky Son de revoir le plan de réinstallation.", "fr",
     [("DPC@40", "assignee", "PPC@40", None)]),
    (_NGHE_AN + "a inspecté les travaux. Il a demandé au district et au Département des Finances de revoir le plan.",
     "fr", [("DPC@40", "assignee", "PPC@40", None), ("DOF@40", "assignee", "PPC@40", None)]),
    ("Le Comité populaire de la province de Nghe An a demandé au district de Ky Son de revoir le plan. Le district de "
     "Ky Son doit achever les travaux avant le 30 novembre.", "fr",
     [("DPC@40", "assignee", "PPC@40", None), ("DPC@40", "assignee", "PPC@40", "2023-11-30")]),
    (_LAM_DONG + "La commune de Nam Ban est chargée de réparer les écoles.", "fr", [("CPC@68", "assignee", "PPC@68", None)]),
    (_LAM_DONG + "Le quartier de Cam Ly doit accueillir les élèves transférés.", "fr",
     [("CPC@68", "assignee", "PPC@68", None)]),
    ("Le Comité populaire de la province de Lam Dong a chargé la commune de Nam Ban de réparer les écoles.", "fr",
     [("CPC@68", "assignee", "PPC@68", None)]),
    ("The Nghe An provincial People's Committee asked the district of Ky Son to review the resettlement plan.", "en",
     [("DPC@40", "assignee", "PPC@40", None)]),
    ("The Nghe An provincial People's Committee issued a plan. The commune of Nam Ban must repair the schools.", "en",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("UBND tỉnh Nghệ An ban hành kế hoạch. Huyện Kỳ Sơn phải hoàn thành việc sửa chữa trước ngày 30/11.", "vi",
     [("DPC@40", "assignee", "PPC@40", "2023-11-30")]),
    ("UBND tỉnh Lâm Đồng ban hành kế hoạch. Xã Nam Ban chịu trách nhiệm sửa chữa trường học.", "vi",
     [("CPC@68", "assignee", "PPC@68", None)]),
    # look-alikes: the unit as a place, a visit's or a gift's, a past report, its residents; the committee's own words
    # stay one row
    ("Le Comité populaire de la province de Nghe An a demandé aux départements de réparer les routes menant au "
     "district de Ky Son.", "fr", [("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    (_NGHE_AN + "a inspecté le district de Ky Son et les travaux de réinstallation.", "fr", []),
    ("Les dirigeants provinciaux travaillant avec le district de Ky Son sur la récupération après les crues.", "fr", []),
    ("Le Comité populaire provincial de Nghe An a remis des cadeaux au district de Ky Son.", "fr", []),
    ("Le district de Ky Son a reçu 5 milliards de dongs l'an dernier.", "fr", []),
    ("Les habitants de la commune de Nam Ban doivent rester vigilants face aux glissements de terrain.", "fr", []),
    ("Le Comité populaire de la province de Lam Dong a félicité la commune de Nam Ban pour ses résultats.", "fr", []),
    ("Le Comité populaire de la province de Nghe An a demandé au Comité populaire du district de Ky Son de revoir le "
     "plan.", "fr", [("DPC@40", "assignee", "PPC@40", None)]),
    ("The Nghe An provincial People's Committee asked the departments to repair the roads in the district of Ky Son.",
     "en", [("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("The district of Ky Son received 5 billion VND last year.", "en", []),
    ("UBND tỉnh Lâm Đồng ban hành kế hoạch. Xã Nam Ban có 500 hộ dân bị ảnh hưởng.", "vi", []),
    ("Huyện Kỳ Sơn đã hoàn thành việc sửa chữa năm ngoái.", "vi", []),
    ("Người dân xã Nam Ban phải sơ tán ngay.", "vi", []),
])
def test_a_level_word_before_a_named_unit_is_its_committee(text, lang, expected):
    assert _rows(text, lang) == expected
