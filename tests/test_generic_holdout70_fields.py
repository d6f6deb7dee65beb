"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories and tags
from the seventieth holdout set's national-defence and home-front pages on forums, course
players, intranets and other hosted products."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
URL = "https://dienddan.ccbtinh.example.vn/viewtopic.php?t=3307"
TITLE = "Tìm mộ đồng đội hy sinh ở Sa Thầy năm 1972"
TEXT = (
    "Tôi là cựu binh trung đoàn 28, nhập ngũ tháng 3/1970, xin nhờ diễn đàn tìm giúp mộ đồng đội.",
    "Anh hy sinh ngày 14/5/1972 ở điểm cao 601, khi đó đơn vị chôn cất anh cách suối khoảng 200 m.",
    "Ai biết thông tin xin nhắn cho tôi qua số điện thoại của Hội, tôi xin chân thành cảm ơn.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_forum_s_short_weekday_before_the_post_time_is_no_name() -> None:
    """phpBB in Vietnamese prints the post's head as `bởi <a>Name</a> » <time>T.Tư Th12 02, 2026
    9:14 pm</time>`: the short weekday `T.Tư` opens the time, no second author."""
    post = (
        "<div class='postbody'><h3><a href='#p41'>Re: tìm mộ</a></h3><p class='author'>bởi "
        "<strong><a class='username' href='./memberlist.php?u=12'>Lê Quang Vinh</a></strong> » "
        "<time datetime='2026-12-02T14:14:00+00:00'>T.Tư Th12 02, 2026 9:14 pm</time></p>"
        f"<div class='content'>{'<br><br>'.join(TEXT)}</div></div>"
    )
    record = ARTICLE.record(f"<h2 class='topic-title'>{TITLE}</h2>{post}")
    assert (record["byline"], record["authors"]) == ("Lê Quang Vinh", ["Lê Quang Vinh"])


def test_a_heading_whose_words_follow_an_icon_is_the_headline() -> None:
    """A course player's lecture title draws an icon before its words (`<h2 id="lecture_heading">
    <svg>…</svg>Bài 2: …</h2>`) under a `<title>` adding the school's name: the heading prints
    the title's first part, the headline, and the school's name is none of it."""
    title = "Bài 2: Hồ sơ hưởng trợ cấp của thân nhân liệt sĩ"
    article = InventedArticle(
        "https://hoc.phapluatdanquan.example.vn/courses/che-do/lectures/771",
        f"{title} | Lớp học pháp luật cho dân",
        NOW,
    )
    page = (
        "<div class='course-sidebar'><div class='section-title'>Phần 1: Chế độ</div><ul>"
        f"<li><a href='/courses/che-do/lectures/771'><span>{title}</span></a></li></ul></div>"
        "<div class='course-mainbar'><h2 id='lecture_heading' class='section-title'><svg "
        f"class='lecture-icon'><use href='#icon'></use></svg>{title}</h2>"
        f"<div class='lecture-text-container'>{PARAGRAPHS}</div></div>"
    )
    assert article.record(page)["headline"] == title


def test_a_lesson_s_writer_after_her_label_closing_the_text_is_the_byline() -> None:
    """`Người soạn: LS. Trịnh Thu Hà, Văn phòng luật sư …` closing a lesson's text: the writer's
    label and the office after the comma leave the byline, the lawyer's `LS.` stays in it."""
    line = "<p>Người soạn: LS. Trịnh Thu Hà, Văn phòng luật sư Hòa Bình</p>"
    record = ARTICLE.under_headline("<p>Ngày 02/12/2026</p>", after_text=line)
    assert (record["byline"], record["authors"], record["body"]) == (
        "LS. Trịnh Thu Hà",
        ["Trịnh Thu Hà"],
        "\n\n".join(TEXT),
    )


def test_an_intranet_s_seen_by_count_is_the_views() -> None:
    """`Đã xem bởi 1.126 người` (the readers a post was seen by) beside its reactions: 1126
    views, the whole line the raw."""
    meta = (
        "<p>3 tháng 12, 2026 10:15 SA</p><div class='footer'><span>👍 87</span>"
        "<span class='seen-by'>Đã xem bởi 1.126 người</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["views"], record["views_raw"]) == (1126, "Đã xem bởi 1.126 người")


def test_a_host_s_widget_word_beside_the_block_s_kind_glued_to_it_names_no_zone() -> None:
    """A photo host classes every block of the page `sm-page-widget` beside its kind glued to
    the word (`sm-page-widget-gallery-cover`): no zone, so the day printed under the headline
    in the cover's block (`December 1, 2026`) is the publish day."""
    page = (
        "<div class='sm-page-widget sm-page-widget-gallery-cover'>"
        f"<h1 class='sm-title'>{TITLE}</h1><div class='sm-gallery-cover-info'><span>"
        "December 1, 2026</span> <span>· 24 photos</span></div>"
        f"<div class='sm-gallery-cover-description'>{'<br><br>'.join(TEXT)}</div></div>"
        "<div class='sm-page-widget sm-page-widget-comments'><p>Dec 3, 2026</p></div>"
    )
    record = ARTICLE.record(page)
    assert (record["published_raw"], record["published_at"]) == (
        "December 1, 2026",
        "2026-12-01T00:00:00+07:00",
    )


def test_a_guide_s_sidebar_group_holding_the_current_page_is_the_category() -> None:
    """A documentation generator's sidebar folds its pages into groups (`<details><summary>Dành
    cho người dân</summary><ul>…`), the link to this page marked `aria-current="page"`: the
    group is the part of the guide the page is in."""
    article = InventedArticle(
        "https://sotay.phongthu.example.vn/nguoi-dan/so-tan-khi-co-bao/", TITLE, NOW, TEXT
    )

    def group(name: str, *links: str) -> str:
        items = "".join(links)
        return f"<li><details open><summary><span>{name}</span></summary><ul>{items}</ul></details>"

    sidebar = (
        "<nav class='sidebar'><ul>"
        + group("Giới thiệu", "<li><a href='/gioi-thieu/'>Về sổ tay</a></li>")
        + group(
            "Dành cho người dân",
            "<li><a href='/nguoi-dan/tui-do/'>Túi đồ khẩn cấp</a></li>",
            "<li><a href='/nguoi-dan/so-tan-khi-co-bao/' aria-current='page'>Sơ tán</a></li>",
        )
        + "</ul></nav>"
    )
    page = f"{sidebar}<main><h1>{TITLE}</h1><p>Cập nhật: 02/12/2026</p>{PARAGRAPHS}</main>"
    assert article.record(page)["category"] == "Dành cho người dân"


def test_a_card_s_labels_coloured_apart_beside_their_label_are_the_tags() -> None:
    """A board's card prints its labels after `Nhãn` as spans of one kind coloured apart
    (`card-label card-label-green`, `card-label card-label-blue`), each printing its name in an
    inner span: every label is a tag."""
    labels = "".join(
        f"<span class='card-label card-label-{colour}' title='{name}'>"
        f"<span class='label-text'>{name}</span></span>"
        for colour, name in (("green", "Diễn tập"), ("blue", "Dân quân tự vệ"))
    )
    meta = f"<div class='card-detail-item'><h3>Nhãn</h3>{labels}</div><p>29/11/2026 16:40</p>"
    assert ARTICLE.under_headline(meta)["tags"] == ["Diễn tập", "Dân quân tự vệ"]


def test_one_tag_link_under_the_title_gives_way_to_the_row_after_the_text() -> None:
    """An audio host links the track's genre under its title (`<a href="/tags/news">#
    News</a>`) and lists the track's own tags under its description: the row after the text is
    the tags, the genre alone before it the platform's label."""
    genre = "<div class='soundTitle__genre'><a class='sc-tag' href='/tags/news'># News</a></div>"
    row = "".join(
        f"<a class='sc-tag' href='/tags/{slug}'>{name}</a>"
        for slug, name in (("bien-phong", "biên phòng"), ("quang-tri", "Quảng Trị"))
    )
    page = (
        f"<div class='hero'><h1>{TITLE}</h1><p>03/12/2026 17:00</p>{genre}</div>"
        f"<div class='details'><div class='description'>{PARAGRAPHS}</div>"
        f"<div class='listenDetails__meta'>{row}</div></div>"
    )
    assert ARTICLE.record(page)["tags"] == ["biên phòng", "Quảng Trị"]


def test_a_community_s_name_over_the_post_is_its_section() -> None:
    """An enterprise network prints the community's header over the post it shows (its cover,
    `<h2 class="grp-community-name"><a>Công đoàn cơ sở</a></h2>` and its member count): the
    community is the post's section."""
    page = (
        "<main><div class='grp-community-header'><img src='/covers/12.jpg' alt=''>"
        "<h2 class='grp-community-name'><a href='/groups/12'>Công đoàn cơ sở</a></h2>"
        "<span>415 thành viên</span></div><article class='grp-post'>"
        f"<h1>{TITLE}</h1><span class='grp-date'>03/12/2026 08:15</span>"
        f"<div class='grp-body'>{PARAGRAPHS}</div></article></main>"
    )
    assert ARTICLE.record(page)["category"] == "Công đoàn cơ sở"


WALL = InventedArticle(
    "https://tuong.example.com/doanxahoaan/goc-tan-binh/post/5512",
    "Góc tân binh xã Hòa An",
    NOW,
    (
        "Sáng 2/12, Ban Chỉ huy quân sự xã tổ chức buổi gặp mặt 17 thanh niên có lệnh gọi nhập"
        " ngũ năm 2027 tại hội trường xã.",
        "Các bạn được phổ biến lịch giao nhận quân, những vật dụng cá nhân cần mang theo và chế"
        " độ hỗ trợ của địa phương dành cho gia đình quân nhân.",
        "Mỗi tân binh nhận một bộ quà gồm ba lô, áo ấm và sổ tay do các chi đoàn trong xã góp"
        " tiền mua tặng.",
    ),
)


def _wall_with_opened_post(window: str) -> str:
    """A wall of cards (its title, its description, each card's subject, poster and time)
    under `window`, the wall's post opened over it (its poster, time, heading, picture and
    text)."""
    cards = "".join(
        f"<article class='card'><div class='subject'>{subject}</div><span class='poster'>{name}"
        f"</span> <time datetime='{at}'>{at}</time></article>"
        for subject, name, at in (
            ("Ảnh buổi tuyên truyền Luật Nghĩa vụ quân sự", "Phạm Thu Trang", "2026-11-28T03:10Z"),
            ("Lời nhắn của bố gửi con trai", "Ẩn danh", "2026-11-29T12:30Z"),
        )
    )
    text = "".join(f"<p>{p}</p>" for p in WALL.text)
    post = (
        "<article class='post-opened'><div class='post-head'><span class='post-author'>Trần Minh"
        " Quân</span> <time datetime='2026-12-02T04:45:00Z'>5 ngày</time></div>"
        "<h2 class='post-subject'>Gặp mặt 17 tân binh trước ngày lên đường</h2>"
        "<div class='attachment'><img src='https://tep.example.com/u/88/gap-mat.jpg' alt=''></div>"
        f"<div class='post-body'>{text}</div></article>"
    )
    return (
        f"<header><h1>{WALL.title}</h1><p>Lời chúc, hình ảnh và tin tuyển quân của xã Hòa An"
        f"</p></header><main>{cards}</main>{window.format(post)}"
    )


def test_an_article_opened_in_a_modal_window_over_a_wall_is_the_page_s() -> None:
    """A wall's post opened in a modal window over the wall's cards (`<div role="dialog"
    aria-modal="true"><article>…</article></div>`) is the article at the page's address: its
    heading, poster, time, text and picture, not the wall's title, description and first
    card; the `<title>` and the description name the wall."""
    page = _wall_with_opened_post("<div class='overlay' role='dialog' aria-modal='true'>{}</div>")
    record = WALL.record(page, "<meta name='description' content='Tạo bởi Đoàn xã Hòa An'>")
    assert record["headline"] == "Gặp mặt 17 tân binh trước ngày lên đường"
    assert record["summary"] is None
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-02T11:45:00+07:00",
        "2026-12-02T04:45:00Z",
    )
    assert record["authors"] == ["Trần Minh Quân"]
    assert record["body"] == "\n\n".join(WALL.text)
    picture = {"url": "https://tep.example.com/u/88/gap-mat.jpg", "caption": None}
    assert record["images"] == [picture]


def test_a_wall_with_a_closed_window_holding_a_post_is_the_wall() -> None:
    """A `<dialog>` not opened draws nothing over the wall: the wall is the page."""
    record = WALL.record(_wall_with_opened_post("<dialog>{}</dialog>"))
    assert record["headline"] == WALL.title


def test_an_activity_entry_saying_who_made_the_item_gives_its_time_and_creator() -> None:
    """A task tracker's item lists its activity newest first: a file attached, then at the
    bottom `Phan Thị Hồng đã tạo công việc này trong nhóm Hậu cần` with its time. That entry is
    the item's creation, so its time is the publish time, though the attachment's line is
    nearer the title, and its actor is the author."""
    page = (
        f"<div class='task-view'><h2 class='task-title'>{TITLE}</h2>"
        f"<div class='task-notes'>{PARAGRAPHS}</div>"
        "<div class='files'><span class='file-name'>ban-do.pdf</span> "
        "<span class='muted'>Tải lên 02/12/2026 09:30</span></div>"
        "<div class='activity'><h3>Hoạt động</h3>"
        "<div class='event'><div class='event-text'><b>Lê Quang Vinh</b> đã đính kèm ban-do.pdf"
        "</div><p class='event-time'><a href='#e2'>02/12/2026 09:30</a></p></div>"
        "<div class='event'><div class='event-text'><b>Phan Thị Hồng</b> đã tạo công việc này"
        " trong nhóm Hậu cần</div><p class='event-time'><a href='#e1'>01/12/2026 14:05</a>"
        "</p></div></div></div>"
    )
    record = ARTICLE.record(page)
    assert (
        record["published_raw"],
        record["published_at"],
        record["byline"],
        record["authors"],
    ) == ("01/12/2026 14:05", "2026-12-01T14:05:00+07:00", "Phan Thị Hồng", ["Phan Thị Hồng"])
