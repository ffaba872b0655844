"""A list of numbers sharing one noun (12, 15 and 20 projects): every number is a figure with the noun, the first
one too; the look-alikes stay out (article and clause lists after a cue, list markers, years, dates, decimal and
thousands commas)."""
from __future__ import annotations

import pytest

from extract.figures import find_figures


def figures(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in find_figures(text, lang)]


LISTS = [
    ("en", "The province built 12, 15 and 20 projects", [12, 15, 20], "projects"),
    ("en", "It has 3, 5 or 7 schools", [3, 5, 7], "schools"),
    ("en", "It built 3, 5, 7 and 9 schools", [3, 5, 7, 9], "schools"),
    ("en", "rates of 1, 2 and 3 percent", [1, 2, 3], "%"),
    ("vi", "Tỉnh đã xây 12, 15 và 20 dự án.", [12, 15, 20], "dự án"),
    ("vi", "Mỗi xã có 4, 6 hoặc 8 trường học.", [4, 6, 8], "trường"),
    ("fr", "La province a construit 12, 15 et 20 projets.", [12, 15, 20], "projets"),
    ("fr", "Chaque commune compte 4, 6 ou 8 écoles.", [4, 6, 8], "écoles"),
    ("sv", "De har arbetat 45, 38 respektive 53 års tid.", [45, 38, 53], "år"),
    ("sv", "Kommunen byggde 12, 15 och 20 skolor.", [12, 15, 20], "skolor"),
]


@pytest.mark.parametrize("lang,text,values,unit", LISTS)
def test_every_number_of_a_list_takes_the_shared_noun(lang, text, values, unit):
    assert figures(text, lang) == [(float(v), unit) for v in values]


LOOK_ALIKES = [
    ("vi", "theo Điều 5, 6 và 7 của luật", []),  # articles after a cue
    ("vi", "các mỏ kè số 5, 6, 7 và 8 bị hỏng", []),  # numbered objects after a cue
    ("en", "under articles 3, 4 and 5 of the law", []),
    ("fr", "selon les articles 3, 4 et 5 de la loi", []),
    ("sv", "enligt paragraf 3, 4 och 5 i lagen", []),
    ("en", "in 2019, 2020 and 2021 the city grew", []),  # years
    ("vi", "trong các năm 2019, 2020 và 2021", []),
    ("en", "on 3, 4 and 5 May, 12 people came", [(12.0, "people came")]),  # dates
    ("vi", "vốn 2,8 tỷ đồng", [(2.8e9, "VND")]),  # a decimal comma
    ("en", "35,000 people", [(35000.0, "people")]),  # a thousands comma
    ("en", "12, 15 projects were late", [(15.0, "projects")]),  # no joiner: no list of one noun
]


@pytest.mark.parametrize("lang,text,expected", LOOK_ALIKES)
def test_list_look_alikes_stay_out(lang, text, expected):
    assert [(v, u) for v, u in figures(text, lang)] == [(pytest.approx(v), u) for v, u in expected]


def test_list_marker_lines_stay_out():
    text = "1. Tỉnh đã xây 12, 15 và 20 dự án.\n2. Huyện có 3 trường."
    assert figures(text, "vi") == [(12.0, "dự án"), (15.0, "dự án"), (20.0, "dự án"), (3.0, "trường")]
