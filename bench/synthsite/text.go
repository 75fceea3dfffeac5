package synthsite

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// The words of the site. Filler text reads like EU press material but
// announces no event: the events are only where the generator puts them.

var topics = []string{
	"Cyber diplomacy", "Digital policy", "Human rights", "Trade", "Security and defence", "Climate",
	"Development", "Humanitarian aid", "Connectivity", "Economic security", "Disinformation", "Migration",
}

var themes = []string{
	"cyber resilience", "responsible state behaviour in cyberspace", "critical infrastructure protection",
	"artificial intelligence", "semiconductor supply chains", "data flows", "digital skills",
	"online platforms", "secure connectivity", "quantum technologies", "5G security", "ransomware",
	"foreign information manipulation", "export controls", "research cooperation", "digital identity",
	"the rule of law", "freedom of expression", "maritime security", "energy security", "raw materials",
}

var regions = []string{
	"the Indo-Pacific", "Central Asia", "the Western Balkans", "Latin America", "Sub-Saharan Africa",
	"the Eastern Partnership", "the Middle East", "South-East Asia", "the Sahel", "the Horn of Africa",
}

var summaryVerbs = []string{"supports", "welcomes progress on", "reaffirms its commitment to", "steps up work on", "publishes guidance on"}

var titleTemplates = []string{
	"Statement by the High Representative on {theme}",
	"Speech by High Representative/Vice-President at the conference on {theme}",
	"EU strengthens support for {theme} in {region}",
	"EU allocates €{n} million for {theme} in {region}",
	"{topic}: EU statement at the OSCE Permanent Council",
	"Op-ed: why {theme} matters for Europe",
	"Factsheet: the EU and {region}",
	"EU and partners launch call for proposals on {theme}",
	"Remarks by the Spokesperson on {theme}",
	"{topic}: annual report published",
}

func fillTitle(rng *rand.Rand, topic string) string {
	r := strings.NewReplacer("{theme}", pick(rng, themes), "{region}", pick(rng, regions),
		"{topic}", topic, "{n}", strconv.Itoa(5+rng.IntN(400)))
	return r.Replace(pick(rng, titleTemplates))
}

var fillerSentences = []string{
	"The European Union remains committed to an open, free, stable and secure cyberspace where human rights and the rule of law apply.",
	"Both sides exchanged views on {theme} and on the implementation of their respective strategies.",
	"The EU underlined the importance of {theme} for the resilience of its economy and society.",
	"Participants took stock of recent developments in {region} and discussed ways to deepen cooperation on {theme}.",
	"The discussions covered {theme}, {theme2} and the situation in {region}.",
	"The EU is the largest provider of development assistance in {region}, with more than €{n} million committed since 2021.",
	"Under the Global Gateway strategy, the EU mobilises investment in {theme} together with its Member States and financial institutions.",
	"The High Representative recalled that multilateral cooperation is essential to address {theme}.",
	"Civil society organisations were consulted in preparation of the exchange and their contributions were welcomed.",
	"The EU will continue to support capacity building on {theme} in partner countries.",
	"Further information on the EU's approach to {theme} is available in the joint communication adopted by the Commission and the High Representative.",
	"The Commission proposed a package of measures to strengthen {theme} across the single market.",
	"Member States agreed to coordinate their positions on {theme} ahead of the discussions in the United Nations.",
	"The EU called on all parties to respect international law, including international humanitarian law.",
	"Experts highlighted the need for common standards on {theme} and for transparent supply chains.",
	"The EU and its partners share an interest in a rules-based international order.",
	"Cooperation on {theme} has intensified over the past years, with joint projects in {region}.",
	"A joint statement was adopted at the end of the exchange.",
	"The Union stands ready to use all instruments at its disposal, including restrictive measures.",
	"Funding under the Neighbourhood, Development and International Cooperation Instrument amounts to €{n} million for the period.",
	"The EU Delegation organised an information session for local stakeholders.",
	"Both sides recognised the progress achieved and identified areas where more work is needed.",
	"The exchange confirmed a shared commitment to {theme} and to an inclusive digital transformation.",
	"The next steps will be discussed with the Member States in the relevant Council working party.",
}

// paragraph writes 2–5 filler sentences.
func paragraph(rng *rand.Rand, b *strings.Builder) {
	n := 2 + rng.IntN(4)
	for j := range n {
		if j > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.NewReplacer(
			"{theme2}", pick(rng, themes), "{theme}", pick(rng, themes), "{region}", pick(rng, regions),
			"{n}", strconv.Itoa(10+rng.IntN(900)),
		).Replace(pick(rng, fillerSentences)))
	}
}

// sections are the small pages the menus link to; every link of the
// chrome points to one of them, so a crawler following links finds a
// bounded set of non-article pages.
var sections = func() map[string]string {
	m := map[string]string{
		"/": "Home", "/about": "About us", "/about/high-representative": "High Representative / Vice-President",
		"/about/organisation": "Organisation chart", "/about/delegations": "EU Delegations",
		"/about/careers": "Working with us", "/contact": "Contact us", "/press-contacts": "Press contacts",
		"/legal-notice": "Legal notice", "/privacy": "Privacy statement", "/cookies": "Cookies",
		"/accessibility": "Accessibility", "/newsletter": "Newsletter", "/missions": "Missions and operations",
	}
	for _, t := range topics {
		m["/topics/"+slugify(t)] = t
	}
	for _, r := range regions {
		m["/regions/"+slugify(r)] = strings.TrimPrefix(r, "the ")
	}
	return m
}()

func sectionTitle(p string) (string, bool) {
	t, ok := sections[p]
	return t, ok
}
