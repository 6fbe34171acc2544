"""Question analysis: expected answer types, named dates, follow-up resolution."""

from __future__ import annotations

from datetime import date

import pytest

from qa.question import (
    analyze,
    as_which,
    date_range,
    expected_types,
    home_asked,
    is_followup,
    named_years,
    relative_range,
    reported_until,
    resolve_followup,
)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Who leads Asaib Ahl al-Haq?", "PERSON"),
        ("How many U.S. troops are in Iraq?", "CARDINAL"),
        ("When did American forces withdraw from Iraq?", "DATE"),
        ("In what year did the war end?", "DATE"),
        ("A US embassy in what country was attacked by protesters?", "GPE"),
        ("Where did the storm make landfall?", "GPE"),
        ("Which company bought the social network?", "ORG"),
        ("This artist is the first to score a No. 1 hit in four decades.", "PERSON"),
        ("How much did the bridge repair cost?", "MONEY"),
        ("What percentage of voters backed her?", "PERCENT"),
        ("What European country is facing a political crisis?", "GPE"),
        ("Which home furnishings retailer filed for bankruptcy?", "ORG"),
        ("Which young performer swept the Grammys?", "PERSON"),
        # Plural nouns ask for the same type; "this year's" names a time, it does not ask for one.
        ("Which two performers headlined this year’s halftime show?", "PERSON"),
        ("Which two teams will play in this year’s Super Bowl?", "ORG"),
        ("Which European countries closed their borders?", "GPE"),
        ("What exact date was the treaty signed?", "DATE"),
        # Modifiers between the wh-word and its noun keep the type; a noun modifying another does not.
        ("The US death toll topped what monumental number this week?", "CARDINAL"),
        ("What language was the film shot in?", "LANGUAGE"),
        ("Which figure skater won gold?", "PERSON"),
        ("Which high-profile individual’s account was locked?", "PERSON"),
        # A noun of the table modifying another asks for the other: a state's official, a court's ruling.
        ("Which state official said he would risk catching coronavirus?", "PERSON"),
        ("Which historic Supreme Court decision may be overturned?", "LAW"),
        ("Which Supreme Court Justice is retiring?", "PERSON"),
        ("Which England striker scored twice?", "PERSON"),
        ("Which Labour Party figure called for a windfall tax?", "PERSON"),
        ("Which law firm represents the company?", "ORG"),
        ("Which film won the award for best picture?", "WORK_OF_ART"),
        ("Which autobiography does the coin evoke?", "WORK_OF_ART"),
        ("Which state park is the town at the entrance to?", "FAC"),
        ("WHO WON THE RACE?", "PERSON"),  # asked in capitals
        ("What income tax rate would the party charge?", "PERCENT"),
        ("Broadway’s biggest stars were recognized at which prestigious awards show?", "EVENT"),
        ("Which popular daytime talk show will be ending after 31 seasons?", "WORK_OF_ART"),
        ("Which vaccine was halted in Europe?", "PRODUCT"),
        # "When" asking, not "when" joining two clauses.
        ("Which UK brand found itself at the centre of a PR fiasco when it announced it would close?", "ORG"),
        ("Who was the chief executive officer when the service began?", "PERSON"),
        ("Joe Biden was in which country when he said of Vladimir Putin that he cannot remain in power?", "GPE"),
        ("When’s the next general election?", "DATE"),
        ("The price of oil is usually stable until when?", "DATE"),
        ("When exactly did the strike begin?", "DATE"),
        # "What is the name of the X" asks for an X; "what is her name" for a person.
        ("What is the name of the prime minister arrested this week?", "PERSON"),
        ("What’s the name of the company that bought Slack?", "ORG"),
        ("What is the name of the film Alec Baldwin was shooting?", "WORK_OF_ART"),
        ("The GOP's most outspoken critic of Trump lost her seat. What is her name?", "PERSON"),
        ("What is the name of the category 4 hurricane that hit Florida?", "EVENT"),
        # "What is the X of" asks for a sum of money, or a number, as "how much" and "how many" do.
        ("What is the estimated cost of the damage caused by the floods?", "MONEY"),
        ("What was the magnitude of the earthquake?", "CARDINAL"),
        # News' own nouns for people, companies, natural features and buildings.
        ("Which senior Conservative MP resigned?", "PERSON"),
        ("Which philanthropist gave $80 million?", "PERSON"),
        ("What drugmaker produces the vaccine?", "ORG"),
        ("Which social media giant partnered with Ray-Ban?", "ORG"),
        ("Into which ocean did the capsule splash down?", "LOC"),
        # An age is a number; "how much" asks for an amount before a count, "how much longer" for a time.
        ("The world's oldest man died this week. How old was he?", "CARDINAL"),
        ("How much student loan debt will borrowers have forgiven?", "MONEY"),
        ("Vegetarians are how much less likely to develop cancer than meat eaters?", "PERCENT"),
        ("How much longer could the pandemic last?", "QUANTITY"),
        ("Which stadium will host the final?", "FAC"),
        # The wh-word opening the question asks, not one opening a clause inside it; a quiz's context
        # comes first, its relative clauses ask nothing.
        ("Who tweeted a poll asking how much users would pay to be verified?", "PERSON"),
        ("How much did the club pay the agent who brokered the deal?", "MONEY"),
        ("Police arrested 31 men who planned to riot at an event. Where was the event?", "GPE"),
        ("The isolation period for people who test positive is being cut to how many days?", "DATE"),
        ("A terrorist, who was associated with which group, was killed?", "ORG"),
        # A name of up to four words modifies the noun as one word does; any verb of a change asks its extent.
        ("Which two Zac Brown Band members were absent on Friday?", "PERSON"),
        ("How much did Tesla's stock leap?", "PERCENT"),
        # What a forecast puts the asked thing at: "What does X expect its rate to be?"
        ("What does Target now expect its second-quarter operating margin rate to be?", "PERCENT"),
        ("What did the panel predict the cost of the bridge to be?", "MONEY"),
        # The first noun asked after the wh-word, not one the question goes on to name.
        ("Which law gave sub-Saharan countries access to the US market?", "LAW"),
        ("Which treaty did the two nations sign?", "LAW"),
        # A company's figures asked of it by name: sums.
        ("What were Westland's profits in 2020?", "MONEY"),
        ("What was Acme's revenue last quarter?", "MONEY"),
        ("Which constituency does Jack Cunningham represent?", "GPE"),
        ("What is McIntosh's father's name?", "PERSON"),
        ("What is the outstanding federal loan balance?", "MONEY"),
        ("What prison term could Emilio Botin face if convicted?", "QUANTITY"),
        ("What vaccine efficacy did the Pfizer trial find in young children?", "PERCENT"),
        ("What did the yen drop to per euro?", "PERCENT"),
        ("What record low did the dollar slide to against the euro?", "PERCENT"),  # the level reached
        ("What will the world population be in 2100?", "CARDINAL"),  # a measure, the verb split
        ("What did unemployment rise to in May?", "PERCENT"),
        ("Which prison was he sent to?", "FAC"),
        ("Which Green MSP fears residents may miss the vote?", "PERSON"),  # a member of a parliament
        ("Which MEP left the party?", "PERSON"),
        ("Which Labour peer resigned the whip?", "PERSON"),  # a member of the House of Lords
        ("To what capacity did Athens promise to increase reception?", "QUANTITY"),  # not "national capacities"
        ("What accuracy must gun buyers in Japan achieve in the shooting-range test?", "PERCENT"),
        ("What was the chance of favorable weather for the Artemis launch?", "PERCENT"),
        ("How much notice did Yoran reportedly give before leaving?", "DATE"),  # a span of time, no sum
        ("How much time did he spend in jail?", "DATE"),
        ("What was O.J. Simpson sentenced to?", "QUANTITY"),  # a term, as "how long" ("nine to 33 years")
        ("What sentence did the judge give her?", "QUANTITY"),
        ("Which city hosts the Bahamas' biggest displays?", "GPE"),  # "hosts" a verb, not the person asked
        ("Which team captain scored the winner?", "PERSON"),
        ("What is the average pay for UPS delivery drivers?", "MONEY"),
        ("By what score did Liverpool beat Benfica in the first leg?", "CARDINAL"),  # "3-1"
        ("What was UK economic growth in 2004?", "PERCENT"),
        ("What was China's GDP growth last year?", "PERCENT"),  # not the year
        ("How much are Zillow shares up in premarket trading?", "PERCENT"),  # a change
        ("How much is the down payment?", "MONEY"),  # not one
        ("Which winger scored the winning try?", "PERSON"),  # a player's position
        ("Which fly-half kicked the penalty?", "PERSON"),
        ("How wide is the new crater?", "QUANTITY"),
        ("What was the record low of the offshore yuan on Wednesday?", "CARDINAL"),  # a level reached
        ("What was Bitcoin's all-time high?", "CARDINAL"),
        ("What weekly payment does the charity recommend?", "MONEY"),
        ("What maturity payout would a policyholder who invested £50 a month get?", "MONEY"),
        ("What settlement did the company agree?", "MONEY"),
        ("What salary will he earn?", "MONEY"),
        ("What were Maruti's total sales?", "MONEY"),
        ("What is Ann Lee's world ranking?", "CARDINAL"),  # "ranked 134"
        ("What was the original amount of the benefit?", "MONEY"),
        ("What amount of rain fell?", "MONEY"),  # (a measure next: "2 inches")
        ("Where does Sporting Lagos rank in the league?", "ORDINAL"),  # a place in a table, no place
        ("Where did Hamilton finish?", "ORDINAL"),
        ("Where did the boat finish its voyage?", "GPE"),
    ],
)
def test_expected_types(question: str, first: str) -> None:
    assert expected_types(question)[0] == first


def test_a_payment_noun_modifying_another_asks_no_sum() -> None:
    assert expected_types("What payment method does the shop accept?") == ()
    assert expected_types("What was the sales tax?") == ()
    assert expected_types("What was the U.S. inflation rate in March?")[0] == "PERCENT"


def test_the_measure_a_question_asks() -> None:
    from qa.question import measure_asked

    assert measure_asked("What is the death toll in Kentucky?") == "toll"
    assert measure_asked("What was the magnitude of the earthquake?") == "magnitude"
    assert measure_asked("What is the driving range of the Spectre?") == "range"
    assert measure_asked("What is the depth of the lake?") == "depth"
    assert measure_asked("What is the U.K. death toll?") == "toll"  # an owner abbreviated with dots
    assert measure_asked("Who won the election?") is None
    assert measure_asked("What was the vote in the Oklahoma House on the ban?") == "vote"  # a tally: "70-14"
    assert expected_types("What was the final tally?")[0] == "CARDINAL"


def test_a_party_may_be_named_by_its_members() -> None:
    assert expected_types("Which party is Andy Beshear in?")[:2] == ("ORG", "NORP")  # "a Democrat"
    assert "NORP" not in expected_types("Which company bought the social network?")


def test_a_team_may_be_named_by_its_place_a_company_not() -> None:
    assert expected_types("Which team won the World Cup?")[:2] == ("ORG", "GPE")  # "Argentina"
    assert expected_types("Which club did he join Wasps from?")[:2] == ("ORG", "GPE")  # "Northampton"
    assert "GPE" not in expected_types("Which company bought the social network?")


def test_open_question_expects_no_entity() -> None:
    assert expected_types("Why did the talks collapse?") == ()
    assert expected_types("What is the name of the new security pact?") == ()
    assert expected_types("What was the name of the first man-made nuclear reaction?") == ()  # "man-" asks no person
    # Nouns that also modify others or mean other things are left out: an iPhone model, a chain of events.
    assert expected_types("Which model of iPhone sold best?") == ()
    assert expected_types("What chain of events led to the crash?") == ()
    # Growth asked is a share; a growth strategy or the cause of inflation is not.
    assert expected_types("What is the growth strategy?") == ()
    assert expected_types("What was the cause of inflation?") == ()
    assert expected_types("What is driving inflation?") == ()
    assert expected_types("Vaccinations began for which age group this week?") == ()
    assert expected_types("Which ethnic group was targeted?") == ("NORP",)
    assert expected_types("Which Premier League club was fined?")[0] == "ORG"


def test_a_verb_between_wh_word_and_noun_is_not_a_modifier() -> None:
    assert expected_types("What did the company say about the layoffs?") == ()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What happened in January 2019?", ("2019-01-01", "2019-01-31")),
        ("What did the council decide in Feb. 2020?", ("2020-02-01", "2020-02-29")),
        ("Who won the election in 2011?", ("2011-01-01", "2011-12-31")),
        ("Who won the election?", (None, None)),
        ("How many of the 2011 troops stayed?", (None, None)),  # a year, but not "in <year>"
    ],
)
def test_date_range(question: str, expected: tuple[str | None, str | None]) -> None:
    assert date_range(question) == expected


def test_a_figure_s_year_may_be_named_with_more_words_than_an_article_date() -> None:
    # A forecast "for 2005" is reported before it: no article date range, but the figure's year.
    for question in ("How much did house prices rise over 2004?", "What growth is forecast for 2004?"):
        assert named_years(question) == {"2004"}
        assert date_range(question) == (None, None)
    assert named_years("How many troops stayed in 2011?") == {"2011"}
    assert named_years("How many of the 2011 troops stayed?") == set()


@pytest.mark.parametrize(
    ("question", "since"),
    [
        ("Who won the election this week?", "2020-01-08"),
        ("Which team won last weekend's final?", "2020-01-01"),
        ("What did the minister say yesterday?", "2020-01-12"),
        ("Who resigned today?", "2020-01-13"),
        ("Which company cut jobs this month?", "2019-12-14"),
        ("Who headlines this year's festival?", "2019-12-14"),  # early January: the last month counts
        ("Who won the Super Bowl last year?", "2019-01-01"),
        ("Who won the election?", None),
    ],
)
def test_relative_range(question: str, since: str | None) -> None:
    asked = date(2020, 1, 14)
    assert relative_range(question, asked) == ((since, "2020-01-14") if since else (None, None))


@pytest.mark.parametrize(("since", "until", "reported"), [
    ("2019-01-01", "2019-12-31", "2020-12-30"),  # a year: reported through the next
    ("2011-12-01", "2011-12-31", "2012-01-31"),  # a month: through the next month
    ("2021-02-01", "2021-02-28", "2021-03-28"),
])
def test_a_named_period_is_reported_up_to_its_length_after_it(since: str, until: str, reported: str) -> None:
    assert reported_until(since, until) == reported


def test_relative_dates_need_the_asking_day_and_yield_to_named_ones() -> None:
    asked = date(2021, 6, 30)
    info = analyze("This week, which country banned the app?", asked_on=asked)
    assert (info.since, info.until, info.relative) == ("2021-06-24", "2021-06-30", True)
    assert info.undated == "which country banned the app?"
    assert analyze("Who won the election this week?").since is None  # no asking day, no range
    named = analyze("Who won the election in 2011, not this week?", asked_on=asked)
    assert (named.since, named.until, named.relative) == ("2011-01-01", "2011-12-31", False)


def test_how_often_asks_a_frequency() -> None:
    assert analyze("How often is the census taken?").often
    assert analyze("How frequently do the trains run?").often
    assert not analyze("How long is the census?").often


def test_about_now() -> None:
    assert analyze("How many troops are in Iraq now?").about_now
    assert not analyze("How many troops were in Iraq in 2019?").about_now


def test_followups() -> None:
    assert is_followup("What did he say about parliament?")
    assert is_followup("When was that?")
    assert is_followup("And the Taliban?")
    assert not is_followup("Who leads Asaib Ahl al-Haq?")
    history = [("Who leads Asaib Ahl al-Haq?", "Qais al-Khazali")]
    assert (resolve_followup("What did he say about parliament?", history, person="Qais al-Khazali")
            == "What did Qais al-Khazali say about parliament?")
    resolved = resolve_followup("When was that?", history)
    assert "Asaib Ahl al-Haq" in resolved and resolved.startswith("When was that?")
    assert resolve_followup("Who leads Hezbollah?", history) == "Who leads Hezbollah?"
    assert resolve_followup("What did he say?", []) == "What did he say?"


def test_a_country_question_names_its_region() -> None:
    assert analyze("Which European country imposed curfews?").region == "european"
    assert analyze("The first lady of this African nation was charged").region == "african"
    assert analyze("Which country in the Middle East went on high alert?").region == "middle east"
    assert analyze("China waged a trade war on which EU country?").region == "eu"
    assert analyze("What South-East Asian nation held elections?").region == "south east asian"
    # No region, or a region that does not qualify a country asked for.
    assert analyze("Which country won the World Cup?").region is None
    assert analyze("Which European city hosted the final?").region is None


def test_the_who_is_no_wh_word() -> None:
    assert expected_types("Which country left the WHO?")[0] == "GPE"
    assert expected_types("What did the minister say about the WHO report?") == ()
    # What someone called something asks for the name given.
    assert analyze("What did Trump call the WHO on Monday?").naming
    assert not analyze("What did the company say about the layoffs?").naming
    assert analyze("What is Werfel known as around the White House?").naming
    assert analyze("What would the House of Lords be renamed?").naming  # the new name, "as" unsaid
    assert not analyze("Which airport was renamed after the singer?").naming  # whom after: no name given


def test_a_question_asking_what_something_is_named_after() -> None:
    assert analyze("D'Olier Street is named after whom?").honoree
    assert analyze("Which pop star has the millipede been named in honour of?").honoree
    assert not analyze("Who was named as the new chief executive?").honoree


def test_a_question_asking_a_rate_or_a_hashtag_says_so() -> None:
    assert analyze("How many complaints per 100,000 people were there?").rate
    assert not analyze("How many complaints were there?").rate
    assert analyze("What hashtag trended after the game?").tagged
    assert analyze("Which account posted the video?").tagged
    assert not analyze("Who posted the video?").tagged


def test_only_a_place_asked_for_makes_a_country_or_state_question() -> None:
    assert analyze("Which countries closed their borders?").country
    assert not analyze("Which state park is the town at the entrance to?").state
    assert not analyze("Which law gave sub-Saharan countries access to the US market?").country
    assert not analyze("Which company sold the most cars in US states?").state


def test_a_question_asking_for_a_state_says_so() -> None:
    assert analyze("Which state could face water restrictions?").state
    assert analyze("Tornadoes ripped through which southern state?").state
    assert not analyze("Which country could face water restrictions?").state
    assert not analyze("Which city hosted the summit?").state


def test_a_question_asking_for_an_age_says_so() -> None:
    assert analyze("The teenager flew around the world solo. How old is he?").age
    assert analyze("At what age did she retire?").age
    assert not analyze("How long did the flight take?").age
    assert not analyze("How many people were hurt?").age


@pytest.mark.parametrize(("question", "which"), [
    ("What was the storm’s name?", "Which storm?"),
    ("What’s the mascot called?", "Which mascot?"),
    ("What is the name of the prime minister arrested this week?", "Which prime minister arrested this week?"),
    ("what is the name of the prime minister?", "which prime minister?"),  # (capitalised as asked)
    ("Who won the match?", "Who won the match?"),
])
def test_a_name_asked_for_reads_as_which(question: str, which: str) -> None:
    assert as_which(question) == which
    assert analyze(question).naming == (which != question)


def test_what_is_it_called_asks_for_a_name() -> None:
    assert analyze("The variant has arrived. What is it called?").naming
    assert not analyze("What did the mayor say?").naming


def test_how_long_asks_for_a_span_of_time_and_a_chain_for_a_company() -> None:
    assert analyze("How long did diners wait at the drive-thru?").duration
    assert analyze("How much longer will the strike last?").duration
    assert not analyze("When did the strike end?").duration
    how_many = analyze("How many minutes into the match did he collapse?")
    assert how_many.duration and "TIME" in how_many.expected
    assert not analyze("How many members does the club have?").duration
    assert "ORG" in expected_types("Which radio station is he joining?")
    assert expected_types("Which fast food chain has the slowest drive-thru?")[0] == "ORG"
    assert expected_types("Which chipmaker unveiled the fastest chip?")[0] == "ORG"
    assert expected_types("What chain of events led to the crash?") == ()  # no company


def test_what_pressure_or_temperature_asks_for_a_measure() -> None:
    assert expected_types("What pressure was needed to form the diamonds?")[0] == "QUANTITY"
    assert expected_types("What temperature did the city reach on Sunday?")[0] == "QUANTITY"


@pytest.mark.parametrize(("question", "told"), [
    ("When will Brazil's presidential run-off be held?", "future"),
    ("When is the vote expected to take place?", "future"),
    ("What day will the launch happen?", "future"),
    ("When did Queen Elizabeth II die?", "past"),
    ("When was Lula Brazil's leader?", "past"),
    ("When was the launch scheduled to happen?", None),  # a plan told in the past
    ("When is the deadline?", None),
    ("Who won the election?", None),
])
def test_a_when_question_says_whether_it_asks_what_happened_or_what_will(question: str, told: str | None) -> None:
    assert analyze(question).tense == told
    assert analyze("Where is Carlile a graduate student?").where and not analyze("Which city hosts it?").where


@pytest.mark.parametrize(("question", "which"), [
    ("What is the largest city in Pakistan?", "Which largest city in Pakistan?"),
    ("What is Pakistan's largest city?", "Which largest city of Pakistan?"),
    ("What was the private company that developed the spacecraft?",
     "Which private company that developed the spacecraft?"),
    ("What is the company's plan?", "What is the company's plan?"),
    ("What is the state average growth plan?", "What is the state average growth plan?"),
    ("What is the state of the economy?", "What is the state of the economy?"),
    ("What is the group calling for?", "What is the group calling for?"),
    ("What was Wendy's best-ever average order time?", "What was Wendy's best-ever average order time?"),
    ("What are the names of Charles's two children?", "Which two children of Charles?"),
    ("What is the name of his wife?", "Which wife?"),
    ("Which is the biggest health insurer?", "Which biggest health insurer?"),
])
def test_what_is_the_x_asks_which_x_when_the_noun_asks_for_a_type(question: str, which: str) -> None:
    # The noun must end its phrase: not one that owns or modifies another, nor a time that may be how long.
    assert as_which(question) == which
    assert bool(analyze(question).expected) == (which != question)


def test_kin_ask_for_people_but_a_childrens_book_is_a_book() -> None:
    assert analyze("Which son will inherit the estate?").expected[0] == "PERSON"
    assert analyze("What are the names of Charles's two children?").expected[0] == "PERSON"
    assert analyze("Which children’s book came under fire this week?").expected[0] == "WORK_OF_ART"


def test_who_is_a_name_asks_to_describe_that_person() -> None:
    for question, name in (("Who is Roy Lee?", "Roy Lee"), ("who's Qais al-Khazali", "Qais al-Khazali"),
                           ("Who was Ursula von der Leyen?", "Ursula von der Leyen"), ("Who is Dr. Leana Wen?",
                                                                                       "Dr. Leana Wen"),
                           ("What does Roy Lee do for a living?", "Roy Lee"), ("What is Roy Lee's job?", "Roy Lee"),
                           ("What was Roy Lee’s occupation?", "Roy Lee"),
                           ("What does Roy Lee do for work?", "Roy Lee")):
        assert analyze(question).described == name
    # A role, an owner's role, or a question with more to it asks for a person instead.
    for question in ("Who is the NATO chief?", "Who is Trump's lawyer?", "Who is leading the race?", "Who won?",
                     "What does Biden plan to do?", "What is the job of the future?"):
        assert analyze(question).described is None


@pytest.mark.parametrize(("question", "person"), [
    ("Where is Matthew Rose from?", "Matthew Rose"),
    ("Where does Matthew Rose come from?", "Matthew Rose"),
    ("Where does Jim Reid live?", "Jim Reid"),
    ("What is Matthew Rose's hometown?", "Matthew Rose"),
    ("Where is Paris?", None),  # a place, not a person's home
    ("Where is the mayor from?", None),  # no name to look for beside
    ("Where was Joe Biden born?", None),  # a birthplace: another question
    ("Where does Jim Reid work?", None),  # a workplace
])
def test_the_person_whose_home_is_asked(question: str, person: str | None) -> None:
    assert home_asked(question) == person


def test_a_full_name_asks_a_longer_form_of_the_name_given() -> None:
    assert analyze("What is Queen Elizabeth's full name?").fuller == "Queen Elizabeth"
    assert analyze("What's Joe Biden’s full name?").fuller == "Joe Biden"
    assert analyze("What is the full name of the law?").fuller is None
    assert analyze("What is Lady Gaga's real name?").fuller is None  # a birth name need not hold the one known


def test_a_hometown_is_a_place() -> None:
    assert analyze("What is Matthew Rose's hometown?").expected[0] in {"GPE", "LOC"}


def test_a_sum_or_a_name_asked_of_a_named_owner() -> None:
    assert expected_types("What is TSMC's market cap?") == ("MONEY", "CARDINAL")
    assert expected_types("What is Elon Musk's net worth?") == ("MONEY", "CARDINAL")
    assert expected_types("What is the nominal value of Argentina's debts?") == ("MONEY", "CARDINAL")
    assert expected_types("How much profit does EMI expect?") == ("MONEY", "CARDINAL")  # not "15% lower"
    assert expected_types("At what price were EMI shares on Monday?")[0] == "MONEY"
    assert expected_types("Where does Paul Richards work?")[0] == "ORG"  # "an analyst at Numis Securities"
    assert expected_types("What is Taiwan's population?")[0] == "CARDINAL"
    assert expected_types("What was the median home sales price in 2021?")[0] == "MONEY"
    assert expected_types("What is the company's plan?") == ()
    # A name given "in" or "by" someone is still a name asked for.
    assert analyze("What is TSMC dubbed in Taiwan?").naming
    assert analyze("What is the code name of Microsoft's new Windows?").naming  # an owner's, two words
    assert not analyze("What is the price of Microsoft's new Windows?").naming
    assert analyze("What was she nicknamed by her fans?").naming
    assert not analyze("Who called the meeting in Taiwan?").naming


def test_a_time_of_day_a_rate_and_a_short_form_asked_for() -> None:
    assert expected_types("What time was the launch scrubbed?")[0] == "TIME"
    assert expected_types("At what time did the polls close?")[0] == "TIME"
    assert expected_types("What time frame did the court give?") != ("TIME", "DATE")
    assert expected_types("What was Kentucky's jobless rate in April?")[0] == "PERCENT"
    assert expected_types("What is the interest rate?")[0] == "PERCENT"
    assert expected_types("What is the state average growth rate?")[0] == "PERCENT"
    assert expected_types("How much annual growth may Westland lose?")[0] == "PERCENT"  # a modal too
    # A change: a share first ("by 24%"); the level it rose to, an amount.
    assert expected_types("By how much did the cost of batteries fall?")[0] == "PERCENT"
    assert expected_types("How much did the cost of batteries rise to?")[0] == "MONEY"
    assert analyze("What does PHEIC stand for?").expands == "PHEIC"
    assert analyze("what is the acronym NERC short for?").expands == "NERC"
    assert analyze("What does Biden stand for in the race?").expands == "Biden"  # the words then have to spell it
    assert analyze("What does the senator stand for?").expands is None
