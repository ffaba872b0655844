"""The figures stage: numbers with their scale, unit, qualifier and range, in four languages.

    >>> from extract.figures import find_figures
    >>> [f.value for f in find_figures("hơn 2,8 nghìn tỷ đồng", "vi")]
    [2800000000000.0]

Conventions of the output (extract.models.Figure):

- ``value`` is the number with its scale applied (``2,8 nghìn tỷ`` → 2.8e12, ``45 miljoner`` → 4.5e7);
  a range sets ``low`` and ``high`` and leaves ``value`` null.
- Money: ``currency`` is the ISO code (VND, USD, EUR, SEK) and ``unit`` is the same code, whatever
  the text wrote (đồng, dong, VNĐ, $), so that money compares across languages. Percentages have
  unit ``%``. Measures keep the unit as written (``tấn``, ``tons``, ``ha``). Otherwise ``unit`` is the
  counted noun in the text's language (``cooperatives``, ``hợp tác xã``, ``kooperativa grupper``).
- ``per`` is the rate's denominator as written after a slash (``VND/kg`` → ``kg``,
  ``VND/kooperativ/år`` → ``kooperativ/år``).
- ``scale`` is the factor a scale word applied (1e3 … 1e12), null without one.
- ``reading`` records the number convention used: ``dot_decimal`` (35,000; 15.2), ``comma_decimal``
  (1.500; 2,8) or ``space_thousands`` (3 066); null for a plain integer. An ambiguous token
  (``1,000``) reads under the convention the document's other numbers prove, else its language's.
- ``qualifier``: more_than | at_least | about | nearly | up_to | less_than | null.
- Numbers in words are figures where they count something named, money or a scale (``ba bộ``,
  ``two million dollars``; ``words.py``); ``text`` is the words as written. Shares (``half of``,
  ``một phần ba``, ``1/5 of``) have their value (0.5, 1/3, 0.2) and no unit of their own.
- A sign or a word makes a number negative (``-1200000``, ``minus 5``, ``âm 5``). Currencies come from
  the language's ``units.json`` and the ISO 4217 table ``currencies.json``.

Numbers that are not figures (dates, years, periods, times, phone numbers, document symbols and
numbers, list markers, ordinals, article numbers, slogans) are left out; so are the spans of the
references stage when it ran before this one.
"""
from __future__ import annotations

from extract.figures.grammar import FigureFinder, find_figures
from extract.models import Fact, Figure
from extract.stages import Context

__all__ = ["FiguresStage", "find_figures", "stage"]


class FiguresStage:
    name = "figures"
    version = "10"

    def extract(self, context: Context) -> list[Fact]:
        skip = [(fact.start, fact.end) for fact in context.facts.get("references", [])]
        return list(FigureFinder(context.text, context.language_at, skip).figures())


stage = FiguresStage()

# re-exported for the type checker: the facts this stage makes
_FACT = Figure
