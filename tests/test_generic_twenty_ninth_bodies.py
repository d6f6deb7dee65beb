"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
twenty-ninth holdout set's provincial templates (a converged-newsroom CMS, ASP.NET portals,
VNPT and Viettel portal subsites, in-house PHP sites of the 2010s, a court, a weather station,
a customs office and a Khmer-language desk)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://soyte.tinhmau.example.gov.vn/chitiet.php?id=4410&cat=7"
TITLE = "Tăng cường giám sát bệnh sốt xuất huyết tại các xã ven biển"
FIRST = "Trong tuần, các xã ven biển ghi nhận 19 ca sốt xuất huyết, tăng bốn ca so với tuần trước."
SECOND = "Ngành y tế đã phun hóa chất diệt muỗi ở các thôn có ca bệnh, vận động dân dọn vệ sinh."
THIRD = "Người bị sốt cao cần đến trạm y tế gần nhất để được khám, không tự điều trị tại nhà."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def test_a_fresh_items_animated_mark_is_no_picture() -> None:
    """`<img src="/images/new.gif" alt="Mới">` before the text (or `hot.gif`), no size
    declared: an old CMS's mark of a fresh item, no picture of the article."""
    for mark in ("new.gif", "hot_2.gif"):
        text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
        page = (
            f"<article><h1>{TITLE}</h1><div class='noidung'><img src='/images/{mark}' alt='Mới'>"
            f"{text}</div></article>"
        )
        assert ARTICLE.record(page)["images"] == []
