"""Field accuracy and speed of tinbao, trafilatura and newspaper4k on the same article pages.

Run: `python bench/accuracy.py DIR...` (see bench/README.md for the usual set). Each DIR is read
in whichever of these shapes it has, and skipped with a note when it is absent or empty:

- project fixtures: `**/page.json` (`url`, `fetched_at`, `expected` with every extract key)
  beside `page.html`. Pages of a profiled site are scored twice: with the profile, and with it
  switched off (`tinbao/generic`: leave-one-out, the generic extractor on a site it was not
  written for);
- vn-real: `<name>.json` (`url`, `expected` with headline, published_at, published_raw,
  byline, authors, summary, body_first, body_last, body_not_contains, views) beside `<name>.html`;
- fundus: `<country>/<Publisher>.json` (hand-checked `title`, `authors`, `publishing_date`,
  `body` per parser version) beside `<Publisher>_<YYYY_MM_DD>.html.gz`; the n-th page by date
  goes with the n-th version;
- AEB: `ground-truth.json` and `html/<id>.html.gz` (body only).

Body rows: **body F1** is the AEB metric (4-gram shingles, macro precision and recall) on every
set; a paragraph equal to the expected lead is dropped from every extractor's body first, so a
lead neither helps nor hurts. **first+last** is the first and the last body paragraph exactly
right (vn-real: starts with the expected prefix). **no boilerplate** is a page whose body holds
no foreign paragraph (vn-real: none of `body_not_contains`; elsewhere: every paragraph is found
in the expected body). **no caption** is a page whose body holds none of its image captions.

`published_raw` (the publish time as the page prints it) is scored for tinbao only; the peers
report no such string. So are, on the project's fixture sets, `category`, `tags` (the list, in
order) and `images` (every `{url, caption}`, in order): the peers report them in other shapes or
not at all. `--failures` prints every miss as page, field, expected, got.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import statistics
import subprocess
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.aeb import document_scores  # noqa: E402
from crawler.extract_command import decode_html  # noqa: E402
from parsers.generic.zones import names_site  # noqa: E402
from parsers.page import Page  # noqa: E402
from parsers.sites import profile_for  # noqa: E402
from parsers.vietnamese.dates import LOCAL_TZ, parse_datetime  # noqa: E402
from parsers.vietnamese.names import clean_byline, is_organisation  # noqa: E402
from pipelines.normalize import extract_record, strip_dateline  # noqa: E402

TINBAO_CLI = ROOT / ".venv" / "bin" / "tinbao"
FIELDS = (
    "headline",
    "published",
    "published_raw",
    "views",
    "byline",
    "summary",
    "body_f1",
    "first_last",
    "no_boilerplate",
    "no_caption",
    "category",
    "tags",
    "images",
)
TINBAO_ONLY = frozenset({"published_raw", "category", "tags", "images"})
LABELS = {
    "headline": "headline (exact)",
    "published": "published (minute+offset)",
    "published_raw": "published_raw (exact)",
    "views": "views (exact, null=none)",
    "byline": "byline (author set)",
    "summary": "summary (dateline-stripped)",
    "body_f1": "body F1 (AEB metric)",
    "first_last": "first+last paragraph",
    "no_boilerplate": "no boilerplate in body",
    "no_caption": "no caption in body",
    "category": "category (exact)",
    "tags": "tags (exact list)",
    "images": "images (url+caption list)",
}
PROGRESS_PAGES = 60  # larger sets print their progress while they are scored


@dataclass
class Case:
    name: str
    url: str
    html: str
    fetched_at: datetime
    kind: str  # "fixture", "real", "fundus" or "aeb"
    headline: str | None = None
    published: datetime | None = None
    published_raw: str | None = None
    views: int | None = None
    authors: list[str] | None = None
    summary: str | None = None
    paragraphs: list[str] | None = None  # the expected body, paragraph by paragraph
    body_first: str | None = None  # vn-real: prefixes of the first and last paragraphs
    body_last: str | None = None
    body_not_contains: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)  # paragraphs that score as neither body nor leak
    captions: list[str] = field(default_factory=list)
    scored: frozenset[str] = frozenset()  # the fields this case has an expectation for
    profiled: bool = False
    page: Page | None = None  # the parsed page, for the outlet check of the byline row
    outlets: set[str] = field(default_factory=set)  # names its JSON-LD types as Organization
    category: str | None = None  # fixtures only, like the two below
    tags: list[str] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)


@dataclass
class Result:
    """What one extractor returned for one page, in a common shape."""

    headline: str | None = None
    published: datetime | None = None
    views: int | None = None
    authors: list[str] = field(default_factory=list)
    summary: str | None = None
    body: str | None = None
    published_raw: str | None = None  # the publish time as printed (tinbao only)
    category: str | None = None  # tinbao only, like the two below
    tags: list[str] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)


def norm(text: str | None) -> str:
    """NFC, without invisible format characters (zero-width spaces, soft hyphens: no reader
    sees them), whitespace collapsed."""
    text = unicodedata.normalize("NFC", text or "")
    if not text.isascii():
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return re.sub(r"\s+", " ", text).strip()


def split_paragraphs(body: str | None) -> list[str]:
    return [norm(p) for p in re.split(r"\n+", body or "") if norm(p)]


# --- loaders -----------------------------------------------------------------------------------


FUNDUS_HALF_A_LAST = "mallorcazeitung"  # half A: publishers `abc` … this; half B: the rest


def fundus_half(publisher: str) -> str:
    """`A` or `B`: fundus's 180 publishers split by name (case-folded), 90 a side, so rules can
    be written on one half and scored on the other."""
    return "A" if publisher.casefold() <= FUNDUS_HALF_A_LAST else "B"


def load_cases(directory: Path, half: str | None = None) -> tuple[str, list[Case]]:
    """The set's kind and its cases, by the files the folder holds (fundus: one half of its
    publishers when `half` is given)."""
    if (directory / "ground-truth.json").is_file():
        return "aeb", load_aeb(directory)
    if any(directory.glob("*/meta.info")):
        return "fundus", load_fundus(directory, half)
    if any(directory.glob("**/page.json")):
        return "fixtures", load_fixtures(directory)
    return "vn-real", load_vn_real(directory)


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def load_fixtures(directory: Path) -> list[Case]:
    cases = []
    for path in sorted(directory.glob("**/page.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        want = data["expected"]
        html = decode_html((path.parent / "page.html").read_bytes())
        cases.append(
            Case(
                name=str(path.parent.relative_to(directory)),
                url=data["url"],
                html=html,
                fetched_at=datetime.fromisoformat(data["fetched_at"]),
                kind="fixture",
                headline=want["headline"],
                published=_time(want["published_at"]),
                published_raw=want["published_raw"],
                views=want["views"],
                authors=want["authors"],
                summary=want["summary"],
                paragraphs=split_paragraphs(want["body"]),
                lead=[want["summary"]] if want["summary"] else [],
                captions=[i["caption"] for i in want["images"] if i.get("caption")],
                scored=frozenset(FIELDS),
                profiled=profile_for(_host(data["url"])) is not None,
                category=want["category"],
                tags=want["tags"],
                images=want["images"],
            )
        )
    return cases


def _host(url: str) -> str:
    return re.sub(r"^\w+://([^/:]+).*$", r"\1", url)


# Expectations of the vn-real corpus corrected from the page as a reader sees it (the corpus is
# shared and read-only, so the corrections live here):
# - baochinhphu.vn_1: under the first picture the body opens with a section heading (an `<h2>`
#   inside the article body); headings are body lines in every set (fundus counts its section
#   headlines), so it is the first body line, not the paragraph after it;
# - nld.com.vn_1: the article ends with a boxed summary of the decree (three paragraphs inside
#   the publisher's own `articleBody`, after the closing quote); the box is article text, so its
#   last paragraph is the body's last.
VN_REAL_CORRECTIONS = {
    "baochinhphu.vn_1": {
        "body_first": "3 hình thức khai thác, sử dụng thông tin về nhà ở và thị trường bất động"
    },
    "nld.com.vn_1": {
        "body_last": "Trước khi tính thuế, hộ kinh doanh, cá nhân được trừ mức doanh thu 500"
    },
}


def load_vn_real(directory: Path) -> list[Case]:
    cases = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        html_path = path.with_suffix(".html")
        if not isinstance(data, dict) or "expected" not in data or not html_path.is_file():
            continue
        want = data["expected"] | VN_REAL_CORRECTIONS.get(path.stem, {})
        cases.append(
            Case(
                name=path.stem,
                url=data["url"],
                html=decode_html(html_path.read_bytes()),
                fetched_at=datetime.now(LOCAL_TZ),
                kind="real",
                headline=want["headline"],
                published=_time(want["published_at"]),
                published_raw=want.get("published_raw"),
                views=want["views"],
                authors=want["authors"],
                summary=want["summary"],
                body_first=want["body_first"],
                body_last=want["body_last"],
                body_not_contains=want["body_not_contains"],
                lead=[want["summary"]] if want["summary"] else [],
                scored=frozenset(FIELDS) - {"body_f1", "no_caption", "category", "tags", "images"},
            )
        )
    return cases


def _version_key(name: str) -> tuple[int, ...]:
    """`V1`, `V1_1`, `V2` → (1,), (1, 1), (2,): fundus's parser versions in order."""
    return tuple(int(n) for n in name.lstrip("V").split("_"))


def load_fundus(directory: Path, half: str | None = None) -> list[Case]:
    """Per publisher, pages sorted by the date in their names go with versions in order."""
    cases = []
    for truth_path in sorted(directory.glob("*/*.json")):
        publisher = truth_path.stem
        if half and fundus_half(publisher) != half:
            continue
        meta = json.loads((truth_path.parent / "meta.info").read_text(encoding="utf-8"))
        pages = sorted(
            p
            for p in truth_path.parent.glob(f"{publisher}_*.html.gz")
            if re.fullmatch(rf"{re.escape(publisher)}_\d{{4}}_\d{{2}}_\d{{2}}\.html\.gz", p.name)
        )
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        versions = sorted(truth, key=_version_key)
        if len(pages) != len(versions):
            print(f"  fundus: {publisher}: {len(pages)} pages, {len(versions)} versions (skipped)")
            continue
        for page, version in zip(pages, versions, strict=True):
            want = truth[version]
            info = meta[page.name]
            with gzip.open(page, "rt", encoding="utf-8", errors="replace") as f:
                html = f.read()
            sections = want["body"]["sections"]
            paragraphs = [
                norm(p) for s in sections for p in (*s["headline"], *s["paragraphs"]) if norm(p)
            ]
            text = " ".join(paragraphs)
            captions = [
                c for i in want.get("images", []) if (c := norm(i.get("caption"))) and c not in text
            ]
            crawled = datetime.fromisoformat(info["crawl_date"]).replace(tzinfo=UTC)
            cases.append(
                Case(
                    name=f"{truth_path.parent.name}/{page.name.removesuffix('.html.gz')}",
                    url=info["url"],
                    html=html,
                    fetched_at=crawled.astimezone(LOCAL_TZ),
                    kind="fundus",
                    headline=want["title"],
                    published=_time(want["publishing_date"]),
                    authors=want.get("authors"),
                    paragraphs=paragraphs,
                    lead=[norm(p) for p in want["body"]["summary"]],
                    captions=captions,
                    scored=frozenset(
                        {"headline", "published", "body_f1", "first_last", "no_boilerplate"}
                        | ({"byline"} if "authors" in want else set())
                        | ({"no_caption"} if captions else set())
                    ),
                )
            )
    return cases


def load_aeb(directory: Path) -> list[Case]:
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    cases = []
    for key, item in truth.items():
        with gzip.open(directory / "html" / f"{key}.html.gz", "rt", encoding="utf8") as f:
            html = f.read()
        cases.append(
            Case(
                name=key[:12],
                url=item["url"],
                html=html,
                fetched_at=datetime(2026, 1, 1, tzinfo=LOCAL_TZ),
                kind="aeb",
                paragraphs=[item["articleBody"]],
                scored=frozenset({"body_f1"}),
            )
        )
    return cases


# --- extractors --------------------------------------------------------------------------------


def from_record(record: dict) -> Result:
    return Result(
        headline=record["headline"],
        published=_time(record["published_at"]),
        published_raw=record["published_raw"],
        views=record["views"],
        authors=list(record["authors"]),
        summary=record["summary"],
        body=record["body"],
        category=record["category"],
        tags=list(record["tags"]),
        images=list(record["images"]),
    )


def tinbao(case: Case) -> Result:
    return from_record(extract_record(case.html, case.url, case.fetched_at))


def tinbao_generic(case: Case) -> Result:
    """tinbao with the site's profile switched off (leave-one-out)."""
    return from_record(extract_record(case.html, case.url, case.fetched_at, use_profile=False))


def tinbao_cli(case: Case) -> Result:
    """The same page through the `tinbao extract` command."""
    done = subprocess.run(
        [
            str(TINBAO_CLI),
            "extract",
            "--url",
            case.url,
            "--fetched-at",
            case.fetched_at.isoformat(timespec="seconds").replace("+07:00", "+0700"),
            "-",
        ],
        input=case.html.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    return from_record(json.loads(done.stdout))


def _aware(value: datetime | None) -> datetime | None:
    """Peers often return naive times: read them as Vietnam time (in their favour)."""
    if value is None:
        return None
    return value.replace(tzinfo=LOCAL_TZ) if value.tzinfo is None else value


def people(names: list[str]) -> list[str]:
    """Peers' author strings through tinbao's own byline cleaner (outlets and `Theo` dropped),
    so the byline row compares who was found, not how it was spelled."""
    return [person for name in names for person in clean_byline(name).people]


def trafilatura_extractor(case: Case) -> Result:
    from trafilatura import bare_extraction

    doc = bare_extraction(
        case.html,
        url=case.url,
        with_metadata=True,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    if doc is None:
        return Result()
    date = parse_datetime(doc.date or "", now=case.fetched_at) if doc.date else None
    authors = people([a.strip() for a in re.split(r";|,", doc.author or "") if a.strip()])
    return Result(doc.title, date, None, authors, doc.description, doc.text)


def newspaper_extractor(case: Case) -> Result:
    from newspaper import Article

    # Vietnamese sets are read as Vietnamese; elsewhere newspaper4k picks the page's language
    # (forced to Vietnamese, its stop-word scoring finds no body in English or German text).
    vietnamese = case.kind in ("fixture", "real")
    article = Article(case.url, fetch_images=False, **({"language": "vi"} if vietnamese else {}))
    article.download(input_html=case.html)
    article.parse()
    return Result(
        article.title or None,
        _aware(article.publish_date),
        None,
        people(list(article.authors)),
        article.meta_description or None,
        article.text or None,
    )


PEERS: dict[str, Callable[[Case], Result]] = {
    "trafilatura": trafilatura_extractor,
    "newspaper4k": newspaper_extractor,
}
GENERIC_COLUMN = "tinbao/generic"


# --- scoring -----------------------------------------------------------------------------------


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < 4:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def foreign(paragraph: str, expected_text: str, expected_shingles: set) -> bool:
    """A paragraph the expected body does not hold: fewer than half of its 4-word shingles
    occur there (short paragraphs: not found in it at all)."""
    mine = _shingles(paragraph)
    if not mine:
        return False
    if len(re.findall(r"\w+", paragraph)) < 4:
        return paragraph.lower() not in expected_text.lower()
    return sum(s in expected_shingles for s in mine) < len(mine) / 2


def body_paragraphs(case: Case, got: Result) -> list[str]:
    """The extractor's paragraphs without the lead (neither body nor boilerplate): a paragraph
    equal to it, or one the expected body does not hold and the lead does (the same lead with
    its dateline, a cut or a longer copy)."""
    # in the page's order: the lead's text, joined, must not depend on the hash seed
    lead = list(dict.fromkeys(norm(strip_dateline(norm(p))) for p in case.lead if p))
    paragraphs = [
        p
        for p in split_paragraphs(got.body)
        if norm(strip_dateline(p)) not in lead and p not in lead
    ]
    if not lead or not case.paragraphs:
        return paragraphs
    lead_text = " ".join(lead)
    lead_shingles = _shingles(lead_text)
    want_text = " ".join(case.paragraphs)
    want_shingles = _shingles_of(case.paragraphs)
    return [
        p
        for p in paragraphs
        if not (foreign(p, want_text, want_shingles) and not foreign(p, lead_text, lead_shingles))
    ]


QUOTES = str.maketrans("‘’‚“”„", "'''\"\"\"")


def same_title(got: str | None, want: str | None) -> bool:
    """The same title to a reader: typographic and typed quotes alike (`’` and `'`), as the
    page's `<h1>` and its og:title often print them."""
    return norm(got).translate(QUOTES) == norm(want).translate(QUOTES)


def same_minute(want: datetime | None, got: datetime | None, case: Case) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if case.kind == "fundus" and want.tzinfo is None:  # a time the page gives without offset:
        return _minute(got.replace(tzinfo=None)) == _minute(want)  # the same wall-clock minute
    if case.kind == "fundus":  # the same instant to the minute
        got = got if got.tzinfo else got.replace(tzinfo=UTC)
        return _minute(got.astimezone(UTC)) == _minute(want.astimezone(UTC))
    return (
        got.replace(second=0, microsecond=0) == want.replace(second=0, microsecond=0)
        and got.utcoffset() == want.utcoffset()
    )


def _minute(value: datetime) -> datetime:
    return value.replace(second=0, microsecond=0)


def score(case: Case, got: Result, raw_strings: bool) -> dict[str, tuple[float, str, str]]:
    """Per field: (score in [0, 1], expected, got) for the fields the case can score."""
    out: dict[str, tuple[float, str, str]] = {}
    fields = case.scored - (set() if raw_strings else TINBAO_ONLY)
    if case.kind != "real" and not case.paragraphs:  # a page with no expected body text
        fields -= {"body_f1", "first_last", "no_boilerplate", "no_caption"}
    if "published_raw" in fields and case.published_raw is None and case.kind == "real":
        fields -= {"published_raw"}
    paras = body_paragraphs(case, got)
    body_text = " ".join(paras)
    want_text = " ".join(case.paragraphs or [])
    if "headline" in fields:
        out["headline"] = (
            float(same_title(got.headline, case.headline)),
            case.headline,
            got.headline,
        )
    if "published" in fields:
        ok = same_minute(case.published, got.published, case)
        out["published"] = (float(ok), _iso(case.published), _iso(got.published))
    if "published_raw" in fields:
        ok = norm(got.published_raw) == norm(case.published_raw)
        out["published_raw"] = (float(ok), case.published_raw, got.published_raw)
    if "views" in fields:
        out["views"] = (float(got.views == case.views), str(case.views), str(got.views))
    if "byline" in fields:
        # outlets are sources, not authors, on both sides (fundus lists `AFP`, `BBC News`)
        want = sorted(
            norm(a).casefold()
            for a in case.authors or []
            if not is_organisation(a) and not names_outlet(case, a)
        )
        have = sorted(norm(a).casefold() for a in got.authors if not names_outlet(case, a))
        out["byline"] = (float(want == have), "; ".join(want), "; ".join(have))
    if "summary" in fields:
        want = norm(strip_dateline(norm(case.summary)) or "")
        have = norm(strip_dateline(norm(got.summary)) or "")
        out["summary"] = (float(want == have), want, have)
    if "body_f1" in fields:
        text = got.body or "" if case.kind == "aeb" else "\n".join(paras)
        precision, recall = document_scores("\n".join(case.paragraphs or []), text)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out["body_f1"] = (f1, f"{len(want_text)} chars", f"{len(text)} chars, P={precision:.2f}")
    if "first_last" in fields:
        if case.kind == "real":
            first, last = norm(case.body_first), norm(case.body_last)
            ok = bool(paras) and paras[0].startswith(first) and paras[-1].startswith(last)
        else:
            first, last = case.paragraphs[0], case.paragraphs[-1]
            ok = bool(paras) and paras[0] == first and paras[-1] == last
        got_ends = f"{paras[0][:60]} … {paras[-1][:60]}" if paras else ""
        out["first_last"] = (float(ok), f"{first[:60]} … {last[:60]}", got_ends)
    if "no_boilerplate" in fields:
        if case.kind == "real":
            leaks = [s for s in case.body_not_contains if norm(s) in body_text]
        else:
            expected = _shingles_of(case.paragraphs or [])
            leaks = [p for p in paras if foreign(p, want_text, expected)]
        out["no_boilerplate"] = (float(bool(paras) and not leaks), "", " | ".join(leaks)[:160])
    if "no_caption" in fields and paras:
        shown = [c for c in case.captions if norm(c) in body_text]
        out["no_caption"] = (float(not shown), "", " | ".join(shown)[:160])
    if "category" in fields:
        ok = norm(got.category) == norm(case.category)
        out["category"] = (float(ok), str(case.category), str(got.category))
    if "tags" in fields:
        want, have = [norm(t) for t in case.tags], [norm(t) for t in got.tags]
        out["tags"] = (float(want == have), "; ".join(want), "; ".join(have))
    if "images" in fields:
        want, have = _images(case.images), _images(got.images)
        out["images"] = (float(want == have), " ; ".join(want), " ; ".join(have))
    return out


def _images(images: list[dict]) -> list[str]:
    return [f"{i['url']} [{norm(i.get('caption')) or '-'}]" for i in images]


def names_outlet(case: Case, name: str) -> bool:
    """`name` is an outlet by the page's own word: its site name (`og:site_name`, its host:
    `Le Monde`, `kicker`) or an author or publisher its JSON-LD types as an Organization
    (`Redaktion hessenschau.de`). fundus lists such authors on some publishers and some
    extractors report them: sources, not people, left out on both sides like the outlets
    `is_organisation` knows."""
    if case.page is None:
        case.page = Page(case.html, case.url, case.fetched_at)
        case.outlets = {
            norm(entry.get("name")).casefold()
            for obj in case.page.json_ld
            for key in ("author", "publisher", "creator")
            for entry in (obj.get(key) if isinstance(obj.get(key), list) else [obj.get(key)])
            if isinstance(entry, dict)
            and "Organization" in str(entry.get("@type"))
            and isinstance(entry.get("name"), str)
        }
    return names_site(case.page, name) or norm(name).casefold() in case.outlets


def _shingles_of(paragraphs: list[str]) -> set:
    found: set = set()
    for p in paragraphs:
        found |= _shingles(p)
    return found


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value else "None"


# --- the run -----------------------------------------------------------------------------------


@dataclass
class Column:
    name: str
    extract: Callable[[Case], Result]
    scores: dict[str, list[float]] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)  # one total per timing round
    failures: list[tuple[str, str, str, str]] = field(default_factory=list)
    bodies: dict[str, str] = field(default_factory=dict)  # page → body, for the AEB totals
    aeb: str = ""  # upstream's AEB precision / recall / F1


def columns_for(cases: list[Case], only: list[str] | None) -> list[Column]:
    columns = [Column("tinbao", tinbao)]
    if any(c.profiled for c in cases):
        columns.append(Column(GENERIC_COLUMN, tinbao_generic))
    columns += [Column(name, fn) for name, fn in PEERS.items()]
    return [c for c in columns if not only or c.name in only]


def evaluate(cases: list[Case], columns: list[Column], via_cli: bool) -> None:
    """One pass: every extractor on every page, interleaved, timed, scored."""
    total = dict.fromkeys((c.name for c in columns), 0.0)
    for i, case in enumerate(cases, 1):
        for column in columns:
            start = time.process_time()
            try:
                got = column.extract(case)
            except Exception as exc:  # a crash on one page scores that page as empty
                print(f"    {column.name} failed on {case.name}: {exc!r}", file=sys.stderr)
                got = Result()
            total[column.name] += time.process_time() - start
            column.bodies[case.name] = got.body or ""
            if column.name == "tinbao" and via_cli and case.kind in ("fixture", "real"):
                got = tinbao_cli(case)
            raw = column.name.startswith("tinbao")
            for key, (value, want, have) in score(case, got, raw).items():
                column.scores.setdefault(key, []).append(value)
                if value < 1:
                    column.failures.append((case.name, key, str(want), str(have)))
        if len(cases) > PROGRESS_PAGES and i % 50 == 0:
            print(f"    … {i}/{len(cases)} pages", file=sys.stderr)
    for column in columns:
        column.seconds.append(total[column.name])


def clear_caches() -> None:
    """Empty every size-bounded cache of every loaded module (tinbao's and the peers' own
    `lru_cache`s keyed by text, trafilatura's duplicate filter), so a timing round does not
    reuse results of the round before: a crawl meets each page once. Unbounded caches hold
    set-up done once per process (site profiles, stop-word lists) and stay warm."""
    seen: set[int] = set()
    for module in list(sys.modules.values()):
        for value in list(getattr(module, "__dict__", {}).values()):
            try:  # ctypes' library loaders load a library for any attribute asked of them
                parameters = getattr(value, "cache_parameters", None)
            except OSError:
                continue
            if not callable(parameters) or id(value) in seen:
                continue
            seen.add(id(value))
            with contextlib.suppress(Exception):
                if parameters().get("maxsize") is not None:
                    value.cache_clear()
    duplicates = getattr(sys.modules.get("trafilatura.deduplication"), "LRU_TEST", None)
    if duplicates is not None:
        duplicates.clear()


def time_rounds(cases: list[Case], columns: list[Column], rounds: int) -> None:
    """Speed in repeated rounds after the scoring pass (the warm-up), with size-bounded caches
    emptied before each round; the order of the extractors rotates from page to page so none
    always runs first. Times are the process's CPU time: every extractor is single-threaded
    and CPU-bound, and on a shared machine CPU time varies far less than the clock."""
    for column in columns:
        column.seconds.clear()
    for _ in range(rounds):
        clear_caches()
        total = dict.fromkeys((c.name for c in columns), 0.0)
        for i, case in enumerate(cases):
            shift = i % len(columns)
            for column in columns[shift:] + columns[:shift]:
                start = time.process_time()
                with contextlib.suppress(Exception):  # already reported by the scoring pass
                    column.extract(case)
                total[column.name] += time.process_time() - start
        for column in columns:
            column.seconds.append(total[column.name])


def print_set(title: str, cases: list[Case], columns: list[Column]) -> None:
    width = 18
    print(f"\n{title} ({len(cases)} pages)")
    print(f"  {'field':<32}" + "".join(f"{c.name:>{width}}" for c in columns))
    for key in FIELDS:
        if not any(key in c.scores for c in columns):
            continue
        row = f"  {LABELS[key]:<32}"
        for column in columns:
            values = column.scores.get(key)
            if not values:
                cell = "n/a"
            elif key == "body_f1":
                cell = f"{sum(values) / len(values):.3f}"
            else:
                cell = f"{100 * sum(values) / len(values):.1f}%"
            row += f"{cell:>{width}}"
        print(row)
    if any(case.kind == "aeb" for case in cases):
        row = f"  {'AEB P / R / F1 (upstream)':<32}"
        for column in columns:
            row += f"{column.aeb:>{width}}"
        print(row)
    rounds = len(columns[0].seconds)
    label = f"pages/s (median of {rounds}, spread)" if rounds > 1 else "pages/s (one pass)"
    row = f"  {label:<32}"
    for column in columns:
        rates = [len(cases) / s for s in column.seconds if s]
        cell = f"{statistics.median(rates):.1f}" if rates else "n/a"
        if rounds > 1 and rates:
            cell += f" ±{(max(rates) - min(rates)) / 2:.1f}"
        row += f"{cell:>{width}}"
    print(row)
    peer = next((c for c in columns if c.name == "trafilatura"), None)
    if peer and peer.seconds and columns[0].name == "tinbao" and columns[0].seconds:
        ratio = statistics.median(peer.seconds) / statistics.median(columns[0].seconds)
        print(f"  {'speed tinbao / trafilatura':<32}{f'{ratio:.2f}x':>{width}}")


def add_aeb_totals(cases: list[Case], columns: list[Column]) -> None:
    """Upstream's AEB figure: precision and recall averaged over pages, F1 from the averages."""
    from bench.aeb import evaluate as aeb_evaluate

    for column in columns:
        truth = {case.name: case.paragraphs[0] for case in cases}
        predicted = {case.name: column.bodies.get(case.name, "") for case in cases}
        p, r, f1 = aeb_evaluate(truth, predicted)
        column.aeb = f"{p:.3f}/{r:.3f}/{f1:.3f}"


def print_failures(title: str, columns: list[Column], which: set[str]) -> None:
    for column in columns:
        if column.name not in which or not column.failures:
            continue
        print(f"\n  {title}: {column.name} failures ({len(column.failures)})")
        for page, key, want, have in column.failures:
            print(f"    {page[:48]:<48} {key:<15} expected: {want[:90]!r}")
            print(f"    {'':<48} {'':<15} got:      {have[:90]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="fixture or corpus folders")
    parser.add_argument(
        "--cli",
        action="store_true",
        help="score tinbao's fixture and vn-real pages through the `tinbao extract` command",
    )
    parser.add_argument(
        "--failures",
        action="store_true",
        help="print tinbao's per-field failures (page, field, expected, got)",
    )
    parser.add_argument("--peers", action="store_true", help="with --failures: the peers' too")
    parser.add_argument(
        "--publishers",
        choices=["A", "B"],
        help="fundus: only the publishers of half A (abc … mallorcazeitung) or B (mbn … "
        "zwanzigminuten)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds after scoring")
    parser.add_argument(
        "--only",
        action="append",
        choices=["tinbao", GENERIC_COLUMN, *PEERS],
        help="run only this extractor (repeatable); the default is all of them",
    )
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    for directory in args.dirs:
        if not directory.is_dir():
            print(f"\n{directory}: not found (skipped)")
            continue
        kind, cases = load_cases(directory, args.publishers)
        if not cases:
            print(f"\n{directory}: no cases (skipped)")
            continue
        columns = columns_for(cases, args.only)
        evaluate(cases, columns, args.cli)
        if kind == "aeb":
            add_aeb_totals(cases, columns)
        if args.rounds > 0:
            time_rounds(cases, columns, args.rounds)
        title = f"{directory} [{kind}]"
        if kind == "fundus" and args.publishers:
            title += f" half {args.publishers}"
        print_set(title, cases, columns)
        if args.failures:
            which = {c.name for c in columns if c.name.startswith("tinbao") or args.peers}
            print_failures(title, columns, which)
    print(
        "\nnotes: a leading dateline such as `(Dân trí) - ` is stripped on both sides of the"
        " summary;\npeers' times without an offset are read as +07:00 (fundus: as UTC, compared as"
        " instants;\nan expected fundus time without an offset is compared as wall-clock time);"
        "\npeers' authors go through tinbao's byline cleaner first (outlets dropped, and from the"
        " expected authors too)."
    )


if __name__ == "__main__":
    main()
