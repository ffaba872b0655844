"""Round 24's left classes of French assignments (README "Round 24's left classes (assignments fr, not blind)"):
the plain present and the reflexive future of a directing text's items (fr ``cues.json`` ``subject_weak``) and a
subject's next item presiding after a semicolon
(``frames._presides_in_its_next_item``). New sentences written for these tests, one literal case a line, with
the look-alikes that must stay as they were."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    # a directing text's items in the plain present: the bodies opening them are tasked
    ("Le gouvernement demande aux ministères d'appliquer la directive. Les provinces et les villes organisent et "
     "mettent en œuvre le plan du Têt.", "fr", [("MINISTRIES", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    ("Le gouvernement demande aux ministères d'achever le décaissement. Les ministères et les localités proposent "
     "d'ajuster le plan d'investissement au ministère des Finances.", "fr",
     [("MINISTRIES", "assignee", "GOV"), ("MINISTRIES", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    ("Le gouvernement demande aux provinces de payer les indemnités. Le ministère de l'Intérieur contrôle le versement "
     "des indemnités.", "fr", [("PROVINCES", "assignee", "GOV"), ("MOHA", "assignee", "GOV")]),
    ("Le gouvernement demande aux ministères d'appliquer la directive. Le Comité populaire de la ville de Hanoï établit "
     "une liste des hameaux et la soumet au ministère de l'Intérieur.", "fr",
     [("MINISTRIES", "assignee", "GOV"), ("PPC@01", "assignee", "GOV")]),
    # the future with a reflexive pronoun, as the plain future
    ("Le gouvernement demande aux ministères de nommer les chefs de hameau. Les comités populaires des provinces se "
     "coordonneront avec la police.", "fr", [("MINISTRIES", "assignee", "GOV"), ("PROVINCES", "assignee", "GOV")]),
    # English and Vietnamese read the plain present of a directing text already
    ("The Government asked provinces to pay the allowances. The Ministry of Home Affairs monitors the payment.", "en",
     [("PROVINCES", "assignee", "GOV"), ("MOHA", "assignee", "GOV")]),
    ("Chính phủ yêu cầu Bộ Tài chính bố trí kinh phí. Bộ Nội vụ kiểm tra việc chi trả.", "vi",
     [("MOF", "assignee", "GOV"), ("MOHA", "assignee", "GOV")]),
    # look-alikes: a news report's narration in the present is no task (no directing text); a single body's proposal
    ("Les provinces et les villes organisent des fêtes pour le Têt.", "fr", []),
    ("Le ministère de l'Intérieur contrôle le versement des indemnités.", "fr", []),
    ("Les comités populaires des communes se réunissent chaque mois.", "fr", []),
    # a report's own undertaking in a reflexive future other than coordinating stays out (Cao Bang's "se basera")
    ("Le Département des finances de Cao Bang se basera sur des critères pour allouer les fonds et a demandé aux "
     "localités d'examiner les besoins.", "fr", [("DPC@04", "assignee", "DOF@04")]),
    ("Le gouvernement demande aux ministères d'achever le décaissement. Le ministère des Finances propose au "
     "gouvernement d'augmenter les impôts.", "fr", [("MINISTRIES", "assignee", "GOV")]),
])
def test_plain_present_and_reflexive_future_items_of_a_directing_text(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the subject's next item after a semicolon presides: it leads, its partners coordinate
    ("Le gouvernement demande aux provinces de payer les indemnités. Le ministère de l'Intérieur encourage et contrôle "
     "les localités ; préside et coopère avec les ministères pour guider les localités.", "fr",
     [("PROVINCES", "assignee", "GOV"), ("MOHA", "lead", "GOV"), ("MINISTRIES", "coordinate", "GOV")]),
    ("The Government asked provinces to pay the allowances. The Ministry of Home Affairs monitors the localities; "
     "presides over and coordinates with ministries to guide localities.", "en",
     [("PROVINCES", "assignee", "GOV"), ("MOHA", "lead", "GOV"), ("MINISTRIES", "coordinate", "GOV")]),
    ("Chính phủ yêu cầu các tỉnh chi trả chế độ. Bộ Nội vụ đôn đốc, kiểm tra các địa phương; chủ trì, phối hợp với "
     "các bộ hướng dẫn các địa phương.", "vi", [("MOHA", "lead", "GOV"), ("MINISTRIES", "coordinate", "GOV")]),
    # look-alike: the next item does not preside: the body stays the one tasked
    ("Le gouvernement demande aux provinces de payer les indemnités. Le ministère de l'Intérieur encourage et contrôle "
     "les localités ; guide les localités dans l'évaluation.", "fr",
     [("PROVINCES", "assignee", "GOV"), ("MOHA", "assignee", "GOV")]),
])
def test_plain_verb_item_presiding_after_a_semicolon(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the commune level's committees named without articles ("de communes et de quartiers"), in a city's directive
    ("Le Comité populaire de la ville de Can Tho a publié une directive. En conséquence, les directeurs des "
     "départements et les présidents des comités populaires de communes et de quartiers doivent mettre en œuvre les "
     "tâches.", "fr", [("DEPARTMENTS@92", "assignee", "PPC@92"), ("CPC@92", "assignee", "PPC@92")]),
    ("Le Comité populaire de la ville de Can Tho demande aux comités populaires de communes d'inspecter les canaux.",
     "fr", [("CPC@92", "assignee", "PPC@92")]),
    ("The Can Tho City People's Committee issued a directive. Accordingly, directors of departments and chairpersons "
     "of People's Committees of communes and wards must implement the tasks.", "en",
     [("DEPARTMENTS@92", "assignee", "PPC@92"), ("CPC@92", "assignee", "PPC@92")]),
    # look-alike: the committee of one named commune is no collective of the commune level
    ("Le Comité populaire de la ville de Can Tho demande aux départements d'inspecter les canaux de communes "
     "rurales.", "fr", [("DEPARTMENTS@92", "assignee", "PPC@92")]),
])
def test_commune_committees_named_without_articles(text, lang, expected):
    assert found(text, lang) == expected
