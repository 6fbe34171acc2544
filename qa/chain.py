"""The QA chain: question (+ history) → retrieval → answerer → verification → `Answer`."""

from __future__ import annotations

import logging
import queue
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newsdesk.settings import Settings, get_settings
from qa.casing import truecased, uncased
from qa.coverage import (
    age_stated,
    home_stated,
    named_in_full,
    question_names,
    role_stated,
    told_asked,
    unnamed_in_article,
    unnamed_penalty,
    workplace_stated,
)
from qa.evidence import EvidencePool, Scored
from qa.extractive import QUOTE_SPAN, Draft, ExtractiveAnswerer
from qa.llm import REFUSAL, LLMAnswerer
from qa.models import Answer, Citation
from qa.question import Question, analyze, reported_until, resolve_followup
from qa.verify import verify
from qa.when import spelled
from retrieval import Hit, Retriever
from retrieval.articles import parse_day
from retrieval.sentences import parse

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable

log = logging.getLogger(__name__)

History = Sequence["tuple[str, str] | Answer"]
MIN_SUPPORT = 0.4  # a cited passage must hold a sentence supporting the claim at least this well
# A date filter is kept when a dated passage's cosine to the question reaches this, unless a passage from
# outside the period naming its year is closer by LATER_MARGIN.
DATED_MATCH = 0.32
LATER_MARGIN = 0.15
RELATED = 3
# How much better (in support, article rank aside) a sentence of an article naming all the question's
# names must be than the best one, of an article missing one, to answer instead (benchmarks/README.md).
NAMED_MARGIN = 0.1


def _pairs(history: History, turns: int) -> list[tuple[str, str]]:
    pairs = []
    for turn in list(history)[-turns:] if turns else []:
        if isinstance(turn, Answer):
            pairs.append((turn.resolved_question or turn.question, turn.short_answer or turn.text))
        else:
            question, reply = turn
            pairs.append((str(question), str(reply)))
    return pairs


def _person(texts: Sequence[str]) -> str | None:
    """The person named by the first of `texts` that names exactly one."""
    for doc in parse(texts):
        people = {e.text for e in doc.ents if e.label_ == "PERSON"}
        if len(people) == 1:
            return people.pop()
    return None


def _first(hits: Sequence[Hit], article_id: str) -> list[Hit]:
    """The hits with one article's first, in their order otherwise."""
    return [h for h in hits if h.article_id == article_id] + [h for h in hits if h.article_id != article_id]


def _tells(question: str, story: str) -> bool:
    """Whether a story says in so many words what a question about someone's role, workplace or home asks."""
    return role_stated(question, story) or workplace_stated(question, story) or home_stated(question, story)


def answerability(ranked: Sequence[Scored], hits: Sequence[Hit]) -> float:
    """How well the evidence supports answering at all: the best sentence and passage together."""
    # Sentence support alone sets thresholds far apart on questions that reuse the articles'
    # words (SQuAD) and news-quiz ones (RealTime QA); weighing in the cosines of the best
    # sentence and best passage brings them together (benchmarks/README.md, "Abstention").
    best = max(ranked, key=lambda s: s.score)
    passage = max((h.dense_score or 0.0) for h in hits) if hits else 0.0
    return 0.2 * best.score + 0.4 * best.dense + 0.4 * passage


class QAChain:
    """Answers questions over one retriever with the configured answerer."""

    def __init__(self, retriever: Retriever, *, settings: Settings | None = None,
                 answerer: LLMAnswerer | None = None):
        self.retriever = retriever
        self.settings = settings or retriever.settings
        self.extractive = ExtractiveAnswerer()
        if answerer is None and self.settings.llm:
            answerer = LLMAnswerer.from_settings(self.settings)
        self.llm = answerer

    # ------------------------------------------------------------------ public

    def answer(self, question: str, *, history: History = (),
               on_token: Callable[[str], None] | None = None, as_of: date | str | None = None) -> Answer:
        """The verified answer to `question`, reading `history` for follow-ups.

        `as_of` asks on an earlier day: "this week" means that day's week, later articles are unseen.
        """
        text = " ".join(question.split())
        if not text:
            raise ValueError("the question is empty")
        asked_on = date.fromisoformat(day) if (day := parse_day(as_of, "as_of")) else None
        typed = text  # what the answer says was asked
        if uncased(text):
            # "who leads asaib ahl al-haq?": the tagger finds names by their capitals, so the question is
            # read as its likeliest articles write its words (one search more, for questions typed so).
            hits = self.retriever.search(text, self.settings.answer_passages, as_of=asked_on)
            text = truecased(text, [hit.text for hit in hits])
        pairs = _pairs(history, self.settings.history_turns)
        # Newest first: the last answer, then the last question, then older turns.
        recent = [t for pair in reversed(pairs) for t in (pair[1], pair[0])]
        resolved = resolve_followup(text, pairs, person=_person(recent) if pairs else None)
        info = analyze(resolved, asked_on=asked_on or date.today())
        # The expected type comes from what was asked ("When was that?"), dates from the whole.
        info = replace(info, expected=analyze(text).expected or info.expected)
        names = question_names(resolved)
        scores: list[float] = []  # of each evidence tried: abstention is decided on the best
        missing: list[str] = []  # the question's names the last evidence's answer article never mentions
        told: list[Scored] = []  # the answer article's sentences saying in so many words the role asked
        evidence = self._retrieve(info, asked_on)
        day = asked_on or date.today()
        # A named period ("in 2019") asks about its own time, however long ago.
        live = not (info.since and not info.relative) and self._follows_news(day)
        stale: date | None = None  # the day of the last evidence's answer article, when that counted against it
        aged = 0.0  # what its age cost
        focus = text if resolved != text else None  # a follow-up's own words must match
        for hits, dated in evidence:
            asked = info.undated if dated else resolved
            pool, ranked = self._rank_evidence(hits, asked, focus)
            if info.described:
                # "Who is Roy Lee?" is answered by what an article naming Roy Lee says, not David Lee's
                # story; naming him, it says who he is, however little the name alone resembles it.
                naming = {n for n, hit in enumerate(hits) if named_in_full(info.described, self._text(hit))}
                ranked = [s for s in ranked if s.sentence.hit in naming]  # each hit read once, not each sentence
                missing = [] if ranked else [info.described]
                scores.append(max(answerability(ranked, hits), self.settings.abstain_threshold) if ranked else 0.0)
            elif ranked:
                told = []
                answering = hits[ranked[0].sentence.hit]
                missing = self._unnamed(names, answering)
                doubted = missing  # what costs answerability: the names the retriever's first answer misses
                if missing and (naming := self._first_of(hits, ranked, lambda hit: not self._unnamed(names, hit),
                                                         skip=answering.article_id)) is not None and (
                        naming.score >= ranked[0].score):
                    # The best article never names whom the question asks about, and another names them
                    # all in a sentence supporting the question better: the retriever ranked a topic above
                    # the question's own names ("Whose podcast did Manuel appear on?" first found a
                    # smartphone column's podcast). That article answers; unless clearly better, at the
                    # missing names' cost (a stray article naming Boris Johnson answers nothing).
                    doubted = [] if naming.score >= ranked[0].score + NAMED_MARGIN else doubted
                    hits, pool, ranked = self._led_by(hits, naming, asked, focus)
                    answering, missing = hits[ranked[0].sentence.hit], []
                stale, aged = self._stale(answering, day) if live else (None, 0.0)
                if aged and (fresh := self._first_of(hits, ranked, lambda hit: not self._stale(hit, day)[1]
                                                     and not self._unnamed(names, hit))) is not None and (
                        fresh.score >= ranked[0].score):
                    # The best article is past the week, and one of the week's naming all the question's names
                    # holds a sentence supporting it as well: a news question asked now is about the week's news
                    # ("Which TV station posted the Facebook poll?" found a 2015 story of a TV station's video).
                    hits, pool, ranked = self._led_by(hits, fresh, asked, focus)
                    answering = hits[ranked[0].sentence.hit]
                    missing = doubted = self._unnamed(names, answering)
                    stale, aged = self._stale(answering, day)
                story = self._text(answering)
                if not missing and told_asked(resolved) and not _tells(resolved, story) and (telling := self._first_of(
                        hits, ranked, lambda hit: not self._unnamed(names, hit) and _tells(resolved, self._text(hit)),
                        skip=answering.article_id)) is not None:
                    # Another article says in so many words who holds the role asked, or where one works or is
                    # from: "Who is Walmart's CEO?" first found a 2017 Sears story, the week's says "Walmart CEO
                    # Doug McMillon".
                    hits, pool, ranked = self._led_by(hits, telling, asked, focus)
                    answering = hits[ranked[0].sentence.hit]
                    story, missing, doubted = self._text(answering), [], []
                    stale, aged = self._stale(answering, day) if live else (None, 0.0)
                tells = not missing and told_asked(resolved) and _tells(resolved, story)
                if tells:
                    hits, pool, ranked, told = self._telling(hits, answering.article_id, resolved, asked, focus,
                                                             pool, ranked)
                scores.append(answerability(ranked, hits) - unnamed_penalty(names, doubted)
                              - aged)
                if tells or (info.age and any(age_stated(name, story) for name, label in names if label == "PERSON")):
                    # "How old was Sarah Radney?", "Who is the chair of the Society of Authors?": the
                    # question resembles little of "Sarah Radney, 11,", "Society of Authors chair
                    # Joanne Harris", "Jim Reid, a strategist at Deutsche Bank", which answer it.
                    scores[-1] = max(scores[-1], self.settings.abstain_threshold)
            if scores and scores[-1] >= self.settings.abstain_threshold:  # earlier ones fell short
                break
        score = max(scores, default=None)
        resolved_out = resolved if resolved != text else None
        if score is None or score < self.settings.abstain_threshold:
            return self._abstain(typed, pool, ranked, resolved_out, self._name(), score=score, missing=missing,
                                 stale=stale)

        draft: Draft | None
        if self.llm is None:
            # A sentence that says who holds the role asked answers it, however little else it shares.
            draft = self._extract(info, pool, told or ranked)
        else:
            try:
                candidate = self.llm.run(info, hits, on_token=on_token)
            except Exception as exc:  # an endpoint error or timeout: answer offline instead
                log.warning("LLM %s failed (%s: %s); answering extractively", self.llm.name,
                            type(exc).__name__, str(exc)[:200])
                draft = self._extract(info, pool, ranked, fallback_from=(self.llm.name, exc))
            else:
                draft = verify(candidate, pool, min_support=MIN_SUPPORT, check_support=True)
                if draft is None and _refused(candidate.text):
                    return self._abstain(typed, pool, ranked, resolved_out, self.llm.name, candidate.notes,
                                         score=score)
                if draft is None:  # an answer the passages do not support: say what they do
                    log.warning("LLM %s answer failed verification; answering extractively", self.llm.name)
                    draft = self._extract(info, pool, ranked, fallback_from=(
                        self.llm.name, ValueError("its answer is not supported by the articles")))
        if draft is None:
            return self._abstain(typed, pool, ranked, resolved_out, self._name(), score=score)
        answer_text, citations = self._number(draft, hits)
        return Answer(question=typed, text=answer_text, short_answer=draft.short_answer,
                      citations=citations, abstained=False, answerer=draft.answerer,
                      resolved_question=resolved_out, notes=list(draft.notes), answerability=score)

    def stream(self, question: str, *, history: History = (),
               as_of: date | str | None = None) -> Iterator[str | Answer]:
        """Model output as it arrives (LLM answerers), then the verified Answer last."""
        events: queue.Queue[str | Answer | BaseException] = queue.Queue()

        def work() -> None:
            try:
                events.put(self.answer(question, history=history, on_token=events.put, as_of=as_of))
            except BaseException as exc:  # handed to the consumer below
                events.put(exc)

        threading.Thread(target=work, daemon=True, name="qa-stream").start()
        while True:
            event = events.get()
            if isinstance(event, BaseException):
                raise event
            yield event
            if isinstance(event, Answer):
                return

    def as_runnable(self) -> Runnable:
        """A LangChain Runnable: input a question string or {"question", "history", "as_of"}, output Answer."""
        from langchain_core.runnables import RunnableLambda

        def run(value: str | dict) -> Answer:
            if isinstance(value, str):
                return self.answer(value)
            return self.answer(value["question"], history=value.get("history", ()), as_of=value.get("as_of"))

        return RunnableLambda(run, name="newsdesk_answer")

    # ------------------------------------------------------------------ steps

    def _name(self) -> str:
        return self.llm.name if self.llm is not None else self.extractive.name

    def _unnamed(self, names: Sequence[tuple[str, str]], hit: Hit) -> list[str]:
        """The question's names that the answer's article, if a full one, never mentions.

        Its publisher and agency count as named: "according to the Times" is answered by the Times' story.
        """
        if not names:
            return []
        credits = " ".join(filter(None, (hit.source, hit.agency, hit.dateline)))
        return unnamed_in_article(names, self._text(hit), credits=credits)

    def _led_by(self, hits: list[Hit], scored: Scored, asked: str,
                focus: str | None) -> tuple[list[Hit], EvidencePool, list[Scored]]:
        """The hits with `scored`'s article first, and their pool and ranking for answering `asked`."""
        hits = _first(hits, hits[scored.sentence.hit].article_id)
        return (hits, *self._rank_evidence(hits, asked, focus))

    def _telling(self, hits: list[Hit], article_id: str, question: str, asked: str, focus: str | None,
                 pool: EvidencePool, ranked: list[Scored],
                 ) -> tuple[list[Hit], EvidencePool, list[Scored], list[Scored]]:
        """The evidence, and the answer article's sentences in it saying in so many words the role, workplace
        or home asked, its passage saying so added where no retrieved one does ("Lib Dem leader Charles
        Kennedy" sat in a passage the search for "Who leads the Liberal Democrats?" ranked below others)."""
        if not any(h.article_id == article_id and _tells(question, h.text) for h in hits):
            telling = next((p for p in self.retriever.article_passages(article_id) if _tells(question, p.text)), None)
            if telling is None:  # said across two passages: nothing to quote it from
                return hits, pool, ranked, []
            at = next(n for n, h in enumerate(hits) if h.article_id == article_id) + 1
            hits = [*hits[:at], telling, *hits[at:]]
            pool, ranked = self._rank_evidence(hits, asked, focus)
        return hits, pool, ranked, [s for s in ranked if hits[s.sentence.hit].article_id == article_id
                                    and _tells(question, s.sentence.text)]

    def _rank_evidence(self, hits: list[Hit], asked: str, focus: str | None) -> tuple[EvidencePool, list[Scored]]:
        """The pool of these hits' sentences, and its sentences ranked for answering `asked`."""
        pool = EvidencePool(hits, self.retriever.embedder, self.retriever.term_weights, self.retriever.sentences)
        return pool, pool.rank(asked, focus=focus, for_answer=True)

    @staticmethod
    def _first_of(hits: Sequence[Hit], ranked: Sequence[Scored], accept: Callable[[Hit], bool],
                  skip: str | None = None) -> Scored | None:
        """The best-ranked sentence whose article `accept` takes; each article judged once, `skip` never."""
        judged = {skip}
        for scored in ranked:
            hit = hits[scored.sentence.hit]
            if hit.article_id not in judged:
                judged.add(hit.article_id)
                if accept(hit):
                    return scored
        return None

    def _text(self, hit: Hit) -> str:
        """The headline and full text of a hit's article (the passage alone if the catalog lacks it)."""
        return f"{hit.title}\n{self.retriever.article_text(hit.article_id) or hit.text}"

    def _extract(self, info: Question, pool: EvidencePool, ranked: list[Scored],
                 fallback_from: tuple[str, Exception] | None = None) -> Draft | None:
        """The extractive answer, checked; marked as a fallback when an LLM failed."""
        draft = verify(self.extractive.run(info, pool, ranked), pool, min_support=MIN_SUPPORT,
                       check_support=False)
        if draft is None or fallback_from is None:
            return draft
        name, exc = fallback_from
        note = f"{name} failed ({type(exc).__name__}: {exc}); answered extractively"
        return replace(draft, answerer=f"{self.extractive.name} (fallback)", notes=draft.notes + (note,))

    def _retrieve(self, info: Question, as_of: date | None) -> list[tuple[list[Hit], bool]]:
        """Evidence to answer from, best first: hits, and whether they are restricted to the dates asked.

        A named period ("in 2019") is searched in articles from its start to one period's length
        after its end, where its news is reported. The date filter is kept only when it finds
        passages that match the question well; a year can name a background event's time. Without one,
        the week's articles come first when about as relevant as the best of all dated ones: news
        questions are mostly about the news, and a week-old story can be superseded.
        """
        k = self.settings.answer_passages
        if info.since and info.until:  # question.py sets both or neither
            until = info.until if info.relative else reported_until(info.since, info.until)
            until = min(until, as_of.isoformat()) if as_of else until
            dated = self.retriever.search(info.undated, k, since=info.since, until=until, as_of=as_of)
            if dated and info.relative:
                return [(dated, True)]
            if dated and _best(dated) >= DATED_MATCH:
                hits = self.retriever.search(info.text, k, as_of=as_of)
                top = max(hits, key=lambda h: h.dense_score or 0.0, default=None)
                if not (top is not None and (top.dense_score or 0.0) >= _best(dated) + LATER_MARGIN
                        and _names_period(top.text, info.since, info.until)):
                    return [(dated, True)]
                # Reported later: "How many pedestrians were killed in 2016?" is answered by a 2018 story
                # of "2016, the latest year for which numbers are available", far closer than 2016's news.
                return [(hits, False)]
        hits = self.retriever.search(info.text, k, as_of=as_of)
        days = self.settings.recent_days
        if days and hits:
            day = as_of or date.today()
            recent = self.retriever.search(info.text, k, since=day - timedelta(days=days - 1), until=day)
            # An article without a date tells no time to stand before the week's news with.
            dated = [h for h in hits if h.date]
            if recent and (not dated or _best(recent) >= _best(dated) - self.settings.recent_margin):
                return [(recent, False), (hits, False), *self._naming(info, [*recent, *hits], as_of)]
        return [(hits, False), *self._naming(info, hits, as_of)]

    def _naming(self, info: Question, hits: list[Hit], as_of: date | None) -> list[tuple[list[Hit], bool]]:
        """For "Who is X?" where no hit names X in full, the passages naming X by its words alone."""
        # The question is little more than the name, so the embedding finds namesakes ("Deshaun Watson" for
        # Adrienne Watson) and a one-mention name's rare word may not lift its passage above them.
        if not info.described or any(named_in_full(info.described, self._text(h)) for h in hits):
            return []
        named = self.retriever.search(info.described, self.settings.answer_passages, mode="bm25", as_of=as_of)
        return [(named, False)] if named else []

    def _follows_news(self, day: date) -> bool:
        """Whether the index holds an article of the `recent_days` up to `day`: it follows the news then."""
        days = self.settings.recent_days
        newest = self.retriever.newest_date(day) if days and self.settings.stale_days else None
        return newest is not None and (day - date.fromisoformat(newest)).days < days

    def _stale(self, hit: Hit, day: date) -> tuple[date | None, float]:
        """The day of the hit's article if it is older than the asking week, and what its age costs.

        Past the week it loses `stale_penalty`; past `stale_days`, twice that: a news question asked
        now is about the news, and an older story on its topic mostly answers it wrongly. An article
        without a date loses it once, as one past the week.
        """
        if not hit.date:  # of no known time, so not known to be the week's news
            return None, self.settings.stale_penalty
        published = date.fromisoformat(hit.date)
        age = (day - published).days
        steps = (age >= self.settings.recent_days) + (age > self.settings.stale_days)
        return (published, steps * self.settings.stale_penalty) if steps else (None, 0.0)

    def _abstain(self, question: str, pool: EvidencePool, ranked: list[Scored],
                 resolved: str | None, answerer: str, notes: Sequence[str] = (), *,
                 score: float | None = None, missing: Sequence[str] = (), stale: date | None = None) -> Answer:
        """The refusal with the closest articles, saying which of the question's names the closest never
        mentions, or how old it is."""
        related: list[Citation] = []
        seen: set[str] = set()
        for scored in ranked:
            hit = pool.hits[scored.sentence.hit]
            if hit.article_id in seen:
                continue
            seen.add(hit.article_id)
            related.append(_citation(len(related) + 1, hit, scored.sentence.start, scored.sentence.end))
            if len(related) == RELATED:
                break
        text = f"{REFUSAL} The closest article never mentions {_listed(missing)}." if missing else REFUSAL
        if stale and not missing:
            text = f"{REFUSAL} The closest article is from {spelled(stale, weekday=False)}."
        return Answer(question=question, text=text, short_answer=None, citations=[],
                      abstained=True, answerer=answerer, related=related,
                      resolved_question=resolved, notes=list(notes), answerability=score)

    @staticmethod
    def _number(draft: Draft, hits: Sequence[Hit]) -> tuple[str, list[Citation]]:
        """Markers renumbered 1, 2, ... by article in order of first use, with a Citation per quoted passage.

        Passages of one article share its number: the reader sees one source with its quotes.
        """
        numbers: dict[str, int] = {}  # article → its number
        order: dict[int, int] = {}  # hit → its article's number
        for match in re.finditer(r"\[(\d+)\]", draft.text):
            hit = int(match.group(1)) - 1
            if hit in draft.quotes and hit not in order:
                order[hit] = numbers.setdefault(hits[hit].article_id, len(numbers) + 1)
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{order[int(m.group(1)) - 1]}]"
                      if int(m.group(1)) - 1 in order else "", draft.text)
        text = re.sub(r"(\[\d+\])(?:\s*\1)+", r"\1", text)  # one article's passages side by side: one marker
        citations = []
        for hit_index, n in sorted(order.items(), key=lambda item: item[1]):
            first, *others = draft.quotes[hit_index]  # the first quoted is the one that matters most
            start, end = first
            for s, e in sorted(others, key=lambda span: abs(span[0] - first[0])):
                if max(end, e) - min(start, s) <= QUOTE_SPAN:  # one quote spans at most this much
                    start, end = min(start, s), max(end, e)
            citations.append(_citation(n, hits[hit_index], start, end))
        return re.sub(r"\s{2,}", " ", text).strip(), citations


def _names_period(text: str, since: str, until: str) -> bool:
    """Whether a text names a year of the period from `since` to `until` (ISO dates)."""
    return any(re.search(rf"\b{year}\b", text) for year in range(int(since[:4]), int(until[:4]) + 1))


def _best(hits: Sequence[Hit]) -> float:
    """The best dense (cosine) score among hits."""
    return max((h.dense_score or 0.0) for h in hits)


def _listed(names: Sequence[str]) -> str:
    """Names as prose: "A", "A or B", "A, B or C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _refused(text: str) -> bool:
    """Whether a model reply is the refusal the prompt asks for."""
    return "don't say" in text.lower() or "do not say" in text.lower() or not text.strip()


def _citation(n: int, hit: Hit, start: int, end: int) -> Citation:
    quote = hit.text[start - hit.start : end - hit.start]
    return Citation(n=n, article_id=hit.article_id, passage_id=hit.passage_id, title=hit.title,
                    headline=hit.headline, source=hit.source, date=hit.date, url=hit.url,
                    quote=quote, start=start, end=end)


_default: dict[tuple[str, str], QAChain] = {}
_default_lock = threading.Lock()


def default_chain(settings: Settings | None = None) -> QAChain:
    """The chain over the settings' index (built first if missing or stale), one per process."""
    from retrieval.build import ensure_index

    settings = settings or get_settings()
    key = (str(settings.index), settings.llm)
    with _default_lock:
        if key not in _default:
            ensure_index(None if (settings.index / "CURRENT").exists() else settings.corpus,
                         settings.index, settings=settings)
            _default[key] = QAChain(Retriever.open(settings.index, settings=settings), settings=settings)
        return _default[key]


def answer(question: str, *, history: History = (), retriever: Retriever | None = None,
           as_of: date | str | None = None) -> Answer:
    """Answer a question over the news index, with verified numbered citations."""
    chain = QAChain(retriever) if retriever is not None else default_chain()
    return chain.answer(question, history=history, as_of=as_of)
