"""Questions about the data itself get the figures' provenance whatever the classifier
made of them: "help" and the fallback's "did you mean" check the search first."""

from __future__ import annotations

from actions.qa import ActionAskAffirmation, ActionHelp


def test_help_answers_what_it_can_do_or_where_the_figures_come_from(kb, tracker,
                                                                     dispatcher):
    ActionHelp().run(dispatcher, tracker("what can you do?", "help"), {})
    assert dispatcher.messages[-1]["response"] == "utter_help"
    events = ActionHelp().run(dispatcher, tracker("how recent is this data?", "help"), {})
    bls = kb.sources["bls"]
    assert bls.name in dispatcher.messages[-1]["text"]
    assert bls.wage_reference in dispatcher.messages[-1]["text"]
    assert events[0]["value"] == "ask_sources"


def test_the_fallback_gives_the_provenance_before_guessing(kb, tracker, dispatcher):
    ActionAskAffirmation().run(dispatcher, tracker(
        "who published these figures?", "nlu_fallback", 0.3,
        ranking=[("nlu_fallback", 0.3), ("ask_salary", 0.2), ("help", 0.15)]), {})
    assert kb.sources["bls"].name in dispatcher.messages[-1]["text"]
