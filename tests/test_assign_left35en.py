"""Stop 43's rulings and round 34's left classes, English (issue #13; helper left35, not blind): each class with new
sentences (none copied from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-03-01")

_HANOI = ("The Hanoi People's Committee issued Plan No. 30 on the transport planning and asked the Department of Health "
          "to check the clinics. ")


@pytest.mark.parametrize("text, expected", [
    # ruling B: a body working with the task's named lead, in the table or outside it, is its partner
    (_HANOI + "The Department of Construction presides over the planning. The Department of Finance coordinates with the "
     "Department of Construction to appraise the costs.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOC@01", "lead", "PPC@01", None), ("DOF@01", "coordinate", "PPC@01", None),
      ("DOC@01", "coordinate", "PPC@01", None)]),
    (_HANOI + "The Department of Construction shall take the lead in the planning. The Department of Finance shall closely "
     "coordinate with the Department of Construction to appraise the costs.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOC@01", "lead", "PPC@01", None), ("DOF@01", "coordinate", "PPC@01", None),
      ("DOC@01", "coordinate", "PPC@01", None)]),
    (_HANOI + "The Hanoi Urban Planning Institute (the planning agency) presides over the planning. The Department of "
     "Finance, the Department of Natural Resources and Environment coordinate with the Hanoi Urban Planning Institute to "
     "appraise the costs.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "coordinate", "PPC@01", None),
      ("DONRE@01", "coordinate", "PPC@01", None)]),
    (_HANOI + "The Hanoi Urban Planning Institute (the planning agency) presides over the planning. The Department of "
     "Finance coordinates and guides the Hanoi Urban Planning Institute in appraising the costs.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "coordinate", "PPC@01", None)]),
    (_HANOI + "The Department of Construction presides over the planning. Departments and agencies, based on their "
     "functions, will coordinate with the Department of Construction to appraise the costs.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOC@01", "lead", "PPC@01", None),
      ("DEPARTMENTS@01", "coordinate", "PPC@01", None), ("DOC@01", "coordinate", "PPC@01", None)]),
    # look-alikes: no lead named (round 23's Hai Phong reading: an assignee); the institute named with no lead's words
    (_HANOI + "The Department of Finance coordinates with relevant agencies to appraise the costs.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "assignee", "PPC@01", None)]),
    (_HANOI + "The Hanoi Urban Planning Institute received an award last year. The Department of Finance coordinates with "
     "the Hanoi Urban Planning Institute to appraise the costs.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "assignee", "PPC@01", None)]),
    (_HANOI + "The Department of Finance coordinates with the Department of Construction to appraise the costs.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "assignee", "PPC@01", None),
      ("DOC@01", "coordinate", "PPC@01", None)]),
])
def test_coordinating_with_the_named_lead(text, expected):
    assert _rows(text, "en") == expected


_VISIT = "Prime Minister Pham Minh Chinh paid a working visit to Yen Bai province on Saturday. "


@pytest.mark.parametrize("text, expected", [
    # ruling C: the visited province's duties in the leader's reported speech are asked by him
    (_VISIT + "According to the Prime Minister, the province must speed up the planning.",
     [("PPC@15", "assignee", "PM", None)]),
    (_VISIT + "The province should develop sustainable tourism, he said.", [("PPC@15", "assignee", "PM", None)]),
    (_VISIT + "According to the Prime Minister, the province must speed up the planning. Yen Bai should also develop "
     "sustainable tourism.", [("PPC@15", "assignee", "PM", None), ("PPC@15", "assignee", "PM", None)]),
    ("The Minister of Health visited Yen Bai province on Monday. According to the minister, the province must strengthen "
     "the inspections.", [("PPC@15", "assignee", "MOH", None)]),
    # look-alikes: no visit before; a visit and no word of what the leader said
    ("Yen Bai province welcomed two million tourists last year. The province must speed up the planning.",
     [("PPC@15", "assignee", None, None)]),
    (_VISIT + "The province must speed up the planning.", [("PPC@15", "assignee", None, None)]),
])
def test_a_visited_provinces_duty(text, expected):
    assert _rows(text, "en") == expected


_PLAN = "The Hanoi People's Committee has issued Plan No. 30 on the transport planning. "


@pytest.mark.parametrize("text, expected", [
    # the partners of a lead outside the table named with a parenthesis before its lead's words (cues.json's
    # outside_subject_cues after a closing parenthesis; ruling B's Hanoi plan)
    (_PLAN + "Accordingly, the Hanoi Urban Planning Institute (the planning agency) presides over and coordinates with "
     "the Department of Planning and Investment and the People's Committees of districts to make the planning.",
     [("DPI@01", "coordinate", "PPC@01", None), ("DPC@01", "coordinate", "PPC@01", None)]),
    # look-alike: what the institute did (past) gives no row
    (_PLAN + "Last year, the Hanoi Urban Planning Institute (the planning agency) presided over and coordinated with "
     "the Department of Planning and Investment to make the old planning.", []),
])
def test_partners_of_an_outside_lead_with_a_parenthesis(text, expected):
    assert _rows(text, "en") == expected


_HAI_DUONG = "The People's Committee of Hai Duong province issued a plan on waste. "


@pytest.mark.parametrize("text, expected", [
    # a two-year window is no deadline (deadlines.json's year form refuses a year joined to another by 'and')
    (_HAI_DUONG + "Localities must expand the model of wastewater collection, implemented in 2025 and 2026.",
     [("DPC@30", "assignee", "PPC@30", None)]),
    (_HAI_DUONG + "Localities must expand the model of wastewater collection in 2025 and in 2026.",
     [("DPC@30", "assignee", "PPC@30", None)]),
    # look-alikes: one year is the task's year
    (_HAI_DUONG + "Localities must expand the model of wastewater collection in 2025.",
     [("DPC@30", "assignee", "PPC@30", "2025")]),
    (_HAI_DUONG + "Localities must expand the model in 2025 and report the results to the Department of Finance.",
     [("DPC@30", "assignee", "PPC@30", "2025")]),
])
def test_a_two_year_window_is_no_deadline(text, expected):
    assert _rows(text, "en") == expected


_BINH_DINH = ("Binh Dinh People's Committee issued a document directing the response to the flood. Accordingly, the "
              "chairman ordered the People's Committees of districts to report the damage. ")


@pytest.mark.parametrize("text, published, expected", [
    # a short relative clause describing the collective before its obligation told in the past (grammar's
    # collective_relative_openers; round 34b en's Binh Dinh localities)
    (_BINH_DINH + "The localities where there were human losses had to sum up the experiences and send reports before "
     "November 22.", "2010-11-17",
     [("DPC@52", "assignee", "PPC@52", None), ("DPC@52", "assignee", "PPC@52", "2010-11-22")]),
    # look-alikes: a past deed after the same clause; no direction before
    (_BINH_DINH + "The localities where there were human losses had repaired the dykes.", "2010-11-17",
     [("DPC@52", "assignee", "PPC@52", None)]),
    ("The localities where there were human losses had to borrow money last year.", "2010-11-17", []),
])
def test_a_collective_with_a_relative_clause_before_had_to(text, published, expected):
    assert _rows(text, "en", published) == expected
