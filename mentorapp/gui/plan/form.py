"""The plan's own fields: what it is about (the header) and who commits to what (the commitments).

The goals and the other lists sit between the two on screen, so they are two widgets;
both say ``edited`` when the coach changes a field, and ``apply`` copies the fields onto
a plan.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentorapp.domain.model import DevelopmentPlan
from mentorapp.gui.mentee_dialog import OptionalDate
from mentorapp.gui.style import lock_icon_label


class _PlanFields(QWidget):
    """A form of plan fields; ``edited`` fires on every change the coach makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def _text(self) -> QPlainTextEdit:
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        text.textChanged.connect(self.edited)
        return text

    def _row(self, text: str, widget: QWidget) -> None:
        caption = QLabel(text)
        caption.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        self.form.addRow(caption, widget)


class PlanHeader(_PlanFields):
    """Title, period, review date, where the employee stands and where they want to go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.title.textChanged.connect(self.edited)
        self.period_start = OptionalDate(self.tr("Period from"))
        self.period_end = OptionalDate(self.tr("Period until"))
        self.review_date = OptionalDate(self.tr("Review date"))
        for optional in self._dates():
            optional.check.toggled.connect(self.edited)
            optional.edit.dateChanged.connect(self.edited)
        self.current_situation = self._text()
        self.desired_direction = self._text()
        for text, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("Period &from"), self.period_start),
            (self.tr("Period &until"), self.period_end),
            (self.tr("Re&view on"), self.review_date),
            (self.tr("Current &situation"), self.current_situation),
            (self.tr("Where to &go, and when"), self.desired_direction),
        ):
            self._row(text, widget)

    def _dates(self) -> tuple[OptionalDate, ...]:
        return (self.period_start, self.period_end, self.review_date)

    def show_plan(self, plan: DevelopmentPlan) -> None:
        self.title.setText(plan.title)
        self.period_start.set_value(plan.period_start)
        self.period_end.set_value(plan.period_end)
        self.review_date.set_value(plan.review_date)
        self.current_situation.setPlainText(plan.current_situation)
        self.desired_direction.setPlainText(plan.desired_direction)

    def set_editable(self, editable: bool) -> None:
        self.set_text_editable(editable)
        for optional in self._dates():
            optional.setEnabled(editable)

    def set_text_editable(self, editable: bool) -> None:
        for editor in (self.title, self.current_situation, self.desired_direction):
            editor.setReadOnly(not editable)

    def apply(self, plan: DevelopmentPlan) -> DevelopmentPlan:
        return dataclasses.replace(
            plan,
            title=self.title.text().strip(),
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            review_date=self.review_date.value(),
            current_situation=self.current_situation.toPlainText(),
            desired_direction=self.desired_direction.toPlainText(),
        )


class PlanCommitments(_PlanFields):
    """Resources, what the organisation and the employee commit to, and private remarks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resources = self._text()
        self.organisation_commitments = self._text()
        self.employee_commitments = self._text()
        self.private_remarks = self._text()
        self.private_remarks.setAccessibleName(self.tr("Private remarks, never exported"))
        for text, widget in (
            (self.tr("&Resources needed"), self.resources),
            (self.tr("The &organisation commits to"), self.organisation_commitments),
            (self.tr("The &employee commits to"), self.employee_commitments),
        ):
            self._row(text, widget)
        private_row = QHBoxLayout()
        private_row.addWidget(lock_icon_label())
        private_label = QLabel(self.tr("&Private remarks (never exported)"))
        private_label.setObjectName("privateHeader")
        private_label.setBuddy(self.private_remarks)
        private_row.addWidget(private_label)
        private_row.addStretch()
        self.form.addRow(private_row)
        self.form.addRow(self.private_remarks)

    def _texts(self) -> tuple[QPlainTextEdit, ...]:
        return (
            self.resources,
            self.organisation_commitments,
            self.employee_commitments,
            self.private_remarks,
        )

    def show_plan(self, plan: DevelopmentPlan) -> None:
        self.resources.setPlainText(plan.resources)
        self.organisation_commitments.setPlainText(plan.organisation_commitments)
        self.employee_commitments.setPlainText(plan.employee_commitments)
        self.private_remarks.setPlainText(plan.private_remarks)

    def set_editable(self, editable: bool) -> None:
        for editor in self._texts():
            editor.setReadOnly(not editable)

    def apply(self, plan: DevelopmentPlan) -> DevelopmentPlan:
        return dataclasses.replace(
            plan,
            resources=self.resources.toPlainText(),
            organisation_commitments=self.organisation_commitments.toPlainText(),
            employee_commitments=self.employee_commitments.toPlainText(),
            private_remarks=self.private_remarks.toPlainText(),
        )
