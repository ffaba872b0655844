from extract.reflow import is_hard_wrapped, reflow


def test_notice_is_reflowed_without_gluing_headings(seed_texts):
    text = reflow(seed_texts["004"])
    lines = text.split("\n")
    assert "I. ĐÁNH GIÁ CHUNG" in lines  # heading alone
    assert "b) Về kết quả đạt được" in lines  # short title not glued to its body
    assert "III. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ TẠI DIỄN ĐÀN" in lines
    # a sentence broken over lines (and over a blank line) becomes one paragraph
    assert any(line.startswith("1. Bộ Kế hoạch và Đầu tư – Cơ quan thường trực Ban Chỉ đạo quốc gia về kinh tế tập thể") for line in lines)
    assert "3" not in lines  # page number dropped
    assert len(lines) < len(seed_texts["004"].split("\n")) / 3


def test_flowing_text_is_left_alone(seed_texts):
    for key in ("000", "002", "003"):
        assert reflow(seed_texts[key]) == seed_texts[key]
        assert not is_hard_wrapped(seed_texts[key].split("\n"))


def test_short_list_is_not_reflowed():
    text = "- Bộ Tài chính;\n- Bộ Tư pháp;\n- Văn phòng Chính phủ."
    assert reflow(text) == text
