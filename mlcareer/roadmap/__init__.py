"""The personal roadmap: profile fields (``profile``), reading typed answers
(``reading``), answer-or-interruption (``replies``), the plan (``planner``), its words
(``wording``)."""
