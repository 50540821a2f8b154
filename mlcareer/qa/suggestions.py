"""Natural next questions offered as buttons after an answer, and intent titles.

Pure look-up over the result of ``answers.answer``: up to three follow-ups on
the same subject, each a button whose payload names its intent and subject so
that it works without any context.
"""

from __future__ import annotations

import json

from mlcareer.format import Button
from mlcareer.knowledge import KnowledgeBase, Subject
from mlcareer.qa.answers import (
    ASPECT_FACTS,
    ASPECT_INTENTS,
    Comparison,
    FactAnswer,
    Result,
    SubjectAnswer,
    TopicAnswer,
)

MAX_SUGGESTIONS = 3
ASPECT_INTENT = {aspect: intent for intent, aspect in ASPECT_INTENTS.items()}
ASPECT_QUESTIONS = {
    "cost": "What does it cost?",
    "duration": "How long does it take?",
    "salary": "What do they earn?",
    "outlook": "How fast is it growing?",
}
# Readable names of the intents, for buttons (two-stage fallback) and logs.
INTENT_TITLES = {
    "ask_role": "What an ML engineer does",
    "ask_work_environments": "Where ML engineers work",
    "ask_mle_vs_ds": "ML engineer vs data scientist",
    "ask_skills": "Skills you need",
    "ask_soft_skills": "Soft skills",
    "ask_languages": "Programming languages",
    "ask_frameworks": "Frameworks and tools",
    "ask_degree_needed": "Do you need a degree?",
    "ask_qualifications": "Qualifications",
    "ask_which_degree": "Which degree to get",
    "ask_courses": "Courses and math",
    "ask_online_learning": "Online learning",
    "ask_experience": "Getting experience",
    "ask_internships": "Internships",
    "ask_entry_level": "Entry-level roles",
    "ask_portfolio": "Building a portfolio",
    "ask_freelance": "Freelancing",
    "ask_kaggle": "Kaggle and hackathons",
    "ask_networking": "Networking and mentorship",
    "ask_certifications": "Certifications",
    "ask_cert_benefits": "Are certifications worth it?",
    "ask_choose_cert": "Choosing a certification",
    "ask_bootcamps": "Bootcamps",
    "ask_compare": "Comparing paths or jobs",
    "ask_cost": "Costs",
    "ask_duration": "How long it takes",
    "ask_timeline_factors": "What speeds it up or slows it down",
    "ask_manage_costs": "Saving money",
    "ask_salary": "Salaries",
    "ask_outlook": "Job outlook",
    "ask_tips": "Tips for success",
    "ask_stay_updated": "Staying up to date",
    "ask_next_steps": "Next steps",
    "inform": "More about that",
    "greet": "Saying hello",
    "goodbye": "Saying goodbye",
    "thanks": "Saying thanks",
    "bot_challenge": "Who I am",
    "help": "What I can do",
    "out_of_scope": "Something I don't cover",
}
# Follow-ups for answers about a topic of the guide (by the first topic's id).
RELATED_TOPICS = {
    "role": ("ask_work_environments", "ask_skills", "ask_mle_vs_ds"),
    "work_environments": ("ask_outlook", "ask_role"),
    "mle_vs_ds": ("ask_compare", "ask_role"),
    "key_skills": ("ask_languages", "ask_soft_skills", "ask_courses"),
    "soft_skills": ("ask_skills", "ask_networking"),
    "languages": ("ask_frameworks", "ask_courses"),
    "frameworks": ("ask_languages", "ask_certifications"),
    "degree_needed": ("ask_certifications", "ask_portfolio", "ask_online_learning"),
    "qualifications": ("ask_degree_needed", "ask_which_degree", "ask_experience"),
    "education_overview": ("ask_compare", "ask_courses", "ask_online_learning"),
    "foundational_courses": ("ask_languages", "ask_online_learning"),
    "online_learning": ("ask_manage_costs", "ask_certifications"),
    "experience": ("ask_internships", "ask_portfolio", "ask_kaggle"),
    "internships": ("ask_portfolio", "ask_entry_level"),
    "entry_level": ("ask_freelance", "ask_portfolio"),
    "freelance": ("ask_portfolio", "ask_kaggle"),
    "portfolio": ("ask_kaggle", "ask_freelance", "ask_networking"),
    "kaggle": ("ask_portfolio", "ask_networking"),
    "networking": ("ask_stay_updated", "ask_tips"),
    "certifications": ("ask_cert_benefits", "ask_choose_cert", "ask_cost"),
    "cert_benefits": ("ask_choose_cert", "ask_certifications"),
    "choose_cert": ("ask_certifications", "ask_cost"),
    "manage_costs": ("ask_online_learning", "ask_compare"),
    "timeline_factors": ("ask_duration", "ask_bootcamps"),
    "timeline": ("ask_timeline_factors", "ask_compare"),
    "tips": ("ask_stay_updated", "ask_next_steps"),
    "stay_updated": ("ask_networking", "ask_tips"),
    "next_steps": ("ask_certifications", "ask_online_learning", "ask_networking"),
}


def payload(intent: str, subject: Subject | None = None) -> str:
    return f"/{intent}{json.dumps({subject.kind: subject.id})}" if subject else f"/{intent}"


def button(title: str, intent: str, subject: Subject | None = None) -> Button:
    return {"title": title, "payload": payload(intent, subject)}


def _aspect_buttons(kb: KnowledgeBase, subject: Subject, skip: set[str]) -> list[Button]:
    buttons = []
    for aspect, kb_aspects in ASPECT_FACTS.items():
        if aspect in skip or not any(kb.facts_for(subject.id, a) for a in kb_aspects):
            continue
        buttons.append(button(ASPECT_QUESTIONS[aspect], ASPECT_INTENT[aspect], subject))
    return buttons


def subject_questions(kb: KnowledgeBase, subject: Subject) -> list[Button]:
    """What can be asked about a subject: its figures, or else what the guide says of it."""
    buttons = _aspect_buttons(kb, subject, set())
    if not buttons:
        buttons = [button(f"About {subject.label}", "inform", subject)]
    return buttons[:MAX_SUGGESTIONS]


def suggest(kb: KnowledgeBase, result: Result) -> list[Button]:
    """Up to three buttons with natural next questions."""
    buttons: list[Button] = []
    if isinstance(result, FactAnswer) and len(result.rows) == 1 and not result.overview:
        subject = result.rows[0].subject
        buttons = _aspect_buttons(kb, subject, {result.aspect})
        if subject.kind == "occupation":
            buttons.append(button("Compare with other jobs", "ask_compare", subject))
        elif subject.kind in ("education", "certification", "bootcamp"):
            buttons.append(button("Compare the paths", "ask_compare"))
    elif isinstance(result, FactAnswer | Comparison):
        buttons = [button("Ways to save money", "ask_manage_costs"),
                   button("What speeds it up?", "ask_timeline_factors")]
        jobs = ("salary", "outlook")  # occupations' figures, side by side: not the routes'
        if (isinstance(result, Comparison) and result.aspects == jobs) or (
                isinstance(result, FactAnswer) and result.aspect in jobs):
            buttons = [button("ML engineer vs data scientist", "ask_mle_vs_ds"),
                       button("Where ML engineers work", "ask_work_environments")]
    elif isinstance(result, SubjectAnswer):
        subject = result.subject
        if subject.kind == "certification":
            buttons = [button("Are certifications worth it?", "ask_cert_benefits"),
                       button("How to choose one", "ask_choose_cert")]
        elif subject.kind in ("education", "bootcamp"):
            buttons = [button("Compare the paths", "ask_compare"),
                       button("Ways to save money", "ask_manage_costs")]
        elif subject.kind == "occupation":
            buttons = _aspect_buttons(kb, subject, set())
    elif isinstance(result, TopicAnswer):
        buttons = [button(INTENT_TITLES[intent], intent)
                   for intent in RELATED_TOPICS.get(result.topics[0], ())]
    return buttons[:MAX_SUGGESTIONS]


# The classifier's second reading of a question, offered as a button when it was nearly as
# likely as the one answered ("Is a master's worth it for a developer?" answered as which
# degree, with "Do you need a degree?" one click away). Development real questions
# (session 18): of the 167 answered with another topic than the labelled one, the
# labelled one was the second choice for 68, 41 of them at 0.3 of the first or more;
# end to end, one click away 643 -> 657 of 887 (0.15 instead of 0.3: 661).
CLOSE_SECOND = 0.3
TOPIC_BUTTONS = 3


def with_close_second(buttons: list[Button], ranking: object, answered: str) -> list[Button]:
    """``buttons`` with the classifier's second guide question first, when its confidence
    is at least ``CLOSE_SECOND`` of the answered one's and it is not offered already;
    at most ``TOPIC_BUTTONS``. ``ranking``: Rasa's intent ranking of the message."""
    rows = [r for r in ranking if isinstance(r, dict)] if isinstance(ranking, list) else []
    scores = {str(r.get("name")): float(r.get("confidence") or 0.0) for r in rows}
    top = scores.get(answered, 0.0)
    second = next((name for name in scores if name != answered and name in TOPIC_TITLES), None)
    offered = {b.get("payload") for b in buttons}
    if (second is None or top <= 0.0 or scores[second] < CLOSE_SECOND * top
            or payload(second) in offered):
        return buttons
    return [button(INTENT_TITLES[second], second), *buttons][:TOPIC_BUTTONS]


# the guide's questions (not chit-chat, a mention or a decline)
TOPIC_TITLES = {intent: title for intent, title in INTENT_TITLES.items()
                if intent.startswith("ask_")}
