"""Stop 40's left classes, French first (issue #13; helper left33fr, not blind): the classes rounds 32 and 32b's French
sections, `### Round 32's French open classes` and `### Stop 39's left classes, French` left open, each with new
sentences (none copied from the pages) and look-alikes that must not fire, in every language where the class exists."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

_LAI_CHAU = "Le Comité populaire de la province de Lai Chau a publié une directive sur la prévention des incendies. "
_LAI_CHAU_EN = "The Lai Chau provincial People's Committee issued a directive on forest fire prevention. "


@pytest.mark.parametrize("text, lang, expected", [
    # a directive's plain-present duty `s'engagent (activement) à`, and the province's own `de la province` between the
    # subject and its cue (fr cues.json subject_weak, fr grammar.json own_province_words)
    (_LAI_CHAU + "Les districts et les villes de la province s'engagent activement à diffuser la loi.", "fr",
     [("DPC@12", "assignee", "PPC@12", None)]),
    (_LAI_CHAU + "Les districts et les villes de la province renforcent l'inspection des propriétaires.", "fr",
     [("DPC@12", "assignee", "PPC@12", None)]),
    (_LAI_CHAU + "Le Département des Finances s'engage à contrôler les dépenses.", "fr",
     [("DOF@12", "assignee", "PPC@12", None)]),
    (_LAI_CHAU_EN + "The Department of Finance commits to checking the spending.", "en",
     [("DOF@12", "assignee", "PPC@12", None)]),
    # look-alikes: no directive, a body that only says so, people of the province
    ("Le Comité populaire de la province de Lai Chau a organisé une conférence. Les districts de la province "
     "s'engagent à respecter la loi.", "fr", []),
    ("Le Département des Finances s'engage à contrôler les dépenses, a déclaré son directeur.", "fr", []),
    (_LAI_CHAU + "La population de la province s'engage à protéger les forêts.", "fr", []),
    ("The Lai Chau provincial People's Committee held a conference. The Department of Finance commits to the plan.",
     "en", []),
])
def test_plain_present_duties(text, lang, expected):
    assert _rows(text, lang) == expected


_KON_TUM = "Le Comité populaire provincial de Kon Tum a chargé le Département des transports de coordonner avec "
_KON_TUM_EN = "The Kon Tum provincial People's Committee assigned the Department of Transport to coordinate with "


@pytest.mark.parametrize("text, lang, expected", [
    # a partner list ending with another province's name is that province's, every item of it
    # (fr/en grammar.json province_after_list_joins, mentions.bodies_listed_before_province)
    (_KON_TUM + "les départements, les secteurs et les localités de la province de Gia Lai pour gérer la route.", "fr",
     [("DOT@62", "assignee", "PPC@62", None), ("DEPARTMENTS@64", "coordinate", "PPC@62", None),
      ("DPC@64", "coordinate", "PPC@62", None)]),
    (_KON_TUM_EN + "the departments, sectors and localities of Gia Lai province to manage the road.", "en",
     [("DOT@62", "assignee", "PPC@62", None), ("DEPARTMENTS@64", "coordinate", "PPC@62", None),
      ("DPC@64", "coordinate", "PPC@62", None)]),
    # a body asked beside the other province's committee is the asking province's (nlp.agencies.localise: the committee
    # named before it)
    (_KON_TUM + "le Comité populaire de la province de Gia Lai pour gérer la route.", "fr",
     [("DOT@62", "assignee", "PPC@62", None), ("PPC@64", "coordinate", "PPC@62", None)]),
    # look-alikes: the asking province's own localities before a partner named with its province stay its own
    ("Le Comité populaire provincial de Kon Tum a chargé le Département des transports et les localités de coordonner "
     "avec le Département des Finances de la province de Gia Lai.", "fr",
     [("DOT@62", "assignee", "PPC@62", None), ("DPC@62", "assignee", "PPC@62", None),
      ("DOF@64", "coordinate", "PPC@62", None)]),
    (_KON_TUM + "les localités pour gérer la route dans la province de Gia Lai.", "fr",
     [("DOT@62", "assignee", "PPC@62", None), ("DPC@62", "coordinate", "PPC@62", None)]),
])
def test_partners_of_another_province(text, lang, expected):
    assert _rows(text, lang, "2024-10-01") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a province named after the region of the provinces' committees addressed is asked with them
    # (grammar.json provinces_region_then_province, mentions.provinces_after_their_region, frames._province_after_region)
    ("Le Premier ministre a ordonné aux présidents des comités populaires des provinces et villes relevant de "
     "l'autorité centrale dans le delta du Mékong et à Hô Chi Minh-Ville, de lutter contre la sécheresse.", "fr",
     [("PROVINCES", "assignee", "PM", None), ("PPC@79", "assignee", "PM", None)]),
    ("Le Premier ministre a demandé aux comités populaires des provinces du delta du Mékong et de Hô Chi Minh-Ville "
     "de lutter contre la sécheresse.", "fr", [("PROVINCES", "assignee", "PM", None), ("PPC@79", "assignee", "PM", None)]),
    ("The Prime Minister asked the People's Committees of provinces and centrally-run cities in the Mekong Delta and Ho "
     "Chi Minh City to fight the drought.", "en", [("PROVINCES", "assignee", "PM", None), ("PPC@79", "assignee", "PM", None)]),
    ("Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố khu vực Đồng bằng sông Cửu Long và TP Hồ Chí Minh tăng cường "
     "phòng chống hạn hán.", "vi", [("PROVINCES", "assignee", "PM", None), ("PPC@79", "assignee", "PM", None)]),
    # look-alikes: the place of the task, a visit
    ("Le Premier ministre a demandé aux comités populaires des provinces de tenir une réunion dans le delta du Mékong et "
     "à Hanoï.", "fr", [("PROVINCES", "assignee", "PM", None)]),
    ("Le Premier ministre a visité les comités populaires des provinces du delta du Mékong et de Hô Chi Minh-Ville.", "fr",
     []),
    ("The Prime Minister asked the People's Committees of provinces to hold a meeting in the Mekong Delta and in Hanoi.",
     "en", [("PROVINCES", "assignee", "PM", None)]),
])
def test_province_after_the_provinces_region(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an item's manner verb opening the next sentence with no opener continues the item (stop 40's continuation
    # convention; cues.json continued_task_infinitives, common.continued_task_opening), accented or not
    ("Le gouvernement a chargé le ministre de l'Intérieur d'examiner le projet. Coopérer étroitement et faire rapport "
     "pendant l'examen.", "fr", [("MOHA", "assignee", "GOV", None), ("MOHA", "assignee", "GOV", None)]),
    ("Le gouvernement a charge le ministre de l'Interieur d'examiner le projet. Cooperer etroitement et faire des "
     "rapports reguliers.", "fr", [("MOHA", "assignee", "GOV", None), ("MOHA", "assignee", "GOV", None)]),
    ("The Government assigned the Minister of Home Affairs to review the draft. Closely coordinate and report during "
     "the review.", "en", [("MOHA", "assignee", "GOV", None), ("MOHA", "assignee", "GOV", None)]),
    ("Chính phủ giao Bộ trưởng Bộ Nội vụ rà soát dự thảo. Phối hợp chặt chẽ và báo cáo trong quá trình thẩm tra.", "vi",
     [("MOHA", "assignee", "GOV", None), ("MOHA", "assignee", "GOV", None)]),
    # look-alikes: no item before, a past cooperation with its subject
    ("Le ministre de l'Intérieur a visité la province. Coopérer étroitement est la clé, a-t-il dit.", "fr", []),
    ("Le gouvernement a chargé le ministre de l'Intérieur d'examiner le projet. Les deux ministères ont coopéré "
     "étroitement l'an dernier.", "fr", [("MOHA", "assignee", "GOV", None)]),
])
def test_infinitive_continuation(text, lang, expected):
    assert _rows(text, lang) == expected


_GIA_LAI = "Le Comité populaire provincial de Gia Lai a chargé le Département de l'Intérieur de réviser les postes. "


@pytest.mark.parametrize("text, lang, expected", [
    # a directive's plain-present `coopère avec` tasks its subject, whatever its partner (fr/en cues.json subject_weak)
    (_GIA_LAI + "Le Département de l'Éducation et de la Formation coopère avec les parties prenantes pour fixer le "
     "calendrier.", "fr", [("DOHA@52", "assignee", "PPC@52", None), ("DOET@52", "assignee", "PPC@52", None)]),
    ("Le Comite populaire provincial de Gia Lai a charge le Departement de l'interieur de reviser les postes. Le "
     "Departement de l'education et de la formation coopere avec les parties prenantes pour fixer le calendrier.", "fr",
     [("DOHA@52", "assignee", "PPC@52", None), ("DOET@52", "assignee", "PPC@52", None)]),
    ("The Gia Lai provincial People's Committee assigned the Department of Home Affairs to review the posts. The "
     "Department of Education and Training cooperates with stakeholders to set the schedule.", "en",
     [("DOHA@52", "assignee", "PPC@52", None), ("DOET@52", "assignee", "PPC@52", None)]),
    # look-alikes: no directive, a company
    ("Le Comité populaire provincial de Gia Lai a organisé une conférence. Le Département de l'Éducation coopère avec "
     "l'UNICEF depuis 2015.", "fr", []),
    (_GIA_LAI + "L'entreprise coopère avec les parties prenantes.", "fr", [("DOHA@52", "assignee", "PPC@52", None)]),
    ("The Gia Lai provincial People's Committee held a conference. The Department of Finance cooperates with UNICEF.",
     "en", []),
])
def test_cooperates_in_a_directive(text, lang, expected):
    assert _rows(text, lang) == expected
