"""Who assigns: the authority named before the verb, the speaker, the head named by title or name, the text's
issuer (masthead, document, implementing article), a list's header.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from extract.assign.common import (ARTICLE_AT_END, ASKING_AUTHORITIES, ASKING_KINDS, AUTHORITIES, ELIDED_SUBJECT_CHARS,
                                   LIST_ITEM_OPENING, LOCAL_COMMITTEES, NATIONAL_AUTHORITIES, NATIONAL_KINDS, PEOPLES_COMMITTEES,
                                   PERSONS, Found, Group, alternation, continuation_opening, grammar_words_of, is_collective, kind_of,
                                   named_localities, phrases, sentence_language, words_pattern)
from extract.assign.cues import (LANGUAGES, LIST_MARKER, LanguageCues, cues, grammar, language_grammar,
                                 lower_for_matching, phrase, reading_without_accents)
from extract.assign.deadlines import dates_in, latest_date
from extract.assign.frames import after_co_subjects, at_clause_start, fronted_source, without_head_title
from extract.models import Sentence
from nlp import languages
from nlp.agencies import Mention, agency, chapter_kinds, find_mentions, is_provincial, person_surnames, split_id
from nlp.provinces import find_provinces
from nlp.regex import finditer as regex_finditer


@lru_cache(maxsize=None)
def _speaker_opening(lang: str) -> re.Pattern | None:
    """A sentence's opening that names who speaks and his post right before his body's name (grammar's optional
    ``speaker_openers`` and ``speaker_posts``): ``Theo bà Nguyễn Thị A, Phó Giám đốc `` before ``Sở Nông nghiệp …``."""
    g = grammar(lang)
    openers, posts = g.get("speaker_openers") or [], g.get("speaker_posts") or []
    if not openers or not posts:
        return None
    def any_of(words: list[str]) -> str:
        return "|".join(sorted((phrase(w) for w in words), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{any_of(openers)})\s+[^,;:.\n]{{1,60}}?\s*[,\-–]\s*(?:{any_of(posts)})\s+$")


def speaker(m: Mention, sentence: Sentence, lowered: str, lang: str) -> bool:
    """Whether a body is the institution of the person a sentence quotes (``Theo bà …, Phó Giám đốc Sở Nông nghiệp …,
    UBND các huyện … cần triển khai …``): the body speaks, it is not tasked; it asks the bodies of the sentence
    (round 11's open class, fixed in round 12)."""
    pattern = _speaker_opening(lang)
    return bool(pattern and pattern.match(lowered[sentence.start : m.start])
                and re.match(r"\s*[,\-–]", lowered[m.end : m.end + 3]))


# how far a directing verb and its comma may stand after the body that directs ("Bộ Công an đã chỉ đạo, …")
_DIRECTING_VERB_CHARS = 30
_COUNTED_COLLECTIVE_AT_END = re.compile(r"\s*\d{1,3}\s+[^\d,();:\n]{1,50}\($")


def _directing_body_before_comma(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str,
                                 tasked: set[int], own: set[str], c: LanguageCues) -> str | None:
    """The body whose assigning verb, closed by a comma, opens the clause of a subject's task (``Mới đây, Bộ Công
    an đã chỉ đạo, 5 thành phố trực thuộc Trung ương (…) sẽ phải hoàn thành …``, round 38 vi): the verb's comma
    reports the direction, the subject after it is the one directed, asked by that body (not tasked there itself)."""
    for m in reversed([m for m in mentions if sentence.start <= m.start and m.end <= group.start]):
        # (a counted collective whose members the parenthesis names stands before the first name: "…, 5 thành phố
        # trực thuộc Trung ương (Hà Nội, …")
        between = _COUNTED_COLLECTIVE_AT_END.sub("", lowered[m.end : group.start]).rstrip()
        if not between.endswith(",") or len(between) > _DIRECTING_VERB_CHARS:
            continue
        if m.start in tasked or m.agency_id in own:
            return None
        verb = between[:-1].rstrip()
        if "," in verb or not c.assign_before.search(lowered[sentence.start : m.end] + verb + " "):
            return None
        return m.agency_id
    return None


def _speaker_before(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str, lang: str) -> str | None:
    """The body of the person a sentence quotes, before the group (see ``speaker``)."""
    speakers = [m for m in mentions if sentence.start <= m.start and m.end <= group.start
                and speaker(m, sentence, lowered, lang)]
    return speakers[-1].agency_id if speakers else None


# how far after an authority's name its reporting verb may stand ("…, Deputy Prime Minister Trinh Dinh Dung said")
_REPORTED_NAME_CHARS = 40


def _authority_reported_after(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str,
                              c: LanguageCues) -> str | None:
    """The authority a sentence quotes after the task it reports (``Les ministères … doivent …, a déclaré le
    vice-Premier ministre``, ``…, said Deputy Prime Minister X``, ``…, Deputy Prime Minister X said``): the
    first authority after the group, past a comma, with a reporting verb between or right after its name."""
    after = [m for m in mentions if group.end <= m.start and m.end <= sentence.end and m.agency_id in AUTHORITIES]
    if not after:
        return None
    first = after[0]
    between = lowered[group.end : first.start]
    if "," not in between:
        return None
    comma = between.rindex(",")
    if c.reporting.search(between, comma) or c.reporting.search(lowered, first.end, min(sentence.end, first.end + _REPORTED_NAME_CHARS)):
        return first.agency_id
    return None



# the marks that open a quoted directive (``“Yêu cầu …”, Văn bản nêu rõ.``, ``"Request …," the document stated.``)
_OPENING_QUOTES = frozenset({"“", '"', "«", "„"})
_CLOSED_QUOTE = re.compile(r"[,.]?\s*[”\"»]\s*,?\s*")


def _quoted_by_the_document(lowered: str, start: int, end: int, c: LanguageCues) -> bool:
    """Whether the quote opened before ``start`` closes in its sentence with the document as the one who says it
    (``…”, văn bản nêu rõ``, ``…,” the document stated``: cues.json's ``document_subjects`` right after the quote)."""
    documents = c.data.get("document_subjects") or []
    for m in _CLOSED_QUOTE.finditer(lowered, start, end):
        if m.group().strip(" ,.") and any(lowered.startswith(lower_for_matching(d), m.end()) and
                                          not lowered[m.end() + len(lower_for_matching(d)): m.end() + len(lower_for_matching(d)) + 1].isalnum()
                                          for d in documents if d not in ("it",)):
            return True
    return False

# how far before a subject the body that emphasises its duty may end ("The Chairman of the Provincial People's Committee
# emphasized that heads of …": the verb and the head's words between)
_EMPHASIS_CHARS = 60


@lru_cache(maxsize=None)
def _emphasis_at_end(lang: str) -> re.Pattern | None:
    """grammar's optional ``emphasis_verbs`` (``emphasized that``, ``a souligné que``) ending the words before a subject,
    a head's title after them allowed (``heads of``), as the matching lowers them."""
    words = language_grammar(lang).get("emphasis_verbs") or []
    if not words:
        return None
    heads = language_grammar(lang).get("emphasis_subject_heads") or []
    after = rf"(?:\s+(?:{phrases([lower_for_matching(w) for w in heads])}))?" if heads else ""
    return re.compile(rf"^[^.;:\n]{{0,{_EMPHASIS_CHARS}}}?(?<![\w'])(?:{phrases([lower_for_matching(w) for w in words])}){after}"
                      rf"{_emphasis_comma_and_purpose(lang)}\s*$")


# how long a purpose clause between an emphasis and its subject may be ("nhấn mạnh, để đạt được 94 tiêu chí, các cấp …")
_EMPHASIS_PURPOSE_CHARS = 80


def _emphasis_comma_and_purpose(lang: str) -> str:
    """What may stand between an emphasis verb and the subject whose duty it stresses: a comma (``nhấn mạnh, các sở
    … cần …``), then a purpose clause that grammar's optional ``emphasis_purpose_openers`` open and a comma closes
    (``nhấn mạnh, để đạt được 94 tiêu chí, các cấp, ngành, xã, phường cần …``, round 32 vi)."""
    openers = language_grammar(lang).get("emphasis_purpose_openers") or []
    purpose = (rf"(?:\s*(?<![\w'])(?:{phrases([lower_for_matching(w) for w in openers])})(?![\w'])[^.;:\n,]{{1,{_EMPHASIS_PURPOSE_CHARS}}},)?"
               if openers else "")
    return rf"(?:\s*,{purpose})?"


@lru_cache(maxsize=None)
def _emphasising_person_patterns(lang: str) -> tuple[re.Pattern, re.Pattern | None] | None:
    """grammar's optional ``emphasis_verbs`` (and the comma and purpose clause after them) ending the words before a
    subject, and a pronoun and a name of one to four words after an opening phrase and its comma at most (None where
    the grammar has no pronouns), built once a language; None where the grammar has no emphasis verbs."""
    words = language_grammar(lang).get("emphasis_verbs") or []
    if not words:
        return None
    verb = re.compile(rf"(?<![\w'])(?:{phrases([lower_for_matching(w) for w in words])})"
                      rf"{_emphasis_comma_and_purpose(lang)}\s*$")
    pronouns = [lower_for_matching(p) for p in language_grammar(lang).get("pronouns") or []]
    # a pronoun and a name of two to four words, after an opening phrase and its comma at most ("Bà Hồ Thị Nguyên
    # Thảo", four syllables: more than the pronoun opening of an assigning verb takes)
    person = (re.compile(rf"(?:[^,]{{0,80}},\s*)?(?:{phrases(pronouns)})\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})")
              if pronouns else None)
    return verb, person


def _emphasising_named_person(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str,
                              own: set[str], c: LanguageCues) -> str | None:
    """The body of a person who stresses a duty right before its subject, the sentence naming him by a pronoun and
    his name alone and no body before the verb (``Phó Chủ tịch Thường trực Ủy ban Nhân dân tỉnh Hồ Thị Nguyên Thảo
    phát động … . Bà Hồ Thị Nguyên Thảo nhấn mạnh, để đạt được 94 tiêu chí, các cấp, ngành, xã, phường cần …``,
    round 32 vi): the body his post named with his name earlier, as a pronoun and a name before an assigning verb."""
    patterns = _emphasising_person_patterns(c.lang)
    if patterns is None or any(sentence.start <= m.start and m.end <= group.start for m in mentions):
        return None
    verb_at_end, pronoun_and_name = patterns
    verb = verb_at_end.search(lowered[sentence.start : group.start])
    if verb is None:
        return None
    opening = lowered[sentence.start : sentence.start + verb.start()].strip()
    person = pronoun_and_name.fullmatch(opening) if pronoun_and_name else None
    if person is None:
        return None
    name = person.group("name")
    if " " not in name:
        # "Ông Tuấn nhấn mạnh, …": the given name alone, the last word of one full name the text posted before
        return _body_of_one_person_with_given_name(name, sentence, mentions, lowered, own)
    named = _body_of_named_person(opening, sentence, mentions, lowered, own)
    return named or _body_posted_before_name(name, sentence, mentions, lowered, own)


def _body_of_one_person_with_given_name(given: str, sentence: Sentence, mentions: list[Mention], lowered: str,
                                        own: set[str]) -> str | None:
    """The body whose post the text named right before a full name ending with the given name ``given`` (a family
    name of agencies.json's ``person_surnames``, up to two middle words, then ``given``: ``Phó Chủ tịch UBND huyện
    Lê Minh Tuấn``), when every full name the text wrote before ``sentence`` with that given name is that one person's:
    two persons sharing it leave the pronoun and the name unread (stop 40). Each time the given name is written after
    a family name, the shortest such name with a body right before it is that person, else the longest is."""
    surnames = {lower_for_matching(w) for w in person_surnames()}
    start = max(0, sentence.start - _NAMED_PERSON_REACH)
    persons: dict[str, str | None] = {}
    for found in re.finditer(rf"(?<![\w']){re.escape(given)}(?![\w'])", lowered[start : sentence.start]):
        words = re.findall(r"[^\W\d_]+", lowered[max(start, start + found.start() - 60) : start + found.start()])[-3:]
        names = [" ".join(words[-k:] + [given]) for k in range(1, len(words) + 1) if words[-k] in surnames]
        if not names:
            continue
        posted = next(((n, body) for n in names if (body := _body_posted_before_name(n, sentence, mentions, lowered,
                                                                                       own))), None)
        name, body = posted or (names[-1], None)
        persons.setdefault(name, body)
    if len(persons) != 1:
        return None
    return next(iter(persons.values()))


def _body_posted_before_name(name: str, sentence: Sentence, mentions: list[Mention], lowered: str,
                             own: set[str]) -> str | None:
    """The body whose post a person's full name followed when the text named him last before the sentence
    (``Phó Chủ tịch Thường trực Ủy ban Nhân dân tỉnh Hồ Thị Nguyên Thảo phát động …``: PPC@66), nothing but a space
    or a comma between the body and the name; a name of two to four words."""
    if not re.fullmatch(r"[^\W\d_]+(?:[\s-][^\W\d_]+){1,3}", name):
        return None
    start = max(0, sentence.start - _NAMED_PERSON_REACH)
    for found in reversed(list(re.finditer(rf"(?<![\w']){re.escape(name)}(?![\w'])", lowered[start : sentence.start]))):
        at = start + found.start()
        for m in mentions:
            if m.end <= at and re.fullmatch(r"\s*,?\s*", lowered[m.end : at]):
                return None if m.agency_id in own else m.agency_id
    return None


def _emphasising_body_before(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str,
                             lang: str) -> str | None:
    """The body whose head emphasises a duty right before the subject it falls on (``The Chairman of the Provincial
    People's Committee emphasized that the Department of Finance must …``, ``… stressed that heads of departments, …,
    along with Chairmen of …, must …``: round 27's left class): it asks, as when it requests; the body named last
    before the group, nothing but the verb and a head's title between."""
    pattern = _emphasis_at_end(lang)
    before = [m for m in mentions if sentence.start <= m.start and m.end <= group.start]
    if pattern is None or not before:
        return None
    between = lowered[before[-1].end : group.start]
    # an article left before the group after a purpose clause ("stressed that, to meet the target, the Department …")
    return before[-1].agency_id if pattern.match(between) or pattern.match(ARTICLE_AT_END.sub("", between)) else None


def _emphasis_going_on(previous: Sentence | None, mentions: list[Mention], lowered: str, lang: str) -> str | None:
    """The body whose head emphasises in the sentence right before, its emphasis naming no body after the verb
    (``Chủ tịch UBND tỉnh … nhấn mạnh, việc triển khai … là nền tảng quan trọng …``): the speaker of a duty told in
    the next sentence without an asker (``… các sở, ngành, địa phương cần khẩn trương …``), as the same sentence's
    ``_emphasising_body_before`` reads it (round 29b); a body named after the verb (``nhấn mạnh Sở Tài chính đã
    …``) makes the emphasis about it, and an emphasis with no body before it is no speaker's."""
    if previous is None:
        return None
    inside = [m for m in mentions if previous.start <= m.start and m.end <= previous.end]
    if not inside:
        return None
    last = inside[-1]  # the body named last in the sentence, the verb after it with a head's name between at most
    verb = _emphasis_words(lang).search(lowered, last.end, min(previous.end, last.end + _EMPHASIS_CHARS))
    if verb is None or re.search(r"[.;:\n]", lowered[last.end : verb.start()]):
        return None
    return last.agency_id


@lru_cache(maxsize=None)
def _emphasis_words(lang: str) -> re.Pattern:
    """grammar's optional ``emphasis_verbs`` anywhere (never matches where unset), followed by a comma or a space."""
    words = language_grammar(lang).get("emphasis_verbs") or []
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w'])(?:{phrases([lower_for_matching(w) for w in words])})(?=\s*,|\s)")


def _authority_before(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str = "",
                      c: LanguageCues | None = None) -> str | None:
    """The last authority named before a group in its sentence, not in a complement (``the Law on
    Organization of the Government``, ``issued … by the Government``: no one who assigns)."""
    before = [m for m in mentions if sentence.start <= m.start and m.end <= group.start and m.agency_id in AUTHORITIES
              and not (c and c.not_subject_before.search(lowered[max(sentence.start, m.start - 40) : m.start]))]
    return before[-1].agency_id if before else None
# a pronoun standing for the authority the text is about: "He also urged …", "Ông cũng yêu cầu …"
# ("Theo đó, ông Thơ yêu cầu …": an opening of a few words, the pronoun, the person's name; a Vietnamese opening
# counts its syllables: "Phát biểu chỉ đạo, đồng chí … đề nghị …", round 13)
_PRONOUN_OPENING = re.compile(rf"^(?:(?:\w+\s+){{0,10}}\w+,\s*)?(?:{alternation(grammar_words_of('pronouns'))})(?:\s+\w+){{0,3}}?"
                              rf"(?:\s+(?:{alternation(grammar_words_of('pronoun_adverbs'))}))?$")


# the pronoun alone right before the verb, no person's name after it ("il a assigné …", not "Ông Trần Văn Bình yêu
# cầu …": a name the text never gave a post stands for no body, round 22)
_BARE_PRONOUN = re.compile(rf"(?:^|[\s,])(?:{alternation(grammar_words_of('pronouns'))})"
                           rf"(?:\s+(?:{alternation(grammar_words_of('pronoun_adverbs'))}))?$")


# how far back a pronoun ("Il a également exhorté …") looks for the authority it stands for
_PRONOUN_REACH = 400


def _pronoun_clause_before_joined_verb(opening: str, lowered_after: str, lang: str) -> bool:
    """Whether the words before an assigning verb are a clause the pronoun opens with no mark in it, joined to that
    verb by one of grammar's optional ``pronoun_clause_joiners`` (``Il a souligné la formation et a demandé au
    ministère …``, ``Il a indiqué que … et demandé à la province …``, the joiner then opening the cue): the pronoun
    is the asker, the verbs share their subject (round 34b fr)."""
    patterns = _pronoun_clause_patterns(lang)
    if patterns is None or any(mark in opening for mark in ".;:,"):
        return False
    pronoun, joiner_at_end, joiner_opening = patterns
    if not pronoun.match(opening):
        return False
    return bool(joiner_at_end.search(opening) or joiner_opening.match(lowered_after))


@lru_cache(maxsize=None)
def _pronoun_clause_patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """``_pronoun_clause_before_joined_verb``'s patterns, built once a language (they were built at each call): one of
    grammar's ``pronouns`` opening the words, one of its ``pronoun_clause_joiners`` ending them, the same opening the
    words after; None where the language lists no joiner or no pronoun."""
    joiners = language_grammar(lang).get("pronoun_clause_joiners") or []
    pronouns = language_grammar(lang).get("pronouns") or []
    if not joiners or not pronouns:
        return None
    joined = rf"(?:{alternation(joiners)})"
    return re.compile(rf"^(?:{alternation(pronouns)})\s"), re.compile(rf"\s{joined}$"), re.compile(rf"{joined}\s")


def _speaker_inset_before(opening: str, lang: str) -> bool:
    """Whether the words before an assigning participle end with a speaker's inset between commas (grammar's optional
    ``speaker_insets``: ``La planification est une tâche majeure, a-t-il recommandé, demandant à …``, ``…, he said,
    requiring …``): the inset's pronoun stands for the asker (round 34b fr)."""
    inset = _speaker_inset_at_end(lang)
    return bool(inset and inset.search(opening))


@lru_cache(maxsize=None)
def _speaker_inset_at_end(lang: str) -> re.Pattern | None:
    """``_speaker_inset_before``'s pattern, built once a language: one of grammar's ``speaker_insets`` and a word
    between commas, ending the words; None where the language lists no inset."""
    insets = language_grammar(lang).get("speaker_insets") or []
    return re.compile(rf",\s*(?:{alternation(insets)})\s+[^\W\d_]+\s*,$") if insets else None


def _speaker_inset_before_link(opening: str, lang: str) -> bool:
    """Whether the words before an assigning verb in the infinitive end with a speaker's inset between commas and one
    of grammar's ``infinitive_links`` (``Il faut accélérer la campagne de dépistage …, a-t-il souligné, avant de demander
    au ministère de la Santé …``): the inset's pronoun is the asker, as the pronoun opening a clause before the link is
    (``_pronoun_before_infinitive``; round 37 fr)."""
    pattern = _speaker_inset_then_link(lang)
    return bool(pattern and pattern.search(opening))


@lru_cache(maxsize=None)
def _speaker_inset_then_link(lang: str) -> re.Pattern | None:
    """``_speaker_inset_before_link``'s pattern, built once a language: a speaker's inset between commas, then one of
    grammar's ``infinitive_links`` ending the words; None where the language lists no inset or no link."""
    insets = language_grammar(lang).get("speaker_insets") or []
    links = language_grammar(lang).get("infinitive_links") or []
    if not insets or not links:
        return None
    return re.compile(rf",\s*(?:{alternation(insets)})\s+[^\W\d_]+\s*,\s*(?:{alternation(links)})$")


def _pronoun_before_infinitive(opening: str, lang: str) -> bool:
    """Whether the words before an assigning verb in the infinitive are a clause the pronoun opens and a link to
    that verb (``Il a également appelé à moderniser les écoles, avant de conseiller aux localités …``: the pronoun
    is the asker; ``infinitive_links`` in ``lang/<code>/grammar.json``, round 15b)."""
    clause = _pronoun_clause_then_link(lang)
    if clause is None or any(mark in opening for mark in ".;:"):
        return False
    return bool(clause.match(opening))


@lru_cache(maxsize=None)
def _pronoun_clause_then_link(lang: str) -> re.Pattern | None:
    """``_pronoun_before_infinitive``'s pattern, built once a language: one of grammar's ``pronouns`` opening a clause,
    its comma, one of its ``infinitive_links`` ending the words; None where the language lists no link or no pronoun."""
    links = language_grammar(lang).get("infinitive_links") or []
    pronouns = language_grammar(lang).get("pronouns") or []
    if not links or not pronouns:
        return None
    return re.compile(rf"^(?:{alternation(pronouns)})\s[^,]*,\s*(?:{alternation(links)})$")


# a list marker opening the words it reads ("3. ", "a) ", "- ")
_LIST_MARKER_OPENING = re.compile(rf"^\s*{LIST_MARKER}\s")


def _elided_subject(opening: str, lang: str | None = None) -> bool:
    """Whether the words before an assigning verb are only an opening such as "Đồng thời," or a list
    marker ("3. Giao Văn phòng Chính phủ …"), or nothing; an impersonal subject (grammar's optional
    ``impersonal_subjects``: ``Accordingly, it is required that districts establish …``) names no one either."""
    opening = _LIST_MARKER_OPENING.sub("", opening).strip()
    impersonal = _impersonal_subject_at_end(lang) if lang else None
    if impersonal and impersonal.search(opening):
        return True  # the impersonal subject is the clause's own; the words before it are an adjunct ("Dans le domaine
        # urbain il est demandé au …", open classes after round 24b), no one who asks
    purpose = _purpose_clause_at_end(lang) if lang else None
    cut = purpose.search(opening) if purpose else None
    if cut:
        # "Theo đó, nhằm đẩy nhanh tiến độ … trên địa bàn tỉnh, yêu cầu Sở …": a purpose clause names no one, however long;
        # the words before it decide (round 33b)
        opening = opening[: cut.start()].strip()
    return opening == "" or bool(_PRONOUN_OPENING.match(opening)) or (
        len(opening) <= ELIDED_SUBJECT_CHARS and opening.endswith(",")
    ) or bool(lang and continuation_opening(lang).fullmatch(opening))  # "Dans le meme temps confier …": its comma lost


@lru_cache(maxsize=None)
def _purpose_clause_at_end(lang: str) -> re.Pattern | None:
    """grammar's optional ``purpose_openers`` (``nhằm``, ``in order to``) opening the last clause of the words before an
    assigning verb, that clause running to their final comma, as the matching lowers them."""
    words = language_grammar(lang).get("purpose_openers") or []
    return (re.compile(rf"(?:^|(?<=,))\s*(?:{phrases([lower_for_matching(w) for w in words])})(?:\s|(?<=')).*,$")
            if words else None)


@lru_cache(maxsize=None)
def _impersonal_subject_at_end(lang: str) -> re.Pattern | None:
    """grammar's optional ``impersonal_subjects`` (``it is``) closing the words before an assigning verb, as the
    matching lowers them."""
    words = language_grammar(lang).get("impersonal_subjects") or []
    return re.compile(rf"(?:^|(?<=[\s,]))(?:{phrases([lower_for_matching(w) for w in words])})$") if words else None


def _directing_subject(f: Found, sentence: Sentence, mentions: list[Mention], lowered: str, tasked: set[int], own: set[str],
                       cues_of: LanguageCues) -> str | None:
    """The subject of a nested direction's sentence, a province's own body (its committees, departments, districts or
    communes) tasked there by a modal or plain verb after it, not the object of an assigning verb (``The People's
    Committees of districts shall direct the People's Committees of communes to …``: the districts ask the communes;
    ``… asked the Inspectorate to oversee the Ministry of Y …`` has none; a ministry that will instruct the provinces'
    departments keeps round 23's reading, the text's asker), else None."""
    cue_start = f.extra.get("cue_start")
    if cue_start is None:
        return None
    subjects = [m for m in mentions if sentence.start <= m.start and m.end <= cue_start and m.start in tasked
                and m.agency_id not in own and m.agency_id not in PERSONS and is_provincial(m.agency_id)
                and not cues_of.assign_before.search(lowered[sentence.start : m.start])
                and not cues_of.assign_anywhere.search(lowered, sentence.start, m.start)]
    return subjects[0].agency_id if subjects else None


def _district_directing_communes(f: Found, sentence: Sentence, mentions: list[Mention], lowered: str, tasked: set[int],
                                 own: set[str], cues_of: LanguageCues) -> str | None:
    """The district committee (DPC) tasked before the verb that directs the commune committees of ``f`` in its own
    clause (the lead, stop 43, ruling A), else None: only commune committees are asked by it so."""
    if not f.group.mentions or any(split_id(m.agency_id)[0] != "CPC" for m in f.group.mentions):
        return None
    directing = _directing_subject(f, sentence, mentions, lowered, tasked, own, cues_of)
    return directing if directing and split_id(directing)[0] == "DPC" else None


def _government_leaders_as_head(named: str | None, authority: str | None, before: str, lang: str) -> str | None:
    """The Government a fronted phrase names by its leaders (grammar's optional ``government_leaders``: ``Theo yêu cầu
    của lãnh đạo Chính phủ, Bộ cũng cần …``) in a text the Prime Minister directs: the Prime Minister, the leader
    whose directive it is (round 29 vi's call in its gold note; stop 37's left classes); else ``named`` as it is."""
    words = grammar(lang).get("government_leaders") or []
    if named == "GOV" and authority == "PM" and words and re.search(
            rf"(?<![\w'])(?:{'|'.join(re.escape(lower_for_matching(w)) for w in words)})(?![\w'])", before):
        return "PM"
    return named


@lru_cache(maxsize=None)
def _article_start_opening(lang: str, unaccented: bool) -> re.Pattern:
    """The cues' ``article_start`` opening the words it reads, once a language and a way of reading it (a text
    without accents reads the cues' folded pattern)."""
    return re.compile(rf"^\s*{cues(lang).article_start.pattern}")


def assigner(f: Found, sentence: Sentence, mentions: list[Mention], authority: str | None, lowered: str,
              tasked: set[int], cues_of: LanguageCues, earlier: dict[int, str | None] | None = None,
              previous: Sentence | None = None, sentences: list[Sentence] | None = None) -> str | None:
    """Who assigns: for a verb frame the body named before the verb in the sentence (the Prime Minister,
    or a ministry requesting a province) that is not itself tasked there ("asked the State Bank … and
    tasked the Ministry …": the asker); a pronoun stands for the last authority named before the
    sentence; the text's authority when the verb has no subject. For the other frames an authority
    named earlier in the sentence, else the text's authority."""
    earlier = earlier or {}
    own = {m.agency_id for m in f.group.mentions}  # no body assigns its own task
    if f.kind == "implementation":
        return f.extra.get("issuer") or authority
    if f.kind != "assign":
        # the agent a passive names inside it asks ("… được UBND tỉnh giao chủ trì", "was assigned by the provincial
        # People's Committee to …", round 35b: frames._past_passive_agent)
        named = (f.extra.get("passive_agent") or _government_leaders_as_head(fronted_source(f.group, sentence, mentions, lowered, cues_of.lang, own, tasked),
                                             authority, lowered[sentence.start : f.group.start], cues_of.lang)
                 or _authority_before(f.group, sentence, mentions, lowered, cues_of)
                 or _directing_body_before_comma(f.group, sentence, mentions, lowered, tasked, own, cues_of)
                 or _speaker_before(f.group, sentence, mentions, lowered, cues_of.lang) or f.extra.get("issuer")
                 or _emphasising_body_before(f.group, sentence, mentions, lowered, cues_of.lang)
                 or _emphasising_named_person(f.group, sentence, mentions, lowered, own, cues_of)
                 or _authority_reported_after(f.group, sentence, mentions, lowered, cues_of))
        if named is None and f.extra.get("stands_for") and earlier.get(f.extra.get("asked_in", f.sentence - 1)):
            # "The Departments of Industry and Trade … have been ordered to … . They should recommend …": the pronoun
            # repeats the bodies a sentence before tasked, asked by the same asker (round 36 en)
            return earlier[f.extra.get("asked_in", f.sentence - 1)]
        if named is None and f.sentence - 1 in earlier and (
                cues_of.continuation_opener.match(lowered[sentence.start : sentence.start + 40])
                or _passive_cue(f.cue, cues_of.lang) and all(is_collective(m.agency_id) for m in f.group.mentions)):
            # "PM Chinh demanded … . Localities were told to …": a collective's passive goes on with the last asker
            return earlier[f.sentence - 1]  # "Đồng thời, UBND tỉnh Lạng Sơn phải …" goes on with the last request
        if named is None and f.sentence - 1 not in earlier:
            # "Phát biểu kết luận, Chủ tịch UBND tỉnh … nhấn mạnh, việc … là nền tảng … . Trong bối cảnh …, các sở,
            # ngành, địa phương cần khẩn trương …": the speaker's emphasis goes on in the duty after it (round 29b)
            named = _emphasis_going_on(previous, mentions, lowered, cues_of.lang)
        if named is None and sentences:  # "1. The Department of … coordinates …" under "the Committee assigned:"
            named = _list_header_assigner(f, sentences, mentions, lowered, cues_of)
        if named is None and not _under_a_report_header(f, sentences, lowered):
            # (not an item under "The department listed its needs:")
            named = _the_one_asker_before(f, earlier, cues_of, lowered[sentence.start : f.group.start].lstrip())
        if named is None and authority is None and not earlier:
            named = _the_texts_one_committee(f, mentions, lowered, cues_of.lang)
        if named is None and authority is None and not earlier and sentences:
            named = _a_departments_request_before(f, sentences, mentions, lowered, cues_of)
        if named is None and authority is None and not earlier and _passive_cue(f.cue, cues_of.lang):
            named = _the_texts_one_issuer(f, mentions, lowered, own, cues_of)
        if named is None:
            named = _government_leader_over_the_government(f, earlier, authority)
        if (named is None and all("@" in m.agency_id and not m.agency_id.startswith("PPC@") for m in f.group.mentions)
                and not (authority and split_id(authority)[0] == "PPC" and not _under_a_report_header(f, sentences, lowered))):
            return None  # "Công an tỉnh được giao …" in an article where the Prime Minister asks elsewhere: not said
            # (where the text's authority is the provincial committee, it assigns its province's bodies)
        return named or authority
    if f.extra.get("nested") and f.sentence in earlier:
        directing = _directing_subject(f, sentence, mentions, lowered, tasked, own, cues_of)
        if directing:
            return directing  # "The People's Committees of districts … shall implement and direct the People's Committees
            # at the commune level to …": the subject tasked directs the bodies after it (round 25's nested direction)
        return earlier[f.sentence]  # "asks the Inspectorate to oversee the Ministry of Y in …": the same assigner
    if f.extra.get("nested") and sentences:
        heading = _item_heading_body(f, sentences, mentions, lowered, cues_of)
        if heading:
            return heading  # "1. Chairman of People's Committee of districts, …:" then "- Direct the People's Committees of
            # communes … to …": the heading's body directs (round 28, as round 25's "… shall direct …")
    if f.extra.get("topic_goes_on"):
        # "… giao Sở Xây dựng chủ trì … . Đối với Sở Nội vụ, rà soát …": the direction under way goes on, its asker asks
        askers = [earlier[i] for i in sorted(earlier) if i < f.sentence and earlier[i] and earlier[i] not in own]
        return askers[-1] if askers else authority
    cue_start = f.extra["cue_start"]
    before = [m for m in mentions if sentence.start <= m.start and m.end <= cue_start and m.start not in tasked]
    if f.extra.get("nested"):  # "the Prime Minister requested Deputy Prime Minister X to direct the Ministry …":
        before = [m for m in before  # the person asked to direct passes the request on, the asker assigns
                  if not (m.agency_id in PERSONS and cues_of.assign_before.search(lowered[sentence.start : m.start]))]
    fronted = lowered[sentence.start : cue_start].rsplit(",", 1)
    pronoun_after_fronted = len(fronted) == 2 and bool(_PRONOUN_OPENING.match(fronted[1].strip()))
    if pronoun_after_fronted:
        # "For the operation of the two-tier local government, he requested Tay Ninh to …": the bodies of the fronted
        # phrase are its topic, the pronoun after the comma is the subject (round 23's left class), read below
        before = [m for m in before if m.start > sentence.start + len(fronted[0])]
    if before and len(fronted) == 2:
        # "Under Document No 6166 …, issued to implement the Government's Resolution No 86 …, Trung requested …": the
        # bodies of a fronted clause are not the subject, the given name of the head named earlier is (round 18d)
        named = _head_named_by_given_name(fronted[1], sentence, mentions, lowered, own, cues_of)
        if named:
            return named
    if before:
        # a body in a complement ("đối thoại giữa các bộ, ngành và doanh nghiệp; đồng thời đề nghị …") is not
        # the one who asks when a body named before it can be ("Theo Bộ Tài chính, … đề nghị" keeps the source)
        others = [m for m in before if m.agency_id not in own]  # "gửi …, Sở Y tế …; đồng thời giao Sở Y tế …"
        owner = _owner_of_signed_document(others, lowered, cues_of)
        if owner:
            return owner  # "Phó Thủ tướng … vừa ký Công điện của Thủ tướng Chính phủ yêu cầu …": the telegram's owner asks
        owner = _owner_of_conveyed_direction(others, lowered, cues_of)
        if owner:
            return owner  # "Văn phòng Chính phủ … truyền đạt ý kiến chỉ đạo của Thủ tướng … giao Bộ …": the owner asks
        # a body after "of" is a complement, not the one who speaks, unless "of" ends a head's title ("in operating
        # local government …, the Chairman of the People's Committee of Da Nang City requested …": the committee asks,
        # not the government of the fronted clause, round 19)
        speakers = [m for m in others if not cues_of.not_subject_before.search(lowered[sentence.start : m.start])
                    or (cues_of.head_title_at_end and cues_of.head_title_at_end.search(lowered[sentence.start : m.start]))]
        if others:
            return (speakers or others)[-1].agency_id
    elif f.sentence in earlier and any(sentence.start <= m.start and m.end <= cue_start and m.start in tasked for m in mentions):
        # "Sở Y tế … chịu trách nhiệm chỉ đạo các bệnh viện …": a body tasked before the verb passes its task on,
        # whoever tasked it assigns the bodies it directs (as a nested directive's); but a district committee
        # directing the commune committees in its own clause asks them (the lead, stop 43, ruling A: "UBND các
        # huyện chịu trách nhiệm chỉ đạo UBND các xã …", the communes asked by DPC)
        return _district_directing_communes(f, sentence, mentions, lowered, tasked, own, cues_of) or earlier[f.sentence]
    opening = "" if f.extra.get("item") else lowered[sentence.start : cue_start].strip()
    if cues_of.document_subject.match(opening + " "):
        return authority  # "The resolution also assigns …", "It asks …": the text's authority
    if opening in _OPENING_QUOTES and _quoted_by_the_document(lowered, cue_start, sentence.end, cues_of):
        # "“Yêu cầu các sở, ngành … nghiêm túc thực hiện”, Văn bản nêu rõ.": the document quoted is the one whose issuer
        # the text named before (the last asker of its directions), or the text's authority; none named, no asker
        askers = [earlier[i] for i in sorted(earlier) if i < f.sentence and earlier[i]]
        return authority or (askers[-1] if askers else None)
    if cues_of.place_subject and cues_of.place_subject.match(opening + " ") and authority and split_id(authority)[0] == "PPC":
        return authority  # "The province requires the Department of Finance …": the province's committee, the text's authority
    if cues_of.place_subject and cues_of.place_subject.match(opening + " ") and not authority:
        codes = {split_id(m.agency_id)[1] for m in f.group.mentions}
        if all(is_provincial(m.agency_id) and split_id(m.agency_id)[0] != "PPC" and split_id(m.agency_id)[0] not in chapter_kinds()
               for m in f.group.mentions) and len(codes) == 1:  # (the Front's chapter is no body the committee directs)
            # "The city has asked the Department of Construction …", "Thành phố đã yêu cầu Sở Xây dựng …" in a text
            # with no authority of its own: the bodies asked are one province's, its committee asks (stop 40)
            code = codes.pop()
            return f"PPC@{code}" if code else "PPC"
    if (_PRONOUN_OPENING.match(opening) or pronoun_after_fronted or _pronoun_before_infinitive(opening, cues_of.lang)
            or _pronoun_clause_before_joined_verb(opening, lowered[cue_start : cue_start + 8], cues_of.lang)
            or _speaker_inset_before(opening, cues_of.lang) or _speaker_inset_before_link(opening, cues_of.lang)):
        if earlier.get(f.sentence - 1) and earlier[f.sentence - 1] not in own:
            return earlier[f.sentence - 1]  # "… Chủ nhiệm Văn phòng Chính phủ … yêu cầu các bộ …. Ông cũng đề nghị …"
        persons = [m for m in mentions if sentence.start - _PRONOUN_REACH <= m.start < sentence.start and m.agency_id in PERSONS]
        led = _body_led_by_the_last_head(sentence, mentions, lowered, own, cues_of) if _BARE_PRONOUN.search(opening) else None
        if led and not (persons and persons[-1].start > led.start):
            return led.agency_id  # "Theo Phó Chủ tịch UBND huyện …, … . …, ông đề nghị UBND các xã …": the district's
            # committee, named after the Prime Minister of "theo Quyết định … của Thủ tướng Chính phủ" (round 32b)
        reporter = _reporter_over_reported_person(persons, previous, mentions, lowered, own, cues_of)
        if reporter and _BARE_PRONOUN.search(opening):
            return reporter  # "Le président de l'Assemblée nationale a rappelé que … le Premier ministre avait publié …
            # . Il a demandé au Comité populaire municipal …": the reporter, not the person of his reported clause
        if persons and _committee_heads_title(opening, cues_of.lang):
            headed = _headed_committee(sentence, mentions, lowered, cues_of)
            if headed:
                return headed  # "The Chairman of the Provincial People's Committee has issued Official Dispatch … to
                # direct … Directive No. 32/CĐ-TTg of the Prime Minister. Accordingly, the Chairman requests …": a
                # committee head's bare title stands for the committee whose chairman was named, not for the person
                # who issued the cited directive (round 34)
        if persons:
            return persons[-1].agency_id
        headed = _headed_committee(sentence, mentions, lowered, cues_of)
        if headed:
            return headed  # "Chairwoman of the Provincial People's Committee … . Therefore, the Chairwoman requested …"
        posted = _body_of_named_person(opening, sentence, mentions, lowered, own)
        if posted:
            return posted  # "… đồng chí Vũ Văn Diện - Phó Chủ tịch Thường trực UBND tỉnh … . … đồng chí Vũ Văn Diện đề nghị …"
        subject = _authority_subject_of(previous, mentions, lowered, own, cues_of) if _BARE_PRONOUN.search(opening) else None
        if subject:
            return subject  # "Le Comité populaire de la province … a donné des instructions … . Le 17 mai, il a assigné …"
    opening = "" if f.extra.get("item") else lowered[sentence.start : cue_start]
    if cues_of.article_start:  # "Điều 2.Giao Sở Y tế chủ trì …", "Điều 2: Giao cho …": an article's number opens it
        opening = _article_start_opening(cues_of.lang, reading_without_accents(cues_of.lang)).sub("", opening)
    named = _head_assigning_own_office(opening, lowered, own, cues_of)
    if named:
        return named  # "Mr. Tran Hoang Tuan requested … . Mr. Tran Hoang Tuan also assigned the Provincial People's
        # Committee Office to …": his post never given, the committee whose own office he tasks (round 33 en)
    named = _title_of_named_person(opening, sentence, mentions, lowered, own, cues_of)
    if named:
        return named  # "Le Premier ministre Pham Minh Chinh a présidé … . Pham Minh Chinh a demandé aux ministères …"
    named = _head_named_by_given_name(opening, sentence, mentions, lowered, own, cues_of)
    if named:
        return named  # "Chairman of the Hanoi People's Committee Nguyen Duc Chung praised … . Chung urged districts …"
    titled = _head_named_by_title(opening, sentence, mentions, cues_of.lang, own, lowered)
    if titled:
        return titled  # "… le ministre de la Santé Nguyen Thanh Long … . Le ministre a également demandé aux localités …"
    named_by_surname = _committee_head_by_surname(opening, mentions, own, cues_of)
    if named_by_surname:
        return named_by_surname  # "Chairman Đô instructed district People's Committees …" in a provincial committee's text
    named_later = _body_named_after(opening, sentence, mentions, lowered, own, cues_of, sentences)
    if named_later:
        return named_later  # "The ministry asked … . … The Ministry of Transport has asked …": named only at the end
    leader = _leader_asker(opening, f, cues_of.lang,
                           lambda: any(m.start < sentence.start and not is_provincial(m.agency_id) for m in mentions))
    if leader:
        return leader  # "Lãnh đạo TP yêu cầu Sở Xây dựng …": the city's leaders ask for its committee (round 13)
    went_on = continuation_opening(cues_of.lang).match(lowered, sentence.start, cue_start)
    if went_on and not lowered[sentence.start + went_on.end() : cue_start].strip(" ,"):
        if earlier.get(f.sentence - 1) and earlier[f.sentence - 1] not in own:
            # "… Chủ tịch UBND tỉnh giao Sở Y tế …. Đồng thời yêu cầu Sở Tài chính …": a second request with no subject
            # of its own goes on with the asker of the sentence before, as a subject's cue after the same opener does
            return earlier[f.sentence - 1]
        went_over = _last_asker_over_bodiless_sentences(f, earlier, sentences, mentions, own)
        if went_over:
            return went_over
    if not _elided_subject(opening, cues_of.lang):
        if f.role == "coordinate" and authority:
            # the partners of a body outside the table that directs its own units ("Bộ Chỉ huy quân sự tỉnh chỉ đạo
            # đơn vị chức năng phối hợp chặt chẽ với Công an tỉnh …" in the committee's letter): the text's authority
            return authority
        if not any(i < f.sentence and a for i, a in earlier.items()):
            # "Theo đó, …, giao Sở Xây dựng chủ trì …, báo cáo UBND TP trước ngày 15-12.": a request with no subject and
            # no asker before it is the committee its task reports to, in its own sentence (round 31 vi); else none
            return _committee_reported_to(f, sentence, mentions, lowered, own, cues_of.lang)
        return None
    if authority is None and earlier.get(f.sentence - 1) and earlier[f.sentence - 1] not in own:
        # "Bộ Xây dựng đề nghị UBND các tỉnh … báo cáo … . Đề nghị UBND các tỉnh … gửi báo cáo về Bộ Xây dựng trước
        # ngày …": a request with no subject right after a request, in a text with no authority of its own (a news
        # item, no legal text's issuer), goes on with that request's asker (round 21)
        return earlier[f.sentence - 1]
    return authority or _reporter(previous, mentions, lowered, cues_of, tasked)


@lru_cache(maxsize=None)
def _report_to_words(lang: str) -> re.Pattern | None:
    """``report_to_words`` of ``lang/<code>/grammar.json``: the words of a task's report right before the body it goes
    to (``báo cáo UBND TP``), the words ending the pattern."""
    words = language_grammar(lang).get("report_to_words") or []
    return re.compile(rf"(?<![\w'])(?:{alternation(words)})\s*\Z") if words else None


def _committee_reported_to(f: Found, sentence: Sentence, mentions: list[Mention], lowered: str, own: set[str],
                           lang: str) -> str | None:
    """The People's Committee a task reports to in its own sentence, right after the report's words
    (``…, báo cáo UBND TP trước ngày 15-12``), not one of the bodies tasked; None for none."""
    words = _report_to_words(lang)
    if words is None:
        return None
    for m in mentions:
        if (f.group.end <= m.start and m.end <= sentence.end and m.agency_id not in own
                and split_id(m.agency_id)[0] in PEOPLES_COMMITTEES and words.search(lowered, f.group.end, m.start)):
            return m.agency_id
    return None


# how many sentences naming no body a request opened by "Đồng thời, …" looks back over for the request it goes on with
_BODILESS_REACH = 6


def _last_asker_over_bodiless_sentences(f: Found, earlier: dict[int, str | None], sentences: list[Sentence] | None,
                                        mentions: list[Mention], own: set[str]) -> str | None:
    """The asker of the last request before a request that opens with a continuation word and no subject, where the
    sentences between name no body: the request's own tasks told without a subject and a photo's caption (``Bộ GD&ĐT
    đề nghị UBND các tỉnh … rà soát … . Ảnh minh họa. Tăng cường kiểm tra … . Đồng thời, chỉ đạo sở GD&ĐT … và UBND
    cấp xã …``: the ministry asks the bodies the provinces direct; round 30 vi). A body named between may be the
    subject the opener goes on with: none then."""
    if not sentences:
        return None
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - _BODILESS_REACH), -1):
        if index in earlier:
            asker = earlier[index]
            return asker if asker and asker not in own and index < f.sentence - 1 else None
        if any(sentences[index].start <= m.start < sentences[index].end for m in mentions):
            return None
    return None


# how far back a head's bare title ("Le ministre a également demandé …") looks for the body it heads
_TITLE_REACH = 1200


def _committee_head_by_surname(opening: str, mentions: list[Mention], own: set[str], c: LanguageCues) -> str | None:
    """The committee whose head a title and a bare name opening the sentence name (``Chairman Đô instructed …``, the
    head never named in full in the text): the one province's committee the text names (``… submitted to the
    provincial People's Committee``). grammar's optional ``head_titles_with_name``: title -> the committee's kind; a
    text naming several provinces' committees, or none, gives none (round 18d's open class, round 19 not blind)."""
    titles = language_grammar(c.lang).get("head_titles_with_name") or {}
    adverbs = {lower_for_matching(a) for a in language_grammar(c.lang).get("pronoun_adverbs") or []}
    # the title and the name after an opening phrase and its comma (``Regarding this content, Chairman Nguyen Van Tri
    # assigned …``: round 21's open class)
    words = opening.split(",")[-1].split()
    for title, kind in titles.items():
        title_words = lower_for_matching(title).split()
        name = words[len(title_words):]
        if words[: len(title_words)] != title_words or not 1 <= len(name) <= 3 or any(w in adverbs for w in name):
            continue
        if any(not re.fullmatch(r"[^\W\d_][\w-]*", w) for w in name):
            continue
        # the words after a title that make it another post, no name (grammar's optional ``head_title_not_names``:
        # ``Chủ tịch nước`` is the State President, ``le président de …``; round 37 vi gave Vietnamese the titles)
        if name[0] in {lower_for_matching(w) for w in language_grammar(c.lang).get("head_title_not_names") or []}:
            continue
        committees = {m.agency_id for m in mentions if split_id(m.agency_id)[0] == kind and split_id(m.agency_id)[1]}
        if len(committees) == 1 and not committees & own:
            return committees.pop()
    return None


# a numbered document's symbol ("No. 44/KH-UBND"), then a few words (its date) before the link to its issuer
_DOCUMENT_SYMBOL_BEFORE = r"\d+/[^\s,;]+[^.;:\n]{0,40}?"


@lru_cache(maxsize=None)
def _document_issuer_link(lang: str) -> re.Pattern | None:
    """A numbered document right before grammar's optional ``document_issuer_links`` (``of the``, ``du``) at the end
    of the words before a body: the body issued it."""
    links = language_grammar(lang).get("document_issuer_links") or []
    return re.compile(rf"{_DOCUMENT_SYMBOL_BEFORE}(?<![\w'])(?:{phrases(links)})\s+$") if links else None


def _the_texts_one_committee(f: Found, mentions: list[Mention], lowered: str, lang: str) -> str | None:
    """The asker of a province's bodies tasked without one (a modal, a plain future) in a text where no one has asked
    before and no authority directs: the one provincial committee the text names as the issuer of a numbered document,
    when it is of their province and every provincial committee named is it (``Mr. Le Van Han - Chairman of Tra Vinh
    Provincial People's Committee - said that … according to Plan No. 44/KH-UBND, dated April 11, 2025 of the
    Provincial People's Committee. According to the plan, …, by April 19, districts, towns and cities will synthesize
    …``: the province's plan; open classes after round 21b). A plan whose author the text does not name (``According
    to the plan, districts, towns and cities must list voters …`` after the committee's press conference) gives none,
    as round 19's gold reads it."""
    link = _document_issuer_link(lang)
    codes = {split_id(m.agency_id)[1] for m in f.group.mentions}
    if link is None or len(codes) != 1 or None in codes or any(m.agency_id.startswith("PPC") for m in f.group.mentions):
        return None
    committee = f"PPC@{codes.pop()}"
    committees = [m for m in mentions if split_id(m.agency_id)[0] == "PPC"]
    if not {m.agency_id for m in committees} <= {committee, "PPC"} or committee not in {m.agency_id for m in committees}:
        return None
    issued = any(link.search(lowered, max(0, m.start - 120), m.start) for m in committees)
    return committee if issued else None


def _a_departments_request_before(f: Found, sentences: list[Sentence], mentions: list[Mention], lowered: str,
                                  c: LanguageCues) -> str | None:
    """The asker of local committees tasked without one (a plain duty) in a text where no row was asked before and no
    authority directs: a province's department opening the sentence before with an assigning verb whose addressees are
    outside the table (``Theo đó, Sở Nông nghiệp và Môi trường đề nghị các đơn vị, địa phương theo dõi … .`` then ``UBND các xã,
    phường tiếp tục kiểm tra …``: the department's letter goes on to the communes; round 33b), the committees of its
    province (or, unnamed, of none)."""
    if f.sentence < 1 or c.assign_anywhere is None:
        return None
    ids = {m.agency_id for m in f.group.mentions}
    if not ids or not all(split_id(i)[0] in LOCAL_COMMITTEES for i in ids):
        return None
    before = sentences[f.sentence - 1]
    opening = [m for m in mentions if before.start <= m.start < before.end]
    # (an opener word and its comma may come first: ``Theo đó, Sở … đề nghị …``, cues.json's ``document_subjects`` and
    # ``continuation_openers``)
    lead_in = lowered[before.start : opening[0].start].strip() if opening else ""
    openers = [lower_for_matching(w) for w in (c.data.get("document_subjects") or []) + (c.data.get("continuation_openers") or [])]
    if not opening or lead_in and not any(lead_in == f"{w}," for w in openers):
        return None
    first = opening[0]
    kind, code = split_id(first.agency_id)
    if not _a_provinces_department(kind) or any(split_id(i)[1] != code for i in ids):
        return None
    verb = re.match(r"\s*", lowered[first.end :])
    return first.agency_id if c.assign_anywhere.match(lowered, first.end + verb.end()) else None


@lru_cache(maxsize=None)
def _issuing_verb_after(lang: str) -> re.Pattern | None:
    """cues.json's ``issuing_verbs`` (``vừa ký``, ``has just signed``) after a body's name, a person's name and an
    aside between (no sentence's end)."""
    verbs = cues(lang).data.get("issuing_verbs") or []
    if not verbs:
        return None
    return re.compile(rf"[^.;:\n]{{0,{_APPOSITION_CHARS}}}?(?<![\w'])(?:{phrases(verbs)})(?![\w'])")


def _the_texts_one_issuer(f: Found, mentions: list[Mention], lowered: str, own: set[str], c: LanguageCues) -> str | None:
    """The asker of a passive request that names none (``Về phía địa phương, UBND các tỉnh, thành phố được đề nghị
    chuẩn bị báo cáo …``) in a text where no one has asked before and no authority directs: the one body the text
    names before it as issuing or signing the document it tells (``Quyền Bộ trưởng Nông nghiệp và Môi trường … vừa ký
    quyết định thành lập 10 đoàn công tác …``), a body that asks (a ministry, a provincial committee, the Government);
    none where two bodies issue (round 32b)."""
    pattern = _issuing_verb_after(c.lang)
    if pattern is None:
        return None
    issuers = {m.agency_id for m in mentions if m.end <= f.group.start and m.agency_id not in own
               and (m.agency_id in ASKING_AUTHORITIES or split_id(m.agency_id)[0] in ASKING_AUTHORITIES
                    or kind_of(m) in ASKING_KINDS)
               and pattern.match(lowered, m.end)}
    return issuers.pop() if len(issuers) == 1 else None


def _a_provinces_body(agency_id: str) -> bool:
    """A body of a province's table (its departments, district and commune committees, police), not the country's."""
    kind = split_id(agency_id)[0]
    return kind in LOCAL_COMMITTEES or kind in ("DEPARTMENTS", "PPS") or _a_provinces_department(kind)


def _the_one_asker_before(f: Found, earlier: dict[int, str | None], c: LanguageCues, opening: str = "") -> str | None:
    """The asker of a task told without one (a modal, a plain future, a passive: ``The Department of Finance is tasked
    with …``, ``The Ministry of Planning and Investment was assigned to …``) in a text where one body alone has asked
    before it (every earlier task's asker): that body, when it is a province's committee and the bodies are of its
    province (``Trung requested municipal departments … . … The Department of Construction must advise …``), or, for
    a passive, any such asker (a Deputy PM's call reported over several paragraphs). The asker lost after the first
    paragraph, the open class of rounds 18b and 18d (round 19, not blind)."""
    # (the tasks of this sentence found before it count: a page that glues two sentences, ``… ( INN ).Les localités
    # côtières doivent …``, gives them one index, round 21b)
    askers = {asker for sentence, asker in earlier.items() if sentence <= f.sentence and asker}
    if len(askers) != 1 or any(sentence <= f.sentence and asker is None for sentence, asker in earlier.items()):
        return None
    asker = next(iter(askers))
    ids = {m.agency_id for m in f.group.mentions}
    if asker in ids:
        return None
    kind, code = split_id(asker)
    # the localities a province's committee tasked before are its own, not the country's provinces (``Le vice-président
    # du Comité populaire de la province de Quang Ninh … a demandé aux localités côtières … . Les localités côtières
    # doivent …``, round 21b); the same after one of its departments asked (``Le Département de l'Agriculture … de la
    # province de Tay Ninh a demandé aux Comités populaires des communes … . Plus précisément, les localités doivent …``,
    # round 27)
    if ((kind == "PPC" or _a_provinces_department(kind)) and code
            and all(split_id(m.agency_id)[1] == code or named_localities(m, c.lang) for m in f.group.mentions)):
        return asker
    # a ministry a province's committee alone asked before tasks again as a subject (``En conséquence, le ministère de
    # la Santé est l'organisme central chargé de … . Le ministère de la Santé est chargé de recevoir …`` in the
    # committee's decision): the translation's word for the committee's department, read so once the committee asks
    # (``_ministry_as_department``), so the committee still asks its second duty (round 33b)
    if (kind == "PPC" and code and f.kind in ("subject", "weak")
            and all(m.agency_id in _ministry_departments_of() for m in f.group.mentions)):
        return asker
    # the same in a text that never names its province (the ids without the code, rounds 13-18): the committee's own
    # localities and bodies, not the country's (``Minh requested the Department of Education and Training to … .
    # Steering committee members and localities must well perform the assigned tasks, he added.``, round 32b)
    if ((kind == "PPC" or _a_provinces_department(kind)) and not code
            and all(named_localities(m, c.lang) or ("@" not in m.agency_id and _a_provinces_body(m.agency_id))
                    for m in f.group.mentions)):
        return asker
    if _passive_cue(f.cue, c.lang) and "@" not in asker and all("@" not in i for i in ids):
        return asker
    # a district's committee that alone asked before, its communes' committees' duty spelled out after a word saying
    # the direction's content (cues.json's ``document_subjects``: ``Chủ tịch UBND huyện … chỉ đạo Chủ tịch UBND các
    # xã, thị trấn … . Theo đó, Chủ tịch UBND các xã, thị trấn nghiêm túc thực hiện …``, round 33); a plan's own next
    # step (``Based on these lists, the People's Committees of communes shall establish …``, round 25 en) is not it
    documents = _document_subject_opening(c.lang)
    if (kind == "DPC" and ids and all(split_id(i) == ("CPC", code) for i in ids)
            and documents and documents.match(opening)):
        return asker
    # a ministry that alone asked provinces' committees, their tasks spelled out after (``Le ministère des Minorités
    # ethniques … a demandé aux présidents des trois provinces … . … les présidents des trois provinces doivent …``;
    # round 19b), or every province's department (``Sở Tài chính các địa phương phải chủ trì …`` in the finance
    # ministry's letter, round 26)
    if (kind not in ("PPC", "PROVINCES") and "@" not in asker and asker not in AUTHORITIES
            and all(split_id(i)[0] in ("PPC", "PROVINCES") or _every_provinces_department(i) for i in ids)):
        return asker
    return None


def _government_leader_over_the_government(f: Found, earlier: dict[int, str | None], authority: str | None) -> str | None:
    """The Government's leader (the Prime Minister, a Deputy Prime Minister) who alone asked before a task told without
    an asker, in a text whose authority is the Government only as a headline or a summary names it (``Chính phủ yêu cầu
    bình ổn giá thịt lợn`` over ``Phó Thủ tướng … giao Bộ NNPTNT chủ trì … . Các Bộ phải có kịch bản …``): the leader
    the text names as giving the tasks asks the national bodies tasked after him, not the Government (round 38b vi);
    a province's body, or an earlier task with no asker, keeps the text's authority."""
    if authority != "GOV":
        return None
    askers = {asker for sentence, asker in earlier.items() if sentence <= f.sentence and asker}
    if len(askers) != 1 or any(sentence <= f.sentence and asker is None for sentence, asker in earlier.items()):
        return None
    asker = next(iter(askers))
    if asker == "GOV" or asker not in NATIONAL_AUTHORITIES:
        return None
    if not f.group.mentions or any("@" in m.agency_id or is_provincial(m.agency_id) for m in f.group.mentions):
        return None
    return asker


@lru_cache(maxsize=None)
def _document_subject_opening(lang: str) -> re.Pattern | None:
    """cues.json's ``document_subjects`` opening the words it reads, a whole word each, once a language (the cue
    data's words as written: the same for a text read without its accents); None where the language has none."""
    documents = [lower_for_matching(w) for w in cues(lang).data.get("document_subjects") or []]
    return re.compile("(?:" + "|".join(re.escape(w) for w in documents) + r")(?![\w'])") if documents else None


@lru_cache(maxsize=None)
def _ministry_departments_of() -> frozenset[str]:
    """The ministries ``ministry_departments.json`` gives a province's department for (``MOH`` -> ``DOH``)."""
    import json
    from pathlib import Path
    path = Path(__file__).with_name("ministry_departments.json")
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["departments"])


def _a_provinces_department(kind: str) -> bool:
    """Whether an id's head is one of a province's departments (``DAE`` of ``DAE@80``)."""
    return getattr(agency(kind), "kind", None) == "provincial_department"


def _every_provinces_department(agency_id: str) -> bool:
    """Whether an id is a provincial department of no province (``DOF``: every province's finance department)."""
    return "@" not in agency_id and getattr(agency(agency_id), "kind", None) == "provincial_department"


@lru_cache(maxsize=None)
def _head_titles_named_again(lang: str) -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """grammar's optional ``head_titles_named_again`` (title -> kinds) in order, each title as the whole clause, a
    pronoun adverb and a word after it allowed, built once a language: (the pattern, the title's kinds)."""
    adverbs = [lower_for_matching(a) for a in language_grammar(lang).get("pronoun_adverbs") or []]
    links = tuple(f" {lower_for_matching(w)}" for w in language_grammar(lang).get("head_title_name_links") or [])
    patterns = []
    for title, kinds in (language_grammar(lang).get("head_titles_named_again") or {}).items():
        title = " ".join(lower_for_matching(title).split())
        # a title ending in a linking word (grammar's optional ``head_title_name_links``) takes its place's name, one
        # to three words ("le président de la province de Gia Lai a chargé …" after the committee's president named)
        name = r"(?:\s+[\w-]+){1,3}" if links and title.endswith(links) else ""
        patterns.append((re.compile(rf"{re.escape(title)}{name}(?:\s+(?:{'|'.join(map(re.escape, adverbs))}))?(?:\s+\w+)?"),
                         frozenset(kinds)))
    return tuple(patterns)


@lru_cache(maxsize=None)
def _head_titles_with_a_name(lang: str) -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """grammar's optional ``head_titles_named_again`` (title -> kinds) in order, each title followed by a name of two
    to four words (its group 1) as the whole clause, built once a language: (the pattern, the title's kinds)."""
    patterns = []
    for title, kinds in (language_grammar(lang).get("head_titles_named_again") or {}).items():
        title = " ".join(lower_for_matching(title).split())
        patterns.append((re.compile(rf"{re.escape(title)}((?:\s+[^\W\d_]+){{2,4}})"), frozenset(kinds)))
    return tuple(patterns)


def _head_named_by_title(opening: str, sentence: Sentence, mentions: list[Mention], lang: str,
                         own: set[str], lowered: str = "") -> str | None:
    """The body whose head a bare title opening the sentence names again (``Le ministre a également demandé aux
    localités …`` after ``le ministre de la Santé … Nguyen Thanh Long``): the last body of the title's kinds named
    before the sentence within reach (grammar's optional ``head_titles_named_again``: title -> kinds; round 16). The
    title with the head's name after it (``Le ministre Nguyên Thanh Long a demandé à Kiên Giang …``): the body of its
    kinds the text named right before that name, within reach (stop 43's left classes, round 35 fr)."""
    named = _head_named_by_title_and_name(opening, sentence, mentions, lang, own, lowered)
    if named:
        return named
    words = " ".join(opening.split())
    # a phrase fronted before the subject, closed by a comma ("Lors d'une conférence tenue le 17 août à Tien
    # Giang, le vice-ministre a appelé …", round 20c): the title after it opens the clause
    clause = words.rsplit(",", 1)[-1].strip()
    for title, kinds in _head_titles_named_again(lang):
        if not any(title.fullmatch(w) for w in (words, clause)):
            continue
        before = [m for m in mentions if sentence.start - _TITLE_REACH <= m.start and m.end <= sentence.start
                  and kind_of(m) in kinds and m.agency_id not in own]
        if before:
            return before[-1].agency_id
    return None


def _head_named_by_title_and_name(opening: str, sentence: Sentence, mentions: list[Mention], lang: str,
                                  own: set[str], lowered: str) -> str | None:
    """The body of a title of ``head_titles_named_again`` followed by a name of two to four words opening the clause
    (``Le ministre Nguyên Thanh Long a demandé …``), where the text named that person right after a body of the
    title's kinds within reach before (``le ministre de la Santé Nguyên Thanh Long``): that body; else None."""
    if not lowered:
        return None
    clause = " ".join(opening.split()).rsplit(",", 1)[-1].strip()
    for title, kinds in _head_titles_with_a_name(lang):
        m = title.fullmatch(clause)
        if m is None:
            continue
        person = m.group(1).strip()
        for n in sorted((n for n in mentions if sentence.start - _TITLE_REACH <= n.start and n.end <= sentence.start
                         and kind_of(n) in kinds and n.agency_id not in own), key=lambda n: -n.start):
            if re.match(rf"\s*,?\s*{re.escape(person)}(?![\w'])", lowered[n.end : sentence.start]):
                return n.agency_id
    return None


@lru_cache(maxsize=None)
def _subjects_named_after(lang: str) -> tuple[re.Pattern | None, tuple[tuple[re.Pattern, object], ...]]:
    """grammar's optional ``headline_prefixes`` opening the words they read (None where there are none), and its
    ``subjects_named_after`` (words -> kinds) in order, each noun as the whole clause with a pronoun adverb after it
    allowed, built once a language."""
    g = language_grammar(lang)
    prefixes = g.get("headline_prefixes") or []
    prefix = re.compile(rf"^\s*(?:{'|'.join(prefixes)})") if prefixes else None
    adverbs = [lower_for_matching(a) for a in g.get("pronoun_adverbs") or []]
    entries = []
    for noun, kinds in (g.get("subjects_named_after") or {}).items():
        noun = " ".join(lower_for_matching(noun).split())
        entries.append((re.compile(rf"{re.escape(noun)}(?:\s+(?:{'|'.join(map(re.escape, adverbs)) or '(?!)'}))?"), kinds))
    return prefix, tuple(entries)


def _body_named_after(opening: str, sentence: Sentence, mentions: list[Mention], lowered: str, own: set[str],
                      c: LanguageCues, sentences: list[Sentence] | None) -> str | None:
    """The body a bare common noun opening the sentence before an assigning verb stands for when no body of its
    kinds is named before it: the one body of those kinds that opens a later sentence as the subject of an
    assigning verb (``The ministry asked the localities of … before March 10. … The Ministry of Transport has
    asked …``: a news item that names its source only at the end). grammar's optional ``subjects_named_after``:
    words -> kinds; several such bodies later, or one named before, give none."""
    prefix, entries = _subjects_named_after(c.lang)
    if prefix:  # the date line of a stored page may stand before the first sentence's subject
        opening = prefix.sub("", opening)
    words = " ".join(opening.split())
    for noun, kinds in entries:
        if not noun.fullmatch(words):
            continue
        if any(kind_of(m) in kinds for m in mentions if m.end <= sentence.start):
            return None
        askers = set()
        for later in sentences or []:
            if later.start < sentence.end:
                continue
            inside = sorted((m for m in mentions if later.start <= m.start and m.end <= later.end), key=lambda m: m.start)
            if len(inside) < 2 or kind_of(inside[0]) not in kinds or inside[0].agency_id in own:
                continue
            if lowered[later.start : inside[0].start].strip() not in ("", "the"):
                continue  # the body opens its sentence: its subject
            if c.assign_before.search(lowered[inside[0].end : inside[1].start]):
                askers.add(inside[0].agency_id)
        return askers.pop() if len(askers) == 1 else None
    return None


@lru_cache(maxsize=None)
def _leader_askers(lang: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """grammar's optional ``leader_askers``: the words for a province's or a city's leaders as a whole (``Lãnh đạo TP``)
    and the body they ask for, matched at the end of the words before an assigning verb (after an opening), cues.json's
    ``adverbs`` allowed between them and the verb (``Lãnh đạo thành phố cũng giao …``, round 18d)."""
    leaders = grammar(lang).get("leader_askers") or {}
    if not leaders:
        return None
    keys = {" ".join(lower_for_matching(k).split()): v for k, v in leaders.items()}
    alternatives = "|".join(sorted((phrase(k) for k in leaders), key=len, reverse=True))
    # an auxiliary the cue leaves out may stand there too (grammar's optional ``leader_asker_auxiliaries``: "The city
    # has asked …", where the English cue is the bare "asked"; w2fr31)
    between = _words_between((cues(lang).data.get("adverbs") or []) + (grammar(lang).get("leader_asker_auxiliaries") or []))
    return re.compile(rf"(?:^|,)\s*(?P<leader>{alternatives}){between}\s*$"), keys


def _words_between(words: list[str]) -> str:
    """Any run of ``words`` (adverbs, auxiliaries) between a leader's words and the verb, longest first; "" for none."""
    return rf"(?:\s+(?:{'|'.join(sorted((phrase(w) for w in words), key=len, reverse=True))}))*" if words else ""


def _leader_asker(opening: str, f: Found, lang: str, national_before: Callable[[], bool] = lambda: False) -> str | None:
    """The body a province's or city's leaders ask for when they open the sentence before its assigning verb; it takes
    the province of the body asked (``Lãnh đạo TP yêu cầu Sở Xây dựng …`` → the city's committee), round 13."""
    found = _leader_askers(lang)
    if not found:
        return None
    pattern, keys = found
    m = pattern.search(opening.strip())
    leader = " ".join(lower_for_matching(m.group("leader")).split()) if m else None
    body = keys.get(leader) if m else _named_province_leaders(opening, lang)
    if not body:
        return None
    suffixes = {m.agency_id.split("@", 1)[1] for m in f.group.mentions if "@" in m.agency_id}
    places = {" ".join(lower_for_matching(w).split()) for w in grammar(lang).get("leader_asker_places") or []}
    if (leader in places and not suffixes and f.group.mentions and all(is_provincial(m.agency_id) for m in f.group.mentions)
            and not national_before()):
        return body  # "la province a chargé le Département de l'agriculture …" on a page naming no province: the
        # bodies asked are a province's, its committee asks, of no province as they are (round 39 fr); not where a
        # national body is named before ("Le Premier ministre a publié une dépêche. La province a demandé …", w2fr31)
    if leader in places and len(suffixes) != 1:
        return None  # "Le Premier ministre a publié une dépêche. La province a demandé …": no province of the text's
        # own, the bare place asks for no committee (w2fr31)
    return f"{body}@{suffixes.pop()}" if body and len(suffixes) == 1 else body


@lru_cache(maxsize=None)
def _named_province_leaders_regexes(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    """grammar's optional ``named_province_leader_askers``: the words for a named province's or city's leaders as a
    whole, ``{name}`` standing for its name of one to four words (``the leaders of {name} city``), and the body they
    ask for, matched at the end of the words before an assigning verb; cues.json's ``adverbs`` allowed before it."""
    spec = grammar(lang).get("named_province_leader_askers") or {}
    between = _words_between(cues(lang).data.get("adverbs") or [])
    name = r"(?P<name>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?)"
    patterns = []
    for form, body in spec.items():
        before, _, after = form.partition("{name}")
        after = rf"\s+{phrase(after.strip())}" if after.strip() else ""
        patterns.append((re.compile(rf"(?:^|,)\s*{phrase(before.strip())}\s+{name}{after}{between}\s*$"), body))
    return tuple(patterns)


def _named_province_leaders(opening: str, lang: str) -> str | None:
    """``Along with that, the leaders of Hanoi City also assigned …``: a named province's or centrally-run city's
    leaders ask for its committee, as the unnamed ``the city leaders`` do (round 31b en); the name must be a province's
    whole (``the leaders of Thu Duc City``, a city inside one, asks for no province's committee)."""
    for pattern, body in _named_province_leaders_regexes(lang):
        m = pattern.search(opening.strip())
        if not m:
            continue
        # the words before the verb come lower-cased: the name is read with its capitals back
        name = m.group("name").title()
        named = find_provinces(name, lang)
        if len(named) == 1 and named[0].start == 0 and named[0].end == len(name):
            return body
    return None


@lru_cache(maxsize=None)
def _signed_document_of(lang: str) -> re.Pattern | None:
    """An issuing verb, a document's name (and number), then the word that names its owner: ``vừa ký Công điện
    của``, ``has just signed Decision 1589/QD-TTg dated July 24, 2025 of the`` (cues.json's ``issuing_verbs``,
    ``signed_document_names`` or else ``document_subjects``, and ``signed_document_owner_joins``)."""
    data = cues(lang).data
    verbs = data.get("issuing_verbs") or []
    documents = data.get("signed_document_names") or data.get("document_subjects") or []
    joins = data.get("signed_document_owner_joins") or []
    if not verbs or not documents or not joins:
        return None
    # the signer's name (a few words) may come before the verb, the document's number after its name, and its date
    # after the number ("vừa ký Công điện số 180/CĐ-TTg ngày 30/9/2025 của", round 17; "has just signed Decision
    # 1589/QD-TTg dated July 24, 2025 of the", round 22: an English date takes more words)
    # an article and one word may stand before the document's name ("signed a government telegram on behalf of the
    # Prime Minister", round 27b's left class)
    articles = data.get("signed_document_articles") or []
    before = rf"(?:(?:{phrases(articles)})\s+(?:[^\s,.;:]+\s+)?)?" if articles else ""
    return re.compile(rf"^(?:\s+[^\s,.;:]+){{0,6}}?\s+(?:{phrases(verbs)})\s+{before}"
                      rf"(?:{phrases(documents)})(?:\s+\S+){{0,6}}?\s+(?:{phrases(joins)})\s+$")


def _owner_of_signed_document(candidates: list[Mention], lowered: str, c: LanguageCues) -> str | None:
    """The authority whose document another signs (``Phó Thủ tướng Trần Hồng Hà vừa ký Công điện của Thủ tướng Chính
    phủ yêu cầu …``): the owner asks, the signer only signs (round 10c)."""
    pattern = _signed_document_of(c.lang)
    if pattern is None:
        return None
    # a body's word inside the document's name ("a government telegram") is no owner: the one after the join is
    names = c.data.get("signed_document_names") or []
    inside = re.compile(rf"\s+(?:{phrases(names)})(?![\w'])") if names and c.data.get("signed_document_articles") else None
    candidates = [m for m in candidates if not (inside and m is not candidates[0] and inside.match(lowered, m.end))]
    for signer, owner in zip(candidates, candidates[1:]):
        between = lowered[signer.end : owner.start]
        if signer.agency_id in PERSONS and owner.agency_id in AUTHORITIES and pattern.match(between):
            return owner.agency_id
    return None


@lru_cache(maxsize=None)
def _conveyed_direction_of(lang: str) -> re.Pattern | None:
    """cues.json's optional ``conveyed_direction_owner_before`` (``truyền đạt ý kiến chỉ đạo của``, ``conveying the
    direction of``, ``a transmis les instructions du``) at the end of the words between a conveying body and the
    direction's owner, the owner's person named first allowed (``… của đồng chí Trần Hồng Hà, Phó Thủ tướng``)."""
    words = cues(lang).data.get("conveyed_direction_owner_before") or []
    if not words:
        return None
    return re.compile(rf"(?<![\w'])(?:{phrases([lower_for_matching(w) for w in words])})"
                      rf"\s+(?:(?:[^\s,.;:]+\s+){{0,5}}[^\s,.;:]+\s*[,–-]\s*)?$")


def _owner_of_conveyed_direction(candidates: list[Mention], lowered: str, c: LanguageCues) -> str | None:
    """The authority whose direction the body before it conveys in the assigning sentence itself (``Văn phòng Chính
    phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Thủ tướng Phạm Minh Chính giao Bộ Lao động – Thương binh và Xã
    hội …``, round 36b vi): the owner, the last body before the verb, asks; the office only conveys (round 28 read the
    next sentence's request so)."""
    pattern = _conveyed_direction_of(c.lang)
    if pattern is None or len(candidates) < 2:
        return None
    conveyer, owner = candidates[-2], candidates[-1]
    if owner.agency_id in AUTHORITIES and pattern.search(lowered[conveyer.end : owner.start]):
        return owner.agency_id
    return None


# how far back the chairman's pronoun ("He required …") looks for the committee he was named the head of
_HEAD_REACH = 1200


# how far back a person named by a pronoun and his name alone ("đồng chí Vũ Văn Diện đề nghị …") is looked for with
# his post, and how far after the name his post's body may stand ("Vũ Văn Diện - Phó Chủ tịch Thường trực UBND tỉnh")
_NAMED_PERSON_REACH = 1500
_POST_REACH = 60


def _body_of_named_person(opening: str, sentence: Sentence, mentions: list[Mention], lowered: str,
                          own: set[str]) -> str | None:
    """The body a person asks for when the sentence names him by a pronoun and his name alone, his post given with
    his name earlier in the text (``Tham dự có đồng chí Vũ Văn Diện - Phó Chủ tịch Thường trực UBND tỉnh`` …
    ``Phát biểu chỉ đạo, đồng chí Vũ Văn Diện đề nghị Công an tỉnh …``): the first body named right after his name
    there, in the same sentence (round 13)."""
    name = re.search(r"(?:\w+\s+){1,3}\w+$", opening.split(",")[-1].strip())
    words = name.group(0).split() if name else []
    if len(words) < 3:  # a pronoun and at least a two-word name
        return None
    person = " ".join(words[1:]) if len(words) > 3 or len(words[0]) > 2 else " ".join(words[-2:])
    area = lowered[max(0, sentence.start - _NAMED_PERSON_REACH) : sentence.start]
    at = area.rfind(person)
    if at < 0:
        return None
    at += max(0, sentence.start - _NAMED_PERSON_REACH) + len(person)
    for m in mentions:
        if at <= m.start <= at + _POST_REACH and not re.search(r"[.;\n]", lowered[at : m.start]):
            return None if m.agency_id in own else m.agency_id
    return None


# a full stop glued to the capitalised word that opens the next sentence ("… contre le Covid-19.Il a chargé …"): a
# page's typo the sentencizer cannot split on; a lower-case letter or a digit before it, a word in lower case after
# its capital and a space after that word (no abbreviation: "TP.HCM giao", "U.S. "; no address: "vietnamplus.vn")
_GLUED_STOP = re.compile(r"(?<=[a-zß-ÿđ0-9])[.!?](?=[A-ZÀ-ÞĐ][a-zß-ÿđ]+\s)")


def after_glued_stop(text: str, sentence: Sentence, f: Found) -> Sentence:
    """The sentence an assigning verb is in, from the last full stop glued to a capitalised word before the verb
    (``… de l'Assemblée nationale sur le Covid-19.Il a chargé le ministère …``): who asks is read from there, not
    from a body of the sentence before that the page ran into it (round 17c)."""
    cue_start = f.extra.get("cue_start") if f.kind == "assign" else None
    if cue_start is None:
        return sentence
    stops = [m.end() for m in _GLUED_STOP.finditer(text, sentence.start, cue_start)]
    return Sentence(start=stops[-1], end=sentence.end, language=sentence.language) if stops else sentence


# the most words of the apposition that gives a named person's post after his name ("également président de ce Comité")
_APPOSITION_POST_WORDS = 8


@lru_cache(maxsize=None)
def _own_office(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``own_office_after`` (``office``: ``the Provincial People's Committee Office``) and
    ``own_office_before`` (``văn phòng``: ``Văn phòng UBND tỉnh``): the words making a committee's name its own office,
    as patterns right after and right before the name."""
    g = language_grammar(lang)
    after, before = g.get("own_office_after") or [], g.get("own_office_before") or []
    if not after and not before:
        return None
    never = r"(?!x)x"
    return (re.compile(rf"\s+(?:{phrases([lower_for_matching(w) for w in after])})(?![\w'])") if after else re.compile(never),
            re.compile(rf"(?<![\w'])(?:{phrases([lower_for_matching(w) for w in before])})\s+\Z") if before else re.compile(never))


@lru_cache(maxsize=None)
def _person_by_pronoun_and_name(lang: str) -> re.Pattern | None:
    """An opening phrase and its comma at most, then one of grammar's ``pronouns`` and a full name of two to four words,
    built once a language (none where the language lists no pronouns)."""
    pronouns = [lower_for_matching(p) for p in language_grammar(lang).get("pronouns") or []]
    if not pronouns:
        return None
    return re.compile(rf"(?:[^,]{{0,80}},\s*)?(?:{phrases(pronouns)})\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){{1,3}})")


def _head_assigning_own_office(opening: str, lowered: str, own: set[str], c: LanguageCues) -> str | None:
    """The committee whose own office a person the sentence names by a pronoun and his full name alone (after an
    opening phrase and its comma at most: ``Speaking at the Conference, Mr. Tran Hoang Tuan``) tasks somewhere in the
    text (``Mr. Tran Hoang Tuan also assigned the Provincial People's Committee Office to …``): he heads it, his
    post never given (round 33 en's open class); a person tasking no committee's office stays unread."""
    office, named_person = _own_office(c.lang), _person_by_pronoun_and_name(c.lang)
    if office is None or named_person is None:
        return None
    person = named_person.fullmatch(opening.strip())
    if person is None:
        return None
    after, before = office
    bodies: set[str] = set()
    for said in re.finditer(rf"(?<![\w']){re.escape(person.group('name'))}(?![\w'])", lowered):
        clause = re.match(r"[^.;\n]{0,200}", lowered[said.end() :]).group()
        for m in find_mentions(clause):
            office_first = before.search(clause[: m.start])  # "giao Văn phòng UBND tỉnh": the verb before the office
            if not c.assign_before.search(clause[: office_first.start() if office_first else m.start]):
                continue
            if office_first or after.match(clause, m.end):
                kind, code = split_id(m.agency_id)
                if kind in PEOPLES_COMMITTEES and m.agency_id not in own:
                    bodies.add(m.agency_id)
    return bodies.pop() if len(bodies) == 1 else None


def _without_name_honorifics(words: str, lang: str) -> str:
    """``words`` (as the matching lowers them) without a courtesy title of grammar's ``name_honorifics`` opening them
    or opening the part after a comma (``m. ho van muoi``, ``après l'inspection, m. ho van muoi``)."""
    pattern = _name_honorific_opening(lang)
    return pattern.sub(r"\1", words) if pattern else words


@lru_cache(maxsize=None)
def _name_honorific_opening(lang: str) -> re.Pattern | None:
    """``_without_name_honorifics``'s pattern, built once a language: one of grammar's ``name_honorifics`` (as the
    matching lowers them) opening the words or the part after a comma, a letter next; None where the language lists
    no honorific."""
    honorifics = [lower_for_matching(h) for h in language_grammar(lang).get("name_honorifics") or []]
    return re.compile(rf"(^|,\s*)(?:{phrases(honorifics)})\s+(?=[^\W\d_])") if honorifics else None


def _title_of_named_person(opening: str, sentence: Sentence, mentions: list[Mention], lowered: str,
                           own: set[str], c: LanguageCues | None = None) -> str | None:
    """The body a person asks for when the sentence opens with his name alone, the text having named him right after
    his title before (``Le Premier ministre Pham Minh Chinh a présidé …`` … ``Pham Minh Chinh a demandé aux
    ministères …``): the title's body (PM, DPM) ending right before the name's last earlier occurrence within reach,
    nothing but a space or a comma between them (round 17c); or a provincial committee its head's title names
    (``le président du Comité populaire municipal, Nguyen Van Tung, …`` … ``Nguyen Van Tung a confié aux présidents
    des Comités populaires des districts …``: the committee, round 21b). The name may close a fronted phrase and be
    followed by a short apposition of his post (``Lors d'une réunion …, le 9 août, Nguyên Hông Hai, également président
    de ce Comité, a exhorté …``: open classes after round 21b). A courtesy title may stand before the name (grammar's
    ``name_honorifics``: ``M. Ho Van Muoi a chargé le Département …`` after ``le président du Comité populaire
    provincial de Lam Dong Ho Van Muoi``, round 37b)."""
    written = " ".join(opening.split())
    name = _without_name_honorifics(written, c.lang) if c else written
    if not re.fullmatch(r"[^\W\d_]+(?:[\s-][^\W\d_]+){1,3}", name):  # a name of two to four words, nothing else
        parts = [p.strip() for p in name.split(",")]
        if parts and not parts[-1]:
            parts.pop()
        if (len(parts) >= 2 and parts[-1] != written.rsplit(",", 1)[-1].strip()
                and re.fullmatch(r"[^\W\d_]+(?:[\s-][^\W\d_]+){1,3}", parts[-1])):
            name = parts[-1]  # a courtesy title and the name after a fronted phrase ("Après l'inspection, M. Ho Van
            # Muoi a chargé …")
        elif len(parts) < 2 or len(parts[-1].split()) > _APPOSITION_POST_WORDS:
            return None
        else:
            # the name before its post's apposition, after any fronted phrase
            name = parts[-2]
        if not re.fullmatch(r"[^\W\d_]+(?:[\s-][^\W\d_]+){1,3}", name):
            return None
    start = max(0, sentence.start - _NAMED_PERSON_REACH)
    area = " ".join(lowered[start : sentence.start].split())
    if name not in area:
        return None
    def titled(m: Mention) -> bool:
        return m.agency_id in PERSONS or bool(
            c and c.head_title_at_end and split_id(m.agency_id)[0] == "PPC"
            and c.head_title_at_end.search(lowered, max(0, m.start - 40), m.start))
    for m in sorted((m for m in mentions if start <= m.start and m.end <= sentence.start and titled(m)),
                    key=lambda m: -m.start):
        if re.match(rf"\s*,?\s*{re.escape(name)}(?![\w'])", lowered[m.end : sentence.start]):
            return None if m.agency_id in own else m.agency_id
    return None


def _head_named_by_given_name(opening: str, sentence: Sentence, mentions: list[Mention], lowered: str,
                              own: set[str], c: LanguageCues) -> str | None:
    """The provincial People's Committee a person asks for when the sentence opens with the last word of his name
    alone (the given name the English press calls a Vietnamese leader by), the text having named him in full right
    after his committee and its head's title (``Chairman of the Hanoi People's Committee Nguyen Duc Chung praised
    … . Chung urged districts …``): that committee, the last so named within reach (round 18). The given name may
    follow a courtesy title (grammar's ``name_honorifics``: ``M. Tuan a demandé …``, round 24b), and an opening
    phrase and its comma may come before both (``Pour une mise en œuvre efficace, M. Tuan a demandé …``)."""
    name = opening.split(",")[-1].strip()
    for honorific in language_grammar(c.lang).get("name_honorifics") or []:
        if name.startswith(lower_for_matching(honorific) + " "):
            name = name[len(honorific):].strip()
            break
    if not c.head_title_at_end or not re.fullmatch(r"[^\W\d_]{3,}", name):
        return None
    start = max(0, sentence.start - _NAMED_PERSON_REACH)
    for m in sorted((m for m in mentions if start <= m.start and m.end <= sentence.start
                     and split_id(m.agency_id)[0] == "PPC"), key=lambda m: -m.start):
        if (re.match(rf"\s*,?\s*(?:[^\W\d_]+\s+){{1,3}}{re.escape(name)}(?![\w'])", lowered[m.end : sentence.start])
                and c.head_title_at_end.search(lowered, max(0, m.start - 40), m.start)):
            return None if m.agency_id in own else m.agency_id
    return None


@lru_cache(maxsize=None)
def _head_title_right_before(lang: str) -> re.Pattern | None:
    """A head's title right before a body's name, as the matching lowers it: grammar's optional ``heads_named_by_name``
    titles (``phó chủ tịch``, ``giám đốc``: Vietnamese writes the title bare before the committee's name, which
    cues.json's ``head_titles`` leave out; the other languages' titles are ``head_titles``)."""
    titles = (language_grammar(lang).get("heads_named_by_name") or {}).get("titles") or []
    if not titles:
        return None
    return re.compile(rf"(?<![\w'])(?:{phrases([lower_for_matching(t) for t in titles])})\s+$")


def _body_led_by_the_last_head(sentence: Sentence, mentions: list[Mention], lowered: str, own: set[str],
                               c: LanguageCues) -> Mention | None:
    """The body a bare pronoun asks for when the body named last before its sentence, within a pronoun's reach, is
    named with its head's title right before it (``Theo Phó Chủ tịch UBND huyện, … - Lê Văn A, … là cuộc cách mạng
    lâu dài. … . Với tinh thần …, ông đề nghị UBND các xã …``, ``According to the Director of the Department of
    Health …, … . Therefore, he asked …``): the person quoted is that body's head, and it asks through him, as
    ``_headed_committee`` reads a provincial committee's chairman; any body of the table (a district's or commune's
    committee, a department), the last one named only (round 32b vi's class, the same in English and French). A
    person of the table named after it is the pronoun's rather (the caller's ``persons``)."""
    patterns = [p for p in (c.head_title_at_end, _head_title_right_before(c.lang)) if p is not None]
    before = [m for m in mentions if sentence.start - _PRONOUN_REACH <= m.start and m.end <= sentence.start]
    if not patterns or not before:
        return None
    last = before[-1]
    if last.agency_id in own or not any(p.search(lowered, max(0, last.start - 40), last.start) for p in patterns):
        return None
    return last


def _committee_heads_title(opening: str, lang: str) -> bool:
    """Whether the words before the verb are a committee head's bare title among the pronouns (grammar's optional
    ``committee_head_pronouns``: ``the Chairman``, ``Accordingly, the Chairman``, with a pronoun adverb after it),
    not a personal pronoun that may stand for any person named before (round 34)."""
    pattern = _committee_head_pronouns(lang)
    if pattern is None:
        return False
    clause = " ".join(opening.split()).rsplit(",", 1)[-1].strip()
    return bool(pattern.fullmatch(clause))


@lru_cache(maxsize=None)
def _committee_head_pronouns(lang: str) -> re.Pattern | None:
    """grammar's optional ``committee_head_pronouns``, a pronoun adverb after them allowed, built once a language;
    None where the grammar has none."""
    words = language_grammar(lang).get("committee_head_pronouns") or []
    if not words:
        return None
    adverbs = language_grammar(lang).get("pronoun_adverbs") or []
    return re.compile(rf"(?:{alternation([lower_for_matching(w) for w in words])})"
                      rf"(?:\s+(?:{alternation([lower_for_matching(a) for a in adverbs])}))?")


def _headed_committee(sentence: Sentence, mentions: list[Mention], lowered: str, c: LanguageCues) -> str | None:
    """The provincial People's Committee whose head a pronoun or a bare title stands for (``Chairman of the
    Provincial People's Committee Nguyen Duong Thai … . He required …``), where no person of the table is
    named before it: the committee asks through its head (round 9)."""
    if not c.head_title_at_end:
        return None
    headed = [m for m in mentions if sentence.start - _HEAD_REACH <= m.start < sentence.start
              and split_id(m.agency_id)[0] == "PPC" and c.head_title_at_end.search(lowered, max(0, m.start - 40), m.start)]
    return headed[-1].agency_id if headed else None


@lru_cache(maxsize=None)
def _passive_auxiliaries(lang: str) -> re.Pattern:
    words = grammar(lang).get("passive_auxiliaries") or []
    return re.compile(rf"(?:{phrases(words)})\s" if words else r"(?!)")


@lru_cache(maxsize=None)
def _passive_auxiliary_end(lang: str) -> re.Pattern:
    """grammar's ``passive_auxiliaries`` closing the words before a verb (``has been`` of ``has been asked``)."""
    words = grammar(lang).get("passive_auxiliaries") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})\s*$" if words else r"(?!)")


def _passive_auxiliary_at_end(words: str, lang: str) -> bool:
    """Whether ``words`` (between a body and an authority's verb) end with a passive auxiliary: the verb tells the
    body asked, not asking."""
    return bool(_passive_auxiliary_end(lang).search(words))


def _passive_cue(cue: str, lang: str) -> bool:
    """Whether a subject's cue is a passive (``were told to``, ``was asked to``: ``passive_auxiliaries`` in
    ``lang/<code>/grammar.json``): it names no asker, so it goes on with the asker of the sentence before."""
    return bool(_passive_auxiliaries(lang).match(lower_for_matching(cue or "")))


# how many sentences back an item of a numbered list looks for the line that introduces the list
LIST_HEADER_REACH = 12


def _list_header_assigner(f: Found, sentences: list[Sentence], mentions: list[Mention], lowered: str,
                          c: LanguageCues) -> str | None:
    """Who assigns the items of a numbered list introduced by a body and an assigning verb before a colon
    (``the Provincial People's Committee assigned:`` then ``1. The Department of … coordinates …``): that
    body, for every item up to the next line that ends with a colon. Only an item that opens with a list
    marker reads back so; the nearest line ending with a colon decides."""
    sentence = sentences[f.sentence]
    if not LIST_ITEM_OPENING.match(lowered, sentence.start):
        return None
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - LIST_HEADER_REACH), -1):
        line = lowered[sentences[index].start : sentences[index].end].rstrip()
        if not line.endswith(":"):
            continue
        cue = c.assign_before.search(line + " ")
        if not cue:
            # "Chủ tịch UBND tỉnh giao nhiệm vụ cho các đơn vị như sau, hoàn thành trước ngày 30/9/2024:": the assigning
            # verb opens the header, the works and their time frame follow it; the body before the verb assigns the
            # items (open classes after round 21b)
            cue = c.assign_anywhere.search(line)
            if not cue or any(m.start < sentences[index].start + cue.start() < m.end for m in mentions):
                return None
        at = sentences[index].start + cue.start()
        before = [m for m in mentions if sentences[index].start <= m.start and m.end <= at]
        return before[-1].agency_id if before else None
    return None


def _item_heading_body(f: Found, sentences: list[Sentence], mentions: list[Mention], lowered: str,
                       c: LanguageCues) -> str | None:
    """The body a list item's subject-less nested direction stands under: the nearest line before it, within the
    list header's reach, that is only a list marker, one body (a head's title before it allowed) and a colon
    (``1. Chairman of People's Committee of districts, towns and cities:``); only for an item that opens with a
    list marker and the verb."""
    sentence = sentences[f.sentence]
    opening = lowered[sentence.start : f.extra["cue_start"]]
    if not LIST_ITEM_OPENING.match(lowered, sentence.start) or _LIST_MARKER_OPENING.sub("", opening).strip():
        return None
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - LIST_HEADER_REACH), -1):
        start, end = sentences[index].start, sentences[index].end
        line = lowered[start:end].rstrip()
        if not line.endswith(":"):
            continue
        bodies = [m for m in mentions if start <= m.start and m.end <= end]
        if len(bodies) != 1 or lowered[bodies[0].end : end].strip() != ":":
            return None
        head = _LIST_MARKER_OPENING.sub("", lowered[start : bodies[0].start] + " ").strip()
        titled = c.head_title_at_end and c.head_title_at_end.fullmatch(head + " ")
        return bodies[0].agency_id if not head or titled else None
    return None


def _under_a_report_header(f: Found, sentences: list[Sentence] | None, lowered: str) -> bool:
    """Whether an item that opens with a list marker stands under a line ending with a colon that assigns nothing
    (``The department listed its needs:``): its body is described, no one named assigns it."""
    if not sentences or not LIST_ITEM_OPENING.match(lowered, sentences[f.sentence].start):
        return False
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - LIST_HEADER_REACH), -1):
        line = lowered[sentences[index].start : sentences[index].end].rstrip()
        if line.endswith(":"):
            return not cues(sentences[index].language if sentences[index].language in LANGUAGES
                            else languages.fallback()).assign_before.search(line + " ")
    return False


def _reporter(sentence: Sentence | None, mentions: list[Mention], lowered: str, c: LanguageCues, tasked: set[int]) -> str | None:
    """The body a sentence reports the view of (``UBTCNS cho rằng, …``, ``The committee said …``): who asks in
    the next sentence when its verb has no subject (``Do đó, đề nghị Quốc hội …``)."""
    if sentence is None:
        return None
    for m in mentions:
        if sentence.start <= m.start < sentence.end and m.start not in tasked:
            verb = re.match(r"[\s,]*(?:\w+\s+)?", lowered[m.end : sentence.end])  # one adverb: "cũng cho rằng"
            if c.reporting.match(lowered[m.end + verb.end() : sentence.end]) or c.reporting.match(lowered[m.end : sentence.end].lstrip(" ,")):
                return m.agency_id
    return None


@lru_cache(maxsize=None)
def _not_past_modal_words(lang: str) -> re.Pattern | None:
    """cues.json's optional ``clause_modal_not_past`` as whole words, once a language (the cue data's words as
    written: the same for a text read without its accents); None where the language has none."""
    words = cues(lang).data.get("clause_modal_not_past") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})(?![\w])") if words else None


def _reporter_over_reported_person(persons: list[Mention], previous: Sentence | None, mentions: list[Mention],
                                   lowered: str, own: set[str], c: LanguageCues) -> str | None:
    """The authority opening the sentence before a pronoun's where the last person named before the pronoun stands in
    that sentence's reported clause (after one of the cues' ``clause_modal_not_past``: ``que``, ``qu'``): the pronoun
    stands for the subject who reports, not for the person reported on (round 33 fr); else None."""
    reporting = _not_past_modal_words(c.lang)
    if not persons or previous is None or reporting is None or not (previous.start <= persons[-1].start < previous.end):
        return None
    first = next((m for m in mentions if previous.start <= m.start < previous.end), None)
    if first is None or first.agency_id in own or first.agency_id == persons[-1].agency_id or first.agency_id not in AUTHORITIES:
        return None
    opening = lowered[previous.start : first.start]
    if c.head_title_at_end is not None:
        opening = c.head_title_at_end.sub("", opening)  # "Le président de l'Assemblée nationale …": the body's head
    if not at_clause_start(opening, c):
        return None
    reported = reporting.search(lowered[first.end : persons[-1].start])
    return first.agency_id if reported else None


def _authority_subject_of(sentence: Sentence | None, mentions: list[Mention], lowered: str, own: set[str],
                          c: LanguageCues) -> str | None:
    """The authority that is the subject of the sentence before a pronoun's (``Le Comité populaire de la province de
    Binh Thuan a constamment donné des instructions aux agences spécialisées. Plus précisément, le 17 mai, il a assigné
    des tâches …``, round 28): the first authority or provincial committee of that sentence that stands in no
    complement (``not_subject_before``: ``selon …``, ``de …``) and is not tasked here; the pronoun stands for it where
    that sentence gave no row of its own to go on with and named no person."""
    if sentence is None:
        return None
    for m in mentions:
        if not (sentence.start <= m.start < sentence.end) or m.agency_id in own:
            continue
        if _issues_legal_texts(m.agency_id) and not c.not_subject_before.search(lowered[sentence.start : m.start]):
            return m.agency_id
        break  # the first body of the sentence is its subject, or there is none to read
    return None


# how far after an authority's name its verb may stand when its person's name and another post come between
_APPOSITION_CHARS = 140


def document_authority(lowered: str, mentions: list[Mention], sentences: list[Sentence], default: str) -> str | None:
    """The authority the text says concluded or directed: ``Thủ tướng … kết luận``, ``conclusion of
    Deputy Prime Minister …``, ``the Deputy Prime Minister assigned``."""
    # a national authority; in a text where none directs (none named, or only asked, cited or sent reports:
    # "Công điện số 862/CĐ-TTg … của Thủ tướng Chính phủ", "báo cáo … gửi Thủ tướng Chính phủ"), a provincial
    # committee that directs ("UBND tỉnh vừa quyết định …", "Chủ tịch UBND tỉnh yêu cầu Sở Y tế …")
    national = [m for m in mentions if m.agency_id in NATIONAL_AUTHORITIES]
    provincial = [m for m in mentions if split_id(m.agency_id)[0] == "PPC"]
    for m in (*national, *provincial):
        sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
        if sentence is None:
            continue
        c = cues(sentence_language(sentence, default))
        before = lowered[sentence.start : m.start]
        if c.authority_of.search(without_head_title(before, c)[-60:]) or (
                c.authority_of_named_head and c.authority_of_named_head.search(before[-160:])):
            # the direction's owner may be named by its head, by title ("conveyed the direction of Vice Chairman of the
            # Provincial People's Committee …") or the person's name first ("Văn phòng UBND tỉnh có văn bản truyền đạt ý
            # kiến của đồng chí …, Phó Chủ tịch UBND tỉnh …", round 28)
            # "Thực hiện chỉ đạo của Phó Thủ tướng …, Bộ Công Thương đề nghị …", "UBND tỉnh yêu cầu … triển khai
            # các chỉ đạo của Chính phủ …": the body that asks in the sentence directs the text, the one whose
            # direction it carries out is cited
            asker = _asker_in(sentence, m, mentions, lowered, c) or _provincial_issuer_in(sentence, m, mentions, lowered, c)
            if asker is None and any(sentence.start <= o.start and o.end <= m.start and o is not m
                                     and c.assign_before.search(lowered[sentence.start : o.start]) for o in mentions):
                continue  # "đồng chí Bí thư Huyện ủy giao UBND huyện bám sát sự chỉ đạo của UBND tỉnh": the direction
                # an asked body is to follow is its task's object, and whoever asks is no body of the table: the
                # province's committee does not direct the text (round 31b vi's open class, stop 40)
            return asker or m.agency_id
        if c.assign_before.search(before) or c.not_subject_before.search(without_head_title(before, c)):
            continue  # the authority is asked or mentioned, it does not conclude (its head's title is no
            # complement: "The Chairman of the Provincial People's Committee requested …" directs, round 12)
        # the verb follows its subject closely: "Thủ tướng Chính phủ Phạm Minh Chính kết luận"; or after the
        # person's name and another post in the same clause, before any other body: "Chủ tịch Ủy ban nhân dân tỉnh
        # Bùi Văn Khánh, Trưởng Ban chỉ đạo phòng, chống dịch tỉnh có ý kiến như sau:"
        owner = _owner_of_signed_document([m, *[o for o in mentions if m.end <= o.start and o.end <= sentence.end][:1]],
                                          lowered, c)
        if owner:
            return owner  # "Deputy Prime Minister … has just signed Decision … of the Prime Minister": the owner directs
        verb = c.authority_verbs.search(lowered[m.end : min(m.end + 60, sentence.end)])
        if verb and _passive_auxiliary_at_end(lowered[m.end : m.end + verb.start()], c.lang):
            continue  # "Tuyen Quang Province has been asked to finish land clearance": the body is asked, it does not
            # direct the text, nor ask the bodies of the next sentences (round 33b en)
        if verb and m in provincial and _letter_sent_up(lowered, m.end + verb.end(), mentions, c):
            continue  # "Riêng UBND tỉnh Sóc Trăng đã có văn bản gửi Thủ tướng Chính phủ xin …": a province asks up (round 19b)
        if verb:
            return m.agency_id
        following = next((o.start for o in mentions if o.start >= m.end), sentence.end)
        clause = re.match(r"[^.;:\n]*", lowered[m.end : min(m.end + _APPOSITION_CHARS, sentence.end, following)]).group()
        if c.authority_verbs.search(clause):
            return m.agency_id
    return (_legislature_adopting(lowered, mentions, sentences, default)
            or _national_authority_emphasising(lowered, mentions, sentences, default))


# how far after a national authority's name its emphasis verb may stand (the person's name between: "Deputy Prime
# Minister Tran Hong Ha emphasized that …")
_EMPHASISING_NAME_CHARS = 40


def _national_authority_emphasising(lowered: str, mentions: list[Mention], sentences: list[Sentence],
                                    default: str) -> str | None:
    """A national authority that stresses a point right after its name (grammar's ``emphasis_verbs``: ``The Deputy PM
    emphasized that …``), where no authority is said to direct: a directive told by its tasks first (``Under the
    directive, … . Tuyen Quang Province has been asked to … . The Deputy PM emphasized that …``) is that authority's
    (round 33b en's open class)."""
    for m in mentions:
        if m.agency_id not in NATIONAL_AUTHORITIES:
            continue
        sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
        if sentence is None:
            continue
        lang = sentence_language(sentence, default)
        emphasis = _emphasis_after_name(lang)
        if emphasis is None or cues(lang).assign_before.search(lowered[sentence.start : m.start]):
            continue  # an authority asked is no speaker
        if emphasis.match(lowered[m.end : sentence.end]):
            return m.agency_id
    return None


@lru_cache(maxsize=None)
def _emphasis_after_name(lang: str) -> re.Pattern | None:
    """grammar's optional ``emphasis_verbs`` a few words after a name (none of ``.;:,`` between), built once a language."""
    words = language_grammar(lang).get("emphasis_verbs") or []
    if not words:
        return None
    return re.compile(rf"[^.;:,\n]{{0,{_EMPHASISING_NAME_CHARS}}}?(?<![\w'])(?:{phrases([lower_for_matching(w) for w in words])})")


def _legislature_adopting(lowered: str, mentions: list[Mention], sentences: list[Sentence], default: str) -> str | None:
    """The National Assembly (or its Standing Committee) as the text's authority where no government authority directs
    and the text tells it adopting a document right after its name (``l'Assemblée nationale a adopté une résolution
    sur …``, then ``Le gouvernement, les ministères … sont chargés de mettre en œuvre la résolution``): the resolution's
    tasks are the Assembly's (round 31b fr's convention; stop 39's left classes, left32fr)."""
    for m in mentions:
        if m.agency_id not in ("NA", "NASC"):
            continue
        sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
        if sentence is None:
            continue
        c = cues(sentence_language(sentence, default))
        if c.issues_document.match(lowered[m.end : sentence.end]):
            return m.agency_id
    return None


def _letter_sent_up(lowered: str, at: int, mentions: list[Mention], c: LanguageCues) -> bool:
    """Whether the letter a provincial committee ``có văn bản`` at ``at`` is sent to a national body (cues.json's
    optional ``letters_sent_up``, then the Government, the Prime Minister or a ministry): a province's request to
    a higher body, not its direction of the text."""
    words = c.data.get("letters_sent_up") or []
    sent = words_pattern(r"\s*(?:{})\s+", tuple(words)) if words else None
    to = sent.match(lowered, at) if sent else None
    return bool(to) and any(o.start == to.end() and getattr(agency(o.agency_id), "kind", None) in NATIONAL_KINDS
                            for o in mentions)


# how far after a body its asking verb may stand ("Bộ Công Thương đề nghị", "UBND tỉnh đã có văn bản yêu cầu")
_ASKER_VERB_CHARS = 30


def _asker_in(sentence: Sentence, cited: Mention, mentions: list[Mention], lowered: str, c: LanguageCues) -> str | None:
    """Another body of the sentence that asks: its subject (not a complement: "của UBND tỉnh") with an
    asking verb right after it (not one that only issues: "The Government Office issued Notice …, concluding
    the conclusion of Deputy Prime Minister …" keeps the Deputy Prime Minister)."""
    for o in mentions:
        if o is cited or o.agency_id == cited.agency_id or not (sentence.start <= o.start and o.end <= sentence.end):
            continue
        if c.not_subject_before.search(without_head_title(lowered[sentence.start : o.start], c)):
            continue  # a head's title is no complement: "…, the Chairman of the Provincial People's Committee requests:"
        rest = lowered[o.end : min(o.end + _ASKER_VERB_CHARS, sentence.end)].lstrip()
        if c.assign_anywhere and c.assign_anywhere.match(rest):  # asks ("đề nghị"), not only issues ("issued")
            return o.agency_id
        after = lowered[o.end : sentence.end]
        issued = c.issues_document.match(after) if c.issues_document else None
        letter = _issued_letter(c).match(after, issued.end()) if issued else None
        asking = after[letter.end() if letter else issued.end() :].lstrip() if issued else ""
        if issued and c.assign_anywhere and c.assign_anywhere.match(asking):
            # "Chủ tịch UBND tỉnh vừa có văn bản yêu cầu các sở … thực hiện chỉ đạo của Thủ tướng …": a letter that asks
            # right away is the committee's direction; the Prime Minister's is cited (round 30b)
            return o.agency_id
        directs = c.directive.match(rest)
        if directs and rest[directs.end() :].lstrip().startswith(":"):
            return o.agency_id  # "…, le président du Comité populaire provincial demande :" then the items (round 25)
    return None


def _issued_letter(c: LanguageCues) -> re.Pattern:
    """cues.json's optional ``issued_letter_nouns`` right after an issuing verb (``issued a document``, ``a publié
    un document``): the letter whose asking verb follows (``… requesting departments …``)."""
    words = tuple(c.data.get("issued_letter_nouns") or ())
    return words_pattern(r"\s+(?:{})(?![\w'])", words) if words else re.compile(r"(?!)")


# what may stand between a committee's name and its issuing verb: its abbreviation in brackets ("(PPC)")
_BRACKETED_ABBREVIATION = re.compile(r"\s*\([^()]{1,12}\)")


def _provincial_issuer_in(sentence: Sentence, cited: Mention, mentions: list[Mention], lowered: str,
                          c: LanguageCues) -> str | None:
    """A provincial committee of the sentence that issues the document carrying out a national authority's
    direction (``Executing the direction of the Prime Minister at Official Telegram …, the Chairman of the
    Provincial People's Committee (PPC) has just issued a dispatch``, ``… utfärdade provinsens folkkommitté …``,
    round 15b): the committee directs its own dispatch. Only a provincial committee: a Government Office that issues a notice carries its superior's
    conclusion (``_asker_in``)."""
    if split_id(cited.agency_id)[0] == "PPC" or c.issues_document is None:
        return None
    for o in mentions:
        if split_id(o.agency_id)[0] != "PPC" or not (cited.end <= o.start and o.end <= sentence.end):
            continue
        if c.not_subject_before.search(without_head_title(lowered[sentence.start : o.start], c)):
            continue
        rest = lowered[o.end : sentence.end]
        bracket = _BRACKETED_ABBREVIATION.match(rest)
        if c.issues_document.match(rest[bracket.end() if bracket else 0 :]) or (
                c.issued_right_before and c.issued_right_before.search(lowered[cited.end : o.start])):
            return o.agency_id
    return None


def decreeing_issuer(text: str, mentions: list[Mention], sentences: list[Sentence], default: str) -> str | None:
    """The issuer of a legal text: the authority its heading names in capitals (``THE GOVERNMENT``, ``THE
    PRIME MINISTER``) before the word in capitals by which it decides (``DECIDES``, ``RESOLVES``,
    ``DÉCIDE``): it assigns the text's tasks, whoever the text names as having concluded a meeting."""
    for lang in {sentence_language(s, default) for s in sentences}:
        word = cues(lang).decision_word
        found = word.search(text) if word else None
        if found:
            issuer = legal_issuer(mentions, found.start())
            if issuer:
                return issuer
    return None


# how far into a sentence a date makes it a dated report ("Ngày 14/5/1999, Sở Địa chính … đề nghị …"),
# and how many years before the latest date of the text it must be to tell the history of a case
_DATED_OPENING_CHARS = 30
_HISTORY_YEARS = 3


def recalls_history(folded: str, sentence: Sentence, lang: str, latest: list) -> bool:
    """Whether a sentence opens with a date years before the latest the text gives: it tells the
    history of a case (a request made in 1999, in an article about 2016), not a task of now.
    ``latest`` caches the text's latest date (found only when a sentence opens with a date)."""
    end = min(sentence.end, sentence.start + _DATED_OPENING_CHARS)
    if not any(map(str.isdigit, folded[sentence.start : end])):
        return False  # no date opens it (most sentences): no regex run
    opening = dates_in(folded, lang, sentence.start, end)
    if not opening:
        return False
    if not latest:
        latest.append(latest_date(folded, lang))
    return bool(latest[0]) and int(opening[0][1][:4]) + _HISTORY_YEARS <= int(latest[0][:4])


def implementation_articles(lowered: str, languages: set[str], cutoff: int) -> list[tuple[int, int]]:
    """The spans of a legal text's implementation articles (``Điều 3. Tổ chức thực hiện``, ``Article 5.
    Implementation``): from the heading to the next article, else to the recipients block or the end."""
    spans = []
    for lang in languages:
        c = cues(lang)
        if c.implementation_heading is None:
            continue
        # tried only where a heading's opening is written (``nlp.regex.finditer``: the same matches; the text cut at
        # ``cutoff`` reads as the scan's end position does)
        for heading in regex_finditer(c.implementation_heading, lowered[:cutoff]):
            following = c.article_start.search(lowered, heading.end(), cutoff)
            spans.append((heading.start(), following.start() if following else cutoff))
    return spans


def _issues_legal_texts(agency_id: str) -> bool:
    """An authority, or a provincial People's Committee (its decisions and directives)."""
    return agency_id in AUTHORITIES or split_id(agency_id)[0] == "PPC"


def legal_issuer(mentions: list[Mention], position: int) -> str | None:
    """The issuer of a legal text printed in an article: the authority its heading names in capitals
    (``QUỐC HỘI``, ``THỦ TƯỚNG CHÍNH PHỦ``, ``ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH``) before ``position``."""
    # the last such mention of the list, looked for from its end
    last = next((m for m in reversed(mentions) if m.start < position and _issues_legal_texts(m.agency_id)
                 and _a_heading_name(m.text)), None)
    return last.agency_id if last else None


# an acronym in capitals (``UBND``, ``PM``) is no heading; a name is (``THE GOVERNMENT``, ``CHÍNH PHỦ``)
_HEADING_WORD_MIN_LETTERS = 8


def _a_heading_name(name: str) -> bool:
    """A body's name written in capitals as a heading writes it: several words, or one long word."""
    name = name.strip()
    return name.isupper() and (" " in name or len(name) >= _HEADING_WORD_MIN_LETTERS)


# how far into a text the heading of a legal text or an official letter names its issuer
_HEADING_CHARS = 100


def heading_issuer(mentions: list[Mention]) -> str | None:
    """The issuer a legal text or an official letter names in capitals at its very start (``ỦY BAN NHÂN DÂN
    THÀNH PHỐ HÀ NỘI``): the text's authority before any it cites (``theo chỉ đạo của Thủ tướng …``)."""
    first = next((m for m in mentions if m.start < _HEADING_CHARS and _a_heading_name(m.text)), None)
    return first.agency_id if first and _issues_legal_texts(first.agency_id) else None


def outside_publication_names(mentions: list[Mention], lowered: str, languages: set[str]) -> list[Mention]:
    """The mentions less the bodies named inside a publication's name on their line (the Government's paper's
    masthead ``BÁO ĐIỆN TỬ CHÍNH PHỦ``: the language's ``not_subject_before`` words just before the name): no
    heading naming the text's issuer (round 24)."""
    def in_a_name(m: Mention) -> bool:
        line_start = lowered.rfind("\n", 0, m.start) + 1
        return any(cues(lang).not_subject_before.search(lowered[line_start : m.start]) for lang in languages)
    return [m for m in mentions if not (_a_heading_name(m.text) and in_a_name(m))]


def implementation_frame(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, index: int,
                          articles: list[tuple[int, int]], mentions: list[Mention]) -> Found | None:
    """A legal text tasks its bodies with plain verbs in its implementation article, authorities
    included (``4. Chính phủ dành thời gian …``, ``6. Ủy ban Thường vụ Quốc hội, Chính phủ, các cơ quan …
    phối hợp …``), or by a clause after them (``Bộ trưởng Bộ Tài chính, … chịu trách nhiệm thi hành Quyết
    định này``); the text's issuer assigns and is never its own assignee."""
    # the gate (issue 18's twenty-first pass): a frame is found only by an implementation clause after the group in
    # its sentence or inside an implementation article; where neither is, every check below ends in None, so the
    # issuer (a scan of the mentions back from the group, for each group no other frame took) is not looked for.
    # The checks are pure and each ends in None or a frame: their order does not change which is returned.
    clause = c.implementation_clause.search(lowered, group.end, sentence.end) if c.implementation_clause else None
    in_article = any(start <= group.start < end for start, end in articles)
    if clause is None and not in_article:
        return None
    issuer = legal_issuer(mentions, group.start)
    if issuer in {m.agency_id for m in group.mentions}:
        return None
    before = without_head_title(lowered[sentence.start : group.start], c)
    after = lowered[group.end : sentence.end]
    if c.not_subject_before.search(before) or c.negation_after.match(after):
        return None
    between = lowered[group.end : clause.start()] if clause else ""
    if clause and not c.assign_before.search(before) and not c.reporting.search(between):  # "X cho biết Y chịu trách nhiệm …": Y
        return Found(group, "assignee", "implementation", clause.group(0), clause.start(), index, extra={"issuer": issuer})
    if (in_article
            and at_clause_start(c.fillers_at_end.sub("", before), c) and re.match(r"^(?:\s*,|\s+\w)", after)):
        return Found(group, "assignee", "implementation", "", after_co_subjects(lowered, group.end, c), index,
                     extra={"issuer": issuer})
    return None
