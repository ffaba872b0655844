"""Issue #13, round 5's error classes (blind round ``vi:heldout5``): the bodies a collective singles
out (``nhất là``, ``especially``), ``chủ trì`` with no partner (a press conference to hold is a task,
a meeting to chair is not), the assigner of a decision reported as its content and of a speech going
on without a new cue, and a legal text's implementation article. New sentences written for these
tests, one literal case a line, in each language where the class exists, with the look-alikes that
must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


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
    ("The Prime Minister asked ministries and sectors, including the Ministry of Justice, to submit drafts.", "en",
     [("MINISTRIES", "assignee", "PM"), ("MOJ", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministères et secteurs, notamment au ministère de la Santé, de réviser les règles.", "fr",
     [("MINISTRIES", "assignee", "PM"), ("MOH", "assignee", "PM")]),
    # look-alike: "tels que" after the task names who proposed it, not a recipient
    ("Le Premier ministre a chargé les ministères et secteurs de réviser les règles, tels que le ministère de la Santé l'a proposé.", "fr",
     [("MINISTRIES", "assignee", "PM")]),
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
    # look-alike: the Government asked to issue a decision is not the text's assigner
    ("Hiệp hội kiến nghị Chính phủ cần sớm ban hành Quyết định sửa đổi. Bộ Tài chính có trách nhiệm rà soát phí.", "vi",
     [("GOV", "assignee", None), ("MOF", "assignee", None)]),
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


# ------------------------------------------------------------------ a legal text's implementation article


RESOLUTION = ("NGHỊ QUYẾT\nQUỐC HỘI\nQUYẾT NGHỊ:\nĐiều 1. Thông qua kế hoạch đầu tư công trung hạn.\n"
              "Điều 2. Tổ chức thực hiện\n1. Chính phủ tổ chức triển khai kế hoạch.\n"
              "2. Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội giám sát việc thực hiện.\n"
              "Quốc hội xem xét kết quả tại kỳ họp cuối năm.")


@pytest.mark.parametrize("text, lang, expected", [
    # plain verbs in the implementation article task the Government and the legislature's own bodies,
    # assigned by the issuer its heading names; the issuer itself ("Quốc hội xem xét …") is not tasked,
    # nor a body after "của" ("các Ủy ban của Quốc hội")
    (RESOLUTION, "vi", [("GOV", "assignee", "NA"), ("NASC", "assignee", "NA"), ("NA-ETHNIC", "assignee", "NA")]),
    # the same resolution printed twice on a page: its tasks once
    (RESOLUTION + "\n" + RESOLUTION, "vi", [("GOV", "assignee", "NA"), ("NASC", "assignee", "NA"), ("NA-ETHNIC", "assignee", "NA")]),
    # a decision's closing article: the bodies before "chịu trách nhiệm thi hành", by the decision's signer
    ("Thủ tướng Chính phủ vừa ký Quyết định về cơ chế giá. Điều 3. Bộ trưởng Bộ Tài chính, Chủ tịch Ủy ban nhân dân "
     "các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.", "vi",
     [("MOF", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Article 4. Implementation\n1. The Government organises the implementation of this Resolution.\n"
     "2. The Standing Committee of the National Assembly supervises it.", "en", [("GOV", "assignee", None), ("NASC", "assignee", None)]),
    ("Article 3. The Ministry of Finance and the Ministry of Justice are responsible for implementing this Decision.", "en",
     [("MOF", "assignee", None), ("MOJ", "assignee", None)]),
    ("Article 5. Exécution\nLe gouvernement organise la mise en œuvre de la présente résolution.", "fr", [("GOV", "assignee", None)]),
    ("Le ministère des Finances et le ministère de la Justice sont chargés de l'exécution du présent décret.", "fr",
     [("MOF", "assignee", None), ("MOJ", "assignee", None)]),
    ("Artikel 3. Genomförande\nRegeringen organiserar genomförandet av resolutionen.", "sv", [("GOV", "assignee", None)]),
    ("Finansministeriet ansvarar för verkställigheten av beslutet.", "sv", [("MOF", "assignee", None)]),
    # look-alikes: the same plain verbs in another article task nobody
    ("Điều 1. Phạm vi điều chỉnh\n1. Chính phủ quy định chi tiết các khoản phí.\n2. Bộ Tài chính hướng dẫn thu phí.", "vi", []),
    ("Article 1. Scope\nThe Government regulates fees.", "en", []),
    # the body that reports who implements is not tasked, the body reported is
    ("Bộ Tư pháp hôm qua cho biết Bộ Tài chính chịu trách nhiệm thi hành Nghị định này.", "vi", [("MOF", "assignee", None)]),
    ("Artikel 1. Tillämpning\nRegeringen fastställer avgifterna.", "sv", []),
])
def test_implementation_article(text, lang, expected):
    assert found(text, lang) == expected
