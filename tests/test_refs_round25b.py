"""Round 25b (blind, real public pages), French with English and Vietnamese controls: French law titles the list
lacked (`la loi sur l'identité des citoyens`, `la loi sur l'organisation des autorités locales`), which also cut a
list of laws under one head word (`lois sur …, sur l'identité des citoyens, sur …`) at its second item. Literal cases
written for this file (no sentence of the round's pages) and look-alikes. docs/quality.md "Round 25b (blind, real
public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _found(text, lang, published="2016-03-10"):
    return [(r.text, r.id, r.relation) for r in find_references(text, lang=lang, published=published)]


IDENTITY = "Luật Căn cước"
LOCAL = "Luật Tổ chức chính quyền địa phương"


@pytest.mark.parametrize("text, lang, expected", [
    ("La loi sur l'identité des citoyens fixe l'âge de la carte.", "fr",
     [("loi sur l'identité des citoyens", IDENTITY, "cites")]),
    ("Selon la loi sur l’identification des citoyens, la carte est renouvelée à 25 ans.", "fr",
     [("loi sur l’identification des citoyens", IDENTITY, "cites")]),
    ("La loi sur l'organisation des autorités locales de 2015 crée les conseils.", "fr",
     [("loi sur l'organisation des autorités locales de 2015", f"{LOCAL} 2015", "cites")]),
    # controls, found before: the list's other spellings in French, English and Vietnamese
    ("La loi sur l'organisation des collectivités locales de 2015 crée les conseils.", "fr",
     [("loi sur l'organisation des collectivités locales de 2015", f"{LOCAL} 2015", "cites")]),
    ("The Law on Citizen Identification applies.", "en",
     [("Law on Citizen Identification", IDENTITY, "cites")]),
    ("Luật Căn cước công dân quy định thẻ căn cước.", "vi",
     [("Luật Căn cước công dân", IDENTITY, "cites")]),
    # look-alikes: the identity of citizens and the local authorities without the law's word stay none
    ("L'identité des citoyens est vérifiée à la frontière.", "fr", []),
    ("Les autorités locales ont reçu l'organisation des secours.", "fr", []),
])
def test_french_law_titles_the_list_lacked(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a list under one head word, 'sur' repeated before each item: the new titles no longer cut it
    ("Trois textes entrent en vigueur : lois sur l’état civil, sur l’identité des citoyens et sur le service "
     "militaire.", "fr",
     [("l’état civil", "Luật Hộ tịch", "cites"), ("l’identité des citoyens", IDENTITY, "cites"),
      ("le service militaire", "Luật Nghĩa vụ quân sự", "cites")]),
    ("Deux textes entrent en vigueur : lois sur l’organisation des autorités locales, et sur l’organisation du "
     "gouvernement.", "fr",
     [("l’organisation des autorités locales", LOCAL, "cites"),
      ("l’organisation du gouvernement", "Luật Tổ chức Chính phủ", "cites")]),
    # control, found before: a list of titles the list already had
    ("Deux textes entrent en vigueur : lois sur l’état civil et sur le service militaire.", "fr",
     [("l’état civil", "Luật Hộ tịch", "cites"), ("le service militaire", "Luật Nghĩa vụ quân sự", "cites")]),
    # look-alike: a list whose second subject names no law stops, and one item is no list
    ("Deux débats : lois sur l’état civil, sur la météo des citoyens.", "fr", []),
])
def test_a_list_under_one_head_word_with_the_new_titles(text, lang, expected):
    assert _found(text, lang) == expected
