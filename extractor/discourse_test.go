package extractor_test

import "testing"

// The tests below cover constructions of announcements beyond the single
// sentence: how dates, places and partners attach to the right event when a
// sentence or a page holds several, which lines are page furniture, and
// when two mentions are one event. The sentences are written for these
// tests; the wording, partners and dates are invented.

// Dates that stand apart from the event noun: timeline bullets, the next
// sentence, relative days, a reporting verb's own date.
func TestDateAttachment(t *testing.T) {
	runCases(t, []ruleCase{
		{"timeline bullets", "Recent rounds\n\n- 3 March 2022: 2nd EU-Chile Digital Dialogue, Santiago\n- 9 October 2023: third EU-Chile Digital Dialogue, Brussels\n- 5 June 2024: 4th EU-Chile Digital Dialogue, by videoconference", "2024-07-01",
			[]string{"dialogue CL+EU 2022-03-03 #2 @Santiago held", "dialogue CL+EU 2023-10-09 #3 @Brussels held", "dialogue CL+EU 2024-06-05 #4 held"}},
		{"date in the next sentence", "The EU and Indonesia held the fourth round of their Security Dialogue in Jakarta. Delegations met on 6 and 7 May and discussed maritime issues.", "2024-05-10",
			[]string{"dialogue EU+ID 2024-05-06..2024-05-07 #4 @Jakarta held"}},
		{"the next sentence names another date of its own event", "The EU and Indonesia held the fourth round of their Security Dialogue in Jakarta. The EU-Indonesia Summit took place on 8 May.", "2024-05-10",
			[]string{"dialogue EU+ID #4 @Jakarta held", "summit EU+ID 2024-05-08 held"}},
		{"days later", "On 2 March 2023 the EU and Kenya launched a Green Partnership in Nairobi. Two days later, in Addis Ababa, the Commissioner signed a memorandum with Ethiopia.", "2023-03-10",
			[]string{"launch EU+KE 2023-03-02 @Nairobi held", "signing ET+EU 2023-03-04 @Addis Ababa held"}},
		{"the same day in a city named before", "In Hanoi on 3 May 2024, the High Representative signed a memorandum with Viet Nam. Two days later, in Manila, he signed an agreement with the Philippines. On the same day in Hanoi, he and the Vietnamese foreign minister also held the first EU-Viet Nam Maritime Dialogue.", "2024-05-20",
			[]string{"signing EU+VN 2024-05-03 @Hanoi held", "signing EU+PH 2024-05-05 @Manila held", "dialogue EU+VN 2024-05-03 #1 @Hanoi held"}},
		{"a reporting verb's date is the report's", "The EU and Canada will hold their next Digital Partnership Council in the autumn, officials said on Thursday.", "2024-06-20",
			[]string{"council CA+EU 2024 planned"}},
		{"last week", "The seventh EU-Japan Economic Dialogue took place in Tokyo last week.", "2024-04-02",
			[]string{"dialogue EU+JP 2024-03 #7 @Tokyo held"}},
		{"last week across two months is the year", "The seventh EU-Japan Economic Dialogue took place in Tokyo last week.", "2024-03-05",
			[]string{"dialogue EU+JP 2024 #7 @Tokyo held"}},
		{"ahead of an event is not its date", "On 4 May 2025, a think tank hosted a roundtable with Kenyan diplomats ahead of the next EU-Kenya summit.", "2025-05-06",
			nil},
		{"a launch in a since-clause keeps its own place", "The meeting of the EU-Korea Digital Partnership Council, the third since the partnership was launched in November 2022, is pencilled in for late June in Seoul.", "2024-05-02",
			[]string{"council EU+KR 2024-06 #3 @Seoul planned", "launch EU+KR 2022-11 held"}},
	})
}

// Partners are the participants of the event, not every country the
// sentence names.
func TestParticipants(t *testing.T) {
	runCases(t, []ruleCase{
		{"a fronted when-clause", "When the EU and Brazil launched their strategic partnership in Lisbon in July 2007, Argentina's economy was in crisis.", "",
			[]string{"launch BR+EU 2007-07 @Lisbon held"}},
		{"another subject after a comma and", "The EU and Japan held their Cyber Dialogue in Tokyo on 4 May 2024, and China and Russia have criticised the format.", "",
			[]string{"dialogue EU+JP 2024-05-04 @Tokyo held"}},
		{"a country negotiating something similar", "Chile signed a memorandum with the EU on lithium on 3 July 2023 in Santiago, and Peru is negotiating a similar arrangement.", "",
			[]string{"signing CL+EU 2023-07-03 @Santiago held"}},
		{"topics are no partners", "EU and Canada to hold summit in Ottawa next month\n\nThe 20th summit, expected to focus on trade, energy and Ukraine, will be the first since 2021.", "2024-05-10",
			[]string{"summit CA+EU 2024-06 #20 @Ottawa planned"}},
		{"a model named after the launch", "The EU-Canada Digital Partnership Council (DPC), launched in November 2023 on the model of the transatlantic TTC, meets once a year.", "",
			[]string{"launch CA+EU 2023-11 held"}},
		{"Latin America is not America", "The EU and Latin America and the Caribbean launched a Digital Alliance in Panama City on 5 June 2024.", "",
			[]string{"launch CELAC+EU 2024-06-05 @Panama City held"}},
		{"a partner-EU compound is no EU body", "The 24th China-EU Summit was held in Beijing on 7 December 2023.", "",
			[]string{"summit CN+EU 2023-12-07 #24 @Beijing held"}},
		{"states that attend another forum", "The EU and ASEAN signed a joint statement in Jakarta on 2 March 2023, and Japan and Australia have attended ASEAN summits for years.", "",
			[]string{"signing ASEAN+EU 2023-03-02 @Jakarta held"}},
	})
}

// Meetings between office holders of the EU and of a partner are
// ministerial meetings even when they name no series; other occurrences
// hide in nominal and elliptical phrases.
func TestHiddenOccurrences(t *testing.T) {
	runCases(t, []ruleCase{
		{"two office holders met", "EU trade commissioner Valdis Dombrovskis and Japanese Economy Minister Ken Saito met in Osaka on 12 May 2024.", "2024-05-14",
			[]string{"ministerial meeting EU+JP 2024-05-12 @Osaka held"}},
		{"met a minister in the margins of a multilateral meeting", "On Tuesday (4 June), in the margins of the OECD ministerial council in Paris, Commissioner Breton met India's Minister of Electronics Ashwini Vaishnaw.", "2024-06-05",
			[]string{"ministerial meeting EU+IN 2024-06-04 @Paris held"}},
		{"will be in a city to meet", "Norwegian Foreign Minister Espen Barth Eide will be in Brussels on Thursday to meet the High Representative.", "2024-05-13",
			[]string{"ministerial meeting EU+NO 2024-05-16 @Brussels planned"}},
		{"a bilateral meeting held with a minister", "Last month, at the G20 digital ministers' meeting in Maceió, Executive Vice-President Vestager held a bilateral meeting with Brazil's Minister of Communications Juscelino Filho in Maceió.", "2024-10-02",
			[]string{"ministerial meeting BR+EU 2024-09 @Maceió held"}},
		{"a bilateral meeting where a multilateral one took place", "The issue was raised last month on the sidelines of the G20 trade ministers' meeting in Brasília, where Commissioner Dombrovskis held a bilateral meeting with India's Commerce Minister Piyush Goyal.", "2024-11-05",
			[]string{"ministerial meeting EU+IN 2024-10 @Brasília held"}},
		{"officials meeting civil society is no ministerial meeting", "The EU delegation met representatives of Mongolian civil society on 4 June in Ulaanbaatar.", "2024-06-10",
			nil},
		{"elliptical second meeting", "The EU-Canada Digital Partnership Council held its first meeting in Montreal in December 2023 and its second in Brussels on 3 April.", "2024-05-01",
			[]string{"council CA+EU 2023-12 #1 @Montreal held", "council CA+EU 2024-04-03 #2 @Brussels held"}},
		{"nominal signing with a date between commas", "The Cooperation Council welcomed the signing, on 4 June 2024, of the EU-Georgia Memorandum on Energy.", "2024-06-05",
			[]string{"signing EU+GE 2024-06-04 held"}},
		{"a declaration launching a partnership", "The 9th EU-Tunisia Association Council met in Brussels on 3 May 2022 and adopted a joint declaration launching a “Mediterranean partnership for growth”.", "",
			[]string{"council EU+TN 2022-05-03 #9 @Brussels held", "launch EU+TN 2022-05-03 @Brussels held"}},
		{"a signing expected at the summit", "The EU-Canada summit will take place in St. John's on 24 November. Both sides are expected to sign a Green Partnership at the summit.", "2023-11-10",
			[]string{"summit CA+EU 2023-11-24 @St. John's planned", "signing CA+EU 2023-11-24 @St. John's planned"}},
		{"travel to a city for the round", "The Indian foreign minister is due to travel to Brussels for the fifth round of the EU-India Strategic Dialogue on 9 May.", "2024-05-01",
			[]string{"dialogue EU+IN 2024-05-09 #5 @Brussels planned"}},
		{"in the same city", "The EU-Canada Energy Dialogue met in Ottawa on 3 May 2023. The EU-Canada working group on hydrogen met for the second time on 4 May in the same city.", "2023-05-10",
			[]string{"dialogue CA+EU 2023-05-03 @Ottawa held", "working group CA+EU 2023-05-04 #2 @Ottawa held"}},
	})
}

// Lines that are not the article: related-content lists under any of their
// headings, teaser lists recognised by their shape, calendar lines of a
// daily digest.
func TestPageFurniture(t *testing.T) {
	runCases(t, []ruleCase{
		{"related press releases", "The EU and Peru held their third Digital Dialogue in Lima on 4 April 2024.\nRelated press releases\nEU and Colombia hold first Digital Dialogue in Bogotá\nEU and Peru sign memorandum on data", "",
			[]string{"dialogue EU+PE 2024-04-04 #3 @Lima held"}},
		{"more on this story", "The EU and Peru held their third Digital Dialogue in Lima on 4 April 2024.\nMORE ON THIS STORY\nEU-Peru summit held in Lima amid protests", "",
			[]string{"dialogue EU+PE 2024-04-04 #3 @Lima held"}},
		{"a bare Related heading", "The EU and Peru held their third Digital Dialogue in Lima on 4 April 2024.\nRelated\nPeru: EU and Peru hold second Digital Dialogue in Brussels", "",
			[]string{"dialogue EU+PE 2024-04-04 #3 @Lima held"}},
		{"a teaser list known by its shape", "The EU and Peru held their third Digital Dialogue in Lima on 4 April 2024. The talks covered platform regulation and connectivity.\nIn focus\nEU and Ghana hold fifth Political Dialogue in Accra\nEU-Kenya Business Forum opens in Nairobi with record attendance", "",
			[]string{"dialogue EU+PE 2024-04-04 #3 @Lima held"}},
		{"section headings of a daily digest stay", "Daily News 4 July\n\nCommission hosts EU-Japan Digital Partnership Council\nThe second EU-Japan Digital Partnership Council took place in Brussels on 3 July.\nEU and Kenya hold Trade Dialogue\nThe EU and Kenya held their fourth Trade Dialogue in Nairobi on 2 July.", "2024-07-04",
			[]string{"council EU+JP 2024-07-03 #2 @Brussels held", "dialogue EU+KE 2024-07-02 #4 @Nairobi held"}},
		{"calendar lines of a digest", "Commission hosts EU-Japan Digital Partnership Council\nThe second EU-Japan Digital Partnership Council took place in Brussels on 3 July.\nCalendar\n5 July: College meeting\n6 July: Environment Council\n8 July: Informal meeting of energy ministers", "2024-07-04",
			[]string{"council EU+JP 2024-07-03 #2 @Brussels held"}},
	})
}

// One event mentioned several times is one event; other occurrences of
// the same words are no events at all.
func TestRepeatsAndNonEvents(t *testing.T) {
	runCases(t, []ruleCase{
		{"the edition in a later sentence", "Japan and the EU will hold their summit in Tokyo next month. The 31st EU-Japan summit, which follows elections in both, is expected to be attended by the new Commission President.", "2024-06-10",
			[]string{"summit EU+JP 2024-07 #31 @Tokyo planned"}},
		{"that was the nth edition", "The EU and Brazil last held a High-level Economic Dialogue in Brasília in May 2023. That was the fourth edition of the dialogue.", "2024-01-10",
			[]string{"dialogue BR+EU 2023-05 #4 @Brasília held"}},
		{"a session of a UN body", "The EU briefed Japan on the outcome of the 54th session of the Human Rights Council and on its priorities for the 78th session of the UN General Assembly in September.", "2023-07-01",
			nil},
		{"a free trade negotiating round", "EU-Australia relations\n\nNegotiators met for the sixth round of free trade agreement talks in Canberra in March.", "2023-04-01",
			nil},
		{"officials meeting for a round of talks", "The first EU-UK summit is scheduled for 19 May in London. British and EU officials met in Brussels last week for what one negotiator called \"the toughest round so far\".", "2025-04-28",
			[]string{"summit EU+GB 2025-05-19 #1 @London planned"}},
		{"a round after a summit is no summit", "The first EU-UK summit is scheduled for 19 May in London. Officials from both sides met in Brussels last week for another round of talks.", "2025-04-28",
			[]string{"summit EU+GB 2025-05-19 #1 @London planned"}},
		{"a list of standing dialogues", "The EU now holds human rights dialogues with Brazil, Chile, Mexico and Peru, and the EU-Brazil dialogue met for the sixth time in Brasília last May.", "2024-09-01",
			[]string{"dialogue BR+EU 2024-05 #6 @Brasília held"}},
		{"ministerial level is no ministerial meeting", "The EU and India held their first Strategic Dialogue at ministerial level in New Delhi on 3 May 2024.", "",
			[]string{"dialogue EU+IN 2024-05-03 #1 @New Delhi held"}},
		{"a delegation meets civil society in the margins", "The EU and Mongolia held their ninth Human Rights Dialogue in Ulaanbaatar on 6 June 2024. In the margins of the Dialogue, the EU delegation met representatives of civil society on 4 June in Ulaanbaatar.", "2024-06-10",
			[]string{"dialogue EU+MN 2024-06-06 #9 @Ulaanbaatar held"}},
	})
}

// Variants of the constructions above in other words, partners and
// layouts: bullets with dashes, "a week later", a reporting verb after the
// event, possessives and topics, office holders in either order,
// elliptical lists, headline lists without a heading word.
func TestConstructionVariants(t *testing.T) {
	runCases(t, []ruleCase{
		{"timeline en dash", "Key meetings\n\n• 14 March 2023 – 3rd EU-Indonesia Security Dialogue, Jakarta\n• 2 October 2024 – 4th EU-Indonesia Security Dialogue, Brussels", "2024-11-01",
			[]string{"dialogue EU+ID 2023-03-14 #3 @Jakarta held", "dialogue EU+ID 2024-10-02 #4 @Brussels held"}},
		{"next sentence took place", "The EU and Kazakhstan held the 21st meeting of their Cooperation Council in Brussels. The meeting took place on 18 June.", "2024-06-20",
			[]string{"council EU+KZ 2024-06-18 #21 @Brussels held"}},
		{"a week later", "The EU and Japan signed a memorandum on hydrogen in Tokyo on 3 March 2023. A week later, in Brussels, the Commission launched a Green Alliance with Norway.", "2023-04-01",
			[]string{"signing EU+JP 2023-03-03 @Tokyo held", "launch EU+NO 2023-03-10 @Brussels held"}},
		{"said on monday", "The EU-Canada summit will be held in Ottawa later this year, the Canadian prime minister said on Monday.", "2024-05-08",
			[]string{"summit CA+EU 2024 @Ottawa planned"}},
		{"possessive topic", "Japan's economy grew in 2023, and the EU and Korea held their 6th Cyber Dialogue in Seoul on 2 October 2024.", "2024-10-05",
			[]string{"dialogue EU+KR 2024-10-02 #6 @Seoul held"}},
		{"discuss topic", "The EU and Singapore held their second Digital Partnership Council in Singapore on 5 February 2025 and discussed cooperation with Malaysia and Indonesia.", "2025-02-10",
			[]string{"council EU+SG 2025-02-05 #2 @Singapore held"}},
		{"minister met commissioner", "Indonesian Trade Minister Zulkifli Hasan met Commissioner Dombrovskis in Brussels on 6 February 2024 to take stock of the negotiations.", "2024-02-08",
			[]string{"ministerial meeting EU+ID 2024-02-06 @Brussels held"}},
		{"HRVP hosted", "On 12 June, the High Representative hosted Georgia's Foreign Minister Ilia Darchiashvili in Brussels.", "2024-06-14",
			[]string{"ministerial meeting EU+GE 2024-06-12 @Brussels held"}},
		{"met business community", "Commissioner Breton met representatives of the Korean semiconductor industry in Seoul on 3 May 2023.", "2023-05-05",
			nil},
		{"elliptical the second", "The EU-Japan Cyber Dialogue met for the first time in Tokyo in 2014 and the second time in Brussels in 2015.", "2024-01-01",
			[]string{"dialogue EU+JP 2014 #1 @Tokyo held", "dialogue EU+JP 2015 #2 @Brussels held"}},
		{"elliptical the third", "The first EU-Brazil Digital Dialogue was held in Brasília in 2019, the second in Brussels in 2021 and the third in São Paulo on 9 November 2023.", "2023-11-15",
			[]string{"dialogue BR+EU 2019 #1 @Brasília held", "dialogue BR+EU 2021 #2 @Brussels held", "dialogue BR+EU 2023-11-09 #3 @São Paulo held"}},
		{"related latest", "The EU and Kenya launched a Green Partnership in Nairobi on 3 May 2023. The partnership covers energy and raw materials.\nLatest\nEU and Rwanda sign memorandum on raw materials\nEU-Ghana summit held in Accra", "",
			[]string{"launch EU+KE 2023-05-03 @Nairobi held"}},
		{"teaser at bottom no heading", "The EU and Kenya launched a Green Partnership in Nairobi on 3 May 2023. The partnership covers energy and raw materials in East Africa.\nEU and Rwanda sign memorandum on raw materials in Kigali\nEU-Ghana summit held in Accra after a five-year pause", "",
			[]string{"launch EU+KE 2023-05-03 @Nairobi held"}},
		{"digest section with partner heading", "Daily News 12 / 03 / 2024\nEU and Chile hold Digital Dialogue\nThe EU and Chile held their third Digital Dialogue in Santiago on 11 March.\nEU and Peru sign memorandum\nThe EU and Peru signed a memorandum on critical raw materials in Lima on 11 March.", "2024-03-12",
			[]string{"dialogue CL+EU 2024-03-11 #3 @Santiago held", "signing EU+PE 2024-03-11 @Lima held"}},
		{"same event headline and body", "EU and Moldova hold ninth Association Council\nThe ninth EU-Moldova Association Council took place in Chișinău on 4 March 2025. The Council welcomed progress on reforms.", "2025-03-05",
			[]string{"council EU+MD 2025-03-04 #9 @Chișinău held"}},
		{"that was the nth", "EU and Mexico leaders met in Brussels on 18 October 2023 for their summit. It was the eighth such summit.", "2023-10-20",
			[]string{"summit EU+MX 2023-10-18 #8 @Brussels held"}},
		{"session of assembly", "The EU and Korea agreed to coordinate ahead of the 79th session of the UN General Assembly in New York in September.", "2024-06-01",
			nil},
		{"negotiating round", "The fifth negotiating round for an EU-Thailand free trade agreement took place in Brussels on 23-27 September 2024.", "2024-10-01",
			nil},
		{"officials met no summit", "EU and Swiss negotiators met in Bern last week for a new round of talks on the bilateral package.", "2024-05-06",
			nil},
		{"standing list", "Brussels currently holds digital dialogues with Japan, Korea, Singapore and Canada.", "2024-05-06",
			nil},
		{"in the same city", "The 5th EU-India Cyber Dialogue took place in New Delhi on 3 May 2023. The EU-India working group on AI met in the same city a day later.", "2023-06-01",
			[]string{"dialogue EU+IN 2023-05-03 #5 @New Delhi held", "working group EU+IN 2023-05-04 @New Delhi held"}},
		{"travel to", "The Japanese prime minister will travel to Brussels for the 32nd EU-Japan Summit on 20 July.", "2025-07-01",
			[]string{"summit EU+JP 2025-07-20 #32 @Brussels planned"}},
		{"when clause partner", "When the EU and Vietnam signed their free trade agreement in Hanoi on 30 June 2019, Thailand's talks with Brussels were on hold.", "",
			[]string{"signing EU+VN 2019-06-30 @Hanoi held"}},
		{"ahead of", "On 2 May 2024, EU ambassadors met Chinese officials in Beijing ahead of the EU-China summit.", "2024-05-03",
			nil},
		{"the summit follow", "The EU-Canada summit will follow the G7 summit in Apulia, Italy.", "2024-06-01",
			nil},

		{"from to", "The EU-China Human Rights Dialogue took place in Brussels from 3 to 5 June.", "2024-06-10",
			[]string{"dialogue CN+EU 2024-06-03..2024-06-05 @Brussels held"}},
		{"mid june", "The next EU-Japan summit is expected in mid-June in Tokyo.", "2024-03-10",
			[]string{"summit EU+JP 2024-06 @Tokyo planned"}},
		{"late last year", "The EU and Vietnam held their first Maritime Dialogue in Hanoi late last year.", "2024-03-10",
			[]string{"dialogue EU+VN 2023 #1 @Hanoi held"}},
		{"earlier this year", "The EU and Kenya launched a Green Partnership earlier this year.", "2024-09-10",
			[]string{"launch EU+KE 2024 held"}},
		{"held talks", "Commissioner Hahn held talks with Serbian President Aleksandar Vučić in Belgrade on 3 May 2023.", "2023-05-05",
			[]string{"ministerial meeting EU+RS 2023-05-03 @Belgrade held"}},
		{"NATO summit", "The NATO summit in Washington in July 2024 was attended by Japan and Korea.", "2024-08-01",
			nil},
		{"ASEAN summit", "EU officials attended the ASEAN summit in Jakarta on 5 September 2023.", "2024-08-01",
			nil},
		{"agreed to establish", "At their summit in Tokyo on 13 July 2023, the EU and Japan agreed to establish a high-level economic security dialogue.", "2023-07-20",
			[]string{"summit EU+JP 2023-07-13 @Tokyo held", "launch EU+JP 2023-07-13 @Tokyo held"}},
		{"on tuesday date", "On Tuesday 4 June, the EU and Canada held their fifth Digital Dialogue in Ottawa.", "2024-06-06",
			[]string{"dialogue CA+EU 2024-06-04 #5 @Ottawa held"}},
		{"this autumn", "The second EU-Australia Space Dialogue is due to take place in Brussels this autumn.", "2024-06-06",
			[]string{"dialogue AU+EU 2024 #2 @Brussels planned"}},
		{"inked", "The EU and Namibia inked a memorandum of understanding on raw materials in Sharm el-Sheikh on 8 November 2022.", "2022-11-10",
			[]string{"signing EU+NA 2022-11-08 @Sharm el-Sheikh held"}},
		{"second sentence partner other", "The EU and Japan held their Cyber Dialogue in Tokyo. India hosted a conference on 3 May.", "2024-05-10",
			[]string{"dialogue EU+JP @Tokyo held"}},
		{"quote event", "\"The fifth EU-Korea Cyber Dialogue in Seoul was a success,\" the ambassador said on 3 May.", "2024-05-10",
			[]string{"dialogue EU+KR #5 @Seoul held"}},
		{"EU leaders internal", "EU leaders met in Brussels on 27 June 2024 for the European Council.", "2024-06-30", nil},
		{"first EU-X summit since", "The first EU-Central Asia summit since the format was created will take place in Samarkand on 3 April.", "2025-03-01",
			[]string{"summit EU+KG+KZ+TJ+TM+UZ 2025-04-03 #1 @Samarkand planned"}},
		{"council meet next", "The EU-Ukraine Association Council met in Brussels on 5 September 2022. The Council will next meet in Kyiv in 2023.", "2022-09-06",
			[]string{"council EU+UA 2022-09-05 @Brussels held", "council EU+UA 2023 @Kyiv planned"}},
		{"video call", "Executive Vice-President Dombrovskis held a videoconference with Australian Trade Minister Don Farrell on 12 October 2023.", "2023-10-14",
			nil},
		{"received", "The High Representative received Armenia's Foreign Minister Ararat Mirzoyan in Brussels on 22 January 2024.", "2024-01-25",
			[]string{"ministerial meeting AM+EU 2024-01-22 @Brussels held"}},

		{"timeline paren city", "Selected rounds\n- 12 May 2023: 4th EU-Korea Cyber Dialogue (Seoul)\n- 22 May 2024: 5th EU-Korea Cyber Dialogue (Brussels)", "2024-06-01",
			[]string{"dialogue EU+KR 2023-05-12 #4 @Seoul held", "dialogue EU+KR 2024-05-22 #5 @Brussels held"}},
		{"talks were held", "The EU and Brazil held their fourth Digital Dialogue in Brasília. Talks were held on 12-13 March and covered AI.", "2024-03-20",
			[]string{"dialogue BR+EU 2024-03-12..2024-03-13 #4 @Brasília held"}},
		{"discussed topics", "The EU and Japan held their 30th summit in Tokyo on 13 July 2023 and discussed Russia, Iran and North Korea.", "2023-07-20",
			[]string{"summit EU+JP 2023-07-13 #30 @Tokyo held"}},
		{"president of the european council", "The President of the European Council, António Costa, hosted Japanese Prime Minister Shigeru Ishiba in Brussels on 3 March 2025.", "2025-03-05",
			[]string{"ministerial meeting EU+JP 2025-03-03 @Brussels held"}},
		{"month colon timeline", "Milestones\nMay 2023: first EU-India TTC meeting in Brussels\nFebruary 2025: second EU-India TTC meeting in New Delhi", "2025-03-01",
			[]string{"council EU+IN 2023-05 #1 @Brussels held", "council EU+IN 2025-02 #2 @New Delhi held"}},
		{"caption", "EU and Japanese leaders at the 30th EU-Japan Summit in Tokyo, 13 July 2023\nThe 30th EU-Japan Summit took place in Tokyo on 13 July 2023.", "2023-07-20",
			[]string{"summit EU+JP 2023-07-13 #30 @Tokyo held"}},
		{"parliament delegation", "The European Parliament's delegation for relations with Japan met Japanese lawmakers in Tokyo on 3 May 2024.", "2024-05-10",
			nil},
		{"phone call", "The High Representative spoke by phone with Chinese Foreign Minister Wang Yi on 3 May 2024.", "2024-05-10",
			nil},
	})
}

// Whole pages: a Council press release with its related-content list, an
// analysis that recounts a series, a headline repeated by the body.
func TestPages(t *testing.T) {
	runCases(t, []ruleCase{
		{"council press release", "Council of the EU\nPress release\n21 March 2023\n\nJoint press statement following the eighth EU-Georgia Association Council\n\nThe EU-Georgia Association Council held its eighth meeting on 20 March 2023 in Brussels. The meeting was chaired by the High Representative. The Georgian delegation was led by Prime Minister Irakli Garibashvili.\nThe Association Council welcomed the decision of the European Council of 15 December 2022.\nThe next Association Council will take place in Tbilisi in 2024.\n\nRelated content\nEU-Armenia Partnership Council, 5th meeting, 12 December 2022\nForeign Affairs Council, 20 March 2023\n\nShare this page", "2023-03-21",
			[]string{"council EU+GE 2023-03-20 #8 @Brussels held", "council EU+GE 2024 @Tbilisi planned"}},
		{"think tank history", "Analysis\nEU-Japan: a digital alliance in the making\n\nThe EU and Japan launched their Digital Partnership in Tokyo in May 2022. The first Digital Partnership Council took place in Tokyo in May 2023, the second in Brussels on 30 April 2024. In between, the two sides held their fifth Cyber Dialogue, which took place in Tokyo earlier this year.\n\nAbout the author\nJane Doe is a senior fellow.", "2024-09-10",
			[]string{"launch EU+JP 2022-05 @Tokyo held", "council EU+JP 2023-05 #1 @Tokyo held", "council EU+JP 2024-04-30 #2 @Brussels held", "dialogue EU+JP 2024 #5 @Tokyo held"}},
		{"slash range", "The EU-India Strategic Partnership Review Meeting took place in New Delhi on 25/26 March.", "2024-04-02",
			nil},
		{"slash range dialogue", "The 8th EU-Vietnam Human Rights Dialogue took place in Hanoi on 25/26 March.", "2024-04-02",
			[]string{"dialogue EU+VN 2024-03-25..2024-03-26 #8 @Hanoi held"}},
		{"rounds since", "The EU and China have held 38 rounds of their human rights dialogue since 1995.", "2024-04-02",
			nil},
		{"headline only page", "EU and Chile hold second Cyber Dialogue in Santiago\n\nSantiago, 5 June 2024\n\nThe European Union and Chile held the second round of their Cyber Dialogue on 4 June 2024 in Santiago de Chile. The dialogue covered international law, norms and capacity building.\n\nRead also\nEU and Chile launch Digital Partnership\nEU and Argentina hold first Cyber Dialogue in Buenos Aires", "2024-06-05",
			[]string{"dialogue CL+EU 2024-06-04 #2 @Santiago held"}},
		{"politico style", "TRADE TALK: EU trade chief Maroš Šefčovič will meet US Commerce Secretary Howard Lutnick in Washington on Thursday, his spokesperson said. Talks are expected to focus on steel tariffs.", "2025-03-31",
			[]string{"ministerial meeting EU+US 2025-04-03 @Washington planned"}},
		{"next round here", "The EU and Korea held their 5th Cyber Dialogue in Brussels on 8 May 2023. The next round will be held in Seoul in 2024.", "2023-05-10",
			[]string{"dialogue EU+KR 2023-05-08 #5 @Brussels held", "dialogue EU+KR 2024 @Seoul planned"}},
	})
}

// The rules above must stay quiet where they do not apply: a round added
// to an event of another status, a sentence after the next, office
// holders of one side, an ordinal after a signing, a heading above the
// body, a list of partners that do take part.
func TestAttachmentLimits(t *testing.T) {
	runCases(t, []ruleCase{
		{"complementary with other status", "The EU and Japan held their summit in Tokyo in July 2023. The 30th summit will take place in Brussels.", "2024-01-10",
			[]string{"summit EU+JP 2023-07 @Tokyo held", "summit EU+JP #30 @Brussels planned"}},
		{"indefinite edition stays apart", "The EU and India held a summit in Porto in May 2021. A 17th summit is planned.", "2024-01-10",
			[]string{"summit EU+IN 2021-05 @Porto held", "summit EU+IN #17 planned"}},
		{"dateLast other verb sentence", "The EU and Japan held their Cyber Dialogue in Tokyo. The Commission presented its strategy on 4 May.", "2024-05-10",
			[]string{"dialogue EU+JP @Tokyo held"}},
		{"dateLast two sentences later", "The EU and Japan held their Cyber Dialogue in Tokyo. It covered ransomware. Officials met again on 4 May.", "2024-05-10",
			[]string{"dialogue EU+JP @Tokyo held"}},
		{"office holders of the same side", "Commissioner Breton met French Minister Bruno Le Maire in Paris on 3 May 2023.", "2023-05-05",
			nil},
		{"office holders in different clauses", "Commissioner Breton met industry leaders in Seoul on 3 May 2023, while Korean Minister Lee met Japanese officials.", "2023-05-05",
			nil},
		{"ellipsis not after an event", "The EU and Korea signed the agreement in 2010 and the second in 2019.", "2023-05-05",
			[]string{"signing EU+KR 2010 held"}},
		{"teasers before body", "EU and Chile hold second Cyber Dialogue\nSantiago, 5 June 2024\nBy the Delegation of the EU to Chile\nThe European Union and Chile held the second round of their Cyber Dialogue on 4 June 2024 in Santiago. It covered norms and capacity building.", "2024-06-05",
			[]string{"dialogue CL+EU 2024-06-04 #2 @Santiago held"}},
		{"and with list", "The EU held cyber consultations with Brazil, Chile and Mexico in Brasília on 3 May 2024, and the talks covered norms.", "2024-05-05",
			[]string{"dialogue BR+CL+EU+MX 2024-05-03 @Brasília held"}},
		{"participants in possessive event", "Japan's Prime Minister and the President of the European Council held the 30th EU-Japan Summit in Tokyo on 13 July 2023.", "2023-07-15",
			[]string{"summit EU+JP 2023-07-13 #30 @Tokyo held"}},
		{"with after noun partner", "The EU and Kenya signed an agreement on cooperation with Uganda in Nairobi on 3 May 2024.", "2024-05-05",
			[]string{"signing EU+KE 2024-05-03 @Nairobi held"}},
		{"bilateral relations with", "The EU reviewed its relations with China at the EU-China summit in Beijing on 7 December 2023.", "2023-12-08",
			[]string{"summit CN+EU 2023-12-07 @Beijing held"}},
	})
}
