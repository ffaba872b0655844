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
