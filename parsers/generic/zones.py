"""Where on a page the article is: the headline element, and the zones that are never it.

Dates, view counts and bylines repeat all over a news page: the header prints today's date,
related and most-read lists print their own dates and counts, sidebars carry other authors.
Fields are therefore read near the headline and outside these zones. A zone that contains the
headline itself is never excluded (article `<header>`s and `.detail-top` boxes hold the date).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import NamedTuple
from unicodedata import normalize
from urllib.parse import parse_qs, urlsplit

from lxml.etree import Element, XPath, _Element

from parsers import patterns
from parsers.body import (
    BOX_TITLE,
    BUILDER_SECTION,
    BUILDER_WIDGET,
    GLUED_WIDGET_KIND,
    NAMED_WIDGET,
    TITLE_CLASS,
)
from parsers.page import Page, site_host, text_of
from parsers.vietnamese.names import is_organisation
from parsers.vietnamese.text import fold, unescape

# An import notice: the article moved from an absorbed paper's old site into the new one
# (`Bài viết được chuyển từ Báo Thái Bình (cũ)`, `Nguồn bài viết: Báo Bắc Kạn (cũ)`, `thuộc kho
# lưu trữ Báo Hà Giang (cũ)`, `Nguồn: baobinhthuan.com.vn cũ`), folded; its words first, found in
# the page's own texts, unfolded.
IMPORT_NOTICE_WORDS = patterns.compile(r"(?i)chuyển\s+(?:từ|sang)|nguồn|lưu\s+trữ")
IMPORT_NOTICE = patterns.compile(
    r"(?:chuyen\s*(?:tu|sang)|nguon(?:\s*bai\s*viet)?\s*:|kho\s*luu\s*tru)[^:|]{2,60}?"
    r"(?:\(\s*cu\s*\)|\s+cu(?![a-z]))"
)
MAX_IMPORT_NOTICE = 200  # characters of such a notice: a line, never a paragraph of text
# An absorbed paper's archive section, by its old name (`Bạc Liêu (cũ)`), folded.
OLD_PAPER_SECTION = patterns.compile(r"\(\s*cu\s*\)\s*$")

HEADLINE_SELECTORS = (
    "h1.title-detail",
    "h1.detail-title",
    "h1.article__title",
    "h1.content-detail-title",
    "h1",
    "[itemprop=headline]",  # schema.org microdata: the headline whatever its tag (an `<h3>`)
    ".title-detail",
    ".detail-title",
    ".article-title",
    ".post-title",
)
BODY_SELECTORS = (
    "[itemprop=articleBody]",
    "[data-role=content]",
    "#desktop-in-article",
    ".singular-content",
    "article.fck_detail",
    ".fck_detail",
    "#maincontent",
    ".maincontent",
    "#content_detail_news",
    ".detail-content",
    ".news_content",
    "#newscontents .content-fck",
    ".content-fck",
    ".article__body",
    ".cms-body",
    "#content-detail",
    ".content-detail",
    "#main-detail",
    "#dcontent",
    ".b-maincontent .entry",
    ".detail__content",
    ".news-content",
    ".post-content",
    ".entry-content",
    ".fck",
    "#news-bodyhtml",
    ".bodytext",
    ".notion-page-content",  # a page published from Notion
    ".trix-content",  # Rails Action Text (the Trix editor): `<div>` paragraphs
)
# Where a headline may stand when it is not in a headline selector (`span.Title`, `div.tieude`).
TITLE_TAGS = ("h1", "h2", "h3", "h4", "span", "div", "td", "p", "strong", "b", "a")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4"})
MIN_TITLE = 10  # characters: shorter metadata titles are site names or sections
MAX_SECTION_LABEL_WORDS = 3  # a section's name opening a title before its colon (`Tin tức:`)
# The title of a side box by its class (`box_title`, `module-title`, `titlebox`): a box's label.
BOX_TITLE_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:box|module|block|portlet|khung)[\s_-]?(?:title|tieu-?de|head(?:er|ing)?)"
    r"|(?:title|tieu-?de)[\s_-]?(?:box|khung)(?:$|[\s_-])",
    re.I,
)
MIN_BOX_LINKS = 3  # links under a title that make its box a list of links
MAX_BOX_DEPTH = 3  # blocks up from a box's title to its box: its cell, its row, its table
LINK_BOX_SLACK = 0.3  # share of a link box's text outside its links (dates, bullets, counts)
LARGE_FONT = 4  # `<font size>` of a headline in an old table layout (the text's is 2 or 3)
MAX_NAME_WORDS = 5  # words of a title's part that names a place, a site or a section, no article
TITLE_DECORATION = " :*=~-|.·"  # around an old page's `<title>`: `::: Báo X :::`, `*** X ***`
# A site's greeting, folded: `Chào mừng bạn đến với website …`, `Chào mừng quý khách …`.
GREETING = patterns.compile(r"chao mung (?:ban|quy khach|quy vi|cac ban)?\s*den voi\b")
MIN_SENTENCE = 40  # characters of a line that is prose: a sentence of the text, not a title
MAX_TITLE = 250  # characters of a line that can be a headline; longer ones are prose
LEAD_WORDS = 25  # words of a bold sentence closed by a full stop that make it a lead, not a title
MAX_TEXT_DEPTH = 5  # blocks up from the text's first line to the block its headline opens
# The close of a sentence (a full stop, a question, a quote or a bracket closed): a line of prose.
SENTENCE_END = patterns.compile(r"[.!?…;:”\"»)]$")
# Bold or large type set by an inline style (`font-weight:bold`, `font-size:14pt`, `18px`).
STRONG_STYLE = patterns.compile(
    r"font-weight\s*:\s*(?:bold|[6-9]00)|font-size\s*:\s*(?:(?:1[3-9]|[2-9]\d)pt|(?:1[6-9]|[2-9]\d)px)",
    re.I,
)
# A day with its month and year (`05/12/2008`, `5.12.08`): a date line, no headline.
DAY_MONTH_YEAR = patterns.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")
# Blocks that end a line of text; inline elements between them and a `<br>` share the line.
LINE_BLOCKS = frozenset(
    {"p", "div", "td", "th", "tr", "table", "li", "ul", "ol", "body", "center", "form"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "section", "article"}
)
# Titles of a print or send view, or of an article's view (`Tin chi tiết`, `Chi tiết bài
# viết`), folded: the function, not the article.
VIEW_TITLE = patterns.compile(
    r"(?:in|ban in|gui) (?:bai|bai viet|tin|trang)|ban in|print(?: view| version)?"
    r"|(?:tin|bai viet|noi dung) chi tiet|chi tiet (?:tin|tin tuc|bai viet|noi dung)|xem tin"
)
# This and `OUTLET_NAME` are for some pages only: `re` compiles them on first use (and caches).
VIETNAMESE_LETTERS = r"(?i)[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"
# A letter with a mark (`à`, `ê`, `ơ`): a title typed with its diacritics.
MARKED_LETTER = patterns.compile(r"[^\W\d_a-zA-Z]")
MIN_PARAGRAPH = 25  # characters of prose that make a paragraph count
MIN_BODY = 200  # characters of prose a known body class must hold to be trusted
# Blocks that make a `<div>` a box rather than a paragraph typed as a `<div>`.
INNER_BLOCKS = frozenset({"div", "p", "table", "ul", "ol", "figure", "section", "article"})
ZONE_TAGS = frozenset({"header", "footer", "nav", "aside"})
# Class or id words of zones that are not the article (not after `not-`: Weebly's content
# block is `wsite-not-footer`; nor after `has-` or `with-`: a code forge's wiki text is
# `wiki-content-main with-sidebar`, set beside the sidebar; `chan-trang` is the footer in
# Vietnamese, `dau-trang` the page's header, with today's date and the menu). The Elementor page
# builder wraps every block, the article's own included, in `elementor-widget-…`, and jQuery UI
# and PrimeFaces draw every component, the article's panel included, as a `ui-widget`, and
# Percussion CMS every block of a region, the article's own text included, as a `perc-widget`
# (that text as a `perc-rich-text-widget`), and XpressEngine and Rhymix put a layout's module
# (a board's document with its header and text) in an `xe-widget-wrapper`: there the word says
# nothing.
ZONE_WORDS = patterns.compile(
    r"(?:^|[\s_-])(?<!not-)(?<!has-)(?<!with-)(?:today|current-?date|top-?bar|topbar|footer|chan-?trang|dau-?trang|"
    r"side-?bar(?![-_]main[-_](?:content|layout))|col-?right|right-?col|colright|related|relate|relates|relation|"
    r"tinlienquan|"
    r"related-?posts?|"
    r"lien-?quan|same|samecat|cung-?chuyen-?muc|most|mostread|mostview|most-?read|doc-?nhieu|"
    r"docnhieu|xem-?nhieu|xemnhieu|trending|hot-?news|menu|navigation|comments?|binh-?luan|"
    r"chat-?(?:replay|messages?|log|room|box)|"  # a webinar's chat, its messages and their authors
    r"(?<!elementor-)(?<!ui-)(?<!perc-)(?<!rich-text-)(?<!xe-)widget|"
    r"box-?news|list-?news|news-?list|other-?news|tin-?khac|readmore|"
    r"read-?more|more-?news|box-?category|newsletter|popup|modal)(?:$|[\s_-])",
    re.I,
)
# … and a styled component's camel-cased comments list opening a class word (`styled__CommentsList-
# sc-1c9f2b0-0`, `CommentItem`): its case says where the word ends.
CAMEL_COMMENTS = patterns.compile(r"(?:^|[\s_-])Comments?(?:List|Item|Section|Thread)(?=$|[\s_-])")
# The zone words of a list of links (a menu, the navigation): a picture's box holding no link is
# none (Quasar's `q-img--menu`, a picture whose native context menu is left on).
LINK_ZONE_WORDS = patterns.compile(r"(?:^|[\s_-])(?:menu|navigation)(?:$|[\s_-])", re.I)
# A popup's class word, and the picture files a link showing one large opens.
POPUP_WORD = patterns.compile(r"(?:^|[\s_-])popup(?=$|[\s_-])", re.I)
PICTURE_FILE_ENDINGS = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif")
# The zone words of a post's comments (`status-comments`, `comment-caption`): a photo-sharing
# post prints its caption, the headline and the text, as the first of them.
COMMENT_ZONE_WORDS = patterns.compile(r"(?:^|[\s_-])(?:comments?|binh-?luan)(?=$|[\s_-])", re.I)
# A block's kind beside a page builder's own widget word (`BUILDER_WIDGET`): no zone.
WIDGET_KIND = patterns.compile(r"(?:^|\s)widget-[a-z]+(?=$|\s)")
# A CMS module's widget word, joined to the module's name by `_` (LiveWhale's `lw_widget
# lw_news_details_widget`): a block so classed holding the `<h1>` is the article's, as such a
# CMS draws its every module a widget, the article's details too.
MODULE_WIDGET = patterns.compile(r"(?<=_)widget(?=$|[\s_])")
# The widget word of a builder's section, bare or before the section's kind (`widget`,
# `widget-` of `widget-comments`, `widget_` of `widget_comments`), leaving the kind's own words.
SECTION_WIDGET_WORD = patterns.compile(r"(?:^|(?<=\s))widget(?:[-_]|(?=\s|$))")
# The zone words of a list of other articles (`news-list`, `box-news`): a list of entries that
# links nowhere is none (a live blog's `lb24-news-list` of timed entries, the article's text).
NEWS_LIST_WORDS = patterns.compile(
    r"(?:^|[\s_-])(?:box-?news|list-?news|news-?list|other-?news)(?=$|[\s_-])", re.I
)
HOME_PATH = patterns.compile(r"/?(?:index\.\w+)?")  # a site's front page: its root
FOOTER_WORD = patterns.compile(r"footer", re.I)
# The post's own footer by its class word: `post-footer`, `entry-footer`, `article_footer`.
POST_FOOTER_CLASS = patterns.compile(r"(?:^|\s)(?:post|entry|article)[_-]footer(?:$|\s)", re.I)
# An author's box by its class word (`md-author`, `post-authors`), in a post's column of facts.
POST_AUTHOR = patterns.compile(r"(?:^|[\s_-])authors?(?:$|[\s_-])", re.I)
MIN_TEASER_WORDS = 6  # words of a link to another post: a headline, not a section's name
SIDEBAR_CLASS = patterns.compile(r"(?:^|[\s_-])(?:side-?bar)(?:$|[\s_-])", re.I)
# With its tone marks: `Bão số 3 …` (a storm) and `Bảo hiểm …` are headlines, `BÁO …` a logo.
OUTLET_NAME = r"(?:báo|tạp chí|cổng thông tin|trang tin|diễn đàn|đài phát thanh)\b"
# The same typed without tones, as an old site's ASCII `<title>` spells its name
# (`TAP CHI VAN NGHE AN GIANG`).
OUTLET_NAME_UNTONED = r"(?:bao|tap chi|cong thong tin|trang tin|dien dan|dai phat thanh)\b"
MAX_OUTLET_WORDS = 8
# The kind of site before its name, folded: `Cổng thông tin điện tử `, `Báo điện tử `.
SITE_KIND = OUTLET_NAME_UNTONED + r"(?: dien tu)? "
# An element a theme classes as the site's or the blog's name (WordPress's `.site-title`, a blog
# engine's `<h1 class="blogname">`): the site's name, however large it is printed.
SITE_NAME_CLASSED = ".site-title, .site-name, .blogname, .blog-name, #site-title, #blog-name"
# The end of a text's opening clause: a colon, a full stop or a semicolon, or a dash or bar.
CLAUSE_END = patterns.compile(r"\s*[:.;]\s|\s+[-–—|]\s+")
# The kind of site a description names before the site's name, folded (`Trang thông tin của`,
# `Cổng thông tin điện tử của`).
SITE_PAGE_KIND = patterns.compile(r"(?:trang|cong)\s+thong\s+tin(?:\s+dien\s+tu)?\s+cua\s+")
NAME_WORD = patterns.compile(r"\w+")  # a name's words, without the commas between its parts
MAX_JOINING_WORDS = 2  # words joining the parts of the site's name in its description
# Between a title's parts: a mark with spaces around it, a bar, or the underscore a Chinese CMS
# puts between the headline, its section and the site (DedeCMS's `标题_旅游_广宁报中文版`).
SEPARATOR = patterns.compile(r"(\s+[|\-–—:»·]\s+|\s*[|｜]\s*|(?<=[^\x00-\x7f])_(?=[^\x00-\x7f]))")
# A title's opening part before a colon, its words then after a space (`Diễn đàn X: Kinh …`).
NAME_BEFORE_COLON = patterns.compile(r"([^:]{3,80}):\s+(?=\S)")
# A hyphen typed without spaces before the site's name closing a title (PbootCMS's default
# `{title}-{sitename}`): the last one, before a name of a few words.
UNSPACED_AFFIX = patterns.compile(r"(?<=[^\W_])-(?=[^\W\d_][^-]*$)")
ICON_TAGS = frozenset({"svg", "i", "img"})  # drawn before a heading's words, printing none
# A logo's name in other words and order (`rewords_logo`): words it must have (a person's
# name has fewer), and words the signature may add (`Xưởng` before a workshop's name).
MIN_REWORDED_LOGO_WORDS = 5
MAX_ADDED_WORDS = 1
MIN_UNSPACED_NAME = 3  # words of a site's name after an unspaced hyphen (`Bà Rịa-Vũng Tàu` is none)
# Between a title's parts, with or without a space before: `Trường X: Tin tức: Bài`, `A :: B`;
# a forum's spaced slash, after the page's number (FluxBB's `Chủ đề (Trang 1) / Diễn đàn con /
# Diễn đàn`).
TITLE_SEPARATOR = patterns.compile(
    r"(?:\s+\((?:[Tt]rang|[Pp]age)\s+\d+\))?\s*(?:::?|[|»–—]|(?<=\s)[-/])\s+"
)
# … and an album's path closing in the photo's title, the last solidus with no space around it
# before a capital (a gallery's `Ảnh Cảng Biển - Cái Mép 2026/Tàu 24.000 TEU cập cảng …`).
ALBUM_PATH = patterns.compile(r"(?<=\w)/(?=[A-ZĐÀ-Ỹ])(?!.*\w/[A-ZĐÀ-Ỹ])")
HIDDEN_STYLE = patterns.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# An `<aside>`'s class word naming an entry's meta line: `meta`, `entry-meta`, `entry__meta`.
META_ASIDE_CLASS = patterns.compile(
    r"(?:^|\s)(?:(?:entry|post|article)(?:-|__))?meta(?:$|\s)", re.I
)
# The site header as a whole token only: `header-content` holds VnExpress's date line; the strip
# over it (`header-top`, a clock and links) is the header's too.
HEADER_CLASS = patterns.compile(
    r"(?:^|\s)(?:header|site-header|top-header|header-top|main-header)(?:$|\s)", re.I
)
# The site's banner or logo block, as a class word: `banner`, `top-banner`, `logo`, `site-logo`;
# not an item's title, author or content banner (a video portal's `media-title-banner` around
# the `<h1>`, `media-author-banner` around the uploader's avatar, `media-content-banner` around
# the description), which banners the item, not the site.
BANNER_CLASS = patterns.compile(
    r"(?:^|\s|(?<!title)(?<!author)(?<!content)[_-])(?:banner|logo)(?:$|[\s_-])", re.I
)
MAX_BANNER_DEPTH = 3  # blocks around a banner's or logo's picture: its link, its box, a wrapper
MAX_BANNER_LINE = 100  # characters of a line a banner prints: the site's name, its parent's
HIDDEN_CLASS = patterns.compile(r"(?:^|\s)(?:hidden|d-none|hide|sr-only)(?:$|\s)")
# Bootstrap's display from a screen width up (`d-sm-block`, `d-md-flex`), not hiding there.
SHOWN_FROM_WIDTH = patterns.compile(r"(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?!none\b)[a-z-]+(?:$|\s)")
# A breadcrumb trail by its class, id, accessible name or microdata (`li.breadcrumb__item`).
CRUMB_TRAIL = patterns.compile(r"bread-?crumb", re.I)
TRAIL_SEPARATORS = frozenset({"›", "»", "→", ">", ">>", "»»"})  # between a trail's links, alone
# A trail named a breadcrumb by its class (in camel case too: Invision's `ipsBreadcrumb`), its
# microdata or its accessible name (`<nav aria-label="breadcrumb">`, the name the page gives
# screen readers).
CRUMB_LINKS = (
    "[class*=breadcrumb] a, [class*=Breadcrumb] a, [class*=bread-crumb] a,"
    " [itemtype*=BreadcrumbList] a, [aria-label*=breadcrumb] a, [aria-label*=Breadcrumb] a"
)
# A header's class naming the story it heads: `story-cover`, `article-header`, `post-head`.
STORY_HEADER_CLASS = patterns.compile(
    r"(?:^|\s)(?:story|article|post|episode)-(?:cover|header|head)(?:$|\s)", re.I
)
# The schema.org microdata type of the page's own header (the site's name, slogan and menu).
SITE_HEADER_TYPE = patterns.compile(r"schema\.org/WPHeader\b")
# A schema.org microdata type of an article: `http://schema.org/Article`, `…/NewsArticle`.
ARTICLE_TYPE = patterns.compile(r"schema\.org/(?:\w*Article|BlogPosting)\b")
# An `<article>` holding the page's headline, an `<h1>`.
HEADED_ARTICLE = XPath("descendant::article[descendant::h1]")
# What XPath's `normalize-space()` takes for white space: a text of other spaces alone (`&nbsp;`)
# prints something.
XML_SPACES = " \t\r\n"


def classes(el: _Element) -> str:
    """The class words and the id. An id is one name: the spaces some CMSs put in one (Concrete
    CMS's area `Page Header`) join its words as a hyphen would, not make them class words."""
    return f"{el.get('class') or ''} {_id_words(el.get('id') or '')}".strip()


def is_zone(el: _Element) -> bool:
    """An element that is page furniture rather than the article (by tag, class or style)."""
    names = classes(el)
    return (
        (
            (el.tag in ZONE_TAGS or HEADER_CLASS.search(names))
            and not _article_header(el)
            and not article_footer(el)
            and not _article_meta_aside(el)
        )
        or _hidden(el)
        or _modal(el)
        or _zone_words(el, names)
    )


def _modal(el: _Element) -> bool:
    """A modal window drawn over the page (`aria-modal="true"`): a consent wall, a subscribe
    modal, an age gate, whatever its product calls it (`CybotCookiebotDialog`, `qc-cmp2-main`);
    the reader closes it to read the article, which is never inside it. A dialog that is not
    modal may be the reader's panel holding the article (an e-paper's `role="dialog"`)."""
    return el.get("aria-modal") == "true"


def _zone_words(el: _Element, names: str) -> bool:
    """The class words name a zone; `footer` on the article's own `<footer>` (`article-footer`),
    or on a part of it (Hatena's `entry-footer-time`), names the article's footer, where its
    credits, time and tags are, not the site's; a menu's word
    on a picture's box names none (`_picture_box`); and an `<article>` holding an `<h1>` is the
    page's article whatever its words (a newsletter's post, `newsletter-post`): the boxes those
    words name head no page. So is a site builder's section holding an `<h1>` (GoDaddy's
    `widget widget-blog` around the post): a builder classes every part of the page a widget,
    the article's too; and so is any block a CMS module's widget word alone makes a zone
    (LiveWhale's `lw_widget lw_news_details_widget`) holding an `<h1>`, and a builder's
    sections beside the one holding it (`_in_headed_sections`); and the words of comments on a
    block holding the page's only `<h1>` (`_holds_only_h1`)."""
    if (
        article_footer(el)
        or any(article_footer(a) for a in el.iterancestors("footer"))
        or _post_footer(el, names)
    ):
        names = FOOTER_WORD.sub("", names)
    if BUILDER_WIDGET.search(names):
        names = WIDGET_KIND.sub(" ", names)
    if "-widget" in names:
        names = NAMED_WIDGET.sub(" ", names)
        if glued := GLUED_WIDGET_KIND.search(names):  # the kind's own words kept
            names = re.sub(rf"(?:^|(?<=\s)){glued[1]}-widget(?:[_-]|(?=\s|$))", " ", names)
    if "widget" in names and _in_headed_sections(el):
        names = SECTION_WIDGET_WORD.sub(" ", names)
    if not _names_zone(names):
        return False
    if _picture_box(el) and not _names_zone(LINK_ZONE_WORDS.sub(" ", names)):
        return False
    if (_enlarging_link(el) or _hover_tip(el)) and not _names_zone(POPUP_WORD.sub(" ", names)):
        return False
    if _links_nowhere(el) and not _names_zone(NEWS_LIST_WORDS.sub(" ", names)):
        return False
    if _holds_only_h1(el) and not _names_zone(COMMENT_ZONE_WORDS.sub(" ", names)):
        return False
    headed = (
        el.tag == "article"
        or BUILDER_SECTION.search(names) is not None
        or ("_widget" in names and not _names_zone(MODULE_WIDGET.sub(" ", names)))
    )
    return not headed or el.find(".//h1") is None


def _in_headed_sections(el: _Element) -> bool:
    """`el` is, or is inside, a site builder's section (`widget widget-html`) holding, or beside
    the section holding, the page's `<h1>` (`widget widget-title`): an intranet's or a builder's
    layout places the headline, the author and dates, the text and the counts each in a section
    of its own, side by side, every part of each classed a widget (`widget-content`). There the
    widget word names no zone; a section's kind still may (`widget-comments`)."""
    for node in (el, *el.iterancestors()):
        if BUILDER_SECTION.search(node.get("class") or ""):
            parent = node.getparent()
            return parent is not None and any(
                isinstance(sibling.tag, str)
                and BUILDER_SECTION.search(sibling.get("class") or "") is not None
                and sibling.find(".//h1") is not None
                for sibling in parent
            )
    return False


def _holds_only_h1(el: _Element) -> bool:
    """`el` holds the page's only `<h1>`: a photo-sharing post (Pixelfed, after Instagram)
    prints its caption, the headline and the text, as the first comment of its thread
    (`status-comments`, `comment-caption`); the words of comments on it name the post."""
    return el.find(".//h1") is not None and len(el.getroottree().getroot().findall(".//h1")) == 1


def _side_columns_of_only_h1(el: _Element) -> frozenset[_Element]:
    """The elements classed as a sidebar around `el` when it is the page's only `<h1>`: a photo
    page's column beside the photo (ViewBug's `vb-photo-sidebar` of the owner, the title, the
    description and its facts) holds the post, whatever its class says."""
    if el.tag != "h1" or len(el.getroottree().getroot().findall(".//h1")) != 1:
        return frozenset()
    return frozenset(a for a in el.iterancestors() if SIDEBAR_CLASS.search(classes(a)))


def _picture_box(el: _Element) -> bool:
    """`el` holds a picture and no link: a menu's or a navigation's words on it name what the
    picture allows (its context menu), not a list of links."""
    return el.find(".//img") is not None and el.find(".//a") is None


def _enlarging_link(el: _Element) -> bool:
    """`el` is a link holding a picture and no words, to a picture's file (a blog theme's `<a
    class="popup img-link" href="/assets/img/posts/….webp"><img …></a>`): the popup its words
    name is the picture shown large, no window of the site's."""
    href = (el.get("href") or "").lower().split("?")[0]
    return (
        el.tag == "a"
        and href.endswith(PICTURE_FILE_ENDINGS)
        and el.find(".//img") is not None
        and not "".join(el.itertext()).strip()
    )


def _hover_tip(el: _Element) -> bool:
    """`el` is a span of words alone that shows its title on hover (a forum's `<span
    class="popup-posted DateTime" title="Thứ Năm, 3 tháng 12 năm 2026 21:40">3/12/2026
    21:40</span>`): the popup its words name is that title, no window of the site's."""
    return el.tag == "span" and len(el) == 0 and bool((el.get("title") or "").strip())


def _links_nowhere(el: _Element) -> bool:
    """`el` holds no link with an address: the words of a list of other articles on it name
    no such list, whose every item links to its article."""
    return next(el.iterfind(".//a[@href]"), None) is None


@lru_cache(maxsize=4096)
def _names_zone(names: str) -> bool:
    """`ZONE_WORDS` finds a word in `names`. The case-blind search tries its whole list of
    words at every `-`, `_` and space of a class list, and class lists repeat from element to
    element (on vn-real's pages, 697 zone tests read 201 distinct lists) and from page to page
    of a site: each list is searched once."""
    return ZONE_WORDS.search(names) is not None or CAMEL_COMMENTS.search(names) is not None


def _article_header(el: _Element) -> bool:
    """A `<header>` (or an element classed `header`) inside the article or the page's main
    content heads the article (WordPress `entry-header`, TYPO3's `<div class="header">` around
    an `<h3>` headline, a forum post's `row header` over its text: headline, date, author),
    unlike the site's own header. The article is an `<article>` or the element its microdata
    types as one; the main content is `<main>` or the element whose ARIA role says so. A header
    its microdata types as the page's (`WPHeader`: a blog theme's masthead inside `<main>`) is
    the site's."""
    if SITE_HEADER_TYPE.search(el.get("itemtype") or ""):
        return False
    if el.tag == "header" and _story_cover(el):
        return True
    if _second_header(el) or _heads_text(el):
        return True
    return (el.tag == "header" or HEADER_CLASS.search(classes(el)) is not None) and any(
        a.tag in ("article", "main")
        or a.get("role") == "main"
        or ARTICLE_TYPE.search(a.get("itemtype") or "")
        for a in el.iterancestors()
    )


def _post_footer(el: _Element, names: str) -> bool:
    """`el` is classed as the post's footer (`post-footer`, `entry-footer`), its nearest
    sectioning element is an `<article>` holding an `<h1>` and no zone comes before it in its
    block (a site builder's blog post: the category, the tags, the counts under the text in
    `<div class="post-footer">`): the article's own footer, as a `<footer>` there is. After a
    related box it closes the page, not the article."""
    if not POST_FOOTER_CLASS.search(names):
        return False
    section = next(el.iterancestors("article", "section", "aside", "nav"), None)
    if section is None or section.tag != "article" or section.find(".//h1") is None:
        return False
    return not any(
        isinstance(node.tag, str) and is_zone(node) for node in el.itersiblings(preceding=True)
    )


def _article_meta_aside(el: _Element) -> bool:
    """An `<aside>` classed as the entry's meta line (`meta`, `entry__meta`, `post-meta`) whose
    nearest sectioning element is an `<article>` holding an `<h1>` (a link aggregator's thread:
    the poster, the `<time>` and the board under the text): the article's own facts, as its
    `<footer>` is, not a sidebar beside it."""
    if el.tag != "aside" or not META_ASIDE_CLASS.search(el.get("class") or ""):
        return False
    section = next(el.iterancestors("article", "section", "aside", "nav"), None)
    return section is not None and section.tag == "article" and section.find(".//h1") is not None


def _heads_text(el: _Element) -> bool:
    """A `<header>` holding the `<h1>` right before the block of the text's paragraphs (a
    documentation platform's `<header id="header">` with the group's name, the page's title and
    its description over `<div class="mdx-content">`): it heads the text, where the site's
    header stands over the whole layout, before a wrapper of columns."""
    if el.tag != "header" or el.find(".//h1") is None:
        return False
    text = next((s for s in el.itersiblings() if isinstance(s.tag, str)), None)
    own = [p for p in text if p.tag == "p"] if text is not None else []
    return sum(len(t) for p in own if len(t := text_of(p)) >= MIN_PARAGRAPH) >= MIN_BODY


def _second_header(el: _Element) -> bool:
    """A header-classed block holding the `<h1>` after the site's own `<header>` (Confluence's
    `#main-header` with the breadcrumb and the page's title, under the top bar's `<header>`):
    a page has one site header, at its top; a second one over the content heads the page. So
    does a second `<header>` holding the `<h1>` (a reading platform's `<header class="panel">`
    with a story part's title, its counts and its day, under the site's `<header id="header">`)."""
    if el.find(".//h1") is None:
        return False
    if el.tag != "header" and (el.tag in ZONE_TAGS or not HEADER_CLASS.search(classes(el))):
        return False
    return any(
        earlier.tag == "header"
        for node in (el, *el.iterancestors())
        for earlier in node.itersiblings(preceding=True)
    )


def _story_cover(el: _Element) -> bool:
    """A `<header>` its class names after the story (`story-cover`, `article-header`,
    `post-header`, a podcast host's `episode-header`) and that holds the `<h1>`, or an `<h2>`
    classed as a title under the show's `<h1>` (`<h2 class="episode-title">`), is the
    article's cover, wherever it sits: a long-form reader sets the headline, the dek, the
    signature and the date in it beside the text, with no `<article>` or `<main>` around
    either."""
    return STORY_HEADER_CLASS.search(classes(el)) is not None and (
        el.find(".//h1") is not None or any(TITLE_CLASS.search(classes(h2)) for h2 in el.iter("h2"))
    )


def article_footer(el: _Element) -> bool:
    """A `<footer>` whose nearest sectioning element is an `<article>` is the article's own (who
    wrote and approved it, when it was last changed, its tags), unlike the site's footer; so is
    one in the page's main content with no sectioning element around it (a theme's
    `entry-footer` under the text in `<main>`, with no `<article>`), as such a header is."""
    if el.tag != "footer":
        return False
    section = next(el.iterancestors("article", "section", "aside", "nav"), None)
    if section is None:
        return any(a.tag == "main" or a.get("role") == "main" for a in el.iterancestors())
    return section.tag == "article"


def _hidden(el: _Element) -> bool:
    """Hidden by its style or its class; Bootstrap's `d-none` beside a display from a screen
    width up (`d-none d-sm-block`, Lemmy's post head) hides the block on phones alone."""
    names = el.get("class") or ""
    if "d-none" in names and SHOWN_FROM_WIDTH.search(names):
        names = names.replace("d-none", " ")
    return bool(HIDDEN_STYLE.search(el.get("style") or "") or HIDDEN_CLASS.search(names))


def headline_element(page: Page) -> _Element | None:
    """The visible headline.

    In order: a headline-selector element whose text is in the page's titles (og:title,
    JSON-LD, `<title>`), unless it only opens or closes them and a heading after it prints the
    rest (a section's name in the `<h1>`); a heading or title-classed element whose text is one
    of those titles without the site name (table layouts put the headline in `span.Title` and
    the logo in the only `<h1>`); any short element with that text; the first headline-selector
    element that does not name the site; an element printing a title's rest after a section's
    name and its colon (`Tin tức: …`); on a page whose titles name only the site and its
    section, the first line printed bold in a large font (`_large_print`); on a page without a
    title (a print view, whose `<title>` names the view), the first heading classed as a title.
    The site's name is never the headline; a breadcrumb trail's last crumb only when no other
    element prints a title. When none of those is found on a Vietnamese page, the first line
    printed in emphasis over the article's text (`_headline_over_text`), rather than titles
    the page prints nowhere (`Trang chủ`, `Untitled Document`, the site's name typed in ASCII).
    """
    if "headline_el" not in page.memo:
        item = feed_item(page)
        found = item.find("title") if item is not None else _find_headline(page)
        if found is None and is_vietnamese(page) and _titles_name_no_article(page):
            found = _headline_over_text(page)
        elif found is not None and is_vietnamese(page) and _names_linked_place(page, found):
            opening = _headline_over_text(page)
            found = opening if opening is not None and opening.tag in POST_HEADINGS else found
        elif found is not None and is_vietnamese(page) and _titles_name_no_article(page):
            apart = _post_heading_apart(page, found)
            found = found if apart is None else apart
        page.memo["headline_el"] = found
    return page.memo["headline_el"]


POST_HEADINGS = ("h2", "h3", "h4")  # a post's own title heading its text under a place's `<h1>`
MIN_MENU_ITEMS = 3  # items of a list that make it a menu of sections
MAX_MENU_WORDS = 6  # words of a section's name in a menu
# A day in numbers, year first or last (`2026-12-04`, `04/12/2026`), in an info line.
INFO_DAY = patterns.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")


def headline_info_line(el: _Element) -> _Element | None:
    """The line of the article's facts a template prints inside the headline element after a
    `<br>` (PHPCMS's `<h1>Title<br /><span>2026-12-04 20:05:36 来源：… 编译：… 浏览：…
    </span></h1>`): its last child, printing a day; no words of the headline, the time and
    the names its own."""
    last = el[-1] if len(el) else None
    if last is None or last.tag != "span" or (last.tail or "").strip():
        return None
    before = last.getprevious()
    if before is None or before.tag != "br" or not INFO_DAY.search(text_of(last)):
        return None
    return last


def feed_item(page: Page) -> _Element | None:
    """The one `<item>` of an RSS document saved as the page (a partner feed's item as
    fetched): the article, whose `<title>` and `<category>` are its own, unlike the channel's.
    A feed of several items is no one article."""
    items = page.root.findall("body/rss/channel/item")
    return items[0] if len(items) == 1 else None


def _find_headline(page: Page) -> _Element | None:
    sections = _crumbed_sections(page)
    found = [
        el
        for css in HEADLINE_SELECTORS
        for el in page.select(css)
        if (text := text_of(el))
        and not _in_zone(page, el, _side_columns_of_only_h1(el))
        and not names_site(page, text)
        and _key(text) not in sections
    ]
    found = [el for el in found if not _links_trail(el)]
    candidates = [el for el in found if not _in_crumb_trail(el)]
    raw_titles = meta_titles(page)
    document = _document_title(page, raw_titles)
    if document is not None:
        return document
    titles = [_key(t) for t in raw_titles]
    for el in candidates:
        key = _key(text_of(el))
        opened = [t for t in titles if _part_of_title(key, t)]
        if opened:
            rest = _rest_of_title(page, el, key, opened)
            return el if rest is None else rest
    parts = [t for title in raw_titles if (t := strip_site_name(page, title))]
    stripped = {_key(t) for t in parts} | _without_linked_section(page, parts)
    stripped = {t for t in stripped if len(t) >= MIN_TITLE and not names_site(page, t)}
    if stripped:
        reading = _elements_reading(page, stripped)
        exact = _printing_title(page, reading)
        if exact is not None:
            return exact
        masthead = _masthead_headline(page, reading)
        if masthead is not None:
            return masthead
    if found:
        return found[0]
    printed = _after_section_label(page, parts)
    if printed is not None:
        return printed
    closing = _closing_heading(page, raw_titles)
    if closing is not None:
        return closing
    cut = _heading_the_title_cuts(page, raw_titles)
    if cut is not None:
        return cut
    if any(not names_site(page, title) for title in raw_titles) and not site_titled(page):
        # titles of the site and its section only: the headline is printed large, if anywhere
        # (or, with no such line under titles naming the site and its section, not another
        # organisation, in the first heading classed as a title: a portal's `<h2
        # class="news-title">`)
        links = {_key(text_of(a)) for a in page.root.iter("a")}
        if not all(_names_no_article(page, title, links) for title in raw_titles):
            return None
        printed = _large_print(page)
        if printed is None and all(_site_and_section(page, t, links) for t in raw_titles):
            printed = _classed_title(page, (HEADING_TAGS,))
        return printed
    # No title to go by (a print view's, one naming only the site, or a landing page's pitch
    # the page prints nowhere): the first heading classed as a title, else the first other
    # element so classed (a table layout's `<span class="tieude">`), else the first line printed
    # bold in a large font (an old table layout's `<font size="4"><b>`).
    classed = _classed_title(page, (HEADING_TAGS, TITLE_TAGS))
    return classed if classed is not None else _large_print(page)


def _without_linked_section(page: Page, titles: list[str]) -> set[str]:
    """The keys of the titles without the closing parts that links of the page or its logo
    name (DedeCMS's `标题_旅游_广宁报中文版`: `旅游` the section its menu and trail link, the
    site's name its logo's)."""
    split = [pieces for title in titles if len(pieces := SEPARATOR.split(title)) > 2]
    if not split:
        return set()
    named = {_key(text_of(a)) for a in page.root.iter("a")} | set(_logo_names(page))
    found = set()
    for pieces in split:
        kept = pieces
        while len(kept) > 2 and _key(kept[-1]) in named:
            kept = kept[:-2]
        if kept is not pieces:
            found.add(_key("".join(kept)))
    return found


def _post_heading_apart(page: Page, found: _Element) -> _Element | None:
    """The heading opening the block that holds the article's text (`_headline_over_text`: the
    article's `<h2>`, that block's first element, more than a few words), when `found` is an
    `<h1>` apart from that block printing a few words, as every title of the page does (a tool's
    page: a print-to-PDF view's `<h1>Tải bài viết dạng PDF</h1>`, its `<title>` too, over a
    download card beside the article's block): the article's own title. A heading in the same
    block as `found` is its deck."""
    text = text_of(found)
    if found.tag != "h1" or len(text.split()) > MAX_NAME_WORDS:
        return None
    opening = _headline_over_text(page)
    block = opening.getparent() if opening is not None else None
    if block is None or opening.tag not in POST_HEADINGS or block[0] is not opening:
        return None
    if len(text_of(opening).split()) <= MAX_NAME_WORDS:
        return None  # a few words too: a part's name, no article's title
    return None if found in block.iter() else opening


def _names_linked_place(page: Page, heading: _Element) -> bool:
    """`heading` is an `<h1>` whose words a link to another page prints (a social network's
    space, a group or a board: HumHub's `<h1>` over the space, linked `via` in the post's header):
    it names where the post was posted; a post titling itself in a heading opening its text
    (`_headline_over_text`) is headed there."""
    text = text_of(heading)
    if heading.tag != "h1" or len(text.split()) > MAX_NAME_WORDS:
        return False  # (a headline's words are more than a place's name)
    key = _key(text)
    return bool(key) and any(
        _key(text_of(a)) == key and not page.names_itself(href) and heading not in a.iterancestors()
        for a in page.root.iter("a")
        if (href := a.get("href")) and a not in heading.iter("a")
    )


def _headline_over_text(page: Page) -> _Element | None:
    """The first line printed in emphasis over the article's text, in the block the text's first
    line opens (its cell, its row, its table), where no element prints the page's titles: an old
    table layout titles every page with the site's name, `Trang chủ` or `Untitled Document`, and
    prints the article's title in bold, in a large font or classed as a title right over its
    text (`<td class="contentheading">`, `<p><strong>`, `<b><big>`, a forum post's `thead`).
    The text's first line is the first of two lines of prose in a row; a side box's question or
    notice is a line alone."""
    first = _first_text_line(page)
    if first is None:
        return None
    for block in islice(first.iterancestors(), MAX_TEXT_DEPTH):
        for el in block.iter(Element):
            if el is first:
                break
            if _emphasized(el) and _titles_article(page, el) and not _links_trail(el):
                return el
    opening = first[0] if len(first) and not (first.text or "").strip() else None
    if opening is not None and _emphasized(opening) and _titles_article(page, opening):
        return opening  # a post typed in `<br>` lines, its bold first line its title
    return None


def _titles_name_no_article(page: Page) -> bool:
    """No metadata title names an article: each part of each (between separators, its
    decoration aside: `::: Báo X :::`) is the site's, an organisation's or a section's name (a
    link's text), a name of a few words (`Huyện Gio Linh`, `Powered by vBulletin`), a greeting
    (`Chào mừng bạn đến với website …`) or typed without diacritics (`Hoi CCB`, `Untitled
    Document`). An article's own title, printed nowhere else, stands."""
    links = {_key(text_of(a)) for a in page.root.iter("a")}
    return all(
        _names_no_article_part(page, part, links)
        for title in meta_titles(page)
        for part in SEPARATOR.split(title.strip(TITLE_DECORATION))[::2]
    )


def _names_no_article_part(page: Page, part: str, links: set[str]) -> bool:
    part = part.strip(TITLE_DECORATION)
    return (
        len(part.split()) <= MAX_NAME_WORDS
        or re.search(VIETNAMESE_LETTERS, part) is None
        or GREETING.match(_key(part)) is not None
        or names_site(page, part)
        or is_organisation(part)
        or _key(part) in links
    )


def _first_text_line(page: Page) -> _Element | None:
    """The element of the first line of prose followed by another (two sentences in a row,
    outside the furniture and no link): where the article's text, or its lead, begins. A
    post typed in one element, its lines parted by `<br>`s, holds the two lines itself."""
    lines = [(el, text) for el, own in own_texts(page) if (text := " ".join(own.split()))]
    before = None
    for el, text in lines:
        free = (
            el.tag != "a"
            and next(el.iterancestors("a"), None) is None
            and not _in_zone(page, el, frozenset())
        )
        if free and _prose_lines(el) >= 2:
            return el if before is None else before
        prose = free and len(text) >= MIN_SENTENCE and SENTENCE_END.search(text) is not None
        if prose and before is not None:
            return before
        before = el if prose else None
    return None


def _prose_lines(el: _Element) -> int:
    """How many lines of prose `el` prints in its own text, parted by its `<br>`s."""
    if el.find("br") is None:
        return 0
    own = "".join(
        [el.text or ""] + [("\n" if child.tag == "br" else "") + (child.tail or "") for child in el]
    )
    return sum(
        1
        for line in own.split("\n")
        if len(text := " ".join(line.split())) >= MIN_SENTENCE and SENTENCE_END.search(text)
    )


def _emphasized(el: _Element) -> bool:
    """`el` is printed bold or large, or classed as a title: a heading, `<b>`, `<strong>`,
    `<big>`, a large `<font>`, a bold or large inline style, `span.TieuDe`."""
    if el.tag in ("b", "strong", "big", "h1", "h2", "h3", "h4", "h5", "h6"):
        return True
    size = (el.get("size") or "").strip() if el.tag == "font" else ""
    if (size[:1] == "+" and size[1:].isdigit() and int(size[1:]) > 0) or (
        size.isdigit() and int(size) >= LARGE_FONT
    ):
        return True
    return bool(STRONG_STYLE.search(el.get("style") or "") or TITLE_CLASS.search(classes(el)))


def _titles_article(page: Page, el: _Element) -> bool:
    """`el` is a line of its own that may title the article: of a title's length, no date,
    label (`Tin nổi bật:`), kicker in brackets, link to a section (a few words linked to
    another page; a portal front's title of a headline's length links to the article's own
    page), site name or box title."""
    text = text_of(el)
    return (
        MIN_TITLE <= len(text) <= MAX_TITLE
        and not text.endswith(":")
        and not (text.startswith("(") and text.endswith(")"))
        and DAY_MONTH_YEAR.search(text) is None
        and _line_alone(el)
        and not _in_zone(page, el, frozenset())
        and not (_section_link(page, el) and len(text.split()) <= MAX_NAME_WORDS)
        and not names_site(page, text)
        and not BOX_TITLE.match(fold(text))
        and not BOX_TITLE_CLASS.search(classes(el))
        and not _heads_link_list(el)
        and not _bold_lead(el, text)
    )


def _bold_lead(el: _Element, text: str) -> bool:
    """`el` is a bold sentence of a lead's length closed by a full stop (`<p><strong>Năm 2027,
    trường tuyển 1.850 chỉ tiêu …; học sinh … được miễn học phí.</strong></p>` opening an
    announcement's text): the lead printed bold, not the title a heading above it prints."""
    return el.tag in ("b", "strong") and text.endswith(".") and len(text.split()) >= LEAD_WORDS


def _line_alone(el: _Element) -> bool:
    """`el` holds a whole line: up to its block, nothing is printed beside it before or after
    a `<br>` (a bold word opening a paragraph is no line)."""
    node = el
    while node.tag not in LINE_BLOCKS:
        parent = node.getparent()
        if parent is None:
            return True
        printed, start = _to_line_end(node, _Element.getprevious)
        if printed or not _blank(parent.text if start is None else start.tail):
            return False
        if not _blank(node.tail) or _to_line_end(node, _Element.getnext)[0]:
            return False
        node = parent
    return True


def _to_line_end(
    node: _Element, step: Callable[[_Element], _Element | None]
) -> tuple[bool, _Element | None]:
    """Walking from `node` by `step` towards the `<br>` or block ending its line on that side:
    whether a sibling on the way prints, and that end (None: the parent's edge)."""
    side = step(node)
    while side is not None and side.tag != "br" and side.tag not in LINE_BLOCKS:
        if _prints(side):
            return True, side
        side = step(side)
    return False, side


def _prints(node: _Element) -> bool:
    """`node` (an element or a comment) prints text, itself or in its tail."""
    return not _blank(node.tail) or (isinstance(node.tag, str) and bool(text_of(node)))


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


def _document_title(page: Page, titles: list[str]) -> _Element | None:
    """On a page whose titles are a file's name typed without diacritics (`BAN TIN SO 47`,
    `Tin hoat dong Doan phuong T12-2026 - Google Tài liệu`), the first element classed as a
    title (Word's `MsoTitle`, an online document's `title` paragraph) printed with them: the
    document's own title, which its file's name only abbreviates. The name is each title's
    first part that does not name the site: the site's name before it (`Báo Cà Mau | Tôm càng
    xanh …`) is no file's name. A title with any marked letter is typed with its diacritics,
    also when it has only those other languages share (`Cà phê xanh trên cao nguyên`)."""
    names = [_first_unnamed_part(page, title) for title in titles]
    if not names or any(MARKED_LETTER.search(name) for name in names):
        return None
    return _classed_title(
        page, (HEADING_TAGS, TITLE_TAGS), lambda text: bool(re.search(VIETNAMESE_LETTERS, text))
    )


def _first_unnamed_part(page: Page, title: str) -> str:
    """The first part of `title` between site affixes that does not name the site (all of its
    first part when each does)."""
    parts = SITE_AFFIX.split(title.strip())
    return next((part for part in parts if not names_site(page, part)), parts[0])


def _section_link(page: Page, el: _Element) -> bool:
    """`el`'s whole text is a link to another page (a menu's or a trail's `Tin hoạt động
    ngành`): the title's words it prints name a section the page is filed under, not the
    article, which links to itself at most."""
    text = text_of(el)
    return any(
        text_of(a) == text and not page.names_itself(a.get("href"))
        for a in (*el.iterancestors("a"), *el.iter("a"))
    )


def _classed_title(
    page: Page, kinds: tuple[Collection[str], ...], accept: Callable[[str], bool] = bool
) -> _Element | None:
    """The first element of the first of `kinds` (tag sets) classed as a title whose text
    `accept`s, outside the furniture and not the site's name nor a box's title (`Tin liên
    quan`)."""
    classed = _title_classed(page)
    for tags in kinds:
        for el in classed:
            if (
                el.tag in tags
                and (text := text_of(el))
                and accept(text)
                and not _in_zone(page, el, frozenset())
                and not names_site(page, text)
                and not BOX_TITLE.match(fold(text))
                and not BOX_TITLE_CLASS.search(classes(el))
                and not _heads_link_list(el)
                and not _links_trail(el)
            ):
                return el
    return None


def _title_classed(page: Page) -> list[_Element]:
    """The elements, in document order, whose `classes` `TITLE_CLASS` finds something in: each
    distinct class and id of the page is searched once, where searching each element's took a
    fortieth of a page's extraction on a page titled only by its site. (No title word holds a
    space, so none runs from the class into the id; an id's spaces are `classes`' hyphens.)"""
    if "title_classed" not in page.memo:
        marked = {
            el
            for attribute, read in (("class", str), ("id", _id_words))
            for value in page.attribute_values(attribute)
            if TITLE_CLASS.search(read(value))
            for el in page.bearing(attribute, value)
        }
        page.memo["title_classed"] = sorted(marked, key=page.order.__getitem__)
    return page.memo["title_classed"]


def _id_words(name: str) -> str:
    """An id as `classes` reads it: the words of an id holding spaces joined by hyphens."""
    return "-".join(name.split()) if " " in name else name


def _heads_link_list(el: _Element) -> bool:
    """`el` heads a list of links (`<td class="box_title">CHUYÊN MỤC</td>` over rows of section
    or article links, the title of an old layout's side box): its box's other text is links
    alone, `MIN_BOX_LINKS` of them at least. A headline's box prints the article's lines."""
    box = el
    for _ in range(MAX_BOX_DEPTH):
        box = box.getparent()
        if box is None:
            return False
        links = [a for a in box.iter("a") if text_of(a)]
        if len(links) >= MIN_BOX_LINKS:
            rest = len(text_of(box)) - len(text_of(el))
            return rest - sum(len(text_of(a)) for a in links) <= rest * LINK_BOX_SLACK
    return False


def _names_no_article(page: Page, title: str, links: set[str]) -> bool:
    """Each part of `title` is the site's name or an organisation's, or one of the page's
    `links` texts (a section the page is filed under: `Sở Tài nguyên và Môi trường - Tin tức`)."""
    parts = [part.strip() for part in SEPARATOR.split(title.strip())[::2]]
    return all(names_site(page, p) or is_organisation(p) or _key(p) in links for p in parts)


def _site_and_section(page: Page, title: str, links: set[str]) -> bool:
    """`title` is the site's name and the section's, one of the page's `links` texts
    (`Thanh tra tỉnh X - Công khai kết luận thanh tra`), not another organisation's name."""
    parts = [part.strip() for part in SEPARATOR.split(title.strip())[::2]]
    sited = [names_site(page, part) for part in parts]
    return (
        len(parts) >= 2
        and any(sited)
        and all(site or _key(part) in links for part, site in zip(parts, sited, strict=True))
    )


def _large_print(page: Page) -> _Element | None:
    """The first line printed bold in a large font (`<font size="4"><b>…</b></font>`, `size="+1"`),
    no link, outside the furniture and not the site's name: an old table layout's headline, on a
    page whose titles name no article."""
    for font in page.root.iter("font"):
        size = (font.get("size") or "").strip()
        grown = size[:1] == "+" and size[1:].isdigit() and int(size[1:]) > 0
        if not (grown or (size.isdigit() and int(size) >= LARGE_FONT)):
            continue
        text = text_of(font)
        bold = sum(len(text_of(b)) for b in font.iter("b", "strong")) >= len(text) - 2 or any(
            node.tag in ("b", "strong") for node in font.iterancestors()
        )
        if (
            len(text) < MIN_TITLE
            or not bold
            or font.find(".//a") is not None
            or any(True for _ in font.iterancestors("a"))
            or _in_zone(page, font, frozenset())
            or names_site(page, text)
        ):
            continue
        return font
    return None


def _masthead_headline(page: Page, reading: list[_Element]) -> _Element | None:
    """Of the elements `reading` the page's title, an `<h1>` in a page-level `<header>`, where
    nothing outside the furniture reads it: a blog theme's masthead over the post (`<header
    class="masthead"><div class="post-heading"><h1>…</h1><span class="meta">Đăng bởi … vào
    …</span>`) heads the article, its own header, and the site's logo is elsewhere."""
    for el in reading:
        headers = frozenset(a for a in el.iterancestors() if a.tag == "header")
        if (
            el.tag == "h1"
            and headers
            and not _in_zone(page, el, headers)
            and not _in_crumb_trail(el)
        ):
            return el
    return None


def _crumbed_sections(page: Page) -> set[str]:
    """The keys of the sections the breadcrumb trail passes through, its last crumb aside (the
    article's own title on some sites): a portlet's `<h1>` printing one of them (`Tin tức - Sự
    kiện` over the news item's `<h2>`) heads the section's box, it is no headline."""
    links = page.select(CRUMB_LINKS)[:-1]
    return {_key(text) for a in links if (text := text_of(a))}


def _links_trail(el: _Element) -> bool:
    """`el` prints two links or more and nothing but a trail's separators between them (a help
    desk's `<div class="article-title"><a>Tất cả danh mục</a> » <a>Lịch cắt điện</a></div>`
    over the question): a trail of sections, though classed as a title."""
    links = [child for child in el if isinstance(child.tag, str)]
    if len(links) < 2 or any(child.tag != "a" for child in links) or (el.text or "").strip():
        return False
    return (
        all((a.tail or "").strip() in TRAIL_SEPARATORS for a in links[:-1])
        and not (links[-1].tail or "").strip()
    )


def _in_crumb_trail(el: _Element) -> bool:
    """`el` is the last crumb of a breadcrumb trail (`<li class="breadcrumb__item"><h1>`): some
    sites print the title the page is filed under there, in the `<h1>`, and the article's own
    headline (the card's wording) in its header below. The crumb is the headline only when no
    other element prints a title."""
    for node in el.iterancestors():
        names = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('aria-label') or ''}"
        if CRUMB_TRAIL.search(names) or "BreadcrumbList" in (node.get("itemtype") or ""):
            return True
    return False


def site_titled(page: Page) -> bool:
    """The metadata describes the website, not an article (`og:type` `website`): a page builder
    fills it with the site's pitch (`Bưởi da xanh chính gốc - Đặt hàng ngay`) on every page."""
    return page.meta.get("og:type", "").strip().lower() == "website"


def _closing_heading(page: Page, titles: list[str]) -> _Element | None:
    """A heading or title-classed element (or bold type in a large font) reading the end of a
    title after one of its separators (`Trường X: Tin tức nhà trường: Học sinh đoạt 9 giải`, a
    school's and a forum's name before the post's own title, colons with no space before them),
    or its opening before one (`… - Google Tài liệu`, an export's name after the document's
    title), the longest such part, or its end after an album's path (a gallery's `… 2026/Tàu
    24.000 TEU …`, `ALBUM_PATH`):
    the page's titles name where the article is, its `<h1>` only the site (left out as such).
    Not a part of a heading: the title's opening is then a kicker the heading prints too; not a
    section the breadcrumb trail passes through (`_crumbed_sections`)."""
    sections = _crumbed_sections(page)
    ends = {
        end
        for title in titles
        for match in TITLE_SEPARATOR.finditer(title)
        for end in (_key(title[match.end() :]), _key(title[: match.start()]))
        if len(end) >= MIN_TITLE and not names_site(page, end) and end not in sections
    }
    ends |= {
        end
        for title in titles
        if (slash := ALBUM_PATH.search(title))
        and len(end := _key(title[slash.end() :])) >= MIN_TITLE
        and not names_site(page, end)
    }
    found = [
        el
        for el in _elements_reading(page, ends)
        if (
            el.tag in HEADING_TAGS
            or TITLE_CLASS.search(classes(el))
            or _bold_in_title(el)
            or _bold_in_large_font(el)
        )
        and not any(a.tag in HEADING_TAGS for a in el.iterancestors())  # a kicker beside it
        and (not _in_zone(page, el, frozenset()) or _backlinks_heading(el))
    ]
    return max(found, key=lambda el: len(text_of(el)), default=None)


def _backlinks_heading(el: _Element) -> bool:
    """`el` is an `<h1>` whose one link searches the site for the heading's own words (a wiki
    engine's backlinks, Oddmuse's and UseMod's `<h1><a href="wiki.pl?search=%22…%22">…</a>
    </h1>`): the page's own title, though the wiki prints it in its header block beside the
    logo and the menu."""
    links = list(el.iter("a"))
    if el.tag != "h1" or len(links) != 1 or text_of(links[0]) != text_of(el):
        return False
    query = parse_qs(urlsplit(links[0].get("href") or "").query)
    searched = " ".join(" ".join(query.get("search", [])).strip('"').split())
    return bool(searched) and searched == " ".join(text_of(el).split())


def _heading_the_title_cuts(page: Page, titles: list[str]) -> _Element | None:
    """A heading classed as a title that reads a title's end after its separator, then a colon
    or a dash and more words (a podcast's `<title>` `Show - Tập 23: Dựng lại 19 cây cầu sau lũ`
    over `<h2 class="episode-title">Dựng lại 19 cây cầu sau lũ: tiến độ và những khó khăn
    </h2>`): the title files the headline under its number, cut at the headline's own colon;
    the heading prints it whole."""
    ends = {
        _key(title[match.end() :])
        for title in titles
        for match in TITLE_SEPARATOR.finditer(title)
        if len(title) - match.end() >= MIN_TITLE
    }
    for el in page.root.iter(*HEADING_TAGS):
        if not TITLE_CLASS.search(classes(el)) or _in_zone(page, el, frozenset()):
            continue
        key = _key(text_of(el))
        if any(CUT_AFTER.match(key, len(end)) for end in ends if key.startswith(end)):
            return el
    return None


# Where a title cut a heading short: a colon or a spaced dash, then more words.
CUT_AFTER = patterns.compile(r"(?::|\s[–—-])\s+\w")


def _bold_in_large_font(el: _Element) -> bool:
    """`el` is bold type in a large `<font>` (`<font size="5"><b>…</b></font>`): an old table
    layout's or a newsletter archive's headline, printed larger than its text."""
    parent = el.getparent()
    size = (parent.get("size") or "").strip() if parent is not None else ""
    return (
        el.tag in ("b", "strong")
        and parent is not None
        and parent.tag == "font"
        and size.isdigit()
        and int(size) >= LARGE_FONT
    )


def _bold_in_title(el: _Element) -> bool:
    """`el` is bold type in an element classed as a title that is no heading (PHP-Nuke's
    `<font class="title"><a>Kinh tế</a>: <b>…</b></font>`, the section's link before the
    headline): the headline, the link its section."""
    parent = el.getparent()
    return (
        el.tag in ("b", "strong")
        and parent is not None
        and parent.tag not in HEADING_TAGS
        and bool(TITLE_CLASS.search(classes(parent)))
    )


SITE_AFFIX = patterns.compile(r"\s+[|–—-]\s+")  # before a site's name closing a title


def _rest_of_title(page: Page, el: _Element, key: str, titles: list[str]) -> _Element | None:
    """A heading or title element after `el` that reads the rest of the titles `el` only opens
    or closes: the section's name in an `<h1>` (`Thời sự`) over the article's own title
    (`Thời sự - Nước sông Hồng lên nhanh`) is not the headline."""
    rests = set()
    for title in titles:
        if 2 * len(key) >= len(title):
            return None
        rest = title.removeprefix(key) if title.startswith(key) else title.removesuffix(key)
        rest = rest.strip(" |-–—:»/·•")
        # the rest may still close with the site's name (`Giáo dục » Học sinh … | Báo X`)
        for part in (rest, SITE_AFFIX.split(rest)[0]):
            if len(part) >= MIN_TITLE:
                rests.add(part)
    if not rests:
        return None
    after = [
        found
        for found in _elements_reading(page, rests)
        if position(page, found) > position(page, el)
        and (found.tag in HEADING_TAGS or TITLE_CLASS.search(classes(found)))
        and not _in_zone(page, found, frozenset())
    ]
    return after[0] if after else None


def _part_of_title(key: str, title: str) -> bool:
    """`key` is the title, opens or closes it (a site-name affix or a kicker around it), or is
    most of it; not a topic word from its middle (`Quảng Ninh` out of a whole sentence)."""
    return key in title and (
        title.startswith(key) or title.endswith(key) or 2 * len(key) >= len(title)
    )


def _printing_title(page: Page, reading: list[_Element]) -> _Element | None:
    """The first of the elements printing a title that is no furniture, crumb or section link,
    a heading or an element classed as a title first."""
    exact = [
        el
        for el in reading
        if not _in_zone(page, el, frozenset())
        and not _in_crumb_trail(el)
        and not _section_link(page, el)
    ]
    titled = [el for el in exact if el.tag in HEADING_TAGS or TITLE_CLASS.search(classes(el))]
    return (titled or exact or [None])[0]


def _after_section_label(page: Page, titles: list[str]) -> _Element | None:
    """The element printing a title after a section's name and its colon (`Tin tức: Sôi nổi
    Hội khỏe …`, as PHP-Fusion and other old CMSs title an item) alone, when a link before it
    says the section (the menu's `Tin tức`): a kicker or a topic linked from the text is no
    section of the site's."""
    for title in titles:
        label, colon, rest = title.partition(": ")
        if not colon or len(label.split()) > MAX_SECTION_LABEL_WORDS or len(rest) < MIN_TITLE:
            continue
        printed = _printing_title(page, _elements_reading(page, {_key(rest)}))
        if printed is None:
            continue
        key, at = _key(label), position(page, printed)
        if any(_key(text_of(a)) == key and position(page, a) < at for a in page.root.iter("a")):
            return printed
    return None


def _elements_reading(page: Page, titles: set[str]) -> list[_Element]:
    """Elements (of `TITLE_TAGS`, in document order) whose whole text is one of `titles`: found
    from the text nodes that open a title, so only a handful of elements are read in full."""
    found: list[_Element] = []
    body = page.root.find("body")
    openings = {title[:1] for title in titles}
    for el, text in _opening_texts(body) if body is not None else ():
        if fold(text.lstrip()[:1]) not in openings:
            continue
        key = _key(text)
        if not key or not any(t.startswith(key) for t in titles):
            continue
        for _ in range(3):  # the text's element, or a parent whose text opens with it
            if el is None:
                break
            if (
                el.tag in TITLE_TAGS
                and len(el) <= 3
                and el not in found
                and _key(text_of(el)) in titles
            ):
                found.append(el)
            el = el.getparent()
    return sorted(found, key=lambda el: position(page, el))


def _opening_texts(root: _Element) -> Iterator[tuple[_Element, str]]:
    """Each element of `root`'s tree whose text before its first child prints something, and
    that text, in document order. Read from each element: an XPath asking of each text node
    whether no element comes before it (`not(preceding-sibling::*)`) lists every sibling
    before it, and took half as long again as this walk on the news pages measured. A heading
    whose words follow an icon (`<h2><svg>…</svg>Bài 4: …</h2>`, a course player's lecture
    title) opens with the text after the icon."""
    for el in root.iter(Element):
        if (text := el.text) and text.strip(XML_SPACES):
            yield el, text
        elif _icon_opening(el) and (tail := el[0].tail) and tail.strip(XML_SPACES):
            yield el, tail


def _icon_opening(el: _Element) -> bool:
    """`el` holds no text before its first child, an icon printing no words."""
    return len(el) > 0 and el[0].tag in ICON_TAGS and not text_of(el[0])


def strip_site_name(page: Page, title: str) -> str:
    """Drop a trailing (or leading) ` - Báo Thái Bình`, ` | VnExpress`, `｜Trung tâm …` that
    names the site, or a trailing `-Tạp chí …` typed without spaces in a title with no other
    separator (`_without_unspaced_affix`)."""
    title = _without_named_opening(page, title)
    pieces = SEPARATOR.split(title.strip())  # part, separator, part, …
    if len(pieces) == 1:
        return _without_unspaced_affix(page, pieces[0])
    while len(pieces) > 1 and _is_site_name(page, pieces[-1]):
        del pieces[-2:]
    while len(pieces) > 1 and _is_site_name(page, pieces[0]):
        del pieces[:2]
    return "".join(pieces).strip()


def _without_named_opening(page: Page, title: str) -> str:
    """`title` without the site's name opening it before a colon typed with no space before it
    (FUDforum's `Diễn đàn X: <topic>`), when a link to the home page prints that name whole (the
    header's `<a href="index.php">Diễn đàn X</a>`): the site's, however many colons the rest
    holds."""
    opening = NAME_BEFORE_COLON.match(title.strip())
    if opening is None or _key(opening.group(1)) not in _home_link_names(page):
        return title
    return title.strip()[opening.end() :]


def _home_link_names(page: Page) -> frozenset[str]:
    """The texts of the links to the site's home page, as `_key`s."""
    if "home_link_names" not in page.memo:
        names = {_key(text_of(a)) for a in page.root.iter("a") if links_home(page, a.get("href"))}
        page.memo["home_link_names"] = frozenset(names - {""})
    return page.memo["home_link_names"]


def _without_unspaced_affix(page: Page, title: str) -> str:
    """`title` without the site's name a template joins to it by a hyphen typed without spaces
    (`UNSPACED_AFFIX`), in a title with no other separator: where a title parts its site's
    name with a spaced one, a hyphen inside its words joins words (`"Job-Turbo" hilft …`)."""
    joint = UNSPACED_AFFIX.search(title)
    if joint is not None:
        name = title[joint.end() :]
        if len(name.split()) >= MIN_UNSPACED_NAME and _is_site_name(page, name):
            return title[: joint.start()].strip()
    return title


def names_site(page: Page, text: str) -> bool:
    """The whole text is the site's name (a logo `<h1>`: `BÁO LONG SƠN ĐIỆN TỬ`), by the site's
    declared name, its host (`stadtblatt.example`, `stadtblatt`), a heading linking the home
    page (a forum's board `<h1><a href="index.php">`), its logo's words (alone or
    after the kind of site: `Cổng thông tin điện tử` + the logo's `Hội Nông dân tỉnh X`), or an
    outlet's name in a few words (not `Bộ Y tế họp báo…`)."""
    key = _key(text).replace(" ", "")
    site = _key(page.meta.get("og:site_name", "")).replace(" ", "")
    hostname = (urlsplit(page.canonical_url).hostname or "").removeprefix("www.")
    host = hostname.split(".")[0]
    if not key or (site and key == site) or key == hostname:
        return True
    if host and len(host) > 3 and key in (host, f"bao{host}", host.removeprefix("bao")):
        return True
    logos = _logo_names(page)
    if any(key == logo.replace(" ", "") for logo in logos):
        return True
    if fold(text).replace(" ", "") in _home_headings(page):
        return True
    kind = re.match(SITE_KIND, _key(text))
    named = _key(text)[kind.end() :] if kind else ""
    if named and (
        named.replace(" ", "") == site or any(_spells_out(named, logo) for logo in logos)
    ):
        return True
    words = normalize("NFC", text).lower().split()
    outlet = OUTLET_NAME_UNTONED if text.isascii() else OUTLET_NAME
    return len(words) <= MAX_OUTLET_WORDS and bool(re.match(outlet, " ".join(words)))


def rewords_logo(page: Page, text: str) -> bool:
    """`text` holds every word of the site's name as its logo spells it, in another order and
    with one more word at most (a shop's `Xưởng hương Hùng Thịnh – Quảng Phú Cầu` under its
    logo's `Hương Quảng Phú Cầu Hùng Thịnh`): the site signing its own post. A name of a few
    words only (a writer's own blog named after her) could be a person's: it must be long."""
    words = NAME_WORD.findall(_key(text))
    for logo in _logo_names(page):
        named = NAME_WORD.findall(logo)
        if len(named) < MIN_REWORDED_LOGO_WORDS or len(words) > len(named) + MAX_ADDED_WORDS:
            continue
        if not Counter(named) - Counter(words):
            return True
    return False


def _logo_names(page: Page) -> list[str]:
    """The site's name as its logo says it, as keys: the `alt` of the picture in the link to
    the home page (`<a href="/"><img alt="Du lịch Tuyên Quang"></a>`), or of a picture in the
    site's banner or logo block outside the article (an old portal's `<div class="banner">
    <img alt="Ban Chỉ huy PCTT và TKCN tỉnh Khánh Hòa">`, linked nowhere)."""
    if "logo_names" not in page.memo:
        pictures = [
            *page.select("a[href='/'] img[alt]"),
            *(
                img
                for css in ("[class*=banner] img[alt]", "[class*=logo] img[alt]")
                for img in page.select(css)
                if _in_site_banner(img)
            ),
        ]
        alts = (img.get("alt") or "" for img in pictures)
        classed = (text_of(el) for el in page.select(SITE_NAME_CLASSED))
        lines = (*alts, *_banner_lines(page), *classed)
        names = dict.fromkeys(key for text in lines if (key := _key(text)))
        page.memo["logo_names"] = list(names)
    return page.memo["logo_names"]


def _banner_lines(page: Page) -> list[str]:
    """The lines a banner block prints as text beside its logo (`<div class="banner-text">
    <div>HỘI … TỈNH PHÚ THỌ</div></div>`): the site's name, typed instead of drawn. A line with
    a link in it or around it leads elsewhere (a banner of other articles); a banner drawing no
    logo is no site's banner (a report's title banner over its headline and lead)."""
    return [
        text
        for el in page.select("[class*=banner] *, [class*=logo] *")
        if not len(el)
        and el.tag not in ("a", "img")
        and next(el.iterancestors("a"), None) is None
        and (text := text_of(el))
        and len(text) <= MAX_BANNER_LINE
        and _in_site_banner(el)
        and _beside_logo(el)
    ]


def _beside_logo(el: _Element) -> bool:
    """One of the few blocks around `el` draws a picture: the logo it is printed beside."""
    return any(
        next(block.iter("img", "svg"), None) is not None
        for block in islice(el.iterancestors(), MAX_BANNER_DEPTH)
    )


def _in_site_banner(img: _Element) -> bool:
    """`img` is in a block classed as the site's banner or logo, one of the few right around
    it (a class of `<body>`, WordPress's `wp-custom-logo`, says nothing of its pictures), not
    inside the article."""
    banner = False
    for depth, el in enumerate(img.iterancestors()):
        if el.tag in ("article", "main") or ARTICLE_TYPE.search(el.get("itemtype") or ""):
            return False
        if depth < MAX_BANNER_DEPTH and el.tag not in ("body", "html"):
            banner = banner or bool(BANNER_CLASS.search(el.get("class") or ""))
    return banner


def _spells_out(named: str, logo: str) -> bool:
    """`named` is the logo's name with its abbreviations written out, word by word (`ban chi
    huy phong, chong thien tai va tim kiem cuu nan tinh khanh hoa` for the logo's `ban chi huy
    pctt va tkcn tinh khanh hoa`): each word of the logo is the next word of `named`, or the
    initials of as many next words as it has letters."""
    words = [w for w in (word.strip(",.;:()") for word in named.split()) if w]
    at = 0
    for word in logo.split():
        if at < len(words) and words[at] == word:
            at += 1
        elif len(word) > 1 and "".join(w[0] for w in words[at : at + len(word)]) == word:
            at += len(word)
        else:
            return False
    return at == len(words)


def opens_with_site_name(page: Page, text: str) -> bool:
    """`text` is the site's name, or opens with it before a separator (`Diễn đàn Nông dân Đồng
    Tháp - nơi bà con trao đổi kinh nghiệm`): the site speaking of itself. The name is known
    as `names_site` knows it, or as the part a metadata title prints beside the headline: the
    headline as the site name check leaves it, the printed headline, or another metadata
    title inside it (`<title>` is og:title and ` | Ngân hàng Phương Nam`); the title's parts
    may be joined by a word or two in the text's opening clause (`_joins_parts`). The kind of
    site may open it (`Trang thông tin của phường Kim Long, thành phố Huế.` under `… - Phường
    Kim Long - Thành phố Huế`): the site naming itself all the same."""
    first = SEPARATOR.split(text.strip(), maxsplit=1)[0]
    if names_site(page, text) or (first != text.strip() and names_site(page, first)):
        return True
    key = _key(first)
    clause = _key(CLAUSE_END.split(text.strip(), maxsplit=1)[0]).split()
    kind = SITE_PAGE_KIND.match(" ".join(NAME_WORD.findall(fold(text))))
    named = kind.string[kind.end() :].split() if kind else []
    titles = meta_titles(page)
    shown = headline_element(page)
    printed = text_of(shown) if shown is not None else ""
    for title in titles:
        for headline in {strip_site_name(page, title), printed, *titles}:
            if not headline or headline == title.strip() or headline not in title:
                continue
            rest = title.replace(headline, "")
            if _key(rest).strip(" |-–—:»/") == key or _joins_parts(clause, rest):
                return True
            if named and _joins_parts(named, rest):
                return True
    return False


def _joins_parts(clause: list[str], rest: str) -> bool:
    """The words of `clause` are the parts of a title's `rest` (what it prints beside the
    headline: ` | Tin tức tiếng Việt | Đài X`), in order, a word or two between them (`Tin tức
    tiếng Việt của Đài X`): the site's own name for itself."""
    parts = [words for part in TITLE_SEPARATOR.split(rest) if (words := _key(part).split())]
    at = 0
    for n, words in enumerate(parts):
        if n:  # the words joining this part to the one before it
            gap = next(
                (
                    g
                    for g in range(MAX_JOINING_WORDS + 1)
                    if clause[at + g : at + g + len(words)] == words
                ),
                None,
            )
            if gap is None:
                return False
            at += gap
        elif clause[: len(words)] != words:
            return False
        at += len(words)
    return bool(parts) and at == len(clause)


def _is_site_name(page: Page, part: str) -> bool:
    key = fold(part).replace(" ", "")
    site = fold(page.meta.get("og:site_name", "")).replace(" ", "")
    host = (urlsplit(page.canonical_url).hostname or "").removeprefix("www.").split(".")[0]
    if not key:
        return True
    if site and (key == site or key in site or site in key):
        return True
    if host and len(host) > 3 and (_holds_host(part, key, host) or key.removeprefix("bao") in host):
        return True
    return key in _home_headings(page) or is_organisation(part)


def _holds_host(part: str, key: str, host: str) -> bool:
    """The part spells the host's name in a few words (`Báo điện tử Krông Nô` on `krongno.…`);
    a sentence that names the place the host is named for is the headline (`Krông Nô thu hoạch
    cà phê gắn với chống trộm cắp`)."""
    return host in key and len(part.split()) <= MAX_OUTLET_WORDS


def _home_headings(page: Page) -> frozenset[str]:
    """The texts of headings that link to the site's home page (`<a href="/"><h1>Hội Nông dân
    tỉnh X</h1></a>`, or the link inside the heading), as `_is_site_name` keys: a theme prints
    the site's name so, and the entry's title below it is another heading."""
    if "home_headings" not in page.memo:
        names = set()
        for heading in page.root.iter(*HEADING_TAGS):  # fewer than the links: asked first
            for link in (*heading.iterancestors("a"), *heading.iter("a")):
                same = _key(text_of(heading)) == _key(text_of(link))
                if same and links_home(page, link.get("href")):
                    names.add(fold(text_of(heading)).replace(" ", ""))
        page.memo["home_headings"] = frozenset(names - {""})
    return page.memo["home_headings"]


def links_home(page: Page, href: str | None) -> bool:
    """`href` is the site's home page: its root (or `index.*`), no query, on the page's site."""
    address = urlsplit(page.absolute(href) or "")
    site = site_host(urlsplit(page.url).hostname)
    return (
        bool(address.hostname)
        and site_host(address.hostname) == site
        and HOME_PATH.fullmatch(address.path) is not None
        and not address.query
    )


def _key(text: str) -> str:
    """Comparison key of a title: folded diacritics and case, single spaces."""
    return " ".join(fold(text).split())


def meta_titles(page: Page) -> list[str]:
    """The headline as the page's metadata gives it (og:title, JSON-LD, a `headline` meta tag
    (schema.org microdata's `itemprop`, or `name`), twitter:title, `<title>`). A live page's
    JSON-LD is a LiveBlogPosting: its headline is a title too (its dates and people describe
    the coverage and its entries, and are not read as the article's). Read once a page: the
    headline, its element, the lead and the site-name checks each ask for them."""
    if "meta_titles" not in page.memo:
        page.memo["meta_titles"] = _meta_titles(page)
    return list(page.memo["meta_titles"])


def _meta_titles(page: Page) -> list[str]:
    ld_headline = page.article_ld.get("headline") or _live_blog_headline(page)
    found = [
        page.meta.get("og:title"),
        unescape(ld_headline) if isinstance(ld_headline, str) else None,
        page.meta.get("headline"),
        page.meta.get("twitter:title"),
        page.first_text("title"),
    ]
    return [t for t in found if t and not _names_view(page, t)]


def _live_blog_headline(page: Page) -> str | None:
    for obj in page.json_ld:
        if obj.get("@type") == "LiveBlogPosting" and isinstance(obj.get("headline"), str):
            return obj["headline"]
    return None


def _names_view(page: Page, title: str) -> bool:
    """A title that names the kind of page, not the article: a print view's `In bài viết`, a
    detail view's `Tin chi tiết`."""
    return bool(VIEW_TITLE.fullmatch(_key(strip_site_name(page, title))))


def _in_zone(page: Page, el: _Element, keep: frozenset) -> bool:
    """Some element from `el` up to `<body>`, other than those in `keep`, is a zone. Whether
    an element is one is asked once a page: the fields ask of many elements in the same few
    containers."""
    zones = page.memo.get("zones")
    if zones is None:
        zones = page.memo["zones"] = dict.fromkeys(_page_frame(page), False)
    node = el
    while node is not None and node.tag not in ("body", "html"):
        if node not in keep:
            zone = zones.get(node)
            if zone is None:
                zone = zones[node] = is_zone(node)
            if zone:
                return True
        node = node.getparent()
    return False


def _page_frame(page: Page) -> set[_Element]:
    """The elements around the page's main content (`<main>`, `role="main"`), and that element
    itself: the page, never furniture, whatever their class says (a wrapper named after its
    template, `page-template-right-sidebar`; a newsletter product's `<main
    class="main-content-and-footer">`); so are the elements classed as a sidebar around another
    one (Weebly's `blog-sidebar-separator` table around the post's cell and `td.blog-sidebar`):
    the layout holding the column and its sidebar, where the sidebar is the inner one. So is an
    element classed as a sidebar around an `<article>` with the `<h1>` (Soledad's main column,
    `penci-main-sticky-sidebar`, named for the sidebar it sticks beside)."""
    frame: set[_Element] = set()
    for main in (*page.index.tagged("main"), *page.bearing("role", "main")):
        frame.update(main.iterancestors())
        frame.add(main)
    climbed: set[_Element] = set()
    for value in _scanned_values(page, "class", _class_scan(SIDEBAR_CLASS)):
        for side in page.bearing("class", value):
            if HEADED_ARTICLE(side):
                frame.add(side)
            for above in side.iterancestors():
                if above in climbed:
                    break
                climbed.add(above)
                if SIDEBAR_CLASS.search(above.get("class") or ""):
                    frame.add(above)
    return frame


def _article_ancestors(page: Page) -> frozenset:
    """Elements around the headline and the known body: never furniture, whatever their class
    (VnExpress calls its main column `sidebar-1`)."""
    if "article_ancestors" not in page.memo:
        found: set[_Element] = set()
        for el in (headline_element(page), known_body(page)):
            if el is not None:
                found.update(el.iterancestors())
        page.memo["article_ancestors"] = frozenset(found)
    return page.memo["article_ancestors"]


def post_column(page: Page, el: _Element) -> bool:
    """`el` is in a sidebar holding the post's own facts (a blog theme's column beside the text:
    the author's picture and name, one `<time>`, the post's section; MkDocs Material's blog
    post): the sidebar has a box classed as the author's and one `<time>`, before the headline,
    and no link as long as a headline, which a list of other posts would have."""
    side = next((a for a in el.iterancestors() if SIDEBAR_CLASS.search(a.get("class") or "")), None)
    anchor = headline_element(page)
    if side is None or anchor is None or position(page, side) > position(page, anchor):
        return False
    if anchor in side.iterancestors() or side in anchor.iterancestors():
        return False
    if len(side.findall(".//time")) != 1:
        return False
    if not any(POST_AUTHOR.search(node.get("class") or "") for node in side.iter()):
        return False
    return all(len(text_of(a).split()) < MIN_TEASER_WORDS for a in side.iter("a"))


def in_zone(page: Page, el: _Element) -> bool:
    """True when `el` sits in a non-article zone (one around neither headline nor body)."""
    return _in_zone(page, el, _article_ancestors(page))


def article_fact(el: _Element) -> str:
    """The label of the article's fact whose value holds `el`, folded: the `<dt>` before its
    `<dd>` in a description list inside the `<article>` element or beside the text
    (`_beside_text`) (a `Thông tin bài viết` box beside the text, furniture by its tag:
    `<dt>Ngày đăng</dt><dd><time …></dd>`, `<dt>Lượt xem</dt><dd>846</dd>`); else empty."""
    value = next((n for n in (el, *el.iterancestors()) if n.tag == "dd"), None)
    term = value.getprevious() if value is not None else None
    if term is None or term.tag != "dt":
        return ""
    if not any(node.tag == "article" for node in value.iterancestors()) and not _beside_text(
        value.getparent()
    ):
        return ""
    return fold(text_of(term))


def _beside_text(facts: _Element | None) -> bool:
    """The description list `facts`, or the box holding it (an `<aside>`), sits beside a block of
    the text's paragraphs in one column (REDAXO's `<aside><dl>` of the author, the day and the
    views beside the text's `<div>`): the article's facts, wherever no `<article>` tag says so."""
    boxes = (facts, facts.getparent()) if facts is not None else ()
    return any(
        sum(len(text_of(p)) >= MIN_SENTENCE for p in sibling.iterchildren("p")) >= 2
        for box in boxes
        if box is not None
        for sibling in (*box.itersiblings(), *box.itersiblings(preceding=True))
    )


def known_body(page: Page) -> _Element | None:
    """The body element of a known CMS family, when it holds real paragraphs."""
    if "known_body" not in page.memo:
        page.memo["known_body"] = None
        for css in BODY_SELECTORS if is_vietnamese(page) else ():
            found = [el for el in page.select(css) if not _hidden(el)]
            if found:
                best = found[0] if len(found) == 1 else max(found, key=lambda el: len(text_of(el)))
                if holds_prose(best, MIN_BODY) or holds_prose(best, MIN_BODY, "div"):
                    page.memo["known_body"] = best
                    break
    return page.memo["known_body"]


def is_vietnamese(page: Page) -> bool:
    """The page declares Vietnamese, titles itself in Vietnamese (forum software left in its
    English locale declares `en`), or sits on a `.vn` host declaring nothing or linking its
    Vietnamese version (a paper's Chinese or Jrai edition is printed on the paper's Vietnamese
    template, its date line and counters in Vietnamese). The CMS classes above are Vietnamese
    families; on other pages the same class names mean other layouts."""
    if "vietnamese" not in page.memo:
        lang = (page.root.get("lang") or page.meta.get("og:locale") or "").lower()
        titles = meta_titles(page) or [text_of(h) for h in page.root.iter("h1")]
        page.memo["vietnamese"] = (
            lang.startswith("vi")
            or (on_vietnamese_host(page) and (not lang or _links_vietnamese_version(page)))
            or bool(re.search(VIETNAMESE_LETTERS, " ".join(titles)))
        )
    return page.memo["vietnamese"]


def on_vietnamese_host(page: Page) -> bool:
    """The page sits under Vietnam's country domain (`.vn`): a Vietnamese paper's, agency's or
    portal's, whatever language its edition is in."""
    return (urlsplit(page.canonical_url).hostname or "").endswith(".vn")


def _links_vietnamese_version(page: Page) -> bool:
    """The head names a Vietnamese alternate (`<link rel="alternate" hreflang="vi">`)."""
    return any(
        (link.get("hreflang") or "").lower().startswith("vi") for link in page.root.iter("link")
    )


def prose(el: _Element, tag: str = "p") -> int:
    """Characters of paragraph text in `el` (`p` elements not made of links). With `div`: of
    text typed in `<div>`s holding no other block (Blogger's and some editors' paragraphs)."""
    return _prose(el, tag, None)


def holds_prose(
    el: _Element, least: int, tag: str = "p", read: Callable[[_Element], str] = text_of
) -> bool:
    """`prose(el, tag) >= least`, reading paragraphs only until `least` characters are found:
    a body's first few paragraphs answer, not its whole text. `read` gives a paragraph's text
    (one read before, when kept)."""
    return _prose(el, tag, least, read) >= least


def paragraph_prose(el: _Element) -> dict[_Element, int]:
    """Each `p` of `el` that is prose → its characters: `prose` of `el` or of any element in it
    is the sum over its paragraphs, without reading their text again."""
    return dict(_prose_paragraphs(el, "p"))


def _prose(
    el: _Element, tag: str, enough: int | None, read: Callable[[_Element], str] = text_of
) -> int:
    """`prose(el, tag)`, or a count of at least `enough` once it has passed it."""
    total = 0
    for _, length in _prose_paragraphs(el, tag, read):
        total += length
        if enough is not None and total >= enough:
            break
    return total


def _prose_paragraphs(
    el: _Element, tag: str, read: Callable[[_Element], str] = text_of
) -> Iterator[tuple[_Element, int]]:
    """The paragraphs of prose in `el` (see `prose`), each with its characters."""
    for p in el.iter(tag):
        if tag != "p" and any(isinstance(c.tag, str) and c.tag in INNER_BLOCKS for c in p):
            continue
        text = read(p)
        if len(text) < MIN_PARAGRAPH:
            continue  # its links are not read
        if sum(len(text_of(a)) for a in p.iter("a")) < len(text) / 2:
            yield p, len(text)


def own_texts(page: Page) -> list[tuple[_Element, str]]:
    """Each element of the body (scripts and styles aside) with its own text, its text and its
    children's tails: where a short labelled line (a date, a view count) is looked for. Built
    once per page for the fields that scan the whole body."""
    if "own_texts" not in page.memo:
        body = page.root.find("body")
        entries = []
        for el in body.iter(Element) if body is not None else ():
            if el.tag in ("script", "style"):
                continue
            own = el.text or ""
            if len(el):  # children by `getnext`: lxml's child iterator costs more a child
                tails = []
                child = el[0]
                while child is not None:
                    tails.append(child.tail or "")
                    child = child.getnext()
                own += " ".join(tails)
            entries.append((el, own))
        page.memo["own_texts"] = entries
    return page.memo["own_texts"]


def text_scan(*words: str | tuple[str, str]) -> re.Pattern[str]:
    """One pattern for `own_texts_with` finding any of `words`, each opening with one character
    of a class (`[tT][aA][gG]`): `[tTcC…](?:(?<=[tT])[aA][gG]|…)`.

    `re` skips ahead to the characters that can start a match only when a pattern opens with
    one class; an alternation of words tries each at every position of the page's text, and
    one pattern a word scans the text once a word: either costs three times as long.

    A word given as `(before, word)` is found from a rarer letter than its first (`ừ` of `Từ
    khóa`, `w` of `keyword`: `("[tT]", "[ừỪ]\\s+khóa")`), with `before` looked behind it: of a
    Vietnamese page's characters, a sixth are a `t`, `c`, `n` or `k`, and each one `re` stops
    at costs far more than one it skips. `before` is of fixed width and matches no NUL, so the
    match is in the same text as it was from the first letter, only starting later.

    At each opening letter `re` tries the branches in turn, and a branch opening with a
    look-behind is entered to be refused; one opening with a character (a class, `\\s`, a
    letter) is refused on that character alone. So a branch whose word goes on with one
    character reads it first and looks behind after it, over that character too
    (`[ừỪ](?:\\s(?<=[tT][ừỪ]\\s)\\s*khóa|…)`: `X+` is `X` then `X*`); the same texts match, at
    the same places (`_opening_character`). A single word has no branches to refuse, and keeps
    its look-behind first.
    """
    opening = patterns.compile(r"\[(?:\\.|[^\]])+\]")
    firsts, branches = [], []
    for entry in words:
        before, word = entry if isinstance(entry, tuple) else ("", entry)
        first = opening.match(word)
        if first is None or word[first.end() : first.end() + 1] in ("*", "+", "?", "{"):
            raise ValueError(f"{word!r} does not open with one character of a class")
        firsts.append(first.group()[1:-1])
        behind, rest = f"{before}{first.group()}", word[first.end() :]
        character = _opening_character(rest) if len(words) > 1 else None
        if character is None:
            branches.append(f"(?<={behind}){rest}")
            continue
        after = rest[len(character) :]
        more = after.startswith("+")  # `X+`: `X`, then `X*` after the look-behind
        branches.append(
            f"{character}(?<={behind}{character})" + (f"{character}*{after[1:]}" if more else after)
        )
    return patterns.compile(f"[{''.join(firsts)}](?:{'|'.join(branches)})")


def _opening_character(pattern: str) -> str | None:
    """The one-character atom `pattern` opens with, unless it is optional or repeated from zero
    (`*`, `?`, `{`): a branch may be refused on it before its look-behind is tried."""
    found = patterns.ONE_CHARACTER.match(pattern)
    if found is None or pattern[found.end() : found.end() + 1] in ("*", "?", "{"):
        return None
    return found.group()


def own_texts_with(
    page: Page, texts: tuple[re.Pattern[str], ...], name: re.Pattern[str] | None = None
) -> list[tuple[_Element, str]]:
    """The `own_texts` entries, in document order, in whose own text one of `texts` finds
    something, or in whose class or id `name` does (see `named`): each pattern searches all the
    texts joined by NULs, which are never text, once, instead of each element's. The patterns
    must not match a NUL nor look beyond their match (anchors, look-arounds, `\\b`), and each
    match holds a character that is not a space: the texts of spaces alone (most of a page's,
    the indentation between its tags) are left out of the scan."""
    entries = own_texts(page)
    joined, starts, scanned = _joined_own_texts(page)
    picked = {
        scanned[bisect_right(starts, m.start()) - 1]
        for pattern in texts
        if _may_find(pattern, joined)
        for scan in _scans(pattern, joined)
        for m in scan.finditer(joined)
    }
    if name is not None and (marked := set(named(page, name))):
        picked.update(i for i, (el, _) in enumerate(entries) if el in marked)
    return [entries[i] for i in sorted(picked)]


def _may_find(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` holds one of the characters every match of `pattern` holds, when those are
    known (`patterns.required_characters`): a scan for a script's or an icon's characters
    (`年`, `👁`) a page does not print is skipped, where `re` tried it at each of the page's
    characters."""
    needed = patterns.required_characters(pattern)
    return needed is None or any(character in text for character in needed)


def _scans(pattern: re.Pattern[str], text: str) -> Iterable[re.Pattern[str]]:
    """The searches of `text` that find the places `pattern` matches at: for a pattern opening
    with a class of a few characters, the pattern opening with each one `text` holds
    (`patterns.by_opening_character`), which `re` finds by comparing characters where it
    tested the class at each; else `pattern` itself."""
    variants = patterns.by_opening_character(pattern)
    if variants is None:
        return (pattern,)
    return [scan for character, scan in variants.items() if character in text]


def imported(page: Page) -> bool:
    """The page says its article was imported from an absorbed paper's old site, by a notice
    (`IMPORT_NOTICE`) or by its breadcrumb trail, which files it under the old paper's archive
    (`Trang chủ » Bạc Liêu (cũ) » Nông nghiệp`): the old site's box the import kept inside the
    text (its date line, its category) is the old site's, and the new site's times are the
    import's."""
    if "imported" not in page.memo:
        page.memo["imported"] = any(
            OLD_PAPER_SECTION.search(fold(text_of(a))) for a in page.select(CRUMB_LINKS)
        ) or any(
            len(own) <= MAX_IMPORT_NOTICE and IMPORT_NOTICE.search(fold(own))
            for _, own in own_texts_with(page, (IMPORT_NOTICE_WORDS,))
        )
    return page.memo["imported"]


def own_texts_holding(page: Page, text: str) -> list[tuple[_Element, str]]:
    """The `own_texts` entries, in document order, with a text node holding `text`: the
    element's text or a child's tail, not one running into the next. Found in the joined own
    texts (see `own_texts_with`), where a search of every text node walks the whole tree."""
    entries = own_texts(page)
    if text.strip() and "\x00" not in text:
        joined, starts, scanned = _joined_own_texts(page)
        at = joined.find(text)
        candidates = []
        while at >= 0:
            candidates.append(scanned[bisect_right(starts, at) - 1])
            at = joined.find(text, at + 1)
    else:
        candidates = list(range(len(entries)))
    return [
        entries[i]
        for i in sorted(set(candidates))
        if text in (entries[i][0].text or "")
        or any(text in (child.tail or "") for child in entries[i][0])
    ]


def _joined_own_texts(page: Page) -> tuple[str, list[int], list[int]]:
    """The `own_texts` that are not spaces alone joined by NULs, where each starts in that
    text, and their indexes among the entries (built once per page)."""
    if "own_texts_joined" not in page.memo:
        entries = own_texts(page)
        scanned = [i for i, (_, own) in enumerate(entries) if own and not own.isspace()]
        starts, at = [], 0
        for i in scanned:
            starts.append(at)
            at += len(entries[i][1]) + 1
        joined = "\x00".join(entries[i][1] for i in scanned)
        page.memo["own_texts_joined"] = (joined, starts, scanned)
    return page.memo["own_texts_joined"]


def named(page: Page, pattern: re.Pattern[str]) -> list[_Element]:
    """The elements of the body, in document order, in whose `classes` `pattern` finds something.

    `pattern` must find a word of the class or of the id, never one across the space between
    them (true of the class-word patterns here): then the page's distinct class and id values
    are searched, and only elements bearing a value it finds are picked. A class-word pattern
    (`_CLASS_WORDS`) searches all of an attribute's values, joined by line breaks, once."""
    scan = _class_scan(pattern)
    found = [
        (attribute, value)
        for attribute in ("class", "id")
        for value in (
            _scanned_values(page, attribute, scan)
            if scan is not None
            else (value for value in page.attribute_values(attribute) if pattern.search(value))
        )
    ]
    body = page.root.find("body")
    if body is None or not found:
        return []
    marked = {el for attribute, value in found for el in page.bearing(attribute, value)}
    return sorted(page.index.inside(body, marked), key=page.order.__getitem__)


# A class-word pattern: words standing alone or between `-`, `_` and spaces in a class or id
# value, `(?:^|[\s_-])(?:sapo|lead)(?:$|[\s_-])`, or between spaces alone, a class of its own
# (`(?:^|\s)created(?:$|\s)`); the words hold no line break.
_CLASS_WORDS = patterns.compile(
    r"\(\?:\^\|(?P<before>\[\\s_-\]|\\s)\)(?P<words>[A-Za-z0-9()|?:-]+)"
    r"\(\?:\$\|(?P<after>\[\\s_-\]|\\s)\)"
)


class _Scan(NamedTuple):
    """A class-word pattern's scan of a page's joined values, and whether it reads them lowered
    by `CASE_BLIND`."""

    pattern: re.Pattern[str]
    lowered: bool


_SCANS: dict[re.Pattern[str], _Scan | None] = {}
# What `re`'s case-blind match takes for each ASCII letter, as that letter in lower case (the
# Kelvin sign and the long s, the dotted capital and the dotless small i besides the capitals):
# a class word's letters are ASCII, so a case-blind pattern finds in values so lowered what the
# same pattern in lower case finds case-sensitively, at the same places.
CASE_BLIND = str.maketrans(
    {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
    | {"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"}
)


def _class_scan(pattern: re.Pattern[str]) -> _Scan | None:
    r"""For a class-word pattern, the same words found in values joined by line breaks (a line
    break before and after each): `[\s_-](?:sapo|lead)(?=[\s_-])` (`\s(?:created)(?=\s)` for
    one opening with `\s`), whose opening character class lets `re` skip to the candidates,
    where `^` made it try every position of every value. A value's start and end are a line
    break in the joined text, which `[\s_-]` and `\s` find as `^` and `$` found them. A
    case-blind pattern's words are looked for in lower case, in the values lowered
    (`CASE_BLIND`): `re` skips the words whose first letter is not the one at hand only in a
    case-sensitive match, and trying each took a third of the scan. None for other patterns."""
    if pattern not in _SCANS:
        shape = _CLASS_WORDS.fullmatch(pattern.pattern)
        if shape is None:
            _SCANS[pattern] = None
        else:
            lowered = bool(pattern.flags & re.I)
            words = shape["words"].lower() if lowered else shape["words"]
            flags = pattern.flags & ~re.I if lowered else pattern.flags
            scan = patterns.compile(rf"{shape['before']}(?:{words})(?={shape['after']})", flags)
            _SCANS[pattern] = _Scan(scan, lowered)
    return _SCANS[pattern]


def _scanned_values(page: Page, attribute: str, scan: _Scan) -> list[str]:
    """The distinct values of `attribute` in which a class-word pattern finds something, by one
    `scan` of them all (see `_class_scan`); each match's words begin one character in."""
    key = f"joined {attribute}"
    if key not in page.memo:
        values = list(page.attribute_values(attribute))
        starts, at = [], 1
        for value in values:
            starts.append(at)
            at += len(value) + 1
        page.memo[key] = ("\n" + "\n".join(values) + "\n", starts, values)
    joined, starts, values = page.memo[key]
    if scan.lowered:
        if f"lowered {attribute}" not in page.memo:
            page.memo[f"lowered {attribute}"] = joined.translate(CASE_BLIND)
        joined = page.memo[f"lowered {attribute}"]
    picked = {bisect_right(starts, m.start() + 1) - 1 for m in scan.pattern.finditer(joined)}
    return [values[i] for i in sorted(picked)]


def position(page: Page, el: _Element) -> int:
    """Document-order index of `el`."""
    return page.order.get(el, 0)


def distance(page: Page, el: _Element) -> int:
    """How far `el` is from the headline in document order (0 without a headline)."""
    anchor = headline_element(page)
    return abs(position(page, el) - position(page, anchor)) if anchor is not None else 0


def menu_sections(page: Page) -> frozenset[str]:
    """The addresses a menu over the headline lists: a list of several items, each one short
    link and nothing else (`<div id="nav"><ul><li><a href="/sort/giao-thong">Giao thông - Xây
    dựng</a></li>…`), the site's sections (article titles are longer). A link in the article's
    own lines to one of them names the section the article is filed under, not another article.
    Read once a page."""
    if "menu_sections" not in page.memo:
        anchor = headline_element(page)
        at = position(page, anchor) if anchor is not None else 0
        found: set[str] = set()
        for menu in page.root.iter("ul", "ol"):
            if position(page, menu) >= at:
                break
            items = [li for li in menu if li.tag == "li"]
            links = [_menu_link(li) for li in items]
            if len(items) >= MIN_MENU_ITEMS and all(a is not None for a in links):
                found.update(page.absolute(a.get("href")) or "" for a in links)
        page.memo["menu_sections"] = frozenset(found - {""})
    return page.memo["menu_sections"]


def _menu_link(item: _Element) -> _Element | None:
    """The one link that is the whole of a menu's item, a section's name of a few words."""
    links = [a for a in item.iter("a") if a.get("href")]
    if len(links) != 1 or (text := text_of(links[0])) != text_of(item):
        return None
    return links[0] if 0 < len(text.split()) <= MAX_MENU_WORDS else None
