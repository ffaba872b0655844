"""Issue #13, round 7's error classes (blind round ``vi:heldout7`` on real public pages, most of them
provincial): the titles of the heads standing for their bodies, the other collective names of a province's
departments and of the ministries, addressee lists that open with names outside the table, a letter's
addressees asked by the request after them, a body's name inside its office's or party committee's name,
the provincial committee that directs (it assigns, it is not tasked), one row per body a list names twice,
who asks (never the tasked body itself; a pronoun goes on with the last asker) and a year before the text's
own that is no deadline. New sentences written for these tests, one literal case a line, in each language
where the class exists, with the look-alikes that must stay out (or in)."""
from __future__ import annotations

import pytest

import extract
from extract.assign import stage
from tests.assign_cases import found


# ------------------------------------------------------------------ titles before the bodies


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh giao Giám đốc Sở Công Thương, Sở Tài chính kiểm tra giá xăng dầu.", "vi",
     [("DOIT", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh uỷ quyền cho Giám đốc Sở Giáo dục và Đào tạo phê duyệt kế hoạch tuyển sinh.", "vi",
     [("DOET", "assignee", "PPC")]),
    # look-alike: a head reporting is no task
    ("Giám đốc Sở Y tế cho biết sở đã kiểm tra 20 cơ sở.", "vi", []),
])
def test_a_heads_title_stands_for_the_body(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ other collective names


@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, đoàn thể tỉnh rà soát thủ tục hành chính.", "vi",
     [("DEPARTMENTS", "assignee", "PPC")]),
    # one body named twice in one list gives one row
    ("Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh chịu trách nhiệm thi hành Quyết định này.", "vi",
     [("DEPARTMENTS", "assignee", None)]),
    ("Thủ tướng yêu cầu từng bộ, ngành, địa phương phải rà soát lại danh mục dự án.", "vi",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ báo cáo kết quả.", "vi",
     [("MINISTRIES", "assignee", "PM")]),
    # look-alike: "cơ quan thuộc Chính phủ" is no request to the Government
    ("Thủ tướng yêu cầu Thủ trưởng cơ quan thuộc Chính phủ báo cáo kết quả.", "vi", [("MINISTRIES", "assignee", "PM")]),
])
def test_collective_names_of_departments_and_ministries(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ addressees outside the table first


@pytest.mark.parametrize("text, lang, expected", [
    # the province's Front committee is its chapter (round 29's convention, issue #13): VFF@NN, without a suffix
    # where the text names no province (CONTRACTS.md), with its code where it does
    ("Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Thủ trưởng các sở, ban, ngành tổ chức tốt lễ hội.", "vi",
     [("VFF", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh Bình Định đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Thủ trưởng các sở, ban, ngành tổ chức tốt lễ "
     "hội.", "vi", [("VFF@52", "assignee", "PPC@52"), ("DEPARTMENTS@52", "assignee", "PPC@52")]),
    ("Chủ tịch UBND tỉnh yêu cầu Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh tăng cường tuần tra dịp Tết.", "vi",
     [("PPS", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh yêu cầu các thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh; Chủ tịch UBND các huyện, "
     "thị xã, thành phố chủ động ứng phó với bão.", "vi", [("DPC", "assignee", "PPC")]),
    # look-alikes: words of the task before a body are no addressees
    ("Thủ tướng yêu cầu đẩy mạnh giải ngân, Bộ Tài chính cho biết sẽ báo cáo.", "vi", []),
    ("Thủ tướng yêu cầu khẩn trương hoàn thiện, ban hành nghị định, Bộ Tư pháp đã thẩm định dự thảo.", "vi", []),
])
def test_addressee_lists_opening_with_names_outside_the_table(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a letter's addressees


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh đã có văn bản gửi Sở Tài nguyên và Môi trường, Sở Xây dựng đề nghị tạm dừng cấp phép khai thác cát.", "vi",
     [("DONRE", "assignee", "PPC"), ("DOC", "assignee", "PPC")]),
    # look-alikes: the addressees of a letter without a request, and a request that names its own body
    ("UBND tỉnh đã có văn bản gửi Sở Tài chính về việc quyết toán ngân sách năm 2023.", "vi", []),
    ("UBND tỉnh có công văn gửi các sở, ngành, đề nghị Sở Y tế báo cáo số liệu.", "vi", [("DOH", "assignee", "PPC")]),
])
def test_a_letters_addressees_are_asked_by_its_request(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a name inside another body's name


@pytest.mark.parametrize("text, lang, expected", [
    ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.", "vi",
     [("DOHA", "assignee", None)]),
    ("Đảng ủy Chính phủ phải báo cáo Bộ Chính trị trước ngày 1/4.", "vi", []),
    # look-alike: the Government Office is a body of the table
    ("Văn phòng Chính phủ phải báo cáo Thủ tướng kết quả kiểm tra.", "vi", [("OOG", "assignee", None)]),
])
def test_a_bodys_office_or_party_committee_is_not_the_body(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the provincial committee directs


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh chỉ đạo tăng cường kiểm tra an toàn thực phẩm dịp Tết", "vi", []),
    # a provincial decision's heading in capitals: the committee assigns every article's tasks
    ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nQUYẾT ĐỊNH:\nĐiều 2. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành "
     "hướng dẫn thực hiện Quyết định này.\nĐiều 3. Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này.", "vi",
     [("DOF@75", "lead", "PPC@75"), ("DEPARTMENTS@75", "coordinate", "PPC@75"), ("DOJ@75", "assignee", "PPC@75")]),
    # a text naming only its province's bodies: the committee that decided is the one who asks
    ("UBND tỉnh vừa quyết định thành lập 20 đội phản ứng nhanh. UBND các huyện, thành phố có trách nhiệm bố trí "
     "nơi làm việc cho các đội.", "vi", [("DPC", "assignee", "PPC")]),
    # look-alike: a committee that must direct is tasked (and does not assign itself)
    ("UBND tỉnh Cà Mau phải chỉ đạo các sở, ngành khắc phục ngay hậu quả bão.", "vi",
     [("PPC@96", "assignee", None), ("DEPARTMENTS@96", "assignee", None)]),
])
def test_the_provincial_committee_that_directs_assigns(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a directive going on


@pytest.mark.parametrize("text, lang, expected", [
    # an adverb between the body and its plain verb, in a directive
    ("Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các bệnh viện. Khi có dịch, Sở Y tế kịp thời tổng hợp, báo cáo UBND tỉnh.", "vi",
     [("DOH", "assignee", "PPC"), ("DOH", "assignee", "PPC")]),
    # the departments qualified "có liên quan" still open a list
    ("Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành có liên quan và UBND các huyện, thành phố "
     "rà soát quy hoạch.", "vi",
     [("DOC", "lead", "PPC"), ("DEPARTMENTS", "coordinate", "PPC"), ("DPC", "coordinate", "PPC")]),
    # the heads' titles opening the clause of collective bodies
    ("Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các bệnh viện. Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện, "
     "thành phố chỉ đạo các đơn vị trực thuộc bố trí lịch trực.", "vi",
     [("DOH", "assignee", "PPC"), ("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    # look-alike: one committee's chairman reporting what he did
    ("Thủ tướng yêu cầu Bộ Y tế kiểm tra các bệnh viện. Chủ tịch UBND tỉnh Nam Định ban hành Quyết định thành lập hội đồng.", "vi",
     [("MOH", "assignee", "PM")]),
])
def test_a_directive_goes_on_with_its_bodies(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a document described by who leads its drafting: no task
    ("Theo dự thảo nghị định do Bộ Tài chính chủ trì soạn thảo, thuế suất sẽ giảm 2%.", "vi", []),
    ("Đề án do Bộ Xây dựng chủ trì xây dựng đã được trình Chính phủ.", "vi", []),
    # look-alike: a body asked to lead is tasked
    ("Thủ tướng giao Bộ Tài chính chủ trì soạn thảo nghị định.", "vi", [("MOF", "lead", "PM")]),
])
def test_a_document_described_by_its_drafter_tasks_no_one(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng đồng ý phân công Phó Thủ tướng Lê Minh Khái làm trưởng ban chỉ đạo.", "vi", []),
    # look-alike: a Deputy Prime Minister asked to direct a ministry: the ministry is tasked, he directs it
    ("Thủ tướng giao Phó Thủ tướng Trần Hồng Hà chỉ đạo Bộ Xây dựng rà soát các dự án.", "vi", [("MOC", "assignee", "DPM")]),
])
def test_a_person_named_for_a_post_is_not_tasked(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ who asks


@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh đã có văn bản gửi Công an tỉnh, Sở Y tế đề nghị kiểm tra cơ sở; đồng thời giao Sở Y tế báo cáo kết quả.", "vi",
     [("PPS", "assignee", "PPC"), ("DOH", "assignee", "PPC"), ("DOH", "assignee", "PPC")]),
    ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ yêu cầu các bộ rà soát văn bản. Ông cũng đề nghị Bộ Tư pháp kiểm tra lại quy trình.", "vi",
     [("MINISTRIES", "assignee", "OOG"), ("MOJ", "assignee", "OOG")]),
    ("The head of the Government Office asked the Ministry of Finance to review the documents. He also urged the "
     "Ministry of Justice to check the procedure.", "en", [("MOF", "assignee", "OOG"), ("MOJ", "assignee", "OOG")]),
    ("Le Bureau du gouvernement a demandé au ministère des Finances de revoir les textes. Il a également exhorté le "
     "ministère de la Justice à vérifier la procédure.", "fr", [("MOF", "assignee", "OOG"), ("MOJ", "assignee", "OOG")]),
])
def test_who_asks_is_never_the_tasked_body_and_a_pronoun_goes_on_with_the_last_asker(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a past year is no deadline


def _deadlines(text: str, lang: str) -> list:
    doc = extract.document_from_text(text, lang=lang, stages=[stage])
    return [(a.agency_id, a.deadline) for a in doc.assignments]


@pytest.mark.parametrize("text, lang, expected", [
    ("Ngày 5/2/2025, Thủ tướng yêu cầu Bộ Tài chính xử lý các hồ sơ còn tồn đọng trong năm 2024.", "vi", [("MOF", None)]),
    ("On February 5, 2025, the Prime Minister asked the Ministry of Finance to clear the files left over in 2024.", "en",
     [("MOF", None)]),
    # look-alikes: this year, and a day of last year read as written
    ("Ngày 5/2/2025, Thủ tướng yêu cầu Bộ Tài chính hoàn thành đề án trong năm 2025.", "vi", [("MOF", "2025")]),
    ("On February 5, 2025, the Prime Minister asked the Ministry of Finance to finish the plan in 2025.", "en",
     [("MOF", "2025")]),
])
def test_a_year_before_the_texts_own_is_no_deadline(text, lang, expected):
    assert _deadlines(text, lang) == expected


# ------------------------------------------------------------------ round 7b: letters, forms of collectives, who asks


@pytest.mark.parametrize("text, lang, expected", [
    # an official letter: its addressees after "Kính gửi:", its recipients after "Nơi nhận:" (cut although the
    # letter opens with a header too); the committee of its heading asks, not the Prime Minister its basis names
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nBắc Ninh, ngày 5 tháng 3 năm 2024\n\nKính gửi:\n- Sở Y tế;\n- UBND các huyện.\n\n"
     "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 10/CT-TTg, Ủy ban nhân dân tỉnh chỉ đạo như sau:\n\n"
     "Giao Sở Y tế chủ trì, phối hợp với UBND các huyện, thị xã, thành phố kiểm tra các cơ sở khám bệnh.\n\n"
     "Nơi nhận:\n- Như trên;\n- Bộ Y tế (để báo cáo);\n- Văn phòng Chính phủ (để báo cáo);\n- Lưu: VT.", "vi",
     [("DOH@27", "lead", "PPC@27"), ("DPC@27", "coordinate", "PPC@27")]),
    # a vice-chairman's opinion in a text that names a ministry (as the letter it follows) but no national authority
    ("Thực hiện Công văn của Bộ Y tế, Phó Chủ tịch UBND tỉnh có ý kiến như sau:\nGiao Sở Y tế chủ trì, phối hợp với "
     "UBND các huyện, thành phố triển khai tiêm chủng.", "vi", [("DOH", "lead", "PPC"), ("DPC", "coordinate", "PPC")]),
    # a person named after the pronoun goes on with the last asker
    ("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, yêu cầu Sở Y tế kiểm tra các bệnh viện. Ông An cũng yêu cầu Sở Tài chính "
     "bố trí kinh phí.", "vi", [("DOH", "assignee", "PPC"), ("DOF", "assignee", "PPC")]),
])
def test_letters_and_who_asks_in_provincial_texts(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a parenthesis between a body and its cue
    ("UBND tỉnh giao Sở Xây dựng (cơ quan thường trực Ban chỉ đạo) chủ trì, phối hợp với Sở Tài chính rà soát đơn giá.", "vi",
     [("DOC", "lead", "PPC"), ("DOF", "coordinate", "PPC")]),
    ("The Prime Minister asked the Ministry of Construction (the standing body of the steering committee) to take the lead "
     "in reviewing prices.", "en", [("MOC", "lead", "PM")]),
    # slashes, and the commune level after the district level in one phrase
    ("Chủ tịch UBND thành phố yêu cầu thủ trưởng các sở/ngành, chủ tịch các quận/huyện, phường/xã tăng cường kiểm tra.", "vi",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC"), ("CPC", "assignee", "PPC")]),
    ("Chủ tịch UBND tỉnh giao UBND các quận, huyện, phường, xã rà soát các điểm ngập.", "vi",
     [("DPC", "assignee", "PPC"), ("CPC", "assignee", "PPC")]),
    # a province's "địa phương" are its own localities, not the provinces; the Prime Minister's are the provinces
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tăng cường kiểm tra.", "vi", [("DEPARTMENTS", "assignee", "PPC")]),
    ("Thủ tướng yêu cầu các bộ, ngành, địa phương tăng cường kiểm tra.", "vi",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
])
def test_forms_of_provincial_collectives_and_appositions(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a count opening an elliptic list of ministries or of a province's departments
    ("Thủ tướng giao ba bộ làm rõ nguyên nhân.\n\nBa bộ Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, "
     "Giao thông vận tải phối hợp các đơn vị liên quan làm rõ nguyên nhân lúa chết.", "vi",
     [("MARD", "assignee", "PM"), ("MONRE", "assignee", "PM"), ("MOT", "assignee", "PM")]),
    ("Chủ tịch UBND TP.HCM giao Sở GTVT kiểm tra. Hai Sở GTVT, Xây dựng phối hợp với Công an TP giải quyết dứt điểm các "
     "kiến nghị.", "vi",
     [("DOT@79", "assignee", "PPC@79"), ("DOT@79", "assignee", "PPC@79"), ("DOC@79", "assignee", "PPC@79"),
      ("PPS@79", "coordinate", "PPC@79")]),
    ("UBND tỉnh Nghệ An giao Sở Tài chính, Xây dựng, Công Thương rà soát giá vật liệu.", "vi",
     [("DOF@40", "assignee", "PPC@40"), ("DOC@40", "assignee", "PPC@40"), ("DOIT@40", "assignee", "PPC@40")]),
    # look-alikes: a count before one body, and a report, task no one
    ("Hai bộ Tài chính và Y tế đã họp bàn về giá thuốc.", "vi", []),
    ("Sở Y tế, Giáo dục và Đào tạo đã phối hợp kiểm tra an toàn thực phẩm trong trường học.", "vi", []),
])
def test_counted_and_elliptic_lists(text, lang, expected):
    assert found(text, lang) == expected
