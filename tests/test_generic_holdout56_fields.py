"""Rules the generic extractor learnt for dates, bylines, leads and tags from the fifty-sixth
holdout set's health pages on blogs, newsletters, help centres, podcasts and wikis."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://ttytvinhhung.example.vn/tin-tuc/cum-mua-dong-2026.html"
TITLE = "Cúm mùa tăng nhẹ, trung tâm y tế khuyến cáo tiêm vắc xin cho người cao tuổi"
TEXT = (
    "Từ đầu tháng 11, các trạm y tế ghi nhận 214 ca có biểu hiện cúm, tăng 18% so với tháng trước.",
    "Người trên 65 tuổi và người có bệnh nền nên tiêm vắc xin cúm mỗi năm một lần trước mùa lạnh.",
    "Khi sốt cao kéo dài hoặc khó thở, người bệnh cần đến cơ sở y tế gần nhất để khám kịp thời.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_nguoi_soan_labels_the_writer_of_a_portal_page() -> None:
    """`Người soạn: <strong>ThS. Lý Văn Hùng</strong>, Trưởng phòng …` under the text of a
    wiki's page: the one who drew the page up, as `Người biên soạn:` is; the label no part of
    the name, the post after the comma none either."""
    line = (
        "<p style='text-align:right'>Người soạn: <strong>ThS. Lý Văn Hùng</strong>,"
        " Trưởng phòng Kế hoạch - Nghiệp vụ</p>"
    )
    record = ARTICLE.under_headline("", after_text=line)
    assert (record["byline"], record["authors"]) == ("ThS. Lý Văn Hùng", ["Lý Văn Hùng"])


def test_a_tags_line_ends_at_the_break_before_the_next_label() -> None:
    """A blog engine's post footer types its fields as lines (`Thẻ: <a>…</a>, <a>…</a><br>
    Chuyên mục: <a>…</a><br>Thao tác: <a>E-mail</a> | …`): the tags are the links of the
    `Thẻ:` line, the lines after it other fields."""
    footer = (
        "<div class='postfooter'>Thẻ: <a href='/?tag=cum' rel='tag'>cúm</a>,"
        " <a href='/?tag=vac+xin' rel='tag'>vắc xin</a><br>"
        "Chuyên mục: <a href='/category/Tin-tuc.aspx'>Tin tức</a><br>"
        "Thao tác: <a href='mailto:?subject=cum'>E-mail</a> |"
        " <a href='/post/cum-mua-dong-2026.aspx'>Liên kết</a></div>"
    )
    assert ARTICLE.under_headline("", after_text=footer)["tags"] == ["cúm", "vắc xin"]


def test_a_quotation_after_the_text_s_first_paragraph_is_no_lead() -> None:
    """A personal blog closes the post with a note in a `<blockquote>` under an `<hr>`: set
    apart after the text, not under the headline before it, so no lead."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    note = (
        "<hr><blockquote><p>Bạn đọc gửi câu hỏi qua email hoidap@example.vn, tôi trả lời vào"
        " thứ Tư hằng tuần; trường hợp cấp cứu vui lòng gọi ngay 115.</p></blockquote>"
    )
    page = f"<main><content><h1>{TITLE}</h1><p><i>02/12/2026</i></p>{text}{note}</content></main>"
    assert ARTICLE.record(page)["summary"] is None


QA_URL = "https://bsthao.example.vn/hoi-dap-tre-sot-cao/"
QA_TITLE = "Hỏi đáp: Trẻ sốt cao co giật, cha mẹ cần làm gì?"
QA = InventedArticle(
    QA_URL,
    QA_TITLE,
    NOW,
    (
        "Hỏi: Con tôi 2 tuổi, hôm qua sốt 39 độ C rồi co giật khoảng một phút, tay chân cứng"
        " lại. Xin bác sĩ cho biết cháu có bị động kinh về sau không?",
        "Trả lời: Sốt cao co giật thường gặp ở trẻ từ 6 tháng đến 5 tuổi, phần lớn là co giật"
        " đơn thuần và không để lại di chứng.",
        "Khi trẻ co giật, cha mẹ đặt trẻ nằm nghiêng, không cạy miệng và theo dõi thời gian cơn.",
    ),
)


def test_a_description_cut_after_the_question_s_label_is_no_lead() -> None:
    """A Q&A post whose text opens `Hỏi: Con tôi …`, under its headline typed into the same
    box, described as `Con tôi …` cut with an ellipsis: the platform's excerpt of the text
    after its label, no lead."""
    text = "".join(f"<p>{p}</p>" for p in QA.text)
    described = "<meta name='description' content='Con tôi 2 tuổi, hôm qua sốt 39 độ C rồi co giật khoảng một phút...'>"  # noqa: E501
    page = f"<main><content><h1>{QA_TITLE}</h1>{text}</content></main>"
    assert QA.record(page, head=described)["summary"] is None


def test_a_name_in_bold_over_the_signer_s_hospital_signs_the_text() -> None:
    """`<p><strong>BS.CKII Lê Phương Thảo</strong><br>Khoa Nhi, Bệnh viện …</p>` closing the
    text, not set right: a doctor signing with her department and hospital on the next line;
    the line under the name no part of it."""
    signature = (
        "<p><strong>BS.CKII Lê Phương Thảo</strong><br>"
        "<em>Khoa Nhi, Bệnh viện Đa khoa khu vực Vĩnh Hưng</em></p>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = f"<article><h1>{TITLE}</h1><div class='noi-dung'>{text}{signature}</div></article>"
    record = ARTICLE.record(page)
    assert (record["byline"], record["authors"]) == (
        "BS.CKII Lê Phương Thảo",
        ["Lê Phương Thảo"],
    )
    assert record["body"] == "\n\n".join(TEXT)


def test_a_summary_box_s_bold_label_is_no_part_of_the_lead() -> None:
    """`<div class="summary"><strong>Tóm tắt:</strong> (CMO) - Sáng 5/12, …</div>`: the label
    with its colon inside the bold and the paper's stamp after it are no words of the lead."""
    box = (
        "<div class='summary'><strong>Tóm tắt:</strong> (TTYT) - Sáng 5/12, trung tâm y tế"
        " khuyến cáo người cao tuổi tiêm vắc xin cúm trước khi trời trở lạnh.</div>"
    )
    assert ARTICLE.under_headline(box)["summary"] == (
        "Sáng 5/12, trung tâm y tế khuyến cáo người cao tuổi tiêm vắc xin cúm trước khi trời"
        " trở lạnh."
    )


def test_a_relative_time_element_is_read_as_a_time() -> None:
    """Castopod's `<relative-time datetime="2026-12-04T00:30:00+00:00">4 thg 12, 2026
    </relative-time>` (GitHub's custom element, its script rewriting the words): the day
    printed, the minute from its `datetime`, as a `<time>`'s."""
    line = (
        "<div class='meta'><relative-time datetime='2026-12-04T00:30:00+00:00'>4 thg 12, 2026"
        "</relative-time></div>"
    )
    record = ARTICLE.under_headline(line)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T07:30:00+07:00",
        "2026-12-04T00:30:00+00:00",
    )


PODCAST_URL = "https://podcast.example.vn/@songkhoe/episodes/tap-52-phong-dot-quy"
PODCAST_TITLE = "Tập 52: Phòng đột quỵ khi trời rét đậm"
PODCAST = InventedArticle(PODCAST_URL, PODCAST_TITLE, NOW, TEXT)


def test_a_show_s_handle_and_its_episodes_name_no_writer() -> None:
    """A podcast host links the show at `/@songkhoe` under the name its feed is titled with,
    and the other episodes at `/@songkhoe/episodes/…`: the show and its pages, no writers."""
    feed = (
        "<link rel='alternate' type='application/rss+xml' title='Sống khỏe mỗi ngày'"
        " href='https://podcast.example.vn/@songkhoe/feed.xml'>"
    )
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        "<header><div><a href='/@songkhoe'>Sống khỏe mỗi ngày</a> <span>312 người theo dõi"
        f"</span></div><h1>{PODCAST_TITLE}</h1></header><main><div class='content'>{text}"
        "</div><ul><li><a href='/@songkhoe/episodes/tap-51-viem-phoi'>Tập 51: Viêm phổi ở trẻ"
        " nhỏ mùa lạnh</a></li><li><a href='/@songkhoe/episodes/tap-50-suoi-am'>Tập 50: An toàn"
        " khi sưởi ấm bằng than</a></li></ul></main>"
    )
    record = PODCAST.record(page, head=feed)
    assert (record["byline"], record["authors"]) == (None, [])
