"""Round 40's error classes of English assignments (docs/quality.md "Round 40 (blind, real public pages):
assignments en"), fixed as general rules. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows, rows_reader

_old = rows_reader(published="2019-05-01")
_new = rows_reader(published="2026-01-10")


@pytest.mark.parametrize("text, lang, expected", [
    # the class: a short name outside the table (a bare sector of a national text, stop 40: no body) joined to the
    # localities by `and`, a co-subject, in a dispatch's plain present under the Prime Minister's colon: the
    # localities are asked (grammar's co_subject_words, as the Vietnamese had it)
    ("The Prime Minister requested:\nMinistries and agencies strengthen bus services.\nThe Health sector and "
     "localities ensure ambulances on the main roads.", "en",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("The Prime Minister requested:\nMinistries and agencies strengthen bus services.\nBusinesses and localities "
     "ensure stable fares during the holiday.", "en",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the same co-subjects told in the past, or with a report's verb, give no row
    ("Last year the Health sector and localities ensured ambulances on the main roads.", "en", []),
    ("The Steering Committee and the Department of Health reported the results of the campaign.", "en", []),
    # the same form read in Vietnamese already
    ("Thủ tướng yêu cầu:\nCác bộ, ngành tăng cường xe buýt.\nNgành y tế và các địa phương bảo đảm xe cứu thương trên "
     "các tuyến đường chính.", "vi",
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
])
def test_a_co_subject_outside_the_table(text, lang, expected):
    # the whole pipeline (the dispatch's lines as the page gives them)
    assert [r[:4] for r in rows(text, lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: the district-level committees named `of districts, cities, towns` (no conjunction) in an addressee
    # list, the list going on after them
    ("The Chairman of Nghe An Provincial People's Committee requests the Chairmen of People's Committees of districts, "
     "cities, towns, the Provincial Military Command, the Directors of provincial Departments to repair the dykes.",
     "en", [("DPC@40", "assignee", "PPC@40", None), ("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("The Chairman of Nghe An Provincial People's Committee requests the Chairman of the People's Committee of "
     "districts, cities, towns to repair the dykes.", "en", [("DPC@40", "assignee", "PPC@40", None)]),
    # look-alikes: the forms read before
    ("The Chairman of Nghe An Provincial People's Committee requests the Chairmen of People's Committees of districts, "
     "cities and towns, the Provincial Military Command, the Directors of provincial Departments to repair the dykes.",
     "en", [("DPC@40", "assignee", "PPC@40", None), ("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("Heavy rain hit the districts, cities, towns and villages of Nghe An last week.", "en", []),
])
def test_district_committees_of_districts_cities_towns(text, lang, expected):
    assert _old(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the class: units named by their own names before one plural level word, right after an asking verb, with no
    # committee word: a committee each (round 19's rule, stop 47's call)
    ("Hanoi requests Tay Ho, Hong Ha, and Long Bien wards to finish the site clearance.", "en",
     [("CPC@01", "assignee", "PPC@01", None)] * 3),
    ("The Hanoi People's Committee requested Tay Ho and Long Bien wards to finish the site clearance.", "en",
     [("CPC@01", "assignee", "PPC@01", None)] * 2),
    # look-alikes: the same names as places after another verb, or after a body of theirs, give no committee row
    ("The Hanoi People's Committee visited Tay Ho and Long Bien wards to inspect the site clearance.", "en", []),
    ("The Hanoi People's Committee requests the police in Tay Ho and Long Bien wards to keep order.", "en", []),
    # the one-ward form and the Vietnamese form, read before
    ("Hanoi requests Tay Ho ward to finish the site clearance.", "en", [("CPC@01", "assignee", "PPC@01", None)]),
    ("Hà Nội yêu cầu các phường Tây Hồ, Hồng Hà và Long Biên hoàn thành giải phóng mặt bằng.", "vi",
     [("CPC@01", "assignee", "PPC@01", None)] * 3),
])
def test_named_units_after_an_asking_verb(text, lang, expected):
    assert _new(text, lang) == expected


def test_districts_cities_towns_completing_a_command_name_stay_no_body():
    # look-alike of the alias above: the list completing a command's name is the districts' commands, no body (round
    # 34b en's levels_completing_names, the new list added to it)
    text = ("The Chairman of Nghe An Provincial People's Committee requests the Steering Committee for Natural Disaster "
            "Prevention and Control - Search and Rescue and Civil Defense of districts, cities, towns to repair the dykes.")
    assert not [r for r in _old(text, "en") if r[0].startswith("DPC")]
