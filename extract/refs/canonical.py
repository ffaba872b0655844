"""Canonical ids of legal documents (CONTRACTS.md): one id for every spelling of a symbol.

``98/2018/ND-CP``, ``98 / 2018 / NĐ–CP`` → ``98/2018/NĐ-CP``; ``20 - NQ/TƯ`` → ``20-NQ/TW``;
``17/2023/QH15``; ``1234/TTg-KTN``. Upper case, Vietnamese letters restored from the tables, leading
zeros of the number dropped. Documents of a provincial People's Committee or Council (``UBND``,
``HĐND``) get ``@`` and the province code when the province is known; when it is not, the id is
left without the suffix (the same symbol then stands for every province's document).
"""
from __future__ import annotations

import re

from extract.refs import tables
from extract.refs.grammar import DASH



def local_issuers() -> frozenset[str]:
    """People's Committees and Councils (``UBND``, ``HĐND``, the older ``UB``): their documents are
    numbered per province."""
    return frozenset(i.code for i in tables.issuers() if i.kind == "local")


LOCAL_ISSUERS = local_issuers()


def number(raw: str) -> str:
    """``098`` → ``98``; ``0`` stays ``0``."""
    return raw.lstrip("0") or "0"


def type_code(raw: str) -> tuple[str, str]:
    """(restored code, type) of a symbol's type part: ``ND`` → (``NĐ``, ``decree``)."""
    row = tables.doc_type_by_key().get(tables.ascii_key(raw))
    if row is None:
        return raw.upper(), "official_letter"
    return row.code, row.type


def issuer_code(raw: str, family: str = "state") -> str:
    """One issuer part restored: ``BKHDT`` → ``BKHĐT``, ``TTG`` → ``TTg``, ``TƯ`` → ``TW``."""
    key = tables.ascii_key(raw)
    known = tables.issuer_by_key(family).get(key) or tables.issuer_by_key("state").get(key)
    # an alias written with its own letters wins (TƯ → TW); folded, it must not take a code of its
    # own: TU is a provincial Party committee (Tỉnh ủy), not TƯ with its horn lost
    exact = tables.issuer_aliases_as_written().get(raw.strip().upper())
    if exact is not None:
        return exact
    if key in tables.issuer_aliases() and (known is None or known.code.upper() != raw.strip().upper()):
        return tables.issuer_aliases()[key]
    if known is not None:
        return known.code
    # an issuer outside the table is upper-cased (CONTRACTS): its letters cannot be restored, and the
    # press writes a mixed-case code (HoREA) in capitals as often, so that both spellings meet
    return raw.upper()


def party_only_issuer(raw: str) -> str | None:
    """The Party issuer a code names when it names no state body (``TW``, ``TƯ``): a symbol written in
    the state order with it (``21/NQ-TW``) is a damaged Party symbol (``21-NQ/TW``)."""
    key = tables.ascii_key(raw)
    if key in tables.issuer_by_key("state"):
        return None
    party = tables.issuer_by_key("party").get(key)
    return party.code if party is not None else None


def issuer_codes(raw: str, family: str = "state") -> str:
    """A joint issuer ``BTC - BCT`` → ``BTC-BCT``."""
    return "-".join(issuer_code(p, family) for p in re.split(DASH, raw.strip()) if p)


def is_local(issuer: str | None) -> bool:
    """True for an issuer (``QĐ-UBND``'s ``UBND``, a joint ``UBND-BTC``) whose numbers repeat per province."""
    # a Council's code may carry its term ("NQ-HĐND4", the 4th term's Council): the same issuer
    return bool(issuer) and any(re.sub(r"\d+$", "", p) in LOCAL_ISSUERS for p in issuer.split("-"))


def province_suffix(issuer: str, province_code: str | None) -> str:
    if province_code and is_local(issuer):
        return f"@{province_code}"
    return ""


def state_id(num: str, year: int | None, code: str, issuer: str, province_code: str | None = None) -> str:
    head = f"{number(num)}/{year}/" if year else f"{number(num)}/"
    return f"{head}{code}-{issuer}{province_suffix(issuer, province_code)}"


def assembly_id(num: str, year: int, issuer: str) -> str:
    return f"{number(num)}/{year}/{issuer.upper()}"


def party_id(num: str, code: str, issuer: str) -> str:
    return f"{number(num)}-{code}/{issuer}"


def letter_id(num: str, issuer: str, unit: str, province_code: str | None = None) -> str:
    """``1098/TTg-QHDP`` → ``1098/TTg-QHĐP``: a unit the table knows takes its Vietnamese letters back."""
    unit = tables.letter_units().get(tables.ascii_key(unit), unit)
    return f"{number(num)}/{issuer}-{unit}{province_suffix(issuer, province_code)}"


def law_id(title_vi: str, year: int | None) -> str:
    """``Luật Hợp tác xã 2023``; the bare title when the text gives no year."""
    return f"{title_vi} {year}" if year else title_vi
