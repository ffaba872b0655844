"""Round 33b (blind, English) classes fixed after the first run (issue #13): new sentences written for the tests, not
the blind pages' own, each class with look-alikes that must not fire."""
import pytest

import extract
from tests.assign_cases import rows_reader

_rows = rows_reader(published="2024-05-20")


@pytest.mark.parametrize("text, lang, expected", [
    # a department's words in another order or number (nlp en agencies.csv: DPI 'Department of Investment and
    # Planning', DONRE 'Department of Natural Resource and Environment')
    ("The Da Nang People's Committee assigned the Department of Investment and Planning to review the list of "
     "delayed projects.", "en", [("DPI@48", "assignee", "PPC@48", None)]),
    ("The Da Nang People's Committee issued a letter. The Department of Natural Resource and Environment will chair "
     "and coordinate with the Department of Finance to revise the land prices.", "en",
     [("DONRE@48", "lead", "PPC@48", None), ("DOF@48", "coordinate", "PPC@48", None)]),
    # look-alikes: another body whose name begins alike; 'will chair' a meeting (lead_not_before) is no task
    ("The Da Nang People's Committee assigned the Department of Investment Promotion Agency to review the list.",
     "en", []),
    ("The Minister will chair the meeting on Friday.", "en", []),
])
def test_department_names_and_will_chair(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # 'is responsible for taking prime responsibility' leads (lead_after 'taking prime responsibility'), its partner
    # after 'collaborating with'
    ("The Da Nang People's Committee issued a letter. The Department of Home Affairs is responsible for taking "
     "prime responsibility and collaborating with the Department of Finance to review staffing.", "en",
     [("DOHA@48", "lead", "PPC@48", None), ("DOF@48", "coordinate", "PPC@48", None)]),
    # 'and coordinate' with no 'with': the bodies right after it are the partners (coordinate 'and coordinate the')
    ("The Da Nang People's Committee issued a letter. The Department of Health is tasked to take prime "
     "responsibility and coordinate the Department of Finance and People's Committees of districts to carry out the "
     "vaccination programme.", "en",
     [("DOH@48", "lead", "PPC@48", None), ("DOF@48", "coordinate", "PPC@48", None),
      ("DPC@48", "coordinate", "PPC@48", None)]),
    # look-alike: 'coordinate the work of the hospitals': no body of the table after it, no partner
    ("The Da Nang People's Committee issued a letter. The Department of Health shall preside over and coordinate "
     "the work of the hospitals in the vaccination programme.", "en", [("DOH@48", "lead", "PPC@48", None)]),
])
def test_lead_and_partners_without_with(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a province's military or border-guard command (no body of the table) inside a list of tasked bodies does not
    # break the list (cues.json list_skips)
    ("The Chairman of the Lang Son Provincial People's Committee directed the forest rangers. Department of "
     "Construction; Provincial Military Command; Provincial Police; People's Committees of districts and cities are "
     "responsible for inspecting the dykes.", "en",
     [("DOC@20", "assignee", "PPC@20", None), ("PPS@20", "assignee", "PPC@20", None),
      ("DPC@20", "assignee", "PPC@20", None)]),
    ("The Chairman of the Lang Son Provincial People's Committee directed the forest rangers. The Department of "
     "Health, the Provincial Border Guard Command and the Provincial Police shall inspect the border gates.", "en",
     [("DOH@20", "assignee", "PPC@20", None), ("PPS@20", "assignee", "PPC@20", None)]),
    # 'assigned specific responsibilities to' the bodies (cues.json assign_inserts)
    ("The Chairman of the Lang Son Provincial People's Committee directed and assigned specific responsibilities to "
     "departments, branches and localities.", "en",
     [("DEPARTMENTS@20", "assignee", "PPC@20", None), ("DPC@20", "assignee", "PPC@20", None)]),
    # look-alike: 'responsibilities to' with no assigning verb
    ("The Minister said the responsibilities to the State budget are large.", "en", []),
    # 'provincial governments' in a national text are the provinces (agencies.csv PROVINCES)
    ("The Prime Minister said provincial governments are required to publish the land prices.", "en",
     [("PROVINCES", "assignee", "PM", None)]),
])
def test_lists_with_commands_and_specific_responsibilities(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a province told as asked (a passive) is no authority of the text: it asks neither the next province nor a
    # ministry (which stays the ministry, not the province's department) (askers.document_authority)
    ("Tuyen Quang Province has been asked to finish the land clearance. Lang Son Province must relocate six "
     "households. The Ministry of Construction has been tasked with reviewing the designs.", "en",
     [("PPC@08", "assignee", None, None), ("PPC@20", "assignee", None, None), ("MOC", "assignee", None, None)]),
    ("La province de Tuyen Quang a été invitée à achever le déblaiement. La province de Lang Son doit reloger six "
     "ménages. Le ministère de la Construction est chargé d'examiner les plans.", "fr",
     [("PPC@08", "assignee", None, None), ("PPC@20", "assignee", None, None), ("MOC", "assignee", None, None)]),
    # look-alike: the committee that asks (active) still asks its department of the next sentence
    ("The Tuyen Quang Provincial People's Committee asked the Department of Finance to review the plan. The "
     "Department of Construction must relocate six households.", "en",
     [("DOF@08", "assignee", "PPC@08", None), ("DOC@08", "assignee", "PPC@08", None)]),
])
def test_a_province_asked_is_no_authority(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a start of operation ahead of the text ('will officially operate from July 1, 2024') is not the text's own date
    # (deadlines.json period_start_markers), so the plan's year 2023 is no past year
    ("According to the plan, the new wards will officially operate from July 1, 2024.\nAccording to the plan, in "
     "2023, the People's Committees of districts will draw up the project.", [("DPC", "2023", "in")]),
    # look-alike: a day the text tells dates it, and 2023 is then past work
    ("On July 1, 2024, the new wards started work.\nAccording to the plan, in 2023, the People's Committees of "
     "districts will draw up the project.", [("DPC", None, None)]),
])
def test_an_operation_start_is_not_the_texts_date(text, expected):
    doc = extract.document(text, lang="en")
    assert [(a.agency_id, a.deadline, a.deadline_qualifier) for a in doc.assignments] == expected
