"""Rules the generic extractor learnt for bodies, summaries and signatures from the
forty-seventh holdout set's notices and announcements (auctions, recruitment, tenders, public
listings, obituaries, water cuts, court summons, enrolment) on provincial papers' and public
bodies' content products."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://baotinh.example.vn/thong-bao/thong-bao-ngung-cap-dien-4127.html"
TITLE = "Thông báo ngừng cung cấp điện để bảo dưỡng đường dây"
FIRST = "Công ty Điện lực tỉnh thông báo ngừng cung cấp điện để bảo dưỡng đường dây 22 kV."
SECOND = "Thời gian ngừng cấp điện: từ 07 giờ 00 đến 16 giờ 30 ngày 12/12/2026 (thứ Bảy)."
THIRD = "Công ty thành thật xin lỗi khách hàng vì sự bất tiện này."
ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))


def _closed_by(block: str) -> dict:
    """The record of the notice whose text `block` closes."""
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    return ARTICLE.record(
        f"<article><h1>{TITLE}</h1><div class='body'>{text}{block}</div></article>"
    )


def test_a_signer_with_a_title_s_full_stop_closes_the_signature_block() -> None:
    """`KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC` / `(Đã ký)` / `BSCKII. Lê Văn Phước` in a block classed
    as the signature: the doctor's title, full stop and all, opens the signer's name; the
    signer is a line of the block, no line of the text nor its author."""
    block = (
        "<div class='signature' style='text-align:right'><p><strong>KT. GIÁM ĐỐC</strong></p>"
        "<p><strong>PHÓ GIÁM ĐỐC</strong></p><p><em>(Đã ký)</em></p>"
        "<p><strong>BSCKII. Trần Văn Khải</strong></p></div>"
    )
    record = _closed_by(block)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(ARTICLE.text),
        None,
        [],
    )


def test_a_post_in_lower_case_under_the_posts_is_a_line_of_the_signature_block() -> None:
    """An obituary's committee signs `TM. BAN TỔ CHỨC LỄ TANG` / `TRƯỞNG BAN` / `Bí thư Tỉnh ủy`
    / the chair's name: the chair's other post, spelt in lower case, is still a line of the
    block, and the name under it the signer's (no author)."""
    block = (
        "<div style='text-align:right'><p><strong>TM. BAN TỔ CHỨC LỄ TANG</strong></p>"
        "<p><strong>TRƯỞNG BAN</strong></p><p><strong>Bí thư Tỉnh ủy</strong></p>"
        "<p><strong>Hoàng Minh Đức</strong></p></div>"
    )
    record = _closed_by(block)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(ARTICLE.text),
        None,
        [],
    )


def test_a_signature_block_broken_by_line_breaks_and_the_note_under_it_are_no_text() -> None:
    """`<p><strong>TỔNG GIÁM ĐỐC</strong><br><em>(Đã ký)</em><br><strong>…</strong></p>`: the
    block typed as one paragraph, its lines broken by `<br>`s, signs the notice (no author);
    the italic note under it (`Văn bản số … đăng lại …`) is the notice's apparatus too."""
    block = (
        "<p style='text-align: right;'><strong>TỔNG GIÁM ĐỐC</strong><br><em>(Đã ký)</em><br>"
        "<strong>Phạm Quang Huy</strong></p>"
        "<p><em>Văn bản số 2215/TB-ĐL ngày 08/12/2026. UBND xã đăng lại để người dân biết.</em></p>"
    )
    record = _closed_by(block)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(ARTICLE.text),
        None,
        [],
    )


def test_a_judge_s_post_over_her_name_after_a_line_break_signs_the_summons() -> None:
    """A court's summons closes with `<strong>THẨM PHÁN</strong><br><strong>…</strong>`: the
    judge's post in capitals over her name, a signature with no `(Đã ký)`, names the notice's
    signer, no author."""
    block = (
        "<p style='text-align:right'><strong>THẨM PHÁN</strong><br>"
        "<strong>Lê Thị Ngọc Hà</strong></p>"
    )
    record = _closed_by(block)
    assert (record["body"], record["byline"], record["authors"]) == (
        "\n\n".join(ARTICLE.text),
        None,
        [],
    )


def test_a_writer_under_a_line_in_capitals_after_a_line_break_stays_the_author() -> None:
    """`<strong>NHÓM PHÓNG VIÊN</strong><br><strong>Minh Tâm</strong>`: the line in capitals
    names no post, so the name under it is the writer's, as a byline closing the text."""
    block = "<p style='text-align:right'><strong>BÁO TỈNH</strong><br><strong>Minh Tâm</strong></p>"
    assert _closed_by(block)["authors"] == ["Minh Tâm"]


DESCRIBED_URL = "https://congthongtin.example.vn/thong-bao/dau-gia-quyen-su-dung-dat-512.html"
DESCRIBED_TITLE = "Thông báo đấu giá quyền sử dụng đất tại xã Tân Phú"
DESCRIBED_TEXT = (
    "Trung tâm Phát triển quỹ đất huyện thông báo tổ chức đấu giá quyền sử dụng đất đối với 9 "
    "lô đất ở tại khu dân cư Bàu Sen, xã Tân Phú, theo Quyết định số 512/QĐ-UBND.",
    "Người tham gia đấu giá nộp hồ sơ từ ngày 10/12/2026 đến 17 giờ 00 ngày 24/12/2026.",
    "Cuộc đấu giá tổ chức lúc 08 giờ 30 ngày 28/12/2026 tại hội trường UBND xã Tân Phú.",
)
DESCRIBED = InventedArticle(DESCRIBED_URL, DESCRIBED_TITLE, NOW, DESCRIBED_TEXT)


def _described(description: str) -> dict:
    """The record of the notice with `description` as its description, printed nowhere."""
    head = f"<meta name='description' content='{description}'>"
    text = "".join(f"<p>{p}</p>" for p in DESCRIBED_TEXT)
    page = f"<article><h1>{DESCRIBED_TITLE}</h1><div class='body'>{text}</div></article>"
    return DESCRIBED.record(page, head)


def test_a_description_abridging_the_text_s_opening_sentence_is_no_lead() -> None:
    """A description printed nowhere that opens with the text's own first words and says
    nothing the headline and the text do not (`Trung tâm … thông báo đấu giá 9 lô đất ở tại xã
    Tân Phú.`): the opening sentence shortened for search engines; the page prints no lead, and
    the first paragraph stays the text's."""
    record = _described(
        "Trung tâm Phát triển quỹ đất huyện thông báo đấu giá 9 lô đất ở tại xã Tân Phú."
    )
    assert (record["summary"], record["body"]) == (None, "\n\n".join(DESCRIBED_TEXT))


def test_a_description_abridging_the_opening_after_its_subject_is_no_lead() -> None:
    """The description opens with words the first paragraph holds after its subject (`Tổ chức
    đấu giá quyền sử dụng đất đối với 9 lô đất …` from `Trung tâm … thông báo tổ chức đấu giá
    …`): the same abridgement, no lead."""
    record = _described("Tổ chức đấu giá quyền sử dụng đất đối với 9 lô đất ở tại xã Tân Phú.")
    assert record["summary"] is None


def test_a_description_saying_more_than_the_text_stays_the_lead() -> None:
    """A description that opens as the text does but tells what the text does not (`… nhằm
    tạo nguồn vốn xây trường học`) is a lead written for the page, printed nowhere else."""
    description = (
        "Trung tâm Phát triển quỹ đất huyện thông báo đấu giá 9 lô đất nhằm tạo nguồn vốn xây "
        "trường học."
    )
    assert _described(description)["summary"] == description
