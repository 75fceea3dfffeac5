#!/usr/bin/env python3
"""Source of blind12/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldsrc import E, emit, page  # noqa: E402


KE = ["EU", "KE"]
EG = ["EU", "EG"]
JP = ["EU", "JP"]
CA5 = ["EU", "KZ", "KG", "TJ", "TM", "UZ"]
US = ["EU", "US"]
IN = ["EU", "IN"]
ASEAN = ["EU", "ASEAN"]
MERC = ["EU", "Mercosur"]
CL = ["EU", "CL"]
CA = ["EU", "CA"]
CN = ["EU", "CN"]
NG = ["EU", "NG"]
KZ = ["EU", "KZ"]
GCC = ["EU", "GCC"]
AU = ["EU", "AU"]
AFU = ["EU", "African Union"]
ZA = ["EU", "ZA"]

# The set samples the watched sources in 2025-2026: EEAS, Commission (press corner,
# DG CONNECT, DG TRADE), Council, think tanks and POLITICO/EURACTIV-style media.

# 01 EEAS Delegation joint press release: third EU-Kenya Strategic Dialogue.
page("blind12-01", "2025-10-09",
     E("dialogue", "EU-Kenya Strategic Dialogue", KE, "2025-10-08", None, 3, "Nairobi", "held",
       "The third Ministerial Strategic Dialogue between the European Union and the Republic of Kenya took place in Nairobi on 8 October 2025."),
     E("dialogue", "EU-Kenya Strategic Dialogue", KE, "2024-11", None, 2, "Brussels", "held",
       "the second Strategic Dialogue, held in Brussels in November 2024"),
     E("dialogue", "EU-Kenya Strategic Dialogue", KE, "2026", None, 4, "Brussels", "planned",
       "Both sides agreed to hold the fourth Strategic Dialogue in Brussels in 2026."),
     )

# 02 DG CONNECT news: first EU-Egypt Digital Dialogue ("on 20 May", no year).
page("blind12-02", "2025-05-21",
     E("dialogue", "EU-Egypt Digital Dialogue", EG, "2025-05-20", None, 1, "Cairo", "held",
       "The European Union and Egypt held their first Digital Dialogue in Cairo on 20 May"),
     E("signing", "Joint Declaration on the Strategic and Comprehensive Partnership", EG, "2024-03-17", None, None, "Cairo", "held",
       "the Joint Declaration on the Strategic and Comprehensive Partnership, which President von der Leyen and President Abdel Fattah El-Sisi signed in Cairo on 17 March 2024"),
     E("forum", "EU-Egypt Investment Conference", EG, "2024-06", None, None, "Cairo", "held",
       "the EU-Egypt Investment Conference held in Cairo in June 2024"),
     E("launch", "EU-Egypt working group on digital skills and start-ups", EG, "2025-05-20", None, None, "Cairo", "held",
       "Both sides agreed to set up a working group on digital skills and start-ups"),
     E("working group", "EU-Egypt working group on digital skills and start-ups", EG, "2025", None, 1, None, "planned",
       "which will hold its first meeting before the end of the year"),
     E("dialogue", "EU-Egypt Digital Dialogue", EG, "2026", None, 2, "Brussels", "planned",
       "The second Digital Dialogue will take place in Brussels in the first half of 2026."),
     E("summit", "EU-Egypt Summit", EG, "2025-10-22", None, 1, "Brussels", "planned",
       "the first EU-Egypt Summit, to be held in Brussels on 22 October"),
     )

# 03 Commission press corner: Joint Statement of the 30th EU-Japan Summit (numbered paragraphs).
page("blind12-03", "2025-07-23",
     E("summit", "EU-Japan Summit", JP, "2025-07-23", None, 30, "Tokyo", "held",
       "met today in Tokyo for the 30th EU-Japan Summit"),
     E("launch", "EU-Japan Competitiveness Alliance", JP, "2025-07-23", None, None, "Tokyo", "held",
       "Today we launched the EU-Japan Competitiveness Alliance"),
     E("launch", "EU-Japan High-Level Economic Security Dialogue", JP, "2025-07-23", None, None, "Tokyo", "held",
       "We also decided to launch a High-Level Economic Security Dialogue"),
     E("dialogue", "EU-Japan High-Level Economic Security Dialogue", JP, "2026", None, 1, "Brussels", "planned",
       "which will hold its first meeting in Brussels in the first half of 2026"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2025-03", None, 1, "Brussels", "held",
       "We welcomed the first EU-Japan Security and Defence Dialogue held in Brussels in March 2025"),
     E("signing", "EU-Japan Security and Defence Partnership", JP, "2024-11-01", None, None, "Tokyo", "held",
       "the signature of the Security and Defence Partnership in Tokyo on 1 November 2024"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2026", None, 2, "Tokyo", "planned",
       "look forward to the second Dialogue in Tokyo in 2026"),
     E("summit", "EU-Japan Summit", JP, "2026", None, None, "Brussels", "planned",
       "We agreed to hold the next EU-Japan Summit in Brussels in 2026."),
     )

# 04 Council meeting page: first EU-Central Asia summit in Samarkand.
page("blind12-04", "2025-04-04",
     E("summit", "EU-Central Asia summit", CA5, "2025-04-03", "2025-04-04", 1, "Samarkand", "held",
       "held their first-ever summit in Samarkand on 3 and 4 April 2025"),
     E("launch", "EU-Central Asia Strategic Partnership", CA5, "2025-04-03", "2025-04-04", None, "Samarkand", "held",
       "Leaders decided to elevate their relations to a Strategic Partnership"),
     E("forum", "Global Gateway Investors Forum for EU-Central Asia Transport Connectivity", CA5, "2024-01-29", "2024-01-30", None, "Brussels", "held",
       "the Global Gateway Investors Forum for EU-Central Asia Transport Connectivity held in Brussels on 29-30 January 2024"),
     E("summit", "EU-Central Asia summit", CA5, "2027", None, 2, None, "planned",
       "Leaders agreed to hold the second EU-Central Asia summit in 2027."),
     E("ministerial meeting", "EU-Central Asia ministerial meeting", CA5, "2024-11", None, None, "Astana", "held",
       "the last one was held in Astana in November 2024"),
     )

# 05 POLITICO Morning Trade (weekday dates, TTC, member-state and hypothetical traps).
page("blind12-05", "2025-09-10",
     E("ministerial meeting", None, US, "2025-09-08", None, None, "Washington", "held",
       "Trade Commissioner Maroš Šefčovič met U.S. Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer in Washington on Monday"),
     E("council", "EU-US Trade and Technology Council", US, "2024-04-04", "2024-04-05", None, "Leuven", "held",
       "The EU-U.S. Trade and Technology Council, which last met in Leuven on 4 and 5 April 2024"),
     E("ministerial meeting", None, IN, "2025-09-18", None, None, "New Delhi", "planned",
       "Šefčovič will travel to New Delhi next week to meet Commerce Minister Piyush Goyal on September 18"),
     )

# 06 Think-tank event page, EU-ASEAN Digital Forum 2026 (no PUBLISHED; years in page).
page("blind12-06", None,
     E("forum", "EU-ASEAN Digital Forum", ASEAN, "2026-03-12", None, 3, "Singapore", "planned",
       "The third EU-ASEAN Digital Forum will take place in Singapore on 12 March 2026."),
     E("forum", "EU-ASEAN Digital Forum", ASEAN, "2024", None, 1, "Jakarta", "held",
       "Following the first two editions in Jakarta (2024) and Brussels (2025)"),
     E("forum", "EU-ASEAN Digital Forum", ASEAN, "2025", None, 2, "Brussels", "held",
       "Following the first two editions in Jakarta (2024) and Brussels (2025)"),
     E("ministerial meeting", "EU-ASEAN Digital Ministers' meeting", ASEAN, "2026-03-13", None, None, "Singapore", "planned",
       "the EU-ASEAN Digital Ministers' meeting, which will be hosted in Singapore on 13 March 2026"),
     )

# 07 EEAS Statement by the Spokesperson: EU-Georgia HRD postponed. No events.
page("blind12-07", "2025-11-14")

# 08 EURACTIV: EU-Mercosur signing set for Asunción ("on 17 January", no year).
page("blind12-08", "2026-01-09",
     E("signing", "EU-Mercosur Partnership Agreement", MERC, "2026-01-17", None, None, "Asunción", "planned",
       "The EU-Mercosur Partnership Agreement will be signed in Asunción on 17 January"),
     )

# 09 DG TRADE news: first EU-Chile Trade Council ("on 25 November", no year).
page("blind12-09", "2025-11-26",
     E("council", "EU-Chile Trade Council", CL, "2025-11-25", None, 1, "Santiago", "held",
       "The first meeting of the EU-Chile Trade Council took place in Santiago on 25 November."),
     E("signing", "EU-Chile Interim Trade Agreement and Advanced Framework Agreement", CL, "2023-12-13", None, None, "Brussels", "held",
       "The Interim Trade Agreement and the Advanced Framework Agreement were signed in Brussels on 13 December 2023"),
     E("council", "EU-Chile Association Council", CL, "2023-12-13", None, None, "Brussels", "held",
       "on the margins of the EU-Chile Association Council"),
     E("council", "EU-Chile Trade Council", CL, "2026", None, 2, "Brussels", "planned",
       "The EU and Chile agreed to hold the second meeting of the Trade Council in Brussels in 2026."),
     )

# 10 Council press release: EU-Canada summit 2025 joint statement ("Today, in Brussels").
page("blind12-10", "2025-06-23",
     E("summit", "EU-Canada summit", CA, "2025-06-23", None, None, "Brussels", "held",
       "Today, in Brussels, the President of the European Council, António Costa, the President of the European Commission, Ursula von der Leyen, and the Prime Minister of Canada, Mark Carney, met for the EU-Canada summit"),
     E("signing", "EU-Canada Security and Defence Partnership", CA, "2025-06-23", None, None, "Brussels", "held",
       "Leaders signed the EU-Canada Security and Defence Partnership"),
     E("launch", "EU-Canada High-Level Dialogue on Economic Security", CA, "2025-06-23", None, None, "Brussels", "held",
       "Leaders launched a High-Level Dialogue on Economic Security"),
     E("launch", "EU-Canada Task Force on Critical Minerals", CA, "2025-06-23", None, None, "Brussels", "held",
       "decided to establish an EU-Canada Task Force on Critical Minerals"),
     E("launch", "EU-Canada Digital Partnership", CA, "2023", None, None, None, "held",
       "Leaders welcomed the Digital Partnership launched in 2023."),
     E("council", "EU-Canada Digital Partnership Council", CA, "2025", None, 2, "Ottawa", "planned",
       "The second EU-Canada Digital Partnership Council will take place in Ottawa later this year."),
     E("summit", "EU-Canada summit", CA, "2026", None, None, None, "planned",
       "Leaders agreed to meet again in Canada in 2026."),
     )

# 11 Think-tank commentary on EU-China dialogues (no PUBLISHED; years in page; notes).
page("blind12-11", None,
     E("summit", "EU-China Summit", CN, "2025-07-24", None, 25, "Beijing", "held",
       "The 25th EU-China summit, held in Beijing on 24 July 2025"),
     E("dialogue", "EU-China Strategic Dialogue", CN, "2025-07-02", None, 13, "Brussels", "held",
       "The 13th EU-China Strategic Dialogue, held in Brussels on 2 July 2025"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2023-09-25", None, 10, "Beijing", "held",
       "the 10th HED, held in Beijing on 25 September 2023"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2026", None, 11, "Brussels", "planned",
       "the 11th is expected in Brussels early in 2026"),
     E("dialogue", "EU-China Human Rights Dialogue", CN, "2024-06", None, None, "Chongqing", "held",
       "the Human Rights Dialogue, which last took place in Chongqing in June 2024"),
     E("summit", "EU-China Summit", CN, "2026", None, 26, None, "planned",
       "the 26th summit, which the EU is due to host in 2026"),
     )

# 12 EEAS Delegation: Joint Communiqué of the 8th EU-Nigeria Ministerial Meeting ("today").
page("blind12-12", "2026-02-20",
     E("ministerial meeting", "EU-Nigeria Ministerial Meeting", NG, "2026-02-19", None, 8, "Abuja", "held",
       "The 8th EU-Nigeria Ministerial Meeting took place in Abuja today"),
     E("ministerial meeting", "EU-Nigeria Ministerial Meeting", NG, "2023-11-21", None, 7, "Brussels", "held",
       "the 7th Ministerial Meeting, held in Brussels on 21 November 2023"),
     E("launch", "EU-Nigeria Dialogue on Migration and Mobility", NG, "2026-02-19", None, None, "Abuja", "held",
       "Both sides launched a structured EU-Nigeria Dialogue on Migration and Mobility"),
     E("dialogue", "EU-Nigeria Dialogue on Migration and Mobility", NG, "2026-06", None, 1, "Brussels", "planned",
       "whose first meeting will take place in Brussels in June 2026"),
     E("summit", "African Union-European Union Summit", AFU, None, None, 7, None, "held",
       "The meeting welcomed the outcomes of the 7th African Union-European Union Summit"),
     E("ministerial meeting", "EU-Nigeria Ministerial Meeting", NG, "2027", None, 9, "Brussels", "planned",
       "the 9th EU-Nigeria Ministerial Meeting will be held in Brussels in 2027"),
     )

# 13 Commission Daily News (state aid, Kazakhstan WG, Japan task force, fisheries, Eurostat).
page("blind12-13", "2025-12-10",
     E("working group", "EU-Kazakhstan Working Group on critical raw materials, batteries and renewable hydrogen", KZ, "2025-12-09", None, 1, "Astana", "held",
       "The first meeting of the EU-Kazakhstan Working Group on critical raw materials, batteries and renewable hydrogen took place in Astana on Tuesday."),
     E("signing", "EU-Kazakhstan Memorandum of Understanding on a strategic partnership on raw materials, batteries and renewable hydrogen", KZ, "2022-11", None, None, "Astana", "held",
       "the Memorandum of Understanding on a strategic partnership signed in Astana in November 2022"),
     E("working group", "EU-Kazakhstan Working Group on critical raw materials, batteries and renewable hydrogen", KZ, "2026", None, None, "Brussels", "planned",
       "The next meeting of the Working Group will take place in Brussels in spring 2026."),
     E("launch", "EU-Japan Task Force on critical minerals supply chains", JP, "2025-12-08", None, None, None, "held",
       "agreed on Monday, in a videoconference, to set up an EU-Japan Task Force on critical minerals supply chains"),
     E("task force", "EU-Japan Task Force on critical minerals supply chains", JP, "2026-02", None, 1, "Tokyo", "planned",
       "The Task Force will meet for the first time in Tokyo in February 2026"),
     )

# 14 POLITICO Brussels Playbook ("yesterday", "on Thursday"; FAC, G7, member-state traps).
page("blind12-14", "2026-04-14",
     E("ministerial meeting", "EU-GCC Joint Council and Ministerial Meeting", GCC, "2026-04-13", None, 29, "Luxembourg", "held",
       "Kallas hosted her Gulf counterparts in Luxembourg yesterday for the 29th EU-GCC Joint Council and Ministerial Meeting"),
     E("summit", "EU-GCC summit", GCC, "2024-10", None, None, "Brussels", "held",
       "the EU-GCC summit in Brussels in October 2024"),
     E("dialogue", "EU-Japan High-Level Economic Dialogue", JP, "2026-04-16", None, 6, "Tokyo", "planned",
       "The trade commissioner flies to Tokyo for the 6th EU-Japan High-Level Economic Dialogue on Thursday"),
     E("task force", "EU-Japan Task Force on critical minerals", JP, "2026-02", None, 1, "Tokyo", "held",
       "the EU-Japan Task Force on critical minerals met for the first time in Tokyo in February"),
     )

# 15 EEAS press release: third EU-Australia Security and Defence Dialogue ("Wednesday, 15 April").
page("blind12-15", "2026-04-16",
     E("dialogue", "EU-Australia Security and Defence Dialogue", AU, "2026-04-15", None, 3, "Canberra", "held",
       "The European Union and Australia held the third round of their Security and Defence Dialogue in Canberra on Wednesday, 15 April."),
     E("signing", "EU-Australia Security and Defence Partnership", AU, "2025-11", None, None, "Brussels", "held",
       "the EU-Australia Security and Defence Partnership was signed in Brussels in November 2025"),
     E("dialogue", "EU-Australia Security and Defence Dialogue", AU, "2027", None, 4, "Brussels", "planned",
       "Both sides will hold the fourth Security and Defence Dialogue in Brussels in 2027."),
     E("signing", "EU-Australia Free Trade Agreement", AU, "2026-05", None, None, "Canberra", "planned",
       "the EU-Australia Free Trade Agreement, expected to be signed in Canberra in May"),
     E("dialogue", "EU-Australia Security and Defence Dialogue", AU, "2025-06", None, 2, "Brussels", "held",
       "The second round took place in Brussels in June 2025"),
     )

# 16 EUISS Brief ahead of the 7th AU-EU Summit (superscript notes, summary bullets).
page("blind12-16", "2025-11-17",
     E("summit", "African Union-European Union Summit", AFU, "2025-11-24", "2025-11-25", 7, "Luanda", "planned",
       "When African and European leaders meet in Luanda on 24 and 25 November for the 7th African Union-European Union Summit"),
     E("summit", "Africa-EU summit", AFU, "2000", None, 1, "Cairo", "held",
       "the first Africa-EU summit in Cairo in 2000"),
     E("summit", "African Union-European Union Summit", AFU, "2022-02-17", "2022-02-18", 6, "Brussels", "held",
       "The 6th AU-EU Summit, held in Brussels on 17 and 18 February 2022"),
     E("ministerial meeting", "AU-EU Ministerial Meeting", AFU, "2025-05-21", None, 3, "Brussels", "held",
       "The third AU-EU Ministerial Meeting, held in Brussels on 21 May 2025"),
     E("summit", "EU-South Africa summit", ZA, "2025-03-13", None, None, "Cape Town", "held",
       "The EU-South Africa summit in Cape Town on 13 March 2025"),
     E("launch", "EU-South Africa Clean Trade and Investment Partnership", ZA, "2025-03-13", None, None, "Cape Town", "held",
       "launched a Clean Trade and Investment Partnership"),
     E("dialogue", "EU-Kenya Strategic Dialogue", KE, "2025-10", None, 3, "Nairobi", "held",
       "the EU-Kenya Strategic Dialogue held its third round in Nairobi in October 2025"),
     )

if __name__ == "__main__":
    emit()
