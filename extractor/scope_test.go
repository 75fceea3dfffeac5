package extractor_test

import "testing"

// Constructions of the fourth round: the scope of names (an organisation
// inside a body's name, a name that is an organisation), of datelines and
// leads, of participles and appositions after a noun, of occasions and
// decisions. The sentences are written for these tests; names, partners
// and dates are invented.

// An organisation's name inside the name of a body is no participant, a
// country after a city qualifies it only when the phrase ends there, and
// a fronted phrase does not govern the subject after its comma.
func TestNameScope(t *testing.T) {
	runCases(t, []ruleCase{
		{"an organisation inside a body's name", "The EU and Peru held their fourth Human Rights Dialogue in Lima on 3 May 2024. They discussed cooperation at the UN Human Rights Council in Geneva. Both sides agreed to hold the next round in Brussels in 2025.", "2024-05-10",
			[]string{"dialogue EU+PE 2024-05-03 #4 @Lima held", "dialogue EU+PE 2025 @Brussels planned"}},
		{"a country after a city that is a participant", "On 5 March 2024, in Brussels, Iceland and the EU launched a Blue Alliance on ocean policy.", "2024-03-10",
			[]string{"launch EU+IS 2024-03-05 @Brussels held"}},
		{"a country after a city that qualifies it", "The EU and Kenya held their second Trade Dialogue in Mombasa, Kenya, on 3 May 2024.", "2024-05-10",
			[]string{"dialogue EU+KE 2024-05-03 #2 @Mombasa held"}},
		{"a fronted phrase does not make the subject a topic", "The fifth EU-Peru Summit took place in Lima on 9 May 2024. On its sidelines, the EU and Ecuador signed a Memorandum of Understanding on fisheries in Lima on 9 May.", "2024-05-20",
			[]string{"summit EU+PE 2024-05-09 #5 @Lima held", "signing EC+EU 2024-05-09 @Lima held"}},
		{"the partners in context when the sentence continues their event", "The EU and Japan held their fifth Digital Dialogue in Geneva on 3 May 2024. They signed a Memorandum of Understanding on semiconductors in Geneva, Switzerland.", "2024-05-10",
			[]string{"dialogue EU+JP 2024-05-03 #5 @Geneva held", "signing EU+JP 2024-05-03 @Geneva held"}},
		{"the country of the venue when no participant is named", "The EU held its first Energy Dialogue with Peru in Lima on 3 April 2024. Commissioner Simson then toured Chile, Colombia and Ecuador. On 6 April 2024, she and President Gabriel Boric signed a Memorandum of Understanding on hydrogen in Santiago, Chile being a leading producer of copper.", "2024-04-20",
			[]string{"dialogue EU+PE 2024-04-03 #1 @Lima held", "signing CL+EU 2024-04-06 @Santiago held"}},
		{"a round of the series named in the other clause", "The EU-Armenia Human Rights Dialogue meets every year; the ninth round will take place in Yerevan in the autumn.", "2024-05-12",
			[]string{"dialogue AM+EU 2024 #9 @Yerevan planned"}},
		{"its round, named in the other clause", "The EU-Armenia Human Rights Dialogue meets every year; its ninth round will take place in Yerevan in 2025.", "2024-05-12",
			[]string{"dialogue AM+EU 2025 #9 @Yerevan planned"}},
		{"agreements with two partners under one capitalised name", "On 4 June 2024, the EU signed Framework and Cooperation Agreements with Peru and Ecuador in Brussels.", "2024-06-10",
			[]string{"signing EU+PE 2024-06-04 @Brussels held", "signing EC+EU 2024-06-04 @Brussels held"}},
	})
}

// A name that is an organisation, not an event: a forum that convenes
// something, and the meeting that organisation holds.
func TestOrganisationNames(t *testing.T) {
	runCases(t, []ruleCase{
		{"a forum that convenes a roundtable", "On 12 March, the Andean-Europe Policy Forum convened a roundtable in Brussels with diplomats from Peru and Chile.", "2024-03-20",
			nil},
		{"a forum that published a report", "The Nordic-Asia Dialogue Forum published a report on the EU-Japan Digital Partnership on 3 May.", "2024-05-10",
			nil},
		{"the meeting of an organisation", "The EU-Peru Summit will take place in Lima on 20 March.\nOn 12 March, the Andean-Europe Policy Forum convened a roundtable in Brussels with diplomats. The discussion was lively.\nThe meeting took place on the premises of the forum.", "2024-03-13",
			[]string{"summit EU+PE 2024-03-20 @Lima planned"}},
		{"a council inside a partner's name", "Diplomats from the six Gulf Cooperation Council states met researchers in Brussels on 3 May.", "2024-05-10",
			nil},
		{"another body's own forum", "The fifth EU-Peru Digital Dialogue took place in Lima on 3 May 2024. The institute's annual forum will be held in Brussels in March.", "2024-06-01",
			[]string{"dialogue EU+PE 2024-05-03 #5 @Lima held"}},
		{"the bloc's summit", "The bloc's summit with Peru will be held in Lima in March.", "2024-06-01",
			[]string{"summit EU+PE 2025-03 @Lima planned"}},
		{"a week after an event", "On 14 November, the Andean-Europe Policy Institute organised a workshop in Lima. The event took place a week after the fifth EU-Peru Digital Dialogue, held in Lima on 7 November.", "2024-11-20",
			[]string{"dialogue EU+PE 2024-11-07 #5 @Lima held"}},
		{"a forum that is an event", "The third EU-Peru Business Forum convened more than 300 companies in Lima on 4 June 2024.", "2024-06-10",
			[]string{"forum EU+PE 2024-06-04 #3 @Lima held"}},
	})
}

// A dateline at the top of a press release dates "today" when the page
// gives no publication date.
func TestDatelines(t *testing.T) {
	const page = "Joint Statement: 7th EU-Peru Summit\n\nLima, 14 March 2024\n\n" +
		"1. We, the leaders of the European Union and Peru, met today in Lima for the 7th EU-Peru Summit.\n\n" +
		"2. Building on our shared values, we today launched the EU-Peru Green Partnership.\n\n" +
		"3. We look forward to the first meeting of the Green Partnership Council in 2025.\n"
	runCases(t, []ruleCase{
		{"today from the dateline", page, "",
			[]string{"summit EU+PE 2024-03-14 #7 @Lima held", "launch EU+PE 2024-03-14 @Lima held", "council EU+PE 2025 #1 planned"}},
		{"the dateline dates today, it does not place it", "Brussels, 2 May 2024\n\nThe EU and Chile signed today a Memorandum of Understanding on lithium.", "",
			[]string{"signing CL+EU 2024-05-02 held"}},
		{"a dateline opening the first paragraph", "EU and Peru sign memorandum\n\nLima, 6 June 2024 – The European Union and Peru today signed a Memorandum of Understanding on raw materials. The next EU-Peru Summit will take place in Brussels in May.", "",
			[]string{"signing EU+PE 2024-06-06 held", "summit EU+PE 2025-05 @Brussels planned"}},
		{"a heading that names the event and its day", "EU-Peru Summit, 6 June 2024\n\nThe leaders met today in Lima for the EU-Peru Summit. They adopted a joint statement on raw materials and energy.", "",
			[]string{"summit EU+PE 2024-06-06 @Lima held"}},
		{"a known publication date wins over the dateline", "Brussels, 2 May 2024\n\nThe EU and Chile signed today a Memorandum of Understanding on lithium.", "2024-05-03",
			[]string{"signing CL+EU 2024-05-03 held"}},
	})
}

// The date of a noun given in a participle after it, also when the noun
// opens the sentence in a fronted phrase; the date of the lead sentence
// for the signing the next sentence reports; a year stated earlier in the
// paragraph for a day without one.
func TestLeadAndParticipleDates(t *testing.T) {
	runCases(t, []ruleCase{
		{"fronted phrase with a participle", "At the 9th EU-Peru Summit, held in Lima on 2 March 2023, leaders agreed to deepen cooperation on raw materials.", "2023-06-01",
			[]string{"summit EU+PE 2023-03-02 #9 @Lima held"}},
		{"the lead's date for the next sentence's signing", "LIMA — The European Union and Peru agreed a €2 billion investment package on Monday (4 March 2024), as the two sides deepened their ties.\nCommission President Ursula von der Leyen and President Dina Boluarte signed a joint declaration on a Comprehensive Partnership in Lima in the presence of several ministers.", "",
			[]string{"signing EU+PE 2024-03-04 @Lima held"}},
		{"a year earlier in the paragraph anchors a day", "The EU and Peru held their first Digital Dialogue in Lima on 3 May 2021.\n\nIn 2022 Peru chaired the Pacific Alliance. The 4th EU-Peru Summit took place in Brussels on 12th October, where leaders discussed raw materials.\n\nOn 1 March 2023 the two sides held their second Digital Dialogue in Brussels.", "",
			[]string{"dialogue EU+PE 2021-05-03 #1 @Lima held", "summit EU+PE 2022-10-12 #4 @Brussels held", "dialogue EU+PE 2023-03-01 #2 @Brussels held"}},
		{"a later day with its year frames the paragraph", "In 2022 the EU and Peru concluded negotiations on the Advanced Framework Agreement. The agreement was signed in Brussels on 13 December 2023. The first EU-Peru Association Council took place on 5th March, where ministers adopted a work programme.", "",
			[]string{"signing EU+PE 2023-12-13 @Brussels held", "council EU+PE 2024-03-05 #1 held"}},
		{"a year in passing frames nothing", "The EU-Peru Digital Dialogue took place in Lima on 3 May 2024.\n\nThe EU and Peru established diplomatic ties in 1960. Nowadays relations are close. The EU-Peru summit was held on 9th April in Brussels.", "",
			[]string{"dialogue EU+PE 2024-05-03 @Lima held", "summit EU+PE 2024-04-09 @Brussels held"}},
		{"held, with a purpose infinitive after it", "The EU-Peru Working Group on Mining held its sixth meeting in Lima in January to prepare the summit deliverables.", "2025-03-10",
			[]string{"working group EU+PE 2025-01 #6 @Lima held"}},
		{"the day of something else", "The EU-Peru Summit took place in Brussels on 5 November 2024. On the day of the vote in parliament on the summit, the EU signed a Framework Agreement with Chile.", "2024-12-01",
			[]string{"summit EU+PE 2024-11-05 @Brussels held"}},
		{"on the day of an event reported before", "The EU-Peru Commemorative Summit took place in Brussels on 5 November 2024. On the day of the commemorative summit, the EU signed Framework Agreements with Chile and Ecuador in Brussels.", "2024-12-01",
			[]string{"summit EU+PE 2024-11-05 @Brussels held", "signing CL+EU 2024-11-05 @Brussels held", "signing EC+EU 2024-11-05 @Brussels held"}},
	})
}

// Launches and signings whose object stands before the verb, across a
// name's complement or an apposition; nominal signings; upgrades.
func TestLaunchAndSigningForms(t *testing.T) {
	runCases(t, []ruleCase{
		{"a participle after a named task force", "The EU-Peru Task Force on Critical Minerals, set up in May 2022 to secure supplies, met on the margins of the Association Council in Lima on 3 June.", "2024-06-10",
			[]string{"launch EU+PE 2022-05 held", "task force EU+PE 2024-06-03 @Lima held", "council EU+PE 2024-06-03 @Lima held"}},
		{"a passive across an apposition", "The EU-Peru Blue Partnership, the first of its kind in the region, was launched in Lima in March 2023.", "2024-01-10",
			[]string{"launch EU+PE 2023-03 @Lima held"}},
		{"a relative clause after the launched object dates itself", "At the 6th EU-Peru Summit, held by videoconference on 4 May 2021, the leaders launched the EU-Peru Blue Alliance, which commits both sides to protecting oceans by 2030.", "2021-06-01",
			[]string{"summit EU+PE 2021-05-04 #6 held", "launch EU+PE 2021-05-04 held"}},
		{"a series of dialogues launched", "On 14 May 2024 the EU signed a Framework Agreement with Peru in Brussels. Beyond trade, the EU has launched a series of security dialogues.", "2024-06-01",
			[]string{"signing EU+PE 2024-05-14 @Brussels held"}},
		{"a signed agreement across a participle phrase", "Peru and the EU deepened their ties. The Advanced Framework Agreement (AFA), negotiated over six long years of talks, was signed on 8 December 2023 and applied provisionally from 1 February 2024.", "",
			[]string{"signing EU+PE 2023-12-08 held"}},
		{"a signed agreement across a relative clause", "Peru and the EU deepened their ties. The Trade Agreement, which took nine years to negotiate, was signed in Brussels on 26 June 2012.", "2013-01-01",
			[]string{"signing EU+PE 2012-06-26 @Brussels held"}},
		{"the signature of an agreement", "Peru takes part in Horizon Europe following the signature of the association agreement on 12 October 2023.", "2024-06-01",
			[]string{"signing EU+PE 2023-10-12 held"}},
		{"a signature that only dates another", "The EU-Peru Energy Dialogue was established in 2019, shortly after the signature of the Advanced Framework Agreement.", "2024-01-01",
			[]string{"launch EU+PE 2019 held"}},
		{"upgrading relations to a partnership", "The 12th EU-Peru Ministerial Meeting, held in Lima on 2 April 2024, agreed to upgrade the relationship to a Strategic Partnership.", "2024-05-01",
			[]string{"ministerial meeting EU+PE 2024-04-02 #12 @Lima held", "launch EU+PE 2024-04-02 @Lima held"}},
		{"upgrading a dialogue is no launch", "The EU and Peru upgraded their dialogue to ministerial level in May 2024.", "2024-06-10",
			nil},
	})
}

// What is not an occurrence of a bilateral event.
func TestNotOccurrences(t *testing.T) {
	runCases(t, []ruleCase{
		{"a summit of a multilateral body named by its city", "The admission of Peru as an observer of the G20 at the Rio summit in November 2024 was welcomed in Brussels.", "2025-01-10",
			nil},
		{"a summit of a multilateral community", "Armenia in the spotlight\nSome 40 leaders gathered on Thursday (5 October) in Granada for the third summit of the European Political Community (EPC).\nThe EU and Armenia held their Partnership Council the next day.", "2023-10-06",
			[]string{"council AM+EU 2023-10-06 held"}},
		{"a named package launched at another event", "The first EU-Peru Digital Dialogue took place in Lima on 4 May 2023, on the occasion of the launch of the EU-Peru Digital Connectivity Package.", "2023-06-01",
			[]string{"dialogue EU+PE 2023-05-04 #1 @Lima held"}},
		{"a named package launched", "In Lima on 4 May 2023 the EU launched the EU-Peru Digital Connectivity Package.", "2023-06-01",
			[]string{"launch EU+PE 2023-05-04 @Lima held"}},
		{"a headline in title case", "EU Launches Green Partnership With Peru In Lima On 3 May 2024", "2024-05-04",
			[]string{"launch EU+PE 2024-05-03 @Lima held"}},
		{"a mission named with partnership", "The EU launched a civilian Partnership Mission in Armenia in February 2023.", "2023-06-01",
			nil},
		{"an EU-hosted occasion", "On 3 October 2023, on the margins of the Europa Digital Forum in Brussels, the EU and Peru launched the Partnership on Digital Infrastructure.", "2023-11-01",
			[]string{"launch EU+PE 2023-10-03 @Brussels held"}},
		{"an occasion named with a partner after its noun", "The EU-Peru Mining Task Force was launched in Lima in May 2019 at the High-Level Forum Andes-Europe.", "2019-06-01",
			[]string{"launch EU+PE 2019-05 @Lima held", "forum EU+PE 2019-05 @Lima held"}},
		{"a forum that brought people together", "The pledge follows the Investors Forum for EU-Peru Transport Connectivity, which brought together more than 500 participants in Lima on 3-4 March 2024.", "2024-05-01",
			[]string{"forum EU+PE 2024-03-03..2024-03-04 @Lima held"}},
		{"the EU's own forum", "The EU and Peru held their fifth Cyber Dialogue in Lima on 2 May 2024. The EU Cyber Forum took place in Brussels on 3 May 2024.", "2024-05-10",
			[]string{"dialogue EU+PE 2024-05-02 #5 @Lima held"}},
		{"an EU forum with a partner", "The EU Cyber Forum with Peru took place in Brussels on 3 May 2024.", "2024-05-10",
			[]string{"forum EU+PE 2024-05-03 @Brussels held"}},
		{"a named summit at which the EU signs", "At the Commemorative Summit in Brussels on 14 December 2022, the EU signed a Framework Agreement with Peru.", "2023-01-10",
			[]string{"summit EU+PE 2022-12-14 @Brussels held", "signing EU+PE 2022-12-14 @Brussels held"}},
		{"a decision to resume", "At the 5th EU-Peru Summit, held in Lima on 3 March 2025, the two sides launched a Green Partnership and agreed to resume the bilateral cyber dialogue.", "2025-04-01",
			[]string{"summit EU+PE 2025-03-03 #5 @Lima held", "launch EU+PE 2025-03-03 @Lima held"}},
		{"no date set", "The fourth EU-Peru Digital Dialogue was held in Lima on 3 April. No date has been set for a fifth meeting.", "2024-04-10",
			[]string{"dialogue EU+PE 2024-04-03 #4 @Lima held"}},
	})
}

// Places and rounds: the place of a noun is the one after it, a place
// after "planned for", a city spelled as on the page, and an ordinal that
// counts something else than rounds.
func TestPlacesAndRounds(t *testing.T) {
	runCases(t, []ruleCase{
		{"a place between two coordinated events", "On 2 May 2024, the two ministers held the first EU-Peru Strategic Dialogue in Lima and launched the EU-Peru Security Partnership.", "2024-05-10",
			[]string{"dialogue EU+PE 2024-05-02 #1 @Lima held", "launch EU+PE 2024-05-02 @Lima held"}},
		{"planned for a city", "The sixth and last EU-Peru Leaders' Forum is planned for Lima in 2025.", "2024-05-10",
			[]string{"forum EU+PE 2025 #6 @Lima planned"}},
		{"the city as the page spells it", "The EU and Moldova held their third Energy Dialogue in Chişinău on 4 May 2024.", "2024-05-10",
			[]string{"dialogue EU+MD 2024-05-04 #3 @Chişinău held"}},
		{"the gazetteer's name for another name", "The EU and Ukraine held their third Energy Dialogue in Kiev on 4 May 2019.", "2019-05-10",
			[]string{"dialogue EU+UA 2019-05-04 #3 @Kyiv held"}},
		{"an ordinal before a body and a meeting", "The 31st Joint Council and Ministerial Meeting between the EU and the GCC was held in Riyadh on 3 March 2024.\nJoint Communiqué: 31st EU-GCC Joint Council and Ministerial Meeting", "2024-03-05",
			[]string{"council EU+GCC 2024-03-03 #31 @Riyadh held"}},
		{"a series' ordinal and a meeting after it", "The foreign ministers met in Lima on Wednesday for the 13th EU-Peru Strategic Dialogue, their first meeting since the summit in December.", "2024-05-16",
			[]string{"dialogue EU+PE 2024-05-15 #13 @Lima held", "summit EU+PE 2023-12 held"}},
		{"the first ever held somewhere", "The leaders met in Lima on 4 April 2024 for the EU-Peru Bicentennial Summit, the first summit of the two sides ever held outside Europe.", "2024-04-10",
			[]string{"summit EU+PE 2024-04-04 @Lima held"}},
		{"the first ever", "The first ever EU-Peru summit will take place in Lima on 3 June.", "2025-02-01",
			[]string{"summit EU+PE 2025-06-03 #1 @Lima planned"}},
		{"for the first time since a date", "The EU and Peru held their Digital Dialogue in Lima on 3 May, meeting for the first time since 2019.", "2025-06-01",
			[]string{"dialogue EU+PE 2025-05-03 @Lima held"}},
		{"the first since a date", "The next EU-Peru summit, the first since May 2019, is expected in Lima later this year.", "2025-02-01",
			[]string{"summit EU+PE 2025 @Lima planned"}},
		{"an abbreviation in brackets is the name's", "The fifth meeting of the EU-Peru Digital Partnership Council (DPC) was held in Lima on 4 April, possibly the last before the elections in November.", "2024-04-08",
			[]string{"council EU+PE 2024-04-04 #5 @Lima held"}},
		{"a predicate noun does not take the subject's date", "The EU-Peru summit in Lima on 3 March 2025 was the first summit since 2019.", "2025-02-01",
			[]string{"summit EU+PE 2025-03-03 @Lima planned"}},
		{"an ordinal as the subject of a coordinated clause", "The third EU-Peru Digital Dialogue took place in Lima in October 2023, and the fourth will be held in Brussels in 2025.", "2024-01-10",
			[]string{"dialogue EU+PE 2023-10 #3 @Lima held", "dialogue EU+PE 2025 #4 @Brussels planned"}},
		{"the first one", "The second EU-Peru Digital Council is expected on Friday (7 March) in Lima, two years after the first one in Brussels.", "2025-03-03",
			[]string{"council EU+PE 2025-03-07 #2 @Lima planned", "council EU+PE #1 @Brussels held"}},
	})
}

// An EU office holder travelling to meet a partner's minister named by
// title only: the partner of the page.
func TestOfficeMeetingsInContext(t *testing.T) {
	runCases(t, []ruleCase{
		{"no event in context, no partner", "Armenia and the EU: a partnership in progress\nCommissioner Olivér Várhelyi will travel to Yerevan tomorrow (6 June) to meet Deputy Prime Minister Mher Grigoryan.", "2024-06-05",
			nil},
		{"a minister of the partner by title", "The EU-Kenya Association Council met in Brussels in March.\nCommissioner Jutta Urpilainen will travel to Nairobi tomorrow (6 June) to meet Cabinet Secretary Musalia Mudavadi.", "2024-06-05",
			[]string{"council EU+KE 2024-03 @Brussels held", "ministerial meeting EU+KE 2024-06-06 @Nairobi planned"}},
		{"a member state's minister", "The EU-Armenia Partnership Council met in Brussels in March.\nCommissioner Olivér Várhelyi will travel to Paris tomorrow (6 June) to meet French Foreign Minister Jean Dupont.", "2024-06-05",
			[]string{"council AM+EU 2024-03 @Brussels held"}},
		{"meeting a minister of the partner in context", "The EU-Armenia Partnership Council met in Brussels in March.\nCommissioner Olivér Várhelyi will travel to Yerevan tomorrow (6 June) to meet Deputy Prime Minister Mher Grigoryan.", "2024-06-05",
			[]string{"council AM+EU 2024-03 @Brussels held", "ministerial meeting AM+EU 2024-06-06 @Yerevan planned"}},
	})
}
