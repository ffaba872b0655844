"""The frames a sentence gives its bodies: which bodies are read together (``body_groups``) and whether each group
is asked, leads, coordinates or only speaks (``classify``), with the topic, addressee, plan-row and co-subject
frames that decide it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from extract.assign.common import (ARTICLE_AT_END, ASKING_AUTHORITIES, ASKING_KINDS, AUTHORITIES,
                                   CONTINUATION_SENTENCES, ELIDED_SUBJECT_CHARS, LIST_ITEM_BEFORE, LIST_JOINER,
                                   LOCAL_COMMITTEES, NATIONAL_KINDS, PERSON_PAIR_GAP, PERSONS, PROVINCE_ACTS_THROUGH,
                                   SHORT_INTRO, Found, Group, alternation, is_collective, kind_of, phrases,
                                   province_localities, under_an_assigning_colon)
from extract.assign.cues import (LANGUAGES, LIST_MARKER, LanguageCues, cues, grammar, language_grammar,
                                 lower_for_matching, phrase)
from extract.assign.deadlines import find_deadlines
from extract.models import Sentence
from nlp.agencies import (Mention, agency, bare_ministry_at, find_mentions, fold_for_matching, is_provincial,
                          person_surnames, provincial_id, split_id)
from nlp.fold import fold


def recipients_cutoff(lowered: str, languages: set[str]) -> int:
    cutoff = len(lowered)
    for lang in languages:
        # a recipients block closes a notice, it never opens one ("Kính gửi:" opening a letter is its addressees)
        m = next((m for m in cues(lang).recipients.finditer(lowered) if m.start() > len(lowered) // 3), None)
        if m:
            cutoff = min(cutoff, m.start())
    return cutoff


def _opens_as_a_name(text: str, at: int, lang: str) -> bool:
    """Whether a list item opens as a bare ministry name: a capital, or one of the language's
    ``elliptic_name_openers`` before a capital (French ``de la Santé``); a lower-case word is a collective's."""
    if text[at : at + 1].isupper():
        return True
    for opener in grammar(lang).get("elliptic_name_openers", []):
        if text.startswith(opener, at) and text[at + len(opener) : at + len(opener) + 1].isupper():
            return True
    return False


# how far back the plural opening a list of ministries is looked for, and what may stand between it and a later
# bare name of the list: names (letters, "&", apostrophes, hyphens) and the list's joiners, no sentence end
_PLURAL_LIST_CHARS = 160
_NAMES_AND_JOINERS = re.compile(r"[^\W\d_][\w\s,;&'’-]*")


@lru_cache(maxsize=None)
def _plurals_opening_ministries(lang: str) -> tuple[str, ...]:
    """grammar's ``elliptic_after_plural`` lowered for matching, once per language (read at each list item before)."""
    return tuple(lower_for_matching(w) for w in grammar(lang).get("elliptic_after_plural") or [])


@lru_cache(maxsize=None)
def _plurals_closed_by_colon(lang: str) -> frozenset[str]:
    """The same plurals with no space before a colon (``assigned ministries:``), once per language."""
    return frozenset(re.sub(r"\s+:", ":", w) for w in _plurals_opening_ministries(lang))


def _after_plural_ministries(lowered: str, last: Mention, lang: str) -> bool:
    """Whether the list's last body was named with the plural that opens a list of ministries
    (``elliptic_after_plural`` in ``lang/<code>/grammar.json``: ``the ministries of Health and Finance``), in
    a language that does not otherwise drop the word for ministry (round 12)."""
    plurals = _plurals_opening_ministries(lang)
    name = lowered[last.start : last.end]
    if any(name.startswith(w + " ") for w in plurals):
        return True
    # a bare name further down the same list ("the Ministries of Planning and Investment; Finance; and Industry and
    # Trade": "Finance" continues the plural, so "Industry and Trade" does too, round 18): the plural opens the run
    # of names and joiners that ends with the last body
    before = lowered[max(0, last.start - _PLURAL_LIST_CHARS) : last.start]
    # (a plural closed by a colon, "assigned ministries: Education and Training, Health", opens the run with no name
    # of its own: the first bare name may follow it directly, round 26)
    return any(_NAMES_AND_JOINERS.fullmatch(before[at + len(w) + 1 :]) or w.endswith(":") and not before[at + len(w) + 1 :]
               for w in plurals for at in [before.rfind(w + " ")] if at >= 0)


def _continuation(text: str, folded: str, lowered: str, position: int, last: Mention, c: LanguageCues) -> Mention | None:
    """A bare name that continues a list: ``Bộ Công Thương, Y tế`` or ``các bộ, ngành, địa phương``."""
    m = LIST_JOINER.match(lowered, position)
    if not m:
        return _ministry_without_comma(text, folded, position, last, c)
    at = m.end()
    # after the plural, a name may be written in lower case ("the ministries of finance and labour, invalids and
    # social affairs", round 17b): the plural already says that names follow
    plural = _after_plural_ministries(lowered, last, c.lang)
    if ((grammar(c.lang)["elliptic_ministry_lists"] or plural)
            and (plural or _opens_as_a_name(text, at, c.lang))):
        kind = getattr(agency(split_id(last.agency_id)[0]), "kind", None)
        bare = bare_ministry_at(text, folded, at) if kind in ("ministry", "provincial_department") else None
        if bare and kind == "ministry":
            return bare
        prefix = grammar(c.lang).get("department_name_prefix")
        if bare and prefix:  # "Hai Sở GTVT, Xây dựng": the department of that name, in the same province
            department = next(iter(find_mentions(f"{prefix} {bare.text}")), None)
            if department and department.end == len(f"{prefix} {bare.text}") and is_provincial(department.agency_id):
                return Mention(bare.start, bare.end, bare.text,
                               provincial_id(split_id(department.agency_id)[0], split_id(last.agency_id)[1]))
    # the longest bare name first: "xã, phường, thị trấn", not "xã, phường" with "thị trấn" left over (round 12)
    for name, agency_id in sorted(c.continuations.items(), key=lambda item: -len(item[0])):
        if lowered.startswith(name, at) and not (lowered[at + len(name) : at + len(name) + 1].isalnum()):
            if is_provincial(agency_id):  # "People's Committees of districts and communes": the same province
                agency_id = provincial_id(agency_id, split_id(last.agency_id)[1])
            elif is_provincial(last.agency_id):
                continue  # "các sở, ban, ngành, địa phương" of a province: its own localities, not the provinces
            return Mention(at, at + len(name), text[at : at + len(name)], agency_id)
    return None


def _ministry_without_comma(text: str, folded: str, position: int, last: Mention, c: LanguageCues) -> Mention | None:
    """The next ministry of an elliptic list written without commas, each name after its own article (grammar's
    optional ``ministry_list_openers_without_comma``: ``aux ministres des ministeres de la Defense de la Securite
    publique de la Construction``, Lao Dong's French pages, round 25), after a ministry; else None."""
    openers = grammar(c.lang).get("ministry_list_openers_without_comma") or []
    if not openers or getattr(agency(last.agency_id), "kind", None) != "ministry":
        return None
    space = re.match(r"\s+", text[position : position + 2])
    at = position + space.end() if space else None
    if at is None or not any(text.startswith(o, at) and text[at + len(o) : at + len(o) + 1].isupper() for o in openers):
        return None
    bare = bare_ministry_at(text, folded, at)
    return bare if bare and getattr(agency(bare.agency_id), "kind", None) == "ministry" else None


_COLON = re.compile(r"\s*:\s*")


def _listed_after_colon(text: str, folded: str, lowered: str, collective: Mention, c: LanguageCues) -> Mention | None:
    """The first ministry a collective introduces by a colon, named bare: "Bộ trưởng các Bộ: Quốc phòng, Công an,
    …" lists the ministries tasked (the list goes on as an elliptic one), it does not task all of them. In a language
    that names each ministry in full, only after its plural closed by a colon (grammar's ``elliptic_after_plural``:
    ``assigned ministries: Education and Training, Agriculture and Environment, …``, round 26)."""
    if collective.agency_id != "MINISTRIES":
        return None
    colon = _COLON.match(lowered, collective.end)
    if not colon or not text[colon.end() : colon.end() + 1].isupper():
        return None
    if not grammar(c.lang)["elliptic_ministry_lists"]:
        closed = re.sub(r"\s+:", ":", " ".join(lowered[collective.start : colon.end()].split()))
        if closed not in _plurals_closed_by_colon(c.lang):
            return None
    bare = bare_ministry_at(text, folded, colon.end())
    return bare if bare and getattr(agency(bare.agency_id), "kind", None) == "ministry" else None


def _own_localities(mention: Mention, last: Mention, lowered: str, c: LanguageCues) -> bool:
    """Whether a bare name of the provinces ("các địa phương") follows a province's own bodies in a list: "các sở,
    ban, ngành và các địa phương" of a province are its localities, not the provinces (as in ``_continuation``)."""
    name = " ".join(lowered[mention.start : mention.end].split())
    if name in province_localities(c.lang):
        return False  # a language whose "localities" of a province are its districts keeps them (see _localities_as_districts)
    return c.continuations.get(name) == mention.agency_id == "PROVINCES" and is_provincial(last.agency_id)


def mentions_inside(mentions: list[Mention], starts: list[int], sentence: Sentence) -> list[Mention]:
    """The mentions within ``sentence``; ``mentions`` sorted by start, ``starts`` their starts: a
    bisection, so that a long text's sentences do not each scan all of its mentions."""
    first = bisect_left(starts, sentence.start)
    last = bisect_left(starts, sentence.end, lo=first)
    return [m for m in mentions[first:last] if m.end <= sentence.end]


def without_places(inside: list[Mention], lowered: str, c: LanguageCues) -> list[Mention]:
    """``inside`` without the body names written as the place of the body before them (cues.json
    ``place_complements``: "the People's Committees of communes and wards in many districts of Hanoi" are the
    communes' committees; the districts are where they are, no body of their own, round 19b)."""
    if c.place_complement is None:
        return inside
    kept: list[Mention] = []
    for m in inside:
        if kept and m.start >= kept[-1].end and c.place_complement.match(lowered[kept[-1].end : m.start]):
            continue
        kept.append(m)
    return kept


def _agent_of_a_statement(before: str, lang: str) -> bool:
    """Whether a passive's agent (``chaired by``) follows a finite form of "to be" with at most three words between
    (grammar's optional ``lead_agent_statement_verbs``: ``are invested in or chaired by``): the sentence states who
    chairs a thing, it tells no task before the agent."""
    statement = _statement_before_agent(lang)
    return statement is not None and statement.search(before) is not None


@lru_cache(maxsize=None)
def _statement_before_agent(lang: str) -> re.Pattern | None:
    """``_agent_of_a_statement``'s pattern, built once a language (it was built at each passive's agent)."""
    verbs = language_grammar(lang).get("lead_agent_statement_verbs") or []
    return re.compile(rf"(?<![\w'])(?:{alternation([re.escape(v) for v in verbs])})(?:\s+[\w'-]+){{0,3}}\s*$") if verbs else None


def _outside_name_between(text: str, lowered: str, start: int, end: int, c: LanguageCues) -> bool:
    """Whether the words between two bodies are a list separator, a capitalised name outside the table of two words or
    more, then the list's own separator (``the Department of Agriculture and Environment, the Provincial Border Guard
    Command, and the People's Committees of coastal communes and wards to …``, ``departments, branches, the Provincial
    Construction Investment Project Management Board, People's Committees of districts …``): the list goes on past it,
    as past a lower-case item of ``list_skips`` (round 29); languages with grammar's ``outside_name_subjects``."""
    g = language_grammar(c.lang)
    if _outside_addressee_between(text, lowered, start, end, c):
        return True
    if not g.get("outside_name_subjects"):
        return False
    articles = g.get("articles") or []
    article = rf"(?:(?:{alternation(articles)})\s+)?" if articles else ""
    head = re.match(rf"\s*,\s*{article}", text[start:end], re.IGNORECASE)
    if not head:
        return False
    pos, words, name_end = start + head.end(), 0, None
    while words < _OUTSIDE_NAME_WORDS:
        word = re.match(r"\s*([^\W\d_][\w'’-]*)", text[pos:end])
        if not word or not (word.group(1)[:1].isupper() or word.group(1) in _NAME_JOINING_WORDS and words):
            break
        pos, words = pos + word.end(), words + 1
        if word.group(1)[:1].isupper():
            name_end = pos
    if name_end is None or words < 2:
        return False
    return bool(re.match(r"\s*,", text[name_end:end]) and c.list_between.match(lowered[name_end:end]))


def _outside_addressee_between(text: str, lowered: str, start: int, end: int, c: LanguageCues) -> bool:
    """Whether the words between two bodies are a comma, an addressee outside the table opened by one of grammar's
    optional ``outside_addressee_openers`` and a capital (French ``au Commandement provincial de prévention et de
    lutte contre les incendies de forêt``: lower-case words inside the name), of at most cues.json's
    ``outside_addressee_words``, then a comma and the list's own separator (``…, de secteurs, au Commandement …,
    ainsi qu'aux présidents des Comités populaires de districts …``): the list goes on past it (round 32 fr)."""
    openers = language_grammar(c.lang).get("outside_addressee_openers") or []
    if not openers or not c.outside_addressee_words:
        return False
    head = re.match(rf"\s*,\s*(?:{alternation(openers)})\s*(?=[^\W\d_a-zà-ÿ])", text[start:end])
    if not head:
        return False
    piece_end = text.find(",", start + head.end(), end)
    if piece_end < 0 or len(text[start + head.end() : piece_end].split()) > c.outside_addressee_words:
        return False
    return bool(c.list_between.match(lowered[piece_end:end]))


def body_groups(text: str, folded: str, lowered: str, inside: list[Mention], sentence: Sentence, c: LanguageCues) -> list[Group]:
    groups: list[Group] = []
    i = 0
    while i < len(inside):
        listed = _listed_after_colon(text, folded, lowered, inside[i], c)
        group = Group([listed or inside[i]], head=inside[i].start if listed else None)
        i += 1
        while True:
            if (i < len(inside) and (inside[i].start, inside[i].end) == (group.mentions[-1].start, group.mentions[-1].end)
                    # one name for several bodies ("People's Committees at all levels": one row a level) goes on together
                    or i < len(inside) and (c.list_between.match(lowered[group.end : inside[i].start])
                                            or _outside_name_between(text, lowered, group.end, inside[i].start, c))
                    and not {group.mentions[-1].agency_id, inside[i].agency_id} & PERSONS  # "Thủ tướng Chính phủ, tỉnh Cao Bằng cần": an attribution, then the subject
                    and not _fronted_phrase_closed(lowered, sentence.start, inside[i].start, c.lang)
                    and not _purpose_clause_closed(lowered, sentence.start, inside[i].start, c.lang)
                    or i < len(inside) and {group.mentions[-1].agency_id, inside[i].agency_id} <= PERSONS
                    and PERSON_PAIR_GAP.match(lowered[group.end : inside[i].start])
                    or i < len(inside) and _province_follows_without_comma(text, group.mentions[-1], inside[i], c.lang)
                    or i < len(inside) and _body_after_departments_without_comma(text, group.mentions[-1], inside[i])
                    or i < len(inside) and _provincial_body_follows_without_comma(text, group.mentions[-1], inside[i], c.lang)
                    or i < len(inside) and _province_after_region(lowered, group.mentions[-1], inside[i], c.lang)):
                if not _own_localities(inside[i], group.mentions[-1], lowered, c):
                    group.mentions.append(inside[i])
                i += 1
                continue
            more = _continuation(text, folded, lowered, group.end, group.mentions[-1], c)
            if more and more.end <= sentence.end and not (i < len(inside) and inside[i].start < more.end):
                group.mentions.append(more)
                continue
            break
        groups.append(group)
    return groups


@lru_cache(maxsize=None)
def region_then_province(lang: str) -> re.Pattern | None:
    """grammar's optional ``provinces_region_then_province``: the region the provinces' committees lie in, then a
    province joined to it (``des provinces … dans le delta du Mékong et à Hô Chi Minh-Ville``), compiled once a
    language: the region's opener and the joins before the province's name; None where the language lists none."""
    setting = language_grammar(lang).get("provinces_region_then_province")
    if not setting:
        return None
    # ("des provinces et villes relevant de l'autorité centrale dans le delta du Mékong …": the collective's own
    # qualifier, its ``qualifiers``, may come first)
    qualifier = rf"(?:\s+(?:{phrases(setting['qualifiers'])}))?" if setting.get("qualifiers") else ""
    return re.compile(rf"{qualifier}\s+(?:{phrases(setting['openers'])})\s+(?:[^\s,.;:()]+\s+){{0,5}}?"
                      rf"(?:{phrases(setting['joins'])})\s+")



def _province_after_region(lowered: str, last: Mention, following: Mention, lang: str) -> bool:
    """Whether ``following``, a province's committee, is named after the region of the provinces' committees just
    before it (``region_then_province``): one list with them."""
    pattern = region_then_province(lang)
    return bool(pattern and last.agency_id == "PROVINCES" and split_id(following.agency_id)[0] == "PPC"
                and pattern.fullmatch(lowered, last.end, following.start))


def _body_after_departments_without_comma(text: str, previous: Mention, mention: Mention) -> bool:
    """Whether a body's name written with its capital follows the province's departments as a whole with only a space
    between, a list's comma lost (``yêu cầu các sở, ban, ngành UBND các huyện, thành phố và các doanh nghiệp nhà nước
    … khẩn trương thực hiện …``, round 32 vi): one list, asked by the verb before it."""
    return (split_id(previous.agency_id)[0] == "DEPARTMENTS" and text[previous.end : mention.start] == " "
            and mention.text[:1].isupper())


@lru_cache(maxsize=None)
def _body_gap_without_comma(lang: str) -> re.Pattern | None:
    """The gap between two provincial bodies of a list written without commas, each name after its own article
    (grammar's optional ``body_list_articles_without_comma``: ``le``, ``la``, ``l'``), else None."""
    articles = language_grammar(lang).get("body_list_articles_without_comma") or []
    if not articles:
        return None
    words = "|".join(re.escape(a.strip()) + (r"\s*" if a.rstrip().endswith(("'", "’")) else r"\s+") for a in articles)
    return re.compile(rf"\s+(?:{words})")


def _provincial_body_follows_without_comma(text: str, last: Mention, following: Mention, lang: str) -> bool:
    """Whether ``following``, a provincial body, goes on the list of ``last``, a body of the same province, after its
    own article alone where the text drops the commas (``coordonner avec le Departement de l'Industrie et du Commerce le
    Departement des Finances la police municipale …``, Lao Dong's French pages, round 40): one list."""
    gap = _body_gap_without_comma(lang)
    if not gap or not (is_provincial(last.agency_id) and is_provincial(following.agency_id)):
        return False
    if split_id(last.agency_id)[1] != split_id(following.agency_id)[1]:
        return False
    return bool(gap.fullmatch(text[last.end : following.start].lower()))  # the gap alone, not the whole text lowered


@lru_cache(maxsize=None)
def _province_gap_without_comma(lang: str) -> re.Pattern | None:
    """The gap between two provinces of a list written without commas (grammar's optional
    ``province_list_openers_without_comma``: ``de Ha Tinh de Quang Tri``), else None."""
    openers = language_grammar(lang).get("province_list_openers_without_comma") or []
    if not openers:
        return None
    # "de " is followed by a space, the elided "d'" runs into the name
    words = "|".join(re.escape(o.strip()) + (r"\s+" if o.endswith(" ") else "") for o in openers)
    return re.compile(rf"\s+(?:{words})")


def _province_follows_without_comma(text: str, last: Mention, following: Mention, lang: str) -> bool:
    """Whether ``following``, a province's name alone (its committee), goes on the list of ``last``, another province's
    committee, after the preposition alone that stands for a comma in texts that drop them (round 25)."""
    gap = _province_gap_without_comma(lang)
    return bool(gap and split_id(last.agency_id)[0] == split_id(following.agency_id)[0] == "PPC"
                and following.text[:1].isupper() and gap.fullmatch(text, last.end, following.start))


# the most characters of a topic phrase opening a sentence, commas inside ("Regarding the conversion of items A2, A3, A4
# to social housing for rent, the Department of Construction … will prepare …", round 18b)
_TOPIC_INTRO_CHARS = 120


@lru_cache(maxsize=None)
def _topic_intro(lang: str) -> re.Pattern | None:
    """A sentence's opening topic phrase, led by one of cues.json's ``topic_openers`` (``regarding``, ``as for``,
    ``đối với``), up to its last comma: what follows opens the clause, as after a short introduction."""
    openers = cues(lang).data.get("topic_openers") or []
    if not openers:
        return None
    return re.compile(rf"^(?:{phrases(openers)})\s[^;:\n]{{0,{_TOPIC_INTRO_CHARS}}},\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _semicolon_opener(lang: str) -> re.Pattern | None:
    """A clause after a semicolon opened by grammar's optional ``semicolon_clause_openers`` (``… a demandé aux
    localités de surveiller ; en particulier, Thanh Hoa et Nghe An doivent envoyer …``, round 31 fr): what follows
    opens the clause, as right after the semicolon (the subject there is asked like one opening its sentence)."""
    openers = grammar(lang).get("semicolon_clause_openers") or []
    if not openers:
        return None
    return re.compile(rf";\s*(?:{phrases(openers)})\s*,\s*$", re.IGNORECASE)


# the most characters of a purpose clause opening a sentence, longer than a topic ("Therefore, in order to quickly
# stabilize … during the harvest season, Lang Son province asked …", round 26's left class)
_PURPOSE_INTRO_CHARS = 240


@lru_cache(maxsize=None)
def _purpose_intro(lang: str) -> re.Pattern | None:
    """A sentence's opening purpose clause led by grammar's optional ``purpose_clause_openers`` (``In order to …``,
    ``Afin de …``), up to its last comma: what follows opens the clause, its subject the one acting."""
    openers = grammar(lang).get("purpose_clause_openers") or []
    if not openers:
        return None
    return re.compile(rf"^(?:{phrases(openers)})\s[^;:\n]{{0,{_PURPOSE_INTRO_CHARS}}},\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _fronted_intro(lang: str) -> re.Pattern | None:
    """A sentence's opening phrase led by grammar's optional ``fronted_phrase_openers`` (``Sur instruction du …``,
    ``Following the direction of …``), up to its last comma, longer than a short introduction: what follows opens
    the clause; unlike a topic, the bodies inside it are not the ones tasked (round 22's left class)."""
    openers = _fronted_openers(lang)
    if not openers:
        return None
    return re.compile(rf"^(?:{phrases(openers)})\s[^;:\n]{{0,{_TOPIC_INTRO_CHARS}}},\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _cleft_patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``cleft_subjects``: the words opening a cleft sentence right before its body (``c'est``,
    ``it is``) and the relative pronoun right after the body (``qui``, ``that``); None where unset."""
    cleft = grammar(lang).get("cleft_subjects") or {}
    if not cleft.get("openers") or not cleft.get("relatives"):
        return None
    return (re.compile(rf"(?<![\w'])(?:{phrases(cleft['openers'])})\s*$", re.IGNORECASE),
            re.compile(rf"^\s*(?:{phrases(cleft['relatives'])})(?![\w'])", re.IGNORECASE))


@lru_cache(maxsize=None)
def _collective_relative_before_past_obligation(lang: str) -> re.Pattern | None:
    """grammar's optional ``collective_relative_openers`` (``where``, ``which`` …) opening a short relative clause right
    after a collective body, up to one of cues.json's ``past_obligations`` (``had to``): the clause's end."""
    words = grammar(lang).get("collective_relative_openers") or []
    past = cues(lang).data.get("past_obligations") or []
    if not words or not past:
        return None
    return re.compile(rf"\s+(?:{phrases(words)})\s+[^,.;:]{{1,80}}?(?=\s+(?:{phrases(past)})(?![\w']))")


def _cleft_relative_end(before: str, after: str, c: LanguageCues) -> int | None:
    """Where the relative pronoun after a cleft sentence's body ends (``C'est le comité populaire du district qui
    sera chargé de …``: the body is the subject of the cue after ``qui``, round 33 fr), the cleft's opener opening
    its clause; None where the body stands in no cleft."""
    patterns = _cleft_patterns(c.lang) if c.lang else None
    if patterns is None:
        return None
    opener, relative = patterns
    rest = ARTICLE_AT_END.sub("", before).rstrip()
    opening = opener.search(rest)
    pronoun = relative.match(after)
    if opening is None or pronoun is None or not at_clause_start(rest[: opening.start()], c):
        return None
    return pronoun.end()


def _fronted_openers(lang: str) -> list[str]:
    """grammar's optional ``fronted_phrase_openers``, ``fronted_basis_openers`` and ``fronted_partner_openers``: each
    opens a fronted phrase that ends where the subject's clause opens."""
    return ((grammar(lang).get("fronted_phrase_openers") or []) + (grammar(lang).get("fronted_basis_openers") or [])
            + (grammar(lang).get("fronted_partner_openers") or []))


@lru_cache(maxsize=None)
def _fronted_partners(lang: str) -> re.Pattern | None:
    """A sentence's opening phrase led by grammar's optional ``fronted_partner_openers`` (``Together with relevant
    agencies and localities in the province, …``) up to a body named inside it (matched on the words before it)."""
    openers = grammar(lang).get("fronted_partner_openers") or []
    if not openers:
        return None
    return re.compile(rf"^\s*(?:{phrases(openers)})\s[^,;:\n]{{0,{_TOPIC_INTRO_CHARS}}}$", re.IGNORECASE)


def _fronted_partner_of(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, later: tuple[int, ...],
                        later_ends: tuple[int, ...]) -> bool:
    """Whether ``group`` stands inside a fronted phrase of partners opening its sentence (grammar's optional
    ``fronted_partner_openers``) whose comma a body named next closes, that body opening the clause with a task cue
    (``Together with localities in the province, DARD will identify …``, round 37 en): the partners coordinate."""
    pattern = _fronted_partners(c.lang) if c.lang else None
    if pattern is None or not pattern.match(lowered[sentence.start : group.start]):
        return False
    for at, end in zip(later, later_ends):
        if _fronted_phrase_closed(lowered, sentence.start, at, c.lang):
            rest = lowered[end : sentence.end]
            return bool(c.strong_after.match(rest) or c.weak_after.match(rest))
    return False


@lru_cache(maxsize=None)
def _fronted_phrase_to_first_comma(lang: str) -> re.Pattern | None:
    """A sentence's opening phrase led by grammar's optional ``fronted_phrase_openers`` (or ``fronted_basis_openers``),
    up to its first comma."""
    openers = _fronted_openers(lang)
    if not openers:
        return None
    # "…, les comités populaires des districts"; "…, the city's departments" (``fronted_phrase_possessives``, round 34b en)
    articles = (grammar(lang).get("articles") or []) + (grammar(lang).get("fronted_phrase_possessives") or [])
    article = rf"(?:(?:{alternation(articles)})\s+)?" if articles else ""
    return re.compile(rf"\s*(?:{phrases(openers)})\s[^,;:\n]{{0,{_TOPIC_INTRO_CHARS}}},\s*{article}", re.IGNORECASE)


def _fronted_phrase_closed(lowered: str, sentence_start: int, at: int, lang: str) -> bool:
    """Whether the body at ``at`` comes right after the comma that closes a fronted phrase opening the sentence (``According
    to the plan of the People's Committee of Son La province, districts … must …``, ``Theo kế hoạch của UBND tỉnh Sơn
    La, UBND các huyện phải …``): it opens the clause, no list goes on from the phrase's own body (open classes after
    round 23b). Only the phrase's first comma: a list inside it (``On the instructions of A, B and C,``) is rare."""
    pattern = _fronted_phrase_to_first_comma(lang)
    return bool(pattern and pattern.fullmatch(lowered, sentence_start, at))


@lru_cache(maxsize=None)
def _purpose_clause_to_first_comma(lang: str) -> re.Pattern | None:
    """A sentence's opening clause led by grammar's optional ``purpose_clause_openers``, up to its first comma."""
    openers = grammar(lang).get("purpose_clause_openers") or []
    if not openers:
        return None
    articles = grammar(lang).get("articles") or []
    article = rf"(?:(?:{alternation(articles)})\s+)?" if articles else ""
    return re.compile(rf"\s*(?:{phrases(openers)})\s[^,;:\n]{{0,{_PURPOSE_INTRO_CHARS}}},\s*{article}", re.IGNORECASE)


@lru_cache(maxsize=None)
def _place_preposition_at_end(lang: str) -> re.Pattern | None:
    """grammar's optional ``place_prepositions`` with up to three describing words, ending the words before a body:
    the body is written as a place (``in the northern mountainous provinces``)."""
    words = grammar(lang).get("place_prepositions") or []
    if not words:
        return None
    return re.compile(rf"(?:^|\s)(?:{phrases(words)})\s+(?:(?!(?:of|with|and|to)\s)[\w-]+\s+){{0,3}}$", re.IGNORECASE)


def _place_before_skipped_items(before: str, after: str, m: re.Match, lang: str) -> bool:
    """Whether a subject's cue reaches the body only over items outside the table after a separator (``provinces,
    investors, project management boards and contractors are required to …``) while the body is written as a place
    (``in the northern mountainous provinces``): the items outside the table are the subject, the place is no body
    asked (round 27's left class)."""
    pattern = _place_preposition_at_end(lang)
    return bool(pattern and pattern.search(before) and re.match(r"\s*(?:,|;|and\s)", after[: m.start("cue")]))


def _purpose_clause_closed(lowered: str, sentence_start: int, at: int, lang: str) -> bool:
    """Whether the body at ``at`` comes right after the first comma of a purpose or waiting clause opening the sentence
    (``While waiting for instructions from the Ministry of Construction, the … Department of Construction was assigned
    …``, round 27b): it opens the clause, no list goes on from a body inside the clause. Unlike a fronted phrase's
    (``fronted_source``), the clause's bodies are not the source of the task."""
    pattern = _purpose_clause_to_first_comma(lang)
    return bool(pattern and pattern.fullmatch(lowered, sentence_start, at))


def inside_fronted_phrase(lowered: str, sentence_start: int, end: int, lang: str) -> bool:
    """Whether a body ending at ``end`` lies inside the fronted phrase opening its sentence, up to the phrase's first
    comma (``Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 175/CĐ-TTg, Chủ tịch UBND tỉnh yêu cầu …``):
    the phrase names the source the asker follows, not a body of the clause after it (round 27b)."""
    pattern = _fronted_phrase_to_first_comma(lang)
    phrase_match = pattern.match(lowered, sentence_start) if pattern else None
    return bool(phrase_match) and end <= phrase_match.end()


def fronted_source(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str, lang: str, own: set[str],
                    tasked: set[int]) -> str | None:
    """The body a fronted phrase names as the source of a subject's task (``According to the plan of the People's
    Committee of Son La province, districts … must …``, ``Theo kế hoạch của UBND tỉnh Sơn La, UBND các huyện phải
    …``): the one asking, where the phrase (grammar's ``fronted_phrase_openers``, to its first comma) opens the
    sentence right before the subject (open classes after round 23b)."""
    if not _fronted_phrase_closed(lowered, sentence.start, group.start, lang) or _opens_with_a_basis(lowered, sentence.start, lang):
        return None
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= group.start and m.start not in tasked
              and m.agency_id not in own]
    return inside[-1].agency_id if inside else None


def _opens_with_a_basis(lowered: str, sentence_start: int, lang: str) -> bool:
    """Whether the sentence opens with grammar's optional ``fronted_basis_openers`` (``Based on the list of projects
    provided by the Department of Finance, …``): the phrase's bodies gave the basis, they do not ask (round 29)."""
    openers = (grammar(lang).get("fronted_basis_openers") or []) + (grammar(lang).get("fronted_partner_openers") or [])
    return bool(openers and re.match(rf"\s*(?:{phrases(openers)})\s", lowered[sentence_start : sentence_start + 80]))


@lru_cache(maxsize=None)
def _department_level_at_end(lang: str) -> re.Pattern:
    """grammar's optional ``department_adjective_openers`` (``provincial``, ``the city``) ending a text, the level word
    opening a provincial department's name; a pattern matching nothing where unset."""
    openers = [o for o in language_grammar(lang).get("department_adjective_openers") or [] if o.strip()]
    if not openers:
        return re.compile(r"(?!)")
    words = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(openers, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{words})\s*$")


def at_clause_start(before: str, c: LanguageCues | None = None) -> bool:
    # an opening quotation mark opens a quoted clause ("“Sở Nông nghiệp … phối hợp với … kiểm tra …”. Đó là chỉ đạo …", round 16)
    before = ARTICLE_AT_END.sub("", before).rstrip().rstrip("“\"«„").rstrip()
    topic = _topic_intro(c.lang) if c is not None and c.lang else None
    return (
        before == "" or before.endswith((":", ";", ".")) or bool(LIST_ITEM_BEFORE.match(before))
        or bool(SHORT_INTRO.match(before + " "))
        or bool(topic and topic.match(before + " "))
        or bool(c is not None and c.lang and _fronted_intro(c.lang) and _fronted_intro(c.lang).match(before + " "))
        or bool(c is not None and c.lang and (intro := _purpose_intro(c.lang)) and intro.match(before + " "))
        or bool(c is not None and c.clause_conjunction_at_end.search(before))  # "…, while the Ministry … will provide"
        or (c is not None and time_frame_between_commas(before, c.lang) is not None)
        or bool(c is not None and c.bare_continuation_opener is not None and c.bare_continuation_opener.match(before))
        or bool(c is not None and c.lang and (semicolon := _semicolon_opener(c.lang)) and semicolon.search(before))
        or bool(c is not None and c.lang and (time := _time_opener_after_comma(c.lang)) and time.search(before))
        or (c is not None and _directing_verb_comma_after_intro(before, c))
    )


# a short opening, then a body's assigning verb closed by a comma: "Mới đây, Bộ Công an đã chỉ đạo, …"
_INTRO_THEN_PHRASE = re.compile(r"^[^,;:\n]{0,60},\s*(?P<phrase>[^,;:\n]{1,60}),\s*$")


def _directing_verb_comma_after_intro(before: str, c: LanguageCues) -> bool:
    """Whether ``before`` is a short opening and then a phrase ending in an assigning verb closed by a comma (``Mới
    đây, Bộ Công an đã chỉ đạo, 5 thành phố … sẽ phải …``, round 38 vi): the comma reports the direction and the
    subject after it opens the directed clause, as after a lone ``Bộ Công an đã chỉ đạo,`` (SHORT_INTRO)."""
    m = _INTRO_THEN_PHRASE.match(before)
    return bool(m) and bool(c.assign_before.search(m.group("phrase") + " "))


@lru_cache(maxsize=None)
def _time_opener_after_comma(lang: str) -> re.Pattern | None:
    """grammar's optional ``clause_time_openers`` set off by commas right before a subject (``For the offices of …,
    People's Committees at the commune level after the arrangement …, in the immediate future, departments, branches …
    will use …``): the time opens the subject's clause whatever long topic stands before it (round 34b en)."""
    openers = grammar(lang).get("clause_time_openers") or []
    if not openers:
        return None
    return re.compile(rf",\s*(?:{phrases(openers)})\s*,\s*$", re.IGNORECASE)


# a time frame set off by commas right before a subject: its own words at most
_FRAMED_AT_END = re.compile(r",\s*(?P<frame>[^,;:\n]{4,60}?)\s*,\s*$")


def time_frame_between_commas(before: str, lang: str) -> int | None:
    """Where a time frame set off by commas right before a subject starts in ``before`` (the words before it), else
    None: ``According to the plan, by April 19, districts, towns and cities will synthesize …`` and the same after a
    comma splice (``… collect voters' opinions for 2 days, by April 19, districts … will …``): the time frame opens
    the subject's clause, as one opening the sentence does (open classes after round 21b). The frame is one deadline
    phrase of the language's deadline grammar and nothing else."""
    m = _FRAMED_AT_END.search(before)
    if not m or lang not in LANGUAGES:
        return None
    frame = fold_for_matching(m.group("frame"))
    window = _window_frame(lang)
    if window is not None and window.match(frame):
        return m.start("frame")  # "Theo đó, trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, Công an tỉnh …"
    # any date completes the forms written without a year: only the phrase's extent is asked here
    found = find_deadlines(frame, lang, own_date="2000-01-01")
    return m.start("frame") if len(found) == 1 and found[0].start == 0 and found[0].end == len(frame) else None


# a window's last day or month written in figures: "ngày 15/3/2013", "15/3", "tháng 3/2013"
_WINDOW_END = r"(?:\w+\s+){0,2}\d{1,2}(?:[/.-]\d{1,2})?(?:[/.-]\d{4})?"


@lru_cache(maxsize=None)
def _window_frame(lang: str) -> re.Pattern | None:
    """grammar's optional ``clause_window_frames``: a time window set off by commas right before a subject, its
    opening words, up to a few words of its first day, a joiner and its last day or month in figures (``trong thời
    gian từ đầu tháng 1/2013 tới ngày 15/3/2013``, round 38 vi): it opens the subject's clause, as a deadline's
    phrase does (folded, as ``time_frame_between_commas`` reads the frame)."""
    spec = grammar(lang).get("clause_window_frames") or {}
    if not spec:
        return None
    openers = "|".join(re.escape(fold_for_matching(w)) for w in spec["openers"])
    joiners = "|".join(re.escape(fold_for_matching(w)) for w in spec["joiners"])
    return re.compile(rf"(?:{openers})\s+[^,;:]{{1,30}}?\s+(?:{joiners})\s+{_WINDOW_END}$")


def _below_the_asked(ids: set[str], cue: str, c: LanguageCues) -> set[str]:
    """The ids and kinds of body (grammar's ``superiors``) that stand below every body a proposing cue (grammar's
    ``proposal_cues``) asks; empty where the cue does not propose or a body asked has no superiors' entry."""
    words = language_grammar(c.lang)
    cues_ = {" ".join(lower_for_matching(w).split()) for w in words.get("proposal_cues") or []}
    superiors = words.get("superiors") or {}
    if not cues_ or " ".join(lower_for_matching(cue).split()) not in cues_:
        return set()
    asked = {split_id(i)[0] for i in ids}
    heads = asked & set(superiors)
    below = {b for a in heads for b in superiors[a]}
    # "proposed the provincial People's Committee and departments review …": bodies under a superior asked with it
    # go with their superior, the proposal still goes up (stop 42's ruling, a proposal is no task; stop 41's left class)
    if not heads or not asked - heads <= below:
        return set()
    return below


def proposed_by_a_subordinate(f: Found, assigned_by: str | None, c: LanguageCues) -> bool:
    """Whether a proposing cue with no body before it in its clause (``UBTCNS cho rằng … . Do đó, đề nghị Quốc hội
    xem xét …``) proposes for an asker read elsewhere that stands below the bodies it asks: as a proposal whose
    proposer is named before the cue (``_proposal_to_a_superior``), no task given (the convention reconciled after
    round 24)."""
    if f.kind != "assign" or not assigned_by:
        return False
    below = _below_the_asked({m.agency_id for m in f.group.mentions}, f.cue, c)
    return bool(below) and (split_id(assigned_by)[0] in below or getattr(agency(assigned_by), "kind", None) in below)


def _proposal_to_a_superior(ids: set[str], written_before: str, cue: str, c: LanguageCues) -> bool:
    """Whether a proposing cue (grammar's ``proposal_cues``) asks a body (``superiors``' keys: the provincial
    committee, the Government, the Prime Minister, the National Assembly) that stands above the body named last before
    the cue in the same clause: a subordinate's proposal to its superior is no task given (round 15; the English
    gold's rule, as round 10's 'The Department of Finance proposes that the Provincial People's Committee develop …',
    made the convention of every language after round 24: 'Bộ Nội vụ kiến nghị Chính phủ tổng kết …')."""
    below = _below_the_asked(ids, cue, c)
    if not below:
        return False
    clause = re.split(r"[;:]", written_before)[-1]
    if PROVINCE_ACTS_THROUGH in below:
        # "Tay Ninh leaders proposed the Government …": a province named bare before the cue proposes through its
        # committee or leaders, which no mention names (round 23's left class)
        from nlp.provinces import find_provinces

        if find_provinces(clause, c.lang):
            return True
    # the body that proposes is the one named last before the cue, its subject: a body of a fronted phrase is not
    # ("Tại văn bản gửi các địa phương, Bộ Tài chính đề nghị UBND thành phố Hà Nội …": the ministry asks the city)
    named = find_mentions(clause, fold_for_matching(clause))
    proposer = max(named, key=lambda m: m.start) if named else None
    if _lead_outside_the_table_named(lower_for_matching(clause[proposer.end if proposer else 0 :]), c.lang):
        return True  # "The Dong Nai Province’s Land Development Center proposed that the provincial People’s Committee
        # authorize …": a body outside the table, under the committee, proposes (round 26b)
    if proposer is None and _outside_proposer_named(lower_for_matching(clause), c.lang):
        return True  # "Members proposed the Government amend …": people outside the table, under any superior, propose
        # (round 38)
    return proposer is not None and (split_id(proposer.agency_id)[0] in below or kind_of(proposer) in below)


@lru_cache(maxsize=None)
def _outside_proposer_words(lang: str) -> re.Pattern | None:
    """grammar's optional ``outside_proposers`` as whole words closing the words before a proposing cue, built once a
    language; None where unset."""
    words = [phrase(lower_for_matching(w)) for w in language_grammar(lang).get("outside_proposers") or []]
    return re.compile(rf"(?<![\w'])(?:{'|'.join(words)})\s*$") if words else None


def _outside_proposer_named(before: str, lang: str) -> bool:
    """Whether the words right before a proposing cue, no body of the table among them, end with people outside the
    table who propose (grammar's optional ``outside_proposers``: ``Members``, ``Delegates``, ``Các thành viên``):
    their proposal goes up to whichever superior it names, no task (stop 42's ruling; round 38)."""
    pattern = _outside_proposer_words(lang)
    return pattern is not None and pattern.search(before.rstrip()) is not None


def _letter_up_to(ids: set[str], written_before: str, cue: str, c: LanguageCues) -> bool:
    """Whether an assigning cue that sends a letter (grammar's ``noun_cue_frames``, cues.json ``authority_verbs`` then
    ``letters_sent_up``: ``sent a document to``) goes from a provincial body named before it in the clause to national bodies only: the province's
    purpose follows (``… sent a document to the Ministry of Finance to propose …``), not the ministry's task; its
    letter to its own agencies and localities asks them (round 22's left class)."""
    words = c.data.get("letters_sent_up") or []
    key = " ".join(lower_for_matching(cue).split())
    sending = {" ".join(lower_for_matching(e["cue"] if isinstance(e, dict) else e).split()) for e in c.data.get("authority_verbs") or []}
    frames = {" ".join(lower_for_matching(w).split()) for w in grammar(c.lang).get("noun_cue_frames") or []}
    if key not in frames or not any(key == f"{verb} {word}" for verb in sending for word in words):
        return False  # "a demandé au ministère …" (an authority verb before "au" in French) asks the ministry
    if not ids or not all(getattr(agency(split_id(i)[0]), "kind", None) in NATIONAL_KINDS for i in ids):
        return False
    clause = re.split(r"[;:]", written_before)[-1]
    return any(is_provincial(o.agency_id) for o in find_mentions(clause, fold_for_matching(clause)))


# the most words of a name outside the table that closes a subject ("the National Traffic Safety Committee")
_OUTSIDE_NAME_WORDS = 8
_NAME_JOINING_WORDS = ("of", "for", "on", "and")


# a word of a name (its letters, apostrophes and hyphens), the spaces of a line, a letter: ``_past_outside_list``'s
_NAME_WORD = re.compile(r"([^\W\d_][\w'’-]*)")
_LINE_SPACES = re.compile(r"[ \t]+")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=None)
def _outside_name_head(lang: str) -> re.Pattern | None:
    """``_past_outside_name``'s opening, built once a language (it was built at each call): a comma or not, grammar's
    ``list_conjunctions`` and an article of its ``articles`` or not; None where the language has no conjunction or
    no ``outside_name_subjects``."""
    grammar_ = language_grammar(lang)
    conjunctions, articles = grammar_.get("list_conjunctions") or [], grammar_.get("articles") or []
    if not conjunctions or not grammar_.get("outside_name_subjects"):
        return None
    return re.compile(rf"\s*,?\s*(?:{alternation(conjunctions)})\s+(?:(?:{alternation(articles)})\s+)?", re.IGNORECASE)


@lru_cache(maxsize=None)
def _outside_list_joiner(lang: str) -> re.Pattern | None:
    """``_past_outside_list``'s joiner before each name, built once a language (it was built at each call): a comma,
    grammar's ``list_conjunctions`` or both, then an article of its ``articles`` or not; None as
    ``_outside_name_head``."""
    grammar_ = language_grammar(lang)
    conjunctions, articles = grammar_.get("list_conjunctions") or [], grammar_.get("articles") or []
    if not conjunctions or not grammar_.get("outside_name_subjects"):
        return None
    return re.compile(rf"\s*(?:,\s*(?:(?:{alternation(conjunctions)})\s+)?|\s+(?:{alternation(conjunctions)})\s+)"
                      rf"(?:(?:{alternation(articles)})\s+)?", re.IGNORECASE)


def _past_outside_name(text: str, at: int, end: int, later: tuple[int, ...], c: LanguageCues) -> int | None:
    """The position after ``and`` and a capitalised name outside the table written at ``at`` (``… and the
    National Traffic Safety Committee``: no body of the table starts inside it), else None; English-like
    languages only (a list conjunction and an article of the grammar, capitalised names)."""
    opening = _outside_name_head(c.lang)
    if opening is None:
        return None
    head = opening.match(text[at:end])
    if not head:
        return None
    pos, words, last_capitalised = at + head.end(), 0, False
    while words < _OUTSIDE_NAME_WORDS:
        word = re.match(r"([^\W\d_][\w'’-]*)\s+", text[pos:end])
        if not word or not (word.group(1)[:1].isupper() or word.group(1) in _NAME_JOINING_WORDS and words):
            break
        pos, words, last_capitalised = pos + word.end(), words + 1, word.group(1)[:1].isupper()
    if words < 2 or not last_capitalised:
        return None  # a name of two words at least, its last word capitalised
    if any(at < start < pos for start in later):
        return None  # a body of the table inside: the list goes on, no outside name
    return pos - 1



def _past_outside_list(text: str, at: int, end: int, later: tuple[int, ...], c: LanguageCues) -> int | None:
    """The position after the names outside the table that close a subject's list after its bodies, each after a
    comma, the list's conjunction or both (``…, the Department of Labor, Invalids and Social Affairs, the Police of
    districts, and Thu Duc City are instructed to …``: the departments are tasked, round 34 en's open class), else None.
    A name: capitalised words (its joining words between), two at least and its last capitalised, or one or more before
    ``of`` and one word (a place complement: ``the Police of districts``, no body of the table though ``districts``
    names one). A body of the table starting elsewhere inside the names ends the reading (None). English-like
    languages only (``outside_name_subjects``), as ``_past_outside_name``."""
    joiner = _outside_list_joiner(c.lang)
    if joiner is None:
        return None
    pos, names = at, 0
    while True:
        head = joiner.match(text, pos, end)
        if not head:
            break
        start = cursor = head.end()
        words, last_capitalised, complement = 0, False, None
        while words < _OUTSIDE_NAME_WORDS:
            word = _NAME_WORD.match(text, cursor, end)
            if not word:
                break
            w = word.group(1)
            if w[:1].isupper() or w in _NAME_JOINING_WORDS and words:
                cursor, words, last_capitalised = word.end(), words + 1, w[:1].isupper()
            elif words and text[cursor - 3 : cursor] == "of " and last_capitalised is False:
                complement = word.start()  # "the Police of districts": the place of a unit outside the table
                cursor, words, last_capitalised = word.end(), words + 1, True
                break
            else:
                break
            spaces = _LINE_SPACES.match(text, cursor, end)
            if not spaces:
                break
            next_word = _LETTER.match(text, spaces.end(), end)
            if not next_word:
                break
            cursor = spaces.end()
        cursor = len(text[:cursor].rstrip())
        if words < 2 or not last_capitalised:
            break
        if any(start <= b < cursor and b != complement for b in later):
            return None  # a body of the table inside: the list goes on
        pos, names = cursor, names + 1
    return pos if names else None


@lru_cache(maxsize=None)
def _unit_name_heads(lang: str) -> tuple[str, ...]:
    """grammar's optional ``unit_name_heads`` lowered for matching, once a language."""
    return tuple(lower_for_matching(h) for h in grammar(lang).get("unit_name_heads") or [])


def _past_outside_units(text: str, lowered: str, at: int, end: int, later: tuple[int, ...], c: LanguageCues) -> int | None:
    """The position after the names outside the table that close a subject's list after its body, each after a
    comma or the list's conjunction: cues.json's ``list_skips`` (``Đài Phát thanh và Truyền hình tỉnh``) or a unit
    named by one of grammar's optional ``unit_name_heads`` written with a capital and capitalised words after it
    (``Sở Thông tin và Truyền thông, Báo Hải Dương, Đài Phát thanh và Truyền hình tỉnh phối hợp …``: the department
    is asked, the paper and the radio are no bodies, round 22b); None where no such name follows or a body of the
    table starts inside them."""
    heads = _unit_name_heads(c.lang)
    own = tuple(grammar(c.lang).get("own_province_words") or [])
    joins = tuple(grammar(c.lang).get("list_conjunctions") or [])
    pos, moved = at, False
    while True:
        joiner = LIST_JOINER.match(lowered, pos, end)
        if not joiner:
            break
        start = joiner.end()
        name = next((n for n in _co_subject_names(c.lang) if lowered.startswith(n, start)
                     and not lowered[start + len(n) : start + len(n) + 1].isalnum()), None)
        stop = start + len(name) if name else None
        head = None if name else next((h for h in heads if lowered.startswith(h + " ", start)), None)
        if head and text[start : start + 1].isupper():
            stop, words = start + len(head), 0
            while words < _OUTSIDE_NAME_WORDS:
                word = re.match(r"\s+([^\W\d_][\w'’-]*)", text[stop:end])
                if not word:
                    break
                w = word.group(1)
                if w[:1].isupper() or w in own:
                    stop, words = stop + word.end(), words + 1
                elif w in joins and re.match(r"\s+[^\W\d_]", text[stop + word.end() : end]) and \
                        text[stop + word.end() :].lstrip()[:1].isupper():
                    stop, words = stop + word.end(), words + 1  # "Đài Phát thanh và Truyền hình": a name's own joining word
                else:
                    break
            if not words:
                stop = None
        if stop is None or any(start <= b < stop for b in later):
            break
        pos, moved = stop, True
    return pos if moved else None

# how far after a subject's partner cue its modal or future may stand ("… in collaboration with the Municipal Police
# and relevant agencies will establish …")
_SUBJECT_PARTNERS_CHARS = 120


def _past_subject_partners(lowered: str, at: int, end: int, c: LanguageCues,
                           partners: tuple[tuple[int, int], ...] = ()) -> int | None:
    """The position right before the first modal or future after cues.json's optional ``subject_partner_cues`` opening
    the words after a subject (``… in collaboration with the Department of Education and Training will ask …``), in
    the same clause (no comma, semicolon or colon between) and a few words on, else None. A comma inside a body named
    after the subject (``partners``: their spans), or right before one (an article at most between), is a list's
    (``… in cooperation with the Department of Agriculture and Rural Development, People's Committee of districts,
    suburban districts and towns to increase …``, round 35 en)."""
    words = c.data.get("subject_partner_cues") or []
    if not words:
        return None
    head = re.match(rf"\s+(?:{phrases(words)})\s+", lowered[at:end])
    if not head:
        return None
    start = at + head.end()
    window = lowered[start : min(end, start + _SUBJECT_PARTNERS_CHARS)]
    articles = tuple(f"{a} " for a in language_grammar(c.lang).get("articles") or []) if c.lang else ()

    def listed(position: int) -> bool:
        following = lowered[position + 1 : end].lstrip()
        named_at = end - len(following)
        article = next((a for a in articles if following.startswith(a)), "")
        return any(s <= position < e or s in (named_at, named_at + len(article)) for s, e in partners)

    stop = next((m for m in re.finditer(r"[,;:]", window) if m.group() != "," or not listed(start + m.start())), None)
    window = window[: stop.start()] if stop else window
    for space in re.finditer(r"\s", window):
        position = start + space.start()
        rest = lowered[position:end]  # (the cues' patterns are anchored at the start of what they are given)
        if c.strong_after.match(rest) or c.weak_after.match(rest):
            return position
    return None


@lru_cache(maxsize=None)
def headline_patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """``headline_participles`` of grammar.json (the participle a headline writes without its auxiliary) and
    ``headline_prefixes`` (what may stand before the headline on its line: a date line)."""
    words = language_grammar(lang).get("headline_participles") or []
    if not words:
        return None
    prefixes = language_grammar(lang).get("headline_prefixes") or []
    cue = re.compile(rf"\s+(?P<cue>{phrases(words)})(?![\w'])")
    prefix = re.compile(rf"^\s*(?:(?:{'|'.join(prefixes)})\s*)?$" if prefixes else r"^\s*$")
    return cue, prefix


def _opens_headline(group: Group, text: str, lowered: str, c: LanguageCues) -> bool:
    """Whether the bodies open a text's first line, a headline with no full stop (after a stored page's date
    line at most: ``headline_prefixes``), where the language lists headline participles (round 15)."""
    patterns = headline_patterns(c.lang)
    if patterns is None or not text:
        return False
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if group.end > line_end or text[:line_end].rstrip().endswith((".", "!", "?")):
        return False
    return bool(patterns[1].match(lowered[: group.start]))


# how far back a direction may stand before the obligations told in the past that it directs (a report's paragraphs)
DIRECTION_REACH = 1200


@lru_cache(maxsize=None)
def _emphasis_verb_at_end(lang: str) -> re.Pattern | None:
    """grammar's optional ``emphasis_verbs`` (``a souligné que``, ``emphasized that``) ending the words before a
    subject, an article allowed after them."""
    words = language_grammar(lang).get("emphasis_verbs") or []
    if not words:
        return None
    return re.compile(rf"(?<![\w'])(?:{phrases([lower_for_matching(w) for w in words])})\s*$")


def reported_speech_before(before: str, lang: str) -> bool:
    """Whether a speaker's verb of emphasis (grammar's ``emphasis_verbs``) ends the words before the subject: a modal
    the reported speech shifted to the past (``le Premier ministre a souligné que Quang Nam devait …``, ``stressed
    that the province had to …``) is the speaker's demand, as ``doit`` there is (round 40 fr, ruling C)."""
    pattern = _emphasis_verb_at_end(lang)
    return bool(pattern and pattern.search(ARTICLE_AT_END.sub("", before).rstrip() + " "))


def _after_a_direction(lowered: str, sentence: Sentence, c: LanguageCues) -> bool:
    """Whether a direction (a word of ``directive_markers`` or an assigning verb) stands within the 1,200 characters
    before the sentence: the obligations told in the past after it are that direction's content."""
    before = lowered[max(0, sentence.start - DIRECTION_REACH) : sentence.start]
    return bool(c.directive.search(before) or c.assign_anywhere.search(before))


def _under_a_directive_colon(sentence: Sentence, lowered: str, c: LanguageCues) -> bool:
    """Whether the line right before a sentence ends with a colon after a directing word of cues.json's
    ``directive_markers`` (``có ý kiến chỉ đạo như sau:``): the sentence is that direction's content."""
    previous = lowered[: sentence.start].rstrip()
    if not previous.endswith(":"):
        return False
    return bool(c.directive.search(previous[previous.rfind("\n") + 1 :]))


def _item_under_a_directive_colon(text: str, lowered: str, sentence: Sentence, before: str, c: LanguageCues) -> bool:
    """Whether the bodies open a list item (``1. Les départements …``, a marker and an article at most before them)
    of a direction ending with a colon (``le président … a demandé :``): every line between that colon's line and the
    item opens with a list marker (an earlier item; no paragraph of another kind), within 3,000 characters. A report's
    numbered list under a line with no directing word (``Les résultats :``) is no direction."""
    if not LIST_ITEM_BEFORE.match(ARTICLE_AT_END.sub("", before).rstrip()):
        return False
    line_start = lowered.rfind("\n", 0, sentence.start) + 1
    if lowered[line_start : sentence.start].strip():
        return False  # the item opens its own line
    for line in reversed(lowered[max(0, line_start - 3000) : line_start].split("\n")):
        written = line.strip()
        if not written:
            continue
        if written.endswith(":"):
            return bool(c.directive.search(written))
        if not re.match(rf"{LIST_MARKER}\s", written):
            return False
    return False


@lru_cache(maxsize=None)
def _present_after_qualifiers(lang: str) -> re.Pattern:
    """``present_plural_after`` past the qualifiers a body's name may take (grammar's optional ``list_item_qualifiers``:
    ``… des secteurs de la ville continuent de …``)."""
    present = cues(lang).present_plural_after
    qualifiers = grammar(lang).get("list_item_qualifiers") or []
    if not qualifiers:
        return present
    anchored = present.pattern.startswith("^")
    return re.compile(rf"{'^' if anchored else ''}(?:\s+(?:{phrases(qualifiers)})(?![\w']))*"
                      rf"(?:{present.pattern[1:] if anchored else present.pattern})")


@lru_cache(maxsize=None)
def _item_directing_verbs(lang: str) -> re.Pattern | None:
    """grammar's optional ``item_directing_verbs`` (``ont ordonné``, ``directed``, ``chỉ đạo``) after the qualifiers a
    body's name may take (``list_item_qualifiers``), built once a language; None where the language lists none."""
    verbs = grammar(lang).get("item_directing_verbs") or []
    if not verbs:
        return None
    forms = sorted({lower_for_matching(v) for v in verbs} | {fold(lower_for_matching(v)) for v in verbs}, key=len, reverse=True)
    qualifiers = grammar(lang).get("list_item_qualifiers") or []
    qualified = rf"(?:\s+(?:{phrases(qualifiers)})(?![\w']))*" if qualifiers else ""
    return re.compile(rf"{qualified}\s+(?P<cue>{phrases(forms)})(?![\w'])")


def _directing_item_under_a_colon(group: Group, before: str, after: str, text: str, lowered: str, sentence: Sentence,
                                  ids: set[str], c: LanguageCues) -> re.Match | None:
    """The directing verb after bodies that open their own line (an article, a list skip or a filler such as a head's
    title at most before them: ``Bộ trưởng Bộ Quốc phòng``) right under a line ending with a colon after a directing
    word (``le Premier ministre demande :``), the bodies named there excepted (a committee's own request): the
    direction's item, whose bodies are asked to direct others (round 36 fr:
    ``Le Ministre de la Défense Nationale … ont ordonné aux unités fonctionnelles de …``, ``Les presidents des comites
    populaires des provinces … ont demande aux secretaires …``)."""
    verbs = _item_directing_verbs(c.lang)
    if verbs is None or not text or ids & AUTHORITIES:
        return None
    m = verbs.match(after)
    if m is None or not _unmarked_item_opening(c.lang).fullmatch(c.fillers_at_end.sub("", lower_for_matching(before)).strip()):
        return None
    line_start = lowered.rfind("\n", 0, sentence.start) + 1
    if lowered[line_start : sentence.start].strip():
        return None  # the item opens its own line
    above = [line.strip() for line in text[max(0, line_start - 1500) : line_start].split("\n") if line.strip()]
    if not above or not above[-1].endswith(":") or not c.directive.search(lower_for_matching(above[-1])):
        return None
    if ids & {x.agency_id for x in find_mentions(above[-1], fold_for_matching(above[-1]))}:
        return None  # "UBND tỉnh yêu cầu:" then "UBND tỉnh chỉ đạo …": the committee's own request
    return m


@lru_cache(maxsize=None)
def _unmarked_item_opening(lang: str) -> re.Pattern:
    """Articles and cues.json's ``list_skips`` (``les directeurs``), all that may stand before collective bodies opening
    an unlabelled item of a direction, built once per language."""
    words = {lower_for_matching(w) for w in grammar(lang)["articles"] + cues(lang).data.get("list_skips", [])}
    return re.compile(rf"(?:(?:{phrases(sorted(words | {fold(w) for w in words}, key=len, reverse=True))})\s*)*")


@lru_cache(maxsize=None)
def _unlabelled_item_infinitive(lang: str) -> re.Pattern | None:
    """A word ending in one of grammar's optional ``unlabelled_item_infinitive_endings`` (``Diriger``), built once a
    language; None where the language lists none."""
    endings = grammar(lang).get("unlabelled_item_infinitive_endings") or []
    return re.compile(rf"[^\W\d_]{{3,}}(?:{'|'.join(map(re.escape, endings))})(?![\w'])") if endings else None


def _unmarked_item_under_a_direction(lowered: str, sentence: Sentence, opening: str, c: LanguageCues) -> bool:
    """Whether collective bodies opening their own line with no list marker (an article or a skipped item at most
    before them) tell an item of a direction given right above (round 35 fr): the line right above ends with a colon
    after a directing word (``… demande aux directeurs … de mettre en œuvre les tâches suivantes :`` then ``Les
    directeurs … les présidents des comités populaires des quartiers et des communes continuent de …``), or only lines
    opening with one of the direction's bare infinitives (grammar's optional ``unlabelled_item_infinitive_endings``:
    ``Diriger l'examen …``) stand between the item and the paragraph that directs (``… a demandé aux présidents des
    comités populaires des arrondissements et des communes de continuer …``), within 1,500 characters."""
    infinitive = _unlabelled_item_infinitive(c.lang)
    if infinitive is None or not _unmarked_item_opening(c.lang).fullmatch(lower_for_matching(opening).strip()):
        return False
    line_start = lowered.rfind("\n", 0, sentence.start) + 1
    if lowered[line_start : sentence.start].strip():
        return False  # the item opens its own line
    above = [line.strip() for line in lowered[max(0, line_start - 1500) : line_start].split("\n") if line.strip()]
    for i, written in enumerate(reversed(above)):
        if c.directive.search(written) and (written.endswith(":") or (i and written.endswith("."))):
            return True  # the colon right above, or the directing paragraph above the bare items
        if written.endswith(":") or not infinitive.match(written):
            return False
    return False


@lru_cache(maxsize=None)
def _committee_head_titles(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """cues.json's optional ``committee_head_titles`` as the words alone and as the words ending a text, built once
    per language (both checks run for each body named); None where the language lists none."""
    words = cues(lang).data.get("committee_head_titles") or []
    if not words:
        return None
    return re.compile(rf"\s*(?:{phrases(words)})\s*"), re.compile(rf"(?<![\w'])(?:{phrases(words)})\s*$")


def _committee_head(opening: str, c: LanguageCues) -> bool:
    """Whether the words before a committee are only its head's title (cues.json's optional
    ``committee_head_titles``: ``Chủ tịch`` of ``Chủ tịch UBND tỉnh …``), who stands for the committee."""
    titles = _committee_head_titles(c.lang)
    return titles is not None and titles[0].fullmatch(opening) is not None


def _on_a_headline_line(group: Group, text: str) -> bool:
    """Whether the bodies stand on a text's first line that has no closing punctuation and a body of text after it
    (``Bộ Y tế thành lập Tổ hỗ trợ … tại tỉnh Tiền Giang`` then the article): a headline that reports, in any language
    (round 17b); a plain verb there tasks no one."""
    line_end = text.find("\n")
    if line_end < 0 or group.end > line_end or not text[line_end:].strip():
        return False
    return not text[:line_end].rstrip().endswith((".", "!", "?", ":", ";"))


@lru_cache(maxsize=None)
def caption_credit(lang: str) -> re.Pattern | None:
    """A photo's credit opening the words right after a sentence (grammar's optional ``caption_words``: ``Photo :
    Khánh Linh``); None where the language lists none."""
    words = language_grammar(lang).get("caption_words") or []
    return re.compile(rf"\s*(?:{phrases(words)})\s*:\s*[^\W\d_]") if words else None


def _caption(sentence: Sentence, lowered: str, c: LanguageCues) -> bool:
    """Whether a photo's credit follows the sentence (``Le Comité populaire de la province de Lạng Sơn met en place
    une sanction … Photo : Khánh Linh``, a page's caption repeating its headline): a caption reports, a plain verb
    there tasks no one, as on a headline line (round 26)."""
    credit = caption_credit(c.lang)
    return credit is not None and credit.match(lowered, sentence.end) is not None


def _headline_passive(group: Group, text: str, lowered: str, c: LanguageCues) -> re.Match | None:
    """The bodies that open a text's first line, a headline with no full stop, before a participle whose
    auxiliary the headline drops (``Localities asked to ensure …``, ``Ministries urged to …``; round 15)."""
    if not _opens_headline(group, text, lowered, c):
        return None
    line_end = text.find("\n")
    return headline_patterns(c.lang)[0].match(lowered, group.end, len(text) if line_end < 0 else line_end)


# the most words of a unit's own name written before its committee ("Lap Thach District People's Committee")
_UNIT_NAME_WORDS = 4


@lru_cache(maxsize=None)
def _unit_names_before(lang: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in language_grammar(lang).get("unit_names_before") or [])


def _without_unit_name_before(opening: str, group: Group, text: str, sentence: Sentence, c: LanguageCues) -> str:
    """The words before a body without the proper name of its unit written before it (``Lap Thach District
    People's Committee finalizes …``: the district's name opens the clause with its committee), for the names
    of ``unit_names_before`` in grammar.json (round 15)."""
    words = _unit_names_before(c.lang)
    if not words or not text or not group.mentions[0].text.lower().startswith(words):
        return opening
    written = text[sentence.start : group.start].split(" ")
    name: list[str] = []
    while len(name) < _UNIT_NAME_WORDS and len(written) > 1 and written[-2][:1].isupper():
        name.insert(0, written[-2])
        written.pop(-2)
    proper = (" ".join(name) + " ").lower()
    return opening[: -len(proper)] if name and opening.endswith(proper) else opening


@lru_cache(maxsize=None)
def _restrictive_complement(lang: str) -> re.Pattern | None:
    """grammar.json's optional ``restrictive_complements``: a short phrase narrowing the bodies before their
    infinitive (``localities with fishing vessels to concentrate …``), up to the next word a lead-in opens."""
    words = grammar(lang).get("restrictive_complements")
    if not words:
        return None
    # not a thing given with the letter ("… to localities with a plan to fight …": the plan's purpose)
    things = grammar(lang).get("restrictive_complement_not_before") or []
    given = rf"(?!(?:{phrases(things)})\s)" if things else ""
    return re.compile(rf"^\s*(?:{phrases(words)})\s+{given}[^,;:.\n]{{1,{_RESTRICTIVE_COMPLEMENT_CHARS}}}?(?=\s+(?:{phrases(grammar(lang)['lead_in'])})\s)")


_RESTRICTIVE_COMPLEMENT_CHARS = 60


def _infinitive_after(after: str, c: LanguageCues) -> bool:
    """Whether the words after bodies go on with their infinitive (``… to proactively respond``), past a phrase that
    narrows them (``… localities with fishing vessels to concentrate``)."""
    if _letter_participle(c.lang) and _letter_participle(c.lang).match(after):
        return True  # "sent an official dispatch to departments, …, urging the implementation of …": the letter's
        # request follows its addressees as a participle after a comma, as an infinitive would (round 30b)
    if c.lead_in_after is None:
        return False
    # "assigning tasks to departments, branches, People's Committees of districts, agencies and units to …": items
    # outside the table closing the addressees before their infinitive (``list_skips`` after a separator, round 36 en)
    skipped = c.addressee_skips.match(after) if c.addressee_skips else None
    after = after[skipped.end() :] if skipped else after
    narrowing = _restrictive_complement(c.lang)
    m = narrowing.match(after) if narrowing else None
    return bool(c.lead_in_after.match(after[m.end() :] if m else after))


@lru_cache(maxsize=None)
def _letter_participle(lang: str) -> re.Pattern | None:
    """grammar's optional ``letter_participles`` (``urging``, ``requesting``) after a comma, over lowered text: the
    request a letter sent to bodies makes of them (``noun_cue_frames``)."""
    words = grammar(lang).get("letter_participles") or []
    return re.compile(rf"\s*,\s*(?:{alternation([phrase(w) for w in words])})(?![\w'])") if words else None


@lru_cache(maxsize=None)
def _meeting_named(lang: str) -> re.Pattern | None:
    """grammar's optional ``lead_agent_meetings`` (``meeting``, ``conference``) as one pattern of whole words, built
    once a language (it was one search per word at each passive's agent); searched in the words before the agent."""
    words = grammar(lang).get("lead_agent_meetings") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})(?![\w'])") if words else None


def _partner_series_joiner(before: str, c: LanguageCues) -> re.Match | None:
    """``… de coordonner avec A la publication … ; avec B les travaux … ; et avec les localités …``: a joiner of the
    language's ``coordinate_series_joiners`` takes up a partner cue said before it in the clause; alone (``; avec
    les provinces``, no cue before) it names no partner."""
    m = c.coordinate_series_before.search(before)
    if not m or not c.coordinate_anywhere.search(before, 0, m.start("cue")):
        return None
    return m


@lru_cache(maxsize=None)
def plan_row_labels(lang: str) -> dict[str, str]:
    """grammar.json's optional ``plan_row_labels``: for a role (``lead``, ``coordinate``; ``lead_before_partners``:
    lead labels read only with a partners' row right after), the labels of a plan's row (``cơ quan chủ trì``,
    ``coordinating agencies``), as a regex of a label and its colon."""
    labels = language_grammar(lang).get("plan_row_labels") or {}
    return {role: rf"(?:{phrases(words)})\s*:" for role, words in labels.items() if words}


def _lead_outside_the_table_named(before: str, lang: str) -> bool:
    """Whether the words before a coordination cue name the body asked by a head word of a body outside the table
    (``outside_lead_heads`` in ``lang/<code>/grammar.json``, whole words; none where unset): its partners then give no
    row, as it gives none ("directed Binh Duong Land Development Center, its affiliated branches to coordinate closely
    with local authorities", round 18b's English gold; "The Dong Nai Provincial Land Development Center is tasked with
    coordinating with local authorities", round 26b). Bodies the reading misses (districts named by their names alone:
    "Dong Anh and Gia Lam have been assigned to work with the Hanoi Department of Home Affairs") keep their partners."""
    heads = _outside_lead_heads(lang)
    return heads is not None and heads.search(before) is not None


@lru_cache(maxsize=None)
def _outside_lead_heads(lang: str) -> re.Pattern | None:
    """grammar's ``outside_lead_heads`` as whole words, built once per language; None where unset."""
    heads = [phrase(lower_for_matching(w)) for w in language_grammar(lang).get("outside_lead_heads") or []]
    return re.compile(rf"(?<![\w'])(?:{'|'.join(heads)})(?![\w'])") if heads else None


def _plan_label_at_end(label: str | None, before: str) -> bool:
    """Whether a label opens the clause (the sentence, or a part after ``;`` or ``.``) and ends right before a body."""
    return bool(label and _label_at_end(label).search(before))


@lru_cache(maxsize=64)
def _label_at_end(label: str) -> re.Pattern:
    """``_plan_label_at_end``'s pattern, built once for each label, not at each group of bodies."""
    return re.compile(rf"(?:^|[.;\n])\s*{label}\s*$")


# how many sentences after a plan's lead row its partners' row and its time row may come
PLAN_ROW_REACH = 2


def plan_row(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, found: list[Found], index: int,
              sentences: list[Sentence]) -> Found | None:
    """A plan's row printed as labelled fields (``Cơ quan chủ trì: Sở Nội vụ. Cơ quan phối hợp: Sở Xây dựng, Sở Tài
    chính …``, ``Presiding agency: Department of Home Affairs; coordinating agencies: …``): the body after a lead label
    leads, those after a partners' label coordinate with the lead of the row just before (open classes after round
    23b; round 23b's English gold reads Lao Dong's ``Former agency:``, its rendering of ``cơ quan chủ trì``, so)."""
    labels = plan_row_labels(c.lang)
    if not labels:
        return None
    before = lowered[sentence.start : group.start]
    if _plan_label_at_end(labels.get("coordinate"), before):
        leads = [f for f in found if f.kind == "plan_row" and f.primary is None and index - PLAN_ROW_REACH <= f.sentence <= index]
        return Found(group, "coordinate", "plan_row", "", group.end, index, primary=leads[-1]) if leads else None
    if _plan_label_at_end(labels.get("lead"), before):
        return Found(group, "lead", "plan_row", "", group.end, index)
    if _plan_label_at_end(labels.get("lead_before_partners"), before) and labels.get("coordinate"):
        # "Former agency: Department of Planning and Investment" in a merger's table is no plan's row: only with the
        # partners' label after it, in its sentence or the next
        following = [s for s in sentences if s.start >= sentence.end][:1]
        limit = following[0].end if following else sentence.end
        if re.compile(rf"[.;\n]\s*{labels['coordinate']}").search(lowered, group.end, limit):
            return Found(group, "lead", "plan_row", "", group.end, index)
    return None


def _work_before_agent(before: str, c: LanguageCues) -> bool:
    """Whether the words before a passive's agent word, since the last comma, semicolon or colon, name a work and no
    meeting (cues.json ``lead_not_before``: ``Hội nghị do … chủ trì`` is a meeting's chair, no task led)."""
    clause = re.split(r"[,;:]", before)[-1]
    if not re.search(r"[^\W\d_]", clause):
        return False
    possessive = _possessive_phrase_opening(c.lang)
    if possessive is not None and possessive.match(clause):
        return False  # "Theo dự thảo nghị định do Bộ Tài chính chủ trì soạn thảo, …": a source cited, no work asked (round 7)
    not_before = _lead_not_before_words(c.lang)
    return not (not_before is not None and not_before.search(clause))


def _work_told_of_after_lead(rest: str, c: LanguageCues) -> bool:
    """Whether the clause after a passive agent's lead cue says how the work stands (``nhiều Nghị định, Thông tư do
    Bộ Tài chính chủ trì còn chậm được ban hành``: who leads them, a statement, no task; round 30b's look-alike):
    a negation (cues.json ``negations``) or one of grammar's ``lead_agent_around_statements`` before the clause ends."""
    clause = re.split(r"[,;:.\n]", rest, maxsplit=1)[0]
    statement = _work_statement_words(c.lang)
    return statement is not None and statement.search(clause) is not None


def _opens_with_continuation_opener(opening: str, c: LanguageCues) -> bool:
    """Whether ``opening`` starts with one of cues.json's ``continuation_openers`` as a word (``Parallèlement à cela,
    coordonner avec …``, ``At the same time, coordinate with …``), its comma right after or not."""
    opener = _continuation_opener_word(c.lang)
    return opener is not None and opener.match(opening) is not None


# The patterns of the four readers above and of the lead agent's reading in ``frame``, built once a language (a regex
# for each word of a list was built at each call). The words are matched as the data writes them, in a text printed
# without accents too: the accent-tolerant cues keep their data's word lists unfolded, so one pattern serves both
# readings of a language. A word list's alternation finds a word wherever one of its words' own patterns would.

_OPENING_WORD, _ANY_WORD = r"\s*", r"(?<![\w'])"


@lru_cache(maxsize=None)
def _as_a_word(lang: str, cue_keys: tuple[str, ...], grammar_keys: tuple[str, ...], opening: bool) -> re.Pattern | None:
    """One of the words of cues.json's lists under ``cue_keys``, then of grammar.json's under ``grammar_keys``, as a
    word: opening the words read (spaces before it) where ``opening``, else anywhere in them; None where the lists
    hold no word."""
    words = ([w for key in cue_keys for w in cues(lang).data.get(key) or []]
             + [w for key in grammar_keys for w in grammar(lang).get(key) or []])
    if not words:
        return None
    return re.compile(rf"{_OPENING_WORD if opening else _ANY_WORD}(?:{phrases(words)})(?![\w'])")


def _possessive_phrase_opening(lang: str) -> re.Pattern | None:
    """One of cues.json's optional ``possessive_phrase_openers`` opening the words read, as a word."""
    return _as_a_word(lang, ("possessive_phrase_openers",), (), True)


def _lead_not_before_words(lang: str) -> re.Pattern | None:
    """One of cues.json's ``lead_not_before`` anywhere in the words read, as a word (``Hội nghị``, ``meeting``)."""
    return _as_a_word(lang, ("lead_not_before",), (), False)


def _work_statement_words(lang: str) -> re.Pattern | None:
    """``_work_told_of_after_lead``'s words anywhere, as words: cues.json's ``negations``, then grammar's optional
    ``lead_agent_around_statements``."""
    return _as_a_word(lang, ("negations",), ("lead_agent_around_statements",), False)


def _continuation_opener_word(lang: str) -> re.Pattern | None:
    """One of cues.json's ``continuation_openers`` opening the words read, as a word."""
    return _as_a_word(lang, ("continuation_openers",), (), True)


@lru_cache(maxsize=None)
def _negation_at_end(lang: str) -> re.Pattern:
    """One of cues.json's ``negations`` ending the words read, its space after it (none matches without negations)."""
    return re.compile(rf"(?<![\w'])(?:{'|'.join(phrase(w) for w in cues(lang).data.get('negations') or ['(?!)'])})\s+$")


def _new_paragraph_after_item(text: str, item_end: int, start: int) -> bool:
    """Whether a line break stands between the item ending at ``item_end`` (its body's end) and ``start``, the line
    the item is on closing with a full stop: a new paragraph after a closed item (the lead's ruling of stop 41, stop 42:
    a single line break is a paragraph break). A heading's colon or a list item's semicolon before the break keeps its
    lines one item (``Bộ Y tế:\\n- Chủ trì, phối hợp với …``)."""
    between = text[item_end:start]
    line_end = between.find("\n")
    return line_end >= 0 and between[:line_end].rstrip().endswith(".")


def classify(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, found: list[Found], index: int,
              first: bool = False, later: tuple[int, ...] = (), text: str = "", earlier: tuple[int, ...] = (),
              later_ends: tuple[int, ...] = (), agent: Group | None = None) -> Found | None:
    """The frame a group of bodies stands in, if any; ``first``: no body is named before it in its sentence;
    ``later``: where the groups named after it in its sentence start (``later_ends``: where they end); ``earlier``:
    where the groups named before it end; ``agent``: the group named right after it in its sentence, if any."""
    before = _after_successive_title(without_head_title(lowered[sentence.start : group.start], c), lowered, sentence, c)
    if group.head is not None:
        # a list a collective introduces by a colon stands in the frame of the words before the collective where
        # they make one ("giao các Bộ: Y tế, …" is asked, "phối hợp với các Bộ: Tài chính, …" are partners, "giữa Đài
        # … với các Bộ: …" no subject); else its own ("Bộ trưởng các Bộ: Quốc phòng, … tiếp tục …")
        head_before = without_head_title(lowered[sentence.start : group.head], c)
        if (c.assign_before.search(head_before) or c.coordinate_before.search(head_before)
                or c.not_subject_before.search(head_before)):
            before = head_before
    after = lowered[group.end : sentence.end]
    ids = {m.agency_id for m in group.mentions}
    primaries = [f for f in found if f.sentence == index and f.role != "coordinate"]
    passive = _past_passive_agent(group, agent, sentence, lowered, c, index) if agent is not None else None
    if passive is not None and at_clause_start(before, c):
        # "Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì …", "was assigned by the provincial
        # People's Committee to …": the passive's agent between its auxiliary and its participle (round 35b)
        return passive

    if ids <= PERSONS and c.person_assigns.match(after):
        # "kiến nghị Thủ tướng giao …", "giao Phó Thủ tướng Trần Hồng Hà chỉ đạo Bộ …": the person asked is to
        # assign, the bodies after are tasked (the Government asked to direct is itself tasked: "đề nghị Chính phủ chỉ đạo")
        return None
    if ids <= PERSONS and c.person_post_after and c.person_post_after.match(after):
        return None  # "phân công Phó Thủ tướng Phạm Bình Minh làm tổ trưởng": a person named for a post
    if c.person_post_after and c.person_post_after.match(after) and _head_title_before(lowered[sentence.start : group.start], c):
        return None  # "phân công Phó Chủ tịch UBND tỉnh làm trưởng đoàn": a body's head named for a post, where the
        # body itself given the post leads ("giao Sở Tài chính làm trưởng đoàn, phối hợp với …": lead_after)
    if _standing_rule(before, c):
        return None  # "theo quy định hiện hành tại Nghị định …, Bộ X là đơn vị chủ trì": a rule explained, no task
    if text and _person_named_after(text, group.end) and not c.assign_before.search(before):
        return None  # "Trưởng phòng Công nghệ thông tin, Sở Thông tin và Truyền thông - Tăng Thị B hướng dẫn …" (a photo's
        # caption): the body names the post of the person after the dash, who acts; the body is not the subject (round 32b)
    m = (c.assign_before.search(before) or _assign_over_addressees(before, text[sentence.start : group.start], c)
         or _over_outside_partners(c.assign_before, before, c))
    if not m and c.direction_to_before:
        m = c.direction_to_before.search(before)
        if m and any(f.sentence == index - 1 and f.primary is None and ids <= {x.agency_id for x in f.group.mentions}
                     for f in found):
            return None  # "“Sở NN&PTNT phối hợp … kiểm tra …”. Đó là chỉ đạo của UBND tỉnh đối với Sở NN&PTNT": the
            # direction names the body of the task just told, already found there (round 16)
    if m and c.relative_at_end and c.relative_at_end.search(before, 0, m.start("cue")):
        return None  # "các chỉ tiêu mà Đảng, Nhà nước giao cho Chính phủ": a relative clause describes, it does not assign
    if m and _not_a_request(before, after, m.start("cue"), c, first):
        return None
    if m and first and _participle_after_a_things_clause(before, m.start("cue"), m.group("cue"), c):
        return None  # "non-traditional security risks are becoming …, requiring all levels and branches to shift …"
    if m and text and _proposal_to_a_superior(ids, text[sentence.start : sentence.start + m.start("cue")], m.group("cue"), c):
        return None  # "representatives of departments, sectors and localities proposed provincial People's Committee to …"
    if m and text and _letter_up_to(ids, text[sentence.start : sentence.start + m.start("cue")], m.group("cue"), c):
        return None  # "… province sent a document to the Ministry of Finance to propose …": a letter up, the ministry not asked
    if m and c.noun_cue_at_end and c.noun_cue_at_end.search(before) and not _infinitive_after(after, c):
        return None  # "assigning tasks to departments, branches and localities:": the tasks are stated elsewhere (round 9)
    if (m and c.cue_key(m.group("cue")) in c.peer_urging and not _askers_own_urging(before, m, c)
            and _urged_by_a_tasked_body(primaries, lowered, sentence.start + m.start("cue"), earlier, c)):
        guided = _guided_with_a_task(before, after, c)
        if guided is None:
            return None  # "Bộ NN&PTNT hướng dẫn, kiểm tra và đôn đốc các bộ.": urging that is the tasked body's own task
        return _guided_found(group, guided, after, sentence, index, c)
    if m:
        lead = c.lead_after.match(after)
        role, task_start = ("lead", group.end + lead.end()) if lead else ("assignee", group.end)
        return Found(group, role, "assign", m.group("cue"), task_start, index, extra={"cue_start": sentence.start + m.start("cue")})
    agent = _agent_of_a_request(before, after, c)
    if agent is not None:
        # "Bộ đề nghị việc tuyển dụng … do cơ quan chuyên môn cấp tỉnh là Sở GD&ĐT thực hiện": the body a request
        # names as the doer of its task (stop 37's left classes)
        cue, role = agent
        return Found(group, role, "assign", cue.group(0), group.end, index,
                     extra={"cue_start": sentence.start + cue.start()})
    m = c.lead_agent_before.search(before) if c.lead_agent_before else None
    if m and _agent_of_a_statement(before[: m.start("cue")], c.lang):
        m = None  # "8 projects and tasks are invested in or chaired by the Department of Science and Technology": who
        # chairs what now, a statement, no task told before the agent (round 30 en)
    if m and (not before[: m.start("cue")].strip(" ,;") or _meeting_named(c.lang) is not None and _meeting_named(
            c.lang).search(before, 0, m.start("cue"))):
        m = None  # "The Government's regular meeting for September, chaired by Prime Minister …", "Chaired by the
        # Prime Minister, the meeting …": a meeting's chair, no task told before the agent (round 30)
    if m and not primaries:
        told, not_before = before[: m.start("cue")], _lead_not_before_words(c.lang)
        if not (not_before is not None and not_before.search(told)) and not _negation_at_end(c.lang).search(told):
            # "Review and complete the legal system …, chaired by the Department of Justice": the passive's agent leads
            # the task told before it, asked by whoever asks the text's tasks (round 28b); not "a meeting chaired by …"
            # (no task)
            return Found(group, "lead", "assign", m.group("cue"), group.end, index,
                         extra={"cue_start": sentence.start + m.start("cue"), "item": True})
    m = c.lead_agent_around.search(before) if c.lead_agent_around else None
    if (m and c.lead_after_closing and c.lead_after_closing.match(after) and _work_before_agent(before[: m.start("cue")], c)
            and not _work_told_of_after_lead(after[c.lead_after_closing.match(after).end() :], c)):
        # "Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ trì": the work told before the agent word
        # is led by the body between the agent word and its lead cue, one lead to each work even after another's
        # (round 34b); asked as a subject's task is, by whoever asks the text's tasks
        cue = (c.lead_after_closing.match(after))
        return Found(group, "lead", "subject", cue.group("cue"), group.end + cue.end(), index)
    m = c.duty_agent_before.search(before) if c.duty_agent_before else None
    if m and not primaries and before[: m.start("cue")].strip(" ,;"):
        # "The issuance of direct opinions … shall be decided by the People's Committee of the commune": the modal
        # passive's agent does the task told before it, asked by whoever asks the text's tasks (round 33 en)
        return Found(group, "assignee", "assign", m.group("cue"), group.end, index,
                     extra={"cue_start": sentence.start + m.start("cue"), "item": True})
    m = c.item_infinitive_before.match(before) if c.item_infinitive_before else None
    if m:
        # "Charger le ministère de l'Agriculture … d'organiser …": a decision's item, its issuer the text's authority
        lead = c.lead_after.match(after)
        role, task_start = ("lead", group.end + lead.end()) if lead else ("assignee", group.end)
        return Found(group, role, "assign", m.group("cue"), task_start, index,
                     extra={"cue_start": sentence.start + m.start("cue"), "item": True})
    m = c.nested_before.search(before) or _nested_over_outside_partners(before, c)
    if (m and primaries and all(split_id(x.agency_id)[0] in LOCAL_COMMITTEES for x in primaries[-1].group.mentions)
            and all(split_id(x.agency_id)[0] not in LOCAL_COMMITTEES and is_provincial(x.agency_id) for x in group.mentions)):
        return None  # "Assign the People's Committees of districts … to direct the Department of Natural Resources and
        # Environment to organize …": a district's own division (a translation of its Phòng), no body of the province
        # (round 18's open class, round 19 not blind)
    if (m and primaries and all(split_id(x.agency_id)[0] == "PPC" for x in group.mentions)
            and all(is_provincial(x.agency_id) and split_id(x.agency_id)[0] != "PPC" for x in primaries[-1].group.mentions)):
        return None  # "The Department of Home Affairs is assigned to … advise on documents directing the Provincial People's
        # Committee to implement …": a province's own body does not direct its committee, the documents it drafts do
        # (round 27b)
    if m and c.cue_key(m.group("cue")) in c.peer_urging and _urged_by_a_tasked_body(primaries, lowered, sentence.start + m.start("cue"), earlier, c):
        guided = _guided_with_a_task(before, after, c)
        if guided is None:
            return None  # "The Department of Construction is responsible for urging and guiding the People's Committees
            # at the commune level.": the bodies a tasked body urges, no task of theirs told, are its own task's object
        return _guided_found(group, guided, after, sentence, index, c)
    if m and c.guidance_done and c.guidance_before and c.guidance_before.search(before) and c.guidance_done.search(
            before, 0, c.guidance_before.search(before).start("cue")):
        return None  # "Bộ Y tế đã hướng dẫn các địa phương thực hiện …": guidance reported as done, news, no task (round 29)
    if (m and c.guidance_topic_after and c.guidance_before and c.guidance_topic_after.match(after)
            and c.guidance_before.match(before, m.start("cue"))):
        return None  # "coordinate and guide localities on land-related issues": the guidance's topic, no task of theirs
    if (m and primaries and len(group.mentions) > 1
            and all(split_id(x.agency_id)[0] in LOCAL_COMMITTEES for x in primaries[-1].group.mentions)):
        # "demande au Comité populaire du district … d'ordonner aux services compétents et aux Comités populaires des
        # communes …": the district's own offices in the list it directs are no body of the province (as above), the
        # committees after them are still directed (round 33b)
        kept = [x for x in group.mentions
                if split_id(x.agency_id)[0] in LOCAL_COMMITTEES or not is_provincial(x.agency_id)]
        if kept and len(kept) < len(group.mentions):
            group = Group(kept, group.head)
    if m and c.nested_task_after.match(after[_guided_tail(c).match(after).end() :]):
        # "direct the Ministry of Y in doing Z": Y is tasked with Z (partners outside the table and the scope of their
        # work may stand between: "hướng dẫn UBND các tỉnh, Kho bạc nhà nước … theo chức năng, nhiệm vụ được giao thực
        # hiện …", round 30b)
        lead = c.lead_after.match(after)  # "Direct the Ministry of Y to preside over …": Y leads
        role, task_start = ("lead", group.end + lead.end()) if lead else ("assignee", group.end)
        return Found(group, role, "assign", m.group("cue"), task_start, index,
                     extra={"cue_start": sentence.start + m.start("cue"), "nested": True})
    m = c.causative_before.search(before) if c.causative_before and c.causative_verb_after else None
    if m and c.causative_verb_after.match(after):
        # "requires eligible projects to have the People's Committees of districts, towns and cities sign a commitment":
        # the bodies the causative makes do the bare verb after them are tasked with it (round 31 en's open class)
        return Found(group, "assignee", "assign", m.group("cue"), group.end, index,
                     extra={"cue_start": sentence.start + m.start("cue"), "nested": True})
    topic = _topic_frame(group, sentence, text, lowered, c, index, first, later, found)
    if topic:
        return topic
    addressees = _addressee_frame(group, sentence, before, lowered, c, index, later)
    if addressees:
        return addressees
    if first and not primaries and _fronted_partner_of(group, sentence, lowered, c, later, later_ends):
        # "Together with relevant agencies and localities in the province, DARD will identify …": the partners of the
        # subject the phrase's comma opens, read as "X, together with Y, …" is not (a coordinate row, stop 43's
        # ruling D; round 37 en)
        return Found(group, "coordinate", "coordinate", "", group.end, index, extra={"fronted_partner": True})
    m = c.coordinate_before.search(before) or _over_outside_names(
        c.coordinate_over_partners, before, text[sentence.start : group.start], c)
    if not m and c.coordinate_over_object:
        m = c.coordinate_over_object.search(before)
    series = False
    if not m and c.coordinate_series_before:
        m = _partner_series_joiner(before, c)
        series = m is not None
    if (m and primaries and c.cue_key(m.group("cue")) in _co_subject_cues(c.lang) and before[: m.start("cue")].rstrip().endswith(",")
            and re.match(r"^\s*,", after) and (c.strong_after.match(after) or c.weak_after.match(after))
            and not _lead_word_before_partner_cue(primaries[-1], lowered, sentence.start + m.start("cue"), c)):
        # "X, together with Y, must …": Y is tasked as X is ("X, phối hợp với Y, chịu trách nhiệm …": Y coordinates);
        # so with a plain verb or future ("X, along with Y, will continue to compile …", round 25), X's kept or not
        return Found(group, "assignee", "subject", m.group("cue"), group.end, index, primary=primaries[-1],
                     extra={"cue_start": sentence.start + m.start("cue"), "co_subject": True})
    if m and not primaries and first and (len(before.strip()) <= ELIDED_SUBJECT_CHARS + 10
                                          or _elided_lead_at_end(before[: m.start("cue")], c)):
        # also "…; chủ trì, phối hợp với các bộ …", "- Nghiên cứu …, chủ trì, phối hợp với các địa phương …": a lead
        # whose subject is elided, the last task's body
        # a subject-less sentence that goes on with the last task: "… giao Bộ NN&PTNT rà soát …. Chủ động
        # phối hợp với UBND các tỉnh liên quan kiểm tra …"
        recent = [f for f in found if f.primary is None and index - CONTINUATION_SENTENCES <= f.sentence < index]
        if (recent and _new_paragraph_after_item(text, recent[-1].group.end, sentence.start)
                and not _opens_with_continuation_opener(lowered[sentence.start : sentence.start + 40], c)
                and not under_an_assigning_colon(text, lowered, sentence.start, c)):
            recent = []  # "… end the campaign no later than March 31, 2025.\nCoordinate with the Ministry of Finance …":
            # a new paragraph after a closed item, with no opener word, is no continuation of it (stop 41's ruling; stop
            # 42: a line break is one); "Parallèlement à cela, coordonner avec …" goes on with it (stop 40's convention),
            # and so does a line of an item running under a dispatch's assigning colon ("Department of Construction:
            # Strengthen … .\nPreside over and coordinate with Hanoi Police …", stop 42's exception; round 40b en)
        if recent:
            return Found(group, "coordinate", "coordinate", m.group("cue"), group.end, index, primary=recent[-1],
                         extra={"cue_start": sentence.start + m.start("cue")})
    if m and not primaries and first and _outside_subject_cue_at_end(before[: m.start("cue")], c.lang):
        # "Văn phòng UBND tỉnh Bắc Ninh được giao phối hợp với tỉnh Bắc Giang …": the tasked subject is no body of the
        # table, its partner of the table still coordinates (round 19b's gold; the open class of round 20)
        return Found(group, "coordinate", "coordinate", m.group("cue"), group.end, index,
                     extra={"cue_start": sentence.start + m.start("cue")})
    if m and primaries and _co_recipients_closing(m, before, after, c):
        # "Additional specific tasks were assigned to the ministers of …, along with relevant ministries, the mass media
        # and the Government Office.": more recipients of the same tasks, the sentence closing on them (round 30b)
        return Found(group, "assignee", "subject", m.group("cue"), group.end, index, primary=primaries[-1],
                     extra={"cue_start": sentence.start + m.start("cue"), "co_subject": True})
    if m and primaries:
        return Found(group, "coordinate", "coordinate", m.group("cue"), group.end, index, primary=primaries[-1],
                     extra={"cue_start": sentence.start + m.start("cue"), "series": series})
    asked = [a for a in c.assign_anywhere.finditer(before, 0, m.start("cue"))] if m and c.assign_anywhere else []
    clause = before.rfind(";", asked[-1].end(), m.start("cue")) if asked else -1
    if asked and c.noun_cue_after and c.noun_cue_after.match(before, asked[-1].end()):
        asked = []  # "Thực hiện chỉ đạo của UBND TP …, Sở … vừa chủ trì phối hợp với Công an …": a direction cited, no request
    if (asked and not c.reporting.search(before, asked[-1].end(), m.start("cue"))
            and not (clause >= 0 and any(sentence.start + clause < end for end in earlier))
            and not _lead_outside_the_table_named(before[: m.start("cue")], c.lang)):
        # the lead asked is no body of the table ("yêu cầu Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an
        # tỉnh …", officers "phối hợp với lực lượng Công an tỉnh …"): its partners are still asked to coordinate (not
        # where a report comes between: "Trả lời kiến nghị này, Bộ … cho biết đã phối hợp với …")
        # whoever asks the lead asks them: the frame is the assigning verb's; a new clause after the verb whose own
        # body of the table was not tasked leaves them out ("quyết liệt chỉ đạo xác minh …; ghi nhận việc Bộ …, các
        # bộ … tăng cường …, phối hợp với MTTQ …": an acknowledged work, no request)
        asker = text[sentence.start : sentence.start + asked[-1].start()] if text else ""
        if asker and ids <= {x.agency_id for x in find_mentions(asker, fold_for_matching(asker))}:
            return None  # "Le chef du Bureau gouvernemental a demandé aux organes compétents de collaborer avec le Bureau
            # gouvernemental": the asker's own body works with those asked, it is not its own partner (round 18c)
        # "directed the secretaries of the Party Committees, along with the chairpersons of …, continue to focus …":
        # a co-subject between commas, the verb's task after them, is asked as the object before it (issue #13)
        role = "assignee" if _co_subject_between_commas(m, before, after, c) else "coordinate"
        return Found(group, role, "assign", m.group("cue"), group.end, index,
                     extra={"cue_start": sentence.start + asked[-1].start()})
    colon = re.match(r"^\s*:", after)
    # "c) The State Bank …:", "1. Chủ tịch UBND các tỉnh …:"; with no marker, a body opening its line under a line that
    # ends with a colon ("… assigns departments and branches:\nDepartment of Construction: Guide …", round 17)
    # (a post before the body at most: "Présidents des Comités populaires des provinces et villes susmentionnées :
    # élaborez …", round 38b fr)
    unmarked = not c.fillers_at_end.sub("", before).strip() and under_an_assigning_colon(text, lowered, sentence.start, c)
    if colon and (unmarked or LIST_ITEM_BEFORE.match(c.fillers_at_end.sub("", before))
                  or (c.list_item_outside_addressees and c.list_item_outside_addressees.match(c.fillers_at_end.sub("", before)))):
        # (persons and bodies outside the table may open the item's addressees: "1. Comrades Secretaries of Provincial
        # and Municipal Party Committees, Chairmen of People's Committees of provinces …:", round 39b en)
        rest = after[colon.end() :]
        lead = c.lead_after.match(rest)
        if lead:
            return Found(group, "lead", "list_item", ":", group.end + colon.end() + lead.end(), index)
        return Found(group, "assignee", "list_item", ":", group.end + colon.end(), index)
    m = _directing_item_under_a_colon(group, before, after, text, lowered, sentence, ids, c)
    if m:
        # "… le Premier ministre demande :" then "Le Ministre de la Défense nationale et le Ministre de la Sécurité
        # publique ont ordonné aux unités fonctionnelles de …": the item's bodies direct others, which is their task
        # (a translation's past or present of the dispatch's "chỉ đạo"; round 36 fr)
        return Found(group, "assignee", "subject", m.group("cue"), group.end + m.end(), index)
    if c.not_subject_before.search(before) or ids & PERSONS or _over_outside_names(
            c.not_subject_over_names, before, text[sentence.start : group.start], c, clauses_end_names=True):
        return None
    if c.possessive_joined_before and c.possessive_joined_before.search(before):
        return None  # "… hướng dẫn của cấp có thẩm quyền và UBND tỉnh khẩn trương thực hiện": an owner, no subject
    if c.present_state_opening and c.present_state_opening.match(before):
        return None  # "Hiện nay, … các địa phương phải tính toán …": how things are done, a standing duty
    if c.subject_relative_at_end and c.subject_relative_at_end.search(before):
        return None  # "hai nghị quyết mà các bộ, ngành có liên quan có trách nhiệm thực hiện": a relative clause describes
    m = c.lead_after.match(after)
    if m:
        return Found(group, "lead", "subject", m.group("cue"), group.end + m.end(), index)
    past_relative = _cleft_relative_end(before, after, c)
    m = c.strong_after.match(after[past_relative:]) if past_relative is not None else None
    if m:  # "C'est le président du comité populaire du district qui sera chargé d'organiser …" (round 33 fr)
        key = c.cue_key(m.group("cue"))
        return Found(group, c.strong_roles.get(key, "assignee"), "subject", m.group("cue"),
                     group.end + past_relative + m.end(), index)
    m = _headline_passive(group, text, lowered, c)
    if m:  # "Localities asked to ensure supply of plant varieties": a headline drops the passive's auxiliary
        return Found(group, "assignee", "subject", m.group("cue"), group.end + m.end(), index)
    m = c.strong_after.match(after)
    if m and _place_before_skipped_items(before, after, m, c.lang):
        m = None  # "… in the northern mountainous provinces, investors … are required to …": a place, not the subject
    if not m and text and not ids & AUTHORITIES and (at_clause_start(before, c)
                                                     or at_clause_start(c.fillers_at_end.sub("", before), c)):
        # a filler may open the subject ("The provincial Department of Planning and Investment in cooperation with
        # … is to advise …", round 37 en)
        partners_end = _past_subject_partners(lowered, group.end, sentence.end, c, tuple(zip(later, later_ends)))
        if partners_end is not None:
            # "People's Committees of districts and towns in collaboration with the Department of Education and
            # Training will ask …": partners set inside the subject, without commas, before its cue (round 19's and
            # 20's open class); the partners themselves are read as coordinating after their cue
            rest = lowered[partners_end : sentence.end]
            m = c.strong_after.match(rest) or c.weak_after.match(rest)
            if m:
                key = c.cue_key(m.group("cue"))
                return Found(group, c.strong_roles.get(key, "assignee"), "subject", m.group("cue"), partners_end + m.end(), index)
    if not m and text and not ids & AUTHORITIES and at_clause_start(before, c):
        # "The Ministry of Transport and the National Traffic Safety Committee were urged to …": a name outside
        # the table closing the subject before a modal or passive cue (round 13's open class, fixed in round 15)
        past = _past_outside_name(text, group.end, sentence.end, later, c)
        m = c.strong_after.match(lowered[past : sentence.end]) if past else None
        if not m:
            # "…; UBND các huyện; Đài Phát thanh và Truyền hình tỉnh và Báo Thanh Hóa khẩn trương nghiên cứu …": the
            # units outside the table closing the list before a strong cue, as before a weak one (round 36 vi)
            past = _past_outside_units(text, lowered, group.end, sentence.end, later, c)
            m = c.strong_after.match(lowered[past : sentence.end]) if past else None
        if not m:
            # "…, the Police of districts, and Thu Duc City are instructed to …": more names outside the table, each
            # after a comma, close the list (round 34 en's open class)
            past = _past_outside_list(text, group.end, sentence.end, later, c)
            m = c.strong_after.match(lowered[past : sentence.end]) if past else None
        if m:
            key = c.cue_key(m.group("cue"))
            return Found(group, c.strong_roles.get(key, "assignee"), "subject", m.group("cue"), past + m.end(), index)
    if (not m and text and c.past_obligation_after and not ids & AUTHORITIES and at_clause_start(
            c.fillers_at_end.sub("", before), c)
            and (_after_a_direction(lowered, sentence, c) or reported_speech_before(before, c.lang))):
        # "The chairman … directed … . The Department of Labour, Invalids and Social Affairs had to check …": a direction
        # told in the past; "the district had to hire more staff" with no direction before is a fact (round 34b en)
        m = c.past_obligation_after.match(after)
    if (not m and text and c.past_obligation_after and ids and not ids & AUTHORITIES and all(is_collective(i) for i in ids)
            and at_clause_start(c.fillers_at_end.sub("", before), c) and _after_a_direction(lowered, sentence, c)):
        # "The localities where there were human losses had to sum up …": a relative clause describing the collective
        # before its obligation told in the past (stop 43, round 34b en's left class)
        relative = _collective_relative_before_past_obligation(c.lang)
        r = relative.match(after) if relative else None
        past = c.past_obligation_after.match(after[r.end() :]) if r else None
        if past:
            return Found(group, "assignee", "subject", past.group("cue"), group.end + r.end() + past.end(), index)
    if m:
        lead = c.lead_after.match(after[m.end() :])  # "is assigned to preside over", "được giao chủ trì"
        if not lead and c.lead_after_cue:
            lead = c.lead_after_cue.match(after[m.end() :])  # "has been tasked with heading …" (round 10)
        if lead:
            return Found(group, "lead", "subject", lead.group("cue"), group.end + m.end() + lead.end(), index)
        # the task starts after a modal or a passive ("shall guide …" → "guide …"), with a verb that is the
        # task itself ("nghiên cứu cơ chế …") included
        key = c.cue_key(m.group("cue"))
        task_start = group.end if key in c.strong_task_verbs else group.end + m.end()
        return Found(group, c.strong_roles.get(key, "assignee"), "subject", m.group("cue"), task_start, index)
    # the heads' words (cues.json fillers) may open the collective's clause: "Người đứng đầu các Bộ, ngành, địa phương và
    # người đứng đầu cơ quan, đơn vị trực thuộc phải chịu trách nhiệm …" (issue #13, the earlier rounds' misses)
    if (not ids & AUTHORITIES and all(is_collective(i) for i in ids)
            and (at_clause_start(before, c) or at_clause_start(c.fillers_at_end.sub("", before), c))):
        m = c.clause_modal.match(after)  # "các bộ, ngành, địa phương chưa xây dựng đề án phải khẩn trương …"
        if not m and c.clause_describing_modal is not None:
            # "Les comités populaires des provinces frontalières et littorales sont tenus d'ouvrir …" (round 34 fr)
            m = c.clause_describing_modal.match(after)
        if m:
            return Found(group, "assignee", "subject", m.group("cue"), group.end, index)
    # the heads' titles may open the clause of collective bodies: "Thủ trưởng các sở, …, Chủ tịch UBND các huyện … chỉ
    # đạo …" (not of one body: "Chủ tịch UBND TP Thái Bình ban hành Quyết định …" reports what a person did)
    opening = c.fillers_at_end.sub("", before) if all(is_collective(i) for i in ids) else before
    if ids and all(getattr(agency(split_id(i)[0]), "kind", None) == "provincial_department" for i in ids):
        # "The provincial Department of Culture, Sports and Tourism will collaborate with …": a level adjective before a
        # provincial department opens its name, not a clause (grammar's department_adjective_openers; round 40b en)
        opening = _department_level_at_end(c.lang).sub("", opening)
    if len(group.mentions) > 1 and c.count_at_end:
        opening = c.count_at_end.sub("", opening)  # "Hai Sở GTVT, Xây dựng phối hợp …": a count opens the list
    opening = _without_unit_name_before(opening, group, text, sentence, c)
    if first and not at_clause_start(opening, c) and _co_subjects_outside(text[sentence.start : group.start], c):
        opening = ""  # "Các cơ quan thành viên Ban Chỉ đạo … tỉnh và UBND các huyện … báo cáo …": a co-subject outside the table
    conditional = _conditional_at_end(opening, c.lang)
    if (first and text and c.data.get("committee_head_titles") and all(split_id(i)[0] == "PPC" for i in ids)
            and (at_clause_start(opening, c) or _committee_head(opening, c))
            and text[group.start : group.end].split()[-1][:1].isupper()
            and c.assign_anywhere.match(_past_adverbs(after.lstrip(" ,"), c)) and _under_a_directive_colon(sentence, lowered, c)):
        # a provincial committee that directs ("UBND tỉnh chỉ đạo …") is not tasked, but on the line right under a
        # higher body's direction ending with a colon ("Phó Thủ tướng … có ý kiến chỉ đạo như sau:" then "Chủ tịch UBND
        # tỉnh Phú Thọ chỉ đạo các sở, ngành …") directing is what the committee is asked to do (round 17b); a higher
        # body names the province ("tỉnh Phú Thọ"), the committee's own text does not ("…; cụ thể:" then "UBND tỉnh
        # yêu cầu các Sở …": its own request). Read where cues.json lists the head's titles (Vietnamese): in English
        # every word of "Provincial People's Committee" is capitalised, so the province's name cannot be told apart
        return Found(group, "assignee", "weak", "", group.end, index)
    if not ids & AUTHORITIES and _letters_future_task(opening, after, lowered, sentence, c):
        return Found(group, "assignee", "weak", "", group.end, index)
    if not ids & AUTHORITIES and _plans_future_task(opening, after, c):
        return Found(group, "assignee", "weak", "", group.end, index, extra={"retold_plan": True})
    if ids & AUTHORITIES or not (at_clause_start(opening, c) or conditional) or (
            c.negation_after.match(after) and not (conditional and c.weak_after.match(after))):
        # in a condition ("nếu có phát sinh …, Sở Xây dựng báo cáo UBND TP xem xét"), a verb that is a duty as well
        # as a report ("báo cáo") is the duty: a condition reports nothing (round 12)
        return None
    if c.issues_then_assigns.match(after):
        return None  # "UBND tỉnh Quảng Ninh ban hành Quyết định …, giao Sở Tài chính …": the committee assigns
    if all(split_id(i)[0] == "PPC" for i in ids) and c.assign_anywhere.match(_past_adverbs(after.lstrip(" ,"), c)):
        # "UBND tỉnh chỉ đạo tăng cường …", "UBND tỉnh cũng chỉ đạo Sở Y tế …" (an adverb between, round 12): the
        # provincial committee directs, it is not tasked
        return None
    if all(split_id(i)[0] == "PPC" for i in ids) and c.issues_document.match(after):
        return None  # "Ngày 30/6/2025, UBND tỉnh ban hành Kế hoạch …": the provincial committee issues, it is not tasked
    if c.issues_numbered_document and c.issues_numbered_document.match(after):
        return None  # "UBND huyện Vũ Thư ban hành Quyết định số 9589 …": a numbered document's issue is reported (round 18c)
    m = c.weak_after.match(after)
    if not m and c.collective_weak_after and all(is_collective(i) for i in ids):
        # "Các tỉnh, thành phố … có kế hoạch tổ chức chiến dịch …" in a dispatch: the collectives' plan is their duty;
        # a single body's "có kế hoạch" tells the plan it has (stop 40, round 32 vi's open class)
        m = c.collective_weak_after.match(after)
    if not m and c.present_plural_after and c.directive_opening.match(opening):
        m = c.present_plural_after.match(after)  # "Selon la dépêche, les ministères et localités appliquent …"
    if not m and c.present_plural_after and text and _item_under_a_directive_colon(text, lowered, sentence, before, c):
        # "… a demandé :" then "1. Les départements, les branches et les localités affectent des fonctionnaires …":
        # the direction's items tell each body's task in the plain present, any verb (stop 37's left classes)
        m = c.present_plural_after.match(after)
    if (not m and c.present_plural_after and text and all(is_collective(i) for i in ids)
            and _unmarked_item_under_a_direction(lowered, sentence, opening, c)):
        # "… demande aux directeurs … de mettre en œuvre les tâches suivantes :" then "Les directeurs, les chefs des
        # départements et des secteurs de la ville continuent de …": an unlabelled item (round 35 fr)
        m = _present_after_qualifiers(c.lang).match(after)
    if not m and text:
        # "The Department of Construction and the City Civil Works … Project Management Board will urgently prepare
        # …": a name outside the table closing the subject before a plain future or present, as before a modal or
        # a passive (round 18b)
        past = (_past_outside_name(text, group.end, sentence.end, later, c)
                or _past_outside_units(text, lowered, group.end, sentence.end, later, c))
        m = c.weak_after.match(lowered[past : sentence.end]) if past else None
    if m and _proposal_sent_up(lowered, group.end + m.end(), later, c):
        m = None  # "The Department of Finance proposes to the Provincial People's Committee …": a proposal goes up
    if m and text and _own_report_goes_on(group, text, lowered, sentence, c):
        m = None  # "According to the Department of Education and Training, … . The Department of Education and Training
        # continues to review … and proposes …": the source's own work, reported on, no task (round 33b en)
    if (m and c.cue_key(m.group("cue")) in c.peer_urging and later
            and _only_an_article(lowered[group.end + m.end() : later[0]], c.lang)
            and not _urging_reported_up(text, lowered, sentence, later, c)):
        return None  # "Văn phòng Chính phủ đôn đốc Bộ Công Thương …": the body urged right after is tasked, not the urging one
    if m and (_opens_headline(group, text, lowered, c) or _on_a_headline_line(group, text)
              or _caption(sentence, lowered, c)):
        return None  # "Ministry of Construction reviews key tasks in May 2021": a headline sums up, it tasks no one
    if m and _presides_in_its_next_item(after, m.end(), c):
        return Found(group, "lead", "weak", m.group("cue"), group.end, index)
    if m:
        return Found(group, "assignee", "weak", m.group("cue"), group.end, index)
    if first and text and not before.strip():
        request = _pointed_list_request(text, sentence.start, index, found, c)
        if request is not None:
            # "The remaining ministries and units are required to … . They are:" then "Ministry of Finance (merging
            # with …)" a line: each body named is the one asked (round 20); the collective gives no row of its own
            request.extra["listed"] = True
            return Found(group, request.role, "pointed_item", "", group.end, index, primary=request)
    if first and text and _same_body_goes_on(group, before, ids, text, c, found, index):
        # "… giao Sở Xây dựng, UBND quận Ninh Kiều rà soát … . Đồng thời, UBND quận Ninh Kiều công bố thông tin …":
        # the body just asked, its next task with a verb outside the cues (round 15's open class, round 17b); where
        # grammar's ``restated_bodies_give_no_row`` is set (English press), the bodies restated only spell the same
        # request out and give it their date ("… requests the People's Committees of districts and towns … to urgently
        # implement … . Accordingly, districts and towns continue to … completed before April 15, 2025", round 19b)
        kind = "restated" if grammar(c.lang).get("restated_bodies_give_no_row") else "subject"
        return Found(group, "assignee", kind, "", group.end, index)
    if LIST_ITEM_BEFORE.match(before) and not re.match(r"^\s*[,;.)]", after):
        return Found(group, "assignee", "list_subject", "", group.end, index)
    return None


def _presides_in_its_next_item(after: str, cue_end: int, c: LanguageCues) -> bool:
    """A subject's plain-verb item that goes on past a semicolon with a lead cue and no subject of its own
    (``Le ministère de l'Intérieur encourage et contrôle les localités … ; préside et coopère avec les ministères …``,
    round 24's left class; the bodies before the semicolon are its objects): the same body leads that next task,
    its partners coordinate."""
    semicolon = after.find(";", cue_end)
    return semicolon >= 0 and bool(c.lead_after.match(after[semicolon + 1 :]))


# how many sentences back a linking opener's bodies may have been asked: the task's sentence and up to two that task
# no one between (round 26b's open class: "Các xã, phường chủ trì … . A. B. Cùng với đó, xã, phường …, hoàn thành
# trước ngày …", the communes' second task with its own date, not the first row's)
SAME_BODY_REACH = 3


def _same_body_goes_on(group: Group, before: str, ids: set[str], text: str, c: LanguageCues, found: list[Found],
                       index: int) -> bool:
    """A sentence that opens with cues.json's ``continuation_openers`` (``Đồng thời,``), then the bodies the sentence
    just before asked (as assignee or lead, the asker's own request), then a verb in the present (a lower-case word
    that is no negation, no report and no future: ``đã``, ``cho biết``, ``sẽ`` tell what was or will be done; no
    assigning verb: the body would ask others): the same request goes on with their next task."""
    opener = c.continuation_opener.match(before)
    # the body's article after the opener ("Parallèlement, le Service de la construction guide …": the article is
    # outside the body's name in French, as "the" is inside the English one; open classes after round 26b)
    if not opener or (before[opener.end() :].strip() and not ARTICLE_AT_END.fullmatch(before[opener.end() :].lstrip())):
        return False
    # the sentence just before that tasks someone: the one before it where the sentence just before tasks no one
    # ("Các xã, phường chủ trì lập danh sách … . Các hộ nghèo … để tập trung tham mưu UBND TP … . Cùng với đó, xã,
    # phường huy động …, hoàn thành trước ngày 31-1-2026": the communes' second task, its own row; issue #13)
    # — the sentence skipped in the task's own paragraph: a paragraph between tells something else ("… giao Sở Xây
    # dựng chủ trì … .\n\nUBND tỉnh đã ban hành … .\n\nNgoài ra, Sở Xây dựng …", a report, then what it did)
    last = max((f.sentence for f in found if index - SAME_BODY_REACH <= f.sentence < index and f.primary is None),
               default=None)
    asked = [f for f in found if f.sentence == last and f.primary is None and f.role in ("assignee", "lead")]
    if last is not None and last < index - 1:
        asked = [f for f in asked if len(re.findall(r"\n\s*", text[f.group.end:group.start])) <= 1]
    if not any(ids <= {m.agency_id for m in f.group.mentions} for f in asked):
        return False
    after = text[group.end : group.end + 40]
    verb = re.match(r"\s+(\w)", after)
    lowered_after = after.lower()
    return bool(verb and verb.group(1).islower() and not c.negation_after.match(lowered_after)
                and not c.reporting.match(lowered_after.lstrip())
                # "Bên cạnh đó, Sở Y tế đề nghị UBND các huyện …": the body asks others, the bodies after it are tasked
                and not c.assign_anywhere.match(lowered_after.lstrip()))


@lru_cache(maxsize=None)
def _letters_future_forms(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """grammar's optional ``letter_future_openers`` (``Trong khi đó,``) and ``letter_future_markers`` (``sẽ``), with
    cues.json's ``document_subjects`` (``công văn``) and ``directive_markers`` (``chỉ đạo``)."""
    g = grammar(lang)
    openers, markers = g.get("letter_future_openers") or [], g.get("letter_future_markers") or []
    if not openers or not markers:
        return None
    data = cues(lang).data
    return (re.compile(rf"\s*(?:{phrases(openers)})\s*,\s*"),
            re.compile(rf"\s*(?:{phrases(markers)})\s+\w"),
            re.compile(rf"(?<![\w'])(?:{phrases(data['document_subjects'])})\s+"
                       rf"(?:{phrases(data['directive_markers'])})(?![\w'])"))


def _letters_future_task(opening: str, after: str, lowered: str, sentence: Sentence, c: LanguageCues) -> bool:
    """A letter's task for a body told in the future in the report of that letter: ``Công văn chỉ đạo, Sở Giao thông
    vận tải là đơn vị chủ trì …. Trong khi đó, Công an tỉnh Bình Phước sẽ tập trung kiểm tra …`` (round 12's open
    class, round 15). The future (``sẽ``) right after a body is a report's word elsewhere; it tells the letter's task
    only in a sentence that opens with a contrast linking it to the letter (``letter_future_openers``) within a few
    sentences after the letter's directing words (``công văn chỉ đạo``, ``văn bản yêu cầu``)."""
    forms = _letters_future_forms(c.lang)
    if forms is None or not forms[0].fullmatch(opening) or not forms[1].match(after):
        return False
    return bool(forms[2].search(lowered, max(0, sentence.start - 1200), sentence.start))


def _plans_future_task(opening: str, after: str, c: LanguageCues) -> bool:
    """A plan's task for a body told in the future in a sentence that retells the plan (``Theo kế hoạch, UBND các huyện
    sẽ tổng hợp kết quả …``): the opener names the plan, so no letter's directing words are needed before it, and the
    task stands in any text, as a letter's direction makes a text directive (open classes after round 21b)."""
    forms, plan = _letters_future_forms(c.lang), _plan_opening(c.lang)
    return bool(forms and plan and plan.fullmatch(opening) and forms[1].match(after))


@lru_cache(maxsize=None)
def _plan_opening(lang: str) -> re.Pattern | None:
    """grammar's optional ``plan_future_openers`` (``Theo kế hoạch,``): a sentence opening so retells a plan, whose
    task for a body it tells in the future (``letter_future_markers``: ``sẽ``) with no letter's directing words before
    it (open classes after round 21b, as round 21b's English ``according to the plan``)."""
    openers = grammar(lang).get("plan_future_openers") or []
    return re.compile(rf"\s*(?:{phrases(openers)})\s*,\s*") if openers else None


@lru_cache(maxsize=None)
def _conditional_opener(lang: str) -> re.Pattern | None:
    """A condition's clause ending the words before a body: grammar's optional ``condition_openers`` (``nếu``,
    ``trường hợp``) opening the sentence or a clause, then words up to a comma."""
    openers = grammar(lang).get("condition_openers") or []
    if not openers:
        return None
    return re.compile(rf"(?:^|[;:.,]\s*)(?:{'|'.join(sorted((phrase(o) for o in openers), key=len, reverse=True))})"
                      rf"\s[^;:.,]{{1,120}},\s*$")


def _conditional_at_end(before: str, lang: str) -> bool:
    """Whether the words before a body end with a condition's clause (``…; nếu có phát sinh vướng mắc, ``)."""
    pattern = _conditional_opener(lang)
    return bool(pattern and pattern.search(before.strip(" ") + " "))


def _past_adverbs(after: str, c: LanguageCues) -> str:
    """The words after a body without the adverbs that open them (cues.json's ``adverbs`` and ``habitual_adverbs``:
    ``cũng``, ``khẩn trương``, ``thường xuyên``)."""
    pattern = _opening_adverbs(c.lang)
    return pattern.sub("", after) if pattern else after


@lru_cache(maxsize=None)
def _opening_adverbs(lang: str) -> re.Pattern | None:
    """cues.json's ``adverbs`` and ``habitual_adverbs`` opening the words they read, one after another, as one pattern
    built once a language (the cue data's words as written: the same for a text read without its accents); None where
    the language has neither."""
    data = cues(lang).data
    words = [*(data.get("adverbs") or []), *(data.get("habitual_adverbs") or [])]
    if not words:
        return None
    options = "|".join(sorted((phrase(w) for w in words), key=len, reverse=True))
    return re.compile(rf"^(?:(?:{options})\s+)+")


def _elided_lead_at_end(before: str, c: LanguageCues) -> bool:
    """Whether the words before a coordination cue end with a lead cue whose subject is elided (``…; chủ trì, ``,
    also after a sentence's ``continuation_openers``: ``Đồng thời chủ trì, ``): the body leading is the one the last
    task named."""
    pattern = _elided_lead_cue(c.lang)
    return bool(pattern and pattern.search(before))


@lru_cache(maxsize=None)
def _elided_lead_cue(lang: str) -> re.Pattern | None:
    """A lead cue (cues.json's ``lead_after``) ending the words it reads, after a clause's start or a sentence's
    ``continuation_openers``, built once a language (the cue data's words as written: the same for a text read
    without its accents); None where the language has no lead cue."""
    data = cues(lang).data
    cues_of_lead = [e if isinstance(e, str) else e["cue"] for e in data.get("lead_after") or []]
    if not cues_of_lead:
        return None
    openers = data.get("continuation_openers") or []
    # "Đồng thời chủ trì, phối hợp với các đơn vị có liên quan và UBND huyện …" (round 22): the opener is no subject
    opener = rf"(?:(?:{phrases(openers)})\s*,?\s+)?" if openers else ""
    return re.compile(rf"(?:^|[,;:]\s*|^\s*{LIST_MARKER}\s+){opener}(?:{phrases(cues_of_lead)})\s*,?\s*$")


@lru_cache(maxsize=None)
def _successive_titles(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``successive_head_titles``: the title alone opening a sentence, and an assigning verb
    right before the title (``phân công Bộ trưởng``)."""
    titles = grammar(lang).get("successive_head_titles") or []
    if not titles:
        return None
    title = "|".join(phrase(t) for t in titles)
    verbs = "|".join(phrase(e["cue"] if isinstance(e, dict) else e) for e in cues(lang).data["assign_before"])
    return (re.compile(rf"\s*(?:{title})\s*"), re.compile(rf"(?<![\w'])(?:{verbs})\s+(?:{title})\s"))


def _after_successive_title(before: str, lowered: str, sentence: Sentence, c: LanguageCues) -> str:
    """The words before a body opening its sentence through a head's title that is no head title elsewhere
    (``successive_head_titles``: ``Bộ trưởng``, which also opens a law's ``Bộ trưởng Bộ Y tế … chịu trách nhiệm thi
    hành`` or a minister presenting a bill) where the sentence before assigned a head by that title: ``Thủ tướng phân
    công Bộ trưởng Bộ Kế hoạch và Đầu tư chuẩn bị …. Bộ trưởng Bộ Giao thông vận tải chuẩn bị …`` (round 13's open
    class, round 15): the next head asked in turn, the title dropped."""
    forms = _successive_titles(c.lang)
    if forms is None or not forms[0].fullmatch(before):
        return before
    window = lowered[max(0, sentence.start - 600) : sentence.start].rstrip()
    previous = window[max(window.rfind(". ", 0, len(window) - 1), window.rfind("\n", 0, len(window) - 1)) + 1 :]
    return "" if forms[1].search(previous) else before


# a dash, then a person's name: a family name and one to three more capitalised words
_DASHED_NAME = re.compile(r"\s*[-–]\s*([^\W\d_]+)((?:\s+[^\W\d_]+){1,3})")


def _person_named_after(text: str, end: int) -> bool:
    """Whether a dash and a person's name follow a body's name as written (``Sở Thông tin và Truyền thông - Tăng Thị
    Ngọc Em``, ``Phó Chủ tịch UBND huyện … - Lê Văn A``): the body is that person's post (nlp's ``person_surnames``
    open the name; its other words capitalised up to the first that is not)."""
    m = _DASHED_NAME.match(text, end)
    if not m or m.group(1) not in person_surnames():
        return False
    words = m.group(2).split()
    return bool(words) and words[0][:1].isupper()


def _head_title_before(before: str, c: LanguageCues) -> bool:
    """Whether the title of a head stands right before a body's name (``Giám đốc Sở …``: cues.json ``head_titles``;
    ``Phó Chủ tịch UBND tỉnh``: ``committee_head_titles``): the person, not the body, is named."""
    if c.head_title_at_end is not None and _without_title_at_end(c.head_title_at_end, before) != before:
        return True
    titles = _committee_head_titles(c.lang)
    return titles is not None and titles[1].search(before) is not None


def without_head_title(before: str, c: LanguageCues) -> str:
    """The words before a body without the title of its head right before its name (``Directors of the
    Department of …``, ``le directeur du Service …``): the head stands for the body, so the title is no
    complement (``of``, ``du``) and no subject of its own; a cue before the title keeps its place."""
    if c.head_title_at_end is None:
        return before
    return _without_title_at_end(c.head_title_at_end, before)


# the same words before a body are read by several rules (the frame, the implementation frame, the asker's checks):
# each search of the title at their end (over every position of the words) done once, kept for the words as written
@lru_cache(maxsize=4096)
def _without_title_at_end(title_at_end: re.Pattern, before: str) -> str:
    m = title_at_end.search(before)
    return before[: m.start()] + " " if m else before


def _not_a_request(before: str, after: str, cue_start: int, c: LanguageCues, first: bool) -> bool:
    """Whether an assigning verb before a body asks no task of it: the body is asked a question
    (``đề nghị Thủ tướng cho biết … hay không``, ``asked the minister to say whether``), the verb tells a
    habit (``thường xuyên chỉ đạo``, ``regularly asks``), a modal inverted after a present-practice opener
    tells a standing duty (``För närvarande ska …``), or a private speaker opening the sentence
    recommends (``Giáo sư, Tiến sĩ … đề nghị Chính phủ …``, ``Professor Tran urged …``: an expert's opinion)
    with no body of the gazetteer named before the one asked (``first``), or the bodies receive a budget
    (``giao các bộ, …, các tỉnh, thành phố trực thuộc trung ương dự toán …``)."""
    if c.question_after and c.question_after.match(after):
        return True
    if c.indicative_after and c.mandative_cue.search(before, cue_start) and c.indicative_after.match(after):
        return True  # "the report suggested that the Ministry … had failed": a finding told, not a request (round 10)
    if c.allocation_after and c.allocation_after.match(after):
        return True  # "giao các bộ, … và các tỉnh, thành phố trực thuộc trung ương dự toán …": a budget allocated
    if c.habitual_at_end and c.habitual_at_end.search(before, 0, cue_start):
        return True
    opening = c.present_state_opening.match(before) if c.present_state_opening else None
    if opening and not before[opening.end() : cue_start].strip():
        return True  # "För närvarande ska byggministeriet …": a modal inverted right after a present-practice opener
    if _inverted_speaker(before, after, cue_start, c.lang):
        return True  # "…, requested the Deputy PM, urging …": the speaker of an inverted reporting clause (round 36b)
    return bool(first and c.private_speaker_opening and c.private_speaker_opening.match(before[:cue_start]))


@lru_cache(maxsize=None)
def _inverted_speaker_patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``inverted_speakers``, built once a language: (the comma, an auxiliary and a reporting verb
    right before the body; what may follow the body: the sentence's end, or a comma and a participle)."""
    spec = language_grammar(lang).get("inverted_speakers") or {}
    verbs = [lower_for_matching(w) for w in spec.get("verbs") or []]
    if not verbs:
        return None
    auxiliaries = [lower_for_matching(w) for w in spec.get("auxiliaries") or []]
    auxiliary = rf"(?:(?:{phrases(auxiliaries)})\s+)?" if auxiliaries else ""
    suffixes = [re.escape(w) for w in spec.get("participle_suffixes") or []]
    participle = rf"|,\s*[^\W\d_]+(?:{'|'.join(suffixes)})\b" if suffixes else ""
    return (re.compile(rf",\s*{auxiliary}(?:{phrases(verbs)})\s*$"),
            re.compile(rf"\s*(?:[.!;:\u2013\u2014-]|${participle})"))


def _inverted_speaker(before: str, after: str, cue_start: int, lang: str) -> bool:
    """Whether the body after an assigning verb is the speaker of a reporting clause inverted after a comma at the end
    of what was said (grammar's ``inverted_speakers``: ``…, requested the Deputy PM, urging …``, ``…, urged the
    Deputy PM.``, ``…, a exhorté le vice-Premier ministre.``): the verb, after a comma (and an auxiliary), is the
    last word before the body but its article, and only the sentence's end or a comma and a participle follows the
    body. A body with its task after it (``…, asked the Ministry of Finance to review …``) is asked."""
    patterns = _inverted_speaker_patterns(lang)
    if patterns is None:
        return False
    told = before.rstrip()
    article = ARTICLE_AT_END.search(before)
    if article is not None:
        told = before[: article.start()].rstrip()  # the verb, then only an article before the body
    verb = patterns[0].search(told)
    return bool(verb is not None and verb.start() <= cue_start and patterns[1].match(after))


@lru_cache(maxsize=None)
def _document_named(lang: str) -> re.Pattern | None:
    """A document's name of cues.json's ``signed_document_names`` or ``document_subjects`` (less the pronouns and ``it``)."""
    data = cues(lang).data
    pronouns = {lower_for_matching(w) for w in language_grammar(lang).get("pronouns") or []}
    words = [w for w in (data.get("signed_document_names") or []) + (data.get("document_subjects") or [])
             if lower_for_matching(w) not in pronouns and len(w) > 2]  # not "it": "as it grows, requiring …"
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})(?![\w'])") if words else None


def _participle_after_a_things_clause(before: str, cue_start: int, cue: str, c: LanguageCues) -> bool:
    """Whether an assigning participle (grammar's optional ``thing_clause_participles``: ``requiring``, ``exigeant``)
    right after a comma goes on from a clause about a thing, no body and no document named before it in the sentence
    (``non-traditional security risks are becoming increasingly complex, requiring all levels and branches to shift
    …``: what the risks call for, no one's request; round 28b's left class). A document before the participle
    (``Dispatch No. 12 was issued on June 3, requiring the provinces to …``) asks its bodies; a body before it makes
    the group no first one of its sentence, and the rule is not asked."""
    words = {lower_for_matching(w) for w in grammar(c.lang).get("thing_clause_participles") or []}
    if not words or lower_for_matching(cue).split()[0] not in words or not re.search(r",\s*$", before[:cue_start]):
        return False
    insets = language_grammar(c.lang).get("speaker_insets") or []
    if insets and re.search(rf",\s*(?:{phrases([lower_for_matching(w) for w in insets])})\s+[^\W\d_]+\s*,\s*$",
                            before[:cue_start]):
        return False  # "…, a-t-il recommandé, demandant à Yên Bai d'achever …": the speaker of the inset asks (round 34b fr)
    documents = _document_named(c.lang)
    return not (documents and documents.search(before, 0, cue_start))


# how far back the sentence before a subject's may open with its source
_SOURCE_SENTENCE_CHARS = 600


def _own_report_goes_on(group: Group, text: str, lowered: str, sentence: Sentence, c: LanguageCues) -> bool:
    """Whether the sentence right before the one a body opens opened with one of grammar's optional
    ``source_openers`` and that same body's name (``According to the Department of Education and Training …, … .`` then
    ``The Department of Education and Training continues to review …``): the body's plain present tells its own work,
    the report going on (round 33b en's open class)."""
    openers = language_grammar(c.lang).get("source_openers") or []
    reports = language_grammar(c.lang).get("own_report_verbs") or []
    if not openers and not reports:
        return False
    name = lowered[group.start : group.end]
    window = lowered[max(0, sentence.start - _SOURCE_SENTENCE_CHARS) : sentence.start].rstrip()
    if not window.endswith((".", "!", "?")):
        return False
    previous = re.split(r"(?<=[.!?])\s+|\n", window[:-1])[-1]
    source, report = _own_report_patterns(c.lang, name)
    if source is not None and source.match(previous):
        return True
    # "Sở Giáo dục và Đào tạo tỉnh vừa có báo cáo gửi UBND tỉnh … . Theo đó, Sở Giáo dục và Đào tạo tỉnh đề xuất …": the
    # body's own report sent up goes on, its proposal goes up and is no task of its (stop 42, round 33b vi); the
    # province's words may stand before the name (``The Nghe An Department of …``) or between it and the verb
    return bool(report is not None and report.match(previous))


@lru_cache(maxsize=4096)
def _own_report_patterns(lang: str, name: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """``_own_report_goes_on``'s two patterns for the body's ``name`` as the text writes it (lowered): a source opener
    and the name, the name and an own-report verb; built once for each name of a language, not at each call (issue
    18: a body is named again page after page). None where the grammar lists no words."""
    openers = language_grammar(lang).get("source_openers") or []
    reports = language_grammar(lang).get("own_report_verbs") or []
    articles = language_grammar(lang).get("articles") or []
    article = rf"(?:(?:{phrases(articles)})\s+)?" if articles else ""
    source = (re.compile(rf"\s*(?:{phrases([lower_for_matching(w) for w in openers])})\s+{article}{re.escape(name)}(?![\w'])")
              if openers else None)
    report = (re.compile(rf"\s*{article}(?:[^\W\d_]+\s+){{0,3}}?{re.escape(name)}(?:\s+[^\W\d_]+){{0,3}}?\s+"
                         rf"(?:{phrases([lower_for_matching(w) for w in reports])})(?![\w'])") if reports else None)
    return source, report


def _agent_of_a_request(before: str, after: str, c: LanguageCues) -> tuple[re.Match, str] | None:
    """The assigning verb and the role where a body is named as the doer of a request's task after it (grammar's
    optional ``request_agents``: a marker, ``do``, right before the body or before an outside name and a link, ``cơ
    quan chuyên môn cấp tỉnh là``; one of its verbs right after the body, ``thực hiện`` an assignee's, ``chủ trì`` a
    lead's), an assigning verb earlier in the sentence; else None. ``Dự án do Sở Giao thông vận tải thực hiện đã chậm
    tiến độ`` (no request) gives none."""
    patterns = _request_agent_patterns(c.lang)
    if patterns is None or c.assign_anywhere is None:
        return None
    marker_at_end, verb_after, roles = patterns
    marker = marker_at_end.search(before)
    if not marker:
        return None
    done = verb_after.match(after)
    if not done:
        return None
    cue = None
    for cue in c.assign_anywhere.finditer(before[: marker.start()]):
        pass
    if cue is None:
        return None
    role = roles.get(" ".join(done.group("verb").split()), "assignee")
    return cue, role


@lru_cache(maxsize=None)
def _request_agent_patterns(lang: str) -> tuple[re.Pattern, re.Pattern, dict[str, str]] | None:
    """``_agent_of_a_request``'s marker pattern (at the end of the words before the body), its verb pattern (right
    after the body) and each verb's role keyed by its lowered words, built once a language from grammar's
    ``request_agents`` (they were built at each group). The first verb of the data wins where two lower alike, as
    the search over the data's verbs did."""
    setting = grammar(lang).get("request_agents")
    if not setting:
        return None
    links = rf"(?:[^,.;:\n]{{1,50}}?\s+(?:{phrases(setting['links'])})\s+)?" if setting.get("links") else ""
    marker_at_end = re.compile(rf"(?<![\w'])(?:{phrases(setting['markers'])})\s+{links}$")
    verbs = setting["verbs"]
    verb_after = re.compile(rf"\s*(?:{phrases(setting.get('adverbs') or ['(?!)'])}\s+)?(?P<verb>{phrases(list(verbs))})(?![\w'])")
    roles: dict[str, str] = {}
    for w, r in verbs.items():
        roles.setdefault(" ".join(lower_for_matching(w).split()), r)
    return marker_at_end, verb_after, roles


def _proposal_sent_up(lowered: str, cue_end: int, later: tuple[int, ...], c: LanguageCues) -> bool:
    """Whether a subject's plain-present proposal (grammar's optional ``weak_proposals``: ``proposes``) is sent up,
    not the body's own task: its ``sent_up_words`` (``to``, ``that``) or a body (an article at most between) right
    after the cue. ``From there, the Department of Finance proposes specific solutions for each case`` in a
    dispatch is the department's task (round 28's reading of a dispatch's plain present; stop 37's left classes)."""
    patterns = _weak_proposal_patterns(c.lang)
    if patterns is None:
        return False
    weak_cues, sent_up = patterns
    cue = re.search(r"([^\W\d_]+)\s*$", lowered[max(0, cue_end - 30) : cue_end])
    if not cue or cue.group(1) not in weak_cues:
        return False
    if sent_up.match(lowered[cue_end : cue_end + 40]):
        return True
    return bool(later and later[0] >= cue_end and _only_an_article(lowered[cue_end : later[0]], c.lang))


@lru_cache(maxsize=None)
def _weak_proposal_patterns(lang: str) -> tuple[frozenset[str], re.Pattern] | None:
    """``_proposal_sent_up``'s lowered cues and its pattern of the ``sent_up_words`` after the cue, built once a
    language from grammar's ``weak_proposals`` (they were built at each proposal)."""
    setting = grammar(lang).get("weak_proposals")
    if not setting:
        return None
    return (frozenset(lower_for_matching(w) for w in setting["cues"]),
            re.compile(rf"\s+(?:{phrases(setting['sent_up_words'])})(?![\w'])"))


def _only_an_article(gap: str, lang: str) -> bool:
    """Whether a gap holds nothing but one of grammar's ``articles``, or nothing (``urges the district People's
    Committees``, ``đôn đốc UBND các huyện``)."""
    words = gap.split()
    return not words or len(words) == 1 and words[0] in {lower_for_matching(a) for a in grammar(lang).get("articles") or []}


def _urging_reported_up(text: str, lowered: str, sentence: Sentence, later: tuple[int, ...], c: LanguageCues) -> bool:
    """Whether the urging body's sentence goes on, after a ``;``, with an item of its own (no body opening it) that
    reports to an authority (grammar's ``asker_recipient_markers`` right before it: ``Sở Tài nguyên và Môi trường
    đôn đốc các sở, ngành liên quan; …; tổng hợp số liệu, báo cáo UBND tỉnh trước ngày 29/5/2015``, round 28): the
    urging is that body's own task, given by the authority it reports to, and the bodies it urges are its task's
    object (the peer urging rule), not asked by it."""
    from extract.assign.deadline_checks import asker_recipient_before  # deadline_checks reads the frames' cues

    marker = asker_recipient_before(c.lang)
    if not text or marker is None:
        return False
    for start in later:
        item = lowered.rfind(";", sentence.start, start)
        if item < 0 or any(item < other < start and not lowered[item + 1 : other].strip(" ,") for other in later):
            continue  # no item of its own: the part after the ";" opens with a body
        if not marker.search(fold_for_matching(lowered[item + 1 : start])):
            continue
        named = [m for m in find_mentions(text[start : sentence.end], fold_for_matching(text[start : sentence.end]))
                 if m.start == 0]
        if named and (named[0].agency_id in AUTHORITIES or split_id(named[0].agency_id)[0] == "PPC"):
            return True
    return False


def _guided_with_a_task(before: str, after: str, c: LanguageCues) -> re.Match | None:
    """The guidance verb among the verbs before bodies a tasked body urges, where their own task follows
    (``nested_task_after``) and the guidance is not reported as done: "Bộ Y tế chủ trì, hướng dẫn, đôn đốc các địa
    phương thực hiện …", "urging and guiding the commune People's Committees to conduct …" task the bodies guided, as
    any nested directive does (the lead's convention of round 29, issue #13); "hướng dẫn, kiểm tra, đôn đốc các địa
    phương." with no task after, and "đã hướng dẫn …", do not."""
    after = after[_guided_tail(c).match(after).end() :]
    if c.guidance_before is None or not c.nested_task_after.match(after) or (
            c.guidance_topic_after and c.guidance_topic_after.match(after)):
        return None
    m = c.guidance_before.search(before)
    if m is None or (c.guidance_done and c.guidance_done.search(before, 0, m.start("cue"))):
        return None
    return m


@lru_cache(maxsize=None)
def _guided_tail_of(lang: str) -> re.Pattern:
    data = cues(lang).data
    # the longest name first: "les unités concernées" before "les unités"
    partners = sorted([*(data.get("list_skips") or []), *(data.get("guided_partners_outside") or [])],
                      key=len, reverse=True)
    scopes = sorted(data.get("guided_task_scopes") or [], key=len, reverse=True)
    joins = "|".join(phrase(j) for j in data.get("outside_addressee_joins") or []) or "(?!)"
    names = "|".join(phrase(w) for w in partners) or "(?!)"
    item = rf"\s*(?:,|{joins})\s*(?:{names})(?![\w'])"
    scope = rf"(?:\s*,?\s*(?:{'|'.join(phrase(w) for w in scopes)})(?![\w'])\s*,?)?" if scopes else ""
    # "aux Comités populaires des communes et villes touchées de …": qualifiers after the bodies' name (grammar's
    # optional ``list_item_qualifiers``) before their task (round 33b)
    qualifiers = grammar(lang).get("list_item_qualifiers") or []
    qualifier = rf"(?:\s+(?:{'|'.join(phrase(w) for w in qualifiers)})(?![\w']))*" if qualifiers else ""
    return re.compile(rf"{qualifier}(?:{item})*{scope}")


@lru_cache(maxsize=None)
def _guided_head_of(lang: str) -> re.Pattern:
    data = cues(lang).data
    partners = sorted(data.get("guided_partners_outside") or [], key=len, reverse=True)
    joins = "|".join(phrase(j) for j in data.get("outside_addressee_joins") or []) or "(?!)"
    names = "|".join(phrase(w) for w in partners) or "(?!)"
    return re.compile(rf"(?<![\w'])(?:(?:{names})\s*(?:,\s*(?:{joins})?|{joins})\s+)+(?=[^,;:]*$)")


def _nested_over_outside_partners(before: str, c: LanguageCues) -> re.Match | None:
    """The directing verb before a list that opens with partners outside the table (cues.json's optional
    ``guided_partners_outside``): "d'ordonner aux services compétents et aux Comités populaires des communes de …",
    "diriger les forces de Police et les localités pour …" still direct the bodies after them (round 33b's open
    class): the verb is read as if the partners were not written."""
    return _over_outside_partners(c.nested_before, before, c)


def _over_outside_partners(pattern: re.Pattern, before: str, c: LanguageCues) -> re.Match | None:
    """``pattern`` (a verb ending the words before a body) matched as if the partners outside the table opening the
    list were not written (see ``_nested_over_outside_partners``; the assigning verbs too: ``chỉ đạo lực lượng công
    an và các địa phương tăng cường …``, stop 42)."""
    if not c.data.get("guided_partners_outside"):
        return None
    for head in _guided_head_of(c.lang).finditer(before):
        m = pattern.search(before[: head.start()] + before[head.end() :])
        if m and m.end("cue") <= head.start():
            return m
    return None


def _guided_tail(c: LanguageCues) -> re.Pattern:
    """After bodies a tasked body guides, the partners outside the table listed with them and the scope of their
    work (cues.json's ``list_skips``, optional ``guided_partners_outside`` and ``guided_task_scopes``): "hướng dẫn
    UBND các tỉnh, Kho bạc nhà nước và các đơn vị liên quan theo chức năng, nhiệm vụ được giao tập trung thực hiện …"
    still tells the provinces' task (round 30b)."""
    return _guided_tail_of(c.lang)


def _guided_found(group: Group, guided: re.Match, after: str, sentence: Sentence, index: int, c: LanguageCues) -> Found:
    """The bodies a tasked body guides in a task of theirs, as a nested directive's (their asker is the nested rule's)."""
    lead = c.lead_after.match(after)
    role, task_start = ("lead", group.end + lead.end()) if lead else ("assignee", group.end)
    return Found(group, role, "assign", guided.group("cue"), task_start, index,
                 extra={"cue_start": sentence.start + guided.start("cue"), "nested": True})


def _askers_own_urging(before: str, m: re.Match, c: LanguageCues) -> bool:
    """Whether the urging verb before the bodies is the asker's own second request (cues.json's optional
    ``askers_own_urging``: ``… asked the Department … to review … and urged the People's Committees of communes to
    …``, the verb in the past after ``and``, where the tasked body's would be the infinitive ``and urge``): the urged
    bodies are asked by the asker, not the tasked body's object (stop 39's left classes, issue #13)."""
    return bool(c.askers_own_urging and c.askers_own_urging.search(before, 0, m.end("cue")))


def _urged_by_a_tasked_body(primaries: list[Found], lowered: str, cue_at: int, earlier: tuple[int, ...] = (),
                            c: LanguageCues | None = None) -> bool:
    """Whether a body tasked earlier in the clause (no ``;`` between, unless the urging verb opens the part
    after it with no subject of its own: "… monitors the weather, warns of disasters; urges localities to …",
    round 12; or that part opens with the tasked body's lead, ``lead_after`` or cues' optional ``semicolon_item_leads``
    ("…; take charge of monitoring and urging the communes.", stop 41), and names no body before the
    urging verb: "… organize shifts; take the lead in monitoring and urging departments and localities to …",
    "…; chủ trì theo dõi, đôn đốc các sở, ngành …", round 31 en), not an authority, is the one that urges: the
    bodies it urges are its own task's object (guidance, as ``guide localities in …``). ``earlier``: where the
    groups named before the urged ones end."""
    def same_clause(start: int) -> bool:
        between = lowered[start:cue_at]
        if ";" not in between:
            return True
        part = start + between.rfind(";") + 1
        if not lowered[part:cue_at].strip():
            return True
        leads = c is not None and (c.lead_after.match(lowered[part:cue_at]) is not None or bool(
            c.semicolon_item_leads and c.semicolon_item_leads.match(lowered, part, cue_at)))
        return leads and not any(part < end <= cue_at for end in earlier)

    return any(not {m.agency_id for m in p.group.mentions} <= AUTHORITIES and p.group.end <= cue_at
               and same_clause(p.group.end) for p in primaries)


def _standing_rule(before: str, c: LanguageCues) -> bool:
    """Whether the words before a body explain a rule in force (``theo quy định hiện hành …``, ``Luật … đã
    có quy định giao nhiệm vụ cho``, ``under the current rules``) with no new request after the rule:
    the body's duty is a standing one, told to explain what it does, not a task of the text."""
    if c.standing_rule is None:
        return False
    rules = list(c.standing_rule.finditer(before))
    if not rules:
        return False
    end = rules[-1].end()
    # an assigning verb right after the rule is the rule's own ("đã có quy định giao …"); one further on is a request
    return not any(before[end : cue.start()].strip() for cue in c.assign_anywhere.finditer(before, end))


def _topic_frame(group: Group, sentence: Sentence, text: str, lowered: str, c: LanguageCues, index: int, first: bool,
                 later: tuple[int, ...], found: list[Found] = ()) -> Found | None:
    """A body fronted as the topic of its sentence, asked by an assigning verb that names no body after
    it: ``Với Ngân hàng Nhà nước, Nghị quyết … yêu cầu chú trọng …``, ``For the State Bank, the
    resolution requires …``. A body right after the verb is the one asked (``For the State Bank, the
    resolution requires the Ministry of Finance to …``)."""
    if not first or c.topic_before is None:
        return None
    opening = ARTICLE_AT_END.sub("", lowered[sentence.start : group.start]).rstrip()
    topic = c.topic_before.search(opening)
    if not topic and c.fillers_at_end:
        # "For mountainous localities, closely monitor …": a describing filler between the opener and the body (round 28)
        opening = ARTICLE_AT_END.sub("", c.fillers_at_end.sub("", opening + " ")).rstrip()
        topic = c.topic_before.search(opening)
    # the opener starts the sentence, or a capital tells it starts one after a run-in crosshead that the page's
    # markup lost ("Thách thức điều hành lãi suất Với Ngân hàng Nhà nước, …")
    if not topic or opening[: topic.start("opener")].strip() and not text[sentence.start + topic.start("opener")].isupper():
        return None
    # the verb is read after the whole list, an asker split off it included (its name may hold a stop: "UBND TP. Hải
    # Phòng")
    anchor, group = group.end, _topic_without_its_asker(group, lowered, c)
    m = c.topic_cue_after.match(lowered[anchor : sentence.end])
    if not m:
        return _topic_with_bare_tasks(group, sentence, lowered, c, index, found)
    if (" ".join(topic.group("opener").split()) in _topic_openers_before_comma(c.lang)
            and not lowered[group.end : anchor + m.start("cue")].lstrip().startswith(",")):
        return None  # "Riêng Sở Y tế yêu cầu …": without a comma the body is the verb's subject, not a topic
    cue_start, cue_end = anchor + m.start("cue"), anchor + m.end("cue")
    following = [start for start in later if start >= cue_end]
    if following:
        gap = ARTICLE_AT_END.sub("", lowered[cue_end : following[0]])
        if not c.fillers_at_end.sub("", gap + " ").strip():
            return None  # a body is asked right after the verb
    return Found(group, "assignee", "assign", m.group("cue"), cue_end, index, extra={"cue_start": cue_start})


def _past_passive_agent(group: Group, agent: Group, sentence: Sentence, lowered: str, c: LanguageCues,
                        index: int) -> Found | None:
    """The frame of a body tasked by a passive whose agent stands inside it: right after the auxiliary (grammar's
    ``passive_auxiliaries``: ``Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, …``) or after an
    agent word (grammar's optional ``passive_agent_words``: ``was assigned by the provincial People's Committee to
    …``, ``a été chargé par le Comité populaire provincial de …``). The words with the agent (and its word) taken out
    must open one of the subject's strong cues that runs past where the agent stood (else the cue was whole before it,
    read as ever), and the agent must be a body that asks (a government head, a provincial committee, a ministry: not
    a partner, ``được Sở Y tế phối hợp``). Where the cue's words go on with a lead cue, the body leads (round 35b)."""
    if agent.start <= group.end or not all(_an_asking_authority(m.agency_id) for m in agent.mentions):
        return None
    between = lowered[group.end : agent.start]
    if "\n" in between or "," in between:
        return None
    g = grammar(c.lang)
    words = " ".join(without_head_title(between, c).split())
    # the agent's article ("by the provincial People's Committee") and its head's title ("được Chủ tịch UBND tỉnh
    # giao …", cues' committee_head_titles: the committee asks through its chairman) go with the agent
    for extra in (g.get("articles") or [], c.data.get("committee_head_titles") or []):
        words = next((words[: -len(w)].rstrip() for w in sorted(extra, key=len, reverse=True)
                      if words.endswith(" " + w)), words)
    agent_words = g.get("passive_agent_words") or []
    kept = next((words[: -len(w)].rstrip() for w in agent_words if words == w or words.endswith(" " + w)), None)
    if kept is None and words in (g.get("passive_auxiliaries") or []):
        kept = words
    if not kept:
        return None
    rest = lowered[agent.end : sentence.end]
    skipped = len(rest) - len(rest.lstrip())
    spliced = f" {kept} {rest.lstrip()}"
    m = c.strong_after.match(spliced)
    if not m or m.end() <= len(kept) + 2:
        return None

    def at(i: int) -> int:  # the text's offset of the spliced words' offset ``i`` (past the agent)
        return agent.end + skipped + i - len(kept) - 2

    asker = {"passive_agent": agent.mentions[0].agency_id}
    lead = c.lead_after.match(spliced[m.end() :])
    if lead:
        return Found(group, "lead", "subject", lead.group("cue"), at(m.end() + lead.end()), index, extra=asker)
    key = c.cue_key(m.group("cue"))
    return Found(group, c.strong_roles.get(key, "assignee"), "subject", m.group("cue"), at(m.end()), index, extra=asker)


def _an_asking_authority(agency_id: str) -> bool:
    """A body that asks others in a directing text (bodies.json ``asking_authorities``, ``asking_kinds``): a
    government head or office, a ministry, a provincial committee."""
    return (agency_id in PERSONS or split_id(agency_id)[0] in ASKING_AUTHORITIES
            or getattr(agency(agency_id), "kind", None) in ASKING_KINDS)


def _topic_without_its_asker(group: Group, lowered: str, c: LanguageCues) -> Group:
    """A fronted topic's body and the asker right after its comma, read as one list (``Đối với Sở Xây dựng, UBND TP.
    Hải Phòng yêu cầu phải kiểm tra …``, round 23): the authority that opens the assigning verb asks, the bodies
    before it are the topic asked (without the authority, the whole list stays the topic)."""
    last = group.mentions[-1]
    if len(group.mentions) < 2 or not _an_asking_authority(last.agency_id):
        return group
    if not lowered[group.mentions[-2].end : last.start].strip().startswith(","):
        return group
    cue = c.topic_cue_after.match(lowered[last.end :])
    if not cue or c.fillers_at_end.sub("", lowered[last.end : last.end + cue.start("cue")] + " ").strip(" ,"):
        return group  # the verb must follow the authority right away
    return Group(group.mentions[:-1], group.head)


@lru_cache(maxsize=None)
def _outside_subject_cues(lang: str) -> re.Pattern | None:
    """cues.json's optional ``outside_subject_cues`` at the end of the words before a coordination cue, a subject's
    words before them (``Văn phòng UBND tỉnh được giao``)."""
    words = cues(lang).data.get("outside_subject_cues")
    if not words:
        return None
    # not after a past or negation ("Năm qua, tỉnh đã được giao phối hợp …": what was done)
    negations = cues(lang).data.get("negations") or []
    past = rf"(?!(?:{phrases(negations)})\s)" if negations else ""
    # (a parenthesis may close the subject's name: "the Hanoi Institute … (the planning agency) presides over and …",
    # stop 43's ruling B)
    return re.compile(rf"\S(?:.*\s)?(?<![\w']){past}(?:\w+|\([^()]{{1,60}}\))\s+(?:{phrases(words)})\s*$")


def _outside_subject_cue_at_end(before: str, lang: str) -> bool:
    """Whether the words before a coordination cue are a subject outside the table and its task's cue (``Văn phòng
    UBND tỉnh Bắc Ninh được giao``), no assigning verb before: the partner after is tasked to coordinate."""
    pattern = _outside_subject_cues(lang)
    lead = _outside_lead_subject(lang)
    return bool(((pattern and pattern.match(before)) or (lead and lead.search(before)))
                and not cues(lang).assign_anywhere.search(before))


@lru_cache(maxsize=None)
def _outside_lead_subject(lang: str) -> re.Pattern | None:
    """cues.json's optional ``outside_lead_subjects`` opening the clause and one of its ``outside_lead_cues`` at the end
    of the words before a coordination cue (``Theo đó, Văn phòng Điều phối Chương trình … tỉnh chủ trì,``): a national
    programme's coordination office leading, no body of the table, its partner a coordinate row (the lead's call of
    stop 46 on round 38 vi; late39, stop 47)."""
    subjects = cues(lang).data.get("outside_lead_subjects")
    leads = cues(lang).data.get("outside_lead_cues")
    if not subjects or not leads:
        return None
    # not after a past or negation word (``Năm qua, Bộ Chỉ huy Quân sự tỉnh đã chủ trì, phối hợp …``: what was done;
    # the lead's stop-48 call 3 widened the subjects to any named one outside the table)
    past = "".join(rf"(?<!\s{re.escape(n)}\s)" for n in cues(lang).data.get("negations") or [])
    return re.compile(rf"(?:^|[,;:.]\s*|^\s*)(?:{phrases(subjects)})(?![\w'])[^;.]{{0,160}}?\s{past}(?:{phrases(leads)})\s*$")


@lru_cache(maxsize=None)
def _topic_task_start(lang: str) -> re.Pattern | None:
    """cues.json's optional ``topic_task_verbs``: a task's first verb right after a topic's comma or colon (``Đối với
    Sở Nội vụ, rà soát, đề xuất …``, ``Đối với UBND các huyện: chỉ đạo …``)."""
    verbs = cues(lang).data.get("topic_task_verbs")
    if not verbs:
        return None
    return re.compile(rf"\s*[,:]\s*(?:[-–+•]\s*)?(?P<task>{phrases(verbs)})(?![\w'])")


def _topic_with_bare_tasks(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, index: int,
                           found: list[Found]) -> Found | None:
    """A body fronted as a topic, then its tasks as bare verbs with no assigning verb: ``Đối với Sở Nội vụ, rà soát,
    đề xuất chế độ …`` after ``Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì …`` (round 20b). Only where a direction
    is under way: a body asked in one of the sentences just before, or the sentence under a directing colon; a topic
    of a report (``Đối với Sở Y tế, năm qua đã …``) gives no task."""
    pattern = _topic_task_start(c.lang)
    m = pattern.match(lowered, _past_topic_partners(lowered, group.end, sentence.end, c.lang), sentence.end) if pattern else None
    if not m:
        return None
    directing = any(f.primary is None and f.kind == "assign" and index - CONTINUATION_SENTENCES <= f.sentence < index
                    for f in found)
    if not directing and not _under_a_directive_colon(sentence, lowered, c):
        return None
    lead = c.lead_after.match(lowered[m.start("task") : sentence.end])
    role = "lead" if lead else "assignee"
    return Found(group, role, "assign", "", m.start("task") + (lead.end() if lead else 0), index,
                 extra={"cue_start": m.start("task"), "topic_goes_on": True})


@lru_cache(maxsize=None)
def _topic_partners(lang: str) -> re.Pattern:
    """A topic's partners before its comma: cues.json's ``coordinate`` cue right after the body, then names up to the
    comma (``For the Department of Agriculture and Environment in coordination with the Hydrometeorological Station,
    closely monitor …``)."""
    words = sorted((e["cue"] if isinstance(e, dict) else e for e in cues(lang).data["coordinate"]), key=len, reverse=True)
    return re.compile(rf"\s*(?:{phrases(words)})\s[^,;:.\n]{{1,{_SUBJECT_PARTNERS_CHARS}}}(?=,)")


def _past_topic_partners(lowered: str, start: int, end: int, lang: str) -> int:
    """Where a topic's task may start after the body ending at ``start``: past its partners, if any."""
    m = _topic_partners(lang).match(lowered, start, end)
    return m.end() if m else start


@lru_cache(maxsize=None)
def _topic_openers_before_comma(lang: str) -> frozenset[str]:
    """The topic openers (cues.json's optional ``topic_openers_before_comma``) whose topic a comma must close
    before the assigning verb: ``riêng`` (``only``) opens a subject as well as a topic."""
    return frozenset(" ".join(lower_for_matching(w).split()) for w in cues(lang).data.get("topic_openers_before_comma") or [])


def _addressee_frame(group: Group, sentence: Sentence, before: str, lowered: str, c: LanguageCues, index: int,
                     later: tuple[int, ...]) -> Found | None:
    """A letter's addressees asked by the request that follows them with no body of its own: ``UBND tỉnh
    đã có công văn gửi Công an tỉnh, Sở Y tế, các huyện đề nghị dừng …`` (the addressees are asked); a letter
    whose request names its bodies (``gửi các Bộ …, yêu cầu Bộ Tài chính …``) tasks those instead."""
    if c.addressee_at_end is None or c.topic_cue_after is None or not c.addressee_at_end.search(before):
        return None
    after = lowered[group.end : sentence.end]
    skipped = c.addressee_skips.match(after) if c.addressee_skips else None
    if skipped:  # "gửi các sở, ngành và đơn vị liên quan yêu cầu …": others beside the addressees (round 18b)
        after = " " * skipped.end() + after[skipped.end() :]
    m = c.topic_cue_after.match(after)
    gap = after[: m.start("cue")] if m else ""
    if not m or gap.strip(" ,") and not _only_scope(gap, c.lang) and not _only_own_province(gap, c.lang):
        task = c.nested_task_after.match(after) or (c.addressee_task_after and c.addressee_task_after.match(after))
        if task and task.group().strip() and _letter_sent_up_to_national(group, before, c):
            return None  # "UBND tỉnh đã có văn bản gửi Bộ Nông nghiệp … rà soát lại quy hoạch": a province's letter
            # up to a ministry proposes, it tasks no ministry (a proposal to a superior is no task, round 37b)
        if task and task.group().strip():
            # "UBND TP.HCM có văn bản gửi các sở ngành chức năng, UBND các địa phương triển khai chiến dịch …": the
            # addressees' own task right after them, with no request verb, is what the letter asks (round 32 vi)
            return Found(group, "assignee", "assign", task.group().strip(), group.end + task.end(), index,
                         extra={"cue_start": group.end + task.end() - len(task.group().lstrip())})
        return None  # the request must follow the addressees right away (a scope may stand between, round 12)
    cue_start, cue_end = group.end + m.start("cue"), group.end + m.end("cue")
    following = [start for start in later if start >= cue_end]
    if following and not c.fillers_at_end.sub("", ARTICLE_AT_END.sub("", lowered[cue_end : following[0]]) + " ").strip():
        return None  # a body is asked right after the verb
    return Found(group, "assignee", "assign", m.group("cue"), cue_end, index, extra={"cue_start": cue_start})


def _letter_sent_up_to_national(group: Group, before: str, c: LanguageCues) -> bool:
    """Whether a letter's addressees are national bodies only (the Government, the Prime Minister, ministries) and a
    provincial body is named before them in the clause: the letter goes up, its task after them is the province's
    proposal (``UBND tỉnh đã có văn bản gửi Bộ Nông nghiệp và Phát triển nông thôn rà soát lại quy hoạch``)."""
    if not all(getattr(agency(split_id(m.agency_id)[0]), "kind", None) in NATIONAL_KINDS for m in group.mentions):
        return False
    clause = re.split(r"[;:]", before)[-1]
    return any(is_provincial(o.agency_id) for o in find_mentions(clause, fold_for_matching(clause)))


def _only_own_province(gap: str, lang: str) -> bool:
    """Whether the words between a letter's addressee and its request only say that the body is the province's
    own (grammar's optional ``own_province_words``): ``gửi Sở Xây dựng tỉnh, đôn đốc việc rà soát …`` (round 15)."""
    words = grammar(lang).get("own_province_words") or []
    return bool(words) and re.fullmatch(rf"\s*(?:{phrases(words)})\s*,?\s*", gap) is not None


def _only_scope(gap: str, lang: str) -> bool:
    """Whether the words between a letter's addressees and its request are only a scope (grammar's optional
    ``scope_phrases`` and a few words after one, a list of regions too): ``gửi các bộ, ngành, tỉnh, thành phố trong
    cả nước yêu cầu …``, ``gửi UBND các tỉnh, thành phố khu vực Đông Bắc Bộ, Trung Bộ và Nam Bộ, đề nghị …`` (round
    12), as a scope may stand between a body and its cue in a subject frame."""
    openers = grammar(lang).get("scope_phrases") or []
    return bool(openers) and re.fullmatch(
        rf"\s*,?\s*(?:{phrases(openers)})(?:\s+[^.;:\n]{{0,60}}?)?\s*,?\s*", gap) is not None


def _assign_over_addressees(before: str, written: str, c: LanguageCues) -> re.Match | None:
    """An assigning verb whose addressees open with names the table does not hold: ``Chủ tịch UBND tỉnh đề
    nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở …``, ``yêu cầu các thành viên Ban chỉ đạo các
    cấp; Thủ trưởng các sở …``. Each name before the body is short and opens with a capital or a determiner
    (``các``): a task's words (``yêu cầu đẩy mạnh sản xuất, Bộ …``) are no addressee."""
    return _over_outside_names(c.assign_over_addressees, before, written, c)


@lru_cache(maxsize=None)
def _place_joined_pattern(lang: str) -> re.Pattern | None:
    """grammar's optional ``addressee_place_prepositions``, a capitalised place's name after one, then the list's
    conjunction ending the words before a body."""
    prepositions = language_grammar(lang).get("addressee_place_prepositions") or []
    joins = language_grammar(lang).get("list_conjunctions") or []
    if not prepositions or not joins:
        return None
    return re.compile(rf"(?<![\w'’])(?:{phrases(prepositions)})\s+[^\W\d_a-z][^,;:()\n]*?\s(?:{phrases(joins)})\s*$")


def _place_joined_before(items: str, lang: str) -> bool:
    """Whether the addressees written before a body end with a place's preposition, a capitalised place and the list's
    conjunction (``the party chiefs in Thu Duc City and``): the body after them is the preposition's second place, as a
    place's name is no addressee (grammar's optional ``addressee_place_prepositions``, round 35b en)."""
    pattern = _place_joined_pattern(lang)
    return bool(pattern and pattern.search(items))


def cue_inside_a_name(written: str, at: int, lang: str) -> bool:
    """Whether the cue word written at ``at`` is a capitalised syllable of a proper name rather than a verb, in a
    language whose grammar sets ``cue_syllables_in_names``: it opens with a capital right after a word in lower case
    (``bờ sông Giao Hòa, UBND tỉnh …``, ``xã Giao Long``, ``huyện Giao Thủy``: the place's name, whose next capitalised
    syllable would read as an addressee; round 29). A verb written with a capital opens its sentence, a list item or
    what a colon introduces (``1. Giao UBND xã …``)."""
    if not written[at : at + 1].isupper() or not language_grammar(lang).get("cue_syllables_in_names"):
        return False
    word_before = re.search(r"([^\W\d_]+)\s+$", written[:at])
    return bool(word_before) and word_before.group(1).islower()


def _over_outside_names(pattern: re.Pattern | None, before: str, written: str, c: LanguageCues,
                        clauses_end_names: bool = False) -> re.Match | None:
    """A cue (``pattern``) whose list opens with short names the table does not hold (see
    ``_assign_over_addressees``); ``clauses_end_names``: a piece before a semicolon that holds a subject's cue is a
    clause, so there is no such list."""
    if pattern is None:
        return None
    m = pattern.search(before)
    if not m or ("cue" in pattern.groupindex and cue_inside_a_name(written, m.start("cue"), c.lang)):
        return None
    items = written[m.start("items") : m.end("items")]  # as written: capitals tell names
    if _place_joined_before(items, c.lang):
        return None  # "asked the party chiefs in Thu Duc City and districts to …": the body after the join is the
        # place's second name, no addressee (round 35b en)
    pieces = [p.strip() for p in (items.split(";") if ";" in items else items.split(",")) if p.strip()]
    joins = c.data.get("outside_addressee_joins") or []
    determiners = tuple(f"{d} " for d in c.data.get("topic_object_determiners") or [])
    if joins:  # "BQL dự án … tỉnh và …": a join word between two names parts them as a comma does (round 20)
        split = [q.strip() for p in pieces for q in _parts_at_joins(p, joins, determiners, c)]
        # (a level completing a command's name in a piece is no body: ``… - Search and Rescue and Civil Defense of
        # districts``, round 34b en)
        if split != pieces and any(find_mentions(q) for q in split) and (
                any(without_levels_completing_names(p, find_mentions(p), c.lang) for p in pieces)):
            # a body of the table before the join ("Phó Thủ tướng … và Bộ Tài chính"): read as before, by commas alone
            # where the list reaches the body by a comma ("the Chairmen of … of provinces and cities, …, the Ministry")
            if not items.rstrip().endswith(","):
                return None
        else:
            pieces = split
    # "requests the Chairmen of …, especially the mountainous and midland provinces of …, the National Steering
    # Committee …, the Ministry of …": an aside singling out some of the bodies before it is no addressee of its
    # own (``list_highlights``, round 13's open class, fixed in round 15)
    asides = tuple(f"{h} " for h in c.data.get("list_highlights") or [])
    pieces = [p for p in pieces if not p.lower().startswith(asides)] if asides else pieces
    # "đề nghị các cơ quan, đơn vị, UBND các huyện …": a unit's noun going on with the determiner of the piece before
    # it (cues.json's optional ``outside_addressee_continuations``; round 28b)
    going_on = {lower_for_matching(w) for w in c.data.get("outside_addressee_continuations") or []}
    if clauses_end_names and ";" in items and any(_holds_a_subject_cue(lower_for_matching(p), c) for p in pieces):
        return None  # "Le ministère de la Santé élaborera un plan ; le ministère de … élaborera …": a clause with its own
        # verb before the semicolon, no name outside the table (round 31b fr's open class, w2fr31)
    # "đề nghị lãnh đạo các cơ quan, ban ngành, đoàn thể huyện và UBND các xã …": a head's word (cues.json's
    # ``fillers``: ``lãnh đạo``) may stand before the first piece's determiner, and a unit's noun that goes on may
    # carry one word of scope after it (``đoàn thể huyện``, ``ban ngành tỉnh``; round 32b)
    heads = tuple(f"{lower_for_matching(w)} " for w in c.data.get("fillers") or [])

    def opens_with_determiner(piece: str) -> bool:
        low = piece.lower()
        if low.startswith(determiners):
            return True
        head = next((h for h in heads if low.startswith(h)), None)
        return bool(head) and low[len(head):].lstrip().startswith(determiners)

    def goes_on(piece: str) -> bool:
        low = lower_for_matching(piece)
        return low in going_on or any(low.startswith(f"{g} ") and len(low.split()) == len(g.split()) + 1 for g in going_on)

    # a run of such nouns goes on with the first one's determiner ("các cơ quan, đơn vị, phòng ban ngành của huyện, UBND
    # các xã …": the communes are the partners; stop 40's convention of a district office's partners)
    carried = [opens_with_determiner(p) for p in pieces]
    for i in range(1, len(pieces)):
        carried[i] = carried[i] or carried[i - 1] and goes_on(pieces[i])
    if pieces and all(_name_words(p, c.lang) <= c.outside_addressee_words and (p[:1].isupper() or opens_with_determiner(p)
                      or i and goes_on(p) and carried[i - 1])
                      for i, p in enumerate(pieces)):
        return m
    return None


@lru_cache(maxsize=None)
def _level_completing_a_name(lang: str) -> tuple[frozenset[str], re.Pattern] | None:
    """grammar's optional ``levels_completing_names``: the bare level words, and a pattern matching the text right
    before them: a command's head word (``heads``), the rest of its name, a link."""
    data = language_grammar(lang).get("levels_completing_names") or {}
    if not data.get("words") or not data.get("links") or not data.get("heads"):
        return None
    words = frozenset(" ".join(lower_for_matching(w).split()) for w in data["words"])
    return words, re.compile(rf"(?<![\w'’])(?:{phrases(data['heads'])})(?![\w'’])[^,;.:\n]{{0,140}}?\s"
                             rf"(?:{phrases(data['links'])})\s+$", re.IGNORECASE)


def without_levels_completing_names(text: str, named: list[Mention], language: str) -> list[Mention]:
    """A bare level word that completes a command's name outside the table (``the Steering Committee for Natural
    Disaster Prevention and Control - Search and Rescue and Civil Defense of districts``: the districts' commands) is
    no body of its own, so that an addressee list opening with that name goes on to the bodies after it (round 34b en).
    grammar's optional ``levels_completing_names``."""
    found = _level_completing_a_name(language)
    if found is None:
        return named
    words, before = found
    return [n for n in named if not (" ".join(lower_for_matching(n.text).split()) in words
                                     and before.search(text, max(0, n.start - 200), n.start))]


def _name_words(piece: str, lang: str | None = None) -> int:
    """The words of an addressee's piece, counted in each of the names a spaced dash joins into one (``Ban Chỉ huy phòng
    chống thiên tai – Tìm kiếm cứu nạn và phòng thủ dân sự``: a command of two names, each short; round 33b)."""
    # (the en dash only: a spaced hyphen also joins a place to a project's name, ``Cooperative 3 - Ham Liem residential
    # area``, round 30 en, whose long piece is no addressee)
    # a spaced hyphen before one of grammar's optional ``hyphen_joined_name_parts`` joins two names of one command as
    # well (``… Prevention and Control - Search and Rescue and Civil Defense of districts``, round 34b en)
    parts = language_grammar(lang).get("hyphen_joined_name_parts") or [] if lang else []
    joined = rf"|\s-\s(?=(?:{phrases(parts)})(?![\w'’]))" if parts else ""
    return max(len(part.split()) for part in re.split(rf"\s–\s{joined}", piece, flags=re.IGNORECASE))


def _holds_a_subject_cue(piece: str, c: LanguageCues) -> bool:
    """Whether a subject's cue (a modal, a passive, a plain future or present of cues.json) follows one of the
    piece's words: the piece is a clause, not a name."""
    return any(c.weak_after.match(piece[w.end() :]) or c.strong_after.match(piece[w.end() :])
               for w in re.finditer(r"[\w'’-]+", piece))


def _parts_at_joins(piece: str, joins: list[str], determiners: tuple[str, ...], c: LanguageCues) -> list[str]:
    """An addressee piece parted at its join words (``Ban Quản lý dự án tỉnh và UBND huyện …``), or whole where every
    part after a join that opens with neither a capital nor a determiner opens with one of cues.json's optional
    ``name_inner_join_followers`` (French ``de``): the join is inside one name (``au Comité national de réponse aux
    incidents et de recherche et de sauvetage``, stop 37's left classes), not between two addressees."""
    parts = [q for q in re.split(rf"\s+(?:{'|'.join(map(re.escape, joins))})(?:\s+|$)", piece) if q.strip()]
    followers = tuple(c.data.get("name_inner_join_followers") or [])
    loose = [q.strip().lower() for q in parts[1:] if not (q.strip()[:1].isupper() or q.strip().lower().startswith(determiners))]
    if (followers and loose and all(re.match(rf"(?:{'|'.join(map(re.escape, followers))})(?:\s|$|(?<=['’]))", q) for q in loose)
            and not find_mentions(piece)):
        return [piece]  # a body of the table inside is no outside name ("le Département des finances de superviser et de …")
    return parts


def _co_subjects_outside(written: str, c: LanguageCues) -> bool:
    """Whether the words before the first body of a sentence are one short name the table does not hold joined to
    it by the list's conjunction (``Các cơ quan thành viên Ban Chỉ đạo tỉnh và UBND các huyện …``): opening with a
    capital or a determiner, of at most grammar's optional ``co_subject_words`` words (a steering board's name is
    long), no verb of a report or a request in it."""
    conjunctions = grammar(c.lang).get("list_conjunctions") or []
    longest = grammar(c.lang).get("co_subject_words") or 0
    if not longest or not conjunctions:
        return False
    m = re.match(rf"^\s*(?P<name>[^.;:\n]+?)\s+(?:{'|'.join(map(re.escape, conjunctions))})\s+$", written)
    if not m:
        m = _co_subject_before_comma(written, c)
    if not m:
        return False
    name = m.group("name")
    lowered = lower_for_matching(name)
    for blocker in c.data.get("authority_verb_blockers") or []:  # a board's name holds a verb: "Ban Chỉ đạo"
        lowered = re.sub(rf"(?<![\w']){phrase(blocker)}\s+\S+(?:\s+\S+)?", blocker, lowered)
    determiners = tuple(f"{d} " for d in c.data.get("topic_object_determiners") or [])
    return (len(name.split()) <= longest and (name[:1].isupper() or lowered.startswith(determiners))
            and not c.reporting.search(lowered) and not (c.assign_anywhere and c.assign_anywhere.search(lowered))
            and not c.weak_after.search(" " + lowered))


def _co_subject_before_comma(written: str, c: LanguageCues) -> re.Match | None:
    """A co-subject joined to the body by a comma, the heads' titles of the body left out (``Ban Chỉ huy Phòng,
    chống thiên tai các cấp, Thủ trưởng các sở, ban, ngành tỉnh …``): only a name that opens with one of grammar's
    optional ``co_subject_comma_heads`` (a board, a council, a team), since a comma after any opening words is a
    clause's ("Tình hình … được kiểm soát, các sở …")."""
    heads = grammar(c.lang).get("co_subject_comma_heads") or []
    if not heads:
        return None
    kept = len(c.fillers_at_end.sub("", lower_for_matching(written)))  # one character for one: offsets hold
    # a line break inside is a sentence a site broke over lines, joined again for this stage ("Phòng, chống\nthiên tai")
    m = re.match(r"^\s*(?P<name>[^.;:\n]+?)\s*,\s*$", written[:kept].replace("\n", " "))
    if not m or not lower_for_matching(m.group("name")).startswith(tuple(f"{h} " for h in heads)):
        return None
    return m


def _lead_word_before_partner_cue(primary: Found, lowered: str, cue_start: int, c: LanguageCues) -> bool:
    """Whether the words between the tasked body ``primary`` and a partner cue are a lead word (cues.json's
    ``lead_after``) and its comma: ``giao Sở NN&PTNT chủ trì, cùng với các Sở, ngành, địa phương … nghiên cứu …``
    (round 39 vi): the bodies after the cue are the lead's partners (a coordinate row, stop 43's ruling D), not
    co-subjects tasked as the body before is (``X, cùng với Y, phải …``)."""
    between = lowered[primary.group.end : cue_start]
    lead = c.lead_after.match(between)
    return lead is not None and not between[lead.end() :].strip(" ,")


def _co_subject_between_commas(m: re.Match, before: str, after: str, c: LanguageCues) -> bool:
    """Whether the partner cue ``m`` is one of cues.json's ``co_subject_cues`` set between commas (``X, along with Y,
    …``), a task's verb cue after the second comma (``…, continue to focus``), as for a subject's co-subject."""
    return (c.cue_key(m.group("cue")) in _co_subject_cues(c.lang) and before[: m.start("cue")].rstrip().endswith(",")
            and re.match(r"^\s*,", after) is not None and bool(c.strong_after.match(after) or c.weak_after.match(after)))


def _co_recipients_closing(m: re.Match, before: str, after: str, c: LanguageCues) -> bool:
    """Whether the partner cue ``m`` is one of cues.json's ``co_subject_cues`` after a comma (``…, along with Y``) and the
    sentence closes on the bodies after it, no word of grammar's optional ``co_recipient_blockers`` (an infinitive's
    ``to``, a preposition, a relative, a modal) after them (``…, along with relevant
    ministries, the mass media and the Government Office.``): they are more recipients of what was given before, as
    a co-subject is tasked (rounds 16, 17c, 25); not ``assigned X, along with Y, to inspect …`` (Y the partner in X's
    task)."""
    words = grammar(c.lang).get("co_recipient_blockers") or []
    if (not words or c.cue_key(m.group("cue")) not in _co_subject_cues(c.lang)
            or not before[: m.start("cue")].rstrip().endswith(",")):
        return False
    rest = re.split(r"[.;:]", after, maxsplit=1)[0]
    return not re.search(rf"(?<![\w'])(?:{alternation([phrase(w) for w in words])})(?![\w'])", rest)


@lru_cache(maxsize=None)
def _co_subject_cues(lang: str) -> frozenset[str]:
    """The coordination cues that make a co-subject (``together with``, ``cùng với``), not a coordinating body."""
    return frozenset(" ".join(lower_for_matching(cue).split()) for cue in cues(lang).data.get("co_subject_cues") or [])


@lru_cache(maxsize=None)
def _co_subject_names(lang: str) -> tuple[str, ...]:
    """Co-subjects outside the gazetteer (``list_skips``: ``các cơ quan có liên quan``, ``the committees of the
    National Assembly``), lowered, longest first."""
    names = {" ".join(lower_for_matching(name).split()) for name in cues(lang).data.get("list_skips") or []}
    return tuple(sorted(names, key=len, reverse=True))


def after_co_subjects(lowered: str, position: int, c: LanguageCues) -> int:
    """Where the task starts after a body that opens an implementation item: past the co-subjects outside
    the gazetteer listed after it (``6. Ủy ban Thường vụ Quốc hội, Chính phủ, các cơ quan có liên quan phối
    hợp …``), which are neither tasked rows nor part of the task."""
    while True:
        joiner = LIST_JOINER.match(lowered, position)
        if not joiner:
            return position
        at = joiner.end()
        name = next((n for n in _co_subject_names(c.lang) if lowered.startswith(n, at)
                     and not lowered[at + len(n) : at + len(n) + 1].isalnum()), None)
        if name is None:
            return position
        position = at + len(name)


# the longest line of a list of names under a colon line that points back ("They are:")
_POINTED_ITEM_CHARS = 160


@lru_cache(maxsize=None)
def _pointing_list_intro(lang: str) -> re.Pattern | None:
    """A whole colon line of grammar's optional ``pointing_list_intros`` (``They are:``), built once a language."""
    intros = grammar(lang).get("pointing_list_intros") or []
    return re.compile(rf"(?:{phrases(intros)})\s*:") if intros else None


def _pointed_list_request(text: str, start: int, index: int, found: list[Found], c: LanguageCues) -> Found | None:
    """The request whose collective bodies a colon line of grammar's optional ``pointing_list_intros`` (``They are:``)
    spells out one a line, the line opening at ``start`` among them: the one request of the sentence right before the
    colon line, its bodies all collective (each line one sentence, a name without a full stop), else None."""
    intro = _pointing_list_intro(c.lang)
    if intro is None:
        return None
    items = 0
    for line in reversed(text[:start].rstrip().split("\n")):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.endswith(":"):
            if not intro.fullmatch(lower_for_matching(stripped)):
                return None
            break
        if stripped.endswith((".", ";", ":")) or len(stripped) > _POINTED_ITEM_CHARS:
            return None
        items += 1
    else:
        return None
    asked = [f for f in found if f.primary is None and f.sentence == index - items - 2]
    if len(asked) == 1 and all(is_collective(m.agency_id) for m in asked[0].group.mentions):
        return asked[0]
    return None
