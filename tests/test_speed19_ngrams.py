"""Issue 18's nineteenth speed pass: the stories keep each document's character n-gram counts
(``story_shingles.char_ngrams``) as they keep its word shingles: a kept row gives the matrix of the text it was counted
from, and a later run counts only its new documents' and gives the stories of a rebuild (README, "Processing speed")."""
from __future__ import annotations

import numpy as np
import pytest

from nlp import stories
from nlp.fold import fold
from tests.test_stories import DECREE, EN, FR, SV  # one made-up decree reported in the stories' languages


NGRAM_TEXTS = [
    "", "a", "ab", "abcd", "abcde", "The Ministry of Finance shall report by 30 June 2026.",
    "Le ministère  des Finances\n\nrendra compte d'ici fin 2025 — l’État, 3 000 000 €.",
    "Regeringen ger Länsstyrelsen i uppdrag att redovisa senast den 1 mars 2026.",
    "Ủy ban nhân dân tỉnh Lào Cai giao Sở Tài chính chủ trì\ttrước ngày 15/12/2025.",
]


@pytest.mark.parametrize("text", NGRAM_TEXTS)
def test_a_counted_row_packs_and_unpacks_to_itself(text):
    from corpus import stories as corpus_stories

    row = stories.char_ngram_row(fold(text))
    assert corpus_stories._unpack_ngrams(corpus_stories._pack_ngrams(row)) == row
    assert all("\n" not in gram for gram in row.grams)


def test_cognate_vectors_of_kept_rows_are_those_of_the_texts():
    folded = [fold(t) for t in NGRAM_TEXTS if t.strip()]
    from corpus import stories as corpus_stories

    plain = stories.cognate_vectors(folded)
    kept = [corpus_stories._unpack_ngrams(corpus_stories._pack_ngrams(stories.char_ngram_row(t))) for t in folded]
    for given in (kept, [kept[0], *folded[1:3], *kept[3:]]):  # every row kept, or some
        fast = stories.cognate_vectors(given)
        assert fast.shape == plain.shape
        assert np.array_equal(fast.indptr, plain.indptr) and np.array_equal(fast.indices, plain.indices)
        assert np.array_equal(fast.data, plain.data)




def test_documents_keep_their_counted_ngrams_and_stories_are_those_of_texts(monkeypatch):
    """``similarity`` counts a cognate document's n-grams once and leaves them on it; given back (a later run's
    kept rows), the stories are the same and nothing is counted again."""
    counted = []
    plain_row = stories.char_ngram_row
    monkeypatch.setattr(stories, "char_ngram_row", lambda folded: counted.append(folded) or plain_row(folded))

    def block():
        return [stories.StoryDocument(1, "en", EN, "2026-03-02", **DECREE), stories.StoryDocument(2, "fr", FR, "2026-03-02", **DECREE),
                stories.StoryDocument(3, "sv", SV, "2026-03-02", **DECREE)]

    settings = stories.StorySettings.from_config()
    first = block()
    fresh = stories.stories(first, settings)
    assert len(counted) == 3 and all(d.char_ngrams is not None for d in first)
    again = block()
    for doc, before in zip(again, first):
        doc.char_ngrams = before.char_ngrams
    counted.clear()
    assert stories.stories(again, settings) == fresh and counted == []


def test_a_later_run_reads_kept_ngrams_and_gives_the_stories_of_a_rebuild(tmp_path, monkeypatch):
    """A corpus of one block with an English, a French and a Swedish report of one decree: the first run counts
    their n-grams and keeps them; the second (one document reprocessed, one added) counts only those two, reads the
    others' kept rows, and gives the story ids of a rebuild from nothing; a table of shingles from before the column
    is given it."""
    from corpus import open_db
    from corpus import process as processing
    from corpus import stories as corpus_stories
    from tests.research_helpers import ingest_process_and_refresh_stories, stories_rebuilt_from_nothing

    monkeypatch.setattr(processing, "AFTER_PROCESSING", [])
    counted = []
    plain_row = stories.char_ngram_row
    monkeypatch.setattr(stories, "char_ngram_row", lambda folded: counted.append(folded) or plain_row(folded))
    db = open_db(tmp_path / "runs.db")
    ingest_process_and_refresh_stories(db, tmp_path / "run1", [("en.txt", EN), ("fr.txt", FR)],
                                       before_refresh=counted.clear)
    first_count = len(counted)
    kept = db.execute(f"select count(*) from {corpus_stories.SHINGLES} where char_ngrams is not null").fetchone()[0]
    assert first_count == kept == 2  # the English and French reports share the decree: a cognate pair
    ingest_process_and_refresh_stories(db, tmp_path / "run2", [("sv.txt", SV)], before_refresh=counted.clear)
    assert len(counted) == 1  # the new Swedish report's alone
    incremental = dict(db.execute("select id, story_id from documents").fetchall())
    assert stories_rebuilt_from_nothing(db) == incremental  # the same corpus, its stories rebuilt from nothing

    old = open_db(tmp_path / "old.db")  # a table of shingles made before the column: read, then given it
    old.execute(f"create table [{corpus_stories.SHINGLES}] (document_id integer primary key, processed_at text, "
                f"shingles blob not null)")
    ingest_process_and_refresh_stories(old, tmp_path / "run3", [("en.txt", EN), ("fr.txt", FR)])
    columns = {row[1] for row in old.execute(f"pragma table_info([{corpus_stories.SHINGLES}])")}
    assert "char_ngrams" in columns
