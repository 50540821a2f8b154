"""A performance fix for Rasa 3.6.21, applied when the NLU components load.

``RemoteAction._validate_action_result`` calls ``jsonschema.validate`` on every
custom-action response. ``validate`` first re-checks the (constant) response
schema against the JSON Schema 2020-12 meta-schema, which profiling showed to be
about a third of the Rasa server's time per message. Here the schema is checked
once and the compiled validator reused; what is accepted or rejected, and the
error raised, are unchanged.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _validator():
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    best = best_match(_validator().iter_errors(result))  # as jsonschema.validate does
    if best is None:
        return True
    best.message += (
        ". Failed to validate Action server response from API, make sure your response "
        f"from the Action endpoint is valid. For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise best


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result
