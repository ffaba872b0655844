"""Issue 18's thirteenth pass: fast paths of the assignments' step, each compared with the plain way it replaces on
literal texts in the languages where the class exists and on real text (the sample texts and the dev articles when
present): the starts of provinces' folded first words tried only at capital letters, the acronyms' scan tried only
at their openings, the letters of a French text counted only where its accents do not already decide."""
from __future__ import annotations


import pytest

from extract.assign import cues as assign_cues
from extract.assign import mentions
from nlp import agencies
from nlp.agencies import fold_for_matching
from tests.speed_cases import real_texts




# provinces written with only some of their marks or none, beside the small words their folded first words also
# spell (``an``, ``ha``, ``nam``, ``long``, ``can``, ``binh``), elided articles and a hyphenated short name
FOLDED_PROVINCE_TEXTS = [
    ("fr", "Le ministre a exhorté Dông Nai et Nghê An à agir. Il a demandé à la province d'An Giang, dont l'An Giang "
           "rural, de renforcer les digues. Un an plus tard, Ha Noi a salué la décision; nam et binh ne sont rien."),
    ("fr", "L'Ha Giang, la BR-VT et Ca Mau doivent achever les travaux; selon M. Long, il faut en parler à Cân Tho, le long du fleuve, en an deux."),
    ("en", "Hanoi and Ha Noi must report; an official in Nam Dinh can say a long word about Long An and Bac Ninh. "
           "BR-VT, Binh Duong and Dong Nai were asked to help; ha ha, nam, an, binh."),
    ("sv", "Premiärministern bad Hanoi och Ho Chi Minh-staden att snabba upp arbetet. An och Nam berättade om Cao Bang "
           "och Lang Son; han kan inte, ord som an och nam skrivs små."),
]


@pytest.mark.parametrize("lang,text", FOLDED_PROVINCE_TEXTS)
def test_folded_first_words_at_capitals_are_those_of_the_whole_scan(lang, text):
    """The folded first words found by trying the folded pattern at the capital letters only are those of the scan of
    the whole folded text kept at a capital letter; the small words the scan also meets are among what it drops."""
    folded = fold_for_matching(text)
    plain = mentions._folded_province_first_word_starts(text, folded, at_capitals=False)
    assert mentions._province_first_word_capitals() is not None  # today's data takes the fast path
    assert mentions._folded_province_first_word_starts(text, folded) == plain and plain
    dropped = {m.start() for m in mentions._province_first_word_folded_regex().finditer(folded)} - plain
    assert dropped and all(not text[at].isupper() for at in dropped)


def test_folded_first_words_at_capitals_on_real_text():
    """The same starts both ways on the sample texts and 40 dev articles (where ../shared is present) and the literal
    texts above, with the province starts and bare provinces of the step itself on a non-official language."""
    texts = real_texts() + [text for _, text in FOLDED_PROVINCE_TEXTS]
    seen = 0
    for text in texts:
        folded = fold_for_matching(text)
        plain = mentions._folded_province_first_word_starts(text, folded, at_capitals=False)
        assert mentions._folded_province_first_word_starts(text, folded) == plain
        seen += bool(plain)
    assert seen >= len(FOLDED_PROVINCE_TEXTS)


@pytest.mark.parametrize("words,fast", [
    ({"Cao", "BR-VT", "Đồng"}, True),  # a hyphen: no match starts after one
    ({"Cao", "Ha.Noi"}, False),  # a full stop: a match could start after it, inside another
    ({"Cao", "L'An"}, False),  # an elided article: a match could start after the apostrophe
    ({"Cao", "An'"}, True),  # the word's last character is never before another match's start
])
def test_capitals_taken_only_where_no_match_starts_inside_another(words, fast, monkeypatch):
    """The capital letters stand for the whole scan only where no folded word holds, before its last character, one
    after which a match may start; else None, and the whole scan runs."""
    monkeypatch.setattr(mentions, "_province_first_words", lambda: frozenset(words))
    mentions._province_first_word_capitals.cache_clear()
    try:
        capitals = mentions._province_first_word_capitals()
        assert (capitals is not None) == fast
        if fast:  # the capitals of the words' folded openings, small letters and other capitals not
            assert all(capitals.fullmatch(word[0].upper()) for word in words)
            assert not capitals.fullmatch("c") and not capitals.fullmatch("X")
    finally:
        mentions._province_first_word_capitals.cache_clear()


# acronyms of bodies beside look-alikes: longer capital words, acronyms glued by a hyphen or an ampersand, a time of
# day's PM, acronyms side by side and at the text's ends
ACRONYM_TEXTS = [
    ("en", "MOIT and MoF, with the MPI/MOF team, met VINASME; MOITS, MOF-X and R&D are none. At 3:00 PM the PM spoke."),
    ("en", "PM"),
    ("vi", "UBTVQH, VPCP và BTC đã họp; TTg giao NHNN, BTP phối hợp. Ông MOFAX không phải là cơ quan nào. VCCI"),
    ("fr", "Le MoNRE et le MARD, avec la SBV et le MOH, ont reçu la VCCI; le MOCST (MoCST) et le MOLISA aussi."),
    ("sv", "MOF och MOIT ska rapportera; MPIs och MOFs förslag, GSO-data och PPC."),
]


def _plain_acronyms(text: str) -> list[tuple[int, int, str]]:
    by_acronym = agencies._matchers()[2]
    return [(m.start(), m.end(), m.group()) for m in by_acronym.finditer(text)]


@pytest.mark.parametrize("lang,text", ACRONYM_TEXTS)
def test_acronyms_at_their_openings_are_those_of_the_whole_scan(lang, text):
    """The acronyms found where their first letters are written are those of the scan; the bodies found the same as
    with the scan (seen to differ where the fast path dropped a match: ``find_mentions`` names the acronyms)."""
    by_acronym = agencies._matchers()[2]
    fast = [(m.start(), m.end(), m.group()) for m in agencies.regex_finditer(by_acronym, text)]
    assert fast == _plain_acronyms(text) and fast
    named = {(m.start, m.end) for m in agencies.find_mentions(text)}
    assert any((start, end) in named for start, end, _ in fast)


def test_acronyms_at_their_openings_on_real_text():
    by_acronym = agencies._matchers()[2]
    for text in real_texts() + [text for _, text in ACRONYM_TEXTS]:
        assert [(m.start(), m.end()) for m in agencies.regex_finditer(by_acronym, text)] == [
            (start, end) for start, end, _ in _plain_acronyms(text)]


def _plain_unaccented(text: str, lang: str) -> bool:
    """``cues.unaccented`` as it was before the thirteenth pass: every letter counted first."""
    setting = assign_cues.language_grammar(lang).get("unaccented_texts")
    if not setting:
        return False
    letters = sum(ch.isalpha() for ch in text)
    accented = sum(text.count(ch) for ch in setting["letters"])
    return letters >= setting["min_letters"] and accented <= setting["max_share"] * letters


UNACCENTED_TEXTS = [
    ("fr", "Le Premier ministre a demandé aux ministères et aux localités de renforcer les digues avant la saison des "
           "pluies; le ministère de la Construction est chargé de l'inspection des travaux.", False),
    ("fr", "Le Premier ministre a demande aux ministeres et aux localites de renforcer les digues avant la saison des "
           "pluies; le ministere de la Construction est charge de l'inspection des travaux.", True),
    # one accented letter among some 600: within the share of the letters, over the share of the characters' count
    # would say no only if it were over 0.002 of all characters
    ("fr", "Le Premier ministre a demande aux ministeres et aux localites de renforcer les digues. " * 7 + "Été.", False),
    ("fr", "Le ministere est charge de l'inspection des travaux avant la saison des pluies " * 8 + "à", True),
    ("fr", "Court texte sans accent", False),  # fewer letters than the least counted
    ("fr", "Ministère " + "1234567890 " * 60, False),  # digits: over the share of the letters, under the characters'
    ("en", "The Ministry of Construction is charged with the inspection of the works before the rainy season.", False),
    ("vi", "Thủ tướng yêu cầu Bộ Xây dựng kiểm tra các công trình trước mùa mưa.", False),
]


@pytest.mark.parametrize("lang,text,expected", UNACCENTED_TEXTS)
def test_unaccented_decided_by_the_accents_alone_is_the_full_count(lang, text, expected):
    """The same answer as counting every letter first, where the accents alone already exceed the share of all the
    text's characters and where they do not (the count then decides)."""
    assert assign_cues.unaccented(text, lang) == _plain_unaccented(text, lang) == expected


def test_unaccented_on_real_text():
    texts = real_texts() + [text for _, text, _ in UNACCENTED_TEXTS]
    for lang in ("fr", "en", "vi", "sv"):
        assert [assign_cues.unaccented(t, lang) for t in texts] == [_plain_unaccented(t, lang) for t in texts]


# committees counted with their units (Vietnamese lists them; English and French since round 39 en), beside look-alikes: no count, a three-digit count,
# a head glued to a word before it, a unit word that goes on
COUNTED_TEXTS = [
    "UBND 4 tỉnh nêu trên và Ủy ban nhân dân 12 tỉnh, thành phố phải báo cáo; Uỷ ban nhân dân 3 tỉnh, thành cũng vậy. "
    "The People's Committees of 21 provinces and cities and les comités populaires de 12 provinces et villes too.",
    "UBND tỉnh, XUBND 4 tỉnh, UBND 123 tỉnh và UBND 5 tỉnhs không phải; UBND  7   tỉnh thì có. People's Committees of "
    "123 provinces, People's Committees of 5 provincesX, People's Committees of 7  coastal provinces; comités "
    "populaires de 123 provinces, comités populaires des 8 provinces côtières.",
]


@pytest.mark.parametrize("text", COUNTED_TEXTS)
def test_counted_collectives_at_their_openings_are_those_of_the_whole_scan(text):
    """The counted collectives found where a head opens are those of the plain scan, and ``find_mentions`` names them."""
    for pattern, _ in agencies._counted_collective_patterns():
        fast = [m.span() for m in agencies.regex_finditer(pattern, text)]
        assert fast == [m.span() for m in pattern.finditer(text)] and fast
    named = {(m.start, m.end) for m in agencies.find_mentions(text)}
    assert any(span in named for pattern, _ in agencies._counted_collective_patterns()
               for span in (m.span() for m in pattern.finditer(text)))


def test_counted_collectives_at_their_openings_on_real_text():
    for text in real_texts() + COUNTED_TEXTS:
        for pattern, _ in agencies._counted_collective_patterns():
            assert [m.span() for m in agencies.regex_finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


FIRST_WORD_TEXTS = [
    ("vi", "Cao Bằng, Hà Nội và Đồng Nai cần khẩn trương; Bà Rịa-Vũng Tàu (BR-VT) và TP HCM báo cáo. Ông Hà Văn Nam nói."),
    *FOLDED_PROVINCE_TEXTS,
]


@pytest.mark.parametrize("lang,text", FIRST_WORD_TEXTS)
def test_first_words_at_their_openings_are_those_of_the_whole_scan(lang, text):
    """The capitalised first words of provinces' names found where their opening letters are written are those of
    the plain scan (elided articles, hyphens and short names among them)."""
    pattern = mentions._province_first_word_regex()
    fast = [m.span() for m in mentions.regex_finditer(pattern, text)]
    assert fast == [m.span() for m in pattern.finditer(text)] and fast


def test_first_words_at_their_openings_on_real_text():
    pattern = mentions._province_first_word_regex()
    for text in real_texts() + [text for _, text in FIRST_WORD_TEXTS]:
        assert [m.span() for m in mentions.regex_finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


# bodies of the step's whole-text scans (bare units, counted collectives, provincial sectors and their departments,
# departments and ministries after a plural, a province's local committees, the one locality, bodies named again,
# a province designator as an actor, the outlet credited) in the four languages
WHOLE_TEXT_SCAN_TEXTS = [
    ("vi", "(Vinhlong.gov.vn) - UBND tỉnh Vĩnh Long yêu cầu các sở Tài chính, Xây dựng phối hợp với UBND 4 tỉnh nêu trên "
           "và UBND các huyện kiểm tra. Riêng các bộ Công an, Quốc phòng chủ trì. Sở này báo cáo trước ngày 15/6/2025. "
           "Yêu cầu tỉnh Cao Bằng nghiên cứu; ngành y tế tỉnh phối hợp."),
    ("en", "The Prime Minister asked the Ministry of Industry and Trade to review the plan. The ministry was also "
           "instructed to report by June 30, 2025. The Departments of Construction, Finance and the City Board will "
           "coordinate with the district People's Committees; the province must report. Nguon: baovinhlong.vn"),
    ("fr", "Le Premier ministre a confié au ministère de l'Industrie et du Commerce l'examen du plan, et a confié à ce "
           "dernier ministère le rapport. Les comités populaires des districts et la province de Long An doivent "
           "coopérer avec les services de la Construction et des Finances."),
    ("sv", "Premiärministern bad industri- och handelsministeriet att granska planen. Ministeriet ska rapportera senast "
           "den 30 juni 2025; finansavdelningen i Can Tho och provinsen ska samarbeta."),
]


def _plain_scans(monkeypatch):
    """Each whole-text scan made as before the thirteenth pass: the pattern's own ``finditer``."""
    from nlp import provinces

    def plain(pattern, text, pos=0):
        return pattern.finditer(text, pos)

    for module in (mentions, agencies, provinces):
        monkeypatch.setattr(module, "regex_finditer", plain)


def _assignments(texts: list[tuple[str, str]]) -> list[list[dict]]:
    import extract

    return [[a.__dict__ if not hasattr(a, "to_dict") else a.to_dict() for a in extract.document(t, lang=lang).assignments]
            for lang, t in texts]


@pytest.mark.parametrize("lang,text", WHOLE_TEXT_SCAN_TEXTS)
def test_whole_text_scans_at_openings_give_the_plain_assignments(lang, text, monkeypatch):
    """The same assignments (every field) with each whole-text scan tried at the patterns' openings and with the
    patterns' own scans; the openings' way is the one taken (seen to differ where a fast scan dropped a match)."""
    from nlp import regex

    asked = []
    finditer = regex.finditer

    def counting(pattern, text, pos=0):
        asked.append(regex.opening_finder(pattern) is not None)
        return finditer(pattern, text, pos)

    for module in (mentions, agencies):
        monkeypatch.setattr(module, "regex_finditer", counting)
    fast = _assignments([(lang, text)])
    assert fast[0] and any(asked)
    monkeypatch.undo()
    _plain_scans(monkeypatch)
    assert _assignments([(lang, text)]) == fast


def test_whole_text_scans_at_openings_on_real_text(monkeypatch):
    texts = [(None, t) for t in real_texts()]
    fast = _assignments(texts)
    _plain_scans(monkeypatch)
    assert _assignments(texts) == fast and any(fast)


# a legal text's implementation articles (an article's number, its heading) beside an article of another heading and
# the heading's words in running text; the recipients' block cut off before the last one
IMPLEMENTATION_TEXTS = [
    ("vi", "Điều 1. Phạm vi. Nội dung. Điều 3. Tổ chức thực hiện. Giao Sở Tài chính chủ trì. Điều 4. Hiệu lực. Việc "
           "tổ chức thực hiện Điều 5. Trách nhiệm thi hành. Nơi nhận: Điều 6. Tổ chức thực hiện."),
    ("en", "Article 1. Scope. Article 5. Implementation. The Ministry of Finance shall lead. Article 6. Effect. The "
           "implementation article 7: Implementation responsibility. Recipients: Article 8. Implementation."),
    ("fr", "Article 2. Objet. Article 3. Organisation de la mise en œuvre. Le ministère des Finances est chargé. "
           "Article 4. Exécution. Destinataires: Article 5. Mise en œuvre."),
    ("sv", "Artikel 1. Omfattning. Artikel 4. Genomförande. Finansministeriet ska leda. Artikel 5: Verkställighet. "
           "Mottagare: Artikel 6. Genomförande."),
]


def _plain_implementation_articles(lowered: str, languages: set[str], cutoff: int) -> list[tuple[int, int]]:
    """``askers.implementation_articles`` as it was before the thirteenth pass: the headings' own scan to ``cutoff``."""
    spans = []
    for lang in languages:
        c = assign_cues.cues(lang)
        if c.implementation_heading is None:
            continue
        for heading in c.implementation_heading.finditer(lowered, 0, cutoff):
            following = c.article_start.search(lowered, heading.end(), cutoff)
            spans.append((heading.start(), following.start() if following else cutoff))
    return spans


@pytest.mark.parametrize("lang,text", IMPLEMENTATION_TEXTS)
def test_implementation_articles_at_openings_are_the_plain_ones(lang, text):
    """The same spans with the headings looked for at their openings in the text cut at ``cutoff`` as with the scan
    to ``cutoff``: with the whole text, and cut inside the last heading and right after one heading's start."""
    from extract.assign import askers

    lowered = assign_cues.lower_for_matching(text)
    cutoffs = [len(lowered), lowered.rindex(":") + 5, lowered.index(". ", lowered.index(". ") + 2) + 4]
    found = []
    for cutoff in cutoffs:
        spans = askers.implementation_articles(lowered, {lang}, cutoff)
        assert spans == _plain_implementation_articles(lowered, {lang}, cutoff)
        found.append(spans)
    assert found[0] and len(found[0]) > len(found[1])


def test_implementation_articles_at_openings_on_real_text():
    from extract.assign import askers

    for text in real_texts() + [text for _, text in IMPLEMENTATION_TEXTS]:
        lowered = assign_cues.lower_for_matching(text)
        for cutoff in (len(lowered), len(lowered) // 2):
            langs = {"vi", "en", "fr", "sv"}
            assert askers.implementation_articles(lowered, langs, cutoff) == _plain_implementation_articles(lowered, langs, cutoff)


# a plan's rows (Vietnamese, English and French list their labels; Swedish none) and a request restating earlier
# tasks (Vietnamese lists its addressees)
BUILT_ONCE_TEXTS = [
    ("vi", "Cơ quan chủ trì: Sở Nội vụ. Cơ quan phối hợp: Sở Xây dựng, Sở Tài chính. Thời gian: trước ngày 30/6/2025."),
    ("vi", "UBND tỉnh giao Sở Tài chính rà soát các dự án trước ngày 15/5/2025. UBND tỉnh yêu cầu các đơn vị, địa "
           "phương hoàn thành trước ngày 30/5/2025."),
    ("en", "Presiding agency: Department of Home Affairs; coordinating agencies: Department of Construction. Deadline: "
           "June 2025."),
    ("fr", "Organisme chef de file : ministère des Finances. Organismes de coordination : ministère de la Construction."),
    ("sv", "Finansministeriet ska samordna arbetet med byggministeriet senast den 30 juni 2025."),
]


@pytest.mark.parametrize("lang,text", BUILT_ONCE_TEXTS)
def test_patterns_built_once_give_the_assignments_built_at_each_use(lang, text, monkeypatch):
    """The same assignments (every field) with the plan labels' and the restated request's patterns built once for
    their words as with each built anew at each use (the way before the thirteenth pass); built once, each is
    compiled once (seen to fail without the caches: a miss at each use)."""
    import re

    from extract.assign import frames, task_deadlines

    frames._label_at_end.cache_clear()
    task_deadlines._restated_request.cache_clear()
    fast = _assignments([(lang, text)])
    assert fast[0]
    caches = (frames._label_at_end, task_deadlines._restated_request)
    first = [cached.cache_info() for cached in caches]
    assert _assignments([(lang, text)]) == fast  # the text again: nothing built anew
    assert [cached.cache_info().misses for cached in caches] == [info.misses for info in first]
    assert lang == "sv" or any(cached.cache_info().hits > info.hits for cached, info in zip(caches, first))
    monkeypatch.setattr(frames, "_label_at_end", lambda label: re.compile(rf"(?:^|[.;\n])\s*{label}\s*$"))
    monkeypatch.setattr(task_deadlines, "_restated_request", lambda verbs, addressees: re.compile(
        rf"\s+(?:{verbs})\s+(?:{task_deadlines.phrases(list(addressees))})(?![\w'])"))
    assert _assignments([(lang, text)]) == fast
