"""The "Edit engagement…" dialog: who pays for a mentee's trajectory and what was agreed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCompleter, QDoubleSpinBox, QLineEdit, QWidget

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Engagement
from mentorapp.gui.record_dialog import Field, RecordDialog


def engagement_fields() -> list[Field]:
    """Every field is optional but the sponsor: an engagement may count sessions, hours or both."""
    return [
        Field(
            "sponsor",
            QCoreApplication.translate("EngagementDialog", "&Sponsor (who pays)"),
            required=True,
        ),
        Field(
            "contracted_sessions",
            QCoreApplication.translate("EngagementDialog", "Contracted s&essions"),
            "number",
        ),
        Field(
            "contracted_hours",
            QCoreApplication.translate("EngagementDialog", "Contracted &hours"),
            "number",
        ),
        Field("start_date", QCoreApplication.translate("EngagementDialog", "S&tart"), "date"),
        Field("end_date", QCoreApplication.translate("EngagementDialog", "E&nd"), "date"),
        Field(
            "rate_cents", QCoreApplication.translate("EngagementDialog", "&Rate per hour"), "money"
        ),
    ]


def _hint(engagement: Engagement) -> str:
    start, end = engagement.start_date, engagement.end_date
    if start is not None and end is not None and end < start:
        return QCoreApplication.translate("EngagementDialog", "The end lies before the start.")
    return ""


class EngagementDialog(RecordDialog):
    """A record dialog for one engagement; the sponsor field offers the sponsors known."""

    def __init__(
        self,
        mentee_id: MenteeId,
        current: Engagement | None,
        sponsors: list[str],
        parent: QWidget | None = None,
    ) -> None:
        record = current or Engagement(mentee_id=mentee_id, sponsor="")
        super().__init__(
            QCoreApplication.translate("EngagementDialog", "Engagement - Mentorapp"),
            record,
            engagement_fields(),
            parent,
            hint=_hint,
        )
        sponsor = self.inputs["sponsor"]
        assert isinstance(sponsor, QLineEdit)
        sponsor.setCompleter(QCompleter(sponsors, sponsor))
        sessions = self.inputs["contracted_sessions"]
        assert isinstance(sessions, QDoubleSpinBox)
        sessions.setDecimals(0)  # whole sessions; hours may be 1.5

    def value(self) -> Engagement:
        engagement = super().value()
        assert isinstance(engagement, Engagement)
        sessions = engagement.contracted_sessions
        return dataclasses.replace(
            engagement, contracted_sessions=None if sessions is None else round(sessions)
        )

    def _accept(self) -> None:
        if _hint(self.value()):
            self.inputs["end_date"].setFocus()
            return
        super()._accept()


def edit_engagement(
    parent: QWidget,
    mentee_id: MenteeId,
    current: Engagement | None,
    sponsors: list[str],
    save: Callable[[Engagement], None],
) -> None:
    """Opens the dialog (window-modal); ``save`` gets the edited engagement on OK."""
    dialog = EngagementDialog(mentee_id, current, sponsors, parent)
    dialog.accepted.connect(lambda: save(dialog.value()))
    dialog.open()
