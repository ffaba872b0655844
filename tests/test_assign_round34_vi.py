"""Round 34's Vietnamese classes (issue #13, blind round 34 vi: docs/quality.md, `## Round 34 (blind, real public
pages): assignments vi` and its after-fix section): new literal sentences, not the pages' text, with look-alikes that
must not fire. The classes are Vietnamese ones (a determiner written around a committee word, a membership aside with
`là thành viên`, a compound sharing an assigning verb's letters, a passive `được yêu cầu`), and a report's addressee
in a bare continuation, which exists in English too (`report the results to …`, grammar.json `recipient_markers`)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-05-10")
_rows_late = rows_reader(published="2025-10-01")


# 1. A determiner written before a committee word that takes its own after it (``các UBND các huyện``): the first is a
# typo's, so the committees are read (grammar.json ``doubled_determiner_names``; extractor._doubled_determiner).
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh yêu cầu các UBND các huyện, thị xã rà soát thiệt hại do mưa đá.",
     [("DPC", "assignee", "PPC", None)]),
    ("Chủ tịch UBND tỉnh chỉ đạo các Ủy ban nhân dân các huyện khẩn trương sửa chữa trường học trước ngày 20/5/2025.",
     [("DPC", "assignee", "PPC", "2025-05-20")]),
])
def test_determiner_around_a_committee_word(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # one determiner only, and a determiner before a committee word with none after it: read as before
    ("UBND tỉnh yêu cầu UBND các huyện, thị xã rà soát thiệt hại do mưa đá.", [("DPC", "assignee", "PPC", None)]),
    # the committees as a place of work, not asked
    ("Đoàn công tác đã làm việc tại các UBND các huyện miền núi.", []),
])
def test_determiner_around_a_committee_word_look_alikes(text, expected):
    assert _rows(text, "vi") == expected


# 2. What a subject is a member of, between it and its cue (``Các sở, ban, ngành là thành viên Ban Chỉ đạo phối hợp
# …``): an aside, so the subject meets its cue (grammar.json ``membership_phrase_openers``; cues._fragments).
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh chỉ đạo Sở Y tế tổ chức tiêm vắc xin. Các sở, ban, ngành là thành viên Ban Chỉ đạo phối hợp "
     "kiểm tra các điểm tiêm.",
     [("DOH", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Công Thương theo dõi giá cả. Các sở, ngành là cơ quan thành viên Tổ công tác tăng cường "
     "kiểm tra thị trường.",
     [("DOIT", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
])
def test_membership_aside_before_the_cue(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # a membership told as a fact, no cue after it
    ("UBND tỉnh chỉ đạo Sở Y tế tổ chức tiêm vắc xin. Các sở, ban, ngành là thành viên Ban Chỉ đạo tỉnh.",
     [("DOH", "assignee", "PPC", None)]),
])
def test_membership_aside_look_alikes(text, expected):
    assert _rows(text, "vi") == expected


# 3. A bare continuation after an item whose sentence holds a compound sharing a handing-down verb's letters
# (``công trình giao thông``: ``giao`` hands nothing down; grammar.json ``cue_compounds`` read by
# common.handed_down_cue), and whose own sentence names a report's addressee (``gửi về Sở …``: no other subject;
# extractor._subjectless_continuations with deadline_checks.a_recipient).
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh chỉ đạo UBND các huyện sửa chữa các công trình giao thông bị hư hỏng. Rà soát, báo cáo thiệt hại "
     "trước ngày 25/5/2025.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", "2025-05-25")]),
    ("UBND tỉnh chỉ đạo UBND các huyện tổ chức thăm hỏi các gia đình bị thiệt hại. Rà soát, báo cáo thiệt hại và "
     "gửi về Sở Tài chính trước ngày 25/5/2025.",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", "2025-05-25")]),
])
def test_bare_continuation_past_a_compound_and_an_addressee(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # the item's body handing the task down (``giao`` as a verb): the bare sentence is theirs, no row
    ("UBND tỉnh chỉ đạo UBND các huyện giao các trường học sửa chữa phòng học. Rà soát, báo cáo thiệt hại trước "
     "ngày 25/5/2025.",
     [("DPC", "assignee", "PPC", None)]),
    # another body as a co-worker in the bare sentence (not where a report goes): it ends the item
    ("UBND tỉnh chỉ đạo UBND các huyện tổ chức thăm hỏi các gia đình bị thiệt hại. Rà soát thiệt hại cùng Sở Tài "
     "chính trước ngày 25/5/2025.",
     [("DPC", "assignee", "PPC", None)]),
])
def test_bare_continuation_past_a_compound_look_alikes(text, expected):
    # (no continuation row; the item's own date is task_deadlines' matter, not this class's)
    assert [r[:3] for r in _rows(text, "vi") if r[0] == "DPC"] == [e[:3] for e in expected]


# 4. A body asked again in the passive (``Sở Xây dựng cũng được yêu cầu …``): its ``được yêu cầu`` asks it and hands
# nothing down, so a bare continuation right after it is its own task, dated by its own sentence (common.hands_the_task_down:
# the passive auxiliary of grammar.json ``passive_auxiliaries``). A bare ``Địa phương`` stays no body (round 29's
# call, kept by round 34's gold correction).
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Đồng Tháp giao Sở Xây dựng kiểm tra các công trình. Sở Xây dựng cũng được yêu cầu lập danh sách các "
     "công trình xuống cấp. Rà soát, báo cáo kết quả trước ngày 20/10/2025.",
     [("DOC@82", "assignee", "PPC@82", None), ("DOC@82", "assignee", "PPC@82", None),
      ("DOC@82", "assignee", "PPC@82", "2025-10-20")]),
])
def test_passive_request_hands_nothing_down(text, expected):
    assert _rows_late(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # an active request after the body hands the task down to bodies outside the table: no continuation row
    ("UBND tỉnh Đồng Tháp giao Sở Xây dựng kiểm tra các công trình, yêu cầu các chủ đầu tư lập danh sách các công "
     "trình xuống cấp. Rà soát, báo cáo kết quả trước ngày 20/10/2025.",
     [("DOC@82", "assignee")]),
    # a bare ``Địa phương`` after a named ward is no body (round 29's call)
    ("Lãnh đạo tỉnh Đồng Tháp yêu cầu phường Sa Đéc cắm biển cảnh báo khu vực sạt lở. Địa phương cũng được yêu cầu "
     "lập danh sách các hộ phải di dời.",
     [("CPC@82", "assignee")]),
])
def test_passive_request_look_alikes(text, expected):
    assert [r[:2] for r in _rows_late(text, "vi")] == expected


# The English reading of a report's addressee in a bare continuation (``… . Review and report the results to the
# Department of Finance before …``: grammar.json ``recipient_markers`` gain ``results to``), with a look-alike whose
# body is a partner; the French reading of a plain request stays.
@pytest.mark.parametrize("text, lang, expected", [
    ("The provincial People's Committee asked the Department of Health to inspect the hospitals. Review and report "
     "the results to the Department of Finance before May 25, 2025.", "en",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", "2025-05-25")]),
    ("The provincial People's Committee asked the Department of Health to inspect the hospitals. Review the results "
     "together with the Department of Finance before May 25, 2025.", "en",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", "2025-05-25"), ("DOF", "coordinate", "PPC", None)]),
    ("Le Comité populaire provincial a demandé au Service de la santé d'inspecter les hôpitaux.", "fr",
     [("DOH", "assignee", "PPC", None)]),
])
def test_other_languages_keep_their_readings(text, lang, expected):
    assert _rows(text, lang) == expected
