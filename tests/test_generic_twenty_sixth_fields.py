"""Rules the generic extractor learnt for dates, views, bylines, categories and tags from the
twenty-sixth holdout set's families (a library on Dancer2, a Red Cross chapter on Yesod, a museum
on Dream, a social insurance office on Jester, a theatre on Kemal, a tax office on Leptos, a port
authority on Wicket, a merged paper on Phalcon, a veterans' association on Pyramid, a botanical
garden on Vapor, a notary office on Tapestry and a lottery company on Hanami)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-05T10:00:00+07:00")
URL = "https://hoinongdan.example.vn/tin-hoat-dong/hoi-thi-nha-nong-gioi-a3141.html"
TITLE = "Hội thi nhà nông giỏi thu hút hơn ba trăm hội viên các xã tham gia"
FIRST = "Các đội thi trả lời câu hỏi về kỹ thuật trồng lúa, nuôi cá và cách giữ đất không bạc màu."
SECOND = "Phần thi thực hành yêu cầu mỗi đội ghép cành bưởi và pha chế phân hữu cơ từ rơm rạ."
THIRD = "Ban tổ chức trao giải nhất cho đội xã Phú Thạnh cùng phần thưởng là một máy phun thuốc."
TEXT = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


signed = ARTICLE.signed


def test_a_librarians_calling_before_a_name_is_no_part_of_it() -> None:
    """`Thủ thư Đặng Thu Hà (Phòng Nghiệp vụ)` in bold right-aligned: the calling stays in the
    display, the author is the name; the unit in brackets leaves both."""
    line = "<p style='text-align:right'><b>Thủ thư Đặng Thu Hà (Phòng Nghiệp vụ)</b></p>"
    assert signed(line) == ("Thủ thư Đặng Thu Hà", ["Đặng Thu Hà"])


def test_a_bachelors_title_with_its_full_stop_is_no_part_of_the_name() -> None:
    """`ThS. … và CN. …`: each writer's title stays in the display."""
    line = "<p style='text-align:right'><b>ThS. Mai Văn Lực và CN. Tô Thị Hằng</b></p>"
    assert signed(line) == ("ThS. Mai Văn Lực và CN. Tô Thị Hằng", ["Mai Văn Lực", "Tô Thị Hằng"])


def test_a_retired_rank_and_a_position_after_a_comma_sign_a_name() -> None:
    """`Thượng tá (hưu) …, Phó Chủ tịch Hội …` on a line classed `signed`: the rank stays in the
    display, the position after the comma leaves it, the author is the name."""
    line = (
        "<p class='bv-signed'>Thượng tá (hưu) Lương Văn Kiên, Phó Chủ tịch Hội Nông dân xã"
        " Phú Thạnh</p>"
    )
    assert signed(line) == ("Thượng tá (hưu) Lương Văn Kiên", ["Lương Văn Kiên"])


def test_a_name_and_a_team_after_a_comma_in_bold_sign_the_text() -> None:
    """`<b>Võ Minh Trí, Tổ Thông tin - Tuyên truyền xã</b>`: the team leaves the display."""
    line = "<p><b>Võ Minh Trí, Tổ Thông tin - Tuyên truyền xã</b></p>"
    assert signed(line) == ("Võ Minh Trí", ["Võ Minh Trí"])


def test_two_writers_after_a_comma_and_their_unit_in_brackets_sign_the_text() -> None:
    """`Thu Sương, Bảo Khang (Ban Kinh tế)` on a line classed `sign`: two writers, the unit
    leaves the display."""
    line = "<p class='bv-sign'>Thu Sương, Bảo Khang (Ban Kinh tế)</p>"
    assert signed(line) == ("Thu Sương, Bảo Khang", ["Thu Sương", "Bảo Khang"])


def test_a_notarys_title_in_words_before_a_bold_name_signs_the_text() -> None:
    """`Công chứng viên <b>…</b>` right-aligned: the title in plain words stays in the display."""
    line = "<p style='text-align:right'>Công chứng viên <b>Quách Thị Yến</b></p>"
    assert signed(line) == ("Công chứng viên Quách Thị Yến", ["Quách Thị Yến"])


def test_an_artists_title_in_a_line_classed_as_the_writer_signs_the_text() -> None:
    """`<p class="…-writer"><em>NSND …</em></p>`: the artist's title stays in the display."""
    line = "<p class='bv-writer'><em>NSND Kiều Thanh Sơn</em></p>"
    assert signed(line) == ("NSND Kiều Thanh Sơn", ["Kiều Thanh Sơn"])


def test_a_department_alone_on_a_line_classed_by_signs_the_text() -> None:
    """`<p class="…-by">Phòng Khuyến nông - Dịch vụ</p>`: the display, no person."""
    line = "<p class='bv-by'>Phòng Khuyến nông - Dịch vụ</p>"
    assert signed(line) == ("Phòng Khuyến nông - Dịch vụ", [])


def test_the_sections_link_beside_the_count_names_no_other_article() -> None:
    """`3.108 lượt xem` beside the section's link of five words under the headline, the
    breadcrumb linking there too: the article's count, not another article's."""
    trail = (
        "<nav aria-label='breadcrumb'><a href='/'>Trang chủ</a> › "
        "<a href='/tin?muc=7'>Khuyến nông và khuyến ngư</a></nav>"
    )
    meta = (
        "<div class='tin-meta'><span>03/12/2026 - 09:10</span> <span>3.108 lượt xem</span>"
        " <span><a href='/tin?muc=7'>Khuyến nông và khuyến ngư</a></span></div>"
    )
    page = f"{trail}<article><h1>{TITLE}</h1>{meta}<div class='noi-dung'>{TEXT}</div></article>"
    record = ARTICLE.record(page)
    assert (record["views"], record["views_raw"]) == (3108, "3.108 lượt xem")


def test_the_times_visited_in_an_info_tables_cell_are_the_views() -> None:
    """`<td>Số lần truy cập:</td><td>415</td>` in the table of the article's facts under the
    headline: the views, the label in its own cell no part of the raw."""
    facts = (
        "<table class='thong-tin'><tr><td>Ngày đăng:</td><td>03/12/2026 09:10</td></tr>"
        "<tr><td>Số lần truy cập:</td><td><span>415</span></td></tr></table>"
    )
    record = ARTICLE.record(f"<article><h1>{TITLE}</h1>{facts}<div>{TEXT}</div></article>")
    assert (record["views"], record["views_raw"]) == (415, "415")


def test_an_edits_day_in_words_after_the_publish_day_is_the_update() -> None:
    """`Sửa ngày 04 tháng 12 năm 2026` under `Ngày 03 tháng 12 năm 2026`, no time anywhere: the
    day the article was edited, at its midnight."""
    meta = (
        "<div class='ngay-thang'><div>Ngày 03 tháng 12 năm 2026</div>"
        "<div class='sua'>Sửa ngày 04 tháng 12 năm 2026</div></div>"
    )
    record = ARTICLE.record(f"<article><h1>{TITLE}</h1>{meta}<div>{TEXT}</div></article>")
    expected = ("2026-12-03T00:00:00+07:00", "2026-12-04T00:00:00+07:00")
    assert (record["published_at"], record["modified_at"]) == expected
