"""Things an editor embeds between an article's paragraphs that show no text of the article: a
video player's iframe with a line for browsers without frames, `<video>` with its fallback
line, a `<canvas>` chart with its fallback, a share button drawn as an inline
SVG with a `<title>`, a `<template>` of a paragraph, a closed `<dialog>`, a paragraph marked
`hidden`, and the lead picture again in `<noscript>`.

A browser that plays video, draws on a canvas and runs scripts shows none of these words, and
the picture once: the record is the one the plain page gives (every value of `page.json`).
Each embed is put into one article of its own, before its second paragraph, so one crawl
serves every probe.
"""

from __future__ import annotations

import re

import pytest

from tests.faults.harness import (
    ARTICLES,
    article_path,
    crawled_rows,
    expected_records,
)
from tests.faults.server import Fault

EMBEDS = {
    "iframe_with_a_fallback_line": (
        "101877",
        '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/x7Qd2kP"'
        ' title="Video">Trình duyệt của bạn không hỗ trợ khung hình.</iframe></p>',
    ),
    "video_with_a_fallback_line": (
        "103907",
        '<video controls width="640" poster="/images/video-poster.jpg">'
        '<source src="/video/dien-tap.mp4" type="video/mp4">'
        "Trình duyệt của bạn không hỗ trợ phát video.</video>",
    ),
    "canvas_with_a_fallback_line": (
        "108765",
        '<canvas id="bieu-do" width="600" height="300">Biểu đồ số học sinh đoạt giải qua các'
        " năm không hiển thị được trên trình duyệt này.</canvas>",
    ),
    "svg_share_button": (
        "109512",
        '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">'
        '<svg viewBox="0 0 24 24" width="24" height="24"><title>Chia sẻ lên Facebook</title>'
        '<path d="M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20z"/></svg></a></div>',
    ),
    "template_of_a_paragraph": (
        "102908",
        "<template><p>Nội dung mẫu: nhập đoạn mở đầu của bài viết tại đây.</p></template>",
    ),
    "closed_dialog": (
        "104560",
        '<dialog id="dang-ky"><p>Đăng ký nhận bản tin Báo Thái Bình mỗi sáng qua thư điện'
        " tử.</p><button>Đăng ký</button></dialog>",
    ),
    "hidden_paragraph": (
        "108990",
        "<p hidden>Đoạn này đã được biên tập viên gỡ khỏi bài, chờ duyệt lại.</p>",
    ),
}

NOSCRIPT_ARTICLE = "109650"  # two pictures; the first is given again in <noscript>


def before_second_paragraph(path: str, html: str):
    """An edit putting `html` right before the `<p>` of the article's second paragraph."""
    second = expected_records()[path]["body"].split("\n\n")[1][:20]

    def edit(page: bytes) -> bytes:
        text = page.decode("utf-8")
        at = text.rfind("<p", 0, text.index(second))
        return (text[:at] + html + text[at:]).encode("utf-8")

    return edit


def lead_picture_again_in_noscript(page: bytes) -> bytes:
    """A lazy-loading template's `<noscript>` copy of the first picture, right after it."""
    text = page.decode("utf-8")
    opening = text.index('<div class="fr-view')
    tag = re.compile(r"<img [^>]*>").search(text, opening)
    copy = f"<noscript>{tag.group(0)}</noscript>"
    return (text[: tag.end()] + copy + text[tag.end() :]).encode("utf-8")


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The rows of one crawl of the mirror with every embed of EMBEDS in its article."""
    faults = {}
    for name, html in EMBEDS.values():
        path = article_path(name)
        faults[path] = Fault(edit=before_second_paragraph(path, html))
    faults[article_path(NOSCRIPT_ARTICLE)] = Fault(edit=lead_picture_again_in_noscript)
    return crawled_rows(tmp_path_factory.mktemp("page_embeds"), faults)


def expect_record(rows: dict[str, dict], path: str) -> None:
    assert set(rows) <= set(ARTICLES) and path in rows, sorted(set(ARTICLES) - set(rows))
    expected = expected_records()[path]
    assert {key: rows[path][key] for key in expected} == expected


@pytest.mark.parametrize("embed", list(EMBEDS))
def test_an_embed_adds_no_text_to_the_article(rows: dict[str, dict], embed: str) -> None:
    expect_record(rows, article_path(EMBEDS[embed][0]))


def test_the_lead_picture_again_in_noscript_is_one_picture(rows: dict[str, dict]) -> None:
    expect_record(rows, article_path(NOSCRIPT_ARTICLE))
