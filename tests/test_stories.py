"""Stories: syndicated copies within a language, the same report across languages through the facts
that survive translation, and what must stay apart (same topic, other event; far apart in time)."""
from __future__ import annotations

import pytest

from nlp.stories import StoryDocument, StorySettings, fact_features, stories, story_pairs
from tests.conftest import DEV_ARTICLES
from tests.research_helpers import add_document, assign, fig, ingest_process_and_refresh_stories, ref

# one report of a (made-up) decree in four languages: different words, the same facts
DECREE = dict(references=["45/2026/NĐ-CP"], figures=[12000.0, 3.5e12, 2030.0], agencies=["MAE", "MOF", "PROVINCES"],
              provinces=["86"])
VI = ("Chính phủ ban hành Nghị định 45/2026/NĐ-CP hỗ trợ 12.000 hợp tác xã nông nghiệp với tổng vốn 3.500 tỷ đồng "
      "giai đoạn 2026-2030. Bộ Nông nghiệp và Môi trường chủ trì, Bộ Tài chính bố trí kinh phí; tỉnh Vĩnh Long thí điểm.")
EN = ("The Government issued Decree 45/2026/ND-CP supporting 12,000 agricultural cooperatives with VND 3.5 trillion "
      "in the 2026-2030 period. The Ministry of Agriculture and Environment leads, the Ministry of Finance allocates "
      "funds, and Vinh Long province pilots the scheme.")
FR = ("Le Gouvernement a publié le décret 45/2026/ND-CP qui soutient 12 000 coopératives agricoles avec 3 500 milliards "
      "de dôngs pour la période 2026-2030. Le ministère de l'Agriculture et de l'Environnement pilote, le ministère des "
      "Finances alloue les fonds et la province de Vinh Long expérimente le dispositif.")
SV = ("Regeringen utfärdade dekret 45/2026/ND-CP som stöder 12 000 jordbrukskooperativ med 3 500 miljarder VND under "
      "perioden 2026–2030. Jordbruks- och miljöministeriet leder, finansministeriet fördelar medlen och provinsen "
      "Vinh Long testar programmet.")
# another event in the same policy thread, reported in English and Vietnamese
OTHER_EN = ("The Prime Minister chaired a conference on land law implementation in 2025, asking the Ministry of "
            "Agriculture and Environment to finish land price tables for 63 provinces before July 2025.")
OTHER_VI = ("Thủ tướng chủ trì hội nghị triển khai Luật Đất đai năm 2025, yêu cầu Bộ Nông nghiệp và Môi trường hoàn "
            "thành bảng giá đất cho 63 tỉnh trước tháng 7 năm 2025.")
OTHER = dict(references=["Luật Đất đai 2024"], figures=[63.0], agencies=["PM", "MAE"], provinces=[])


def doc(i, lang, text, published="2026-03-02", **facts):
    return StoryDocument(id=i, language=lang, text=text, published=published, **facts)


@pytest.fixture(scope="module")
def settings():
    return StorySettings.from_config()


def test_one_report_in_four_languages_is_one_story(settings):
    docs = [doc(1, "vi", VI, **DECREE), doc(2, "en", EN, published="2026-03-03", **DECREE),
            doc(3, "fr", FR, published="2026-03-04", **DECREE), doc(4, "sv", SV, published="2026-03-05", **DECREE),
            doc(5, "en", OTHER_EN, **OTHER), doc(6, "vi", OTHER_VI, **OTHER)]
    result = stories(docs, settings)
    assert result[1] == result[2] == result[3] == result[4] == 1  # the smallest id names the story
    assert result[5] == result[6] == 5  # the other event, in two languages, is its own story
    assert result[5] != result[1]


def test_partial_facts_still_join_across_languages(settings):
    # the French copy lost the figures and one agency in translation: references and provinces remain
    docs = [doc(1, "vi", VI, **DECREE),
            doc(2, "fr", FR, references=["45/2026/NĐ-CP"], figures=[], agencies=["MAE"], provinces=["86"]),
            doc(3, "en", OTHER_EN, **OTHER)]
    assert story_pairs(stories(docs, settings)) == {frozenset({1, 2})}


def test_far_apart_in_time_is_not_one_story(settings):
    docs = [doc(1, "vi", VI, published="2026-03-02", **DECREE), doc(2, "en", EN, published="2026-06-30", **DECREE)]
    assert story_pairs(stories(docs, settings)) == set()


def test_one_shared_year_is_not_a_story(settings):
    # both say 2030 and nothing else in common: too few features to match across languages
    docs = [doc(1, "vi", "Mục tiêu đến năm 2030 là phát triển kinh tế tập thể."),
            doc(2, "sv", "Målet till 2030 är att utveckla kooperativen.")]
    assert story_pairs(stories(docs, settings)) == set()


def test_syndicated_copy_is_one_story_and_a_topic_neighbour_is_not(settings):
    body = (
        "Sáng 12/3, UBND tỉnh Vĩnh Long tổ chức hội nghị tổng kết mô hình liên kết giữa hợp tác xã và doanh "
        "nghiệp trong sản xuất lúa gạo. Theo báo cáo, toàn tỉnh có 45 hợp tác xã tham gia chuỗi giá trị, "
        "diện tích liên kết đạt 12.000 ha, lợi nhuận của xã viên tăng 20% so với sản xuất nhỏ lẻ. Phó Chủ "
        "tịch UBND tỉnh đề nghị các sở, ngành tiếp tục hỗ trợ vốn, đào tạo cán bộ quản lý và xây dựng "
        "thương hiệu cho sản phẩm nông nghiệp của địa phương trong năm 2026.")
    copy = "Liên kết hợp tác xã và doanh nghiệp: hướng đi bền vững\n" + body.replace("Sáng 12/3", "Ngày 12/3") + \
        "\nNguồn: Báo Vĩnh Long"
    neighbour = (
        "Tỉnh Đồng Tháp vừa ban hành kế hoạch phát triển kinh tế tập thể năm 2026, trong đó ưu tiên hỗ trợ hợp "
        "tác xã ứng dụng công nghệ cao, chuyển đổi số và tiếp cận tín dụng ưu đãi. Sở Nông nghiệp và Môi trường "
        "được giao hướng dẫn các hợp tác xã xây dựng phương án sản xuất kinh doanh và liên kết tiêu thụ.")
    docs = [doc(1, "vi", body), doc(2, "vi", copy, published="2026-03-03"), doc(3, "vi", neighbour)]
    assert story_pairs(stories(docs, settings)) == {frozenset({1, 2})}


def test_fact_features_are_language_independent():
    vi = fact_features(doc(1, "vi", "giai đoạn 2026 - 2030", **DECREE))
    fr = fact_features(doc(2, "fr", "pour la période 2026–2030", **DECREE))
    assert vi == fr
    assert "period=2026-2030" in vi and "ref=45/2026/NĐ-CP" in vi and "agency=MAE" in vi and "province=86" in vi


def test_seed_corpus_english_and_french_reports_are_one_story(seed_corpus):
    from corpus import open_db

    db = open_db(seed_corpus, readonly=True)
    story = {row[0].rsplit("/", 1)[-1][:3]: row[1] for row in db.execute("select url, story_id from documents")}
    assert story["000"] == story["002"]  # the Government Office notice, in English and in French
    assert len({story["000"], story["001"], story["003"], story["004"]}) == 4  # the others are separate


def test_corpus_refresh_and_coverage_count_stories(tmp_path):
    from corpus import open_db
    from corpus.coverage import coverage
    from corpus.process import _after_processing

    db = open_db(tmp_path / "stories.db")
    ids = [
        add_document(db, "http://127.0.0.1/vi", VI, language="vi", published="2026-03-02",
                     references=[ref("45/2026/NĐ-CP")], figures=[fig(12000), fig(3.5e12)],
                     assignments=[assign("MAE"), assign("MOF", "coordinate")]),
        add_document(db, "http://127.0.0.1/en", EN, language="en", published="2026-03-03",
                     references=[ref("45/2026/NĐ-CP")], figures=[fig(12000), fig(3.5e12)],
                     assignments=[assign("MAE"), assign("MOF", "coordinate")]),
        add_document(db, "http://127.0.0.1/other", OTHER_EN, language="en", published="2026-03-02",
                     references=[ref("Luật Đất đai 2024")], figures=[fig(63)], assignments=[assign("PM")]),
    ]
    _after_processing(db)
    story = dict(db.execute("select id, story_id from documents").fetchall())
    assert story[ids[0]] == story[ids[1]] == ids[0]
    assert story[ids[2]] == ids[2]
    pages = coverage(db, "month", queries=["45/2026"]).rows
    told = coverage(db, "month", queries=["45/2026"], stories=True).rows
    assert [(r.key, r.counts["45/2026"], r.total) for r in pages] == [("2026-03", 2, 3)]
    assert [(r.key, r.counts["45/2026"], r.total) for r in told] == [("2026-03", 1, 2)]


def test_a_large_corpus_reclusters_only_the_months_a_run_touched(tmp_path, monkeypatch):
    from corpus import open_db
    from corpus import stories as corpus_stories
    from nlp import config

    plain_get_int = config.get_int
    monkeypatch.setattr(config, "get_int", lambda section, key: 3 if (section, key) == ("stories", "block_size")
                        else plain_get_int(section, key))
    db = open_db(tmp_path / "months.db")
    decree = dict(references=[ref("45/2026/NĐ-CP")], figures=[fig(12000), fig(3.5e12)],
                  assignments=[assign("MAE"), assign("MOF", "coordinate")])
    land = dict(references=[ref("Luật Đất đai 2024")], figures=[fig(63)], assignments=[assign("PM"), assign("MAE")])
    vi = add_document(db, "http://127.0.0.1/vi", VI, language="vi", published="2026-03-02", **decree)
    en = add_document(db, "http://127.0.0.1/en", EN, language="en", published="2026-03-03", **decree)
    other_en = add_document(db, "http://127.0.0.1/o-en", OTHER_EN, language="en", published="2026-04-02", **land)
    other_vi = add_document(db, "http://127.0.0.1/o-vi", OTHER_VI, language="vi", published="2026-04-02", **land)

    first = corpus_stories.refresh(db)  # more documents than a block: month by month, every month
    assert set(first) == {vi, en, other_en, other_vi}
    assert first[vi] == first[en] == vi and first[other_en] == first[other_vi] == other_en
    assert corpus_stories.refresh(db) == {}  # nothing new: nothing re-clustered

    fr = add_document(db, "http://127.0.0.1/fr", FR, language="fr", published="2026-03-04", **decree)
    again = corpus_stories.refresh(db)
    assert set(again) == {vi, en, fr}  # only March, the month that gained a document
    story = dict(db.execute("select id, story_id from documents").fetchall())
    assert story[fr] == story[vi] == story[en] == vi and story[other_vi] == other_en

    with db.conn:
        for table in ("mentions", "figures", "assignments", "document_provinces", "documents"):
            db.execute(f"delete from {table} where {'id' if table == 'documents' else 'document_id'} = ?", [vi])
    assert set(corpus_stories.refresh(db)) == {en, fr}  # March lost a document: its stories are renamed
    assert dict(db.execute("select id, story_id from documents").fetchall())[fr] == en


@pytest.mark.skipif(not DEV_ARTICLES.exists(), reason="../shared/dev not present")
def test_incremental_stories_equal_a_full_rebuild_on_real_articles(tmp_path, monkeypatch):
    """Real articles (the five seeds in four languages, 24 Vietnamese press articles) processed in
    three runs, stories refreshed after each as processing does, in blocks of 6: each run
    re-clusters only the blocks its documents changed, and the story ids are those of a rebuild of
    the whole corpus from nothing."""
    from corpus import open_db
    from corpus import stories as corpus_stories
    from corpus import process as processing
    from nlp import config
    from tests.conftest import SAMPLE

    monkeypatch.setattr(processing, "AFTER_PROCESSING", [])  # refreshed here, to see what each run re-clusters
    plain_get_int = config.get_int
    monkeypatch.setattr(config, "get_int", lambda section, key: 6 if (section, key) == ("stories", "block_size")
                        else plain_get_int(section, key))
    articles = sorted(DEV_ARTICLES.glob("baomoi_*.txt"))[:24]

    def run(db, files: list, name: str) -> dict[int, int]:
        return ingest_process_and_refresh_stories(db, tmp_path / name, files)

    db = open_db(tmp_path / "runs.db")
    first = run(db, sorted(SAMPLE.glob("*.txt")) + articles[:16], "run1")
    assert len(first) == 21  # every document: the first run clusters all (undated: one month, 4 blocks)
    # a lightly edited reprint of an article of the last block joins it, in the next run
    reprint = ("a_reprint.txt", articles[15].read_text(encoding="utf-8") + "\nNguồn: tổng hợp từ báo chí trong nước.")
    second = run(db, articles[16:] + [reprint], "run2")
    ids = dict(db.execute("select id, story_id from documents").fetchall())
    assert len(ids) == 30 and set(second) == set(sorted(ids)[18:])  # blocks 1-3 kept; 4 gained 3, 5 is new
    by_url = dict(db.execute("select url, id from documents").fetchall())
    reprinted = next(i for u, i in by_url.items() if u.endswith("a_reprint.txt"))
    original = next(i for u, i in by_url.items() if u.endswith(articles[15].name))
    assert ids[reprinted] == ids[original]
    with db.conn:  # a document of the first block goes
        gone = sorted(ids)[2]
        for table in ("mentions", "figures", "assignments", "document_provinces", "documents"):
            db.execute(f"delete from {table} where {'id' if table == 'documents' else 'document_id'} = ?", [gone])
    third = run(db, [], "run3")
    assert set(third) == set(sorted(ids)[:2] + sorted(ids)[3:])  # every block after it shifted by one
    incremental = dict(db.execute("select id, story_id from documents").fetchall())

    with db.conn:  # the same corpus, its stories rebuilt from nothing
        db.execute("delete from stories_done")
        db.execute("update documents set story_id = null")
    assert len(corpus_stories.refresh(db)) == 29
    assert dict(db.execute("select id, story_id from documents").fetchall()) == incremental
    assert len(set(incremental.values())) < len(incremental)  # some stories hold several articles


def test_the_cognate_voice_is_computed_only_between_two_cognate_languages(settings, monkeypatch):
    """Character n-grams score pairs of two different cognate languages only (a pair within one
    language takes the shingle score): Vietnamese and English reports alone never compute them, and
    English and French ones do."""
    from nlp import stories as story_module

    vi_en = [doc(1, "vi", VI, **DECREE), doc(2, "en", EN, **DECREE), doc(3, "en", OTHER_EN, **OTHER)]
    computed = []
    plain = story_module.cognate_vectors  # the n-grams of the block's cognate texts (cognate_scores_of_pairs)
    monkeypatch.setattr(story_module, "cognate_vectors", lambda texts: computed.append(len(texts)) or plain(texts))
    assert stories(vi_en, settings) == {1: 1, 2: 1, 3: 3}
    assert computed == []
    assert stories(vi_en + [doc(4, "fr", FR, **DECREE)], settings) == {1: 1, 2: 1, 3: 3, 4: 1}
    assert computed == [3]
