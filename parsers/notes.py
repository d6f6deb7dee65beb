"""How publishers word the notes they print around an article, in the languages met so far.

These are lines a reader skips, in plain prose with nothing in the markup to tell them apart:
where the article first appeared or that it is a translation, which agencies it draws on,
appeals for donations and subscriptions, paywall and account messages, disclaimers, the
notice of a book the article is about (its publisher and price).
`parsers.body` drops them only where such notes stand: at the end of the text or among its
first paragraphs, and only when short. Each entry is a pattern on folded text
(`parsers.vietnamese.text.fold`: lower case, no diacritics), matched at the line's start or,
for the few that stand later in a note, anywhere; spaces match any spacing. Split so, a line
is read in a few microseconds.
"""

from __future__ import annotations

from parsers import patterns

# A book's publisher and price in brackets: `(Cornerstone, £25)`, `(Verso, $19.95)`.
BOOK_PRICE = r"\([^()]{1,60}, (?:£|€|\$|us\$)\s?\d[\d.,]*\)"
PRICE_MARKS = "£€$"  # one of which every `BOOK_PRICE` holds
# Notes that open with these words (after any punctuation: `¿Te ha gustado …`).
NOTE_OPENINGS = (
    # where the article comes from
    r"(?:this|the) (?:article|story|piece) (?:was )?(?:first|originally) (?:appeared|published)",
    r"(?:first|originally) (?:published|appeared) (?:in|on|by|at)\b",
    r"a version of this (?:article|story) (?:first |originally )?appeared",
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:ist eine|erschien) "
    r"(?:ubersetzung|zuerst|erstmals|ursprunglich)",
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:ist|wurde) (?:zuerst|erstmals|ursprunglich)"
    r" (?:\S+ ){0,4}(?:erschienen|veroffentlicht)",
    r"dies ist eine (?:maschinelle |automatische )?ubersetzung",
    r"(?:lest|lesen sie) den originalartikel",
    r"read the original (?:article|story)",
    # an aggregator's note on an imported copy: `Bài viết được tổng hợp tự động từ Báo …`
    r"(?:bai viet|tin bai|noi dung)(?: nay)? (?:duoc )?(?:tong hop|lay|trich) (?:tu dong )?tu\b",
    r"cet article (?:a (?:ete )?)?(?:initialement|d'abord|originellement) (?:ete )?publie",
    r"cet article est une traduction",
    r"este articulo (?:fue|se) publico (?:originalmente|por primera vez|inicialmente)",
    r"questo articolo e (?:stato )?(?:pubblicato|tradotto)",
    # that software helped write or translate it (`This article was translated with the help of
    # AI and reviewed by an editor`, `Dieser Text wurde mithilfe von KI erstellt`)
    r"(?:this|the) (?:article|story|text|summary) (?:was|has been|is) (?:\S+ ){0,4}"
    r"(?:with|using|by) (?:the (?:help|aid|assistance) of )?(?:artificial intelligence|ai)\b",
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:wurde|ist) (?:\S+ ){0,4}(?:mit hilfe|mithilfe)"
    r" (?:von )?(?:kunstlicher intelligenz|ki)\b",
    r"cet (?:article|texte) a ete (?:\S+ ){0,3}(?:a|avec) l'aide de l'intelligence artificielle",
    r"este (?:articulo|texto) (?:ha sido|fue) (?:\S+ ){0,3}con (?:la )?ayuda de (?:la )?"
    r"inteligencia artificial",
    # the sources it draws on
    r"mit (?:material|informationen) (?:von|der|des|aus)\b",
    r"(?:with )?(?:additional )?reporting (?:by|from)\b",
    # a correction of the article: `Đính chính (15:20 ngày 21/11/2025): …`, `Đính chính lúc
    # 16:30 ngày 04/12/2026: …`
    r"(?:dinh chinh|corrections?|berichtigung|korrektur|rectificatif)"
    r"(?: \([^()]{1,40}\)| luc \d{1,2}[:h]\d{2}[^:]{0,30})?:",
    r"an earlier version of this (?:article|story)",
    # what an update changed: `Cập nhật lúc 15:20 ngày 4/12: bổ sung ý kiến của …`
    r"cap nhat (?:luc )?\d{1,2}[:h]\d{2}[^:]{0,40}: (?:bai viet )?(?:da )?(?:bo sung|chinh sua"
    r"|dieu chinh|sua|them)\b",
    # … or stamped with its hour and its day, whatever it says: `Cập nhật lúc 21:40 ngày
    # 05/12/2026: …`
    r"cap nhat luc \d{1,2}[:h]\d{2},? ngay \d{1,2}/\d{1,2}(?:/\d{4})?:",
    # a part's announcement that more follows: `(Còn nữa)`, `(Kỳ sau: …)`
    r"(?:con (?:nua|tiep)|to be continued|fortsetzung folgt)\W*$",
    r"ky (?:sau|toi):",
    # the next page's teaser closing a page of a split article: `Xem tiếp trang 2: …`
    r"(?:xem|doc|moi (?:ban )?doc) tiep (?:o )?trang \d+:",
    # what the report was made within or with whose support: `Phóng sự thực hiện trong khuôn
    # khổ chương trình học bổng …`, `Bài viết được thực hiện với sự hỗ trợ của Quỹ …`
    r"(?:phong su|bai viet|loat bai|bai bao|tac pham|du an anh)(?: nay)? (?:duoc )?thuc hien"
    r" (?:trong khuon kho|voi su (?:ho tro|tai tro)|nho su (?:ho tro|tai tro))\b",
    # a wiki's note on the page: the folder it is filed in (`Trang này thuộc mục Báo cáo.`)
    r"trang(?: wiki)? nay (?:thuoc|nam trong|duoc xep vao) (?:muc|chuyen muc|thu muc|nhom)\b",
    # who supplied the text: `Nội dung do doanh nghiệp cung cấp.`
    r"(?:bai viet|noi dung|thong tin|tin bai)(?: nay| tren)? do (?:doanh nghiep|don vi|cong ty"
    r"|nha tai tro|doi tac|nhan hang)\b.{0,40}cung cap\W*$",
    # a story still being written: `(Tin đang tiếp tục được cập nhật)`, `(Đang cập nhật)`
    r"(?:(?:tin|bai(?: viet)?) )?(?:van )?dang (?:tiep tuc )?(?:duoc )?cap nhat\W*$",
    # an episode's show notes: its guests (`Khách mời: Thẩm phán …`), and when the next ones air
    # (`Nghe các tập mới vào 6 giờ sáng thứ Sáu hằng tuần …`)
    r"khach moi:",
    r"(?:moi (?:quy vi |ban )?)?(?:don )?nghe (?:cac )?tap moi\b",
    # … and a programme's airing hours: `Chương trình phát sóng lúc 19 giờ 15 thứ Bảy hằng tuần`
    r"chuong trinh (?:\S+ ){0,3}(?:duoc )?phat song (?:luc|vao)\b.{0,80}"
    r"\bhang (?:ngay|tuan|thang)\b",
    # appeals: donations, subscriptions
    r"(?:wie )?hat (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen",
    r"did you (?:like|enjoy) this (?:article|story)",
    r"if you (?:liked|enjoyed) this (?:article|story)",
    r"(?:like|liked|enjoy|enjoyed) this (?:article|story)\?",
    r"(?:vous avez aime|avez-vous aime) cet article",
    r"te ha gustado (?:este|el) articulo",
    r"unabhangige[rn]? journalismus braucht",
    r"(?:please )?support (?:our|independent) journalism",
    r"soutenez (?:notre|le) journalisme",
    # pointers to more of the site
    r"for more (?:stories|news|articles|coverage) like this",
    r"get (?:real-time|live|instant|the latest) (?:news )?(?:updates|alerts)\b",
    r"join (?:us on|our) (?:\S+ ){0,2}(?:whatsapp|telegram)\b",
    # a live page's line over its updates: `Follow along with the latest updates below.`
    r"follow (?:along )?(?:with )?(?:all )?(?:the|our) (?:latest|live) (?:updates|coverage"
    r"|developments)\b",
    r"(?:verfolgen sie|lesen sie) (?:hier )?(?:alle |die )?(?:aktuellen |neuesten )?"
    r"(?:entwicklungen|ereignisse|nachrichten) (?:hier )?(?:im|in unserem) (?:live-?blog"
    r"|live-?ticker|news-?blog)\b",
    # calls to comment
    r"(?:tell|let) us (?:know )?what you think",
    r"let us know in the comments",
    r"what do you think\?",
    r"have your say\b",
    r"(?:join|start) the (?:conversation|discussion)",
    r"(?:leave|post|write) (?:us )?a comment",
    r"(?:was|wie) (?:denken|meinen) sie(?: dazu)?\?",
    r"(?:diskutieren|kommentieren) sie mit",
    r"(?:qu'en pensez-vous|donnez votre avis)",
    r"(?:que opinas|deja tu comentario)",
    r"\d+ (?:wochen|tage|monate) (?:kostenlos|gratis) (?:testen|lesen)",
    # paywall and account messages
    r"dang ky (?:\w+ ){0,3}de doc (?:tiep|toan bo|het|tron ven|day du)",
    r"(?:bai viet|noi dung) (?:nay )?(?:danh rieng|chi danh) cho (?:hoi vien|thanh vien|tai khoan"
    r"|nguoi dang ky|ban doc dang ky)",
    r"il vous reste \d+(?:[.,]\d+)? ?% de cet article",
    r"tu suscripcion se esta usando",
)
# A book's publication notice under a review or an interview, anywhere in a note: `X, by Y, is
# out now (Cornerstone, £25)`, `X (Cornerstone, £25) is published on 3 March`. Only a text with
# a bracket and one of `PRICE_MARKS` can hold one, and most have neither.
BOOK_NOTES = (
    r"(?:is|are) (?:out now|out|published|available)\b[^()]{0,80}" + BOOK_PRICE,
    r"\w+ " + BOOK_PRICE + r" (?:is|are) (?:out now|out|published|available)\b",
)
# Notes that hold these words anywhere (`For more, sign up for our newsletters`), each opening
# at a word's start with one of `PHRASE_OPENINGS`.
NOTE_PHRASES = (
    r"abonelere sunulan haberler",  # an agency's summary-only notice
    r"sign up (?:for|to) (?:our|the) (?:[\w-]+ ){0,3}newsletters?\b",
    r"delivered (?:straight |directly )?(?:to|into) your inbox",
    r"follow (?:us|@\w+) (?:on|at) (?:twitter|x|facebook|instagram|youtube|tiktok|linkedin"
    r"|threads|bluesky)",
    # a subscription offer for the print edition: `12 issues for £11.99`
    r"\d+ issues for (?:£|€|\$|us\$)\s?\d",
    r"decouvrez nos offres",
    r"la suite est reservee aux abonnes",
    r"godkant (?:namn|bild)- och (?:namn|bild)publicering",  # a standing editorial notice
    # a call to comment below: `Hãy để lại bình luận bên dưới.`
    r"(?:de lai|gui|viet|chia se) (?:y kien|binh luan|cam nhan)\b.{0,30}\b(?:ben duoi|phia duoi"
    r"|o duoi|duoi day|cuoi bai)",
    # a note that software helped write the text: `Bài viết có sử dụng công cụ AI để hỗ trợ …`
    r"(?:co )?su dung (?:(?:cong cu|tro ly|cong nghe) (?:ai|tri tue nhan tao)|tri tue nhan tao)"
    r" (?:de )?(?:ho tro )?(?:bien tap|tom tat|dich|viet|tao)",
    r"(?:noi dung|bai viet|hinh anh|tom tat)(?: nay| tren)? (?:duoc )?(?:do|bang) (?:ai|tri tue"
    r" nhan tao) tao ra",
    # a call to report a typo with the keyboard: `… Bôi đen và nhấn Ctrl + Enter …`
    r"ctrl\W{0,3}enter",
    # a disclaimer: the text is the writer's own view, not the newsroom's
    r"(?:the hien|phan anh) (?:\w+ ){0,2}quan diem (?:(?:rieng|ca nhan) )?cua"
    r" (?:tac gia|nguoi viet)",
    r"khong nhat thiet (?:phan anh|the hien|la) (?:\w+ ){0,2}(?:quan diem|lap truong) cua"
    r" (?:toa soan|ban bien tap|bao)",
    # a disclaimer: the text is for reference only, no diagnosis or advice
    r"(?:chi|chu yeu) (?:co |mang )?tinh(?: chat)? tham khao",
    r"khong (?:the )?(?:dung de )?thay the (?:cho )?(?:viec )?(?:chan doan|tu van|dieu tri|kham"
    r"|chi dinh|y kien|loi khuyen)",
    r"for (?:general )?information(?:al)? purposes only",
    r"(?:does not|do not|is not intended to) (?:constitute|replace|substitute for|be a substitute"
    r" for) (?:\w+ ){0,2}(?:medical|financial|legal|investment|professional) advice",
    r"not a substitute for (?:professional )?(?:medical )?(?:advice|diagnosis|treatment)",
)
NOTE_OPENING = patterns.compile(
    r"\W*(?:" + "|".join(p.replace(" ", r"\s+") for p in NOTE_OPENINGS) + ")"
)
# The characters `NOTE_PHRASES` open with. `re` skips ahead to the characters a match can
# start with only when the pattern opens with a class: opening on `\b`, the phrases were tried
# at every word's start and end, twice as long on a line.
PHRASE_OPENINGS = r"abcdfghiklnpstv\d"
# At one of them that starts a word, the phrases are read from it (the look-ahead inside the
# look-behind): the same texts match at the same places, the match holding that letter only.
NOTE_PHRASE = patterns.compile(
    rf"[{PHRASE_OPENINGS}](?<=\b(?=(?:"
    + "|".join(p.replace(" ", r"\s+") for p in NOTE_PHRASES)
    + rf"))[{PHRASE_OPENINGS}])"
)
BOOK_NOTE = patterns.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in BOOK_NOTES) + ")")
MAX_NOTE = 400  # characters: a note is a line or two


def holds_note_phrase(key: str) -> bool:
    """Whether the folded text `key` holds one of `NOTE_PHRASES` or `BOOK_NOTES`; the book
    notices, which may open at any word, are looked for only in a text with a bracket and a
    price's mark."""
    return bool(
        NOTE_PHRASE.search(key)
        or ("(" in key and any(mark in key for mark in PRICE_MARKS) and BOOK_NOTE.search(key))
    )
