"""Read an article container into paragraphs, images with captions, and a trailing byline.

Shared by profile layouts and the generic extractor: both only decide *which* element holds the
article; this module decides what inside it is body text, what is a caption, and what is the
author line, the way Vietnamese news pages write them (centred `<em>` captions under the image,
a right-aligned last paragraph for the byline).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from lxml.etree import _Element

from parsers.page import Page, select, text_of

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
)
CAPTION_CLASS = re.compile(r"caption|pcaption|icaption|image-desc|img-desc|note|expNoEdit", re.I)
BYLINE_CLASS = re.compile(r"author|pauthor|byline|tacgia|signature", re.I)
RIGHT_ALIGN = re.compile(r"text-align\s*:\s*right", re.I)
CENTER_ALIGN = re.compile(r"text-align\s*:\s*center", re.I)
IMAGE_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-srcset", "src", "srcset")
PLACEHOLDER = re.compile(r"blank\.gif|spacer|pixel\.gif|placeholder|1x1", re.I)
MAX_BYLINE_CHARS = 120
MAX_CAPTION_CHARS = 400
# `Bài và ảnh: Minh Hằng`, `Tin, ảnh: P.Y`, `Tác giả: …`: an author line whatever its alignment.
ROLE_LINE = re.compile(
    r"^(?:bài\s*(?:và|,|&)\s*ảnh|tin\s*(?:và|,|&)\s*ảnh|bài|tin|tác\s*giả|thực\s*hiện)\s*:",
    re.I,
)
# Inline pointers to other articles inside the text: `Đọc thêm: …`, `Xem thêm: …`.
SEE_ALSO = re.compile(r"^(?:đọc\s*thêm|xem\s*thêm|tin\s*liên\s*quan|bài\s*liên\s*quan)\b", re.I)
# A line of names in capitals (`VĂN HÀO - TRẦN HỮU`): the byline some papers print first.
NAME_SEPARATORS = re.compile(r"\s*[-–,]\s*")
MAX_CAPS_CHARS = 60


@dataclass
class Image:
    url: str
    caption: str | None = None


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    byline: str | None = None


@dataclass
class _Block:
    text: str
    kind: str  # "text", "caption", "byline-candidate"


def read_body(page: Page, container: _Element, drop: tuple[str, ...] = ()) -> Body:
    """Split `container` (left untouched) into body paragraphs, images and byline."""
    root = copy.deepcopy(container)
    for css in drop:
        for el in select(root, css):
            _remove(el)
    for el in list(root.iter(*NOISE_TAGS)):
        if el is not root:
            _remove(el)
    reader = _Reader(page)
    reader.walk(root)
    return reader.finish()


def _remove(el: _Element) -> None:
    """Remove an element but keep its tail text in the tree."""
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()


class _Reader:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.blocks: list[_Block] = []
        self.images: list[Image] = []
        self.awaiting_caption: Image | None = None
        self.inline: list[str] = []

    def walk(self, el: _Element) -> None:
        if el.text:
            self.inline.append(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "img":
                self.flush_inline()
                self.add_images([child])
            elif child.tag == "br":
                self.inline.append(" ")
            elif child.tag in BLOCK_TAGS:
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
                else:
                    self.inline.append(text_of(child))
            if child.tail:
                self.inline.append(child.tail)
        self.flush_inline()

    def flush_inline(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.inline)).strip()
        self.inline = []
        if text:
            self.blocks.append(_Block(text, "text"))
            self.awaiting_caption = None

    def block(self, el: _Element) -> None:
        tag = el.tag
        if tag in ("figure", "table") and el.find(".//img") is not None:
            self.figure(el)
            return
        if self.awaiting_caption is not None and CAPTION_CLASS.search(_classes(el)):
            caption = text_of(el)  # a caption box holding its own paragraphs
            if caption and len(caption) <= MAX_CAPTION_CHARS:
                self.set_caption(caption)
                return
        if any(child.tag in BLOCK_TAGS for child in el if isinstance(child.tag, str)):
            self.walk(el)
            return
        imgs = list(el.iter("img"))
        if imgs:
            self.add_images(imgs)
        text = text_of(el)
        if text:
            self.add_text(el, text)

    def figure(self, el: _Element) -> None:
        self.add_images(list(el.iter("img")))
        caption_el = el.find(".//figcaption")
        if caption_el is not None:
            caption = text_of(caption_el)
        else:  # caption table: the rows without the image
            caption = " ".join(
                text_of(row) for row in el.iter("tr") if row.find(".//img") is None
            ).strip()
        if caption:
            self.set_caption(caption)

    def add_images(self, imgs: list[_Element]) -> None:
        for img in imgs:
            url = _image_url(self.page, img)
            if url and all(image.url != url for image in self.images):
                image = Image(url)
                self.images.append(image)
                self.awaiting_caption = image

    def set_caption(self, caption: str) -> None:
        if self.awaiting_caption is not None and self.awaiting_caption.caption is None:
            self.awaiting_caption.caption = caption
        self.awaiting_caption = None

    def add_text(self, el: _Element, text: str) -> None:
        if _is_caption(el, self.awaiting_caption is not None):
            self.set_caption(text)
            return
        if SEE_ALSO.match(text) and len(text) <= 2 * _link_chars(el) + 20:
            return
        kind = "byline-candidate" if _is_byline_like(el, text) else "text"
        self.blocks.append(_Block(text, kind))
        self.awaiting_caption = None

    def finish(self) -> Body:
        byline_parts: list[str] = []
        while self.blocks and self.blocks[-1].kind == "byline-candidate":
            byline_parts.insert(0, self.blocks.pop().text)
        if not byline_parts and len(self.blocks) > 1 and _is_caps_names(self.blocks[0].text):
            byline_parts.append(self.blocks.pop(0).text)
        return Body(
            paragraphs=[b.text for b in self.blocks],
            images=self.images,
            byline=" - ".join(byline_parts) or None,
        )


def _classes(el: _Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _is_caption(el: _Element, after_image: bool) -> bool:
    if el.tag == "figcaption" or CAPTION_CLASS.search(_classes(el)):
        return True
    if not after_image:
        return False
    style = el.get("style") or ""
    if CENTER_ALIGN.search(style) or (el.get("align") or "").lower() == "center":
        return True
    # a paragraph entirely in <em>/<i> right under an image
    emphasised = "".join(text_of(e) for e in el.iter("em", "i"))
    return bool(emphasised) and len(emphasised) >= len(text_of(el)) - 2


def _link_chars(el: _Element) -> int:
    return sum(len(text_of(a)) for a in el.iter("a"))


def _is_caps_names(text: str) -> bool:
    if (
        len(text) > MAX_CAPS_CHARS
        or text != text.upper()
        or not re.fullmatch(r"[^\W\d_ .\-–,]+(?:[ .\-–,]+[^\W\d_ .\-–,]+)+", text)
    ):
        return False
    return all(1 <= len(name.split()) <= 4 for name in NAME_SEPARATORS.split(text))


def _is_byline_like(el: _Element, text: str) -> bool:
    if len(text) > MAX_BYLINE_CHARS:
        return False
    if ROLE_LINE.match(text):
        return True
    style = el.get("style") or ""
    aligned = RIGHT_ALIGN.search(style) or (el.get("align") or "").lower() == "right"
    return bool(aligned or BYLINE_CLASS.search(_classes(el)) or "text-right" in _classes(el))


def _image_url(page: Page, img: _Element) -> str | None:
    for attr in IMAGE_ATTRS:
        value = (img.get(attr) or "").strip()
        if attr.endswith("srcset"):
            value = value.split(",")[0].strip().split(" ")[0]
        if value and not value.startswith("data:") and not PLACEHOLDER.search(value):
            return page.absolute(value)
    return None
