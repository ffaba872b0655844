"""Round 22's error classes of English assignments (README "Round 22 (blind, real public pages): assignments en"),
fixed as general rules, data first: an hour written on the 24-hour clock before the day (``no later than 10:00 on
April 21``) dates a task as an hour with ``a.m.``/``p.m.`` did (en deadlines.json ``dates``); ``tasked with leading``
makes the body the lead as ``tasked with presiding over`` (en grammar.json ``lead_after_cue``); a document a Deputy Prime
Minister signs ``of the Prime Minister`` is the Prime Minister's, who then directs the text (en cues.json
``signed_document_names``, ``signed_document_owner_joins``; vi ``của``, fr ``du``; extractor ``_document_authority``);
a provincial committee that ``sent a document`` directs the text, so that its localities are its districts (en and fr
cues.json ``authority_verbs``, with ``letters_sent_up`` keeping a letter sent to a national body out); the singular
``the Commune People's Committee`` is the commune level, as ``the District People's Committee`` is the district level
(en agencies.csv, CPC).
New sentences written for these tests, one literal case a line, with the look-alikes that must stay out, and the same
class in French and Vietnamese where those languages already read it."""
from __future__ import annotations

import pytest

from tests.assign_cases import dated, rows


@pytest.mark.parametrize("text, lang, expected", [
    ("Tuyen Quang - The Provincial People's Committee has issued Document No. 1724 on the consultation. The District "
     "People's Committee shall report to the Provincial People's Committee no later than 10:00 on April 21.", "en",
     [("DPC@08", "2025-04-21", "by")]),
    ("The Ministry of Finance is requested to send the report before 17:30 on June 5, 2025.", "en",
     [("MOF", "2025-06-05", "before")]),
    # the 12-hour clock as before
    ("The Provincial People's Committee of Tuyen Quang asked the People's Committees of communes to report no later "
     "than 8:00 p.m. on April 20.", "en", [("CPC@08", "2025-04-20", "by")]),
    # look-alike: a number before "on" that is no time of day gives no date
    ("The Prime Minister asked the Ministry of Finance to review 45 on April 21 projects.", "en",
     [("MOF", None, None)]),
    ("Le Comité populaire provincial de Tuyen Quang demande aux comités populaires de district de faire rapport avant "
     "10h00 le 21 avril.", "fr", [("DPC@08", "2025-04-21", "before")]),
    ("UBND tỉnh Tuyên Quang yêu cầu UBND các huyện báo cáo UBND tỉnh chậm nhất 10 giờ ngày 21/4.", "vi",
     [("DPC@08", "2025-04-21", "by")]),
])
def test_an_hour_on_the_24_hour_clock_before_the_day(text, lang, expected):
    assert dated(text, lang, "2025") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Government assigned tasks. The Ministry of Home Affairs is tasked with leading and coordinating with "
     "relevant agencies and localities to finalise a report.", "en",
     [("MOHA", "lead", "GOV", None, None), ("PROVINCES", "coordinate", "GOV", None, None)]),
    ("The Ministry of Finance was tasked with leading the review of fees.", "en", [("MOF", "lead", None, None, None)]),
    # look-alikes: a body leading a delegation or a field, no task
    ("The Ministry of Health, leading the delegation, said the review was done.", "en", []),
    ("The Ministry of Finance is leading the country in digital reform.", "en", []),
    ("Le Premier ministre a demandé des mesures. Le ministère de l'Intérieur est chargé de présider et de coordonner "
     "avec les localités pour finaliser le rapport.", "fr",
     [("MOHA", "lead", "PM", None, None), ("PROVINCES", "coordinate", "PM", None, None)]),
    ("Chính phủ giao nhiệm vụ. Bộ Nội vụ được giao chủ trì, phối hợp với các địa phương hoàn thiện báo cáo.", "vi",
     [("MOHA", "lead", "GOV", None, None), ("PROVINCES", "coordinate", "GOV", None, None)]),
])
def test_tasked_with_leading_is_the_lead(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Deputy Prime Minister Nguyen Hoa Binh has just signed Decision 1589/QD-TTg dated July 24, 2025 of the Prime "
     "Minister promulgating a plan. According to the plan, the Ministry of Home Affairs will preside over the drafting "
     "of the decree.", "en", [("MOHA", "lead", "PM", None, None)]),
    ("Deputy Prime Minister Tran Hong Ha has just signed Official Dispatch No. 12/CD-TTg of the Prime Minister "
     "requesting the Ministry of Construction to review the projects.", "en", [("MOC", "assignee", "PM", None, None)]),
    # look-alikes: the deputy's own decision, a letter he sends to the Prime Minister
    ("Deputy Prime Minister Tran Hong Ha signed Decision 12/QD-TTg on the plan. According to the plan, the Ministry of "
     "Home Affairs will preside over the drafting of the decree.", "en", [("MOHA", "lead", "DPM", None, None)]),
    ("Deputy Prime Minister Tran Hong Ha has just signed a letter to the Prime Minister. The Ministry of Home Affairs "
     "will preside over the drafting of the decree.", "en", [("MOHA", "lead", "DPM", None, None)]),
    ("Phó Thủ tướng Nguyễn Hòa Bình vừa ký Quyết định số 1589/QĐ-TTg ngày 24/7/2025 của Thủ tướng Chính phủ ban hành kế "
     "hoạch. Theo kế hoạch, Bộ Nội vụ chủ trì xây dựng nghị định.", "vi", [("MOHA", "lead", "PM", None, None)]),
    ("Le vice-Premier ministre Nguyen Hoa Binh a signé la décision n° 1589/QD-TTg du 24 juillet 2025 du Premier "
     "ministre. Selon le plan, le ministère de l'Intérieur présidera la rédaction du décret.", "fr",
     [("MOHA", "lead", "PM", None, None)]),
])
def test_a_document_signed_for_the_prime_minister_is_his(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On June 14, the People's Committee of Dong Thap province sent a document on heavy rain. In particular, Heads of "
     "agencies, units and localities should strengthen inspection.", "en", [("DPC@87", "assignee", "PPC@87", None, None)]),
    ("The People's Committee of Dong Thap province has sent a document on heavy rain. The Department of Agriculture and "
     "Environment must closely monitor floods.", "en", [("DAE@87", "assignee", "PPC@87", None, None)]),
    # look-alike: a letter sent up to a ministry does not make the province the text's authority
    ("The People's Committee of Dong Thap province sent a document to the Ministry of Finance proposing support. "
     "Localities should strengthen inspection.", "en", [("PROVINCES", "assignee", None, None, None)]),
    ("Le 14 juin, le Comité populaire de la province de Dong Thap a envoyé un document sur les fortes pluies. Les chefs "
     "des agences, unités et localités doivent renforcer l'inspection.", "fr",
     [("DPC@87", "assignee", "PPC@87", None, None)]),
    ("Le Comité populaire de la province de Dong Thap a envoyé un document au ministère des Finances pour demander un "
     "soutien. Les localités doivent renforcer l'inspection.", "fr", [("PROVINCES", "assignee", None, None, None)]),
])
def test_a_provincial_committee_that_sent_a_document_directs_the_text(text, lang, expected):
    assert rows(text, lang) == expected


_COMMUNE_REPORTS = ("Tuyen Quang - The Provincial People's Committee has issued Document No. 1724. After that, the Commune "
                    "People's Committee shall report the results to the District People's Committee no later than 8:00 "
                    "p.m. on April 20.")


def test_the_commune_peoples_committee_in_the_singular_is_the_commune_level():
    assert rows(_COMMUNE_REPORTS, "en") == [("CPC@08", "assignee", "PPC@08", None, None)]
    assert dated(_COMMUNE_REPORTS, "en", "2025") == [("CPC@08", "2025-04-20", "by")]


@pytest.mark.parametrize("text, expected", [
    # a named commune's committee asked is a commune-level body tasked (the convention reconciled after round 23b,
    # tests/test_assign_conventions.py; round 22 had read it as no row); speaking, it is asked nothing
    ("The Tuyen Quang Provincial People's Committee asked Tan Lap Commune People's Committee to review the land records.",
     [("CPC@08", "assignee", "PPC@08", None, None)]),
    ("The chairman of Phuoc An Commune People's Committee said the commune had finished the review.", []),
])
def test_a_named_communes_committee_asked_is_the_commune_level(text, expected):
    assert rows(text, "en") == expected
