"""The Career moves pages of a mentee's workspace, as a package of small widgets.

``safaris`` (career safaris), ``crafting`` (the job crafting canvas), ``skills`` (the
skills inventory, with ``catalogue``, the coach's skills per organisation) and
``moves_log`` (the moves and the trajectory's outcome); ``stories`` is the coach's
library of career stories, which belongs to no mentee.
"""
