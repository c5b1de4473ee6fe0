// Fictional articles in the layouts scraped news text takes; every outlet, person and event is invented.

export const REPUBLISHED_MARKDOWN = `

# Северный Фонарь – новости

Свобода слова для всех нас и для наших детей  
Мы пишем правду каждый день

[www.lanternrepost.net](http://www.lanternrepost.net)

[desk@lanternrepost.net](mailto:desk@lanternrepost.net)

European Languages

Hana Kowalczyk  
14.06.2021

## ***Harbour workers in Valdoria vote to extend the strike***

Dock workers in the port city of Valdoria voted on Sunday to extend their strike for another two weeks, union officials said.

The vote followed three days of talks with the port authority that ended without an agreement on wages or shift lengths.

Cranes stand idle at the container terminal in Valdoria, Saturday, June 12, 2021. (Piet Marsh, Harbour Pool Photo via AP)

The port handles about a fifth of the country's imports, and shipping companies have begun diverting vessels to other harbours. A *Prairie Bugle* report put the cost of the stoppage at \\$US40 million a day, and the union
  
said it would hold another vote at the end of the month.

Northern Lantern 13.06.2021
`;

export const FOOTER_BLOCKS = `Valley council approves new flood barrier for the old town

The Valley council on Thursday approved a new flood barrier for the old town after two winters of severe flooding.

The barrier will run along the river for four kilometres and is due to be finished before the end of next year.

Residents had campaigned for the project since the river burst its banks and damaged more than 300 homes.

Source link

About Prairie Bugle

Check Also

Farmers count the cost of the late frost

Growers across the valley said on Monday that the frost had destroyed up to half of the early fruit …

Leave a Reply

Your email address will not be published. Required fields are marked *
`;

export const NO_TITLE_LINES = `The mayor of Eastbrook said today that the city would open three new shelters before the winter, after a record number of people slept outside last year.
Officials said the shelters would offer 400 beds and would be run together with two local charities.
‘We cannot leave anyone out in the cold this year,’ the mayor told reporters at the town hall.
The council will vote on the budget for the shelters next week, and most members have said they support it.
Please wait…
RELATED ARTICLES
Did you like this information? Then please consider making a donation or subscribing to our Newsletter.
Related posts:
Views: 0
`;

export const WRAPPED_WIRE = `Rescuers reach miners trapped in northern Chilean mine

By Lucía Ferrer and Daniel Okoye
Updated: Sept. 3, 2021 10:45 AM EDT

SANTIAGO (AP) — Rescue teams on Friday reached eleven miners who had been
trapped for two days in a copper mine in northern Chile, the mining ministry
said, and all of them were in good health.

The miners had sheltered in a safety chamber after a tunnel collapsed on
Wednesday, and rescuers drilled a narrow shaft to pass them food and water.

Share this article
`;

export const OWN_OUTLET = `Northern Lantern Review launches a printed weekly edition

Hana Kowalczyk 3 March 2023

The Northern Lantern Review will publish a printed weekly edition from April, its editors said on Friday, after readers asked for it in a survey.

The first issue will carry a long report on the fishing towns of the northern coast and their struggle to keep young people.

To contact the Northern Lantern Review and its editors visit:

lanternreview.org/contact
`;

export const HTML_PAGE = `<!doctype html><html lang="en"><head>
<title>Valley council approves flood barrier | Prairie Bugle</title>
<meta property="og:site_name" content="Prairie Bugle">
<meta name="author" content="Maria Jensen">
<meta property="article:published_time" content="2023-05-02T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Valley council approves flood barrier</h1>
<p>The Valley council on Thursday approved a new flood barrier for the old town after two winters of severe flooding in the river district.</p>
<p>The barrier will run along the river for four kilometres and is due to be finished before the end of next year, the council said.</p>
<p>Workers inspect the river wall in the old town on Monday, May 1, 2023. (Lena Ortiz/Pool/AFP)</p>
<p>Residents had campaigned for the project since the river burst its banks and damaged more than 300 homes in the district.</p>
<p>Did you like this article? Then please consider making a donation to keep our reporting free.</p>
</article>
<footer>© 2023 Prairie Bugle. All rights reserved.</footer>
</body></html>`;
