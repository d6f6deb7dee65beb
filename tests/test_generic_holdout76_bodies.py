"""Rules the generic extractor learnt for bodies from the seventy-sixth holdout set's urban
planning, housing and construction pages on newsletters, shops, wikis and podcast servers."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://vatlieuxaydung.example.vn/pages/bang-gia-thang-12"
TITLE = "Giá gạch và cát xây dựng tháng 12 tăng nhẹ"
FIRST = "Từ ngày 1/12, các lò gạch phía Nam điều chỉnh tăng giá gạch ống thêm 60 đồng mỗi viên."
SECOND = "Khách đặt hàng trước ngày 20/12 được giữ giá và miễn phí vận chuyển trong bán kính 8 km."
TABLE = (
    "<table><thead><tr><th>Loại</th><th>Đơn vị</th><th>Giá</th></tr></thead><tbody>"
    "<tr><td>Gạch ống 8x18</td><td>viên</td><td>1.260</td></tr>"
    "<tr><td>Cát xây tô</td><td>m³</td><td>420.000</td></tr></tbody></table>"
)
ROWS = ("Loại | Đơn vị | Giá", "Gạch ống 8x18 | viên | 1.260", "Cát xây tô | m³ | 420.000")

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND))


def test_a_line_saying_the_prices_hold_the_tax_under_a_table_is_no_text() -> None:
    """`<p><small><em>Giá đã gồm VAT, giao tại kho …</em></small></p>` right under a price
    table says what its figures hold: the table's note, as a line naming their unit is."""
    note = "<p><small><em>Giá đã gồm VAT, giao tại kho Tân Uyên, chưa gồm bốc xếp.</em></small></p>"
    body = ARTICLE.record(ARTICLE.between(TABLE + note))["body"]
    assert body == "\n\n".join((FIRST, *ROWS, SECOND))


def test_a_source_line_in_the_layout_row_under_a_table_s_row_is_no_text() -> None:
    """An e-mail campaign's web version sets each block in a layout row of its own: the
    `Nguồn:` line in the row after the table's row is the table's source, printed right under
    it, though no sibling of the table."""
    newsletter = InventedArticle("https://app.mailer.example/c/7f3a2b", TITLE, NOW)

    def row(block: str) -> str:
        return f"<tr><td class='block'>{block}</td></tr>"

    rows = (
        row(f"<h1>{TITLE}</h1><p>{FIRST}</p>")
        + row(TABLE)
        + row("<p><em>Nguồn: Hiệp hội Vật liệu xây dựng, số liệu đến 30/11/2026.</em></p>")
        + row(f"<p>{SECOND}</p>")
    )
    page = f"<table class='wrapper'><tbody>{rows}</tbody></table>"
    assert newsletter.record(page)["body"] == "\n\n".join((FIRST, *ROWS, SECOND))


def test_a_closing_line_telling_where_questions_go_is_no_text() -> None:
    """A commune's wiki page closes with `Thắc mắc về phương án gửi về bộ phận một cửa xã …
    hoặc gọi …` under the writer's `Người soạn:` line: where the reader's questions are sent,
    a notice, not the text's last paragraph; the line over it then signs the page."""
    wiki = InventedArticle("https://wiki.xaphuhoa.example.vn/GPMB/Duong_vanh_dai/", TITLE, NOW)
    closing = (
        "<p>Người soạn: Lê Văn Tài, cán bộ địa chính xã</p>"
        "<div class='notebox'><p>Thắc mắc về phương án gửi về bộ phận một cửa xã trước 17h ngày"
        " 20/12/2026 hoặc gọi 0222 3871 266.</p></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND))
    content = f"<section id='content'>{text}{closing}</section>"
    page = f"<div class='pagebody'><h1>{TITLE}</h1>{content}</div>"
    record = wiki.record(page)
    assert (record["body"], record["byline"]) == (f"{FIRST}\n\n{SECOND}", "Lê Văn Tài")


def test_a_closing_line_sending_views_to_a_mailbox_is_no_text() -> None:
    """A ward broadcaster's episode closes with `Góp ý đồ án gửi về hòm thư …@… hoặc trực tiếp
    tại trụ sở …` under its credits: where the listeners' views are sent, at the ward's domain,
    not the server's, and mid-sentence; the credits over it sign the episode."""
    episode = InventedArticle("https://audio.phuong.example/library/tracks/4120", TITLE, NOW)
    closing = (
        "<p>Thực hiện: Phạm Thu Hà · Khách mời: KS. Trần Văn Bình</p>"
        "<p>Góp ý đồ án gửi về hòm thư quyhoach@phuongbinhan.gov.vn hoặc trực tiếp tại trụ sở"
        " UBND phường, giờ hành chính từ thứ Hai đến thứ Sáu.</p>"
    )
    text = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND))
    page = f"<main><h1>{TITLE}</h1><div class='description'>{text}{closing}</div></main>"
    record = episode.record(page)
    assert (record["body"], record["byline"]) == (f"{FIRST}\n\n{SECOND}", "Phạm Thu Hà")


def test_a_notebook_s_code_cell_input_is_no_text() -> None:
    """A notebook published as a book prints a code cell's input among the paragraphs (Jupyter
    Book's `<div class="cell_input">` holding the highlighted `<pre>`): the program that drew
    the figure, no paragraph of the text."""
    code = (
        "<div class='cell docutils container'><div class='cell_input docutils container'>"
        "<div class='highlight-ipython3 notranslate'><div class='highlight'><pre>"
        "<span class='kn'>import</span> <span class='nn'>pandas</span> <span class='k'>as</span>"
        " <span class='nn'>pd</span>\ndf = pd.read_csv('gia-vat-lieu-2026-11.csv')\n"
        "ve_bieu_do(df, tu_thang=1, den_thang=11)\n</pre></div></div></div></div>"
    )
    body = ARTICLE.record(ARTICLE.between(code))["body"]
    assert body == f"{FIRST}\n\n{SECOND}"
