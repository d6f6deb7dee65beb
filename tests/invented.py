"""Invented articles for the generic extractor's rule tests: a made-up site's page around
whatever block a test writes, and the record tinbao reads from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from pipelines.normalize import extract_record


@dataclass(frozen=True)
class InventedArticle:
    url: str  # the article's address
    title: str  # its `<title>`, and its headline
    now: datetime  # when it was fetched: what relative dates are read against
    text: tuple[str, ...] = ()  # its paragraphs, for `between`

    def html(self, body: str, head: str = "") -> str:
        """A whole page: the title, `head`'s extra tags and `body`."""
        return (
            f"<html lang='vi'><head><title>{self.title}</title>{head}</head>"
            f"<body>{body}</body></html>"
        )

    def record(self, body: str, head: str = "") -> dict:
        """The record tinbao reads from the page `html` makes."""
        return extract_record(self.html(body, head), self.url, self.now)

    def under_headline(self, meta: str, after_text: str = "", head: str = "") -> dict:
        """The record of the article with `meta` (a publish line, a byline) in its header under
        the headline, and `after_text` after its text."""
        text = "".join(f"<p>{p}</p>" for p in self.text)
        header = f"<header><h1>{self.title}</h1>{meta}</header>"
        inside = f"<div class='entry-content'>{text}{after_text}</div>"
        return self.record(f"<article>{header}{inside}</article>", head)

    def signed(self, line: str) -> tuple[str | None, list[str]]:
        """The byline and the authors when `line` is the first line after the text's box."""
        text = "".join(f"<p>{p}</p>" for p in self.text)
        page = f"<article><h1>{self.title}</h1><div class='noi-dung'>{text}</div>{line}</article>"
        record = self.record(page)
        return record["byline"], record["authors"]

    def between(self, block: str) -> str:
        """The article, its text holding `block` between its first and second paragraphs."""
        first, *rest = self.text
        text = f"<p>{first}</p>{block}" + "".join(f"<p>{p}</p>" for p in rest)
        return f"<article><h1>{self.title}</h1><div class='body'>{text}</div></article>"

    def picture(self, name: str, caption: str | None = None) -> dict:
        """A picture in the site's `/anh/` folder, as the record lists it."""
        site = urlsplit(self.url)
        return {"url": f"{site.scheme}://{site.netloc}/anh/{name}.jpg", "caption": caption}
