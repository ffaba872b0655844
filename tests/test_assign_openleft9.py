"""Assignment classes left open after round 27 (issue #13, not blind; docs/quality.md "Open classes after round 27
(assignments, not blind)"). New sentences written for these tests, one literal case a line, with the look-alikes that
must stay as they were, in every language where the class exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader


_rows = rows_reader()


# 1. the committees named once for all their levels: one row a level on the one span (grammar.json
# committees_at_all_levels; mentions.committees_at_all_levels), and the levels a dated task goes on to with its
# verb left out (grammar.json gapped_levels; extractor._gapped_levels, _levels_dated_later)
@pytest.mark.parametrize("text, lang, published, expected", [
    # a central asker: the provinces', districts' and communes' committees
    ("Le Premier ministre a demandé aux comités populaires à tous les niveaux de recenser les terres rizicoles.", "fr",
     None, [("PROVINCES", "assignee", "PM", None), ("DPC", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    ("Le Premier ministre a demandé au ministère de la Construction et à des comités populaires à tous les niveaux de "
     "recenser les logements.", "fr", None,
     [("MOC", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None), ("DPC", "assignee", "PM", None),
      ("CPC", "assignee", "PM", None)]),
    ("The Prime Minister asked People's Committees at all levels to count the abandoned rice fields.", "en", None,
     [("PROVINCES", "assignee", "PM", None), ("DPC", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    ("Thủ tướng yêu cầu Ủy ban nhân dân các cấp kiểm kê diện tích đất lúa bị bỏ hoang.", "vi", None,
     [("PROVINCES", "assignee", "PM", None), ("DPC", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    ("Premiärministern uppmanade folkkommittéerna på alla nivåer att räkna de övergivna risfälten.", "sv", None,
     [("PROVINCES", "assignee", "PM", None), ("DPC", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    # a province's direction: its districts' and communes' committees
    ("Le Comité populaire de la province de Thanh Hoa a demandé aux comités populaires à tous les niveaux de recenser les "
     "digues.", "fr", None, [("DPC@38", "assignee", "PPC@38", None), ("CPC@38", "assignee", "PPC@38", None)]),
    ("The Thanh Hoa Provincial People's Committee asked People's Committees at all levels to count the damaged dykes.",
     "en", None, [("DPC@38", "assignee", "PPC@38", None), ("CPC@38", "assignee", "PPC@38", None)]),
    ("UBND tỉnh Thanh Hóa yêu cầu UBND các cấp kiểm đếm các tuyến đê bị hư hỏng.", "vi", None,
     [("DPC@38", "assignee", "PPC@38", None), ("CPC@38", "assignee", "PPC@38", None)]),
    # the provinces' chairmen directing their levels: the levels under the province
    ("The Prime Minister requires the Chairmen of the People's Committees of provinces to direct People's Committees at "
     "all levels to count the damaged dykes.", "en", None,
     [("PROVINCES", "assignee", "PM", None), ("DPC", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    # the two-level local government (from July 2025): no district level
    ("Thủ tướng yêu cầu Ủy ban nhân dân các cấp kiểm kê diện tích đất lúa bị bỏ hoang.", "vi", "2025-09-10",
     [("PROVINCES", "assignee", "PM", None), ("CPC", "assignee", "PM", None)]),
    # look-alikes: the local authorities at all levels stay the provinces (rounds 11, 18); praise, a past report,
    # the local government at all levels (no committee named) give no row of the levels
    ("Le Premier ministre a demandé aux autorités locales à tous les niveaux de recenser les terres rizicoles.", "fr",
     None, [("PROVINCES", "assignee", "PM", None)]),
    ("Le Premier ministre a félicité les comités populaires à tous les niveaux pour le recensement des terres.", "fr",
     None, []),
    ("People's Committees at all levels have counted the abandoned rice fields.", "en", None, []),
    ("UBND tỉnh Thanh Hóa yêu cầu chính quyền các cấp kiểm đếm các tuyến đê bị hư hỏng.", "vi", None, []),
])
def test_committees_at_all_levels_are_one_row_a_level(text, lang, published, expected):
    assert _rows(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the levels after a dated task, each with its own date, the verb left out
    ("Les communes doivent achever l'inventaire des digues avant le 10 février 2020, les districts avant le 1er avril "
     "2020 et les provinces avant le 15 mai 2020.", "fr",
     [("CPC", "assignee", None, "2020-02-10"), ("DPC", "assignee", None, "2020-04-01"),
      ("PROVINCES", "assignee", None, "2020-05-15")]),
    ("Le Comité populaire de la province de Thanh Hoa a demandé aux communes d'achever l'inventaire avant le 10 février "
     "2020 et aux districts avant le 1er avril 2020.", "fr",
     [("CPC@38", "assignee", "PPC@38", "2020-02-10"), ("DPC@38", "assignee", "PPC@38", "2020-04-01")]),
    ("Communes must complete the inventory before February 10, 2020, districts before April 1, 2020 and provinces "
     "before May 15, 2020.", "en",
     [("CPC", "assignee", None, "2020-02-10"), ("DPC", "assignee", None, "2020-04-01"),
      ("PROVINCES", "assignee", None, "2020-05-15")]),
    ("UBND tỉnh Thanh Hóa yêu cầu UBND các xã hoàn thành kiểm kê trước ngày 10/2/2020, các huyện trước ngày 1/4/2020.",
     "vi", [("CPC@38", "assignee", "PPC@38", "2020-02-10"), ("DPC@38", "assignee", "PPC@38", "2020-04-01")]),
    # the levels named once for all, dated by the later sentence that dates each level's part of the same task
    ("Le Premier ministre a demandé aux comités populaires à tous les niveaux de recenser les terres rizicoles. Les "
     "communes sont priées d'achever le recensement avant le 10 février 2020, les districts avant le 1er avril 2020 et "
     "les provinces avant le 15 mai 2020.", "fr",
     [("PROVINCES", "assignee", "PM", "2020-05-15"), ("DPC", "assignee", "PM", "2020-04-01"),
      ("CPC", "assignee", "PM", "2020-02-10"), ("CPC", "assignee", "PM", "2020-02-10"),
      ("DPC", "assignee", "PM", "2020-04-01"), ("PROVINCES", "assignee", "PM", "2020-05-15")]),
    # look-alikes: a level word with no date of its own after it, a level word after an undated task
    ("Les communes doivent achever l'inventaire des digues avant le 10 février 2020, les districts ont déjà commencé.",
     "fr", [("CPC", "assignee", None, "2020-02-10")]),
    ("Communes must complete the inventory before February 10, 2020, while districts have already begun.", "en",
     [("CPC", "assignee", None, "2020-02-10")]),
    ("Les communes doivent achever l'inventaire des digues, les districts avant le 1er avril 2020.", "fr",
     [("CPC", "assignee", None, "2020-04-01")]),
])
def test_levels_going_on_with_their_own_dates(text, lang, expected):
    assert _rows(text, lang) == expected


# 2. the plural presidents of the provincial committees written with the singular committee (fr agencies.csv
# PROVINCES: "Comité populaire des villes et provinces (du ressort central)", the machine translation of "Chủ tịch UBND
# các tỉnh, thành phố"): the provinces' collective, as in Vietnamese and English
@pytest.mark.parametrize("text, lang, expected", [
    ("Les présidents du Comité populaire des villes et provinces du ressort central doivent diriger la lutte contre les "
     "feux de forêt.", "fr", [("PROVINCES", "assignee", None, None)]),
    ("Le Premier ministre a demandé aux présidents du Comité populaire des provinces et villes de diriger la lutte contre "
     "les feux de forêt.", "fr", [("PROVINCES", "assignee", "PM", None)]),
    # read before: the plural committees, the Vietnamese and English forms
    ("Les présidents des comités populaires des villes et provinces relevant du pouvoir central doivent diriger la lutte "
     "contre les feux de forêt.", "fr", [("PROVINCES", "assignee", None, None)]),
    ("Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương phải chỉ đạo chữa cháy rừng.", "vi",
     [("PROVINCES", "assignee", None, None)]),
    ("Chairmen of the People's Committee of provinces and centrally run cities must direct the forest fire fighting.",
     "en", [("PROVINCES", "assignee", None, None)]),
    # look-alikes: no task; one province's committee stays its own
    ("Les présidents du Comité populaire des villes et provinces ont assisté à la réunion sur les feux de forêt.", "fr",
     []),
    ("Le président du Comité populaire de la province de Quang Ninh doit diriger la lutte contre les feux de forêt.",
     "fr", [("PPC@22", "assignee", None, None)]),
])
def test_presidents_of_the_committee_of_cities_and_provinces(text, lang, expected):
    assert _rows(text, lang) == expected


# 3. English (and its French, Vietnamese forms): the subject after a speaker's emphasis, asked by the speaker's body
# (grammar.json emphasis_verbs, clause_conjunctions_without_comma; askers._emphasising_body_before); the heads of
# departments opening a sentence (en grammar.json opening_department_words); plain presents of a directive's list
# (en cues.json subject_weak: develop, build, inspect); the owner of a telegram signed on behalf of the Prime Minister
# (en cues.json signed_document_owner_joins, signed_document_articles; askers._owner_of_signed_document)
@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman of the Khanh Hoa Provincial People's Committee stressed that the Department of Finance must submit "
     "the budget plan before May 1, 2025.", "en", [("DOF@56", "assignee", "PPC@56", "2025-05-01")]),
    ("The Chairman of the Khanh Hoa Provincial People's Committee emphasized that heads of departments, branches, and "
     "sectors, along with Chairmen of People's Committees of communes, wards, and special zones, must answer for late "
     "land records.", "en",
     [("DEPARTMENTS@56", "assignee", "PPC@56", None), ("CPC@56", "assignee", "PPC@56", None)]),
    ("Le président du Comité populaire de la province de Khanh Hoa a souligné que le Service des finances doit "
     "soumettre le plan budgétaire avant le 1er mai 2025.", "fr", [("DOF@56", "assignee", "PPC@56", "2025-05-01")]),
    ("Chủ tịch UBND tỉnh Khánh Hòa nhấn mạnh Sở Tài chính phải trình kế hoạch ngân sách trước ngày 1/5/2025.", "vi",
     [("DOF@56", "assignee", "PPC@56", "2025-05-01")]),
    ("Chủ tịch UBND tỉnh Khánh Hòa nhấn mạnh thủ trưởng các sở, ban, ngành cùng Chủ tịch UBND các xã, phường phải chịu "
     "trách nhiệm về hồ sơ đất đai chậm trễ.", "vi",
     [("DEPARTMENTS@56", "assignee", "PPC@56", None), ("CPC@56", "assignee", "PPC@56", None)]),
    # look-alikes: a report ("said that") names no asker, a past fact and a body inside a complement give no row
    ("The Chairman of the Khanh Hoa Provincial People's Committee said that the Department of Finance must submit the "
     "budget plan before May 1, 2025.", "en", [("DOF@56", "assignee", None, "2025-05-01")]),
    ("The Chairman of the Khanh Hoa Provincial People's Committee stressed that the Department of Finance has submitted "
     "the budget plan.", "en", []),
    ("Chủ tịch UBND tỉnh Khánh Hòa nhấn mạnh Sở Tài chính đã trình kế hoạch ngân sách.", "vi", []),
])
def test_the_subject_after_a_speakers_emphasis_is_asked_by_the_speaker(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Khanh Hoa Provincial People's Committee issued a directive on land records. Heads of departments must answer "
     "for late land records.", "en", [("DEPARTMENTS@56", "assignee", "PPC@56", None)]),
    ("The Hai Phong People's Committee issued a directive on disbursement. Departments, branches, and localities, based "
     "on their assigned functions and tasks, develop detailed plans.", "en",
     [("DEPARTMENTS@31", "assignee", "PPC@31", None), ("DPC@31", "assignee", "PPC@31", None)]),
    ("The Hai Phong People's Committee issued a directive on flood prevention. Localities inspect the dykes before the "
     "rainy season.", "en", [("DPC@31", "assignee", "PPC@31", None)]),
    # read before: the plain present of a directive's list ("Localities review and report …")
    ("The Hai Phong People's Committee issued a directive on disbursement. Localities review and report the results to "
     "the Department of Finance.", "en", [("DPC@31", "assignee", "PPC@31", None)]),
    # look-alikes: the heads of named departments are those departments; heads attending, no directive
    ("The Khanh Hoa Provincial People's Committee issued a directive on land records. Heads of departments attended the "
     "meeting.", "en", []),
    ("The Hai Phong People's Committee reported on tourism. Localities develop new tours every year.", "en", []),
])
def test_heads_of_departments_and_plain_presents_in_a_directive(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Deputy Prime Minister Tran Hong Ha signed a government telegram on behalf of the Prime Minister, requesting the "
     "Ministry of Construction to inspect the dykes.", "en", [("MOC", "assignee", "PM", None)]),
    # read before: the owner after "of the"
    ("Deputy Prime Minister Tran Hong Ha has just signed Decision 1589/QD-TTg dated July 24, 2025 of the Prime Minister, "
     "requesting the Ministry of Construction to inspect the dykes.", "en", [("MOC", "assignee", "PM", None)]),
    # look-alikes: a telegram with no owner named is its signer's; speaking on behalf of someone signs nothing
    ("Deputy Prime Minister Tran Hong Ha signed a telegram requesting the Ministry of Construction to inspect the dykes.",
     "en", [("MOC", "assignee", "DPM", None)]),
    ("Deputy Prime Minister Tran Hong Ha spoke on behalf of the Prime Minister, requesting the Ministry of Construction "
     "to inspect the dykes.", "en", [("MOC", "assignee", "DPM", None)]),
])
def test_the_owner_of_a_telegram_signed_on_his_behalf_asks(text, lang, expected):
    assert _rows(text, lang) == expected


# 4. Vietnamese: a dispatch named as the subject that "nêu rõ yêu cầu" is its issuer's request (vi cues.json
# document_subjects: "công điện nêu rõ" …), the issuer named in the sentence before
@pytest.mark.parametrize("text, lang, expected", [
    ("Thủ tướng Chính phủ vừa ký Công điện số 15/CĐ-TTg về ứng phó mưa lũ. Công điện nêu rõ yêu cầu Chủ tịch UBND các "
     "tỉnh chỉ đạo di dời dân khỏi vùng sạt lở.", "vi", [("PROVINCES", "assignee", "PM", None)]),
    ("UBND tỉnh Phú Thọ vừa ban hành Công điện số 07/CĐ-UBND về ứng phó mưa lũ. Công điện nêu rõ yêu cầu UBND các xã di "
     "dời dân khỏi vùng sạt lở.", "vi", [("CPC@25", "assignee", "PPC@25", None)]),
    # read before: the dispatch asking with the bare verb
    ("Thủ tướng Chính phủ vừa ký Công điện số 15/CĐ-TTg về ứng phó mưa lũ. Công điện yêu cầu Chủ tịch UBND các tỉnh chỉ "
     "đạo di dời dân khỏi vùng sạt lở.", "vi", [("PROVINCES", "assignee", "PM", None)]),
    # look-alike: a dispatch whose issuer the text does not name asks for no one known
    ("Công điện nêu rõ yêu cầu Chủ tịch UBND các tỉnh chỉ đạo di dời dân khỏi vùng sạt lở.", "vi",
     [("PROVINCES", "assignee", None, None)]),
])
def test_a_dispatch_stating_a_request_is_its_issuers(text, lang, expected):
    assert _rows(text, lang) == expected
