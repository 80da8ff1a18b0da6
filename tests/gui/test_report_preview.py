"""The report preview shows a published report as it leaves: one column per group, named
metrics under their sections, a dash (read out as "suppressed") for every hidden cell."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorapp.domain.report import Aggregate, Cell, publish
from mentorapp.gui.report.labels import group_label, metric_label, section_label
from mentorapp.gui.report.preview import SUPPRESSED, ReportPreview, format_value


def aggregate(sizes: dict[str, int]) -> Aggregate:
    groups = {
        label.casefold(): {
            "mentees.active": Cell(n, n),
            "sessions.career_conversation": Cell(2 * n, n),
            "check.energy.sum": Cell(3.5 * n, n),
        }
        for label, n in sizes.items()
    }
    labels = {label.casefold(): label for label in sizes}
    return Aggregate(date(2025, 1, 1), date(2025, 12, 31), "department", groups, 1, labels)


def test_metrics_have_names_in_their_sections() -> None:
    assert section_label("sessions") == "Conversations held"
    assert metric_label("sessions.career_conversation") == "Career conversation"
    assert metric_label("moves.lateral") == "Lateral move"
    assert metric_label("moves.crafting") == "Job crafting in the current role"
    assert metric_label("check.energy.mean") == "Energy and vitality: mean"
    assert metric_label("check.support.change") == "Support from the organisation: mean change"
    assert metric_label("something.new") == "something.new"  # shown, never dropped
    assert group_label("", None) == "Everyone"
    assert group_label("", "department") == "All groups"
    assert group_label("\x00other", "department") == "Other groups together"
    assert format_value("sessions.total", 12) == "12"
    assert format_value("check.energy.mean", 3.5) == "3.5"
    assert format_value("engagements.hours", 7) == "7.0"


def test_groups_of_four_and_six_beside_two_of_five(qtbot: QtBot) -> None:
    published = publish(aggregate({"Finance": 4, "Sales": 6, "Legal": 5, "HR": 5}), 5)
    tree = ReportPreview()
    qtbot.addWidget(tree)
    hidden = tree.show_report(published)
    assert hidden == published.suppressed > 0
    header = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert header[:2] == ["Metric", "All groups"]
    assert "Finance" not in header and header[-1] == "Other groups together"
    sections = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Mentees" in sections and "Career check" in sections
    coached = tree.findItems(
        "Coached in the period", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )[0]
    assert coached.text(1) == "20"
    other = header.index("Other groups together")
    assert coached.text(other) == SUPPRESSED
    assert coached.data(other, Qt.ItemDataRole.AccessibleTextRole) == "suppressed"
    shown = [coached.text(c) for c in range(1, tree.columnCount())]
    assert "4" not in shown
    assert shown.count(SUPPRESSED) >= 2  # the small cell and one that would reveal it


def test_an_empty_preview_says_why(qtbot: QtBot) -> None:
    tree = ReportPreview()
    qtbot.addWidget(tree)
    tree.clear_report("Counting…")
    assert tree.topLevelItemCount() == 0
    assert tree.accessibleDescription() == "Counting…"
    tree.show()
    assert not tree.grab().isNull()
