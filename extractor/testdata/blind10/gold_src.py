#!/usr/bin/env python3
"""Source of blind10/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldsrc import E, emit, page  # noqa: E402


JP = ["EU", "JP"]
KR = ["EU", "KR"]
IN = ["EU", "IN"]
CN = ["EU", "CN"]
CA = ["EU", "CA"]
BR = ["EU", "BR"]
MX = ["EU", "MX"]
SG = ["EU", "SG"]
AU = ["EU", "AU"]  # Australia (ISO AU), not the African Union
PH = ["EU", "PH"]
VN = ["EU", "VN"]
TH = ["EU", "TH"]
MD = ["EU", "MD"]
ID = ["EU", "ID"]

# The set samples one week (Mon 16 - Sun 22 November 2026) of what the crawler collects.

# ---------------------------------------------------------------- EEAS (01-06)

# 01 EEAS press release: 14th EU-China Strategic Dialogue, Beijing ("today", dd.mm.yyyy line).
page("blind10-01", "2026-11-16",
     E("dialogue", "EU-China Strategic Dialogue", CN, "2026-11-16", None, 14, "Beijing", "held",
       "held the 14th EU-China Strategic Dialogue in Beijing today"),
     E("dialogue", "EU-China Strategic Dialogue", CN, "2025-07-02", None, 13, "Brussels", "held",
       "the 13th EU-China Strategic Dialogue, held in Brussels on 2 July 2025"),
     E("summit", "EU-China Summit", CN, "2026-12", None, 26, "Brussels", "planned",
       "the 26th EU-China Summit, which the EU will host in Brussels in December"),
     E("summit", "EU-China Summit", CN, "2025-07-24", None, 25, "Beijing", "held",
       "the 25th EU-China Summit in Beijing on 24 July 2025"),
     E("dialogue", "EU-China Export Control Dialogue", CN, "2027", None, 2, "Beijing", "planned",
       "to hold the second meeting of the EU-China Export Control Dialogue in Beijing in the first quarter of 2027"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2027", None, 12, "Beijing", "planned",
       "to convene the 12th EU-China High-level Economic and Trade Dialogue in Beijing in 2027"),
     E("ministerial meeting", None, CN, "2026-11-16", None, None, "Beijing", "held",
       "On the margins of the Strategic Dialogue, the HR/VP was received by Vice-President Han Zheng"),
     )

# 02 EEAS Statement by the Spokesperson: EU-Cuba HRD postponed. No events.
page("blind10-02", "2026-11-18")

# 03 HR/VP blog (weekday-only dates, resolved from PUBLISHED, a Sunday).
page("blind10-03", "2026-11-22",
     E("dialogue", "EU-China Strategic Dialogue", CN, "2026-11-16", None, 14, "Beijing", "held",
       "On Monday I was in Beijing for the 14th EU-China Strategic Dialogue with Foreign Minister Wang Yi."),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2026-11-17", None, 2, "Tokyo", "held",
       "From Beijing I travelled to Tokyo, where our senior officials held the second EU-Japan Security and Defence Dialogue on Tuesday."),
     )

# 04 EU Delegation to Japan news: second EU-Japan SDD ("dd/mm/yyyy" dateline, photo caption).
page("blind10-04", "2026-11-18",
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2026-11-17", None, 2, "Tokyo", "held",
       "The European Union and Japan held the second EU-Japan Security and Defence Dialogue at the Ministry of Foreign Affairs in Tokyo on 17 November 2026."),
     E("signing", "EU-Japan Security and Defence Partnership", JP, "2024-11-01", None, None, "Tokyo", "held",
       "the EU-Japan Security and Defence Partnership, signed in Tokyo on 1 November 2024"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2025-03", None, 1, "Brussels", "held",
       "It follows the first Dialogue, which took place in Brussels in March 2025."),
     E("summit", "EU-Japan Summit", JP, "2026-06-09", None, 31, "Brussels", "held",
       "the 31st EU-Japan Summit in Brussels on 9 June 2026"),
     E("dialogue", "EU-Japan Cyber Dialogue", JP, "2027", None, None, "Brussels", "planned",
       "The EU-Japan Cyber Dialogue, whose next round will take place in Brussels in early 2027"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2027", None, 3, "Brussels", "planned",
       "The third EU-Japan Security and Defence Dialogue will be held in Brussels in 2027."),
     )

# 05 EU Delegation to Viet Nam (no PUBLISHED; years stated in the page).
page("blind10-05", None,
     E("dialogue", "EU-Viet Nam Human Rights Dialogue", VN, "2026-11-18", None, 14, "Hanoi", "held",
       "The European Union and Viet Nam held the 14th round of their Human Rights Dialogue in Hanoi on 18 November 2026."),
     E("dialogue", "EU-Viet Nam Human Rights Dialogue", VN, "2025-11", None, 13, "Brussels", "held",
       "the 13th round, held in Brussels in November 2025"),
     E("dialogue", "EU-Viet Nam Human Rights Dialogue", VN, "2027", None, 15, "Brussels", "planned",
       "The 15th Human Rights Dialogue will be held in Brussels in 2027."),
     E("signing", "EU-Viet Nam Free Trade Agreement and Investment Protection Agreement", VN, "2019-06-30", None, None, "Hanoi", "held",
       "the Free Trade Agreement and the Investment Protection Agreement, signed in Hanoi on 30 June 2019"),
     )

# 06 EEAS press release: first EU-Philippines SDD, Manila.
page("blind10-06", "2026-11-20",
     E("dialogue", "EU-Philippines Security and Defence Dialogue", PH, "2026-11-19", None, 1, "Manila", "held",
       "The European Union and the Republic of the Philippines held their first Security and Defence Dialogue in Manila on 19 November 2026."),
     E("dialogue", "EU-Philippines Maritime Dialogue", PH, "2024-06", None, 1, "Manila", "held",
       "the first EU-Philippines Maritime Dialogue, which took place in Manila in June 2024"),
     E("ministerial meeting", None, PH, "2026-07", None, None, "Manila", "held",
       "the meeting between High Representative/Vice-President Kaja Kallas and Secretary of Foreign Affairs Lazaro on the margins of the ASEAN Regional Forum in Manila in July"),
     E("dialogue", "EU-Philippines Security and Defence Dialogue", PH, "2027", None, 2, "Brussels", "planned",
       "The second Security and Defence Dialogue will be held in Brussels in 2027."),
     )

# ---------------------------------------------------------------- Commission (07-12)

# 07 press release: third EU-Mexico Digital Dialogue ("Today in Mexico City", dateline Brussels).
page("blind10-07", "2026-11-17",
     E("dialogue", "EU-Mexico Digital Dialogue", MX, "2026-11-17", None, 3, "Mexico City", "held",
       "Today in Mexico City, the European Union and Mexico held the third EU-Mexico Digital Dialogue."),
     E("summit", "EU-Mexico Summit", MX, "2026-05-19", None, None, "Brussels", "held",
       "the EU-Mexico Summit held in Brussels on 19 May 2026"),
     E("signing", "Modernised EU-Mexico Global Agreement", MX, "2026-05-19", None, None, "Brussels", "held",
       "where leaders signed the Modernised EU-Mexico Global Agreement"),
     E("dialogue", "EU-Mexico Digital Dialogue", MX, "2023-10", None, 1, "Mexico City", "held",
       "Since the first Dialogue in Mexico City in October 2023"),
     E("dialogue", "EU-Mexico Digital Dialogue", MX, "2025-06", None, 2, "Brussels", "held",
       "the second in Brussels in June 2025"),
     E("dialogue", "EU-Mexico Digital Dialogue", MX, "2027", None, 4, "Brussels", "planned",
       "The fourth Digital Dialogue will take place in Brussels in 2027."),
     )

# 08 Commission statement on COP31 (multilateral, EU-internal, hypothetical). No events.
page("blind10-08", "2026-11-21")

# 09 speech by EVP Virkkunen at the EU-India Tech and Innovation Forum, Bengaluru ("Tomorrow", "in May", "early next year").
page("blind10-09", "2026-11-19",
     E("forum", "EU-India Tech and Innovation Forum", IN, "2026-11-19", None, None, "Bengaluru", "held",
       "Keynote speech by Executive Vice-President Virkkunen at the EU-India Tech and Innovation Forum"),
     E("summit", "EU-India Summit", IN, "2026-01-27", None, 16, "New Delhi", "held",
       "when our leaders met in New Delhi for the 16th EU-India Summit on 27 January"),
     E("launch", "EU-India Trade and Technology Council", IN, "2022-04", None, None, None, "held",
       "Since President von der Leyen and Prime Minister Modi agreed to launch the EU-India Trade and Technology Council in April 2022"),
     E("council", "EU-India Trade and Technology Council", IN, "2026-05", None, 3, "Brussels", "held",
       "At the third ministerial meeting of our Trade and Technology Council in Brussels in May"),
     E("council", "EU-India Trade and Technology Council", IN, "2027", None, 4, "New Delhi", "planned",
       "the fourth ministerial meeting of the Trade and Technology Council, which I look forward to co-chairing in New Delhi early next year"),
     E("ministerial meeting", None, IN, "2026-11-20", None, None, "Bengaluru", "planned",
       "Tomorrow, I will meet Minister Ashwini Vaishnaw here in Bengaluru to prepare that meeting."),
     )

# 10 Daily News 18/11/2026: Korea item and Moldova item carry events.
page("blind10-10", "2026-11-18",
     E("dialogue", "EU-Korea Economic Security Dialogue", KR, "2026-11-18", None, 1, "Seoul", "held",
       "co-chaired the first EU-Korea Economic Security Dialogue"),
     E("launch", "EU-Korea Economic Security Dialogue", KR, "2025-11-04", None, None, "Seoul", "held",
       "The Dialogue was launched by the two sides in Seoul on 4 November 2025"),
     E("signing", "EU-Korea Digital Trade Agreement", KR, "2026-11-19", None, None, "Seoul", "planned",
       "Tomorrow, Commissioner Šefčovič and Trade Minister Yeo Han-koo will sign the EU-Korea Digital Trade Agreement."),
     E("council", "EU-Moldova Association Council", MD, "2026-11-19", None, 10, "Brussels", "planned",
       "On Thursday, Commissioner for Enlargement Marta Kos will attend the 10th EU-Moldova Association Council in Brussels"),
     )

# 11 Q&A on the EU-Australia FTA (background signings only).
page("blind10-11", "2026-11-17",
     E("signing", "EU-Australia Free Trade Agreement", AU, "2026-05-15", None, None, "Canberra", "held",
       "The agreement was signed in Canberra on 15 May 2026 by President von der Leyen and Prime Minister Anthony Albanese."),
     E("signing", "EU-Australia Memorandum of Understanding on critical and strategic minerals", AU, "2026-05-15", None, None, "Canberra", "held",
       "On the same occasion, the EU and Australia signed a Memorandum of Understanding on critical and strategic minerals."),
     E("signing", "EU-Australia Security and Defence Partnership", AU, "2025-11", None, None, "Brussels", "held",
       "the EU-Australia Security and Defence Partnership, signed in Brussels in November 2025"),
     )

# 12 press release: EU-Korea DTA signed in Seoul ("Today", "yesterday").
page("blind10-12", "2026-11-19",
     E("signing", "EU-Korea Digital Trade Agreement", KR, "2026-11-19", None, None, "Seoul", "held",
       "Today in Seoul, Commissioner for Trade and Economic Security Maroš Šefčovič and the Republic of Korea's Minister for Trade Yeo Han-koo signed the EU-Korea Digital Trade Agreement (DTA)."),
     E("dialogue", "EU-Korea Economic Security Dialogue", KR, "2026-11-18", None, 1, "Seoul", "held",
       "the first EU-Korea Economic Security Dialogue, held yesterday in Seoul"),
     E("summit", "EU-Korea Summit", KR, "2026-03-23", None, 11, "Brussels", "held",
       "the 11th EU-Korea Summit in Brussels on 23 March 2026"),
     E("signing", "EU-Republic of Korea Digital Partnership", KR, "2022-11-28", None, None, "Seoul", "held",
       "the EU-Republic of Korea Digital Partnership, signed in Seoul on 28 November 2022"),
     E("council", "EU-Korea Digital Partnership Council", KR, "2024-11-13", None, 2, "Brussels", "held",
       "The Digital Partnership Council met for the second time in Brussels on 13 November 2024."),
     )

# ---------------------------------------------------------------- Council (13-15)

# 13 Council press release: signature authorised; signing expected in Jakarta.
page("blind10-13", "2026-11-17",
     E("signing", "EU-Indonesia Comprehensive Economic Partnership Agreement and Investment Protection Agreement", ID, "2026-12-08", None, None, "Jakarta", "planned",
       "The agreements are expected to be signed at a ceremony in Jakarta on 8 December 2026"),
     )

# 14 Council meeting page: FAC (Trade), EU-internal; only the summit it prepares.
page("blind10-14", "2026-11-16",
     E("summit", "EU-China summit", CN, "2026-12", None, 26, None, "planned",
       "in preparation for the 26th EU-China summit in December"),
     )

# 15 Council meeting page: 8th EU-Brazil summit, Brasília (dense, Background history).
page("blind10-15", "2026-11-20",
     E("summit", "EU-Brazil summit", BR, "2026-11-20", None, 8, "Brasília", "held",
       "The 8th EU-Brazil summit took place in Brasília on 20 November 2026."),
     E("launch", "EU-Brazil Partnership on Clean Hydrogen and Critical Raw Materials", BR, "2026-11-20", None, None, "Brasília", "held",
       "Leaders launched the EU-Brazil Partnership on Clean Hydrogen and Critical Raw Materials."),
     E("signing", "EU-Brazil Memorandum of Understanding on sustainable raw materials value chains", BR, "2026-11-20", None, None, "Brasília", "held",
       "On the margins of the summit, the EU and Brazil signed a Memorandum of Understanding on sustainable raw materials value chains"),
     E("launch", "EU-Brazil Digital Partnership", BR, "2025-09-15", None, None, "Brasília", "held",
       "the EU-Brazil Digital Partnership, launched in Brasília on 15 September 2025"),
     E("council", "EU-Brazil Digital Partnership Council", BR, "2026-05-14", None, 1, "Brussels", "held",
       "its first Digital Partnership Council, held in Brussels on 14 May 2026"),
     E("dialogue", "EU-Brazil Human Rights Dialogue", BR, None, None, 14, None, "held",
       "They welcomed the 14th EU-Brazil Human Rights Dialogue"),
     E("dialogue", "EU-Brazil Human Rights Dialogue", BR, "2027", None, 15, "Brussels", "planned",
       "the 15th round will be held in Brussels in the first half of 2027"),
     E("summit", "EU-Brazil summit", BR, "2028", None, None, "Brussels", "planned",
       "The next EU-Brazil summit will take place in Brussels in 2028."),
     E("launch", "EU-Brazil strategic partnership", BR, "2007-07-04", None, None, "Lisbon", "held",
       "The EU-Brazil strategic partnership was launched at the first EU-Brazil summit, held in Lisbon on 4 July 2007."),
     E("summit", "EU-Brazil summit", BR, "2007-07-04", None, 1, "Lisbon", "held",
       "the first EU-Brazil summit, held in Lisbon on 4 July 2007"),
     E("summit", "EU-Brazil summit", BR, "2014-02-24", None, 7, "Brussels", "held",
       "Seven summits took place until 2014, the last of them in Brussels on 24 February 2014."),
     )

# ---------------------------------------------------------------- think tanks (16-21)

# 16 HCSS podcast page (no PUBLISHED): one track-1.5 round in passing.
page("blind10-16", None,
     E("dialogue", "EU-India Track 1.5 Cyber Dialogue", IN, "2025-10-14", "2025-10-15", 2, "New Delhi", "held",
       "the second EU-India Track 1.5 Cyber Dialogue, which HCSS organised with the Observer Research Foundation in New Delhi on 14 and 15 October 2025"),
     )

# 17 MERICS comment (weekday date, endnotes, postponed/hypothetical traps).
page("blind10-17", "2026-11-19",
     E("dialogue", "EU-China Strategic Dialogue", CN, "2026-11-16", None, 14, "Beijing", "held",
       "The 14th EU-China Strategic Dialogue, held in Beijing on Monday"),
     E("summit", "EU-China summit", CN, "2026-12", None, None, "Brussels", "planned",
       "it cleared the way for the EU-China summit in Brussels in December"),
     E("summit", "EU-China summit", CN, "2025-07", None, 25, "Beijing", "held",
       "After the 25th summit in Beijing in July 2025"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2026-01", None, 11, "Brussels", "held",
       "The 11th High-level Economic and Trade Dialogue, held in Brussels in January"),
     E("dialogue", "EU-China Export Control Dialogue", CN, "2025-12", None, 1, "Brussels", "held",
       "the first Export Control Dialogue, held in Brussels in December 2025"),
     E("dialogue", "EU-China Human Rights Dialogue", CN, "2024-06", None, None, "Chongqing", "held",
       "The Human Rights Dialogue last took place in Chongqing in June 2024."),
     E("dialogue", "EU-China High-level Digital Dialogue", CN, "2023-09", None, 2, "Beijing", "held",
       "The High-level Digital Dialogue has not met since its second round in Beijing in September 2023"),
     )

# 18 ECFR podcast page: hypothetical summit, G20, negotiations. No events.
page("blind10-18", "2026-11-20")

# 19 EUISS event page (no PUBLISHED): track-1.5 maritime dialogue, third edition ahead.
page("blind10-19", None,
     E("dialogue", "EU-India Track 1.5 Dialogue on Maritime Security", IN, "2026-12-01", "2026-12-02", 3, "Brussels", "planned",
       "The EUISS and the National Maritime Foundation will convene the third edition of the EU-India Track 1.5 Dialogue on Maritime Security in Brussels on 1 and 2 December 2026."),
     E("launch", "EU-India Track 1.5 Dialogue on Maritime Security", IN, "2024", None, None, None, "held",
       "The Dialogue was launched by the EUISS and the NMF in 2024."),
     E("dialogue", "EU-India Track 1.5 Dialogue on Maritime Security", IN, "2025-11-06", "2025-11-07", 2, "Goa", "held",
       "The second edition took place in Goa on 6 and 7 November 2025"),
     E("dialogue", "EU-India Maritime Security Dialogue", IN, "2026-06", None, 4, "New Delhi", "held",
       "the fourth round of the official EU-India Maritime Security Dialogue, which took place in New Delhi in June 2026"),
     )

# 20 Bruegel analysis with event box.
page("blind10-20", "2026-11-18",
     E("summit", "EU-India Summit", IN, "2026-01-27", None, 16, "New Delhi", "held",
       "at the 16th EU-India Summit in New Delhi on 27 January 2026"),
     E("council", "EU-India Trade and Technology Council", IN, "2026-05", None, 3, "Brussels", "held",
       "Its third ministerial meeting, held in Brussels in May 2026"),
     E("council", "EU-India Trade and Technology Council", IN, "2027", None, 4, None, "planned",
       "The fourth ministerial, expected in India in early 2027"),
     )

# 21 EUISS Brief (dense; footnote titles not counted).
page("blind10-21", "2026-11-20",
     E("signing", "EU-Japan Security and Defence Partnership", JP, "2024-11-01", None, None, "Tokyo", "held",
       "When the EU and Japan signed their Security and Defence Partnership in Tokyo on 1 November 2024"),
     E("signing", "EU-Republic of Korea Security and Defence Partnership", KR, "2024-11-04", None, None, "Seoul", "held",
       "a similar partnership with the Republic of Korea, signed in Seoul on 4 November 2024"),
     E("signing", "EU-Australia Security and Defence Partnership", AU, "2025-11", None, None, "Brussels", "held",
       "with Australia, signed in Brussels in November 2025"),
     E("signing", "EU-Singapore Security and Defence Partnership", SG, "2026-06-01", None, None, "Singapore", "held",
       "with Singapore, signed in Singapore on 1 June 2026 on the occasion of the first EU-Singapore Strategic Dialogue"),
     E("dialogue", "EU-Singapore Strategic Dialogue", SG, "2026-06-01", None, 1, "Singapore", "held",
       "on the occasion of the first EU-Singapore Strategic Dialogue"),
     E("signing", "EU-Canada Security and Defence Partnership", CA, "2025-06-23", None, None, "Brussels", "held",
       "the EU signed a similar partnership with Canada at the EU-Canada summit in Brussels on 23 June 2025"),
     E("summit", "EU-Canada summit", CA, "2025-06-23", None, None, "Brussels", "held",
       "the EU-Canada summit in Brussels on 23 June 2025"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2025-03", None, 1, "Brussels", "held",
       "The EU and Japan held their first Security and Defence Dialogue in Brussels in March 2025"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2026-11-17", None, 2, "Tokyo", "held",
       "and the second in Tokyo on 17 November 2026"),
     E("dialogue", "EU-Republic of Korea Security and Defence Dialogue", KR, "2026-01-28", None, 1, "Brussels", "held",
       "The first EU-Republic of Korea Security and Defence Dialogue took place in Brussels on 28 January 2026"),
     E("dialogue", "EU-Republic of Korea Security and Defence Dialogue", KR, "2027", None, 2, "Seoul", "planned",
       "the second is planned in Seoul in 2027"),
     E("dialogue", "EU-Australia Security and Defence Dialogue", AU, "2026-04-15", None, 3, "Canberra", "held",
       "hosted the third EU-Australia Security and Defence Dialogue in Canberra on 15 April 2026"),
     E("dialogue", "EU-Philippines Security and Defence Dialogue", PH, "2026-11-19", None, 1, "Manila", "held",
       "the EU and the Philippines held their first Security and Defence Dialogue in Manila on 19 November 2026"),
     E("summit", "EU-India summit", IN, "2026-01", None, None, "New Delhi", "held",
       "Leaders agreed at their summit in New Delhi in January to explore a security and defence partnership"),
     )

# ---------------------------------------------------------------- EURACTIV (22-24)

# 22 EURACTIV tech news ("Monday (16 November)", "ALSO READ", newsletter teaser).
page("blind10-22", "2026-11-17",
     E("dialogue", "EU-China High-level Digital Dialogue", CN, "2026-12", None, 3, "Brussels", "planned",
       "The European Commission and China will hold the third round of their High-level Digital Dialogue in Brussels in early December"),
     E("dialogue", "EU-China High-level Digital Dialogue", CN, "2023-09-18", None, None, "Beijing", "held",
       "last met in Beijing on 18 September 2023"),
     E("dialogue", "EU-China Strategic Dialogue", CN, "2026-11-16", None, None, "Beijing", "held",
       "the EU-China Strategic Dialogue in Beijing on Monday (16 November)"),
     E("summit", "EU-China summit", CN, "2026-12", None, None, None, "planned",
       "in the run-up to the EU-China summit in December"),
     E("launch", "EU-China Cyber Task Force", CN, "2012", None, None, None, "held",
       "The EU-China Cyber Task Force, set up in 2012"),
     )

# 23 EURACTIV trade news (negotiations, TPC, "could" traps).
page("blind10-23", "2026-11-20",
     E("ministerial meeting", None, TH, "2026-12-03", None, None, "Brussels", "planned",
       "before Thai Prime Minister Anutin Charnvirakul meets Commission President Ursula von der Leyen in Brussels on 3 December"),
     E("signing", "EU-Thailand Partnership and Cooperation Agreement", TH, "2022-12", None, None, "Brussels", "held",
       "The two sides signed a Partnership and Cooperation Agreement in Brussels in December 2022"),
     )

# 24 EURACTIV Tech Brief newsletter (weekday dates, "next year", teaser for next week).
page("blind10-24", "2026-11-20",
     E("signing", "EU-Korea Digital Trade Agreement", KR, "2026-11-19", None, None, "Seoul", "held",
       "On Thursday (19 November), Commissioner Šefčovič signed the EU-Korea Digital Trade Agreement in Seoul"),
     E("dialogue", "EU-Korea Economic Security Dialogue", KR, "2026-11-18", None, 1, None, "held",
       "a day after co-chairing the first EU-Korea Economic Security Dialogue"),
     E("dialogue", "EU-Mexico Digital Dialogue", MX, "2026-11-17", None, 3, "Mexico City", "held",
       "Meanwhile, in Mexico City, Executive Vice-President Henna Virkkunen held the third EU-Mexico Digital Dialogue on Tuesday"),
     E("council", "EU-Japan Digital Partnership Council", JP, "2027", None, 5, "Brussels", "planned",
       "The fifth EU-Japan Digital Partnership Council, originally pencilled in for December, will now take place in Brussels in spring 2027"),
     E("council", "EU-Canada Digital Partnership Council", CA, "2027", None, 3, "Ottawa", "planned",
       "The EU and Canada will hold the third meeting of their Digital Partnership Council in Ottawa next year"),
     E("summit", "EU-Canada summit", CA, "2026-06-22", None, None, "Ottawa", "held",
       "the EU-Canada summit in Ottawa on 22 June"),
     E("launch", "EU-Canada AI Compute Alliance", CA, "2026-06-22", None, None, "Ottawa", "held",
       "the AI Compute Alliance was launched at the EU-Canada summit in Ottawa on 22 June"),
     E("council", "EU-India Trade and Technology Council", IN, "2027", None, 4, "New Delhi", "planned",
       "The next EU-India Trade and Technology Council ministerial is expected in New Delhi in early 2027, the fourth since the TTC was launched."),
     )

if __name__ == "__main__":
    emit()
