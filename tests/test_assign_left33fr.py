"""Stop 40's left classes, French first (issue #13; helper left33fr, not blind): the classes rounds 32 and 32b's French
sections, `### Round 32's French open classes` and `### Stop 39's left classes, French` left open, each with new
sentences (none copied from the pages) and look-alikes that must not fire, in every language where the class exists."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

_LAI_CHAU = "Le Comité populaire de la province de Lai Chau a publié une directive sur la prévention des incendies. "
_LAI_CHAU_EN = "The Lai Chau provincial People's Committee issued a directive on forest fire prevention. "


@pytest.mark.parametrize("text, lang, expected", [
    # a directive's plain-present duty `s'engagent (activement) à`, and the province's own `de la province` between the
    # subject and its cue (fr cues.json subject_weak, fr grammar.json own_province_words)
    (_LAI_CHAU + "Les districts et les villes de la province s'engagent activement à diffuser la loi.", "fr",
     [("DPC@12", "assignee", "PPC@12", None)]),
    (_LAI_CHAU + "Les districts et les villes de la province renforcent l'inspection des propriétaires.", "fr",
     [("DPC@12", "assignee", "PPC@12", None)]),
    (_LAI_CHAU + "Le Département des Finances s'engage à contrôler les dépenses.", "fr",
     [("DOF@12", "assignee", "PPC@12", None)]),
    (_LAI_CHAU_EN + "The Department of Finance commits to checking the spending.", "en",
     [("DOF@12", "assignee", "PPC@12", None)]),
    # look-alikes: no directive, a body that only says so, people of the province
    ("Le Comité populaire de la province de Lai Chau a organisé une conférence. Les districts de la province "
     "s'engagent à respecter la loi.", "fr", []),
    ("Le Département des Finances s'engage à contrôler les dépenses, a déclaré son directeur.", "fr", []),
    (_LAI_CHAU + "La population de la province s'engage à protéger les forêts.", "fr", []),
    ("The Lai Chau provincial People's Committee held a conference. The Department of Finance commits to the plan.",
     "en", []),
])
def test_plain_present_duties(text, lang, expected):
    assert _rows(text, lang) == expected
