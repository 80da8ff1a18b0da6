"""File > Import: clients from a CSV file and notes from a folder, as wizards."""

from mentorapp.gui.imports.clients import ClientImportWizard
from mentorapp.gui.imports.notes import NotesImportWizard

__all__ = ["ClientImportWizard", "NotesImportWizard"]
