"""Whether an article names what a question names: a full article that never does is about something else."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from qa.extractive import (
    _BODY_HEADS,
    _HONORIFICS,
    _NAME_SUFFIXES,
    _NOT_HOLDING,
    _ORG_WORDS,
    _PERSON_WORDS,
    _TITLES,
    _norm,
    _owning,
    country_named,
    country_names,
    doer_role,
    one_edit,
)
from qa.question import home_asked, workplace_asked
from retrieval.sentences import parse

# The entity labels that name something a story about it would mention (not dates or numbers,
# which articles write in many ways).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                         "LANGUAGE"})
UNLABELLED = "NAME"  # the label of a question's proper noun the tagger gave none
# A short item (a news brief, a snippet) may leave the question's context unsaid; an article of
# this many words that answers a question about someone names them.
FULL_ARTICLE_WORDS = 100
# Taken off answerability when the answer's full article misses a name of the question
# (benchmarks/README.md, "Abstention: the question's names").
UNNAMED_PENALTY = 0.15
# A person the article never names: "What did Moqtada al-Sadr say" is not answered by what another said.
PERSON_PENALTY = 0.3
_MINOR = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "to", "de", "al", "s"})
# Words naming a kind of body, no one body alone: "Bank" of "United Bank" is no "Investors Bank and Trust".
_BODY_WORDS = _ORG_WORDS | _BODY_HEADS | {"trust", "organization", "organisation", "news", "service", "services"}
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]*")
# A word and its people's or adjective's form: "Russia" / "Russian", "Iran" / "Iranians".
_ENDINGS = frozenset({"n", "an", "ian", "i", "s", "ns", "is", "ans", "ians"})


@lru_cache(maxsize=1024)
def question_names(question: str) -> tuple[tuple[str, str], ...]:
    """The names in a question with their entity labels: people, organisations, places, works, events;
    without a possessive that owns what follows ("The University of Oxford", of "… Oxford’s vice-chancellor")."""
    doc = parse([question])[0]
    named = [((e[:-1] if _owning(doc, e.start, e.end) else e).text, e.label_)
             for e in doc.ents if e.label_ in NAME_LABELS]
    # A capitalised proper noun the tagger left unlabelled is a name too: "Pew" of "surveyed by Pew"; not a title
    # ("the Conservative MP"), nor a word of a name the tagger split ("FC" of "Chelsea FC").
    proper = [t.i > 0 and t.pos_ == "PROPN" and not t.ent_type_ and t.is_alpha and t.text[:1].isupper()
              and not t.is_stop and t.lower_ not in _PERSON_WORDS for t in doc]
    start = 0
    for end in range(len(doc) + 1):
        if end < len(doc) and proper[end]:
            continue
        if start < end and not any(0 <= i < len(doc) and doc[i].ent_type_ for i in (start - 1, end)):
            named.append((doc[start:end].text, UNLABELLED))  # "Ivy League" whole: named by any of its words
        start = end + 1
    return tuple(dict.fromkeys(named))


def _near(word: str, words: set[str]) -> bool:
    """Whether `words` hold `word`, a form of it ("russian" for "russia", and the other way) or,
    for a long word, a spelling one letter off (a question's typo: "Zeria" for "Zeira")."""
    if word in words:
        return True
    if len(word) < 4:
        return False
    return any(len(w) >= 4 and ((w.startswith(word) and w[len(word):] in _ENDINGS)
                                or (word.startswith(w) and word[len(w):] in _ENDINGS)
                                or (len(word) >= 5 and w[0] == word[0] and one_edit(word, w)))
               for w in words)


def unnamed(names: Sequence[tuple[str, str]], text: str) -> list[str]:
    """The names (with labels) that `text` never mentions: a person by surname, anything else by any of
    its words, a country by any name of it."""
    all_words = _norm(text).split()
    words, padded = set(all_words), f" {' '.join(all_words)} "
    capitalised = set(_norm(" ".join(_CAPITALISED_RE.findall(text))).split())
    missing = []
    for name, label in names:
        own = [w for w in _norm(name).split() if w not in _MINOR and len(w) > 1]
        among = words
        if label == "PERSON":  # "Joseph Webster" is not named by another Joseph
            own = [w for w in own if w not in _NAME_SUFFIXES][-1:]
        elif len(own) > 1:
            # A name of several words is named by a word of its own written as a name: not "foreign investors"
            # nor another's "United Bank" for "Investors Bank and Trust".
            own, among = [w for w in own if w not in _BODY_WORDS] or own, capitalised
        if not own or any(_near(w, among) for w in own):
            continue
        country = country_named(name)
        if country is not None and any(f" {other} " in padded for other in country_names(country)):
            continue
        if name.isalpha() and name.isupper() and _spelled_out(name, text):
            continue  # "ACLU" by "American Civil Liberties Union"
        missing.append(name)
    return missing


def _spelled_out(short: str, text: str) -> bool:
    """Whether `text` writes out a short form in capitalised words its initials spell, minor words and hyphens
    aside: "American Civil Liberties Union" for ACLU, "Anti-Defamation League" for ADL."""
    letters, words = short.lower(), re.findall(r"[A-Za-z]+", text)
    for start, first in enumerate(words):
        if first[0].lower() != letters[0] or not first[0].isupper():
            continue
        initials = ""
        for word in words[start:]:
            if word.lower() in _MINOR and initials:
                continue
            if not word[0].isupper() or not letters.startswith(initials + word[0].lower()):
                break
            initials += word[0].lower()
            if initials == letters:
                return True
    return False


def unnamed_in_article(names: Sequence[tuple[str, str]], article: str | None, *, credits: str = "") -> list[str]:
    """The question's names that a full-length article (with its `credits`: publisher, agency) never
    mentions; none for a short item, which may leave its context unsaid."""
    if not names or not article or len(article.split()) < FULL_ARTICLE_WORDS:
        return []
    return unnamed(names, f"{credits}\n{article}")


def unnamed_penalty(names: Sequence[tuple[str, str]], missing: Sequence[str]) -> float:
    """What answerability loses when the answer's article misses these of the question's `names`."""
    if not missing:
        return 0.0
    return PERSON_PENALTY if any(label == "PERSON" for name, label in names if name in missing) else UNNAMED_PENALTY


def named_in_full(name: str, text: str) -> bool:
    """Whether `text` names `name` with all its words in order: "Roy Lee", not another Lee; an
    honorific may be left out ("Leana Wen" names "Dr. Leana Wen")."""
    words = _norm(name).split()
    words = words[1:] if len(words) > 2 and words[0] in _HONORIFICS else words
    return f" {' '.join(words)} " in f" {_norm(text)} "


def _as_named(name: str, text: str) -> str:
    """A pattern (group "name") of the person `name` as `text` writes it: in full, or by the surname alone where
    `text` names the person in full too ("21-year-old defender Dawson")."""
    named = re.escape(name).replace(r"\ ", r"\s+")
    if named_in_full(name, text):
        named = rf"{named}|{re.escape(name.split()[-1])}"
    return rf"(?P<name>{named})"


def _said_of(pattern: str, name: str, text: str) -> bool:
    """Whether `pattern` (built around `_as_named`) matches `text` where its name is the person's: not a surname
    after another first name ("Tom Rose" for Matthew Rose)."""
    for match in re.finditer(pattern, text):
        before = text[: match.start("name")].split()[-1:]
        other = before and before[0][:1].isupper() and before[0][-1] not in ".!?:;\"”" and (
            before[0].lower() not in _TITLES | {name.split()[0].lower()})
        if not (other and len(match["name"].split()) == 1 and len(name.split()) > 1):
            return True
    return False


# An age set off after a name: "Sarah Radney, 11,".
_SET_OFF_AGE = r"(?:\d{1,3},\s+)?"


def age_stated(name: str, text: str) -> bool:
    """Whether `text` gives the age of the person `name` (two words or more) as news does: "Sarah
    Radney, 11,", "Sarah Radney, a 44-year-old nurse", "44-year-old Sarah Radney"; by the surname
    alone where `text` names the person in full too ("21-year-old defender Dawson")."""
    if len(name.split()) < 2:
        return False
    named = _as_named(name, text)
    return (_said_of(rf"\b{named},\s+(?:an?\s+)?\d{{1,3}}(?:,|-year-old\b)", name, text)
            or _said_of(rf"\b\d{{1,3}}-year-old\s+(?:\w+\s+){{0,3}}{named}\b", name, text))


# "Who is the chair of the Society of Authors?", "Who is the Scotland coach?": a role and whose it is.
_ROLE_OF_RE = re.compile(r"^\s*(?i:who(?:\s+is|\s+was|['’]s)\s+(?:the\s+)?)"
                         r"(?:(?:new|current|former|acting|interim)\s+)?"
                         r"(?:(?P<owner>[A-Z][\w&.'’ -]*?)(?:['’]s?)?\s+)?(?:[a-z-]+\s+){0,2}?"
                         r"(?P<role>[a-z][a-z-]+|CEO|CFO|COO|CTO)"
                         r"(?:\s+(?:of|at|for)\s+(?:the\s+)?(?P<of>[A-Z0-9][\w&.'’ -]*?))?\s*\??\s*$")
_PERSON_NAME = r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+\.?"
# "Who is the Keeper of the Privy Purse?", "Who is the Chautauqua County District Attorney?": a capitalised
# title of something (its owner in it, three words or more), said before the name.
_TITLE_OF_RE = re.compile(r"^\s*(?i:who(?:\s+is|\s+was|['’]s)\s+(?:the\s+)?)"
                          r"(?P<title>[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                          r"|(?:[A-Z][\w'’.-]*\s+){2,5}[A-Z][\w'’-]*)\s*\??\s*$")


# "Who leads the Liberal Democrats?": a doer of something named, whose role news names ("leader").
_DOER_OF_RE = re.compile(r"^\s*(?i:who)\s+(?P<verb>[a-z]+)\s+(?:the\s+)?(?P<of>[A-Z0-9][\w&.'’ -]*?)\s*\??\s*$")


def _role_asked(question: str) -> re.Match[str] | None:
    """A 'who is the X of Y' question's role and its one owner ("Y's X" or "X of Y"), if it asks one;
    "who leads Y" asks Y's leader."""
    match = _ROLE_OF_RE.match(question)
    if match is None and (doer := _DOER_OF_RE.match(question)) is not None and (
            role := doer_role(doer["verb"])) is not None:
        match = _ROLE_OF_RE.match(f"Who is the {role} of {doer['of']}?")
    return match if match is not None and bool(match["owner"]) != bool(match["of"]) else None


def told_asked(question: str) -> bool:
    """Whether a question asks someone's role, workplace or home, which a story may state in so many words."""
    return (_TITLE_OF_RE.match(question) is not None or _role_asked(question) is not None
            or workplace_asked(question) is not None or home_asked(question) is not None)


def _clipped(name: str) -> str:
    """A pattern for a name as news may clip its words: "Liberal Democrat", "Lib Dem" for the Liberal Democrats."""
    def word(w: str) -> str:
        if len(w) < 4 or not w[:3].isalpha():
            return re.escape(w)
        return re.escape(w[:3]) + "".join(f"(?:{re.escape(c)}" for c in w[3:]) + ")?" * (len(w) - 3)
    return r"\s+".join(word(w) for w in name.split())


# Words before a role that make its holder another's: "FDA deputy commissioner Frank Yiannas", "former
# chair Joanne Harris" (no lookahead may pass them in the words before the role).
_NOT_HOLDERS = rf"(?!(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(sorted(_NOT_HOLDING))})\b)"
_NOT_AFTER_HOLDERS = "".join(rf"(?<!{word}\s)(?<!{word}-)" for word in sorted(_NOT_HOLDING))


def role_stated(question: str, text: str) -> bool:
    """Whether `text` names someone as the role a 'who is the X of Y' question asks, of its owner, as
    news does: "Society of Authors chair Joanne Harris", "Joanne Harris, the chair of the Society of
    Authors", "the chair of the Society of Authors, Joanne Harris"; a capitalised title of something
    before the name ("Keeper of the Privy Purse Michael Stevens", "Chautauqua County District Attorney
    Jason Schmidt")."""
    titled = _TITLE_OF_RE.match(question)
    if titled is not None:  # "Keeper of the Privy Purse Michael Stevens"
        title = re.escape(titled["title"]).replace(r"\ ", r"\s+")
        if re.search(rf"\b{title},?\s+{_PERSON_NAME}", text) is not None:
            return True  # (else a role in initials of its owner: "CEO of Disney" as "Disney CEO Bob Chapek")
    match = _role_asked(question)
    if match is None:
        return False
    owner = _clipped(match["owner"] or match["of"])
    # (capitalised as a title: "FDA Commissioner Dr. Robert Califf")
    role = "(?i:(?:co-)?" + re.escape(match["role"]).replace(r"\ ", r"\s+") + ")"
    of = rf"{role}s?\s+(?:of|at|for)\s+(?:the\s+)?{owner}"
    patterns = (rf"\b{owner}(?:['’]s?)?\s+{_NOT_HOLDERS}(?:[a-z-]+\s+){{0,2}}{role}s?,?\s+{_PERSON_NAME}",
                rf"\b{_PERSON_NAME},\s+(?:the\s+|an?\s+)?{_NOT_HOLDERS}(?:[a-z-]+\s+){{0,3}}{of}\b",
                rf"\b{_NOT_AFTER_HOLDERS}{of},\s+{_PERSON_NAME}")
    return any(re.search(pattern, text) for pattern in patterns)


def _placed(name: str | None, text: str, place: str) -> bool:
    """Whether `text`, naming the person `name` in full, places them right after the name (and an age set off)
    as the pattern `place` says, before a capitalised name."""
    if name is None or not named_in_full(name, text):
        return False
    return _said_of(rf"\b{_as_named(name, text)},?\s+{_SET_OFF_AGE}(?:{place})\s+(?:the\s+)?[A-Z]", name, text)


def workplace_stated(question: str, text: str) -> bool:
    """Whether `text` says where the person a 'where does X work' question names works, as news does
    beside the name: "Jim Reid, a strategist at Deutsche Bank", "Dr. Sara Watle of the NIPH"."""
    # "in" only after a title ("a professor in the School of Nursing"): "who lives in Buffalo" is no workplace; nor
    # is "from" ("a systems analyst from Holland, Michigan": a home).
    return _placed(workplace_asked(question), text,
                   r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?(?:at|of|with|for)|(?:an?|the)\s+(?:[\w-]+\s+){1,4}?in")


def home_stated(question: str, text: str) -> bool:
    """Whether `text` says where the person a 'where is X from' question names is from, as news does beside
    the name: "Rose, 53, a systems analyst from Holland, Michigan", "Jane Doe, of Austin", "Doe, who lives in
    Austin"."""
    return _placed(home_asked(question), text,
                   r"of|from|(?:an?|the)\s+(?:[\w-]+\s+){1,4}?from|who\s+(?:lives|lived)\s+in")
