"""Session 15 (found on the development sets): pay asked for a place outside the U.S. is
declined with the figures the guide has; more ways of asking about the data; a named
thing asked about in other words is described; the routes ranked for a person who asks
for the fastest one; funding is saving money; "$ more" is a difference; vacancies are
openings; "what's out there" names the certifications. Expected figures and names come
from the knowledge base here, never copied from replies."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.qa import ActionAnswerQuestion, ActionOutOfScope
from components.form_answers import relabel_personal_situation
from components.novelty import relabel_by_words, relabel_unsure
from components.spacy_pipeline import build_nlp
from mlcareer.qa.answers import Context
from mlcareer.qa.compose import answer_all, aspects_in
from mlcareer.qa.rankings import ranking
from mlcareer.qa.rescue import abroad_reply, asks_provenance, figures_abroad
from tests.data.messy_kit import _wage_gap
from tests.data.questions import cost, figure
from tests.support.nlu import entities, parsed
from tests.support.trackers import make_tracker


@pytest.fixture(scope="module")
def nlp(kb):
    return build_nlp(kb)




@pytest.mark.parametrize("text, intent, place", [
    ("what do data scientists earn in India", "ask_salary", "India"),
    ("In Canada, are data analysts even in demand?", "ask_outlook", "Canada"),
    ("I live in Germany, do these wages apply for me?", "out_of_scope", "Germany"),
    ("does it cover europe too", "out_of_scope", "europe"),
    ("ml engineer salary uk", "nlu_fallback", "uk"),
    ("indian data scientist salary", "ask_salary", "indian"),
    ("How's the job market like in your respective country?", "ask_outlook",
     "respective country"),
])
def test_pay_asked_for_a_place_outside_the_us_names_the_place(text, intent, place):
    assert figures_abroad(text, intent) == place


@pytest.mark.parametrize("text, intent", [
    ("How do I become a data scientist in India?", "plan_path"),  # not about pay
    ("I am from Brazil with a physics degree. Can I become an ML engineer?",
     "ask_degree_needed"),
    ("is the pay higher in new jersey", "ask_salary"),  # a U.S. state, not the island
    ("what do data scientists earn in the united states", "ask_salary"),
    ("what do data scientists earn", "ask_salary"),
])
def test_no_place_abroad_or_not_about_pay_is_left_alone(text, intent):
    assert figures_abroad(text, intent) is None


def test_a_short_place_after_pay_is_pay_there():
    assert figures_abroad("and in the uk?", "out_of_scope", aspect="salary") == "uk"
    assert figures_abroad("and in the uk?", "out_of_scope", aspect=None) is None


def test_the_reply_for_a_place_abroad_says_what_the_guide_has(kb):
    text = abroad_reply(kb, "germany").text
    bls = kb.sources["bls"]
    assert "Germany" in text and bls.name in text and bls.wage_reference in text
    assert "India" in abroad_reply(kb, "indian").text  # the country, not its people
    assert "single city" in abroad_reply(kb, "my city").text  # a place not named


def test_the_answer_action_declines_pay_abroad_with_the_provenance(kb):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("what do data scientists earn in india", "ask_salary", 0.9,
                           [{"entity": "occupation", "value": "data_scientists"}])
    ActionAnswerQuestion().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["response"] == "utter_out_of_scope"
    text = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "India" in text and kb.sources["bls"].name in text
    assert figure(kb, "data_scientists", "median_wage") not in text  # not given as India's


def test_the_decline_after_pay_names_the_place(kb):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("and in the uk?", "out_of_scope", 0.6, slots={"aspect": "salary"})
    ActionOutOfScope().run(dispatcher, tracker, {})
    assert "UK" in " ".join(m.get("text") or "" for m in dispatcher.messages)


@pytest.mark.parametrize("text", [
    "is this salary stuff from glassdoor or what", "salaries are as of when exactly",
    "salary source?", "are the wages from the bls",
])
def test_more_questions_about_the_data(text):
    assert asks_provenance(text)


@pytest.mark.parametrize("text", [
    "is it possible to switch from marketing?", "is that from scratch or with some python",
    "what source of motivation keeps you going",
])
def test_from_and_source_asking_something_else_are_not_about_the_data(text):
    assert not asks_provenance(text)


def test_a_named_thing_asked_about_in_other_words_is_described(nlp):
    text = "does the aws machine learning specialty touch data engineering at all"
    found = entities(nlp, text)
    relabelled = relabel_unsure(parsed(text, "ask_certifications", 0.2, found), None)
    assert relabelled["intent"]["name"] == "inform"
    short = "the google one - focus?"
    assert relabel_by_words(parsed(short, "out_of_scope", 0.4, entities(nlp, short)))[
        "intent"]["name"] == "inform"
    # the name's own words are not what else it says
    other = "aws machine learning specialty, is it recognised by employers in my town"
    assert relabel_by_words(parsed(other, "out_of_scope", 0.4, entities(nlp, other)))[
        "intent"]["name"] == "out_of_scope"


def test_the_fastest_route_for_a_person_ranks_the_routes_not_the_form(kb):
    text = "marketing guy, 35, good with excel and numbers. fastest route into ml?"
    relabelled = relabel_personal_situation(parsed(text, "plan_path", 0.7), None)
    assert relabelled["intent"]["name"] == "ask_compare"
    found = ranking(kb, text, [])
    assert found is not None and found.top[0] in ("bootcamp", "certification")
    # a plan asked for still starts the form
    plan = relabel_personal_situation(parsed("make me a roadmap", "plan_path", 0.9), None)
    assert plan["intent"]["name"] == "plan_path"


@pytest.mark.parametrize("text", ["can i get funding for it", "any scholarships out there?",
                                  "is financial aid a thing"])
def test_funding_is_saving_money(text):
    assert relabel_by_words(parsed(text, "out_of_scope", 0.4))["intent"][
        "name"] == "ask_manage_costs"


def test_dollars_more_is_a_difference_in_pay(kb):
    subjects = [kb.subjects["software_developers"], kb.subjects["data_scientists"]]
    found = ranking(kb, "how many $ more does a software dev earn than a data scientist",
                    subjects)
    assert found is not None
    assert _wage_gap(kb, "software_developers", "data_scientists") in found.reply.text


def test_vacancies_are_openings_and_books_r_a_cost(kb, nlp):
    assert aspects_in("ML researcher vacancies per year?") == ["outlook"]
    text = "how much r books each year, and how long is a bootcamp"
    reply, _ = answer_all(kb, "ask_duration", entities(nlp, text), Context(), text)
    assert cost(kb, "textbooks") in reply.text


def test_what_is_out_there_names_the_certifications(kb, nlp):
    text = "ml certs, what's out there"
    reply, _ = answer_all(kb, "ask_certifications", entities(nlp, text), Context(), text)
    for cert in ("aws_cert", "google_cert"):
        assert kb.subjects[cert].name in reply.text
    text = "what does a certification do for me"
    reply, _ = answer_all(kb, "ask_certifications", entities(nlp, text), Context(), text)
    assert kb.subjects["aws_cert"].name not in reply.text


@pytest.mark.parametrize("text", [
    "stay at home dad, 2 kids, only evenings free. path for me?",
    "teacher w/ a math background wanting to move into ML, plan?",
    "im 17 and good at math, what should my path be", "which route is best for me?",
])
def test_a_path_asked_by_someone_telling_their_situation_gets_what_to_learn_first(kb, text):
    from mlcareer.roadmap.situation import where_to_start

    reply = where_to_start(kb, text)
    assert reply is not None and "linear algebra" in reply.text


@pytest.mark.parametrize("text", [
    "make me a roadmap", "plan my path", "/plan_path", "can you build me a plan? im a nurse",
    "I want the fastest route", "whats the roadmap to become an ml engineer?",
])
def test_a_plan_requested_outright_starts_its_questions_at_once(kb, text):
    from mlcareer.roadmap.situation import where_to_start

    assert where_to_start(kb, text) is None


def test_the_plan_started_by_a_person_s_question_says_what_to_learn_first(kb):
    from actions.roadmap import ActionStartPlan
    from mlcareer.roadmap.wording import START

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("nurse here, 2 kids, roadmap for me?", "plan_path", 0.9)
    ActionStartPlan().run(dispatcher, tracker, {})
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert "linear algebra" in texts[0] and texts[-1] == START
    dispatcher = CollectingDispatcher()
    ActionStartPlan().run(dispatcher, make_tracker("make me a roadmap", "plan_path", 0.9), {})
    assert [m.get("text") for m in dispatcher.messages] == [START]


def test_if_i_go_another_way_instead_swaps_the_subject(kb, nlp):
    from mlcareer.qa.compose import subject_swap

    context = Context(subject="bootcamp", aspect="cost")
    text = "and if i go the certificate way instead"
    assert subject_swap(kb, text, entities(nlp, text), context)
    reply, _ = answer_all(kb, "ask_choose_cert", entities(nlp, text), context, text)
    assert cost(kb, "certification") in reply.text
    other = "and if i go the certificate way, will employers care"
    assert not subject_swap(kb, other, entities(nlp, other), context)


def test_a_long_post_declined_gets_the_nearest_topics_a_short_one_does_not(kb):
    from mlcareer.qa.fallback import NEAREST, topics_after_decline

    ranking = [{"name": "out_of_scope", "confidence": 0.3},
               {"name": "ask_entry_level", "confidence": 0.3},
               {"name": "ask_experience", "confidence": 0.2},
               {"name": "ask_internships", "confidence": 0.1},
               {"name": "ask_portfolio", "confidence": 0.05}]
    long = ("I finished a statistics degree last year and I keep applying for junior "
            "positions without hearing back, what am I doing wrong?")
    near = {"title": "Getting experience", "payload": "/ask_experience"}
    buttons = topics_after_decline(kb, {"text": long, "intent_ranking": ranking}, near)
    payloads = [b["payload"] for b in buttons]
    assert payloads[0] == "/ask_experience" and "/ask_entry_level" in payloads
    assert len(payloads) == len(set(payloads)) <= NEAREST
    short = topics_after_decline(kb, {"text": "what do cats eat", "intent_ranking": ranking})
    assert short == []


def test_the_whole_degree_s_cost_is_its_yearly_cost_times_its_years(kb, nlp):
    from mlcareer.format import DASH, money

    yearly = kb.facts_for("masters", "cost")[0].value
    low, high = (months / 12 for months in kb.facts_for("masters", "duration")[0].value
                 .in_months())
    whole = f"{money(yearly.min * low)}{DASH}{money(yearly.max * high)}"
    context = Context(subject="masters", aspect="cost")
    reply, _ = answer_all(kb, "ask_cost", [], context, "per year or total?")
    assert whole in reply.text and reply.text.splitlines()[-1].startswith("Source:")
    reply, _ = answer_all(kb, "ask_cost", [], context, "and per year?")
    assert whole not in reply.text
    text = "what does a bootcamp cost overall"  # not priced per year: nothing to add
    reply, _ = answer_all(kb, "ask_cost", entities(nlp, text), Context(), text)
    assert "whole degree" not in reply.text


def test_by_how_much_after_two_occupations_is_their_gap(kb):
    recent = ["hardware_engineers", "software_developers"]
    found = ranking(kb, "by how much", [], recent, "salary")
    assert found is not None
    assert _wage_gap(kb, "hardware_engineers", "software_developers") in found.reply.text


def test_a_figure_the_guide_has_for_some_jobs_only_is_said_to_be_missing(kb):
    having = [s for s in kb.subjects_of_kind("occupation") if kb.facts_for(s.id, "top_wage")]
    lacking = [s for s in kb.subjects_of_kind("occupation")
               if kb.facts_for(s.id, "median_wage") and not kb.facts_for(s.id, "top_wage")]
    assert having and lacking
    reply, _ = answer_all(kb, "ask_salary", [], Context(subject=lacking[0].id), "top 10%?")
    assert "no top-10% pay figure" in reply.text and having[0].label in reply.text
    assert figure(kb, lacking[0].id, "median_wage") in reply.text  # and what it has
    reply, _ = answer_all(kb, "ask_salary", [], Context(subject=having[0].id), "top 10%?")
    assert "no top-10%" not in reply.text and figure(kb, having[0].id, "top_wage") in reply.text


def test_the_first_one_and_the_latter_point_at_the_last_two_in_order():
    from mlcareer.qa.context import only_points_back, referred

    recent = ["hardware_engineers", "it_managers"]  # most recent first
    assert referred("the first one's growth?", [], recent) == ["it_managers"]
    assert referred("and the former?", [], recent) == ["it_managers"]
    assert referred("the latter", [], recent) == ["hardware_engineers"]
    assert only_points_back("the second one?", recent)
    assert referred("what should i learn first", [], recent) == []


def test_abbreviations_people_type_are_spelled_out_for_search(kb):
    from mlcareer.qa.rescue import which_suits
    from mlcareer.qa.search import default_search, terms

    assert terms("nlp") == terms("natural language processing")
    found = which_suits(kb, default_search(), "which one suits nlp",
                        ["google_cert", "azure_cert"])
    assert found is not None and found[1] == "azure_cert"


def test_two_certifications_compared_share_one_range_so_neither_is_cheaper(kb):
    found = ranking(kb, "which of them is cheaper", [], ["aws_cert", "google_cert"])
    assert found is not None and "cannot say" in found.reply.text
    assert cost(kb, "certification") in found.reply.text
    # a bootcamp beside a named certification: the certifications' range against it
    subjects = [kb.subjects["bootcamp"], kb.subjects["aws_cert"]]
    found = ranking(kb, "is a bootcamp cheaper than the aws cert", subjects)
    assert found is not None and cost(kb, "bootcamp") in found.reply.text
    assert cost(kb, "certification") in found.reply.text


@pytest.mark.parametrize("text, what", [
    ("can i get a visa to work as an ml engineer in the us", "visas"),
    ("is stanford's ml program good", "universities"),
    ("Thoughts on the University of Michigan's online MS?", "universities"),
    ("remote ml jobs, where to find them", "remote"),
])
def test_what_the_guide_does_not_cover_is_named(text, what):
    from mlcareer.qa.rescue import off_guide

    assert what in (off_guide(text) or "")


@pytest.mark.parametrize("text", [
    "what should i study at my university to get into ml", "which degree is best",
    "is it possible to relax while studying", "do i need a masters from a good university",
])
def test_the_guide_s_own_questions_are_not_off_guide(text):
    from mlcareer.qa.rescue import off_guide

    assert off_guide(text) is None


def test_an_off_guide_question_is_declined_with_what_it_is_about(kb):
    from components.novelty import relabel_off_guide

    text = "can i get a visa to work as an ml engineer in the us"
    relabelled = relabel_off_guide(parsed(text, "ask_work_environments", 0.8), None)
    assert relabelled["intent"]["name"] == "out_of_scope"
    assert relabel_off_guide(parsed(text, "ask_work_environments", 0.8), "plan_form")[
        "intent"]["name"] == "ask_work_environments"  # never inside the plan's form
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "out_of_scope", 0.8)
    tracker.latest_message["off_guide"] = relabelled["off_guide"]
    ActionOutOfScope().run(dispatcher, tracker, {})
    assert "doesn't cover visas" in dispatcher.messages[0]["text"]


def test_interviews_are_off_guide_unless_the_question_names_what_the_guide_covers():
    from mlcareer.qa.rescue import off_guide

    assert off_guide("What are some common Machine Learning interview questions?") == (
        "job interviews")
    assert off_guide("Thoughts on kaggle and leetcode?", names_a_subject=True) is None
    assert "motivated" in off_guide("How do you stay motivated to keep learning?")


@pytest.mark.parametrize("text, intent", [
    ("full time job + 2 kids, can i realistically study this online?", "ask_online_learning"),
    ("laid off rn, cant afford tuition, any free ways to learn?", "ask_manage_costs"),
    ("nurse, only weekends free, would that slow me down?", "ask_timeline_factors"),
    ("im 38 with no coding, is it realistic?", None),
    ("have a psych degree, 29, broke, is this doable", None),  # broke: who, not what
])
def test_a_situation_s_own_words_say_what_it_asks(kb, text, intent):
    from mlcareer.roadmap.situation import PLAN_BUTTON, asked_in_situation, situation_reply

    assert asked_in_situation(text) == intent
    reply, answered = situation_reply(kb, [{"name": "ask_next_steps", "confidence": 0.2}],
                                      text)
    assert reply.buttons[0] == PLAN_BUTTON  # the plan still offered
    if intent is None:
        assert "linear algebra" in reply.text  # where to start, the routes
        assert answered == "plan_path"
    else:
        assert "linear algebra" not in reply.text and answered == intent


def test_any_others_after_a_subject_lists_the_others_of_its_part_of_the_guide(kb):
    from mlcareer.qa.rescue import others_like

    reply = others_like(kb, "any others?", ["upwork"])
    assert reply is not None and kb.subjects["toptal"].name in reply.text
    assert kb.subjects["coursera"].name not in reply.text  # another part of the guide
    reply = others_like(kb, "what else is there", ["aws_cert"])
    assert reply is not None
    assert all(kb.subjects[c].name in reply.text for c in ("google_cert", "azure_cert"))
    assert others_like(kb, "is there anything else i should know about ml careers",
                       ["python"]) is None  # a question of its own, not a follow-up
    assert others_like(kb, "any others?", []) is None


def test_what_a_named_thing_means_is_described_even_when_the_classifier_is_unsure(nlp):
    text = "my college says its program is ABET accredited, what does that even mean"
    found = entities(nlp, text)
    assert [e["value"] for e in found] == ["online_degree"]
    relabelled = relabel_unsure(parsed(text, "ask_which_degree", 0.3, found), None)
    assert relabelled["intent"]["name"] == "inform"
    # the same words without a named thing: still declined as unsure
    other = "my college says its program is fully accredited, what does that even mean"
    assert relabel_unsure(parsed(other, "ask_which_degree", 0.3, entities(nlp, other)),
                          None)["intent"]["name"] == "out_of_scope"
