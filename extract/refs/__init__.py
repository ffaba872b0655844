"""Legal document references in Vietnamese, English, French and Swedish, with canonical ids.

    >>> from extract.refs import find_references
    >>> [r.id for r in find_references("Decree No. 98/2018/ND-CP dated July 5, 2018")]
    ['98/2018/NĐ-CP']

The stage ``stage`` is registered in ``extract.stages.DEFAULT_STAGES`` as ``extract.refs:stage``.
"""
from __future__ import annotations

from extract.refs.extractor import find_references
from extract.refs.stage import ReferenceStage, stage

__all__ = ["ReferenceStage", "find_references", "stage"]
