"""The offline answerer: the best-supported sentence, and the answer span inside it (spaCy NER)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from spacy.tokens import Span

from qa.casing import uncased
from qa.evidence import EvidencePool, Scored, Sentence
from qa.models import one_line
from qa.question import (
    CHANGE_FORMS,
    FALLING,
    KIN_NOUNS,
    PERSON_NOUNS,
    PLACE_LABELS,
    RISING,
    TALLIES,
    Question,
    as_which,
    dimension_asked,
    home_asked,
    measure_asked,
    named_years,
    workplace_asked,
)
from qa.regions import REGIONS, in_region, us_state
from qa.when import MONTHS, WEEKDAYS, bare_weekday, calendar_day, calendar_year, names_weekday, spelled
from retrieval import Hit
from retrieval.lexical import initialisms, spelled_out
from retrieval.sentences import parse

NAME = "extractive"
TOP_SENTENCES = 4  # sentences searched for an answer span
# Another article's sentences read for a role named with the question's owner ("Scotland coach Matt
# Williams") when the best article names no one so: this many, at this share of the best one's support.
ROLE_SENTENCES = 4
ROLE_ELSEWHERE = 0.5
# A full article may state the answer in a sentence far down its support ranking (the lede restates
# the question; "JetBlue" is named further on): this many more of the best article's sentences are
# searched too, and a candidate gains SALIENCE for each other of its sentences (or its headline)
# naming it, up to SALIENCE_MENTIONS (benchmarks/README.md, "The best article's other sentences").
ARTICLE_SENTENCES = 30
SALIENCE = 0.03
SALIENCE_MENTIONS = 4
SECOND_QUOTE = 0.85  # quote the runner-up sentence too when it scores at least this share of the best
# An adjacent sentence of the quoted passage joins the quote when it supports the question at
# least this share as well as the quoted one: +2.9 points of visible answers on RealTime QA, +2.4
# on SQuAD, at no cost in citation precision (benchmarks/README.md, "Calibration").
NEIGHBOUR_QUOTE = 0.5
# Another article's sentence stating the answer is cited beside it when it supports the question at
# least this share as well: a name alone ("US") is in many sentences about other things.
CORROBORATION = 0.8
# A "why" question with no span to answer is answered by a sentence that gives a reason ("missed the
# trials because of an ankle problem") over one that supports it a little better without one.
REASON_MARGIN = 0.95
_WHY_RE = re.compile(r"\bwhy\b|\bfor what reason\b", re.IGNORECASE)
_REASON_RE = re.compile(r"\b(?:because|due to|owing to|as a result of|in order to|so that|the reason|caused by"
                        r"|blamed (?:on|for)|citing|for (?:failing|refusing|not))\b", re.IGNORECASE)
QUOTE_SPAN = 600  # characters one citation's quote may span; sentences further from its first are left out
_NUMERIC = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"}
# Labels of names, which the small English model misses or mislabels often enough ("Twitter dropped
# the terms") that runs of proper nouns are candidates too, below the entities it did label.
_NAMED = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
PROPER_NOUN_WEIGHT = 0.75
COUNTRY_WEIGHT = 1.1  # a name the list of countries knows, for "which country": as the tagger's country (1.0 + 0.1)
DEMONYM_WEIGHT = 1.05  # a country named by its people ("Russian"): below one named outright (1.1), above a city (1.0)
_FULL_NAMED = {"PERSON", "ORG"}  # names an article shortens to their last word
ATTACHED_BONUS = 0.1
BESIDE_NAME_BONUS = 0.5  # where the person a "where is X from / does X work" question names is placed beside the name
# an age before a relative's noun ("his 19-year-old sister"), for how old someone else is; also a thing's age
# ("its 1,000-year-old monarchy") for a person's
KIN_AGE_PENALTY = 0.3
DESCRIBED_WINDOW = 15  # tokens of a name's appositive or relative clause that may rank it
RANK_WINDOW = 6  # tokens around a candidate where the rank a question asks for ("largest") must be
RANK_BONUS = 0.1
MODIFIER_WEIGHT = 0.85  # a name modifying a common noun ("the Grammy winner") names something else
OTHER_OFFICE_WEIGHT = 0.85  # a name titled with another office than the one asked ("coach X" for the captain)
OTHER_OWNER_WEIGHT = 0.7  # a name holding the office asked of another owner ("Ireland captain X" for Scotland's)
SOURCE_WEIGHT = 0.85  # the source a sentence is "according to": who tells the news, rarely who is in it
# Verbs of telling: a question asking who said, reported or found something may be answered by the source.
_TELLING = {"say", "report", "tell", "claim", "estimate", "find", "show", "predict", "warn", "reveal", "state",
            "announce", "suggest", "project", "forecast", "conclude", "publish", "survey", "count", "track"}
APPOSITIVE_WEIGHT = 0.95  # the name beside the asked noun, over the noun's own chunk (0.9)
CREDIT_WITHIN = 5  # tokens from a sentence's start within which "(AP)" is a dateline's credit
PAIR_BONUS = 0.05  # two coordinated entities, for a question asking for two, over either one
POINT_IN_TIME_PENALTY = 0.15  # a date or time that says when, for a question asking how long
_LEADING_DET_RE = re.compile(r"^(the|a|an|this|that|these|those)\s+", re.IGNORECASE)
_DEMONYM_ENDINGS = frozenset({"", "n", "an", "ian", "i", "er"})  # after a place's name: itself, "Iraqi", "Icelander"
_GIVING_WAY = frozenset("aeiouys")  # a place's last letter its people's word may drop: "Ital-ian", "Texa-n"
# Short forms news uses for countries, with the CLDR name (normalised) each stands for.
_COUNTRY_ALIASES = {
    "us": "united states", "u s": "united states", "usa": "united states", "america": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom", "turkey": "türkiye",
    "czech republic": "czechia", "burma": "myanmar", "ivory coast": "côte d ivoire", "congo": "congo kinshasa",
    "drc": "congo kinshasa", "democratic republic of the congo": "congo kinshasa",
    "palestine": "palestinian territories", "holland": "netherlands", "the netherlands": "netherlands",
}


@dataclass(frozen=True)
class Draft:
    """An answer before citations are numbered: text with [n] markers (n = hit index + 1)."""

    text: str
    short_answer: str | None
    quotes: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # hit → spans
    answerer: str = NAME
    notes: tuple[str, ...] = ()


def _states(text: str) -> bool:
    """Whether a sentence says something: a word in it is lower-case, as no heading's or bare name's is."""
    return any(word[:1].islower() for word in text.split())


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _bare_name(name: str) -> str:
    """A name normalised without its leading article: "the U.S." → "u s"."""
    return _norm(_LEADING_DET_RE.sub("", name))


# Words before a name that say who they are, not which: "Mr Galloway" is Galloway, "Actress Nicole
# Kidman" Nicole Kidman. Not the nouns that also begin names ("General Motors", "People's Party").
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev"}
_PEERS = {"lord", "lady", "baroness", "baron", "viscount", "earl", "countess"}  # titles a surname goes by
_PEERAGE = _HONORIFICS | _PEERS | {"duke", "duchess"}
_PERSON_WORDS = set(PERSON_NOUNS.replace("\\.", "").split("|"))  # in lower case, a title whatever it begins
_TITLES = (_HONORIFICS | _PERSON_WORDS) - {
    "man", "woman", "people", "person", "former", "figure", "member", "couple", "head", "star", "general",
    "individual", "victim", "suspect", "winner", "legend", "hero", "host", "chief", "owner", "boss", "king",
    "queen", "prince", "princess", "duke", "duchess", "pope", "justice", "captain", "pilot", "student", "veteran",
    "explorer", "academic"}
_TITLES_RE = re.compile(rf"^(?:(?:{'|'.join(sorted(_TITLES))})\s+)+")
# A company's legal form or a club's after its name: "Chrysler Corp", "CPC International Inc" and
# "Graz AK" are the Chrysler, the CPC and the Graz a question names.
_COMPANY_RE = re.compile(r"^(?:the\s+)?(\S+)(?:\s+\S+)*?\s+(?:corp|corporation|inc|incorporated|co|company|ltd|limited"
                         r"|plc|llc|lp|spa|sa|ag|nv|bv|ab|asa|gmbh|kk|group|holdings|fc|afc|cf|sc|ak|sv|fk|bk)$")

# The last word of a name that makes it an organisation's, whatever the tagger labelled it.
_ORG_WORDS = {"pharma", "pharmaceuticals", "airlines", "airways", "bank", "motors", "group", "holdings", "inc", "corp",
              "corporation", "company", "co", "ltd", "plc", "llc", "technologies", "foods", "energy", "media",
              "entertainment", "studios", "records", "capital", "partners", "labs", "therapeutics", "industries",
              "enterprises", "brands", "networks", "communications", "insurance", "financial", "association",
              "institute", "university", "college", "foundation", "council", "committee", "agency", "ministry",
              "party", "union", "club", "fc", "league", "nutrition", "healthcare", "systems", "solutions", "logistics",
              "electronics", "software", "semiconductor", "semiconductors", "chemicals", "petroleum", "mining",
              "aerospace", "biotech", "biosciences", "devices", "restaurants", "stores", "hotels", "resorts",
              "investments", "securities", "bancorp", "ventures", "pictures", "publishing", "robotics", "utilities"}


# Who may share a person's surname: "Trump's children" may be Trumps, "Trump's lawyer" is not. The
# kin nouns that ask for a person, and more that only name a family.
_KIN = {re.sub(r"\(.*\)", "", noun) for noun in KIN_NOUNS.split("|")} | {
    "sibling", "parent", "dad", "mom", "mum", "family", "grandfather", "grandmother", "uncle", "aunt", "heir",
    "relative", "descendant", "ancestor", "dynasty", "clan", "kid", "baby", "twin", "offspring", "stepson",
    "stepdaughter", "stepfather", "stepmother"}


class QuestionNames(NamedTuple):
    """What a question names, normalised: names of two words or more ("radio 1"), and one-word names
    of the person asked about ("kidman")."""

    names: tuple[str, ...] = ()
    surnames: frozenset[str] = frozenset()


def _question_names(qdoc) -> QuestionNames:  # type: ignore[no-untyped-def]
    """The names a parsed question gives, for `_mentioned`."""
    # Its entities, and its runs of proper nouns where the tagger labelled less ("Tandem" of "Who
    # founded Tandem Computers?", whose answer is then no "Tandem Computers Inc").
    # A run inside a longer entity is only part of its name: "White House Correspondents" of "the White House
    # Correspondents' Dinner" does not name the White House Correspondents' Association.
    ents = [ent for ent in qdoc.ents if ent.label_ not in _NUMERIC]
    spans = [*ents, *(qdoc[start:end] for start, end in _proper_runs(qdoc) if not any(
        e.start <= start and end <= e.end and any(t.is_alpha and t.tag_ != "POS" for t in qdoc[end : e.end])
        for e in ents))]
    names = tuple(dict.fromkeys(name for span in spans
                                if len((name := _bare_name(span.text)).split()) > 1))
    # A name the question gives as one word is the person asked about ("Actress Nicole Kidman" for
    # "Kidman"), unless it modifies a noun: a family or a team may be asked about ("Trump's
    # children", "a Biden administration member"). A verb the tagger took for a noun modifies
    # nothing ("is Kidman shooting"), and only kin share a name: "Trump's lawyer" is no Trump.
    surnames = frozenset(t.lower_ for t in qdoc if t.pos_ == "PROPN"
                         and (t.dep_ not in {"poss", "compound"} or t.head.lower_.endswith("ing")
                              or (t.dep_ == "poss" and t.head.lemma_.lower() not in _KIN))
                         and not (t.dep_ == "pobj" and t.head.lower_ == "of"  # "which father of McIntosh"
                                  and t.head.head.lemma_.lower() in _KIN)
                         and not any(n.pos_ == "PROPN" for n in qdoc[max(0, t.i - 1) : t.i + 2] if n.i != t.i))
    # Names paired by a hyphen are the people they name, whatever they modify: "the Blair-Brown rift".
    paired = {i for t in qdoc[:-2] if t.pos_ == "PROPN" and t.nbor(1).text == "-" and not t.whitespace_
              and not t.nbor(1).whitespace_ and t.nbor(2).pos_ == "PROPN" for i in (t.i, t.i + 2)}
    return QuestionNames(names, surnames | {qdoc[i].lower_ for i in paired})


_NO_NAMES = QuestionNames()


# Words that make a part of a place another place: "Northern San Diego" is not San Diego.
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater", "inner", "outer"}


def _around(name: str, cand: str) -> bool:
    """Whether a normalised candidate is a longer name around `name` ("bbc radio 1" around "radio 1"),
    not another place ("northern san diego")."""
    if f" {name} " not in f" {cand} ":
        return False
    rest = set(f" {cand} ".replace(f" {name} ", " ").split())
    return not rest or not rest <= _DIRECTIONS


_CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]*")  # a word written as a name's: "Iranian-backed", "Andersen"
_JOINT_RE = re.compile(r"\b[A-Z]\w*(?:[-–][A-Z]\w*)+\b")  # "Pfizer-BioNTech", "Rolls-Royce"


@lru_cache(maxsize=256)
def _written_as_names(question: str) -> frozenset[str]:
    """The words a question writes with a capital, normalised (read once per question, not per candidate)."""
    return frozenset(_norm(" ".join(_CAPITALISED_RE.findall(question))).split())


def one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one inserted, deleted, replaced or swapped letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return (a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
            or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1]))



SUBJECT_HOPS = 5  # heads climbed from a figure to the verb whose subject says whose figure it is


def _subject_names(doc, start: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The names in the subject of the verb a figure is said with ("Ford" of "Ford sales dropped 3%"), or
    owning the change it names ("the FTSE 100's 0.3% decline")."""
    change = doc[start]
    while change.dep_ in {"nummod", "compound", "quantmod"} and change.head.i != change.i:
        change = change.head
    owner = next((c for c in change.children if c.dep_ == "poss"), None) if (
        change.pos_ == "NOUN" and change.lemma_.lower() in _CHANGES) else None
    whose = owner if owner is not None else _verb_of(doc[start])[1]
    if whose is None:
        return []
    within = range(whose.left_edge.i, whose.right_edge.i + 1)
    return [e.text for e in doc.ents if e.label_ not in _NUMERIC and e.start in within]


def _subject_heads(doc, start: int, labels: set[str], own: set[str] | frozenset[str] = frozenset()) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of those `labels` that head the subject of the clause a figure is said in, or modify
    its head ("Wisconsin has …"): whose figure it is. None where the head is a noun of the question's
    `own` words ("Maricopa County Sheriff's deputies arrested five men" for how many men deputies arrested)."""
    verb, subject = _verb_of(doc[start])
    for _ in range(SUBJECT_HOPS):
        if subject is None or not subject.left_edge.i <= start <= subject.right_edge.i or verb.dep_ != "pcomp":
            break
        # The figure is the subject: of its clause ("123 million Brazilians voted", "21,000 pages were taken",
        # no one's, whoever says so), or of a clause after a preposition, whose clause's subject says
        # whose ("Wisconsin has …, with 56.1% … infected").
        verb, subject = _verb_of(verb.head)
    if subject is None or subject.left_edge.i <= start <= subject.right_edge.i or (
            subject.pos_ == "NOUN" and subject.lemma_.lower() in own):
        return []
    heads = {subject, *(c for c in subject.children if c.dep_ in {"compound", "poss", "amod"})}
    return [e.text for e in doc.ents if e.label_ in labels and e.root in heads]


def _verb_of(token):  # type: ignore[no-untyped-def]
    """The verb a token is said with, up to SUBJECT_HOPS heads above it, and that verb's subject."""
    verb = token
    for _ in range(SUBJECT_HOPS):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return verb, None
    return verb, next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


LEVEL_WORDS = 4  # words between the measure asked and the figure a sentence levels it at ("toll has now risen to")


# The words a sentence states each dimension with: after its figure ("492 feet across", "70 feet deep"), or
# as the noun it is "of" ("a depth of 27 miles").
_DIMENSIONS = {"wide": {"wide", "across", "width", "broad"}, "deep": {"deep", "depth"},
               "tall": {"tall", "high", "height"}, "high": {"high", "tall", "height", "altitude"},
               "far": {"away", "far", "distance", "off", "from", "north", "south", "east", "west", "northeast",
                       "northwest", "southeast", "southwest", "outside", "inland", "offshore", "upstream",
                       "downstream"},
               "thick": {"thick", "thickness"},
               "heavy": {"heavy", "weigh", "weight"}}


def _after_figure(doc, end: int):  # type: ignore[no-untyped-def]
    """The word after a figure ending before token `end`, past a conversion in brackets: "across" of "492
    feet (150 meters) across", "rebuild" of "the 1.2bn Australian dollars (£458m; $874m) rebuild"."""
    if end < len(doc) and doc[end].text == "(":
        end = next((t.i + 1 for t in doc[end : end + 12] if t.text == ")"), end)
    return doc[end] if end < len(doc) else None


def _dimensions_stated(doc, start: int, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The dimensions a figure spanning tokens `start` to `end` is said to measure by the word after it, or
    by the noun it is "of" before it: "wide" (and "tall", "high" alike) of "492 feet (150 meters) across",
    "deep" of "at a depth of 27 miles"."""
    words = {after.lemma_.lower()} if (after := _after_figure(doc, end)) is not None else set()
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].pos_ == "NOUN":
        words.add(doc[start - 2].lemma_.lower())
    return {dimension for dimension, said in _DIMENSIONS.items() if not words.isdisjoint(said)}


# "from" places one at home more than at work: "a systems analyst from Holland, Michigan".
_WORKPLACE_PREPOSITIONS = frozenset({"at", "with", "for", "of"})
_HOME_PREPOSITIONS = frozenset({"of", "from"})


def _placed_beside(doc, start: int, end: int, person: str,  # type: ignore[no-untyped-def]
                   prepositions: frozenset[str]) -> bool:
    """Whether a candidate is what a sentence places the `person` at, beside the name, after one of the
    `prepositions`: "the Harvard-Smithsonian Center …" of "Jonathan McDowell, an astronomer at the
    Harvard-Smithsonian Center …", "the NIPH" of "Dr. Sara Watle of the NIPH", "Holland" of "Rose, 53, a
    systems analyst from Holland"."""
    root = doc[start:end].root
    if root.dep_ != "pobj" or root.head.lower_ not in prepositions:
        return False
    holder = root.head.head
    holder = holder.head if holder.dep_ == "appos" else holder
    return holder.pos_ == "PROPN" and holder.text == person.split()[-1]


_LEVEL_HEDGES = {"as", "up", "around", "about", "nearly", "over", "above", "near", "reaching", "topping"}


def _level_of(doc, start: int, measure: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a figure is the level a sentence gives the measure asked: "increasing the death toll to 122",
    "a toll of 122", "the population stood at 8.4 million", "the magnitude was 5.9"."""
    if start >= 1 and doc[start - 1].lemma_.lower() == measure and doc[start].lower_ in _LEVEL_HEDGES:
        return True  # "wind speeds as high as 122 miles per hour", "gusts up to 100mph"
    if start >= 2 and doc[start - 1].text in {"—", "–", "(", ","} and doc[start - 2].lemma_.lower() == measure:
        return True  # set off after the measure: "The entire population — nearly 7.5 million people —"
    if start < 2 or not (doc[start - 1].lower_ in {"to", "at", "of"} or doc[start - 1].lemma_ == "be"):
        return False
    counted = next((t for t in doc[start:] if not (t.like_num or t.lower_ in _MAGNITUDES)), None)
    if (doc[start - 1].lower_ == "of" and counted is not None and counted.tag_ == "NNS"
            and counted.lower_ not in _ANYONE and counted.ent_type_ != "QUANTITY"):
        return False  # a count of others: "the population of 61 countries"; not of units, "a range of 1,500km"
    for token in reversed(doc[max(0, start - 1 - LEVEL_WORDS) : start - 1]):
        if token.lemma_.lower() == measure:
            return True
        if token.pos_ not in {"VERB", "AUX", "ADV", "PART"}:
            return False
    return False


def _coded(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word is a code name, capitals and digits, which the tagger may call a common noun: "BA.4"."""
    return any(c.isupper() for c in token.text) and any(c.isdigit() for c in token.text)


def _mentioned(candidate: str, question: str, named: QuestionNames = _NO_NAMES) -> bool:
    """Whether the candidate answer is already named in the question: as written, behind a title
    ("Mr Galloway"), around a longer name it gives ("BBC Radio 1"), or in full for a surname ("Nicole Kidman")."""
    cand = _norm(candidate)
    if not cand:
        return True
    q = f" {_norm(question)} "
    held = cand.split()
    if held[0] in _PERSON_WORDS and held[1:2] == ["of"]:
        return f" {cand} " in q  # the one holding a title of a place named: "Mayor of Ottawa", not Ottawa
    cand = _TITLES_RE.sub("", cand) or cand
    asked = set(q.split())
    company = _COMPANY_RE.match(cand)
    if (f" {cand} " in q or any(_around(name, cand) for name in named.names)
            or (" " in cand and cand.rsplit(" ", 1)[1] in named.surnames)
            or (company is not None and company.group(1) in asked)):
        return True
    # One maker of a joint name: "Pfizer-BioNTech" for a question naming Pfizer's vaccine; not a person's
    # double surname after a first name ("Catherine Pousson-Johnson" for Johnson's wife).
    joints = [m.group() for m in _JOINT_RE.finditer(candidate)
              if not (m.end() == len(candidate) and re.search(r"\b[A-Z][a-z]+\s+$", candidate[: m.start()]))]
    if any(_norm(part) in asked for joint in joints for part in re.split(r"[-–]", joint)):
        return True
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", question)}
    if acronyms and acronyms.intersection(initialisms(candidate, opening=True)):
        # "the US Food and Drug Administration" for a question naming the FDA; not "The Collaborative
        # for Academic, Social and Emotional Learning" for one naming SEL.
        return True
    if candidate.isupper() and candidate.lower() in spelled_out(question):
        return True  # "AMA" for a question naming the American Medical Association
    country = _country(candidate)
    if country is not None:
        # The same country by another name: "US" is named by "the United States", "China" by "Chinese".
        words = q.split()
        named = {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
        if any(_country(name) == country or _country(_irregular_country(name) or "") == country for name in named):
            return True
    # "Russia" is named by "Russian actors", "Iran" by "Iranian-backed", "Iraq" by "Iraqi".
    # A word one letter off is the question's, misspelt by one or the other ("Anderson" for Andersen).
    # Off inside the word, only a name the question writes as one: "Unison" is no "union" of "Which union …?"
    # (in a question typed in lower case, any word may be one).
    names = asked if uncased(question) else _written_as_names(question)
    return all(w in asked or any(_people_of(a, w) for a in asked)
               or (len(w) >= 5 and any(a[:1] == w[:1] and one_edit(w, a) and (
                   a in names or a.startswith(w) or w.startswith(a)) for a in asked))  # ("lucky" of "luck")
               for w in cand.split())


@lru_cache(maxsize=1)
def _territories() -> list[tuple[str, str, str]]:
    """The world's countries as CLDR lists them (via Babel): ISO code, English name, the name to show."""
    from babel import Locale

    return [(code, name, name.split(" (")[0].split(" - ")[0]) for code, name in Locale("en").territories.items()
            # numeric codes are regions; these are unions, pseudo-locales, "unknown"
            if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}]


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Normalised English names of the world's countries → the name to show."""
    names: dict[str, str] = {}
    for _, name, shown in _territories():
        for variant in (name, name.split(" - ")[0], name.split(" (")[0], name.replace("&", "and")):
            names.setdefault(_norm(variant), shown)
    return names


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """The name `_countries` shows for a country → its ISO 3166 code."""
    return {shown: code for code, _, shown in _territories()}


def _in_region(text: str, region: str | None) -> bool:
    """Whether `text` is no country outside `region` ("U.S." is not in "european"; "Paris" passes)."""
    if not region:
        return True
    shown = _country(text)
    return shown is None or in_region(_codes()[shown], region)


def _country(text: str) -> str | None:
    """The country `text` names, as CLDR shows it ("the U.S." → United States); None if none."""
    name = _bare_name(text)
    return _countries().get(_COUNTRY_ALIASES.get(name, name))


# Demonyms that no regular ending derives from their country's name, as news names the country.
_IRREGULAR_DEMONYMS = {
    "afghan": "Afghanistan", "american": "United States", "argentine": "Argentina", "belgian": "Belgium",
    "bosnian": "Bosnia and Herzegovina", "brit": "United Kingdom", "british": "United Kingdom",
    "briton": "United Kingdom", "burmese": "Myanmar", "chilean": "Chile", "chinese": "China",
    "congolese": "Congo", "cypriot": "Cyprus", "czech": "Czech Republic", "dane": "Denmark", "danish": "Denmark",
    "dutch": "Netherlands", "emirati": "United Arab Emirates", "filipina": "Philippines",
    "filipino": "Philippines", "finn": "Finland", "finnish": "Finland", "french": "France", "greek": "Greece",
    "honduran": "Honduras", "icelander": "Iceland", "icelandic": "Iceland", "irish": "Ireland",
    "ivorian": "Côte d’Ivoire", "japanese": "Japan", "kazakh": "Kazakhstan", "kyrgyz": "Kyrgyzstan",
    "lao": "Laos", "laotian": "Laos", "lebanese": "Lebanon", "malagasy": "Madagascar", "maltese": "Malta",
    "mozambican": "Mozambique", "new zealander": "New Zealand", "norwegian": "Norway", "panamanian": "Panama",
    "paraguayan": "Paraguay", "peruvian": "Peru", "pole": "Poland", "polish": "Poland", "portuguese": "Portugal",
    "salvadoran": "El Salvador", "saudi": "Saudi Arabia", "senegalese": "Senegal", "slovak": "Slovakia",
    "slovene": "Slovenia", "slovenian": "Slovenia", "spaniard": "Spain", "spanish": "Spain", "sudanese": "Sudan",
    "swede": "Sweden", "swedish": "Sweden", "swiss": "Switzerland", "taiwanese": "Taiwan", "tajik": "Tajikistan",
    "thai": "Thailand", "turk": "Turkey", "turkish": "Turkey", "turkmen": "Turkmenistan",
    "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "vietnamese": "Vietnam",
}


def _irregular_country(word: str) -> str | None:
    """The country of an irregular demonym, singular or plural ("Chinese", "Americans"); None if not one."""
    for form in (word, word[:-1] if word.endswith("s") else word):  # "the Swiss", "Americans"
        if form in _IRREGULAR_DEMONYMS:
            return _IRREGULAR_DEMONYMS[form]
    return None


def _by_ending(words: list[str], lookup: Callable[[str], str | None],
               own_name: Callable[[str], bool]) -> str | None:
    """The place `lookup` finds for the words, or for the words ending them; the longest first.

    The tagger keeps a capitalised adjective in a people's name ("Angry Sri Lankans"): the people
    end it. A place's own name ending a longer one is another name ("New Mexico", "Lake Washington").
    """
    for i in range(len(words)):
        ending = " ".join(words[i:])
        if (i == 0 or not own_name(ending)) and (found := lookup(ending)) is not None:
            return found
    return None


def country_of(demonym: str) -> str | None:
    """The country a demonym names ("Russian" → Russia, "North Koreans" → North Korea, "Chinese" → China)."""
    return _by_ending(_bare_name(demonym).split(), _demonym, is_country)


def _demonym(word: str) -> str | None:
    """The country of one normalised demonym ("sri lankans"), or of a country's own name; None if neither."""
    if (irregular := _irregular_country(word)) is not None:
        return irregular
    found = None
    for norm, shown in _countries().items():
        if _people_of(word, norm) and (found is None or len(norm) > len(_norm(found))):
            found = shown  # the longest name that fits: "Nigerian" is Nigeria, not Niger
    return found


def _people_of(word: str, name: str) -> bool:
    """Whether a normalised word is a place's one-word name or its people's, one or many: "iraqis" of "iraq",
    "oregonians" of "oregon".

    "Russia" + n, "Iran" + ian, "Iceland" + er; a final vowel or "s" gives way: "Italy" → Ital + ian,
    "Germany" → German, "Texas" → Texa + n.
    """
    bases = {name, name[:-1]} if name[-1:] in _GIVING_WAY else {name}
    return any(len(base) >= 4 and form.startswith(base) and form[len(base):] in _DEMONYM_ENDINGS
               for form in ({word, word[:-1]} if word.endswith("s") else {word}) for base in bases)


def state_of(people: str) -> str | None:
    """The US state a name of it or its people names, also ending a longer name ("Southern Californians")."""
    return _by_ending(_LEADING_DET_RE.sub("", people).split(), us_state,
                      lambda ending: _norm(us_state(ending) or "") == _norm(ending))


def _people(ent) -> bool:  # type: ignore[no-untyped-def]
    """Whether an entity may name a country's people: a nationality or place, or a plural the tagger
    took for a person ("Sri Lankans"), not a person whose surname is a country ("Michael Jordan")."""
    return ent.label_ in {"NORP", "GPE"} or (ent.label_ == "PERSON" and ent.text.endswith("s")
                                             and not is_country(ent[-1].text))


def is_country(text: str) -> bool:
    """Whether `text` names a country ("Iraq", "the United States", "U.S.")."""
    return _country(text) is not None


def country_named(text: str) -> str | None:
    """The country `text` names, by its name, a short form or its people ("U.S.", "Russian"); None if none."""
    return _country(text) or country_of(text)


@lru_cache(maxsize=512)
def country_names(country: str) -> frozenset[str]:
    """The normalised names news gives a country (as `country_named` returns it), but for regular demonyms.

    "United States" → {"united states", "us", "usa", "america", "american", "americans", …}.
    """
    name = _norm(country)
    names = {name} | {short for short, full in _COUNTRY_ALIASES.items() if full == name}
    names |= {people for people, of in _IRREGULAR_DEMONYMS.items() if _country(of) == country}
    return frozenset(names | {f"{n}s" for n in names})


def _proper_runs(doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(start, end) token spans of consecutive proper nouns in a parsed sentence, a hyphenated name
    whole ("Chick-fil-A"); an honorific opens a name of its own ("the Foreign Policy Centre Mr Straw")."""
    runs, start, i = [], None, 0
    while i <= len(doc):
        if i < len(doc) and doc[i].pos_ == "PROPN":
            if start is not None and _honorific(doc[i]) and doc[i].text[:1].isupper():
                runs.append((start, i))
                start = None
            start = i if start is None else start
            i = _hyphen_end(doc, i)
            continue
        if start is not None:
            # the rest of a name the tagger labelled whole ("Superintendent Cam Sholly", "Sholly" no proper noun to it);
            # a body's "of" or "for" what it is ("Harvard-Smithsonian Center for Astrophysics")
            tail = _of_place_end(doc, next((e.end for e in doc.ents if e.start < i < e.end and e.label_ not in _NUMERIC
                                            and all(t.is_alpha and t.text[:1].isupper() for t in doc[i : e.end])), i))
            runs.append((start, tail))
            start = None
            if tail > i:
                i = tail
                continue
        i += 1
    # A capitalised function word inside a name opens it before: "Reporters Without Borders" (the tagger's
    # noun and preposition), "Save The Children".
    taken = {i for a, b in runs for i in range(a, b)}
    return [(a - 2, b) if a >= 2 and doc[a - 1].is_title and doc[a - 1].pos_ in {"ADP", "DET"} and doc[a - 2].is_title
            and doc[a - 2].pos_ in {"NOUN", "PROPN", "VERB"} and a - 2 not in taken else (a, b) for a, b in runs]


def _hyphen_end(doc, last: int) -> int:  # type: ignore[no-untyped-def]
    """The end of a name whose token `last` a hyphen may join to more of it ("Chick" → "Chick-fil-A",
    "T" → "T-Mobile"), which the tagger splits; not a word it forms ("Iran-backed")."""
    end = _dashed(doc, last + 1, {"-"}, lambda piece: piece.is_alpha)
    return end if end == last + 1 or doc[end - 1].text[:1].isupper() else last + 1


# The nouns of a body that "of" a place or "for" its field completes: "the Federal Reserve Bank of San
# Francisco", "the Harvard-Smithsonian Center for Astrophysics".
_BODY_HEADS = {"bank", "university", "center", "centre", "foundation", "fund", "college", "institute", "museum",
               "department", "ministry", "council", "commission", "court", "agency", "authority", "board", "office",
               "church", "school", "hospital", "academy", "society", "association", "federation", "chamber", "bureau",
               "diocese", "archdiocese"}


def _of_place_end(doc, end: int) -> int:  # type: ignore[no-untyped-def]
    """The end of an organisation's name ending before token `end`, taken on over "of" or "for" and the
    name after it when its last word is a body's noun ("the Federal Reserve Bank" → "… of San
    Francisco", "Harvard-Smithsonian Center" → "… for Astrophysics"), which the tagger splits."""
    if not (end + 1 < len(doc) and doc[end].lower_ in {"of", "for"} and doc[end - 1].lower_ in _BODY_HEADS
            and doc[end - 1].text[:1].isupper()):
        return end
    after = next((e.end for e in doc.ents if e.start == end + 1 and e.label_ in {"GPE", "LOC", "ORG"}), None)
    if after is None and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
        after = next((t.i for t in doc[end + 1 :] if t.pos_ != "PROPN"), len(doc))
    return after if after is not None else end


def _site_end(doc, end: int) -> int:  # type: ignore[no-untyped-def]
    """The end of the site or body a place's name ending before token `end` is part of ("the U.S.
    Capitol", "the Texas Capitol": two names to the tagger); `end` if none."""
    last = doc[end - 1]
    if end < len(doc) and last.dep_ == "compound" and last.head.i == end and doc[end].ent_iob_ == "B" and (
            doc[end].ent_type_ in {"FAC", "ORG"}):
        return next(e.end for e in doc.ents if e.start == end)
    return end


def _dashed(doc, end: int, dashes: set[str], piece: Callable) -> int:  # type: ignore[no-untyped-def,type-arg]
    """The end of a span ending before token `end`, taken on over each `piece` a dash glues to it
    ("Chick" → "Chick-fil-A", "2" → "2-1")."""
    while (end + 1 < len(doc) and doc[end].text in dashes and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and piece(doc[end + 1])):
        end += 2
    return end


_KIND_NOUNS = {"kind", "type", "sort", "form", "variety", "category"}
_KIND_RE = re.compile(r"\bwhat\s+(?:kind|type|sort|form|variety|category)s?\s+of\b", re.IGNORECASE)
_TIME_NOUNS = {"week", "weekend", "year", "month", "day", "time", "morning", "evening", "night", "season",
               "summer", "winter", "spring", "fall", "decade", "century"}


# A verb's doer as a role noun, for "who <verb>s": what the article may call them ("host Sam Shad").
_AGENTS = {"host": "host", "lead": "leader", "coach": "coach", "manage": "manager", "own": "owner",
           "found": "founder", "direct": "director", "chair": "chair", "edit": "editor", "captain": "captain",
           "govern": "governor", "command": "commander", "produce": "producer", "design": "designer",
           "publish": "publisher", "anchor": "anchor", "moderate": "moderator", "organize": "organizer",
           "organise": "organiser", "sponsor": "sponsor", "represent": "representative", "head": "head",
           "operate": "operator", "invent": "inventor", "create": "creator", "develop": "developer",
           "train": "trainer", "attack": "attacker", "shoot": "shooter", "kill": "killer", "stab": "attacker",
           "employ": "employer", "narrate": "narrator", "preside": "president", "referee": "referee",
           "compose": "composer", "conduct": "conductor", "negotiate": "negotiator", "mediate": "mediator",
           "write": "writer", "star": "star", "present": "presenter"}


def doer_role(verb: str, lemma: str = "") -> str | None:
    """The role noun news calls the doer of a verb by ("leads" → "leader"), if it has one."""
    verb = verb.lower()  # (the lemmatizer leaves "refereed" whole; a regex reads no lemma)
    return next((_AGENTS[f] for f in (lemma, verb, verb[:-1], verb[:-2]) if f in _AGENTS), None)


def _who_verb(qdoc, prefix: set[str]):  # type: ignore[no-untyped-def]
    """The verb of a 'who <verb>s' question, past its `prefix` ("co-"): the first the tagger calls one, or
    the word right after "who" when a role noun names its doer, whatever the tagger says ("who presents",
    "who co-stars", read as an auxiliary and a noun)."""
    first = next((t for t in qdoc[1:4] if t.lower_ not in prefix), None)
    if first is not None and first.pos_ != "VERB" and first.lower_.endswith(("s", "ed")) \
            and doer_role(first.lower_) is not None:
        return first
    return next((t for t in qdoc[1:6] if t.pos_ == "VERB" and t.lower_ not in prefix), None)


def _asked_noun(qdoc, what: bool = False) -> str | None:  # type: ignore[no-untyped-def]
    """The noun a 'what/which/this X' question asks for ('which annual meteor shower' → 'shower'), or
    the role a 'who is the X' question names ('who is the meteorite expert at …' → 'expert'); with
    `what`, also the thing a 'what is the X' one names ('what was UKIP's slogan' → 'slogan')."""
    # "who is", "who will be", "who would be"
    be = 2 if len(qdoc) > 2 and qdoc[1].tag_ == "MD" and qdoc[2].lemma_ == "be" else 1
    if len(qdoc) > be + 2 and qdoc[0].lower_ in ({"who", "what"} if what else {"who"}) and qdoc[be].lemma_ == "be":
        # After its article or its owner: "who is the …", "who is Russia's foreign minister".
        start = be + 2 if qdoc[be + 1].lower_ in {"the", "a", "an"} else next(
            (t.i + 1 for t in qdoc[be + 1 : be + 5] if t.tag_ == "POS"), None)
        phrase = {"ADJ", "NOUN", "PROPN", "NUM"}  # "who are the two suspects"

        def in_phrase(token) -> bool:  # type: ignore[no-untyped-def]
            # (a modifier the tagger calls a verb is in it too: "the new acting IRS commissioner"; and a
            # hyphen joining words: "the league's regular-season MVP")
            return token.pos_ in phrase or token.dep_ in {"amod", "compound"} or (
                token.text == "-" and token.head.i > token.i)

        after = next((t for t in qdoc[start:] if not in_phrase(t)), None) if start else None
        if after is not None and after.tag_ == "POS":  # "who is the country's richest man": the man
            start = after.i + 1
            after = next((t for t in qdoc[start:] if not in_phrase(t)), None)
        role = qdoc[after.i - 1] if after is not None else qdoc[-1]
        if role.dep_ in {"nmod", "compound"} and role.head.i > role.i and role.head.pos_ == "NOUN":
            role = role.head  # a name with its "of" before the noun: "the Republic of Ireland manager"
        if start and role.pos_ in {"NOUN", "PROPN"} and role.i >= start and not (
                qdoc[0].lower_ == "what" and role.lemma_.lower() in _TIME_NOUNS | _KIND_NOUNS | {"name"}):
            return role.lemma_.lower()
    co = {"co", "-"}  # a verb's prefix the tokenizer splits off: "co-founded", "co-hosts"
    if qdoc[0].lower_ == "who" and (verb := _who_verb(qdoc, co)) is not None \
            and all(t.pos_ in {"AUX", "PART", "ADV"} or t.lower_ in co for t in qdoc[1 : verb.i]) \
            and (agent := doer_role(verb.lower_, verb.lemma_)) is not None:
        # The one who does it has a name for it: "who hosts Nevada Newsmakers" → "host Sam Shad";
        # "who co-founded Fleetwood Mac" → "co-founder Mick Fleetwood".
        return agent
    if qdoc[0].lower_ == "who":
        # The role the person took or left: "who resigned as Deputy Chief Whip" → "whip".
        people = {t.i for ent in qdoc.ents if ent.label_ == "PERSON" for t in ent}
        for token in qdoc[2:]:
            if token.lower_ == "as" and token.pos_ in {"ADP", "SCONJ"}:
                role = None
                for following in qdoc[token.i + 1 : token.i + 6]:
                    if following.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"}:
                        break
                    role = following
                if role is not None and role.pos_ in {"NOUN", "PROPN"} and role.i not in people:
                    return role.lemma_.lower()
    for token in qdoc:
        if token.lower_ not in {"what", "which", "this", "these"}:
            continue
        if token.dep_ == "det":
            noun = token.head if token.head.pos_ in {"NOUN", "PROPN"} else None
        else:  # a parse that missed the determiner ("including which wildly popular app")
            noun = None
            for following in qdoc[token.i + 1 : token.i + 5] if token.lower_ == "which" else ():
                if following.pos_ in {"VERB", "AUX"} and following.dep_ != "compound":
                    break  # not a verb the tagger put in a compound: "which think tank"
                if following.pos_ in {"NOUN", "PROPN"}:
                    noun = following
                    break
        while noun is not None and noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} \
                and noun.head.i > noun.i:
            noun = noun.head  # "which tech CEO", "which biggest health insurer": the CEO, the insurer
        if noun is not None and noun.lemma_.lower() in _KIND_NOUNS:  # "what type of insect": insect
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is not None and noun.lemma_.lower() not in _TIME_NOUNS:
            return noun.lemma_.lower()
    return None


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _listed(qdoc) -> int | None:  # type: ignore[no-untyped-def]
    """How many names a 'which Xs' question asks for: the count it gives ("which four countries" → 4),
    0 for any number ("which states"); None when it asks for one ("which state")."""
    wh = next((t for t in qdoc if t.lower_ in {"what", "which"}), None)
    if wh is None:
        return None
    count = 0
    for token in qdoc[wh.i + 1 : wh.i + 5]:
        if token.pos_ == "NUM":
            count = _COUNTS.get(token.lower_, int(token.text) if token.text.isdigit() else 0)
        elif token.pos_ != "ADJ" and not (token.i + 1 < len(qdoc) and token.pos_ in {"NOUN", "PROPN"}
                                          and qdoc[token.i + 1].pos_ in {"NOUN", "PROPN"}):
            # The noun (the last of a compound: "civil rights activist"), which the tagger may take
            # for a verb ("which states ban").
            plural = token.tag_ in {"NNS", "NNPS"} or (
                token.tag_ == "VBZ" and token.lower_ == f"{token.lemma_.lower()}s" and token.i + 1 < len(qdoc)
                and qdoc[token.i + 1].tag_ in {"VBP", "VBD", "MD"})
            return count if plural else None
    return None


_LIST_JOINS = {",", "and", ", and", "&", "and the", ", the", ", and the", "but also", ", but also"}


def _places_of(doc, preps: frozenset[str] = frozenset({"of"})) -> dict[int, Any]:  # type: ignore[no-untyped-def]
    """The places a sentence names after "of" (or another of `preps`: "John Katko of New York"), by the
    position of that word."""
    return {e.start - 1: e for e in doc.ents
            if e.label_ in {"GPE", "LOC"} and e.start and doc[e.start - 1].lower_ in preps}


def _asked_from(qdoc, asked: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The place the asked noun is "from" or "of" in the question, normalised: "north carolina" of "Which
    senator from North Carolina …?"."""
    places = _places_of(qdoc, frozenset({"from", "of"}))
    return next((_bare_name(places[prep.i].text) for token in qdoc
                 if asked and token.lemma_.lower() == asked
                 for prep in token.children if prep.dep_ == "prep" and prep.i in places), None)


def _lists(doc, typed: list) -> list[list]:  # type: ignore[no-untyped-def,type-arg]
    """Runs of same-label entities a sentence lists, the last joined by "and": "Myanmar, Eritrea,
    Kyrgyzstan and Nigeria"."""
    found, run = [], typed[:1]
    # Each member may be "of" its place: "Adam Kinzinger of Illinois, John Katko of New York".
    places = _places_of(doc)
    for ent in [*typed[1:], None]:
        if ent is not None:
            place = places.get(run[-1].end)
            if place is not None and ent.start == place.start and ent.label_ != run[0].label_:
                continue  # the last member's place
            after = place.end if place is not None and ent.start >= place.end else run[-1].end
            between = doc[after - (doc[after - 1].text == ",") : ent.start].text.strip().lower()
            if ent.label_ == run[0].label_ and between in _LIST_JOINS:
                run.append(ent)
                continue
        if len(run) > 1 and "and" in doc[run[-2].end : run[-1].start].text.lower():
            found.append(run)
        run = [ent] if ent is not None else []
    return found


def _conjuncts(doc, start: int, end: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The figures the tagger ran into one entity: "May 2019 and June 2016" → "May 2019", "June 2016";
    a range ("between 2002 and 2010") or a figure alone stays whole."""
    joins = [t.i for t in doc[start:end] if t.lower_ == "and"]  # "three or four months" is one guess
    if len(joins) != 1 or doc[start].lower_ in {"between", "from"}:
        return [(start, end)]
    parts = [(start, joins[0] - (doc[joins[0] - 1].text == ",")), (joins[0] + 1, end)]
    if not all(first < last and any(c.isdigit() for c in doc[first:last].text) for first, last in parts):
        return [(start, end)]
    return parts


def _name_end(token):  # type: ignore[no-untyped-def]
    """The last word of the name a word begins or continues: "Lee" of "Ann Lee"."""
    while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
        token = token.head
    return token


def _conjunct(token) -> int:  # type: ignore[no-untyped-def]
    """A word's place in the list it is part of: 0 first (or alone), 1 second, …; a figure's, its noun's
    ("377" of "156 and 377 challenges")."""
    position = 0
    if token.dep_ == "nummod":
        token = token.head
    while token.dep_ == "conj" and token.head.i != token.i:
        position, token = position + 1, token.head
    return position


# "Israel and which other country", "which country and Israel": the name the asked one is paired with.
_PARTNER_RE = re.compile(r"\b((?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3})\s+and\s+(?:which|what)\b"
                         r"|\b(?:which|what)\s+(?:other\s+)?[\w-]+\s+and\s+((?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])"
                         r"[\w.’'-]*){0,3})", re.IGNORECASE)


def _partner(question: str) -> str | None:
    """The name a question pairs the asked one with ("Israel and which other country" → Israel)."""
    match = _PARTNER_RE.search(question)
    return _norm(match[1] or match[2]) if match else None


def _paired(doc, start: int, end: int, partner: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sentence pairs a candidate with the name: "between Israel and the United Arab Emirates"."""
    before = _norm(doc[max(0, start - 6) : start].text)
    after = _norm(doc[end : end + 6].text)
    return bool(re.search(rf"(?:^|\s){re.escape(partner)} and(?: the)?$", before)
                or re.match(rf"and(?: the)? {re.escape(partner)}(?:\s|$)", after))


def _respective(doc, anchors: set[str]) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """Where a sentence says "respectively", and the place of the question's name in its list: 1 for
    Bob Cruz in "Ann Lee and Bob Cruz … resigned in March 2015 and July 2019, respectively"."""
    said = next((t.i for t in doc if t.lower_ == "respectively"), None)
    if said is None:
        return None
    # A year the question names, in a list of years: "156 and 377 challenges … in 2020 and 2019,
    # respectively" for 2020's; none of them for 2021 (-1: no place).
    years = [t for t in doc[:said] if _YEAR_IN_RE.fullmatch(t.text)
             and (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children))]
    if years and (asked := {w for w in anchors if _YEAR_IN_RE.fullmatch(w)}):
        return said, next((_conjunct(t) for t in years if t.text in asked), -1)
    for token in doc[:said]:
        if token.pos_ != "PROPN" or token.lower_ not in anchors:
            continue
        token = _name_end(token)
        if token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children):
            return said, _conjunct(token)
    return None


def _honorific(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word only says someone is addressed politely ("Dr.", "Mr"), not what they are."""
    return token.lower_.rstrip(".") in _HONORIFICS


DESCRIPTION_TOKENS = 30  # an appositive running longer is a clause, not what someone is
RELATIVE_DESCRIPTION_WEIGHT = 0.9  # what a person did ("who coached …") describes less than what they are
SHARED_TITLE_WEIGHT = 0.8  # "coaches" of "coaches Riley and Holly"
APPOSED_WEIGHT = 0.85  # "His colleague" of "His colleague, Sen. Ann Lee": often one to another, less than a title
AFFILIATION_WEIGHT = 0.8  # "of the Alliance of …" of "Wade Newton of …" says whom one is with, not what one is
_AFFILIATIONS = frozenset({"of", "at", "with", "from"})
_SET_OFF = {",", ";", ".", "—", "–", "--", "(", ")", '"', "“", "”", ":"}
_TITLE_DEPS = {"compound", "amod", "poss", "case", "nmod", "cc", "conj"}  # "dating coach and matchmaker"


def _glued(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a token is a hyphen inside a word: "T-Mobile", "Coca-Cola"."""
    doc = token.doc
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_


def _in_place(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a comma is inside a place's name: "Holland, Michigan", "Paris, France"."""
    doc = token.doc
    return (token.text == "," and 0 < token.i < len(doc) - 1 and doc[token.i - 1].ent_type_ == "GPE"
            and doc[token.i + 1].ent_type_ == "GPE" and doc[token.i + 1].ent_iob_ == "B")


def _written_out(span) -> str:  # type: ignore[no-untyped-def]
    """A title's words with its abbreviated roles written out: "Republican Ohio representative" of "Republican
    Ohio Rep."."""
    return "".join((_abbreviation(t) or t.text) + t.whitespace_ for t in span).strip()


def _affiliation(doc, end: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The span of "of", "at", "with" or "from" and the body or place it names right after a name ending
    before token `end`, a comma allowed between: "of the Alliance of Automobile Manufacturers"."""
    at = end + 1 if end < len(doc) and doc[end].text == "," else end
    if at + 1 >= len(doc) or doc[at].lower_ not in _AFFILIATIONS:
        return None
    body = next((e for e in doc.ents if e.start in {at + 1, at + 2} and e.label_ in {"ORG", "GPE"}), None)
    return (at, body.end) if body is not None else None


def _descriptions(doc, name: str) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """What a sentence calls the person "Who is X?" asks about: "a deputy executive director at …" of
    "Roy Lee, a deputy executive director at …"; "NATO Secretary General" of "NATO Secretary General
    Jens Stoltenberg"; "the alliance's chief" of "Stoltenberg is the alliance's chief"."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    for token in doc:
        if token.lower_ != words[-1]:
            continue
        owned = token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"  # "Lee's company" says what Lee has
        first, end = token.i, token.i + 1
        while first > 0 and (doc[first - 1].lower_.rstrip(".") in words or (
                doc[first - 1].text in {"-", "."} and first > 1 and doc[first - 2].lower_ in words)):
            first -= 1  # "J. Michael Cole", "Tsai Ing-wen"
        if first > 0 and doc[first - 1].ent_type_ == "PERSON" and doc[first - 1].is_title:
            continue  # another first name: "Kevin McDonald" is not Simon McDonald
        affiliated = None if owned else _affiliation(doc, end)
        if affiliated is not None:
            # The body or place beside the name: "said Wade Newton of the Alliance of Automobile Manufacturers",
            # "Martin Ward, of the Secondary Heads Association,".
            yield Candidate(doc[affiliated[0] : affiliated[1]].text, *affiliated, AFFILIATION_WEIGHT)
        # Set off after the name (or its place: "Jim Inhofe of Oklahoma, the ranking member of …"), or in a
        # relative clause: "Roy Lee, a deputy …,", "Lee, who is a deputy …".
        tail = affiliated[1] if affiliated is not None else end
        after = tail + 1 + (tail + 2 < len(doc) and doc[tail + 1].lower_ == "who" and doc[tail + 2].lemma_ == "be") * 2
        if after + 2 < len(doc) and doc[after].like_num and doc[after + 1].text == "," and doc[tail].text == ",":
            after += 2  # past an age: "Rose, 53, a systems analyst from Holland, Michigan"
        if not owned and tail < len(doc) and doc[tail].text in {",", "--", "—", "–", "("} and after < len(doc):
            # Up to its closing comma, or the verb of a sentence that left it out ("J. Michael Cole, a
            # senior fellow with Global Taiwan Institute said that …").
            stop = next((t.i for t in doc[after : after + DESCRIPTION_TOKENS + 1] if (
                t.text in _SET_OFF and not _in_place(t)) or t.tag_ in {"VBD", "VBZ", "VBP", "MD", "WDT", "WP"}), None)
            phrase = doc[after:stop] if stop is not None else None
            while phrase and phrase[-1].dep_ == "cc":
                phrase = phrase[:-1]  # "a member of the committee and" of "who is a member of … and was part of …"
            # A noun phrase, or one whose nouns are all capitalised after its article: "a former Prime Minister";
            # past a body or place, the parser's apposition of the name (not the body's: "of the Alliance, a
            # trade group").
            if (phrase and (phrase[0].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}  # "one of several senators"
                            or phrase[0].dep_ == "amod")  # "managing director of 3ami"
                    and (phrase[0].pos_ == "DET" or any(t.pos_ == "NOUN" for t in phrase))
                    and (affiliated is None or any(t.dep_ == "appos" and t.head == token for t in phrase))):
                yield Candidate(_LEADING_DET_RE.sub("", phrase.text), phrase.start, phrase.end, 1.0)
            elif (affiliated is None and after == end + 1 and doc[after].lower_ == "who" and after + 1 < len(doc)
                  and doc[after + 1].tag_ in {"VBD", "VBZ"} and doc[after + 1].lemma_ != "be"):
                # What the relative clause says the person did: "Paul Riley, who coached three NWSL franchises,".
                stop = next((t.i for t in doc[after + 2 : after + 2 + DESCRIPTION_TOKENS] if t.text in _SET_OFF),
                            len(doc))
                yield Candidate(doc[after + 1 : stop].text, after + 1, stop, RELATIVE_DESCRIPTION_WEIGHT)
        # A title before the name: "NATO Secretary General Jens Stoltenberg", "Finland's Prime Minister Sanna Marin".
        start = first
        while start > 0 and doc[start - 1].dep_ in _TITLE_DEPS and doc[start - 1].ent_type_ != "PERSON":
            start -= 1
        while start > 1 and _glued(doc[start - 1]):
            start -= 2  # the whole of a hyphened word: "41-year-old Portuguese health worker", not "old …"
        # A role's portfolio after "for" or "of", the name hung on it: "Shadow spokesman for sport Hugh Robertson",
        # "the Secretary of State for Health Ann Lee".
        walked = start
        while walked > 1:
            if doc[walked - 1].dep_ == "pobj" and doc[walked - 1].head.lower_ in {"for", "of"} and (
                    doc[walked - 1].head.i < walked - 1):
                walked = doc[walked - 1].left_edge.i  # "Europe" of "Minister for Europe Ann Lee"
            elif walked < first and doc[walked - 1].lower_ in {"for", "of"} and (
                    doc[walked - 2] in token.subtree or token in doc[walked - 2].subtree):
                walked = doc[walked - 2].left_edge.i  # (not the one "of" names: "a friend of Ann Lee")
            else:
                break
        portfolio = any(t.lemma_.lower() in _PERSON_WORDS for t in doc[walked:start])
        start = walked if portfolio else start
        while start < first and (_honorific(doc[start]) or doc[start].dep_ in {"cc", "det"}):
            start += 1
        title = doc[start:first]
        while title and _honorific(title[-1]):  # "CNN Medical Analyst Dr. Leana Wen"
            title = title[:-1]
        if (title and (portfolio or all(start <= t.head.i <= token.i for t in title))
                and any(t.pos_ in {"NOUN", "PROPN"} and not _honorific(t) for t in title)):
            # A plural title is a list's ("coaches Riley and Holly"): a worse description of one of them.
            yield Candidate(_written_out(title), title.start, title.end,
                            SHARED_TITLE_WEIGHT if title[-1].tag_ == "NNS" else 0.9)
        root = _name_end(token)
        if (not owned and root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < first
                and (comma := next((t.i for t in reversed(doc[root.head.i + 1 : first]) if t.text == ","), None))
                and root.head.left_edge.i < comma
                and comma - root.head.left_edge.i <= DESCRIPTION_TOKENS):
            # The noun the name is in apposition to: "Democratic colleague from Connecticut" of "His Democratic
            # colleague from Connecticut, Sen. Chris Murphy," (a title before the name says more).
            phrase = doc[root.head.left_edge.i : comma]
            phrase = phrase[1:] if phrase[0].dep_ == "poss" and phrase[0].pos_ == "PRON" else phrase
            yield Candidate(_LEADING_DET_RE.sub("", phrase.text), phrase.start, phrase.end, APPOSED_WEIGHT)
        # The subject of "is": "Stoltenberg is the alliance's chief".
        if (not owned and root.dep_ == "nsubj" and root.head.lemma_ == "be"
                and not any(c.dep_ == "neg" for c in root.head.children)):  # not "Rose isn't the only driver"
            attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
            if attr is not None and attr.right_edge.i - attr.left_edge.i < DESCRIPTION_TOKENS:
                phrase = doc[attr.left_edge.i : attr.right_edge.i + 1]
                yield Candidate(_LEADING_DET_RE.sub("", phrase.text), phrase.start, phrase.end, 1.0)


_AGE_WORDS = {"year", "years", "old", "aged", "age", "of", "the", "a", "an", "about", "nearly", "almost", "more",
              "than", "over", "under", "around", "some"}
_AGE_BEFORE = {"aged", "age", "turned", "turning", "turns", "turn", "at"}
OLDEST = 130  # years: a larger number is no one's age


# Lower-case words inside a title or a name, which its short form skips ("… of international concern": PHEIC).
_TITLE_MINOR = {"of", "for", "and", "the", "on", "in", "de", "du", "da", "del", "la", "to", "&", "a", "an", "at"}


INTRODUCED_WEIGHT = 0.9  # the name a short form follows in brackets, for what it stands for; below its initials


def _expansions(doc, short: str) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """The runs of words whose initials spell a short form ("public health emergency of international
    concern" for PHEIC; minor words and hyphens skipped, "Anti-Defamation League" for ADL), and the name it is
    introduced after in brackets."""
    letters = "".join(c for c in short.lower() if c.isalpha())
    for start in range(len(doc)):
        if not doc[start].is_alpha or doc[start].lower_ in _TITLE_MINOR or doc[start].text == short:
            continue
        initials = ""
        for token in doc[start:]:
            if token.text == "-":
                continue
            minor = token.lower_ in _TITLE_MINOR
            if not token.is_alpha or (not minor and not letters.startswith(initials + token.lower_[0])):
                break
            if not minor:
                initials += token.lower_[0]
                if initials == letters:
                    yield Candidate(doc[start : token.i + 1].text, start, token.i + 1, 1.0)
                    break
    for token in doc[2:-1]:
        if token.text == short and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")":
            # The name a short form is introduced after, whatever its initials spell: "the German Football
            # Association (DFB)", of the Deutscher Fußball-Bund.
            end = start = token.i - 1
            while start > 0 and doc[start - 1].is_alpha and (doc[start - 1].text[:1].isupper()
                                                             or doc[start - 1].lower_ in _TITLE_MINOR):
                start -= 1
            while start < end and doc[start].lower_ in _TITLE_MINOR:
                start += 1
            if start < end:
                yield Candidate(doc[start:end].text, start, end, INTRODUCED_WEIGHT)


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii"})  # "Biden Jr.", "Elizabeth II"


def _fuller(doc, name: str) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """The runs of proper names longer than `name` (titles and numerals aside) that hold its last word:
    "Elizabeth Alexandra Mary Windsor" for "Queen Elizabeth" (two people to the tagger), not "Elizabeth II"."""
    words = _TITLES_RE.sub("", _norm(name)).split()
    for start, end in _proper_runs(doc):
        while start < end and _TITLES_RE.match(doc[start].lower_ + " "):
            start += 1  # "King Charles III": the name
        held = _norm(doc[start:end].text).split()
        if words and words[-1] in held and len([w for w in held if w not in _NAME_SUFFIXES]) > len(words):
            yield Candidate(doc[start:end].text, start, end, 1.0)


_DAYS = set(WEEKDAYS) | {"today", "yesterday", "tomorrow"}


def _age(doc, start: int, end: int) -> str | None:  # type: ignore[no-untyped-def]
    """The number of an age a span states ("17-year-old", "aged 96", "Barty, 25,"); None for a date, a
    span of time ("February 12", "1968", "two months") or a number that says no age ("a 15-member bloc")."""
    while end - start > 1 and doc[end - 1].lower_ in _DAYS:  # the tagger's "the age of 67 Friday"
        end -= 1
    span = doc[start:end]
    numbers = [t.text for t in span if t.like_num]
    if (len(numbers) != 1 or (numbers[0].isdigit() and not 0 < int(numbers[0]) <= OLDEST)
            or any(not t.like_num and not t.is_punct and t.lower_ not in _AGE_WORDS for t in span)):
        return None
    after = " ".join(t.lower_ for t in doc[end : end + 3])
    said = (any(t.lower_ in {"old", "age", "aged"} for t in span)
            or (start > 0 and doc[start - 1].lower_ in _AGE_BEFORE)
            or after.startswith(("years old", "year old"))
            # either end of a range of ages: "between the ages of 29 and 41", "aged 18 to 25"
            or (start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in {"age", "ages"})
            or (start > 2 and doc[start - 2].like_num
                and (ahead := {t.lower_ for t in doc[max(0, start - 6) : start - 2]}) & {"age", "ages", "aged"}
                and (doc[start - 1].lower_ == "to" or (doc[start - 1].lower_ == "and" and "between" in ahead)))
            # a person's age told alone: "She was 96."
            or (start > 1 and doc[start - 1].lemma_ == "be" and (end == len(doc) or doc[end].text in {".", ";"})
                and (doc[start - 2].lower_ in {"he", "she"} or doc[start - 2].ent_type_ == "PERSON"))
            # what a person "was" when: "Travis Ludlow, who was 18 when he set the record"
            or (start > 1 and doc[start - 1].lemma_ == "be" and end < len(doc) and doc[end].lower_ == "when"
                and (doc[start - 2].lower_ in {"who", "he", "she"} or doc[start - 2].ent_type_ == "PERSON"))
            # a name's age between commas: "Ash Barty, 25, announced", "Doody, then 17, and his best friend"
            or (start > 1 and (comma := start - 2 if doc[start - 1].lower_ in {"then", "now"} else start - 1) > 0
                and doc[comma].text == "," and doc[comma - 1].pos_ == "PROPN"
                and end < len(doc) and doc[end].text in {",", ".", ")"}))
    return numbers[0] if said else None


_AGE_NOW_RE = re.compile(r"\bhow old (?:is|are)\b|\bwhat(?:['’]s|\s+is)\s+(?:his|her|their|its)\s+age\b", re.IGNORECASE)


def _age_holder(doc, start: int):  # type: ignore[no-untyped-def]
    """The word a hyphenated age starting at `start` modifies ("a 41-year-old male suspect": suspect), if any."""
    old = next((t for t in doc[start + 1 : start + 5] if t.lower_ == "old"), None)
    return old.head if old is not None and old.dep_ == "amod" and old.head.i > old.i else None


def _aged(doc, start: int) -> str | None:  # type: ignore[no-untyped-def]
    """The person whose age a number set off after their name states ("Sarah Radney, 11,"), if any."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    # (whatever the tagger labelled the name: "Mr Hague, 43," is a place to it)
    return next((e.text for e in doc.ents if e.end == start - 1 and e.label_ not in _NUMERIC), None)


_ATTRIBUTING = {"said", "says", "reported", "reports", "wrote", "writes", "added", "adds", "noted", "notes"}
_REPORTING = {"reported", "reports"}


def _source(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a span is in what its sentence says it is "according to" ("according to Downdetector",
    "according to outage detection site Downdetector", "according to documents viewed by CNN"), or
    the speaker a quote is attributed to ("…’, said The Times")."""
    token = doc[start:end].root
    for _ in range(2):
        if token.dep_ in {"appos", "compound"} and token.head.i != token.i:
            token = token.head
    at = token.left_edge.i if token.dep_ == "pobj" else start
    if at >= 2 and doc[at - 1].lower_ == "to" and doc[at - 2].lower_ == "according":
        return True
    verb = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if verb >= 1 and doc[verb].lower_ in _ATTRIBUTING and (doc[verb - 1].is_punct or doc[verb - 1].is_quote):
        return True  # the speaker after a quote: "…’, said The Times"
    if (verb >= 0 and doc[verb].text == "," and end + 1 < len(doc) and doc[end].lower_ in _REPORTING
            and doc[end + 1].is_punct and doc[start:end].root.head.i == end):
        return True  # the outlet closing a sentence: "…, the Anchorage Daily News reports."
    for to in doc[1:start]:
        if to.lower_ == "to" and doc[to.i - 1].lower_ == "according":
            said = next((c for c in to.children if c.dep_ == "pobj"), None)
            if said is not None and said.left_edge.i <= start and end - 1 <= said.right_edge.i:
                return True
    return False


def _kin_aged(doc, end: int, anchors: set[str]) -> str | None:  # type: ignore[no-untyped-def]
    """The relative an age before a kin noun the question does not use is of ("his 19-year-old sister,
    Zara Rutherford": her name, or the noun itself when no name is set beside it); None otherwise."""
    if end >= len(doc) or doc[end].lemma_.lower() not in _KIN or doc[end].lemma_.lower() in anchors or (
            doc[end].lower_ in anchors):
        return None
    name = next((c for c in doc[end].children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return doc[name.left_edge.i : name.i + 1].text if name is not None else doc[end].text


_NAMING_CUES = {"called", "named", "dubbed", "nicknamed", "codenamed", "titled", "renamed"}
_RENAMING = {"rename", "rebrand"}
# Before "name": the name a person was born with, or goes by ("his online name, Morquendi").
_OWN_NAMES = {"real", "birth", "legal", "full", "given", "maiden", "online", "stage", "pen", "screen", "ring",
              "user", "code"}
NAMED_AS_WEIGHT = 1.0
QUOTED_NAME = 8  # tokens a quoted name may run to
QUOTED_WORDS = 20  # and the quoted words a noun is given ('the slogan will be: "Britain's working, don't let …"')
FORMER_WINDOW = 6  # words before a role noun that may say its holder held it ("then-New York City Mayor")
TITLE_LIST = 8  # tokens of a list of titles before a name ("TV host, professor and former CNN commentator")
QUOTE_AFTER = 6  # tokens between a naming word and the quoted name it gives ("dubbed in Taiwan as its “…”")
_NAME_TRIM = " ,.\"'“”‘’"  # quote marks and punctuation around a name the tagger kept


TITLE_WORDS = 12  # the longest title set off after its noun that is read as one


def _set_off_titles(doc, noun: str) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """A title set off by commas after the noun, which the tagger may not read as a name: "their latest
    studio album, How to Dismantle an Atomic Bomb, topped the charts"."""
    for token in doc[:-2]:
        if token.lemma_.lower() != noun or doc[token.i + 1].text != "," or not doc[token.i + 2].text[:1].isupper():
            continue
        start = token.i + 2
        end = next((t.i for t in doc[start : start + TITLE_WORDS + 1] if t.text in {",", ".", ";", ")", "—"}), None)
        words = doc[start:end] if end is not None else []
        if len(words) > 1 and words[-1].text[:1].isupper() and all(
                t.text[:1].isupper() or t.like_num or t.lower_ in _TITLE_MINOR for t in words):
            yield Candidate(words.text, start, end, NAMED_AS_WEIGHT)
    # In quotes right after it, or after its "of", colon or verb "be": 'a slogan of "Say no to Europe"', 'the
    # motto: "…"', 'the slogan will be: "…"'.
    for token in doc[:-2]:
        if token.lemma_.lower() != noun:
            continue
        opening = token.i + 1
        while opening < min(len(doc) - 1, token.i + 5) and (doc[opening].lower_ in {"of", ":", ",", "will", "would"}
                                                            or doc[opening].lemma_ == "be"):
            opening += 1
        if opening + 1 < len(doc) and doc[opening].text in {"#", "@"} and not doc[opening].whitespace_:
            yield Candidate(doc[opening : opening + 2].text, opening, opening + 2, NAMED_AS_WEIGHT)  # "hashtag #Roll"
            continue
        if opening + 1 >= len(doc) or not doc[opening].is_quote or not (
                doc[opening + 1].text[:1].isupper() or doc[opening + 1].text in {"#", "@"}):
            continue  # (not what it is called: 'called the goal “completely doable”')
        end = _closing_quote(doc, opening, QUOTED_WORDS)
        if end is not None and end > opening + 1:
            yield Candidate(doc[opening + 1 : end].text.strip(_NAME_TRIM), opening + 1, end, NAMED_AS_WEIGHT)
    # In quotes right before it: 'the "I Guess I'll Die" meme', 'their famed “Murmurs” album'.
    for token in doc[3:]:
        if token.lemma_.lower() != noun or not doc[token.i - 1].is_quote:
            continue
        closing = token.i - 1
        opening = next((t.i for t in reversed(doc[max(0, closing - 1 - QUOTED_NAME) : closing]) if t.is_quote), None)
        if opening is not None and opening + 1 < closing and doc[opening + 1].text[:1].isupper():
            yield Candidate(doc[opening + 1 : closing].text.strip(_NAME_TRIM), opening + 1, closing, NAMED_AS_WEIGHT)


def _where_told(doc, anchors: set[str]) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """The places a relative "where" clause with one of the question's verbs tells of, a name or not: "the golf
    course where the city will host its firework show"."""
    for clause in doc:
        head = clause.head
        if (clause.dep_ == "relcl" and clause.pos_ == "VERB" and clause.lemma_.lower() in anchors
                and head.pos_ == "NOUN" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)):
            yield Candidate(doc[head.left_edge.i : head.i + 1].text, head.left_edge.i, head.i + 1, 1.0)


def _honorees(doc) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """Whom or what a sentence says something is named after: the name in the phrase after "named after" or
    "named in honour of" ("the Italian painter … Piero della Francesco"), else the phrase itself."""
    for token in doc[:-2]:
        if token.lemma_.lower() != "name":
            continue
        following = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
        if following[:1] == ["after"]:
            start = token.i + 2
        elif following[:1] == ["in"] and following[1:] in (["honour", "of"], ["honor", "of"], ["memory", "of"]):
            start = token.i + 4
        else:
            continue
        end = next((t.i for t in doc[start:] if t.text in _SET_OFF or (t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod")),
                   len(doc))
        phrase = doc[start:end]
        runs = [(a, b) for a, b in _proper_runs(doc) if start <= a and b <= end]
        if runs:
            a, b = runs[-1]
            yield Candidate(doc[a:b].text, a, b, NAMED_AS_WEIGHT)
        elif phrase:
            yield Candidate(_LEADING_DET_RE.sub("", phrase.text), start, end, NAMED_AS_WEIGHT)


def _closing_quote(doc, opening: int, longest: int = QUOTED_NAME) -> int | None:  # type: ignore[no-untyped-def]
    """Where the quote opened at token `opening` closes, if within `longest` tokens (a quoted name's length)."""
    return next((t.i for t in doc[opening + 1 : opening + 2 + longest] if t.is_quote), None)


def _quoted(doc, start: int, end: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A title's span with the rest of the quotes it is part of: the tagger's "Love" of “Big Love”."""
    opening = next((t.i for t in reversed(doc[max(0, start - QUOTED_NAME) : start]) if t.is_quote or t.is_punct),
                   None)
    closing = next((t.i for t in doc[end : end + QUOTED_NAME] if t.is_quote or t.is_punct), None)
    if (opening is None or closing is None or not doc[opening].is_quote or not doc[closing].is_quote
            or closing - opening - 1 > QUOTED_NAME):
        return start, end
    return opening + 1, closing


def _quoted_titles(doc, typed: set[int]) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """Capitalised titles in quotes the tagger did not label, for a question asking for a work: her
    podcast "Archetypes", "Inventing Anna"."""
    for token in doc:
        if not token.is_quote or token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper():
            continue
        end = _closing_quote(doc, token.i)
        if end is None or typed.intersection(range(token.i + 1, end)):
            continue
        text = doc[token.i + 1 : end].text.strip(_NAME_TRIM)
        if text and not any(t.is_punct and t.text not in {"-", "&", ":", "'", "’"} for t in doc[token.i + 1 : end - 1]):
            yield Candidate(text, token.i + 1, end, PROPER_NOUN_WEIGHT)


_TITLE_JOINS = {"without", "of", "for", "the"}  # small words inside a title a name is given ("Dogs without Borders")
_CONTRACTED = {"n't", "n’t", "'s", "’s"}  # inside a name in capitals: "Don't Say Gay"


def _so_called(doc, start: int, noun: str) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """The name "so-called" gives the `noun` after it, quoted or in capitals: "Don't Say Gay" of "Florida's
    so-called Don't Say Gay law"; nothing where the noun does not follow the name ("so-called experts")."""
    if doc[start].is_quote:
        end = _closing_quote(doc, start)
        if end is not None and end + 1 < len(doc) and doc[end + 1].lemma_.lower() == noun and end > start + 1:
            yield Candidate(doc[start + 1 : end].text.strip(_NAME_TRIM), start + 1, end, NAMED_AS_WEIGHT)
        return
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].like_num or (
            end > start and doc[end].lower_ in _CONTRACTED)):
        end += 1
    if start < end < len(doc) and doc[end].lemma_.lower() == noun:
        yield Candidate(doc[start:end].text, start, end, NAMED_AS_WEIGHT)


def _named_as(doc, noun: str | None = None) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """The names a parsed sentence gives after 'called', 'named', 'known / referred to as' ("the ship is called Ever
    Given", "titled “Elephant”"): a quoted name, or the noun phrase or entity that follows; with
    `noun`, only the names given to that noun ("a nonprofit called Space for Humanity")."""
    chunks = {chunk.start: chunk for chunk in doc.noun_chunks}
    ents = {ent.start: ent for ent in doc.ents}
    runs = {start: doc[start:end] for start, end in _proper_runs(doc)}
    if noun is not None:
        yield from _set_off_titles(doc, noun)
    for token in doc[:-1]:
        if noun is not None and token.lower_ == "called" and token.i > 1 and doc[token.i - 1].text == "-" and (
                doc[token.i - 2].lower_ == "so"):
            yield from _so_called(doc, token.i + 1, noun)  # the name before the noun: "the so-called X law"
            continue
        # "known as", "referred to as": the words before "as" (the noun named comes before them)
        cue = (1 if token.i > 0 and doc[token.i - 1].lower_ == "known" else 2 if token.i > 1
               and doc[token.i - 1].lower_ == "to" and doc[token.i - 2].lemma_ == "refer" else 0)
        # or "referring to the conflict as …", "described the law as …", "known around the White House as …"
        known_as = token.lower_ == "as" and (cue > 0 or any(
            a.lemma_ in {"refer", "describe", "know"} for a in list(token.ancestors)[:3]))
        # "Jay-Z, real name Shawn Carter,": the name after "real name", "birth name"
        real_name = token.lower_ == "name" and token.i > 0 and doc[token.i - 1].lower_ in _OWN_NAMES
        # "changed his name to Ye", "renamed the stadium to …", "rebranded as Meta": the new name
        renamed = token.lower_ in {"to", "as"} and token.i > 0 and (doc[token.i - 1].lower_ in {"name", "names"}
                                                                    or any(a.lemma_ in _RENAMING
                                                                           for a in list(token.ancestors)[:2]))
        if token.lower_ not in _NAMING_CUES and not known_as and not real_name and not renamed:
            continue
        if token.lemma_ in _RENAMING and any(t.lower_ in {"to", "as"} and token in t.ancestors
                                             for t in doc[token.i + 1 : token.i + QUOTE_AFTER]):
            continue  # "renamed its stadium as …": what was renamed; the new name follows "as"
        before = token.i - (1 + cue if known_as else 1)
        while before > 0 and doc[before].pos_ == "ADV" and doc[before].is_lower:
            before -= 1  # "the constituency now known as Copeland", "a ship later renamed …"
        if noun is not None and (token.i < 2 or before < 0 or doc[before].lemma_.lower() != noun):
            continue
        start = token.i + 1
        named = [c for c in token.children if c.dep_ == "oprd" and c.i > start] if token.lemma_ == "call" else []
        if named and doc[named[-1].left_edge.i - 1].whitespace_ and any(  # (not the tagger's split of "E-slates")
                c.dep_ in {"dobj", "oprd"} and c.i < named[-1].left_edge.i for c in token.children):
            start = named[-1].left_edge.i  # what it called the object: "called the new fine a “direct threat”"
        if doc[start].pos_ == "ADV" and doc[start].is_lower and start + 1 < len(doc):  # "titled simply “Elephant”"
            start += 1
        if real_name and doc[start].text in {",", ":"} and start + 1 < len(doc):  # "his online name, Morquendi"
            start += 1
        quoted = next((t.i for t in doc[start : start + QUOTE_AFTER] if t.is_quote), None)
        if quoted is not None and not any(t.pos_ in {"VERB", "AUX", "PUNCT"} for t in doc[start:quoted]):
            start = quoted  # "dubbed in Taiwan as its “sacred mountain”", "known as the “Iron Lady”"
        if doc[start].is_quote:
            end = _closing_quote(doc, start)
            if end is not None and end > start + 1:
                yield Candidate(doc[start + 1 : end].text.strip(_NAME_TRIM), start + 1, end, NAMED_AS_WEIGHT)
            continue
        span = chunks.get(start) or ents.get(start) or runs.get(start)
        if span is None and doc[start].text[:1].isupper():  # a name the tagger took for other words ("Ever Given")
            end = next((t.i for t in doc[start:] if not (t.text[:1].isupper() or t.like_num)), len(doc))
            span = doc[start:end]
        # Not whom someone called on the phone: "called their father", "who called police" (an object
        # with no name given it, as "called the WHO a puppet" gives one).
        phoned = span is not None and token.lemma_ == "call" and (span[0].tag_ == "PRP$" or (
            span.root.dep_ == "dobj" and span.root.head == token and any(c.dep_ == "nsubj" for c in token.children)
            and not any(c.dep_ == "oprd" for c in token.children)))
        if span is not None and span.root.pos_ != "PRON" and not phoned:
            span = doc[span.start : _dashed(doc, span.end, {"-"}, lambda piece: piece.is_alpha)]  # "E-slates" whole
            if span.end < len(doc) and doc[span.end].like_num and doc[span.end - 1].pos_ == "PROPN":
                span = doc[span.start : span.end + 1]  # a name's number: "Issue 4", "Title 42"
            gap = span.end
            while gap < min(span.end + 2, len(doc)) and doc[gap].lower_ in _TITLE_JOINS and doc[gap].is_lower:
                gap += 1
            if span.end < gap < len(doc) and doc[gap].text[:1].isupper() and doc[span.end - 1].text[:1].isupper():
                # the rest of a title its small words split: "a weblog called Dogs without Borders"
                span = doc[span.start : next((t.i for t in doc[gap:] if not t.text[:1].isupper()), len(doc))]
            yield Candidate(_LEADING_DET_RE.sub("", span.text).strip(_NAME_TRIM), span.start, span.end, NAMED_AS_WEIGHT)


def _identified(doc, noun: str) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """What a parsed sentence says is the noun, or the noun is: "The Sinclair Executive was the world's
    first pocket calculator", "The oldest gadget in the top 100 is the abacus"."""
    chunks = {chunk.root.i: chunk for chunk in doc.noun_chunks}
    for token in doc:
        if token.lemma_ != "be":
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        complement = next((c for c in token.children if c.dep_ == "attr"), None)
        if subject is None or complement is None:
            continue
        for own, other in ((subject, complement), (complement, subject)):
            if (_is(own, noun) and not _is(other, noun) and other.pos_ != "PRON" and other.i in chunks
                    and own.i in chunks):
                chunk = chunks[other.i]
                # The one thing it is, no description: not "the Casio calculator was also a hot gadget",
                # "pictures have been major industries", "levels are the result of …".
                if not (chunks[own.i][0].lower_ == "the" or any(c.dep_ == "poss" for c in own.children)) or (
                        chunk[0].lower_ in {"a", "an"} or any(c.lower_ == "of" for c in other.children)):
                    continue
                yield Candidate(_LEADING_DET_RE.sub("", chunk.text).strip(_NAME_TRIM), chunk.start, chunk.end,
                                APPOSITIVE_WEIGHT)


_TRAILING = {",", ";", ":"}


def _possessive_ending(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a token is a possessive ending, which the tagger may call a name's part ("Abe" "’s")."""
    return token.tag_ == "POS" or token.lower_ in {"'s", "’s"}


_MEASURES = {"MONEY", "PERCENT", "QUANTITY"}  # answer types whose figures carry a unit
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))  # zero-width marks pages carry
_QUOTE_MARKS = "\"“”"
# A sentence's full stop the tokenizer kept on a figure or a word ("35C. Since 2005" unsplit): not an
# abbreviation's ("U.S.", "Inc.", "Calif.", "a.m."), which keep theirs.
_STRAY_STOP_RE = re.compile(r"(\d\w*|\b[a-z]{3,})\.$")
_ASKS_RE = re.compile(r"\?[\s\"'”’)]*$")
# A link to another story as scraped pages keep it, its label run into its headline and no full stop:
# "More:Here's how to help", "In case you missed it:Sports icons Serena Williams, Simone Biles …".
_LINK_RE = re.compile(r"^\W*[^:\n]{1,80}?[\w?!'’\"”)]:[A-Z‘'\"“►][^\n]*[^.\s]\s*$")
LINK_WORDS = 30  # a headline is shorter
_MAGNITUDES = {"k", "m", "mn", "bn", "tn", "mln", "bln", "million", "billion", "trillion"}
# Words that count without a figure: "a dozen", "hundreds of", "a couple of", a magnitude ("4 bn").
_COUNTING_WORDS = {"dozen", "dozens", "hundreds", "thousands", "millions", "billions", "couple", "pair", "half",
                   "handful", "score", "scores", "none", "zero", "no"} | _MAGNITUDES
_SCALES = {"mln", "bln", "million", "billion", "trillion"}  # a magnitude however written, never a unit ("12 m")


_RANGE_DASHES = {"-", "–"}
_FIGURE_RE = re.compile(r"^\d[\d,.]*(?:[-–/]\d[\d,.]*)*$")  # "2", "3–0", "1/8", "1,250.5"
CONVERSION_PENALTY = 0.2  # a sum in brackets after another is the same sum in another currency
FIGURE_WEIGHT = 0.7  # a figure the tagger left unlabelled ("the Celtics 110-102")


_MORE = {"another", "further", "additional", "extra"}
_YEAR_TOKEN_RE = re.compile(r"(?:1[89]|20)\d\d|2100")  # to the century projections reach
# The words a hedge before a figure ends with: "more than", "as high as", "up to", "at least".
_HEDGE_ENDS = {"than", "as", "to", "least", "most", "about", "around", "nearly", "almost", "over", "under",
               "approximately", "roughly", "some"}
# Words that say a figure is near, not exact: a question asking "approximately how many" has said so.
_APPROXIMATE = {"about", "approximately", "approx", "approx.", "around", "roughly", "nearly", "almost", "some",
                "circa", "estimated"}
# What a figure's hedge may say, dropped for a question that hedges already ("approximately how many").
_HEDGES = _APPROXIMATE | {"an estimated", "close to", "more than", "less than", "fewer than", "at least", "up to",
                          "over", "just over", "just under", "well over", "upwards of", "just about", "almost exactly"}
_HEDGED_RE = re.compile(r"\b(?:approximately|roughly|approx\.?|estimated|(?:about|around) how)\b", re.IGNORECASE)


def _conversion(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sum stands in brackets after another, alone or after other conversions: "$6.75bn
    (£3.6bn)", "160m euros ($208m; £111m)"."""
    i = start - 1
    while i >= 1 and (doc[i].text in {";", ",", "/"} or doc[i].ent_type_ == "MONEY" or doc[i].tag_ == "$"
                      or doc[i].like_num or doc[i].lower_ in _MAGNITUDES):
        i -= 1
    return i >= 1 and doc[i].text == "(" and (doc[i - 1].ent_type_ == "MONEY" or doc[i - 1].lower_ in _CURRENCIES)


_SCALED_FIGURE_RE = re.compile(r"\d[\d,.]*(?:bn|m|mn|tn|trn|k)", re.IGNORECASE)  # "35bn" as one token


def _untagged_sums(doc) -> list[Span]:  # type: ignore[no-untyped-def]
    """Sums the tagger left unlabelled, as money: a currency sign and a figure ("the £8.5bn takeover")."""
    return [Span(doc, t.i, t.i + 2, label="MONEY") for t in doc[:-1]
            if t.tag_ == "$" and (doc[t.i + 1].like_num or doc[t.i + 1].tag_ == "CD"
                                  or _SCALED_FIGURE_RE.fullmatch(doc[t.i + 1].text))
            and not t.ent_type_ and not doc[t.i + 1].ent_type_]


def _untagged_parts(doc) -> list[Span]:  # type: ignore[no-untyped-def]
    """Counts of a part the tagger ran into another label, as counts: "13" of "all over age 75 and 13 of
    whom were nursing home residents"."""
    return [Span(doc, t.i, t.i + 1, label="CARDINAL") for t in doc[:-2]
            if t.like_num and t.ent_type_ != "CARDINAL" and doc[t.i + 1].lower_ == "of"
            and doc[t.i + 2].lower_ in {"whom", "which", "them", "those", "these"}]


_YEAR_PREPOSITIONS = {"in", "since", "to", "until", "till", "by", "from", "before", "after", "of", "during"}


def _untagged_years(doc) -> list[Span]:  # type: ignore[no-untyped-def]
    """Years the tagger left unlabelled after a preposition, as dates: "going back to 1939, when …"."""
    return [Span(doc, t.i, t.i + 1, label="DATE") for t in doc[1:]
            if re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", t.text) and not t.ent_type_
            and doc[t.i - 1].lower_ in _YEAR_PREPOSITIONS]


def _links(text: str) -> bool:
    """Whether a sentence is a scraped link to another story ("More:Here's how to help")."""
    return len(text.split()) <= LINK_WORDS and bool(_LINK_RE.match(text.strip()))


def _two_units(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a span measures in two units, one after the other: "252 feet and 7 inches"."""
    return any(_SMALLER_UNIT.get(t.lemma_.lower()) == later.lemma_.lower()
               for t in doc[start:end] for later in doc[t.i + 1 : end])


_SMALLER_UNIT = {"foot": "inch", "feet": "inch", "yard": "foot", "mile": "yard", "metre": "centimetre",
                 "meter": "centimeter", "pound": "ounce", "stone": "pound", "hour": "minute", "minute": "second",
                 "year": "month", "day": "hour"}


def _amount(doc, start: int, end: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A number's tokens with the currency sign before it and the magnitude after it ("£", "12", "m"),
    without the words that add it to another ("another 32 million").

    The tagger leaves them out of the entity when they are written together ("£12m" → "12").
    """
    if end - start > 2 and doc[start].lower_ in {"a", "an"} and doc[start + 1].lower_ in _MORE:
        start += 1  # "a further 82,000"
    if end - start > 1 and doc[start].lower_ in _MORE and (doc[start + 1].like_num or doc[start + 1].tag_ == "$"):
        start += 1  # "another 32 million": 32 million; not "another day"
    if start > 0 and doc[start - 1].tag_ == "$" and not doc[start - 1].whitespace_:
        start -= 1
    if doc[end - 1].lower_ in _HEDGE_ENDS and not any(t.like_num for t in doc[start:end]):
        # "more than" | "18 million": the hedge alone, then its number (not "Last year" | "3,000 homes")
        while end < len(doc) and (doc[end].like_num or doc[end].lower_ in _MAGNITUDES):
            end += 1
    if end - start > 1 and _YEAR_TOKEN_RE.fullmatch(doc[start].text) and doc[start + 1].like_num:
        start += 1  # "in 2004 73% of all e-mail": the tagger ran the year into the share
    # "2-1", "10-15", "1-1/8": the tagger ends the number at the dash.
    end = _dashed(doc, end, _RANGE_DASHES, lambda piece: bool(_FIGURE_RE.match(piece.text)))
    if _score_end(doc, start) == end:  # a match's score runs on over its sets: "6-4, 6-1", "7-6 (7-5), 6-3"
        while start >= 3 and (doc[start - 1].text == "," or _score_end(doc, start - 3) == start):  # the sets before
            if _score_end(doc, start - 3) == start:
                start -= 3  # after a space: "6-4 5-7 6-3"
            elif start >= 4 and _score_end(doc, start - 4) == start - 1:
                start -= 4
            elif (start >= 9 and doc[start - 2].text == ")" and _score_end(doc, start - 5) == start - 2
                  and doc[start - 6].text == "(" and _score_end(doc, start - 9) == start - 6):
                start -= 9  # one with a tiebreak
            else:
                break
        while True:
            after = _score_end(doc, end + 1) if end < len(doc) and doc[end].text == "(" else None
            if after is not None and after < len(doc) and doc[after].text == ")":
                end = after + 1  # a tiebreak
            # the next set after a comma ("6-4, 6-1") or a space ("6-1 6-0")
            following = _score_end(doc, end + 1) if end < len(doc) and doc[end].text == "," else _score_end(doc, end)
            if following is None:
                break
            end = following
    # (at a sentence's end the tokenizer keeps its full stop on the magnitude: "A$35.1m.")
    if end < len(doc) and ((magnitude := doc[end].lower_.rstrip(".")) in _SCALES
                           or (magnitude in _MAGNITUDES and not doc[end - 1].whitespace_)
                           or doc[end].lower_ in {"%", "percent"}):
        end += 1  # "1.12 mln": the tagger leaves the wire's abbreviation out too, and may a share ("15%")
    # A measure in two units is one: "252 feet and 7 inches", "226 feet, 10 inches", "2 hours 15 minutes".
    smaller = _SMALLER_UNIT.get(doc[end - 1].lemma_.lower()) if end - start >= 2 else None
    after = end + (end < len(doc) and doc[end].text in {",", "and"})
    if smaller and after + 1 < len(doc) and doc[after].like_num and doc[after + 1].lemma_.lower() == smaller:
        end = after + 2
    return start, end


_SET_RE = re.compile(r"\d+(?:,\d+)?")  # a set's second figure, or it run into the next set's first ("6,4")


def _score_end(doc, start: int) -> int | None:  # type: ignore[no-untyped-def]
    """The end of a score ("6-4", written as one) starting at token `start`, if one does."""
    if (start + 3 <= len(doc) and doc[start].is_digit and doc[start + 1].text in _RANGE_DASHES
            and _SET_RE.fullmatch(doc[start + 2].text)
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_):
        return start + 3
    return None


def _bare(doc, start: int, end: int, hedged: bool, counted: str | None) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A figure's span without what the question says already: the hedge a question asking
    "approximately how many" made ("nearly 1.6 million"), the unit "how many minutes" counts
    ("187 minutes"); nor "only", which weighs a figure without changing it ("only 9%")."""
    def figure(i: int) -> bool:
        return i < end and (doc[i].like_num or doc[i].tag_ == "$")

    if end - start > 1 and doc[start].lower_ == "only" and figure(start + 1):
        start += 1
    if hedged:  # "an estimated 300,000", "more than 2.5 million", "just over 20%"
        start += next((n for n in (3, 2, 1) if end - start > n and figure(start + n)
                       and " ".join(t.lower_ for t in doc[start : start + n]) in _HEDGES), 0)
    if (counted and end - start > 1 and _spelling(doc[end - 1].lemma_) == _spelling(counted)
            and (doc[end - 2].like_num or doc[end - 2].lower_ in _MAGNITUDES)):
        end -= 1  # "how many minutes": 187
    return start, end


def _measured(doc, end: int, asked: set[str]) -> int:  # type: ignore[no-untyped-def]
    """The end of a bare number's span taken on to the unit it counts ("27.1 mln dlrs", "1.0 pct"),
    a noun the tagger left out of the entity; not a noun the question names ("how many workers")."""
    number = doc[end - 1]
    unit = number.head
    if ((number.like_num or number.lower_ in _MAGNITUDES) and number.dep_ in {"nummod", "amod", "compound"}
            and (unit.pos_ == "NOUN" or (unit.pos_ == "PROPN" and unit.is_lower)) and end <= unit.i <= end + 1
            and all(t.head.i == unit.i and t.is_alpha and t.is_lower for t in doc[end : unit.i])
            and unit.lemma_.lower() not in asked and unit.lower_ not in asked):
        rate = unit.i + 2 < len(doc) and doc[unit.i + 1].lower_ == "per" and doc[unit.i + 2].pos_ == "NOUN"
        return unit.i + (3 if rate else 1)  # "122 miles per hour"
    return end


# Measures given in a unit, which a bare figure leaves out: "122 miles per hour" for the speed.
_UNITED = {"temperature", "speed", "distance", "height", "length", "weight", "size", "capacity", "range", "depth",
           "width", "altitude", "elevation"}
_UNITS_OF_TIME = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
_DEICTIC = {"last", "next", "this", "that", "late", "early", "mid", "same", "previous", "following"}
_QUANTIFIERS = {"a", "an", "few", "several", "many", "some"}
_POINTING = {"ago", "later", "earlier", "before", "after", "since", "from", "old"}  # "two years ago": a time
_RELATING = {"later", "earlier", "before", "after"}  # "two years later": a time told from another event


TIME_UNIT_AFTER = 2  # words between a number and the unit of time it counts ("five-and-a-half enthralling hours")


_LENGTHS = _UNITS_OF_TIME | {"mile", "kilometre", "kilometer", "km", "foot", "feet", "metre", "meter", "yard", "inch"}


def _time_unit(doc, end: int) -> int | None:  # type: ignore[no-untyped-def]
    """The end of the unit of time a bare number ending at `end` counts ("five-and-a-half enthralling hours"),
    None when it counts none ("7-5", "five members")."""
    while end < len(doc) and not doc[end - 1].whitespace_:  # the rest of a word the number starts: "-and-a-half"
        end += 1
    return _unit_end(doc[end : end + TIME_UNIT_AFTER + 1],
                     lambda t: t.pos_ == "ADJ" or t.dep_ == "amod" or t.lower_ in {"and", "a", "half"})


def _unit_end(tokens, filler: Callable[[Any], bool]) -> int | None:  # type: ignore[no-untyped-def]
    """The end of the first unit of time among `tokens`, if only `filler` words come before it."""
    for token in tokens:
        if token.lemma_.lower() in _UNITS_OF_TIME:
            return token.i + 1
        if not filler(token):
            return None
    return None


_FREQUENCIES = {"hourly", "daily", "nightly", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly",
                "biannually", "biennially", "semiannually"}
_TIMES = {"once", "twice", "thrice"}
FREQUENCY_WORDS = 4  # words an "every …" phrase runs to before its unit of time ("every other week")


def _frequencies(doc) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """How often something happens, as a sentence says it: "monthly", "every ten years", "twice a year",
    "three times a week", "once every four years"."""
    def unit_after(i: int) -> int | None:  # the end of "[other|N] <unit>" from token i
        return _unit_end(doc[i : i + FREQUENCY_WORDS],
                         lambda t: t.like_num or t.lower_ in {"other", "few", "couple", "of"} or t.pos_ == "ADJ")

    taken: set[int] = set()
    for token in doc:
        if token.i in taken:
            continue
        start, end = token.i, None
        if token.lower_ in _FREQUENCIES:
            end = token.i + 1
        elif token.lower_ in _TIMES or (token.like_num and doc[token.i + 1 : token.i + 2].text.lower() == "times"):
            after = token.i + 1 if token.lower_ in _TIMES else token.i + 2
            if after < len(doc) and doc[after].lower_ in {"a", "an", "per", "each", "every"}:
                end = unit_after(after + 1)
        elif token.lower_ == "every":
            end = unit_after(token.i + 1)
        if end is not None:
            taken.update(range(start, end))
            yield Candidate(doc[start:end].text, start, end, 1.0)


_ORDINAL_RE = re.compile(r"(\d[\d,]*)(?:st|nd|rd|th)", re.IGNORECASE)
# A question asking one end of a range: "To what were rates cut?", "What did it rise from?"
_RANGE_END_RE = re.compile(r"^\s*(to|from) what\b|\b(to|from)\s*\?\s*$", re.IGNORECASE)
_SLASHED_RE = re.compile(r"\d{1,2}/\d{1,2}")
_SPELLED_ORDINALS = {"second": "two", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six",
                     "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten", "eleventh": "eleven",
                     "twelfth": "twelve"}
ORDINAL_COUNT_WEIGHT = 0.9  # "his 21st grand slam title": 21 of them, as a count would say more plainly


def _duration(doc, start: int, end: int, within: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """Whether a date or time span says how long, not when: "a few minutes", "two years"; not "two
    years ago", "in two years" (unless `within`: the question asks "within how many days"), "last year"."""
    while start < end - 1 and doc[start].pos_ == "VERB":  # "will last 42 days" as the tagger may run it
        start += 1
    span = doc[start:end]
    words = {t.lower_ for t in span}
    return (span.root.lemma_.lower() in _UNITS_OF_TIME and words.isdisjoint(_DEICTIC)
            and any(t.like_num or t.lower_ in _QUANTIFIERS for t in span[: span.root.i - start])
            and not any(t.is_digit and len(t.text) == 4 for t in span)  # "the year 1377"
            # "for 187 minutes before he spoke": "for" says how long, whatever follows
            and (end >= len(doc) or doc[end].lower_ not in _POINTING or (start > 0 and doc[start - 1].lower_ == "for"))
            and (within or start == 0 or doc[start - 1].lower_ not in {"in", "within"}))


# "Within how many days", "in how many years": the span is asked after "in" or "within", as it is said.
_WITHIN_RE = re.compile(r"\b(?:in|within)\s+how\s+(?:many|long|much)\b", re.IGNORECASE)
_CLAUSE_ENDS = {".", ",", ";", ":", "!", "?"}


def _possesses(doc, after: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a possessive ending before token `after` owns what follows it ("the UK's economy"), unlike
    a name that ends in one ("Wendy's was the fastest", "Not even Wendy's.")."""
    return not (after >= len(doc) or doc[after].text in _CLAUSE_ENDS
                or (doc[after].is_lower and (doc[after].pos_ in {"ADP", "CCONJ"}
                                             or doc[after].tag_ in {"VBD", "VBZ", "VBP", "MD"})))


def _owning(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name ends in a possessive that owns what follows, which is no part of it ("the United
    Kingdom’s economy", "The University of Oxford’s vice-chancellor")."""
    return end - start > 1 and _possessive_ending(doc[end - 1]) and _possesses(doc, end)


def _echoes(span, anchors: set[str], nouns: set[str], asked: str | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name is the thing the question asks about, in the question's words: "Drive-Thru
    Performance Study" for who conducted the drive-thru study (`nouns`: the question's common
    nouns); not the asked noun's ("Harvard University" for which university)."""
    words = [t for t in span if t.is_alpha and not t.is_stop]
    if (len(words) < 2 or words[-1].lemma_.lower() == asked or words[-1].lower_ == asked
            or words[-1].lemma_.lower() not in nouns):
        return False
    echoed = [t.lower_ in anchors or t.lemma_.lower() in anchors for t in words]
    return echoed[-1] and 2 * sum(echoed) > len(words)


_DASHES = {"—", "–", "-", "--"}


def _credit(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a span is the agency credit in parentheses that opens a story ("(CNN)", "NEW YORK (AP)"),
    or the dateline before it or before a dash ("YANGON, Burma (AP) —", "WASHINGTON —")."""
    if (0 < start <= CREDIT_WITHIN and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")"
            and not any(t.is_lower for t in doc[: start - 1])):  # after a dateline, not "My husband (Alexis Ohanian)"
        return True
    opening = next((t.i for t in doc[: CREDIT_WITHIN + 1] if t.text == "("), None)
    closing = next((t.i for t in doc[opening : opening + 4] if t.text == ")"), None) if opening else None
    if (closing is not None and end <= opening and closing + 1 < len(doc)  # type: ignore[operator]
            and doc[closing + 1].text in _DASHES and not any(t.is_lower for t in doc[:opening])):
        return True
    # A dateline in capitals and a dash, without a credit: "LE BOURGET, France –", "WASHINGTON —".
    dash = next((t.i for t in doc[end : end + 4] if t.text in _DASHES), None)
    return (start <= 1 and dash is not None and not any(t.is_lower for t in doc[:dash])
            and any(t.is_upper and len(t) > 2 for t in doc[start:end]))


def _modifier(doc, start: int, end: int, asked: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name only modifies a common noun after it that the question does not ask about.

    "The Grammy winner" names a person, not an answer to who got a book deal; "the al Qaeda
    leader" does answer which group's leader was killed.
    """
    last = doc[end - 1]
    if not (last.dep_ == "compound" and last.head.i >= end and last.head.pos_ == "NOUN"):
        return False
    # The noun with its own modifiers: "a 7-day trial period" is the trial asked about.
    noun = [last.head, *(c for c in last.head.children if c.dep_ in {"compound", "amod"} and c.i >= end)]
    return not any(t.lemma_.lower() in asked or t.lower_ in asked for t in noun)


# Titles as news abbreviates them before a name: "Texas Gov. Greg Abbott" is the governor asked for.
_ABBREVIATED = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
                "atty": "attorney", "sec": "secretary", "pres": "president", "amb": "ambassador", "adm": "admiral",
                "col": "colonel", "sgt": "sergeant", "capt": "captain", "supt": "superintendent", "insp": "inspector",
                "det": "detective", "cmdr": "commander", "asst": "assistant", "dep": "deputy"}


def _title_word(token) -> str:  # type: ignore[no-untyped-def]
    """A role word written out, however abbreviated: "governor" of "Gov.", "senator" of "Sen.", "coach" of "coach"."""
    return _ABBREVIATED.get(token.lower_.rstrip("."), token.lemma_.lower())


def _abbreviation(token) -> str | None:  # type: ignore[no-untyped-def]
    """The role a capitalised abbreviation writes short ("senator" of "Sen."); None for any other word."""
    return _ABBREVIATED.get(token.lower_.rstrip(".")) if token.text[:1].isupper() else None


def _is(token, noun: str | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word is the noun, written out or abbreviated as a title ("Gov." for governor); none is no noun."""
    return noun is not None and (token.lemma_.lower() == noun or _abbreviation(token) == noun)


_NAMING_VERBS = {"identify", "name", "appoint", "elect", "choose", "select", "pick", "confirm", "hire", "nominate",
                 "designate", "install", "announce", "list", "describe", "crown", "tap", "adopt"}
_DEEMING = {"consider", "deem", "declare", "vote", "rank", "rate", "call"}  # "X was voted the best airport"
_BODIES = {"GPE", "ORG", "NORP", "LOC", "FAC"}  # what a person's role may be of, never the person
_NAME_LABELS = _BODIES | {"PERSON"}
_OWNING = {"GPE", "ORG", "NORP", "LOC", "PERSON"}  # names a role may be of; not a title's own words ("Foreign")
_COPULAS = {"be", "become", "remain"}
RELATIVE_WINDOW = 6  # tokens from "who was" to the noun it says the name is ("who was the top prosecutor")


def _set_off_after(noun, appositive) -> bool:  # type: ignore[no-untyped-def]
    """Whether an appositive (with its own titles: "opponent, former GOP Sen. David Perdue") follows its
    noun directly, or past the noun's "of" ("the chief executive of Twitter, Parag Agrawal"); not past
    another phrase ("the home team at the Rams' home — SoFi Stadium —", where the parser took the
    stadium for the team)."""
    start = appositive.left_edge.i
    if noun.i > start:
        return True
    of = {t.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    return all(t.is_punct or t.i in of for t in noun.doc[noun.i + 1 : start])


def _named(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a noun ends a name of its own: "Airport" of "Hamad International Airport"."""
    return token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _attached(doc, start: int, end: int, noun: str, person: bool = False,  # type: ignore[no-untyped-def]
              examples: bool = False) -> bool:
    """Whether a candidate span is named as the asked noun: 'TikTok app', 'Twitch, a platform'; for a
    `person`, not a place or body the noun is of ("a Hanover County firefighter"); with `examples` (a
    question asking for several), one of its examples ("militia groups like the Oath Keepers").

    Not one name beside or before a plural: "19 states, the District of Columbia and two territories"
    is a list, "US retailers" are no US.
    """
    one = not any(t.lower_ in {"and", "&"} for t in doc[start:end])

    def beside(token) -> bool:  # type: ignore[no-untyped-def]
        return token.lemma_.lower() == noun and not (one and token.tag_ in {"NNS", "NNPS"})

    if (start >= 2 and doc[start - 1].text == "," and beside(doc[start - 2])
            and doc[start - 2].pos_ == "NOUN" and (end == len(doc) or doc[end].text in {",", ".", "—", "–", ")"})):
        return True  # set off after it, which the parser may miss: "his former deputy chief whip, Chris Pincher,"
    if (start >= 2 and doc[start - 1].text == "(" and beside(doc[start - 2]) and end < len(doc)
            and doc[end].text == ")"):
        return True  # in brackets after it: "My husband (Alexis Ohanian)"
    if person and start >= 3 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].dep_ == "compound":
        # One of a list of titles before the name, the last one its compound: "TV host, professor and
        # former CNN commentator Marc Lamont Hill" (the parser hangs the name on the list).
        for i in range(start - 2, max(start - 2 - TITLE_LIST, -1), -1):
            token = doc[i]
            if not (token.text == "," or token.lower_ == "and"
                    or (token.pos_ in {"NOUN", "ADJ", "PROPN"} and token.ent_type_ != "PERSON")):
                break
            if token.pos_ == "NOUN" and beside(token) and (doc[i + 1].text == "," or doc[i + 1].lower_ == "and"):
                return True
    if any(c.dep_ == "relcl" and c.lemma_ == "be" and any(a.dep_ == "attr" and beside(a) for a in c.children)
           for c in doc[end - 1].children):
        return True  # said of it: "Baroness Boothroyd, who was the first woman to be Commons Speaker,"
    for token in doc[start:end]:
        if token.lemma_.lower() == noun and token.i == end - 1:  # its head: "the TikTok app", not "Airline Awards"
            return True
        outside = not start <= token.head.i < end
        noun_of = token.head
        if (outside and (token.dep_ in {"compound", "appos"} or (token.dep_ == "nmod" and _quoted_word(token)))
                and beside(noun_of) and (token.dep_ != "appos" or _set_off_after(noun_of, token))
                and not (person and token.dep_ == "compound" and token.ent_type_ in _BODIES)
                # a work's maker: "a Fleetwood Mac song" is no song's name
                and not (noun in _WORKS and token.dep_ == "compound" and token.ent_type_ in {"PERSON", "ORG", "NORP"})
                and not (noun_of.dep_ == "compound" and noun_of.head.pos_ == "PROPN")
                and not (token.dep_ == "compound" and any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                                          for c in noun_of.children))):
            # Not when the noun titles another name: "New York investor Asher Edelman", "Northampton
            # coach Budge Pountney" (however the parser attaches the name).
            return True
        if any(child.dep_ == "appos" and beside(child) and not _named(child)
               and not any(c.dep_ == "conj" and token.i < c.i < child.i for c in token.children)
               for child in token.children):
            # (not another name's noun: "Doha, Qatar Hamad International Airport"; nor one set off after
            # the last of a pair, which the parser hangs on the first: "Schmidt and Barone, his lawyer")
            return True
        if token.dep_ == "conj" and token.i == end - 1 and any(
                c.dep_ == "appos" and beside(c) and c.i > token.i and not _named(c) for c in token.head.children):
            return True  # that last of a pair: Barone
        if (examples and outside and token.dep_ == "pobj" and (noun_of.lower_ in {"like", "including"} or (
                noun_of.lower_ == "as" and noun_of.i > 0 and doc[noun_of.i - 1].lower_ == "such"))
                and noun_of.head.lemma_.lower() == noun and not noun_of.head.ent_type_):
            return True  # one of the noun's examples: "militia groups like the Oath Keepers", "such as"
        if (person and outside and token.dep_ == "appos" and token.ent_type_ == "PERSON"
                and noun_of.dep_ == "pobj" and noun_of.ent_type_ in _BODIES and noun_of.head.lower_ == "of"
                and beside(noun_of.head.head) and _set_off_after(noun_of.head.head, token)):
            return True  # set off after the body the noun is of, where the parser hangs it: "the chief
            # executive of Humanists UK, Andrew Copson,"
        if any(child.dep_ == "compound" and child.i < start and _is(child, noun)
               and not any(t.like_num for t in child.lefts)  # "the 12-team NWSL" has teams, is none
               for child in token.children):  # its title: "investor Asher Edelman", "Texas Gov. Greg Abbott"
            return True
    # The subject of a verb that gives it the role, or the object of one naming it as such: "Sophie
    # Raworth will step in as interim presenter", "identified Lt. Brad Clark as the firefighter who died".
    root = doc[start:end].root

    def as_it(token) -> bool:  # type: ignore[no-untyped-def]
        return any(prep.dep_ == "prep" and prep.lower_ == "as" and any(o.dep_ == "pobj" and beside(o)
                                                                        for o in prep.children)
                   for prep in token.children)

    cue = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if cue.lower_ in _NAMING_CUES | {"known"} and cue.dep_ == "acl" and beside(cue.head):
        return True  # the name given to it: "an amendment known as Issue 4", "a nonprofit called Space for Humanity"
    takes = root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "dobj" and root.head.lemma_ in _NAMING_VERBS)
    if as_it(root) or (takes and as_it(root.head)):
        return True
    if (root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lemma_ in _NAMING_VERBS
            and any(c.dep_ in {"dobj", "nsubjpass"} and beside(c) for c in root.head.head.children)):
        return True  # the noun named as it: "identified the suspect as Floyd Ray Roseberry"
    # Or that an infinitive after it, or after the noun it is set beside, gives it: "naming a trusted budget
    # official, Daniel Werfel, to serve as his new acting IRS commissioner"; "naming him to serve as …".
    described = root.head if root.dep_ == "appos" else root
    if any(c.dep_ in {"relcl", "acl", "xcomp"} and c.tag_ == "VB" and as_it(c)
           for c in (*described.children, *(root.head.children if takes else ()))):
        return True
    if root.dep_ == "nsubj" and root.head.lemma_ in _COPULAS and any(c.dep_ == "attr" and beside(c)
                                                                      for c in root.head.children):
        return True  # what it is: "Kamala Harris would be the tiebreaker", "Donahue became the last soldier"
    if root.dep_ == "nsubjpass" and root.head.lemma_ in _NAMING_VERBS | _DEEMING and any(
            c.dep_ in {"oprd", "attr"} and beside(c) for c in root.head.children):
        return True  # what it is named or deemed: "the Bengals will be considered the home team"
    if (root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ == "with"
            and beside(root.head.head.head)):
        return True  # the one the noun's "with" names: "the state with the highest number, Louisiana,"
    # What a relative clause on its appositive says it is: "Sally Ride, an astronaut who was the first
    # American woman in space".
    if any(clause.dep_ == "relcl" and clause.lemma_ in _COPULAS
           and any(c.dep_ == "attr" and beside(c) for c in clause.children)
           for described in root.children if described.dep_ == "appos" for clause in described.children):
        return True
    # A relative clause saying it is one: "Robert Jackson who was the top prosecutor at Nuremberg".
    if end + 1 < len(doc) and doc[end].lower_ in {"who", "that", "which"} and doc[end + 1].lemma_ == "be":
        for token in doc[end + 2 : end + 2 + RELATIVE_WINDOW]:
            if token.lemma_.lower() == noun:
                return True
            if token.pos_ in {"PUNCT", "VERB", "ADP"}:
                break
    return False


def _quoted_word(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word stands in quotation marks of its own: the title of "their famed “Rumours” album"."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].is_quote and doc[token.i + 1].is_quote


def _of_person(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name is a person's owner: "Ukraine's" of "Ukraine's President Volodymyr Zelensky", "US" of
    "US actor Ossie Davis" (says whose, not where), not "Antarctica's" of "Antarctica's Thwaites Glacier"."""
    return token.dep_ in {"poss", "compound"} and (token.head.ent_type_ == "PERSON" or token.head.lower_ in _TITLES)


def _surnamed(docs: Sequence[Any]) -> set[str]:
    """The surnames of the people the parsed sentences name in full ("Gov. Ron DeSantis"), but those
    also inside another longer name ("Henry Ford" beside "Ford Motor")."""
    people = {ent[-1].text for doc in docs for ent in doc.ents
              if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].pos_ == "PROPN"}
    others = {t.text for doc in docs for ent in doc.ents if ent.label_ in _BODIES | {"PRODUCT", "WORK_OF_ART"}
              and len(ent) > 1 for t in ent}
    return people - others


# Verbs whose infinitive only intends the act: "hoped to sell $725 million" sold none of it yet. (In
# their forms: the lemmatizer reads "hoped" as "hop".)
_INTENDING = frozenset({"hope", "hopes", "hoped", "hoping", "plan", "plans", "planned", "planning", "want", "wants",
                        "wanted", "wanting", "aim", "aims", "aimed", "aiming", "seek", "seeks", "sought", "seeking",
                        "intend", "intends", "intended", "intending", "try", "tries", "tried", "trying", "wish",
                        "wishes", "wished", "wishing", "attempt", "attempts", "attempted", "attempting"})


def _intended(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a span's act is only intended: "hoped to sell $725 million"."""
    verb, _ = _verb_of(doc[start:end].root)
    return verb.dep_ == "xcomp" and verb.head.i < verb.i and verb.head.lower_ in _INTENDING


def _ending_in(doc, noun: str) -> Iterator[Candidate]:  # type: ignore[no-untyped-def]
    """Names whose last word is the noun asked, capitalised ("Sullivan Arena" for which arena), or
    that the noun follows as their kind ("the Daily Record newspaper" for which newspaper): one,
    whatever the tagger calls it (a person, a date)."""
    for start, end in _proper_runs(doc):
        last = doc[end - 1]
        if (end - start > 1 and last.text[:1].isupper() and noun in {last.lower_, last.lemma_.lower()}) or (
                _kind_after(doc, end, noun)):
            yield Candidate(doc[start:end].text, start, end, 1.0)


def _kind_after(doc, end: int, noun: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the name ending at `end` is followed by the noun asked as its kind ("the Unison union"),
    not as a title of a name after it ("Twitter CEO Jack Dorsey", whose CEO the name is), nor as a
    class it qualifies (a country's: "the US airline"; a plural's: "Dove products")."""
    kind = doc[end] if end < len(doc) else None
    return (kind is not None and kind.is_lower and kind.lemma_.lower() == noun and kind.tag_ == "NN"
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == kind.i
            and doc[end - 1].ent_type_ not in {"GPE", "NORP"}
            and not (kind.dep_ == "compound" and kind.head.pos_ == "PROPN"))


def _mostly_people(docs: Sequence[Any]) -> set[str]:
    """The names the parsed sentences call a person, twice or more, more often than a place ("Rihanna",
    which the tagger also called a place in "welcome Rihanna to the … stage")."""
    people = Counter(ent.text for doc in docs for ent in doc.ents if ent.label_ == "PERSON")
    places = Counter(ent.text for doc in docs for ent in doc.ents if ent.label_ in PLACE_LABELS)
    return {name for name, n in people.items() if n > max(1, places[name])}


def _owns(doc, start: int, end: int, noun: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name owns the asked noun, and so is not it: "Johnson" of "Johnson's former deputy chief whip"."""
    root = doc[start:end].root
    # "Twitter CEO Jack Dorsey": the name before the title is whose it is; "the Unison union" is the union.
    return (root.dep_ in {"poss", "compound"} and root.head.lemma_.lower() == noun and root.head.i >= end
            and not (root.dep_ == "compound" and _kind_after(doc, end, noun)))


_RANKS = {"first", "last", "only", "second", "third", "latest", "newest", "oldest", "biggest", "largest", "former"}


def _most_of(qdoc) -> set[str]:  # type: ignore[no-untyped-def]
    """The superlatives a question asks what has most of: "lowest" of "which state has the lowest rate"."""
    return {t.lower_ for t in qdoc if t.tag_ in {"JJS", "RBS"} and (
        (t.head.dep_ == "dobj" and t.head.head.lemma_ == "have")
        or (t.head.dep_ == "pobj" and t.head.head.lower_ == "with"))}


def _ranks(qdoc, noun: str | None) -> set[str]:  # type: ignore[no-untyped-def]
    """The words a question ranks its asked noun by: "largest" of "Pakistan's largest city", "populous"
    of "the most populous state", "first" of "the first woman", "highest" of "which state has the
    highest number"."""
    ranks = _most_of(qdoc)  # what it has most of
    for token in qdoc:
        if token.tag_ == "JJS" and noun is not None and any(t.lemma_.lower() == noun
                                                           for t in qdoc[token.i + 1 : token.i + 4]):
            ranks.add(token.lower_)  # just before it, however parsed: "which biggest health insurer"
        if noun is None or token.lemma_.lower() != noun:
            continue
        for child in token.children:
            if child.tag_ in {"JJS", "RBS"} or child.lower_ in _RANKS or any(c.tag_ == "RBS" for c in child.children):
                ranks.add(child.lower_)
    return ranks


# The portfolio words of an office ("Defense Secretary", "Foreign Minister", "Health Secretary").
_PORTFOLIOS = {"defense", "defence", "foreign", "home", "interior", "health", "finance", "treasury", "justice",
               "education", "transport", "transportation", "energy", "environment", "commerce", "labor", "labour",
               "agriculture", "trade", "culture", "housing", "business", "economy", "homeland", "security",
               "immigration", "brexit", "veterans", "communications", "industry", "tourism", "sports",
               "police", "fire",  # "Tuscaloosa Police Chief", "the city's fire commissioner"
               "majority", "minority"}  # a leader's or whip's side: "Senate Majority Leader"


_CURRENT_RE = re.compile(r"^\s*who(?:\s+is|\s+are|['’]s)\b", re.IGNORECASE)
# A past (or leaving) holder's title words: "former Prime Minister Shinzo Abe", "outgoing PM Liz Truss".
_FORMER = frozenset({"former", "ex", "late", "then", "outgoing", "erstwhile", "previous"})
# A question with one of them, or "once" ("who once led"), asks about that holder, not the current one.
_FORMER_RE = re.compile(rf"\b(?:{'|'.join(sorted(_FORMER | {'once'}))})\b", re.IGNORECASE)


# Words making a role another one, under it: "associate administrator", "deputy chief whip", "shadow chancellor".
_UNDER = {"deputy", "associate", "assistant", "vice", "under", "junior", "shadow"}
_NOT_HOLDING = frozenset(_FORMER | _UNDER)  # words before a role whose holder is not its holder now


def _titled_with(doc, start: int, end: int, noun: str, words: set[str] | frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the asked noun beside a candidate is titled with one of `words`: a past holder's (`_FORMER`:
    "former Prime Minister Shinzo Abe", "then-New York City Mayor Michael Bloomberg") or a role's under it
    (`_UNDER`: "associate administrator Jim Free")."""
    for mention in _beside(doc, start, end, noun):
        # back over the title's words and its owner's name
        for token in reversed(doc[max(0, mention.i - FORMER_WINDOW) : mention.i]):
            if token.lower_.rstrip("-") in words:
                return True
            if not (token.pos_ in {"PROPN", "NOUN", "ADJ"} or token.text == "-" or _possessive_ending(token)):
                break
    return False


def _ranked(doc, start: int, end: int, ranks: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sentence ranks a candidate as the question does: "Karachi, the country's largest
    city", not "the southern city of Nawabshah" for Pakistan's largest city."""
    # Up to the end of what describes it: "Sally Ride, an astronaut who was the first American woman".
    end = max(end, min(doc[start:end].root.right_edge.i + 1, end + DESCRIBED_WINDOW))
    return not ranks or any(t.lower_ in ranks for t in doc[max(0, start - RANK_WINDOW) : end + RANK_WINDOW])


# Portfolios that are parties' names too, and the offices they are a portfolio of: "Labour Secretary".
_PARTY_PORTFOLIOS = {"labour", "labor"}
_MINISTERIAL = {"minister", "secretary", "chancellor", "spokesman", "spokeswoman", "spokesperson", "critic",
                "department", "ministry", "committee", "czar", "tsar"}


# Offices of a place, which a party titles as its holder's: "Republican Gov.", "Democratic Sen.".
_PLACE_OFFICES = frozenset({"governor", "senator", "representative", "congressman", "congresswoman", "mayor",
                            "lawmaker", "legislator", "assemblyman", "assemblywoman", "councilman", "councilwoman",
                            "councillor", "president", "lieutenant", "delegate"})


def _owners(noun_token, name: range = range(0), *, asked: bool = False) -> set[str]:  # type: ignore[no-untyped-def]
    """The names a noun is of: "Scotland" of "Scotland coach", "the coach of Scotland", "Scotland's coach";
    not the `name` (token positions) it is given ("the island of Kyushu"); `asked`, in a question."""
    modifiers = [c for c in noun_token.children if c.dep_ in {"compound", "poss", "amod", "nmod"}]
    # A portfolio is the office's, not its owner ("Defense" of "British Defense Secretary", which the
    # tagger may call an organisation); the owner is what it is of. A party named as one is a portfolio
    # of a minister's office only: "Labour leader" is the party's.
    ministerial = noun_token.lemma_.lower() in _MINISTERIAL

    def portfolio(token) -> bool:  # type: ignore[no-untyped-def]
        return token.lower_ in _PORTFOLIOS and (ministerial or token.lower_ not in _PARTY_PORTFOLIOS)

    modifiers += [m for c in modifiers if portfolio(c) for m in c.children if m.dep_ in {"compound", "amod", "nmod"}]
    names = [c for c in modifiers if (c.ent_type_ in _OWNING or _party_like(c)) and not portfolio(c)]
    # Before it, past the common nouns compounded with it, its adjectives and its portfolio, however
    # parsed: "Scotland" of "the Scotland rugby coach", "House" of "White House senior director".
    before = noun_token.i - 1
    while before >= 0 and ((noun_token.doc[before].pos_ == "NOUN" and noun_token.doc[before].dep_ == "compound")
                           or (noun_token.doc[before].pos_ == "ADJ" and noun_token.doc[before].dep_ == "amod"
                               and not noun_token.doc[before].ent_type_)
                           or portfolio(noun_token.doc[before])):
        before -= 1
    if before >= 0 and before < noun_token.i - 1 and noun_token.doc[before].ent_type_ in _OWNING:
        names.append(noun_token.doc[before])
    # Of a name, however labelled: "chief executive of RMetS", which the tagger leaves unlabelled.
    names += [o for p in noun_token.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and (o.ent_type_ in _OWNING or o.pos_ == "PROPN")]
    # A party is no owner of a place's office, but whose the holder is: "Republican Gov. Kevin Stitt" is
    # Oklahoma's governor ("Tory leader Michael Howard" is the Tories').
    if _title_word(noun_token) in _PLACE_OFFICES:
        names = [n for n in names if not (n.ent_type_ == "NORP" and country_of(n.text) is None)]
    keys = {_owner_key(n) for n in names if n.i not in name}
    # A name of several words by its initials too: "AK chief" is Athletics Kenya's, which the story calls
    # "Athletics Kenya (AK)"; "Lib Dem leader" the Liberal Democrats' ("LD"), which the tagger may read as
    # an adjective and a name ("Liberal Democrat leader").
    runs = [run for n in names if n.i not in name
            and len(run := [*(c for c in n.lefts if (c.dep_ == "compound" and c.pos_ == "PROPN")
                              or (c.dep_ == "amod" and c.text[:1].isupper())), n]) > 1]
    # Asked, a name of several words by each of them too: news calls the Seattle Storm's coach "Seattle
    # coach" (not so in a story: "New York Giants coach" is no New York Jets coach).
    parts = {_owner_key(t) for run in runs for t in run} if asked else set()
    return keys | parts | {"".join(t.text[0] for t in run).lower() for run in runs}


# A party by the name news gives it most: "Tory leader" is the Conservatives', "GOP leader" the Republicans'.
_PARTY_ALIASES = {"tory": "conservative", "tories": "conservative", "gop": "republican"}


def _party_like(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a capitalised adjective mid-sentence names whose a role is, as a party does, though the tagger
    gave it no label: "Conservative" of "Conservative leader Anna Kessler"; not "Former" or "Deputy"."""
    return (token.pos_ == "ADJ" and token.dep_ == "amod" and token.text[:1].isupper() and token.i > token.sent.start
            and token.lower_ not in _NOT_HOLDING)


def _owner_key(token) -> str:  # type: ignore[no-untyped-def]
    """How an owner's name is compared: a country by its CLDR name, whatever news calls it ("Russian"); a
    party or people by its one stem, whether adjective, member or plural ("Democratic", "Democrats")."""
    country = _country(token.text) or country_of(token.text)
    if country:
        return country
    word = token.lower_
    stemmed = token.ent_type_ == "NORP" or token.pos_ == "ADJ"
    return _PARTY_ALIASES.get(word) or (re.sub(r"(?:ic|s)$", "", word) if stemmed else word)


def _asked_owners(qdoc, asked: str | None) -> set[str]:  # type: ignore[no-untyped-def]
    """The names the question's asked noun is of ("Scotland" of "the Scotland coach", "Conservative" of
    "the Conservative leader"); a party is none of a place's office ("Which Republican governor": Florida's
    is one), as `_owners` reads it."""
    return set().union(*(_owners(t, asked=True) for t in qdoc if asked and t.lemma_.lower() == asked))


def _owned_otherwise(doc, start: int, end: int, noun: str, owners: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the asked noun beside a candidate is another name's than the question's: "Northampton
    coach Budge Pountney" for the Scotland coach."""
    if not owners:
        return False
    theirs = _owners_beside(doc, start, end, noun)
    return bool(theirs) and all(named and not named & owners for named in theirs)


def _owned_by(doc, start: int, end: int, noun: str, owners: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the asked noun beside a candidate is of one of the question's owners: "Scotland coach
    Matt Williams" for the Scotland coach."""
    theirs = _owners_beside(doc, start, end, noun)
    if any(named & owners for named in theirs):
        return True
    # A role named without its owner in a sentence about the owner is the owner's: "The CDC has
    # identified nine cases, Director Dr. Rochelle Walensky said" for the CDC director.
    return bool(theirs) and not any(theirs) and any(
        _owner_key(t) in owners
        for t in doc if t.ent_type_ in _OWNING and not start <= t.i < end)


def _beside(doc, start: int, end: int, noun: str) -> list[Any]:  # type: ignore[no-untyped-def]
    """The mentions of the asked noun near a candidate, outside it; the one titling it only, if one does
    ("Rams head coach Sean McVay will face Bengals head coach Zac Taylor")."""
    within = range(start, end)
    mentions = [t for t in doc[max(0, start - RANK_WINDOW) : end + RANK_WINDOW] if _is(t, noun) and t.i not in within]
    return [t for t in mentions if t.head.i in within or any(c.i in within for c in t.children)] or mentions


def _owners_beside(doc, start: int, end: int, noun: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    """The owners of each mention of the asked noun near a candidate (`_beside`)."""
    return [_owners(t, range(start, end)) for t in _beside(doc, start, end, noun)]


def _portfolios(office) -> set[str]:  # type: ignore[no-untyped-def]
    """The portfolio words an office is titled with: "culture" of "Culture Secretary", "press" of "press
    secretary"."""
    return {c.lower_ for c in office.children if c.dep_ in {"compound", "amod"} and c.i < office.i
            and (c.lower_ in _PORTFOLIOS or c.pos_ == "NOUN")}


def _other_portfolio(doc, start: int, end: int, noun: str, asked: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the office beside a candidate has another portfolio than the `asked` one: "White House press
    secretary Jen Psaki" for the culture secretary."""
    offices = _beside(doc, start, end, noun) or [t for t in doc if _is(t, noun) and not start <= t.i < end]
    theirs = [_portfolios(t) for t in offices]
    return bool(asked) and bool(theirs) and all(p and p.isdisjoint(asked) for p in theirs)


# Offices a person holds, each with the words news uses for it alike; a name titled with one is no
# holder of another. Words for anyone ("leader", "official", "star") are no office.
_OFFICES = [{"president", "chairman", "chairwoman", "chair"}, {"ceo", "executive", "chief", "boss"},
            {"coach", "manager"}, {"spokesman", "spokeswoman", "spokesperson"}, {"lawyer", "attorney"},
            {"minister", "secretary", "chancellor"}, {"senator", "lawmaker", "congressman", "congresswoman",
                                                      "representative", "rep"},
            {"director"}, {"governor"}, {"mayor"}, {"captain", "skipper"}, {"prosecutor"}, {"judge", "justice"},
            {"ambassador", "envoy"}, {"commissioner"}, {"commander"}, {"editor"}, {"founder"}, {"striker", "forward"},
            {"midfielder"}, {"quarterback"}, {"pitcher"}, {"referee"}, {"adviser", "advisor", "aide"},
            {"economist"}, {"doctor"}, {"nurse"}, {"teacher"}, {"producer"}, {"host", "presenter", "anchor"}]
_OFFICE = {word: frozenset(group) for group in _OFFICES for word in group}


def _titles(doc, start: int, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The offices a sentence gives a name: "Striker Pierre-Emerick Aubameyang", "Justice Department
    spokesman Anthony Coley", "Ann Lee, a spokeswoman", "Ann Lee is the Gabon captain"."""
    root = doc[start:end].root
    before = start - 1
    while before >= 0 and (_honorific(doc[before]) or doc[before].text == "."):
        before -= 1
    words = [t for t in doc[start:end] if t.i < root.i]
    words += [doc[before], *doc[before].conjuncts] if before >= 0 else []  # "President and CEO John Doe"
    words += [c for c in root.children if c.dep_ == "appos"]
    words += [root.head] if root.dep_ == "appos" else []
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        words += [c for c in root.head.children if c.dep_ == "attr"]
    return {_title_word(t) for t in words} & _OFFICE.keys()


def _other_office(doc, start: int, end: int, noun: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence titles a name with another office than the one asked: "Striker
    Pierre-Emerick Aubameyang … is the Gabon captain" for the president of Gabon."""
    if noun not in _OFFICE:
        return False
    titles = _titles(doc, start, end)
    return bool(titles) and not titles & _OFFICE[noun]


def _given_of(doc, start: int, end: int) -> str | None:  # type: ignore[no-untyped-def]
    """The noun (lemma) a name is given to with 'of' right before it: "hometown" of "her hometown of Saqqez",
    "city" of "the city of Mashhad"."""
    root = doc[start:end].root
    of = root.head
    return of.head.lemma_.lower() if root.dep_ == "pobj" and of.lower_ == "of" and of.i == start - 1 else None


# A candidate in the slot the question asks about ("Which party did Galloway launch?": "launched
# Respect"; "How many people were killed?": "800,000 Tutsis ... were killed") gains this much.
SLOT_BONUS = 0.1
COUNTED_PENALTY = 0.1  # a figure counting other than what a "how many" question counts: "five members" for miles
COUNTED_BONUS = 0.05  # one counting it: "52 countries" over "turned 17" (less than a figure in the asked slot)
_LIGHT_VERBS = {"be", "have", "do", "get", "make", "take", "go", "come", "become", "include"}
# Nouns naming a change, with the verb a question asks it by: "a 3% rise" for how much something rose.
_CHANGES = {"rise": "rise", "fall": "fall", "increase": "increase", "decrease": "decrease", "drop": "drop",
            "jump": "jump", "gain": "gain", "loss": "lose", "decline": "decline", "growth": "grow",
            "climb": "climb", "cut": "cut", "surge": "surge", "slump": "slump", "plunge": "plunge",
            "hike": "hike", "reduction": "reduce", "slide": "slide", "dip": "dip", "leap": "leap", "spike": "spike",
            "rally": "rally", "tumble": "tumble", "contraction": "contract", "slip": "slip"}
_COMPARED = {"higher": "rise", "lower": "fall", "up": "rise", "down": "fall"}  # "9.3% higher": how much it rose
# A sentence's gain, hike or loss is a change too; a question asking how much X gained or lost asks a sum.
_RISES = RISING | {"gain", "hike"}
_FALLS = FALLING | {"lose"}
# Verbs news uses for one another, their roles alike: "acquired Albertsons" answers which chain Kroger
# is buying. "Beat" and "defeat" say who won, but their object is the loser, not the title won.
_SAME_SLOT = [{"buy", "acquire", "purchase"}, {"appoint", "name", "nominate", "pick", "select", "choose", "tap"},
              {"fire", "sack", "dismiss", "oust"}, {"ban", "bar", "prohibit"}, {"arrest", "detain"},
              {"criticise", "criticize", "slam", "blast"}, {"quit", "leave"},
              {"beat", "defeat", "rout", "edge", "thrash", "crush", "trounce", "overcome", "outplay"},
              {"tell", "talk", "speak"},
              # a verb and the noun news makes of it: "when did Mercury die" is "Mercury's death in 1991"
              {"die", "death"}, {"resign", "resignation"}, {"retire", "retirement"}, {"marry", "marriage", "wedding"},
              {"arrive", "arrival"}, {"depart", "departure"}]
_SAME_AGENT = {"win": {"beat", "defeat"}}
_LOST_TO = {("lose", "to"): ("beat", "agent"),  # "Mirza lost to Serena Williams": Williams beat her
            # "battled past Alyona Bondarenko": she beat Bondarenko
            **{(verb, "past"): ("beat", "patient") for verb in ("battle", "ease", "cruise", "sweep", "storm", "edge",
                                                                "power", "fight", "squeeze", "get", "brush")}}
# A work and who made it: "Robert Peston's new book", "books by author Daniel Handler" name its
# writer, whichever verb the question makes it with; the owner of an actor's role plays it ("Bob
# Odenkirk's role as Saul Goodman").
_WORKS = {"book", "novel", "memoir", "biography", "autobiography", "album", "song", "single", "film", "movie",
          "play", "poem", "essay", "painting", "documentary", "column", "opera", "musical", "symphony", "sculpture",
          "report", "study", "survey", "paper", "analysis"}
_PARTS = {"role", "character", "portrayal", "performance"}
_GOALS = {"goal", "winner", "equaliser", "equalizer", "header", "strike", "penalty", "try", "hat-trick", "brace",
          "touchdown", "opener"}
# the verb of who made it: "Robert Peston's new book", "Bob Odenkirk's role", "a goal from Andy Scott"
_MADE_BY = {**dict.fromkeys(_WORKS, "create"), **dict.fromkeys(_PARTS, "play"), **dict.fromkeys(_GOALS, "score")}
_MAKING = {"write", "author", "pen", "compose", "direct", "paint", "produce", "record", "sing", "create", "make",
           "publish", "draw", "sculpt"}
_CHANGE_VERBS = _RISES | _FALLS


def _change_verb(token) -> str:  # type: ignore[no-untyped-def]
    """The verb of change a word is a form of, however the tagger read it ("risen", "plunged"), else its lemma."""
    return CHANGE_FORMS.get(token.lower_, token.lemma_.lower())


_SETTINGS = {"in", "at", "on", "during"}  # the prepositions of an event's place and time
_HOPS = {"appos", "compound", "nummod", "amod", "det", "poss", "quantmod", "conj"}  # to the noun a word belongs to


def _slot(token) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """The verb a noun phrase's word is a direct argument of, and the argument's role: (lemma, role).

    Roles read through the voice: the subject of an active verb and the "by" of a passive one are
    its agent; the object and a passive subject its patient; a prepositional object is its preposition;
    a figure a change is named by is how much the verb of the change changed ("a 3% rise": rise, extent).
    A noun no (other than light) verb takes is the patient of a participle after it ("16,000 infections
    documented in 40 countries"). A figure right before a bare participle is "bare": "six killed" were
    killed, "32 million abstained" did; the question's voice tells.
    """
    if token.dep_ == "pobj" and token.head.lower_ == "of" and (noun := token.head.head).tag_ == "NN" and (
            (noun.lower_ in _SETTLEMENTS - {"capital"} and any(c.lower_ == "the" for c in noun.children))
            or (token.like_num and noun.lower_ in _AMOUNTS)):
        # The noun a name or figure is given to stands for it: "the nation of Laos reopened" (not "the capital
        # of"), "a total of 218 is needed".
        token = noun
    start = token
    owner = token
    while owner.dep_ == "compound" and owner.head.i != owner.i:  # "Robert" of "Robert Peston's"
        owner = owner.head
    if owner.dep_ == "poss" and (made := _MADE_BY.get(owner.head.lemma_.lower())):
        return made, "agent"  # "Robert Peston's new book", "Bob Odenkirk's role as Saul Goodman"
    if (owner.dep_ == "pobj" and owner.head.lower_ in {"by", "from"} and owner.head.head.pos_ == "NOUN"
            and (made := _MADE_BY.get(owner.head.head.lemma_.lower())) and made != "play"
            and (owner.head.lower_ == "by" or made == "score")):
        return made, "agent"  # "books by author Daniel Handler", "a second-half goal from Andy Scott"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (token.like_num and after is not None and after.tag_ == "VBN" and after.lemma_.lower() not in _LIGHT_VERBS
            and not any(c.dep_ == "dobj" for c in after.children)):
        # "six killed and 64 injured", "another 32 million abstained": the question's voice says which
        return after.lemma_.lower(), "bare"
    for _ in range(3):
        if token.dep_ not in _HOPS or token.head.i == token.i:
            break
        token = token.head
    role, noun = token.dep_, token
    if noun.i != start.i and noun.pos_ == "NOUN" and _CHANGES.get(noun.lemma_.lower()):
        return _CHANGES[noun.lemma_.lower()], "extent"  # "a 3% rise": how much it rose
    if start.dep_ == "npadvmod" and start.head.lower_ in _COMPARED:
        return _COMPARED[start.head.lower_], "extent"  # "9.3% higher"
    if (role == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN"
            and _CHANGES.get(token.head.head.lemma_.lower())):
        return _CHANGES[token.head.head.lemma_.lower()], "extent"  # "growth of 13.1%": how much it grew
    if role == "pobj" and token.head.dep_ == "agent":
        # "plunged by 24%" is how much it plunged, though the tagger reads a passive's agent.
        role = "by" if token.head.head.lemma_.lower() in _CHANGE_VERBS else "agent"
        token = token.head
    elif role == "pobj" and token.head.dep_ in {"prep", "dative"}:  # (the parser's "dative": "sold it to Hipgnosis")
        role, token = token.head.lower_, token.head
    verb = token.head
    if (role == "by" and verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ in _SETTINGS
            and verb.head.head.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.head.head.children)):
        # A passive's agent the parser hung on the noun before: "was crushed in a primary by Russell Fry".
        return verb.head.head.lemma_.lower(), "agent"
    if noun.i != token.i and verb.pos_ == "NOUN" and (role in _SETTINGS or role == "from" or verb.dep_ == "ROOT"):
        # where or when an event a noun names was ("a speech in Philadelphia"); where one is from ("his
        # two nephews from Bangor"); a verb the tagger took for a noun ("the route stretches from Seward")
        return verb.lemma_.lower(), role
    if role == "from" and noun.i != token.i and verb.lemma_.lower() == "come" and (subject := next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)) is not None:
        return subject.lemma_.lower(), "from"  # "his father came to the UK from Pakistan": where the father is from
    if verb.i == token.i or verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT_VERBS:
        if noun.i != token.i:  # a prepositional object: no participle says what was done to it
            return None
        done = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() not in _LIGHT_VERBS), None)
        return (done.lemma_.lower(), "patient") if done is not None else None
    role = {"nsubj": "agent", "csubj": "agent", "nsubjpass": "patient", "dobj": "patient"}.get(role, role)
    return verb.lemma_.lower(), role


def _compared(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word says how a figure stands against before, as "up" and "lower" do in "shares are up
    in early trading", not as "down" does in "the down payment"."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in _COMPARED and (following is None or following.pos_ not in {"NOUN", "PROPN", "DET", "NUM"})


def _ing_lemmas(word: str) -> frozenset[str]:
    """The verbs a word ending in "-ing" may be the participle of: "buy" of "buying", "leave" of
    "leaving", "run" of "running"; none for another word."""
    if not word.endswith("ing") or len(word) < 6:
        return frozenset()
    stem = word[:-3]
    return frozenset({stem, stem + "e", *([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])})


_WH_WORDS = frozenset({"who", "whom", "what", "which", "how", "when", "where"})


# The prepositions a question may end on, asking for their object: "What will the UK recognize crabs as?"
_STRANDED = frozenset({"as", "in", "on", "at", "for", "with", "about", "into", "onto", "against", "before", "after",
                       "behind", "under", "over", "through", "between", "among", "like", "toward", "towards"})
# The roles of one the asked act is done to or with, not by: "other" (any but the doer), or a last preposition's.
_DONE_TO = _STRANDED | {"other"}


def _stranded(qdoc):  # type: ignore[no-untyped-def]
    """The question's last word before its question mark: a preposition left there asks for its object."""
    return qdoc[-2] if len(qdoc) > 1 and qdoc[-1].is_punct else qdoc[-1]


def _asked_slot(qdoc) -> tuple[frozenset[str], str] | None:  # type: ignore[no-untyped-def]
    """The slot the question asks about: the words its verb may be, and the role ("agent", "patient",
    or "other": any but the agent). Read from the words after the wh-phrase, not the parse, which
    the small English model gets wrong for most questions ("Which party did Galloway launch?")."""
    k = next((t.i for t in qdoc if t.lower_ in _WH_WORDS), None)
    if k is None:
        return None
    before = qdoc[k - 1] if k > 0 else None
    # (the tagger may call the verb a noun after "to": "unable to access which platform")
    verb_before = before is not None and (before.pos_ == "VERB" or (
        before.pos_ == "NOUN" and k > 1 and qdoc[k - 2].tag_ == "TO"))
    if (verb_before and qdoc[k].lower_ in {"which", "what", "whom"}
            and before.lemma_.lower() not in _LIGHT_VERBS):  # type: ignore[union-attr]
        # The wh-phrase left where its verb's object stands: "users were unable to access which platform".
        return frozenset({before.lemma_.lower()}), "patient"
    by_how_much = before is not None and before.lower_ == "by" and qdoc[k + 1 : k + 2].text.lower() == "much"
    # "In what year did marriages peak?" asks when, as "when did marriages peak?" does; so does "by what year".
    setting = k == 1 and before is not None and (before.lower_ in _SETTINGS or (
        before.lower_ == "by" and qdoc[k + 1 : k + 2].text.lower() in _UNITS_OF_TIME | {"date", "time"}))
    if before is not None and (before.pos_ == "ADP" or before.lower_ == "to") and not by_how_much and not setting:
        if before.lower_ != "of" and k > 1 and (verb := next(
                (t for t in reversed(qdoc[max(0, k - 5) : k - 1]) if t.pos_ == "VERB"), None)) is not None \
                and verb.lemma_.lower() not in _LIGHT_VERBS:
            # "leaking stories to which tabloid": what the verb's "to" names ("to The Sun")
            return frozenset({verb.lemma_.lower()}), before.lower_
        return None  # "the CEO of which company stepped down": the company is no one's subject
    adjunct = qdoc[k].lower_ in {"when", "where"} or setting
    k += 1
    while k < len(qdoc) and (qdoc[k].pos_ in {"ADJ", "NOUN", "PROPN", "DET", "NUM", "ADV"} or (
            qdoc[k].dep_ == "amod" and qdoc[k].head.i > k)):  # (a participle modifying its noun: "which banned user")
        k += 1  # the rest of the wh-phrase ("which Ivy League university", "how many people"), "recently"
        if (whole := _whole_asked(qdoc, k)) is not None and qdoc[k - 1].lower_ in {"many", "much"}:
            k = whole.i + 1  # and the whole it asks part of: "how many of GE's businesses"
    # (after "when were the awards", the tagger may read the participle as a past tense: "started")
    participles = {t.tag_ for t in qdoc[k + 1 :]} & {"VBN", "VBG", "VB", "VBD"} if adjunct else (
        {t.tag_ for t in qdoc[k + 1 : k + 4]} & {"VBN", "VBG"})
    stranded = _stranded(qdoc)
    # The tagger may call a last participle a noun: "buying" of "Which bank is Standard Chartered buying?";
    # one after a determiner is a noun ("this morning").
    ing = _ing_lemmas(stranded.lower_) if (stranded.tag_ == "NN" and stranded.i > k + 1 and stranded.dep_ != "pobj"
                                           and qdoc[stranded.i - 1].pos_ in {"PROPN", "PRON", "NOUN"}) else set()
    participles |= {"VBG"} if ing else set()
    if (adjunct and k < len(qdoc) and qdoc[k].lemma_ == "be" and stranded.lower_ == "from"
            and stranded.head.pos_ == "NOUN"):
        return frozenset({stranded.head.lemma_.lower()}), "from"  # "Where are his nephews from?": "nephews from Bangor"
    if k >= len(qdoc) or (qdoc[k].lemma_ == "be" and not participles and not (
            qdoc[k - 1].lower_ == "much" and any(_compared(t) for t in qdoc[k + 1 :]))):
        return None  # "who is the CEO", "where is the plant": no verb to fill
    # (a verb on the stop list is still the verb asked: "move", "call", "give")
    verbs = frozenset(t.lemma_.lower() for t in qdoc[k:] if (t.pos_ == "VERB" or (t.pos_ == "NOUN" and not t.is_stop))
                      and t.lemma_.lower() not in _LIGHT_VERBS) | ing
    after = qdoc[k]
    if adjunct and after.pos_ in {"AUX", "VERB"} and stranded.lower_ in {"from", "to"} and stranded.pos_ == "ADP":
        role = stranded.lower_  # "Where did Chan fly from?": "flew to Hong Kong from London"
    elif adjunct and after.pos_ in {"AUX", "VERB"}:
        # "When did Poindexter resign", "when is the sale expected to be completed": a time or place
        # the verb takes ("resigned in November", "completed by September 30").
        role = "other"
    elif qdoc[k - 1].lower_ == "much" and qdoc[k - 2].lower_ == "how" and (changed := next(
            (t for t in qdoc[k:] if _change_verb(t) in _CHANGE_VERBS
             or (after.lemma_ == "be" and _compared(t))), None)):
        # "How much did sales rise": "rose 3%", "by 3%", "a 3% rise", "3% higher"; not "to $220bn",
        # which "how much did sales rise to" asks for. Any verb of the same direction says it ("plunged").
        role = "to" if changed.i + 1 < len(qdoc) and qdoc[changed.i + 1].lower_ == "to" else "extent"
        verbs |= _RISES if _COMPARED.get(changed.lower_, _change_verb(changed)) in _RISES else _FALLS
    elif after.tag_ == "MD" and k + 1 < len(qdoc) and qdoc[k + 1].pos_ == "VERB" and qdoc[k + 1].tag_ == "VB":
        role = "agent"  # "who will build the pipeline": the one asked does it
    elif after.tag_ == "MD" and k + 2 < len(qdoc) and qdoc[k + 1].lemma_ == "be" and qdoc[k + 2].tag_ == "VBN":
        role = "patient"  # "who will be named"
    elif (after.lemma_ == "do" or after.tag_ == "MD") and stranded.lower_ in {"from", "to"} and stranded.tag_ in {
            "IN", "TO"} and not any((t.lemma_.lower(), stranded.lower_) in _LOST_TO for t in qdoc[k:]):
        role = stranded.lower_  # "Which city did Haitians cross from?": "crossing from Ciudad Acuña … into Del Rio"
    elif after.lemma_ == "do" or after.tag_ == "MD" or (
            after.lemma_ in {"have", "be"} and after.pos_ == "AUX" and k + 1 < len(qdoc)
            and qdoc[k + 1].pos_ in {"PROPN", "PRON"}) or (
            # (the tagger may call "has" a verb: "How many missiles has North Korea test-fired?")
            after.lemma_ == "have" and k + 1 < len(qdoc) and qdoc[k + 1].pos_ in {"PROPN", "PRON", "DET", "NOUN"}
            and any(t.tag_ == "VBN" for t in qdoc[k + 2 :])):
        role = "other"  # "which party did Galloway launch", "which party will he join": someone else is the subject
    elif (after.lemma_ == "be" or qdoc[k + 1 : k + 2].text == "been") and "VBN" in participles:
        role = "patient"  # "how many people were killed", "who has been named"
    elif (after.lemma_ == "be" and k + 1 < len(qdoc) and qdoc[k + 1].pos_ in {"PROPN", "NOUN", "DET", "PRON"}
          and "VBG" in participles):
        role = "other"  # "which chain is Kroger buying": Kroger is the subject
    elif after.tag_ in {"VBD", "VBZ", "VBP"}:
        role = "agent"  # "who won", "which company has announced", "which club is offering"
    else:
        return None
    if role == "other" and not adjunct and stranded.lower_ in _STRANDED:
        role = stranded.lower_  # a last preposition asks its object: "What will the UK recognize crabs as?"
    verbs |= {same for group in _SAME_SLOT if not verbs.isdisjoint(group) for same in group}
    if role == "agent":
        verbs |= {same for verb in verbs for same in _SAME_AGENT.get(verb, ())}
        verbs |= {"create"} if not verbs.isdisjoint(_MAKING) else set()
    return (verbs, role) if verbs else None


def _whole_asked(qdoc, i: int):  # type: ignore[no-untyped-def]
    """The noun of "of" at `i`, after a count that asks part of it: "businesses" of "how many of GE's
    businesses"; None if no "of" is there."""
    if i >= len(qdoc) or qdoc[i].lower_ != "of":
        return None
    return next((c for c in qdoc[i].children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)


def _counted(qdoc) -> str | None:  # type: ignore[no-untyped-def]
    """The noun a 'how many' question counts: 'how many miles of land border' → 'mile', 'how many
    monkeypox infections' → 'infection' (a compound's last noun)."""
    for token in qdoc[1:]:
        if token.lower_ == "many" and qdoc[token.i - 1].lower_ == "how":
            whole = _whole_asked(qdoc, token.i + 1)
            if whole is not None:  # "how many of GE's businesses"
                return whole.lemma_.lower()
            run = []
            for following in qdoc[token.i + 1 : token.i + 5]:
                if following.pos_ in {"NOUN", "PROPN"}:
                    run.append(following)
                elif following.pos_ != "ADJ" or run:  # "how many new cases"
                    break
            return run[-1].lemma_.lower() if run else None
    return None


COUNTED_WINDOW = 3  # tokens between a figure and the noun it counts ("16,000 confirmed coronavirus cases")
_ANYONE = {"people", "person", "individual", "one"}  # counted as any of them: "800,000 Tutsis" for how many people


def _counts(doc, start: int, end: int, noun: str) -> bool | None:  # type: ignore[no-untyped-def]
    """Whether a figure counts the noun a 'how many' question counts ("52 countries" for how many
    countries), or something other ("five NATO members" for how many miles, the age "turned 17": False);
    None when it counts nothing named ("32 million" standing alone, "32 million abstained")."""
    if end < len(doc) and doc[start:end].text.lower() == "one" and doc[end].lower_ == "of":
        return False  # one among them, no count of them: "one of only a handful of countries"
    if noun not in _CURRENCIES and any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in doc[start:end]) and not (
            _uncurrenced(doc, start, end)):
        return False  # a sum counts money: "£20" is no count of levels
    counted = [doc[end - 1]] if doc[end - 1].pos_ == "NOUN" else []  # the unit the tagger kept: "755 miles"
    if not counted and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        # A hyphened figure counts its unit, not what the unit modifies: "two-lane roads" count lanes.
        unit = doc[end + 1]
        return _is_unit(unit, noun) if unit.pos_ == "NOUN" else None
    if not counted and end < len(doc) and doc[end].lower_ == "of":
        # part of a whole: "nine of our 11 businesses", "two of the members" count businesses, members
        end += 1
        while end < len(doc) and (doc[end].tag_ in {"DT", "PRP$"} or doc[end].like_num):
            end += 1
    # (a hyphened modifier between takes no room: "five two-lane roads")
    window = COUNTED_WINDOW + 2 * sum(t.text == "-" for t in doc[end : end + COUNTED_WINDOW])
    for token in doc[end : end + window]:
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} and token.text != "-" and not (
                token.tag_ in {"VBN", "VBG"} and token.dep_ == "amod") and not (  # "514 compromised net addresses"
                token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"):  # "five two-lane roads"
            break
        counted.append(token)
    nouns = [t for t in counted if t.pos_ in {"NOUN", "PROPN"} and t.is_alpha and t.lower_ not in _MAGNITUDES]
    if not nouns:  # an age counts years: "turned 17" is no count of countries
        return False if noun != "year" and _age(doc, start, end) is not None else None
    return any(_is_unit(t, noun) for t in nouns) or (
        None if noun in _ANYONE else False)  # anyone: "800,000 Tutsis" are people


def _is_unit(token, noun: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word is the noun a 'how many' question counts, however spelt ("tonnes" for "ton")."""
    return _spelling(token.lemma_) == _spelling(noun) or token.lower_ == noun


def _spelling(unit: str) -> str:
    """A unit as American English spells it: "tonne" → "ton", "kilometre" → "kilometer"."""
    unit = unit.lower()
    return "ton" if unit == "tonne" else re.sub(r"(?<=[mt])re$", "er", unit)


def _fills(slot: tuple[frozenset[str], str], found: tuple[str, str] | None) -> bool:
    """Whether a candidate's place in its sentence (`_slot`) is the one the question asks about."""
    if found is None or found[0] not in slot[0]:
        return False
    if slot[1] == "extent":  # "rose by 4.5%", "rose 3%", "a 3% rise"; not the level, "to $220bn"
        return found[1] not in {"agent", "to", "from"}
    if found[1] == "bare":  # a figure before a participle: who did it, or to whom it was done
        return slot[1] in {"agent", "patient"}
    if slot[1] == "to":  # whom one spoke to is whom one told: "told the Daily Telegraph"
        return found[1] in {"to", "patient"}
    return found[1] != "agent" if slot[1] == "other" else found[1] == slot[1]


# Verbs whose object, not subject, does what follows: "urged Gerrard to reject", "asked him to leave".
_OBJECT_CONTROL = {"ask", "tell", "urge", "persuade", "force", "order", "allow", "invite", "encourage", "require",
                   "convince", "warn", "advise", "help", "enable", "compel", "pressure", "press"}


_RELATIVE_ROLES = {"nsubj": "agent", "nsubjpass": "patient"}
_PARTNERS = {"with", "against", "to", "from"}  # prepositions of the one a verb is done with or to


def _told_of(qdoc) -> bool:  # type: ignore[no-untyped-def]
    """Whether the question asks something of the name its main verb's subject is ("Where is Tom from?"),
    in the sentence that asks it: the name, not the wh-phrase, is the subject."""
    wh = next((t for t in reversed(qdoc) if t.lower_ in _WH_WORDS), None)
    if wh is None:
        return False
    subject = next((t for t in wh.sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return (subject is not None and bool(subject.ent_type_) and subject.ent_type_ not in _NUMERIC
            and not any(t.lower_ in _WH_WORDS for t in subject.subtree))


# What an act done by a clause's doer before or after another is said after ("after losing the runoff").
_BEFORE_OR_AFTER = frozenset({"after", "before", "since", "while", "upon", "on", "following", "despite"})


# Participles billing a work's players, whatever the parse joins them to: who does what they say is their
# object ("starring Kevin Bacon"), never the sentence's subject.
_BILLING = {"starring", "featuring"}


def _slots(doc, start: int, end: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """A candidate span's places in its sentence: its own (`_slot`), the doing of what its verb goes on
    to ("Williams took 56 minutes to defeat Mirza": defeat's agent), the place or time a relative
    clause after it tells ("Cleveland, where she was born"), and what one says it did or had done."""
    root = doc[start:end].root
    found = [_LOST_TO.get(slot, slot) for slot in [_slot(root)] if slot is not None]
    if root.dep_ == "nsubj" and not (root.head.lemma_.lower() in _OBJECT_CONTROL
                                     and any(c.dep_ == "dobj" for c in root.head.children)):
        found += [(c.lemma_.lower(), "agent") for c in root.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        # What a clause with no subject of its own says it did: "After losing the runoff, Bolsonaro …",
        # "Having lost the election, Trump …" (its preposition on the time before the verb: "a day after").
        times = [root.head, *(c for c in root.head.children if c.dep_ == "npadvmod")]
        clauses = [c for c in root.head.children if c.dep_ == "advcl" and c.tag_ in {"VBG", "VBN"}]
        clauses += [g for t in times for p in t.children if p.dep_ == "prep" and p.lower_ in _BEFORE_OR_AFTER
                    for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        found += [(c.lemma_.lower(), "agent") for c in clauses if c.lower_ not in _BILLING
                  and not any(d.dep_ in {"nsubj", "nsubjpass", "mark"} for d in c.children)]
    if root.dep_ == "dobj" and root.head.lower_ in _BILLING:
        found.append((root.head.lemma_.lower(), "agent"))  # "The Woodsman, starring Kevin Bacon": he stars in it
    prep = root.head
    if (root.dep_ == "pobj" and prep.lower_ in _SETTINGS and prep.i > 0 and doc[prep.i - 1].pos_ == "NOUN"
            and doc[prep.i - 1] is not prep.head):
        # The event a noun just before names, however the parser attached it: "down 50% from the peak in 1972".
        found.append((doc[prep.i - 1].lemma_.lower(), prep.lower_))
    if (root.dep_ == "pobj" and prep.lower_ in _PARTNERS and prep.head.pos_ == "NOUN" and prep.head.dep_ == "dobj"
            and prep.head.head.pos_ == "VERB"):
        # The verb's, however the parser attached it to the object: "talked politics with Bernie Sanders".
        found.append((prep.head.head.lemma_.lower(), prep.lower_))
    if (root.dep_ == "pobj" and prep.lower_ in {"in", "at"} and prep.head.pos_ == "NOUN"
            and prep.head.dep_ in {"dobj", "pobj"}):
        # A place in the thing the verb is done at or to takes its place: "happened at a school in Uvalde".
        found += [slot for slot in [_slot(prep.head)] if slot is not None]
    if root.dep_ in {"dobj", "nsubjpass"}:
        # The doer of what one is praised, fined or arrested for: "congratulating Brandt for winning the award".
        found += [(g.lemma_.lower(), "agent") for p in root.head.children if p.dep_ == "prep" and p.lower_ == "for"
                  for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    found += [(clause.lemma_.lower(), "where") for clause in root.children if clause.dep_ == "relcl"
              and any(c.dep_ == "advmod" and c.lower_ in {"where", "when"} for c in clause.children)]
    # What a relative clause after it says it did, or had done to it: "Charlie Brooker, who created TV Go Home".
    found += [(clause.lemma_.lower(), _RELATIVE_ROLES[c.dep_]) for clause in root.children if clause.dep_ == "relcl"
              for c in clause.children if c.dep_ in _RELATIVE_ROLES and c.lower_ in {"who", "which", "that"}]
    return found


def _doers(doc, start: int, end: int, verbs: frozenset[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """The names doing one of `verbs` to a candidate span: "Citigroup" of "Citigroup beat Standard Chartered
    to buy Koram bank" for Koram; the subject of the verb, of the verb it is joined to ("Real will play Man
    City and will face Benfica"), or of the verb it is the infinitive of (its object, for a verb like "urge")."""
    verb = doc[start:end].root
    for _ in range(SUBJECT_HOPS):
        if verb.head.i == verb.i or (verb.pos_ == "VERB" and verb.lemma_.lower() in verbs):
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return []
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "conj":
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" for c in verb.children):
        controls = verb.head.lemma_.lower() in _OBJECT_CONTROL
        doers = [c for c in verb.head.children if c.dep_ == ("dobj" if controls else "nsubj")]
    names = [e.text for e in doc.ents if e.label_ not in _NUMERIC and e.root in doers]
    # (a name the tagger left unlabelled: "Real"; not a title, "the 50-year-old MP")
    return names or [doc[d.left_edge.i : d.i + 1].text for d in doers
                     if d.pos_ == "PROPN" and not any(c.dep_ == "det" for c in d.children)]


def _in_slot(slot: tuple[frozenset[str], str] | None, doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a candidate span stands in the slot the question asks about."""
    return slot is not None and any(_fills(slot, found) for found in _slots(doc, start, end))


# Verbs whose doer is not the other's: who lost a race did not win it.
_OPPOSED = {"win": "lose", "lose": "win"}


def _opposed(slot: tuple[frozenset[str], str], places: list[tuple[str, str]]) -> bool:
    """Whether a candidate's places (`_slots`) stand where the asked verb's opposite puts them: "after
    losing Brazil's runoff, Bolsonaro" did not win it."""
    opposites = {_OPPOSED[verb] for verb in slot[0] if verb in _OPPOSED}
    return any(verb in opposites and role == slot[1] for verb, role in places)


def _against(slot: tuple[frozenset[str], str], places: list[tuple[str, str]]) -> bool:
    """Whether a candidate's places (`_slots`) do the asked verb where the question asks whom it was done
    to: the doer is not the one done to. (Not the other way round: "Which platform has banned users in
    Russia?" is answered by "Russia banned Instagram", the question's words rarely the story's.)"""
    return (slot[1] == "patient" or slot[1] in _DONE_TO) and any(
        verb in slot[0] and role == "agent" for verb, role in places)


# What a noun phrase's determiner may point back with: "the state", "her comments" tell of something told before.
_POINTING_DETS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"})
_UNQUOTED = str.maketrans("", "", _QUOTE_MARKS)
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "oprd", "appos", "conj"})
# Prepositions of when, why or how something was done: never what was done.
_CIRCUMSTANCES = frozenset({"after", "before", "during", "since", "until", "by", "because", "despite", "while",
                            "amid", "following", "through", "throughout"})


def _slot_phrase(question: str, sentence: str) -> str | None:
    """For an open "what/which X" question, the sentence's noun phrase standing where its wh-phrase does
    ("found on what object": "found on a water bottle"), if it names something new: no time, and no
    common noun the question has or the story told of before ("the same reduction")."""
    qdoc, doc = parse([as_which(question), one_line(sentence)])
    wh = next((t for t in qdoc if t.lower_ in _WH_WORDS), None)
    if wh is None or wh.lower_ not in {"what", "which"} or (slot := _asked_slot(qdoc)) is None:
        return None
    asked = {t.lemma_.lower() for t in qdoc} | {t.lower_ for t in qdoc}
    # What officials found is no "after a search"; what McCarthy pledged, asked by a bare "what" ("what did", not
    # "what planet"), no "in an interview".
    bare = wh.i + 1 < len(qdoc) and qdoc[wh.i + 1].pos_ in {"AUX", "VERB"}
    unasked = _CIRCUMSTANCES | _SETTINGS if bare else _CIRCUMSTANCES
    for chunk in _noun_phrases(doc):
        root = chunk.root
        named_here = any(t.pos_ in {"PROPN", "NUM"} and t.lower_ not in asked for t in chunk)  # "the 2021 Emmys"
        # (but "the door to the church's side room" is described here)
        described = next((c for c in root.children if c.dep_ == "prep" and c.i == chunk.end
                          and any(o.dep_ == "pobj" for o in c.children)), None)
        pointing = chunk[0].lower_ in _POINTING_DETS and root.pos_ == "NOUN" and not named_here
        if (root.pos_ == "PRON" or root.lemma_.lower() in asked or root.lower_ in asked
                or root.lemma_.lower() in _TIME_NOUNS or any(t.ent_type_ in {"DATE", "TIME"} for t in chunk)
                or (pointing and described is None)):
            continue
        if any(_fills(slot, found) and not (slot[1] == "other" and found[1] in unasked)
               for found in _slots(doc, chunk.start, chunk.end)):
            return _phrase(doc, chunk, described if pointing else None)
    return None


def _noun_phrases(doc) -> list[Span]:  # type: ignore[no-untyped-def]
    """A sentence's noun chunks in order, with each argument noun the chunker left out of every chunk and
    the words before it ("a pay-as-you-go service")."""
    chunks = list(doc.noun_chunks)
    roots = {c.root.i for c in chunks}
    chunks += [doc[t.left_edge.i : t.i + 1] for t in doc if t.pos_ in {"NOUN", "PROPN"} and t.i not in roots
               and t.dep_ in _ARGUMENTS]
    return sorted(chunks, key=lambda c: c.start)


def _phrase(doc, chunk: Span, described) -> str:  # type: ignore[no-untyped-def]
    """A noun phrase as an answer: a name inside it alone ("former President Donald Trump" → "Donald Trump"),
    no count before it ("an estimated 10,000 bees" → "bees") unless an "of" follows ("10,000 pairs of Crocs"),
    the prepositional phrase `described` it, if given, up to a date; its quote marks closed or left out."""
    root = chunk.root
    named = next((e for e in doc.ents if e.label_ in _NAME_LABELS and e.start <= root.i < e.end
                  and chunk.start <= e.start and e.end <= chunk.end), None)
    if named is not None:
        return _LEADING_DET_RE.sub("", named.text)
    of = described or next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = max((t.i for t in chunk if t.like_num and t.i < root.i), default=None)
    start = chunk.start if of is not None or counted is None else counted + 1
    end = of.right_edge.i + 1 if of is not None else chunk.end
    if (when := next((t.i for t in doc[chunk.end : end] if t.ent_type_ in {"DATE", "TIME"}), None)) is not None:
        end = when - (doc[when - 1].pos_ == "ADP")  # not when it was: "the door to the room (on Thursday)"
    if end < len(doc) and doc[end].text in _QUOTE_MARKS and sum(map(doc[start:end].text.count, _QUOTE_MARKS)) % 2:
        end += 1  # the closing mark of a quoted phrase: "a “persistent hum”"
    phrase = doc[start:end].text
    # (a mark whose quote runs on past the phrase: 'called it a "mistake,"' is no "a "mistake")
    return phrase.translate(_UNQUOTED) if sum(map(phrase.count, _QUOTE_MARKS)) % 2 else phrase


def _tagged(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the words from `start` are a hashtag or a handle: "#" or "@" comes just before."""
    return start > 0 and doc[start - 1].text in {"#", "@"}


def _bystander(doc, start: int, end: int, slot: tuple[frozenset[str], str],  # type: ignore[no-untyped-def]
               places: list[tuple[str, str]]) -> bool:
    """Whether a candidate stands nowhere by the asked verb in a sentence that names who does it: where the
    question asks the doer, "Fenton, who will report to Alejandro Mayorkas, will lead the effort" names Fenton."""
    if slot[1] != "agent" or any(verb in slot[0] for verb, _ in places):
        return False
    doers = [c for v in doc if v.pos_ == "VERB" and v.lemma_.lower() in slot[0] for c in v.children
             if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return bool(doers) and not any(start <= d.i < end or d.text == doc[end - 1].text for d in doers)


def _mentions(names: tuple[str, ...], sentences: list[str]) -> int:
    """How many of the (normalised, space-padded) `sentences` name `names`, counting the most
    named of them: a pair ("Sweden", "Finland") is as salient as its better-named member, so that
    for a question asking for two it outranks that member alone ("Oregon and New Jersey", not "Oregon")."""
    return max(sum(f" {_norm(name)} " in s for s in sentences) for name in names)


# An organisation that is also somewhere to be: "a graduate student at Vanderbilt University".
_INSTITUTIONS = {"university", "college", "school", "academy", "institute", "hospital", "clinic", "museum",
                 "center", "centre", "library", "laboratory", "prison", "jail", "seminary", "conservatory",
                 "polytechnic", "zoo", "cathedral", "church", "mosque", "temple", "monastery", "stadium", "arena"}


# The last words of an award's title, which the tagger may run into the winner's name: "Sixth Woman of
# the Year Dearica Hamby", "Man of the Match Ben Stokes".
_AWARD_ENDS = _TIME_NOUNS | {"match", "game", "tournament", "series", "finals", "league", "championship"}


def _past_award(doc, start: int, end: int) -> int:  # type: ignore[no-untyped-def]
    """Where a name of two words or more starts in a span that an award's title's last word opens
    ("Year Dearica Hamby" of "Sixth Woman of the Year Dearica Hamby"); else the span's start."""
    awarded = (end - start > 2 and start >= 2 and doc[start].lower_ in _AWARD_ENDS
               and doc[start - 2].lower_ == "of" and doc[start - 1].lower_ == "the")
    return start + 1 if awarded else start


def _names_in(ent) -> list[Any]:  # type: ignore[no-untyped-def]
    """A name entity as the names the tagger ran together in it: those on either side of a sentence's
    main verb ("The United States Women’s National Team play England"), and a person an honorific
    opens inside it ("the Foreign Policy Centre Mr Straw"), or an award's title ("Player of the Year
    Dearica Hamby"); a sum's figure before a name ("15,800 Dollar Tree"), a count; else the entity itself."""
    if ent.label_ == "MONEY" and not any(t.tag_ == "$" for t in ent) and (named := next(
            (t for t in ent[1:] if t.lower_ in _CURRENCIES and not _currency_word(t)), None)) is not None:
        return [Span(ent.doc, ent.start, named.i, label="CARDINAL")]  # "more than 15,800 Dollar Tree": a count
    if ent.label_ not in _NAME_LABELS:
        return [ent]
    verb = next((t for t in ent if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None:
        return [Span(ent.doc, a, b, label=ent.label_) for a, b in ((ent.start, verb.i), (verb.i + 1, ent.end)) if a < b]
    dash = next((t for t in ent[1:-1] if t.text in _DASHES and t.whitespace_ and t.nbor(-1).whitespace_), None)
    if dash is not None:  # set off by a spaced dash: "Florian Hamm - Borussia Dortmund's largest investor"
        return [Span(ent.doc, a, b, label=ent.label_) for a, b in ((ent.start, dash.i), (dash.i + 1, ent.end))]
    if ent.label_ == "PERSON" and (start := _past_award(ent.doc, ent.start, ent.end)) > ent.start:
        return [Span(ent.doc, start, ent.end, label="PERSON")]
    titled = next((t for t in ent[1:-1] if _honorific(t) and t.text[:1].isupper() and t.nbor(1).pos_ == "PROPN"),
                  None)
    if titled is not None:
        return [Span(ent.doc, ent.start, titled.i, label=ent.label_), Span(ent.doc, titled.i, ent.end, label="PERSON")]
    return [ent]


# Nouns an appositive calls a company or another organisation by.
_FIRMS = {"company", "firm", "group", "bank", "startup", "retailer", "publisher", "broadcaster", "network", "brand",
          "chain", "airline", "insurer", "lender", "conglomerate", "maker", "manufacturer", "agency", "charity",
          "nonprofit", "organisation", "organization", "label", "carrier", "developer", "operator", "provider"}


def _label(ent, question: Question) -> str:  # type: ignore[no-untyped-def]
    """An entity's label as the question's types read it: a university the tagger calls an
    organisation is a place, as good as any, for a question asking where."""
    if question.where and ent.label_ == "ORG" and ent.root.lemma_.lower() in _INSTITUTIONS:
        return question.expected[0]
    if (question.expected[:1] == ("GPE",) and ent.label_ in {"ORG", "PERSON"} and ", " in ent.text
            and ((region := ent.text.rsplit(", ", 1)[1]) and (us_state(region) is not None or is_country(region)))):
        return "GPE"  # "Bangor, Maine": a place and its state, whatever the tagger called them
    if question.expected[:1] in {("GPE",), ("LOC",)} and ent.label_ in {"ORG", "PERSON", "NORP"} and _birthplace(ent):
        return question.expected[0]  # "the Ballymena-born actor", "born in Ballymena": a place
    if question.expected[:1] in {("GPE",), ("LOC",)} and ent.label_ in {"ORG", "PERSON", "NORP"} and _settled(ent):
        return "GPE"  # "the city of Coeur d'Alene": a town, whatever the tagger called it
    if (ent.label_ == "CARDINAL" or (ent.label_ == "ORDINAL" and _SCALED_FIGURE_RE.fullmatch(ent.text))) and (
            _in_currency(ent.doc, _amount(ent.doc, ent.start, ent.end)[1])):
        return "MONEY"  # "785m euros", "3bn rupees" (an ordinal to the tagger): a sum it calls a count
    if ent.label_ in {"MONEY", "QUANTITY"} and _uncurrenced(ent.doc, ent.start, ent.end):
        return "CARDINAL"  # "more than 60 million copies", "more than" | "18 million": a count it calls a sum
    if ent.label_ == "CARDINAL" and _CLOCK_RE.fullmatch(ent.text):
        return "TIME"  # "9:26am": a time of day the tagger calls a count
    if ent.label_ in {"GPE", "PERSON", "NORP", "LOC"} and any(
            c.dep_ == "appos" and c.lemma_.lower() in _FIRMS for c in ent.root.children) and not (
            ent.start > 0 and ent.doc[ent.start - 1].pos_ == "PROPN"):
        # "Hipgnosis, the London-based company": a company, whatever the tagger called it (not a part
        # of a longer name, "Pharma" of "Purdue Pharma, the maker of OxyContin", which its run gives whole)
        return "ORG"
    if ent.label_ == "CARDINAL" and ent[-1].lower_ in _FRACTIONS:
        return "PERCENT"  # "a third of the staff", "two-thirds", "half": a share the tagger calls a count
    return ent.label_


def _birthplace(ent) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name is where someone was born: "Ballymena" of "the Ballymena-born actor", "born in Ballymena"."""
    doc, root = ent.doc, ent.root
    hyphened = (ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "born")
    return hyphened or (root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lower_ == "born")


# Nouns a figure is given to with "of": "a total of 218", "a maximum of 20".
_AMOUNTS = frozenset({"total", "maximum", "minimum", "average", "tally", "sum", "median"})
# Nouns a place's name is given to with "of": "the city of Coeur d'Alene", "the island of Kyushu".
_SETTLEMENTS = frozenset({"city", "town", "village", "hamlet", "state", "province", "county", "region", "island",
                          "district", "borough", "suburb", "neighborhood", "neighbourhood", "municipality",
                          "prefecture", "territory", "capital", "port", "township", "commune", "emirate", "nation",
                          "country", "kingdom", "republic", "archipelago"})


def _settled(span) -> bool:  # type: ignore[no-untyped-def]
    """Whether a name is given to a place's noun with 'of': "Coeur d'Alene" of "the city of Coeur d'Alene"."""
    return _given_of(span.doc, span.start, span.end) in _SETTLEMENTS


_FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
              "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths"}
_ZONES = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "BST", "UTC", "CET",
          "CEST"}
_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?", re.IGNORECASE)  # not "1.12"
# Currencies written as words after the figure ("785m euros"), which the tagger leaves out of the sum.
_CURRENCIES = {"euro", "euros", "pound", "pounds", "dollar", "dollars", "dlrs", "yen", "yuan", "renminbi", "rupee",
               "rupees", "franc", "francs", "rouble", "roubles", "ruble", "rubles", "peso", "pesos", "krona", "kronor",
               "krone", "kroner", "lira", "shekel", "shekels", "dinar", "dinars", "naira", "baht", "ringgit", "zloty",
               "pence", "penny", "cent", "cents"}


YEAR_WINDOW = 4  # tokens after a figure where the year dating it stands ("200,000 residents in 1990")
PRIOR_LEVEL_PENALTY = 0.1  # a figure a change started from ("roughly 2%, down from around 5.3%"): no longer so
# A change verb's places of how much it changed: "up 18 cents", "jumped 7 cents", "fell by $2", "gained 120 points".
_EXTENTS = {"extent", "npadvmod", "by", "patient"}
_AMOUNTS_ASKED = _NUMERIC - {"DATE", "TIME"}
_PRIOR_ASKED_RE = re.compile(r"\b(from|previous(ly)?|earlier|before|prior|originally|initially|compared)\b", re.I)


def _dated_as(doc, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The year a figure is dated with right after it: "nearly 200,000 in 1990", "200,000 residents in 1990",
    "20% in May 2002"; empty when none is."""
    for token in doc[end : end + YEAR_WINDOW]:
        before = doc[token.i - 2] if token.i > 1 and doc[token.i - 1].lower_ in MONTHS else doc[token.i - 1]
        if _YEAR_TOKEN_RE.fullmatch(token.text) and token.i > 0 and before.lower_ in {"in", "by", "of", "since"}:
            return {token.text}  # "in 1990", "in May 2002"
        if token.like_num or token.is_punct:
            return set()
    return set()


_DATING = frozenset({"in", "during", "by", "over", "throughout"})  # prepositions dating a clause with a year


def _clause_years(doc, start: int, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The years the clause a figure is said in is dated with ("In 2004 it detected more than 18 million",
    "by the end of 2004", "rose 15.1% over the whole of 2004"), outside the figure."""
    verb = _verb_of(doc[start])[0]
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    verbs = [verb]
    while verbs[-1].dep_ == "xcomp" and len(verbs) <= SUBJECT_HOPS:  # "By 2050, India is projected to have …"
        verbs.append(verbs[-1].head)
    return {t.text for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in _DATING
            for t in p.subtree if _YEAR_TOKEN_RE.fullmatch(t.text) and not start <= t.i < end}


_SHARE_WORDS = {"share", "percentage", "proportion", "percent", "fraction", "rate"}


def _share_of(doc, end: int) -> tuple[str, set[str]] | None:  # type: ignore[no-untyped-def]
    """The group a share right before `end` is of ("64% of Republican-leaning parents"): its noun and all its
    words, as lemmas; None when no "of" follows it."""
    group = next((o for o in doc[end].children if o.dep_ == "pobj"), None) if (
        end < len(doc) and doc[end].lower_ == "of") else None
    if group is None:
        return None
    phrase = [t for t in group.subtree if t.i <= group.i or t.dep_ in {"compound", "amod"}]
    return group.lemma_.lower(), {t.lemma_.lower() for t in phrase if t.is_alpha and not t.is_stop}


_EARLIER = {"previous", "former", "old", "prior", "earlier"}


def _prior_level(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a figure is the level a change started from: "down from around 5.3%", "rose to 4% from
    3%", "compared with 6%", "the previous record of 226 feet", "compared to the statewide minimum of
    $15.50"."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in _HEDGES:  # "down from around 5.3%"
        i -= 1
    if i < 1 or doc[i].lower_ not in {"from", "with", "of", "to"}:
        return False
    before = doc[i - 1]
    if doc[i].lower_ in {"with", "to"}:
        return before.lower_ == "compared"
    if doc[i].lower_ == "of":  # "the previous record of 226 feet"
        return before.pos_ == "NOUN" and (any(c.lower_ in _EARLIER for c in before.children if c.dep_ == "amod") or (
            before.dep_ == "pobj" and before.head.lower_ in {"to", "with"} and before.head.head.lower_ == "compared"))
    return (before.lower_ in {"down", "up", "higher", "lower"}
            or _change_verb(before) in _CHANGE_VERBS
            or any(_change_verb(t) in _CHANGE_VERBS for t in doc[max(0, i - 5) : i - 1] if t.pos_ == "VERB")
            # the change's verb further back, from one level to another: "increase the number of specialist sport
            # colleges from 350 to 400"
            or (doc[i].head.pos_ == "VERB" and _change_verb(doc[i].head) in _CHANGE_VERBS
                and any(t.lower_ == "to" for t in doc[start + 1 : start + 3])))


def _uncurrenced(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a figure the tagger calls a sum or a measure counts the noun after it: no currency's sign or
    word in or around it, and a noun (no unit of a measure's) after it or the number the tagger left out."""
    if any(t.tag_ == "$" or _currency_word(t) for t in doc[max(0, start - 1) : end + 1]):
        return False
    if not any(t.like_num for t in doc[start:end]):  # "more than" | "18 million"
        return end < len(doc) and doc[end].like_num and doc[start].ent_type_ in {"MONEY", "QUANTITY"}
    return (doc[start].ent_type_ == "MONEY" and end < len(doc) and doc[end].pos_ == "NOUN"
            and doc[end].lower_ not in _MAGNITUDES)


def _in_currency(doc, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a figure ending before token `end` is followed by a currency's word."""
    return end < len(doc) and _currency_word(doc[end])


def _currency_word(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether a token is a currency's word, not a name's first ("15,800 Dollar Tree stores")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in _CURRENCIES and not (token.text[:1].isupper() and following is not None
                                                and following.pos_ == "PROPN" and following.text[:1].isupper())


TENSE_PENALTY = 0.35
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo"}


def _told_tense(sentence: str, phrase: str) -> str | None:
    """Whether a sentence tells of the time `phrase` names as "past" ("died Thursday") or "future"
    ("will meet Thursday"), by the verb it belongs to; None when the verb does not say ("is gearing
    up for a test Wednesday")."""
    doc = parse([one_line(sentence)])[0]
    at = doc.text.find(phrase)
    token = next((t for t in doc if t.idx >= at), None) if at >= 0 else None
    while token is not None and token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    if token is None or token.pos_ not in {"VERB", "AUX"}:
        return None
    helpers = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in _FUTURE_AUX for c in helpers) or any(
            c.lower_ == "going" and any(g.lower_ == "to" for g in c.children) for c in helpers):
        return "future"
    if token.tag_ == "VBD" or any(c.tag_ == "VBD" for c in helpers):
        return "past"
    return None


def _is_whole(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a figure is the whole another counts part of: "13 out of 659", "nine of our 11 businesses"; not
    the group "one of" places someone in ("Roccati was one of three men to take part")."""
    before = start - 1
    if before > 0 and doc[before].tag_ in {"DT", "PRP$"}:
        before -= 1
    return before > 0 and doc[before].lower_ == "of" and (doc[before - 1].lower_ == "out" or (
        doc[before - 1].like_num and doc[before - 1].ent_type_ != "DATE" and doc[before - 1].lower_ != "one"))


_YEAR_IN_RE = re.compile(r"\b((?:19|20)\d{2})\b")


# Times that are the other tense's whatever the story's date: "11 weeks ago" for what will be.
_RELATIVE_TENSE_RE = {"future": re.compile(r"\b(?:ago|yesterday)\b", re.IGNORECASE),
                      "past": re.compile(r"\b(?:from now|tomorrow)\b", re.IGNORECASE)}


def _off_time(text: str, tense: str, story: date) -> bool:
    """Whether a date cannot answer a question in that tense, read from its story's date: a later
    day or year for what happened, an earlier one (or the story's own day, written out) for what will."""
    years = set(_YEAR_IN_RE.findall(text))
    # the year of a longer phrase too: "the end of July, 2023", "early 2023" (not a span of two)
    year = calendar_year(text) or (int(years.pop()) if len(years) == 1 and not calendar_day(text, story) else None)
    if year is not None:
        return year > story.year if tense == "past" else year < story.year
    day = calendar_day(text, story, future=tense == "future")
    if day is None:
        return False
    if tense == "past":
        return day > story
    return day < story or (day == story and any(c.isdigit() for c in text))


ANTECEDENT_WEIGHT = 0.9  # a person a sentence's "he" or "she" refers back to: below one it names
SENTENCE_GAP = 4  # characters between two sentences that follow one another (a space, a paragraph break)


def _previous(sentence: Sentence, sentences: Sequence[Sentence], hits: Sequence[Hit]) -> Sentence | None:
    """The sentence just before `sentence` in its article, if it is among `sentences`."""
    article = hits[sentence.hit].article_id
    before = [s for s in sentences if hits[s.hit].article_id == article and sentence.start - SENTENCE_GAP
              <= s.end <= sentence.start]
    return max(before, key=lambda s: s.end, default=None)


def _antecedent(doc, prior: str) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """The person a sentence's subject "he" or "she" refers back to, and the pronoun's index: the one
    person the sentence before (`prior`, parsed only if there is a pronoun) names, or its one subject
    person ("…, says Glenn E. Martin. He founded JustLeadershipUSA"). None when the sentence names a
    person before the pronoun, or the one before names none or several alike."""
    pronoun = next((t for t in doc if t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"}
                    and t.head.dep_ == "ROOT"), None)
    if pronoun is None or any(e.label_ == "PERSON" and e.start < pronoun.i for e in doc.ents):
        return None
    # (not a people's word the tagger calls a person: "The Briton, made a dame …")
    people = [e for e in parse([one_line(prior)])[0].ents if e.label_ == "PERSON"
              and (country_of(e.text) is None or is_country(e.text))]
    if len({e.text.split()[-1] for e in people}) != 1:
        people = [e for e in people if e.root.dep_ in {"nsubj", "nsubjpass"}]
        if len({e.text.split()[-1] for e in people}) != 1:
            return None
    return max((_LEADING_DET_RE.sub("", e.text) for e in people), key=len), pronoun.i


class Candidate(NamedTuple):
    """A span that could answer the question: its text, tokens, weight, and the names it joins."""

    text: str
    start: int
    end: int
    weight: float
    members: tuple[str, ...] = ()  # a pair's two names ("Sweden", "Finland"); empty for one name


class ExtractiveAnswerer:
    """Answers from the retrieved text alone: no model beyond the embedder and spaCy."""

    name = NAME

    def run(self, question: Question, pool: EvidencePool, ranked: list[Scored]) -> Draft:
        """A short answer span (or the best sentence) from the best-supported sentences."""
        # A sentence that asks states nothing: a news quiz's question is not its answer.
        # Nor a link to another story: its headline is not this article's news.
        ranked = [s for s in ranked if not _ASKS_RE.search(s.sentence.text) and not _links(s.sentence.text)] or ranked
        top = ranked[:TOP_SENTENCES]
        article = [s for s in ranked if top and s.sentence.article_rank == top[0].sentence.article_rank]
        title = pool.hits[top[0].sentence.hit].title if top else ""
        span, offering = self._span(question, top, article, title, pool.hits, ranked)
        # A heading states nothing ("2. O.J. Simpson."): the sentence shown instead of a span says something.
        stating = next((s for s in top if _states(s.sentence.text)), top[0])
        answer, support = span if span is not None else (None, stating)
        if answer is None and _WHY_RE.search(question.text):
            support = next((s for s in top if _REASON_RE.search(s.sentence.text)
                            and s.answer_score >= REASON_MARGIN * top[0].answer_score), support)
        elif answer is None and not question.expected and not question.naming:  # (a name given answers that)
            answer = _slot_phrase(question.text, support.sentence.text)
        quotes: dict[int, list[tuple[int, int]]] = {}

        def quote(sentence: Sentence) -> None:
            spans = quotes.setdefault(sentence.hit, [])
            if (sentence.start, sentence.end) not in spans:
                spans.append((sentence.start, sentence.end))

        if answer is not None:
            if f" {_norm(answer)} " not in f" {_norm(support.sentence.text)} " and (
                    prior := _previous(support.sentence, pool.sentences, pool.hits)) is not None and (
                    f" {_norm(answer)} " in f" {_norm(prior.text)} "):
                quote(prior)  # the support refers back to the answer ("He founded …"): where it is named
            named = self._full_name(answer, support.sentence, pool, person=question.expected[:1] == ("PERSON",))
            if named is not None:  # "Thunberg" -> "Greta Thunberg", quoting where the article says so
                answer = named[0]
                quote(named[1])
        quote(support.sentence)
        # A runner-up sentence almost as good is quoted too: readers see more of the evidence
        # (+10 points of questions whose answer is visible on RealTime QA, see benchmarks/README.md).
        # Beside a span answer, a runner-up that supports the question less is quoted only when it
        # offers another candidate answer: otherwise it is noise (+1 point of citation precision on
        # RealTime QA, visible unchanged).
        runner_up = next((s for s in top if s is not support), None)
        if (runner_up is not None and runner_up.answer_score >= SECOND_QUOTE * support.answer_score
                and (answer is None or runner_up.sentence in offering
                     or runner_up.answer_score > support.answer_score)):
            quote(runner_up.sentence)
        by_sentence = {s.sentence: s for s in ranked}
        for neighbour in pool.neighbours(support.sentence):
            scored = by_sentence.get(neighbour)
            if scored is not None and scored.score >= NEIGHBOUR_QUOTE * support.score:
                quote(neighbour)
        if answer is None:
            markers = "".join(f"[{h + 1}]" for h in quotes)
            shown = one_line(support.sentence.text)
            return Draft(text=f"{shown} {markers}", short_answer=shown, quotes=quotes)
        # Corroboration: other articles whose top sentences state the same answer.
        for other in top:
            hit = other.sentence.hit
            if (hit not in quotes and f" {_norm(answer)} " in f" {_norm(other.sentence.text)} "
                    and other.score >= CORROBORATION * support.score
                    and pool.hits[hit].article_id != pool.hits[support.sentence.hit].article_id):
                quote(other.sentence)
        markers = "".join(f"[{h + 1}]" for h in quotes)
        answer = _STRAY_STOP_RE.sub(r"\1", one_line(answer).translate(_INVISIBLE))
        if sum(map(answer.count, _QUOTE_MARKS)) % 2:  # a title's opening mark the tagger kept alone
            answer = answer.strip(f"{_QUOTE_MARKS} ")
        story = pool.hits[support.sentence.hit].date
        as_of = f" (as of {story})" if question.about_now and story else ""
        if story and not as_of and question.expected[:1] == ("DATE",) and not any(c.isdigit() for c in answer):
            # "Thursday", "yesterday": the day they were in the story, which a reader later cannot tell.
            # A weekday alone is the last one or the next as its sentence tells: unsaid, left unread.
            told = _told_tense(support.sentence.text, answer) if bare_weekday(answer) else "past"
            day = calendar_day(answer, date.fromisoformat(story), future=told == "future") if told else None
            if day is not None:
                as_of = f" ({spelled(day, weekday=not names_weekday(answer))})"
        return Draft(text=f"{answer}{as_of} {markers}", short_answer=answer, quotes=quotes)

    @staticmethod
    def _full_name(answer: str, support: Sentence, pool: EvidencePool,
                   person: bool = False) -> tuple[str, Sentence] | None:
        """The article's fuller name for a one-word name answer, and the sentence that states it.

        News names a person or team in full once ("Greta Thunberg", "the Cleveland Browns"), then
        by the last word: the answer sentence may hold only "Thunberg"; a quote, by a `person`'s first
        name ("Gavin is ridiculously talented", of Gavin Henson).
        """
        if " " in answer or not answer[:1].isupper() or any(c.isdigit() for c in answer):
            return None
        if not person and (is_country(answer) or us_state(answer) is not None):
            return None  # a country or a state is named in full: "America", not "Vanguard America"
        article = pool.hits[support.hit].article_id
        ending = re.compile(rf"\w\s+{re.escape(answer)}\b" + (rf"|\b{re.escape(answer)}\s+[A-Z]" if person else ""))
        mentions = [s for s in pool.sentences
                    if pool.hits[s.hit].article_id == article and ending.search(s.text)
                    and (s.hit != support.hit or max(s.end, support.end) - min(s.start, support.start) <= QUOTE_SPAN)]
        if not mentions:
            return None
        docs = parse([one_line(s.text) for s in mentions])
        fuller: dict[str, list[Sentence]] = {}
        for sentence, doc in zip(mentions, docs, strict=True):
            for ent in doc.ents:
                name = _LEADING_DET_RE.sub("", ent.text)
                if titled := _TITLES_RE.match(name.lower()):  # "Comedian Chris Morris": the name
                    name = name[titled.end():]
                if ((ent.label_ in _FULL_NAMED and name.endswith(f" {answer}") and len(name.split()) <= 4
                     or person and ent.label_ == "PERSON" and name.startswith(f"{answer} ") and len(name.split()) == 2)
                        and all(w[:1].isupper() for w in name.split())):
                    fuller.setdefault(name, []).append(sentence)
        if not fuller:
            return None
        name = max(fuller, key=lambda n: (len(fuller[n]), -mentions.index(fuller[n][0])))
        return name, fuller[name][0]

    def _span(self, question: Question, top: list[Scored], article: list[Scored], title: str,
              hits: Sequence[Hit], others: Sequence[Scored] = ()) -> tuple[tuple[str, Scored] | None, set[Sentence]]:
        """The best answer span with its sentence, and the sentences holding any candidate span.

        Spans come from the `top` sentences and the rest of the best one's `article` (its sentences
        in the pool, best first); its headline, `title`, counts as one more mention of a name;
        `hits` are the passages they come from, for their dates; `others`, all the pool's sentences
        ranked, may name the role asked of the question's owner where the best article does not.
        """
        if not top:
            return None, set()
        # Parsed on one line: the tagger reads a hard line break in wire copy as a token of its own.
        qdoc, *docs = parse([as_which(question.text), *(one_line(s.sentence.text) for s in top)])
        anchors = {t.lemma_.lower() for t in qdoc if not t.is_stop and not t.is_punct} | {
            t.lower_ for t in qdoc if not t.is_stop and not t.is_punct
        }
        slot = _asked_slot(qdoc)
        nouns = {t.lemma_.lower() for t in qdoc if t.pos_ == "NOUN"}
        count = _listed(qdoc)
        counted = _counted(qdoc)
        hedged = bool(_HEDGED_RE.search(question.text))
        # Whether the question asks who told something (then the source may answer it).
        telling = any(t.lemma_.lower() in _TELLING for t in qdoc)
        best: tuple[float, str, Scored] | None = None
        asked = _asked_noun(qdoc)
        several = any(t.lemma_.lower() == asked and t.tag_ in {"NNS", "NNPS"} for t in qdoc)  # "which groups"
        thing = _asked_noun(qdoc, what=True) if asked is None else None
        # The noun a "whose" question asks the owner of: "Whose latest release went in at number two?"
        possessed = next((t.head.lemma_.lower() for t in qdoc if t.lower_ == "whose" and t.head.pos_ == "NOUN"), None)
        # The group a share asked is of: "What share of Republican-leaning parents …?"
        asked_group = next((_share_of(qdoc, t.i + 1) for t in qdoc if t.lower_ in _SHARE_WORDS), None) if (
            question.expected[:1] == ("PERCENT",)) else None
        ranks = _ranks(qdoc, asked)
        # "Who is Japan's prime minister?" asks who holds the role now: no "former Prime Minister Shinzo Abe".
        current = bool(_CURRENT_RE.search(question.text)) and not _FORMER_RE.search(question.text)
        under = _UNDER - {t.lower_ for t in qdoc}  # "Who is the deputy chief whip?" asks for a deputy

        def other_holder(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
            """Whether a candidate is titled as a past holder of the role asked now, or as one under it."""
            return bool(asked) and ((current and _titled_with(doc, start, end, str(asked), _FORMER))
                                    or _titled_with(doc, start, end, str(asked), under))

        most_of = _most_of(qdoc)
        partner = _partner(question.text)
        kind = bool(_KIND_RE.search(question.text))
        owners = _asked_owners(qdoc, asked)
        # The office's portfolio the question names: "culture" of "Who is the Culture Secretary?"
        portfolio = {p for t in qdoc if asked and _is(t, asked) for p in _portfolios(t) if p in _PORTFOLIOS}
        named = _question_names(qdoc)
        # "Which senator from North Carolina": "Richard Burr of North Carolina", not "Joni Ernst of Iowa"
        home = _asked_from(qdoc, asked) if question.expected[:1] == ("PERSON",) else None
        measure = measure_asked(question.text)
        dimension = dimension_asked(question.text)
        worker = workplace_asked(question.text)
        native = home_asked(question.text)
        age_now = bool(_AGE_NOW_RE.search(question.text))  # "how old is": not an age "at 27"
        # The common noun whose age is asked ("suspect" of "How old is the suspect?"); a name's is read by name.
        aged_noun = next((t.lemma_.lower() for t in qdoc if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN"),
                         None) if question.age else None
        numeric = bool(question.expected) and question.expected[0] in _NUMERIC
        years = named_years(question.text) if numeric else set()
        # A level asked ("What is the national average price?"), no change: "jumped nearly 7 cents" is no answer.
        level_asked = bool(question.expected) and question.expected[0] in _AMOUNTS_ASKED and not any(
            _change_verb(t) in _CHANGE_VERBS or t.lemma_.lower() in _CHANGES or t.lower_ in _COMPARED for t in qdoc)
        # "How much did GM's sales fall?": a change asked of a name (a figure's subject names whose it is)
        changed_of = slot is not None and slot[1] == "extent" and any(e.label_ not in _NUMERIC for e in qdoc.ents)
        # "Which bank is Standard Chartered buying?": an act asked of a name (the doer says whose act it is)
        acted_of = slot is not None and slot[1] in _DONE_TO and any(e.label_ not in _NUMERIC for e in qdoc.ents)
        asked_words = {t.lower_ for t in qdoc if t.is_alpha and not t.is_stop}
        told_of = not numeric and _told_of(qdoc)
        # The kinds of name a figure asked is of ("What share of Vermont's population …?": a place's).
        figure_of = {e.label_ for e in qdoc.ents if e.label_ in _NAME_LABELS - {"NORP"}} if numeric else set()
        if (question.expected or asked or thing or question.naming or question.described or question.expands
                or question.often):
            # A span is sought: any of the article's sentences may hold it.
            more = [s for s in article if s not in top][:ARTICLE_SENTENCES]
            top, docs = [*top, *more], [*docs, *parse([one_line(s.sentence.text) for s in more])]
        texts = [f" {_norm(s.sentence.text)} " for s in article] + ([f" {_norm(title)} "] if title else [])
        offering: set[Sentence] = set()
        pooled = [s.sentence for s in others]  # where the sentence before one referring back is
        # A person the article names in full goes by the surname after ("DeSantis said …"): a person, however
        # the tagger labels it (an organisation, nothing), and no answer to a question asking for a body or place.
        surnamed = _surnamed(docs) if question.expected else set()
        people = _mostly_people(docs) if question.expected[:1] and question.expected[0] in PLACE_LABELS else set()
        found: list[tuple[Scored, Any, list[int], list[Candidate], set[Candidate]]] = []
        # A person's name is asked, whose titles are left out; not a description, "Former Trump administration
        # Defense Secretary", which is all of it.
        named_person = question.expected[:1] == ("PERSON",) and not question.described

        def consider(scored: Scored, doc, eligible: bool) -> None:  # type: ignore[no-untyped-def]
            """Adds the sentence's candidates to `offering`, and to `found` when it may give the answer."""
            positions = [t.i for t in doc if t.lower_ in anchors or t.lemma_.lower() in anchors]
            kept: list[Candidate] = []
            for text, start, end, weight, members in self._candidates(question, doc, anchors, asked, count,
                                                                      counted, thing):
                if _owning(doc, start, end) or (end - start > 1 and doc[end - 1].text in _TRAILING
                                                and text == doc[start:end].text):
                    # The tagger keeps a possessive or a list's comma inside names ("the United
                    # Kingdom’s", "Bank of Yokohama,"): the answer is the name.
                    end -= 1
                    text = doc[start:end].text
                elif (end < len(doc) and doc[end].tag_ == "POS" and not doc[end - 1].whitespace_
                      and text == doc[start:end].text and not _possesses(doc, end + 1)):
                    # A possessive with nothing after it to own is the name's: "Wendy's was the fastest".
                    end += 1
                    text = doc[start:end].text
                if (start > 0 and doc[start - 1].text == "(" and end + 1 < len(doc) and doc[end].text == ")"
                        and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ in {"", doc[start].ent_type_}
                        and text == doc[start:end].text and doc[start].ent_type_ == "PERSON"):
                    # An editor's bracket in a quote: "I got to go see (Chris) Stapleton".
                    text = f"{text} {doc[end + 1].text}"
                    end += 2
                if (named_person and end - start > 1 and text == doc[start:end].text
                        and doc[start].lower_.rstrip(".") in _TITLES and doc[start + 1].pos_ == "PROPN"
                        and doc[start].ent_type_ == doc[start + 1].ent_type_ != ""):
                    # A title the tagger kept inside a name ("Striker Pierre-Emerick Aubameyang"; "Teen Iga
                    # Swiatek", an organisation to it): the name.
                    start += 1
                    text = doc[start:end].text
                elif (named_person and text == doc[start:end].text and (title := next(
                        (t for t in reversed(doc[start : end - 1])
                         if t.is_lower and (t.lemma_ in _PERSON_WORDS or t.pos_ == "NOUN")), None))
                        and all(t.pos_ == "PROPN" for t in doc[title.i + 1 : end])):
                    # A title and its owner the tagger kept inside a name ("Barcelona star Ronaldinho",
                    # "Wales physio Mark Davies").
                    start = title.i + 1
                    text = doc[start:end].text
                if (question.expected[:1] == ("PERSON",) and end - start == 1 and start > 0
                        and text == doc[start].text and doc[start - 1].lower_ in _PEERS
                        and doc[start - 1].text[:1].isupper()):
                    start -= 1  # a peer goes by the title: "Lord Hanningfield", not "Hanningfield"
                    text = doc[start:end].text
                if (kind and end - start > 1 and text.endswith(doc[end - 1].text)
                        and doc[end - 1].lemma_.lower() == asked
                        and doc[end - 2].pos_ in {"ADJ", "NOUN", "PROPN", "VERB"}
                        and not any(t.like_num for t in doc[start:end])):
                    # "What type of growth?": "economic", the kind, not "economic growth"
                    end -= 1
                    text = _LEADING_DET_RE.sub("", doc[start:end].text)
                if text == doc[start:end].text and question.expected and question.expected[0] in _NUMERIC:
                    start, end = _bare(doc, start, end, hedged, counted)
                    text = doc[start:end].text
                if counted and counted != "time" and not any(
                        t.like_num or t.lower_ in _COUNTING_WORDS or any(c.isdigit() for c in t.text)
                        for t in doc[start:end]):
                    continue  # no count: "a national day" of mourning for how many days
                if end - start == 1 and doc[start].text in surnamed and question.expected[0] != "PERSON" and (
                        doc[start].ent_type_ == "ORG"
                        or (doc[start].ent_type_ == "PERSON" and question.expected[0] in PLACE_LABELS)):
                    continue  # (a one-word person may be a place the tagger mislabelled, but not a surname)
                if text in people:
                    continue  # a person, though the tagger called it a place here: the article's sentences say who
                if start == 0 and end < len(doc) - 1 and doc[end].text in {".", ")"} and doc[start].like_num:
                    continue  # a list's number: "3. Carrie Underwood continues CMT Music Awards winning streak"
                own = question.expands or question.fuller  # asking for the question's name in other words
                if (not own and any(_mentioned(name, question.text, named) for name in members or (text,))
                        # glossed with a name the question gives: "the European Telecommunications Institute (Etsi)"
                        or (not own and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text
                            == ")" and _mentioned(doc[end + 1].text, question.text, named))
                        or _echoes(doc[start:end], anchors, nouns, asked)
                        or _credit(doc, start, end) or not _in_region(text, question.region)
                        or (question.country and _bare_name(text) in REGIONS)):
                    # Named already, or the question's own thing; the wire credit; a country outside
                    # the region asked; a region.
                    continue
                offering.add(scored.sentence)
                kept.append(Candidate(text, start, end, weight, members))
            if question.expected[:1] == ("PERSON",) and (
                    prior := _previous(scored.sentence, pooled, hits)) is not None:
                # "He founded JustLeadershipUSA", after "…, says Glenn E. Martin": the person referred to,
                # in the pronoun's place (its slot).
                found_one = _antecedent(doc, prior.text)
                if found_one is not None and not _mentioned(found_one[0], question.text, named):
                    offering.add(scored.sentence)
                    kept.append(Candidate(found_one[0], found_one[1], found_one[1] + 1, ANTECEDENT_WEIGHT))
            if not eligible:
                return  # offers candidates, but cannot give the answer: no need to score them
            # Named as the thing asked for ("TikTok app" for "which app"), and ranked as the question
            # ranks it ("the country's largest city", "a former prime minister").
            attached = {c for c in kept if question.expected and asked and _ranked(doc, c.start, c.end, ranks)
                        and not _owned_otherwise(doc, c.start, c.end, asked, owners)
                        and not other_holder(doc, c.start, c.end)
                        # "Which two insurers": one named the insurer is not the two
                        and not (question.pair and not c.members)
                        # a place compounded with a body's noun says where it is: "a US firm" is no firm's name
                        and not (question.expected[0] == "ORG" and doc[c.start].ent_type_ in {*PLACE_LABELS, "NORP"}
                                 and doc[c.end - 1].dep_ == "compound")
                        and (
                _attached(doc, c.start, c.end, asked, question.expected[0] == "PERSON", several)
                # a place given to the asked noun ("her hometown of Saqqez"; a place only: "the president of
                # France" is no president)
                or (question.expected[0] in PLACE_LABELS and _given_of(doc, c.start, c.end) == asked))}
            if question.where:  # told as the place where the question's act is: "the golf course where the city …"
                told = {(c.start, c.end) for c in _where_told(doc, anchors)}
                attached |= {c for c in kept if (c.start, c.end) in told}
            found.append((scored, doc, positions, kept, attached))

        for scored, doc in zip(top, docs, strict=True):
            # The answer comes from the best sentence's article: a span of the expected type in a
            # weaker article's sentence is mostly a stray name ("General Motors" for who is buying
            # Slack) where the best article says it in words no tagger labels. Its sentence still
            # offers a candidate, so it may be quoted beside the answer.
            consider(scored, doc, scored.sentence.article_rank == top[0].sentence.article_rank)

        def elsewhere(words: set[str] | None = None) -> list[tuple[Scored, Any, list[int], list[Candidate],
                                                                   set[Candidate]]]:
            """Other articles' sentences supporting the question at least ROLE_ELSEWHERE as well as the
            best (holding one of `words`, if given), each with its candidates as `consider` finds them."""
            floor = ROLE_ELSEWHERE * top[0].answer_score
            chosen = [s for s in others if s.sentence.article_rank != top[0].sentence.article_rank
                      and s.answer_score >= floor
                      and (words is None or not words.isdisjoint(_norm(s.sentence.text).split()))][:ROLE_SENTENCES]
            read = []
            for scored, doc in zip(chosen, parse([one_line(s.sentence.text) for s in chosen]), strict=True):
                consider(scored, doc, True)
                read.append(found.pop())
            return read

        roles: list[tuple[Scored, Any, list[int], list[Candidate], set[Candidate]]] = []

        def holds(doc, c: Candidate) -> bool:  # type: ignore[no-untyped-def]
            """Whether a candidate holds the role asked of its owner, in its portfolio ("Senate Majority
            Leader": not the Senate's Minority Leader)."""
            if owners and not _owned_by(doc, c.start, c.end, str(asked), owners):
                return False
            return not portfolio or any(_portfolios(t) & portfolio for t in _beside(doc, c.start, c.end, str(asked)))

        if (owners or portfolio) and asked and not any(holds(doc, c) for _, doc, _, _, attached in found
                                                       for c in attached):
            # The best article names no one as the role asked of its owner ("Who is the Scotland
            # coach?", or only "Defense Secretary Lloyd Austin" for the British one) or in its portfolio
            # ("White House press secretary" for the culture secretary): another article's sentence naming
            # one so answers ("Scotland coach Matt Williams").
            words = {asked, *(short for short, noun in _ABBREVIATED.items() if noun == asked)}
            for scored, doc, positions, _, attached in elsewhere(words):
                owned = {c for c in attached if holds(doc, c)}
                if owned:  # only the names it gives that role of that owner
                    roles.append((scored, doc, positions, list(owned), owned))
            found = roles or found
        if not roles and slot is not None and not any(_in_slot(slot, doc, c.start, c.end)
                                                      for _, doc, _, kept, _ in found for c in kept):
            # The best article fills no name or figure into the slot asked ("By how much did Russia cut
            # the flow?" where it gives the pipeline's capacity): another article's sentence that does
            # offers its candidates too ("cut the flow ... by 60%").
            for scored, doc, positions, kept, attached in elsewhere():
                filling = [c for c in kept if _in_slot(slot, doc, c.start, c.end)]
                if filling:
                    found.append((scored, doc, positions, filling, attached & set(filling)))
        if question.expands and not any(kept for *_, kept, _ in found):
            # The best article spells out no words of the short form ("NFT stands for …" for NHTCU): another
            # article's sentence naming it may ("the National Hi-Tech Crime Unit (NHTCU)").
            found += [entry for entry in elsewhere({question.expands.lower()}) if entry[3]]
        # Where the article names one as the thing asked for, its other names are not it.
        named_one = any(attached for *_, attached in found)
        # What each candidate counts, read once: where one counts the noun asked, one counting another is
        # still less it.
        counting = {(id(doc), c.start, c.end): _counts(doc, c.start, c.end, counted)
                    for _, doc, _, kept, _ in found for c in kept} if counted else {}
        counted_one = counted not in _ANYONE and any(counting.values())
        for scored, doc, positions, kept, attached in found:
            of_places = _places_of(doc) if home else {}  # read once per sentence, not per candidate
            for candidate in kept:
                text, start, end, weight, members = candidate
                if (candidate.weight == PROPER_NOUN_WEIGHT and question.expected[:1] == ("PERSON",)
                        and end - start == 1 and doc[start].text in surnamed):
                    weight = 1.0  # the surname of one the article names in full: a person, though untagged
                distance = min((min(abs(start - p), abs(p - end)) for p in positions), default=12)
                if possessed and _owns(doc, start, end, possessed) and doc[start:end].root.dep_ == "poss":
                    weight = max(weight, 1.0) + ATTACHED_BONUS  # "whose latest release": "Minogue's latest release"
                elif (_modifier(doc, start, end, anchors) or (asked and _owns(doc, start, end, asked))
                        or (question.where and _of_person(doc[start:end].root))):
                    weight *= MODIFIER_WEIGHT  # and "where": not "Ukraine's" of "Ukraine's President"
                office = asked in _OFFICE and question.expected[:1] == ("PERSON",)
                if office and _owned_otherwise(doc, start, end, asked, owners):
                    weight *= OTHER_OWNER_WEIGHT  # "Ireland captain X" for Scotland's
                elif office and _other_portfolio(doc, start, end, asked, portfolio):
                    weight *= OTHER_OWNER_WEIGHT  # "press secretary X" for the culture secretary
                elif office and other_holder(doc, start, end):
                    # "former Prime Minister X" for who is prime minister; "associate administrator X" for
                    # the administrator
                    weight *= OTHER_OWNER_WEIGHT
                elif office and (_other_office(doc, start, end, asked) or doc[start:end].root.ent_type_ in _BODIES):
                    # "Striker X … the Gabon captain" for the president of Gabon; an office is a person's,
                    # not "Borussia Dortmund" (unless the sentence names it the office: the tagger errs).
                    weight *= OTHER_OFFICE_WEIGHT
                places = _slots(doc, start, end) if slot is not None else []  # read once for both checks
                in_slot = slot is not None and any(_fills(slot, found) for found in places)
                if not telling and not in_slot and _source(doc, start, end):
                    # "according to Downdetector": not the platform users could not reach; unless it did
                    # what is asked ("according to Charlie Brooker, who created TV Go Home")
                    weight *= SOURCE_WEIGHT
                if candidate in attached:
                    # A full-weight candidate, whether or not the tagger labelled it, and ahead of its
                    # neighbours; ranked as the question ranks it, all the more so.
                    weight = max(weight, 1.0) + ATTACHED_BONUS + (RANK_BONUS if ranks else 0.0)
                elif named_one:
                    # The article says which name is the one asked for ("Simon McDonald, the former top
                    # civil servant at the Foreign Office, revealed that Johnson ..."): not this one.
                    weight -= ATTACHED_BONUS
                elif most_of and _ranked(doc, start, end, most_of):
                    weight += RANK_BONUS  # ranked as asked, if not named as the noun: "Vermont has the lowest"
                if office and doc[end - 1].dep_ in {"compound", "poss"} and _is(doc[end - 1].head, str(asked)):
                    weight *= OTHER_OFFICE_WEIGHT  # the office's owner ("Welsh" of "Welsh secretary"), not its holder
                if in_slot and acted_of and (doers := _doers(doc, start, end, slot[0])) and not any(
                        _mentioned(name, question.text, named) or not asked_words.isdisjoint(_norm(name).split())
                        for name in doers):  # (in the question's words: "the US women" of "… Women's … Team")
                    weight -= SLOT_BONUS  # another's act: "Citigroup beat Standard Chartered to buy Koram bank"
                elif in_slot:
                    # A name filling the slot asked counts though the tagger left it unlabelled ("He succeeded
                    # Amber Rudd" for whom he succeeded), or, where an organisation is asked, called it a place,
                    # its common mistake ("Nvidia is buying Arm"), and where a place is, in it, an organisation
                    # ("killed in north London's Muswell Hill"). Not a person or a people: "Moderna CEO
                    # Stéphane Bancel" is no company, "Dutch" no national team.
                    inside = question.where and doc[start:end].root.head.lower_ in {"in", "at", "near"}
                    weight += SLOT_BONUS + (1.0 - PROPER_NOUN_WEIGHT if (
                        candidate.weight == PROPER_NOUN_WEIGHT and all(t.pos_ == "PROPN" and (not t.ent_type_ or (
                            question.expected[0] == "ORG" and t.ent_type_ in PLACE_LABELS) or (
                            inside and t.ent_type_ == "ORG")) for t in doc[start:end]))
                        else 0.0)
                elif slot is not None and _against(slot, places):
                    weight -= SLOT_BONUS  # "Williams took 56 minutes to defeat Mirza": not whom Mirza beat
                elif slot is not None and _opposed(slot, places):
                    weight -= 2 * SLOT_BONUS  # "after losing the runoff, Bolsonaro": the one who did not win it
                elif slot is not None and _bystander(doc, start, end, slot, places):
                    weight -= SLOT_BONUS  # "Fenton, who reports to Alejandro Mayorkas, will lead": not Mayorkas
                if (slot is not None and any(verb in slot[0] for verb, _ in places)
                        and _INTENDING.isdisjoint(anchors) and _intended(doc, start, end)):
                    # the asked act only intended: "hoped to sell $725 million but was only able to sell $509 million"
                    weight -= SLOT_BONUS
                if (place := of_places.get(end)) is not None:
                    weight += ATTACHED_BONUS if _bare_name(place.text) == home else -ATTACHED_BONUS
                if partner and _paired(doc, start, end, partner):
                    weight += SLOT_BONUS  # the slot beside the name the question pairs it with
                if dimension and (stated := _dimensions_stated(doc, start, end)):
                    # "how wide is the crater": "492 feet across", not "70 feet deep"
                    weight += ATTACHED_BONUS if dimension in stated else -ATTACHED_BONUS
                if (question.expected[:1] == ("MONEY",) and any(t.ent_type_ == "MONEY" for t in doc[start:end])
                        and (after := _after_figure(doc, end)) is not None
                        and after.pos_ in {"NOUN", "VERB"} and after.lemma_.lower() in anchors):
                    weight += ATTACHED_BONUS  # the sum of the thing asked: "the 1.2bn Australian dollars rebuild"
                if (worker and _placed_beside(doc, start, end, worker, _WORKPLACE_PREPOSITIONS)) or (
                        native and _placed_beside(doc, start, end, native, _HOME_PREPOSITIONS)):
                    # "Jonathan McDowell, an astronomer at the …": said of the person, it answers over the names
                    # of sentences more like the question ("Matthew Rose described his … Kia Optima")
                    weight = max(weight, 1.0) + BESIDE_NAME_BONUS
                if measure in TALLIES:  # "what was the half-time score": "an 8-3 lead", not "three" penalties
                    weight += ATTACHED_BONUS if _score_end(doc, start) is not None else -ATTACHED_BONUS
                if measure and _level_of(doc, start, measure):
                    # the level given the measure asked: "the death toll to 122"; whatever the tagger called
                    # it ("a median age of 36", a date to it)
                    weight = max(weight, 1.0) + ATTACHED_BONUS
                if (changed_of and (whose := _subject_names(doc, start))
                        and not any(_mentioned(name, question.text, named) for name in whose)):
                    weight -= SLOT_BONUS  # another's change: "Ford sales dropped 3%" for how much GM's sales fell
                elif (figure_of and (whose := _subject_heads(doc, start, figure_of, anchors))
                        and not any(_mentioned(name, question.text, named) for name in whose)):
                    # Another's figure: "Wisconsin has … 56.1% of its population" for Vermont's share, where the
                    # slot asked may hold it; "Vermont has the lowest, at 17.8%" holds none.
                    weight -= 2 * SLOT_BONUS
                elif (told_of and (whose := [name for name in _subject_names(doc, start) if name not in text])
                        and not any(_mentioned(name, question.text, named) for name in whose)):
                    weight -= SLOT_BONUS  # another's: "Maria is from Spain, while Tom is from Italy" for Tom
                if (question.expected[:1] == ("MONEY",) and doc[start:end].root.ent_type_ == "CARDINAL"
                        and not _in_currency(doc, end) and _counts(doc, start, end, "dollar") is False):
                    weight -= COUNTED_PENALTY  # a count of something else is no sum: "hire 140 counselors"
                if counted and _is_whole(doc, start):
                    weight -= COUNTED_PENALTY  # the whole a count is of: "13 out of 659" MPs are 13
                if counted and (counts := counting[(id(doc), start, end)]) is not None:
                    weight += (COUNTED_BONUS if counted not in _ANYONE else 0.0) if counts else (
                        -2 * COUNTED_PENALTY if counted_one else -COUNTED_PENALTY)
                group = _share_of(doc, end) if asked_group else None
                # a figure's own year before its clause's: "16% … by 2050, up from 10% in 2022"
                dated = (_dated_as(doc, end) or _clause_years(doc, start, end)) if years else set()
                if years and not dated.isdisjoint(years):
                    # the figure of the year asked: "down from nearly 200,000 in 1990", "In 2004 it detected …"
                    weight += ATTACHED_BONUS
                elif asked_group and group and (group[1] <= asked_group[1] or group[0] == asked_group[0]):
                    # A share of the group asked, or of another kind of it: "21% of Democrat-leaning parents,
                    # compared with 64% of Republican-leaning parents" (no earlier level) for the Republican-leaning
                    # share. (Of other words, "35% of Britons" for UK adults, it may be either.)
                    weight += ATTACHED_BONUS if group[1] <= asked_group[1] else -ATTACHED_BONUS
                elif numeric and _prior_level(doc, start) and not _PRIOR_ASKED_RE.search(question.text):
                    weight -= PRIOR_LEVEL_PENALTY
                elif level_asked and (changed := _slot(doc[start:end].root)) and changed[0] in _CHANGE_VERBS and (
                        changed[1] in _EXTENTS):
                    weight -= PRIOR_LEVEL_PENALTY  # how much a level changed by is not the level either
                if dated and dated.isdisjoint(years):
                    weight -= ATTACHED_BONUS  # another year's: "In September 2003, it caught only 273" for 2004's
                if question.age and (whose := _aged(doc, start)) is not None:
                    # "Steve Sweet, 44, and Sarah Radney, 11,": each age is its own name's.
                    weight += ATTACHED_BONUS if _mentioned(whose, question.text, named) else -ATTACHED_BONUS
                elif question.age and (kin := _kin_aged(doc, end, anchors)) is not None:
                    # "his 19-year-old sister" is her age, not his; unless she is the one asked about.
                    weight += ATTACHED_BONUS if _mentioned(kin, question.text, named) else -KIN_AGE_PENALTY
                elif question.age and (holder := _age_holder(doc, start)) is not None:
                    if aged_noun:
                        # "How old is the suspect?": "a 41-year-old male suspect", not "the 67-year-old Abe".
                        weight += ATTACHED_BONUS if holder.lemma_.lower() == aged_noun else -ATTACHED_BONUS
                    elif holder.pos_ == "NOUN" and holder.lemma_.lower() not in _PERSON_WORDS | _KIN:
                        weight -= KIN_AGE_PENALTY  # a thing's age: "its 1,000-year-old monarchy" for the Queen's
                    elif holder.pos_ == "PROPN":  # "the 26-year-old Stewart" is Stewart's age, not Sue Bird's
                        weight += ATTACHED_BONUS if _mentioned(holder.text, question.text, named) else -KIN_AGE_PENALTY
                elif question.age and age_now and start > 0 and doc[start - 1].lower_ == "at":
                    weight -= ATTACHED_BONUS  # "became an MP at 27": an age once, not "how old is" he
                if (question.age and not years and (day := hits[scored.sentence.hit].date)
                        and (then := _clause_years(doc, start, end)) and day[:4] not in then):
                    weight -= ATTACHED_BONUS  # an age in another year than the story's: "when he turned 70 in 2018"
                if question.tense and (_RELATIVE_TENSE_RE[question.tense].search(text) or (
                        (day := hits[scored.sentence.hit].date) and _off_time(
                        text, question.tense, date.fromisoformat(day)))):
                    weight -= TENSE_PENALTY  # "when will the run-off be held": not the day of the first round
                if count == 0 and len(members) > 1:
                    weight += PAIR_BONUS  # "which London boroughs": "Hillingdon and Wandsworth" over either
                score = scored.answer_score * weight + 0.08 / (1 + distance / 3)
                if not question.other:  # the article's other sentences naming it: its story's, not another
                    others = _mentions(members or (text,), texts) - 1
                    score += SALIENCE * min(SALIENCE_MENTIONS, max(0, others))
                if best is None or score > best[0]:
                    best = (score, text, scored)
        return ((best[1], best[2]) if best else None), offering

    @staticmethod
    def _candidates(question: Question, doc, anchors: set[str],  # type: ignore[no-untyped-def]
                    noun: str | None, count: int | None = None,
                    counted: str | None = None, thing: str | None = None) -> Iterator[Candidate]:
        """The spans of a parsed sentence that could answer the question (`anchors`: its words and
        lemmas; `noun`: the noun it asks for, `_asked_noun`; `count`: how many it asks for, `_listed`;
        `counted`: the noun a 'how many' question counts, `_counted`; `thing`: the noun a 'what is the X'
        question names, whose name or quoted words only answer it)."""
        if question.expands:  # "What does PHEIC stand for?": the words with its initials
            yield from _expansions(doc, question.expands)
            return
        if question.fuller:  # "What is Queen Elizabeth's full name?": "Elizabeth Alexandra Mary Windsor"
            yield from _fuller(doc, question.fuller)
            return
        if question.described:  # "Who is Roy Lee?": what the sentence calls him
            yield from _descriptions(doc, question.described)
            return
        if question.honoree:  # "Who is Piero named after?": "named after … Piero della Francesco"
            yield from _honorees(doc)
        if question.where:  # "Where will the city host its show?": "the golf course where the city will host"
            yield from _where_told(doc, anchors)
        if question.often:  # "How often is the census taken?": "every ten years"
            yield from _frequencies(doc)
            return
        if question.naming:  # "what is it called?": the name the sentence gives ("is called Ever Given")
            # given to the noun asked, if one is ("Arkansas' amendment": "an amendment known as Issue 4"), over
            # one given to another ("… Marijuana Laws, known as NORML")
            # ("the production, “My Songs,”" too)
            given = list(_named_as(doc, noun)) if noun is not None else []
            yield from given
            spans = {(c.start, c.end) for c in given}
            for candidate in _named_as(doc):
                if (candidate.start, candidate.end) not in spans:
                    yield candidate._replace(weight=candidate.weight * MODIFIER_WEIGHT) if given else candidate
        elif noun is not None:  # "which nonprofit": the name given to one ("a nonprofit called Space for Humanity")
            yield from _named_as(doc, noun)
        elif thing is not None:  # "what was UKIP's slogan": the name or words given to it, nothing vaguer
            yield from _named_as(doc, thing)
            yield from _identified(doc, thing)
        if noun is not None and question.expected and question.expected[0] != "PERSON":
            # (one the tagger labels as asked is a candidate already; a person's role ending a name is a
            # title, no one: "Principal Deputy Commissioner Dr. Janet Woodcock")
            yield from (c for c in _ending_in(doc, noun) if doc[c.start].ent_type_ not in question.expected)
        if question.expected and counted == "time":  # "how many times": "won it once", "twice"
            yield from (Candidate(t.text, t.i, t.i + 1, 1.0) for t in doc if t.lower_ in _TIMES and (
                t.lower_ != "once" or (t.head.i < t.i and t.head.pos_ == "VERB")))  # not "was once a star"
        if question.expected:
            # A country named by its people ("Russian troops"; the tagger may call "Ukrainian" a
            # place): the country, for a question asking for one, and not the word itself.
            demonyms = {ent: country for ent in doc.ents if question.country and _people(ent)
                        and not is_country(ent.text) and (country := country_of(ent.text)) is not None}
            # A US state named by its people ("Texans"), for a question asking for a state.
            demonyms.update({ent: state for ent in doc.ents if question.state and ent.label_ in {"NORP", "GPE"}
                             and (state := state_of(ent.text)) is not None and _norm(state) != _norm(ent.text)})
            typed = [part for ent in (*doc.ents, *_untagged_sums(doc), *_untagged_years(doc), *_untagged_parts(doc))
                     for part in _names_in(ent) if _label(part, question) in question.expected and ent not in demonyms]
            respective = _respective(doc, anchors)
            united = measure_asked(question.text) in _UNITED  # "what was the top speed": "122 miles per hour"
            weights: dict[object, float] = {}  # of each typed entity, for the pairs below
            joined: set[int] = set()  # tokens a figure before took in ("226 feet, 10 inches"): no answer alone
            for ent in typed:
                label = _label(ent, question)
                if label == "NORP" and question.expected[0] == "PERSON" and ent.root.dep_ == "amod":
                    continue  # a people's adjective tells of one, never who: "the shortest-serving British PM"
                if ent.label_ == "CARDINAL" and _SLASHED_RE.fullmatch(ent.text) and label != "PERCENT":
                    continue  # a day or a round-the-clock, no count or sum: "the 9/11 attacks", "24/7"
                if ent.label_ in _NUMERIC and ent.start and not question.rate and (
                        doc[ent.start - 1].lower_ == "per" or (ent.start >= 2 and doc[ent.start - 1].lower_ == "in"
                                                              and doc[ent.start - 2].like_num)):
                    continue  # a rate's base, no count: "employees per 100K", "one in 10 adults"
                if (ent.label_ == "CARDINAL" and ent.start and doc[ent.start - 1].pos_ == "PROPN"
                        and not doc[ent.start - 1].ent_type_ and doc[ent.start - 1].is_title
                        and (ent.end == len(doc) or doc[ent.end].pos_ not in {"NOUN", "PROPN"})):
                    continue  # the end of a name the tagger left unlabelled, no count: "posted by News 12"
                if (ent.label_ == "CARDINAL" and question.expected[0] != "PERCENT" and ent.end + 1 < len(doc)
                        and doc[ent.end].lower_ == "in" and doc[ent.end + 1].like_num
                        and doc[ent.end + 1].ent_type_ != "DATE"):  # (not "200,000 in 1990")
                    continue  # nor is the rate itself a count: "One in 10 adults owns one" (a share, if one is asked)
                if _tagged(doc, ent.start) and not question.tagged:
                    continue  # a hashtag or a handle, no one's name: "#RollCOVID"
                if (ent.label_ in _NUMERIC and ent.end + 1 < len(doc) and doc[ent.end].text == "-"
                        and not doc[ent.end - 1].whitespace_ and doc[ent.end + 1].text[:1].isupper()):
                    continue  # a figure glued into a name, no figure: "zero-Covid policy", "one-China policy"
                # (for "where", a region counts as a country, state or town does: the tagger calls Uvalde a region)
                ranked_as = "GPE" if question.where and label == "LOC" and "GPE" in question.expected else label
                weight = 1.0 - 0.12 * question.expected.index(ranked_as)
                start, end = (_amount(doc, ent.start, ent.end) if ent.label_ in _NUMERIC
                              # (not a hyphen the tagger took in of a word the name forms: "Warren Buffett-backed")
                              else (ent.start, ent.end - 1) if len(ent) > 1 and ent[-1].text == "-"
                              else (ent.start, _of_place_end(doc, _hyphen_end(doc, ent.end - 1))))
                if question.where and ent.label_ == "GPE" and end == ent.end:
                    end = _site_end(doc, end)  # "near the U.S. Capitol": the site, not the country
                if ent.start in joined:
                    continue
                joined.update(range(ent.end, end))
                title = next((t.i for t in reversed(doc[start : end - 1]) if _is(t, noun) or t.lower_ == noun),
                             None) if question.expected[0] == "PERSON" and noun is not None else None
                if (title is not None and ent.label_ in {"PERSON", "ORG"} and end - title > 2
                        and doc[end - 1].lower_ not in _ORG_WORDS
                        and all(t.pos_ == "PROPN" for t in doc[title + 1 : end])):
                    # The name after the asked role inside the entity: "Tuscaloosa Police Chief Brent Blankley"
                    # (a person's: not "Party" of "the Republican Party" for which Republican)
                    start, weight = title + 1, max(weight, 1.0)
                if ent.label_ in _NUMERIC and (end_asked := _RANGE_END_RE.search(question.text)) and (
                        to := next((t.i for t in doc[start + 1 : end - 1] if t.lower_ == "to"), None)) is not None and (
                        any(t.lower_ == "from" for t in doc[max(0, start - 1) : to])):
                    # "To what were rates cut?": 2% of "from 2.5% to 2%", which the tagger labels whole; not one
                    # end of a range, "sentenced to nine to 33 years" for what he was sentenced to
                    start, end = (to + 1, end) if (end_asked[1] or end_asked[2]).lower() == "to" else (start, to)
                if ent.label_ == "WORK_OF_ART":
                    start, end = _quoted(doc, start, end)
                elif ent.label_ not in _NUMERIC:  # "Williams 1-6,4-6": the tagger ran the score into the name
                    end = next((i for i in range(start + 1, end) if _score_end(doc, i) is not None), end)
                if ent.label_ in {"DATE", "TIME"}:  # nor the verb before it: "will last 42 days"
                    start = next((t.i for t in doc[start : end - 1] if t.pos_ != "VERB"), start)
                if ent.label_ == "DATE" and end - start > 1 and doc[start].lower_ == "the" and (
                        doc[start + 1].text.rstrip(".").lower() in MONTHS):
                    start += 1  # "the Nov. 19 release": Nov. 19
                if question.duration and ent.label_ in {"DATE", "TIME"}:
                    # The tagger may run a date into the words before it: "the post after seven years".
                    start = next((t.i + 1 for t in reversed(doc[start : end - 1])
                                  if t.pos_ == "ADP" and doc[t.i + 1].like_num), start)
                if ent.label_ in {"CARDINAL", "ORDINAL"} and label == "MONEY":
                    end += 1  # "785m euros": with the currency's word `_label` found after it
                elif ent.label_ == "CARDINAL" and (question.expected[0] in _MEASURES or united):  # with its unit
                    end = _measured(doc, end, anchors)
                if question.duration and ent.label_ == "CARDINAL" and doc[end - 1].lemma_.lower() not in _LENGTHS:
                    # "How long": a number counting time ("five-and-a-half enthralling hours") or a length,
                    # never one alone ("7-5") or counting other things ("82,000 deaths")
                    if (unit := _time_unit(doc, end)) is None:
                        continue
                    end = unit
                if ent.label_ in _NUMERIC and not any(c.isdigit() for c in doc[start:end].text) and not (
                        len(ent) > 1 and ent[0].like_num and ent[0].lower_ != "one"
                        and (ent[-1].pos_ == "NOUN" and ent[-1].lemma_.lower() in anchors
                             or ent.label_ in {"PERCENT", "MONEY"})) and not (
                        ent.label_ == "DATE" and any(t.text.rstrip(".").lower() in MONTHS for t in ent)
                        and not any(t.lemma_.lower() in _UNITS_OF_TIME for t in ent)):
                    # "thousands", "last year": vaguer than a figure; not "seven years" for how many years,
                    # nor a share or sum in words ("Forty-one percent"), nor a month ("this past February";
                    # "March last year" is as vague as its year)
                    weight -= 0.1
                if (ent.label_ == "DATE" and question.expected[0] == "DATE" and not question.duration
                        and end < len(doc) and doc[end].lower_ in _RELATING
                        and doc[start:end].root.lemma_.lower() in _UNITS_OF_TIME):
                    weight -= 0.1  # a time told from another event ("24 years after gaining independence")
                if label == "TIME" and end < len(doc) and doc[end].text in _ZONES:
                    end += 1  # "9:26am ET"
                if ent.label_ == "MONEY" and _conversion(doc, start):
                    weight -= CONVERSION_PENALTY  # "$6.75bn (£3.6bn)": the sum, not its conversion
                if ent.label_ == "GPE" and question.state:
                    # "which state": Georgia, not Fulton County or Brunswick; a nation may be one ("which
                    # state clashed with the EU": Poland).
                    weight += 0.1 if us_state(ent.text) is not None else 0.0 if is_country(ent.text) else -0.1
                elif ent.label_ == "GPE" and (question.country or question.local) and is_country(ent.text):
                    # "in what country": Iraq, not Baghdad; "which US city": Atlanta, not Italy.
                    weight += 0.1 if question.country else -0.1
                elif ent.label_ == "GPE" and question.country:
                    weight -= 0.1  # "which country": not a city ("Brussels" for the EU)
                weights[ent] = weight
                if question.age:  # the age's number ("17-year-old" → 17); dates and counts are no age
                    if (age := _age(doc, start, end)) is not None:
                        yield Candidate(age, start, end, weight)
                    continue
                if question.expected[0] in {"DATE", "TIME"} and not question.duration and (
                        _duration(doc, start, end) or (ent.label_ == "DATE" and _age(doc, start, end) is not None)
                        or all(t.lemma_.lower() in _UNITS_OF_TIME and t.tag_ == "NNS" for t in doc[start:end])):
                    # "when": how long ("a few minutes"), an age ("five-year-old") or units alone ("seconds
                    # before the spacecraft hit") is no point in time
                    continue
                if question.duration and ent.label_ in {"DATE", "TIME"} and not _duration(
                        doc, start, end, within=bool(_WITHIN_RE.search(question.text)) or (
                            start > 0 and doc[start - 1].lower_ == "within")):  # a limit is a length
                    if question.counts_time:
                        continue  # "how many days": never "Tuesday"
                    weight -= POINT_IN_TIME_PENALTY  # "how long": "189.5 seconds" over "today", "until May" still
                parts = _conjuncts(doc, start, end) if ent.label_ in _NUMERIC and not (
                    question.pair or question.duration or question.held or count is not None
                    or _two_units(doc, start, end)) else [(start, end)]
                for first, last in parts:
                    if (respective and ent.label_ in _NUMERIC and last <= respective[0]
                            and _conjunct(doc[first:last].root) != respective[1]):
                        continue  # another name's figure
                    yield Candidate(doc[first:last].text, first, last, weight)
            for ent, country in demonyms.items():
                yield Candidate(country, ent.start, ent.end, DEMONYM_WEIGHT)
            if question.expected[0] == "WORK_OF_ART":
                yield from _quoted_titles(doc, {i for ent in typed for i in range(ent.start, ent.end)})
            if "CARDINAL" in question.expected and not question.age:
                # (with what `_amount` leaves out of a figure: "2004" of "in 2004 73% of all e-mail")
                labelled = {i for ent in doc.ents for a, b in [_amount(doc, ent.start, ent.end)]
                            for i in range(min(a, ent.start), max(b, ent.end))}
                for token in doc:
                    if token.i not in labelled and _FIGURE_RE.match(token.text):
                        start, end = _amount(doc, token.i, token.i + 1)
                        if question.duration and _time_unit(doc, end) is None:
                            continue  # "7-5" is no length of time
                        labelled.update(range(start, end))
                        # One counting the noun asked is as good as a labelled one ("more than 900 nuclear facilities").
                        # So is the part of a whole: "13 out of 659".
                        counts = (counted and _counts(doc, start, end, counted)) or (
                            doc[end : end + 2].text.lower() == "out of")
                        yield Candidate(doc[start:end].text, start, end, 1.0 if counts else FIGURE_WEIGHT)
                if counted:
                    # "How many titles has Nadal won?": "his 21st grand slam title" counts them
                    for token in doc:  # (the tagger may call it part of a name: "21st grand")
                        ordinal = _ORDINAL_RE.fullmatch(token.text)
                        number = ordinal.group(1) if ordinal else _SPELLED_ORDINALS.get(token.lower_)
                        if number and _counts(doc, token.i, token.i + 1, counted):
                            # (in words too: "the sixth time in three years": six)
                            yield Candidate(number, token.i, token.i + 1, ORDINAL_COUNT_WEIGHT)
            if question.expected[0] == "GPE" and not (question.country or question.state):
                # "Where": a place with the state or country that locates it ("Louisville, Kentucky"),
                # unless the question names that already; not a list of places ("Iran, Iraq and Syria").
                for place, region in zip(typed, typed[1:], strict=False):
                    after = doc[region.end : region.end + 2]
                    listed = (place.start > 0 and doc[place.start - 1].text == ",") or (
                        len(after) == 2 and after[0].lower_ in {",", "and", "or"} and after[1].pos_ == "PROPN")
                    if (place.label_ == region.label_ == "GPE" and doc[place.end : region.start].text == ","
                            and not listed and not is_country(place.text) and us_state(place.text) is None
                            and (is_country(region.text) or us_state(region.text) is not None)
                            and not _mentioned(region.text, question.text)):  # "which Pakistani city": Karachi
                        yield Candidate(doc[place.start : region.end].text, place.start, region.end,
                                        max(weights[place], weights[region]) + PAIR_BONUS)
            if _NAMED.intersection(question.expected):
                # A run the tagger labelled as a date or number ("Tuesday") is no missed name.
                # Nor, for a place, a full name it labelled a person ("Paul McCartney" for where a festival
                # is), though it may so label a place ("Glasgow", "Sri Lanka").
                people = [e for e in doc.ents if question.expected[0] in PLACE_LABELS and e.label_ == "PERSON"
                          and len(e) > 1 and not is_country(e.text) and us_state(e.text) is None
                          and not (noun and e.end < len(doc) and _is(doc[e.end], noun))]  # "Amazonis Planitia region"
                covered = {i for ent in [*typed, *demonyms, *people, *(e for e in doc.ents if e.label_ in _NUMERIC)]
                           for i in range(ent.start, ent.end)}
                runs = _proper_runs(doc)
                for start, end in runs:
                    # The asked role as a title inside the run: "State Fire Marshal Jim Walker", "Senate
                    # President Pro Tem Del Marsh" (for a person only: "National Hurricane Center" is no
                    # hurricane); the name after it, however the tagger labelled the title.
                    if question.expected[0] == "PERSON":
                        start = _past_award(doc, start, end)
                        start = next((t.i + 1 for t in reversed(doc[start : end - 1])
                                      if _is(t, noun) or t.lower_ == noun), start)
                        if end - start == 1 and doc[start].is_upper and len(doc[start].text) <= 3:
                            continue  # a title's initials ("PM", "CEO"), no one's name
                        if end < len(doc) and _honorific(doc[end]) and (
                                (noun and _is(doc[end - 1], noun)) or doc[end - 1].lower_ in _TITLES):
                            continue  # a title before an honorific ("Principal Deputy Commissioner Dr. Janet Woodcock")
                    if _tagged(doc, start) and not question.tagged:
                        continue  # a hashtag or a handle, no name
                    if (question.expected[0] == "PERSON" and start and end - start == 1
                            and _ORDINAL_RE.fullmatch(doc[start - 1].text)):
                        continue  # the rest of a numbered name ("the 12th Street of 1967"), no one's (but "World
                        # No. 1 Ashleigh Barty" is hers)
                    # For a country, the list of countries knows better than an unlabelled run ("NATO").
                    if covered.isdisjoint(range(start, end)) and (not question.country
                                                                  or is_country(doc[start:end].text)):
                        # A country the tagger called something else ("Moldova's candidacy"): a country still;
                        # a name ending in a company's word ("Purdue Pharma") is an organisation.
                        # A surname after an honorific is a person's ("Baroness Boothroyd").
                        weight = (COUNTRY_WEIGHT if question.country else 1.0 if question.expected[0] == "ORG"
                                  and end - start > 1 and doc[end - 1].lower_ in _ORG_WORDS else 1.0 if (
                                      question.expected[0] == "PERSON" and end - start > 1
                                      and doc[start].lower_.rstrip(".") in _PEERAGE) else PROPER_NOUN_WEIGHT)
                        if question.expected[:1] in {("GPE",), ("LOC",)} and _settled(doc[start:end]):
                            weight = 1.0  # "the city of Coeur d'Alene": a town, though the tagger left it unlabelled
                        if (question.expected[0] == "PERSON" and end - start == 1 and doc[start].lower_ in _PERSON_WORDS
                                and doc[end : end + 1].text == "of"):
                            # A title of a place is who holds it: "the Archbishop of Canterbury", over the place
                            end = next((e.end for e in doc.ents if e.start == end + 1 and e.label_ in {"GPE", "LOC"}
                                        and (e.start, e.end) in runs), end)
                            weight = 1.0 if end - start > 1 else weight
                        yield Candidate(doc[start:end].text, start, end, weight)
            if count is not None:
                # "Which states ...", "which four countries": the list the sentence gives ("Oregon and
                # New Jersey", "Myanmar, Eritrea, Kyrgyzstan and Nigeria"), of that length if one is asked.
                for names in _lists(doc, typed):
                    if len(names) > 2 and count in {0, len(names)}:
                        end = names[-1].end
                        if doc[names[0].end].lower_ == "of" and (place := _places_of(doc).get(end)) is not None:
                            end = place.end  # the last one's place too, if each has one
                        yield Candidate(doc[names[0].start : end].text, names[0].start, end,
                                        min(weights[n] for n in names) + PAIR_BONUS,
                                        tuple(_LEADING_DET_RE.sub("", n.text) for n in names))
            if question.expected[0] == "DATE" and (question.duration or question.held):
                # "When was Lula Brazil's leader?": "from 2002 to 2010", a time something held, over either end.
                dates = [ent for ent in typed if ent.label_ == "DATE"]
                for first, second in zip(dates, dates[1:], strict=False):
                    if (first.start > 0 and doc[first.start - 1].lower_ in {"from", "between"}
                            and doc[first.end : second.start].text.lower() in {"to", "until", "through", "and"}):
                        yield Candidate(doc[first.start : second.end].text, first.start, second.end,
                                        max(weights[first], weights[second]) + PAIR_BONUS)
            if question.pair or count == 0:
                # "Which two teams ...": "the San Francisco 49ers and the Kansas City Chiefs", ahead
                # of either alone ("Sweden and Finland", two countries, ahead of "Finland").
                for first, second in zip(typed, typed[1:], strict=False):
                    between = doc[first.end : second.start].text.strip().lower()
                    if first.label_ == second.label_ and between in {"and", ", and", "&", "and the"}:
                        yield Candidate(doc[first.start : second.end].text, first.start, second.end,
                                        min(weights[first], weights[second]) + PAIR_BONUS,
                                        (_LEADING_DET_RE.sub("", first.text), _LEADING_DET_RE.sub("", second.text)))
                # Joined to a name the tagger labelled otherwise ("Roche and Abbott", Abbott a place).
                for ent in typed:
                    other = next((c for c in ent.root.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                                  and c.ent_type_ not in question.expected), None)
                    if other is None:
                        continue
                    begin = other.i  # the name's first word: "T" of "T-Mobile", which the parser hangs on "Mobile"
                    while begin - 1 > ent.end and (doc[begin - 1].pos_ == "PROPN" or _glued(doc[begin - 1])):
                        begin -= 1
                    if doc[ent.end : begin].text.strip().lower() not in {"and", ", and"}:
                        continue
                    end = _name_end(other).i + 1
                    if all(t.pos_ == "PROPN" or _glued(t) for t in doc[begin:end]) and (
                            end == len(doc) or doc[end].pos_ != "PROPN"):
                        second = _LEADING_DET_RE.sub("", doc[begin:end].text)
                        # Before the plural asked ("Hokkaido and Aomori regions"), each is one, however labelled.
                        named = end < len(doc) and doc[end].tag_ == "NNS" and doc[end].lemma_.lower() == noun
                        yield Candidate(doc[ent.start : end].text, ent.start, end,
                                        (weights[ent] if named else min(weights[ent], PROPER_NOUN_WEIGHT)) + PAIR_BONUS,
                                        (_LEADING_DET_RE.sub("", ent.text), second))
        elif noun:
            for token in doc[:-1]:  # its number or code after it: "upgrade to iTunes version 4.7.1", "Flight 370"
                after = doc[token.i + 2] if token.i + 2 < len(doc) else None
                # (a plural's are a list: "BA.4 and BA.5"; a count of what follows is none: "drinking three cups")
                if (_is(token, noun) and token.tag_ in {"NN", "NNP"} and (doc[token.i + 1].like_num or _coded(
                        doc[token.i + 1])) and not (after is not None and after.pos_ in {"NOUN", "ADJ", "NUM"})):
                    yield Candidate(doc[token.i + 1].text, token.i + 1, token.i + 2, APPOSITIVE_WEIGHT)
            yield from _identified(doc, noun)
            for start, end in _proper_runs(doc):
                # A name the sentence makes one: "The Apple Powerbook 100 has been chosen as the greatest
                # gadget", "Sony's third entry is the CDP-101 CD player".
                if not any(_is(t, noun) for t in doc[start:end]) and _attached(doc, start, end, noun):
                    # (one holding the noun is its chunk's: "the Scotland Act", below)
                    if end < len(doc) and doc[end].like_num and doc[end - 1].pos_ == "PROPN":
                        end += 1  # its number: "Powerbook 100"
                    if start > 1 and doc[start - 1].text == "The":
                        start -= 1  # a capital "The" inside a sentence is the name's own: "at The Wave"
                    yield Candidate(doc[start:end].text, start, end, APPOSITIVE_WEIGHT)
            chunks = {chunk.root.i: chunk for chunk in doc.noun_chunks}
            for chunk in chunks.values():
                if chunk.root.lemma_.lower() == noun or chunk.root.lower_ == noun:
                    text = _LEADING_DET_RE.sub("", chunk.text)
                    if sum(map(text.count, _QUOTE_MARKS)) == 1:  # the chunk took one quote mark: "“small man syndrome"
                        text = text.strip(_NAME_TRIM)
                    # "the only age group" says nothing the question did not ("which age group").
                    # Nor is "the six-deck superyacht" the name asked for ("What is the name of the superyacht?"):
                    # "the DART mission", "the 1776 commission" are.
                    titled = any(t.pos_ == "PROPN" or (t.like_num and doc[t.i + 1 : t.i + 2].text != "-")
                                 for t in chunk)
                    if (not question.naming or titled) and any(
                            not t.is_stop and not t.is_punct and t.lower_ not in anchors
                            and t.lemma_.lower() not in anchors for t in chunk):
                        yield Candidate(text, chunk.start, chunk.end, 0.9)
                    # Its name beside it: "its old mascot, the Noid"; "Twitch, a streaming platform".
                    root = chunk.root
                    names = [c.i for c in root.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or _coded(c))]
                    names += [root.head.i] if root.dep_ == "appos" and root.head.pos_ == "PROPN" else []
                    one = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
                    if one is not None and one.lower_ == "one" and one.dep_ == "appos" and one.head.pos_ == "PROPN":
                        names.append(one.head.i)  # "Conqueror CX22, one of the stiffest papers in the world"
                    for name in (chunks[i] for i in names if i in chunks):
                        # A capital "The" inside a sentence is the name's own: "at The Wave, a rock formation".
                        own = name.start > 0 and doc[name.start].text == "The"
                        end = name.end
                        other = doc[end + 1] if end + 1 < len(doc) else None
                        if (root.tag_ == "NNS" and other is not None and doc[end].text == "and"
                                and other.dep_ == "conj" and (other.pos_ == "PROPN" or _coded(other))):
                            end += 2  # the plural's names: "Omicron subvariants BA.4 and BA.5"
                        text = doc[name.start : end].text
                        yield Candidate(text if own else _LEADING_DET_RE.sub("", text), name.start, end,
                                        APPOSITIVE_WEIGHT)
                elif chunk.root.pos_ == "PROPN":
                    # The asked noun as the name's title: "speculator Ivan Boesky", "analyst Sherman Chao".
                    title = next((t for t in chunk[:-1] if t.is_lower and (t.lemma_.lower() == noun
                                                                           or t.lower_ == noun)), None)
                    if title is not None and all(t.pos_ == "PROPN" for t in doc[title.i + 1 : chunk.end]):
                        yield Candidate(doc[title.i + 1 : chunk.end].text, title.i + 1, chunk.end, APPOSITIVE_WEIGHT)
