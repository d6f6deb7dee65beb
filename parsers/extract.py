"""HTML + URL → raw article fields, in one explicit order: profile layout, then generic.

Values here are strings as the page prints them (`published_raw`, `views_raw`, `byline_raw`);
turning them into instants, integers and people is the normalizer's job (pipelines/normalize.py).
`sources` tells, per field, whether the profile's layout or the generic extractor produced it,
which the crawl counts so a redesign shows up as a rising generic share.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime
from unicodedata import normalize
from urllib.parse import urlsplit

from lxml.etree import _Element

from parsers import generic, patterns
from parsers.body import (
    RULE_LINE,
    Body,
    Image,
    all_bold,
    link_share,
    read_body,
    without_credit,
)
from parsers.canonical import record_url, serves_claimed_article
from parsers.generic.listing import reads_teasers
from parsers.generic.pictures import cover_images, gallery_after
from parsers.generic.zones import headline_element, is_vietnamese, on_vietnamese_host
from parsers.page import Page, text_of
from parsers.profile import Layout, SiteProfile
from parsers.sites import profile_for
from parsers.urls import clean_url
from parsers.vietnamese.names import clean_byline, is_account, is_organisation
from parsers.vietnamese.text import fold, strip_dateline, unescape

GENERIC = "generic"
MIN_CUT_LEAD = 80  # characters of a truncated description that identify the lead paragraph
MIN_LEAD_CUT = 40  # characters of a description cut from the first paragraph that identify it
# Site generators whose description of a post, when its author writes none, is its opening
# (Docusaurus, Jekyll's SEO tag, Hugo's summary, Hexo's Open Graph helper).
EXCERPT_SOFTWARE = patterns.compile(r"^(?:docusaurus|jekyll|hugo|hexo)\b", re.I)
WORDPRESS = patterns.compile(r"^wordpress\b", re.I)
WORDPRESS_FILES = "/wp-content/"  # where WordPress keeps a site's uploads, themes and plugins
OPENING_PARAGRAPHS = 3  # paragraphs a description cut with an ellipsis may run over
NOT_WORDS = patterns.compile(r"[\W_]+")
MIN_ABRIDGED_OPENING = 6  # words opening a description that the text it abridges holds together
MIN_TITLE = 20  # characters of a headline that identify it behind a kicker
EXCERPT_MARK = "<!--more-->"
EXCERPT_MARKUP = 3  # characters of markup before an excerpt mark, per character of its text
TAG = patterns.compile(r"<[^>]*>")
MAX_KICKER = 40  # characters of a kicker in front of a repeated headline (`Schweiz : `)


class Extraction:
    """The fields of one page as printed, before `pipelines.normalize` reads them.

    A plain class: a dataclass costs about a millisecond to create at every start of
    `tinbao extract`."""

    def __init__(
        self,
        url: str,
        site: str,
        layout: str,
        *,
        headline: str | None = None,
        summary: str | None = None,
        published_raw: str | None = None,
        published_clock: str | None = None,
        published_exact: str | None = None,
        month_first: bool = False,
        machine_utc: bool = False,
        foreign: bool = False,
        utc_offset: str | None = None,
        modified_raw: str | None = None,
        views_raw: str | None = None,
        byline_raw: str | None = None,
        category: str | None = None,
        tags: list[str] | None = None,
        paragraphs: list[str] | None = None,
        images: list[Image] | None = None,
        site_article_id: str | None = None,
        sources: dict[str, str] | None = None,
        conflicts: list[str] | None = None,
        body_link_share: float = 0.0,
        listing: bool = False,
        canonical_refused: str | None = None,
        canonical_reason: str | None = None,
        copy_from: str | None = None,
    ) -> None:
        self.url = url
        self.site = site
        self.layout = layout
        self.headline = headline
        self.summary = summary
        self.published_raw = published_raw
        self.published_clock = published_clock  # the hour of a line printing the day alone
        self.published_exact = published_exact  # a machine date with the seconds the line lacks
        self.month_first = month_first  # the page's software prints numeric dates month-first
        self.machine_utc = machine_utc  # …writes its machine times without an offset in UTC
        self.foreign = foreign  # not a Vietnamese page: its times are not Vietnam time unless said
        self.utc_offset = utc_offset  # a foreign page's own offset, for times it prints without
        self.modified_raw = modified_raw
        self.views_raw = views_raw
        self.byline_raw = byline_raw
        self.category = category
        self.tags = tags if tags is not None else []
        self.paragraphs = paragraphs if paragraphs is not None else []
        self.images = images if images is not None else []
        self.site_article_id = site_article_id
        self.sources = sources if sources is not None else {}
        self.conflicts = conflicts if conflicts is not None else []  # sources that disagreed
        self.body_link_share = body_link_share  # share of the body container's text in links
        self.listing = listing  # the body is other articles' teasers: a category page
        self.canonical_refused = canonical_refused  # the page's canonical URL, when not trusted…
        self.canonical_reason = canonical_reason  # …and why
        # The fetched URL, when the page is another address of the article `url` keys (a
        # language, a second page, a print view): stored only if the article's own page is not.
        self.copy_from = copy_from

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Extraction) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"Extraction({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"


def extract(
    html: str,
    url: str,
    *,
    fetched_at: datetime,
    use_profile: bool = True,
    profile: SiteProfile | None = None,
    hosts: Collection[str] = (),
) -> Extraction:
    """Extract raw fields from one article page. Raises `UnreadablePage` for non-HTML input.

    `url` is the URL the page was fetched from: it picks the site profile, and keys the record
    unless the page's canonical URL is trusted (`parsers.canonical.record_url`). `fetched_at` is
    "now" for every date on the page and picks the layout a profile had then. `use_profile=False`
    reads the page as if no profile knew its site (leave-one-out scoring of the generic
    extractor on the profiled sites' pages); `profile` reads it with that profile instead of its
    host's (a profile being induced, not yet written). `hosts` are the other hosts the crawl
    takes for the site (`-a hosts=`), on which a canonical URL may be trusted too.
    """
    page = Page(html, url, fetched_at)
    if profile is None and use_profile:
        profile = profile_for(urlsplit(url).hostname or "")
    layout = _matching_layout(page, profile, fetched_at) if profile else None
    result = _Extractor(page, profile, layout, hosts).run()
    if profile is None:  # a registry paper without a profile: generic fields, its own key
        from parsers.registry import paper_for  # the papers' table: no profiled page needs it

        paper = paper_for(urlsplit(url).hostname or "")
        if paper is not None:
            result.site = paper.key
            result.url = clean_url(result.url, paper.all_hosts)
    return result


def _matching_layout(page: Page, profile: SiteProfile, fetched_at: datetime) -> Layout:
    """The first layout (in fetch-date order) whose headline and body selectors match the page."""
    candidates = profile.layouts_for(fetched_at.date())
    for layout in candidates:
        anchors = [layout.fields[name] for name in ("headline", "body") if name in layout.fields]
        if all(page.select(css) for css in anchors):
            return layout
    return candidates[0]


class _Extractor:
    def __init__(
        self,
        page: Page,
        profile: SiteProfile | None,
        layout: Layout | None,
        hosts: Collection[str] = (),
    ) -> None:
        self.page = page
        self.profile = profile
        self.layout = layout
        self.hosts = hosts
        self.sources: dict[str, str] = {}

    def selected(self, name: str) -> list[_Element]:
        css = self.layout.fields.get(name) if self.layout else None
        return self.page.select(css) if css else []

    def field(self, name: str, fallback) -> str | None:
        """First non-empty text of the layout's selector, else the generic extractor; nothing
        for a field the layout says its pages never show."""
        if self.layout and name in self.layout.absent:
            return None
        for el in self.selected(name):
            text = text_of(el)
            if text:
                self.sources[name] = self.layout.name
                return text
        value = fallback(self.page)
        if value:
            self.sources[name] = GENERIC
        return value or None

    def run(self) -> Extraction:
        page, profile = self.page, self.profile
        key = record_url(page.canonical_url, page.url, profile, self.hosts)
        page.claims_another_page = key.reason == "another page"
        url = clean_url(key.url, profile.hosts if profile else ())
        result = Extraction(
            url=url,
            site=profile.key if profile else GENERIC,
            layout=self.layout.name if self.layout else GENERIC,
            site_article_id=profile.article_id(urlsplit(url).path) if profile else None,
            canonical_refused=key.refused,
            canonical_reason=key.reason,
            copy_from=page.url if key.copy else None,
        )
        result.headline = self.field("headline", generic.headline)
        if key.reason == "another page" and serves_claimed_article(
            key.refused, page.url, result.headline
        ):  # another whole article answered at this address: a copy of it, not this one's
            result.url = clean_url(key.refused, profile.hosts if profile else ())
            result.site_article_id = (
                profile.article_id(urlsplit(result.url).path) if profile else None
            )
            result.canonical_refused = result.canonical_reason = None
            result.copy_from = page.url
        result.summary = self.field("summary", generic.summary)
        result.published_raw = self.field("published", generic.published)
        if self.sources.get("published") == GENERIC:
            result.month_first = generic.month_first(page)
            result.machine_utc = generic.machine_utc(page)
            result.published_clock = generic.published_clock(page)
            result.published_exact = generic.published_exact(page)
            conflict = generic.published_conflict(page)
            if conflict:
                result.conflicts.append(f"published: {conflict}")
        result.foreign = not generic.is_vietnamese(page)
        result.utc_offset = generic.page_offset(page)
        result.modified_raw = self.field("modified", generic.modified)
        if result.modified_raw is None and self.sources.get("published") not in (None, GENERIC):
            result.modified_raw = generic.update_beside(result.published_raw, page.fetched_at)
        result.views_raw = self.field("views", generic.views)
        result.category = self.category()
        result.tags = self.tags()

        containers = self.selected("body")
        container = containers[0] if containers else generic.body_container(page)
        self.sources["body"] = self.layout.name if containers else GENERIC
        if container is not None:
            drop = self.layout.drop if containers and self.layout else generic.BOILERPLATE
            reading = (
                container if containers else generic.body_reading(page, container, result.summary)
            )
            body = read_body(page, reading, drop, result.summary, result.headline)
            self.lead_in_text(result, body, container)
            result.body_link_share = link_share(container)
            lead = None if _only_described(page, result.summary) else result.summary
            shown = None if containers else headline_element(page)
            result.paragraphs = _without_lead(
                body.paragraphs,
                lead,
                result.headline,
                text_of(shown) if shown is not None else None,
                (page.meta.get("og:title"), _alternative_headline(page)),
            )
            covers = [] if containers else cover_images(page, container)
            known = {image.url for image in covers}
            result.images = covers + [image for image in body.images if image.url not in known]
            known |= {image.url for image in result.images}
            gallery = [] if containers else gallery_after(page, container)
            result.images += [image for image in gallery if image.url not in known]
            result.listing = reads_teasers(
                page, result.paragraphs, result.published_raw, result.headline
            )
            byline_from_body, credit = body.byline, body.credit
        else:
            byline_from_body = credit = None
        if byline_from_body and generic.byline_contradicted(page, byline_from_body):
            byline_from_body = None
        if byline_from_body and clean_byline(byline_from_body).display is None:
            byline_from_body = None  # an editor's line closing the text (`（责任编辑：范明）`)
        if byline_from_body and is_organisation(byline_from_body):
            # `Phòng Thống kê Tổng hợp` signing the text: an office credit, not the author line;
            # with a source line over it (`Nguồn: Đài KTTV tỉnh`) both are the credit, the office
            # the display and the other the source.
            office = byline_from_body
            credit, byline_from_body = f"{office} - {credit}" if credit else office, None
        if byline_from_body and "byline" not in (self.layout.fields if self.layout else {}):
            result.byline_raw = generic.with_calling(page, byline_from_body)
            self.sources["byline"] = self.sources["body"]
        else:
            result.byline_raw = self.field("byline", generic.byline)
            if credit and result.byline_raw and is_account(result.byline_raw):
                result.byline_raw = None  # the office signing the text names more than a login
        if result.byline_raw is None and credit:  # `Theo Báo X` under the text: a source only
            result.byline_raw = credit
            self.sources["byline"] = self.sources["body"]
        if result.byline_raw is None and "byline" not in (
            self.layout.fields if self.layout else {}
        ):
            result.byline_raw = generic.office_byline(page)  # an office in the author box
            if result.byline_raw:
                self.sources["byline"] = GENERIC
        result.sources = self.sources
        return result

    def lead_in_text(self, result: Extraction, body: Body, container: _Element) -> None:
        """A description cut from the opening paragraph (`Những ngày giữa… Toàn...`), or a blog
        post's excerpt (the text before its excerpt mark), is no lead: the page prints none.
        With no lead printed apart, an opening paragraph all in bold (or italics, or a heading
        element) is the lead (Joomla and hand-typed pages; a heading block opening a post; under
        the headline when the text's cell prints it first), also
        over a description the page prints nowhere (a line written for search engines beside
        the lead typed into the post); a writer's credit after its last sentence is not."""
        if self.layout and "summary" in self.layout.absent:
            return
        generic_lead = self.sources.get("summary") == GENERIC
        described = result.summary in (
            self.page.meta.get("og:description"),
            self.page.meta.get("description"),
        )
        # the headline typed into the text's cell: the text opens under it
        text = body.paragraphs[1:] if _heads_text(body, result.headline) else body.paragraphs
        if generic_lead and (
            _cut_from(result.summary, text, described=described)
            or (described and _excerpt_of(result.summary, self.page))
            or (described and _generated_opening(result.summary, body, self.page, container))
            or _whole_text(result.summary, body.paragraphs)
            or (described and _abridged_opening(result, body.paragraphs, self.page))
        ):
            result.summary = None
            del self.sources["summary"]
        opening = body.opening_bold or body.opening_italic or body.opening_heading
        first = 0
        if _heads_text(body, result.headline):
            first = 1  # the lead is the line under the headline
            opening = body.emphasised[1]
        copied = container.getroottree().getroot() is not self.page.root
        if not opening and body.paragraphs and copied and on_vietnamese_host(self.page):
            opening = _printed_bold(self.page, body.paragraphs[first])
        lead = without_credit(body.paragraphs[first]) if opening else ""
        if _lead_like(lead) and (
            result.summary is None
            or (generic_lead and described and not _printed(result.summary, self.page))
        ):
            result.summary = lead
            self.sources["summary"] = self.sources["body"]

    def category(self) -> str | None:
        found = [text_of(el) for el in self.selected("category")]
        found = [text for text in found if text]
        if found:
            self.sources["category"] = self.layout.name
            return found[-1]
        value = generic.category(self.page)
        if value:
            self.sources["category"] = GENERIC
        return value

    def tags(self) -> list[str]:
        found = [text_of(el) for el in self.selected("tags")]
        if any(found):
            self.sources["tags"] = self.layout.name
            return [text for text in found if text]
        values = generic.tags(self.page)
        if values:
            self.sources["tags"] = GENERIC
        return values


def _heads_text(body: Body, headline: str | None) -> bool:
    """The text's first paragraph is the headline typed into the text's cell, more after it."""
    return len(body.paragraphs) > 1 and _key(body.paragraphs[0]) == _key(headline)


# An excerpt's account after its ellipsis (Steemit's `… by hoangtuan.hp`).
EXCERPT_BY = patterns.compile(r"(?:(?<=…)|(?<=\.\.\.))\s+by\s+[\w.-]+\s*$")


def _cut_from(summary: str | None, paragraphs: list[str], *, described: bool) -> bool:
    """`summary` is the start of the text (after a dateline stamp), cut short: it ends in an
    ellipsis (`Những ngày giữa… Toàn...`, perhaps past the first paragraph), or in a full stop
    where the paragraph goes on (`… Vĩnh Trạch Đông.` over `… Vĩnh Trạch Đông, nâng …`) or, for
    the page's description, where a sentence ends and the paragraph goes on (a description
    made of the first sentence). The page's description may also be cut from after the first
    paragraph's opening clause (`Thực hiện kế hoạch của UBND thành phố, từ ngày 17/11 …`
    described as `Từ ngày 17/11 …`) or its label (`Hỏi:`), or, cut with an ellipsis, from the
    start of a paragraph after a short opening line or heading (a bulletin's issue line, an
    item's bold title): a platform's excerpt all the same. So is a description cut between two
    words with no mark at all (a help centre's `… tham gia tố tụng miễn phí` over the paragraph
    going on `… miễn phí trong vụ án …`), and an excerpt a blockchain blog closes with its
    poster's account (`… chuyện nhỏ… by hoangtuan.hp`)."""
    summary = EXCERPT_BY.sub("", summary) if summary else summary
    closed = summary is not None and summary.rstrip().endswith((".", "…"))
    if not summary or not paragraphs or not (closed or described):
        return False
    start = " ".join(fold(summary.rstrip(" .…")).split())  # (a description keeps its newlines)
    first = fold(strip_dateline(paragraphs[0]) or paragraphs[0])
    ellipsis = summary.rstrip().endswith(("...", "…"))
    if ellipsis and described:  # an excerpt past a short opening line or heading
        for i in range(1, min(OPENING_PARAGRAPHS, len(paragraphs))):
            later = " ".join(map(fold, paragraphs[i : i + OPENING_PARAGRAPHS]))
            if len(start) >= MIN_LEAD_CUT and later.startswith(start) and len(later) > len(start):
                return True
    text = " ".join([first, *map(fold, paragraphs[1:OPENING_PARAGRAPHS])]) if ellipsis else first
    at = 0 if text.startswith(start) else _after_opening_clause(first, start) if described else -1
    end = at + len(start)
    return (
        len(start) >= MIN_LEAD_CUT
        and at >= 0
        and len(text) > end
        and (
            ellipsis
            or first[end] in ", ;-–"
            or (described and first[end] in ".!?" and len(first) > end + 1)
        )
    )


def _abridged_opening(result: Extraction, paragraphs: list[str], page: Page) -> bool:
    """The page's description, printed nowhere on the page, opens with words the text's first
    paragraph holds together (where it opens, or after its subject: `Tạm ngừng cung cấp nước
    sạch tại các ấp …` from `Công ty … thông báo tạm ngừng cung cấp nước sạch để …`) and says
    nothing the headline and the text do not: the opening sentence shortened for search
    engines, no lead; the page prints none."""
    summary = result.summary
    if not summary or not paragraphs:
        return False
    said = _words(summary)
    opening = " ".join(said[:MIN_ABRIDGED_OPENING])
    if (
        len(said) < MIN_ABRIDGED_OPENING
        or f" {opening} " not in f" {' '.join(_words(paragraphs[0]))} "
    ):
        return False
    text = set(_words(" ".join([result.headline or "", *paragraphs])))
    # The page's whole text is read last: the word tests above rule out nearly every page.
    return all(word in text for word in said) and not _printed(summary, page)


def _words(text: str) -> list[str]:
    return NOT_WORDS.sub(" ", fold(text)).split()


def _whole_text(summary: str | None, paragraphs: list[str]) -> bool:
    """`summary` is every paragraph of the text run together: a block classed as the intro that
    holds the whole text (a photo story's two short paragraphs over its pictures) is the text,
    not a lead over it. (A summary under half the text's length is none: the common case,
    told without reading the text.)"""
    return (
        summary is not None
        and len(paragraphs) > 1
        and 2 * len(summary) >= sum(len(paragraph) for paragraph in paragraphs)
        and _plain(" ".join(paragraphs)) == _plain(summary)
    )


def _generated_opening(summary: str | None, body: Body, page: Page, container: _Element) -> bool:
    """The page's description is the text's whole first paragraph, printed as plainly as the
    paragraphs after it, on a page made by a site generator that writes the description from a
    post's opening when its author gives none (`EXCERPT_SOFTWARE`, named by the generator
    meta): the generator's excerpt; the page prints no lead. So it is on a WordPress post
    (its generator meta or its `wp-content` addresses) that prints those words only in its
    text, whose SEO plugin writes the description from the post's opening: a theme prints a
    lead the author wrote as the post's excerpt, apart from the text."""
    if (
        not summary
        or len(body.paragraphs) < 2
        or body.opening_bold
        or body.opening_italic
        or _key(body.paragraphs[0]) != _key(summary)
        or _printed_as_lead(summary, page)
    ):
        return False
    generator = page.meta.get("generator", "")
    if EXCERPT_SOFTWARE.search(generator):
        return True
    return bool(WORDPRESS.search(generator) or WORDPRESS_FILES in page.html) and _only_in(
        summary, page, container
    )


def _printed_as_lead(summary: str, page: Page) -> bool:
    """The page prints `summary` in a block a lead's selector names (Docsy's `<div
    class="lead">` under the headline, from the page's front matter): the lead its author
    wrote, which the description repeats, not a generator's excerpt of the text."""
    said = _key(summary)
    return any(_key(text_of(el)) == said for el in page.select(generic.ANY_SUMMARY))


def _only_in(text: str, page: Page, container: _Element) -> bool:
    """The page's `<body>` prints `text` only inside `container`."""
    body = page.root.find("body")
    said = _plain(text)
    return body is not None and _plain(text_of(body)).count(said) == _plain(
        text_of(container)
    ).count(said)


def _after_opening_clause(paragraph: str, start: str) -> int:
    """Where `start` stands in `paragraph` right after a clause closed by a comma, or after a
    label closed by a colon (a Q&A's `Hỏi: Con tôi …` described as `Con tôi …`), or -1."""
    for mark in (", ", ": "):
        at = paragraph.find(f"{mark}{start}")
        if at >= 0:
            return at + len(mark)
    return -1


def _excerpt_of(summary: str | None, page: Page) -> bool:
    """`summary` is the text before a blog post's excerpt mark (`<!--more-->`, WordPress's and
    HubSpot's; the parsed tree keeps no comments): the excerpt the platform gives as the
    description, the text's own opening."""
    at = page.html.find(EXCERPT_MARK) if summary else -1
    if at < 0:
        return False
    markup = page.html[max(0, at - EXCERPT_MARKUP * len(summary)) : at]
    before = " ".join(unescape(TAG.sub(" ", markup)).split())
    return _key(before).endswith(_key(" ".join(summary.split())))


def _printed(text: str, page: Page) -> bool:
    """`text` is among the words the page's `<body>` shows (spacing, case and Unicode form
    aside; the page's text is not folded: that would cost more than the rest of the lead)."""
    body = page.root.find("body")
    return body is not None and _plain(strip_dateline(text) or text) in _plain(text_of(body))


def _printed_bold(page: Page, text: str) -> bool:
    """The page prints `text` as a paragraph all in bold: another reader's copy of the text,
    read on pages in other languages, keeps no bold. A Vietnamese paper's edition in another
    language (under `.vn`) types its lead in bold into the text as the paper does (a Russian
    edition's); elsewhere a bold opening paragraph is often the text's own."""
    said = _plain(text)
    return any(_plain(text_of(p)) == said and all_bold(p) for p in page.root.iter("p"))


def _plain(text: str) -> str:
    return " ".join(normalize("NFC", text).casefold().split())


def _lead_like(text: str) -> bool:
    """Long enough for a lead and closed as a sentence (not a bold section heading), by a full
    stop of its own script too (Chinese and Japanese `。`, Khmer `។`)."""
    return len(text) >= MIN_CUT_LEAD and text.rstrip()[-1:] in '.!?…"”。！？។៕'


def _only_described(page: Page, summary: str | None) -> bool:
    """The summary is only the page's description, on a page not in Vietnamese: such a
    description is often a copy of the first paragraph, which stays body (Vietnamese CMSs print
    their sapo again at the top of the body, whatever the summary's source)."""
    return (
        summary is not None
        and summary in (page.meta.get("og:description"), page.meta.get("description"))
        and not is_vietnamese(page)
    )


def _without_lead(
    paragraphs: list[str],
    summary: str | None,
    headline: str | None,
    shown: str | None = None,
    meta_titles: tuple[str | None, ...] = (),
) -> list[str]:
    """Drop opening paragraphs that repeat the headline (as extracted, or as `shown` by the
    page's headline element when that differs: a metadata title with the site's name) or the
    lead (sites that print the sapo in the body, with or without its `(BTB) - ` stamp; CMSs
    whose description is a cut copy), and a rule opening what is left (a blog's `***` setting
    its intro apart from the letter it prints).
    The headline is compared by its letters: the `<h1>` printed again in the body lacks the
    punctuation of the metadata's spelling (`Mùa lũ Nước sông…` for `Mùa lũ: Nước sông…`);
    so is the page's og:title, which a teaser over the text spells with its kicker when the
    headline read is another wording, and its JSON-LD `alternativeHeadline`, the display title
    a page prints over its text when it reads another one (`<h1>`) for search engines."""
    repeats = {_key(text) for text in (summary, headline, shown) if text}
    repeats.discard("")
    titles = {_letters(text) for text in (headline, *meta_titles) if text}
    titles.discard("")
    title_key = _key(headline)
    rest = paragraphs[_lead_parts(paragraphs, summary) :]
    while (
        rest
        and len(rest) > 1
        and (
            _repeats(_key(rest[0]), repeats)
            or _letters(rest[0]) in titles
            or _rekicked(_key(rest[0]), title_key)
            or RULE_LINE.fullmatch(rest[0].replace(" ", ""))  # `***` under a lead: no text
        )
    ):
        rest.pop(0)
    return rest


def _alternative_headline(page: Page) -> str | None:
    """The article's other title in its JSON-LD (`alternativeHeadline`), if it gives one."""
    value = page.article_ld.get("alternativeHeadline")
    return value if isinstance(value, str) else None


def _lead_parts(paragraphs: list[str], summary: str | None) -> int:
    """How many opening paragraphs are, run together, the lead printed over two or more `<p>`s
    (a sapo box of two paragraphs), text left after them; else 0."""
    lead = _key(summary)
    for count in range(1, len(paragraphs)):
        joined = _key(" ".join(paragraphs[:count]))
        if not joined or not lead.startswith(joined):
            return 0
        if count > 1 and joined == lead:
            return count
    return 0


def _key(text: str | None) -> str:
    return fold(strip_dateline(text or "") or "").strip(" .…")


def _letters(text: str | None) -> str:
    return NOT_WORDS.sub("", fold(text or ""))


def _repeats(key: str, repeats: set[str]) -> bool:
    """`key` is one of `repeats`, or starts a long one, or is one behind a short stamp glued
    to it (`Long AnHợp tác xã …`: a location span the lead read without)."""
    return bool(key) and any(
        key == r or (len(r) >= MIN_CUT_LEAD and (key.startswith(r) or _behind_stamp(key, r)))
        for r in repeats
    )


def _behind_stamp(key: str, lead: str) -> bool:
    stamp = key[: len(key) - len(lead)]
    return (
        key.endswith(lead)
        and 0 < len(stamp) <= generic.MAX_STAMP
        and not any(c.isdigit() for c in stamp)
    )


def _rekicked(key: str, title: str) -> bool:
    """The headline under another kicker (`Schweiz : Ein großer Tummelplatz …` for `Die Schweiz
    ist ein großer Tummelplatz …`): the same words at the end, most of each, a few others in
    front. A line ending as the headline does and no more (a bulletin's `Bản tin phát lúc 16h00
    ngày 02/12/2025.` under `Tin bão … - bản tin 16h00 ngày 02/12/2025`) is the text's own."""
    return (
        bool(title)
        and len(key) - len(title) <= MAX_KICKER
        and _common_end(key, title) >= max(MIN_TITLE, len(key) / 2, len(title) / 2)
    )


def _common_end(a: str, b: str) -> int:
    """Characters at the end of `a` and `b` that are the same."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n
