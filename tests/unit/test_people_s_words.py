"""People's own ways of asking (session 13: found by trying the assistant as a user and
with a new development set of messy phrasings): ends and measures read apart ("pays the
worst"), a place in a ranking, comparisons with the occupations talked about, "-wise"
follow-ups, "each" and "it", questions about the data, "what is" a named thing. Expected
figures are computed from the knowledge base here, never copied from replies."""

from __future__ import annotations

import pytest

from components.novelty import relabel_by_words
from mlcareer.qa.answers import Context
from mlcareer.qa.compose import aspects_in, subject_swap
from mlcareer.qa.context import referred
from mlcareer.qa.rankings import ranking
from mlcareer.qa.rescue import asks_provenance
from tests.data.questions import usd

OCCUPATIONS = ["research_scientists", "software_developers", "data_scientists", "it_managers",
               "hardware_engineers"]


def wage(kb, subject):
    return kb.facts_for(subject, "median_wage")[0].value.value


def by_pay(kb, highest=True):
    return sorted(OCCUPATIONS, key=lambda s: wage(kb, s), reverse=highest)


@pytest.mark.parametrize("question, highest", [
    ("which job on the list pays the worst", False),
    ("who makes the most $$ of these roles", True),
    ("top earners?", True),
    ("lowest salaries of the bunch?", False),
])
def test_an_end_and_a_measure_in_any_words_rank_the_occupations(kb, question, highest):
    found = ranking(kb, question, [])
    assert found is not None and found.intent == "ask_salary"
    first = found.reply.text.splitlines()[0]
    assert kb.subjects[by_pay(kb, highest)[0]].label in first
    assert usd(wage(kb, by_pay(kb, highest)[0])) in first


def test_a_place_in_the_ranking(kb):
    found = ranking(kb, "which job is #2 for pay", [])
    second = by_pay(kb)[1]
    assert found is not None and kb.subjects[second].label in found.reply.text.splitlines()[0]
    assert "second highest" in found.reply.text


def test_the_fewest_jobs_added_is_the_low_end_of_jobs_added(kb):
    found = ranking(kb, "least new jobs added thru 2033, which role", [])
    rows = [(s, kb.facts_for(s, "jobs_added")) for s in OCCUPATIONS]
    fewest = min((f[0].value.value, s) for s, f in rows if f)[1]
    assert found is not None and kb.subjects[fewest].label in found.reply.text.splitlines()[0]


@pytest.mark.parametrize("question", [
    "what makes the most sense for me?", "which job is best?", "is the best way a degree?",
    "what do the top earners among research scientists pull in",  # their own figures
])
def test_other_superlatives_are_not_rankings(kb, question):
    named = [kb.subjects["research_scientists"]] if "research" in question else []
    assert ranking(kb, question, named) is None


def test_who_makes_more_compares_the_two_occupations_talked_about(kb):
    found = ranking(kb, "who makes more", [], recent=["hardware_engineers", "data_scientists"])
    gap_winner = max(["hardware_engineers", "data_scientists"], key=lambda s: wage(kb, s))
    assert found is not None and "Of these 2 occupations" in found.reply.text
    assert kb.subjects[gap_winner].label in found.reply.text.splitlines()[0]
    assert ranking(kb, "who makes more", []) is None  # nothing talked about


def test_a_comparison_with_an_occupation_the_guide_has_no_pay_for_says_so(kb):
    found = ranking(kb, "who makes more", [], recent=["ml_engineer", "data_scientists"])
    assert found is not None and "no median pay figure for machine learning engineers" in \
        found.reply.text
    assert usd(wage(kb, "data_scientists")) in found.reply.text


def test_difference_alone_is_between_the_two_occupations_just_ranked(kb):
    found = ranking(kb, "difference?", [], recent=["it_managers", "data_scientists"])
    gap = wage(kb, "it_managers") - wage(kb, "data_scientists")
    assert found is not None and usd(gap) in found.reply.text


@pytest.mark.parametrize("text, aspect", [
    ("ok and time-wise?", "duration"), ("cost-wise?", "cost"), ("pay-wise how is it", "salary"),
    ("number of yrs?", "duration"), ("what do they take home", "salary"),
])
def test_aspects_in_people_s_words(text, aspect):
    assert aspects_in(text) == [aspect]


def test_versus_a_subject_compares_it_with_the_one_talked_about(kb):
    entities = [{"entity": "occupation", "value": "data_scientists", "start": 3, "end": 18}]
    context = Context(subject="research_scientists", aspect="salary")
    assert subject_swap(kb, "vs data scientists", entities, context)
    assert not subject_swap(kb, "vs data scientists, which has more openings?", entities,
                            context)


@pytest.mark.parametrize("text, expected", [
    ("how much is each", ["bootcamp", "masters"]),
    ("which one for research", ["bootcamp", "masters"]),
    ("is it even required", ["bootcamp"]),
    ("is it possible to become an ML engineer without any degree at all?", []),
])
def test_each_which_one_and_it_point_back(text, expected):
    assert referred(text, [], ["bootcamp", "masters"]) == expected


@pytest.mark.parametrize("text", [
    "is this us only?", "do the salaries apply outside america", "which month r the wages from",
    "and the projections go up to?", "growth projected until when",
])
def test_questions_about_the_data_in_people_s_words(text):
    assert asks_provenance(text)


@pytest.mark.parametrize("text", [
    "can I work in the US only with a degree?", "what month should I start a bootcamp",
    "are there jobs outside the us", "is a bootcamp worth it globally?",
])
def test_the_same_words_about_other_things_are_not(text):
    assert not asks_provenance(text)


def parsed(text, intent="out_of_scope", entities=()):
    return {"text": text, "intent": {"name": intent, "confidence": 0.4},
            "entities": list(entities)}


def test_what_is_a_named_thing_describes_it_in_a_short_message_only():
    toptal = [{"entity": "platform", "value": "toptal"}]
    assert relabel_by_words(parsed("toptal?? what is that", "help", toptal))["intent"][
        "name"] == "inform"
    long = "what is the best way to get freelance work on toptal as a complete beginner?"
    assert relabel_by_words(parsed(long, entities=toptal))["intent"]["name"] == "out_of_scope"


def test_a_short_figure_follow_up_is_about_the_subject_talked_about():
    relabelled = relabel_by_words(parsed("ok and time-wise?"), subject="bootcamp")
    assert relabelled["intent"]["name"] == "ask_duration"
    assert relabel_by_words(parsed("ok and time-wise?"))["intent"]["name"] == "out_of_scope"
    ranked = relabel_by_words(parsed("who makes more"), ["data_scientists", "it_managers"])
    assert ranked["intent"]["name"] == "ask_salary"


def test_more_than_another_occupation_compares_with_the_one_talked_about(kb):
    found = ranking(kb, "is that more than IT managers", [kb.subjects["it_managers"]],
                    recent=["hardware_engineers"], aspect="salary")
    higher = max(["it_managers", "hardware_engineers"], key=lambda s: wage(kb, s))
    assert found is not None and "Of these 2 occupations" in found.reply.text
    assert kb.subjects[higher].label in found.reply.text.splitlines()[0]


def test_a_figure_of_all_the_jobs_is_the_overview(kb):
    from mlcareer.qa.compose import answer_all

    reply, _ = answer_all(kb, "ask_salary", [], Context(), "compare the salaries of all the jobs")
    assert all(usd(wage(kb, s)) in reply.text for s in OCCUPATIONS)


def test_a_named_platform_gets_its_own_topic_not_another_one(kb):
    from mlcareer.qa.answers import TopicAnswer, answer

    kaggle = [{"entity": "platform", "value": "kaggle_platform"}]
    outcome = answer(kb, "ask_cert_benefits", kaggle, Context())
    assert outcome.result == TopicAnswer(("kaggle",))
    linkedin = [{"entity": "platform", "value": "linkedin"}]  # networking mentions it
    assert answer(kb, "ask_networking", linkedin, Context()).result.topics == ("networking",)


def test_the_cheapest_way_to_become_an_ml_engineer_ranks_the_routes(kb):
    found = ranking(kb, "whats the cheapest way to become an ml engineer",
                    [kb.subjects["ml_engineer"]])
    assert found is not None and found.intent == "ask_cost"
    then = ranking(kb, "and the fastest?", [], aspect="cost")  # its own measure: time
    assert then is not None and then.intent == "ask_duration"


def test_an_unsure_guide_question_that_asks_for_a_ranking_is_computed():
    from components.novelty import relabel_unsure

    text = "I have a physics PhD and code in Python every day. Quickest way into the field?"
    data = {"text": text, "intent": {"name": "ask_next_steps", "confidence": 0.3},
            "intent_ranking": [{"name": "ask_next_steps", "confidence": 0.3}], "entities": []}
    assert relabel_unsure(data, None)["intent"]["name"] == "ask_duration"


@pytest.mark.parametrize("text, subject, intent", [
    ("is it worth it", "masters", "ask_which_degree"),
    ("is it hard to learn", "pytorch", "ask_frameworks"),
    ("is that respected?", "aws_cert", "ask_certifications"),
])
def test_a_judgement_of_the_thing_talked_about_describes_it(text, subject, intent):
    assert relabel_by_words(parsed(text, "nlu_fallback"), subject=subject)["intent"][
        "name"] == intent
    assert relabel_by_words(parsed(text, "nlu_fallback"))["intent"]["name"] == "nlu_fallback"


def test_a_question_in_question_form_interrupts_the_plan_form():
    from mlcareer.roadmap.replies import classify_reply

    assert classify_reply("what's a bootcamp?", "ask_bootcamps", 0.79, "education").kind == \
        "interruption"
    assert classify_reply("no degree?", "ask_degree_needed", 0.8, "education").kind == "answer"
    assert classify_reply("bootcamp", "ask_bootcamps", 0.79, "education").kind == "miss"


def test_how_to_choose_a_certification_lists_the_ones_to_choose_from(kb):
    from mlcareer.qa.answers import answer
    from mlcareer.qa.render import render

    text = render(kb, answer(kb, "ask_choose_cert", [], Context()).result).text
    named = [s for s in kb.subjects_of_kind("certification") if s.parent]
    assert len(named) >= 3 and all(s.name in text for s in named)
    assert kb.topics["choose_cert"].items[0].text in text


@pytest.mark.parametrize("text", [
    "what source did you use", "when was this data collected", "whose stats are these",
    "is this salary data from the government?",
])
def test_more_questions_about_the_data(text):
    assert asks_provenance(text)


@pytest.mark.parametrize("text", [
    "which sources should I use to learn ML?", "when is the best time to learn ML",
    "whose course should I take", "what sources do you recommend for learning",
])
def test_learning_sources_and_timing_are_not_about_the_data(text):
    assert not asks_provenance(text)


def test_the_kind_certifications_is_plural_a_named_one_singular(kb):
    from mlcareer.format import verb_for

    assert verb_for(kb.subjects["certification"], "costs", "cost") == "cost"
    assert verb_for(kb.subjects["aws_cert"], "costs", "cost") == "costs"
    assert verb_for(kb.subjects["bootcamp"], "costs", "cost") == "cost"


def test_length_is_a_duration():
    assert aspects_in("bootcamp: price? length?") == ["cost", "duration"]
