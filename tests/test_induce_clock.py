"""A profile learnt from samples whose update line is relative (`Cập nhật hôm qua 14:30`, `2 giờ
trước`): the line is read against each sample's fetch time, as the extractor read it, so the
same samples give the same profile whenever `tinbao new-site` runs."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers.induce import Sample, induce
from parsers.page import Page

FETCHED = datetime.fromisoformat("2026-03-08T09:00:00+07:00")  # days or months before the run
URL = "https://tin.example.vn/xa-hoi/bai-viet-{n}.html"
BODY = (
    "<p>Nông dân tất bật thu hoạch vải từ sáng sớm, giá bán tại vườn cao hơn năm trước.</p>"
    "<p>Thương lái đặt mua ngay tại vườn, các cơ sở sấy khô thu mua hết số quả còn lại.</p>"
)


def sample(n: int, update: str, modified_at: str) -> Sample:
    """A saved article whose update line prints `update`; the record confirms `modified_at`,
    the instant it names at the fetch time."""
    markup = (
        f"<html lang='vi'><body><h1>Vải thiều vào mùa số {n}</h1>"
        f"<div class='meta'><span class='updated'>{update}</span></div>"
        f"<div class='content'>{BODY}</div></body></html>"
    )
    expected = {
        "headline": f"Vải thiều vào mùa số {n}",
        "summary": None,
        "published_raw": None,
        "modified_at": modified_at,
        "views_raw": None,
        "byline": None,
        "category": None,
        "tags": [],
        "body": None,
        "images": [],
    }
    return Sample(Page(markup, URL.format(n=n), FETCHED), expected, FETCHED)


@pytest.mark.parametrize(
    ("update", "modified_at"),
    [
        ("Cập nhật hôm qua 14:30", "2026-03-07T14:30:00+07:00"),
        ("Cập nhật 2 giờ trước", "2026-03-08T07:00:00+07:00"),
    ],
)
def test_a_relative_update_line_is_read_against_the_sample_fetch_time(
    update: str, modified_at: str
) -> None:
    samples = [sample(1, update, modified_at), sample(2, update, modified_at)]
    induced = induce(samples)
    assert "modified" not in induced.left_generic
    for one in samples:  # the selector learnt reads the update line
        (found,) = one.page.select(induced.fields["modified"])
        assert "".join(found.itertext()) == update
