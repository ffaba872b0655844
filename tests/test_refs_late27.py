"""Round 27's left references classes (issue #14, not blind): the relation of a law named after the documents that
guide it (`các văn bản hướng dẫn thi hành`, `les textes d'application de`, `the guiding decrees of`): guides, the
convention of docs/quality.md "Conventions reconciled (references, round 27)". Literal cases written for this file (no
sentence of the rounds' pages) and look-alikes. docs/quality.md "Round 27's left classes (references, not blind)"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _relations(text, lang):
    return [(r.text, r.relation) for r in find_references(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # the documents to draft or issue that guide a law: the law is guided, whoever drafts them
    ("Bộ Tư pháp khẩn trương ban hành các văn bản hướng dẫn chi tiết Luật Hợp tác xã năm 2023.", "vi",
     [("Luật Hợp tác xã năm 2023", "guides")]),
    ("Tỉnh rà soát các văn bản hướng dẫn thi hành Luật Đất đai năm 2024 trong quý IV.", "vi",
     [("Luật Đất đai năm 2024", "guides")]),
    ("Le ministre demande de publier vite les textes d'application de la loi sur les coopératives de 2023.", "fr",
     [("loi sur les coopératives de 2023", "guides")]),
    ("Les textes d’application de la loi foncière de 2024 sont en retard.", "fr",
     [("loi foncière de 2024", "guides")]),
    ("The new decree replaces six guiding decrees of the previous Law on Cooperatives 2012.", "en",
     [("Law on Cooperatives 2012", "guides")]),
    ("The issuance of detailed regulations for implementing the Law on Cooperatives 2023 was slow.", "en",
     [("Law on Cooperatives 2023", "guides")]),
    ("Ministries drafted guiding documents for the Land Law 2024 in March.", "en",
     [("Land Law 2024", "guides")]),
    # look-alikes: the same words without documents before the law, or another noun, keep cites
    ("Bản hướng dẫn chi tiết việc áp dụng Luật Đất đai năm 2024 được phát cho người dân.", "vi",
     [("Luật Đất đai năm 2024", "cites")]),
    ("Les textes d'application ont été publiés ; la loi sur les coopératives de 2023 est en vigueur.", "fr",
     [("loi sur les coopératives de 2023", "cites")]),
    ("The guiding principles of the Land Law 2024 were discussed.", "en", [("Land Law 2024", "cites")]),
    ("Detailed regulations were issued last year; the Land Law 2024 applies.", "en", [("Land Law 2024", "cites")]),
    # controls: the text's own guiding verb, unchanged
    ("Thông tư này hướng dẫn thi hành Luật Hợp tác xã năm 2023.", "vi", [("Luật Hợp tác xã năm 2023", "guides")]),
    ("Pending decrees guiding the implementation of the Land Law 2024, the ministry instructs.", "en",
     [("Land Law 2024", "guides")]),
])
def test_a_law_named_after_the_documents_that_guide_it_is_guided(text, lang, expected):
    assert _relations(text, lang) == expected


def _ids(text, lang):
    return [(r.text, r.id) for r in find_references(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a short title with a space lost where its words meet: after a small letter before a capital, or right
    # after the law's type word
    ("Le Codepénal de 2015 prévoit cette peine.", "fr", [("Codepénal de 2015", "Bộ luật Hình sự 2015")]),
    ("Selon le CodeCivil de 2015, le contrat est nul.", "fr", [("CodeCivil de 2015", "Bộ luật Dân sự 2015")]),
    ("Theo Bộ luậtHình sự năm 2015, hành vi này bị xử lý.", "vi", [("Bộ luậtHình sự năm 2015", "Bộ luật Hình sự 2015")]),
    ("Căn cứ Luậtđất đai năm 2013, hộ gia đình được cấp.", "vi", [("Luậtđất đai năm 2013", "Luật Đất đai 2013")]),
    ("Under the LandLaw 2013, households were granted land.", "en", [("LandLaw 2013", "Luật Đất đai 2013")]),
    ("Enligt vietnamesiskaBrottsbalken straffas han.", "sv", [("vietnamesiskaBrottsbalken", "Bộ luật Hình sự")]),
    # look-alikes: a glued short name without a capital or type word at the junction stays out
    ("Bà Luật Thúy năm 2015 đến dự.", "vi", []),
    ("The Landlaw 2013 firm opened an office.", "en", []),
    ("La loi surles entreprises de 2020.", "fr", []),
    ("Enligt vietnamesiskabrottsbalken straffas han.", "sv", []),
    # controls: the same titles spaced
    ("Le Code pénal de 2015 prévoit cette peine.", "fr", [("Code pénal de 2015", "Bộ luật Hình sự 2015")]),
    ("Theo Bộ luật Hình sự năm 2015, hành vi này bị xử lý.", "vi", [("Bộ luật Hình sự năm 2015", "Bộ luật Hình sự 2015")]),
])
def test_a_short_title_glued_where_its_words_meet(text, lang, expected):
    assert _ids(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the type word alone opening a sentence as the subject saying what the document named before it says
    ("Nghị định số 15/2022/NĐ-CP ngày 28/1/2022 quy định chính sách miễn thuế. Theo Nghị định, hộ gia đình được "
     "miễn thuế.", "vi", [("Nghị định số 15/2022/NĐ-CP", "15/2022/NĐ-CP"), ("Theo Nghị định", "15/2022/NĐ-CP")]),
    ("The Government issued Decree No. 15/2022/ND-CP. The decree provides tax exemptions for households.", "en",
     [("Decree No. 15/2022/ND-CP", "15/2022/NĐ-CP"), ("The decree", "15/2022/NĐ-CP")]),
    ("Decree No. 15/2022/ND-CP has three parts. Scope: The decree provides tax exemptions for households.", "en",
     [("Decree No. 15/2022/ND-CP", "15/2022/NĐ-CP"), ("The decree", "15/2022/NĐ-CP")]),
    # look-alikes: no document of that type before it, lower case, another verb, or no comma after "Theo Nghị định"
    ("Theo Nghị định, hộ gia đình được miễn thuế.", "vi", []),
    ("Nghị định số 15/2022/NĐ-CP ngày 28/1/2022 quy định chính sách. Theo nghị định, hộ gia đình được miễn thuế.",
     "vi", [("Nghị định số 15/2022/NĐ-CP", "15/2022/NĐ-CP")]),
    ("The Government issued Decree No. 15/2022/ND-CP. The decree was criticised by experts.", "en",
     [("Decree No. 15/2022/ND-CP", "15/2022/NĐ-CP")]),
    ("The decree provides tax exemptions for households.", "en", []),
    # French keeps its prose repeats out (round 27's French gold: 'La circulaire précise' is no reference)
    ("Le gouvernement a publié le décret n° 15/2022/ND-CP. Le décret entre en vigueur le 1er mars.", "fr",
     [("décret n° 15/2022/ND-CP", "15/2022/NĐ-CP")]),
])
def test_a_type_word_alone_as_the_subject_opening_a_sentence(text, lang, expected):
    assert _ids(text, lang) == expected
