"""Rules the generic extractor learnt from the third blind table of view-count placements
(`tests/fixtures/placements/views3.json`, whole pages): more icon sets' eyes, CMS labels in
English, a label in a `title`, clips' and albums' counters in the text, a script's `0`, the
footer of the article's own box, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-06T09:00:00+07:00")
URL = "https://baobinhthuy.example.vn/doi-song/ben-do-moi-b5120.html"
TITLE = "Bến đò mới đưa học sinh hai bờ sông qua lại an toàn hơn"
TEXT = (
    "<p>Bến đò được lát lại mặt bằng, có mái che và phao cứu sinh cho mỗi chuyến.</p>"
    "<p>Phụ huynh cho biết các em không còn phải chờ lâu dưới nắng như trước kia.</p>"
    "{inside}"
    "<p>Xã giao cho đoàn thanh niên trực bến vào giờ học sinh tan trường mỗi ngày.</p>"
)


def counted(line: str, inside: str = "", after: str = "") -> tuple[int | None, str | None]:
    """The record's `views` and `views_raw` for an article printing `line` under its headline,
    `inside` in its text and `after` after it."""
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body>"
        "<header><a href='/'>Báo Bình Thủy</a><nav><a href='/doi-song'>Đời sống</a></nav></header>"
        f"<main><article><h1>{TITLE}</h1>{line}"
        f"<div class='content'>{TEXT.format(inside=inside)}</div>{after}</article></main>"
        "<footer>© 2025 Báo Bình Thủy</footer></body></html>"
    )
    record = extract_record(page, URL, NOW)
    return record["views"], record["views_raw"]


def test_an_eye_icons_line_variant() -> None:
    """Remix's outlined eye (`ri-eye-line`) before a bare number: the count; its heart is no
    eye."""
    line = "<div class='stats'><span>04/12/2025</span> <span><i class='{}'></i> 1.907</span></div>"
    assert counted(line.format("ri-eye-line")) == (1907, "1.907")
    assert counted(line.format("ri-heart-line")) == (None, None)


def test_an_icon_named_in_a_data_attribute() -> None:
    """Feather and Lucide draw the icon a data attribute names (`data-feather="eye"`): an eye
    before a bare number marks the count; another icon so named does not."""
    line = "<p>04/12/2025 <span><i data-{}='{}'></i>2.640</span></p>"
    assert counted(line.format("feather", "eye")) == (2640, "2.640")
    assert counted(line.format("lucide", "eye")) == (2640, "2.640")
    assert counted(line.format("feather", "message-circle")) == (None, None)


def test_english_cms_labels() -> None:
    """Joomla's `Hits: 2345` and Drupal's `1,502 reads`, untranslated: the views."""
    assert counted("<p>04/12/2025 · <span>Hits: 2345</span></p>") == (2345, "Hits: 2345")
    after = "<ul class='links'><li>1,502 reads</li></ul>"
    assert counted("<p>04/12/2025</p>", after=after) == (1502, "1,502 reads")


def test_the_readers_counted() -> None:
    """`Số người đọc: 987`: the readers, read with the whole label."""
    line = "<p>04/12/2025 <span>Số người đọc: 987</span></p>"
    assert counted(line) == (987, "Số người đọc: 987")


def test_a_title_naming_the_number_shown() -> None:
    """A stats row whose elements say what they count only in a `title`: the number under
    `Lượt xem` is the count, the one under `Bình luận` is not."""
    line = (
        "<div class='stats'><span>04/12/2025</span> "
        "<span title='Bình luận'><i class='s1'></i>14</span> "
        "<span title='{}'><i class='s1'></i>3.045</span></div>"
    )
    assert counted(line.format("Lượt xem")) == (3045, "3.045")
    assert counted(line.format("Yêu thích")) == (None, None)


def test_a_clips_or_an_albums_counter_in_the_text() -> None:
    """A video's or a photo album's counter inside the text is theirs, not the article's; a
    count printed right in the text's container is the page's."""
    clip = (
        "<div class='embed'><video src='/v/ben-do.mp4'></video>"
        "<p>Video: Chuyến đò sớm - 12.480 lượt xem</p></div>"
    )
    album = (
        "<figure><img src='/a/1.jpg'><figcaption>Album 9 ảnh · 4.210 lượt xem</figcaption></figure>"
    )
    assert counted("<p>04/12/2025</p>", inside=clip) == (None, None)
    assert counted("<p>04/12/2025</p>", inside=album) == (None, None)
    assert counted("<p>04/12/2025</p>", inside="<p>Bài viết có 812 lượt xem</p>") == (
        812,
        "812 lượt xem",
    )


def test_a_zero_a_script_replaces() -> None:
    """A `0` in an element a script fills (`getElementById('pv-5120')`) holds the count's place:
    none; the same `0` no script names is the count."""
    line = "<p>04/12/2025 · <span id='pv-5120'>0</span> lượt xem</p>"
    script = "<script>document.getElementById('pv-5120').textContent = v;</script>"
    assert counted(line + script) == (None, None)
    assert counted(line) == (0, "0 lượt xem")


def test_the_footer_of_the_articles_own_box() -> None:
    """A block classed as a footer closing the article's box, no menu nor list beside it in
    that box, prints the article's count; a footer beside a related box is the page's."""
    after = "<div class='post-footer'><small>Cập nhật 2 giờ trước · 1.318 lượt xem</small></div>"
    assert counted("<p>04/12/2025</p>", after=after) == (1318, "1.318 lượt xem")
    related = "<div class='related'><a href='/doi-song/cho-noi-b5100.html'>Chợ nổi</a></div>"
    assert counted("<p>04/12/2025</p>", after=related + after) == (None, None)
