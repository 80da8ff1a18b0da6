"""The use cases: every thing a coach can do, once, for the GUI and the CLI alike.

One module per family (mentees, sessions, plans, exports, vault life, search, dashboard,
demo). A service takes an open ``Vault``, opens its own unit of work, calls the
repositories and the domain rules, renders through ``mentorapp.export``, logs what left
the vault, and returns plain domain objects - writes wrapped in an ``Outcome`` that says
what changed, so the GUI can refresh the views that show it from one signal.

No Qt here: the GUI runs these calls off its thread (``gui/ops.py``), the CLI calls them
directly. Neither the GUI nor the CLI opens a database session or builds a repository.
"""
