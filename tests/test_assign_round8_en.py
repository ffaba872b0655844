"""Issue #13, round 8's error classes (blind round on real public pages, ``en:heldout8``, ``fr:heldout8``):
the collectives of real English and French translations (a province's departments, branches and units,
its district committees with towns and cities, ministers and heads of ministry-level agencies,
``ministères, branches``, ``villes et provinces``), old ministry names (``ministère de la Police``), a
verb's participle that tasks (``requesting``, ``demandant aux``), coordination in a gerund or a noun
(``while coordinating with``, ``strengthening coordination with``, ``en coopération avec``), a
coordination between a subject and its modal, and the French passive ``a été chargé``. New sentences
written for these tests (no page's sentence), one literal case a line, in each language where the class
exists, with the look-alikes that must stay out (or in)."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ collectives of real translations


@pytest.mark.parametrize("text, lang, expected", [
    ("The provincial People's Committee requested departments, branches, sectors to review land records.", "en",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("The provincial People's Committee asked agencies, departments, units to cut paperwork.", "en",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("The Chairman of the provincial People's Committee demanded all levels, branches and units to stop the fires.", "en",
     [("DEPARTMENTS", "assignee", "PPC")]),
    ("The provincial People's Committee asked the People's Committees of districts, towns, cities to clear the canals.", "en",
     [("DPC", "assignee", "PPC")]),
    ("The Government asked ministers and heads of ministry-level agencies to finish the decrees.", "en",
     [("MINISTRIES", "assignee", "GOV")]),
    ("The Prime Minister asked the Ministry of Police to curb speeding on the expressways.", "en", [("MPS", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministères, branches de simplifier les procédures.", "fr",
     [("MINISTRIES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux secteurs et ministères de réviser leurs projets.", "fr",
     [("MINISTRIES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux comités populaires des villes et provinces de protéger les forêts.", "fr",
     [("PROVINCES", "assignee", "PM")]),
    ("Le ministère de la Police doit renforcer les contrôles routiers.", "fr", [("MPS", "assignee", None)]),
    ("Le ministère des Transports et des Communications doit réparer les routes.", "fr", [("MOT", "assignee", None)]),
    ("Premiärministern bad ministerierna och sektorerna att förenkla förfarandena.", "sv", [("MINISTRIES", "assignee", "PM")]),
    ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành rà soát hồ sơ đất đai.", "vi", [("DEPARTMENTS", "assignee", "PPC")]),
    # look-alikes: the same collectives reported, not asked
    ("Departments, branches, sectors reported their results to the provincial People's Committee.", "en", []),
    ("Les ministères, branches ont présenté leurs rapports lors de la réunion.", "fr", []),
])
def test_collectives_of_real_translations(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a participle that tasks


@pytest.mark.parametrize("text, lang, expected", [
    ("The Chairman issued an official dispatch requesting the Department of Health of Hanoi to inspect the markets.", "en",
     [("DOH@01", "assignee", None)]),
    ("The Prime Minister signed a directive asking the Ministry of Finance to cut fees.", "en", [("MOF", "assignee", "PM")]),
    ("Le Premier ministre a signé une directive demandant aux ministères et secteurs de renforcer les contrôles.", "fr",
     [("MINISTRIES", "assignee", "PM")]),
    ("Le Premier ministre a signé une dépêche demandant au ministère de la Santé de surveiller la grippe.", "fr",
     [("MOH", "assignee", "PM")]),
    ("Le Premier ministre a autorisé aux ministères et secteurs de perfectionner leurs projets de loi.", "fr",
     [("MINISTRIES", "assignee", "PM")]),
    ("Thủ tướng ký chỉ thị yêu cầu Bộ Tài chính giảm phí.", "vi", [("MOF", "assignee", "PM")]),
    # look-alike: a request reported about a body that asks
    ("The Ministry of Finance sent a letter requesting comments from enterprises.", "en", []),
])
def test_a_participle_that_tasks(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ coordination in a gerund, a noun, between subject and modal


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister asked the Ministry of Transport to finish the plan, coordinating closely with the Ministry of "
     "Finance.", "en", [("MOT", "assignee", "PM"), ("MOF", "coordinate", "PM")]),
    ("The Deputy Prime Minister asked the Ministry of Construction to speed up the project while strengthening "
     "coordination with the Ministry of Transport.", "en", [("MOC", "assignee", "DPM"), ("MOT", "coordinate", "DPM")]),
    ("The Ministry of Health, in coordination with the Ministry of Finance, must review hospital fees.", "en",
     [("MOH", "assignee", None), ("MOF", "coordinate", None)]),
    ("Le ministère de la Santé, en coopération avec le ministère des Finances, doit revoir les tarifs.", "fr",
     [("MOH", "assignee", None), ("MOF", "coordinate", None)]),
    ("Le Premier ministre a demandé au ministère de la Construction d'accélérer le projet tout en coopérant avec le "
     "ministère des Transports.", "fr", [("MOC", "assignee", "PM"), ("MOT", "coordinate", "PM")]),
    ("Thủ tướng giao Bộ Y tế chủ trì, phối hợp với Bộ Tài chính rà soát giá dịch vụ.", "vi",
     [("MOH", "lead", "PM"), ("MOF", "coordinate", "PM")]),
    # look-alike: coordination described, no task
    ("The Ministry of Health has long enjoyed close coordination with the Ministry of Finance.", "en", []),
])
def test_coordination_in_a_gerund_a_noun_or_a_parenthesis(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ the French passive


@pytest.mark.parametrize("text, lang, expected", [
    ("Parallèlement, le ministère de l'Industrie et du Commerce a été chargé de surveiller le marché.", "fr",
     [("MOIT", "assignee", None)]),
    ("La Banque d'État du Vietnam a été chargée de stabiliser les taux de change.", "fr", [("SBV", "assignee", None)]),
    ("The Ministry of Industry and Trade was tasked with monitoring the market.", "en", [("MOIT", "assignee", None)]),
    # look-alike: a body that was in charge in the past is described, not tasked
    ("Le ministère des Finances a été chargé du budget pendant des décennies, selon l'historien.", "fr", []),
])
def test_the_french_passive(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ "localities" in a province's own direction


@pytest.mark.parametrize("text, lang, expected", [
    ("The provincial People's Committee of Nghe An requested localities to repair the dykes before the rainy season.", "en",
     [("DPC@40", "assignee", "PPC@40")]),
    ("The provincial People's Committee asked the Department of Health to coordinate with localities in vaccinating "
     "children.", "en", [("DOH", "assignee", "PPC"), ("DPC", "coordinate", "PPC")]),
    ("Le comité populaire de la province de Nghe An a demandé aux localités de réparer les digues.", "fr",
     [("DPC@40", "assignee", "PPC@40")]),
    # look-alikes: localities asked by the Prime Minister or a ministry are the provinces
    ("The Prime Minister requested localities to repair the dykes before the rainy season.", "en",
     [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux localités de réparer les digues.", "fr", [("PROVINCES", "assignee", "PM")]),
])
def test_localities_in_a_provinces_own_direction_are_its_districts(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a list that goes on past an item outside the table


@pytest.mark.parametrize("text, lang, expected", [
    ("The provincial People's Committee asked the heads of departments, agencies, provincial mass organizations, chairpersons of "
     "People's Committees of districts to close the markets.", "en", [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    ("The provincial People's Committee asked departments, branches, related units and the People's Committees of districts "
     "to close the markets.", "en", [("DEPARTMENTS", "assignee", "PPC"), ("DPC", "assignee", "PPC")]),
    # look-alike: mass organizations alone are no body of the table
    ("The provincial People's Committee asked provincial mass organizations to help the poor.", "en", []),
])
def test_a_list_goes_on_past_mass_organizations_and_units(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ round 8b: "told … to", heads of relevant agencies, municipal and provincial committees


@pytest.mark.parametrize("text, lang, expected", [
    ("The Prime Minister told the Ministry of Transport to finish the expressway by June.", "en", [("MOT", "assignee", "PM")]),
    ("The Prime Minister demanded ministers, and heads of relevant agencies keep a close watch on prices.", "en",
     [("MINISTRIES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux présidents des comités populaires municipaux et provinciaux de stocker l'eau douce.",
     "fr", [("PROVINCES", "assignee", "PM")]),
    # look-alikes: "told" someone that … reports, it tasks no one
    ("The Minister of Health told reporters that the Ministry of Finance would cut fees.", "en", []),
    ("Deputy Minister Tran told the conference that localities had done well.", "en", []),
])
def test_round_8b_classes(text, lang, expected):
    assert found(text, lang) == expected
