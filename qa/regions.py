"""Places a question asks within: world regions as ISO 3166 codes ("which European country"), US states."""

from __future__ import annotations

import re

# Countries that lie in two regions are in both: the region only rules out answers, so a
# wrongly excluded country would cost a right answer, a wrongly included one nothing.
_EUROPE = ("AD AL AM AT AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GI GR HR HU IE IM IS IT LI LT LU LV MC "
           "MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA VA XK")
_EU = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
_NORDIC = "AX DK FI FO GL IS NO SE"
_BALTIC = "EE LT LV"
_BALKAN = "AL BA BG GR HR ME MK RO RS SI TR XK"
_NORTH_AFRICA = "DZ EG EH LY MA MR SD TN"
_WEST_AFRICA = "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG"
_EAST_AFRICA = "BI DJ ER ET KE KM MG MU MW MZ RW SC SO SS TZ UG YT ZM ZW"
_CENTRAL_AFRICA = "AO CD CF CG CM GA GQ ST TD"
_SOUTHERN_AFRICA = "AO BW LS MG MW MZ NA SZ ZA ZM ZW"
_AFRICA = " ".join((_NORTH_AFRICA, _WEST_AFRICA, _EAST_AFRICA, _CENTRAL_AFRICA, _SOUTHERN_AFRICA, "RE"))
_MIDDLE_EAST = "AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE"
_GULF = "AE BH IQ IR KW OM QA SA"
_ARAB = "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE"
_EAST_ASIA = "CN HK JP KP KR MN MO TW"
_SOUTHEAST_ASIA = "BN ID KH LA MM MY PH SG TH TL VN"
_SOUTH_ASIA = "AF BD BT IN LK MV NP PK"
_CENTRAL_ASIA = "AF KG KZ TJ TM UZ"
_ASIA = " ".join((_EAST_ASIA, _SOUTHEAST_ASIA, _SOUTH_ASIA, _CENTRAL_ASIA, _MIDDLE_EAST, "AM AZ GE RU"))
_SOUTH_AMERICA = "AR BO BR CL CO EC FK GF GY PE PY SR UY VE"
_CENTRAL_AMERICA = "BZ CR GT HN MX NI PA SV"
_CARIBBEAN = "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI"
_LATIN_AMERICA = " ".join((_SOUTH_AMERICA, _CENTRAL_AMERICA, "CU DO HT PR"))
_NORTH_AMERICA = " ".join(("BM CA GL PM US", _CENTRAL_AMERICA, _CARIBBEAN))
_OCEANIA = "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS"

# The words a question uses for a region, lower case, with the countries each names.
REGIONS: dict[str, frozenset[str]] = {
    word: frozenset(codes.split())
    for words, codes in (
        (("european", "europe"), _EUROPE),
        (("eu", "european union"), _EU),
        (("nordic", "scandinavian", "scandinavia"), _NORDIC),
        (("baltic", "baltics"), _BALTIC),
        (("balkan", "balkans"), _BALKAN),
        (("african", "africa"), _AFRICA),
        (("north african", "north africa"), _NORTH_AFRICA),
        (("west african", "west africa"), _WEST_AFRICA),
        (("east african", "east africa"), _EAST_AFRICA),
        (("central african", "central africa"), _CENTRAL_AFRICA),
        (("southern african", "southern africa"), _SOUTHERN_AFRICA),
        (("middle eastern", "middle east", "mideast", "mideastern"), _MIDDLE_EAST),
        (("gulf", "persian gulf"), _GULF),
        (("arab",), _ARAB),
        (("asian", "asia"), _ASIA),
        (("east asian", "east asia"), _EAST_ASIA),
        (("southeast asian", "south east asian", "southeast asia", "south east asia"), _SOUTHEAST_ASIA),
        (("south asian", "south asia"), _SOUTH_ASIA),
        (("central asian", "central asia"), _CENTRAL_ASIA),
        (("south american", "south america"), _SOUTH_AMERICA),
        (("central american", "central america"), _CENTRAL_AMERICA),
        (("caribbean",), _CARIBBEAN),
        (("latin american", "latin america"), _LATIN_AMERICA),
        (("north american", "north america"), _NORTH_AMERICA),
        (("pacific", "pacific island", "oceania"), _OCEANIA),
    )
    for word in words
}

# Longest first, so "European Union" is read before "European"; "South-East" as "South East".
_WORDS = "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in sorted(REGIONS, key=len, reverse=True))
_NATION = r"(?:countr(?:y|ies)|nations?)"
# "which European country", "what African island nation", "which country in the Middle East",
# "what nation of Southeast Asia".
_REGION_RE = re.compile(
    rf"\b(?:what|which|this|these)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<a>{_WORDS})\s+(?:[\w’'-]+\s+)?{_NATION}\b"
    rf"|\b(?:what|which|this|these)\s+(?:[\w’'-]+\s+)?{_NATION}\s+(?:in|of|from)\s+(?:the\s+)?(?P<b>{_WORDS})\b",
    re.IGNORECASE,
)


def region_asked(question: str) -> str | None:
    """The region a question asks a country in ("which African nation" → "african"), if it names one."""
    match = _REGION_RE.search(question)
    if match is None:
        return None
    return " ".join((match.group("a") or match.group("b")).lower().replace("-", " ").split())


def in_region(code: str, region: str) -> bool:
    """Whether the country with this ISO code lies in the region (a key of `REGIONS`)."""
    countries = REGIONS.get(region)
    return countries is None or code.upper() in countries


# The states of the United States (and its capital district), and what their people are called,
# for questions asking "which state".
US_STATES = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
    "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin",
    "Wyoming",
})
_STATE_PEOPLE = {
    "alabamian": "Alabama", "alaskan": "Alaska", "arizonan": "Arizona", "arkansan": "Arkansas",
    "californian": "California", "coloradan": "Colorado", "floridian": "Florida", "georgian": "Georgia",
    "hawaiian": "Hawaii", "idahoan": "Idaho", "illinoisan": "Illinois", "hoosier": "Indiana", "iowan": "Iowa",
    "kansan": "Kansas", "kentuckian": "Kentucky", "louisianan": "Louisiana", "louisianian": "Louisiana",
    "mainer": "Maine", "marylander": "Maryland", "michigander": "Michigan", "minnesotan": "Minnesota",
    "mississippian": "Mississippi", "missourian": "Missouri", "montanan": "Montana", "nebraskan": "Nebraska",
    "nevadan": "Nevada", "new yorker": "New York", "new jerseyan": "New Jersey", "new mexican": "New Mexico",
    "north carolinian": "North Carolina", "south carolinian": "South Carolina", "north dakotan": "North Dakota",
    "south dakotan": "South Dakota", "ohioan": "Ohio", "oklahoman": "Oklahoma", "oregonian": "Oregon",
    "pennsylvanian": "Pennsylvania", "rhode islander": "Rhode Island", "tennessean": "Tennessee",
    "texan": "Texas", "utahn": "Utah", "vermonter": "Vermont", "virginian": "Virginia",
    "west virginian": "West Virginia", "washingtonian": "Washington", "wisconsinite": "Wisconsin",
    "wyomingite": "Wyoming",
}


def us_state(text: str) -> str | None:
    """The US state `text` names, by name or by its people ("Texans" → Texas); None if none."""
    words = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    if words.lower().startswith("the "):
        words = words[4:]
    if words in US_STATES:
        return words
    lower = words.lower()
    return _STATE_PEOPLE.get(lower) or (_STATE_PEOPLE.get(lower[:-1]) if lower.endswith("s") else None)
