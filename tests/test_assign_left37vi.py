"""Stop 44's left classes, Vietnamese (issue #13; helper left37, not blind): each class with new sentences (none
copied from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-05-01")

_PLAN = "UBND tỉnh Nghệ An ban hành kế hoạch phòng chống sốt xuất huyết năm 2024. "
_DOH = ("DOH@40", "assignee", "PPC@40")


@pytest.mark.parametrize("text, expected", [
    # a body that "is the unit tasked with" a duty (là đơn vị / cơ quan được giao, được phân công) is tasked; an
    # opener's continuation with a summing-up verb after it is its next task
    (_PLAN + "Sở Y tế là đơn vị được giao nhiệm vụ giúp UBND tỉnh theo dõi việc thực hiện kế hoạch.", [_DOH]),
    (_PLAN + "Sở Y tế là cơ quan được phân công kiểm tra các ổ dịch.", [_DOH]),
    (_PLAN + "Sở Y tế là đơn vị được giao nhiệm vụ theo dõi việc thực hiện kế hoạch. Đồng thời, tổng hợp kết quả "
             "báo cáo UBND tỉnh.", [_DOH, _DOH]),
    # look-alikes: a unit praised, a unit first to do a thing
    (_PLAN + "Sở Y tế là đơn vị được khen thưởng năm 2023.", []),
    (_PLAN + "Sở Y tế là đơn vị đầu tiên hoàn thành kế hoạch.", []),
])
def test_the_unit_tasked_with(text, expected):
    assert _rows(text, "vi") == expected


_ASKED = ("UBND tỉnh Nghệ An yêu cầu các sở, ngành, UBND các huyện có kế hoạch bảo đảm an toàn giao thông dịp Tết. "
          "Tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ. ")
_TWO = [("DEPARTMENTS@40", "assignee", "PPC@40"), ("DPC@40", "assignee", "PPC@40")]


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with a plain word, no body named, right after a bare continuation in the same paragraph:
    # the same bodies' next task
    (_ASKED + "Kiên trì vận động Nhân dân đội mũ bảo hiểm khi tham gia giao thông.", _TWO * 3),
    (_ASKED + "Kiên trì vận động Nhân dân thực hiện khẩu hiệu “Đã uống rượu bia thì không lái xe”.", _TWO * 3),
    # look-alikes: a statement after the chain (a past event, a copula); the plain word right after the item, no bare
    # continuation before it; a new paragraph
    (_ASKED + "Năm 2023 toàn tỉnh đã xảy ra 200 vụ tai nạn giao thông.", _TWO * 2),
    (_ASKED + "Đây là nhiệm vụ trọng tâm của năm.", _TWO * 2),
    ("UBND tỉnh Nghệ An yêu cầu các sở, ngành, UBND các huyện có kế hoạch bảo đảm an toàn giao thông dịp Tết. "
     "Kiên trì vận động Nhân dân đội mũ bảo hiểm.", _TWO),
    (_ASKED + "\nKiên trì vận động Nhân dân đội mũ bảo hiểm.", _TWO * 2),
])
def test_a_plain_word_after_a_bare_continuation(text, expected):
    assert _rows(text, "vi") == expected
