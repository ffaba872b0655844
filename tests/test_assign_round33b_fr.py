"""Round 33b fr (blind, assignments): the classes fixed after the first run, with look-alikes that must not fire.
New sentences written for these tests (not copied from the blind pages)."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "role", "assigned_by", published="2025-10-01")


@pytest.mark.parametrize("text, expected", [
    # a centrally-run city named with its hyphenated designator is its committee, as a bare name is
    ("Le Premier ministre a demandé aux autorités de Hô Chi Minh-Ville de renforcer les contrôles sanitaires.",
     [("PPC@79", "assignee", "PM")]),
    ("Le vice-Premier ministre a visité le port. Hô Chi Minh-Ville doit achever le dragage du canal.",
     [("PPC@79", "assignee", None)]),
    # look-alikes: the city as a place, its residents
    ("Le vice-ministre a visité Hô Chi Minh-Ville pour voir les marchés.", []),
    ("Les habitants de Hô Chi Minh-Ville doivent porter le masque.", []),
])
def test_city_with_hyphenated_designator(text, expected):
    assert _rows(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # 'veille à' after a body: its duty
    ("Le Premier ministre a signé la dépêche. Le ministère des Transports veille à la sécurité des passagers.",
     [("MOT", "assignee", "PM")]),
    ("Le Premier ministre a signé la dépêche. Les comités populaires des provinces veilleront à la stabilité des prix.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alike: no body of the table watches
    ("Le gardien de nuit veille à la fermeture des portes.", []),
])
def test_veille_a(text, expected):
    assert _rows(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a tasked body ordering bodies below it, their task after them ('d'ordonner aux …'): they are tasked too
    ("Le Comité populaire de la province de Quang Tri demande au Comité populaire du district de Gio Linh "
     "d'ordonner aux comités populaires des communes de recenser les maisons endommagées.",
     [("DPC@44", "assignee", "PPC@44"), ("CPC@44", "assignee", "PPC@44")]),
    ("Le Premier ministre a signé la dépêche. Le ministère de l'Intérieur doit diriger les localités pour achever "
     "la réorganisation.",
     [("MOHA", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    # look-alikes: the ordered bodies with no task after them, or none of the table
    ("Le Premier ministre a signé la dépêche. Le ministère de la Sécurité publique doit diriger ses forces.",
     [("MPS", "assignee", "PM")]),
])
def test_nested_orders(text, expected):
    assert _rows(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # 'a donné des demandes / instructions': the leader who asks the items after it
    ("Face à la tempête, le Premier ministre a donné des instructions.\n\nLe ministère de la Défense doit mobiliser "
     "les forces de secours.", [("MOD", "assignee", "PM")]),
    ("Le Premier ministre a donné des demandes. Le ministère de la Santé doit renforcer la surveillance.",
     [("MOH", "assignee", "PM")]),
    # look-alike: the PM giving gifts asks nothing
    ("Le Premier ministre a donné des cadeaux aux enfants. Le ministère des Transports a inauguré la route.", []),
])
def test_gave_instructions_asks(text, expected):
    assert _rows(text, "fr") == expected
