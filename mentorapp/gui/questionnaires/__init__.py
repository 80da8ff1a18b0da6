"""The Questionnaires tab: answers by date, the response editor, templates, the career check."""

from mentorapp.gui.questionnaires.tab import QuestionnairesTab

__all__ = ["QuestionnairesTab"]
