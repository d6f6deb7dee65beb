"""Byline outside the body: author boxes, author-page links, `Tác giả:` lines, then metadata.

(The right-aligned last paragraph and `Bài và ảnh:` lines inside the body are read by
`parsers.body`, and win over these.) Outlets are never authors: `meta author` is often the site
(`TUOI TRE ONLINE`, `Dân Trí`, `VCCorp.vn`) and is skipped through `is_organisation`. The people
JSON-LD or the author meta tags name check the visible byline: they complete a box that shows
the first of several authors and replace a box or link that names none of them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from lxml.etree import XPath, _Element

from parsers import patterns
from parsers.body import (
    ATTACHMENT_LINE_LABEL,
    BOLD_CLASS,
    BOLD_STYLE,
    BYLINE_CLASS,
    ROLE_LINE,
    VISUALLY_HIDDEN,
    aligned_right,
    all_bold,
    signed_name,
)
from parsers.generic.container import body_container, data_article
from parsers.generic.dates import (
    ENGLISH_MONTH,
    MAIL_FIELD,
    READING_TIME,
    SHORT_WEEKDAY_BEFORE,
    TOOLTIPS,
    WEEKDAY_BEFORE,
    creation_entry,
    facts_column,
    mail_header,
    published,
    visible_dates,
)
from parsers.generic.pictures import caption_element
from parsers.generic.zones import (
    article_fact,
    article_footer,
    classes,
    distance,
    headline_element,
    in_zone,
    is_vietnamese,
    is_zone,
    named,
    names_site,
    own_texts,
    own_texts_with,
    position,
    post_column,
    rewords_logo,
    text_scan,
)
from parsers.page import (
    Page,
    broken_text,
    select,
    self_and_ancestors,
    short_text,
    text_of,
    text_start,
    texts_before,
    values_beside,
)
from parsers.vietnamese.dates import DateMatch, search_datetime
from parsers.vietnamese.names import (
    COMMON_SURNAMES,
    clean_byline,
    credited_otherwise,
    credits_roles,
    is_account,
    is_organisation,
    is_photo_credit,
    is_post,
    name_before_post,
    name_before_unit,
    without_contact,
    without_title,
)
from parsers.vietnamese.text import fold

MAX_GRID_DEPTH = 2  # levels from an author's box up to the grid of author boxes
MAX_GRID_CHARS = 600  # characters of such a grid: names, affiliations and their headings
AUTHOR_SELECTORS = (
    "[data-role=author]",
    ".detail-author-bot",
    ".author-info",
    ".pAuthor",
    ".author-name",
    ".author",
    ".detail-author",
    ".article__author",
    ".post-author",
    ".byline",
    ".tacgia",
    ".tac-gia",
    "[itemprop=author]",
)
# The contact of the article's writer, as HTML defines the element: on Vietnamese pages the
# name (German papers print the writer's job under it, `Redakteurin für Finanzen`).
ADDRESS = "article address"
# Links to an author's page: `/tac-gia/`, `/nguoi-viet/`, `/author/`, `/authors/`, German
# `/autor/`, `/autoren/`, French `/auteur/`, WordPress's plain address `?author=12`, a
# publishing platform's profile on the site's own `/@handle` (`<a href="/@lamtuan">`), and a
# help centre's profile of the agent who wrote the article (Zendesk Guide's `/hc/vi/profiles/…`).
AUTHOR_LINKS = (
    "a[href*='/tac-gia/'], a[href*='/nguoi-viet/'], a[href*='/author/'], a[href*='/authors/'],"
    " a[href*='/autor/'], a[href*='/autoren/'], a[href*='/auteur/'], a[href*='?author='],"
    " a[rel=author], a[href^='/@'], a[href*='/profiles/']"
)
# A feed's type (`application/rss+xml`, `application/atom+xml`).
FEED_TYPE = patterns.compile(r"(?:rss|atom)\+xml")
# A label in front of the name in other languages: `Autorin/Autor Roman Beispiel`, `Author: X`.
# This and the other patterns below given as text are for some pages only: `re` compiles them
# on first use (and keeps them in its cache).
AUTHOR_LABEL = (
    r"(?i)^(?:autor(?:in)?(?:\s*/\s*autor(?:in)?)?|authors?|auteur|autore|forfatter|författare|yazar)"
    r"\s*:?\s+(?P<name>\S.*)$"
    # `By Jane Roe`, `By: Jane Roe`, `Von Max Beispiel, Frankfurt`, `Par Jean Exemple et Marie
    # Modèle`: the word before the writers' names (capitalised; a place may follow a comma); a
    # translator's `Translated by` (the translator wrote the text printed); Vietnamese `bởi`
    r"|^(?:translated\s+)?(?:by|bởi|von|par|por|av|door|af|przez)\s*:?\s+(?P<writer>(?-i:[A-ZÀ-ÖØ-Þ])[\w’'.-]*"
    r"(?:(?:\s+|\s+(?:and|und|et|y|og|och|en|i|&)\s+)(?-i:[A-ZÀ-ÖØ-Þ])[\w’'.-]*){1,5})"
    # … the time after a dash closing the line (Moodle's `bởi <a>Name</a> - Thứ Hai, 1 tháng 12
    # 2025, 06:00`): a digit in it, no outlet's name
    r"(?:,.*|\s+[-–—]\s+\D*\d.*)?$"
)
# The word before the writers' names, alone in an element (`AUTHOR_LABEL`'s `by`, `von`).
BY_WORD = r"(?i)by|von|par|por|av|door|af|przez"
# Where an element's text can open with one of `AUTHOR_LABEL`'s words: the word, case-blind, at
# the start of a text node or after a space (read by `_holders_of`). Found from its first letter,
# the one before it looked behind for (a NUL, between two own texts, or a space).
LABEL_START = patterns.compile(
    r"[aAbBdDfFpPvVyY](?<![^\s\x00].)(?i:(?<=a)(?:ut|v|f)|(?<=b)(?:y|ởi)|(?<=d)oor"
    r"|(?<=f)(?:orfatter|örfattare)|(?<=p)(?:ar|or|rzez)|(?<=v)on|(?<=y)azar)"
)
# … and the English `By` alone, on Vietnamese pages, or the `bởi` a community product's
# translation prints for it in front of a member's name (Elgg's `bởi <a>Hoàng Văn Quý</a>`).
BY_START = patterns.compile(r"[bB](?<![^\s\x00].)(?i:(?<=b)(?:y|ởi))")
# A member's picture by its class; one printing letters draws the initials of a name.
AVATAR_CLASS = patterns.compile(r"(?:^|[\s_-])avatar(?:$|[\s_-])", re.I)
MAX_INITIALS = 2  # letters of a lettered avatar (`N`, `NT`)
MAIL = patterns.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# A CMS login in an author meta tag (`quantrivien`, `bientap01`, a code forge's owner
# `congdan-dalat`): one word in lower case, hyphens joining its parts or not, an account, no
# person's name.
LOGIN = patterns.compile(r"[a-z0-9_.-]+")
# The heading of a box about the writer, folded: `Về tác giả`, `About the author`.
ABOUT_AUTHOR = patterns.compile(r"(?:ve\s+tac\s+gia|about\s+the\s+author)\s*:?")
# A bracketed note after a name (`(Hải Triều)`, a pen name; `(TTXVN)`, a source).
BRACKETED_TAIL = patterns.compile(r"\s*\([^()]*\)$")
# The words joining two people's names on a line (`Minh Tâm & Hải Yến`).
NAMES_JOINED = patterns.compile(r"\s+(?:&|và|VÀ)\s+")
# "NHẬT XUÂN và 1 tác giả khác": a collapsed author list, the full one is elsewhere.
COLLAPSED = patterns.compile(r"tác giả khác|và \d+ (?:người|tác giả)", re.I)
# … nor a count opening the line (`3 bình luận` in a box classed as the post's author and date),
# nor `bởi` or `by` before one word in lower case (a shop's `bởi admin`: a login, nobody), nor
# a link back opening with its arrow (a group post's `← HTX Phước Tân` over the headline).
NOT_A_NAME = (
    r"(?i)xem (?:các|tất cả)|bài viết|theo dõi|follow|\d{3,}|@|https?:|^\W*\d|^\s*[←‹«]"
    r"|^\W*(?:author|autor|auteur|tác giả|đăng bởi|người đăng|viết bởi)\W*$"
    r"|^\W*(?:đăng\s+|viết\s+)?(?:bởi|by)\s*:?\s+(?-i:[a-z0-9_.]+)\W*$"
)
MAX_CHARS = 60
MAX_UNIT = 80  # characters of a unit in brackets after the names of an author box
MAX_NAME_WORDS = 5  # `Fouzia Van Der Fort`; longer is a description (`…, university professor`)
# … and Dublin Core's creator, which portal products write for the page's author (`DC.creator`),
# and the analytics tag of Parse.ly (`parsely-author`).
META_AUTHORS = (
    "article:author",
    "dable:author",
    "cxenseparse:author",
    "author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
)
# The label of a Twitter card's data field naming the writer, folded (Yoast SEO writes
# `twitter:label1` `Written by`, `Được viết bởi` on Vietnamese sites, beside `twitter:data1`).
WRITER_CARD_LABEL = patterns.compile(
    r"(?:written\s+by|(?:duoc\s+)?viet\s+boi|tac\s+gia|nguoi\s+viet)\s*:?"
)
TWITTER_FIELDS = 4  # `twitter:label1` … `twitter:label4`
# A scholarly article's tag naming one author each, repeated in the authors' order (the Highwire
# Press tags that Open Journal Systems and other journal software write for Google Scholar).
CITATION_AUTHOR = "citation_author"
# Names listed in one metadata string: `A, B and C`, `A; B`, `A und B`.
NAME_LIST = r"\s*[;,]\s*|\s+(?:and|und|et|og|och|&)\s+"


MAX_LABEL_WORDS = 2  # a field's label in an element of its own (`ngày:`, `Ngày đăng:`)
# Author boxes whose class only contains the word: `article-author`, `post-author-name`, and
# its plural for several (`detail-authors`); a podcast episode's host (`host-name`), who makes it;
# a design system's user block by the headline (LumApps's `lumx-user-block`: the avatar, the
# name, the job under it), the owner's name a note-taking app's shared page prints in its
# header (Nimbus Note's `share-header__owner-name`, beside the workspace: the note's writer).
AUTHOR_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:authors?|bylines?|tacgia|tac-gia|host-name|user-block|owner-name)"
    r"(?:$|[\s_-])",
    re.I,
)
# … and a blog's owner's name as a camel-cased block's element (Minds's `m-blogOwner__name`),
# the owner-name of that spelling.
OWNER_NAME_CLASS = patterns.compile(r"[a-z]Owner__name(?:$|\s)")
# A browser's reader view's credits line under its title (Firefox's `reader-credits`).
READER_CREDITS = patterns.compile(r"(?:^|\s)reader-credits(?:$|\s)")
# The label of a document's owner before the owner's link, folded: `Owned this note`, `Owner:`,
# `Chủ sở hữu:`.
OWNER_LABEL = patterns.compile(r"(?<![a-z])own(?:ed\s+(?:this|by)|er\s*:)|chu\s*so\s*huu\s*:?\s*$")
# A microformats card of an account (`h-card`), and its display name in it (`p-name`).
ACCOUNT_CARD = patterns.compile(r"(?:^|\s)h-card(?:$|\s)")
DISPLAY_NAME = patterns.compile(r"(?:^|\s)p-name(?:$|\s)")
# A line of an author box its class names the poster's role on the site (bbPress's
# `bbp-author-role`, a forum's `user-rank` or `user-title`): `Thành viên`, `Quản trị viên`, no name.
ROLE_CLASS = patterns.compile(r"(?:^|[\s_-])(?:role|rank|user-?title)(?:$|\s)", re.I)
# … and the one writer of a blog named in its sidebar (Svbtle's `<h1 id="blog_owner">`): every
# post on the blog is hers, the box's place in the page furniture notwithstanding.
BLOG_OWNER = patterns.compile(r"(?:^|\s)blog_owner(?:$|\s)")
# An office, a board or a committee signing as a body, folded (`Ban điều hành HTX`, `UBND
# phường …`, `Văn phòng Sở …`), its name going on after the word.
OFFICE = patterns.compile(
    r"(?:ban\s+(?:dieu\s*hanh|quan\s*ly|chi\s*dao|chi\s*huy|to\s*chuc|giam\s*(?:hieu|doc))"
    r"|ubnd|uy\s*ban|van\s*phong|chi\s*cuc|cuc|so|phong)\s+\w"
)
# Custom elements: a hyphen in the tag's name, as HTML requires of them.
CUSTOM_ELEMENTS = XPath("//body//*[contains(local-name(), '-')]")
MAX_AUTHOR_DISTANCE = 150  # elements from the headline
# A `<title>`'s parts (`headline | writer | site`), and the writer's name among them.
TITLE_PARTS = patterns.compile(r"\s+[|–—-]\s+|\s*\|\s*")
MIN_TITLE_PARTS = 3
MIN_TITLE_NAME_WORDS, MAX_TITLE_NAME_WORDS = 3, 4
FOOTER_CLASS = patterns.compile(r"(?:^|[\s_-])footer(?:$|[\s_-])", re.I)  # a box's footer word
TITLE_WORDS = 4  # words of another article's title linked beside a name (`_in_listed_item`)
CARD_LINES = 2  # a writer's card after the text: her name, her role (`_name_on_card`)
CARD_LEVELS = 3  # ancestors of an author link looked at for another article's card (`_in_card`)
DIGIT = patterns.compile(r"\d")
# Between the fields of a publish line: a bar, or the spaces before a label in Chinese,
# Japanese or Korean letters closed by a colon (`来源：越通社 编译：黎秋香`, `作者:阮秋河`).
CJK_LABEL = r"[^\x00-\x7f\s|：]{1,8}[:：]"
LINE_FIELDS = patterns.compile(rf"\s*\|\s*|\s+(?={CJK_LABEL})")
# … or runs of non-breaking spaces, where a template prints no bar (EmpireCMS's `Ngày đăng:
# …&nbsp;&nbsp;&nbsp;Nguồn: …&nbsp;&nbsp;&nbsp;Tác giả: …`).
SPACED_FIELDS = patterns.compile(r"\s*\xa0\s*\xa0\s*")
# … and what follows a publish line in the same element when the line's fields go on there.
FIELD_AFTER = patterns.compile(rf"\s*(?:\||{CJK_LABEL})")
EDGE = " -–—|,·•»"  # between a name and the time after it
ROLE_LINE_TAGS = ("p", "div", "span", "td", "li", "dd")  # elements read as role lines
# A colon (full-width in Chinese and Japanese, `៖` in Khmer) or the `ở` of `bởi`: every role
# line (`Tác giả:`, `Viết bởi X`, `作者：X`) and photo credit (`Ảnh:`) holds one (read by
# `_holders_of`).
LABEL_MARK = patterns.compile("[:：៖ởỞ]")
LINE_TAGS = frozenset({"div", "p", "li", "dd", "dt", "h3", "h4", "h5", "h6"})  # lines of a box
INLINE_NAME_TAGS = frozenset({"a", "span", "strong", "b", "em", "i"})  # runs inside a line
SMALL_HEADINGS = frozenset({"h4", "h5", "h6"})  # headings too small for a section of the text
# The label of a writer's field standing alone beside its value (a properties table's
# `Người viết` cell, a programme's credits listing `<dt>Phóng viên</dt><dd>…</dd>` among the
# editor and camera, an outliner's `author` property), in the page's spelling for the scan and
# folded for the whole label.
FIELD_WORDS = text_scan(
    ("[Nn]gư", "[ờ]i\\s+(?:viết|soạn|tạo)"),
    ("[Tt]", "[á]c\\s+giả"),
    ("[Pp]h", "[ó]ng\\s+viên"),
    "[Aa]uthor",
)
FIELD_LABEL = patterns.compile(
    r"(?:nguoi\s*(?:viet|soan|tao)|tac\s*gia|phong\s*vien|authors?)\s*:?"
)
# … and the poster's, standing alone beside the poster (`<td>Người đăng:</td><td>Văn phòng
# HĐND và UBND xã</td>`): who posted the item, read only where no writer is printed.
POSTER_FIELD_WORDS = text_scan(("[Nn]gư", "[ờ]i\\s+đăng"))
POSTER_FIELD_LABEL = patterns.compile(r"nguoi\s*dang\s*:?")
# The poster's login in brackets after the name it displays (Sakai's `Phòng Đào tạo (daotao)`).
POSTER_LOGIN = patterns.compile(r"\s*\([a-z][a-z0-9._]{3,}\)$")
ROLE_LABEL = 20  # characters: the longest role label (`Bài và ảnh:`) with room to spare
# The poster's label (`Người đăng:`): a writer's line elsewhere on the page names the writer.
POSTER_LABEL = patterns.compile(r"người\s*đăng\s*:", re.I)
# A post's label saying who posted it, before the name (`Đăng bởi`, `Người đăng:`, `Posted by`).
POSTER_OPENING = patterns.compile(
    r"\s*(?:(?:được\s+)?đăng\s+bởi|người\s*đăng|posted\s+by)\s*:?\s*", re.I
)
# The page of a show or a channel on a podcast or video directory (`/channel/id5873102`).
SHOW_PATH = patterns.compile(r"/(?:channels?|podcasts?|shows?|series)/")
# … and a poster's line naming the site's administrator by his role (a shop's `Đăng bởi: Quản
# trị viên`, `Posted by Administrator`): the account of whoever runs the site, nobody.
ADMINISTRATOR_POSTED = patterns.compile(
    r"\W*(?:(?:đăng|viết|gửi|posted)\s+)?(?:bởi|by)\s*:?\s*"
    r"(?:quản\s+trị\s+viên|administrator|webmaster)\W*",
    re.I,
)
# `bởi` and the name after a publish time, closing its line (`… 16:45 bởi Vũ Thị Lan Anh`), or
# a theme's `by` or `von` left untranslated (Contao's `04.12.2025 von Phan Ngọc Bích`).
BY_AFTER_TIME = patterns.compile(
    r"\s*(?:(?:đăng|viết|gửi)\s+)?(?:bởi|by|von)\s*:?\s+(?P<name>[^\d|]+)", re.I
)


# A word of a person's name as printed alone on a line: capitalised, or initials (`T.H.L`, `H.`).
INITIALS = patterns.compile(r"(?:[A-ZĐ]\.)+[A-ZĐ]?\.?|[A-ZĐ](?:\.[A-ZĐ])+")
# A name shortened to initials before the given name (`P.Thảo`, `N.T. Hằng`, `H. Vân`).
INITIALLED = patterns.compile(r"(?:[A-ZĐ]\.\s?)+[^\W\d_]+")


# A writer's credit in brackets closing a paragraph (the sapo's `… (Bài: Ngọc Hân)`, `(Bài và
# ảnh: …)`, `(Tin: … - Ảnh: …)`), or a reporter's calling before her name, each of its words
# capitalised (`… (Phóng viên Tô Văn Khánh)`).
CLOSING_CREDIT = patterns.compile(
    r"\((?P<credit>(?:bài|tin)(?:\s*(?:và|,|&)\s*ảnh)?\s*:\s*[^()]{2,60}"
    r"|phóng\s+viên\s+(?-i:[A-ZĐÀ-Ỹ])\S*(?:\s+(?-i:[A-ZĐÀ-Ỹ])\S*){1,4})\)\s*\.?$",
    re.I,
)


# A name then a dash, a bar or a dot before the time of the publish line.
PUBLISH_LINE_JOIN = patterns.compile(r"[^,|·•–—-]+?\s+[|·•–—-]\s*")
NAME_BAR = patterns.compile(r"[^,|·•–—-]+?\s+\|\s*")  # … or only a bar, in other languages
# … or several names listed with commas and `và` or `&` before the last (`_writers_listed`).
WRITERS_LISTED = patterns.compile(r"(?P<names>[^|·•–—-]+?,[^|·•–—-]+?)\s+[|·•–—-]\s*")
WRITERS_SPLIT = patterns.compile(r"\s*,\s*(?:và\s+|&\s+)?|\s+(?:và|&)\s+")
# … or in an English theme left untranslated: `Posted by Lê Văn Hào on 03/12/2025`.
POSTED_BY = patterns.compile(
    r"(?:(?:posted|written|published)\s+)?by\s+(?P<name>\S.*?)\s+on\s*", re.I
)
# The parts of a publish line after its time: `· 5 phút đọc · Trịnh Khánh Linh`.
LINE_PARTS = patterns.compile(r"\s*[|·•]\s*")


# A credit line the photographer's credit opens (`Ảnh: Phúc An; Bài: Hà Vy`), its parts.
PHOTO_FIRST = patterns.compile(r"ảnh\s*:", re.I)
CREDIT_PARTS = patterns.compile(r"\s*[;|]\s*|\s+[-–—]\s+")


# The label of a row of tags, folded (`Từ khóa:`, `Chủ đề:`, `Tags:`, `Thẻ:`).
TAGS_LABEL = patterns.compile(r"\s*(?:tu\s*khoa|chu\s*de|tags?|the)\s*:")

# A writer's credit closing a picture's caption, after its sentence (`Cầu mới nối hai bờ suối.
# Bài, ảnh: Lâm Tùng`): `Bài, ảnh:`, `Bài và ảnh:`, `Tin, ảnh:`.
CAPTION_CREDIT = patterns.compile(
    r"(?:^|[.!?;]\s+|\s[-–—]\s*)(?P<credit>(?:bài|tin)\s*(?:và|,|&)\s*ảnh\s*:\s*[^.;()]{2,60}?)\s*\.?$",
    re.I,
)

# The paper's editorial board, folded: its own desk, though an office's words open it.
EDITORIAL_BOARD = patterns.compile(r"ban\s+bien\s+tap(?:\s.*)?")
MIN_DESK_WORDS = 3  # a desk's name (`Ban Thời sự`); a role alone is two (`Phóng viên`)
# A department or board of the publisher, folded: `Phòng Điều hành khai thác`, `Ban Quản lý dự án`,
# or of a province or city: `Sở Xây dựng thành phố Huế`.
DEPARTMENT = patterns.compile(r"(?:phong|ban|van\s+phong|so)\s.*")
# The class of an icon of a person (`bi-person`, `fa-user`, `icon-author`).
PERSON_ICON = patterns.compile(r"(?:^|[\s_-])(?:person|user|author)(?:$|[\s_-])", re.I)
PRINTED_JOINS = frozenset({",", "-", "–", "và", "&"})  # between author links on one line
# A class naming the line under the text a signature (`post-by`, `entry-signed`, `sign`, `writer`).
# A member's page on a social network or a community site (Friendica's `/profile/letungca`).
PROFILE_PATH = patterns.compile(r"/profile/[^/?#]+/?$")
# A member's page on a forum or a social network: `/u/<nick>`, `/members/<nick>`, `/profile/…`,
# or the profile action of a forum's script with the member's number (Simple Machines' and
# ElkArte's `index.php?action=profile;u=4821`, phpBB's `memberlist.php?mode=viewprofile&u=2`,
# FUDforum's `index.php?t=usrinfo&id=812`), or its member script (MyBB's and vBulletin's
# `member.php?uid=77`, `member.php?u=2231`); an ASP.NET forum's path capitalised (YAF.NET's
# `/Profile/2207-Le-Quang-Vinh`).
MEMBER_PATH = patterns.compile(
    r"/(?:u|users?|members?|[Pp]rofile|people)/[^/?#]+/?$"
    r"|[?;&]\w+=(?:profile|viewprofile|usrinfo|userinfo)[;&](?:u|id|uid)=\d+$"
    r"|/member\.php\?u(?:id)?=\d+$"
    r"|[?&]showuser=\d+$"  # Invision Power Board's (`index.php?showuser=316`)
)
MIN_POST_TEXT = 200  # characters of a block that hold a post's text, not its poster's details
HANDLE = patterns.compile(r"@[\w.-]+")  # a member's account as a network prints it (`@kimoanh.ngo`)
# A member's address on a federated network (`thanhha@hub.giaovienvungcao.vn`).
NETWORK_ADDRESS = patterns.compile(r"[\w.-]+@[\w-]+(?:\.[\w-]+)+")
USER_NAME_CLASS = patterns.compile(r"(?i)user-?name|display-?name")  # a member's name by class
MAX_POST_HEADER_LEVELS = 5  # blocks above a post's `<time>` up to its header
MAIL_FROM = patterns.compile(
    r"From"
)  # an e-mail header's sender field, as a mail archive prints it
MAIL_ADDRESS = patterns.compile(r"\s*<[^<>]*>\s*$")  # the sender's address after the name
SIGNATURE_CLASS = patterns.compile(r"(?:^|[\s_-])(?:by|sign(?:ed)?|writer)(?:$|[\s_-])", re.I)


def byline(page: Page) -> str | None:
    """The visible byline, checked against the people the page's metadata names (see
    `_agreeing`), else those people: joined with ` - `, or listed with `, ` where the page
    prints each in a block of its own (`_printed_apart`)."""
    listed = _metadata_people(page)
    finders = (
        _card_over_headline,
        _from_boxes,
        _from_links,
        _from_author_classes,
        _reader_view_credits,
        _from_role_lines,
        _from_field,
        _mail_sender,
        _from_labels,
        _from_publish_line,
        _after_publish_time,
        _before_publish_time,
        _classed_before_time,
        _loose_before_time,
        _closing_publish_line,
        _role_in_publish_line,
        _signed_after_text,
        _from_article_footer,
        _name_line_by_headline,
        _heading_over_text,
        _small_in_headline,
        _credit_closing_a_paragraph,
        _credit_in_caption,
        _signature_picture,
        _writer_in_title,
        _from_poster_field,
        _document_owner,
        _poster_profile,
        _member_by_post_time,
        _creator_in_activity,
        _account_card,
        _blog_home_writer,
    )
    for find in (*finders, _from_post_attribute, _creator_s_page):
        found = find(page)
        if (
            found
            and _names_the_site(page, found)
            and not (
                _declared_person(page, found) or find is _creator_s_page or _blog_owner(page, found)
            )
        ):
            return None  # the outlet's own name: no person
        if found and ADMINISTRATOR_POSTED.fullmatch(found):
            return None  # the site's administrator: nobody
        if found and find is _from_boxes:
            found = _completed_by_links(page, found, listed)
        if found and find is _from_links:
            found = _completed_by_line(page, found)
        if found:
            listed = [name for name in listed if not _credited_otherwise(page, name)]
            gathered = find is _from_links and bool(listed) and not _labelled(page, found)
            return _agreeing(found, listed, gathered=gathered)
    listed = [name for name in listed if not _printed_only_as_credit(page, name)]
    return (", " if _printed_apart(page, listed) else " - ").join(listed) or None


def _labelled(page: Page, links: str) -> bool:
    """Author links each in a line a role label opens (`Tác giả: <a href="/tac-gia/…">Trần
    Bảo</a> - 01/12/2025`): the page says they are the article's writers, not links gathered
    from around it."""
    names = set(links.split(" - "))
    lines = [link.getparent() for link in page.select(AUTHOR_LINKS) if text_of(link) in names]
    return bool(lines) and all(
        line is not None and ROLE_LINE.match(text_start(line, ROLE_LABEL)) for line in lines
    )


def _names_the_site(page: Page, found: str) -> bool:
    """The byline found is the site's name, as printed or after a label saying who posted it
    (a shop's blog signing its posts `Đăng bởi Gỗ Phước Hòa`, the name its logo prints): the
    outlet. A writer's credit (`Ảnh và bài: …` on a photographer's own site named after him)
    names a person, whatever the site is called."""
    if names_site(page, found):
        return True
    posted = POSTER_OPENING.match(found)
    return posted is not None and names_site(page, found[posted.end() :].strip())


def _blog_owner(page: Page, name: str) -> bool:
    """The blog's sidebar names `name` as its owner (`<h1 id="blog_owner">`): a blog named after
    its writer, whose name is then both the site's and the byline."""
    return any(text_of(el) == name for el in named(page, BLOG_OWNER))


def _declared_person(page: Page, name: str) -> bool:
    """The article's JSON-LD declares `name` its author as a `Person`: a writer's own site
    named after her (`thanhmai.example.vn`), where the name also spells the site's."""
    author = page.article_ld.get("author")
    return any(
        isinstance(item, dict) and item.get("@type") == "Person" and item.get("name") == name
        for item in (author if isinstance(author, list) else [author])
    )


def _printed_apart(page: Page, names: list[str]) -> bool:
    """Several people the metadata names, each printed as an element's whole text and no line
    holding them together (Docusaurus's author blocks): a list, joined with `, `."""
    if len(names) < 2:
        return False
    shown = {own.strip() for _, own in own_texts(page)}
    return all(name in shown for name in names)


def _credited_otherwise(page: Page, name: str) -> bool:
    """The page prints `name` in a photographer's, editor's or approver's credit (`Biên tập:
    Thu Trang` beside `Tác giả: Hoàng Minh`): metadata listing every contributor as an author
    does not make them one."""
    for el, own in own_texts(page):
        if len(own) <= MAX_CHARS and name in own:
            line = el.getparent() if len(own.strip()) <= len(name) + 1 else el
            text = short_text(line if line is not None else el, 2 * MAX_CHARS)
            if text and credited_otherwise(text, name):
                return True
    return False


def _printed_only_as_credit(page: Page, name: str) -> bool:
    """Every line printing `name` credits a photographer, an editor or an approver (`Editor :
    <a>…</a>` under the text), none names the writer: the metadata's author is the page's
    editor, no byline to fall back on. A writer printed by the headline who also took the
    pictures (`Image: …` under each) is the writer still."""
    credited = False
    for el, own in own_texts(page):
        if len(own) <= MAX_CHARS and name in own:
            line = el.getparent() if len(own.strip()) <= len(name) + 1 else el
            text = short_text(line if line is not None else el, 2 * MAX_CHARS)
            if not (text and credited_otherwise(text, name)):
                return False
            credited = True
    return credited


def _completed_by_links(page: Page, box: str, listed: list[str]) -> str:
    """A box showing one of several authors where the metadata names another: the page's
    author links, when they name both and no one else."""
    links = _from_links(page)
    if not links or not listed:
        return box
    linked = {fold(name) for name in clean_byline(links).people}
    shown = {fold(name) for name in clean_byline(box).people}
    known = {fold(name) for name in listed}
    return links if linked == shown | known and not known <= shown else box


def _completed_by_line(page: Page, links: str) -> str:
    """Author links naming fewer of the authors than an author line by the headline prints (an
    author box under the text linking only the first of `Thái Bình - Hữu Tuấn`): the line."""
    line = _from_author_classes(page)
    if not line:
        return links
    linked = {fold(name) for name in clean_byline(links).people}
    shown = {fold(name) for name in clean_byline(line).people}
    return line if linked and linked < shown else links


def _agreeing(visible: str, listed: list[str], *, gathered: bool) -> str:
    """The visible byline, unless the metadata's people say it is incomplete or not a byline:
    they include every name it gives and more (a box showing the first of several authors);
    they are fewer and it was gathered from author links across the page (links of related
    articles' authors); it shares no name with them while they are full names, and it was
    gathered from links (initials on an avatar link) or the box glues a job title to the name.
    A box naming someone else (a pen name where the metadata has the account's name) stands."""
    if not listed:
        return visible
    shown = {fold(name) for name in clean_byline(visible).people}
    known = {fold(name) for name in listed}
    if not shown or shown == known:  # a source credit (`Theo TTXVN`) stands as printed
        return visible
    # names listed with their titles (`BS.CKI Trần Minh Khoa`) are the people they name
    people = {fold(person) for name in listed for person in clean_byline(name).people}
    if not gathered and people and people < shown:  # a box printing every author
        return visible
    if shown < known or (gathered and known < shown):
        return " - ".join(listed)
    glued = all(fold(name) in fold(visible) for name in listed)  # `Lena RothNews Reporter`
    if not shown & known and (gathered or glued) and all(len(n.split()) >= 2 for n in listed):
        return " - ".join(listed)
    return visible


def _from_author_classes(page: Page, acceptable: Callable[[str], bool] | None = None) -> str | None:
    """Vietnamese pages only: elsewhere such boxes hold bios, roles and `Listen to this`. A
    name is taken when `acceptable` (by default `_acceptable`). A department of the publisher in
    such a box (`<span class="blog-post-author">Phòng Đào tạo - Quan hệ doanh nghiệp</span>`)
    signs the text, as in an author box (`_from_boxes`), where it is the one box naming it (a
    live blog's desk over each entry posts them, signing none). A job in a run of its own beside
    the name is no part of it (`_without_job`), as in an author box."""
    acceptable = acceptable or _acceptable
    if not is_vietnamese(page):
        return None
    boxes = sorted(
        (
            *named(page, AUTHOR_CLASS),
            *named(page, OWNER_NAME_CLASS),
            *named(page, BLOG_OWNER),
            *_author_elements(page),
        ),
        key=page.order.get,
    )
    for el in boxes:
        text = short_text(el, MAX_CHARS)
        if text is None:
            text = (
                _named_under_heading(el)
                or _named_over_affiliation(el)
                or _named_before_unit(el)
                or _named_over_date(page, el)
                or _poster_card_name(el)
            )
        elif text == "" and el.find(".//img") is not None:
            text = _beside_avatar(el)
        elif text:
            text = _without_reader_label(el, text)
            text = signed_name(el) or _without_job(el, _without_affiliation(el, text, roles=True))
        if (
            text is not None
            and (acceptable(text) or (_department(text) and _signs_alone(boxes, el, text)))
            and distance(page, el) <= MAX_AUTHOR_DISTANCE
            and (
                not in_zone(page, el)
                or post_column(page, el)
                or _in_post_footer(page, el)
                or BLOG_OWNER.search(classes(el))
            )
            and not _collapsed_box(el)
            and not _in_listed_item(page, el)
            and not _links_show(el, text)
        ):
            return text
    return None


def _links_show(el: _Element, text: str) -> bool:
    """`el` prints `text` as its one link, to a show's or a channel's page (a podcast
    directory's `<p class="ep-item-con-author"><a href="/channel/id5873102">Kinh tế biển Gia
    Lai</a></p>` under an episode's title): the show the episode is in, no person. A channel
    whose box prints its network address beside it (Hubzilla's `<a href="/channel/thanhha">Ngô
    Thị Thanh Hà</a> thanhha@hub.example.vn`) is a member's own: the person who posted."""
    links = list(el.iter("a"))
    return (
        len(links) == 1
        and text_of(links[0]) == text
        and SHOW_PATH.search(urlsplit(links[0].get("href") or "").path) is not None
        and not NETWORK_ADDRESS.search(text_of(el).replace(text, "", 1))
    )


def _reader_view_credits(page: Page) -> str | None:
    """A browser's reader view saved as a page prints the byline it found under its title in its
    own credits line (`<div class="credits reader-credits">Minh Thư - Hội LHPN xã …</div>` in
    the reader's header, which reads as the page's furniture): that line, the unit after the
    name left to the byline's cleaning."""
    line = next(iter(named(page, READER_CREDITS)), None)
    return short_text(line, MAX_CHARS) or None if line is not None else None


def _without_reader_label(el: _Element, text: str) -> str:
    """`text`, `el`'s, without the label opening it for screen readers alone (a service portal's
    `<span class="kb-author"><span class="sr-only">Tác giả</span><a>…</a></span>`): a sighted
    reader sees the name only, and the label, glued to it, is no word of it."""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    if first is None or (el.text or "").strip() or not VISUALLY_HIDDEN.search(classes(first)):
        return text
    label = text_of(first)
    return text[len(label) :].strip() if label and text.startswith(label) else text


def _signs_alone(boxes: list[_Element], el: _Element, text: str) -> bool:
    """`el` is the one box of `boxes` printing `text`, and opens any box of them around it: a
    department after a poster's name in his box is his division (`Đăng bởi Võ Đức Thịnh<br><span
    class="news-author-dept">Phòng …</span>`), not the post's signature."""
    around = [box for box in el.iterancestors() if box in boxes]
    return sum(text_of(box) == text for box in boxes) == 1 and all(
        text_of(box).startswith(text) for box in around
    )


def office_byline(page: Page) -> str | None:
    """An author box naming an office, a board or a committee and nobody (`Ban điều hành HTX`,
    `Văn phòng UBND xã`), asked for where nothing else names a writer or signs the text: the
    office signs the post, and is its byline with no person. An outlet, an account or a guest
    in the box is none (see `_acceptable`)."""
    return _from_author_classes(page, _office_alone)


def _office_alone(text: str) -> bool:
    return (
        len(text) <= MAX_CHARS
        and OFFICE.match(fold(text)) is not None
        and clean_byline(text).display == text
    )


def _in_post_footer(page: Page, el: _Element) -> bool:
    """`el` is in the footer of the post's own `<article>` (Blogger's `post-footer` line `Đăng
    bởi … vào lúc …` under the text): the zone around it is a block its class calls a footer,
    inside the `<article>` holding the headline, which says who wrote the post, where the
    site's footer says who runs the site."""
    headline = headline_element(page)
    box = next((node for node in (el, *el.iterancestors()) if is_zone(node)), None)
    article = next(el.iterancestors("article", "section", "aside", "nav"), None)
    return (
        headline is not None
        and box is not None
        and article is not None
        and article.tag == "article"
        and bool(FOOTER_CLASS.search(classes(box)))
        and any(a is article for a in box.iterancestors())
        and any(a is article for a in headline.iterancestors())
    )


def _author_elements(page: Page) -> list[_Element]:
    """Custom elements a component framework names for the author's box (Angular's
    `<app-author-chip>`, a web component's `<post-byline>`), classed or not."""
    return [el for el in CUSTOM_ELEMENTS(page.root) if AUTHOR_CLASS.search(el.tag)]


def _named_under_heading(box: _Element) -> str | None:
    """A box about the writer headed `Về tác giả` (`About the author`), too long for a name as
    a bio follows it: the line under the heading, when it is a person's name."""
    lines = _lines(box)
    if len(lines) > 1 and ABOUT_AUTHOR.fullmatch(fold(lines[0]).strip()):
        return lines[1] if _person(lines[1]) else None
    return None


def _named_over_affiliation(box: _Element) -> str | None:
    """An author box too long for a name because the writers' faculty or office follows on a
    line of its own (`<p><strong>PGS.TS … - ThS. …</strong></p><p><em>Khoa Công nghệ, Trường
    Đại học …</em></p>`): the one line left, when the others all name organisations."""
    lines = _lines(box)
    kept = [line for line in lines if not is_organisation(line)]
    if len(kept) == 1 and len(lines) > 1 and len(kept[0]) <= MAX_CHARS:
        return kept[0]
    return None


def _named_before_unit(box: _Element) -> str | None:
    """An author box too long for a name because the writers' unit follows in brackets
    (`<strong>ThS. Hà Văn Quang, KS. Lê Thị Bích</strong> <span>(Trung tâm Ứng dụng tiến bộ
    KH&CN)</span>`): the names before it, as a signature's are read (`_signed_names`)."""
    text = short_text(box, MAX_CHARS + MAX_UNIT)
    if text is None or BRACKETED_TAIL.search(text) is None:
        return None
    names = _signed_names(text)
    return names if names and names != text and len(names) <= MAX_CHARS else None


def _poster_card_name(box: _Element) -> str | None:
    """An author box too long for a name because it is a forum poster's card (the first post's
    `<td class="author-content"><a href="/users/9917/…">Nguyễn Quốc Bảo</a><br>` over his rank,
    avatar, join month and post count): the link opening it, on a line of its own, is the
    poster; a reply's card, shorter, comes after it and is another poster's."""
    first = next((child for child in box if isinstance(child.tag, str)), None)
    if first is None or first.tag != "a" or (box.text or "").strip():
        return None
    after = first.getnext()
    name = text_of(first)
    return (
        name if after is not None and after.tag == "br" and not (first.tail or "").strip() else None
    )


def _named_over_date(page: Page, box: _Element) -> str | None:
    """An author box too long for a name because the post's date follows on a line of its own
    (a documentation generator's author block: the avatar, then `<div>Nhóm Pháp chế – …</div>
    <div><span>3 tháng 12, 2026</span> · <span>4 phút đọc</span></div>`): the line over it."""
    lines = _lines(box)
    if len(lines) < 2 or len(lines[0]) > MAX_CHARS:
        return None
    dated = all(search_datetime(line, now=page.fetched_at) is not None for line in lines[1:])
    return lines[0] if dated else None


def _without_affiliation(box: _Element, text: str, *, roles: bool = False) -> str:
    """An author box printing the writer's university or office on a line of its own under the
    name (`<div class="author__org">Trường Đại học Khoa học, Đại học Huế</div>`) or a line its
    class names the poster's role on a forum (`ROLE_CLASS`), or with
    `roles` a Vietnamese role naming nobody (`Biên tập viên Ban Giáo dục`): its other lines,
    the names; where none of them holds a capital (`bởi`, `trong`, a reputation's `(61)` and
    `#vietnam` left between a post's time, account and tag), none is a name and the box stands
    whole. A reading time on a line of its own (`<span class="lw-read-time">6 phút đọc</span>`
    after the name and the day) is no name either; the comma between two names' links is no
    line (`<a>Ngọc Ánh</a>, <a>Văn Toàn</a>`)."""
    lines = _lines(box)
    if len(lines) == 1:
        lines = _leaf_lines(box) or lines
    lines = [line for line in lines if any(char.isalnum() for char in line)]  # no lone comma
    ranks = {text_of(el) for el in box.iterdescendants("*") if ROLE_CLASS.search(classes(el))}
    kept = [
        line
        for line in lines
        if not is_organisation(line) and line not in ranks and not READING_TIME.fullmatch(line)
    ]
    if roles:
        kept = [line for line in kept if clean_byline(line).people] or kept
        if not any(_capitalised(line) for line in kept):
            return text  # connectives and marks left between a time and an account
    return " ".join(kept) if kept and len(kept) < len(lines) else text


def _capitalised(line: str) -> bool:
    return any(word[:1].isupper() for word in line.split())


def _without_job(box: _Element, text: str) -> str:
    """An author box printing the writer's job in a run of its own beside the name (`<a>Trần
    Quốc Việt</a><span>Phóng viên Ban Kinh tế</span>`, the runs glued in its text): the name,
    when it is the one line capitalised as names are, naming people, and every other line is a
    job of several words, some in lower case. Runs the name's text no longer holds (a time, a
    `·` between the badge and the time: PeerBoard's `<a>Phan Thanh Sơn</a> <span
    class="pb-badge">Huấn luyện viên</span> · <time>1 thg 12</time>`) are no lines of it."""
    lines = _lines(box)
    lines = _leaf_lines(box) or lines if len(lines) == 1 else lines
    lines = [line for line in lines if line in text]
    names = [line for line in lines if all(word[:1].isupper() for word in line.split())]
    others = [line for line in lines if line not in names]
    if len(names) != 1 or not others or any(len(line.split()) < 2 for line in others):
        return text
    return names[0] if clean_byline(names[0]).people else text


def _lines(el: _Element) -> list[str]:
    """The texts of an element's block children, each a line (their own block children's
    lines when they have some); the whole text when it has text outside them."""
    blocks = [child for child in el if isinstance(child.tag, str) and child.tag in LINE_TAGS]
    loose = (el.text or "").strip() or any((child.tail or "").strip() for child in el)
    if not blocks or loose:
        text = text_of(el)
        return [text] if text else []
    return [line for child in el if isinstance(child.tag, str) for line in _lines(child)]


def _leaf_lines(box: _Element) -> list[str]:
    """A box printing the name and the unit or job each in a run of text of its own, set one
    under the other by the stylesheet or a `<br>` (`<span class="chip__name">…</span><span
    class="chip__role">…</span>`, `<strong>Trần Minh</strong><br>Kỹ sư hệ thống`): the runs."""
    runs = [" ".join(text.split()) for text in box.itertext() if text.strip()]
    return runs if len(runs) > 1 else []


def _beside_avatar(avatar: _Element) -> str | None:
    """The name printed beside an author's picture (`<div class="author_avatar"><img></div>
    <div><span>Đoàn Kim Ngân</span><small>thg 8 21, 2025</small></div>`): the first text of
    the element after it, or the line holding it where that line names several people (a
    shared post's pictures beside `<h4><a>Ngọc Ánh</a>, <a>Văn Toàn</a></h4>`)."""
    following = avatar.getnext()
    if following is None:
        return None
    for node in following.iter():
        text = (node.text or "").strip() if isinstance(node.tag, str) else ""
        if text:
            if not _person(text):
                return None
            line = node
            while line is not following and line.tag in INLINE_NAME_TAGS:
                line = line.getparent()
            whole = text_of(line)
            people = clean_byline(whole).people
            return whole if len(people) > 1 and all(map(_person, people)) else text
    return None


def _acceptable(text: str) -> bool:
    """A name of the right length, no count, organisation or credit; a mark alone (a verified
    badge's `✔`) is none."""
    return (
        0 < len(text) <= MAX_CHARS
        and any(char.isalpha() for char in text)
        and not COLLAPSED.search(text)
        and not re.search(NOT_A_NAME, text)
        and not is_organisation(text)
        and not is_photo_credit(text)
    )


def _once(text: str) -> str:
    """A box that prints its name twice (`Lê Minh Lê Minh`: a visually hidden
    copy for screen readers) gives it once."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def _collapsed_box(el: _Element) -> bool:
    """Inside an author box that shows a shortened list (`… và 1 tác giả khác`)."""
    node = el.getparent()
    while node is not None:
        text = short_text(node, 2 * MAX_CHARS)
        if text is None:
            return False
        if COLLAPSED.search(text):
            return True
        node = node.getparent()
    return False


def _from_boxes(page: Page) -> str | None:
    for css in (*AUTHOR_SELECTORS, *((ADDRESS,) if is_vietnamese(page) else ())):
        boxes = page.select(css)
        for el in boxes:
            text = _box_name(page, el, boxes)
            if (
                (_acceptable(text) or _department(text))
                and not in_zone(page, el)
                and not _collapsed_box(el)
                and not _in_listed_item(page, el)
                and not _linked_credit(el, text)
            ):
                fellows = _fellow_authors(el, boxes, text) or _linked_boxes_beside(page, el, boxes)
                return ", ".join([text, *fellows])
    return None


def _box_name(page: Page, box: _Element, boxes: list[_Element]) -> str:
    """The name an author box prints, without the time, contact, affiliation or job beside it."""
    text = _once(_without_time(page, text_of(_coauthors_line(box, boxes))))
    # (an e-mail or a phone after the name: `Lê Quang Trung – lqt@bao.example.vn`)
    text = without_contact(text) if "@" in text or DIGIT.search(text) else text
    text = name_before_post(_without_affiliation(box, text))
    return _without_job(box, text) if is_vietnamese(page) else text


def _linked_boxes_beside(page: Page, box: _Element, boxes: list[_Element]) -> list[str]:
    """The co-authors of a byline printing one box for each writer side by side, each linking to
    its writer's page (`By <div class="author"><a href="/authors/…">Jane Roe</a><span>Reporter
    </span></div><div class="author"><a href="/authors/…">John Doe</a></div>`): the names of the
    boxes of the same class after the first, each linked so, as the first is. The metadata may
    name the first writer alone. Boxes joined on one line are `_coauthors_line`'s."""
    if not _links_to_writer(box) or _coauthors_line(box, boxes) is not box:
        return []
    names: list[str] = []
    for other in box.itersiblings():
        if other.tag != box.tag or other.get("class") != box.get("class") or other not in boxes:
            continue
        text = _box_name(page, other, boxes)
        if _links_to_writer(other) and _acceptable(text) and text not in names:
            names.append(text)
    return names


def _links_to_writer(box: _Element) -> bool:
    return bool(select(box, AUTHOR_LINKS))


def _fellow_authors(box: _Element, boxes: list[_Element], name: str) -> list[str]:
    """The other authors of a grid of author boxes one under the other (Quarto's title block:
    `<p class="author">` in a cell of its own for each author, an affiliation beside each):
    the names of the other boxes holding text alone inside its grid, the block a few levels
    around it, short and without links. A line of co-authors, a name followed by its join, is
    `_coauthors_line`'s."""
    if (box.tail or "").strip():
        return []
    grid = box
    for _ in range(MAX_GRID_DEPTH):
        grid = grid.getparent() if grid.getparent() is not None else grid
    if grid.find(".//a") is not None or short_text(grid, MAX_GRID_CHARS) is None:
        return []  # a list of other articles, each with its writer's box, is no grid of authors
    names = [name]
    for other in boxes:
        if other is box or not _inside(other, grid) or _inside(other, box) or _inside(box, other):
            continue
        text = _once(text_of(other))
        if _acceptable(text) and text not in names and len(list(other)) == 0:
            names.append(text)
    return names[1:]


def _inside(el: _Element, block: _Element) -> bool:
    return any(above is block for above in el.iterancestors())


def _department(text: str) -> bool:
    """An author box holding a department of the publisher (`Phòng Điều hành khai thác`) or of a
    province or city, the post's author on a participation platform (`Sở Xây dựng thành phố
    Huế`): it signs the text, the display with no person, as a desk does."""
    if len(text.split()) < MIN_DESK_WORDS or not text[0].isupper():
        return False
    return DEPARTMENT.fullmatch(fold(text)) is not None and clean_byline(text) == (text, (), None)


def _coauthors_line(box: _Element, boxes: list[_Element]) -> _Element:
    """Co-authors each in a box of their own on one line (Newspack's `<span class="byline">Bởi
    <span class="author vcard">Hà Thu</span>, <span class="author vcard">Y Liên</span> và …`):
    the short line around the box holding another box with another name, the names joined as
    printed (a join printed after the box, or in an element of its own, Hyvor's `<span
    class="sep">, </span>` between author links: blocks one under the other print none); else
    the box."""
    joined = (box.tail or "").strip() or _join_after(box)
    name = text_of(box) if len(boxes) > 1 and joined else ""
    if not name:
        return box
    others = [
        other
        for other in boxes
        if other is not box
        and (text := text_of(other))
        and text != name
        and box not in other.iterancestors()
        and other not in box.iterancestors()
    ]
    for node in box.iterancestors():
        if short_text(node, MAX_CHARS) is None:
            break
        if any(node in other.iterancestors() for other in others):
            return node
    return box


def _join_after(box: _Element) -> str:
    """The join an element of its own prints right after `box`, or after the link `box` closes
    (`<a><img><span class="author-name">…</span></a><span class="sep">, </span>`), nothing
    else in it."""
    node = box
    if node.getnext() is None and not (node.tail or "").strip() and node.getparent() is not None:
        node = node.getparent()
    after = node.getnext()
    if after is None or not isinstance(after.tag, str) or len(after) or (node.tail or "").strip():
        return ""
    join = text_of(after)
    return join if join in PRINTED_JOINS else ""


# An English revision's label before its time (Instiki's byline `Revised on December 3, 2026
# 16:05:22 by …`, `Last edited on`): a line dating an edit, whose words before the time name
# nobody.
REVISION_LABEL = patterns.compile(r"(?i)(?:last\s+)?(?:revised|edited|modified|updated)(?:\s+on)?")


def _without_time(page: Page, text: str) -> str:
    """The name of an author box that prints the post's time after it (a forum post's `bởi
    Trần Thị Hoa - Thứ Hai, 14 Tháng Tư 2025, 7:45 AM`): the text before the time and its
    weekday, the time read against the page's fetch time as every date of the page is. An
    English date's short weekday (a forum's `bởi Trần Văn Bảy » Tue 1 Dec 2026 - 21:14`) is the
    date's too."""
    found = search_datetime(text, now=page.fetched_at) if DIGIT.search(text) else None
    if found is None or found.start == 0:
        return text
    before = text[: found.start]
    if REVISION_LABEL.fullmatch(before.strip(EDGE)):
        return ""  # a wiki's `Revised on <time> by <editor>`: the revision's line, no name
    weekday = WEEKDAY_BEFORE.search(fold(before))
    if weekday is None and ENGLISH_MONTH.search(text, found.start, found.end):
        weekday = SHORT_WEEKDAY_BEFORE.search(before)
    return before[: weekday.start()].strip(EDGE) if weekday else before.strip(EDGE)


def _from_links(page: Page) -> str | None:
    names: list[str] = []
    links: list[_Element] = []
    for el in page.select(AUTHOR_LINKS):
        text = _once(text_of(el)) or _tooltip_name(el)
        if text and not _acceptable(text):  # (an avatar's link has no words)
            text = _named_in_box(el) or text
        # (a login names nobody: the writer is looked for in the page's other lines, a `Bài:`
        # line beside the poster's account)
        fresh = text not in names and _acceptable(text) and not is_account(text)
        fresh = fresh and not _shows_login(el, text)
        if (
            fresh
            and not in_zone(page, el)
            and not _collapsed_box(el)
            and not _in_card(page, el)
            and not _in_listed_item(page, el)
            and not _beside_the_article(page, el)
            and not _linked_credit(el, text)
            and not _under_handle(el)
            and not _names_feed(page, text)
            and not _owner_link(el)
        ):
            names.append(text)
            links.append(el)
    joined = _joined_as_printed(names, links)
    return joined or (", " if _listed_apart(links) else " - ").join(names) or None


def _shows_login(link: _Element, text: str) -> bool:
    """`link` prints the login its address ends with (WordPress's `Đăng bởi <a
    href="/author/bientap01/">bientap01</a>`): the account that posted the article, a CMS's
    login, which names nobody; a writer's page shows her name."""
    path = (link.get("href") or "").partition("?")[0].partition("#")[0].rstrip("/")
    return LOGIN.fullmatch(text) is not None and path.rpartition("/")[2] == text


def _owner_link(link: _Element) -> bool:
    """`link` follows a label naming the document's owner (HackMD's `<span>Owned this
    note</span> <a href="/@team">…</a>`, `Chủ sở hữu:`): the account or team holding it, which
    says nothing of who wrote it."""
    before = texts_before(link)
    return before is not None and OWNER_LABEL.search(fold(" ".join(before))) is not None


def _under_handle(link: _Element) -> bool:
    """A link to a page under an account's `/@handle` (`/@songkhoemoingay/episodes/tap-51-…`):
    one of its posts or episodes, no profile of a person."""
    path = (link.get("href") or "").partition("?")[0].partition("#")[0]
    return path.startswith("/@") and "/" in path[2:].rstrip("/")


def _names_feed(page: Page, text: str) -> bool:
    """`text` is the title of the page's own feed (`<link rel="alternate"
    type="application/rss+xml" title="Sống khỏe mỗi ngày">`): the publication's or the show's
    name, its `/@handle` link no writer's."""
    return any(
        "alternate" in (link.get("rel") or "").split()
        and FEED_TYPE.search(link.get("type") or "")
        and fold(link.get("title") or "").strip() == fold(text).strip()
        for link in page.root.iter("link")
    )


def _listed_apart(links: list[_Element]) -> bool:
    """Several author links, each in an item of its own of one list (`<ul class="authors"><li>
    Phóng viên: <a>…</a></li><li>…</li></ul>`): a list of names, printed apart as
    `_printed_apart` reads metadata names, joined with `, `."""
    items = [link.getparent() for link in links]
    return (
        len(items) >= 2
        and all(item is not None and item.tag == "li" for item in items)
        and len(set(items)) == len(items)
        and len({item.getparent() for item in items}) == 1
    )


def _linked_credit(link: _Element, name: str) -> bool:
    """An author link a camera operator's, editor's or photographer's label opens (`<li><span
    class="role">Quay phim:</span> <a href="/author/…">…</a></li>` in a list of contributors
    with their roles): the newsroom links everyone who worked on the piece, the writers only
    are authors."""
    line = link.getparent()
    text = short_text(line, MAX_CHARS) if line is not None else None
    return bool(text) and credited_otherwise(text, name)


def _tooltip_name(link: _Element) -> str:
    """An author link printing no words, only the writer's picture, names her in its tooltip
    (`<a href="/tac-gia/…" title="Vũ Minh Nguyệt"><img alt=""></a>`), when the tooltip is a
    name capitalised as a person's is."""
    title = " ".join((link.get("title") or "").split())
    return title if _capitalised_person(title) else ""


def _named_in_box(link: _Element) -> str | None:
    """An author's page linked by words that name nobody (`Xem tất cả bài viết (214)` under an
    author's box): the name on the first line of the box, each of its words capitalised as a
    person's name is."""
    box = link.getparent()
    lines = _lines(box) if box is not None else []
    name = lines[0] if lines else ""
    return name if len(name.split()) <= MAX_NAME_WORDS and _capitalised_person(name) else None


def _joined_as_printed(names: list[str], links: list[_Element]) -> str | None:
    """Author links printed one after the other on one line, joined by a comma, a dash or `và`
    (`<a>Minh Tâm</a>, <a>Khánh Ly</a>`): the names joined as the page joins them."""
    if len(links) < 2 or any(
        link.getnext() is not other for link, other in itertools.pairwise(links)
    ):
        return None
    joins = [(link.tail or "").strip() for link in links[:-1]]
    if not all(join in PRINTED_JOINS for join in joins):
        return None
    spaced = [f"{join} " if join == "," else f" {join} " for join in joins]
    return "".join(name + join for name, join in zip(names, [*spaced, ""], strict=True))


def _in_card(page: Page, link: _Element) -> bool:
    """An author link in another article's card: a box, a few levels up and apart from the
    headline, that holds a heading linking elsewhere (`<li><h3><a href="/article/…">Title</a>
    </h3><p><a href="/authors/…">Name</a></p></li>` in a `Popular` list the page does not
    mark as one)."""
    headline = headline_element(page)
    around = set(headline.iterancestors()) if headline is not None else set()
    for box in itertools.islice(link.iterancestors(), CARD_LEVELS):
        if box in around:
            return False
        if any(h.find(".//a[@href]") is not None for h in box.iter("h2", "h3", "h4")):
            return True
    return False


def _in_listed_item(page: Page, el: _Element) -> bool:
    """A name in a list item that also links another article by its title (`<li><a
    href="/tin/…">Khánh thành cầu dân sinh nối hai bờ suối</a> <span class="author">Minh
    Thư</span></li>` in a related or most-read list no class marks as one): that article's
    writer, not this one's."""
    nodes = self_and_ancestors(el, CARD_LEVELS + 1)
    item = next((node for node in nodes if node.tag == "li"), None)
    if item is None:
        return False
    authors = set(page.select(AUTHOR_LINKS))
    return any(
        link not in authors
        and el not in link.iterancestors()
        and link not in el.iterancestors()
        and link is not el
        and len(text_of(link).split()) >= TITLE_WORDS
        for link in item.iter("a")
        if link.get("href")
    )


def _beside_the_article(page: Page, link: _Element) -> bool:
    """An author link in a box of writers beside the article (a sidebar's `Cây bút nổi bật`
    card): outside the block that holds both the headline and the text, in a box under a
    heading of its own that links to another writer too."""
    headline, container = headline_element(page), body_container(page)
    if headline is None or container is None:
        return False
    holding_text = {container, *container.iterancestors()}
    article = next((node for node in headline.iterancestors() if node in holding_text), None)
    if article is None or article in link.iterancestors():
        return False
    for box in itertools.islice(link.iterancestors(), CARD_LEVELS):
        titled = any(h is not headline for h in box.iter("h2", "h3", "h4", "h5", "h6"))
        if titled and any(
            other is not link and box in other.iterancestors()
            for other in page.select(AUTHOR_LINKS)
        ):
            return True
    return False


def _writer_in_title(page: Page) -> str | None:
    """Vietnamese pages printing no byline: a person's full name between the headline and the
    site's name in `<title>` (`… | Lê Minh Trí | Báo Đồi Sim`), as some themes title a post
    with its writer. Full: three or four capitalised words opening with a common surname, so
    a section or a place (`Thời sự`, `Hà Nội`) is none; no link of the page reads it but one
    over the headline (a photo site's member linked in the header over his picture: the page's
    owner, where a link under it is a commenter's or another item's)."""
    title = page.first_text("title") if is_vietnamese(page) else None
    parts = [part.strip() for part in TITLE_PARTS.split(title or "")]
    if len(parts) < MIN_TITLE_PARTS or not names_site(page, parts[-1]):
        return None
    links = {text_of(a) for a in page.root.iter("a")}
    for part in parts[1:-1]:
        words = part.split()
        if (
            MIN_TITLE_NAME_WORDS <= len(words) <= MAX_TITLE_NAME_WORDS
            and words[0] in COMMON_SURNAMES
            and _capitalised_person(part)
            and (part not in links or _linked_over_headline(page, part))
        ):
            return part
    return None


def _creator_s_page(page: Page) -> str | None:
    """Vietnamese pages printing no byline: the site's name that `<title>` closes with is a
    person's full name (three or four capitalised words opening with a common surname), which a
    link over the headline prints whole (a membership platform's creator page: `<title>… | Đỗ
    Thành Nhân</title>`, the page's name linked in its header): the person's own page, whose
    posts she writes."""
    title = page.first_text("title") if is_vietnamese(page) else None
    parts = [part.strip() for part in TITLE_PARTS.split(title or "")]
    name = parts[-1] if len(parts) > 1 else ""
    words = name.split()
    if not (
        MIN_TITLE_NAME_WORDS <= len(words) <= MAX_TITLE_NAME_WORDS
        and words[0] in COMMON_SURNAMES
        and _capitalised_person(name)
    ):
        return None
    return name if _linked_over_headline(page, name) else None


def _linked_over_headline(page: Page, name: str) -> bool:
    """A link before the headline element prints `name` whole."""
    anchor = headline_element(page)
    at = position(page, anchor) if anchor is not None else 0
    over = (a for a in page.root.iter("a") if text_of(a) == name and position(page, a) < at)
    return next(over, None) is not None


def _publish_line(page: Page, every_language: bool = False) -> _Element | None:
    """Vietnamese pages (or every page, `every_language`): the publish line nearest the
    headline, when it is near enough for a name printed in or beside it to be the article's
    writer."""
    read = every_language or is_vietnamese(page)
    lines = [v for v in visible_dates(page) if not v.modified] if read else []
    return lines[0].line if lines and lines[0].distance <= MAX_AUTHOR_DISTANCE else None


def _publish_line_date(page: Page, every_language: bool = False) -> tuple[str, DateMatch | None]:
    """The publish line's own text (short lines only) and the date found in it, for the readers
    of the name printed before or after that date."""
    line = _publish_line(page, every_language)
    text = (short_text(line, MAX_CHARS) if line is not None else None) or ""
    found = search_datetime(text, now=page.fetched_at) if DIGIT.search(text) else None
    return text, found  # (read against the fetch time, as every date of the page)


def _capitalised_person(text: str) -> bool:
    """Two words or more, each capitalised as a person's name is, naming a person (a section's
    name, a CMS account's `admin` name none); a note in brackets after them (a pen name, a
    source) is no part of the name. Two people's names joined by `&` or `và` (`Minh Tâm & Hải
    Yến (Trung tâm XTĐT)`) each name a person, the unit in brackets after them no one. A word
    holding a digit is no name's (an episode's `S2 E38`, a room's `P.204`)."""
    people = NAMES_JOINED.split(BRACKETED_TAIL.sub("", text))
    words = [word for name in people for word in name.split()]
    if len(words) < 2 or not all(word[0].isupper() and not DIGIT.search(word) for word in words):
        return False
    return _person(text) if len(people) == 1 else all(_person(name) for name in people)


def _from_publish_line(page: Page) -> str | None:
    """Vietnamese pages: the name opening the publish line in an element of its own, before the
    date (`<span>Lê Minh Thư</span><span>Viện …</span><span>Thứ Sáu, 21/XI/2025 | 10:15</span>`),
    each of its words capitalised as a person's name is (a section's name is not), or in
    initials before the given name, also after the section's (`<span>Nông nghiệp</span> /
    <span>Vũ Thanh Bình</span> / <span>03/12/2025</span>`); the line may be a field of a list
    of the post's details (Joomla's `<dl><dd class="createdby">P.Thảo</dd><dd><time>…</time>
    </dd>`). A name with the headline between it and the date stands over the headline (a
    podcast's show link over the episode's title), no part of the line."""
    line = _publish_line(page)
    own = _line_block(line) if line is not None else None
    block = own.getparent() if own is not None else None
    if block is None or (block.text or "").strip():
        return None
    # (an icon before the name, `<svg>` or `<i class="icon-user">`, prints no words; after the
    # first part, only the line's inline parts: a block there is a line of its own)
    parts = [child for child in block if isinstance(child.tag, str) and text_of(child)]
    headline = headline_element(page)
    holding = {headline, *headline.iterancestors()} if headline is not None else set()
    before = parts[: parts.index(own)] if own in parts else []
    if any(child in holding for child in before):
        return None
    for at, child in enumerate(parts):
        if child is own or (at and child.tag in LINE_TAGS):
            break
        text = short_text(child, MAX_CHARS) or ""
        if not at and _department(text) and _after_person_icon(child):
            return text  # an office signing the text where a person's name stands
        if _capitalised_person(text) or _initialled(text):
            return text
    return None


def _without_initials(el: _Element, text: str) -> str:
    """`text`, `el`'s, without the letters of a lettered avatar opening it (`<span
    class="Avatar">N</span><span class="username">Nguyễn …</span>`: a forum draws a member
    with no picture as the first letter of the name), which are no part of the name."""
    for avatar in el.iter():
        if avatar is not el and AVATAR_CLASS.search(avatar.get("class") or ""):
            letters = text_of(avatar)
            if 0 < len(letters) <= MAX_INITIALS and text.startswith(letters):
                return text[len(letters) :].lstrip()
    return text


def _after_person_icon(el: _Element) -> bool:
    """`el` opens with an icon of a person printing no words (`<i class="bi bi-person">`,
    `fa-user`): the theme marks what follows as who wrote the text."""
    icon = next((child for child in el if isinstance(child.tag, str)), None)
    return (
        icon is not None
        and not (el.text or "").strip()
        and not text_of(icon)
        and PERSON_ICON.search(icon.get("class") or "") is not None
    )


def _initialled(text: str) -> bool:
    """A name printed with initials before the given name, capitalised (`P.Thảo`, `H. Vân`): a
    person, one word or two though it is."""
    return INITIALLED.fullmatch(text) is not None and text.split(".")[-1].strip()[:1].isupper()


def _after_publish_time(page: Page) -> str | None:
    """Vietnamese pages: the name after `bởi` closing the publish line, after its time
    (`<time>01.12.2025 16:45</time> bởi Vũ Thị Lan Anh`, as a theme translates `by`, or its
    `by` untranslated), each of its words capitalised as a person's name is (a CMS account's
    `bởi admin` is none)."""
    line = _publish_line(page)
    found = BY_AFTER_TIME.fullmatch(_tail_with_link(line)) if line is not None else None
    text = found["name"].strip() if found else ""
    return text if _capitalised_person(text) else None


def _tail_with_link(line: _Element) -> str:
    """The text after `line`, with the link after it when that closes the line (`<span>Tạo
    lúc …</span> bởi <a href="/user/…">ThS. Phạm Quang Huy</a>`: the poster's profile)."""
    tail, link = line.tail or "", line.getnext()
    if link is None or link.tag != "a" or (link.tail or "").strip() or link.getnext() is not None:
        return tail
    return f"{tail} {text_of(link)}"


def _before_publish_time(page: Page) -> str | None:
    """Vietnamese pages: the name opening the publish line's own element, before its time and a
    dash, a bar or a dot (`<span>Hoàng Yến - 10:20 03/12/2025</span>`), each of its words
    capitalised as a person's name is, or after an English theme's `Posted by` and before its
    `on`. A comma before the time is a dateline's (`Hà Nội,`)."""
    if not is_vietnamese(page):
        return _before_publish_time_and_bar(page)
    text, found = _publish_line_date(page)
    posted = POSTED_BY.fullmatch(text[: found.start]) if found else None
    if posted:
        return posted["name"] if _capitalised_person(posted["name"]) else None
    if found is None or not PUBLISH_LINE_JOIN.fullmatch(text[: found.start]):
        return None
    name = _without_time(page, text)
    return name if _capitalised_person(name) or _newsroom_desk(name) else None


def _before_publish_time_and_bar(page: Page) -> str | None:
    """Pages in other languages: the name opening the publish line's own element before a bar
    (`<span>Jane Doe |</span><span>05.04.2025</span>`), each of its words capitalised as a
    person's name is. A dash or a dot there may follow a place (`New York -`), and a name the
    page links to (a menu's or a breadcrumb's `Local Politics |`) is a section's."""
    text, found = _publish_line_date(page, every_language=True)
    if found is None or not NAME_BAR.fullmatch(text[: found.start]):
        return None
    name = _without_time(page, text)
    linked = any(text_of(a) == name for a in page.root.iter("a"))
    return name if _capitalised_person(name) and not linked else None


def _classed_before_time(page: Page) -> str | None:
    """Pages in other languages: the name in an element of its own that its class calls the
    author's, right before the publish line's element (`<div class="author-2">Jane Doe</div>
    <span class="datetime">20/1/2026 18:30</span>`), each of its words capitalised as a
    person's name is. Such a box elsewhere holds a bio or a role; beside the time, the name."""
    line = _publish_line(page, every_language=True)
    box = line.getprevious() if line is not None else None
    if box is None or not AUTHOR_CLASS.search(classes(box)) or box.find(".//a") is not None:
        return None
    name = short_text(box, MAX_CHARS) or ""
    return name if _capitalised_person(name) else None


def _loose_before_time(page: Page) -> str | None:
    """Vietnamese pages: the writers printed as loose text before the publish line's time in an
    element of its own, a dash, a bar or a dot between (`<p>Hà Linh, Quốc Khánh và Mỹ Duyên ·
    <time>…</time></p>`), each of the names capitalised as a person's name is."""
    line = _publish_line(page)
    parent = line.getparent() if line is not None else None
    if parent is None or line.getprevious() is not None:
        return None
    head = " ".join((parent.text or "").split()) + " "
    if not PUBLISH_LINE_JOIN.fullmatch(head):
        return _writers_listed(head)
    name = head.strip(EDGE)
    return name if _capitalised_person(name) and not _kicker_in_capitals(name) else None


def _kicker_in_capitals(name: str) -> bool:
    """`name` is printed in capitals whole and opens with no common family name (a landing
    page's `TIN DỰ ÁN · Đăng lúc …`): the kind of post, as a kicker names it, no writer; a
    writer in capitals (`NGUYỄN HÀ`) opens with the family name."""
    words = name.split()
    return name.isupper() and words[0].capitalize() not in COMMON_SURNAMES


def _writers_listed(head: str) -> str | None:
    """Writers listed before the publish line's time and its dash, bar or dot, commas between
    them and `và` or `&` before the last (`Hà Linh, Quốc Khánh và Mỹ Duyên · 04/12/2025`): each
    two capitalised words or more (a dateline's place before a comma is no list)."""
    found = WRITERS_LISTED.fullmatch(head)
    names = found["names"] if found else ""
    people = WRITERS_SPLIT.split(names)
    if len(people) < 3 or not all(len(p.split()) > 1 and _capitalised_person(p) for p in people):
        return None
    return names


def _closing_publish_line(page: Page) -> str | None:
    """Vietnamese pages: the name closing the publish line's own text after its time, past a
    reading time or a view count, between dots or bars (Hugo's `04/12/2025 · 5 phút đọc ·
    Trịnh Khánh Linh`), each of its words capitalised as a person's name is; or a department
    or a board signing there (`Đăng ngày 02/12/2026 · Ban điều hành dự án`), no person."""
    text, found = _publish_line_date(page)
    if found is None:
        return None
    *between, name = LINE_PARTS.split(text[found.end :])
    if not between or not all(DIGIT.search(part) for part in between if part.strip()):
        return None
    return name if _capitalised_person(name) or _department(name) else None


def _newsroom_desk(name: str) -> bool:
    """A newsroom's desk signing (`Nhóm PV Kinh tế`, `Ban Thời sự`, the paper's own `Ban Biên
    tập`): three words or more, a capital first, naming no person and crediting no source, and
    no outlet, office or account (`Quản trị viên`)."""
    if len(name.split()) < MIN_DESK_WORDS or not name[0].isupper():
        return False
    cleaned = clean_byline(name)
    return (
        cleaned.display == name
        and not cleaned.people
        and cleaned.source is None
        and (not is_organisation(name) or bool(EDITORIAL_BOARD.fullmatch(fold(name))))
    )


def _role_in_publish_line(page: Page) -> str | None:
    """Vietnamese pages: a role line among the parts of the publish line that bars divide
    (`Thứ Tư, 03/12/2025 09:15 | Tác giả: Hồng Phúc | Lượt xem: 1.204`), or spaces before a
    label and its full-width colon (a Chinese edition's `2026-12-04 20:05:36 来源：越通社
    编译：黎秋香 浏览：2346次`) or runs of non-breaking spaces (`_spaced_fields`), else the part
    right after the time opening the line (`04/12/2025 08:30 | Trần Quốc Hưng | 2.051 lượt xem`),
    each of its words capitalised as a person's name is."""
    line = _publish_line(page)
    text = (short_text(_barred(line), 2 * MAX_CHARS) if line is not None else None) or ""
    parts = [part.strip() for part in LINE_FIELDS.split(text)]
    if len(parts) < 2 and text and line is not None:  # (a short line only, as above)
        parts = _spaced_fields(line)
    labelled = next((part for part in parts[1:] if ROLE_LINE.match(part)), None)
    if labelled or len(parts) < 2 or not DIGIT.search(parts[0]):
        return labelled
    opens_with_time = search_datetime(parts[0], now=page.fetched_at) is not None
    return parts[1] if opens_with_time and _capitalised_person(parts[1]) else None


def _spaced_fields(line: _Element) -> list[str]:
    """The fields of a publish line its template sets apart by runs of non-breaking spaces
    (`SPACED_FIELDS`), which the line's collapsed text no longer tells from a word's space."""
    fields = SPACED_FIELDS.split("".join(broken_text(line)))
    return [" ".join(field.split()) for field in fields]


def _barred(line: _Element) -> _Element:
    """The element around the publish line when the line opens it and a bar follows, the parts
    each in an element of their own (`<span>10:42 01/12/2025</span><span>|</span><span><i
    class="bi-person"></i> Quốc Việt</span><span>|</span>…`), or a field labelled in Chinese
    (DedeCMS's `<span>时间：…</span> <small>来源:</small>… <small>作者:</small>…`): the whole
    line; else the line."""
    parent = line.getparent()
    whole = short_text(parent, 2 * MAX_CHARS) if parent is not None else None
    own = text_of(line)
    opened = whole is not None and whole.startswith(own)
    return parent if opened and FIELD_AFTER.match(whole, len(own)) else line


def _signed_after_text(page: Page) -> str | None:
    """Vietnamese pages: the writer's name on the first line after the text's box, in bold,
    aligned right or classed as a signature (a table row under the text's cell, `<tr><td
    align="right"><b>Ngô Thanh Bình</b></td></tr>`; `<p class="Post_signature__x1">` after the
    text's `<div>`), each of its words capitalised as a person's name is, or a department
    signing there alone; a credit line there naming each contributor's role (`_credit_line`);
    or the name on a writer's card there (`_name_on_card`). Looked for beside the box and
    beside its parent and grandparent (the text's cell, its row, its table)."""
    container = body_container(page) if is_vietnamese(page) else None
    if container is None or container.getroottree().getroot() is not page.root:
        return None
    closing = _after_attachments(container)
    if closing is not None and (signing := _signing(closing)):
        return signing
    for node in self_and_ancestors(container, 3):
        following = next(
            (
                el
                for el in node.itersiblings()
                if isinstance(el.tag, str) and text_of(el) and not _tags_row(el)
            ),
            None,
        )
        if following is None:
            continue
        if signing := _signing(_only_cell(following)):
            return signing
        if credits := _credit_line(following):
            return credits
        carded = following.find(".//img") is not None and not in_zone(page, following)
        return _name_on_card(following) if carded else None
    return None


def _only_cell(row: _Element) -> _Element:
    """The one cell with text of a table row (`<tr><td align="right"><span style="font-weight:
    bold">…</span></td></tr>`), whose alignment and style are the line's; else `row`."""
    if row.tag != "tr":
        return row
    cells = [cell for cell in row if cell.tag in ("td", "th") and text_of(cell)]
    return cells[0] if len(cells) == 1 else row


def _signing(line: _Element) -> str | None:
    """The names, the department or the newsroom's desk (`Nhóm PV Kinh tế`) `line` signs with:
    a line in bold, aligned right or classed as a signature, or a name and its bearer's
    workplace."""
    text = short_text(line, 2 * MAX_CHARS) or ""
    classes = line.get("class") or ""
    signed = (
        aligned_right(line)
        or BYLINE_CLASS.search(classes)
        or SIGNATURE_CLASS.search(classes)
        or sum(len(text_of(b)) for b in line.iter("b", "strong")) >= len(text)
        or _name_with_workplace(text)
    )
    named = _signed_names(text)
    signs = named or _department(text) or _newsroom_desk(text)
    return (named or text) if signed and signs else None


def _after_attachments(container: _Element) -> _Element | None:
    """The text's last line when the line before it lists the files attached (a note's
    `<p><strong>Tệp đính kèm:</strong> <a>….xlsx</a></p>`, then its signing `<p
    style="text-align:right"><em>Ban Điều hành …</em></p>`): the attachments close the text,
    and the line after them is the first after it."""
    lines = [el for el in container if isinstance(el.tag, str) and text_of(el)]
    if len(lines) < 2:
        return None
    label = ATTACHMENT_LINE_LABEL.match(fold(text_of(lines[-2])))
    return lines[-1] if label else None


def _from_article_footer(page: Page) -> str | None:
    """Vietnamese pages: the writer's name on the first line of the article's own `<footer>`
    (`<article>…<footer><p><b>Hồ Sỹ Nguyên</b></p><p>Từ khóa: …</p></footer>`), no class
    saying so, an e-mail or a phone after it no part of it: HTML's footer of a section says
    who wrote it."""
    if not is_vietnamese(page):
        return None
    for footer in page.root.iter("footer"):
        lines = _lines(footer) if article_footer(footer) else []
        text = without_contact(lines[0]) if lines else ""
        # (a count after the names is a likes line's: `A, B và 12 người khác thích bài này.`)
        if text and len(text) <= MAX_CHARS and not DIGIT.search(text) and _names_alone(text):
            return text
    return None


def _name_with_workplace(text: str) -> bool:
    """A name then, after a comma, the workplace of its bearer and nothing else (`Hoàng Đức
    Long, Viện Khoa học Nông nghiệp`): a contributor signing, whatever the line's style."""
    name, comma, place = text.partition(", ")
    return bool(comma) and _capitalised_person(without_title(name)) and is_organisation(place)


def _signed_names(text: str) -> str | None:
    """The names signing the text as printed, each maybe after a title or rank (`Công chứng
    viên Lý Thanh Bình`, `Đại tá (hưu) Nguyễn Văn Sơn`), joined by commas, without their unit,
    workplace or post in brackets (`Hồng Vân, Quốc Thái (Ban Tuyên truyền)`, `Võ sư Lê Long
    (Trưởng bộ môn Karate)`, `BS. Hoàng Minh Tú (Bệnh viện Đa khoa tỉnh)`), the unit after a
    dash or the unit or position after a comma (`Kỹ sư Hà Thịnh - Đoàn Khảo sát 117`, `Trần
    Văn Bình, Đội Tuyên truyền - Hỗ trợ người nộp thuế`); None when no name opens it."""
    bracket = BRACKETED_TAIL.search(text)
    inner = bracket.group().strip(" ()") if bracket else ""
    workplace = DEPARTMENT.fullmatch(fold(inner)) or is_post(inner) or is_organisation(inner)
    if bracket and workplace:
        text = text[: bracket.start()]
    pieces = name_before_unit(text).split(", ")
    names = itertools.takewhile(lambda piece: _capitalised_person(without_title(piece)), pieces)
    return ", ".join(names) or None


def _credit_line(block: _Element) -> str | None:
    """The first line of `block` crediting each contributor with a role, the writer's name
    first (`Thu Hiền · Ảnh: Y Sơn Mlô · Phát thanh viên: …`, `Lê Thọ Bình (bài), Phước Bửu
    (ảnh)` opening a post's footer): the credits under the text, whatever their style."""
    line = next((el for el in block.iter(*LINE_TAGS) if text_of(el)), block)
    text = short_text(line, 2 * MAX_CHARS) or ""
    people = clean_byline(text).people if text and credits_roles(text) else ()
    return text if people and _capitalised_person(people[0]) else None


def _tags_row(el: _Element) -> bool:
    """A row of the article's tags, opened by its label (`Từ khóa:`, `Tags:`, `Thẻ:`): what a
    page prints between the text and a signature it puts under them."""
    return TAGS_LABEL.match(fold(text_start(el, ROLE_LABEL))) is not None


def _card_over_headline(page: Page) -> str | None:
    """Vietnamese pages: the name on a columnist's card right over the headline, no class
    saying so (`<div><img alt="BSCKII Lê Thị Thu Hằng"><div><strong>BSCKII Lê Thị Thu Hằng
    </strong><span>Phó Giám đốc Bệnh viện</span></div></div><h1>`): an expert column names
    its writer there, over a blog's author box naming the office that posted it."""
    headline = headline_element(page)
    if headline is None or not is_vietnamese(page):
        return None
    card = next(
        (
            el
            for el in headline.itersiblings(preceding=True)
            if isinstance(el.tag, str) and text_of(el)
        ),
        None,
    )
    if card is None or card.find(".//img") is None or in_zone(page, card):
        return None
    return _name_on_card(card)


def _name_on_card(card: _Element) -> str | None:
    """A writer's card right after the text, no class saying so: a picture (the avatar) beside
    two lines, the name in bold, capitalised as a person's is, and her role or workplace under
    it (`<div><img …><div><p class="font-bold">TS. Phạm Minh Đức</p><p>Viện Cây ăn quả miền
    Nam</p></div></div>`). A picture with its caption is no card (a place's name, capitalised
    too, is no bold line over it); another article's card prints a title, no name."""
    if card.tag == "figure" or card.find(".//figcaption") is not None:
        return None
    lines = _lines(card)
    lines = _leaf_lines(card) or lines if len(lines) == 1 else lines  # runs typed in one block
    if len(lines) != CARD_LINES or len(lines[0].split()) > MAX_NAME_WORDS:
        return None
    name, role = lines
    bold = any(text_of(el) == name and _bold(el) for el in card.iter())
    return name if bold and _capitalised_person(name) and not _capitalised_person(role) else None


def _bold(el: _Element) -> bool:
    """All the element's text is bold, by `<b>`/`<strong>`, its style or a utility class."""
    return (
        all_bold(el)
        or bool(BOLD_CLASS.search(el.get("class") or ""))
        or bool(BOLD_STYLE.search(el.get("style") or ""))
    )


def _name_line_by_headline(page: Page) -> str | None:
    """Vietnamese pages: a line printing nothing but the writer's name, unlabelled, right under
    the publish line or the headline (`<p>Minh Khang</p>`, `<div>ThS. Lê Thị Kim Oanh</div>`,
    `Trần Hữu Phúc - Mai Anh`): a rank or a degree before the names, a unit after a dash, are
    the cleaner's; each name capitalised as a person's is, or initials. (A line over the
    headline is a kicker: `THÔNG CÁO BÁO CHÍ`, `HỎA TỐC`; a cover picture's caption under it
    names who is pictured: `Cụ bà Trần Thị Lựu (1935 - 2026)`.)"""
    if not is_vietnamese(page):
        return None
    line, headline = _publish_line(page), headline_element(page)
    anchors = [_line_block(line)] if line is not None else []
    anchors += [row] if anchors and (row := _meta_row(anchors[0])) is not None else []
    anchors += [headline] if headline is not None else []
    section = fold(page.meta.get("article:section", ""))
    for anchor in anchors:
        near = _line_after(anchor)
        for el in (near, _first_part(near)) if near is not None else ():
            text = short_text(el, MAX_CHARS) if el is not None else None
            text = (_names_on_lines(el) if text else None) or text
            if (
                text
                and _names_alone(text)
                and fold(text) != section
                # the publish line itself (`Lai Châu, 08:20`), read against the fetch time
                and search_datetime(text, now=page.fetched_at) is None
                and not in_zone(page, near)
                and not _field_row(near)
                and not any(
                    node.tag == "figcaption" or caption_element(node) for node in near.iter()
                )
            ):
                return text
    return None


def _field_row(row: _Element) -> bool:
    """A table row opening with a header cell (`<tr><th>Nhóm</th><td>Toàn bộ trang</td></tr>`
    under a post's `Ngày` row, Sakai's item summary): a labelled field of the post, its
    value no name printed alone."""
    first = next((cell for cell in row if isinstance(cell.tag, str)), None)
    return row.tag == "tr" and first is not None and first.tag == "th"


def _heading_over_text(page: Page) -> str | None:
    """Vietnamese pages: a small heading printing nothing but the writer's name right over the
    text's box, between the sapo and the text (`<h4>Phan Thị Yến</h4>`), no class saying so."""
    container = body_container(page) if is_vietnamese(page) else None
    if container is None or container.getroottree().getroot() is not page.root:
        return None
    above = next((el for el in container.itersiblings(preceding=True) if text_of(el)), None)
    if above is None or above.tag not in SMALL_HEADINGS or in_zone(page, above):
        return None
    text = short_text(above, MAX_CHARS) or ""
    # (an interviewee's name and post, `Bà Tạ Thị Hồng, Chủ tịch Hội …`, heads the answers)
    return text if _names_alone(text) and clean_byline(text).display == text else None


def _small_in_headline(page: Page) -> str | None:
    """Vietnamese pages: the names a `<small>` inside the headline prints after it (Bootstrap's
    page header, `<h1>Title <small>Hồng Vân</small></h1>`), a subtitle there naming no one."""
    headline = headline_element(page) if is_vietnamese(page) else None
    small = headline.find(".//small") if headline is not None else None
    text = (short_text(small, MAX_CHARS) or "") if small is not None else ""
    return text if text and _names_alone(text) and clean_byline(text).display == text else None


def _meta_row(block: _Element) -> _Element | None:
    """The short row the publish line shares with the post's other details (`<div><span>06:48
    01/12/2025</span> <span>1.188 lượt xem</span></div>`), the line under the row being the
    name's, not the count beside the time; a row holding the headline is the article's head."""
    row = block.getparent()
    if row is None or row.tag in ("body", "html") or short_text(row, 2 * MAX_CHARS) is None:
        return None
    return row if row.find(".//h1") is None else None


def _names_on_lines(el: _Element) -> str | None:
    """Writers printed one under the other, a `<br>` between them (`<b>Hà Vy</b><br><b>Hữu
    Nghĩa</b>`): each a person, joined with ` - ` as the page prints them apart."""
    if el.find(".//br") is None:
        return None
    lines = [" ".join(line.split()) for line in "".join(broken_text(el)).split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2 or not all(_names_alone(line) for line in lines):
        return None
    return " - ".join(lines)


def _credit_closing_a_paragraph(page: Page) -> str | None:
    """Vietnamese pages: a writer's credit in brackets closing a paragraph by the headline (the
    sapo's `… (Bài: Ngọc Hân)`), the label and a photographer's credit left to the cleaner."""
    if not is_vietnamese(page):
        return None
    for el, own in own_texts(page):
        found = CLOSING_CREDIT.search(own.rstrip()) if own.rstrip().endswith(")") else None
        if (
            found
            and distance(page, el) <= MAX_AUTHOR_DISTANCE
            and not in_zone(page, el)
            and clean_byline(found["credit"]).people
        ):
            return found["credit"]
    return None


def _credit_in_caption(page: Page) -> str | None:
    """Vietnamese pages: a writer's credit closing a picture's caption by the headline (`Cầu
    mới nối hai bờ suối. Bài, ảnh: Lâm Tùng`), where the page signs nowhere else; a
    photographer's credit alone (`Ảnh: …`) names no writer."""
    if not is_vietnamese(page):
        return None
    for caption in page.root.iter("figcaption"):
        text = short_text(caption, 4 * MAX_CHARS) or ""
        found = CAPTION_CREDIT.search(text)
        if (
            found
            and distance(page, caption) <= MAX_AUTHOR_DISTANCE
            and not in_zone(page, caption)
            and clean_byline(found["credit"]).people
        ):
            return found["credit"]
    return None


def _signature_picture(page: Page) -> str | None:
    """Vietnamese pages: the writer's handwritten signature as a picture closing the text,
    aligned right with nothing else (`<p style="text-align: right;"><img src="…/chu-ky.png"
    alt="Ngọc Hân"></p>`): its alternative text, when it names people, is the name it shows."""
    container = body_container(page) if is_vietnamese(page) else None
    children = reversed(container) if container is not None else ()
    printed = (el for el in children if isinstance(el.tag, str))
    last = next((el for el in printed if text_of(el) or _pictures(el)), None)
    if last is None or text_of(last) or not aligned_right(last):
        return None
    pictures = _pictures(last)
    alt = " ".join((pictures[0].get("alt") or "").split()) if len(pictures) == 1 else ""
    return alt if alt and len(alt) <= MAX_CHARS and _names_alone(alt) else None


def _pictures(el: _Element) -> list[_Element]:
    """The `<img>` elements `el` is or holds."""
    return list(el.iter("img"))


def _first_part(line: _Element) -> _Element | None:
    """The first of the elements a short line is made of, when a number follows it and nothing
    precedes it (a name then a view count: `<span>Hữu Trí</span> <span><i class="icon-eye">
    </i> 1.502</span>`); a line made of elements alone may run to two names' length, a unit's
    part between the name's and the time's (`<div>Thiếu tá …</div><div>Đồn Biên phòng …</div>
    <div>06:25 …</div>`), where words after a bold part are a speaker's (`<b>Bà …:</b> Năm nay
    …`)."""
    parts_only = not any((child.tail or "").strip() for child in line)
    whole = short_text(line, 2 * MAX_CHARS if parts_only else MAX_CHARS)
    if not whole or (line.text or "").strip():
        return None
    first = next((child for child in line if isinstance(child.tag, str) and text_of(child)), None)
    rest = whole[len(text_of(first)) :] if first is not None else ""
    return first if DIGIT.search(rest) else None


def _line_block(line: _Element) -> _Element:
    """The element a publish line fills: it, or the ancestors printing nothing else."""
    text = text_of(line)
    while (parent := line.getparent()) is not None and text_of(parent) == text:
        line = parent
    return line


def _line_after(anchor: _Element) -> _Element | None:
    """The first element with words after `anchor`, or after the short block holding it when it
    closes the block (Joomla's `<dd>` of the time closing its `<dl>`), unless it is a heading
    or a link elsewhere (a section name, another article) or holds one."""
    for node in self_and_ancestors(anchor, 2):
        siblings = node.itersiblings()
        near = next((el for el in siblings if isinstance(el.tag, str) and text_of(el)), None)
        if near is not None or short_text(node, 2 * MAX_CHARS) is None:
            break
    if near is None or near.tag in ("h1", "h2", "h3", "a") or near.find(".//a") is not None:
        return None
    return near


def _names_alone(text: str) -> bool:
    """The line's cleaned byline names people, each capitalised as a person's name is or in
    initials, with no digit left (a date, a count), or is the paper's desk."""
    cleaned = clean_byline(text)
    if not cleaned.display or DIGIT.search(cleaned.display) or cleaned.source:
        return False
    if not cleaned.people:
        return _newsroom_desk(cleaned.display)
    return all(INITIALS.fullmatch(name) or _capitalised_person(name) for name in cleaned.people)


def _account_card(page: Page) -> str | None:
    """The display name of the account card heading the post that holds the text (a fediverse
    status's `<a class="account-link h-card"><bdi class="p-name">Nguyễn Thị Lan</bdi><span
    class="nickname">@lan</span></a>`), when it reads as a person's name: the poster, who wrote
    the status. Her `@handle` is no name; a card under the text is a reply's."""
    container = body_container(page)
    if container is None:
        return None
    for card in named(page, ACCOUNT_CARD):
        if position(page, card) > position(page, container):
            return None
        name = next((el for el in card.iter() if DISPLAY_NAME.search(classes(el))), None)
        handle = [text for text in card.itertext() if text.strip().startswith("@")]
        if name is not None and handle and _capitalised_person(text := text_of(name)):
            return text
    return None


def _blog_home_writer(page: Page) -> str | None:
    """The name the site's header prints in its link to the blog's home, the first folder of
    the article's address (an e-mail blog's `<a href="https://world.hey.com/thanh.nhan"><img
    alt="Nguyễn Thành Nhân"> <span>Nguyễn Thành Nhân</span></a>` over
    `/thanh.nhan/<post>`), beside the avatar its `alt` names the same: a blog of one writer,
    who wrote the post. A person's name only."""
    site = urlsplit(page.url)
    folder = site.path.strip("/").split("/")
    if len(folder) < 2:
        return None
    home = f"{site.scheme}://{site.netloc}/{folder[0]}"
    for header in page.root.iter("header"):
        for link in header.iter("a"):
            href = urljoin(page.url, link.get("href") or "").split("#")[0].rstrip("/")
            name = text_of(link)
            alts = {" ".join((img.get("alt") or "").split()) for img in link.iter("img")}
            if href == home and name in alts and _capitalised_person(name):
                return name
    return None


def _poster_profile(page: Page) -> str | None:
    """Vietnamese pages: the poster's name linking to her member page (`/profile/<nick>`) over
    the headline, in the post's block around the block holding the headline and the text (a
    community network's post: `<h4><a href="/profile/letungca">Lê Thanh Tùng</a></h4>` and the
    time in the post's header, then its title and text): who wrote a post its site prints no
    byline for. A person's name only: a login is no one; a comment's poster, under the text,
    posts no article."""
    headline, container = headline_element(page), body_container(page)
    if not is_vietnamese(page) or headline is None or container is None:
        return None
    holding = {container, *container.iterancestors()}
    article = next((node for node in headline.iterancestors() if node in holding), None)
    post = article.getparent() if article is not None else None
    if post is None or post.tag in ("body", "html"):
        return None
    for link in post.iter("a"):
        if article in link.iterancestors():
            return None  # the post's own poster stands over its title and text
        text = _once(text_of(link))
        if text and PROFILE_PATH.search(link.get("href") or ""):
            return text if _capitalised_person(text) and not in_zone(page, link) else None
    return None


def _member_by_post_time(page: Page) -> str | None:
    """Vietnamese pages: the member whose page (`/u/<nick>`, `/members/<nick>`) a link in the
    post's header names, beside the `<time>` whose `datetime` is the publish time (Flarum's and
    HumHub's post header: the display name, then `<time datetime=…>2 Thg 11</time>`), or whose
    tooltip states it (Lemmy's `<span data-tippy-content="…">2 ngày trước</span>`), or that
    prints it (a forum's post row: the poster's mini-profile, then the post's `<abbr
    class="time">`): who posted the text, found before that time (the likes after it name
    others) in the nearest block around it holding such a link, or an element
    classed as the member's name (a feedback forum's `<span class="uvUserName">Nguyễn Thị
    Hoa</span> đã chia sẻ ý kiến này · <time …>`). A person's name only (a login is no one),
    the lettered avatar before it left out."""
    raw = published(page) if is_vietnamese(page) else None
    bearing = (
        [el for name in ("datetime", *TOOLTIPS) for el in page.bearing(name, raw)] if raw else []
    )
    stamp = next(iter(bearing), None)
    if stamp is None and raw:  # no attribute states it: the element printing it
        stamp = next((v.line for v in visible_dates(page) if v.raw == raw and not v.modified), None)
    if stamp is None:
        return None
    at = position(page, stamp)
    for block in itertools.islice(stamp.iterancestors(), MAX_POST_HEADER_LEVELS):
        before = [el for el in block.iter("*") if position(page, el) < at]
        links = [a for a in before if a.tag == "a" and MEMBER_PATH.search(a.get("href") or "")]
        links = links or [el for el in before if USER_NAME_CLASS.search(classes(el))]
        links = links or _poster_under_time(page, block, at)
        if links:
            text = _without_handle(links[0], _without_initials(links[0], _once(text_of(links[0]))))
            shown = not in_zone(page, links[0]) or _in_poster_column(page, links[0], block)
            return text if _capitalised_person(text) and shown else None
    return None


def _poster_under_time(page: Page, block: _Element, at: int) -> list[_Element]:
    """The one member a link in `block` names between the post's time (at `at`) and its text
    (FUDforum's message table: the subject and time in a row, then the poster's row of details,
    then the text): the poster, where one post is the block; links to several members are a
    thread's."""
    after = [el for el in block.iter("*") if position(page, el) > at]
    text = next((el for el in after if len(text_of(el)) >= MIN_POST_TEXT), None)
    end = position(page, text) if text is not None else at
    links = [
        a
        for a in after
        if a.tag == "a" and position(page, a) < end and MEMBER_PATH.search(a.get("href") or "")
    ]
    members = {a.get("href") for a in block.iter("a") if MEMBER_PATH.search(a.get("href") or "")}
    return links[:1] if len(members) == 1 else []


def _in_poster_column(page: Page, link: _Element, post: _Element) -> bool:
    """`link` sits in an `<aside>` of the post's own block, which is in no zone (ElkArte's and
    Simple Machines' `<aside class="poster">` of the poster's name, group and post counts
    beside the post): the post's column of its poster, no sidebar of the page."""
    aside = next((node for node in link.iterancestors() if node.tag == "aside"), None)
    return (
        aside is not None
        and any(node is post for node in aside.iterancestors())
        and not in_zone(page, post)
    )


def _creator_in_activity(page: Page) -> str | None:
    """Vietnamese pages: the member an activity feed's entry names as having added or made the
    item the page shows (`Hoàng Văn Dũng đã thêm thẻ này vào danh sách Đang làm`), when that
    entry's time is the publish time: the item's creator, a person's name only."""
    creation = creation_entry(page) if is_vietnamese(page) else None
    if creation is None or creation.when.raw != published(page):
        return None
    return creation.who if _capitalised_person(creation.who) else None


def _without_handle(el: _Element, text: str) -> str:
    """`text`, `el`'s, without the member's handle closing it in an element of its own
    (`<span>Ngô Thị Kim Oanh</span> <span>@kimoanh.ngo</span>`: a forum or a federated network
    prints the display name, then the account): the name is the display name."""
    for handle in el.iterdescendants():
        shown = text_of(handle)
        if HANDLE.fullmatch(shown) and text.endswith(shown):
            return text[: -len(shown)].rstrip()
    return text


def _from_post_attribute(page: Page) -> str | None:
    """The poster an element around the text names in its `data-author` attribute (forum
    software marks each post so: `<article class="message" data-author="Thanh Nga">`)."""
    container = body_container(page)
    for node in container.iterancestors() if container is not None else ():
        name = (node.get("data-author") or "").strip()
        if name:
            return name if _person(name) else None
    return None


def _from_role_lines(page: Page) -> str | None:
    """`Tác giả: X  Nguồn tin: Y` printed under the text (NukeViet), `Bài và ảnh: X`, `Người
    viết: X` in a table cell of a Web Forms portal or an item of a list of the post's details
    (a shop blog's `<li>Người viết: <strong>X</strong></li>`); a portal's `Người đăng: X` when
    the page prints no writer's line."""
    body = page.root.find("body")
    marked = _holders_of(page, LABEL_MARK)
    poster: str | None = None  # `Người đăng: …`, the byline only when no writer's line is
    for el in body.iter(*ROLE_LINE_TAGS) if body is not None else ():
        if el not in marked:
            continue
        start = text_start(el, ROLE_LABEL)
        photo_first = start[:1] in ("Ả", "ả") and PHOTO_FIRST.match(start)
        if not photo_first and not ROLE_LINE.match(start):
            continue
        if _opens_with_role_line(el) or _line_in_block_below(el, start):
            continue
        text = short_text(el, 2 * MAX_CHARS)
        end = _role_label_end(text) if text is not None else None
        # A label alone (`<td>Tác giả:</td><td>Lê Hoa</td>`) is a field's, its name beside it.
        if end is not None and text[end:].strip(" :") and not in_zone(page, el):
            line = _before_next_field(el) or _before_next_label(el, text, end)
            if not POSTER_LABEL.match(line):
                return line
            poster = poster or line
    return poster


def _line_in_block_below(el: _Element, start: str) -> bool:
    """`el` opens with an element holding the role line's start, past an avatar printing no
    words (`<span><div>Được viết bởi <span>…</span></div> <div>Đã cập nhật …</div></span>`, an
    author card's lines): the line is read there, inside, where the lines under it are no part
    of it."""
    first = next((child for child in el if isinstance(child.tag, str) and text_of(child)), None)
    return (
        first is not None
        and first.tag in ROLE_LINE_TAGS
        and not (el.text or "").strip()
        and text_start(first, ROLE_LABEL) == start
    )


def _before_next_label(line: _Element, text: str, end: int) -> str:
    """A role line going on with the post's other fields, each label an element of its own
    (Jamroom's `<span>Đăng bởi:</span> <span><a>Hoàng Nam</a></span> <span>ngày:</span> <span>
    05/12/2026 06:40</span> <span>trong:</span> …`): the line up to the next label after the
    role's (`end`: where the role's label ends)."""
    starts = [
        found
        for el in line.iterdescendants()
        if not len(el)
        and (label := text_of(el)).endswith(":")
        and any(char.isalpha() for char in label)  # not a colon alone between label and name
        and len(label.split()) <= MAX_LABEL_WORDS
        and (found := text.find(label, end)) > end
    ]
    return text[: min(starts)].rstrip() if starts else text


def _before_next_field(line: _Element) -> str | None:
    """A role line going on after a `<br>` with another labelled field (`Tác giả: Lê Hoa<br>
    Ngày đăng: 04/12/2025`, a details box's lines) or with the writer's division (`Đăng bởi
    <a>Võ Đức Thịnh</a><br><span>Phòng Quản lý kết cấu hạ tầng giao thông</span>`): the line up
    to the break, when what follows it opens with a label or names an organisation (a second
    writer on the next line is no field)."""
    br = next(line.iter("br"), None)
    if br is None:
        return None
    after = {(t.getparent(), t.is_tail) for t in br.xpath("following::text()")}
    texts = line.xpath(".//text()")
    rest = "".join(t for t in texts if (t.getparent(), t.is_tail) in after).strip()
    if not LABEL_MARK.search(rest[:ROLE_LABEL]) and not is_organisation(rest):
        return None
    before = "".join(t for t in texts if (t.getparent(), t.is_tail) not in after)
    return " ".join(before.split()) or None


def _holders_of(page: Page, pattern: re.Pattern[str]) -> set[_Element]:
    """The elements whose own texts match `pattern`, and their ancestors: the only ones whose
    text can hold it. Found from the page's own texts, scanned once (`own_texts_with`), where
    reading each block's or element's text cost a tenth of a page's byline on pages printing
    no role line and a fiftieth of a page's extraction on pages with no author's label."""
    holders: set[_Element] = set()
    for el, _ in own_texts_with(page, (pattern,)):
        while el is not None and el not in holders:
            holders.add(el)
            el = el.getparent()
    return holders


def _role_label_end(text: str) -> int | None:
    """Where the role label of a credit line ends: at its start, or after the photographer's
    credit that opens it (`Ảnh: Phúc An; Bài: Hà Vy`), the line read whole all the same."""
    found = ROLE_LINE.match(text)
    if found or not PHOTO_FIRST.match(text):
        return found.end() if found else None
    parts = CREDIT_PARTS.split(text, maxsplit=1)
    later = ROLE_LINE.match(parts[1]) if len(parts) == 2 else None
    return len(text) - len(parts[1]) + later.end() if later else None


def _from_field(page: Page) -> str | None:
    """A writer's field whose label stands alone beside the name (`<div>Người viết</div>
    <div><img …><span>Lê Hoa</span></div>` in a properties table over the text), the label
    alone in bold in its cell too (`<td><b>Tác giả:</b></td><td>Lê Hoa</td>`), or the term of
    the article's facts list (`<dt>Tác giả</dt><dd>Lê Hoa</dd>`, `article_fact`) or of the
    column of its facts (`facts_column`: a help centre's info panel beside the text, `<td>Tác
    giả:</td><td>Phòng …</td>` over its creation row)."""
    return _field_value(page, FIELD_WORDS, FIELD_LABEL)


def _mail_sender(page: Page) -> str | None:
    """The sender's name of the first e-mail header a mail archive prints (MHonArc's `<li>From:
    Trần Văn Hùng &lt;… AT gmail.com&gt;</li>` beside the `Date:` line): the writer of the
    message, without the address in angle brackets."""
    for el, own in own_texts_with(page, (MAIL_FROM,)):
        if not own.strip().startswith("From"):
            continue
        field = el if MAIL_FIELD.match(text_of(el)) else el.getparent()  # `<em>From:</em> …`
        if field is None or not MAIL_FIELD.match(text_of(field)) or not mail_header(field):
            continue
        sender = MAIL_ADDRESS.sub("", MAIL_FIELD.sub("", text_of(field), count=1)).strip(' "')
        return sender if sender and not is_account(sender) else None
    return None


def _from_poster_field(page: Page) -> str | None:
    """The poster's field, its label alone beside the value (a notice's metadata table:
    `<td>Người đăng:</td><td>Văn phòng HĐND và UBND xã</td>`), where the page prints no
    writer: the office posting the item signs it, without the login a platform prints after
    its name (`Phòng Đào tạo (daotao)`): an account's, no part of the signature."""
    poster = _field_value(page, POSTER_FIELD_WORDS, POSTER_FIELD_LABEL)
    return POSTER_LOGIN.sub("", poster) if poster else None


def _document_owner(page: Page) -> str | None:
    """A document's owner printed by the headline after its label, the name in an element of
    its own (a document suite's `Chủ sở hữu: <span>Vũ Khánh Ly</span>`), where the page prints
    no writer: the person keeping the document wrote it. An account (`Chủ sở hữu: ketoan_tnv`)
    or a linked team (`_owner_link`) names nobody."""
    for el, own in own_texts(page):
        if len(el) != 1 or el[0].tag == "a" or not OWNER_LABEL.search(fold(own).strip()):
            continue
        name = text_of(el[0])
        if distance(page, el) > MAX_AUTHOR_DISTANCE or in_zone(page, el) or is_account(name):
            continue
        return name if _person(name) else None
    return None


def _field_value(page: Page, words: re.Pattern[str], label_pattern: re.Pattern[str]) -> str | None:
    """The value beside the first field label `words` finds and `label_pattern` reads whole.
    A link's words are no label (a tag `author` beside the tag `reader` in a list of tags)."""
    for el, own in own_texts_with(page, (words,)):
        if len(el) or not label_pattern.fullmatch(fold(own).strip()):
            continue
        if any(a.get("href") is not None for a in (el, *el.iterancestors("a")) if a.tag == "a"):
            continue
        fact = el.tag == "dt" and el.getnext() is not None and article_fact(el.getnext())
        column = facts_column(page)
        among_facts = column is not None and column in el.iterancestors()
        if in_zone(page, el) and not fact and not among_facts:
            continue
        label = el
        while (parent := label.getparent()) is not None and text_of(parent) == own.strip():
            label = parent
        colon = label.getnext()
        if colon is not None and text_of(colon) == ":" and not (label.tail or "").strip():
            label = colon  # the label's colon in an element of its own (`<span>:</span>`)
        names = values_beside(label, MAX_CHARS)
        if names:
            return ", ".join(names)
    return None


def _opens_with_role_line(el: _Element) -> bool:
    """`el` opens with a child that is the whole role line, label and names (`<div class="meta">
    <span>Thực hiện: Trần Khánh, Lý Sa Mây</span> <span>Đăng lúc 13:30, …</span>`): the child is
    the byline, not the post's details around it (an element read as a role line itself)."""
    if not len(el) or (el.text or "").strip() or el[0].tag not in ROLE_LINE_TAGS:
        return False
    text = short_text(el[0], 2 * MAX_CHARS)
    found = ROLE_LINE.match(text) if text else None
    return found is not None and bool(text[found.end() :].strip(" :"))


def _from_labels(page: Page) -> str | None:
    """Pages in other languages: a short line whose label says author (`Autorin/Autor`), or a
    `By Jane Roe` line near the headline that names one of the people the metadata names, if
    it names any (a teaser of another article prints its own `By` line further down). On a
    Vietnamese page only the `By` line: a newsletter product's theme prints it in English
    (`By <a>Lê Quang Huy</a>`), and no Vietnamese line opens with the word."""
    listed: list[str] | None = None
    led = _holders_of(page, BY_START if is_vietnamese(page) else LABEL_START)
    for el, own in own_texts(page):
        if el not in led or not own.strip() or (len(own) > 2 * MAX_CHARS and _long_line(own)):
            continue
        text = short_text(el, MAX_CHARS)
        if text and len(el) == 0 and re.fullmatch(BY_WORD, text):
            text = _with_name_beside(el)
        found = re.match(AUTHOR_LABEL, text) if text else None
        if found and found["writer"]:
            if listed is None:
                listed = [fold(name) for name in _metadata_people(page)]
            people = {fold(name) for name in clean_byline(found["writer"]).people}
            if distance(page, el) > MAX_AUTHOR_DISTANCE or (listed and not people & set(listed)):
                continue
        name = (found["name"] or found["writer"]) if found else ""
        if name and not name[0].islower() and _person(name) and not in_zone(page, el):
            return _linked_writers(el, name)  # (`Author of the article:` over a logo: no one)
    return None


def _long_line(own: str) -> bool:
    """More than a labelled line's characters, not counting the indentation of the page's
    markup (`Von:` and a line of tabs before the names' links)."""
    return len(" ".join(own.split())) > 2 * MAX_CHARS


def _linked_writers(line: _Element, name: str) -> str:
    """Every writer a labelled line names in a link of their own (`By: <a>Jane Roe</a>,
    <a>Tom Poe</a>`), where the label's pattern reads the first alone (a comma after a name
    may open a place: `Von Max Beispiel, Frankfurt`); else `name`."""
    names = [text_of(link) for link in line.iter("a")]
    if len(names) < 2 or names[0] != name or not all(map(_person, names)):
        return name
    return ", ".join(names)


def _with_name_beside(label: _Element) -> str | None:
    """The line a label word in an element of its own opens, with the name in the next one
    (`<li><span>von</span> <span>Max Beispiel</span></li>`): its parent's text, when the label
    opens it."""
    parent = label.getparent()
    if parent is None or (parent.text or "").strip():
        return None
    if next((child for child in parent if isinstance(child.tag, str)), None) is not label:
        return None
    return short_text(parent, MAX_CHARS)


def contradicted(page: Page, text: str) -> bool:
    """On a page in another language, a byline line read from the body that names none of the
    people both the metadata and a byline box or link name, in full (a kicker in capitals, a
    section label): not the byline; an account name (`Site D`) proves nothing. Vietnamese pen
    names under the text stand, but for a stamp in capitals (`_capitals_contradicted`). The
    site's name in other words and order (`rewords_logo`) is the site signing: no person."""
    if rewords_logo(page, text):
        return True
    if is_vietnamese(page):
        return _capitals_contradicted(page, text)
    people = _metadata_people(page)
    if not all(_full_name(name) for name in people):
        return False
    listed = {fold(name) for name in people}
    for find in (_from_boxes, _from_links, _from_labels):
        found = find(page)
        if found:
            shown = {fold(name) for name in clean_byline(found).people}
            body = {fold(name) for name in clean_byline(text).people}
            return bool(shown & listed) and not body & listed
    return False


def with_calling(page: Page, name: str) -> str:
    """A sign-off's `name` as a link over the headline prints it with the person's calling or
    title before it (a creator's header, `<a class="user">HLV Hoàng Nam</a>`, over a post
    signed `— Hoàng Nam`): the same person, the calling kept in the display as the tuned sets
    keep it; else the sign-off as printed."""
    signed = clean_byline(name).display
    anchor = headline_element(page)
    at = position(page, anchor) if anchor is not None else 0
    for link in page.index.tagged("a") if signed else ():
        text = text_of(link)
        if (
            text != signed
            and without_title(text) == signed
            and clean_byline(text).display == text
            and position(page, link) < at
        ):
            return text
    return name


def _capitals_contradicted(page: Page, text: str) -> bool:
    """A line all in capitals read from the body (a stamp opening the text, `KHUYẾN HỌC -
    KHUYẾN TÀI`) naming none of the people a byline box names, when the author meta tag names
    them too: a motto or a kicker, not the writers."""
    if text != text.upper() or not (box := _from_boxes(page)):
        return False
    shown = {fold(name) for name in clean_byline(box).people}
    listed = {
        fold(name) for value in page.meta_values("author") for name in clean_byline(value).people
    }
    body = {fold(name) for name in clean_byline(text).people}
    return bool(shown & listed) and not body & (shown | listed)


def _full_name(name: str) -> bool:
    """Two words or more, none an initial."""
    words = name.replace(".", " ").split()
    return len(words) >= 2 and all(len(word) > 1 for word in words)


def _mailed_person(page: Page, address: str) -> str | None:
    """The person an author address names (`d.beispiel@zeitung.example`), as the page prints
    the name: a short text outside the furniture holding the surname after a first name with
    the address's initial (`Dieter Beispiel`)."""
    parts = [part for part in re.split(r"[._+-]", address.split("@")[0]) if part]
    if len(parts) < 2 or len(parts[-1]) < 3:
        return None
    initial, surname = parts[0][0].casefold(), parts[-1]
    name = re.compile(rf"\b([^\W\d_][\w’'-]*)\s+{re.escape(surname)}\b", re.I)
    for el, own in own_texts(page):
        if len(own) > MAX_CHARS or surname.casefold() not in own.casefold():
            continue
        found = name.search(own)
        if (
            found
            and found[1][0].casefold() == initial
            and found[0][0].isupper()
            and not in_zone(page, el)
        ):
            return " ".join(found[0].split())
    return None


def _metadata_people(page: Page) -> list[str]:
    """Names in JSON-LD's `author` (`givenName familyName` when there is no `name`), else in the
    author meta tags; one string listing several people (`A, B and C`) is split."""
    names: list[str] = []
    author = page.article_ld.get("author")
    for item in author if isinstance(author, list) else [author]:
        if isinstance(item, dict) and "Organization" in str(item.get("@type")):
            continue  # the outlet (`{"@type": "NewsMediaOrganization", …}`), never a person
        if isinstance(item, dict):
            given = " ".join(str(item.get(k) or "") for k in ("givenName", "familyName"))
            name = item.get("name") or given.strip()
        else:
            name = item
        if isinstance(name, str):
            names += [n for n in re.split(NAME_LIST, name.strip()) if _person(n)]
    if not names:
        names = _meta_people(page) or _cited_people(page) or _app_people(page)
    return list(dict.fromkeys(n for n in names if _person(n) and not names_site(page, n)))


def _cited_people(page: Page) -> list[str]:
    """The authors a journal's `citation_author` tags name, one a tag, every one of them."""
    return [name for name in page.meta_values(CITATION_AUTHOR) if _person(name)]


def _app_people(page: Page) -> list[str]:
    """The writers the article's object in an app's data lists (`"authors": [{"name": "Minh
    Trí", "role": "Phóng viên"}, {"name": "Hoàng Nam", "role": "Quay phim"}]`), each read with
    its role as a printed credit is: a camera operator, an editor or a photographer is none.
    Only on a page built from its data: a page printing its text prints its writers too."""
    article = data_article(page)
    listed = article.get("authors") or article.get("author")
    people: list[str] = []
    for item in listed if isinstance(listed, list) else [listed]:
        name = item.get("name") if isinstance(item, dict) else item
        role = item.get("role") if isinstance(item, dict) else None
        if isinstance(name, str):
            credit = f"{role}: {name}" if isinstance(role, str) and role.strip() else name
            people += clean_byline(credit).people
    return people


def _meta_people(page: Page) -> list[str]:
    """The people of the first author meta tag that names any (`article:author`, the
    recommendation and analytics tags `dable:author` and `cXenseParse:author`, `author`, Dublin
    Core's `DC.creator`), each tag read as often as the page repeats it (the outlet first, then
    the writer)."""
    for key in (*META_AUTHORS, *_writer_card_fields(page)):
        for value in page.meta_values(key):
            if MAIL.match(value):  # an author's address: the name the page prints for it
                value = _mailed_person(page, value) or ""
            if LOGIN.fullmatch(value):
                continue
            pieces = re.split(NAME_LIST, value)
            if any(names_site(page, piece) for piece in pieces):
                continue  # the outlet's signature (`site.example, Frankfurt, Germany`)
            names = [n for n in pieces if _person(n)]
            if names:
                return names
    return []


def _writer_card_fields(page: Page) -> list[str]:
    """The Twitter card's data fields whose label names a writer (`twitter:data1` under
    `twitter:label1` `Được viết bởi`): an SEO plugin's card, the only place some themes name the
    post's writer."""
    return [
        f"twitter:data{n}"
        for n in range(1, TWITTER_FIELDS + 1)
        if WRITER_CARD_LABEL.fullmatch(fold(page.meta.get(f"twitter:label{n}", "")).strip())
    ]


def _person(name: str) -> bool:
    """A name: not an outlet, a few words (not a description)."""
    return _acceptable(name) and len(name.split()) <= MAX_NAME_WORDS
