"""A question typed in lower case, written with the capitals its evidence gives its names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

# spaCy's stop words, as the lexical index reads them: "us", "who", "may" stay common words, whatever
# "US", "WHO", "May" the news writes.
from retrieval.lexical import _stop_set as _stop_words

# A word, with the hyphens, apostrophes and dots inside it: "al-haq", "u.s", "o'brien"; not a possessive's
# ("rankine" of "rankine's").
_WORD_RE = re.compile(r"\w+(?:[-.]\w+|['’](?![sS]\b)\w+)*")
# Where a sentence (or a line, a quote) opens: its first word's capital says nothing of the word.
_OPENING_RE = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*)$")
# Lower-case words inside a name: "Bank of England", "Fernando de la Rúa".
_MINOR = frozenset({"of", "for", "and", "the", "on", "de", "du", "da", "del", "la", "le", "van", "von", "bin", "al"})
LONGEST_NAME = 6  # words


def uncased(question: str) -> bool:
    """Whether a question has no capital past its first letter: typed in lower case, as chat often is."""
    return question[1:] == question[1:].lower() and any(c.isalpha() for c in question)


def truecased(question: str, texts: Sequence[str]) -> str:
    """The question with its names written as `texts` mostly write them ("who leads asaib ahl al-haq?"
    → "Who leads Asaib Ahl al-Haq?"); unchanged unless `uncased`.

    Only a whole name is one: "national park" of "near which national park?" stays as typed, though
    the texts write "Yosemite National Park"; and a name the texts write more often in lower case
    is no name ("the bank", though "the Bank said").
    """
    if not uncased(question):
        return question
    words = list(_WORD_RE.finditer(question))
    keys = [w.group().lower() for w in words]
    # Where each run of words side by side ends: a name is found within one.
    ends = [next(j for j in range(i, len(words)) if j + 1 == len(words) or not _joined(question, words[j],
                                                                                       words[j + 1])) + 1
            for i in range(len(words))]
    phrases = {tuple(keys[i:j]) for i in range(len(words)) for j in range(i + 1, min(ends[i], i + LONGEST_NAME) + 1)}
    forms: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
    for text in texts:
        for run in _runs(text):
            for name in _said_as(run):
                key = tuple(word.lower() for word in name)
                if key in phrases and not _stop_words().issuperset(key):
                    forms.setdefault(key, Counter())[name] += 1
    written = [w.group() for w in words]
    taken = [False] * len(words)
    for key in sorted(forms, key=len, reverse=True):  # "Asaib Ahl al-Haq" before "Haq" alone
        (form, count), = forms[key].most_common(1)
        lower = _lower_phrase(key)
        if count <= sum(len(lower.findall(text)) for text in texts):
            continue
        for i in range(len(words) - len(key) + 1):
            if tuple(keys[i : i + len(key)]) == key and ends[i] >= i + len(key) and not any(taken[i : i + len(key)]):
                written[i : i + len(key)] = form
                taken[i : i + len(key)] = [True] * len(key)
    cased = question
    for match, word in reversed(list(zip(words, written, strict=True))):
        cased = cased[: match.start()] + word + cased[match.end() :]
    return cased[:1].upper() + cased[1:]


def _said_as(run: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A name as a question may give it: whole, without the titles before it ("Joe Biden" of "President
    Joe Biden"), or a person's first name and surname alone ("William Rankine" of "William John
    Macquorn Rankine")."""
    bare = run
    while len(bare) > 1 and bare[0].lower().rstrip(".") in _titles():
        bare = bare[1:]
    return {run, bare, *([(bare[0], bare[-1])] if len(bare) > 2 else [])}


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from qa.extractive import _PERSON_WORDS  # (here: extractive reads `uncased` of this module)

    return frozenset(_PERSON_WORDS) | {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "gov",
                                       "sen", "prime"}


def _joined(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two words of a text stand side by side, only spaces between."""
    return not text[first.end() : second.start()].strip()


def _lower_phrase(key: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a name written in lower case, side by side: "national park" of "a national park"."""
    return re.compile(r"(?<![\w'’.-])" + r"\s+".join(map(re.escape, key)) + r"(?![\w'’-])")


def _runs(text: str) -> Iterator[tuple[str, ...]]:
    """The names a text writes in capitals, word by word: "Asaib Ahl al-Haq", "Bank of England"."""
    run: list[re.Match[str]] = []
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if run and not _joined(text, run[-1], match):  # punctuation between ends a name
            yield from _named(text, run)
            run = []
        if word != word.lower() or (run and word in _MINOR):
            run.append(match)
        else:
            yield from _named(text, run)
            run = []
    yield from _named(text, run)


def _named(text: str, run: list[re.Match[str]]) -> Iterator[tuple[str, ...]]:
    """The name a run of capital words writes, without common words opening it ("The", "In"); none
    for one word opening a sentence, whose capital says nothing ("Officials said")."""
    while run and run[-1].group() in _MINOR:
        run = run[:-1]
    opening = bool(run) and bool(_OPENING_RE.search(text[max(0, run[0].start() - 3) : run[0].start()]))
    while run and run[0].group().lower() in _stop_words():
        run, opening = run[1:], False
    if run and not (len(run) == 1 and opening):
        yield tuple(match.group() for match in run)
