"""Rules the generic extractor learnt from the ninth holdout set's families (1C-Bitrix, a Zalo
Official Account's article view, a page published from Notion): lead and body."""

from __future__ import annotations

from datetime import datetime

from parsers.extract import extract

NOW = datetime.fromisoformat("2026-03-08T00:00:00+07:00")
URL = "https://tin.example.vn/kinh-te/bai-viet-1234567.html"
TITLE = "Hợp tác xã chè Tân Cương mở rộng vùng trồng hữu cơ"
LEAD = (
    "Sau ba năm chuyển đổi, vùng chè hữu cơ của hợp tác xã đã đạt 45 ha, sản lượng búp tươi "
    "tăng gần một phần tư so với năm trước."
)
FIRST = (
    "Thực hiện đề án của huyện, từ đầu năm nay hợp tác xã chè Tân Cương chuyển thêm 12 ha "
    "sang canh tác hữu cơ cho các hộ thành viên ở hai xóm phía tây."
)
SECOND = "Các hộ được hỗ trợ phân bón vi sinh, bẫy côn trùng và tập huấn ghi nhật ký sản xuất."
THIRD = "Hợp tác xã đã ký hợp đồng bao tiêu toàn bộ sản lượng với hai doanh nghiệp xuất khẩu."


def html(body: str, head: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def article(text: str, head: str = "") -> str:
    return html(f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}</div></article>", head)


def test_a_labelled_line_typed_in_a_box_of_its_own_among_the_paragraphs_is_no_text() -> None:
    """A promotion typed straight into a `<div>` between the paragraphs (`<b>Sản phẩm của
    chúng tôi:</b> … <a>Xem chi tiết</a>`): the site's notice, as when the box holds a `<p>`."""
    promotion = (
        "<div class='hop'><b>Sản phẩm của chúng tôi:</b> Chè búp hữu cơ Tân Cương hộp 200 g – "
        "<a href='/san-pham/che-bup'>Xem chi tiết</a></div>"
    )
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p>{promotion}<p>{THIRD}</p>")
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_a_paragraph_set_apart_over_the_cover_picture_is_the_lead() -> None:
    """Headline, date line, one paragraph in a block of its own, the cover picture, then the
    block of the text; the description says nothing of the article: that paragraph is the
    lead, not the text's first paragraph."""
    page = html(
        f"<div class='tin'><h1>{TITLE}</h1><div class='dong'><span>12.11.2025 15:40</span></div>"
        f"<div class='truoc'><p>{LEAD}</p></div>"
        "<div class='anh'><img src='/upload/che-huu-co.jpg' width='800'></div>"
        f"<div class='chi-tiet'><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div></div>",
        head="<meta name='description' content='Tin hợp tác xã'>",
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.summary == LEAD
    assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_a_description_cut_from_inside_the_first_paragraph_is_no_lead() -> None:
    """A platform's description copied from the first paragraph after its opening clause and
    cut mid-sentence (`Từ đầu năm nay hợp tác xã … canh tác hữu cơ.` out of `Thực hiện đề án
    của huyện, từ đầu năm nay …, canh tác hữu cơ cho các hộ …`): the page prints no lead."""
    described = "Từ đầu năm nay hợp tác xã chè Tân Cương chuyển thêm 12 ha sang canh tác hữu cơ."
    page = article(
        f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>",
        head=f"<meta property='og:description' content='{described}'>",
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.summary is None
    assert result.paragraphs == [FIRST, SECOND, THIRD]


def test_a_description_with_no_word_of_the_headline_nor_the_text_is_no_lead() -> None:
    """The publishing platform's own description (`Built with …`) on every page it serves: not
    one word of the headline and hardly any of the text, so it says nothing of the article. A
    lead with no word of the headline that tells the text's story in its words is the lead."""
    blurb = (
        "Built with a connected workspace, the all-in-one place to write and publish your pages."
    )
    story = "Các hộ được hỗ trợ phân bón vi sinh và tập huấn sản xuất."
    text = f"<p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p>"
    blurbed = article(text, head=f"<meta name='description' content='{blurb}'>")
    assert extract(blurbed, URL, fetched_at=NOW).summary is None
    told = article(text, head=f"<meta name='description' content='{story}'>")
    assert extract(told, URL, fetched_at=NOW).summary == story


def test_a_widget_the_scripts_draw_in_the_text_is_no_text() -> None:
    """A toggle (a `role=button` arrow and its label) and a table drawn in `<div>`s with
    ARIA roles (a database view under its name): controls of the page, not its text."""
    toggle = (
        "<div class='khoi-mo'><div role='button' aria-expanded='false'>▶</div>"
        "<div>Danh sách hộ đăng ký (cập nhật 19/11)</div></div>"
    )
    grid = (
        "<div class='bang-du-lieu'><div class='ten-bang'>Danh sách hộ đăng ký</div>"
        "<div role='table'><div role='row'><div role='columnheader'>Hộ</div>"
        "<div role='columnheader'>Diện tích</div></div><div role='row'><div role='cell'>"
        "Hộ ông Lò Văn Minh</div><div role='cell'>0,8 ha</div></div></div></div>"
    )
    page = article(f"<p>{FIRST}</p><p>{SECOND}</p>{toggle}<p>{THIRD}</p>{grid}")
    assert extract(page, URL, fetched_at=NOW).paragraphs == [FIRST, SECOND, THIRD]


def test_a_notion_page_reads_its_page_content_with_its_pictures() -> None:
    """A page published from Notion: its blocks are `<div>`s, no `<p>`, and the text is the
    `notion-page-content` block, pictures included, not the whole page."""
    block = "<div class='notion-selectable notion-text-block'><div>{}</div></div>"
    picture = (
        "<div class='notion-selectable notion-image-block'>"
        "<img src='https://x.notion.site/image/vung-che.jpeg' alt=''></div>"
    )
    page = html(
        "<div class='notion-topbar'>Đoàn phường / Tin hoạt động</div>"
        f"<main class='notion-frame'><h1>{TITLE}</h1><div class='notion-page-content'>"
        f"{block.format(FIRST)}{picture}{block.format(SECOND)}{block.format(THIRD)}</div></main>"
        "<div class='notion-footer'>Trang được xuất bản bằng Notion</div>"
    )
    result = extract(page, URL, fetched_at=NOW)
    assert result.paragraphs == [FIRST, SECOND, THIRD]
    assert [image.url for image in result.images] == ["https://x.notion.site/image/vung-che.jpeg"]


def test_a_notice_under_an_icon_ending_in_a_link_is_no_text() -> None:
    """A callout (`💡 Vẫn nhận đăng ký: <a>biểu mẫu này</a>.`) among the paragraphs calls the
    reader elsewhere; a paragraph ending in a link after a colon stays."""
    callout = (
        "<div class='callout'><div class='icon'>💡</div><div>Vẫn nhận đăng ký tham quan vùng "
        "chè đến hết tháng này: <a href='https://forms.example.vn/dang-ky'>biểu mẫu này</a>."
        "</div></div>"
    )
    linked = "Danh sách hộ tham gia xem tại: <a href='/danh-sach'>trang của hợp tác xã</a>."
    page = article(f"<p>{FIRST}</p>{callout}<p>{SECOND}</p><p>{linked}</p><p>{THIRD}</p>")
    assert extract(page, URL, fetched_at=NOW).paragraphs == [
        FIRST,
        SECOND,
        "Danh sách hộ tham gia xem tại: trang của hợp tác xã.",
        THIRD,
    ]
