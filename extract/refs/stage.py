"""The ``references`` extraction stage."""
from __future__ import annotations

from extract.models import Reference
from extract.refs.extractor import find_references
from extract.stages import Context


class ReferenceStage:
    """Legal document references with canonical ids; see ``extract.refs.extractor``."""

    name = "references"
    version = "37.1"

    def extract(self, context: Context) -> list[Reference]:
        return find_references(context.text, province_code=context.province_code, lang=context.language,
                               published=context.published)


stage = ReferenceStage()
