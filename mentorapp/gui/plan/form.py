"""The plan's own fields: what it is about (the header) and who commits to what (the commitments).

The goals and the other lists sit between the two on screen, so they are two widgets;
both say ``edited`` when the coach changes a field, and ``apply`` copies the fields onto
a plan. A frozen version shows every field the same read-only way: readable text on the
window's colour instead of an edit field's white, never greyed out.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
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


def show_read_only(widget: QWidget, read_only: bool) -> None:
    """Give an input the read-only look (the window's colour) or its usual edit colour."""
    usual = QApplication.palette(widget)
    palette = widget.palette()
    role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
    # All groups: a read-only date edit draws its frame as a disabled combo box.
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        palette.setColor(group, QPalette.ColorRole.Base, usual.color(group, role))
    # The app's style sheet gives a viewport and a date's inner line edit palettes of
    # their own, so they are told too.
    inner: list[QWidget] = widget.findChildren(QLineEdit)
    if isinstance(widget, QAbstractScrollArea):
        inner.append(widget.viewport())
    for target in (widget, *inner):
        target.setPalette(palette)


def set_read_only(editor: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    editor.setReadOnly(read_only)
    show_read_only(editor, read_only)


class PlanDate(OptionalDate):
    """An optional plan date; read only, it shows the date or says it is not set."""

    def __init__(self, name: str, check_name: str, parent: QWidget | None = None) -> None:
        """``name`` is the date's, ``check_name`` the box's that says there is one."""
        super().__init__(name, parent)
        self.check.setAccessibleName(check_name)
        self.unset_label = QLabel(self.tr("not set"))
        box = self.layout()
        assert isinstance(box, QHBoxLayout)
        box.insertWidget(2, self.unset_label)
        self._read_only = False
        self.check.toggled.connect(self._show)
        self._show()

    def set_value(self, value: date | None) -> None:
        super().set_value(value)
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.edit.setReadOnly(read_only)
        show_read_only(self.edit, read_only)
        self._show()

    def _show(self) -> None:
        has = self.check.isChecked()
        self.check.setVisible(not self._read_only)
        self.edit.setVisible(has or not self._read_only)
        self.edit.setEnabled(has)
        self.unset_label.setVisible(self._read_only and not has)
        # The caption's mnemonic lands on what can take the focus now.
        self.setFocusProxy(self.edit if self._read_only else self.check)


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
        if not isinstance(widget, PlanDate):  # its box and date have names of their own
            widget.setAccessibleName(text.replace("&", ""))
        self.form.addRow(caption, widget)


class PlanHeader(_PlanFields):
    """Title, period, review date, where the employee stands and where they want to go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.title.textChanged.connect(self.edited)
        self.period_start = PlanDate(
            self.tr("Period from"), self.tr("The plan period has a start date")
        )
        self.period_end = PlanDate(
            self.tr("Period until"), self.tr("The plan period has an end date")
        )
        self.review_date = PlanDate(self.tr("Review date"), self.tr("The plan has a review date"))
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

    def _dates(self) -> tuple[PlanDate, ...]:
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
            optional.set_read_only(not editable)

    def set_text_editable(self, editable: bool) -> None:
        for editor in (self.title, self.current_situation, self.desired_direction):
            set_read_only(editor, not editable)

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
            set_read_only(editor, not editable)

    def apply(self, plan: DevelopmentPlan) -> DevelopmentPlan:
        return dataclasses.replace(
            plan,
            resources=self.resources.toPlainText(),
            organisation_commitments=self.organisation_commitments.toPlainText(),
            employee_commitments=self.employee_commitments.toPlainText(),
            private_remarks=self.private_remarks.toPlainText(),
        )
