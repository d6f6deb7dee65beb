"""Rules the generic extractor learnt from shapes the tuned holdout sets left unread: a wiki's
unlabelled revision time, an event's time repeated in a bar fixed to the window's foot, a
signing after the attachments line."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://wiki.xaphuocson.example.vn/wiki/DuongBeTongThonHai"
TITLE = "Thôn Hai hoàn thành 2,4 km đường bê tông trước mùa mưa"
TEXT = (
    "Ngày đăng: 25/11/2026",
    "Sau bốn tháng thi công, thôn Hai đã hoàn thành 2,4 km đường bê tông rộng 3,5 m.",
    "Tổng vốn gần 1,9 tỷ đồng, trong đó nhân dân góp 310 triệu đồng và 640 ngày công.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def _wiki_page(footer: str) -> dict:
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    body = f"<div id='content'><h1>{TITLE}</h1>{text}</div><div id='footer'>{footer}</div>"
    return ARTICLE.record(body)


def test_a_link_to_the_page_s_revisions_printing_a_time_is_its_update() -> None:
    """A wiki's footer prints the page's latest revision time as the link to its history, with
    no label: the time is the page's update."""
    footer = (
        "<a href='/wiki/DuongBeTongThonHai/edit'>Sửa trang</a> :: "
        "<a href='/wiki/DuongBeTongThonHai/history'>2026-12-02 16:40:05</a> :: "
        "Chủ trang: <a href='/wiki/NguyenVanBa'>NguyenVanBa</a>"
    )
    assert _wiki_page(footer)["modified_at"] == "2026-12-02T16:40:05+07:00"


def test_a_link_to_another_page_s_revisions_dates_that_page() -> None:
    """The same link to another page's history dates that page, not this one."""
    footer = "<a href='/wiki/TrangChu/history'>2026-12-02 16:40:05</a>"
    assert _wiki_page(footer)["modified_at"] is None


EVENT_URL = "https://sukien.example.vn/e/hoi-cho-sach-cu-quan-3"
EVENT_TITLE = "Hội chợ sách cũ quận 3 lần thứ 12"
EVENT = InventedArticle(EVENT_URL, EVENT_TITLE, NOW, TEXT[1:])


def _event_page(bar_attributes: str) -> dict:
    text = "".join(f"<p>{p}</p>" for p in TEXT[1:])
    facts = (
        "<aside class='event-facts'><div>Câu lạc bộ Sách cũ Sài Gòn</div>"
        "<time datetime='2026-12-05T01:30:00Z'>Saturday, December 5, 2026 "
        "<span>8:30 AM to 11:00 AM GMT+7</span></time><div>Nhà văn hóa quận 3</div></aside>"
    )
    columns = f"<div class='flex'><div id='details'>{text}</div>{facts}</div>"
    main = f"<main><h1>{EVENT_TITLE}</h1>{columns}</main>"
    line = "<div>Saturday, December 5, 2026 · 8:30 AM GMT+7</div><button>Tham gia</button>"
    return EVENT.record(f"{main}<div {bar_attributes}>{line}</div>")


def test_a_bar_fixed_at_the_foot_repeats_the_time_the_page_states() -> None:
    """An event page's action bar, fixed to the window's foot, repeats the event's time; the
    `<time>` in the details column beside the text, its machine time at the same minute, is
    the line the page prints it in."""
    record = _event_page("class='fixed bottom-0 w-full'")
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-05T08:30:00+07:00",
        "Saturday, December 5, 2026 8:30 AM to 11:00 AM GMT+7",
    )


def test_a_bar_in_the_page_s_flow_is_its_own_line() -> None:
    """The same line in a block left in the page's flow is the line read."""
    record = _event_page("class='event-bar'")
    assert record["published_raw"] == "Saturday, December 5, 2026 · 8:30 AM GMT+7"


def test_a_signing_after_the_attachments_line_closing_the_text_is_read() -> None:
    """A note lists its attached files on its last line but one (`Tệp đính kèm:` and the
    files' links) and signs on the last, aligned right: the attachments close the text, and
    the signing after them is the byline."""
    after = (
        "<p><strong>Tệp đính kèm:</strong> <a href='/tep/bien-ban-nghiem-thu.pdf'>"
        "bien-ban-nghiem-thu.pdf</a></p>"
        "<p style='text-align:right'><strong>Phạm Thị Hồng Nhung</strong></p>"
    )
    record = ARTICLE.under_headline("", after)
    assert (record["byline"], record["authors"]) == (
        "Phạm Thị Hồng Nhung",
        ["Phạm Thị Hồng Nhung"],
    )
