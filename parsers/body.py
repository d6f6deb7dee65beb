"""Read an article container into paragraphs, images with captions, and a trailing byline.

Shared by profile layouts and the generic extractor: both only decide *which* element holds the
article; this module decides what inside it is body text, what is a caption, and what is the
author line, the way Vietnamese news pages write them (centred `<em>` captions under the image,
a right-aligned last paragraph for the byline).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from lxml.etree import Element, SubElement, XPath, _Element, strip_tags

from parsers import patterns
from parsers.notes import MAX_NOTE, NOTE_OPENING, holds_note_phrase
from parsers.page import (
    Page,
    TreeCopy,
    attribute_names,
    broken_text,
    drop_permalink_marks,
    element_after,
    element_before,
    select,
    select_among,
    self_and_ancestors,
    short_text,
    site_host,
    text_of,
    text_start,
)
from parsers.vietnamese.dates import search_datetime
from parsers.vietnamese.encoding import legacy_encoding
from parsers.vietnamese.names import (
    COMMON_SURNAMES,
    FOREIGN_WRITER_LABEL,
    clean_byline,
    is_organisation,
    is_post,
    name_before_unit,
    without_handle,
    without_title,
)
from parsers.vietnamese.text import fold

BLOCK_TAGS = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "li",
        "pre",
        "figure",
        "figcaption",
        "table",
        "div",
        "section",
        "article",
        "ul",
        "ol",
        "header",
        "footer",
        "aside",
        "center",
        "dl",
        "dd",
    }
)
CELL_TAGS = frozenset({"td", "th"})
# What a cell of a table of figures never holds (a layout table's cells do).
LAYOUT_TAGS = frozenset({"div", "table", "ul", "ol", "img", "figure", "section", "h2", "h3"})
# Always noise inside an article container.
NOISE_TAGS = (
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "select",
    "iframe",
    "object",
    "ins",
    "svg",
    "input",
    "textarea",
    "video",
    "audio",
    "nav",
    "aside",  # set apart from the text (a notice, a link preview), unless it quotes (see below)
    "amp-accordion",  # AMP's collapsible box in the text (prices, facts), set apart from it
)
# Text for screen readers only, which a sighted reader never sees (`(opens in a new window)`
# after a link): `sr-only`, WordPress's `screen-reader-text`, `visually-hidden`, `go-vh`.
VISUALLY_HIDDEN = patterns.compile(
    r"(?:^|\s)(?:\S*[-_])?(?:sr-only|screen-?reader(?:-text|-only)?|visually-?hidden|vh)(?:$|\s)",
    re.I,
)
# A caption's class, `cap` as a word of its own (`cap`, `img-cap`) where it is short for one;
# a drop cap (`has-drop-cap`, `article-text__drop-cap`) is a paragraph's first letter. In
# Vietnamese a caption is a `chú thích` (`chu-thich-anh`, `chuthich`).
CAPTION_CLASS = patterns.compile(
    r"caption|pcaption|icaption|image-desc|img-desc|note|expNoEdit|chu-?thich"
    r"|(?<!drop)(?:^|[\s_-])cap(?:$|[\s_-])",
    re.I,
)
# A title's or label's class (`box-title`, `tieu-de`, a journal's `<h2 class="label">Tóm tắt`):
# a template's heading, not one typed in the editor.
TITLE_CLASS = patterns.compile(r"title|tieu-?de|headline|heading|label", re.I)
# … and a heading that only names what the box under it holds, classed or not (`<h2>Nội
# dung</h2>` over an episode's description, `Nội dung bản tin` over a bulletin's text, `Lời
# bình`, a podcast's `Ghi chú tập` over its show notes), folded: the template's label, no
# heading typed in the text.
CONTENT_LABEL = patterns.compile(
    r"(?:noi\s*dung(?:\s*(?:ban\s*tin|chuong\s*trinh|tap|chinh))?|loi\s*binh"
    r"|ghi\s*chu\s*(?:tap|chuong\s*trinh)|show\s*notes)\s*:?"
)
# … and `ky-ten` (signs), a Vietnamese editor's class for the signature, and `sign` as a CSS
# module or a template's prefix names it (`Article_sign__Ya1Zs`, `post-sign`; not `sign-up`,
# `signin`)
BYLINE_CLASS = patterns.compile(
    r"author|pauthor|byline|tacgia|signature|ky-?ten|(?:^|[\s_-])sign(?:$|\s|__)", re.I
)
RIGHT_ALIGN = patterns.compile(r"text-align\s*:\s*right", re.I)
# A forum's signature block under a post, by its class (`<div class="signature">`).
SIGNATURE_BLOCK = patterns.compile(r"(?:^|[\s_-])signature(?:$|[\s_-])", re.I)
# … opening with a rule of dashes or underscores over its lines (`-----`, `__________`).
SIGNATURE_RULE = patterns.compile(r"[-_]{3,}\s*\w")
# The poster's name, then his signature's other lines after a dash or comma (`… – Lò đúc …`).
SIGNED_AFTER_NAME = patterns.compile(r"\s*[–—,|-]\s*\w")
# Brackets left alone where a post's buttons were (`[<a class="icon-…">Trích dẫn</a>]`, the
# icon link dropped as page furniture): no line of text.
EMPTY_BRACKETS = patterns.compile(r"[\[\](){}|\s]+")
MIN_POSTER_WORDS = 2  # a name's words in a poster's link (not a `Trả lời` link's one word)
# An inline element floated right holding a paragraph's whole text: set right as by alignment.
FLOAT_RIGHT = patterns.compile(r"float\s*:\s*right", re.I)
FLOATED = patterns.compile(r"float\s*:\s*(?:right|left)", re.I)  # a box set beside the text
MIN_FACT_ROWS = 2  # rows of a label and its value that make a floated table a box of facts
INLINE_FLOAT_TAGS = frozenset({"span", "strong", "b", "em", "i"})
# The class an editor gives a right-aligned paragraph: Bootstrap's `text-right` (`text-end` from
# Bootstrap 5 on, also per breakpoint: `text-md-end`), CKEditor 5's `text-align-right` (Drupal),
# the block editor's `has-text-align-right` (WordPress), Quill's `ql-align-right` and any
# editor's `<prefix>-align-right`.
RIGHT_CLASS = patterns.compile(
    r"text-(?:align-)?right|(?:^|[\s_-])align-right(?:$|\s)"
    r"|(?:^|\s)text-(?:(?:sm|md|lg|xl|xxl)-)?end(?:$|\s)"
)
# A line styled as a caption by utility classes (Bootstrap's, Tailwind's, the block editor's,
# Quill's): centred, italic or in small print, as `style` and `<em>` style one.
CAPTION_STYLE_CLASS = patterns.compile(
    r"(?:^|\s)(?:text-center|has-text-align-center|ql-align-center|italic|fst-italic|text-(?:xs|sm)"
    r"|small)(?:$|\s)",
    re.I,
)
# Italics set by a utility class on the line's own element (Bootstrap's `fst-italic`,
# Tailwind's `italic`).
ITALIC_CLASS = patterns.compile(r"(?:^|\s)(?:fst-italic|italic)(?:$|\s)", re.I)
CENTER_ALIGN = patterns.compile(r"text-align\s*:\s*center", re.I)
# Bold and italic set by a style, as forum software types them (`<span style="font-weight:
# bold;">`): the same as `<b>` and `<i>` for a lead or a caption typed between `<br>`s.
BOLD_STYLE = patterns.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
ITALIC_STYLE = patterns.compile(r"font-style\s*:\s*italic", re.I)
# A box's class naming it a note (`note`, `note-translation`, `editor-note`), as a word.
NOTE_BOX = patterns.compile(r"(?:^|[\s_-])note(?:$|[\s_-])", re.I)
# Words of a box in another language than the text's (Hmong, English, typed without tone
# marks): under this share of them carry a letter outside ASCII, where Vietnamese (or Jrai, Ê
# Đê) prose has most of its words so written.
MAX_OTHER_LANGUAGE_SHARE = 1 / 4
MIN_TEXT_LANGUAGE_SHARE = 1 / 2
MAX_LANGUAGE_SAMPLE = 400  # characters of the text after such a box that say its language
MIN_LATIN_SHARE = 1 / 2  # of the letters of a text written in the Latin script (`_latin_share`)
# A Vietnamese phone number (`0292 3830 455`, `+84 24 3825 1234`, `1900.1234.56`, a landline's
# seven digits grouped from the first, `0270 3 861 113`), its last digits masked where a page
# prints it in part (`0255 3822 xxx`).
PHONE_NUMBER = patterns.compile(
    r"(?<!\d)(?:\+84\s?|0|1[89]00)\d{1,3}(?:[ .]\d(?=[ .]\d{3}))?(?:[ .]?\d{2,4}){1,2}"
    r"(?:[ .]?(?:\d{2,4}|x{3,4}))(?!\d)"
)
# A border drawn on one side of a block by its own style (`border-left:3px solid #c00`).
RULE_STYLE = patterns.compile(
    r"(?:^|;)\s*border(?:-(?:left|right|top|bottom))?\s*:\s*(?!0|none)[^;]*\d", re.I
)
# A border drawn around a block by its own style (not `border:0`, `border:none`).
FRAME_STYLE = patterns.compile(r"(?:^|;)\s*border\s*:\s*(?!0|none)[^;]*\d", re.I)
# A colour its own style gives an element's words (`color: #888`), not its background's, and a
# grey one: the same red, green and blue, fainter than black text and darker than white
# (`#888888`, `#999`), or named so.
STYLE_COLOUR = patterns.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.I)
GREY = patterns.compile(
    r"#(?:([6-9a-c])\1\1|([6-9a-c][0-9a-f])\2\2)|(?:dark|dim|light)?gr[ae]y|silver", re.I
)
# Type set small by an inline style, 12 px or less (`font-size:12px`, `font-size: 11px`).
SMALL_PRINT = patterns.compile(r"(?:^|;)\s*font-size\s*:\s*(?:[1-9]|1[0-2])(?:\.\d+)?px", re.I)
# A block's own background in a colour (`background:#eaf3fb`, `background-color:#fff8e1`), not
# white: a box shaded apart from the text.
SHADE_STYLE = patterns.compile(
    r"(?:^|;)\s*background(?:-color)?\s*:\s*#(?!(?:fff|ffffff)\b)[0-9a-f]{3,6}\b", re.I
)
MIN_ROW_PARAGRAPH = 60  # characters of a row that holds a paragraph of the text (a sentence)
# … and bold set by a utility class on the line's own element (Bootstrap's `fw-bold`,
# Tailwind's `font-bold`, Bootstrap 4's `font-weight-bold`, a theme's `text-bold`, Bulma's
# `has-text-weight-bold`).
BOLD_CLASS = patterns.compile(
    r"(?:^|\s)(?:fw-bold(?:er)?|(?:has-text-|font-)(?:weight-)?bold|text-bold|bold)(?:$|\s)",
    re.I,
)
KICKER_CLASS = patterns.compile(r"(?:^|[\s_-])kicker(?:$|[\s_-])", re.I)  # `op-kicker`
# A field's key and its value by their class words (an outliner's properties block: `<span
# class="page-property-key">author</span><span>:</span><div class="page-property-value">…`).
FIELD_KEY_CLASS = patterns.compile(r"(?:^|[\s_-])key(?:$|\s)")
FIELD_VALUE_CLASS = patterns.compile(r"(?:^|[\s_-])value(?:$|\s)")
MAX_FIELD_KEY = 30  # characters of a field's key
# Lazy-loading attributes before `src` (PageSpeed's `data-pagespeed-lazy-src` holds the address
# behind its 1x1 placeholder GIF).
IMAGE_ATTRS = (
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-pagespeed-lazy-src",
    "data-srcset",
    "src",
    "srcset",
)
THUMBNAILS = patterns.compile(r"(?:^|[\s_-])thumb(?:s|nails?)?(?:$|[\s_-])", re.I)
SIZE_SUFFIX = patterns.compile(r"[_-]\d{2,4}(?:x\d{2,4})?$")  # a file name's `-160`, `_320x180`
# A member's picture by its class or its holder's (`avatar`, a Gravatar-fed `gravatar`).
AVATAR_CLASS = patterns.compile(r"(?:^|[\s_-])(?:gr)?avatars?(?:$|[\s_-])", re.I)
# A picture shown on small screens only, the copy of one shown on others (Page Builder's
# `pagebuilder-mobile-only`, Bootstrap 3's `visible-xs`, Bootstrap 4's `d-md-none`).
MOBILE_ONLY = patterns.compile(
    r"(?:^|[\s_-])(?:mobile-only|only-mobile|visible-xs)(?:$|[\s_-])|(?:^|\s)d-(?:md|lg)-none(?:$|\s)",
    re.I,
)
MIN_PICTURE_SIZE = 100  # pixels: a picture declared smaller is an icon
MIN_PICTURE_FOLDER = 16  # characters of a folder named for one picture (a hash, an id)
# A class naming a footer, a word of it or not (`site-footer`, a mailing's `bmeFooter`).
FOOTER_WORD = patterns.compile(r"footer", re.I)
MAX_NAME_SLACK = 2  # words a footer's sender line adds to the name its logo gives (`tỉnh`)
# A file named as a logo, an icon, an avatar, a sprite or a banner: the site's, no photo.
ICON_FILE = patterns.compile(r"(?:^|[/_.-])(?:logo|icon|avatar|sprite|banner)", re.I)
# … or a file in the folder of people's portraits (`…/avatars/u_81.png`, `…/profilePictures/…`,
# a forum's `…/custom_avatars/812.jpg` of the portraits members upload).
AVATAR_FOLDER = patterns.compile(r"/(?:[a-z]+[_-])?(?:avatars?|profile-?pictures?)/", re.I)
# … or described as a member's portrait, folded (an event platform's `Ảnh của người dùng Ngô
# Thảo Vy`, `Photo of the user …`, `Avatar of …`, `Profile picture of …`).
AVATAR_ALT = patterns.compile(
    r"(?:anh\s+(?:dai\s+dien\s+)?cua\s+(?:nguoi\s+dung|thanh\s+vien)|photo\s+of\s+the\s+user"
    r"|avatar\s+of|profile\s+(?:picture|photo)\s+of)\s"
)
# A box holding an icon by its class's closing word (`articleheadingicon`, `topic-icon`); not
# one whose class says it has none (GitLab's `no-attachment-icon` link around a picture).
ICON_BOX = patterns.compile(r"(?:^|\s)(?!no[-_])\S*icon(?:$|\s)", re.I)
# An old CMS's animated mark of a fresh or popular item (`new.gif`, `hot_1.gif`): no photo.
BADGE_GIF = patterns.compile(r"^(?:new|hot|moi)[_-]?\d*\.gif$", re.I)
STAMP_CLASS = patterns.compile(r"(?:^|[\s_-])stamp(?:$|[\s_-])", re.I)  # a series' seal
EMOJI_CLASS = patterns.compile(r"(?:^|\s)(?:emoji|wp-smiley)(?:$|\s)", re.I)
PLACEHOLDER = patterns.compile(r"blank\.gif|spacer|pixel\.gif|placeholder|1x1", re.I)
# A picture of the site's design rather than of the article: a drawing (`.svg`: a logo, an
# icon, an end mark), a file of the theme (`/wp-content/themes/`, Joomla's `/templates/`,
# DNN's `/skins/`, ASP.NET's `/App_Themes/`, Moodle's `/theme/image.php`), or a widget's
# rendering (`/widget/chart-….png?d=…`, a price chart drawn afresh each day).
DESIGN_PICTURE = patterns.compile(
    r"\.svg(?:$|[?#])|/(?:app_)?(?:themes?|templates?|skins?|widgets?)/", re.I
)
BACKGROUND_URL = patterns.compile(
    r"background(?:-image)?\s*:[^;]*?url\(\s*(?P<q>['\"]?)(?P<url>[^'\")]+)(?P=q)\s*\)", re.I
)
NEW_FORMAT = patterns.compile(r"webp|avif|jxl", re.I)  # formats not every reader shows
DRAWING = patterns.compile(r"\.svg(?:$|[?#])", re.I)
# Tailwind's size classes (`w-10`, `h-4`, `size-6`, also per breakpoint: `md:w-8`): a quarter
# of a rem, four pixels, a step.
SIZE_CLASS = patterns.compile(r"(?:^|\s)(?:[a-z]+:)?(?:w|h|size)-(\d{1,2}(?:\.5)?)(?=$|\s)")
SIZE_STEP = 4  # pixels
# A picture drawn out of sight (`position:absolute;left:-9999px`): a counter's pixel.
OFF_SCREEN = patterns.compile(r"(?:left|top)\s*:\s*-\d{3,}px", re.I)
# A video's still in a player (`img.video-player__poster`, `<div class="player"><img>`).
POSTER_CLASS = patterns.compile(r"(?:^|[\s_-])(?:poster|player)(?:$|[\s_-])", re.I)
# A link that prints or mails the page: a script, a mail address, a print or mail form's
# address (`?print=1`, Joomla's `com_mailto`).
TOOL_HREF = patterns.compile(r"^(?:javascript:|mailto:)|[?&]print=|com_mailto", re.I)
MAX_BYLINE_CHARS = 120
DASH_SIGNS = "—–"  # an em or en dash before a signing name (`_dash_signed`)
MAX_CAPTION_CHARS = 400
# `Bài và ảnh: Minh Hằng`, `Tin, ảnh: P.Y`, `Tác giả: …`, `Viết bởi Lê Hoa` (Joomla; also with a
# colon, `Đăng bởi: …`), `Nội dung: Lò Thị Hằng`, a compiler's `Tổng hợp: Lê Thu` (before a
# name, not before a sentence), a genre naming its writer (`Tản văn: Lê Hạ Vy`, `Phóng sự: …`,
# a live report's `Tường thuật: …`, before a name too), an untranslated English `Text:` or
# `Words:` before a name, a poster's `Người đăng:` before a name (an account's login, in lower
# case, is none), a reporters' team naming its members (`Nhóm PV: …`, `Nhóm tác giả: …`), a
# meeting's notes taker (`Người ghi: …`), a lesson's or a guide's writer (`Người soạn: …`), a
# school page's `Người viết bài: …`, a bulletin's maker (`Người thực hiện bản tin: …`),
# `Tin, bài:` and `Tin - Ảnh:` with a dash, the pictures first (`Ảnh và bài:`, a photo
# story's): an author line whatever its alignment. A line ending
# in a question or an exclamation mark is speech, an interview's question after its label
# (`Phóng viên: Xin cảm ơn bà!`), no credit. A pictograph may open the line (`✍️ Tin, ảnh: …`,
# as a social network's posts sign).
# Every branch holds a colon or `bởi`: the byline reads only blocks holding one (`LABEL_MARK`).
ROLE_LINE = patterns.compile(
    r"^(?!.*[?!][\"”»)]?\s*$)(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)?"
    r"(?:(?:bài\s*(?:và|,|&|-|–)\s*ảnh|ảnh\s*(?:và|,|&)\s*(?:bài|tin)"
    r"|tin\s*(?:và|,|&|-|–)\s*(?:ảnh|bài)|bài|tin"
    r"|tác\s*giả(?:\s*bài\s*viết)?|(?:người\s*)?thực\s*hiện(?:\s*bản\s*tin)?|người\s*(?:viết(?:\s*bài)?|ghi|(?:biên\s*)?soạn)|phóng\s*viên|nhóm\s*(?:pv|phóng\s*viên|tác\s*giả))\s*:"
    r"|(?:được\s+)?(?:viết|đăng|gửi)\s+bởi\s*:?\s+(?-i:[A-ZĐÀ-Ỹ])"
    r"|(?:nội\s*dung|tổng\s*hợp|tản\s*văn|phóng\s*sự|tường\s*thuật|ghi\s*chép|bút\s*ký|tùy\s*bút|text|words"
    r"|người\s*đăng)\s*:\s*"
    r"(?-i:[A-ZĐÀ-Ỹ])\S*\s+(?-i:[A-ZĐÀ-Ỹ])"
    # a writer's label of an edition in another language, its colon full-width or Khmer
    rf"|{FOREIGN_WRITER_LABEL}\s*[:：៖]\s*\S)",
    re.I,
)
# Inline pointers to other articles inside the text: `Đọc thêm: …`, `>> Xem tiếp: …`,
# `[Quay lại]`, `Mời bạn đọc xem thêm: …` (matched on folded text).
SEE_ALSO = patterns.compile(
    r"^[\s>»=\[(*-]*(?:moi\s+(?:quy\s+)?(?:ban\s+doc|doc\s+gia|ban)\s+)?(?:doc\s*them|xem\s*them|xem\s*tiep|doc\s*tiep|tin\s*lien\s*quan"
    r"|bai\s*lien\s*quan|quay\s*lai|tro\s*ve|tro\s*lai|xem\s*chi\s*tiet)\b"
)
# An invitation to the reader (`Mời bạn đọc tra cứu … tại <a>Cổng …</a>.`), folded: a pointer
# elsewhere when a link closes it.
INVITATION = patterns.compile(r"^moi\s+(?:quy\s+)?(?:ban\s+doc|doc\s+gia|ban)\s")
# A writer's credit in brackets closing a lead (`… trong huyện. (Bài: Hồng Vân)`, `(Bài và ảnh:
# …)`): the byline typed after the lead's last sentence, no part of it.
CLOSING_CREDIT = patterns.compile(r"(?<=[.!?…])\s*\(([^()]{3,80})\)$")
# "Read also" in the languages of the pages seen: a box title alone, or the opening of a line
# that names another article (`Lesen Sie auch: …`, `À lire aussi …`), folded.
READ_ALSO_WORDS = (
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "mehr zum thema",
    "zum artikel",
    "ahnliche artikel",
    "ahnliche",
    "weitere artikel",
    "a lire aussi",
    "lire aussi",
    "a voir aussi",
    "noticia relacionada",
    "noticias relacionadas",
    "te puede interesar",
    "lee tambien",
    "leggi anche",
    "read also",
    "also read",
    "read more",
    "see also",
    "click here to read",
    "more on this story",
    "recommended",
    "lees ook",
    "leia tambem",
    "veja tambem",
    "czytaj tez",
    "czytaj takze",
    "zobacz tez",
    "zobacz takze",
    "las ocksa",
    "les ogsa",
    "læs ogsa",
    "ctete take",
    "prectete si take",
    "lue myos",
    "citeste si",
    "ilgili haberler",
    "you may also like",
    "you might also like",
    "most read in",
    "funda olunye udaba",
)
# … and in English, a label with its colon before the other article's title (`Related: …`,
# `Related coverage: …`, `[Related: …]`, `SEE MORE: …`, `More: …`, `Also: …`) or a
# `Don't miss` line.
READ_ALSO_LABEL = r"(?:related(?:\s+[\w-]+)?|see\s*more|more|also)\s*:|don[’']?t\s*miss\b"
READ_ALSO = patterns.compile(
    r"^[\s>»▶→•*\[(-]*(?:(?:"
    + r"|".join(r"\s*".join(t.split()) for t in READ_ALSO_WORDS)
    + rf")\b|{READ_ALSO_LABEL})"
)
MAX_READ_ALSO = 200  # characters of a line that points to another article
# A box's label in brackets instead of before a colon (`【窓口情報】`, `[투자 문의]`).
BRACKETED_LABEL = patterns.compile(r"[【\[〔][^】\]〕]{1,20}[】\]〕]")
# The day (and hour) in brackets after the link of such a line: `(03/12/2026 20:05)`.
LINK_AFTERWORD = patterns.compile(r"\s*[(（][\d/.:\- ]{4,20}[)）]\s*")
SEE_ALSO_WORDS = 20  # characters of such a line's words besides its links
# A note in brackets after the link of such a line, and its full stop: `(hạn nộp: 31/01/2027).`
LINK_NOTE = patterns.compile(r"\s*[(（][^()（）]{1,80}[)）]\s*[.…]?\s*")
# A line opened by an arrow and holding a link: `>> Hier finden Sie alle Termine`, `→ Our guide`.
POINTER = patterns.compile(r"^\s*(?:>>|→|▶|►|➤)")
# The label of attached files, folded: `Tệp đính kèm`, `Văn bản đính kèm`, `Attachments`.
ATTACHMENT_LABEL = r"(?:tai\s*lieu|tep|tap\s*tin|file|van\s*ban)\s*dinh\s*kem|attachments?"
# … opening a line, up to its colon.
ATTACHMENT_LINE_LABEL = patterns.compile(rf"\s*(?:{ATTACHMENT_LABEL})\s*:\s*")
# Titles of boxes that list other articles or hold reader comments (folded, whole text).
BOX_TITLE = patterns.compile(
    r"^(?:(?:cac\s*|nhung\s*)?(?:tin|bai(?:\s*viet)?)\s*(?:lien\s*quan|cung\s*chuyen\s*muc"
    r"|cung\s*chu\s*de|khac(?:\s*trong\s*(?:tuan|thang|so\s*nay))?|moi\s*hon|cu\s*hon|da\s*dua|doc\s*nhieu|xem\s*nhieu|moi(?:\s*nhat)?"
    r"|noi\s*bat|doc\s*tiep)|(?:doc|xem)\s*nhieu(?:\s*nhat)?"
    r"|(?:ban\s*)?co\s*the\s*(?:ban\s*)?quan\s*tam|cung\s*chuyen\s*muc|dong\s*su\s*kien"
    r"|tu\s*sach\b.*|y\s*kien\s*(?:ban\s*doc|cua\s*ban)|binh\s*luan|gui\s*binh\s*luan"
    r"|doc\s*them|xem\s*them|related(?:\s*(?:articles?|stories|news|posts|content))?"
    r"|tu\s*khoa|tags?|keywords?|(?:the|nhan)(?=\s*:)"  # a tag box's label
    rf"|{ATTACHMENT_LABEL}"  # attached files
    r"|read\s*more|you\s*(?:may|might)\s*also\s*like|more\s*(?:stories|on\s*this\s*(?:topic|story))"
    r"|(?:most|meist)\s*(?:read|popular|gelesen\w*)|top\s*stories|les\s*plus\s*lus|lo\s*mas\s*leido"
    r"|le\s*piu\s*lette|das\s*konnte\s*sie\s*(?:auch\s*)?interessieren|passend\s*zum\s*thema"
    r"|weitere\s*(?:meldungen|nachrichten)|sur\s*le\s*meme\s*sujet|a\s*lire\s*egalement"
    r"|potrebbe\s*interessarti|" + r"|".join(r"\s*".join(t.split()) for t in READ_ALSO_WORDS) + r")"
    r"\s*(?:\(\d+\))?\s*:?$"
)
MAX_BOX_TITLE = 50
# A tag box's label alone, folded: `Tags:`, `Từ khóa:`, `Thẻ:`.
TAG_TITLE = patterns.compile(r"(?:tu\s*khoa|tags?|keywords?|the|nhan)\s*:")
MAX_TAG_LINE = 200  # characters of a line listing the tags after that label
# A title's closing words in brackets naming the session, day or unit of a box's figures
# (`Giá cà phê trên sàn (đóng cửa phiên 3/12)`): the title's length is the words before them.
BRACKETED_TAIL = patterns.compile(r"\s*\([^()]{1,40}\)$")
# The title of a box of numbers to call, folded: `Số điện thoại khẩn cấp`, `Đường dây nóng`,
# `Hotline`, `Liên hệ`.
CONTACT_TITLE = patterns.compile(
    r"(?:cac\s*)?(?:so\s*dien\s*thoai|duong\s*day\s*nong|hotline|lien\s*he)(?![a-z])"
)
PHONE_TAIL = 24  # characters closing a line that hold its number to call
# The label a line of a quick Q&A opens with, folded: a question's (`Hỏi:`, `Câu hỏi:`, `Q:`)
# or an answer's (`Đáp:`, `Trả lời:`, `A:`).
QA_LABEL = patterns.compile(r"(?:(?P<question>(?:cau\s*)?hoi|q)|(?P<answer>dap|tra\s*loi|a))\s*:")
# … of which these title the readers' comments (folded), a count after them or not, also in
# the languages of the papers' foreign editions (`Comments`, `Commentaires`, `Comentarios`,
# `Комментарии`, `댓글목록`, `评论`, `コメント`).
COMMENTS_TITLE = patterns.compile(
    r"^(?:y\s*kien\s*(?:ban\s*doc|cua\s*ban)|binh\s*luan|comments?|commentaires|comentarios"
    r"|комментарии|댓글(?:\s*목록)?|评论|評論|コメント)\s*(?:\(\d+\))?\s*:?$"
)
# A series part's number opening its title (folded): `Bài 2: `, `Kỳ 3 - `, `Phần 1. `.
PART_LABEL = patterns.compile(r"(?P<kind>bai|ky|phan|part)\s*(?P<number>\d{1,2})\s*[:.–—-]\s")
# The heading over a text's notes and references, folded.
APPARATUS_TITLE = patterns.compile(
    r"chu\s*thich|(?:tai\s*lieu\s*)?tham\s*khao|(?:foot)?notes|references|bibliography"
    r"|anmerkungen|einzelnachweise|literaturverzeichnis"
)
# … and the title of a list of contents or of an episode's chapters, folded.
CONTENTS_TITLE = patterns.compile(r"muc\s*luc|chapters|table\s+of\s+contents")
# A figure's label opening its caption, folded: `Hình 1.`, `Biểu đồ 2:`, `Sơ đồ 3 -`, `Fig. 4:`.
FIGURE_LABEL = patterns.compile(
    r"(?:hinh|anh|bieu\s*do|so\s*do|figure|fig\.|abbildung|abb\.)\s*\d{1,2}\s*[.:–-]\s"
)
FOOTNOTE_MARK = patterns.compile(r"\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}")
MAX_QUOTE_OPENING = 60  # characters of a quoted post's attribution line, with room to spare
MAX_SIGN_UP_BOX = 300  # characters of a sign-up box: a title, a pitch, a button
# A class word of a block set apart from the text: a widget the site draws in it (a price
# board, a market ticker) and a disclaimer. Elementor wraps every block, the text's own
# included, in `elementor-widget-…`: there the word says nothing.
SET_APART_CLASS = patterns.compile(
    r"(?:^|\s|(?<!elementor)[_-])(?:widget|disclaimer)(?:$|[\s_-])", re.I
)
SET_APART_SELECTORS = ("[class*=widget]", "[class*=disclaimer]")
# A stat block's figure: a number, a share or an amount with its unit (`14`, `320.000 ha`,
# `46 hộ`, `12,5%`, `1,2 tỷ đồng`).
STAT_FIGURE = patterns.compile(r"\d[\d.,]*\s*%?(?:\s*[^\W\d]{1,5}){0,2}")
# A page builder's own word for each block it places, the widget word glued to its name
# (Readymag's `rmwidget`), beside the block's kind (`widget-text`, `widget-picture`): every
# block of the page is one, the article's text and pictures too, and the kind names no zone.
BUILDER_WIDGET = patterns.compile(r"(?:^|\s)[a-z]{2,}widget(?:$|\s)")
# … or its widget word under its own name beside the block's kind glued to that word by `_` or
# `-` (the CM4all builder's `cm-widget cm-widget_text`, `cm-widget cm-widget_image`; a photo
# host's `sm-page-widget sm-page-widget-gallery-cover`): the same.
GLUED_WIDGET_KIND = patterns.compile(
    r"(?:^|\s)([a-z]{2,}(?:-[a-z]{2,})*)-widget\s(?:.*\s)?\1-widget[_-][a-z]"
)
# A site builder's widget word under its own name, beside the block's kind under the same name
# (Yola's `yola-widget yola-text`, `yola-widget yola-image`, uKit's `ul-widget ul-w-text` and
# `ul-widget ul-w-blog-post`): every block the builder places is one, the article's headline,
# text and picture too, and the widget word names no zone.
NAMED_WIDGET = patterns.compile(
    r"(?:^|\s)([a-z]{2,})-widget(?=\s(?:.*\s)?\1-(?!widget\b)[a-z]+(?:-[a-z]+)*(?:$|\s))"
)
# A site builder's section of the page: the bare word `widget` beside the section's kind
# (`widget widget-blog`, `widget widget-header`; an intranet's `widget widget_heading`), every
# part of the page so classed.
BUILDER_SECTION = patterns.compile(r"(?:^|\s)widget\s(?:.*\s)?widget[-_][a-z]+(?=$|\s)")
# … of the kinds an article's own parts are (an intranet's `widget widget_text`, `widget_heading`,
# `widget_image`), not a sidebar's weather or gold-price widget set among the text.
BUILDER_TEXT_SECTION = patterns.compile(
    r"(?:^|\s)widget\s(?:.*\s)?widget[-_](?:text|heading|image)(?=$|\s)"
)
MAX_SET_APART = 600  # characters: more is a part of the text a page builder calls a widget
# A class word of a box set apart among the text's paragraphs: a fact or tip box, an alert, a
# notice, a message, a spotlight (`box-info`, Bootstrap's `alert alert-info`, Grav's `notices
# yellow`, `match-box`, a page builder's `vc_message_box`, `member-spotlight`, a block
# library's `infobox`, a box named with its content run into the word, `ticketbox`, a docs
# builder's `hint`), the word numbered for the template's variants of the box (Typemill's
# `notice1` … `notice4`), a hotline box (`<blockquote class="hotline">`, the numbers a reader
# calls), a wiki's information macro (Confluence's `confluence-information-macro`) and a
# callout named by its state's colour (Wiki.js's and Bulma's `<blockquote class="is-info">`,
# `is-warning`), a wiki's warning (JSPWiki's `<div class="warning">`) and a spoiler, a box the
# reader opens with a click (a community's `lia-spoiler-container`: its title, then its note
# folded away), and a documentation generator's admonition (Asciidoctor's `admonitionblock
# note`, a `Ghi chú` or `Lưu ý` titled beside its note).
NOTICE_WORDS = (
    r"alert|notices?|callout|hint|message|hotline|information-macro|is-(?:info|danger)|warning"
    r"|spoiler|admonition(?:block)?"
)
BOX_CLASS = patterns.compile(
    rf"(?:^|[\s_-])(?:[a-z]*box|spotlight|{NOTICE_WORDS})\d?(?:$|[\s_-])", re.I
)
# … of which these say it alone: a `box` is set apart when it opens with a title of its own.
NOTICE_CLASS = patterns.compile(rf"(?:^|[\s_-])(?:{NOTICE_WORDS})\d?(?:$|[\s_-])", re.I)
# … and a paragraph its class calls a box, a tip or a notice (`<p class="info-box">`, a docs
# generator's `<p class="tip">` and `<p class="warn">`): the word closes the class name, where a
# lead's `box-category-sapo` or `notice-sapo` names what the paragraph is in another word.
NOTE_PARAGRAPH_CLASS = patterns.compile(
    r"(?:^|[\s_-])(?:[a-z]*box|tip|warn|hint|callout|alert|notice)(?:$|\s)", re.I
)
# … and a quotation classed as a note (a changelog's `<blockquote class="note">` on the cards it
# takes), or a block so classed holding paragraphs of its own (a help desk's `<div class="Note">
# <p>…</p></div>`): a `note` on another block is often a caption's or a source's line.
NOTE_CLASS = patterns.compile(r"(?:^|[\s_-])note(?:$|[\s_-])", re.I)
# … so is a block classed as a tip around paragraphs of its own (a help-authoring tool's `<div
# class="tip"><p>Mẹo: …</p><p>…</p></div>`), as a docs generator's `<p class="tip">` is.
TIP_CLASS = patterns.compile(r"(?:^|[\s_-])tips?(?:$|[\s_-])", re.I)
MAX_BRIEFS_TITLE = 40  # characters of a block of brief items' title in capitals (`TIN NGẮN`)
BRIEF_BULLETS = ("•", "-", "–", "+", "*")  # the marks opening each brief item's line
# The elements a classed box is drawn with: a block, or a quotation an editor styles as a box.
CLASSED_BOX_TAGS = ("div", "section", "table", "blockquote")
# A document's signature block (Vietnamese administrative style): the signing authority's
# mark before the post (`KT. GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`, `TL.`, `TUQ.`, `Q.`) and the note
# that the original is signed (`(Đã ký)`, `(Đã ký và đóng dấu)`, folded). The post after the
# mark is a word (a writer's initials, `Q.H`, `T.L`, are a signature of another kind).
SIGNING_MARK = patterns.compile(r"(?:KT|TM|TL|TUQ|Q)\.\s*[^\W\d_]{2}")
SIGNED_NOTE = patterns.compile(r"\(?\s*da\s*ky(?:\s*va\s*dong\s*dau)?\s*\)?")
# … and the post a block names in capitals over the signer (`GIÁM ĐỐC`, `TỔNG GIÁM ĐỐC`, a
# court's `THẨM PHÁN`, `CHÁNH ÁN`, `CHỦ TỊCH`, `TRƯỞNG BAN`), folded.
SIGNING_POST = patterns.compile(
    r"(?:(?:pho|tong)\s*)?(?:giam\s*doc|chu\s*tich|tham\s*phan|chanh\s*an|truong\s*ban"
    r"|hieu\s*truong|thu\s*truong)"
)
MAX_SIGNATURE_LINE = 60  # characters of a line of a signature block: a post, a name
# A headline naming the page a letter (`Thư ngỏ …`, `Thư kêu gọi …`, `Thư cảm ơn …`): written
# in its signer's voice, so the name under its signature block is its writer's, where a notice's
# or a decision's signer only signs for the office that issues it. Matched with its marks (a
# folded `thu ngo` is also `Thu ngô`, a harvest).
LETTER_TITLE = patterns.compile(
    r"thư\s+(?:ngỏ|kêu\s+gọi|cảm\s+ơn|chúc\s+mừng|chúc\s+tết|thăm\s+hỏi|chia\s+buồn|gửi)\b", re.I
)
# A link to a document file (`….pdf`, `….docx?download=1`): an attachment's.
DOCUMENT_FILE = patterns.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar)(?:$|[?#])", re.I)
# A line naming an attached document file and nothing else, folded: a download's or an
# attachment's label, the file's name and a note in brackets (`Tải về: ke-hoach.pdf (248 KB)`).
FILE_NAME_LINE = patterns.compile(
    rf"(?:(?:{ATTACHMENT_LABEL}|tai\s*ve|download)\s*:\s*)?"
    r"[^\s/:]+\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar)(?:\s*\([^()]{1,30}\))?"
)
# A link to a recording's file (`….mp3`): a listening line's.
AUDIO_FILE = patterns.compile(r"\.(?:mp3|m4a|aac|ogg|oga|opus|wav)(?:$|[?#])", re.I)
LINE_TAGS = frozenset({"p", "div", "li", "dd", "td"})  # blocks a line of links is typed in
MIN_CITED_WORDS = 4  # words of a link carrying on a sentence (`tại đây`, `click here`: fewer)
# A full stop (and the quote or bracket closing it) ending a paragraph.
FULL_STOP = patterns.compile(r"[.!?…][\"'”’»)\]]*\s*$")
MAX_ATTACHMENT_LINE = 200  # characters: a file's name, its size, a download count
MIN_LINKED_SENTENCE = 15  # words of a linked sentence of the text: a file's name is shorter
MAX_FILE_NOTE = 30  # characters beside the link: `(42 lượt tải)`, `(PDF, 412 KB)`
BOX_LINES = ("p", "div", "h2", "h3", "h4", "h5", "h6")  # where a box's title line may be typed
# A picture viewer's hover layer by its class word (Ant Design's `ant-image-mask`): its
# `Xem trước` over the picture, no caption nor text.
PICTURE_MASK = patterns.compile(r"(?:^|[\s_-])mask(?:$|[\s_-])", re.I)
# ARIA roles of a control (a toggle's arrow, a tab) and of a table the scripts draw in `<div>`s
# (a database view): widgets of the page, not typed text.
CONTROL_ROLES = frozenset({"button", "switch", "tab", "tablist", "menu", "menubar", "toolbar"})
GRID_ROLES = frozenset({"table", "grid", "treegrid"})
# … and the tags of its parts, for a grid read as the text's table (`_typed_grid`).
GRID_PARTS = {
    "rowgroup": "tbody",
    "row": "tr",
    "columnheader": "th",
    "rowheader": "th",
    "cell": "td",
}
GRID_CELLS = frozenset({"columnheader", "rowheader", "cell", "gridcell"})
# Controls by their ARIA role or their tag (a `<button>`'s role is `button`), in C: most pages
# have none inside the text. Two steps joined (in document order) cost libxml2 less than one
# step testing each element for both.
CONTROLS = XPath("descendant::button | descendant::*[@role]")
# A web component carrying a link's address (`<news-card href="/…">`): its script follows it.
LINKING_COMPONENTS = XPath("descendant::*[@href][contains(name(), '-')]")
# Links laid out around blocks: a card of another page (see `_drop_embedded_cards`).
BLOCK_LINKS = XPath("descendant::a[div or p or h2 or h3 or h4 or h5 or section or figure]")
# Titles of a box of the article's key points over a list (`Đọc nhanh`, `Tóm tắt`, `Điểm
# nhấn`, `Nội dung chính`), folded: the list repeats the text in short, it is not the text.
KEY_POINTS_TITLE = patterns.compile(
    r"^(?:doc\s*nhanh|tom\s*tat(?:\s*(?:bai\s*viet|noi\s*dung|tin|nhanh))?|diem\s*nhan"
    r"|(?:nhung\s*)?(?:noi\s*dung|y)\s*chinh)\s*:?$"
)
# A line of a fact sheet: a short label, a colon, the value (`Pin: 6.000 mAh, sạc 45 W`).
FACT_LINE = patterns.compile(r"[^\W\d_][^:.!?]{0,30}:\s*\S")
MAX_FACT_LINE = 120  # characters
DASHED_ITEM = patterns.compile(r"^[-–•+*]\s*")  # a list item typed as a paragraph: `- Diện tích: …`
# A line opening with a figure (`146 lượt tàu`, `2,4 triệu tấn hàng hóa`, `+18% so với cùng kỳ`).
FIGURE_LINE = patterns.compile(r"[+-]?\d[\d.,]*\s*%?\s+[^\W\d_]")
MAX_FIGURE_LINE = 60  # characters: a figure and the few words of what it counts
MIN_TEASERS = 2  # items of a list of other articles
# A name that an ellipsis carries on into the line under it (`Nico Lange ...` over `... ist
# Senior Fellow …`).
FOLDED_NAME = patterns.compile(r"\S\s*(?:\.{3}|…)$")
FOLDED_PROFILE = patterns.compile(r"^(?:\.{3}|…)\s*\w")
# An item of a list of sources: a site's host, a colon, what was read there.
SOURCE_ITEM = patterns.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s*:\s*\S", re.I)
MIN_SOURCES = 2  # items naming a host in a list of the text's sources
# The title over such a list (`Verwendete Quellen`, `Sources`, `Nguồn tham khảo`), folded.
SOURCES_TITLE = patterns.compile(
    r"^\W*(?:(?:verwendete|genutzte)\s*)?quellen|^\W*sources?(?:\s*used)?\W*$"
    r"|^\W*nguon\s*tham\s*khao\W*$"
)
# The letters a link cut short of its word's end leaves after it.
WORD_END = patterns.compile(r"\w{0,3}")
# A price on a product's card: an amount before its currency (`295.000₫`, `85.000 đ`, `12 USD`)
# or after its sign (`$12`).
PRICE = patterns.compile(r"\d[\d.,]*\s*(?:₫|đ(?:ồng)?\b|vn[dđ]\b|usd\b|€)|[$€£]\s?\d", re.I)
MIN_TEASER_TITLE = 15  # characters of a link that names another article
MIN_TEASER_LINKS = 0.8  # share of a paragraph of teasers in links (labels such as `[VIDEO]`)
# Site footer lines: licence, editor, address, copy notice (`Bản quyền thuộc …`, and a line
# opening with the text or the content said to be the site's: `Bài viết thuộc bản quyền …`,
# `Toàn bộ nội dung thuộc bản quyền …`, or forbidding copies). Never article text. The marks
# found anywhere in a line and those opening it are two patterns: each of the first opens with
# one character, so a search tries them only where one of those characters stands.
_FOOTER_MARK = patterns.compile(
    r"giay\s*phep\s*(?:so\s*)?[\w.\s]{0,12}/\s*gp|tong\s*bien\s*tap\s*:|ghi\s*ro\s*nguon"
    r"|co\s*quan\s*chu\s*quan\s*:|chiu\s*trach\s*nhiem\s*(?:chinh|noi\s*dung|xuat\s*ban)\s*:"
    r"|ban\s*quyen\s*(?:thuoc|©)|©\s*(?:19|20)\d\d"
)
_FOOTER_OPENING = patterns.compile(
    r"(?:toan\s*bo\s*)?(?:bai\s*viet|noi\s*dung|tin\s*bai|bai\s*bao)(?:\s*nay)?\s*thuoc\s*ban\s*quyen"
    r"|(?:nghiem\s*)?cam\s*sao\s*chep"  # `Nghiêm cấm sao chép …`: the site forbids copying
    r"|moi\s*hinh\s*thuc\s*sao\s*chep\b.{0,160}\bban\s*quyen"  # `Mọi hình thức sao chép …`
)
MAX_FOOTER_LINE = 300


def footer_line(folded: str) -> bool:
    """Whether a folded line is a site footer's (see `_FOOTER_MARK`)."""
    return bool(_FOOTER_MARK.search(folded) or _FOOTER_OPENING.match(folded))


# The recipients' label opening an official notice's closing block (`Nơi nhận:`), folded.
RECIPIENTS = patterns.compile(r"\W*noi\s*nhan\s*:")
MAX_RECIPIENTS_LABEL = 20  # characters read from a block's start
RECIPIENTS_WORD = XPath('.//text()[contains(., "nhận")]')
MIN_TEXT_BEFORE_FOOTER = 200  # characters of paragraphs before a footer line ends the text
# A view counter that leaked into the text: `Lượt xem: 2.931`, `1.287`.
VIEWS_LINE = patterns.compile(r"^(?:(?:so\s*)?(?:luot|lan)\s*(?:xem|doc)\s*:?\s*)?\d[\d.,]*$")
# … and closing a date line after a separator (`20h40 - 03/12/2026 · Lượt xem: 736`, `… | 1.205
# lượt xem`): the article's meta line printed with its date, folded.
VIEWS_AFTER = patterns.compile(
    r"\s*[·•|]\s*(?:(?:so\s*)?(?:luot|lan)\s*(?:xem|doc)\s*:?\s*\d[\d.,]*|\d[\d.,]*\s*luot\s*(?:xem|doc))$"
)
# `Ảnh minh họa.` alone, `Ảnh: Misso`: a picture's caption or photographer, never body or author.
# `Foto: X`, `Image: X`, `X/Getty Images` in other languages.
SLIDE_INDEX = patterns.compile(r"\d{1,2}\s*/\s*\d{1,2}")  # a slider's `1/3`
PHOTO_LINE = patterns.compile(
    r"^[(\[]?\s*(?:anh\s*minh\s*hoa|(?:anh|image|photo|foto|bild|picture)s?\s*:\s*[^.]{1,60})"
    r"\s*\.?\s*[)\]]?\.?$"
    r"|^[^.!?]{0,60}\b(?:getty\s*images|shutterstock|istock(?:photo)?|imago|picture\s*alliance"
    r"|ap\s*photo)\b[^.!?]{0,30}$"
    # a caption closed by its credit in brackets: `The core stage in its hall (credit: NASA)`
    r"|^.{0,300}[(\[]\s*(?:(?:image|photo|picture)\s*)?(?:credits?|photos?|images?|fotos?|bild"
    r"|anh)\s*:\s*[^()\[\]]{1,80}[)\]]\.?$"
)
# The print / send / font-size toolbar some layouts put inside the text (`In bài này | Gửi cho
# bạn bè | Về đầu trang`, `Cỡ chữ A- A+`, `Thích (24) | Chia sẻ (6)`, `Chia sẻ: Facebook (214)
# Zalo (57)`): a line made of its buttons' words only, and their counts (folded).
TOOL_WORD = (
    r"(?:in\s*bai(?:\s*viet)?(?:\s*nay)?|ban\s*in|gui\s*(?:cho\s*ban(?:\s*be)?|bai(?:\s*viet)?"
    r"|email|e-mail|tin)|(?:ve|len)\s*dau\s*trang|co\s*chu|a\s*[+-]|luu\s*(?:bai|tin)(?:\s*viet)?"
    r"|nghe\s*(?:doc\s*)?(?:bai|tin)(?:\s*viet)?|chia\s*se|(?:gui\s*)?phan\s*hoi|gop\s*y|quay\s*lai|email"
    r"|bao\s*loi|thich|facebook|zalo|twitter|messenger)"
    r"(?:\s*[(\[]?\d[\d.,]*[)\]]?)?"  # the count a button shows: `Thích (24)`, `Zalo (57)`
)
TOOLBAR_LINE = patterns.compile(rf"^{TOOL_WORD}(?:[\s|/·•:,-]*{TOOL_WORD})*[\s|/·•:,-]*$")
# Lines a site prints inside the text in every article, in the languages met so far (folded):
# an ad slot's label (`Quảng cáo`, `Được tài trợ`, `Anzeige`, `Story continues below
# advertisement`), …
AD_LABEL = patterns.compile(
    r"^\W*(?:advertisements?|advertising|advertorial|sponsored(?:\s*content)?|paid\s*content"
    r"|anzeigen?|werbung|publicite|publicidad|pubblicita|reklame|reklam|reklama|annons|annonse"
    r"|mainos|quang\s*cao|rao\s*vat|(?:noi\s*dung\s*|bai\s*|tin\s*|duoc\s*)?tai\s*tro|pr|ads?"
    r"|광고|広告|广告)\W*$"
    r"|^\W*(?:(?:the\s*)?(?:story|article|text)\s*continues\s*(?:below|after)\s*(?:th[ei]s?\s*)?"
    r"|(?:weiterlesen|lesen\s*sie\s*weiter|der\s*artikel\s*geht\s*weiter)\s*(?:nach|unter)"
    r"\s*(?:der|dieser)\s*)(?:advert\w*|ad|anzeige|werbung)\W*$"
    r"|^\W*scroll\s*(?:down\s*)?to\s*continue(?:\s*(?:reading|with\s*(?:the\s*)?content))?\W*$"
    # `Nội dung tiếp tục sau quảng cáo`, `Cuộn xuống để tiếp tục đọc`
    r"|^\W*(?:noi\s*dung|bai\s*viet)\s*(?:se\s*)?(?:tiep\s*tuc|con\s*tiep)\s*(?:o\s*)?"
    r"(?:sau|ben\s*duoi|duoi)\s*(?:phan\s*)?quang\s*cao\W*$"
    r"|^\W*cuon\s*xuong\s*(?:de\s*)?(?:tiep\s*tuc\s*)?(?:doc|xem)(?:\s*tiep)?(?:\s*noi\s*dung)?\W*$"
)
# … the time the article takes to read (`Lesedauer: 4 Minuten`, `5 min read`, `Thời gian đọc:
# 3 phút`), …
READING_WORDS = (
    r"(?:geschatzte\s*)?(?:lesedauer|lesezeit)|(?:estimated\s*)?read(?:ing)?\s*time"
    r"|temps\s*de\s*lecture|tiempo\s*(?:estimado\s*)?de\s*lectura|tempo\s*d[ie]\s*le(?:i)?t+ura"
    r"|leestijd|lesetid|lasetid|lukuaika|okuma\s*suresi|czas\s*czytania|thoi\s*gian\s*doc"
)
READING_TIME = patterns.compile(
    rf"^\W*(?:{READING_WORDS})\s*:?\s*(?:ca\.?\s*|etwa\s*|about\s*|~\s*)?\d+(?:\s*[-–]\s*\d+)?"
    r"\s*(?:min\w*\.?|mn|phut|dk|dakika|sek\w*)?\W*$"
    r"|^\W*(?:ca\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min\w*|mn|phut|dk|dakika)\.?\s*(?:read|lesen"
    rf"|de\s*lecture|de\s*lectura|di\s*lettura|doc|okuma|{READING_WORDS})\W*$"
)
# … a call to subscribe or follow the site (`Sign up for our newsletter`, `Folgen Sie uns auf
# WhatsApp`, `Folgst du schon X auf WhatsApp?`, `Đăng ký nhận bản tin`, Dutch `Schrijf je in voor
# onze nieuwsbrief`, Norwegian `Følg oss på Facebook`, Portuguese `Siga-nos no Instagram`,
# Spanish `Únete a nuestro canal de WhatsApp`): the call within its first four words (the
# first, in Vietnamese, where `theo dõi` also means to watch, or after `Mời bạn đọc`), a
# channel named, …
SUBSCRIBE_CALL = patterns.compile(
    r"^\W*(?:(?:[\w'’-]+\W+){0,3}?(?:sign\s*up|subscribe|abonnieren|abonniere|abonnez"
    r"|inscrivez|suscribete|suscribase|iscriviti|registrieren\s*sie\s*sich|melden\s*sie\s*sich"
    r"|follow\s*us|folgen\s*sie\s*uns|folgt\s*uns|folge\s*uns|folgst\s*du|suivez[-\s]*nous"
    r"|siguenos|seguici|unete|schrijf\s*je\s*in|abonneer|volg\s*ons|meld\s*(?:deg|dig)\s*pa"
    r"|tilmeld\s*dig|abonner|prenumerera|f[oø]lg\s*os{1,2}|folj\s*oss|assine|inscreva-se"
    r"|siga-nos|segue-nos)|(?:moi\s*(?:quy\s*)?(?:ban\s*doc|doc\s*gia|ban)\s*)?(?:dang\s*ky"
    r"|theo\s*doi|quan\s*tam(?=\s*(?:zalo|kenh|trang)))"
    r"|follow(?:\s+[@\w'’.-]+){1,6}?\s+on)\b"  # `Follow Newsbeat on Instagram`: first word
    r".*\b(?:newsletters?|nieuwsbrief|nyhetsbrev|nyhedsbrev|ban\s*tin|google\s*news|whatsapp"
    r"|telegram|zalo|instagram|facebook|twitter|youtube|tiktok|linkedin|kanal|channel|canal|inbox"
    r"|posteingang|podcast)"
)
MAX_SUBSCRIBE_CALL = 250  # characters
# … an in-article pager (`Trang 1 2 3 Tiếp »`, `1 2 3 Trang sau`): page numbers and the pager's
# words, …
PAGER_LINE = patterns.compile(
    r"^\W*(?:(?:trang|page|seite)\W*(?:\d{1,3}\W*){2,}(?:(?:tiep(?:\s*theo)?|sau|trang\s*sau|cuoi"
    r"|next)\W*)?|(?:\d{1,3}\W*){2,}(?:tiep(?:\s*theo)?|trang\s*sau|next)\W*)$"
    r"|^\W*(?:(?:phan|ky|chuong|part)\s*\d{1,2}\W+){2,3}$"  # `« Phần 1 | Phần 3 »`: the parts
)
# … the note that the article ran in print (`(Bài đăng trên Báo in số 4.512, ra ngày …)`,
# `Bài in trên ấn phẩm số 12`, a blog's repost `(Bài đã đăng trên báo X số ra ngày 06/03/2008.
# …)`, a literary magazine's `Chùm thơ in trên Văn nghệ X số 48`, the genre in one or two words
# before it): the issue's number or day named, …
PRINT_ISSUE_LINE = patterns.compile(
    r"^\W*(?:[^\W\d_]+\s+){0,2}?(?:da\s*)?(?:dang|in|xuat\s*ban)\s*(?:tren|trong)\s*"
    r"(?:bao\s*in|bao\s*giay|an\s*pham|so\s*bao|tap\s*chi|bao|van\s*nghe)\b.{0,40}?"
    r"\bso\s*(?:ra\s*(?:ngay\s*)?)?\d"
)
# … a call for readers' tips with the way to reach the newsroom (`Sie haben Hinweise zum Thema?
# Melden Sie sich über Signal bei unserem Reporter`, `Got a tip? Message us on WhatsApp`): a
# question about what the reader knows, then a call to write, and a secure channel or the
# newsroom itself (`uns`, `our`); or any question answered at once by a call to write to an
# e-mail address (`Are protests breaking out in your area? Get in touch at news@…`); a police
# appeal for witnesses in the text names neither, …
TIP_CALL = patterns.compile(
    r"\b(?:hinweise?|informationen|tipps?|tips?|information|informations|pistes?|pistas?"
    r"|informacion(?:es)?|informazioni|segnalazioni)\b[^?]{0,120}\?"
    r".*\b(?:contact\w*|e-?mail\w*|message|write|send|tell|get\s*in\s*touch|reach|melden"
    r"|schreiben|schicken|senden|kontaktieren|wenden|contactez|ecrivez|envoyez|escribe\w*"
    r"|contacta\w*|envia\w*|scrivi\w*|contatta\w*)\b"
    r".*\b(?:signal|threema|securedrop|whatsapp|uns|unsere[mnrs]?|us|our|nous|notre|nos"
    r"|nuestr[oa]s?|nosotros|ci|nostr[aoie])\b"
    r"|\?\W*(?:get\s*in\s*touch|e-?mail\s*us|contact\s*us|write\s*to\s*us)\b[^?]{0,40}"
    r"\b[\w.+-]+@[\w-]+\.\w"
)
# … a call to install the site's app (`📱 Tải ứng dụng Báo X để nhận thông báo tin nóng`,
# `Download our app`, `Laden Sie unsere App herunter`, `Téléchargez notre application`): the
# call first, then what the app brings (an instruction in the text, `Tải ứng dụng VNeID về điện
# thoại`, says nothing of news) or, in other languages, the site's own app (`our`), …
APP_CALL = patterns.compile(
    r"^\W*(?:hay\s*)?(?:tai|cai\s*dat)\s*(?:ngay\s*)?(?:ung\s*dung|app)\b"
    r".*\bde\s*(?:nhan|doc|xem|cap\s*nhat|theo\s*doi)\b.*\b(?:tin|bao|thong\s*bao)\b"
    r"|^\W*(?:download|get|install)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,3}app\b"
    r"|^\W*(?:laden\s*sie|lade|installieren\s*sie|telechargez|telecharger|installez|descarga"
    r"|descargue|descargate|instala|scarica|scaricate|installa|baixe|descarregue|download"
    r"|installeer|last\s*ned)\s+(?:\w+\s+)?(?:unsere|notre|nuestra|la\s*nostra|nossa"
    r"|onze|var|vores)\s+(?:[\w'’-]+\s+){0,2}(?:app|appen|application|aplicacion"
    r"|applicazione|aplicacao|aplicativo)\b"
)
# … a metered wall's lines (`Bạn đã đọc 3/5 bài viết miễn phí trong tháng này.`, `Đăng nhập
# để đọc tiếp …`, `Đăng ký gói … để đọc toàn bộ bài viết`, `Subscribe to continue reading`,
# `Abonnez-vous pour lire la suite`, `Already a subscriber? Log in`, `Sie sind bereits
# Abonnent?`): the site's terms, not the text, …
WALL_LINE = patterns.compile(
    r"^\W*(?:(?:(?:dang\s*nhap|dang\s*ky)\b.{0,60}?\bde\s*(?:doc|xem)\s*(?:tiep|toan\s*bo|tron\s*ven)"
    r"|ban\s*(?:da\s*)?(?:doc|xem)\s*(?:het\s*)?\d+\s*/\s*\d+\s*bai\s*(?:viet\s*)?mien\s*phi"
    r"|(?:\w+\s+)?(?:subscribe|sign\s*in|log\s*in|abonnez-vous|abonnieren(?:\s*sie)?|suscribete"
    r"|abbonati|assine)\b.{0,40}?\b(?:to\s*(?:continue|keep)\s*reading|to\s*read\s*(?:the\s*)?"
    r"(?:full|whole|rest)|pour\s*lire\s*la\s*suite|weiterlesen|para\s*(?:seguir|continuar)"
    r"\s*(?:leyendo|lendo)|per\s*continuare\s*a\s*leggere))\b"
    r"|already\s*(?:a\s*)?(?:subscriber|member)\s*\?|(?:sie\s*sind\s*)?bereits\s*abonnent(?:in)?"
    r"\s*\?|deja\s*abonne\s*\?|ya\s*eres\s*suscriptor\b|sei\s*gia\s*abbonato\b)"
)
# … a count of followers closing a short line (`Châu Văn Lợi 1,2K người theo dõi`, `12k
# followers`): a follow row's, whose button went with the widgets, …
FOLLOWERS_LINE = patterns.compile(
    r"\b\d[\d.,]*\s*(?:k|n|nghin|ngan|tr|trieu|m)?\s*(?:nguoi\s*theo\s*doi|followers?)\W*$"
)
# … the store links under an app banner (`App Store | Google Play`), …
STORE_LINE = patterns.compile(
    r"^(?:\W*(?:app\s*store|google\s*play|ch\s*play|appgallery|microsoft\s*store))+\W*$"
)
# … a rating widget's prompt and score (`Đánh giá bài viết`, `4,2/5 (86 lượt đánh giá)`; a
# bare `3/5` is a date), …
RATING_COUNT = r"\(\s*\d[\d.,]*\s*(?:luot|votes?|ratings?)\b[^)]*\)"
RATING_LINE = patterns.compile(
    r"^\W*(?:danh\s*gia|cham\s*diem|rate)\s*(?:bai\s*viet|bai|tin|this\s*(?:article|story|post))"
    r"(?:\s*nay)?\W*$"
    rf"|^\d+(?:[.,]\d+\s*/\s*(?:5|10)\s*(?:{RATING_COUNT})?|\s*/\s*(?:5|10)\s*{RATING_COUNT})$"
)
# … a player's label (`Artikel anhören`, `Listen to this article · 4 min`, `Nghe đọc bài`), …
AUDIO_LABEL = patterns.compile(
    r"^\W*(?:listen\s*to\s*(?:this\s*|the\s*)?(?:article|story)|(?:artikel|beitrag)\s*"
    r"(?:anhoren|vorlesen)|vorlesen|audio\s*abspielen|ecouter\s*(?:cet\s*)?article"
    r"|escuchar\s*(?:este\s*)?(?:articulo|noticia)|ascolta\s*(?:l'\s*)?articolo"
    r"|nghe\s*(?:doc\s*)?(?:bai|tin)(?:\s*viet)?(?:\s*nay)?)(?:\W*[\d:.]+\s*(?:min\w*|phut)?)?\W*$"
)
# … a publish or update line (`Stand: 12.05.2026, 14:30 Uhr`, `Updated May 4, 2026 3:15 PM`,
# `Cập nhật: 08:30 12/5/2026`): its label, then a date or a time and a few words at most, …
PUBLISH_LABEL = patterns.compile(
    r"^\W*(?:stand|aktualisiert(?:\s*am)?|veroffentlicht(?:\s*am)?|erstellt(?:\s*am)?"
    r"|zuletzt\s*aktualisiert(?:\s*am)?|(?:last\s*)?updated(?:\s*on|\s*at)?|published(?:\s*on|\s*at)?"
    r"|posted(?:\s*on|\s*at)?|publie\s*le|mis\s*a\s*jour\s*le|publicado(?:\s*e[lm])?"
    r"|actualizado(?:\s*el)?|pubblicato(?:\s*il)?|aggiornato(?:\s*il)?|cap\s*nhat|dang\s*luc"
    r"|ngay\s*dang|xuat\s*ban|atualizado(?:\s*em)?|gepubliceerd(?:\s*op)?"
    r"|bijgewerkt(?:\s*op)?|opublikowano|aktualizacja|publicerad|uppdaterad|publisert|oppdatert"
    r"|udgivet|opdateret|publikovano|aktualizovano|julkaistu|paivitetty|guncelleme"
    r"|yayinlanma(?:\s*tarihi)?)\b\s*:?"
)
DATE_OR_TIME = patterns.compile(
    r"\b\d{1,2}[:.h]\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
)
MAX_DATE_WORDS = 5  # words without digits beside the date: a month, a weekday, `Uhr`, `at`, `GMT`
# … what stands in for an embedded post or video until the reader lets it load (`Link zum
# YouTube-Inhalt`, `Empfohlener externer Inhalt`, `View this post on Instagram`), …
EMBED_LINE = patterns.compile(
    r"^\W*(?:link\s*zum\s*[\w-]*inhalt|(?:empfohlener\s*)?(?:redaktioneller\s*)?externer\s*inhalt"
    r"|inhalte?\s*von\s*drittanbietern|ich\s*bin\s*damit\s*einverstanden,?\s*dass\s*mir"
    r"|view\s*this\s*(?:post|video|profile)\s*on\s*\w+|a\s*post\s*shared\s*by\b"
    r"|watch\s*on\s*(?:youtube|vimeo)|(?:please\s*)?enable\s*javascript\s*to\s*(?:view|see|watch)"
    r"|this\s*(?:content|video|embed)\s*(?:is\s*not\s*available|cannot\s*be\s*(?:shown|displayed)))"
)
# … a bar of share and print buttons in other languages (`Teilen Drucken`, `Share | Copy link`),
SHARE_WORD = (
    r"(?:share|teilen|drucken|print|merken|save|copy\s*link|link\s*kopieren|e-?mail|mail"
    r"|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|flipboard|messenger|threads"
    r"|bluesky|partager|imprimer|compartir|imprimir|condividi|stampa|kommentare|comments)"
)
SHARE_LINE = patterns.compile(rf"^{SHARE_WORD}(?:[\s|/·•:,-]*{SHARE_WORD})*[\s|/·•:,-]*$")
# … a call to share, print or send on the article (`Share this article`, `Teilen Sie diesen
# Artikel`, `Partagez cet article avec vos amis`, `Print this article`), …
SHARE_PROMPT = patterns.compile(
    r"^\W*(?:share|teilen\s*sie|teile|partagez|comparte|comparta|condividi|compartilhe|partilhe"
    r"|deel|del|dela|print|drucken\s*sie|imprimez|imprime|stampa|e-?mail|send|envoyez"
    r"|senden\s*sie)\s+(?:this|diesen|dieses|den|cet|cette|este|esta|questo|questa|dit|deze"
    r"|denne|detta)\s+(?:article|story|post|artikel|beitrag|articulo|noticia|articolo|notizia"
    r"|artigo|materia|bericht|artikkelen|artikeln)\b[^.!?]*[.!]?$"
)
# … a copyright line (`© dpa`, `ⓒ Reuters 2026`), …
COPYRIGHT_LINE = patterns.compile(r"^\W{0,3}[©ⓒ]")
MIN_GALLERY = 2  # pictures in a box of pictures a title opens
# … an offer's or an event's countdown, to the second or in two units or more (`Ưu đãi cuối
# năm - còn 02:14:33`, `Còn 12 ngày 05 giờ 40 phút`), …
COUNTDOWN = patterns.compile(
    r"\b(?:con|con\s*lai|ket\s*thuc\s*sau)\s*"
    r"(?:\d{1,2}:\d{2}:\d{2}|(?:\d{1,3}\s*(?:ngay|gio|phut|giay)\W*){2,4})\W*$"
)
# … a recording's teaser under its player, closed by the day it was aired and its running time
# after a bar (`Was bedeutet das für Berlin? 18.04.2024 | 0:21 min`, `… 2026-03-02 | 12:05`), …
MEDIA_STAMP = patterns.compile(
    r"(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*\|\s*"
    r"\d{1,3}:\d{2}(?::\d{2})?\s*(?:min\w*|phut|sek\w*|s)?\.?$"
)
# … and a source line in parentheses (`(Quelle: dpa)`, `(Source: Reuters)`).
SOURCE_LINE = patterns.compile(
    r"^\((?:quellen?|sources?|fuentes?|fontes?|kilde|kalla|bron|kaynak|zrodlo)\s*:\s*[^()]{1,80}\)"
    r"\.?$"
)
MAX_SITE_LINE = 80  # characters of an ad label or a reading-time line
# Credits of the people who laid out the page, not wrote it: `Trình bày: Hải Yến`, `Đồ họa: …`.
STAFF_LINE = patterns.compile(
    r"^(?:noi\s*dung\s*:\s*[^.!?:]{1,40}?\s*[-–|,;]\s*)?"  # `Nội dung: Hà An - Đồ họa: …`
    r"(?:trinh\s*bay|thiet\s*ke|do\s*hoa|ky\s*thuat|dung\s*(?:phim|video)|bien\s*tap"
    r"|san\s*xuat)\s*:\s*[^.!?]{1,60}$"
)
# The title of a box about the writer under the text (`Thông tin tác giả`, `Về tác giả`,
# `Giới thiệu tác giả`, `About the author`), folded.
AUTHOR_TITLE = patterns.compile(
    r"^(?:(?:thong\s*tin|gioi\s*thieu|ve)\s*(?:tac\s*gia|nguoi\s*viet)|about\s*the\s*author)\W*$"
)
# A line saying who the writer is, opening with what she does (`Nhà báo tự do, viết về …`,
# `Phóng viên thường trú …`, `Thạc sĩ ngôn ngữ học …`), folded.
WRITER_BIO = patterns.compile(
    r"(?:nha\s*(?:bao|van|tho|nghien\s*cuu|phe\s*binh|giao)|(?:cuu\s*)?(?:phong\s*vien"
    r"|bien\s*tap\s*vien|cong\s*tac\s*vien)|tac\s*gia|chuyen\s*gia|(?:giang|giao)\s*vien"
    r"|bac\s*si|luat\s*su|ky\s*su|kien\s*truc\s*su|(?:thac|tien)\s*si)\b"
)
# A call to register for an event or a course (`Đăng ký ngay`, `Đăng ký tham dự`), or to give
# (`Ủng hộ ngay`, `Quyên góp`), folded.
REGISTER_CALL = patterns.compile(
    r"^\W*(?:dang\s*ky|ghi\s*danh)(?:\s*(?:ngay|tham\s*du|hoc|tai\s*day|truc\s*tuyen|online))?\W*$"
    r"|^\W*(?:ung\s*ho|quyen\s*gop|dong\s*gop)(?:\s*(?:ngay|tai\s*day|bao|toa\s*soan))?\W*$"
)
# Posts embedded from social networks: someone else's words, quoted in a widget, never body.
EMBEDDED_POSTS = (
    "amp-twitter, amp-facebook, amp-instagram, amp-tiktok, blockquote.twitter-tweet,"
    " blockquote.twitter-video, .fb-post, .fb-video, blockquote.instagram-media,"
    " blockquote.tiktok-embed"
)
# The line closing a social post embedded as a box of its own (Facebook's `Đăng bởi Trang X vào
# 1 tháng 12, 2025`, `Posted by X on …`): who posted it, and when.
POSTED_WORDS = r"(?:(?:duoc\s*)?dang\s*boi|posted\s*by|shared\s*by)"
POSTED_LABEL = patterns.compile(rf"^{POSTED_WORDS}\b")
POSTED_BY = patterns.compile(rf"^{POSTED_WORDS}\s+\S.{{0,80}}?\s(?:vao|luc|on|at)\s")
MAX_EMBEDDED_POST = 600  # characters of a post quoted in a box: a few sentences and the line
MAX_POSTED_OPENING = 40  # characters of the line's first words read for its label
# A forum reply's quote of another post, opened by its attribution (`Thanh Nga đã viết:`,
# `Jane said:`): someone else's words again, never body, and no vote for where the text is.
QUOTED_POST = patterns.compile(
    r"^[^.!?:]{1,40}\s(?:đã\s+viết|viết|nói|said|wrote|schrieb|a\s+écrit)\s*:", re.I
)
# An embedded video player: a caption under it is a caption, as under a picture.
VIDEO_SOURCE = patterns.compile(
    r"youtube|youtu\.be|vimeo|dailymotion|tiktok|/video|player|\.mp4", re.I
)
# A video's stream or file, as a script-drawn player's `data-src` names it.
STREAM_FILE = patterns.compile(r"\.(?:m3u8|mpd|mp4|webm)(?:[?#]|$)", re.I)
# A recording's title after its kind, over its player (`Video: …`, `Clip: …`), folded.
MEDIA_TITLE = patterns.compile(r"^\W*(?:video|clip|phim|phong\s*su)\s*[:：]\s*\S")
# A podcast's or a song's player embedded from its host (Spotify, SoundCloud, Apple Podcasts).
AUDIO_SOURCE = patterns.compile(
    r"open\.spotify\.com/embed|soundcloud\.com/player|embed\.podcasts\.apple\.com"
    r"|anchor\.fm/[^/]+/embed|mixcloud\.com/widget",
    re.I,
)
# A map embedded in the text (its address card's lines are the map's, not the text's).
MAP_SOURCE = patterns.compile(
    r"google\.[a-z.]+/maps|maps\.google\.|openstreetmap\.org|bing\.com/maps|maps\.apple", re.I
)
# A picture of a QR code, by its alt text or its file name (`qr-ung-ho.png`, `QRCode`).
QR_PICTURE = patterns.compile(r"(?:^|[\W_])qr(?:[\W_]|code|$)", re.I)
BOX_TAGS = ("div", "section", "aside", "table")
MEDIA = "data-media"  # marks the stand-in for a video player in the reader's copy of the text
MAX_PLAYER_LINES = 3  # lines in a player's box besides it: a title, its length, its views
MAX_POLL_TEXT = 400  # characters of a reader poll: its question, options and result link
MAX_POLL_QUESTION = 200  # characters around the choices that still belong to the poll
# A closing source credit: `Theo Báo Đắk Lắk`, `Nguồn: TTXVN`.
CREDIT_LINE = patterns.compile(r"^\(?(?:theo|nguon(?:\s*tin)?\s*:)\s*[^,;!?]{2,70}\)?\.?$")
# … and a table's source by its label, with whatever follows it (the hour its figures were read).
TABLE_SOURCE = patterns.compile(r"^\(?nguon(?:\s*(?:tin|so\s*lieu))?\s*:")
# … or a note on the table's figures naming their unit (`Giá đã gồm VAT, đơn vị: đồng/bình.`,
# `ĐVT: triệu đồng`) or saying their prices hold the tax, folded.
TABLE_UNIT = patterns.compile(
    r"(?:^|[\s(,;])(?:don\s*vi(?:\s*tinh)?|dvt)\s*:"
    # … or whether its prices hold the tax (`Giá đã gồm VAT, giao tại kho …`)
    r"|^(?:(?:don\s*)?gia\s*)?(?:da\s*|chua\s*)?(?:bao\s*)?gom\s*(?:thue\s*)?(?:vat|gtgt)\b"
)
# The class of a notebook's code cell input (Jupyter Book's `cell_input`, JupyterLab's
# `jp-InputArea`, nbconvert's `input_area`).
CODE_CELL_INPUT = patterns.compile(r"(?:^|\s)(?:cell_input|jp-InputArea|input_area)(?:$|\s)")
# The layout elements a block's line may open, climbed to find what is printed above it.
LAYOUT_WRAPPERS = frozenset({"td", "tr", "tbody", "div"})
MAX_LAYOUT_CLIMB = 3  # wrappers: a paragraph in a cell in a row
MAX_TABLE_SOURCE = 160  # characters: a source's name and an update line, no paragraph
# A name on its own line in bold: `Nguyễn Thị Hoa (CTV)`, `H.V.`, `K. Miên`, a degree before it
# (`BS.CKI Lê Hòa`).
# Only a last line in bold needs this one: `re` compiles it on first use (and caches it).
NAME_WORD = (
    r"^(?:[A-ZÀ-ỸĐ][\w’'-]*(?:\.[A-ZĐ][\w’'-]*)*\.?|(?:[A-ZĐ]\.)+[A-ZĐ]?\.?|\((?:CTV|PV|BTV|TH)\))$"
)
MAX_NAME_WORDS = 6
# What the writer did, in brackets after the name (`PV (tổng hợp)`, `Minh Anh (lược dịch)`),
# folded: a note, no word of the name.
WRITERS_NOTE = patterns.compile(
    r"\s*\((?:tong\s*hop|suu\s*tam|(?:nhom\s*)?thuc\s*hien|(?:luoc\s*|bien\s*)?(?:ghi|dich)"
    r"|bien\s*soan|chuyen\s*ngu)\)$"
)
# A name, then a dash and a date: `Minh Anh - 04/12/2025`.
DATED_NAME = patterns.compile(r"(?P<name>[^\d\-–—]{2,60}?)\s+[-–—]\s+\d{1,2}/\d{1,2}/\d{4}\.?")
# A name, then the outlet credited in brackets: `Hoàng Yến (Theo Báo Sơn La)`.
NAMED_SOURCE = patterns.compile(
    r"(?P<name>[^()]{2,40}?)\s*\((?:theo|nguồn\s*:)\s*[^()]{2,60}\)\.?", re.I
)
MAX_DATE_LINE = 60  # characters
# A date line in Chinese, Japanese or Korean (`2025年1月14日 01時28分 (1月14日 01時40分更新)`,
# `입력 2025.05.15 14:00 수정 2025.05.15 15:20`): numbers with their date and time units or
# separators, and only the labels of such a line (published, updated, a.m., p.m.).
CJK_DATE_LABEL = (
    r"更新|配信|公開|掲載|発行|発信|发布|修改|时间|日期|入力|午前|午後|上午|下午"
    r"|입력|수정|업데이트|기사입력|최종수정|등록|송고|오전|오후"
)
CJK_DATE_LINE = patterns.compile(
    rf"^(?:\d{{1,4}}\s*[年月日時时分秒년월일시분초]|{CJK_DATE_LABEL}|[\s\d:.,/|·•()（）\[\]【】-])+$"
)
CJK_DATE = patterns.compile(
    rf"\d{{1,4}}\s*[年년月월]\s*\d{{1,2}}|(?:{CJK_DATE_LABEL})\s*:?\s*\d{{4}}\s*[.\-/]\s*\d{{1,2}}"
)
MAX_DATE_DECORATION = 12  # characters around the date in a date line (`Thứ 6, `, `GMT+7`)
# A line of names in capitals (`VĂN HÀO - TRẦN HỮU`): the byline some papers print first.
NAME_SEPARATORS = patterns.compile(r"\s*[-–,]\s*")
# Between writers signing together in bold or italics: a comma (`, … và` before the last), a
# dash, `và` or `&` (`_names_emphasised`).
WRITERS_JOIN = patterns.compile(r"\s*,\s*(?:và\s+)?|\s+(?:[-–&]|và)\s+")
MAX_WRITERS = 4  # full names in one signing line; more is a list of people
MAX_CAPS_CHARS = 60
# words of a full name printed alone: a family name, a middle name and a given name, or two of each
MIN_FULL_NAME_WORDS, MAX_FULL_NAME_WORDS = 3, 4
# A line of dashes or stars closing the text over its signature (`---`, `* * *`).
RULE_LINE = patterns.compile(r"[-–—*_=~]{3,}")
# Full names in bold opening the text, joined by `/` or `,` (`_is_opening_names`).
OPENING_NAME_SEPARATORS = patterns.compile(r"\s*[/,]\s*")
MAX_OPENING_NAME_WORDS = 4
# A body paragraph closes a sentence. Kickers, repeated headlines, bylines, date and reading-time
# lines, section labels and promotion lines at either end of the text close none. Sentences
# close in other scripts too: a quote in `»…«` (Danish, Swedish), `‹…›`, the Devanagari danda
# `।`, the Urdu full stop `۔`, the Arabic question mark `؟`, the Khmer `។` and `៕` (a Khmer
# edition's paragraphs close with them) and the Burmese `။`.
SENTENCE_END = patterns.compile(r"[.!?…:;\"'»«›‹”“’)\]」』。！？।॥۔؟។៕။]$")
MAX_LOOSE_LINE = 200  # characters
# A live entry's time of day, alone on its line (`06:15`, `9h05`).
ENTRY_CLOCK = patterns.compile(r"\d{1,2}[:h]\d{2}")
MAX_ENTRY_HEAD = 60  # characters of a live entry's head: its time and its author's label
# A document's letterhead over its title: a few short lines (`_under_letterhead`).
MAX_LETTERHEAD = 5  # lines
# A picture's source alone on its line (`Quelle: AFP`, `Source: Reuters`), folded: an agency's
# or a photographer's name, a few words closing no sentence.
PICTURE_SOURCE = patterns.compile(
    r"(?:quelle|source|fuente|fonte|bron|kilde|kalla|zdroj|zrodlo|kaynak)\s*:\s*[^.!?:;]{2,40}"
)
MAX_OPENING_CAPTION = 3  # lines from the text's first that may be the opening picture's caption
# A line pointing the reader to the site's live coverage of the story, closed by a colon
# (`Mehr zur Lage in Nahost lesen Sie in unserem Liveblog:`, `Read more in our live blog:`),
# folded.
LIVE_POINTER = patterns.compile(
    r"\W*(?:(?:read|find|see|get|follow)\s+)?(?:more|the\s+latest|all\s+the\s+latest|mehr"
    r"|alles|aktuelle\w*|weitere\w*)\b[^:：]{0,120}\b(?:live\s*-?\s*(?:blog|ticker|coverage"
    r"|updates)|news\s*-?\s*(?:blog|ticker))\b[^:：]{0,30}[:：]$"
)
# A label naming a site after a word or two and a preposition, closed by a colon (`Mehr Themen
# auf example.de:`, `More from The Harbour Times:`), folded.
SITE_LABEL = patterns.compile(
    r"\W*\w+(?:[\s-]+\w+)?\s+(?:auf|bei|von|on|at|from|sur|de|en|su|op|na|em|no|da|w)\s+"
    r"(?P<site>[^:：]{2,40}?)\s*[:：]$"
)
# A person's career note: the name, its reading in kana in brackets, the year of its first step
# (`木坂 有朗氏（きさか・ゆうろう）97年…入社`); and a line all in full-width brackets (`（1月14日
# 就任。）`).
PROFILE_OPENING = patterns.compile(
    r"[^\s（(]{1,8}[\s\u3000]?[^\s（(]{1,8}[（(][ぁ-ゖァ-ヺー・]{2,20}[）)]\s*\d{2,4}年"
)
BRACKETED_LINE = patterns.compile(r"（[^（）]{1,80}）")
MAX_TEASER_LINES = 2  # lines of the linked page's teaser under such a pointer: title, teaser
# A line naming the writers after a word for `by`, in the languages met so far (`von Anna
# Berg`, `By Jane Roe and John Doe`, `par …`, `door …`).
BY_LINE = patterns.compile(
    r"^(?:[Vv]on|[Bb]y|BY|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Aa]f)\s+(?P<names>.{3,100})$"
)
MAX_LETTERHEAD_LINE = 120  # characters
# An e-mail's line over its web version, folded (`Không xem được thư? Đây là bản web của thư.`,
# `Xem thư trên trình duyệt`, `View this email in your browser`): the campaign's letterhead,
# though it closes a sentence.
WEB_VERSION_LINE = patterns.compile(
    r"khong xem duoc (?:thu|email)|ban web cua thu|tren trinh duyet|in (?:your )?browser"
)
QUOTE_MARKS = patterns.compile(r"[\"'“”„‟«»‹›‘’‚「」『』]")
MIN_PULL_QUOTE = 30  # characters
PULL_QUOTE_CLASS = patterns.compile(r"(?:^|[\s_-])pull-?quote(?:$|[\s_-])", re.I)
MAX_PULL_QUOTE = 400  # characters of a quote set apart in a `<div>` of its own
CARD_TAGS = ("div", "aside", "section")  # boxes a card of another article is drawn as
MAX_DISPLAYED_QUOTE = 300  # characters of a quote displayed over the text, speaker included
MAX_SPEAKER = 80  # characters of the line under a displayed quote: a name and a title
# Loose lines that may close a text and be no part of it: a name, a place, a date, a credit.
MAX_LOOSE_TAIL = 4
# A letter's greeting opening the text, closed by its comma: `Chào các bạn,`, `Kính gửi quý
# độc giả,`.
GREETING = patterns.compile(r"(?:[Cc]hào|[Kk]ính\s+gửi|[Tt]hân\s+gửi|[Tt]hưa)\s[^.!?:;,]{1,40},")
# A writer's initials alone on a line, each letter dotted: `Đ.Q.V.`, `T.H.`.
INITIALS_ALONE = patterns.compile(r"(?:[A-ZĐ]\.){2,4}")
# A poem printed one `<p>` a line: more short lines closing no sentence than a page's furniture
# around a text makes, each no longer than a line of verse (`_verse_start`).
MIN_VERSE_LINES = 8
MAX_VERSE_LINE = 80  # characters
# A label closing the text announces, with its colon, a list or a widget the text no longer
# holds (`Quellen:`, `Tags :`); a sentence ending in a colon (`Twitter seemed confused:`) may
# announce quoted posts, the text's own, unless it is set in italics, as an editor's note over a
# video or another article's card is (`Sehen Sie dazu auch unser Video:`).
CLOSING_LABEL = patterns.compile(r"^\W*\w+(?:[\s-]+\w+)?\s*[:：]$")
# Under the text, the site's own lines close sentences too: a copyright or agency code line, a
# contact address (`CONTACT_ADDRESS`), a newsletter sign-up, who contributed to the report, an
# editor's initials, the outlet's short name with its writers in brackets.
CLOSING_NOTICE = patterns.compile(
    r"[©ⓒ]|\bcopyright\b|\bnewsletters?\b"
    r"|\bcontributed\s+(?:to\s+)?this\s+(?:report|story)\b"  # a newswire's closing credit
    r"|\bcontributed\s+(?:additional\s+)?reporting\b"
    r"|^\(\w{1,6}(?:[/,]\s*\w{1,6}){0,3}\)$"  # an editor's initials: `(dmk)`, `(ku/dpa)`
    r"|^(?-i:[A-Z]{2,8})\s*\((?-i:[A-Z])[^()]{1,80}\)$"  # the outlet and its writers: `MDR (A, B)`
    r"|^\(\*{1,3}\)\s*[^\W\d_]"  # a note on the text: `(*) Tên nhân vật đã được thay đổi.`
    r"|^\[\d{1,2}\]\s*[^\W\d_]",  # a footnote to a marker: `[1] Số liệu của Cục Thống kê.`
    re.I,
)
MAX_NOTICE = 300  # characters
# An e-mail address, its domain kept; and the labels of a domain that name no one (`com.vn`).
CONTACT_ADDRESS = patterns.compile(r"[\w.+-]+@([\w-]+\.[\w.]+)")
# A line opening by asking the reader's views for the programme or the newsroom (`Gửi ý kiến cho
# chương trình qua email …`, `Mọi góp ý xin gửi về tòa soạn …`), folded: the outlet's contact
# line, at whatever domain its mailbox is (a station's podcast on a host's site).
FEEDBACK_TO_OUTLET = patterns.compile(
    r"(?:moi\s*)?(?:gui\s*)?(?:y\s*kien|gop\s*y|thac\s*mac)[^.]{0,30}?"
    r"(?:cho|ve|toi|den)\s*(?:chuong\s*trinh|toa\s*soan|ban\s*bien\s*tap|bbt)\b"
)
# … or opening by telling where the reader's views or questions are sent (`Góp ý đồ án gửi về hòm
# thư …`, `Thắc mắc về phương án gửi về bộ phận một cửa … hoặc gọi …`), folded: with a mailbox or
# a number to call, the contact line closing a notice, whoever the office is.
VIEWS_SENT_TO = patterns.compile(
    r"(?:moi\s*)?(?:y\s*kien|gop\s*y|thac\s*mac)[^.]{0,30}?\bgui\s*(?:ve|toi|den)\b"
)
GENERIC_LABELS = frozenset({"com", "net", "org", "edu", "gov", "info", "biz", "co", "ac"})
COOKIE_NOTICE = patterns.compile(r"\bcookies?\b", re.I)  # a site's notice that it keeps them
# The label of a note the text gives its reader in a box of its own (`Lưu ý: không tự ý dùng
# thuốc …`, `Chú ý:`, `Ghi chú:`, `Khuyến cáo:`), or the editors' note on the article (`LTS:`,
# `Lời tòa soạn:`, `Ghi chú của tòa soạn:`), folded: a part of the text, not the site's.
READER_NOTE = patterns.compile(
    r"(?:(?:luu\s*y|chu\s*y|ghi\s*chu)(?:\s*(?:cua\s*)?(?:toa\s*soan|ban\s*bien\s*tap|bbt))?"
    r"|khuyen\s*cao|canh\s*bao|lts|loi\s*(?:toa\s*soan|ban\s*bien\s*tap|bbt))\s*:$"
)
# The label of a note to the reader opening a quotation block over the text (`Ghi chú:`,
# `Lưu ý:`, `Chú ý:`, `Note:`), folded: a note on the figures or a deadline set apart, neither
# the lead nor the text's first paragraph.
NOTE_LABEL = patterns.compile(r"(?:ghi\s*chu|luu\s*y|chu\s*y|note)\s*:")
# A tip's label opening the one line of a quotation block, bold or not (`Mẹo:`, `Mẹo nhỏ:`,
# `Bí quyết:`), folded: the writer's aside to the reader, set apart from the text.
TIP_LABEL = patterns.compile(r"(?:meo(?:\s*nho)?|bi\s*quyet|tip)\s*:")
# A chapter's timestamp opening a list item (`(01:12) …`, `[1:02:30] …`, `04:50 - …`, a title
# after the dash opening with a count: `02:15 – 64 hồ sơ …`), and the first chapter's at the
# recording's start.
CHAPTER_TIME = patterns.compile(
    r"[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s*(?:[-–—:]\s*[^\W_]|[^\W\d_])"
)
CHAPTERS_START = patterns.compile(r"[(\[]?0{1,2}:00(?::00)?[)\]]?\s")
MIN_CHAPTERS = 3  # items of a chapter list
CHAPTER_SEPARATOR = patterns.compile(r"\s+[·|]\s+")  # between chapters typed on one line
# A plain-text message's blank line between paragraphs, its signature's `-- ` line, and a line
# indented as code is.
PARAGRAPH_BREAK = patterns.compile(r"\n[ \t]*\n")
SIGNATURE_DELIMITER = patterns.compile(r"(?m)^-- ?$")
INDENTED_LINE = patterns.compile(r"(?m)^(?: {2,}|\t)\S")
MAIL_SIGN_OFF = patterns.compile(r"(?:tran\s*trong|than\s*ai|kinh\s*thu)(?:\s*cam\s*on)?\s*[.!]?")
MIN_MAIL_PARAGRAPHS = 3  # paragraphs of a message in a `<pre>`
PROSE_SHARE = 0.85  # of a message's characters that are letters or spaces (code has signs)
RESPONSE_CLASS = patterns.compile(r"(?:^|[\s_-]|(?<=[a-z]))[Rr]esponse(?:$|[\s_-])")
MAX_NOTES_TAIL = 10  # first or last paragraphs in which a note may open or close the text…
MAX_NOTES_SHARE = 1 / 4  # … with the text before or after it at most this share of the whole
# A publication's sign-off after the last sentence (`… inner city. DM`, `…した。【東京・山田】`):
# the sentence is closed.
SIGN_OFF = patterns.compile(r"[.!?…\"”»]\s+[A-Z]{2,4}$|[.!?…。！？\"”」]\s*【[^【】]{1,40}】$")
# A quotation closed inside its marks and the words saying who said it, with no full stop after
# them (`“… khắc phục hậu quả,” ông Minh cho biết`, `“…”, ông Minh nói`): a sentence all the same.
QUOTE_ATTRIBUTION = patterns.compile(
    r"(?:[,.!?…][\"”»]|[\"”»],)\s+[^\s\"“”»«.!?][^\"“”»«.!?]{0,58}$"
)
# `Jane Roe is a senior researcher …`, `Korrespondent John Doe ist bei …`: a line about the
# author under the text, known by the author's name (from the metadata) and a verb after it.
BIO_VERB = patterns.compile(r"\s*(?:is|was|ist|war|est|es|è|é|är|er|jest)\s")
AUTHOR_SEPARATORS = patterns.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*")
MAX_BIO = 600  # characters
MAX_BIO_LEAD = 30  # characters before the author's name (a role: `Korrespondent`)
MIN_LEAD_PRINTED = 60  # characters of a paragraph that starts the summary: the lead printed
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
SIGNING_HEADINGS = frozenset({"h5", "h6"})  # headings too small for a part of the text
DESK_AFTER_DASH = patterns.compile(r"\s+[-–—]\s+")  # `THU PHƯƠNG – Ban Kinh tế`
BOX_HEADINGS = frozenset({"h4", "h5", "h6"})  # the headings a template titles a box with


class Image:
    """A picture of the article; its caption is set when the text under it is read."""

    __slots__ = ("url", "caption")

    def __init__(self, url: str, caption: str | None = None) -> None:
        self.url = url
        self.caption = caption

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Image) and (self.url, self.caption) == (other.url, other.caption)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"Image(url={self.url!r}, caption={self.caption!r})"


class Body(NamedTuple):
    paragraphs: list[str]
    images: list[Image]
    byline: str | None
    credit: str | None  # a closing `Theo X` / `Nguồn: X` line: the source, not a person
    opening_bold: bool  # the first paragraph is all in bold: a lead typed into the text
    opening_italic: bool  # … or all in italics (a magazine's lead)
    opening_heading: bool  # … or a heading element (a CMS's heading block typed as the lead)
    # each paragraph is all in bold or all in italics (the lead under a headline typed into the
    # text's cell is the second)
    emphasised: tuple[bool, ...]


SIGNING_KINDS = frozenset({"byline-candidate", "staff"})  # lines that sign the text
# A programme's air time opening a line, folded (`Chương trình phát lúc 17:30 …`, `Phát sóng
# vào 20:00 …`, `Lên sóng lúc …`).
AIR_TIME = patterns.compile(
    r"(?:chuong\s*trinh\s*)?(?:phat(?:\s*song)?|len\s*song)\s*(?:luc|vao)\s*\d{1,2}\s*[:h]"
)


class _Block(NamedTuple):
    text: str
    kind: str  # "text", "byline-candidate", "credit", "photo", "staff"
    bold: bool = False  # the whole line is in <strong>/<b>
    heading: bool = False  # a section heading (`<h2>`…`<h6>`, or a paragraph all in bold)
    titled: bool = False  # … a heading element classed as a title (the template's)
    italic: bool = False  # the whole line is in <em>/<i>
    name: str | None = None  # a signature's name, when a line under it says who the person is
    signs: str | None = None  # the name a smallest heading signs with (`_small_heading_name`)


def read_body(
    page: Page,
    container: _Element,
    drop: tuple[str, ...] = (),
    lead: str | None = None,
    headline: str | None = None,
) -> Body:
    """Split `container` (left untouched) into body paragraphs, images and byline. `lead`, the
    article's summary, tells where a lead printed over the text ends; `headline`, the title
    read, where a document's letterhead does."""
    # On a container of the page's own tree, a drop selector needs attribute values the page
    # has (most of the generic ones match nothing on a page), and is answered from the page's
    # index when it can be, not by walking the container once a selector.
    own_tree = container.getroottree().getroot() is page.root
    if own_tree:
        cut = TreeCopy(container)
        root, found_by = cut.root, partial(page.select_in_copy, cut)
    else:
        root = copy.deepcopy(container)
        found_by = partial(select, root)
    for el in root.iter("img"):  # the `<noscript>` copy, dropped as noise, has the address
        if _own_address(el) is None and (shown := noscript_copy(el)) is not None:
            el.set("src", _own_address(shown) or "")
    # A fragment another reader built (trafilatura's text) keeps few attributes, and most drop
    # selectors need one it lacks.
    listed = found_by if own_tree else partial(select_among, root, names=attribute_names(root))
    for css in (*drop, EMBEDDED_POSTS):
        for el in listed(css):
            remove_element(el)
    for el in [quote for quote in root.iter("blockquote") if quoted_post(quote)]:
        remove_element(el)
    _drop_embed_attributions(root, page)
    _drop_folded_profiles(root)
    _drop_site_footer(root)
    _drop_signer_block(root)
    _drop_posted_boxes(root)
    _drop_header_details(root)
    _drop_field_rows(root)
    for el in root.iter("amp-img"):  # AMP's picture element
        el.tag = "img"
    for el in LINKING_COMPONENTS(root):  # a card of another article is a link to it
        el.tag = "a"
    for el in _unseen_elements(root):
        remove_element(el)
    drop_article_label(root, page)
    drop_polls(root)
    _show_painted_pictures(root, page)
    for el in list(root.iter("iframe", "video", "div")):
        if _video_player(el):
            _mark_media(el)
            _drop_player_title(el, root)
            _drop_player_line(el)
            _drop_player_heading(el)
    for el in list(root.iter("audio", "iframe")):  # a recording's title or length in its box
        if el.tag == "audio" or AUDIO_SOURCE.search(el.get("src") or el.get("data-src") or ""):
            _drop_player_title(el, root)
    for el in list(root.iter("iframe", "object")):  # a document viewer's download line
        _drop_viewer_line(el)
    for el in list(root.iter("iframe")):  # a map's address, hours and directions link
        if MAP_SOURCE.search(el.get("src") or el.get("data-src") or ""):
            _drop_player_title(el, root)
    _drop_code_boxes(root)
    _drop_folded_source(root)
    _drop_code_cell_inputs(root)
    _split_mail_text(root)
    _drop_cookie_notices(root)
    _drop_hidden_copies(root)
    _drop_set_apart(root, found_by)
    _drop_post_info(root)
    _drop_classed_boxes(root)
    _drop_responses(root)
    _drop_brief_items(root)
    _drop_closing_list_boxes(root)
    letter = bool(headline and LETTER_TITLE.match(headline))
    _drop_signature_blocks(root, keep_signer=letter)
    _drop_sign_up_boxes(root)
    _drop_call_boxes(root)
    _drop_sponsored_boxes(root)
    drop_widgets(root)
    _drop_picture_masks(root)
    for el in list(root.iter(*NOISE_TAGS)):
        if el is root:
            continue
        if el.tag == "aside" and _quotation(text_of(el)):
            el.tag = "blockquote"  # a pull quote set apart without a `<blockquote>`
        elif el.tag == "aside" and picture_box_line(el) is not None:
            el.tag = "div"  # a picture and its caption set beside the text
        elif not _kept_noise(el):
            remove_element(el)
    _drop_footnote_marks(root)
    drop_permalink_marks(root)
    _join_entry_times(root)
    _drop_labelled_notes(root, page)
    _drop_italic_notes(root)
    _drop_other_language_lines(root)
    _drop_other_script_boxes(root)
    _drop_legacy_encoded_boxes(root)
    _drop_titled_boxes(root)
    _drop_framed_notes(root)
    _drop_framed_closing_offer(root)
    _drop_inset_boxes(root)
    _drop_fact_boxes(root)
    _drop_stat_blocks(root)
    _drop_boxes(root)
    _drop_attachments(root)  # (after a titled box of them went whole)
    _drop_listening_lines(root)
    _drop_chapter_lists(root)
    _drop_refreshed_tables(root)
    _drop_register_boxes(root)
    _drop_countdown_boxes(root)
    _drop_author_boxes(root)
    _drop_writer_cards(root)
    _drop_bio_under_signature(root)
    _drop_key_points(root)
    _drop_gallery_titles(root)
    _drop_teaser_lists(root)
    _drop_source_lists(root)
    _drop_card_boxes(root, page)
    _drop_product_cards(root, page)
    _drop_embedded_cards(root, page)
    _drop_pull_quotes(root)
    _drop_closing_small_print(root)
    _drop_rows_after_sign_off(root)
    reader = _Reader(page, lead, headline)
    reader.walk(root)
    return reader.finish()


def _drop_rows_after_sign_off(root: _Element) -> None:
    """Remove the rows of a layout table after the row whose cell the text's sign-off closes,
    a short line aligned right under sentences (an e-mail's web version: `<p style="text-align:
    right">Đội ngũ An Khang Camera</p>` closing the story's cell, or `<td align="right"><strong>
    LS. Trần Quốc Bảo</strong><br>…</td>` in a row of its own): the campaign's product blocks,
    offers, events and footer under the story, no part of its text."""
    for el in list(root.iter("p", "div", "td")):
        sign = text_of(el)
        cell = el if el.tag == "td" else next(el.iterancestors("td"), None)
        row = cell.getparent() if cell is not None else None
        if (
            not sign
            or len(sign) > MAX_BYLINE_CHARS
            or SENTENCE_END.search(sign)
            or not aligned_right(el)
            or row is None
            or row.tag != "tr"
            or len([c for c in row if c.tag in CELL_TAGS]) != 1
            or not text_of(cell).endswith(sign)
        ):
            continue
        before = text_of(cell)[: -len(sign)].rstrip()
        above = row.getprevious()
        if not before and above is not None:
            before = text_of(above)
        rows = row.getparent()  # the table, or its body (the text's box itself)
        if not SENTENCE_END.search(before) or rows is None or _data_table(rows):
            continue
        for after in list(row.itersiblings()):
            remove_element(after)


def _drop_chapter_lists(root: _Element) -> None:
    """Remove a list whose items each open with a timestamp, the first at the start (an
    episode's chapters: `(00:00) Mở đầu`, `(01:12) Lịch cắt nước ngày 9/12`), and the heading
    right over it (`Mốc thời gian`): the recording's index, no part of its show notes. A
    programme's hours (`08:00 Khai mạc`) start later than `00:00`, and stay. A paragraph of such
    chapters parted by middle dots or bars (`00:00 Mở đầu · 03:15 Cáo trạng · …`) or by line
    breaks (`00:00 Mở đầu<br>02:15 …`) is one too, and so is the bold label over it
    (`<p><strong>Mốc thời gian:</strong></p>`)."""
    for line in list(root.iter("p")):
        items = CHAPTER_SEPARATOR.split(text_of(line))
        if len(items) < MIN_CHAPTERS and line.find("br") is not None:
            items = _broken_lines(line)
        if (
            len(items) >= MIN_CHAPTERS
            and CHAPTERS_START.match(items[0])
            and all(CHAPTER_TIME.match(item) for item in items)
        ):
            label = line.getprevious()
            if (
                label is not None
                and label.tag == "p"
                and text_of(label).endswith((":", "："))
                and all_bold(label)
                and not (label.tail or "").strip()
            ):
                remove_element(label)
            remove_element(line)
    for listed in list(root.iter("ul", "ol")):
        items = [text_of(item) for item in listed if isinstance(item.tag, str)]
        if len(items) < MIN_CHAPTERS or not CHAPTERS_START.match(items[0]):
            continue
        if not all(CHAPTER_TIME.match(item) for item in items):
            continue
        heading = listed.getprevious()
        if heading is not None and _titles_list(heading) and not (heading.tail or "").strip():
            remove_element(heading)
        remove_element(listed)


def _broken_lines(el: _Element) -> list[str]:
    """The lines of `el`'s text its `<br>`s part, each collapsed, the empty ones left out."""
    lines = [""]
    if el.text:
        lines[-1] += el.text
    for node in el.iterdescendants():
        if node.tag == "br":
            lines.append("")
        elif isinstance(node.tag, str) and node.text:
            lines[-1] += node.text
        if node.tail:
            lines[-1] += node.tail
    return [collapsed for line in lines if (collapsed := " ".join(line.split()))]


def _titles_list(line: _Element) -> bool:
    """`line` is a heading, or a paragraph in bold closing with a colon (`<p><strong>Trong tập
    này:</strong></p>`): the title of the list under it. A bold contents title (`Mục lục:`)
    stays, where `_before_apparatus` ends the show notes, the credits after it no text."""
    if line.tag in HEADING_TAGS:
        return True
    text = text_of(line)
    bold = sum(len(text_of(b)) for b in line.iter("strong", "b"))
    contents = CONTENTS_TITLE.fullmatch(fold(text).strip(" :")) is not None
    return line.tag == "p" and text.endswith(":") and bold >= len(text) > 0 and not contents


def _split_mail_text(root: _Element) -> None:
    """A `<pre>` holding a plain-text message (a mail archive's message: prose in paragraphs
    parted by blank lines, no markup and no indented lines, as code has) becomes those
    paragraphs, and its signature goes with the `-- ` line opening it (RFC 3676): the sender's
    name, post and phone, no text; so does a farewell closing the message (`Trân trọng.`)."""
    for pre in list(root.iter("pre")):
        text = pre.text or ""
        if len(pre) or INDENTED_LINE.search(text) or pre.getparent() is None:
            continue
        message = SIGNATURE_DELIMITER.split(text, maxsplit=1)[0]
        parts = [" ".join(part.split()) for part in PARAGRAPH_BREAK.split(message)]
        parts = [part for part in parts if part]
        if parts and MAIL_SIGN_OFF.fullmatch(fold(parts[-1])):
            parts.pop()  # `Trân trọng.` over the signature: the sender's farewell, no text
        letters = sum(ch.isalpha() or ch.isspace() for ch in message)
        if len(parts) < MIN_MAIL_PARAGRAPHS or letters < PROSE_SHARE * len(message):
            continue
        box = Element("div")
        for part in parts:
            SubElement(box, "p").text = part
        box.tail = pre.tail
        pre.getparent().replace(pre, box)


def _drop_site_footer(root: _Element) -> None:
    """On a page that sets its text straight under `<body>` (old hand-made templates), the
    site's footer follows the text there too: its first licence or copyright line after the
    text's paragraphs ends the text, and the lines after it (an address, a phone number) are the
    footer's."""
    if root.tag != "body":
        return
    blocks = [child for child in root if isinstance(child.tag, str)]
    prose = 0
    for at, block in enumerate(blocks):
        text = text_of(block)
        if prose >= MIN_TEXT_BEFORE_FOOTER and _site_footer_line(text):
            for el in blocks[at:]:
                remove_element(el)
            return
        prose += sum(len(text_of(p)) for p in block.iter("p"))


def _drop_header_details(root: _Element) -> None:
    """Remove the details an article's `<header>` lists beside its headline: the writer's
    `<address>`, its `<time>`s and its kicker (a Facebook Instant Article's `<address>`, `<time
    class="op-published">` and `<h3 class="op-kicker">`). Set inline there, they run into one
    line of names and times opening the text."""
    for header in list(root.iter("header")):
        for el in list(header):
            if el.tag in ("address", "time") or KICKER_CLASS.search(el.get("class") or ""):
                remove_element(el)


def _drop_field_rows(root: _Element) -> None:
    """Remove the rows of a properties block opening the text (an outliner page's `date:`,
    `author:`, `tags:`): each a key's element, a colon alone or none, and the value's element,
    classed as such. They are the page's facts, read as its date, writer and tags; set in the
    text's block, they would run into lines of keys and colons."""
    rows = []
    for key in root.iter():
        if not isinstance(key.tag, str) or not FIELD_KEY_CLASS.search(key.get("class") or ""):
            continue
        row = key.getparent()
        children = [child for child in row if isinstance(child.tag, str)] if row is not None else []
        if row is root or not 2 <= len(children) <= 3 or children[0] is not key:
            continue
        value = children[-1].get("class") or ""
        if (row.text or "").strip() or not FIELD_VALUE_CLASS.search(value):
            continue
        if len(children) == 3 and text_of(children[1]) != ":":
            continue
        if 0 < len(text_of(key)) <= MAX_FIELD_KEY:
            rows.append(row)
    for row in rows:
        remove_element(row)


def _drop_signer_block(root: _Element) -> None:
    """An official notice closes with its recipients (`Nơi nhận: - …; - Lưu: VT.`) beside the
    signer's block (`TL. CHÁNH ÁN`, `(Đã ký)`, the name): the document's apparatus, no text,
    and so is what follows it. The block is the largest one opening with the recipients' label,
    after the text's paragraphs."""
    for node in RECIPIENTS_WORD(root):  # a text holding the label's word: few on any page
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        if el is None or not RECIPIENTS.match(fold(text_start(el, MAX_RECIPIENTS_LABEL))):
            continue
        block = el
        while (parent := block.getparent()) is not None and parent is not root:
            if not RECIPIENTS.match(fold(text_start(parent, MAX_RECIPIENTS_LABEL))):
                break
            block = parent
        if _prose_before(root, block) < MIN_TEXT_BEFORE_FOOTER:
            return
        for after in list(block.itersiblings()):
            remove_element(after)
        remove_element(block)
        return


def _prose_before(root: _Element, block: _Element) -> int:
    """Characters of the paragraphs before `block` in `root`."""
    prose = 0
    for p in root.iter("p"):
        if p is block or any(above is block for above in p.iterancestors()):
            break
        prose += len(text_of(p))
    return prose


def _site_footer_line(text: str) -> bool:
    return bool(text) and len(text) <= MAX_FOOTER_LINE and footer_line(fold(text))


def _unseen_elements(root: _Element) -> list[_Element]:
    """What the page never shows a reader: an element marked `hidden`, a `<template>` the
    scripts copy from, a `<dialog>` not opened, a `<canvas>`'s fallback (shown only where
    scripts are off, as `<noscript>` is), text for screen readers only (`VISUALLY_HIDDEN`)."""
    return [el for el in root.iter() if el is not root and isinstance(el.tag, str) and _unseen(el)]


def _unseen(el: _Element) -> bool:
    if el.tag in ("template", "canvas") or (el.tag == "dialog" and el.get("open") is None):
        return True
    if el.get("hidden") is not None:
        return True
    return VISUALLY_HIDDEN.search(el.get("class") or "") is not None


def _drop_embed_attributions(root: _Element, page: Page) -> None:
    """Remove what follows the paragraphs of a post quoted from another site (a social post's
    fallback, `<blockquote cite="https://social.example/…"><p>…</p>Đăng bởi <a>…</a> vào
    <a>…</a></blockquote>`) when it links back to that site: who posted it and when, the
    embed's attribution line, is neither text nor byline."""
    for quote in root.iter("blockquote"):
        host = urlsplit(quote.get("cite") or "").hostname
        paragraphs = list(quote.iterchildren("p"))
        if not host or host == urlsplit(page.url).hostname or not paragraphs:
            continue
        after = list(paragraphs[-1].itersiblings())
        if not any(urlsplit(a.get("href") or "").hostname == host for a in after if a.tag == "a"):
            continue
        paragraphs[-1].tail = None
        for el in after:
            quote.remove(el)


def _drop_folded_profiles(root: _Element) -> None:
    """Remove a profile folded under a name (`<h2><button>Nico Lange ...</button></h2><p>...
    ist Senior Fellow bei …</p>`): a heading closed by an ellipsis and the paragraph under it
    carrying on from one, who someone quoted is, set apart from the text, no part of it."""
    for title in [el for el in root.iter(*HEADING_TAGS) if el is not root]:
        line = title.getnext()
        if (
            line is not None
            and line.tag == "p"
            and not (title.tail or "").strip()
            and (name := short_text(title, MAX_BOX_TITLE))
            and FOLDED_NAME.search(name)
            and FOLDED_PROFILE.match(text_start(line, MAX_QUOTE_OPENING))
        ):
            remove_element(line)
            remove_element(title)


def _drop_posted_boxes(root: _Element) -> None:
    """Remove a short box of paragraphs closed by the line saying who posted them and when
    (`<div><p>…</p><p>Đăng bởi Trang X vào 1 tháng 12, 2025</p></div>`): a social post embedded
    in the text, someone else's words, whatever the box's class."""
    for box in [el for el in root.iter("div", "section", "aside", "blockquote") if el is not root]:
        lines = [child for child in box if isinstance(child.tag, str)] if len(box) > 1 else []
        if len(lines) < 2:
            continue
        opening = next((t for t in lines[-1].itertext() if t.strip()), "")
        if not POSTED_LABEL.match(fold(opening.strip()[:MAX_POSTED_OPENING])):
            continue
        last = short_text(lines[-1], MAX_EMBEDDED_POST)
        if (
            last is not None
            and POSTED_BY.match(fold(last))
            and DATE_OR_TIME.search(last)
            and _attached(box, root)
            and short_text(box, MAX_EMBEDDED_POST) is not None
        ):
            remove_element(box)


def quoted_post(el: _Element) -> bool:
    """A blockquote quoting another post of a forum thread (see `QUOTED_POST`)."""
    return el.tag == "blockquote" and bool(QUOTED_POST.match(text_start(el, MAX_QUOTE_OPENING)))


def link_share(container: _Element) -> float:
    """Share of a container's visible text inside links: high for menus, low for articles."""
    total = len(text_of(container))
    linked = sum(len(text_of(a)) for a in container.iter("a"))
    return min(1.0, linked / total) if total else 0.0


def remove_element(el: _Element) -> None:
    """Remove an element but keep its tail text in the tree (any lxml element, not only HTML
    ones: trafilatura's trees are plain `etree` elements)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _avatar(img: _Element) -> bool:
    """A picture classed, or boxed, as an avatar (`<img class="avatar avatar-140 photo">`,
    `<span class="meta-author-avatar">`): a person's portrait, no picture of the article."""
    return any(AVATAR_CLASS.search(el.get("class") or "") for el in (img, *img.iterancestors()))


def _kept_noise(el: _Element) -> bool:
    """A `<form>` around the whole page (ASP.NET), an `<aside>` quoting someone (a pull quote:
    the article's own words, set apart)."""
    if el.tag == "form":
        return _holds_prose(el)
    return el.tag == "aside" and el.find(".//blockquote") is not None


def _holds_prose(el: _Element) -> bool:
    """ASP.NET pages wrap the whole page, article included, in one `<form>`."""
    return sum(len(text_of(p)) for p in el.iter("p")) >= 200


def is_box_title(el: _Element) -> bool:
    """A title of a box of other articles, or the label of an ad slot (whose picture is an ad)."""
    text = short_text(el, MAX_BOX_TITLE)
    return bool(text) and bool(BOX_TITLE.match(folded := fold(text)) or AD_LABEL.match(folded))


def _drop_set_apart(root: _Element, found_by: Callable[[str], list[_Element]]) -> None:
    """Remove the blocks inside the text classed as widgets or disclaimers (`widget-bang-gia`
    with its own update time and a link to the full board, `<p class="disclaimer">`): short
    and holding no picture, they are set apart from the text, not a part of it (a picture
    block a site calls `image widget` is the text's picture)."""
    for css in SET_APART_SELECTORS:
        for el in found_by(css):
            if (
                el is not root
                and SET_APART_CLASS.search(el.get("class") or "")
                and _attached(el, root)
                and el.find(".//img") is None
                and short_text(el, MAX_SET_APART) is not None
                and not _builders_block(el, root)
            ):
                remove_element(el)


def _builders_block(el: _Element, root: _Element) -> bool:
    """`el` is, or is inside, one of a row of blocks sharing one class that fill their parent
    (`<div class="area-widget">` after `<div class="area-widget">`): a page builder that names
    every block of the text a widget, its text's own included, where the word says nothing;
    or it is classed with such a builder's own widget word (`BUILDER_WIDGET`) or as a builder's
    section of a text's kind (`BUILDER_TEXT_SECTION`: an intranet's `widget widget_text`), or is
    inside a block so classed with its kind glued to it (`GLUED_WIDGET_KIND`: the caption of
    CM4all's `cm-widget cm-widget_image` is its `cm-widget_image-caption`)."""
    names = el.get("class") or ""
    if BUILDER_WIDGET.search(names) or BUILDER_TEXT_SECTION.search(names):
        return True
    if NAMED_WIDGET.search(names):  # uKit's `ul-widget ul-w-text`
        return True
    if any(GLUED_WIDGET_KIND.search(node.get("class") or "") for node in _up_to(el, root)):
        return True
    node = el
    while node is not root and (parent := node.getparent()) is not None:
        classes = node.get("class")
        siblings = [child for child in parent if isinstance(child.tag, str)]
        if classes and len(siblings) > 2 and all(c.get("class") == classes for c in siblings):
            return True
        node = parent
    return False


def _up_to(el: _Element, root: _Element) -> list[_Element]:
    """`el` and its ancestors inside `root`."""
    nodes = [el]
    for node in el.iterancestors():
        if node is root:
            break
        nodes.append(node)
    return nodes


def _drop_post_info(root: _Element) -> None:
    """Remove a `<footer>` inside the text holding the post's time or its writer's address (a
    blog theme's `<footer class="post-info"><abbr class="published" title="…">…</abbr><address>
    …</address><p>Trong <a>Triển lãm</a>.</p><p>Thẻ: …</p></footer>` over the paragraphs): the
    post's information, as HTML means a footer, not its text. A quotation's footer names its
    speaker and stays."""
    for footer in [el for el in root.iter("footer") if el is not root]:
        if any(el.tag in ("blockquote", "figure") for el in footer.iterancestors()):
            continue
        if (
            footer.find(".//time") is not None
            or footer.find(".//address") is not None
            or any(el.get("title") for el in footer.iter("abbr"))
        ):
            remove_element(footer)


def _drop_classed_boxes(root: _Element) -> None:
    """Remove a short block among the text's paragraphs that its class calls an alert or a
    notice, or a box opening with a bold title of its own (`<div class="box-info"><p><strong>
    Bạn có biết?</strong></p><p>…</p></div>`, a match's facts, a tip for the reader, a fact
    table floated beside the text, a member's contact in a `<blockquote class="member-box">`
    an editor styles as a box): set apart from the paragraphs around it, not a part of their
    text. A box of one untitled line is left to `_drop_labelled_notes`; a box with a picture is
    a figure; a note labelled for the reader (`Lưu ý:`, see `READER_NOTE`) is the text's. A box
    a page builder wraps in blocks of its own (`<div class="widget"><div class="callout">…`)
    stands where its outermost wrapper does. A paragraph the site styles as such a box (`<p
    class="info-box">📌 …</p>`, a docs generator's `<p class="tip">`) is one too."""
    for el in [el for el in root.iter("p", *CLASSED_BOX_TAGS) if el is not root]:
        outer = _outermost_wrapper(el, root)
        parent = outer.getparent()
        classes = el.get("class") or ""
        # a quotation classed as a note or a tip, or a block so classed around paragraphs of
        # its own
        noted = NOTE_CLASS.search(classes) or TIP_CLASS.search(classes)
        quoted_note = noted is not None and (
            el.tag == "blockquote" or (el.tag == "div" and el.find("p") is not None)
        )
        if el.tag == "p":
            classed = NOTE_PARAGRAPH_CLASS.search(classes) is not None
        else:
            classed = quoted_note or (
                BOX_CLASS.search(classes) is not None
                and (NOTICE_CLASS.search(classes) is not None or _opens_with_title(el))
            )
        if (
            parent is None
            or not classed
            or not _attached(el, root)
            or not _beside_paragraphs(outer, parent)
            or el.find(".//img") is not None
            or (text := short_text(el, MAX_SET_APART)) is None
            or READER_NOTE.match(fold(text.partition(":")[0] + ":"))
        ):
            continue
        remove_element(el)


def _drop_responses(root: _Element) -> None:
    """Remove a block classed as a response (a feedback forum's `<section
    class="uvIdeaResponse">`, an `official-response`): the office's answer under a citizen's
    idea, with its status and day, no part of the idea's text."""
    for el in [el for el in root.iter("section", "div", "aside") if el is not root]:
        if RESPONSE_CLASS.search(el.get("class") or "") and _attached(el, root):
            remove_element(el)


def _drop_brief_items(root: _Element) -> None:
    """Remove a block of brief items under a title of its own in bold capitals (a bulletin's
    `<td><strong>TIN NGẮN</strong><br>• Bảo tàng … mở cửa …<br>• Hội thảo …</td>` after the
    story): the bulletin's other news, each item a line opened by its bullet, not the text."""
    for el in [el for el in root.iter("td", "div") if el is not root]:
        title = el[0] if len(el) and not (el.text or "").strip() else None
        if title is None or title.tag not in ("strong", "b") or len(title):
            continue
        name = text_of(title)
        after = title.getnext()
        if (
            name
            and len(name) <= MAX_BRIEFS_TITLE
            and name.upper() == name
            and any(char.isalpha() for char in name)
            and after is not None
            and after.tag == "br"
            and (after.tail or "").lstrip().startswith(BRIEF_BULLETS)
        ):
            remove_element(el)


def _outermost_wrapper(el: _Element, root: _Element) -> _Element:
    """The largest block inside `root` holding `el` and nothing else, or `el` itself."""
    node = el
    while (parent := node.getparent()) is not None and parent is not root:
        if (parent.text or "").strip() or sum(isinstance(c.tag, str) for c in parent) > 1:
            break
        node = parent
    return node


def _beside_paragraphs(box: _Element, parent: _Element) -> bool:
    """`box` stands among the text's paragraphs: its parent holds two or more besides it, as
    its children (`<p>`s, or lines a doc editor types as `<div>`s of words) or inside the
    blocks beside it (a page builder's text columns, each a `<div>` of paragraphs, around a
    message box). A `<section>` of a document cut into sections under their headings
    (Pandoc's and Quarto's `<section class="level2">`) is a part of one text: a box closing a
    section of one paragraph stands among the paragraphs of the sections around it."""
    if sum(child is not box and _typed_paragraph(child) for child in parent) >= 2:
        return True
    besides = (child for child in parent if child is not box and isinstance(child.tag, str))
    if sum(1 for child in besides for _ in child.iter("p")) >= 2:
        return True
    document = parent.getparent() if parent.tag == "section" else None
    return (
        document is not None
        and sum(1 for p in document.iter("p") if p is not box and box not in p.iterancestors()) >= 2
    )


def _typed_paragraph(el: _Element) -> bool:
    """`el` is a paragraph: a `<p>`, or a `<div>` of words holding no block (a doc editor's
    `<div class="kr-line">…</div>`, each line of the text a block of its own), or such a line
    inside blocks wrapping it alone (an online document's `<div class="block text-block"><div
    class="text-block"><div class="ace-line">…`, each paragraph a block of the document)."""
    while (
        el.tag == "div"
        and not (el.text or "").strip()
        and len(lines := [c for c in el if isinstance(c.tag, str)]) == 1
    ):
        if (lines[0].tail or "").strip() or lines[0].tag != "div":
            break
        el = lines[0]
    if el.tag == "p":
        return True
    return (
        el.tag == "div"
        and bool(text_of(el))
        and not any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in el)
    )


def _drop_signature_blocks(root: _Element, *, keep_signer: bool = False) -> None:
    """Remove a document's signature block typed under its text: the posts in capitals around
    the signing authority's mark, a post it names or the note that the original is signed (`KT.
    GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`, `(Đã ký)`, a judge's `THẨM PHÁN`) and the signer's name under them
    (`_signature_span` reads the lines). The block is typed a paragraph or a table's row a line
    (an empty cell beside each; the block around them goes too when it holds nothing else), or
    as one paragraph, its lines broken by `<br>`s; the italic notes under such a paragraph
    (`Văn bản số … UBND xã đăng lại …`) are the notice's apparatus too. A notice's signer is no
    line of its text (nor its author); a letter's (`keep_signer`, see `LETTER_TITLE`) is its
    writer: her name stays, to be read as the byline."""
    for el in [el for el in root.iter("p", "div", "tr") if _known_by(_line_text(el))]:
        parent = el.getparent()
        if parent is None or not _attached(el, root):
            continue
        elements = [child for child in parent if isinstance(child.tag, str)]
        start, end, signed = _signature_span(
            [_line_text(child) for child in elements], elements.index(el)
        )
        if signed and not keep_signer:
            end += 1
        for line in elements[start : end + 1]:
            remove_element(line)
        if parent is not root and not text_of(parent) and parent.find(".//img") is None:
            remove_element(parent)
    for el in [el for el in root.iter("p", "div") if el.find("br") is not None]:
        if not _attached(el, root) or not _broken_signature(el):
            continue
        for after in list(el.itersiblings()):
            text = text_of(after)
            if not text or len(text) > MAX_NOTICE or not emphasised(after, text):
                break
            remove_element(after)
        if keep_signer:
            _drop_lines_over_last(el)
        else:
            remove_element(el)


def _signature_span(lines: list[str], at: int) -> tuple[int, int, bool]:
    """The first and last of `lines` in the signature block around its signing line `at` (the
    posts and offices in capitals over it; under it, more of them, signing lines and a post
    spelt in lower case, `TRƯỞNG BAN` over `Bí thư Tỉnh ủy`, the chair's other post), and
    whether the signer's name follows them."""
    start = end = at
    while start and lines[start - 1].isupper():
        start -= 1
    while end + 1 < len(lines) and _block_line(lines[end + 1]):
        end += 1
    return start, end, end + 1 < len(lines) and _signer_text(lines[end + 1])


def _block_line(text: str) -> bool:
    """A line of a signature block under its signing line: a post or an office in capitals, a
    signing line, or a post in whatever case."""
    return text.isupper() or _signing_text(text) or (bool(text) and is_post(text))


def _broken_signature(el: _Element) -> bool:
    """`el`'s lines, broken by `<br>`s, are a signature block and nothing else: from its first
    line, a post or the signing lines, one of them a post named in capitals (`GIÁM ĐỐC`,
    `THẨM PHÁN`), the signing mark or the note, and the signer's name last, not in capitals (a
    writer's name under a line in capitals naming no post stays)."""
    if short_text(el, 3 * MAX_SIGNATURE_LINE) is None:
        return False
    lines = [" ".join(line.split()) for line in "".join(broken_text(el)).split("\n")]
    lines = [line for line in lines if line]
    at = next((i for i, line in enumerate(lines) if _known_by(line)), None)
    return (
        at is not None
        and _signature_span(lines, at) == (0, len(lines) - 2, True)
        and not lines[-1].isupper()
    )


def _line_text(el: _Element) -> str:
    """`el`'s text when it is short enough for a line of a signature block, else nothing."""
    return short_text(el, MAX_SIGNATURE_LINE) or ""


def _signing_text(text: str) -> bool:
    """The signing authority's mark before a post in capitals (`KT. GIÁM ĐỐC`), or the note that
    the original is signed (`(Đã ký)`)."""
    return bool(text) and bool(
        (SIGNING_MARK.match(text) and text.isupper()) or SIGNED_NOTE.fullmatch(fold(text))
    )


def _known_by(text: str) -> bool:
    """A line a signature block is known by: the signing mark or note (`_signing_text`), or a
    post it names in capitals over the signer (`CHỦ TỊCH`, `THẨM PHÁN`)."""
    return _signing_text(text) or (
        text.isupper() and SIGNING_POST.fullmatch(fold(text)) is not None
    )


def _signer_text(text: str) -> bool:
    """A line with no sentence in it: the signer's name, a title's full stop before it aside
    (`BSCKII. Lê Văn Phước`)."""
    name = without_title(text) if text else ""
    return bool(name) and not re.search(r"[.!?:;,]\s|[.!?:;]$", name)


def _drop_lines_over_last(el: _Element) -> None:
    """Remove from `el` everything before its last `<br>` and the break itself: the lines over
    its last line, however deep the break sits (`<strong>…<br>CHỦ TỊCH</strong><br><br>…`)."""
    last = list(el.iter("br"))[-1]
    node = last
    while node is not el:
        parent = node.getparent()
        for before in list(node.itersiblings(preceding=True)):
            parent.remove(before)
        parent.text = None
        node = parent
    remove_element(last)


def _drop_attachments(root: _Element) -> None:
    """Remove a line that is a link to a document file and a short note beside it
    (`_offers_file`), or that names such a file alone, its label and note beside it but no link
    (a team tool's `<div><em>Tải về: Ke-hoach-118.pdf (248 KB)</em></div>` under a message, the
    file behind a button of its own): the attached file, offered for download, not a line of
    the text."""
    for link in [a for a in root.iter("a") if DOCUMENT_FILE.search(a.get("href") or "")]:
        line = link
        while line.tag not in LINE_TAGS and (parent := line.getparent()) is not None:
            line = parent
        if line is root or not _attached(line, root) or line.find(".//img") is not None:
            continue
        if _offers_file(line, link):
            remove_element(line)
    for line in [el for el in root.iter(*LINE_TAGS) if el is not root]:
        text = short_text(line, MAX_ATTACHMENT_LINE)
        if text and _attached(line, root) and FILE_NAME_LINE.fullmatch(fold(text)):
            remove_element(line)


def _offers_file(line: _Element, link: _Element) -> bool:
    """`line` is `link` to a document file and a short note beside it (`<a href="….pdf">Tải bản
    tin kỳ 48 (PDF, 412 KB)</a> (42 lượt tải)`), a label of attached files opening it or not
    (`<strong>Tệp đính kèm:</strong> <a href="….pdf">thong-bao.pdf</a> (application/pdf, 245
    KB)`). A link whose words are a long sentence (`<a href="….pdf">Danh sách các hộ … được
    niêm yết công khai tại …</a>`) is the text's own line pointing at its source: a file's name
    closes no sentence; so is a link carrying on a sentence of the line (`cites_in_sentence`)."""
    text, named = text_of(line), text_of(link)
    if label := ATTACHMENT_LINE_LABEL.match(fold(text)):
        text = text[label.end() :]
    if named.endswith((".", "!", "?")) and len(named.split()) >= MIN_LINKED_SENTENCE:
        return False
    return (
        not cites_in_sentence(line)
        and bool(named)
        and len(text) <= MAX_ATTACHMENT_LINE
        and len(text) - len(named) <= MAX_FILE_NOTE
    )


def cites_in_sentence(line: _Element) -> bool:
    """`line`'s links carry on a sentence its own words open (`It also <a>co-ordinates military
    plans</a>.`, `According to Nato, <a href="….pdf">every country in the alliance …</a>.`):
    sources the text cites, not a pointer elsewhere or a file offered for download. The words
    before the first link end in a letter, a digit or a comma (no label's colon or arrow), each
    link's words go on in lower case, four or more of them, and the line ends a sentence."""
    opening = (line.text or "").rstrip()
    if not (opening[-1:].isalnum() or opening.endswith(",")):
        return False
    links = [text_of(a) for a in line.iter("a")]
    return (
        bool(links)
        and all(words[:1].islower() and len(words.split()) >= MIN_CITED_WORDS for words in links)
        and bool(FULL_STOP.search(text_of(line)))
    )


def _drop_listening_lines(root: _Element) -> None:
    """Remove a short line linking to a recording's file (`🎧 Nghe bản tin: <a href="….mp3">Bản
    tin 04/12/2026</a> (6 phút)`): a box offering the article or a bulletin read aloud, its
    label, the recording's title and length, no line of the text."""
    for link in [a for a in root.iter("a") if AUDIO_FILE.search(a.get("href") or "")]:
        line = link
        while line.tag not in LINE_TAGS and (parent := line.getparent()) is not None:
            line = parent
        if line is not root and _attached(line, root) and short_text(line, MAX_LOOSE_LINE):
            remove_element(line)


def _opens_with_title(box: _Element) -> bool:
    """`box`'s first line is a short title in bold or a heading, or a line its class calls a
    title (`<p class="box-title">`, which may run longer: the class says what it is), and more
    text follows it. The blocks wrapping the title and the rest (a block library's link and
    text wrappers) are no line: the title is the first line inside them; a table drawn as a box
    has its cells for lines, and its `<caption>` for a title (`<table class="price-box">
    <caption>Giá cà phê ngày 05/12/2026</caption>…`)."""
    lines = (*BOX_LINES, *CELL_TAGS, "caption") if box.tag == "table" else BOX_LINES
    first = next(
        (el for el in box.iter(*lines) if el is not box and text_of(el) and not _wraps(el)),
        None,
    )
    if first is None or _in_header_row(first, box):
        return False
    classed = bool(TITLE_CLASS.search(first.get("class") or ""))
    if not (first.tag in (*HEADING_TAGS, "caption") or all_bold(first) or classed):
        return False
    title, text = text_of(first), text_of(box)
    longest = MAX_BOX_TITLE * 2 if classed else MAX_BOX_TITLE
    named = BRACKETED_TAIL.sub("", title)  # (what the figures are of: `(chốt phiên 3/12)`)
    return len(named) <= longest and text.startswith(title) and len(text) > len(title)


def _in_header_row(line: _Element, box: _Element) -> bool:
    """`line` is a cell of a table's first row holding two cells of words or more: the columns'
    header (`Mặt hàng | Giá bán | Tăng/giảm` in bold), not a title the box opens with (a title
    spans the row alone)."""
    cell = line if line.tag in CELL_TAGS else next(line.iterancestors(*CELL_TAGS), None)
    row = cell.getparent() if cell is not None and box.tag == "table" else None
    return row is not None and sum(c.tag in CELL_TAGS and bool(text_of(c)) for c in row) >= 2


def _wraps(el: _Element) -> bool:
    """`el` opens with a line of its own kind, nothing before it: a wrapper, not a line."""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    return first is not None and first.tag in BOX_LINES and not (el.text or "").strip()


def _drop_sign_up_boxes(root: _Element) -> None:
    """Remove a box around a form asking for an e-mail address (a newsletter sign-up, a comment
    form): its title and its pitch (`Nhận bản tin mỗi sáng`, `Đăng ký để nhận tin…`) are no
    text, whatever its class. The box is the largest element around the form, inside the text,
    with no more than a short pitch besides it; a field a script sends, in no form of its own,
    is its own form."""
    for field in [f for f in root.iter("input") if _asks_for_mail(f)]:
        if not _attached(field, root):
            continue  # (in a box dropped already)
        form = next(field.iterancestors("form"), None)
        if form is not None and _holds_prose(form):
            form = None  # (an ASP.NET page is one form around everything)
        box = form if form is not None else field
        while (
            box.getparent() is not None
            and box.getparent() is not root
            and short_text(box.getparent(), MAX_SIGN_UP_BOX) is not None
        ):
            box = box.getparent()
        if box.getparent() is not None:
            remove_element(box)


def drop_widgets(root: _Element) -> None:
    """Remove the widgets the page's scripts draw inside the text: a control (`role=button`,
    a `<button>`, a toggle's `▶`) with a short label and no picture (a picture in a button
    opens it larger), and a table drawn in `<div>`s with ARIA roles (a typed `<table>` is the
    text's), each with the block around it that holds only a title besides (a toggle's label,
    a view's name, a question to the reader over its `Có` and `Không` buttons); around a bare
    `<button>`, only a block of words alone (an author's line holds a link and a portrait
    beside its `Follow` button)."""
    for el in CONTROLS(root):
        bare = el.get("role") is None
        role = (el.get("role") or el.tag).strip().lower()
        control = (
            role in CONTROL_ROLES
            and len(text_of(el)) <= MAX_BOX_TITLE
            and el.find(".//img") is None
        )
        if not (control or (role in GRID_ROLES and el.tag != "table")) or not _attached(el, root):
            continue
        if role in GRID_ROLES and _typed_grid(el):
            continue
        box, length = el, len(text_of(el))  # (each block above read no further than the test)
        while (
            (parent := box.getparent()) is not None
            and parent is not root
            and parent.tag in ("div", "section")
            and (around := short_text(parent, length + MAX_BOX_TITLE)) is not None
            and not (bare and any(True for _ in parent.iter("a", "img")))
        ):
            box, length = parent, len(around)
        remove_element(box)


def _typed_grid(grid: _Element) -> bool:
    """A table drawn in `<div>`s with ARIA roles whose cells hold typed paragraphs (GitBook's
    `<div role="cell"><div class="blocks"><p>…</p></div></div>`), or whose row of column
    headers (`role="columnheader"`) heads it among the text's paragraphs (a doc editor's grid
    between its lines): the editor's table in the text, read as one (`_as_table`). A database
    view's cells hold bare values, in a block of its own under the view's name. Retyped here."""
    cells = [el for el in grid.iter() if el.get("role") in GRID_CELLS]
    if not cells:
        return False
    typed = all(cell.find(".//p") is not None for cell in cells)
    headed = any(cell.get("role") == "columnheader" for cell in cells)
    parent = grid.getparent()
    if not (typed or (headed and parent is not None and _beside_paragraphs(grid, parent))):
        return False
    for el in (grid, *grid.iterdescendants()):
        role = el.get("role")
        if role in GRID_ROLES or role in GRID_PARTS:
            el.tag = GRID_PARTS.get(role, "table")
    for cell in cells:
        strip_tags(cell, "div")  # the block around each cell's paragraph
    return True


def _drop_picture_masks(root: _Element) -> None:
    """Remove the layer a picture viewer lays over a picture, classed as a mask right after
    the `<img>` in its box, with a short label and no picture (`<div
    class="ant-image"><img><div class="ant-image-mask">Xem trước</div></div>`): the viewer's
    control, which would read as the picture's caption."""
    for img in list(root.iter("img")):
        layer = img.getnext()
        if (
            layer is not None
            and isinstance(layer.tag, str)
            and PICTURE_MASK.search(layer.get("class") or "")
            and layer.find(".//img") is None
            and len(text_of(layer)) <= MAX_BOX_TITLE
        ):
            remove_element(layer)


def _drop_call_boxes(root: _Element) -> None:
    """Remove boxes inside the text that end in a call to go elsewhere: an app's pitch over its
    download link (`Cài đặt VNeID - … phản ánh. <a>Tải ứng dụng</a>`), a product card's title
    over a link to the product (`Sản phẩm trong bài`, the name, price and `Mua ngay`), a booking
    button under its pitch, a notice under an icon (`💡 Đăng ký tại: <a>biểu mẫu này</a>.`).
    Such a box is a block (not a paragraph) of a picture, an icon or a title and a short pitch
    at most, whose last words are a link (a full stop after it) after a sentence's end, a colon
    or a block of their own; a credit ending in a link (`Theo <a>Báo X</a>`, `Ảnh: <a>…</a>`)
    is neither, nor a picture with its caption. The bold line introducing such a box goes with
    it (`_introducing_line`)."""
    for box in [el for el in root.iter("div", "aside", "section") if el is not root]:
        if not _attached(box, root) or (text := short_text(box, MAX_SIGN_UP_BOX)) is None:
            continue
        link = next((a for a in reversed(list(box.iter("a"))) if text_of(a)), None)
        text = text.rstrip(" .")
        if link is None or to_picture_file(link) or not text.endswith(called := text_of(link)):
            continue  # (a picture linked to its file: the file's name and size are no call)
        before = text[: -len(called)].rstrip()
        after_block = (previous := link.getprevious()) is not None and (
            previous.tag in BLOCK_TAGS and not (previous.tail or "").strip()
        )
        framed = any(
            el.tag in ("img", "picture", *HEADING_TAGS)
            or (el.tag == "div" and el is previous)
            or _is_icon(el)
            for el in box.iterdescendants()
        )
        captioned = any(
            el.tag == "figcaption" or CAPTION_CLASS.search(_classes(el)) for el in box.iter()
        )
        if (
            framed
            and not captioned  # a picture with its caption and credit
            and not _is_names(called)
            and len(box.findall(".//p")) <= 1
            and (after_block or before[-1:] in ".!?:")
        ):
            if (introduced := _introducing_line(box)) is not None:
                remove_element(introduced)
            remove_element(box)


def _introducing_line(box: _Element) -> _Element | None:
    """The short line in bold right before `box` that a colon closes (a shop's blog's `<p>
    <strong>Sách được hỏi mua nhiều sau buổi tư vấn:</strong></p>` over its product cards):
    it introduces the cards, and goes with them."""
    line = box.getprevious()
    text = short_text(line, MAX_BOX_TITLE * 2) if line is not None else None
    if not text or not text.endswith(":") or (box.getprevious().tail or "").strip():
        return None
    return line if all_bold(line) else None


def _is_icon(el: _Element) -> bool:
    """An element holding only a symbol or an emoji (a callout's `💡`), no letter or digit."""
    text = (el.text or "").strip()
    return 0 < len(text) <= 2 and len(el) == 0 and not any(c.isalnum() for c in text)


def _is_names(text: str) -> bool:
    """Words that all open with a capital (`Minh Anh`, `TTXVN`): a name, no call to act."""
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words)


def _asks_for_mail(field: _Element) -> bool:
    """`<input type="email">`, or a text field named or labelled for an e-mail address."""
    said = " ".join(field.get(key) or "" for key in ("type", "name", "placeholder")).lower()
    return "email" in said or "e-mail" in said


def _drop_boxes(root: _Element) -> None:
    """Remove boxes titled `Tin liên quan`, `Các tin khác`, `Bạn có thể quan tâm`, `Lesen Sie
    auch`, … and ad slots labelled `Quảng cáo` (known by their title or label, whatever their
    class): the box the title opens, or, for a bare title in the text, the title and the link
    lists or article titles after it."""
    titles = [
        el
        for el in root.iter("h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "b", "span", "dt")
        if el is not root and len(el) <= 3 and is_box_title(el)
    ]
    for title in titles:
        if title.getparent() is None or not _attached(title, root):
            continue
        box = title
        while (
            box.getparent() is not None
            and box.getparent() is not root
            and (
                _opens(box.getparent(), box)
                or _over_teasers(box.getparent(), box)
                or _labels_ad(box.getparent(), box, title)
                or _titles_comments(box.getparent(), box, title)
            )
        ):
            box = box.getparent()
        line = _line_around(box, root)
        if line is not box and (
            _points_elsewhere(text_of(line), _link_chars(line), line)
            or _labels_file(line, box)
            or _lists_tags(line, box)
        ):
            box = line  # `<p><strong>Đọc thêm:</strong> Lễ hội …</p>`: the whole line points
        elif box is title or box.tag in ("p", "strong", "b", "span"):
            following = box.getnext()
            while following is not None and (_link_list(following) or _teaser(following)):
                after = following.getnext()
                remove_element(following)
                following = after
            _drop_typed_link_lines(box)
        remove_element(box)


def _lists_tags(line: _Element, title: _Element) -> bool:
    """`title` labels the tags and `line`, a paragraph or a heading, lists them after it, no
    sentence (HackMD's `<h6><span>tags: </span><code>họp</code><span> </span>…</h6>`, Markdown's
    `###### tags:` line): the whole line is the tags', none of it the text."""
    text, label = text_of(line), text_of(title)
    return (
        TAG_TITLE.fullmatch(fold(label)) is not None
        and text.startswith(label)
        and len(text) <= MAX_TAG_LINE
        and not text.endswith((".", "!", "?", "…"))
    )


def _labels_file(line: _Element, title: _Element) -> bool:
    """`title` labels the attached files, and `line` offers one (`_offers_file`): the line, its
    note on the file's type and size included, goes whole."""
    links = [a for a in line.iter("a") if DOCUMENT_FILE.search(a.get("href") or "")]
    return (
        ATTACHMENT_LINE_LABEL.fullmatch(fold(text_of(title))) is not None
        and len(links) == 1
        and _offers_file(line, links[0])
    )


def _titles_comments(box: _Element, child: _Element, title: _Element) -> bool:
    """`child`, opening `box`, is the title of the readers' comments (`Ý kiến bạn đọc (2)`,
    `Bình luận`) and `box` comes after the text's lines: the comments under it, in the text's
    paragraph markup or not, are the readers' words."""
    return (
        COMMENTS_TITLE.match(fold(text_of(title))) is not None
        and box.tag in ("div", "section")
        and not (box.text or "").strip()
        and next((node for node in box if text_of(node)), None) is child
        and any(text_of(node) for node in box.itersiblings(preceding=True))
    )


def _labels_ad(box: _Element, child: _Element, title: _Element) -> bool:
    """`child`, opening `box`, is an ad's label (`PR`, `Tài trợ`, `Quảng cáo`) and `box` is
    short and no run of the text's paragraphs: the label's ad, its pitch and link included."""
    return (
        AD_LABEL.match(fold(text_of(title))) is not None
        and text_of(box).startswith(text_of(child))
        and not _among_paragraphs(box)
        and short_text(box, MAX_SIGN_UP_BOX) is not None
    )


def _line_around(el: _Element, root: _Element) -> _Element:
    """The paragraph an inline `el` (a bold label) is typed in, or `el` when it is a block."""
    line = el
    while line.tag not in BLOCK_TAGS and (parent := line.getparent()) is not None:
        if parent is root:
            break
        line = parent
    return line if line.tag in ("p", "li", "div", *HEADING_TAGS) else el


def _drop_typed_link_lines(title: _Element) -> None:
    """Remove the lines typed after a bare box title up to the next block, one `<br>` apart,
    when each holds a link and hardly any other words (`- <a>Thơ lục bát …</a> (11/10/2025)`):
    a list of other articles with no list markup, as table layouts print `Các bài khác:`."""
    run: list[_Element] = []
    lines: list[tuple[int, int]] = [(0, 0)]  # (links, other characters) of each line
    words = (title.tail or "").strip()
    following = title.getnext()
    while following is not None and not (
        isinstance(following.tag, str) and following.tag in BLOCK_TAGS
    ):
        run.append(following)
        links, other = lines[-1]
        if following.tag == "br":
            lines[-1] = (links, other + len(words))
            lines.append((0, 0))
        elif following.tag == "a":
            lines[-1] = (links + 1, other + len(words))
        else:
            words += text_of(following)
            following = following.getnext()
            continue
        words = (following.tail or "").strip()
        following = following.getnext()
    links, other = lines[-1]
    lines[-1] = (links, other + len(words))
    typed = [line for line in lines if line != (0, 0)]
    if typed and all(links and other <= SEE_ALSO_WORDS for links, other in typed):
        title.tail = None
        for el in run:
            el.getparent().remove(el)


def drop_article_label(root: _Element, page: Page) -> None:
    """Remove from `root` (a copy of the page or of part of it) the element an `<article
    aria-labelledby="…">` names as its label (a hidden `<h6>Article</h6>` for screen readers,
    or the title): it names the article, it is no line of its text."""
    labels = {
        label
        for value in page.attribute_values("aria-labelledby")
        if any(
            el.tag == "article" or el.get("role") == "article"
            for el in page.bearing("aria-labelledby", value)
        )
        for label in value.split()
    }
    if labels:
        for el in [el for el in root.iter() if el.get("id") in labels and el is not root]:
            remove_element(el)


def _drop_footnote_marks(root: _Element) -> None:
    """Remove footnote markers (`<sup><a href="#note-1">[1]</a></sup>`, `<sup>[2]</sup>`,
    `<sup>(1)</sup>`): they point to a note, they are not text. A bare superscript number
    (`m<sup>2</sup>`) is. A paragraph a marker opens (`<p><sup>(1)</sup> Khoản 3 Điều 235 …
    </p>`) is the note itself, under the text: it goes with its marker."""
    for sup in list(root.iter("sup")):
        text = text_of(sup)
        to_note = any((a.get("href") or "").startswith("#") for a in sup.iter("a"))
        if FOOTNOTE_MARK.fullmatch(text) and (text[0] in "[(" or to_note):
            note = sup.getparent()
            opens = note is not None and note.tag == "p" and not (note.text or "").strip()
            remove_element(note if opens and note[0] is sup and note is not root else sup)


def _join_entry_times(root: _Element) -> None:
    """A live page's entries (`<div><time>10:20</time><div><p>Tranh luận …</p></div></div>`,
    two or more alike): each entry's time opens its first paragraph, as one line (`10:20
    Tranh luận …`); the time of an entry with no paragraph (a video) goes with it, also when
    the player's box went before and left the time alone in its entry. An embed's entry opens
    with a box instead of a `<time>`, its first words the time alone (`<div class="meta">
    <span>11:40</span> <span>Ban biên tập</span></div>`): the time opens the paragraph, and
    the rest of that box (the desk's or the reporter's label) is no text."""
    stamps = [
        stamp
        for entry in root.iter()
        if (stamp := entry_stamp(entry)) is not None
        and ((block := stamp.getnext()) is None or block.tag in BLOCK_TAGS)
        and not (stamp.tail or "").strip()
        and any(entry_stamp(el) is not None for el in (entry.getprevious(), entry.getnext()))
    ]
    for stamp in stamps:
        block = stamp.getnext()
        line = None if block is None else next((p for p in block.iter("p") if text_of(p)), None)
        if line is None and block is not None and (block.text or "").strip():
            line = block
        if line is not None:
            line.text = f"{_clock(stamp)} {(line.text or '').lstrip()}"
        remove_element(stamp)


def entry_stamp(entry: _Element | None) -> _Element | None:
    """The element that opens a live entry with its time, no text before it: a `<time>`, or
    a short box holding no paragraph whose first words are a time of day alone (`<div
    class="item-time"><span>06:15</span></div>`, the time over its author's label)."""
    if entry is None or not isinstance(entry.tag, str) or (entry.text or "").strip():
        return None
    first = next((child for child in entry if isinstance(child.tag, str)), None)
    if first is None or first.tag == "time":
        return first
    if first.tag not in ("div", "span") or first.find(".//p") is not None:
        return None
    if ENTRY_CLOCK.fullmatch(_first_words(first)) and short_text(first, MAX_ENTRY_HEAD) is not None:
        return first
    return None


def _clock(stamp: _Element) -> str:
    """The time an entry's stamp prints: a `<time>`'s text, or a box's first words."""
    return text_of(stamp) if stamp.tag == "time" else _first_words(stamp)


def _first_words(el: _Element) -> str:
    """The first piece of text in `el` that is not blank, stripped (`06:15` of `<div><span>
    06:15</span> <span>Ban biên tập</span></div>`); empty when it holds none."""
    return next((t.strip() for t in el.itertext() if t.strip()), "")


def _drop_closing_small_print(root: _Element) -> None:
    """Remove the paragraph closing the text when all of it is in small print (`<p><small>Mọi
    thông tin liên quan …, số điện thoại 0256 …</small></p>` under the last paragraph): the
    fine print under a text (a contact note, a disclaimer), set apart by its size, not the
    text's own words. A closing line all in grey that gives a number to call (a blog's `<div>
    <font color="#888888">… nhắn Zalo 0909 214 738 trong giờ hành chính.</font></div>`) is
    such a note too, set apart by its colour."""
    last = next(
        (el for el in reversed(root) if isinstance(el.tag, str) and text_of(el)),
        None,
    )
    inner = [child for child in last if isinstance(child.tag, str)] if last is not None else []
    alone = (
        last is not None
        and len(inner) == 1
        and not (last.text or "").strip()
        and not (inner[0].tail or "").strip()
    )
    small = alone and last.tag == "p" and inner[0].tag == "small"
    greyed = (
        alone
        and last.tag in ("p", "div")
        and _greyed(inner[0])
        and PHONE_NUMBER.search(text_of(last)) is not None
    )
    if small or greyed:
        remove_element(last)


def _greyed(el: _Element) -> bool:
    """`el` colours its words grey, by a `<font color>` or its style (`#888888`, `#999`,
    `gray`): words printed fainter than the text's."""
    colour = el.get("color") if el.tag == "font" else None
    style = STYLE_COLOUR.search(el.get("style") or "")
    colour = colour or (style.group(1) if style else None)
    return colour is not None and GREY.fullmatch(colour.strip()) is not None


def _drop_labelled_notes(root: _Element, page: Page) -> None:
    """Remove a box among the text's paragraphs (`<p>`s, or lines typed with `<br><br>`) that
    holds one labelled line only (its label before a colon or in brackets: `<b>【窓口情報】
    </b>`), or one titled line calling a phone (`_titled_contact`) (`<div><p>
    <strong>Đường dây nóng:</strong> bà con liên hệ …</p></div>`), or is that line itself
    (`<div><b>Sản phẩm của chúng tôi:</b> … <a>Xem chi tiết</a></div>`, typed without a
    `<p>` where the paragraphs around it have one): the site's notice (a hotline, an office's
    hours, a product), set apart from the paragraphs around it; a line whose words up to a
    colon label a link to another site (`Mua chả cá …, giao trong ngày: <a href="https://shop
    …">Đặt hàng ngay</a> – 185.000 đồng/kg`, a shop's) is labelled so too. A short box
    closing the text whose first line is the label alone, its lines under it (`<p><strong>
    Thông tin liên hệ báo chí:</strong></p><p>Phòng Truyền thông …</p><p>Điện thoại: …</p>`),
    is the site's notice under every text too (a press contact), and so is a box of a few
    lines framed by a border of its own whose first line is labelled (`<div style="border:…">
    <p><b>Đường dây nóng:</b> 0215 …</p><p>Trực từ 7:00 …</p></div>`). A table of one cell is
    such a box, a frame laid out as a table (`<table border="1"><tr><td><p><strong>Công an
    tỉnh khuyến cáo:</strong> …</p></td></tr></table>`), and so is a quotation block holding
    one labelled line (a newsletter's `<blockquote><p><strong>Mẹo nhỏ:</strong> …</p>
    </blockquote>`, a tip; a tip's label need not be bold, `<blockquote><p>Mẹo: …</p>`). A
    note labelled for the reader (`Lưu ý:`, `Chú ý:`, see `READER_NOTE`) tells of the
    article's subject: the text's, unless it is a quotation block set over the text's first
    paragraph (`<blockquote><p><strong>Ghi chú:</strong> Số liệu cập nhật đến …`)."""
    boxes = root.iter("div", "section", "table", "blockquote")
    for box in [el for el in boxes if el is not root]:
        parent = box.getparent()
        frame = _frame_of(box) if box.tag == "table" else box
        if frame is None or parent is None or not _among_paragraphs(parent):
            continue
        inner = [child for child in frame if isinstance(child.tag, str)]
        if not inner and box.tag == "table":
            continue  # a cell of words typed in it: an old page's layout, not a box
        if not any(child.tag in BLOCK_TAGS for child in inner):
            line = frame  # the line typed in the box itself
            if _ruled_hotline(box, line):
                remove_element(box)
                continue
        elif len(inner) == 1 and inner[0].tag == "p" and not (frame.text or "").strip():
            line = inner[0]
            if (line.tail or "").strip():
                continue
        elif inner[0].tag == "p" and _closes_text(box) and len(text_of(box)) <= MAX_NOTICE:
            line = inner[0]
            if len(line) != 1 or text_of(line) != text_of(line[0]):  # the label alone
                continue
        elif (
            inner[0].tag == "p"
            and (frame is not box or _framed(box))
            and len(text_of(box)) <= MAX_NOTICE
        ):
            line = inner[0]  # a framed box of lines, the first labelled: a notice set apart
        else:
            continue
        label = line[0] if len(line) else None
        if len(text_of(line)) <= MAX_NOTICE and (
            (
                label is not None
                and label.tag in ("strong", "b")
                and not (line.text or "").strip()
                and (
                    text_of(label).endswith(":")
                    or (label.tail or "").startswith(":")
                    or BRACKETED_LABEL.fullmatch(text_of(label)) is not None
                )
                and len(text_of(label)) <= MAX_BOX_TITLE
                and not READER_NOTE.match(fold(text_of(label)))
            )
            or _labels_link_off_site(line, page)
            or _titled_contact(line, label)
            or (
                box.tag == "blockquote"
                and (
                    _closing_hotline(line)
                    or TIP_LABEL.match(fold(text_of(line)))
                    or (NOTE_LABEL.match(fold(text_of(line))) and _over_text(box))
                    or _opens_with_pictograph(text_of(line))
                )
            )
        ):
            remove_element(box)


def _over_text(box: _Element) -> bool:
    """No paragraph stands before `box` among its siblings: it is set over the text."""
    return not any(
        isinstance(el.tag, str) and (el.tag == "p" or el.find(".//p") is not None)
        for el in box.itersiblings(preceding=True)
    )


def _opens_with_pictograph(text: str) -> bool:
    """`text` opens with a pictograph (`💡 Lịch nộp năm 2027 đã được thêm …`, `📌 …`): the mark
    a wiki's or a blog's callout opens with, where a quote opens with words or quote marks."""
    return bool(text) and unicodedata.category(text[0]) == "So"


def _closing_hotline(line: _Element) -> bool:
    """`line` names a number to call and closes with it (`… báo ngay cho Công đoàn, đường
    dây nóng của Sở Nội vụ: 0225 3842 111.`): advice to the reader, set apart in a quotation
    block among the paragraphs, where a quote of a person's words gives no number to call."""
    text = text_of(line)
    closing = text.rstrip(" .")
    number = PHONE_NUMBER.search(closing, max(0, len(closing) - PHONE_TAIL))
    return (
        len(text) <= MAX_NOTICE
        and number is not None
        and number.end() == len(closing)
        and CONTACT_TITLE.search(fold(text)) is not None
    )


def _ruled_hotline(box: _Element, line: _Element) -> bool:
    """`box` is one short line calling a phone, ruled off by a border of its own on a side
    (`<div style="border-left:3px solid #c00"><i>Đường dây nóng … : 0255 3822 …</i></div>`
    among a journal entry's lines): a service's notice, set apart from the text."""
    text = text_of(line)
    return (
        RULE_STYLE.search(box.get("style") or "") is not None
        and len(text) <= MAX_NOTICE
        and PHONE_NUMBER.search(text) is not None
    )


def _titled_contact(line: _Element, label: _Element | None) -> bool:
    """`line` opens with a few words in bold run into its text, or with a few words up to a
    colon, and prints a phone number (`<b>Đường dây nóng</b> tiếp nhận phản ánh: 0269 …`,
    `<strong>Thư viện sách nói</strong> mở cửa … gọi số 0292 …`, `Đường dây nóng cứu hộ: <b>0225
    …</b>`, `Đặt lịch trước: <a>trực tuyến</a> hoặc gọi 0222 …`), or with an icon (a legal
    column's `<i class="icon-info"></i> Nội dung tư vấn mang tính tham khảo … điện thoại 0270
    …`): a service's notice to call it, in a box of its own."""
    text = text_of(line)
    head, colon, _ = text.partition(":")
    titled = (
        label is not None
        and not (line.text or "").strip()
        and (
            (label.tag in ("strong", "b") and len(text_of(label)) <= MAX_BOX_TITLE)
            or _is_icon(label)
            or _font_icon(label)
        )
    ) or (
        bool(colon)
        and len(head) <= MAX_BOX_TITLE
        and not any(char.isdigit() for char in head)  # a clock's colon (`08:30`) labels nothing
        and not READER_NOTE.match(fold(head + ":"))
    )
    return titled and PHONE_NUMBER.search(text) is not None


def _font_icon(el: _Element) -> bool:
    """An empty `<i>` or `<span>` with a class (`<i class="icon-info"></i>`): an icon font's
    glyph, drawn by the stylesheet, no word."""
    return el.tag in ("i", "span") and not len(el) and not text_of(el) and bool(el.get("class"))


def _drop_italic_notes(root: _Element) -> None:
    """Remove a box classed as a note between the text's paragraphs that holds one line set
    in italics (`<div class="note-translation"><p><em>Bản tiếng Chăm đã phát lúc …, biên
    dịch: …</em></p></div>`): a note on the article, a translator's or the editors', set apart
    from the text it sits in; also right under a quiz or a poll embedded in the text (its
    participants, prize and result day, `<div class="quiz-note"><p><em>Đã có 1.247 người tham
    gia …</em></p></div>` after the embed's box, left with no words once its frame went)."""
    for box in [el for el in root.iter("div", "section") if el is not root]:
        inner = [child for child in box if isinstance(child.tag, str)]
        before, after = box.getprevious(), box.getnext()
        if (
            NOTE_BOX.search(box.get("class") or "")
            and len(inner) == 1
            and inner[0].tag == "p"
            and not (box.text or "").strip()
            and before is not None
            and (before.tag == "p" or _emptied_embed(before))
            and after is not None
            and after.tag == "p"
            and (text := text_of(inner[0]))
            and len(text) <= MAX_NOTICE
            and emphasised(inner[0], text)
            and any(el.tag in ("em", "i") for el in inner[0].iter())
        ):
            remove_element(box)


def _emptied_embed(box: _Element) -> bool:
    """`box` is a `<div>` holding no words and no picture: an embed's box whose frame and
    scripts were dropped as noise."""
    return box.tag == "div" and not text_of(box) and box.find(".//img") is None


def _drop_other_language_lines(root: _Element) -> None:
    """Remove the paragraph opening the text past a bold lead, set in italics alone in its
    paragraph (or in a box of its own), in another language than the text after it (an
    ethnic-affairs magazine's `<div><p><em>Lus luv: Xyoo 2026, …</em></p></div>`, the summary
    in Hmong between the lead and the text): a version for other readers, not text."""
    line = next((el for el in root.iter("p") if text_of(el) and not all_bold(el)), None)
    if line is None or line is root:
        return
    text = text_of(line)
    parent = line.getparent()
    box = parent if parent is not root and len(parent) == 1 else line
    after = element_after(box)
    if (
        after is not None
        and len(text) <= MAX_NOTICE
        and emphasised(line, text)
        and any(el.tag in ("em", "i") for el in line.iter())
        and _marked_share(text) < MAX_OTHER_LANGUAGE_SHARE
        and _marked_share(text_start(after, MAX_LANGUAGE_SAMPLE)) >= MIN_TEXT_LANGUAGE_SHARE
    ):
        remove_element(box)


def _drop_other_script_boxes(root: _Element) -> None:
    """Remove a short box among the text's paragraphs, a block its class sets apart, whose first
    line opens with a bold title in a script other than the text's (a Vietnamese station's
    `<div class="box-khmer"><p><strong>ព័ត៌មានភាសាខ្មែរ</strong> - Bản tin tiếng Khmer</p><p>
    Nội dung này được phát trong bản tin tiếng Khmer lúc …</p></div>`): a pointer to the
    version for readers of that language, no text."""
    for box in [el for el in root.iter("div", "section", "aside") if el is not root]:
        first = next((child for child in box if isinstance(child.tag, str)), None)
        parent = box.getparent()
        if first is None or parent is None or not box.get("class") or (box.text or "").strip():
            continue
        title = next(first.iter("strong", "b"), None)
        if (
            title is not None
            and not (first.text or "").strip()
            and _latin_share(text_of(title)) == 0.0
            and _among_paragraphs(parent)
            and short_text(box, MAX_NOTICE) is not None
            and _latin_share(text_start(parent, MAX_LANGUAGE_SAMPLE)) >= MIN_LATIN_SHARE
        ):
            remove_element(box)


def _drop_legacy_encoded_boxes(root: _Element) -> None:
    """Remove a box among the text's paragraphs (a block its class sets apart) whose text is
    in a legacy font encoding, left unconverted by an import (a visiting box in TCVN3, `Lµng
    nghÒ gèm …`, an old related list in VNI, `Tin cuøng chuyeân muïc`), in a text that reads
    as Unicode: no reader sees words there, and the text around it was converted."""
    for box in [el for el in root.iter("div", "section", "aside", "table") if el is not root]:
        parent = box.getparent()
        if parent is None or not box.get("class") or not _among_paragraphs(parent):
            continue
        if legacy_encoding(text_of(box)) and not legacy_encoding(
            text_start(root, MAX_LANGUAGE_SAMPLE)
        ):
            remove_element(box)


def _latin_share(text: str) -> float:
    """The share of the letters of `text` in the Latin script (Vietnamese's included); all of
    them where it has none, which says no other script."""
    letters = [char for char in text if char.isalpha()]
    latin = sum(1 for char in letters if ord(char) < 0x250 or 0x1E00 <= ord(char) <= 0x1EFF)
    return latin / len(letters) if letters else 1.0


def _marked_share(text: str) -> float:
    """The share of the words of `text` holding a letter outside ASCII (`Bắc`, `được`)."""
    words = [word for word in text.split() if any(char.isalpha() for char in word)]
    marked = sum(1 for word in words if any(char.isalpha() and not char.isascii() for char in word))
    return marked / len(words) if words else 0.0


def _framed(box: _Element) -> bool:
    """`box` draws a border around itself by its own style (`style="border:1px solid #c00"`),
    or shades itself in a colour of its own (`background:#eaf3fb`, not white)."""
    style = box.get("style") or ""
    return FRAME_STYLE.search(style) is not None or SHADE_STYLE.search(style) is not None


def _drop_titled_boxes(root: _Element) -> None:
    """Remove a short box among the text's paragraphs that opens with a title line the
    template classes as one (`<div><p class="label">HỎI – ĐÁP NHANH</p><p>…</p></div>`, a
    quick Q&A, a fact box), also a quotation an editor styles as such a box (`<blockquote
    class="tu-lieu"><p><strong>Tư liệu</strong></p><p>…</p></blockquote>`): set apart from the
    text under a title of its own. A heading (`<h2>`) over a part of the text is the text's,
    and a titled box with a picture is a figure."""
    for box in [el for el in root.iter("div", "section", "blockquote") if el is not root]:
        first = next((child for child in box if isinstance(child.tag, str)), None)
        if first is None or not (
            TITLE_CLASS.search(first.get("class") or "")
            or _bold_titled_note(box, first)
            or _contact_box(box, first)
            or _quick_qa_box(box, first)
        ):
            continue  # (most boxes: their first block has no class)
        parent = box.getparent()
        if (
            parent is None
            or not _among_paragraphs(parent)
            or first.tag in HEADING_TAGS
            or (box.text or "").strip()
            or not short_text(first, MAX_BOX_TITLE)
            or box.find(".//img") is not None
            or short_text(box, MAX_NOTICE) is None
        ):
            continue
        remove_element(box)


def _drop_framed_notes(root: _Element) -> None:
    """Remove a short framed box among the text's paragraphs, a block drawing a border of its
    own or a table of one cell, that opens with a title in bold alone on its line over plain
    lines (`<div style="border:1px solid …"><p><b>Số điện thoại báo cháy</b></p><p>Trực ban:
    0262 …</p></div>`, `<table><tr><td><b>Lịch tuần tới</b><br>08/12, 7:30 - …</td></tr>
    </table>`): a notice, a fact box or a schedule set apart from the text under a title of its
    own, where the text's own parts run on in paragraphs beside their headings."""
    for box in [el for el in root.iter("div", "table") if el is not root]:
        frame = _frame_of(box)
        parent = box.getparent()
        if (
            frame is None
            or parent is None
            or not _among_paragraphs(parent)
            or box.find(".//img") is not None
            or short_text(box, MAX_NOTICE) is None
        ):
            continue
        if _opens_with_bold_title(frame):
            remove_element(box)


def _drop_framed_closing_offer(root: _Element) -> None:
    """Remove a short paragraph closing the text that frames or shades itself by its own style
    and gives a number to call (`<p style="border:1px solid …;background:#f2f8f0">Khách đặt tour
    … được giảm 10%, gọi 0275 …</p>`): the site's offer or notice set apart under the text,
    where the text's own paragraphs are drawn alike."""
    for p in [el for el in root.iter("p") if el is not root]:
        text = text_of(p)
        if (
            _framed(p)
            and _closes_text(p)
            and len(text) <= MAX_NOTICE
            and PHONE_NUMBER.search(text) is not None
            and _attached(p, root)
        ):
            remove_element(p)


def _frame_of(box: _Element) -> _Element | None:
    """What `box` frames: itself when it draws a border by its own style or fills a cell that
    does, the cell of a table of one row and one cell (a frame laid out as a table; an
    e-mail's box may add a row with its button under it), else None."""
    if box.tag == "div":
        cell = box.getparent()
        # … or the cell it alone fills shades or frames it (an e-mail's shaded row)
        alone = cell is not None and cell.tag in CELL_TAGS and len(cell) == 1
        return box if _framed(box) or (alone and _framed(cell)) else None
    rows = box.xpath("./tr | ./tbody/tr")
    if len(rows) == 2 and _button_row(rows[1]):
        rows = rows[:1]
    cells = [cell for cell in rows[0] if isinstance(cell.tag, str)] if len(rows) == 1 else []
    return cells[0] if len(cells) == 1 and cells[0].tag in CELL_TAGS else None


def _button_row(row: _Element) -> bool:
    """`row` prints one link and nothing else: a box's button (`Đăng ký thi đai`)."""
    links = list(row.iter("a"))
    return len(links) == 1 and bool(text_of(row)) and text_of(links[0]) == text_of(row)


def _opens_with_bold_title(frame: _Element) -> bool:
    """`frame` opens with a short title in bold alone on its line, a paragraph or a run closed
    by a `<br>`, over plain lines (no colon after the title: a labelled line is one note)."""
    inner = [child for child in frame if isinstance(child.tag, str)]
    if len(inner) < 2 or (frame.text or "").strip():
        return False
    first, second = inner[0], inner[1]
    title = short_text(first, MAX_BOX_TITLE)
    if not title or title.endswith(":"):
        return False
    if first.tag == "p":
        bold = all_bold(first) or _bold_span_whole(first)
        return bold and second.tag == "p" and not all_bold(second)
    return (
        first.tag in ("strong", "b")
        and not (first.tail or "").strip()
        and second.tag == "br"
        and bool((second.tail or "").strip())
    )


def _drop_inset_boxes(root: _Element) -> None:
    """Remove a short block set inside the text, the text before it and its paragraphs after
    it, that opens with a title line of its own (a minor heading, a line in capitals) over
    lines of its own (`<p>…</p><div><h5>Lịch thi đấu tiếp theo</h5><p>12/12: …</p></div>
    <p>…</p>`, a rate, a hotline, the next fixtures): a box set apart, whatever its class. A
    part of the text wrapped under its `<h2>` or `<h3>` is the text's."""
    for box in [el for el in root.iter("div", "section") if el is not root]:
        children = [child for child in box if isinstance(child.tag, str)]
        parent = box.getparent()
        if (
            len(children) < 2
            or parent is None
            or (box.text or "").strip()
            or not _titles_box(children[0])
            or box.find(".//img") is not None
            or short_text(box, MAX_NOTICE) is None
            or not _among_paragraphs(parent)
            or not any(text_of(el) for el in box.itersiblings(preceding=True))
            or _closes_text(box)
        ):
            continue
        remove_element(box)


def _titles_box(line: _Element) -> bool:
    """`line` is a short title: a minor heading (`<h4>` to `<h6>`: a part of the text is headed
    `<h2>` or `<h3>`) or a line in capitals. A line in bold over the text's own steps heads
    them, and a label closed by its colon (`Thông tin liên hệ:`) opens the text's own list. A
    minor heading may run to twice a title's length (`Hướng dẫn đặt lịch khám chuyên khoa
    Ngoại lồng ngực`): its tag says it titles the box."""
    heading = line.tag in BOX_HEADINGS
    text = short_text(line, MAX_BOX_TITLE * 2 if heading else MAX_BOX_TITLE)
    return bool(text) and not text.endswith(":") and (heading or (text.isupper() and " " in text))


def _bold_titled_note(box: _Element, first: _Element) -> bool:
    """`box`, a block its class sets apart, holds a paragraph in bold and one plain paragraph
    under it, nothing else (`<div class="ghi-chu"><p><b>Đồng hành cùng các em</b></p><p>Quý
    ân nhân … liên hệ …</p></div>`), or a run in bold closed by a `<br>` over plain lines, no
    block inside (`<div class="box-dang-ky"><strong>Đăng ký tham gia …</strong><br>Các cơ sở
    gửi danh sách trước ngày …</div>`): a note under a title of its own, where a part of the
    text under a bold heading runs on in paragraphs beside it, not in a block of two."""
    children = [child for child in box if isinstance(child.tag, str)]
    if not box.get("class"):
        return False
    if first.tag in ("strong", "b"):
        return not any(child.tag in BLOCK_TAGS for child in children) and _opens_with_bold_title(
            box
        )
    return (
        len(children) == 2
        and all(child.tag == "p" for child in children)
        and all_bold(first)
        and not all_bold(children[1])
    )


def _contact_box(box: _Element, first: _Element) -> bool:
    """`box`, a block its class sets apart, opens with a paragraph in bold naming phone lines
    or a hotline (`Số điện thoại khẩn cấp`, `Đường dây nóng`, `Liên hệ`) over plain paragraphs,
    nothing else: the numbers to call, set apart from the text under a title of their own."""
    children = [child for child in box if isinstance(child.tag, str)]
    return (
        bool(box.get("class"))
        and len(children) >= 2
        and all(child.tag == "p" for child in children)
        and all_bold(first)
        and CONTACT_TITLE.match(fold(text_of(first))) is not None
        and not any(all_bold(child) for child in children[1:])
    )


def _quick_qa_box(box: _Element, first: _Element) -> bool:
    """`box`, a block its class sets apart, opens with a paragraph in bold over plain
    paragraphs that each open with a question's or an answer's label, a question and its
    answer at least, nothing else (`<blockquote class="hoidap"><p><strong>Hỏi - đáp nhanh
    </strong></p><p>Hỏi: …?</p><p>Đáp: …</p></blockquote>`): a quick Q&A set apart under a
    title of its own, where a reader's question the text answers runs on in its paragraphs
    without a title over it."""
    children = [child for child in box if isinstance(child.tag, str)]
    if (
        not box.get("class")
        or len(children) < 3
        or any(child.tag != "p" for child in children)
        or not all_bold(first)
        or any(all_bold(child) for child in children[1:])
    ):
        return False
    labels = [QA_LABEL.match(fold(text_of(child))) for child in children[1:]]
    return all(labels) and {label.lastgroup for label in labels if label} == {"question", "answer"}


def _among_paragraphs(parent: _Element) -> bool:
    """`parent` holds the text's paragraphs: two `<p>`s or more, or text typed with `<br><br>`;
    or it is the one cell of a row among the rows of the text's paragraphs (an e-mail's
    template sets each block in a row of its own, MJML's `<tr><td><div>…</div></td></tr>`)."""
    if sum(child.tag == "p" for child in parent) >= 2 or double_br(parent):
        return True
    row = parent.getparent() if parent.tag == "td" else None
    rows = row.getparent() if row is not None and len(row) == 1 else None
    return rows is not None and sum(len(text_of(r)) >= MIN_ROW_PARAGRAPH for r in rows) >= 2


def _drop_fact_boxes(root: _Element) -> None:
    """Remove a box among the text's paragraphs that holds a title and one list of `Label:
    value` lines, nothing else (`<div><h4>Thông số nhanh</h4><ul><li>Màn hình: 6,7 inch</li>
    …</ul></div>`, a spec or fact sheet), or a box of figures (`_figures_box`): set apart from
    the text, which tells it in sentences. A list of the text stands under the text's heading,
    not in a box of its own with it."""
    for items in [el for el in root.iter("ul", "ol") if el is not root]:
        box = items.getparent()
        if box is None or box is root or box.tag not in ("div", "section", "aside"):
            continue
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) != 2 or children[1] is not items or (box.text or "").strip():
            continue
        title, box = children[0], _wrapped(box, root)  # a card's body in the card
        parent = box.getparent()
        if not (title.tag in HEADING_TAGS or all_bold(title)) or (title.tail or "").strip():
            continue
        lines = [text_of(item) for item in items if isinstance(item.tag, str)]
        if (
            len(lines) < 2
            or not all(len(line) <= MAX_FACT_LINE and FACT_LINE.match(line) for line in lines)
            or not short_text(title, MAX_BOX_TITLE)
            or parent is None
            or sum(child.tag == "p" for child in parent) < 2
        ):
            continue
        remove_element(box)
    for box in [el for el in root.iter("div", "section", "aside", "td") if el is not root]:
        if _attached(box, root) and (_fact_lines_box(box) or _figures_box(box)):
            box = _one_cell_table(box) if box.tag == "td" else _wrapped(box, root)
            parent = box.getparent() if box is not None else None
            if parent is not None and sum(child.tag == "p" for child in parent) >= 2:
                remove_element(box)


def _drop_stat_blocks(root: _Element) -> None:
    """Remove a stat block among the text's blocks: a figure alone in big type over a short
    label closing no sentence, nothing else (`<div class="stat"><span>320.000 ha</span>
    <span>diện tích cà phê toàn tỉnh</span></div>`, a builder's `<p>14</p><p>lớp truyền dạy
    năm 2026</p>`): the number the text tells in a sentence, set large for the eye."""
    for box in [el for el in root.iter("div", "section") if el is not root]:
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) != 2 or (box.text or "").strip() or not _attached(box, root):
            continue
        figure, label = (text_of(child) for child in children)
        if (
            STAT_FIGURE.fullmatch(figure)
            and 0 < len(label) <= MAX_BOX_TITLE
            and not SENTENCE_END.search(label)
            and not any((child.tail or "").strip() for child in children)
        ):
            remove_element(box)


def _fact_lines_box(box: _Element) -> bool:
    """`box` holds a title and `Label: value` paragraphs closing no sentence, nothing else
    (`<p><b>Bạn có biết?</b></p><p>Diện tích: 40 ha</p><p>- Số hộ: 160</p>`): a fact box typed
    line by line, dashed or not; steps of the text close their sentences (`Bước 1: Làm đất
    kỹ.`)."""
    children = [child for child in box if isinstance(child.tag, str)]
    if (
        len(children) < 3
        or any(child.tag != "p" for child in children[1:])
        or (box.text or "").strip()
        or any((child.tail or "").strip() for child in children)
    ):
        return False
    title = children[0]
    lines = (DASHED_ITEM.sub("", short_text(child, MAX_FACT_LINE) or "") for child in children[1:])
    return (
        (title.tag in HEADING_TAGS or title.tag == "p")
        and bool(short_text(title, MAX_BOX_TITLE))
        and all(FACT_LINE.match(line) and not SENTENCE_END.search(line) for line in lines)
        and (title.tag in HEADING_TAGS or all_bold(title))
    )


def _figures_box(box: _Element) -> bool:
    """`box`, set apart by its own frame, shade or class (`<div class="stat-box"
    style="background:#eef4f8">`), holds two paragraphs or more, nothing else, each a figure
    and the few words of what it counts, closing no sentence (`<p>146 lượt tàu</p><p>2,4 triệu
    tấn hàng hóa</p>`): the text's figures shown again in large type, where the text tells
    them in its sentences."""
    children = [child for child in box if isinstance(child.tag, str)]
    if (
        len(children) < 2
        or (box.text or "").strip()
        or any(child.tag != "p" or (child.tail or "").strip() for child in children)
        or not (_framed(box) or BOX_CLASS.search(box.get("class") or ""))
    ):
        return False
    lines = (short_text(child, MAX_FIGURE_LINE) or "" for child in children)
    return all(FIGURE_LINE.match(line) and not SENTENCE_END.search(line) for line in lines)


def _one_cell_table(cell: _Element) -> _Element | None:
    """The table `cell` is the only cell of (a box drawn as a table), or None."""
    table = next(cell.iterancestors("table"), None)
    if table is None or sum(1 for _ in table.iter("td", "th")) != 1:
        return None
    return table


def _wrapped(box: _Element, root: _Element) -> _Element:
    """The outermost block around `box` that holds nothing else (Bootstrap's `<div
    class="card"><div class="card-body">…`): what stands among the text's paragraphs."""
    while (
        (parent := box.getparent()) is not None
        and parent is not root
        and parent.tag in ("div", "section", "aside")
        and not (parent.text or "").strip()
        and not (box.tail or "").strip()
        and [child for child in parent if isinstance(child.tag, str)] == [box]
    ):
        box = parent
    return box


def _labels_link_off_site(line: _Element, page: Page) -> bool:
    """`line`'s words up to a colon are followed by a link to another site: `… giao trong
    ngày: <a href="https://shop.example.vn/…">Đặt hàng ngay</a>`."""
    link = line.find("a")
    labelled = link is not None and (line.text or "").rstrip().endswith(":")
    return labelled and page.leads_off_site(link.get("href"))


def _drop_closing_list_boxes(root: _Element) -> None:
    """Remove a box closing the text, framed or shaded by its own style, that opens with a
    heading of its own over a list (a newsletter's `<div style="background:#f4f8f1"><h3>Tin
    vắn trong tuần</h3><ul>…</ul></div>` after the signature): other items set apart from the
    text, no part of it. A list in the text is not framed under a title of its own."""
    for box in [el for el in root.iter("div", "section") if el is not root]:
        first = next((child for child in box if isinstance(child.tag, str)), None)
        if (
            first is not None
            and first.tag in HEADING_TAGS
            and _framed(box)
            and _closes_text(box)
            and box.find("ul") is not None
            and _attached(box, root)
        ):
            remove_element(box)


def _closes_text(box: _Element) -> bool:
    """No paragraph of the text follows `box` among its siblings."""
    return not any(el.tag == "p" and text_of(el) for el in box.itersiblings())


def _drop_key_points(root: _Element) -> None:
    """Remove a list of the article's key points under its title (`<p><strong>Đọc
    nhanh</strong></p><ul>…</ul>`), and the title."""
    titles = [
        el
        for el in root.iter("h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "b", "span", "dt")
        if el is not root
        and len(el) <= 1
        and (text := short_text(el, MAX_BOX_TITLE))
        and KEY_POINTS_TITLE.match(fold(text))
    ]
    for title in titles:
        if not _attached(title, root):
            continue
        box = title  # up from `<strong>` to the `<p>` that holds nothing else
        while (
            box.getnext() is None
            and (parent := box.getparent()) is not None
            and parent is not root
            and text_of(parent) == text_of(box)
        ):
            box = parent
        points = box.getnext()
        if points is not None and points.tag in ("ul", "ol") and not (box.tail or "").strip():
            remove_element(points)
            remove_element(box)
        elif _titles_short_box(box, root):
            remove_element(box.getparent())


def _drop_gallery_titles(root: _Element) -> None:
    """Remove the short line opening a box of pictures only (`<div><p>Phóng sự ảnh</p><figure>
    …</figure><figure>…</figure></div>`): the gallery's title, as its captions are no text."""
    for box in list(root.iter("div", "aside")):
        children = [child for child in box if isinstance(child.tag, str)]
        if box is root or len(children) < 1 + MIN_GALLERY or (box.text or "").strip():
            continue
        title, pictures = children[0], children[1:]
        if (
            title.tag in ("p", "div", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b")
            and title.find(".//img") is None
            and (text := short_text(title, MAX_BOX_TITLE))
            and not SENTENCE_END.search(text)
            and all(el.tag == "figure" or el.find(".//img") is not None for el in pictures)
        ):
            remove_element(title)


def _titles_short_box(title: _Element, root: _Element) -> bool:
    """`title` opens a short box of its own inside the text (`<div><p><b>Tóm tắt
    nhanh</b></p><p>…</p></div>`): the key points told in a line or two, not in a list."""
    box = title.getparent()
    return (
        box is not None
        and box is not root
        and box.tag in CARD_TAGS
        and not (box.text or "").strip()
        and next((child for child in box if isinstance(child.tag, str)), None) is title
        and short_text(box, MAX_NOTICE) is not None
    )


def _drop_pull_quotes(root: _Element) -> None:
    """Remove pull quotes: a quote set apart in the text (`<blockquote>`, or a `<div>` of its
    own holding only words in quotation marks), with the name under it, whose words the text
    prints again, its closing full stop or not (`“… mừng lắm.”` set apart from `“… mừng lắm”,
    ông nói`), in any case (a clause lifted from mid-sentence opens with a capital: `“Chi phí
    …”` from `…, cho biết chi phí …`). The reader meets them once, in their paragraph."""
    quotes = _set_apart_quotes(root)
    if not quotes:
        return
    rest = copy.deepcopy(root)
    for el in _set_apart_quotes(rest):
        remove_element(el)
    text = _unquoted(text_of(rest)).casefold()
    for quote in quotes:
        said = max((_unquoted(text_of(p)) for p in quote.iter("p")), key=len, default="")
        said = (said or _unquoted(text_of(quote))).rstrip(".!?… ").casefold()
        if (len(said) >= MIN_PULL_QUOTE or _classed_pull_quote(quote)) and said and said in text:
            remove_element(quote)
    _drop_opening_quote(root)


def _classed_pull_quote(el: _Element) -> bool:
    """`el`'s class names it a pull quote (`pull-quote`, `pullquote`): the template says what
    it is, so a short line the text says again (`“Quen rồi cũng thấy vui.”`) is one too."""
    return PULL_QUOTE_CLASS.search(el.get("class") or "") is not None


def _set_apart_quotes(root: _Element) -> list[_Element]:
    """The blockquotes in `root`, and the `<div>`s holding no block and the centred paragraphs
    holding words wholly in quotation marks."""
    return [
        el
        for el in root.iter("blockquote", "div")
        if el is not root
        and (
            el.tag == "blockquote"
            or (
                next(el.iterdescendants(*BOX_LINES), None) is None
                and _quotation(short_text(el, MAX_PULL_QUOTE) or "")
            )
        )
    ] + [
        el
        for el in root.iter("p")
        if _aligned_centre(el) and _quotation(short_text(el, MAX_PULL_QUOTE) or "")
    ]


def _drop_opening_quote(root: _Element) -> None:
    """Remove a quote displayed over the text with its speaker's name under it, before the
    first paragraph (`<blockquote>“…”</blockquote><p class="who">Jane Roe, mayor</p>`): it
    shows one line of the article; the text opens with its first paragraph. A quote between
    paragraphs is a passage the text quotes, credited or not."""
    opening = next((el for el in root.iter("p", "blockquote", "li", "table") if text_of(el)), None)
    if opening is None:
        return
    quote = (
        opening if opening.tag == "blockquote" else next(opening.iterancestors("blockquote"), None)
    )
    if quote is None or quote is root or not _attached(quote, root):
        return
    if len(text_of(quote)) > MAX_DISPLAYED_QUOTE:  # a forum's post, typed in a blockquote
        return
    lines = [el for el in quote if isinstance(el.tag, str) and text_of(el)]
    if len(lines) >= 2 and _speaker(lines[-1]):
        remove_element(quote)
        return
    speaker = quote.getnext()
    if speaker is not None and not (quote.tail or "").strip() and _speaker(speaker):
        remove_element(speaker)
        remove_element(quote)


def _speaker(el: _Element) -> bool:
    """A short line that closes no sentence: a name and a title."""
    text = text_of(el)
    return 0 < len(text) <= MAX_SPEAKER and not SENTENCE_END.search(text)


def _unquoted(text: str) -> str:
    return " ".join(QUOTE_MARKS.sub("", text).split())


def _drop_teaser_lists(root: _Element) -> None:
    """Remove lists of other articles inside the text, and the heading over one (`More on this`,
    `Exclusive background`: a title that names no box word): lists whose every item is, or ends
    in, a link that holds a good part of it (`<strong>Kicker: </strong><a>Title</a>`)."""
    for items in [el for el in root.iter("ul", "ol") if el is not root]:
        if not _teasers(items):
            continue
        title = items.getprevious()
        if (
            title is not None
            and not (title.tail or "").strip()
            and (title.tag in HEADING_TAGS or all_bold(title))
            and len(text_of(title)) <= MAX_BOX_TITLE * 2
        ):
            remove_element(title)
        remove_element(items)


def _drop_source_lists(root: _Element) -> None:
    """Remove the lists closing the text that name its sources, most items a site's host
    and the title read there (`foxnews.com: Tanker evades …`, `Eigene Recherchen`), with their
    title (`Verwendete Quellen`): a reference list, the newsroom's, not the article's prose."""
    for items in [el for el in root.iter("ul", "ol") if el is not root]:
        if items.getparent() is None or not _closes_text(items):
            continue
        lists = [items, *(el for el in items.itersiblings() if el.tag in ("ul", "ol"))]
        entries = [text_of(li) for el in lists for li in el.iterchildren("li")]
        sources = sum(bool(SOURCE_ITEM.match(text)) for text in entries)
        if sources < MIN_SOURCES or sources * 2 < len(entries):
            continue
        title = items.getprevious()
        if title is not None and SOURCES_TITLE.match(fold(text_start(title, MAX_BOX_TITLE))):
            remove_element(title)
        for el in lists:
            remove_element(el)
        return


def _drop_card_boxes(root: _Element, page: Page) -> None:
    """Remove a box of cards inside the text, under its title if it has one (`<div><h4>Tin
    đăng nổi bật</h4><div><img><a>Bán lô đất …</a><span>4,1 tỷ</span></div>…</div>`): two or
    more blocks each holding a picture beside a link to another page that says most of the
    block's words (listings, products, other articles), the cards of other pages."""
    boxes: dict[_Element, None] = {}
    for img in root.iter("img"):
        card = img.getparent()
        if card is not None and card.tag in ("a", "picture"):
            card = card.getparent()
        box = card.getparent() if card is not None else None
        if (
            box is not None
            and box is not root
            and box.tag in ("div", "section", "aside", "ol", "ul")
        ):
            boxes[box] = None
    for box in boxes:
        blocks = [child for child in box if isinstance(child.tag, str)]
        if blocks and (blocks[0].tag in HEADING_TAGS or all_bold(blocks[0])):
            blocks = blocks[1:]
        if len(blocks) >= MIN_TEASERS and all(_card(block, page) for block in blocks):
            remove_element(_under_title(box, root))


def _drop_product_cards(root: _Element, page: Page) -> None:
    """Remove a product's card standing alone among the text's paragraphs: a box holding a
    picture linked to another page and a price, its short words closing no sentence (a shop
    blog's `<div><a href="/products/…"><img></a><a href="/products/…">Mật ong rừng 500g</a>
    <span>185.000₫</span><button>Thêm vào giỏ</button></div>`): the shop's offer, no line of
    the text, as a box of two cards or more is (`_drop_card_boxes`)."""
    for box in list(root.iter(*CARD_TAGS)):
        if box is root or box.getparent() is None:
            continue
        text = short_text(box, MAX_LOOSE_LINE)
        links = [a for a in box.iter("a") if _to_other_page(a, page)]
        if (
            text
            and PRICE.search(text)
            and not SENTENCE_END.search(text)
            and any(a.find(".//img") is not None for a in links)
        ):
            remove_element(box)


def _under_title(box: _Element, root: _Element) -> _Element:
    """The block around `box` when it holds only a short title over it (`<div><div
    class="block-title"><strong>Sản phẩm trong bài</strong></div><ol>…</ol></div>`): the box's
    title goes with it."""
    parent = box.getparent()
    title = box.getprevious()
    if parent is None or parent is root or title is None or not isinstance(title.tag, str):
        return box
    others = [child for child in parent if isinstance(child.tag, str) and child is not box]
    if others == [title] and (title.tag in HEADING_TAGS or all_bold(title)):
        return parent if len(text_of(title)) <= MAX_BOX_TITLE else box
    return box


def _drop_embedded_cards(root: _Element, page: Page) -> None:
    """Remove one card of another article embedded between the text's paragraphs: a link to
    another page laid out around blocks (`<a href="/tin/…"><img><div><h3>Title</h3><p>…</p>
    </div></a>`), or a quote box, or a box holding just the two, that opens with such a link
    as its title line over a short teaser (`<blockquote><a href="/tin/…"><strong>Title
    </strong></a><p>…</p></blockquote>`).
    The text's own links sit inside its sentences."""
    for link in BLOCK_LINKS(root):
        if _to_other_page(link, page) and _attached(link, root):
            box = link
            while (
                (parent := box.getparent()) is not None
                and parent is not root
                and (text_of(parent) == text_of(box))
            ):
                box = parent
            remove_element(box)
    cards: list[_Element] = []
    for quote in [el for el in root.iter("blockquote", *CARD_TAGS) if el is not root]:
        lines = [el for el in quote if isinstance(el.tag, str) and text_of(el)]
        first = lines[0] if lines else None
        title = first if first is None or first.tag == "a" else first.find("a")
        if (
            title is not None
            and not (quote.text or "").strip()
            and text_of(title) == text_of(first)
            and (quote.tag == "blockquote" or _teaser_card(lines))
            and _to_other_page(title, page)
            and short_text(quote, MAX_SIGN_UP_BOX) is not None
            and _attached(quote, root)
        ):
            cards.append(quote)
    # The parents held while they are counted: lxml makes a new proxy of an element nothing
    # holds, whose `id` another may take (a card was kept or dropped by the pages read before).
    parents = [card.getparent() for card in cards]
    boxes_per_parent = Counter(
        p for p, card in zip(parents, cards, strict=True) if card.tag != "blockquote"
    )
    for card, parent in zip(cards, parents, strict=True):
        # Boxes side by side are a page of teasers (a listing), not a card inside a text.
        if card.tag == "blockquote" or boxes_per_parent[parent] == 1:
            remove_element(card)


def _teaser_card(lines: list[_Element]) -> bool:
    """A box's lines are a title on a line of its own and one teaser block under it, and maybe
    the other article's date under that: a card of another article (`<div><a><img></a><a>Title
    </a><p>Teaser…</p><span>04/12/2025</span></div>`), where a sentence opening with a link
    goes on after it."""
    if len(lines) == 3 and only_a_date(text_of(lines[2])):
        lines = lines[:2]
    return len(lines) == 2 and not (lines[0].tail or "").strip() and lines[1].tag in ("p", "div")


def _to_other_page(link: _Element, page: Page) -> bool:
    """A link to another page (no anchor, script or picture file; not below the article's own
    address)."""
    href = (link.get("href") or "").strip()
    return (
        bool(href)
        and not href.startswith(("#", "javascript:"))
        and not to_picture_file(link)
        and not _under_page(page.absolute(href), page)
    )


def _card(block: _Element, page: Page) -> bool:
    """A block holding a picture and a link to another page whose words are most of the
    block's (a name or a title, with a price or a date beside it), or a picture linked to
    another page beside a price (a shop's product card, its name not linked)."""
    text = short_text(block, MAX_LOOSE_LINE)
    if not text or block.find(".//img") is None:
        return False
    links = [a for a in block.iter("a") if _to_other_page(a, page)]
    if bool(links) and 2 * sum(len(text_of(a)) for a in links) >= len(text):
        return True
    return any(a.find(".//img") is not None for a in links) and bool(PRICE.search(text))


def _teasers(items: _Element) -> bool:
    entries = [li for li in items if li.tag == "li"]
    if len(entries) < MIN_TEASERS or len(entries) != len(items):
        return False
    for li in entries:
        text = text_of(li)
        links = [text_of(a) for a in li.iter("a")]
        if not links or not links[-1] or len(text) > MAX_LOOSE_LINE:
            return False
        if not _ends_in(text, links[-1]) or sum(map(len, links)) * 3 < len(text):
            return False
    return True


def _ends_in(text: str, link: str) -> bool:
    """`text` ends with the link's words, or with them and the last letters of a word the link
    cut short (`<a>… wohl US-Blockad</a>e`: an editor's selection missed a letter)."""
    at = text.rfind(link)
    return at >= 0 and bool(WORD_END.fullmatch(text[at + len(link) :]))


def emphasised(el: _Element, text: str) -> bool:
    """All of `el`'s text is set in bold or italics: inside `<strong>`/`<b>` or `<em>`/`<i>`,
    or by the style or a utility class of `el` itself (`font-weight:bold`, `italic`)."""
    style, names = el.get("style") or "", el.get("class") or ""
    if BOLD_STYLE.search(style) or ITALIC_STYLE.search(style):
        return True
    if BOLD_CLASS.search(names) or ITALIC_CLASS.search(names):
        return True
    marked = sum(len(text_of(e)) for e in el.iter("strong", "b", "em", "i"))
    return marked >= len(text) - 2


def bold_itself(el: _Element) -> bool:
    """The line's own element is bold by its style or a utility class (`<p class="fw-bold">`,
    `<p style="font-weight:bold">`): all its text is, as inside a `<strong>`, for a bold lead
    or signature; but no section heading, as a line in `<strong>` is: a template styles a short
    label bold for looks (a red `Cập nhật`), where a writer types a heading in `<strong>`."""
    return bool(
        BOLD_CLASS.search(el.get("class") or "")
        or BOLD_STYLE.search(el.get("style") or "")
        or _bold_span_whole(el)
    )


def _bold_span_whole(el: _Element) -> bool:
    """The line's whole text is one span made bold by its style (an e-mail editor's `<p
    style="margin: 0;"><span style="…; font-weight: bold;">…</span></p>`): as bold as a
    `<strong>` around it."""
    return _styled_span_whole(el, BOLD_STYLE)


def _styled_span_whole(el: _Element, style: re.Pattern[str]) -> bool:
    """The line's whole text is one span whose style sets it so (bold, or italic as Blogger's
    editor types it: `<div><span style="font-style: italic;">…</span></div>`): as an `<em>`
    or a `<strong>` around it would."""
    inner = [child for child in el if isinstance(child.tag, str)]
    return (
        len(inner) == 1
        and inner[0].tag == "span"
        and not (el.text or "").strip()
        and not (inner[0].tail or "").strip()
        and style.search(inner[0].get("style") or "") is not None
    )


def all_bold(el: _Element) -> bool:
    """All the element's text is bold (a lead, a question, a heading typed as a paragraph)."""
    text = text_of(el)
    return bool(text) and sum(len(text_of(b)) for b in el.iter("strong", "b")) >= len(text) - 2


def drop_polls(root: _Element) -> None:
    """Remove reader polls (`Bạn đánh giá thế nào…?` over radio buttons): the smallest element
    around two or more choices, and what around it is short enough to be its question and
    result link."""
    for choice in list(root.iter("input")):
        if (choice.get("type") or "").lower() not in ("radio", "checkbox"):
            continue
        if not _attached(choice, root):
            continue
        box = next((b for b in choice.iterancestors() if b is root or _choices(b) >= 2), root)
        if box is root or (text := short_text(box, MAX_POLL_TEXT)) is None:
            continue
        while (parent := box.getparent()) is not None and parent is not root:
            around = short_text(parent, min(MAX_POLL_TEXT, len(text) + MAX_POLL_QUESTION))
            if around is None:
                break
            box, text = parent, around  # the question over the choices, the result link under
        remove_element(box)


def _choices(el: _Element) -> int:
    return sum((i.get("type") or "").lower() in ("radio", "checkbox") for i in el.iter("input"))


def _show_painted_pictures(root: _Element, page: Page) -> None:
    """Put an `<img>` in an empty block the page's stylesheet paints a picture behind by its
    id (a page builder's picture element, no `<img>` in it): the reader sees a picture there,
    and the line under it is its caption, not text. The stylesheets are looked up only for
    such a block: most blocks with an id hold text. A block of a `<figure>` painting one by
    its own `style` is such a picture too (`_painted_in_figure`)."""
    for el in root.iter("div", "section", "figure", "span"):
        if short_text(el, 0) != "" or el.find(".//img") is not None:
            continue
        url = page.painted(el.get("id")) if el.get("id") else _painted_in_figure(el)
        if url:
            el.append(el.makeelement("img", {"src": url}))


def _painted_in_figure(el: _Element) -> str | None:
    """The picture an empty block of a `<figure>` paints by its own `style` (`<figure><div
    style="background-image:url(…)"></div><figcaption>…`): the figure's picture."""
    found = BACKGROUND_URL.search(el.get("style") or "")
    if found is None or el.tag == "figure" or next(el.iterancestors("figure"), None) is None:
        return None
    url = found.group("url").strip()
    return url if url and not url.startswith("data:") else None


def _video_player(el: _Element) -> bool:
    """A video player: a `<video>`, a video host's `<iframe>`, or a `<div>` a script draws one
    in from the stream its `data-src` names (`<div class="live-video" data-src="….m3u8"><p>
    Trình duyệt của bạn không hỗ trợ phát video.</p></div>`, the words for a browser that
    cannot play it)."""
    if el.tag == "div":
        return STREAM_FILE.search(el.get("data-src") or "") is not None
    return el.tag == "video" or bool(VIDEO_SOURCE.search(el.get("src") or el.get("data-src") or ""))


def _mark_media(el: _Element) -> None:
    """Put an empty stand-in where a video player is, so the reader knows a caption may
    follow; the player's own text (fallback messages) is no body."""
    tail = el.tail
    el.clear()
    el.tag = "figure"
    el.set(MEDIA, "")
    el.tail = tail


def _drop_player_title(player: _Element, root: _Element) -> None:
    """Remove the short lines in a player's own box (`<div class="video-player"><video>
    <p class="video-title">Clip: …</p><span>03:42</span></div>`, `<audio>` over `Nghe lại bản
    tin (12 phút)`, a page builder's `<pb-block>` with the air and rerun times): the recording's
    title and its length or views, no more body than its caption."""
    box = player.getparent()
    if (
        box is None
        or box is root
        or not (box.tag in ("div", "figure", "section") or "-" in box.tag)
    ):
        return
    others = [child for child in box if child is not player and isinstance(child.tag, str)]
    if (
        0 < len(others) <= MAX_PLAYER_LINES
        and not (box.text or "").strip()
        and not (player.tail or "").strip()
        and not any((other.tail or "").strip() for other in others)
        and 0 < sum(len(text_of(other)) for other in others) <= MAX_LOOSE_LINE
        and all(other.find(".//img") is None for other in others)
    ):
        for other in others:
            remove_element(other)


def _drop_player_line(player: _Element) -> None:
    """Remove the line right under a player's box that links to the recording on its host
    (`<a href="https://www.youtube.com/watch?v=…">Title</a> · Kênh … · 12.480 lượt xem`): its
    title, channel and views, closing no sentence; the text's own words end one."""
    line = _line_under(player)
    if (
        line is not None
        and any(VIDEO_SOURCE.search(a.get("href") or "") for a in line.iter("a"))
        and (text := short_text(line, MAX_LOOSE_LINE))
        and not SENTENCE_END.search(text)
    ):
        remove_element(line)


def _drop_sponsored_boxes(root: _Element) -> None:
    """Remove a short box holding a link the page marks as paid for (`rel="sponsored"`: a
    product's card with its price and a `Mua ngay` button): an ad, however its lines read. A
    paragraph of the text with such a link in a sentence stays."""
    for link in list(root.iter("a")):
        if "sponsored" not in (link.get("rel") or "").lower().split():
            continue
        box = None
        for above in link.iterancestors():
            if above is root:
                break
            if above.tag in CARD_TAGS or above.tag == "figure":
                if short_text(above, MAX_NOTICE) is None:
                    break
                box = above
        if box is not None:
            remove_element(box)


def _drop_player_heading(player: _Element) -> None:
    """Remove the heading or line right over a player, or over the box holding it alone, that
    names the recording after its kind (`<h3>Video: Lễ khánh thành cầu</h3>`, `Clip: …`): the
    player's title set as a heading, no subhead of the text, which names no kind."""
    box = player.getparent()
    if box is not None and len([child for child in box if isinstance(child.tag, str)]) == 1:
        player = box
    over = player.getprevious()
    if (
        over is not None
        and over.tag in ("h2", "h3", "h4", "h5", "h6", "p", "div")
        and not (over.tail or "").strip()
        and (text := short_text(over, MAX_LOOSE_LINE))
        and MEDIA_TITLE.match(fold(text))
    ):
        remove_element(over)


def _drop_viewer_line(viewer: _Element) -> None:
    """Remove the line right under a document viewer that links to the document it shows
    (`Nếu không xem được văn bản, bấm <a href="….pdf">vào đây</a> để tải về.`): the viewer's
    way out, the file offered for download, no line of the text."""
    source = viewer.get("src") or viewer.get("data") or ""
    if not DOCUMENT_FILE.search(source):
        return
    line = _line_under(viewer)
    if (
        line is not None
        and short_text(line, MAX_LOOSE_LINE)
        and any(
            (href := urlsplit(a.get("href") or "").path)
            and DOCUMENT_FILE.search(href)
            and href in source
            for a in line.iter("a")
        )
    ):
        remove_element(line)


def _line_under(embed: _Element) -> _Element | None:
    """The paragraph or block right under a player or a viewer, or under the box holding it
    alone, with no text between them: where its host's link or the file's is printed."""
    box = embed.getparent()
    if box is not None and len([child for child in box if isinstance(child.tag, str)]) == 1:
        embed = box
    line = embed.getnext()
    if line is None or line.tag not in ("p", "div") or (embed.tail or "").strip():
        return None
    return line


def _drop_refreshed_tables(root: _Element) -> None:
    """Remove a box among the text's paragraphs holding a table, short lines beside it and a
    last line that is only its update time (`<div><p>Tỷ giá ngoại tệ</p><table>…</table><p>Cập
    nhật lúc 08:30</p></div>`): a widget the site refreshes (rates, prices), not a table of the
    text, which stands among the paragraphs with its italic title."""
    for table in list(root.iter("table")):
        box = table.getparent()
        if box is None or box is root or box.tag not in ("div", "section", "aside"):
            continue
        lines = [child for child in box if isinstance(child.tag, str) and child is not table]
        last = lines[-1] if lines else None
        if (
            last is not None
            and box.index(last) > box.index(table)
            and (stamp := short_text(last, MAX_BOX_TITLE))
            and _is_publish_line(fold(stamp))
            and all(short_text(line, MAX_BOX_TITLE) is not None for line in lines)
            and _among_paragraphs(box.getparent())
        ):
            remove_element(box)


def _drop_register_boxes(root: _Element) -> None:
    """Remove a short box among the text's paragraphs closed by a link calling the reader to
    register (`Đăng ký ngay`, `Đăng ký học`) or to give (`Ủng hộ ngay`): an event's or a
    course's registration box, its title, time and place included, or the site's appeal for
    donations, set beside the text."""
    for box in [el for el in root.iter("div", "section", "aside") if el is not root]:
        if not _attached(box, root) or (text := short_text(box, MAX_SIGN_UP_BOX)) is None:
            continue
        link = next((a for a in reversed(list(box.iter("a"))) if text_of(a)), None)
        if (
            link is not None
            and REGISTER_CALL.match(fold(called := text_of(link)))
            and text.rstrip(" .").endswith(called)
            and len(text) > len(called)
            and (parent := box.getparent()) is not None
            and _among_paragraphs(parent)
        ):
            remove_element(box)


def _drop_cookie_notices(root: _Element) -> None:
    """Remove a short box around a button whose words say the site keeps cookies (`Chúng tôi
    sử dụng cookie … <button>Đồng ý</button>`): the site's notice, set inside the text by the
    template, whatever its class (before the widgets: its button goes with them)."""
    for button in list(root.iter("button")):
        box = button.getparent()
        if box is None or box is root or not _attached(box, root):
            continue
        notice = short_text(box, MAX_NOTICE)
        if notice and COOKIE_NOTICE.search(notice):
            remove_element(box)


def _drop_hidden_copies(root: _Element) -> None:
    """Remove a block marked `aria-hidden="true"` whose paragraphs the text prints elsewhere (a
    reader mode's or an animation's copy of the opening paragraphs): the text once is enough,
    and what a screen reader skips is the copy. A block hidden so with words of its own (a
    drop cap's letter beside the word read out) stays."""
    for block in [el for el in root.iter(*BLOCK_TAGS) if el.get("aria-hidden") == "true"]:
        if block is root or not _attached(block, root):
            continue
        copied = {text_of(p) for p in block.iter("p")} - {""}
        if not copied:
            continue
        printed = {
            text_of(p)
            for p in root.iter("p")
            if p is not block and not any(a is block for a in p.iterancestors())
        }
        if copied <= printed:
            remove_element(block)


def _drop_countdown_boxes(root: _Element) -> None:
    """Remove a short box among the text's paragraphs holding a countdown line (`<div><p><b>Lễ
    hội …</b></p><p>Còn 12 ngày 05 giờ 40 phút</p><a>Xem lịch trình</a></div>`): an event's
    or an offer's widget, its name and link included, that the page keeps counting."""
    for box in [el for el in root.iter("div", "section", "aside") if el is not root]:
        if not _attached(box, root) or short_text(box, MAX_SIGN_UP_BOX) is None:
            continue
        if (
            any(_countdown(line) for line in box if isinstance(line.tag, str))
            and (parent := box.getparent()) is not None
            and _among_paragraphs(parent)
        ):
            remove_element(box)


def _countdown(line: _Element) -> bool:
    text = short_text(line, MAX_SITE_LINE)
    return bool(text) and COUNTDOWN.search(fold(text)) is not None


def _drop_author_boxes(root: _Element) -> None:
    """Remove a title of a box about the writer (`Thông tin tác giả`, bold or a heading) and
    the few short lines after it closing the text: the writer's bio, no part of the article."""
    for title in list(root.iter("p", "div", *HEADING_TAGS)):
        if title is root or not _attached(title, root):
            continue
        text = short_text(title, MAX_BOX_TITLE)
        if not text or not AUTHOR_TITLE.match(fold(text)):
            continue
        if not (title.tag in HEADING_TAGS or all_bold(title)):
            continue
        after = [el for el in title.itersiblings() if isinstance(el.tag, str)]
        if sum(len(text_of(el)) for el in after) <= MAX_NOTICE:
            for el in (title, *after):
                remove_element(el)


def _drop_writer_cards(root: _Element) -> None:
    """Remove a box closing the text that holds only a person's name on a line of its own and a
    short line saying who she is, by what she does (`Nhà báo tự do, viết về …`) or after her
    name (`Hoàng Anh là …`): the writer's card, with no `Thông tin tác giả` over it. The card
    may set the name in bold opening the line, beside the writer's portrait (`<img><p><strong>TS.
    Lâm Quốc Huy</strong> là giảng viên …</p>`): the portrait is the card's, no picture of the
    article."""
    for box in list(root.iter("div", "section")):
        if box is root or (box.text or "").strip():
            continue
        lines = [child for child in box if isinstance(child.tag, str) and text_of(child)]
        if not _attached(box, root):
            continue
        if len(lines) == 2:
            name, bio = (text_of(line) for line in lines)
        elif len(lines) == 1 and len(box.findall(".//img")) == 1:
            name, bio = _bold_name_opening(lines[0])
        else:
            continue
        if _writer_bio(name, bio) and _last_words(box, root):
            remove_element(box)


def _bold_name_opening(line: _Element) -> tuple[str, str]:
    """The name in bold opening `line` and the line's text, each without a title before the
    name (`TS.`), or two empty strings when no bold words open it."""
    bold = line[0] if len(line) and line[0].tag in ("strong", "b") else None
    if bold is None or (line.text or "").strip():
        return "", ""
    printed, text = text_of(bold), text_of(line)
    name = without_title(printed)
    return name, name + text[len(printed) :] if text.startswith(printed) else text


def _drop_bio_under_signature(root: _Element) -> None:
    """Remove the box closing the text that opens with the name the bold line right over it
    signs (`<p><strong>Nguyễn Thị Kim Loan</strong></p><div><p><em>Nguyễn Thị Kim Loan sinh năm
    1985, …</em></p></div>` under a short story): the writer's bio under her signature, no
    part of the text; the signature stays to be read as the byline."""
    for box in list(root.iter("div", "section", "p")):
        sign = box.getprevious()
        if box is root or sign is None or sign.tag != "p" or not _attached(box, root):
            continue
        name = short_text(sign, MAX_CAPS_CHARS)
        bio = short_text(box, MAX_NOTICE)
        if (
            name
            and bio
            and all_bold(sign)
            and _full_name(name)
            and fold(bio).startswith(f"{fold(name)} ")
            and _last_words(box, root)
        ):
            remove_element(box)


def _writer_bio(name: str, bio: str) -> bool:
    """`name` is a person's name alone and `bio` a short line about her."""
    if not _full_name(name):
        return False
    if len(bio) > MAX_NOTICE or clean_byline(name).people != (name,):
        return False
    key, named = fold(bio), fold(name)
    return bool(WRITER_BIO.match(key)) or key.startswith(f"{named} la ")


def _last_words(el: _Element, root: _Element) -> bool:
    """Nothing with words follows `el` in `root`."""
    node = el
    while node is not root:
        if (node.tail or "").strip() or not _last_with_text(node):
            return False
        node = node.getparent()
    return True


def _drop_code_boxes(root: _Element) -> None:
    """Remove the short box around a picture of a QR code (`Quét mã QR để ủng hộ`, an account
    number, a call to scan and install): a call to pay, give or install, set beside the text.
    A QR code the text shows as its own picture stands in a figure with its caption."""
    for img in list(root.iter("img")):
        said = f"{img.get('alt') or ''} {(img.get('src') or '').rsplit('/', 1)[-1]}"
        if not QR_PICTURE.search(said) or not _attached(img, root):
            continue
        box = next((el for el in img.iterancestors(*BOX_TAGS)), None)
        if (
            box is None
            or box is root
            or not _attached(box, root)
            or box.find(".//figcaption") is not None
            or short_text(box, MAX_NOTICE) is None
        ):
            continue
        remove_element(box)


def _drop_folded_source(root: _Element) -> None:
    """Remove a `<details>` folding away a program's source, nothing in it but its summary and
    the `<pre>` of code (a notebook's or a report's folded code cell, Quarto's `<details
    class="code-fold"><summary>Mã</summary>…<pre><code>…`): the code that drew the figure
    under it, which the reader unfolds only to check how; the figure stays."""
    for el in list(root.iter("details")):
        if el is root or not _attached(el, root):
            continue
        folded = [child for child in el if isinstance(child.tag, str) and child.tag != "summary"]
        code = [pre for child in folded for pre in child.iter("pre")]
        if code and sum(len(text_of(pre)) for pre in code) == sum(map(len, map(text_of, folded))):
            remove_element(el)


def _drop_code_cell_inputs(root: _Element) -> None:
    """Remove a notebook's code cell input, unfolded (Jupyter Book's `<div class="cell_input">`,
    JupyterLab's `jp-InputArea`, nbconvert's `input_area`, the `<pre>` of code its only text): the
    program that computed the figure or the table under it, which the page prints as the
    notebook ran it; the output stays. A code block in a tutorial's text is no cell's input."""
    for el in list(root.iter("div")):
        if el is root or not CODE_CELL_INPUT.search(el.get("class") or ""):
            continue
        code = sum(len(text_of(pre)) for pre in el.iter("pre"))
        if code and code == len(text_of(el)) and _attached(el, root):
            remove_element(el)


def _quotation(text: str) -> bool:
    """Words wholly inside quotation marks (`“…”`), long enough to be a passage."""
    return len(text) >= MIN_PULL_QUOTE and text[0] in '“"«„' and text.rstrip(".!?…")[-1:] in '”"»“'


def _attached(el: _Element, root: _Element) -> bool:
    return any(node is root for node in el.iterancestors())


def _opens(box: _Element, child: _Element) -> bool:
    """`child` is the first thing in `box` with text, and the rest of `box` is links."""
    if (box.text or "").strip():
        return False
    for node in box:
        if not isinstance(node.tag, str):
            continue
        if node is child:
            break
        if text_of(node):
            return False
    text = text_of(box)
    rest = len(text) - len(text_of(child))
    return rest <= 0 or _link_chars(box) - _link_chars(child) >= 0.5 * rest


def _over_teasers(box: _Element, title: _Element) -> bool:
    """`title` opens `box`, and under it are only other articles: each a line that is its link,
    with at most one short line of teaser under it (`<div><h3>Đọc nhiều nhất</h3><p><a>…</a>
    </p><p>Mỗi lít xăng …</p>…</div>`, a most-read box with the text's paragraph markup)."""
    if (box.text or "").strip() or box.tag not in ("div", "section", "aside"):
        return False
    blocks = [child for child in box if isinstance(child.tag, str)]
    if not blocks or blocks[0] is not title:
        return False
    links = 0
    after_link = False
    for block in blocks[1:]:
        text = text_of(block)
        if (block.tail or "").strip() or not text:
            return False
        if _link_chars(block) >= 0.5 * len(text) and len(text) >= MIN_TEASER_TITLE:
            links += 1
            after_link = True
        elif after_link and not _link_chars(block) and len(text) <= MAX_LOOSE_LINE:
            after_link = False
        else:
            return False
    return links >= MIN_TEASERS


def _teaser(el: _Element) -> bool:
    """Another article's title whose link the text lost (trafilatura keeps the words only): a
    short line that closes no sentence and is no heading."""
    text = text_of(el)
    return (
        el.tag not in HEADING_TAGS
        and 0 < len(text) <= MAX_LOOSE_LINE
        and not SENTENCE_END.search(text)
    )


def _link_list(el: _Element) -> bool:
    text = text_of(el)
    return (
        bool(text)
        and el.tag in ("ul", "ol", "div", "p", "table")
        and (_link_chars(el) >= 0.5 * len(text))
    )


def _around_blocks(el: _Element) -> bool:
    """A custom element (`amp-carousel`, `swiper-container`: a hyphen in its tag), a `<font>`
    or `<span>` setting the type of the text, or a table's cell (a newsletter's text cell read
    apart from its table), around blocks: laid out as a block, each of its paragraphs read as
    one and each of its figures with its own caption; and a layout table around such cells (a
    newsletter's text block, `<table class="mcnTextBlock"><tr><td><p>…</p><p>…</p></td>`), each
    paragraph of its cells a paragraph, not one row's line. A row of one cell is a block of its
    own (a campaign's `<tr><td style=…>…</td></tr>`, a paragraph typed in each): its text is
    one paragraph, not run into the next row's. A `<span>` around blocks inside such an
    element makes it one too (a forum's cell `<td><span class="MsgBodyText">…<br><br>…<div
    class="signature">`: the post's parts read apart, not the cell's text as one line)."""
    if el.tag == "tr" and _one_cell(el):
        return True
    if el.tag in ("table", "tbody", "tr"):  # (a row of such cells, read apart from its table too)
        return any(isinstance(cell.tag, str) and _around_blocks(cell) for cell in el)
    return ("-" in el.tag or el.tag in ("font", "span", *CELL_TAGS)) and any(
        isinstance(child.tag, str)
        and (child.tag in BLOCK_TAGS or (child.tag in ("font", "span") and _around_blocks(child)))
        for child in el
    )


def _one_cell(row: _Element) -> bool:
    """`row` is one cell across its table (`<tr><td style=…>…</td></tr>`)."""
    return [child.tag for child in row if isinstance(child.tag, str)] == ["td"]


class _Reader:
    def __init__(self, page: Page, lead: str | None = None, headline: str | None = None) -> None:
        self.page = page
        self.lead = lead
        self.headline = headline
        self.blocks: list[_Block] = []
        self.images: list[Image] = []
        self.awaiting_caption: Image | None = None
        self.last_picture: _Element | None = None  # the element of the last picture read
        self.captioned: tuple[_Element, Image] | None = None  # the last caption line read
        self.caption_before: tuple[_Element, str] | None = None  # a caption over its picture
        self.blocks_at_images = 0  # pictures read when the last line was
        self.inline: list[str] = []
        self.emphasis = 0  # characters of the inline run that are in <em>/<i>
        self.strong = 0  # … and in <strong>/<b>
        self.links = 0  # … and in links
        self.after_br = False

    def walk(self, el: _Element) -> None:
        if self.caption_row(el):
            return
        if el.text:
            self.add_inline(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "img":
                self.flush_inline()
                self.add_images([child])
            elif child.tag == "br":
                if self.after_br:  # `<br><br>`: a paragraph break in text typed without <p>
                    self.flush_inline()
                else:
                    self.inline.append(" ")
                self.after_br = True
            elif _small_print(child) and _under_table(child):
                self.flush_inline()  # the table's terms in small grey type: no line of the text
            elif child.tag in BLOCK_TAGS or _around_blocks(child) or _signing_cell(child):
                self.flush_inline()
                self.block(child)
            else:  # inline element (a, strong, span, em…) directly in a container
                imgs = list(child.iter("img"))
                if imgs:
                    self.flush_inline()
                    self.add_images(imgs)
                    text = text_of(child)
                    if text:
                        self.add_text(child, text)
                elif SLIDE_INDEX.fullmatch(text := text_of(child)) and _in_slider(child):
                    pass  # a slider's `<span>1/3</span>`, no words of the text
                else:
                    self.add_inline(text)
                    self.links += len(text) if child.tag == "a" else _link_chars(child)
                    style = child.get("style") or ""
                    if child.tag in ("em", "i") or ITALIC_STYLE.search(style):
                        self.emphasis += len(text)
                    elif child.tag in ("strong", "b") or BOLD_STYLE.search(style):
                        self.strong += len(text)
                    else:  # `<span class="trichdan"><i>…</i></span>`
                        self.emphasis += sum(len(text_of(e)) for e in child.iter("em", "i"))
            if child.tail:
                self.add_inline(child.tail)
        self.flush_inline()

    def caption_row(self, el: _Element) -> bool:
        """`el` is the cell under the row of the picture awaiting its caption (`row_caption`),
        or that cell's row: that caption, not a line of the text."""
        picture = self.last_picture
        if self.awaiting_caption is None or picture is None or el.tag not in ("tr", *CELL_TAGS):
            return False
        cells = [c for c in el if c.tag in CELL_TAGS] if el.tag == "tr" else [el]
        if len(cells) != 1 or row_caption(picture) is not cells[0]:
            return False
        self.set_caption(text_of(cells[0]))
        return True

    def add_inline(self, text: str) -> None:
        self.inline.append(text)
        if text.strip():
            self.after_br = False

    def flush_inline(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.inline)).strip()
        emphasised, bold = self.emphasis >= len(text) - 2, self.strong >= len(text) - 2
        links = self.links
        self.inline, self.emphasis, self.strong, self.links, self.after_br = [], 0, 0, 0, False
        if not text or _points_elsewhere(text, links):
            return
        if self.awaiting_caption is not None and emphasised and len(text) <= MAX_CAPTION_CHARS:
            self.set_caption(text)
            return
        kind = self.line_kind(text)
        if kind is None:
            return
        # (a role's line, or a dash and a name alone closing a text typed in `<br>` parts: a
        # gallery's description signed `— Hoàng Việt`)
        signs = ROLE_LINE.match(text) or _dash_signed(text)
        if kind == "text" and signs and len(text) <= MAX_BYLINE_CHARS:
            kind = "byline-candidate"
        self.append(_Block(text, kind, bold, heading=bold, italic=emphasised))

    def line_kind(self, text: str) -> str | None:
        """The kind of a body line, or None when it is no body line: boilerplate, or a photo
        credit that becomes the caption of the image before it."""
        kind = _line_kind(text, self.page.fetched_at)
        if kind == "boilerplate":
            return None
        if kind == "photo" and self.awaiting_caption is not None:
            self.set_caption(text)
            return None
        return kind

    def append(self, block: _Block) -> None:
        self.blocks.append(block)
        self.blocks_at_images = len(self.images)
        self.awaiting_caption = None

    def block(self, el: _Element) -> None:
        tag = el.tag
        if tag == "figure" and el.get(MEDIA) is not None:
            self.flush_inline()
            self.awaiting_caption = Image("")  # a player: its caption is not body either
            return
        if tag == "table" and _data_table(el):  # (its pictograms, if any, are no pictures)
            self.table(el)
            return
        if tag == "table" and _floated_facts(el):
            self.flush_inline()  # a box of facts beside the text: neither text nor a figure
            return
        if tag in ("figure", "table") and el.find(".//img") is not None:
            self.figure(el)
            return
        if tag in ("ol", "ul") and self.caption_list(el):
            return
        line = picture_box_line(el)
        if line is not None:
            self.add_images([img for img in el[0].iter("img") if not _in_words(img, el[0])])
            if self.awaiting_caption is not None:
                self.set_caption(text_of(line))
                return
        if self.awaiting_caption is not None and CAPTION_CLASS.search(_classes(el)):
            caption = text_of(el)  # a caption box holding its own paragraphs
            if caption and len(caption) <= MAX_CAPTION_CHARS:
                self.captioned = (el, self.awaiting_caption)
                self.set_caption(caption)
                return
        if any(child.tag in BLOCK_TAGS for child in el if isinstance(child.tag, str)) or (
            double_br(el) or _around_blocks(el)
        ):
            self.walk(el)
            return
        if self.each_captioned(_pictures_over_lines(el)):
            return
        imgs = list(el.iter("img"))
        if imgs:
            self.add_images(imgs)
        line = _italic_line_before_break(el) if self.awaiting_caption is not None else None
        if line is not None:
            caption = text_of(line)  # `<p><em>caption</em><br>the next paragraph…</p>`
            remove_element(line.getnext())
            remove_element(line)
            self.set_caption(caption)
        signature = _signature_after_break(el)
        if signature is not None:  # `…địa phương.<br><strong>Minh Anh</strong>`: two lines
            remove_element(signature)
        text = text_of(el)
        if text:
            self.add_text(el, text)
        if signature is not None and (name := text_of(signature)):
            self.append(_Block(name, "text", bold=True, heading=True))

    def caption_list(self, el: _Element) -> bool:
        """Caption the pictures of the block right before `el` from its items, item n picture
        n's, when it has as many items as that block has pictures and no words (a grid of stills
        over `<ol><li>caption 1</li><li>caption 2</li></ol>`): the list is their captions."""
        items = [item for item in el if isinstance(item.tag, str)]
        before = el.getprevious()
        if len(items) < 2 or any(item.tag != "li" for item in items) or before is None:
            return False
        if not isinstance(before.tag, str) or text_of(before):
            return False
        urls = [image_url(self.page, img) for img in before.iter("img")]
        shown = self.images[-len(items) :]
        if len(urls) != len(items) or [image.url for image in shown] != urls:
            return False
        captions = [text_of(item) for item in items]
        if any(
            image.caption or not caption or len(caption) > MAX_CAPTION_CHARS
            for image, caption in zip(shown, captions, strict=True)
        ) or any(item.find(".//a") is not None for item in items):
            return False
        for image, caption in zip(shown, captions, strict=True):
            image.caption = caption
        self.awaiting_caption = None
        return True

    def figure(self, el: _Element) -> None:
        inner = [
            figure for figure in el.iterdescendants("figure") if figure.find(".//img") is not None
        ]
        if inner:  # a gallery of figures, each with its own caption
            for figure in inner:
                self.awaiting_caption = None
                self.figure(figure)
            return
        if el.tag == "table" and self.each_captioned(_captions_below(el)):
            return
        caption_el = el.find(".//figcaption")
        if caption_el is None and el.tag == "figure":
            caption_el = next(el.iterchildren("cite"), None)  # `<figure><img><cite>…</cite>`
        if caption_el is None and el.tag == "figure":
            caption_el = _caption_classed(el)  # `<figure><img><div class="caption">…`
        if caption_el is None and el.tag == "figure":
            caption_el = figure_paragraph(el)  # `<figure><img><p>…</p></figure>`
        caption = text_of(caption_el) if caption_el is not None else table_caption(el)
        if caption_el is not None and caption:
            caption = _with_credit_after(caption_el, caption)
        if el.tag == "table" and not caption and self.each_captioned(_album_cells(el)):
            return
        self.add_images(list(el.iter("img")), captioned=bool(caption))
        if caption:
            self.set_caption(caption)

    def table(self, el: _Element) -> None:
        """A table of figures: each row a line, its cells joined by ` | `. Under a header row
        an empty cell stays, empty (a timetable's hour with no paper given out), so each value
        keeps the column its header names."""
        self.flush_inline()
        headed = _headed(el)
        for row in el.iter("tr"):
            cells = [text_of(cell) for cell in row if cell.tag in CELL_TAGS]
            if any(cells):
                self.add_text(row, " | ".join(cells if headed else filter(None, cells)))

    def add_images(self, imgs: list[_Element], captioned: bool = False) -> None:
        """The pictures of the text; `captioned`: a figure of the text with its caption, a
        picture of the article whatever its class (an obituary's portrait classed `avatar`)."""
        for img in imgs:
            if _in_tool_link(img) or poster(img):  # a button's icon, a video's still
                continue
            if MOBILE_ONLY.search(img.get("class") or ""):  # the desktop copy is read
                continue
            if _avatar(img) and not captioned:  # the author's portrait beside the byline
                continue
            if AD_LABEL.match(fold(img.get("alt") or "")):  # labelled an ad by its own text
                continue
            if _card_picture(img, self.page):  # another page's teaser: a product, an article
                continue
            if stamp(img):  # a series' seal
                continue
            url = image_url(self.page, img)
            if url and (icon(img, url) or _badge(img, self.page)):
                continue
            if _sender_logo(img, self.page):  # a newsletter's sender, on its every issue
                continue
            if url and thumbnail_of(img, url, self.images):  # a slider's strip of thumbnails
                continue
            if (
                url
                and not design_picture(img, url)
                and all(image.url != url for image in self.images)
            ):
                image = Image(url, self.caption_above() or self.caption_over(img))
                self.images.append(image)
                self.last_picture = img
                self.awaiting_caption = image if image.caption is None else None

    def caption_above(self) -> str | None:
        """The line right above a picture, taken off the text, when it labels a figure in
        italics (`<p><em>Hình 1. Số hợp tác xã … (Nguồn: …)</em></p>` over the chart, as a
        journal prints it): the picture's caption."""
        if not self.blocks or self.blocks_at_images != len(self.images):
            return None
        line = self.blocks[-1]
        if line.kind != "text" or not line.italic or len(line.text) > MAX_CAPTION_CHARS:
            return None
        if not FIGURE_LABEL.match(fold(line.text)):
            return None
        self.blocks.pop()
        return line.text

    def caption_over(self, img: _Element) -> str | None:
        """The caption line right before the picture in its box (`<div><div class="chu-thich">
        …</div><img></div>`), which no picture was waiting for."""
        if self.caption_before is None:
            return None
        picture, caption = self.caption_before
        self.caption_before = None
        return caption if picture is img or picture in img.iterancestors() else None

    def each_captioned(self, pictures: list[tuple[_Element, _Element]]) -> bool:
        """Add each picture with the text of its cell as its caption; whether there were any."""
        for img, cell in pictures:
            self.awaiting_caption = None
            self.add_images([img])
            self.set_caption(text_of(cell))
        return bool(pictures)

    def set_caption(self, caption: str) -> None:
        if self.awaiting_caption is not None and self.awaiting_caption.caption is None:
            self.awaiting_caption.caption = caption
        self.awaiting_caption = None

    def add_text(self, el: _Element, text: str) -> None:
        if self.credit_of_caption(el, text):
            return
        if _standing_signature(el, text, self.page):
            return
        if _dated_signature(el, text):  # a signature, though a date line's or a caption's look
            self.append(_Block(text, "byline-candidate", False, italic=True))
            return
        if SLIDE_INDEX.fullmatch(text) and _in_slider(el):  # a slider's `1/3`, no line
            return
        if _is_caption(el, self.awaiting_caption is not None):
            if self.awaiting_caption is None and (picture := _picture_after(el)) is not None:
                self.caption_before = (picture, text)
            elif self.awaiting_caption is not None:
                self.captioned = (el, self.awaiting_caption)
            self.set_caption(text)
            return
        links = 0 if _linked_to_itself(el) else _link_chars(el)
        if _points_elsewhere(text, links, el):
            return
        if (_link_only(text, links) and not _mailed_signature(el)) or _teaser_line(el, text, links):
            return
        kind = self.line_kind(text)
        if kind is None or ((kind == "credit" or _table_source(text)) and _under_table(el)):
            return
        if kind == "text" and _is_byline_like(el, text):
            kind = "byline-candidate"
        strong = sum(len(text_of(e)) for e in el.iter("strong", "b")) >= len(text) - 2
        bold = strong or bold_itself(el)
        italic = not bold and (
            sum(len(text_of(e)) for e in el.iter("em", "i")) >= len(text) - 2
            or _styled_span_whole(el, ITALIC_STYLE)
        )
        marked = el.tag in HEADING_TAGS
        titled = marked and bool(
            TITLE_CLASS.search(el.get("class") or "") or CONTENT_LABEL.fullmatch(fold(text))
        )
        name = signed_name(el) if kind == "byline-candidate" else None
        signs = _small_heading_name(text) if el.tag in SIGNING_HEADINGS else None
        self.append(
            _Block(
                text,
                kind,
                bold,
                heading=strong or marked,
                italic=italic,
                titled=titled,
                name=name,
                signs=signs,
            )
        )

    def credit_of_caption(self, el: _Element, text: str) -> bool:
        """A photo credit (`Ảnh: Lê Minh`) in the block right after a picture's caption joins
        the caption, as when printed in it."""
        if self.captioned is None:
            return False
        line, image = self.captioned
        self.captioned = None
        if el.getprevious() is not line or not PHOTO_LINE.match(fold(text)):
            return False
        if image.caption is None or len(image.caption) + len(text) > MAX_CAPTION_CHARS:
            return False
        image.caption = f"{image.caption} {text}"
        return True

    def finish(self) -> Body:
        """Peel the author and credit lines off the end (and a capitals byline off the top), then
        photo credits with no picture left and the loose lines and notices at either end. A
        signature with a line under it saying who signs closes a part of the text wherever it
        stands (a reader's letter over the answer to it): a byline too, and no text; beside it,
        a desk signing the next part (`BAN BẠN ĐỌC` under the answer) names no author."""
        self.blocks = _under_signature(_before_apparatus(_without_bare_contents(self.blocks)))
        self.blocks = _under_letterhead(self.blocks, self.headline)
        self.blocks = _under_header_byline(self.blocks, self.page)
        self.blocks = _past_opening_caption(_before_live_pointer(self.blocks))
        self.blocks = _before_closing_profiles(_without_declared_captions(self.blocks, self.page))
        kept: list[_Block] = []
        signed: list[_Block] = []
        for at, block in enumerate(self.blocks):
            closes = block.name and block.kind == "byline-candidate" and at < len(self.blocks) - 1
            (signed if closes else kept).append(block)
        self.blocks = _past_notes_under_signature(kept, self.page)
        if len(self.blocks) > 2 and _desk_under_source(*self.blocks[-2:]):
            self.blocks[-1] = self.blocks[-1]._replace(kind="byline-candidate")
        byline_parts: list[str] = []
        credit: str | None = None
        while self.blocks and self.blocks[-1].kind != "text":
            block = self.blocks.pop()
            if block.kind == "byline-candidate":
                byline_parts.insert(0, block.name or block.text)
            elif block.kind == "credit" and credit is None:
                credit = block.text
        if signed:  # the paper's desk signing its answer under a reader's letter is no author
            byline_parts = [b.name for b in signed if b.name is not None] + [
                part for part in byline_parts if clean_byline(part).people
            ]
        last = self.blocks[-1] if len(self.blocks) > 1 else None
        if (
            not byline_parts
            and last
            and (
                _is_bold_name(last)
                or _italic_name_with_unit(last)
                or _names_emphasised(last)
                or _plain_full_name(last, self.blocks[-2])
            )
        ):
            byline_parts.append(self.blocks.pop().text)
        if not byline_parts and len(self.blocks) > 1 and self.blocks[-1].signs:
            byline_parts.append(self.blocks.pop().signs or "")
        if not byline_parts and len(self.blocks) > 2 and _is_ruled_name(*self.blocks[-2:]):
            byline_parts.append(self.blocks.pop().text)
            self.blocks.pop()  # the rule over it
        if not byline_parts and len(self.blocks) > 1 and _is_caps_names(self.blocks[0].text):
            byline_parts.append(self.blocks.pop(0).text)
        headline = self.page.first_text("h1") if self.blocks else None
        at = next(
            (i for i, block in enumerate(self.blocks) if not _over_the_text(block, headline)),
            len(self.blocks),
        )
        # under the headline, when the text repeats it, or under a share bar's line, or under
        # the lead typed in bold as the text's first paragraph; names in bold among the loose
        # lines over the text too (under a deck of short lines in italics)
        past = _past_loose_lines(self.blocks, at, len(self.blocks))
        openings = (at, past, _past_bold_lead(self.blocks, at))
        names = (
            i
            for i in (*openings, *range(at + 1, past))
            if len(self.blocks) > i + 1
            and (
                _is_opening_names(self.blocks[i], self.page)
                or (i in openings and _is_credit_line(self.blocks[i]))
            )
        )
        if not byline_parts and (at := next(names, -1)) >= 0:
            byline_parts.append(self.blocks.pop(at).text)
        # a photo credit with no picture left, the layout's staff
        blocks = [b for b in self.blocks if b.kind not in ("photo", "staff")]
        if len(blocks) > 1 and _next_part(blocks[-1].text, self.page):
            blocks.pop()
        kept = _without_loose_ends(blocks, self.page, self.lead)
        return Body(
            paragraphs=[b.text for b in kept],
            images=self.images,
            byline=" - ".join(byline_parts) or None,
            credit=credit,
            opening_bold=bool(kept) and kept[0].bold and kept[0].kind == "text",
            opening_italic=bool(kept) and kept[0].italic and kept[0].kind == "text",
            opening_heading=bool(kept) and kept[0].heading and kept[0].kind == "text",
            emphasised=tuple((b.bold or b.italic) and b.kind == "text" for b in kept),
        )


def _under_letterhead(blocks: list[_Block], headline: str | None) -> list[_Block]:
    """The text from the title a document prints among its paragraphs (a word processor's
    export, a newsletter's issue), when only short lines closing no sentence stand over it:
    the letterhead (the issue's name, its date, a table of contents, an e-mail's line over its
    web version), no text."""
    if not headline:
        return blocks
    title = fold(headline).strip()
    for at, block in enumerate(blocks[: MAX_LETTERHEAD + 1]):
        line = fold(block.text).strip()
        if line == title:
            return blocks[at:]
        if len(block.text) > MAX_LETTERHEAD_LINE or (
            block.text[-1] in ".!?…" and not WEB_VERSION_LINE.search(line)
        ):
            return blocks
    return blocks


def _under_header_byline(blocks: list[_Block], page: Page) -> list[_Block]:
    """The text from under the line naming the page's authors after a word for `by` (`von
    Anna Berg`), when only a few short lines no full stop closes stand over it (a kicker, the
    title worded again, closed by its question mark): the article's header printed into the
    text, none of it the text's."""
    for at, block in enumerate(blocks[: MAX_LETTERHEAD + 1]):
        by = BY_LINE.match(block.text)
        if by is not None and at < len(blocks) - 1:
            authors = {fold(name).strip() for name in _metadata_authors(page)}
            named = [fold(n).strip() for n in AUTHOR_SEPARATORS.split(by["names"]) if n.strip()]
            return blocks[at + 1 :] if named and set(named) <= authors else blocks
        if len(block.text) > MAX_LETTERHEAD_LINE or block.text.endswith((".", "…")):
            return blocks
    return blocks


def _past_opening_caption(blocks: list[_Block]) -> list[_Block]:
    """Without a line among the first ones and the source line under it (`Der Hafen am
    Morgen.` / `Quelle: AFP`): the opening picture's caption and credit, left as lines of their
    own when the picture is gone."""
    for at in range(min(MAX_OPENING_CAPTION, len(blocks) - 2)):
        line, source = blocks[at], blocks[at + 1]
        if (
            PICTURE_SOURCE.fullmatch(fold(source.text).strip())
            and len(line.text) <= MAX_CAPTION_CHARS
            and not line.heading
            and not line.text.endswith((":", "："))
        ):
            return [*blocks[:at], *blocks[at + 2 :]]
    return blocks


def _before_live_pointer(blocks: list[_Block]) -> list[_Block]:
    """The text up to a line pointing the reader to the site's live coverage, closed by a colon
    (`Mehr zur Lage lesen Sie in unserem Liveblog:`), with no more than the linked page's
    teaser under it: the site's pointer and its card, no text."""
    for at in range(max(1, len(blocks) - MAX_TEASER_LINES - 1), len(blocks)):
        if LIVE_POINTER.match(fold(blocks[at].text).strip()) and all(
            len(block.text) <= MAX_NOTICE for block in blocks[at + 1 :]
        ):
            return blocks[:at]
    return blocks


def _without_declared_captions(blocks: list[_Block], page: Page) -> list[_Block]:
    """Without the lines that print a picture's caption as the page's JSON-LD gives it (an
    `ImageObject`'s `description` or `caption`, set beside the picture in the text): under a
    picture the text was read without, the caption is left as a line of its own. The page's
    own description (which a picture's may repeat) is the lead, and stays."""
    captions = {
        " ".join(value.split())
        for obj in page.json_ld
        if obj.get("@type") == "ImageObject"
        for key in ("description", "caption")
        if isinstance(value := obj.get(key), str) and 0 < len(value) <= MAX_CAPTION_CHARS
    }
    if not captions:
        return blocks
    captions -= {
        " ".join((page.meta.get(key) or "").split()) for key in ("description", "og:description")
    }
    return [block for block in blocks if block.text.strip() not in captions]


def _before_closing_profiles(blocks: list[_Block]) -> list[_Block]:
    """The text up to the profiles under it of the people it names, each opening with a name
    and its reading in kana in brackets (`木坂 有朗氏（きさか・ゆうろう）97年…入社`), with the
    lines all in brackets among them (`（1月14日就任。…）`): the career notes Japanese papers
    set under a story of appointments, no part of its text."""
    end = len(blocks)
    profiles = 0
    while end > 1 and (
        PROFILE_OPENING.match(blocks[end - 1].text)
        or BRACKETED_LINE.fullmatch(blocks[end - 1].text)
    ):
        profiles += bool(PROFILE_OPENING.match(blocks[end - 1].text))
        end -= 1
    return blocks[:end] if profiles else blocks


def _over_the_text(block: _Block, headline: str | None) -> bool:
    """A line standing over the text and its byline: a heading not in bold, and, when the
    container holds them, the headline itself and the date line under it."""
    return (block.heading and not block.bold) or block.text == headline or only_a_date(block.text)


def _next_part(text: str, page: Page) -> bool:
    """`text` is the next part's title closing a series' part (`Bài 3: Giải pháp nào …?` under
    a headline `Bài 2: …`): the series' announcement, not the text. The part is numbered in
    the page's titles (og:title, `<title>`)."""
    line = PART_LABEL.match(fold(text))
    if line is None or len(text) > MAX_LOOSE_LINE:
        return False
    titles = (page.meta.get("og:title"), page.first_text("title"))
    return any(
        (part := PART_LABEL.match(fold(title))) is not None
        and part["kind"] == line["kind"]
        and int(part["number"]) + 1 == int(line["number"])
        for title in titles
        if title
    )


def _without_bare_contents(blocks: list[_Block]) -> list[_Block]:
    """The blocks without a contents heading (`Mục lục`) that another heading follows right
    after: a wiki's table of contents, its list of links to the sections left out, and its
    title no heading of the text."""
    return [
        block
        for at, block in enumerate(blocks)
        if not (
            block.heading
            and at + 1 < len(blocks)
            and blocks[at + 1].heading
            and CONTENTS_TITLE.fullmatch(fold(block.text).strip(" :"))
        )
    ]


def _before_apparatus(blocks: list[_Block]) -> list[_Block]:
    """The text up to its notes or references under a heading of their own (`Chú thích`, `Tài
    liệu tham khảo`, `References`): a paper's apparatus, not its text; or up to a list of
    contents under the text, a few lines and no heading after it (an episode's `Mục lục:` over
    its chapters, its credits and its host's lines), where a text's own contents open it."""
    for i, block in enumerate(blocks):
        title = fold(block.text).strip(" :")
        if i and block.heading and APPARATUS_TITLE.fullmatch(title):
            return blocks[:i]
        after = blocks[i + 1 :]
        if (
            i
            and block.heading
            and CONTENTS_TITLE.fullmatch(title)
            and len(after) <= MAX_LOOSE_TAIL
            and not any(later.heading for later in after)
        ):
            return blocks[:i]
    return blocks


def _under_signature(blocks: list[_Block]) -> list[_Block]:
    """The text up to a signature followed by no more than a few plain lines closing no
    sentence (a view count, the category's line under it): the page's lines under the text,
    which the signature closes. A heading there opens a box of its own (`Văn bản liên quan`).
    Lines all in italics under a signature or a credit (`Ghi chú: Thư đã được chuyển đến …`
    under a reader's letter, a programme's broadcast hours under `Biên tập: …`) are a note the
    site sets under the text, however they end."""
    end = len(blocks)
    while end > 1 and blocks[end - 1].kind == "text" and blocks[end - 1].italic:
        end -= 1
    if end < len(blocks) and blocks[end - 1].kind in SIGNING_KINDS:
        return blocks[:end]  # a note set in italics under the credits (a programme's hours)
    # … and, in any type, the programme's air time under its credits (`Chương trình phát lúc
    # 17:30 thứ Năm hằng tuần trên sóng FM 102,7 MHz.`)
    end = len(blocks)
    while end > 1 and blocks[end - 1].kind == "text" and _air_time(blocks[end - 1].text):
        end -= 1
    if end < len(blocks) and blocks[end - 1].kind in SIGNING_KINDS:
        return blocks[:end]
    end = len(blocks)
    while end > 1 and blocks[end - 1].kind == "text" and _loose_plain(blocks[end - 1]):
        end -= 1
    signed = end < len(blocks) and blocks[end - 1].kind == "byline-candidate"
    if signed and len(blocks) - end <= MAX_LOOSE_TAIL:
        return blocks[:end]
    return _over_box_under_signature(blocks) or _under_signed_source(blocks)


def _air_time(text: str) -> bool:
    """`text` is a short line saying when the programme goes on air (`Chương trình phát lúc
    17:30 thứ Năm hằng tuần …`, `Phát sóng vào 20:00 …`), folded."""
    return len(text) <= MAX_LOOSE_LINE and AIR_TIME.match(fold(text)) is not None


def _over_box_under_signature(blocks: list[_Block]) -> list[_Block] | None:
    """The text up to a name in bold that a box under a title in capitals follows (`Thanh Hà`
    over `LỊCH HIẾN MÁU THÁNG 3/2017` and the month's schedule, a few blocks closing the
    page's column), or a writer's credit line that such a title set as a heading follows: the
    site's box set under the text the signature closes."""
    for at in range(max(1, len(blocks) - MAX_LOOSE_TAIL), len(blocks) - 1):
        title = blocks[at + 1].text
        if _is_bold_name(blocks[at]) and _caps_title(title):
            return blocks[: at + 1]
    # … or a writer's credit line (`Tin, ảnh: …`) over such a title set as a heading, the box's
    # items under it (a newsletter's `ĐIỂM TIN` and its brief items)
    for at in range(max(1, len(blocks) - MAX_LOOSE_TAIL - 2), len(blocks) - 1):
        title = blocks[at + 1]
        if blocks[at].kind == "byline-candidate" and title.heading and _caps_title(title.text):
            return blocks[: at + 1]
    return None


def _caps_title(text: str) -> bool:
    """A box's title line in capitals, closing no sentence (`LỊCH HIẾN MÁU THÁNG 3/2017`)."""
    return (
        len(text) <= MAX_LOOSE_LINE
        and text == text.upper()
        and any(c.isalpha() for c in text)
        and not SENTENCE_END.search(text)
    )


def _under_signed_source(blocks: list[_Block]) -> list[_Block]:
    """The text up to a name in bold and the source line under it (`BẢO LÂM` over `Nguồn: Báo
    Cần Thơ`), when only titles and lines closing no sentence follow (a copier's list of its
    other copies under its own title, each with its day in brackets): the signed source closes
    the article."""
    end = len(blocks)
    while end > 2 and blocks[end - 1].kind == "text" and _title_or_listed(blocks[end - 1]):
        end -= 1
    if end < len(blocks) and blocks[end - 1].kind == "credit" and _is_bold_name(blocks[end - 2]):
        return blocks[:end]
    return blocks


def _title_or_listed(block: _Block) -> bool:
    """A title, or a short line closed by no full stop (a listed item: `Khánh thành cầu mới
    (03/12)`)."""
    return block.heading or (
        len(block.text) <= MAX_LOOSE_LINE and not block.text.endswith((".", "!", "?", "…"))
    )


def _loose_plain(block: _Block) -> bool:
    return not block.heading and _loose(block)


def _without_loose_ends(blocks: list[_Block], page: Page, lead: str | None = None) -> list[_Block]:
    """The text without the short lines at its start and end that close no sentence, and without
    the site's notes around it (`parsers.notes`: where the article first appeared, appeals,
    paywall messages; copyright, contact address, newsletter), a line about its author under
    it and a label announcing, with its colon, what the text no longer holds; a longer run of
    such short lines ending the text is a list of its own, and stays. A section heading may open
    the text when its section follows it, unless it is the only one (`_only_heading`); a title
    repeated over the byline and date lines may not, nor a heading right under it (the title's
    subtitle).
    The lead printed over the text is its first paragraph, and the lines under it that close no
    sentence (the author's name, the date, the place) are no more body than above it.
    A poem, all short lines, is its lines (`_verse_start`)."""
    verse = _verse_start(blocks, page)
    if verse is not None:
        return blocks[verse:]
    end = _before_closing_note(blocks)
    start = _past_loose_lines(blocks, 0, end)
    # the lead, first or under the title (a heading the headline's reader drops later)
    at = start
    if at < end - 1 and blocks[at].heading and not _is_lead(blocks[at], lead):
        at += 1
    if at < end - 1 and _is_lead(blocks[at], lead):
        under = _past_loose_lines(blocks, at + 1, end)
        blocks = [*blocks[: at + 1], *blocks[under:]]
        end -= under - at - 1
    authors: list[str] | None = None
    while end - start > 1 and not _closing_list(blocks, start, end):
        last = blocks[end - 1]
        if not (
            _loose(last) or _closing_notice(last, page) or _note(last) or _closing_label(last, page)
        ):
            if authors is None:
                authors = _metadata_authors(page)
            if not _about_author(last, authors):
                break
        end -= 1
    return _without_opening_notes(blocks[start:end])


def _verse_start(blocks: list[_Block], page: Page) -> int | None:
    """Where a poem printed one `<p>` a line starts, when the whole text is one: no line closes
    a sentence and more than a page's furniture makes are as short as verse (a poem, a cluster
    of poems under their bold titles); the title, the poet and the date line over the poem (the
    last of the opening lines repeating the `<h1>`, holding a date or naming a titled person:
    `Nhà thơ …`) are no part of it. None for a text of prose: its loose lines are its
    furniture."""
    if len(blocks) < MIN_VERSE_LINES or not all(_loose(block) for block in blocks):
        return None
    title = page.first_text("h1")
    opening = [
        i
        for i, block in enumerate(blocks[:MAX_LOOSE_TAIL])
        if block.text == title
        or without_title(block.text) != block.text
        or search_datetime(block.text, now=page.fetched_at) is not None
    ]
    start = opening[-1] + 1 if opening else 0
    lines = blocks[start:]
    if len(lines) < MIN_VERSE_LINES or any(len(b.text) > MAX_VERSE_LINE for b in lines):
        return None
    return start


def _closing_list(blocks: list[_Block], start: int, end: int) -> bool:
    """The text ends in more lines that close no sentence than a name, a place, a date and a
    credit make together: a list typed line by line (places and their figures), the text's own."""
    run = end
    while run - start > 1 and _loose(blocks[run - 1]):
        run -= 1
    return end - run > MAX_LOOSE_TAIL


def _past_loose_lines(blocks: list[_Block], start: int, end: int) -> int:
    """Where the text goes on after the notes and loose lines from `start`; from the first
    block, a letter's greeting closed by its comma (a newsletter's `Chào các bạn,`) opens the
    text and stays, the loose lines over it left out (a message's header fields, the headline
    a campaign's cell prints over it)."""
    from_first = start == 0
    while end - start > 1 and (
        _note(blocks[start])
        or (
            _loose(blocks[start])
            and not (from_first and GREETING.fullmatch(blocks[start].text.strip()))
            and not (
                blocks[start].heading
                and not (_loose(blocks[start + 1]) or _note(blocks[start + 1]))
                and not (start and blocks[start - 1].heading)
                and not (blocks[start].titled and _only_heading(blocks, start, end))
            )
        )
    ):
        start += 1
    return start


def _past_bold_lead(blocks: list[_Block], at: int) -> int:
    """Where the text goes on after a lead typed in bold as its first paragraph, a sentence
    (`<p><b>Công an tỉnh … thu hồi.</b></p>`, then `<p>Phóng viên: Bảo Anh</p>`): a credit
    line may stand under the lead rather than over it; else `at`."""
    lead = blocks[at] if at < len(blocks) else None
    if lead is not None and lead.kind == "text" and lead.bold and lead.text[-1] in ".!?…":
        return at + 1
    return at


def _only_heading(blocks: list[_Block], at: int, end: int) -> bool:
    """`blocks[at]` is the text's only heading. A heading the template writes over the whole
    text (`<h3 class="box-title">Lời bình</h3>` over a transcript) titles the box it is in; a
    section heading divides a text in sections, and a heading or bold line the writer typed
    first (an obituary's `TIN BUỒN`, a calendar's title) is the text's own."""
    return not any(block.heading for block in blocks[at + 1 : end])


def _is_lead(block: _Block, lead: str | None) -> bool:
    """`block` prints the lead (or the lead with the site's name after it, as descriptions do),
    a writer's credit after it or not."""
    if not lead:
        return False
    text, summary = fold(without_credit(block.text)).strip(" .…"), fold(lead).strip(" .…")
    return text == summary or (len(text) >= MIN_LEAD_PRINTED and summary.startswith(text))


def _without_opening_notes(blocks: list[_Block]) -> list[_Block]:
    """Without the notes among the first paragraphs (a translation notice under a list of the
    article's key points)."""
    limit = sum(len(b.text) for b in blocks) * MAX_NOTES_SHARE
    kept: list[_Block] = []
    before = 0
    for i, block in enumerate(blocks):
        if not (i < MAX_NOTES_TAIL and before <= limit and _note(block)):
            kept.append(block)
            before += len(block.text)
    return kept


def _past_notes_under_signature(blocks: list[_Block], page: Page) -> list[_Block]:
    """`blocks` without the notes closing them under a signature or a credit (`PHƯƠNG THẢO`
    over an aggregator's `Bài viết được tổng hợp tự động từ Báo …`, a programme's box to send
    questions, its title over a notice giving the hotline and the address to write to): the
    site's notes, dropped with the text's loose ends anyway, no longer hide the signature above
    them."""
    end = len(blocks)
    while end > 1 and blocks[end - 1].kind == "text":
        last = blocks[end - 1]
        if not (_note(last) or _closing_notice(last, page) or (end < len(blocks) and _loose(last))):
            break
        end -= 1
    return blocks[:end] if end < len(blocks) and blocks[end - 1].kind != "text" else blocks


def _note(block: _Block) -> bool:
    if len(block.text) > MAX_NOTE:
        return False
    key = fold(block.text)
    return bool(NOTE_OPENING.match(key)) or holds_note_phrase(key)


def _before_closing_note(blocks: list[_Block]) -> int:
    """Where the text ends when a note closes it (`Did you like this article?`, a paywall
    message, a trial offer): what follows such a note near the end is more of the appeal."""
    total = sum(len(b.text) for b in blocks)
    after = 0
    end = len(blocks)
    for i in range(len(blocks) - 1, max(0, len(blocks) - MAX_NOTES_TAIL) - 1, -1):
        after += len(blocks[i].text)
        if after > total * MAX_NOTES_SHARE:
            break
        if i > 0 and _note(blocks[i]):
            end = i
    return end


def _metadata_authors(page: Page) -> list[str]:
    """The people the page's metadata credits (meta author, JSON-LD author names)."""
    found = [page.meta.get("author") or ""]
    authors = page.article_ld.get("author")
    for author in authors if isinstance(authors, list) else [authors]:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str):
            found.append(name)
    names = (n for text in found for n in AUTHOR_SEPARATORS.split(text))
    return [name for name in names if len(name.split()) >= 2]


def _about_author(block: _Block, authors: list[str]) -> bool:
    """A line about one of the article's authors: `Jane Roe is …`, `Reporter Jane Roe ist …`."""
    if len(block.text) > MAX_BIO:
        return False
    for name in authors:
        at = block.text.find(name)
        if 0 <= at <= MAX_BIO_LEAD and BIO_VERB.match(block.text, at + len(name)):
            return True
    return False


def _loose(block: _Block) -> bool:
    return (
        len(block.text) <= MAX_LOOSE_LINE
        and not SENTENCE_END.search(block.text)
        and not SIGN_OFF.search(block.text)
        and not QUOTE_ATTRIBUTION.search(block.text)
    )


def _closing_label(block: _Block, page: Page) -> bool:
    """A label, or an editor's note in italics, ending in a colon: what it announces is not
    held."""
    text = block.text.strip()
    if CLOSING_LABEL.match(text) or _site_label(page, text):
        return True
    return text.endswith((":", "：")) and (block.italic or _printed_italic(page, text))


def _site_label(page: Page, text: str) -> bool:
    """A label naming the site after a word or two and a preposition, closed by a colon (`Mehr
    Themen auf example.de:`, `More from The Harbour Times:`): the title of the site's box of
    other articles, which the text does not hold."""
    found = SITE_LABEL.match(fold(text))
    if found is None:
        return False
    host = site_host(urlsplit(page.canonical_url).hostname) or ""
    names = {host, host.removeprefix("www."), fold(page.meta.get("og:site_name") or "").strip()}
    return found["site"] in names - {""}


def _printed_italic(page: Page, text: str) -> bool:
    """The page prints `text` as a line of its own all in italics (trafilatura's copy of the
    text keeps no italics)."""
    return any(
        text_of(el).strip() == text and text_of(parent).strip() == text
        for el in page.root.iter("em", "i")
        if (parent := el.getparent()) is not None
    )


def _closing_notice(block: _Block, page: Page) -> bool:
    if len(block.text) > MAX_NOTICE:
        return False
    if CLOSING_NOTICE.search(block.text):
        return True
    folded = fold(block.text)
    sent_to = VIEWS_SENT_TO.match(folded) is not None
    if sent_to and PHONE_NUMBER.search(block.text):
        return True
    feedback = sent_to or FEEDBACK_TO_OUTLET.match(folded) is not None
    return any(
        feedback or not _mailbox_in_sentence(block.text, found, page)
        for found in CONTACT_ADDRESS.finditer(block.text)
    )


def _mailbox_in_sentence(text: str, address: re.Match[str], page: Page) -> bool:
    """An address in the middle of a sentence the line closes, at a domain other than the
    site's (`… gửi về hộp thư nhansu@congty.vn hoặc gọi máy lẻ 1204 trong giờ hành chính.`): an
    organisation's mailbox the text sends its readers to, a part of it. The site's contact line
    gives its own domain's address, or ends a sentence with the address (`Email: toasoan@…`,
    `Have a tip? Jane Roe may be reached at jroe@….`)."""
    after = text[address.end() :].lstrip()
    goes_on = not address.group(1).endswith(".") and after[:1].isalpha()
    if not goes_on or not SENTENCE_END.search(text):
        return False
    own = set((urlsplit(page.url).hostname or "").split("."))
    named = address.group(1).rstrip(".").lower().split(".")[:-1]
    return not any(label in own for label in named if label not in GENERIC_LABELS)


def _classes(el: _Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def figure_paragraph(figure: _Element) -> _Element | None:
    """A figure's one paragraph after its picture, the figure's only words, short as a caption
    (a blog theme's cover, `<figure class="entry-cover"><img …><p>Sương sớm …</p></figure>`):
    its caption where the figure has no `<figcaption>`, as what a figure holds besides its
    picture describes it."""
    lines = [el for el in figure if isinstance(el.tag, str) and text_of(el)]
    if len(lines) != 1 or lines[0].tag != "p" or lines[0].find(".//img") is not None:
        return None
    if len(text_of(lines[0])) > MAX_CAPTION_CHARS or text_of(figure) != text_of(lines[0]):
        return None
    before = [el for el in lines[0].itersiblings(preceding=True) if isinstance(el.tag, str)]
    pictured = any(el.tag == "img" or el.find(".//img") is not None for el in before)
    return lines[0] if pictured else None


def _with_credit_after(caption_el: _Element, caption: str) -> str:
    """A figure's caption and the photo credit in the block right after its `<figcaption>` in
    the figure (`<figcaption>…</figcaption><div class="text-xs">Ảnh: Hải Âu</div>`), joined as
    when printed in it."""
    after = element_after(caption_el)
    if after is None:
        return caption
    credit = text_of(after)
    if not credit or not PHOTO_LINE.match(fold(credit)):
        return caption
    joined = f"{caption} {credit}"
    return joined if len(joined) <= MAX_CAPTION_CHARS else caption


def _in_slider(el: _Element) -> bool:
    """A line in a block holding two pictures or more (a slider, a gallery)."""
    return any(len(block.findall(".//img")) >= 2 for block in self_and_ancestors(el, 3))


def _reader_note(el: _Element) -> bool:
    """`el` is classed as a note and opens with a label for the reader (a handbook's `<p
    class="note">Lưu ý: Thẻ có giá trị …</p>` among the text's paragraphs, `READER_NOTE`), no
    picture under it: a line of the text, not a caption, which a note's class may name."""
    text = text_of(el)
    return (
        NOTE_BOX.search(el.get("class") or "") is not None
        and bool(READER_NOTE.match(fold(text.partition(":")[0] + ":")))
        and ":" in text
        and _picture_after(el) is None
    )


def _caption_classed(figure: _Element) -> _Element | None:
    """A figure's block its class names a caption, holding no picture: a portfolio builder's
    `<figure><img><div class="caption">…</div></figure>`, the caption where no `<figcaption>`
    is."""
    return next(
        (
            el
            for el in figure.iterdescendants()
            if isinstance(el.tag, str)
            and CAPTION_CLASS.search(_classes(el))
            and el.find(".//img") is None
        ),
        None,
    )


def _is_caption(el: _Element, after_image: bool) -> bool:
    if el.tag != "figcaption" and not after_image and _reader_note(el):
        return False
    if el.tag == "figcaption" or CAPTION_CLASS.search(_classes(el)) or _describes_picture(el):
        return True
    if not after_image:
        # a line entirely in <em>/<i> right over the picture closing their box (`<div><p><i>…
        # </i></p><img></div>`)
        return _emphasised(el) and _picture_after(el) is not None
    if _aligned_centre(el):
        return True
    if CAPTION_STYLE_CLASS.search(el.get("class") or ""):
        return True
    # a line set in italics by its style (a class's rule in the page's sheet, written inline)
    return _emphasised(el) or bool(ITALIC_STYLE.search(el.get("style") or ""))


def _emphasised(el: _Element) -> bool:
    """All of `el`'s text is in `<em>` or `<i>`."""
    emphasised = "".join(text_of(e) for e in el.iter("em", "i"))
    return bool(emphasised) and len(emphasised) >= len(text_of(el)) - 2


def _picture_after(el: _Element) -> _Element | None:
    """The picture right after a line, the last block of their box (`<div class="khung-anh">
    <div class="chu-thich">…</div><img></div>`): the line captions it from above."""
    after = el.getnext()
    if after is None or after.getnext() is not None or (el.tail or "").strip():
        return None
    if after.tag != "img" and (text_of(after) or len(after.findall(".//img")) != 1):
        return None
    return after if after.tag == "img" else after.find(".//img")


def stamp(img: _Element) -> bool:
    """`img`, or the block holding it, is classed as a stamp (`<p class="stamp"><img …></p>`
    before the lead, in the text or over it): a series' seal or a kind's icon printed on each
    of its articles, no picture of this one."""
    block = img.getparent()
    return any(STAMP_CLASS.search(el.get("class") or "") for el in (img, block) if el is not None)


def _describes_picture(el: _Element) -> bool:
    """A `<dd>` under a `<dt>` holding only a picture: a definition list typed as a figure
    (`<dl><dt><img></dt><dd>caption</dd></dl>`), its description the picture's caption."""
    term = el.getprevious() if el.tag == "dd" else None
    return (
        term is not None
        and term.tag == "dt"
        and term.find(".//img") is not None
        and not text_of(term)
    )


def picture_box_line(el: _Element) -> _Element | None:
    """The line of a box that holds a picture and one short line under it, nothing else
    (`<div><img><small>…</small></div>`, a linked picture over a `<p>`): the picture's caption,
    whatever its tag or class. In a paragraph, the line is a caption by its class (a static
    blog's `<p><a><img></a><span class="image-caption">…</span></p>`). Line breaks between
    the two are no line (`<div><img><br><span class="chuthich">…</span></div>`)."""
    if el.tag not in ("div", "section", "aside", "p") or len(el) < 2 or (el.text or "").strip():
        return None
    picture, *breaks, line = el
    if any(br.tag != "br" or (br.tail or "").strip() for br in breaks):
        return None
    if el.tag == "p" and not CAPTION_CLASS.search(_classes(line)):
        return None
    if not (isinstance(picture.tag, str) and isinstance(line.tag, str)):
        return None
    if (picture.tail or "").strip() or (line.tail or "").strip():
        return None
    if picture.tag != "img" and (
        picture.tag not in ("a", "picture", "span", "div")
        or picture.find(".//img") is None
        or (picture.tag != "a" and text_of(picture))  # a link may say to open the picture
    ):
        return None
    if line.tag in HEADING_TAGS or line.find(".//img") is not None:
        return None
    if line.tag in ("ol", "ul") and len(picture.findall(".//img")) > 1:
        return None  # the pictures' captions one by one (`_Reader.caption_list`)
    text = text_of(line)
    return line if text and len(text) <= MAX_CAPTION_CHARS else None


def _in_words(img: _Element, picture: _Element) -> bool:
    """A picture inside words of the picture's link (`<span><img> Bấm vào ảnh…</span>`): an
    icon of the words."""
    if img is picture:
        return False
    for el in img.iterancestors():
        if el is picture:
            return False
        if text_of(el):
            return True
    return False


def _captions_below(table: _Element) -> list[tuple[_Element, _Element]]:
    """Pictures side by side in a row of a table, each alone in its cell, over a row of as many
    short lines: each picture with the cell under it, its caption."""
    rows = list(table.iter("tr"))
    for row, below in zip(rows, rows[1:], strict=False):
        cells = [cell for cell in row if cell.tag in CELL_TAGS]
        captions = [cell for cell in below if cell.tag in CELL_TAGS]
        if len(cells) < 2 or len(cells) != len(captions):
            continue
        pictures = [cell.findall(".//img") for cell in cells]
        if any(len(found) != 1 for found in pictures) or any(text_of(cell) for cell in cells):
            continue
        if all(0 < len(text_of(cell)) <= MAX_CAPTION_CHARS for cell in captions):
            return [(found[0], cell) for found, cell in zip(pictures, captions, strict=True)]
    return []


def _headed(table: _Element) -> bool:
    """`table`'s first row is a header row: header cells (`<th>`) only, naming the columns."""
    first = next(table.iter("tr"), None)
    cells = [cell for cell in first if cell.tag in CELL_TAGS] if first is not None else []
    return bool(cells) and all(cell.tag == "th" for cell in cells)


def _album_cells(table: _Element) -> list[tuple[_Element, _Element]]:
    """The pictures of an album table, each with its cell: a table whose every cell holding a
    picture holds one, with a short line beside it (`<td><a><img></a><br><span>caption</span>
    </td>`, a school portal's album), that line its caption; no album when a cell holding a
    picture holds no words or more than a caption."""
    found: list[tuple[_Element, _Element]] = []
    for cell in table.iter(*CELL_TAGS):
        pictures = cell.findall(".//img")
        if not pictures:
            continue
        text = text_of(cell)
        if len(pictures) > 1 or not text or len(text) > MAX_CAPTION_CHARS:
            return []
        found.append((pictures[0], cell))
    return found


def row_caption(img: _Element) -> _Element | None:
    """The cell under a picture standing alone in its row of a layout table, set in italics,
    or a sentence centred under the picture's centred cell with no link, and as short as a
    caption (an e-mail newsletter's `<tr><td><img …></td></tr><tr><td
    style="font-style:italic">Các điểm bán tạm …</td></tr>`, a campaign's `<td
    align="center"><img></td>` over `<td align="center">Tin nhắn giả …</td>`): the picture's
    caption."""
    row = next(img.iterancestors("tr"), None)
    if row is None or text_of(row) or len(row.findall(".//img")) != 1:
        return None
    after = row.getnext()
    cells = (
        [c for c in after if c.tag in CELL_TAGS] if after is not None and after.tag == "tr" else []
    )
    if len(cells) != 1 or cells[0].find(".//img") is not None:
        return None
    cell, text = cells[0], text_of(cells[0])
    italic = bool(ITALIC_STYLE.search(cell.get("style") or "")) or (
        bool(text) and "".join(text_of(e) for e in cell.iter("em", "i")) == text
    )
    own = next(img.iterancestors(*CELL_TAGS), None)
    centred = (
        own is not None
        and _aligned_centre(own)
        and _aligned_centre(cell)
        and cell.find(".//a") is None
        and FULL_STOP.search(text) is not None  # a sentence, not an issue's line of facts
    )
    return cell if (italic or centred) and 0 < len(text) <= MAX_CAPTION_CHARS else None


def _floated_facts(table: _Element) -> bool:
    """`table` is floated beside the text and lists facts in rows of a label and its value
    (a wiki's infobox: `<table class="infobox" style="float:right">`, a thumbnail in one row,
    then `Địa chỉ | …`, `Xây dựng | …`): a box of facts about the subject, no part of the text,
    and its picture no figure of it (its caption would be the facts)."""
    if not FLOATED.search(table.get("style") or ""):
        return False
    facts = [
        row
        for row in table.iter("tr")
        if len(cells := [cell for cell in row if cell.tag in CELL_TAGS]) == 2
        and all(text_of(cell) for cell in cells)
    ]
    return len(facts) >= MIN_FACT_ROWS


def table_caption(table: _Element) -> str:
    """A caption table's caption: its `<caption>` (printed above or, styled so, below the
    picture whatever its place in the source), the text of its rows without the picture, and
    the short line in the cell beside a lone picture's (`<td><img></td><td><em>…</em></td>`)."""
    lines = [text_of(caption) for caption in table.iterchildren("caption")]
    lines += [text_of(row) for row in table.iter("tr") if row.find(".//img") is None]
    lines += _line_beside_picture(table)
    return " ".join(line for line in lines if line).strip()


def _line_beside_picture(table: _Element) -> list[str]:
    """The text of the cells beside the only picture of a table, in the picture's row, when the
    picture's cell holds no words and that text is as short as a caption."""
    pictures = table.findall(".//img")
    if len(pictures) != 1:
        return []
    cell = next((up for up in pictures[0].iterancestors(*CELL_TAGS)), None)
    row = cell.getparent() if cell is not None else None
    if row is None or row.tag != "tr" or text_of(cell):
        return []
    beside = " ".join(text for other in row if other is not cell and (text := text_of(other)))
    return [beside] if len(beside) <= MAX_CAPTION_CHARS else []


def _pictures_over_lines(el: _Element) -> list[tuple[_Element, _Element]]:
    """Two pictures or more in one paragraph, each followed after a line break by its own
    italic line (`<p><img><br><em>caption 1</em><br><img><br><em>caption 2</em></p>`): each
    picture with its line, its caption."""
    children = [child for child in el if isinstance(child.tag, str)]
    if (el.text or "").strip() or any((child.tail or "").strip() for child in children):
        return []
    found: list[tuple[_Element, _Element]] = []
    picture: _Element | None = None
    for child in children:
        if child.tag == "img" and picture is None:
            picture = child
        elif child.tag in ("em", "i") and picture is not None and text_of(child):
            found.append((picture, child))
            picture = None
        elif child.tag != "br":
            return []
    if picture is not None or len(found) < 2:
        return []
    return found if all(len(text_of(line)) <= MAX_CAPTION_CHARS for _, line in found) else []


def signed_name(el: _Element) -> str | None:
    """A signature's name: a name in bold opening `el`, and after a line break a line saying who
    the person is (`<strong>TS. Lê Văn An</strong><br><em>Học viện Tài chính</em>`, a reader's
    address in brackets): the bold line alone, the line under it being no part of the name.
    The bold may hold the name in an old editor's `<font>` (`<b><font size="3">KS. …</font></b>`).
    A signature all in italics, a full name over the line under it (`<em>Hoàng Anh Tuấn</em><br>
    <em>Tổ trưởng …</em>`), is one too (`_italic_signature`).
    """
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) >= 2 and (under := _name_under_unit(children)):
        return under
    if plain := _name_over_post(el):
        return plain
    if _italic_signature(el):
        return text_of(children[0])
    if len(children) < 2 or children[0].tag not in ("strong", "b") or children[1].tag != "br":
        return None
    if (el.text or "").strip() or (children[0].tail or "").strip():
        return None
    if any(inner.tag not in ("font", "span") for inner in children[0].iterdescendants()):
        return None
    if not (children[1].tail or "").strip() and len(children) == 2:
        return None  # nothing under the name
    name = text_of(children[0])
    return name if name and len(name) <= MAX_BYLINE_CHARS else None


def _name_over_post(el: _Element) -> str | None:
    """A full name typed plain, maybe after a calling or a title, opening `el`, and after a line
    break the person's post or office and nothing else (`Võ sư Lê Văn Tâm<br><span>Chủ nhiệm
    CLB …</span>`, a newsletter's signature): the name, the line under it saying who he is."""
    children = [child for child in el if isinstance(child.tag, str)]
    name = (el.text or "").strip()
    if not children or children[0].tag != "br" or not _full_name(without_title(name)):
        return None
    under = text_of(el)[len(name) :].strip()
    return name if under and (is_post(under) or is_organisation(under)) else None


def _italic_signature(el: _Element) -> bool:
    """`el` is a full name in italics, a line break and one more line in italics saying who the
    person is (`<em>Hoàng Anh Tuấn</em><br><em>Tổ trưởng tổ bảo vệ …</em>`), nothing else: a
    blog post's signature under its text, where a caption is a sentence and no name."""
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) != 3 or (el.text or "").strip():
        return False
    name, br, under = children
    return (
        name.tag in ("em", "i")
        and br.tag == "br"
        and under.tag in ("em", "i")
        and not any((child.tail or "").strip() for child in children)
        and _full_name(without_title(text_of(name)))
        and bool(text_of(under))
    )


def _signing_cell(el: _Element) -> bool:
    """A layout table's cell printing a signature, the name in bold over a line saying who the
    person is (a campaign's `<td align="right"><strong>LS. Trần Quốc Bảo</strong><br><span>Phó
    Chủ nhiệm …</span></td>`), or a cell aligned right holding one short line all in italics
    or bold (a newsletter's `<td align="right"><em>Ban quản lý …</em></td>` under its text): a
    line of its own, read as a paragraph is, not run into the cells around it."""
    if el.tag not in CELL_TAGS:
        return False
    return signed_name(el) is not None or (aligned_right(el) and _emphasised_line(el))


def _emphasised_line(el: _Element) -> bool:
    """`el` holds one element and nothing else, in italics or bold, of a byline's length."""
    children = [child for child in el if isinstance(child.tag, str)]
    text = text_of(el)
    return (
        len(children) == 1
        and children[0].tag in ("em", "i", "strong", "b")
        and not (el.text or "").strip()
        and not (children[0].tail or "").strip()
        and 0 < len(text) <= MAX_BYLINE_CHARS
    )


def _name_under_unit(children: list[_Element]) -> str | None:
    """A signature printing the writer's unit over her name, a line break between (`<em>Trung
    tâm Y tế khu vực …</em><br><strong>BS. Lâm Hữu Tài</strong>`): the name in bold closing the
    element, when all before the break is an organisation's name."""
    name, br = children[-1], children[-2]
    if name.tag not in ("strong", "b") or br.tag != "br":
        return None
    if (name.tail or "").strip() or (br.tail or "").strip():
        return None
    parent = br.getparent()
    unit = "".join(
        [parent.text or ""] + [text_of(child) + (child.tail or "") for child in children[:-2]]
    )
    text = text_of(name)
    if not unit.strip() or not is_organisation(unit) or not text or len(text) > MAX_BYLINE_CHARS:
        return None
    return text


def _italic_line_before_break(el: _Element) -> _Element | None:
    """An italic line opening a paragraph and ended by a line break before plain text (`<p><em>
    caption</em><br>the next paragraph…</p>`): under a picture waiting for its caption, the
    caption typed into the paragraph after it."""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    if first is None or first.tag not in ("em", "i") or (el.text or "").strip():
        return None
    after = first.getnext()
    if (first.tail or "").strip() or after is None or after.tag != "br":
        return None
    caption = text_of(first)
    if not caption or len(caption) > MAX_CAPTION_CHARS or not (after.tail or "").strip():
        return None
    return first


def _signature_after_break(el: _Element) -> _Element | None:
    """A bold line closing a paragraph after a line break: the author's name under the last
    sentence, printed in the same `<p>`; or, in the text's last paragraph, the names in bold
    capitals right after its last sentence (`… chờ nghiệm thu. <strong>MINH TRÍ</strong>`)."""
    children = [child for child in el if isinstance(child.tag, str)]
    if not children or children[-1].tag not in ("strong", "b"):
        return None
    last = children[-1]
    if (last.tail or "").strip() or len(last):
        return None
    broken = len(children) >= 2 and children[-2].tag == "br"
    if broken and (children[-2].tail or "").strip():
        return None
    if not broken and not (_is_caps_names(text_of(last)) and _last_with_text(el)):
        return None
    before = text_of(el)[: -len(text_of(last)) or None]
    return last if SENTENCE_END.search(before.rstrip()) else None


def _last_with_text(el: _Element) -> bool:
    """No element after `el` in its parent prints any text: the text's last paragraph."""
    return not any(isinstance(after.tag, str) and text_of(after) for after in el.itersiblings())


def _data_table(table: _Element) -> bool:
    """A table of figures rather than of layout: two rows or more, one with two cells or more,
    and cells holding text only (a paragraph at most: no box, list, picture or other table;
    a pictogram beside a cell's words is a symbol of its row, see `_pictogram`)."""
    rows = list(table.iter("tr"))
    cells = [cell for row in rows for cell in row if cell.tag in CELL_TAGS]
    return (
        len(rows) >= 2
        and any(sum(cell.tag in CELL_TAGS for cell in row) >= 2 for row in rows)
        and not any(
            (inner.tag in LAYOUT_TAGS and not (inner.tag == "img" and _pictogram(inner, cell)))
            or (inner.tag == "p" and len(cell.findall(".//p")) > 1)
            for cell in cells
            for inner in cell.iterdescendants()
        )
    )


def _pictogram(img: _Element, cell: _Element) -> bool:
    """An icon beside a cell's words (a forecast's `<img src="/icons/rain.svg"> Mưa vừa`, a
    price's arrow): an icon by its size or its file's or folder's name, no picture of a layout
    table."""
    src = img.get("src") or ""
    return bool(text_of(cell)) and (icon(img, src) or bool(ICON_FILE.search(src)))


def double_br(el: _Element) -> bool:
    """Text typed with `<br><br>` between paragraphs (forum posts, old editors)."""
    return any(
        br.tag == "br"
        and not (br.tail or "").strip()
        and (nxt := br.getnext()) is not None
        and nxt.tag == "br"
        for br in el
    )


def _linked_to_itself(el: _Element) -> bool:
    """`el` is a heading whose words link to the heading itself (`<h2 id="lich-hoc"><a
    href="#lich-hoc">Lịch học</a></h2>`, or a docs generator's under a hash route, `<a
    href="#/bai-viet?id=lich-hoc">`): its own anchor, a sub-heading of the text, not another
    article's title."""
    links = list(el.iter("a"))
    if el.tag not in HEADING_TAGS or not links:
        return False
    names = {unquote(name) for e in (el, *links) for name in (e.get("id"), e.get("name")) if name}
    return all(_place_named(link.get("href")) in names for link in links)


def _place_named(href: str | None) -> str | None:
    """The place on the page itself a link leads to: `#x` names `x`, a hash route's `#/bai-viet
    ?id=x` too; `None` for a link to another page."""
    href = (href or "").strip()
    if not href.startswith("#"):
        return None
    fragment = href[1:]
    if fragment.startswith(("/", "!/")):
        return next(iter(parse_qs(urlsplit(fragment).query).get("id", [])), None)
    return unquote(fragment) or None


def _link_chars(el: _Element) -> int:
    return sum(len(text_of(a)) for a in el.iter("a"))


def _ends_in_link(el: _Element, text: str) -> bool:
    """A short line closed by a link (`Mời bạn đọc xem thêm … tại chuyên mục <a>Giáo dục</a>.`),
    or by a link and a note on it in brackets (`Xem thêm: <a>Hướng dẫn kê khai</a> (hạn nộp:
    31/01/2027).`): the words before it only say where the link leads."""
    last = next((text_of(a) for a in reversed(list(el.iter("a")))), "")
    if not last or len(text) > MAX_READ_ALSO or last not in text:
        return False
    rest = text[text.rindex(last) + len(last) :]
    return text.rstrip(" .…:;!)").endswith(last) or bool(LINK_NOTE.fullmatch(rest))


def _points_elsewhere(text: str, links: int, el: _Element | None = None) -> bool:
    """A line that points to another article (`Xem thêm: <a>…</a>`, `>> <a>…</a>`), typed as
    `el`, a block, or as a run of text between blocks and line breaks (a forum post's quote
    box). Only a line with a link, a short one, or one opening with a label and its colon is
    folded to be read."""
    if not links:
        if len(text) <= SEE_ALSO_WORDS:
            return bool(SEE_ALSO.match(fold(text)))
        return len(text) <= MAX_READ_ALSO and ":" in text[:SEE_ALSO_WORDS] and _names_other(text)
    if len(text) <= MAX_READ_ALSO and POINTER.match(text):
        return True
    short = len(text) <= 2 * links + SEE_ALSO_WORDS
    if not (short or (el is not None and len(text) <= MAX_READ_ALSO)):
        return False
    key = fold(text)
    if SEE_ALSO.match(key):
        return short or _ends_in_link(el, text)
    if el is not None and _label_then_link(el, text):
        return True
    return el is not None and bool(INVITATION.match(key)) and _ends_in_link(el, text)


def _label_then_link(el: _Element, text: str) -> bool:
    """`el` is a few words up to a colon, one link, and the linked article's day in brackets
    after it (`相关阅读：<a>…</a>（2026-11-19）`, a Lao edition's `ອ່ານເປັນພາສາຫວຽດນາມ: <a>…</a>
    (03/12/2026 20:05)` to its Vietnamese original): a pointer to another article, in whatever
    language the label is."""
    links = [a for a in el.iter("a") if text_of(a)]
    if len(links) != 1:
        return False
    name = text_of(links[0])
    at = text.find(name)
    label, rest = text[:at].rstrip(), text[at + len(name) :]
    return (
        0 < len(label) <= SEE_ALSO_WORDS + 1
        and label.endswith((":", "：", "៖"))
        and LINK_AFTERWORD.fullmatch(rest) is not None
    )


def without_credit(text: str) -> str:
    """`text` without a writer's credit in brackets after its last sentence (`(Bài: …)`)."""
    credit = CLOSING_CREDIT.search(text)
    return text[: credit.start()] if credit and ROLE_LINE.match(credit[1]) else text


def pointer_link(el: _Element) -> bool:
    """`el` is a link pointing to another article (`Xem thêm: …`, `>> Đọc thêm`)."""
    return el.tag == "a" and bool(SEE_ALSO.match(fold(text_of(el))))


def _names_other(text: str) -> bool:
    """`Đọc thêm: Lễ hội đua ghe ngo …` typed without a link: the label and its colon, then
    another article's title, which closes no sentence."""
    key = fold(text)
    label = SEE_ALSO.match(key)
    return (
        label is not None
        and key[label.end() :].lstrip().startswith(":")
        and not text.rstrip().endswith((".", "!", "?", "…", ":", ";"))
    )


def _link_only(text: str, links: int) -> bool:
    """A paragraph that is one link to another article (its title, no closing full stop)."""
    return (
        links >= 0.9 * len(text)
        and len(text) <= 200
        and not text.rstrip().endswith((".", "!", "?", "…", ":"))
    )


def _mailed_signature(el: _Element) -> bool:
    """A line aligned right whose links each mail someone (`<p align="right"><a
    href="mailto:…">Thân Ngọc Hạnh</a></p>`): the writer signing with her address, no link to
    another page."""
    return aligned_right(el) and all(
        (a.get("href") or "").strip().lower().startswith("mailto:") for a in el.iter("a")
    )


def _teaser_line(el: _Element, text: str, links: int) -> bool:
    """A paragraph of titles of other articles, each a link (`Fares rise again [VIDEO] | The
    old pier reopens`): a list of teasers set as one line, however long."""
    titles = sum(len(text_of(a)) >= MIN_TEASER_TITLE for a in el.iter("a"))
    return titles >= MIN_TEASERS and links >= MIN_TEASER_LINKS * len(text)


def _table_source(text: str) -> bool:
    """A short line opening with a source's label (`Nguồn: Công ty …, cập nhật lúc 09:30 ngày
    05/12/2026`), or naming the figures' unit (`Giá đã gồm VAT, đơn vị: đồng/bình.`): under a
    table, it says where and when its figures were read, or what they count, whatever follows
    the label."""
    folded = fold(text)
    return len(text) <= MAX_TABLE_SOURCE and bool(
        TABLE_SOURCE.match(folded) or TABLE_UNIT.search(folded)
    )


def _small_print(el: _Element) -> bool:
    """`el` sets its type by an inline style at 12 px or less (an e-mail's `<td style="font-size:
    12px;color:#888888">` note under a price table, beside text at 15 px): a note in small
    print, no line of the text."""
    return SMALL_PRINT.search(el.get("style") or "") is not None


def _under_table(el: _Element) -> bool:
    """`el` comes right after a table of figures: a source line there (`Nguồn: Cục Hải quan`
    under an export table) credits the table's figures, not the article."""
    before = _printed_before(el)
    return before is not None and before.tag == "table" and _data_table(before)


def _printed_before(el: _Element) -> _Element | None:
    """What a reader sees printed right above `el`: the element before it, or before the layout
    cell or row it opens (an e-mail's web version sets each block in a row of its own), and
    inside that the block a lone wrapper holds (a row's one cell, the table in it)."""
    node, before = el, element_before(el)
    for _ in range(MAX_LAYOUT_CLIMB):
        parent = node.getparent()
        if before is not None or parent is None or parent.tag not in LAYOUT_WRAPPERS:
            break
        node, before = parent, element_before(parent)
    while before is not None and before.tag != "table" and len(inner := _elements(before)) == 1:
        before = inner[0]
    return before


def _elements(el: _Element) -> list[_Element]:
    """`el`'s child elements, past comments."""
    return [child for child in el if isinstance(child.tag, str)]


def _line_kind(text: str, now: datetime | None = None) -> str:
    """What a short line is by its words alone: site boilerplate, a photo caption or credit,
    a source credit, or text; a date read against `now`, the page's fetch time."""
    if len(text) > MAX_FOOTER_LINE:
        return "text"
    key = fold(text).strip()
    if footer_line(key) or VIEWS_LINE.match(key) or _is_box_title_text(key):
        return "boilerplate"
    if EMPTY_BRACKETS.fullmatch(key):
        return "boilerplate"
    if len(text) <= MAX_READ_ALSO and READ_ALSO.match(key):
        return "boilerplate"
    if len(text) <= MAX_DATE_LINE and _is_date_line(text, now) and not _dated_field(text):
        return "boilerplate"
    if len(text) <= MAX_READ_ALSO and TOOLBAR_LINE.match(key):
        return "boilerplate"
    if _is_site_line(text, key):
        return "boilerplate"
    if PHOTO_LINE.match(key):
        return "photo"
    if STAFF_LINE.match(key):
        return "staff"
    if CREDIT_LINE.match(key):
        return "credit"
    return "text"


def _dated_field(text: str) -> bool:
    """`text` is a label, its colon and a date closed by a full stop, as a sentence is (a
    notice's `Thời gian: 19 giờ 30 tối thứ Bảy, ngày 5/12/2026.` over its `Địa điểm: …`): a
    field of the text saying when something happens, no date line of the page's."""
    label, colon, value = text.partition(":")
    return (
        bool(colon) and not any(char.isdigit() for char in label) and value.rstrip().endswith(".")
    )


def _is_date_line(text: str, now: datetime | None = None) -> bool:
    """A line that is only a date and time (`01/06/2024 | 09:15`), or one with the views after
    it (`VIEWS_AFTER`): the article's meta line."""
    if CJK_DATE_LINE.match(text):
        return CJK_DATE.search(text) is not None
    views = VIEWS_AFTER.search(fold(text))
    return only_a_date(text[: views.start()] if views else text, now)


def only_a_date(text: str, now: datetime | None = None) -> bool:
    """A date and time with hardly anything around it (`03/12/2025 09:30`, `Thứ 6, 05/12/2025`),
    as the page prints it, read against `now` (the page's fetch time, not the machine's clock:
    a date after the clock is none)."""
    found = search_datetime(text, now=now) if len(text) <= MAX_DATE_LINE else None
    return found is not None and len(text) - (found.end - found.start) <= MAX_DATE_DECORATION


def _is_site_line(text: str, key: str) -> bool:
    """An ad label, a reading-time line, a player's label, a publish line, a share bar or a call
    to share, a copyright line, an app's store links, a rating widget's lines, a pager, a
    countdown, an embed's stand-in, a note that the article ran in print, a call to subscribe,
    to install the app or to send the newsroom tips, a metered wall's line, a follow row's
    count of followers, a source line in parentheses, or a recording's teaser closed by its day
    and running time."""
    if MEDIA_STAMP.search(key):
        return True
    if len(text) <= MAX_SITE_LINE and (
        AD_LABEL.match(key)
        or READING_TIME.match(key)
        or AUDIO_LABEL.match(key)
        or SOURCE_LINE.match(key)
        or _is_publish_line(key)
        or SHARE_LINE.match(key)
        or SHARE_PROMPT.match(key)
        or COPYRIGHT_LINE.match(key)
        or STORE_LINE.match(key)
        or RATING_LINE.match(key)
        or PAGER_LINE.match(key)
        or COUNTDOWN.search(key)
        or FOLLOWERS_LINE.search(key)
    ):
        return True
    if len(text) <= MAX_READ_ALSO and (EMBED_LINE.match(key) or PRINT_ISSUE_LINE.match(key)):
        return True
    return len(text) <= MAX_SUBSCRIBE_CALL and bool(
        SUBSCRIBE_CALL.match(key)
        or APP_CALL.match(key)
        or TIP_CALL.search(key)
        or WALL_LINE.match(key)
    )


def _is_publish_line(key: str) -> bool:
    """`Stand: 12.05.2026, 14:30 Uhr`: a label, then a date or time and hardly any words (a
    sentence that opens with `Updated figures …` has more)."""
    label = PUBLISH_LABEL.match(key)
    if label is None:
        return False
    rest = key[label.end() :]
    words = re.findall(r"[^\W\d_]+", rest)
    return bool(DATE_OR_TIME.search(rest)) and len(words) <= MAX_DATE_WORDS


def _is_box_title_text(key: str) -> bool:
    return len(key) <= MAX_BOX_TITLE and bool(BOX_TITLE.match(key))


def _is_bold_name(block: _Block) -> bool:
    """A last line that is only a name in bold (`Nguyễn Thị Hoa (CTV)`, `H.V.`, `PV (tổng
    hợp)`), a name and the outlet it writes for after a slash (`Hải Đăng/VOV-Miền Trung`), or a
    name after a title and before the writer's post or unit after a dash (`Kỹ sư Phạm Quốc Việt
    - Đoàn Địa chất 204`); a unit's full name may run long (`Đại úy … - Phòng An ninh mạng và
    phòng chống tội phạm sử dụng công nghệ cao, Công an tỉnh …`), the name before it may not."""
    name, slash, _ = block.text.partition("/")
    if not block.bold or (slash and clean_byline(block.text).source is None):
        return False
    note = WRITERS_NOTE.search(fold(name))  # (the folded copy keeps the text's length)
    unit_signed = name_before_unit(name)
    if len(block.text) > (MAX_CAPS_CHARS if unit_signed == name else MAX_BYLINE_CHARS):
        return False
    return len(unit_signed) <= MAX_CAPS_CHARS and any(
        _full_name(named, least=1)
        for named in (name[: note.start() if note else None], without_title(unit_signed))
    )


def _italic_name_with_unit(block: _Block) -> bool:
    """A last line in italics that is a name, maybe after a title, then a dash and the writer's
    unit (`<em>Võ Thanh Tâm - Tổ khuyến nông xã …</em>`) or a comma and the writer's post
    (`<em>Lò Văn Thắng, công chức Văn hóa - Xã hội xã</em>`): a contributor signing, as in
    bold; the unit or post after the name tells it from an italic quote or note."""
    name, comma, post = block.text.partition(", ")
    if not (comma and is_post(post)):
        name = name_before_unit(block.text)
    return (
        block.italic
        and name != block.text
        and len(block.text) <= MAX_CAPS_CHARS
        and _full_name(without_title(name), least=2)
    )


def _names_emphasised(block: _Block) -> bool:
    """A last line in bold or italics that is only full names joined by commas, dashes, `và` or
    `&` (`<em>Mai Anh, Tuấn Kiệt, Hồng Sơn</em>`): the writers signing together, as one name in
    bold does; one name in italics alone may be a quote's speaker."""
    names = WRITERS_JOIN.split(block.text.strip())
    return (
        (block.bold or block.italic)
        and 2 <= len(names) <= MAX_WRITERS
        and len(block.text) <= MAX_BYLINE_CHARS
        and all(_full_name(without_title(name)) for name in names)
    )


def _plain_full_name(last: _Block, before: _Block) -> bool:
    """A last line in no style that is a full name alone, a family name opening it, under a line
    closing a sentence (`<p>Phạm Minh Thu</p>` as Báo Thái Bình signs): the writer's signature.
    A shorter name, or one no family name opens, may be a place's (`Hà Nội`) or a loose line."""
    words = last.text.split()
    return (
        last.kind == "text"
        and not (last.bold or last.italic or last.heading)
        and MIN_FULL_NAME_WORDS <= len(words) <= MAX_FULL_NAME_WORDS
        and words[0] in COMMON_SURNAMES
        and _full_name(last.text)
        and SENTENCE_END.search(before.text) is not None
    )


def _desk_under_source(source: _Block, last: _Block) -> bool:
    """A last line in bold or italics naming a desk or a board alone (`Ban Biên tập Bản tin
    Khuyến nông`) under a source's line (`Theo Cổng Thông tin điện tử tỉnh`): a newsletter's
    desk signing what it took from the source, which is no author."""
    return (
        source.kind == "credit"
        and last.kind == "text"
        and (last.bold or last.italic)
        and len(last.text) <= MAX_CAPS_CHARS
        and _signing_body(last.text)
    )


def _small_heading_name(text: str) -> str | None:
    """The name a smallest heading (`<h5>`, `<h6>`) prints, alone or before the newsroom's desk
    after a dash (`<h6>THU PHƯƠNG – Ban Kinh tế</h6>`): closing the text, the writer's
    signature set small, the desk no part of it. None when the heading says anything else."""
    name, *desk = DESK_AFTER_DASH.split(text, maxsplit=1)
    if not _full_name(name) or len(name) > MAX_CAPS_CHARS:
        return None
    signed = clean_byline(desk[0]) if desk else None
    return name if signed is None or (signed.display and not signed.people) else None


def _dated_signature(el: _Element, text: str) -> bool:
    """A line in bold or italics that is a name then a dash and the day it was signed (`<em>Minh
    Anh - 04/12/2025</em>`): the writer's signature."""
    found = DATED_NAME.fullmatch(text) if len(text) <= MAX_CAPS_CHARS + 12 else None
    if found is None or not _full_name(found["name"]):
        return False
    return sum(len(text_of(e)) for e in el.iter("em", "i", "strong", "b")) >= len(text) - 2


def _is_ruled_name(rule: _Block, last: _Block) -> bool:
    """A last line that is only a full name under a line of dashes or stars (`---`, `***`):
    the signature the rule sets apart from the text, in bold or not."""
    return (
        bool(RULE_LINE.fullmatch(rule.text.replace(" ", "")))
        and len(last.text) <= MAX_CAPS_CHARS
        and _full_name(last.text)
    )


def _is_opening_names(block: _Block, page: Page) -> bool:
    """A first line that is only full names in bold, one or a few joined by `/` or `,`
    (`<p><strong>Jane Doe/John Roe</strong></p>` over the text): the byline some papers type
    into the top of the text, its class saying so or not. Each name is two to four capitalised
    words, so a bold word or initials opening the text are not taken for it."""
    if block.kind not in ("text", "byline-candidate") or len(block.text) > MAX_CAPS_CHARS:
        return False
    names = [n for n in OPENING_NAME_SEPARATORS.split(block.text) if n]
    return (
        bool(names)
        and all(
            2 <= len(words := name.split()) <= MAX_OPENING_NAME_WORDS
            and all(re.match(NAME_WORD, w) and not w.endswith(".") for w in words)
            for name in names
        )
        and (block.bold or _printed_bold(page, block.text))
    )


def _is_credit_line(block: _Block) -> bool:
    """A writer's line under its label opening the text (`Bài: Minh Anh – Ảnh: Quốc Tuấn`), as
    it closes it. A line also printing a date or a time is the post's meta line (`Đăng bởi: …
    Ngày đăng: … Đăng trong: …`), whose writer the author box reads in its own element."""
    return (
        block.kind == "byline-candidate"
        and len(block.text) <= MAX_BYLINE_CHARS
        and bool(ROLE_LINE.match(block.text))
        and not DATE_OR_TIME.search(block.text)
    )


def _printed_bold(page: Page, text: str) -> bool:
    """The page prints `text` as a line of its own all in bold: trafilatura's copy of the text,
    which is read on pages in other languages, keeps no bold."""
    return any(
        text_of(el) == text and text_of(parent) == text
        for el in page.root.iter("strong", "b")
        if (parent := el.getparent()) is not None
    )


def _is_caps_names(text: str) -> bool:
    if (
        len(text) > MAX_CAPS_CHARS
        or text != text.upper()
        or not re.fullmatch(r"[^\W\d_ .\-–,]+(?:[ .\-–,]+[^\W\d_ .\-–,]+)+", text)
    ):
        return False
    return all(1 <= len(name.split()) <= 4 for name in NAME_SEPARATORS.split(text))


def _standing_signature(el: _Element, text: str, page: Page) -> bool:
    """`el` is classed as a signature and the page prints its text again in another element so
    classed (a forum's `<div class="signature">Nguyễn Văn Hậu - Trại lợn …</div>` under each of
    a member's posts): the member's standing signature, which the forum adds to every post of
    theirs; neither text nor a byline, the post's poster being named beside it. So is one
    opening with the poster's name on his only post (`_poster_s_signature`), and one opening
    with a rule of dashes over its lines (`<div class="signature">-----<br><i>Cẩn tắc vô áy náy.
    Bảo - Cầu Giấy.</i></div>`, the forum setting the member's signature off from his post),
    whichever of its lines is read."""
    box = next((a for a in (el, *el.iterancestors()) if SIGNATURE_BLOCK.search(_classes(a))), None)
    if box is not None and SIGNATURE_RULE.match(text_of(box)):
        return True
    if not SIGNATURE_BLOCK.search(_classes(el)):
        return False
    same = (
        other
        for other in page.root.iter(el.tag)
        if SIGNATURE_BLOCK.search(_classes(other)) and text_of(other) == text
    )
    if next(same, None) is not None and next(same, None) is not None:
        return True
    return _poster_s_signature(text, page)


def _poster_s_signature(text: str, page: Page) -> bool:
    """A signature-classed block opening with the name a link outside such blocks prints (the
    poster's profile link over a forum's post, `<a href="profile.php?…">Trương Công Phước</a>`)
    and going on after a dash or comma with his workshop, address or phone: the member's
    standing signature on his only post in the thread, the poster named beside it."""
    for link in page.root.iter("a"):
        name = text_of(link)
        if (
            len(name.split()) >= MIN_POSTER_WORDS
            and text.startswith(name)
            and SIGNED_AFTER_NAME.match(text, len(name))
            and not any(SIGNATURE_BLOCK.search(_classes(a)) for a in link.iterancestors())
        ):
            return True
    return False


def _is_byline_like(el: _Element, text: str) -> bool:
    """A line that may sign the text: a role's line, a name with its source or after a dash,
    initials alone (`Đ.Q.V.`), a line set right or classed as the byline; a note set right (a
    part's `(Còn nữa)`) is none."""
    if len(text) > MAX_BYLINE_CHARS or NOTE_OPENING.match(fold(text)):
        return False
    if ROLE_LINE.match(text) or _named_with_source(text) or _dash_signed(text):
        return True
    if INITIALS_ALONE.fullmatch(text.strip()):
        return True
    return (
        aligned_right(el)
        or bool(BYLINE_CLASS.search(_classes(el)))
        or _over_workplace(el)
        or _name_over_post(el) is not None
        or _italic_signature(el)
    )


def _over_workplace(el: _Element) -> bool:
    """A name in bold, maybe after a title, over the signer's department or hospital after a
    line break (`<strong>BS.CKII Lê Phương Thảo</strong><br>Khoa Nhi, Bệnh viện …`): a doctor's
    or an expert's signature, wherever the line is aligned."""
    name = signed_name(el)
    under = text_of(el)[len(name) :] if name and text_of(el).startswith(name) else ""
    return bool(under.strip()) and _full_name(without_title(name)) and is_organisation(under)


def _dash_signed(text: str) -> bool:
    """A line of a dash and a name alone, maybe after a title and before the writer's unit
    after a comma (`— Đàm Quang Vinh`, `— KS. Lê Minh, Phòng Kỹ thuật`), or a desk, a group or a
    board alone (`— Ban biên tập`, `— Nhóm Công dân số Đà Lạt`): a letter's, a column's or a
    post's writer signing under it, as a name set apart is (a quoted speaker's dash line names his
    post); the writer's login in brackets may close it (`— Hoàng Thiên Ân (thienan_viet)`)."""
    if text[:1] not in DASH_SIGNS:
        return False
    name, comma, unit = without_handle(text[1:]).partition(",")
    person = _full_name(without_title(name.strip())) and (not comma or is_organisation(unit))
    return person or _signing_body(text[1:].strip())


def _signing_body(text: str) -> bool:
    """`text` names a desk, an office, a group or a board alone, which signs as a body and names
    nobody and no outlet credited as a source (a quote's `– …, enligt Washington Post.`): a known
    body's name, or a capitalised name of a few words the byline reader keeps whole."""
    if clean_byline(text) != (text, (), None):
        return False
    return is_organisation(text) or (text[:1].isupper() and len(text.split()) <= MAX_NAME_WORDS)


def _named_with_source(text: str) -> bool:
    """A name with the outlet it was taken from in brackets (`Hoàng Yến (Theo Báo Sơn La)`):
    the writer's signature and the source, wherever the line is aligned."""
    found = NAMED_SOURCE.fullmatch(text)
    return found is not None and _full_name(found["name"])


def _full_name(text: str, least: int = 2) -> bool:
    """`text` is a name alone: `least` to `MAX_NAME_WORDS` words, each capitalised as a name's
    word is or initials (`Hoàng Yến`, `H.V.`, `Nguyễn Thị Hoa (CTV)`)."""
    words = text.split()
    return least <= len(words) <= MAX_NAME_WORDS and all(re.match(NAME_WORD, w) for w in words)


def _aligned_centre(el: _Element) -> bool:
    """Centred by its style or its `align` (any case, as HTML reads it): how papers set a
    caption under a picture and a pull quote apart from the text."""
    return (
        bool(CENTER_ALIGN.search(el.get("style") or ""))
        or (el.get("align") or "").lower() == "center"
    )


def aligned_right(el: _Element) -> bool:
    """Aligned right by its style, its `align` or an editor's class: where papers sign; or its
    whole text in one inline element floated right (`<p><span style="float: right">…`)."""
    style = el.get("style") or ""
    aligned = RIGHT_ALIGN.search(style) or (el.get("align") or "").lower() == "right"
    return bool(aligned or RIGHT_CLASS.search(_classes(el))) or _floated_right(el)


def _floated_right(el: _Element) -> bool:
    children = [child for child in el if isinstance(child.tag, str)]
    return (
        len(children) == 1
        and children[0].tag in INLINE_FLOAT_TAGS
        and not (el.text or "").strip()
        and not (children[0].tail or "").strip()
        and bool(FLOAT_RIGHT.search(children[0].get("style") or ""))
    )


def _card_picture(img: _Element, page: Page) -> bool:
    """A picture in a link to another page that holds text of its own besides it (a product
    card's name and price, a related article's title), or whose page a link with text right
    beside it names (an author's portrait beside the author's name, a teaser's picture beside
    its title): the card's or the person's picture, not the article's. A picture linked to its
    own file, or to a view of it under the article's own address (Plone's
    `…/article/image_view_fullscreen`), or alone in its link, stays."""
    link = next(img.iterancestors("a"), None)
    if link is None:
        return False
    href = (link.get("href") or "").strip().lower()
    to_page = bool(href) and not href.startswith(("#", "javascript:"))
    return (
        to_page
        and not to_picture_file(link)
        and (bool(text_of(link)) or _named_beside(link, href))
        and not _under_page(page.absolute(href), page)
    )


def icon(img: _Element, url: str) -> bool:
    """A picture declared smaller than a photo is printed (`width="16"`: a PDF or a clock icon,
    a social post's page picture, a price widget's arrow; Tailwind's `h-10 w-10`: a byline's
    portrait), one drawn out of sight (a counter's pixel), one whose file is named as the
    site's (`logo-…`, `…-icon.png`) or as a fresh item's mark (`new.gif`), one in a folder of
    people's portraits (`…/avatars/u_81.png`: a contributor's avatar) or described as a member's
    (`alt="Ảnh của người dùng …"`: an attendee's), an emoji drawn
    for a character (WordPress's `img.emoji`), or one in a box its class calls an icon (Tiki's
    topic picture in `<div class="articleheadingicon">`): no picture of the article."""
    parent = img.getparent()
    if parent is not None and ICON_BOX.search(parent.get("class") or ""):
        return True
    sizes = [int(v) for v in (img.get("width"), img.get("height")) if v and v.isdigit()]
    sizes += [float(n) * SIZE_STEP for n in SIZE_CLASS.findall(img.get("class") or "")]
    return (
        any(size < MIN_PICTURE_SIZE for size in sizes)
        or bool(OFF_SCREEN.search(img.get("style") or ""))
        or bool(ICON_FILE.search(url.rsplit("/", 1)[-1]))
        or bool(AVATAR_FOLDER.search(urlsplit(url).path))
        or bool(AVATAR_ALT.match(fold(img.get("alt") or "")))
        or bool(BADGE_GIF.match(_file_name(url)))
        or bool(EMOJI_CLASS.search(img.get("class") or ""))
    )


def _sender_logo(img: _Element, page: Page) -> bool:
    """`img` is named for an organisation (its `alt`) that a footer-classed block opens with, a
    word or two more between the name's (a newsletter's logo `Hội Nghề cá Bình Định` in its
    header row, its footer's `Hội Nghề cá tỉnh Bình Định, 18 Trần Hưng Đạo, …`): the sender's
    logo, no picture of the article."""
    alt = " ".join((img.get("alt") or "").split())
    if not alt or not is_organisation(alt):
        return False
    name = fold(alt).split()
    for footer in page.root.iter():
        if not isinstance(footer.tag, str) or not (
            footer.tag == "footer" or FOOTER_WORD.search(footer.get("class") or "")
        ):
            continue
        opening = fold(text_of(footer).partition(",")[0]).split()
        held = 0
        for word in opening[: len(name) + MAX_NAME_SLACK]:
            held += held < len(name) and word == name[held]
        if held == len(name) and opening[:1] == name[:1]:
            return True
    return False


def _badge(img: _Element, page: Page) -> bool:
    """A picture alone in a link to a page of another site (an app store's badge, a sponsor's
    banner): that site's sign, not a picture of the article (a link to a picture file is to
    the picture's full size, and so is a link to the host serving the picture itself: an
    image CDN's larger rendition at an address with no extension, `…/-/preview/2000x2000/`)."""
    link = next(img.iterancestors("a"), None)
    if link is None or to_picture_file(link) or text_of(link):
        return False
    address = page.absolute(link.get("href"))
    if not address or not address.startswith(("http://", "https://")):
        return False
    served = image_url(page, img) or ""
    return _host(address) not in (_host(page.url), _host(served))


def _host(address: str) -> str:
    host = address.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0].lower()
    return host.removeprefix("www.")


def _named_beside(link: _Element, href: str) -> bool:
    """Another link to the same address, with text, in the block holding `link`."""
    block = link.getparent()
    return block is not None and any(
        other is not link
        and (other.get("href") or "").strip().lower() == href
        and bool(text_of(other))
        for other in block.iter("a")
    )


def thumbnail_of(img: _Element, url: str, found: list[Image]) -> bool:
    """A gallery's strip of thumbnails repeating its pictures (`/thumb/cho-hoa-1-160.jpg` under
    `/cho-hoa-1.jpg`): a picture of a thumbnail-classed block whose file, less a size suffix,
    is one already found."""
    name = picture_name(url)
    return any(picture_name(image.url) == name for image in found) and any(
        THUMBNAILS.search(el.get("class") or "") for el in img.iterancestors()
    )


def picture_name(url: str) -> str:
    """The file's name without its folder, its extension and a size suffix (`-160`, `_320x180`)."""
    name = url.split("?", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return SIZE_SUFFIX.sub("", name)


def _under_page(address: str | None, page: Page) -> bool:
    """An address below the article's own (`…/article/image`): a part of the article."""
    own = page.url.split("?", 1)[0].split("#", 1)[0].rstrip("/").lower() + "/"
    return bool(address) and address.lower().startswith(own)


def to_picture_file(link: _Element) -> bool:
    """A link to a picture file (the full size of the picture it holds)."""
    href = (link.get("href") or "").strip().lower().split("?", 1)[0]
    return href.endswith((".jpg", ".jpeg", ".png", ".webp", ".gif"))


def _in_tool_link(img: _Element) -> bool:
    """A picture in a link that runs a script, mails or prints the page, or alone in a link
    and named as such a button (`alt="Gửi email"`): a toolbar's button, no picture. A script
    opening the picture itself in a window (`javascript:mo('…/nam-rom.jpg')`) zooms it."""
    link = next(img.iterancestors("a"), None)
    if link is None:
        return False
    href = (link.get("href") or "").strip()
    if TOOL_HREF.search(href):
        return not _opens_picture(href, img)
    alt = fold(img.get("alt") or "")
    return (
        not text_of(link) and bool(alt) and bool(TOOLBAR_LINE.match(alt) or SHARE_LINE.match(alt))
    )


def _file_name(url: str) -> str:
    """The last part of `url`'s path without its query (`hot_1.gif`, `nam-rom.jpg`)."""
    return url.rsplit("/", 1)[-1].split("?", 1)[0]


def _opens_picture(href: str, img: _Element) -> bool:
    """The script of `href` names the file of the picture it holds: it opens that picture."""
    name = _file_name(img.get("src") or "")
    return len(name) > len(".jpg") and href.startswith("javascript:") and name in href


def poster(img: _Element) -> bool:
    """A video's still: a picture classed as a poster or a player's, or alone in its player."""
    parent = img.getparent()
    return any(POSTER_CLASS.search(el.get("class") or "") for el in (img, parent) if el is not None)


def design_picture(img: _Element, url: str) -> bool:
    """A picture of the site's design (`DESIGN_PICTURE`), but for a drawing the text shows at
    a photo's size (`<img src="/uploads/bieu-do.svg" width="760" height="420">`, a chart)."""
    if not DESIGN_PICTURE.search(url):
        return False
    sizes = [int(v) for v in (img.get("width"), img.get("height")) if v and v.isdigit()]
    shown = len(sizes) == 2 and min(sizes) >= MIN_PICTURE_SIZE
    return not (shown and DRAWING.search(url) and not DESIGN_PICTURE.search(DRAWING.sub("", url)))


def noscript_copy(img: _Element) -> _Element | None:
    """The `<img>` of the `<noscript>` right after a lazy picture (or after its `<picture>`):
    the copy shown without scripts, whose `src` is the address."""
    node = (
        img.getparent() if img.getparent() is not None and img.getparent().tag == "picture" else img
    )
    after = node.getnext()
    if after is None or after.tag != "noscript":
        return None
    return next((el for el in after.iter("img") if (el.get("src") or "").strip()), None)


def image_url(page: Page, img: _Element) -> str | None:
    """The address the page loads: its own (`_own_address`), else its `<noscript>` copy's (a
    lazy picture with no address until a script gives it one)."""
    own = _own_address(img)
    if own is not None:
        return page.absolute(own)
    shown = noscript_copy(img)
    if shown is not None:
        return page.absolute(_own_address(shown))
    source = _source_address(img)
    return page.absolute(source) if source is not None else None


def _source_address(img: _Element) -> str | None:
    """A `<picture>` whose `<img>` holds only a placeholder and whose `<source>`s the addresses
    (`<source type="image/webp" data-srcset="….webp"><source data-srcset="….jpg">`): the first
    source in a format every reader shows (not WebP or AVIF, as the `<img src>` would be), else
    the first."""
    parent = next(img.iterancestors("picture"), None)  # the parser nests `<source>`s
    if parent is None:
        return None
    shown: list[str] = []
    modern: list[str] = []
    for source in parent.iter("source"):
        value = (source.get("data-srcset") or source.get("srcset") or "").strip()
        value = value.split(",")[0].strip().split(" ")[0]
        if value and not value.startswith("data:"):
            new = NEW_FORMAT.search(source.get("type") or "") or NEW_FORMAT.search(value)
            (modern if new else shown).append(value)
    return next(iter(shown + modern), None)


def _own_address(img: _Element) -> str | None:
    """The lazy-loading attribute's address (its `src` is a placeholder or a small preview),
    unless `src` is the same file in a size of its own (Squarespace's `data-src="….jpg"` with
    `src="….jpg?format=1500w"`, Cargo's `data-src="…/t/original/i/<id>/a.jpg"` with
    `src="…/w/1200/q/75/i/<id>/a.jpg"`), which the browser loads at once."""
    for attr in IMAGE_ATTRS:
        value = (img.get(attr) or "").strip()
        if attr.endswith("srcset"):
            value = value.split(",")[0].strip().split(" ")[0]
        if value and not value.startswith("data:") and not PLACEHOLDER.search(value):
            src = (img.get("src") or "").strip()
            if src != value and (
                src.startswith(value.split("?", 1)[0] + "?") or _same_file_resized(src, value)
            ):
                value = src
            return value
    return None


def _same_file_resized(src: str, original: str) -> bool:
    """`src` is `original`'s file under the same picture server's sizing path: the same host and
    the same folder named for the picture and file name at the end, another path before them
    (`/w/1200/q/75/i/<id>/a.jpg` beside `/t/original/i/<id>/a.jpg`)."""
    shown, kept = urlsplit(src), urlsplit(original)
    tail = kept.path.split("/")[-2:]
    return (
        shown.netloc == kept.netloc != ""
        and len(tail) == 2
        and len(tail[0]) >= MIN_PICTURE_FOLDER
        and shown.path.split("/")[-2:] == tail
    )
