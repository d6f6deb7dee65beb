"""Rules the generic extractor learnt for headlines, dates, views, bylines, categories and tags
from the fifty-second holdout set's article pages behind walls and overlays (consent walls and
banners, paywalls and login walls, subscribe and survey modals, app-install banners, push
prompts, age gates and docked video players)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://hiephoi-dulich.example.vn/tin_du_lich/20417"
TITLE = "Làng chài Cửa Vạn mở tour ngắm bình minh trên vịnh"
TEXT = (
    "Từ tháng 12, du khách có thể đi thuyền nan ra làng chài Cửa Vạn lúc 5 giờ sáng để ngắm "
    "bình minh và xem ngư dân kéo lưới.",
    "Mỗi thuyền chở tối đa bốn khách, người chèo là ngư dân địa phương đã qua lớp tập huấn "
    "cứu hộ và giới thiệu văn hóa làng chài.",
    "Ban quản lý cho biết tour sẽ được đánh giá sau ba tháng để quyết định có mở rộng hay không.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_board_module_in_xpressengine_s_widget_wrapper_is_the_article() -> None:
    """XpressEngine and Rhymix put a layout's module, a board's document with its header and
    text, in an `xe-widget-wrapper`: the word `widget` there names no box beside the article,
    whose headline, date and views are read."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<div id='container'><div class='xe-widget-wrapper'><div class='board'>"
        f"<div class='rd_hd'><h1><a href='{URL}'>{TITLE}</a></h1>"
        "<div class='btm_area'><span class='date'>2026.12.03 14:25</span>"
        "<span>Lượt xem <b>315</b></span></div></div>"
        f"<div class='rd_body'><article><div class='xe_content'>{text}</div></article></div>"
        "</div></div></div>"
    )
    record = ARTICLE.record(page)
    assert (record["headline"], record["published_raw"], record["views"]) == (
        TITLE,
        "2026.12.03 14:25",
        315,
    )


def test_a_tag_label_set_off_by_a_bullet_opens_the_tag_list() -> None:
    """A board skin prints its tag label in a box of its own with a bullet after it (`<div>TAG
    •</div><ul><li><a>…</a></li>…</ul>`): the label of the list beside it, like `Tags:`."""
    box = (
        "<div class='rd_tag'><div class='bg_f_color'>TAG •</div><ul>"
        "<li><a href='/index.php?search_target=tag&amp;search_keyword=lang+chai'>làng chài</a>"
        "<span>,</span></li>"
        "<li><a href='/index.php?search_target=tag&amp;search_keyword=binh+minh'>bình minh</a>"
        "</li></ul></div>"
    )
    assert ARTICLE.under_headline("", after_text=box)["tags"] == ["làng chài", "bình minh"]


def test_a_consent_wall_drawn_as_a_modal_window_gives_no_lead() -> None:
    """A consent wall first in the body, drawn as a modal window over the page (`<div
    role="dialog" aria-modal="true">` of Quantcast Choice, its text in a `…-summary-text` box):
    the reader closes it to read the article, so its text is no lead, whatever its class says;
    the lead is the article's bold first paragraph."""
    lead = "Làng chài Cửa Vạn đón những đoàn khách đầu tiên đi thuyền nan ngắm bình minh trên vịnh."
    wall = (
        "<div class='cmp-main' role='dialog' aria-modal='true'><h2>Chúng tôi trân trọng quyền "
        "riêng tư của bạn</h2><div class='cmp-summary-text'><p>Chúng tôi và 847 đối tác lưu trữ "
        "và truy cập thông tin trên thiết bị để cá nhân hóa quảng cáo và nội dung.</p></div>"
        "<button>Đồng ý</button></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    article = f"<h1>{TITLE}</h1><div class='noi-dung'><p><b>{lead}</b></p>{text}</div>"
    page = f"{wall}<article>{article}</article>"
    assert ARTICLE.record(page)["summary"] == lead


GROUP_URL = "https://nongdan.example.vn/blog/view/20511/kinh-nghiem-tia-canh-cam"
GROUP_TITLE = "Kinh nghiệm tỉa cành cam sau thu hoạch"
GROUP_LEAD = (
    "Tỉa cành ngay sau thu hoạch giúp cây cam hồi sức nhanh, ra lộc xuân đều và ít sâu bệnh."
)
GROUP_POST = InventedArticle(
    GROUP_URL,
    GROUP_TITLE,
    NOW,
    (
        "Vườn cam 3 ha của gia đình tôi tỉa cành hằng năm vào tuần đầu tiên sau khi hái quả.",
        "Cành già, cành sâu bệnh và cành mọc vào trong tán được cắt sát gốc bằng kéo sắc.",
    ),
)


def _group_post(imprint: str) -> dict:
    """The record of a community network's blog post whose header prints `imprint` (the
    owner, the time and the group) in a box classed as the listing's summary line."""
    text = "".join(f"<p>{p}</p>" for p in GROUP_POST.text)
    page = (
        f"<div class='elgg-main'><h1 class='elgg-heading-main'>{GROUP_TITLE}</h1>"
        f"<div class='elgg-listing-summary-subtitle elgg-subtext'>{imprint}</div>"
        f"<div class='elgg-output blog-body'><p><strong>{GROUP_LEAD}</strong></p>{text}</div></div>"
    )
    return GROUP_POST.record(page)


def test_a_summary_classed_line_holding_a_time_is_the_post_s_facts_no_lead() -> None:
    """Elgg prints a post's owner, its `<time>`, its group and its comment count in an
    `elgg-listing-summary-subtitle` box: the word `summary` there names the line of facts,
    which a lead never holds; the lead is the text's bold first paragraph."""
    imprint = (
        "<span>trong nhóm <a href='/groups/profile/31/cay-co-mui'>Cây có múi</a></span> "
        "<span><time datetime='2026-12-03T09:12:40+07:00'>3 ngày trước</time></span> "
        "<span><a href='#comments'>2 bình luận</a></span>"
    )
    assert _group_post(imprint)["summary"] == GROUP_LEAD


def test_bởi_before_a_member_s_name_is_the_byline() -> None:
    """A community product's translation prints `by` as `bởi` in front of the member's name
    (`<span>bởi <a href="/profile/…">Lò Thị Hiền</a></span>`): the writer, as `By` names one."""
    imprint = (
        "<span class='elgg-listing-owner'>bởi <a href='/profile/lothihien'>Lò Thị Hiền</a></span> "
        "<span><time datetime='2026-12-03T09:12:40+07:00'>3 ngày trước</time></span>"
    )
    record = _group_post(imprint)
    assert (record["byline"], record["authors"]) == ("Lò Thị Hiền", ["Lò Thị Hiền"])


PORTAL_URL = "https://congdong.example.vn/portal.php?mod=view&aid=2210"
PORTAL_TITLE = "Bến tàu Hòn Sơn mở thêm lối lên xuống cho khách"
PORTAL_LEAD = "Từ tuần này, bến tàu Hòn Sơn có thêm một cầu dẫn để khách lên xuống tàu nhanh hơn."
PORTAL = InventedArticle(
    PORTAL_URL,
    PORTAL_TITLE,
    NOW,
    (
        "Cầu dẫn mới dài 40 m, rộng 3 m, được làm bằng thép mạ kẽm và có lan can hai bên.",
        "Ban quản lý bến cho biết giờ cao điểm cuối tuần, khách không còn phải xếp hàng lâu.",
    ),
)


def _portal(line: str, crumbs: str = "", lead: str = "") -> dict:
    """The record of a community portal's article view with `crumbs` over it, `line` of facts
    under the headline and `lead` between that block and the text's."""
    text = "".join(f"<p>{p}</p>" for p in PORTAL.text)
    page = (
        f"<div id='pt'><div class='z'>{crumbs}</div></div><div class='bm vw'>"
        f"<div class='h hm'><h1 class='ph'>{PORTAL_TITLE}</h1><p class='xg1'>{line}</p></div>"
        f"<div class='s'>{lead}</div><div class='d'><table><tr><td id='article_content'>{text}"
        "</td></tr></table></div></div>"
    )
    return PORTAL.record(page)


def test_a_lead_opened_by_its_label_in_bold_is_the_lead_without_it() -> None:
    """A portal prints the lead between the headline's block and the text's, opened by its
    label in bold (`<div><strong>Tóm tắt</strong>: Từ tuần này, …</div>`): the words after the
    label are the lead."""
    lead = f"<div><strong>Tóm tắt</strong>: {PORTAL_LEAD}</div>"
    assert _portal("2026-12-5 08:42", lead=lead)["summary"] == PORTAL_LEAD


def test_a_fact_line_split_by_glued_bars_gives_its_view_count() -> None:
    """A portal's line of facts split by bars in spans of their own, glued to the facts
    (`2026-12-5 08:42<span class="pipe">|</span>Người đăng: …|Xem: <em>1206</em>|…`), too long
    for one fact: each part between bars is a fact, and `Xem: 1206` the views."""
    line = (
        "2026-12-5 08:42<span class='pipe'>|</span>Người đăng: <a href='home.php?uid=2'>"
        "bientap_cd</a><span class='pipe'>|</span>Tác giả: Lê Hoàng Phúc<span class='pipe'>|"
        "</span>Xem: <em id='_viewnum'>1206</em><span class='pipe'>|</span>Bình luận: <a "
        "href='portal.php?mod=comment&amp;id=2210'><em>3</em></a>"
    )
    record = _portal(line)
    assert (record["views"], record["views_raw"]) == (1206, "Xem: 1206")


def test_a_trail_whose_separators_are_elements_of_their_own_gives_the_section() -> None:
    """A trail whose separators are elements of their own between its links (`<a>…</a>
    <em>›</em> <a>…</a>`), closing with the view's label unlinked (`Xem nội dung`): the last
    link is the section."""
    crumbs = (
        "<a href='./'>Cộng đồng Hòn Sơn</a> <em>›</em> <a href='portal.php'>Cổng tin tức</a> "
        "<em>›</em> <a href='portal.php?mod=list&amp;catid=3'>Du lịch</a> <em>›</em> Xem nội dung"
    )
    assert _portal("2026-12-5 08:42", crumbs=crumbs)["category"] == "Du lịch"


def test_a_docked_player_s_play_count_over_the_headline_is_no_view_count() -> None:
    """A video player docked before the article (its clip's title, its length and `3,4K lượt
    xem` under the `<video>`) counts the clip's plays: the article prints no views."""
    player = (
        "<div id='sticky-player' class='sticky-player is-docked'><div class='sp-head'><strong>"
        "Bản tin 18h ngày 05/12/2026</strong><span>04:12</span></div><video controls "
        "preload='none'><source src='/video/ban-tin-18h.mp4' type='video/mp4'></video>"
        "<div class='sp-foot'><span class='sp-views'>3,4K lượt xem</span></div></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"{player}<article><h1>{TITLE}</h1><p class='meta'>05/12/2026 19:40</p>"
        f"<div class='post-content'>{text}</div></article>"
    )
    assert ARTICLE.record(page)["views"] is None


def test_the_readers_a_newsletter_was_sent_to_are_no_view_count() -> None:
    """A newsletter's announcement bar over the post (`Bản tin sáng nay đã gửi lúc 06:00 tới
    18.512 người đọc`) counts the readers the issue was sent to, its audience: the post prints
    no views."""
    bar = "<div class='announcement'>Bản tin sáng nay đã gửi lúc 06:00 tới 18.512 người đọc</div>"
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"{bar}<main><h1>{TITLE}</h1><div class='rendered-post'>{text}</div></main>"
    assert ARTICLE.record(page)["views"] is None


def test_a_description_opening_with_the_name_the_footer_opens_with_is_no_lead() -> None:
    """A static export's description on every page opens with the owner's name before a dash
    (`Hợp tác xã Du lịch cộng đồng bản Mòng - homestay, ẩm thực …`), the name the footer's line
    opens with (`Hợp tác xã … bản Mòng · Thành lập …`): the site's pitch, no lead; the post
    prints none."""
    head = (
        "<meta name='description' content='Hợp tác xã Du lịch cộng đồng bản Mòng - homestay, "
        "ẩm thực và trải nghiệm văn hóa Thái'>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<section><h2>{TITLE}</h2><div class='u-post-content'>{text}</div></section>"
        "<footer><p>Hợp tác xã Du lịch cộng đồng bản Mòng · Thành lập ngày 12/05/2021 · 18 hộ "
        "thành viên</p></footer>"
    )
    assert ARTICLE.record(page, head)["summary"] is None
