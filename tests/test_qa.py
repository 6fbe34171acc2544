"""The offline QA chain on the seed: short answers, verbatim quotes, abstention, follow-ups, dates."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from langchain_core.runnables import Runnable

import qa
from qa import Answer, QAChain
from retrieval import Hit, Retriever, build_index
from tests.conftest import SEED_ID, SEEDS, make_settings

WITHDRAWAL_2011 = """Last U.S. troops leave Iraq

- Associated Press - Sunday, December 18, 2011

KUWAIT CITY (AP) - The last convoy of American soldiers rolled across the border into Kuwait on \
Sunday, ending the war. About 500 U.S. troops had remained in Iraq in the final days, commanders said.
"""


@pytest.fixture(scope="module")
def seed_chain(seed_index: Path, embedder) -> QAChain:  # type: ignore[no-untyped-def]
    settings = make_settings(seed_index.parent, index=seed_index)
    return QAChain(Retriever.open(seed_index, settings=settings, embedder=embedder), settings=settings)


def _check_quotes(answer: Answer, chain: QAChain) -> None:
    original = (SEEDS / SEED_ID).read_text(encoding="utf-8")
    for citation in answer.citations + answer.related:
        text = chain.retriever.article_text(citation.article_id)
        assert text is not None and text[citation.start : citation.end] == citation.quote
        if citation.article_id == SEED_ID:
            assert citation.quote in original
        assert "Copyright" not in citation.quote and "comment policy" not in citation.quote


@pytest.mark.parametrize(
    ("question", "short", "quoted"),
    [
        ("Who leads Asaib Ahl al-Haq?", "Qais al-Khazali", "Qais al-Khazali, head of Asaib Ahl al-Haq"),
        ("How many U.S. troops are in Iraq?", "5,200", "no plans to withdraw the 5,200 troops"),
        ("When did American forces withdraw from Iraq?", "2011", "American forces withdrew in 2011"),
    ],
)
def test_seed_questions(seed_chain: QAChain, question: str, short: str, quoted: str) -> None:
    answer = seed_chain.answer(question)
    assert not answer.abstained and answer.answerer == "extractive"
    assert answer.short_answer == short
    assert answer.text.startswith(short) and "[1]" in answer.text
    assert answer.answerability is not None and answer.answerability >= seed_chain.settings.abstain_threshold
    assert quoted in answer.citations[0].quote
    first = answer.citations[0]
    assert (first.n, first.article_id, first.source, first.date) == (
        1, SEED_ID, "The Washington Times", "2019-01-28")
    _check_quotes(answer, seed_chain)


def test_unanswerable_question_abstains_with_closest_articles(seed_chain: QAChain) -> None:
    answer = seed_chain.answer("Who won the 2018 World Cup?")
    assert answer.abstained and answer.citations == [] and answer.short_answer is None
    assert answer.text.startswith("The articles don't say")
    assert answer.answerability is not None and answer.answerability < seed_chain.settings.abstain_threshold
    assert [r.article_id for r in answer.related] == [SEED_ID]
    _check_quotes(answer, seed_chain)


def test_a_question_about_someone_the_article_never_names_abstains(seed_chain: QAChain) -> None:
    from qa.coverage import PERSON_PENALTY

    # The seed is about Qais al-Khazali's call for a withdrawal vote: close in topic, but not Sadr's words.
    answer = seed_chain.answer("What did Moqtada al-Sadr say about the withdrawal of U.S. troops from Iraq?")
    assert answer.abstained and answer.short_answer is None
    assert answer.text == "The articles don't say. The closest article never mentions Moqtada al-Sadr."
    assert answer.answerability is not None
    assert answer.answerability + PERSON_PENALTY >= seed_chain.settings.abstain_threshold  # topic alone would answer
    assert [r.article_id for r in answer.related] == [SEED_ID]
    named = seed_chain.answer("What did Qais al-Khazali say about the withdrawal of U.S. troops from Iraq?")
    assert not named.abstained


def test_followup_resolves_the_person(seed_chain: QAChain) -> None:
    first = seed_chain.answer("Who leads Asaib Ahl al-Haq?")
    answer = seed_chain.answer("What did he say about parliament?", history=[first])
    assert answer.resolved_question == "What did Qais al-Khazali say about parliament?"
    assert not answer.abstained
    assert "parliament" in answer.citations[0].quote
    when = seed_chain.answer("When was he jailed?", history=[("Who leads Asaib Ahl al-Haq?", "Qais al-Khazali")])
    assert when.short_answer is not None and "2007" in when.short_answer


def test_about_now_is_anchored_to_the_article_date(seed_chain: QAChain) -> None:
    answer = seed_chain.answer("How many U.S. troops are in Iraq now?")
    assert answer.short_answer == "5,200"
    assert "as of 2019-01-28" in answer.text


def _chain_over(tmp: Path, embedder, articles: dict[str, str], *, seed: bool = False) -> QAChain:  # type: ignore[no-untyped-def]
    """A chain over a fresh index of these articles (file name: text), beside the seed article if asked."""
    corpus = tmp / "corpus"
    corpus.mkdir()
    if seed:
        shutil.copy(SEEDS / SEED_ID, corpus / SEED_ID)
    for name, text in articles.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = make_settings(tmp)
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    return QAChain(Retriever.open(settings.index, settings=settings, embedder=embedder), settings=settings)


def test_an_article_naming_the_person_asked_about_answers_over_a_closer_topic(  # type: ignore[no-untyped-def]
        tmp_path: Path, embedder) -> None:
    podcasts = ("Ten podcasts worth a listen this autumn\n\nPublished: 2020-09-10\n\n"
                "Podcast listening keeps growing, and every week brings a new podcast to try. "
                "The best podcasts appear on every chart, and their hosts appear on each other's shows. "
                "A good podcast needs a host who listens, a guest worth hearing and an editor who cuts. "
                "Our favourite podcast this month is a weekly show about gardening, which appears every Friday. "
                "Another podcast follows two brothers who appear to know everything about old films. "
                "Most podcasts are free to download, and many appear on several apps at once. "
                "To get a podcast, search for its name in your app and press subscribe. "
                "Some podcasts make money from advertising, others from listeners who pay a monthly fee. "
                "Whatever you like, there is a podcast for it, and a new episode appears almost every day.\n")
    budget = ("University athletics brace for a budget crisis\n\nPublished: 2020-09-13\n\n"
              "The university's athletic department began bracing for impact months before the season began. "
              "Athletic director Dana Whitfield presented her annual budget to the board of regents in June. "
              "She planned for a $26 million deficit for the department, before the conference postponed football. "
              "“The impact is upwards of almost half our budget,” Whitfield estimated recently, during an "
              "appearance on Jon Jansen's podcast. "
              "Football generated a $74 million surplus during the last fiscal year, the most recent on record. "
              "The department expects its revenue of nearly $200 million to be slashed in half this year. "
              "Whitfield figured the department would lose half of its ticket sales among all sports. "
              "She also expects to lose $17 million in donor gifts that come with season tickets. "
              "Coaches and staff have taken pay cuts, and several sports may be cut for good.\n")
    chain = _chain_over(tmp_path, embedder, {"podcasts.txt": podcasts, "budget.txt": budget})
    question = "Whose podcast did Whitfield appear on?"
    # The retriever ranks the article about podcasts first; it never names Whitfield, and the other does.
    assert chain.retriever.search(question, 4, as_of="2020-09-13")[0].article_id == "podcasts.txt"
    answer = chain.answer(question, as_of="2020-09-13")
    assert answer.short_answer == "Jon Jansen"
    assert {c.article_id for c in answer.citations} == {"budget.txt"}
    # Someone no article names is still no one they answer about.
    other = chain.answer("Whose podcast did Maria Okafor appear on?", as_of="2020-09-13")
    assert other.abstained and "never mentions Maria Okafor" in other.text


def test_who_is_a_name_the_search_ranks_below_its_namesakes_reads_the_articles_naming_it(  # type: ignore[no-untyped-def]
        tmp_path: Path, embedder) -> None:
    deeds = ["threw for 300 yards as the Browns beat the Steelers", "faces a new lawsuit, his lawyers said",
             "signed a five-year contract worth $230 million", "was suspended for 11 games by the league",
             "returned to practice on Wednesday", "led a late drive to win in overtime",
             "met the commissioner in New York", "was booed by fans in his first home game",
             "threw two interceptions in a loss to the Ravens", "said he was focused on football",
             "was named the starter for the season opener", "spoke to reporters after the game"]
    articles = {f"marsh{n}.txt": f"Who is Tom Marsh? No. {n + 1}\n\nPublished: 2022-10-0{1 + n % 3}\n\n"
                f"Who is Tom Marsh? Tom Marsh is the Browns quarterback. Marsh {deed}." for n, deed in enumerate(deeds)}
    articles["missile.txt"] = (
        "North Korea fires a missile over Japan\n\nPublished: 2022-10-03\n\nNorth Korea fired a ballistic missile "
        "over Japan on Tuesday, its neighbours said. Japan issued an alert to residents. Trains were suspended in "
        "two regions. The missile landed in the Pacific. The United States condemned the launch. “We will work with "
        "allies,” National Security Council spokesperson Lena Marsh said in a statement.\n")
    chain = _chain_over(tmp_path, embedder, articles)
    question = "Who is Lena Marsh?"
    # The search ranks the quarterback's stories first, and none of its passages names her.
    assert "missile.txt" not in {h.article_id for h in chain.retriever.search(question, 10, as_of="2022-10-04")}
    answer = chain.answer(question, as_of="2022-10-04")
    assert answer.short_answer == "National Security Council spokesperson"
    assert [c.article_id for c in answer.citations] == ["missile.txt"]


def test_an_article_stating_the_role_asked_answers_over_a_closer_one(  # type: ignore[no-untyped-def]
        tmp_path: Path, embedder) -> None:
    old = ("Kmart's long slide as Walbridge grows\n\nPublished: 2017-01-05\n\n"
           "Though it lost its place as the nation's biggest retailer to Walbridge in the 1990s, Kmart remained a "
           "giant. Walbridge now runs more than 4,000 stores, and Walbridge's CEO has promised to keep prices low. "
           "The CEO of Walbridge told investors that the chain would keep growing. "
           "Kmart's chief executive, Edward Lampert, has sold brands and property to raise cash. "
           "Walbridge's leaders have long studied how Kmart ran its stores, analysts say. "
           "Shoppers who once visited Kmart every week now drive to Walbridge, where prices are lower. "
           "Kmart has closed hundreds of stores since 2010, and more closures are expected this year. "
           "Walbridge, meanwhile, keeps opening supercenters in towns Kmart has left. "
           "Walbridge's CEO says the company will keep investing in lower prices and bigger stores. "
           "Analysts expect Walbridge's sales to keep growing while Kmart's shrink further. "
           "The two chains were once rivals of equal size, but that was decades ago.\n")
    new = ("Why you'll see more red price signs at Walbridge\n\nPublished: 2022-02-18\n\n"
           "Expect to see more bright-red price signs at Walbridge stores as inflation bites, the company said "
           "Thursday. Price cuts are temporary reductions on an item, Walbridge's version of a sale. "
           "\"We use price cuts to show that prices are coming down in some places,\" Walbridge CEO Doug Mercer "
           "said on a call with analysts. "
           "Prices are still creeping up at Walbridge, albeit at a slower rate than at many supermarkets, analysts "
           "say.\n")
    chain = _chain_over(tmp_path, embedder, {"old.txt": old, "new.txt": new})
    for question in ("Who is Walbridge's CEO?", "Who is the CEO of Walbridge?"):
        # The older story ranks first and names no one as the CEO; the other says who is, in so many words.
        assert chain.retriever.search(question, 4, as_of="2022-02-19")[0].article_id == "old.txt"
        answer = chain.answer(question, as_of="2022-02-19")
        assert answer.short_answer == "Doug Mercer"
        assert {c.article_id for c in answer.citations} == {"new.txt"}


def test_the_sentence_stating_the_role_answers_from_a_passage_the_search_left_out(  # type: ignore[no-untyped-def]
        tmp_path: Path, embedder) -> None:
    plans = ("The Progressive Democrats say in the northern cities the race is between them and Labour. "
             "The Progressive Democrats want to scrap tuition fees and bring back maintenance grants. "
             "Polls suggest the Progressive Democrats could win seats from Labour in university towns. ")
    filler = ("The weather in the north has been wet for weeks, and farmers say the harvest will be late. "
              "Rail services were cut on Sunday for engineering works between the two largest towns. ")
    story = ("Progressive Democrats target the north\n\nPublished: 2022-03-01\n\n" + plans * 2 + filler * 4
             + "Meanwhile Prog Dem leader Anna Kessler is touring farms and factories this week.\n")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plans.txt").write_text(story, encoding="utf-8")
    settings = make_settings(tmp_path, answer_passages=1)
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    chain = QAChain(Retriever.open(settings.index, settings=settings, embedder=embedder), settings=settings)
    for question in ("Who leads the Progressive Democrats?", "Who is the leader of the Progressive Democrats?"):
        assert "Kessler" not in chain.retriever.search(question, 1)[0].text  # the search finds the plans
        answer = chain.answer(question)
        assert answer.short_answer == "Anna Kessler"
        assert "Prog Dem leader Anna Kessler" in answer.citations[0].quote


def test_a_roles_owner_named_by_its_initials_clipped(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["As Tory leader Tom Baker kicked off his campaign, the Lib Dem leader Anna Kessler "
                            "dismissed the Conservatives as a fading force."])
    assert _draft("Who is the leader of the Liberal Democrats?", pool).short_answer == "Anna Kessler"


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    pytest.param("Mr Kennedy's tour comes as he, Labour leader Tom Baker and Conservative leader Anna Kessler all "
                 "step up campaigning.", "Who is the Conservative leader?", "Anna Kessler", id="an adjective owns"),
    pytest.param("Mr Kennedy's tour comes as he, Conservative leader Anna Kessler and Labour leader Tom Baker all "
                 "step up campaigning.", "Who is the Labour leader?", "Tom Baker", id="a party, no portfolio"),
    pytest.param("As Tory leader Tom Baker kicked off his campaign, the Lib Dem leader Anna Kessler dismissed the "
                 "Conservatives as a fading force.", "Who is the Liberal Democrat leader?", "Anna Kessler",
                 id="initials of an adjective and a name"),
    pytest.param("Democratic leader Anna Kessler and GOP leader Tom Baker met on Monday.",
                 "Who is the Republican leader?", "Tom Baker", id="a party by its other name"),
    pytest.param("Republican leader Tom Baker and Democrat leader Anna Kessler met on Monday.",
                 "Who is the Democratic leader?", "Anna Kessler", id="a party's member and adjective"),
])
def test_a_party_named_before_a_role_in_the_question_owns_it(  # type: ignore[no-untyped-def]
        embedder, sentence: str, question: str, answer: str) -> None:
    assert _draft(question, _pool(embedder, [sentence])).short_answer == answer


def test_a_party_titling_a_places_office_is_its_holders_not_its_owner() -> None:
    from qa.extractive import _owned_otherwise
    from retrieval.sentences import parse

    governor, leader = parse(["The bill now heads to Republican Gov. Tom Baker, who promised to sign it.",
                              "As Tory leader Tom Baker kicked off his campaign, voters listened."])
    baker = next(e for e in governor.ents if e.text == "Tom Baker")
    assert not _owned_otherwise(governor, baker.start, baker.end, "governor", {"oklahoma"})  # Oklahoma's, a Republican
    baker = next(e for e in leader.ents if e.text == "Tom Baker")
    assert _owned_otherwise(leader, baker.start, baker.end, "leader", {"ld"})  # the Tories' leader, not the Lib Dems'


def test_who_lost_what_is_asked_who_won_is_not_the_winner(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["A full day after losing Nordia's runoff presidential election, President Tom Baker has still not "
             "conceded.",
             "Former President Anna Kessler won the runoff on Sunday night with 50.9% of the vote to Baker's 49.1%.",
             "Before the runoff, Baker had repeatedly questioned the reliability of the country's voting machines.",
             "Baker has not spoken in public since the polls closed."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who won Nordia's runoff presidential election?", pool).short_answer == "Anna Kessler"
    assert _draft("Who lost Nordia's runoff presidential election?", pool).short_answer == "Tom Baker"


def test_named_date_filters_articles(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    chain = _chain_over(tmp_path, embedder, {"withdrawal.txt": WITHDRAWAL_2011}, seed=True)
    in_2011 = chain.answer("How many U.S. troops remained in Iraq in December 2011?")
    assert in_2011.short_answer == "About 500" or in_2011.short_answer == "500"
    assert {c.article_id for c in in_2011.citations} == {"withdrawal.txt"}
    in_2019 = chain.answer("How many U.S. troops were in Iraq in January 2019?")
    assert in_2019.short_answer == "5,200"
    assert {c.article_id for c in in_2019.citations} == {SEED_ID}


def test_a_named_year_finds_the_report_published_after_it(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    chain = _chain_over(tmp_path, embedder, {
        "plan.txt": "Springfield parks budget proposed\n\nPublished: 2019-01-15\n\nThe mayor of Springfield "
                    "proposed a $3 million budget for the city's parks on Tuesday.\n",
        "report.txt": "Springfield annual report\n\nPublished: 2020-03-02\n\nSpringfield spent $4.2 million on "
                      "its parks in 2019, the city's annual report showed on Monday.\n"})
    spent = chain.answer("How much did Springfield spend on its parks in 2019?", as_of="2020-06-01")
    assert spent.short_answer == "$4.2 million"
    assert {c.article_id for c in spent.citations} == {"report.txt"}


def test_a_named_year_reported_long_after_it_is_answered_by_the_story_naming_it(  # type: ignore[no-untyped-def]
        tmp_path: Path, embedder) -> None:
    chain = _chain_over(tmp_path, embedder, {
        "crash.txt": "Train crash in Springfield\n\nPublished: 2016-05-14\n\nA train crash in Springfield killed "
                     "eight people on Friday, officials said.\n",
        "pedestrians.txt": "Pedestrian deaths up 46% since 2009\n\nPublished: 2018-05-08\n\nAlmost 6,000 "
                           "pedestrians were killed by motor vehicles on America's roads in 2016, the latest year "
                           "for which numbers are available. Pedestrian fatalities have risen 46% since 2009.\n"})
    # 2016's news (to the end of 2017) holds a story close enough to keep the filter; 2018's is far closer
    # and names the year
    killed = chain.answer("How many pedestrians were killed in 2016?", as_of="2018-05-10")
    assert killed.short_answer == "Almost 6,000"
    assert {c.article_id for c in killed.citations} == {"pedestrians.txt"}
    # a closer story that never names the year asked is not that year's
    earlier = chain.answer("How many pedestrians were killed in 2015?", as_of="2018-05-10")
    assert "pedestrians.txt" not in _articles(earlier)


MAYORS = {
    "march.txt": "Springfield mayor steps down\n\nPublished: 2021-03-05\n\nSpringfield mayor John Carter "
                 "resigned on Thursday after six years in office, citing his health.\n",
    "june.txt": "Springfield mayor quits after budget row\n\nPublished: 2021-06-11\n\nSpringfield mayor Maria "
                "Lopez resigned on Thursday, weeks after the council rejected her budget.\n",
    "september.txt": "Harvest fair returns to Springfield\n\nPublished: 2021-09-10\n\nThe county harvest fair "
                     "opened on Friday with livestock shows, a pie contest and a parade of tractors.\n",
}


@pytest.fixture(scope="module")
def mayors_chain(tmp_path_factory: pytest.TempPathFactory, embedder) -> QAChain:  # type: ignore[no-untyped-def]
    """Two mayors of one town resigning three months apart, then a fair in the town."""
    return _chain_over(tmp_path_factory.mktemp("mayors"), embedder, MAYORS)


def _retuned(chain: QAChain, **changes: object) -> QAChain:
    """A chain over the same index with these settings changed."""
    return QAChain(chain.retriever, settings=chain.settings.model_copy(update=changes))


def _articles(answer: Answer) -> set[str]:
    return {c.article_id for c in [*answer.citations, *answer.related]}


def test_this_week_means_the_week_the_question_is_asked(mayors_chain: QAChain) -> None:
    question = "Which Springfield mayor resigned this week after six years in office?"
    assert mayors_chain.answer(question, as_of="2021-03-06").short_answer == "John Carter"
    in_june = mayors_chain.answer(question, as_of=date(2021, 6, 12))
    assert in_june.short_answer == "Maria Lopez"
    assert {c.article_id for c in in_june.citations} == {"june.txt"}


def test_this_week_with_no_article_on_it_is_not_answered_from_an_older_week(mayors_chain: QAChain) -> None:
    answer = mayors_chain.answer("Which Springfield mayor resigned this week?", as_of="2021-09-11")
    assert answer.abstained
    assert "john carter" not in answer.text.lower() and "maria lopez" not in answer.text.lower()


def test_the_weeks_articles_answer_first_when_about_as_relevant(mayors_chain: QAChain) -> None:
    # the March article matches "resigned" a little better; asked in June, June's news is the answer
    question = "Which Springfield mayor resigned?"
    assert mayors_chain.answer(question, as_of="2021-06-12").short_answer == "Maria Lopez"
    off = _retuned(mayors_chain, recent_days=0)
    assert off.answer(question, as_of="2021-06-12").short_answer == "John Carter"
    # the week is the asking day and the six before it, as for "this week"
    assert mayors_chain.answer(question, as_of="2021-06-17").short_answer == "Maria Lopez"
    assert mayors_chain.answer(question, as_of="2021-06-18").short_answer == "John Carter"
    # ... but not over an older article that is clearly the better match
    clearly = mayors_chain.answer("Which mayor of Springfield stepped down citing his health?", as_of="2021-06-12")
    assert clearly.short_answer == "John Carter"


def test_an_older_article_answers_less_readily_while_the_index_follows_the_news(
        tmp_path: Path, embedder, mayors_chain: QAChain) -> None:  # type: ignore[no-untyped-def]
    question = "Why did Springfield mayor John Carter resign?"
    fresh = _retuned(mayors_chain, stale_penalty=0.0)
    # asked the day after the fair: the index follows the news, and March's story is six months old,
    # past the week and past a month: it loses the penalty twice
    after_fair = mayors_chain.answer(question, as_of="2021-09-11")
    assert after_fair.answerability == pytest.approx(fresh.answer(question, as_of="2021-09-11").answerability - 0.2)
    assert after_fair.short_answer and "health" in after_fair.text
    # three weeks after the last article the index no longer follows the news: nothing is stale
    later = mayors_chain.answer(question, as_of="2021-10-01")
    assert later.answerability == pytest.approx(fresh.answer(question, as_of="2021-10-01").answerability)
    # the week's story is not stale; a named period asks about its own time
    june = "Which Springfield mayor resigned after the council rejected her budget?"
    assert mayors_chain.answer(june, as_of="2021-06-12").answerability == pytest.approx(
        fresh.answer(june, as_of="2021-06-12").answerability)
    named = "Which Springfield mayor resigned in March 2021?"
    assert mayors_chain.answer(named, as_of="2021-09-11").answerability == pytest.approx(
        fresh.answer(named, as_of="2021-09-11").answerability)
    # an abstention says how old the closest article is
    strict = _retuned(mayors_chain, stale_penalty=1.0)
    refused = strict.answer(question, as_of="2021-09-11")
    assert refused.abstained and refused.text == "The articles don't say. The closest article is from March 5, 2021."


def test_an_article_past_the_week_but_within_the_month_loses_the_penalty_once(
        tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    chain = _chain_over(tmp_path, embedder, {**MAYORS, "fete.txt": (
        "Summer fete in Springfield\n\nPublished: 2021-06-16\n\nThe Springfield summer fete drew crowds to the "
        "park on Friday with a brass band and a dog show.\n")})
    fresh = _retuned(chain, stale_penalty=0.0)
    question = "Why did Springfield mayor Maria Lopez resign?"
    score = {day: chain.answer(question, as_of=day).answerability - fresh.answer(question, as_of=day).answerability
             for day in ("2021-06-17", "2021-06-18", "2021-06-22", "2021-06-23")}
    # June 11's story is in the week up to June 17 and past it from June 18, while the fete of June 16
    # keeps the index following the news (to June 22)
    assert score == pytest.approx({"2021-06-17": 0.0, "2021-06-18": -0.1, "2021-06-22": -0.1, "2021-06-23": 0.0})


def test_the_weeks_article_answers_over_an_older_one_first_found_where_it_supports_the_question_as_well(
        tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    chain = _chain_over(tmp_path, embedder, {
        "march.txt": "Springfield pie contest draws a record crowd\n\nPublished: 2021-03-06\n\nThe Springfield pie "
                     "contest drew a record crowd on Saturday. Bakers from across the county entered apple, cherry "
                     "and pecan pies. Judges tasted more than 80 pies at the contest. The Rose Street Bakery won "
                     "the contest with a cherry pie.\n",
        "june.txt": "Springfield council news\n\nPublished: 2021-06-11\n\nThe council approved a new bus route on "
                    "Tuesday. Main Street will be repaved in July. The Corner Bakery won the Springfield pie contest "
                    "on Saturday with a peach pie. The library will open on Sundays from August.\n"})
    question = "Which bakery won the Springfield pie contest?"
    # March's story is all about the contest, so it is found first; June's says as much of the question
    assert [h.article_id for h in chain.retriever.search(question, 2, as_of="2021-06-12")] == ["march.txt", "june.txt"]
    answer = chain.answer(question, as_of="2021-06-12")
    assert answer.short_answer == "Corner Bakery"
    assert [c.article_id for c in answer.citations] == ["june.txt"]
    # where an older story costs nothing, the first found answers
    assert _retuned(chain, stale_penalty=0.0).answer(question, as_of="2021-06-12").short_answer == "Rose Street Bakery"


UNDATED_GUIDE = {
    "guide.txt": "Springfield: a visitor's guide\n\nSpringfield's mayor, John Carter, welcomes visitors to the river "
                 "town, whose town hall on Main Street dates from 1890.\n",
    "swearing.txt": "Springfield swears in new mayor\n\nPublished: 2021-06-14\n\nTom Reed was sworn in as the new "
                    "mayor of Springfield on Monday.\n",
}


@pytest.fixture(scope="module")
def guide_chain(tmp_path_factory: pytest.TempPathFactory, embedder) -> QAChain:  # type: ignore[no-untyped-def]
    """An undated guide naming a mayor, and a story of June 14, 2021 swearing in the next one."""
    return _chain_over(tmp_path_factory.mktemp("guide"), embedder, UNDATED_GUIDE)


def test_an_undated_article_never_puts_the_weeks_news_after_it(guide_chain: QAChain) -> None:
    question = "Who is the mayor of Springfield?"
    best = guide_chain.retriever.search(question, 2, as_of="2021-06-15")
    # the guide is the closer match, by more than the margin that lets a dated older story answer first
    assert [h.article_id for h in best] == ["guide.txt", "swearing.txt"]
    assert best[0].dense_score - best[1].dense_score > guide_chain.settings.recent_margin
    assert guide_chain.answer(question, as_of="2021-06-15").short_answer == "Tom Reed"
    off = _retuned(guide_chain, recent_days=0)
    assert off.answer(question, as_of="2021-06-15").short_answer == "John Carter"


def test_an_undated_article_answers_as_one_past_the_week_while_the_index_follows_the_news(
        guide_chain: QAChain) -> None:
    question = "When was Springfield's town hall built?"
    fresh = _retuned(guide_chain, stale_penalty=0.0)
    lost = {day: fresh.answer(question, as_of=day).answerability - guide_chain.answer(question, as_of=day).answerability
            for day in ("2021-06-15", "2021-06-21")}
    # the day after June 14's story the index follows the news; a week on it no longer does
    assert lost == pytest.approx({"2021-06-15": 0.1, "2021-06-21": 0.0})
    assert guide_chain.answer(question, as_of="2021-06-15").short_answer == "1890"
    strict = _retuned(guide_chain, stale_penalty=1.0)
    refused = strict.answer(question, as_of="2021-06-15")
    assert refused.abstained and refused.text == "The articles don't say."


def test_as_of_does_not_see_later_articles(mayors_chain: QAChain) -> None:
    question = "Which Springfield mayor resigned after the council rejected the budget?"
    assert "june.txt" in _articles(mayors_chain.answer(question))
    assert "june.txt" not in _articles(mayors_chain.answer(question, as_of="2021-04-20"))
    with pytest.raises(ValueError, match="as_of"):
        mayors_chain.answer(question, as_of="last spring")


def test_runnable_and_module_function(seed_chain: QAChain) -> None:
    runnable = seed_chain.as_runnable()
    assert isinstance(runnable, Runnable)
    answer = runnable.invoke({"question": "Who leads Asaib Ahl al-Haq?", "history": []})
    assert isinstance(answer, Answer) and answer.short_answer == "Qais al-Khazali"
    direct = qa.answer("Who leads Asaib Ahl al-Haq?", retriever=seed_chain.retriever)
    assert direct.short_answer == "Qais al-Khazali"
    events = list(seed_chain.stream("Who leads Asaib Ahl al-Haq?"))
    assert len(events) == 1 and isinstance(events[0], Answer)
    with pytest.raises(ValueError, match="empty"):
        seed_chain.answer("   ")


def test_json_shape(seed_chain: QAChain) -> None:
    data = seed_chain.answer("Who leads Asaib Ahl al-Haq?").to_json_dict()
    assert {"question", "answer", "short_answer", "abstained", "answerer", "citations"} <= set(data)
    assert isinstance(data["answerability"], float)
    citation = data["citations"][0]  # type: ignore[index]
    assert set(citation) >= {"n", "article_id", "passage_id", "title", "source", "date", "url", "quote",
                             "start", "end"}


BRIDGE = """Harbor Bridge reopens

Rain is forecast for the hills on Friday, and farmers welcomed it. Mayor Jane Doe reopened the \
Harbor Bridge on Tuesday after two years of repairs. The Harbor Bridge carried 3,000 cars on its \
first day, Doe said.
"""


def test_quote_takes_in_a_supporting_neighbour_sentence_only(tmp_path: Path, write_article, corpus,  # type: ignore[no-untyped-def]
                                                            embedder) -> None:
    write_article("bridge.txt", BRIDGE)
    settings = make_settings(tmp_path)
    build_index(corpus, settings.index, settings=settings, embedder=embedder)
    chain = QAChain(Retriever.open(settings.index, settings=settings, embedder=embedder), settings=settings)
    answer = chain.answer("Who reopened the Harbor Bridge?")
    assert answer.short_answer == "Jane Doe"
    [citation] = [c for c in answer.citations if c.article_id == "bridge.txt"]
    assert citation.quote.startswith("Mayor Jane Doe reopened the Harbor Bridge")
    # The next sentence supports it less than a runner-up would but still well: it joins the quote.
    assert "3,000 cars on its first day" in citation.quote
    assert "Rain" not in citation.quote  # the previous one is unrelated


def _pool(embedder, texts: list[str], *, one_article: bool = False, title: str = "",  # type: ignore[no-untyped-def]
          day: str | None = None):
    """An evidence pool over passages with these texts: each its own article, or consecutive
    passages of one article (headed `title`), all dated `day`."""
    from qa.evidence import EvidencePool
    from retrieval import Hit
    from retrieval.lexical import tokenize

    starts = [sum(len(t) + 1 for t in texts[:n]) if one_article else 0 for n in range(len(texts))]
    hits = [Hit(passage_id=n, article_id="a0" if one_article else f"a{n}", text=t, score=1.0, title=title,
                headline="", source=None, date=day, url=None, start=starts[n], end=starts[n] + len(t))
            for n, t in enumerate(texts)]

    def weights(text: str) -> dict[str, float]:
        return {term: 1.0 for term in tokenize([text])[0]}

    return EvidencePool(hits, embedder, weights)


def _draft(question: str, pool):  # type: ignore[no-untyped-def]
    """The extractive answerer's draft for `question` over `pool`."""
    from qa.extractive import ExtractiveAnswerer
    from qa.question import analyze

    info = analyze(question)
    return ExtractiveAnswerer().run(info, pool, pool.rank(info.text, for_answer=True))


def test_runner_up_is_quoted_beside_a_span_answer_only_when_it_offers_another(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import SECOND_QUOTE, ExtractiveAnswerer
    from qa.question import analyze

    question = analyze("Who reopened the Harbor Bridge on Monday?")
    answerer = ExtractiveAnswerer()
    for runner_up, offers in (("The Harbor Bridge was reopened after two years of repairs.", False),
                              ("Governor John Smith reopened the Harbor Bridge on Monday, officials said.", True)):
        pool = _pool(embedder, ["Mayor Jane Doe reopened the Harbor Bridge on Monday.", runner_up],
                     one_article=True)
        ranked = pool.rank(question.text, for_answer=True)
        assert "Jane Doe" in ranked[0].sentence.text  # the runner-up does not outrank the support
        assert ranked[1].answer_score >= SECOND_QUOTE * ranked[0].answer_score  # close enough to quote
        draft = answerer.run(question, pool, ranked)
        assert draft.short_answer in {"Jane Doe", "John Smith"}
        assert len(draft.quotes) == (2 if offers else 1), runner_up


def test_the_better_ranked_article_answers_unless_another_clearly_supports_more(embedder) -> None:  # type: ignore[no-untyped-def]
    question = "Who reopened the Harbor Bridge on Monday?"
    texts = ["Jane Doe, the city's mayor, reopened the Harbor Bridge with a ribbon cutting.",
             "Governor John Smith reopened the Harbor Bridge on Monday, officials said."]
    # Retrieval ranked the first article higher; its sentence supports the question a bit less, and
    # names its own doer of the reopening (where it names none, another article's doer answers).
    pool = _pool(embedder, texts)
    by_support = pool.rank(question)
    assert "John Smith" in by_support[0].sentence.text
    assert by_support[0].score - by_support[1].score < 0.2
    assert _draft(question, pool).short_answer == "Jane Doe"
    # Passages of one article: the sentence alone decides, whatever the passage order.
    pool = _pool(embedder, texts, one_article=True)
    assert _draft(question, pool).short_answer == "John Smith"


def test_the_asked_noun_with_nothing_new_is_no_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    # "which position": "the same position" tells the reader nothing; the sentence does.
    sentence = "He held the same position twice: Rumsfeld was the Secretary of Defense under two presidents."
    pool = _pool(embedder, [sentence])
    answer = _draft("What critical position did Rumsfeld hold?", pool).short_answer
    assert answer is not None and answer != "same position" and "Secretary of Defense" in answer


def test_a_question_asking_for_two_gets_both_names(embedder) -> None:  # type: ignore[no-untyped-def]
    question = "Which two singers headlined the Super Bowl halftime show?"
    pool = _pool(embedder, ["Jennifer Lopez and Shakira headlined the Super Bowl halftime show in Miami."])
    assert _draft(question, pool).short_answer == "Jennifer Lopez and Shakira"
    # Two countries, though a country alone weighs more than another place.
    question = "Which two countries did NATO invite to join its alliance this week?"
    pool = _pool(embedder, ["NATO formalized its invitation to Sweden and Finland to join its alliance Wednesday."])
    assert _draft(question, pool).short_answer == "Sweden and Finland"
    # An article that goes on to name each country often: the pair is as salient as its members.
    story = ["NATO formalized its invitation to Sweden and Finland to join its alliance Wednesday.",
             "Finland shares a long border with Russia.", "Finland applied in May, and Sweden a day later.",
             "Sweden has not fought a war in two centuries."]
    assert _draft(question, _pool(embedder, story, one_article=True)).short_answer == "Sweden and Finland"


def test_a_place_the_question_names_as_an_adjective_is_not_the_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    question = "Russian officials offered bounties to militants in which country?"
    pool = _pool(embedder, ["Russia offered bounties to Taliban militants in Afghanistan, officials said."])
    assert _draft(question, pool).short_answer == "Afghanistan"


def test_a_country_question_is_answered_with_the_country_not_its_city(embedder) -> None:  # type: ignore[no-untyped-def]
    question = "A US embassy in what country was attacked by protesters?"
    pool = _pool(embedder, ["Protesters attacked the US embassy in Baghdad, the capital of Iraq, on Tuesday."])
    assert _draft(question, pool).short_answer == "Iraq"
    city = "A US embassy in what city was attacked by protesters?"
    assert _draft(city, pool).short_answer == "Baghdad"


def test_a_country_question_is_answered_with_the_country_its_people_name(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["North Korean leader Kim Jong Un convened an emergency meeting over a suspected "
                            "coronavirus case, state media said."])
    assert _draft("Which country reported a suspected coronavirus case?", pool).short_answer == "North Korea"
    assert _draft("Who convened an emergency meeting over a suspected coronavirus case?",
                  pool).short_answer == "Kim Jong Un"
    # A country the question already names by its people is not the answer.
    pool = _pool(embedder, ["Russian troops crossed into Ukrainian territory near Kharkiv on Thursday."])
    assert _draft("Russian troops crossed into which country?", pool).short_answer == "Ukraine"
    # Demonyms no regular ending derives: "Chinese" names China, and once the question says so, not again.
    pool = _pool(embedder, ["Chinese officials imposed sanctions on several US lawmakers on Monday."])
    assert _draft("Which country imposed sanctions on US lawmakers?", pool).short_answer == "China"
    pool = _pool(embedder, ["Chinese and Japanese officials signed the trade pact in Tokyo on Monday."])
    assert _draft("Which country signed the trade pact with Chinese officials?", pool).short_answer == "Japan"
    # The tagger takes "Angry Sri Lankans" for a person; its people still name the country. A surname
    # that is a country's name does not.
    pool = _pool(embedder, ["Angry Sri Lankans stormed the president's residence in Colombo on Saturday."])
    assert _draft("Protesters stormed the president's residence in which country?", pool).short_answer == "Sri Lanka"
    pool = _pool(embedder, ["Basketball star Michael Jordan donated millions to schools in Chicago."])
    assert _draft("In which country did a basketball star donate millions to schools?",
                  pool).short_answer != "Jordan"


def test_a_country_question_that_names_a_region_is_answered_from_that_region(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The U.S. praised the decision by France to impose nighttime curfews in Paris and eight "
                            "other cities."])
    assert _draft("Which European country imposed nighttime curfews in its cities?", pool).short_answer == "France"
    # By its people, and with the region after the noun.
    pool = _pool(embedder, ["U.S. officials welcomed the Kenyan government's curfew, which begins on Friday."])
    assert _draft("Which country in East Africa imposed a curfew?", pool).short_answer == "Kenya"
    # A region is no answer to a country question; with no country of the region, no country answers.
    pool = _pool(embedder, ["NATO said Europe and the U.S. placed forces on high alert after the attacks."])
    short = _draft("Which Middle Eastern country placed its security forces on high alert?", pool).short_answer
    assert short not in {"U.S.", "Europe", "NATO"}
    # Without a region, the same evidence answers with the country it names first.
    pool = _pool(embedder, ["The U.S. praised the decision by France to impose nighttime curfews in Paris and eight "
                            "other cities."])
    assert _draft("Which country praised the curfews?", pool).short_answer == "U.S."


def test_a_question_asking_for_a_name_gets_a_name(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Opposition leader Cristiana Chamorro was sentenced on Tuesday to eight years in prison, "
                            "the court in Managua said."])
    question = "What is the name of the Nicaraguan opposition leader sentenced to eight years in prison?"
    assert _draft(question, pool).short_answer == "Cristiana Chamorro"
    # A storm's name is a person's name to the tagger; the company's CEO is no storm.
    pool = _pool(embedder, ["The utility's CEO said Hurricane Ian left 2 million customers in Florida without power."])
    assert "Ian" in _draft("What is the name of the hurricane that hit Florida?", pool).short_answer


def test_a_state_question_is_answered_with_the_state(embedder) -> None:  # type: ignore[no-untyped-def]
    tornado = _pool(embedder, ["Tornadoes ripped through Bell County, Texas, on Tuesday, injuring at least 23 people."])
    question = "At least 23 people were hurt after tornadoes ripped through which state?"
    assert _draft(question, tornado).short_answer == "Texas"
    # Named by its people.
    pool = _pool(embedder, ["Californians were told to cut their water use by a fifth or face mandatory restrictions."])
    assert _draft("Which state could face mandatory water restrictions?", pool).short_answer == "California"
    pool = _pool(embedder, ["Southern Californians are being asked to cut their water usage by 35% to avoid a ban."])
    assert _draft("What state may issue unprecedented water restrictions?", pool).short_answer == "California"
    # Asked for a county, the county.
    assert _draft("In which county did tornadoes hurt 23 people?", tornado).short_answer != "Texas"
    # A state over a county the sentence names closer to the question's words.
    pool = _pool(embedder, ["Prosecutors in Fulton County opened a criminal investigation into the former "
                            "president's call to Georgia's top election official."])
    question = "Prosecutors in which US state opened a criminal investigation into the former president's call?"
    assert _draft(question, pool).short_answer == "Georgia"


def test_a_city_question_is_not_answered_with_a_country(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The mayor tested positive for coronavirus in Italy, days after leaving Atlanta."])
    assert _draft("The mayor of which US city tested positive for coronavirus?", pool).short_answer == "Atlanta"
    # Asked for any place, the nearest one to the question's words answers.
    assert _draft("Where did the mayor test positive for coronavirus?", pool).short_answer == "Italy"


def test_a_name_answer_leaves_out_its_possessive(embedder) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm tags "the United Kingdom’s" and "Kanye West's" as the entities, possessive included.
    pool = _pool(embedder, ["Liz Truss became the United Kingdom’s new prime minister on Tuesday."])
    assert _draft("Liz Truss became prime minister of which country?", pool).short_answer == "the United Kingdom"
    pool = _pool(embedder, ["Twitter locked Kanye West's account over an antisemitic tweet on Sunday."])
    assert _draft("Whose account did Twitter lock?", pool).short_answer == "Kanye West"


def test_a_name_modifying_another_noun_is_a_weaker_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    # "Grammy" is a person to the tagger; it names the kind of winner, the name follows.
    pool = _pool(embedder, ["The $15 million book deal is a new beginning for the Grammy winner, Britney Spears."])
    assert _draft("Which mega-pop star secured a book deal valued at more than $15 million?",
                  pool).short_answer == "Britney Spears"
    # Unless the question asks about the noun it modifies.
    pool = _pool(embedder, ["The Pentagon said a drone strike killed al Qaeda leader Ayman al-Zawahiri on Sunday."])
    assert _draft("A US drone strike killed the leader of which group?", pool).short_answer == "al Qaeda"


def test_the_wire_credit_opening_a_story_is_no_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["(CNN) Legendary basketball player Sue Bird bid farewell to the sport Tuesday night when "
                            "her Seattle Storm lost to the Las Vegas Aces, who advanced to the WNBA Finals."])
    question = "Legendary WNBA basketball player Sue Bird played her final game this week. Which team did she play for?"
    assert _draft(question, pool).short_answer == "Seattle Storm"
    # Nor the dateline before it: "YANGON, Burma (AP) —" says where the story was filed.
    from qa.extractive import _credit
    from retrieval.sentences import parse

    doc = parse(["NORDHAVEN, Westland (AP) — A strong earthquake collapsed a bridge in northern Westland."])[0]
    assert [e.text for e in doc.ents if _credit(doc, e.start, e.end)][:2] == ["NORDHAVEN", "Westland"]
    doc = parse(["Ann Lee (R-Texas) - said the bridge had collapsed."])[0]
    assert not _credit(doc, 0, 2)  # a name before its party, not a dateline
    # A dateline in capitals before a dash, with no credit, says where the story was filed too.
    doc = parse(["LE BOURGET, France – Acme Air was tabbed as the world's best airline, Skytrax said."])[0]
    assert _credit(doc, 0, 2) and not _credit(doc, 5, 7)
    doc = parse(["Ann Lee – the mayor – said the bridge had collapsed."])[0]
    assert not _credit(doc, 0, 2)  # a name in plain capitals before a dash


def test_a_works_maker_is_who_wrote_it() -> None:
    from qa.extractive import _asked_slot, _in_slot
    from retrieval.sentences import parse

    question, by, whose = parse(["Who wrote the books?",
                                 "Based on the cult children's books by author Tom Baker, the film stars Ann Lee.",
                                 "The claims are made in journalist Tom Baker's new book, Ann Lee said."])
    slot = _asked_slot(question)
    for doc in (by, whose):
        names = {e.text: _in_slot(slot, doc, e.start, e.end) for e in doc.ents if e.label_ == "PERSON"}
        assert names == {"Tom Baker": True, "Ann Lee": False}
    assert not _in_slot(_asked_slot(parse(["Who reviewed the books?"])[0]), by, 9, 11)  # not who read them
    # An actor's role is the part he plays.
    question, role = parse(["Who plays Saul Grant?", "Tom Baker’s role as Saul Grant was never supposed to last."])
    assert _in_slot(_asked_slot(question), role, 0, 2)


@pytest.mark.parametrize(("question", "role"), [
    ("How many missiles has North Korea test-fired this year?", "other"),  # "has" a verb to the tagger
    ("How many people has the company hired?", "other"),
    ("Which party has Galloway launched?", "other"),
    ("Which company has announced a merger?", "agent"),  # "has" before its participle: the subject asked
    ("How many people have been killed?", "patient"),
])
def test_has_before_a_subject_and_a_participle_asks_the_object(question: str, role: str) -> None:
    from qa.extractive import _asked_slot
    from retrieval.sentences import parse

    slot = _asked_slot(parse([question])[0])
    assert slot is not None and slot[1] == role


def test_a_count_another_article_puts_in_the_slot_asked_answers_over_one_the_best_has(  # type: ignore[no-untyped-def]
        embedder) -> None:
    pool = _pool(embedder, ["North Korea test-fired a missile over Japan this year. Apart from the Hwasong-12, North "
                            "Korea also has three intercontinental ballistic missiles capable of flying over Japan.",
                            "North Korea has test-fired about 40 missiles over about 20 different launch events this "
                            "year as its leader vows to expand his arsenal."])
    question = "How many missiles has North Korea test-fired this year?"
    assert pool.rank(question, for_answer=True)[0].sentence.hit == 0
    assert _draft(question, pool).short_answer == "about 40"


def test_whom_someone_spoke_to_is_whom_they_told() -> None:
    from qa.extractive import _asked_slot, _in_slot
    from retrieval.sentences import parse

    question, told = parse(["Which newspaper did Hague speak to?",
                            "Mr Hague told the Daily Telegraph he would not stand again, the Guardian reported."])
    slot = _asked_slot(question)
    names = {e.text: _in_slot(slot, told, e.start, e.end) for e in told.ents if e.label_ == "ORG"}
    assert names == {"the Daily Telegraph": True, "Guardian": False}


def test_a_last_participle_the_tagger_calls_a_noun_is_the_verb_asked() -> None:
    from qa.extractive import _asked_slot, _ing_lemmas
    from retrieval.sentences import parse

    # en_core_web_sm tags "buying" here a noun (NN).
    slot = _asked_slot(parse(["Which bank is Standard Chartered buying?"])[0])
    assert slot is not None and "buy" in slot[0] and slot[1] == "other"
    assert _asked_slot(parse(["Who is the host this morning?"])[0]) is None  # a time, not a verb
    assert {"leave", "run"} <= _ing_lemmas("leaving") | _ing_lemmas("running") and not _ing_lemmas("king")


def test_the_role_named_for_who_does_the_verb() -> None:
    from qa.extractive import _asked_noun
    from retrieval.sentences import parse

    refereed, co_founded = parse(["Who refereed the Ireland v South Africa match?", "Who co-founded Fleetwood Mac?"])
    assert _asked_noun(refereed) == "referee"  # a form the lemmatizer leaves whole
    assert _asked_noun(co_founded) == "founder"  # a prefix the tokenizer splits off
    assert _asked_noun(parse(["Who will be the new acting IRS commissioner?"])[0]) == "commissioner"  # "acting" a verb


def test_who_wrote_a_story_is_named_as_its_writer(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["The gripping article detailed Ann's claim that she was at a fraternity party on Sept. 28, 2012, when "
             "she was lured upstairs, raped and beaten by several men over a three-hour period.",
             "The lawsuit says Rolling Stone falsely accused Lee of persuading Ann not to report the rape.",
             "Lee's lawsuit claims writer Tom Baker and the magazine sought to weave a narrative of rape on campus "
             "in the article."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who wrote the Rolling Stone article about the campus rape?", pool).short_answer == "Tom Baker"


def test_the_role_asked_after_have_or_be() -> None:
    from qa.extractive import _asked_slot
    from retrieval.sentences import parse

    named, talked = parse(["Who has been named CEO?", "Which senator has Rogan talked politics with?"])
    slot = _asked_slot(named)
    assert slot is not None and "name" in slot[0] and slot[1] == "patient"  # named, not naming
    assert _asked_slot(talked)[1] == "with"  # Rogan talked with the senator, who is not the subject


def test_a_role_is_of_the_owner_of_the_title_a_name_has() -> None:
    from qa.extractive import _owned_by, _owned_otherwise
    from retrieval.sentences import parse

    doc, = parse(["Rams head coach Sean McVay will face Bengals head coach Zac Taylor on Sunday."])
    mcvay, taylor = (next((e.start, e.end) for e in doc.ents if e.text == name)
                     for name in ("Sean McVay", "Zac Taylor"))
    assert _owned_otherwise(doc, *mcvay, "coach", {"bengals"})  # the Rams' coach, though the Bengals' is near
    assert not _owned_otherwise(doc, *taylor, "coach", {"bengals"}) and _owned_by(doc, *taylor, "coach", {"bengals"})


def test_a_place_a_person_is_of_says_whose_not_where() -> None:
    from qa.extractive import _of_person
    from retrieval.sentences import parse

    doc, = parse(["US actor Ossie Davis has been found dead in a hotel in Miami Beach."])
    assert _of_person(doc[0])  # "US" of "US actor Ossie Davis"
    assert not _of_person(next(t for t in doc if t.text == "Miami"))


def test_a_full_name_the_tagger_calls_a_person_is_no_place() -> None:
    from qa.extractive import ExtractiveAnswerer
    from qa.question import analyze
    from retrieval.sentences import parse

    question = analyze("Where does the Glastonbury festival take place?")
    doc, = parse(["Paul McCartney will headline the Glastonbury festival next year, its organisers confirmed."])
    texts = [c.text for c in ExtractiveAnswerer._candidates(question, doc, {"festival", "glastonbury"}, None)]
    assert "Paul McCartney" not in texts and "Glastonbury" in texts


def test_a_name_the_article_calls_a_person_is_no_place_where_the_tagger_calls_it_one(embedder) -> None:  # type: ignore[no-untyped-def]
    # The tagger calls Rihanna a place in the welcome; the article's other sentences call her a person.
    pool = _pool(embedder, [
        "“We are thrilled to welcome Rihanna to the Apple Music Super Bowl LVII Halftime Show stage,” said Seth "
        "Dudowsky.",
        "Pop star Rihanna will headline the Super Bowl halftime show.",
        "Jay-Z said Rihanna is a generational talent.",
        "The game will be played in Glendale, Arizona, in February."], one_article=True)
    assert _draft("Where will the Super Bowl halftime show be held?", pool).short_answer == "Glendale, Arizona"


@pytest.mark.timeout(60)
def test_a_weekday_in_a_sentence_without_a_verb_has_no_tense() -> None:
    from qa.extractive import _told_tense

    # The climb to the weekday's verb stops at the root: it once compared tokens by identity and ran forever.
    assert _told_tense("Kick-off on Friday at the new stadium.", "Friday") is None
    assert _told_tense("The council met on Friday.", "Friday") == "past"


def test_a_figure_before_a_participle_counts_who_it_was_done_to() -> None:
    from qa.extractive import _asked_slot, _fills, _slot
    from retrieval.sentences import parse

    question, tally = parse(["How many people were killed according to the official tally?",
                             "The official tally overall is six killed and 64 injured, officials said."])
    slot = _asked_slot(question)
    six, injured = (next(t for t in tally if t.text == word) for word in ("six", "64"))
    assert _fills(slot, _slot(six))  # "six killed": six people were
    assert _slot(injured) == ("injure", "bare")  # the question's voice says which: "how many abstained"


def test_a_sum_keeps_its_currency_and_magnitude(embedder) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm tags "15bn" in "£15bn" and "12" in "£12m" as the money.
    pool = _pool(embedder, ["Rishi Sunak announced a £15bn package to help households with energy bills."])
    assert _draft("How much is the package Rishi Sunak announced?", pool).short_answer == "£15bn"
    pool = _pool(embedder, ["The commemorative book given to schoolchildren cost £12m to produce, the report said."])
    assert _draft("How much did the commemorative book cost?", pool).short_answer == "£12m"


def test_a_name_the_entity_tagger_missed_is_still_the_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm tags no entity for "Twitter" here, only a proper noun.
    pool = _pool(embedder, ["Twitter dropped the terms after two engineers lobbied for programming language changes."])
    question = "Which company dropped the terms master and slave from its code?"
    assert _draft(question, pool).short_answer == "Twitter"
    # A question that asks for a number is not answered with a name.
    assert _draft("How many engineers lobbied for the change?", pool).short_answer == "two"


def test_the_answer_is_the_thing_the_question_names(embedder) -> None:  # type: ignore[no-untyped-def]
    # Untyped: the noun chunk headed by the asked noun ("shower", not "meteor").
    pool = _pool(embedder, ["The Perseid meteor shower put on a show for stargazers as the Earth passed the debris."])
    shower = _draft("Which annual meteor shower reached its peak this week?", pool).short_answer
    assert shower == "Perseid meteor shower"
    # Typed: of two organisations, the one named as the asked-for app.
    pool = _pool(embedder, ["Donald Trump is threatening to ban Chinese company ByteDance’s TikTok app in the US."])
    question = "The US may ban social media platforms with ties to China, including which wildly popular app?"
    assert _draft(question, pool).short_answer == "TikTok"
    # Untyped, the name beside the asked noun: "its old mascot, the Noid".
    pool = _pool(embedder, ["Domino’s is bringing back its old troublemaking mascot, the Noid, made famous in the "
                            "1980s."])
    question = "Domino’s Pizza is bringing back this bunny-suited mascot. What’s the mascot called?"
    assert _draft(question, pool).short_answer == "Noid"
    # A name holding the asked noun inside it is not named as one: "World Airline Awards" is no airline.
    pool = _pool(embedder, ["Qatar Airways was named the world's best airline at the Skytrax World Airline Awards on "
                            "Thursday."])
    assert _draft("Which airline was named the world's best for 2022?", pool).short_answer == "Qatar Airways"


def test_what_kind_of_thing_is_answered_with_that_thing(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Under the compromise, California was admitted to the Union as a free state in 1850."])
    # The kind, not the kind and the question's noun again ("free state").
    assert _draft("What kind of state was California admitted as?", pool).short_answer == "free"


def test_a_surname_answer_gets_the_full_name_the_article_gives(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Greta Thunberg won the Gulbenkian Prize for Humanity on Monday.",
                            "Thunberg said she is donating $114,000 of the prize to SOS Amazonia."], one_article=True)
    draft = _draft("Which teen activist is donating $114,000 to SOS Amazonia?", pool)
    assert draft.short_answer == "Greta Thunberg"
    quoted = [pool.hits[h].text[s - pool.hits[h].start:e - pool.hits[h].start]
              for h, spans in draft.quotes.items() for s, e in spans]
    assert any("Greta Thunberg won" in q for q in quoted)  # the full name is in a quote, verbatim
    # The full name without the title the tagger kept in it.
    pool = _pool(embedder, ["Comedian Ann Lee, who created TV show Brass Eye, is to return with a new sitcom.",
                            "Lee will direct and co-write the sitcom for Channel 4."], one_article=True)
    assert _draft("Who will direct the new sitcom?", pool).short_answer == "Ann Lee"
    # another article's namesake is not this article's person
    other = _pool(embedder, ["Greta Thunberg won the Gulbenkian Prize for Humanity on Monday.",
                             "Thunberg said she is donating $114,000 of the prize to SOS Amazonia."])
    assert _draft("Which teen activist is donating $114,000 to SOS Amazonia?", other).short_answer == "Thunberg"
    # A country is named in full by one word: not the group the article names after it.
    pool = _pool(embedder, ["The group's members say their ancestors conquered America.",
                            "The group split from another white supremacist group, Vanguard America, in 2017."],
                 one_article=True)
    assert _draft("Which country do the group's members say their ancestors conquered?", pool).short_answer == "America"


def test_a_name_the_article_calls_the_asked_role_beats_a_more_salient_one(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["The House select committee investigating the January 6 attack held its first hearing Thursday.",
             "Vice chair Ann Lee described testimony from a witness who said the president was aware of the chants.",
             "One of the new videos showed staffers in House Republican Leader Tom Baker's office rushing out.",
             "The clip was notable because of Baker's role on January 6 and his opposition to the January 6 committee.",
             "The January 6 committee has subpoenaed Baker seeking information about the call."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who is the vice chair of the January 6 committee?", pool).short_answer == "Ann Lee"


def test_a_he_or_she_is_the_person_the_sentence_before_names(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _antecedent
    from retrieval.sentences import parse

    story = ['"We have all these barriers in place," says Tom Baker of finding employment.',
             "He founded JustLeadershipUSA, an organization dedicated to cutting incarceration in half.",
             "The group now works with Ann Lee, a lawyer in New York."]
    pool = _pool(embedder, story, one_article=True)
    draft = _draft("Who founded JustLeadershipUSA?", pool)
    assert draft.short_answer == "Tom Baker"
    quoted = [pool.hits[h].text[s - pool.hits[h].start:e - pool.hits[h].start]
              for h, spans in draft.quotes.items() for s, e in spans]
    assert story[0] in quoted and story[1] in quoted  # where the name is, beside what it did
    # Two people before, neither the subject: no one to refer to; a name before the pronoun is its own.
    he, = parse(["He founded the group in 2014."])
    assert _antecedent(he, "Tom Baker's lawyer met Ann Lee in Boston.") is None
    assert _antecedent(he, "Tom Baker met Ann Lee in Boston.") == ("Tom Baker", 0)  # the subject
    assert _antecedent(he, "It was Tom Baker's idea, Ann Lee said.") == ("Ann Lee", 0)
    own, = parse(["Ann Lee said he founded the group."])
    assert _antecedent(own, "Tom Baker spoke.") is None
    # A people's word the tagger calls a person is no one's name ("The Briton" is who "she" is, unnamed).
    she, = parse(["She is only the second British woman to land the title."])
    assert _antecedent(she, "The Briton, made a dame for taking 800m gold, won vital votes.") is None
    assert _antecedent(she, "Kelly Holmes, made a dame for taking 800m gold, won vital votes.") == ("Kelly Holmes", 0)


def test_stored_sentence_vectors_are_the_ones_the_pool_would_compute(seed_index: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.evidence import EvidencePool
    from tests.conftest import CountingEmbedder

    retriever = Retriever.open(seed_index, settings=make_settings(seed_index.parent), embedder=embedder)
    hits = retriever.search("How many U.S. troops are in Iraq?", 4)
    counting = CountingEmbedder(embedder)
    stored = EvidencePool(hits, counting, retriever.term_weights, retriever.sentences)  # type: ignore[arg-type]
    assert counting.embedded == 0  # the build stored every hit's sentences with their vectors
    computed = EvidencePool(hits, counting, retriever.term_weights)  # type: ignore[arg-type]
    assert counting.embedded == len(hits)  # the passages, once each: not one pass per sentence
    assert [s.text for s in stored.sentences] == [s.text for s in computed.sentences]
    assert any("5,200" in s.text for s in stored.sentences)
    for sentence in stored.sentences:
        article = retriever.article_text(hits[sentence.hit].article_id) or ""
        assert article[sentence.start : sentence.end] == sentence.text
    assert np.min(np.sum(stored._vectors * computed._vectors, axis=1)) > 0.999  # float16 storage
    # Ranked the same way against a question.
    question = "How many U.S. troops are in Iraq?"
    assert [s.sentence for s in stored.rank(question)[:3]] == [s.sentence for s in computed.rank(question)[:3]]


def test_a_citation_quotes_its_first_sentence_with_only_the_others_near_it() -> None:
    from qa.chain import QAChain
    from qa.extractive import QUOTE_SPAN, Draft

    text = "Lead one. " + "Filler text here. " * 40 + "The answer is 42. Next one. " + "More filler. " * 50 + "Far."
    hit = Hit(passage_id=1, article_id="a", text=text, score=1.0, title="", headline="", source=None,
              date=None, url=None, start=0, end=len(text))
    answer, after, far = text.index("The answer"), text.index("Next one"), text.index("Far.")
    draft = Draft(text="42 [1]", short_answer="42", quotes={0: [(answer, answer + 17), (0, 9), (after, after + 9),
                                                                (far, far + 4)]})
    _, [citation] = QAChain._number(draft, [hit])
    assert answer > QUOTE_SPAN  # the earliest sentence is too far from the answer's to share its quote
    assert citation.quote == "The answer is 42. Next one."
    assert (citation.start, citation.end) == (answer, after + 9)


def test_one_article_is_one_numbered_source_however_many_passages_it_is_quoted_from() -> None:
    from qa.extractive import Draft

    def hit(passage: int, article: str, start: int, text: str) -> Hit:
        return Hit(passage_id=passage, article_id=article, text=text, score=1.0, title="", headline="",
                   source=None, date=None, url=None, start=start, end=start + len(text))

    hits = [hit(10, "a", 0, "Alpha one."), hit(20, "b", 0, "Beta."), hit(12, "a", 500, "Alpha far.")]
    draft = Draft(text="Answer [3] [1] and [2].", short_answer="Answer",
                  quotes={2: [(500, 510)], 0: [(0, 10)], 1: [(0, 5)]})
    text, citations = QAChain._number(draft, hits)
    assert text == "Answer [1] and [2]."
    assert [(c.n, c.passage_id, c.quote) for c in citations] == [(1, 12, "Alpha far."), (1, 10, "Alpha one."),
                                                                   (2, 20, "Beta.")]


def test_the_answer_comes_from_the_best_article_not_a_stray_name_elsewhere(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Starbucks is dealing with an oat milk shortage at several stores, frustrating fans "
                            "of its oat milk drinks.",
                            "The UK variant has become the dominant coronavirus variant in the US this spring."])
    draft = _draft("Starbucks is running low on which popular new product?", pool)
    # The best article names no product the tagger labels: its sentence is the answer, not "UK".
    assert draft.short_answer is not None and "oat milk shortage" in draft.short_answer
    assert list(draft.quotes) == [0]
    # Within the best article, another sentence's span still answers.
    pool = _pool(embedder, ["Slack is being purchased for $27.7 billion, its owners said on Tuesday.",
                            "Microsoft is buying the messaging company."], one_article=True)
    assert _draft("Slack is being purchased for $27.7 billion. Which company is buying it?",
                  pool).short_answer == "Microsoft"


def test_a_country_the_question_names_by_another_name_is_not_the_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The US reopened its embassy in Kyiv, Ukraine, this week, three months after "
                            "closing it."])
    assert _draft("In which country did the United States reopen its embassy?", pool).short_answer == "Ukraine"
    from qa.extractive import _mentioned

    # Its people name it too, in one word or several, singular or plural.
    assert _mentioned("US", "Which country do Americans visit most?")
    assert _mentioned("New Zealand", "Which country will follow the New Zealanders' vote?")
    assert not _mentioned("Australia", "Which country will follow the New Zealanders' vote?")


def test_a_place_the_question_names_by_its_people_is_not_where(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _mentioned

    # Any place's people, in the plural too, whether its name ends in a vowel or "s".
    assert _mentioned("Oregon", "Where can Oregonians now pump their own gas?")
    assert _mentioned("Texas", "Where do Texans spend the holidays?")
    assert _mentioned("Florida", "Where are Floridians moving?")
    assert _mentioned("New York", "Where do New Yorkers go in summer?")
    assert _mentioned("Iraq", "What did Iraqis vote for?")
    assert not _mentioned("Mexico", "Where do Texans spend the holidays?")
    pool = _pool(embedder, ["Florida has lost residents as Floridians move to cheaper towns such as Asheville."])
    assert _draft("Where are Floridians moving?", pool).short_answer == "Asheville"


def test_which_other_is_not_the_one_the_story_is_about(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Oregon now lets drivers in rural counties pump their own gas.",
                            "Oregon had banned drivers from pumping their own gas since 1951.",
                            "The only other state that bans drivers from pumping their own gas is New Jersey.",
                            "Many in Oregon are unhappy with the change, and Oregon's attendants fear for their jobs."],
                 one_article=True)
    assert _draft("Which other state bans drivers from pumping their own gas?", pool).short_answer == "New Jersey"
    from qa.question import analyze

    assert not analyze("Which state bans drivers from pumping their own gas?").other


def test_only_articles_that_support_the_question_corroborate_an_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Microsoft is buying Slack, the workplace messaging company, for $27.7 billion.",
                            "Slack's rival Microsoft Teams now has 115 million daily users, Microsoft said.",
                            "Microsoft released a new version of its Windows operating system on Tuesday."])
    draft = _draft("Which company is buying Slack, the workplace messaging company?", pool)
    assert draft.short_answer == "Microsoft"
    # The second article is about Slack's rival: it supports the question well enough to be cited;
    # the third only names Microsoft.
    assert 0 in draft.quotes and 2 not in draft.quotes


def test_a_full_article_answers_from_a_sentence_beyond_the_best_few(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import TOP_SENTENCES

    # The lede and its echoes restate the question; the buyer is named further down.
    sentences = ["An airline announced a deal on Thursday to buy Spirit Airlines, the budget carrier.",
                 "The deal to buy Spirit Airlines still needs the approval of regulators.",
                 "Analysts said the deal for Spirit Airlines would reshape budget air travel.",
                 "Spirit Airlines shareholders will vote on the airline deal next month.",
                 "Shares rose 5% on the news, and the board backed the offer.",
                 "The buyer is JetBlue Airways, the New York carrier known for free Wi-Fi."]
    pool = _pool(embedder, sentences, one_article=True)
    question = "Which airline announced a deal to buy Spirit Airlines?"
    ranked = pool.rank(question, for_answer=True)
    assert all("JetBlue" not in s.sentence.text for s in ranked[:TOP_SENTENCES])  # beyond the best few
    assert _draft(question, pool).short_answer == "JetBlue Airways"


def test_the_name_the_article_keeps_returning_to_wins_a_close_call(embedder) -> None:  # type: ignore[no-untyped-def]
    question = "Which company is buying the chip maker Arm?"
    close = ["Nvidia is buying the chip maker Arm, people familiar with the talks said.",
             "Qualcomm is buying the chip maker Arm, a rival report said."]
    for named, other in ((0, 1), (1, 0)):
        buyer = close[named].split()[0]
        again = [f"{buyer} will pay in cash and shares.", f"{buyer} has grown fast this decade."]
        pool = _pool(embedder, [*close, *again], one_article=True)
        ranked = pool.rank(question, for_answer=True)
        assert abs(ranked[0].score - ranked[1].score) < 0.05  # the two claims support the question alike
        assert _draft(question, pool).short_answer == buyer, close[other]
    # The headline counts as a mention: the story is about the name it puts there, though the
    # other claim supports the question a little better.
    pool = _pool(embedder, close, one_article=True, title="Chip deal: Nvidia")
    assert pool.rank(question, for_answer=True)[0].sentence.text == close[1]
    assert _draft(question, pool).short_answer == "Nvidia"


def test_a_how_old_question_is_answered_with_an_age(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Mack Rutherford landed in Belgium on Tuesday to become the youngest person to fly around the world "
             "solo in a small plane.", "The 17-year-old set off from Sofia in March, two months after his sister."]
    question = "A British-Belgian teenager became the youngest person to fly around the world solo. How old is he?"
    assert _draft(question, _pool(embedder, story, one_article=True)).short_answer == "17"
    pool = _pool(embedder, ["Kane Tanaka, the world’s oldest person, died on April 19 at the age of 119."])
    assert _draft("Kane Tanaka, the world’s oldest person, died this week. How old was she?",
                  pool).short_answer == "119"
    # A number that states no age is no answer to "how old": the story does not say.
    pool = _pool(embedder, ["Qais al-Khazali, head of Asaib Ahl al-Haq, is now represented by a 15-member bloc "
                            "in parliament."])
    assert _draft("How old is Qais al-Khazali?", pool).short_answer != "15"
    # A relative's age is hers, not his; unless she is the one asked about.
    story = ["Mack Rutherford, who turned 17 during the journey, landed in Belgium on Tuesday.",
             "He flew the same kind of aircraft as his 19-year-old sister, Zara Rutherford, when she set the record."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("How old is Mack Rutherford?", pool).short_answer == "17"
    assert _draft("How old is Zara Rutherford?", pool).short_answer == "19"
    # An age told alone after the person's news; a thing's age is no person's.
    story = ["Elizabeth Alexandra Mary Windsor died on Thursday at Balmoral Castle, her estate in Scotland.",
             "She was 96.", "Elizabeth was the symbol of stability as Britain and its 1,000-year-old monarchy sailed "
             "through the storms of the modern age."]
    assert _draft("How old was Elizabeth Windsor?", _pool(embedder, story, one_article=True)).short_answer == "96"


def test_how_much_is_answered_with_an_amount_before_a_count(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The plan, open to as many as 43 million borrowers, cancels up to $20,000 of their "
                            "student loan debt."])
    assert "$20,000" in _draft("How much student loan debt does the plan cancel?", pool).short_answer
    assert "43 million" in _draft("How many borrowers can apply?", pool).short_answer


def test_a_sentence_that_asks_the_question_is_not_its_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    # A news quiz prints the question itself; the article's statement answers.
    story = ["Starbucks brought back its pumpkin spice latte on Tuesday, the drink its fans call the PSL.",
             "Starbucks reintroduced one of its most popular drinks this week. What does PSL stand for?"]
    draft = _draft("What does PSL stand for?", _pool(embedder, story, one_article=True))
    assert "pumpkin spice latte" in draft.short_answer


def test_a_question_asking_what_something_is_called_gets_the_name_given(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["The container ship that blocked the Suez Canal for six days was freed on Monday.",
             "The ship is called Ever Given, and it is operated by Evergreen Marine of Taiwan."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("A ship blocked the Suez Canal this week. What’s the ship’s name?", pool).short_answer == "Ever Given"
    variant = ["The most infectious and transmissible variant yet has arrived, scientists warned on Tuesday.",
               "It is called BA.5 and now makes up most new cases in the US."]
    pool = _pool(embedder, variant, one_article=True)
    assert _draft("The most transmissible variant yet has arrived. What is it called?", pool).short_answer == "BA.5"


def test_the_name_so_called_gives_the_noun_asked(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Disney is grappling with the fallout of coming out against Florida's so-called Don't "
                            "Say Gay law."])
    assert _draft("Which law did Disney oppose?", pool).short_answer == "Don't Say Gay"
    pool = _pool(embedder, ["The credit is part of the so-called “Inflation Reduction Act” package passed in August."])
    assert _draft("Which package is the tax credit part of?", pool).short_answer == "Inflation Reduction Act"
    from qa.extractive import _so_called, parse

    # a name only before the noun asked
    doc, = parse(["So-called Gig Economy workers protested in London on Monday."])
    assert [c.text for c in _so_called(doc, 3, "worker")] == ["Gig Economy"]
    assert [c.text for c in _so_called(doc, 3, "law")] == []


def test_the_person_or_thing_the_question_names_is_not_the_answer_under_a_title(embedder) -> None:  # type: ignore[no-untyped-def]
    # "Ms Kidman" is the Kidman asked about, "Dr Fauci" the Fauci.
    pool = _pool(embedder, ["Ms Kidman was advised by her publicist, Wendy Day."])
    assert _draft("Who is Kidman's publicist?", pool).short_answer == "Wendy Day"
    pool = _pool(embedder, ["Dr Fauci was joined at the briefing by Deborah Birx."])
    assert _draft("Who was with Fauci at the briefing?", pool).short_answer == "Deborah Birx"
    # A person the question names by surname is not the answer in full ("Actress Nicole Kidman"),
    # unless the question asks about the family ("Trump's children").
    pool = _pool(embedder, ["Actress Nicole Kidman has won a restraining order against two photographers."])
    assert "Kidman" not in (_draft("Which film is Kidman shooting?", pool).short_answer or "").split()[-1:]
    pool = _pool(embedder, ["Ivanka Trump is in talks to appear before the committee, CNN reported."])
    assert _draft("Which of Trump's children is in talks with the committee?", pool).short_answer == "Ivanka Trump"
    # Only kin share the name: Trump's lawyer is no Trump.
    story = ["Rudy Giuliani has been engaging with the House select committee investigating the riot.",
             "Former President Donald Trump's one-time lawyer was one of four witnesses scheduled to appear."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who was Trump's one-time lawyer engaging with the committee?", pool).short_answer == "Rudy Giuliani"
    # "BBC Radio 1" is the Radio 1 the question names.
    story = ["The permanent replacement for late DJ John Peel's BBC Radio 1 show goes on air on Tuesday, with "
             "three hosts chosen to fill the slot.",
             "Rock DJ Huw Stephens will go on air in the 2300 slot every Tuesday, with Ras Kwame on Wednesdays."]
    answer = _draft("Who replaced John Peel on Radio 1?", _pool(embedder, story, one_article=True)).short_answer
    assert answer is not None and "Radio" not in answer


def test_a_plural_of_the_asked_noun_says_nothing_new(embedder) -> None:  # type: ignore[no-untyped-def]
    # "which race": "races" is the question's own word; the sentence is the better answer.
    pool = _pool(embedder, ["Kelly Holmes will start 2005 with a series of races in Britain."])
    assert _draft("What race did Kelly Holmes win in Glasgow?", pool).short_answer != "races"


def test_the_answer_fills_the_slot_the_question_asks_about(embedder) -> None:  # type: ignore[no-untyped-def]
    # Both sentences give a count about the genocide; only one says how many were killed.
    story = ["An estimated 25,000 girls and women were raped during the 1994 genocide in Rwanda.",
             "About 800,000 Tutsis and moderate Hutus were killed by Hutu militias in the genocide."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("How many people were killed in the Rwandan genocide?", pool).short_answer == "About 800,000"
    # What Galloway launched is the object of "launched", not the paper he sued.
    story = ["Mr Galloway, who won £150,000 in libel damages from the Daily Telegraph, will contest Bethnal Green.",
             "The 50-year-old MP launched Respect, the Unity Coalition, in January with anti-war activists."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Which party did Galloway launch?", pool).short_answer == "Respect"
    # The source a sentence is "according to" tells the news; unless the question asks who told it.
    story = ["Over 10,000 users reported trouble on Wednesday evening, according to outage tracker Downdetector.",
             "Users around the world struggled to access Twitter on Wednesday evening."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Users were unable to access which social media platform this week?", pool).short_answer == "Twitter"
    assert _draft("Which company reported that users had trouble on Wednesday?", pool).short_answer == "Downdetector"


def test_the_source_a_sentence_is_according_to_is_known() -> None:
    from qa.extractive import _source, parse

    doc, = parse(["Users could not log in, according to outage tracker Downdetector, while Twitter said "
                  "the problem was fixed, according to the company."])
    spans = {t.text: t.i for t in doc}
    assert _source(doc, spans["Downdetector"], spans["Downdetector"] + 1)
    assert _source(doc, spans["company"] - 1, spans["company"] + 1)
    assert not _source(doc, spans["Twitter"], spans["Twitter"] + 1)
    assert not _source(doc, spans["Users"], spans["Users"] + 1)
    # Inside what it is according to: "documents viewed by CNN".
    doc, = parse(["Twitter is considering charging for verified accounts, according to internal Twitter "
                  "documents viewed by CNN."])
    spans = {t.text: t.i for t in doc}
    assert _source(doc, spans["CNN"], spans["CNN"] + 1)
    assert not _source(doc, 0, 1)
    # The speaker a quote is attributed to, after it.
    doc, = parse(["Stokes got off to a ‘perfect, winning start’, said The Times, after England beat New Zealand."])
    spans = {t.text: t.i for t in doc}
    assert _source(doc, spans["Times"] - 1, spans["Times"] + 1)
    assert not _source(doc, spans["New"], spans["Zealand"] + 1)


def test_a_where_question_gets_the_place_with_the_state_or_country_that_locates_it(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["A gunman killed ten people at a supermarket in Boulder, Colorado, on Monday."])
    assert _draft("In what city did the shooting take place?", pool).short_answer == "Boulder, Colorado"
    pool = _pool(embedder, ["Leaders met in Brussels, Belgium, for the Nato summit on Monday."])
    assert _draft("Where did the summit happen?", pool).short_answer == "Brussels, Belgium"
    # Not a country the question names already, nor a list of places.
    pool = _pool(embedder, ["The airliner crashed into houses in Karachi, Pakistan, on Friday."])
    assert _draft("A plane crashed in which Pakistani city?", pool).short_answer == "Karachi"
    pool = _pool(embedder, ["Protests spread to Basra, Iraq, Syria and Lebanon on Friday."])
    assert _draft("Where did the protests spread?", pool).short_answer != "Basra, Iraq"


def test_a_region_weighs_as_a_place_does_for_where() -> None:
    from qa.extractive import ExtractiveAnswerer
    from qa.question import analyze
    from retrieval.sentences import parse

    doc, = parse(["Jim Reid, who lives near Lake Tahoe in California, is a strategist at Deutsche Bank."])
    weights = {c.text: c.weight for c in ExtractiveAnswerer._candidates(analyze("Where does Jim Reid work?"), doc,
                                                                         set(), None)}
    # A region (Lake Tahoe) weighs as a state does; where the workplace is asked, both below the organisation.
    assert weights["Lake Tahoe"] == weights["California"] < weights["Deutsche Bank"]


def test_a_where_question_takes_a_university_the_tagger_calls_an_organisation(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Carlile, who grew up in Fairbanks, is a graduate student at Vanderbilt University."])
    assert _draft("Where is Carlile a graduate student?", pool).short_answer == "Vanderbilt University"
    pool = _pool(embedder, ["The shooting happened at Robb Elementary School on Tuesday, officials in Texas said."])
    assert _draft("Where did the shooting happen?", pool).short_answer == "Robb Elementary School"
    # Only where a place is asked: "which city" still wants the city.
    pool = _pool(embedder, ["Carlile studies at Vanderbilt University in Nashville."])
    assert _draft("In which city does Carlile study?", pool).short_answer == "Nashville"


@pytest.mark.parametrize(("question", "slot"), [
    ("Which party did Galloway launch?", ("launch", "other")),
    ("How many people were killed in the genocide?", ("kill", "patient")),
    ("Who is being sued by Disney?", ("sue", "patient")),
    ("Which automaker is offering to buy back its SUVs?", ("offer", "agent")),
    ("Who won the 2018 World Cup?", ("win", "agent")),
    ("Which company has bought Slack?", ("buy", "agent")),
    ("The CEO of which tech company stepped down?", None),
    ("Who is the CEO of Apple?", None),
    ("When did Poindexter resign?", ("resign", "other")),
    ("When is the sale expected to be completed?", ("complete", "other")),
    ("Where will OPEC meet in June?", ("meet", "other")),
    ("Where is the company's production plant?", None),
    ("Thousands of users were unable to access which platform this week?", ("access", "patient")),
    ("Protesters in Baghdad attacked which embassy?", ("attack", "patient")),
    ("Which company is Microsoft acquiring?", ("buy", "other")),
    ("Which team won the NCAA championship?", ("beat", "agent")),
    ("When were the Westland Awards started?", ("start", "other")),  # "started" read as a past tense
    ("In what year did marriages in Westland peak?", ("peak", "other")),  # as "when did they peak"
    ("In which city were the talks held?", ("hold", "other")),
    ("Where does the Alaska Railroad's main route stretch from?", ("stretch", "from")),  # "from" as the root
])
def test_the_slot_a_question_asks_about_is_read_from_its_words(question: str, slot: tuple[str, str] | None) -> None:
    from qa.extractive import _asked_slot
    from retrieval.sentences import parse

    found = _asked_slot(parse([question])[0])
    if slot is None:
        assert found is None
    else:
        assert found is not None and slot[0] in found[0] and found[1] == slot[1]


@pytest.mark.parametrize(("question", "sentence", "figure"), [
    ("When did Freddie Mercury die?", "Queen have played with many singers since Mercury's death in 1991.", "1991"),
    ("When did the minister resign?", "Her resignation in March shocked the party.", "March"),
    ("In what year did marriages peak?", "Weddings fell 50% from the peak in 1972, the lowest since 1862.", "1972"),
])
def test_a_noun_news_makes_of_the_asked_verb_holds_its_slot(question: str, sentence: str, figure: str) -> None:
    from qa.extractive import _asked_slot, _in_slot
    from retrieval.sentences import parse

    asked, doc = parse([question, sentence])
    start = next(t.i for t in doc if t.text == figure)
    assert _in_slot(_asked_slot(asked), doc, start, start + 1)


@pytest.mark.parametrize(("sentence", "figure", "prior"), [
    ("Unemployment rose to 4.1% from 3.9% in May.", "3.9", True),
    ("Prices fell 5%, compared with 6% a year before.", "6", True),
    ("The throw broke the previous record of 226 feet set in 2012.", "226", True),
    ("The throw set a new record of 252 feet last month.", "252", False),
    ("The law caps the wage at $22 an hour, compared to the statewide minimum of $15.50 an hour.", "15.50", True),
    ("The law caps the wage at $22 an hour, compared to $15.50 an hour now.", "15.50", True),
    ("The law caps the wage at $22 an hour, compared to the statewide minimum of $15.50 an hour.", "22", False),
])
def test_a_figure_a_change_started_from_is_an_earlier_level(sentence: str, figure: str, prior: bool) -> None:
    from qa.extractive import _prior_level
    from retrieval.sentences import parse

    doc, = parse([sentence])
    start = next(t.i for t in doc if t.text == figure)
    assert _prior_level(doc, start - (doc[start - 1].tag_ == "$")) == prior  # a sum from its sign


def test_hard_wrapped_wire_copy_is_answered_on_one_line(embedder) -> None:  # type: ignore[no-untyped-def]
    # Reuters copy breaks lines mid-sentence; the answer shows none of it, the quote keeps it verbatim.
    story = ("The company said about 2,000 workers, members of the\nCanadian Paperworkers Union and another "
             "union,\nwalked out at its Wayagamack mill.")
    draft = _draft("Which union do the striking workers belong to?", _pool(embedder, [story]))
    assert draft.short_answer in {"Canadian Paperworkers Union", "the Canadian Paperworkers Union"}
    story = "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the\ndrought."
    draft = _draft("What alleviated the drought in the Bahia cocoa zone?", _pool(embedder, [story]))
    assert draft.short_answer is not None and "\n" not in draft.short_answer and "\n" not in draft.text


def test_a_name_ends_before_the_comma_of_its_list(embedder) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm tags "Bank of Yokohama," with the list's comma.
    pool = _pool(embedder, ["Funds will be provided by Bank of Yokohama, Credit Lyonnais, Mitsui Trust and Banking "
                            "Co Ltd and Saitama Bank."])
    answer = _draft("Which bank provides the funds?", pool).short_answer
    assert answer is not None and not answer.endswith(",")


def test_the_asked_noun_as_a_title_gives_the_name_after_it(embedder) -> None:  # type: ignore[no-untyped-def]
    # No entity type covers "speculator" or "analyst": the name they stand before is the answer.
    pool = _pool(embedder, ["The firm had ties to now-disgraced speculator Ivan Boesky."])
    assert _draft("Which speculator did the firm have ties to?", pool).short_answer == "Ivan Boesky"
    pool = _pool(embedder, ['"The growth is largely unappreciated by the market," said analyst Sherman Chao of '
                            'Salomon Brothers, who is not among most Wall Street analysts.'])
    assert _draft("Which analyst is at Salomon Brothers?", pool).short_answer == "Sherman Chao"
    # A capitalised word of a name is no title: "Double Asteroid Redirection Test" names no asteroid.
    pool = _pool(embedder, ["The mission, known as the Double Asteroid Redirection Test, will hit the moonlet."])
    assert _draft("Which asteroid will the mission hit?", pool).short_answer != "Redirection Test"


def test_how_much_keeps_the_unit_the_tagger_left_out(embedder) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm tags only "1.0" and "300" as numbers in wire abbreviations.
    pool = _pool(embedder, ["Consumer energy costs rose 1.0 pct in March, the Labor Department said."])
    assert _draft("How much did consumer energy costs rise in March?", pool).short_answer == "1.0 pct"
    pool = _pool(embedder, ["The syndicated loan for Nalco has been increased to 300 mln dlrs due to "
                            "over-subscription, with a 10 year term."])
    # "How big" asks for an amount, never a span of time ("10 year").
    assert _draft("How big is the Nalco loan?", pool).short_answer == "300 mln dlrs"
    # A count keeps to the number when the question names what is counted.
    pool = _pool(embedder, ["About 2,000 workers walked out at the mills on Saturday."])
    assert _draft("How many workers walked out?", pool).short_answer == "About 2,000"


def test_a_company_the_question_names_is_no_answer_with_its_suffix(embedder) -> None:  # type: ignore[no-untyped-def]
    # The tagger labels only "Tandem" in the question; "Tandem Computers Inc" is the company asked about.
    story = ["Tandem Computers Inc said it expects higher earnings in its second fiscal quarter.",
             "Treybig, who founded the Cupertino, Calif.-based company, said he has seen a rebound in orders."]
    answer = _draft("Who founded Tandem Computers?", _pool(embedder, story, one_article=True)).short_answer
    assert answer is not None and "Tandem" not in answer


def test_a_part_of_a_place_the_question_names_is_another_place(embedder) -> None:  # type: ignore[no-untyped-def]
    # "Northern San Diego" is no mention of the question's "San Diego's" (whose entity keeps the "'s").
    pool = _pool(embedder, ["Most of the city's other business districts are located in Northern San Diego."])
    question = "Where are the majority of San Diego's business districts located?"
    assert _draft(question, pool).short_answer == "Northern San Diego"



def test_when_gets_the_date_the_questions_verb_takes(embedder) -> None:  # type: ignore[no-untyped-def]
    # "by September 30" is when the sale completes; "in November" when the restructuring was announced.
    story = ["CPC said the sale of its European business, a part of the restructuring it announced on "
             "November 12, is expected to be completed by September 30."]
    draft = _draft("When is the CPC sale expected to be completed?", _pool(embedder, story, one_article=True))
    assert draft.short_answer == "September 30"


def test_a_company_the_question_names_is_no_answer_with_its_legal_form(embedder) -> None:  # type: ignore[no-untyped-def]
    # "Chrysler Corp" and "CPC International Inc" are the Chrysler and the CPC asked about.
    pool = _pool(embedder, ["Joint venture talks that could lead to Chrysler Corp taking a stake in Italian car "
                            "maker Lamborghini are continuing."])
    assert _draft("Which company is Chrysler in joint venture talks with?", pool).short_answer == "Lamborghini"
    pool = _pool(embedder, ["CPC International Inc said it agreed to sell its European corn wet milling business "
                            "to Agricola Finanziaria SpA for over 600 mln dlrs."])
    assert _draft("Who is buying CPC's European business?", pool).short_answer == "Agricola Finanziaria SpA"
    # A club's: "Graz AK" is the Graz a question names.
    pool = _pool(embedder, ["Westfield boss Tom Baker hopes that Ann Lee did not seriously damage her hamstring "
                            "during the 2-1 Uefa Cup win over Graz AK."])
    assert _draft("Which player injured her hamstring in the Uefa Cup win over Graz?", pool).short_answer == "Ann Lee"


def test_a_hard_wrapped_sentence_is_parsed_as_one_line(embedder) -> None:  # type: ignore[no-untyped-def]
    # With the line breaks the tagger misses "Mobile" as a place.
    story = ("Last year, the company reported earnings of 4.96 dlrs a\nshare, reflecting the impact of a strike "
             "at its Mobile,\nAlabama, plant.")
    assert _draft("Where was the strike at the company's plant?", _pool(embedder, [story])).short_answer == \
        "Mobile, Alabama"


def test_the_person_the_asked_noun_titles_is_the_one_asked_for(embedder) -> None:  # type: ignore[no-untyped-def]
    # "New York" modifies "investor", which titles Asher Edelman: the investor is Edelman.
    pool = _pool(embedder, ["Rumors that New York investor Asher Edelman has acquired a stake in Polaroid Corp "
                            "sent Polaroid's stock higher, traders said."])
    assert _draft("Which investor is rumored to have a stake in Polaroid?", pool).short_answer == "Asher Edelman"


def test_wire_figures_keep_their_scale_and_sums_answer_what_profit(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Mazda estimated vehicle exports at 1.12 mln, including kit parts, in the year to "
                            "October 31, and domestic sales at 360,000."])
    assert _draft("How many vehicles does Mazda expect to export?", pool).short_answer == "1.12 mln"
    pool = _pool(embedder, ["Mazda Motor Corp predicted a parent company current profit of 10 billion yen in the "
                            "year ending October 31, 1987, vice president Yoshihiro Wada said."])
    assert _draft("What profit does Mazda predict for the year?", pool).short_answer == "10 billion yen"


def test_an_age_is_no_answer_to_when(embedder) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm labels "five-year-old" a date.
    pool = _pool(embedder, ["The five-year-old moratorium on debt payments that Brazil declared last month worries "
                            "bankers."])
    assert _draft("When did Brazil declare the moratorium?", pool).short_answer == "last month"


def test_which_x_gets_the_name_an_x_is_called(embedder) -> None:  # type: ignore[no-untyped-def]
    # The tagger labels no organisation in "Space for Humanity"; the sentence says it is the nonprofit.
    pool = _pool(embedder, ["Katya Echazarreta, an engineer from Guadalajara, was selected by a nonprofit called "
                            "Space for Humanity to join the mission."])
    assert _draft("Which nonprofit selected Echazarreta?", pool).short_answer == "Space for Humanity"


def test_how_long_is_no_answer_to_when(embedder) -> None:  # type: ignore[no-untyped-def]
    # The tagger misses "9:26am ET" and labels "a few minutes": the sentence, which says when, is the answer.
    pool = _pool(embedder, ["The rocket took off from West Texas at 9:26am ET, giving the six passengers a few "
                            "minutes of weightlessness."])
    answer = _draft("When did the rocket take off?", pool).short_answer
    assert answer is not None and answer.split()[-1] != "minutes"
    # A time a span points to is one: "two years ago", "in two years", "late next year".
    pool = _pool(embedder, ["The bank forecasts a mild recession will begin late next year, a new report said."])
    assert _draft("When will the recession begin?", pool).short_answer == "late next year"
    pool = _pool(embedder, ["The company was founded two years ago in a garage in Ohio."])
    assert _draft("When was the company founded?", pool).short_answer == "two years ago"


def test_who_is_the_role_gives_the_person_the_sentence_gives_that_role(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Hans Becker, a glacier expert at the University of Bergen, Norway, said the "
                            "measurements were sound."])
    assert _draft("Who is the glacier expert at the University of Bergen?", pool).short_answer == "Hans Becker"
    pool = _pool(embedder, ["The ban is lifted from Saturday, said State Fire Marshal Jim Walker in Salem, Oregon."])
    assert _draft("Who is Oregon's State Fire Marshal?", pool).short_answer == "Jim Walker"


def test_how_long_is_answered_with_a_span_of_time_not_a_day(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The drive-thru wait at Burger Barn, measured on Tuesday, averaged 189.5 seconds."])
    assert _draft("How long was the drive-thru wait at Burger Barn?", pool).short_answer == "189.5 seconds"


def test_a_score_or_fraction_is_one_figure(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Leeds last met Hull in a final in 1999, when they lost 3-2 in extra time."])
    assert _draft("What was the score when Leeds last met Hull in a final?", pool).short_answer == "3-2"
    pool = _pool(embedder, ["Shares of Acme Corp rose 1-1/8 to 45-3/4 in heavy trading on Tuesday."])
    assert _draft("How much did Acme shares rise on Tuesday?", pool).short_answer == "1-1/8"


def test_a_name_keeps_its_own_possessive_and_hyphens(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["By comparison, Wendy's was the fastest chain, at an average 133.6 seconds."])
    assert _draft("Which chain was the fastest?", pool).short_answer == "Wendy's"
    pool = _pool(embedder, ["The chain ranking highest in accuracy: Chick-fil-A at 91.6%."])
    assert _draft("Which chain ranked highest in accuracy?", pool).short_answer == "Chick-fil-A"
    pool = _pool(embedder, ["Wendy's sales rose 4% in the quarter, the company said."])  # a possessive that owns
    assert _draft("Which company's sales rose 4% in the quarter?", pool).short_answer == "Wendy"


def test_the_questions_own_thing_is_no_answer(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The figures come from the 2013 Drive-Thru Performance Study, a survey of 20 chains.",
                            "The study was conducted this summer by Insula Research."], one_article=True)
    assert _draft("Who conducted the drive-thru study?", pool).short_answer == "Insula Research"


def test_a_place_named_with_of_is_the_place_asked_for(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The Sakurajima volcano erupted on Sunday on the island of Kyushu, officials said."])
    assert _draft("A volcano erupted on which Japanese island?", pool).short_answer == "Kyushu"


def test_a_question_asking_for_several_gets_the_list(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The travel ban was extended on Friday to Myanmar, Eritrea, Kyrgyzstan and Nigeria."])
    assert _draft("The travel ban was extended to which four countries?", pool).short_answer == \
        "Myanmar, Eritrea, Kyrgyzstan and Nigeria"
    assert _draft("The travel ban was extended to which countries?", pool).short_answer == \
        "Myanmar, Eritrea, Kyrgyzstan and Nigeria"
    # A list of another length, or a question asking for one, is not answered with the list.
    assert "," not in _draft("The travel ban was extended to which three countries?", pool).short_answer
    assert "," not in _draft("The travel ban was extended to which country?", pool).short_answer
    # A pair too, though one of it alone is named as the noun asked ("boroughs of Hillingdon").
    pair = _pool(embedder, ["Groups challenging the plans include Stop Stansted Expansion, Heathrow anti-noise "
                            "campaigners HACAN Clearskies and the London boroughs of Hillingdon and Wandsworth."])
    assert _draft("Which London boroughs are challenging the airport plans?", pair).short_answer == \
        "Hillingdon and Wandsworth"
    assert _draft("Which London borough is challenging the airport plans?", pair).short_answer == "Hillingdon"


def test_what_pressure_asks_for_a_measure_with_its_unit(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The team calculated that a pressure of 2.9 million psi would be needed to form "
                            "such large crystals, a sign of great pressure deep inside a planet."])
    assert _draft("What pressure was needed to form the crystals?", pool).short_answer == "2.9 million psi"


def test_a_when_question_takes_a_day_its_tense_allows(embedder) -> None:  # type: ignore[no-untyped-def]
    # On the day of the first round, the run-off "will be held" on a later day.
    story = ["Brazil's presidential election will go to a run-off after no candidate won a majority on October 2.",
             "Lula said he was confident of winning the vote to be held on October 30."]
    pool = _pool(embedder, story, one_article=True, day="2022-10-02")
    assert _draft("When will Brazil's presidential run-off be held?", pool).short_answer == "October 30"
    # What happened did not happen after the story.
    story = ["The queen died on Thursday.",
             "Britain will mourn the queen who died, with a state funeral for Queen Elizabeth on Sept. 19."]
    pool = _pool(embedder, story, one_article=True, day="2022-09-09")
    assert _draft("When did Queen Elizabeth die?", pool).short_answer == "Thursday"
    # Nor in a later year, however the phrase around the year is written.
    story = ["Contract negotiations are set to begin in the spring between UPS and the Teamsters Union ahead of "
             "their current contract’s expiration at the end of July, 2023.",
             "The union has not gone on strike against UPS since a nearly two-week protest in 1997."]
    pool = _pool(embedder, story, one_article=True, day="2022-09-05")
    assert _draft("When did the Teamsters last go on strike against UPS?", pool).short_answer == "1997"


def test_a_day_named_relative_to_the_story_is_shown_as_a_calendar_day(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Queen Elizabeth II died peacefully at Balmoral on Thursday, the palace said."],
                 day="2022-09-09")
    assert _draft("When did Queen Elizabeth II die?", pool).text.startswith("Thursday (September 8, 2022) [1]")
    pool = _pool(embedder, ["The launch was scrubbed yesterday after a hydrogen leak, NASA said."], day="2022-09-04")
    assert _draft("When was the launch scrubbed?", pool).text.startswith("yesterday (Saturday, September 3, 2022)")
    # A weekday its sentence does not place before or after the story is left as written.
    pool = _pool(embedder, ["The Artemis I moon rocket is gearing up for another test Wednesday."], day="2022-09-19")
    assert _draft("When did the Artemis I test begin?", pool).text.startswith("Wednesday [1]")


def test_a_place_ranked_as_the_question_ranks_it_wins(embedder) -> None:  # type: ignore[no-untyped-def]
    # "What is the X" asks "which X"; "largest" is asked too: not the southern city the heat hit hardest.
    story = ["On April 30 the temperature in the southern city of Nawabshah in Pakistan soared to 122.4 degrees.",
             "More than 60 people have died from the heat in Karachi, the country's largest city."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("What is Pakistan's largest city?", pool).short_answer == "Karachi"
    assert _draft("What is the largest city in Pakistan?", pool).short_answer == "Karachi"
    # What the asked noun has most of ranks it too.
    from qa.extractive import _ranks
    from retrieval.sentences import parse

    question, = parse(["Which state has the highest number of restrictions?"])
    assert _ranks(question, "state") == {"highest"}
    question, = parse(["Which state with the most restrictions lies in the west?"])
    assert _ranks(question, "state") == {"most"}
    question, = parse(["Which state passed the highest number of restrictions?"])
    assert _ranks(question, "state") == set()  # not what it did most of


def test_a_list_asked_for_outranks_its_better_named_member(embedder) -> None:  # type: ignore[no-untyped-def]
    # The article keeps naming Oregon; the question asks for states, and the list holds Oregon too.
    story = ["Oregon will let drivers pump their own gas for the first time, the state said.",
             "Oregon officials said the rule eases staff shortages at Oregon stations.",
             "Only Oregon and New Jersey ban self-service gasoline, according to the Oregon fire marshal."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Which states ban self-service gasoline?", pool).short_answer == "Oregon and New Jersey"
    # A pair holding a name the question gives is no answer: "Charles and Diana" are not his children.
    story = ["Charles and Diana married in 1981 and divorced in 1996.",
             "Charles became king on Thursday, and Charles will be crowned next year.",
             "The couple had two children, Prince William and Prince Harry."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("What are the names of Charles's two children?", pool).short_answer == \
        "Prince William and Prince Harry"


def test_a_figure_is_given_without_the_word_that_adds_it_to_another(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["More than 123 million Brazilians voted, while another 32 million abstained."])
    assert _draft("How many Brazilians abstained?", pool).short_answer == "32 million"
    pool = _pool(embedder, ["The council approved an additional $5 million for the bridge repairs."])
    assert _draft("How much more did the council approve for the bridge?", pool).short_answer == "$5 million"


def test_a_figure_leaves_out_what_the_question_says_already(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Nearly 1.6 million asylum applications are pending in the immigration courts."])
    # The question's own hedge; without one, the article's is information and stays.
    assert _draft("Approximately how many asylum applications are pending?", pool).short_answer == "1.6 million"
    assert _draft("How many asylum applications are pending?", pool).short_answer == "Nearly 1.6 million"
    # A bound is a hedge too, for a question that makes one: "more than 2.5 million", "just over 20%".
    pool = _pool(embedder, ["More than 2.5 million customers in Florida were without power on Thursday."])
    assert _draft("Approximately how many customers in Florida were without power?", pool).short_answer == "2.5 million"
    assert _draft("How many customers in Florida were without power?", pool).short_answer == "More than 2.5 million"
    pool = _pool(embedder, ["Just over 20% of blood donations tested positive for antibodies, the Red Cross said."])
    assert _draft("Approximately what percentage of blood donations tested positive for antibodies?",
                  pool).short_answer == "20%"
    pool = _pool(embedder, ["The agency says only 9% of the plastic used in the US is recycled."])
    assert _draft("How much of the plastic used in the US is recycled?", pool).short_answer == "9%"
    pool = _pool(embedder, ["The report says Trump let the violence play out for 187 minutes before he spoke."])
    assert _draft("How many minutes did Trump let the violence play out?", pool).short_answer == "187"
    assert _draft("How long did Trump let the violence play out?", pool).short_answer == "187 minutes"
    # "In 90 days" says when, unless the question asks "within how many days" as the sentence says it.
    pool = _pool(embedder, ["Users may lose their check marks unless they start paying within 90 days, and "
                            "a new account gets no check mark for 60 days."])
    assert _draft("Within how many days must users start paying to keep their check marks?", pool).short_answer == "90"


def test_when_a_state_held_is_the_span_from_one_date_to_the_other(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["“We will win,” said Lula, who was Brazil's leader from 2002 to 2010."])
    assert _draft("When was Lula Brazil's leader?", pool).short_answer == "2002 to 2010"
    # An event is one day: "when was he born" is not a span.
    pool = _pool(embedder, ["Lula, born in 1945, was Brazil's leader from 2003 to 2010."])
    assert _draft("When was Lula born?", pool).short_answer == "1945"


def test_a_how_many_question_takes_the_figure_counting_what_it_asks(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Canada currently shares about 5,500 miles of land border with three neighbours, "
                            "officials said."])
    assert _draft("How many miles of land border does Canada share?", pool).short_answer == "about 5,500"
    # A figure standing alone may count it: "a further 9 million" abstainers, not "40 million voters".
    pool = _pool(embedder, ["More than 40 million voters cast ballots on Sunday, while a further 9 million abstained."])
    assert _draft("How many voters abstained?", pool).short_answer == "9 million"
    # A participle after the counted noun says what was done to it: "cases documented".
    story = ["The agency is reporting more than 2,000 cases of the disease.",
             "There are at least 9,000 cases documented in over 30 countries, the agency said."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("How many cases are documented worldwide?", pool).short_answer == "at least 9,000"


def test_the_name_given_the_asked_role_is_the_one_asked_for(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Smith faced a revolt on Monday.", "Smith said he would not resign.", "Smith later met his cabinet.",
             "On Tuesday, Jane Porter, the former chief economist at the Treasury, said that Smith had been warned."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who is the former chief economist at the Treasury?", pool).short_answer == "Jane Porter"
    # The role the person left; the owner of the role ("Smith's deputy") is someone else.
    story[3] = ("The row began with a resignation by Smith's former deputy chief whip, Tom Baker, who was accused "
                "of misconduct.")
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who resigned as deputy chief whip?", pool).short_answer == "Tom Baker"
    # "Former" as the question ranks the role, not the current holder.
    pool = _pool(embedder, ["Norway's Prime Minister Kari Nordmann spoke in Oslo on Monday.",
                            "\"We will join,\" Ola Hansen, a former prime minister of Norway, told reporters."],
                 one_article=True)
    assert _draft("Who is a former prime minister of Norway?", pool).short_answer == "Ola Hansen"


def test_figures_given_respectively_answer_for_their_own_names(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["He would stay until a successor was chosen, as did his predecessors Ann Lee and "
                            "Bob Cruz when they resigned in March 2015 and July 2019, respectively."])
    assert _draft("When did Bob Cruz resign?", pool).short_answer == "July 2019"
    assert _draft("When did Ann Lee resign?", pool).short_answer == "March 2015"


def test_the_noun_named_as_a_name_makes_it_the_one_asked_for(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Photo gallery: Police respond to potential bomb threat on Capitol Hill",
             "A bomb threat suspect surrendered after a standoff near the U.S. Capitol.",
             "U.S. Capitol Police identified the suspect as Floyd Ray Roseberry, who crawled from his pickup."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who was the bomb threat suspect near the Capitol?", pool).short_answer == "Floyd Ray Roseberry"


def test_who_is_a_name_is_answered_with_what_the_articles_call_them(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["\"It will be hard,\" said Maria Okafor, a senior analyst at the Lagos Institute of "
                            "Policy, on Tuesday."])
    assert _draft("Who is Maria Okafor?", pool).short_answer == "senior analyst at the Lagos Institute of Policy"
    pool = _pool(embedder, ["Finance Minister Lars Berg presented the budget on Monday."])
    assert _draft("Who is Lars Berg?", pool).short_answer == "Finance Minister"
    # Another Berg is not him: no description, the sentence itself.
    pool = _pool(embedder, ["Coach Tim Berg praised the team after the match."])
    assert _draft("Who is Lars Berg?", pool).short_answer == "Coach Tim Berg praised the team after the match."


def test_who_is_a_name_answers_from_an_article_naming_them_in_full(seed_chain: QAChain) -> None:
    answer = seed_chain.answer("Who is Qais al-Khazali?")
    assert answer.short_answer == "head of Asaib Ahl al-Haq"
    # The seed names an al-Khazali, but not this one.
    other = seed_chain.answer("Who is Laith al-Khazali?")
    assert other.abstained
    assert other.text == "The articles don't say. The closest article never mentions Laith al-Khazali."
    # Typed in lower case, as chat often is: its name read as the articles write it.
    typed = seed_chain.answer("who is qais al-khazali?")
    assert typed.short_answer == "head of Asaib Ahl al-Haq"
    assert typed.question == "who is qais al-khazali?" and typed.resolved_question is None  # as asked, no rewrite


def test_a_name_given_in_quotes_after_dubbed_and_a_named_owners_sum(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The firm — widely dubbed in Norway as its “golden goose” — employs 40,000 people."])
    assert _draft("What is Nordwerk dubbed in Norway?", pool).short_answer == "golden goose"
    pool = _pool(embedder, ["With a market cap of nearly $500 billion, Nordwerk is one of Europe's most valuable "
                            "companies, and employs 40,000 people."])
    assert _draft("What is Nordwerk's market cap?", pool).short_answer == "nearly $500 billion"


def test_an_acronym_in_the_question_matches_the_name_it_stands_for(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Airlines have counted 12 incidents this year, a pilots' union said.",
                            "The Federal Aviation Administration has counted 40 incidents this year."],
                 one_article=True)
    ranked = pool.rank("How many incidents has the FAA counted this year?", for_answer=True)
    assert "Federal Aviation Administration" in ranked[0].sentence.text
    assert _draft("How many incidents has the FAA counted this year?", pool).short_answer == "40"
    # Nor is the name the question's acronym stands for an answer to it.
    pool = _pool(embedder, ["Nordpharma applied to the US Food and Drug Administration for authorization on Monday."])
    assert _draft("Which company applied for FDA authorization?", pool).short_answer == "Nordpharma"


def test_a_how_question_s_adjective_matches_no_word_of_a_sentence(embedder) -> None:  # type: ignore[no-untyped-def]
    # "long" of "how long" asks a span of time; "a 7-mile-long island" tells nothing of one.
    pool = _pool(embedder, ["Fort Myers Beach, which sits on a 7-mile-long island, saw total devastation.",
                            "In Fort Myers Beach, power may not be restored for 30 days, the county manager said."],
                 one_article=True)
    question = "How long may power be out in Fort Myers Beach?"
    assert "30 days" in pool.rank(question, for_answer=True)[0].sentence.text
    assert _draft(question, pool).short_answer == "30 days"


def test_a_role_given_by_an_abbreviated_title_or_a_relative_clause(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Lars Berg spoke first on Monday.", "Lars Berg later left for Oslo.",
             "The order came from Texas Gov. Ann Lee and was read out by Lars Berg."]
    assert _draft("Who is the governor of Texas?", _pool(embedder, story, one_article=True)).short_answer == "Ann Lee"
    story = ["Lars Berg spoke first on Monday.", "Lars Berg later left for Oslo.",
             "In a speech, Lars Berg referenced the late judge Ann Lee who was the top prosecutor at the trials."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who was the top prosecutor at the trials?", pool).short_answer == "Ann Lee"


def test_who_is_a_name_reads_a_title_before_a_possessive_and_a_dash(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The row followed Republican Ohio Rep. Lars Berg's claim about the vote."])
    assert _draft("Who is Lars Berg?", pool).short_answer == "Republican Ohio representative"
    pool = _pool(embedder, ["Lars Berg -- one of several senators who spoke -- voted against the bill."])
    assert _draft("Who is Lars Berg?", pool).short_answer == "one of several senators"


@pytest.mark.parametrize(("sentence", "answer"), [
    # an abbreviated title written out
    ("“It is a gamble,” Virginia Sen. Lars Berg said Tuesday.", "Virginia senator"),
    ("Biden's friend, the late Arizona Sen. Lars Berg, rode his way to the nomination.", "late Arizona senator"),
    # the whole title, a person's name inside it ("Trump administration") and all
    ("Former Trump administration Defense Secretary Lars Berg, however, sought to co-opt the President.",
     "Former Trump administration Defense Secretary"),
    # set off past the place beside the name
    ("But Republican Sen. Lars Berg of Oklahoma, the ranking member of the Senate Armed Services Committee, said "
     "that the uncertainty was damaging.", "ranking member of the Senate Armed Services Committee"),
    # a relative clause's description, not the conjunction its next verb follows
    ("Tory MP Lars Berg, who is a member of the intelligence and security committee and was part of the Butler "
     "inquiry, told the BBC so.", "member of the intelligence and security committee"),
    # a description opening with a participle
    ("Lars Berg, managing director of Acme, said the firm would appeal.", "managing director of Acme"),
    # the noun the name is in apposition to, with no title
    ("His longtime colleague from Connecticut, Lars Berg, also made the case for it.",
     "longtime colleague from Connecticut"),
])
def test_who_is_a_name_reads_a_title_written_out_a_description_past_a_place_and_an_apposition(  # type: ignore[no-untyped-def]
        embedder, sentence: str, answer: str) -> None:
    assert _draft("Who is Lars Berg?", _pool(embedder, [sentence])).short_answer == answer


def test_a_description_set_off_past_a_body_is_the_body_s_not_the_person_s() -> None:
    from qa.extractive import APPOSED_WEIGHT, _descriptions, parse

    body, titled = parse(["Lars Berg of the Alliance of Automobile Manufacturers, a trade group, said so.",
                          "His colleague from Connecticut, Sen. Lars Berg, made the case."])
    assert [c.text for c in _descriptions(body, "Lars Berg")] == ["of the Alliance of Automobile Manufacturers"]
    assert [(c.text, c.weight) for c in _descriptions(titled, "Lars Berg")] == [
        ("senator", 0.9), ("colleague from Connecticut", APPOSED_WEIGHT)]  # a title says more


def test_a_title_a_list_of_names_shares_describes_each_less_than_ones_own() -> None:
    from qa.extractive import SHARED_TITLE_WEIGHT, _descriptions, parse

    shared, own = parse(["It centers on allegations of misconduct by coaches Baker, Ann Lee and Rory Dames.",
                         "It centers on allegations of misconduct by coach Tom Baker."])
    assert [(c.text, c.weight) for c in _descriptions(shared, "Tom Baker")] == [("coaches", SHARED_TITLE_WEIGHT)]
    assert [c.text for c in _descriptions(own, "Tom Baker")] == ["coach"]
    assert next(iter(_descriptions(own, "Tom Baker"))).weight > SHARED_TITLE_WEIGHT


def test_who_is_a_name_with_no_description_is_answered_with_the_body_beside_it(  # type: ignore[no-untyped-def]
        embedder) -> None:
    pool = _pool(embedder, ["“Safety continues to be a priority for automakers,” said Wade Newton of the Alliance of "
                            "Automobile Manufacturers, “and companies are working on braking.”"])
    assert _draft("Who is Wade Newton?", pool).short_answer == "of the Alliance of Automobile Manufacturers"
    from qa.extractive import AFFILIATION_WEIGHT, _descriptions, parse

    # less than a description set off beside the name says; none beside it with one
    beside, described = parse(["Wade Newton of the Alliance of Automobile Manufacturers said so.",
                               "Wade Newton, a spokesman for the Alliance of Automobile Manufacturers, said so."])
    assert [(c.text, c.weight) for c in _descriptions(beside, "Wade Newton")] == [
        ("of the Alliance of Automobile Manufacturers", AFFILIATION_WEIGHT)]
    assert [(c.text, c.weight) for c in _descriptions(described, "Wade Newton")] == [
        ("spokesman for the Alliance of Automobile Manufacturers", 1.0)]


@pytest.mark.parametrize(("sentence", "answer"), [
    ("Martin Ward, of the Secondary Heads Association, said members did not like it.",
     "of the Secondary Heads Association"),  # the body set off
    ("Shadow spokesman for sport Ann Lee said clubs should deliver it.", "Shadow spokesman for sport"),  # a portfolio
    ("The Secretary of State for Health Ann Lee said the plan would work.", "Secretary of State for Health"),
    ("Minister for Europe Ann Lee met her French counterpart.", "Minister for Europe"),
    # not the one "of" names
    ("A friend of Ann Lee said she was well.", "A friend of Ann Lee said she was well."),
])
def test_who_is_a_name_reads_a_body_set_off_and_a_role_s_portfolio(  # type: ignore[no-untyped-def]
        embedder, sentence: str, answer: str) -> None:
    name = "Martin Ward" if "Ward" in sentence else "Ann Lee"
    assert _draft(f"Who is {name}?", _pool(embedder, [sentence])).short_answer == answer


@pytest.mark.parametrize(("question", "answer"), [
    ("What is the national average price of gas?", "$4.32"),  # the level, not how much it changed by
    ("How much did the national average jump?", "nearly 7 cents"),  # the change, asked
    ("How much is the national average up?", "nearly 7 cents"),
])
def test_how_much_a_level_changed_by_is_no_level(embedder, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The cost for a gallon of gas in the United States continues to reach all-time highs, as "
                            "the national average jumped nearly 7 cents Thursday morning.",
                            "The nationwide average for regular gas is now $4.32 a gallon, according to AAA."],
                 one_article=True)
    assert _draft(question, pool).short_answer == answer


def test_a_figure_a_change_starts_from_is_not_the_level_it_reaches(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The move will also increase the number of specialist sport colleges from 350 to 400."])
    assert _draft("How many specialist sport colleges will there be?", pool).short_answer == "400"
    assert _draft("From how many specialist sport colleges will the number rise?", pool).short_answer == "350"


def test_a_description_past_an_age_and_a_place_s_comma_but_not_what_someone_is_not() -> None:
    from qa.extractive import _descriptions, parse

    aged, negated = parse(["“It was a shock,” said Rose, 53, a systems analyst from Holland, Michigan.",
                           "Rose isn’t the only Kia or Hyundai driver to experience something so scary."])
    assert [c.text for c in _descriptions(aged, "Matthew Rose")] == ["systems analyst from Holland, Michigan"]
    assert [c.text for c in _descriptions(negated, "Matthew Rose")] == []


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # Two people to the tagger ("Elizabeth Alexandra", "Mary Windsor"), one name.
    ("What is Queen Elizabeth's full name?", "Elizabeth Alexandra Mary Windsor died Thursday at Balmoral Castle, her "
     "estate in Scotland.", "Elizabeth Alexandra Mary Windsor"),
    ("What is Prince Charles's full name?", "It has taken more than 70 years, but Charles Philip Arthur George Windsor "
     "is now King Charles III of the United Kingdom.", "Charles Philip Arthur George Windsor"),  # not "Charles III"
    ("What is Joe Biden's full name?", "Joseph Robinette Biden Jr. was sworn in as the 46th president.",
     "Joseph Robinette Biden Jr."),
])
def test_a_full_name_is_a_longer_name_holding_the_one_asked(  # type: ignore[no-untyped-def]
        embedder, question: str, sentence: str, answer: str) -> None:
    assert _draft(question, _pool(embedder, [sentence])).short_answer == answer


def test_a_count_asked_is_answered_by_a_figure_not_a_phrase_of_the_noun(embedder) -> None:  # type: ignore[no-untyped-def]
    # "a national day" is a date to the tagger, and of days, but counts none.
    pool = _pool(embedder, ["A state funeral also includes a 21-gun salute, flags at half-mast and a national day of "
                            "mourning."])
    assert _draft("How many days of mourning preceded the funeral?", pool).short_answer != "a national day"
    pool = _pool(embedder, ["The funeral marked the culmination of 10 days of mourning."])
    assert _draft("How many days of mourning preceded the funeral?", pool).short_answer == "10"
    pool = _pool(embedder, ["Dozens of people attended the vigil."])  # a count without a figure
    assert _draft("How many people attended the vigil?", pool).short_answer == "Dozens"


def test_an_age_in_another_year_than_the_story_s_is_not_the_one_asked(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Mickelson took the title at 50 years of age, surpassing the record formerly held by "
                            "Julius Boros who won the PGA Championship in 1968 at age 48."], day="2021-05-24")
    question = "Mickelson became the oldest winner of a major at the PGA Championship. How old was he when he won?"
    assert _draft(question, pool).short_answer == "50"


_ROSE_STORY = ["Matthew Rose described his beloved 2012 Kia Optima as a “big toasted marshmallow.”",
               "Rose said his Optima delivered great gas mileage for his 45-minute commutes back and forth to work in "
               "Grand Rapids.",
               "“This was the first brand-new car I’d ever purchased in my life,” said Rose, 53, a systems analyst "
               "from Holland, Michigan."]


@pytest.mark.parametrize(("question", "answer"), [
    ("Where is Matthew Rose from?", "Holland"),
    ("What is Matthew Rose's hometown?", "Holland"),
    ("What is Matthew Rose's job?", "systems analyst from Holland, Michigan"),
])
def test_where_a_person_is_from_and_what_they_do_are_said_beside_the_name(  # type: ignore[no-untyped-def]
        embedder, question: str, answer: str) -> None:
    # A sentence more like the question ("Matthew Rose described his … Kia Optima") names no home of his.
    draft = _draft(question, _pool(embedder, _ROSE_STORY, one_article=True))
    assert draft is not None and draft.short_answer == answer


def test_where_someone_is_from_is_not_where_they_work(embedder) -> None:  # type: ignore[no-untyped-def]
    draft = _draft("Where does Matthew Rose work?", _pool(embedder, _ROSE_STORY, one_article=True))
    assert draft is None or draft.short_answer != "Holland"


def test_a_name_another_sentence_gives_the_asked_role_is_the_one_asked_for(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Lars Berg is a striker for Nord FC.", "Lars Berg scored twice on Sunday.",
             "The director of Berg's club, Nord FC, said Lars Berg had not been injured.",
             "On Monday, Nord FC team director Ann Lee ruled out a sale."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who is the Nord FC director?", pool).short_answer == "Ann Lee"


def test_how_many_units_of_time_and_a_joint_name_the_question_names(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Witnesses said that, 43 minutes into the match, Lars Berg collapsed on the field."])
    assert _draft("How many minutes into the match did Lars Berg collapse?", pool).short_answer == "43"
    # "Pfizer-BioNTech" is the vaccine the question names, not who tweeted.
    pool = _pool(embedder, ["A tweet by blogger Ann Lee said Berg had received a Pfizer-BioNTech vaccine."])
    assert _draft("Who tweeted that Berg had received the Pfizer vaccine?", pool).short_answer == "Ann Lee"


def test_a_sentence_abbreviating_the_questions_name_matches_it(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Tom Baker, president of the Nordic Hospital Federation, sued on Monday.",
                            "\"We will win,\" said NMA President Ann Lee."], one_article=True)
    ranked = pool.rank("Who is the president of the Nordic Medical Association?", for_answer=True)
    assert "Ann Lee" in ranked[0].sentence.text
    assert _draft("Who is the president of the Nordic Medical Association?", pool).short_answer == "Ann Lee"


def test_a_role_taken_as_the_subjects_and_a_time_span_the_tagger_ran_long(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Lars Berg left the show on Sunday after 16 years.", "The BBC thanked Lars Berg.",
             "Ann Lee will step in as interim presenter from January, the BBC said."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who will replace Lars Berg as interim presenter?", pool).short_answer == "Ann Lee"
    pool = _pool(embedder, ["Ann Lee last month took over as editor from Lars Berg, who left the post after seven "
                            "years."])
    assert _draft("How long was Lars Berg editor?", pool).short_answer == "seven years"


def test_by_how_much_asks_the_change_and_rise_to_the_level(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Spending on wind farms rose 4% to $512 billion in 2023, the agency said.",
             "Meanwhile, the price of solar panels plunged by an additional 31% last year.",
             "The krona traded at $0.091 on Friday, down about 9% since January."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("How much did spending on wind farms rise to in 2023?", pool).short_answer == "$512 billion"
    assert _draft("How much did spending on wind farms rise in 2023?", pool).short_answer == "4%"
    # "plunged by" answers "fall" (the tagger reads its "by" as a passive's agent); a share, not a sum
    assert _draft("By how much did the price of solar panels fall?", pool).short_answer == "31%"
    assert _draft("How much has the krona fallen since January?", pool).short_answer == "about 9%"
    # A change's verb in any form, whatever the tagger makes of it ("risen" after a name is a proper noun to it).
    pool = _pool(embedder, ["Shares in Nordwerk Boerse: Nordwerk Boerse, trying to buy its rival, will boost the "
                            "dividend on its shares by 27%.",
                            "Shares in Nordwerk Boerse have risen more than 3% since a fund voiced opposition."])
    question = "By how much have shares in Nordwerk Boerse risen?"
    assert pool.rank(question, for_answer=True)[0].sentence.hit == 0  # the dividend's article ranks first
    assert _draft(question, pool).short_answer == "more than 3%"
    # Any verb of a change, and its noun: "a 705% leap" is how much it leapt, not the sum beside it.
    pool = _pool(embedder, ["Ann Lee vaulted to No. 2 with a $151 billion fortune, owing to a 705% leap in "
                            "Nordcar's stock."])
    assert _draft("How much did Nordcar's stock leap?", pool).short_answer == "705%"


def test_a_matchs_score_runs_on_over_its_sets(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Ann Lee grabbed the last six games to beat Ruth Baker 6-4, 6-1 in Saturday's final."])
    assert _draft("What was the score of Saturday's final?", pool).short_answer == "6-4, 6-1"
    pool = _pool(embedder, ["Tom Baker won the final 7-6 (7-5), 3-6, 6-3 on Sunday."])
    assert _draft("What was the score of the final?", pool).short_answer == "7-6 (7-5), 3-6, 6-3"


def test_the_doer_is_not_the_one_done_to_and_a_score_is_no_part_of_a_name(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _against, _asked_slot, _in_slot, _slots
    from retrieval.sentences import parse

    beaten, beat, took, lost = parse(["Who did Ann Lee beat in the second round?", "Who beat Ann Lee?",
                                      "Ruth Baker took just 56 minutes to defeat Ann Lee and reach the fourth round.",
                                      "Ann Lee has lost to Ruth Baker in the final."])
    for sentence in (took, lost):  # the doer of what "took" goes on to; "lost to" her is beaten by her
        ruth = next(e for e in sentence.ents if e.text == "Ruth Baker")
        assert _against(_asked_slot(beaten), _slots(sentence, ruth.start, ruth.end))
        assert _in_slot(_asked_slot(beat), sentence, ruth.start, ruth.end)
        assert not _against(_asked_slot(beat), _slots(sentence, ruth.start, ruth.end))
    pool = _pool(embedder, ["Ann Lee lost to Ruth Baker 1-6,4-6 in the third round."])
    assert _draft("Who beat Ann Lee in the third round?", pool).short_answer == "Ruth Baker"  # not "Ruth Baker 1-6,4-6"
    past, = parse(["Ruth Baker battled past Ann Lee of the Ukraine in the final."])  # she beat Ann Lee
    assert _in_slot(_asked_slot(beaten), past, 4, 6) and not _in_slot(_asked_slot(beat), past, 4, 6)


def test_a_name_in_an_editors_bracket_runs_on_to_the_surname(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ['"I got to go see (Tom) Baker last night," Lee said about the previous '
                            "night's headliner."])
    assert _draft("Who was the previous night's headliner?", pool).short_answer == "Tom Baker"


def test_a_clock_time_is_a_time_with_its_zone_not_a_count(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The Nordic rocket took off from the Lofoten spaceport at 9:26am ET, vaulting a group of "
                            "six people to more than 62 miles above the Earth's surface."])
    assert _draft("How many people did the rocket carry?", pool).short_answer == "six"
    assert _draft("When did the rocket take off?", pool).short_answer == "9:26am ET"


def test_a_figure_before_a_currencys_word_is_a_sum_and_its_conversion_counts_less(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["The German carmaker saw fourth quarter operating profits fall to 785m euros ($1bn) "
                            "from 2.4bn euros in 2003."])
    assert _draft("How much did the carmaker's fourth quarter operating profits fall to?",
                  pool).short_answer == "785m euros"


def test_a_title_the_tagger_labels_in_part_is_the_whole_quoted_title() -> None:
    from qa.extractive import _quoted
    from retrieval.sentences import parse

    doc = parse(["“Big Love” (Fleetwood Mac cover)"])[0]
    love = next(e for e in doc.ents if e.label_ == "WORK_OF_ART")
    assert love.text == "Love"  # the tagger's part
    assert doc[slice(*_quoted(doc, love.start, love.end))].text == "Big Love"
    doc = parse(['She sang "Love Me Do" and then Yesterday, a ballad.'])[0]
    assert doc[slice(*_quoted(doc, 4, 6))].text == "Love Me Do"  # "Me Do" of it
    assert _quoted(doc, 9, 10) == (9, 10)  # no quotes: as it is


def test_another_article_answers_when_the_best_fills_no_candidate_into_the_asked_slot(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, [("Norland's Baltic Link pipeline carries the flow of gas to Germany, with a capacity of 40 "
                             "billion cubic meters a year."),
                            "Norland has recently cut the flow in the Baltic Link pipeline by 35%, officials said."])
    ranked = pool.rank("By how much did Norland cut the flow in the Baltic Link pipeline?", for_answer=True)
    assert ranked[0].sentence.hit == 0  # the best article: its capacity fills no "cut"
    assert _draft("By how much did Norland cut the flow in the Baltic Link pipeline?", pool).short_answer == "35%"
    # Where the best article's candidate fills the slot, it answers as before.
    pool = _pool(embedder, ["Norland has cut the flow in the Baltic Link pipeline by 20%, the operator said.",
                            "Norland has recently cut the flow in the Baltic Link pipeline by 35%, officials said."])
    assert _draft("By how much did Norland cut the flow in the Baltic Link pipeline?", pool).short_answer == "20%"


def test_one_name_beside_a_plural_is_a_list_not_the_asked_thing() -> None:
    from qa.extractive import _attached
    from retrieval.sentences import parse

    doc = parse(["Before Tuesday, 19 states, the District of Columbia and two territories had legalized it."])[0]
    ent = next(e for e in doc.ents if "Columbia" in e.text)
    assert not _attached(doc, ent.start, ent.end, "state")
    doc = parse(["Voters in one state, Maryland, approved it on Tuesday."])[0]
    ent = next(e for e in doc.ents if e.text == "Maryland")
    assert _attached(doc, ent.start, ent.end, "state")


def test_how_much_something_rose_is_the_change_not_the_level_it_rose_to(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Overall, December sales are forecast to rise by 4.5% to $220bn.",
             "Nordwerk saw a 3% rise in December sales, less than the 4.3% rise seen a year earlier.",
             "Upscale store Bergmann said its December sales were 9.3% higher than a year earlier."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("How much did Nordwerk's December sales rise?", pool).short_answer == "3%"
    assert _draft("How much did Bergmann's December sales rise?", pool).short_answer == "9.3%"
    # A name before a plural names no member of it: "US retailers" are no retailer called US.
    pool = _pool(embedder, ["US retailers posted mixed results for December, with luxury retailers faring well.",
                            "One discount retailer to fare well in December was Nordmart Wholesale."],
                 one_article=True)
    assert _draft("Which discount retailer fared well in December?", pool).short_answer == "Nordmart Wholesale"


def test_a_role_of_another_name_is_not_the_one_asked_and_a_codename_is_a_name(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _owned_otherwise, _owners
    from retrieval.sentences import parse

    question, wales, scotland, island = parse(["Who is the Scotland coach?",
                                               "Wales coach Tom Baker praised the Scotland players on Sunday.",
                                               "Scotland coach Ann Lee praised the Wales players on Sunday.",
                                               "The volcano is on the island of Kyushu, officials said."])
    owners = _owners(next(t for t in question if t.lemma_ == "coach"))
    assert owners == {"scotland"}
    assert _owned_otherwise(wales, 2, 4, "coach", owners)  # Wales's coach
    assert not _owned_otherwise(scotland, 2, 4, "coach", owners)
    assert not _owned_otherwise(island, 7, 8, "island", {"Japan"})  # the name given, not an owner
    pool = _pool(embedder, ["Nordsoft is developing a new version of its operating system, code-named Birchwood."])
    assert _draft("What is the new version of the Nordsoft operating system code-named?", pool).short_answer == (
        "Birchwood")


def test_a_roles_owner_past_its_adjectives_and_a_role_named_in_a_sentence_about_its_owner() -> None:
    from qa.extractive import _owned_by, _owners
    from retrieval.sentences import parse

    question, apposed, unowned, elsewhere = parse([
        "Who is the White House senior director for health security?",
        "It is a sign of vigilance, said Dr. Ann Lee, White House senior director for health security.",
        "The CDC has identified nine cases in seven states, Director Dr. Ann Lee said Thursday.",
        "Nine cases were found in seven states, Director Dr. Ann Lee said Thursday."])
    owners = _owners(next(t for t in question if t.lemma_ == "director"))
    assert owners == {"house", "wh"}  # "White House" past "senior", and by its initials
    assert _owned_by(apposed, 9, 11, "director", owners)
    # A role named with no owner of its own is the owner's whom its sentence is about.
    assert _owned_by(unowned, 12, 14, "director", {"cdc"})
    assert not _owned_by(elsewhere, 10, 12, "director", {"cdc"})


def test_a_name_titled_with_another_office_is_not_the_office_asked(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _titles
    from retrieval.sentences import parse

    story = ["Westland hosts the cup this year, and Striker Ann Lee of Nordia FC is the Westland captain.",
             "Riots followed President Tom Baker's disputed re-election last year."]
    pool = _pool(embedder, story, one_article=True)
    assert pool.rank("Who is the president of Westland?", for_answer=True)[0].sentence.text == story[0]
    assert _draft("Who is the president of Westland?", pool).short_answer == "Tom Baker"
    # The captain asked: the title the tagger kept inside the name is left out.
    assert _draft("Who is the Westland captain?", pool).short_answer == "Ann Lee"
    doc = parse(["President and CEO John Doe said sales rose, spokeswoman Jane Roe added."])[0]
    john, jane = (next(e for e in doc.ents if e.text == name) for name in ("John Doe", "Jane Roe"))
    assert _titles(doc, john.start, john.end) == {"president", "ceo"}
    assert _titles(doc, jane.start, jane.end) == {"spokeswoman"}


def test_the_office_asked_of_another_owner_and_an_offices_owner_are_not_its_holder(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Nordia captain Tom Baker has been ruled out of Saturday's match against Westland.",
             "Ann Lee will lead Westland on Saturday."]
    pool = _pool(embedder, story, one_article=True)
    assert pool.rank("Who is the Westland captain?", for_answer=True)[0].sentence.text == story[0]
    assert _draft("Who is the Westland captain?", pool).short_answer == "Ann Lee"
    pool = _pool(embedder, ["Dr Ann Lee, Welsh secretary of the Nordic Medical Association, welcomed the targets."])
    assert _draft("Who is the health secretary?", pool).short_answer == "Ann Lee"  # not "Welsh"
    # A party is no owner of the office ("Florida Gov. Ann Lee" is a Republican governor); a people is.
    from qa.extractive import _asked_noun, _asked_owners
    from retrieval.sentences import parse

    party, people = parse(["Which Republican governor flew migrants to Martha's Vineyard?",
                           "Who is the French foreign minister?"])
    assert _asked_owners(party, _asked_noun(party)) == set()
    assert _asked_owners(people, _asked_noun(people)) == {"France"}
    # A name with its own "of" before the role is the role's owner, not the role ("Republic" of Ireland).
    named, = parse(["Who is the Republic of Ireland manager?"])
    assert _asked_noun(named) == "manager"


def test_a_surname_the_tagger_calls_an_organisation_answers_no_question_asking_for_one(embedder) -> None:  # type: ignore[no-untyped-def]
    # "DeSantis" alone is an organisation to the tagger; the article named him in full before.
    story = ["Gov. Ron DeSantis said on Monday the books were rejected.",
             "DeSantis said state officials got rid of Common Core.",
             "The Florida Education Association called for transparency."]
    assert "DeSantis" not in _draft("Which organization got rid of Common Core?",
                                    _pool(embedder, story, one_article=True)).short_answer


def test_a_verb_the_tagger_took_for_a_noun_still_has_its_slots() -> None:
    from qa.extractive import _asked_noun, _slots
    from retrieval.sentences import parse

    doc, question = parse(["The railroad’s main route main route stretches from Seward to Fairbanks and has a stop in "
                           "Anchorage.", "Which think tank will Pence join?"])
    seward = next(t.i for t in doc if t.text == "Seward")
    assert ("stretch", "from") in _slots(doc, seward, seward + 1)  # "stretches" a noun to the tagger
    assert _asked_noun(question) == "tank"  # "think" a verb to it


def test_a_count_of_others_after_the_measure_is_no_level_of_it() -> None:
    from qa.extractive import _level_of
    from retrieval.sentences import parse

    others, level, toll = parse(["However, the population of 61 countries is projected to decrease by 2050.",
                                 "India's population was 1.21 billion in 2011.", "It raised the toll of 122 people."])
    assert not _level_of(others, next(t.i for t in others if t.text == "61"), "population")
    assert _level_of(level, next(t.i for t in level if t.text == "1.21"), "population")
    assert _level_of(toll, next(t.i for t in toll if t.text == "122"), "toll")  # people are what a toll counts


def test_what_a_question_asks_the_answer_has_most_of_ranks_it() -> None:
    from qa.extractive import _most_of, _ranks
    from retrieval.sentences import parse

    most, noun = parse(["Which state has the lowest seroprevalence?", "Who is now the world's richest man?"])
    assert _most_of(most) == {"lowest"}
    assert _most_of(noun) == set() and _ranks(noun, "man") == {"richest"}  # ranks the noun asked, not what it has


def test_what_a_sentence_says_is_the_noun_is_an_identity_not_a_description() -> None:
    from qa.extractive import _identified
    from retrieval.sentences import parse

    same, described, other = parse(["The Sinclair Executive was the world's first pocket calculator.",
                                     "The Casio pocket calculator was also a hot gadget in 1980.",
                                     "The Sinclair Executive was a success."])
    assert [c.text for c in _identified(same, "calculator")] == ["Sinclair Executive"]
    assert [c.text for c in _identified(described, "calculator")] == []  # "a hot gadget" is what it was like
    assert [c.text for c in _identified(described, "gadget")] == []  # nor is it the one hot gadget
    assert [c.text for c in _identified(other, "calculator")] == []


@pytest.mark.parametrize(("noun", "name", "attached"), [
    pytest.param("host", "Marc Lamont Hill", True, id="the first title of a list"),
    pytest.param("professor", "Marc Lamont Hill", True, id="a middle title"),
    pytest.param("host", "Ann Smith", False, id="another name's title"),
    pytest.param("lawyer", "Ann Smith", True, id="the last title"),
])
def test_each_title_of_a_list_before_a_name_is_the_name_s(noun: str, name: str, attached: bool) -> None:
    from qa.extractive import _attached
    from retrieval.sentences import parse

    # The parser hangs the name on the list ("Hill" a conjunct of "professor"), not on its titles.
    doc, = parse(["“We have to stop supporting him,” TV host, professor and former CNN commentator Marc Lamont "
                  "Hill posted, and radio host Bob Jones, professor and lawyer Ann Smith agreed."])
    start = next(t.i for t in doc if t.text == name.split()[0])
    assert _attached(doc, start, start + len(name.split()), noun, person=True) == attached


def test_a_role_of_the_owner_asked_on_another_side_is_not_the_one_asked(embedder) -> None:  # type: ignore[no-untyped-def]
    # Both lead in the Senate; only one is its majority leader, named in the weaker article.
    pool = _pool(embedder, ["Senate Minority Leader Mitch McConnell criticised the plan for the Senate on Tuesday, "
                            "calling it a disaster.",
                            "Senate Majority Leader Chuck Schumer said he would hold a vote on the plan next week."])
    assert pool.rank("Who is the Senate Majority Leader?", for_answer=True)[0].sentence.article_rank == 0
    assert _draft("Who is the Senate Majority Leader?", pool).short_answer == "Chuck Schumer"
    assert _draft("Who is the Senate Minority Leader?", pool).short_answer == "Mitch McConnell"


def test_the_holder_set_off_after_the_body_the_office_is_of_holds_it(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _attached, _owners
    from retrieval.sentences import parse

    # The parser hangs the name on the body ("Humanists UK, Andrew Copson"), not on the office.
    doc, other = parse(["“It is striking,” the chief executive of Humanists UK, Andrew Copson, told the paper.",
                        "Professor Liz Bentley, chief executive of RMetS, said temperatures in the UK had risen."])
    start = next(t.i for t in doc if t.text == "Andrew")
    assert _attached(doc, start, start + 2, "executive", person=True)
    # An office of a name the tagger left unlabelled is still that name's, not the country's named after it.
    assert _owners(next(t for t in other if t.lower_ == "executive")) == {"rmets"}
    pool = _pool(embedder, [doc.text, other.text])
    assert _draft("Who is the chief executive of Humanists UK?", pool).short_answer == "Andrew Copson"


def test_an_office_of_another_portfolio_is_not_the_one_asked(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _portfolios
    from retrieval.sentences import parse

    doc, = parse(["Jen Psaki was picked to be White House press secretary, the team said."])
    assert _portfolios(next(t for t in doc if t.lower_ == "secretary")) == {"press"}
    # The best article names a press secretary; another names the culture secretary asked for.
    pool = _pool(embedder, ["Though all of these women will be part of the White House team, Jen Psaki was picked "
                            "to be White House press secretary.",
                            "But Culture Secretary Tessa Jowell said a delay would be disastrous for the industry."])
    assert _draft("Who is the Culture Secretary?", pool).short_answer == "Tessa Jowell"


def test_a_portfolio_is_the_offices_and_an_owner_named_elsewhere_beats_none(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _owners
    from retrieval.sentences import parse

    doc = parse(["“He will try,” British Defense Secretary Ann Lee told Nordic Radio last week."])[0]
    assert _owners(next(t for t in doc if t.lower_ == "secretary")) == {"United Kingdom"}  # not "defense"
    # The best article names a defense secretary of no owner; another names the British one.
    pool = _pool(embedder, ["Defense Secretary Tom Baker briefed the president on the defense secretary's call.",
                            "British Defense Secretary Ann Lee told Nordic Radio about the call last week."])
    assert pool.rank("Who is the British Defense Secretary?", for_answer=True)[0].sentence.hit == 0
    assert _draft("Who is the British Defense Secretary?", pool).short_answer == "Ann Lee"


def test_the_one_a_sentence_says_is_the_role_and_a_place_a_relative_clause_tells(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _asked_slot, _in_slot
    from retrieval.sentences import parse

    story = ["In a 50-50 Senate, Vice President Ann Lee would be the tiebreaker to put Tom Baker on the court.",
             "Tom Baker faced questions for 22 hours this week; Republicans oppose Tom Baker."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who would be the tiebreaker in the 50-50 Senate?", pool).short_answer == "Ann Lee"
    question, sentence = parse(["Where was Ann Lee born?",
                                "She first showed her talents in Cleveland, where she was born to Italian parents."])
    slot = _asked_slot(question)
    cleveland = next(e for e in sentence.ents if e.text == "Cleveland")
    assert _in_slot(slot, sentence, cleveland.start, cleveland.end)  # where she was born
    assert not _in_slot(_asked_slot(parse(["Where did Ann Lee show her talents?"])[0]), sentence,
                        next(e for e in sentence.ents if e.label_ == "NORP").start,
                        next(e for e in sentence.ents if e.label_ == "NORP").end)


def test_a_name_identified_as_the_role_and_a_place_the_role_is_of(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["Four motorists drowned and a Hanover County firefighter died on Thursday.",
             "The fire department identified Lt. Ann Lee as the firefighter who died."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who was the firefighter who died?", pool).short_answer == "Ann Lee"
    pool = _pool(embedder, ["Teams may relax the rules once 85% of their players are vaccinated, the memo said."])
    assert _draft("What vaccination threshold must teams meet to relax the rules?", pool).short_answer == "85%"


def test_an_age_set_off_after_a_name_is_that_persons(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["Steve Sweet, 44, and Sarah Radney, 11, have been named as other storm victims."])
    assert _draft("How old was Sarah Radney?", pool).short_answer == "11"
    assert _draft("How old was Steve Sweet?", pool).short_answer == "44"


_STORM = ("Storm death toll rises to 14\n\nPublished: 2018-10-12\n\nThe death toll from the storm rose to at least "
          "14 people across four states on Friday, officials said. Four motorists drowned when their vehicles were "
          "washed off roads by flooding. Steve Sweet, 44, and Sarah Radney, 11, have been named as other storm "
          "victims. Sweet was killed when a tree fell into his home. Radney was killed when a carport broke "
          "through the house she was visiting.\n")
_ROW = ("Rowling in death threat row\n\nPublished: 2022-08-16\n\nJ.K. Rowling has hit back at a mocking tweet by "
        "Society of Authors chair Joanne Harris by accusing her of betrayal. Harris, author of the 1999 bestselling "
        "novel Chocolat, posted a Twitter poll asking whether other writers had ever received a death threat. This "
        "was shortly after Rowling received a death threat for tweeting her outrage at the stabbing of a novelist. "
        "Rowling told The Times that Harris had consistently failed to defend female authors who disagreed with "
        "her, and allowed women to be intimidated into silence. Harris fired back that she was wholly against "
        "threats of any kind, to anyone, regardless of their politics, opinions or views.\n")

_BID = ("Tottenham bid £8m for Forest duo\n\nPublished: 2005-01-05\n\nNottingham Forest have confirmed they have "
        "received an £8m bid from Tottenham for Andy Reid and Michael Dawson. Reid rejected a move to Southampton "
        "after Forest accepted a cash-plus-players offer while Spurs had made previous bids for the 22-year-old. "
        "Spurs had also made an undisclosed offer for 21-year-old defender Dawson.\n")

_KIA = ("Fire engulfs Kia on Michigan highway\n\nPublished: 2019-03-11\n\nMatthew Rose described his beloved 2012 "
        "Kia Optima as a big toasted marshmallow. Seeing a car burst into flames for no apparent reason was a new "
        "experience. Rose said his Optima delivered great gas mileage for his 45-minute commutes back and forth to "
        "work in Grand Rapids. But then it burned to a crisp on Feb. 28. “This was the first brand-new car I’d ever "
        "purchased in my life,” said Rose, 53, a systems analyst from Holland, Michigan. A consumer group wants "
        "2.9 million more vehicles recalled over engine fires.\n")

_POLL = ("CNN Poll: neither Biden nor Trump has their party's full support\n\nPublished: 2022-02-13\n\nA significant "
         "number of both Democrats and Republicans hope to see their parties find alternatives to President Joe Biden "
         "and former President Donald Trump in the next presidential election, according to a new CNN poll. The "
         "survey, conducted in January and February, found that 45% of Democratic voters wanted to see the party "
         "renominate Biden in 2024, while 51% preferred a different candidate. Republican voters are about evenly "
         "split between wanting their party to nominate Trump again or wanting a different candidate. The CNN Poll "
         "was conducted by SSRS January 10 through February 6 among a random national sample of 1,527 adults "
         "initially reached by mail.\n")
_REMOTE = ("Most remote workers don't want to go back to the office\n\nPublished: 2022-02-16\n\nEmployers, take note: "
           "if your staff has been working from home most or all of the time during the past two years, chances are "
           "a majority may want to continue doing so after the threat of Covid-19 fades. Among Americans with jobs "
           "that can be done remotely, 59% say they still are working from home much or all of the time, according "
           "to a new survey released Wednesday by the Pew Research Center. That is less than the 71% who reported "
           "working remotely in October 2020. Forty-two percent cited fear of exposure to Covid-19 in the workplace. "
           "But the biggest reason cited by respondents (76%) is that working from home is their preference. For "
           "some, geography plays a role: 17% cite the fact that they have relocated. Among people who rarely if "
           "ever worked from home before the pandemic and are choosing to do so now, 64% said working from home has "
           "improved their work-life balance. One common downside, however, is feeling less connected to colleagues, "
           "which 60% cited.\n\nThe survey, conducted from January 24 to January 30, captures the views from a "
           "random, nationally representative sampling of 5,889 US adults who are working part-time or full-time and "
           "who have only one primary job. To see other findings from the survey, you can find the full Pew report "
           "here.\n")


def test_an_article_never_naming_a_name_the_tagger_missed_does_not_answer(  # type: ignore[no-untyped-def]
        tmp_path: Path, embedder) -> None:
    # "Pew" has no entity label; the CNN poll's sample is no answer to how many adults Pew surveyed.
    chain = _chain_over(tmp_path, embedder, {"poll.txt": _POLL, "remote.txt": _REMOTE})
    answer = chain.answer("How many adults were surveyed by Pew?", as_of="2022-02-17")
    assert answer.short_answer != "1,527"
    assert answer.abstained or answer.short_answer == "5,889"


@pytest.mark.parametrize(("article", "question", "day", "short"), [
    (_STORM, "How old was Sarah Radney?", "2018-10-13", "11"),
    (_KIA, "Where is Matthew Rose from?", "2019-03-12", "Holland"),  # by the surname, past his age
    (_ROW, "Who is the chair of the Society of Authors?", "2022-08-17", "Joanne Harris"),
    (_BID, "How old is Michael Dawson?", "2005-01-06", "21"),  # by the surname, the full name said before
])
def test_a_short_question_is_answered_where_its_article_states_the_answer_as_news_does(
        tmp_path: Path, embedder, article: str, question: str, day: str, short: str) -> None:  # type: ignore[no-untyped-def]
    # The question resembles little of "Sarah Radney, 11,", "Society of Authors chair Joanne Harris".
    chain = _chain_over(tmp_path, embedder, {"story.txt": article}, seed=True)
    answer = chain.answer(question, as_of=day)
    assert not answer.abstained and answer.short_answer == short


def test_a_time_a_host_a_short_form_a_pair_and_a_rate(embedder) -> None:  # type: ignore[no-untyped-def]
    story = ["The launch was scrubbed at 11:17 a.m. ET, three hours before the window opened on Saturday.",
             "Ann Lee said on Nordic Hour on Saturday that she had raised $1 million, she told host Tom Baker.",
             "Lee is a candidate for the Senate."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("What time was the launch scrubbed?", pool).short_answer == "11:17 a.m. ET"  # with its zone
    assert _draft("Who hosts Nordic Hour?", pool).short_answer == "Tom Baker"
    pool = _pool(embedder, ["The agency defines a public health emergency of international concern, or PHEIC, "
                            "as an extraordinary event.", "The Anti-Defamation League said the ADL tracks it."])
    assert _draft("What does PHEIC stand for?", pool).short_answer == "public health emergency of international concern"
    assert _draft("What does ADL stand for?", pool).short_answer == "Anti-Defamation League"
    # The name a short form is introduced after, though its initials spell another language's name.
    pool = _pool(embedder, ["The ruling applies to amateurs, the German Football Association (DFB) said on Thursday.",
                            "It said the ruling was included in the DFB match regulation for amateurs."])
    assert _draft("What does DFB stand for?", pool).short_answer == "German Football Association"
    # Spelt out in another article than the best one, whose "stands for" spells out another short form.
    pool = _pool(embedder, ["NFT stands for “non-fungible token,” and is a type of tradeable, digital art.",
                            "Data theft is most commonly committed from within an organisation according to the "
                            "National Hi-Tech Crime Unit (NHTCU)."])
    assert pool.rank("What does NHTCU stand for?", for_answer=True)[0].sentence.text.startswith("NFT")
    assert _draft("What does NHTCU stand for?", pool).short_answer == "National Hi-Tech Crime Unit"
    # A pair joined by "and" though the tagger labels the second name otherwise (a place, "Abbott").
    pool = _pool(embedder, ["Two biotechnology companies, Roche and Abbott, have announced plans to roll out "
                            "monkeypox PCR tests."])
    assert _draft("Which companies announced plans to roll out monkeypox PCR tests?", pool).short_answer == (
        "Roche and Abbott")
    # Before the plural asked, both are what it asks for, though the tagger calls the second a product; one
    # asked is still one.
    pool = _pool(embedder, ["Trains were temporarily suspended in Japan’s Hokkaido and Aomori regions before their "
                            "operations were resumed."])
    assert _draft("Which regions suspended trains?", pool).short_answer == "Hokkaido and Aomori"
    assert _draft("Which region suspended trains first?", pool).short_answer == "Hokkaido"
    # ... and a hyphened name the parser hangs on its last word ("Mobile" of "T-Mobile").
    pool = _pool(embedder, ["The European Commission has written to the mobile phone operators Vodafone and T-Mobile "
                            "to challenge the high rates they charge for international roaming."])
    assert _draft("Which operators did the European Commission write to about roaming charges?", pool).short_answer == (
        "Vodafone and T-Mobile")
    # A share the tagger left unlabelled keeps its sign.
    pool = _pool(embedder, ["Since then, the state's jobless rate has surged to a little more than 15% in April."])
    assert _draft("What was the state's jobless rate in April?", pool).short_answer == "15%"


def test_a_role_of_the_asked_owner_named_in_another_article_answers(embedder) -> None:  # type: ignore[no-untyped-def]
    # The best article names no one as the Nordland coach; another names him so.
    pool = _pool(embedder, ["Ann Lee will coach the Northern rugby team against the Southern rugby team, with "
                            "Nordland rugby players in the squad.",
                            "Nordland coach Tom Baker is due to name his squad on Thursday."])
    assert pool.rank("Who is the Nordland rugby coach?")[0].sentence.hit == 0  # the other article is the best
    assert _draft("Who is the Nordland rugby coach?", pool).short_answer == "Tom Baker"
    # Not another owner's coach.
    pool = _pool(embedder, ["Ann Lee will coach the Northern rugby team against the Southern rugby team, with "
                            "Nordland rugby players in the squad.",
                            "Westland coach Tom Baker is due to name his squad on Thursday."])
    assert _draft("Who is the Nordland rugby coach?", pool).short_answer != "Tom Baker"


def test_a_title_set_off_after_its_noun_and_a_growth_forecast(embedder) -> None:  # type: ignore[no-untyped-def]
    pool = _pool(embedder, ["U2 had number one success in the album charts on both sides of the Atlantic when "
                            "their latest studio album, How to Dismantle an Atomic Bomb, topped the charts."])
    assert _draft("What is U2's latest studio album?", pool).short_answer == "How to Dismantle an Atomic Bomb"
    pool = _pool(embedder, ["Speaking on German TV, Bert Ruerup said the panel's earlier forecast of 1.4% was too "
                            "optimistic and warned growth would be just 1% in 2005."])
    assert _draft("What growth does Bert Ruerup predict for 2005?", pool).short_answer.endswith("1%")


def test_a_link_to_another_story_a_name_in_brackets_and_a_quoted_title(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _links

    assert _links("In case you missed it:Sports icons Ann Lee, Ruth Baker among Women of the Century")
    assert _links("More:Here's how to help people fleeing the floods")
    assert not _links("Montgomery:The gym has been closed during the pandemic, the company said.")  # a roundup's item
    assert not _links('He said: "We will go"')
    story = ["In case you missed it:Sports icons Ann Lee, Ruth Baker among Women of the Century",
             "Among other double standards, she said she is always asked about balance.",
             '"My husband (Tom Baker), he talks about this all the time.']
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Who is Ann Lee's husband?", pool).short_answer == "Tom Baker"
    pool = _pool(embedder, ['Duchess Meghan is debuting her first podcast episode of "Archetypes," kicking off '
                            "Tuesday's premiere."])
    assert _draft("What is Meghan Markle's podcast called?", pool).short_answer == "Archetypes"
    pool = _pool(embedder, ["I turned to the program in 2019. Now three years later and 30 pounds lighter, I know "
                            "I made the right decision. It is tied at #1 for Best Diet Program."])
    assert _draft("How much weight did the author lose with the program?", pool).short_answer == "30 pounds"


def test_a_title_the_tagger_mislabels_a_whose_place_and_a_name_with_its_own_the(embedder) -> None:  # type: ignore[no-untyped-def]
    # The tagger labels "Pro Tem" a person: the name after the asked title still answers.
    pool = _pool(embedder, ["Senate President Pro Tem Del Marsh suggested lawmakers go home for the weekend."])
    assert _draft("Who is the Alabama Senate President Pro Tem?", pool).short_answer == "Del Marsh"
    # "Where": not the owner of a person ("Ukraine's President"), but a place's owner is where it is.
    story = ["Despite enthusiasm at the summit, another leader -- Ukraine's President Volodymyr Zelensky -- voiced "
             "frustration that his country's NATO ambitions had been ignored.",
             "The summit in Madrid was the first since the invasion began."]
    pool = _pool(embedder, story, one_article=True)
    assert _draft("Where was the Nato summit held?", pool).short_answer == "Madrid"
    pool = _pool(embedder, ["Antarctica’s Thwaites glacier – nicknamed “the doomsday glacier” because of its high "
                            "risk of collapse – could raise sea level by several feet, scientists say."])
    assert _draft("Scientists say a so-called “doomsday glacier” could raise sea level by several feet. Where is "
                  "the glacier located?", pool).short_answer == "Antarctica"
    pool = _pool(embedder, ["The agency is weighing raising its daily visitor limits from 20 to 96 people a day at "
                            "The Wave, a popular rock formation near the Arizona-Utah border."])
    assert _draft("What is the popular rock formation near the Arizona-Utah border called?", pool).short_answer == (
        "The Wave")
    pool = _pool(embedder, ["Travelers will still need to be tested within three days of an international flight "
                            "back to the U.S., and must quarantine for 10 days."])
    assert _draft("How soon before a flight back must travelers be tested?", pool).short_answer.endswith("three days")
    pool = _pool(embedder, ["Brenda Craig\u200b, vice president, integrated communications, released a statement."])
    assert _draft("Who is the vice president for integrated communications?", pool).short_answer == "Brenda Craig"


def test_the_owners_role_after_a_possessive_and_the_doer_after_a_modal() -> None:
    from qa.extractive import _asked_noun, _asked_slot
    from retrieval.sentences import parse

    richest, minister, build, join = parse(["Who is the country's richest man in Ukraine?",
                                            "Who is Russia's foreign minister?",
                                            "Who will build the Balkan oil pipeline?",
                                            "Which party will Galloway join?"])
    assert _asked_noun(richest) == "man"
    assert _asked_noun(minister) == "minister"
    assert _asked_slot(build) == (frozenset({"build", "pipeline", "oil"}), "agent")  # "built by X" answers
    assert _asked_slot(join) == (frozenset({"join"}), "other")  # Galloway joins: the party is not the doer
    ceo, leaked = parse(["Ted Cruz accused which tech CEO of behaving as a super PAC?",
                         "Rooney accused Vardy of leaking stories to which tabloid?"])
    assert _asked_noun(ceo) == "ceo"  # not the "tech" compounded before it
    assert _asked_slot(leaked) == (frozenset({"leak"}), "to")  # "leaking stories to The Sun"


def test_a_preposition_the_question_ends_on_is_the_slot_it_asks() -> None:
    from qa.extractive import _asked_slot, _fills, _slot
    from retrieval.sentences import parse

    question, flew = parse(["Where did Darryl Chan fly from?", "Chan flew to Hong Kong from London."])
    slot = _asked_slot(question)
    assert slot == (frozenset({"fly"}), "from")
    london = next(t for t in flew if t.text == "London")
    kong = next(t for t in flew if t.text == "Kong")
    assert _fills(slot, _slot(london)) and not _fills(slot, _slot(kong))


def test_the_place_and_time_of_an_event_a_noun_names_fill_its_slot() -> None:
    from qa.extractive import _asked_slot, _fills, _slot
    from retrieval.sentences import parse

    question, spoke = parse(["Where did Ann Lee deliver her speech warning about democracy?",
                             "Ann Lee delivered her sharpest rebuke yet of her rivals during a speech in Westport on "
                             "Thursday."])
    westport = next(t for t in spoke if t.text == "Westport")
    assert _slot(westport) == ("speech", "in")
    assert _fills(_asked_slot(question), _slot(westport))


def test_a_figure_counting_the_asked_noun_a_span_after_a_verb_and_an_age_when() -> None:
    from qa.extractive import _age, _counts, _duration
    from retrieval.sentences import parse

    took, landed, met = parse(["The journey took him through 52 countries over five continents.",
                               "Tom Baker, who turned 17 during the journey, landed in Westport.",
                               "The talks drew five NATO members."])
    assert _counts(took, 5, 6, "country") is True
    assert _counts(landed, 5, 6, "country") is False  # an age counts years
    assert _counts(landed, 5, 6, "year") is None
    assert _counts(met, 3, 4, "mile") is False
    lasts, = parse(["Its journey will last 42 days as it travels to the moon."])
    assert _duration(lasts, 3, 6)  # "last 42 days" as the tagger runs it: how long, not "last year"
    was, = parse(["His aim: to displace Ann Lee, who was 18 when she set the record."])
    assert _age(was, 10, 11) == "18"
    then, = parse(["Investigators stumbled on Doody, then 17, and his best friend, almost by accident."])
    assert _age(then, 6, 7) == "17" and _counts(then, 6, 7, "people") is False  # an age then, no count


def test_a_sums_conversion_and_a_name_one_letter_off_the_questions(embedder) -> None:  # type: ignore[no-untyped-def]
    from qa.extractive import _mentioned

    pool = _pool(embedder, ["A shareholder has taken legal action to halt a $6.75bn (£3.6bn) buyout by Verizon."])
    assert _draft("How much is the Verizon buyout worth?", pool).short_answer == "$6.75bn"
    assert _mentioned("Anderson", "Where is Hans Christian Andersen's hometown?")
    assert not _mentioned("Anders", "Where is Hans Christian Andersen's hometown?")
    assert _mentioned("Anderson", "where is hans christian andersen's hometown?")  # any word of one in lower case
    assert not _mentioned("Unison", "Which union does Prentis lead?")  # one letter off a word, not a name


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    pytest.param("Lord Hanningfield, leader of Essex County Council, told BBC Radio 4's Today programme so.",
                 "Who is the leader of Essex County Council?", "Lord Hanningfield", id="a peer goes by the title"),
    pytest.param("The finance authority hoped to sell $725 million in bonds but was only able to sell $509 million.",
                 "How much did the finance authority sell in bonds?", "$509 million",
                 id="an act only hoped for is not done"),
    pytest.param("The finance authority hoped to sell $725 million in bonds but was only able to sell $509 million.",
                 "How much did the finance authority plan to sell in bonds?", "$725 million",
                 id="unless the question asks what was intended"),
    pytest.param("The Sullivan Arena, which provided shelter for hundreds of people nightly for more than two years, "
                 "closed Thursday.", "Which arena closed as a homeless shelter?", "Sullivan Arena",
                 id="a name ending in the noun asked is one, whatever the tagger calls it (a person)"),
    pytest.param("His comments come after Dave Prentis told the Daily Record newspaper he wants a date to be set.",
                 "Which newspaper did Prentis speak to?", "Daily Record",
                 id="a name the asked noun follows as its kind is one, whatever the tagger calls it (a date)"),
    pytest.param("Dave Prentis, the leader of the Unison union, spoke on Monday.", "Which union does Prentis lead?",
                 "Unison", id="a name one letter off a common word of the question is not the question's"),
    pytest.param("Abbott Nutrition is voluntarily recalling three types of infant formula, among them Similac.",
                 "Which company is recalling infant formula?", "Abbott Nutrition",
                 id="a name ending in a company's word is one, whatever the tagger calls it (a person)"),
    pytest.param("A man who claimed to carry a bomb in a pickup truck parked near the U.S. Capitol surrendered.",
                 "Where was the truck parked?", "U.S. Capitol",
                 id="a place's name the tagger splits from a site's is the site, for where"),
    pytest.param("The boost, originally $600 but later cut in half, was extended twice.",
                 "What was the original amount of the benefit?", "$600", id="what amount asks for a sum"),
    pytest.param("The use of Anchorage’s Centennial Campground as a place for people to stay is seen as a stopgap "
                 "measure, with indoor shelters full, the Anchorage Daily News reports.",
                 "Where will homeless people camp in Anchorage?", "Centennial Campground",
                 id="the outlet closing a sentence is its source, no place"),
    pytest.param("Supreme Court Justice Stephen Breyer announced his plans to retire, clearing the way for President "
                 "Joe Biden to select a nominee to the high court.", "Which Supreme Court Justice is retiring?",
                 "Stephen Breyer", id="a justice is a person"),
    pytest.param("Kansas beat North Carolina 72-69 in the NCAA men's basketball title game in New Orleans on Monday.",
                 "Which team won the NCAA men's basketball championship?", "Kansas",
                 id="who beat is who won"),
    pytest.param("Meeting in Brussels, the leaders also agreed to approve Moldova's candidacy for the EU.",
                 "Which country was recommended for EU candidacy?", "Moldova",
                 id="a country whatever the tagger called it"),
    pytest.param("The Eiffel Tower in Paris is reportedly riddled with rust and badly in need of repairs.",
                 "Which iconic landmark is riddled with rust?", "The Eiffel Tower",
                 id="a landmark, not the city it is in"),
    pytest.param("Purdue Pharma, the maker of OxyContin, has agreed to plead guilty to three federal criminal charges.",
                 "Which pharmaceutical company has agreed to plead guilty?", "Purdue Pharma",
                 id="a name ending in a company's word is an organisation"),
    pytest.param("Cruz went after Twitter CEO Jack Dorsey over his handling of a New York Post article.",
                 "Ted Cruz accused which tech CEO of bias?", "Jack Dorsey", id="the CEO, not whose CEO"),
    pytest.param("Policies which reduce the effects of unemployment support economic growth, the report found.",
                 "Policies which reduce the effects of unemployment support what type of growth?", "economic",
                 id="what type of growth: the kind"),
    pytest.param("The Gulf is one of the few places to record a wet bulb temperature above the threshold of human "
                 "survivability, 35C. Since 2005, there have been nine such days.",
                 "What is the threshold of human survivability?", "35C", id="no sentence stop on a figure"),
    pytest.param("Years after the first troops arrived, Major Gen. Tom Baker became the last soldier to depart the "
                 "country. Secretary of State Ann Lee said the last soldiers left Afghanistan on Monday.",
                 "Who was the last American soldier to leave Afghanistan?", "Tom Baker",
                 id="the subject of became is what it became"),
    pytest.param("He lived in Michigan, a state with one of the lowest employment restrictions for former felons. "
                 "The state with the highest number, Louisiana, has 389 employment restrictions.",
                 "Which state has the highest number of employment restrictions for former felons?", "Louisiana",
                 id="the state with the highest number, not one with the lowest"),
    pytest.param("Tom Baker, who was sentenced to 17 to 40 years, served 19 years in prison, spending seven years "
                 "in solitary confinement.", "How many years did Tom Baker spend in solitary confinement?", "seven",
                 id="a number in words of the unit asked is exact"),
    pytest.param("Ann Lee won nods for lead actress in a limited series (Netflix's scammer show \"Inventing Anna\") "
                 "and supporting actress in a drama series.", "Which show earned Ann Lee a nod for lead actress?",
                 "Inventing Anna", id="no lone quote mark"),
    pytest.param("Acme now expects its second-quarter operating margin rate will be roughly 2%, down from around 5.3% "
                 "it had expected last month.", "What does Acme now expect its operating margin rate to be?",
                 "roughly 2%", id="not the level a change started from"),
    pytest.param("Unemployment in Westland rose to 4.1% in May from 3.9% in April, the agency said.",
                 "What was the unemployment rate in Westland in April?", "3.9%",
                 id="the level a change started from, when the question asks its time"),
    pytest.param("Ann Lee promised Ed Grant she would stand down before the election, according to journalist Tom "
                 "Baker's new book.", "Who wrote the new book about the Lee-Grant rift?", "Tom Baker",
                 id="whose book is who wrote it, and names paired by a hyphen are the question's"),
    pytest.param('Barcelona star Ronaldinho admitted: "I think that it is going to be a difficult match for us."',
                 "Who is the Barcelona star who expects a difficult match?", "Ronaldinho",
                 id="a title and its owner the tagger kept inside a name"),
    pytest.param("The count put Ann Lee ahead with 48.4% of the vote versus 43.2% for Tom Baker, a divisive figure "
                 "often referred to as the “Trump of the Tropics.”", "What is Tom Baker often referred to as?",
                 "Trump of the Tropics", id="what a name is referred to as"),
    pytest.param("Plans for Acme+ are available for $6.99 a month with a free 7-day trial period for first-time "
                 "subscribers, while Westel offers 12 months of access.", "How long is the Acme+ free trial?", "7-day",
                 id="a span modifying the asked noun's phrase is no mere modifier"),
    pytest.param("Nathan Grant will be a character-driven comedy, according to Tom Baker, who created TV Go Home in "
                 "1999.", "Who created TV Go Home?", "Tom Baker", id="who a relative clause says did it"),
    pytest.param("The United States Women’s National Team play England in a friendly at Wembley on Friday.",
                 "Who do the US women play at Wembley?", "England",
                 id="a name the tagger ran across the sentence's verb is two names"),
    pytest.param("Westland law requires insurers to pay claims within 40 days.",
                 "How many days does Westland law give insurers to pay claims?", "40",
                 id="a limit 'within' days says how many days"),
    pytest.param("Last year the league was thrown into chaos following reports against Tom Baker, who coached three "
                 "franchises over eight seasons.", "Who is Tom Baker?",
                 "coached three franchises over eight seasons", id="what a relative clause says a person did"),
    pytest.param("Claims are also denied by Acme Health, the biggest health insurer, for emergency care, Norland "
                 "Hospital Association says.", "Which is the biggest health insurer?", "Acme Health",
                 id="which is the X asks which X"),
    pytest.param("The agency will issue four other quarters this year, honoring Ann Lee, an astronaut who was the "
                 "first Westland woman in space; actress Mia Park; and tribal leader Wilma Ross.",
                 "Who was the first Westland woman in space?", "Ann Lee",
                 id="what a relative clause on the name's appositive says it is"),
    pytest.param("Mr Baker added that his party's plans would be funded by charging 50% income tax to those earning "
                 "more than £100,000 per annum.", "What income tax rate would Baker charge those earning more than "
                 "£100,000?", "50%", id="what rate asks for a share"),
    pytest.param("Westland inspectors make around 3,000 visits a year to more than 900 nuclear facilities worldwide.",
                 "How many nuclear facilities do Westland inspectors visit?", "900",
                 id="a figure counting the noun asked, though the tagger left it unlabelled"),
    pytest.param("A spokesman for the agency said its current technology could allow key information to be overlooked "
                 "as it was more than 20 years old.", "How old is the agency's computer technology?", "20",
                 id="an age with a hedge"),
    pytest.param("Monday, Ann Lee called the UN health body a \"puppet of Westland.\"",
                 "What did Ann Lee call the WHO on Monday?", "puppet of Westland", id="what someone called it"),
    pytest.param("To date, Ann Lee has insisted on referring to the brutal conflict as a “special military operation,” "
                 "banning words such as invasion and war.", "What does Ann Lee call the conflict?",
                 "special military operation", id="what someone refers to it as"),
    pytest.param("Ethnic minorities make up 8% of the population but only 2% of MPs - 13 out of 659 - are from a "
                 "visible minority group.", "How many MPs are from a visible minority group?", "13",
                 id="the part, not the whole it is out of"),
    pytest.param("Teen Iga Swiatek has become the first Polish player to win a Grand Slam title after beating "
                 "fourth-seeded Sofia Kenin in the French Open final.",
                 "Who was the first Polish player to win a Grand Slam title?", "Iga Swiatek",
                 id="a title the tagger kept inside a name it labels otherwise"),
    pytest.param("Jay-Z, real name Tom Baker, said he had inherited two of the most important brands in hip-hop.",
                 "What is Jay-Z's real name?", "Tom Baker", id="a real name"),
    pytest.param("Acme profits were $4.6 billion in 2020 and $3.5 billion in the first half of 2021.",
                 "What were Acme's profits in 2020?", "$4.6 billion", id="a company's profits are a sum"),
    pytest.param("Veteran MP Jack Cunningham has represented the seat now known as Copeland since 1970.",
                 "Which seat does Jack Cunningham represent?", "Copeland", id="a name given after an adverb"),
    pytest.param("Rafael Nadal clinched a record-breaking 21st grand slam title after beating Daniil Medvedev in five "
                 "sets.", "How many grand slam titles has Nadal won?", "21", id="an ordinal counts the noun asked"),
    pytest.param("Exhausted but victorious after five-and-a-half enthralling hours, Nadal beat Daniil Medvedev 2-6 6-7 "
                 "6-4 6-4 7-5.", "How long did the final last?", "five-and-a-half enthralling hours",
                 id="how long: a number counting time, never a score"),
    pytest.param("The virus-fighting program will be updated monthly and is a precursor to anti-virus software.",
                 "How often will the program be updated?", "monthly", id="how often: a frequency word"),
    pytest.param("The census, which began in 1790, takes place every ten years.",
                 "How often does the census take place?", "every ten years", id="how often: every ten years"),
    pytest.param("The two leaders, who first met in 2019, meet twice a year at a summit.",
                 "How often do the two leaders meet?", "twice a year", id="how often: twice a year"),
    pytest.param("Omicron subvariants BA.4 and BA.5 appear to escape antibody responses among people who had Covid-19.",
                 "Which Omicron subvariants escape antibody responses?", "BA.4 and BA.5",
                 id="code names beside the plural asked"),
    pytest.param("The outstanding federal loan balance is about $1.6 trillion.",
                 "What is the outstanding federal loan balance?", "about $1.6 trillion", id="a balance is a sum"),
    pytest.param("EduVision uses a combination of satellite radio and handheld computers called E-slates.",
                 "What are EduVision's handheld computers called?", "E-slates", id="a hyphenated name given"),
    pytest.param("In a speech to the Foreign Policy Centre Mr Straw said of the Tory leader: \"He is not wise.\"",
                 "Where did Jack Straw make a speech?", "Foreign Policy Centre", id="an honorific opens another name"),
    pytest.param("Earlier the Archbishop of Canterbury wrote to all three parties urging them not to exploit fears.",
                 "Who wrote to all three parties?", "Archbishop of Canterbury", id="a title of a place is its holder"),
    pytest.param("Ford sales dropped 3% in February while sales at GM sank 12.7%.",
                 "By how much did GM's sales fall in February?", "12.7%", id="another's figure counts less"),
    pytest.param("The manager contacted his father, who called police and rallied other family members.",
                 "What is it called?", "The manager contacted his father, who called police and rallied other family "
                 "members.", id="whom someone phoned is no name given"),
    pytest.param("When Rob Carter and his wife, Marie, arrived at 3 a.m. from Nevada, he said his son was possessed.",
                 "What is Carter's father's name?", "Rob Carter", id="kin share the name asked about"),
    pytest.param("“We have multiple road and bridge failures,” Yellowstone Park Superintendent Cam Sholly said.",
                 "Who is the Yellowstone Park Superintendent?", "Cam Sholly", id="a name's tail the tagger left out"),
    pytest.param("Doha, Qatar Hamad International Airport As well as taking the No.1 spot for the world’s best "
                 "airport, Hamad International was also named the best airport in the Middle East.",
                 "Which airport was voted the world's best airport?", "Hamad International Airport",
                 id="another name's noun names no place"),
    pytest.param("Kentucky reported 88 new cases and seven new deaths on Monday, increasing the death toll to 122.",
                 "What is the death toll in Kentucky?", "122", id="the level a sentence gives the measure asked"),
    pytest.param("The earthquake hit 1,200 homes at 1.30am with a magnitude of 5.9.",
                 "What was the magnitude of the earthquake?", "5.9", id="a measure's level after of"),
    pytest.param("The missile, tested three times in 2021, has a range of 1,500km, officials said.",
                 "What is the range of the missile?", "1,500km", id="a measure's level in units"),
    pytest.param("He approved the payment of 160m euros ($208m; £111m) in bonus and pension payouts to two former "
                 "executives.", "How much did he approve in bonus and pension payouts?", "160m euros",
                 id="the sum, not its second conversion"),
    pytest.param("Mr Richter sent billions of spam messages through 514 compromised net addresses in 35 countries.",
                 "How many countries were the compromised net addresses in?", "35",
                 id="a figure counts the noun past a participle"),
    pytest.param("Mr Botin was instrumental in the £8.5bn takeover last November of the British bank Abbey National.",
                 "How much was Santander's takeover of Abbey National worth?", "£8.5bn",
                 id="a sum the tagger left unlabelled"),
    pytest.param("But if convicted, Mr Botin could face a prison term of up to six years.",
                 "What prison term could Emilio Botin face if convicted?", "up to six years",
                 id="a prison term is how long"),
    pytest.param("The National Association of Purchasing Management-Chicago said its index dropped to 61.2, more than "
                 "analysts had expected.", "What did the Chicago purchasing index drop to?", "61.2",
                 id="the level a change reached"),
    pytest.param("Jackson has just over 150,000 residents, down from nearly 200,000 in 1990.",
                 "How many residents did Jackson have in 1990?", "nearly 200,000", id="the figure of the year asked"),
    pytest.param("Jackson has just over 150,000 residents, down from nearly 200,000 in 1990.",
                 "How many residents does Jackson have?", "just over 150,000", id="not the figure it fell from"),
    pytest.param("Republicans have won 212 seats so far, and a total of 218 is needed for a majority.",
                 "How many seats are needed for a majority?", "218", id="a total of a figure stands in its slot"),
    pytest.param("Dana Reed was one of three women between the ages of 29 and 41 to participate in the BRAVE clinical "
                 "trial, led by Dr. Ann Cole.", "How many women took part in the BRAVE trial?", "three",
                 id="one of a group is no part of it, and the ages of a range no count"),
    pytest.param("Norland's population could be around 6.5 million by 2030, 7.1 million in 2050 and 7.9 million in "
                 "2100.", "What will Norland's population be in 2100?", "7.9 million",
                 id="what a measure will be, the verb split"),
    pytest.param("Forty-one percent of millennials – and 30% of all adults – said they’ve found it difficult to move "
                 "up in their fields, according to a survey of 1,019 working professionals in September.",
                 "What share of millennials said they found it difficult to move up in their fields?",
                 "Forty-one percent", id="a share in words is as exact as a figure"),
    pytest.param("The party, which campaigned on a slogan of \"Say no to Brussels\", spent £2.3m on the campaign.",
                 "What was the party's slogan?", "Say no to Brussels", id="quoted words after the noun asked"),
    pytest.param("He will not play in the Scotland game, said Wales physio Mark Davies.", "Who is the Wales physio?",
                 "Mark Davies", id="a title the tagger kept inside a name"),
    pytest.param("Ann Lee called the goal “completely doable” before she left the party.",
                 "What was the goal?", "Ann Lee called the goal “completely doable” before she left the party.",
                 id="words in quotes after the noun a verb calls it are no name"),
    pytest.param("The outgoing Tory leader will go down in history as the shortest-serving British PM, after 45 days.",
                 "Who is the Tory leader?",
                 "The outgoing Tory leader will go down in history as the shortest-serving British PM, after 45 days.",
                 id="a people's adjective and a title's initials are no one's name"),
    pytest.param("Next week's chart will reveal the festive chart-topper. Minogue's latest release I Believe in You "
                 "went in at number two, pushing down Ice Cube's You Can Do It to three.",
                 "Whose latest release I Believe in You went in at number two?", "Minogue", id="whose: the owner"),
    pytest.param("Aaron Judge hit No. 61 on Wednesday night, tying Roger Maris for the single-season franchise and "
                 "American League record.", "Whose record did Aaron Judge tie?", "Roger Maris",
                 id="whose: the owner a possessive names, not a name compounded with the noun"),
    pytest.param("Microsoft's two previous programs, Passport and Hailstorm, aimed to protect users.",
                 "What were Microsoft's two previous ID programs?", "Passport and Hailstorm",
                 id="what were the two: the names set off after the noun"),
    pytest.param("Sting kicked off his residency at The Colosseum and the hits-filled production, “My Songs,” has "
                 "earned raves.", "What is Sting's Las Vegas production called?", "My Songs",
                 id="the quoted title set off after the noun a naming question asks about"),
    pytest.param("The musician is readying the Nov. 19 release of his 15th solo studio album, “The Bridge.”",
                 "When will Sting's new album be released?", "Nov. 19", id="a date without the article before it"),
    pytest.param("The article states that drinking three to four cups of coffee daily can reduce your risk "
                 "of chronic liver diseases.", "Consuming which drink could cut one's risk of liver disease?",
                 "The article states that drinking three to four cups of coffee daily can reduce your risk "
                 "of chronic liver diseases.", id="a count after a verb of the noun asked is no number of it"),
    pytest.param("The men used Conqueror CX22 100GSM, one of the stiffest papers in the world.",
                 "What paper did the team use?", "Conqueror CX22 100GSM", id="a name set off as one of the noun"),
    pytest.param("Kim Kyu Tae set the record at 252 feet and 7 inches last month.", "How far did the plane fly?",
                 "252 feet and 7 inches", id="a measure in two units joined by and"),
    pytest.param("The old mark stood at 226 feet, 10 inches, set in 2012.", "How far was the old mark?",
                 "226 feet, 10 inches", id="a measure in two units joined by a comma"),
    pytest.param("Just 21% of Democrat-leaning voters backed the plan, compared with 64% of Republican-leaning voters.",
                 "What share of Republican-leaning voters backed the plan?", "64%", id="a share of the group asked"),
    pytest.param("The survey found 27% of vaccinated parents would wait, compared with 64% of unvaccinated parents.",
                 "What share of unvaccinated parents would wait?", "64%", id="a share of the group asked, not another"),
    pytest.param("Barcelona have 100 years of history and have won the European Cup once. I believe they are the two "
                 "strongest teams in Europe.", "How many times have Barcelona won the European Cup?", "once",
                 id="once for how many times"),
    pytest.param("The US added more jobs last year than in any year going back to 1939, when this data series was "
                 "first published.", "When was the jobs data series first published?", "1939",
                 id="a year the tagger left unlabelled"),
    pytest.param("Currently, the company operates more than 7,900 Dollar Tree stores.",
                 "How many Dollar Tree stores does the company operate?", "more than 7,900",
                 id="a count before a name opening with a currency word"),
    pytest.param("Some schools have used SEL strategies. The Collaborative for Academic, Social and Emotional "
                 "Learning defines SEL as a teaching framework aimed at helping young people.",
                 "Which organization defines SEL as a teaching framework?",
                 "The Collaborative for Academic, Social and Emotional Learning",
                 id="a name holding the acronym asked is not the acronym's"),
    pytest.param("The unemployment rate is improving, too: It is set to slip below 13% by the end of the year, down "
                 "from 20% in May 2002.", "What was the unemployment rate in May 2002?", "20%",
                 id="a figure dated with the month and year asked"),
    pytest.param("Wisconsin has the highest seroprevalence, with an estimated 56.1% of its population infected. "
                 "Vermont has the lowest, at 17.8%.", "Which state has the lowest seroprevalence?", "Vermont",
                 id="ranked as asked though not named as the noun"),
    pytest.param("Wisconsin has the highest seroprevalence, with an estimated 56.1% of its population infected. "
                 "The lowest is in Vermont, where 17.8% of people have been infected.",
                 "What share of Vermont's population has been infected?", "17.8%",
                 id="the figure of the name asked, not another's"),
    pytest.param("By 1200 GMT on Monday, EMI shares were down 16.2% at 235.75 pence.",
                 "At what price were EMI shares on Monday?", "235.75 pence", id="at what price"),
    pytest.param("The Apple Powerbook 100 has been chosen as the greatest gadget of all time, by magazine Mobile PC.",
                 "Which gadget was chosen as the greatest gadget of all time?", "Apple Powerbook 100",
                 id="a name made the noun, with its number"),
    pytest.param("The oldest gadget in the top 100 is the abacus, which the magazine dates at 190 A.D.",
                 "What is the oldest gadget in the top 100?", "abacus", id="what the noun is"),
    pytest.param("The Sinclair Executive was the world's first pocket calculator.",
                 "What was the world's first pocket calculator?", "Sinclair Executive", id="what is the noun"),
    pytest.param("Baroness Boothroyd, who was the first woman to be Commons Speaker, said she believed Tony Blair "
                 "initiated reforms without a clear outcome in mind.", "Who was the first woman to be Commons Speaker?",
                 "Baroness Boothroyd", id="who was the noun, said of a peer"),
    pytest.param("Labour election coordinator Alan Milburn claimed Mr Kruger had exposed the Tory agenda for £35bn of "
                 "cuts to public services.", "How much in cuts did Alan Milburn claim the Tory agenda has?", "£35bn",
                 id="a sum written as one token"),
    pytest.param("Abe’s brother described the shooting as a sacrilege against democracy.",
                 "Whose brother described the shooting as a sacrilege against democracy?", "Abe",
                 id="a possessive the tagger keeps in the name"),
    pytest.param("Annual bonus rates on its with-profits life policies were cut from 2.5% to 2%, while bonuses on "
                 "pension policies were reduced from 3.25% to 2.5%.",
                 "To what were Standard Life's annual bonus rates on with-profits life policies cut?", "2%",
                 id="one end of a range the tagger labels whole"),
    pytest.param("In the south, a bank spokesman told Reuters he estimated the bank's loss at 3bn rupees.",
                 "How much did a spokesman estimate the bank's loss at?", "3bn rupees",
                 id="a scaled figure the tagger calls an ordinal, before a currency's word"),
    pytest.param("It is the sixth time in three years Standard Life has made cuts to bonus rates, despite an 8.7% "
                 "rise in the value of the fund.", "How many times in three years has Standard Life cut bonus rates?",
                 "six", id="an ordinal in words counting times"),
    pytest.param("Acting on a tip, Maricopa County Sheriff's deputies arrested five men from Tucson and extracted "
                 "false confessions from four of them.", "How many men from Tucson did deputies arrest?", "five",
                 id="a figure of the question's own subject, whatever place owns it"),
    pytest.param("The latest calls to cancel West, who legally changed his name to Ye, may be the most intense yet.",
                 "What did Kanye West legally change his name to?", "Ye", id="a name changed to"),
    pytest.param("The club renamed its stadium as the Riverside Arena after a sponsorship deal this week.",
                 "What was the stadium renamed as?", "Riverside Arena", id="renamed as"),
    pytest.param("Their plan would see the House of Lords being renamed the Second Chamber of Parliament.",
                 "What would the House of Lords be renamed?", "Second Chamber of Parliament", id="renamed, no 'as'"),
    pytest.param("Luggage piled up when a third of US Airways' baggage handling staff called in sick.",
                 "What share of US Airways' baggage handling staff called in sick?", "a third",
                 id="a fraction the tagger calls a count is a share"),
    pytest.param("Officials in Colorado said the fire reached the golf course where the city will host its firework "
                 "show.", "Where will the city host its firework show?", "the golf course",
                 id="where a relative clause says the act asked is, a name or not"),
    pytest.param("The fire destroyed homes on Peter Court, a video posted by News 12 showed.",
                 "How many homes did the fire destroy?",
                 "The fire destroyed homes on Peter Court, a video posted by News 12 showed.",
                 id="a number ending a name the tagger missed counts nothing"),
    pytest.param("Police in Texas said the shooting happened at a school in Dallas.", "Where did the shooting happen?",
                 "Dallas", id="a place in the thing the act asked is done at"),
    pytest.param("Police in Texas said the shooting happened at a school in Uvalde.", "Where did the shooting happen?",
                 "Uvalde", id="a place the tagger calls a region, as much a place as a state"),
    pytest.param("To date the company, which employs 300 people, has caught more than 60 million copies of the virus.",
                 "How many copies of the virus has the company caught?", "more than 60 million",
                 id="a count of a noun the tagger calls a sum, without a currency"),
    pytest.param("In 2004 it detected more than 18 million phishing e-mail messages.",
                 "How many phishing e-mail messages did it detect?", "more than 18 million",
                 id="a hedge the tagger ended the figure at, with its number"),
    pytest.param("Last year 3,000 homes were destroyed by the fire.", "When were the homes destroyed?", "Last year",
                 id="a date before a figure takes in no number"),
    pytest.param("In 2003 the firm caught 273 phishing e-mails, and in 2004 it caught more than 18,000.",
                 "How many phishing e-mails did the firm catch in 2004?", "more than 18,000",
                 id="the figure of the clause dated with the year asked, not another year's"),
    pytest.param("Prices rose 1.1% in December, having risen 15.1% over the whole of 2004.",
                 "How much did prices rise over 2004?", "15.1%", id="a year asked with 'over', the clause's year"),
    pytest.param("Other statistics show that in 2004 73% of all e-mail was spam.", "What share of all e-mail was spam?",
                 "73%", id="a year the tagger ran into a share is no part of it"),
    pytest.param("The storm led to 10 fatalities, with wind speeds as high as 122 miles per hour.",
                 "What was the highest wind speed?", "as high as 122 miles per hour",
                 id="a measure's level after its noun and a hedge, with its unit"),
    pytest.param("A woman was killed in north London's Muswell Hill on Friday after a tree fell on her car, according "
                 "to a statement from the London Fire Brigade, while a man in his 50s was also killed on Friday while "
                 "driving his car in Liverpool, according to Merseyside Police.",
                 "Where was a woman killed by a falling tree in London?", "Muswell Hill",
                 id="a place in the slot asked that the tagger calls an organisation"),
    pytest.param("Maria is from Spain, while Tom is from Italy.", "Where is Tom from?", "Italy",
                 id="where the name asked of is from, not another name's"),
    pytest.param("Maria was born in Spain and Tom was born in Italy.", "Where was Tom born?", "Italy",
                 id="the clause told of the name asked of"),
    pytest.param("Idaho police officers arrested 31 people seen gathering near a Pride parade in the city of "
                 "Coeur d'Alene.", "Where were the people arrested?", "Coeur d'Alene",
                 id="a name given to a town's noun is a town, whatever the tagger called it"),
    pytest.param("He succeeded Amber Rudd as home secretary following the scandal, appointed by then prime minister "
                 "Theresa May, before running for the Tory party leadership in 2019.",
                 "Who did Javid succeed as home secretary?", "Amber Rudd",
                 id="a full name the tagger missed in the slot asked"),
    pytest.param("In a deal announced by Ofcom, BSkyB agreed to end the court case with Virgin Media.",
                 "What company agreed to end the court case with Virgin Media?", "BSkyB",
                 id="any name the tagger missed in the slot asked"),
    pytest.param("Javid has spoken about how his father Abdul came to the UK from Pakistan at 17-years-old with a "
                 "“£1 note in his pocket”.", "Where did Javid's father come from?", "Pakistan",
                 id="where someone came from, not where to"),
    pytest.param("Shares of Zillow (Z) are up 13% in premarket trading on Friday after it reported $3.9 billion in "
                 "revenue.", "How much are Zillow shares up in premarket trading?", "13%",
                 id="how much a figure is up is a change"),
    pytest.param("He’s smoked weed with Elon Musk, discussed Big Data with exiled whistle-blower Edward Snowden, and "
                 "talked politics with Bernie Sanders.", "Which senator has Rogan talked politics with?",
                 "Bernie Sanders", id="the verb's partner, attached to its object"),
    pytest.param("Piero, named after the Italian painter and pioneer of perspective Piero della Francesco, creates a "
                 "virtual stadium in which virtual players can be tracked.", "Who is Piero named after?",
                 "Piero della Francesco", id="the name one is named after"),
    pytest.param("Labour's election slogan will be: \"Britain's working, don't let the Tories wreck it again\".",
                 "What is Labour's election slogan?", "Britain's working, don't let the Tories wreck it again",
                 id="a slogan's quoted words after 'will be:'"),
    pytest.param("Purdue Pharma, the maker of OxyContin, has agreed to plead guilty to three federal criminal charges.",
                 "Which pharmaceutical company has agreed to plead guilty?", "Purdue Pharma",
                 id="a company's whole name, not the word the tagger called a person"),
    pytest.param("Photos taken by the Mars Reconnaissance Orbiter, which has been circling Mars since 2006, spotted a "
                 "new crater this past February.", "When did the orbiter spot the new crater?", "this past February",
                 id="a month is no vaguer than a year"),
    pytest.param("Some material landed 23 miles (37 kilometers) away, and the meteoroid created a crater spanning 492 "
                 "feet (150 meters) across and 70 feet (21 meters) deep.", "How wide is the new crater?", "492 feet",
                 id="the figure stated as the dimension asked"),
    pytest.param("When the meteoroid crashed into Mars, it created a crater in the planet’s Amazonis Planitia region "
                 "spanning 492 feet across.", "In which region of Mars is the crater?", "Amazonis Planitia",
                 id="a place named before the asked noun, which the tagger called a person"),
    pytest.param("Jonathan McDowell, an astronomer at the Harvard-Smithsonian Center for Astrophysics, said debris is "
                 "brought down to a specific location, McDowell told CNN.", "Where does Jonathan McDowell work?",
                 "Harvard-Smithsonian Center for Astrophysics",
                 id="where the person asked works, by the name; a body 'for' its field whole"),
    pytest.param("The Reporters Without Borders group said in a report that Chinese government technologies for net "
                 "censorship are among the most highly developed in the world.",
                 "Which group said China's net censorship technologies are among the most developed?",
                 "Reporters Without Borders", id="a name with a capitalised preposition inside"),
    pytest.param("Werfel, who is known around the White House as Danny, will lead the IRS efforts to restore its "
                 "reputation.", "What is Werfel known as around the White House?", "Danny",
                 id="known somewhere as a name"),
    pytest.param("Blogging friends in India took Mr Senanayake's text messages and posted them on a weblog called Dogs "
                 "without Borders.", "What weblog did friends post his messages on?", "Dogs without Borders",
                 id="a title its small words split"),
    pytest.param("Increased costs at Wembley saw Multiplex's construction division report profits of A$35.1m.",
                 "What profits did Multiplex's construction division report?", "A$35.1m",
                 id="a magnitude the sentence's full stop ends"),
    pytest.param("France's Mauresmo routed Vera Zvonareva 6-1 6-0 in Los Angeles.",
                 "What was the score of Mauresmo's win over Zvonareva?", "6-1 6-0", id="a score's sets side by side"),
    pytest.param("That's up from 156 and 377 challenges reported to the ALA in 2020 and 2019, respectively.",
                 "How many challenges were reported to the ALA in 2020?", "156", id="the year's figure, respectively"),
    pytest.param("In 2018, the Federal Reserve Bank of San Francisco published research that found a yield curve "
                 "inversion preceded every recession since 1955.",
                 "Which bank published research on yield curve inversion in 2018?",
                 "the Federal Reserve Bank of San Francisco", id="a body's name goes on over 'of' a place"),
    pytest.param("On Jan. 4, the British Daily Mail reported 41-year-old Portuguese health worker Sonia Acevedo had "
                 "died on Jan. 1.", "Who is Sonia Acevedo?", "41-year-old Portuguese health worker",
                 id="a title's hyphened first word whole"),
    pytest.param("The Post details the deaths of 23 people in Norway — all over age 75 and 13 of whom were nursing "
                 "home residents — within a week of vaccination.",
                 "How many of the Norway victims were nursing home residents?", "13",
                 id="a part counted 'of whom' the tagger ran into an age"),
    pytest.param("\"Have you heard these stories?\" asks one Feb. 19 Instagram post depicting the \"I Guess I'll Die\" "
                 "meme – an image of a man in a red turtleneck shrugging.",
                 "What meme does the Instagram post depict?", "I Guess I'll Die", id="a name quoted before its noun"),
    pytest.param("Chepkemei was edged out by Radcliffe in New York 11 weeks ago and will be back at the London event "
                 "in April.", "When will Chepkemei race Radcliffe again?", "April",
                 id="a time 'ago' is no answer to what will be, whatever the story's date"),

    pytest.param("The Mayor of Ottawa declared a state of emergency yesterday, following two weeks of protests "
                 "initiated by a group of truckers.", "Who declared a state of emergency in Ottawa?",
                 "Mayor of Ottawa", id="the holder of a title of a place the question names"),
    pytest.param("UPS said the average pay for its delivery drivers is $95,000 a year, with benefits such as a "
                 "traditional pension plan.", "What is the average pay for UPS delivery drivers?", "$95,000",
                 id="pay is a sum"),
    pytest.param("\"In the fourth quarter, nine of our 11 businesses delivered at least double-digit earnings "
                 "growth,\" said Mr Immelt.", "How many of GE's businesses delivered double-digit earnings growth?",
                 "nine",
                 id="how many of a whole: the part, not the whole"),
    pytest.param("But at the end of 2004, the European Telecommunications Institute (Etsi) formally adopted Digital "
                 "Video Broadcasting Handheld (DVB-H) as the mobile TV broadcasting standard for Europe.",
                 "Which standard did Etsi adopt for mobile TV in Europe?", "Digital Video Broadcasting Handheld",
                 id="adopted as the noun, not the name the question glosses"),
    pytest.param("The CDC shared a first look at monkeypox case demographics, which showed that the vast majority of "
                 "cases have been among men, with a median age of 36, out of about 2,900 cases.",
                 "What is the median age of monkeypox cases?", "36",
                 id="the level of the measure asked, whatever the tagger labels it"),
    pytest.param("New York City became the largest US city to pass a version in 2021, with New York Gov. Kathy Hochul "
                 "vowing to pass a statewide law that would ban natural gas by 2027.",
                 "By what year would New York's statewide law ban natural gas?", "2027",
                 id="by what year: the time the verb asked is done by"),
    pytest.param("Kevin Pilkington saved well from Michael Simpson, and Mansfield fans chanted for chairman Keith "
                 "Haslam, after a second-half goal from Andy Scott.", "Who scored the winner?", "Andy Scott",
                 id="a goal from someone is what they scored"),
    *(pytest.param(sentence, "Where was Liam Neeson born?", "Ballymena",
                   id=f"a birthplace the tagger calls a body {id_}")
      for sentence, id_ in [("The Ballymena-born actor Liam Neeson has held a dinner party in New York to promote "
                             "Belfast's Lyric Theatre.", "before 'born'"),
                            ("Liam Neeson, who was born in Ballymena, has held a dinner party in New York to promote "
                             "Belfast's Lyric Theatre.", "after 'born in'")]),
    pytest.param("This story is part of a series, Made to Flood, in which journalists from the Westland Herald, "
                 "Media News and the Associated Press explore the flooding facing Oregon.",
                 "What is the name of the Westland Today's flood series?", "Made to Flood",
                 id="the name of an owner's noun, asked as which noun (capitalised, as the tagger reads it)"),
    pytest.param("Riverton had five two-lane roads and one four-lane road leading out of town.",
                 "How many roads led out of Riverton?", "five", id="a hyphened figure counts its unit, not the noun"),
    pytest.param("Ann Lee, who like Tom Baker voted against the budget in the wake of the strike, was crushed in a "
                 "primary by state Rep. Peter Fry, who ran with the governor's endorsement.",
                 "Who crushed Ann Lee?", "Peter Fry", id="a passive's agent hung on the noun before"),
    pytest.param("Zento, the Jim Baxter-backed Korean battery maker, had a bumper month in the world's largest car "
                 "market.", "Who backs Zento?", "Jim Baxter", id="no hyphen the tagger took into a name"),
    pytest.param("Already, Reps. Ann Lee of Oregon, Tom Baker of New York, Paul Grant of Michigan and Joe Tate of "
                 "Ohio have announced their plans to retire at the end of this term.",
                 "Which Republicans announced plans to retire?",
                 "Ann Lee of Oregon, Tom Baker of New York, Paul Grant of Michigan and Joe Tate of Ohio",
                 id="a list whose members are each of a place"),
    pytest.param("• Complaints referred to law enforcement per 100K: 12 (55th highest out of 634 cities)",
                 "How many complaints were referred to law enforcement?", "12", id="a rate's base is no count"),
    pytest.param("Fund manager Peter Lang - Westland United's largest investor - said he would only invest more "
                 "money in the company if he got a greater say in how it is run.",
                 "Who is Westland United's largest investor?", "Peter Lang",
                 id="a name set off by a spaced dash that the tagger ran on"),
    pytest.param("The offshore yuan plunged to a record low of 7.2674 on Wednesday morning, before rebounding slightly "
                 "later in the day, according to Refinitiv, which has data going back to 2010.",
                 "What was the record low of the offshore yuan on Wednesday?", "7.2674", id="a record low is a figure"),
    *(pytest.param("Tweets using the hashtag \"#RollTide\" began to surface following the festivities that resulted in "
                   "at least 14 arrests, most for public intoxication, according to Springfield Police Chief Brent "
                   "Adams.", question, answer, id=id_)
      for question, answer, id_ in [
          ("Who is the Springfield police chief?", "Brent Adams", "no hashtag is a name; the police is no owner"),
          ("What hashtag trended after the celebrations?", "#RollTide", "the hashtag quoted after the noun")]),
    pytest.param("In front of a delirious home crowd, the 18-year-old battled past Ann Lee of the Ukraine 6-4 5-7 6-3.",
                 "What was the score of the final?", "6-4 5-7 6-3", id="a score's sets apart by spaces, whole"),
    pytest.param("Previously, most came from Central America, principally Peru but also El Salvador and Honduras, "
                 "three countries known as the Northern Triangle.",
                 "Which three countries are known as the Northern Triangle?",
                 "Peru but also El Salvador and Honduras", id="a list joined by 'but also'"),
    pytest.param("The charity recommends a weekly payment of £108.49 for looking after a baby, against the national "
                 "minimum payment.", "What weekly payment does the charity recommend for looking after a baby?",
                 "£108.49", id="what payment: a sum"),
    *(pytest.param(sentence, question, answer, id=f"what someone called it, the object named {id_}")
      for sentence, question, answer, id_ in [
          ("Ann Lee, the president of the Westland Voters League, called the new $50,000 fine a “direct threat” to "
           "her group.", "What did Ann Lee call the new fine?", "direct threat", "(quoted)"),
          ("Tom Baker called the virus a hoax.", "What did Tom Baker call the virus?", "hoax", "(unquoted)")]),
    *(pytest.param(sentence, question, answer, id=f"the one praised or arrested for it did it {id_}")
      for sentence, question, answer, id_ in [
          ("Sarah Jones was praised by Fire Chief Tom Hardy for rescuing the boy from the river.",
           "Who rescued the boy?", "Sarah Jones", "(praised)"),
          ("John Smith was arrested by Officer Tom Hardy for stealing a car.", "Who stole the car?", "John Smith",
           "(arrested)")]),
    pytest.param("The White House Correspondents' Association, which hosts the annual black tie event, honored several "
                 "journalists.", "Which organization hosts the White House Correspondents' Dinner?",
                 "The White House Correspondents' Association", id="part of a name asked names no other body"),
    pytest.param("Tom Hardy was convicted and sentenced to nine to 33 years in prison for armed robbery.",
                 "What was Tom Hardy sentenced to?", "nine to 33 years", id="a range whole, what one was sentenced to"),
    *(pytest.param(sentence, question, answer, id=f"a question's last preposition asks its object {id_}")
      for sentence, question, answer, id_ in [
          ("Rajapaksa fled from Sri Lanka to the Maldives on a military jet.", "Which country did Rajapaksa flee to?",
           "Maldives", "(to)"),
          ("The migrants crossed into Tucson, Arizona, on Sunday from Nogales, Mexico.",
           "Which city did the migrants cross from?", "Nogales, Mexico", "(from)"),
          ("The team will move from Oakland to Las Vegas in 2024.", "Which city will the team move to?", "Las Vegas",
           "(a verb on the stop list)"),
          ("The president arrived from Germany in Poland on Tuesday.", "Which country did the president arrive in?",
           "Poland", "(any last preposition: 'in')")]),
    *(pytest.param(sentence, question, answer, id=f"an open 'what X': the phrase where the question asks {id_}")
      for sentence, question, answer, id_ in [
          ("Traces of the nerve agent were found on a water bottle taken from his hotel room, his team said.",
           "Traces of Novichok were found on what object?", "a water bottle", "(a preposition's object)"),
          ("Webber said he bought a dog after seeing the film.", "What did Webber buy after seeing the film?", "a dog",
           "(the object)"),
          ("Demonstrators brought an estimated 10,000 bees to the steps of the palace.",
           "What unique animal did demonstrators bring to the palace?", "bees", "(without how many)"),
          ("Musk said he would allow former President Donald Trump back on the platform.",
           "Which banned user did Musk say he will allow back on the platform?", "Donald Trump", "(the name in it)"),
          ("The court cleared the man of all charges.", "Which driver did the court clear of all charges?",
           "The court cleared the man of all charges.", "(a thing told of before is no answer)"),
          ("Post Malone donated 10,000 pairs of Crocs to hospital workers.",
           "What did Post Malone donate to hospital workers?", "10,000 pairs of Crocs", "(what they are pairs of)"),
          ("Voyager 1 has detected a “persistent hum” in interstellar space.", "What sound has Voyager 1 detected?",
           "a “persistent hum”", "(its quote marks closed)"),
          ("Lobsters, octopus and crabs will be recognized as sentient beings in the UK.",
           "What will the UK recognize lobsters and crabs as?", "sentient beings", "(a last preposition's object)"),
          ("Warden Palmer Marrin stood sentry before the door to the church's side room on Thursday.",
           "What did the warden stand before?", "the door to the church's side room",
           "(a definite noun described where it stands, without the day)"),
          ("Peter Thiel invested in Rumble, a conservative alternative to YouTube.", "What did Peter Thiel invest in?",
           "Rumble", "(a question's last 'in')"),
          ("The council bought a \"smart bin, the first of its kind\" for the park.",
           "What did the council buy for the park?", "a smart bin", "(no quote mark left open)"),
          ("Sun Microsystems has launched a pay-as-you-go service which will allow customers to rent computing power.",
           "What has Sun Microsystems launched?", "a pay-as-you-go service", "(a noun the chunker left out)"),
          ("For the first time on Monday, the ministry reported record exports.",
           "What did the ministry report on Monday?", "record exports", "(a time is no thing)"),
          ("In an interview with the BBC before the vote, Jo Smith pledged to prioritize the fight against poverty.",
           "What did Jo Smith pledge to prioritize?", "the fight against poverty", "(nor where it was said)"),
          ("Officials found the car on the riverbank after a long search.",
           "What vehicle did officials find on the riverbank?", "Officials found the car on the riverbank after a long "
           "search.", "(nor where or when it was done)")]),
])
def test_the_short_answer_a_sentence_gives(embedder, sentence: str, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    assert _draft(question, _pool(embedder, [sentence])).short_answer == answer


@pytest.mark.parametrize(("sentence", "name", "noun", "attached"), [
    pytest.param("Last year the 12-team NWL was thrown into chaos.", "NWL", "team", False, id="a 12-team league"),
    pytest.param("Last year the rival team NWL was thrown into chaos.", "NWL", "team", True, id="a team"),
    pytest.param("It sounds like it could be a Fleetwood Mac song.", "Fleetwood Mac", "song", False,
                 id="a band's song"),
    pytest.param("Users flocked to the TikTok app.", "TikTok", "app", True, id="an app's name"),
    pytest.param("Another tune from their famed “Murmurs” album.", "Murmurs", "album", True, id="a quoted title"),
    pytest.param("The Bengals will be considered the home team at the Rams' home — the SoFi Stadium — in February.",
                 "Bengals", "team", True, id="deemed the noun"),
    pytest.param("The Bengals will be considered the home team at the Rams' home — the SoFi Stadium — in February.",
                 "SoFi Stadium", "team", False, id="an appositive past another phrase"),
    pytest.param("Trump has endorsed Kemp's primary opponent, former GOP Sen. David Perdue.", "David Perdue",
                 "opponent", True, id="an appositive with its own titles"),
    pytest.param("The hearing focused on members of militia groups like the Iron Wolves.", "Iron Wolves", "group",
                 True, id="an example of the noun"),
    pytest.param("He invested in tech firms such as Nokia last year.", "Nokia", "firm", True, id="such as"),
    pytest.param("He invested in firms near Nokia last year.", "Nokia", "firm", False, id="no example"),
    pytest.param("Obama said he is naming a trusted budget official, Daniel Werfel, to serve as his new acting IRS "
                 "commissioner.", "Daniel Werfel", "commissioner", True, id="an infinitive gives it the role"),
    *(pytest.param("Both Smith and Barone, the suspect’s public defender, said he has no criminal record.", name,
                   "defender", attached, id=f"set off after the last of a pair: {name}")
      for name, attached in [("Smith", False), ("Barone", True)]),
])
def test_a_name_beside_the_asked_noun_is_named_as_one_or_not(sentence: str, name: str, noun: str,
                                                              attached: bool) -> None:
    from qa.extractive import _attached, parse

    doc, = parse([sentence])
    start = next(t.i for t in doc if t.text == name.split()[0])
    assert _attached(doc, start, start + len(name.split()), noun, examples=True) == attached
    if attached and " like " in sentence:  # an example answers a question asking for several only
        assert not _attached(doc, start, start + len(name.split()), noun)


@pytest.mark.parametrize(("story", "question", "answer"), [
    pytest.param(["Westland's economy grew by 8.1% in 2004, its best performance since 2000.",
                  "The advance was led by growth of 13.1% in the key manufacturing sector."],
                 "How fast did Westland's manufacturing sector grow?", "13.1%",
                 id="a figure a growth is 'of' is how much it grew"),
    pytest.param(["The assistance of a US law had given Lesotho's textiles duty-free access to North American markets.",
                  "The African Growth and Opportunity Act (AGOA), gave sub-Saharan countries preferential access to "
                  "the US market."],
                 "Which law gave sub-Saharan countries preferential access to the US market?", "AGOA",
                 id="a law asked for, not the countries the question names"),
    pytest.param(["The Scheherazade is under investigation amid allegations that the six-deck superyacht is owned by "
                  "Ivan Petrov."], "What is the name of the superyacht that allegedly belongs to Ivan Petrov?",
                 "The Scheherazade is under investigation amid allegations that the six-deck superyacht is owned by "
                 "Ivan Petrov.", id="a name asked for is no description"),
    pytest.param(["Mr Hague became an MP at 27 and Leader of the Opposition at 36.",
                  "Mr Hague, 43, told the Daily Telegraph he would now find a life in politics too boring."],
                 "How old is William Hague?", "43", id="how old is: not an age once, a name the tagger calls a place"),
    pytest.param(["About 210 homes were lost in the Old Town area of Superior, where residents fled.",
                  "The entire town of about 13,000 residents was ordered to evacuate."],
                 "How many residents does Superior have?", "about 13,000",
                 id="a figure counting the noun asked, where another counts other things"),
    pytest.param(["A detailed view of the moon can be seen seconds before the spacecraft hit the asteroid.",
                  "The impact occurred at 7:14 p.m. ET, greeted by cheers from the mission team in Laurel."],
                 "At what time did the spacecraft hit the asteroid?", "7:14 p.m. ET",
                 id="units of time alone are no time"),
    pytest.param(["According to a poll by Ipsos, 35% of Britons say they want to live to be 100 years old, while "
                  "49% disagree.", "Men are keener on the idea than women (43% to 28%)."],
                 "What percentage of UK adults would like to live to 100, according to a new poll?", "35%",
                 id="a share of a group in other words may be the one asked"),
    pytest.param(["Shinzo Abe, Japan's longest-serving prime minister, died at the age of 67 Friday after being shot.",
                  "Police arrested a male suspect, identified as 41-year-old Tetsuya Yamagami, at the scene."],
                 "How old was Shinzo Abe when he died?", "67", id="an age the tagger ran into a weekday"),
    pytest.param(["Ann Lee, a board member of the Westland chapter of the Reform of Cannabis Laws, known as RCL, "
                  "criticised the proposed amendment.",
                  "A constitutional amendment known as Issue 4 would allow cannabis possession by adults."],
                 "What is Westland's cannabis amendment known as?", "Issue 4",
                 id="the name given to the noun asked, with its number"),
    pytest.param(["The problem affects all users of iTunes - Windows and Mac OS - running versions 4.7 and earlier.",
                  "Security firm iDefence recommended that users upgrade to iTunes version 4.7.1."],
                 "Which version of iTunes should users upgrade to?", "4.7.1", id="the number after the noun asked"),
    pytest.param(["The plan will help schools hire 140 counselors and social workers.",
                  "Hoffman said the $21 million plan will provide two years of funding."],
                 "How much is the counselors plan worth?", "$21 million", id="a count of something else is no sum"),
    pytest.param(["3. Carrie Underwood continues CMT Music Awards winning streak",
                  "Carrie Underwood captured the trophy for Female Video of the Year. The award is her 18th win at "
                  "the CMT Music Awards, the most of any artist in the show’s history."],
                 "How many wins does Carrie Underwood have at the CMT Music Awards?", "18", id="no list's number"),
    pytest.param(["Some of the voicemails were played in U.S. District Court in Fairbanks on Friday during the first "
                  "appearance for Jay Allen Johnson, 65.",
                  "Johnson’s wife, Catherine Pousson-Johnson, testified on her husband’s behalf."],
                 "Who is Jay Allen Johnson's wife?", "Catherine Pousson-Johnson",
                 id="a double surname is no joint name of the question's"),
    *(pytest.param(["Japan's former Prime Minister Shinzo Abe has died after being shot during a campaign speech in "
                    "Nara.", "Prime Minister Fumio Kishida described the attack as barbaric and malicious."],
                   question, answer, id=f"the holder of an office asked {id_}")
      for question, answer, id_ in [("Who is Japan's prime minister?", "Fumio Kishida", "now"),
                                    ("Who is Japan's former prime minister?", "Shinzo Abe", "before")]),
    *(pytest.param(["Britain's outgoing Prime Minister Liz Truss said she would stay on until a successor is chosen.",
                    "Prime Minister Rishi Sunak met the King on Tuesday."],
                   question, answer, id=f"the holder of an office {id_}")
      for question, answer, id_ in [("Who is Britain's outgoing prime minister?", "Liz Truss", "leaving"),
                                    ("Who is the prime minister now?", "Rishi Sunak", "after the outgoing one")]),
    pytest.param(["A US firm has said it is in final negotiations with luxury goods group LVMH to buy the Christian "
                  "Lacroix house.", "But one of the three brothers behind the Falic Group said the firm had also held "
                  "talks with the designer Christian Lacroix."],
                 "Which firm is in final negotiations with LVMH to buy Christian Lacroix?", "the Falic Group",
                 id="a place compounded with a firm is where it is, not which"),
    pytest.param(["\"We will not be launching in this launch period,\" said Jim Free, associate administrator for "
                  "NASA's Exploration Systems Development Mission Directorate.", "NASA Administrator Bill Nelson "
                  "reminded that the shuttle was sent back to the Vehicle Assembly Building 20 times."],
                 "Who is the NASA Administrator?", "Bill Nelson", id="a role under the one asked is another"),
    pytest.param(["Standard Life, Europe's largest mutual life insurer, has cut bonuses for with-profit policyholders.",
                  "It is the sixth time in three years Standard Life has made cuts to bonus rates.",
                  "Standard Life has an estimated 2.4 million with-profits policyholders.",
                  "Recently, Norwich Union and Axa Sun Life both cut their with-profit bonus rates."],
                 "Which two insurers recently cut their with-profit bonus rates?", "Norwich Union and Axa Sun Life",
                 id="one named the noun is not the two asked"),
    pytest.param(["One day after President Joe Biden announced the strike, Joe Gallant gazed at the 9/11 memorial "
                  "built where the World Trade Center once stood.",
                  "\"We had planned to come here today anyway,\" said Gallant, 68, who was visiting with his two "
                  "nephews from Bangor, Maine."],
                 "Where are Joe Gallant's nephews from?", "Bangor, Maine",
                 id="where a noun's people are from, a place and state the tagger calls a body"),
    *(pytest.param(["Amit Yoran was director of the National Cyber Security Division within the US Department of "
                    "Homeland Security created following the 9/11 attacks.",
                    "The organisation had a staff of about 60 people and a budget of about $80m (£44.54m).",
                    "Mr Yoran left his post abruptly at the end of last week, reportedly giving one day's notice."],
                   question, answer, id=f"no slashed day is a {id_}")
      for question, answer, id_ in [("What was the budget of the Cyber Security Division?", "about $80m", "sum"),
                                    ("How much notice did Yoran reportedly give before leaving?", "one day", "span")]),
    pytest.param(["Soon after the county's law came out, then-New York City Mayor Michael Bloomberg pushed through a "
                  "similar law for the city.", "With cases rising in New York City, Mayor Eric Adams recently said "
                  "masks would continue to be required for the youngest children."],
                 "Who is the mayor of New York City?", "Eric Adams", id="the holder of an office then and now"),
    *(pytest.param(["Prime minister Fumio Kishida described the attack on the 67-year-old Abe as barbaric and "
                    "malicious.", "A 41-year-old male suspect was arrested at the scene and is now in police custody."],
                   question, answer, id=f"the age of {id_}")
      for question, answer, id_ in [("How old is the suspect in the Abe shooting?", "41", "a noun asked"),
                                    ("How old was Abe?", "67", "a name asked")]),
    pytest.param(["UK-based bank Standard Chartered said it would spend $3.3bn to buy one of South Korea's main retail "
                  "banks.", "Standard Chartered said acquiring Korea First Bank fulfilled a strategic objective of "
                  "building a bigger presence in Asia.", "The move, a year after Citigroup beat Standard Chartered to "
                  "buy Koram bank, would be the South Korean financial sector's biggest foreign takeover."],
                 "Which bank is Standard Chartered buying?", "Korea First Bank",
                 id="what another did is not the act asked of the question's name"),
    pytest.param(["With the likes of Shane Williams and Gavin Henson finding top form at the right time, Mike "
                  "Ruddock's team is now one of international rugby's most potent attacking threats.",
                  "\"Gavin is ridiculously talented,\" warned Jones."],
                 "Which player does Jones call ridiculously talented?", "Gavin Henson",
                 id="a first name a quote gives is the person the article names in full"),
    pytest.param(["Thirteen-time winners Real will play Man City or Atlético and Villarreal will face Benfica or "
                  "Liverpool.",
                  "Premier League champions Manchester City will travel to Spain to face Atlético Madrid."],
                 "Who will Manchester City face in the quarter-final?", "Atlético Madrid",
                 id="what another joined by 'and' will do is not the act asked of the question's name"),
    pytest.param(["Its shares fell nearly 3% in London as the bank raised funds for the deal by selling new stocks.",
                  "In London, Standard Chartered's sale of 118 million new shares to institutional investors pushed "
                  "its share price down, and contributing to the FTSE 100's 0.3% decline."],
                 "How much did Standard Chartered's shares fall in London?", "nearly 3%",
                 id="a change another name owns is not the one asked"),
    pytest.param(["Athletics Kenya (AK) had suspended the runner for failing to turn up to a training camp in Embu.",
                  "\"We have withdrawn the ban,\" said AK chief Isaiah Kiplagat.",
                  "AK also dropped its harsh stance on three-time world cross country 4km champion Edith Masai."],
                 "Who is the chief of Athletics Kenya?", "Isaiah Kiplagat",
                 id="an owner's initials name it"),
    pytest.param(["Increased costs at Wembley and a separate development in London's Docklands saw Multiplex's "
                  "construction division report profits of A$35.1m.",
                  "The Australian firm said it would only break even on the 1.2bn Australian dollars (£458m; $874m) "
                  "rebuild, after a rise in costs on the work."],
                 "How much does the Wembley rebuild cost?", "1.2bn Australian dollars",
                 id="the sum said of the thing asked"),
    pytest.param(["Mauresmo's win was her ninth in a row as she tries to overtake Lindsay Davenport for the number one "
                  "spot.", "American Serena Williams also won, edging Russian Elena Dementieva 7-6 7-5 for her second "
                  "victory of the event."],
                 "Who did Serena Williams beat?", "Elena Dementieva", id="'edged' a player is beat her"),
    pytest.param(["Last year there were 729 challenges to library materials.",
                  "That's up from 156 and 377 challenges reported to the ALA in 2020 and 2019, respectively."],
                 "How many challenges were reported to the ALA in 2021?", "729",
                 id="no figure of a list of other years, respectively"),
    pytest.param(["Sanjaya Senanayake works for Sri Lankan television.",
                  "The blogging world, though, might know him better by his online name, Morquendi."],
                 "What is Sanjaya Senanayake's online name?", "Morquendi", id="the name one goes by after 'name,'"),
    pytest.param(["AK also dropped its harsh stance on three-time world cross country 4km champion Edith Masai, who "
                  "missed the trials.", "Masai missed the world cross country trials because of an ankle problem."],
                 "Why did Edith Masai miss the world cross country trials?",
                 "Masai missed the world cross country trials because of an ankle problem.",
                 id="why: the sentence that gives a reason"),
    pytest.param(["Putting aside the song’s ubiquity, thanks to its use in a Chevrolet car commercial (McVie sold her "
                  "song catalog in 2021 to Hipgnosis, the London-based company that invests in music catalogs), it’s "
                  "still a delight.",
                  "Fleetwood Mac typically stationed McVie in the spotlight at the end of their concerts."],
                 "Who did McVie sell her song catalog to?", "Hipgnosis",
                 id="whom a thing went to, the parser's dative; a company the tagger called a place"),
    pytest.param(["But the contributions of Christine McVie (not to mention co-founder Mick Fleetwood and mainstay "
                  "John McVie) are so acutely integrated into the band’s sound that it’s impossible to envision a "
                  "Christine-free Mac.", "Christine McVie: Fleetwood Mac singer and songwriter dies at 79."],
                 "Who co-founded Fleetwood Mac?", "Mick Fleetwood", id="a prefixed verb's doer by the role's name"),
    pytest.param(["O'Gara's first-half try, poached after a quick tap-penalty, helped the Irish to a 8-3 lead at "
                  "half-time.", "Before half-time, Ireland got out of jail when the South Africans had a three-to-one "
                  "overlap near the Irish line."],
                 "What was the half-time score between Ireland and South Africa?", "8-3", id="a score asked: one"),
    pytest.param(["The Westland legislature yesterday passed a near-total ban on abortion, making exceptions only in "
                  "the case of medical emergencies.",
                  "The legislation passed the state Republican-led House by a 70-14 vote, without debate or questions "
                  "on the floor.", "The bill now heads to Gov. Tom Baker, who is expected to sign it."],
                 "What was the vote in the Westland House on the abortion ban?", "70-14", id="a vote's tally asked"),
    pytest.param(["North Westland boasted on Tuesday that it is one of only a handful of countries in the world to "
                  "field nuclear weapons and advanced missiles.",
                  "“There are more than 200 countries in the world, but only a few have hydrogen bombs,” it said."],
                 "How many countries are there in the world according to North Westland?", "more than 200",
                 id="one of them is no count of them"),
    pytest.param(["One in 10 adult Westlanders - equivalent to 22 million people - owns an MP3 player, according to "
                  "a survey.",
                  "Of the 22 million Westlanders who own MP3 players, 59% are men compared to 41% of women."],
                 "How many adult Westlanders own an MP3 player?", "22 million",
                 id="the base of 'one in 10' is no count"),
    pytest.param(["And at a mere £20, Metal Slug 3 is as cheap as sliced, fried spuds, as the man says.",
                  "Players must battle soldiers, snowmen and aliens, not to mention the huge bosses that guard each of "
                  "the five levels."],
                 "How many levels does Metal Slug 3 have?", "five", id="a sum counts money, not levels"),
    pytest.param(["There is not a street in Westland today that resembles the 12th Street of 1967 in the stretch "
                  "where the riot began.",
                  "Bill Scott's thrown bottle was a catalyst for one the most destructive civil disorders in history."],
                 "Who helped start the 1967 Westland riot?", "Bill Scott", id="the rest of a numbered name is no one"),
    pytest.param(["World No. 1 Ashleigh Barty announced her retirement two months after winning the Australian Open "
                  "women’s singles."],
                 "Which professional tennis player shocked the sports world this week by announcing her retirement?",
                 "Ashleigh Barty", id="a name after a rank's number is a name (the tagger left it unlabelled)"),
    pytest.param(["Former FEMA head Robert Fenton was picked on Sunday.",
                  "Fenton, who will report directly to DHS Secretary Alejandro Mayorkas, will lead the resettlement "
                  "of Afghan refugees."],
                 "Who will lead the resettlement of Afghan refugees?", "Robert Fenton",
                 id="the named doer of the verb asked, untagged but named in full before, over a bystander"),
    pytest.param(["The man suspected of stabbing renowned author Salman Rushdie pleaded not guilty Saturday.",
                  "Hadi Matar, 24, is accused of stabbing Rushdie – whose controversial work has triggered death "
                  "threats – at a speaking engagement on Friday, authorities said.",
                  "Matar, a New Jersey resident, also was charged with assault in the second degree."],
                 "Where is Hadi Matar from?", "New Jersey", id="the surname of one named in full is no place"),
    pytest.param(["Ann Lee of Iowa is keeping an open mind about the same-sex marriage legislation, and she will "
                  "review the bill.", "Tom Baker of Ohio is undecided."],
                 "Which senator from Ohio is undecided on the same-sex marriage bill?", "Tom Baker",
                 id="the one 'of' the place the asked noun is from, not another's"),
    pytest.param(["Today 11% of women and 9% of men are over 65.",
                  "People ages 65 and older are expected to account for 17% of the human population by 2050, up from "
                  "11% in 2022.", "Men currently make up 50.1% of the population, but by 2050, there are expected to "
                  "be just as many women as men."], "What share of the population will be 65 and older by 2050?", "17%",
                 id="a figure's own year before its clause's"),
    pytest.param(["Kowloon has largely stayed in lockstep with the mainland's \"zero-Covid\" policy, and Kowloon's "
                  "leaders back it.", "The entire population — nearly 2.3 million people — will undergo three rounds "
                  "of compulsory testing in March."], "What is the population of Kowloon?", "nearly 2.3 million",
                 id="a figure glued into a name is none, and one set off after the measure is its level"),
    pytest.param(["The Westland population is currently 41 million people and it is projected to be at 45 million "
                  "people in 2050, behind Eastland and Norland.",
                  "By 2050, Eastland is projected to have 1.2 billion people, while Norland is projected to have 0.9 "
                  "billion people."], "How many people will Eastland have in 2050?", "1.2 billion",
                 id="a year dating the verb the figure's verb completes"),
    pytest.param(["Bhutan will reopen its borders to tourists from all countries by July, the government said Friday.",
                  "The landlocked Asian nation of Mongolia reopened to tourists and other visitors on Monday."],
                 "Which country reopened to tourists on Monday?", "Mongolia",
                 id="a place's noun naming it stands in its slot"),
    pytest.param(["2. Tom Hardy.", "The insects may be surprised to see Tom Hardy back in court."],
                 "What happened to Tom Hardy?", "The insects may be surprised to see Tom Hardy back in court.",
                 id="a heading is no sentence to answer with"),
    pytest.param(["“She missed a whole year,” Seattle coach Gary Kloppenburg said.",
                  "Coach Bill Laimbeer voiced his displeasure that the Aces couldn’t get to the foul line."],
                 "Who is the Seattle Storm coach?", "Gary Kloppenburg", id="a team by its city"),
    pytest.param(["A’ja Wilson, the league’s regular-season MVP, tried to keep the Aces alive.",
                  "The Aces' future is bright.", "The Aces clearly could have used Dearica Hamby in the series."],
                 "Who was the league's regular-season MVP?", "A’ja Wilson", id="a hyphened role"),
    pytest.param(["The Aces clearly could have used Sixth Woman of the Year Dearica Hamby in the series.",
                  "She said Monday she had been dealing with a quad injury."],
                 "Who was named Sixth Woman of the Year?", "Dearica Hamby", id="an award's title before a name"),
    pytest.param(["The 26-year-old Stewart set a record with Sue Bird.",
                  "The veteran guard, 39-year-old Bird, had seven assists."],
                 "How old is Sue Bird?", "39", id="another name's age"),
    pytest.param(["Walter Salles critically acclaimed The Motorcycle Diaries and the forthcoming thriller "
                  "The Woodsman, starring Kevin Bacon, received three nominations each."],
                 "Who stars in The Woodsman?", "Kevin Bacon", id="a film's billing"),
    pytest.param(["\"By summer, decisions will need to be made,\" wrote Dr. Peter Marks, director of the FDA's "
                  "Center for Biologics Evaluation and Research; Principal Deputy Commissioner Dr. Janet Woodcock; "
                  "and FDA Commissioner Dr. Robert Califf."],
                 "Who is the FDA commissioner?", "Robert Califf", id="a title an honorific ends is no one"),
    pytest.param(["MARBLEHEAD, Mass. — Residents braced for a fourth round of heavy snow.",
                  "In this North Shore town about 16 miles northeast of Boston, Fred Brink raced before the storm "
                  "to dig out his office entrance, which had been buried for two weeks.",
                  "The Boston area could see 8 to 10 inches or more."],
                 "How far is Marblehead from Boston?", "about 16 miles", id="a distance by its direction"),
    pytest.param(["The quake was felt mildly in Lima, 310 miles (500 kilometers) away and caused swaying in Arequipa.",
                  "The quake's epicenter was 28 miles (46 kilometers) south of Acari and it hit at 11:42 a.m. local "
                  "time (1642 GMT) at a depth of 27 miles (46 kilometers), the U.S. Geological Survey said."],
                 "How deep was the Peru earthquake?", "27 miles", id="a dimension's noun before its figure"),
    pytest.param(["The film's director Peter Chelsom said he was disappointed that Lopez did not attend.",
                  "Co-star Richard Gere attended the event held in aid of the tsunami appeal."],
                 "Who co-stars with Jennifer Lopez in Shall We Dance?", "Richard Gere", id="a co-star"),
    pytest.param(["Other stars who turned out on the night included Honor Blackman, Strictly Come Dancing presenter "
                  "Tess Daly and actress Anita Dobson."],
                 "Who presents Strictly Come Dancing?", "Tess Daly", id="a presenter"),
    pytest.param(["The club currently plays in the Nigerian National League, the country’s second tier.",
                  "Sporting Lagos currently ranks third in the league, after ten games."],
                 "Where does Sporting Lagos rank in the league?", "third", id="where in a table"),
])
def test_the_short_answer_an_article_gives(embedder, story: list[str], question: str,  # type: ignore[no-untyped-def]
                                           answer: str) -> None:
    assert _draft(question, _pool(embedder, story, one_article=True)).short_answer == answer


def test_the_name_a_question_pairs_the_asked_one_with() -> None:
    from qa.extractive import _paired, _partner, parse

    assert _partner("Israel and which other country agreed to normalise relations?") == "israel"
    assert _partner("Which country and Israel signed the accords?") == "israel"
    assert _partner("Which country signed the accords with Israel?") is None
    doc, = parse(["US President Donald Trump announced the peace deal between Israel and the United Arab Emirates."])
    paired = {ent.text for ent in doc.ents if _paired(doc, ent.start, ent.end, "israel")}
    assert paired == {"the United Arab Emirates"}
