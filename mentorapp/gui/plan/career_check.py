"""Beside the goals: the latest career check's lowest dimensions, as a reminder of where
the mentee scored themselves lowest (read-only; the chart is in the questionnaires tab).

Read off the GUI thread when a mentee is shown, and again when their answers change.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.questionnaires import Change, lowest_dimensions, shown_change
from mentorapp.gui.labels import short_date
from mentorapp.gui.ops import format_for_log, run_op, vault_events
from mentorapp.gui.questionnaires.reading import score_text
from mentorapp.services import questionnaires
from mentorapp.services.changes import Area, Changes
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

SHOWN = 3
"""How many of the lowest dimensions the box names."""


@dataclass(frozen=True)
class LowestScores:
    """The latest check's date and its lowest dimensions, each with its title."""

    answered_on: date
    lowest: list[tuple[str, Change]]


def read_lowest(vault: Vault, mentee_id: MenteeId) -> LowestScores | None:
    """The lowest dimensions of the mentee's latest career check (off the GUI thread)."""
    series = questionnaires.career_checks(vault, mentee_id)
    if not series:
        return None
    latest = series[-1]
    titles = questionnaires.dimension_titles(questionnaires.template(vault, latest.template_id))
    lowest = lowest_dimensions(series, SHOWN)
    return LowestScores(
        latest.answered_on, [(titles.get(c.dimension, c.dimension), c) for c in lowest]
    )


class LowestDimensionsBox(QGroupBox):
    """'Lowest in the last career check': up to three dimensions with score and change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lowestDimensions")
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self.scores: LowestScores | None = None
        self._generation = 0
        self._wanted = False
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.lines)
        vault_events().changed.connect(self._changed)
        self._show()

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        self.vault, self.mentee_id = vault, mentee_id
        self.scores = None
        self._show()
        self.reload()

    def set_wanted(self, wanted: bool) -> None:
        """Shown only where the goals are (a plan is on screen) and there is a check."""
        self._wanted = wanted
        self._show()

    def reload(self) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not vault.is_open:
            return
        self._generation += 1
        generation = self._generation

        def shown(scores: object) -> None:
            if generation == self._generation:
                self.scores = scores if isinstance(scores, LowestScores) else None
                self._show()

        def failed(exc: BaseException) -> None:
            log.warning("lowest career check scores: %s", format_for_log(exc))

        run_op(lambda: read_lowest(vault, mentee_id), shown, failed, parent=self)

    def clear(self) -> None:
        self._generation += 1
        self.vault = self.mentee_id = self.scores = None
        self._show()

    def _changed(self, changes: Changes) -> None:
        mine = self.mentee_id is not None and changes.mentee_id == self.mentee_id
        if mine and changes.touches(Area.QUESTIONNAIRES):
            self.reload()

    def _show(self) -> None:
        scores = self.scores
        self.setVisible(self._wanted and scores is not None and bool(scores.lowest))
        if scores is None:
            self.setTitle("")
            self.lines.clear()
            return
        self.setTitle(
            self.tr("Lowest in the last career check ({date})").format(
                date=short_date(scores.answered_on)
            )
        )
        self.lines.setText("\n".join(self.line(title, change) for title, change in scores.lowest))
        self.setAccessibleName(self.title())

    def line(self, title: str, change: Change) -> str:
        """'Work-life balance: 2.3 (▼ 0.4 since the check before)'."""
        text = self.tr("{dimension}: {score}").format(
            dimension=title, score=score_text(change.score)
        )
        if change.change is None:
            return text
        moved = shown_change(change.score, change.score - change.change)  # as the chart shows
        if moved == 0:
            return text
        amount = score_text(abs(moved))
        if moved > 0:
            return text + " " + self.tr("(▲ {change} since the check before)").format(change=amount)
        return text + " " + self.tr("(▼ {change} since the check before)").format(change=amount)
