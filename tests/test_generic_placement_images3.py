"""Rules the generic extractor learnt from the third blind table of pictures
(`tests/fixtures/placements/images3.json`): which pictures are the article's, with which
caption, and a body with no slider furniture in it, on invented pages of their own."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2025-12-05T08:00:00+07:00")
URL = "https://baohonsuoi.example.vn/van-hoa/le-hoi-dua-thuyen-a8841.html"
TITLE = "Lễ hội đua thuyền trên sông Hòn Suối"
FIRST = (
    "Sáng chủ nhật, mười hai đội thuyền của các xã ven sông đã tranh tài trước hàng nghìn người."
)
SECOND = "Đội thuyền xã Tân Mỹ về nhất sau ba vòng đua dài gần hai cây số."
THIRD = "Ban tổ chức cho biết lễ hội sẽ được tổ chức hằng năm vào dịp cuối thu."
PICTURE = "https://baohonsuoi.example.vn/media/2025/12/dua-thuyen-1.jpg"
CAPTION = "Các tay chèo đội Tân Mỹ về đích."


def record(text: str, before: str = "") -> dict:
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><main>"
        f"<article>{before}<h1>{TITLE}</h1><div class='noi-dung'><p>{FIRST}</p>{text}"
        f"<p>{SECOND}</p><p>{THIRD}</p></div></article></main></body></html>"
    )
    return extract_record(page, URL, NOW)


def test_a_credit_block_after_the_figcaption_joins_it() -> None:
    """A Tailwind figure prints the photographer in a block of its own after its caption: the
    credit is the caption's, as when printed in it."""
    figure = (
        f"<figure class='my-6'><img class='w-full' src='{PICTURE}'>"
        f"<figcaption class='text-sm italic'>{CAPTION}</figcaption>"
        "<div class='text-xs text-right'>Ảnh: Hải Âu</div></figure>"
    )
    got = record(figure)
    assert got["images"] == [{"url": PICTURE, "caption": f"{CAPTION} Ảnh: Hải Âu"}]
    assert got["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_block_after_the_figcaption_that_is_no_credit_stays_text() -> None:
    figure = (
        f"<figure><img src='{PICTURE}'><figcaption>{CAPTION}</figcaption>"
        "<div>Đội Tân Mỹ lần thứ ba liên tiếp về nhất.</div></figure>"
    )
    assert record(figure)["images"] == [{"url": PICTURE, "caption": CAPTION}]


def test_a_featured_image_block_right_above_the_headline_is_the_cover() -> None:
    """WordPress themes print the featured image in a block classed as such over the `<h1>`:
    the article's cover, uncaptioned."""
    cover = "https://baohonsuoi.example.vn/media/2025/12/dua-thuyen-cover.jpg"
    before = f"<div class='featured-image'><img src='{cover}' width='1200' height='675'></div>"
    got = record("", before)
    assert got["images"] == [{"url": cover, "caption": None}]


def slider(counter: str) -> str:
    slides = "".join(
        f"<div class='slide'><img src='https://baohonsuoi.example.vn/media/2025/12/s{n}.jpg'>"
        f"<div class='slide-caption'>Chặng đua thứ {n}.</div></div>"
        for n in (1, 2, 3)
    )
    return f"<div class='slider'><div class='slides'>{slides}</div>{counter}</div>"


def test_a_sliders_counter_in_a_span_is_no_text() -> None:
    """`1/3` under a slider's pictures says which slide is shown: no line of the text."""
    got = record(slider("<span class='counter'>1/3</span>"))
    assert got["body"] == "\n\n".join((FIRST, SECOND, THIRD))
    assert [image["caption"] for image in got["images"]] == [
        "Chặng đua thứ 1.",
        "Chặng đua thứ 2.",
        "Chặng đua thứ 3.",
    ]


def test_a_sliders_counter_in_a_block_is_no_text() -> None:
    got = record(slider("<div class='so-anh'>1 / 3</div>"))
    assert got["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_a_fraction_in_the_text_without_pictures_stays() -> None:
    got = record("<div>2/3</div>")
    assert got["body"] == "\n\n".join((FIRST, "2/3", SECOND, THIRD))


def test_an_italic_line_glued_by_a_break_to_the_next_paragraph_is_the_caption() -> None:
    """An editor types the caption under the picture and the next paragraph after a line break
    in the same `<p>`: the italic line is the picture's caption, the rest a paragraph."""
    text = f"<p><img src='{PICTURE}'></p><p><em>{CAPTION}</em><br>{SECOND}</p>"
    page = (
        f"<html lang='vi'><head><title>{TITLE}</title></head><body><main><article>"
        f"<h1>{TITLE}</h1><div class='noi-dung'><p>{FIRST}</p>{text}<p>{THIRD}</p></div>"
        "</article></main></body></html>"
    )
    got = extract_record(page, URL, NOW)
    assert got["images"] == [{"url": PICTURE, "caption": CAPTION}]
    assert got["body"] == "\n\n".join((FIRST, SECOND, THIRD))


def test_an_italic_opening_with_no_picture_before_stays_in_its_paragraph() -> None:
    got = record(f"<p><em>Tin từ Tân Mỹ.</em><br>{SECOND}</p>")
    assert got["body"] == "\n\n".join((FIRST, f"Tin từ Tân Mỹ. {SECOND}", SECOND, THIRD))
