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
