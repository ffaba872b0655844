"""Round 17c (blind, real public pages), French, English and Vietnamese: the error classes the first run showed
that the fixes cover, with literal cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 17c (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


# French "ce décret" / "cette circulaire" in a press item is an anaphora of the document the item reports,
# no reference of its own (the French golds leave it out); the legal form "le présent décret" still is one
@pytest.mark.parametrize("text, expected", [
    ("Le décret n°45/2024/ND-CP a été publié le 3 mai 2024. Ce décret fixe les règles du commerce en ligne.",
     ["45/2024/NĐ-CP"]),
    ("La circulaire n°12/2023/TT-BTC précise les frais. Selon cette circulaire, les frais baissent.",
     ["12/2023/TT-BTC"]),
    # look-alike: the legal form is the text's own document, kept
    ("Conformément au décret n°45/2024/ND-CP du 3 mai 2024 ; Le présent décret s'applique aux entreprises.",
     ["45/2024/NĐ-CP", "45/2024/NĐ-CP"]),
])
def test_a_french_demonstrative_in_prose_is_no_reference(text, expected):
    assert [r.id for r in find_references(text, lang="fr", published=None)] == expected


# in a legal text with its own number, "ce décret" is still that text's own decree
def test_a_french_demonstrative_in_a_legal_text_is_its_own_decree():
    text = ("GOUVERNEMENT\nN° : 72/2015/ND-CP | Hanoï, le 7 septembre 2015 |\n"
            "Article 1. Ce décret prévoit la gestion des activités.")
    assert [r.id for r in find_references(text, lang="fr", published=None)] == ["72/2015/NĐ-CP", "72/2015/NĐ-CP"]


# an English day with the space before the comma rather than after it ("dated June 12 ,2018")
@pytest.mark.parametrize("text, expected", [
    ("Pursuant to the Law on Cybersecurity dated June 12 ,2018;", [("Luật An ninh mạng 2018", "2018-06-12")]),
    ("Pursuant to the Law on Cybersecurity dated June 12,2018;", [("Luật An ninh mạng 2018", "2018-06-12")]),
    # control: the usual comma
    ("Pursuant to the Law on Cybersecurity dated June 12, 2018;", [("Luật An ninh mạng 2018", "2018-06-12")]),
])
def test_an_english_day_with_a_space_before_the_comma(text, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang="en", published=None)] == expected


# the 2015 network information security law under the name English translations give it
@pytest.mark.parametrize("text, expected", [
    ("Pursuant to the Law on Cyberinformation Safety dated November 19, 2015;", [("Luật An toàn thông tin mạng 2015", "2015-11-19")]),
    ("The Law on Cyber Information Security dated November 19, 2015 applies.", [("Luật An toàn thông tin mạng 2015", "2015-11-19")]),
    # look-alike: the subject in lower case, no law's name
    ("Cyberinformation safety is a shared task of ministries.", []),
])
def test_the_cyberinformation_safety_law_in_english(text, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang="en", published=None)] == expected


# the Vietnamese press's abbreviation of the 2024 road traffic order and safety law
@pytest.mark.parametrize("text, expected", [
    ("Luật Trật tự ATGTĐB có hiệu lực từ ngày 1/1/2025.", [("Luật Trật tự, an toàn giao thông đường bộ", "Luật Trật tự, an toàn giao thông đường bộ 2024")]),
    ("Công an tỉnh tuyên truyền Luật TTATGTĐB tới học sinh.", [("Luật Trật tự, an toàn giao thông đường bộ", "Luật Trật tự, an toàn giao thông đường bộ 2024")]),
    # look-alike: the subject, no law's name
    ("Lực lượng CSGT bảo đảm trật tự ATGTĐB dịp Tết.", []),
])
def test_the_road_traffic_order_and_safety_law_abbreviated(text, expected):
    assert [(r.id, r.resolved) for r in find_references(text, lang="vi", published="2025-03-01")] == expected


# a French law named by its day of adoption between "loi" and its subject: the version adopted that day
@pytest.mark.parametrize("text, expected", [
    ("Ce texte complète la loi du 12 juin 2018 portant sur la cybersécurité.", [("Luật An ninh mạng 2018", "2018-06-12")]),
    ("Selon la loi du 29 novembre 2013 sur le foncier, l'État gère les terres.", [("Luật Đất đai 2013", "2013-11-29")]),
    # look-alikes: a day that adopted no version of the law (its entry into force), and no law's head word
    ("La loi du 1er juillet 2019 sur le foncier est citée.", []),
    ("Le débat du 12 juin 2018 portant sur la cybersécurité fut vif.", []),
])
def test_a_french_law_named_by_its_day_before_its_subject(text, expected):
    assert [(r.id, r.issued) for r in find_references(text, lang="fr", published=None)] == expected
