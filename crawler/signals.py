"""tinbao's own Scrapy signals, sent by spiders and heard by the run monitor."""

# An article page fetched but never turned into an item (not HTML, no readable text), sent with
# `url` and `reason`: it is remembered in `dropped_pages` like a page the pipelines dropped, so
# later runs fetch it again with a backoff and give it up after the same outcome several times.
page_dropped = object()

# An article URL that answered with a permanent redirect (`301`, `308`) to another article of
# the site, sent with `url`, `target` and `status`: remembered in `redirects`, so later runs do
# not fetch it again only to land on an article they know.
article_moved = object()

# A request never sent (robots.txt forbids it, a redirect off the site, in a loop or past the
# redirect limit), sent with `request` (the refused one, carrying its redirect chain) and
# `reason`: the run monitor counts an article or discovery page that got no answer that way.
fetch_refused = object()

# A request the crawl's stop or its spider's close kept from being sent (it waited in its
# host's queue), sent with `request`: the host was never asked, so the run monitor counts it
# neither requested nor failed (a run stopped by `CLOSESPIDER_TIMEOUT` is no failed site).
fetch_not_sent = object()

# An article link answered, through redirects, with a page off the article pattern (the home
# page, a section), sent with `request`: no article came of it, so the run monitor counts it a
# failed fetch, and a site that sends every article link away fails the run.
article_missing = object()
