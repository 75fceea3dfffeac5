<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>Council of the EU - Press releases</title>
	<atom:link href="https://www.consilium.europa.eu/en/rss/pressreleases.ashx" rel="self" type="application/rss+xml" />
	<link>https://www.consilium.europa.eu/en/press/press-releases/</link>
	<description>Council of the EU - Press releases</description>
	<lastBuildDate>Tue, 18 Nov 2025 15:00:00 +0000</lastBuildDate>
	<language>en</language>
	<generator>Consilium</generator>
	<item>
		<title>EU-Ukraine Association Council, 18 November 2025</title>
		<link>https://www.consilium.europa.eu/en/press/press-releases/2025/11/18/eu-ukraine-association-council/</link>
		<pubDate>Tue, 18 Nov 2025 09:00:00 +0000</pubDate>
		<guid isPermaLink="true">https://www.consilium.europa.eu/en/press/press-releases/2025/11/18/eu-ukraine-association-council/</guid>
		<description><![CDATA[The eleventh meeting of the EU-Ukraine Association Council took place in Brussels on 18 November 2025.]]></description>
	</item>
	<item>
		<title>Foreign Affairs Council, 17 November 2025: main results</title>
		<link>https://www.consilium.europa.eu/en/press/press-releases/2025/11/17/foreign-affairs-council-main-results/</link>
		<pubDate>Mon, 17 Nov 2025 09:00:00 +0000</pubDate>
		<guid isPermaLink="true">https://www.consilium.europa.eu/en/press/press-releases/2025/11/17/foreign-affairs-council-main-results/</guid>
		<description><![CDATA[Foreign ministers discussed the situation in the Middle East and the EU's support to Ukraine.]]></description>
	</item>
</channel>
</rss>
