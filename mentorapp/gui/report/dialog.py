"""File > Career-centre report: preview the published report, then save it or the aggregate.

Two modes, one per tab. "From this vault" counts the open vault for a period, everyone
together or per organisation or department. "Merge coaches' files" combines the aggregate
files that several coaches handed in. Either way the preview shows what the PDF or CSV will
hold: ``domain.report.publish`` with the vault's threshold, so every small cell, and every
cell that would reveal one, shows as "–". The counting runs off the GUI thread
(``gui/ops.py``); nothing from the vault (its name, a mentee, a note) reaches the title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain import report as domain_report
from mentorapp.domain.enums import Language
from mentorapp.gui.file_names import safe_file_name
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import DATE_FORMAT, QT_TRANSLATE_NOOP, qdate
from mentorapp.gui.ops import run_op
from mentorapp.gui.report.preview import ReportPreview
from mentorapp.gui.style import set_message, set_status
from mentorapp.services import report
from mentorapp.store.vault import Vault

VAULT_MODE = 0
MERGE_MODE = 1

# Grouping choices: (domain's ``by``, caption).
_GROUPINGS: tuple[tuple[str | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("ReportDialog", "Everyone together")),
    ("organisation", QT_TRANSLATE_NOOP("ReportDialog", "By organisation")),
    ("department", QT_TRANSLATE_NOOP("ReportDialog", "By department")),
)


def this_year(today: date) -> tuple[date, date]:
    return date(today.year, 1, 1), date(today.year, 12, 31)


def last_year(today: date) -> tuple[date, date]:
    return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)


def last_quarter(today: date) -> tuple[date, date]:
    """The last whole calendar quarter before the one ``today`` lies in."""
    quarter = (today.month - 1) // 3  # 0..3, this quarter
    year, previous = (today.year, quarter - 1) if quarter else (today.year - 1, 3)
    start = date(year, previous * 3 + 1, 1)
    end_month = previous * 3 + 3
    following = date(year + 1, 1, 1) if end_month == 12 else date(year, end_month + 1, 1)
    return start, date.fromordinal(following.toordinal() - 1)


def period_name(start: date, end: date) -> str:
    """For a file name: "2026", "2026-04-01 to 2026-06-30"."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return QCoreApplication.translate("ReportDialog", "{start} to {end}").format(
        start=start.isoformat(), end=end.isoformat()
    )


class FileRefused(Exception):
    """One of the chosen aggregate files could not be read; ``path`` says which."""

    def __init__(self, path: Path, cause: BaseException) -> None:
        super().__init__("aggregate file refused")
        self.path = path
        self.cause = cause


def refused_message(refused: FileRefused) -> str:
    """Which file could not be merged, and why, in the coach's words."""
    cause = refused.cause
    reason = getattr(cause, "reason", "")
    if isinstance(cause, OSError):
        text = QCoreApplication.translate(
            "ReportDialog",
            "{file} cannot be read. Check that it still exists and that you may open it.",
        )
    elif reason == "newer-version":
        text = QCoreApplication.translate(
            "ReportDialog", "{file} was saved by a newer Mentorapp. Update Mentorapp to merge it."
        )
    elif reason == "bad-value":
        text = QCoreApplication.translate(
            "ReportDialog",
            "{file} is damaged: a value in it is out of place. Ask its coach to save it again.",
        )
    elif reason == "duplicate":
        text = QCoreApplication.translate(
            "ReportDialog",
            "{file} is the same file as one added before, or an exact copy of it: its mentees would count twice.",
        )
    elif reason == "mismatch":
        text = QCoreApplication.translate(
            "ReportDialog",
            "{file} covers another period or grouping than the first file. Merge only files of the same period and grouping.",
        )
    else:
        text = QCoreApplication.translate(
            "ReportDialog", "{file} is not a career-centre aggregate file from Mentorapp."
        )
    return (
        text.format(file=refused.path.name)
        + " "
        + QCoreApplication.translate("ReportDialog", "Remove it from the list to go on.")
    )


class ReportDialog(QDialog):
    """Builds the preview as the coach changes the period, grouping or files; saves it."""

    saved = Signal(str)
    """A sentence for the main window's status bar once a file is written."""

    def __init__(
        self,
        vault: Vault,
        language: Language,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.language = language
        self.today = today or date.today()
        self.setWindowTitle(
            QCoreApplication.translate("ReportDialog", "Career-centre report - Mentorapp")
        )
        self.setObjectName("reportDialog")
        self.aggregate: domain_report.Aggregate | None = None
        self.published: domain_report.Published | None = None
        self.threshold = domain_report.MIN_THRESHOLD
        self.busy = False
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportModes")
        self.tabs.setAccessibleName(QCoreApplication.translate("ReportDialog", "What to report on"))
        self.tabs.addTab(
            self._vault_page(), QCoreApplication.translate("ReportDialog", "From this &vault")
        )
        self.tabs.addTab(
            self._merge_page(), QCoreApplication.translate("ReportDialog", "&Merge coaches' files")
        )
        self.tabs.currentChanged.connect(self._mode_changed)
        # The choices take the room they need; the preview gets the rest.
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.tabs)

        caption = QLabel(
            QCoreApplication.translate("ReportDialog", "Previe&w of the published report")
        )
        caption.setObjectName("sectionTitle")
        self.preview = ReportPreview()
        caption.setBuddy(self.preview)
        layout.addWidget(caption)
        layout.addWidget(self.preview, 1)
        self.note = QLabel()
        self.note.setObjectName("suppressionNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(QCoreApplication.translate("ReportDialog", "Close"))
        self.pdf_button = QPushButton(QCoreApplication.translate("ReportDialog", "Save as &PDF…"))
        self.csv_button = QPushButton(QCoreApplication.translate("ReportDialog", "Save as &CSV…"))
        self.json_button = QPushButton(
            QCoreApplication.translate("ReportDialog", "Save aggregate file for the ce&ntre…")
        )
        self.json_button.setToolTip(
            QCoreApplication.translate(
                "ReportDialog",
                "A file with the counts per cell, small ones included, for the career centre to merge with other coaches' files.",
            )
        )
        self.pdf_button.setDefault(True)
        for button, kind in (
            (self.pdf_button, "pdf"),
            (self.csv_button, "csv"),
            (self.json_button, "json"),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.choose_file(k))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.buttons = buttons

        self.set_period(*this_year(self.today))
        self._show_note()
        self._update_buttons()
        self.resize(900, 640)
        self.start.setFocus()
        self.schedule()

    # ---- the two pages --------------------------------------------------------------

    def _vault_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in (
            (self.start, QCoreApplication.translate("ReportDialog", "&From")),
            (self.end, QCoreApplication.translate("ReportDialog", "&To")),
        ):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self.schedule())
            self._row(form, name, edit)
        presets = QHBoxLayout()
        self.preset_buttons: list[QPushButton] = []
        for text, make in (
            (QCoreApplication.translate("ReportDialog", "This &year"), this_year),
            (QCoreApplication.translate("ReportDialog", "&Last year"), last_year),
            (QCoreApplication.translate("ReportDialog", "Last &quarter"), last_quarter),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)  # Enter in a date still means "Save as PDF"
            button.setAccessibleName(
                QCoreApplication.translate("ReportDialog", "Period: {preset}").format(
                    preset=text.replace("&", "")
                )
            )
            button.clicked.connect(lambda _checked=False, m=make: self.set_period(*m(self.today)))
            presets.addWidget(button)
            self.preset_buttons.append(button)
        presets.addStretch(1)
        form.addRow(QLabel(QCoreApplication.translate("ReportDialog", "Quick choice")), presets)
        self.grouping = QComboBox()
        for by, caption in _GROUPINGS:
            self.grouping.addItem(QCoreApplication.translate("ReportDialog", caption), by)
        self.grouping.currentIndexChanged.connect(lambda _i: self.schedule())
        self._row(form, QCoreApplication.translate("ReportDialog", "&Groups"), self.grouping)
        return page

    def _merge_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        hint = QLabel(
            QCoreApplication.translate(
                "ReportDialog",
                "Add the aggregate files (.json) that the coaches saved for the centre. The report counts them together, then hides every small cell of the result.",
            )
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        row = QHBoxLayout()
        self.files = QListWidget()
        self.files.setObjectName("aggregateFiles")
        self.files.setAccessibleName(
            QCoreApplication.translate("ReportDialog", "Aggregate files to merge")
        )
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.itemSelectionChanged.connect(self._update_buttons)
        # About as high as the period's form: the tabs take the higher page's height.
        self.files.setMaximumHeight(self.fontMetrics().height() * 5)
        row.addWidget(self.files, 1)
        side = QVBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("ReportDialog", "&Add files…"))
        self.remove_button = QPushButton(QCoreApplication.translate("ReportDialog", "&Remove"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
            side.addWidget(button)
        side.addStretch(1)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addLayout(side)
        box.addLayout(row)
        return page

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        caption = QLabel(text)
        caption.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        form.addRow(caption, field)

    # ---- what is chosen -------------------------------------------------------------

    @property
    def mode(self) -> int:
        return self.tabs.currentIndex()

    def period(self) -> tuple[date, date]:
        def read(edit: QDateEdit) -> date:
            d: QDate = edit.date()
            return date(d.year(), d.month(), d.day())

        return read(self.start), read(self.end)

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(end))
        self.schedule()

    @property
    def by(self) -> str | None:
        data = self.grouping.currentData()
        return str(data) if data else None

    def file_paths(self) -> list[Path]:
        return [
            Path(str(self.files.item(i).data(Qt.ItemDataRole.UserRole)))
            for i in range(self.files.count())
        ]

    def add_files(self, paths: Sequence[Path]) -> None:
        known = set(self.file_paths())
        for path in paths:
            if path in known:
                continue
            known.add(path)
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.files.addItem(item)
        self._update_buttons()
        self.schedule()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("ReportDialog", "Aggregate files to merge"),
            str(Path.home()),
            QCoreApplication.translate("ReportDialog", "Aggregate files (*.json)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update_buttons()
        self.schedule()

    # ---- the preview ----------------------------------------------------------------

    def _mode_changed(self, _index: int) -> None:
        self.json_button.setVisible(self.mode == VAULT_MODE)
        self.schedule()

    def schedule(self) -> None:
        """Rebuild the preview a moment after the last change (typing a date changes it
        at every keystroke)."""
        self._generation += 1
        self.aggregate = self.published = None
        self._update_buttons()
        self._timer.start()

    def refresh(self) -> None:
        """Counts (or merges) off the GUI thread, then shows the published report."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.aggregate = self.published = None
        vault = self.vault
        counted: Callable[[], domain_report.Aggregate]
        if self.mode == VAULT_MODE:
            start, end = self.period()
            if end < start:
                self.preview.clear_report(
                    QCoreApplication.translate(
                        "ReportDialog", "Choose a period to see the report here."
                    )
                )
                set_message(
                    self.message,
                    QCoreApplication.translate("ReportDialog", "The end lies before the start."),
                    error=True,
                )
                self._update_buttons()
                return
            by = self.by

            def counted() -> domain_report.Aggregate:
                return report.build(vault, start, end, by)
        else:
            paths = self.file_paths()
            if not paths:
                self.preview.clear_report(
                    QCoreApplication.translate(
                        "ReportDialog",
                        "Add the coaches' aggregate files to see the merged report here.",
                    )
                )
                set_message(self.message, "", error=False)
                self._update_buttons()
                return

            def counted() -> domain_report.Aggregate:
                try:
                    return report.merge_files(paths)
                except domain_report.ReportFileInvalid as exc:
                    raise FileRefused(Path(exc.path or paths[0]), exc) from exc
                except OSError as exc:
                    raise FileRefused(Path(exc.filename or paths[0]), exc) from exc

        def work() -> tuple[domain_report.Aggregate, domain_report.Published, int]:
            aggregate = counted()
            threshold = report.threshold(vault)
            return aggregate, report.published(aggregate, threshold), threshold

        self.busy = True
        self._update_buttons()
        self.preview.clear_report(QCoreApplication.translate("ReportDialog", "Counting…"))
        set_message(
            self.message,
            QCoreApplication.translate("ReportDialog", "Counting…"),
            error=False,
            speak=False,
        )
        run_op(
            work,
            lambda result: self._shown(generation, result),
            lambda exc: self._failed(generation, exc),
            parent=self,
        )

    def _shown(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # the coach changed something meanwhile: a newer preview is on its way
        self.busy = False
        assert isinstance(result, tuple)
        aggregate, published, threshold = result
        self.aggregate, self.published, self.threshold = aggregate, published, threshold
        hidden = self.preview.show_report(published)
        self._show_note()
        if self.mode == MERGE_MODE:
            text = QCoreApplication.translate(
                "ReportDialog", "Merged {files} files. {hidden} cells are hidden."
            ).format(files=len(self.file_paths()), hidden=hidden)
        elif hidden:
            text = QCoreApplication.translate(
                "ReportDialog", "Preview ready. {hidden} cells are hidden."
            ).format(hidden=hidden)
        else:
            text = QCoreApplication.translate("ReportDialog", "Preview ready. No cell is hidden.")
        set_message(self.message, text, error=False)
        self._update_buttons()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.preview.clear_report(
            QCoreApplication.translate("ReportDialog", "Nothing to show: see the message below.")
        )
        text = refused_message(exc) if isinstance(exc, FileRefused) else error_message(exc)
        set_message(self.message, text, error=True)
        self._update_buttons()

    def _show_note(self) -> None:
        set_status(
            self.note,
            QCoreApplication.translate(
                "ReportDialog",
                "– : fewer than {n} mentees, or it would reveal such a cell. Only counts and means leave; never a name, a note or a person's date.",
            ).format(n=self.threshold),
            speak=False,
        )

    def _update_buttons(self) -> None:
        ready = self.published is not None and not self.busy
        for button in (self.pdf_button, self.csv_button, self.json_button):
            button.setEnabled(ready)
        self.json_button.setVisible(self.mode == VAULT_MODE)
        self.remove_button.setEnabled(bool(self.files.selectedItems()))

    # ---- saving -----------------------------------------------------------------------

    def suggested_name(self, kind: str) -> str:
        if self.mode == MERGE_MODE and self.aggregate is not None:
            start, end = self.aggregate.start, self.aggregate.end
        else:
            start, end = self.period()
        period = period_name(start, end)
        if kind == "json":
            name = QCoreApplication.translate(
                "ReportDialog", "Career-centre aggregate {period}.json"
            ).format(period=period)
        elif self.mode == MERGE_MODE:
            name = QCoreApplication.translate(
                "ReportDialog", "Career-centre report {period}, merged.{suffix}"
            ).format(period=period, suffix=kind)
        else:
            name = QCoreApplication.translate(
                "ReportDialog", "Career-centre report {period}.{suffix}"
            ).format(period=period, suffix=kind)
        return safe_file_name(name, "report." + kind)

    def choose_file(self, kind: str) -> None:
        """Asks where to save (the aggregate file after saying what it holds), then saves."""
        if self.aggregate is None:
            return
        if kind == "json" and not self._aggregate_explained():
            return
        filters = {
            "pdf": QCoreApplication.translate("ReportDialog", "PDF files (*.pdf)"),
            "csv": QCoreApplication.translate("ReportDialog", "CSV files (*.csv)"),
            "json": QCoreApplication.translate("ReportDialog", "Aggregate files (*.json)"),
        }
        titles = {
            "pdf": QCoreApplication.translate("ReportDialog", "Save the report as PDF"),
            "csv": QCoreApplication.translate("ReportDialog", "Save the report as CSV"),
            "json": QCoreApplication.translate(
                "ReportDialog", "Save the aggregate file for the centre"
            ),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, titles[kind], str(Path.home() / self.suggested_name(kind)), filters[kind]
        )
        if path:
            self.save_to(kind, Path(path))

    def _aggregate_explained(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(
            QCoreApplication.translate("ReportDialog", "Save aggregate file for the centre")
        )
        box.setText(
            QCoreApplication.translate(
                "ReportDialog",
                "The aggregate file holds the counts per cell, small ones included, so that the career centre can merge every coach's files exactly. It holds no name, note or date of a person.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "ReportDialog",
                "Hand it only to the career centre, for its merge: the centre's report hides the small cells again.",
            )
        )
        go = box.addButton(
            QCoreApplication.translate("ReportDialog", "Choose where to save…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        box.exec()
        return box.clickedButton() is go

    def save_to(self, kind: str, path: Path) -> None:
        """Writes ``path`` off the GUI thread and says so; stays open for another format."""
        aggregate = self.aggregate
        if aggregate is None:
            return
        if path.suffix.lower() != "." + kind:
            path = path.with_name(path.name + "." + kind)
        threshold, language = self.threshold, self.language
        self.busy = True
        self._update_buttons()
        set_message(
            self.message,
            QCoreApplication.translate("ReportDialog", "Saving…"),
            error=False,
            speak=False,
        )

        def work() -> None:
            if kind == "json":
                report.save_aggregate(aggregate, path)
            else:
                report.write_report(aggregate, path, threshold=threshold, language=language)

        def done(_result: object) -> None:
            self.busy = False
            text = QCoreApplication.translate("ReportDialog", "Saved {file}.").format(
                file=path.name
            )
            set_message(self.message, text, error=False)
            self._update_buttons()
            self.saved.emit(text)

        def failed(exc: BaseException) -> None:
            self.busy = False
            set_message(self.message, error_message(exc), error=True)
            self._update_buttons()

        run_op(work, done, failed, parent=self)


def screenshot_report(window: QWidget) -> QDialog:
    """For ``--screenshots`` ("report"): the dialog over ``window`` (a MainWindow with the
    demo vault open), this year by organisation, its preview built."""
    from mentorapp.gui.screenshots import wait_until

    vault = getattr(window, "vault", None)
    assert isinstance(vault, Vault)
    language = Language.NL if QLocale().language() == QLocale.Language.Dutch else Language.EN
    dialog = ReportDialog(vault, language, window)
    dialog.resize(min(1000, window.width() - 80), min(700, window.height() - 80))
    dialog.grouping.setCurrentIndex(dialog.grouping.findData("organisation"))
    dialog.refresh()
    wait_until(lambda: dialog.published is not None and not dialog.busy)
    return dialog
