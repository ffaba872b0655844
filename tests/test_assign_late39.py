"""The round-39 helpers' late classes (issue #13; helper late39, stop 47, not blind): the classes the lead named from
round 39's work, each with new sentences (none copied from the pages) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2023-05-01")

_PPC = ("The People's Committee of Quang Ngai Province asked the Department of Health to check the hospitals. ")


@pytest.mark.parametrize("text, expected", [
    # named district-level units listed as the subject opening the sentence, no committee word (en grammar.json
    # units_listed_after_plural_level's subject_openers): a committee each (round 19's rule, as fr since left39)
    (_PPC + "The districts of Ba To, Tra Bong and the town of Duc Pho must relocate the households in landslide zones.",
     [("DOH@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"),
      ("DPC@51", "assignee", "PPC@51")]),
    (_PPC + "The districts of Ba To and Tra Bong shall count the damaged houses.",
     [("DOH@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51")]),
    # look-alikes: the list as places, a report of what happened there, one district alone (its own committee)
    (_PPC + "Heavy rain flooded the districts of Ba To and Tra Bong last night.", [("DOH@51", "assignee", "PPC@51")]),
    ("The People's Committee of Quang Ngai Province asked the Department of Health to check the hospitals in the "
     "districts of Ba To and Tra Bong.", [("DOH@51", "assignee", "PPC@51")]),
    (_PPC + "The districts of Ba To and Tra Bong were badly hit by the floods.", [("DOH@51", "assignee", "PPC@51")]),
    (_PPC + "The district of Ba To must count the damaged houses.",
     [("DOH@51", "assignee", "PPC@51"), ("DPC@51", "assignee", "PPC@51")]),
])
def test_named_districts_listed_as_subject_en(text, expected):
    assert _rows(text, "en") == expected


_dated = rows_reader("agency_id", "deadline", published="2023-05-01")


@pytest.mark.parametrize("text, lang, expected", [
    # a bare line (no subject: a bare task verb or an asking verb with no asker) after a line break dates no item
    # before it, in a press story as under a direction's colon (cues.json bare_request_verbs,
    # task_deadlines._bare_line_after_a_break; the lead's call of stop 47)
    ("The Provincial People's Committee asked the Department of Construction to inspect the old apartment blocks.\n"
     "Require the owners of the buildings to install fire alarms before October 15, 2023.", "en", [("DOC", None)]),
    ("The Provincial People's Committee asked the Department of Construction to inspect the old apartment blocks.\n"
     "Review and report the results before October 15, 2023.", "en", [("DOC", None)]),
    ("UBND tỉnh giao Sở Xây dựng kiểm tra các chung cư cũ.\nRà soát, báo cáo kết quả trước ngày 15/10/2023.", "vi",
     [("DOC", None)]),
    ("UBND tỉnh giao Sở Xây dựng kiểm tra các chung cư cũ.\nYêu cầu chủ đầu tư lắp đặt thiết bị báo cháy trước ngày "
     "15/10/2023.", "vi", [("DOC", None)]),
    ("Le Comité populaire provincial a demandé au Département de la Construction d'inspecter les anciens immeubles.\n"
     "Examiner et rendre compte des résultats avant le 15 octobre 2023.", "fr", [("DOC", None)]),
    ("Le Comité populaire provincial a demandé au Département de la Construction d'inspecter les anciens immeubles.\n"
     "Exiger des propriétaires l'installation d'alarmes avant le 15 octobre 2023.", "fr", [("DOC", None)]),
    # look-alikes: a next line whose subject is the task still dates it; the same bare sentence in the item's own
    # paragraph is the item's next task (its own row, stop 41); a lower-case word after the break runs the item on
    ("The Provincial People's Committee asked the Department of Construction to inspect the old apartment blocks.\n"
     "The inspection must be finished before October 15, 2023.", "en", [("DOC", "2023-10-15")]),
    ("UBND tỉnh giao Sở Xây dựng kiểm tra các chung cư cũ.\nViệc kiểm tra phải hoàn thành trước ngày 15/10/2023.", "vi",
     [("DOC", "2023-10-15")]),
    ("UBND tỉnh giao Sở Xây dựng kiểm tra các chung cư cũ. Rà soát, báo cáo kết quả trước ngày 15/10/2023.", "vi",
     [("DOC", None), ("DOC", "2023-10-15")]),
    ("Le Comité populaire provincial a demandé au Département de la Construction d'inspecter les anciens immeubles.\n"
     "L'inspection doit être achevée avant le 15 octobre 2023.", "fr", [("DOC", "2023-10-15")]),
])
def test_a_bare_line_after_a_line_break_dates_no_item_before_it(text, lang, expected):
    assert _dated(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a sector inside an office's or a programme's name after its head 'tái cơ cấu' / 'restructuring' (grammar.json
    # provincial_sector_not_after): no department row (the lead's call of stop 47); the coordination office leading
    # is no body, its partner a coordinate row (vi cues.json outside_lead_subjects, the lead's call of stop 46)
    ("UBND tỉnh Đồng Tháp ban hành kế hoạch. Theo đó, Văn phòng Điều phối chương trình nông thôn mới và tái cơ cấu "
     "ngành nông nghiệp tỉnh chủ trì, phối hợp Sở Tài chính hướng dẫn các xã.", "vi",
     [("DOF@87", "coordinate", "PPC@87")]),
    ("UBND tỉnh Đồng Tháp giao Ban chỉ đạo tái cơ cấu ngành nông nghiệp tỉnh chủ trì rà soát các chỉ tiêu.", "vi", []),
    ("The Dong Thap Provincial People's Committee assigned the Steering Committee for restructuring the agricultural "
     "sector of the province to review the targets.", "en", []),
    # look-alikes: the sector alone is still its department; another lead outside the table gives its partner a
    # coordinate row too since the lead's stop-48 call 3 (rulings B and E meet; it kept its partners rowless before)
    ("UBND tỉnh Đồng Tháp giao ngành nông nghiệp tỉnh chủ trì rà soát các chỉ tiêu.", "vi",
     [("DARD@87", "lead", "PPC@87")]),
    ("The Dong Thap Provincial People's Committee asked the agricultural sector to review the targets.", "en",
     [("DARD@87", "assignee", "PPC@87")]),
    ("UBND tỉnh Đồng Tháp ban hành kế hoạch. Theo đó, Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp Sở Tài chính hướng "
     "dẫn các xã.", "vi", [("DOF@87", "coordinate", "PPC@87")]),
])
def test_a_sector_inside_a_name_is_no_department(text, lang, expected):
    assert _rows(text, lang) == expected
