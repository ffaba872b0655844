"""Issue 18's nineteenth speed pass: four checks of the assignments' ``frames.classify`` build their patterns once a
language (``lru_cache``), not at each call: the same patterns as the plain build of each language's grammar (the code
before the pass), and the same answers on literal texts (README, "Processing speed"). The stories' kept n-grams are
tests/test_speed19_ngrams.py's.
"""
from __future__ import annotations

import re

import pytest

from extract.assign import frames
from extract.assign.common import alternation, phrases
from extract.assign.cues import LANGUAGES, cues, grammar, language_grammar, lower_for_matching, phrase

# --- the assignments' checks: the cached build against the plain one (the code before the pass), per language


def _plain_statement(lang: str) -> str | None:
    verbs = language_grammar(lang).get("lead_agent_statement_verbs") or []
    return rf"(?<![\w'])(?:{alternation([re.escape(v) for v in verbs])})(?:\s+[\w'-]+){{0,3}}\s*$" if verbs else None


def _plain_meeting(before: str, lang: str) -> bool:
    return any(re.search(rf"(?<![\w']){phrase(w)}(?![\w'])", before) for w in grammar(lang).get("lead_agent_meetings") or [])


def _plain_request(lang: str) -> tuple[str, str, dict[str, str]] | None:
    setting = grammar(lang).get("request_agents")
    if not setting:
        return None
    links = rf"(?:[^,.;:\n]{{1,50}}?\s+(?:{phrases(setting['links'])})\s+)?" if setting.get("links") else ""
    verbs = setting["verbs"]
    marker = rf"(?<![\w'])(?:{phrases(setting['markers'])})\s+{links}$"
    done = rf"\s*(?:{phrases(setting.get('adverbs') or ['(?!)'])}\s+)?(?P<verb>{phrases(list(verbs))})(?![\w'])"
    return marker, done, verbs


def _plain_proposal(lang: str) -> tuple[set[str], str] | None:
    setting = grammar(lang).get("weak_proposals")
    if not setting:
        return None
    return {lower_for_matching(w) for w in setting["cues"]}, rf"\s+(?:{phrases(setting['sent_up_words'])})(?![\w'])"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_statement_pattern_is_the_plain_build(lang):
    cached = frames._statement_before_agent(lang)
    plain = _plain_statement(lang)
    assert (cached.pattern if cached else None) == plain
    assert frames._statement_before_agent(lang) is cached  # built once


@pytest.mark.parametrize("lang", LANGUAGES)
def test_request_agent_patterns_are_the_plain_build(lang):
    cached = frames._request_agent_patterns(lang)
    plain = _plain_request(lang)
    if plain is None:
        assert cached is None
        return
    marker, done, verbs = plain
    assert cached[0].pattern == marker and cached[1].pattern == done
    for verb in verbs:  # each verb's role as the search over the data's verbs gave it
        written = " ".join(lower_for_matching(verb).split())
        expected = next((r for w, r in verbs.items() if " ".join(lower_for_matching(w).split()) == written), "assignee")
        assert cached[2].get(written, "assignee") == expected
    assert frames._request_agent_patterns(lang) is cached


@pytest.mark.parametrize("lang", LANGUAGES)
def test_weak_proposal_patterns_are_the_plain_build(lang):
    cached = frames._weak_proposal_patterns(lang)
    plain = _plain_proposal(lang)
    if plain is None:
        assert cached is None
        return
    assert set(cached[0]) == plain[0] and cached[1].pattern == plain[1]
    assert frames._weak_proposal_patterns(lang) is cached


# the words before a passive's agent: meetings' nouns whole, inside other words, at the ends, none
MEETING_BEFORES = [
    "", " ", "the government's regular meeting for september, ", "the meetings, ", "a conference ",
    "the conferences of the sessions", "ameeting, ", "meetingroom ", "forum", "session's ", "the report ",
    "review and complete the legal system, ", "la réunion du gouvernement, ", "la conférence ", "réunionnite, ",
    "regeringens sammanträde, ", "mötet ", "konferensen, ", "phiên họp thường kỳ tháng 9 của chính phủ, ",
    "hội nghị ", "hội nghịviên ",
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("before", MEETING_BEFORES)
def test_meeting_nouns_in_one_pattern_find_what_one_search_per_word_found(lang, before):
    pattern = frames._meeting_named(lang)
    for end in sorted({0, len(before) // 2, len(before)}):
        assert bool(pattern and pattern.search(before, 0, end)) == _plain_meeting(before[:end], lang)


def test_meeting_nouns_fire_on_a_meeting_and_not_on_a_look_alike():
    pattern = frames._meeting_named("en")
    assert pattern.search("the government's regular meeting for september, ")
    assert not pattern.search("the meetingroom was booked, ")  # inside a longer word


# the words before an agent: a finite form of "to be" within three words of its end, or not
STATEMENT_BEFORES = [
    "8 projects and tasks are invested in or ", "the plan is ", "the plan was approved and ",
    "the plans are to be carried out and then ", "review and complete the legal system, ", "this ", "",
    "les projets sont ", "projekten är ", "các dự án được ",
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("before", STATEMENT_BEFORES)
def test_agent_of_a_statement_is_the_plain_search(lang, before):
    plain = _plain_statement(lang)
    assert frames._agent_of_a_statement(before, lang) == bool(plain and re.search(plain, before))


REQUEST_CASES = [  # (before, after) around a body, Vietnamese: the request's agent and its look-alikes
    ("bộ đề nghị việc tuyển dụng giáo viên do ", " thực hiện theo quy định."),
    ("bộ đề nghị việc tuyển dụng do cơ quan chuyên môn cấp tỉnh là ", " chủ trì thực hiện."),
    ("bộ đề nghị việc tuyển dụng do ", " cũng thực hiện."),
    ("dự án do ", " thực hiện đã chậm tiến độ."),  # no request before the marker
    ("bộ đề nghị việc tuyển dụng do ", " ban hành."),  # no verb of the data after the body
    ("bộ đề nghị việc tuyển dụng ", " thực hiện."),  # no marker
]


@pytest.mark.parametrize("before, after", REQUEST_CASES)
def test_agent_of_a_request_is_the_plain_reading(before, after):
    c = cues("vi")
    got = frames._agent_of_a_request(before, after, c)
    marker, done, verbs = _plain_request("vi")
    m = re.search(marker, before)
    d = re.match(done, after) if m else None
    cue = None
    if d:
        for cue in c.assign_anywhere.finditer(before[: m.start()]):
            pass
    if cue is None:
        assert got is None
        return
    role = next((r for w, r in verbs.items()
                 if " ".join(lower_for_matching(w).split()) == " ".join(d.group("verb").split())), "assignee")
    assert got is not None and got[0].span() == cue.span() and got[1] == role


PROPOSAL_CASES = [  # lowered text, where the cue ends, the next body's start (or none)
    ("from there, the department of finance proposes specific solutions for each case.", "proposes", ()),
    ("the department proposes to the provincial people's committee to approve.", "proposes", ()),
    ("the department proposes that the committee approve.", "proposes", ()),
    ("the departments propose the provincial people's committee approve.", "propose", (30,)),
    ("the department suggests to the committee.", "suggests", ()),
    ("le département propose au comité.", "propose", ()),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("lowered, cue, later", PROPOSAL_CASES)
def test_proposal_sent_up_is_the_plain_reading(lang, lowered, cue, later):
    cue_end = lowered.index(cue) + len(cue)
    later = tuple(cue_end + 5 for _ in later)
    c = cues(lang)
    plain = _plain_proposal(lang)
    expected = False
    if plain:
        found = re.search(r"([^\W\d_]+)\s*$", lowered[max(0, cue_end - 30) : cue_end])
        if found and found.group(1) in plain[0]:
            expected = bool(re.match(plain[1], lowered[cue_end : cue_end + 40])) or bool(
                later and later[0] >= cue_end and frames._only_an_article(lowered[cue_end : later[0]], lang))
    assert frames._proposal_sent_up(lowered, cue_end, later, c) == expected


def test_proposal_sent_up_fires_on_a_letter_up_and_not_on_a_department_s_own_task():
    c = cues("en")
    fires = "the department proposes to the provincial people's committee to approve."
    own = "from there, the department of finance proposes specific solutions for each case."
    assert frames._proposal_sent_up(fires, fires.index("proposes") + 8, (), c)
    assert not frames._proposal_sent_up(own, own.index("proposes") + 8, (), c)
