"""Round 23's error classes of English assignments (README "Round 23 (blind, real public pages): assignments en"),
fixed as general rules, data first: bodies after ``the leadership of`` (en cues.json ``fillers`` and
``head_titles``, fr ``direction des``/``direction du``); a list of addressees going on after ``agencies of the
province`` and a semicolon (en cues.json ``list_skips``); the telegram as the subject of an assigning verb, the
document of its signer (en cues.json ``document_subjects``: ``the telegram``, ``the official dispatch``); a
province's departments named as its professional agencies and the district committees as ``the People's Committee
of the districts`` (en agencies.csv); ``government policies`` asked for, no body (en grammar.json ``name_tails``);
a year after ``set to`` (en) or ``prévus pour`` (fr) is a thing's planned time, not the task's due date
(deadlines.json ``goal_markers``). New sentences written for these tests, one literal case a line, with the
look-alikes that must stay out and the Vietnamese and French forms of each class."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister issued a dispatch requiring the leadership of ministries, sectors, and localities to focus "
     "on removing temporary houses.", "en",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Chairman of the Provincial People's Committee requested the leadership of the Department of Health to "
     "review the hospitals.", "en",
     [("DOH", "assignee", "PPC")]),
    ("Le Premier ministre a demandé à la direction du ministère des Finances de revoir les règles.", "fr",
     [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a demandé à la direction des ministères et des localités de revoir les règles.", "fr",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # the Vietnamese form was read before
    ("Thủ tướng ban hành Công điện yêu cầu lãnh đạo các bộ, ngành, địa phương tập trung chỉ đạo xóa nhà tạm.", "vi",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: the leadership praised or attending, no task
    ("The Prime Minister praised the leadership of ministries, sectors, and localities for their efforts.", "en", []),
    ("The leadership of the Ministry of Finance attended the meeting.", "en", []),
])
def test_bodies_after_the_leadership_of_are_asked(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of the Lao Cai Provincial People's Committee signed a dispatch requesting departments, branches, "
     "agencies of the province; People's Committees of communes and wards; Tan Phu Company Limited to respond.", "en",
     [("DEPARTMENTS@15", "assignee", "PPC@15"), ("CPC@15", "assignee", "PPC@15")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    ("The Chairman of the Lao Cai Provincial People's Committee requested departments, agencies of the province and "
     "People's Committees of communes and wards to review the dykes.", "en",
     [("DEPARTMENTS@15", "assignee", "PPC@15"), ("CPC@15", "assignee", "PPC@15")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    ("The Chairman of the Da Nang City People's Committee requested departments, branches, agencies of the city; "
     "People's Committees of communes and wards to review the dykes.", "en",
     [("DEPARTMENTS@48", "assignee", "PPC@48"), ("CPC@48", "assignee", "PPC@48")]),
    # the list read before without the qualifier
    ("The Chairman of the Lao Cai Provincial People's Committee requested departments, branches; People's "
     "Committees of communes and wards to review the dykes.", "en",
     [("DEPARTMENTS@15", "assignee", "PPC@15"), ("CPC@15", "assignee", "PPC@15")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
])
def test_a_list_of_addressees_goes_on_after_agencies_of_the_province(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On July 18, the Chairman of the Lao Cai Provincial People's Committee signed Official Dispatch No. 01/CD-UBND. "
     "The telegram requires communes and wards to proactively provide timely information.", "en",
     [("CPC@15", "assignee", "PPC@15")]),  # (undated, communes and wards only: after the merger by the rule of the open classes after round 24b)
    ("The Prime Minister signed Official Telegram No. 84/CD-TTg. The official telegram requests the Ministry of "
     "Construction to inspect the dykes.", "en",
     [("MOC", "assignee", "PM")]),
    # the French and Vietnamese forms were read before
    ("Le président du Comité populaire provincial de Lao Cai a signé la dépêche officielle n° 01/CD-UBND. Le "
     "télégramme demande au Service de la construction d'inspecter les digues.", "fr",
     [("DOC@10", "assignee", "PPC@10")]),
    ("Chủ tịch UBND tỉnh Lào Cai ký Công điện số 01/CĐ-UBND. Công điện yêu cầu Sở Xây dựng kiểm tra đê điều.", "vi",
     [("DOC@10", "assignee", "PPC@10")]),
])
def test_the_telegram_assigns_for_its_signer(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Quang Tri Provincial People's Committee requested that provincial-level professional agencies promptly "
     "update the regulations.", "en",
     [("DEPARTMENTS@45", "assignee", "PPC@45")]),
    ("The Chairman of the Can Tho City People's Committee requested professional agencies under the City People's "
     "Committee to review the planning.", "en",
     [("DEPARTMENTS@92", "assignee", "PPC@92")]),
    ("The Can Tho City People's Committee assigned the Department of Construction to lead and coordinate with the "
     "Department of Finance, the People's Committee of the districts and relevant units to review the planning.", "en",
     [("DOC@92", "lead", "PPC@92"), ("DOF@92", "coordinate", "PPC@92"), ("DPC@92", "coordinate", "PPC@92")]),
    # look-alike: a professional agency outside the province's committees reports, no task
    ("Professional agencies of the ministry reported on the planning.", "en", []),
])
def test_a_provinces_professional_agencies_and_its_district_committees(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Tay Ninh leaders also requested government policies to support training of commune-level officials.", "en", []),
    ("The delegates proposed Government policy to support the farmers.", "en", []),
    # look-alike: the Government itself asked stays read
    ("The Provincial People's Committee asked the Government to support training of commune-level officials.", "en",
     [("GOV", "assignee", "PPC")]),
])
def test_government_policies_are_no_body(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister has directed the relevant ministries and sectors to adjust the funding for housing from two "
     "national target programs, which are set to begin in 2025, to be completed by June 20.", "en",
     [("MINISTRIES", "2025-06-20", "by")]),
    ("Le Premier ministre a demandé aux ministères concernés d'ajuster le financement des deux programmes, prévus "
     "pour démarrer en 2025, à achever avant le 20 juin.", "fr",
     [("MINISTRIES", "2025-06-20", "before")]),
    # the Vietnamese form was read before
    ("Thủ tướng yêu cầu các bộ điều chỉnh kinh phí hỗ trợ từ hai chương trình dự kiến khởi công năm 2025, hoàn thành "
     "trước ngày 20/6.", "vi",
     [("MINISTRIES", "2025-06-20", "before")]),
    # look-alikes: a task's own year stays its deadline, and a year after 'set to' alone is no deadline
    ("The Prime Minister asked the Ministry of Finance to adjust the funding in 2025.", "en",
     [("MOF", "2025", "in")]),
    ("The Prime Minister asked the Ministry of Finance to adjust the funding for the programs, which are set to "
     "start in 2025.", "en",
     [("MOF", None, None)]),
])
def test_a_year_after_set_to_is_the_things_time_not_the_tasks(text, lang, expected):
    assert dated(text, lang, "2025") == expected
