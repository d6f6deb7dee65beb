"""Rules the generic extractor learnt from the fourth blind table of leads and headlines
(`tests/fixtures/placements/leads4.json`), on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://taynguyen.example.vn/bai-viet/cho-phien-cuoi-nam-tren-cao-nguyen-4821"
TITLE = "Chợ phiên cuối năm trên cao nguyên"
LEAD = (
    "Những phiên chợ cuối năm ở các buôn làng cao nguyên đông người mua bán thổ cẩm, rượu cần "
    "và nông sản, nhiều du khách tìm đến từ sáng sớm."
)
FIRST = (
    "Chợ họp từ bốn giờ sáng ở bãi đất trống đầu buôn, người bán trải bạt bày hàng dưới những "
    "ngọn đèn pin đội đầu, tiếng chào mời rộn rã suốt mấy tiếng đồng hồ."
)
SECOND = (
    "Người già trong buôn cho biết phiên chợ cuối năm là dịp bà con mua sắm áo mới, chiêng "
    "và ché để chuẩn bị cho những ngày lễ hội đầu xuân."
)


def app_page(sapo_attributes: str) -> str:
    """An app's page whose classes are hashed, its parts named in test ids only."""
    body = "".join(f"<div class='css-901oao r-p'>{text}</div>" for text in (FIRST, SECOND))
    return (
        f"<html lang='vi'><head><title>{TITLE} | Báo Tây Nguyên</title>"
        f"<meta name='description' content='{LEAD[:70]}…'></head><body><div id='root'>"
        f"<h1 class='css-1dbjc4n r-1awozwy' data-testid='article-title'>{TITLE}</h1>"
        "<div class='css-901oao' data-testid='article-meta'>Phương Linh · 04/12/2025 11:40</div>"
        f"<div class='css-1rynq56 r-37j5jr' {sapo_attributes}>{LEAD}</div>"
        f"<div class='css-1dbjc4n' data-testid='article-body'>{body}</div></div></body></html>"
    )


def test_a_lead_named_in_a_test_id_is_the_lead() -> None:
    """An app whose classes are hashed names its lead in a test id (`data-testid="article-sapo"`):
    read as the lead, not the description cut with `…`, and not again as the text."""
    got = extract_record(app_page("data-testid='article-sapo'"), URL, NOW)
    assert got["summary"] == LEAD
    assert got["body"].split("\n\n")[0] == FIRST


def test_a_test_id_naming_no_lead_is_no_lead() -> None:
    """A test id of another part (`article-cover`) makes no lead of its block: the description
    cut with `…` stays the summary, as on any page printing no lead."""
    got = extract_record(app_page("data-testid='article-cover'"), URL, NOW)
    assert got["summary"] != LEAD
