"""Issue #13, round 5's error classes (blind round ``vi:heldout5``): the bodies a collective singles
out (``nhất là``, ``especially``), ``chủ trì`` with no partner (a press conference to hold is a task,
a meeting to chair is not), the assigner of a decision reported as its content and of a speech going
on without a new cue, and a legal text's implementation article. New sentences written for these
tests, one literal case a line, in each language where the class exists, with the look-alikes that
must stay out."""
from __future__ import annotations

import pytest

import extract
from extract.assign import stage


def found(text: str, lang: str) -> list[tuple]:
    doc = extract.document_from_text(text, lang=lang, stages=[stage])
    for a in doc.assignments:
        assert doc.text[a.start:a.end] == a.text == a.agency  # the span is the body as written
    return [(a.agency_id, a.role, a.assigned_by) for a in doc.assignments]


# ------------------------------------------------------------------ bodies singled out of a collective


@pytest.mark.parametrize("text, lang, expected", [
    # one "Bộ" for three ministries after "nhất là": each is tasked, besides the collective
    ("Phó Thủ tướng yêu cầu các bộ, ngành, nhất là Bộ Tài chính, Tư pháp, Nội vụ sớm hoàn thiện hồ sơ.", "vi",
     [("MINISTRIES", "assignee", "DPM"), ("MOF", "assignee", "DPM"), ("MOJ", "assignee", "DPM"), ("MOHA", "assignee", "DPM")]),
    ("Thủ tướng giao các bộ, đặc biệt là Bộ Y tế và Bộ Công an, khẩn trương rà soát quy định.", "vi",
     [("MINISTRIES", "assignee", "PM"), ("MOH", "assignee", "PM"), ("MPS", "assignee", "PM")]),
    ("Thủ tướng yêu cầu các bộ, trong đó có Bộ Xây dựng, báo cáo kết quả.", "vi",
     [("MINISTRIES", "assignee", "PM"), ("MOC", "assignee", "PM")]),
    ("The Deputy Prime Minister asked ministries and sectors, especially the Ministry of Health and the Ministry of Finance, to review the rules.", "en",
     [("MINISTRIES", "assignee", "DPM"), ("MOH", "assignee", "DPM"), ("MOF", "assignee", "DPM")]),
    ("Vice premiärministern uppmanade ministerierna, särskilt hälsoministeriet, att se över reglerna.", "sv",
     [("MINISTRIES", "assignee", "DPM"), ("MOH", "assignee", "DPM")]),
    # look-alike: "như" inside the task, not after a list separator, names no recipient
    ("Thủ tướng yêu cầu các bộ rà soát các dự án như Bộ Công Thương đã báo cáo.", "vi", [("MINISTRIES", "assignee", "PM")]),
])
def test_bodies_singled_out_of_a_collective(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ chủ trì without partners


@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Văn hóa, Thể thao và Du lịch chủ trì họp báo công bố kết quả.", "vi", [("MOCST", "lead", None)]),
    ("Bộ Tư pháp chủ trì tổng kết việc thi hành luật.", "vi", [("MOJ", "lead", None)]),
    # look-alikes: chairing a meeting is no task
    ("Bộ Y tế chủ trì phiên họp về dịch bệnh.", "vi", []),
    ("Bộ Y tế chủ trì họp với các địa phương.", "vi", []),
])
def test_lead_without_partners(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the assigner


@pytest.mark.parametrize("text, lang, expected", [
    # a decision's duties reported as its content: the signer assigns
    ("Thủ tướng Chính phủ vừa ký Quyết định số 10/2024/QĐ-TTg về cơ chế giá. Theo quyết định, Bộ Tài chính chủ trì, "
     "phối hợp với Bộ Công Thương kiểm tra giá thành.", "vi", [("MOF", "lead", "PM"), ("MOIT", "coordinate", "PM")]),
    ("Thủ tướng Chính phủ vừa ban hành Quyết định số 10/2024/QĐ-TTg về cơ chế giá. Theo quyết định, Bộ Tài chính có "
     "trách nhiệm kiểm tra giá thành.", "vi", [("MOF", "assignee", "PM")]),
    ("The Prime Minister has signed Decision 10/2024/QD-TTg on power prices. Under the decision, the Ministry of Finance "
     "shall check costs.", "en", [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a signé la décision 10/2024/QD-TTg sur les prix. Selon la décision, le ministère des Finances "
     "est chargé de vérifier les coûts.", "fr", [("MOF", "assignee", "PM")]),
    ("Premiärministern undertecknade beslutet om elpriser. Finansministeriet ska kontrollera kostnaderna.", "sv",
     [("MOF", "assignee", "PM")]),
    # a Deputy PM's speech: the Government's headquarters is a place and a "Ban Chỉ đạo" a committee,
    # neither makes the Government the assigner
    ("Tại Trụ sở Chính phủ, Phó Thủ tướng Lê Văn Thành, Trưởng Ban Chỉ đạo quốc gia, chủ trì hội nghị. Các bộ đã được "
     "phê duyệt đề án phải rà soát lại biên chế. Phó Thủ tướng yêu cầu các bộ báo cáo kết quả.", "vi",
     [("MINISTRIES", "assignee", "DPM"), ("MINISTRIES", "assignee", "DPM")]),
    # look-alike: a steering committee's name is no verb: nobody concluded or directed here
    ("Tại Trụ sở Chính phủ, Phó Thủ tướng Lê Văn Thành, Trưởng Ban Chỉ đạo quốc gia, chủ trì hội nghị. Các bộ đã được "
     "phê duyệt đề án phải rà soát lại biên chế.", "vi", [("MINISTRIES", "assignee", None)]),
])
def test_assigner(text, lang, expected):
    assert found(text, lang) == expected
