"""The PDFs an employee (or the coach) holds: plan, session summary, blank forms, career
story, recovery kit.

Each renderer takes an export-safe document from ``export.documents`` and returns bytes
from ``generate()``; ``export.files.write_export`` puts them on disk atomically.
"""

from __future__ import annotations

from mentorapp.export.pdf.base import FONT_DIR, LogoProblem, PdfRenderer, logo_problem
from mentorapp.export.pdf.form import QuestionnaireFormPdf
from mentorapp.export.pdf.plan import DevelopmentPlanPdf
from mentorapp.export.pdf.recovery import RecoveryKitPdf
from mentorapp.export.pdf.session import SessionSummaryPdf
from mentorapp.export.pdf.story import CareerStoryPdf

__all__ = [
    "FONT_DIR",
    "CareerStoryPdf",
    "DevelopmentPlanPdf",
    "LogoProblem",
    "PdfRenderer",
    "QuestionnaireFormPdf",
    "RecoveryKitPdf",
    "SessionSummaryPdf",
    "logo_problem",
]
