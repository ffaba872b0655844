"""Round 37's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English and Vietnamese where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader()

VISITED = [
    # the local authorities a national leader asks after his working session with one province (told in the
    # sentence before, or in the asking sentence itself in a page about that one province): its committee
    ("fr", "Le vice-Premier ministre Tran Van Son a travaillé mardi avec les autorités de la province de Lang Son sur "
           "le commerce frontalier. Il a appelé les autorités locales à accélérer le dédouanement des camions.",
     [("PPC@20", "assignee", "DPM", None)]),
    ("fr", "Le Premier ministre s'est rendu samedi dans la province de Phu Tho. Il a demandé aux autorités locales "
           "de réparer les digues avant la saison des pluies.",
     [("PPC@25", "assignee", "PM", None)]),
    ("fr", "Le vice-Premier ministre a visité la province de Kien Giang. Il a exhorté la localité à renforcer le "
           "contrôle aux frontières.",
     [("PPC@91", "assignee", "DPM", None)]),
    ("fr", "Le Premier ministre a demandé à la province de Thai Binh de protéger les digues. Lors d'une séance de "
           "travail le 3 mars avec les autorités locales, le chef du gouvernement leur a ordonné de surveiller les "
           "crues.",
     [("PPC@34", "assignee", "PM", None), ("PPC@34", "assignee", "PM", None)]),
    ("en", "Deputy Prime Minister Tran Van Son worked with the authorities of Lang Son province on Tuesday. He called "
           "on local authorities to speed up customs clearance for trucks.",
     [("PPC@20", "assignee", "DPM", None)]),
    ("en", "The Prime Minister asked Thai Binh province to protect the dykes. At a working session on March 3 with "
           "local authorities, the Government leader asked them to watch the floods.",
     [("PPC@34", "assignee", "PM", None), ("PPC@34", "assignee", "PM", None)]),
    # look-alikes: a national request with no visit, a visit to two provinces, a province's own committee asking
    # its localities (its districts): their reading stands
    ("fr", "Le Premier ministre a demandé aux autorités locales de réparer les digues avant la saison des pluies.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a visité les provinces de Lai Chau et de Dien Bien. Il a demandé aux autorités "
           "locales de réparer les routes.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le président du Comité populaire de la province de Phu Tho a visité le district de Thanh Son. Il a "
           "demandé aux autorités locales de réparer les digues.",
     [("DPC@25", "assignee", "PPC@25", None)]),
    ("en", "The Prime Minister visited Lai Chau and Dien Bien provinces. He asked local authorities to repair the "
           "roads.",
     [("PROVINCES", "assignee", "PM", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VISITED)
def test_round37_fr_local_authorities_of_the_province_visited(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


CAPTIONED = [
    # an object pronoun after a photo's caption (its own short sentence naming the leader pictured, then the credit):
    # the pronoun stands for the bodies of the sentence before the caption
    ("fr", "Le vice-Premier ministre Tran Van Son a travaillé lundi avec les autorités de la province de Lang Son.\n"
           "Le vice-Premier ministre Tran Van Son (au centre). Photo: baolangson.vn |\n"
           "Il leur a demandé d'accélérer le dédouanement des camions.",
     [("PPC@20", "assignee", "DPM", None)]),
    ("en", "Deputy Prime Minister Tran Van Son worked with the authorities of Lang Son province on Monday.\n"
           "Deputy Prime Minister Tran Van Son (centre). Photo: baolangson.vn |\n"
           "He asked them to speed up customs clearance.",
     [("PPC@20", "assignee", "DPM", None)]),
    # look-alike: the same short sentence with no photo's credit after it is no caption: the pronoun's antecedent
    # is not told
    ("fr", "Le vice-Premier ministre Tran Van Son a travaillé lundi avec les autorités de la province de Lang Son.\n"
           "Le vice-Premier ministre Tran Van Son est arrivé.\n"
           "Il leur a demandé d'accélérer le dédouanement des camions.",
     []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CAPTIONED)
def test_round37_fr_pronoun_after_a_photo_caption(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang)) == sorted(expected)


PARTNERS = [
    # the partners after a coordination cue, a list opened by bodies outside the table (the border guards, the bare
    # police, neither a body of the table): the table's bodies after them stay the partners (coordinate)
    ("fr", "Le président du Comité populaire de la province de Phu Yen a chargé le Service de la Construction de se "
           "coordonner avec les gardes-frontières, la police et les autorités locales pour démolir les cabanes.",
     [("DOC@54", "assignee", "PPC@54", None), ("DPC@54", "coordinate", "PPC@54", None)]),
    ("fr", "Le président du Comité populaire de la province de Phu Yen a chargé le Service de la Construction de se "
           "coordonner avec les gardes-frontières et le Service des Finances pour démolir les cabanes.",
     [("DOC@54", "assignee", "PPC@54", None), ("DOF@54", "coordinate", "PPC@54", None)]),
    ("en", "The chairman of the Phu Yen provincial People's Committee asked the Department of Construction to "
           "coordinate with the border guards and local authorities to remove the huts.",
     [("DOC@54", "assignee", "PPC@54", None), ("DPC@54", "coordinate", "PPC@54", None)]),
    ("vi", "Chủ tịch UBND tỉnh Phú Yên yêu cầu Sở Xây dựng phối hợp với Bộ đội Biên phòng và Sở Tài chính tháo dỡ "
           "các lều trại.",
     [("DOC@54", "assignee", "PPC@54", None), ("DOF@54", "coordinate", "PPC@54", None)]),
    # look-alikes: the border guards and the bare police alone are no body; the police named with its province is
    ("fr", "Le président du Comité populaire de la province de Phu Yen a chargé le Service de la Construction de se "
           "coordonner avec les gardes-frontières et la police pour démolir les cabanes.",
     [("DOC@54", "assignee", "PPC@54", None)]),
    ("fr", "Le Comité populaire de la province de Phu Yen a demandé à la police de la province de Phu Yen de "
           "renforcer les patrouilles.",
     [("PPS@54", "assignee", "PPC@54", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTNERS)
def test_round37_fr_partners_after_bodies_outside_the_table(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang, published="2024-05-10")) == sorted(expected)


ASKERS = [
    # the chairman named again by his name alone, his name written before his title and committee earlier: the
    # committee asks
    ("fr", "Telle est la directive émise par Tran Huu The, président du Comité populaire provincial de Phu Yen, lors "
           "d'une réunion. Tran Huu The a ordonné au Service de la Construction de démolir les cabanes.",
     [("DOC@54", "assignee", "PPC@54", None)]),
    ("en", "This is the direction issued by Tran Huu The, Chairman of the Phu Yen provincial People's Committee, at a "
           "meeting. Tran Huu The asked the Department of Construction to remove the huts.",
     [("DOC@54", "assignee", "PPC@54", None)]),
    # a provincial committee's directive told with an adverb before its verb, its items in the present after
    # "En conséquence": the committee asks them (its localities its districts)
    ("fr", "Le Comité populaire de la province de Phu Yen a récemment publié une directive sur la pêche illégale. En "
           "conséquence, le Département provincial de la construction est tenu de réviser les ports. La Police "
           "provinciale doit se concentrer sur les enquêtes, tandis que les autorités locales doivent contrôler les "
           "bateaux.",
     [("DOC@54", "assignee", "PPC@54", None), ("PPS@54", "assignee", "PPC@54", None),
      ("DPC@54", "assignee", "PPC@54", None)]),
    # the speaker's inset between commas before "avant de demander": the inset's pronoun, the leader, asks
    ("fr", "Le Premier ministre s'est rendu dans la province de Phu Yen. Il faut accélérer le dépistage, a-t-il "
           "souligné, avant de demander au ministère de la Santé d'envoyer des vaccins.",
     [("MOH", "assignee", "PM", None)]),
    # look-alikes: another person's name, never written with a post, asks no one the table holds; a directive's
    # publication by a body outside the table
    ("fr", "Telle est la directive émise par Tran Huu The, président du Comité populaire provincial de Phu Yen, lors "
           "d'une réunion. Nguyen Van Minh a ordonné au Service de la Construction de démolir les cabanes.",
     [("DOC@54", "assignee", None, None)]),
    ("fr", "Le journal Phu Yen a récemment publié une enquête sur la pêche illégale. En conséquence, le Département "
           "provincial de la construction est tenu de réviser les ports.",
     [("DOC@54", "assignee", None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ASKERS)
def test_round37_fr_askers_named_by_name_directive_and_inset(lang: str, text: str, expected: list) -> None:
    assert sorted(_rows(text, lang, published="2024-05-10")) == sorted(expected)
