// Hand-written fixture pages (invented text, no third-party content).

export const NEWS_PARAGRAPHS = [
  'The river authority of Eastvale opened all four flood gates on Tuesday after three days of rain raised the water level by almost two metres, officials said.',
  'Residents of the lower town were asked to move cars away from the embankment, and the municipal school stayed closed while engineers inspected the old stone bridge.',
  '"We have not seen a rise this fast since the spring of 1998," said Marta Ilves, who has run the gauging station for twenty years. "The gates are holding, but we are watching every hour."',
  'The authority expects the level to fall again by Friday if the forecast of dry weather holds, and it will publish hourly readings on its website until then.',
];

export const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Flood gates opened as river rises | Eastvale Courier</title>
  <meta name="description" content="Four flood gates were opened after days of rain.">
  <meta property="og:title" content="Flood gates opened as river rises">
  <meta property="og:site_name" content="Eastvale Courier">
  <meta property="og:url" content="https://www.eastvale-courier.example/news/2024/03/05/flood-gates">
  <meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
  <meta property="article:section" content="Local news">
  <meta property="article:author" content="https://www.eastvale-courier.example/authors/jane-doe">
  <link rel="canonical" href="https://www.eastvale-courier.example/news/2024/03/05/flood-gates">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"Organization","name":"Eastvale Courier Ltd"},
    {"@type":"NewsArticle","headline":"Flood gates opened as river rises",
     "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Omar Reyes"}],
     "datePublished":"2024-03-05T08:30:00+01:00","dateModified":"2024-03-05T12:00:00+01:00",
     "publisher":{"@type":"Organization","name":"Eastvale Courier"},"inLanguage":"en-GB"}
  ]}
  </script>
  <script>window.tracking = { page: "flood" };</script>
  <style>.share { color: red }</style>
</head>
<body>
  <div id="cookie-banner" class="cookie-notice"><p>We use cookies to improve your experience. Accept all cookies?</p><button>Accept</button></div>
  <header class="site-header">
    <a href="/" class="logo">Eastvale Courier</a>
    <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <main>
    <article>
      <header>
        <h1>Flood gates opened as river rises</h1>
        <p class="byline">By <a rel="author" href="/authors/jane-doe">Jane Doe</a> and Omar Reyes</p>
        <time datetime="2024-03-05T08:30:00+01:00">5 March 2024</time>
      </header>
      <div class="share-bar"><a href="https://twitter.example/share">Share on Twitter</a> <a href="https://facebook.example/share">Share on Facebook</a></div>
      <figure>
        <img src="/img/gates.jpg" alt="">
        <figcaption>The north gate of the Eastvale dam on Tuesday morning. Photo: Reuters</figcaption>
      </figure>
      <div class="article-body">
        <p>${NEWS_PARAGRAPHS[0]}</p>
        <p>${NEWS_PARAGRAPHS[1]}</p>
        <div class="newsletter-signup"><h3>Get the Morning Brief</h3><p>Sign up for our daily newsletter and get the news in your inbox.</p><form><input type="email"></form></div>
        <p>${NEWS_PARAGRAPHS[2]}</p>
        <div class="ad-slot">Advertisement</div>
        <p>${NEWS_PARAGRAPHS[3]}</p>
        <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Bridge repairs delayed until summer</a></li><li><a href="/b">Record rainfall in February</a></li></ul></div>
      </div>
    </article>
    <section id="comments" class="comments-area"><h2>3 comments</h2><p>Great reporting, thanks for keeping us informed about the river!</p><p>My street was flooded last time, hope it holds.</p></section>
  </main>
  <aside class="sidebar"><h2>Most read</h2><ol><li><a href="/x">Town council approves new budget after long debate</a></li><li><a href="/y">Local bakery wins national award</a></li></ol></aside>
  <footer class="site-footer"><p>© 2024 Eastvale Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body>
</html>`;

export const BLOG_PARAGRAPHS = [
  'I finally rebuilt the garden shed this weekend, and it took far longer than the two afternoons I had planned for it.',
  'The old floor had rotted through in one corner, so the first job was to lift every board and check the joists underneath for damp.',
  'Next time I will order the timber cut to size, because sawing forty boards by hand is not a pleasant way to spend a Saturday.',
];

export const BLOG_PAGE = `<html>
<head>
  <title>Rebuilding the shed - Notes from the Allotment</title>
  <meta name="author" content="Sam Keller">
  <meta name="date" content="2023-09-17">
  <meta http-equiv="content-language" content="en-US">
</head>
<body>
  <div id="wrapper">
    <div id="top"><span class="site-title">Notes from the Allotment</span></div>
    <div id="menu"><a href="/">Home</a> | <a href="/about">About</a> | <a href="/archive">Archive</a></div>
    <div id="content">
      <h1>Rebuilding the shed</h1>
      <p>${BLOG_PARAGRAPHS[0]}</p>
      <p>${BLOG_PARAGRAPHS[1]}</p>
      <p>${BLOG_PARAGRAPHS[2]}</p>
      <div class="tags">Tags: <a href="/t/shed">shed</a>, <a href="/t/diy">diy</a></div>
    </div>
    <div id="sidebar"><h3>Archive</h3><ul><li><a href="/2023/08">August 2023</a></li><li><a href="/2023/07">July 2023</a></li></ul></div>
    <div id="footer">Powered by a very old blogging engine</div>
  </div>
</body>
</html>`;

/** Text only in <div>s separated by <br>s, no <p>: the shape where Readability finds little. */
export const BR_LINES = [
  'The ferry timetable changes on the first of May, with two extra crossings in the evening.',
  'Passengers with season tickets do not need to renew them, the operator said in a short notice.',
  'Cyclists should still book a place for their bicycle at least a day before travelling.',
];

export const BR_PAGE = `<html><head><title>Ferry timetable</title></head><body>
<div class="wrap"><div class="box"><font size="2">${BR_LINES[0]}<br><br>${BR_LINES[1]}<br><br>${BR_LINES[2]}</font></div></div>
</body></html>`;

export const TITLE_ONLY_PAGE = '<html><head><title>Nothing here yet | Placeholder Site</title></head><body></body></html>';

export const MALFORMED_PAGE = `<html><head><title>Broken markup</title><body>
<div class="article-body"><p>The first paragraph of this broken page has no closing tag and runs on for a while to be long enough
<p>The second paragraph also lacks its closing tag, and a <b>bold run never ends either
<div><p>A third paragraph sits inside a div that is never closed, and the document just stops here without html end</div>
<ul><li>item one is left open<li>item two too`;

export const HOSTILE_PAGE = `<html><head><title>Hostile</title>
<script>alert("SCRIPT-LEAK-HEAD")</script></head>
<body onload="alert('BODY-ONLOAD')">
<article>
<p>A perfectly ordinary paragraph about the weather in the valley, written to be long enough to count as real text here.</p>
<img src="x" onerror="alert('IMG-ONERROR')">
<script>document.write("SCRIPT-LEAK-BODY")</script>
<noscript>NOSCRIPT-LEAK</noscript>
<style>p::after { content: "STYLE-LEAK" }</style>
<p>Another paragraph follows, with a <a href="javascript:alert('JS-LINK')">link that runs script</a> in the middle of a sentence.</p>
<iframe src="javascript:alert('IFRAME')">IFRAME-LEAK</iframe>
<svg><script>alert("SVG-SCRIPT-LEAK")</script><text>SVG-TEXT-LEAK</text></svg>
<template><p>TEMPLATE-LEAK</p></template>
</article>
</body></html>`;

/** A large page built from repeated sections (about `bytes` long), with deep nesting and many links. */
export function hugePage(bytes: number): string {
  const parts: string[] = ['<html><head><title>Huge page</title></head><body><nav>'];
  for (let i = 0; i < 200; i++) parts.push(`<a href="/n${i}">Nav ${i}</a>`);
  parts.push('</nav><div class="article-body">');
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<div class="block"><p>Paragraph number ${i} of the generated page says something about item ${i % 97} and keeps going for a while so that it is prose.</p><span><a href="/r${i}">related ${i}</a></span></div>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('<div>'.repeat(2000), '<p>Deeply nested closing paragraph text that should still be found by the walker.</p>', '</div>'.repeat(2000));
  parts.push('</div></body></html>');
  return parts.join('');
}
