"""Rules the generic extractor learnt for headlines, dates, views, bylines and categories from
the forty-third holdout set's multimedia formats (e-magazines on storytelling products, live
blog embeds, podcast, audio and video pages, an infographic and a quiz in an article)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
STORY_URL = "https://emagazine.baodaknong.example.vn/ca-phe-xanh-tren-cao-nguyen/index.html"
STORY_TITLE = "Cà phê xanh trên cao nguyên"
TEXT = (
    "Mười năm trước, vườn cà phê của ông Điểu Sơn cho năng suất chưa đến hai tấn nhân mỗi "
    "héc-ta, đất chai cứng vì phân hóa học.",
    "Năm 2019, gia đình ông ghép lại cả vườn bằng giống mới, trồng xen sầu riêng và muồng đen "
    "làm cây che bóng.",
)


def _story(header: str) -> str:
    """A storytelling product's page: `header`, the cover with the headline, then a chapter
    under its own `<h2>` title."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        f"<header class='story-header'>{header}</header><main class='story'>"
        f"<section class='story-cover'><h1 class='story-title'>{STORY_TITLE}</h1></section>"
        f"<section class='story-chapter'><div class='story-text'><h2 class='story-heading'>"
        f"I. Từ những rẫy cà phê già cỗi</h2>{text}</div></section></main>"
    )


def test_a_title_with_only_the_marks_other_languages_share_is_typed_with_diacritics() -> None:
    """`Cà phê xanh trên cao nguyên | E-magazine Báo …`: its marked letters (`à`, `ê`) are
    ones French or Portuguese have too, none Vietnamese alone; still a title typed with its
    diacritics, no file's name standing for a heading classed as a title further down: the
    `<h1>` printing it is the headline, not the chapter's `<h2>`."""
    story = InventedArticle(STORY_URL, f"{STORY_TITLE} | E-magazine Báo Đắk Nông", NOW)
    assert story.record(_story(""))["headline"] == STORY_TITLE


def test_a_story_s_header_link_to_its_section_s_folder_on_the_paper_s_site_is_the_category() -> (
    None
):
    """A story on the paper's subdomain (`emagazine.bao…`) prints no trail; its header's link
    classed as the section leads to a folder of the paper's own site (`<a class="header-section"
    href="https://bao…/e-magazine/">E-magazine</a>`): the section it files the story under."""
    header = (
        "<a class='logo' href='https://baodaknong.example.vn/'>Báo Đắk Nông</a>"
        "<a class='header-section' href='https://baodaknong.example.vn/e-magazine/'>E-magazine</a>"
    )
    story = InventedArticle(STORY_URL, STORY_TITLE, NOW)
    assert story.record(_story(header))["category"] == "E-magazine"


VIDEO_URL = "https://baothaibinh.example.vn/video/thoi-su/vu-dong-ven-bien-v48201.html"
VIDEO_TITLE = "Nông dân ven biển xuống đồng trồng vụ đông"
VIDEO = InventedArticle(VIDEO_URL, VIDEO_TITLE, NOW, TEXT)


def test_a_video_s_plays_on_its_player_are_no_views_of_the_article() -> None:
    """A video page: the player's overlay over the headline prints the video's plays (`12,5K
    lượt xem video`), the meta line under it the article's own count (`Lượt xem: 2.760`):
    the count naming the video is its plays, the article's views are the other."""
    player = (
        "<div class='player-wrap'><div class='player' data-video='x9k2'></div>"
        "<div class='overlay'><span class='duration'>02:48</span> "
        "<span class='plays'>12,5K lượt xem video</span></div></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<main>{player}<article><h1>{VIDEO_TITLE}</h1><div class='meta'>"
        "<span class='time'>19:20 | 04/12/2026</span> <span class='views'>Lượt xem: 2.760</span>"
        f"</div><div class='desc'>{text}</div></article></main>"
    )
    record = VIDEO.record(page)
    assert (record["views"], record["views_raw"]) == (2760, "Lượt xem: 2.760")
