"""Beside the session editor: the conversation guide for the session's kind and, beside a
career conversation, the mentee's latest preparation answers - read-only, each part folds.

The panel reads on its own, off the GUI thread (the mentee's export language, the guides
in that language, the latest preparation), and reads again when a write touches them. The
guide is in the mentee's language because its headings may start the shared summary,
which goes to the employee. Only shared text is shown: the coach's private reading of the
answers stays in the questionnaires tab.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import Language, QuestionKind, SessionKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    ConversationGuide,
    Question,
    QuestionnaireResponse,
    QuestionnaireTemplate,
)
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import short_date
from mentorapp.gui.ops import format_for_log, run_op, vault_events
from mentorapp.services import mentees, questionnaires
from mentorapp.services.changes import Area, Changes
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

Preparation = tuple[QuestionnaireTemplate, QuestionnaireResponse]


@dataclass(frozen=True)
class SideContent:
    """What the panel shows for one mentee, whatever kind of session is open."""

    language: Language
    guides: dict[SessionKind, ConversationGuide]
    preparation: Preparation | None


def read_side_content(vault: Vault, mentee_id: MenteeId) -> SideContent:
    """The mentee's guides and latest preparation (runs off the GUI thread)."""
    language = mentees.get_mentee(vault, mentee_id).export_language
    return SideContent(
        language,
        questionnaires.guides(vault, language),
        questionnaires.latest_preparation(vault, mentee_id),
    )


def guide_html(guide: ConversationGuide | None) -> str:
    """The guide's steps as rich text: each heading in bold, its prompt below."""
    if guide is None or not guide.steps:
        return ""
    return "".join(
        f"<p><b>{index}. {escape(step.heading)}</b>"
        + (f"<br>{escape(step.prompt)}" if step.prompt.strip() else "")
        + "</p>"
        for index, step in enumerate(guide.steps, start=1)
    )


def answer_text(question: Question, answer: str) -> str:
    """An answer as the panel shows it; a scale item with its range."""
    answer = answer.strip()
    if question.kind is QuestionKind.SCALE and answer:
        return f"{answer} ({question.low}-{question.high})"
    return answer


class Fold(QWidget):
    """A titled part that folds away: a button with an arrow, then its body."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self.button = QToolButton()
        self.button.setCheckable(True)
        self.button.setChecked(True)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button.setObjectName("foldButton")
        self.button.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button)
        layout.addWidget(body, 1)
        self._toggled(True)

    def set_title(self, title: str) -> None:
        self.button.setText(title)
        self.button.setAccessibleName(title)

    @property
    def open(self) -> bool:
        return self.button.isChecked()

    def _toggled(self, opened: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.button.setToolTip(self.tr("Fold away") if opened else self.tr("Unfold"))
        self.body.setVisible(opened)
        # A folded part gives its height to the open one.
        policy = QSizePolicy.Policy.Expanding if opened else QSizePolicy.Policy.Fixed
        self.setSizePolicy(QSizePolicy.Policy.Preferred, policy)


def _reader(name: str) -> QTextBrowser:
    view = QTextBrowser()
    view.setOpenLinks(False)
    view.setAccessibleName(name)
    view.setFrameShape(QFrame.Shape.NoFrame)
    return view


class SessionSidePanel(QFrame):
    """The guide for the shown session's kind; the preparation beside a career conversation."""

    loaded = Signal()  # new content is shown (the editor offers 'Start from the guide')

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSide")
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self.kind = SessionKind.CAREER_CONVERSATION
        self.content: SideContent | None = None
        self._generation = 0
        self.guide_view = _reader(self.tr("Conversation guide"))
        self.guide_fold = Fold(self.guide_view)
        self.preparation_view = _reader(self.tr("The mentee's preparation"))
        self.preparation_fold = Fold(self.preparation_view)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.guide_fold, 1)
        layout.addWidget(self.preparation_fold, 1)
        layout.addStretch(0)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        vault_events().changed.connect(self._changed)
        self._show()

    # ---- public ---------------------------------------------------------------------

    def show_mentee(self, vault: Vault, mentee_id: MenteeId | None) -> None:
        """Read what to show beside ``mentee_id``'s sessions (unless already shown)."""
        if vault is self.vault and mentee_id == self.mentee_id and self.content is not None:
            return
        self.vault, self.mentee_id = vault, mentee_id
        self.content = None
        self._show()
        self.reload()

    def set_kind(self, kind: SessionKind) -> None:
        """Show the guide of ``kind`` (and the preparation only beside a career conversation)."""
        self.kind = kind
        self._show()

    def guide(self) -> ConversationGuide | None:
        """The guide of the shown kind, once read."""
        return self.content.guides.get(self.kind) if self.content else None

    def reload(self) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not vault.is_open:
            return
        self._generation += 1
        generation = self._generation

        def shown(content: object) -> None:
            if generation == self._generation and isinstance(content, SideContent):
                self.message.hide()
                self.content = content
                self._show()
                self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                log.warning("session side panel: %s", format_for_log(exc))
                self.message.setText(error_message(exc))
                self.message.show()

        run_op(lambda: read_side_content(vault, mentee_id), shown, failed, parent=self)

    def clear(self) -> None:
        """Forget everything shown (on lock); a read still under way is ignored."""
        self._generation += 1
        self.vault = self.mentee_id = self.content = None
        self.message.clear()
        self.message.hide()
        self._show()

    # ---- inside ---------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if self.mentee_id is None:
            return
        mine = changes.mentee_id == self.mentee_id
        if changes.touches(Area.TEMPLATES) or (
            mine and changes.touches(Area.QUESTIONNAIRES, Area.PROFILE)
        ):
            self.reload()

    def _show(self) -> None:
        self.guide_fold.set_title(self.tr("Guide"))  # the kind is in the combo box above
        guide = self.guide()
        if self.content is None:
            self.guide_view.clear()
        elif guide is None or not guide.steps:
            self.guide_view.setHtml(
                escape(
                    self.tr(
                        "No guide for this kind of session yet: write one in File > Conversation guides…"
                    )
                )
            )
        else:
            self.guide_view.setHtml(guide_html(guide))
        beside_preparation = self.kind is SessionKind.CAREER_CONVERSATION
        self.preparation_fold.setVisible(beside_preparation)
        preparation = self.content.preparation if self.content else None
        self.preparation_fold.set_title(self.tr("Preparation"))
        if preparation is None:
            self.preparation_view.setHtml(
                ""
                if self.content is None
                else escape(
                    self.tr(
                        "No preparation answers yet. Enter them in the Questionnaires tab when the mentee has filled in the preparation."
                    )
                )
            )
            return
        template, response = preparation
        self.preparation_view.setHtml(self._preparation_html(template, response))

    def _preparation_html(
        self, template: QuestionnaireTemplate, response: QuestionnaireResponse
    ) -> str:
        """Each section's title, then its items with the employee's answers."""
        not_answered = escape(self.tr("(not answered)"))
        answered = self.tr("Answered on {date}").format(date=short_date(response.answered_on))
        parts = [f"<p><i>{escape(answered)}</i></p>"]
        keys = [s.key for s in template.sections] or [""]
        keys += [q.section for q in template.questions if q.section not in keys]
        for key in dict.fromkeys(keys):
            items = [q for q in template.questions if q.section == key]
            if not items:
                continue
            section = template.section(key)
            if section is not None and section.title:
                parts.append(f"<h4>{escape(section.title)}</h4>")
            for question in items:
                answer = answer_text(question, response.answers.get(question.key, ""))
                shown = escape(answer).replace("\n", "<br>") if answer else f"<i>{not_answered}</i>"
                parts.append(f"<p><i>{escape(question.text)}</i><br>{shown}</p>")
        return "".join(parts)
