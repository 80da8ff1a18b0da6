"""The Development plan tab, as a package of small widgets.

``tab`` puts them together and autosaves through ``writer``; ``version_bar`` picks the
version and offers the lifecycle steps; ``form`` holds the plan's own fields; ``goals``
and ``lists`` (on ``list_section``) edit the goals with their actions, the obstacles and
the development activities; ``compare`` shows what changed since the previous version.
"""

from mentorapp.gui.plan.tab import PlanTab

__all__ = ["PlanTab"]
