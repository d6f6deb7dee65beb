"""Bylines: people and source credits out of strings like `Bài và ảnh: Minh Hằng` or
`Tất Đạt (Theo TTXVN)`.

Names are kept as printed (`MINH ANH` stays in capitals, `P.Y` is a pen name); role prefixes,
source credits and `(tổng hợp)` are taken out. Newsroom markers such as `PV` or `Nhóm phóng
viên`, and notes in brackets after a name (`Hoàng Quỳnh (CTV)`), stay in the display as printed
but never become a person; outlets become `source`, never people.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import takewhile
from typing import NamedTuple

from parsers import papers, patterns
from parsers.vietnamese.text import (
    BLANK_LOOKALIKES,
    TAG_CHARS,
    clean_text,
    collapse,
    fold,
    unescape,
)


class Byline(NamedTuple):
    """A cleaned byline: `display` as printed, the people in it, and the credited source."""

    display: str | None
    people: tuple[str, ...]
    source: str | None


# All patterns run on a folded copy (`fold`), whose indexes match the cleaned text.
# A writer's label: `Bài/ảnh:`, `Bài, clip:`, `Nội dung, ảnh:` and the pictures first (`Ảnh,
# bài:`) name a writer who also took the pictures (or drew the graphics: `Bài và đồ họa:`); a
# translator (`Lược dịch:`), a compiler (`Tổng hợp:`, a bulletin's `Biên soạn:`) and a writer of
# notes (`Ghi chép:`) wrote the text printed; `Video:` and `Ảnh,
# video:` alone name the maker of a video page. Before a colon the words may be joined by `+` or
# `-` too and name more media (`Bài + ảnh:`, `Bài viết và ảnh:`, `Bài, ảnh và video:`), a
# genre names its writer (`Phóng sự:`, `Bút ký:`, `Tản văn:`), and so do `Tin, bài:` and a
# group's `Nhóm tác giả:` before the names; a theme's German `Autor:` left untranslated names the
# writer too, as do a school page's `Người viết bài:` and a bulletin's `Người thực hiện bản tin:`.
_ROLE = patterns.compile(
    r"(?:(?:bai(?:\s*viet)?|tin|noi\s*dung)(?:\s*(?:va|,|&|/|\+|-)\s*(?:(?:hinh\s*)?anh|clip|video|do\s*hoa|thiet\s*ke|infographics?))+\s*(?=:)"
    r"|anh\s*(?:\+|-)\s*(?:bai|tin)\s*(?=:)"
    r"|(?:bai|tin|noi\s*dung)\s*(?:va|,|&|/)?\s*(?:anh|clip|video)|bai\s*&\s*anh"
    r"|anh\s*(?:va|,|&|/)\s*(?:bai(?:\s*viet)?|tin)|tin\s*(?:va|,|&|/|-)\s*bai\s*(?=:)"
    r"|(?:bai(?:\s*viet)?|tin|anh|tac\s*gia(?:\s*bai\s*viet)?|dich\s*gia|thuc\s*hien"
    r"|nhom\s*(?:thuc\s*hien|pv|phong\s*vien|tac\s*gia)"
    r"|noi\s*dung"
    r"|(?:anh\s*(?:,|va|&|/|-)\s*)?(?:video|clip)(?:\s*(?:,|va|&|/|-)\s*anh)?|phong\s*vien|pv|nguoi\s*viet(?:\s*bai)?|nguoi\s*dang|tong\s*hop|(?:nguoi\s*|luoc\s*|bien\s*)?dich"
    r"|but\s*danh|nguoi\s*thuc\s*hien(?:\s*ban\s*tin)?|ghi\s*chep|bien\s*soan|phong\s*su|but\s*ky|tuy\s*but|tan\s*van"
    # a script's writer, also its presenter's, its commentary's or its staging's (`Kịch bản &
    # dẫn:`, `Kịch bản và lời bình:`, `Kịch bản và dàn dựng:`), a screenwriter (`Biên kịch:`), a
    # ghost writer (`Chấp bút:`, `Người chấp bút:`), a reporter's record (`Ghi nhận:`, quick
    # notes' `Ghi nhanh:`) and an investigation's (`Điều tra:`)
    r"|kich\s*ban(?:\s*(?:&|va|,|/)\s*(?:dan(?:\s*dung)?|loi\s*binh))?|bien\s*kich|(?:nguoi\s*)?chap\s*but"
    r"|ghi\s*nhanh?|dieu\s*tra"
    # … a film's commentary (`Lời bình:`) and a video's writer who cut it too (`Viết và dựng:`)
    r"|loi\s*binh|viet\s*(?:va|&|,)\s*dung"
    # … and a literary page's genres (`Truyện ngắn:`, `Truyện ký:`, `Thơ:`, `Ký sự:`, `Tạp bút:`,
    # `Tiểu phẩm:`)
    r"|truyen(?:\s*(?:ngan|ky))?|tho|ky\s*su|tap\s*but|tieu\s*pham"
    # a photo story's maker (`Phóng sự ảnh:`), the words beside a photographer's pictures
    # (`Ảnh: X; Lời: Y`) and a team of reporters (`Tổ phóng viên:`) name the writers too
    r"|phong\s*su\s*anh|loi|to\s*phong\s*vien"
    # a portal's fields (`Người cập nhật:`, `Người biên soạn:`, `Người soạn:`, `Tin bài:`,
    # `Người gửi:`, a signer's `Người ký:`, `Cộng tác viên:`), a meeting's notes taker's `Người
    # ghi:`, a reprint's `Bài gốc:`, and the writer's work named otherwise (`Lược thuật:`, a live
    # report's `Tường thuật:`, an interviewer's `Phỏng vấn:`, who wrote it up too: `Phỏng vấn và
    # ghi:`, `Chuyển ngữ:`, `Biên dịch và tổng hợp:`, `Dịch và giới thiệu:`, `Tuyển chọn và giới
    # thiệu:`)
    r"|nguoi\s*(?:cap\s*nhat|(?:bien\s*)?soan|gui|ky|ghi)|tin\s*bai|cong\s*tac\s*vien|bai\s*goc"
    r"|(?:luoc|tuong)\s*thuat|phong\s*van(?:\s*va\s*ghi)?|chuyen\s*ngu|(?:(?:bien\s*)?dich|tuyen\s*chon)\s*va\s*(?:tong\s*hop|gioi\s*thieu)"
    # a resident correspondent's label with the place posted to (`Phóng viên thường trú tại Đắk
    # Lắk:`, `PV thường trú:`)
    r"|(?:phong\s*vien|pv)\s+thuong\s*tru(?:\s+(?:tai|o)\s+[^:|;,()]{1,40}?)?"
    # a course lesson's writer, its instructor (`Giảng viên: ThS. …`)
    r"|giang\s*vien"
    # … and a collector's who names herself (`Sưu tầm: Hoài Thu`; alone, `Sưu tầm` names nobody)
    r"|suu\s*tam|autor(?:in)?)\s*(?=:))"
    r"\s*:?\s*"
)
# A source's label: `Nguồn:`, `Nguồn tin:`, `Nguồn số liệu:` (of the figures), `Trích nguồn:`
# (quoted from), and a reprint's or a
# collector's `Đăng lại từ`, `Trích (đăng) từ`, `Sưu tầm từ` (reprinted, quoted, collected from).
_SOURCE_LABEL = patterns.compile(
    r"(?:^|(?<=[\s(|\-–—.,;]))(?:(?:trich\s*)?nguon(?:\s*tin|\s*bai|\s*so\s*lieu)?\s*:"
    r"|(?:dang\s*lai|trich(?:\s*dang)?|suu\s*tam)\s+tu(?![a-z]))\s*"
    # … and `Theo` in a field of its own after a bar (`Thu Hoài | Theo Kinh tế & Đô thị`): the
    # outlet's whole name, `&` or `và` in it
    r"|(?<=\|)\s*theo\s+"
)
# The next field after a source (`Nguồn: Báo Thái Bình - Bài: Trần Thu`, `Nguồn: X | Tác giả:
# Y`): a separator, then up to four words and a colon; the source ends before it (folded).
_NEXT_FIELD = patterns.compile(r"\s*[|,;–—-]\s*(?=[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:)")
# The language a text was translated from (`dịch từ tiếng Anh`), folded: no outlet credited.
_LANGUAGE = patterns.compile(
    r"(?:nguyen\s*ban\s*)?tieng\s+(?:anh|phap|duc|nga|trung(?:\s*quoc)?|nhat|han|y|tay\s*ban\s*nha"
    r"|bo\s*dao\s*nha|lao|thai|hoa|a\s*rap|khmer)"
)
# … named in brackets after the translator (`(từ bản tiếng Pháp)`, `(dịch từ tiếng Nga)`): who the
# text was translated from, no part of the byline.
_FROM_LANGUAGE = patterns.compile(r"(?:dich\s*)?tu\s*(?:ban\s*)?" + _LANGUAGE.pattern)
_THEO = patterns.compile(r"theo(?:\s*:\s*|\s+)")  # `Theo TTXVN`, `(Theo: VnExpress)`
# An outlet credited with its writer in brackets (`Theo Báo Lâm Đồng (Hữu Phước)`), the brackets
# left when they hold no outlet (folded).
_THEO_OUTLET_WRITER = patterns.compile(r"theo\s+([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*$")
# A source line an office compiled the text from, a field of its own (`Theo Drewry, Hiệp hội
# Logistics tổng hợp` beside the desk signing): what follows `Theo` is a source, whatever its name
# (folded).
_THEO_COMPILED_BY = patterns.compile(
    r"(?:^|(?<=\s[-–—]\s))theo\s+([^,;|()]+?)\s*,\s*([^,;|()]+?)\s+(?:tong\s*hop|t\s*/\s*h)"
    r"\s*\.?\s*(?=$|[-–—]\s)"
)
_URL = patterns.compile(r"https?://\S+")
_PAREN = patterns.compile(r"\(([^()]*)\)")
# A nickname in brackets after a name: quoted (`("An Gió")`), after `tức` or `thường gọi là`,
# or the pen name explained (`(bút danh của nhà báo …)`) (folded): who the person is, no part
# of the byline.
_NICKNAME = patterns.compile(
    r"[\"“”«‘’]|(?:tuc|(?:thuong|hay)\s*goi(?:\s*la)?|biet\s*danh|but\s*danh)\s*[\s:]"
)
# A bracketed note closing a name: `(CTV)`, `[CTV]`.
_NOTE = patterns.compile(r"\s*(\([^()]*\)|\[[^\[\]]*\])[\s.,;]*$")
# A compilation credit after the names (`tổng hợp`, `t/h` in short, `sưu tầm`, `ST`): a word of
# its own (`Minh Hà - ST`), not the end of a name (`Ernst Horst`).
_COMPILATION = patterns.compile(r"(?:^|[\s\-–—,(]+)(?:tong\s*hop|t\s*/\s*h|suu\s*tam|st)[\s.)]*$")
# A division named for the work it does, `tổng hợp` the last word of its name (`Phòng Thống kê
# tổng hợp`, `Phòng Hành chính tổng hợp`), not a compilation credit after it: no mark between.
_DIVISION_NAMED = patterns.compile(r"phong(?:\s+[^\W\d_]+)*\s+tong\s*hop\s*$")
# A role in brackets after the names: `Thu Hà - Minh Anh (thực hiện)`, `Minh Anh (ghi)`, the
# writer's `(bài)` where each name of a credit line is followed by its role, a recorded account
# (`(Ghi theo lời kể của bà …)`).
_ROLE_NOTE = patterns.compile(
    r"ghi\s*theo\s*loi\s*ke(?:\s.*)?|(?:nhom\s*)?thuc\s*hien|(?:luoc\s*|bien\s*)?(?:ghi(?:\s*chep)?|dich)|bai(?:\s*viet)?"
    r"|bien\s*soan|chuyen\s*ngu|luoc\s*thuat|phong\s*van|tuyen\s*chon|kich\s*ban"
)
# … and the writer's `(viết)`, in lower case and not folded: `(Việt)` is a name.
_WRITER_NOTE = patterns.compile(r"viết")
# … and the same role after the names without brackets (`THU HÀ thực hiện`, an interviewer's
# line under the headline): a label after the names, not a part of the last one.
_ROLE_AFTER = patterns.compile(
    r"\s+(?:(?:nhom\s*)?thuc\s*hien|(?:luoc\s*|bien\s*)?dich|ghi(?:\s*theo\s*loi\s*ke)?|bien\s*soan"
    r"|chuyen\s*ngu)\s*$"
)
# … an editor's (`Thu Hiền (biên tập)`, an editor-in-chief's `(chủ biên)`): that name is no author.
_EDITOR_NOTE = patterns.compile(r"bien\s*tap|hieu\s*dinh|duyet(?:\s*bai)?|chu\s*bien")
# … and a photographer's or a video maker's, in lower case (`Phước Bửu (ảnh)`; `(Anh)` in
# capitals is a name): no author either.
# A voice (`(lồng tiếng)`) and a camera operator (`(quay phim)`) made no text either; a maker of
# the pictures and the video together (`(ảnh & video)`) is one credit.
_MAKER_NOTE = patterns.compile(
    r"(?:anh|video|clip|do\s*hoa)(?:\s*(?:&|va|,|/)\s*(?:anh|video|clip))?|long\s*tieng|quay\s*phim"
)
# A role in brackets after a name, in lower case (`(bài)`, `(ảnh)`; not folded: `(Anh)` is a
# name): a line crediting each contributor with a role.
_ROLE_IN_BRACKETS = patterns.compile(r"\((?:bài(?:\s+viết)?|viết|tin|ảnh|video|clip)\)")
# … and a compilation naming what it was compiled from: `(tổng hợp từ VnExpress, Dân trí)`, a
# rendering too (`(chuyển ngữ từ Le Monde)`).
_COMPILED_FROM = patterns.compile(
    r"(?:tong\s*hop|luoc\s*dich|dich|bien\s*dich|chuyen\s*ngu)\s+(?:tu|theo)\s+"
)
# … also after the names without brackets: `Minh Hà tổng hợp từ AFP`.
_COMPILED_FROM_AFTER = patterns.compile(r"\s+" + _COMPILED_FROM.pattern)
# … and as a label naming its source before the colon, the names after it (`Lược dịch từ
# Nikkei: Phương Anh`, `Tổng hợp theo AFP: Minh Hà`).
_COMPILED_FROM_LABEL = patterns.compile(_COMPILED_FROM.pattern + r"([^:|;()]+?)\s*:\s*")
# `và`, `cùng` and the conjunctions of foreign bylines (`A and B`, `A und B`) join names; a middle
# dot, a bullet (round or triangular) or a small square sets them apart as a comma does, and a
# spaced guillemet, tilde or angle (`❯`, `⟩`) points from the writer to the outlet (`Phan Tùng »
# Dân Việt`, `Hải Nam ~ Báo Nghệ An`) as a dash does.
_SPLIT = patterns.compile(
    r"(\s+[-–—]\s*|\s*[–—]\s*|-\s+|\s*[,;/|·•▪‣]\s*|\s*\u270d\ufe0f?\s*|\s+(?:va|cung|and|und|et|og|och)\s+|\s+&\s*"
    r"|\s*&\s+|\s+\+\s+|\s+[»~❯⟩⟫›▸►➤]\s+)"
)
# A newsroom's marker: `PV`, `Nhóm phóng viên`, `Nhóm tác giả`, a team of interns or volunteers
# (`nhóm thực tập sinh`), a desk (`Ban Thời sự`, `PV Thời sự`, `Ban Chuyên đề`). A name after
# a reporter's, trainee's or editor's abbreviation is the person (`PV Quốc Tuấn`, `TTV Minh Hà`,
# a resident reporter's `PVTT Lò Thị Chiến`).
_REPORTER = (
    r"(?:pvtt|pv|p\.\s?v\.?|ctv|btv|ttv|ntv|phong\s*vien|cong\s*tac\s*vien|bien\s*tap\s*vien)"
)
_MARKER = patterns.compile(
    rf"(?:nhom\s+(?:tac\s*gia|bien\s*tap|hoc\s*sinh|sinh\s*vien|thuc\s*tap\s*sinh|tinh\s*nguyen\s*vien"
    rf"|{_REPORTER})"
    rf"|{_REPORTER}(?:\s*-\s*{_REPORTER})*"
    r"|ban(?=\s+(?:thoi\s*su|kinh\s*te|xa\s*hoi|van\s*hoa|the\s*thao|quoc\s*te|phap\s*luat"
    r"|giao\s*duc|y\s*te|doi\s*song|chinh\s*tri|ban\s*doc|dien\s*tu|noi\s*chinh|chuyen\s*de)))(?:\s.*)?"
)
# … and a team of them (`Nhóm phóng viên`, `Tổ PV`) before the outlet they report for, or before
# a desk of it: no person.
_REPORTER_BEFORE = patterns.compile(r"(?P<team>(?:nhom|to)\s+)?" + _REPORTER + r"\.?\s+")
# … and a newsroom's team (`Tổ Kiểm chứng thông tin`, `Nhóm Điều tra`, also after a reporter's
# abbreviation: `PV Nhóm Điều tra`), its photo desk (`Ban Ảnh`), a shop's or an office's team
# signing a letter (`Đội ngũ An Khang Camera`), in lower case but not folded: `Tô` is a surname,
# and `Ban Anh` (`Bàn Anh`) a Dao name.
_TEAM = patterns.compile(r"(?:tổ|nhóm|đội\s+ngũ)\s|ban\s+ảnh(?:\s|$)")
# The desks of a newsroom, after a reporter's abbreviation: `PV Thời sự`, no person.
_NEWSROOM_DESK = patterns.compile(
    r"(?:ban\s+)?(?:thoi\s*su|kinh\s*te|xa\s*hoi|van\s*hoa|the\s*thao|quoc\s*te|phap\s*luat"
    r"|giao\s*duc|y\s*te|doi\s*song|chinh\s*tri|ban\s*doc|dien\s*tu|noi\s*chinh|thuong\s*tru)"
    r"(?:\s|$)"
)
# A desk and its outlet in one bracket, the comma or dash between them.
_DESK_AND_OUTLET = patterns.compile(r"\s*,\s*|\s+[-–]\s+")
_EDGE_PUNCT = " .,;:!…-–—|/\"'“”„«»()"
# A job title printed after the name in Korean bylines: `신현주 기자` (reporter), `… 특파원`, and
# before it in Chinese ones: `記者 陳怡君`.
_TITLE_AFTER = patterns.compile(r"\s+(?:기자|특파원)$|^(?:記者|记者|特派員|特派员)\s*")
# The writer's or translator's label of an edition in another language, before its colon
# (full-width in Chinese and Japanese, `៖` in Khmer): `作者：`, `编译：` (compiled and
# translated), `翻訳：`, Korean `글·사진:` (text and pictures), H'Mông `Xov xwm thiab duab:`,
# Khmer `អត្ថបទ និងរូបភាព៖`, Lao `ຂ່າວ ແລະ ພາບ:` (news and pictures), Japanese `文・写真：` (text
# and photographs).
FOREIGN_WRITER_LABEL = (
    r"(?:作者|编译|編譯|翻译|翻譯|翻訳|撰文|文\s*[・·]\s*写真|글(?:\s*[·ㆍ]\s*사진)?|[Xx]ov\s+xwm(?:\s+thiab\s+duab)?"
    r"|អត្ថបទ(?:\s*និង\s*រូបភាព)?|ຂ່າວ(?:\s*ແລະ\s*ພາບ)?)"
)
# … and the Vietnamese labels printed apart from their colon-less value (`Viết bởi Lê Hoa`, a
# help centre's `Được viết bởi`, `bởi Thu Huyền` where a theme translates `by`, a `Tác giả`
# field label beside the name, a shop blog's `Người viết Ngô Thanh Tùng` with no colon); in English
# `Reported by` and `Written and edited by` too.
_BY = patterns.compile(
    r"(?:[Kk]ommentar\s+von|(?:(?:[Ww]ritten(?:\s+and\s+edited)?|[Ss]tory|(?:[Ww]ith\s+)?(?:[Aa]dditional\s+)?[Rr]eport(?:ing(?:\s+and\s+writing)?|ed)|[Pp]osted|[Rr]eview(?:ed)?"
    r"|[Tt]ranslated|[Cc]ompiled|[Tt]ext|[Ww]ords)\s+"
    r"(?:and\s+(?:photos?|pictures?|videos?)\s+)?)?(?:[Bb]y|BY)"
    # … and as a field before a colon (`Story: …; Photos: …`, `Text and photos:`, `Author:`, a
    # Spanish or Portuguese theme's `Texto:`)
    r"|(?:[Ss]tory|[Ww]ords|[Tt]exto?|[Aa]uthor|[Rr]eporting|[Bb]yline|[Cc]ontributor)"
    r"(?:\s*(?:and|&)\s+(?:photos?|pictures?|videos?))?(?=\s*:)"
    # … a guest's, an opinion's and an interview's writer (`Guest post by`, `Opinion by`,
    # `Interview by`), and a page's `Bài viết do` (written by) before the writer's `thực hiện`
    r"|(?:[Gg]uest\s+post|[Oo]pinion|[Ii]nterview)\s+by|[Bb]ài(?:\s+viết)?\s+do"
    # … and the writer's label of an edition in another language (`FOREIGN_WRITER_LABEL`), and a
    # Taiwanese or Hong Kong page's `文／` (text) before the writer's name
    rf"|{FOREIGN_WRITER_LABEL}(?=\s*[:：៖])|^文(?=\s*[／/])"
    # … and a European or Indonesian edition's writer's label (Norwegian `Tekst:`, Czech `Autor:`,
    # Turkish `Yazan:`, Indonesian `Penulis:`, Hungarian `Írta:`, Finnish `Kirjoittaja:`,
    # Ukrainian and Russian `Автор:`), the by-words before the name (Indonesian `Oleh`, Danish
    # `Skrevet af`)
    r"|(?:[Tt]ekst|[Aa]utor|[Yy]azan|[Pp]enulis|[ÍíIi]rta|[Kk]irjoittaja|[Аа]втор)(?=\s*:)"
    r"|[Oo]leh|[Ss]krevet\s+af"
    # … and the written-by of German, Italian, French, Spanish, Portuguese and Swedish themes
    # (`Verfasst von`, `Scritto da`, `Écrit par`, `Escrito por`, `Skrivet av`)
    r"|(?:[Vv]erfasst|[Gg]eschrieben)\s+von|[Ss]critto\s+da|[ÉéEe]crit\s+par|[Ee]scrito\s+por"
    r"|[Ss]kr[ie]vet\s+av"
    r"|[Vv]on|di|[Pp]ar|[Pp]or|[Dd]oor"
    # … `Thêm bởi` too, a tracker's `Added by` before the poster's name, and `Tạo bởi`, an
    # intranet's `Created by` before the page creator's
    r"|(?:(?:[Bb]ài\s+|[Đđ]ược\s+)?(?:[Vv]iết|[Đđ]ăng|[Gg]ửi|[Tt]hêm|[Tt]ạo|[Tt]hực\s+hiện)\s+)?[Bb]ởi|[Tt]ác\s+giả|[Nn]gười\s+viết"
    r"|(?:[Bb]ài(?:\s+viết)?(?:\s+gốc)?|[Gg]hi\s+chép|[Bb]út\s+k[ýí]|[Tt]ùy\s+bút|[Tt]uỳ\s+bút|[Pp]hóng\s+sự|[Tt]ản\s+văn"
    # … and a literary page's genres (`Truyện ngắn của`, `Thơ của`, `Ký sự của`, `Tạp bút của`);
    # a reprint's `Bài viết gốc của` (the original article by)
    r"|[Tt]ruyện(?:\s+(?:ngắn|ký))?|[Tt]hơ|[Kk]ý\s+sự|[Tt]ạp\s+bút|[Tt]iểu\s+phẩm|[Nn]hật\s+k[ýí])\s+của"
    r"|[Bb]út\s+danh"
    # … and a forum's topic starter, `Chủ đề của` (a theme's `Topic by`)
    r"|[Cc]hủ\s+đề\s+của)"
    r"(?:\s*[:：៖／/]\s*|\s+)"
)
# `Ảnh: Misso`, `Image: Getty`: the photographer, credited beside the author but not an author.
_PHOTO = patterns.compile(r"(?:anh|image|photo|foto|bild)s?\s*:")
# Credits beside the author's that name no author: the photographer's (of a kind of picture
# too: `Ảnh vệ tinh:`, `Ảnh minh họa:`, `Tác giả ảnh:`), and the editor's, an editor's
# assistant's (`Trợ lý biên tập:`) or approver's (`Tác giả: Hoàng Minh | Biên tập: Thu Trang`,
# `Người viết: X<br>Người duyệt: Y`, `Kiểm duyệt:`).
# A designer's (`Đồ họa:`, `Thiết kế:`, `Trình bày:`) and an announcer's who read a bulletin on air
# (`Phát thanh viên:`) are no author's either, nor a video's editor's (`Dựng:`, `Dựng hình:`, `Biên
# tập video:`, a camera operator's who edited too: `Quay phim, dựng phim:`), a drone pilot's
# (`Flycam:`), a camera or sound technician's (`Kỹ thuật viên:`, `KTV:`, `Kỹ thuật âm thanh:`),
# an illustrator's (`Minh họa:`, `Tranh minh họa:`, `Infographic:`), a voice's (`Giọng đọc:`,
# `Lồng tiếng:`), an English editor's (`Editing:`), a presenter's (`Người dẫn:`), a developer's
# (`Lập trình:`) or a field saying who the writer is (`Chức vụ:`, `Đơn vị:`); in English the
# credit may take `by` (`Photos by`, `Editing by`, `Produced by`, `Illustrations by`,
# `Fact-checked by`).
# A photographer's credit may name the craft (`Chụp ảnh:`, `Nhiếp ảnh:`) or the post (`Phóng
# viên ảnh:`), and a series' editor-in-chief (`Chủ biên:`) edits, as an editor does.
_NOT_AUTHOR = (
    r"(?:(?:(?:anh|image|photo|foto|bild)s?|anh\s*(?:ve\s*tinh|minh\s*hoa|tu\s*lieu|chup|bia)"
    r"|tac\s*gia\s*anh"
    r"|(?:chup|nhiep)\s*anh|chu\s*bien|(?:phong\s*vien|pv)\s*anh"
    r"|(?:(?:pho\s*)?tong\s*|tro\s*ly\s*)?bien\s*tap(?:\s*(?:vien|noi\s*dung|video))?|(?:nguoi|kiem)\s*duyet|duyet\s*(?:bai|tin)"
    r"|hieu\s*dinh(?:\s*(?:&|va|,|/|\+)\s*bien\s*tap)?"
    # a designer's crafts joined, the photographer's too (`Ảnh và thiết kế:`, `Đồ họa & ảnh:`)
    r"|(?:anh\s*(?:&|va|,|/|\+)\s*)?(?:do\s*hoa|thiet\s*ke|trinh\s*bay|minh\s*hoa)"
    r"(?:\s*(?:&|va|,|/|\+)\s*(?:do\s*hoa|thiet\s*ke|trinh\s*bay|minh\s*hoa|anh))*"
    r"|tranh\s*minh\s*hoa|infographics?|quay\s*phim(?:\s*(?:&|va|,|/|\+)\s*dung(?:\s*phim)?)?|dung(?:\s*(?:phim|video|clip|hinh))?|flycam|ky\s*thuat(?:\s*(?:vien|am\s*thanh))?|ktv|am\s*thanh"
    r"|editing|chuc\s*vu|don\s*vi(?:\s*cong\s*tac)?"
    r"|(?:nguoi\s*)?dan(?:\s*chuong\s*trinh)?|phat\s*thanh\s*vien|(?:giong\s*)?doc|long\s*tieng"
    # a developer's (`Lập trình:`), beside a data story's writer
    r"|lap\s*trinh"
    # … a bulletin's reader and a story's narrator (`Người đọc bản tin:`, `Dẫn chuyện:`)
    r"|nguoi\s*doc(?:\s*ban\s*tin)?|dan\s*chuyen"
    # an interpreter's, of a language named or not (`Phiên dịch NNKH:`, sign language)
    r"|phien\s*dich(?:\s+[a-z]{2,5})?"
    r"|chiu\s*trach\s*nhiem(?:\s*(?:noi\s*dung|xuat\s*ban))?|nguon\s*anh"
    # a producer's, an adviser's, a research assistant's, a sound recordist's and a data desk's
    # (`Sản xuất:`, `Cố vấn nội dung:`, `Trợ lý nghiên cứu:`, `Ghi âm:`, `Dữ liệu:`)
    r"|san\s*xuat|co\s*van(?:\s*noi\s*dung)?|tro\s*ly\s*nghien\s*cuu|ghi\s*am|du\s*lieu"
    # post-production's, a coordinator's, a fact-checker's and technical support's (`Hậu kỳ:`,
    # `Điều phối:`, `Kiểm chứng thông tin:`, `Hỗ trợ kỹ thuật:`)
    r"|hau\s*ky|dieu\s*phoi|kiem\s*chung(?:\s*thong\s*tin)?|ho\s*tro\s*ky\s*thuat"
    # a production's director, a score's and a film's subtitles' (`Chỉ đạo sản xuất:`, `Âm
    # nhạc:`, `Phụ đề:`)
    r"|chi\s*dao(?:\s*san\s*xuat)?|am\s*nhac|phu\s*de"
    # an editor's in English (`Editor: Thabo Molefe` under the text, the writer printed elsewhere)
    r"|editor"
    # a Chinese edition's editor (`责任编辑：`, the editor in charge) and its proofreader
    r"|(?:责任)?编辑|(?:責任)?編輯|校对|校對)\s*:"
    r"|(?:photos?|photography|pictures?|images?|editing|edited|produced|illustrations?|fact-checked)\s+by\s"
    # an event's host (`Tổ chức bởi`, `Hosted by`, `Organised by`): who holds it, no writer
    r"|(?:to\s*chuc|hosted|organi[sz]ed)\s+(?:boi|by)\s)"
)
_CREDIT = patterns.compile(_NOT_AUTHOR)
# A designer's credit naming two crafts (`Thiết kế & đồ họa:`, the photographs too: `Ảnh và
# thiết kế:`, `Thiết kế, ảnh:`), the first before the second's label: one credit, read as the
# second's before the names are split at `&`; so is a camera operator's who edited the film too
# (`Quay phim, dựng phim:`), and a proofreader's who edited the text too (`Hiệu đính và biên
# tập:`).
_DESIGN = r"(?:do\s*hoa|thiet\s*ke|trinh\s*bay|minh\s*hoa)"
_JOINED_DESIGN = patterns.compile(
    rf"(?:{_DESIGN}|anh)\s*(?:&|va|,|/|\+)\s*(?=(?:{_DESIGN}|anh)\s*:)"
    r"|quay\s*phim\s*(?:&|va|,|/|\+)\s*(?=dung(?:\s*phim)?\s*:)"
    r"|hieu\s*dinh\s*(?:&|va|,|/|\+)\s*(?=bien\s*tap\s*:)"
)
# … and after the names in the same box: `Bài: Hoàng Long<br>Ảnh: Trần Huấn`, where a video's
# maker after a name is no author either (`Thực hiện: Kiều Oanh | Ảnh, video: Tấn Phát`), though
# `Video:` and `Ảnh, video:` opening a byline (or a writer's label: `Bài, ảnh, clip:`) name the
# maker of a video page.
_VIDEO_CREDIT = r"(?:anh\s*(?:,|va|&|/)\s*)?(?:video|clip)(?:\s*(?:,|va|&|/)\s*anh)?\s*:"
# A portal's poster (`Người đăng:`, `Đăng bởi:`) after a writer's name only uploaded the text: no
# author.
_POSTER = r"(?:nguoi\s*dang|dang\s*boi)\s*:"
_CREDIT_AFTER = patterns.compile(
    r"[\s|/,;·•–—+-]+"
    + _NOT_AUTHOR
    + r"|(?<=\w)[\s|/,;·•–—-]+"
    + _VIDEO_CREDIT
    + r"|(?<=\w)[\s|/,;·•–—-]+"
    + _POSTER
)
# A video's maker or a portal's poster opening the line before a writer's label (`Ảnh, clip:
# Trọng Nghĩa | Bài: Tuệ Lâm`, `Người đăng: quantri | Tác giả: …`) is credited as in a box
# after the writer: the writer is the author.
_VIDEO_OPENING = patterns.compile(f"{_VIDEO_CREDIT}|{_POSTER}")
# … and a poster after a source's field (`Nguồn tin: Công an xã | Người đăng: Lê Nam`) uploaded
# the source's text: no author, the source the only credit.
_POSTER_OPENING = patterns.compile(_POSTER)
# A video's maker after a photographer's credit (`Ảnh: Duy Khánh; Video: Trọng Tín`) is credited
# as after a writer's name: no author.
_VIDEO_AFTER_CREDIT = patterns.compile(_VIDEO_CREDIT)
# … unless a writer's or a translator's label follows the credit (`Bài: Yamada Sayaka · Ảnh: Lê
# Quang Vinh · Người dịch: Đỗ Hạnh`): the translator wrote the text printed, an author too; an
# interpreter (`Phiên dịch:`) wrote none.
_AUTHOR_AGAIN = patterns.compile(
    r"(?<!phien)[\s|/,;·•–—-]+(?:bai|nguoi\s*viet|tac\s*gia|nguoi\s*dich|dich\s*gia|(?:luoc\s*|bien\s*)?dich)"
    r"\s*:"
)
# Academic and professional titles before a name (`PGS.TS`, `PGS, TS`, `KS.`, `ThS.`, `BSCKII`):
# printed in the display, no part of the person's name. Each is followed by its full stop, a
# comma or a space (`KSOR` is a Jarai surname).
_TITLE_BEFORE = patterns.compile(
    r"^(?:(?:P?GS|TSKH|T[Ss]|Th[Ss]|THS|Th\.S|KTS|K[Ss]|BS(?:CK(?:II|I|1|2)|NT)?|Bs|CK(?:II|I|1|2)"
    r"|DS(?:CK(?:II|I|1|2))?|L[Ss]|NSND|NSƯT|NGND|NGƯT|TTND|TTƯT|NNND|NNƯT|NCS|QNCN|CCV|Nt|ĐBQH|HS|MC|HLV)"
    r"(?:\.\s*|,\s*|\s+)"
    # a bachelor's `CN.` only with its full stop (`CN` alone is Sunday), as a priest's `Lm.`, a
    # monk's `HT.`, `TT.`, `ĐĐ.` and a student's `SV.` (without it, initials); a comrade's `Đ/c`
    r"|(?:CN|Lm|HT|TT|ĐĐ|SV)\.\s*|Đ/c\s+"
    # the state's honorary titles after a teacher's, an artist's or a doctor's calling (`Nhà
    # giáo ưu tú`, `Nghệ sĩ Nhân dân`, `Thầy thuốc ưu tú`), before the calling alone
    r"|(?i:(?:nhà\s+giáo|nghệ\s+sĩ|thầy\s+thuốc)\s+(?:ưu\s+tú|nhân\s+dân)"
    # ranks and callings, alone or with a degree (`Trung tá, ThS.`, `Thượng úy QNCN`): `Đại tá`,
    # retired (`Đại tá (hưu)`), `Nhà báo`, `Luật sư`, `Luật gia`, a notary (`Công chứng viên`,
    # `CCV.`), a librarian (`Thủ thư`), a forest ranger, a procurator or an investigator
    # (`Kiểm lâm viên`, `Kiểm sát viên`, `Điều tra viên`), a court's judge, juror, examiner,
    # enforcement officer or bailiff (`Thẩm phán`, `Hội thẩm nhân dân`, `Thẩm tra viên`, `Chấp
    # hành viên`, `Thừa phát lại`), `Bác sĩ`, `Cô giáo`, and a reader sending a text in (`Bạn đọc`)
    # a police rank with its force (`Trung úy CAND`, `Thượng tá CAND`)
    r"|(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|uý|tướng)(?:\s+cand)?(?:\s*\(hưu\))?|chuẩn\s+(?:úy|uý)"
    # the navy's flag ranks (`Chuẩn Đô đốc`, `Phó Đô đốc`)
    r"|(?:(?:chuẩn|phó)\s+)?đô\s+đốc"
    # a veteran journalist (`Nhà báo lão thành`), a researcher, a critic, a scholar of any field
    # (`Nhà sử học`, `Nhà dân tộc học`), a film director, a war veteran, a business person, a
    # village elder, a reader writing in and a schoolgirl
    r"|nhà\s+(?:báo(?:\s+lão\s+thành)?|văn|thơ|giáo|nghiên\s+cứu|phê\s+bình|ngoại\s+giao|(?:\w+\s+){0,2}học"
    r"|nhiếp\s+ảnh|thiết\s+kế)"
    # an actor, a goalkeeper and a commentator (`Diễn viên`, `Thủ môn`, `Bình luận viên`)
    r"|diễn\s+viên|thủ\s+môn|bình\s+luận\s+viên"
    r"|đạo\s+diễn|cựu\s+chiến\s+binh|doanh\s+nhân|già\s+làng|độc\s+giả|nữ\s+sinh"
    # non-commissioned ranks and privates (`Thượng sĩ`, `Hạ sĩ`, `Binh nhất`), a comrade, a
    # pupil, a student and a teacher as a school's page signs them
    r"|(?:thượng|trung|hạ)\s+sĩ|binh\s+(?:nhất|nhì)|đồng\s+chí|học\s+sinh|sinh\s+viên|giáo\s+viên"
    r"|luật\s+(?:sư|gia)|công\s+chứng\s+viên|thủ\s+thư|kiểm\s+lâm(?:\s+viên)?"
    r"|(?:kiểm\s+sát|điều\s+tra)\s+viên|thẩm\s+phán|hội\s+thẩm(?:\s+nhân\s+dân)?|thẩm\s+tra\s+viên"
    r"|chấp\s+hành\s+viên|thừa\s+phát\s+lại"
    # a lecturer and a doctoral student (`Giảng viên`, `Nghiên cứu sinh`, as `NCS.`), a parish's lay
    # head (`Chánh trương`)
    r"|giảng\s+viên|nghiên\s+cứu\s+sinh|chánh\s+trương"
    r"|bạn\s+đọc|(?:phó\s+)?giáo\s+sư|tiến\s+sĩ(?:\s+khoa\s+học)?|thạc\s+sĩ|viện\s+sĩ|cử\s+nhân"
    # honours (`Anh hùng LLVTND`, `Nghệ nhân Ưu tú`) and a cleric's title before a Dharma or
    # baptismal name (`Thượng tọa Thích Minh Đạo`, `Linh mục Giuse Trần Văn Khoa`, a sister's
    # `Nữ tu Maria Lê Thị Hoa`, `Nt.` in short)
    r"|anh\s+hùng(?:\s+(?:llvtnd|lao\s+động))?|nghệ\s+nhân(?:\s+(?:ưu\s+tú|nhân\s+dân))?"
    r"|(?:hòa|hoà|thượng)\s+thượng|thượng\s+tọa|đại\s+đức|ni\s+(?:sư|trưởng|cô)|linh\s+mục"
    r"|mục\s+sư|giám\s+mục|nữ\s+tu|sư\s+(?:cô|thầy|bà|ông)|(?:tăng|cư|tu)\s+sĩ|đức\s+cha"
    # … and a Buddhist lay follower's calling before the Dharma name (`Phật tử Diệu Âm`)
    r"|phật\s+tử"
    # a Catholic sister's French title and a Khmer pagoda's lay master (`Soeur Maria …`, `Achar`)
    r"|soeur|achar"
    # a vet (`Bác sĩ thú y`) and a resident doctor (`Bác sĩ nội trú`), before the doctor's title
    # they open with; a martial arts master (`Võ sư`)
    r"|bác\s+sĩ\s+(?:thú\s+y|nội\s+trú)|(?:bác|dược|nhạc|họa|hoạ|kỹ|kĩ|ca)\s+s[ưĩ]|võ\s+sư|(?:cô|thầy)\s+giáo"
    # an architect and a photographer by calling (`Kiến trúc sư`, `Nhiếp ảnh gia`); a singer
    # (`Ca sĩ`) among the callings ending in `sĩ`
    r"|kiến\s+trúc\s+sư|nhiếp\s+ảnh\s+gia"
    # a nurse, a midwife, a coach and an expert (`Điều dưỡng`, `Hộ sinh`, `Huấn luyện viên`,
    # `Chuyên gia`, before the field in lower case it names: `Chuyên gia dinh dưỡng`)
    r"|điều\s+dưỡng(?:\s+viên)?|hộ\s+sinh|huấn\s+luyện\s+viên|chuyên\s+(?:gia|viên)"
    # a referee, an athlete, a chess player, a chef, a pilot, a flight attendant, a technician, a
    # fisherman, a farmer, a village head, a musician of an instrument (`Nghệ sĩ piano`), a
    # deacon, a Protestant preacher and a Chăm Brahmin priest (`Cả sư`)
    r"|trọng\s+tài|vận\s+động\s+viên|kỳ\s+thủ|đầu\s+bếp|phi\s+công|tiếp\s+viên(?:\s+hàng\s+không)?"
    r"|kỹ\s+thuật\s+viên|(?:ngư|nông)\s+dân|trưởng\s+bản|nghệ\s+sĩ|chấp\s+sự|truyền\s+đạo|cả\s+sư)"
    r"(?:,\s*|\s+(?:[–—-]\s+)?)"
    # a teacher as her school prints her, a woman, an elder, a child and a priest as a page calls
    # them, before a name of two words or more (`Cô Trần Thị Hoa`, `Chị …`, `Cụ …`, `Em …`, `Cha
    # Phêrô …`); before a child's rank by birth (`Cô Ba Sài Gòn`, `Chú Tư`) the calling and the
    # rank are a nickname, a pen name as printed
    r"|(?:Cô|Thầy|Chị|Cụ|Em|Cha)\s+(?!(?:Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Út)\s)(?=\w+\s+\w)"
    # a physician's assistant (`Y sĩ`; `Y` alone opens an Ê Đê name)
    r"|Y\s+sĩ(?:,\s*|\s+)"
    # a man or a woman called so before a full name of three words or more (`Ông Nguyễn Văn
    # Bình`; a pen name `Ông Giáo Làng` keeps its first word), and a herbalist (`Lương y`; with a
    # capital `Y` the words open an Ê Đê name after the surname `Lương`)
    r"|(?:Ông|Bà)\s+(?!(?:Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Út)\s)(?=\w+\s+\w+\s+\w)|[Ll]ương\s+y(?:,\s*|\s+))+"
)
# The commonest Vietnamese family names, which open a full name (`Phạm Minh Thu`).
_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn Mai"
    " Trương Lâm Tạ Hà Lương Cao Vương Kiều Quách Châu Tô Từ Thái Lưu Triệu Văn"
)
COMMON_SURNAMES = frozenset(_SURNAMES.split())
# A forum handle (`hoangnam_pd`): one word, no capitals, no tone marks. With the poster's name
# in brackets after it (`hoangnam_pd (Hoàng Nam)`), the name is the byline.
_HANDLE = patterns.compile(r"[a-z0-9][a-z0-9_.-]*")
_ACCOUNT = patterns.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# A date, a clock (`08:30`, `20h05`), a count or an age glued after the names (an English date
# too: `By Minh Anh | Dec 5, 2025`; the month in words: `Hoàng Thị Nhung 04 Tháng 12, 2026`)
# (`Hoàng Yến 12/05/2024 08:30`,
# `Lê Hải | 1.204 lượt xem`, `• 3 giờ trước`, `Theo Báo Nhân Dân, ngày 19/11/2025`), with a
# weekday or `ngày` before it, or the `lúc` or `vào` of a publish line (`Đăng bởi Vũ Nam lúc
# 08:30`, Drupal's `Gửi bởi Hồ Mai vào T3, 02/12/2025`): no part of the byline.
_TRAILER = patterns.compile(
    r"[\s|,;•·\-–—]*(?:(?:luc|vao)\s+)?"
    r"(?:(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|t[2-7]|cn)[\s,\-–—]*)?"
    r"(?:ngay\s+(?=\d))?(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}[:h]\d{2}|\d[\d.,]*\s*(?:luot|lan|views?)\b"
    rf"|(?<![a-z]){_EN_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_EN_MONTH}\.?\s+\d{{4}}"
    r"|\d+\s*(?:giay|phut|gio|ngay|tuan|thang|nam)\s+truoc"
    r"|\d{1,2}\s+(?:thang|thg)\s+\d{1,2}\b"
    # … a social profile's followers and its follow button after a bullet (`Ngọc Ánh • 5,6K người
    # theo dõi`, `Quang Huy · Theo dõi`)
    r"|\d[\d.,]*\s*[kmn]?\s*(?:nguoi\s*)?(?:theo\s*doi|followers?)\b|(?<=[•·]\s)theo\s*doi\s*$)"
)
# The place a post is filed in after its poster's name (`Đăng bởi Nguyễn Hữu Phước trong Trái
# cây xuất khẩu`, a community's or a blog theme's `by X in Y`): no part of the byline. Lower
# case and without its tone mark only: `Trọng` is a name's word.
_FILED_IN = patterns.compile(r"\s+trong\s+\S.*$")
# … and an English theme's posting word after the poster's name, before the date it prints
# (Higher Logic's `By X posted 11-28-2026 14:35`): no part of the byline. Lower case only.
_POSTED_AFTER = patterns.compile(r"\s+(?:posted|published)(?:\s+on)?\s*$")
# A date opening the line, with its weekday and clock, before the names (`Thứ Bảy, 06/12/2025 |
# Minh Khang`): no part of the byline either.
_LEADER = patterns.compile(
    r"[\s|,;•·\-–—]*(?:(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|t[2-7]|cn)[\s,\-–—]*)?"
    r"(?:ngay\s+)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?:[\s,\-–—]*\d{1,2}:\d{2})?[\s|,;•·\-–—]+(?=\S)"
)
# A publish time opening the line before `bởi` and the poster's name (`Đăng lúc 08:05 bởi Lê
# Văn Tám`, `Gửi ngày 05/12/2025 lúc 08:05 bởi …`): the line's time, no part of the byline; the
# `bởi` after it is read as a label (folded).
_DATE_OR_CLOCK = r"(?:\d{1,2}[:h]\d{2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})"
_POSTED_AT = patterns.compile(
    rf"(?:dang|gui|viet)\s+(?:(?:luc|ngay|vao)\s+)?{_DATE_OR_CLOCK}"
    rf"(?:[\s,]+(?:(?:luc|ngay|vao)\s+)?{_DATE_OR_CLOCK})*\s+(?=boi\s)"
)
# A number or a code printed after the names: a staff, press-card or student number with its
# label (`- Mã PV: 045`, `- Số thẻ nhà báo: 12345`), or bare after a name (`Minh Tuấn 123`,
# `Hải Long #2045`); in brackets, with a short label or none (`(MS: 0123)`, `(ID 5512)`, `(1)`).
_CODE_AFTER = patterns.compile(
    r"(?:[\s\-–—|,;]+(?P<label>(?:[a-z]+\s*){1,4}):\s*#?|\s*#|\s+)\d{1,10}\s*$"
)
# An occasion and its year in brackets after the names (`(Halloween 2027)`, `(Tết 2028)`): the
# series the text was written for, no place and no person.
_OCCASION = patterns.compile(r"(?:[^\W\d_]+\s+){1,3}(?:19|20)\d\d")
# … and an author's years of birth and death in brackets (`Vũ Trọng Phụng (1912-1939)`).
_BRACKET_CODE = patterns.compile(r"(?:[a-z]{1,6}(?:\s*:\s*|\s+))?#?\d{1,10}|\d{4}\s*[-–]\s*\d{4}")
# A team or a desk in brackets after a name (`Hà An (nhóm PV Kinh tế)`, `(Ban Thời sự)`), not
# its outlet's name (`(Ban Biên tập Báo …)`), or a team's headcount after its name (`NHÓM PV (3
# NGƯỜI)`), folded.
_TEAM_IN_BRACKETS = patterns.compile(
    r"(?:nhom|ban)\s+(?:pv|phong\s*vien|bien\s*tap|thoi\s*su|kinh\s*te|xa\s*hoi|van\s*hoa"
    r"|the\s*thao|quoc\s*te|phap\s*luat)(?:\s+(?!bao|dai|tap\s*chi)[a-z]+){0,3}|\d{1,3}\s*(?:nguoi|thanh\s*vien)"
)
# A student's class in brackets after a name, folded: a university cohort and its major (`K48
# Báo chí`), a school class (`Lớp 11A2`).
_STUDENT_CLASS = patterns.compile(r"(?:k\d{1,3}(?:\s+[a-z][a-z\s]*)?|lop\s+\d{1,2}\s*[a-z]\d{0,2})")
# How to reach the writer, glued to the name: an e-mail address or a phone number, with its
# label, brackets and the separator before it (`Minh Hà <minhha@baoyenbai.com.vn>`, `- ĐT: 0905
# 123 456`), an address spelt out against harvesters too (`minhha[at]baoyenbai.com.vn`). No
# part of the byline, and an address's `.vn` is no outlet.
_CONTACT = patterns.compile(
    r"\s*(?:[-–—|,;/]\s*)?[(<\[]?\s*(?:(?:e-?mail|đt|sđt|tel|điện\s+thoại|hotline)\s*:?\s*)?"
    r"(?:[\w.+-]+(?:@|\[at\]|\(at\))[\w-]+(?:\.[\w-]+)+"
    r"|(?<!\d)(?:\+84\s?|0)\d{2,3}(?:[ .]?\d{2,4}){2,3}(?!\d))"
    r"\s*[)>\]]?",
    re.IGNORECASE,
)
# An affiliation's marker glued to the end of a capitalised name, before the next name or the
# end (`ThS. Y Bhiông Niê¹, TS. Trần Thu Hà²`, `<sup>1</sup>` read as `1`): no part of it.
_AFFILIATION_MARK = patterns.compile(r"\b([^\W\d_]+)([\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?=\s*(?:[,;]|$))")
# A place after a comma, named by its kind (`…, TP.HCM`, `…, xã Tân Phú`, `…, tỉnh Gia Lai`):
# where the writer is, shown but no person. The kinds in lower case (`Quân` is a name) or `TP`.
_PLACE_NAMED = patterns.compile(
    r"TP\.?\s*\S|(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s+\S"
)
# … or after the writer's post or unit and a comma, a province's bare name (`Kiều Oanh, giáo
# viên Trường THCS Nguyễn Du, Quảng Ngãi`): where that is. Elsewhere such a name after a comma is
# as likely a second writer's (`Thái Bình`, `Hải Dương` are names too).
_PROVINCES = frozenset(row[0] for row in papers.BEFORE_2025 + papers.SINCE_2025)
# The place the writer files from after a comma (`Minh Hà, từ Tokyo`), as in brackets (`Thu Hà
# (từ Praha)`): shown, but no person. `Từ` in capitals is a surname.
_FILED_FROM = patterns.compile(r"từ\s+\S")
# An eye and the count after it glued after the names (`Minh Hà | 👁 1.204`).
_EYE_COUNT = patterns.compile(r"[\s|,;•·\-–—]*[\U0001f440\U0001f441]\ufe0f?\s*\d.*$")
# A pen or other pictograph before the names (`✍️ Minh Hà`), or after them (`Minh Hà 🌸`).
_PICTOGRAPH = patterns.compile(r"^[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\s]+")
_PICTOGRAPH_AFTER = patterns.compile(r"[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\s]+$")
# A hyphen with no space between two names of two words or more (`Thu Hà-Minh Đức`) splits
# them; one word on either side is a name of its own (`Mai-Anh`, `Jean-Pierre`).
# Marks no name holds: bidirectional marks and embeddings, invisible operators (`Minh Anh⁣`).
_INVISIBLE = patterns.compile("[\u200e\u200f\u202a-\u202e\u2061-\u2064\u2066-\u2069]")
# Markup a theme left around the names: inline HTML tags (`<strong>Lan Chi</strong>`), and
# Markdown's or a wiki's emphasis around the whole line (`*Thu Hà*`, `**Bài: Quang Minh**`,
# `_Phương Vy_`, `~ Hoài Nam ~`): the reader sees the names.
_INLINE_TAG = patterns.compile(
    r"</?(?:[bius]|strong|em|span|small|font|a)(?:\s[^<>]*)?>"
    r"|\[/?(?:[bius]|url|color|size|font)(?:=[^\[\]]*)?\]",  # … and BBCode's: `[b]Hoàng Nam[/b]`
    re.I,
)
_EMPHASIS = patterns.compile(r"([*_~]{1,3})\s*(.+?)\s*\1")
# … and around each name (`**Minh Anh** và __Thu Hà__`); a name struck through (`~~Quang Huy~~
# Quang Hải`) was corrected to the next: gone.
_NAME_EMPHASIS = patterns.compile(r"(?<![\w*_~])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*_~])")
_STRUCK = patterns.compile(r"(?<![\w~])~~(?=\S)[^~]+?(?<=\S)~~(?![\w~])\s*")
# Letters styled by social pages and input methods: full-width (`Ｍｉｎｈ`) and mathematical
# (`𝐌𝐢𝐧𝐡`) Latin letters, their letters once compatibility-normalised.
_STYLED = patterns.compile("[\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d6a3]+")
# Cyrillic and Greek capitals and small letters drawn as Latin ones, inside a word that has Latin
# letters too (`Minh Аnh` with a Cyrillic А): the Latin letter the reader sees.
_LOOKALIKES = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEKMHOPCTXaeopcyxijsABEZHIKMNOPTYXo"
)
# Hyphens and solidi of other code points (`‐`, the non-breaking `‑`, the fraction and division
# slashes `⁄`, `∕`): the ASCII marks the reader sees, which set names and outlets apart; and a
# bullet's look-alikes (the bullet operator `∙`, the Z notation's spot `⦁`, the dot operator `⋅`,
# the hyphenation point `‧`): the bullet.
_LOOKALIKE_MARKS = str.maketrans("\u2010\u2011\u2044\u2215\u2219\u2981\u22c5\u2027", "--//••••")
# The Icelandic eth typed for `Đ` (`Ðỗ Minh Tâm`): it opens no word in Icelandic (`Guðrún`), so
# opening one it is the Vietnamese letter.
_ETH_OPENING = patterns.compile("(?<!\\w)[Ðð]")
_MIXED_WORD = patterns.compile(
    "\\w*(?:[a-zA-Z\u00c0-\u024f\u1e00-\u1eff]\\w*[\u0370-\u03ff\u0400-\u04ff]"
    "|[\u0370-\u03ff\u0400-\u04ff]\\w*[a-zA-Z\u00c0-\u024f\u1e00-\u1eff])\\w*"
)
# A byline wrapped whole in one pair of brackets (`[Minh Anh, Thu Hà]`, `【Minh Anh】`, `«Minh
# Anh»`, `〔Minh Anh〕`, `《Minh Anh》`), no credit inside: the names.
_WRAPPED = patterns.compile(
    r"[(\[【«‹『「〔《]\s*(?!theo\s|nguon)([^()\[\]【】«»‹›『』「」〔〕《》]+?)\s*[)\]】»›』」〕》]"
)
# A statement that no author is known, or a field left unfilled (`Không rõ tác giả`, `Tác giả:
# Đang cập nhật`, `N/A`, `Sưu tầm` alone, a dash, a placeholder): no byline and no source
# (folded).
# A reprint's own label beside its source (`Bài đăng lại (Nguồn: …)`, `Tin đăng lại`) names
# nobody either: the source is the credit.
_NO_AUTHOR = patterns.compile(
    r"(?:khong|chua)\s*ro(?:\s*tac\s*gia)?|dang\s*cap\s*nhat|n\s*/\s*a|suu\s*tam|[-–—]"
    # … a template's field left in (`{{author_name}}`, `%author%`), a script's `undefined`, `null`
    # or an object printed as text (`[object Object]`), `(trống)` (empty);
    r"|\{\{[^{}]*\}\}|%[a-z_]+%|undefined|null|\[?\s*object\s+object\s*\]?|\(\s*trong\s*\)"
    # … a script's `${author}`, Python's `None`, two empty fields (`undefined undefined`), `Chưa
    # xác định` (not determined) and `(không có)` (none)
    r"|\$\{[^{}]*\}|none|undefined(?:\s+undefined)+|chua\s*xac\s*dinh|\(\s*khong\s*co\s*\)"
    r"|(?:bai(?:\s*viet)?|tin)\s*dang\s*lai"
    # … a placeholder a template or a script left (`TBD`, `NaN`, `0`, `false`, `[Author Name]`, an
    # ERB or ASP tag `<%= author %>`)
    r"|tb[ad]|nan|0|false|\[\s*(?:author|ten\s*tac\s*gia)(?:\s*name)?\s*\]|<%.*?%>"
)
# … and that the news is compiled, that it has many authors or an unknown or withheld one (`Tin
# tổng hợp`, `Nhiều tác giả`, `Khuyết danh`, `Vô danh`, `Ẩn danh theo yêu cầu`), after a label
# too, a document's distribution list (`Nơi nhận: …`) or its `(Đã ký)` alone: nobody (folded).
_NOBODY = patterns.compile(
    r"(?:tac\s*gia\s*:\s*)?(?:(?:tin\s*)?tong\s*hop(?:\s*tu\s*cac\s*bao)?|nhieu\s*tac\s*gia"
    r"|khuyet\s*danh|vo\s*danh|an\s*danh\s*theo\s*yeu\s*cau)|noi\s*nhan\s*:.*"
    r"|da\s*ky(?:\s*va\s*dong\s*dau)?"
)
# A writer's associates after the name (`Lê Minh Tuấn và cộng sự`, `… và CS`): they stay in the
# display, nobody named (folded).
_ASSOCIATES = patterns.compile(r"(?:cac\s*)?(?:cong\s*su|cs)")
_BARE_HYPHEN = patterns.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_LIST_MARKS = "-–—,;/|()"
MIN_INITIALS = 3  # capitals of a body's initials before its place (`CDC Nghệ An`)
# A name ending in an initial keeps its full stop: `H.V.`, `Trần V.`, as a foreign name's suffix
# does (`Kwame Mensah Jr.`).
_INITIAL_END = patterns.compile(r"(?:^|[\s.])(?:[A-ZĐ]|Jr|Sr)\.$")

# Outlets and agencies, folded with spaces and dots removed, in their own script too (Xinhua's
# `新华社`, TASS's `ТАСС`). Two-letter codes (AP) are left out: they collide with initials used as
# pen names.
_OUTLET_NAMES = """
    ttxvn vna vov vtv vtc vtv24 vietnamplus vietnam+ ttxvn/vietnam+ qdnd qdndvn cand nld
    dantri vnexpress tuoitre tuoitreonline thanhnien nguoilaodong nhandan laodong vietnamnet
    zingnews znews zing baomoi kenh14 cafef cafebiz vccorp soha tienphong sggp saigongiaiphong
    hanoimoi vnanet chinhphu chinhphuvn baochinhphu tintuc baotintuc tuoitrethudo vtcnews
    vovvn vovgiaothong 24h trithuctre doisongphapluat phapluattphcm congan congannhandan
    quandoinhandan vneconomy nongnghiep thoibaotaichinh vietnamfinance dautu baodautu
    nhipcaudautu thesaigontimes reuters afp bbc xinhua kyodo yonhap bloomberg cnn tass sputnik
    dpa ansa efe epd apa anp belga ntb ritzau nikkei nikkeiasia nhk scmp tanhoaxa rfi voa kbs mbc
    sbs bernama antara akp kpl ukrinform aljazeera thehindu antd danviet pap ctk mti anadolu
    montsame rte anampa inquirer lefigaro sabc pti rianovosti prensalatina cgtn jiji pna wam lusa
    irna hina notimex bta mena gna kazinform ruv 新华社 тасс"""
_OUTLETS = frozenset(_OUTLET_NAMES.split())
# … but a code in capitals after a writer's name, a comma and a reporter's post written out is the
# outlet the post is at (`John Smith, phóng viên AP`), as a known one is (`…, phóng viên CNN`).
_AGENCY_CODE = patterns.compile(r"[A-Z]{2,5}")
# An outlet's regional desk after a name: `Văn Ngọc/VOV-Tây Bắc`, `TTXVN-Hà Nội` (folded).
_DESK = patterns.compile(r"^([a-z0-9+.]{2,12})(?:\s*[-–]\s*|\s+)\w")
# Outlets by the word they open with (`Báo Lào Cai`, `Cổng TTĐT tỉnh Quảng Trị`): a source.
_OUTLET_WORDS = patterns.compile(
    r"^(?:báo|tạp chí|thời báo|nhật báo|tuần báo|đài|cổng thông tin|cổng ttđt|trang tin"
    r"|trang thông tin|trang ttđt|kênh|truyền hình|thông tấn xã"
    # a bulletin or a newsletter by its name (`BẢN TIN AN TOÀN SỐ` over its issue's day)
    r"|bản\s+tin)(?:\s|$)"
)
# Desks, offices, schools, units and CMS accounts: they sign a text, no outlet credited.
_BODY_WORDS = patterns.compile(
    r"^(?:ban biên tập|tòa soạn|toà soạn|công ty|tổng công ty"
    r"|tập đoàn|ủy ban|uỷ ban|bộ|sở|ubnd|trung tâm|viện|bbt|admin\d*|quản trị|quantri"
    # a guest's or an anonymous account, a reader signing without a name
    r"|khách|guest|ẩn\s+danh|anonymous|bạn\s+đọc$|ban\s+quản\s+trị"
    # an association, not an event it holds (`Hội thi vẽ tranh`, `Hội nghị`, `Hội chợ`) nor a
    # court's juror (`Hội thẩm`) nor the town of Hội An; a trade's (`Hiệp hội Thực phẩm Đà Nẵng`)
    r"|hiệp\s+hội|hội(?!\s+(?:thi|thẩm|nghị|thảo|chợ|diễn|trại|khỏe|khoẻ|xuân|làng|đàm|ngộ|chẩn|giảng|an)(?:\s|$))"
    r"|phòng|văn phòng|cục|chi cục|chi nhánh|administrator|super user|quản trị viên|webmaster"
    # an agency by its word (`Cơ quan Xuất nhập cảnh`, `Cơ quan thường trú`)
    r"|cơ\s+quan"
    # a school's, hospital's, police's, army's or Party body's office signing its notice
    r"|ban\s+(?:giám\s+(?:hiệu|đốc)|chỉ\s+(?:huy|đạo)|quản\s+lý|tuyên\s+giáo|chấp\s+hành"
    r"|thường\s+vụ|tổ\s+chức|dân\s+vận|điều\s+hành|đại\s+diện|kiểm\s+tra|thi\s+đua"
    r"|liên\s+lạc|nội\s+chính|thư\s+k[ýí]|tuyên\s+huấn|tham\s+mưu|truyền\s+thông|thông\s+tin)"
    # a co-op by its initials (`HTX Phước Tân`), a shop (`Tiệm vàng Minh Châu`, `Cửa hàng gạo
    # Hai Lúa`)
    r"|htx|tiệm|cửa\s+hàng"
    # an inspectorate, a department's or a province's (`Thanh tra Sở Xây dựng`), not its inspector
    r"|thanh\s+tra(?!\s+viên)(?=\s+\S)"
    # a bank signing its notice to customers, as a company does (`Ngân hàng Phương Nam`)
    r"|ngân\s+hàng"
    # a school's or an office's media team (`Tổ Truyền thông`), a commune's extension team
    # (`Tổ khuyến nông cộng đồng`) or a working group (`Tổ công tác`)
    r"|tổ\s+(?:truyền\s+thông|thông\s+tin|khuyến\s+nông|công\s+tác)|nhà\s+trường|bệnh\s+viện|công\s+an|hđnd|ubmttq|mặt\s+trận"
    r"|(?:đảng|tỉnh|thành|huyện|quận|thị|xã|phường)\s+(?:ủy|uỷ)|liên\s+đoàn|hợp\s+tác\s+xã"
    # a province's bar association (`Đoàn Luật sư tỉnh`), a youth union (`Đoàn Thanh niên xã`);
    # `Đoàn` alone is a surname
    r"|đoàn\s+(?:luật\s+sư|thanh\s+niên)|đồn\s+(?:biên\s+phòng|công\s+an)"
    r"|trường\s+(?:thpt|thcs|th|mn|ptdt\w*|phổ\s+thông|tiểu\s+học|mầm\s+non|đại\s+học|cao\s+đẳng|đh|cđ"
    r"|trung\s+cấp)"
    # courts, procuracies, universities, stations and districts an author signs from (`Hồng
    # Vân - VKSND khu vực 2`, `Trạm Khuyến nông Yên Thành`, a forest ranger's `Hạt Kiểm lâm Di
    # Linh`, a road's `Hạt Quản lý đường bộ 3`)
    r"|vksnd|tand|tòa\s+án|toà\s+án|đại\s+học|học\s+viện|trạm|hạt\s+(?:kiểm\s+lâm|quản\s+lý)"
    # a university by its initials (`ĐH Chicago`, `ĐHQG Hà Nội`), a school by its level's
    # (`THPT Chu Văn An`, `THCS Lê Lợi`), a hospital by its own (`BV Nhi Trung ương`)
    r"|đh(?:qg)?(?=\s+\S)|(?:thpt|thcs)(?=\s+\S)|bv(?=\s+\S)"
    # a power company by its initials and its province or its district branch (`PC Hưng Yên`,
    # `Điện lực Khoái Châu`)
    r"|pc(?=\s+\w)|điện\s+lực"
    # a faculty or department of a school or hospital (`Nguyễn Thảo Vy - Khoa Nông học`), a
    # club a teacher or a member writes for (`… - Câu lạc bộ Mỹ thuật`, `CLB Cờ vua`)
    r"|khoa(?=\s+\S)|câu\s+lạc\s+bộ|clb"
    # a parish, a diocese, a pagoda or a monastery a cleric signs from
    r"|giáo\s+(?:xứ|phận|hạt)|chùa|tu\s+viện|thiền\s+viện|tịnh\s+xá|nhà\s+thờ)(?:\s|$)"
)
# A post after the name (`Lường Văn Hải - Công chức Văn hóa - Xã hội`, `…, Chủ tịch Hội CCB
# xã`, `…, Ủy viên Ban Chấp hành Hội`, a clerk's `… - Thư ký Tòa án`, a resident reporter's
# bureau `(Thường trú Quy Nhơn)`, a teacher's `… - GV Trường …`, a student's `…, sinh viên …`,
# a pupil's, a former one's: `…, cựu học sinh …`): the writer's job, no person and no source
# (folded).
_POST = patterns.compile(
    r"(?:cuu\s*)?(?:cong\s*chuc|vien\s*chuc|can\s*bo|chuyen\s*vien|nhan\s*vien|giao\s*vien"
    # a teacher's post also in short (`GV Trường THCS …`)
    r"|gv|giang\s*vien|sinh\s*vien|(?<=cuu )hoc\s*sinh|(?:tong\s*)?phu\s*trach|uy\s*vien|thu\s*ky"
    r"|thuong\s*tru"
    r"|(?:pho\s*)?(?:chu\s*tich|bi\s*thu|giam\s*doc|hieu\s*truong|chu\s*nhiem|truong\s*phong"
    r"|chinh\s*(?:tri\s*vien|uy)"
    r"|chanh\s*van\s*phong)|pho\s*truong\s*(?:ban|khoa)|viet\s*kieu)"
    r"(?:\s|$)|lop\s*\d+[a-z\d]*(?![a-z\d])"  # a pupil's class (`lớp 8A`)
)
# … and a head's post in lower case (`Trưởng khoa Nhi`, `Phó Trưởng ban Tuyên giáo`, a sport's
# or a school's `Trưởng bộ môn Vovinam`, a police's `Phó Trưởng Công an xã`), a former one too
# (`nguyên Phó Trưởng Ban …`), not folded: `Trương` is a surname, `Nguyễn` one.
_POST_HEAD = patterns.compile(
    r"(?:(?:nguyên\s+)?(?:phó\s+)?trưởng\s+(?:ban|khoa|phòng|trạm|đài|thôn|ấp|bản|bộ\s+môn|bộ\s+phận|nhóm|đoàn|công\s+an)"
    # a village's head, a commander, a home town (`quê Nghệ An`; `Quế` a name)
    r"|chỉ\s+huy\s+trưởng|quê)(?:\s|$)"
)
# … and any post written as a phrase, its words after the first in lower case (`Điều phối viên
# chương trình`, `Trợ lý truyền thông`), where every word of a name opens with a capital.
_LOWER_WORD = patterns.compile(r"\s[^\W\d_]")
# A unit's name and its number after it (`Đoàn Địa chất 204`, `Đội QLTT số 5`).
_NUMBERED_UNIT = patterns.compile(r"[^\W\d_][\w\s.]*?\s(?:số\s+)?\d{1,4}")
# The dash between a name and the post after it.
_POST_DASH = patterns.compile(r"\s+[-–—]\s+")


# The place an office serves or a post is held in, closing its name: `… xã Tân Phú`, `… huyện
# Lắk`, `… tại Lào Cai`, a merged province's region (`… khu vực Mường Ảng`).
_PLACE_AFTER = patterns.compile(
    r"\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|tại|khu\s+vực)\s+\S.*$"
)


def _described(part: str) -> bool:
    """`part` reads as a description, not a name: two words or more, those after the first
    opening in lower case (`Điều phối viên chương trình`)."""
    words = _LOWER_WORD.findall(part)
    return bool(words) and all(word[1].islower() for word in words)


def _titled_place(part: str) -> bool:
    """`part` reads as a place's name: one to three words, each opening with a capital (`Nam
    Định`, `Huế`), no digit."""
    words = part.split()
    return 0 < len(words) <= 3 and all(word[:1].isupper() and word.isalpha() for word in words)


def _described_in_place(part: str) -> bool:
    """`part` reads as a description once the place closing it is set aside (`Xã hội xã Tân
    Phú`, `Phóng viên thường trú tại Lào Cai`), or gives the writer's birth year (`SN 1990`)."""
    part = part.strip()
    folded = fold(part)
    return (
        _described(_PLACE_AFTER.sub("", part))
        or _BIRTH_YEAR.fullmatch(folded) is not None
        or _PEOPLE.fullmatch(folded) is not None
    )


# A birth year after a name, with `SN` (`sinh năm`, born in) or in words: who the writer is.
_BIRTH_YEAR = patterns.compile(r"(?:sn|sinh\s*nam|nam\s*sinh)\.?\s*:?\s*(?:19|20)\d\d")
# … and the people the writer belongs to (`(dân tộc Nùng)`, `(người dân tộc Chu Ru)`, `(người Ba
# Na)`), folded.
_PEOPLE = patterns.compile(r"(?:nguoi\s*)?dan\s*toc\s+\S.*|nguoi\s+\S.*")


def _descriptions_dropped(inner: str) -> str:
    """A bracket's parts after a name, less those describing the writer (`(Quảng Trị, 62
    tuổi)` shows `(Quảng Trị)`): where the writer is stays, as a lone place does, and who the
    writer is (a description, a school or a workplace) leaves, as a lone description does; none
    when every part says who the writer is."""
    parts = [part.strip() for part in inner.split(",")]
    kept = [
        part
        for part in parts
        if not (_described_in_place(part) or is_organisation(part) or _role_at_body(part))
    ]
    return ", ".join(kept)


def _role_at_body(part: str) -> bool:
    """`part` is a role in lower case at a body named after it (`cựu học sinh THPT Chu Văn An`,
    `giáo viên Trường THCS Nguyễn Du`): who the writer is, as the role or the body alone is."""
    words = part.split()
    named = next((i for i, word in enumerate(words) if word[:1].isupper()), 0)
    return named > 0 and is_organisation(" ".join(words[named:]))


_DESK_FOLDED = patterns.compile(
    r"\b(?:redaktion|redaction|redazione|redaccion|newsroom)\b|^(?:ban bien tap|toa soan)\b"
)
_ORG_FOLDED = patterns.compile(
    r"\.(?:vn|com|net|org|info|gov)\b|\bonline$|\b(?:news|times|post|tv|radio|media|press"
    r"|magazine|guardian|telegraph|economist|herald|tribune|gazette|chronicle|observer|shimbun"
    r"|group|jsc|corp|agentur|agence|agencia|agenzia|redaktion|redaction|redazione"
    r"|redaccion|newsroom)\b|^bao[a-z]{3,}$|^(?:tap chi|ban bien tap|toa soan)\b"
    r"|^[a-z0-9-]{3,}\.[a-z]{2,3}$"  # a host name: `tinmau.de` (not initials: `k.mien`)
)


def without_title(name: str) -> str:
    """The name without the titles, ranks and callings printed before it (`_TITLE_BEFORE`)."""
    return _TITLE_BEFORE.sub("", name)


def is_organisation(name: str) -> bool:
    """True for outlets and organisations (`TUOI TRE ONLINE`, `Báo Thái Bình`, `VCCorp.vn`)."""
    cleaned = clean_text(name)
    if cleaned is None:
        return False
    folded = fold(cleaned).strip(_EDGE_PUNCT)
    key = re.sub(r"[\s.\-_]", "", folded)
    for suffix in ("online", "com", "vn", "net", "dientu"):
        if key.endswith(suffix) and key[: -len(suffix)] in _OUTLETS:
            return True
    if key in _OUTLETS or key.removeprefix("bao") in _OUTLETS:
        return True
    if key.rstrip("0123456789") in _OUTLETS:  # a channel: `VOV1`, `VTV3`
        return True
    desk = _DESK.match(folded)
    if desk and desk.group(1).replace(".", "") in _OUTLETS:
        return True
    lower = cleaned.lower()
    return bool(_OUTLET_WORDS.search(lower) or _names_body(cleaned) or _ORG_FOLDED.search(folded))


# `Ban` and the first word of a board's field (`_names_body`), not the adverbs of time and the
# verbs the word opens (`Ban đầu`, `Ban ngày`, `Ban hành`, `Ban cho`).
_BOARD = patterns.compile(
    r"Ban\s+(?!(?:đầu|ngày|đêm|nãy|sáng|trưa|chiều|tối|mai|hành|cho|phát|tặng|thưởng|bố|ơn)"
    r"(?:\s|$))(?P<field>[^\W\d_]+)(?:\s+(?P<next>[^\W\d_]+))?(?:\s|$)"
)


def _names_body(cleaned: str) -> bool:
    """`cleaned` names a desk, an office, a school, a unit or an account (`_BODY_WORDS`), or a
    board by `Ban` and its field in lower case (`Ban trọng tài giải`) or in sentence case, as a
    body's name is written (`Ban An toàn thông tin`), where a name's words are each
    capitalised: who signs a text, no outlet credited."""
    board = _BOARD.match(cleaned.strip(_EDGE_PUNCT))
    return bool(_BODY_WORDS.search(cleaned.lower())) or (
        board is not None
        and (
            board["field"].islower()
            # (a newsroom's desk, `Ban Thời sự`, stays beside its writer's name)
            or ((board["next"] or "").islower() and not _NEWSROOM_DESK.match(fold(cleaned)))
        )
    )


def _post_at_agency(people: list[str], mark: str, folded: str, code: str) -> bool:
    """`code` is the agency of a reporter's post written out after a writer's name and a comma
    (`John Smith, phóng viên AP`): who the writer is. After a dash or the abbreviation (`Lê
    Hoa - PV NTH`) a code in capitals is a second reporter's initials."""
    return (
        bool(people)
        and mark == ","
        and folded.startswith("phong")
        and bool(_AGENCY_CODE.fullmatch(code))
    )


def _outlet_edition(name: str) -> bool:
    """`name` opens with a known outlet's words and goes on (`Tuổi Trẻ Cười`, `Thanh Niên Tuần
    san`, `Lao Động Cuối tuần`): an edition or a magazine of that outlet, credited after `Theo`
    where a person's name would be the writer's. Two words at least make the outlet's part: a
    one-word code (`AFP`, `APA`) may open a name written without spaces."""
    words = fold(name).split()
    return any("".join(words[:count]) in _OUTLETS for count in range(2, len(words)))


def _outlet_of_desk(note: str) -> str | None:
    """The outlet of a bracket naming the writer's desk and then its outlet (`Ban Thời sự, Báo
    Hà Giang cũ`, a merged paper's old one; `Ban Kinh tế - Báo Lào Cai`): who the writer is,
    the outlet the source."""
    parts = _DESK_AND_OUTLET.split(note.strip())
    if len(parts) != 2 or not _NEWSROOM_DESK.fullmatch(fold(parts[0])):
        return None
    return parts[1] if _is_outlet(parts[1]) else None


# A login in brackets closing a signature (`Hoàng Thiên Ân (thienan_viet)`, `(@thienan_viet)`).
_ACCOUNT_IN_BRACKETS = patterns.compile(r"\s*\(\s*(@?)([^\s()]+)\s*\)$")
# … after an `@`, a social handle's dots join its words too (`(@hoainam.news)`): the `@` marks it
# as a login, which no outlet's or place's name is.
_HANDLE_AFTER_AT = patterns.compile(r"[a-z0-9]+(?:[._][a-z0-9]+)*")


def without_handle(text: str) -> str:
    """`text` without the writer's login in brackets closing it (a reading platform's signature
    `— Hoàng Thiên Ân (thienan_viet)`): the account the name posts as, no part of the name."""
    found = _ACCOUNT_IN_BRACKETS.search(text)
    if not found or not found.start():
        return text
    login = found[2]
    if is_account(login) or (found[1] and _HANDLE_AFTER_AT.fullmatch(login)):
        return text[: found.start()]
    return text


def is_account(name: str) -> bool:
    """A CMS account's login as the byline (`bvtv_admin`, `cdc_truyenthong`): one lower-case
    word joined by an underscore, which no person's or pen name is."""
    return _ACCOUNT.fullmatch(name.strip()) is not None


def _is_outlet(name: str) -> bool:
    """An outlet or agency a text is credited to (`Báo Lào Cai`, `VOV`), not a desk, office,
    school or account that signs it (`Ban Biên tập`, `Văn phòng UBND xã`, `Admin`)."""
    if not is_organisation(name):
        return False
    cleaned = clean_text(name) or ""
    return not (_names_body(cleaned) or _DESK_FOLDED.search(fold(cleaned)))


def is_photo_credit(text: str) -> bool:
    """`Ảnh: Misso`, `(Image: Getty Images)`: a photographer's credit, not a byline."""
    return bool(_PHOTO.match(fold(text).lstrip(_EDGE_PUNCT)))


def credits_roles(text: str) -> bool:
    """`text` credits people by their roles: the writer then another role's credit (`Thu Hiền ·
    Ảnh: Y Sơn Mlô`), or names each followed by a role in brackets (`Lê Thọ Bình (bài), Phước
    Bửu (ảnh)`): a credit line, whatever its style."""
    return bool(_CREDIT_AFTER.search(fold(text)) or _ROLE_IN_BRACKETS.search(text))


def name_before_post(text: str) -> str:
    """The name before a dash and the writer's post (`BSCKII. Lê Thị Thu Trang - Phó Giám đốc
    Trung tâm Kiểm soát bệnh tật tỉnh`): the post says who she is, no part of the byline."""
    parts = _POST_DASH.split(text, maxsplit=1)
    if len(parts) == 2 and (_POST.match(fold(parts[1])) or _POST_HEAD.match(parts[1].lower())):
        return parts[0]
    return text


def is_post(text: str) -> bool:
    """`text` is a post (`Phó Giám đốc Sở`, `Trưởng bộ môn Vovinam`): who a writer is."""
    return bool(_POST.match(fold(text)) or _POST_HEAD.match(text.lower()))


def name_before_unit(text: str) -> str:
    """The name before a dash and the writer's post, office or unit (`Kỹ sư Phạm Quốc Việt -
    Đoàn Địa chất 204`, `Lê Văn Hòa - Phòng Kỹ thuật`): who the writer is, no part of the name."""
    parts = _POST_DASH.split(text, maxsplit=1)
    if len(parts) == 2 and (
        name_before_post(text) != text or is_organisation(parts[1]) or _numbered_unit(parts[1])
    ):
        return parts[0]
    return text


def credited_otherwise(text: str, name: str) -> bool:
    """`text` credits `name` as photographer, editor or approver (`Biên tập: Thu Trang`)."""
    folded = fold(text)
    return any(
        folded[m.end() :].lstrip(_EDGE_PUNCT).startswith(fold(name))
        for m in _CREDIT.finditer(folded)
    )


def _strip_roles(part: str) -> str:
    """Drop leading role prefixes such as `Bài và ảnh:` or `Tác giả:`, and the `By`, `Von`,
    `Di` that foreign-language bylines open with (before a capitalised name only)."""
    while True:
        m = _ROLE.match(fold(part))
        if not m or not m.end():
            m = _BY.match(part)
            if not m or not _names_follow(part, m):
                return part
        part = part[m.end() :]


def _names_follow(part: str, label: re.Match[str]) -> bool:
    """A name follows `by`, `bởi` or `von`: a capital, a handle (`@minhhoang`) or a template's
    field left unfilled (`By ${author}`, `By {{author}}`, `By [Author Name]`), or anything after a
    colon, a solidus (`文／王小明`) or a label of two words (`Posted by admin`, `Gửi bởi:
    hoangnam`)."""
    after = part[label.end() : label.end() + 1]
    said = label.group().strip()
    return (
        after.isupper()
        or after in "@${["
        or said.endswith((":", "：", "៖", "／", "/"))
        or " " in said
    )


def _trim(text: str) -> str:
    """Strip edge punctuation, keeping the full stop of a closing initial (`H.V.`) or suffix
    (`Jr.`)."""
    trimmed = text.strip(_EDGE_PUNCT)
    rest = text.rstrip()
    if trimmed and _INITIAL_END.search(rest) and rest.startswith(trimmed) and rest != trimmed:
        return trimmed + "."
    return trimmed


def _titles_joined(pieces: list[str]) -> list[str]:
    """The pieces (names and the separators between them) with titles listed before a name
    and a comma or a dash (`PGS, TS Nguyễn Thị Hải Yến`, `Thạc sĩ – Bác sĩ …`) joined to it:
    titles, not a person."""
    joined = pieces[:1]
    for index in range(1, len(pieces) - 1, 2):
        title = joined[-1]
        if pieces[index].strip() in (",", "-", "–", "—") and _TITLE_BEFORE.fullmatch(
            title.strip() + " "
        ):
            joined[-1] = title + pieces[index] + pieces[index + 1]
        else:
            joined += pieces[index : index + 2]
    return joined


def _titled(word: str) -> bool:
    """A word of a name in title case: `Hà`, not `PT` or `và`."""
    return word[:1].isupper() and not word.isupper()


# A calling before a person in running text (`… & bà Lê Mai`, `anh Lê Nam và chị …`): in lower
# case before a name in title case it is no part of the name, as no name opens in lower case.
# A line calling a later writer so capitalises the same callings only as its opening words
# (`Ông Phạm Bình & bà Lê Mai`): there `Ông` and `Bà` before a name of two words (`_TITLE_BEFORE`
# takes them before three) are callings too, not a pen name's first word (`Ông Giáo Làng`).
_CALLING = patterns.compile(r"(?:ông|bà|anh|chị|cô|thầy|cụ|em|bác|chú)\s+")
_OPENING_CALLING = patterns.compile(r"(?:Ông|Bà)\s+")


def _without_calling(part: str, opening: bool = False) -> str:
    """`part` without a calling before a name of two words or more in title case (`bà Lê Mai`;
    with `opening`, a capitalised `Ông` or `Bà`), or `part` as it is."""
    m = (_OPENING_CALLING if opening else _CALLING).match(part)
    name = part[m.end() :] if m else ""
    words = name.split()
    return name if len(words) >= 2 and all(map(_titled, words)) else part


# Words that make a title's field a place or a unit (`Học sinh lớp Chuyên Toán`, `Bác sĩ tại Hà
# Nội`): no field of knowledge, and the capitalised words after them no name.
_UNIT_WORDS = frozenset(
    (
        "lớp",
        "trường",
        "khoa",
        "phòng",
        "ban",
        "sở",
        "xã",
        "phường",
        "huyện",
        "tỉnh",
        "tại",
        "ở",
        "của",
    )
)


def _name_after_field(text: str) -> str:
    """The name after the field a title is in (`Thạc sĩ tâm lý Trần Thu Hương`, `Kỹ sư nông
    nghiệp …`): one to three words in lower case, then a name of two words or more, each in
    title case. A job with no name after it (`Kỹ sư quản trị hệ thống`) is left as it is."""
    words = text.split()
    field = list(takewhile(str.islower, words))
    name = words[len(field) :]
    if (
        1 <= len(field) <= 3
        and not _UNIT_WORDS.intersection(field)
        and len(name) >= 2
        and all(map(_titled, name))
    ):
        return " ".join(name)
    return text


def _desk_named(name: str) -> bool:
    """`name` is a newsroom's desk after a reporter's abbreviation (`PV Ban Xây dựng Đảng`):
    `Ban` and words with one in lower case, as no name has (`Ban Mai` is a name)."""
    first, *rest = name.split() or [""]
    return first == "Ban" and any(word[:1].islower() for word in rest)


def _titled_name(part: str) -> bool:
    """`part` is a calling that is also a post (`_POST`) before a name, two words or more in
    title case (`Giáo viên Hoàng Thị Mơ`): a title and its person, not a post alone (`Giáo viên
    Trường THCS Lê Lợi`)."""
    name = without_title(part)
    if name != part and name[:1].islower():
        name = _name_after_field(name)  # `Chuyên viên tâm lý Lê Minh Hà`
    words = name.split()
    return name != part and len(words) >= 2 and all(map(_titled, words))


def _split_hyphened_names(text: str) -> str:
    """`Thu Hà-Minh Đức` as `Thu Hà - Minh Đức`, unless the hyphen is inside brackets or joins
    the name of an outlet or office (`Báo Bà Rịa-Vũng Tàu`)."""
    for m in reversed(list(_BARE_HYPHEN.finditer(text))):
        before, after = text[: m.start()], text[m.end() :]
        start = max(before.rfind(mark) for mark in _LIST_MARKS) + 1
        end = min((i for i in (after.find(mark) for mark in _LIST_MARKS) if i >= 0), default=None)
        left, right = before[start:].split(), after[:end].split()
        if (
            "(" not in before[start - 1 : start]
            and len(left) >= 2
            and len(right) >= 2
            and all(map(_titled, left[-2:] + right[:2]))
            and not is_organisation(before[start:])
        ):
            text = f"{before} - {after}"
    return text


def _as_printed(text: str) -> str:
    """The byline's letters as a reader sees them: invisible marks gone, styled and look-alike
    letters as the Latin ones they show (an eth opening a word as `Đ`), entities as the
    characters they encode, markup and emphasis around the names gone, blank look-alikes as
    spaces, and a pair of brackets around the whole line opened."""
    text = _INVISIBLE.sub("", unescape(text))
    text = collapse(TAG_CHARS.sub("", _INLINE_TAG.sub("", text)).translate(BLANK_LOOKALIKES))
    if "~~" in text:
        text = _STRUCK.sub("", text)
    if "*" in text or "__" in text:
        text = _NAME_EMPHASIS.sub(r"\2", text)
    emphasis = _EMPHASIS.fullmatch(text)
    if emphasis:
        text = emphasis.group(2)
    text = _STYLED.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _MIXED_WORD.sub(lambda m: m.group().translate(_LOOKALIKES), text)
    text = text.translate(_LOOKALIKE_MARKS)
    if "Ð" in text or "ð" in text:
        text = _ETH_OPENING.sub(lambda m: "Đ" if m[0] == "Ð" else "đ", text)
    wrapped = _WRAPPED.fullmatch(fold(text))
    return text[wrapped.start(1) : wrapped.end(1)] if wrapped else text


def _role_word(text: str) -> bool:
    """A role after the names is a phrase or a word in lower case (`Lê Hoa dịch`, `THU HÀ thực
    hiện`): one word in title case closes a name."""
    words = text.split()
    return len(words) > 1 or text.strip().islower()


def without_contact(text: str) -> str:
    """A writer's line without the e-mail address or the phone number printed after the name
    (`Nguyễn Đức Toàn – 0912 345 678` in an `<address>`): how to reach the writer, no name."""
    return _CONTACT.sub("", text).strip()


def _contacts_removed(text: str) -> str:
    """The byline without the writer's e-mail, phone, a count after an eye and pictographs."""
    text = _CONTACT.sub("", text)
    text = _EYE_COUNT.sub("", text)
    return _PICTOGRAPH_AFTER.sub("", _PICTOGRAPH.sub("", text))


def _code_removed(text: str) -> str:
    """The byline without a code after the names: after its label always, bare only after a name
    in title case (`VOV 1` is a channel, `khu vực 2` a unit's name); a number that is a writer's
    label's whole value (`Tác giả: 0`) is a placeholder, left for `_NO_AUTHOR`."""
    m = _CODE_AFTER.search(fold(text))
    if m is None:
        return text
    role = _ROLE.match(fold(text)) if m.group("label") else None
    if role and role.end() >= m.end("label"):
        return text
    before = text[: m.start()]
    words = before.split()
    if m.group("label") or (words and all(map(_titled, words)) and not is_organisation(before)):
        return before
    return text


def _unmarked(found: re.Match[str]) -> str:
    """A capitalised name without the affiliation's marker glued to it; a lower-case handle
    (`hoangnam95`), a name in capitals (an outlet's channel, `VTV24`) and an outlet whose name
    ends in digits (`Kênh14`) keep their digits."""
    name = found.group(1)
    if fold(found.group()) in _OUTLETS:
        return found.group()
    return name if name[0].isupper() and not name.isupper() else found.group()


# A caption's sentence closed by a full stop, then the name in brackets (`Ảnh minh họa. (Minh
# Anh)`): the caption is no name.
_CAPTION_THEN_NAME = patterns.compile(r"([^()]+?)\.\s*\(([^()]+)\)\s*")


def _caption_dropped(text: str) -> str:
    """The bracketed name after a caption's sentence (a phrase: its later words in lower case),
    or the text as it is."""
    m = _CAPTION_THEN_NAME.fullmatch(text)
    if m is None or " " not in m.group(1).strip() or not _described(m.group(1).strip()):
        return text
    name = m.group(2).strip()
    return text if _described(name) or is_organisation(name) else name


def _own_outlet_follows(pieces: list[str], index: int) -> bool:
    """Whether a solidus and an outlet follow the piece (`… - Đức Thịnh/VOV`): a second writer
    with an outlet of their own, not the words of the last writer's outlet going on."""
    return (
        index + 2 < len(pieces)
        and pieces[index + 1].strip() == "/"
        and _is_outlet(pieces[index + 2].strip(_EDGE_PUNCT))
    )


def _numbered_unit(part: str) -> bool:
    """`part` is a unit numbered as units are (`Đoàn Địa chất 204`, `Đội Quản lý thị trường số
    5`, `Lữ đoàn 147`): words in title case first, then a number, which no person's name holds."""
    return _NUMBERED_UNIT.fullmatch(part.strip()) is not None


def _initials_and_place(text: str) -> bool:
    """`text` is a body's initials and the place it serves (`CDC Nghệ An`, `BHXH Thành phố
    Huế`, `CCHQ cửa khẩu Móng Cái`): a word of three capitals or more, then words in small
    letters after their first. After `Theo` it is the source, no person: no name opens so."""
    first, *rest = text.split() or [""]
    return (
        len(first) >= MIN_INITIALS
        and first.isalpha()
        and first.isupper()
        and bool(rest)
        and all(word[1:].islower() for word in rest)
    )


def _signs_as_body(part: str) -> bool:
    """`part` names an office, a desk or a team (`Tổ Thông tin`), which signs as a body, no
    person, and whose name may go on after a dash (`Tổ Thông tin - Tuyên truyền`)."""
    return is_organisation(part) or _TEAM.match(part.lower()) is not None


def _office_goes_on(separator: str, piece: str) -> bool:
    """`piece` after an office's name is more of it: after `và` (or `&` before one word: `Tổ
    Podcast & Video`), or after a dash when its words
    after the first are in lower case (`Phòng Kế hoạch - Điều độ`, `Phòng Tổ chức - Hành chính`),
    as an office's are and a person's never are (`Phòng Kế hoạch - Lê Văn Hòa` names her), the
    place the office serves aside (`Phòng Văn hóa - Xã hội xã Tân Phú`), or after a comma when
    every word is in lower case (`Phòng Phổ biến, giáo dục pháp luật`), as no name is."""
    mark = fold(separator).strip()
    return (
        mark == "va"
        or (mark == "&" and len(piece.split()) == 1)
        or (mark in ("-", "–", "—") and _described_in_place(piece))
        or (mark == "," and all(word[:1].islower() for word in piece.split()))
    )


def _unit_goes_on(separator: str, piece: str) -> bool:
    """`piece` after the writer's unit is more of the unit's name: after a dash (`Sở Văn hóa -
    Thể thao`), or after `và` when a word of it is in lower case (`Trung tâm Tư vấn và Hỗ trợ
    HTX`), as no person's name has one; `và` before a name opens the next person."""
    mark = fold(separator).strip()
    return mark in ("-", "–", "—") or (
        mark == "va" and any(word[:1].islower() for word in piece.split())
    )


# An outlet of a merged province, `và` and a comma inside its name (`Báo và Phát thanh, Truyền
# hình Khánh Hòa`, `Báo và PT-TH Lâm Đồng`), and a comrade's `Đ/c` (folded): no list of names.
_UNSPLIT = patterns.compile(
    r"bao\s+va\s+(?:phat\s*thanh\s*,\s*truyen\s*hinh|pt\s*-?\s*th)(?![a-z])|(?<![a-z])d/c(?![a-z])"
)


def _unsplit_spans(text: str) -> list[tuple[int, int]]:
    """The spans no list separator splits: an aside in brackets (`(xã Cam Lộ, Quảng Trị)`), a
    merged province's outlet and `Đ/c` (`_UNSPLIT`)."""
    spans = [m.span() for m in _UNSPLIT.finditer(fold(text))]
    return spans + [m.span() for m in _PAREN.finditer(text)]


# An official's signature under a document: on whose behalf (`TM.`, `KT.`, `TL.`, `TUQ.`,
# `Q.`), the body and the post in capitals, `(đã ký)`, then the signer's name.
_SIGNED = patterns.compile(r"\(\s*đã\s+ký[^()]*\)\s*", re.IGNORECASE)
_SIGNING_FOR = patterns.compile(r"(?:TM|KT|TL|TUQ|Q)\.\s")


def _signer(text: str) -> str:
    """The signer's name out of a signature (`TM. UBND XÃ TÂN AN CHỦ TỊCH (đã ký) Nguyễn Văn
    Hùng`): what follows `(đã ký)`, or the words after the frame's capitals; the text as it is
    when it is no signature (`Q. Anh` is a pen name)."""
    signed = _SIGNED.search(text)
    if signed:
        return text[signed.end() :]
    words = text.split()
    if not _SIGNING_FOR.match(text) or len(words) < 3 or not words[1].isupper():
        return text
    while words and words[0].isupper():
        words.pop(0)
    return " ".join(words)


def clean_byline(text: str | None) -> Byline:
    """Split a byline into its people and the source it credits."""
    cleaned = clean_text(text)
    if cleaned is None:
        return Byline(None, (), None)
    cleaned = without_handle(_contacts_removed(_as_printed(cleaned)))
    cleaned = _AFFILIATION_MARK.sub(_unmarked, cleaned)
    leader = _LEADER.match(fold(cleaned)) or _POSTED_AT.match(fold(cleaned))
    if leader:
        cleaned = cleaned[leader.end() :]
    trailer = _TRAILER.search(fold(cleaned))
    if trailer:
        cleaned = cleaned[: trailer.start()]
    cleaned = _POSTED_AFTER.sub("", _FILED_IN.sub("", cleaned))
    cleaned = _signer(_caption_dropped(_code_removed(cleaned)))
    if _NOBODY.fullmatch(fold(cleaned).strip(_EDGE_PUNCT)):
        return Byline(None, (), None)
    source: str | None = None

    def credit(candidate: str, also: bool = False) -> None:
        """The source credited, unless one is already (`also`: one more writer's own, joined)."""
        nonlocal source
        candidate = clean_text(candidate.strip(_EDGE_PUNCT))
        if not candidate or _NO_AUTHOR.fullmatch(fold(candidate)):
            return
        if _LANGUAGE.fullmatch(fold(candidate)):
            return  # `Thu Hằng dịch từ tiếng Anh`: the language translated, no source
        if source is None:
            source = candidate
        elif also and candidate not in source.split(", "):
            source = f"{source}, {candidate}"

    m = _SOURCE_LABEL.search(fold(cleaned))
    if m:
        field = _NEXT_FIELD.search(fold(cleaned), m.end())
        end = field.start() if field else len(cleaned)
        credit(cleaned[m.end() : end])
        cleaned = cleaned[: m.start()] + cleaned[end:]
    source_field = m is not None
    label = _COMPILED_FROM_LABEL.match(fold(cleaned))
    if label:
        credit(cleaned[label.start(1) : label.end(1)])
        cleaned = cleaned[label.end() :]
    compiled_by = _THEO_COMPILED_BY.search(fold(cleaned))
    if compiled_by and is_organisation(cleaned[compiled_by.start(2) : compiled_by.end(2)]):
        credit(cleaned[compiled_by.start(1) : compiled_by.end(1)])
        credit(cleaned[compiled_by.start(2) : compiled_by.end(2)], also=True)
        cleaned = cleaned[: compiled_by.start()] + cleaned[compiled_by.end() :]

    def paren(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        folded = fold(inner)
        if (
            _COMPILATION.fullmatch(folded)
            or _ROLE_NOTE.fullmatch(folded)
            or _WRITER_NOTE.fullmatch(inner)
        ):
            return " "
        if not any(c.isalnum() for c in inner):
            return " "  # a footnote's mark after the author (`(*)`), the note under the text
        if _NICKNAME.match(folded):
            return " "  # a nickname: `(tức “Hải Sâm”)`
        if _FROM_LANGUAGE.fullmatch(folded):
            return " "  # the language translated from: `(từ bản tiếng Pháp)`
        if _POST.match(folded) or _POST_HEAD.match(inner.lower()):
            place = inner.rpartition(",")[2].strip()
            if place != inner and _titled_place(place) and not is_organisation(place):
                return f" ({place}) "  # `(giáo viên hưu trí, Nam Định)`: where the writer is stays
            return " "  # the writer's post, as the writer's office: who the writer is
        if _CREDIT.match(folded):
            return " "  # an editor's or a designer's credit beside the writer's name
        theo = _THEO.match(folded) or _COMPILED_FROM.match(folded)
        if theo:  # each writer's own (`Minh Anh (theo Reuters) - Thu Hà (theo AFP)`)
            credit(inner[theo.end() :], also=_THEO.match(folded) is not None)
            return " "
        if is_organisation(inner):  # the writer's outlet is a source; an office, only who
            if _is_outlet(inner):  # the writer is
                credit(inner)
            return " "
        outlet = _outlet_of_desk(inner)
        if outlet:  # `(Ban Thời sự, Báo Hà Giang cũ)`: the writer's desk and outlet
            credit(outlet)
            return " "
        reporter = _REPORTER_BEFORE.match(folded)
        outlet = _PLACE_AFTER.sub("", inner[reporter.end() :]) if reporter else ""
        if outlet and _is_outlet(outlet):  # `(PV Báo Quảng Ngãi)`: the writer's post and outlet
            credit(outlet)
            return " "
        if _initials_and_place(inner):  # an office by its initials: `(CCHQ cửa khẩu Móng Cái)`
            return " "
        if _described_in_place(inner) and not (
            _EDITOR_NOTE.fullmatch(folded) or _MAKER_NOTE.fullmatch(folded)
        ):
            return " "  # a post as a phrase: `(PV thường trú tại Sơn La)`; not a role: `(đồ họa)`
        if _BRACKET_CODE.fullmatch(folded):
            return " "  # the writer's number or a footnote's: `(MS: 0123)`, `(1)`
        if _OCCASION.fullmatch(inner):
            return " "  # a series' occasion and its year: `(Halloween 2027)`, no place
        if _STUDENT_CLASS.fullmatch(folded):
            return " "  # a student writer's class: `(K48 Báo chí)`, `(Lớp 11A2)`, who she is
        if _TEAM_IN_BRACKETS.fullmatch(folded):
            return " "  # the writer's team or desk, or a team's headcount: who signs, no person
        if _EDITOR_NOTE.fullmatch(folded) or _MAKER_NOTE.fullmatch(folded):
            return f" ({inner}) "  # a role read with its name below: `(ảnh)`, `(biên tập)`
        kept = _descriptions_dropped(inner)
        return f" ({kept}) " if kept else " "

    cleaned = _PAREN.sub(paren, cleaned)
    compiled_from = _COMPILED_FROM_AFTER.search(fold(cleaned))
    if compiled_from:
        credit(cleaned[compiled_from.end() :])
        cleaned = cleaned[: compiled_from.start()]
    credited_writer = _THEO_OUTLET_WRITER.match(fold(cleaned))
    if credited_writer and _is_outlet(cleaned[credited_writer.start(1) : credited_writer.end(1)]):
        credit(cleaned[credited_writer.start(1) : credited_writer.end(1)])
        cleaned = cleaned[credited_writer.start(2) : credited_writer.end(2)]
    theo = _THEO.match(fold(cleaned))
    credited = cleaned[theo.end() :] if theo else ""
    if _URL.fullmatch(credited.strip()):
        credit(credited)  # `Theo https://moh.gov.vn`: the address, one source
        cleaned = ""
    if not any(c in credited for c in _LIST_MARKS) and (
        _BODY_WORDS.search(credited.lower()) or _initials_and_place(credited)
    ):
        credit(credited)  # `Theo Sở Nông nghiệp và PTNT`: one office, `và` in its name
        cleaned = ""
    compiled = _COMPILATION.search(fold(cleaned))
    if compiled and not _DIVISION_NAMED.match(fold(cleaned)):
        cleaned = cleaned[: compiled.start()]
    role_after = _ROLE_AFTER.search(fold(cleaned))
    if role_after and _role_word(cleaned[role_after.start() :]):
        cleaned = cleaned[: role_after.start()]
    cleaned = cleaned.lstrip(_EDGE_PUNCT)
    opening = _VIDEO_OPENING.match(fold(cleaned))
    again = opening and _AUTHOR_AGAIN.search(fold(cleaned), opening.end())
    if again:
        cleaned = cleaned[again.start() :].lstrip(_EDGE_PUNCT)
    elif source_field and _POSTER_OPENING.match(fold(cleaned)):
        cleaned = ""  # `Nguồn: Phòng GD&ĐT | Người đăng: Lê Nam`: the poster only uploaded it
    if not _CREDIT.match(fold(cleaned)):
        cleaned = _strip_roles(cleaned)
        credit_after = _CREDIT_AFTER.search(fold(cleaned))
        if credit_after:
            again = _AUTHOR_AGAIN.search(fold(cleaned), credit_after.end())
            cleaned = cleaned[: credit_after.start()] + (cleaned[again.start() :] if again else "")
    note = _NOTE.search(cleaned)
    cleaned = cleaned[: note.end()].rstrip(" .,;") if note else _trim(cleaned)
    if _NO_AUTHOR.fullmatch(fold(cleaned)) or is_account(cleaned):
        cleaned = ""  # (a CMS account's login posting the text names nobody either)

    joined = _JOINED_DESIGN.match(fold(cleaned))
    if joined:
        cleaned = cleaned[joined.end() :]
    cleaned = _split_hyphened_names(cleaned)
    pieces: list[str] = []
    position = 0
    kept_whole = _unsplit_spans(cleaned)
    for sep in _SPLIT.finditer(fold(cleaned)):
        if sep.group().strip() == "cung" and cleaned[sep.start() : sep.end()].strip() != "cùng":
            continue  # `Cung` is a name, only `cùng` (with) joins two
        if any(start <= sep.start() < end for start, end in kept_whole):
            continue
        pieces += [cleaned[position : sep.start()], cleaned[sep.start() : sep.end()]]
        position = sep.end()
    pieces.append(cleaned[position:])
    pieces = _titles_joined(pieces)
    # a later writer called in lower case (`… & bà Lê Mai`): the opening `Ông` or `Bà` is a calling
    called_later = any(
        _without_calling(p.strip(_EDGE_PUNCT)) != p.strip(_EDGE_PUNCT) for p in pieces[2::2]
    )
    kept: list[tuple[str, str]] = []  # (separator before, part)
    people: list[str] = []
    separator = ""
    after_unit = False  # the last piece named the writer's outlet, unit or post
    after_credit = ""  # … credited a photographer or an editor ("other"), or the source
    other_credited = False  # a piece before credited a photographer or an editor
    signed_by_body = False  # an office or desk signs: `Văn phòng HĐND - UBND huyện`
    office_last = False  # … and the last piece kept is its name
    desk_last = False  # the last piece kept is a newsroom's desk (`PV Ban Kinh tế`)
    post_before = False  # the last piece read was the writer's post or unit
    for index, piece in enumerate(pieces):
        if index % 2:
            separator = piece
            continue
        # An office signing alone goes on after `và` (`Ban Chỉ huy PCTT và TKCN tỉnh`, `Sở Văn
        # hóa và Thể thao`) or a dash (`Phòng Kế hoạch - Điều độ`): its name, no second signer.
        joined, office_last = office_last and _office_goes_on(separator, piece), False
        if joined and piece.strip():
            kept[-1] = (kept[-1][0], f"{kept[-1][1]}{separator}{piece.strip()}")
            office_last = True
            continue
        # A desk's name goes on after a dash (`PV Ban Kinh tế - Xã hội`): no second signer.
        mark = separator.strip()
        if desk_last and mark in ("-", "–", "—") and _NEWSROOM_DESK.fullmatch(fold(piece.strip())):
            kept[-1] = (kept[-1][0], f"{kept[-1][1]} {mark} {piece.strip()}")
            continue
        desk_last = False
        # `Ảnh: Thu Hà/TTXVN` is one credit, `Theo TTXVN/Vietnam+` one source.
        if after_credit and separator.strip() == "/":
            if after_credit == "source" and source and _is_outlet(piece):
                source = f"{source}/{piece.strip(_EDGE_PUNCT)}"
            continue
        # … and `Theo Bloomberg, Reuters` two outlets credited together, as in brackets, or an
        # outlet and an office (`Theo NHK và Cơ quan Xuất nhập cảnh Nhật Bản`): both the source.
        if (
            after_credit == "source"
            and source
            and (
                (separator.strip() == "," and _is_outlet(piece))
                or (fold(separator).strip() == "va" and is_organisation(piece))
            )
        ):
            source = f"{source}, {piece.strip(_EDGE_PUNCT)}"
            continue
        after_credit = ""
        # The outlet, unit or post after a writer's name goes on after a dash (`Công chức Văn
        # hóa - Xã hội`, `Sở Văn hóa - Thể thao`); a comma or `và` opens the next person.
        after_unit = after_unit and _unit_goes_on(separator, piece)
        if after_unit and not _own_outlet_follows(pieces, index):
            continue
        piece = piece.lstrip(_EDGE_PUNCT)
        if _CREDIT.match(fold(piece)) or (
            other_credited and _VIDEO_AFTER_CREDIT.match(fold(piece))
        ):
            after_credit, other_credited = "other", True
            continue
        note = _NOTE.search(piece)
        brackets = note.group(1) if note else "()"
        inner = brackets[1:-1].strip()
        if note and _EDITOR_NOTE.fullmatch(fold(inner)):
            continue  # `Thu Hiền (biên tập)`: the editor
        if note and inner[:1].islower() and _MAKER_NOTE.fullmatch(fold(inner)):
            continue  # `Phước Bửu (ảnh)`: the photographer
        if note:
            piece = piece[: note.start()]
        part = _trim(_strip_roles(piece))
        role_after = _ROLE_AFTER.search(fold(part))
        if role_after and _role_word(part[role_after.start() :]):
            part = part[: role_after.start()]  # `Ngọc Anh dịch – Bài gốc: …`: each writer's role
        handle = _HANDLE.fullmatch(part) is not None  # `hoangnam_pd (Hoàng Nam)`: the name
        if note and (not part or (handle and inner[:1].isupper())):
            part, note = inner, None
        folded = fold(part)
        if not part:
            continue
        theo = _THEO.match(folded)
        if theo:
            rest = part[theo.end() :]
            if is_organisation(rest) or _outlet_edition(rest):
                credit(rest)
                after_credit = "source"
                continue
            part, folded = rest, folded[theo.end() :]
        # (a reporter's post naming the outlet is read below: `…, phóng viên Asahi Shimbun tại Hà
        # Nội` credits the outlet alone)
        reported_for = _REPORTER_BEFORE.match(folded)
        if _is_outlet(part) and not reported_for:
            credit(part, also=mark == "/" and len(people) > 1)  # each writer's own outlet
            after_unit = bool(kept)
            after_credit = "source" if source == part else ""
            continue
        if is_organisation(part) and kept and not signed_by_body and not reported_for:
            after_unit = post_before = True  # the writer's office, school or unit
            continue
        province = mark == "," and post_before and part in _PROVINCES
        post_before = False
        if kept and (
            _FILED_FROM.match(part) or province or (mark == "," and _PLACE_NAMED.match(part))
        ):
            kept.append((f"{mark} " if mark == "," else separator, part))
            continue
        if people and _ASSOCIATES.fullmatch(folded):
            kept.append((separator, part))  # `… và cộng sự`: the writer's team, nobody named
            continue
        # (a reporter's function after a name is a post too: `- Phóng viên thường trú`)
        reporter_post = _REPORTER_BEFORE.match(folded) or not _MARKER.fullmatch(folded)
        posted = (_POST.match(folded) or _POST_HEAD.match(part.lower())) and not _titled_name(part)
        if posted or (people and _described_in_place(part) and reporter_post):
            after_unit = post_before = bool(kept)
            continue
        if people and mark in ("-", "–", "—") and _numbered_unit(part):
            after_unit = True  # the writer's unit: `Kỹ sư … - Đoàn Địa chất 204`
            continue
        # A desk, an office or an account signing alone is the display, and names nobody.
        signed_by_body = signed_by_body or not kept and _signs_as_body(part)
        reporter = _REPORTER_BEFORE.match(folded)
        named = part[reporter.end() :] if reporter else ""
        outlet = _PLACE_AFTER.sub("", named) if named else ""
        if outlet and (_is_outlet(outlet) or _post_at_agency(people, mark, folded, outlet)):
            credit(outlet)  # `Phóng viên Báo …`: the role, crediting its outlet
            if people:  # after a name (`John Smith, phóng viên BBC tại Hà Nội`): the writer's post
                after_unit = True
                continue
            part, folded, named = (
                part[: reporter.end()].strip(),
                folded[: reporter.end()].strip(),
                "",
            )
        named_before = len(people)
        team = bool(named) and bool(
            reporter["team"]
            or _NEWSROOM_DESK.match(fold(named))
            or _TEAM.match(named.lower())
            or _desk_named(named)
        )
        if named and not (team or is_organisation(named)):
            people.append(clean_text(named) or named)
        elif not (_MARKER.fullmatch(folded) or _TEAM.match(part.lower()) or is_organisation(part)):
            person = _TITLE_BEFORE.sub("", _TITLE_AFTER.sub("", part)) or part
            if person == part:
                person = _without_calling(part, opening=called_later and not kept)
            reporter = _REPORTER_BEFORE.match(fold(person)) if person != part else None
            if reporter:  # a reporter after a rank and a comma: `Đại úy, PV Lê Nam`
                person = person[reporter.end() :]
            if person != part and person[:1].islower():
                person = _name_after_field(person)  # `Thạc sĩ tâm lý Trần Thu Hương`
            # a title before words in lower case is a job (`Kỹ sư quản trị hệ thống`), before an
            # office a body's members (`Học sinh Trường THPT …`): no name
            if (person == part or not person[:1].islower()) and not (
                person != part and is_organisation(person)
            ):
                people.append(clean_text(person) or person)
        office_last = signed_by_body and _signs_as_body(part)
        desk_last = len(people) == named_before and bool(_MARKER.fullmatch(folded))
        if mark in ("-", "–", "—"):
            separator = f" {mark} "
        elif mark in (",", ";"):
            separator = f"{mark} "
        kept.append(
            (
                separator if kept else "",
                f"{part} {brackets[0]}{inner}{brackets[-1]}" if note else part,
            )
        )
    display = clean_text("".join(sep + part for sep, part in kept))
    return Byline(display, tuple(people), source)
