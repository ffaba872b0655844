"""Round 39 (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it (they read it already: checked here so they stay so)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2023-06-14")


# 'giao X chủ trì, cùng với Y, Z …': the bodies after 'cùng với' that follows the lead word and its comma are the
# lead's partners (a coordinate row, stop 43's ruling D), not co-subjects tasked as the body before (the co-subject
# reading holds only 'X, cùng với Y, phải …', where X is no lead); English reads 'to take the lead, together with …'
# so already
@pytest.mark.parametrize("text, lang, expected", [
    ("Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, cùng với các sở, ngành, địa phương và đơn vị liên quan căn cứ chức năng "
     "nghiên cứu, triển khai các biện pháp phòng, chống dịch.", "vi",
     [("DOH", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None)]),
    ("UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, cùng với Công an tỉnh, UBND các huyện, các đơn vị liên quan "
     "kiểm tra việc khai thác cát.", "vi",
     [("DONRE", "lead", "PPC", None), ("PPS", "coordinate", "PPC", None), ("DPC", "coordinate", "PPC", None)]),
    ("Chủ tịch UBND tỉnh giao Sở Công Thương tiếp tục chủ trì, cùng với các sở, ngành, địa phương theo dõi việc cung "
     "ứng điện.", "vi",
     [("DOIT", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None)]),
    ("The provincial Chairman assigned the Department of Health to take the lead, together with departments, sectors "
     "and relevant units, in implementing the measures.", "en",
     [("DOH", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None)]),
    # look-alikes: a co-subject between commas with no lead word before is tasked as its body is (as before)
    ("UBND tỉnh giao Sở Y tế, cùng với các sở, ngành, địa phương, khẩn trương triển khai các biện pháp.", "vi",
     [("DOH", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
])
def test_partners_after_the_lead_word_and_cung_voi(text, lang, expected):
    assert _rows(text, lang) == expected


# a bare continuation after a sentence whose subject coordinates with the lead the text named before (a coordinate row,
# stop 43's ruling B, as en:heldout30 reads it) is that subject's own row, not its partner's; 'nghiên cứu' after
# 'Đồng thời' and a bare 'Tuyên truyền' open a continuation as the other task verbs do (en 'study', 'propagate', fr
# 'étudier', 'sensibiliser')
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh giao Công an tỉnh chủ trì kiểm tra an toàn phòng cháy. Các sở, ngành có liên quan chủ động phối hợp với "
     "Công an tỉnh rà soát các cơ sở thuộc diện quản lý. Tuyên truyền đến cán bộ, công chức về an toàn phòng cháy.", "vi",
     [("PPS", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None), ("PPS", "coordinate", "PPC", None),
      ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Công an tỉnh chủ trì kiểm tra an toàn phòng cháy. Sở Xây dựng phối hợp với Công an tỉnh rà soát "
     "các công trình. Rà soát, lập danh sách các khu chức năng trước ngày 30/6/2023.", "vi",
     [("PPS", "lead", "PPC", None), ("DOC", "coordinate", "PPC", None), ("PPS", "coordinate", "PPC", None),
      ("DOC", "assignee", "PPC", "2023-06-30")]),
    ("UBND tỉnh giao Công an tỉnh chủ trì kiểm tra an toàn phòng cháy. Đồng thời nghiên cứu, tham mưu phát huy vai trò "
     "của lực lượng tại chỗ.", "vi",
     [("PPS", "lead", "PPC", None), ("PPS", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh. Tuyên truyền đến người dân về phòng chống sốt xuất huyết.",
     "vi", [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    ("The provincial People's Committee requested the Department of Health to inspect the clinics. At the same time, "
     "study measures to mobilise the local forces.", "en",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a demandé au Service de la santé d'inspecter les cliniques. Dans le même temps, "
     "étudier des mesures pour mobiliser les forces locales.", "fr",
     [("DOH", "assignee", "PPC", None), ("DOH", "assignee", "PPC", None)]),
    # look-alikes: a statement about the work, a finding told, a new paragraph, the partner's own sentence
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh. Tuyên truyền là nhiệm vụ trọng tâm của năm.", "vi",
     [("DOH", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh. Đồng thời nghiên cứu cho thấy số ca mắc tăng.", "vi",
     [("DOH", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh.\nTuyên truyền đến người dân về phòng chống dịch.", "vi",
     [("DOH", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì triển khai các biện pháp.\nTiếp tục triển khai các "
     "nhiệm vụ theo chỉ đạo của UBND tỉnh. Đồng thời nghiên cứu, tham mưu đề xuất trình UBND tỉnh xem xét.", "vi",
     [("DARD", "lead", "PPC", None)]),
])
def test_continuation_of_a_coordinating_subject_and_more_task_verbs(text, lang, expected):
    assert _rows(text, lang) == expected


# a topic phrase up to its comma in a continuation opener's place ('Đối với các cơ sở còn lại, tiếp tục …', 'As for
# …, continue to …', 'Pour …, poursuivre …') right after an item: the item's bodies' next task with its own date (of
# one body's two dates in one clause the first); a body named in the topic stays the topic frame's
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND thành phố yêu cầu UBND các quận, huyện rà soát 100% cơ sở nhà trọ, hoàn thành trước ngày 15/6/2023, báo cáo "
     "kết quả trước ngày 20/6/2023. Đối với các loại hình cơ sở có nguy cơ cháy nổ cao còn lại, tiếp tục tổ chức rà soát, "
     "kiểm tra hoàn thành trước ngày 15/7/2023, báo cáo kết quả trước ngày 20/7/2023.", "vi",
     [("DPC", "assignee", "PPC", "2023-06-15"), ("DPC", "assignee", "PPC", "2023-07-15")]),
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các bếp ăn tập thể trước ngày 30/6/2023. Riêng đối với các trường học, hoàn "
     "thành kiểm tra trước ngày 15/8/2023.", "vi",
     [("DOH", "assignee", "PPC", "2023-06-30"), ("DOH", "assignee", "PPC", "2023-08-15")]),
    ("The city People's Committee requested the People's Committees of districts to inspect all boarding houses before "
     "June 15, 2023. As for the remaining high-risk establishments, continue to review them before July 15, 2023.", "en",
     [("DPC", "assignee", "PPC", "2023-06-15"), ("DPC", "assignee", "PPC", "2023-07-15")]),
    ("Le Comité populaire de la ville a demandé aux comités populaires des arrondissements d'inspecter toutes les "
     "pensions avant le 15 juin 2023. Pour les établissements restants, poursuivre l'inspection avant le 15 juillet "
     "2023.", "fr",
     [("DPC", "assignee", "PPC", "2023-06-15"), ("DPC", "assignee", "PPC", "2023-07-15")]),
    # look-alikes: a body as the topic is its own row (the topic frame, as before); a figure in the topic is a period
    # told; a verb outside the continued verbs
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở. Đối với Sở Nội vụ, rà soát biên chế trước ngày 30/6/2023.", "vi",
     [("DOH", "assignee", "PPC", None), ("DOHA", "assignee", "PPC", "2023-06-30")]),
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở trước ngày 15/6/2023. Đối với năm 2022, tổ chức kiểm tra đã đạt 90%.",
     "vi", [("DOH", "assignee", "PPC", "2023-06-15")]),
    ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở trước ngày 15/6/2023. Đối với các trường hợp vi phạm, xử lý nghiêm "
     "theo quy định.", "vi", [("DOH", "assignee", "PPC", "2023-06-15")]),
])
def test_topic_phrase_opening_a_continuation(text, lang, expected):
    assert _rows(text, lang) == expected


# the bodies a tasked body is only to advise its committee to direct or guide give no row (the lead's call, stop 46,
# on round 38 vi; round 39 vi's 'Tham mưu UBND tỉnh thành lập đoàn kiểm tra, hướng dẫn sở, ngành, UBND các địa phương
# thực hiện …'); English reads the same form; the advisor directing them itself, or the committee's own guidance,
# still asks them
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh giao Công an tỉnh chủ trì, tham mưu UBND tỉnh chỉ đạo các sở, ngành, UBND các huyện thực hiện đợt tổng "
     "rà soát.", "vi", [("PPS", "lead", "PPC", None)]),
    ("UBND tỉnh giao Công an tỉnh chủ trì kiểm tra các cơ sở. Tham mưu UBND tỉnh thành lập đoàn kiểm tra, hướng dẫn các "
     "sở, ngành, UBND các huyện thực hiện đợt tổng rà soát.", "vi", [("PPS", "lead", "PPC", None)]),
    ("UBND tỉnh giao Văn phòng Điều phối tham mưu UBND tỉnh chỉ đạo, đôn đốc các sở, ngành, UBND các huyện thực hiện "
     "các tiêu chí.", "vi", []),
    ("The provincial People's Committee assigned the provincial Police to preside over the review and advise the "
     "provincial People's Committee to direct departments, sectors and district People's Committees to carry out the "
     "general review.", "en", [("PPS", "lead", "PPC", None)]),
    # look-alikes: the advisor directs them itself ('và chỉ đạo', 'and direct'), the tasked body guides them
    ("UBND tỉnh giao Sở Y tế tham mưu UBND tỉnh và chỉ đạo UBND các huyện thực hiện.", "vi",
     [("DOH", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("UBND tỉnh giao Công an tỉnh chủ trì, hướng dẫn các sở, ngành, UBND các huyện thực hiện đợt tổng rà soát.", "vi",
     [("PPS", "lead", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("The provincial People's Committee assigned the provincial Police to advise the provincial People's Committee and "
     "direct district People's Committees to carry out the review.", "en",
     [("PPS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
])
def test_bodies_the_committee_is_advised_to_direct(text, lang, expected):
    assert _rows(text, lang) == expected
