"""Round 34's Vietnamese open classes (issue #13, helper w2vi34; docs/quality.md `### Round 34's Vietnamese open
classes (assignments, not blind)`): new literal sentences, not the pages' text, with look-alikes that must not fire."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


# 1. The lead's ruling (stop 42): a bare continuation after a list mixing table bodies and bodies outside it is the
# table bodies' task, a row each; a series of verbs opening with `vận động,` / `huy động,` is such a continuation
# (cues.json `bare_continued_task_verbs`, with the comma: `Huy động được 500 người` reports a result).
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh yêu cầu UBND các xã, phường, các cơ quan, đơn vị liên quan tạm dừng việc thu phí chợ. Vận động, "
     "hướng dẫn người dân chấp hành quy định.", "vi",
     [("CPC", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu UBND các huyện và các doanh nghiệp liên quan dừng khai thác cát. Huy động, bố trí lực lượng "
     "canh gác bãi cát trước ngày 15/10/2025.", "vi",
     [("DPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", "2025-10-15")]),
    ("UBND tỉnh yêu cầu UBND các xã, phường, các cơ quan, đơn vị liên quan tạm dừng việc thu phí chợ. Rà soát các "
     "hồ sơ tồn đọng.", "vi",
     [("CPC", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
    ("The Provincial People's Committee asked the commune People's Committees and relevant agencies and units to "
     "suspend evictions. Review the pending cases.", "en",
     [("CPC", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None)]),
])
def test_continuation_after_a_mixed_list(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # every body the item tasked is outside the table: no row (ruling a's exception)
    ("UBND tỉnh yêu cầu các cơ quan, đơn vị liên quan tạm dừng thu phí. Vận động, hướng dẫn người dân chấp hành.",
     "vi", []),
    # a result reported, not a task
    ("UBND tỉnh yêu cầu UBND các xã tạm dừng việc thu phí chợ. Huy động được 500 người tham gia.", "vi",
     [("CPC", "assignee", "PPC", None)]),
    # a new paragraph
    ("UBND tỉnh yêu cầu UBND các xã tạm dừng việc thu phí chợ.\nVận động, hướng dẫn người dân chấp hành.", "vi",
     [("CPC", "assignee", "PPC", None)]),
])
def test_continuation_after_a_mixed_list_look_alikes(text, lang, expected):
    assert _rows(text, lang) == expected


# 2. Round 34b vi's subject forms: a lead cue closed by a semicolon before the bodies working with it (grammar.json
# `lead_semicolon_subjects`; cues.lead_after), adverbs between a subject and its verb (`nghiêm túc,`: cues.json
# `adverbs`), `làm chủ nhiệm đề án` as a lead cue and its partners (cues.json `lead_after`).
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Y tế chủ trì thực hiện tiêu chí y tế.\nSở Tư pháp chủ trì; UBND các huyện và các sở, ngành "
     "liên quan tập trung thực hiện tiêu chí tiếp cận pháp luật.",
     [("DOH", "lead", "PPC", None), ("DOJ", "lead", "PPC", None), ("DPC", "assignee", "PPC", None),
      ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Y tế chủ trì thực hiện tiêu chí y tế.\nCác sở, ngành liên quan nghiêm túc, tập trung triển "
     "khai thực hiện các tiêu chí.", [("DOH", "lead", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu UBND các huyện nghiêm túc, khẩn trương triển khai kế hoạch.", [("DPC", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Y tế chủ trì thực hiện tiêu chí y tế. Sở Tư pháp làm chủ nhiệm đề án, phối hợp các sở, ngành "
     "chuyên môn xây dựng các đề án thành phần.",
     [("DOH", "lead", "PPC", None), ("DOJ", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None)]),
])
def test_round34b_subject_forms(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # a person chairs: the cue closed by a semicolon with no bodies after it
    ("UBND tỉnh giao Sở Y tế chủ trì thực hiện tiêu chí y tế.\nÔng Nguyễn Văn A, Giám đốc Sở Tư pháp chủ trì; tham dự "
     "có đại diện UBND các huyện.", [("DOH", "lead", "PPC", None)]),
    # a meeting's chair, bodies after the semicolon attending
    ("Buổi làm việc do Sở Tư pháp chủ trì; UBND các huyện tham dự.", []),
    # an assessment, no verb after the adverb
    ("UBND tỉnh đánh giá các sở, ngành liên quan nghiêm túc, cầu thị trong công tác.", []),
    # a person's post
    ("Ông Nguyễn Văn A làm chủ nhiệm đề án từ năm 2020.", []),
])
def test_round34b_subject_forms_look_alikes(text, expected):
    assert _rows(text, "vi") == expected


# 3. A headline's province acting on its own (`Hà Nội chủ động …` as the title) tasks no body
# (extractor._without_headline_province_acting); English read it so already.
@pytest.mark.parametrize("text, lang, expected", [
    ("Quảng Ninh chủ động phòng chống rét đậm kéo dài\n\nTrước diễn biến rét đậm, UBND tỉnh Quảng Ninh yêu cầu Sở Y tế "
     "chủ trì, phối hợp với UBND các huyện bảo đảm chăm sóc sức khỏe người dân.", "vi",
     [("DOH@22", "lead", "PPC@22", None), ("DPC@22", "coordinate", "PPC@22", None)]),
    ("Quang Ninh proactively prevents prolonged cold spells\n\nFacing the cold spell, the Quang Ninh Provincial People's "
     "Committee asked the Department of Health to ensure health care for the people in all districts.", "en",
     [("DOH@22", "assignee", "PPC@22", None)]),
])
def test_headline_province_acting(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the committee named in the headline keeps its row
    ("UBND tỉnh Quảng Ninh chủ động phòng chống rét đậm kéo dài\n\nTrước diễn biến rét đậm, UBND tỉnh Quảng Ninh yêu "
     "cầu Sở Y tế chủ trì bảo đảm chăm sóc sức khỏe người dân.",
     [("PPC@22", "assignee", None, None), ("DOH@22", "lead", "PPC@22", None)]),
    # the province acting in a sentence of the body: read as before
    ("Trước diễn biến rét đậm, Quảng Ninh chủ động phòng chống rét đậm kéo dài cho người dân các huyện.",
     [("PPC@22", "assignee", None, None)]),
])
def test_headline_province_acting_look_alikes(text, expected):
    assert _rows(text, "vi") == expected


# 4. A date in the next sentence naming the work again (`… yêu cầu 5 đề án nhánh nêu trên hoàn thành trong quý
# 3/2021`): it dates the rows of the sentence before (vi deadlines.json `deadline_sentence_openers`, as en's).
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh giao Sở Nội vụ làm chủ nhiệm đề án, phối hợp các sở, ngành xây dựng hai đề án nhánh: Kinh tế đô thị do "
     "Sở Tài chính chủ trì và Văn hóa đô thị do Sở Văn hóa, Thể thao và Du lịch chủ trì. UBND tỉnh yêu cầu hai đề án "
     "nhánh nêu trên hoàn thành trong quý 4/2025.",
     [("DOHA", "lead", "PPC", "2025-Q4"), ("DEPARTMENTS", "coordinate", "PPC", "2025-Q4"),
      ("DOF", "lead", "PPC", "2025-Q4"), ("DOCST", "lead", "PPC", "2025-Q4")]),
    ("UBND tỉnh giao Sở Tài chính chủ trì xây dựng đề án. UBND tỉnh yêu cầu đề án nêu trên hoàn thành trước ngày "
     "30/11/2025.", [("DOF", "lead", "PPC", "2025-11-30")]),
    # an asker written with a dot inside its name
    ("UBND TP.HCM giao Sở Tài chính chủ trì xây dựng đề án thu ngân sách. TP.HCM yêu cầu đề án nêu trên hoàn thành trong "
     "quý 4/2025.", [("DOF@79", "lead", "PPC@79", "2025-Q4")]),
])
def test_date_of_the_work_named_again(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # a body asked in the dated sentence: the date is its task's, not the item's before
    ("UBND tỉnh giao Sở Tài chính chủ trì xây dựng đề án. UBND tỉnh yêu cầu Sở Xây dựng hoàn thành dự án trên trong "
     "quý 4/2025.", [("DOF", "lead", "PPC", None), ("DOC", "assignee", "PPC", "2025-Q4")]),
])
def test_date_of_the_work_named_again_look_alikes(text, expected):
    assert _rows(text, "vi") == expected


# 5. A subject list running through names outside the table before its verb (`… UBND các huyện và các tổ chức, cá
# nhân có liên quan tổ chức …`): the others are a list skip, so `tổ chức` after them is the list's verb, not a noun
# the cue misreads (cues.json's list skips).
@pytest.mark.parametrize("text, expected", [
    ("Theo đó, các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện và các tổ chức, cá nhân có liên quan tổ chức thực "
     "hiện kế hoạch phòng chống dịch.", [("DEPARTMENTS", "assignee", None, None), ("DPC", "assignee", None, None)]),
    ("Các sở, ngành, UBND các xã và các tổ chức, cá nhân liên quan tổ chức tuyên truyền quy định mới.",
     [("DEPARTMENTS", "assignee", None, None), ("CPC", "assignee", None, None)]),
])
def test_subject_list_through_others(text, expected):
    assert _rows(text, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # only the others: no row
    ("Các tổ chức, cá nhân có liên quan tổ chức thực hiện kế hoạch phòng chống dịch.", []),
    # the others guided by a body: read as before
    ("Sở Y tế hướng dẫn các tổ chức, cá nhân có liên quan tổ chức thực hiện kế hoạch.", [("DOH", "assignee", None, None)]),
])
def test_subject_list_through_others_look_alikes(text, expected):
    assert _rows(text, "vi") == expected


def test_date_of_the_work_named_again_stays_in_its_paragraph():
    text = ("UBND tỉnh giao Sở Nội vụ rà soát tên đề án.\n\nSở Tài chính chủ trì xây dựng đề án thu ngân sách. UBND tỉnh "
            "yêu cầu đề án nêu trên hoàn thành trong quý 4/2025.")
    assert _rows(text, "vi") == [("DOHA", "assignee", "PPC", None), ("DOF", "lead", "PPC", "2025-Q4")]
