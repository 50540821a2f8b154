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
   when a tracker is given (not for ``/model/parse``); likewise the answer to
   "what was missing?" after a thumbs down (``components.feedback``), and a personal
   situation asked about outside the form, which is answered before a plan is offered
   (``relabel_personal_situation``), a message that only points back at the last two
   subjects ("the other one?", ``components.novelty.relabel_pointing_back``), and a long
   message the classifier is unsure of, declined with the likeliest topics offered
   (``components.novelty.relabel_unsure``).

5. Hostile conversation ids, floods and oversized metadata, at the root. Every
   channel checks these itself and answers with its own 4xx; here, whatever
   channel a message comes from: a conversation id that ``channels.guards``
   refuses drops the message (logged in one line), a sender over its rate
   limit gets ``guards.SLOW_DOWN`` instead of an answer, and metadata over the
   size limit is not stored.

6. A database error never stops the server. Rasa's
   ``SQLTrackerStore.session_scope`` turns any ``ValueError`` raised while a
   session is open (a string SQLite or PostgreSQL cannot store) into
   ``print_error_and_exit``: one request stopped the whole server. Here only
   the schema check it was written for (a missing PostgreSQL schema at
   start-up) exits; any other error fails that one request.

7. Performance fixes.

``RemoteAction._validate_action_result`` calls ``jsonschema.validate`` on every
custom-action response. ``validate`` first re-checks the (constant) response
schema against the JSON Schema 2020-12 meta-schema, which profiling showed to be
about a third of the Rasa server's time per message. Here the schema is checked
once and the compiled validator reused; what is accepted or rejected, and the
error raised, are unchanged.

``Event.resolve_by_type`` (called for every stored event each time a tracker is
loaded) walks every subclass of ``Event`` to find the one with that type name:
28% of the Rasa server's time at turn 300 of one conversation (py-spy,
bench/notes.md). Here the class found for a type name is remembered; unknown
names still go through Rasa's own lookup.

8. Long conversations cost as little per turn as short ones. Every turn Rasa
   loads and deserialises the whole current session from the tracker store,
   replays it, featurises all of it for the policies and sends all of it to the
   action server: at 300 turns a reply took 8x as long as at turn 10. A session
   that has grown past ``SESSION_MAX_EVENTS`` events (env, default 100: about 15
   turns) is rolled over when the next message arrives, as if it had expired:
   Rasa's own ``action_session_start`` runs and, with
   ``carry_over_slots_to_new_session``, carries every slot (the subjects and the
   aspect the follow-ups resolve against, the roadmap's answers) into the new
   session. Nothing is deleted: the tracker store keeps every event and
   ``retrieve_full_tracker`` (the conversation API, exports, reviews) returns
   them all. A session is not rolled over while a form or the two-stage
   fallback is active: their state is not a slot.
   Rasa's carry-over copies every ``SlotSet`` event of the old session, carried
   ones included, so each new session started with more of them (6,508 slot
   events after 41 roll-overs); here each slot whose value differs from its
   initial value is carried once, with its latest value and metadata.

9. SQLite tracker store: a connection pool and a write-ahead log. For a SQLite
   file SQLAlchemy 1.4 opens and closes a connection for every session (its
   NullPool), so each turn paid for connecting and for a rollback-journal commit
   with two fsyncs: about 7 ms of the Rasa server's 20 ms per message (py-spy,
   bench/notes.md). Here file databases get SQLAlchemy's QueuePool (its default
   for SQLite files from 2.0 on) and every SQLite connection runs in WAL mode with
   ``synchronous=NORMAL``: a commit survives the process being killed (only a
   power cut can lose the last ones), readers in other processes (the review
   and purge tools) see every committed turn, and a reader never blocks the
   server. PostgreSQL and in-memory SQLite are untouched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from functools import lru_cache, wraps
from typing import Any

import rasa.core.tracker_store
import rasa.shared.utils.cli
import sqlalchemy
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import ActionExecutionRejection, ActionSessionStart, RemoteAction
from rasa.core.channels.channel import UserMessage
from rasa.core.lock import TicketLock
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import SQLTrackerStore, ensure_schema_exists
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import BotUttered, Event, SessionStarted, SlotSet
from rasa.shared.exceptions import RasaException
from sqlalchemy.engine import Engine

from channels import guards
from components.feedback import guard_acting_intents, relabel_feedback_comment
from components.form_answers import relabel_form_answer, relabel_personal_situation
from components.novelty import (
    OFF_GUIDE,
    relabel_by_words,
    relabel_off_guide,
    relabel_pointing_back,
    relabel_unsure,
)
from mlcareer.knowledge import default_knowledge_base
from mlcareer.qa.answers import ASPECT_INTENTS
from mlcareer.qa.compose import SECOND, two_questions
from mlcareer.qa.fallback import topic_confidence, unsure
from mlcareer.roadmap.profile import SLOTS as PROFILE_SLOTS

logger = logging.getLogger(__name__)
ACTION_SERVER_DOWN = ("Sorry, I can't look that up right now: part of me is restarting. "
                      "Please ask again in a moment.")
_original_run = RemoteAction.run
_original_handle_message = MessageProcessor.handle_message
_original_parse_message = MessageProcessor.parse_message
_original_session_scope = SQLTrackerStore.session_scope
_original_has_session_expired = MessageProcessor._has_session_expired
_original_resolve_by_type = Event.resolve_by_type
_original_engine_kwargs = rasa.core.tracker_store.create_engine_kwargs
MAX_MESSAGE_CHARS = 2000
LONG_NOTE = (f"That's a long message! I read only its first {MAX_MESSAGE_CHARS:,} characters; "
             "short questions, one at a time, get the best answers.")
EMPTY_NOTE = "I didn't get any text. Type a question, or \"help\" to see what I can answer."


@wraps(_original_handle_message)
async def _handle_message_guarded(self: MessageProcessor, message: UserMessage):
    sender = guards.conversation_id(message.sender_id)
    if sender is None:
        logger.warning("dropped a %s message: its conversation id is not acceptable (%d chars)",
                       message.input_channel, len(str(message.sender_id)))
        return None
    message.sender_id = sender
    if not guards.per_sender.allow(sender):
        logger.info("rate limit: %s message of %s not processed", message.input_channel, sender)
        await message.output_channel.send_text_message(sender, guards.SLOW_DOWN)
        return None
    problem = guards.metadata_problem(message.metadata)
    if problem:
        logger.info("metadata of a %s message not stored: %s", message.input_channel, problem)
        message.metadata = None
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
    clauses: dict[str, dict[str, Any]] = {}  # each question of the message, parsed once
    parse_data = await _each_of_two_questions(self, parse_data, tracker, only_output_properties,
                                              clauses)
    parse_data = relabel_form_answer(parse_data, tracker.active_loop_name,
                                     tracker.get_slot("requested_slot"))
    has_plan = any(tracker.get_slot(slot) is not None for slot in PROFILE_SLOTS.values())
    parse_data = relabel_personal_situation(parse_data, tracker.active_loop_name, has_plan)
    parse_data = guard_acting_intents(relabel_feedback_comment(parse_data, tracker))
    if not tracker.active_loop_name:
        parse_data = relabel_by_words(parse_data, tracker.get_slot("recent_subjects"),
                                      tracker.get_slot("aspect"), tracker.get_slot("subject"),
                                      tracker.get_slot("answered_intent"))
    parse_data = relabel_pointing_back(parse_data, tracker.get_slot("recent_subjects"),
                                       tracker.active_loop_name)
    parse_data = relabel_off_guide(parse_data, tracker.active_loop_name)
    parse_data = relabel_unsure(parse_data, tracker.active_loop_name)
    return await _with_second_question(self, parse_data, tracker, only_output_properties,
                                       clauses)


async def _parse_clause(self: MessageProcessor, clause: str, tracker,
                        only_output_properties: bool,
                        clauses: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One question of a message, parsed on its own; once per message, however many of the
    steps below look at it (the relabelling steps copy a parse, never change it)."""
    if clause not in clauses:
        clauses[clause] = await _original_parse_message(self, UserMessage(clause), tracker,
                                                        only_output_properties)
    return clauses[clause]


# The second question of a chat message ("python or java? also do i need calculus") is
# answered too when it asks something else of the guide, and the classifier is this sure.
SECOND_CONFIDENCE = 0.6


def _sure_of_a_question(parsed: dict[str, Any]) -> bool:
    asked = parsed.get("intent") or {}
    return str(asked.get("name") or "").startswith("ask_") and float(
        asked.get("confidence") or 0.0) >= SECOND_CONFIDENCE


def _second(clause: str, parsed: dict[str, Any], first: str) -> dict[str, Any] | None:
    """The second question as ``parse_data["second"]`` holds it, or None when it asks
    nothing else of the guide or the classifier is not sure of it."""
    other = str((parsed.get("intent") or {}).get("name") or "")
    both_figures = other in ASPECT_INTENTS and first in ASPECT_INTENTS  # compose answers both
    if not _sure_of_a_question(parsed) or other == first or both_figures:
        return None
    return {"text": clause, "intent": other, "entities": parsed.get("entities") or []}


def _unsure_of_it(parse_data: dict[str, Any]) -> bool:
    """Whether the classifier could not place the message: the fallback, or a guide
    question it would be declined as unsure of (``relabel_unsure``)."""
    intent = parse_data.get("intent") or {}
    name = str(intent.get("name") or "")
    if name == "nlu_fallback":
        return True
    return name.startswith("ask_") and unsure(topic_confidence(
        default_knowledge_base(), parse_data.get("intent_ranking") or [intent], name),
        parse_data.get("text") or "")


async def _each_of_two_questions(self: MessageProcessor, parse_data: dict[str, Any], tracker,
                                 only_output_properties: bool,
                                 clauses: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A message of two questions the classifier was unsure of as a whole ("do i need a
    degree? what about a portfolio, does it matter?"), each question classified on its
    own: when it is sure of both, the first one's intent and entities, the second in
    ``second``. Also while the plan's form runs, before the form reads the message as an
    answer ("a degree" is not the education asked for)."""
    both = two_questions(parse_data.get("text") or "")
    if both is None or not _unsure_of_it(parse_data):
        return parse_data
    first = await _parse_clause(self, both[0], tracker, only_output_properties, clauses)
    second = await _parse_clause(self, both[1], tracker, only_output_properties, clauses)
    if not _sure_of_a_question(first) or not _sure_of_a_question(second):
        return parse_data
    name = first["intent"]["name"]
    relabelled = {**parse_data, "intent": first["intent"],
                  "entities": first.get("entities") or []}
    asked = _second(both[1], second, name)
    return {**relabelled, SECOND: asked} if asked else relabelled


async def _with_second_question(self: MessageProcessor, parse_data: dict[str, Any], tracker,
                                only_output_properties: bool,
                                clauses: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``parse_data`` with ``second`` (the second question's text, intent and entities)
    when a guide question is followed by another one (``mlcareer.qa.compose.two_questions``)."""
    name = str((parse_data.get("intent") or {}).get("name") or "")
    both = two_questions(parse_data.get("text") or "")
    if tracker.active_loop_name or both is None or SECOND in parse_data:
        return parse_data
    if parse_data.get(OFF_GUIDE):  # one question the guide does not cover, and another
        return await _beside_off_guide(self, parse_data, both, tracker, only_output_properties,
                                       clauses)
    if not name.startswith("ask_"):
        return parse_data
    second = await _parse_clause(self, both[1], tracker, only_output_properties, clauses)
    asked = _second(both[1], second, name)
    if asked is None and str((second.get("intent") or {}).get("name")) == name:
        # "do i really need a degree? and which language should i start with?" taken as a
        # whole for the second question: the first one, on its own, asks something else
        first = await _parse_clause(self, both[0], tracker, only_output_properties, clauses)
        other = str((first.get("intent") or {}).get("name") or "")
        if _sure_of_a_question(first) and _sure_of_a_question(second) and other != name and not (
                other in ASPECT_INTENTS and name in ASPECT_INTENTS):
            return {**parse_data, "intent": first["intent"],
                    "entities": first.get("entities") or [],
                    SECOND: {"text": both[1], "intent": name,
                             "entities": second.get("entities") or []}}
    return {**parse_data, SECOND: asked} if asked else parse_data


async def _beside_off_guide(self: MessageProcessor, parse_data: dict[str, Any],
                            both: tuple[str, str], tracker, only_output_properties: bool,
                            clauses: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A message declined as about something the guide does not cover, of two questions
    of which one only is a guide question the classifier is sure of ("what do they earn in
    Toronto with 4 yrs experience? and do i need a degree?"): that one in ``second``, to
    answer after the decline."""
    clean = []
    for clause in both:
        parsed = relabel_off_guide(
            await _parse_clause(self, clause, tracker, only_output_properties, clauses), None)
        if _sure_of_a_question(parsed) and not parsed.get(OFF_GUIDE):
            clean.append((clause, parsed))
    if len(clean) != 1:
        return parse_data
    clause, parsed = clean[0]
    return {**parse_data, SECOND: {"text": clause, "intent": parsed["intent"]["name"],
                                   "entities": parsed.get("entities") or []}}


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


@contextlib.contextmanager
def _session_scope(self: SQLTrackerStore) -> Iterator[Any]:
    session = self.sessionmaker()
    try:
        try:
            ensure_schema_exists(session)
        except ValueError as error:  # what Rasa's exit was for: a missing schema
            _exit_on_missing_schema(error)
        yield session  # any other error fails this request only
    finally:
        session.close()


def _exit_on_missing_schema(error: ValueError) -> None:
    rasa.shared.utils.cli.print_error_and_exit(
        f"Requested PostgreSQL schema '{error}' was not found in the database. Create it, "
        "or unset the POSTGRESQL_SCHEMA environment variable to use the default schema.")


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


def session_max_events() -> int:
    """``SESSION_MAX_EVENTS`` (env): events after which a session rolls over; 0: never."""
    try:
        return max(0, int(os.environ.get("SESSION_MAX_EVENTS", "100")))
    except ValueError:
        return 100


def events_in_session(tracker) -> int:
    """Events of ``tracker``'s latest session (all of them when none started)."""
    for back, event in enumerate(reversed(tracker.events)):
        if isinstance(event, SessionStarted):
            return back + 1
    return len(tracker.events)


def _has_session_expired(self: MessageProcessor, tracker) -> bool:
    if _original_has_session_expired(self, tracker):
        return True
    limit = session_max_events()
    if not limit or tracker.active_loop_name or not self.domain.session_config.carry_over_slots:
        return False
    if events_in_session(tracker) <= limit:
        return False
    logger.debug("conversation %s: session of more than %d events rolled over",
                 tracker.sender_id, limit)
    return True


def _carried_slots(tracker) -> list[SlotSet]:
    latest: dict[str, SlotSet] = {}
    for event in tracker.applied_events():
        if isinstance(event, SlotSet):
            latest.pop(event.key, None)  # keeps the order of the latest settings
            latest[event.key] = event
    carried = []
    for key, event in latest.items():
        slot = tracker.slots.get(key)
        if slot is not None and event.value == slot.initial_value:
            continue  # a new session starts with it anyway
        carried.append(SlotSet(key=key, value=event.value, metadata=event.metadata))
    return carried


_event_classes: dict[str, type] = {}


def _resolve_by_type(type_name: str, default=None):
    cls = _event_classes.get(type_name)
    if cls is None:
        cls = _original_resolve_by_type(type_name, default)
        if cls is not None and cls is not default:
            _event_classes[type_name] = cls
    return cls


def _sqlite_write_ahead_log(dbapi_connection: Any, _record: Any) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def _engine_kwargs(url: Any) -> dict[str, Any]:
    kwargs = _original_engine_kwargs(url)
    url = sqlalchemy.engine.make_url(url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        kwargs.update(poolclass=sqlalchemy.pool.QueuePool,
                      connect_args={"check_same_thread": False})
    return kwargs


def apply() -> None:
    rasa.core.tracker_store.create_engine_kwargs = _engine_kwargs
    if not sqlalchemy.event.contains(Engine, "connect", _sqlite_write_ahead_log):
        sqlalchemy.event.listen(Engine, "connect", _sqlite_write_ahead_log)
    RemoteAction._validate_action_result = _validate_action_result
    RemoteAction.run = _run_or_apologise
    MessageProcessor.handle_message = _handle_message_guarded
    MessageProcessor.parse_message = _parse_message_in_form
    TicketLock.is_locked = _is_locked
    SQLTrackerStore.session_scope = _session_scope
    MessageProcessor._has_session_expired = _has_session_expired
    ActionSessionStart._slot_set_events_from_tracker = staticmethod(_carried_slots)
    Event.resolve_by_type = staticmethod(_resolve_by_type)
