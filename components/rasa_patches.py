"""Fixes for Rasa 3.6.21, applied when the NLU components load (in every Rasa process).

1. Custom actions when the action server is down. Rasa logs the error and the
   user gets no reply at all; here ``RemoteAction.run`` answers with a short
   apology instead (``ACTION_SERVER_DOWN``), and the next message is handled
   normally once an action server is back.

2. Empty and over-long messages. An empty or blank message gets a short note
   (``EMPTY_NOTE``) and is not processed; a message over ``MAX_MESSAGE_CHARS``
   is cut to that length, and the reply starts with ``LONG_NOTE``. Featurising
   and storing a 100 KB message would cost seconds and memory for nothing.
   Invalid Unicode (lone surrogates) is replaced, as spaCy cannot encode it.

3. A dead lock holder. When a replica dies holding a conversation's lock (Redis
   lock store), the next request waits until the dead ticket expires; its own
   ticket expires a moment later, and unless it polled in between, Rasa's
   ``TicketLock.is_locked`` then stays true for ever (``now_serving`` is 0) and
   the request hangs until the client gives up. Here a waiter whose ticket has
   expired takes the lock: everyone before it has expired too.

4. Answers to the roadmap form read as answers. Rules act on the intent before
   the form sees the message, so a short answer the classifier was unsure of
   ("Strong" as goodbye at 0.47) could end the form. ``parse_message`` here
   passes the result through ``components.form_answers.relabel_form_answer``
   when a tracker is given (not for ``/model/parse``).

5. A performance fix.

``RemoteAction._validate_action_result`` calls ``jsonschema.validate`` on every
custom-action response. ``validate`` first re-checks the (constant) response
schema against the JSON Schema 2020-12 meta-schema, which profiling showed to be
about a third of the Rasa server's time per message. Here the schema is checked
once and the compiled validator reused; what is accepted or rejected, and the
error raised, are unchanged.
"""

from __future__ import annotations

import logging
from functools import lru_cache, wraps
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import UserMessage
from rasa.core.lock import TicketLock
from rasa.core.processor import MessageProcessor
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import BotUttered
from rasa.shared.exceptions import RasaException

from components.form_answers import relabel_form_answer

logger = logging.getLogger(__name__)
ACTION_SERVER_DOWN = ("Sorry, I can't look that up right now: part of me is restarting. "
                      "Please ask again in a moment.")
_original_run = RemoteAction.run
_original_handle_message = MessageProcessor.handle_message
_original_parse_message = MessageProcessor.parse_message
MAX_MESSAGE_CHARS = 2000
LONG_NOTE = (f"That's a long message! I read only its first {MAX_MESSAGE_CHARS:,} characters; "
             "short questions, one at a time, get the best answers.")
EMPTY_NOTE = "I didn't get any text. Type a question, or \"help\" to see what I can answer."


@wraps(_original_handle_message)
async def _handle_message_guarded(self: MessageProcessor, message: UserMessage):
    text = message.text
    if not isinstance(text, str) or not text.strip():
        await message.output_channel.send_text_message(message.sender_id, EMPTY_NOTE)
        return None
    # lone surrogates (invalid Unicode that JSON can still carry) break spaCy
    message.text = text = text.encode("utf-8", "replace").decode("utf-8")
    if len(text) > MAX_MESSAGE_CHARS:
        message.text = text[:MAX_MESSAGE_CHARS]
        await message.output_channel.send_text_message(message.sender_id, LONG_NOTE)
    return await _original_handle_message(self, message)


@wraps(_original_parse_message)
async def _parse_message_in_form(self: MessageProcessor, message: UserMessage,
                                 tracker=None, only_output_properties: bool = True):
    parse_data = await _original_parse_message(self, message, tracker, only_output_properties)
    if tracker is None:
        return parse_data
    return relabel_form_answer(parse_data, tracker.active_loop_name,
                               tracker.get_slot("requested_slot"))


@wraps(_original_run)
async def _run_or_apologise(self: RemoteAction, output_channel, nlg, tracker, domain):
    try:
        return await _original_run(self, output_channel, nlg, tracker, domain)
    except ActionExecutionRejection:
        raise  # a form that did not get its answer: Rasa's normal flow
    except RasaException as error:
        logger.error("custom action %s failed (%s); apologising to the user",
                     self.name(), error)
        return [BotUttered(ACTION_SERVER_DOWN)]


def _is_locked(self: TicketLock, ticket_number: int) -> bool:
    if self._ticket_for_ticket_number(ticket_number) is None:
        return False  # our own ticket expired while waiting: the ones before it did too
    return self.now_serving != ticket_number


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
    RemoteAction.run = _run_or_apologise
    MessageProcessor.handle_message = _handle_message_guarded
    MessageProcessor.parse_message = _parse_message_in_form
    TicketLock.is_locked = _is_locked
