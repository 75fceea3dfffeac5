package extractor_test

import "testing"

// Constructions of reference pages, digests and commentary that the
// earlier tests do not cover: chronologies in the historic present with
// the year on the item, reference lists, deictic dates, the scope of
// launches and decisions, who takes part, and repeat mentions. The
// sentences are written for these tests; names, partners and dates are
// invented.

// A chronology of a relations page: each item is about the page's
// partner, the year labels the item and dates its yearless day, the
// historic present reports what happened, and an item may be a bare
// "Nth meeting, City, date." line.
func TestChronologies(t *testing.T) {
	const page = "Kenya–European Union relations\n\nHistory\nThe EU opened a delegation in Nairobi in 1976.\n\nTimeline\n" +
		"  2004 – The Economic Partnership Agreement is signed in Nairobi on 3 March.\n" +
		"  2016 – The first EU–Kenya business forum takes place in Nairobi on 12 May 2016.\n" +
		"  2018 – The second forum is held in Mombasa, Kenya, on 21 June.\n" +
		"  2021 – Third business forum, Nairobi, 4 November 2021.\n" +
		"  2023 – A summit planned for 2023 is postponed because of the elections.\n"
	runCases(t, []ruleCase{
		{"relations page chronology", page, "",
			[]string{"signing EU+KE 2004-03-03 @Nairobi held", "forum EU+KE 2016-05-12 #1 @Nairobi held",
				"forum EU+KE 2018-06-21 #2 @Mombasa held", "forum EU+KE 2021-11-04 #3 @Nairobi held"}},
		{"the item's year wins over the publication date", page, "2025-02-01",
			[]string{"signing EU+KE 2004-03-03 @Nairobi held", "forum EU+KE 2016-05-12 #1 @Nairobi held",
				"forum EU+KE 2018-06-21 #2 @Mombasa held", "forum EU+KE 2021-11-04 #3 @Nairobi held"}},
		{"month labels", "EU–Chile relations\n\nMilestones\n  March 2019 – The first Digital Dialogue takes place in Santiago.\n  October 2022 – The second Digital Dialogue is held in Brussels.\n", "",
			[]string{"dialogue CL+EU 2019-03 #1 @Santiago held", "dialogue CL+EU 2022-10 #2 @Brussels held"}},
		{"postponed to a date is moved, not called off", "The EU-Kenya summit, postponed to 12 June, will take place in Nairobi.\nThe EU-Chile summit was postponed.", "2024-05-02",
			[]string{"summit EU+KE 2024-06-12 @Nairobi planned"}},
		{"a calendar of the EU's own meetings stays out", "The EU and Peru held their third Digital Dialogue in Lima on 3 July.\nCalendar\n5 July: College meeting\n8 July: Informal meeting of trade ministers", "2024-07-04",
			[]string{"dialogue EU+PE 2024-07-03 #3 @Lima held"}},
	})
}

// Reference lists and footnotes are furniture whatever their numbering,
// and so are "For more information" lists of press releases.
func TestReferenceLists(t *testing.T) {
	runCases(t, []ruleCase{
		{"numbered references with carets", "The third EU-Kenya business forum took place in Nairobi on 4 November 2021.\n\nReferences[edit]\n  1. ^ \"Second EU–Kenya Business Forum: Joint Statement\". 21 June 2018.\n  2. ^ \"4th EU-Kenya Summit: Joint Communiqué\". European Council. 2022.\n  3. ^ a b \"Fifth EU-Kenya Business Forum, Mombasa\".", "",
			[]string{"forum EU+KE 2021-11-04 #3 @Nairobi held"}},
		{"caret after a number without heading", "The third EU-Kenya business forum took place in Nairobi on 4 November 2021.\n12 ^ \"Second EU-Kenya Summit, Nairobi: Joint Statement\".\n13. ↑ \"Sixth EU-Kenya Summit: Joint Communiqué\".", "",
			[]string{"forum EU+KE 2021-11-04 #3 @Nairobi held"}},
		{"press releases with dates in a further-information list", "Today the EU and Chile signed an Advanced Framework Agreement in Brussels.\n\nFor more information\n  Questions and answers: EU-Chile Advanced Framework Agreement\n  EU-Chile Digital Partnership\n  Press release: EU and Chile hold third Digital Dialogue (4 April 2024)\n  Press release: EU and Peru launch Green Partnership (3 March 2023)", "2025-01-10",
			[]string{"signing CL+EU 2025-01-10 @Brussels held"}},
	})
}

// Dates told by reference to the publication date or to the page.
func TestDeicticDates(t *testing.T) {
	runCases(t, []ruleCase{
		{"last week's", "Last week's fifth EU-Chile Digital Dialogue in Santiago was constructive, officials said.", "2024-04-10",
			[]string{"dialogue CL+EU 2024-04 #5 @Santiago held"}},
		{"next month's", "Next month's EU-Kenya summit in Nairobi will focus on energy.", "2024-04-10",
			[]string{"summit EU+KE 2024-05 @Nairobi planned"}},
		{"this year's", "This year's EU-India summit is expected to take place in New Delhi.", "2024-04-10",
			[]string{"summit EU+IN 2024 @New Delhi planned"}},
		{"a quarter alone", "The EU and Peru held their second Digital Dialogue in Brussels on 3 March. A third round is expected to be held in Lima \"in Q4\", an official said.", "2024-03-20",
			[]string{"dialogue EU+PE 2024-03-03 #2 @Brussels held", "dialogue EU+PE 2024 #3 @Lima planned"}},
		{"a quarter of the year, planned", "The EU and Chile will convene their Association Council in Santiago in the first quarter.", "2025-05-20",
			[]string{"council CL+EU 2026 @Santiago planned"}},
		{"the third quarter of a year", "The EU and Chile will convene their Association Council in Santiago in the third quarter of 2025.", "2025-01-20",
			[]string{"council CL+EU 2025 @Santiago planned"}},
		{"a possessive date dates its own noun only", "The EU-Chile Digital Dialogue will follow last week's G20 summit in Rio de Janeiro.", "2024-11-25",
			nil},
		{"dotted dateline without publication date", "Lima, 14.05.2024\nThe IVth EU-Peru Digital Dialogue took place in Lima on the 13th of May.\nThe next Dialogue will be held in Brussels in 2025.", "",
			[]string{"dialogue EU+PE 2024-05-13 #4 @Lima held", "dialogue EU+PE 2025 @Brussels planned"}},
		{"roman ordinals", "The XIIth EU-Chile Human Rights Dialogue took place in Santiago on 4 May 2023. The EU and Peru held the IXth round of their Digital Dialogue in Lima on 5 May 2023.", "2023-05-10",
			[]string{"dialogue CL+EU 2023-05-04 #12 @Santiago held", "dialogue EU+PE 2023-05-05 #9 @Lima held"}},
	})
}

// What a launch or signing verb governs, wherever the object stands, and
// what it does not: negotiations are launched, not the partnership they
// are about.
func TestLaunchScope(t *testing.T) {
	runCases(t, []ruleCase{
		{"object of a relative clause", "The raw materials dialogue, which the EU and Chile launched in March 2023, has become the main channel on lithium.", "2024-01-10",
			[]string{"launch CL+EU 2023-03 held"}},
		{"that-clause with leaders as subject", "The EU-Canada task force on supply chains that Trudeau and von der Leyen set up in June 2022 could be revived, officials say.", "2024-01-10",
			[]string{"launch CA+EU 2022-06 held"}},
		{"a that-clause of reported speech is no object", "Officials said that the two sides launched in 2023 a review of their cooperation with Chile.", "2024-01-10",
			nil},
		{"a purpose is no occurrence", "The ministers will agree a timetable for signing the new partnership agreements with Peru. Both sides will also work towards launching a dialogue on energy with Chile.", "2025-06-01",
			nil},
		{"a named package", "On Tuesday, Commissioner Urpilainen and Kenya's Minister for ICT launched the EU-Kenya Digital Economy Package in Nairobi.", "2024-06-06",
			[]string{"launch EU+KE 2024-06-04 @Nairobi held"}},
		{"a package of measures is no launch", "The Commission launched a package of sanctions against Russia on 3 May 2024.", "2024-06-06",
			nil},
		{"two documents with one partner", "The EU and Chile signed two agreements on raw materials in Santiago on 3 May 2024.", "2024-06-06",
			[]string{"signing CL+EU 2024-05-03 @Santiago held"}},
		{"negotiations launched", "Negotiations on a digital partnership with Chile were launched this spring.", "2024-09-10",
			nil},
		{"launch negotiations on a partnership", "The EU and Kenya held their summit in Nairobi on 3 May 2024. The two sides launch negotiations on a Green Partnership.", "2024-05-05",
			[]string{"summit EU+KE 2024-05-03 @Nairobi held"}},
		{"place between verb and object", "On Tuesday (4 June), Commissioner Urpilainen and Kenya's Minister for Energy launched in Nairobi the EU-Kenya Green Hydrogen Partnership, worth €300 million.", "2024-06-06",
			[]string{"launch EU+KE 2024-06-04 @Nairobi held"}},
		{"signed in a city an object", "Today, Executive Vice-President Šefčovič and Chile's Minister of Mining signed in Santiago a Memorandum of Understanding on lithium value chains.", "2024-06-06",
			[]string{"signing CL+EU 2024-06-06 @Santiago held"}},
		{"a participle after a dated digest sentence", "Yesterday, Commissioner Simson and Morocco's Minister of Energy co-chaired the first EU-Morocco Energy Dialogue in Rabat. The Dialogue builds on the Joint Declaration on the Green Partnership signed in Rabat on 3 March by the two presidents.", "2024-06-06",
			[]string{"dialogue EU+MA 2024-06-05 #1 @Rabat held", "signing EU+MA 2024-03-03 @Rabat held"}},
		{"two launches on one day stay two", "Japan and the EU will hold their summit in Tokyo on 12 May, where the two sides are expected to launch a Hydrogen Alliance. The leaders are also expected to agree to start a dialogue on space security.", "2025-04-20",
			[]string{"summit EU+JP 2025-05-12 @Tokyo planned", "launch EU+JP 2025-05-12 @Tokyo planned", "launch EU+JP 2025-05-12 @Tokyo planned"}},
		{"expected to be signed", "A partnership with Japan is expected to be signed later this month.", "2025-06-12",
			[]string{"signing EU+JP 2025-06 planned"}},
		{"plural signings with two partners", "Since the EU signed its first green partnerships with Chile and Peru on 3 May 2023, the model has spread.", "2024-05-05",
			[]string{"signing CL+EU 2023-05-03 held", "signing EU+PE 2023-05-03 held"}},
		{"the latest of which was signed", "With ASEAN, cooperation rests on two joint statements, the latest of which was signed in Jakarta on 4 March 2023 by the two secretaries-general.", "2024-05-05",
			[]string{"signing ASEAN+EU 2023-03-04 @Jakarta held"}},
	})
}

// A decision taken at a meeting ("agreed to launch") happens there and
// then, whatever else the article mentions in between.
func TestDecisionsAtMeetings(t *testing.T) {
	runCases(t, []ruleCase{
		{"the council agreed to launch", "The EU and Georgia convened the ninth meeting of the EU-Georgia Association Council in Brussels on 5 March 2024.\n\nThe Association Council welcomed the first EU-Georgia Cyber Dialogue, held in Tbilisi in November 2023.\n\nThe Association Council agreed to launch a dialogue on energy security between the EU and Georgia.", "2024-03-05",
			[]string{"council EU+GE 2024-03-05 #9 @Brussels held", "dialogue EU+GE 2023-11 #1 @Tbilisi held", "launch EU+GE 2024-03-05 @Brussels held"}},
		{"we agreed to launch, whose first meeting", "1. Today, 4 May 2025, we, the leaders of the European Union and Mexico, met in Brussels for the 9th EU-Mexico Summit.\n\n2. Trade. The modernised Global Agreement has deepened our ties. We agreed to launch an EU-Mexico Digital Dialogue, whose first meeting is to take place in Mexico City this autumn.", "2025-05-04",
			[]string{"summit EU+MX 2025-05-04 #9 @Brussels held", "launch EU+MX 2025-05-04 @Brussels held", "dialogue EU+MX 2025 #1 @Mexico City planned"}},
		{"a connective decision takes the paragraph's date", "The first EU-Chile summit was held in Santiago on 4 May 2012. Furthermore, the two sides agreed to establish an EU-Chile Cyber Task Force.\n\nIn 2024 the EU-Chile Association Council met in Brussels on 3 March 2024.", "2024-03-05",
			[]string{"summit CL+EU 2012-05-04 #1 @Santiago held", "launch CL+EU 2012-05-04 @Santiago held", "council CL+EU 2024-03-03 @Brussels held"}},
		{"a relative clause on another noun has its own date", "The Association Council, established under the Association Agreement, which entered into force on 1 September 2017, normally meets once a year.", "2024-03-05",
			nil},
		{"a relative clause on the event after its participants", "The Chilean minister will travel to Brussels for the 5th round of the EU-Chile Digital Dialogue with the Commissioner for Digital, which is scheduled for 3 July.", "2025-06-20",
			[]string{"dialogue CL+EU 2025-07-03 #5 @Brussels planned"}},
		{"a signing the same day takes the meeting's place", "Today, 4 May 2025, we, the leaders of the European Union and Mexico, met in Brussels for the 9th EU-Mexico Summit. Today we signed the EU-Mexico Security and Defence Partnership.", "2025-05-04",
			[]string{"summit EU+MX 2025-05-04 #9 @Brussels held", "signing EU+MX 2025-05-04 @Brussels held"}},
	})
}

// Who takes part: the bloc of ministers who met, the series an ordinal
// continues, the subject a pronoun stands for, the body a possessive
// refers to, the two partners of a plural, and third countries among
// themselves.
func TestParticipantScope(t *testing.T) {
	runCases(t, []ruleCase{
		{"ministers of both sides met", "EU and ASEAN foreign ministers met on the margins of the UN General Assembly in New York in September to prepare the summit.", "2024-10-10",
			[]string{"ministerial meeting ASEAN+EU 2024-09 @New York held"}},
		{"an ordinal continues the series in the article", "The first EU-ASEAN summit, held in Brussels on 14 December 2022, was symbolic. Thailand, which signed a partnership agreement with the EU in Bangkok last year, wants more. A second summit could be held in Bangkok in 2026, officials suggested.", "2024-10-10",
			[]string{"summit ASEAN+EU 2022-12-14 #1 @Brussels held", "signing EU+TH 2023 @Bangkok held", "summit ASEAN+EU 2026 #2 @Bangkok planned"}},
		{"it is the previous subject", "The first EU-Central Asia summit took place in Astana on 3 April 2025. Uzbekistan is the region's most populous country. It signed a memorandum of understanding on raw materials with the EU in Dubai in December 2023.", "2025-04-09",
			[]string{"summit EU+KG+KZ+TJ+TM+UZ 2025-04-03 #1 @Astana held", "signing EU+UZ 2023-12 @Dubai held"}},
		{"a task force and its next meeting", "A joint task force grouping the EU, Chile and Peru, set up to ease the implementation of the rules, will hold its next meeting in Lima in March.", "2024-01-16",
			[]string{"task force CL+EU+PE 2024-03 @Lima planned"}},
		{"third countries signing among themselves", "Korea, which will host the third EU-Korea Digital Partnership Council in Seoul in the autumn, wants more, while Japan and Australia signed a defence agreement in Canberra in July 2024.", "2024-09-01",
			[]string{"council EU+KR 2024 #3 @Seoul planned"}},
		{"an ordinal under a partner heading is that partner's", "Chile\nThe 5th EU-Chile Digital Dialogue took place in Santiago on 9 November 2023.\n\nPeru\nThe EU and Peru maintain an annual Digital Dialogue. The eighth round of the dialogue was held in Lima in June 2021.", "2024-01-10",
			[]string{"dialogue CL+EU 2023-11-09 #5 @Santiago held", "dialogue EU+PE 2021-06 #8 @Lima held"}},
		{"Japanese and EU ministers met", "Japanese and EU foreign ministers met in Tokyo on 13 July 2023.", "2023-07-20",
			[]string{"ministerial meeting EU+JP 2023-07-13 @Tokyo held"}},
		{"the possessive of a known summit", "The first EU-Central Asia summit took place in Astana on 3 April 2025. Kazakhstan signed a memorandum with the EU in 2022. The Astana summit's joint declaration commits the two sides to meet at summit level every two years.", "2025-04-09",
			[]string{"summit EU+KG+KZ+TJ+TM+UZ 2025-04-03 #1 @Astana held", "signing EU+KZ 2022 held"}},
	})
}

// Mentions that are no new occurrence: fora the EU only attends, rounds of
// negotiations, repeat mentions with another date or a superseded plan.
func TestNoNewOccurrence(t *testing.T) {
	runCases(t, []ruleCase{
		{"a European Political Community gathering", "The EU-UK summit is set for 19 May in London. Starmer and Costa will both attend the European Political Community gathering in Tirana on Friday.", "2025-05-14",
			[]string{"summit EU+GB 2025-05-19 @London planned"}},
		{"Group of Seven", "The Japanese prime minister held talks in Brussels last month and attended the Group of Seven summit in Hiroshima earlier that week.", "2023-06-10",
			nil},
		{"round of talks on an agreement", "The EU and Chile held the first round of talks on an advanced framework agreement in Santiago in September.", "2023-10-10",
			nil},
		{"round of talks on an agreement after a meeting", "Ministers will meet at the EU-Peru Ministerial Meeting in Lima on 4 November. The EU and Peru held the first round of talks on a digital trade agreement in Brussels in September.", "2023-10-10",
			[]string{"ministerial meeting EU+PE 2023-11-04 @Lima planned"}},
		{"co-chaired by ministers, held during a visit", "The second ministerial meeting of the EU-Canada Digital Partnership Council was held in Ottawa on Friday.\n\nThe meeting, co-chaired by digital minister Evan Solomon and by EU commissioners, was held on the final day of the Commission's visit to Canada on March 6-7.", "2025-03-10",
			[]string{"council CA+EU 2025-03-07 #2 @Ottawa held"}},
		{"serves as a forum", "The EU-Chile Association Council, which serves as a forum for dialogue on trade, met in Santiago on 3 May 2024.", "2024-06-01",
			[]string{"council CL+EU 2024-05-03 @Santiago held"}},
		{"a superseded plan", "The 26th EU-Japan summit is scheduled for 24 July in Tokyo. Originally planned as a two-day meeting in Brussels, the summit was moved to the Japanese capital.", "2025-07-01",
			[]string{"summit EU+JP 2025-07-24 #26 @Tokyo planned"}},
	})
}

// Places: the venue of the meeting a signing happened at, a city before a
// date and "where", a city given with its country.
func TestPlaceScope(t *testing.T) {
	runCases(t, []ruleCase{
		{"where after city and date", "Commissioner Johansson will travel to Nairobi later this month, where the EU and Kenya are set to hold a high-level dialogue on migration.", "2024-06-05",
			[]string{"dialogue EU+KE 2024-06 @Nairobi planned"}},
		{"a venue the gazetteer does not know", "The fourth EU-Chile Digital Dialogue was held in Valparaíso on 3 May 2024. The dialogue was held in English.", "2024-05-10",
			[]string{"dialogue CL+EU 2024-05-03 #4 @Valparaíso held"}},
		{"city with its country", "The first EU–Kenya summit takes place in Mombasa, Kenya, on 25 July 2008.", "",
			[]string{"summit EU+KE 2008-07-25 #1 @Mombasa held"}},
	})
}

// A timeline whose items carry the place in the label as well as the
// date: "• 3 March 2021 – Vienna: ...", and a label of an unconfirmed
// year ("2026 (tbc) – Tokyo: ..."), which is a plan.
func TestPlaceLabelledItems(t *testing.T) {
	const page = "EU–Ghana relations\n\nThe EU and Ghana cooperate on trade, energy, security and migration across many programmes.\n\nKey dates\n" +
		"• 3 March 2021 – Accra: 2nd EU-Ghana Partnership Council, chaired by the High Representative.\n" +
		"• 9 May 2022 – Brussels: 7th EU-Ghana Human Rights Dialogue.\n" +
		"• 2026 (tbc) – Accra: 3rd EU-Ghana Partnership Council.\n"
	runCases(t, []ruleCase{
		{"date and place labels", page, "2024-02-01",
			[]string{"council EU+GH 2021-03-03 #2 @Accra held", "dialogue EU+GH 2022-05-09 #7 @Brussels held",
				"council EU+GH 2026 #3 @Accra planned"}},
		{"short items are no menu", "EU–Ghana relations\n\nThe EU and Ghana cooperate on trade, energy, security and migration across many programmes.\n\n• May 2019 – Accra: 1st EU-Ghana Partnership Council.\n", "2024-02-01",
			[]string{"council EU+GH 2019-05 #1 @Accra held"}},
	})
}

// Office holders called by surname after a first mention with their
// title, and meetings placed at the occasion just reported ("On the
// sidelines", "Earlier in the day"); a building named after a city is no
// venue in that city.
func TestOccasionsAndSurnames(t *testing.T) {
	runCases(t, []ruleCase{
		{"surname after title, on the sidelines", "Energy Commissioner Maria Holm travelled to Nairobi for the ministerial meeting of the East African Power Pool, held on 14 March. On the sidelines, Holm met Kenyan Energy Minister Amos Wako to discuss grid links.", "2024-04-02",
			[]string{"ministerial meeting EU+KE 2024-03-14 @Nairobi held"}},
		{"earlier in the day, a paragraph later", "Today in Lisbon, the European Union and Peru signed the Digital Partnership Agreement. It was signed by Commissioner for Trade Anna Berg and by Peru's Minister of Foreign Affairs Luis Ramos.\n\nThe agreement covers data flows, cybersecurity and digital skills, among many other things.\n\nEarlier in the day, Commissioner Berg held a bilateral meeting with Minister Ramos on the implementation of the agreement.", "2024-05-02",
			[]string{"signing EU+PE 2024-05-02 @Lisbon held", "ministerial meeting EU+PE 2024-05-02 @Lisbon held"}},
		{"a title of no side met by an EU office holder", "Prime Minister Raila Odinga and Commission President Eva Lind opened the third EU-Kenya Business Forum in Nairobi on 2 June.\n\nMs. Lind held talks with Mr. Odinga at State House on 3 June.", "2024-06-05",
			[]string{"forum EU+KE 2024-06-02 #3 @Nairobi held", "ministerial meeting EU+KE 2024-06-03 held"}},
		{"a surname alone without an EU side is no meeting", "German Foreign Minister Karl Weber visited Nairobi.\n\nWeber met Kenyan Foreign Minister Ruto Kamau on 3 June.", "2024-06-05",
			nil},
		{"a building named after a city", "Commissioner Eva Lind held talks with India's Foreign Minister at Hyderabad House on 3 June.", "2024-06-05",
			[]string{"ministerial meeting EU+IN 2024-06-03 held"}},
	})
}

// Two partners that sign "their" partnerships, or partnerships "with the
// EU", sign one each; two third countries that sign agreements without
// "their" or the EU stay out.
func TestEachTheirOwnSigning(t *testing.T) {
	runCases(t, []ruleCase{
		{"their partnerships", "Ghana and Kenya signed their partnerships in Brussels on 12 November.", "2025-01-15",
			[]string{"signing EU+GH 2024-11-12 @Brussels held", "signing EU+KE 2024-11-12 @Brussels held"}},
		{"partnerships with the EU", "Ghana and Kenya signed green partnerships with the EU in Lisbon on 3 June.", "2025-01-15",
			[]string{"signing EU+GH 2024-06-03 @Lisbon held", "signing EU+KE 2024-06-03 @Lisbon held"}},
		{"third countries' agreements", "Ghana and Kenya signed agreements in Accra on 3 June.", "2025-01-15",
			nil},
	})
}

// A bare Roman numeral in capitals before a name is its edition; after
// a name ("Phase II") or alone ("I") it is not.
func TestBareRomanOrdinals(t *testing.T) {
	runCases(t, []ruleCase{
		{"bare roman before the name", "The IV EU-Kenya Business Forum took place in Nairobi on 3 May 2023.", "2023-06-01",
			[]string{"forum EU+KE 2023-05-03 #4 @Nairobi held"}},
		{"roman after a name", "The EU-Kenya Phase II Business Forum took place in Nairobi on 3 May 2023.", "2023-06-01",
			[]string{"forum EU+KE 2023-05-03 @Nairobi held"}},
	})
}

// A date in a relative clause on one mention (", which is expected to take
// place on 21 May 2025,") is not the date of the mention after it.
func TestDateInClosedRelative(t *testing.T) {
	runCases(t, []ruleCase{
		{"relative clause between two mentions", "Officials discussed the fourth EU-Kenya Ministerial Meeting, which is expected to take place in Brussels on 21 May 2025, and the sixth EU-Kenya Summit, held in Nairobi.", "2025-01-15",
			[]string{"ministerial meeting EU+KE 2025-05-21 #4 @Brussels planned", "summit EU+KE #6 @Nairobi held"}},
	})
}

// Tables arrive one row per line with " | " between cells; a header row
// names the columns, and a partner table takes the kind of its events
// from the line that introduces it. Agenda pages date their items by a
// heading and place them by the city that opens the line.
func TestTablesAndAgendas(t *testing.T) {
	runCases(t, []ruleCase{
		{"partner table under a lead sentence",
			"Annual report\n\nTable 3 – Cyber dialogues held in 2023\n\nCountry | Edition | Date | City\nChile | 4th | 12 Mar 2023 | Santiago\nKenya | VII | 2–3 Oct 2023 | Nairobi\nPeru | – | 5 Dec 2023 | videoconference\n\nSource: EEAS.",
			"2024-05-02",
			[]string{"dialogue CL+EU 2023-03-12 #4 @Santiago held", "dialogue EU+KE 2023-10-02..2023-10-03 #7 @Nairobi held",
				"dialogue EU+PE 2023-12-05 held"}},
		{"event table with future dates",
			"Upcoming meetings\n\nDate | Venue | Meeting\n8-9 May | Santiago | 3rd EU-Chile Digital Dialogue\n20 May | Brussels | European Council\nJune (tbc) | Nairobi | EU-Kenya Business Forum",
			"2024-04-20",
			[]string{"dialogue CL+EU 2024-05-08..2024-05-09 #3 @Santiago planned", "forum EU+KE 2024-06 @Nairobi planned"}},
		{"navigation rows are no table",
			"Home | About | Press | Contact\nThe EU and Chile held their third Digital Dialogue in Santiago on 4 April 2024.", "2024-04-05",
			[]string{"dialogue CL+EU 2024-04-04 #3 @Santiago held"}},
		{"caption names the partners and the kind; the summit column holds the round",
			"Review\n\nTable 4. EU-Kenya summits, 2016-2023\n| Summit | Date | Venue | Main outcome |\n| 3rd | 4 May 2016 | Nairobi | Joint statement on trade |\n| 4th | 12-13 June 2019 | Brussels | No joint statement |\n| 5th | 2 March 2021 | videoconference | Green agenda |\nSource: compiled by the author.",
			"2023-11-20",
			[]string{"summit EU+KE 2016-05-04 #3 @Nairobi held", "summit EU+KE 2019-06-12..2019-06-13 #4 @Brussels held",
				"summit EU+KE 2021-03-02 #5 held"}},
		{"numbered meetings of a council under a caption",
			"The EU-Chile Trade and Technology Council met for the first time in 2023.\n\nTable 1. EU-Chile Trade and Technology Council meetings\n| No. | Date | Venue | Key deliverables |\n| 1 | 3 April 2023 | Santiago | Working groups |\n| 2 | 14 March 2024 | Brussels | Semiconductors |",
			"2024-06-01",
			[]string{"council CL+EU 2023-04-03 #1 @Santiago held", "council CL+EU 2024-03-14 #2 @Brussels held"}},
		{"a table of figures by year is no table of events",
			"Table 2. Trade with Kenya, summits aside\n| Year | EU exports | EU imports | Balance |\n| 2016 | 2.1 | 1.4 | +0.7 |\n| 2019 | 2.5 | 1.6 | +0.9 |", "2023-11-20",
			nil},
		{"a table without a header row stays text",
			"Chile | 4th | 12 Mar 2023 | Santiago\nKenya | 7th | 2 Oct 2023 | Nairobi", "2024-05-02",
			nil},
		{"agenda: heading date and leading city",
			"Agenda: week of 6 May\n\nMonday 6 May\n10:00 Brussels – Foreign Affairs Council\n15:00 Brussels – 5th meeting of the EU-Chile Association Council, chaired by the High Representative\nPress point (tbc)\n\nWednesday 8 – Thursday 9 May\nNairobi – EU-Kenya Strategic Dialogue, 2nd round\n",
			"2024-05-02",
			[]string{"council CL+EU 2024-05-06 #5 @Brussels planned", "dialogue EU+KE 2024-05-08..2024-05-09 #2 @Nairobi planned"}},
	})
}

// The EU's office holders are known by name from the lexicon: a page may
// call them by surname alone, with or without a title; a partner's title
// may name its country after "of".
func TestNamedEUOfficeHolders(t *testing.T) {
	runCases(t, []ruleCase{
		{"surname alone meets a partner's minister of a country", "On Tuesday, Borrell met the Foreign Minister of Chile, Ana Pérez, in Santiago.", "2024-04-05",
			[]string{"ministerial meeting CL+EU 2024-04-02 @Santiago held"}},
		{"surname and a demonym title", "Dombrovskis and Kenyan Trade Minister John Mwangi met on Thursday in Nairobi.", "2024-04-05",
			[]string{"ministerial meeting EU+KE 2024-04-04 @Nairobi held"}},
		{"a member state's minister is no partner", "On Tuesday, Kallas met the Foreign Minister of France in Paris.", "2024-04-05",
			nil},
		{"two EU office holders are no EU-partner meeting", "On Tuesday, Kallas met Commissioner Šefčovič in Brussels.", "2024-04-05",
			nil},
	})
}

// A meeting a decision sets for later is planned though it has no date
// and no future tense.
func TestDecidedToHold(t *testing.T) {
	runCases(t, []ruleCase{
		{"agreed to hold", "The EU and Chile held their second Digital Dialogue in Santiago on 4 April 2024.\nThe two sides agreed to hold the third EU-Chile Digital Dialogue in Brussels.", "2024-04-05",
			[]string{"dialogue CL+EU 2024-04-04 #2 @Santiago held", "dialogue CL+EU #3 @Brussels planned"}},
		{"agreed, then held", "The two sides agreed in 2022 to hold the dialogue annually; the third EU-Chile Digital Dialogue was held in Brussels on 4 April 2024.", "2024-04-05",
			[]string{"dialogue CL+EU 2024-04-04 #3 @Brussels held"}},
	})
}

// Dates and portfolios of round 6: an abbreviated month does not end the
// sentence, a day counted from a clause ("a day after he met") is not the
// clause's date, a decided meeting's season lies ahead, and a partner's
// title may name its portfolio before its country.
func TestRound6Constructions(t *testing.T) {
	runCases(t, []ruleCase{
		{"abbreviated month before the day", "The EU and Chile held the third Digital Dialogue on Sept. 3 in Santiago.", "2025-09-10",
			[]string{"dialogue CL+EU 2025-09-03 #3 @Santiago held"}},
		{"a day after a clause", "Kenyan Foreign Minister Ali Hassan spoke on Friday.\nHassan made the announcement a day after he met Kallas in Brussels on Jan. 29, where the two discussed trade.", "2026-01-30",
			[]string{"ministerial meeting EU+KE 2026-01-29 @Brussels held"}},
		{"a decided forum in the autumn is ahead", "They agreed to hold the first EU-Kenya business forum in Nairobi in the autumn.", "2025-07-09",
			[]string{"forum EU+KE 2025 #1 @Nairobi planned"}},
		{"portfolio then country", "On 2 March in Brussels, Kallas receives the Minister of Foreign Affairs of Kenya, Ali Hassan.", "2026-02-27",
			[]string{"ministerial meeting EU+KE 2026-03-02 @Brussels planned"}},
		{"a place named by its kind", "The IV EU-Chile summit, held on Sunday and Monday in the Andean city of Valparaíso, ended with a declaration.", "2025-11-10",
			[]string{"summit CL+EU 2025-11-09..2025-11-10 #4 @Valparaíso held"}},
		{"a named series the lexicon does not know dates its next round", "The EU-Chile Foreign Policy Consultations are held at the level of senior officials. The 12th round was held in Santiago on 9 December 2024.", "2025-01-10",
			[]string{"dialogue CL+EU 2024-12-09 #12 @Santiago held"}},
		{"met on the sidelines of a summit told before", "The EU-CELAC summit was held in Santa Marta on 9 November.\nChile's President Ana Soto met Kallas on Monday morning on the sidelines of the summit and asked for the agreement to be signed.", "2025-11-10",
			[]string{"summit CELAC+EU 2025-11-09 @Santa Marta held", "ministerial meeting CL+EU 2025-11-10 held"}},
		{"what is agreed is another predicate", "Commission President Ursula von der Leyen and Chilean President Ana Soto agreed at a meeting in Brussels on Tuesday that the second EU-Chile summit will take place in Santiago in June.", "2026-03-05",
			[]string{"ministerial meeting CL+EU 2026-03-03 @Brussels held", "summit CL+EU 2026-06 #2 @Santiago planned"}},
		{"the page's city from its title and dateline", "High Representative holds bilateral meetings in New York\nNew York, 26.09.2025\nDuring the high-level week of the General Assembly, the High Representative held a series of bilateral meetings with counterparts.\nOn Tuesday, Kallas met the Foreign Minister of Chile, Ana Pérez.", "2025-09-26",
			[]string{"ministerial meeting CL+EU 2025-09-23 @New York held"}},
		{"a digest's headlines under its dateline place nothing", "Daily News\nBrussels, 14 March 2025\nEU-Chile Association Council to meet in Brussels\nCommission and Chile discuss fisheries\nOn Wednesday, Kallas met the Foreign Minister of Chile, Ana Pérez, to discuss fisheries and ocean governance.", "2025-03-14",
			[]string{"council CL+EU @Brussels planned", "ministerial meeting CL+EU 2025-03-12 held"}},
		{"postponed after an interjected phrase", "The Human Rights Dialogue with Chile, initially foreseen for December 2024, was postponed at the request of the Chilean side.", "2025-06-10",
			nil},
		{"a noun of either number coordinated with a plural", "In 2024, the EU held 38 human rights dialogues and consultations with partner countries and regional organisations.", "2025-06-10",
			nil},
		{"the two sides are the context's, not another clause's partner", "EU and Chilean officials held the second round of the EU-Chile Security and Defence Dialogue in Santiago on 26 February.\nThe dialogue, launched when the two sides signed their Security and Defence Partnership in May 2024, covered support to Ukraine.", "2026-03-04",
			[]string{"dialogue CL+EU 2026-02-26 #2 @Santiago held", "signing CL+EU 2024-05 held"}},
		{"a meeting without the EU", "EFTA ministers, meanwhile, will meet in Geneva in June for their ministerial meeting, without the EU.", "2026-03-04",
			nil},
		{"what a document sets up is no launch", "After years of talks, the EU and Chile signed the package of agreements in Brussels on Monday. The package updates five agreements and sets up a dispute settlement mechanism.", "2026-03-04",
			[]string{"signing CL+EU 2026-03-02 @Brussels held"}},
		{"portfolio of a member state", "On 2 March in Brussels, Kallas receives the Minister of Foreign Affairs of Portugal.", "2026-02-27",
			nil},
	})
}

// Round 7: a signing placed at an event by naming its kind or "the same
// occasion" takes that event's day and place, not the latest mention's; a
// decision is taken at the meeting, not at a signing told as background;
// partners named as an exclusion take no part; initialling and modal or
// unrealised signings and meetings are no occurrences.
func TestRound7Constructions(t *testing.T) {
	runCases(t, []ruleCase{
		{"partners named as an exclusion", "The 16th EU-Kenya Summit, held in Nairobi on 27 January 2026, was productive. At the summit, the two sides signed a Security and Defence Partnership, the first with an African partner other than Ghana and Senegal.", "2026-02-10",
			[]string{"summit EU+KE 2026-01-27 #16 @Nairobi held", "signing EU+KE 2026-01-27 @Nairobi held"}},
		{"on the sidelines of the summit after a background signing", "The first EU-Kenya summit, hosted in Brussels on 22 October 2025, crowned the Strategic Partnership, signed in Nairobi in March 2024. On the sidelines of the summit, the EU and Kenya signed a Memorandum of Understanding on energy.", "2025-10-30",
			[]string{"summit EU+KE 2025-10-22 #1 @Brussels held", "signing EU+KE 2024-03 @Nairobi held", "signing EU+KE 2025-10-22 @Brussels held"}},
		{"on the same occasion is the article's event", "On 15 September 2025, the Commissioner and Chile's Minister of Science launched the EU-Chile Digital Partnership in Santiago. It builds on the EU-Chile Digital Dialogue, whose fifth meeting, held in Lima in March 2024, prepared the ground.\nOn the same occasion, the two sides signed an Administrative Arrangement on cooperation in artificial intelligence.", "",
			[]string{"launch CL+EU 2025-09-15 @Santiago held", "dialogue CL+EU 2024-03 #5 @Lima held", "signing CL+EU 2025-09-15 @Santiago held"}},
		{"a decision is taken at the meeting, not at a signing", "The EU and Chile held the 12th meeting of their Association Council in Santiago on Tuesday 14 April. The Council reviewed the Advanced Framework Agreement signed in Brussels on 13 December 2023.\nThe EU and Chile agreed to launch a dedicated EU-Chile Migration Dialogue.", "2026-04-16",
			[]string{"council CL+EU 2026-04-14 #12 @Santiago held", "signing CL+EU 2023-12-13 @Brussels held", "launch CL+EU 2026-04-14 @Santiago held"}},
		{"initialling is no signing", "The chief negotiators of the EU and Chile today initialled the text of an aviation agreement.", "2026-03-04",
			nil},
		{"the place of a participle is not the meeting's", "On Tuesday, Kallas met the Foreign Minister of Chile, Ana Pérez, in New York to discuss the trade agreement initialled in Brussels in August.", "2025-09-26",
			[]string{"ministerial meeting CL+EU 2025-09-23 @New York held"}},
		{"can be signed", "Once the Council has adopted the decisions, the EU-Chile agreement can be signed.", "2026-03-04",
			nil},
		{"yet to be signed", "The EU-Chile trade agreement has yet to be signed and ratified.", "2026-03-04",
			nil},
		{"a dialogue that could meet", "Officials believe that an EU-Chile High-level Economic Dialogue could meet in the autumn.", "2026-03-04",
			nil},
		{"a round in view that could be held", "A second EU-Chile summit could be held in Santiago in 2027.", "2026-03-04",
			[]string{"summit CL+EU 2027 #2 @Santiago planned"}},
	})
}

// Round 8: meetings of an EU office holder with a partner's that name no
// series: "will receive" a partner's minister, and "was received by" a
// president during a visit the article reports, a paragraph on; the verb
// ends what may qualify the title after it.
func TestRound8Constructions(t *testing.T) {
	const visit = "The EU and Kenya held their first Strategic Dialogue in Nairobi on Tuesday.\n" +
		"The two sides discussed trade and the situation in the region. They welcomed progress in the talks on an investment agreement. " +
		"Senior officials also initialled an arrangement between the EU Satellite Centre and the Kenya Space Agency.\n"
	runCases(t, []ruleCase{
		{"will receive a partner's minister", "Commissioner for Trade Ivo Novak will receive Kenya's Minister for Trade, Ali Hassan, in Brussels on Friday.", "2026-05-12",
			[]string{"ministerial meeting EU+KE 2026-05-15 @Brussels planned"}},
		{"received by the president during the visit", visit + "During her visit, the High Representative was received by President Ali Hassan.", "2026-04-29",
			[]string{"dialogue EU+KE 2026-04-28 #1 @Nairobi held", "ministerial meeting EU+KE 2026-04-28 @Nairobi held"}},
		{"met the president during the visit", visit + "During his visit, the Commissioner met President Ali Hassan.", "2026-04-29",
			[]string{"dialogue EU+KE 2026-04-28 #1 @Nairobi held", "ministerial meeting EU+KE 2026-04-28 @Nairobi held"}},
		{"a member state's prime minister during the visit", visit + "During her visit, the High Representative was received by the Portuguese Prime Minister.", "2026-04-29",
			[]string{"dialogue EU+KE 2026-04-28 #1 @Nairobi held"}},
		{"also met on the occasion just reported, not ahead of a season", "Today in Nairobi, Commissioner Ivo Novak and Kenya's Minister of Finance signed four financing agreements. The agreements will support the energy grid.\nCommissioner Novak also met Prime Minister Ali Hassan to discuss reforms and the repair of the grid ahead of next winter.", "2026-04-23",
			[]string{"signing EU+KE 2026-04-23 @Nairobi held", "ministerial meeting EU+KE 2026-04-23 @Nairobi held"}},
		{"what a meeting comes ahead of is not its date", "Commissioner Ivo Novak met Kenya's Minister of Energy in Nairobi on 3 March to prepare the grid ahead of next winter.", "2026-03-10",
			[]string{"ministerial meeting EU+KE 2026-03-03 @Nairobi held"}},
		{"an EU title is not the president's", "The High Representative met President Ali Hassan of the European Council in Brussels on 3 May.", "2026-05-12",
			nil},
	})
}

// Round 9: the partner's side and third parties writing about the EU.
func TestRound9Constructions(t *testing.T) {
	const chronology = "Chronology of Peru-EU Relations\n\n1994\nMarch 3: The first Peru-EU Summit was held in Lima.\n\n" +
		"2008\nJune 17: The fourth Peru-EU Summit was held in Cusco. The two sides decided to establish a strategic partnership.\n" +
		"November 2: The first round of the Peru-EU Digital Dialogue was held in Arequipa.\n\nPrint | Close\n"
	const table = "Peru-EU Relations\n\nRecent High-Level Exchanges\nYear | Month | Visitor | Overview\n" +
		"2023 | May | Foreign Minister Ruiz (visit to Belgium) | 2nd Peru-EU Strategic Dialogue (Brussels)\n" +
		"2024 | October | President of the European Council (visit to Peru) | 9th Peru-EU Summit (Lima); launch of the Peru-EU Green Alliance\n"
	runCases(t, []ruleCase{
		{"a chronology's year heading dates its month-day items", chronology, "",
			[]string{"summit EU+PE 1994-03-03 #1 @Lima held", "summit EU+PE 2008-06-17 #4 @Cusco held",
				"launch EU+PE 2008-06-17 @Cusco held", "dialogue EU+PE 2008-11-02 #1 @Arequipa held"}},
		{"year and month columns of a table", table, "",
			[]string{"dialogue EU+PE 2023-05 #2 @Brussels held", "summit EU+PE 2024-10 #9 @Lima held", "launch EU+PE 2024-10 @Lima held"}},
		{"announcement of a partnership", "At the summit in Lima on 3 May the leaders made the announcement of the Peru-EU Security Partnership.", "2025-05-04",
			[]string{"summit EU+PE 2025-05-03 @Lima held", "launch EU+PE 2025-05-03 @Lima held"}},
		{"a time of day does not cut the clause", "On May 3, commencing at 9:30 a.m. local time (4:30 p.m. Lima time), the President of Peru held the 9th Peru-EU Summit Meeting in Brussels.", "2025-05-03",
			[]string{"summit EU+PE 2025-05-03 #9 @Brussels held"}},
		{"the city the leader is visiting", "On May 3, the President of Peru, who is visiting Brussels, Belgium, held the 9th Peru-EU Summit Meeting.", "2025-05-03",
			[]string{"summit EU+PE 2025-05-03 #9 @Brussels held"}},
		{"the previous council after a working group", "Peru and the EU held their third Digital Partnership Council in Lima on Tuesday.\n" +
			"They also set up a joint working group on batteries, whose first meeting is slated for December in Brussels.\n" +
			"The previous council was held in Brussels in November last year.", "2025-10-15",
			[]string{"council EU+PE 2025-10-14 #3 @Lima held", "launch EU+PE 2025-10-14 @Lima held",
				"working group EU+PE 2025-12 #1 @Brussels planned", "council EU+PE 2024-11 @Brussels held"}},
		{"the previous one is a look back, not the occasion", "The President of Peru will hold the 9th Peru-EU summit in Brussels on Tuesday, June 9.\n" +
			"It will be the President's first. The previous one took place in Lima on July 23 last year.\n" +
			"At the summit, Peru and the EU are slated to sign an arrangement on critical minerals.", "2026-06-08",
			[]string{"summit EU+PE 2026-06-09 #9 @Brussels planned", "summit EU+PE 2025-07-23 @Lima held",
				"signing EU+PE 2026-06-09 @Brussels planned"}},
	})
}

// Round 10: meetings of office holders told from the partner's side, calls
// of protocol, the occasion a meeting is part of, and "here" under a
// dateline.
func TestRound10Constructions(t *testing.T) {
	const ttc = "Third Meeting of the Kenya-EU Trade and Technology Council\n" +
		"1. The third meeting of the Kenya-EU Trade and Technology Council was held in Brussels on 2 July 2025.\n" +
		"2. The ministers reviewed the working groups.\n" +
		"3. Foreign Minister also called on Ms. Anna Berg, President of the European Commission, and conveyed greetings from the President.\n"
	runCases(t, []ruleCase{
		{"a partner's title of no side calls on an EU office holder", ttc, "2025-07-03",
			[]string{"council EU+KE 2025-07-02 #3 @Brussels held", "ministerial meeting EU+KE 2025-07-02 @Brussels held"}},
		{"called on someone to act is an appeal", "The EU and Kenya held their third Trade and Technology Council in Brussels on 2 July 2025. Foreign Minister Wafula called on Commissioner Berg to release the funds.", "2025-07-03",
			[]string{"council EU+KE 2025-07-02 #3 @Brussels held"}},
		{"a courtesy call", "The EU and Kenya held their third Trade and Technology Council in Brussels on 2 July 2025. Foreign Minister Wafula will pay a courtesy call on Commissioner Berg on 3 July.", "2025-07-03",
			[]string{"council EU+KE 2025-07-02 #3 @Brussels held", "ministerial meeting EU+KE 2025-07-03 planned"}},
		{"before the dialogue, paragraphs on", "On July 2, Foreign Minister Li Wei held the 5th round of the China-EU Digital Dialogue with Commissioner Anna Berg in Brussels.\n" +
			"Li Wei said that the two sides are partners. He said trade matters. He added that climate matters too. He also spoke of the region.\n" +
			"Before the dialogue, Li Wei met with President of the European Council Tomas Holm.", "2025-07-03",
			[]string{"dialogue CN+EU 2025-07-02 #5 @Brussels held", "ministerial meeting CN+EU 2025-07-02 @Brussels held"}},
		{"here under a dateline; the arrival's date is not the meeting's", "Brussels, Jun 10 (XYZ) Kenya and the European Union on Tuesday held their first strategic dialogue here, with Foreign Minister Wafula and Commissioner Berg discussing trade.\n" +
			"The foreign minister, who arrived here on Sunday on a visit to France, the EU and Belgium, also met European Commission President Anna Berg on Monday.", "2025-06-11",
			[]string{"dialogue EU+KE 2025-06-10 #1 @Brussels held", "ministerial meeting EU+KE 2025-06-09 @Brussels held"}},
		{"a member state's minister met is no partner's", "The EU and Kenya held their first strategic dialogue in Nairobi on Tuesday. The Commissioner also met the French Foreign Minister.", "2025-06-11",
			[]string{"dialogue EU+KE 2025-06-10 #1 @Nairobi held"}},
	})
}

// Multilateral bodies and founding texts are no counterpart, and what
// such a body holds is its own.
func TestMultilateralOwners(t *testing.T) {
	runCases(t, []ruleCase{
		{"the UN Charter and a body at the United Nations", "The fourth EU-Chile Cyber Dialogue took place in Santiago on 2 May 2024.\nThe sides affirmed that the UN Charter applies online and will work together in the Global Mechanism set up at the United Nations, which will hold its first session in Geneva in the autumn.", "2024-05-03",
			[]string{"dialogue CL+EU 2024-05-02 #4 @Santiago held"}},
		{"a commitment to sign is no signing", "EU-Kenya summit\nKenya and the EU renewed their commitment to sign the Economic Partnership Agreement in 2024.", "2023-10-03",
			nil},
	})
}

// Rounds that are only possible, or that were scheduled and then called
// off, are no events.
func TestCalledOffAndQuotedModals(t *testing.T) {
	runCases(t, []ruleCase{
		{"a quoted modal", "Two officials said on Monday that an EU-Chile summit \"could take place in the spring, but only with a deal\".", "2024-01-10",
			nil},
		{"a scheduled round called off", "A round of the EU-Kenya Strategic Dialogue was held in Nairobi in May. A round scheduled for October in Brussels was cancelled at the last minute.", "2024-11-10",
			[]string{"dialogue EU+KE 2024-05 @Nairobi held"}},
	})
}

func TestNegatedByPronoun(t *testing.T) {
	runCases(t, []ruleCase{
		{"pencilled in, then not", "An EU-Kenya Strategic Dialogue had been scheduled for the spring; it will not be held this year.", "2024-01-10",
			nil},
		{"but it was cancelled", "The EU-Chile summit was planned for June in Santiago, but it was cancelled.", "2024-01-10",
			nil},
	})
}

// An acronym the page defines for a series stands for it afterwards.
func TestPageAcronyms(t *testing.T) {
	runCases(t, []ruleCase{
		{"defined, then used for other rounds", "The Commissioner and Kenya's Minister co-chaired the third EU-Kenya High-level Ocean Dialogue (HOD) in Nairobi on 4 March.\nThey built on the second HOD, which took place in Brussels on 5 May 2023, and agreed to convene the fourth HOD in Brussels in 2026.", "2024-03-05",
			[]string{"dialogue EU+KE 2024-03-04 #3 @Nairobi held", "dialogue EU+KE 2023-05-05 #2 @Brussels held", "dialogue EU+KE 2026 #4 @Brussels planned"}},
		{"an acronym of no event noun stays unknown", "The EU and Kenya signed a memorandum on the Blue Economy Initiative (BEI) in Nairobi on 4 March.\nThe second BEI report came out in May.", "2024-03-05",
			[]string{"signing EU+KE 2024-03-04 @Nairobi held"}},
	})
}

// Round 12: results of a meeting, decisions dated apart from what they
// decide, "the following day" after a month-only date, venues of an
// organisation's meetings, topics, multilateral summits, furniture in
// other languages, a chronology's day labels, a title with its round.
func TestRound12Constructions(t *testing.T) {
	runCases(t, []ruleCase{
		{"the outcomes of a meeting: held, not the nearest 31 March", "Ministers welcomed the work of the EU-Chile Energy Council, notably the outcomes of its second meeting in Santiago on 31 March.", "2024-10-20",
			[]string{"council CL+EU 2024-03-31 #2 @Santiago held"}},
		{"this month's, early in the month", "The conclusions will be presented at the fifth EU-Kenya Summit, which will take place in Nairobi in October.", "2024-10-02",
			[]string{"summit EU+KE 2024-10 #5 @Nairobi planned"}},
		{"a decision dated before its verb", "After a pause, the leaders agreed in March 2024 to hold the sixth EU-Peru Summit in Lima in 2025.", "2024-06-01",
			[]string{"summit EU+PE 2025 #6 @Lima planned"}},
		{"the following day after a month-only date", "The second EU-Chile Space Dialogue was held in Santiago on 9 May.\n\nIt was the first since the two sides signed their Space Partnership in Brussels in March 2023.\n\nThe following day, also in Santiago, the two sides met for the third EU-Chile Cyber Dialogue.", "2024-05-12",
			[]string{"dialogue CL+EU 2024-05-09 #2 @Santiago held", "signing CL+EU 2023-03 @Brussels held", "dialogue CL+EU 2024-05-10 #3 @Santiago held"}},
		{"a country hosting an organisation's next meeting", "The first EU-ASEAN Energy Forum took place in Brussels on 3 April 2024. The ministers agreed that the next forum will take place in Thailand in 2025.", "2024-04-04",
			[]string{"forum ASEAN+EU 2024-04-03 #1 @Brussels held", "forum ASEAN+EU 2025 planned"}},
		{"the war in a country is a topic", "The 12th EU-Chile Summit took place in Santiago on 2 May. It was the first since the previous one held in Brussels in May 2019, as the war in Ukraine filled the agenda.", "2024-05-04",
			[]string{"summit CL+EU 2024-05-02 #12 @Santiago held", "summit CL+EU 2019-05 @Brussels held"}},
		{"a G20 presidency's summit", "Brazil's G20 presidency, which culminated in the Rio summit of November 2024, was a success for its diplomacy.", "2025-01-10",
			nil},
		{"French furniture heading", "The EU and Chile held their fifth Cyber Dialogue in Santiago on 3 June 2024.\n\nLire aussi\nEU-Chile summit 2023: what was agreed in Santiago?\nThe fourth EU-Chile cyber dialogue: a turning point?", "2024-06-05",
			[]string{"dialogue CL+EU 2024-06-03 #5 @Santiago held"}},
		{"a chronology item with a day label after its year", "EU-Chile relations\n\nTimeline\n2019 – 12 March: the EU-Chile Digital Partnership is launched in Santiago. 4 June: the EU-Chile Human Rights Dialogue is held in Brussels.\n", "",
			[]string{"launch CL+EU 2019-03-12 @Santiago held", "dialogue CL+EU 2019-06-04 @Brussels held"}},
		{"a title with its round", "Past events\n• EU-Kenya Track 2 Dialogue on Ocean Governance – 2nd edition, Nairobi, May 2023\n", "2024-01-10",
			[]string{"dialogue EU+KE 2023-05 #2 @Nairobi held"}},
		{"signed at a summit, in an object relative clause", "The dialogue reviewed the Ocean Partnership that the leaders signed at the EU-Kenya Summit in Nairobi on 14 March 2024.", "2024-09-10",
			[]string{"signing EU+KE 2024-03-14 @Nairobi held", "summit EU+KE 2024-03-14 @Nairobi held"}},
		{"its second meeting, chaired by office holders, is the series'", "The EU-Kenya High-level Digital Dialogue was meant to give the talks a political roof. Its second meeting, held in Nairobi on 18 September 2023 between Commission Vice-President Anna Berg and Kenya's Foreign Minister, was constructive.", "2024-02-10",
			[]string{"dialogue EU+KE 2023-09-18 #2 @Nairobi held"}},
		{"set up, over a co-chaired apposition", "The EU-Kenya Cyber Task Force, co-chaired by the EEAS and the Kenyan Ministry of Foreign Affairs, was set up in 2012.", "2024-02-10",
			[]string{"launch EU+KE 2012 held"}},
		{"since the launch, reported before", "The first EU-Chile Digital Partnership Council took place in Santiago in November 2024. Ministers took stock of the work carried out since the launch of the Partnership and agreed on a work programme.", "2024-12-01",
			[]string{"council CL+EU 2024-11 #1 @Santiago held"}},
		{"a modal after the noun's complement", "A high-level EU-Kenya economic dialogue at ministerial level could be convened later this year.", "2024-03-01",
			nil},
		{"an apposition names the subject's round", "The last formal summit, the fifth EU-Peru summit, took place in Lima in June 2015.", "2024-03-01",
			[]string{"summit EU+PE 2015-06 #5 @Lima held"}},
		{"a modal on another verb, the noun planned by its own predicate", "The ministers should also prepare the ninth EU-Kenya Summit, to be held in Nairobi in 2026.", "2025-11-05",
			[]string{"summit EU+KE 2026 #9 @Nairobi planned"}},
		{"a modal on the meeting stays hypothetical", "The ministers could also hold an EU-Kenya Summit in Nairobi in 2026.", "2025-11-05",
			nil},
		{"a numbered round after a paragraph on summits", "The 11th EU-Kenya Human Rights Dialogue took place in Nairobi on 4 June 2024.\n\nThe annual EU-Kenya Summit has not met since 2021, and the next summit is not yet scheduled.\n\nConclusion\n\nThe 12th round is due to take place in Brussels next year.", "2024-07-03",
			[]string{"dialogue EU+KE 2024-06-04 #11 @Nairobi held", "dialogue EU+KE 2025 #12 @Brussels planned"}},
		{"the next council is not on the day reported", "On 4 June 2024, the Commissioner and the Kenyan ministers held the second EU-Kenya Digital Partnership Council in Nairobi. Both sides also agreed to explore a joint approach to data flows, to be discussed at the next Council.", "2024-06-10",
			[]string{"council EU+KE 2024-06-04 #2 @Nairobi held"}},
		{"a pronoun subject meets: the body just named", "The EU-Kenya Cyber Task Force was set up in 2012. It met eight times, the last time in Nairobi in June 2019, and has not been convened since.", "2024-02-10",
			[]string{"launch EU+KE 2012 held", "task force EU+KE 2019-06 #8 @Nairobi held"}},
		{"a pronoun subject meeting someone is no round", "The EU-Kenya Cyber Task Force was set up in 2012. It met the minister to discuss the agenda.", "2024-02-10",
			[]string{"launch EU+KE 2012 held"}},
		{"its plenary meeting is the body's, not the Parliament's", "The EU-Kenya Digital Task Force was set up in 2018. Its third and final plenary meeting, held in Nairobi in June 2019, adopted a report.", "2024-02-10",
			[]string{"launch EU+KE 2018 held", "task force EU+KE 2019-06 #3 @Nairobi held"}},
		{"a leaders' meeting is a summit", "The EU-Kenya Leaders' Meeting took place in Nairobi on 8 May 2023.", "2024-01-10",
			[]string{"summit EU+KE 2023-05-08 @Nairobi held"}},
	})
}

// Round 13: reference lines of endnotes, background clauses, rounds
// pushed back, modals with an edition, and newsletter items under labels.
func TestRound13Constructions(t *testing.T) {
	runCases(t, []ruleCase{
		{"an endnote with its source and quoted title", "The EU and Kenya held their fifth Cyber Dialogue in Nairobi on 3 June 2024.\n\nNotes\n(2) Council of the EU, 'EU and Kenya hold second Digital Dialogue in Mombasa', 14 May 2022.\n(3) \"EU-Chile summit in Santiago: joint statement\", 2 May 2023.", "2024-06-05",
			[]string{"dialogue EU+KE 2024-06-03 #5 @Nairobi held"}},
		{"a numbered body paragraph is no endnote", "(1) The EU and Kenya will hold their sixth Cyber Dialogue in Nairobi on 3 June 2025.", "2024-06-05",
			[]string{"dialogue EU+KE 2025-06-03 #6 @Nairobi planned"}},
		{"since they signed, undated: background", "From Nairobi I travelled to Lima, where our officials held the second EU-Peru Security Dialogue on Tuesday. Peru is our closest partner in the region. Since we signed our Security Partnership, we work together on maritime security and cyber defence.", "2024-04-20",
			[]string{"dialogue EU+PE 2024-04-16 #2 @Lima held"}},
		{"since they signed, dated: the signing", "Since the EU and Kenya signed their Green Partnership in Nairobi in May 2021, trade has doubled.", "2024-06-05",
			[]string{"signing EU+KE 2021-05 @Nairobi held"}},
		// The round "the third since" names is not read yet (no edition).
		{"the nth since an undated launch: no launch", "The next EU-Kenya Trade Council is expected in Nairobi in early 2025, the third since the council was launched.", "2024-06-05",
			[]string{"council EU+KE 2025 @Nairobi planned"}},
		{"the nth since a dated launch: the launch", "Trade has grown since the Green Alliance was launched at the EU-Kenya summit in Nairobi on 22 June.", "2024-11-20",
			[]string{"launch EU+KE 2024-06-22 @Nairobi held", "summit EU+KE 2024-06-22 @Nairobi held"}},
		{"a round called off over a long relative clause", "The EU regrets that the 4th round of the EU-Peru Human Rights Dialogue, which was due to take place in Lima on 3 May, has been postponed at the request of the Peruvian authorities.", "2024-04-20",
			nil},
		{"pushing back against a proposal calls nothing off", "At the fifth EU-Kenya Summit in Nairobi on 3 June 2024, Kenya pushed back against the proposal.", "2024-06-05",
			[]string{"summit EU+KE 2024-06-03 #5 @Nairobi held"}},
		{"a round pushed back", "The EU-Kenya Digital Dialogue last met in Nairobi in May 2022. A third round, first pencilled in for 2023, was repeatedly pushed back as relations cooled.", "2024-06-05",
			[]string{"dialogue EU+KE 2022-05 @Nairobi held"}},
		{"a modal with an edition on a non-meeting verb", "A first EU-Kenya ministerial meeting could usefully coordinate these efforts, but nobody has proposed it.", "2024-06-05",
			nil},
		{"a modal with an edition on a meeting verb is planned", "A second EU-Kenya summit could be held in Nairobi in 2026.", "2024-06-05",
			[]string{"summit EU+KE 2026 #2 @Nairobi planned"}},
		{"the original date is not the new one", "The sixth EU-Kenya Trade Council, originally scheduled for October, will now take place in Nairobi in spring 2025.", "2024-06-05",
			[]string{"council EU+KE 2025 #6 @Nairobi planned"}},
		{"labelled newsletter items keep their own partners", "Kenya: The EU and Kenya will hold their fourth Digital Dialogue in Nairobi in March 2025.\n\nBefore we go: the UN's panel on AI held its first meeting in Geneva, while the global dialogue on AI governance is set to convene in New York next July.", "2024-06-05",
			[]string{"dialogue EU+KE 2025-03 #4 @Nairobi planned"}},
		{"a story told over labels keeps its partner", "LONDON CALLING: Leaders will meet in Nairobi on Monday (3 June) for the first EU-Kenya summit.\n\nWhat is in the package: The two sides are expected to sign a green partnership at the summit.", "2024-05-31",
			[]string{"summit EU+KE 2024-06-03 #1 @Nairobi planned", "signing EU+KE 2024-06-03 @Nairobi planned"}},
	})
}

// Launches and signings at the meeting an article reports: a date
// followed by an apposition on the meeting, the participants as the
// subject of the launch, several launches at one meeting, and a long
// capitalised name before a passive.
func TestLaunchesAtMeetings(t *testing.T) {
	const summit = "The fifth EU-Kenya summit took place in Nairobi on 3 May 2024. The EU was represented by the President of the European Council.\n" +
		"Leaders reaffirmed their partnership and adopted a joint statement.\nThey discussed trade.\nThey discussed security.\nThey discussed migration.\n"
	runCases(t, []ruleCase{
		{"a date before an apposition on the summit", "The Energy Council was launched at the EU-Kenya Summit in Nairobi on 15 June 2021, the first summit since 2014.", "2024-05-04",
			[]string{"launch EU+KE 2021-06-15 @Nairobi held", "summit EU+KE 2021-06-15 @Nairobi held"}},
		{"a date before a generic apposition", "The Energy Council was launched at the EU-Kenya Summit in Nairobi on 15 June 2021, a meeting long delayed.", "2024-05-04",
			[]string{"launch EU+KE 2021-06-15 @Nairobi held", "summit EU+KE 2021-06-15 @Nairobi held"}},
		{"a fronted date dates what follows its comma", "In Nairobi on 3 May 2024, the third EU-Kenya summit took place.", "2024-05-04",
			[]string{"summit EU+KE 2024-05-03 #3 @Nairobi held"}},
		{"leaders launched, paragraphs after the summit", summit + "Leaders launched the EU-Kenya Partnership on Green Hydrogen and Batteries.", "2024-05-04",
			[]string{"summit EU+KE 2024-05-03 #5 @Nairobi held", "launch EU+KE 2024-05-03 @Nairobi held"}},
		{"both sides launched, in a numbered item", summit + "7. Both sides also launched the EU-Kenya Research Partnership, which will connect laboratories.", "2024-05-04",
			[]string{"summit EU+KE 2024-05-03 #5 @Nairobi held", "launch EU+KE 2024-05-03 @Nairobi held"}},
		{"they launched, with its own year", summit + "In 2019, they launched an EU-Kenya Clean Energy Partnership.", "2024-05-04",
			[]string{"summit EU+KE 2024-05-03 #5 @Nairobi held", "launch EU+KE 2019 held"}},
		{"leaders set to launch at the coming summit", "The fifth EU-Kenya summit will take place in Nairobi on 3 June 2024.\nLeaders will discuss trade.\nThey will discuss security.\nThey will discuss migration.\nLeaders are also set to launch an EU-Kenya Green Alliance.", "2024-05-04",
			[]string{"summit EU+KE 2024-06-03 #5 @Nairobi planned", "launch EU+KE 2024-06-03 @Nairobi planned"}},
		{"two launches at one meeting", "Today, the EU and Kenya held a Leaders' Meeting by videoconference.\n\nClimate\n\nThe EU and Kenya agreed to establish a High-level Climate Dialogue.\n\nDigital\n\nLeaders also agreed to set up a High-level Digital Dialogue covering data.", "2024-09-14",
			[]string{"summit EU+KE 2024-09-14 held", "launch EU+KE 2024-09-14 held", "launch EU+KE 2024-09-14 held"}},
		{"a launch told twice is one", "Today, the EU and Kenya held a Leaders' Meeting by videoconference. Leaders launched the EU-Kenya Green Alliance. The Green Alliance was launched to cut emissions.", "2024-09-14",
			[]string{"summit EU+KE 2024-09-14 held", "launch EU+KE 2024-09-14 held"}},
		{"a long name before a passive signing", "Kenya and the EU\n\nThe EU and Kenya also work together on energy. The Partnership on Green Energy and Clean Transport was signed in Nairobi on 27 September 2019.", "",
			[]string{"signing EU+KE 2019-09-27 @Nairobi held"}},
		{"a planned signing of a long name", "The EU and Kenya will deepen cooperation on energy. The Partnership on Sustainable Energy and Quality Transport will be signed in Brussels on 27 September.", "2024-09-14",
			[]string{"signing EU+KE 2024-09-27 @Brussels planned"}},
	})
}

// A weekday dates a past verb in the past even when the sentence goes on
// with an infinitive of what followed.
func TestPastWeekdayBeforeInfinitive(t *testing.T) {
	runCases(t, []ruleCase{
		{"held on Tuesday, then flew on to meet", "The Commissioner held the third EU-Peru Digital Dialogue on Tuesday, and then flew on to Chile to meet ministers.", "2026-11-20",
			[]string{"dialogue EU+PE 2026-11-17 #3 held"}},
		{"met on Monday to prepare", "The Commissioner met Peru's Foreign Minister on Monday to prepare the fourth EU-Peru summit.", "2026-11-20",
			[]string{"ministerial meeting EU+PE 2026-11-16 held", "summit EU+PE #4 planned"}},
		{"will hold on Tuesday to discuss", "The EU and Peru will hold the third EU-Peru Digital Dialogue on Tuesday to discuss AI.", "2026-11-20",
			[]string{"dialogue EU+PE 2026-11-24 #3 planned"}},
	})
}

// Round 16: a partner's official met in the partner's capital, one
// subject with a held and a planned predicate, and "was received by".
func TestRound16Constructions(t *testing.T) {
	runCases(t, []ruleCase{
		{"venue names the host's official", "On 3 May in Accra, Commissioner Lindqvist met Prime Minister Kofi Mensah to discuss energy.", "2025-05-06",
			[]string{"ministerial meeting EU+GH 2025-05-03 @Accra held"}},
		{"venue opening before the verb", "The High Representative travels to Central Asia this week.\nOn Friday in Bishkek, the High Representative will meet President Askar Abdrov.", "2026-03-23",
			[]string{"ministerial meeting EU+KG 2026-03-27 @Bishkek planned"}},
		{"venue after the object", "Commission President Ursula von der Leyen will meet Prime Minister Ana Lopes in Montevideo next month.", "2026-03-10",
			[]string{"ministerial meeting EU+UY 2026-04 @Montevideo planned"}},
		{"received by the host's official", "Commissioner Lindqvist was received by President Kofi Mensah in Accra on 3 May.", "2025-05-06",
			[]string{"ministerial meeting EU+GH 2025-05-03 @Accra held"}},
		{"received on the margins of the occasion just told", "The fifth EU-Chile Digital Dialogue took place in Santiago on 3 May 2025.\nBoth sides discussed data flows.\nThey also discussed AI.\nOn the margins of the Digital Dialogue, the High Representative was received by Vice-President Ana Soto.", "2025-05-06",
			[]string{"dialogue CL+EU 2025-05-03 #5 @Santiago held", "ministerial meeting CL+EU 2025-05-03 @Santiago held"}},
		{"a pronoun for the EU office holder", "Commissioner Lindqvist travels on to Ghana, where she will meet Trade Minister Kofi Mensah in Accra on Thursday.", "2025-05-06",
			[]string{"ministerial meeting EU+GH 2025-05-08 @Accra planned"}},
		{"a pronoun for the previous sentence's office holder", "Commissioner Lindqvist opened the trade fair in Lagos on Monday.\nOn Thursday, he will meet Trade Minister Kofi Mensah in Accra.", "2025-05-06",
			[]string{"ministerial meeting EU+GH 2025-05-08 @Accra planned"}},
		{"a member state's city names no partner", "Commissioner Lindqvist met Foreign Minister Kofi Mensah in Vienna on 3 May.", "2025-05-06",
			nil},
	})
}

func TestTwoPredicates(t *testing.T) {
	runCases(t, []ruleCase{
		{"relative clause then main predicate", "The EU-Georgia Association Council, which last met in Tbilisi on 9 February, will next convene in Luxembourg in June.", "2026-04-23",
			[]string{"council EU+GE 2026-02-09 @Tbilisi held", "council EU+GE 2026-06 @Luxembourg planned"}},
		{"two predicates joined by and", "The EU-Georgia Association Council last met in Tbilisi on 9 February and will next convene in Luxembourg in June.", "2026-04-23",
			[]string{"council EU+GE 2026-02-09 @Tbilisi held", "council EU+GE 2026-06 @Luxembourg planned"}},
		{"year then season", "The EU-Chile Digital Dialogue met in 2023 and will meet again in Santiago next year.", "2025-01-10",
			[]string{"dialogue CL+EU 2023 held", "dialogue CL+EU 2026 @Santiago planned"}},
	})
}
