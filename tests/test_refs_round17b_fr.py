"""Round 17b (blind, real public pages), French: the error classes the first run showed that the fixes cover,
with literal cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 17b (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


# a revised law ("(amendée)") whose sentence gives its day of entry into force: the version in force that day,
# on an undated page too; a bill ("projet de loi … (amendée)") stays without a version
@pytest.mark.parametrize("text, resolved", [
    ("La Loi sur l'éducation (amendée) est entrée en vigueur le 1er juillet 2020.", "Luật Giáo dục 2019"),
    ("La loi sur la protection de l'environnement (révisée) est entrée en vigueur le 1er janvier 2022.",
     "Luật Bảo vệ môi trường 2020"),
    ("Le projet de loi sur l'éducation (amendée) entrera en vigueur le 1er juillet 2020.", None),
])
def test_a_revised_law_takes_its_day_of_entry_into_force(text, resolved):
    assert [r.resolved for r in find_references(text, lang="fr", published=None)] == [resolved]


# "la loi sur la protection environnementale" (the subject as an adjective) is the environmental protection law
@pytest.mark.parametrize("text, expected", [
    ("La loi sur la protection environnementale de 2005 se veut plus concise.", ["Luật Bảo vệ môi trường 2005"]),
    ("Selon la loi sur la protection de l’environnement de 2014, les pollueurs paient.", ["Luật Bảo vệ môi trường 2014"]),
    # look-alike: a policy, not the law
    ("La politique de protection environnementale de 2005 est ancienne.", []),
])
def test_the_environmental_protection_law_in_french(text, expected):
    assert [r.id for r in find_references(text, lang="fr", published=None)] == expected
