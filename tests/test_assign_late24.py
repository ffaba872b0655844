"""Round 24's left classes of assignments (README "Round 24's left classes (assignments, not blind)"), en, fr and
vi: new sentences written for these tests, one literal case a line, with the look-alikes that must not change."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# The convention decided with the gold (rounds 17 fr, 19, 19b fr, 20b, 21, 24 vi; 17b en and 24 fr corrected): the
# provinces' committees or authorities taken up as a collective after a text names its few provinces stay one
# PROVINCES row, the collective whose members are named elsewhere (round 19b's 'gồm' rule); a province named
# again by its own name is its committee.
@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister signed a decision giving rice to Binh Dinh and Quang Ngai. The provincial People's "
     "Committees must ensure the accuracy of statistics.", "en", [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a signé une décision d'aide à Gia Lai, Dak Lak et Quang Ngai. Les Comités populaires "
     "provinciaux sont responsables de la gestion des fonds.", "fr", [("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng Chính phủ ký quyết định hỗ trợ tỉnh Gia Lai, tỉnh Đắk Lắk. UBND các tỉnh chịu trách nhiệm "
     "sử dụng kinh phí đúng mục đích.", "vi", [("PROVINCES", "assignee", "PM")]),
    # look-alike: a province named again by its own name is its committee
    ("The Prime Minister signed a decision giving rice to Binh Dinh and Quang Ngai. Binh Dinh province must ensure "
     "the accuracy of statistics.", "en", [("PPC@52", "assignee", "PM")]),
    # look-alike: a count as many as the provinces named is their committees (en grammar
    # committees_of_provinces_named_before since late25en-undated, as the French 'les deux provinces'; en:heldout17b's
    # gold corrected, f0ded9d); without the count the collective stays
    ("The Prime Minister signed a decision giving rice to Binh Dinh and Quang Ngai. The two provincial People's "
     "Committees must ensure the accuracy of statistics.", "en", [("PPC@52", "assignee", "PM"), ("PPC@51", "assignee", "PM")]),
])
def test_the_provinces_committees_taken_up_after_a_few_named_provinces_are_one_collective(text, lang, expected):
    assert found(text, lang) == expected


# Bodies singled out after a collective that is no body of the table (investors, agencies, units) with 'including'
# (en cues.json fillers 'investors including', 'agencies, including' …; fr 'investisseurs, y compris', 'organismes
# concernés, notamment' …; vi 'các chủ đầu tư, trong đó có', 'các chủ đầu tư gồm' …): the bodies named are asked.
@pytest.mark.parametrize("text, lang, expected", [
    ("The Lang Son Provincial People's Committee requires investors including the Department of Education and "
     "Training and the Provincial Police to complete all procedures.", "en",
     [("DOET@20", "assignee", "PPC@20"), ("PPS@20", "assignee", "PPC@20")]),
    ("The Lang Son Provincial People's Committee requires relevant agencies, including the Department of Education "
     "and Training and the Provincial Police, to complete all procedures.", "en",
     [("DOET@20", "assignee", "PPC@20"), ("PPS@20", "assignee", "PPC@20")]),
    ("Le Comité populaire provincial de Lang Son demande aux investisseurs, y compris le Service de l'éducation et de "
     "la formation et la Police provinciale, d'achever toutes les procédures.", "fr",
     [("DOET@20", "assignee", "PPC@20"), ("PPS@20", "assignee", "PPC@20")]),
    ("Le Comité populaire provincial de Lang Son demande aux organismes concernés, notamment le Service de "
     "l'éducation et de la formation et la Police provinciale, d'achever toutes les procédures.", "fr",
     [("DOET@20", "assignee", "PPC@20"), ("PPS@20", "assignee", "PPC@20")]),
    ("UBND tỉnh Lạng Sơn yêu cầu các chủ đầu tư, trong đó có Sở Giáo dục và Đào tạo và Công an tỉnh hoàn thành các "
     "thủ tục.", "vi", [("DOET@20", "assignee", "PPC@20"), ("PPS@20", "assignee", "PPC@20")]),
    # look-alikes: no assigning verb; the bodies after the task, not before it
    ("The Lang Son Provincial People's Committee met investors including the Department of Education and Training "
     "and the Provincial Police to discuss the procedures.", "en", []),
    ("The Lang Son Provincial People's Committee requires investors to complete all procedures, including the "
     "Department of Education and Training.", "en", []),
    ("UBND tỉnh Lạng Sơn làm việc với các chủ đầu tư gồm Sở Giáo dục và Đào tạo và Công an tỉnh về các thủ tục.",
     "vi", []),
])
def test_bodies_named_after_including_are_asked(text, lang, expected):
    assert found(text, lang) == expected


# The plain present of a plural subject in a committee's list of tasks (en cues.json subject_weak 'guide', beside
# 'guides'): 'The Department of X and the Department of Y guide …' after a task given in the same plan.
@pytest.mark.parametrize("text, expected", [
    ("The Dak Lak Provincial People's Committee issued a plan to build 650 houses. The Department of Construction is "
     "assigned to preside over monitoring the progress. The Department of Agriculture and Rural Development and the "
     "Department of Natural Resources and Environment guide the arrangement of resettlement land.",
     [("DOC@66", "lead", "PPC@66"), ("DARD@66", "assignee", "PPC@66"), ("DONRE@66", "assignee", "PPC@66")]),
    # look-alikes: no plan and no task before; officials who guide visitors
    ("The Department of Finance and the Department of Home Affairs guide the use of support funds.", []),
    ("The Dak Lak Provincial People's Committee issued a plan to build 650 houses. The Department of Construction is "
     "assigned to preside over monitoring the progress. Officials of the Department of Finance guide visitors around "
     "the exhibition.", [("DOC@66", "lead", "PPC@66")]),
])
def test_the_plain_present_of_a_plural_subject_in_a_plan_is_a_task(text, expected):
    assert found(text, "en") == expected
