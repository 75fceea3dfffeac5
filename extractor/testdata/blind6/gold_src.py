#!/usr/bin/env python3
"""Source of blind6/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldsrc import E, emit, page  # noqa: E402


C5 = ["EU", "KZ", "KG", "TJ", "TM", "UZ"]
AUN = ["EU", "African Union"]

# EEAS delegation press release, headline style ("EU and Vietnam hold 12th Human Rights Dialogue").
page("blind6-01", "2026-01-22",
     E("dialogue", "EU-Vietnam Human Rights Dialogue", ["EU", "VN"], "2026-01-20", None, 12, "Hanoi", "held",
       "The 12th EU-Vietnam Human Rights Dialogue took place in Hanoi on Tuesday 20 January."),
     E("dialogue", "EU-Vietnam Human Rights Dialogue", ["EU", "VN"], "2025-02", None, None, "Brussels", "held",
       "the previous round, which was held in Brussels in February 2025"),
     E("dialogue", "EU-Vietnam Human Rights Dialogue", ["EU", "VN"], "2027", None, 13, "Brussels", "planned",
       "The EU and Vietnam agreed that the 13th Dialogue will be held in Brussels in 2027."),
     )

# Statement by the Spokesperson (postponement, "could meet", FAC/Gymnich, OSCE/UN HRC): no events.
page("blind6-02", "2025-10-14")

# Commission Daily News, several unrelated items.
page("blind6-03", "2026-05-13",
     E("council", "EU-Japan Digital Partnership Council", ["EU", "JP"], "2026-05-12", None, 4, "Tokyo", "held",
       "Executive Vice-President Henna Virkkunen and Japanese ministers co-chaired the fourth EU-Japan Digital Partnership Council in Tokyo yesterday."),
     E("signing", "EU-Japan Administrative Arrangement on cooperation in quantum technologies", ["EU", "JP"], "2026-05-12", None, None, "Tokyo", "held",
       "On the margins, the two sides signed an Administrative Arrangement on cooperation in quantum technologies"),
     E("ministerial meeting", None, ["EU", "KR"], "2026-05-15", None, None, "Brussels", "planned",
       "Commissioner for Trade and Economic Security Maroš Šefčovič will receive Korea's Minister for Trade, Yeo Han-koo, in Brussels on Friday."),
     E("summit", "EU-Korea Summit", ["EU", "KR"], "2026", None, None, "Seoul", "planned",
       "The two will also prepare the EU-Korea Summit, expected to take place in Seoul in the autumn."),
     E("launch", "EU-Nigeria Digital Economy Dialogue", ["EU", "NG"], "2026-05-13", None, None, "Abuja", "held",
       "The European Union and Nigeria today launched an EU-Nigeria Digital Economy Dialogue in Abuja."),
     E("ministerial meeting", "EU-Nigeria Ministerial Meeting", ["EU", "NG"], "2025", None, None, None, "held",
       "last year's Ministerial Meeting under the EU-Nigeria Joint Ministerial Framework"),
     )

# Council "Outcome of the meeting", FAC (Trade): EU-internal, WTO/G20, negotiation rounds: no events.
page("blind6-04", "2025-11-21")

# Council joint press statement, Association Council.
page("blind6-05", "2026-02-24",
     E("council", "EU-Moldova Association Council", ["EU", "MD"], "2026-02-24", None, 10, "Brussels", "held",
       "The tenth meeting of the Association Council between the European Union and the Republic of Moldova took place today in Brussels."),
     E("summit", "EU-Moldova summit", ["EU", "MD"], "2025-07-04", None, 1, "Chişinău", "held",
       "the first EU-Moldova summit held in Chişinău on 4 July 2025"),
     E("signing", "EU-Moldova Security and Defence Partnership", ["EU", "MD"], "2024-05", None, None, None, "held",
       "the Security and Defence Partnership, signed in May 2024"),
     E("summit", "EU-Moldova summit", ["EU", "MD"], "2026", None, 2, "Brussels", "planned",
       "the second EU-Moldova summit is expected to take place in Brussels later this year"),
     )

# Commission Questions and Answers on a concluded negotiation: no events.
page("blind6-06", "2025-09-24")

# Commission Questions and answers ahead of a summit (present tense "takes place ... tomorrow").
page("blind6-07", "2026-06-08",
     E("summit", "EU-Japan Summit", ["EU", "JP"], "2026-06-09", None, 31, "Brussels", "planned",
       "The 31st EU-Japan Summit takes place in Brussels tomorrow, 9 June 2026."),
     E("signing", "EU-Japan Agreement on Critical Raw Materials Cooperation", ["EU", "JP"], "2026-06-09", None, None, "Brussels", "planned",
       "Leaders are expected to sign an EU-Japan Agreement on Critical Raw Materials Cooperation"),
     E("launch", "EU-Japan Space Dialogue", ["EU", "JP"], "2026-06-09", None, None, "Brussels", "planned",
       "They are also set to launch an EU-Japan Space Dialogue"),
     E("summit", "EU-Japan Summit", ["EU", "JP"], "2025-07-23", None, 30, "Tokyo", "held",
       "The 30th summit was held in Tokyo on 23 July 2025."),
     E("council", "EU-Japan Digital Partnership Council", ["EU", "JP"], "2026-05-12", None, 4, "Tokyo", "held",
       "the fourth EU-Japan Digital Partnership Council was held in Tokyo on 12 May 2026"),
     E("dialogue", "EU-Japan High-Level Economic Security Dialogue", ["EU", "JP"], "2025-11-28", None, 1, "Tokyo", "held",
       "the inaugural meeting of the High-Level Economic Security Dialogue took place in Tokyo on 28 November 2025"),
     E("signing", "EU-Japan Security and Defence Partnership", ["EU", "JP"], "2024-11", None, None, None, "held",
       "the Security and Defence Partnership, signed in November 2024"),
     )

# DG TRADE news item.
page("blind6-08", "2025-10-09",
     E("council", "EU-Kenya EPA Council", ["EU", "KE"], "2025-10-06", None, 1, "Nairobi", "held",
       "The EU and Kenya convened the first EPA Council under their Economic Partnership Agreement in Nairobi on Monday."),
     E("forum", "EU-Kenya Business Forum", ["EU", "KE"], "2025-10-06", None, None, "Nairobi", "held",
       "On the same day, the Commissioner and the Cabinet Secretary opened an EU-Kenya Business Forum"),
     E("signing", "EU-Kenya Economic Partnership Agreement", ["EU", "KE"], "2023-12", None, None, "Nairobi", "held",
       "The EPA, signed in Nairobi in December 2023"),
     E("council", "EU-Kenya EPA Council", ["EU", "KE"], "2026", None, 2, "Brussels", "planned",
       "The second EPA Council will convene in Brussels in 2026."),
     )

# DG CONNECT news without publication date ("Last update" is clutter); years from the page.
page("blind6-09", None,
     E("launch", "EU-Brazil Digital Partnership", ["EU", "BR"], "2025-09-15", None, None, "Brasília", "held",
       "On 15 September 2025, Executive Vice-President Henna Virkkunen and Brazil's Minister of Science, Technology and Innovation launched the EU-Brazil Digital Partnership in Brasília."),
     E("dialogue", "EU-Brazil Digital Dialogue", ["EU", "BR"], "2024-03", None, 5, "São Paulo", "held",
       "its fifth high-level meeting, held in São Paulo in March 2024"),
     E("signing", "EU-Brazil Administrative Arrangement on cooperation in artificial intelligence", ["EU", "BR"], "2025-09-15", None, None, "Brasília", "held",
       "On the same occasion, the two sides signed an Administrative Arrangement on cooperation in artificial intelligence"),
     E("council", "EU-Brazil Digital Partnership Council", ["EU", "BR"], "2026", None, 1, "Brussels", "planned",
       "Its first meeting is scheduled for the first half of 2026 in Brussels."),
     )

# EEAS joint press statement, Association Council.
page("blind6-10", "2026-04-16",
     E("council", "EU-Jordan Association Council", ["EU", "JO"], "2026-04-14", None, 16, "Luxembourg", "held",
       "The European Union and the Hashemite Kingdom of Jordan held the 16th meeting of their Association Council in Luxembourg on Tuesday 14 April."),
     E("signing", "EU-Jordan Strategic and Comprehensive Partnership", ["EU", "JO"], "2025-01-29", None, None, "Amman", "held",
       "the Strategic and Comprehensive Partnership signed in Amman on 29 January 2025"),
     E("launch", "EU-Jordan Migration and Mobility Dialogue", ["EU", "JO"], "2026-04-14", None, None, "Luxembourg", "held",
       "The EU and Jordan agreed to launch a dedicated EU-Jordan Migration and Mobility Dialogue"),
     E("forum", "EU-Jordan Business and Investment Forum", ["EU", "JO"], "2026", None, 1, "Amman", "planned",
       "the first EU-Jordan Business and Investment Forum, to be held in Amman in the autumn"),
     )

# Council meeting calendar (table rows; EU-internal configurations and a postponed summit excluded).
page("blind6-11", "2026-01-30",
     E("council", "EU-Ukraine Association Council", ["EU", "UA"], "2026-02-09", None, None, "Brussels", "planned",
       "9 February 2026 | EU-Ukraine Association Council | Brussels"),
     E("council", "EU-Armenia Partnership Council", ["EU", "AM"], "2026-02-17", None, None, "Brussels", "planned",
       "17 February 2026 | EU-Armenia Partnership Council | Brussels"),
     E("council", "EU-Kyrgyzstan Cooperation Council", ["EU", "KG"], "2026-02-23", None, None, "Brussels", "planned",
       "23 February 2026 | EU-Kyrgyzstan Cooperation Council (on the margins of the Foreign Affairs Council) | Brussels"),
     E("council", "EU-Moldova Association Council", ["EU", "MD"], "2026-02-24", None, None, "Brussels", "planned",
       "24 February 2026 | EU-Moldova Association Council | Brussels"),
     E("council", "EU-GCC Joint Council and Ministerial Meeting", ["EU", "GCC"], "2026-02-26", None, None, "Riyadh", "planned",
       "26 February 2026 | EU-GCC Joint Council and Ministerial Meeting | Riyadh"),
     )

# Think-tank past-event recap without publication date; years from the page.
page("blind6-12", None,
     E("summit", "AU-EU Summit", AUN, "2025-11-24", "2025-11-25", 7, "Luanda", "held",
       "the seventh AU-EU Summit, held in Luanda on 24 and 25 November 2025"),
     E("ministerial meeting", "AU-EU Ministerial Meeting", AUN, "2025-05", None, 3, "Brussels", "held",
       "the third AU-EU Ministerial Meeting, which took place in Brussels in May 2025"),
     E("ministerial meeting", "AU Commission-European Commission College-to-College meeting", AUN, "2026", None, None, "Addis Ababa", "planned",
       "the next meeting between the African Union Commission and the European Commission, the so-called College-to-College meeting, is planned in Addis Ababa in 2026"),
     )

# Think-tank podcast show notes.
page("blind6-13", "2025-07-31",
     E("summit", "EU-China summit", ["EU", "CN"], "2025-07-24", None, 25, "Beijing", "held",
       "the 25th EU-China summit, held in Beijing on 24 July"),
     E("dialogue", "EU-China Strategic Dialogue", ["EU", "CN"], "2025-07-02", None, 13, "Brussels", "held",
       "the 13th EU-China Strategic Dialogue between High Representative Kaja Kallas and Foreign Minister Wang Yi, which took place in Brussels on 2 July"),
     E("summit", "EU-China summit", ["EU", "CN"], "2023-12", None, None, "Beijing", "held",
       "the previous summit, held in Beijing in December 2023"),
     E("summit", "EU-China summit", ["EU", "CN"], "2026", None, None, "Brussels", "planned",
       "They expect the next summit to take place in Brussels in 2026."),
     )

# Longer analysis 1: EU-India (think tank).
page("blind6-14", "2026-02-05",
     E("summit", "EU-India Summit", ["EU", "IN"], "2026-01-27", None, 16, "New Delhi", "held",
       "The 16th EU-India Summit, held in New Delhi on 27 January 2026"),
     E("summit", "EU-India Summit", ["EU", "IN"], "2000", None, 1, "Lisbon", "held",
       "since they first met at leaders' level in Lisbon in 2000"),
     E("signing", "EU-India Security and Defence Partnership", ["EU", "IN"], "2026-01-27", None, None, "New Delhi", "held",
       "At the summit, the two sides signed a Security and Defence Partnership"),
     E("ministerial meeting", None, ["EU", "IN"], "2025-02-28", None, None, "New Delhi", "held",
       "When Commission President Ursula von der Leyen met Prime Minister Narendra Modi in New Delhi on 28 February 2025"),
     E("council", "EU-India Trade and Technology Council", ["EU", "IN"], "2025-02-28", None, 2, "New Delhi", "held",
       "The second ministerial meeting of the EU-India Trade and Technology Council took place in New Delhi on the same day"),
     E("dialogue", "EU-India Strategic Dialogue", ["EU", "IN"], "2025-06-10", None, 1, "Brussels", "held",
       "The first EU-India Strategic Dialogue, co-chaired by High Representative Kaja Kallas and External Affairs Minister S. Jaishankar, was held in Brussels on 10 June 2025"),
     E("summit", "EU-India Summit", ["EU", "IN"], "2020-07", None, 15, None, "held",
       "the 15th summit, held by videoconference in July 2020"),
     E("council", "EU-India Trade and Technology Council", ["EU", "IN"], "2026", None, 3, "Brussels", "planned",
       "The third TTC meeting is expected in Brussels in the second half of 2026"),
     )

# Longer analysis 2: Türkiye, Israel, Egypt, Gulf (policy brief with notes).
page("blind6-15", "2025-12-10",
     E("dialogue", "EU-Türkiye High-Level Economic Dialogue", ["EU", "TR"], "2025-11-21", None, None, "Ankara", "held",
       "The EU-Türkiye High-Level Economic Dialogue met in Ankara on 21 November 2025"),
     E("council", "EU-Türkiye Association Council", ["EU", "TR"], "2019-03", None, None, None, "held",
       "The Association Council, the political summit of the relationship, last met in March 2019."),
     E("council", "EU-Israel Association Council", ["EU", "IL"], "2025-02-24", None, 13, "Brussels", "held",
       "The 13th EU-Israel Association Council, convened in Brussels on 24 February 2025"),
     E("summit", "EU-Egypt summit", ["EU", "EG"], "2025-10-22", None, 1, "Brussels", "held",
       "The first EU-Egypt summit, hosted in Brussels on 22 October 2025"),
     E("signing", "EU-Egypt Strategic and Comprehensive Partnership", ["EU", "EG"], "2024-03", None, None, "Cairo", "held",
       "the Strategic and Comprehensive Partnership, signed in Cairo in March 2024"),
     E("signing", "EU-Egypt MoU on macro-financial assistance", ["EU", "EG"], "2025-10-22", None, None, "Brussels", "held",
       "On the sidelines of the summit, the EU and Egypt signed a Memorandum of Understanding on the second tranche of €4 billion of macro-financial assistance."),
     E("summit", "EU-GCC summit", ["EU", "GCC"], "2024-10", None, 1, "Brussels", "held",
       "The first EU-GCC summit in Brussels in October 2024"),
     E("summit", "EU-GCC summit", ["EU", "GCC"], "2026", None, 2, None, "planned",
       "The second EU-GCC summit is set to take place in Saudi Arabia in 2026."),
     )

# Longer analysis 3: Southeast Asia / Indo-Pacific.
page("blind6-16", "2026-03-18",
     E("dialogue", "EU-Philippines Security and Defence Dialogue", ["EU", "PH"], "2026-02-04", None, 1, "Brussels", "held",
       "The first EU-Philippines Security and Defence Dialogue was held in Brussels on 4 February 2026"),
     E("ministerial meeting", None, ["EU", "VN"], "2025-11-12", None, None, "Hanoi", "held",
       "When High Representative Kaja Kallas met Foreign Minister Bui Thanh Son in Hanoi on 12 November 2025"),
     E("launch", "EU-Vietnam Security and Defence Dialogue", ["EU", "VN"], "2025-11-12", None, None, "Hanoi", "held",
       "the EU and Vietnam agreed to launch a Security and Defence Dialogue"),
     E("dialogue", "EU-Vietnam Human Rights Dialogue", ["EU", "VN"], "2026-01", None, 12, "Hanoi", "held",
       "the 12th round of the EU-Vietnam human rights dialogue, held in Hanoi in January"),
     E("signing", "EU-Australia Security and Defence Partnership", ["EU", "AU"], "2025-11", None, None, "Brussels", "held",
       "the EU-Australia Security and Defence Partnership, signed in Brussels in November 2025"),
     E("signing", "EU-Singapore Digital Trade Agreement", ["EU", "SG"], "2025-05-07", None, None, "Singapore", "held",
       "the EU-Singapore Digital Trade Agreement, signed in Singapore on 7 May 2025"),
     E("ministerial meeting", "ASEAN-EU Ministerial Meeting", ["EU", "ASEAN"], "2025-07", None, 25, "Kuala Lumpur", "held",
       "ASEAN and EU foreign ministers met in Kuala Lumpur in July 2025 for their 25th ministerial meeting"),
     E("ministerial meeting", "ASEAN-EU Ministerial Meeting", ["EU", "ASEAN"], "2026-07", None, 26, "Manila", "planned",
       "The 26th ASEAN-EU Ministerial Meeting is scheduled to be held in Manila in July 2026"),
     )

# Longer analysis 4: Latin America (Mercosur, Mexico, Chile, Brazil, CELAC).
page("blind6-17", "2026-01-15",
     E("signing", "EU-Mercosur Partnership Agreement", ["EU", "Mercosur"], "2026-01-17", None, None, "Asunción", "planned",
       "the EU-Mercosur Partnership Agreement is set to be signed in Asunción on Saturday 17 January"),
     E("summit", "EU-Mexico Summit", ["EU", "MX"], "2025-12-04", None, 8, "Mexico City", "held",
       "the eighth EU-Mexico Summit in Mexico City on 4 December 2025"),
     E("signing", "EU-Mexico Modernised Global Agreement", ["EU", "MX"], "2025-12-04", None, None, "Mexico City", "held",
       "The modernised Global Agreement, whose negotiations were concluded in 2018 and reopened in 2020, was finally signed at the eighth EU-Mexico Summit in Mexico City on 4 December 2025."),
     E("council", "EU-Chile Trade Council", ["EU", "CL"], "2025-06-03", None, 1, "Santiago", "held",
       "the first EU-Chile Trade Council met in Santiago on 3 June 2025"),
     E("launch", "EU-Brazil Strategic Partnership", ["EU", "BR"], "2007", None, None, "Lisbon", "held",
       "The EU-Brazil Strategic Partnership was launched in Lisbon in 2007"),
     E("summit", "EU-Brazil summit", ["EU", "BR"], "2014", None, 7, "Brasília", "held",
       "the seventh EU-Brazil summit, held in Brasília in 2014"),
     E("summit", "EU-Brazil summit", ["EU", "BR"], "2026", None, 8, None, "planned",
       "President Lula and President Costa agreed to hold the eighth summit in 2026"),
     E("summit", "EU-CELAC Summit", ["EU", "CELAC"], "2025-11", None, 4, "Santa Marta", "held",
       "The IV EU-CELAC Summit in Santa Marta in November 2025"),
     )

# EEAS travel announcement (weekday-only dates, future).
page("blind6-18", "2026-03-25",
     E("ministerial meeting", "EU-Central Asia Ministerial Meeting", C5, "2026-03-26", None, None, "Ashgabat", "planned",
       "In Ashgabat on Thursday, the High Representative will co-chair the annual EU-Central Asia Ministerial Meeting"),
     E("summit", "EU-Central Asia Summit", C5, "2025-04-03", "2025-04-04", 1, "Samarkand", "held",
       "the first EU-Central Asia Summit, held in Samarkand on 3 and 4 April 2025"),
     E("launch", "EU-Central Asia Strategic Partnership", C5, "2025-04-03", "2025-04-04", None, "Samarkand", "held",
       "the Strategic Partnership agreed at the first EU-Central Asia Summit, held in Samarkand on 3 and 4 April 2025"),
     E("ministerial meeting", None, ["EU", "KZ"], "2026-03-27", None, None, "Astana", "planned",
       "On Friday in Astana, the High Representative will meet President Kassym-Jomart Tokayev."),
     E("dialogue", "EU-Kazakhstan Strategic Dialogue", ["EU", "KZ"], "2026-03-27", None, 2, "Astana", "planned",
       "She will then co-chair, with Deputy Prime Minister and Foreign Minister Murat Nurtleu, the second EU-Kazakhstan Strategic Dialogue"),
     )

# Commission press release (signing in Kyiv).
page("blind6-19", "2026-04-23",
     E("signing", "Ukraine Investment Framework guarantee and grant agreements", ["EU", "UA"], "2026-04-23", None, None, "Kyiv", "held",
       "Today in Kyiv, Commissioner for Enlargement Marta Kos and Ukraine's Minister of Finance signed eight agreements worth €1.4 billion under the Ukraine Investment Framework"),
     E("ministerial meeting", None, ["EU", "UA"], "2026-04-23", None, None, "Kyiv", "held",
       "Commissioner Kos also met Prime Minister Yulia Svyrydenko"),
     E("council", "EU-Ukraine Association Council", ["EU", "UA"], "2026-02-09", None, None, "Brussels", "held",
       "The EU-Ukraine Association Council, which last met in Brussels on 9 February"),
     E("council", "EU-Ukraine Association Council", ["EU", "UA"], "2026-06", None, None, "Luxembourg", "planned",
       "will next convene in Luxembourg in June"),
     )

# Commission Daily News, second day (UK, Canada, Albania; initialling and COP30 traps).
page("blind6-20", "2025-11-06",
     E("council", "EU-UK Partnership Council", ["EU", "GB"], "2025-11-05", None, 5, "London", "held",
       "co-chaired the fifth meeting of the EU-UK Partnership Council in London yesterday"),
     E("summit", "EU-UK summit", ["EU", "GB"], "2025-05", None, 1, None, "held",
       "agreed at the first EU-UK summit in May"),
     E("summit", "EU-UK summit", ["EU", "GB"], "2026", None, 2, None, "planned",
       "The second EU-UK summit is planned for the first half of 2026."),
     E("council", "EU-Canada Digital Partnership Council", ["EU", "CA"], "2025-11-05", None, 1, None, "held",
       "held the first EU-Canada Digital Partnership Council by videoconference on Wednesday"),
     E("council", "EU-Albania Stabilisation and Association Council", ["EU", "AL"], "2025-11-17", None, 14, "Brussels", "planned",
       "will attend the 14th meeting of the EU-Albania Stabilisation and Association Council in Brussels on 17 November"),
     )

# Think-tank flagship event page without publication date; years from the page.
page("blind6-21", None,
     E("forum", "EU-Australia Leadership Forum", ["EU", "AU"], "2026-05-19", "2026-05-20", 5, "Sydney", "planned",
       "The fifth EU-Australia Leadership Forum will take place in Sydney on 19 and 20 May 2026"),
     E("forum", "EU-Australia Leadership Forum", ["EU", "AU"], "2024-06", None, 4, "Brussels", "held",
       "The fourth Forum took place in Brussels in June 2024"),
     E("dialogue", "EU-Korea Track 1.5 Security Dialogue", ["EU", "KR"], "2026-06-09", None, 3, "Seoul", "planned",
       "The 3rd EU-Korea Track 1.5 Security Dialogue, organised with the Korea Foundation, will be held in Seoul on 9 June 2026."),
     )

# Reuters dateline report (US, Mexico, Canada).
page("blind6-22", "2026-04-09",
     E("ministerial meeting", None, ["EU", "US"], "2026-04-08", None, None, "Washington", "held",
       "European Union trade chief Maros Sefcovic met U.S. Trade Representative Jamieson Greer in Washington on Wednesday"),
     E("launch", "EU-US joint task force on global steel overcapacity", ["EU", "US"], "2026-04-08", None, None, "Washington", "held",
       "the two agreed to set up a joint task force on global steel overcapacity"),
     E("ministerial meeting", None, ["EU", "MX"], "2026-04", None, None, "Brussels", "planned",
       "Mexico's Economy Minister Marcelo Ebrard is expected in Brussels next week to meet Sefcovic"),
     E("summit", "EU-Canada summit", ["EU", "CA"], "2026-06-22", None, None, "Ottawa", "planned",
       "Canada's Prime Minister Mark Carney will host European Council President Antonio Costa and Commission President Ursula von der Leyen for an EU-Canada summit in Ottawa on June 22"),
     )

# EEAS delegation press release ("met for the 17th time").
page("blind6-23", "2026-03-19",
     E("dialogue", "EU-South Africa Ministerial Political Dialogue", ["EU", "ZA"], "2026-03-19", None, 17, "Pretoria", "held",
       "The European Union and South Africa met for the 17th time in the framework of their Ministerial Political Dialogue in Pretoria today."),
     E("summit", "EU-South Africa Summit", ["EU", "ZA"], "2025-03-13", None, 8, "Cape Town", "held",
       "the 8th EU-South Africa Summit, held in Cape Town on 13 March 2025"),
     E("launch", "EU-South Africa Clean Trade and Investment Partnership", ["EU", "ZA"], "2025-03-13", None, None, "Cape Town", "held",
       "the Clean Trade and Investment Partnership launched at that summit"),
     E("signing", "EU-South Africa MoU on sustainable critical raw materials value chains", ["EU", "ZA"], "2026-03-19", None, None, "Pretoria", "held",
       "The EU and South Africa also signed a Memorandum of Understanding on sustainable critical raw materials value chains"),
     E("summit", "EU-South Africa Summit", ["EU", "ZA"], "2027", None, None, "Brussels", "planned",
       "The next EU-South Africa Summit is expected to take place in Brussels in 2027."),
     )

# EEAS press release, Gulf (initialling and "launch negotiations" traps).
page("blind6-24", "2026-04-29",
     E("dialogue", "EU-UAE Strategic Dialogue", ["EU", "AE"], "2026-04-28", None, 1, "Abu Dhabi", "held",
       "The European Union and the United Arab Emirates held their first Strategic Dialogue in Abu Dhabi on Tuesday."),
     E("ministerial meeting", None, ["EU", "AE"], "2026-04-28", None, None, "Abu Dhabi", "held",
       "During her visit, the High Representative was received by President Sheikh Mohamed bin Zayed Al Nahyan."),
     E("dialogue", "EU-UAE Strategic Dialogue", ["EU", "AE"], "2027", None, 2, "Brussels", "planned",
       "The second round of the Strategic Dialogue will be held in Brussels in 2027."),
     )

if __name__ == "__main__":
    emit()
