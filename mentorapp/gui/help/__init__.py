"""The Help menu: the user guide, About Mentorapp, Copy diagnostics, and the GUI's log.

The menu wires these three (``gui/main_menu.py``); each takes the main window. The
dialogs are imported when first asked for, so the help package costs the start nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def show_user_guide(window: QWidget) -> None:
    """Help > User guide: the guide in the app's language, beside the window (one per
    window; asking again brings it to the front)."""
    from mentorapp.gui.help.guide import UserGuideDialog

    UserGuideDialog.show_for(window)


def show_about(window: QWidget) -> None:
    """Help > About Mentorapp: versions and licences."""
    from mentorapp.gui.help.about import AboutDialog

    AboutDialog.show_for(window)


def copy_diagnostics(window: QWidget) -> str:
    """Help > Copy diagnostics: versions and the last lines of the log onto the clipboard
    (nothing from the vault); says so in the window. Returns the text copied."""
    from mentorapp.gui.help.diagnostics import copy_diagnostics as copy

    return copy(window)


def start_gui_log() -> None:
    """The diagnostic log of the desktop app, with Qt's own messages in it (once)."""
    from mentorapp.gui.help.diagnostics import start_gui_log as start

    start()


__all__ = ["copy_diagnostics", "show_about", "show_user_guide", "start_gui_log"]
