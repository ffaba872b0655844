"""Round 33b's Vietnamese classes (blind round on real pages, issue #13), each with look-alikes that must not move:
a purpose clause between an opening and a subjectless request (``Theo đó, nhằm …, yêu cầu Sở …``: the asker is the
one named before, the clause names no one, in vi and en), and targets given to bodies after the object (``giao một số
chỉ tiêu … cho các huyện``). New sentences, not the pages' own."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


@pytest.mark.parametrize("text, lang, expected", [
    # a long purpose clause after "Theo đó," before a subjectless request: the committee named before asks
    ("Văn phòng UBND tỉnh truyền đạt ý kiến của Chủ tịch UBND tỉnh Cao Bằng về công tác phòng chống dịch. Theo đó, "
     "nhằm tăng cường công tác phòng, chống dịch bệnh trên địa bàn toàn tỉnh trong mùa mưa, yêu cầu Sở Y tế chủ trì, "
     "phối hợp các đơn vị tổ chức giám sát.", "vi", [("DOH@04", "lead", "PPC@04", None)]),
    ("Phó Chủ tịch UBND tỉnh Lào Cai vừa chỉ đạo về công tác cải cách hành chính. Theo đó, để nâng cao chỉ số hài lòng "
     "của người dân và doanh nghiệp đối với dịch vụ công, yêu cầu Sở Nội vụ rà soát quy trình.", "vi",
     [("DOHA@15", "assignee", "PPC@15", None)]),
    ("The Chairman of the Lang Son Provincial People's Committee directed digital transformation. Accordingly, in order "
     "to speed up digital transformation across all agencies of the province, requested the Department of Science and "
     "Technology to review the targets.", "en", [("DOST@20", "assignee", "PPC@20", None)]),
    # look-alikes: a subject before the purpose keeps asking; a person named with no post after it asks for no body
    ("UBND tỉnh Cao Bằng, nhằm tăng cường công tác phòng, chống dịch bệnh trên địa bàn toàn tỉnh, yêu cầu Sở Y tế tổ "
     "chức giám sát.", "vi", [("DOH@04", "assignee", "PPC@04", None)]),
    ("Theo đó, nhằm tăng cường công tác phòng, chống dịch bệnh trên địa bàn toàn tỉnh, ông Nguyễn Văn A đề nghị Sở Y tế "
     "tổ chức giám sát.", "vi", [("DOH", "assignee", None, None)]),
    ("The Office of the Lang Son Provincial People's Committee conveyed the direction of the Chairman of the Provincial "
     "People's Committee on digital transformation. Accordingly, in order to speed up digital transformation across all "
     "agencies of the province, it requested the Department of Science and Technology to review the targets.", "en",
     [("DOST@20", "assignee", "PPC@20", None)]),
])
def test_a_purpose_clause_names_no_asker(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # targets given to bodies named after the object ("giao … chỉ tiêu … cho"): the bodies are tasked; the target's
    # year is no deadline (round 18's goal markers)
    ("Chủ tịch UBND tỉnh Hà Tĩnh ký Quyết định giao chỉ tiêu tuyển quân năm 2025 cho UBND các huyện, thành phố, thị xã.",
     [("DPC@42", "assignee", "PPC@42", None)]),
    ("UBND tỉnh Cao Bằng giao một số chỉ tiêu phát triển kinh tế - xã hội năm 2025 cho các huyện, thị xã, thành phố.",
     [("DPC@04", "assignee", "PPC@04", None)]),
    ("UBND tỉnh Cao Bằng giao chỉ tiêu cho Sở Y tế theo dõi, báo cáo.", [("DOH@04", "assignee", "PPC@04", None)]),
    # look-alikes: a target reached, a target the centre gave the province (a relative clause)
    ("Năm 2024, Sở Y tế tỉnh Cao Bằng đã hoàn thành chỉ tiêu cho năm học mới.", []),
    ("Các chỉ tiêu mà Trung ương giao cho tỉnh Cao Bằng đều đạt và vượt.", []),
])
def test_targets_given_to_bodies_after_the_object(text, expected):
    assert _rows(text, "vi") == expected
