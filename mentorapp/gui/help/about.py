"""Help > About Mentorapp: the app's version, the versions of what it runs on, licences."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorapp import APP_NAME, __version__
from mentorapp.resource_files import ResourceMissing, resource_path
from mentorapp.services import diagnostics

FONT_LICENCE = "LICENSE-DejaVu.txt"


def versions() -> list[tuple[str, str]]:
    """What the app runs on, as (name, version); the names are product names."""
    return [
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLCipher", diagnostics.sqlcipher_version()),
        ("SQLAlchemy", diagnostics.package_version("SQLAlchemy")),
        ("Python", platform.python_version()),
    ]


def font_licence() -> str | None:
    try:
        return resource_path("fonts", FONT_LICENCE).read_text(encoding="utf-8")
    except (ResourceMissing, OSError, UnicodeDecodeError):
        return None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutMentorapp")
        self.setWindowTitle(self.tr("About Mentorapp"))
        layout = QVBoxLayout(self)
        heading = QLabel(APP_NAME)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setObjectName("appVersion")
        layout.addWidget(version)
        what = QLabel(
            self.tr(
                "A confidential workspace for career coaches and move mentors. Your notes stay encrypted on this computer."
            )
        )
        what.setWordWrap(True)
        layout.addWidget(what)

        runs_on = QGroupBox(self.tr("Runs on"))
        form = QFormLayout(runs_on)
        self.version_labels: dict[str, QLabel] = {}
        for name, value in versions():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(f"{name} {value}")
            form.addRow(name, label)
            self.version_labels[name] = label
        layout.addWidget(runs_on)

        licences = QGroupBox(self.tr("Licences"))
        box = QVBoxLayout(licences)
        fonts = QLabel(
            self.tr(
                "The PDFs are set in the DejaVu fonts 2.37, shipped unmodified under their own licence (Bitstream Vera and Arev; the DejaVu changes are in the public domain)."
            )
        )
        fonts.setWordWrap(True)
        box.addWidget(fonts)
        qt = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License, version 3."
            )
        )
        qt.setWordWrap(True)
        box.addWidget(qt)
        self.licence_text = QTextBrowser()
        self.licence_text.setObjectName("fontLicence")
        self.licence_text.setAccessibleName(self.tr("DejaVu font licence"))
        self.licence_text.setOpenLinks(False)
        text = font_licence()
        if text is None:
            text = self.tr("The font licence file is missing from this installation.")
        self.licence_text.setPlainText(text)
        self.licence_text.setMinimumHeight(140)
        box.addWidget(self.licence_text, 1)
        layout.addWidget(licences, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close.setDefault(True)
        close.setFocus()
        self.resize(560, 620)

    @classmethod
    def show_for(cls, window: QWidget) -> AboutDialog:
        dialog = cls(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
