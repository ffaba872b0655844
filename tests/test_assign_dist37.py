"""A district-level gazetteer (issue #13, dist37, not blind): a text that names no province but a district-level
town (``thị xã Đông Hòa``, ``Bien Hoa City``, ``huyện Hòa Vang``, ``le district de Ly Son``) is about that town's
province, the name being one province's only (nlp/data/districts_2024.csv, the units before the July 2025 reform).
Sentences written for these tests; each with look-alikes that must not fire: a name several provinces share, a
district named beside another province, a commune with a district's name, a name without its designator."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from nlp.agencies import district_provinces
from tests.assign_cases import rows_reader

REPO = Path(__file__).resolve().parents[1]
_rows = rows_reader("agency_id", "role", "assigned_by", published="2023-06-01")


# the text's province from its district-level town, where it names none
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh giao UBND thị xã Đông Hòa quản lý các di tích quốc gia trên địa bàn. Sở Tài chính có trách nhiệm "
     "phối hợp bàn giao hồ sơ.", "vi",
     [("DPC@54", "assignee", "PPC@54"), ("DOF@54", "assignee", "PPC@54")]),
    ("UBND thành phố giao UBND huyện Hòa Vang kiểm tra các hồ chứa. UBND xã Hòa Bắc phối hợp di dời người dân khỏi "
     "vùng sạt lở.", "vi",
     [("DPC@48", "assignee", "PPC@48"), ("CPC@48", "assignee", "PPC@48")]),
    ("The Provincial People's Committee assigned the Department of Finance to preside over and coordinate with the "
     "Department of Construction and Bien Hoa City People's Committee to arrange capital for public housing.", "en",
     [("DOF@75", "lead", "PPC@75"), ("DOC@75", "coordinate", "PPC@75"), ("DPC@75", "coordinate", "PPC@75")]),
    ("The provincial People's Committee asked the Department of Health to inspect the clinics of Dong Hoa town.",
     "en", [("DOH@54", "assignee", "PPC@54")]),
    ("Le Comité populaire provincial a chargé le Service de la santé d'inspecter les dispensaires du district de Ly "
     "Son.", "fr", [("DOH@51", "assignee", "PPC@51")]),
])
def test_a_district_level_town_gives_the_texts_province(text, lang, expected):
    assert _rows(text, lang) == expected


# look-alikes: no suffix, or the named province's
@pytest.mark.parametrize("text, lang, expected", [
    # a name several provinces' districts share (Châu Thành: An Giang, Bến Tre, Đồng Tháp, …)
    ("UBND tỉnh giao UBND huyện Châu Thành quản lý các di tích quốc gia trên địa bàn.", "vi",
     [("DPC", "assignee", "PPC")]),
    # a district named beside a named province of its own: the province named decides
    ("UBND tỉnh Khánh Hòa giao Sở Y tế kiểm tra các trạm y tế, phối hợp với thị xã Đông Hòa của tỉnh bạn.", "vi",
     [("DOH@56", "assignee", "PPC@56")]),
    # a commune bearing a district's name ("xã Hòa Vang" is no district)
    ("UBND tỉnh giao UBND xã Hòa Vang quản lý các di tích quốc gia trên địa bàn.", "vi",
     [("CPC", "assignee", "PPC")]),
    # the name without its designator
    ("UBND tỉnh giao Sở Y tế kiểm tra các trạm y tế tại Đông Hòa.", "vi", [("DOH", "assignee", "PPC")]),
    ("The provincial People's Committee asked the Department of Health to inspect the clinics of Dong Hoa.", "en",
     [("DOH", "assignee", "PPC")]),
])
def test_no_district_level_town_of_one_province_no_province(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("UBND thị xã Đông Hòa", {"54"}), ("Bien Hoa City", {"75"}), ("TP. Biên Hòa", {"75"}),
    ("Hoa Vang district", {"48"}), ("quận Hải Châu", {"48"}), ("ville de Bien Hoa", {"75"}),
    ("huyện Châu Thành", set()), ("thành phố Bắc Giang", set()), ("huyện Quảng Ninh", set()),
    ("xã Hòa Vang", set()), ("Đông Hòa", set()), ("huyện hòa vang", set()), ("Quận 1", set()),
])
def test_district_provinces(text, expected):
    assert district_provinces(text) == expected


def test_the_district_table_loads_with_known_province_codes():
    with (REPO / "nlp/data/districts_2024.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with (REPO / "nlp/data/provinces_2024.csv").open(encoding="utf-8", newline="") as f:
        provinces = {row["code"] for row in csv.DictReader(f)}
    assert 690 <= len(rows) <= 720
    assert {row["province_code"] for row in rows} == provinces
    assert len({row["code"] for row in rows}) == len(rows)
    assert {row["kind"] for row in rows} == {"Huyện", "Thị xã", "Thành phố", "Quận"}
    assert all(row["name_vi"] and row["name_ascii"].isascii() for row in rows)
