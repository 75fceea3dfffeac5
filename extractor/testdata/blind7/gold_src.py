#!/usr/bin/env python3
"""Source of blind7/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldsrc import E, emit, page  # noqa: E402


JP = ["EU", "JP"]
KR = ["EU", "KR"]
IN = ["EU", "IN"]
CN = ["EU", "CN"]
US = ["EU", "US"]

# Japan MOFA readout "Japan-EU Summit Meeting" (times in local and Japan time).
page("blind7-01", "2026-06-09",
     E("summit", "Japan-EU Summit", JP, "2026-06-09", None, 31, "Brussels", "held",
       "held the 31st Japan-EU Summit Meeting with H.E. Mr. António Costa, President of the European Council, and H.E. Ms. Ursula von der Leyen, President of the European Commission"),
     E("council", "Japan-EU Digital Partnership Council", JP, "2026-05", None, 4, "Tokyo", "held",
       "the fourth Japan-EU Digital Partnership Council held in Tokyo in May"),
     E("forum", "EU-Japan Business Round Table", JP, "2026-04-23", None, None, "Tokyo", "held",
       "the EU-Japan Business Round Table, whose annual meeting was held in Tokyo on April 23"),
     E("signing", "Japan-EU Arrangement on Critical Minerals Supply Chain Resilience", JP, "2026-06-09", None, None, "Brussels", "held",
       "In the presence of the three leaders, the Japan-EU Arrangement on Critical Minerals Supply Chain Resilience was signed"),
     E("dialogue", "Japan-EU Strategic Dialogue", JP, "2026", None, 3, "Brussels", "planned",
       "the third Japan-EU Strategic Dialogue between the Minister for Foreign Affairs of Japan and the High Representative will be held in Brussels in the autumn"),
     E("summit", "Japan-EU Summit", JP, "2027", None, None, None, "planned",
       "The leaders concurred to hold the next Japan-EU Summit in Japan in 2027."),
     )

# Korea MOFA press release "Outcome of the 2nd Korea-EU Strategic Dialogue" ("November 4 (Tue.)").
page("blind7-02", "2025-11-04",
     E("dialogue", "Korea-EU Strategic Dialogue", KR, "2025-11-04", None, 2, "Seoul", "held",
       "Minister of Foreign Affairs Cho Hyun held the 2nd Korea-EU Strategic Dialogue with Kaja Kallas"),
     E("signing", "Korea-EU Security and Defence Partnership", KR, "2024-11", None, None, "Seoul", "held",
       "the Korea-EU Security and Defence Partnership was signed in Seoul in November last year"),
     E("summit", "Korea-EU Summit", KR, "2026", None, 11, "Brussels", "planned",
       "The two sides agreed to hold the 11th Korea-EU Summit in Brussels in the first half of next year"),
     E("launch", "Korea-EU Economic Security Dialogue", KR, "2025-11-04", None, None, "Seoul", "held",
       "The two sides also agreed to launch the first-ever Korea-EU Economic Security Dialogue at the director-general level"),
     E("dialogue", "Korea-EU Economic Security Dialogue", KR, "2025-12", None, 1, "Brussels", "planned",
       "its first meeting will be held in Brussels in December"),
     )

# India MEA press release on the third India-EU TTC (numbered paragraphs, dateline at the end).
page("blind7-03", "2026-05-19",
     E("council", "India-EU Trade and Technology Council", IN, "2026-05-18", None, 3, "Brussels", "held",
       "The third ministerial meeting of the India-EU Trade and Technology Council (TTC) was held in Brussels on 18 May 2026."),
     E("council", "India-EU Trade and Technology Council", IN, "2025-02", None, 2, "New Delhi", "held",
       "the second meeting held in New Delhi in February 2025"),
     E("summit", "India-EU Summit", IN, "2026-01-27", None, 16, "New Delhi", "held",
       "the 16th India-EU Summit held in New Delhi on 27 January 2026"),
     E("working group", "India-EU TTC Working Groups", IN, "2026-05-17", None, None, "Brussels", "held",
       "met in Brussels on 17 May 2026 to prepare the ministerial meeting"),
     E("signing", "India-EU Administrative Arrangement on cooperation in 6G research and innovation", IN, "2026-05-18", None, None, "Brussels", "held",
       "On the margins of the TTC, an Administrative Arrangement on cooperation in 6G research and innovation was signed"),
     E("ministerial meeting", None, IN, "2026-05-18", None, None, "Brussels", "held",
       "External Affairs Minister also called on Ms. Ursula von der Leyen, President of the European Commission, on the same day"),
     E("council", "India-EU Trade and Technology Council", IN, "2027", None, 4, None, "planned",
       "It was agreed that the fourth meeting of the TTC will be held in India in 2027."),
     )

# China MFA readout (Wang Yi, 13th China-EU High-Level Strategic Dialogue).
page("blind7-04", "2025-07-03",
     E("dialogue", "China-EU High-Level Strategic Dialogue", CN, "2025-07-02", None, 13, "Brussels", "held",
       "On July 2, 2025 local time, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held the 13th round of China-EU High-Level Strategic Dialogue"),
     E("summit", "China-EU Summit", CN, "2025-07", None, None, None, "planned",
       "the new round of China-EU Summit, which will be held in China later this month"),
     E("ministerial meeting", None, CN, "2025-07-02", None, None, "Brussels", "held",
       "Before the dialogue, Wang Yi met with President of the European Council António Costa."),
     )

# US State Department media note (joint press statement), American date style.
page("blind7-05", "2024-09-20",
     E("dialogue", "U.S.-EU Dialogue on China", US, "2024-09-19", None, 6, "Washington", "held",
       "co-chaired the sixth high-level meeting of the U.S.-EU Dialogue on China in Washington, D.C., on Thursday, September 19, 2024"),
     E("dialogue", "U.S.-EU High-Level Consultations on the Indo-Pacific", US, "2024-09-19", None, 5, "Washington", "held",
       "The Deputy Secretary and the Secretary General also held the fifth U.S.-EU High-Level Consultations on the Indo-Pacific on the same day."),
     E("launch", "U.S.-EU Dialogue on China", US, "2020-10", None, None, None, "held",
       "Since its launch by the Secretary of State and the High Representative in October 2020"),
     E("council", "U.S.-EU Trade and Technology Council", US, "2024-04", None, None, "Leuven", "held",
       "the U.S.-EU Trade and Technology Council, which last met in Leuven, Belgium, in April"),
     E("dialogue", "U.S.-EU Dialogue on China", US, "2025", None, None, "Brussels", "planned",
       "looked forward to holding the next round of the Dialogue on China in Brussels in 2025"),
     )

# EU Delegation to Korea fact page with a chronology; no publication date (years from the page).
page("blind7-06", None,
     E("summit", "EU-Korea Summit", KR, "2010-10-06", None, 5, "Brussels", "held",
       "2010 – 5th EU-Korea Summit in Brussels on 6 October"),
     E("signing", "EU-Korea Framework Agreement and Free Trade Agreement", KR, "2010-10-06", None, None, "Brussels", "held",
       "the new Framework Agreement and the Free Trade Agreement are signed"),
     E("launch", "EU-Korea Strategic Partnership", KR, "2010-10-06", None, None, "Brussels", "held",
       "the relationship is upgraded to a Strategic Partnership"),
     E("summit", "EU-Korea Summit", KR, "2023-05-22", None, 10, "Seoul", "held",
       "2023 – 10th EU-Korea Summit in Seoul, 22 May"),
     E("launch", "EU-Korea Green Partnership", KR, "2023-05-22", None, None, "Seoul", "held",
       "launch of the EU-Korea Green Partnership"),
     E("council", "EU-Korea Digital Partnership Council", KR, "2023-06-30", None, 1, "Seoul", "held",
       "2023 – 1st EU-Korea Digital Partnership Council in Seoul, 30 June."),
     E("signing", "EU-Korea Security and Defence Partnership", KR, "2024-11-04", None, None, "Seoul", "held",
       "2024 – Security and Defence Partnership signed in Seoul, 4 November."),
     E("council", "EU-Korea Digital Partnership Council", KR, "2024-11-13", None, 2, "Brussels", "held",
       "2024 – 2nd EU-Korea Digital Partnership Council in Brussels, 13 November."),
     E("summit", "EU-Korea Summit", KR, "2026", None, 11, "Brussels", "planned",
       "Next: 11th EU-Korea Summit, Brussels, 2026 (date to be confirmed)."),
     )

# Kyodo dateline report ("agreed Monday", "later Tuesday", "on Wednesday").
page("blind7-07", "2025-12-09",
     E("dialogue", "Japan-EU Strategic Dialogue", JP, "2025-12-08", None, 2, "Tokyo", "held",
       "as Foreign Minister Toshimitsu Motegi and EU foreign policy chief Kaja Kallas held their second strategic dialogue in Tokyo"),
     E("signing", "Japan-EU agreement on the security of information", JP, "2025-12-08", None, None, "Tokyo", "held",
       "the two also signed an agreement on the security of information"),
     E("dialogue", "Japan-EU Strategic Dialogue", JP, "2025-03", None, 1, "Brussels", "held",
       "The inaugural round of the strategic dialogue, which brings together Japan's foreign minister and the EU's foreign policy chief, took place in Brussels in March."),
     E("ministerial meeting", None, JP, "2025-12-09", None, None, "Tokyo", "planned",
       "Kallas was scheduled to pay a courtesy call on Takaichi later Tuesday"),
     E("ministerial meeting", None, KR, "2025-12-10", None, None, "Seoul", "planned",
       "will travel to Seoul on Wednesday for talks with South Korean Foreign Minister Cho Hyun"),
     E("summit", "Japan-EU summit", JP, "2026", None, None, "Brussels", "planned",
       "Takaichi is expected to visit Brussels next year for the annual Japan-EU summit"),
     )

# Yonhap dateline report.
page("blind7-08", "2025-10-14",
     E("council", "Korea-EU Digital Partnership Council", KR, "2025-10-14", None, 3, "Seoul", "held",
       "South Korea and the European Union held their third digital partnership council in Seoul on Tuesday"),
     E("signing", "Korea-EU memorandum of understanding on cooperation in quantum science and technology", KR, "2025-10-14", None, None, "Seoul", "held",
       "The two sides signed a memorandum of understanding on cooperation in quantum science and technology on the occasion"),
     E("working group", "Korea-EU joint working group on semiconductors", KR, "2025-12", None, 1, "Brussels", "planned",
       "a joint working group on semiconductors, whose first meeting is slated for December in Brussels"),
     E("council", "Korea-EU Digital Partnership Council", KR, "2024-11", None, None, "Brussels", "held",
       "The previous council was held in Brussels in November last year."),
     )

# PTI dateline report ("on Tuesday ... here", "on Monday").
page("blind7-09", "2025-06-10",
     E("dialogue", "India-EU Strategic Dialogue", IN, "2025-06-10", None, 1, "Brussels", "held",
       "India and the European Union on Tuesday held their first strategic dialogue here"),
     E("ministerial meeting", None, IN, "2025-06-09", None, None, "Brussels", "held",
       "also met European Commission President Ursula von der Leyen on Monday"),
     E("council", "India-EU Trade and Technology Council", IN, "2025-02", None, 2, "New Delhi", "held",
       "The Trade and Technology Council, whose second meeting was held in New Delhi in February"),
     E("summit", "India-EU Summit", IN, "2025", None, None, "New Delhi", "planned",
       "The next India-EU Summit, slated to be held in New Delhi later this year"),
     )

# Xinhua dateline report.
page("blind7-10", "2025-07-10",
     E("dialogue", "China-EU High-level Environment and Climate Dialogue", CN, "2025-07-10", None, 6, "Beijing", "held",
       "co-chaired the sixth China-EU High-level Environment and Climate Dialogue in Beijing on Thursday"),
     E("summit", "China-EU Summit", CN, "2025-07", None, None, None, "planned",
       "the China-EU leaders' meeting scheduled for later this month"),
     E("ministerial meeting", None, CN, "2025-07-09", None, None, "Beijing", "held",
       "On Wednesday, Ribera held talks with Chinese Minister of Ecology and Environment Huang Runqiu in Beijing"),
     E("launch", "China-EU High-level Environment and Climate Dialogue", CN, "2020", None, None, None, "held",
       "The dialogue mechanism was launched in 2020"),
     )

# China MFA regular press conference transcript.
page("blind7-11", "2025-07-21",
     E("summit", "China-EU Summit", CN, "2025-07-24", None, 25, "Beijing", "planned",
       "will be in China for the 25th China-EU Summit in Beijing on July 24"),
     E("dialogue", "China-EU Human Rights Dialogue", CN, "2025-06", None, 40, "Brussels", "held",
       "China and the EU held the 40th round of the Human Rights Dialogue in Brussels in June."),
     )

# ANSA dateline report (member state leader at the G20; "could"): no events.
page("blind7-12", "2025-11-23")

# CSIS "Critical Questions" (American dates, footnotes).
page("blind7-13", "2025-09-03",
     E("ministerial meeting", None, US, "2025-07-27", None, None, "Turnberry", "held",
       "On July 27, 2025, President Donald Trump and European Commission President Ursula von der Leyen met at Trump's golf resort in Turnberry, Scotland"),
     E("summit", "U.S.-EU summit", US, "2021-06-15", None, None, "Brussels", "held",
       "the U.S.-EU summit in Brussels on June 15, 2021"),
     E("launch", "U.S.-EU Trade and Technology Council", US, "2021-06-15", None, None, "Brussels", "held",
       "The Trade and Technology Council (TTC) was launched at the U.S.-EU summit in Brussels on June 15, 2021"),
     E("council", "U.S.-EU Trade and Technology Council", US, "2021-09-29", None, 1, "Pittsburgh", "held",
       "It held its inaugural ministerial meeting in Pittsburgh on September 29, 2021"),
     E("council", "U.S.-EU Trade and Technology Council", US, "2024-04-04", "2024-04-05", 6, "Leuven", "held",
       "its sixth and final one in Leuven, Belgium, on April 4-5, 2024"),
     E("ministerial meeting", None, US, "2025-09", None, None, "Washington", "planned",
       "European Trade Commissioner Maroš Šefčovič is slated to meet U.S. Trade Representative Jamieson Greer in Washington later this month"),
     )

# Chinese Mission to the EU chronology; no publication date (years from the page).
page("blind7-14", None,
     E("summit", "China-EU Summit", CN, "1998-04-02", None, 1, "London", "held",
       "April 2: The first China-EU Summit was held in London"),
     E("summit", "China-EU Summit", CN, "2003-10-30", None, 6, "Beijing", "held",
       "October 30: The sixth China-EU Summit was held in Beijing."),
     E("launch", "China-EU Comprehensive Strategic Partnership", CN, "2003-10-30", None, None, "Beijing", "held",
       "The two sides decided to establish a comprehensive strategic partnership."),
     E("dialogue", "China-EU High-Level Strategic Dialogue", CN, "2010-09-01", None, 1, "Guiyang", "held",
       "September 1: The first round of the China-EU High-Level Strategic Dialogue was held in Guiyang, Guizhou Province."),
     E("summit", "China-EU Summit", CN, "2012-02-14", None, 14, "Beijing", "held",
       "February 14: The 14th China-EU Summit was held in Beijing."),
     E("launch", "China-EU Cyber Task Force", CN, "2012-02-14", None, None, "Beijing", "held",
       "The two sides agreed to set up the China-EU Cyber Task Force."),
     E("summit", "China-EU Summit", CN, "2013-11-21", None, 16, "Beijing", "held",
       "November 21: The 16th China-EU Summit was held in Beijing."),
     E("summit", "China-EU Summit", CN, "2023-12-07", None, 24, "Beijing", "held",
       "December 7: The 24th China-EU Summit was held in Beijing."),
     E("summit", "China-EU Summit", CN, "2025-07-24", None, 25, "Beijing", "held",
       "July 24: The 25th China-EU Summit was held in Beijing."),
     )

# MERICS newsletter (several items; member-state visit, partner-only trilateral, EU-internal calendar).
page("blind7-15", "2025-12-11",
     E("dialogue", "EU-China export control dialogue", CN, "2025-12", None, 1, "Brussels", "held",
       "met in Brussels last week for the first meeting of the upgraded EU-China export control dialogue"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", CN, "2026-01", None, 11, "Brussels", "planned",
       "Brussels is preparing for the 11th High-level Economic and Trade Dialogue (HED) with China, slated for January in Brussels"),
     )

# HCSS news item on a track-1.5 dialogue (as seed-003).
page("blind7-16", "2026-04-16",
     E("dialogue", "Sino-European Cyber Dialogue", CN, "2026-03-25", "2026-03-26", 11, "The Hague", "held",
       "The eleventh meeting of the Sino-European Cyber Dialogue (SECD) was held on 25 and 26 March 2026 in The Hague."),
     E("dialogue", "Sino-European Cyber Dialogue", CN, "2024-11", None, 10, "Beijing", "held",
       "the tenth iteration, which was hosted by CICIR in Beijing in November 2024"),
     E("dialogue", "Sino-European Cyber Dialogue", CN, "2027", None, 12, None, "planned",
       "The twelfth round is planned to take place in China in the second half of 2027."),
     )

# ORF "Expert Speak" analysis (India-EU; footnotes, member-state and multilateral traps).
page("blind7-17", "2026-02-12",
     E("summit", "India-EU Summit", IN, "2026-01-27", None, 16, "New Delhi", "held",
       "The 16th India–EU Summit in New Delhi on 27 January"),
     E("signing", "India-EU Memorandum of Understanding on the mobility of researchers", IN, "2026-01-27", None, None, "New Delhi", "held",
       "a Memorandum of Understanding on the mobility of researchers, which was signed on the sidelines of the summit"),
     E("dialogue", "India-EU Human Rights Dialogue", IN, "2023", None, None, None, "held",
       "The India–EU Human Rights Dialogue, for instance, was last held in 2023."),
     E("launch", "India-EU Trade and Technology Council", IN, "2022-04", None, None, "New Delhi", "held",
       "Launched during European Commission President Ursula von der Leyen's visit to New Delhi in April 2022"),
     E("council", "India-EU Trade and Technology Council", IN, "2023-05", None, 1, "Brussels", "held",
       "Its first ministerial meeting, in Brussels in May 2023"),
     E("council", "India-EU Trade and Technology Council", IN, "2025-02", None, 2, "New Delhi", "held",
       "the second, in New Delhi in February 2025"),
     E("council", "India-EU Trade and Technology Council", IN, "2026-05", None, 3, "Brussels", "planned",
       "The third ministerial, slated for Brussels in May, will be the first test."),
     )

# Chatham House expert comment (Japan, Korea; postponed trilateral, "could", NATO/G7).
page("blind7-18", "2026-06-12",
     E("summit", "Japan-EU summit", JP, "2026-06-09", None, 31, "Brussels", "held",
       "The 31st Japan–EU summit in Brussels on 9 June"),
     E("launch", "Japan-EU Competitiveness Alliance", JP, "2025-07", None, None, "Tokyo", "held",
       "the Japan–EU Competitiveness Alliance was launched at last July's summit in Tokyo"),
     E("summit", "Japan-EU summit", JP, "2025-07", None, None, "Tokyo", "held",
       "last July's summit in Tokyo"),
     E("summit", "EU-Korea summit", KR, "2026-03-23", None, 11, "Brussels", "held",
       "At the 11th EU–Korea summit in Brussels on 23 March"),
     E("council", "EU-Korea Digital Partnership Council", KR, "2026", None, 4, "Brussels", "planned",
       "The two sides will hold their fourth Digital Partnership Council in Brussels in the autumn."),
     E("dialogue", "Japan-EU Strategic Dialogue", JP, "2026", None, 3, "Brussels", "planned",
       "the third Japan–EU Strategic Dialogue, slated for Brussels in the autumn"),
     E("dialogue", "Korea-EU Strategic Dialogue", KR, "2027", None, 3, "Brussels", "planned",
       "the Korea–EU Strategic Dialogue, whose third round the EU will host in Brussels early next year"),
     )

# European Parliament delegation news (interparliamentary meeting).
page("blind7-19", "2026-04-24",
     E("dialogue", "EU-Japan Interparliamentary Meeting", JP, "2026-04-28", "2026-04-29", 44, "Tokyo", "planned",
       "The 44th EU-Japan Interparliamentary Meeting (IPM) with Members of the National Diet will be held on 28 and 29 April in the House of Councillors."),
     E("dialogue", "EU-Japan Interparliamentary Meeting", JP, "2024-10", None, 43, "Strasbourg", "held",
       "The previous, 43rd IPM took place in Strasbourg in October 2024."),
     E("summit", "EU-Japan Summit", JP, "2026-06", None, 31, "Brussels", "planned",
       "the 31st EU-Japan Summit, which is expected to take place in Brussels in June"),
     )

# EU Delegation to Japan press release (British weekday + date style, "annual consultations").
page("blind7-20", "2026-03-06",
     E("dialogue", "Japan-EU consultations on disarmament, non-proliferation and arms export control", JP, "2026-03-05", None, 15, "Tokyo", "held",
       "Japan and the European Union held their annual consultations on disarmament, non-proliferation and arms export control in Tokyo on Thursday 5 March 2026."),
     E("dialogue", "Japan-EU Cyber Dialogue", JP, "2026-03-04", None, 7, "Tokyo", "held",
       "On Wednesday 4 March, also in Tokyo, the two sides convened the seventh Japan-EU Cyber Dialogue"),
     E("dialogue", "Japan-EU Cyber Dialogue", JP, "2024-10", None, 6, "Brussels", "held",
       "The sixth round of the Cyber Dialogue took place in Brussels in October 2024."),
     E("dialogue", "Japan-EU consultations on disarmament, non-proliferation and arms export control", JP, "2027", None, None, "Brussels", "planned",
       "Both sides agreed to hold the next consultations in Brussels in 2027."),
     )

# Japan MOFA country page with a "Recent High-Level Exchanges" table; no publication date.
page("blind7-21", None,
     E("signing", "Japan-EU Strategic Partnership Agreement and Economic Partnership Agreement", JP, "2018-07-17", None, None, "Tokyo", "held",
       "The Japan-EU Strategic Partnership Agreement (SPA) and the Japan-EU Economic Partnership Agreement (EPA) were signed in Tokyo on July 17, 2018"),
     E("summit", "Japan-EU Summit", JP, "2018-07-17", None, 25, "Tokyo", "held",
       "on the occasion of the 25th Japan-EU Summit"),
     E("ministerial meeting", "Japan-EU Foreign Ministers' Meeting", JP, "2024-11", None, None, None, "held",
       "2024 | November | High Representative Borrell (visit to Japan) | Japan-EU Foreign Ministers' Meeting"),
     E("launch", "Japan-EU Security and Defence Partnership", JP, "2024-11", None, None, None, "held",
       "announcement of the Japan-EU Security and Defence Partnership"),
     E("dialogue", "Japan-EU Strategic Dialogue", JP, "2025-03", None, 1, "Brussels", "held",
       "2025 | March | Foreign Minister Iwaya (visit to Belgium) | 1st Japan-EU Strategic Dialogue (Brussels)"),
     E("summit", "Japan-EU Summit", JP, "2025-07", None, 30, "Tokyo", "held",
       "30th Japan-EU Summit (Tokyo)"),
     E("launch", "Japan-EU Competitiveness Alliance", JP, "2025-07", None, None, "Tokyo", "held",
       "launch of the Japan-EU Competitiveness Alliance"),
     E("dialogue", "Japan-EU Strategic Dialogue", JP, "2025-12", None, 2, "Tokyo", "held",
       "2025 | December | High Representative Kallas (visit to Japan) | 2nd Japan-EU Strategic Dialogue (Tokyo)"),
     E("summit", "Japan-EU Summit", JP, "2026-06", None, 31, "Brussels", "held",
       "2026 | June | Prime Minister Takaichi (visit to Belgium) | 31st Japan-EU Summit (Brussels)"),
     )

# Korea MOFA press release on ASEAN-related meetings (multilateral, partner-only, "could"): no events.
page("blind7-22", "2025-07-11")

# Carnegie commentary (standing mechanisms, negotiations, member states, "could"): no events.
page("blind7-23", "2025-10-16")

# Japan Times preview ("Tuesday, June 9", "(Tokyo time)", "slated to sign", postponed dialogue).
page("blind7-24", "2026-06-05",
     E("summit", "Japan-EU summit", JP, "2026-06-09", None, 31, "Brussels", "planned",
       "hold talks with European Council President Antonio Costa and European Commission President Ursula von der Leyen in Brussels on Tuesday, June 9"),
     E("summit", "Japan-EU summit", JP, "2025-07-23", None, None, "Tokyo", "held",
       "The previous one took place in Tokyo on July 23 last year."),
     E("signing", "Japan-EU arrangement on critical minerals supply chains", JP, "2026-06-09", None, None, "Brussels", "planned",
       "At the summit, Japan and the EU are slated to sign an arrangement on critical minerals supply chains"),
     E("summit", "EU-Korea summit", KR, "2026-03-23", None, 11, "Brussels", "held",
       "South Korea's President Lee Jae-myung held the 11th EU-Korea summit in Brussels on March 23"),
     )

if __name__ == "__main__":
    emit()
