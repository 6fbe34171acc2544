"""Understanding a question: the kind of answer it expects, dates it names, and follow-ups."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from qa.regions import region_asked
from qa.when import MONTHS

# Up to three modifiers between a wh-word and the noun it asks about ("which home furnishings
# retailer", "what European country"), never a verb or article ("what did the company say").
_MODIFIER = (r"(?: (?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|the|a|an"
             r"|of|to|in|on|for|and|or|not|before|after|at|by|with|from|as|that|if|when|while|since|during"
             r"|about|into|than)\b)[\w’'.-]+)")
# A name of up to four words counts as one modifier: "which two Zac Brown Band members".
_MODIFIERS = rf"(?:{_MODIFIER}{{0,3}}|{_MODIFIER}{{0,2}}(?: (?-i:[A-Z])[\w’'.&-]*){{2,4}}{_MODIFIER}?)"
_WH = "what|which|this|these"
_NOT_THE_WHO = r"(?!(?-i:WHO)\b)"  # "the WHO" is the World Health Organization, not a wh-word
_WHERE = r"\bwhere\b"
_WHERE_RANKED = (r"\bwhere (?:does|did|do|will|would|is|was|are|were|has|have|had) [^?]*?"
                 r"\b(?:rank|ranks|ranked|finish|finishes|finished)\b(?!\s+(?:the|a|an|his|her|its|their)\b)")
PLACE_LABELS = ("GPE", "LOC", "FAC")
_NAME = ("PERSON", "ORG", "NORP", "GPE")
_COMPANY = ("ORG", "PRODUCT")
# "How much longer / sooner": a span of time, not an amount.
_TIME_COUNT_RE = re.compile(r"\bhow many (?:more |fewer |additional )?(?:seconds|minutes|hours|days|weeks|months"
                            r"|years|decades|centuries)\b", re.IGNORECASE)
_OFTEN_RE = re.compile(r"\bhow (?:often|frequently)\b", re.IGNORECASE)
# "What prison term could he face?" asks how long too ("up to six years"), not for the prison.
# "How much time did he spend in jail?", "how much notice": a span of time ("one day's notice"), never a sum.
_HOW_MUCH_TIME_RE = re.compile(r"\bhow much (?:more |less )?(?:time|notice|warning|leave|jail time|prison time)\b",
                               re.IGNORECASE)
_LONG_RE = re.compile(rf"\bhow long\b|\bhow much (longer|shorter|sooner|later|earlier)\b"
                      rf"|{_HOW_MUCH_TIME_RE.pattern}"
                      rf"|\b(?:what|which) (?:[\w-]+ ){{0,2}}?(?:prison|jail) (?:terms?|sentences?)\b"
                      # "What was he sentenced to?", "What sentence did she get?": mostly a term ("nine to 33 years")
                      rf"|\bwhat\b[^?]*\bsentenced to\b|\bwhat sentence (?:did|does|do|will|has|have|could|would)\b"
                      rf"|{_TIME_COUNT_RE.pattern}", re.IGNORECASE)

# Nouns for people: "which actress" asks for a person; "Actress Nicole Kidman" is Nicole Kidman.
PERSON_NOUNS = ("person|man|woman|people|artist|singer|actor|actress|leader|president|politician|player|author"
                "|writer|director|official|ceo|rapper|musician|senator|governor|judge|athlete|star|celebrity|journalist"
                "|scientist|lawmaker|candidate|former|comedian|host|billionaire|entrepreneur|founder|chief|minister"
                "|executive|coach|quarterback|pitcher|golfer|driver|astronaut|pope|king|queen|prince|princess|mayor"
                "|general|activist|member|rep\\.|representative|secretary|spokesperson|spokesman|spokeswoman|head|boss"
                "|owner|hero|victim|suspect|winner|designer|chef|performer|businessman|businesswoman|influencer|tycoon"
                "|monarch|emperor|figure|individual|mp|msp|mep|tory|republican|democrat|philanthropist|supermodel|champion"
                "|presenter|anchor|editor|magnate|couple|sibling|economist|doctor|lawyer|attorney|prosecutor|ambassador"
                "|diplomat|envoy|chancellor|congressman|congresswoman|bishop|archbishop|commissioner|commander|officer"
                "|inventor|poet|novelist|composer|painter|filmmaker|producer|footballer|cricketer|boxer|swimmer|gymnast"
                "|skier|legend|visionary|pioneer|heir|heiress|duke|duchess|investor|whistleblower|nominee|contestant"
                "|finalist|laureate|justice|jurist|manager|captain|pilot|teacher|nurse|student|priest|rabbi|imam"
                "|soldier|veteran|prisoner|detainee|hostage|protester|youtuber|blogger|dancer|photographer|architect"
                "|physicist|chemist|biologist|historian|philosopher|playwright|screenwriter|broadcaster|commentator"
                "|pundit|adviser|advisor|aide|strategist|negotiator|referee|umpire|jockey|striker|midfielder|teen|teenager"
                "|goalkeeper|sprinter|cyclist|mountaineer|explorer|surgeon|physician|epidemiologist|virologist"
                "|researcher|professor|academic|mogul|socialite|winger|defender|batsman|batter|bowler|fly-half|scrum-half"
                "|flanker|full-back|fullback|wicketkeeper|goalie|playmaker|linebacker|runner|marathoner|peer")
# Kin ask for people too ("What are the names of his two children?"); not "children's" ("which
# children's book").
KIN_NOUNS = ("son|daughter|wife|husband|child|children(?!['’])|brother|sister|father|mother|spouse|widow|widower"
             "|grandson|granddaughter|grandchild|grandchildren|nephew|niece|cousin")

_OWNER_NAME = r"(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*"  # of "TSMC's", "New York's"
# "What is the …", "What is TSMC's …", "What does Target expect its …": the thing asked for is what follows.
_EXPECTING = r"(?:expect|forecast|predict|estimate|project|want|need|put|set)"
_WHAT_IS_ITS = (rf"\bwhat(?:['’]s|\s+(?:is|was|are|were|will be)"
                rf"|\s+(?:does|did|do|will|would)\s+(?:[\w.'’-]+\s+){{1,4}}?{_EXPECTING}"
                # the verb split: "What will the world population be in 2100?"
                rf"|\s+(?:will|would|could|might|may)(?=\s+(?:[\w.'’-]+\s+){{2,5}}?(?:be|become)\b))"
                rf"\s+(?:the|its|their|his|her|{_OWNER_NAME}['’]s?)\s+")

# The verbs of a change, rising and falling, with the forms a question asks them in ("How much have
# shares risen?"); the tagger may not know the form ("risen" after a name is a proper noun to it).
_RISE_FORMS = {"rise": "rises rose risen", "increase": "increases increased", "grow": "grows grew grown",
               "climb": "climbs climbed", "jump": "jumps jumped", "surge": "surges surged", "soar": "soars soared",
               "leap": "leaps leapt leaped", "spike": "spikes spiked", "rally": "rallies rallied",
               "skyrocket": "skyrockets skyrocketed", "rocket": "rockets rocketed", "swell": "swells swelled swollen"}
_FALL_FORMS = {"fall": "falls fell fallen", "drop": "drops dropped", "decrease": "decreases decreased",
               "decline": "declines declined", "plunge": "plunges plunged", "slump": "slumps slumped",
               "slide": "slides slid", "dip": "dips dipped", "sink": "sinks sank sunk", "cut": "cuts",
               "reduce": "reduces reduced", "tumble": "tumbles tumbled", "shrink": "shrinks shrank shrunk",
               "contract": "contracts contracted", "slip": "slips slipped", "slash": "slashes slashed",
               "plummet": "plummets plummeted", "sag": "sags sagged", "tank": "tanks tanked"}
RISING, FALLING = frozenset(_RISE_FORMS), frozenset(_FALL_FORMS)
CHANGE_FORMS: dict[str, str] = {form: verb for table in (_RISE_FORMS, _FALL_FORMS) for verb, forms in table.items()
                                for form in (verb, *forms.split())}
_CHANGES = "|".join(sorted(CHANGE_FORMS, key=len, reverse=True))

# Measures given as one side's number to the other's: "a 70-14 vote", "an 8-3 lead".
TALLIES = frozenset({"score", "vote", "tally"})
# What a figure measures, for "what is the X" ("What is the death toll?").
_MEASURES = ("magnitude|death toll|toll|population|turnout|temperature|speed|distance|height|length|weight|size"
             "|capacity|age|range|depth|width|altitude|elevation|" + "|".join(sorted(TALLIES)))
_MEASURE_RE = re.compile(_WHAT_IS_ITS + rf"(?:[\w.-]+\s+){{0,2}}?(?P<measure>{_MEASURES})\b(?!-)", re.IGNORECASE)


_DIMENSION_RE = re.compile(r"\bhow (?P<dimension>wide|deep|tall|high|far|thick|heavy)\b", re.IGNORECASE)


def dimension_asked(question: str) -> str | None:
    """The dimension a "how wide / deep / tall …" question asks ("wide"), if any."""
    found = _DIMENSION_RE.search(question)
    return found["dimension"].lower() if found else None


# A person named in full: "Jim Reid", "Matthew Rose" (its last word without a possessive's "'s").
_PERSON_ASKED = r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+?"
# "Where does Jim Reid work?": the person whose workplace is asked.
_WORKPLACE_RE = re.compile(rf"^\s*(?i:where\s+(?:does|did|do|has)\s+)(?P<name>{_PERSON_ASKED})"
                           r"\s+(?i:work|teach|study|studied|worked|taught|play)\b")


def workplace_asked(question: str) -> str | None:
    """The person a "where does X work" question asks about ("Jim Reid"), if it names one in full."""
    found = _WORKPLACE_RE.match(question)
    return found["name"] if found else None


# "Where is Matthew Rose from?", "Where does Jim Reid live?", "What is Rose's hometown?": whose home is asked.
_HOME_RE = re.compile(rf"^\s*(?i:where\s+(?:is|was|are|were|does|did|do)\s+)(?P<name>{_PERSON_ASKED})"
                      r"\s+(?i:(?:come\s+|hail\s+)?from|live|lives|reside|resides)\s*\??\s*$"
                      rf"|^\s*(?i:(?:what|where)\s+(?:is|was)\s+)(?P<owner>{_PERSON_ASKED})['’]s?\s+(?i:home\s*town)"
                      r"\s*\??\s*$")


def home_asked(question: str) -> str | None:
    """The person a "where is X from" question asks about ("Matthew Rose"), if it names one in full."""
    found = _HOME_RE.match(question)
    return (found["name"] or found["owner"]) if found else None


def measure_asked(question: str) -> str | None:
    """The noun of the measure a "what is the X" question asks ("toll" of "What is the death toll?"), if any."""
    found = _MEASURE_RE.search(question)
    return found["measure"].split()[-1].lower() if found else None


# Expected answer types as spaCy entity labels, most specific rules first; each maps to labels in
# order of preference. A rule is a phrase pattern, or (wh-words, nouns): a wh-word, up to three
# modifiers and one of the nouns (singular or plural) that is not itself a modifier: not the start
# of a hyphenated word ("which man-made lake") nor followed by another noun of the table ("which
# state official" asks for a person, "which Supreme Court ruling" for a law).
_TYPE_TABLE: list[tuple[str | tuple[str, str], tuple[str, ...]]] = [
    (r"\bwhat (percent|percentage|share|proportion)\b|\bhow much\b.*\bpercent"
     r"|\bhow much (?:more|less) (?:likely|often)\b", ("PERCENT",)),
    # "What did the index drop to?", "What record low did the dollar slide to?": the level reached, a figure.
    (r"\bwhat (?:(?:new |record |all-time |fresh )?(?:level|low|high|mark|peak|rate|price|value) )?"
     rf"(?:did|does|do|has|have|had|will|would|could|might|is|are|was|were)\b[^?]*?\b(?:{_CHANGES})"
     r"\s+to\b(?:\s+(?:per|in|on|at|after|during|last|this|from|against|versus)\b[^?]*)?\s*\?",
     ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")),
    (_HOW_MUCH_TIME_RE.pattern, ("DATE", "TIME", "QUANTITY", "CARDINAL")),
    # "How much did sales rise", "by how much did the cost fall": a change, mostly a share ("by 24%");
    # "rise to" asks for the level reached, an amount as below.
    (rf"\bhow much (?:did|does|do|has|have|had|will|would|could|might|is|are|was|were)\b[^?]*?\b(?:{_CHANGES})\b"
     r"(?! to\b)|\bhow much (?:is|are|was|were)\b[^?]*?\b(?:up|down|higher|lower)\b"
     r"(?=\s*(?:\?|$|,|\s(?:in|on|at|from|since|this|last|so|after|over|for|year|today|compared|than)\b))",
     ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")),
    (r"\bhow much\b.*\b(cost|costs|pay|paid|worth|spend|spent|raise[ds]?|money|fine[ds]?|price"
     r"|charge[ds]?|dollars?|budget|revenue|sold for)\b|\bhow much money\b",
     ("MONEY", "CARDINAL")),
    # "What growth does the panel predict?": a share, as the rate of it would be.
    (r"\b(?:what|how much) (?:economic |annual |annualised |annualized |GDP |price |wage |job |jobs )?"
     r"(?:growth|inflation)\b(?= (?:does|did|do|is|was|were|are|will|would|has|have|had|may|might|could|can"
     r"|should)\b)",
     ("PERCENT", "CARDINAL", "MONEY", "QUANTITY")),
    # "What was UK economic growth in 2004?", "what was China's GDP growth last year?": a share.
    (r"\bwhat(?:['’]s|\s+(?:is|was|are|were|will be))\s+(?:(?:the|its|their)\s+)?"
     r"(?:(?![\w'’.-]*ing\b|of\b)[\w'’.-]+\s+){0,3}?(?:growth|inflation|unemployment)\b"
     r"(?=\s*(?:\?|,|$|\s(?:in|for|during|last|this|next|over|since|between|at|according)\b))",
     ("PERCENT", "CARDINAL", "MONEY", "QUANTITY")),
    # A rate is mostly a share ("the jobless rate … 15%"), an exchange or a birth rate a figure.
    (_WHAT_IS_ITS + r"(?:[\w.'’-]+\s+){0,3}?rates?\b(?!-)", ("PERCENT", "CARDINAL", "MONEY", "QUANTITY")),
    # "What was the record low of the offshore yuan?": a level reached, a figure ("7.2674").
    (_WHAT_IS_ITS + r"(?:[\w'’-]+\s+){0,3}?(?:(?:record|all-time|new|\d+-year|multi-year)\s+(?:low|high)s?|peak)"
                    r"\b(?!-)",
     ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")),
    # "what income tax rate would he charge", "what vaccine efficacy did the trial find"
    (("what|which", "rate|efficacy|effectiveness|accuracy|chance|probability|likelihood|odds"),
     ("PERCENT", "CARDINAL", "MONEY", "QUANTITY")),
    # A weight, rain, oil: a measure ("30 pounds"), not a sum.
    (r"\bhow much (?:weight|rain|rainfall|snow|snowfall|water|oil|gas|fuel|land|ice|electricity|power|energy)\b",
     ("QUANTITY", "CARDINAL", "PERCENT", "MONEY")),
    (_WHAT_IS_ITS + r"(?:[\w-]+\s+){0,3}?(cost|price|price tag|fine|salary|budget|valuation|fee|bill|ransom|bail"
     r"|reward|jackpot|prize money|market cap|market capitalization|market value|net worth|profits?|revenues?"
     r"|turnover|earnings|net income|balance|debt|settlement|compensation|payout|bonus|fare|rent|tuition|payment"
     r"|cap|ceiling|wages?|salaries|pay(?!\s+gap)|income|pension|value|worth"
     r"|sales(?=\s*(?:\?|$|,|\s(?:in|of|for|last|this|during|at|over|since|between|according|figures?)\b)))\b",
     ("MONEY", "CARDINAL")),
    # "What is Sania Mirza's world ranking?": a place in a table ("ranked 134").
    (_WHAT_IS_ITS + r"(?:[\w'’-]+\s+){0,2}?(?:ranking|rank)\b(?!-)", ("CARDINAL", "ORDINAL")),
    (_MEASURE_RE.pattern, ("CARDINAL", "QUANTITY", "PERCENT", "DATE")),
    # "By what score did Liverpool beat Benfica?": a score ("3-1"), which the tagger calls a count or a date
    (r"\b(?:by|with|at|in) what (?:\w+ )?(?:score|scoreline|margin)\b", ("CARDINAL", "QUANTITY", "PERCENT", "DATE")),
    # An age is a number ("17", "a 17-year-old"); `Question.age` keeps dates out ("Tuesday", "1968").
    (r"\bhow old\b|\bwhat age\b", ("CARDINAL", "DATE", "QUANTITY")),
    (_TIME_COUNT_RE.pattern, ("DATE", "TIME", "QUANTITY", "CARDINAL")),  # "five days", "43 minutes"
    (_LONG_RE.pattern, ("QUANTITY", "DATE", "TIME", "CARDINAL")),
    # "How soon": when, as a time from now ("within three days", "in two weeks"), not how long.
    (r"\bhow soon\b", ("DATE", "TIME", "QUANTITY")),
    # A size, a height or a speed is a measure or an amount, never a date ("How big is the loan?").
    (r"\bhow (far|tall|big|large|heavy|high|deep|fast|wide|thick)\b", ("QUANTITY", "MONEY", "PERCENT", "CARDINAL")),
    # "What pressure was needed": a measure, as "how high" asks one.
    (("what|which", "pressure|temperature|speed|altitude|depth|height|distance|wind speed|magnitude|threshold"
                    "|capacity"),
     ("QUANTITY", "CARDINAL", "PERCENT")),
    (r"\bhow many\b|\bthe number of\b|\bwhat (?:is|was) the (?:total|count)",
     ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")),
    # "How much profit does EMI expect?": a sum.
    (r"\bhow much (?:[a-z-]+ ){0,2}?(profits?|revenues?|turnover|earnings|net income|dividends?|deficit|surplus)\b",
     ("MONEY", "CARDINAL")),
    # "How much" asks for an amount (money, a share, a measure), a bare count ("43 million") least.
    (r"\bhow much\b", ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")),
    (("what|which", "number"), ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")),
    # "What was the original amount of the benefit?": a sum mostly, or a measure.
    (("what|which", "amount|sum"), ("MONEY", "QUANTITY", "CARDINAL", "PERCENT")),
    # A company's figures are sums: "what profit does Mazda predict" → "10 billion yen".
    # Not "which company's revenue soared": the company is asked for.
    (r"\bwhat (?:[a-z-]+ ){0,2}?(profits?|revenues?|turnover|earnings|net income|dividends?|deficit|surplus)\b",
     ("MONEY", "CARDINAL")),
    # "At what price were the shares?": a sum.
    # "What weekly payment does the charity recommend?": a sum (not "what payment method").
    (r"\b(?:at|for) what (?:price|cost)\b|\bwhat (?:price|sum|fee)\b"
     r"|\bwhat (?:[a-z-]+ ){0,2}?(?:payment|salary|wage|fine|allowance|bonus|fare|rent|fee|price|payout|pension"
     r"|settlement|compensation|refund|ransom|reward)s?"
     r"(?=\s+(?:does|did|do|is|was|were|are|will|would|has|have|had|can|could|should|might|may)\b|\s*\?)",
     ("MONEY", "CARDINAL")),
    (r"\b(?:what|which) (?:time|hour)\b(?!\s+(?:period|frame|zone|span|limit))", ("TIME", "DATE")),
    # "When" asking ("when did", "when is", "until when?"), not joining clauses ("who was CEO when it began").
    (r"\bwhen(?:['’]s|\s+(?:exactly\s+|precisely\s+)?(?:did|does|do|is|was|were|will|would|can|could|has|have|had"
     r"|are|should|might|must|may)\b|\s*\?)", ("DATE", "TIME")),
    (("what|which|in what|in which", "year|date|day|month|decade|century|time"), ("DATE", "TIME")),
    # "Where does Sporting Lagos rank?", "Where did Hamilton finish?": a place in a table, no place ("third").
    (_WHERE_RANKED, ("ORDINAL", "CARDINAL")),
    # Where someone works is mostly whom for: "Paul Richards, an analyst at Numis Securities".
    (r"\bwhere (?:does|did|do|will|would|has|had) [^?]*?\bwork(?:s|ed)?\b", ("ORG", "GPE", "FAC", "LOC")),
    (_WHERE, PLACE_LABELS),
    (r"\bhome\s?towns?\b", PLACE_LABELS),  # "What is Matthew Rose's hometown?"
    ((_WH, "country|countries|city|cities|state|nation|town|province|region|capital|island|continent|county"
      "|village|territory|place|location|borough|district|suburb|neighbou?rhood|constituency|constituencies"
      "|municipality|municipalities|prefecture|oblast|canton"), PLACE_LABELS),
    ((_WH, "ocean|sea|river|lake|mountain|desert|volcano|peninsula|glacier|bay|gulf|strait|canal"),
     ("LOC", "GPE", "FAC")),
    ((_WH, "stadium|arena|airport|station|landmark|venue|bridge|museum|gallery|hospital|prison|palace|cathedral"
      "|church|hotel|restaurant|park"), ("FAC", "ORG", "LOC", "GPE")),
    # A team or club is named by its place as often ("Northampton", "Argentina won the World Cup").
    ((_WH, "team|club|squad"), ("ORG", "GPE", "PRODUCT")),
    ((_WH, "company|companies|organi[sz]ation|(?<!\\bage )(?<!blood )(?<!ethnic )(?<!religious )group|agency"
      "|team|militia|firm|bank|network|university|college|school|newspaper|magazine|union|club|league"
      "|band|airline|brand|retailer|court|automaker|carrier|charity|institution|startup|platform|manufacturer"
      "|department|ministry|committee|council|broadcaster|studio|publisher|channel|app|drugmaker|carmaker"
      "|chipmaker|supermarket|conglomerate|tabloid|insurer|lender|regulator|watchdog|outlet|giant|nonprofit"
      "|non-profit|foundation|association|think tank|chain(?!s? of\\b)|maker|operator|provider|developer|utility"
      "|utilities"), _COMPANY),
    # A political party is named by its members as often: "Beshear, a Democrat".
    ((_WH, "party|parties"), ("ORG", "NORP", "PRODUCT")),
    (("what|which|this", "nationality|religion|ethnic|ethnicity|religious group"), ("NORP",)),
    (rf"{_NOT_THE_WHO}\b(?:who|whom|whose)\b", _NAME),
    ((_WH, f"{PERSON_NOUNS}|{KIN_NOUNS}"), _NAME),
    (("what|which", "language|dialect"), ("LANGUAGE", "NORP")),
    # A storm has a person's name ("Ian"), which the tagger labels as one.
    (("what|which|this", "storm|hurricane|typhoon|cyclone"), ("EVENT", "PERSON")),
    # Before films and shows: "which awards show", "which film festival" ask for an event.
    (("what|which|this", "event|game|award|prize|war|tournament|holiday|festival|awards? show|ceremony"),
     ("EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "ORG")),
    (("what|which|this", "film|movie|book|novel|song|album|show|series|documentary|podcast|sitcom|painting"
      "|poem|memoir|autobiography|biography|musical|opera"), ("WORK_OF_ART", "PRODUCT", "EVENT", "ORG")),
    (("what|which|this", "law|bill|treaty|legislation|amendment|ruling|decision"),
     ("LAW", "EVENT", "WORK_OF_ART", "ORG")),
    (("what|which|this", "product|vaccine|drug|ship|vehicle|car|phone|device"),
     ("PRODUCT", "ORG", "WORK_OF_ART", "EVENT")),
]
_WH_WORD_RE = re.compile(rf"{_NOT_THE_WHO}\b(?:who|whom|whose|what|which|when|where|why|how|whether)\b",
                         re.IGNORECASE)
# A sentence opening with a wh-word, or a preposition and one ("By how much", "In which year").
_ASKING_RE = re.compile(r"(?:^|(?<=[.!?])\s+)(?:(?:in|on|at|by|to|from|for|with|of|into|under|after|before"
                        r"|since|until|during|and|so|but)\s+)?(?:who|whom|whose|what|which|when|where|why|how)\b",
                        re.IGNORECASE)
_TABLE_NOUNS = "|".join(rule[1] for rule, _ in _TYPE_TABLE if isinstance(rule, tuple))


def _rule(rule: str | tuple[str, str]) -> re.Pattern[str]:
    """One rule of the type table as a pattern."""
    if isinstance(rule, str):
        return re.compile(rf"(?:{rule})(?!-)", re.IGNORECASE)
    wh, nouns = rule
    # (not a noun before another one, "which team captain", unless that is a verb: "which city hosts the")
    return re.compile(rf"\b({wh}){_MODIFIERS} ({nouns})s?\b(?!-)"
                      rf"(?!\s+(?:{_TABLE_NOUNS})s?\b(?!\s+(?:the|a|an|its|their|his|her)\b))", re.IGNORECASE)


_TYPE_RULES = [(_rule(rule), labels, isinstance(rule, tuple)) for rule, labels in _TYPE_TABLE]  # by_noun: 'which X'


def _asks_for(nouns: str) -> re.Pattern[str]:
    """A pattern for 'what/which/this' and up to three words before one of `nouns` (an alternation)."""
    return re.compile(rf"\b(what|which|this)\b(?:\s+[\w’'-]+){{0,3}}?\s+({nouns})\b", re.IGNORECASE)


_COUNTRY_RE = _asks_for(r"countr(y|ies)|nations?")
# A place below a country: "which US city", "what state", "this Chinese province".
_LOCAL_RE = _asks_for(r"cit(y|ies)|states?|towns?|provinces?|count(y|ies)|villages?|capitals?|neighbou?rhoods?"
                      r"|districts?|suburbs?|constituenc(y|ies)|municipalit(y|ies)|prefectures?|oblasts?|cantons?")
_STATE_RE = _asks_for(r"states?")
_AGE_RE = re.compile(r"\bhow old\b|\bwhat age\b|\bwhat(?:['’]s|\s+(?:is|was))\s+(?:his|her|their|its)\s+age\b",
                     re.IGNORECASE)
_WHERE_RE = re.compile(_WHERE, re.IGNORECASE)
_WHERE_RANKED_RE = re.compile(_WHERE_RANKED, re.IGNORECASE)
# "Who is Roy Lee?", "Who was Queen Elizabeth?", "What does Roy Lee do?", "What is Roy Lee's job?": a name alone,
# asking who the person is.
# A capitalised word after up to two particles ("al-", "von der"); an apostrophe, but no possessive ("Oregon's").
_NAME_WORD = (r"(?:(?-i:al|el|de|da|di|du|van|von|der|den|bin|ibn|le|la|del|dos|das)[-\s]+){0,2}"
              r"(?-i:[A-Z])[\w.-]*(?:['’](?!s\b)[\w.-]+)*")
_WHO_IS_NAME_RE = re.compile(rf"^\s*(?:who(?:\s+is|\s+was|['’]s)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
                             rf"|what\s+does\s+(?P<doer>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+do"
                             r"(?:\s+for\s+(?:a\s+living|work))?"
                             rf"|what\s+(?:is|was)\s+(?P<owner>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})['’]s?\s+"
                             r"(?:job|occupation|profession|line\s+of\s+work))\s*\??\s*$", re.IGNORECASE)
# "What is Queen Elizabeth's full name?": the name whose full form is asked.
_FULL_NAME_RE = re.compile(rf"^\s*what(?:['’]s|\s+is|\s+was)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
                           r"['’]s?\s+full\s+name\s*\??\s*$", re.IGNORECASE)
_PAIR_RE = re.compile(r"\b(two|both|pair|duo|couple)\b", re.IGNORECASE)
_NOW_RE = re.compile(r"\b(now|currently|current|today|still|at present|presently|these days|latest)\b",
                     re.IGNORECASE)
_MONTH_YEAR_RE = re.compile(
    r"\b(?:in|during|from|of|since)\s+(?:early\s+|late\s+|mid-?)?"
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{4})\b",
    re.IGNORECASE,
)
def _year_after(prepositions: str) -> re.Pattern[str]:
    """A year named after one of `prepositions` (an alternation), a month between: "in May 2002"."""
    return re.compile(rf"\b(?:{prepositions})\s+(?:(?:{'|'.join(MONTHS)})\s+)?((?:19|20)\d{{2}}|2100)\b",
                      re.IGNORECASE)


_YEAR_RE = _year_after("in|during|of")
# A figure's year may be any the question names its time with: "over 2004", "for 2005", "by 2030" (not article
# dates: a forecast "for 2005" is reported before it).
_FIGURE_YEAR_RE = _year_after("in|during|of|over|throughout|for|by")


def named_years(question: str) -> set[str]:
    """The years a question names as its time ("in 1990", "during 2019", "in May 2002", "over 2004")."""
    return set(_FIGURE_YEAR_RE.findall(question))


def _relative(pattern: str) -> re.Pattern[str]:
    """A time phrase relative to when the question is asked, with a preposition before it."""
    return re.compile(rf"(?:\b(?:in|during|on|over|from|of)\s+)?\b(?:{pattern})\b(?:['’]s)?", re.IGNORECASE)


# Phrases that place the question relative to the day it is asked, each with the earliest
# article date that can report it (articles after the asking day cannot exist).
_RELATIVE_RULES: list[tuple[re.Pattern[str], Callable[[date], date]]] = [
    (_relative(r"today|tonight|this morning|this afternoon|this evening"), lambda d: d - timedelta(days=1)),
    (_relative(r"yesterday|last night"), lambda d: d - timedelta(days=2)),
    (_relative(r"(?:this|this past|the past) (?:week|weekend)|(?:the )?past (?:few|several) days"),
     lambda d: d - timedelta(days=6)),
    (_relative(r"last (?:week|weekend)"), lambda d: d - timedelta(days=13)),
    (_relative(r"this month|(?:the )?past month"), lambda d: d - timedelta(days=31)),
    (_relative(r"last month"), lambda d: d - timedelta(days=62)),
    (_relative(r"this year"), lambda d: min(date(d.year, 1, 1), d - timedelta(days=31))),
    (_relative(r"last year"), lambda d: date(d.year - 1, 1, 1)),
]
_PRONOUN_RE = re.compile(
    r"\b(he|she|him|her|his|hers|they|them|their|it|its|that|this|those|these|there|then)\b",
    re.IGNORECASE,
)
_FOLLOWUP_START_RE = re.compile(r"^\s*(and|also|what about|how about|and what|but|so)\b", re.IGNORECASE)
_WH_RE = re.compile(r"\b(who|whom|whose|what|when|where|which|why|how)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Question:
    """What a question asks for."""

    text: str
    expected: tuple[str, ...]  # spaCy entity labels, preferred first; empty = a sentence answer
    since: str | None = None  # an article date range the question names
    until: str | None = None
    about_now: bool = False
    core: str = ""  # the question without the date phrase that became since/until
    country: bool = False  # asks "in what country", not for any place
    local: bool = False  # asks for a place below a country (city, state, province): not a country
    state: bool = False  # asks "which state": a US state is the likeliest answer
    region: str | None = None  # a country question's region ("which European country"): a key of qa.regions.REGIONS
    pair: bool = False  # the answer names two ("which two teams", "both")
    age: bool = False  # asks how old: a number, not a date
    duration: bool = False  # asks how long: a span of time ("189.5 seconds"), not a day ("today")
    counts_time: bool = False  # asks how many days, years …: a count of them answers, never a day ("until May")
    tense: str | None = None  # "when will …" asks about the "future" of its articles, "when did …" the "past"
    where: bool = False  # asks where: a university or hospital named as an organisation is a place too
    held: bool = False  # asks when a state held ("When was Lula Brazil's leader?"): a span of dates answers
    naming: bool = False  # asks what something is called: the name after "called", "named" answers
    often: bool = False  # asks how often: a frequency answers ("monthly", "every ten years")
    relative: bool = False  # since/until come from "this week", "yesterday": when articles appeared
    described: str | None = None  # the name "Who is Roy Lee?" asks about: what the articles call him answers
    expands: str | None = None  # the short form "What does PHEIC stand for?" asks about: its words answer
    fuller: str | None = None  # the name "What is Queen Elizabeth's full name?" asks about: a longer form answers
    honoree: bool = False  # asks whom or what something is named after: the one "named after" answers
    rate: bool = False  # asks a rate ("per 100,000"): its base is an answer too
    tagged: bool = False  # asks a hashtag or a handle: a name after "#" or "@" answers
    other: bool = False  # asks for one besides the story's own ("Which other state …?"): not the one named most

    @property
    def undated(self) -> str:
        """The question as matched against articles already filtered by its dates."""
        return self.core or self.text


# "What is the name of the prime minister ..." asks what "which prime minister ..." asks;
# "What is his name?" asks for a person.
_WHAT_IS_DEFINITE = r"\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+(?:the|its|their)\s+"  # (narrower than below)
_NAME_OF_RE = re.compile(_WHAT_IS_DEFINITE + r"(?:[\w-]+\s+){0,2}?(?:(?:nick|code)[\s-]?)?names?\s+(?:of|for)\s+"
                         r"(?:the|this|these|that|a|an)\s+", re.IGNORECASE)
# "What is the code name of Microsoft's new Windows?" asks a name too, of something an owner has.
_NAME_OF_OWNED_RE = re.compile(_WHAT_IS_DEFINITE + rf"(?:nick|code)[\s-]?names?\s+(?:of|for)\s+{_OWNER_NAME}['’]s?\s+",
                               re.IGNORECASE)
_HIS_NAME_RE = re.compile(r"\bwhat(?:['’]s|\s+(?:is|was))\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?names?\b",
                          re.IGNORECASE)
# "What was the storm’s name?" and "What is the mascot called?" ask what "which storm / mascot" asks.
_WHAT_IS_THE = r"\bwhat(?:['’]s|\s+(?:is|was|are|were|will be|would be))\s+(?:the|this|that|its|their)\s+"
_ITS_NAME_RE = re.compile(_WHAT_IS_THE + r"((?:[\w-]+\s+){0,2}?[\w-]+?)['’]s?\s+(?:nick|code)?names?\b", re.IGNORECASE)
_CALLED_RE = re.compile(_WHAT_IS_THE + r"((?:[\w-]+\s+){0,2}?[\w-]+)(\s+(?:in|near|at|on|of|for|from|outside)\s+"
                        r"[^?]{1,60}?)?\s+(?:called|known as)\b", re.IGNORECASE)
# A question asking whom something is named after: the name after "named after" answers it.
_HONOREE_RE = re.compile(r"\bnamed\s+(?:after|in\s+(?:honou?r|memory)\s+of)\b", re.IGNORECASE)
# "Which other state …?", "Who else …?": the one asked is not the one the story is about.
_OTHER_RE = re.compile(r"\b(?:which|what)\s+other\b|\b(?:who|what|where|which)\s+else\b", re.IGNORECASE)
# A question asking a rate, or a hashtag or handle.
_RATE_RE = re.compile(r"\bper\b", re.IGNORECASE)
_TAGGED_RE = re.compile(r"\b(?:hashtag|handle|account|username)s?\b", re.IGNORECASE)
# A question asking what something is called: the name a sentence gives after "called" answers it.
_NAMING_RE = re.compile(r"\b(?:called|known as|referred to as|dubbed|nicknamed|code-?named|(?:nick|code)?names?)"
                        r"(?:\s+(?:in|by|around|among|at|on|to)\s+[^?]{1,40})?\s*\?\s*$"
                        # "What did Trump call the WHO?"
                        r"|\bwhat\s+(?:did|does|do|has|have|had|will|would)\s+[^?]{1,60}?\b(?:call|dub|nickname|label)\b"
                        # "What did Facebook change its name to?", "What was the team renamed as?"
                        r"|\bnames?\s+to\s*\?\s*$|\bre(?:named?|brand(?:ed)?)\b[^?]{0,60}?\b(?:to|as)\s*\?\s*$"
                        # "What would the House of Lords be renamed?"
                        r"|\bre(?:named|branded)\s*\?\s*$",
                        re.IGNORECASE)


# "What is the largest city in Pakistan?", "What is Pakistan's largest city?", "What are the names
# of Charles's two children?" ask "which city", "which two children": the noun ends its phrase;
# not a noun that owns or modifies another ("What is the company's plan?", "the state average
# growth rate"), nor "the state of the economy", nor a time that may be how long ("Wendy's
# best-ever average order time").
_OWNER = rf"(?P<owner>{_OWNER_NAME})['’]s?"  # "Pakistan's", "New York's"
_PHRASE_ENDS = (r"(?=\s*[?,.]|\s+(?:in|of|on|at|for|to|from|that|which|who|whose|where|with|by|since|after|before"
                r"|during|is|was|are|were|has|have|had|will|does|did|do)\b)")
_WHAT_IS_NOUN_RE = re.compile(rf"\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were|will be))\s+(?:the\s+names?\s+of\s+)?"
                              rf"(?:the|its|their|his|her|{_OWNER})"
                              rf"\s+(?P<noun>(?:[\w-]+\s+){{0,3}}?(?:{_TABLE_NOUNS})s?)(?<!time)(?<!times){_PHRASE_ENDS}"
                              r"(?!\s+of\s+(?:the\s+)?(?:art|economy|play|affairs|union|emergency|things)\b)",
                              re.IGNORECASE)


# "What is Meghan Markle's podcast called?" asks "which podcast of Meghan Markle?".
_OWNED_CALLED_RE = re.compile(rf"\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+{_OWNER}\s+"
                              r"(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:called|known as|named)\b", re.IGNORECASE)

# "What is McIntosh's father's name?" asks "which father of McIntosh?".
_OWNED_NAME_RE = re.compile(rf"\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+{_OWNER}\s+"
                            r"(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+?)['’]s?\s+(?:nick|code)?names?\b", re.IGNORECASE)


def _which_of(match: re.Match[str]) -> str:
    """"which X of Y" for a match naming the `noun` X and its `owner` Y."""
    return f"which {match['noun']} of {match['owner']}"


def as_which(question: str) -> str:
    """The question with a name asked for as 'which X' ("what is the mascot called?" → "Which mascot?")."""
    which = _as_which(question)
    # Capitalised as asked: the tagger reads a lower-case "which" opening a sentence as a pronoun.
    return which[:1].upper() + which[1:] if question[:1].isupper() else which


def _as_which(question: str) -> str:
    """`as_which` before its first letter is capitalised as the question's."""
    question = _NAME_OF_RE.sub("which ", question)
    question = _OWNED_CALLED_RE.sub(_which_of, question)
    question = _OWNED_NAME_RE.sub(_which_of, question)
    question = _ITS_NAME_RE.sub(r"which \1", question)
    question = _CALLED_RE.sub(lambda m: f"which {m[1]}{m[2] or ''}", question)
    if any(pattern.search(question) for pattern, *_ in _TYPE_RULES):  # typed already: "what was the magnitude"
        return question
    return _WHAT_IS_NOUN_RE.sub(lambda m: f"which {m['noun']}" + (f" of {m['owner']}" if m["owner"] else ""),
                                question)


def expected_types(question: str) -> tuple[str, ...]:
    """The entity labels an answer to `question` would carry, most likely first."""
    if _HIS_NAME_RE.search(question):
        return ("PERSON",)
    if question.isupper():  # "WHO WON?": asked in capitals, not naming the WHO
        question = question.lower()
    question = as_which(question)
    # The last sentence opening with a wh-word asks (a quiz states its context first), up to the next
    # wh-word, which opens a clause inside it ("Who tweeted a poll asking how much users would pay?"
    # asks for a person, not a sum).
    asking = next(reversed(list(_ASKING_RE.finditer(question))), None)
    inner = _WH_WORD_RE.search(question, asking.end()) if asking else None
    for text in ((question[asking.start():inner.start()], question) if asking and inner else (question,)):
        for pattern, labels, by_noun in _TYPE_RULES:
            if pattern.search(text) is None:
                continue
            if not by_noun:
                return labels
            # Of the nouns asked after a wh-word, the first: "which law gave sub-Saharan countries" asks for a law.
            nouns = [(found.start(2), n) for n, (noun_rule, _, asks_noun) in enumerate(_TYPE_RULES)
                     if asks_noun and (found := noun_rule.search(text)) is not None]
            return _TYPE_RULES[min(nouns)[1]][1]
    return ()


def date_range(question: str) -> tuple[str | None, str | None]:
    """The article-date range a question names ("in January 2019", "in 2011"), if any."""
    match = _MONTH_YEAR_RE.search(question)
    if match:
        name = match.group(1).lower()
        month, year = MONTHS.get(name) or MONTHS[name[:3]], int(match.group(2))
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    match = _YEAR_RE.search(question)
    if match:
        year = int(match.group(1))
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    return None, None


def reported_until(since: str, until: str) -> str:
    """The last article date that can report a named period: one period's length after it ends."""
    # News reports a period during it and after: "what nuclear-armed nations spent in 2019" was
    # reported in May 2020 (benchmarks/README.md, "A named period").
    end = date.fromisoformat(until)
    return (end + (end - date.fromisoformat(since)) + timedelta(days=1)).isoformat()


# "What does PHEIC stand for?", "What is the acronym NERC short for?": the words an acronym abbreviates.
_EXPANDS_RE = re.compile(r"\b(?i:what\s+(?:does|did|do|is|was)\s+(?:the\s+)?"
                         r"(?:acronym\s+|abbreviation\s+|initials\s+)?)"
                         r"(?P<short>[A-Z][A-Za-z&.-]{1,11})\s+(?i:stand\s+for|short\s+for|an?\s+acronym\s+for"
                         r"|an?\s+abbreviation\s+for)\b")


def relative_range(question: str, asked_on: date) -> tuple[str | None, str | None]:
    """The article-date range of a phrase relative to the asking day ("this week", "yesterday")."""
    for pattern, earliest in _RELATIVE_RULES:
        if pattern.search(question):
            return earliest(asked_on).isoformat(), asked_on.isoformat()
    return None, None


def strip_dates(question: str) -> str:
    """The question without the phrase that names its date range."""
    for pattern in (_MONTH_YEAR_RE, _YEAR_RE, *(p for p, _ in _RELATIVE_RULES)):
        stripped = pattern.sub(" ", question, count=1)
        if stripped != question:
            question = stripped
            break
    return re.sub(r"\s+([?.!,])", r"\1", " ".join(question.split())).lstrip(" ,;:")


_WHEN = r"\b(?:when|what (?:day|date|year|month|time))"
_FUTURE_RE = re.compile(rf"{_WHEN}\s+(?:will|shall)\b|{_WHEN}\s+(?:is|are)\b[^?]*\b(?:going to|expected|scheduled|"
                        rf"set to|due to|planned|slated)\b", re.IGNORECASE)
_PAST_RE = re.compile(rf"{_WHEN}\s+(?:did|was|were|had)\b(?![^?]*\b(?:expected|scheduled|set to|due to|planned"
                      rf"|slated|supposed|going to|will)\b)", re.IGNORECASE)

# "When was Lula Brazil's leader?" asks how long a state held, "When was he born?" when an event was.
_EVENTS = r"born|founded|killed|elected|released|launched|built|signed|made|held|named|sworn|appointed|established" \
          r"|opened|created"
_HELD_RE = re.compile(rf"(?:^|[.?!]\s+)when\s+(?:was|were|is|are)\b(?!.*\b(?:{_EVENTS})\b)", re.IGNORECASE)


def tense(question: str) -> str | None:
    """Whether a question asks when something "will" happen ("future") or "did" ("past"), as its articles tell it."""
    if _FUTURE_RE.search(question):
        return "future"
    if _PAST_RE.search(question):
        return "past"
    return None


def analyze(question: str, *, asked_on: date | None = None) -> Question:
    """Expected answer type, date range (named, or relative to `asked_on`), and whether it asks about now."""
    since, until = date_range(question)
    relative = since is None and asked_on is not None
    if relative:
        since, until = relative_range(question, asked_on)
    core = strip_dates(question) if since else question
    expected = expected_types(question)
    # Places asked for, not places a 'which X' question goes on to name ("which law gave … countries").
    place = expected[:1] == ("GPE",)
    country = place and bool(_COUNTRY_RE.search(question))
    return Question(question, expected, since, until, bool(_NOW_RE.search(question)), core, country=country,
                    local=place and bool(_LOCAL_RE.search(question)), state=place and bool(_STATE_RE.search(question)),
                    region=region_asked(question) if country else None,
                    pair=bool(_PAIR_RE.search(question)), age=bool(_AGE_RE.search(question)),
                    duration=bool(_LONG_RE.search(question)), counts_time=bool(_TIME_COUNT_RE.search(question)),
                    where=bool(_WHERE_RE.search(question)) and not _WHERE_RANKED_RE.search(question),
                    tense=tense(question), held=bool(_HELD_RE.search(question)),
                    naming=bool(_NAMING_RE.search(question) or _NAME_OF_RE.search(question)
                                or _NAME_OF_OWNED_RE.search(question)),
                    often=bool(_OFTEN_RE.search(question)),
                    relative=relative and since is not None,
                    described=(match := _WHO_IS_NAME_RE.search(question)) and (match["name"] or match["doer"]
                                                                             or match["owner"]),
                    expands=(short := _EXPANDS_RE.search(question)) and short["short"],
                    fuller=(full := _FULL_NAME_RE.search(question)) and full["name"],
                    honoree=bool(_HONOREE_RE.search(question)), rate=bool(_RATE_RE.search(question)),
                    tagged=bool(_TAGGED_RE.search(question)), other=bool(_OTHER_RE.search(question)))


def is_followup(question: str) -> bool:
    """Whether a question leans on earlier turns (a pronoun, 'and ...', or no question word)."""
    words = question.split()
    return bool(
        _FOLLOWUP_START_RE.search(question)
        or _PRONOUN_RE.search(question)
        or (len(words) <= 4 and not _WH_RE.search(question))
    )


def resolve_followup(
    question: str, history: Sequence[tuple[str, str]], *, person: str | None = None
) -> str:
    """A standalone version of a follow-up, for retrieval: earlier turns' subject made explicit.

    `history` holds (question, short answer) pairs, oldest first. `person` is the person the
    last turn was about, if known: personal pronouns are replaced by the name. Otherwise the
    last question and answer are appended as context, which is what retrieval needs.
    """
    if not history or not is_followup(question):
        return question
    last_question, last_answer = history[-1]
    resolved = question
    if person:
        resolved = re.sub(r"\b(he|she|him|her)\b", person, resolved, flags=re.IGNORECASE)
        resolved = re.sub(r"\b(his|hers)\b", f"{person}'s", resolved, flags=re.IGNORECASE)
        if resolved != question:
            return resolved
    context = " ".join(x for x in (last_question, last_answer) if x)
    return f"{question} (context: {context})"
