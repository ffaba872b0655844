"""Round 24's error classes of French assignments (README "Round 24 (blind, real public pages): assignments fr"),
fixed in ``nlp/lang/fr/agencies.csv`` (the commune level's units named with the special zones) and
``extract/assign/extractor.py`` (the localities one of a province's departments asks). New sentences written for
these tests, one literal case a line, with the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found, rows_reader


@pytest.mark.parametrize("text, lang, expected", [
    # the units of the commune level since July 2025 named with the special zones (phường, xã, đặc khu): in
    # French "arrondissement" renders phường there, so the list is the commune committees, not the districts
    ("Le Département de l'Intérieur de Hai Phong demande aux comités populaires des arrondissements, des communes et "
     "des zones spéciales d'achever le plan.", "fr", [("CPC@31", "assignee", "DOHA@31")]),
    ("Le Département de l'Intérieur de Hai Phong a demandé que les comités populaires d'arrondissement, de commune et "
     "de zone spéciale nomment les chefs de hameau.", "fr", [("CPC@31", "assignee", "DOHA@31")]),
    ("Le Département de l'Intérieur de Hai Phong demande que le comité populaire de l'arrondissement, de la commune ou "
     "de la zone spéciale établisse la liste des hameaux.", "fr", [("CPC@31", "assignee", "DOHA@31")]),
    # English and Vietnamese read the same list already
    ("The Hai Phong Department of Home Affairs requested the People's Committees of wards, communes and special zones "
     "to complete the plan.", "en", [("CPC@31", "assignee", "DOHA@31")]),
    ("Sở Nội vụ Hải Phòng đề nghị UBND các phường, xã, đặc khu hoàn thành kế hoạch.", "vi",
     [("CPC@31", "assignee", "DOHA@31")]),
    # look-alikes: the arrondissements with the districts stay the district committees
    ("Le Comité populaire de Hai Phong demande aux comités populaires des arrondissements et des districts d'achever le "
     "plan.", "fr", [("DPC@31", "assignee", "PPC@31")]),
    ("Le Comité populaire de Hai Phong demande aux comités populaires des arrondissements d'achever le plan.", "fr",
     [("DPC@31", "assignee", "PPC@31")]),
])
def test_commune_level_units_with_special_zones(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # the localities one of a province's departments asks are the province's communes after July 2025 (its
    # districts before), as those its People's Committee asks: a department gives the provinces no task
    ("Le 5 août, le Département des finances de la province de Cao Bang a demandé aux localités d'examiner les besoins "
     "de réparation.", "fr", "2025-08-05", [("CPC@04", "assignee", "DOF@04")]),
    ("Le 5 aout, le Departement des finances de la province de Cao Bang a demande aux localites d'examiner les besoins "
     "de reparation.", "fr", "2025-08-05", [("CPC@04", "assignee", "DOF@04")]),
    ("Le 5 août, le Département des finances de la province de Cao Bang a demandé aux localités d'examiner les besoins "
     "de réparation.", "fr", "2024-08-05", [("DPC@04", "assignee", "DOF@04")]),
    ("On 5 August, the Department of Finance of Cao Bang province asked localities to review the needs for repairs.",
     "en", "2025-08-05", [("CPC@04", "assignee", "DOF@04")]),
    # Vietnamese reads a province's "các địa phương" as no body of the table, for its departments too
    ("Ngày 5/8, Sở Tài chính tỉnh Cao Bằng đề nghị các địa phương rà soát nhu cầu sửa chữa.", "vi", "2025-08-05", []),
    # look-alikes: a ministry's localities stay the provinces; the committee's localities as before
    ("Le ministère des Finances a demandé aux localités d'examiner les besoins de réparation.", "fr", "2025-08-05",
     [("PROVINCES", "assignee", "MOF")]),
    ("Le 5 août, le Comité populaire de la province de Cao Bang a demandé aux localités d'examiner les besoins de "
     "réparation.", "fr", "2025-08-05", [("CPC@04", "assignee", "PPC@04")]),
])
def test_localities_a_provincial_department_asks(text, lang, published, expected):
    assert [(agency, role, by) for agency, role, by, *_ in _rows(text, lang, published)] == expected


_rows = rows_reader("agency_id", "role", "assigned_by")


@pytest.mark.parametrize("text, lang, expected", [
    # a dispatch "exhortant" (urging) its addressees, as "demandant aux", "chargeant"; and the government's
    # agencies ("les organismes gouvernementaux") in the list between the ministries and the local authorities
    ("Le Premier ministre a émis une dépêche officielle exhortant le ministère de la Santé à renforcer la surveillance.",
     "fr", [("MOH", "assignee", "PM")]),
    ("Le Premier ministre a émis une dépêche exhortant les ministères, les organismes gouvernementaux et les autorités "
     "locales à garantir l'approvisionnement.", "fr", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a signé une dépêche demandant aux ministères, aux organismes gouvernementaux et aux "
     "localités de garantir l'approvisionnement.", "fr", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # English and Vietnamese lists that read the same already
    ("The Prime Minister signed a dispatch asking ministries, agencies and localities to secure supplies.", "en",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Thủ tướng yêu cầu các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các địa phương bảo đảm nguồn cung.",
     "vi",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: the agencies' own word without a request stays no row
    ("Les organismes gouvernementaux ont publié leurs rapports annuels.", "fr", []),
])
def test_urging_dispatch_and_government_agencies_in_a_list(text, lang, expected):
    assert found(text, lang) == expected
