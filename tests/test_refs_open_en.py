"""Round 8's open error classes of English references (README "Open classes fixed after round 8
(references, en)"): adoption dates written before a law's name in the forms the first run missed (an
amending law's name, a year written against its comma), the Decree of a header numbered ``No. …``
without a colon, ``detailing …, and providing measures to implement, the Law …`` (guides), and a
relation reaching a second document through ``and [the] Government's Decree``. New sentences written
for these tests (no page's sentence), one literal case a line, with look-alikes."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def refs(text):
    return [(r.text, r.id, r.issued) for r in find_references(text)]


# ------------------------------------------------------------------ the adoption day before a law's name


@pytest.mark.parametrize("text, expected", [
    ("Pursuant to the November 19, 2015 Law Amending and Supplementing a Number of Articles of the Law on Promulgation of Legal Documents;",
     [("November 19, 2015 Law Amending and Supplementing a Number of Articles of the Law on Promulgation of Legal Documents",
       "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật 2015", "2015-11-19")]),
    ("Pursuant to the June 9,2015 Law on Vietnam Fatherland Front;",
     [("June 9,2015 Law on Vietnam Fatherland Front", "Luật Mặt trận Tổ quốc Việt Nam 2015", "2015-06-09")]),
    # look-alikes: a date closed by a comma opens a clause; the name keeps no year nor date
    ("On November 19, 2015, the Law Amending and Supplementing a Number of Articles of the Law on Promulgation of Legal Documents was debated.",
     [("Law Amending and Supplementing a Number of Articles of the Law on Promulgation of Legal Documents",
       "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", None)]),
])
def test_the_adoption_day_before_a_laws_name(text, expected):
    assert refs(text) == expected


# ------------------------------------------------------------------ "the Decree" under a header "No. …" without a colon


def _ids_of(text, written):
    return [r.id for r in find_references(text) if r.text == written]


@pytest.mark.parametrize("text, written, expected", [
    ("THE GOVERNMENT |\nNo. 21/2016/ND-CP |\n| Hanoi, March 31, 2016 |\n"
     "DECREE\nOn fees for land records, which Decree No. 12/2010/ND-CP of February 1, 2010 set before\n"
     "The Government promulgates the Decree on fees for land records.", "the Decree", ["21/2016/NĐ-CP"]),
    ("THE GOVERNMENT\nNumber: 8/2018/ND-CP\nHanoi, January 15, 2018\nOn water charges, as Decree No. 45/2015/ND-CP of May 6, 2015 left them\n"
     "The Government promulgates the Decree on water charges.", "the Decree", ["8/2018/NĐ-CP"]),
    # look-alike: "No." inside a press sentence opens no header: the Decree is the one named last
    ("The new decree, No. 21/2016/ND-CP, was issued in March. The ministry also cited Decree No. 12/2010/ND-CP.\n"
     "Under the Decree, fees fall.", "the Decree", ["12/2010/NĐ-CP"]),
])
def test_the_decree_under_a_header_numbered_without_a_colon(text, written, expected):
    assert _ids_of(text, written) == expected


# ------------------------------------------------------------------ relations


def relations(text):
    return [(r.id, r.relation) for r in find_references(text)]


@pytest.mark.parametrize("text, expected", [
    ("The Government promulgates Decree No. 21/2016/ND-CP detailing a number of articles of, and providing measures to implement, "
     "the Law on Cooperatives.", [("21/2016/NĐ-CP", "cites"), ("Luật Hợp tác xã", "guides")]),
    ("The Government promulgates a Decree amending Government’s Decree No. 95/2021/ND-CP and Government’s Decree No. 83/2014/ND-CP.",
     [("95/2021/NĐ-CP", "amends"), ("83/2014/NĐ-CP", "amends")]),
    ("The Government promulgates a Decree replacing the Prime Minister's Decision No. 28/2018/QD-TTg and "
     "the Prime Minister's Decision No. 31/2019/QD-TTg.", [("28/2018/QĐ-TTg", "replaces"), ("31/2019/QĐ-TTg", "replaces")]),
    # look-alikes: the possessive in another sentence starts no list; a law after a plain comma is cited
    ("The Government promulgates a Decree amending Decree No. 95/2021/ND-CP. Government’s Decree No. 83/2014/ND-CP remains in force.",
     [("95/2021/NĐ-CP", "amends"), ("83/2014/NĐ-CP", "cites")]),
    ("Decree No. 21/2016/ND-CP on cooperatives, and the Law on Cooperatives apply.",
     [("21/2016/NĐ-CP", "cites"), ("Luật Hợp tác xã", "cites")]),
])
def test_relations_through_a_comma_clause_and_a_possessive(text, expected):
    assert relations(text) == expected
