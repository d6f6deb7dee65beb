"""Pictures of the article outside its text element: a longform's cover over the headline, a
feature image between the headline and the text (Ghost, Drupal's image field).

They are looked for only between the headline and the text, in the blocks that hold either,
in a block classed as a cover right above the headline's, and in the cover right before the
`<article>` holding the headline (never in the site header before them, nor in boxes after the
text), and are pictures of the article only when they stand on
their own: a picture inside a link is another page's teaser, a logo or an avatar, a picture in
a poster's or author's box (or classed as one) is a status icon or a portrait, and so is a
person's card (`_portrait_card`), a small one is an icon, and one of the site's design
(`body.DESIGN_PICTURE`) is no photo.
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urlsplit

from lxml.etree import _Element

from parsers import patterns
from parsers.body import (
    AVATAR_CLASS,
    BACKGROUND_URL,
    CAPTION_CLASS,
    CAPTION_STYLE_CLASS,
    DESIGN_PICTURE,
    HEADING_TAGS,
    MAX_CAPTION_CHARS,
    MOBILE_ONLY,
    Image,
    figure_paragraph,
    icon,
    image_url,
    picture_box_line,
    picture_name,
    row_caption,
    stamp,
    table_caption,
    thumbnail_of,
    to_picture_file,
)
from parsers.generic.zones import SEPARATOR, headline_element, in_zone, meta_titles
from parsers.page import Page, short_text, text_of
from parsers.vietnamese.dates import names_event, search_datetime
from parsers.vietnamese.text import fold

# A poster's or author's box (a forum post's `author_information`, `userinfo`), or a card of
# the people behind a recording (Transistor's `<div class="person">` with its `person-image`):
# its status icons, stars and portrait are no pictures of the article.
PROFILE_BOX = patterns.compile(
    r"(?:^|[\s_-])(?:author|user|userinfo|avatar|profile|member|person)(?:$|[\s_-])", re.I
)
COVER_CLASS = patterns.compile(r"cover|hero|featured", re.I)
# … and the article's illustration over its headline, by its class (eXo's `illustration`).
ILLUSTRATION_CLASS = patterns.compile(r"(?:^|[\s_-])illustration(?:$|[\s_-])", re.I)
# … and an event's, by its class (a webinar platform's `<div class="event-cover">`): the event's
# banner over its page, which every page of the event shows, no picture of the article.
EVENT_COVER_CLASS = patterns.compile(r"(?:^|[\s_-])event-(?:cover|banner|hero)(?:$|[\s_-])", re.I)
# … and a recording's art by its class (an audio host's `styles__CloudcastArtwork-sc-…`, a
# track's `track-artwork`, `cover-art`, an episode's `sd-episode-art`), or a show's cover
# (`<img class="show-cover">` in a podcast site's header over every episode): the upload's or
# the show's square art, no picture of the article.
ARTWORK_CLASS = patterns.compile(
    r"(?:cloudcast|track|album|show|episode|podcast|mix)[\s_-]*art(?:work)?(?![a-z])"
    r"|cover[\s_-]*art(?![a-z])|(?<![a-z])(?:show|podcast)[\s_-]*cover",
    re.I,
)
# … and a picture classed as a cover alone on a page typed as a recording: the episode's art.
COVER_ONLY = patterns.compile(r"\s*cover\s*", re.I)
RECORDING_TYPES = ("PodcastEpisode", "RadioEpisode", "AudioObject", "MusicRecording")
WORD = patterns.compile(r"[^\W\d_]")  # a letter: words besides a gallery's captions
MAX_CARD_NAME_WORDS = 6  # words of the name in bold on a person's card, a rank before it
PHOTO_CREDIT = patterns.compile(r"(?:^|\W)ảnh\s*:\s*\w", re.I)  # `Ảnh: Phan Tuấn Anh`
MORE_PICTURES = patterns.compile(r"\+\s*\d+")  # `+3`: the pictures a grid leaves out
MIN_GRID = 2  # pictures of a post's grid
# A box of a post's own pictures, by its class (`post-card__media`, `post-photos`).
MEDIA_CLASS = patterns.compile(r"(?:^|[\s_-])(?:media|photos)(?:$|\s)", re.I)
MAX_CLOSED_LEVELS = 3  # blocks around the text's box it may close, the gallery after them
MAX_KICKER = 80  # characters of a series line or kicker between a cover and the headline
# A dash parting a headline's title from what it adds (`Giải chạy 2026 – 5 km quanh hồ`), and
# the words the title before it must have to name the article.
TITLE_DASH = patterns.compile(r"\s+[–—-]\s+")
MIN_TITLE_HEAD_WORDS = 4
TITLE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # a photo's title over its thumbnail, any level
# The site's logo: a picture classed as one or in a block or link so classed (`<a
# class="sc-show-logo"><img …></a>`, `<div class="header-logo">`).
LOGO_PICTURES = "img[class*=logo], [class*=logo] > img, [class*=logo] > a > img"
MAX_COVER_LEVELS = 4  # levels above the headline's block a post image titled as it is looked for
MAX_SHARED_LEVELS = 6  # levels above the text's block its shared picture is looked for beside
PICTURE_FILE = patterns.compile(r"[^/\\]+\.(?:jpe?g|png|gif|webp)", re.I)  # a picture's file name


def cover_images(page: Page, container: _Element | None) -> list[Image]:
    """The pictures between the headline and the text container (the headline's block
    included), with their captions, in page order."""
    heading = headline_element(page)
    if container is not None and container.getroottree().getroot() is not page.root:
        container = _own_block(page, container)
    if heading is None or container is None:
        return []
    heading_path = [heading, *heading.iterancestors()]
    if container in heading_path:  # the headline inside the text: its pictures are the text's
        covers = _covers_before(page, container) or _shared_picture_beside(page, container)
        return _pictures(page, covers, container, heading)
    branch = container
    while branch.getparent() is not None and branch.getparent() not in heading_path:
        branch = branch.getparent()
    region = branch.getparent()
    if region is None:
        return []
    first = heading_path[heading_path.index(region) - 1]
    blocks = list(region)
    start = blocks.index(first)
    covers = _covers_over_layout(page, heading_path, region) + _cover_above(blocks[:start])
    covers = covers or _titled_picture_above(page, heading_path, region)
    covers = covers or _shared_viewer_above(page, heading_path, region)
    covers = covers or _upload_above(page, heading_path, region)
    return _pictures(page, covers + blocks[start : blocks.index(branch) + 1], container, heading)


def _own_block(page: Page, copy: _Element) -> _Element | None:
    """The page's own block holding the first paragraph of another reader's copy of the text
    (read on pages in other languages): where the text starts on the page, the pictures over
    it its cover."""
    first = next((text for p in copy.iter("p") if (text := text_of(p))), None)
    if first is None:
        return None
    own = next((p for p in page.root.iter("p") if text_of(p) == first), None)
    return own.getparent() if own is not None else None


def _pictures(
    page: Page, blocks: list[_Element], container: _Element, heading: _Element
) -> list[Image]:
    """The pictures standing alone in `blocks` and the covers they paint, outside the text and
    outside another post's words (`_in_other_post`)."""
    found: list[Image] = []
    for block in blocks:
        for img in block.iter("img", "amp-img", "div", "section", "header", "figure"):
            if container in img.iterancestors():
                break  # the text's own pictures are read with it
            if _in_other_post(img, container):
                continue
            if img.tag not in ("img", "amp-img"):  # AMP's picture element is a picture too
                url = _painted_cover(page, img, heading)
                if url and all(image.url != url for image in found):
                    found.append(Image(url, None))
                continue
            url = image_url(page, img)
            if (
                url
                and all(image.url != url for image in found)  # a `<noscript>` copy
                and not _site_art(page, img, heading)
                and _stands_alone(page, img, url)
                and not thumbnail_of(img, url, found)
            ):
                found.append(Image(url, _caption(img)))
    return found


def _site_art(page: Page, img: _Element, heading: _Element) -> bool:
    """`img`'s `alt` is a name the page's title prints after the headline (a podcast
    episode's `<title>Cà phê vượt 130 nghìn … | Giá nông sản Tây Nguyên</title>` over the show's
    cover, `alt="Giá nông sản Tây Nguyên"`, also before its host's: `… | Show | RSS.com`), or
    `img` is classed as a recording's art (`ARTWORK_CLASS`), or as a cover alone on a recording's
    page (iVoox's `<img class="cover">` beside an episode's heading, its JSON-LD a
    `PodcastEpisode`): the show's or the site's art, on its every page."""
    classes = img.get("class") or ""
    if ARTWORK_CLASS.search(classes) or _logo_resized(page, img):
        return True
    if COVER_ONLY.fullmatch(classes) and _recording(page):
        return True
    alt = fold(" ".join((img.get("alt") or "").split()))
    title = text_of(heading)
    if not alt or not title:
        return False
    for meta in meta_titles(page):
        rest = meta.strip()[len(title) :] if meta.strip().startswith(title) else ""
        parts = SEPARATOR.split(rest)
        if len(parts) >= 3 and not parts[0] and alt in {fold(part.strip()) for part in parts[2::2]}:
            return True
    return False


def _recording(page: Page) -> bool:
    """The page's JSON-LD types it as a recording (`RECORDING_TYPES`): an episode's page."""
    return any(obj.get("@type") in RECORDING_TYPES for obj in page.json_ld)


def _logo_resized(page: Page, img: _Element) -> bool:
    """`img` shows the file of the site's logo at another size (an audio host's episode header
    printing the show's art `…/2xRkT7vQ_400x400.jpeg` that its logo in the site's header shows
    at `…_200x200`): the site's art, on its every page."""
    url = image_url(page, img)
    name = _resized_file(url) if url else ""
    return bool(name) and any(
        logo is not img and (shown := image_url(page, logo)) and _resized_file(shown) == name
        for logo in page.select(LOGO_PICTURES)
    )


def _resized_file(url: str) -> str:
    """The picture's address less its query and the size suffix of its file's name: the file,
    whatever size it is shown at (a service naming every file `image.jpg` in its own folder
    tells its files apart by the folder)."""
    folder = url.split("?", 1)[0].rsplit("/", 1)[0]
    return f"{folder}/{picture_name(url)}"


def _in_other_post(img: _Element, container: _Element) -> bool:
    """`img` stands bare, in no figure, among the words of a block built as the text's, of its
    tag and class (a forum's reply, its `<div class="message">` as the first post's, a picture
    typed between its lines): another post's picture. A field of the text's kind holding
    figures (an image field after the body's) is the article's."""
    kind = (container.tag, container.get("class"))
    if not kind[1] or img.tag != "img" or next(img.iterancestors("figure"), None) is not None:
        return False
    post = next((a for a in img.iterancestors() if (a.tag, a.get("class")) == kind), None)
    return post is not None and bool(WORD.search(text_of(post)))


def gallery_after(page: Page, container: _Element | None) -> list[Image]:
    """A photo story's gallery right after its text (`<div class="gallery">` of pictures, each
    with its caption, after the two paragraphs it opens with): the next block, when it holds
    only pictures standing alone, every one captioned, and no words besides the captions (a
    slide's `1/4` aside) nor any link, as a box of related articles has; or a photo set's
    credited figures (`_credited_figures`), or a post's grid of linked pictures
    (`_linked_grid`), or an album's thumbnails titled beside their links (`_titled_thumbs`), or
    a list of thumbnails linked to their full sizes (`_full_size_list`), or a post's attached
    pictures linked to their files (`_attached_files`).
    The text's box may close the blocks around it: the next block is then theirs."""
    block = _block_after(container) if container is not None else None
    if block is None or not isinstance(block.tag, str):
        return []
    if (album := _album_photos(page, block)) or (
        _heading_only(block)
        and (after := _next_shown(block)) is not None
        and (album := _album_photos(page, after))
    ):
        return album
    credited = (
        _credited_figures(page, block)
        or _linked_grid(page, block)
        or _titled_thumbs(page, block)
        or _full_size_list(page, block)
        or _attached_files(page, block)
        or _media_box(page, block)
    )
    if credited or block.find(".//a") is not None:
        return credited
    found: list[Image] = []
    for img in block.iter("img"):
        url, caption = image_url(page, img), _caption(img)
        if not url or not caption or not _stands_alone(page, img, url):
            return []
        found.append(Image(url, caption))
    rest = _without_buttons(block)
    for image in found:
        rest = rest.replace(image.caption or "", " ", 1)
    return [] if WORD.search(rest) else found


def _without_buttons(block: _Element) -> str:
    """`block`'s text without its buttons' (a photo host's `Mua`, `Chia sẻ` under each
    picture), and its links leading nowhere, which a script runs as buttons (PhotoShelter's
    `<a href="#" class="add-to-cart">Mua ảnh</a>`): controls, no words of the page."""
    text = text_of(block)
    for button in _controls(block):
        text = text.replace(text_of(button), " ", 1)
    return text


def _controls(block: _Element) -> list[_Element]:
    """The buttons of `block` and its links to `#` alone or to a script."""
    return [
        el
        for el in block.iter("button", "a")
        if el.tag == "button"
        or (href := (el.get("href") or "").strip()) == "#"
        or href.startswith("javascript:")
    ]


def _credited_figures(page: Page, block: _Element) -> list[Image]:
    """A photo set's previews after its description: `block` holds only `<figure>`s, each of
    one picture (linked to its larger view or not, its codes and a buy link beside) and a
    caption with no link crediting its photographer (`… Ảnh: Phan Tuấn Anh – TTXVN phát`). A
    teaser's card titles another article, credits no photographer."""
    figures = list(block.iter("figure"))
    rest = text_of(block)
    found: list[Image] = []
    for figure in figures:
        rest = rest.replace(text_of(figure), " ", 1)
        pictures, caption = figure.findall(".//img"), figure.find(".//figcaption")
        text = text_of(caption) if caption is not None else ""
        url = image_url(page, pictures[0]) if len(pictures) == 1 else None
        if (
            not url
            or caption is None
            or caption.find(".//a") is not None
            or not PHOTO_CREDIT.search(text)
            or icon(pictures[0], url)
            or in_zone(page, pictures[0])
        ):
            return []
        found.append(Image(url, text))
    return [] if WORD.search(rest) else found


def _linked_grid(page: Page, block: _Element) -> list[Image]:
    """A post's grid of pictures after its text (`<div class="post-media"><a href="/photo/…/1">
    <img …></a><a href="/photo/…/2"><img …><span>+3</span></a></div>`): two or more pictures,
    each linked to its own page on the site, and no word beside them (the count of the ones
    left out aside). Their `alt` texts are the network's guesses, no captions. A strip whose
    links lead to this page too (a gallery's carousel of the album's pictures, the one shown
    here among them) is the way between the album's pages, not this page's pictures."""
    pictures = list(block.iter("img"))
    if any(page.names_itself(a.get("href")) for a in block.iter("a")):
        return []
    found: list[Image] = []
    for img in pictures:
        link = next(img.iterancestors("a"), None)
        url = image_url(page, img)
        if (
            not url
            or link is None
            or page.leads_off_site(link.get("href"))
            or icon(img, url)
            or DESIGN_PICTURE.search(url)
            or in_zone(page, img)
        ):
            return []
        found.append(Image(url, None))
    rest = MORE_PICTURES.sub(" ", text_of(block))
    return found if len(found) >= MIN_GRID and not WORD.search(rest) else []


def _titled_thumbs(page: Page, block: _Element) -> list[Image]:
    """An album's thumbnails after its description, each in an item of its own: the picture
    linked alone to its own page on the site, and its title printed beside the link, in no link
    (Zenfolio's `<div class="zf-thumb"><a href="/p…/h…"><img …></a><div class="zf-thumb-title">
    …</div></div>`), no other word in the block: the album's pictures, their titles the captions.
    A teaser's title links to the article it names."""
    found: list[Image] = []
    for item in block:
        if not isinstance(item.tag, str):
            continue
        pictures = list(item.iter("img"))
        link = next(pictures[0].iterancestors("a"), None) if len(pictures) == 1 else None
        url = image_url(page, pictures[0]) if link is not None else None
        if link is None or not url or text_of(link) or page.leads_off_site(link.get("href")):
            return []
        titles = [
            el for el in item if el is not link and isinstance(el.tag, str) and not _photo_aside(el)
        ]
        caption = text_of(titles[0]) if len(titles) == 1 else ""
        rest = text_of(item).replace(caption, " ", 1)  # words beside the title and its asides
        for aside in (el for el in item if isinstance(el.tag, str) and el not in (link, *titles)):
            rest = rest.replace(text_of(aside), " ", 1)
        if (
            link.getparent() is not item
            or len(titles) != 1
            or titles[0].find(".//a") is not None
            or WORD.search(rest)
            or not WORD.search(caption)
            or icon(pictures[0], url)
            or in_zone(page, pictures[0])
        ):
            return []
        found.append(Image(url, caption))
    return found if len(found) >= MIN_GRID else []


def _album_photos(page: Page, block: _Element) -> list[Image]:
    """An album's photos after its description, each a link to the photo's own page under the
    album's address holding the thumbnail and, over it, the photo's title in a heading, and at
    most the day it was taken besides (Lychee's `<a class="photo" href="/gallery/<album>/0">
    <img …><div class="overlay"><h1>Lê Thánh Tôn, trước ngày 23/11</h1><a><span>23 Th11 2026
    </span></a></div></a>`): the album's pictures, their titles the captions. A teaser's link
    leads to another article, not under this page's address."""
    own = urlsplit(page.url).path.rstrip("/") + "/"
    found: list[Image] = []
    for item in block:
        if not isinstance(item.tag, str):
            continue
        pictures = item.findall(".//img")
        heading = next(item.iter(*TITLE_TAGS), None)
        url = image_url(page, pictures[0]) if len(pictures) == 1 else None
        address = urlsplit(page.absolute(item.get("href")) or "")
        if (
            item.tag != "a"
            or not url
            or heading is None
            or not address.path.startswith(own)
            or address.netloc != urlsplit(page.url).netloc
            or icon(pictures[0], url)
        ):
            return []
        caption = text_of(heading)
        rest = text_of(item).replace(caption, " ", 1).strip()
        if not WORD.search(caption) or (
            rest and search_datetime(rest, now=page.fetched_at) is None
        ):
            return []
        found.append(Image(url, caption))
    return found if len(found) >= MIN_GRID else []


def _heading_only(block: _Element) -> bool:
    """`block` is a heading and nothing else (`<div class="divider"><h1>Ảnh</h1></div>`): a
    title over the block after it."""
    headings = [block] if block.tag in TITLE_TAGS else list(block.iter(*TITLE_TAGS))
    return len(headings) == 1 and text_of(headings[0]) == text_of(block) != ""


def _text_box_line(box: _Element, picture_box: _Element) -> bool:
    """`box` is a `<div>` holding one paragraph, short, and no picture, classed as an element
    of the same builder as the picture's box before it (a landing page builder's `<div
    class="lp-element lp-pom-text"><p><span>…</span></p></div>` right under its `<div
    class="lp-element lp-pom-image">`): a line set apart under the picture, its caption."""
    paragraphs = box.findall(".//p")
    text = text_of(box)
    shared = set((box.get("class") or "").split()) & set((picture_box.get("class") or "").split())
    return (
        box.tag == "div"
        and picture_box.tag == "div"
        and bool(shared)
        and len(paragraphs) == 1
        and text_of(paragraphs[0]) == text
        and 0 < len(text) <= MAX_CAPTION_CHARS
        and box.find(".//img") is None
    )


def _photo_aside(el: _Element) -> bool:
    """`el`, beside a thumbnail and its title, is a row of controls (`Mua ảnh`, `Lưu` as links
    leading nowhere) or the photo's taken time (`Ngày chụp: 29/11/2026 06:42`, its EXIF): no
    part of the title."""
    if not WORD.search(_without_buttons(el)):
        return True
    label = text_of(el).split(":", 1)[0]
    return ":" in text_of(el) and names_event(fold(label))


def _attached_files(page: Page, block: _Element) -> list[Image]:
    """A post's attached pictures after its text, each linked to its own file and no word
    beside them (a fediverse status's `<div class="attachments"><a href="…/media/….jpg"><img
    alt="…" title="…"></a></div>`): the post's pictures; their `alt` and `title` texts are
    descriptions the page does not print, no captions."""
    found: list[Image] = []
    for img in block.iter("img"):
        link = next(img.iterancestors("a"), None)
        url = image_url(page, img)
        if (
            not url
            or link is None
            or not to_picture_file(link)
            or icon(img, url)
            or DESIGN_PICTURE.search(url)
            or in_zone(page, img)
        ):
            return []
        found.append(Image(url, None))
    return [] if WORD.search(text_of(block)) else found


def _media_box(page: Page, block: _Element) -> list[Image]:
    """A box classed as the post's media right after its text, holding its pictures and no
    word nor link (a work app's `<div class="post-card__media"><img class="post-card__photo"
    …></div>`): the post's pictures, no caption printed."""
    if not MEDIA_CLASS.search(block.get("class") or "") or block.find(".//a") is not None:
        return []
    found: list[Image] = []
    for img in block.iter("img"):
        url = image_url(page, img)
        if not url or not _stands_alone(page, img, url):
            return []
        found.append(Image(url, None))
    return [] if WORD.search(text_of(block)) else found


def _full_size_list(page: Page, block: _Element) -> list[Image]:
    """A list of the article's pictures under its text, each item a thumbnail linked to its
    full-size file and the line under it, if any, its description (Quick.Cms's `<ul
    class="imagesList"><li><a href="files/kho.jpg"><img src="files/600/kho.jpg"></a><p>…</p>
    </li>…</ul>`, a lightbox's list): the pictures at the address the page loads, each with
    its caption as printed. An item linking to a page, or holding more, is another article's
    teaser."""
    if block.tag not in ("ul", "ol"):
        return []
    found: list[Image] = []
    for item in block:
        if not isinstance(item.tag, str):
            continue
        inner = [child for child in item if isinstance(child.tag, str)]
        if item.tag != "li" or not inner or (item.text or "").strip():
            return []
        link, *lines = inner
        pictures = link.findall(".//img")
        url = image_url(page, pictures[0]) if len(pictures) == 1 else None
        if (
            not url
            or link.tag != "a"
            or not to_picture_file(link)
            or text_of(link)
            or len(lines) > 1
            or any(line.find(".//a") is not None for line in lines)
            or any(line.find(".//img") is not None for line in lines)
            or not _stands_alone(page, pictures[0], url)
        ):
            return []
        found.append(Image(url, (text_of(lines[0]) or None) if lines else None))
    return found


def _cover_above(blocks: list[_Element]) -> list[_Element]:
    """A longform's cover picture over the headline (`<div class="lf-cover"><img …></div>`
    before the headline's block): the block right before it, when classed as a cover or as
    the article's illustration (eXo's `<div class="illustration"><img …></div>`); also
    over a short line with no picture between them (a podcast's cover art over its series
    line, `<div class="episode-series"><a>Chuyện miền Tây</a> · Tập 12</div>`, over the
    headline); and a block of one picture and its caption right over the headline (an
    intranet's `<div class="news-article__image"><img><div class="…-caption">…` opening the
    article, `_captioned`)."""
    kickers = 0
    for block in reversed(blocks):
        if not isinstance(block.tag, str) or block.tag in ("script", "style", "noscript"):
            continue
        named = block.get("class") or ""
        if COVER_CLASS.search(named) or ILLUSTRATION_CLASS.search(named):
            return [block]
        if not kickers and _captioned(block):
            return [block]
        if kickers or block.find(".//img") is not None or not short_text(block, MAX_KICKER):
            return []
        kickers += 1
    return []


def _captioned(block: _Element) -> bool:
    """`block` holds one picture and its caption, nothing else: a picture the article
    captions, its own, not a banner."""
    pictures = block.findall(".//img")
    caption = _caption(pictures[0]) if len(pictures) == 1 else None
    return caption is not None and text_of(block) == caption


def _covers_over_layout(
    page: Page, heading_path: list[_Element], region: _Element
) -> list[_Element]:
    """A cover classed as one over the article's layout blocks rather than over the headline's
    own (`<article><div class="hero"><img></div><div class="grid"><div class="main"><h1>…`):
    at each level from the headline's block up to the `<article>`, the block right before the
    one holding the headline. Outside an `<article>` the site's banners stand there."""
    if not any(el.tag == "article" for el in heading_path[heading_path.index(region) :]):
        return []
    found: list[_Element] = []
    level = region
    while level.tag != "article" and (parent := level.getparent()) is not None:
        found = _cover_above(list(parent)[: list(parent).index(level)]) + found
        level = parent
    return _covers_before(page, level) + found


def _titled_picture_above(
    page: Page, heading_path: list[_Element], region: _Element
) -> list[_Element]:
    """A block of one picture and nothing else right before the headline's block, or a few
    levels up before the block holding it, whose `alt` or `title` is the headline (a blog
    module's post image over its title, `<div class="img_wrapper"><img alt="…">` before
    `<div class="wrapper-content"><h1>…`): the post's own picture, whatever its class. Right
    before the headline's block, the picture the page shares (its `og:image`) is the post's
    too, untitled (a blog's banner over its title, `<div class="m-blog--image"><img alt="">`
    before `<h1>`)."""
    level = heading_path[heading_path.index(region) - 1]
    shared = page.absolute(page.meta.get("og:image"))
    for levels in range(MAX_COVER_LEVELS):
        parent = level.getparent()
        if parent is None or parent.tag == "body":
            return []
        found = _bare_picture_above(page, list(parent)[: list(parent).index(level)])
        img = next(found[0].iter("img"), None) if found else None
        if img is not None and (
            _titled_as_headline(page, img)
            or _titled_as_title_head(page, img)
            or (not levels and shared is not None and image_url(page, img) == shared)
        ):
            return found
        level = parent
    return []


def _upload_above(page: Page, heading_path: list[_Element], region: _Element) -> list[_Element]:
    """A block of one picture and nothing else right before the headline's block, or up to six
    levels up before the block holding it, the picture's `alt` its own file's name (a gallery
    script's `<img src="albums/…/normal_cang.jpg" alt="cang.jpg">`), maybe in a link running a
    script to open it at full size: the photo the page shows, named as uploaded, however deep
    a table layout nests its title under it."""
    level = heading_path[heading_path.index(region) - 1]
    for _ in range(MAX_SHARED_LEVELS):
        parent = level.getparent()
        if parent is None or parent.tag == "body":
            return []
        before = list(parent)[: list(parent).index(level)]
        found = _bare_picture_above(page, before, scripted=True)
        img = next(found[0].iter("img"), None) if found else None
        if img is not None and _named_as_its_file(page, img):
            return found
        level = parent
    return []


def _named_as_its_file(page: Page, img: _Element) -> bool:
    """`img`'s `alt` is the name of its own file, a picture's extension closing it (`cang.jpg`
    for `…/normal_cang.jpg`, a size's prefix before it): the upload's name, as a gallery
    prints it."""
    alt = (img.get("alt") or "").strip()
    file = urlsplit(image_url(page, img) or "").path.rpartition("/")[2]
    return bool(PICTURE_FILE.fullmatch(alt)) and (file == alt or file.endswith(f"_{alt}"))


def _shared_viewer_above(
    page: Page, heading_path: list[_Element], region: _Element
) -> list[_Element]:
    """A photo host's viewer right before the headline's block or a block holding it up to the
    page's `<body>` (`<div class="image-viewer"><img …><a data-action="prev"></a><a
    data-action="next"></a></div>` over the page's content): one picture, the one the page
    shares (its `og:image`), no words, and the arrows to the previous and next photos, links
    with no words. The photo the page is about."""
    shared = page.absolute(page.meta.get("og:image"))
    level = heading_path[heading_path.index(region) - 1]
    while shared and (parent := level.getparent()) is not None:
        before = [b for b in list(parent)[: list(parent).index(level)] if isinstance(b.tag, str)]
        block = next((b for b in reversed(before) if b.tag not in ("script", "style")), None)
        pictures = block.findall(".//img") if block is not None else []
        arrows = [a for a in block.iter("a") if a.get("href")] if block is not None else []
        if (
            len(pictures) == 1
            and len(arrows) >= 2
            and not any(a.find(".//img") is not None for a in arrows)
            and not text_of(block)
            and image_url(page, pictures[0]) == shared
            and not in_zone(page, pictures[0])
        ):
            return [block]
        if parent.tag == "body":
            return []
        level = parent
    return []


def _covers_before(page: Page, article: _Element) -> list[_Element]:
    """The cover right before an `<article>` holding the headline: a block classed as one, or
    one holding a picture and nothing else (`_bare_picture_above`)."""
    parent = article.getparent()
    if article.tag != "article" or parent is None:
        return []
    before = list(parent)[: list(parent).index(article)]
    return _cover_above(before) or _bare_picture_above(page, before)


def _shared_picture_beside(page: Page, text: _Element) -> list[_Element]:
    """A block of one picture and nothing else right before the block holding the text and its
    headline, a few levels up, that is the picture the page shares (its `og:image`): a
    photo-sharing post's photo in its column beside the caption's (Pixelfed's `col-md-8`
    before the `col-md-4` with the author, the caption and the comments)."""
    shared = page.meta.get("og:image")
    level = text
    for _ in range(MAX_SHARED_LEVELS):
        parent = level.getparent()
        if not shared or parent is None or parent.tag == "body":
            return []
        found = _bare_picture_above(page, list(parent)[: list(parent).index(level)])
        img = next(found[0].iter("img"), None) if found else None
        if img is not None and image_url(page, img) == page.absolute(shared):
            return found
        level = parent
    return []


def _bare_picture_above(
    page: Page, blocks: list[_Element], *, scripted: bool = False
) -> list[_Element]:
    """A block holding one picture and nothing else (no words, no link but to the page
    itself: a shop blog's thumbnail linked to the post's own address; `scripted`, or one
    running a script, to no page) right before the `<article>` holding the headline
    (`<main><div class="h-96"><img …></div><article><h1>`): the article's cover, whatever its
    class."""
    for block in reversed(blocks):
        if not isinstance(block.tag, str) or block.tag in ("script", "style", "noscript"):
            continue
        pictures = [block] if block.tag == "img" else block.findall(".//img")
        alone = (
            len(pictures) == 1
            and not text_of(block)
            and all(
                page.names_itself(href := a.get("href"))
                or (scripted and (href or "").startswith("javascript:"))
                for a in block.iter("a")
            )
        )
        return [block] if alone and block.tag != "a" else []
    return []


def _painted_cover(page: Page, el: _Element, heading: _Element) -> str | None:
    """The picture a cover block paints as its CSS background (`<div class="o_record_cover_image"
    style="background-image: url('/web/image/…')">`, Odoo's blog cover): a block classed as a
    cover, or one the headline is printed over (a blog theme's `<header class="masthead"
    style="background-image: …">` around the `<h1>`), outside the page furniture; never a
    picture of the site's design, nor an event's banner (`EVENT_COVER_CLASS`)."""
    found = BACKGROUND_URL.search(el.get("style") or "")
    if found is None or in_zone(page, el):
        return None
    if not COVER_CLASS.search(el.get("class") or "") and el not in heading.iterancestors():
        return None
    if EVENT_COVER_CLASS.search(el.get("class") or ""):
        return None
    url = found.group("url").strip()
    if not url or url.startswith("data:") or DESIGN_PICTURE.search(url):
        return None
    return page.absolute(url)


def _stands_alone(page: Page, img: _Element, url: str) -> bool:
    """`img` is a picture of its own, linked to no other page (a script's link opening a
    gallery's upload at full size is none)."""
    linked = any(
        not (href := a.get("href") or "").lower().endswith((".jpg", ".jpeg", ".png", ".webp"))
        and not (page.names_itself(href) and _titled_as_headline(page, img))
        and not (href.startswith("javascript:") and _named_as_its_file(page, img))
        for a in img.iterancestors("a")
    )
    return (
        not linked
        and not icon(img, url)
        and not DESIGN_PICTURE.search(url)
        and not MOBILE_ONLY.search(img.get("class") or "")  # the desktop copy stands for it
        and not AVATAR_CLASS.search(img.get("class") or "")  # a member's, by an info line
        and not _in_profile_box(img)
        and not _portrait_card(img)
        and not stamp(img)
        and not in_zone(page, img)
    )


def _titled_as_headline(page: Page, img: _Element) -> bool:
    """The picture's `alt` or `title` is the headline: the post's own thumbnail, which a shop
    blog links to the post's own address; a print button or a counter so linked is no such
    picture."""
    heading = headline_element(page)
    title = " ".join(text_of(heading).split()) if heading is not None else ""
    return bool(title) and title in (img.get("alt", "").strip(), img.get("title", "").strip())


def _titled_as_title_head(page: Page, img: _Element) -> bool:
    """The picture's `alt` is the headline's part before a dash (an event's `Chạy vì trái tim
    trẻ em 2026` over its headline `Chạy vì trái tim trẻ em 2026 – 5 km và 10 km quanh hồ Bán
    Nguyệt`): the title the headline opens with, before what it adds; a name of a few words
    only could be anything's."""
    heading = headline_element(page)
    title = " ".join(text_of(heading).split()) if heading is not None else ""
    head = TITLE_DASH.split(title, maxsplit=1)[0]
    alt = " ".join((img.get("alt") or "").split())
    return head != title and len(head.split()) >= MIN_TITLE_HEAD_WORDS and alt == head


def _portrait_card(img: _Element) -> bool:
    """A person's card: the picture alone in its box, the text beside it opening with the
    person's name in bold, their post and facts after it, the picture's `alt` naming the same
    person (an interview's `<div><img alt="Ông Rơ Châm Thanh"><div><strong>Đại tá Rơ Châm
    Thanh</strong><br>Chủ tịch Hội …<br>Sinh năm 1961</div></div>` under the lead): a portrait
    of who speaks or writes, no picture of the article."""
    box = img.getparent()
    alt = fold(img.get("alt") or "").split()
    if box is None or len(alt) < 2 or len(box.findall(".//img")) != 1:
        return False
    if box.find(".//figcaption") is not None:
        return False
    name = next((text_of(el) for el in box.iter("strong", "b") if text_of(el)), "")
    text = short_text(box, MAX_CAPTION_CHARS) or ""
    return (
        bool(name)
        and len(name.split()) <= MAX_CARD_NAME_WORDS
        and text.startswith(name)
        and len(text) > len(name)
        and fold(name).endswith(" ".join(alt[-min(3, len(alt)) :]))
    )


def _in_profile_box(img: _Element) -> bool:
    """`img` is in an element classed as a poster's or author's box. The `<body>` and `<html>`
    are the page, no box: a site builder lists the styles of every module it has on `<body>`
    (`j-m-profile-styles`)."""
    return any(
        PROFILE_BOX.search(el.get("class") or "")
        for el in (img, *img.iterancestors())
        if el.tag not in ("body", "html")
    )


def _caption(img: _Element) -> str | None:
    """The figure's caption, a caption-classed element right after the picture, or the one
    short line, no heading, of the box holding the picture (AEM's `cmp-image__title`)."""
    figure = next(img.iterancestors("figure"), None)
    if figure is not None:
        caption = figure.find(".//figcaption")
        if caption is None:  # `<figure><img><p class="caption">…</p></figure>`
            caption = next((el for el in figure.iterdescendants() if caption_element(el)), None)
        if caption is None:  # `<figure><img><p>…</p></figure>`
            caption = figure_paragraph(figure)
        return (text_of(caption) or None) if caption is not None else None
    table = next(img.iterancestors("table"), None)
    if table is not None and _caption_table(table):
        return table_caption(table) or None
    if table is not None and (cell := row_caption(img)) is not None:
        return text_of(cell)  # the italic row under a picture's own row
    node = img
    while (parent := node.getparent()) is not None and _next_filled(node) is None:
        if node.tag == "div" and text_of(parent):
            break
        node = parent  # out of a `<picture>`, an `<a>` or a `<div>` holding only the picture
    after = _next_filled(node)
    if after is not None and CAPTION_CLASS.search(after.get("class") or ""):
        paragraphs = [text for p in after.iter("p") if (text := text_of(p))]
        return " ".join(paragraphs) or text_of(after) or None  # not a slide's `1/4` beside it
    if after is not None and CAPTION_STYLE_CLASS.search(after.get("class") or ""):
        text = text_of(after)  # a line styled as a caption (`<p class="text-sm italic">`)
        if text and len(text) <= MAX_CAPTION_CHARS and after.find(".//img") is None:
            return text
    if after is not None and _text_box_line(after, node):
        return text_of(after)  # a builder's text box of one line under the image's box
    if after is not None and (italic := _italic_line(after)) is not None:
        return italic
    line = picture_box_line(img.getparent()) if img.getparent() is not None else None
    if line is None or line is not after or any(True for _ in line.iter("h1", *HEADING_TAGS)):
        return None  # a cover's box holding the picture and the headline's block
    return text_of(line)


def _italic_line(el: _Element) -> str | None:
    """The one short paragraph `el` prints, set wholly in italics, no picture in it (a page
    builder's text block under its image block, `<div><div class="brz-rich-text"><p><em>Khu
    tập kết …, ngày 27/11/2026. Ảnh: …</em></p></div></div>`): the picture's caption, as the
    body reads such a line."""
    paragraphs = [p for p in ([el] if el.tag == "p" else el.iter("p")) if text_of(p)]
    text = text_of(el)
    if len(paragraphs) != 1 or text_of(paragraphs[0]) != text or len(text) > MAX_CAPTION_CHARS:
        return None
    if el.find(".//img") is not None or el.find(".//a") is not None:
        return None
    italic = sum(len(text_of(part)) for part in paragraphs[0].iter("em", "i"))
    return text if italic >= len(text) - 2 else None


def _caption_table(table: _Element) -> bool:
    """A table holding one picture in a row of its own and a short caption in the others (an
    old CMS's way to caption a picture), not a layout table around the page."""
    pictures = table.findall(".//img")
    row = next(pictures[0].iterancestors("tr"), None) if len(pictures) == 1 else None
    return (
        row is not None and not text_of(row) and 0 < len(table_caption(table)) <= MAX_CAPTION_CHARS
    )


def caption_element(el: _Element) -> bool:
    """`el` is an element its class names a caption, holding no picture: a figure's caption
    where it has no `<figcaption>`."""
    return (
        isinstance(el.tag, str)
        and CAPTION_CLASS.search(el.get("class") or "") is not None
        and el.find(".//img") is None
    )


def _next_filled(el: _Element) -> _Element | None:
    """The next element the reader sees that prints words or a picture: past an empty loader,
    overlay or sizer between a picture and its caption (a page builder's `builder-image-sizer`
    after the `<picture>` in its block)."""
    after = _next_shown(el)
    while after is not None and not text_of(after) and after.find(".//img") is None:
        after = _next_shown(after)
    return after


def _block_after(text: _Element) -> _Element | None:
    """The block the reader sees right after the text's box, or after the nearest block around
    it that the box closes (a post's text in its body's box, its attached files' previews after
    that body: HumHub's `wall-entry-body` then `post-files`)."""
    for el in islice((text, *text.iterancestors()), MAX_CLOSED_LEVELS + 1):
        after = _next_shown(el)
        while after is not None and _buttons_only(after):
            after = _next_shown(after)  # a row of buttons (`Tải xuống`, `Mua ảnh`) under the text
        if after is not None:
            return after
    return None


def _buttons_only(el: _Element) -> bool:
    """`el` prints only its buttons' words, and holds no picture."""
    return (
        bool(_controls(el)) and el.find(".//img") is None and not WORD.search(_without_buttons(el))
    )


def _next_shown(el: _Element) -> _Element | None:
    """The next element the reader sees: past the `<noscript>` copy of a lazy-loaded picture
    (gatsby-image prints one after its `<picture>`)."""
    after = el.getnext()
    while after is not None and after.tag == "noscript":
        after = after.getnext()
    return after
