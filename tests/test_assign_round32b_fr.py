"""Round 32b's French assignment classes (blind batch of real pages, issue #13), each with new sentences and
look-alikes that must not fire; the same class in English where the language has it."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-03-01")

CASES = [
    # a collective subject whose future modal comes later in its clause, past the rest of its list ("Les comités
    # populaires des districts, villes et bourgs devront …"), as "doivent" already read
    ("fr", "Le Comité populaire de la province de Thai Binh modernisera ses réseaux. Les comités populaires des "
           "districts, villes et bourgs devront revoir leurs équipements informatiques.", None,
     [("DPC@34", "assignee", None, None)]),
    ("fr", "La province de Hung Yen a adopté son plan. Les comités populaires des districts, villes et bourgs de la "
           "province devront achever l'inventaire avant le 30 juin.", None,
     [("DPC@33", "assignee", None, "2025-06-30")]),
    # a modal in a reported clause ("ont indiqué que …", "qu'il devra …") is not the subject's task
    ("fr", "Les provinces ont indiqué que le budget devra augmenter l'an prochain.", None, []),
    ("fr", "Les provinces ont indiqué que le budget doit augmenter l'an prochain.", None, []),
    ("fr", "Les comités populaires des districts ont estimé qu'il devra être achevé en 2026.", None, []),
    ("en", "Thai Binh province will upgrade its networks. The People's Committees of districts, towns and cities in the "
           "province will have to review their IT equipment.", None,
     [("DPC@34", "assignee", None, None)]),
    ("en", "Thai Binh province will upgrade its networks. The People's Committees of districts, towns and cities in the "
           "province shall review their IT equipment.", None,
     [("DPC@34", "assignee", None, None)]),
    ("en", "The provinces said the budget will have to increase next year.", None, []),
    # the provinces' departments named in the plural under a ministry ("les Services locaux de l'agriculture et du
    # développement rural"): each department's id with no province, as the English "local health departments"
    ("fr", "Le ministère de l'Agriculture et du Développement rural a publié un document. Les services locaux de "
           "l'agriculture et du développement rural doivent renforcer les patrouilles.", None,
     [("DARD", "assignee", None, None)]),
    ("fr", "Le ministère de la Santé a publié une dépêche. Les Comités populaires de niveau provincial et les services "
           "provinciaux de la santé doivent surveiller les foyers de dengue.", None,
     [("PROVINCES", "assignee", None, None), ("DOH", "assignee", None, None)]),
    ("fr", "Le ministère de l'Éducation et de la Formation a demandé aux services de l'éducation et de la formation de revoir les "
           "programmes.", None,
     [("DOET", "assignee", "MOET", None)]),
    ("fr", "Le Service de la santé de la province de Lam Dong doit inspecter les cliniques.", None,
     [("DOH@68", "assignee", None, None)]),
    ("fr", "Les services locaux de la santé ont inspecté les cliniques l'an dernier.", None, []),
    # a dispatch's item machine-translated from "sẵn sàng": the bodies "sont prêts à" act, in a directive text
    ("fr", "Le Comité populaire de la province de Quang Binh demande d'évacuer les habitants. Les communes et les "
           "quartiers sont prêts à mobiliser les forces de secours.", None,
     [("CPC@44", "assignee", "PPC@44", None)]),
    ("fr", "Les communes et les quartiers sont prêts à accueillir les touristes pendant le Têt.", None, []),
    # the bodies a sentence's opening phrase names, asked by the object pronoun after its comma ("Travaillant avec les
    # autorités des communes de X et Y, Z leur a recommandé de …"), each on its name
    ("fr", "Le vice-président a visité la province de Lao Cai. Travaillant avec les autorités des communes de Ta Phin et "
           "Ban Khoang du district de Sa Pa, le vice-président leur a recommandé de développer le tourisme.", None,
     [("CPC@10", "assignee", None, None), ("CPC@10", "assignee", None, None)]),
    ("fr", "Le vice-président a visité la province de Lao Cai. Travaillant avec les autorités des communes de Ta Phin et "
           "Ban Khoang, le vice-président a salué leurs efforts.", None, []),
    ("fr", "Le vice-président a visité la province de Lao Cai. Travaillant avec les autorités des communes de Ta Phin et "
           "Ban Khoang, il a demandé au Service de la santé de leur fournir des médicaments.", None,
     [("DOH@10", "assignee", None, None)]),
    ("en", "The Vice President visited Lao Cai province. Working with the People's Committees of Ta Phin and Ban Khoang "
           "communes, she asked them to develop tourism.", None,
     [("CPC@10", "assignee", None, None), ("CPC@10", "assignee", None, None)]),
    ("en", "Working with the People's Committees of Ta Phin and Ban Khoang communes, the Vice President praised their "
           "efforts.", None, []),
]


@pytest.mark.parametrize("lang, text, published, expected", CASES)
def test_round32b_fr_classes(lang: str, text: str, published: str | None, expected: list[tuple]) -> None:
    if published:
        assert _rows(text, lang, published) == expected
    else:
        assert _rows(text, lang) == expected
