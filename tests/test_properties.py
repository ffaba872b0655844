"""Property-based tests of every extraction stage: arbitrary Unicode and mutated real text never raise,
and every fact's span lies inside the text and equals its ``text``; canonical ids are well formed."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings, strategies as st

import extract
from tests.conftest import SEEDS

SEED_TEXTS = [path.read_text(encoding="utf-8") for path in SEEDS.values()]
# a canonical id: NUMBER/YEAR/TYPE-ISSUER, NUMBER/TYPE-ISSUER, Party NUMBER-TYPE/ISSUER, or a named
# document's Vietnamese title (with its year when the text gives one); never a line break or outer space
_CODE = r"[A-ZĐ](?:[A-ZĐ0-9]|[a-zđ](?![a-zđ]))*"  # official codes are upper case, lower-case letters alone (TTg, TTr)
WELL_FORMED_ID = re.compile(
    rf"^(?:[0-9A-ZĐa-z]+(?:/\d{{4}})?/{_CODE}(?:-{_CODE})*(?:@\w+)?|\d+[a-z]?-{_CODE}/{_CODE}|[^\W\d_][^\n]*[^\s])$")


def check_facts(text: str, lang: str | None = None) -> None:
    try:
        doc = extract.document_from_text(text, lang=lang)
    except extract.InputError:
        return
    for kind, facts in doc.facts.items():
        for fact in facts:
            assert 0 <= fact.start <= fact.end <= len(doc.text), (kind, fact)
            assert doc.text[fact.start:fact.end] == fact.text, (kind, fact)
    for reference in doc.references:
        assert WELL_FORMED_ID.match(reference.id), reference.id


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_arbitrary_unicode(text):
    check_facts(text)


# fragments that look like facts, mixed into noise
FRAGMENTS = st.sampled_from([
    "Nghị định số 98/2018/NĐ-CP", "Decree No. ", "678/TB-VPCP", "20-NQ/TW", " ngày 05 tháng 7 năm 2018",
    "hơn 35.000 ", "hợp tác xã", "2,8 nghìn tỷ đồng", "25–30 %", "more than ", "1,2 miljarder VND/år",
    "Bộ Tài chính chủ trì", "giao ", ", phối hợp với ", "trước ngày 30 tháng 6 năm 2024", "\n", " - ", ": ",
    "The Ministry of Finance shall preside over", "Luật Hợp tác xã năm 2023", "n°", "/", "số", "(", ")",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40), st.sampled_from(["vi", "en", "fr", "sv", None]))
def test_fact_like_fragments(parts, lang):
    check_facts("".join(parts), lang)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(len(SEED_TEXTS))), st.integers(0, 10**9), st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(["", " ", "\n", "/", "-", "0", "đ", "."])), max_size=30))
def test_mutated_real_text(index, start, edits):
    text = SEED_TEXTS[index]
    window = text[start % len(text):][:1500]
    chars = list(window)
    for position, replacement in edits:
        if chars:
            chars[position % len(chars)] = replacement
    check_facts("".join(chars))


def test_deeply_nested_html_is_handled():
    html = "<html><body>" + "<div>" * 20000 + "<p>Nghị định số 98/2018/NĐ-CP về hợp tác xã nông nghiệp.</p>" + "</div>" * 20000 + "</body></html>"
    try:
        doc = extract.document(html.encode("utf-8"))
    except extract.InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert all(doc.text[f.start:f.end] == f.text for fs in doc.facts.values() for f in fs)
