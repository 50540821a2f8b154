"""Wording for the ways out of the guide: a person to contact (configured by whoever
deploys the assistant) and deleting one's own conversation."""

from __future__ import annotations

import re

from mlcareer.format import Reply

# one address, no spaces or angle brackets: what a deployer types into HUMAN_CONTACT
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https?://[^\s<>\"']+$")
HELP_BUTTONS = [
    {"title": "How much does a bootcamp cost?", "payload": "How much does a bootcamp cost?"},
    {"title": "Do I need a degree?", "payload": "Do I need a degree?"},
    {"title": "Plan my path", "payload": "/plan_path"},
]
NO_CONTACT = ("I'm sorry: this assistant has no person to hand you over to. I'm a bot that "
              "answers questions from a career guide on becoming a machine learning engineer "
              "(degrees, skills, certifications, bootcamps, time and cost, salaries and job "
              "outlook), and I can plan a learning path with you.")
FORGET_QUESTION = ("Delete this conversation? Everything you've said here and my replies "
                   "will be removed from the assistant's records, and I'll forget what you "
                   "told me. This can't be undone.")
FORGET_YES, FORGET_NO = "Yes, delete it", "No, keep it"
FORGET_DONE = ("Done: this conversation has been deleted from the assistant's records. "
               "If you write again, it starts a new one.")
FORGET_KEPT = "OK, nothing was deleted."
FORGET_NOT_ASKED = "There's nothing to confirm. To delete this conversation, say \"forget me\"."


def contact(value: str | None) -> str | None:
    """The contact a deployer configured (an e-mail address or an http(s) URL), or None
    when it is empty or not one of those."""
    value = (value or "").strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:"):]
    if _EMAIL.match(value) or _URL.match(value):
        return value
    return None


def human_reply(configured: str | None) -> Reply:
    """The answer to "can I talk to a person?"."""
    found = contact(configured)
    if found is None:
        return Reply(NO_CONTACT + " What would you like to know?", list(HELP_BUTTONS))
    how = "write to" if "@" in found and not found.startswith("http") else "go to"
    return Reply(f"To reach a person, {how} {found}. They can help with what I can't; "
                 "I'm here for questions about the career guide in the meantime.")


def forget_question() -> Reply:
    return Reply(FORGET_QUESTION, [{"title": FORGET_YES, "payload": "/confirm_forget"},
                                   {"title": FORGET_NO, "payload": "/cancel_forget"}])
