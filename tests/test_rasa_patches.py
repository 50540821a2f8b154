"""The cached action-response validation behaves exactly like Rasa's own."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from components import rasa_patches

VALID = [
    {"events": [{"event": "slot", "name": "subject", "value": "bootcamp"}],
     "responses": [{"text": "hi", "buttons": [{"title": "a", "payload": "/b"}]}]},
    {"events": [], "responses": []},
    {},
]
INVALID = [
    {"events": "not a list"},
    {"events": [{"no_event_key": 1}]},
    {"responses": {"text": "a mapping, not a list"}},
]


def original(result):
    jsonschema.validate(result, RemoteAction.action_response_format_spec())


@pytest.mark.parametrize("result", VALID)
def test_valid_responses_pass(result):
    original(result)
    assert rasa_patches._validate_action_result(None, result) is True


@pytest.mark.parametrize("result", INVALID)
def test_invalid_responses_fail_with_the_same_error(result):
    with pytest.raises(jsonschema.ValidationError) as expected:
        original(result)
    with pytest.raises(jsonschema.ValidationError) as got:
        rasa_patches._validate_action_result(None, result)
    assert got.value.message.startswith(expected.value.message)
    assert "Failed to validate Action server response" in got.value.message


def test_the_patch_is_applied_when_the_nlu_components_load():
    import components.knowledge_spacy  # noqa: F401

    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result
