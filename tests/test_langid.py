import pytest

from nlp import langid
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    "seed, language",
    [
        ("000", "en"),
        ("001", "en"),  # English page with Vietnamese site chrome lines
        ("002", "fr"),
        ("003", "sv"),
        ("004", "vi"),
    ],
)
def test_seed_documents_get_their_language(seed, language):
    import extract

    doc = extract.document(SEEDS[seed].read_bytes())
    assert doc.language == language


@pytest.mark.parametrize(
    "text, language",
    [
        ("Chính phủ ban hành Nghị định về phát triển hợp tác xã nông nghiệp", "vi"),
        ("The Ministry of Finance shall preside over the review of regulations", "en"),
        ("Le ministère des Finances est chargé de réviser les règlements", "fr"),
        ("Kooperativen har bidragit till att lösa många begränsningar i hushållens ekonomi", "sv"),
        ("Hittills har hela provinsen 980 OCOP-produkter med 3 stjärnor eller mer", "sv"),  # often read as Norwegian
        ("Det genomsnittliga inkomsten för varje medlem är cirka 45 miljoner VND per år", "sv"),
        ("Die Regierung hat heute ein neues Gesetz über Genossenschaften verabschiedet", "de"),  # other languages by code
    ],
)
def test_snippet_language(text, language):
    assert langid.detect(text).language == language


@pytest.mark.parametrize("text", ["", "   ", "12/2025 - 3", "OK"])
def test_unknowable_is_und(text):
    assert langid.detect(text).language == langid.UNKNOWN


def test_detection_is_deterministic():
    text = "Under perioden 2020 till 2025 har den provinsiella folkkommittén uppmärksammat stödet"
    assert len({langid.detect(text).language for _ in range(5)}) == 1


def test_short_chrome_line_does_not_change_document_language():
    text = "\n".join([
        "Báo Vĩnh Long - Tin tức mới nhất",  # site chrome in Vietnamese
        "Trang chủ | Thời sự | Kinh tế",
        "The linkage between cooperatives and enterprises brings many benefits to the participating parties.",
        "Many cooperatives believe that cooperation with enterprises has helped members save production costs.",
    ])
    language, paragraphs = langid.detect_document(text)
    assert language == "en"
    assert paragraphs[0] == "vi"
