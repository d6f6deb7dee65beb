"""What a browser running scripts never renders inside the text is no part of the body: a
`<canvas>`'s fallback (shown only where canvas is not supported or scripts are off, as
`<noscript>` is), beside a `<template>` and an element with the `hidden` attribute.

The pages are invented; each is read by a profile-less site (the generic extractor) and its
body must be its three paragraphs exactly.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.normalize import extract_record

NOW = datetime.fromisoformat("2026-03-08T12:00:00+07:00")
URL = "https://tinhnha.example.vn/xa-hoi/cho-que-mo-lai-sau-mua-lu-12345.html"
PARAGRAPHS = [
    "Sáng 7/3, chợ quê xã Đông Phong mở lại sau hơn một tuần ngập nước, các tiểu thương dọn"
    " dẹp hàng quán từ sớm để đón khách.",
    "Ủy ban nhân dân xã cho biết đã phun khử khuẩn toàn bộ khu chợ và sửa lại mái che bị gió"
    " cuốn, bảo đảm an toàn cho người mua bán.",
    "Nhiều người dân phấn khởi vì không còn phải đi chợ huyện cách nhà gần mười cây số.",
]
HIDDEN = {
    "template": "<template><p>Nhập đoạn mở đầu của bài viết vào đây trước khi xuất bản.</p>"
    "</template>",
    "canvas": "<canvas width='600' height='300'>Biểu đồ lượng mưa theo ngày không hiển thị"
    " được trên trình duyệt này.</canvas>",
    "hidden_paragraph": "<p hidden>Đoạn này đã được gỡ khỏi bài, chờ tòa soạn duyệt lại.</p>",
    "hidden_box": "<div hidden='hidden'><p>Bản tin cũ của phóng viên, giữ lại để đối chiếu"
    " số liệu.</p></div>",
}


def page(between: str) -> str:
    first, second, third = (f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html lang='vi'><head><meta charset='utf-8'><title>Chợ quê mở lại sau mùa lũ</title>"
        "</head><body><div class='page'><article><h1>Chợ quê mở lại sau mùa lũ</h1>"
        f"<div class='story'>{first}{between}{second}{third}</div></article></div></body></html>"
    )


@pytest.mark.parametrize("kind", list(HIDDEN))
def test_what_a_browser_never_renders_is_no_paragraph(kind: str) -> None:
    record = extract_record(page(HIDDEN[kind]), URL, NOW)
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_paragraph_beside_them_is_kept() -> None:
    shown = "<p>Chợ họp từ 5 giờ sáng đến trưa mỗi ngày.</p>"
    record = extract_record(page(shown + HIDDEN["hidden_paragraph"]), URL, NOW)
    assert record["body"] == "\n\n".join(
        [PARAGRAPHS[0], "Chợ họp từ 5 giờ sáng đến trưa mỗi ngày.", *PARAGRAPHS[1:]]
    )
