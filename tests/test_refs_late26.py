"""The references classes round 26 left (issue #14), taken up not blind: a word of revision in a list's plural head
word carried to every item (`plusieurs lois révisées relatives à la qualité des produits, aux normes …`: each the
law of the text's year amending it). Literal cases written for this file (no sentence of the round's pages) and
look-alikes. docs/quality.md "Round 26, references after the fixes (not blind)", "Later, not blind"."""
from __future__ import annotations

import pytest

from extract.refs import find_references

QUALITY, STANDARDS = "Luật Chất lượng sản phẩm, hàng hóa", "Luật Tiêu chuẩn và quy chuẩn kỹ thuật"
ENERGY = "Luật Sử dụng năng lượng tiết kiệm và hiệu quả"
AMENDING = "Luật sửa đổi, bổ sung một số điều của"


def _resolved(text, lang, published):
    return [(r.text, r.id, r.resolved) for r in find_references(text, lang=lang, published=published)]


@pytest.mark.parametrize("text, lang, published, expected", [
    # the head's revision word makes every item the amending law adopted within a year before the text
    ("Entrent en vigueur les lois révisées relatives à la qualité des produits et aux normes et règlements "
     "techniques.", "fr", "2026-01-02",
     [("qualité des produits", QUALITY, f"{AMENDING} {QUALITY} 2025"),
      ("normes et règlements techniques", STANDARDS, f"{AMENDING} {STANDARDS} 2025")]),
    ("Entrent en vigueur les lois modifiées sur la qualité des produits et sur l'utilisation efficace de "
     "l'énergie.", "fr", "2026-01-02",
     [("la qualité des produits", QUALITY, f"{AMENDING} {QUALITY} 2025"),
      ("l'utilisation efficace de l'énergie", ENERGY, f"{AMENDING} {ENERGY} 2025")]),
    ("Taking effect are the amended laws on Product and Goods Quality, and Standards and Technical Regulations.",
     "en", "2026-01-02",
     [("Product and Goods Quality", QUALITY, f"{AMENDING} {QUALITY} 2025"),
      ("Standards and Technical Regulations", STANDARDS, f"{AMENDING} {STANDARDS} 2025")]),
    ("Taking effect are the revised laws on Product and Goods Quality; and Energy Efficiency.", "en", "2026-01-02",
     [("Product and Goods Quality", QUALITY, f"{AMENDING} {QUALITY} 2025"),
      ("Energy Efficiency", ENERGY, f"{AMENDING} {ENERGY} 2025")]),
    ("Có hiệu lực: ba luật sửa đổi gồm Chất lượng sản phẩm, hàng hóa; Tiêu chuẩn và quy chuẩn kỹ thuật và Sử dụng "
     "năng lượng tiết kiệm và hiệu quả.", "vi", "2026-01-02",
     [("Chất lượng sản phẩm, hàng hóa", QUALITY, f"{AMENDING} {QUALITY} 2025"),
      ("Tiêu chuẩn và quy chuẩn kỹ thuật", STANDARDS, f"{AMENDING} {STANDARDS} 2025"),
      ("Sử dụng năng lượng tiết kiệm và hiệu quả", ENERGY, f"{AMENDING} {ENERGY} 2025")]),
    # controls, the same before: no revision word, the versions in force at the text's date
    ("Entrent en vigueur les lois relatives à la qualité des produits et aux normes et règlements techniques.",
     "fr", "2026-01-02",
     [("qualité des produits", QUALITY, f"{QUALITY} 2007"), ("normes et règlements techniques", STANDARDS,
                                                             f"{STANDARDS} 2006")]),
    ("Taking effect are the laws on Product and Goods Quality, and Standards and Technical Regulations.", "en",
     "2026-01-02",
     [("Product and Goods Quality", QUALITY, f"{QUALITY} 2007"),
      ("Standards and Technical Regulations", STANDARDS, f"{STANDARDS} 2006")]),
    # look-alikes: a revised list in a text no amending law precedes by a year is a draft's (none); subjects that
    # name no law are no list; the amending laws' own words open no list
    ("Le Parlement examine les lois révisées relatives à la qualité des produits et aux normes et règlements "
     "techniques.", "fr", "2015-05-04",
     [("qualité des produits", QUALITY, None), ("normes et règlements techniques", STANDARDS, None)]),
    ("Des lois révisées relatives aux salaires et aux primes.", "fr", "2026-01-02", []),
    ("Các luật sửa đổi, bổ sung một số điều có hiệu lực.", "vi", "2026-01-02", []),
])
def test_a_revision_word_in_a_list_head_makes_every_item_revised(text, lang, published, expected):
    assert _resolved(text, lang, published) == expected


FIFTEEN = "Luật sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp và môi trường"


@pytest.mark.parametrize("text, lang, expected", [
    # an amending law named by the count of laws it amends and their fields (the table's 2025 law)
    ("Le 11 décembre 2025, l'Assemblée a adopté la Loi modifiant et complétant certains articles de 15 lois dans "
     "les domaines de l'agriculture et de l'environnement.", "fr",
     [("Loi modifiant et complétant certains articles de 15 lois dans les domaines de l'agriculture et de "
       "l'environnement", FIFTEEN, f"{FIFTEEN} 2025")]),
    ("La loi modifiant et complétant certaines dispositions de 15 lois dans les domaines de l’agriculture et de "
     "l’environnement est adoptée.", "fr",
     [("loi modifiant et complétant certaines dispositions de 15 lois dans les domaines de l’agriculture et de "
       "l’environnement", FIFTEEN, f"{FIFTEEN} 2025")]),
    ("The National Assembly passed the Law Amending and Supplementing a Number of Articles of 15 Laws in the "
     "Fields of Agriculture and Environment.", "en",
     [("Law Amending and Supplementing a Number of Articles of 15 Laws in the Fields of Agriculture and "
       "Environment", FIFTEEN, f"{FIFTEEN} 2025")]),
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp và môi trường.",
     "vi", [(FIFTEEN, FIFTEEN, f"{FIFTEEN} 2025")]),
    # look-alikes: a count the table does not give, or the laws' count without the amending law's words
    ("la Loi modifiant et complétant certains articles de 12 lois dans les domaines de l'agriculture et de "
     "l'environnement.", "fr", []),
    ("Luật sửa đổi, bổ sung một số điều của 12 luật trong lĩnh vực nông nghiệp và môi trường.", "vi", []),
    ("Le gouvernement prépare des modifications de 15 lois dans les domaines de l'agriculture et de "
     "l'environnement.", "fr", []),
    ("Chính phủ rà soát 15 luật trong lĩnh vực nông nghiệp và môi trường.", "vi", []),
    ("Amendments to 15 laws in the fields of agriculture and environment are under review.", "en", []),
])
def test_an_amending_law_named_by_the_count_of_laws_it_amends(text, lang, expected):
    assert _resolved(text, lang, "2025-12-12") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a year-less name that is an item of a bulleted list of kinds of documents (a hierarchy of norms): no reference
    ("La hiérarchie des normes :\n- Les traités internationaux\n- La Constitution\n- Les lois et les résolutions "
     "de l’Assemblée nationale\n- Les décrets du gouvernement\n", "fr", []),
    ("The hierarchy of legal documents:\n- The Constitution;\n- Laws and resolutions of the National Assembly;\n"
     "- Decrees of the Government.\n", "en", []),
    ("Hệ thống văn bản quy phạm pháp luật gồm:\n- Hiến pháp;\n- Bộ luật, luật, nghị quyết của Quốc hội;\n- Nghị "
     "định của Chính phủ.\n", "vi", []),
    # controls, the same before: the next item names a law, or the list has no item after it
    ("Les textes applicables :\n- La Constitution\n- La Loi sur les entreprises 2020\n", "fr",
     [("Constitution", "Hiến pháp", "Hiến pháp 2013"),
      ("Loi sur les entreprises 2020", "Luật Doanh nghiệp 2020", "Luật Doanh nghiệp 2020")]),
    ("Căn cứ:\n- Hiến pháp;\n- Luật Đất đai 2024;\n", "vi",
     [("Hiến pháp", "Hiến pháp", "Hiến pháp 2013"), ("Luật Đất đai 2024", "Luật Đất đai 2024", "Luật Đất đai 2024")]),
    ("Under:\n- the Constitution;\n- the Law on Land 2024;\n", "en",
     [("Constitution", "Hiến pháp", "Hiến pháp 2013"), ("Law on Land 2024", "Luật Đất đai 2024", "Luật Đất đai 2024")]),
    ("La Constitution adoptée en 2013 fixe l'organisation de l'État.\n- Les lois lui sont inférieures.", "fr",
     [("Constitution", "Hiến pháp", "Hiến pháp 2013")]),
])
def test_a_name_in_a_bulleted_list_of_kinds_of_documents_is_no_reference(text, lang, expected):
    assert _resolved(text, lang, "2025-06-01") == expected
