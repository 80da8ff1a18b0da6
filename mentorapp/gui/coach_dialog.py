"""Asked once, at the first PDF export: the coach's name and organisation for the plan.

A plan without them has no mentor row and an empty name under the signature. The answer
is kept in the settings (Settings > Your name changes it later); "Not now" is kept too,
so the question never comes back on every export.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.settings import AppSettings

MAX_CHARS = 200


class CoachDetailsDialog(QDialog):
    """Name and organisation as printed on exported plans and summaries."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Your name on the PDFs - Mentorapp"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Your name on the PDFs"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Plans and summaries show who the mentor is and carry your name under the signature. This is asked once; you can change it later in Settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(settings.coach_name)
        self.name.setMaxLength(MAX_CHARS)
        self.name.setAccessibleName(self.tr("Your name, as printed on exported plans"))
        self.organisation = QLineEdit(settings.coach_organisation)
        self.organisation.setMaxLength(MAX_CHARS)
        self.organisation.setAccessibleName(
            self.tr("Your organisation, as printed on exported plans")
        )
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save and go on"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("Not &now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self._later)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)
        self.name.setFocus()

    def _save(self) -> None:
        self.settings.coach_name = " ".join(self.name.text().split())
        self.settings.coach_organisation = " ".join(self.organisation.text().split())
        self.settings.coach_details_asked = True
        self.accept()

    def _later(self) -> None:
        self.settings.coach_details_asked = True
        self.reject()
