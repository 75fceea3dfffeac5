package synthsite

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// partner is a counterpart of the EU as the texts name it.
type partner struct {
	name  string // in running text: "the Republic of Korea"
	short string // in headlines and pairs: "Korea"
	adj   string // "Korean"
	city  string // where it hosts
}

var partners = []partner{
	{"Japan", "Japan", "Japanese", "Tokyo"},
	{"China", "China", "Chinese", "Beijing"},
	{"India", "India", "Indian", "New Delhi"},
	{"the Republic of Korea", "Korea", "Korean", "Seoul"},
	{"the United States", "US", "American", "Washington"},
	{"Canada", "Canada", "Canadian", "Ottawa"},
	{"Singapore", "Singapore", "Singaporean", "Singapore"},
	{"Australia", "Australia", "Australian", "Canberra"},
	{"Brazil", "Brazil", "Brazilian", "Brasília"},
	{"Indonesia", "Indonesia", "Indonesian", "Jakarta"},
	{"Viet Nam", "Vietnam", "Vietnamese", "Hanoi"},
	{"Norway", "Norway", "Norwegian", "Oslo"},
	{"the United Kingdom", "UK", "British", "London"},
	{"Switzerland", "Switzerland", "Swiss", "Bern"},
}

// euCities are where the EU hosts.
var euCities = []string{"Brussels", "Brussels", "Brussels", "Luxembourg", "Strasbourg", "Geneva"}

// series are the named dialogue series the texts mention.
var series = []string{
	"Cyber Dialogue", "Cyber Dialogue", "Digital Partnership Council", "Trade and Technology Council",
	"Human Rights Dialogue", "Strategic Dialogue", "Security and Defence Dialogue",
	"High-level Digital Dialogue", "Summit", "ICT Dialogue", "High-level Economic and Trade Dialogue",
}

var ordinalWords = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	"seventeenth", "eighteenth", "nineteenth", "twentieth"}

func ordinalDigits(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// event is one announced event and the sentence that announces it.
type event struct {
	p        partner
	series   string
	edition  int
	ord      string // as written: "4th", "fourth", "inaugural"
	planned  bool
	city     string
	sentence string
	followUp string // a second event (the next round), or ""
}

// newEvent draws an event reported by an article published at pub.
func newEvent(rng *rand.Rand, pub time.Time) event {
	e := event{p: pick(rng, partners), series: pick(rng, series), edition: 1 + rng.IntN(20)}
	switch {
	case e.edition == 1 && rng.IntN(2) == 0:
		e.ord = "inaugural"
	case rng.IntN(2) == 0:
		e.ord = ordinalWords[e.edition]
	default:
		e.ord = ordinalDigits(e.edition)
	}
	e.planned = rng.IntN(3) == 0
	if rng.IntN(2) == 0 {
		e.city = e.p.city
	} else {
		e.city = pick(rng, euCities)
	}
	var start time.Time
	if e.planned {
		start = pub.AddDate(0, 0, 7+rng.IntN(110))
	} else {
		start = pub.AddDate(0, 0, -rng.IntN(7))
	}
	days := 1
	if rng.IntN(10) < 3 {
		days = 2
	}
	when := whenPhrase(rng, start, start.AddDate(0, 0, days-1), e.planned)
	tmpl := heldTemplates
	if e.planned {
		tmpl = plannedTemplates
	}
	e.sentence = e.fill(pick(rng, tmpl), when, rng)
	if rng.IntN(10) < 3 {
		next := start.AddDate(1, rng.IntN(3), 0)
		nextWhen := pick(rng, []string{
			"in " + next.Format("January 2006"),
			"in " + next.Format("2006"),
			"in the first half of " + next.Format("2006"),
			"next year",
		})
		e.followUp = fmt.Sprintf("Both sides agreed that the next round of the %s will take place in %s %s.",
			e.series, pick(rng, []string{e.p.city, "Brussels"}), nextWhen)
	}
	return e
}

// whenPhrase writes the dates the way press releases do: full dates,
// month-first, missing years, ranges within and across months, months.
func whenPhrase(rng *rand.Rand, start, end time.Time, planned bool) string {
	oneDay := start.Equal(end)
	n := rng.IntN(10)
	switch {
	case planned && n == 0:
		half := "first"
		if start.Month() > 6 {
			half = "second"
		}
		return "in the " + half + " half of " + start.Format("2006")
	case planned && n == 1:
		return "in " + start.Format("January 2006")
	case oneDay && n < 5:
		return "on " + start.Format("2 January 2006")
	case oneDay && n < 7:
		return "on " + start.Format("January 2, 2006")
	case oneDay:
		return "on " + start.Format("2 January") // the year comes from the publication date
	case start.Month() != end.Month():
		return "from " + start.Format("2 January") + " to " + end.Format("2 January 2006")
	case n < 4:
		return "from " + start.Format("2") + " to " + end.Format("2 January 2006")
	case n < 7:
		return "on " + start.Format("2") + "–" + end.Format("2 January 2006")
	default:
		return "on " + start.Format("2") + " and " + end.Format("2 January 2006")
	}
}

var heldTemplates = []string{
	"The EU and {P} held their {ord} {series} {when} in {city}.",
	"{When}, the European Union and {P} held the {ord} meeting of their {series} in {city}.",
	"The {ord} {pair} {series} took place in {city} {when}.",
	"Senior officials from the EU and {P} met in {city} {when} for the {ord} round of the {series}.",
	"{City} hosted the {ord} {pair} {series} {when}.",
	"{Adj} and European officials convened in {city} {when} for their {ord} {series}.",
	"The European External Action Service and {P} co-chaired the {ord} {series} in {city} {when}, which focused on {theme}.",
}

var plannedTemplates = []string{
	"The {ord} {pair} {series} will take place in {city} {when}.",
	"The EU and {P} are set to hold their {ord} {series} in {city} {when}.",
	"The {ord} {series} between the EU and {P} is scheduled to take place in {city} {when}.",
	"{City} will host the {ord} {pair} {series} {when}, the High Representative announced.",
	"Ahead of the {ord} {pair} {series}, due to be held in {city} {when}, officials met to prepare the agenda.",
}

var headlineHeld = []string{
	"EU and {short} hold {ord} {series} in {city}",
	"Joint press statement following the {ord} {pair} {series}",
	"{pair}: {ord} {series} held in {city}",
	"{Ord} {pair} {series} takes stock of cooperation",
}

var headlinePlanned = []string{
	"{pair}: {ord} {series} to take place in {city}",
	"{Ord} {pair} {series} announced",
	"EU and {short} to hold {ord} {series}",
}

func (e *event) fill(tmpl, when string, rng *rand.Rand) string {
	pair := "EU-" + e.p.short
	return strings.NewReplacer(
		"{P}", e.p.name, "{Adj}", e.p.adj, "{short}", e.p.short, "{pair}", pair,
		"{ord}", e.ord, "{Ord}", capitalize(e.ord), "{series}", e.series,
		"{city}", e.city, "{City}", e.city, "{when}", when, "{When}", capitalize(when),
		"{theme}", pick(rng, themes),
	).Replace(tmpl)
}

func (e *event) headline(rng *rand.Rand) string {
	tmpl := headlineHeld
	if e.planned {
		tmpl = headlinePlanned
	}
	return capitalize(e.fill(pick(rng, tmpl), "", rng))
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
