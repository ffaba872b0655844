"""Round 30's error classes of English assignments (docs/quality.md "Round 30 (blind, real public pages): assignments
en"), fixed as general rules, data first: a participle of an asking verb after a comma (`…, calling on ministries and
local authorities to …`, en cues.json assign_before); the plural passives and duties beside the singular ones (`were
directed to`, `were instructed to`, `are in charge of`, …: subject_strong); the office
of a committee is not the committee (`Chief of Office of the Provincial People's Committee; Director of …`: cues.json
name_heads), and a decision's closing `shall base on this Decision to implement` (implementation_clauses);
`departments, boards, branches` as the departments (agencies.csv); a province's town named in lower case after the
district committees (`People's Committees of districts and Son La city`: grammar.json town_after_district_collective).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2024-10-01")


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister has signed a dispatch, calling on ministries and local authorities to prepare for the dry "
     "season.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Deputy Prime Minister sent a letter calling upon the Ministry of Health to stock vaccines.",
     [("MOH", "assignee", "DPM")]),
    # read before: the finite verb
    ("The Prime Minister called on ministries to prepare for the dry season.", [("MINISTRIES", "assignee", "PM")]),
    # look-alike: no body of the table after the participle (a visit, `called on the Ministry … last week`, was read
    # as a request before this round already and still is: left)
    ("The minister spent the morning calling on residents to keep calm.", []),
])
def test_a_participle_of_an_asking_verb(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Finance and the Ministry of Construction were directed to review the prices.",
     [("MOF", "assignee", None), ("MOC", "assignee", None)]),
    ("The Ministry of Industry and Trade and Ministry of Health were instructed to secure supplies.",
     [("MOIT", "assignee", None), ("MOH", "assignee", None)]),
    ("The Ministry of Finance and the Ministry of Construction are in charge of drafting the standards.",
     [("MOF", "assignee", None), ("MOC", "assignee", None)]),
    # read before: the singular
    ("The Ministry of Finance was directed to review the prices.", [("MOF", "assignee", None)]),
    # look-alikes: the bodies' officials, a negation
    ("Officials of the Ministry of Finance and the Ministry of Construction who were instructed to attend arrived late.",
     []),
    ("The Ministry of Finance and the Ministry of Construction were not directed to review the prices.", []),
])
def test_plural_passives_and_duties(text, expected):
    assert _rows(text, "en") == expected


# `local leaders` as the provinces was tried and taken back: a national leader visiting one province asks that
# province's leaders with these words (round 28's Doksuri page, PPC@44), which the provinces' alias made a spurious row;
# the visit's province is an open class for `local authorities` too (docs/quality.md, round 30 en)


@pytest.mark.parametrize("text, expected", [
    ("The Lao Cai Provincial People's Committee issued the decision. Chief of Office of the Provincial People's "
     "Committee, Director of the Department of Education and Training, Chairmen of People's Committees of districts "
     "are responsible for implementing this Decision.",
     [("DOET@10", "assignee", "PPC@10"), ("DPC@10", "assignee", "PPC@10")]),
    ("The Lao Cai Provincial People's Committee issued the decision. Chief of Office of the Provincial People's "
     "Committee; Director of the Department of Health; Chairmen of People's Committees of districts shall base on this "
     "Decision to implement.", [("DOH@10", "assignee", "PPC@10"), ("DPC@10", "assignee", "PPC@10")]),
    # read before: no office in the list
    ("The Lao Cai Provincial People's Committee issued the decision. The Director of the Department of Health and "
     "Chairmen of People's Committees of districts shall implement this Decision.",
     [("DOH@10", "assignee", "PPC@10"), ("DPC@10", "assignee", "PPC@10")]),
    # look-alikes: the Government Office is a body of the table; a closing clause about a document of another kind
    ("The Prime Minister assigned the Office of the Government to monitor the implementation.",
     [("OOG", "assignee", "PM")]),
    ("The Director of the Department of Health read the report on this Decision to the press.", []),
])
def test_the_office_of_a_committee_and_a_decisions_closing_clause(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Hanoi People's Committee requested departments, boards and branches to review the plan.",
     [("DEPARTMENTS@01", "assignee", "PPC@01")]),
    ("On May 3, the Son La Provincial People's Committee met. Departments, boards, branches, and People's Committees "
     "of districts and Son La city shall continue to prevent natural disasters.",
     [("DEPARTMENTS@14", "assignee", None), ("DPC@14", "assignee", None)]),
    ("On May 3, the Lang Son Provincial People's Committee met. The People's Committees of districts and Lang Son city "
     "must review the plan.", [("DPC@20", "assignee", None)]),
    # look-alike: the town named as a place, no task
    ("The People's Committees of districts and Son La city held a meeting last week.", []),
])
def test_departments_boards_branches_and_a_town_after_the_districts(text, expected):
    assert _rows(text, "en") == expected


# --- the classes fixed in code (extract/assign/task_deadlines.py, mentions.py, frames.py, cues.py) ---

_dated = rows_reader("agency_id", "deadline", published=None)


@pytest.mark.parametrize("text, expected", [
    # the date closes the work of the body the sentence before names, not a task further back
    ("On June 9, the Chairman of the People's Committee of Binh Thuan province directed departments and branches to "
     "focus on two stalled projects. These projects have been delayed for years.\nFor the first project, the "
     "People's Committee of Phan Thiet city reviewed each case. The given time is before June 30, 2025 to provide "
     "documents.",
     [("DEPARTMENTS@60", None)]),
    # read before: a recipient in the sentence between, the date goes back to the task
    ("On June 9, the Chairman of the People's Committee of Binh Thuan province directed departments and branches to "
     "review the projects. Issues beyond their authority are reported to the Department of Finance. The deadline for "
     "completing this work is before June 30, 2025.", [("DEPARTMENTS@60", "2025-06-30")]),
])
def test_a_deadline_sentence_stops_at_a_body_of_its_own(text, expected):
    assert _dated(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("On June 9, the Chairman of the People's Committee of Binh Thuan province asked the People's Committee of Phan "
     "Thiet city to review each case.", [("DPC@60", "assignee", "PPC@60")]),
    ("The Chairman of Thanh Hoa Provincial People's Committee asked the People's Committee of Sam Son town to clear "
     "the beach.", [("DPC@38", "assignee", "PPC@38")]),
    # look-alikes: a centrally-run city so named is the province; a town named bare is a place
    ("The People's Committee of Hanoi city must review each case.", [("PPC@01", "assignee", None)]),
    ("The People's Committee of Ho Chi Minh City must review each case.", [("PPC@79", "assignee", None)]),
    ("The Chairman of Lam Dong Provincial People's Committee visited Da Lat city to review the plan.", []),
])
def test_the_committee_of_a_named_city_or_town(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Deputy Prime Minister Tran Hong Ha is in charge of directing ministries and localities in implementing the "
     "recovery.", [("MINISTRIES", "assignee", "DPM"), ("PROVINCES", "assignee", "DPM")]),
    # read before
    ("Deputy Prime Minister Tran Hong Ha will direct ministries and localities in implementing the recovery.",
     [("MINISTRIES", "assignee", "DPM"), ("PROVINCES", "assignee", "DPM")]),
    # look-alike: the work directed, no body after
    ("The Department of Finance is in charge of directing the audit.", [("DOF", "assignee", None)]),
])
def test_in_charge_of_directing(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("In Khanh Hoa, 8 projects and tasks are invested in or chaired by the Department of Science and Technology.", []),
    ("In Khanh Hoa, the project is chaired by the Department of Health.", []),
    # read before: the agent after a task told before it
    ("Review and complete the regulations on land, chaired by the Department of Justice.", [("DOJ", "lead", None)]),
])
def test_a_passive_agent_in_a_statement(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Pham Minh Chinh has issued a directive on drought. To address these challenges, the directive "
     "tasks local authorities with assessing water resources.", [("PROVINCES", "assignee", "PM")]),
    ("Prime Minister Pham Minh Chinh has issued a directive on floods. In order to reduce damage, the directive asks "
     "the Ministry of Construction to inspect the dykes.", [("MOC", "assignee", "PM")]),
    # read before: no phrase of purpose
    ("Prime Minister Pham Minh Chinh has issued a directive on drought. The directive tasks local authorities with "
     "assessing water resources.", [("PROVINCES", "assignee", "PM")]),
])
def test_a_phrase_of_purpose_before_the_document(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the same classes in French (fr cues.json: assign_before `appelant`, name_heads `bureau du`)
    ("Le Premier ministre a publié une directive, appelant les ministères et les autorités locales à prendre des "
     "mesures.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Comité populaire de la province de Lao Cai a publié la décision. Le chef du Bureau du Comité populaire "
     "provincial, le directeur du Service de l'éducation et de la formation et les présidents des comités populaires "
     "des districts sont chargés de l'exécution de cette décision.",
     [("DOET@10", "assignee", "PPC@10"), ("DPC@10", "assignee", "PPC@10")]),
    # look-alikes: the Government Office is a body of the table; no body after the participle
    ("Le Premier ministre a signé la directive. Le Bureau du gouvernement est chargé de suivre sa mise en œuvre.",
     [("OOG", "assignee", "PM")]),
    ("Le ministre passait la matinée en appelant les habitants au calme.", []),
])
def test_the_same_classes_in_french(text, expected):
    assert _rows(text, "fr") == expected
