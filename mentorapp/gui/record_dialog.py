"""One dialog for the parts of a plan (goal, action, obstacle, activity), built from fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.mentee_dialog import OptionalDate
from mentorapp.gui.style import set_message


@dataclass(frozen=True)
class Field:
    """One input: the dataclass field it edits, its label, and what kind of input."""

    name: str
    label: str
    kind: str = "line"  # line | text | date | enum | bool | number | money
    choices: tuple[tuple[Enum, str], ...] = ()
    required: bool = False


class RecordDialog(QDialog):
    """Edits a dataclass instance field by field; ``value()`` returns the edited copy."""

    def __init__(
        self,
        title: str,
        record: Any,
        fields: list[Field],
        parent: QWidget | None = None,
        hint: Callable[[Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.record = record
        self.fields = fields
        self.hint = hint
        self.inputs: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in fields:
            widget = self._input(spec, getattr(record, spec.name))
            self.inputs[spec.name] = widget
            label = QLabel(spec.label)
            label.setBuddy(widget)
            widget.setAccessibleName(spec.label.replace("&", ""))
            form.addRow(label, widget)
        layout.addLayout(form)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        layout.addWidget(self.hint_label)
        self.message = QLabel()
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
        self._refresh_hint()

    def _input(self, spec: Field, value: Any) -> QWidget:
        if spec.kind == "text":
            text = QPlainTextEdit(str(value or ""))
            text.setTabChangesFocus(True)
            text.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
            text.textChanged.connect(self._refresh_hint)
            return text
        if spec.kind == "date":
            optional = OptionalDate(spec.label.replace("&", ""))
            optional.set_value(value)
            optional.check.toggled.connect(self._refresh_hint)
            optional.edit.dateChanged.connect(self._refresh_hint)
            return optional
        if spec.kind == "enum":
            combo = QComboBox()
            for member, caption in spec.choices:
                combo.addItem(caption, member)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            return combo
        if spec.kind == "bool":
            check = QCheckBox()
            check.setChecked(bool(value))
            check.toggled.connect(self._refresh_hint)
            return check
        if spec.kind in ("number", "money"):
            spin = QDoubleSpinBox()
            spin.setRange(-1, 1_000_000)
            spin.setSpecialValueText("-")
            spin.setDecimals(2 if spec.kind == "money" else 1)
            if spec.kind == "money":
                spin.setPrefix("€ ")
                spin.setValue(-1 if value is None else value / 100)
            else:
                spin.setValue(-1 if value is None else float(value))
            return spin
        line = QLineEdit(str(value or ""))
        line.setMaxLength(2000)
        line.textChanged.connect(self._refresh_hint)
        return line

    def _read(self, spec: Field) -> Any:
        widget = self.inputs[spec.name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, OptionalDate):
            value: date | None = widget.value()
            return value
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QDoubleSpinBox):
            if widget.value() < 0:
                return None
            return round(widget.value() * 100) if spec.kind == "money" else widget.value()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def value(self) -> Any:
        return dataclasses.replace(self.record, **{s.name: self._read(s) for s in self.fields})

    def _refresh_hint(self) -> None:
        if self.hint is None or not hasattr(self, "hint_label"):
            return
        text = self.hint(self.value())
        set_message(self.hint_label, text, error=True)

    def _accept(self) -> None:
        for spec in self.fields:
            if spec.required and not self._read(spec):
                set_message(
                    self.message,
                    self.tr("Fill in: {field}").format(field=spec.label.replace("&", "")),
                    error=True,
                )
                self.inputs[spec.name].setFocus()
                return
        self.accept()
