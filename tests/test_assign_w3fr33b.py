"""Round 33b's French open classes (issue #13, not blind): literal sentences written for the classes, not copied from
the held-out pages, and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")


# A list a tasked body directs that opens with partners outside the table (cues.json's guided_partners_outside): the
# bodies of the table after them keep their task; a district's own offices in it are no body of the province.
@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le Comité populaire provincial demande au Comité populaire du district de Duc Linh d'ordonner aux services "
           "compétents et aux Comités populaires des communes et villes touchées de recenser les maisons.",
     [("DPC@68", "assignee", "PPC@68", None), ("CPC@68", "assignee", "PPC@68", None)]),
    ("fr", "Le Comité populaire provincial demande au Comité populaire du district de Tuy Phong d'ordonner aux Comités "
           "populaires des communes sinistrées de reloger les habitants.",
     [("DPC@68", "assignee", "PPC@68", None), ("CPC@68", "assignee", "PPC@68", None)]),
    ("fr", "Le ministère de la Sécurité publique doit renforcer les patrouilles. Il doit diriger activement les forces "
           "de police et les localités pour contrôler la circulation.",
     [("MPS", "assignee", None, None), ("MPS", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
    ("fr", "Le ministère de la Sécurité publique doit diriger activement les localités pour contrôler la circulation.",
     [("MPS", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
    ("en", "The provincial People's Committee asked the Tuy Phong district People's Committee to direct the competent "
           "agencies and the People's Committees of communes to count the damaged houses.",
     [("DPC@68", "assignee", "PPC@68", None), ("CPC@68", "assignee", "PPC@68", None)]),
    ("en", "The Ministry of Public Security must actively direct the police forces and localities to step up patrols.",
     [("MPS", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
])
def test_directed_list_opening_with_partners_outside(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the directed bodies with no task of theirs after them: the director's own task's object
    ("fr", "Le ministère de la Sécurité publique doit diriger activement les forces de police et les localités.",
     [("MPS", "assignee", None, None)]),
    # the partners outside the table alone: no row of theirs
    ("fr", "Le Comité populaire provincial demande au Comité populaire du district de Duc Linh d'ordonner aux services "
           "compétents de recenser les maisons.",
     [("DPC@68", "assignee", "PPC@68", None)]),
    ("en", "The Ministry of Public Security must actively direct the police forces to step up patrols.",
     [("MPS", "assignee", None, None)]),
    # a place the police force works in, not a list it opens
    ("en", "The Ministry of Public Security praised the police forces and localities for their work.",
     []),
])
def test_directed_list_look_alikes(lang, text, expected):
    assert _rows(text, lang) == expected


# A body named as the agency in charge (`est l'organisme (central) chargé de`), and a ministry a province's committee
# alone asked before tasked again as a subject: the committee's department, still asked by the committee.
@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le Comité populaire de la province de Nghe An vient de publier la décision n° 12/2025/QD-UBND sur les "
           "marchés. En conséquence, le ministère de l'Industrie et du Commerce est l'organisme central chargé de la "
           "gestion des marchés de gros. Le ministère de l'Industrie et du Commerce est chargé de recevoir les "
           "déclarations des commerçants.",
     [("DOIT@40", "assignee", "PPC@40", None), ("DOIT@40", "assignee", "PPC@40", None)]),
    ("fr", "Le Département de la Santé est l'organisme chargé d'inspecter les marchés.",
     [("DOH", "assignee", None, None)]),
    ("fr", "Le Département de la Santé est l'organisme central chargé de contrôler les produits alimentaires.",
     [("DOH", "assignee", None, None)]),
])
def test_body_named_as_the_agency_in_charge(lang, text, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # what the body is in charge of, a noun after `des`: a statement, no task
    ("fr", "Le Département de la Santé est l'organisme chargé des contrôles depuis 2019.", []),
    # a ministry after the Prime Minister's request: the ministry, no province's department
    ("fr", "Le Premier ministre a demandé au ministère des Finances de revoir le budget. Le ministère de la Santé est "
           "l'organisme chargé de contrôler les prix des médicaments.",
     [("MOF", "assignee", "PM", None), ("MOH", "assignee", "PM", None)]),
])
def test_agency_in_charge_look_alikes(lang, text, expected):
    assert _rows(text, lang) == expected
