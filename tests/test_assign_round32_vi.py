"""Round 32 vi (issue #13, blind round on real pages): the classes its first run showed, each with look-alikes that
must keep their reading, in every language where the class exists (docs/quality.md, "Round 32, assignments vi after
the fixes"). The sentences are written for these tests, not copied from the pages."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


# 1. "cơ sở" (a facility) before a department's field is no department: cues.json name_heads gains "cơ".
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh Thanh Hóa yêu cầu các sở, ngành khắc phục hậu quả. Cơ sở giáo dục đào tạo phải khang trang khi vào năm học mới.",
     [("DEPARTMENTS@38", "assignee", "PPC@38", None)]),
    ("UBND tỉnh Thanh Hóa yêu cầu các sở, ngành khắc phục hậu quả. Cơ sở y tế phải sẵn sàng thuốc men.",
     [("DEPARTMENTS@38", "assignee", "PPC@38", None)]),
    # look-alikes: the department itself, named with its capital or after a determiner, is still asked
    ("UBND tỉnh Thanh Hóa yêu cầu các sở, ngành khắc phục hậu quả. Sở Giáo dục và Đào tạo phải bảo đảm trường lớp khang trang.",
     [("DEPARTMENTS@38", "assignee", "PPC@38", None), ("DOET@38", "assignee", "PPC@38", None)]),
    ("UBND tỉnh Thanh Hóa giao Sở Y tế kiểm tra các cơ sở khám bệnh.",
     [("DOH@38", "assignee", "PPC@38", None)]),
])
def test_facility_before_a_field_is_no_department(text, expected):
    assert _rows(text, "vi") == expected


# 2. A sentence a sector opens (its own subject, outside the table) keeps its date: cues.json other_party_subjects.
@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng yêu cầu Bộ Y tế, các địa phương tiếp tục thực hiện nghiêm Công điện số 116. Ngành y tế bảo đảm đủ thuốc, "
     "kết thúc chiến dịch chậm nhất trong ngày 30/11/2025.", "vi",
     [("MOH", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("The Prime Minister asked the Ministry of Health and localities to strictly implement Dispatch 116. The health sector "
     "shall ensure enough vaccines and end the campaign by March 31, 2025.", "en",
     [("MOH", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("Le Premier ministre a demandé au ministère de la Santé et aux localités d'appliquer la dépêche 116. Le secteur de la "
     "santé doit garantir les vaccins et achever la campagne au plus tard le 31 mars 2025.", "fr",
     [("MOH", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # look-alike: a subjectless continuation is the same bodies' task (stop 40), its date theirs
    ("Thủ tướng yêu cầu Bộ Y tế, các địa phương tiếp tục thực hiện nghiêm Công điện số 116. Bảo đảm đủ thuốc, kết thúc "
     "chiến dịch chậm nhất trong ngày 30/11/2025.", "vi",
     [("MOH", "assignee", "PM", "2025-11-30"), ("PROVINCES", "assignee", "PM", "2025-11-30")]),
])
def test_a_sectors_own_sentence_keeps_its_date(text, lang, expected):
    assert _rows(text, lang) == expected


# 3. A speaker who stresses a duty: a comma and a purpose clause may follow the verb (grammar's emphasis_purpose_openers),
#    and a pronoun with a full name stands for the body his post named with that name earlier (askers._emphasising_named_person).
@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Chủ tịch UBND tỉnh Gia Lai Nguyễn Thị Thanh Lịch chủ trì hội nghị. Bà Nguyễn Thị Thanh Lịch nhấn mạnh, các sở, "
     "ngành, xã, phường cần đẩy nhanh tiến độ.", "vi",
     [("DEPARTMENTS@52", "assignee", "PPC@52", None), ("CPC@52", "assignee", "PPC@52", None)]),
    ("Chủ tịch UBND tỉnh Gia Lai Phạm Anh Tuấn chủ trì hội nghị. Ông Phạm Anh Tuấn nhấn mạnh, để đạt mục tiêu, các sở, "
     "ngành cần đẩy nhanh tiến độ.", "vi", [("DEPARTMENTS@52", "assignee", "PPC@52", None)]),
    ("Chủ tịch UBND tỉnh Gia Lai Phạm Anh Tuấn nhấn mạnh, để đạt mục tiêu, các sở, ngành cần đẩy nhanh tiến độ.", "vi",
     [("DEPARTMENTS@52", "assignee", "PPC@52", None)]),
    ("The Chairman of the Gia Lai Provincial People's Committee stressed that, to meet the target, the Department of Finance "
     "must speed up the work.", "en", [("DOF@52", "assignee", "PPC@52", None)]),
    ("Le président du Comité populaire provincial de Gia Lai a souligné que, pour atteindre l'objectif, le Service des "
     "finances doit accélérer les travaux.", "fr", [("DOF@52", "assignee", "PPC@52", None)]),
    # look-alikes: a person the text never gave a post, and the plain forms that were read before
    ("Chủ tịch UBND tỉnh Gia Lai Phạm Anh Tuấn chủ trì hội nghị. Ông Nguyễn Văn Bình nhấn mạnh, các sở, ngành cần đẩy "
     "nhanh tiến độ.", "vi", [("DEPARTMENTS@52", "assignee", None, None)]),
    ("The Chairman of the Gia Lai Provincial People's Committee stressed that the Department of Finance must speed up the "
     "work.", "en", [("DOF@52", "assignee", "PPC@52", None)]),
])
def test_a_speaker_stressing_a_duty_asks(text, lang, expected):
    assert _rows(text, lang) == expected


# 4. A letter sent to addressees with their task right after them and no request verb (frames._addressee_frame).
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh Lâm Đồng có văn bản gửi các sở, ngành, UBND các huyện triển khai chiến dịch tiêm chủng.", "vi",
     [("DEPARTMENTS@68", "assignee", "PPC@68", None), ("DPC@68", "assignee", "PPC@68", None)]),
    ("UBND tỉnh Lâm Đồng vừa có văn bản gửi Sở Y tế tổ chức thực hiện chiến dịch tiêm chủng.", "vi",
     [("DOH@68", "assignee", "PPC@68", None)]),
    # the English form was read already
    ("The Lam Dong Provincial People's Committee sent a document to departments and district People's Committees to carry "
     "out the vaccination campaign.", "en",
     [("DEPARTMENTS@68", "assignee", "PPC@68", None), ("DPC@68", "assignee", "PPC@68", None)]),
    # look-alikes: a letter about a topic, a list of addressees alone
    ("UBND tỉnh Lâm Đồng có văn bản gửi Sở Y tế về kết quả chiến dịch tiêm chủng.", "vi", []),
    ("UBND tỉnh Lâm Đồng có văn bản gửi Sở Y tế, UBND các huyện.", "vi", []),
    ("Công điện gửi Chủ tịch UBND các tỉnh, thành phố: Quảng Ninh, Hải Phòng.", "vi", []),
])
def test_a_letters_addressees_with_their_task_after_them(text, lang, expected):
    assert _rows(text, lang, "2024-10-01") == expected


# 5. A list's comma lost after the departments as a whole, before a body named with its capital
#    (frames._body_after_departments_without_comma): one list, its verb before it.
@pytest.mark.parametrize("text, expected", [
    ("UBND tỉnh yêu cầu các sở, ban, ngành UBND các huyện, thành phố và các doanh nghiệp nhà nước khẩn trương thực hiện.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu các sở, ngành UBND các huyện và các đơn vị sự nghiệp căn cứ quy định khẩn trương rà soát.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    # look-alikes: the comma written (read before), and the departments' leaders attending, no one asked
    ("UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố và các doanh nghiệp nhà nước khẩn trương thực hiện.",
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("Lãnh đạo các sở, ngành UBND các huyện dự hội nghị.", []),
])
def test_a_lost_comma_after_the_departments(text, expected):
    assert _rows(text, "vi", "2024-10-01") == expected
