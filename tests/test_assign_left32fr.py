"""Stop 39's left classes, French first (issue #13; helper left32fr, not blind): the classes rounds 31 and 31b's French
sections left open, each with new sentences (none copied from the pages) and look-alikes that must not fire, in
every language where the class exists."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2023-11-07")

_NGHE_AN = "Le vice-président du Comité populaire provincial de Nghe An, Nguyen Van De, "
_LAM_DONG = "Le Comité populaire de la province de Lam Dong a publié un plan de rentrée. "


@pytest.mark.parametrize("text, lang, expected", [
    # a level word before a named district, commune or ward is its committee, asked or as a subject
    # (fr/en grammar.json units_named_level_first, mentions._units_named_level_first)
    (_NGHE_AN + "a demandé au district de Ky Son de revoir le plan de réinstallation.", "fr",
     [("DPC@40", "assignee", "PPC@40", None)]),
    (_NGHE_AN + "a inspecté les travaux. Il a demandé au district et au Département des Finances de revoir le plan.",
     "fr", [("DPC@40", "assignee", "PPC@40", None), ("DOF@40", "assignee", "PPC@40", None)]),
    ("Le Comité populaire de la province de Nghe An a demandé au district de Ky Son de revoir le plan. Le district de "
     "Ky Son doit achever les travaux avant le 30 novembre.", "fr",
     [("DPC@40", "assignee", "PPC@40", None), ("DPC@40", "assignee", "PPC@40", "2023-11-30")]),
    (_LAM_DONG + "La commune de Nam Ban est chargée de réparer les écoles.", "fr", [("CPC@68", "assignee", "PPC@68", None)]),
    (_LAM_DONG + "Le quartier de Cam Ly doit accueillir les élèves transférés.", "fr",
     [("CPC@68", "assignee", "PPC@68", None)]),
    ("Le Comité populaire de la province de Lam Dong a chargé la commune de Nam Ban de réparer les écoles.", "fr",
     [("CPC@68", "assignee", "PPC@68", None)]),
    ("The Nghe An provincial People's Committee asked the district of Ky Son to review the resettlement plan.", "en",
     [("DPC@40", "assignee", "PPC@40", None)]),
    ("The Nghe An provincial People's Committee issued a plan. The commune of Nam Ban must repair the schools.", "en",
     [("CPC@40", "assignee", "PPC@40", None)]),
    ("UBND tỉnh Nghệ An ban hành kế hoạch. Huyện Kỳ Sơn phải hoàn thành việc sửa chữa trước ngày 30/11.", "vi",
     [("DPC@40", "assignee", "PPC@40", "2023-11-30")]),
    ("UBND tỉnh Lâm Đồng ban hành kế hoạch. Xã Nam Ban chịu trách nhiệm sửa chữa trường học.", "vi",
     [("CPC@68", "assignee", "PPC@68", None)]),
    # look-alikes: the unit as a place, a visit's or a gift's, a past report, its residents; the committee's own words
    # stay one row
    ("Le Comité populaire de la province de Nghe An a demandé aux départements de réparer les routes menant au "
     "district de Ky Son.", "fr", [("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    (_NGHE_AN + "a inspecté le district de Ky Son et les travaux de réinstallation.", "fr", []),
    ("Les dirigeants provinciaux travaillant avec le district de Ky Son sur la récupération après les crues.", "fr", []),
    ("Le Comité populaire provincial de Nghe An a remis des cadeaux au district de Ky Son.", "fr", []),
    ("Le district de Ky Son a reçu 5 milliards de dongs l'an dernier.", "fr", []),
    ("Les habitants de la commune de Nam Ban doivent rester vigilants face aux glissements de terrain.", "fr", []),
    ("Le Comité populaire de la province de Lam Dong a félicité la commune de Nam Ban pour ses résultats.", "fr", []),
    ("Le Comité populaire de la province de Nghe An a demandé au Comité populaire du district de Ky Son de revoir le "
     "plan.", "fr", [("DPC@40", "assignee", "PPC@40", None)]),
    ("The Nghe An provincial People's Committee asked the departments to repair the roads in the district of Ky Son.",
     "en", [("DEPARTMENTS@40", "assignee", "PPC@40", None)]),
    ("The district of Ky Son received 5 billion VND last year.", "en", []),
    ("UBND tỉnh Lâm Đồng ban hành kế hoạch. Xã Nam Ban có 500 hộ dân bị ảnh hưởng.", "vi", []),
    ("Huyện Kỳ Sơn đã hoàn thành việc sửa chữa năm ngoái.", "vi", []),
    ("Người dân xã Nam Ban phải sơ tán ngay.", "vi", []),
])
def test_a_level_word_before_a_named_unit_is_its_committee(text, lang, expected):
    assert _rows(text, lang) == expected


_GIA_LAI = "Le Comité populaire de la province de Gia Lai a demandé aux départements de préparer le recrutement. "
_QUANG_NGAI = "Le président du Comité populaire de la province de Quang Ngai a signé une dépêche. "


@pytest.mark.parametrize("text, lang, expected", [
    # a basis phrase with no commas between the subject and its cue (fr/en grammar.json guidance_phrase_openers, as
    # the Vietnamese 'căn cứ'); a named example list ending an aside, past the aside's reach (example_list_openers)
    (_GIA_LAI + "Le Comité populaire communal sur la base du nombre de postes vacants élabore les besoins de "
     "recrutement.", "fr", [("DEPARTMENTS@64", "assignee", "PPC@64", None), ("CPC@64", "assignee", "PPC@64", None)]),
    ("Le Comité populaire de la province de Gia Lai a publié le plan. Le Département des Finances sur la base des "
     "propositions des communes doit équilibrer le budget avant le 30 novembre.", "fr",
     [("DOF@64", "assignee", "PPC@64", "2023-11-30")]),
    ("The Gia Lai provincial People's Committee issued the plan. The Department of Finance based on the communes' "
     "proposals shall balance the budget before November 30.", "en", [("DOF@64", "assignee", "PPC@64", "2023-11-30")]),
    (_QUANG_NGAI + "Les comités populaires des communes, des quartiers et des zones spéciales, en particulier dans les "
     "localités qui devraient être fortement touchées telles que An Phu, Binh Son, Duc Hoa, Tinh Khe, Nghia Hanh, Ba To "
     "et Son Tinh, doivent évacuer les habitants.", "fr", [("CPC@51", "assignee", "PPC@51", None)]),
    (_QUANG_NGAI + "Le Département des Finances, en particulier dans les zones côtières telles que An Phu, Binh Son, Ba "
     "To, Nghia Hanh et Son Tinh, doit inspecter les digues.", "fr", [("DOF@51", "assignee", "PPC@51", None)]),
    ("The Chairman of the Quang Ngai provincial People's Committee signed a dispatch. The Department of Finance, "
     "particularly in the coastal areas such as An Phu, Binh Son, Ba To, Nghia Hanh and Son Tinh, must inspect the "
     "dykes.", "en", [("DOF@51", "assignee", "PPC@51", None)]),
    # look-alikes: a past report, no body before the basis phrase, places listed with no body
    ("Le Comité populaire de la province de Gia Lai a publié le plan. Les communes sur la base de ce plan ont recruté "
     "300 enseignants l'an dernier.", "fr", []),
    ("Le Comité populaire de la province de Gia Lai a publié le plan. Le recrutement sur la base du nombre de postes "
     "vacants se déroule en deux étapes.", "fr", []),
    ("The Gia Lai provincial People's Committee issued the plan. The communes based on this plan recruited 300 "
     "teachers last year.", "en", []),
    (_QUANG_NGAI + "Les comités populaires des communes, en particulier dans les localités telles que An Phu, Binh Son, "
     "Duc Hoa, Tinh Khe et Son Tinh, ont évacué 3 000 habitants la semaine dernière.", "fr", []),
    (_QUANG_NGAI + "Les communes côtières telles que An Phu, Binh Son, Duc Hoa, Tinh Khe et Son Tinh ont évacué 3 000 "
     "habitants.", "fr", []),
])
def test_a_basis_phrase_or_a_long_example_list_between_the_subject_and_its_cue(text, lang, expected):
    assert _rows(text, lang) == expected


_PARTY = "Le Comité permanent du Comité provincial du Parti "


@pytest.mark.parametrize("text, lang, expected", [
    # a Party committee directing the committee to order bodies (fr cues.json nested_before 'a dirigé', 'ordonner aux',
    # 'ordonner au'): the committee is tasked (no asker of the table), the bodies it orders are its own
    (_PARTY + "a dirigé le Comité populaire de la province de Ha Tinh pour ordonner aux départements de renforcer les "
     "contrôles.", "fr", [("PPC@42", "assignee", None, None), ("DEPARTMENTS@42", "assignee", "PPC@42", None)]),
    (_PARTY + "a dirigé le Comité populaire de la province de Ha Tinh pour ordonner au Département des Finances de "
     "revoir le budget.", "fr", [("PPC@42", "assignee", None, None), ("DOF@42", "assignee", "PPC@42", None)]),
    # provinces counted as places before an unplaced provincial committee: the committee stays the text's own, not
    # every province's (grammar place_count_prepositions)
    ("Selon le ministère de la Santé, le pays a enregistré 148 cas dans 27 provinces et villes. " + _PARTY + "a dirigé "
     "le Comité populaire provincial pour ordonner aux agences fonctionnelles de renforcer les contrôles.", "fr",
     [("PPC", "assignee", None, None), ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("According to the Ministry of Health, the country recorded 148 cases in 27 provinces and cities. The Standing "
     "Committee of the Provincial Party Committee asked the provincial People's Committee to strengthen checks.", "en",
     [("PPC", "assignee", None, None)]),
    # look-alikes: a delegation or a meeting led, a past post held, a time after the body; a letter to the provinces'
    # committees still makes an unplaced committee every province's
    ("Le vice-président du Comité populaire de la province de Ha Tinh a dirigé la délégation du Département des "
     "Finances pour visiter les familles.", "fr", []),
    ("Le vice-président du Comité populaire de la province de Ha Tinh a dirigé la réunion avec le Département des "
     "Finances.", "fr", []),
    ("M. Nguyen Van An a dirigé le Département des Finances de 2015 à 2020.", "fr", []),
    ("M. Nguyen Van An a dirigé le Département des Finances pendant cinq ans.", "fr", []),
    ("Le ministère de la Santé a envoyé une lettre aux comités populaires des provinces et villes. Le Comité populaire "
     "provincial doit renforcer les contrôles.", "fr", [("PROVINCES", "assignee", None, None)]),
])
def test_a_party_committee_directing_the_committee_to_order(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the National Assembly adopting a resolution right after its name is the text's authority where no government
    # authority directs: the resolution's passive tasks are its own (askers._legislature_adopting)
    ("Le 12 juin, l'Assemblée nationale a adopté une résolution sur la réorganisation des provinces. Le gouvernement, "
     "les ministères et les autorités locales sont chargés de mettre en œuvre la résolution.", "fr",
     [("GOV", "assignee", "NA", None), ("MINISTRIES", "assignee", "NA", None), ("PROVINCES", "assignee", "NA", None)]),
    # look-alikes: the Prime Minister asking in the same text asks; the Assembly only examining a bill asks nothing
    ("Le 12 juin, l'Assemblée nationale a adopté une résolution sur la réorganisation des provinces. Le Premier "
     "ministre a demandé aux ministères de mettre en œuvre la résolution.", "fr", [("MINISTRIES", "assignee", "PM", None)]),
    ("Le 12 juin, l'Assemblée nationale a examiné le projet de loi. Le gouvernement est chargé de réviser le projet.",
     "fr", [("GOV", "assignee", None, None)]),
])
def test_the_national_assembly_adopting_a_resolution_asks_its_passive_tasks(text, lang, expected):
    assert _rows(text, lang) == expected


_HA_TINH = "Le président du Comité populaire de la province de Ha Tinh a publié une directive. "


@pytest.mark.parametrize("text, lang, expected", [
    # a directive's item in the plain present 'coordonne avec' names its partner (fr cues.json coordinate, as
    # 'coopère avec', 'collabore avec' and the future 'coordonnera avec')
    (_HA_TINH + "Le Département de l'Intérieur coordonne avec le Département des Finances pour conseiller le Comité "
     "populaire provincial.", "fr", [("DOHA@42", "assignee", "PPC@42", None), ("DOF@42", "coordinate", "PPC@42", None)]),
    (_HA_TINH + "Les Départements de l'Intérieur et de la Justice coordonnent avec le Département des Finances pour "
     "conseiller le Comité populaire provincial.", "fr",
     [("DOHA@42", "assignee", "PPC@42", None), ("DOJ@42", "assignee", "PPC@42", None),
      ("DOF@42", "coordinate", "PPC@42", None)]),
    # look-alike: a cooperation told outside a directive
    ("Le Département de l'Intérieur de Ha Tinh coordonne avec le Département des Finances depuis des années.", "fr", []),
])
def test_a_plain_present_coordination_names_its_partner(text, lang, expected):
    assert _rows(text, lang) == expected
