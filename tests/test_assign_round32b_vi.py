"""Round 32b (blind, Vietnamese pages): the classes its first run showed, fixed as classes (issue #13). New sentences,
not the pages' own, with look-alikes that must keep the old reading.

1. A bare pronoun (``ông``, ``he``, ``il``) asks for the body whose head the text named, with his title, right before
   it: a district's committee or a department, not only a province's committee (``askers._body_led_by_the_last_head``).
2. An assigning verb's addressees that open with a head's word before the determiner (``lãnh đạo các cơ quan``) and
   go on with unit nouns carrying a scope word (``ban ngành``, ``đoàn thể huyện``) before a body of the table
   (``frames._over_outside_names``; cues.json ``outside_addressee_continuations`` gain ``ban ngành``, ``ngành``).
3. A body's name followed by a dash and a person's name is that person's post: the person acts, the body is no
   subject (a photo's caption; ``frames._person_named_after``).
4. A passive request with no asker (``được đề nghị``) in a text where one asking body issued or signed the document
   told before it: that body asks (``askers._the_texts_one_issuer``; vi grammar's ``passive_auxiliaries``: ``được``);
   English too, French not (no passive auxiliaries listed there).
"""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-05-10")

QUOTED_DISTRICT = ("Theo Phó Chủ tịch UBND huyện Tân Hưng, tỉnh Long An - Nguyễn Văn A, công tác cải cách hành chính "
                   "còn nhiều việc phải làm. Trước tình hình đó, ông đề nghị UBND các xã, thị trấn khẩn trương rà soát "
                   "thủ tục.")


@pytest.mark.parametrize("text, lang, expected", [
    # 1. the pronoun's body, named with its head's title right before it
    (QUOTED_DISTRICT, "vi", [("CPC@80", "assignee", "DPC@80")]),
    ("Phó Chủ tịch UBND huyện Tân Hưng, tỉnh Long An Nguyễn Văn A cho biết cải cách còn nhiều việc. Ông đề nghị "
     "UBND các xã, thị trấn khẩn trương rà soát thủ tục.", "vi", [("CPC@80", "assignee", "DPC@80")]),
    ("Theo Giám đốc Sở Y tế tỉnh Long An - Nguyễn Văn A, dịch bệnh còn diễn biến phức tạp. Trước tình hình đó, ông "
     "đề nghị UBND các xã, thị trấn khẩn trương rà soát.", "vi", [("CPC@80", "assignee", "DOH@80")]),
    ("According to Vice Chairman of the Tan Hung District People's Committee, Long An province, Nguyen Van A, "
     "administrative reform is a long task. It is not the work of one sector. With this spirit, he asked the "
     "People's Committees of communes to urgently review their procedures.", "en", [("CPC@80", "assignee", "DPC@80")]),
    ("According to the Director of the Long An Department of Health Nguyen Van A, the epidemic is complex. "
     "Therefore, he asked the People's Committees of communes to urgently review.", "en",
     [("CPC@80", "assignee", "DOH@80")]),
    ("Selon le directeur du Service de la santé de Long An, Nguyen Van A, l'épidémie reste complexe. Dans cet "
     "esprit, il a demandé aux comités populaires des communes de revoir leurs procédures.", "fr",
     [("CPC@80", "assignee", "DOH@80")]),
    # look-alikes: a person named with no post, the body after him an object; a province's chairman as before
    ("Ông Nguyễn Văn A cho biết Sở Y tế tỉnh Long An đã cấp thuốc cho người dân. Ông đề nghị UBND các xã, thị trấn "
     "khẩn trương rà soát.", "vi", [("CPC@80", "assignee", None)]),
    ("Mr. Nguyen Van A said the Long An Department of Health had supplied medicine to residents. He asked the "
     "People's Committees of communes to urgently review.", "en", [("CPC@80", "assignee", None)]),
    ("According to Vice Chairman of the Long An Provincial People's Committee Nguyen Van A, reform is a long task. "
     "With this spirit, he asked departments to urgently review their procedures.", "en",
     [("DEPARTMENTS@80", "assignee", "PPC@80")]),
])
def test_pronoun_asks_for_the_body_its_head_was_named_with(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # 2. a head's word before the first addressee's determiner, unit nouns going on with a scope word
    ("Phó Chủ tịch UBND huyện Tân Hưng, tỉnh Long An đề nghị lãnh đạo các cơ quan, ban ngành, đoàn thể huyện và UBND "
     "các xã, thị trấn khẩn trương rà soát thủ tục.", [("CPC@80", "assignee", "DPC@80")]),
    ("Chủ tịch UBND tỉnh Long An yêu cầu thủ trưởng các cơ quan, ban ngành tỉnh và UBND các huyện tập trung giải "
     "ngân vốn đầu tư công.", [("DPC@80", "assignee", "PPC@80")]),
    # look-alike: a task's words before the body are no addressees (the district committee asks nobody there)
    ("Phó Chủ tịch UBND huyện Tân Hưng, tỉnh Long An đề nghị đẩy mạnh cải cách, nâng cao chất lượng phục vụ và UBND "
     "các xã, thị trấn khẩn trương rà soát thủ tục.", [("CPC@80", "assignee", None)]),
])
def test_addressees_opening_with_a_heads_word_and_unit_nouns(text, expected):
    assert _rows(text, "vi") == expected


# a caption between a lead and a district's request (the district asks, so the text directs)
LEAD = "Huyện Tân Hưng đẩy mạnh cải cách.\n\n"
REST = ("\n\nXã là đơn vị trực tiếp thực hiện ở tỉnh Long An.\n\nPhó Chủ tịch UBND huyện đề nghị UBND các xã, thị trấn "
        "khẩn trương triển khai kế hoạch.")


@pytest.mark.parametrize("caption, expected", [
    # 3. a dash and a person's name after the body: the person acts (a caption), the body is no subject
    ("Trưởng phòng Y tế dự phòng, Sở Y tế - Nguyễn Thị B hướng dẫn thực hiện các nội dung phòng dịch",
     [("CPC@80", "assignee", "DPC@80")]),
    ("Sở Y tế - Trần Thị C hướng dẫn thực hiện các nội dung phòng dịch", [("CPC@80", "assignee", "DPC@80")]),
    # look-alikes: the body itself, no name after it; a dash before another unit's name, no person's
    ("Sở Y tế hướng dẫn thực hiện các nội dung phòng dịch",
     [("DOH@80", "assignee", None), ("CPC@80", "assignee", "DPC@80")]),
    ("Sở Y tế - Trung tâm Kiểm soát bệnh tật hướng dẫn thực hiện các nội dung phòng dịch",
     [("DOH@80", "assignee", None), ("CPC@80", "assignee", "DPC@80")]),
])
def test_body_before_a_dashed_persons_name_is_a_post(caption, expected):
    assert _rows(LEAD + caption + REST, "vi") == expected


@pytest.mark.parametrize("text, expected", [
    # 4. a passive request with no asker: the text's one issuing body asks
    ("Bộ trưởng Y tế Nguyễn Văn C vừa ký quyết định thành lập 5 đoàn kiểm tra. Về phía địa phương, UBND các tỉnh, "
     "thành phố được đề nghị chuẩn bị báo cáo về tình hình dịch bệnh.", [("PROVINCES", "assignee", "MOH")]),
    ("Bộ Tài chính vừa ban hành Thông tư hướng dẫn quyết toán. Theo đó, UBND các tỉnh, thành phố được yêu cầu gửi báo "
     "cáo trước ngày 30/6.", [("PROVINCES", "assignee", "MOF")]),
    # look-alikes: two bodies issue (none is the one), no body issues anything
    ("Bộ Y tế vừa ký quyết định thành lập đoàn kiểm tra. Bộ Tài chính vừa ban hành thông tư hướng dẫn. UBND các tỉnh, "
     "thành phố được đề nghị chuẩn bị báo cáo.", [("PROVINCES", "assignee", None)]),
    ("Bộ Y tế cho biết dịch bệnh còn phức tạp. Về phía địa phương, UBND các tỉnh, thành phố được đề nghị chuẩn bị báo "
     "cáo.", [("PROVINCES", "assignee", None)]),
])
def test_passive_request_asked_by_the_texts_one_issuer(text, expected):
    assert [r[:3] for r in _rows(text, "vi")] == expected


@pytest.mark.parametrize("text, expected", [
    # the same in English (its passive auxiliaries were listed already); French lists none yet (open)
    ("The Minister of Health has just signed a decision to set up five inspection teams. Localities were requested "
     "to prepare reports on the epidemic.", [("PROVINCES", "assignee", "MOH")]),
    ("The Ministry of Finance has issued a circular on budget settlement. The provinces were asked to send reports "
     "before June 30.", [("PROVINCES", "assignee", "MOF")]),
    # look-alike: the ministry issues nothing
    ("The Ministry of Health said the epidemic is complex. Localities were requested to prepare reports.",
     [("PROVINCES", "assignee", None)]),
])
def test_passive_request_asked_by_the_texts_one_issuer_en(text, expected):
    assert [r[:3] for r in _rows(text, "en")] == expected
