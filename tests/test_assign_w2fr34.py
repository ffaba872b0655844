"""Round 34's French open classes (issue #13, not blind; helper w2fr34): new sentences and look-alikes that must not
fire, in every language where the class exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-03-01")

DESCRIBING_WORDS_BEFORE_PASSIVE_DUTY = [
    # describing words between a collective subject and a passive duty cue ("sont tenus de", "sont chargés de")
    ("fr", "Le Premier ministre a signé la directive. Les comités populaires des provinces frontalières et "
           "littorales sont tenus d'ouvrir des registres.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a signé la directive. Les comités populaires des provinces montagneuses sont "
           "chargés de recenser les foyers.",
     [("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a signé la directive. Les ministères concernés et compétents sont tenus de réviser "
           "les normes.",
     [("MINISTRIES", "assignee", "PM", None)]),
    ("en", "The Prime Minister signed the directive. Border provinces with mountainous terrain are tasked with "
           "opening registers.",
     [("PROVINCES", "assignee", "PM", None)]),
    # look-alikes: another noun's relative clause, a comma and a relative, a reported clause
    ("fr", "Le Premier ministre a signé la directive. Les provinces frontalières dont les habitants sont tenus de "
           "déclarer leurs biens ont reçu des aides.", []),
    ("fr", "Le Premier ministre a signé la directive. Les provinces frontalières, où les gardes sont chargés de "
           "patrouiller, ont reçu des aides.", []),
    ("fr", "Le Premier ministre a signé la directive. Les provinces ont indiqué que les camions sont tenus de "
           "rouler lentement.", []),
    ("en", "The Prime Minister signed the directive. Provinces where the residents are required to declare assets "
           "received aid.", []),
]


@pytest.mark.parametrize("lang, text, expected", DESCRIBING_WORDS_BEFORE_PASSIVE_DUTY)
def test_describing_words_before_a_passive_duty(lang, text, expected):
    assert _rows(text, lang) == expected
