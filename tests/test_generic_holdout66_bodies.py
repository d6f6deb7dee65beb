"""Rules the generic extractor learnt for the text from the sixty-sixth holdout set's sport and
school sports pages: a video host's description shown whole behind its teaser."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
TITLE = "Giải chạy học sinh Đông Hà: 1.300 em về đích trong buổi sáng"
TEXT = (
    "Giải chạy học sinh thành phố Đông Hà sáng 5/12/2026 có 1.300 em của 24 trường tham dự, "
    "chạy hai cự ly 2 km và 3 km quanh hồ Khe Sắn.",
    "Ở cự ly 3 km nam, em Lê Văn Hùng lớp 9A về nhất với thời gian 11 phút 42 giây.",
    "Ban tổ chức trao 60 suất quà, mỗi suất 500.000 đồng, cho học sinh có hoàn cảnh khó khăn.",
)
ARTICLE = InventedArticle("https://video.example.com/video/Zx81Qw/", TITLE, NOW, TEXT)


def test_a_description_hidden_behind_its_teaser_is_the_text() -> None:
    """A video host prints the description's opening cut with `…` (`<div class="teaser">`) and
    the whole description in a block a `Show more` toggle hides (`<div class="full hidden">`):
    the hidden block opening with the teaser's words is the text, the teaser a copy of its
    start."""
    teaser = TEXT[0][:70].rsplit(" ", 1)[0] + " …"
    full = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<div class='video-container'><h1 id='video-title'>{TITLE}</h1>"
        "<div class='video-publish-date'>First published at 00:42 UTC on December 6th, 2026.</div>"
        f"<div id='video-description'><div class='teaser'><p>{teaser}</p></div>"
        f"<div class='full hidden'>{full}</div><a href='#' class='show-more'>SHOW MORE</a></div>"
        "</div>"
    )
    record = ARTICLE.record(page)
    assert record["body"] == "\n\n".join(TEXT)
