#!/usr/bin/env python3
"""Source of blind9/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
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
BR = ["EU", "BR"]
MX = ["EU", "MX"]
SG = ["EU", "SG"]
KZ = ["EU", "KZ"]
AUN = ["EU", "African Union"]
ASEAN = ["EU", "ASEAN"]
GCC = ["EU", "GCC"]
C5 = ["EU", "KZ", "KG", "TJ", "TM", "UZ"]

# ---------------------------------------------------------------- EEAS (01-05)

# 01 EEAS delegation press release: ninth EU-US Cyber Dialogue ("Washington, D.C." → Washington).
page("blind9-01", "2023-12-08",
     E("dialogue", "EU-US Cyber Dialogue", US, "2023-12-06", None, 9, "Washington", "held",
       "The European Union and the United States held the ninth EU-US Cyber Dialogue in Washington, D.C. on 6 December 2023."),
     E("summit", "EU-US Summit", US, "2023-10-20", None, None, "Washington", "held",
       "the EU-US Summit in Washington on 20 October"),
     E("council", "EU-US Trade and Technology Council", US, "2023-05-31", None, 4, "Luleå", "held",
       "its fourth ministerial meeting in Luleå, Sweden, on 31 May"),
     E("dialogue", "EU-US Cyber Dialogue", US, "2024", None, 10, "Brussels", "planned",
       "The tenth EU-US Cyber Dialogue will take place in Brussels in 2024."),
     )

# 02 EEAS delegation press release: 15th EU-Kazakhstan Human Rights Dialogue ("dd.mm.yyyy" dateline).
page("blind9-02", "2024-11-15",
     E("dialogue", "EU-Kazakhstan Human Rights Dialogue", KZ, "2024-11-14", None, 15, "Astana", "held",
       "The 15th round of the EU-Kazakhstan Human Rights Dialogue took place in Astana on 14 November 2024."),
     E("council", "EU-Kazakhstan Cooperation Council", KZ, "2024-03-18", None, 21, "Brussels", "held",
       "the 21st meeting of the EU-Kazakhstan Cooperation Council, held in Brussels on 18 March 2024"),
     E("summit", "EU-Central Asia Summit", C5, "2025", None, 1, "Samarkand", "planned",
       "the first EU-Central Asia Summit, which Uzbekistan will host in Samarkand in spring 2025"),
     E("dialogue", "EU-Kazakhstan Human Rights Dialogue", KZ, "2025", None, None, "Brussels", "planned",
       "The next round of the Human Rights Dialogue will take place in Brussels in 2025."),
     )

# 03 EEAS background page (no PUBLISHED, seed-000 texture): EU-ASEAN Strategic Partnership and Cyber Dialogue.
page("blind9-03", None,
     E("ministerial meeting", "EU-ASEAN Ministerial Meeting", ASEAN, "2020-12-01", None, 23, None, "held",
       "On 1 December 2020, at the 23rd EU-ASEAN Ministerial Meeting, held by videoconference"),
     E("launch", "EU-ASEAN Strategic Partnership", ASEAN, "2020-12-01", None, None, None, "held",
       "the European Union and the Association of Southeast Asian Nations upgraded their relations to a Strategic Partnership"),
     E("dialogue", "EU-ASEAN Cyber Dialogue", ASEAN, "2021-06-23", None, 1, None, "held",
       "the inaugural EU-ASEAN Cyber Dialogue took place by videoconference on 23 June 2021"),
     E("dialogue", "EU-ASEAN Cyber Dialogue", ASEAN, "2022", None, 2, "Jakarta", "planned",
       "A second session is foreseen in Jakarta in the first half of 2022"),
     )

# 04 EEAS joint communiqué: 3rd AU-EU Ministerial Meeting (Brussels), Luanda summit ahead.
page("blind9-04", "2025-05-21",
     E("ministerial meeting", "African Union-European Union Ministerial Meeting", AUN, "2025-05-21", None, 3, "Brussels", "held",
       "The 3rd African Union-European Union Ministerial Meeting took place in Brussels on 21 May 2025."),
     E("summit", "European Union-African Union Summit", AUN, "2022-02-17", "2022-02-18", 6, "Brussels", "held",
       "the sixth European Union-African Union Summit, held in Brussels on 17 and 18 February 2022"),
     E("summit", "AU-EU Summit", AUN, "2025-11-24", "2025-11-25", 7, "Luanda", "planned",
       "the 7th AU-EU Summit, to be held in Luanda, Angola, on 24 and 25 November 2025"),
     E("ministerial meeting", None, AUN, "2025-05-21", None, None, "Brussels", "held",
       "On the margins of the Ministerial Meeting, the High Representative met the Chairperson of the African Union Commission, Mahmoud Ali Youssouf"),
     )

# 05 EEAS press release: first EU-Korea Security and Defence Dialogue (Brussels, 28 January 2026).
page("blind9-05", "2026-01-29",
     E("dialogue", "EU-Republic of Korea Security and Defence Dialogue", KR, "2026-01-28", None, 1, "Brussels", "held",
       "The first EU-Republic of Korea Security and Defence Dialogue took place in Brussels on 28 January 2026."),
     E("signing", "EU-Republic of Korea Security and Defence Partnership", KR, "2024-11-04", None, None, "Seoul", "held",
       "the EU-Republic of Korea Security and Defence Partnership, signed in Seoul on 4 November 2024"),
     E("dialogue", "EU-Korea Strategic Dialogue", KR, "2025-11-04", None, 2, "Seoul", "held",
       "the second EU-Korea Strategic Dialogue, held in Seoul on 4 November 2025"),
     E("summit", "EU-Korea Summit", KR, "2026-03", None, None, "Brussels", "planned",
       "the next EU-Korea Summit, scheduled for March in Brussels"),
     E("dialogue", "EU-Republic of Korea Security and Defence Dialogue", KR, "2027", None, 2, "Seoul", "planned",
       "The second Security and Defence Dialogue will be held in Seoul in 2027."),
     )

# ---------------------------------------------------------------- EU-affairs blogs (06-10)

# 06 EU Logos-style blog (no PUBLISHED; footnotes, French bio): EU-Japan Green Alliance.
page("blind9-06", None,
     E("signing", "EU-Japan Economic Partnership Agreement and Strategic Partnership Agreement", JP, "2018-07-17", None, None, "Tokyo", "held",
       "which the two partners signed at the 25th EU-Japan Summit in Tokyo on 17 July 2018"),
     E("summit", "EU-Japan Summit", JP, "2018-07-17", None, 25, "Tokyo", "held",
       "the 25th EU-Japan Summit in Tokyo on 17 July 2018"),
     E("summit", "EU-Japan Summit", JP, "2021-05-27", None, 27, None, "held",
       "the 27th EU-Japan Summit, held by videoconference on 27 May 2021"),
     E("launch", "EU-Japan Green Alliance", JP, "2021-05-27", None, None, None, "held",
       "The Green Alliance was launched at the 27th EU-Japan Summit, held by videoconference on 27 May 2021"),
     E("summit", "EU-Japan Summit", JP, "2022-05-12", None, 28, "Tokyo", "held",
       "The 28th EU-Japan Summit, which took place in Tokyo on 12 May 2022"),
     E("launch", "EU-Japan Digital Partnership", JP, "2022-05-12", None, None, "Tokyo", "held",
       "They agreed to step up cooperation on hydrogen and on offshore wind, and to launch a Digital Partnership."),
     E("summit", "EU-Japan Summit", JP, "2023-07-13", None, 29, "Brussels", "held",
       "at the 29th EU-Japan Summit in Brussels on 13 July 2023"),
     )

# 07 Observatory blog (footnotes, English bio): EU digital diplomacy with Brazil and Mexico.
page("blind9-07", "2025-10-02",
     E("dialogue", "EU-Brazil Cyber Dialogue", BR, "2024-11", None, 4, "Brasília", "held",
       "The fourth EU-Brazil Cyber Dialogue, held in Brasília in November 2024"),
     E("launch", "EU-Brazil Digital Partnership", BR, "2025-09-15", None, None, "Brasília", "held",
       "The decisive step came on 15 September, when Executive Vice-President Henna Virkkunen and Brazil's Minister of Science, Technology and Innovation launched the EU-Brazil Digital Partnership in Brasília."),
     E("dialogue", "EU-Mexico Digital Dialogue", MX, "2023-10", None, 1, "Mexico City", "held",
       "The first EU-Mexico Digital Dialogue took place in Mexico City in October 2023"),
     E("summit", "EU-Mexico summit", MX, "2015-06", None, 7, "Brussels", "held",
       "the seventh EU-Mexico summit, took place in Brussels in June 2015"),
     )

# 08 Euro-Asia blog (superscript notes, bio): EU-India climate and technology.
page("blind9-08", "2024-03-11",
     E("summit", "EU-India Summit", IN, "2016-03-30", None, 13, "Brussels", "held",
       "at the 13th EU-India Summit in Brussels on 30 March 2016"),
     E("launch", "EU-India Clean Energy and Climate Partnership", IN, "2016-03-30", None, None, "Brussels", "held",
       "the two sides agreed, at the 13th EU-India Summit in Brussels on 30 March 2016, to establish an EU-India Clean Energy and Climate Partnership"),
     E("summit", "EU-India Leaders' Meeting", IN, "2021-05-08", None, None, "Porto", "held",
       "on 8 May 2021, the EU-India Leaders' Meeting in Porto"),
     E("launch", "EU-India Trade and Technology Council", IN, "2022-04-25", None, None, "New Delhi", "held",
       "On 25 April 2022, during a visit of Commission President Ursula von der Leyen to New Delhi, the two sides agreed to set up a Trade and Technology Council"),
     E("council", "EU-India Trade and Technology Council", IN, "2023-05-16", None, 1, "Brussels", "held",
       "Its first ministerial meeting took place in Brussels on 16 May 2023."),
     )

# 09 Caspian Policy Review analysis (references, bios, cookie line): EU-Central Asia after Samarkand.
page("blind9-09", "2025-04-22",
     E("summit", "EU-Central Asia Summit", C5, "2025-04-03", "2025-04-04", 1, "Samarkand", "held",
       "The first EU-Central Asia Summit, held in Samarkand on 3 and 4 April 2025"),
     E("launch", "EU-Central Asia Strategic Partnership", C5, "2025-04-04", None, None, "Samarkand", "held",
       "On 4 April, the leaders agreed to elevate relations to a Strategic Partnership"),
     E("ministerial meeting", "EU-Central Asia Ministerial Meeting", C5, "2023-10-23", None, 19, "Luxembourg", "held",
       "its 19th edition, in Luxembourg on 23 October 2023"),
     E("forum", "Global Gateway Investors Forum for EU-Central Asia Transport Connectivity", C5, "2024-01-29", "2024-01-30", None, "Brussels", "held",
       "At the Global Gateway Investors Forum for EU-Central Asia Transport Connectivity, held in Brussels on 29 and 30 January 2024"),
     E("signing", "EU-Kazakhstan Memorandum of Understanding on sustainable raw materials, batteries and renewable hydrogen", KZ, "2022-11-07", None, None, "Sharm el-Sheikh", "held",
       "Kazakhstan signed a Memorandum of Understanding on a strategic partnership on sustainable raw materials, batteries and renewable hydrogen with the EU on 7 November 2022 in Sharm el-Sheikh"),
     E("summit", "EU-Central Asia Summit", C5, "2027", None, 2, None, "planned",
       "A second summit is pencilled in for 2027, without a venue yet."),
     )

# 10 Le Taurillon-style blog (French bio and notes): thirty years of the EU-China Human Rights Dialogue.
page("blind9-10", "2024-07-03",
     E("dialogue", "EU-China Human Rights Dialogue", CN, "2024-06-16", None, 39, "Chongqing", "held",
       "The 39th EU-China Human Rights Dialogue took place in Chongqing on 16 June 2024"),
     E("launch", "EU-China Human Rights Dialogue", CN, "1995", None, None, None, "held",
       "The dialogue was established in 1995"),
     E("dialogue", "EU-China Human Rights Dialogue", CN, "2019-04-01", "2019-04-02", 37, "Brussels", "held",
       "The 37th round, held in Brussels on 1 and 2 April 2019"),
     E("dialogue", "EU-China Human Rights Dialogue", CN, "2023-02", None, 38, "Brussels", "held",
       "The 38th round finally took place in Brussels in February 2023"),
     E("dialogue", "EU-China Human Rights Dialogue", CN, "2025", None, 40, "Brussels", "planned",
       "The 40th round is due to take place in Brussels next year."),
     )

# ---------------------------------------------------------------- Commission DG CONNECT partnership pages (11-15)

# 11 DG CONNECT "Americas" page (no PUBLISHED): US, Canada, Brazil, Mexico, Chile.
page("blind9-11", None,
     E("launch", "EU-US Trade and Technology Council", US, "2021-06-15", None, None, "Brussels", "held",
       "The EU-US Trade and Technology Council (TTC) was launched at the EU-US Summit in Brussels on 15 June 2021."),
     E("summit", "EU-US Summit", US, "2021-06-15", None, None, "Brussels", "held",
       "the EU-US Summit in Brussels on 15 June 2021"),
     E("council", "EU-US Trade and Technology Council", US, "2021-09-29", None, 1, "Pittsburgh", "held",
       "The TTC held its first ministerial meeting in Pittsburgh on 29 September 2021."),
     E("council", "EU-US Trade and Technology Council", US, "2024-04-04", "2024-04-05", 6, "Leuven", "held",
       "The sixth ministerial meeting of the TTC took place in Leuven, Belgium on 4 and 5 April 2024."),
     E("launch", "EU-Canada Digital Partnership", CA, "2023-11-24", None, None, "St. John's", "held",
       "The EU-Canada Digital Partnership was launched at the 19th EU-Canada Summit in St. John's on 24 November 2023."),
     E("summit", "EU-Canada Summit", CA, "2023-11-24", None, 19, "St. John's", "held",
       "the 19th EU-Canada Summit in St. John's on 24 November 2023"),
     E("council", "EU-Canada Digital Partnership Council", CA, "2025-11", None, 1, None, "held",
       "The first Digital Partnership Council took place by videoconference in November 2025."),
     E("launch", "EU-Brazil Digital Partnership", BR, "2025-09-15", None, None, "Brasília", "held",
       "On 15 September 2025, the EU and Brazil launched a Digital Partnership in Brasília"),
     E("council", "EU-Brazil Digital Partnership Council", BR, "2026", None, 1, "Brussels", "planned",
       "The first Digital Partnership Council is expected to take place in Brussels in the first half of 2026."),
     E("dialogue", "EU-Mexico Digital Dialogue", MX, "2025-06", None, 2, "Brussels", "held",
       "The second EU-Mexico Digital Dialogue was held in Brussels in June 2025"),
     )

# 12 DG CONNECT "South-East Asia and Pacific" page (no PUBLISHED): Singapore, ASEAN, Australia/NZ.
page("blind9-12", None,
     E("launch", "EU-Singapore Digital Partnership", SG, "2023-02-01", None, None, "Singapore", "held",
       "The EU-Singapore Digital Partnership was launched on 1 February 2023 in Singapore"),
     E("council", "EU-Singapore Digital Partnership Council", SG, "2023-07-21", None, 1, "Singapore", "held",
       "The first EU-Singapore Digital Partnership Council met in Singapore on 21 July 2023"),
     E("signing", "EU-Singapore Digital Trade Agreement", SG, "2025-05-07", None, None, "Singapore", "held",
       "the EU and Singapore signed a Digital Trade Agreement on 7 May 2025 in Singapore"),
     E("dialogue", "ASEAN-EU Digital Dialogue", ASEAN, "2023-03-09", None, 3, None, "held",
       "The third ASEAN-EU Digital Dialogue was held by videoconference on 9 March 2023"),
     E("signing", "EU-New Zealand Free Trade Agreement", ["EU", "NZ"], "2023-07-09", None, None, "Brussels", "held",
       "The EU-New Zealand Free Trade Agreement, signed in Brussels on 9 July 2023"),
     )

# 13 DG CONNECT "Japan and Korea" page: Digital Partnerships and Councils.
page("blind9-13", "2025-07-01",
     E("launch", "EU-Japan Digital Partnership", JP, "2022-05-12", None, None, "Tokyo", "held",
       "The EU-Japan Digital Partnership was launched in Tokyo on 12 May 2022."),
     E("council", "EU-Japan Digital Partnership Council", JP, "2023-07-03", None, 1, "Tokyo", "held",
       "The first Digital Partnership Council took place in Tokyo on 3 July 2023."),
     E("signing", "EU-Japan Memorandum of Cooperation on semiconductors", JP, "2023-07-03", None, None, "Tokyo", "held",
       "On that occasion, the two sides signed a Memorandum of Cooperation on semiconductors"),
     E("council", "EU-Japan Digital Partnership Council", JP, "2024-04-30", None, 2, None, "held",
       "The second Digital Partnership Council followed on 30 April 2024."),
     E("council", "EU-Japan Digital Partnership Council", JP, "2025-06-24", None, 3, "Brussels", "held",
       "On 24 June 2025, Executive Vice-President Henna Virkkunen and the Japanese ministers held the third Digital Partnership Council in Brussels."),
     E("summit", "EU-Japan Summit", JP, "2025-07", None, 30, "Tokyo", "planned",
       "the 30th EU-Japan Summit, which will take place in Tokyo in July"),
     E("signing", "EU-Republic of Korea Digital Partnership", KR, "2022-11-28", None, None, "Seoul", "held",
       "The EU-Republic of Korea Digital Partnership was signed in Seoul on 28 November 2022"),
     E("council", "EU-Korea Digital Partnership Council", KR, "2023-06", None, 1, "Seoul", "held",
       "In June 2023, the first Digital Partnership Council was held in Seoul."),
     E("council", "EU-Korea Digital Partnership Council", KR, "2024-11-13", None, 2, "Brussels", "held",
       "The second Digital Partnership Council took place in Brussels on 13 November 2024"),
     E("council", "EU-Korea Digital Partnership Council", KR, None, None, 3, "Seoul", "planned",
       "The third Digital Partnership Council will be held in Seoul."),
     )

# 14 DG CONNECT "Africa" page: AU-EU, Kenya, Nigeria.
page("blind9-14", "2026-02-10",
     E("launch", "AU-EU Digital Economy Task Force", AUN, "2018", None, None, None, "held",
       "The AU-EU Digital Economy Task Force was set up in 2018 by the European Commission and the African Union Commission"),
     E("task force", "AU-EU Digital Economy Task Force", AUN, "2019-06", None, 4, "Brussels", "held",
       "Its fourth and final plenary meeting, held in Brussels in June 2019, adopted a report with 30 recommendations."),
     E("summit", "AU-EU Summit", AUN, "2025-11-24", "2025-11-25", 7, "Luanda", "held",
       "The 7th AU-EU Summit, held in Luanda on 24 and 25 November 2025"),
     E("dialogue", "EU-Kenya Digital Dialogue", ["EU", "KE"], "2024-03-05", None, 1, "Nairobi", "held",
       "The first EU-Kenya Digital Dialogue took place in Nairobi on 5 March 2024"),
     E("dialogue", "EU-Nigeria Digital Economy Dialogue", ["EU", "NG"], "2026", None, 1, "Abuja", "planned",
       "The first EU-Nigeria Digital Economy Dialogue is planned to take place in Abuja in the second half of 2026."),
     )

# 15 DG CONNECT "India and the Gulf" page: EU-India TTC, EU-GCC summits.
page("blind9-15", "2025-11-05",
     E("council", "EU-India Trade and Technology Council", IN, "2025-02-28", None, 2, "New Delhi", "held",
       "The second ministerial meeting of the TTC took place in New Delhi on 28 February 2025"),
     E("council", "EU-India Trade and Technology Council", IN, "2026", None, 3, "Brussels", "planned",
       "The third meeting of the TTC will take place in Brussels in the first half of 2026."),
     E("summit", "EU-India Summit", IN, "2026", None, 16, "New Delhi", "planned",
       "the 16th EU-India Summit, to be held in New Delhi early next year"),
     E("summit", "EU-GCC Summit", GCC, "2024-10-16", None, 1, "Brussels", "held",
       "The first EU-GCC Summit, held in Brussels on 16 October 2024"),
     E("summit", "EU-GCC Summit", GCC, "2026", None, None, None, "planned",
       "Leaders agreed that the next summit will take place in Saudi Arabia in 2026."),
     )

# ---------------------------------------------------------------- Think-tank news posts (16-20)

# 16 CEST news: fourth EU-Japan Track 1.5 Dialogue on Economic Security (Tokyo).
page("blind9-16", "2024-10-18",
     E("dialogue", "EU-Japan Track 1.5 Dialogue on Economic Security", JP, "2024-10-15", "2024-10-16", 4, "Tokyo", "held",
       "The fourth round of the EU-Japan Track 1.5 Dialogue on Economic Security was held in Tokyo on 15 and 16 October."),
     E("summit", "EU-Japan Summit", JP, "2023-07", None, 29, "Brussels", "held",
       "the 29th EU-Japan Summit in Brussels in July 2023"),
     E("dialogue", "EU-Japan Track 1.5 Dialogue on Economic Security", JP, "2025", None, 5, "Brussels", "planned",
       "The fifth round of the Track 1.5 Dialogue will take place in Brussels in spring 2025."),
     )

# 17 ICD news: sixth EU-China Track 1.5 Climate Dialogue ("On Tuesday", Brussels).
page("blind9-17", "2023-03-02",
     E("dialogue", "EU-China Track 1.5 Climate Dialogue", CN, "2023-02-28", None, 6, "Brussels", "held",
       "On Tuesday, the Institute for Climate Diplomacy and the Beijing-based Research Centre for Climate Strategy hosted the 6th EU-China Track 1.5 Climate Dialogue in Brussels."),
     E("dialogue", "EU-China Track 1.5 Climate Dialogue", CN, "2021-11", None, 5, None, "held",
       "the fifth round took place online in November 2021"),
     E("launch", "EU-China High-level Environment and Climate Dialogue", CN, "2020", None, None, None, "held",
       "the official High-level Environment and Climate Dialogue, which the two sides launched in 2020"),
     E("dialogue", "EU-China Track 1.5 Climate Dialogue", CN, "2023", None, None, "Beijing", "planned",
       "Participants agreed to hold the next round of the Track 1.5 Climate Dialogue in Beijing in the autumn."),
     )

# 18 EPFA news: third EU-Korea Forum (Seoul, 7 April 2026).
page("blind9-18", "2026-04-09",
     E("forum", "EU-Korea Forum", KR, "2026-04-07", None, 3, "Seoul", "held",
       "The third edition of the EU-Korea Forum took place in Seoul on 7 April 2026"),
     E("summit", "EU-Korea Summit", KR, "2026-03-23", None, 11, "Brussels", "held",
       "the 11th EU-Korea Summit, held in Brussels on 23 March"),
     E("launch", "EU-Korea Green Partnership", KR, "2023-05", None, None, "Seoul", "held",
       "the EU-Korea Green Partnership, launched at the Seoul summit in May 2023"),
     E("summit", "EU-Korea summit", KR, "2023-05", None, None, "Seoul", "held",
       "the Seoul summit in May 2023"),
     E("forum", "EU-Korea Forum", KR, "2027", None, 4, "Brussels", "planned",
       "The fourth edition of the Forum will be held in Brussels in 2027."),
     )

# 19 ISMS news: second EU-ASEAN Track 1.5 Dialogue on Maritime Security and Connectivity (Jakarta).
page("blind9-19", "2022-11-30",
     E("dialogue", "EU-ASEAN Track 1.5 Dialogue on Maritime Security and Connectivity", ASEAN, "2022-11-28", "2022-11-29", 2, "Jakarta", "held",
       "The second EU-ASEAN Track 1.5 Dialogue on Maritime Security and Connectivity was held in Jakarta on 28–29 November 2022"),
     E("signing", "EU-ASEAN Comprehensive Air Transport Agreement", ASEAN, "2022-10", None, None, "Bali", "held",
       "the Comprehensive Air Transport Agreement, signed by the EU and ASEAN in Bali in October"),
     E("summit", "EU-ASEAN Commemorative Summit", ASEAN, "2022-12-14", None, None, "Brussels", "planned",
       "the EU-ASEAN Commemorative Summit, the first ever held in Brussels, on 14 December"),
     )

# 20 TFI commentary on the stalled EU-US TTC (standing, "could", postponed summit, G7, member-state visits,
# related list naming past TTC/Cyber Dialogue rounds, event teasers): no events.
page("blind9-20", "2025-05-06")

# ---------------------------------------------------------------- Specialised media briefings (21-24)

# 21 EURACTIV preview of the St. John's EU-Canada summit ("Friday (24 November)", "ALSO READ", "[Edited by …]").
page("blind9-21", "2023-11-21",
     E("summit", "EU-Canada Summit", CA, "2023-11-24", None, 19, "St. John's", "planned",
       "European Council President Charles Michel and Commission President Ursula von der Leyen will travel to St. John's, Newfoundland and Labrador, for the 19th EU-Canada Summit with Prime Minister Justin Trudeau on Friday (24 November)."),
     E("launch", "EU-Canada Digital Partnership", CA, "2023-11-24", None, None, "St. John's", "planned",
       "the two sides are expected to launch an EU-Canada Digital Partnership"),
     E("launch", "EU-Canada Green Alliance", CA, "2023-11-24", None, None, "St. John's", "planned",
       "Leaders are also set to launch an EU-Canada Green Alliance"),
     E("summit", "EU-Canada Summit", CA, "2021-06", None, None, "Brussels", "held",
       "the previous one held in Brussels in June 2021"),
     )

# 22 Euractiv: Telecom Working Party briefed on India, Brazil, Mexico ("Tuesday (17 February)").
page("blind9-22", "2026-02-18",
     E("council", "EU-India Trade and Technology Council", IN, "2026-05", None, 3, "Brussels", "planned",
       "the third ministerial meeting of their Trade and Technology Council (TTC), which will take place in May in Brussels"),
     E("summit", "EU-India Summit", IN, "2026-01-27", None, 16, "New Delhi", "held",
       "the 16th EU-India Summit in New Delhi on 27 January"),
     E("working group", "EU-India TTC Working Group on Strategic Technologies, Digital Governance and Digital Connectivity", IN, "2026-01-29", None, None, None, "held",
       "The TTC's Working Group on Strategic Technologies, Digital Governance and Digital Connectivity met by videoconference on 29 January to prepare the ministerial."),
     E("council", "EU-Brazil Digital Partnership Council", BR, "2026-05", None, 1, "Brussels", "planned",
       "the first meeting of the Digital Partnership Council, expected in May in Brussels"),
     E("summit", "EU-Mexico summit", MX, "2026", None, None, None, "planned",
       "at a summit expected in the first half of the year"),
     E("dialogue", "EU-Mexico Digital Dialogue", MX, "2026", None, 3, "Mexico City", "planned",
       "the third EU-Mexico Digital Dialogue is planned in Mexico City in the autumn"),
     )

# 23 Euractiv: Trade Policy Committee on the EU-Indonesia CEPA (negotiations, "could", BRICS, member-state
# visits, standing Joint Committee, EU-internal committee, related headlines): no events.
page("blind9-23", "2025-07-08")

# 24 Euractiv preview of the 30th EU-Japan summit ("Wednesday (23 July)", COASI, ALSO READ).
page("blind9-24", "2025-07-18",
     E("summit", "EU-Japan Summit", JP, "2025-07-23", None, 30, "Tokyo", "planned",
       "will meet Prime Minister Shigeru Ishiba in Tokyo on Wednesday (23 July) for the 30th EU-Japan Summit"),
     E("launch", "EU-Japan Competitiveness Alliance", JP, "2025-07-23", None, None, "Tokyo", "planned",
       "EU and Japanese leaders are expected to launch a 'Competitiveness Alliance' at their summit in Tokyo next week"),
     E("summit", "EU-China summit", CN, "2025-07-24", None, None, "Beijing", "planned",
       "before travelling on to Beijing for the EU-China summit on 24 July"),
     E("council", "EU-Japan Digital Partnership Council", JP, "2025-06", None, 3, "Brussels", "held",
       "the third meeting of the EU-Japan Digital Partnership Council, held last month in Brussels"),
     )

if __name__ == "__main__":
    emit()
