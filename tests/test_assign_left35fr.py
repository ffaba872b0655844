"""Stop 43's rulings and round 34's left classes, French (issue #13; helper left35, not blind): each class with new
sentences (none copied from a page) and look-alikes that must not fire."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-03-01")

_HANOI = ("Le Comité populaire de Hanoï a publié le plan n° 30 sur la planification des transports et a demandé au "
          "Département de la Santé de contrôler les cliniques. ")


@pytest.mark.parametrize("text, expected", [
    # ruling B: a body working with the task's named lead, in the table or outside it, is its partner
    (_HANOI + "Le Département de la Construction préside la planification. Le Département des Finances collabore avec le "
     "Département de la Construction pour évaluer les coûts.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOC@01", "lead", "PPC@01", None), ("DOF@01", "coordinate", "PPC@01", None),
      ("DOC@01", "coordinate", "PPC@01", None)]),
    (_HANOI + "L'Institut d'urbanisme de Hanoï préside la planification. Le Département des Finances collabore avec "
     "l'Institut d'urbanisme de Hanoï pour évaluer les coûts.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "coordinate", "PPC@01", None)]),
    # look-alikes: no lead named; the institute named with no lead's word after it
    (_HANOI + "Le Département des Finances collabore avec les agences concernées pour évaluer les coûts.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "assignee", "PPC@01", None)]),
    (_HANOI + "L'Institut d'urbanisme de Hanoï a reçu un prix l'an dernier. Le Département des Finances collabore avec "
     "l'Institut d'urbanisme de Hanoï pour évaluer les coûts.",
     [("DOH@01", "assignee", "PPC@01", None), ("DOF@01", "assignee", "PPC@01", None)]),
])
def test_coordinating_with_the_named_lead(text, expected):
    assert _rows(text, "fr") == expected


_VISIT = "Le Premier ministre Pham Minh Chinh a effectué samedi une visite de travail dans la province de Yên Bai. "


@pytest.mark.parametrize("text, expected", [
    # ruling C: the visited province's duties in the leader's reported speech are asked by him
    (_VISIT + "Selon le chef du gouvernement, la province doit accélérer la planification.",
     [("PPC@15", "assignee", "PM", None)]),
    (_VISIT + "Selon le chef du gouvernement, la province doit accélérer la planification. Yên Bai devrait aussi "
     "développer le tourisme durable.", [("PPC@15", "assignee", "PM", None), ("PPC@15", "assignee", "PM", None)]),
    ("Le ministre de la Santé a visité la province de Yên Bai lundi. Selon le ministre, la province doit renforcer les "
     "contrôles.", [("PPC@15", "assignee", "MOH", None)]),
    # a working session with the province's leaders, what he said told sentences later
    ("Le Premier ministre Pham Minh Chinh lors d'une séance de travail avec les responsables de la province de Yên Bai. "
     "Le chef du gouvernement a indiqué que le tourisme est une force. Il a salué les efforts des habitants. La récolte "
     "a été bonne. Les routes ont été réparées. Yên Bai devrait intensifier l'attraction des investissements.",
     [("PPC@15", "assignee", "PM", None)]),
    # look-alikes: no visit before; a visit and no word of what the leader said
    ("Le Premier ministre a tenu une séance de travail avec le ministère des Finances. Selon lui, les recettes "
     "augmentent. La province de Yên Bai doit accélérer la planification.", [("PPC@15", "assignee", None, None)]),
    ("La province de Yên Bai a accueilli deux millions de touristes. La province doit accélérer la planification.",
     [("PPC@15", "assignee", None, None)]),
    (_VISIT + "La province doit accélérer la planification.", [("PPC@15", "assignee", None, None)]),
])
def test_a_visited_provinces_duty(text, expected):
    assert _rows(text, "fr") == expected


_MOHA = "Le gouvernement a chargé le ministre de l'Intérieur d'approuver les avis des membres du gouvernement. "


@pytest.mark.parametrize("text, expected", [
    # a body a continuation reports to is its recipient, no subject (fr grammar's recipient_markers): the continuation
    # stays the item's body's task
    (_MOHA + "Coopérer étroitement et rendre compte au ministère des Finances sur le projet.",
     [("MOHA", "assignee", "GOV", None)] * 2),
    (_MOHA + "Examiner les avis et faire un rapport au ministère de la Justice avant le 20 avril 2025.",
     [("MOHA", "assignee", "GOV", None), ("MOHA", "assignee", "GOV", "2025-04-20")]),
    # look-alikes: a body asked after `au`; a body that reports as the subject of its own duty
    (_MOHA + "Le gouvernement a aussi demandé au ministère des Finances de contrôler les dépenses.",
     [("MOHA", "assignee", "GOV", None), ("MOF", "assignee", "GOV", None)]),
    (_MOHA + "Le ministère des Finances doit faire des rapports au gouvernement sur le projet.",
     [("MOHA", "assignee", "GOV", None), ("MOF", "assignee", "GOV", None)]),
])
def test_a_reports_recipient_in_a_continuation(text, expected):
    assert _rows(text, "fr") == expected


_HAI_DUONG = "Le Comité populaire de la province de Hai Duong a publié un plan sur les déchets. "


@pytest.mark.parametrize("text, expected", [
    # a two-year window is no deadline (deadlines.json's year form refuses a year joined to another by 'et')
    (_HAI_DUONG + "Les comités populaires des districts doivent étendre le modèle, mis en œuvre en 2025 et 2026.",
     [("DPC@30", "assignee", "PPC@30", None)]),
    # look-alike: one year is the task's year
    (_HAI_DUONG + "Les comités populaires des districts doivent étendre le modèle en 2025.",
     [("DPC@30", "assignee", "PPC@30", "2025")]),
])
def test_a_two_year_window_is_no_deadline(text, expected):
    assert _rows(text, "fr") == expected
