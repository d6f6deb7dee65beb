"""Rules the generic extractor learnt for bodies from the seventy-first holdout set's family,
women and children pages on intranets."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://noibo.example.com/kenh/nhan-su/bai/3381"
TITLE = "Công ty tăng trợ cấp gửi trẻ cho nhân viên có con nhỏ từ năm 2027"
TEXT = (
    "Từ ngày 1/1/2027, nhân viên có con dưới 6 tuổi được hỗ trợ 700.000 đồng mỗi tháng.",
    "Khoản trợ cấp được trả cùng kỳ lương, không phải nộp hóa đơn của nhà trẻ.",
    "Năm 2026, 214 nhân viên nhận trợ cấp này, với tổng kinh phí khoảng 770 triệu đồng.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def _closed_by(line: str) -> str:
    """The article's text with `line` as its last paragraph."""
    text = "".join(f"<p>{p}</p>" for p in (*TEXT, line))
    return f"<article><h1>{TITLE}</h1><div class='post-content'>{text}</div></article>"


def test_a_sentence_sending_readers_to_another_domain_s_mailbox_closes_the_text() -> None:
    """The text's last sentence sends its readers to an organisation's mailbox, at a domain that
    is not the site's, and goes on after the address (`… gửi về hộp thư phucloi@… hoặc gọi
    …`): a part of the text, no contact notice of the site's."""
    line = (
        "Anh chị cần hỏi thêm xin gửi về hộp thư phucloi@anphu.vn hoặc gọi máy lẻ 2210 trong"
        " giờ hành chính."
    )
    assert ARTICLE.record(_closed_by(line))["body"] == "\n\n".join((*TEXT, line))


def test_the_site_s_own_mailbox_closing_the_text_is_its_notice() -> None:
    """The same sentence giving the site's own domain's mailbox, or a sentence ending with an
    address, is the site's contact notice: no part of the text."""
    for line in (
        "Anh chị cần hỏi thêm xin gửi về hộp thư bandoc@example.com hoặc gọi đường dây nóng.",
        "Mọi ý kiến đóng góp xin gửi về hộp thư phucloi@anphu.vn.",
        "Bạn đọc gửi câu hỏi qua hộp thư phucloi@anphu.vn. Chúng tôi trả lời vào thứ Hai.",
    ):
        assert ARTICLE.record(_closed_by(line))["body"] == "\n\n".join(TEXT)
