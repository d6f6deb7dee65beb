"""Placement accuracy: tinbao, trafilatura and newspaper4k on the blind tables of where an
article's parts sit on pages of unseen layouts.

Run: `python bench/placements.py [LANE…] [--failures]` (default: every lane whose table exists).

Each lane is a table `tests/fixtures/placements/<lane>.json` of small invented pages, written
before the extractor was read (its `note` says what it decides), and scored with
`bench/accuracy.py`'s own rows, every extractor on the same pages in the same run:

- **bodies**: body F1, the first and last paragraph exact and no boilerplate in the body, as
  `bench/accuracy.py` defines them (the page's lead neither helps nor hurts), and **body exact**:
  the body's paragraphs, in order, exactly the expected ones (what `tests/test_placements.py`
  requires of tinbao).
- **long_bodies**: the same rows as **bodies**, on long pages (15 to 29 body paragraphs) whose
  text mixes several boxes at once, body blocks (headings, lists, tables, an editor's note) among
  them; what matters is no boilerplate and the first and last paragraph
  (`tests/test_placements.py` requires the body exactly).
- **furniture**: the same rows as **bodies**, on pages whose furniture sits inside the text's
  container or right against it in guises the first two body tables lack (polls, sign-ups, app
  banners, players, map and donation cards, toolbars, reading times, reaction bars, timelines,
  quizzes, sponsored boxes), beside lines of the same look that are text.
- **ends**: the same rows as **bodies**, on whole long pages (8 to 16 body paragraphs) whose
  text's end meets the material untuned pages set against it: source, writer's and copyright
  lines, tags, same-section and related lists, comments with their form, series boxes,
  `(Còn nữa)`/`(Hết)`/`Kỳ sau:` closers, a document's signature block and attachments, polls,
  toolbars, share bars with counts, a last paragraph that is one link, beside texts that really
  end with a short line.
- **inside**: the same rows as **bodies**, on whole pages (9 to 20 body paragraphs) whose text
  opens with furniture (players with their voices, toolbars, share bars with counts, a table of
  contents, the headline or sapo printed again, a date or byline line, a breadcrumb) and mixes
  more between its paragraphs (`Đọc thêm` lines and lists, ads, embeds with their dates, polls,
  sign-ups, fact boxes, a pull quote repeating the text, captioned pictures and galleries, a
  floated `Tin liên quan` box), beside headings, lists and tables that are text.
- **edges**: the same rows as **bodies**, on whole pages (154 to 181 lines, twenty stacks) whose
  furniture takes guises the five tables before it lack: text hidden from readers (`display:none`,
  `hidden`, `aria-hidden`, `<noscript>`, `<template>`, `<dialog>`, print-only and screen-reader
  text, icon titles), an author's bio, file lists with sizes, PDF and map fallbacks, comment
  counts, registration boxes, hotline lines, a `Từ khóa:` paragraph, `Lên đầu trang`, pagination,
  series navigation, an editor's note box, rate and weather widgets, a YouTube's channel line,
  ad lines, credits, print-issue and correction notes, references, a reading bar; beside quotes,
  interviews with one-word answers, lists, tables and last paragraphs that open like furniture.
- **edges2**: the same rows as **bodies**, on whole pages (159 to 188 lines, twenty-six stacks)
  whose furniture takes guises the six tables before it lack: a `<details>` table of contents, a
  listen bar with radio voices, a reading time with a word count, key-points and AI summary boxes,
  an update note, a language switcher, a ticker, an AMP note, a `<fieldset>` poll, product,
  promotion and classified boxes, Instagram and TikTok embeds, an infographic's lines, a
  `Video:` heading over a player, a numbered photo story, a podcast box, copyright lines, a
  helpful widget, a print and e-mail list, a disclaimer, QR and link-copy lines, hashtags, an
  updating closer, a channel line, footnotes, text split by ad slots and a drop cap; beside
  real text that looks like furniture (a `Xem thêm thông tin tại …` sentence, a closing
  question, a quoted slogan, a short dated line, a roundup of links, bold subheads).
- **edges3**: the same rows as **bodies**, on whole pages (155 to 175 lines, twenty-six stacks
  no table used before: page builders, enterprise and regional CMS products, hosted blogs and
  newer front-end frameworks) whose furniture takes guises the seven tables before it lack: a
  mobile-only copy of the sapo, a share row ending with the headline, a topic banner, a reading
  progress bar, a push-notification prompt, untitled link lists and unlabelled cards, an event
  countdown, a `<video>`'s fallback text, an ask-the-AI box, a metered wall, a cookie notice,
  `Mời quý độc giả xem thêm …`, the paper's slogan, an `aria-hidden` reader-mode copy, gift,
  expander and follow rows, a call to comment, a `Chủ đề:` line, the writer's other articles, a
  toast, a call for tips; beside real text that looks like furniture (a paragraph that is one
  link, a list of addresses, a `Lưu ý:` note, a table, sentences opening `Quảng cáo`,
  `Đăng nhập`, `Tài trợ`, `Còn … nữa`, a closing broadcast notice).
- **bylines**: the author set (people; outlets left out on both sides), as `bench/accuracy.py`
  defines it, and for tinbao alone **bylines exact**: the record's display byline and people
  exactly the expected ones (what `tests/test_placements.py` requires; the peers report
  no display byline).
- **bylines_more**: the same rows as **bylines**, on a second table of placements the first
  lacks (credit lines with roles, desks, `<address>`, article footers, author cards, JSON-LD
  author arrays, CMS accounts in `meta name=author`, odd spacing and NFD text;
  `tests/test_placements.py` requires the byline and people exactly).
- **bylines3**: the same rows, on a third table of placements the first two lack (a byline line
  with the date and views, signatures set apart by style, a rule or a table cell, ranks and
  degrees, desks, credits at the sapo's end, breadcrumb rows, `Về tác giả` boxes, CMS
  accounts beside a signature, NukeViet and ASP.NET fields).
- **bylines4**: the same rows, on a fourth table in the guises pages nobody tuned on still miss
  (unlabelled name lines under the publish line or the headline, with or without a title, two
  writers on one line, desks signing, initials, names in hashed and utility-class spans, author
  cards with no class, credits closing the sapo, `Tác giả:` in a table cell, a last line with a
  source, a name beside the view count, photographers, comment and related authors, `meta
  name=author` naming the site or an account, CMS accounts beside a signature).
- **bylines5**: the same rows, on whole pages (150 to 205 lines: a top bar, the menu, a
  breadcrumb, related, most-read and same-section lists with their writers, comments, a sidebar,
  a footer naming the editors) where the byline competes with the names such pages carry (editor
  lines, another writer's card, JSON-LD and `meta name=author`, photographers, quoted people).
- **bylines6**: the same rows, on whole pages in guises the first five tables lack (a name
  between the date and the views, after the tags or the share row, author links and cards with
  an avatar and a job title, `(tổng hợp)`, `- TTXVN`, two writers on two lines, `Bài, ảnh:` in a
  caption, `Theo` a writer and an outlet, meta-only authors, ranks and capitals, interviews'
  labels, editor fields and credit tables).
- **bylines7**: the same rows, on whole pages in guises the first six tables lack (genre labels
  with the writer, `<address>`, a table of facts, an article's `<footer>`, `Người viết:`,
  `Phóng viên:`, `Nhóm phóng viên:` labels, affiliations after a comma, `?author=` and
  `/nguoi-viet/` links among other links, a mobile sticky bar, a signature image, a writer shown
  twice, names of ethnic minorities, ` / ` and ` – ` between writers).
- **bylines8**: the same rows, on whole pages of stacks the first seven tables lack (Ghost, Hugo,
  Jekyll, Blogger, Odoo, Wagtail, Symfony, Umbraco, Nuxt, Angular, SvelteKit, Astro, Craft,
  SharePoint, Sitefinity, Grav, Kirby, Rails, Laravel, Magnolia, AMP), in guises they lack
  (`<small>` in the headline, nested `rel=author` and microdata names, `data-author`,
  `article:author` and `DC.creator` alone, the `<title>`, headings as bylines, a unit on the
  next line, credits with pipes, untranslated `Posted by`, side-column widgets).
- **bylines9**: the same rows, on whole pages of stacks the first eight tables lack (Plone,
  TYPO3, Contao, Movable Type, Domino, Google Docs exports, Framer, Substack, Wix, Webflow, Medium,
  JSF, Sitecore, Arc XP, Brightspot, Elementor, Divi and more), in guises they lack (untranslated
  labels, hCards, labels and names in sibling elements, `<details>` boxes, credits lists, Yoast's
  and Parse.ly's meta tags, JSON-LD strings, a name in a tooltip only, listen players' voices).
- **bylines10**: the same rows, on whole pages of five layouts (semantic, nested tables, forum
  threads, newsletters' web versions, app-built) and stacks the first nine tables lack (XenForo,
  phpBB, Moodle, Question2Answer, Confluence, MediaWiki, Mailchimp, beehiiv, Flutter, Ionic,
  Tilda, Google Sites, Concrete, Silverstripe, MODX, ProcessWire, Bitrix and more), in guises
  they lack (`Bài, ảnh:`, `Tin:`, forum posters, `Người soạn:`, ranks with units, desks in
  fields, author cards after the related list, `Theo …` in brackets, accounts and approvers).
- **bylines11**: the same rows, on whole pages of the five layouts of **bylines10** and stacks
  (TYPO3, Sitefinity, Grav, vBulletin, MyBB, Nuxt, Astro and more) in the forms regional pages
  print (a bare name closing the text, `Bài và ảnh:`, `Thực hiện:`, desks and `PV` alone, `Theo …`
  over a desk's signature, ranks and degrees, capitals, two or three writers, author boxes with a
  bio, forum posters with ranks and signatures, display names beside handles, job titles in their
  own element, presenters and photos' owners, accounts naming nobody, JSON-LD disagreeing).
- **published**: the publish time to the minute with its offset (`null` where the page prints
  none) and, for tinbao alone, `published_raw` exactly, as `bench/accuracy.py` defines them; and
  for tinbao alone **published exact**: the record's `published_at`, `published_raw` and
  `modified_at` exactly the expected ones (what `tests/test_placements.py` requires;
  the peers report no raw string and no update time).
- **leads**: the summary (the lead or sapo, `null` where the page sets none apart from the body)
  as `bench/accuracy.py` defines it (a dateline stripped on both sides; the peers report the meta
  description), **body first**: the body's first paragraph once a paragraph equal to the lead
  is dropped (`bench/accuracy.py`'s lead-neutral paragraphs), for every extractor; and for
  tinbao alone **leads exact**: the record's summary and the body's first paragraph exactly
  (what `tests/test_placements.py` requires: the lead not repeated as body, the body's
  first paragraph not lost to the lead).
- **leads2**: the same rows as **leads**, on a second table of placements and guises the first
  lacks (`<h3>` and italic sapos, a sapo beside the picture or after it, a sapo in two `<p>`s,
  one with the body's class, stamps in capitals and en dashes, a `Xem thêm` link or a writer's
  credit closing the sapo, a picture's credit before the text, descriptions never printed, and
  ten pages with no lead).
- **leads3**: the rows of **leads** and the headline together, on whole pages (155 to 171 lines)
  of stacks and document shapes the first tables lack (frameworks of other languages, Word,
  LibreOffice and Google Docs exports, a wiki, newsletters, a reader view, print views, AMP, an
  e-government table layout), the lead in a `<strong>` or `<b>` first paragraph, a
  `<blockquote>`, a `doc-subtitle`, a block with its own `lang`, after a `<br>` splitting off a
  stamp, and the headline beside kickers, `<small>` sub-titles, a section `<h1>`, share bars
  and shortened breadcrumbs; **leads3 exact**: the headline, the summary and the body's first
  paragraph all exactly the expected ones.
- **leads4**: the rows of **leads3** on whole pages (174 to 186 lines) of stacks the earlier
  tables lack (WordPress themes, Joomla K2, Drupal fields, NukeViet, DotNetNuke and WebForms
  tables, Ghost, Blogger, Hugo, Jekyll, phpBB, XenForo, Question2Answer, SharePoint, Moodle,
  newsletters' web views, React and SvelteKit apps), the lead in each guise regional pages print
  and thirteen pages with none; **leads4 exact** as **leads3 exact**.
- **leads5**: the rows of **leads3** on whole pages (157 to 190 lines) of stacks and page kinds
  the earlier tables lack (more WordPress, Joomla and Drupal themes, a DotNetNuke table, Ghost,
  Blogger, Hugo, Jekyll, Discourse, a Q&A page, help-centre articles, a wiki, a podcast episode,
  a video page, newsletters' web versions, a landing page, shop blogs, intranet pages, Next.js and
  Angular apps, a forum thread), the lead as a sub-title, a standfirst, a bold or italic first
  paragraph or a description printed nowhere, and twelve pages with none; **leads5 exact** as
  **leads3 exact**.
- **images**: the record's pictures, every `{url, caption}` in order, as `bench/accuracy.py`
  defines the row (tinbao only: the peers report no captions), and **image addresses**: the set of
  picture addresses exactly the expected one, for every extractor (trafilatura's `graphic`
  elements with `include_images`, newspaper4k's `images`; what `tests/test_placements.py`
  requires of tinbao is the list exactly).
- **images2**: the same rows as **images**, on a second table of guises the first lacks
  (classless `<p><em>` captions, credits before and after captions, sliders, before/after
  comparisons, infographic series, `data-srcset`-only and `<source>`-only lazy pictures, CDN
  resizer addresses; Next.js, Nuxt, Drupal, Liferay, Ghost, Joomla, NukeViet, ASP.NET pages).
- **images3**: the same rows as **images**, and **no caption in body**, body F1, no boilerplate
  and **body exact** (the body's paragraphs exactly the expected ones), on whole pages (190 to
  213 lines: a top bar with a clock, the menu, a breadcrumb, related and most-read lists with
  thumbnails and dates, a sidebar, a footer) whose pictures come in guises untuned pages have
  (italic or centred `<p>` captions, caption rows, credit spans and divs, `Ảnh:` lines, a
  caption glued by `<br>` to the next paragraph, lazy `data-src`/`data-original`/`srcset`-only
  pictures, `<picture>` sources, background-image figures, sliders, galleries, infographics,
  video posters) beside the pictures that are not the article's (avatars, ads, related
  thumbnails inside the text, logos and icons); `tests/test_placements.py` requires the list of
  pictures and the body exactly.
- **images4**: the same rows as **images3**, on whole pages (172 to 188 lines) whose pictures
  come in guises the first three tables lack (`<cite>`, `<sub>` and `<caption>` captions, a
  caption in the picture's table cell after a `<br>` or in the next cell, inline-styled italic
  lines, numbered, English and decomposed-Unicode captions, `srcset` width candidates,
  `<amp-img>` with its `<noscript>` twin, the `og:image` printed in the text, a lightbox strip
  repeating the pictures, an empty `<figcaption>`, a `title` attribute).
- **images5**: the same rows as **images3**, on whole pages (150 to 186 lines) of stacks the
  first four tables lack (WordPress themes and plugins, Joomla K2, Drupal 7 and 10 media,
  NukeViet, DNN and ASP.NET tables, SharePoint portals and an intranet, Ghost, Blogger, Hugo,
  Jekyll, Discourse, newsletters' web versions, Next.js, Nuxt, a shop blog, a podcast episode, a
  video page, a photo page) and the guises of their pictures (featured images above and
  backgrounds painted over the title, K2 caption and credit spans, caption modules, lightbox file
  lines, `<noscript>` twins, page-bundle and `../` addresses, slider strips, product cards, a
  newsletter's logo row, a show's cover).
- **views**: the article's view count (`null` where the page prints none), as `bench/accuracy.py`
  defines the row, and **views exact**: the record's `views` and `views_raw` exactly the expected
  ones (what `tests/test_placements.py` requires); tinbao alone, as the peers read no counts.
- **published2**: the same rows as **published**, on a second table of placements the first
  lacks (header clocks, price, weather and lottery lines, lunar days, event days in the headline,
  print lines, dated side lists, script state, zone-less `<time datetime>`, split day and time,
  update lines before, after and beside the publish line; NukeViet, Joomla, ASP.NET, Next.js
  and Nuxt pages).
- **published3**: the same rows as **published**, on whole pages (175 to 183 lines: a top line
  with the day or the clock, the menu, a breadcrumb, dated related, most-read and new lists,
  comments with their times, a sidebar, a footer with a licence day) where the publish and update
  lines take the guises untuned pages have (meta rows glued to a writer and views, labels in
  their own elements, `(GMT+7)`, `UTC`, relative lines, a disagreeing `<time datetime>`, update
  lines in brackets, before the line or under the text, a line after the text); its exact row
  also requires `modified_raw`.
- **published4**: the same rows as **published3**, on whole pages (150 to 175 lines) of the
  stacks the first three tables lack (Joomla's `dl.article-info`, Drupal, DNN tables, Ghost,
  Blogger, Jekyll, XenForo and phpBB threads, a Q&A engine, an intranet notice board, a
  newsletter's web version, app-built pages) and the guises of their lines (`SA`/`CH` noon and
  midnight, `sáng`/`chiều`, `giờ … phút`, two-digit years, `Ngày tạo`, `Lần cập nhật cuối`,
  relative times under titles in UTC, offsets that disagree with the printed time).
- **published5**: the same rows as **published3**, on whole pages (155 to 183 lines) of the
  stacks the first four tables lack (WordPress themes, Joomla K2 and Helix, Drupal 7 and 10,
  Liferay, SharePoint and e-government portals, Ghost, Blogger, PaperMod, Chirpy, vBulletin,
  Discourse, Flarum, Moodle and Question2Answer threads, Substack-like posts, Angular and
  Haravan pages) and the guises of their lines (`tối`, `Thời gian đăng`, `Hôm qua, 21:40`,
  tooltip and Go-format titles, yearless badges, writers inside the line, update lines by name).
- **views2**: the same rows as **views**, on a second table of forms and places the first lacks
  (`Lượt đọc`, `Đã xem … lần`, `lần đọc`, `views`, eye markers of many kinds with a bare number,
  `k`/`nghìn`/`ngàn` counts, script-filled and blob-only counts, comments, likes, downloads and
  listens, other articles' counts, spaces and no-break spaces in numbers).
- **views3**: the same rows as **views**, on whole pages (150 to 300 lines: a clock, the menu, a
  breadcrumb, related and most-read boxes printing their own counts, a footer with the site's
  visit counter) where the count sits in a meta line among the writer and the comments, in a
  stats row with likes and shares, after the text or under the tags, twice, behind a script's
  placeholder, only in JSON-LD, in English or abbreviated, after an eye of another icon set, or
  inside the text as a clip's or an album's counter (WordPress, Joomla, NukeViet, ASP.NET,
  Next.js, Drupal, Liferay and e-government pages).
- **views4**: the same rows as **views**, on whole pages of other stacks and shapes (Django,
  Laravel, Rails, Phoenix, Spring, ASP.NET MVC, Blazor, merged communes' portals, forum threads,
  print and reader views, AMP, a newsletter archive, a wiki, a Word export, a mobile template)
  where the count sits in a facts `<dl>` or table, only in a `title` or `aria-label`, in the
  article's `<footer>`, in a print header, after an eye of another icon set, grouped by a thin
  space, in a forum's replies line, beside likes, shares, downloads, votes, ratings and prices.
- **headlines**: the headline, as `bench/accuracy.py` defines the row (typographic and typed
  quotes alike), for every extractor, and for tinbao alone **headlines exact**: the record's
  headline exactly the expected one (what `tests/test_placements.py` requires), on pages where
  the site's name, a kicker, a sub-headline, a sidebar or a breadcrumb competes with it.
- **taxonomy**: the category and the tags (the list, in order), as `bench/accuracy.py` defines
  the rows, and **taxonomy exact**: the record's `category` and `tags` both exactly the expected
  ones (what `tests/test_placements.py` requires); tinbao alone, as `bench/accuracy.py` scores no
  peer on them (they report them in other shapes).
- **headlines2**: the rows of **headlines** and **taxonomy** together (the peers scored on the
  headline alone), on whole pages (150 to 164 lines: a top bar with the clock, the menu, a
  breadcrumb, related and most-read lists of titles in headings, comments, a sidebar with a topic
  cloud, a footer) in sixteen layouts, where the headline, the category and the tags meet the
  guises the first two tables lack (the section as an `<h1>`, badges, series lines, `<br>`-split
  cells, zero-width spaces, highlighted menu items, topic clouds); **headlines2 exact**: the
  record's headline, category and tags all exactly the expected ones.
- **taxonomy2**: the rows of **headlines2**, on whole pages (151 to 170 lines) of the stacks the
  first tables lack (WordPress themes, Joomla 4 and K2, Drupal fields, NukeViet, DNN, Ghost,
  Blogger, Hugo, Jekyll, forum threads, a Q&A engine, an intranet, a newsletter, app-built pages)
  where the category is a trail with or without Home, a link beside the date, a field, a chip, a
  section bar or a meta alone, beside active menu items, related items' categories and footer
  section menus, and the tags take every printed form beside clouds that are not the article's;
  **taxonomy2 exact**: the record's headline, category and tags all exactly the expected ones.
- **taxonomy3**: the rows of **headlines2**, on whole pages (152 to 163 lines) of the stacks and
  page kinds the first three tables lack (WordPress and Joomla themes, Drupal 7, DNN, NukeViet,
  Ghost, Blogger, Hugo, Jekyll, Discourse, vBulletin and MyBB, a Q&A engine, a community, wikis,
  a photo gallery, a help centre, intranet channels, newsletters, a podcast, shop blogs, portals
  and an app) where the category is a forum board, a wiki namespace or category, an album, a
  help-centre section, a channel, a show, a community or a shop blog's category, beside issue and
  series lines, active menu and rail items and product menus, and the tags take the forms those
  stacks print beside clouds that are not the article's; **taxonomy3 exact**: the record's
  headline, category and tags all exactly the expected ones.
- **legacy**: the rows of **headlines** and **published** together, on whole old and archived
  pages (150 to 168 lines of table layouts from 2003 to 2012, archive toolbars, mirrors, merged
  papers' banners, content frames, print views, a forum portal, a blog), where the headline sits
  outside any heading element and the publish line takes those eras' forms; **legacy exact**:
  the record's headline, `published_at` and `published_raw` all exactly the expected ones.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import (  # noqa: E402
    Case,
    Column,
    Result,
    body_paragraphs,
    columns_for,
    evaluate,
    print_failures,
    print_set,
    split_paragraphs,
)
from pipelines.normalize import record_from_html  # noqa: E402

TABLES = ROOT / "tests" / "fixtures" / "placements"
FETCHED_AT = datetime.fromisoformat("2025-12-05T10:00:00+07:00")  # the tables' "now"


@dataclass(frozen=True)
class Lane:
    scored: frozenset[str]  # bench/accuracy.py's rows this lane is scored on
    exact: Callable[[Case, Result], bool] | None = None  # the lane's whole-value row, if any
    record_fields: tuple[str, ...] = ()  # tinbao's record fields the lane's test requires
    exact_label: str = "exact"  # what the lane's whole-value row compares
    peers: bool = True  # whether the peers read the lane's fields at all


def _case(row: dict, lane: str) -> Case:
    """The case of a table's row, holding the expected values of what its lane is scored on."""
    scored = LANES[lane].scored
    want = row["expected"]
    case = Case(
        name=row["id"],
        url=row["url"],
        html=row["html"],
        fetched_at=FETCHED_AT,
        kind="fixture",
        scored=scored,
    )
    if "body_f1" in scored:
        case.paragraphs = split_paragraphs(want["body"])
        if "images" in scored:
            case.captions = [image["caption"] for image in want["images"] if image["caption"]]
        else:
            case.lead = [row["lead"]] if row.get("lead") else []
    if "byline" in scored:
        case.authors = want["authors"]
    if "published" in scored:
        at = want["published_at"]
        case.published = datetime.fromisoformat(at) if at else None
        case.published_raw = want["published_raw"]
    if "summary" in scored:
        case.summary = want["summary"]
        case.lead = [want["summary"]] if want["summary"] else []
        case.body_first = want["body_first"]
    if "images" in scored:
        case.images = want["images"]
    if "views" in scored:
        case.views = want["views"]
    if "headline" in scored:
        case.headline = want["headline"]
    if "category" in scored:
        case.category = want["category"]
        case.tags = want["tags"]
    return case


def _same_body(case: Case, got: Result) -> bool:
    return split_paragraphs(got.body) == case.paragraphs


def _same_first(case: Case, got: Result) -> bool:
    paragraphs = body_paragraphs(case, got)
    return bool(paragraphs) and paragraphs[0] == case.body_first


def _record_value(record: dict, name: str) -> object:
    """A record field, or the body's first paragraph for `body_first`."""
    if name == "body_first":
        return next(iter(split_paragraphs(record["body"])), None)
    return record[name]


# The lanes' kinds: each new table of a kind is scored as the earlier ones.
BODY = Lane(frozenset({"body_f1", "first_last", "no_boilerplate"}), _same_body)
BYLINES = Lane(frozenset({"byline"}), record_fields=("byline", "authors"))
LEADS = Lane(frozenset({"summary"}), _same_first, ("summary", "body_first"), "body first")
LEADS_AND_HEADLINE = Lane(
    frozenset({"headline", "summary"}),
    _same_first,
    ("headline", "summary", "body_first"),
    "body first",
)
IMAGES = Lane(frozenset({"images"}))
IMAGES_IN_BODY = Lane(
    frozenset({"images", "no_caption", "body_f1", "no_boilerplate"}),
    _same_body,
    record_fields=("images", "body"),
    exact_label="body exact",
)
VIEWS = Lane(frozenset({"views"}), record_fields=("views", "views_raw"), peers=False)
PUBLISHED = Lane(
    frozenset({"published", "published_raw"}),
    record_fields=("published_at", "published_raw", "modified_at"),
)
PUBLISHED_AND_MODIFIED = Lane(
    frozenset({"published", "published_raw"}),
    record_fields=("published_at", "published_raw", "modified_at", "modified_raw"),
)
HEADLINE_AND_TAXONOMY = Lane(
    frozenset({"headline", "category", "tags"}), record_fields=("headline", "category", "tags")
)

LANES = {
    **dict.fromkeys(
        ("bodies", "long_bodies", "furniture", "ends", "inside", "edges", "edges2", "edges3"),
        BODY,
    ),
    **dict.fromkeys(("bylines", "bylines_more", *(f"bylines{n}" for n in range(3, 12))), BYLINES),
    "published": PUBLISHED,
    "leads": LEADS,
    "leads2": LEADS,
    **dict.fromkeys(("leads3", "leads4", "leads5"), LEADS_AND_HEADLINE),
    "images": IMAGES,
    "images2": IMAGES,
    "images3": IMAGES_IN_BODY,
    "images4": IMAGES_IN_BODY,
    "images5": IMAGES_IN_BODY,
    "views": VIEWS,
    "published2": PUBLISHED,
    **dict.fromkeys(("views2", "views3", "views4"), VIEWS),
    **dict.fromkeys(("published3", "published4", "published5"), PUBLISHED_AND_MODIFIED),
    "headlines": Lane(frozenset({"headline"}), record_fields=("headline",)),
    "taxonomy": Lane(
        frozenset({"category", "tags"}), record_fields=("category", "tags"), peers=False
    ),
    **dict.fromkeys(("headlines2", "taxonomy2", "taxonomy3"), HEADLINE_AND_TAXONOMY),
    "legacy": Lane(
        frozenset({"headline", "published", "published_raw"}),
        record_fields=("headline", "published_at", "published_raw"),
    ),
}


def _trafilatura_images(case: Case) -> set[str]:
    from trafilatura import bare_extraction

    doc = bare_extraction(case.html, url=case.url, include_images=True)
    body = doc.body if doc is not None else None
    return {g.get("src") for g in body.iter("graphic")} if body is not None else set()


def _newspaper_images(case: Case) -> set[str]:
    from newspaper import Article

    article = Article(case.url, fetch_images=False, language="vi")
    article.download(input_html=case.html)
    article.parse()
    return set(article.images)


IMAGE_READERS: dict[str, Callable[[Case], set[str]]] = {
    "trafilatura": _trafilatura_images,
    "newspaper4k": _newspaper_images,
}


def image_addresses(cases: list[Case], column: Column, got: dict[str, Result]) -> str:
    """Pages whose set of picture addresses is exactly the expected one; a miss is listed
    with the column's failures."""
    hits = 0
    for case in cases:
        want = {image["url"] for image in case.images}
        if column.name in IMAGE_READERS:
            have = IMAGE_READERS[column.name](case)
        else:
            have = {image["url"] for image in got[case.name].images}
        hits += want == have
        if want != have:
            column.failures.append(
                (case.name, "image addresses", str(sorted(want)), str(sorted(have, key=str)))
            )
    return f"{hits}/{len(cases)}"


def load_rows(lane: str) -> list[dict]:
    return json.loads((TABLES / f"{lane}.json").read_text(encoding="utf-8"))["cases"]


def load(lane: str) -> list[Case]:
    return [_case(row, lane) for row in load_rows(lane)]


def record_exact(lane: str, fields: tuple[str, ...], column: Column) -> str:
    """tinbao's record holds the row's expected `fields` exactly, page by page; a miss is
    listed with the column's failures."""
    rows = load_rows(lane)
    hits = 0
    for row in rows:
        record = record_from_html(row["html"], row["url"], FETCHED_AT)
        got = {name: _record_value(record, name) for name in fields}
        want = {name: row["expected"][name] for name in fields}
        hits += got == want
        if got != want:
            column.failures.append((row["id"], f"{lane} exact", str(want), str(got)))
    return f"{hits}/{len(rows)}"


def recording(column: Column, got: dict[str, Result]) -> Column:
    """The column, keeping what it returned per page for the lane's exact row."""
    extract = column.extract

    def run(case: Case) -> Result:
        got[case.name] = Result()  # a crash scores the page as empty, as `evaluate` does
        got[case.name] = extract(case)
        return got[case.name]

    column.extract = run
    return column


def score_lane(lane: str, failures: bool) -> None:
    cases = load(lane)
    results: dict[str, dict[str, Result]] = {}
    only = None if LANES[lane].peers else ["tinbao"]
    columns = [recording(c, results.setdefault(c.name, {})) for c in columns_for(cases, only)]
    evaluate(cases, columns, via_cli=False)
    title = f"tests/fixtures/placements/{lane}.json"
    print_set(title, cases, columns)
    exact = LANES[lane].exact
    if exact is not None:
        row = f"  {f'{lane} {LANES[lane].exact_label} (pages)':<32}"
        for column in columns:
            hits = sum(exact(case, results[column.name][case.name]) for case in cases)
            row += f"{f'{hits}/{len(cases)}':>18}"
        print(row)
    if "images" in LANES[lane].scored:
        row = f"  {'image addresses (pages)':<32}"
        for column in columns:
            row += f"{image_addresses(cases, column, results[column.name]):>18}"
        print(row)
    if LANES[lane].record_fields:
        row = f"  {f'{lane} exact (pages)':<32}"
        for column in columns:
            fields = LANES[lane].record_fields
            cell = record_exact(lane, fields, column) if column.name == "tinbao" else "n/a"
            row += f"{cell:>18}"
        print(row)
    if failures:
        print_failures(title, columns, {"tinbao"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lanes", nargs="*", help=f"any of {', '.join(LANES)}; default: every table")
    parser.add_argument("--failures", action="store_true", help="print tinbao's misses")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    if unknown := set(args.lanes) - set(LANES):
        parser.error(f"unknown lane: {', '.join(sorted(unknown))}")
    lanes = args.lanes or [lane for lane in LANES if (TABLES / f"{lane}.json").is_file()]
    for lane in lanes:
        score_lane(lane, args.failures)


if __name__ == "__main__":
    main()
