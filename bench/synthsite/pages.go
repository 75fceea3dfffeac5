package synthsite

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// countries fill the mega menu and the facets, as on EEAS pages where every
// delegation is a menu entry; each links to its region's section page.
var countries = []string{
	"Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Azerbaijan",
	"Bangladesh", "Belarus", "Bolivia", "Bosnia and Herzegovina", "Brazil", "Cambodia", "Cameroon",
	"Canada", "Chile", "China", "Colombia", "Costa Rica", "Côte d'Ivoire", "Cuba", "Egypt", "Ethiopia",
	"Georgia", "Ghana", "Guatemala", "India", "Indonesia", "Iraq", "Israel", "Japan", "Jordan",
	"Kazakhstan", "Kenya", "Korea", "Kosovo", "Kyrgyz Republic", "Lebanon", "Libya", "Malaysia", "Mali",
	"Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Nepal",
	"New Zealand", "Niger", "Nigeria", "North Macedonia", "Norway", "Pakistan", "Palestine", "Peru",
	"Philippines", "Rwanda", "Senegal", "Serbia", "Singapore", "South Africa", "Sri Lanka", "Switzerland",
	"Tajikistan", "Tanzania", "Thailand", "Tunisia", "Türkiye", "Uganda", "Ukraine", "United Kingdom",
	"United States", "Uruguay", "Uzbekistan", "Venezuela", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
}

// page is a page being written.
type page struct {
	strings.Builder
	s    *Site
	base string
	rng  *rand.Rand
}

func (s *Site) newPage(base string, i int) *page {
	p := &page{s: s, base: base, rng: s.rng(i, streamChrome)}
	p.Grow(160 << 10)
	return p
}

func (p *page) f(format string, args ...any) { fmt.Fprintf(p, format, args...) }

func esc(s string) string { return html.EscapeString(s) }

// head writes everything up to the breadcrumb.
func (p *page) head(title, canonical, bodyClass string, published time.Time, jsonLD string) {
	p.WriteString("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\" prefix=\"og: https://ogp.me/ns#\">\n<head>\n<meta charset=\"utf-8\">\n")
	p.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
	p.f("<title>%s | EEAS</title>\n", esc(title))
	p.f("<link rel=\"canonical\" href=\"%s\">\n", esc(canonical))
	p.f("<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:url\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"EEAS\">\n", esc(title), esc(canonical))
	if !published.IsZero() {
		p.f("<meta property=\"article:published_time\" content=\"%s\">\n", published.Format(time.RFC3339))
	}
	p.WriteString("<meta name=\"Generator\" content=\"Drupal 10 (https://www.drupal.org)\">\n")
	p.WriteString("<link rel=\"icon\" href=\"/themes/eeas/favicon.ico\" type=\"image/vnd.microsoft.icon\">\n")
	for k := range 4 {
		p.f("<link rel=\"stylesheet\" media=\"all\" href=\"/sites/default/files/css/css_%x.css\">\n", p.rng.Uint64()>>uint(k))
	}
	if jsonLD != "" {
		p.f("<script type=\"application/ld+json\">%s</script>\n", jsonLD)
	}
	p.WriteString(`<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-EEAS0000',{anonymize_ip:true});</script>` + "\n")
	p.WriteString("</head>\n")
	p.f("<body class=\"%s\">\n", bodyClass)
	p.WriteString(svgSprite)
	p.WriteString(`<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="cookie-consent-banner" class="cck-container" role="dialog" aria-label="Cookie consent"><div class="cck-banner"><div class="cck-content">
<h2 class="cck-title">This site uses cookies</h2>
<p>We use cookies to give you the best online experience. Some are essential for the site to work, others help us understand how you use it so that we can improve it. <a href="/cookies" class="cck-link">Find out more on how we use cookies</a>.</p>
</div><div class="cck-actions"><a href="#accept" class="cck-button cck-button--primary">Accept all cookies</a> <a href="#refuse" class="cck-button cck-button--secondary">Accept only essential cookies</a></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header" role="banner"><div class="header__top container">
<a class="navbar-brand" href="/" title="Home" rel="home"><img src="/themes/eeas/logo.svg" alt="EEAS - European External Action Service" width="260" height="60"></a>
<div class="header__tools"><form class="search-block-form" action="/search" method="get" role="search"><input type="search" name="fulltext" placeholder="Search" aria-label="Search"><button type="submit">Search</button></form>
<div class="language-switcher"><button class="btn dropdown-toggle" aria-expanded="false">EN</button><ul class="dropdown-menu">`)
	for _, l := range []string{"en", "fr", "es", "de", "it", "pt", "ar", "ru", "zh"} {
		p.f(`<li><a href="/" hreflang="%s">%s</a></li>`, l, strings.ToUpper(l))
	}
	p.WriteString("</ul></div></div></div>\n")
	p.megaMenu()
	p.WriteString("</header>\n")
}

func (p *page) megaMenu() {
	p.WriteString(`<nav class="navbar navbar-expand-lg mega-menu" role="navigation" aria-label="Main navigation"><ul class="navbar-nav menu menu--main">` + "\n")
	p.WriteString(`<li class="nav-item menu-item--expanded dropdown"><a href="/about" class="nav-link dropdown-toggle">About us</a><div class="mega-menu__panel"><ul class="menu">`)
	for _, u := range []string{"/about/high-representative", "/about/organisation", "/about/delegations", "/about/careers"} {
		p.f(`<li class="menu-item"><a href="%s" class="dropdown-item">%s</a></li>`, u, esc(sections[u]))
	}
	p.WriteString("</ul></div></li>\n")
	p.WriteString(`<li class="nav-item menu-item--expanded dropdown"><a href="/topics/cyber-diplomacy" class="nav-link dropdown-toggle">Topics</a><div class="mega-menu__panel"><ul class="menu">`)
	for _, t := range topics {
		p.f(`<li class="menu-item"><a href="/topics/%s" class="dropdown-item">%s</a></li>`, slugify(t), esc(t))
	}
	p.WriteString("</ul></div></li>\n")
	p.WriteString(`<li class="nav-item menu-item--expanded dropdown"><a href="/regions/the-indo-pacific" class="nav-link dropdown-toggle">Countries and regions</a><div class="mega-menu__panel">`)
	for k, r := range regions {
		p.f(`<div class="mega-menu__column"><h3 class="mega-menu__title"><a href="/regions/%s">%s</a></h3><ul class="menu">`, slugify(r), esc(capitalize(strings.TrimPrefix(r, "the "))))
		for j := k; j < len(countries); j += len(regions) {
			p.f(`<li class="menu-item"><a href="/regions/%s" class="dropdown-item" data-country="%s">%s</a></li>`, slugify(r), slugify(countries[j]), esc(countries[j]))
		}
		p.WriteString("</ul></div>\n")
	}
	p.WriteString("</div></li>\n")
	p.WriteString(`<li class="nav-item"><a href="/news" class="nav-link is-active">Press material</a></li><li class="nav-item"><a href="/missions" class="nav-link">Missions and operations</a></li></ul></nav>` + "\n")
}

func (p *page) breadcrumb(title string) {
	p.f(`<div class="container"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">Press material</a></li><li>%s</li></ol></nav>`+"\n<div class=\"row\">\n", esc(title))
}

// teaser writes an article's card.
func (p *page) teaser(m meta, summary bool) {
	p.f(`<div class="views-row"><div class="card card--teaser"><div class="card-body"><span class="card-date"><time datetime="%s">%s</time></span>`,
		m.date.Format(time.RFC3339), m.date.Format("02.01.2006"))
	p.f(`<h3 class="card-title"><a href="/news/%s" hreflang="en">%s</a></h3>`, m.slug, esc(m.title))
	if summary {
		p.f(`<div class="card-text"><p>%s</p></div><span class="card-topic">%s</span>`, esc(m.summary), esc(m.topic))
	}
	p.WriteString("</div></div></div>\n")
}

// block writes a block of teasers of the given articles.
func (p *page) block(class, title string, ids []int) {
	p.f(`<div class="views-element-container block block-views %s"><h2 class="block-title">%s</h2><div class="view view-related-content"><div class="view-content">`+"\n", class, esc(title))
	for _, id := range ids {
		p.teaser(p.s.meta(id), false)
	}
	p.WriteString("</div></div></div>\n")
}

// others returns n distinct article ids near i (not i), as "related"
// blocks pick them.
func (p *page) others(i, n int) []int {
	var ids []int
	for len(ids) < n && len(ids) < p.s.n-1 {
		j := i + p.rng.IntN(401) - 200
		if j < 0 || j >= p.s.n || j == i || containsInt(ids, j) {
			continue
		}
		ids = append(ids, j)
	}
	return ids
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

func (p *page) sidebar() {
	p.WriteString(`<aside class="col-lg-4 sidebar" role="complementary">` + "\n")
	p.block("block-latest-press-material", "Latest", []int{0, 1, 2, 3, 4}[:min(5, p.s.n)])
	p.WriteString(`<div class="block block-newsletter"><h2 class="block-title">Newsletter</h2><p>Subscribe to receive EEAS press releases by e-mail.</p><a class="btn btn-primary" href="/newsletter">Subscribe</a></div>` + "\n")
	p.WriteString(`<div class="block block-facets"><h2 class="block-title">Filter by country</h2><ul class="facet-list">`)
	for k, c := range countries {
		p.f(`<li class="facet-item"><a href="/regions/%s" rel="nofollow" data-drupal-facet-item-id="country-%d"><span class="facet-item__value">%s</span> <span class="facet-item__count">(%d)</span></a></li>`,
			slugify(regions[k%len(regions)]), k, esc(c), 3+p.rng.IntN(300))
	}
	p.WriteString("</ul></div>\n</aside>\n")
}

// foot writes the footer and the scripts, padding the page with the
// inline settings JSON Drupal pages carry until it is target bytes long.
func (p *page) foot(nodeID, target int) {
	p.WriteString(`</div></div>
<footer class="footer" role="contentinfo"><div class="footer__top container">
<div class="footer__col"><h2 class="footer__title">EEAS</h2><p>The European External Action Service (EEAS) is the diplomatic service of the European Union. It helps the EU's foreign affairs chief, the High Representative for Foreign Affairs and Security Policy, carry out the Union's Common Foreign and Security Policy.</p></div>
<div class="footer__col"><h2 class="footer__title">Contact us</h2><ul class="menu"><li><a href="/contact">Contact the EEAS</a></li><li><a href="/press-contacts">Press contacts</a></li><li><a href="/about/careers">Visit the EEAS</a></li></ul></div>
<div class="footer__col"><h2 class="footer__title">Follow us</h2><ul class="social-links"><li><a href="https://x.com/eu_eeas" rel="noopener">X</a></li><li><a href="https://www.facebook.com/EuropeanExternalActionService" rel="noopener">Facebook</a></li><li><a href="https://www.youtube.com/user/eeas" rel="noopener">YouTube</a></li><li><a href="https://www.instagram.com/eu_eeas/" rel="noopener">Instagram</a></li></ul></div>
</div><div class="footer__bottom container"><ul class="menu menu--footer"><li><a href="/legal-notice">Legal notice</a></li><li><a href="/privacy">Privacy statement</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility</a></li></ul><p class="copyright">&copy; European Union, 2025</p></div></footer>
</div>
`)
	// Drupal's settings: mostly views' AJAX state, one entry per view on the page.
	p.f(`<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\/","pathPrefix":"","currentPath":"node\/%d","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\u0003","ajaxPageState":{"libraries":"`, nodeID)
	for k := range 60 {
		if k > 0 {
			p.WriteString(",")
		}
		p.f("eeas_theme\\/component-%x", p.rng.Uint32())
	}
	p.WriteString(`","theme":"eeas_theme","theme_token":null},"views":{"ajax_path":"\/views\/ajax","ajaxViews":{`)
	first := true
	for p.Len() < target-200 {
		if !first {
			p.WriteString(",")
		}
		first = false
		dom := fmt.Sprintf("%016x%016x", p.rng.Uint64(), p.rng.Uint64())
		p.f(`"views_dom_id:%s":{"view_name":"%s","view_display_id":"block_%d","view_args":"%d","view_path":"\/node\/%d","view_base_path":null,"view_dom_id":"%s","pager_element":0}`,
			dom, pick(p.rng, []string{"related_content", "press_material", "latest_news", "topics_listing", "country_facets"}), p.rng.IntN(9), nodeID, nodeID, dom)
	}
	p.WriteString("}}}</script>\n")
	p.WriteString(`<script src="/sites/default/files/js/js_core.js"></script><script src="/sites/default/files/js/js_theme.js"></script>` + "\n</body>\n</html>\n")
}

// targetSize draws a page weight between 40 and 150 KB, most near 95.
func targetSize(rng *rand.Rand) int {
	return 40<<10 + (rng.IntN(111)+rng.IntN(111))/2<<10
}

// article writes article i.
func (s *Site) article(base string, i int) string {
	m := s.meta(i)
	p := s.newPage(base, i)
	target := targetSize(p.rng)
	canonical := base + "/news/" + m.slug
	ld := fmt.Sprintf(`{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"publisher":{"@type":"Organization","name":"European External Action Service"},"mainEntityOfPage":%q}`,
		m.title, m.date.Format(time.RFC3339), canonical)
	p.head(m.title, canonical, "path-node page-node-type-press-material", m.date, ld)
	p.breadcrumb(m.title)
	p.WriteString(`<main id="main-content" class="col-lg-8" role="main"><article role="article" class="node node--type-press-material node--view-mode-full">` + "\n")
	place := pick(p.rng, []string{"Brussels", "Brussels", "Luxembourg", "Strasbourg", "Geneva", "New York"})
	p.f(`<div class="node__header"><div class="node__meta"><span class="field field--name-field-press-material-type">%s</span> <span class="node__date"><time datetime="%s">%s</time></span> <span class="field field--name-field-location">%s</span></div>`,
		pick(p.rng, []string{"News", "Press release", "Statement", "Speech", "Joint statement"}), m.date.Format(time.RFC3339), m.date.Format("02.01.2006"), place)
	p.f(`<h1 class="page-header"><span class="field field--name-title">%s</span></h1>`, esc(m.title))
	p.WriteString(`<div class="node__tools"><a href="#print" class="btn btn-print">Print</a><div class="social-share"><span>Share on:</span> <a href="https://x.com/intent/tweet" rel="noopener">X</a> <a href="https://www.linkedin.com/sharing/share-offsite/" rel="noopener">LinkedIn</a> <a href="https://www.facebook.com/sharer/sharer.php" rel="noopener">Facebook</a></div></div></div>` + "\n")
	p.WriteString(`<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">` + "\n")
	body := s.rng(i, streamBody)
	var text strings.Builder
	paras := 3 + body.IntN(10)
	for k := range paras {
		text.Reset()
		switch {
		case k == 0 && m.event != nil:
			text.WriteString(m.event.sentence)
			text.WriteByte(' ')
			paragraph(body, &text)
		case k == 1 && m.event != nil && m.event.followUp != "":
			paragraph(body, &text)
			text.WriteByte(' ')
			text.WriteString(m.event.followUp)
		default:
			paragraph(body, &text)
		}
		if k > 0 && body.IntN(6) == 0 {
			p.f("<h2>%s</h2>\n", esc(capitalize(pick(body, themes))))
		}
		p.f("<p>%s</p>\n", esc(text.String()))
	}
	p.WriteString("</div>\n")
	p.f(`<div class="field field--name-field-topics"><span class="field__label">Topics:</span><ul class="field__items"><li><a href="/topics/%s">%s</a></li><li><a href="/regions/%s">%s</a></li></ul></div>`+"\n",
		slugify(m.topic), esc(m.topic), slugify(regions[i%len(regions)]), esc(capitalize(strings.TrimPrefix(regions[i%len(regions)], "the "))))
	p.WriteString("</article>\n")
	p.block("block-related-news", "Related news", p.others(i, 3+p.rng.IntN(6)))
	p.WriteString("</main>\n")
	p.sidebar()
	p.foot(100000+i, target)
	return p.String()
}

// listing writes listing page k.
func (s *Site) listing(base string, k int) string {
	p := s.newPage(base, -1-k)
	title := "Press material"
	canonical := base + "/news"
	if k > 0 {
		canonical += "?page=" + strconv.Itoa(k)
	}
	p.head(title, canonical, "path-press-material page-view-press-material", time.Time{}, "")
	p.breadcrumb(title)
	p.WriteString(`<main id="main-content" class="col-lg-8" role="main"><h1 class="page-header">Press material</h1>` + "\n")
	p.WriteString(`<div class="views-element-container"><div class="view view-press-material view-id-press_material"><div class="view-content">` + "\n")
	for id := k * s.perPage; id < min((k+1)*s.perPage, s.n); id++ {
		p.teaser(s.meta(id), true)
	}
	p.WriteString("</div>\n")
	last := s.ListingPages() - 1
	p.WriteString(`<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pagination js-pager__items">`)
	if k > 0 {
		p.WriteString(`<li class="page-item"><a href="?page=0" title="Go to first page" class="page-link">« First</a></li>`)
		p.f(`<li class="page-item"><a href="?page=%d" title="Go to previous page" rel="prev" class="page-link">‹ Previous</a></li>`, k-1)
	}
	for j := max(0, k-4); j <= min(last, k+4); j++ {
		if j == k {
			p.f(`<li class="page-item active"><span class="page-link">%d</span></li>`, j+1)
			continue
		}
		p.f(`<li class="page-item"><a href="?page=%d" title="Go to page %d" class="page-link">%d</a></li>`, j, j+1, j+1)
	}
	if k < last {
		p.f(`<li class="page-item"><a href="?page=%d" title="Go to next page" rel="next" class="page-link">Next ›</a></li>`, k+1)
		p.f(`<li class="page-item"><a href="?page=%d" title="Go to last page" class="page-link">Last »</a></li>`, last)
	}
	p.WriteString("</ul></nav></div></div></main>\n")
	p.sidebar()
	p.foot(1, 0)
	return p.String()
}

// section writes one of the small pages the menus link to.
func (s *Site) section(base, path, title string) string {
	p := s.newPage(base, -1_000_000-len(path))
	p.head(title, base+path, "path-section", time.Time{}, "")
	p.breadcrumb(title)
	p.f(`<main id="main-content" class="col-lg-8" role="main"><h1 class="page-header">%s</h1><p>Find the latest <a href="/news">press material</a> of the European External Action Service.</p></main>`+"\n", esc(title))
	p.sidebar()
	p.foot(2, 0)
	return p.String()
}

// feed writes the RSS feed of the newest articles.
func (s *Site) feed(base string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>` + "\n")
	fmt.Fprintf(&b, "<title>EEAS press material</title><link>%s/news</link><description>Press material of the European External Action Service</description><language>en</language>\n", base)
	fmt.Fprintf(&b, `<atom:link href="%s/feed.xml" rel="self" type="application/rss+xml"/>`+"\n", base)
	for i := range min(feedSize, s.n) {
		m := s.meta(i)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s/news/%s</link><guid isPermaLink=\"true\">%s/news/%s</guid><pubDate>%s</pubDate><description>%s</description></item>\n",
			esc(m.title), base, m.slug, base, m.slug, m.date.Format(time.RFC1123Z), esc(m.summary))
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

func (s *Site) sitemapIndex(base string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for k := 0; k*sitemapSize < s.n; k++ {
		fmt.Fprintf(&b, "<sitemap><loc>%s/sitemaps/news-%d.xml</loc><lastmod>%s</lastmod></sitemap>\n", base, k, s.published(k*sitemapSize).Format(time.RFC3339))
	}
	b.WriteString("</sitemapindex>\n")
	return b.String()
}

func (s *Site) sitemap(base string, k int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	if k == 0 {
		fmt.Fprintf(&b, "<url><loc>%s/</loc><changefreq>daily</changefreq></url>\n<url><loc>%s/news</loc><changefreq>hourly</changefreq></url>\n", base, base)
	}
	for i := k * sitemapSize; i < min((k+1)*sitemapSize, s.n); i++ {
		m := s.meta(i)
		fmt.Fprintf(&b, "<url><loc>%s/news/%s</loc><lastmod>%s</lastmod></url>\n", base, m.slug, m.date.Format(time.RFC3339))
	}
	b.WriteString("</urlset>\n")
	return b.String()
}

// svgSprite is the icon sprite themes inline at the top of the body.
var svgSprite = func() string {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" style="display:none">`)
	for k, name := range []string{"search", "close", "menu", "arrow-right", "arrow-left", "external", "download", "share", "print", "x", "facebook", "linkedin", "youtube", "instagram", "calendar", "location", "mail", "phone"} {
		fmt.Fprintf(&b, `<symbol id="icon-%s" viewBox="0 0 24 24"><path d="M%d.5 2.2c-1.1 0-2 .9-2 2v15.6c0 1.1.9 2 2 2h11.6c1.1 0 2-.9 2-2V8.4l-6.2-6.2H%d.5zm6.9 1.6 4.6 4.6h-3.6c-.6 0-1-.4-1-1V3.8zM7.2 12.4h9.6v1.6H7.2v-1.6zm0 3.2h9.6v1.6H7.2v-1.6zm0-6.4h4.8v1.6H7.2V9.2z"/></symbol>`, name, k%9+3, k%7+4)
	}
	b.WriteString("</svg>\n")
	return b.String()
}()
