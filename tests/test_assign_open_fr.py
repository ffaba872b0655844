"""Issue #13, the French assignment classes rounds 7 and 8 left open (``fr:heldout7``, ``fr:heldout8``,
``fr:heldout8b``), fixed as general rules after round 8 (no blind round): the elliptic plural ministry list
(``aux ministères des Transports et de la Construction``: the plural of the ministry's word, then bare
names opening with a lower-case preposition, ``plural_list_words`` and ``bare_ministry_list_words`` in
``nlp/lang/fr/agencies.json``, ``elliptic_name_openers`` in ``extract/assign/lang/fr/grammar.json``). New
sentences written for these tests (no page's sentence), one literal case a line, with the look-alikes
that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


# ------------------------------------------------------------------ the elliptic plural ministry list


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Premier ministre a demandé aux ministères des Transports et de la Construction de réparer les ponts.", "fr",
     [("MOT", "assignee", "PM"), ("MOC", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministères de la Santé, des Finances, de l'Industrie et du Commerce de contrôler les prix.", "fr",
     [("MOH", "assignee", "PM"), ("MOF", "assignee", "PM"), ("MOIT", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministères de l'Intérieur, de la Justice et des Affaires étrangères de simplifier les procédures.", "fr",
     [("MOHA", "assignee", "PM"), ("MOJ", "assignee", "PM"), ("MOFA", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministres des Finances et de la Justice de réviser le décret.", "fr",
     [("MOF", "assignee", "PM"), ("MOJ", "assignee", "PM")]),
    ("Le ministère des Finances et de la Construction doit publier les tarifs.", "fr",
     [("MOF", "assignee", None), ("MOC", "assignee", None)]),
    ("Le ministère de la Santé, de la Construction et les localités doivent inspecter les chantiers.", "fr",
     [("MOH", "assignee", None), ("MOC", "assignee", None), ("PROVINCES", "assignee", None)]),
    # look-alikes: lower-case words after the preposition are no ministry; a ministry's own long name is one body
    ("Le Premier ministre a demandé au ministère de la Justice, des entreprises et des associations de simplifier les procédures.", "fr",
     [("MOJ", "assignee", "PM")]),
    ("Le Premier ministre a demandé au ministère de l'Agriculture et du Développement rural de surveiller la sécheresse.", "fr",
     [("MARD", "assignee", "PM")]),
    ("Le ministère des Finances, des experts et de la presse ont discuté du budget.", "fr", []),
    # the same list in the other languages' own forms still reads as before
    ("Thủ tướng yêu cầu Bộ Giao thông vận tải, Xây dựng sửa chữa cầu.", "vi",
     [("MOT", "assignee", "PM"), ("MOC", "assignee", "PM")]),
    ("The Prime Minister asked the Ministry of Transport and the Ministry of Construction to repair the bridges.", "en",
     [("MOT", "assignee", "PM"), ("MOC", "assignee", "PM")]),
])
def test_elliptic_plural_ministry_list(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a ministry named again: celui du …, ce dernier ministère


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministère de la Justice et celui des Finances doivent réviser le code.", "fr",
     [("MOJ", "assignee", None), ("MOF", "assignee", None)]),
    ("Le ministère des Finances, en coopération avec celui de la Justice, doit publier le décret.", "fr",
     [("MOF", "assignee", None), ("MOJ", "coordinate", None)]),
    ("Le projet relève du ministère de la Construction. Le Premier ministre a confié à ce dernier ministère de préparer le chantier.", "fr",
     [("MOC", "assignee", "PM")]),
    ("Le ministère de la Santé a publié un rapport. Le Premier ministre a demandé audit ministère de publier les chiffres.", "fr",
     []),
    ("Le Premier ministre a confié à la Banque d'État du Vietnam d'étudier un paquet de crédit.", "fr", [("SBV", "assignee", "PM")]),
    ("Le Premier ministre a confié aux ministères et secteurs de réviser les procédures.", "fr", [("MINISTRIES", "assignee", "PM")]),
    # look-alikes: no ministry before the anaphora, a pronoun for another noun, a name the table does not know
    ("Le Premier ministre a confié à ce dernier ministère de préparer le chantier.", "fr", []),
    ("Le plan de Hanoï et celui de la ville doivent être révisés.", "fr", []),
    ("Le club de Hanoï et celui des Sports nautiques doivent réviser leurs statuts.", "fr", []),
])
def test_ministry_named_again(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a city's or province's authorities


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Premier ministre a demandé aux autorités de Hanoï de lutter contre la pollution.", "fr", [("PPC@01", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux autorités de Hanoï et de Huê de protéger les digues.", "fr",
     [("PPC@01", "assignee", "PM"), ("PPC@46", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux autorités de Hanoï et Huê de protéger les digues.", "fr",
     [("PPC@01", "assignee", "PM"), ("PPC@46", "assignee", "PM")]),
    # look-alikes: authorities of no province, authorities thanked, a province as a place
    ("Le Premier ministre a demandé aux autorités compétentes de lutter contre la pollution.", "fr", []),
    ("Le Premier ministre a remercié les autorités de Hanoï pour leur accueil.", "fr", []),
    ("Les habitants de Hanoï et de Huê demandent aux autorités de réduire le bruit.", "fr", []),
])
def test_authorities_of_a_province(text, lang, expected):
    assert found(text, lang) == expected


# ------------------------------------------------------------------ a list with "aux" before each item, one outside the table


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Premier ministre a demandé aux ministres, aux chefs des agences du niveau ministériel, aux agences du gouvernement, "
     "aux présidents des comités populaires des villes et provinces de réduire les coûts.", "fr",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministres et chefs des agences du niveau ministériel de réduire les coûts.", "fr",
     [("MINISTRIES", "assignee", "PM")]),
    # look-alikes: the Government inside an agency's name is not tasked; the same heads attending, not asked
    ("Les agences du gouvernement doivent publier leurs budgets.", "fr", []),
    ("Les ministres, les chefs des agences du niveau ministériel ont assisté à la réunion.", "fr", []),
    ("Le gouvernement doit réduire les coûts.", "fr", [("GOV", "assignee", None)]),
])
def test_list_with_a_preposition_before_each_item(text, lang, expected):
    assert found(text, lang) == expected
