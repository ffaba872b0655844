"""Stop 43's read-again: an English link word kept in code moved to the language's grammar, and a per-call pattern
built once a language; the same readings as before (literal cases, each with its look-alike)."""
from __future__ import annotations

import pytest

from extract.assign import frames, mentions


@pytest.mark.parametrize("sentence, opens", [
    ("Departments review the land records.", True),
    ("The relevant departments urgently remove the obstacles.", True),
    # look-alikes: the plural before its names' link word is the named departments, not the bare ones
    ("Departments of Construction and Finance review the land records.", False),
    ("The departments of Finance and Construction urgently remove the obstacles.", False),
])
def test_bare_departments_opening_a_sentence_not_before_their_names_link_word(sentence, opens):
    pattern = mentions._opening_department_pattern("en")
    assert (pattern.match(sentence.lower()) is not None) is opens


def test_the_link_word_comes_from_the_languages_grammar(monkeypatch):
    grammar = dict(mentions.language_grammar("en"))
    assert grammar["opening_department_not_before"] == ["of"]
    grammar["opening_department_not_before"] = ["of", "for"]
    monkeypatch.setattr(mentions, "language_grammar", lambda lang: grammar)
    mentions._opening_department_pattern.cache_clear()
    try:
        assert mentions._opening_department_pattern("en").match("departments for the review of land") is None
        assert mentions._opening_department_pattern("en").match("departments review land") is not None
    finally:
        mentions._opening_department_pattern.cache_clear()


@pytest.mark.parametrize("line, bare", [
    ("diriger l'examen des dossiers fonciers.", True),
    ("renforcer les contrôles sur les chantiers.", True),
    # look-alikes: a noun or a short word opening the line is no bare infinitive
    ("le département des finances contrôle les chantiers.", False),
    ("en outre, les chantiers sont contrôlés.", False),
])
def test_a_directions_bare_infinitive_opening_a_line(line, bare):
    assert (frames._unlabelled_item_infinitive("fr").match(line) is not None) is bare


def test_the_bare_infinitive_pattern_is_built_once_a_language():
    assert frames._unlabelled_item_infinitive("fr") is frames._unlabelled_item_infinitive("fr")
    assert frames._unlabelled_item_infinitive("en") is None  # English lists no infinitive endings
