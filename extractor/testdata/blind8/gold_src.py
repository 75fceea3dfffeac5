#!/usr/bin/env python3
"""Source of blind8/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldsrc import E, emit, page  # noqa: E402


JP = ["EU", "JP"]
KR = ["EU", "KR"]
IN = ["EU", "IN"]
CN = ["EU", "CN"]
US = ["EU", "US"]
CA = ["EU", "CA"]
AU = ["EU", "AU"]
SG = ["EU", "SG"]
BR = ["EU", "BR"]
MX = ["EU", "MX"]

# 01 EEAS delegation press release: seventh EU-India Cyber Dialogue (dateline "New Delhi, 05.03.2026").
page("blind8-01", "2026-03-05",
     E("dialogue", "EU-India Cyber Dialogue", IN, "2026-03-03", "2026-03-04", 7, "New Delhi", "held",
       "The seventh EU-India Cyber Dialogue took place in New Delhi on 3 and 4 March 2026."),
     E("working group", "TTC Working Group on Strategic Technologies, Digital Governance and Digital Connectivity", IN, "2026-02", None, None, "Brussels", "held",
       "The TTC Working Group on Strategic Technologies, Digital Governance and Digital Connectivity met in Brussels in February"),
     E("dialogue", "EU-India Cyber Dialogue", IN, "2027", None, 8, "Brussels", "planned",
       "The EU and India agreed to hold the eighth round of the Cyber Dialogue in Brussels in 2027."),
     )

# 02 EEAS Statement by the Spokesperson (cyber attribution; task force/strategic dialogue as standing
# channels, "could usefully resume", FAC, HRD "will not take place", related list): no events.
page("blind8-02", "2026-07-16")

# 03 EEAS press release: third EU-Canada Strategic Dialogue, Ottawa, "today".
page("blind8-03", "2026-02-12",
     E("dialogue", "EU-Canada Strategic Dialogue", CA, "2026-02-12", None, 3, "Ottawa", "held",
       "met in Ottawa today for the third EU-Canada Strategic Dialogue"),
     E("summit", "EU-Canada Summit", CA, "2025-06-23", None, None, "Brussels", "held",
       "the EU-Canada Summit in Brussels on 23 June 2025"),
     E("signing", "EU-Canada Security and Defence Partnership", CA, "2025-06-23", None, None, "Brussels", "held",
       "the Security and Defence Partnership that leaders signed at the EU-Canada Summit in Brussels on 23 June 2025"),
     E("launch", "EU-Canada Digital Partnership", CA, "2023-11", None, None, "St. John's", "held",
       "the EU-Canada Digital Partnership, launched in St. John's in November 2023"),
     E("council", "EU-Canada Digital Partnership Council", CA, "2026-04", None, 2, "Brussels", "planned",
       "looked ahead to the second meeting of the EU-Canada Digital Partnership Council, which will take place in Brussels in April"),
     E("summit", "EU-Canada Summit", CA, "2026-06", None, None, None, "planned",
       "Ministers agreed that the next EU-Canada Summit will be hosted by Canada in June."),
     E("ministerial meeting", None, CA, "2026-02-12", None, None, "Ottawa", "held",
       "On the margins of the Strategic Dialogue, the High Representative met Canada's Minister of National Defence, David McGuinty."),
     )

# 04 EU Delegation to Australia press release: SDD + Cyber Dialogue ("Wednesday 15 April", "The following day").
page("blind8-04", "2026-04-17",
     E("dialogue", "EU-Australia Security and Defence Dialogue", AU, "2026-04-15", None, 3, "Canberra", "held",
       "The third EU-Australia Security and Defence Dialogue was held in Canberra on Wednesday 15 April."),
     E("signing", "EU-Australia Security and Defence Partnership", AU, "2025-11", None, None, "Brussels", "held",
       "the EU and Australia signed their Security and Defence Partnership in Brussels in November 2025"),
     E("dialogue", "EU-Australia Cyber Dialogue", AU, "2026-04-16", None, 4, "Canberra", "held",
       "The following day, also in Canberra, the two sides met for the fourth EU-Australia Cyber Dialogue."),
     E("dialogue", "EU-Australia Security and Defence Dialogue", AU, "2027", None, None, "Brussels", "planned",
       "The next Security and Defence Dialogue will take place in Brussels in 2027."),
     E("forum", "EU-Australia Leadership Forum", AU, "2026-05", None, 5, "Sydney", "planned",
       "the fifth edition of the EU-Australia Leadership Forum, which will bring together government, business and civil society representatives in Sydney in May"),
     )

# 05 EEAS HR/VP travel announcement (weekday-only dates; Shangri-La Dialogue multilateral).
page("blind8-05", "2026-05-28",
     E("dialogue", "EU-Singapore Strategic Dialogue", SG, "2026-06-01", None, 1, "Singapore", "planned",
       "On Monday, the High Representative will co-chair the first EU-Singapore Strategic Dialogue with Singapore's Minister for Foreign Affairs, Vivian Balakrishnan."),
     E("signing", "EU-Singapore Security and Defence Partnership", SG, "2026-06-01", None, None, "Singapore", "planned",
       "The two will sign the EU-Singapore Security and Defence Partnership"),
     E("ministerial meeting", None, ["EU", "ID"], "2026-06-02", None, None, "Jakarta", "planned",
       "On Tuesday 2 June, in Jakarta, the High Representative will meet Indonesia's Minister for Foreign Affairs, Sugiono"),
     E("ministerial meeting", None, ["EU", "ASEAN"], "2026-06-02", None, None, "Jakarta", "planned",
       "She will also visit the ASEAN Secretariat, where she will meet the Secretary-General of ASEAN, Kao Kim Hourn"),
     )

# 06 EU Delegation to China news: sixth HECD (Beijing), "On Wednesday" call on the Vice-Premier.
page("blind8-06", "2026-03-27",
     E("dialogue", "EU-China High-level Environment and Climate Dialogue", CN, "2026-03-26", None, 6, "Beijing", "held",
       "co-chaired the sixth EU-China High-level Environment and Climate Dialogue (HECD) in Beijing on 26 March"),
     E("summit", "EU-China Summit", CN, "2025-07", None, 25, "Beijing", "held",
       "the 25th EU-China Summit in Beijing in July 2025"),
     E("dialogue", "EU-China High-level Environment and Climate Dialogue", CN, "2025-07-02", None, 5, "Brussels", "held",
       "the fifth HECD, which took place in Brussels on 2 July 2025"),
     E("dialogue", "EU-China High-level Environment and Climate Dialogue", CN, "2027", None, 7, "Brussels", "planned",
       "The two sides agreed to convene the seventh HECD in Brussels in 2027"),
     E("ministerial meeting", None, CN, "2026-03-25", None, None, "Beijing", "held",
       "On Wednesday, the Executive Vice-President was received by Vice-Premier Ding Xuexiang"),
     )

# 07 EEAS joint press release: fourth EU-Korea Cyber Dialogue (Seoul).
page("blind8-07", "2026-09-18",
     E("dialogue", "EU-Korea Cyber Dialogue", KR, "2026-09-17", None, 4, "Seoul", "held",
       "The European Union and the Republic of Korea held the fourth round of their Cyber Dialogue in Seoul on 17 September."),
     E("summit", "EU-Korea Summit", KR, "2026-03", None, 11, "Brussels", "held",
       "the 11th EU-Korea Summit in Brussels in March"),
     E("council", "EU-Korea Digital Partnership Council", KR, "2026-07", None, 3, "Seoul", "held",
       "the third Digital Partnership Council, held in Seoul in July"),
     E("dialogue", "EU-Korea Cyber Dialogue", KR, "2027", None, 5, "Brussels", "planned",
       "The fifth Cyber Dialogue will take place in Brussels next year."),
     )

# 08 EU Delegation to Mexico: 11th High-Level Dialogue on Human Rights (bilingual clutter).
page("blind8-08", "2025-11-14",
     E("dialogue", "EU-Mexico High-Level Dialogue on Human Rights", MX, "2025-11-13", None, 11, "Mexico City", "held",
       "The European Union and Mexico held their 11th High-Level Dialogue on Human Rights in Mexico City on 13 November 2025."),
     E("summit", "EU-Mexico Summit", MX, "2026", None, None, None, "planned",
       "the next EU-Mexico Summit, which is expected to take place in the first half of 2026"),
     E("dialogue", "EU-Mexico High-Level Dialogue on Human Rights", MX, "2026", None, None, "Brussels", "planned",
       "The two sides agreed to hold the next round of the dialogue in Brussels in the second half of 2026."),
     E("launch", "EU-Mexico High-Level Dialogue on Human Rights", MX, "2009", None, None, None, "held",
       "The High-Level Dialogue on Human Rights was established in 2009"),
     )

# 09 Commission press release: second EU-Canada Digital Partnership Council ("Today in Brussels").
page("blind8-09", "2026-04-21",
     E("council", "EU-Canada Digital Partnership Council", CA, "2026-04-21", None, 2, "Brussels", "held",
       "Today in Brussels, Executive Vice-President for Tech Sovereignty, Security and Democracy Henna Virkkunen and Canada's Minister of Artificial Intelligence and Digital Innovation, Evan Solomon, met for the second EU-Canada Digital Partnership Council."),
     E("council", "EU-Canada Digital Partnership Council", CA, "2025-11", None, 1, None, "held",
       "the first Council, which was held by videoconference in November 2025"),
     E("signing", "EU-Canada Administrative Arrangement on cooperation on the safety of advanced artificial intelligence", CA, "2026-04-21", None, None, "Brussels", "held",
       "The EU and Canada signed an Administrative Arrangement on cooperation on the safety of advanced artificial intelligence"),
     E("launch", "EU-Canada Dialogue on Online Platforms", CA, "2026-04-21", None, None, "Brussels", "held",
       "The two partners also launched an EU-Canada Dialogue on Online Platforms"),
     E("dialogue", "EU-Canada Dialogue on Online Platforms", CA, "2026", None, 1, None, "planned",
       "Its first meeting is expected in the autumn."),
     E("summit", "EU-Canada Summit", CA, "2026-06", None, None, None, "planned",
       "The results of the Council will feed into the EU-Canada Summit in June."),
     E("council", "EU-Canada Digital Partnership Council", CA, "2027", None, 3, None, "planned",
       "The third Digital Partnership Council will take place in Canada in 2027."),
     )

# 10 Commission Daily News (state aid, Australia FTA signing trip, Brazil DPC tomorrow, Malaysia "could", Eurostat).
page("blind8-10", "2026-05-13",
     E("ministerial meeting", None, AU, "2026-05-14", None, None, "Canberra", "planned",
       "On Thursday, he will meet Australia's Minister for Trade and Tourism, Don Farrell, in Canberra"),
     E("signing", "EU-Australia Free Trade Agreement", AU, "2026-05-15", None, None, "Canberra", "planned",
       "On Friday, the two will sign the EU-Australia Free Trade Agreement in the presence of Prime Minister Anthony Albanese."),
     E("council", "EU-Brazil Digital Partnership Council", BR, "2026-05-14", None, 1, "Brussels", "planned",
       "Tomorrow, Executive Vice-President Henna Virkkunen will host Brazil's Minister of Science, Technology and Innovation, Luciana Santos, in Brussels for the first EU-Brazil Digital Partnership Council."),
     )

# 11 DG TRADE news: 11th EU-China HED (Brussels, 22 January).
page("blind8-11", "2026-01-23",
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2026-01-22", None, 11, "Brussels", "held",
       "co-chaired the 11th EU-China High-level Economic and Trade Dialogue (HED) in Brussels on 22 January"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2023-07", None, 10, "Beijing", "held",
       "the 10th HED, held in Beijing in July 2023"),
     E("dialogue", "EU-China Export Control Dialogue", CN, "2025-12", None, 1, "Brussels", "held",
       "the upgraded Export Control Dialogue, which met for the first time in Brussels in December"),
     E("launch", "EU-China dialogue on supply chains of critical raw materials", CN, "2026-01-22", None, None, "Brussels", "held",
       "The EU and China agreed to launch a dialogue on supply chains of critical raw materials"),
     E("summit", "EU-China Summit", CN, "2026", None, None, "Brussels", "planned",
       "the EU-China Summit, which the EU will host in Brussels later this year"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2027", None, 12, None, "planned",
       "The two sides agreed that the 12th HED will take place in China in 2027."),
     )

# 12 DG CONNECT news (no PUBLISHED; "Last update" clutter): first EU-Brazil Digital Partnership Council.
page("blind8-12", None,
     E("council", "EU-Brazil Digital Partnership Council", BR, "2026-05-14", None, 1, "Brussels", "held",
       "co-chaired the first EU-Brazil Digital Partnership Council in Brussels on 14 May 2026"),
     E("launch", "EU-Brazil Digital Partnership", BR, "2025-09", None, None, "Brasília", "held",
       "launched in Brasília in September 2025"),
     E("signing", "EU-Brazil Administrative Arrangement on cooperation in semiconductors research", BR, "2026-05-14", None, None, "Brussels", "held",
       "At the Council, the two sides signed an Administrative Arrangement on cooperation in semiconductors research"),
     E("council", "EU-Brazil Digital Partnership Council", BR, "2027", None, 2, None, "planned",
       "The second Digital Partnership Council will be held in Brazil in 2027."),
     )

# 13 Commission press release: third EU-Singapore DPC ("yesterday"), DTA signing, quantum partnership launch.
page("blind8-13", "2026-10-30",
     E("council", "EU-Singapore Digital Partnership Council", SG, "2026-10-29", None, 3, "Singapore", "held",
       "The European Union and Singapore held their third Digital Partnership Council in Singapore yesterday."),
     E("signing", "EU-Singapore Digital Trade Agreement", SG, "2025-05-07", None, None, "Singapore", "held",
       "the EU-Singapore Digital Trade Agreement, which was signed in Singapore on 7 May 2025"),
     E("launch", "EU-Singapore Quantum Research Partnership", SG, "2026-10-29", None, None, "Singapore", "held",
       "Both sides launched the EU-Singapore Quantum Research Partnership"),
     E("council", "EU-Singapore Digital Partnership Council", SG, "2027", None, 4, "Brussels", "planned",
       "The EU and Singapore agreed that the fourth Digital Partnership Council will take place in Brussels in 2027."),
     E("launch", "EU-Singapore Digital Partnership", SG, "2023-02-01", None, None, None, "held",
       "The EU-Singapore Digital Partnership was launched on 1 February 2023."),
     )

# 14 Think-tank blog with footnotes and author bios (connectivity partnerships Japan/India).
page("blind8-14", "2025-12-03",
     E("signing", "EU-Japan Partnership on Sustainable Connectivity and Quality Infrastructure", JP, "2019-09-27", None, None, "Brussels", "held",
       "The EU-Japan Partnership on Sustainable Connectivity and Quality Infrastructure was signed in Brussels on 27 September 2019"),
     E("launch", "EU-India Connectivity Partnership", IN, "2021-05-08", None, None, "Porto", "held",
       "It was launched at the EU-India Leaders' Meeting in Porto on 8 May 2021"),
     E("summit", "EU-India Leaders' Meeting", IN, "2021-05-08", None, None, "Porto", "held",
       "the EU-India Leaders' Meeting in Porto on 8 May 2021"),
     E("summit", "EU-Japan Summit", JP, "2025-07-23", None, 30, "Tokyo", "held",
       "The 30th EU-Japan Summit, held in Tokyo on 23 July 2025"),
     E("launch", "Japan-EU Competitiveness Alliance", JP, "2025-07-23", None, None, "Tokyo", "held",
       "the Japan-EU Competitiveness Alliance, launched at the same summit"),
     E("summit", "Japan-EU summit", JP, "2026", None, None, "Brussels", "planned",
       "The next Japan-EU summit, due in Brussels in 2026"),
     )

# 15 Long think-tank analysis (EU-China cyber/digital dialogues; notes, bio, "could", "never materialised").
page("blind8-15", "2026-02-10",
     E("launch", "EU-China Cyber Task Force", CN, "2012", None, None, None, "held",
       "The EU-China Cyber Task Force, co-chaired by the EEAS and the Chinese Ministry of Foreign Affairs, was set up in 2012"),
     E("task force", "EU-China Cyber Task Force", CN, "2019-06", None, 8, "Beijing", "held",
       "It met eight times, the last time in Beijing in June 2019"),
     E("dialogue", "EU-China High-level Digital Dialogue", CN, "2023-09-18", None, 2, "Beijing", "held",
       "Its second meeting, held in Beijing on 18 September 2023"),
     E("dialogue", "Sino-European Cyber Dialogue", CN, "2025-11", None, 11, "The Hague", "held",
       "held its eleventh round in The Hague in November 2025"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2026-01", None, 11, "Brussels", "held",
       "At the 11th High-level Economic and Trade Dialogue, held in Brussels in January"),
     E("dialogue", "EU-China Export Control Dialogue", CN, "2025-12", None, 1, "Brussels", "held",
       "The upgraded format met for the first time in Brussels in December 2025"),
     E("summit", "EU-China Summit", CN, "2025-07-24", None, 25, "Beijing", "held",
       "The 25th EU-China Summit, held in Beijing on 24 July 2025"),
     E("summit", "EU-China Summit", CN, "2026", None, None, "Brussels", "planned",
       "The next summit is due in Brussels in 2026"),
     )

# 16 Think-tank event page (no PUBLISHED): track-1.5 dialogue, programme, past-events list.
page("blind8-16", None,
     E("dialogue", "EU-India Track 1.5 Dialogue on Technology and Security", IN, "2026-07-09", "2026-07-10", 4, "New Delhi", "planned",
       "The fourth edition of the EU-India Track 1.5 Dialogue on Technology and Security will take place in New Delhi on 9 and 10 July 2026."),
     E("dialogue", "EU-India Track 1.5 Dialogue on Technology and Security", IN, "2025-06", None, 3, "Brussels", "held",
       "The third edition took place in Brussels in June 2025"),
     E("council", "India-EU Trade and Technology Council", IN, "2027", None, None, None, "planned",
       "the next TTC ministerial meeting, which is expected in India in 2027"),
     )

# 17 Think-tank commentary on the EU-US TTC (standing dialogues, "could", G7/OECD, postponed summit,
# member-state visits, related list): no events.
page("blind8-17", "2026-03-19")

# 18 Think-tank policy brief (Japan/Korea security partnerships; superscript notes, bios, "could").
page("blind8-18", "2025-12-15",
     E("signing", "EU-Japan Security and Defence Partnership", JP, "2024-11-01", None, None, "Tokyo", "held",
       "with Japan, in Tokyo on 1 November"),
     E("signing", "EU-Republic of Korea Security and Defence Partnership", KR, "2024-11-04", None, None, "Seoul", "held",
       "with the Republic of Korea, in Seoul on 4 November"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2025-03", None, 1, "Brussels", "held",
       "a Security and Defence Dialogue whose first meeting was held in Brussels in March 2025"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", JP, "2026", None, 2, "Tokyo", "planned",
       "The second is planned in Tokyo in the first half of 2026."),
     E("dialogue", "Korea-EU Strategic Dialogue", KR, "2025-11-04", None, 2, "Seoul", "held",
       "At the second Korea-EU Strategic Dialogue, held in Seoul on 4 November 2025"),
     E("launch", "EU-Korea Economic Security Dialogue", KR, "2025-11-04", None, None, "Seoul", "held",
       "both sides agreed to launch an Economic Security Dialogue"),
     E("dialogue", "EU-Korea Security and Defence Dialogue", KR, "2026-01", None, 1, "Brussels", "planned",
       "the first EU-Korea Security and Defence Dialogue is due to take place in Brussels in January 2026"),
     )

# 19 EURACTIV preview ("Tuesday (12 May)", "expected to sign", "last June", ALSO READ, member-state visit).
page("blind8-19", "2026-05-08",
     E("council", "EU-Japan Digital Partnership Council", JP, "2026-05-12", None, 4, "Tokyo", "planned",
       "EU tech chief Henna Virkkunen will travel to Tokyo next week for the fourth EU-Japan Digital Partnership Council, scheduled for Tuesday (12 May)"),
     E("signing", "EU-Japan memorandum of cooperation on quantum technologies", JP, "2026-05-12", None, None, "Tokyo", "planned",
       "the two sides are expected to sign a memorandum of cooperation on quantum technologies"),
     E("summit", "EU-Japan summit", JP, "2026-06-09", None, None, "Brussels", "planned",
       "EU and Japanese leaders meet at a summit in Brussels on 9 June"),
     E("council", "EU-Japan Digital Partnership Council", JP, "2025-06", None, 3, "Brussels", "held",
       "The third council, held in Brussels last June"),
     )

# 20 POLITICO Morning Tech newsletter (American date line, "on Monday", phone call, "could", sponsor clutter).
page("blind8-20", "2026-06-23",
     E("summit", "EU-Canada summit", CA, "2026-06-22", None, None, "Ottawa", "held",
       "EU and Canadian leaders wrapped up their summit in Ottawa on Monday"),
     E("launch", "EU-Canada AI Compute Alliance", CA, "2026-06-22", None, None, "Ottawa", "held",
       "announced an EU-Canada AI Compute Alliance"),
     E("signing", "administrative arrangement on Canada's participation in the European Defence Industry Programme", CA, "2026-06-22", None, None, "Ottawa", "held",
       "it was signed on the spot"),
     E("council", "India-EU Trade and Technology Council", IN, "2027", None, 4, "New Delhi", "planned",
       "The next India-EU Trade and Technology Council is now pencilled in for New Delhi in early 2027"),
     )

# 21 SCMP (no date for summit, "could", cancelled EV talks round, member-state visits, EP postponed): no events.
page("blind8-21", "2026-08-05")

# 22 Nikkei Asia dateline report ("agreed on Tuesday", task force set up, "June 9").
page("blind8-22", "2026-05-13",
     E("council", "Japan-EU Digital Partnership Council", JP, "2026-05-12", None, 4, "Tokyo", "held",
       "The agreement came at the fourth Japan-EU Digital Partnership Council in Tokyo"),
     E("launch", "Japan-EU joint task force on semiconductor supply chains", JP, "2026-05-12", None, None, "Tokyo", "held",
       "Japan and the European Union agreed on Tuesday to set up a joint task force to monitor semiconductor supply chains"),
     E("task force", "Japan-EU joint task force on semiconductor supply chains", JP, "2026-09", None, 1, "Brussels", "planned",
       "will hold its first meeting in Brussels in September"),
     E("signing", "Japan-EU memorandum of cooperation on quantum technologies", JP, "2026-05-12", None, None, "Tokyo", "held",
       "The two sides also signed a memorandum of cooperation on quantum technologies"),
     E("summit", "Japan-EU summit", JP, "2026-06-09", None, None, "Brussels", "planned",
       "Prime Minister Sanae Takaichi is expected to visit Brussels on June 9 for the annual Japan-EU summit"),
     )

# 23 EU Delegation to Brazil fact page (no PUBLISHED; "Key dates" list, Roman numerals, standing dialogues).
page("blind8-23", None,
     E("launch", "EU-Brazil Strategic Partnership", BR, "2007-07-04", None, None, "Lisbon", "held",
       "2007 – The EU-Brazil Strategic Partnership is launched at the first EU-Brazil Summit, held in Lisbon on 4 July."),
     E("summit", "EU-Brazil Summit", BR, "2007-07-04", None, 1, "Lisbon", "held",
       "the first EU-Brazil Summit, held in Lisbon on 4 July"),
     E("summit", "EU-Brazil Summit", BR, "2014-02-24", None, 7, "Brussels", "held",
       "2014 – VII EU-Brazil Summit, Brussels, 24 February."),
     E("launch", "EU-Brazil Digital Partnership", BR, "2025-09-15", None, None, "Brasília", "held",
       "15 September: the EU-Brazil Digital Partnership is launched in Brasília."),
     E("ministerial meeting", None, BR, "2025-11-06", None, None, "Belém", "held",
       "6 November: President von der Leyen meets President Lula da Silva in Belém on the eve of COP30."),
     E("summit", "EU-Brazil Summit", BR, "2026", None, 8, None, "planned",
       "the leaders agreed in November 2025 to hold the eighth EU-Brazil Summit in Brazil in 2026"),
     E("dialogue", "EU-Brazil High-Level Political Dialogue", BR, "2025-03", None, None, "Brasília", "held",
       "The High-Level Political Dialogue between the EU's High Representative and Brazil's Minister of Foreign Relations last met in Brasília in March 2025."),
     E("dialogue", "EU-Brazil Human Rights Dialogue", BR, "2025-10-10", None, 14, "Brasília", "held",
       "Its most recent session, the 14th, was held in Brasília on 10 October 2025"),
     )

# 24 Council press release "main results" of the 21st EU-Canada summit (Ottawa, "Today").
page("blind8-24", "2026-06-22",
     E("summit", "EU-Canada summit", CA, "2026-06-22", None, 21, "Ottawa", "held",
       "Today, the 21st EU-Canada summit took place in Ottawa."),
     E("signing", "administrative arrangement on Canada's participation in the European Defence Industry Programme", CA, "2026-06-22", None, None, "Ottawa", "held",
       "Leaders signed an administrative arrangement on Canada's participation in the European Defence Industry Programme"),
     E("dialogue", "EU-Canada Security and Defence Dialogue", CA, "2026", None, 1, "Brussels", "planned",
       "They agreed to hold the first EU-Canada Security and Defence Dialogue at the level of senior officials in Brussels in the autumn."),
     E("launch", "EU-Canada Clean Energy and Critical Minerals Partnership", CA, "2026-06-22", None, None, "Ottawa", "held",
       "They launched an EU-Canada Clean Energy and Critical Minerals Partnership"),
     E("council", "EU-Canada Digital Partnership Council", CA, "2026-04", None, 2, "Brussels", "held",
       "the second Digital Partnership Council, held in Brussels in April"),
     E("launch", "EU-Canada AI Compute Alliance", CA, "2026-06-22", None, None, "Ottawa", "held",
       "announced an EU-Canada AI Compute Alliance giving researchers access to supercomputers"),
     E("summit", "EU-Canada summit", CA, "2027", None, None, "Brussels", "planned",
       "Leaders agreed that the next EU-Canada summit will take place in Brussels in 2027."),
     )

if __name__ == "__main__":
    emit()
