"""A mentee's attachments: files kept inside the encrypted vault, and their viewer."""

from mentorapp.gui.attachments.page import AttachmentsPage

__all__ = ["AttachmentsPage"]
