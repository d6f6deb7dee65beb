"""Body extraction on the Zyte article-extraction-benchmark (AEB), scored with its own metric.

Run: `python bench/aeb.py [--corpus ../shared/corpus/aeb]`. tinbao (the body of the record that
`tinbao extract` prints), trafilatura and newspaper4k extract the same 181 pages in one run.

The metric is upstream's: tokens are `\\w+`, documents are multisets of 4-gram shingles,
tp/fp/fn are normalised per document so each page weighs the same, precision and recall are
averaged over documents and F1 is computed from those averages. AEB is English-language news, so
it measures body extraction in general, not the Vietnamese specifics.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.vietnamese.dates import LOCAL_TZ  # noqa: E402
from pipelines.normalize import extract_record  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "aeb"
FETCHED_AT = datetime(2026, 1, 1, tzinfo=LOCAL_TZ)


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text or "")
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def document_scores(truth: str, predicted: str) -> tuple[float, float]:
    """(precision, recall) of one document, with upstream's special cases."""
    want, have = shingles(truth), shingles(predicted)
    tp = sum((want & have).values())
    fp = sum((have - want).values())
    fn = sum((want - have).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)
    recall = 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)
    return precision, recall


def evaluate(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """Macro precision and recall over documents, and F1 from those averages."""
    if set(truth) != set(predicted):
        raise ValueError("predictions must cover exactly the ground-truth ids")
    scores = [document_scores(text, predicted[key]) for key, text in truth.items()]
    p = sum(s[0] for s in scores) / len(scores)
    r = sum(s[1] for s in scores) / len(scores)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def tinbao(html: str, url: str) -> str:
    return extract_record(html, url, FETCHED_AT)["body"] or ""


def trafilatura_body(html: str, url: str) -> str:
    from trafilatura import extract

    return extract(html, url=url) or ""


def newspaper_body(html: str, url: str) -> str:
    from newspaper import Article

    article = Article(url, fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return article.text or ""


EXTRACTORS: dict[str, Callable[[str, str], str]] = {
    "tinbao": tinbao,
    "trafilatura": trafilatura_body,
    "newspaper4k": newspaper_body,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", choices=list(EXTRACTORS), action="append")
    args = parser.parse_args()
    truth_file = args.corpus / "ground-truth.json"
    if not truth_file.is_file():
        print(f"AEB corpus not found at {args.corpus} (skipped)")
        return
    warnings.filterwarnings("ignore")
    truth_data = json.loads(truth_file.read_text(encoding="utf-8"))
    truth = {key: item["articleBody"] for key, item in truth_data.items()}
    pages = {}
    for key, item in truth_data.items():
        with gzip.open(args.corpus / "html" / f"{key}.html.gz", "rt", encoding="utf8") as f:
            pages[key] = (f.read(), item["url"])
    print(f"AEB: {len(pages)} pages")
    print(f"{'extractor':<14}{'precision':>10}{'recall':>10}{'F1':>8}{'pages/s':>10}")
    for name, extractor in EXTRACTORS.items():
        if args.only and name not in args.only:
            continue
        predicted = {}
        start = time.perf_counter()
        for key, (html, url) in pages.items():
            try:
                predicted[key] = extractor(html, url)
            except Exception as exc:  # a crash on one page scores that page as empty
                print(f"  {name} failed on {key}: {exc!r}", file=sys.stderr)
                predicted[key] = ""
        elapsed = time.perf_counter() - start
        p, r, f1 = evaluate(truth, predicted)
        print(f"{name:<14}{p:>10.3f}{r:>10.3f}{f1:>8.3f}{len(pages) / elapsed:>10.1f}")


if __name__ == "__main__":
    main()
