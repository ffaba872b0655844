"""The assignments stage: bodies tasked with what, leading or coordinating, by when.

    >>> import extract
    >>> doc = extract.document("Phó Thủ tướng giao Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp rà soát quy định trước tháng 7 năm 2024.", lang="vi")
    >>> [(a.agency_id, a.role, a.deadline) for a in doc.assignments]
    [('MOF', 'lead', '2024-07'), ('MOJ', 'coordinate', '2024-07')]

How it reads a text is explained in ``extract.assign.extractor``; its cue words and deadline phrases
are data in ``lang/<code>/``; the bodies are the gazetteer ``nlp.agencies``.
"""
from __future__ import annotations

from extract.assign.extractor import extract_assignments
from extract.models import Assignment
from extract.stages import Context


class AssignmentStage:
    name = "assignments"
    version = "48"

    def extract(self, context: Context) -> list[Assignment]:
        return extract_assignments(context.text, context.language, context.sentences, context.published, context.province_code)


stage = AssignmentStage()

__all__ = ["AssignmentStage", "extract_assignments", "stage"]
