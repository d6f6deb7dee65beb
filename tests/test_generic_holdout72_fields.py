"""Rules the generic extractor learnt for dates, bylines and pictures from the seventy-second
holdout set's charity and volunteering pages on site builders, note editors, help desks, e-mail
blogs, forums and document suites."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-07T10:00:00+07:00")
URL = "https://nhomthientam.example.vn/blog/trao-nha-tinh-thuong-cho-ho-ngheo"
TITLE = "Trao 6 căn nhà tình thương cho hộ nghèo trước mùa mưa"
TEXT = (
    "Sáng 30/11/2026, nhóm Thiện Tâm bàn giao 6 căn nhà, mỗi căn rộng 42 m², cho hộ nghèo.",
    "Mỗi căn có tổng kinh phí 85 triệu đồng, trong đó nhóm vận động 70 triệu đồng.",
    "Năm 2027, nhóm dự kiến xây thêm 10 căn ở hai xã miền núi của huyện.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_note_s_last_change_label_names_the_update() -> None:
    """A note editor's info bar prints `Xuất bản 01/12/2026 08:30 · Thay đổi lần cuối
    05/12/2026 21:14 bởi <account>`, each label in a span of its own: the first is the publish
    time, the second the update."""
    bar = (
        "<div class='infobar'><span>Xuất bản</span> <span class='published'>01/12/2026 08:30"
        "</span> <span>·</span> <span>Thay đổi lần cuối</span> <span class='lastchange'>"
        "05/12/2026 21:14</span> <span>bởi</span> <span>ketoan_nhom</span></div>"
    )
    page = f"{bar}<div id='doc'><h1>{TITLE}</h1>{PARAGRAPHS}</div>"
    record = ARTICLE.record(page)
    assert (record["published_raw"], record["published_at"], record["modified_at"]) == (
        "01/12/2026 08:30",
        "2026-12-01T08:30:00+07:00",
        "2026-12-05T21:14:00+07:00",
    )


def test_a_label_classed_in_capitals_is_no_part_of_the_printed_day() -> None:
    """A help desk's `<span class="Label">Created:</span> <span>Dec 1, 2026</span> |
    <span class="Label">Last update:</span> …`: the class word in capitals is a label's as in
    lower case, and the day's value is the printed line."""
    info = (
        "<div class='ArticleInfo'><span class='Label'>Created:</span> <span class='Created'>"
        "Dec 1, 2026</span> <span class='Separator'>|</span> <span class='Label'>Last update:"
        "</span> <span class='Updated'>Dec 4, 2026 10:20 AM</span></div>"
    )
    record = ARTICLE.under_headline(info)
    assert (record["published_raw"], record["published_at"], record["modified_at"]) == (
        "Dec 1, 2026",
        "2026-12-01T00:00:00+07:00",
        "2026-12-04T10:20:00+07:00",
    )


def test_a_writer_s_label_and_linked_name_before_the_day_are_no_part_of_it() -> None:
    """A site builder's `By <a>Phan Gia Hưng</a> Dec 1, 2026 4 min read` in one meta line: the
    writer is another item of the line, the day alone the printed date."""
    meta = (
        "<div class='post-meta'><span class='author-name'>By <a href='/blog/author/tran-an'>"
        "Trần Văn An</a></span> <span class='post-date'>Dec 1, 2026</span> <span class="
        "'read-time'>4 min read</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_raw"], record["published_at"]) == (
        "Dec 1, 2026",
        "2026-12-01T00:00:00+07:00",
    )


def test_a_forum_posting_s_json_ld_names_its_poster() -> None:
    """A forum's topic declares itself a `DiscussionForumPosting` with its poster as the
    `author` (a `Person`), the page printing the name only in the post's profile column: the
    poster is the author, as an article's JSON-LD author is."""
    ld = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
        '"DiscussionForumPosting", "headline": "' + TITLE + '", "author": {"@type": '
        '"Person", "name": "Lò Văn Sinh"}}</script>'
    )
    post = (
        "<div class='kmsg'><div class='kprofile-left'><ul><li class='kpost-username'>"
        "<a href='/forum/user/17'>Lò Văn Sinh</a></li><li class='kpost-userrank'>Thành viên"
        f"</li></ul></div><div class='kmsgbody'><div class='kmsgtext'>{PARAGRAPHS}</div></div>"
        "</div>"
    )
    record = ARTICLE.record(f"<h1>{TITLE}</h1>{post}", head=ld)
    assert (record["byline"], record["authors"]) == ("Lò Văn Sinh", ["Lò Văn Sinh"])


def test_a_document_s_owner_by_the_headline_is_its_writer() -> None:
    """A document suite prints `Chủ sở hữu: <span>Vũ Khánh Ly</span>` under the title, no
    other writer: the person keeping the document wrote it."""
    meta = (
        "<div class='doc-meta'><span class='doc-owner'>Chủ sở hữu: <span class='owner-name'>"
        "Vũ Khánh Ly</span></span> <span>Sửa đổi lần cuối: 05/12/2026 lúc 16:47</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == ("Vũ Khánh Ly", ["Vũ Khánh Ly"])


def test_a_document_s_owner_that_is_an_account_names_nobody() -> None:
    """`Chủ sở hữu: <span>ketoan_nhom</span>`: a login keeps the document, no person."""
    meta = "<div class='doc-meta'>Chủ sở hữu: <span>ketoan_nhom</span></div>"
    record = ARTICLE.under_headline(meta)
    assert (record["byline"], record["authors"]) == (None, [])


def test_the_name_in_the_header_s_link_to_the_blog_s_home_is_its_writer() -> None:
    """An e-mail blog's header links to the blog's home, the first folder of the post's
    address, with the writer's avatar and name (`<a href="…/thanh.nhan"><img alt="Nguyễn
    Thành Nhân"> <span>Nguyễn Thành Nhân</span></a>`): the blog's one writer wrote the post."""
    blog = InventedArticle("https://thu.example.vn/thanh.nhan/com-0-dong-4a1c", TITLE, NOW, TEXT)
    header = (
        "<header><a href='https://thu.example.vn/thanh.nhan'><img src='/a.png' alt='Nguyễn "
        "Thành Nhân'> <span>Nguyễn Thành Nhân</span></a></header>"
    )
    article = f"<article><h1>{TITLE}</h1><div class='trix'>{PARAGRAPHS}</div></article>"
    page = f"{header}<main>{article}</main>"
    record = blog.record(page)
    assert (record["byline"], record["authors"]) == ("Nguyễn Thành Nhân", ["Nguyễn Thành Nhân"])


def test_a_quotation_opening_with_a_note_s_label_under_the_headline_is_no_lead() -> None:
    """A published note's `<blockquote><p><strong>Ghi chú:</strong> Số liệu cập nhật đến …
    </p></blockquote>` between its `<h1>` and its first paragraph: a note on the figures set
    apart, neither the lead (a quotation there without the label is one) nor the text."""
    note = (
        "Số liệu cập nhật đến 17:00 ngày 04/12/2026; bản kê đợt sau sẽ đăng trước ngày"
        " 31/12/2026 trên trang này."
    )
    page = (
        f"<div class='markdown-body'><h1>{TITLE}</h1><blockquote><p><strong>Ghi chú:</strong>"
        f" {note}</p></blockquote>{PARAGRAPHS}</div>"
    )
    record = ARTICLE.record(page)
    assert (record["summary"], record["body"]) == (None, "\n\n".join(TEXT))
    unlabelled = page.replace("<strong>Ghi chú:</strong> ", "")
    assert ARTICLE.record(unlabelled)["summary"] == note
