"""Declines messages that share no content word with the assistant's own training data.

An intent classifier spreads its confidence over the intents it knows, so a question about
something the guide never mentions ("what do cats eat?", "is green tea
healthy?") often comes out as one of them at 0.7-0.8: built like "what do data
scientists earn?", it got a salary answer. Such a message has no content word
(a lemma that is not a stop word) in common with any in-scope training example
and names no knowledge-base subject. This component learns the in-scope
vocabulary at training time and, after the intent classifier, relabels such a
message as ``out_of_scope`` unless the classifier is very sure of its intent.
A word counts as in scope when more in-scope examples than out-of-scope ones use
it: "outside" ("ML experience outside of work", "how warm is it outside?") says
nothing about the guide.

It runs before the ``FallbackClassifier``: a message with no known word gets
the out-of-scope reply rather than "Did you mean one of these?" with guesses.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from spacy.lang.en.stop_words import STOP_WORDS

from components import source_fingerprint
from mlcareer.knowledge import default_knowledge_base
from mlcareer.qa.answers import ASPECT_FACTS, describing_intent, mentioned_subjects, user_aspects
from mlcareer.qa.compose import (
    COMPARED_TO,
    INTENT_OF,
    asked_aspect,
    aspects_in,
    bare_mention,
    quoted_figure,
    words_besides,
)
from mlcareer.qa.context import BOTH, IT, OTHER, follow_up_length, only_points_back
from mlcareer.qa.fallback import UNSURE_CONFIDENCE, topic_confidence, unsure
from mlcareer.qa.rankings import ranking
from mlcareer.qa.rescue import (
    DESCRIBED_KINDS,
    MEANING,
    TOOL_KINDS,
    about_named,
    asks_provenance,
    in_same_part,
    off_guide,
    others_like,
)
from mlcareer.qa.search import default_search, terms
from mlcareer.roadmap.situation import PLAN_WORDS, is_question

logger = logging.getLogger(__name__)
VOCABULARY_FILE = "vocabulary.json"
# asking what a thing is: "what is that", "what does ABET accredited even mean"
DEFINE = re.compile(r"\b(what'?s|what (is|are)|what does\b.*\bmean|who (is|are)|meaning of|"
                    r"explain|never heard of)\b", re.IGNORECASE)
SHORT_FOLLOW_UP = 5  # words: "ok and time-wise?"
# a judgement asked of the thing talked about: "is it worth it?", "is it hard to learn?"
JUDGED = re.compile(r"\b(worth|good|enough|required|needed|necessary|hard|difficult|easy|"
                    r"useful|valuable|popular|better|respected|recognized|recognised)\b",
                    re.IGNORECASE)
# making a cost smaller: "any way to bring that down", "can i get it cheaper"
LOWER_COST = re.compile(r"\b(bring|get|keep|knock|push)( \w+){0,2} down\b|\b(lower|reduce|cut|"
                        r"lessen|shrink) (that|it|this|the (cost|price|bill|fees?))\b|"
                        r"\b(cheaper|save (money|on))\b", re.IGNORECASE)
# paying for it some other way: "can i get funding for it", "any scholarships?"
FUNDING = re.compile(r"\b(funding|funded|fund (it|this|that|my)|scholarships?|financial aid|"
                     r"grants?|bursar(y|ies)|sponsor(ed|ship)?|stipends?|student loans?)\b",
                     re.IGNORECASE)
# a pointer back ("it", "both", "the other one"): the context answers it, not a search
POINTING = re.compile(f"{IT.pattern}|{BOTH.pattern}|{OTHER.pattern}")
QUOTING = 12  # words: a figure quoted back in a short question, not in someone's story
# a thing asked to be among those just listed: "is finance one of them", "on that list?"
ONE_OF_THEM = re.compile(r"\b(one of (them|those|these|the list)|among (them|those|these)|"
                         r"(on|in) (the|that|this) list)\b", re.IGNORECASE)
MENTION_CONFIDENCE = 0.5  # a bare mention relabelled only when the classifier is less sure
# what the thing talked about covers: "does it cover nlp?" after the Azure certification
COVERS_IT = re.compile(r"\b(does|do|will|would|is|can) (it|that|this|that one|this one) "
                       r"(cover|include|teach|touch|go into|deal with|involve|focus on|"
                       r"mention|get into)\b|\b(it|that|this) (covers|includes|teaches)\b",
                       re.IGNORECASE)
# which one of a kind to pick, right after one of that kind: "ok if i switch, which one
# should i pick up" after Java is a choice of language, whatever else it sounds like
# ("which one", not "which programming language should I learn?": that names its kind)
WHICH_PICK = re.compile(r"\bwhich (one|of (them|these|those))\b.*\b(pick|choose|learn|go (with|"
                        r"for)|start with|focus on|take|use|get)\b", re.IGNORECASE)
PICKED_KINDS = {"language": "ask_languages", "framework": "ask_frameworks",
                "certification": "ask_choose_cert"}
WHY_BOTHER = re.compile(r"\b(why bother|what'?s the point|legit|smart|worth|any good|"
                        r"good idea|helpful)\b", re.IGNORECASE)
# what one named thing has to do with the field: "how are chip designers related to ML at
# all", "why r hardware engineers even on the list"
ML_WORDS = r"(ml|machine learning|ai|data science|this( field)?|it|that)"
RELATED = re.compile(rf"\b(relat(e|es|ed|ion)|relevan(t|ce)|connect(ed|ion)) (to|with) "
                     rf"{ML_WORDS}\b|"
                     rf"\bto do with {ML_WORDS}\b|\b(on|in) (the|this|your|a|that) list\b|"
                     r"\b(listed|included) (here|there)\b", re.IGNORECASE)
RELATED_WORDS = 20  # a longer message asks more than that
# what one named thing is known or meant for: "pytorch, whats it actually known for
# compared to the others", "wat kind of models is tensorflow meant for": described
KNOWN_FOR = re.compile(r"\b(known for|famous for|meant for|designed for|made for|used for|"
                       r"strengths?|what'?s (it|that|so) (good|special)|"
                       r"(what|wat|which) (kinds?|types?|sorts?) of \w+( \w+)? (is|are|does|do) "
                       r"(it|they|that|this))\b", re.IGNORECASE)
CHOICE = re.compile(r"\b(or|vs\.?|versus|instead of|rather than)\b", re.IGNORECASE)
KNOWN_FOR_KINDS = ("framework", "language", "certification", "occupation")
SHORT_DEFINE = 7  # words: "what is the best way to learn AI with Python?" asks more
IN_PART = "in_part"  # parse-data flag: a follow-up in the part of the guide just answered
UNSURE = "unsure"  # parse-data flag: declined as unsure (``relabel_unsure``)
OFF_GUIDE = "off_guide"  # parse-data flag: what the guide does not cover (``relabel_off_guide``)
PLAN_INTENTS = ("plan_path", "update_profile", "plan_answer")


def relabel_by_words(parse_data: dict[str, Any], recent: Any = (),
                     aspect: Any = None, subject: Any = None,
                     last_intent: Any = None) -> dict[str, Any]:
    """What the classifier could not place but the words say, before the fallback takes
    it: a question about the data itself ("where's that number from") goes to ``help``,
    whose action answers it with the provenance; a ranking ("which job pays the most?";
    with the ``recent`` subjects and the ``aspect`` of the conversation, "who makes
    more?", "and the lowest?") to the question of its measure, whose action computes it;
    a figure asked about a named subject ("is a masters gonna bankrupt me lol") to that
    figure's question (in a short message, of the ``subject`` talked about: "ok and
    time-wise?"); "what is" one named subject ("what does ABET accredited mean") to
    a bare mention of it, described, and so is a judgement asked of it ("linkedin - why
    bother"); lowering a cost ("any way to bring that down") after
    one to saving money. A message that only names subjects ("linkedin?", "what about
    github") is a follow-up about them (``inform``) whatever a classifier less than
    ``MENTION_CONFIDENCE`` sure made of it; so is a short one that matches a passage
    of the part of the guide just answered from (``last_intent``; "finance too?" after
    the work environments). Rasa's two-stage fallback gives up on a second
    unsure message in a row whatever was answered in between, so these are decided here,
    not in the fallback's action."""
    intent = parse_data.get("intent") or {}
    text = parse_data.get("text") or ""
    kb, entities = default_knowledge_base(), parse_data.get("entities") or []
    if (intent.get("name") not in ("inform", *PLAN_INTENTS)
            and float(intent.get("confidence") or 0.0) < MENTION_CONFIDENCE
            and bare_mention(kb, text, entities)):  # "linkedin?", "what about github"
        return {**parse_data, "intent": {"name": "inform",
                                         "confidence": intent.get("confidence")}}
    name = str(intent.get("name") or "")
    unsure_of_it = float(intent.get("confidence") or 0.0) < MENTION_CONFIDENCE
    # "is finance one of them?" after the work environments: whatever the classifier made
    # of it, the part of the guide just answered (finance is a way to pay for a degree too)
    if (ONE_OF_THEM.search(text) and not text.startswith("/")
            and not mentioned_subjects(kb, entities)
            and (hit := in_same_part(kb, default_search(), text, last_intent))):
        return {**parse_data, IN_PART: True,
                "intent": {"name": hit.passage.intent, "confidence": intent.get("confidence")}}
    # an inform naming nothing answers nothing: "and finance?" after the work environments
    if ((name == "inform" or (unsure_of_it and (name.startswith("ask_") or name in (
            "nlu_fallback", "out_of_scope", "help"))))
            and not text.startswith("/") and not mentioned_subjects(kb, entities)
            and not aspects_in(text) and not POINTING.search(text.lower())
            and (hit := in_same_part(kb, default_search(), text, last_intent))
            and hit.passage.intent != name):  # "finance too?" after the work environments
        return {**parse_data, IN_PART: True,
                "intent": {"name": hit.passage.intent, "confidence": intent.get("confidence")}}
    # "and the priciest?", "and the slowest one?" after a ranking, which the classifier
    # takes for a follow-up naming nothing, or is unsure of: the ranking, computed
    if ((name == "inform" or (unsure_of_it and name.startswith("ask_")))
            and not text.startswith("/") and len(text.split()) <= SHORT_FOLLOW_UP
            and not mentioned_subjects(kb, entities) and isinstance(aspect, str)
            and (ranked := ranking(kb, text, [], recent if isinstance(recent, list) else [],
                                   aspect))):
        return {**parse_data, "intent": {"name": ranked.intent,
                                         "confidence": intent.get("confidence")}}
    picked = _picked_kind(kb, text, entities, recent)
    if picked is not None and picked[0] != name:  # the kind's question, with all of them
        return {**parse_data, "entities": [*entities, *picked[1]],
                "intent": {"name": picked[0], "confidence": intent.get("confidence")}}
    if (unsure_of_it and not text.startswith("/") and not mentioned_subjects(kb, entities)
            and isinstance(subject, str) and subject in kb.subjects
            and kb.subjects[subject].kind in DESCRIBED_KINDS and COVERS_IT.search(text)):
        # "does it cover nlp?" after a certification: what the guide says of it
        return {**parse_data, "intent": {"name": "inform", "confidence": intent.get("confidence")}}
    if intent.get("name") not in ("nlu_fallback", "out_of_scope", "help") or \
            text.startswith("/"):
        return parse_data
    named = mentioned_subjects(kb, entities)
    if asks_provenance(text):
        name = "help"
    elif ranked := ranking(kb, text, named, recent if isinstance(recent, list) else [],
                           aspect if isinstance(aspect, str) else None):
        name = ranked.intent  # "which job pays the most?": computed, whatever the words
    elif figure := asked_aspect(kb, text, entities):
        name = figure
    elif len(text.split()) <= QUOTING and (quoted := quoted_figure(kb, text)):
        name = quoted[0]  # "the 233k figure, is that the average?": that figure's question
    elif (isinstance(aspect, str) and aspect in ASPECT_FACTS and named
          and COMPARED_TO.search(text)
          and all(aspect in user_aspects(kb, s.id) for s in named)):
        name = INTENT_OF[aspect]  # "is that a lot compared to data scientists?" after a figure
    elif LOWER_COST.search(text) and (aspect == "cost" or asked_aspect(
            kb, text, [{"value": "bachelors"}]) == "ask_cost"):
        name = "ask_manage_costs"  # "any way to bring that down" after a cost
    elif not named and others_like(kb, text, recent if isinstance(recent, list) else [],
                                   last_intent):
        name = "out_of_scope"  # "any other sites like that": declined's action lists them
    elif FUNDING.search(text) and not named:
        name = "ask_manage_costs"  # "can i get funding for it"
    elif len(named) == 1 and about_named(kb, default_search(), text, words_besides(text, entities),
                                         named[0].id):
        name = "inform"  # "the google one - focus?": what the guide says of it
    elif (not named and isinstance(subject, str) and follow_up_length(text) <= SHORT_FOLLOW_UP
          and (figure := asked_aspect(kb, text, [{"value": subject}]))):
        name = figure  # "ok and time-wise?": that figure of the subject talked about
    elif len(named) == 1 and len(text.split()) <= SHORT_DEFINE and DEFINE.search(text):
        name = "inform"  # "toptal?? what is that": what the guide says of it
    elif (len(named) == 1 and named[0].description and len(text.split()) <= RELATED_WORDS
          and RELATED.search(text)):
        name = "inform"  # "how are chip designers related to ML": what the guide says of them
    elif len(named) == 1 and len(text.split()) <= SHORT_DEFINE and (
            JUDGED.search(text) or WHY_BOTHER.search(text)):
        # "udacity, any good?", "linkedin - why bother": what the guide says of it
        name = describing_intent(kb, named[0].id) or "inform"
    elif (not named and isinstance(subject, str) and len(text.split()) <= SHORT_FOLLOW_UP
          and IT.search(text.lower()) and JUDGED.search(text)
          and (described := describing_intent(kb, subject))):
        name = described  # "is it worth it?" after a master's cost: what the guide says of it
    else:
        return parse_data
    return {**parse_data, "intent": {"name": name, "confidence": intent.get("confidence")}}


def _picked_kind(kb: Any, text: str, entities: list[dict[str, Any]],
                 recent: Any) -> tuple[str, list[dict[str, Any]]] | None:
    """When a message naming nothing asks which one to pick, right after one of a kind
    with a choice in the guide (a language, a framework, a certification): that kind's
    question and all of its subjects as entities (not the one just talked about, which
    "which one" would otherwise point back at); else None."""
    if text.startswith("/") or mentioned_subjects(kb, entities) or not WHICH_PICK.search(text):
        return None
    last = next((s for s in recent if isinstance(s, str)), None) if isinstance(
        recent, list) else None
    subject = kb.subjects.get(last) if last is not None else None
    if subject is None or subject.kind not in PICKED_KINDS:
        return None
    # (the certifications named, not the generic "certification")
    options = [{"entity": s.kind, "value": s.id} for s in kb.subjects_of_kind(subject.kind)
               if s.parent or subject.kind != "certification"]
    return PICKED_KINDS[subject.kind], options


def relabel_pointing_back(parse_data: dict[str, Any], recent: Any,
                          active_loop: str | None) -> dict[str, Any]:
    """"the other one?" or "both?" after two subjects were talked about is a follow-up
    (``inform``; the answer resolves the pointer, ``mlcareer.qa.context``), whatever the
    classifier made of a message with no topic word in it. Never while a form runs."""
    text = parse_data.get("text") or ""
    recent = [s for s in recent if isinstance(s, str)] if isinstance(recent, list) else []
    if active_loop or not only_points_back(text, recent, default_knowledge_base().pairs):
        return parse_data
    confidence = float((parse_data.get("intent") or {}).get("confidence") or 0.0)
    return {**parse_data, "intent": {"name": "inform", "confidence": confidence}}


def relabel_off_guide(parse_data: dict[str, Any], active_loop: str | None) -> dict[str, Any]:
    """A question about something the guide does not cover though it shares its words (a
    visa, a particular university, remote job boards: ``mlcareer.qa.rescue.off_guide``)
    becomes ``out_of_scope``, flagged with what it is about; the classifier's ranking is
    kept for the nearest topics. Never while a form runs, nor for a button's payload."""
    text = parse_data.get("text") or ""
    name = (parse_data.get("intent") or {}).get("name") or ""
    if active_loop or text.startswith("/") or not (name.startswith("ask_") or name in (
            "nlu_fallback", "out_of_scope", "inform", *PLAN_INTENTS)):
        return parse_data
    named = mentioned_subjects(default_knowledge_base(), parse_data.get("entities") or [])
    what = off_guide(text, any(subject.kind != "occupation" for subject in named), name,
                     any(subject.kind in TOOL_KINDS for subject in named))
    if what is None:
        return parse_data
    confidence = (parse_data.get("intent") or {}).get("confidence")
    return {**parse_data, OFF_GUIDE: what,
            "intent": {"name": "out_of_scope", "confidence": confidence}}


# content words a short question needs to be declined as unsure (fewer, "and the other?",
# keeps the fallback's "did you mean...?")
SHORT_TERMS = 3
ROUTE_KINDS = ("education", "bootcamp")  # routes with a time and a cost of their own


def _choice_of_routes(kb: Any, text: str, entities: list[dict[str, Any]]) -> bool:
    """Whether one sentence of the message names two routes (a degree, a bootcamp) with
    "or" or "vs" between them: "Bootcamp or a master?", not a story that names a
    bachelor's in one sentence and a master's in the next."""
    for sentence in re.finditer(r"[^.?!]+[.?!]*", text):
        inside = [e for e in entities if isinstance(e.get("start"), int)
                  and sentence.start() <= e["start"] < sentence.end()]
        routes = {s.id for s in mentioned_subjects(kb, inside) if s.kind in ROUTE_KINDS}
        if len(routes) >= 2 and CHOICE.search(sentence.group(0)):
            return True
    return False


def relabel_unsure(parse_data: dict[str, Any], active_loop: str | None) -> dict[str, Any]:
    """A long message taken for a guide question without confidence in its part of the
    guide (``mlcareer.qa.fallback.unsure`` over ``topic_confidence``; below the fallback
    threshold too, instead of "did you mean...?") becomes ``out_of_scope``, flagged
    ``unsure``: the decline says the guide may not cover it and offers the likeliest
    topics (the ranking is kept). Runs in the parse hook (``rasa_patches``): never while a
    form or the fallback is running, and after the roadmap's and the feedback's own
    relabelling. A short question under the fallback is declined the same way when it has
    ``SHORT_TERMS`` content words; a choice between two routes is compared, not declined."""
    intent = parse_data.get("intent") or {}
    fallback = intent.get("name") == "nlu_fallback"
    if fallback:  # the same with the classifier's best guess
        ranked = [r for r in parse_data.get("intent_ranking") or []
                  if r.get("name") != "nlu_fallback"]
        intent = ranked[0] if ranked else {}
    name, confidence = intent.get("name") or "", float(intent.get("confidence") or 0.0)
    text = parse_data.get("text") or ""
    # a guide question; or a question read as giving one's profile or asking for a plan
    # without the word ("can I stay in the country if I enrol in a part-time program?")
    asked = name.startswith("ask_") or (
        name in PLAN_INTENTS and is_question(text) and not PLAN_WORDS.search(text))
    if active_loop or parse_data.get("situation") or not asked:
        return parse_data
    kb = default_knowledge_base()
    confident = topic_confidence(kb, parse_data.get("intent_ranking") or [intent], name)
    # a short question no intent is sure of ("laptop to learn AI?", "OMSCS still worth?")
    # is more often about something the guide does not cover than not: said so, with the
    # likeliest topics, as for a long one, instead of "did you mean...?"
    short_unsure = (fallback and is_question(text) and len(terms(text)) >= SHORT_TERMS
                    and confident < UNSURE_CONFIDENCE)
    if not short_unsure and not unsure(confident, text):
        return parse_data
    # a figure asked about a subject it names ("how much is the google professional ML
    # engineer exam"): the words say what it asks, the classifier only which topic
    aspect = asked_aspect(kb, text, parse_data.get("entities") or [])
    if aspect is not None:
        return {**parse_data, "intent": {"name": aspect, "confidence": confidence}}
    # a ranking the words ask for ("the fastest way into ML eng?"): computed
    ranked = ranking(kb, text, mentioned_subjects(kb, parse_data.get("entities") or []))
    if ranked is not None:
        return {**parse_data, "intent": {"name": ranked.intent, "confidence": confidence}}
    # a choice between two routes the guide gives time and cost for ("should I go to a dev
    # boot camp or get a university degree?"): the routes side by side
    entities = parse_data.get("entities") or []
    if _choice_of_routes(kb, text, entities):
        return {**parse_data, "intent": {"name": "ask_compare", "confidence": confidence}}
    # what else it says matches the one thing it names ("does the aws ml specialty touch
    # data engineering at all"), or what it means ("my uni program says ABET accredited,
    # wat does that even mean"): that thing, described
    named = mentioned_subjects(kb, entities)
    described = named[0].kind in KNOWN_FOR_KINDS and named[0].description if len(
        named) == 1 else False
    if len(named) == 1 and (MEANING.search(text) or about_named(
            kb, default_search(), text, words_besides(text, entities), named[0].id) or (
            described and (KNOWN_FOR.search(text) or (
                len(text.split()) <= RELATED_WORDS and RELATED.search(text))))):
        return {**parse_data, "intent": {"name": "inform", "confidence": confidence}}
    return {**parse_data, UNSURE: True,
            "intent": {"name": "out_of_scope", "confidence": confidence}}


def content_words(message: Message) -> set[str]:
    """Lower-cased lemmas of the message's alphabetic tokens that are not stop words."""
    words = set()
    for token in message.get(TOKENS_NAMES[TEXT]) or []:
        text, lemma = token.text.lower(), (token.lemma or token.text).lower()
        if text.isalpha() and text not in STOP_WORDS and lemma not in STOP_WORDS:
            words.add(lemma)
    return words


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class OutOfDomainClassifier(GraphComponent, IntentClassifier):
    """Relabels messages with no in-scope content word as ``out_of_scope``."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            # the intent given to unknown messages; its examples are not in-scope vocabulary
            "intent": "out_of_scope",
            # a classifier at least this sure of its intent is left alone
            "max_confidence": 0.9,
            # social intents are left alone: "goodnight" or "cya" answered with a goodbye
            # costs nothing; the check is there to stop guide answers to other subjects
            "keep_intents": ["greet", "goodbye", "thanks"],
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        vocabulary: frozenset[str] = frozenset(),
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self.vocabulary = vocabulary

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> OutOfDomainClassifier:
        return cls(config, model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        return source_fingerprint(__file__)

    def train(self, training_data: TrainingData) -> Resource:
        in_scope: Counter[str] = Counter()
        out_of_scope: Counter[str] = Counter()
        for example in training_data.intent_examples:
            words = content_words(example)
            (out_of_scope if example.get(INTENT) == self._config["intent"] else in_scope).update(
                words)
        self.vocabulary = frozenset(w for w, n in in_scope.items() if n > out_of_scope[w])
        self.persist()
        return self._resource

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as directory:
            (directory / VOCABULARY_FILE).write_text(
                json.dumps(sorted(self.vocabulary), indent=0), encoding="utf-8"
            )

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> OutOfDomainClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                words = json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            logger.warning("No vocabulary in the model: %s relabels nothing.", cls.__name__)
            words = []
        default_search()  # built now (about 1 s), not at the first follow-up it reads
        return cls(config, model_storage, resource, frozenset(words))

    def is_unknown(self, message: Message) -> bool:
        """True if the message has content words and none of them is in-scope vocabulary."""
        if not self.vocabulary or message.get(ENTITIES):
            return False
        intent = message.get(INTENT) or {}
        if (intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0) >= self._config["max_confidence"]:
            return False
        if intent.get(INTENT_NAME_KEY) in self._config["keep_intents"]:
            return False
        words = content_words(message)
        return bool(words) and not words & self.vocabulary

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            if not self.is_unknown(message):
                continue
            name = self._config["intent"]
            logger.debug("No in-scope word in %r: %s", message.get(TEXT), name)
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or []
                       if r.get(INTENT_NAME_KEY) != name]
            relabelled = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
            message.set(INTENT, relabelled, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [relabelled, *ranking], add_to_output=True)
        return messages
