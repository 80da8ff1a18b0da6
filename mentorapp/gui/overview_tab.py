"""The Overview tab: profile, consent, status, retention, trajectory goal, agenda, exports."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.agenda import AgendaItem
from mentorapp.domain.enums import ExportKind
from mentorapp.domain.model import ExportRecord, Mentee
from mentorapp.gui.labels import label, short_date
from mentorapp.gui.style import ERROR_COLOUR


class OverviewTab(QWidget):
    """A read-only summary of one mentee, with 'Edit profile…'."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Mentee overview"))
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        head = QHBoxLayout()
        self.name = QLabel()
        self.name.setObjectName("sectionTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.name, 1)
        self.edit_button = QPushButton(self.tr("&Edit profile…"))
        self.edit_button.clicked.connect(self.edit_requested)
        head.addWidget(self.edit_button)
        layout.addLayout(head)

        columns = QHBoxLayout()
        profile = QGroupBox(self.tr("Profile"))
        self.profile_form = QFormLayout(profile)
        columns.addWidget(profile, 1)
        track = QGroupBox(self.tr("Trajectory"))
        self.track_form = QFormLayout(track)
        columns.addWidget(track, 1)
        layout.addLayout(columns)

        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("organisation", self.tr("Organisation")),
            ("department", self.tr("Department")),
            ("role", self.tr("Current role")),
            ("contact", self.tr("Contact")),
            ("referral", self.tr("Referred by")),
            ("tags", self.tr("Tags")),
        ):
            self.profile_form.addRow(text, self._value(key))
        for key, text in (
            ("status", self.tr("Status")),
            ("period", self.tr("Since")),
            ("consent", self.tr("Consent")),
            ("retention", self.tr("Keep records until")),
            ("language", self.tr("Language of exports")),
        ):
            self.track_form.addRow(text, self._value(key))

        goal_box = QGroupBox(self.tr("Goal of the trajectory"))
        goal_layout = QVBoxLayout(goal_box)
        goal_layout.addWidget(self._value("goal"))
        layout.addWidget(goal_box)

        agenda_box = QGroupBox(self.tr("Upcoming and overdue"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self._value("agenda"))
        layout.addWidget(agenda_box)

        bottom = QHBoxLayout()
        exports_box = QGroupBox(self.tr("Handed over"))
        QVBoxLayout(exports_box).addWidget(self._value("exports"))
        bottom.addWidget(exports_box, 1)
        layout.addLayout(bottom)
        layout.addStretch()

    def _value(self, key: str) -> QLabel:
        value = QLabel()
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setTextFormat(Qt.TextFormat.PlainText)
        self.values[key] = value
        return value

    def show_mentee(
        self,
        mentee: Mentee,
        agenda: list[AgendaItem],
        exports: list[ExportRecord],
    ) -> None:
        v = self.values
        self.name.setText(mentee.display_name)
        v["organisation"].setText(mentee.organisation or "-")
        v["department"].setText(mentee.department or "-")
        v["role"].setText(mentee.current_role or "-")
        # One line each; a phone number never breaks in the middle (no-break spaces).
        phone = mentee.phone.replace(" ", "\u00a0").replace("-", "\u2011")
        v["contact"].setText("\n".join(x for x in (mentee.email, phone) if x) or "-")
        v["referral"].setText(mentee.referral or "-")
        v["tags"].setText(", ".join(mentee.tags) or "-")
        v["status"].setText(label(mentee.status))
        period = short_date(mentee.start_date)
        if mentee.close_date:
            period += " – " + short_date(mentee.close_date)
        v["period"].setText(period)
        if mentee.consent_given:
            consent = self.tr("Given on {date}").format(date=short_date(mentee.consent_date))
            if mentee.consent_scope:
                consent += f" ({mentee.consent_scope})"
        else:
            consent = self.tr("Not recorded: ask for it and note it in the profile (F2)")
        v["consent"].setText(consent)
        v["consent"].setStyleSheet("" if mentee.consent_given else f"color: {ERROR_COLOUR};")
        retention = short_date(mentee.retention_until)
        past = mentee.retention_until is not None and mentee.retention_until < date.today()
        v["retention"].setText(
            retention + (" - " + self.tr("past, erase or extend") if past else "")
        )
        v["retention"].setStyleSheet(f"color: {ERROR_COLOUR};" if past else "")
        v["language"].setText("Nederlands" if mentee.export_language.value == "nl" else "English")
        v["goal"].setText(mentee.trajectory_goal or self.tr("No goal written down yet."))
        v["agenda"].setTextFormat(Qt.TextFormat.RichText)
        v["agenda"].setText(self._agenda_html(agenda))
        if exports:
            lines = [
                self.tr("{what}, {date}, SHA-256 {hash}").format(
                    what=self.export_kind(record.what),
                    date=short_date(record.exported_at),
                    hash=record.file_sha256[:12] + "…",
                )
                for record in sorted(exports, key=lambda r: r.exported_at, reverse=True)[:8]
            ]
            v["exports"].setText("\n".join(lines))
        else:
            v["exports"].setText(self.tr("Nothing handed over yet."))

    def export_kind(self, what: str) -> str:
        known = {kind.value: kind for kind in ExportKind}
        return label(known[what]) if what in known else what

    def _agenda_html(self, agenda: list[AgendaItem]) -> str:
        if not agenda:
            return html.escape(self.tr("Nothing planned or due."))
        rows = []
        for item in agenda:
            text = f"{short_date(item.when)} · {label(item.kind)}"
            if item.text:
                text += f" · {item.text}"  # a title may hold a colon itself
            if item.overdue:
                text += " (" + self.tr("overdue") + ")"
                rows.append(f'<span style="color:{ERROR_COLOUR}">{html.escape(text)}</span>')
            else:
                rows.append(html.escape(text))
        return "<br>".join(rows)
