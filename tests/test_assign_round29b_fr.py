"""Round 29b's error classes of French assignments (docs/quality.md "Round 29b (blind, real public pages): assignments
fr"), fixed in the data or code named in each test. New sentences written for these tests, one literal case a line,
with the look-alikes that must stay as they were and the same class in the other languages where it exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


def _page_rows(text: str, lang: str) -> list[tuple]:
    """(agency id, role, assigned by) of each assignment of the whole pipeline on a page's text (its lines read and
    re-flowed as a stored page's are)."""
    import extract

    doc = extract.document(text, lang=lang)
    return [(a.agency_id, a.role, a.assigned_by) for a in doc.assignments]


# a web page: short boilerplate lines (a date line, related links, a caption, form labels, a teaser cut short) beside
# paragraphs of 150 to 300 characters
_WEB_PAGE_FR = (
    "12/03/2022 09:15\n"
    "Le Premier ministre demande de préparer la saison des pluies dans les provinces du Nord.\n\n"
    ">>Les digues du fleuve Rouge sont inspectées avant la saison\n"
    ">>Les réservoirs hydroélectriques doivent publier leurs plans\n\n"
    "Le Premier ministre lors de la réunion. Photo : VNA/CVN\n\n"
    "Lors d’une réunion tenue le 11 mars, le Premier ministre a demandé au ministère de la Construction de réviser "
    "les normes des ouvrages de drainage urbain et de proposer des mesures précises pour chaque ville concernée.\n\n"
    "Le chef du gouvernement a ensuite exhorté les localités à achever l’inspection des digues et des réservoirs "
    "avant la saison des pluies et à préparer des plans d’évacuation des habitants des zones à risque.\n\n"
    "VNA/CVN\n"
    "Réagir à cet article\n"
    "Commentaire:*\n"
    "E-mail:*\n"
    "Découvrez les marchés flottants du delta du Mékong\n"
    "Quel avenir pour les villages de métiers de la région a"
)
_WEB_PAGE_EN = (
    "12/03/2022 09:15\n"
    "The Prime Minister asks for preparations for the rainy season in the northern provinces.\n\n"
    ">>Red River dykes are inspected before the season\n"
    ">>Hydropower reservoirs must publish their operating plans\n\n"
    "The Prime Minister at the meeting. Photo: VNA\n\n"
    "At a meeting on March 11, the Prime Minister asked the Ministry of Construction to review the standards of "
    "urban drainage works and to propose specific measures for each city concerned by the heavy rains.\n\n"
    "The Prime Minister then urged the localities to complete the inspection of dykes and reservoirs before "
    "the rainy season and to prepare plans to evacuate residents of the areas at risk.\n\n"
    "VNA\n"
    "Comment on this article\n"
    "Comment:*\n"
    "E-mail:*\n"
    "Discover the floating markets of the Mekong Delta region\n"
    "What future for the craft villages of the northern a"
)
# a hard-wrapped notice (a PDF turned to text): every line at the wrap width, most of them ending mid-sentence
_HARD_WRAPPED_FR = (
    "Le président du Comité populaire provincial de Nghe An a demandé au Service\n"
    "de la construction de réviser les normes des ouvrages de drainage urbain et de\n"
    "proposer des mesures précises pour chaque district concerné par les fortes\n"
    "pluies de la saison, en coordination avec les comités populaires des districts\n"
    "et le Service des finances pour les fonds nécessaires aux travaux urgents.\n"
)


@pytest.mark.parametrize("text, lang, expected", [
    # a web page read as flowing text, its caption no longer glued to the task after it (extract/reflow.py
    # is_hard_wrapped, nlp/settings.cfg reflow_paragraph_width_ratio); the same in English
    (_WEB_PAGE_FR, "fr", [("MOC", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    (_WEB_PAGE_EN, "en", [("MOC", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alike: a hard-wrapped text is still joined into its sentence
    (_HARD_WRAPPED_FR, "fr", [("DOC@40", "assignee", "PPC@40"), ("DPC@40", "coordinate", "PPC@40"),
                              ("DOF@40", "coordinate", "PPC@40")]),
])
def test_a_web_page_is_not_hard_wrapped(text, lang, expected):
    assert _page_rows(text, lang) == expected


def test_web_page_and_hard_wrapped_lines():
    from extract.reflow import is_hard_wrapped

    assert not is_hard_wrapped(_WEB_PAGE_FR.split("\n"))
    assert not is_hard_wrapped(_WEB_PAGE_EN.split("\n"))
    assert is_hard_wrapped(_HARD_WRAPPED_FR.split("\n"))


@pytest.mark.parametrize("text, lang, expected", [
    # a present "ordonne(nt) aux" whose list ends with bodies outside the table ("et aux unités connexes"): the bodies
    # of the table before them are asked (fr cues.json assign_before "ordonnent aux", "ordonne aux")
    ("Les vice-présidents du Comité populaire de Hai Phong ordonnent aux départements, aux branches, aux comités "
     "populaires des communes et aux unités connexes de renforcer les contrôles des marchés.", "fr",
     [("DEPARTMENTS@31", "assignee", "PPC@31", None), ("CPC@31", "assignee", "PPC@31", None)]),
    ("Le Comité populaire de Hai Phong ordonne aux départements et aux unités connexes de renforcer les contrôles.",
     "fr", [("DEPARTMENTS@31", "assignee", "PPC@31", None)]),
    # the same in Vietnamese (already read)
    ("UBND thành phố Hải Phòng chỉ đạo các sở, ngành, UBND các xã và các đơn vị liên quan tăng cường kiểm tra.",
     "vi", [("DEPARTMENTS@31", "assignee", "PPC@31", None), ("CPC@31", "assignee", "PPC@31", None)]),
    # look-alike: an order to the population gives none
    ("Le Comité populaire de Hai Phong ordonne aux habitants et aux unités connexes de nettoyer les rues.", "fr", []),
])
def test_a_present_order_before_bodies_outside_the_table(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "les autorités municipales de X ont ordonné aux services, agences et communes": the city's departments and
    # communes (fr cues.json assign_before "ont ordonné aux"; nlp/lang/fr/agencies.csv DEPARTMENTS "services, agences")
    ("Le 5 novembre, les autorités municipales de Hai Phong ont ordonné aux services, agences et communes de "
     "renforcer les digues.", "fr",
     [("DEPARTMENTS@31", "assignee", "PPC@31", None), ("CPC@31", "assignee", "PPC@31", None)]),
    ("Les autorités municipales de Hanoï ont ordonné aux services et agences de préparer les abris.", "fr",
     [("DEPARTMENTS@01", "assignee", "PPC@01", None)]),
    # look-alikes: the authorities ordering shopkeepers; the services praised
    ("Les autorités ont ordonné aux commerçants de retirer les tables des trottoirs.", "fr", []),
    ("Le président a félicité les services, agences et communes pour leurs efforts.", "fr", []),
])
def test_city_authorities_ordering_services_agencies_and_communes(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a body "urged" in the passive is tasked (fr cues.json subject_strong "sont exhortés à", "est exhorté à"); English
    # "are urged to" is read already
    ("Le ministère de la Santé et les agences de presse sont exhortés à renforcer la communication sur le scrutin.",
     "fr", [("MOH", "assignee", None, None)]),
    ("Le ministère de la Construction est exhorté à publier les prix des matériaux.", "fr",
     [("MOC", "assignee", None, None)]),
    ("The Ministry of Health and press agencies are urged to strengthen communication on the elections.", "en",
     [("MOH", "assignee", None, None)]),
    # look-alike: press agencies alone, no body of the table
    ("Les agences de presse sont exhortées à renforcer la communication.", "fr", []),
])
def test_a_body_urged_in_the_passive(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the information ministry's name with "de la Communication" in the singular (nlp/lang/fr/agencies.csv MIC), a text
    # of 2021, before the ministry merged
    ("Le ministère de l'Information et de la Communication et les agences de presse sont exhortés à renforcer la "
     "communication.", "fr", [("MIC", "assignee", None, None)]),
    ("Le Premier ministre a demandé au ministre de l'Information et de la Communication de lutter contre les fausses "
     "nouvelles.", "fr", [("MIC", "assignee", "PM", None)]),
    # look-alike: the communication of information, no ministry
    ("L'information et la communication sur le scrutin doivent être renforcées.", "fr", []),
])
def test_the_information_ministry_in_the_singular(text, lang, expected):
    assert _rows(text, lang, "2021-05-11") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "the local People's Committees" a PM asks: the provinces (nlp/lang/fr/agencies.csv PROVINCES "comités populaires
    # locaux", fr grammar.json localities_of_a_province); English "local People's Committees" is read already.
    # Vietnamese "UBND các địa phương" asked by a national body stays no row by round 15b's call
    # (tests/test_assign_round15b_vi.py)
    ("Le chef du gouvernement a demandé aux Comités populaires locaux de collaborer avec les commissions électorales.",
     "fr", [("PROVINCES", "assignee", "PM", None)]),
    ("The Prime Minister asked the local People's Committees to work closely with the election boards.", "en",
     [("PROVINCES", "assignee", "PM", None)]),
    # in a province's own direction they are its localities (after the merger, the communes), as "les localités"
    ("Le Comité populaire provincial de Nghe An a demandé aux comités populaires locaux de vérifier les digues.",
     "fr", [("CPC@40", "assignee", "PPC@40", None)]),
    # look-alikes: the committees reporting, no task
    ("Les comités populaires locaux ont signalé des dégâts importants.", "fr", []),
])
def test_the_local_peoples_committees(text, lang, expected):
    assert _rows(text, lang) == expected
