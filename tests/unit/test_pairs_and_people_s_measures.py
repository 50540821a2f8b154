"""Session 18 (found on session 16's blind set, development data since): "the other one?"
after one of a pair (public and private universities) is the other of the pair; "and the
top earners?" after one occupation's pay is its top 10%, not a ranking; "the biggest
paycheck", "costing the most" are rankings; "U.S." in the guide is not the "u" people type
for "you"; "how many chip designer jobs r they gonna add", "how much per year" name their
figure; negotiating pay, a course's own arrangements ("will we get a certificate at the
end?") and one particular employer are not in the guide; a lower-case "r" that can only be
"are" is "are"; how a named occupation relates to ML describes it. Expected figures come
from the knowledge base (tests/data), never from replies."""

from __future__ import annotations

import pytest

from components.form_answers import relabel_personal_situation
from components.novelty import relabel_by_words, relabel_pointing_back
from mlcareer.qa.compose import WHICH_ONES, aspects_in
from mlcareer.qa.context import follow_up_length, only_points_back, referred
from mlcareer.qa.rankings import ranking
from mlcareer.qa.rescue import asks_provenance, off_guide, others_like, rescue
from mlcareer.qa.search import default_search, terms
from mlcareer.qa.suggestions import button, with_close_second
from mlcareer.roadmap.situation import is_question
from mlcareer.spelling import Speller
from tests.data.messy_kit import _best, _priciest_route, _wage_gap
from tests.data.questions import cost, figure
from tests.support.nlu import parsed


def _kinds(kb, ids):
    return {s: kb.subjects[s].kind for s in ids}


def _pairs(kb):
    return kb.pairs


def test_pairs_are_the_kinds_with_exactly_two_subjects(kb):
    found = _pairs(kb)
    assert found["public_institution"] == "private_institution"
    assert found["private_institution"] == "public_institution"
    assert "bachelors" not in found  # four education routes: no pair
    assert all(found[found[s]] == s for s in found)


def test_the_other_one_after_one_of_a_pair_is_the_other_of_the_pair(kb):
    recent = ["bachelors", "private_institution"]  # "private uni bachelors how much"
    assert referred("the other one?", [], recent, _kinds(kb, recent), _pairs(kb)) == [
        "public_institution"]
    assert referred("and the other one?", [], ["private_institution"],
                    _kinds(kb, ["private_institution"]), _pairs(kb)) == ["public_institution"]


def test_the_other_one_of_the_same_kind_still_wins_over_a_pair(kb):
    recent = ["masters", "bachelors", "public_institution"]
    assert referred("the other one?", [], recent, _kinds(kb, recent), _pairs(kb)) == [
        "bachelors"]
    recent = ["private_institution", "public_institution"]  # both halves talked about
    assert referred("the other one?", [], recent, _kinds(kb, recent), _pairs(kb)) == [
        "public_institution"]


def test_the_top_earners_after_one_occupation_s_pay_are_its_own(kb):
    assert ranking(kb, "and the top earners?", [], ["research_scientists"], "salary") is None
    # asked as a ranking, it still is one
    found = ranking(kb, "which job has the top earners?", [], ["research_scientists"],
                    "salary")
    assert found is not None and _best(kb, "median_wage") in found.reply.text


def test_the_biggest_paycheck_is_a_ranking_of_pay(kb):
    found = ranking(kb, "out of all the careers u listed, which one has the biggest "
                        "paycheck? just curious", [], [])
    assert found is not None and found.intent == "ask_salary"
    assert _best(kb, "median_wage") in found.reply.text.splitlines()[0]


@pytest.mark.parametrize("text", ["which education route would end up costing the most",
                                  "what way of getting in costs the most"])
def test_costing_the_most_is_the_priciest_route(kb, text):
    found = ranking(kb, text, [], [])
    assert found is not None and found.intent == "ask_cost"
    assert _priciest_route(kb) in found.reply.text


def test_u_s_is_one_word_and_u_is_not_the_u_s():
    assert terms("U.S. Bureau of Labor Statistics") == terms("US bureau of labor statistics")
    assert "us" not in terms("u listed")


def test_a_chat_speak_u_does_not_ask_where_the_figures_come_from():
    search = default_search()
    assert rescue(search, "out of all the careers u listed, which one has the biggest "
                          "paycheck").kind != "sources"
    assert rescue(search, "where do the U.S. figures come from?").kind == "sources"


@pytest.mark.parametrize("text, aspects", [
    ("how many chip designer jobs r they gonna add", ["outlook"]),
    ("how many software dev positions will be added", ["outlook"]),
    ("grad school for AI how much per year roughly", ["cost"]),
    ("how much time per year", ["duration"]),
])
def test_people_s_words_for_a_figure(text, aspects):
    assert aspects_in(text) == aspects


def test_a_figure_of_a_named_occupation_is_not_declined_as_out_of_scope():
    found = [{"entity": "occupation", "value": "hardware_engineers", "start": 14, "end": 27}]
    relabelled = relabel_by_words(parsed("how many chip designer jobs r they gonna add",
                                         "out_of_scope", 0.39, found), [], None, None)
    assert relabelled["intent"]["name"] == "ask_outlook"


@pytest.mark.parametrize("text, what", [
    ("how do i negotiate my first ml engineer offer?", "negotiating"),
    ("got a counter offer from my employer, should i take it", "negotiating"),
    ("will you teach us pytorch in week 3?", "course"),
    ("would we get a certificate at the end?", "course"),
    ("is there a certificate of completion", "course"),
    ("can i still join the course if i missed the first week", "course"),
    ("what's in your lectures on statistics", "course"),
])
def test_negotiating_and_a_course_s_own_arrangements_are_not_in_the_guide(text, what):
    found = off_guide(text)
    assert found is not None and what in found


@pytest.mark.parametrize("text", [
    "what topics do you cover?", "what do you cover?",
    "can i get a certificate in ml without a degree?",
    "how would your curriculum for a beginner look?",
    "do you offer a plan for me?", "which online course should i take first?",
])
def test_questions_to_the_assistant_and_about_certifications_are_not_declined(text):
    assert off_guide(text) is None


@pytest.mark.parametrize("text", [
    "what do ML engineers at Facebook do?", "any data scientists here working for Microsoft?",
    "is it realistic to get hired at OpenAI/Google without a PhD",
    "how do i prepare to get into FAANG as an MLE"])
def test_one_particular_employer_is_not_in_the_guide(text):
    assert off_guide(text) == "particular employers"


@pytest.mark.parametrize("text", [
    "are big tech certificates (google/ibm/nvidia) worth it?", "can I intern at Amazon in ML?",
    "do i have to land google/meta or are there other kinds of employers out there",
    "do big tech companies offer machine learning internships?",
    "I did a course on Coursera by IBM, what next?"])
def test_certifications_internships_and_kinds_of_employers_are_not_one_employer(text):
    assert off_guide(text) != "particular employers"


@pytest.mark.parametrize("text, spelled", [
    ("why r computer hardware engineers on the list", "why are computer"),
    ("how many jobs r they gonna add", "jobs are they"),
    ("r u sure", "are you sure"),
    ("r bootcamps legit or a scam", "are bootcamps legit"),
    ("r any certs worth it", "are any"),
])
def test_a_lower_case_r_that_can_only_be_are_is_are(text, spelled):
    assert spelled in Speller(["r", "computer", "jobs"]).correct(text)


@pytest.mark.parametrize("text", ["r or python?", "is r worth learning", "python and r they say",
                                  "learn r then python", "R for data science",
                                  "r is better than python", "r programming for ml"])
def test_the_r_language_stays_r(text):
    assert Speller(["r", "python"]).correct(text) == text


def test_how_a_named_occupation_relates_to_ml_describes_it(kb):
    found = [{"entity": "occupation", "value": "hardware_engineers", "start": 8, "end": 21}]
    for text in ("how are chip designers related to machine learning at all",
                 "why are hardware engineers even on the list"):
        relabelled = relabel_by_words(parsed(text, "nlu_fallback", 0.3, found), [], None, None)
        assert relabelled["intent"]["name"] == "inform"
    # "related" about something else is not that question
    relabelled = relabel_by_words(parsed("I was offered a role related to finance as a hardware "
                                         "engineer", "nlu_fallback", 0.3, found), [], None, None)
    assert relabelled["intent"]["name"] != "inform"


def test_other_sites_after_a_topic_that_names_two_are_those_two_only(kb):
    reply = others_like(kb, "any other sites", [], "ask_freelance")
    assert reply is not None
    names = [s.name for s in kb.subjects_of_kind("platform")
             if s.section == kb.topics["freelance"].section]
    assert len(names) == 2 and all(name in reply.text for name in names)
    assert "only" in reply.text.splitlines()[0]
    # no other platform is offered as a freelance site
    assert all(s.name not in reply.text for s in kb.subjects_of_kind("platform")
               if s.name not in names)


def test_other_sites_after_kaggle_are_the_other_platforms(kb):
    reply = others_like(kb, "any other sites like that", [], "ask_kaggle")
    assert reply is not None and reply.text.startswith("Besides Kaggle")
    assert kb.subjects["coursera"].name in reply.text


def test_other_sites_need_a_topic_or_a_subject_talked_about(kb):
    assert others_like(kb, "any other sites", [], None) is None
    assert others_like(kb, "any other sites", [], "ask_salary") is None


@pytest.mark.parametrize("text, which", [
    ("which are the 3 main ML certs? and what do they cost roughly", True),
    ("what are the top certifications", True),
    ("what are the benefits of certs", False),
    ("what are certs", False),
])
def test_the_main_certifications_asked_for_are_the_ones_by_name(text, which):
    assert bool(WHICH_ONES.search(text)) is which


def test_the_other_one_after_one_of_a_pair_alone_is_a_follow_up(kb):
    siblings = _pairs(kb)
    assert only_points_back("the other one?", ["textbooks"], siblings)
    assert not only_points_back("the other one?", ["bootcamp"], siblings)  # four routes
    assert not only_points_back("both?", ["textbooks"], siblings)
    relabelled = relabel_pointing_back(parsed("the other one?", "out_of_scope", 0.4),
                                       ["textbooks"], None)
    assert relabelled["intent"]["name"] == "inform"


def test_the_words_a_follow_up_opens_with_do_not_count():
    assert follow_up_length("what about the top 10 percent") == 4
    assert follow_up_length("ok and time-wise?") == 1


def test_the_top_ten_percent_after_one_occupation_s_pay_is_its_figure_question():
    relabelled = relabel_by_words(parsed("what about the top 10 percent", "out_of_scope", 0.4),
                                  [], "salary", "data_scientists")
    assert relabelled["intent"]["name"] == "ask_salary"


def test_most_openings_when_one_occupation_has_the_figure_ranks_the_jobs_added(kb):
    having = [s for s in kb.subjects_of_kind("occupation") if kb.facts_for(s.id, "openings")]
    assert len(having) == 1  # the case this answers
    found = ranking(kb, "what jobs have the most openings each year", [], [], "outlook")
    assert found is not None and found.intent == "ask_outlook"
    assert figure(kb, having[0].id, "openings") in found.reply.text
    assert _best(kb, "jobs_added") in found.reply.text.splitlines()[0]
    fewest = ranking(kb, "which job has the fewest openings", [], [], "outlook")
    assert fewest is not None and _best(kb, "jobs_added", min) in fewest.reply.text.splitlines()[0]


@pytest.mark.parametrize("text", ["and cheaper?", "cheaper?", "which is cheaper?"])
def test_a_bare_comparative_after_two_routes_compares_those_two(kb, text):
    found = ranking(kb, text, [], ["bootcamp", "masters"], "duration")
    assert found is not None and found.intent == "ask_cost"
    assert cost(kb, "bootcamp") in found.reply.text.splitlines()[0]
    # with one route talked about, there is nothing to compare
    assert ranking(kb, "and cheaper?", [], ["bootcamp"], "duration") is None


def test_a_thing_asked_to_be_among_those_just_listed_is_looked_for_there():
    relabelled = relabel_by_words(parsed("is finance one of them", "ask_manage_costs", 0.45),
                                  [], None, None, "ask_work_environments")
    assert relabelled["intent"]["name"] == "ask_work_environments" and relabelled["in_part"]
    # after a topic that does not list it, the classifier's reading stands
    relabelled = relabel_by_words(parsed("is finance one of them", "ask_manage_costs", 0.45),
                                  [], None, None, "ask_salary")
    assert relabelled["intent"]["name"] == "ask_manage_costs"


@pytest.mark.parametrize("text", ["im a nurse thinking about ml, is that crazy?",
                                  "I'm 41 and a cook, is ML a dumb idea for me?"])
def test_whether_one_s_own_move_is_crazy_is_a_personal_situation(text):
    relabelled = relabel_personal_situation(parsed(text, "nlu_fallback", 0.3), None)
    assert relabelled.get("situation") is True


def test_a_ranking_asked_beside_another_figure_answers_that_figure_too(kb):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.qa import ActionAnswerQuestion
    from tests.support.trackers import make_tracker

    found = [{"entity": "occupation", "value": "software_developers"},
             {"entity": "occupation", "value": "data_scientists"}]
    tracker = make_tracker("what do software devs and data scientists earn, and which is "
                           "growing faster?", "ask_outlook", entities=found,
                           slots={"subject": None, "aspect": None})
    dispatcher = CollectingDispatcher()
    ActionAnswerQuestion().run(dispatcher, tracker, {})
    (text,) = [m["text"] for m in dispatcher.messages]
    pay = [figure(kb, s, "median_wage") for s in ("software_developers", "data_scientists")]
    assert all(p in text for p in pay)
    growth = figure(kb, "data_scientists", "growth")  # the faster of the two
    assert max(text.index(p) for p in pay) < text.index(growth)  # the pay, then the ranking


def test_a_close_second_reading_is_offered_first():
    ranking = [{"name": "ask_which_degree", "confidence": 0.5},
               {"name": "nlu_fallback", "confidence": 0.3},
               {"name": "ask_degree_needed", "confidence": 0.2}]
    others = [button("Costs", "ask_cost"), button("Saving money", "ask_manage_costs"),
              button("Online learning", "ask_online_learning")]
    found = with_close_second(others, ranking, "ask_which_degree")
    assert found[0]["payload"] == "/ask_degree_needed" and len(found) == 3
    # far behind, or already offered: the buttons as they were
    far = [*ranking[:2], {"name": "ask_degree_needed", "confidence": 0.1}]
    assert with_close_second(others, far, "ask_which_degree") == others
    offered = [button("Do you need a degree?", "ask_degree_needed")]
    assert with_close_second(offered, ranking, "ask_which_degree") == offered
    # a second reading that is not a guide question is not offered
    chat = [ranking[0], {"name": "greet", "confidence": 0.45}]
    assert with_close_second(others, chat, "ask_which_degree") == others
    assert with_close_second(others, None, "ask_which_degree") == others


def test_a_certification_talked_about_is_compared_as_the_certifications_are(kb):
    found = ranking(kb, "does that cost less than a degree?", [kb.subjects["bachelors"]],
                    ["aws_cert"], None)
    assert found is not None and found.intent == "ask_cost"
    assert cost(kb, "certification") in found.reply.text.splitlines()[0]


@pytest.mark.parametrize("text", ["both together?", "and both combined", "the two together?"])
def test_both_together_points_back_at_the_last_two(text):
    assert only_points_back(text, ["masters", "bachelors"])
    assert referred(text, [], ["masters", "bachelors"]) == ["masters", "bachelors"]


# After the blind scoring (session 18's blind messy set, read since: messy_questions_7)

@pytest.mark.parametrize("text", ["says who", "who says?", "according to whom?"])
def test_says_who_asks_where_the_figures_come_from(text):
    assert asks_provenance(text)


def test_the_gap_asked_in_a_message_s_last_question_is_between_the_last_two(kb):
    found = ranking(kb, "so he's right? how big is the gap", [],
                    ["data_scientists", "software_developers"], "salary")
    assert found is not None
    assert _wage_gap(kb, "software_developers", "data_scientists") in found.reply.text


def test_how_much_more_that_median_is_than_one_named_is_the_gap(kb):
    found = ranking(kb, "how much more is that median than a data scientist's",
                    [kb.subjects["data_scientists"]], ["research_scientists"], "salary")
    assert found is not None
    assert _wage_gap(kb, "research_scientists", "data_scientists") in found.reply.text


def test_top_ten_pct_is_the_top_ten_percent(kb):
    assert ranking(kb, "n the top 10 pct?", [], ["research_scientists"], "salary") is None
    assert aspects_in("top 10 pct?") == ["salary"]


def test_microsoft_alone_names_its_certification(kb):
    assert kb.subject("microsoft").id == "azure_cert"


def test_a_question_in_chat_speak_is_a_question():
    assert is_question("wat would i actually be doing there")
