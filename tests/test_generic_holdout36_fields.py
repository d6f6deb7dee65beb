"""Rules the generic extractor learnt for dates, bylines and tags from the thirty-sixth holdout
set's radio and television stations (text articles beside a player, on newsroom CMSs whose
credits name the camera crew beside the writers)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://truyenhinh.example.vn/thoi-su/cau-moi-qua-song-2026.html"
TITLE = "Cây cầu mới nối hai bờ sông rút ngắn đường đến trường của học sinh"
TEXT = (
    "Sau tám tháng thi công, cây cầu bê tông dài 120 mét nối hai xã ven sông đã thông xe.",
    "Trước đây, học sinh phải đi đò hoặc vòng qua quốc lộ gần mười cây số để đến trường.",
    "Công trình có tổng vốn 38 tỷ đồng, từ ngân sách tỉnh và nguồn vận động xã hội hóa.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_camera_technician_s_credit_after_the_reporters_names_no_author() -> None:
    """`PV: Hồng Nhung - Thanh Tâm; KTV: Minh Trí` under a television item's text: `KTV`
    (kỹ thuật viên) is the camera technician, credited beside the reporters as a camera
    operator is, no author and out of the display."""
    line = (
        "<p style='text-align:right'><strong>PV: Hồng Nhung - Thanh Tâm; KTV: Minh Trí</strong></p>"
    )
    assert ARTICLE.signed(line) == ("Hồng Nhung - Thanh Tâm", ["Hồng Nhung", "Thanh Tâm"])


def test_a_resident_reporter_s_bureau_in_brackets_leaves_the_display() -> None:
    """`Tin: Hoàng Yến (Thường trú Quy Nhơn) – Phát thanh viên: Minh Tuấn`: the bracket names
    the bureau the reporter is posted to, who she is as a post is, no person; the announcer
    who read the bulletin is no author."""
    line = (
        "<p class='credits'>Tin: Hoàng Yến (Thường trú Quy Nhơn) – Phát thanh viên: Minh Tuấn</p>"
    )
    assert ARTICLE.signed(line) == ("Hoàng Yến", ["Hoàng Yến"])


def test_linked_contributors_with_roles_give_the_writers_listed_apart() -> None:
    """A list of contributors, each an item with a role and an author link (two `Phóng viên:`
    and a `Quay phim:`): the camera operator is linked as everyone is but no author, and the
    writers, printed each in an item of its own, are joined with `, `."""
    people = (
        ("Phóng viên", "thach-minh", "Thạch Minh"),
        ("Phóng viên", "danh-thi-lan", "Danh Thị Lan"),
        ("Quay phim", "lam-hoang", "Lâm Hoàng"),
    )
    items = "".join(
        f"<li><span class='role'>{role}:</span> <a href='/author/{slug}'>{name}</a></li>"
        for role, slug, name in people
    )
    record = ARTICLE.under_headline("", after_text=f"<ul class='article-authors'>{items}</ul>")
    assert (record["byline"], record["authors"]) == (
        "Thạch Minh, Danh Thị Lan",
        ["Thạch Minh", "Danh Thị Lan"],
    )


def test_an_update_line_saying_the_machine_publish_time_wins_over_a_player_s_air_time() -> None:
    """`Cập nhật: 18:50, 04/12/2026` under the headline, the JSON-LD `datePublished` at the
    same instant (in UTC), and a player's label under it with the bulletin's air time (`Bản
    tin Thời sự 18h30 ngày 04/12/2026`): the update line is the only time the article prints,
    its publish time (no update), and the air time another event's."""
    head = (
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle",'
        '"datePublished":"2026-12-04T11:50:00Z"}</script>'
    )
    meta = "<div class='publish'><time>Cập nhật: 18:50, 04/12/2026</time></div>"
    player = (
        "<div class='story-element'><div class='video-label'>Bản tin Thời sự 18h30 ngày "
        "04/12/2026 · 04:26</div><video src='https://vod.example.vn/tom-hum.mp4'></video></div>"
    )
    record = ARTICLE.under_headline(meta + player, head=head)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-04T18:50:00+07:00",
        "Cập nhật: 18:50, 04/12/2026",
        None,
    )


def test_a_row_of_links_to_topic_pages_under_the_text_is_the_tags() -> None:
    """Quintype's `<div class="tag-m__container"><a href="/topic/tom-hum">tôm hùm</a>…</div>`
    under the text: a row of links each to one of the site's topic pages, the tags whatever
    the row's class, as a row of `/tag/` links is."""
    row = (
        "<div class='tag-m__container'><a href='/topic/cau-moi'>cầu mới</a>"
        "<a href='/topic/hoc-sinh'>học sinh</a><a href='/topic/giao-thong'>giao thông</a></div>"
    )
    record = ARTICLE.under_headline("", after_text=row)
    assert record["tags"] == ["cầu mới", "học sinh", "giao thông"]
