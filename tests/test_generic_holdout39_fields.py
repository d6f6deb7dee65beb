"""Rules the generic extractor learnt for dates, views, bylines and categories from the
thirty-ninth holdout set's provincial magazines and print editions online (literary, arts,
science and propaganda magazines, the print sections and e-papers of provincial papers)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://tapchi.example.edu.vn/journal/article/id/512/"
TITLE = "Hiệu quả mô hình trồng chè hữu cơ ở vùng cao"
TEXT = (
    "Khảo sát 80 hộ trồng chè cho thấy năng suất giảm nhẹ trong ba năm đầu chuyển đổi canh tác.",
    "Giá bán chè hữu cơ cao gấp đôi chè thường nên thu nhập của hộ tăng từ năm thứ tư trở đi.",
    "Nghiên cứu đề xuất hỗ trợ chứng nhận và liên kết tiêu thụ để người trồng yên tâm chuyển đổi.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)
NOTES = (
    "<div class='notes'><h4>Chú thích</h4><ol>"
    "<li>Phỏng vấn chủ nhiệm hợp tác xã, ngày 14/7/2026.</li></ol></div>"
)


def test_a_day_in_the_text_s_notes_is_no_publish_date() -> None:
    """`<div><h4>Chú thích</h4><ol><li>Phỏng vấn …, ngày 14/7/2026.</li></ol></div>` under a
    paper's text: the day of a source it cites, not the article's, which prints none."""
    page = f"<article><h1>{TITLE}</h1><div class='galley'>{PARAGRAPHS}{NOTES}</div></article>"
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (None, None)


def test_a_line_classed_date_published_in_a_sidebar_is_the_article_s() -> None:
    """A journal's sidebar of the article's facts (`<aside>` with received and accepted days
    and `<p class="date-published">Xuất bản trực tuyến: 04/12/2026</p>`): the line its own class
    names the publish date is the article's, though the sidebar is furniture, and prints no
    clock (00:00); its other days are not read."""
    side = (
        "<aside class='article-sidebar'><div class='section-box'><p>Nhận bài: 10/09/2026</p>"
        "<p class='date-published'>Xuất bản trực tuyến: 04/12/2026</p></div></aside>"
    )
    page = f"<main><article><h1>{TITLE}</h1><div>{PARAGRAPHS}</div></article>{side}</main>"
    record = ARTICLE.record(page)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T00:00:00+07:00",
        "Xuất bản trực tuyến: 04/12/2026",
    )


def test_a_dateline_under_the_headline_wins_over_a_print_issue_s_day_and_its_machine_hour() -> None:
    """A weekend print story online: the issue's `Số 612 · Ra ngày Thứ Bảy, 05/12/2026` over
    the headline (a day alone), `article:published_time` at the issue's 04:00, and the story's
    own dateline component under the headline, a `<time>` printing `05 tháng 12, 2026 · 15:30`
    in the box holding the text's paragraphs: the day's line with its time is the article's."""
    head = "<meta property='article:published_time' content='2026-12-05T04:00:00+07:00'>"
    page = (
        "<div class='print-issue'>Báo cuối tuần · Số 612 · Ra ngày Thứ Bảy, 05/12/2026</div>"
        f"<div class='story'><div class='label'><p>Bút ký</p></div><div class='headline'><h1>"
        f"{TITLE}</h1></div><div class='byline'><p><strong>Nhà văn Lê Văn Tâm</strong></p>"
        "<p class='info'>Hội viên Hội Nhà văn Việt Nam</p></div>"
        "<div class='dateline'><p><time datetime='2026-12-05T15:30:00+07:00'>05 tháng 12, 2026"
        f" · 15:30</time></p></div>{PARAGRAPHS}</div>"
    )
    record = ARTICLE.record(page, head)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-05T15:30:00+07:00",
        "05 tháng 12, 2026 · 15:30",
    )


def test_a_part_s_con_nua_set_right_signs_nothing() -> None:
    """`<p style="text-align:right"><em>(Còn nữa)</em></p>` closing a serial's first part, and
    `Ghi chép: Hoàng Yến – Minh Đức` over the text: the note that more parts follow is set
    right as a signature is, yet names nobody; the writers are the labelled line's."""
    meta = "<p class='meta'>Ghi chép: Hoàng Yến – Minh Đức</p><p>04/12/2026 16:45</p>"
    more = "<p style='text-align:right'><em>(Còn nữa)</em></p>"
    record = ARTICLE.under_headline(meta, after_text=more)
    assert (record["authors"], record["body"]) == (["Hoàng Yến", "Minh Đức"], "\n\n".join(TEXT))


def test_an_author_box_with_the_unit_in_brackets_gives_the_titled_names() -> None:
    """`<p class="authors"><strong>ThS. Trần Văn An, KS. Lê Thị Hoa</strong> <span>(Trung tâm
    Ứng dụng tiến bộ khoa học và công nghệ)</span></p>`: too long for a name with the writers'
    unit in brackets after it; the names before it, titles kept in the display."""
    meta = (
        "<p class='authors'><strong>ThS. Trần Văn An, KS. Lê Thị Hoa</strong> <span class='unit'>"
        "(Trung tâm Ứng dụng tiến bộ khoa học và công nghệ)</span></p>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (
        "ThS. Trần Văn An, KS. Lê Thị Hoa",
        ["Trần Văn An", "Lê Thị Hoa"],
    )


def test_a_journal_s_facts_sidebar_gives_the_article_s_views_and_section() -> None:
    """A journal's sidebar beside the article: `Chuyên mục` over the section's link, the line
    classed as the publish date, `Lượt xem: 238` beside `Lượt tải PDF: 61`. The column that
    prints the article's publish day is its facts' column: its views and section are the
    article's (the downloads are no views), though a sidebar's counts are furniture elsewhere."""
    side = (
        "<aside class='article-sidebar'><div class='section-box'><h4>Chuyên mục</h4><p>"
        "<a href='/journal/articles/section/4/'>Nông nghiệp</a></p></div><div class='section-box'>"
        "<p class='date-published'>Xuất bản trực tuyến: 04/12/2026</p></div><div class='metrics'>"
        "<p>Lượt xem: 238</p><p>Lượt tải PDF: 61</p></div></aside>"
    )
    page = f"<main><article><h1>{TITLE}</h1><div>{PARAGRAPHS}</div></article>{side}</main>"
    record = ARTICLE.record(page)
    assert (record["views"], record["views_raw"], record["category"]) == (
        238,
        "Lượt xem: 238",
        "Nông nghiệp",
    )
    elsewhere = page.replace("date-published", "issue-day")
    record = ARTICLE.record(elsewhere)
    assert (record["views"], record["category"]) == (None, None)
