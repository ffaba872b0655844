import pytest

from nlp import segment


@pytest.mark.parametrize(
    "lang, text, count",
    [
        ("en", "The Government Office issued Notice No. 678/TB-VPCP dated December 9, 2025. It concluded the forum.", 2),  # No. is no sentence end
        ("en", "Mr. Huynh Dang Khoa said so. The Cooperative agreed.", 2),
        ("vi", "Thủ tướng chủ trì Diễn đàn. Bộ Tài chính báo cáo kết quả.", 2),
        ("vi", "Theo TS. Nguyễn Văn A, hợp tác xã phát triển tốt.", 1),  # TS. is a title
        ("fr", "Le vice-Premier ministre a demandé des efforts. Les coopératives sont au cœur du système.", 2),
        ("sv", "Kooperativen har ökat intäkterna med 25–30 %. Den genomsnittliga inkomsten är cirka 45 miljoner VND/år.", 2),
    ],
)
def test_sentence_count(lang, text, count):
    sentences = segment.sentences(text, [lang], lang)
    assert len(sentences) == count, [text[s.start:s.end] for s in sentences]


def test_line_break_ends_sentence_and_offsets_index_text():
    text = "I. ĐÁNH GIÁ CHUNG\n1. Thủ tướng ghi nhận kết quả. Bộ Kế hoạch và Đầu tư báo cáo."
    sentences = segment.sentences(text, ["vi", "vi"], "vi")
    assert [text[s.start:s.end] for s in sentences] == [
        "I. ĐÁNH GIÁ CHUNG", "1. Thủ tướng ghi nhận kết quả.", "Bộ Kế hoạch và Đầu tư báo cáo."]


def test_pipelines_are_loaded_once():
    assert segment.pipeline("sv") is segment.pipeline("sv")
    assert segment.pipeline("zz") is segment.pipeline("xx")  # any other language: multi-language pipeline
