#!/usr/bin/env python3
"""Source of blind5/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldsrc import E, emit, page  # noqa: E402


C5 = ["EU", "KZ", "KG", "TJ", "TM", "UZ"]
ASEAN = ["EU", "ASEAN"]
CELAC = ["EU", "CELAC"]

# EEAS delegation press release, Latin America.
page("blind5-01", "2025-09-05",
     E("dialogue", "EU-Argentina Human Rights Dialogue", ["EU", "AR"], "2025-09-04", None, 7, "Buenos Aires", "held",
       "The European Union and Argentina held the seventh round of their bilateral Human Rights Dialogue in Buenos Aires on Thursday 4 September."),
     E("dialogue", "EU-Argentina Human Rights Dialogue", ["EU", "AR"], "2023-11", None, 6, "Brussels", "held",
       "the sixth Dialogue, which took place in Brussels in November 2023"),
     E("dialogue", "EU-Argentina Human Rights Dialogue", ["EU", "AR"], "2026", None, 8, "Brussels", "planned",
       "The two sides agreed to convene the eighth Dialogue in Brussels in the second half of 2026."),
     )

# Joint statement, "Both sides" / "The Parties" phrasing.
page("blind5-02", "2026-03-17",
     E("summit", "EU-Republic of Korea Summit", ["EU", "KR"], "2026-03-17", None, 11, "Brussels", "held",
       "met in Brussels on 17 March 2026 for the 11th EU-Republic of Korea Summit"),
     E("signing", "EU-Korea Security and Defence Partnership", ["EU", "KR"], "2024-11-04", None, None, "Seoul", "held",
       "the Security and Defence Partnership signed in Seoul on 4 November 2024"),
     E("council", "EU-Korea Digital Partnership Council", ["EU", "KR"], "2026-03-16", None, 3, "Brussels", "held",
       "the third meeting of the Digital Partnership Council, held in Brussels on 16 March 2026, the day before the Summit"),
     E("launch", "EU-Korea Economic Security Dialogue", ["EU", "KR"], "2026-03-17", None, None, "Brussels", "held",
       "both sides decided to launch an EU-Korea Economic Security Dialogue"),
     E("signing", "MoU on cooperation in hydrogen and clean energy technologies", ["EU", "KR"], "2026-03-17", None, None, "Brussels", "held",
       "The summit was also the occasion to sign a Memorandum of Understanding on cooperation in hydrogen and clean energy technologies"),
     E("dialogue", "EU-Korea Strategic Dialogue", ["EU", "KR"], "2026", None, None, "Seoul", "planned",
       "The leaders tasked the High Representative and the Minister of Foreign Affairs to hold the next Strategic Dialogue in Seoul in the autumn."),
     E("summit", "EU-Republic of Korea Summit", ["EU", "KR"], None, None, None, "Seoul", "planned",
       "The leaders look forward to holding the next summit in Seoul."),
     )

# Speech ("I am pleased to be here in Tokyo for our 30th summit").
page("blind5-03", "2025-07-23",
     E("summit", "EU-Japan Summit", ["EU", "JP"], "2025-07-23", None, 30, "Tokyo", "held",
       "I am pleased to be here in Tokyo for our 30th summit"),
     E("launch", "EU-Japan Competitiveness Alliance", ["EU", "JP"], "2025-07-23", None, None, "Tokyo", "held",
       "Today we launched the EU-Japan Competitiveness Alliance."),
     E("launch", "EU-Japan High-Level Economic Security Dialogue", ["EU", "JP"], "2025-07-23", None, None, "Tokyo", "held",
       "The Prime Minister and I also agreed to start a new High-Level Economic Security Dialogue"),
     E("dialogue", "EU-Japan High-Level Economic Security Dialogue", ["EU", "JP"], "2025", None, 1, None, "planned",
       "which will meet for the first time before the end of the year"),
     E("council", "EU-Japan Digital Partnership Council", ["EU", "JP"], "2026", None, 4, "Tokyo", "planned",
       "Next spring, Japan will host the fourth EU-Japan Digital Partnership Council in Tokyo"),
     E("dialogue", "EU-Japan Security and Defence Dialogue", ["EU", "JP"], "2025-07", None, 1, "Brussels", "held",
       "last week in Brussels our foreign and defence officials held the first EU-Japan Security and Defence Dialogue"),
     )

# HR/VP readout, bilateral meetings on the margins of UNGA (weekday-only dates).
page("blind5-04", "2025-09-26",
     E("ministerial meeting", None, ["EU", "QA"], "2025-09-22", None, None, "New York", "held",
       "On Monday 22 September, the High Representative met Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh Mohammed bin Abdulrahman Al Thani."),
     E("ministerial meeting", None, ["EU", "BR"], "2025-09-23", None, None, "New York", "held",
       "On Tuesday, Kallas met the Foreign Minister of Brazil, Mauro Vieira."),
     E("dialogue", "EU-Indonesia Strategic Dialogue", ["EU", "ID"], "2025-09-24", None, 1, "New York", "held",
       "The HR/VP and Indonesia's Foreign Minister Sugiono co-chaired the first EU-Indonesia Strategic Dialogue on Wednesday 24 September."),
     E("ministerial meeting", None, ["EU", "AM", "AZ"], "2025-09-24", None, None, "New York", "held",
       "On the same day, the High Representative held a trilateral meeting with the Foreign Ministers of Armenia and Azerbaijan"),
     E("ministerial meeting", None, ["EU", "AU"], "2025-09-25", None, None, "New York", "held",
       "Kallas and Australian Foreign Minister Penny Wong met on Thursday"),
     E("ministerial meeting", "EU-Canada Joint Ministerial Committee", ["EU", "CA"], "2025-10", None, None, "Ottawa", "planned",
       "The High Representative will travel to Ottawa next month for the EU-Canada Joint Ministerial Committee."),
     )

# Commissioner visit readout, West Africa.
page("blind5-05", "2025-11-14",
     E("ministerial meeting", None, ["EU", "CI"], "2025-11-12", None, None, "Abidjan", "held",
       "On 12 November in Abidjan, Commissioner Síkela met Prime Minister Robert Beugré Mambé"),
     E("signing", "financing agreements (grid, cocoa traceability, vocational training)", ["EU", "CI"], "2025-11-12", None, None, "Abidjan", "held",
       "the Commissioner and the Minister of Economy, Planning and Development signed three financing agreements worth €185 million"),
     E("forum", "EU-Ghana Business Forum", ["EU", "GH"], "2025-11-13", None, 2, "Accra", "held",
       "The next day in Accra, he co-chaired the second EU-Ghana Business Forum"),
     E("dialogue", "EU-Ghana Partnership Dialogue", ["EU", "GH"], "2025-06", None, 1, "Accra", "held",
       "the first EU-Ghana Partnership Dialogue, held in Accra in June"),
     E("dialogue", "EU-ECOWAS Ministerial Dialogue", ["EU", "ECOWAS"], "2026-01", None, None, "Abuja", "planned",
       "Síkela will return to the region in January for the EU-ECOWAS Ministerial Dialogue in Abuja."),
     )

# EEAS weekly agenda, future dates, table.
page("blind5-06", "2026-02-27",
     E("ministerial meeting", None, ["EU", "AZ"], "2026-03-02", None, None, "Brussels", "planned",
       "18:30 Brussels – HR/VP Kallas receives the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov"),
     E("council", "EU-Uzbekistan Cooperation Council", ["EU", "UZ"], "2026-03-03", None, 22, "Brussels", "planned",
       "09:30 Brussels – 22nd meeting of the EU-Uzbekistan Cooperation Council"),
     E("dialogue", "EU-Canada Security and Defence Dialogue", ["EU", "CA"], "2026-03-04", "2026-03-05", 2, "Ottawa", "planned",
       "Ottawa – EU-Canada Security and Defence Dialogue, 2nd round"),
     E("council", "EU-Morocco Association Council", ["EU", "MA"], "2026-03-06", None, None, "Brussels", "planned",
       "11:00 Brussels – EU-Morocco Association Council"),
     E("dialogue", "EU-Peru High-Level Dialogue", ["EU", "PE"], "2026-03-12", "2026-03-13", 6, "Lima", "planned",
       "12-13 March | Lima | 6th EU-Peru High-Level Dialogue"),
     E("dialogue", "EU-New Zealand Foreign Policy and Security Dialogue", ["EU", "NZ"], "2026-03-26", None, None, None, "planned",
       "26 March | videoconference | EU-New Zealand Foreign Policy and Security Dialogue"),
     E("council", "EU-Kazakhstan Cooperation Council", ["EU", "KZ"], "2026-04", None, None, "Astana", "planned",
       "April (date tbc) | Astana | EU-Kazakhstan Cooperation Council"),
     )

# Annual report: paragraphs + table of dialogues.
AUN = ["EU", "African Union"]
page("blind5-07", "2025-06-10",
     E("dialogue", "AU-EU Human Rights Dialogue", AUN, "2024-11-19", None, 19, "Banjul", "held",
       "the 19th AU-EU Human Rights Dialogue was held in Banjul, The Gambia, on 19 November 2024"),
     E("dialogue", "EU-Bahrain Human Rights Dialogue", ["EU", "BH"], "2024-03-06", None, 4, "Manama", "held",
       "the EU held its fourth Human Rights Dialogue with Bahrain in Manama on 6 March 2024"),
     E("dialogue", "EU-Colombia Human Rights Dialogue", ["EU", "CO"], "2024-04-03", None, 9, "Bogotá", "held",
       "Colombia | 9th | 3 Apr 2024 | Bogotá"),
     E("dialogue", "EU-Kazakhstan Human Rights Dialogue", ["EU", "KZ"], "2024-05-21", None, 15, "Astana", "held",
       "Kazakhstan | 15th | 21 May 2024 | Astana"),
     E("dialogue", "EU-Indonesia Human Rights Dialogue", ["EU", "ID"], "2024-06-13", None, 12, "Jakarta", "held",
       "Indonesia | 12th | 13 Jun 2024 | Jakarta"),
     E("dialogue", "EU-Georgia Human Rights Dialogue", ["EU", "GE"], "2024-07-09", None, 11, "Tbilisi", "held",
       "Georgia | 11th | 9 Jul 2024 | Tbilisi"),
     E("dialogue", "EU-Mexico Human Rights Dialogue", ["EU", "MX"], "2024-10-14", "2024-10-15", 12, "Brussels", "held",
       "Mexico | XII | 14–15 Oct 2024 | Brussels"),
     E("dialogue", "EU-Cuba Human Rights Dialogue", ["EU", "CU"], "2024-11-26", None, 5, "Havana", "held",
       "Cuba | 5th | 26 Nov 2024 | Havana"),
     E("dialogue", "EU-Canada human rights consultations", ["EU", "CA"], "2024-12-05", None, None, None, "held",
       "Canada (consultations) | – | 5 Dec 2024 | videoconference"),
     )

# Reuters dateline, UK.
page("blind5-08", "2026-03-03",
     E("ministerial meeting", None, ["EU", "GB"], "2026-03-03", None, None, "Brussels", "held",
       "European Commission President Ursula von der Leyen and British Prime Minister Keir Starmer agreed at a meeting in Brussels on Tuesday"),
     E("summit", "EU-UK summit", ["EU", "GB"], "2026-06", None, 2, "Brussels", "planned",
       "the second EU-UK summit will take place in Brussels in June"),
     E("summit", "EU-UK summit", ["EU", "GB"], "2025-05", None, 1, "London", "held",
       "The first summit, held in London last May"),
     E("signing", "EU-UK Security and Defence Partnership", ["EU", "GB"], "2025-05", None, None, "London", "held",
       "at which the two sides signed a security and defence partnership"),
     E("council", "EU-UK Partnership Council", ["EU", "GB"], "2026-04", None, None, "London", "planned",
       "The EU-UK Partnership Council, which oversees the Trade and Cooperation Agreement, is due to meet in London next month"),
     )

# Think-tank event page, track 1.5.
page("blind5-09", "2025-11-20",
     E("dialogue", "EU-India Track 1.5 Dialogue on Cyber Security and Emerging Technologies", ["EU", "IN"], "2025-12-02", "2025-12-03", 4, "New Delhi", "planned",
       "The fourth edition of the EU-India Track 1.5 Dialogue on Cyber Security and Emerging Technologies will be held in New Delhi on 2 and 3 December"),
     E("dialogue", "EU-India Track 1.5 Dialogue on Cyber Security and Emerging Technologies", ["EU", "IN"], "2024-10", None, 3, "Brussels", "held",
       "The third edition took place in Brussels in October 2024"),
     E("dialogue", "EU-India Cyber Dialogue", ["EU", "IN"], "2025-06-05", None, 7, "New Delhi", "held",
       "the seventh round of the EU-India Cyber Dialogue was held in New Delhi on 5 June 2025"),
     )

# US think-tank brief, American date style.
page("blind5-10", "2024-04-10",
     E("council", "U.S.-EU Trade and Technology Council", ["EU", "US"], "2024-04-04", "2024-04-05", 6, "Leuven", "held",
       "The U.S.-EU Trade and Technology Council (TTC) held its sixth ministerial meeting in Leuven, Belgium, on April 4-5, 2024"),
     E("council", "U.S.-EU Trade and Technology Council", ["EU", "US"], "2024-01-30", None, 5, "Washington", "held",
       "the fifth TTC ministerial took place in Washington, D.C., on January 30, 2024"),
     E("dialogue", "U.S.-EU Dialogue on China", ["EU", "US"], "2024-03-12", None, 5, "Washington", "held",
       "held the fifth high-level meeting of the dialogue on March 12, 2024, in Washington"),
     E("council", "EU-U.S. Energy Council", ["EU", "US"], "2024-05-14", None, None, "Brussels", "planned",
       "The EU-U.S. Energy Council is slated to meet in Brussels on May 14"),
     )

# EEAS country page without publication date (Gulf); years from the page.
page("blind5-11", None,
     E("summit", "EU-GCC Summit", ["EU", "GCC"], "2024-10-16", None, 1, "Brussels", "held",
       "The first EU-GCC Summit in Brussels on 16 October 2024"),
     E("signing", "EU-Saudi Arabia MoU on energy cooperation", ["EU", "SA"], "2024-10-16", None, None, "Brussels", "held",
       "On the margins of the summit, the EU and Saudi Arabia signed a Memorandum of Understanding on energy cooperation"),
     E("dialogue", "EU-Saudi Arabia Strategic Dialogue", ["EU", "SA"], "2025-05-09", None, 1, "Riyadh", "held",
       "the first EU-Saudi Arabia Strategic Dialogue, co-chaired by the High Representative/Vice-President and Foreign Minister Prince Faisal bin Farhan Al Saud, took place in Riyadh on 9 May"),
     E("dialogue", "EU-Saudi Arabia Strategic Dialogue", ["EU", "SA"], "2026", None, 2, "Brussels", "planned",
       "They agreed to hold the second round in Brussels in 2026."),
     E("forum", "EU-Saudi Business Forum", ["EU", "SA"], "2023-12-03", "2023-12-04", None, "Jeddah", "held",
       "An EU-Saudi Business Forum took place in Jeddah on 3-4 December 2023"),
     )

# Council press release, Western Balkans.
page("blind5-12", "2025-12-15",
     E("council", "EU-Montenegro Stabilisation and Association Council", ["EU", "ME"], "2025-12-15", None, 15, "Brussels", "held",
       "The Stabilisation and Association Council between the European Union and Montenegro held its fifteenth meeting today in Brussels."),
     E("signing", "Reform and Growth Facility Agreement and Loan Agreement", ["EU", "ME"], "2024-12-09", None, None, "Podgorica", "held",
       "the Facility Agreement and the Loan Agreement were signed in Podgorica on 9 December 2024"),
     E("council", "EU-Montenegro Stabilisation and Association Council", ["EU", "ME"], "2026", None, None, "Podgorica", "planned",
       "The next meeting of the Stabilisation and Association Council is scheduled for the second half of 2026 in Podgorica."),
     )

# Media report, Ukraine ("Jan. 29", "Feb. 24").
page("blind5-13", "2026-01-30",
     E("summit", "EU-Ukraine Summit", ["EU", "UA"], "2026-02-24", None, 26, "Kyiv", "planned",
       "The 26th EU-Ukraine Summit will be held in Kyiv on Feb. 24"),
     E("ministerial meeting", None, ["EU", "UA"], "2026-01-29", None, None, "Brussels", "held",
       "he met EU foreign policy chief Kaja Kallas in Brussels on Jan. 29"),
     E("dialogue", "EU-Ukraine High-Level Security Dialogue", ["EU", "UA"], "2026-01", None, 3, None, "held",
       "Ukraine and the EU held the third round of their High-Level Security Dialogue by videoconference earlier this month"),
     E("task force", "EU-Ukraine Task Force on Energy Infrastructure Resilience", ["EU", "UA"], "2026-01-21", None, 2, "Lviv", "held",
       "The joint EU-Ukraine Task Force on Energy Infrastructure Resilience met for the second time in Lviv on Jan. 21"),
     E("signing", "Ukraine Facility Framework Agreement", ["EU", "UA"], "2024-05", None, None, "Kyiv", "held",
       "The Ukraine Facility, whose Framework Agreement the EU and Ukraine signed in Kyiv in May 2024"),
     )

# Newsletter round-up, Central Asia.
page("blind5-14", "2025-11-28",
     E("council", "EU-Kazakhstan Cooperation Council", ["EU", "KZ"], "2025-11-24", None, 21, "Astana", "held",
       "In Astana, the 21st EU-Kazakhstan Cooperation Council met on Monday"),
     E("dialogue", "EU-Turkmenistan Human Rights Dialogue", ["EU", "TM"], "2025-11-25", None, 11, "Ashgabat", "held",
       "The EU and Turkmenistan held the 11th round of their Human Rights Dialogue in Ashgabat on 25 November."),
     E("launch", "EU-Kyrgyzstan Critical Raw Materials Dialogue", ["EU", "KG"], "2025-11-26", None, None, "Bishkek", "held",
       "Kyrgyzstan and the EU launched a Critical Raw Materials Dialogue in Bishkek on Wednesday."),
     E("ministerial meeting", "EU-Central Asia Ministerial Meeting", C5, "2026-01", None, None, "Tashkent", "planned",
       "EU and Central Asian foreign ministers will meet in Tashkent in mid-January for their annual ministerial meeting"),
     )

# EEAS delegation press release, Africa.
page("blind5-15", "2025-07-09",
     E("ministerial meeting", "EU-Angola Ministerial Meeting under the Joint Way Forward", ["EU", "AO"], "2025-07-08", None, 8, "Luanda", "held",
       "The European Union and Angola held the 8th Ministerial Meeting under the Joint Way Forward in Luanda on 8 July 2025."),
     E("signing", "MoU on sustainable raw materials value chains", ["EU", "AO"], "2025-07-08", None, None, "Luanda", "held",
       "On the occasion, both sides signed a Memorandum of Understanding on sustainable raw materials value chains"),
     E("forum", "EU-Angola Business Forum", ["EU", "AO"], "2025", None, 1, "Luanda", "planned",
       "They agreed to hold the first EU-Angola Business Forum in Luanda in the autumn"),
     )

# ASEAN co-chairs' statement ("The Ministers ...").
page("blind5-16", "2025-07-10",
     E("ministerial meeting", "ASEAN-EU Ministerial Meeting", ASEAN, "2025-07-10", None, 25, "Kuala Lumpur", "held",
       "The 25th ASEAN-EU Ministerial Meeting (AEMM) was held in Kuala Lumpur, Malaysia, on 10 July 2025."),
     E("dialogue", "ASEAN-EU High-Level Dialogue on Maritime Cooperation", ASEAN, "2025-03-04", "2025-03-05", 3, "Manila", "held",
       "the 3rd ASEAN-EU High-Level Dialogue on Maritime Cooperation in Manila on 4-5 March 2025"),
     E("dialogue", "ASEAN-EU Cyber Policy Dialogue", ASEAN, "2025-02-26", None, 4, None, "held",
       "the 4th ASEAN-EU Cyber Policy Dialogue held virtually on 26 February 2025"),
     E("dialogue", "ASEAN-EU Cyber Policy Dialogue", ASEAN, "2025", None, 5, "Singapore", "planned",
       "The 5th ASEAN-EU Cyber Policy Dialogue will be held in Singapore later this year."),
     E("summit", "ASEAN-EU Commemorative Summit", ASEAN, "2027", None, None, None, "planned",
       "The Ministers looked forward to the ASEAN-EU Commemorative Summit in 2027"),
     )

# DG TRADE news, New Zealand / Australia.
page("blind5-17", "2025-04-15",
     E("council", "EU-New Zealand Trade Council", ["EU", "NZ"], "2025-04-14", None, 1, "Wellington", "held",
       "co-chaired the first meeting of the EU-New Zealand Trade Council in Wellington on 14 April"),
     E("ministerial meeting", None, ["EU", "NZ"], "2025-04-14", None, None, "Wellington", "held",
       "In the afternoon, the Commissioner and Foreign Minister Winston Peters held talks"),
     E("ministerial meeting", None, ["EU", "AU"], "2025-04-17", None, None, "Canberra", "planned",
       "he will meet Trade Minister Don Farrell in Canberra on Thursday"),
     E("council", "EU-New Zealand Trade Council", ["EU", "NZ"], "2026", None, 2, "Brussels", "planned",
       "The second Trade Council is expected to be held in Brussels in 2026."),
     )

# Media briefing, Switzerland / Norway / Iceland / Canada.
page("blind5-18", "2026-03-04",
     E("signing", "EU-Switzerland package of agreements", ["EU", "CH"], "2026-03-02", None, None, "Brussels", "held",
       "the EU and Switzerland signed the package of agreements stabilising and developing their bilateral relations in Brussels on Monday"),
     E("dialogue", "EU-Norway Security and Defence Dialogue", ["EU", "NO"], "2026-02-26", "2026-02-27", 2, "Oslo", "held",
       "Norwegian and EU officials held the second round of the EU-Norway Security and Defence Dialogue in Oslo on 26 and 27 February"),
     E("signing", "EU-Norway Security and Defence Partnership", ["EU", "NO"], "2024-05", None, None, None, "held",
       "The dialogue, launched when the two sides signed their Security and Defence Partnership in May 2024"),
     E("launch", "EU-Norway Security and Defence Dialogue", ["EU", "NO"], "2024-05", None, None, None, "held",
       "The dialogue, launched when the two sides signed their Security and Defence Partnership in May 2024"),
     E("ministerial meeting", None, ["EU", "IS"], "2026-04", None, None, "Reykjavík", "planned",
       "Commission President Ursula von der Leyen will meet Prime Minister Kristrún Frostadóttir in Reykjavík next month"),
     E("dialogue", "EU-Canada High-Level Dialogue on Critical Minerals", ["EU", "CA"], "2026-03-02", None, 1, "Toronto", "held",
       "The inaugural meeting of the EU-Canada High-Level Dialogue on Critical Minerals took place in Toronto on Monday"),
     )

# Xinhua dateline, China.
page("blind5-19", "2025-07-03",
     E("dialogue", "China-EU High-level Environment and Climate Dialogue", ["EU", "CN"], "2025-07-02", None, 6, "Beijing", "held",
       "China and the European Union (EU) held the sixth China-EU High-level Environment and Climate Dialogue in Beijing on Wednesday"),
     E("ministerial meeting", None, ["EU", "CN"], "2025-07-02", None, None, "Beijing", "held",
       "Chinese Vice Premier Ding Xuexiang met with European Commissioner for Climate, Net Zero and Clean Growth Wopke Hoekstra and Executive Vice-President Teresa Ribera in Beijing on Wednesday"),
     E("summit", "China-EU summit", ["EU", "CN"], "2025-07", None, 25, "Beijing", "planned",
       "China and the EU will hold the 25th China-EU summit in Beijing later this month"),
     E("dialogue", "China-EU High-level Digital Dialogue", ["EU", "CN"], "2025", None, 3, "Brussels", "planned",
       "The two sides also agreed to hold the third China-EU High-level Digital Dialogue in Brussels in the second half of the year"),
     )

# MEA country brief without publication date (India); years from the page.
page("blind5-20", None,
     E("summit", "India-EU Summit", ["EU", "IN"], "2020-07-15", None, 15, None, "held",
       "The 15th India-EU Summit was held virtually on 15 July 2020."),
     E("summit", "India-EU Summit", ["EU", "IN"], "2026", None, 16, "New Delhi", "planned",
       "The 16th India-EU Summit is expected in New Delhi in early 2026"),
     E("dialogue", "India-EU Foreign Policy and Security Consultations", ["EU", "IN"], "2024-12-09", None, 12, "Brussels", "held",
       "The 12th round was held in Brussels on 9 December 2024."),
     E("dialogue", "India-EU Maritime Security Dialogue", ["EU", "IN"], "2021-01-19", None, 1, "Brussels", "held",
       "The first India-EU Maritime Security Dialogue was held in Brussels on 19 January 2021."),
     E("dialogue", "India-EU Maritime Security Dialogue", ["EU", "IN"], "2025-06-12", None, 4, "Goa", "held",
       "The fourth round took place in Goa on 12 June 2025"),
     E("working group", "India-EU Joint Working Group on Counter-Terrorism", ["EU", "IN"], "2025-03-19", "2025-03-20", 16, "New Delhi", "held",
       "The 16th meeting of the India-EU Joint Working Group on Counter-Terrorism was held in New Delhi on 19-20 March 2025."),
     )

# MercoPress, Latin America (Roman editions, weekday range).
page("blind5-21", "2025-11-10",
     E("summit", "EU-CELAC Summit", CELAC, "2025-11-09", "2025-11-10", 4, "Santa Marta", "held",
       "The IV EU-CELAC Summit, held on Sunday and Monday in the Caribbean city of Santa Marta, Colombia"),
     E("summit", "EU-CELAC Summit", CELAC, "2023-07", None, None, "Brussels", "held",
       "the previous summit in Brussels in July 2023"),
     E("signing", "EU-Colombia MoU on green hydrogen and renewable energy supply chains", ["EU", "CO"], "2025-11-09", None, None, "Santa Marta", "held",
       "On the first day, Costa and Petro witnessed the signing of a memorandum of understanding between the EU and Colombia on green hydrogen and renewable energy supply chains."),
     E("ministerial meeting", None, ["EU", "UY"], "2025-11-10", None, None, "Santa Marta", "held",
       "Uruguay's President Yamandú Orsi met Kallas on Monday morning on the sidelines of the summit"),
     E("signing", "EU-Mercosur Partnership Agreement", ["EU", "Mercosur"], "2025-12-20", None, None, "Foz do Iguaçu", "planned",
       "the EU-Mercosur Partnership Agreement is expected to be signed at the Mercosur summit in Foz do Iguaçu on 20 December"),
     E("summit", "EU-CELAC Summit", CELAC, "2027", None, 5, None, "planned",
       "Leaders agreed that the V EU-CELAC Summit will be held in Europe in 2027"),
     E("ministerial meeting", "EU-CELAC ministerial meeting", CELAC, "2026", None, None, None, "planned",
       "tasked foreign ministers to meet in 2026 to prepare it"),
     )

# Pages with no countable event (traps only).
page("blind5-22", "2025-10-24")
page("blind5-23", "2025-11-14")
page("blind5-24", None)

if __name__ == "__main__":
    emit()
