"""Issue #13, the precision audit's false-positive classes (README "Precision audit"): a body asked a
question, a habit told with an assigning verb, a present practice described, an individual expert's opinion,
the asker named as the partner of the task it asks, a budget allocated, a tasked body urging others. New
sentences written for these tests, one literal case a line, in the four languages where the class exists,
with the look-alikes that must stay in."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ a question asked


@pytest.mark.parametrize("text, lang, expected", [
    ("Đại biểu đề nghị Bộ trưởng Bộ Tài chính cho biết bao giờ sẽ sửa thông tư này?", "vi", []),
    ("Cử tri đề nghị Bộ Y tế cho biết vì sao giá thuốc tăng.", "vi", []),
    ("The deputy asked the Ministry of Finance to say whether the fee will be cut.", "en", []),
    ("Le député a demandé au ministère des Finances de dire si la taxe sera réduite.", "fr", []),
    ("Ledamoten bad finansministeriet att svara på om avgiften ska sänkas.", "sv", []),
    # look-alikes: a request to report, to give an opinion, or to explain to the public is a task
    ("Thủ tướng đề nghị Bộ Tài chính báo cáo kết quả rà soát trong tháng 9.", "vi", [("MOF", "assignee", "PM")]),
    ("Phó Thủ tướng yêu cầu Bộ Y tế cho ý kiến về dự thảo nghị định.", "vi", [("MOH", "assignee", "DPM")]),
    ("The Prime Minister asked the Ministry of Finance to explain the new fee to businesses.", "en",
     [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a demandé au ministère des Finances d'expliquer la taxe aux entreprises.", "fr",
     [("MOF", "assignee", "PM")]),
])
def test_a_body_asked_a_question_is_not_tasked(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a habit told with an assigning verb


@pytest.mark.parametrize("text, lang, expected", [
    ("Nhiều năm qua, lãnh đạo tỉnh thường xuyên chỉ đạo Sở Y tế kiểm tra an toàn thực phẩm.", "vi", []),
    ("Chính quyền địa phương luôn yêu cầu Bộ Công Thương hỗ trợ tiêu thụ nông sản.", "vi", []),
    ("The Government regularly asks the Ministry of Health to inspect food safety.", "en", []),
    ("Le gouvernement demande régulièrement au ministère de la Santé de contrôler la sécurité alimentaire.", "fr", []),
    ("Regeringen ger regelbundet hälsoministeriet i uppdrag att kontrollera livsmedelssäkerheten.", "sv", []),
    # look-alikes: the habit in the task itself ("regularly inspect") keeps the request a task
    ("Thủ tướng yêu cầu Bộ Y tế thường xuyên kiểm tra an toàn thực phẩm.", "vi", [("MOH", "assignee", "PM")]),
    ("The Prime Minister asked the Ministry of Health to regularly inspect food safety.", "en",
     [("MOH", "assignee", "PM")]),
])
def test_a_habit_is_no_task(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a present practice described


@pytest.mark.parametrize("text, lang, expected", [
    ("Hiện nay, trước khi cấp phép xây dựng, các địa phương phải thẩm định thiết kế.", "vi", []),
    ("Hiện tại, Bộ Tài chính phải công bố giá trần mỗi quý.", "vi", []),
    ("Currently, before granting a licence, the Ministry of Construction must check the design.", "en", []),
    ("Actuellement, le ministère de la Construction doit vérifier chaque projet.", "fr", []),
    ("För närvarande ska byggministeriet granska varje projekt.", "sv", []),
    ("I juni ska byggministeriet granska varje projekt.", "sv", [("MOC", "assignee", None)]),
    # look-alikes: a request in such a sentence, and a modal with no such opening, are tasks
    ("Hiện nay, Thủ tướng yêu cầu các địa phương thẩm định thiết kế.", "vi", [("PROVINCES", "assignee", "PM")]),
    ("Trong tháng tới, Bộ Tài chính phải công bố giá trần.", "vi", [("MOF", "assignee", None)]),
    ("Currently, the Prime Minister asked the Ministry of Construction to check the design.", "en",
     [("MOC", "assignee", "PM")]),
])
def test_a_present_practice_is_no_task(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a private speaker's opinion


@pytest.mark.parametrize("text, lang, expected", [
    ("Giáo sư Nguyễn Văn An đề nghị Chính phủ đánh giá lại quy hoạch.", "vi", []),
    ("Chuyên gia kinh tế Lê Minh đề nghị Bộ Tài chính giảm thuế.", "vi", []),
    ("Professor Tran urged the Government to review the plan.", "en", []),
    ("The economist Tran Minh asked the Ministry of Industry and Trade to impose a safeguard duty.", "en", []),
    ("L'économiste Tran Minh a demandé au ministère de l'Industrie et du Commerce de relever la taxe.", "fr", []),
    ("Experten Tran Minh uppmanade finansministeriet att sänka skatten.", "sv", []),
    # look-alikes: a ministry named before the one asked (the speaker holds an office), a state body asking,
    # an association's recommendation (a petition, as voters' are: tests/test_assign_round5.py)
    ("Tiến sĩ Lê Minh, Bộ trưởng Bộ Y tế, đề nghị Bộ Tài chính bố trí kinh phí.", "vi",
     [("MOF", "assignee", "MOH")]),
    ("Bộ Công Thương đề nghị Bộ Tài chính giảm thuế.", "vi", [("MOF", "assignee", "MOIT")]),
    ("Hiệp hội Thép kiến nghị Bộ Công Thương áp thuế tự vệ.", "vi", [("MOIT", "assignee", None)]),
    ("The Prime Minister asked the Ministry of Industry and Trade to impose a safeguard duty.", "en",
     [("MOIT", "assignee", "PM")]),
])
def test_a_private_speakers_opinion_is_no_task(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the asker as the partner of its request


@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Y tế đề nghị Bộ Tài chính phối hợp với Bộ Y tế rà soát giá dịch vụ.", "vi", [("MOF", "assignee", "MOH")]),
    ("The Ministry of Health asked the Ministry of Finance to work in coordination with the Ministry of Health on fees.",
     "en", [("MOF", "assignee", "MOH")]),
    # look-alike: a partner other than the asker coordinates
    ("Bộ Y tế đề nghị Bộ Tài chính phối hợp với Bộ Tư pháp rà soát giá dịch vụ.", "vi",
     [("MOF", "assignee", "MOH"), ("MOJ", "coordinate", "MOH")]),
])
def test_the_asker_is_no_partner_of_its_request(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a budget allocated (Vietnamese "giao … dự toán")


@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng vừa giao các bộ, ngành và các tỉnh, thành phố trực thuộc trung ương dự toán chi năm 2018.", "vi", []),
    ("Thủ tướng giao Bộ Y tế, Bộ Giáo dục và Đào tạo dự toán bổ sung năm 2017.", "vi", []),
    # look-alikes: a verb before the budget makes it the task ("lập dự toán", "xây dựng dự toán", "thông báo
    # dự toán … cho các bộ"), in any language
    ("Thủ tướng giao Bộ Tài chính lập dự toán bổ sung năm 2018.", "vi", [("MOF", "assignee", "PM")]),
    ("Thủ tướng giao các bộ, ngành và các tỉnh xây dựng dự toán năm 2018.", "vi", [("MINISTRIES", "assignee", "PM")]),
    ("Thủ tướng giao Bộ Tài chính thông báo dự toán chi cho các bộ, ngành.", "vi", [("MOF", "assignee", "PM")]),
    ("The Prime Minister asked the Ministry of Finance to draw up the budget estimates.", "en", [("MOF", "assignee", "PM")]),
])
def test_a_budget_allocated_is_no_task(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a tasked body urging others


@pytest.mark.parametrize("text, lang, expected", [
    # the localities only guided, inspected and urged, no task of theirs after them (round 29's convention: with a task
    # after them, "… đôn đốc các địa phương triển khai chương trình", they are tasked: tests/test_assign_conv29.py)
    ("Thủ tướng giao Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn, kiểm tra và đôn đốc các địa phương.", "vi",
     [("MARD", "assignee", "PM")]),
    ("Bộ Tài chính chủ trì, đôn đốc các bộ, ngành giải ngân vốn đầu tư công.", "vi", [("MOF", "lead", None)]),
    ("Under the decision, the Ministry of Health shall check the programme and urges the Ministry of Finance to speed "
     "up disbursement.", "en", [("MOH", "assignee", None)]),
    ("Selon la décision, le ministère de la Santé est chargé de vérifier le programme et exhorte le ministère des "
     "Finances à accélérer les décaissements.", "fr", [("MOH", "assignee", None)]),
    ("Enligt beslutet ska hälsoministeriet granska programmet och uppmanar finansministeriet att påskynda "
     "utbetalningarna.", "sv", [("MOH", "assignee", None)]),
    # look-alikes: an authority urging, or urging in a new clause, tasks the bodies urged
    ("Thủ tướng đôn đốc các bộ, ngành đẩy nhanh giải ngân vốn đầu tư công.", "vi", [("MINISTRIES", "assignee", "PM")]),
    ("Thủ tướng giao Bộ Tài chính chủ trì rà soát; đồng thời đôn đốc các địa phương đẩy nhanh giải ngân.", "vi",
     [("MOF", "lead", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister urged the Ministry of Finance to speed up disbursement.", "en", [("MOF", "assignee", "PM")]),
    ("Le Premier ministre exhorte le ministère des Finances à accélérer les décaissements.", "fr", [("MOF", "assignee", "PM")]),
    ("Premiärministern uppmanade finansministeriet att påskynda utbetalningarna.", "sv", [("MOF", "assignee", "PM")]),
])
def test_a_tasked_body_urging_others_tasks_no_one_else(text, lang, expected):
    assert found(text, lang) == expected
