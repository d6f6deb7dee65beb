"""Rules the generic extractor learnt for bodies from the sixty-ninth holdout set's food-safety,
consumer and recall pages in e-mail campaigns' web versions."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T09:00:00+07:00")
URL = "https://thu.hoinguoimua.example.vn/email/view/6b2f90c1d7e4a"
TITLE = "Thu hồi hai lô nước mắm có hàm lượng histamine vượt ngưỡng"
LEAD = (
    "(NM) - Sáng 4/12, doanh nghiệp sản xuất đã thông báo thu hồi hai lô nước mắm chai 500 ml "
    "sau khi mẫu kiểm nghiệm vượt ngưỡng histamine."
)
TEXT = (
    "Mẫu được lấy tại ba cửa hàng tạp hóa trong đợt kiểm tra ngày 26/11, hai trong sáu mẫu vượt "
    "ngưỡng cho phép.",
    "Người mua mang chai còn nguyên đến nơi mua để được hoàn lại tiền đến hết ngày 31/12/2026.",
)
ARTICLE = InventedArticle(URL, "[Bản tin số 12] Kiểm tra chai nước mắm trong bếp nhà bạn", NOW)


def _row(content: str) -> str:
    return f"<tr><td data-slot-container='1'><div data-slot='text'>{content}</div></td></tr>"


def test_an_e_mail_s_line_over_its_web_version_is_no_text() -> None:
    """A campaign's web version sets each block in a row of its own: the line over the web
    version (`Không xem được thư? Đây là bản web của thư.`), the issue's row and the headline
    over the bold lead and the text. The web version's line closes a sentence, yet is the
    campaign's letterhead with the issue's row: the text starts under the headline."""
    table = (
        "<table width='640'><tr><td style='text-align:right'>Không xem được thư? Đây là bản web "
        "của thư.</td></tr>"
        + _row("<span>BẢN TIN NGƯỜI MUA · Số 12</span> | <span>Thứ Sáu, 04/12/2026</span>")
        + _row(f"<h1>{TITLE}</h1>")
        + _row(f"<p><strong>{LEAD}</strong></p><p>{TEXT[0]}</p>")
        + _row(f"<p>{TEXT[1]}</p>")
        + "</table>"
    )
    record = ARTICLE.record(f"<center>{table}</center>")
    assert (record["summary"], record["body"]) == (LEAD.removeprefix("(NM) - "), "\n\n".join(TEXT))
