#!/usr/bin/env python3
"""Source of blind4/gold.jsonl (hand annotation). Run: python3 gold_src.py > gold.jsonl"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldsrc import E, emit, page  # noqa: E402


C5 = ["EU", "KZ", "KG", "TJ", "TM", "UZ"]

page("blind4-01", "2024-11-21",
     E("dialogue", "EU-Viet Nam Human Rights Dialogue", ["EU", "VN"], "2024-11-19", None, 13, "Hanoi", "held",
       "The European Union and Viet Nam held the 13th round of their Human Rights Dialogue in Hanoi on Tuesday 19 November."),
     E("dialogue", "EU-Viet Nam Human Rights Dialogue", ["EU", "VN"], "2023-06-22", None, None, "Brussels", "held",
       "the previous round, which was held in Brussels on 22 June 2023"),
     E("dialogue", "EU-Viet Nam Human Rights Dialogue", ["EU", "VN"], "2025", None, None, "Brussels", "planned",
       "Both sides agreed to hold the next Human Rights Dialogue in Brussels in 2025."),
     )

page("blind4-02", None,
     E("signing", "EU-Kyrgyzstan Enhanced Partnership and Cooperation Agreement", ["EU", "KG"], "2024", None, None, None, "held",
       "the one with Kyrgyzstan was signed in 2024 after years of negotiation"),
     E("ministerial meeting", "EU-Central Asia high-level meeting", C5, "2022-10-27", None, 1, "Astana", "held",
       "The first regional high-level meeting between the President of the European Council, Charles Michel, and the five Central Asian heads of state took place in Astana on 27 October 2022"),
     E("ministerial meeting", "EU-Central Asia high-level meeting", C5, "2023-06-02", None, 2, "Cholpon-Ata", "held",
       "It was followed by a second such meeting in Cholpon-Ata, Kyrgyzstan, on 2 June 2023"),
     E("ministerial meeting", "EU-Central Asia Ministerial Meeting", C5, "2023-10-23", None, 19, "Luxembourg", "held",
       "the 19th EU–Central Asia Ministerial Meeting was held in Luxembourg on 23 October 2023"),
     E("forum", "Global Gateway Investors Forum for EU-Central Asia Transport Connectivity", C5, "2024-01-29", "2024-01-30", None, "Brussels", "held",
       "On 29–30 January 2024, the Commission organised in Brussels the Global Gateway Investors Forum for EU–Central Asia Transport Connectivity"),
     E("signing", "MoU on a strategic partnership on sustainable raw materials, batteries and renewable hydrogen", ["EU", "KZ"], "2022-11-07", None, None, "Sharm el-Sheikh", "held",
       "already on 7 November 2022, on the margins of COP27 in Sharm el-Sheikh, the EU and Kazakhstan had signed a memorandum of understanding"),
     E("summit", "EU-Central Asia Summit", C5, "2025-04-03", "2025-04-04", 1, "Samarkand", "held",
       "the first-ever EU–Central Asia Summit, held in Samarkand on 3 and 4 April 2025"),
     E("summit", "EU-Central Asia Summit", C5, "2027", None, 2, None, "planned",
       "the Joint Declaration foresees the second EU–Central Asia summit for 2027, without naming a venue yet"),
     E("dialogue", "EU-Tajikistan Human Rights Dialogue", ["EU", "TJ"], "2025-05-14", None, 13, "Dushanbe", "held",
       "on 14 May, the EU and Tajikistan held the 13th round of their Human Rights Dialogue in Dushanbe"),
     )

page("blind4-03", None,
     E("dialogue", "EU-Brazil Digital Economy Dialogue", ["EU", "BR"], "2023-10-05", "2023-10-06", 5, "Brasília", "held",
       "The fifth EU-Brazil Digital Economy Dialogue took place in Brasília on 5–6 October 2023."),
     E("ministerial meeting", None, ["EU", "BR"], "2024-03-11", None, None, "Brussels", "held",
       "A meeting between the Commissioner for Internal Market and Brazil’s Minister of Communications, Juscelino Filho, took place in Brussels on 11 March 2024."),
     E("launch", "EU-Mexico Digital Dialogue", ["EU", "MX"], "2022-01", None, None, None, "held",
       "In January 2022, the EU and Mexico launched a Digital Dialogue"),
     E("dialogue", "EU-Mexico Digital Dialogue", ["EU", "MX"], "2023-06-07", None, 2, None, "held",
       "The second edition of the dialogue was held by videoconference on 7 June 2023"),
     E("signing", "EU-Chile Advanced Framework Agreement", ["EU", "CL"], "2023-12", None, None, None, "held",
       "The Advanced Framework Agreement signed in December 2023 contains a digital trade chapter"),
     E("dialogue", "EU-Colombia Digital Dialogue", ["EU", "CO"], "2025", None, 1, "Bogotá", "planned",
       "The first EU-Colombia Digital Dialogue is planned for the first half of 2025 in Bogotá."),
     E("working group", "EU-Peru working group on the digital economy", ["EU", "PE"], "2023-11", None, 1, "Lima", "held",
       "The first meeting of the working group took place in Lima in mid-November 2023"),
     E("summit", "EU-CELAC Summit", ["EU", "CELAC"], "2023-07-17", "2023-07-18", 3, "Brussels", "held",
       "The III EU-CELAC Summit held in Brussels on 17 and 18 July 2023"),
     )

AU = ["EU", "African Union"]
page("blind4-04", "2024-10-10",
     E("dialogue", "AU-EU Track 1.5 Dialogue on Peace and Security", AU, "2024-09-24", "2024-09-25", 6, "Addis Ababa", "held",
       "On 24 and 25 September, Egmont – Royal Institute for International Relations and the Institute for Security Studies (ISS Africa) convened the sixth edition of the AU-EU Track 1.5 Dialogue on Peace and Security in Addis Ababa, Ethiopia."),
     E("summit", "AU-EU Summit", AU, "2022-02", None, 6, "Brussels", "held",
       "the sixth AU-EU Summit, held in Brussels in February 2022"),
     E("ministerial meeting", "AU-EU Ministerial Meeting", AU, "2025-05-21", None, 3, "Brussels", "planned",
       "the third AU-EU Ministerial Meeting, which is expected to take place in Brussels on 21 May 2025"),
     E("summit", "AU-EU Summit", AU, None, None, 7, None, "planned",
       "the seventh AU-EU Summit, for which no date has been set"),
     E("dialogue", "AU-EU Track 1.5 Dialogue on Peace and Security", AU, "2025", None, 7, "Brussels", "planned",
       "the seventh edition of the Track 1.5 Dialogue should be held in Brussels in the first half of 2025"),
     )

page("blind4-05", "2024-05-16",
     E("launch", "EU-Norway Green Alliance", ["EU", "NO"], "2023-04", None, None, None, "held",
       "The EU and Norway launched a Green Alliance in April 2023"),
     E("dialogue", "EU-Norway energy dialogue", ["EU", "NO"], "2024-06-04", None, None, "Oslo", "planned",
       "Energy Commissioner Kadri Simson is due in Oslo on 4 June for the annual EU-Norway energy dialogue"),
     E("signing", "MoU on a strategic partnership in the field of energy", ["EU", "AZ"], "2022-07", None, None, "Baku", "held",
       "The memorandum of understanding on a strategic partnership in the field of energy, signed in Baku in July 2022"),
     E("ministerial meeting", None, ["EU", "AZ"], "2024-04-29", None, None, "Baku", "held",
       "On the sidelines, Simson met Azerbaijani Energy Minister Parviz Shahbazov"),
     E("forum", "EU-Egypt Investment Forum", ["EU", "EG"], "2024-06", None, None, "Cairo", "planned",
       "The Commission is preparing the EU-Egypt Investment Forum, to be held in Cairo at the end of June"),
     E("dialogue", "EU-Algeria high-level energy dialogue", ["EU", "DZ"], "2022-10", None, None, "Algiers", "held",
       "The last round of the EU-Algeria high-level energy dialogue was held in Algiers in October 2022"),
     )

page("blind4-06", None,
     E("council", "EU-Armenia Partnership Council", ["EU", "AM"], "2022-12-13", None, 4, "Brussels", "held",
       "13 December 2022 – Brussels: 4th EU-Armenia Partnership Council"),
     E("dialogue", "EU-Armenia Human Rights Dialogue", ["EU", "AM"], "2023-06-14", None, 14, "Yerevan", "held",
       "14 June 2023 – Yerevan: 14th EU-Armenia Human Rights Dialogue."),
     E("dialogue", "EU-Armenia Political and Security Dialogue", ["EU", "AM"], "2023-11-27", None, 1, "Brussels", "held",
       "27 November 2023 – Brussels: first EU-Armenia Political and Security Dialogue"),
     E("ministerial meeting", "EU-US-Armenia high-level meeting", ["EU", "US", "AM"], "2024-04-05", None, None, "Brussels", "held",
       "5 April 2024 – Brussels: high-level meeting of the President of the European Commission, the High Representative, the US Secretary of State and the Prime Minister of Armenia"),
     E("launch", "EU-Armenia Visa Liberalisation Dialogue", ["EU", "AM"], "2024-09-09", None, None, None, "held",
       "9 September 2024: the EU and Armenia launch the Visa Liberalisation Dialogue."),
     E("council", "EU-Armenia Partnership Council", ["EU", "AM"], "2025", None, 5, "Yerevan", "planned",
       "2025 (tbc) – Yerevan: 5th EU-Armenia Partnership Council."),
     )

page("blind4-07", "2023-12-13",
     E("signing", "EU-Chile Advanced Framework Agreement and Interim Trade Agreement", ["EU", "CL"], "2023-12-13", None, None, "Brussels", "held",
       "Today in Brussels, the European Union and Chile signed the Advanced Framework Agreement (AFA) and the Interim Trade Agreement (ITA)"),
     E("ministerial meeting", None, ["EU", "CL"], "2023-12-13", None, None, "Brussels", "held",
       "Earlier in the day, Executive Vice-President Dombrovskis held a bilateral meeting with Minister van Klaveren"),
     E("signing", "MoU on sustainable raw materials value chains", ["EU", "CL"], "2023-07-18", None, None, "Brussels", "held",
       "On 18 July 2023 in Brussels, the EU and Chile also signed a Memorandum of Understanding on sustainable raw materials value chains"),
     E("forum", "EU-Chile Hydrogen Forum", ["EU", "CL"], "2024-03", None, 1, "Santiago", "planned",
       "The first EU-Chile Hydrogen Forum will be held in Santiago next March"),
     )

page("blind4-08", "2025-03-14",
     E("summit", "EU-South Africa Summit", ["EU", "ZA"], "2025-03-13", None, 8, "Cape Town", "held",
       "Yesterday, President of the European Council António Costa and President of the European Commission Ursula von der Leyen met President Cyril Ramaphosa in Cape Town for the 8th EU-South Africa Summit"),
     E("ministerial meeting", None, ["EU", "IS"], "2025-03-12", None, None, "Reykjavík", "held",
       "Commissioner for Fisheries and Oceans Costas Kadis met Iceland’s Minister of Industries, Hanna Katrín Friðriksson, in Reykjavík on Wednesday."),
     E("launch", "EU-Mongolia Green Partnership Dialogue", ["EU", "MN"], "2025-04-03", None, None, "Ulaanbaatar", "planned",
       "he and Mongolia’s Minister of Foreign Affairs will launch the EU-Mongolia Green Partnership Dialogue on 3.4.2025"),
     E("council", "EU-Ukraine Association Council", ["EU", "UA"], "2025-03-24", None, 10, "Brussels", "planned",
       "The 10th meeting of the EU-Ukraine Association Council will take place in Brussels on 24 March."),
     E("ministerial meeting", None, ["EU", "NZ"], "2025-03-13", None, None, None, "held",
       "Commissioner for Trade and Economic Security Maroš Šefčovič and New Zealand’s Minister for Trade Todd McClay held a meeting by video link on Thursday 13 March"),
     E("dialogue", "EU-Kenya Strategic Dialogue", ["EU", "KE"], "2025-03-10", "2025-03-11", 2, "Nairobi", "held",
       "The second EU-Kenya Strategic Dialogue took place in Nairobi on 10–11 March"),
     E("task force", "EU-Nigeria Joint Task Force on the Digital Economy", ["EU", "NG"], "2025-03-11", None, 2, "Abuja", "held",
       "The EU-Nigeria Joint Task Force on the Digital Economy held its second meeting in Abuja on 11 March."),
     )

page("blind4-09", "2025-02-20",
     E("launch", "EU-Mexico Strategic Partnership", ["EU", "MX"], "2008", None, None, None, "held",
       "The EU and Mexico set up a Strategic Partnership in 2008"),
     E("summit", "EU-Mexico Summit", ["EU", "MX"], "2025", None, None, None, "planned",
       "Signature is expected at an EU-Mexico Summit in the second half of 2025."),
     E("signing", "EU-Mexico Modernised Global Agreement", ["EU", "MX"], "2025", None, None, None, "planned",
       "Signature is expected at an EU-Mexico Summit in the second half of 2025."),
     E("council", "EU-Mexico Joint Council", ["EU", "MX"], "2023-09-26", None, 11, "Mexico City", "held",
       "The 11th EU-Mexico Joint Council met in Mexico City on 26 September 2023"),
     E("working group", "EU-Mexico Working Group on Critical Raw Materials", ["EU", "MX"], "2024-06-03", None, 1, "Mexico City", "held",
       "The first meeting of the EU-Mexico Working Group on Critical Raw Materials took place in Mexico City on the 3rd of June 2024"),
     E("signing", "EU-Mexico Global Agreement", ["EU", "MX"], "1997-12-08", None, None, "Brussels", "held",
       "8 December 1997 | Signature of the Global Agreement | Brussels"),
     )

page("blind4-10", "2025-06-23",
     E("summit", "EU-Canada Summit", ["EU", "CA"], "2025-06-23", None, None, "Brussels", "held",
       "We, the leaders of the European Union and Canada, met today in Brussels for the EU-Canada Summit."),
     E("summit", "EU-Canada Summit", ["EU", "CA"], "2023-11", None, None, "St. John’s", "held",
       "Since our last summit in St. John’s, Newfoundland and Labrador, in November 2023"),
     E("signing", "EU-Canada Security and Defence Partnership", ["EU", "CA"], "2025-06-23", None, None, "Brussels", "held",
       "Today we signed an EU-Canada Security and Defence Partnership."),
     E("launch", "EU-Canada High-Level Dialogue on Critical Minerals", ["EU", "CA"], "2025-06-23", None, None, "Brussels", "held",
       "We agreed to establish an EU-Canada High-Level Dialogue on Critical Minerals"),
     E("summit", "EU-Canada Summit", ["EU", "CA"], "2026", None, None, None, "planned",
       "We look forward to the next EU-Canada Summit in Canada in 2026."),
     )

page("blind4-11", "2025-06-10",
     E("council", "EU-Moldova Association Council", ["EU", "MD"], "2025-06-10", None, 9, "Luxembourg", "held",
       "The ninth meeting of the Association Council between the European Union and the Republic of Moldova took place today in Luxembourg"),
     E("task force", "EU-Moldova Task Force on Hybrid Threats", ["EU", "MD"], "2025-04-03", None, 1, "Chișinău", "held",
       "the EU-Moldova Task Force on Hybrid Threats, which held its first meeting in Chișinău on 3 April"),
     E("summit", "EU-Moldova summit", ["EU", "MD"], "2025-07-04", None, 1, "Chișinău", "planned",
       "the first EU-Moldova summit, which will be held in Chișinău on 4 July"),
     E("council", "EU-Moldova Association Council", ["EU", "MD"], "2026", None, None, "Chișinău", "planned",
       "Both sides agreed that the next Association Council will be held in Chișinău in 2026."),
     )

GCC = ["EU", "GCC"]
page("blind4-12", "2024-10-11",
     E("summit", "EU-GCC summit", GCC, "2024-10-16", None, 1, "Brussels", "planned",
       "The first summit between the European Union and the Gulf Cooperation Council (GCC) is to take place in Brussels on 16 October 2024."),
     E("signing", "EEC-GCC Cooperation Agreement", GCC, "1988-06-15", None, None, "Luxembourg", "held",
       "the Cooperation Agreement between the two sides, signed in Luxembourg on 15 June 1988"),
     E("council", "EU-GCC Joint Council and Ministerial Meeting", GCC, "2022-02-21", None, 26, "Brussels", "held",
       "The 26th EU-GCC Joint Council and Ministerial Meeting, held in Brussels on 21 February 2022"),
     E("council", "EU-GCC Joint Council and Ministerial Meeting", GCC, "2023-10-10", None, 27, "Muscat", "held",
       "the 27th, held in Muscat on 10 October 2023"),
     E("dialogue", "EU-GCC Regional Security Dialogue", GCC, "2024-01", None, 1, "Riyadh", "held",
       "In late January 2024, the two sides held the first EU-GCC Regional Security Dialogue in Riyadh"),
     E("dialogue", "EU-UAE Human Rights Dialogue", ["EU", "AE"], "2023-09-28", None, 2, "Abu Dhabi", "held",
       "the second EU-UAE Human Rights Dialogue was held in Abu Dhabi on 28 September 2023"),
     )

page("blind4-13", "2025-07-17",
     E("summit", "EU-China summit", ["EU", "CN"], "2025-07-24", None, 25, "Beijing", "planned",
       "EU officials say the 25th EU-China summit will take place in Beijing on July 24"),
     E("dialogue", "EU-China Strategic Dialogue", ["EU", "CN"], "2025-07-02", None, 13, "Brussels", "held",
       "the 13th EU-China Strategic Dialogue, which EU foreign policy chief Kaja Kallas and Foreign Minister Wang Yi held in Brussels on July 2"),
     E("dialogue", "EU-China High-level Economic and Trade Dialogue", ["EU", "CN"], "2025", None, None, None, "planned",
       "Trade Commissioner Maroš Šefčovič and Vice Premier He Lifeng are expected to hold the next High-level Economic and Trade Dialogue later this year"),
     E("dialogue", "EU-China Human Rights Dialogue", ["EU", "CN"], "2025-06-13", None, 40, "Chongqing", "held",
       "The round of the EU-China Human Rights Dialogue, which took place in Chongqing on June 13th."),
     E("dialogue", "EU-Taiwan Trade and Investment Dialogue", ["EU", "TW"], "2025-06-30", None, 3, None, "held",
       "Taipei and Brussels held their third Trade and Investment Dialogue by video link on June 30"),
     )

page("blind4-14", "2025-02-27",
     E("signing", "EU-Tunisia memorandum of understanding", ["EU", "TN"], "2023-07", None, None, "Tunis", "held",
       "The memorandum of understanding that the EU and Tunisia signed in Tunis in July 2023"),
     E("signing", "EU-Egypt Strategic and Comprehensive Partnership", ["EU", "EG"], "2024-03-17", None, None, "Cairo", "held",
       "The Strategic and Comprehensive Partnership signed in Cairo on 17 March 2024"),
     E("signing", "EU-Mauritania migration partnership", ["EU", "MR"], "2024-03-07", None, None, "Nouakchott", "held",
       "Mauritania had already signed its own migration partnership with the EU in Nouakchott on 7 March 2024"),
     E("signing", "EU-Jordan Strategic and Comprehensive Partnership", ["EU", "JO"], "2025-01", None, None, "Amman", "held",
       "the EU and Jordan signed a Strategic and Comprehensive Partnership in Amman last month"),
     E("council", "EU-Israel Association Council", ["EU", "IL"], "2025-02-24", None, None, "Brussels", "held",
       "The EU-Israel Association Council met in Brussels on Monday (24 February)"),
     E("council", "EU-Morocco Association Council", ["EU", "MA"], "2025", None, None, None, "planned",
       "An Association Council with Morocco has been pencilled in for the spring, officials said"),
     )

SDP = "Security and Defence Partnership"
page("blind4-15", "2024-12-05",
     E("signing", "EU-Moldova " + SDP, ["EU", "MD"], "2024-05-21", None, None, "Brussels", "held",
       "the first two SDPs, with Moldova and Norway, were signed in Brussels on 21 and 28 May 2024 respectively"),
     E("signing", "EU-Norway " + SDP, ["EU", "NO"], "2024-05-28", None, None, "Brussels", "held",
       "the first two SDPs, with Moldova and Norway, were signed in Brussels on 21 and 28 May 2024 respectively"),
     E("signing", "EU-Japan " + SDP, ["EU", "JP"], "2024-11-01", None, None, "Tokyo", "held",
       "The Security and Defence Partnership with Japan was signed in Tokyo on 1 November 2024"),
     E("signing", "EU-Korea " + SDP, ["EU", "KR"], "2024-11-04", None, None, "Seoul", "held",
       "Three days later, on 4 November, Borrell and Foreign Minister Cho Tae-yul signed a similar partnership in Seoul"),
     E("signing", "EU-Albania " + SDP, ["EU", "AL"], "2024-11-19", None, None, "Brussels", "held",
       "Albania and North Macedonia signed their partnerships in Brussels on 19 November"),
     E("signing", "EU-North Macedonia " + SDP, ["EU", "MK"], "2024-11-19", None, None, "Brussels", "held",
       "Albania and North Macedonia signed their partnerships in Brussels on 19 November"),
     E("dialogue", "EU-Japan Strategic Dialogue", ["EU", "JP"], "2025", None, None, "Brussels", "planned",
       "the next EU-Japan Strategic Dialogue, expected in Brussels in Q1 2025"),
     )


RM = "strategic partnership on raw materials"
page("blind4-16", "2024-06-20",
     E("signing", "EU-Canada " + RM, ["EU", "CA"], "2021-06", None, None, None, "held",
       "Canada | June 2021 | – | integration of raw materials value chains, research"),
     E("signing", "EU-Zambia " + RM, ["EU", "ZM"], "2023-10-26", None, None, "Brussels", "held",
       "Zambia | 26 October 2023 | Brussels | copper, cobalt, Lobito corridor"),
     E("signing", "EU-DR Congo " + RM, ["EU", "CD"], "2023-10-26", None, None, "Brussels", "held",
       "DR Congo | 26 October 2023 | Brussels | cobalt, copper, Lobito corridor"),
     E("signing", "EU-Australia " + RM, ["EU", "AU"], "2024-05-28", None, None, "Sydney", "held",
       "Australia | 28 May 2024 | Sydney | lithium, critical and strategic minerals"),
     E("signing", "EU-Serbia " + RM, ["EU", "RS"], "2024-07", None, None, "Belgrade", "planned",
       "A partnership with Serbia, covering lithium from the Jadar valley and the production of batteries and electric vehicles, is expected to be signed in Belgrade in July."),
     )

page("blind4-17", "2025-05-16",
     E("summit", "EU-UK summit", ["EU", "GB"], "2025-05-19", None, 1, "London", "planned",
       "British Prime Minister Keir Starmer will host António Costa and Ursula von der Leyen in London on Monday (May 19) for the first EU-U.K. summit"),
     E("signing", "EU-UK security and defence partnership", ["EU", "GB"], "2025-05-19", None, None, "London", "planned",
       "The two sides are expected to sign a security and defence partnership at the summit"),
     E("ministerial meeting", None, ["EU", "CH"], "2025-05-15", None, None, "Bern", "held",
       "Commission Vice President Maroš Šefčovič and Swiss Federal Councillor Ignazio Cassis met in Bern on Thursday"),
     E("dialogue", "EU-Türkiye High-Level Trade Dialogue", ["EU", "TR"], "2025-05-20", None, None, "Ankara", "planned",
       "He travels to Ankara on Tuesday (May 20) for the EU-Türkiye High-Level Trade Dialogue, the first round in six years"),
     )

page("blind4-18", "2025-06-03",
     E("ministerial meeting", None, ["EU", "PH"], "2025-06-01", None, None, "Manila", "held",
       "EU foreign policy chief Kaja Kallas met Philippine Foreign Secretary Enrique Manalo in Manila on Sunday"),
     E("launch", "EU-Philippines Security and Defence Dialogue", ["EU", "PH"], "2025-06-01", None, None, "Manila", "held",
       "The two sides agreed to launch an EU-Philippines Security and Defence Dialogue"),
     E("dialogue", "EU-Philippines Security and Defence Dialogue", ["EU", "PH"], "2025", None, 1, "Brussels", "planned",
       "The first round will take place in Brussels later this year"),
     )

page("blind4-19", "2025-05-09",
     E("signing", "EU-Singapore Digital Trade Agreement", ["EU", "SG"], "2025-05-07", None, None, "Singapore", "held",
       "On Wednesday, May 7, EU Trade Commissioner Maros Sefcovic and Singapore's Minister for Trade and Industry Gan Kim Yong signed the EU-Singapore Digital Trade Agreement in Singapore"),
     E("signing", "EU-Thailand Partnership and Cooperation Agreement", ["EU", "TH"], "2022-12", None, None, "Brussels", "held",
       "Thailand, which signed a Partnership and Cooperation Agreement with the EU at the EU-ASEAN Commemorative Summit in Brussels in December 2022"),
     E("summit", "EU-ASEAN Commemorative Summit", ["EU", "ASEAN"], "2022-12", None, None, "Brussels", "held",
       "the EU-ASEAN Commemorative Summit in Brussels in December 2022"),
     )

page("blind4-20", "2025-03-01",
     E("ministerial meeting", None, ["EU", "IN"], "2025-02-28", None, None, "New Delhi", "held",
       "held talks with Mr. Modi at Hyderabad House on Friday"),
     E("summit", "India-EU summit", ["EU", "IN"], "2025", None, None, None, "planned",
       "agreed that the next India-EU summit would be held in India later this year"),
     E("council", "India-EU Trade and Technology Council", ["EU", "IN"], "2025-02-28", None, 2, "New Delhi", "held",
       "The second meeting of the India-EU Trade and Technology Council (TTC) was held here on Friday"),
     E("working group", "TTC working group on strategic technologies, digital governance and digital connectivity", ["EU", "IN"], "2025-02-10", None, None, "Brussels", "held",
       "the TTC’s working group on strategic technologies, digital governance and digital connectivity met in Brussels on February 10"),
     )

page("blind4-21", "2024-11-04",
     E("signing", "EU-Korea security and defense partnership", ["EU", "KR"], "2024-11-04", None, None, "Seoul", "held",
       "South Korea and the European Union signed a security and defense partnership Monday"),
     E("dialogue", "Korea-EU strategic dialogue", ["EU", "KR"], "2024-11-04", None, 2, "Seoul", "held",
       "as they held their second strategic dialogue in Seoul"),
     E("council", "EU-Korea Digital Partnership Council", ["EU", "KR"], "2025", None, 3, "Brussels", "planned",
       "The two sides also agreed to hold the third meeting of their Digital Partnership Council in Brussels early next year"),
     E("signing", "EU-Japan security and defence partnership", ["EU", "JP"], "2024-11-01", None, None, None, "held",
       "Japan, where he signed a similar partnership with Tokyo on Friday"),
     )

# Pages with no countable event (traps only).
page("blind4-22", None)
page("blind4-23", "2025-04-08")
page("blind4-24", None)

if __name__ == "__main__":
    emit()
