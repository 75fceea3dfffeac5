#!/usr/bin/env python3
"""Source of blind11/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldsrc import E, emit, page  # noqa: E402


CN = ["EU", "CN"]
JP = ["EU", "JP"]
KR = ["EU", "KR"]
IN = ["EU", "IN"]
US = ["EU", "US"]

# The set samples what a crawler's backfill meets: archived pages from 2015-2022
# (and background reaching back to 2000).

# ------------------------------------------------ EEAS archive and press releases (01-04)

# 01 EEAS archive, Delegation to China: 4th Cyber Taskforce meeting (dd/mm/yyyy dateline, "on 9 June").
page("blind11-01", "2016-06-10",
     E("task force", "EU-China Cyber Taskforce", CN, "2016-06-09", None, 4, "Beijing", "held",
       "The fourth meeting of the EU-China Cyber Taskforce took place in Beijing on 9 June."),
     E("launch", "EU-China Cyber Taskforce", CN, "2012", None, None, "Beijing", "held",
       "The Taskforce was established in 2012 at the 14th EU-China Summit in Beijing"),
     E("summit", "EU-China Summit", CN, "2012", None, 14, "Beijing", "held",
       "the 14th EU-China Summit in Beijing"),
     E("task force", "EU-China Cyber Taskforce", CN, "2017", None, 5, "Brussels", "planned",
       "The two sides agreed that the fifth meeting of the Taskforce will take place in Brussels in 2017."),
     E("summit", "EU-China Summit", CN, "2016-07-12", "2016-07-13", 18, "Beijing", "planned",
       "ahead of the 18th EU-China Summit, to be held in Beijing on 12-13 July"),
     )

# 02 EEAS joint press release: 5th India-EU Cyber Dialogue ("on 12 September" without year).
page("blind11-02", "2019-09-13",
     E("dialogue", "India-EU Cyber Dialogue", IN, "2019-09-12", None, 5, "New Delhi", "held",
       "The fifth India-EU Cyber Dialogue was held in New Delhi on 12 September."),
     E("dialogue", "India-EU Cyber Dialogue", IN, "2018-09", None, 4, "Brussels", "held",
       "the fourth round, held in Brussels in September 2018"),
     E("summit", "India-EU Summit", IN, "2017-10-06", None, 14, "New Delhi", "held",
       "the 14th India-EU Summit held in New Delhi on 6 October 2017"),
     E("dialogue", "India-EU Cyber Dialogue", IN, "2020", None, 6, "Brussels", "planned",
       "The two sides agreed to hold the sixth round of the Dialogue in Brussels in 2020."),
     )

# 03 EEAS joint press release: 2nd EU-Korea Cyber Dialogue ("on Thursday 21 June").
page("blind11-03", "2018-06-22",
     E("dialogue", "EU-Republic of Korea Cyber Dialogue", KR, "2018-06-21", None, 2, "Brussels", "held",
       "The second Cyber Dialogue between the European Union and the Republic of Korea took place in Brussels on Thursday 21 June."),
     E("dialogue", "EU-Republic of Korea Cyber Dialogue", KR, "2017-10", None, 1, "Seoul", "held",
       "the first Dialogue, held in Seoul in October 2017"),
     E("dialogue", "EU-Republic of Korea Cyber Dialogue", KR, "2019", None, 3, "Seoul", "planned",
       "The delegations agreed to hold the third Cyber Dialogue in Seoul in 2019."),
     )

# 04 EEAS Statement by the Spokesperson: 38th HRD postponed. No events.
page("blind11-04", "2020-06-04")

# ------------------------------------------------ EU Delegation page (05)

# 05 EU Delegation to Japan, "Political and economic relations" (no PUBLISHED; years in page).
page("blind11-05", None,
     E("signing", "EU-Japan Economic Partnership Agreement and Strategic Partnership Agreement", JP, "2018-07-17", None, None, "Tokyo", "held",
       "the EU-Japan Economic Partnership Agreement (EPA) and the Strategic Partnership Agreement (SPA) were signed at the 25th EU-Japan Summit in Tokyo on 17 July 2018"),
     E("summit", "EU-Japan Summit", JP, "2018-07-17", None, 25, "Tokyo", "held",
       "the 25th EU-Japan Summit in Tokyo on 17 July 2018"),
     E("signing", "EU-Japan Partnership on Sustainable Connectivity and Quality Infrastructure", JP, "2019-09-27", None, None, "Brussels", "held",
       "The Partnership on Sustainable Connectivity and Quality Infrastructure was signed in Brussels on 27 September 2019"),
     E("launch", "EU-Japan Digital Partnership", JP, "2022-05-12", None, None, "Tokyo", "held",
       "the EU and Japan launched a Digital Partnership at the 28th EU-Japan Summit in Tokyo on 12 May 2022"),
     E("summit", "EU-Japan Summit", JP, "2022-05-12", None, 28, "Tokyo", "held",
       "the 28th EU-Japan Summit in Tokyo on 12 May 2022"),
     )

# ------------------------------------------------ Commission press corner: past summits (06-09)

# 06 Joint statement of the 20th EU-China summit (numbered paragraphs).
page("blind11-06", "2018-07-16",
     E("summit", "EU-China Summit", CN, "2018-07-16", None, 20, "Beijing", "held",
       "The twentieth EU-China Summit took place in Beijing on 16 July 2018."),
     E("dialogue", "EU-China Strategic Dialogue", CN, "2018-06-01", None, 8, "Beijing", "held",
       "the 8th round of the EU-China Strategic Dialogue, held in Beijing on 1 June 2018"),
     E("dialogue", "EU-China High-Level Economic and Trade Dialogue", CN, "2018-06-25", None, 7, "Beijing", "held",
       "the 7th EU-China High-Level Economic and Trade Dialogue, held in Beijing on 25 June 2018"),
     E("launch", "EU-China Vice-Ministerial Joint Working Group on WTO reform", CN, "2018-07-16", None, None, "Beijing", "held",
       "They agreed to establish a Vice-Ministerial Joint Working Group on WTO reform"),
     E("task force", "EU-China Cyber Taskforce", CN, "2018", None, None, "Brussels", "planned",
       "They agreed to hold the next meeting of the Taskforce in Brussels before the end of the year."),
     E("dialogue", "EU-China Human Rights Dialogue", CN, None, None, None, "Brussels", "planned",
       "The two sides agreed to hold the next round of the Human Rights Dialogue in Brussels."),
     E("summit", "EU-China Summit", CN, "2019", None, 21, "Brussels", "planned",
       "Leaders agreed to hold the 21st EU-China Summit in Brussels in 2019."),
     )

# 07 Joint Statement of the 26th EU-Japan Summit (numbered paragraphs, "today").
page("blind11-07", "2019-04-25",
     E("summit", "EU-Japan Summit", JP, "2019-04-25", None, 26, "Brussels", "held",
       "met today in Brussels for the 26th EU-Japan Summit"),
     E("dialogue", "EU-Japan Cyber Dialogue", JP, "2018-11", None, 4, "Brussels", "held",
       "the fourth EU-Japan Cyber Dialogue in Brussels in November 2018"),
     E("signing", "EU-Japan Partnership on Sustainable Connectivity and Quality Infrastructure", JP, "2019-09-27", None, None, "Brussels", "planned",
       "The Partnership on Sustainable Connectivity and Quality Infrastructure will be signed at the Europa Connectivity Forum in Brussels on 27 September."),
     E("summit", "EU-Japan Summit", JP, "2020", None, None, None, "planned",
       "We agreed to hold the next Summit in Japan in 2020."),
     )

# 08 EU-India Joint Statement, 13th summit (numbered paragraphs).
page("blind11-08", "2016-03-30",
     E("summit", "EU-India Summit", IN, "2016-03-30", None, 13, "Brussels", "held",
       "The 13th Summit between the European Union and the Republic of India took place in Brussels on 30 March 2016."),
     E("launch", "India-EU Clean Energy and Climate Partnership", IN, "2016-03-30", None, None, "Brussels", "held",
       "Leaders launched the India-EU Clean Energy and Climate Partnership"),
     E("dialogue", "India-EU Cyber Dialogue", IN, "2015", None, 1, "New Delhi", "held",
       "the first India-EU Cyber Dialogue in New Delhi in 2015"),
     E("working group", "India-EU Joint Working Group on ICT", IN, "2016-02-11", None, 9, "Brussels", "held",
       "the ninth meeting of the India-EU Joint Working Group on ICT, held in Brussels on 11 February 2016"),
     E("summit", "India-EU Summit", IN, "2017", None, 14, "New Delhi", "planned",
       "Leaders agreed that the 14th India-EU Summit will be held in New Delhi in 2017."),
     )

# 09 Press release: EU-China Leaders' Meeting by videoconference (GI agreement, Leipzig postponed).
page("blind11-09", "2020-09-14",
     E("summit", "EU-China Leaders' Meeting", CN, "2020-09-14", None, None, None, "held",
       "held an EU-China Leaders' Meeting with President Xi Jinping by videoconference"),
     E("summit", "EU-China Summit", CN, "2020-06-22", None, 22, None, "held",
       "the 22nd EU-China Summit, held by videoconference on 22 June"),
     E("signing", "EU-China Agreement on Geographical Indications", CN, "2020-09-14", None, None, None, "held",
       "the EU and China signed today the Agreement on Geographical Indications"),
     E("launch", "EU-China High-level Environment and Climate Dialogue", CN, "2020-09-14", None, None, None, "held",
       "The EU and China agreed to establish a High-level Environment and Climate Dialogue"),
     E("launch", "EU-China High-level Digital Dialogue", CN, "2020-09-14", None, None, None, "held",
       "Leaders also agreed to set up a High-level Digital Dialogue"),
     )

# ------------------------------------------------ think-tank reviews with notes and tables (10-14)

# 10 IEAS report: a decade of EU-China summits (pipe table, notes, hypothetical 24th summit).
page("blind11-10", "2022-11-21",
     E("dialogue", "EU-China High-Level Economic and Trade Dialogue", CN, "2018-06", None, None, "Beijing", "held",
       "The HED, for example, met in Beijing in June 2018"),
     E("forum", "EU-China High-Level Forum on Peace and Security", CN, "2017-12", None, None, "Beijing", "held",
       "The EU-China High-Level Forum on Peace and Security, held in Beijing in December 2017"),
     E("summit", "EU-China Summit", CN, "2013-11-21", None, 16, "Beijing", "held",
       "| 16th | 21 November 2013 | Beijing |"),
     E("summit", "EU-China Summit", CN, "2015-06-29", None, 17, "Brussels", "held",
       "| 17th | 29 June 2015 | Brussels |"),
     E("summit", "EU-China Summit", CN, "2016-07-12", "2016-07-13", 18, "Beijing", "held",
       "| 18th | 12-13 July 2016 | Beijing |"),
     E("summit", "EU-China Summit", CN, "2017-06-01", "2017-06-02", 19, "Brussels", "held",
       "| 19th | 1-2 June 2017 | Brussels |"),
     E("summit", "EU-China Summit", CN, "2018-07-16", None, 20, "Beijing", "held",
       "| 20th | 16 July 2018 | Beijing |"),
     E("summit", "EU-China Summit", CN, "2019-04-09", None, 21, "Brussels", "held",
       "| 21st | 9 April 2019 | Brussels |"),
     E("summit", "EU-China Summit", CN, "2020-06-22", None, 22, None, "held",
       "| 22nd | 22 June 2020 | videoconference |"),
     E("summit", "EU-China Summit", CN, "2022-04-01", None, 23, None, "held",
       "| 23rd | 1 April 2022 | videoconference |"),
     )

# 11 TCEA commentary: Japan-EU 2015-2022 (no PUBLISHED; notes with titles; member-state 2+2 traps).
page("blind11-11", None,
     E("summit", "EU-Japan Summit", JP, "2015-05-29", None, 23, "Tokyo", "held",
       "the 23rd summit in Tokyo on 29 May 2015"),
     E("summit", "EU-Japan Summit", JP, "2017-07-06", None, 24, "Brussels", "held",
       "the 24th summit in Brussels on 6 July 2017"),
     E("signing", "EU-Japan Economic Partnership Agreement and Strategic Partnership Agreement", JP, "2018-07-17", None, None, "Tokyo", "held",
       "The EPA and the Strategic Partnership Agreement (SPA) were signed on 17 July 2018 in Tokyo"),
     E("dialogue", "EU-Japan Cyber Dialogue", JP, "2018-11", None, 4, "Brussels", "held",
       "reached its fourth round in Brussels in November 2018"),
     E("summit", "EU-Japan Summit", JP, "2021-05", None, None, None, "held",
       "At the virtual summit of May 2021"),
     E("launch", "EU-Japan Green Alliance", JP, "2021-05", None, None, None, "held",
       "At the virtual summit of May 2021, the two sides launched the EU-Japan Green Alliance"),
     )

# 12 EAPF analysis: ten years of the EU-Korea Strategic Partnership (trade table, superscript notes).
page("blind11-12", "2020-10-06",
     E("summit", "EU-Korea Summit", KR, "2010-10-06", None, 5, "Brussels", "held",
       "On 6 October 2010, the 5th EU-Korea Summit in Brussels upgraded relations to a Strategic Partnership"),
     E("launch", "EU-Korea Strategic Partnership", KR, "2010-10-06", None, None, "Brussels", "held",
       "the 5th EU-Korea Summit in Brussels upgraded relations to a Strategic Partnership"),
     E("signing", "EU-Korea Free Trade Agreement", KR, "2010-10-06", None, None, "Brussels", "held",
       "on the same day the two sides signed their Free Trade Agreement"),
     E("summit", "EU-Korea Summit", KR, "2015-09-15", None, 8, "Seoul", "held",
       "The 8th EU-Korea Summit in Seoul on 15 September 2015"),
     E("summit", "EU-Korea Summit", KR, "2018-10-19", None, 9, "Brussels", "held",
       "The 9th summit took place in Brussels on 19 October 2018"),
     E("summit", "EU-Korea Summit", KR, "2020-06-30", None, 10, None, "held",
       "the 10th was held by videoconference on 30 June 2020"),
     E("dialogue", "EU-Korea Cyber Dialogue", KR, "2019-12", None, 3, "Seoul", "held",
       "held its third round in Seoul in December 2019"),
     E("dialogue", "EU-Korea Cyber Dialogue", KR, "2021", None, 4, None, "planned",
       "The fourth round of the Cyber Dialogue is expected to take place by videoconference in early 2021."),
     )

# 13 TPN report: EU-US dialogues 2015-2022 (TTC table, TTIP/Privacy Shield/G7/NATO traps).
page("blind11-13", "2022-12-15",
     E("ministerial meeting", None, US, "2018-07-25", None, None, "Washington", "held",
       "Commission President Jean-Claude Juncker met President Donald Trump in Washington on 25 July 2018"),
     E("dialogue", "EU-US Cyber Dialogue", US, "2021-12", None, 7, "Brussels", "held",
       "resumed with its seventh round, held in Brussels in December 2021"),
     E("launch", "EU-US Trade and Technology Council", US, "2021-06-15", None, None, "Brussels", "held",
       "The TTC was launched at the EU-US Summit in Brussels on 15 June 2021"),
     E("summit", "EU-US Summit", US, "2021-06-15", None, None, "Brussels", "held",
       "the EU-US Summit in Brussels on 15 June 2021"),
     E("council", "EU-US Trade and Technology Council", US, "2021-09-29", None, 1, "Pittsburgh", "held",
       "| 1 | 29 September 2021 | Pittsburgh |"),
     E("council", "EU-US Trade and Technology Council", US, "2022-05-16", None, 2, "Paris-Saclay", "held",
       "| 2 | 16 May 2022 | Paris-Saclay |"),
     E("council", "EU-US Trade and Technology Council", US, "2022-12-05", None, 3, "College Park", "held",
       "The third meeting, held earlier this month in College Park, Maryland"),
     E("council", "EU-US Trade and Technology Council", US, "2023", None, 4, None, "planned",
       "The fourth meeting is expected in Sweden in the first half of 2023."),
     )

# 14 IESC commentary: EU-India one year after Porto (notes, "last month", FTA traps).
page("blind11-14", "2022-05-10",
     E("summit", "EU-India Leaders' Meeting", IN, "2021-05-08", None, None, "Porto", "held",
       "on 8 May 2021, Prime Minister Narendra Modi joined the 27 EU heads of state or government by video for the EU-India Leaders' Meeting in Porto"),
     E("launch", "EU-India Connectivity Partnership", IN, "2021-05-08", None, None, "Porto", "held",
       "They launched an EU-India Connectivity Partnership in Porto"),
     E("summit", "EU-India Summit", IN, "2020-07-15", None, 15, None, "held",
       "the 15th EU-India Summit, held by videoconference on 15 July 2020"),
     E("dialogue", "India-EU Cyber Dialogue", IN, "2020", None, 6, None, "held",
       "held its sixth round by videoconference in 2020"),
     E("launch", "EU-India Trade and Technology Council", IN, "2022-04-25", None, None, "New Delhi", "held",
       "During a visit to New Delhi by Commission President Ursula von der Leyen, the two sides agreed on 25 April 2022 to set up an EU-India Trade and Technology Council"),
     )

# ------------------------------------------------ Wikipedia-like overviews (15-17)

# 15 Wikipedia: European Union-India summit (postponed March 2020 meeting, "no date" for the 16th, reference titles).
page("blind11-15", "2022-07-12",
     E("summit", "EU-India Summit", IN, "2000-06-28", None, 1, "Lisbon", "held",
       "The first summit took place in Lisbon on 28 June 2000"),
     E("summit", "EU-India Summit", IN, "2016-03-30", None, 13, "Brussels", "held",
       "The 13th summit was held in Brussels on 30 March 2016"),
     E("summit", "EU-India Summit", IN, "2017-10-06", None, 14, "New Delhi", "held",
       "The 14th summit was held in New Delhi on 6 October 2017."),
     E("summit", "EU-India Summit", IN, "2020-07-15", None, 15, None, "held",
       "The 15th summit was held by videoconference on 15 July 2020"),
     E("summit", "EU-India Leaders' Meeting", IN, "2021-05-08", None, None, "Porto", "held",
       "was held in Porto on 8 May 2021"),
     )

# 16 Wikipedia: European Union-South Korea relations (agreements; standing summits; see-also and references).
page("blind11-16", "2021-03-18",
     E("signing", "EU-Korea Framework Agreement", KR, "2010-05-10", None, None, "Seoul", "held",
       "The updated Framework Agreement was signed in Seoul on 10 May 2010"),
     E("signing", "EU-Korea Free Trade Agreement", KR, "2010-10-06", None, None, "Brussels", "held",
       "The Free Trade Agreement was signed in Brussels on 6 October 2010."),
     E("signing", "EU-Korea Framework Participation Agreement", KR, "2014-05-23", None, None, "Seoul", "held",
       "was signed in Seoul on 23 May 2014"),
     )

# 17 Wikipedia: EU-Japan EPA (infobox; negotiation, agreement in principle, consent, entry-into-force traps).
page("blind11-17", "2020-02-03",
     E("signing", "EU-Japan Economic Partnership Agreement and Strategic Partnership Agreement", JP, "2018-07-17", None, None, "Tokyo", "held",
       "The agreement was signed in Tokyo on 17 July 2018 at the 25th EU–Japan summit"),
     E("summit", "EU-Japan Summit", JP, "2018-07-17", None, 25, "Tokyo", "held",
       "in Tokyo on 17 July 2018 at the 25th EU–Japan summit"),
     )

# ------------------------------------------------ EU Delegation pages (18-19) and a multilateral press release (20)

# 18 EU Delegation to China, "Political and economic relations" (dated 12/05/2016).
page("blind11-18", "2016-05-12",
     E("launch", "EU-China comprehensive strategic partnership", CN, "2003", None, None, None, "held",
       "The EU and China established a comprehensive strategic partnership in 2003."),
     E("summit", "EU-China Summit", CN, "2013-11", None, 16, "Beijing", "held",
       "adopted at the 16th EU-China Summit in Beijing in November 2013"),
     E("summit", "EU-China Summit", CN, "2015-06-29", None, 17, "Brussels", "held",
       "The 17th EU-China Summit took place in Brussels on 29 June 2015"),
     E("launch", "EU-China Connectivity Platform", CN, "2015-06-29", None, None, "Brussels", "held",
       "set up the EU-China Connectivity Platform"),
     E("summit", "EU-China Summit", CN, "2016-07", None, 18, "Beijing", "planned",
       "The 18th EU-China Summit will be held in Beijing in July."),
     E("dialogue", "EU-China Human Rights Dialogue", CN, "2015-11-30", "2015-12-01", 34, "Beijing", "held",
       "The 34th round took place in Beijing on 30 November-1 December 2015"),
     )

# 19 EU Delegation to India, "Political and economic relations" (no PUBLISHED; years in page).
page("blind11-19", None,
     E("launch", "India-EU Strategic Partnership", IN, "2004", None, None, "The Hague", "held",
       "India and the EU became strategic partners at the 5th EU-India Summit in The Hague in 2004."),
     E("summit", "EU-India Summit", IN, "2004", None, 5, "The Hague", "held",
       "the 5th EU-India Summit in The Hague in 2004"),
     E("summit", "EU-India Summit", IN, "2017-10-06", None, 14, "New Delhi", "held",
       "The 14th Summit, held in New Delhi on 6 October 2017"),
     E("summit", "EU-India Summit", IN, None, None, 15, "Brussels", "planned",
       "The 15th Summit is expected to take place in Brussels."),
     )

# 20 EEAS press release: HR/VP at the G20 Foreign Ministers' Meeting in Bonn. No events.
page("blind11-20", "2017-02-16")

if __name__ == "__main__":
    emit()
