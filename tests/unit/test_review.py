"""The review report's core (mlcareer/review.py) and its candidates file, on events as
the tracker store serialises them. End to end (REST, then `make review`, then the page in
Chromium): tests/e2e/test_review.py."""

from __future__ import annotations

from mlcareer import review
from scripts.review import candidates_yaml

DAY = 24 * 3600
T0 = 1_790_000_000.0  # a fixed moment (UTC)


def user(text, intent, confidence=0.9, at=T0, ranking=None):
    ranking = ranking or [(intent, confidence)]
    return {"event": "user", "text": text, "timestamp": at,
            "parse_data": {"intent": {"name": intent, "confidence": confidence},
                           "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]}}


def action(name):
    return {"event": "action", "name": name}


def bot(text):
    return {"event": "bot", "text": text}


def answered(value):
    return {"event": "slot", "name": "answered_intent", "value": value}


CONVERSATION = [
    action("action_session_start"), {"event": "session_started"},
    user("how much is a bootcamp?", "ask_cost"), action("action_answer_question"),
    bot("$5,000-$20,000"), answered("ask_cost"),
    user("what do cats eat?", "out_of_scope", 0.95), action("action_out_of_scope"),
    bot("outside what I can help with"), answered(None),
    user("bootcmp thingy??", "nlu_fallback", 0.3,
         ranking=[("nlu_fallback", 0.3), ("ask_bootcamps", 0.28)]),
    action("action_two_stage_fallback"), bot("Did you mean..."),
    user("who published these figures?", "out_of_scope", 0.6), action("action_out_of_scope"),
    bot("The figures come from..."), answered("ask_sources"),
    user("pay for data scientists", "ask_salary", 0.41, at=T0 + DAY),
    action("action_answer_question"), bot("$108,020"), answered("ask_salary"),
    user("/feedback_down", "feedback_down", 1.0, at=T0 + DAY), action("action_feedback"),
    user("I wanted it for Europe", "feedback_comment", 0.4, at=T0 + DAY),
    action("action_feedback_comment"),
    user("what does a bootcamp cost?", "ask_cost", 0.95, at=T0 + DAY),
    action("action_answer_question"), bot("$5,000-$20,000"), answered("ask_cost"),
    user("\U0001F44D", "feedback_up", 0.99, at=T0 + DAY), action("action_feedback"),
]


def test_each_message_gets_what_happened_to_it():
    turns = review.turns(7, CONVERSATION)
    assert [(t.number, t.outcome) for t in turns] == [
        (1, "answered"), (2, "out_of_scope"), (3, "fallback"), (4, "search"),
        (5, "low_confidence"), (8, "answered")]
    # feedback rates the question before it and is not a question itself
    assert (turns[4].rating, turns[4].comment) == ("down", "I wanted it for Europe")
    assert turns[5].rating == "up" and not turns[5].went_wrong
    assert [t.went_wrong for t in turns] == [False, True, True, False, True, False]
    assert turns[0].replies == ["$5,000-$20,000"] and turns[0].conversation == 7
    assert turns[2].guess == "ask_bootcamps"  # the best real intent, not the fallback


def test_counts_per_day():
    days = review.per_day(review.turns(1, CONVERSATION))
    first, second = days.values()
    assert first == {"questions": 4, "fallback": 1, "out_of_scope": 1, "low_confidence": 0,
                     "search": 1, "answered": 1, "thumbs_up": 0, "thumbs_down": 0}
    assert second == {"questions": 2, "fallback": 0, "out_of_scope": 0, "low_confidence": 1,
                      "search": 0, "answered": 1, "thumbs_up": 1, "thumbs_down": 1}
    assert list(days) == sorted(days)


def test_similar_wording_is_grouped_most_frequent_first():
    def turn(text, guess="ask_cost"):
        return review.Turn(1, 1, text, T0, "nlu_fallback", 0.2, guess, "fallback")

    groups = review.groups([turn("what are cats?", "out_of_scope"),
                            turn("How much is a bootcamp??"), turn("how much is a bootcamp"),
                            turn("how much is the bootcamp", "ask_bootcamps"),
                            turn("how much is a bootcamp, really?")])
    assert [g.count for g in groups] == [4, 1]
    assert groups[0].text == "How much is a bootcamp??" and groups[0].guess == "ask_cost"
    assert groups[1].guess == "out_of_scope"


def test_candidates_are_rasa_training_data_under_the_best_guess(tmp_path):
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    wrong = [t for t in review.turns(1, CONVERSATION) if t.went_wrong]
    wrong.append(review.Turn(2, 1, "- odd: text {with} #signs", T0, "nlu_fallback", 0.2,
                             "ask_cost", "fallback"))
    text = candidates_yaml(review.groups(wrong))
    data = RasaYAMLReader().reads(text)
    examples = {(m.get("text"), m.get("intent")) for m in data.intent_examples}
    assert examples == {("what do cats eat?", "out_of_scope"),
                        ("bootcmp thingy??", "ask_bootcamps"),
                        ("pay for data scientists", "ask_salary"),
                        ("- odd: text {with} #signs", "ask_cost")}
