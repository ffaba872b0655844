"""Literal cases of the error classes blind round 24 found on real Swedish pages (README, "Round 24 (blind, real
public pages): references sv" and "… figures sv"), with look-alikes that must keep their reading or stay out, and the
English and French forms of the same classes. The sentences are written for these tests; none is taken from the
round's pages."""
from __future__ import annotations

import pytest

from extract.figures import find_figures
from extract.refs.extractor import find_references

FIELDS = ("text", "value", "low", "high", "qualifier", "unit", "currency", "per")


def figures(text: str, lang: str = "sv") -> list[dict]:
    return [{k: getattr(f, k) for k in FIELDS} for f in find_figures(text, lang)]


def references(text: str, lang: str = "sv") -> list:
    return find_references(text, lang=lang)


# --- references -------------------------------------------------------------------------------------------------

# the past tense 'ersatte' (replaced) names the replaced document, as en 'replaced' and fr 'a remplacé'
REPLACED = [
    ("Dekretet trädde i kraft den 1 juli och ersatte dekret nr 52/2014/ND-CP.", "sv", "52/2014/NĐ-CP"),
    ("Beslutet har ersatt beslut 35/2019/QD-TTg om skogsskydd.", "sv", "35/2019/QĐ-TTg"),
    ("Decree No. 23/2021/ND-CP replaced Decree No. 52/2014/ND-CP on job centres.", "en", "52/2014/NĐ-CP"),
    ("Le décret n° 23/2021/ND-CP a remplacé le décret n° 52/2014/ND-CP.", "fr", "52/2014/NĐ-CP"),
]


@pytest.mark.parametrize("text, lang, ref_id", REPLACED)
def test_a_past_replacing_verb_makes_the_replaced_document_replaces(text, lang, ref_id):
    found = {r.id: r.relation for r in references(text, lang)}
    assert found.get(ref_id) == "replaces", found


# 'ersattes av' (was replaced by) names the replacing document: no cue
def test_a_passive_replaced_by_is_no_replaces_cue():
    found = {r.id: r.relation for r in references("Dekret nr 52/2014/ND-CP ersattes av dekret nr 23/2021/ND-CP.")}
    assert found.get("23/2021/NĐ-CP") == "cites", found


# Vietnam.vn's Swedish header: the motto and a rule run onto the 'Nummer:' line, the place and date on the next
HEADERS = [
    ("REGERINGEN ------- SOCIALISTISK REPUBLIK VIETNAM Oberoende - Frihet - Lycka --------------- Nummer: "
     "15/2020/ND-CP\nHanoi , 3 februari 2020\nDEKRET\nOM PÅFÖLJDER", "sv", "15/2020/NĐ-CP", "2020-02-03"),
    ("PREMIÄRMINISTERN ------- Nummer: 28/2018/QD-TTg\nHanoi, den 12 juli 2018\nBESLUT", "sv",
     "28/2018/QĐ-TTg", "2018-07-12"),
    ("THE GOVERNMENT ------- SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - Happiness --------------- No.: "
     "15/2020/ND-CP\nHanoi, February 3, 2020\nDECREE", "en", "15/2020/NĐ-CP", "2020-02-03"),
]


@pytest.mark.parametrize("text, lang, ref_id, issued", HEADERS)
def test_a_header_number_is_dated_by_the_place_and_date_line(text, lang, ref_id, issued):
    found = {r.id: r.issued for r in references(text, lang)}
    assert found.get(ref_id) == issued, found


# the year of another symbol's date is no date of this one
def test_a_header_date_of_another_year_is_not_taken():
    found = {r.id: r.issued for r in references("--------------- Nummer: 15/2021/ND-CP\nHanoi , 3 februari 2020\nDEKRET")}
    assert found.get("15/2021/NĐ-CP") is None, found


# the constitution and the law on representative missions abroad named in Swedish, with their years
NAMED = [
    ("I enlighet med Socialistiska republiken Vietnams konstitution från 2013 utfärdar regeringen dekretet.",
     "Hiến pháp 2013"),
    ("Enligt konstitutionen från 2013 är nationalförsamlingen det högsta organet.", "Hiến pháp 2013"),
    ("i enlighet med lagen om Socialistiska republiken Vietnams representationsorgan utomlands av den 18 juni 2009;",
     "Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài 2009"),
]


@pytest.mark.parametrize("text, ref_id", NAMED)
def test_a_swedish_name_of_the_constitution_or_the_missions_law_is_a_reference(text, ref_id):
    assert ref_id in {r.id for r in references(text)}, [r.id for r in references(text)]


# a constitution that is not Vietnam's written with an indefinite article stays out
def test_an_indefinite_constitution_is_no_reference():
    assert not [r for r in references("Landet fick en ny konstitution efter kriget.") if r.id.startswith("Hiến pháp")]


# --- figures ----------------------------------------------------------------------------------------------------

# 'respektive' (respectively) between two numbers sharing the unit written after the second, as 'och'
RESPECTIVELY = [
    ("Andelen var 20 respektive 30 procent.", [dict(value=20, unit="%"), dict(value=30, unit="%")]),
    ("Projekten pågick i 38 respektive 53 års tid.", [dict(value=38, unit="år"), dict(value=53, unit="år")]),
    ("Provinserna har 5 respektive 7 kooperativ.", [dict(value=5, unit="kooperativ"), dict(value=7, unit="kooperativ")]),
]


@pytest.mark.parametrize("text, wanted", RESPECTIVELY)
def test_respektive_shares_the_unit_after_the_second_number(text, wanted):
    found = figures(text)
    assert [{k: f[k] for k in w} for f, w in zip(found, wanted)] == wanted and len(found) == len(wanted), found


def test_years_joined_by_respektive_stay_out():
    assert figures("Reformerna genomfördes 2019 respektive 2020.") == []


# 'yngre än' (younger than) is less_than, 'äldre än' (older than) more_than, as 'under' and 'över'
AGES = [
    ("Över hälften av befolkningen är yngre än 35 år.", dict(value=35, qualifier="less_than", unit="år")),
    ("Bidraget går till personer äldre än 65 år.", dict(value=65, qualifier="more_than", unit="år")),
    ("Barn under 6 år reser gratis.", dict(value=6, qualifier="less_than", unit="år")),
]


@pytest.mark.parametrize("text, wanted", AGES)
def test_an_age_comparative_is_a_qualifier(text, wanted):
    found = [f for f in figures(text) if f["value"] == wanted["value"]]
    assert len(found) == 1 and {k: found[0][k] for k in wanted} == wanted, figures(text)
