"""Round 30b's error classes of English assignments (docs/quality.md "Round 30b (blind, real public pages):
assignments en"), fixed as general rules, data first: a text with no publication date whose opening date is a cited
document's issue date before the merger, and which tells a day after the merger (`Official Dispatch No. 5514/UBND-DMPT
dated October 10, 2025`), is read as written after it: its provinces in the 2025 scheme, its localities the communes
(extractor._after_the_merger_by_its_days), in en, vi and fr; `Completion date is July 2025.` after a task dates it, as
`The deadline is …` does (deadlines.json time_limit_openers and the opener's cue with its copula, by), in en, fr
(`La date d'achèvement est le …`) and vi (`Ngày hoàn thành là …`); a letter's addressees with a participle of asking
after a comma (`sent an official dispatch to departments, …, urging the implementation of …`) are asked, as with an
infinitive (en grammar.json letter_participles; frames._letter_participle; English only: the other languages have no
noun_cue_frames). New sentences written for these tests, one literal case a line, with the look-alikes that must stay
as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published=None)
_dated = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2025-03-20")

# sentences telling no date and naming no body, so that the later day stands past the opening a text's date is read
# from (deadlines.TEXT_DATE_CHARS), as on a page whose source line closes it
_EN_FILL = " The report lists the platforms in use and the data they share." * 26
_VI_FILL = " Báo cáo liệt kê các nền tảng đang sử dụng và dữ liệu được chia sẻ." * 26
_FR_FILL = " Le rapport énumère les plateformes utilisées et les données partagées." * 26


@pytest.mark.parametrize("text, lang, expected", [
    ("Under Plan No. 139/KH-UBND issued by the city government on May 16, 2025, the Hanoi People's Committee urged "
     "departments and local authorities to complete their digital tasks." + _EN_FILL + " Source: Official Dispatch No. 5514/UBND-DMPT "
     "dated October 10, 2025.", "en",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("CPC@01", "assignee", "PPC@01")]),
    ("Under Plan No. 139/KH-UBND issued by the provincial government on May 16, 2025, the Quang Tri Provincial People's "
     "Committee asked the Department of Finance to review the land fund." + _EN_FILL + " Source: Official Letter No. 5514/UBND-KT dated "
     "October 10, 2025.", "en", [("DOF@44", "assignee", "PPC@44")]),
    ("Thực hiện Kế hoạch số 139/KH-UBND ngày 16/5/2025 của UBND tỉnh, UBND tỉnh Quảng Trị yêu cầu Sở Tài chính rà soát "
     "quỹ đất." + _VI_FILL + " Văn bản số 5514/UBND-KT được ban hành ngày 10/10/2025.", "vi", [("DOF@44", "assignee", "PPC@44")]),
    ("Conformément au plan n° 139/KH-UBND publié par la ville le 16 mai 2025, le Comité populaire de Hanoï a exhorté les "
     "services et les autorités locales à achever leurs tâches numériques." + _FR_FILL + " Source : dépêche officielle n° 5514/UBND-DMPT "
     "du 10 octobre 2025.", "fr", [("CPC@01", "assignee", "PPC@01")]),
    # look-alikes: the later day is before the merger, so the cited plan's spring stands (districts, the old codes)
    ("Under Plan No. 139/KH-UBND issued by the city government on May 16, 2025, the Hanoi People's Committee urged "
     "departments and local authorities to complete their digital tasks." + _EN_FILL + " Source: Official Dispatch No. 5514/UBND-DMPT "
     "dated June 10, 2025.", "en",
     [("DEPARTMENTS@01", "assignee", "PPC@01"), ("DPC@01", "assignee", "PPC@01")]),
    ("Under Plan No. 139/KH-UBND issued by the provincial government on May 16, 2025, the Quang Tri Provincial People's "
     "Committee asked the Department of Finance to review the land fund." + _EN_FILL + " Source: Official Letter No. 5514/UBND-KT dated "
     "June 10, 2025.", "en", [("DOF@45", "assignee", "PPC@45")]),
    ("Thực hiện Kế hoạch số 139/KH-UBND ngày 16/5/2025 của UBND tỉnh, UBND tỉnh Quảng Trị yêu cầu Sở Tài chính rà soát "
     "quỹ đất." + _VI_FILL + " Văn bản số 5514/UBND-KT được ban hành ngày 10/6/2025.", "vi", [("DOF@45", "assignee", "PPC@45")]),
    ("Conformément au plan n° 139/KH-UBND publié par la ville le 16 mai 2025, le Comité populaire de Hanoï a exhorté les "
     "services et les autorités locales à achever leurs tâches numériques." + _FR_FILL + " Source : dépêche officielle n° 5514/UBND-DMPT "
     "du 10 juin 2025.", "fr", [("DPC@01", "assignee", "PPC@01")]),
])
def test_an_undated_text_that_cites_a_spring_plan_and_tells_a_day_after_the_merger(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Ho Chi Minh City People's Committee assigned the Department of Health to draft a plan on school meals. "
     "Completion date is June 2025.", "en", [("DOH@79", "2025-06", "by")]),
    ("The Ho Chi Minh City People's Committee assigned the Department of Health to draft a plan on school meals. "
     "The completion date is June 30, 2025.", "en", [("DOH@79", "2025-06-30", "by")]),
    ("Le Comité populaire de Hô Chi Minh-Ville a chargé le Service de la santé d'élaborer un plan. La date "
     "d'achèvement est le 30 juin 2025.", "fr", [("DOH@79", "2025-06-30", "by")]),
    ("UBND Thành phố Hồ Chí Minh giao Sở Y tế xây dựng kế hoạch bữa ăn học đường. Ngày hoàn thành là 30/6/2025.", "vi",
     [("DOH@79", "2025-06-30", "by")]),
    # look-alikes: a completion date told as past, and one named without a date, date nothing
    ("The Ho Chi Minh City People's Committee assigned the Department of Health to draft a plan on school meals. "
     "The completion date was set last year.", "en", [("DOH@79", None, None)]),
    ("UBND Thành phố Hồ Chí Minh giao Sở Y tế xây dựng kế hoạch bữa ăn học đường. Ngày hoàn thành dự kiến chưa được "
     "công bố.", "vi", [("DOH@79", None, None)]),
])
def test_a_completion_date_in_the_next_sentence(text, lang, expected):
    assert _dated(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The City People's Committee has just sent an official dispatch to departments, branches, People's Committees of "
     "districts, towns, and cities, urging the implementation of Notice No. 03-TB/BCĐTW.",
     [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("The Ministry of Health sent a document to the People's Committees of provinces and cities, requesting them to "
     "strengthen food safety inspection.", [("PROVINCES", "assignee", "MOH")]),
    # look-alikes: a letter's addressees with no request after them, a province's letter up to a ministry
    ("The Ministry of Health sent a document to the People's Committees of provinces and cities on food safety "
     "inspection.", []),
    ("The Ministry of Health sent a document to the People's Committees of provinces and cities, according to the "
     "ministry's office.", []),
    ("The Quang Ninh Provincial People's Committee sent a document to the Ministry of Finance, requesting guidance on "
     "land prices.", []),
])
def test_a_letters_addressees_asked_by_a_participle_after_a_comma(text, expected):
    assert _rows(text, "en", "2025-03-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("Specific tasks were assigned to the Ministry of Construction, along with the Ministry of Finance and the "
     "Government Office.", [("MOC", "assignee", None), ("MOF", "assignee", None), ("OOG", "assignee", None)]),
    ("Further tasks were assigned to the Ministry of Health, along with relevant ministries.",
     [("MOH", "assignee", None), ("MINISTRIES", "assignee", None)]),
    # look-alikes: the partner named between commas before the task, and one with a purpose of its own after it
    ("The Prime Minister assigned the Ministry of Health, along with the Ministry of Finance, to inspect the hospitals.",
     [("MOH", "assignee", "PM"), ("MOF", "coordinate", "PM")]),
    ("The Prime Minister asked the Ministry of Health to inspect the hospitals, along with the Ministry of Finance for "
     "the budget.", [("MOH", "assignee", "PM"), ("MOF", "coordinate", "PM")]),
])
def test_co_recipients_after_along_with_closing_the_sentence(text, expected):
    assert _rows(text, "en", "2025-10-20") == expected
