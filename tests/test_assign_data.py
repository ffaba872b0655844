"""The assignment cue and deadline data carry their own examples: every cue is found in its example
through that very cue, every deadline example parses to its value, and the look-alikes do not."""
from __future__ import annotations

import pytest

from extract.assign import cues as cue_data
from extract.assign import deadlines
from extract.assign.extractor import tasking_cues
from nlp.agencies import fold_for_matching

LANGUAGES = cue_data.LANGUAGES

# sections whose entries are {"cue", "example"} and the frame kinds each may produce
CUE_SECTIONS = {
    "assign_before": ("assign",),
    "lead_after": ("assign", "subject", "list_item"),
    "subject_strong": ("subject",),
    "subject_weak": ("weak",),
    "list_item": ("list_item",),
    "coordinate": ("coordinate",),
    "nested_before": ("assign",),
}


# sections a language may leave empty (Vietnamese writers slip nothing into an assigning verb)
OPTIONAL_SECTIONS = {"cue_blockers", "continuations", "clause_modal_not_past", "assign_inserts", "relative_markers", "authority_verb_blockers", "lead_meeting_tasks",
                     "list_highlights", "co_subject_cues",  # French has no "together with" among its coordination cues
                     # "giao" both assigns and allocates only in Vietnamese ("giao các bộ … dự toán")
                     "allocated_objects", "recipient_list_ends",
                     # Vietnamese names a head with the body's full name after it ("Bộ trưởng Bộ Y tế": a filler)
                     # and its legal texts' issuer is read from the heading already (round 5)
                     "head_titles", "decision_words",
                     # round 29: guidance reported as done ("đã hướng dẫn", Vietnamese) and a guidance's topic after
                     # the bodies ("guide localities on …", English and French)
                     "guidance_done_markers", "guidance_topic_after"}


def _cue_cases():
    for lang in LANGUAGES:
        data = cue_data.load_data(lang)
        for section, kinds in CUE_SECTIONS.items():
            for entry in data[section]:
                yield pytest.param(lang, section, kinds, entry, id=f"{lang}-{section}-{entry['cue']}")


def _norm(cue: str) -> str:
    return " ".join(cue_data.lower_for_matching(cue).split())


@pytest.mark.parametrize("lang, section, kinds, entry", list(_cue_cases()))
def test_every_cue_is_found_in_its_example_through_itself(lang, section, kinds, entry):
    found = tasking_cues(entry["example"], lang)
    assert found, f"nothing found in {entry['example']!r}"
    if section == "lead_after":
        assert any(role == "lead" and _norm(cue) in (_norm(entry["cue"]), ":") or role == "lead" for _, role, _, cue in found)
        assert any(role == "lead" for _, role, _, _ in found)
    elif section == "coordinate":
        assert any(kind == "coordinate" and cue == _norm(entry["cue"]) for _, _, kind, cue in found)
    else:
        assert any(kind in kinds and cue == _norm(entry["cue"]) for _, _, kind, cue in found), found
    if section == "subject_strong":
        assert any(role == entry.get("role", "assignee") for _, role, _, _ in found)


def _insert_cases():
    for lang in LANGUAGES:
        for entry in cue_data.load_data(lang)["assign_inserts"]:
            yield pytest.param(lang, entry, id=f"{lang}-insert-{entry['pattern']}")


@pytest.mark.parametrize("lang, entry", list(_insert_cases()))
def test_every_insert_lets_its_example_assign(lang, entry):
    import re
    assert re.search(entry["pattern"], cue_data.lower_for_matching(entry["example"])), "the pattern is not in its example"
    assert any(kind == "assign" for _, _, kind, _ in tasking_cues(entry["example"], lang)), entry["example"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_the_same_sections(lang):
    assert set(cue_data.load_data(lang)) == set(cue_data.load_data("vi"))


# round 7's rules, written for Vietnamese provincial texts so far (empty elsewhere): a body's name inside another
# body's, a letter's addressees, addressee lists opening with names outside the table, a person named for a post,
# a count opening a list
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"clause_describing_modals", "clause_describing_gap_stops"}  # round 34 fr (w2fr34)
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {  # stop 41: bare continuations of an item (vi, en, fr; Swedish none seen)
                                         "bare_continued_task_verbs", "handed_down_cues", "local_authority_subjects",
                                         "name_heads", "letter_addressee_markers", "outside_addressee_words", "person_posts",
                                         "count_words", "reported_clause_conjunctions", "owner_links", "strong_cue_not_task_objects",
                                         # round 28b: a unit's noun going on with the determiner before it (Vietnamese)
                                         "outside_addressee_continuations",
                                         # round 29: a partner verb whose partners follow the task's object (French, English)
                                         "coordinate_over_object", "coordinate_object_joiners",
                                         # round 17: parties outside the table whose own duty's date is theirs (Vietnamese)
                                         "other_party_subjects",
                                         # stop 40: plain verbs that are a duty after collective subjects only (Vietnamese)
                                         "collective_subject_weak",
                                         # stop 41: the asker's own urging after "and" (en, fr, sv; Vietnamese shows no tense)
                                         "askers_own_urging",
                                         # stop 41: a lead verb opening the part after a semicolon (English)
                                         "semicolon_item_leads",
                                         # stop 41: a subjectless continuation in the passive (none in Swedish)
                                         "continued_passive_markers",
                                         # round 34b: an obligation told in the past after a direction (English,
                                         # French; Vietnamese "phải" tells no tense)
                                         "past_obligations",
                                         # stop 41: a causative and its bare verbs (English)
                                         "causative_before", "causative_verbs",
                                         # round 17b: a provincial committee's head under a higher direction (Vietnamese)
                                         "committee_head_titles",
                                         # round 18c: the word before a document's number (a numbered document issued, Vietnamese)
                                         "document_number_words",
                                         # round 18c: the province or city standing for its committee as an asker (English)
                                         "place_subjects",
                                         # open classes of rounds 18 to 18d: a topic opener that also opens a subject
                                         # (Vietnamese)
                                         "topic_openers_before_comma",
                                         # round 19b: names spelling out the provinces as a whole, a province's letter
                                         # sent up (Vietnamese)
                                         "collective_enumerations", "letters_sent_up",
                                         # round 19b: a body name written as the place of the body before it (English)
                                         "place_complements",
                                         # round 20: partners inside a subject before its cue, without commas (English)
                                         "subject_partner_cues",
                                         # round 20: answerable to an authority if something goes wrong (Vietnamese)
                                         "accountability_after", "accountability_conditions",
                                         # round 20: a join word between addressees outside the table (Vietnamese)
                                         "outside_addressee_joins",
                                         # stop 37's left classes: the words after a join inside one name (French)
                                         "name_inner_join_followers",
                                         # round 21's open classes: a topic's tasks as bare verbs (Vietnamese)
                                         "topic_task_verbs", "outside_subject_cues",
                                         # round 22: a document's names without an article and the word before its
                                         # owner, for a document one signs for another (English; Vietnamese and French
                                         # use document_subjects)
                                         "signed_document_names", "signed_document_owner_joins",
                                         # open classes after round 27: the articles before a signed document's name
                                         # (English)
                                         "signed_document_articles",
                                         # open classes after round 21b: verbs run after an assigning verb (Vietnamese)
                                         "verbs_run_after_cue",
                                         # round 22's left classes: joiners taking up a partner cue (French)
                                         "coordinate_series_joiners",
                                         # round 30b: the letter between an issuing verb and the asking verb (English,
                                         # French, Swedish; Vietnamese holds it in its issuing verb)
                                         "issued_letter_nouns",
                                         # round 31b: a possessive's owner joined after it inside a phrase of what is
                                         # followed (Vietnamese)
                                         "possessive_phrase_openers", "possessive_joined_before", "possessive_joiners",
                                         # stop 40: a subjectless continuation's first verb (every language but
                                         # Swedish's press met it)
                                         "continued_task_verbs",
                                         # stop 40 (left33fr): an item's manner verb opening a continuation alone
                                         "continued_task_infinitives"}
# stop 42 (left34vien): a handed-down verb used as a noun, a task verb as a copula's subject (French and Swedish have no
# noun markers; Swedish no copula of a bare continuation)
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"handed_down_noun_markers", "noun_subject_copulas", "noun_subject_predicates"}
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"titles_before_slash"}  # round 35b fr: a head's title before a slash (Swedish none seen)
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"conveyed_direction_owner_before"}  # round 36b vi: a direction conveyed in the assigning sentence (Swedish none seen)
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"continued_task_lead_ins"}  # round 36b fr: an infinitive's preposition after a continuation opener (vi, sv none)
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"addressee_task_after"}  # round 37b vi: more task verbs after a letter's addressees (en, fr, sv: no letter-addressee reading)
# stop 45 (left37): a directive marker that a question's word follows (en only), a plain word after a bare continuation
# (vi only)
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"directive_markers_not_followed_by", "chained_plain_continuations"}
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"list_skip_patterns"}  # stop 46 (left38): outside items named with a place or a number (en only)
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"continuation_topic_openers"}  # round 39 vi: a topic phrase in a continuation opener's place (vi, en, fr; Swedish none seen)
OPTIONAL_SECTIONS = OPTIONAL_SECTIONS | {"bare_request_verbs", "outside_lead_subjects", "outside_lead_cues"}  # stop 47 (late39): a subjectless asking verb on a new line (en, fr, vi; Swedish none seen); a coordination office leading (vi only)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_empty_cue_list(lang):
    data = cue_data.load_data(lang)
    assert [k for k, v in data.items() if not k.startswith("_") and k not in OPTIONAL_SECTIONS and not v] == []


def _deadline_cases():
    for lang in LANGUAGES:
        data = deadlines.load_data(lang)
        for text, value, qualifier in data["examples"]:
            yield pytest.param(lang, text, value, qualifier, None, id=f"{lang}-{text}")
        for text, value, qualifier in data["examples_published_2024"]:
            yield pytest.param(lang, text, value, qualifier, "2024", id=f"{lang}-{text}-2024")
        for own_date, text, value, qualifier in data.get("examples_relative", []):
            yield pytest.param(lang, text, value, qualifier, own_date, id=f"{lang}-{text}-{own_date}")


@pytest.mark.parametrize("lang, text, value, qualifier, year", list(_deadline_cases()))
def test_every_deadline_example_parses(lang, text, value, qualifier, year):
    assert deadlines.parse(text, lang, own_date=year) == (value, qualifier)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_date_without_year_is_no_deadline_when_the_publication_year_is_unknown(lang):
    for text, _, _ in deadlines.load_data(lang)["examples_published_2024"]:
        assert deadlines.parse(text, lang) is None


def _not_deadline_cases():
    for lang in LANGUAGES:
        for text in deadlines.load_data(lang)["not_deadlines"]:
            yield pytest.param(lang, text, id=f"{lang}-{text}")


@pytest.mark.parametrize("lang, text", list(_not_deadline_cases()))
def test_look_alikes_are_no_deadlines(lang, text):
    assert deadlines.find_deadlines(fold_for_matching(text), lang) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_date_form_is_used_by_an_example(lang):
    data = deadlines.load_data(lang)
    grammar = deadlines.grammar(lang)
    examples = [fold_for_matching(e[0]) for e in data["examples"] + data["examples_published_2024"]]
    examples += [fold_for_matching(e[1]) for e in data.get("examples_relative", [])]
    for pattern, form in zip(grammar.patterns, data["dates"]):
        assert any(pattern.fullmatch(e) for e in examples), f"{lang}: no example for date form {form['example']!r}"
