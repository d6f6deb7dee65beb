"""Rules the generic extractor learnt for bodies from the thirty-ninth holdout set's provincial
magazines and print editions online (literary, arts, science and propaganda magazines, the
print sections and e-papers of provincial papers)."""

from __future__ import annotations

from datetime import datetime

from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://vannghe.example.vn/sang-tac/tho/dong-song-que-me.html"
TITLE = "Dòng sông quê mẹ"
FIRST = "Mùa lũ năm ấy nước dâng đến tận bậc thềm, cả xóm chèo thuyền đi chợ huyện."
SECOND = "Bà tôi vẫn giữ chiếc nón lá cũ treo trên vách, như giữ một mùa nước đã xa."
THIRD = "Bây giờ con đê mới đắp cao, lũ về chỉ còn lấp lửng ngoài bãi ngô."

ARTICLE = InventedArticle(URL, TITLE, NOW, (FIRST, SECOND, THIRD))
STANZAS = (
    ("Sông chảy qua làng tôi", "bãi ngô xanh mướt mắt", "mẹ gánh gạo qua cầu", "nắng trên vai"),
    ("Chiều về con nước lớn", "thuyền ai neo bến cũ", "khói bếp bay lưng trời", "tiếng gà gọi xa"),
)
LINES = tuple(line for stanza in STANZAS for line in stanza)


def _verse(spacer: str = "") -> str:
    """The poem one `<p>` a line, `spacer` between its stanzas."""
    return spacer.join("".join(f"<p>{line}</p>" for line in stanza) for stanza in STANZAS)


def test_a_poem_printed_one_paragraph_a_line_is_its_lines() -> None:
    """A poem under its `<h1>`, the poet and the date line, one `<p>` a line and `&nbsp;`
    spacers between its stanzas: no line closes a sentence, yet the lines are the text, not
    the loose lines around one (the title, the poet and the date line over it are not)."""
    page = (
        f"<article><h1>{TITLE}</h1><p class='poet'>Nhà thơ Trần Văn Hòa</p>"
        "<p class='meta'>Đăng ngày 02/12/2026, 09:10</p>"
        f"<div class='poem'>{_verse('<p>&nbsp;</p>')}</div></article>"
    )
    assert ARTICLE.record(page)["body"] == "\n\n".join(LINES)


def test_a_cluster_of_poems_keeps_each_poem_s_bold_title() -> None:
    """Two poems in one post, each under its bold title paragraph: the titles are the text's
    own lines as the verse is, not headings over a loose line to pass."""
    cluster = "".join(
        f"<p><strong>{name}</strong></p>" + "".join(f"<p>{line}</p>" for line in stanza)
        for name, stanza in zip(("Sông quê", "Chiều"), STANZAS, strict=True)
    )
    page = f"<article><h2>{TITLE}</h2><div class='post_body'>{cluster}</div></article>"
    body = ARTICLE.record(page)["body"]
    assert body == "\n\n".join(("Sông quê", *STANZAS[0], "Chiều", *STANZAS[1]))


def test_a_print_line_naming_the_genre_and_a_van_nghe_magazine_is_no_text() -> None:
    """`Chùm thơ in trên Văn nghệ X số 48, ra ngày …` and `Bài in trên Văn nghệ X số 12/2026,
    trang 42-43.` closing a text: where it ran in print, a genre before the verb and a
    `Văn nghệ` magazine named, as `Bài đăng trên Báo in số …` is."""
    for note in (
        "Chùm thơ in trên Văn nghệ Bình Định số 48, ra ngày 30/11/2026.",
        "Bài in trên Văn nghệ Bình Định số 12/2026, trang 42-43.",
    ):
        text = "".join(f"<p>{p}</p>" for p in ARTICLE.text) + f"<p><em>{note}</em></p>"
        page = f"<article><h1>{TITLE}</h1><div class='body'>{text}</div></article>"
        assert ARTICLE.record(page)["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_pull_quote_closing_with_a_full_stop_its_paragraph_drops_is_no_text() -> None:
    """`<blockquote><p>“Mùa này nước về sớm, bà con mừng lắm.”</p></blockquote>` between the
    paragraphs, the text printing `“Mùa này nước về sớm, bà con mừng lắm”, ông nói.`: the same
    words, the full stop left where the sentence goes on; the reader meets them once."""
    said = "Mùa này nước về sớm, bà con mừng lắm"
    first = f"Ông Tư kéo lưới lên bờ. “{said}”, ông nói, tay vẫn gỡ cá."
    quoted = InventedArticle(URL, TITLE, NOW, (first, SECOND, THIRD))
    page = quoted.between(f"<blockquote><p>“{said}.”</p></blockquote>")
    assert quoted.record(page)["body"] == "\n\n".join((first, SECOND, THIRD))


def test_a_bio_opening_with_the_signed_name_under_the_signature_is_no_text() -> None:
    """A short story signed `<p><strong>Lê Thị Mai</strong></p>` and under it a box of one
    italic paragraph opening with the same name (`Lê Thị Mai sinh năm 1985, … Truyện in trên
    …`): the writer's bio, no line of the story; the signature names its author."""
    bio = (
        "<div class='tac-gia'><p><em>Lê Thị Mai sinh năm 1985, quê ở Tuy Phước, hiện là giáo"
        " viên, hội viên Hội Văn học Nghệ thuật tỉnh.</em></p></div>"
    )
    text = "".join(f"<p>{p}</p>" for p in ARTICLE.text)
    sign = "<p style='text-align:right'><strong>Lê Thị Mai</strong></p>"
    page = f"<article><h1>{TITLE}</h1><div class='story'>{text}{sign}{bio}</div></article>"
    record = ARTICLE.record(page)
    assert (record["body"], record["authors"]) == ("\n\n".join(ARTICLE.text), ["Lê Thị Mai"])
