"""The plan tab's version bar: pick a version, and share, agree, archive, copy or compare it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mentorapp.domain import plan_lifecycle as lifecycle
from mentorapp.domain.enums import PlanStatus
from mentorapp.domain.model import DevelopmentPlan, PlanTemplate
from mentorapp.gui.labels import label, short_date
from mentorapp.gui.style import set_status
from mentorapp.services.plans import Step


class PlanVersionBar(QWidget):
    """Shows which version is on screen and offers the steps that version allows.

    It only asks: each button becomes a signal, and the tab does the work.
    """

    version_chosen = Signal(int)
    new_plan_requested = Signal()
    step_requested = Signal(object)  # a services.plans.Step
    new_draft_requested = Signal()
    duplicate_requested = Signal()
    compare_requested = Signal()
    export_requested = Signal()
    save_template_requested = Signal()
    template_plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.version_combo = QComboBox()
        self.version_combo.setAccessibleName(self.tr("Plan version"))
        # As wide as its longest version, not as the versions it first showed.
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.currentIndexChanged.connect(self._chosen)
        self.version_label = QLabel(self.tr("Version"))
        self.version_label.setBuddy(self.version_combo)
        bar.addWidget(self.version_label)
        bar.addWidget(self.version_combo)
        self.status_label = QLabel()
        bar.addWidget(self.status_label)
        bar.addStretch()
        self.new_button = QPushButton(self.tr("&New plan"))
        self.new_button.clicked.connect(self.new_plan_requested)
        self.share_button = QPushButton(self.tr("S&hare"))
        self.share_button.setToolTip(self.tr("Freeze this version to hand it to the employee"))
        self.share_button.clicked.connect(lambda: self.step_requested.emit(Step.SHARE))
        self.agree_button = QPushButton(self.tr("A&greed"))
        self.agree_button.setToolTip(self.tr("The employee agreed: freeze this version"))
        self.agree_button.clicked.connect(lambda: self.step_requested.emit(Step.AGREE))
        self.edit_button = QPushButton(self.tr("&Edit as new draft"))
        self.edit_button.clicked.connect(self.new_draft_requested)
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.compare_button.clicked.connect(self.compare_requested)
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.clicked.connect(self.export_requested)
        # A push button with a menu: Fusion draws its arrow beside the text, where a tool
        # button squeezed it into the corner.
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More plan actions"))
        more = QMenu(self.more_button)
        self.act_archive = more.addAction(self.tr("Archive this plan"))
        self.act_archive.triggered.connect(lambda: self.step_requested.emit(Step.ARCHIVE))
        self.act_duplicate = more.addAction(self.tr("Duplicate as a new draft"))
        self.act_duplicate.triggered.connect(self.duplicate_requested)
        self.act_save_template = more.addAction(self.tr("Save as template…"))
        self.act_save_template.triggered.connect(self.save_template_requested)
        self.act_from_template = more.addAction(self.tr("New plan from template…"))
        self.act_from_template.triggered.connect(self.template_plan_requested)
        self.more_button.setMenu(more)
        for button in (
            self.new_button,
            self.share_button,
            self.agree_button,
            self.edit_button,
            self.compare_button,
            self.export_button,
            self.more_button,
        ):
            bar.addWidget(button)

    def _chosen(self, _index: int) -> None:
        version = self.version_combo.currentData()
        if version is not None:
            self.version_chosen.emit(int(version))

    def show_versions(self, versions: list[DevelopmentPlan], shown: DevelopmentPlan | None) -> None:
        """List ``versions`` newest first and select ``shown`` (no signal)."""
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for plan in reversed(versions):
            text = self.tr("v{number} · {status}").format(
                number=plan.version, status=label(plan.status)
            )
            if plan.frozen_at:
                text += " · " + short_date(plan.frozen_at.date())
            self.version_combo.addItem(text, plan.version)
        if shown is not None:
            self.version_combo.setCurrentIndex(self.version_combo.findData(shown.version))
        self.version_combo.blockSignals(False)

    def select_version(self, version: int) -> None:
        """Put the combo back on ``version`` (no signal), e.g. when a switch was refused."""
        self.version_combo.blockSignals(True)
        self.version_combo.setCurrentIndex(self.version_combo.findData(version))
        self.version_combo.blockSignals(False)

    def show_state(
        self, plan: DevelopmentPlan | None, versions: list[DevelopmentPlan], has_mentee: bool
    ) -> None:
        """Show the buttons that fit ``plan`` (None: no plan, or no mentee)."""
        has = plan is not None
        editable = plan is not None and lifecycle.is_editable(plan)
        latest = plan is not None and plan.version == max(p.version for p in versions)
        self.version_combo.setVisible(has)
        self.new_button.setVisible(not has and has_mentee)
        self.share_button.setVisible(editable)
        self.agree_button.setVisible(
            plan is not None and plan.status in (PlanStatus.DRAFT, PlanStatus.SHARED) and latest
        )
        self.edit_button.setVisible(has and not editable and latest)
        self.compare_button.setVisible(
            plan is not None and any(p.version < plan.version for p in versions)
        )
        self.export_button.setVisible(has)
        self.act_archive.setEnabled(plan is not None and plan.status != PlanStatus.ARCHIVED)
        self.act_duplicate.setEnabled(has)
        self.act_save_template.setEnabled(has)
        self.more_button.setVisible(has_mentee)
        if plan is None:
            set_status(self.status_label, "")
        else:
            set_status(
                self.status_label,
                self.tr("Draft - you can edit it")
                if editable
                else self.tr("Frozen version - read only"),
            )

    def clear(self) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        self.version_combo.blockSignals(False)

    # ---- asking about templates -----------------------------------------------------

    def ask_template_name(self, suggestion: str) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as template - Mentorapp"),
            self.tr("Name of the template:"),
            text=suggestion,
        )
        return name.strip() if ok and name.strip() else None

    def choose_template(self, templates: list[PlanTemplate]) -> PlanTemplate | None:
        """Let the coach pick a template; says so when there is none yet."""
        if not templates:
            QMessageBox.information(
                self,
                self.tr("Templates - Mentorapp"),
                self.tr(
                    "There are no templates yet. Open a plan and choose More > Save as template."
                ),
            )
            return None
        names = [t.name for t in templates]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("New plan from template - Mentorapp"),
            self.tr("Template:"),
            names,
            0,
            False,
        )
        return templates[names.index(name)] if ok else None
