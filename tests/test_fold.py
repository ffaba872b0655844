import pytest

from nlp.fold import fold


@pytest.mark.parametrize(
    "text, folded",
    [
        ("hợp tác xã", "hop tac xa"),  # tones and hooks go
        ("Nghị định", "nghi dinh"),  # đ has no decomposition: folded by the project
        ("ĐỒNG", "dong"),  # capital Đ with circumflex and grave
        ("Bộ Tài chính", "bo tai chinh"),
        ("coopératives", "cooperatives"),  # French accents
        ("kooperativa fackföreningar", "kooperativa fackforeningar"),  # Swedish ö
        ("Ålands", "alands"),  # Swedish å
        ("98/2018/NĐ-CP", "98/2018/nd-cp"),  # symbols keep their punctuation
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["Thủ tướng Chính phủ Phạm Minh Chính", "ﬁ ligature ½ Æ ß", "e\u0301 combining"])
def test_fold_keeps_every_offset(text):
    # one character for one character: offsets in folded text are offsets in the original
    assert len(fold(text)) == len(text)
