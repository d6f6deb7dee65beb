"""The generic extractor: how Vietnamese news pages are built, without a site profile.

Each function takes a `Page` and returns one raw field, or None. Profiles fall back to these for
any field they give no selector for, and unknown hosts use them for everything. The modules
beside this one hold one field each, with the order of their sources in their docstrings:
`heading`, `dates` (published and modified), `counters` (views), `authors` (byline),
`container` (the body), `pictures` (a cover picture outside the body); `zones` says where the
article is and which parts of the page never are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime
from itertools import pairwise
from urllib.parse import parse_qsl, unquote, urlsplit

from lxml.etree import XPath, _Element

from parsers import patterns
from parsers.body import (
    CAPTION_CLASS,
    NOTE_LABEL,
    PHOTO_LINE,
    TOOLBAR_LINE,
    VISUALLY_HIDDEN,
    all_bold,
    bold_itself,
    emphasised,
    pointer_link,
    without_credit,
)
from parsers.generic import heading
from parsers.generic.authors import byline, office_byline, with_calling
from parsers.generic.authors import contradicted as byline_contradicted
from parsers.generic.container import BOILERPLATE, body_container, body_reading, data_article
from parsers.generic.counters import views
from parsers.generic.dates import (
    POST_CLOCK,
    facts_column,
    machine_utc,
    modified,
    month_first,
    page_offset,
    published,
    published_clock,
    published_conflict,
    published_exact,
    update_beside,
    visible_dates,
)
from parsers.generic.listing import titles_article
from parsers.generic.zones import (
    CRUMB_LINKS,
    MARKED_LETTER,
    MIN_BODY,
    MIN_TITLE,
    SEPARATOR,
    TRAIL_SEPARATORS,
    distance,
    feed_item,
    headline_element,
    imported,
    in_zone,
    is_vietnamese,
    menu_sections,
    meta_titles,
    named,
    opens_with_site_name,
    own_texts,
    own_texts_with,
    position,
    prose,
    site_titled,
    strip_site_name,
    text_scan,
)
from parsers.page import (
    Page,
    element_after,
    element_before,
    self_and_ancestors,
    short_text,
    site_host,
    text_of,
    values_beside,
)
from parsers.urls import HASH_ROUTE, TAG_PATH
from parsers.vietnamese.dates import search_datetime
from parsers.vietnamese.names import is_organisation
from parsers.vietnamese.text import collapse, fold

__all__ = [
    "BOILERPLATE",
    "body_container",
    "body_reading",
    "byline",
    "byline_contradicted",
    "category",
    "headline",
    "is_vietnamese",
    "modified",
    "update_beside",
    "with_calling",
    "machine_utc",
    "month_first",
    "office_byline",
    "page_offset",
    "published",
    "published_clock",
    "published_conflict",
    "published_exact",
    "summary",
    "tags",
    "views",
]

# Keyword tags: the CMS families' boxes, the `rel=tag` links of WordPress and others, and links
# each classed as a tag (`<a class="tag">`, a kind of tag in BEM's modifier: an event platform's
# `<a class="tag--topic">`).
TAG_LINKS = (
    ".tags a, .tag a, a.tag_item, a.tag, a[class^='tag--'], a[class*=' tag--'],"
    " a[rel~=tag]:not([rel~=category])"
)
# The label opening a tag box or naming the section, folded (`Từ khoá`, `Từ khóa:`, `Nhãn:`),
# and `Chủ đề liên quan:` over the topics with its colon (without it, a forum's heading over
# its related threads), and a social network's `Lưu trong:` (filed under) over the words a
# poster files the post under, with its colon.
# The foreign editions' labels too: French `Mots-clés :`, Spanish `Etiquetas:`, Russian `Теги:`,
# Japanese `タグ：` (folded as `タク:`, its voicing mark gone), Chinese `关键词：` and `标签：`,
# Korean `태그`, Khmer `ស្លាក៖`. A board skin sets the label off with a bullet (`TAG •`).
TAG_LABEL = patterns.compile(
    r"(?:tu khoa|chu de|nhan|the|tags?|keywords?|mots?[\s-]*cles?|etiquetas|теги|タク"
    r"|关键词|關鍵詞|标签|標籤|태그|ស្លាក)\s*[:៖•]?|chu de lien quan\s*:|luu trong\s*:"
)
# A print or send button's one word, folded (`In`, `Gửi`), where a toolbar spells it out.
TOOL_BUTTON = patterns.compile(r"in|gui")
# A link styled as a button (`button`, Bootstrap's `btn`, `btn-primary`).
# … also as a word of a class (Jamroom's `form_button`).
BUTTON_CLASS = patterns.compile(r"(?:^|[\s_-])(?:button|btn)(?:$|[\s_-])", re.I)
# A section's label, folded: `Chuyên mục`, `Danh mục`, and `Phân mục` or `Thể loại` (video
# platforms' translations of `Category` among a video's attributes), or `Category` left
# untranslated, `Categories:` only with its colon (a video host's label; a wiki's menu links its
# `Categories` page).
# … and the collection a publishing platform files a publication in (PubPub's `Tuyển tập` over
# the title), the section's label there.
SECTION_LABEL = patterns.compile(
    r"(?:chuyen muc|danh muc|phan muc|the loai|tuyen tap|category|categories\s*:)\s*:?"
)
# A field of activity's label, folded (an e-government portal's `Lĩnh vực:` over the one
# domain a news item or a notice is filed under).
ACTIVITY_LABEL = patterns.compile(r"linh vuc\s*:?")
# A section's own label before its name in a badge over the headline, folded (`Mục:`,
# `Chuyên mục:`, an intranet's channel chip `Kênh:`): the name is what follows the colon.
SECTION_LABEL_OPENING = patterns.compile(r"(?:muc|chuyen muc|danh muc|phan muc|kenh)\s*:\s*")
# A line's own label opening the text after a line break (`Chuyên mục:`, `Thao tác:`).
NEXT_LABEL = patterns.compile(r"\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:")
# The same labels in the page's own spelling, to find the few elements worth folding: each word
# opens with its letters in either case, so one scan of the page's text finds them all, from a
# letter few of the page's characters are (`ừ` of `Từ khóa`; see `text_scan`).
LABEL_WORDS = {
    TAG_LABEL: text_scan(
        ("[Tt]", "[ừỪ]\\s+[Kk][Hh](?:[óÓ][aA]|[oO][áÁ])"),
        ("[Ll]", "[ưƯ][uU]\\s+[Tt][Rr][Oo][Nn][Gg]"),
        ("[Cc][Hh]", "[ủỦ]\\s+[đĐ][ềỀ]"),
        ("[Nn][Hh]", "[ãÃ][Nn]"),
        ("[Tt][Hh]", "[ẻẺ]"),
        ("[Tt]", "[Aa][Gg]"),
        ("[Kk][Ee][Yy]", "[Ww][Oo][Rr][Dd]"),
        "[Mm][Oo][Tt][Ss]?[\\s-]*[Cc][Ll][ÉéEe]",
        ("[Ee][Tt][Ii]", "[Qq][Uu][Ee][Tt][Aa][Ss]"),
        ("[Тт]", "[Ее][Гг][Ии]"),
        "[タ]グ",
        "[关關](?:键|鍵)(?:词|詞)",
        "[标標](?:签|籤)",
        "[태]그",
        "[ស]្លាក",
    ),
    ACTIVITY_LABEL: text_scan(("[Ll]", "[ĩĨ][Nn][Hh]\\s+[Vv][ựỰ][Cc]")),
    SECTION_LABEL: text_scan(
        ("[Cc][Hh][Uu][Yy]", "[êÊ][Nn]\\s+[Mm][ụỤ][Cc]"),
        "[Dd][Aa][Nn][Hh]\\s+[Mm][ụỤ][Cc]",
        ("[Pp][Hh]", "[âÂ][Nn]\\s+[Mm][ụỤ][Cc]"),
        ("[Tt][Hh]", "[ểỂ]\\s+[Ll][Oo][ạẠ][Ii]"),
        ("[Tt][Uu][Yy]", "[ểỂ][Nn]\\s+[Tt][ậẬ][Pp]"),
        ("[Cc][Aa][Tt]", "[Ee][Gg][Oo][Rr](?:[Yy]|[Ii][Ee][Ss]\\s*:)"),
    ),
}
MAX_TAG = 60  # characters: longer link texts in a labelled box are headlines, not tags
MAX_KEYWORD_LIST = 300  # characters of a keyword field printed as one list
# Between the keywords of a field printed as one text (`đất nhiễm mặn, lúa ST25, năng suất`).
KEYWORD_SEPARATOR = patterns.compile(r"\s*[,;]\s*")
# A line of hashtags printed as plain text (`#nuôi dê #Cù Lao Dung`): two or more, each opening
# with a letter after its mark, split before each mark.
HASHTAG = patterns.compile(r"#[^\W\d_]")
HASHTAG_LINE = patterns.compile(r"#[^\W\d_][^#]*(?:\s#[^\W\d_][^#]*)+")
HASHTAG_SPLIT = patterns.compile(r"\s+(?=#)")
LABEL_ICON = patterns.compile(r"[^\w\s:]")  # an accessible name's icon, no word of it
MIN_TAGS_OVER = 2  # links of a box classed as the tags over the headline: tags, not a kicker
THEME_LABEL = "chu de"  # `Chủ đề:` over one phrase: the article's theme, not a tag
# The count of articles a tag link prints after the tag's name (`<sup>41</sup>`, `(41)`).
TAG_COUNT = patterns.compile(r"\(?\d+\)?")
# Class or id words of a box of tags (`amp-tags`, `article__tags`, `tag-list`, `tag-chips`,
# `tu-khoa`, `story__hashtags`, a changelog's `labels`).
TAG_BOX = patterns.compile(
    r"(?:^|[\s_-])(?:(?:hash-?)?tags|tag-?(?:list|chips?)|keywords?|tu-?khoa|labels)(?:$|[\s_-])",
    re.I,
)
# MediaWiki's box of the categories a page is filed in, as shown (its hidden ones are another
# box, `mw-hidden-catlinks`), and Fandom's under a page or a user blog post.
WIKI_CATEGORIES = patterns.compile(
    r"(?:^|\s)(?:mw-normal-catlinks|page-footer__categories)(?:$|\s)"
)
# A link to a page of a wiki's category namespace (JAMWiki's `/wiki/vi/Category:Đình_ở_Cần_Thơ`,
# a Vietnamese wiki's `Thể_loại:`), its address decoded.
WIKI_CATEGORY_PAGE = patterns.compile(r"/(?:Category|Thể[_ ]loại):[^/?#]+$")
# Quarto's row of a document's categories under its title, and each category's chip in it.
QUARTO_CATEGORIES = patterns.compile(r"(?:^|\s)quarto-categories(?:$|\s)")
QUARTO_CATEGORY = patterns.compile(r"(?:^|\s)quarto-category(?:$|\s)")
# A design system's chip, the class word whole or a chip's own (`lumx-chip`, `chip`), not its
# parts (`chip__label`); a CSS module's chip (`chip_root__Z1`: the module, its part, a hash).
CHIP = patterns.compile(r"(?:^|[\s-])chip(?:$|\s|_[a-z]\w*__\w)")
MIN_CHIPS = 2
# Class or id words of a breadcrumb trail the selectors above miss (`path`, `duongdan`, Plone's
# `#portal-breadcrumbs`, a CSS module's `Breadcrumb_wrap__J8sQ2`, a template's `locator` line
# `Bạn đang ở: Trang chủ > Tin tức`, a learning platform's site hierarchy, Sakai's
# `Mrphs-siteHierarchy` naming the site and its tool, a forum's topbar list of the topic's
# ancestors, Talkyard's `esTopbar_ancestors`: the home page and the categories over it).
TRAIL_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:(?:bread-?)?crumbs?|path|pathway|duong-?dan|locator|site-?hierarchy|ancestors)"
    r"(?:$|[\s_-])",
    re.I,
)
# … and the trail's word closing a camel-case id or class, no separator before it (Weblication's
# `navigationBreadcrumb`, ASP.NET's `ctl00_SiteBreadcrumb`, a gallery's `browsePath` from the
# albums down to the picture).
CAMEL_TRAIL = patterns.compile(r"[a-z](?:Bread[Cc]rumbs?|Crumbs?|Path)(?:$|[\s_A-Z-])")
# The trail's own words (`story-crumbs`, `tpl_locator`, `siteHierarchy`): unlike `path`, they
# name a breadcrumb trail wherever the trail sits, in the page's furniture (a `<nav>` over a
# long-form story's cover, a template's `you are here` line over the content, a learning
# platform's header) too.
# A box of the pages the reader visited, by its class or id (DokuWiki's `trace`, MoinMoin's
# `pagetrail`).
TRACE_NAME = patterns.compile(r"(?:^|\s)(?:trace|pagetrail|dropdown-menu)(?:$|\s)")
CRUMBS_WORD = patterns.compile(r"(?:^|[\s_-])(?:crumbs?|locator|site-?hierarchy)(?:$|[\s_-])", re.I)
TRAIL_LINKS = 6  # links of a trail known by its addresses: home, sections, the article
TRAIL_WORDS = patterns.compile(r"\w")  # a letter or digit between a trail's links: not one
TRAIL_MARK = patterns.compile(r"[/›»→>|]")  # a mark between a trail's links
TRAIL_EDGE = " /›»→>|"  # the marks and spaces around a crumb
BACK_MARKS = " ←‹«"  # a back link's arrow before the section it leads back to
# … or before the index of all posts (`← Tất cả bài viết`, `← All posts`), no section, folded.
INDEX_WORDS = patterns.compile(r"(?:tat\s+ca|all)\s|(?:tro\s+ve|quay\s+lai|back)(?:\s|$)")
SLUG_WORDS = patterns.compile(r"[a-z0-9]+")  # the words of a folded name, as a slug joins them
# Languages as a switch names its editions, folded: in their own tongue, in Vietnamese, by code.
LANGUAGE_NAMES = frozenset(
    {
        "tieng viet",
        "vietnamese",
        "english",
        "tieng anh",
        "francais",
        "tieng phap",
        "deutsch",
        "espanol",
        "русскии",
        "中文",
        "日本語",
        "한국어",
        "vi",
        "en",
        "fr",
        "zh",
        "ja",
        "ko",
    }
)
# A trail's crumb naming the kind of channel a section keeps (an intranet space's `Blog`),
# folded: the section before it is the one the post is filed under.
CHANNEL_KINDS = frozenset({"blog", "blogs"})
HOME_WORDS = frozenset({"trang chu", "home", "trang nhat", "quay lai", "ve trang chu"})
# The crumb an edition's trail closes with for the article's own page, not a section: Chinese
# `正文` (the text) and `详情`, Japanese `詳細` (details), Korean `본문`.
PAGE_CRUMBS = frozenset({"正文", "详情", "詳情", "詳細", "본문"})
# … and a forum's for the thread shown, after the board's link (Phorum's `… > <a>Đúc đồng</a> >
# Chủ đề`), folded: the kind of page, the board before it the section.
THREAD_CRUMBS = frozenset({"chu de", "topic", "thread"})
MAX_SECTION = 40  # characters of a section name
MAX_FILED_IN = 20  # characters of the words before a section's link (`Đăng trong `)
# A channel's or a community's name by its class (`channel-name`, `news-channel-header__name`,
# an enterprise network's `community-name`, a frontline app's `stream-name`), or its link (an
# intranet's `Kênh: <a class="channel-link">Công đoàn</a>` over the post); a podcast host's
# `channel-hero__title` over an episode titles the show, no section.
CHANNEL_NAME_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:channel|community|stream)(?:[\w-]*[_-])?(?:name|link)(?:$|\s)"
)
# … and a podcast host's show link over an episode's title (RSS.com's `episode-hero__podcast`,
# Ausha's `sc-show-name`): the show, no section.
SHOW_LINK_CLASS = patterns.compile(r"(?:^|[\s_-])(?:podcast|show-name)(?:$|\s)")
WIKI_WORD = patterns.compile(r"(?:[A-Z][a-z0-9]+){2,}")  # a wiki's page name: `ChungThuc`
# A page of a repository's wiki on a code forge: its owner, the repository, then the wiki.
# (GitLab's projects may sit in subgroups: `/<group>/<subgroup>/<project>/-/wikis/<page>`)
REPOSITORY_WIKI = patterns.compile(r"/[^/]+/[^/]+/wiki/[^/]|/(?:[^/]+/){2,}-/wikis/[^/]")
WIKI_HOME = patterns.compile(r"/wikis?(?:/home)?/?$")  # a forge project's wiki, at its home page
SCRIPT_HREF = ("javascript:", "#")  # a link's address that runs a script or stays on the page
# A post's footer line up to the word before its category link (`Đăng lúc 09:15 SA trong `,
# `Posted at 09:15 AM in `).
# The word before a post's section link among its details (`… trong <a>#vietnam</a>`).
FILED_IN = patterns.compile(r"(?:^|\s)(?:trong|in)\s*$")
# … and the poster's label in an element of its own (`<span>Đăng bởi</span>`).
POSTED_BY_LABEL = patterns.compile(r"(?i)(?:được\s+)?đăng\s+bởi|posted\s+by")
POSTED_IN = patterns.compile(r"(?:Đăng|Posted)[^\x00|]{0,40}?\s(?:trong|in)\s")
# … or up to the dash after its clock before the category link (Canalblog's `Publié par <a>…
# </a> à 07:45 - <a>Nuôi hàu</a>`).
CLOCK_THEN_DASH = patterns.compile(
    r"\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:SA|CH|AM|PM|am|pm))?\s+[-–—|·•]\s*$"
)
# The class of a section's name printed without a link above the headline (`print-cate`).
# The line a page builder prints over the headline for it (Tilda's `t-uptitle`) too.
SECTION_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:cate|categor(?:y|ies)|chuyen-?muc|danh-?muc|up-?title)(?:$|[\s_-])", re.I
)
# … and the word closing a camel-case class, no separator before it (K2's `itemCategory`), or
# opening a camel-case name of what shows the category (a styled component's
# `styled__CategoryLink-sc-…`).
CAMEL_CATEGORY = patterns.compile(
    r"[a-z]Categor(?:y|ies)(?:$|[\s_A-Z-])"
    r"|(?:^|[\s_-])Category(?:Link|Badge|Chip|Label|Name|Pill|Tag)(?:$|[\s_-])"
)
# … and the class of the section's name printed above the headline without a link: those, their
# short form (a print view's `print-cat`), the section's own (an e-paper's `ep-section` over
# the kicker and the headline), or the design word for that line (a documentation platform's
# `eyebrow`, the group's name over the page's title).
SECTION_BADGE_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:cat|cate|categor(?:y|ies)|chuyen-?muc|danh-?muc|up-?title|section|eyebrow)"
    r"(?:$|[\s_-])",
    re.I,
)
# A section's name: words, no date, no arrow (`« Quay lại`); a programme's number may close it
# (`Chương trình 135`, `MTQG 1719`): one number of three digits or more after the words, not a
# year (`Tin tức 2025` is an archive's, no section).
SECTION_NAME = patterns.compile(r"[^\W\d_][^\d«»<>|]*?(?:\s(?!(?:19|20)\d\d$)\d{3,})?$")
# The address of a category's page: its path's folder for categories, then the category's name,
# also routed in the query (Dotclear's `index.php?category/Hoat-dong`) or named by a query's
# parameter (a flat-file blog's `?module=blog&page=viewcategory&category=thong-bao`).
SECTION_PATH = patterns.compile(
    r"[/?](?:categories|category|chuyen-muc|danh-muc)/[^/?#]+/?(?:$|[?#])"
    r"|[?&]category=[^&#]+(?:$|[&#])"
    # a link aggregator's community at the site's root (Lemmy's `/c/dulichbui`, a board)
    r"|^(?:https?://[^/]+)?/c/[\w.-]+(?:@[\w.-]+)?/?$"
)
TAG_PAGE = patterns.compile(r"/tags?/[^/?#]+/?(?:$|[?#])")  # a tag's page: `/tags/hang-dong`
ONE_FOLDER = patterns.compile(r"/[^/.]+/")  # a folder under the front page: `/e-magazine/`
# A box listing the page's categories by its class or id (a wiki's `categoryList`), and the
# word of a category's page in a link's address (`/_category/Tiêm chủng`, `/categories/…`).
CATEGORY_LIST = patterns.compile(r"(?:^|[\s_-])categor(?:y|ies)-?list(?:$|[\s_-])", re.I)
CATEGORY_WORD = patterns.compile(r"(?i)[/_?=]categor(?:y|ies)\b")
# The words filing a photo in an album before the album's link (`trong album`, `in album`), as
# printed and as folded at the end of the words before the link.
IN_ALBUM = patterns.compile(r"(?i)(?:trong|in)\s+album")
IN_ALBUM_CLOSING = patterns.compile(r"(?:^|\s)(?:trong|in)\s+album\s*$")
ALBUM_NAME = patterns.compile(r"[^\W\d_][^«»<>|]*$")  # an album's name: words, its year too
# A box of the post's details by its class word (`post-meta`, `entry-meta`, `article-meta`).
POST_META_CLASS = patterns.compile(r"(?:^|[\s_-])(?:post|entry|article)-meta(?:$|[\s_-])", re.I)
MAX_SECTION_LEVELS = 3  # the headline, and the blocks it opens, looked above
# … and for the section's name over them: an entry's box in the main column in a grid under the
# section's title (`<h1>Tin hoạt động</h1><div class="grid"><div class="main"><div
# class="entry"><h2>…`).
MAX_SECTION_ABOVE = 4
STAMP_TAGS = frozenset({"span", "strong", "b", "em", "i", "a", "font"})
# Elements running inside a line of text: a cell holding only these holds no block of its own.
INLINE_TAGS = frozenset({*STAMP_TAGS, "br", "img", "u", "small", "sup", "sub", "time"})
SUMMARY_SELECTORS = (
    ".sapo",
    ".desc",
    ".detail-sapo",
    ".article__sapo",
    "p.description",
    ".chapeau",
    ".lead",
    ".pHead",
    ".sapo_detail",
    ".singular-sapo",
    ".content-detail-sapo",
    "h2.sapo",
    ".summary",
    ".article-summary",
    ".hometext",
    "[itemprop=description]",
    "[data-framer-name=Excerpt]",  # a Framer site's CMS excerpt, in a layer named for it
)
# One selector list: a single pass over the tree instead of one per selector.
ANY_SUMMARY = ", ".join(SUMMARY_SELECTORS)


# A lead known by its class word where the selectors above do not name it: `span.Lead`,
# `div.news-sapo`, `field-name-field-tom-tat`, SPIP's `chapo`, the newsroom's spellings `p.lede`
# and `p.standfirst`, the long-form readers' `p.story-dek`, the Nordic newsroom products'
# `ingress` (`p.pbs-ingress`), the Spanish ones' `entradilla` (`h2.mln-entradilla`), a blog
# entry's `introduction` part printed over its `body` part (PivotX's `<div class="introduction">`),
# or the article's lead named in camel case (`edn_articleSummary`, `newsSapo`, or after the
# `fs` prefix of a school platform's classes, Finalsite's `fsSummary`; not a layout's
# `squareLeadLeft` or `aiSummaryContent`), or the short text a news module prints
# before the long one (WebsiteBaker's `post-short`, eZ Publish's `attribute-short`), or the
# text of the article's heading block (Tiki's `articleheadingtext` beside the topic's icon), or
# its description in Vietnamese (`tin-mo-ta`: `mô tả`; `tom-luoc`: `tóm lược`, as `tom-tat`), or
# its description named as the post's (a static blog theme's `<p class="post-desc">` under the
# `<h1>`).
LEAD_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:sapo|lead|lede|dek|standfirst|ingress|entradilla|chapeau|chapo|summary"
    r"|hometext|tom-?(?:tat|luoc)|(?:post|entry|article)-desc"
    r"|excerpt|(?:article|news|post|entry|story)-?heading-?text"
    r"|intro(?:text|duction)?|(?:post|attribute)-short|mo-?ta"
    r"|(?:article|news|post|entry|story|detail|fs)(?-i:Sapo|Lead|Chapeau|Summary|Excerpt|Intro))"
    r"(?:$|[\s_-])",
    re.I,
)
TEST_ID = "data-testid"  # the attribute an app's tests find its parts by
# A line of counts, its facts apart by a dot or a bar (`Đồng ý 14 · Phản đối 3`).
TALLY_SEPARATOR = patterns.compile(r"\s+[·•|]\s+")
MIN_TALLY_FACTS = 2
MAX_TALLY_FACT = 30  # characters of one count and its words
# A summary a machine wrote, by its class (`ai-summary`, `summary-ai`, `ai_tomtat`).
MACHINE_SUMMARY = patterns.compile(
    r"(?:^|[\s_-])(?:ai[_-]?(?:summary|tom-?tat)|(?:summary|tom-?tat)[_-]ai)(?:$|[\s_-])", re.I
)
# An abstract's class word (`abstract`, Ametys' `content-abstract`): a lead where the full
# text is printed beside it (`_abstract_beside_text`), else the text itself.
ABSTRACT_CLASS = patterns.compile(r"(?:^|[\s_-])abstract(?:$|[\s_-])", re.I)
# An introduction named in BEM as another block's element (BBC's `story-body__introduction`):
# the opening paragraph of the text that block holds, no lead printed apart from it.
BEM_INTRODUCTION = patterns.compile(r"__introduction(?:$|[\s_-])", re.I)
# The class word of the lead a CMS prints beside the headline as the article's teaser
# (Contao's `<div class="teaser">`); elsewhere the word names other articles' cards.
TEASER_CLASS = patterns.compile(r"(?:^|[\s_-])teaser(?:$|[\s_-])", re.I)
# The class of a deck right under the headline (Clean Blog's `<h2 class="subheading">`,
# Brightspot's `ArticlePage-subHeadline`); in other places the words name a section's or a
# card's second title.
DECK_CLASS = patterns.compile(r"(?:^|[\s_-])sub-?(?:heading|headline|title|head)(?:$|[\s_-])", re.I)
# A paragraph drawn with a large first letter (`has-dropcap`, `has-drop-cap`, `dropcap`) opens
# the text, whatever else its class words say (`has-dropcap__lead-standard-heading`).
DROP_CAP = patterns.compile(r"drop-?cap", re.I)
# A player's element: HTML's own, or video.js's custom one (`<video-js>`, Brightcove's).
PLAYERS = XPath(".//video | .//audio | .//video-js")
# Word's subtitle style, kept by a document saved as a web page.
WORD_SUBTITLE = patterns.compile(r"(?:^|\s)MsoSubtitle(?:$|\s)")
MIN_LEAD = 30  # characters
# The label a template prints in front of the lead, folded (`Tóm tắt:`, `Tóm lược`, `Sapo:`).
LEAD_LABEL = patterns.compile(r"(?:tom tat|tom luoc|sapo)\s*:?")
MAX_DATED_LINE_WORDS = 6  # words beside the date of a publish line: a name, a weekday, `lúc`
DESCRIPTION_ELEMENTS = frozenset({"desc", "description"})  # BEM elements of a component's text
DESCRIPTION_CLASS = patterns.compile(r"(?:^|[\s_-])desc(?:ription)?(?:$|[\s_-])", re.I)
# A newsroom's deck (`p.deck`): right before the text it is the lead; elsewhere the word names
# a row of cards (`card-deck`).
DECK_WORD = patterns.compile(r"(?:^|[\s_-])deck(?:$|[\s_-])", re.I)
TEASER_LEVELS = 3  # levels from a summary up to the list item it teases in
MIN_LEAD_SENTENCE = 80  # characters of a lead told by its place alone
MAX_STAMP = 30  # characters of a location or outlet stamp in front of the lead
WORD = patterns.compile(r"[^\W_]{2,}")  # two letters or digits or more
KICKER = patterns.compile(r"(?<=\w):\s+")  # `Bài 2: `, `Gỡ nút thắt cao tốc Bắc - Nam: `
# `Hướng dẫn` (a guide to) opening a help article's description before its title (folded),
# and the words the description may add after the title.
GUIDE_OPENING = patterns.compile(r"huong dan (?:cach )?")
MAX_GUIDE_TAIL_WORDS = 8
MIN_SITE_NAME_WORDS = 3  # a site's name a description spells out: not one word of it
MIN_INITIALS = 3  # letters of an abbreviation closing a site's name (`VNTLAS`), no word
# What a website calls itself opening its description, folded: the e-information page or
# portal of the law's wording (`Trang thông tin điện tử`, `Cổng TTĐT`), `Website`.
WEBSITE_OPENING = patterns.compile(r"(?:trang|cong)\s+(?:thong\s+tin\s+dien\s+tu|ttdt)\b|website\b")
# … or as an office's page or portal, in one short sentence (`Trang thông tin của …`).
PORTAL_BLURB = patterns.compile(
    r"\s*(?:trang|cong)\s+(?:thong\s+tin|gop\s+y|dich\s+vu\s+cong)\s[^.!?]*?\bcua\s[^.!?]+[.]?\s*"
)
MAX_PORTAL_BLURB = 100  # characters of such a sentence
# A show's blurb calling itself a podcast (`Podcast giao thông hằng tuần của Đài …`), folded.
SHOW_OPENING = patterns.compile(r"podcast\s")
MIN_SHARED_WORDS = 0.5  # of a description's words found in the text: a lead's are
NAME_LINE_SLACK = 20  # characters of spacing around a name printed on a line of its own


def summary(page: Page) -> str | None:
    """The lead (sapo) after the headline and nearest it (by a lead selector, else by a class
    word), else the page description (unless it only repeats the headline or cuts the
    headline and the text after it short, is too short to be a lead, is the site's slogan (its
    name first) or says nothing of the article: then a paragraph closing the headline's
    block, or set apart over the cover picture, is). A location or outlet stamp in front of
    the lead is not part of it. A feed's one item (`feed_item`) has its `<description>`."""
    item = feed_item(page)
    described = item.find("description") if item is not None else None
    if described is not None and (text := lead_text(described)):
        return text
    anchor = headline_element(page)
    sources = ((lambda: page.select(ANY_SUMMARY), 1), (lambda: _lead_named(page), MIN_LEAD))
    title = headline(page)
    for candidates, least in sources:
        leads = {
            el: text
            for el in candidates()
            if len(text := lead_text(el)) >= least
            and text != title  # a status's subject, classed as its summary, is its headline
            and not in_zone(page, el)
            and not _hidden(el)
            and not _teaser_in_list(page, el)
            and not _navigation(el)
            and not _lead_art(el)
            and not _other_language(page, el)
            and el is not body_container(page)  # a video's description that is its whole text
            and not _holds_text(page, el)
        }
        found = [
            (
                anchor is not None and position(page, el) < position(page, anchor),
                distance(page, el),
                text,
            )
            for el, text in leads.items()
            if not _holds_lead(el, leads)
        ]
        if found:  # the lead after the headline, nearest it: teasers and notices come first
            return min(found, key=lambda found: found[:2])[2]
    if anchor is not None and (
        teaser := _teaser_beside_headline(anchor)
        or _labelled_lead(page, anchor)
        or _deck(page, anchor)
        or _set_apart_under(page, anchor)
        or _component_description(page, anchor)
        or _abstract_beside_text(page)
        or _emphasised_over_text(page, anchor)
        or _bold_under_headline(anchor)
        or _bold_line_opening_lines(page)
    ):
        return teaser
    described = page.meta.get("og:description") or page.meta.get("description")
    if described and (
        len(described) < MIN_LEAD
        or (title and _retitled(described, title))
        or (title and _guide_to(described, title))
        or (title and _excerpt(described, title))
        or opens_with_site_name(page, described)
        or _names_office_over_headline(page, described)
        or _named_in_furniture(page, described)
        or _office_named(page, described)
        or _office_s_work(page, described)
        or _slogan_over_headline(page, described)
        or _spells_out_site_name(page, described)
        or _calls_itself_a_website(page, described)
        or _app_description(page)
        or SHOW_OPENING.match(fold(described)) is not None
        or (title and _quotes_title(described, title))
        or _portal_blurb(described)
        or (title and _says_nothing_of(page, described, title))
        or (title and _blurb_naming_site(page, described, title))
        or (title and _describes_site(page, title))
        or _repository_wiki(page)
        or FILE_NAME_CLOSING.search(described) is not None
        or CALL_TO_ACT_CLOSING.search(fold(described)) is not None
        or _web_page_blurb(page, described)
    ):
        # a site's slogan (`Thống kê Hưng Yên`, `Diễn đàn X - nơi …`), the headline or the
        # platform's blurb
        return _closing_headline_block(page) or _apart_over_picture(page)
    return described


# A directory's call to play an episode, opening its description (`Listen to <title> …`).
LISTEN_TO = patterns.compile(r"(?i)\s*(?:listen\s+to|nghe)\s+")
# A picture's file name closing a description (a gallery's generated `Mã QR ở chợ Phường 3 -
# loa-bao-tien-cho-phuong-3.jpg`): the picture's title and file, no lead.
FILE_NAME_CLOSING = patterns.compile(r"(?i)\S+\.(?:jpe?g|png|gif|webp|heic|tiff?)\s*$")
# A call to act closing a description (`… Đăng ký ngay.`, `Mua ngay!`, `Gọi ngay`), folded: a
# campaign's advert for the page, no lead written for its text.
CALL_TO_ACT_CLOSING = patterns.compile(
    r"(?:^|\s)(?:dang\s*ky|mua|dat\s*(?:hang|cho|lich)?|goi|lien\s*he|tai)\s+ngay\W*$"
)


def _quotes_title(described: str, title: str) -> bool:
    """The description asks the reader to listen to the headline, quoted whole (a podcast
    directory's `Listen to <headline> and 212 more episodes by <show>, free!`): a template
    wrapped around the title, no lead written for the text. A sentence of the text holding
    the headline's words (`Nhà trường tổ chức <headline> dành cho …`) may be one."""
    said = " ".join(described.split())
    at = said.find(" ".join(title.split()))
    return at > 0 and LISTEN_TO.fullmatch(said[:at]) is not None


def _web_page_blurb(page: Page, described: str) -> bool:
    """The description is the one a `WebPage` JSON-LD gives, on a page no JSON-LD types as an
    article (a handbook's page built with a documentation theme, its SEO tag's `WebPage`), and
    the page prints it nowhere: the page's blurb for search engines, no lead of its text."""
    if page.article_ld:
        return False
    said = " ".join(described.split())
    typed = any(
        obj.get("@type") == "WebPage" and " ".join(str(obj.get("description", "")).split()) == said
        for obj in page.json_ld
    )
    body = page.root.find("body")
    return typed and body is not None and said not in text_of(body)


def _other_language(page: Page, el: _Element) -> bool:
    """`el` declares a language other than the page's (an H'Mông page's `<div class="tomtat"
    lang="vi">` summary in Vietnamese after the text): a version for other readers, not the
    page's lead."""
    own = (el.get("lang") or "").lower().split("-")[0]
    page_lang = (page.root.get("lang") or "").lower().split("-")[0]
    return bool(own) and bool(page_lang) and own != page_lang


def _lead_art(el: _Element) -> bool:
    """A block classed as the lead that is a picture's figure, part of one, or holds only one
    and its caption (Arc XP's `<figure class="b-lead-art">`, Brightspot's `<div
    class="ArticlePage-lead"><figure>…</figure></div>`): the lead art over the text, its
    caption no lead."""
    if el.tag == "figure" or any(up.tag == "figure" for up in el.iterancestors()):
        return True
    figures = el.findall(".//figure")
    return (len(figures) == 1 and text_of(figures[0]) == text_of(el)) or _captioned_picture(el)


def _captioned_picture(el: _Element) -> bool:
    """`el` holds one picture and prints only its caption's words (an intranet's `<div
    class="blog-article-teaser-image"><img …><div class="image-caption">…</div></div>`): the
    teaser picture, as a figure is."""
    if len(el.findall(".//img")) != 1:
        return False
    return any(
        CAPTION_CLASS.search(part.get("class") or "") and text_of(part) == text_of(el)
        for part in el.iterdescendants("*")
    )


def _holds_text(page: Page, el: _Element) -> bool:
    """`el` holds the text's container (a landing page's `<section class="section-intro">`
    around its rich-text block): a section of the page named for its place, not a lead."""
    container = body_container(page)
    return container is not None and any(up is el for up in container.iterancestors())


def _holds_lead(el: _Element, leads: dict[_Element, str]) -> bool:
    """`el` holds another of the leads found (`<section class="intro">` around `<div
    class="sapo">` and an Emagazine's chapter list): the box of the lead, holding more."""
    return any(other in leads for other in el.iterdescendants())


def _lead_named(page: Page) -> list[_Element]:
    """The elements a lead's class word names, but for a paragraph set with a drop cap or
    named as the introduction of the block holding the text (`story-body__introduction`): the
    text's first paragraph, which the body would leave out as a lead printed apart; and a box
    holding a player (Brightspot's `ArticlePage-lead`: the lead media, the video and the
    programme's air times under it, no words of a lead); a box holding a `<time>` (Elgg's
    `elgg-listing-summary-subtitle` with the owner, the time, the group and the comments):
    the article's line of facts, which a lead never prints; nor a summary a machine wrote, its
    class saying so (`<div class="ai-summary"><h4>Tóm tắt nhanh (AI)</h4><ul>…`), which is no
    words of the article; nor the block holding the text (a campaign platform's `<div
    class="intro">` around the whole post, its pictures too), whose first paragraph may be.
    An app whose classes are hashed (`css-1rynq56`) names its parts in test ids instead
    (`data-testid="article-sapo"`): a lead's word there names it as a class word would."""
    tested = [
        el
        for value in page.attribute_values(TEST_ID)
        if LEAD_CLASS.search(value)
        for el in page.bearing(TEST_ID, value)
    ]
    return [
        el
        for el in sorted({*named(page, LEAD_CLASS), *tested}, key=page.order.__getitem__)
        if not DROP_CAP.search(classes := el.get("class") or "")
        and not BEM_INTRODUCTION.search(classes)
        and not MACHINE_SUMMARY.search(classes)
        and not PLAYERS(el)
        and el.find(".//time") is None
        and el is not body_container(page)
        and not _tally(el)
    ]


def _tally(el: _Element) -> bool:
    """`el` prints a line of counts alone, each a short fact holding a number (a poll's
    `<div class="poll-common-stance-summary">Đồng ý 14 · Băn khoăn 2 · Phản đối 3 · 19/31 đã
    biểu quyết</div>`): a summary of votes or figures, no lead's sentence."""
    facts = TALLY_SEPARATOR.split(text_of(el))
    return len(facts) >= MIN_TALLY_FACTS and all(
        len(fact) <= MAX_TALLY_FACT and any(c.isdigit() for c in fact) for fact in facts
    )


def _teaser_beside_headline(anchor: _Element) -> str | None:
    """The article's teaser printed in the headline's own block after it (`<h1>`, the date
    line, `<div class="teaser"><p>…</p></div>`, the text): prose, no link, no teaser picture's
    caption (`_lead_art`). Another article's teaser is a card somewhere else, with a link to
    it."""
    for el in anchor.itersiblings():
        if isinstance(el.tag, str) and TEASER_CLASS.search(el.get("class") or ""):
            text = text_of(el)
            if len(text) >= MIN_LEAD and el.find(".//a") is None and not _lead_art(el):
                return text
    return None


def _labelled_lead(page: Page, anchor: _Element) -> str | None:
    """A line between the headline's block and the text's that opens with a lead's label in an
    element of its own (Discuz's `<div><strong>Tóm tắt</strong>: Từ ngày …</div>`): the words
    after the label are the lead, the label no part of it."""
    container = body_container(page)
    if container is None:
        return None
    for node in (anchor, *anchor.iterancestors()):
        if any(up is node for up in container.iterancestors()):
            return None
        for block in node.itersiblings():
            if block is container or any(up is block for up in container.iterancestors()):
                return None
            for el in block.iter("div", "p"):
                if (lead := _after_lead_label(el)) is not None:
                    return lead
    return None


def _after_lead_label(el: _Element) -> str | None:
    """The text of `el` after the lead's label opening it in a bold element (`Tóm tắt`,
    `Sapo`, its colon inside or after it), when that text is a sentence of a lead."""
    label = el[0] if len(el) and not (el.text or "").strip() else None
    if label is None or label.tag not in ("strong", "b"):
        return None
    said = text_of(label)
    if not LEAD_LABEL.fullmatch(fold(said).strip()):
        return None
    text = text_of(el)[len(said) :].lstrip(" :")
    return text if len(text) >= MIN_LEAD and text[-1] in ".!?…" else None


def _deck(page: Page, anchor: _Element) -> str | None:
    """The deck printed right under the headline, classed as its subheading (`<h1>…</h1><h2
    class="subheading">…</h2>`): a sentence of prose, no link, no publish line, the article's
    lead."""
    under = element_after(anchor)
    if under is None or not DECK_CLASS.search(under.get("class") or ""):
        return None
    text = text_of(under)
    if len(text) < MIN_LEAD or under.find(".//a") is not None or _dated_line(text, page.fetched_at):
        return None
    return None if _prints_publish_line(page, under) else text


def _prints_publish_line(page: Page, el: _Element) -> bool:
    """`el` holds a publish line the page prints (a published doc's subtitle `Thông báo của Hội
    đồng tuyển sinh — Ngày 1 tháng 12 năm 2026`): the page's facts, whoever it names, no deck."""
    return any(
        v.line is el or any(up is el for up in v.line.iterancestors())
        for v in visible_dates(page)
        if not v.modified
    )


def _set_apart_under(page: Page, anchor: _Element) -> str | None:
    """A block of prose after the headline in its own block, before the text, set apart as
    the headline's subtitle (`role="doc-subtitle"`, Word's `MsoSubtitle` style under a date
    line) or as a quotation (`<blockquote>` under the publish line), no link in it: the lead.
    Inside the text a quotation is a pull quote, and after the text's first paragraph of prose
    (Bear Blog's note under an `<hr>` closing the post; a paragraph in bold, or one a wiki
    types between empty `<p />` tags) it is no lead either; nor is a quotation opening with a
    note's label (`Ghi chú: Số liệu cập nhật đến …`), a note set apart over the text."""
    for el in anchor.itersiblings():
        if not isinstance(el.tag, str):
            continue
        if not (
            el.tag == "blockquote"
            or el.get("role") == "doc-subtitle"
            or WORD_SUBTITLE.search(el.get("class") or "")
        ):
            if el.tag in ("p", "strong", "b") and len(text_of(el)) >= MIN_LEAD_SENTENCE:
                return None  # the text has begun
            if len((el.tail or "").strip()) >= MIN_LEAD_SENTENCE:
                return None  # … typed between empty `<p />` tags (TWiki's paragraphs)
            continue
        text = text_of(el)
        if el.tag == "blockquote" and NOTE_LABEL.match(fold(text)):
            continue
        if len(text) >= MIN_LEAD_SENTENCE and text[-1] in ".!?…" and el.find(".//a") is None:
            return text
    return None


def _teaser_in_list(page: Page, el: _Element) -> bool:
    """`el` is the summary of an item of a list of other articles, beside the link titling it
    (a feed reader's collapsed item: `<li><a href="…">Title</a> <span class="summary">…</span>
    </li>`), or inside the link to another page (a preview card that is one link, `<a
    class="pagePreview" href="…"><div class="title">…</div><div class="summary">…`): that
    article's teaser, not this one's lead."""
    link = next((node for node in self_and_ancestors(el, TEASER_LEVELS) if node.tag == "a"), None)
    if link is not None and link.get("href") and not page.names_itself(link.get("href")):
        return True  # a preview card that is itself a link to the page it previews
    item = next((node for node in self_and_ancestors(el, TEASER_LEVELS) if node.tag == "li"), None)
    return item is not None and any(
        titles_article(link, page) and not any(above is el for above in link.iterancestors())
        for link in item.iter("a")
    )


def _navigation(el: _Element) -> bool:
    """`el` is, holds or sits in a navigation block (a book generator's table of contents
    classed as its summary, GitBook's `<div class="book-summary"><nav role="navigation"><ul
    class="summary">` of the chapters): the book's chapters, no lead."""
    return any(
        node.tag == "nav" or node.get("role") == "navigation"
        for node in (el, *el.iterancestors(), *el.iterdescendants("*"))
    )


def _hidden(el: _Element) -> bool:
    """`el` or a block around it carries the `hidden` attribute: never shown (a reader view's
    copy of the original page), so no lead."""
    return any(node.get("hidden") is not None for node in (el, *el.iterancestors()))


def _dated_line(text: str, now: datetime) -> bool:
    """A date and time with a few words beside it (`Lê Hạnh - 04/12/2025 08:30`): a publish
    line classed as the headline's subtitle (Bulma's `subtitle`), no deck. Read against the
    fetch time, as every date of the page is."""
    found = search_datetime(text, now=now)
    rest = text[: found.start] + text[found.end :] if found is not None else text
    return found is not None and len(WORD.findall(rest)) <= MAX_DATED_LINE_WORDS


def _component_description(page: Page, anchor: _Element) -> str | None:
    """The description the headline's own component prints after it, named in BEM as the
    headline is (`episode__title`, then `<div class="episode__desc">`): a programme's or a
    product's text over the article, its lead, a block of text with no paragraph of its own
    (one of paragraphs is a video's whole text, and so is one the text is read from, its
    parts typed between line breaks). Elsewhere `desc` names any card's blurb."""
    blocks = {
        word.partition("__")[0] for word in (anchor.get("class") or "").split() if "__" in word
    }
    after = position(page, anchor)
    for value in page.attribute_values("class") if blocks else ():
        if not any(
            block in blocks and element in DESCRIPTION_ELEMENTS
            for block, _, element in (word.partition("__") for word in value.split())
        ):
            continue
        for el in page.bearing("class", value):
            text = text_of(el)
            if (
                position(page, el) > after
                and len(text) >= MIN_LEAD
                and el.find(".//a") is None
                and el.find(".//p") is None  # paragraphs of its own: the text, not its lead
                and el is not body_container(page)
            ):
                return text
    return None


def _abstract_beside_text(page: Page) -> str | None:
    """A journal article's abstract (`<p class="abstract">` under its `Tóm tắt` heading), or a
    CMS's abstract block (Ametys' `<div class="content-abstract">` under the date line), printed
    over the full text, which holds more prose outside it: the article's lead. An abstract page
    whose text is the abstract has none (the abstract is the body). A box around the abstract
    (`abstract-box`, its heading and the keywords beside it) is not it."""
    container = body_container(page)
    abstracts = named(page, ABSTRACT_CLASS) if container is not None else []
    for el in abstracts:
        if el is container or any(node is el for node in container.iterancestors()):
            continue
        if any(
            other is not el and any(n is el for n in other.iterancestors()) for other in abstracts
        ):
            continue
        own = prose(el)
        inside = any(node is container for node in el.iterancestors())
        text = " ".join(text_of(p) for p in el.iter("p")) if el.tag != "p" else text_of(el)
        if len(text) >= MIN_LEAD and prose(container) - (own if inside else 0) >= MIN_BODY:
            return text
    return None


def _emphasised_over_text(page: Page, anchor: _Element) -> str | None:
    """A paragraph of prose set apart in bold or italics (by its tags, its style or a utility
    class), or classed as the description, right before the text's container, after the
    headline: the lead printed over the text (an archive's bold `<div style="font-weight:bold">`,
    a template's `<p class="italic">`, a plain `<div class="post-desc"><p>…</p></div>`),
    whatever the description says. Right before the text, a description is no card's blurb."""
    container = body_container(page)
    before = element_before(container) if container is not None else None
    if before is not None and position(page, before) > position(page, anchor):
        line = _emphasised_first_line(before)
        if line:
            return line
    if (
        before is None
        or before.tag not in ("p", "div")
        or position(page, before) < position(page, anchor)
        or before.find(".//a") is not None
        or before.find(".//img") is not None
    ):
        return None
    text = text_of(before)
    if len(text) < MIN_LEAD_SENTENCE or text[-1] not in ".!?…":
        return None
    if DESCRIPTION_CLASS.search(before.get("class") or "") or DECK_WORD.search(
        before.get("class") or ""
    ):
        return lead_text(before)  # without a stamp glued in front (`<span>Long An</span>Hợp…`)
    return text if emphasised(before, text) else None


def _emphasised_first_line(block: _Element) -> str | None:
    """The first line of a paragraph, all of it in italics or bold, a `<br>` closing it and the
    line under it the post's facts (a tracker's news: `<p><em>Ủy ban … năm 2027.</em><br><span
    class="author">Thêm bởi … 2 ngày trước</span></p>`): the lead, the facts no part of it."""
    first = block[0] if block.tag == "p" and len(block) else None
    if (
        first is None
        or (block.text or "").strip()
        or first.tag not in ("em", "i", "strong", "b")
        or (first.tail or "").strip()
        or first.getnext() is None
        or first.getnext().tag != "br"
        or first.find(".//a") is not None
    ):
        return None
    text = text_of(first)
    return text if len(text) >= MIN_LEAD_SENTENCE and text[-1] in ".!?…" else None


def _bold_under_headline(anchor: _Element) -> str | None:
    """The first paragraph of prose after the headline in its own block, all of it bold, with
    no paragraph of prose in bold after it: the lead a writer sets bold over the text of a
    document or a newsletter (`<h1>`, the date line, `<p><b>…</b></p>`, `<p>…</p>`), whatever
    the page's description says. Short lines before it (a date line) are passed over. A
    headline alone in an e-mail's layout cell (`<tr><td><h1>`) is followed by the blocks of
    the rows under its row (`_under_in_rows`)."""
    lead = None
    for el in _under_in_rows(anchor) or anchor.itersiblings():
        if not isinstance(el.tag, str) or len(text := text_of(el)) < MIN_LEAD_SENTENCE:
            continue
        if lead is not None:
            return lead if el.tag in ("p", "div", "td") and not _bold(el) else None
        if (
            el.tag not in ("p", "div", "td")
            or el.find(".//a") is not None
            or text[-1] not in ".!?…"
        ):
            return None
        if not _bold(el):
            return None
        lead = text
    return lead


def _under_in_rows(anchor: _Element) -> list[_Element]:
    """The blocks of the layout rows under the headline's own, cell by cell, when the
    headline is alone in its cell (an e-mail's web version sets each block in a row of its
    own: `<tr><td><h1>…</h1></td></tr><tr><td><p><strong>…</strong></p></td></tr>`), or is the
    cell alone in its row (a table layout's `<td class="NewsTitle">`); else none. A cell of
    inline text only (`<td><b>…</b></td>`) is one block."""
    cell = anchor if anchor.tag == "td" else anchor.getparent()
    row = cell.getparent() if cell is not None else None
    if cell is None or cell.tag != "td" or row is None or row.tag != "tr":
        return []
    if cell is anchor:
        if len(row.findall("td")) != 1:
            return []
    elif (cell.text or "").strip() or (anchor.tail or "").strip() or len(cell) != 1:
        return []
    return [
        block
        for after in row.itersiblings("tr")
        for td in after.iterchildren("td")
        for block in _cell_blocks(td)
    ]


def _cell_blocks(td: _Element) -> list[_Element]:
    """A layout cell's blocks: its elements, or the cell itself when it holds inline text
    only (a bold run, a picture and its caption between `<br>`s)."""
    inner = [child for child in td.iterchildren() if isinstance(child.tag, str)]
    if all(child.tag in INLINE_TAGS for child in inner):
        return [td]
    return inner


def _bold_line_opening_lines(page: Page) -> str | None:
    """A text typed as lines between `<br>`s that opens with a bold line of prose (a journal
    entry's `<b>(QNO) - Sau khi …</b><br><br>Vụ việc …`): the lead the writer sets bold over
    the entry, whatever the description says (its stamp is the normalizer's to strip)."""
    container = body_container(page)
    if container is None or (container.text or "").strip() or not len(container):
        return None
    first = container[0]
    after = first.getnext()
    if first.tag not in ("b", "strong") or (first.tail or "").strip():
        return None
    if after is None or after.tag != "br":
        return None
    text = text_of(first)
    return text if len(text) >= MIN_LEAD_SENTENCE and text[-1] in ".!?…" else None


def _bold(el: _Element) -> bool:
    return all_bold(el) or bold_itself(el)


def _retitled(described: str, title: str) -> bool:
    """The description is the headline, or the headline's words under another kicker (a
    series' name for the part's `Bài 2: `: `Gỡ nút thắt …: Thiếu cát đắp nền …` over `Bài 2:
    Thiếu cát đắp nền …`), a photo credit closing it or not (a photo service's `Bộ ảnh 8 ảnh:
    <headline>. Ảnh: …`): a title, not a lead."""
    said, headline = fold(described), fold(title)
    if said == headline:
        return True
    rest = KICKER.split(said, maxsplit=1)[-1]
    if rest.startswith(headline) and PHOTO_LINE.match(rest[len(headline) :].lstrip(" .")):
        rest = headline
    return rest != said and rest in (headline, KICKER.split(headline, maxsplit=1)[-1])


def _guide_to(described: str, title: str) -> bool:
    """The description is `Hướng dẫn` (a guide to) before the headline's words and a few more
    (`Hướng dẫn chuẩn hóa thông tin thuê bao bằng căn cước gắn chip trên ứng dụng và tại cửa
    hàng.` under `Chuẩn hóa thông tin thuê bao bằng căn cước gắn chip`): a help centre's
    title for its article restated, not a lead telling a story."""
    said, headline = " ".join(fold(described).split()), " ".join(fold(title).split())
    guide = GUIDE_OPENING.match(said)
    rest = said[guide.end() :] if guide else ""
    return (
        bool(headline)
        and rest.startswith(headline)
        and (len(rest[len(headline) :].split()) <= MAX_GUIDE_TAIL_WORDS)
    )


def _describes_site(page: Page, title: str) -> bool:
    """The metadata describes the website (`og:type` `website`) under titles none of which is
    the headline: a page builder's pitch for the site on every page, not the article's lead."""
    headline = fold(title)
    return site_titled(page) and all(
        fold(strip_site_name(page, meta)) != headline for meta in meta_titles(page)
    )


def _repository_wiki(page: Page) -> bool:
    """The page is a repository's wiki page on a code forge (`/<owner>/<repo>/wiki/<page>`,
    GitLab's `/<group>/<project>/-/wikis/<page>`): its description is the repository's, the
    same on every page of the wiki and printed on none, no lead."""
    return bool(REPOSITORY_WIKI.match(urlsplit(page.url).path))


def _closing_headline_block(page: Page) -> str | None:
    """A paragraph of prose right under the headline that closes the headline's own block (a
    site builder's title block: a kicker, the `<h1>`, a `<div>` of prose): the lead, on a page
    whose description says nothing of the article."""
    anchor = headline_element(page)
    if anchor is None or (anchor.tail or "").strip():
        return None
    under = anchor.getnext()
    if under is None or under.tag not in ("p", "div") or under.getnext() is not None:
        return None
    if len(under) or (under.tail or "").strip():  # text only: no link, no box
        return None
    text = text_of(under)
    return text if len(text) >= MIN_LEAD_SENTENCE and text[-1] in ".!?…" else None


def _names_office_over_headline(page: Page, described: str) -> bool:
    """The description is an office's name (`Chi cục Thú y tỉnh X`) whose every word the page
    prints before the headline (its banner's `SỞ … TỈNH X` over `CHI CỤC THÚ Y`): the site's own
    name on every page, no lead. A lead is a sentence, its words the text's."""
    anchor = headline_element(page)
    if anchor is None or described.rstrip()[-1:] in ".!?…" or not is_organisation(described):
        return False
    words = set(WORD.findall(fold(described)))
    before: set[str] = set()
    for el in page.root.iter():
        if el is anchor:
            break
        if isinstance(el.tag, str) and el.tag not in ("script", "style", "title", "head"):
            before.update(WORD.findall(fold(el.text or "")))
            before.update(WORD.findall(fold(el.tail or "")))
    return bool(words) and words <= before


def _office_named(page: Page, described: str) -> bool:
    """On a Vietnamese page, the description is an office's name and no sentence (`Phòng Cảnh
    sát PCCC và CNCH Công an thành phố Hải Phòng`): the office running the site, described so
    on every page, wherever the page prints its name or not. A lead is a sentence telling the
    article's story; a text naming the office in its first words does not make it one."""
    return (
        described.rstrip()[-1:] not in ".!?…" and is_vietnamese(page) and is_organisation(described)
    )


def _office_s_work(page: Page, described: str) -> bool:
    """On a Vietnamese page, the description is no sentence and closes with the office its
    `author` meta names (`Sổ tay nghiệp vụ của Thanh tra Sở Xây dựng` under the author
    `Thanh tra Sở Xây dựng`): the office's work the site is (a handbook, a portal), described
    so on every page. A lead is a sentence telling the article's story."""
    office = " ".join(page.meta.get("author", "").split())
    said = " ".join(described.split())
    return (
        bool(office)
        and said[-1:] not in ".!?…"
        and is_vietnamese(page)
        and is_organisation(office)
        and said != office
        and said.endswith(office)
    )


def _named_in_furniture(page: Page, described: str) -> bool:
    """The description is an office's or a site's name, no sentence (`Trang thông tin điện tử
    Sở …`), that a line of the page's furniture prints whole (the footer's `TRANG THÔNG TIN
    ĐIỆN TỬ SỞ …` in capitals): the site's own name on every page, no lead. So is a
    description opening with such a name before a separator (`Hợp tác xã … bản Lướt -
    homestay, ẩm thực …`) where a line of the furniture opens with the name (the footer's
    `Hợp tác xã … bản Lướt · Thành lập …`): the site's pitch on every page."""
    name = SEPARATOR.split(described.strip(), maxsplit=1)[0]
    opening = name != described.strip()
    if (not opening and described.rstrip()[-1:] in ".!?…") or not is_organisation(name):
        return False
    key = " ".join(fold(name).split())
    return any(
        len(key) <= len(own)
        and (opening or len(own) <= len(key) + NAME_LINE_SLACK)
        and ((folded := " ".join(fold(own).split())) == key or opening)
        and (folded == key or folded.startswith(f"{key} "))
        and in_zone(page, el)
        for el, own in own_texts(page)
    )


def _slogan_over_headline(page: Page, described: str) -> bool:
    """The description is a line the page's furniture prints whole before the headline, no
    link (the masthead's `<p class="slogan">`): the site's slogan on every page, no lead. A
    lead printed again in a related box sits after the article, in a link's card."""
    anchor = headline_element(page)
    if anchor is None:
        return False
    key = " ".join(fold(described).split())
    at = position(page, anchor)
    for el, own in own_texts(page):  # in document order: the lines before the headline only
        if key and (not own or own.isspace()):
            continue  # no line (the indentation between blocks), never the slogan
        if position(page, el) >= at:
            return False
        if (
            " ".join(fold(own).split()) == key
            and in_zone(page, el)
            and el.find(".//a") is None
            and next(el.iterancestors("a"), None) is None
        ):
            return True
    return False


def _spells_out_site_name(page: Page, described: str) -> bool:
    """The description opens with the site's name as the title prints it beside the headline
    and holds all its words in order, a few more between them (`Hướng dẫn sử dụng các hệ thống
    thông tin dùng chung của tỉnh X` beside `… - Hướng dẫn sử dụng hệ thống dùng chung`): the
    site describing itself, as a documentation site does on every page. An abbreviation of the
    name in capitals is spelled out by the words its letters open (`Mạng Công nhân KCN` in
    `Mạng xã hội của công nhân các khu công nghiệp`); one closing the name, no sentence opening
    with the words before it, by words its letters need not open (`Sổ tay VNTLAS` and `Sổ tay
    hệ thống bảo đảm gỗ hợp pháp …`: the initials of the system's English name)."""
    words = WORD.findall(fold(described))
    for title in meta_titles(page):
        headline = strip_site_name(page, title)
        if not headline or headline == title.strip() or headline not in title:
            continue
        name = WORD.findall(title.replace(headline, ""))
        if (
            len(name) >= MIN_SITE_NAME_WORDS
            and words[:1] == [fold(name[0])]
            and _holds_in_order(words, name)
        ):
            return True
        if len(name) >= MIN_SITE_NAME_WORDS and _opens_before_initials(described, words, name):
            return True
    return False


def _opens_before_initials(described: str, words: list[str], name: list[str]) -> bool:
    """`described` (its folded `words`), no sentence, opens with the words of the site's `name`
    before the abbreviation in capitals closing it, and holds more words than the name: the
    name spelled out, whatever language the abbreviation's letters open words of."""
    *kind, initials = name
    return (
        len(initials) >= MIN_INITIALS
        and initials.isupper()
        and not any(word.isupper() for word in kind)
        and described.rstrip()[-1:] not in ".!?…"
        and words[: len(kind)] == [fold(word) for word in kind]
        and len(words) > len(name)
    )


def _holds_in_order(words: list[str], name: list[str]) -> bool:
    """`words` (folded) hold each word of `name` (as printed) in order, a few more between
    them; an abbreviation in capitals among words that are not (`KCN`) held as the words its
    letters open (`khu công nghiệp`)."""
    at = 0
    for printed in name:
        word = fold(printed)
        spelled = printed.isupper() and not all(other.isupper() for other in name)
        while at < len(words) and words[at] != word:
            if spelled and "".join(w[0] for w in words[at : at + len(word)]) == word:
                at += len(word) - 1
                break
            at += 1
        if at == len(words):
            return False
        at += 1
    return True


def _app_description(page: Page) -> bool:
    """The page is a route of a single-page app (`…/#/tin/khoa-dong`, `HASH_ROUTE`): its head is
    the app's one document, the same for every route, and its description the app's."""
    return HASH_ROUTE.match(urlsplit(page.url).fragment) is not None


def _calls_itself_a_website(page: Page, described: str) -> bool:
    """The description opens by calling the page a website (`Trang thông tin điện tử của …`,
    `Cổng thông tin điện tử …`, `Website …`) and names the site as the title does after the
    headline (`… - Văn nghệ Quảng Trị`), or opens with a whole title that names the site alone
    (`Cổng thông tin điện tử xã X, tỉnh Y` under `<title>Cổng thông tin điện tử xã X</title>`):
    the site describing itself on every page, no lead."""
    folded = fold(described)
    if not WEBSITE_OPENING.match(folded):
        return False
    words = WORD.findall(folded)
    for title in meta_titles(page):
        named = WORD.findall(fold(title))
        if named and words[: len(named)] == named:
            return True
        headline = strip_site_name(page, title)
        name = " ".join(WORD.findall(fold(title.replace(headline, "")))) if headline else ""
        words = " ".join(WORD.findall(folded))
        if name and headline != title.strip() and f" {name} " in f" {words} ":
            return True
    return False


def _portal_blurb(described: str) -> bool:
    """The description is one short sentence calling the site an office's page or portal
    (`Trang thông tin của Ban Chỉ huy quân sự xã …`, `Cổng góp ý của người dân gửi UBND thành
    phố …`): the site describing itself on every page, no lead."""
    return len(described) <= MAX_PORTAL_BLURB and bool(PORTAL_BLURB.fullmatch(fold(described)))


def _says_nothing_of(page: Page, described: str, title: str) -> bool:
    """The description has no word of the headline (folded: `Mùa` is `mua`) and hardly any of
    the text: the publishing platform's own blurb on every page it serves (`Built with …`). A
    lead may share no word with the headline; it tells the text's story in the text's words.
    A syllable of two letters shared is no word of the headline's (folded, `và` is `vá`)."""
    spelt = _spelling(described, title)
    words = set(WORD.findall(spelt(described)))
    if not words or any(len(word) > 2 for word in words.intersection(WORD.findall(spelt(title)))):
        return False
    container = body_container(page)
    text = set(WORD.findall(spelt(text_of(container)))) if container is not None else set()
    return len(words & text) < len(words) * MIN_SHARED_WORDS


def _spelling(described: str, title: str) -> Callable[[str], str]:
    """How the words of a description are compared with the headline's and the text's: as
    printed (lowercase) where both carry their marks, so a blog's tagline about a reporter
    (`phóng viên`) shares no word with a headline on fire safety (`phòng cháy`); folded where
    either is typed without them (`Mua dong` is the headline's `Mùa đông`)."""
    if MARKED_LETTER.search(described) and MARKED_LETTER.search(title):
        return lambda text: unicodedata.normalize("NFC", text).lower()
    return fold


def _blurb_naming_site(page: Page, described: str, title: str) -> bool:
    """The description names the site, as the title prints its name beside the headline, and
    has no word of the headline (`Nhận thêm từ Đỗ Thành Nhân trên Patreon` under `… | Đỗ Thành
    Nhân`): the platform's blurb for the site's every page, no lead."""
    said = fold(described)
    words = set(WORD.findall(said))
    if any(len(word) > 2 for word in words.intersection(WORD.findall(fold(title)))):
        return False
    for meta in meta_titles(page):
        rest = meta.strip()[len(title) :] if meta.strip().startswith(title) else ""
        name = " ".join(WORD.findall(fold(rest))) if SEPARATOR.match(rest) else ""
        if name and name in " ".join(WORD.findall(said)):
            return True
    return False


def _apart_over_picture(page: Page) -> str | None:
    """A paragraph of prose in a block of its own under the headline and the short lines
    beside it (a date, a view count), with the picture that opens the text right under it and
    the text's block under that (`<h1>`, date line, `<div><p>…</p></div>`, `<div><img></div>`,
    the text): the lead printed over the cover picture, on a page whose description says
    nothing of the article."""
    anchor = headline_element(page)
    block = anchor.getnext() if anchor is not None else None
    while block is not None and (
        not isinstance(block.tag, str)
        or (
            len(text_of(block)) < MIN_LEAD_SENTENCE
            and block.find(".//img") is None
            and block.find(".//p") is None
        )
    ):
        block = block.getnext()
    if block is None or block.tag != "div" or (block.text or "").strip():
        return None
    inner = [child for child in block if isinstance(child.tag, str)]
    if len(inner) != 1 or inner[0].tag != "p" or (inner[0].tail or "").strip():
        return None
    picture = element_after(block)
    text = text_of(inner[0])
    if (
        picture is None
        or (picture.tag != "img" and picture.find(".//img") is None)
        or text_of(picture)
        or element_after(picture) is not body_container(page)
    ):
        return None
    return text if len(text) >= MIN_LEAD_SENTENCE and text[-1] in ".!?…" else None


def _excerpt(described: str, title: str) -> bool:
    """A description a shop or blog platform makes of the headline and the text after it, cut
    with an ellipsis (`Pha trà đúng cách: ba bước. Nước sôi để nguội…...`): no lead printed."""
    return described.rstrip().endswith(("...", "…")) and fold(described).startswith(fold(title))


def lead_text(el: _Element) -> str:
    """The lead's text without a stamp in a leading inline element that the text after it does
    not continue as a sentence (`<span>Hà Giang</span>Ngày 5/10…`, `<b>HÀ NỘI</b> - Sáng…`,
    also inside an inline element holding the whole lead: `<i><b>Bình Thuận</b>Hơn…</i>`),
    without a link to another article closing it (`… <a>Xem thêm: …</a>`) and without a
    writer's credit after its last sentence (`(Bài: …)`)."""
    while (inner := _whole_of(el)) is not None:
        el = inner
    text = text_of(el)
    last = el[-1] if len(el) and not (el[-1].tail or "").strip() else None
    if last is not None and pointer_link(last) and text.endswith(closing := text_of(last)):
        text = text[: -len(closing)].rstrip()
    return without_credit(_without_stamp(el, text))


def _whole_of(el: _Element) -> _Element | None:
    """The inline element holding all of `el`'s text and more than text (`<p><i>…</i></p>`)."""
    inner = [child for child in el if isinstance(child.tag, str)]
    if (
        len(inner) != 1
        or inner[0].tag not in STAMP_TAGS
        or not len(inner[0])
        or (el.text or "").strip()
        or (inner[0].tail or "").strip()
    ):
        return None
    return inner[0]


def _without_stamp(el: _Element, text: str) -> str:
    first = el[0] if len(el) and not (el.text or "").strip() else None
    if first is None or not isinstance(first.tag, str) or first.tag not in STAMP_TAGS:
        return text
    stamp, rest = text_of(first), (first.tail or "")
    glued = bool(rest) and not rest[0].isspace()
    separated = bool(re.match(r"\s*[-–—:|]", rest))
    # a dateline on a line of its own (`<span>Hưng Yên, ngày 4/12/2025</span><br>`): its day
    # is no word of the lead
    broken = not rest.strip() and first.getnext() is not None and first.getnext().tag == "br"
    # the lead's label, its colon in the bold (`<strong>Tóm tắt:</strong> (CMO) - Sáng…`)
    labelled = LEAD_LABEL.fullmatch(fold(stamp).strip()) is not None
    if (
        stamp
        and len(stamp) <= MAX_STAMP
        and (broken or not re.search(r"\d", stamp))
        and (glued or separated or broken or labelled)
        and len(text) - len(stamp) >= MIN_LEAD
    ):
        return text[len(stamp) :].lstrip(" -–—:|")
    return text


def headline(page: Page) -> str | None:
    """The headline (see `heading`), never filed under the page's own section name: the
    category and the `article:section` meta."""
    return heading.headline(page, lambda: (category(page), page.meta.get("article:section")))


def category(page: Page) -> str | None:
    """The section the page files the article under, in order: the article's own category
    field (`Chuyên mục` beside its value), the last section of a breadcrumb (by class:
    `breadcrumb`, `entry-crumbs`, `path`, `pathway`, `duongdan`; or schema.org microdata; of
    several, the one nearest the headline), the WordPress category link (`rel=category`), a
    link labelled `Chuyên mục:`, the lone link of an element of the article classed as its
    category, a lone section link just above the headline (`<div class="cate"><a>Thời
    sự</a></div><h1>`), a link classed as the section to a category's page in a bar over the
    headline (`_section_in_top_bar`), a channel's name over the headline
    (`_channel_over_headline`), a folder's link among a bar's over the headline that the
    `<title>` names (`_folder_in_bar_over_headline`), the `article:section` meta.
    A menu is never a category."""
    if "category" not in page.memo:
        page.memo["category"] = _category(page)
    return page.memo["category"]


def _category(page: Page) -> str | None:
    for source in (
        _section_field,
        _crumbs,
        _category_link,
        _section_labelled,
        _section_after_label,
        _section_classed,
        _theme,
    ):
        found = source(page)
        if found and source is _crumbs and _wiki_page_name(page, found[-1]):
            continue  # a wiki's trail of page names (`ThuTuc > ChungThuc`): no section
        if found and source is _crumbs and _wiki_home(page, found[-1]):
            continue  # a project's trail down to its wiki (`Nhóm › Dự án › Wiki`): no section
        if source is _crumbs and len(found) > 1 and fold(found[-1]) in CHANNEL_KINDS:
            return found[-2]  # `Tin tức nội bộ / Blog`: the space whose blog the post is in
        if source is _crumbs and found and fold(found[-1]) in CHANNEL_KINDS:
            # `Trang chủ / Blog / …` over a post labelled `Danh mục: …`: the blog is the kind
            # of page, the labelled link the post's section
            labelled = _section_labelled(page)
            if labelled:
                return labelled[-1]
        if found:
            return found[-1]
    return (
        _section_over_linked_page(page)
        or _section_opening_title(page)
        or _section_in_post_meta(page)
        or _section_in_meta_box(page)
        or _filed_in_post_meta(page)
        or _filed_in_album(page)
        or _posted_in_section(page)
        or _section_in_top_bar(page)
        or _section_in_header_bar(page)
        or _channel_over_headline(page)
        or _activity_field(page)
        or _folder_over_article(page)
        or _folder_in_bar_over_headline(page)
        or _current_folder_in_title(page)
        or _group_of_current_page(page)
        or _active_in_category_list(page)
        or _one_listed_category(page)
        or _instant_article_kicker(page)
        or _feed_item_category(page)
        or _app_named(page, "category")
        or page.meta.get("article:section")
        or _ld_section(page)
    )


def _section_opening_title(page: Page) -> str | None:
    """A section's name without a link, classed as the category, opening the heading that
    prints the page's title after it (a board's `<h2><span class="cate">Kinh tế</span><span>…
    </span></h2>`): the section, wherever else the page prints its title (a hidden `<h1>` of the
    title and the board's name)."""
    titles = meta_titles(page)
    for el in named(page, SECTION_BADGE_CLASS):
        heading, after = el.getparent(), el.getnext()
        text = short_text(el, MAX_SECTION)
        printed = text_of(after) if after is not None else ""
        if (
            text
            and len(printed) >= MIN_TITLE
            and any(title.strip().startswith(printed) for title in titles)
            and heading is not None
            and heading.tag in ("h1", *HEADING_TAGS)
            and el.getprevious() is None
            and not (heading.text or "").strip()
            and el.find(".//a") is None
            and SECTION_NAME.match(text)
        ):
            return text
    return None


def _wiki_page_name(page: Page, crumb: str) -> bool:
    """`crumb` is a WikiWord (`ChungThuc`) linked to the page it names (TWiki's and Foswiki's
    `/bin/view/ThuTuc/ChungThuc`), or the page the headline is a subpage of, its path before
    a solidus (MediaWiki's `Luồng Cái Mép - Thị Vải/Cửa sổ thủy triều …` under the crumb
    `Luồng Cái Mép - Thị Vải`): a wiki's parent page, no section of a site."""
    anchor = headline_element(page)
    title = text_of(anchor) if anchor is not None else ""
    if title.startswith(crumb + "/") and len(title) > len(crumb) + 1:
        return True
    return bool(WIKI_WORD.fullmatch(crumb)) and any(
        text_of(a) == crumb and (a.get("href") or "").rstrip("/").endswith("/" + crumb)
        for a in page.index.tagged("a")
    )


def _wiki_home(page: Page, crumb: str) -> bool:
    """`crumb` links to a project's wiki home (GitLab's `/-/wikis/home`, a forge's `/wiki`): the
    wiki itself, a part of the project's software, not a section its page is filed under."""
    return any(
        text_of(a) == crumb and WIKI_HOME.search(urlsplit(a.get("href") or "").path)
        for a in page.index.tagged("a")
    )


def _ld_section(page: Page) -> str | None:
    """The article's JSON-LD `articleSection` (a name, or a list opening with its section): the
    section a page that prints none files the article under, as `article:section` is."""
    value = page.article_ld.get("articleSection")
    if isinstance(value, list):
        value = value[0] if value else None
    return (value.strip() or None) if isinstance(value, str) else None


def _app_named(page: Page, key: str) -> str | None:
    """The name the article's object in an app's data gives under `key` (`"category": {"name":
    "Thời sự"}` or `"category": "Thời sự"`): the article's own field, on a page built from its
    data (a page printing its text shows its section, or has none)."""
    value = data_article(page).get(key)
    name = value.get("name") if isinstance(value, dict) else value
    return (name.strip() or None) if isinstance(name, str) else None


def _section_field(page: Page) -> list[str]:
    """The article's own category field, its label beside its value (a properties table's
    `Chuyên mục` cell): the article's words for its section, over the site's trail, which
    may end at a page above the article rather than at its section."""
    return (_field(page, SECTION_LABEL) or _value_after_label(page, SECTION_LABEL))[:1]


def _value_after_label(page: Page, label: re.Pattern[str]) -> list[str]:
    """The value printed after its label and colon in one element's own text, nothing else in
    the element (an e-paper reader's `<span>Chuyên mục: Kinh tế</span>`). Not in the old
    site's box an import kept inside the text (`_in_imported_text`)."""
    for el, own in _label_texts(page, label):
        if len(el) or not _in_article(page, el) or _in_imported_text(page, el):
            continue
        text = own.strip()
        found = label.match(fold(text))
        if found is None or not found.group().endswith(":"):
            continue
        value = text[found.end() :].split("|")[0].strip()  # a line's next field after `|`
        if value and len(value) <= MAX_SECTION and SECTION_NAME.match(value):
            return [value]
    return []


def _in_imported_text(page: Page, el: _Element) -> bool:
    """`el` is inside the text's box of a page imported from an absorbed paper's old site
    (`imported`): the old site's box the import pasted in the text, whose fields (`Chuyên mục:
    Nông nghiệp - Nông thôn`) are the old site's, not the new page's."""
    if not imported(page):
        return False
    text = body_container(page)
    return text is not None and any(node is text for node in el.iterancestors())


def _section_labelled(page: Page) -> list[str]:
    """The first link of the first box a `Chuyên mục:` label opens; none when the box lists its
    links each as an item of a list (a sidebar's `Chuyên mục` over the site's sections: a
    menu, not the article's section)."""
    for said, links in _labelled_boxes(page, SECTION_LABEL):
        if _in_wiki_categories(links[0]):
            continue  # a wiki's `Thể loại:` box lists the page's tags, however few
        if not _one_theme(said, links):
            return [] if _menu_of_sections(links) else [text_of(links[0])]
    return []


def _in_wiki_categories(link: _Element) -> bool:
    """`link` is in a wiki's box of shown categories (`WIKI_CATEGORIES`, or a box of links to
    category pages alone), whose links are the page's tags (`_wiki_categories`), one of them as
    several: no section."""
    box = link.getparent()
    if box is not None and _category_pages_box(box):
        return True
    return any(WIKI_CATEGORIES.search(node.get("class") or "") for node in link.iterancestors())


def _category_pages_box(box: _Element) -> bool:
    """Every link `box` holds goes to a page of a wiki's category namespace
    (`WIKI_CATEGORY_PAGE`), and it holds one at least."""
    links = box.findall("a")
    return bool(links) and all(_category_page(a) for a in links)


def _category_page(link: _Element) -> bool:
    """`link` goes to a page of a wiki's category namespace (`WIKI_CATEGORY_PAGE`)."""
    return WIKI_CATEGORY_PAGE.search(unquote(urlsplit(link.get("href") or "").path)) is not None


def _menu_of_sections(links: list[_Element]) -> bool:
    """Several links, each the whole of a list's item (`<ul><li><a>…</a></li>…</ul>`)."""
    items = [a.getparent() for a in links]
    return len(links) > 1 and all(
        item is not None and item.tag == "li" and text_of(item) == text_of(a)
        for a, item in zip(links, items, strict=True)
    )


def _section_after_label(page: Page) -> list[str]:
    """The link a label closing one field of a line stands before (`08:30 15/11/2025 |
    Chuyên mục: <a>Chăn nuôi</a>`): the line's fields are parted by `|`, the label opening
    the last before the link."""
    for el, _ in _label_texts(page, SECTION_LABEL):
        for link in el.iterchildren("a"):
            name = text_of(link)
            if (
                _after_section_label(link)
                and len(name) <= MAX_SECTION
                and SECTION_NAME.match(name)
                and _in_article(page, el)
                and not _in_wiki_categories(link)
            ):
                return [name]
    return []


def _tag_among(link: _Element) -> bool:
    """`link` is classed as a tag, beside another link so classed (EngagementHQ's `Danh mục:
    <a class="tag">Thiết kế</a>, <a class="tag">Thông thuyền</a>`): a label over several links
    classed as tags names what they are, where a section is one link."""
    parent = link.getparent()
    return (
        parent is not None
        and "tag" in (link.get("class") or "").split()
        and any(a is not link and "tag" in (a.get("class") or "").split() for a in parent.iter("a"))
    )


def _after_section_label(link: _Element) -> bool:
    """A `Chuyên mục:` label opens the field of its line that `link` closes (`08:30 15/11/2025 |
    Chuyên mục: <a>Chăn nuôi</a>`; fields are parted by `|` or a dot, a video's `Giấy phép: …
    · Thể loại: <a>Báo chí</a>`, or the label in an element of its own right before the link: a
    video host's `<span>Categories:</span> <a>News</a>`): the link names the section."""
    before, parent = link.getprevious(), link.getparent()
    text = (parent.text if parent is not None else None) if before is None else before.tail
    if before is not None and not (before.tail or "").strip():
        text = text_of(before)
    field = fold(re.split(r"[|·•]", text or "")[-1]).strip()
    return field.endswith(":") and bool(SECTION_LABEL.fullmatch(field))


def _section_classed(page: Page) -> list[str]:
    """The lone link of an element of the article classed as its category (`<ul
    class="post-detail-tags"><li class="category"><a>Giáo dục</a></li>`, K2's `<div
    class="itemCategory"><span>Đăng trong</span> <a>Giáo dục</a></div>`, the link after the
    word `trong`): the first such."""
    region = article_region(page)
    classed = (
        [*named(page, SECTION_CLASS), *named(page, CAMEL_CATEGORY)] if region is not None else []
    )
    for el in sorted(set(classed), key=lambda node: position(page, node)):
        links = [el] if el.tag == "a" else list(el.iter("a"))
        # A section's name is short: a whole article classed so is not read to its end.
        line = short_text(el, MAX_SECTION + MAX_FILED_IN) if len(links) == 1 else None
        text = text_of(links[0]) if line is not None else None
        if (
            text is not None
            and len(text) <= MAX_SECTION
            and (text == line or _filed_in_before(line, text))
            and SECTION_NAME.match(text)
            and region in el.iterancestors()
            and not in_zone(page, el)
            and (not _classed_alike(el) or _deepest_of_nested(el))
        ):
            return [text]
    return []


def _deepest_of_nested(el: _Element) -> bool:
    """`el` is the last of the links of its box classed as it is, each leading into the folder
    of the one before it (a forum's badges of the parent category then its child, `<a
    class="badge-category__wrapper" href="/c/hoi-dap/5">Hỏi đáp</a> <a class=… href="/c/hoi-dap/
    trong-trot/12">Trồng trọt</a>`): a trail down the categories, the last the section."""
    box = el.getparent()
    if el.tag != "a" or box is None:
        return False
    alike = [a for a in box.iter("a") if a.get("class") == el.get("class")]
    paths = [urlsplit(a.get("href") or "").path.rstrip("/") for a in alike]
    return (
        len(alike) > 1
        and alike[-1] is el
        and all(
            deeper.startswith(path.rsplit("/", 1)[0] + "/") and deeper.count("/") > path.count("/")
            for path, deeper in pairwise(paths)
        )
    )


def _filed_in_before(line: str, name: str) -> bool:
    """`line` is a few words closing with `trong` (`in`), then `name` (`Đăng trong Giáo dục`)."""
    said = line[: -len(name)] if line.endswith(name) else ""
    return 0 < len(said) <= MAX_FILED_IN and bool(FILED_IN.search(said))


def _classed_alike(el: _Element) -> bool:
    """`el` shares its class with another item of the list it sits in (microformats' `<ul
    class="tags"><li><a class="p-category">thổ cẩm</a></li><li><a class="p-category">…`):
    the class names each tag's kind, not the one section a lone classed link names."""
    item = el.getparent() if el.getparent() is not None and el.getparent().tag == "li" else el
    box = item.getparent()
    if box is None:
        return False
    classes = el.get("class")
    return any(other is not el and other.get("class") == classes for other in box.iter(el.tag))


def _in_section_box(link: _Element, box: _Element) -> bool:
    """`link` sits in an element classed as the category inside `box` (a list of tags that
    opens with the article's section)."""
    node = link
    while node is not None and node is not box:
        if SECTION_CLASS.search(node.get("class") or ""):
            return True
        node = node.getparent()
    return False


def tags(page: Page) -> list[str]:
    """The keyword tags: the links of a box labelled `Từ khóa:`, `Chủ đề:`, `Nhãn:`, `Tags:`
    whatever its class, else of a box whose class names tags (`article__tags`, `td-tags`), else
    the `rel=tag` links (not one a `Chuyên mục:` label names the section). A field labelled
    so gives its values, links or not (a properties table's `Thẻ` cell beside the tags). A
    hashtag is the tag without its mark (`#Mộc Châu`).
    A box or row of tag links over the headline is its kicker, the section's label (Ghost's
    primary tag): tags are printed with the text, not above its title; but a box classed as
    the tags holding several links over it (MkDocs Material's `<nav class="md-tags">`) lists
    them, where a kicker is one label."""
    found = (
        _labelled(page, TAG_LABEL)
        or _keywords(_field(page, TAG_LABEL, MAX_KEYWORD_LIST))
        or _keyword_line(page)
        or [
            text
            for box in named(page, TAG_BOX)
            if _in_article(page, box)
            and (not _over_headline(page, box) or len(box.findall(".//a")) >= MIN_TAGS_OVER)
            for a in box.iter("a")
            if (text := _tag_text(a))
            and not _in_section_box(a, box)
            and not _no_tag_page(page, a)
            and not _after_section_label(a)
        ]
        or _wiki_categories(page)
        or _quarto_categories(page)
        or _unlinked_keywords(page)
        or _chips(page)
    )
    found = [text for text in found if len(text) <= MAX_TAG]
    if not found:
        found = [
            text
            for el in page.select(TAG_LINKS)
            if (text := _tag_text(el)) and not (_after_section_label(el) and not _tag_among(el))
        ]
    if not found:
        found = _tag_row(page)
    if not found:
        found = _hashtag_line(page) or _hashtag_links_line(page)
    if not found:
        found = _app_tags(page)
    return list(dict.fromkeys(_unmarked(text) for text in found))


def _wiki_categories(page: Page) -> list[str]:
    """The listed links of a wiki's shown categories (MediaWiki's `<div class="mw-normal-catlinks">
    <a>Thể loại</a>: <ul><li><a>Giao thông</a></li>…</ul>` under the text, Fandom's `<div
    class="page-footer__categories">`): the words the page is filed under, as tags are; the
    label's link to the list of all categories is none. A wiki typing them in a line, its
    links parted by bars (JAMWiki's `<div class="category-links">Thể loại: <a href="…/Category:
    …">…</a> | <a>…</a></div>`), lists them so when every link of its box goes to a page of the
    category namespace."""
    listed = [
        text
        for box in named(page, WIKI_CATEGORIES)
        for item in box.iter("li")
        for a in item.iter("a")
        if (text := _tag_text(a))
    ]
    if listed:
        return listed
    boxes = dict.fromkeys(
        box
        for a in page.root.iter("a")
        if _category_page(a) and (box := a.getparent()) is not None and _category_pages_box(box)
    )
    return [text for box in boxes for a in box.findall("a") if (text := _tag_text(a))]


def _quarto_categories(page: Page) -> list[str]:
    """The chips of a Quarto document's categories under its title (`<div
    class="quarto-categories"><div class="quarto-category">Sốt xuất huyết</div>…`, no link: the
    site's listings filter by them with a script): the keywords its writer filed it under, as
    every Quarto site prints them."""
    return [
        text
        for box in named(page, QUARTO_CATEGORIES)
        for chip in box.iter()
        if QUARTO_CATEGORY.search(chip.get("class") or "") and (text := text_of(chip))
    ]


def _unlinked_keywords(page: Page) -> list[str]:
    """The items of a list its class names the keywords, none of them a link (`<ul
    class="keywords"><li>quy hoạch</li>…</ul>` after the text), or the pills of a box so
    named, each a `<span>` and nothing printed between them (a wiki's `<div class="tags"><span
    class="tag">Tin tức</span> <span class="tag">Chỉ số DTI</span></div>` under its title): a
    site that prints its keywords without pages for them; each item is one. So are the pills of
    a box whose accessible name is the tags' label (`_tag_labelled_boxes`)."""
    for box in [*named(page, TAG_BOX), *_tag_labelled_boxes(page)]:
        if box.find(".//a") is not None or not _in_article(page, box) or _over_headline(page, box):
            continue
        items = [text_of(li) for li in box.iter("li")] if box.tag in ("ul", "ol") else _pills(box)
        if items and all(items):
            return items
    return []


def _tag_labelled_boxes(page: Page) -> list[_Element]:
    """The boxes whose `aria-label` is the tags' label, an icon after it or not (a blog theme's
    page info, `<span class="page-tag-info" aria-label="Thẻ🏷"><span>Việc làm</span>…`): a
    screen reader names the box so, where the screen shows only its pills."""
    return [
        el
        for el in page.root.iterfind(".//*[@aria-label]")
        if TAG_LABEL.fullmatch(LABEL_ICON.sub("", fold(el.get("aria-label") or "")).strip())
    ]


def _chips(page: Page) -> list[str]:
    """The labels of a row of chips under the headline, none a link (a design system's `<span
    class="lumx-chip"><span class="lumx-chip__label">Lữ hành</span></span>`, one after the
    other): an intranet prints its content's metadata so, each chip one keyword; or each chip a
    link with no label over the row (an app's `<div><a class="chip_root__Z1" href="/chu-de/
    metro">metro</a><a class="chip_root__Z1">…`, its topics' pages). A page whose
    classes never say `chip` (most pages) has no such row, and is not walked element by element."""
    if "chip" not in page.attribute_text("class"):
        return []
    for box in page.root.iter():
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) < MIN_CHIPS or not all(
            child.tag in ("span", "a") and CHIP.search(child.get("class") or "")
            for child in children
        ):
            continue
        if not _in_article(page, box) or _over_headline(page, box):
            continue
        if box.find(".//a") is not None and not all(child.tag == "a" for child in children):
            continue
        items = _pills(box)
        if items and all(items):
            return items
    return []


def _pills(box: _Element) -> list[str]:
    """The texts of `box`'s children when each is a `<span>`, or each a link, and no words
    stand between them, but for a label (`<span>Từ khóa:</span>` over no keyword at all)."""
    children = [child for child in box if isinstance(child.tag, str)]
    loose = [(box.text or "").strip(), *((child.tail or "").strip() for child in children)]
    kinds = {child.tag for child in children}
    if any(loose) or not (kinds == {"span"} or kinds == {"a"}):
        return []
    return [text for child in children if not (text := text_of(child)).endswith(":")]


def _no_tag_page(page: Page, link: _Element) -> bool:
    """A link in a box classed as the tags that leads to no page of the site: a button acting
    on the page (`<a href="#">12</a>`, a like count) or a share button to another site
    (`facebook.com/sharer…`), which a theme may put in the same box. A tag is the site's page
    for it (a link with no address at all is text styled as one)."""
    href = (link.get("href") or "").strip()
    if not href:
        return False
    if href.startswith(("#", "javascript:")):
        return True
    host = urlsplit(page.absolute(href) or "").hostname
    return host is not None and site_host(host) != site_host(urlsplit(page.url).hostname)


def _tag_text(link: _Element) -> str:
    """A tag link's text without the count of articles it prints after the tag's name
    (`<a>Snapdragon<sup>128</sup></a>`, `<a>Đà Nẵng <span>(41)</span></a>`)."""
    text = text_of(link)
    for child in link:
        count = text_of(child) if isinstance(child.tag, str) else ""
        if TAG_COUNT.fullmatch(count) and text.endswith(count) and len(text) > len(count):
            return text[: -len(count)].rstrip()
    return text


def _keyword_line(page: Page) -> list[str]:
    """The keywords a line prints as plain text after its label, the label in an element of
    its own opening the line (`<p><strong>Từ khóa:</strong> giá đất nền, đất ven đô</p>`),
    split at commas or semicolons; one phrase is one keyword, but after `Chủ đề:` a theme. The
    label may open the line's own text too, nothing else in the element (`<p class="keywords">Từ
    khóa: lúa gạo, Thốt Nốt</p>`)."""
    for el, own in _label_texts(page, TAG_LABEL):
        if not len(el) and (found := _label_opening_line(page, el, own)):
            return found
        line = el.getparent()
        if (
            len(el)
            or line is None
            or len(line) != 1
            or (line.text or "").strip()
            or not TAG_LABEL.fullmatch(fold(own).strip())
            or not own.strip().endswith(":")
            or not _in_article(page, line)
        ):
            continue
        words = _keywords([collapse(el.tail or "")])
        alone = len(words) == 1 and not fold(own).startswith(THEME_LABEL)
        if (len(words) >= 2 or alone) and all(len(word) <= MAX_TAG for word in words):
            return words
    return []


def _label_opening_line(page: Page, el: _Element, own: str) -> list[str]:
    """The keywords after a tag label and its colon opening the own text of `el`, an element
    of the article after the headline holding no other element: two or more parted by commas
    or semicolons (one phrase there is a line's topic, not a list)."""
    text = collapse(own)
    label = TAG_LABEL.match(fold(text))
    if label is None or not label.group().endswith(":") or fold(text).startswith(THEME_LABEL):
        return []
    words = _keywords([text[label.end() :].strip()])
    if (
        len(words) < 2
        or any(len(word) > MAX_TAG for word in words)
        or not _in_article(page, el)
        or _over_headline(page, el)
    ):
        return []
    return words


def _hashtag_line(page: Page) -> list[str]:
    """The hashtags an element of the article prints as plain text and nothing else
    (`<p>#nuôi dê #Cù Lao Dung</p>`), after the headline: each runs to the next mark."""
    for el, own in own_texts_with(page, (HASHTAG,)):
        text = collapse(own)
        if (
            len(el)
            or not HASHTAG_LINE.fullmatch(text)
            or not _in_article(page, el)
            or _over_headline(page, el)
        ):
            continue
        tags = HASHTAG_SPLIT.split(text)
        if all(len(tag) <= MAX_TAG for tag in tags):
            return tags
    return []


def _hashtag_links_line(page: Page) -> list[str]:
    """The hashtags a post prints as links to their pages on a line of their own among its
    `<br>` lines (`… ✍️ Tin, ảnh: …<br><br><a href="/hashtag/hienmau">#hienmau</a> <a …>#…</a>`):
    the line holds nothing but such links."""
    for a in page.root.iter("a"):
        if not _hashtag_link(a):
            continue
        line = _br_line(a)
        if not _in_article(page, a) or _over_headline(page, a):
            continue
        if line and all(
            el.tag == "a" and _hashtag_link(el) and not (el.tail or "").strip() for el in line
        ):
            return [text for el in line if (text := _tag_text(el)) and len(text) <= MAX_TAG]
    return []


def _hashtag_link(a: _Element) -> bool:
    """`a` prints a hashtag and links to its page: a tag page (`/hashtag/hienmau`), or the
    site's search for the hashtag itself (`/discovery/search?q=%23kieuhoi` printing
    `#kieuhoi`), which lists what is filed under it as a tag page does."""
    text, href = text_of(a), a.get("href") or ""
    if not text.startswith("#"):
        return False
    return bool(TAG_PATH.search(href)) or any(
        value.strip() == text for _, value in parse_qsl(urlsplit(href).query)
    )


def _br_line(el: _Element) -> list[_Element]:
    """The elements sharing `el`'s line among its siblings: from the line break before it to
    the one after it; none when text typed before them shares it too."""
    line = [el]
    before = el.getprevious()
    while before is not None and before.tag != "br":
        line.insert(0, before)
        before = before.getprevious()
    opening = before.tail if before is not None else el.getparent().text
    if (opening or "").strip():
        return []
    after = el.getnext()
    while after is not None and after.tag != "br":
        line.append(after)
        after = after.getnext()
    return line


def _app_tags(page: Page) -> list[str]:
    """The tags the article's object in an app's data lists (`"tags": [{"name": "sạt lở bờ
    biển"}, …]`), on a page built from its data (tags a printed page never shows are none)."""
    listed = data_article(page).get("tags")
    names = [item.get("name") if isinstance(item, dict) else item for item in listed or []]
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]


def _tag_row(page: Page) -> list[str]:
    """The links of a row of the article holding nothing but links, each to one of the site's
    tag pages (`<div><a href="/tag/gia-ca-phe">giá cà phê</a><a href="/tag/robusta">…`): its
    tags, whatever the row's class or label; a list whose items each hold one link is such a
    row (`<ul><li><a href="/tag/visa">…</a></li>…</ul>`). A tag page linked from a sentence
    is no row; one link over the headline is its kicker, several there the post's topics (a
    social network's topic labels in the post's header over its title). One link alone before
    the text, where a row after it lists the tags (an audio host's genre `# News & Politics`
    under the track's title, its tags under the description), is the platform's label."""
    lone: list[_Element] = []  # the first row of one link before the text
    seen: set[_Element] = set()
    for a in page.root.iter("a"):
        if not TAG_PATH.search(a.get("href") or ""):
            continue
        row = a.getparent()
        if row is not None and row.tag == "li" and len(row) == 1:
            row = row.getparent()  # one link an item: the list is the row
        if row is None or row in seen or not _in_article(page, row):
            continue
        seen.add(row)
        links = list(row.iter("a"))
        if _over_headline(page, row) and len(links) < MIN_TAGS_OVER:
            continue  # one label over the headline: the kicker
        rest = text_of(row)
        for link in links:
            rest = rest.replace(text_of(link), " ", 1)
        if TRAIL_WORDS.search(rest) or not all(
            TAG_PATH.search(link.get("href") or "") for link in links
        ):
            continue
        if len(links) > 1 or not _before_text(page, links[0]):
            return _tag_texts(links)
        lone = lone or links
    return _tag_texts(lone)


def _tag_texts(links: list[_Element]) -> list[str]:
    return [text for link in links if (text := _tag_text(link)) and len(text) <= MAX_TAG]


def _before_text(page: Page, el: _Element) -> bool:
    """`el` comes before the text's box."""
    container = body_container(page)
    return container is not None and position(page, el) < position(page, container)


def _over_headline(page: Page, el: _Element) -> bool:
    """`el` comes before the headline: a kicker, the section's label, where tags are not."""
    anchor = headline_element(page)
    return anchor is not None and position(page, el) < position(page, anchor)


def _unmarked(tag: str) -> str:
    """A hashtag's words without its `#`."""
    return tag[1:].lstrip() if tag.startswith("#") and len(tag) > 1 else tag


def _crumbs(page: Page) -> list[str]:
    anchor = headline_element(page)
    links = [a for a in page.select(CRUMB_LINKS) if not _in_element(a, anchor)] or [
        a
        for trail in named(page, TRAIL_CLASS) or named(page, CAMEL_TRAIL)
        # a `<nav>` trail inside the article is its own, and so is one right over the block
        # holding the headline; one classed `crumbs` is a trail anywhere
        if _in_article(page, trail)
        or _right_over_headline(trail, anchor)
        or CRUMBS_WORD.search(trail.get("class") or "")
        for a in trail.iter("a")
    ]
    links = [a for a in links if not _in_trace(a) and _shows_words(a) and not _account_link(a)]
    links = [a for a in links if not _heads_quoted_block(page, a)]
    named_trail = bool(links)
    if links:
        trails: dict[_Element, list[_Element]] = {}
        for a in links:
            trails.setdefault(_trail_of(a), []).append(a)
        if len(trails) > 1:  # an infinite-scroll page prints the next article's trail too
            links = min(trails.values(), key=lambda trail: min(distance(page, a) for a in trail))
    else:
        links = _trail_by_shape(page) or _trail_by_paths(page)
    if not links:
        return _unlinked_trail(page)
    if _member_trail(page, links[0]):
        return []
    here = page.own_url.rstrip("/")
    title = fold(text_of(anchor)) if anchor is not None else ""
    items = _with_plain_items(links) if named_trail else links
    crumbs = [
        text
        for a in items
        if (text := text_of(a))
        and fold(text) not in HOME_WORDS
        and fold(text) != title  # the article itself closing the trail
        and (page.absolute(a.get("href")) or "").rstrip("/") != here
    ]
    closing = _closing_crumb(page, links[-1], title) if named_trail else None
    return [*crumbs, closing] if closing else crumbs


def _right_over_headline(trail: _Element, headline: _Element | None) -> bool:
    """`trail` is the element right before the block holding the headline (Zensical's `<nav
    class="md-path">` over the `<article>` with the `<h1>`): the article's trail, though its
    `<nav>` tag makes it furniture."""
    after = trail.getnext()
    return (
        headline is not None
        and after is not None
        and (after is headline or any(a is after for a in headline.iterancestors()))
    )


# A link to the site's account pages (`Đăng nhập`, `Đăng ký`, `Log in`, `Sign up`), folded.
ACCOUNT_LINK = patterns.compile(r"dang\s*(?:nhap|ky)|log\s*in|sign\s*(?:in|up)|register")


def _account_link(link: _Element) -> bool:
    """`link` leads to the site's login or sign-up (a forum's `<td class="breadcrumbs">Bạn chưa
    đăng nhập. <a>Đăng nhập</a> · Hôm nay: …</td>` beside its trail): an account's action, no
    crumb."""
    return bool(ACCOUNT_LINK.fullmatch(fold(text_of(link)).strip()))


def _unlinked_trail(page: Page) -> list[str]:
    """A trail named by its class that prints every crumb without a link, each in an element
    of its own (a shared doc's `<div class="cu-doc-breadcrumbs"><span>Hội LHPN phường</span> /
    <span>Kế hoạch 2026</span> / <span>Tháng hành động</span></div>`), closed by the page's own
    name, as a link to the page's own address prints it elsewhere (its entry in the doc's tree):
    the crumbs before that name, the last the folder holding the page. The page's own name is
    looked for only once a trail of plain crumbs is found: it joins every link of the page to
    its base, and most pages have no such trail."""
    for trail in named(page, TRAIL_CLASS):
        if trail.find(".//a") is not None:
            continue
        crumbs = [text for item in trail if isinstance(item.tag, str) and (text := text_of(item))]
        if len(crumbs) > 1 and crumbs[-1] in _own_names(page):
            return [crumb for crumb in crumbs[:-1] if fold(crumb) not in HOME_WORDS]
    return []


def _own_names(page: Page) -> set[str]:
    """The texts of the page's links to its own address."""
    here = page.own_url.rstrip("/")
    return {
        text_of(a)
        for a in page.index.tagged("a")
        if (page.absolute(a.get("href")) or "").rstrip("/") == here
    }


def _with_plain_items(links: list[_Element]) -> list[_Element]:
    """The trail's links, with the items of its list that link nowhere where they stand between
    two of them (Antora's `<li><a>Sổ tay</a></li><li>Kỳ họp</li><li><a>Kỳ họp thứ 12</a>
    </li>`: a section with no page of its own is a crumb all the same)."""
    items = [a.getparent() for a in links]
    trail = items[0].getparent() if items[0] is not None else None
    if trail is None or any(item is None or item.tag != "li" for item in items):
        return links
    if any(item.getparent() is not trail for item in items):
        return links
    linked = dict(zip(items, links, strict=True))
    between = list(trail)[: list(trail).index(items[-1]) + 1]
    return [
        linked.get(item, item)
        for item in between
        if item.tag == "li" and (item in linked or item.find(".//a") is None)
    ]


def _member_trail(page: Page, first: _Element) -> bool:
    """The trail opens with the poster's own page, which the post's publish line (or the line
    of details its date's span is in) links as who posted it, by the same name (a community's
    `Hoàng Nam » Blog » …` over `Đăng bởi: <a>Hoàng Nam</a> ngày: …`): a trail of the member's
    pages, her blog among them, not of the site's sections."""
    href = page.absolute(first.get("href"))
    lines = [v for v in visible_dates(page) if not v.modified]
    if (
        not href
        or not lines
        or fold(text_of(first)) in HOME_WORDS
        or not urlsplit(href).path.strip("/")
    ):
        return False
    line, name = lines[0].line, text_of(first)
    details = line.getparent() if line.tag == "span" and line.getparent() is not None else line
    return details not in first.iterancestors() and any(
        page.absolute(a.get("href")) == href and text_of(a) == name and not in_zone(page, a)
        for a in details.iter("a")
    )


def _in_element(link: _Element, el: _Element | None) -> bool:
    """`link` is inside `el`: a headline's own link, in an `<h1>` whose class says it is set
    with a breadcrumb (Confluence's `pagetitle with-breadcrumbs`), is no crumb of the trail."""
    return el is not None and el in link.iterancestors()


def _in_trace(link: _Element) -> bool:
    """`link` is in a trace of the pages the reader visited (a wiki's `<div class="trace">
    Dấu vết: … • …</div>` in the trail's box, under the `Bạn đang ở đây:` trail; MoinMoin's `<ul
    id="pagetrail">` of items each opened by its `»`; JSPWiki's `<ul class="dropdown-menu
    breadcrumb">` the `Đường dẫn` button opens): the reader's history, not a section the
    article is filed under."""
    return any(
        TRACE_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}")
        for el in link.iterancestors()
    )


def _shows_words(link: _Element) -> bool:
    """`link` prints words a sighted reader sees: not an icon whose only words are for screen
    readers (a forum's search button `<a><i class="icon fa-search"></i><span class="sr-only">
    Tìm kiếm</span></a>` at the end of its trail's bar), which names no section."""
    text = text_of(link)
    for el in link.iter():
        if el is not link and VISUALLY_HIDDEN.search(el.get("class") or ""):
            text = text.replace(text_of(el), " ", 1)
    return bool(TRAIL_WORDS.search(text))


def _closing_crumb(page: Page, last: _Element, title: str) -> str | None:
    """The crumb a named trail prints without a link after its last link (`… › <span>Miền núi
    phía Bắc</span>`, Bootstrap's `<li class="active">`): the page's own section, where the
    trail does not close with the article's title (`title`, folded), whole or cut short. A
    crumb the title opens with is still the section when the page's address files the article
    in a folder of that name (`Tình hình kinh tế - xã hội` over `Tình hình kinh tế - xã hội
    tháng 11` at `/tinh-hinh-kinh-te-xa-hoi/….html`): a monthly release named after it. Where
    crumbs of their own without links follow the last link, icons between them (a documentation
    site's `<a>Hộ kinh doanh</a> <svg/> <div>Hóa đơn điện tử</div> <svg/> <div>Máy tính tiền
    từ 2027</div>`), the last names the page (its menu title, not always the headline) and the
    one before it is the folder holding it."""
    trail = _trail_of(last)
    after = _text_after(last, trail)
    rest = after.strip(TRAIL_EDGE) or (_crumb_after(trail) if TRAIL_MARK.search(after) else "")
    unlinked = _unlinked_crumbs_after(last, trail) if not TRAIL_MARK.search(after) else []
    if len(unlinked) > 1:
        rest = unlinked[-2]  # the folder, before the page's own name closing the trail
    folded = fold(rest)
    if (
        not rest
        or not title  # no headline to tell the article's own crumb from its section's
        or len(rest) > MAX_SECTION
        or not SECTION_NAME.match(rest)
        or rest.endswith(("…", "..."))
        or folded in HOME_WORDS
        or rest in PAGE_CRUMBS
        or folded in THREAD_CRUMBS
        or (title.startswith(folded) and not _names_folder(page, folded))
    ):
        return None
    return rest


def _unlinked_crumbs_after(last: _Element, trail: _Element) -> list[str]:
    """The texts of the elements after the crumb holding the link `last`, in `trail`: the
    crumbs the trail prints without links, each in an element of its own."""
    crumb = last
    while (parent := crumb.getparent()) is not None and parent is not trail:
        crumb = parent
    if crumb.getparent() is not trail:
        return []
    return [
        text
        for sibling in crumb.itersiblings()
        if isinstance(sibling.tag, str)
        and sibling.tag != "a"
        and sibling.find(".//a") is None
        and (text := text_of(sibling))
    ]


def _crumb_after(trail: _Element) -> str:
    """The crumb right after a trail's box that closes with its mark (a tracker's `<h1><span
    class="breadcrumb"><a>Ban Dân tộc</a> » </span><span class="current-project">Chương trình
    1719</span></h1>`): the trail goes on in the next element, the page's own section."""
    after = trail.getnext()
    if after is None or (trail.tail or "").strip() or len(after):
        return ""
    return text_of(after)


def _text_after(last: _Element, trail: _Element) -> str:
    """The text of `trail` after its link `last`: what follows the link itself, not the last
    place its words appear (`Thông báo` › `Thông báo bán đấu giá tài sản` closes with the whole
    crumb, not its end after the link's words)."""
    parts: list[str] = []
    node: _Element | None = last
    while node is not None and node is not trail:
        parts.append(node.tail or "")
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                parts.append(f" {text_of(sibling)} ")
            parts.append(sibling.tail or "")
        node = node.getparent()
    return " ".join("".join(parts).split())


def _names_folder(page: Page, folded: str) -> bool:
    """`folded`, written as an address's slug (`tinh-hinh-kinh-te-xa-hoi`), is a folder of the
    page's address, above the article's own name."""
    slug = "-".join(SLUG_WORDS.findall(folded))
    folders = urlsplit(page.canonical_url).path.strip("/").split("/")[:-1]
    return bool(slug) and slug in folders


def _trail_by_shape(page: Page) -> list[_Element]:
    """The links of a trail known by its shape, whatever its class (a forum's `navigation`):
    two links or more with a `›`, `»` or `→` between each and the next (`_next_crumb`), and
    nothing else between them; the one before the headline and nearest it."""
    trails = []
    listed: set[_Element] = set()
    for first in page.root.iter("a"):
        node = _next_crumb(first) if first not in listed else None
        if node is None:
            continue  # (a link of a trail already read is not its first)
        links = [first]
        while node is not None and node.tag == "a":
            links.append(node)
            node = _next_crumb(node)
        listed.update(links)
        if len(links) >= 2 and not _in_trace(first):
            trails.append(links)
    anchor = headline_element(page)
    before = [t for t in trails if anchor is None or position(page, t[0]) < position(page, anchor)]
    return min(before, key=lambda t: distance(page, t[-1])) if before else []


def _trail_by_paths(page: Page) -> list[_Element]:
    """The links of a trail known by its addresses, whatever its class or separators: a block
    holding nothing but links (and separators) that opens with the site's home page, each
    later link a section inside the one before it (`/`, `/kinh-te`, `/kinh-te/nong-nghiep`),
    which a menu's sibling sections never are; the one before the headline and nearest it."""
    anchor = headline_element(page)
    host = site_host(urlsplit(page.url).hostname) or ""
    trails = []
    for home in page.root.iter("a"):
        href = (home.get("href") or "").strip()
        if _below_root(href):
            continue
        address = urlsplit(page.absolute(href) or "")
        if address.path not in ("", "/") or (site_host(address.hostname) or "") != host:
            continue
        block = next((el for el in home.iterancestors() if _more_links(el, home)), None)
        links = list(block.iter("a")) if block is not None else []
        if (
            not 2 <= len(links) <= TRAIL_LINKS
            or links[0] is not home
            or not (_nested(page, block, links) or _closes_at_own_section(page, block, links))
            or any(_names_language(a) or _action_button(a) for a in links)
        ):
            continue
        if anchor is None or position(page, home) < position(page, anchor):
            trails.append(links)
    return min(trails, key=lambda t: distance(page, t[-1])) if trails else []


def _names_language(link: _Element) -> bool:
    """A link of a language switch (`<a href="/">Tiếng Việt</a> | <a href="/en">English</a>`):
    it names a language, or says which its page is in (`hreflang`, `lang`). Its editions'
    addresses nest as a trail's sections do."""
    return (
        link.get("hreflang") is not None
        or link.get("lang") is not None
        or fold(text_of(link)) in LANGUAGE_NAMES
    )


def _action_button(link: _Element) -> bool:
    """A link styled as a button (`<a class="button" href="/~/Blog/new">Bài viết mới</a>`): an
    action of the site's bar (write a post, sign up) whose address nests under the blog's as a
    section's would; a bar holding one is a menu, no trail."""
    return bool(BUTTON_CLASS.search(link.get("class") or ""))


def _below_root(href: str) -> bool:
    """A path below the site's root at a glance, without resolving the address (`/kinh-te`,
    `https://host/kinh-te`): most of a page's links, none of them a trail's home link."""
    if href.startswith("/"):
        return bool(href.strip("/"))
    if not href.lower().startswith(("http://", "https://")):
        return False
    path = href.split("/", 3)[3:]  # what follows `https://host/`
    return bool(path) and path[0][:1] not in ("", "?", "#", ".")


def _more_links(block: _Element, link: _Element) -> bool:
    """`block` holds another link than `link`."""
    return any(a is not link for a in block.iter("a"))


def _nested(page: Page, block: _Element, links: list[_Element]) -> bool:
    """Each link after the first a section inside the one before it, and the links' block
    holding no words of its own; home and a single section only with a mark between them
    (`Trang chủ / Hạ tầng`), as a menu of two lines never is."""
    paths = [urlsplit(page.absolute(a.get("href")) or "").path.rstrip("/") + "/" for a in links]
    if any(not inner.startswith(outer) or inner == outer for outer, inner in pairwise(paths)):
        return False
    rest = _besides_links(page, block, links)
    if TRAIL_WORDS.search(rest):
        return False
    return len(links) > 2 or bool(TRAIL_MARK.search(rest)) or _list_over_headline(page, block)


def _list_over_headline(page: Page, block: _Element) -> bool:
    """`block` is a list (`<ul>`, `<ol>`) right above the headline, or above the block the
    headline opens, with at most short badges without a link between (`Độc quyền`): home and
    a section as a list's items over the headline are a trail, its items its marks, where a
    list of two links elsewhere (a top bar's `Trang chủ`, `Liên hệ`) is not."""
    anchor = headline_element(page)
    if anchor is None or block.tag not in ("ul", "ol"):
        return False
    node = block.getnext()
    while node is not None:
        if node is anchor or node in anchor.iterancestors():
            return _opens_with(page, node, anchor)
        text = text_of(node) if isinstance(node.tag, str) else ""
        if isinstance(node.tag, str) and (node.find(".//a") is not None or len(text) > MAX_SECTION):
            return False
        node = node.getnext()
    return False


def _opens_with(page: Page, block: _Element, anchor: _Element) -> bool:
    """`block` opens with `anchor`, at most a short badge without a link before it."""
    text = text_of(block)
    before = text.find(text_of(anchor))
    return 0 <= before <= MAX_SECTION and not any(
        position(page, a) < position(page, anchor) for a in block.iter("a")
    )


def _closes_at_own_section(page: Page, block: _Element, links: list[_Element]) -> bool:
    """Sections with flat addresses (`/`, `/xa-hoi`, `/giao-thong`) in a block holding no words
    of its own, opening with a link named home (`Trang chủ`; a menu opens with the site's name
    or logo) and closing, after two sections or more, with the section the page's own address
    lies in (`/giao-thong/hoc-sinh-….html`): a trail whose sections do not nest by address."""
    last = urlsplit(page.absolute(links[-1].get("href")) or "").path.rstrip("/")
    own = urlsplit(page.canonical_url).path.rstrip("/")
    if (
        len(links) < 3
        or fold(text_of(links[0])) not in HOME_WORDS
        or not last
        or not own.startswith(last + "/")
    ):
        return False
    return not TRAIL_WORDS.search(_besides_links(page, block, links))


def _besides_links(page: Page, block: _Element, links: list[_Element]) -> str:
    """A trail's text without its links' names, nor the article's headline closing it without a
    link (`… / Thông báo tòa án / <span>the headline</span>`, a crumb for the page itself): its
    marks and any words of its own."""
    rest = text_of(block)
    for a in links:
        rest = rest.replace(text_of(a), " ", 1)
    anchor = headline_element(page)
    title = text_of(anchor) if anchor is not None else ""
    rest = rest.rstrip()
    return rest[: -len(title)] if title and rest.endswith(title) else rest


def _next_crumb(link: _Element) -> _Element | None:
    """The element after the separator that follows `link` alone, as its tail (`<a>…</a> ›
    <a>…</a>`) or as an element of its own (Discuz's `<a>…</a> <em>›</em> <a>…</a>`), or that
    opens the next item of a list, where `link` closes its own (Simple Machines Forum's
    `<li><a>…</a></li><li><span> » </span><a>…</a></li>`); None when no separator follows it."""
    tail = (link.tail or "").strip()
    mark = link.getnext()
    if tail in TRAIL_SEPARATORS:
        return mark if tail else None
    if not tail and mark is None:
        return _opening_next_item(link)
    if tail or mark is None or mark.tag == "a" or not _separator(mark):
        return None
    return mark.getnext()


def _opening_next_item(link: _Element) -> _Element | None:
    """The link after the separator opening the list item after `link`'s, `link` closing its
    own item."""
    item = link.getparent()
    after = item.getnext() if item is not None and item.tag == "li" else None
    if after is None or after.tag != "li" or (after.text or "").strip() or not len(after):
        return None
    mark = after[0]
    following = mark.getnext() if _separator(mark) else None
    return following if following is not None and following.tag == "a" else None


def _separator(mark: _Element) -> bool:
    """`mark` prints a trail's separator alone, nothing after it (`<em>›</em>`)."""
    text = (mark.text or "").strip()
    return (
        bool(text) and not len(mark) and text in TRAIL_SEPARATORS and not (mark.tail or "").strip()
    )


def _heads_quoted_block(page: Page, link: _Element) -> bool:
    """`link`'s trail stands right over a block of the same tag and class as the blocks of the
    text, outside the text (an outliner's linked references: `<div class="breadcrumb"><a>Dec
    1st, 2026</a></div>` over another page's block quoting this one): the trail names where
    that block is kept, not the page's section."""
    trail = _trail_of(link)
    block = trail.getnext()
    container = body_container(page)
    if block is None or container is None or not block.get("class"):
        return False
    if container is trail or container in trail.iterancestors():
        return False
    kind = (block.tag, block.get("class"))
    return any((el.tag, el.get("class")) == kind for el in container if el is not block)


def _trail_of(link: _Element) -> _Element:
    """The breadcrumb trail a link belongs to: its nearest ancestor named as one that holds
    another crumb too, linked or not (not an item of the trail, Bootstrap's
    `li.breadcrumb-item`)."""
    for el in link.iterancestors():
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        named_trail = "crumb" in names.lower() or TRAIL_CLASS.search(names) or el.get("itemtype")
        if named_trail and (_more_links(el, link) or _more_words(el, link)):
            return el
    return link.getparent()


def _more_words(trail: _Element, link: _Element) -> bool:
    """`trail` prints words besides `link`'s: a crumb without a link (Bootstrap's `<li
    class="breadcrumb-item active">Giao thông</li>` after the one link home)."""
    return bool(TRAIL_WORDS.search(text_of(trail).replace(text_of(link), " ", 1)))


def _category_link(page: Page) -> list[str]:
    return [
        text
        for a in page.select("a[rel~=category]")
        if (text := text_of(a)) and _in_article(page, a)
    ]


def _labelled(page: Page, label: re.Pattern[str]) -> list[str]:
    """The link texts of the first box opened by a label such as `Từ khóa:`: the label is an
    element of its own (`<b>Từ khóa:</b> <a>…</a>`, Drupal's `field__label`) whose parent holds
    the links, or the opening text of the box itself. A headline so labelled (a forum's
    `Chủ đề:` before the thread's title) is no such box, and `Chủ đề:` over one link to no tag
    page names the article's theme, its section (see `_theme`), not a tag."""
    for said, links in _labelled_boxes(page, label):
        if not _one_theme(said, links):
            return [text_of(a) for a in links]
    return []


def _labelled_boxes(page: Page, label: re.Pattern[str]) -> Iterator[tuple[str, list[_Element]]]:
    """The boxes `_labelled` reads: each label (folded) and the links of its box with text."""
    for el, own in _label_texts(page, label):
        opening = fold(el.text or "").strip()
        if not label.fullmatch(fold(own).strip()) and not (len(el) and label.fullmatch(opening)):
            continue
        if _page_button(el):  # a wiki's `Thẻ` button among the page's tools: no label
            continue
        # the label alone in a block of its own (a video portal's `<div class="field-label">
        # <h4>Danh mục</h4></div>` before the links' block): the box around both is the field;
        # not past a table's cell (a side box's title row over its menu of sections)
        holder = el
        while (
            holder.tag not in ("td", "th")
            and (parent := holder.getparent()) is not None
            and text_of(parent) == text_of(el)
        ):
            holder = parent
        box = el if el.find(".//a") is not None else holder.getparent()
        if box is None or not _in_article(page, box) or _holds_headline(page, box):
            continue
        after = position(page, el)  # the label's values follow it (`Xem theo: <a>ngày</a> |
        # <a>chủ đề</a>`: a link reading as a label is a value of another label)
        links = [
            a
            for a in _label_line(box)
            if text_of(a)
            and not _tool_link(a)
            and not _to_place_on_page(page, a)
            and position(page, a) > after
        ]
        if links:
            yield fold(own).strip() if label.fullmatch(fold(own).strip()) else opening, links


def _page_button(el: _Element) -> bool:
    """`el` is a button, or a link that runs a script or leads nowhere (Wikidot's `<a
    href="javascript:;" id="tags-button">Thẻ</a>` among Sửa, Lịch sử, Tệp tin): a tool, which
    opens the tags' editor, not the label of a box of them."""
    href = (el.get("href") or "").strip()
    return el.tag == "button" or (el.tag == "a" and (not href or href.startswith(SCRIPT_HREF)))


def _label_line(box: _Element) -> Iterator[_Element]:
    """The links of a labelled box up to a line break opening another label (BlogEngine's
    post footer: `Thẻ: <a>…</a>, <a>…</a><br>Chuyên mục: <a>…</a><br>Thao tác: <a>E-mail</a>`):
    the lines after it are other fields, their links no tags."""
    for el in box.iter("a", "br"):
        if el.tag == "br" and NEXT_LABEL.match(el.tail or ""):
            return
        if el.tag == "a":
            yield el


def _tool_link(a: _Element) -> bool:
    """A print or send button in a labelled row (Tiki's trailer `Chủ đề: <a>Bạc Liêu (cũ)</a>
    · <a>In</a> · <a>Gửi</a>`): a tool, no tag or topic."""
    text = fold(text_of(a)).strip()
    return bool(TOOL_BUTTON.fullmatch(text) or TOOLBAR_LINE.match(text))


def _to_place_on_page(page: Page, link: _Element) -> bool:
    """`link` leads to a place on the page itself, the page's own address with a fragment
    (`<a href="/entry/4821/y-ty#comm">3 bình luận</a>` after the tags on the entry's footer
    line): the comments' count, no tag's page."""
    address = page.absolute(link.get("href"))
    if address is None:
        return False
    before, _, fragment = address.partition("#")
    return bool(fragment) and before == page.url.partition("#")[0]


def _one_theme(said: str, links: list[_Element]) -> bool:
    """`Chủ đề:` (theme) over one link to a page that is no tag's (`index.php?storytopic=3`)."""
    return (
        said.startswith(THEME_LABEL)
        and len(links) == 1
        and not TAG_PATH.search(links[0].get("href") or "")
    )


def _theme(page: Page) -> list[str]:
    """The one link a `Chủ đề:` (theme) label stands before in the article, to no tag page
    (XOOPS' `Chủ đề: <a href="…?storytopic=3">Hoạt động hội</a>` beside the poster and the
    date): the topic it is filed under. Over several links, or tag pages, it lists tags."""
    for said, links in _labelled_boxes(page, TAG_LABEL):
        if said.startswith(THEME_LABEL):
            name = text_of(links[0])
            return [name] if _one_theme(said, links) and SECTION_NAME.match(name) else []
    return []


def _label_texts(page: Page, label: re.Pattern[str]) -> list[tuple[_Element, str]]:
    """The elements whose own text holds one of the label's words (scanned once a page: a
    label box and a label field are looked for in the same elements)."""
    key = f"label_texts:{label.pattern}"
    if key not in page.memo:
        page.memo[key] = own_texts_with(page, (LABEL_WORDS[label],))
    return page.memo[key]


def _keywords(values: list[str]) -> list[str]:
    """The keywords of a field's values, a value printed as one text listing several split
    into each (OJS's `Từ khóa:` over `đất nhiễm mặn, lúa ST25, năng suất`)."""
    return [word for value in values for word in KEYWORD_SEPARATOR.split(value) if word]


def _field(page: Page, label: re.Pattern[str], limit: int = MAX_TAG) -> list[str]:
    """The values of the article's first field so labelled whose label stands alone in its
    element, its values in the next (`<div>Chuyên mục</div><div><span>Giáo dục</span></div>`,
    see `values_beside`), or in the one element after it in the same line, no link
    (`<font>Chuyên mục: <b>Lý luận - Phê bình</b></font>`); values beside the label up to
    `limit` characters (a keyword list printed as one text is longer than a tag)."""
    for el, own in _label_texts(page, label):
        if not label.fullmatch(fold(own).strip()) or not _in_article(page, el):
            continue
        if _page_button(el) or _column_header(el):
            continue
        if len(el):
            found = _emphasised_value(el)
        else:
            found = _run_beside(el, limit) or values_beside(_label_box(el), limit)
        if found:
            return found
    return []


def _column_header(el: _Element) -> bool:
    """`el` is, or is in, a cell of a table's header row, all `<th>`s (a forum's list of threads
    under `Chủ đề | Trả lời | Lượt xem`): it names a column, whose values stand under it, not
    beside it."""
    cell = next((a for a in (el, *el.iterancestors()) if a.tag in ("th", "td")), None)
    row = cell.getparent() if cell is not None and cell.tag == "th" else None
    return row is not None and all(c.tag == "th" for c in row if isinstance(c.tag, str))


def _label_box(label: _Element) -> _Element:
    """The outermost element holding the label alone (Notion's property name, `<div
    class="property-name-wrapper"><div class="property-name"><span>Tags</span></div></div>`
    before the value's `<div>`): the one the value stands beside. Not when a link stands beside
    that box (`<span><font>Thẻ:</font></span> <a>…</a> <a>…</a>`): the label opens a box of
    links, read as such."""
    text, box = text_of(label), label
    while (parent := box.getparent()) is not None and text_of(parent) == text:
        box = parent
    beside = box.getnext()
    return label if beside is not None and beside.tag == "a" else box


def _run_beside(label: _Element, limit: int) -> list[str]:
    """The values a label stands before as a run of like elements, each a value (`<span>Từ
    khóa</span> <span class="keyword">gốm</span> <span class="keyword">Chămpa</span>`, chips as
    `<button class="chip">`): two or more of one tag and class (its first word: a card's
    labels are coloured apart, `card-label card-label-green`), no element inside but the one
    printing the value (`<span class="label-text">`), nothing but spaces between them, typed or
    as empty elements (HackMD's `tags:` line, `<code>đại hội</code><span> </span><code>chi
    đoàn</code>`); links are a labelled box's (see `_labelled`)."""
    first = label.getnext()
    if first is None or first.tag == "a" or not _plain(first) or (label.tail or "").strip():
        return []
    run = [first]
    node = first
    kind = (first.get("class") or "").split()[:1]
    while not (node.tail or "").strip():
        node = node.getnext()
        while node is not None and _blank(node) and not (node.tail or "").strip():
            node = node.getnext()
        if node is None or node.tag != first.tag or (node.get("class") or "").split()[:1] != kind:
            break
        if not _plain(node):
            return []
        run.append(node)
    values = [short_text(el, limit) for el in run] if len(run) >= 2 else []
    return values if values and None not in values and all(values) else []


def _plain(el: _Element) -> bool:
    """`el` holds no element, or one alone holding none and no link, its text the value's."""
    if not len(el):
        return True
    return len(el) == 1 and not len(el[0]) and el[0].tag != "a" and not (el.text or "").strip()


def _blank(el: _Element) -> bool:
    """`el` prints nothing and holds no element (`<span> </span>`): a space set as an element."""
    return not len(el) and not (el.text or "").strip()


def _emphasised_value(el: _Element) -> list[str]:
    """The value a label's element prints in its one child after the label, nothing after it:
    no link, nor an element holding one (the links of a labelled box are `_labelled`'s, and a
    forum's headline `Chủ đề: <span><a>…</a></span>` is no field), nor punctuation alone (a
    theme's `<h4>Chuyên mục<span class="delimiter">:</span></h4>` over the values' list)."""
    if len(el) != 1 or el[0].tag == "br" or (el[0].tail or "").strip():
        return []
    if next(el[0].iter("a"), None) is not None:
        return []
    text = short_text(el[0], MAX_TAG)
    return [text] if text and any(char.isalnum() for char in text) else []


def _holds_headline(page: Page, el: _Element) -> bool:
    """`el` is, or is around, the headline (a forum's `<h1>Chủ đề: <a>…</a></h1>`)."""
    anchor = headline_element(page)
    return anchor is not None and (el is anchor or el in anchor.iterancestors())


def _in_article(page: Page, el: _Element) -> bool:
    """Outside the page's furniture, or inside the smallest element that holds both the
    headline and the body (an article `<footer>`, a page builder's `widget`s around both), or
    in the column of the article's facts (`facts_column`: a journal's sidebar)."""
    if not in_zone(page, el):
        return True
    column = facts_column(page)
    if column is not None and any(a is column for a in el.iterancestors()):
        return True
    region = article_region(page)
    return region is not None and (el is region or region in el.iterancestors())


def article_region(page: Page) -> _Element | None:
    """The smallest element holding the headline and the body container, unless that is the
    whole `<body>`."""
    if "article_region" not in page.memo:
        region = None
        heading, body = headline_element(page), body_container(page)
        if heading is not None and body is not None:
            around = {*heading.iterancestors(), heading}
            node = body
            while node is not None and node not in around:
                node = node.getparent()
            if node is not None and node.tag not in ("body", "html"):
                region = node
        page.memo["article_region"] = region
    return page.memo["article_region"]


def _section_over_linked_page(page: Page) -> str | None:
    """The section over the headline (`_section_above_headline`), but on a landing page: one
    at its site's root address linking nowhere else in its site (its links a form's anchor, a
    phone number, the builder's badge) is filed in no section, and the line over its headline
    is the campaign's eyebrow (`THÁNG HÀNH ĐỘNG PHÒNG CHỐNG UNG THƯ`). A print view links
    nowhere either, under its article's address, and keeps the section it prints."""
    found = _section_above_headline(page)
    if found is None or urlsplit(page.canonical_url).path.strip("/"):
        return found
    own_site = any(
        _leads_within_site(page, href := a.get("href")) and not page.names_itself(href)
        for a in page.root.iter("a")
    )
    return found if own_site else None


def _section_above_headline(page: Page) -> str | None:
    """The text of a lone link in the element just above the headline (or above the block the
    headline opens; a short badge without a link, `TRỰC TIẾP`, may stand between; a trail's
    mark after it, as a wiki prints the page's group, `Giáo dục /`), when it reads as a section
    name and leads elsewhere on the site, and is no button (a `Chia sẻ` button over the
    headline), no podcast's show link (`SHOW_LINK_CLASS`) nor one of the page's tags; or of
    such a badge whose class or layer name names a category (`print-cate`), an uptitle
    (`t-uptitle`) or the section (`ep-section`)."""
    node = headline_element(page)
    for _ in range(MAX_SECTION_ABOVE):
        if node is None or node.tag == "body":
            return None
        before = node.getprevious()
        while before is not None and (
            not isinstance(before.tag, str)
            or not (text := text_of(before))
            or (before.tag != "a" and before.find(".//a") is None and len(text) <= MAX_SECTION)
        ):
            if (
                isinstance(before.tag, str)
                and _named_section(before)
                and SECTION_NAME.match(text)
                and _in_article(page, before)
            ):
                # the section printed without a link (a print view's `Văn hóa`), after its
                # label where one opens it (a newsletter's `Mục: Giá cả thị trường`)
                label = SECTION_LABEL_OPENING.match(fold(text))
                return text[label.end() :] if label else text
            if isinstance(before.tag, str) and (badge := _section_badge_in(page, before)):
                return badge
            before = before.getprevious()
        if before is not None and (badge := _section_badge_in(page, before)):
            return badge
        if before is not None:
            links = [before] if before.tag == "a" else list(before.iter("a"))
            if (closing := _plain_closing_crumb(page, before, links)) is not None:
                return closing
            # a wiki's group, `Giáo dục /`; a back link to the section, `← Tin buồn`
            text = text_of(before).rstrip(TRAIL_EDGE).lstrip(BACK_MARKS)
            if (
                len(links) == 1
                and text_of(links[0]).lstrip(BACK_MARKS) == text
                and len(text) <= MAX_SECTION
                and SECTION_NAME.match(text)
                and fold(text) not in HOME_WORDS
                and not INDEX_WORDS.match(fold(text))
                and not _action_button(links[0])  # a `Chia sẻ` button over the headline
                and not SHOW_LINK_CLASS.search(links[0].get("class") or "")
                and not _repeats_a_tag(page, links[0], text)
                and (
                    _leads_within_site(page, links[0].get("href"))
                    or _app_link(page, links[0].get("href"))
                )
                and _in_article(page, before)
            ):
                label = SECTION_LABEL_OPENING.match(fold(text))  # a chip's `Kênh: Lâm sinh`
                return text[label.end() :] if label else text
            return None
        node = node.getparent()
    return None


# The class word of the one tag a post is filed under (Ghost's `post-card-primary-tag`).
PRIMARY_TAG = patterns.compile(r"(?:^|[\s_-])primary-tag(?:$|\s)")
# A trail's mark after its one link, then the name closing it without a link (` / Sự kiện`).
PLAIN_CLOSING_CRUMB = patterns.compile(r"\s*[/›»]\s*([^/›»]+?)\s*")


def _plain_closing_crumb(page: Page, block: _Element, links: list[_Element]) -> str | None:
    """The name closing a trail of one link over the headline, printed without a link (a site
    builder's `<p><a href="/tin-tuc">Tin tức</a> / Sự kiện</p>`): the article's section, inside
    the linked one; else None."""
    if len(links) != 1:
        return None
    whole, linked = text_of(block), text_of(links[0])
    closing = (
        PLAIN_CLOSING_CRUMB.fullmatch(whole[len(linked) :]) if whole.startswith(linked) else None
    )
    name = closing.group(1) if closing else ""
    if (
        not name
        or len(name) > MAX_SECTION
        or not SECTION_NAME.match(name)
        or (anchor := headline_element(page)) is None
        or fold(name) == fold(text_of(anchor))
        or not _leads_within_site(page, links[0].get("href"))
        or not _in_article(page, block)
    ):
        return None
    return name


def _repeats_a_tag(page: Page, link: _Element, text: str) -> bool:
    """`link` leads to a tag's page (`/tags/hang-dong`) and prints one of the tags the page
    prints with the text (a blog's tag label over the headline, among its footer tags): a tag
    shown twice, not the section (a kicker leading to its section's page is one, whatever the
    tags repeat). A link classed, or in a box classed, as the primary tag (Ghost's
    `primary-tag`, the one tag a post is filed under) is the section, repeated among the tags
    or not."""
    box = link.getparent()
    if any(PRIMARY_TAG.search(el.get("class") or "") for el in (link, box) if el is not None):
        return False
    return bool(TAG_PAGE.search(link.get("href") or "")) and fold(text) in {
        fold(tag) for tag in tags(page)
    }


def _post_details(page: Page) -> Iterator[_Element]:
    """The publish line's element and its ancestors, outward, while they are the post's details
    around it: a block holding the headline or the text, or the page's `<body>`, is no longer."""
    lines = [v for v in visible_dates(page) if not v.modified]
    around = self_and_ancestors(lines[0].line, MAX_SECTION_LEVELS) if lines else ()
    stops = {headline_element(page), body_container(page)} - {None}
    for node in around:
        if node.tag == "body" or any(s is node or node in s.iterancestors() for s in stops):
            return
        yield node


def _section_in_post_meta(page: Page) -> str | None:
    """The one link to a category's page (`/categories/…`, `/category/…`, `/chuyen-muc/…`, or
    an address the menu over the headline lists, `menu_sections`) among the post's details
    around its publish line (a blog theme's `Trong <a href="/categories/lich-su-lang/">Lịch sử
    làng</a>` beside the date): the section the post is filed under, where no trail or label
    names it."""
    for node in _post_details(page):
        found = {
            text
            for a in node.iter("a")
            if _section_address(page, a.get("href") or "") and (text := text_of(a))
        }
        if found:
            text = found.pop()
            return text if not found and SECTION_NAME.match(text) else None
    return None


def _section_in_meta_box(page: Page) -> str | None:
    """The one link to a category's page in a box of the article classed as the post's meta,
    wherever the theme prints it (a static blog's `<div class="post-meta"><i
    class="fa-folder-open"></i><a href="/categories/nha-thuoc/">Nhà thuốc</a></div>` under the
    text): the section the post is filed under."""
    region = article_region(page)
    if region is None:
        return None
    for box in named(page, POST_META_CLASS):
        if region not in box.iterancestors() or in_zone(page, box):
            continue
        found = {
            text
            for a in box.iter("a")
            if SECTION_PATH.search(a.get("href") or "") and (text := text_of(a))
        }
        if len(found) == 1 and SECTION_NAME.match(text := found.pop()) and len(text) <= MAX_SECTION:
            return text
    return None


def _filed_in_post_meta(page: Page) -> str | None:
    """The link after the word `trong` (`in`) among the post's details around its publish line
    (Steemit's `2 ngày trước bởi <a>hoangtuan.hp</a> trong <a href="/trending/vietnam">#vietnam
    </a>`): the community or section the post is filed in, a hashtag without its mark."""
    for node in _post_details(page):
        for a in node.iter("a"):
            before = a.getprevious()
            parent = a.getparent()
            said = (parent.text if parent is not None else "") if before is None else before.tail
            name = _unmarked(text_of(a))
            if (
                FILED_IN.search(said or "")
                and 0 < len(name) <= MAX_SECTION
                and SECTION_NAME.match(name)
                and _leads_within_site(page, a.get("href"))
            ):
                return name
    return None


def _filed_in_album(page: Page) -> str | None:
    """The link after the words `trong album` (`in album`) before the text (a photo host's
    `<a class="user-link">ttyt_ankhanh</a> … trong album <a href="/album/…">Tiêm chủng mở rộng
    2026</a>` by the uploader over the photo's title): the album the photo is filed in, its
    section, wherever the host's header holds it. An album's name may hold its year, as an
    event's does (`Tiêm chủng mở rộng 2026`), where a section's does not."""
    text = body_container(page)
    for el, _ in own_texts_with(page, (IN_ALBUM,)):
        for a in el.iterchildren("a"):
            before = a.getprevious()
            said = el.text if before is None else before.tail
            name = text_of(a)
            if (
                IN_ALBUM_CLOSING.search(fold(said or ""))
                and 0 < len(name) <= MAX_SECTION
                and ALBUM_NAME.match(name)
                and _leads_within_site(page, a.get("href"))
                and (text is None or position(page, a) < position(page, text))
            ):
                return name
    return None


def _posted_in_section(page: Page) -> str | None:
    """The link after `trong` closing a post's footer line that opens with `Đăng` (Typepad's
    and Movable Type's `Đăng lúc 09:15 SA trong <a>Thư bạn đọc</a>`, their `Posted at … in`),
    or after its clock (`_filed_after_post_clock`): the category the post is filed in."""
    for el, _ in own_texts_with(page, (POSTED_IN,)):
        link = el[0] if len(el) else None
        if (
            link is not None
            and link.tag == "a"
            and POSTED_IN.fullmatch((el.text or "").strip() + " ")
            and (name := text_of(link))
            and len(name) <= MAX_SECTION
            and SECTION_NAME.match(name)
            and _leads_within_site(page, link.get("href"))
            and _in_article(page, el)
        ):
            return name
    return _filed_after_post_clock(page) or _space_after_labels(page)


def _space_after_labels(page: Page) -> str | None:
    """The link after a label printing `trong` (in) alone, in a line whose labels open with
    the poster's (eXo's `<span>Đăng bởi</span> <a>Vũ Minh Tuấn</a> <span>trong</span> <a
    class="newsSpace">Phòng Tổ chức cán bộ</a>`): the space the post is filed in, the line
    `POSTED_IN` reads with its labels in elements of their own."""
    for label in page.root.iter("span", "em", "small", "b"):
        link = label.getnext()
        if (
            link is None
            or link.tag != "a"
            or (label.tail or "").strip()
            or text_of(label).casefold() not in ("trong", "in")
        ):
            continue
        name = text_of(link)
        if (
            any(POSTED_BY_LABEL.fullmatch(text_of(el)) for el in label.itersiblings(preceding=True))
            and name
            and len(name) <= MAX_SECTION
            and SECTION_NAME.match(name)
            and _leads_within_site(page, link.get("href"))
            and _in_article(page, label)
        ):
            return name
    return None


def _filed_after_post_clock(page: Page) -> str | None:
    """The first link after the clock and a dash of a post's footer line (`POST_CLOCK`:
    Canalblog's `Publié par <a>hauvandon</a> à 07:45 - <a href="/archives/nuoi_hau/">Nuôi hàu
    </a> - <a>Commentaires [4]</a>`), leading to another page of the site: the category the
    post is filed in. A link back to the post (its comments, its permalink) names none."""
    for el, _ in own_texts_with(page, (POST_CLOCK,)):
        for link in el.iterchildren("a"):
            before = link.getprevious()
            said = el.text if before is None else before.tail
            if not CLOCK_THEN_DASH.search(said or ""):
                continue
            name, href = text_of(link), link.get("href")
            if (
                name
                and len(name) <= MAX_SECTION
                and SECTION_NAME.match(name)
                and _leads_within_site(page, href)
                and not page.names_itself(href)
                and _in_article(page, el)
            ):
                return name
            break
    return None


def _section_address(page: Page, href: str) -> bool:
    """`href` leads to a section's page: by its path, or as an item of the menu."""
    return bool(SECTION_PATH.search(href)) or page.absolute(href) in menu_sections(page)


def _section_in_top_bar(page: Page) -> str | None:
    """A link over the headline classed as the section and leading to a category's page, not
    an item of a menu nor hidden (an Emagazine's bar of the logo and `<a class="emag-section"
    href="/blog/category/emagazine/">Emagazine</a>` over its cover): the section a page that
    prints no trail shows its article under. Of several, the last before the headline. The
    links over the headline are taken first, then those classed as a section, then their
    addresses: a page has hundreds of links, most of them under the headline, few classed so,
    and reading an address for the site's folders costs a join and a parse. A story on the
    paper's subdomain links its section's folder on the paper's site (Shorthand's `<a
    class="Theme-Header-Section" href="https://bao…/e-magazine/">E-magazine</a>`)."""
    headline = headline_element(page)
    if headline is None:
        return None
    above = position(page, headline)
    found = [
        text
        for a in page.root.iter("a")
        if position(page, a) < above
        and _named_section(a)
        and (SECTION_PATH.search(href := a.get("href") or "") or _paper_folder(page, href))
        and (a.getparent() is None or a.getparent().tag != "li")
        and not _hidden(a)
        and len(text := text_of(a)) <= MAX_SECTION
        and SECTION_NAME.match(text)
    ]
    return found[-1] if found else None


def _paper_folder(page: Page, href: str) -> bool:
    """`href` leads to a folder one level under the front page of the page's own site, or of
    the site whose subdomain the page is on (a story's `emagazine.bao…` under `bao…`)."""
    target = urlsplit(page.absolute(href) or "")
    if not ONE_FOLDER.fullmatch(target.path):
        return False  # most links: asked first, before the hosts are read
    host = site_host(urlsplit(page.url).hostname) or ""
    own = site_host(target.hostname) or ""
    return bool(own) and (host == own or host.endswith(f".{own}"))


def _section_in_header_bar(page: Page) -> str | None:
    """The title of a jQuery Mobile page's header bar (`<div data-role="header"><h1><a
    href="/xa-hoi/">Xã hội</a></h1>`), a lone link to another page of the site, when the
    headline is printed elsewhere: a mobile site's bar names the section the reader is in."""
    headline = headline_element(page)
    for bar in page.select("[data-role=header]"):
        title = bar.find(".//h1")
        links = list(title.iter("a")) if title is not None else []
        if (
            len(links) == 1
            and title is not headline
            and text_of(links[0]) == (text := text_of(title))
            and len(text) <= MAX_SECTION
            and SECTION_NAME.match(text)
            and _leads_within_site(page, links[0].get("href"))
        ):
            return text
    return None


def _channel_over_headline(page: Page) -> str | None:
    """The one element before the headline classed as a channel's or a community's name (an
    intranet's `<div class="channel-header"><h2 class="channel-name">Tin Nhân sự</h2><span>1.352
    members</span>`, `news-channel-header__name`, `community-name`): the channel or community
    the post is published in, its section. In a `<header>` or `<nav>` bar without the headline
    it names the account the site belongs to (a webinar platform's channel beside its login), no
    section."""
    headline = headline_element(page)
    if headline is None:
        return None
    names = named(page, CHANNEL_NAME_CLASS)
    if len(names) != 1 or page.order.get(names[0], 0) >= page.order.get(headline, 0):
        return None
    bars = (bar for bar in names[0].iterancestors() if bar.tag in ("header", "nav"))
    if any(headline not in bar.iterdescendants() for bar in bars):
        return None
    text = text_of(names[0])
    return _as_section(text)


def _as_section(text: str) -> str | None:
    """`text` if it reads as a section's name: short, and shaped as a name (no date, no
    counter), as a channel's, a kicker's or a feed's category is printed."""
    return text if len(text) <= MAX_SECTION and SECTION_NAME.match(text) else None


def _activity_field(page: Page) -> str | None:
    """The one link of the article's box a `Lĩnh vực:` label opens (Drupal's taxonomy field
    `<div class="field-label">Lĩnh vực:&nbsp;</div><div class="field-items"><a>Tài nguyên -
    Môi trường</a></div>`): the field of activity a portal files the item under, its section
    where nothing else names one. Several links are the domains a document covers, no one
    section."""
    links = next((links for _, links in _labelled_boxes(page, ACTIVITY_LABEL)), [])
    return _as_section(text_of(links[0])) if len(links) == 1 else None


def _instant_article_kicker(page: Page) -> str | None:
    """A Facebook Instant Article's `<h3 class="op-kicker">` in its header: the markup's own
    element for the section over the headline."""
    kickers = page.select("header .op-kicker")
    text = text_of(kickers[0]) if kickers else ""
    return _as_section(text)


def _feed_item_category(page: Page) -> str | None:
    """The `<category>` of a feed's one item (`feed_item`): the section the feed files its
    article under."""
    item = feed_item(page)
    found = item.findall("category") if item is not None else []
    text = text_of(found[0]) if len(found) == 1 else ""
    return _as_section(text)


def _section_badge_in(page: Page, line: _Element) -> str | None:
    """The section's name in an element its class names so inside the line above the headline
    (`<div><span class="page-no">Trang 5</span> · <span class="page-section">Kinh tế</span> ·
    <time>…</time></div>`, a newsstand's page line): printed without a link, among the page's
    number and its day. A box of several links is a list, no badge (a wiki's categories over
    the title, `<div class="page-header__categories">trong: <a>Nghề muối</a>, <a>Quảng Ngãi
    </a></div>`: the words the page is filed under, its tags), and its label (`trong:`) no
    section."""
    for el in line.iterdescendants():
        if (
            isinstance(el.tag, str)
            and el.tag != "a"
            and _named_section(el)
            and len(el.findall(".//a")) <= 1
            and (text := short_text(el, MAX_SECTION))
            and not text.endswith(":")
            and SECTION_NAME.match(text)
            and _in_article(page, el)
        ):
            return text
    return None


def _named_section(el: _Element) -> bool:
    """`el`'s class names the section (`print-cate`), or the name a site builder gives its
    layer does (Framer's `data-framer-name="Category"` on the chip over the headline)."""
    return bool(SECTION_BADGE_CLASS.search(el.get("class") or "")) or any(
        name.startswith("data-") and name.endswith("name") and SECTION_BADGE_CLASS.search(value)
        for name, value in el.attrib.items()
    )


def _app_link(page: Page, href: str | None) -> bool:
    """A link into the site's own app, its scheme the site's name (`baodongthap://zone/12` on
    `baodongthap.vn`'s in-app page): an app's webview links its sections so, not by address."""
    scheme, _, rest = (href or "").partition("://")
    host = site_host(urlsplit(page.canonical_url).hostname) or ""
    return bool(rest) and scheme.lower() == host.split(".")[0]


def _folder_over_article(page: Page) -> str | None:
    """The lone link printed just over the `<article>` holding the headline, to the folder the
    page's address sits in (a community's `<div class="space-header"><a href="/c/gop-y-tuyen-xe/">
    Góp ý tuyến xe</a></div>` over the post at `/c/gop-y-tuyen-xe/<post>`): the space or
    section the post is filed in."""
    headline = headline_element(page)
    article = next(headline.iterancestors("article"), None) if headline is not None else None
    before = element_before(article) if article is not None else None
    links = list(before.iter("a")) if before is not None else []
    text = text_of(before) if before is not None else ""
    if len(links) != 1 or text_of(links[0]) != text or len(text) > MAX_SECTION:
        return None
    href = links[0].get("href")
    filed = _holds_page(page, href) or _marked_current(page, href)
    return text if SECTION_NAME.match(text) and filed else None


def _marked_current(page: Page, href: str | None) -> bool:
    """A list item marked as the current one links to `href` alone (PeerBoard's sidebar `<li
    class="pb-active"><a href="/space/tin-cau-lac-bo">` beside the same link over the post at
    `/post/<id>`): the space the reader is in, though the post's address names none."""
    url = page.absolute(href)
    return bool(url) and any(
        len(links := list(li.iter("a"))) == 1 and page.absolute(links[0].get("href")) == url
        for li in page.root.iter("li")
        if MARKED_ITEM.search(li.get("class") or "")
    )


def _folder_in_bar_over_headline(page: Page) -> str | None:
    """A link, one of several in the line right over the headline, to the folder the page's
    address sits in, that the `<title>` names beside the headline (a community's `<a
    href="/r/QuangNinh/">r/QuangNinh</a>` between the poster's link and the time, over the post
    at `/r/QuangNinh/comments/…` titled `… : r/QuangNinh`): the community or section the post is
    filed in, not the poster nor the site."""
    headline = headline_element(page)
    bar = element_before(headline) if headline is not None else None
    links = list(bar.iter("a")) if bar is not None else []
    if len(links) < MIN_BAR_LINKS or bar.tag == "a":
        return None  # a show's lone link over an episode's title is the show, no section
    title = fold(page.root.findtext(".//title") or "")
    sides = TITLE_SIDES.split(title.replace(fold(text_of(headline)), "|"))
    parts = {side.strip(" :") for side in sides}
    for link in links:
        text = text_of(link)
        if (
            text
            and len(text) <= MAX_SECTION
            and fold(text) in parts
            and SECTION_NAME.match(text)
            and _holds_page(page, link.get("href"))
        ):
            return text
    return None


def _current_folder_in_title(page: Page) -> str | None:
    """The menu item marked as the current one (`<a class="is-active">`, `aria-current="page"`)
    that leads to a folder the page's address sits in and that the `<title>` names beside the
    headline (a participation platform's component: `Tin tức dự án - Đường Vành đai 3 - …`
    over the post at `/processes/…/f/41/posts/187`, its menu's active `Tin tức dự án` at
    `/processes/…/f/41/`): the section the page says it is in. A site's main menu marking
    its section, unnamed in the title, is none."""
    title = fold(page.root.findtext(".//title") or "")
    parts = {part.strip() for part in TITLE_PARTS.split(title)}
    for link in page.root.iter("a"):
        if not (link.get("aria-current") == "page" or CURRENT_ITEM.search(link.get("class") or "")):
            continue  # most links: their texts are not read
        text = text_of(link)
        if (
            text
            and len(text) <= MAX_SECTION
            and fold(text) in parts
            and _holds_page(page, link.get("href"))
        ):
            return text
    return None


def _group_of_current_page(page: Page) -> str | None:
    """The label of a documentation sidebar's folding group (`<details><summary>Dành cho người
    dân</summary><ul>…`) holding the link to this page's own address, marked as the current
    one (`aria-current="page"`): the part of the guide the page is in."""
    for link in page.index.tagged("a"):
        if link.get("aria-current") != "page" or not page.names_itself(link.get("href")):
            continue
        group = next(link.iterancestors("details"), None)
        label = group.find("summary") if group is not None else None
        text = short_text(label, MAX_SECTION) if label is not None else None
        return text if text and SECTION_NAME.match(text) else None
    return None


# The parts of a `<title>`, between its separators; a menu item marked as the current one.
TITLE_PARTS = patterns.compile(r"\s+[|–—-]\s+")
# … and what stands beside the headline in a `<title>`, a colon setting it apart too (`… : r/X`).
MIN_BAR_LINKS = 2  # a bar's links over the headline: the section's among the poster's
TITLE_SIDES = patterns.compile(r"\s+[|–—:-]\s+|\s*\|\s*")
CURRENT_ITEM = patterns.compile(r"(?:^|\s)is-active(?:$|\s)")
# A list's item marked as the one the page is in, bare or after a product's prefix (Bootstrap's
# `active`, `current`, `is-active`, PeerBoard's `pb-active`).
MARKED_ITEM = patterns.compile(r"(?:^|[\s_-])(?:active|current)(?:$|\s)")
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


def _one_listed_category(page: Page) -> str | None:
    """The one item of a box named as the page's list of categories, linked to that category's
    page, after the headline (a wiki's `<div id="categoryList"><ul><li><a
    href="/_category/Tiêm chủng">Tiêm chủng</a></li></ul></div>` under the text): the one
    category the page is filed in. A list of several is the site's or the page's tags."""
    anchor = headline_element(page)
    if anchor is None:
        return None
    for box in named(page, CATEGORY_LIST):
        items = list(box.iter("li"))
        links = list(items[0].iter("a")) if len(items) == 1 else []
        text = text_of(links[0]) if len(links) == 1 else ""
        if (
            text
            and len(text) <= MAX_SECTION
            and SECTION_NAME.match(text)
            and CATEGORY_WORD.search(links[0].get("href") or "")
            and position(page, box) > position(page, anchor)
            and not in_zone(page, box)
        ):
            return text
    return None


def _active_in_category_list(page: Page) -> str | None:
    """The one item marked as the current one (`<li class="active">`) of a list of links to
    category pages under a heading naming them (a help centre's sidebar: `<h3>Danh mục</h3>
    <ul><li class="active"><a href="/category/15-tro-giup-tai-toa">Trợ giúp tại tòa</a>`):
    the category the article is in, where no breadcrumb says it."""
    for title in page.root.iter(*HEADING_TAGS):
        listing = title.getnext()
        if not SECTION_LABEL.fullmatch(fold(text_of(title))) or listing is None:
            continue
        if listing.tag not in ("ul", "ol"):
            continue
        marked = [
            li for li in listing.iterchildren("li") if MARKED_ITEM.search(li.get("class") or "")
        ]
        links = list(marked[0].iter("a")) if len(marked) == 1 else []
        text = text_of(links[0]) if len(links) == 1 else ""
        if (
            text
            and len(text) <= MAX_SECTION
            and SECTION_NAME.match(text)
            and SECTION_PATH.search(page.absolute(links[0].get("href")) or "")
        ):
            return text
    return None


def _holds_page(page: Page, href: str | None) -> bool:
    """`href` leads to a folder of the site that the page's address sits in, below it."""
    url = page.absolute(href)
    if not url:
        return False
    folder, here = urlsplit(url), urlsplit(page.url)
    path = folder.path.rstrip("/") + "/"
    return (
        site_host(folder.hostname) == site_host(here.hostname)
        and path != "/"
        and here.path.startswith(path)
        and here.path.rstrip("/") != folder.path.rstrip("/")
    )


def _leads_within_site(page: Page, href: str | None) -> bool:
    """A link to another page of the same site (not its front page, not this page); the
    site's mobile host (`m.`) is the same site as its desktop host the canonical URL names."""
    url = page.absolute(href)
    if not url:
        return False
    site, target = urlsplit(page.canonical_url), urlsplit(url)
    return (
        site_host(target.hostname) == site_host(site.hostname)
        and target.path.strip("/") != ""
        and url.rstrip("/") != page.canonical_url.rstrip("/")
    )
