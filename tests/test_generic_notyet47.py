"""Rules the generic extractor learnt from fields the tuned holdout sets still read wrong (their
`NOT_YET` entries in `tests/test_parsers.py`): a shop signing its own post."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://gomsubatrang.example.vn/blog/mua-gom-tet-xuong-nhan-don-den-ram-thang-chap"
TITLE = "Mùa gốm Tết: xưởng nhận đơn bình hút lộc đến rằm tháng Chạp"
TEXT = (
    "Từ đầu tháng 11, xưởng của chúng tôi nung mỗi ngày hai lò, khoảng 1.400 sản phẩm mỗi lò.",
    "Đến ngày 30/11/2026, xưởng đã nhận 186 đơn bình hút lộc, gấp rưỡi cùng kỳ năm trước.",
    "Đơn đặt sau rằm tháng Chạp sẽ giao sau Tết, giá giữ như bảng giá tháng 10.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
LOGO = "<div class='header-logo'><a href='/'><img alt='Gốm Bát Tràng Minh Hải Gia Lâm' src='/logo.png'></a></div>"  # noqa: E501


def _signed_post(signature: str) -> dict:
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    closing = f"<p style='text-align: right;'>{signature}</p>"
    post = f"<div class='blogpost-page'><h1>{TITLE}</h1><div class='post-body'>{text}{closing}</div></div>"  # noqa: E501
    return ARTICLE.record(f"{LOGO}{post}")


def test_a_shop_signing_with_its_logo_s_words_in_another_order_is_no_byline() -> None:
    """The right-aligned `Xưởng gốm Minh Hải – Bát Tràng Gia Lâm` closing a shop's post holds
    every word of its logo's `Gốm Bát Tràng Minh Hải Gia Lâm`, in another order and with the
    kind of place before them: the shop signing, no person."""
    record = _signed_post("Xưởng gốm Minh Hải – Bát Tràng Gia Lâm")
    assert (record["byline"], record["authors"]) == (None, [])


def test_a_person_signing_a_shop_s_post_is_its_byline() -> None:
    """A person's name closing the same post is its writer."""
    record = _signed_post("Nguyễn Minh Hải")
    assert (record["byline"], record["authors"]) == ("Nguyễn Minh Hải", ["Nguyễn Minh Hải"])
