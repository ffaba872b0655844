"""Issue #13, the Vietnamese assignment classes that round 15b (10 real public pages, blind; README "Round 15b (blind,
real public pages): assignments vi") showed, and the lead's decision on a town's committee. New sentences written for
these tests (not the pages' sentences), one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows


# ------------------------------------------------------------------ the next sentence's deadline past a submission's recipient


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Yên Bái có ý kiến chỉ đạo: Giao Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật. "
     "Trình UBND tỉnh trước ngày 15/5/2019.", [("DOJ@15", "lead", "PPC@15", "2019-05-15", "before")]),
    ("UBND tỉnh Yên Bái giao Sở Y tế chủ trì góp ý dự thảo Thông tư. Yêu cầu gửi ý kiến tham gia về Bộ Y tế trước "
     "ngày 3/6/2019.", [("DOH@15", "lead", "PPC@15", "2019-06-03", "before")]),
    ("UBND tỉnh Yên Bái giao Sở Nội vụ tổng hợp số liệu biên chế. Hoàn thành trước ngày 10/7/2019 để báo cáo Bộ Nội vụ.",
     [("DOHA@15", "assignee", "PPC@15", "2019-07-10", "before")]),
    # look-alike: a sentence about another body's own work keeps its date
    ("UBND tỉnh Yên Bái giao Sở Nội vụ tổng hợp số liệu biên chế. Bộ Nội vụ sẽ tổ chức hội nghị trước ngày 10/7/2019.",
     [("DOHA@15", "assignee", "PPC@15", None, None)]),
])
def test_a_submissions_recipient_does_not_stop_the_next_sentences_deadline(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a province's "UBND các địa phương"


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Hà Nam yêu cầu Chủ tịch UBND các địa phương hoàn thành kiểm kê đất đai trước ngày 30/9/2024.",
     [("DPC@35", "assignee", "PPC@35", "2024-09-30", "before")]),
    ("UBND tỉnh Hà Nam ban hành kế hoạch kiểm kê đất đai. Theo đó, giao UBND các địa phương thành lập tổ công tác.",
     [("DPC@35", "assignee", "PPC@35", None, None)]),
    # after the July 2025 reform the localities of a province are its communes
    ("Ngày 5/9/2025, UBND tỉnh Ninh Bình yêu cầu UBND các địa phương rà soát nhà tạm.",
     [("CPC@37", "assignee", "PPC@37", None, None)]),
    # look-alikes: a ministry's localities are the provinces, not districts; the bare localities of a province stay no row
    ("Bộ Tài chính đề nghị UBND các địa phương rà soát các khoản chi thường xuyên.", []),
    ("UBND tỉnh Hà Nam yêu cầu các địa phương rà soát nhà tạm.", []),
])
def test_a_provinces_local_committees_are_its_district_level_ones(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a period's start is not the text's date


@pytest.mark.parametrize("text, expected", [
    # the merger told ahead ("kể từ ngày 1/7/2025 … sẽ sáp nhập"): the text is older, its province keeps its 2024 code
    ("UBND tỉnh Bình Phước giao các sở, ban, ngành rà soát hồ sơ cán bộ. Kể từ ngày 1/7/2025, hai tỉnh Bình Phước và "
     "Đồng Nai sẽ hợp nhất.", [("DEPARTMENTS@70", "assignee", "PPC@70", None, None)]),
    # look-alike: a text dated after the merger moves the code to the 2025 scheme
    ("Ngày 5/8/2025, UBND tỉnh Bình Phước giao các sở, ban, ngành rà soát hồ sơ cán bộ.",
     [("DEPARTMENTS@75", "assignee", "PPC@75", None, None)]),
])
def test_a_periods_start_is_not_the_texts_date(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a topic's sentence lends no date


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Điện Biên giao Sở Tài chính rà soát các khoản phụ cấp. Đối với cán bộ nghỉ hưu, việc chi trả thực hiện "
     "trong tháng 6/2024.", [("DOF@11", "assignee", "PPC@11", None, None)]),
    # look-alike: the next sentence without a topic still gives the task its date
    ("UBND tỉnh Điện Biên giao Sở Tài chính rà soát các khoản phụ cấp. Thời hạn hoàn thành trong tháng 6/2024.",
     [("DOF@11", "assignee", "PPC@11", "2024-06", "in")]),
])
def test_a_sentence_opening_with_a_topic_lends_no_date(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a committee holding its meeting


@pytest.mark.parametrize("text, expected", [
    ("Sáng 12/4, UBND huyện tổ chức phiên họp thường kỳ tháng 4. Kết luận phiên họp, Chủ tịch UBND huyện yêu cầu các "
     "cơ quan, đơn vị tập trung giải ngân vốn đầu tư.", []),
    # look-alike: a committee asked to organise a check is tasked
    ("Kết luận như sau: UBND các huyện tổ chức kiểm tra các công trình chậm tiến độ.",
     [("DPC", "assignee", None, None, None)]),
])
def test_a_committee_holding_its_meeting_is_no_task(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a town's committee (the lead's decision)


@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Đồng Tháp giao Sở Xây dựng chủ trì, phối hợp với UBND thành phố Sa Đéc kiểm tra các công trình.",
     [("DOC@87", "lead", "PPC@87", None, None), ("DPC@87", "coordinate", "PPC@87", None, None)]),
    ("Chủ tịch UBND tỉnh Đồng Tháp yêu cầu UBND TP Cao Lãnh rà soát các dự án chậm tiến độ.",
     [("DPC@87", "assignee", "PPC@87", None, None)]),
    # look-alikes: a town's police stays out; a person's name after "TP" is the city's chairman, no town
    ("UBND tỉnh Đồng Tháp yêu cầu Công an TP Sa Đéc điều tra vụ việc.", []),
    ("UBND thành phố Hà Nội yêu cầu Chủ tịch UBND TP Nguyễn Văn Bình chỉ đạo kiểm tra.", []),
])
def test_a_towns_committee_is_a_district_level_committee(text, expected):
    assert rows(text) == expected


# ------------------------------------------------------------------ a closing request pointing back to the task


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh Yên Bái có ý kiến chỉ đạo: Giao Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật. "
     "Yêu cầu hoàn thành trước ngày 15/5/2019. Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Tư pháp "
     "triển khai thực hiện.",
     [("DOJ@15", "lead", "PPC@15", "2019-05-15", "before"), ("DOJ@15", "assignee", "PPC@15", "2019-05-15", "before")]),
    # look-alikes: another body's closing request takes no date; without the back reference no date either
    ("Chủ tịch UBND tỉnh Yên Bái có ý kiến chỉ đạo: Giao Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật. "
     "Yêu cầu hoàn thành trước ngày 15/5/2019. Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế "
     "triển khai thực hiện.",
     [("DOJ@15", "lead", "PPC@15", "2019-05-15", "before"), ("DOH@15", "assignee", "PPC@15", None, None)]),
    ("Chủ tịch UBND tỉnh Yên Bái giao Sở Tư pháp rà soát các văn bản trước ngày 15/5/2019. Ngoài ra, Chủ tịch UBND "
     "tỉnh yêu cầu Giám đốc Sở Tư pháp tăng cường kiểm tra công tác hộ tịch.",
     [("DOJ@15", "assignee", "PPC@15", "2019-05-15", "before"), ("DOJ@15", "assignee", "PPC@15", None, None)]),
])
def test_a_closing_request_pointing_back_takes_the_tasks_deadline(text, expected):
    assert rows(text) == expected
