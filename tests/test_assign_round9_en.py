"""Round 9's error classes of English assignments (README "Round 9 (blind, real public pages):
assignments en, fr"), fixed as general rules, data first: items outside the table at either end of a list
of bodies (``departments, agencies … and businesses need to``, ``assigned units and localities to``), a
noun of tasks given to bodies (``assigning tasks to departments, branches and localities:``), plain
present verbs of a directive (``the provincial police direct …``), a collective's passive (``are tasked
with``), coordination with ``other`` bodies, ``suggested X do``, the names the pages used (``War
Invalids``, ``districts, cities and towns``, ``Government bodies``), a ``based on`` parenthetical, and a
year inside a cited document's title, which is no deadline. New sentences written for these tests (no
page's sentence), one literal case a line, with the look-alikes that must stay out; the Swedish cases
of the list rule are here too (the French ones in tests/test_assign_round9_fr.py)."""
from __future__ import annotations

import pytest

import extract
from extract.assign import stage
from tests.assign_cases import found


# ------------------------------------------------------------------ items outside the table at a list's ends


@pytest.mark.parametrize("text, lang, expected", [
    ("The Ministry of Industry and Trade and businesses must ensure fuel supplies.", "en",
     [("MOIT", "assignee", None)]),
    ("Under the directive, the Department of Health, the Department of Finance and enterprises need to stock medicines.", "en",
     [("DOH", "assignee", None), ("DOF", "assignee", None)]),
    ("The Prime Minister asked relevant agencies and the Ministry of Construction to inspect the bridges.", "en",
     [("MOC", "assignee", "PM")]),
    ("Hälsoministeriet och företagen ska säkra tillgången på munskydd.", "sv", [("MOH", "assignee", None)]),
    # look-alikes: the same lists, no task
    ("The Ministry of Industry and Trade and businesses signed a deal on fuel supplies.", "en", []),
    ("The Prime Minister thanked relevant agencies and the Ministry of Construction.", "en", []),
    ("Hälsoministeriet och företagen undertecknade ett avtal om munskydd.", "sv", []),
])
def test_items_outside_the_table_at_a_lists_ends(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a noun of tasks given to bodies


@pytest.mark.parametrize("text, expected", [
    # the tasks are stated after: the bodies the noun names are not rows
    ("Assigning specific tasks to ministries and sectors, the Prime Minister asked the Ministry of Health to buy vaccines.",
     [("MOH", "assignee", "PM")]),
    ("The Prime Minister assigned tasks to ministries and localities at the meeting.", []),
    # an infinitive after the bodies states their task
    ("The Prime Minister assigned tasks to the Ministry of Finance to review the fees.", [("MOF", "assignee", "PM")]),
])
def test_a_noun_of_tasks_given_to_bodies(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ plain present verbs, passives, coordination, "suggested"


@pytest.mark.parametrize("text, expected", [
    ("Under the directive, the provincial police direct local police to patrol the dykes.", [("PPS", "assignee", None)]),
    ("Under the directive, departments and branches actively monitor market prices.", [("DEPARTMENTS", "assignee", None)]),
    ("Ministries and localities are tasked with reporting on the disbursement.",
     [("MINISTRIES", "assignee", None), ("PROVINCES", "assignee", None)]),
    ("The Prime Minister instructed the Ministry of Health to take the lead in closely coordinating with other ministries and localities to buy vaccines.",
     [("MOH", "lead", "PM"), ("MINISTRIES", "coordinate", "PM"), ("PROVINCES", "coordinate", "PM")]),
    ("The Deputy Prime Minister suggested the Ministry of Transport set up a task force on road safety.", [("MOT", "assignee", "DPM")]),
    # look-alikes: no directive, a suggestion reported as a clause, an expert's opinion
    ("The provincial police direct traffic at the festival every year.", []),
    ("The minister suggested that reforms would take time.", []),
    ("Experts suggested the Ministry of Finance should cut fees.", []),
])
def test_plain_verbs_passives_coordination_suggestions(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ the names the pages used, and a parenthetical


@pytest.mark.parametrize("text, expected", [
    ("The Department of Labour, War Invalids and Social Affairs of Nghe An shall pay the allowances.", [("DOLISA@40", "assignee", None)]),
    ("The Prime Minister urged ministries, ministry-level agencies, Government bodies and localities to cut procedures.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The People's Committees of districts, cities and towns of Nghe An, according to their functions, shall clear the canals.",
     [("DPC@40", "assignee", None)]),
    ("Departments and branches, based on their functions, shall review the procedures.", [("DEPARTMENTS", "assignee", None)]),
    # the Government's members are persons, not the Government (grammar name_tails)
    ("Under the directive, the Prime Minister assigned Government members to inspect the disbursement.", []),
    ("Under the directive, the Prime Minister assigned the Government Office to inspect the disbursement.", [("OOG", "assignee", "PM")]),
    # look-alike: the Government itself asks, it is not one of the bodies asked
    ("The Government asked Government bodies to publish their procedures.", [("MINISTRIES", "assignee", "GOV")]),
])
def test_names_and_parentheticals(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ a year inside a cited document's title


def _deadlines(text: str, lang: str, published: str) -> list[tuple]:
    doc = extract.document_from_text(text, lang=lang, published=published, stages=[stage])
    return [(a.agency_id, a.deadline, a.deadline_qualifier) for a in doc.assignments]


@pytest.mark.parametrize("text, lang, expected", [
    ("The People's Committee of Nghe An asked the Department of Health to strictly implement Plan No. 12/KH-UBND on vaccination in 2024.",
     "en", [("DOH@40", None, None)]),
    ("Le Premier ministre a demandé au ministère de la Santé d'appliquer la directive 16/CT-TTg sur la prévention en 2024.",
     "fr", [("MOH", None, None)]),
    # look-alikes: the year is the task's own
    ("The People's Committee of Nghe An asked the Department of Health to finish the vaccination plan in 2024.",
     "en", [("DOH@40", "2024", "in")]),
    ("Le Premier ministre a demandé au ministère de la Santé d'achever le plan de prévention en 2024.",
     "fr", [("MOH", "2024", "in")]),
])
def test_a_year_inside_a_cited_documents_title(text, lang, expected):
    assert _deadlines(text, lang, "2024-02-01") == expected


# ------------------------------------------------------------------ round 9b: the committee's chairman asking, lists with outside items


@pytest.mark.parametrize("text, expected", [
    # a pronoun, a bare title or an honorific after the head title names the provincial committee as the asker
    ("Chairman of the Provincial People's Committee of Quang Ninh Tran Van An opened the meeting on floods. "
     "He required the Department of Construction to inspect the dykes.", [("DOC@22", "assignee", "PPC@22")]),
    ("Chairwoman of the Provincial People's Committee of Lao Cai Hoang Thi Mai chaired the conference. "
     "Therefore, the Chairwoman requested the Department of Health to prepare field hospitals.", [("DOH@10", "assignee", "PPC@10")]),
    ("Chairwoman of the Provincial People's Committee of Lao Cai Hoang Thi Mai chaired the conference. "
     "Ms. Mai assigned the Department of Finance to review the budget.", [("DOF@10", "assignee", "PPC@10")]),
    # look-alike: a minister's pronoun asks for his ministry's superior, not for a committee named long before
    ("The Minister of Health visited the hospital. He asked the Department of Health of Lao Cai to add beds.",
     [("DOH@10", "assignee", None)]),
    # items outside the table between and after the bodies of one list
    ("The Prime Minister required heads of the ministries, boards, branches, and unions, chairmen of district, town and city People's Committees, "
     "organizations, and individuals to prepare for the storm.",
     [("MINISTRIES", "assignee", "PM"), ("DPC", "assignee", "PM")]),
    ("The People's Committee of Lao Cai assigned the Department of Health to coordinate with units and localities to trace contacts.",
     [("DOH@10", "assignee", "PPC@10"), ("DPC@10", "coordinate", "PPC@10")]),
    ("The Ministry of Finance (MOF), the Ministry of Justice and the State Bank of Vietnam must review the fees.",
     [("MOF", "assignee", None), ("MOJ", "assignee", None), ("SBV", "assignee", None)]),
])
def test_round_9b_classes(text, expected):
    assert found(text, "en") == expected


# ------------------------------------------------------------------ round 9c: the PM's epithets, collectives, verbs, a ministry named again


@pytest.mark.parametrize("text, expected", [
    ("The Government leader urged the Ministry of Transport to repair the roads.", [("MOT", "assignee", "PM")]),
    ("The Prime Minister signed a dispatch requiring ministries, sectors and localities to speed up disbursement.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # a body asked to assign passes the task on: the PM asked is not tasked, the ministry after "assign" is
    ("The Ministry of Finance suggested the Prime Minister assign the Ministry of Construction to issue guidance.",
     [("MOC", "assignee", "PM")]),
    ("The Ministry of Planning and Investment has been assigned to work closely with the Ministry of Finance to prepare the forum.",
     [("MPI", "assignee", None), ("MOF", "coordinate", None)]),
    ("The Prime Minister tasked ministers, heads of central agencies, and chairpersons of provincial and municipal People's Committees to disburse capital.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("The Prime Minister asked local People's Committees to clear the canals.", [("PROVINCES", "assignee", "PM")]),
    # a ministry named again by "the ministry" as the subject of a passive or a modal cue
    ("The Prime Minister urged the Ministry of Health to buy vaccines. The ministry was also instructed to train nurses.",
     [("MOH", "assignee", "PM"), ("MOH", "assignee", "PM")]),
    # look-alikes: the Government's leaders as persons, a ministry named again that reports
    ("Government leaders visited the flooded provinces.", []),
    ("The Ministry of Health reported on vaccines. The ministry said it had trained nurses.", []),
])
def test_round_9c_classes(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # items outside the table after the bodies are not the task
    ("The Prime Minister required the Ministry of Health, organizations, and individuals to prepare for the storm.",
     [("MOH", "prepare for the storm")]),
    ("Under the directive, localities and enterprises actively monitor market prices.",
     [("PROVINCES", "actively monitor market prices")]),
    # look-alike: a word of the list inside the task stays
    ("The Prime Minister asked the Ministry of Finance to support businesses and individuals.",
     [("MOF", "support businesses and individuals")]),
])
def test_the_task_without_items_outside_the_table(text, expected):
    doc = extract.document_from_text(text, lang="en", stages=[stage])
    assert [(a.agency_id, a.task) for a in doc.assignments] == expected


# ------------------------------------------------------------------ round 9d: the PM calling for, local authorities, nested gerunds


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Pham Minh Chinh has called for drastic actions on traffic safety. The Ministry of Transport was asked to repair the roads.",
     [("MOT", "assignee", "PM")]),
    ("Local authorities are urged to repair the schools.", [("PROVINCES", "assignee", None)]),
    ("Local governments should help schools.", [("PROVINCES", "assignee", None)]),
    ("The Prime Minister asked transport departments and contractors to finish the roads.", [("DOT", "assignee", "PM")]),
    ("The Ministry of Education and Training is tasked with directing the Department of Education and Training of Nghe An in repairing schools.",
     [("MOET", "assignee", None), ("DOET@40", "assignee", None)]),
    ("The Chairman of the Provincial People's Committee of Nghe An requests the Directors of Departments, heads of provincial-level departments "
     "and Chairmen of People's Committees of districts to clear the canals.",
     [("DEPARTMENTS@40", "assignee", "PPC@40"), ("DPC@40", "assignee", "PPC@40")]),
    # look-alikes: praised, and called for with no body asked
    ("Local authorities were praised for their flood response.", []),
    ("Prime Minister Pham Minh Chinh has called for drastic actions on traffic safety.", []),
])
def test_round_9d_classes(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Prime Minister asked the Ministry of Education and Training to report by 3 p.m. on October 15.", [("MOET", "2025-10-15", "by")]),
    ("The People's Committee of Nghe An asked the Department of Health to implement Official Dispatch No. 4159 on vaccination in 2025.",
     [("DOH@40", None, None)]),
])
def test_round_9d_deadlines(text, expected):
    doc = extract.document_from_text(text, lang="en", published="2025-10-10", stages=[stage])
    assert [(a.agency_id, a.deadline, a.deadline_qualifier) for a in doc.assignments] == expected
