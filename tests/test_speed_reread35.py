"""Stop 42's read-again notes (issue #13), mended in stop 43 with the same output: the patterns the assignment readers
built at each call are built once a language (each compared with the plain reading it replaces, a regex for each word
of a list, on literal words and look-alikes in every language), and the province of a text that a body's kind reads is
found once a text."""
from __future__ import annotations

import re

import pytest

from extract.assign import common, frames
from extract.assign.common import phrases
from extract.assign.cues import cues, grammar, language_grammar, phrase, reading_unaccented

LANGS = ("vi", "en", "fr", "sv")


# --- the plain readings the cached patterns replace (as frames wrote them before stop 43) ---

def _plain_work_before_agent(before, c):
    clause = re.split(r"[,;:]", before)[-1]
    if not re.search(r"[^\W\d_]", clause):
        return False
    if any(re.match(rf"\s*{phrase(w)}(?![\w'])", clause) for w in c.data.get("possessive_phrase_openers") or []):
        return False
    return not any(re.search(rf"(?<![\w']){phrase(w)}(?![\w'])", clause) for w in c.data.get("lead_not_before") or [])


def _plain_work_told_of_after_lead(rest, c):
    clause = re.split(r"[,;:.\n]", rest, maxsplit=1)[0]
    words = (c.data.get("negations") or []) + (grammar(c.lang).get("lead_agent_around_statements") or [])
    return any(re.search(rf"(?<![\w']){phrase(w)}(?![\w'])", clause) for w in words)


def _plain_opens_with_continuation_opener(opening, c):
    words = c.data.get("continuation_openers") or []
    return bool(words) and re.match(rf"\s*(?:{phrases(words)})(?![\w'])", opening) is not None


def _plain_negation_at_end(before, c):
    return re.search(rf"(?<![\w'])(?:{'|'.join(phrase(w) for w in c.data.get('negations') or ['(?!)'])})\s+$", before)


def _words(lang, key):
    return [w for w in cues(lang).data.get(key) or [] if isinstance(w, str)]


def _texts(lang):
    """Words read by the readers: each word of the lists they match alone, inside words (look-alikes that must not
    match: ``x`` glued before and after), after a clause and a comma, and ending the words with a space."""
    words = {w for key in ("possessive_phrase_openers", "lead_not_before", "negations", "continuation_openers")
             for w in _words(lang, key)} | set(grammar(lang).get("lead_agent_around_statements") or [])
    texts = ["", " ", "x", "the work of the ministry ", "nhiệm vụ do ", "les travaux ", "arbetet "]
    for w in sorted(words):
        low = w.lower()
        texts += [low, f" {low} ", f"x{low}", f"{low}x ", f"kế hoạch, {low} dự án ", f"a plan {low} ", f"{low}, x"]
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_the_agents_clause_readers_are_the_plain_readings(lang):
    c = cues(lang)
    for text in _texts(lang):
        assert frames._work_before_agent(text, c) == _plain_work_before_agent(text, c), text
        assert frames._work_told_of_after_lead(text, c) == _plain_work_told_of_after_lead(text, c), text
        assert frames._opens_with_continuation_opener(text, c) == _plain_opens_with_continuation_opener(text, c), text
        assert bool(frames._negation_at_end(lang).search(text)) == bool(_plain_negation_at_end(text, c)), text


@pytest.mark.parametrize("lang", LANGS)
def test_the_readers_are_the_plain_readings_in_a_text_printed_without_accents(lang):
    """The accent-tolerant cues (French pages printed without accents) keep their word lists as written: the
    pattern built once a language reads both as the plain reading did."""
    unaccented_text = "les ministeres et les departements sont charges de " * 20
    with reading_unaccented(unaccented_text, lang):
        c = cues(lang)
        for text in _texts(lang):
            assert frames._work_before_agent(text, c) == _plain_work_before_agent(text, c), text
            assert frames._work_told_of_after_lead(text, c) == _plain_work_told_of_after_lead(text, c), text
            assert frames._opens_with_continuation_opener(text, c) == _plain_opens_with_continuation_opener(text, c)


# a few readings pinned by their sense (the data's words; look-alikes that must not fire)
@pytest.mark.parametrize("lang, before, work", [
    ("vi", "rà soát các quy định ", True),
    ("vi", "hội nghị ", False),  # a meeting's chair ("Hội nghị do … chủ trì"), no task led
    ("vi", "theo dự thảo nghị định ", False),  # a source cited (possessive_phrase_openers)
    ("vi", ", ", False),  # no word since the comma
    ("en", "review the legal system ", True),
    ("en", "the meeting ", False),
])
def test_work_before_agent(lang, before, work):
    assert frames._work_before_agent(before, cues(lang)) is work


def test_the_outside_list_joiner_is_the_one_built_at_each_call_before():
    """English alone reads names outside the table (grammar's ``outside_name_subjects``): its joiner as it was built
    from its list conjunction and article, ignoring case; no joiner elsewhere."""
    joiner = frames._outside_list_joiner("en")
    assert joiner.pattern == r"\s*(?:,\s*(?:(?:and)\s+)?|\s+(?:and)\s+)(?:(?:the)\s+)?" and joiner.flags & re.IGNORECASE
    assert [frames._outside_list_joiner(lang) for lang in ("vi", "fr", "sv")] == [None, None, None]


BUILDERS = [frames._possessive_phrase_opening, frames._lead_not_before_words, frames._negation_at_end,
            frames._work_statement_words, frames._continuation_opener_word, frames._outside_name_head,
            frames._outside_list_joiner, frames._pointing_list_intro]


@pytest.mark.parametrize("builder", BUILDERS, ids=lambda b: b.__name__)
def test_a_pattern_is_built_once_a_language(builder):
    """The same compiled pattern for one language read twice, another one (or None) for another language."""
    for lang in LANGS:
        assert builder(lang) is builder(lang)
    built = [builder(lang) for lang in LANGS]
    present = [b for b in built if b is not None]
    assert len({id(b) for b in present}) == len(present)


def test_the_english_outside_name_readers_have_their_patterns():
    assert frames._outside_name_head("en").match(", and the National Traffic Safety Committee")
    assert frames._outside_list_joiner("en").match(", the Police of districts")
    assert frames._outside_name_head("vi") is None  # the language has no outside_name_subjects
    assert frames._pointing_list_intro("en").fullmatch("they are:")
    assert not frames._pointing_list_intro("en").fullmatch("they are the results:")


@pytest.mark.parametrize("line, label", [
    ("Department of Construction: Guide the communes …", True),
    ("People's Committees of communes and wards: Continue …", True),
    ("Synthesize the report before 2:00 p.m. on July 24.", False),
    ("1. Department of Health: direct …", False),  # a marked item: no unmarked label
])
def test_an_unmarked_items_label(line, label):
    # (the label's pattern moved to common with under_an_assigning_colon in stop 48: speed40)
    assert bool(common._ITEM_LABEL.match(line)) is label


# --- the province of the text, found once a text (mentions.bodies_named_again's ``text_province`` entries) ---

PROVINCE_TEXT = ("Le Premier ministre s'est rendu samedi dans la province de Quang Tri pour inspecter les digues. Le "
                 "Premier ministre a demandé d'accélérer les travaux. La province doit achever la réparation des digues "
                 "d'ici le 30 juin 2025. La province doit aussi renforcer les digues. La province doit enfin "
                 "reloger les habitants d'ici le 31 juillet 2025.")


def test_the_text_province_is_found_once_a_language(monkeypatch):
    import nlp.provinces
    from extract.assign import mentions

    calls = []
    plain = nlp.provinces.find_provinces

    def counted(text, *args, **kwargs):
        calls.append(len(text))
        return plain(text, *args, **kwargs)
    monkeypatch.setattr(nlp.provinces, "find_provinces", counted)
    kind = mentions._text_province_kinds(PROVINCE_TEXT)
    assert kind("fr") == kind("fr") == mentions._text_province_kind_set(PROVINCE_TEXT, "fr") == {"province"}
    assert calls.count(len(PROVINCE_TEXT)) == 2  # once for the memo's two answers, once for the plain call
    assert mentions._text_province_kinds("La province doit achever la réparation des digues.")("fr") == frozenset()


def test_the_text_province_read_once_gives_each_duty_its_committee(monkeypatch):
    """Three duties of ``la province`` in one text: the text's province is found once, not once a duty."""
    from extract.assign import mentions
    from tests.assign_cases import rows_reader

    calls = []
    plain = mentions._text_province_kind_set

    def counted(text, lang):
        calls.append(lang)
        return plain(text, lang)
    monkeypatch.setattr(mentions, "_text_province_kind_set", counted)
    rows = rows_reader(published="2025-03-01")(PROVINCE_TEXT, "fr")
    assert rows == [("PPC@45", "assignee", "PM", "2025-06-30"), ("PPC@45", "assignee", "PM", None),
                    ("PPC@45", "assignee", "PM", "2025-07-31")]
    assert calls == ["fr"]


# --- the glued link word of a body's name read from the languages' data (nlp/lang/*/agencies.json) ---

def test_the_glueable_link_words_are_the_languages_data():
    from nlp import agencies

    # English `of` (stop 42) and French `et` (`l'agricultureet`, stop 46): no other language lists one
    assert agencies._glueable_link_words() == frozenset({"of", "et"})
    assert agencies._glueable_link_words() is agencies._glueable_link_words()
    assert agencies._glued_link_word() is agencies._glued_link_word()
    # the units of a name: the link word may be glued to the word before it, the other words not
    assert agencies._name_units("Department of Health") == (*"department", r"\s*", "o", "f", r"\s+", *"health")
    assert r"\s*" not in agencies._name_units("Sở Y tế")


@pytest.mark.parametrize("found, key", [
    ("departmentof education and training", "department of education and training"),
    ("departmentof health", "department of health"),
    ("department of health", None),  # nothing glued
    ("ministry of finance", None),
    ("minof finance", "min of finance"),  # any letter before the word
    ("2of finance", None),  # a digit before it: no word glued
])
def test_a_glued_link_word_is_parted_again(found, key):
    from nlp import agencies

    assert agencies._glued_key_of(found) == key


def test_a_glued_name_is_found_with_the_link_word_from_data():
    from nlp.agencies import find_mentions

    ids = [m.agency_id for m in find_mentions("the Departmentof Education and Training and the Departmentof Health")]
    assert ids == ["DOET", "DOH"]
    assert [m.agency_id for m in find_mentions("the Department of Health")] == ["DOH"]


# --- the kinds of the committees below a province written once (common.LOCAL_COMMITTEES) ---

def test_the_local_committees_kinds_are_written_once():
    from pathlib import Path

    from extract.assign import common, extractor

    assert common.LOCAL_COMMITTEES == {"DPC", "CPC"}
    assert common.PEOPLES_COMMITTEES == {"PPC", "DPC", "CPC"}
    assert set(extractor._PROVINCE_LOWER_COMMITTEES) == {"DPC@", "CPC@"}
    assert "DPC@35".startswith(extractor._PROVINCE_LOWER_COMMITTEES) and not "PPC@35".startswith(
        extractor._PROVINCE_LOWER_COMMITTEES)
    written = re.compile(r"""["']DPC["'],\s*["']CPC["']|["']CPC["'],\s*["']DPC["']""")
    folder = Path(common.__file__).parent
    assert [p.name for p in sorted(folder.glob("*.py")) if p.name != "common.py" and written.search(p.read_text())] == []


# --- the headline readers' body start and line, one helper each (extractor) ---

HEADLINED = "Hà Nội chủ động phòng chống rét\nĐang tải dữ liệu...\nUBND thành phố yêu cầu các sở, ngành khẩn trương triển khai các biện pháp.\nDòng sau."


def test_the_body_opens_at_its_first_long_line_with_a_stop():
    from extract.assign import extractor

    assert extractor._body_start(HEADLINED) == HEADLINED.index("UBND")
    assert extractor._body_start("UBND thành phố yêu cầu các sở, ngành khẩn trương triển khai các biện pháp.") == 0
    assert extractor._body_start("Hà Nội chủ động phòng chống rét\nNgắn.") == 0  # no body line: none


@pytest.mark.parametrize("at, line", [(0, "Hà Nội chủ động phòng chống rét"), (5, "Hà Nội chủ động phòng chống rét"),
                                      (len(HEADLINED) - 1, "Dòng sau."), (HEADLINED.index("Đang"), "Đang tải dữ liệu...")])
def test_the_line_at_a_position(at, line):
    from extract.assign import extractor

    assert extractor._line_at(HEADLINED, at) == line
    start, end = extractor._line_bounds(HEADLINED, at)
    assert HEADLINED[start:end] == line


# --- round 34b fr's asker readers (askers): their patterns built once a language ---

def _plain_pronoun_clause_before_joined_verb(opening, lowered_after, lang):
    joiners = language_grammar(lang).get("pronoun_clause_joiners") or []
    pronouns = language_grammar(lang).get("pronouns") or []
    if not joiners or not pronouns or any(mark in opening for mark in ".;:,"):
        return False
    joined = rf"(?:{'|'.join(map(re.escape, joiners))})"
    if not re.match(rf"^(?:{'|'.join(map(re.escape, pronouns))})\s", opening):
        return False
    return bool(re.search(rf"\s{joined}$", opening) or re.match(rf"{joined}\s", lowered_after))


def _plain_speaker_inset_before(opening, lang):
    insets = language_grammar(lang).get("speaker_insets") or []
    if not insets:
        return False
    return bool(re.search(rf",\s*(?:{'|'.join(map(re.escape, insets))})\s+[^\W\d_]+\s*,$", opening))


def _plain_pronoun_before_infinitive(opening, lang):
    links = language_grammar(lang).get("infinitive_links") or []
    pronouns = language_grammar(lang).get("pronouns") or []
    if not links or not pronouns or any(mark in opening for mark in ".;:"):
        return False
    return bool(re.match(rf"^(?:{'|'.join(map(re.escape, pronouns))})\s[^,]*,\s*(?:{'|'.join(map(re.escape, links))})$", opening))


ASKER_OPENINGS = ["il a souligné la formation et", "il a indiqué que les travaux et", "il a souligné, et",
                  "la planification est une tâche majeure, a-t-il recommandé,", "the work is key, he said,",
                  "il a également appelé à moderniser les écoles, avant de", "elle a visité la ville, avant de",
                  "les ministères ont indiqué et", "he stressed the work and", "il", "", "et", "ilet", "il. et"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_asker_readers_are_the_plain_readings(lang):
    from extract.assign import askers

    for opening in ASKER_OPENINGS:
        for after in ("demandé au ministère", "et demandé à la province", "and asked the ministry", ""):
            assert (askers._pronoun_clause_before_joined_verb(opening, after, lang)
                    == _plain_pronoun_clause_before_joined_verb(opening, after, lang)), (opening, after)
        assert askers._speaker_inset_before(opening, lang) == _plain_speaker_inset_before(opening, lang), opening
        assert askers._pronoun_before_infinitive(opening, lang) == _plain_pronoun_before_infinitive(opening, lang), opening


@pytest.mark.parametrize("builder", ["_pronoun_clause_patterns", "_speaker_inset_at_end", "_pronoun_clause_then_link"])
def test_an_asker_pattern_is_built_once_a_language(builder):
    from extract.assign import askers

    build = getattr(askers, builder)
    for lang in LANGS:
        assert build(lang) is build(lang)
    present = [build(lang) for lang in LANGS if build(lang) is not None]
    assert present and len({id(b) for b in present}) == len(present)


def test_the_french_asker_readers_fire_where_round_34b_said():
    from extract.assign import askers

    assert askers._pronoun_clause_before_joined_verb("il a souligné la formation et", "demandé au ministère", "fr")
    assert not askers._pronoun_clause_before_joined_verb("il a souligné, et", "demandé au ministère", "fr")  # a mark
    assert askers._pronoun_before_infinitive("il a également appelé à moderniser les écoles, avant de", "fr")
