"""Round 25's French assignments left over (docs/quality.md "Round 25, assignments fr after the fixes": the "Left"
part; issue #13), fixed later, not blind: lists written without commas (Lao Dong's French pages) and the ministers of
the ministries named after them. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader("agency_id", "role", "assigned_by")


@pytest.mark.parametrize("text, lang, published, expected", [
    # the provinces of a list without commas, each after its own "de" (fr grammar
    # province_list_openers_without_comma), and the committee words of a text printed without accents
    ("Le Premier ministre a demande aux comites populaires des provinces et des villes de Nghe An de Ha Tinh de Quang "
     "Binh de preparer les abris avant la tempete.", "fr", None,
     [("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM"), ("PPC@44", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux comités populaires des provinces de Thanh Hoa de Nghe An et de Ha Tinh "
     "d'évacuer les habitants des zones basses.", "fr", None,
     [("PPC@38", "assignee", "PM"), ("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM")]),
    ("Le Premier ministre a demande aux comites populaires des provinces de Lao Cai, Yen Bai et Ha Giang de renforcer "
     "la surveillance des glissements de terrain.", "fr", None,
     [("PPC@10", "assignee", "PM"), ("PPC@15", "assignee", "PM"), ("PPC@02", "assignee", "PM")]),
    # look-alikes: a province named after a task's own "de" is a place, not a body; one committee named with its
    # province stays one body
    ("Le Premier ministre a demandé aux comités populaires des provinces de Ha Tinh de déplacer les habitants de "
     "Quang Tri vers les abris.", "fr", None, [("PPC@42", "assignee", "PM")]),
    ("Le Premier ministre a demandé au comité populaire de la province de Ha Tinh de reporter les réunions.", "fr",
     None, [("PPC@42", "assignee", "PM")]),
    # English and Vietnamese lists with commas were read already
    ("The Prime Minister asked the People's Committees of Nghe An, Ha Tinh and Quang Binh to prepare shelters.",
     "en", None, [("PPC@40", "assignee", "PM"), ("PPC@42", "assignee", "PM"), ("PPC@44", "assignee", "PM")]),
])
def test_provinces_listed_without_commas(text, lang, published, expected):
    assert _rows(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the ministers of the ministries named after them ask those ministries (grammar
    # heads_of_ministries_named_after, fillers "ministres des", "ministers of the"): no MINISTRIES of their own
    ("Le Premier ministre a demandé aux ministres des ministères de la Santé, des Finances et des ministères "
     "concernés de revoir les stocks de médicaments.", "fr",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM"), ("MINISTRIES", "assignee", "PM")]),
    # and the list goes on past them to the provinces
    ("Le Premier ministre a demandé aux ministres des ministères concernés et aux présidents des comités populaires "
     "des provinces de reporter les réunions.", "fr", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister requested the ministers of the Ministries of Health and Finance to review the stocks.", "en",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    # an elliptic list without commas, each ministry after its own article (grammar
    # ministry_list_openers_without_comma)
    ("Le Premier ministre a demande aux ministres des ministeres de la Sante de la Construction de l'Industrie et du "
     "Commerce et des ministeres concernes de revoir les plans de prevention.", "fr",
     [("MOH", "assignee", "PM"), ("MOC", "assignee", "PM"), ("MOIT", "assignee", "PM"), ("MINISTRIES", "assignee", "PM")]),
    # look-alikes: the ministers alone are the ministries; a ministry followed by a province is one body; the
    # Vietnamese "Bộ trưởng các Bộ" was read already
    ("Le Premier ministre a demandé aux ministres et aux présidents des comités populaires provinciaux de reporter "
     "les réunions.", "fr", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé au ministère de la Santé de la province de Lao Cai de vacciner les enfants.", "fr",
     [("MOH", "assignee", "PM")]),
    ("Thủ tướng yêu cầu Bộ trưởng các Bộ Y tế, Tài chính và các bộ liên quan rà soát kho thuốc.", "vi",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM"), ("MINISTRIES", "assignee", "PM")]),
])
def test_ministers_of_the_ministries_named(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "les deux provinces" / "the two provinces" as the subject of a task, after the provinces were named: each named
    # province's committee, not the provinces of the country (fr committees_of_provinces_named_before "les", en
    # committees_of_provinces_named_before)
    ("Le Comité populaire provincial a approuvé le projet de fusion des provinces de Quang Ngai et de Kon Tum. Selon "
     "les instructions du gouvernement central, les deux provinces doivent achever la fusion.", "fr",
     [("PPC@51", "assignee", "GOV"), ("PPC@62", "assignee", "GOV")]),
    ("The provincial People's Committee approved the plan to merge Quang Ngai and Kon Tum provinces. Under the central "
     "government's instructions, the two provinces must complete the merger.", "en",
     [("PPC@51", "assignee", "GOV"), ("PPC@62", "assignee", "GOV")]),
    # look-alikes: a count that does not match the provinces named stays the collective; the names right after the
    # count are the bodies themselves (as before); two provinces reported, not tasked, ask no one
    ("Le Comité populaire provincial a approuvé le projet de fusion des provinces de Quang Ngai et de Kon Tum. Selon "
     "les instructions du gouvernement central, les trois provinces doivent achever la fusion.", "fr",
     [("PROVINCES", "assignee", "GOV")]),
    ("Quang Ngai and Kon Tum signed an agreement. The two provinces exchanged delegations.", "en", []),
    ("La province de Quang Ngai et la province de Kon Tum ont signé un accord. Les deux provinces ont échangé des "
     "délégations.", "fr", []),
])
def test_counted_provinces_named_before(text, lang, expected):
    assert _rows(text, lang) == expected
