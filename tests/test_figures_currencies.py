"""The ISO 4217 table (extract/figures/currencies.json): every code, symbol and name reads as its
currency in running text, before or after the amount, in every language whose data does not give the
word to another currency."""
from __future__ import annotations

import json
import re

import pytest

from extract.figures import find_figures
from extract.figures.lexicon import CURRENCIES, LANGUAGES, load_raw

TABLE = json.loads(CURRENCIES.read_text(encoding="utf-8"))["currencies"]


def own_words(lang: str) -> dict[str, str]:
    """Words the language's own units.json gives a currency (they win over the table)."""
    units = load_raw(lang)["units"]
    words = {w: code for code, ws in units["currencies"].items() for w in ws}
    words.update({w: code for code, ws in units.get("currency_prefix", {}).items() for w in ws})
    return words


def test_table_shape():
    assert len(TABLE) >= 40
    for code, entry in TABLE.items():
        assert re.fullmatch(r"[A-Z]{3}", code), code
        assert set(entry["names"]) == set(LANGUAGES), code


CASES = []
for code, entry in TABLE.items():
    for lang in LANGUAGES:
        for form in [code, *entry["symbols"]]:
            CASES.append((lang, f"{form} 20", code))
            CASES.append((lang, f"20 {form}", code))
        for name in entry["names"][lang]:
            CASES.append((lang, f"20 {name}", code))


@pytest.mark.parametrize("lang,text,code", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_every_form_reads_as_its_currency(lang, text, code):
    form = text.replace("20", "").strip()
    expected = own_words(lang).get(form, code)
    got = find_figures(text, lang)
    assert [(f.value, f.currency) for f in got] == [(20.0, expected)], (text, got)
