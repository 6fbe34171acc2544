"""Small made-up news stories the tests write into temporary corpora."""

from __future__ import annotations

BRIDGE = """Harbour bridge reopens after two-year repair

- Associated Press - Tuesday, March 7, 2023

PORTSMOUTH (AP) - The Harbour Bridge reopened to traffic on Tuesday after a two-year repair that cost 48 million dollars, city officials said.

Mayor Elena Brandt cut the ribbon at dawn. She said the bridge carries about 30,000 vehicles a day and its closure had doubled commuting times for many residents.

Engineers replaced the steel deck and repainted the towers. The contractor, Meridian Works, finished three weeks ahead of schedule.
"""

FLOOD = """River floods farmland in the valley

- Reuters - 14 June 2021

LINZ (Reuters) - The Danube burst its banks near Linz on Monday, flooding about 2,000 hectares of farmland and forcing 300 people from their homes.

Regional governor Markus Pichler said the water was expected to peak on Wednesday. The army sent 150 soldiers to build sandbag walls around the village of Ottensheim.
"""

ELECTION = """Coastal province elects first woman governor

Published: 2016-09-12

HALIFAX - Voters in the coastal province elected Nadia Okafor as governor on Sunday, the first woman to hold the office.

Okafor, a former fisheries minister, won 54 percent of the vote. She promised to expand ferry service to the outer islands within a year.
"""

VACCINE = """Clinic opens in the northern district

- Associated Press - Friday, October 2, 2020

TROMSO (AP) - A new vaccination clinic opened in the northern district on Friday. Nurse manager Ingrid Solberg said the clinic can give 800 shots a day.
"""


def syndicated(publisher: str, footer_year: int = 2023) -> str:
    """The bridge story as republished by another outlet: same story, the outlet's own footer."""
    return BRIDGE + f"\nCopyright © {footer_year} {publisher}, LLC.\n\nPlease read our comment policy before commenting.\n"
