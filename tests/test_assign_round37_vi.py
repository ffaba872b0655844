"""Round 37 (blind, vi assignments): the classes its first run showed, fixed as classes (not blind). Sentences
written for these tests, not taken from the round's pages; each class with look-alikes that must not fire, and the
same form in English and French where the languages write it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", "deadline", published="2023-06-01")


# a province's management board (relics, heritage, fishing ports, a border-gate economic zone, construction projects),
# its rural water centre or its power company closing a subject list before the duty's cue: no body of the table, the
# bodies before it are still the subject (cues.json `list_skips`, round 9's rule for items outside the table)
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh Quảng Nam giao Sở Y tế rà soát hồ sơ. Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính, UBND huyện "
     "Duy Xuyên, Ban Quản lý di tích tỉnh có trách nhiệm phối hợp, tổ chức bàn giao hồ sơ di tích.", "vi",
     [("DOH@49", "assignee", "PPC@49", None), ("DOCST@49", "assignee", "PPC@49", None),
      ("DOF@49", "assignee", "PPC@49", None), ("DPC@49", "assignee", "PPC@49", None)]),
    ("UBND tỉnh Bình Định giao Sở Y tế rà soát hồ sơ. Sở Nông nghiệp và PTNT, UBND các huyện, Ban Quản lý cảng cá "
     "tỉnh phối hợp kiểm tra các khu neo đậu.", "vi",
     [("DOH@52", "assignee", "PPC@52", None), ("DARD@52", "assignee", "PPC@52", None),
      ("DPC@52", "assignee", "PPC@52", None)]),
    ("UBND tỉnh Gia Lai giao Sở Y tế rà soát hồ sơ. Sở Nông nghiệp và PTNT, UBND các huyện, Trung tâm Nước sạch và "
     "Vệ sinh môi trường nông thôn phối hợp kiểm tra các công trình cấp nước.", "vi",
     [("DOH@64", "assignee", "PPC@64", None), ("DARD@64", "assignee", "PPC@64", None),
      ("DPC@64", "assignee", "PPC@64", None)]),
    ("The Quang Nam provincial People's Committee assigned the Department of Health to review the files. The "
     "Department of Culture, Sports and Tourism, the Department of Finance and the provincial Relics Management "
     "Board are responsible for coordinating in handing over the records.", "en",
     [("DOH@49", "assignee", "PPC@49", None), ("DOCST@49", "assignee", "PPC@49", None),
      ("DOF@49", "assignee", "PPC@49", None)]),
    ("Le Comité populaire de la province de Quang Nam a chargé le Service de la santé d'examiner les dossiers. Le "
     "Service de la culture, des sports et du tourisme, le Service des finances et le Comité de gestion des vestiges "
     "de la province sont chargés de remettre les dossiers.", "fr",
     [("DOH@49", "assignee", "PPC@49", None), ("DOCST@49", "assignee", "PPC@49", None),
      ("DOF@49", "assignee", "PPC@49", None)]),
    # look-alikes: the board alone as the subject (no body of the table: no row), the same list telling what was
    # done (no task), the board as the lead with a department as its partner (the partner's row stays)
    ("UBND tỉnh Quảng Nam giao Sở Y tế rà soát hồ sơ. Ban Quản lý di tích tỉnh có trách nhiệm tổ chức bàn giao hồ "
     "sơ di tích.", "vi", [("DOH@49", "assignee", "PPC@49", None)]),
    ("UBND tỉnh Quảng Nam giao Sở Y tế rà soát hồ sơ. Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính, Ban Quản lý "
     "di tích tỉnh đã bàn giao hồ sơ di tích năm 2022.", "vi", [("DOH@49", "assignee", "PPC@49", None)]),
    ("The Quang Nam provincial People's Committee assigned the Department of Health to review the files. The "
     "provincial Relics Management Board handed over the records last year.", "en",
     [("DOH@49", "assignee", "PPC@49", None)]),
])
def test_a_provincial_board_closing_a_subject_list_leaves_the_bodies_before_it(text, lang, expected):
    assert _rows(text, lang) == expected


# an inquiry's verbs opening a subjectless continuation after its opener (`Đồng thời, xác định nguyên nhân … và làm rõ
# trách nhiệm`, `At the same time, determine the causes …`, `Parallèlement, déterminer les causes …`): the item's
# body's own row (stop 40's convention; cues.json `continued_task_verbs`), the lead alone after a lead and its partner;
# not where the words right after tell the cause found (`xác định nguyên nhân là do …`: an entry's `not_followed_by`)
@pytest.mark.parametrize("text, lang, expected", [
    ("Phó Chủ tịch UBND thành phố Hải Phòng giao Sở Xây dựng xử lý sự cố sụt lún. Đồng thời, xác định nguyên nhân "
     "và làm rõ trách nhiệm của các đơn vị thi công.", "vi",
     [("DOC@31", "assignee", "PPC@31", None), ("DOC@31", "assignee", "PPC@31", None)]),
    ("Phó Chủ tịch UBND thành phố Hải Phòng giao Sở Xây dựng chủ trì, phối hợp với UBND huyện Thủy Nguyên xử lý sự "
     "cố sụt lún. Đồng thời, làm rõ trách nhiệm của chủ đầu tư.", "vi",
     [("DOC@31", "lead", "PPC@31", None), ("DPC@31", "coordinate", "PPC@31", None),
      ("DOC@31", "assignee", "PPC@31", None)]),
    ("The Hai Phong city People's Committee assigned the Department of Construction to handle the subsidence. At the "
     "same time, determine the causes and clarify responsibility.", "en",
     [("DOC@31", "assignee", "PPC@31", None), ("DOC@31", "assignee", "PPC@31", None)]),
    ("Le Comité populaire de la ville de Hai Phong a chargé le Service de la construction de traiter l'affaissement. "
     "Parallèlement, déterminer les causes et établir les responsabilités.", "fr",
     [("DOC@31", "assignee", "PPC@31", None), ("DOC@31", "assignee", "PPC@31", None)]),
    # look-alikes: the cause told as found, in each language, and the same continuation after a report of what a
    # body did (no item tasks anyone)
    ("Phó Chủ tịch UBND thành phố Hải Phòng giao Sở Xây dựng xử lý sự cố sụt lún. Đồng thời, xác định nguyên nhân "
     "ban đầu là do mưa lớn kéo dài.", "vi", [("DOC@31", "assignee", "PPC@31", None)]),
    ("Phó Chủ tịch UBND thành phố Hải Phòng giao Sở Xây dựng xử lý sự cố sụt lún. Đồng thời, xác định nguyên nhân "
     "do nền đất yếu.", "vi", [("DOC@31", "assignee", "PPC@31", None)]),
    ("The Hai Phong city People's Committee assigned the Department of Construction to handle the subsidence. At the "
     "same time, determine the causes were heavy rains.", "en", [("DOC@31", "assignee", "PPC@31", None)]),
    ("Sở Xây dựng Hải Phòng cho biết đã xử lý sự cố sụt lún. Đồng thời, xác định nguyên nhân và làm rõ trách nhiệm.",
     "vi", []),
])
def test_an_inquiry_continuing_an_item_is_its_bodys_row(text, lang, expected):
    assert _rows(text, lang) == expected


# a centrally-run city named with the designator's abbreviation (`TP Hà Nội`, `TP. Hải Phòng`, `TP.HCM`) as the asking
# subject, in the sentence or in the headline over a vice-chairman named bare: the city's committee asks, as `Thành phố
# Hà Nội yêu cầu …` did (nlp/agencies.py reads agencies.json's `designator_abbreviations` as it reads the designators);
# English and French write the city's name alone there (`Hanoi requests …`), read already
@pytest.mark.parametrize("text, lang, expected", [
    ("TP Hà Nội yêu cầu Sở Y tế rà soát các bệnh viện.", "vi", [("DOH@01", "assignee", "PPC@01", None)]),
    ("TP. Hải Phòng giao Sở Xây dựng kiểm tra các công trình.", "vi", [("DOC@31", "assignee", "PPC@31", None)]),
    ("TP.HCM yêu cầu các sở, ngành rà soát các bệnh viện.", "vi", [("DEPARTMENTS@79", "assignee", "PPC@79", None)]),
    ("TP Hà Nội yêu cầu làm rõ sự cố tại bãi rác\nPhó Chủ tịch Nguyễn Văn Quang giao Sở Xây dựng Hà Nội chủ trì, phối "
     "hợp với UBND huyện Sóc Sơn xử lý sự cố.", "vi",
     [("DOC@01", "lead", "PPC@01", None), ("DPC@01", "coordinate", "PPC@01", None)]),
    ("Hanoi requests clarifying the incident\nVice Chairman Nguyen Van Quang assigned the Hanoi Department of "
     "Construction to handle the incident.", "en", [("DOC@01", "assignee", "PPC@01", None)]),
    # look-alikes: the city as a place (no body, no asker), a department of the city as the subject (no asker), the
    # committee named in full (as before)
    ("Tại TP Hà Nội, Sở Y tế đã rà soát các bệnh viện.", "vi", []),
    ("Đoàn công tác đến TP Hà Nội để kiểm tra các bệnh viện.", "vi", []),
    ("Sở Y tế TP Hà Nội cần rà soát các bệnh viện.", "vi", [("DOH@01", "assignee", None, None)]),
    ("UBND TP Hà Nội yêu cầu Sở Y tế rà soát các bệnh viện.", "vi", [("DOH@01", "assignee", "PPC@01", None)]),
])
def test_a_city_named_with_the_abbreviated_designator_asks_through_its_committee(text, lang, expected):
    assert _rows(text, lang) == expected


# a committee head's title and bare name opening the sentence on a line after the one naming the committee (`Chủ tịch
# Nguyễn Văn A yêu cầu Sở Y tế …`, `Le vice-président Nguyen Van A a chargé …`): the one provincial committee the text
# names asks, as English `Chairman Đô instructed …` reads (grammar's `head_titles_with_name`, round 19)
@pytest.mark.parametrize("text, lang, expected", [
    ("UBND tỉnh Nghệ An họp về sự cố sạt lở\nChủ tịch Nguyễn Văn Bình yêu cầu Sở Y tế kiểm tra các trạm y tế.", "vi",
     [("DOH@40", "assignee", "PPC@40", None)]),
    ("UBND tỉnh Nghệ An họp về sự cố sạt lở\nPhó Chủ tịch Lê Văn Hùng giao Sở Xây dựng chủ trì, phối hợp với UBND huyện "
     "Kỳ Sơn kiểm tra.", "vi", [("DOC@40", "lead", "PPC@40", None), ("DPC@40", "coordinate", "PPC@40", None)]),
    ("Le Comité populaire de la province de Nghe An s'est réuni.\nLe vice-président Le Van Hung a chargé le Service de "
     "la santé de vérifier les hôpitaux.", "fr", [("DOH@40", "assignee", "PPC@40", None)]),
    # look-alikes: two provinces' committees named (none of them), no committee named at all (none)
    ("UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh họp về sự cố\nChủ tịch Nguyễn Văn Bình yêu cầu Sở Y tế kiểm tra.", "vi",
     [("DOH@40", "assignee", None, None)]),
    ("Phó Chủ tịch Lê Văn Hùng giao Sở Xây dựng kiểm tra các công trình.", "vi", [("DOC", "assignee", None, None)]),
])
def test_a_head_named_by_title_and_name_asks_for_the_one_committee_named(text, lang, expected):
    assert _rows(text, lang) == expected


# the abbreviated city ending a unit's name (`Viện Nghiên cứu phát triển TP.HCM chủ trì`) is the unit's, no asking city
# (round 34b's page met the reading above); the city after the institute written in full stays as it was
@pytest.mark.parametrize("text, lang, expected", [
    ("Đề án nhánh do Viện Nghiên cứu phát triển TP.HCM chủ trì và đề án còn lại do Sở Nội vụ chủ trì.", "vi",
     [("DOHA@79", "lead", None, None)]),
    ("Đề án nhánh do Trung tâm Kiểm soát bệnh tật TP. Hà Nội chủ trì.", "vi", []),
    ("Đề án nhánh do Viện Nghiên cứu phát triển thành phố Hồ Chí Minh chủ trì và đề án còn lại do Sở Nội vụ chủ trì.",
     "vi", [("DOHA@79", "lead", None, None)]),
])
def test_an_abbreviated_city_ending_a_units_name_is_no_body(text, lang, expected):
    assert _rows(text, lang) == expected


# the look-alikes the two readings above met in older pages: a party committee or a central agency's provincial office
# right before the city's designated name (`Thành ủy TP Hồ Chí Minh cần …`: no city committee, round 2's page; grammar's
# `unit_heads_before_province`, the full designator too), the State President after the head's title (`Chủ tịch nước`:
# grammar's `head_title_not_names`, round 22's literal test)
@pytest.mark.parametrize("text, lang, expected", [
    ("Đã đến lúc Thành ủy TP Hồ Chí Minh cần khẩn trương vào cuộc, kiểm tra các dấu hiệu sai phạm.", "vi", []),
    ("Đã đến lúc Thành ủy thành phố Hồ Chí Minh cần khẩn trương vào cuộc, kiểm tra các dấu hiệu sai phạm.", "vi", []),
    ("Cục Hải quan TP Hồ Chí Minh cần khẩn trương kiểm tra các dấu hiệu sai phạm.", "vi", []),
    ("UBND tỉnh Quảng Ngãi họp về sự cố\nChủ tịch nước đã giao Bộ Y tế kiểm tra các cơ sở.", "vi",
     [("MOH", "assignee", None, None)]),
    # still read: the city's committee asked by name after the party committee's request
    ("Thành ủy TP Hồ Chí Minh yêu cầu UBND TP Hồ Chí Minh kiểm tra các dấu hiệu sai phạm.", "vi",
     [("PPC@79", "assignee", None, None)]),
])
def test_a_party_committee_or_the_state_president_is_no_city_committee(text, lang, expected):
    assert _rows(text, lang) == expected
