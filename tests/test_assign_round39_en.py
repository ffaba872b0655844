"""Round 39's error classes of English assignments (docs/quality.md "Round 39 (blind, real public pages): assignments
en"), fixed as general rules, with the same forms in French and Vietnamese where they were missed too. New sentences
written for these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-01-20")


@pytest.mark.parametrize("lang, text, expected", [
    # the class: an opener-less manner verb ("Closely coordinate …") on its own line after an item: a line break is a
    # paragraph break (stop 42), no row of the item's bodies
    ("en", "The Prime Minister asked the Ministry of Finance to review the fees of ports.\nClosely coordinate with the "
     "customs to inspect the warehouses.", [("MOF", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a chargé le ministère des Finances d'examiner les frais portuaires.\nCoopérer étroitement "
     "avec les douanes pour inspecter les entrepôts.", [("MOF", "assignee", "PM", None)]),
    ("vi", "Thủ tướng yêu cầu Bộ Tài chính rà soát phí cảng biển.\nPhối hợp chặt chẽ với hải quan kiểm tra kho bãi.",
     [("MOF", "assignee", "PM", None)]),
    # look-alikes: the same verb in the item's paragraph continues it (stop 40)
    ("en", "The Prime Minister asked the Ministry of Finance to review the fees of ports. Closely coordinate with the "
     "customs to inspect the warehouses.", [("MOF", "assignee", "PM", None), ("MOF", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a chargé le ministère des Finances d'examiner les frais portuaires. Coopérer étroitement "
     "avec les douanes pour inspecter les entrepôts.", [("MOF", "assignee", "PM", None), ("MOF", "assignee", "PM", None)]),
])
def test_manner_verb_on_a_new_line(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the class: the provinces' committees written with their count and no names after it are the provinces as a whole
    ("en", "The Prime Minister requested that the Chairmen of the People's Committees of 12 provinces and cities must "
     "directly direct the registration of boats.", [("PROVINCES", "assignee", "PM", None)]),
    ("en", "The Prime Minister asked the People's Committees of 9 coastal provinces and cities to inspect the ports.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé aux présidents des comités populaires de 12 provinces et villes de diriger "
     "l'enregistrement des bateaux.", [("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: the provinces named in brackets after the count (each its committee, the count none: stop 46); a
    # report of the counted committees
    ("en", "The Prime Minister asked the People's Committees of 3 provinces and cities (Can Tho, Da Nang and Dong Thap) "
     "to inspect the ports.", [("PPC@92", "assignee", "PM", None), ("PPC@48", "assignee", "PM", None),
                               ("PPC@87", "assignee", "PM", None)]),
    ("en", "The People's Committees of 21 provinces and cities reported 300 cases last year.", []),
    ("fr", "Les comités populaires de 21 provinces et villes ont signalé 300 cas l'an dernier.", []),
])
def test_counted_provinces_committees(lang, text, expected):
    assert _rows(text, lang) == expected


_DAK = "The Dak Lak Provincial People's Committee issued a letter on saving power. "


@pytest.mark.parametrize("text, expected", [
    # the class: 'accountable for' a work is a duty, as 'responsible for' is, a list of committees before it too
    (_DAK + "The Department of Industry and Trade is accountable for inspecting the use of power.",
     [("DOIT@66", "assignee", "PPC@66", None)]),
    (_DAK + "The People's Committees of districts, towns and city are accountable for checking the power use.",
     [("DPC@66", "assignee", "PPC@66", None)]),
    # look-alikes: accountability to a superior for a failure, held accountable: no task
    (_DAK + "The People's Committees of districts are accountable to the Chairman if power is wasted.", []),
    (_DAK + "The People's Committees of districts will be held accountable for any waste.", []),
])
def test_accountable_for(text, expected):
    assert _rows(text, "en", published="2015-04-07") == expected
