"""Round 21b's error classes of French assignments (README "Round 21b (blind, real public pages): assignments fr"),
fixed in ``extract/assign/lang/fr/cues.json`` and ``extract/assign/extractor.py``. New sentences written for these
tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # a feminine plural subject "sont chargées": the local authorities, the localities, the provinces
    ("Les autorités locales sont chargées de distribuer l'eau.", "fr", [("PROVINCES", "assignee", None)]),
    ("Les collectivités locales ont été chargées de recenser les navires.", "fr", [("PROVINCES", "assignee", None)]),
    ("Le Comité populaire de la province de Tra Vinh a demandé aux localités de lutter contre la sécheresse. En "
     "outre, les autorités locales sont chargées de distribuer l'eau.", "fr",
     [("DPC@84", "assignee", "PPC@84"), ("DPC@84", "assignee", "PPC@84")]),
    # as English reads it already
    ("The Tra Vinh Provincial People's Committee asked localities to fight the drought. The local authorities are "
     "tasked with distributing water.", "en", [("DPC@84", "assignee", "PPC@84"), ("DPC@84", "assignee", "PPC@84")]),
    # look-alikes: goods loaded, dikes loaded with sand
    ("Les marchandises sont chargées sur les navires.", "fr", []),
    ("Les autorités locales ont déclaré que les digues sont chargées de sable.", "fr", []),
])
def test_a_feminine_plural_subject_sont_chargees(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a province's committee asked its localities, the next sentence glued to that one by its full stop: the
    # localities are still its districts, their asker the committee
    ("Le vice-président du Comité populaire de la province de Ben Tre a demandé aux localités côtières de surveiller "
     "les navires.Les localités côtières doivent recenser les bateaux.", "fr",
     [("DPC@83", "assignee", "PPC@83"), ("DPC@83", "assignee", "PPC@83")]),
    ("Le Comité populaire de la province de Bac Lieu a demandé aux localités de contrôler les digues.Les localités "
     "doivent achever le contrôle avant la saison des pluies.", "fr",
     [("DPC@95", "assignee", "PPC@95"), ("DPC@95", "assignee", "PPC@95")]),
    # as English reads it already
    ("The Vice Chairman of the Ben Tre Provincial People's Committee asked coastal localities to monitor vessels."
     "Localities must count the boats before July.", "en",
     [("DPC@83", "assignee", "PPC@83"), ("DPC@83", "assignee", "PPC@83")]),
    # look-alikes: the Prime Minister's localities are the provinces; a province's department asked first
    ("Le Premier ministre a demandé aux ministères de revoir le plan.Les localités doivent recenser les ménages.", "fr",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Comité populaire de la province de Ben Tre a demandé au Service des finances de revoir le budget.Les "
     "localités doivent recenser les ménages.", "fr", [("DOF@83", "assignee", "PPC@83"), ("DPC@83", "assignee", "PPC@83")]),
])
def test_a_provinces_localities_after_a_glued_full_stop(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a provincial committee's head named again by his full name alone: his committee asks
    ("Le président du Comité populaire de la ville de Hai Phong, Nguyen Van Tung, a présidé une réunion sur "
     "l'épidémie. Nguyen Van Tung a confié aux présidents des Comités populaires des districts la mission d'établir "
     "des postes de contrôle.", "fr", [("DPC@31", "assignee", "PPC@31")]),
    ("La réunion s'est tenue entre le président du Comité populaire de la province de Soc Trang, Tran Van Lau, et les "
     "responsables des districts. Tran Van Lau a demandé aux Comités populaires des districts de renforcer les "
     "contrôles.", "fr", [("DPC@94", "assignee", "PPC@94")]),
    ("The Chairman of the Hai Phong People's Committee, Nguyen Van Tung, chaired a meeting on the epidemic. Nguyen "
     "Van Tung asked the district People's Committees to set up checkpoints.", "en", [("DPC@31", "assignee", "PPC@31")]),
    # look-alikes: another person's name; the same name given to a guest, not to the committee's head
    ("Le président du Comité populaire de la ville de Hai Phong, Nguyen Van Tung, a présidé une réunion sur "
     "l'épidémie. Le Thanh Long a demandé aux Comités populaires des districts de renforcer les contrôles.", "fr",
     [("DPC@31", "assignee", None)]),
    ("Le Comité populaire de la ville de Hai Phong a reçu Nguyen Van Tung, un entrepreneur. Nguyen Van Tung a demandé "
     "aux Comités populaires des districts de renforcer les contrôles.", "fr", [("DPC@31", "assignee", None)]),
])
def test_a_committee_head_named_again_by_his_name(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # district-level and commune-level units by their administrative name
    ("Le Comité populaire de la province de Binh Phuoc a ordonné aux unités administratives de niveau de district "
     "d'identifier les zones de sécheresse.", "fr", [("DPC@70", "assignee", "PPC@70")]),
    ("Le Comité populaire de la province de Lai Chau a demandé aux unités administratives de niveau communal de "
     "recenser les ménages.", "fr", [("CPC@12", "assignee", "PPC@12")]),
    ("The Binh Phuoc Provincial People's Committee ordered district-level administrative units to identify drought "
     "areas.", "en", [("DPC@70", "assignee", "PPC@70")]),
    # look-alikes: the units reorganised, merged or ended, no body asked
    ("Le Comité populaire de la province de Lai Chau a approuvé la réorganisation des unités administratives de "
     "niveau communal.", "fr", []),
    ("Le Premier ministre a demandé de réorganiser les unités administratives de niveau de district avant le 30 juin.",
     "fr", []),
    ("L'Assemblée nationale a décidé de mettre fin au fonctionnement des unités administratives de niveau de district.",
     "fr", []),
    ("The National Assembly decided to end the operation of district-level administrative units from July 1.", "en", []),
])
def test_district_and_commune_units_by_their_administrative_name(text, lang, expected):
    assert found(text, lang) == expected
