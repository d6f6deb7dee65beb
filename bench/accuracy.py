"""Field accuracy and speed of tinbao, trafilatura and newspaper4k on the same article pages.

Run: `python bench/accuracy.py DIR...`. A DIR holds cases in either shape:

- project fixtures: `**/page.json` (`url`, `fetched_at`, `expected` with every extract key) beside
  `page.html`; the body is scored by token F1 against the expected body;
- the vn-real corpus: `<name>.json` (`url`, `expected` with headline, published_at,
  published_raw, byline, authors, summary, body_first, body_last, body_not_contains, views)
  beside `<name>.html`; the body is scored as "starts with body_first and its last paragraph
  starts with body_last", and leakage as any `body_not_contains` string found in the body.

`published_raw` (the publish time as the page prints it) is scored for tinbao only, where the
expectation has it: exact after NFC and whitespace collapsing. The peers report no such string.

tinbao is scored through `tinbao extract` (a subprocess per page, exactly what users run); its
speed is timed on the function that command calls (`extract_record`), in this process like the
peers, so interpreter start-up is not counted against it. Both speeds are printed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.cli.extract import decode_html  # noqa: E402
from parsers.vietnamese.dates import LOCAL_TZ, parse_datetime  # noqa: E402
from parsers.vietnamese.names import clean_byline  # noqa: E402
from pipelines.normalize import extract_record, strip_dateline  # noqa: E402

TINBAO_CLI = ROOT / ".venv" / "bin" / "tinbao"
FIELDS = (
    "headline",
    "published",
    "published_raw",
    "views",
    "byline",
    "summary",
    "body",
    "leakage",
    "captions",
)
LABELS = {
    "headline": "headline (exact)",
    "published": "published (minute+offset)",
    "published_raw": "published_raw (exact; tinbao)",
    "views": "views (exact, null=none)",
    "byline": "byline (author set)",
    "summary": "summary (dateline-stripped)",
    "body": "body (F1 | first+last)",
    "leakage": "no boilerplate leak",
    "captions": "no caption in body",
}


@dataclass
class Case:
    name: str
    url: str
    html: str
    fetched_at: datetime
    expected: dict
    kind: str  # "fixture" or "real"


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


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def load_cases(directory: Path) -> list[Case]:
    cases = []
    for path in sorted(directory.glob("**/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "expected" not in data or "url" not in data:
            continue
        if path.name == "page.json":
            html_path, kind = path.parent / "page.html", "fixture"
            name = str(path.parent.relative_to(directory))
        else:
            html_path, kind, name = path.with_suffix(".html"), "real", path.stem
        if not html_path.is_file():
            continue
        fetched = data.get("fetched_at")
        fetched_at = datetime.fromisoformat(fetched) if fetched else datetime.now(LOCAL_TZ)
        html = decode_html(html_path.read_bytes())
        cases.append(Case(name, data["url"], html, fetched_at, data["expected"], kind))
    return cases


# --- extractors --------------------------------------------------------------------------------


def from_record(record: dict) -> Result:
    published = record["published_at"]
    return Result(
        headline=record["headline"],
        published=datetime.fromisoformat(published) if published else None,
        published_raw=record["published_raw"],
        views=record["views"],
        authors=list(record["authors"]),
        summary=record["summary"],
        body=record["body"],
    )


def tinbao(case: Case) -> Result:
    return from_record(extract_record(case.html, case.url, case.fetched_at))


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

    article = Article(case.url, language="vi", fetch_images=False)
    article.download(input_html=case.html)
    article.parse()
    summary = article.meta_description or None
    return Result(
        article.title or None,
        _aware(article.publish_date),
        None,
        people(list(article.authors)),
        summary,
        article.text or None,
    )


EXTRACTORS: dict[str, Callable[[Case], Result]] = {
    "tinbao": tinbao,
    "trafilatura": trafilatura_extractor,
    "newspaper4k": newspaper_extractor,
}


# --- scoring -----------------------------------------------------------------------------------


def tokens(text: str | None) -> Counter[str]:
    return Counter(re.findall(r"\w+", norm(text).lower()))


def token_f1(expected: str | None, got: str | None) -> float:
    want, have = tokens(expected), tokens(got)
    if not want and not have:
        return 1.0
    overlap = sum((want & have).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(have.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def paragraphs(body: str | None) -> list[str]:
    return [norm(p) for p in re.split(r"\n+", body or "") if norm(p)]


def score(case: Case, got: Result, raw_strings: bool = False) -> dict[str, float | None]:
    """Per-field score in [0, 1]; None where the case has nothing to score. `published_raw` is
    scored only for an extractor that reports the printed string (`raw_strings`) and a case
    whose expectation has one."""
    want = case.expected
    published = want.get("published_at")
    want_time = datetime.fromisoformat(published) if published else None
    got_time = got.published.replace(second=0, microsecond=0) if got.published else None
    same_time = (want_time is None and got_time is None) or (
        want_time is not None
        and got_time is not None
        and got_time == want_time.replace(second=0)
        and got_time.utcoffset() == want_time.utcoffset()
    )
    body_norm = norm(got.body)
    scores: dict[str, float | None] = {
        "headline": float(norm(got.headline) == norm(want.get("headline"))),
        "published": float(same_time),
        "published_raw": (
            float(norm(got.published_raw) == norm(want["published_raw"]))
            if raw_strings and "published_raw" in want
            else None
        ),
        "views": float(got.views == want.get("views")),
        "byline": float(
            sorted(norm(a) for a in got.authors) == sorted(norm(a) for a in want.get("authors", []))
        ),
        "summary": float(
            norm(strip_dateline(norm(got.summary)) or "")
            == norm(strip_dateline(norm(want.get("summary"))) or "")
        ),
    }
    if case.kind == "fixture":
        scores["body"] = token_f1(want.get("body"), got.body)
        scores["leakage"] = None
        captions = [norm(i["caption"]) for i in want.get("images", []) if i.get("caption")]
        scores["captions"] = (
            float(not any(c in body_norm for c in captions)) if captions and got.body else None
        )
    else:
        paras = paragraphs(got.body)
        first, last = norm(want.get("body_first")), norm(want.get("body_last"))
        scores["body"] = float(
            bool(paras) and paras[0].startswith(first) and paras[-1].startswith(last)
        )
        scores["leakage"] = float(
            bool(body_norm) and not any(norm(s) in body_norm for s in want["body_not_contains"])
        )
        scores["captions"] = None
    return scores


def run(directories: list[Path], via_cli: bool, show_misses: bool) -> None:
    names = list(EXTRACTORS)
    header = f"{'corpus / field':<34}" + "".join(f"{n:>16}" for n in names)
    print(header)
    print("-" * len(header))
    for directory in directories:
        cases = load_cases(directory)
        if not cases:
            print(f"{directory}: no cases (skipped)")
            continue
        totals = {n: {f: [] for f in FIELDS} for n in names}
        seconds = dict.fromkeys(names, 0.0)
        failures: dict[str, list[str]] = {n: [] for n in names}
        for case in cases:
            for name, extractor in EXTRACTORS.items():
                start = time.perf_counter()
                got = extractor(case)
                seconds[name] += time.perf_counter() - start
                if name == "tinbao" and via_cli:
                    got = tinbao_cli(case)
                for key, value in score(case, got, raw_strings=name == "tinbao").items():
                    if value is not None:
                        totals[name][key].append(value)
                        if value < 1:
                            failures[name].append(f"{case.name.rsplit('/', 1)[-1][:40]}:{key}")
        print(f"{directory} ({len(cases)} pages)")
        for key in FIELDS:
            row = f"  {LABELS[key]:<32}"
            for name in names:
                values = totals[name][key]
                cell = f"{100 * sum(values) / len(values):.1f}%" if values else "n/a"
                row += f"{cell:>16}"
            print(row)
        row = f"  {'pages/second':<32}"
        for name in names:
            row += f"{len(cases) / seconds[name]:>16.1f}"
        print(row)
        for name in names if show_misses else ["tinbao"]:
            if failures[name]:
                print(f"    {name} misses: {', '.join(failures[name])}")
    print(
        "\nsummary: compared after stripping a leading dateline such as `(Dân trí) - ` on both"
        " sides (tinbao strips it by design).\npeers' times without an offset are read as"
        " +07:00; views: peers never report one (null);\npeers' authors go through tinbao's byline"
        " cleaner first (outlet names such as `VCCorp vn` dropped)."
    )
    if via_cli:
        print("tinbao fields scored through `tinbao extract`; speed timed in-process.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="score tinbao in-process instead of through the `tinbao extract` command",
    )
    parser.add_argument("--misses", action="store_true", help="list the peers' misses too")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    existing = [d for d in args.dirs if d.is_dir()]
    for missing in set(args.dirs) - set(existing):
        print(f"{missing}: not found (skipped)", file=sys.stderr)
    run(existing, via_cli=not args.in_process, show_misses=args.misses)


if __name__ == "__main__":
    main()
