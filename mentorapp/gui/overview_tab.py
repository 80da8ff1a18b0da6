"""The Overview tab: profile, consent, status, retention, trajectory goal, agenda, engagement,
exports."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.agenda import AgendaItem
from mentorapp.domain.enums import ExportKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Engagement, ExportRecord, Mentee
from mentorapp.domain.practice import Usage, ending_soon
from mentorapp.gui.engagement_dialog import edit_engagement
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import label, money, short_date
from mentorapp.gui.ops import run_op, run_write
from mentorapp.gui.style import ERROR_COLOUR, PRIVATE_COLOUR, set_message
from mentorapp.gui.sync.marks import MarksBox
from mentorapp.services import engagements
from mentorapp.store.vault import Vault


def hours_text(hours: float) -> str:
    """4.5 or 4,5 as the language writes it; whole hours without decimals."""
    return QLocale().toString(round(hours, 2), "g", 6)


class EngagementBox(QGroupBox):
    """Who pays, and how much of what they contracted is used (billable sessions only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Engagement"), parent)
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self.engagement: Engagement | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sponsor = QLabel()
        self.used = QLabel()
        self.period = QLabel()
        self.rate = QLabel()
        for text, value in (
            (self.tr("Sponsor"), self.sponsor),
            (self.tr("Used"), self.used),
            (self.tr("Period"), self.period),
            (self.tr("Rate"), self.rate),
        ):
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, value)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.edit_button = QPushButton(self.tr("Edit en&gagement…"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("Remove engagement…"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)

    def load(self, vault: Vault, mentee_id: MenteeId) -> None:
        """Read the engagement and its usage off the GUI thread, then show them."""
        self.vault, self.mentee_id = vault, mentee_id
        self._generation += 1
        generation = self._generation

        def shown(result: object) -> None:
            if generation == self._generation:
                assert isinstance(result, tuple)
                self.show_engagement(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                set_message(self.message, error_message(exc), error=True)

        run_op(
            lambda: (engagements.engagement(vault, mentee_id), engagements.usage(vault, mentee_id)),
            shown,
            failed,
            parent=self,
        )

    def show_engagement(self, engagement: Engagement | None, usage: Usage) -> None:
        self.engagement = engagement
        self.message.hide()
        self.edit_button.setText(
            self.tr("Edit en&gagement…") if engagement else self.tr("Add en&gagement…")
        )
        self.remove_button.setVisible(engagement is not None)
        if engagement is None:
            self.sponsor.setText(self.tr("No engagement recorded."))
            self.used.setText(self.used_text(usage))
            self.used.setStyleSheet("")
            for value in (self.period, self.rate):
                value.setText("-")
            self.period.setStyleSheet("")
            return
        self.sponsor.setText(engagement.sponsor)
        self.used.setText(self.used_text(usage))
        self.used.setStyleSheet(f"color: {PRIVATE_COLOUR};" if usage.nearly_used else "")
        start, end = engagement.start_date, engagement.end_date
        if start and end:
            period = f"{short_date(start)} – {short_date(end)}"
        elif start:
            period = self.tr("From {date}").format(date=short_date(start))
        elif end:
            period = self.tr("Until {date}").format(date=short_date(end))
        else:
            period = "-"
        self.period.setText(period)
        soon = ending_soon(end, date.today())
        self.period.setStyleSheet(f"color: {PRIVATE_COLOUR};" if soon else "")
        rate = engagement.rate_cents
        self.rate.setText(
            "-" if rate is None else self.tr("{amount} per hour").format(amount=money(rate))
        )

    def used_text(self, usage: Usage) -> str:
        """ "3 of 8 sessions, 4.5 of 12 hours"; what was not contracted is only counted."""
        if usage.contracted_sessions is not None:
            sessions = self.tr("{used} of {contracted} sessions").format(
                used=usage.sessions_used, contracted=usage.contracted_sessions
            )
        elif usage.sessions_used == 1:
            sessions = self.tr("1 session")
        else:
            sessions = self.tr("{used} sessions").format(used=usage.sessions_used)
        used = hours_text(usage.hours_used)
        if usage.contracted_hours is not None:
            hours = self.tr("{used} of {contracted} hours").format(
                used=used, contracted=hours_text(usage.contracted_hours)
            )
        elif usage.hours_used == 1:
            hours = self.tr("1 hour")
        else:
            hours = self.tr("{used} hours").format(used=used)
        return f"{sessions}, {hours}"

    def edit(self) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not vault.is_open:
            return
        edit_engagement(self, mentee_id, self.engagement, engagements.sponsors(vault), self._save)

    def remove(self) -> None:
        """After asking: the sessions stay, only what the sponsor contracted goes."""
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or self.engagement is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove engagement - Mentorapp"),
            self.tr("Remove the engagement with {sponsor}? The sessions stay as they are.").format(
                sponsor=self.engagement.sponsor
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_write(
            lambda: engagements.delete_engagement(vault, mentee_id),
            lambda _none: self.load(vault, mentee_id),
            self._failed,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        set_message(self.message, error_message(exc), error=True)

    def _save(self, engagement: Engagement) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None:
            return
        run_write(
            lambda: engagements.save_engagement(vault, engagement),
            lambda _saved: self.load(vault, mentee_id),
            self._failed,
            parent=self,
        )


class OverviewTab(QWidget):
    """A read-only summary of one mentee, with 'Edit profile…'."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scroll = QScrollArea()
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
        self.marks_box = MarksBox()  # records kept twice by a sync merge; hidden if none
        layout.addWidget(self.marks_box)

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
        self.engagement_box = EngagementBox()
        bottom.addWidget(self.engagement_box, 1)
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
        vault: Vault | None = None,
    ) -> None:
        """Shows ``mentee``; with ``vault`` the engagement box reads the engagement too."""
        v = self.values
        self.engagement_box.setVisible(vault is not None)
        if vault is not None and mentee.id is not None:
            self.engagement_box.load(vault, mentee.id)
            self.marks_box.load(vault, mentee.id)
        else:
            self.marks_box.clear()
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
