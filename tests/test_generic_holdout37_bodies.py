"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
thirty-seventh holdout set's foreign-language and ethnic-language editions (English, French,
Spanish, Russian, Chinese, Japanese, Korean, Lao, Khmer and H'Mông pages of Vietnamese papers,
agencies and portals on their own language's products)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
KHMER_URL = "https://khmer.example.vn/sedthakech/srov-thmey-412"
KHMER_TITLE = "សហករណ៍ថ្មី ជួយកសិករ លក់ស្រូវ"
KHMER_LEAD = "សហករណ៍ថ្មីចំនួនបី ដែលបង្កើតឡើងកាលពីខែមុន បានជួយកសិករជាងពីររយគ្រួសារក្នុងឃុំ លក់ស្រូវបានតម្លៃល្អជាងមុន។"
KHMER_TEXT = (
    "ប្រធានសហករណ៍ បាននិយាយថា សមាជិកទាំងអស់ ទទួលបានការបណ្តុះបណ្តាល អំពីការថែទាំស្រូវ។",
    "មន្ទីរកសិកម្ម នឹងបន្តជួយសហករណ៍ ក្នុងការស្វែងរកទីផ្សារ នៅឆ្នាំក្រោយ។",
)
KHMER = InventedArticle(KHMER_URL, KHMER_TITLE, NOW)


def test_khmer_paragraphs_close_their_sentences_with_the_khmer_full_stop() -> None:
    """A Khmer edition's paragraphs close with `។` (khan), its bold lead too: each closes a
    sentence, so none is a loose line dropped from the text's ends, and the bold opening line is
    the lead, over a page description that only shortens the title."""
    text = "".join(f"<p>{p}</p>" for p in KHMER_TEXT)
    page = (
        f"<article><h1>{KHMER_TITLE}</h1><div class='post-content'>"
        f"<p><strong>{KHMER_LEAD}</strong></p>{text}</div></article>"
    )
    record = KHMER.record(page, head="<meta name='description' content='សហករណ៍ថ្មី ជួយកសិករ'>")
    assert (record["summary"], record["body"]) == (KHMER_LEAD, "\n\n".join(KHMER_TEXT))


RUSSIAN_TITLE = "В Фукуоке откроют новый морской вокзал"
RUSSIAN_LEAD = (
    "Новый морской вокзал на острове Фукуок примет первые круизные лайнеры в марте, "
    "сообщили власти провинции."
)
RUSSIAN_TEXT = (
    "Вокзал сможет обслуживать до трёх тысяч пассажиров в день и два лайнера одновременно.",
    "Рядом с вокзалом строят парковку, остановку автобусов и небольшой рынок сувениров.",
    "Власти рассчитывают, что в следующем году остров посетят более ста круизных судов.",
)


def test_a_bold_opening_paragraph_is_the_lead_of_a_vietnamese_paper_s_foreign_edition() -> None:
    """A paper's Russian edition (under `.vn`) opening its text with a paragraph all in bold
    under a shorter page description: the lead typed into the text as the paper types it,
    though the copy of the text read on pages in other languages keeps no bold; the page's own
    paragraph says it. Elsewhere a bold opening paragraph stays the text's."""
    text = "".join(f"<p>{p}</p>" for p in RUSSIAN_TEXT)
    page = (
        f"<html lang='ru'><head><title>{RUSSIAN_TITLE}</title>"
        "<meta name='description' content='Новый морской вокзал на Фукуоке откроют в марте.'>"
        f"</head><body><article><h1>{RUSSIAN_TITLE}</h1><div class='text'>"
        f"<p><strong>{RUSSIAN_LEAD}</strong></p>{text}</div></article></body></html>"
    )
    record = extract_record(page, "https://ru.tinhbao.example.vn/turizm/1530.html", NOW)
    assert (record["summary"], record["body"]) == (RUSSIAN_LEAD, "\n\n".join(RUSSIAN_TEXT))
    elsewhere = extract_record(page, "https://news.example.ru/turizm/1530.html", NOW)
    assert elsewhere["body"] == "\n\n".join((RUSSIAN_LEAD, *RUSSIAN_TEXT))


SPANISH_URL = "https://es.agencia.example.vn/sociedad/hanoi-calles-peatonales-1207"
SPANISH_TITLE = "Hanói abrirá dos nuevas calles peatonales en el barrio antiguo"
SPANISH_LEAD = (
    "Las autoridades de Hanói abrirán a partir de enero dos nuevas calles peatonales en el "
    "barrio antiguo, que funcionarán los fines de semana."
)
SPANISH_TEXT = (
    "Las calles estarán cerradas al tráfico desde las seis de la tarde del viernes.",
    "El ayuntamiento prevé instalar nuevos puestos de información para los visitantes.",
)


def test_a_news_agency_s_wire_stamp_opening_its_lead_is_no_part_of_it() -> None:
    """A Spanish edition's lead opening with the agency's stamp, its place, day and month and
    the agency in brackets (`Hanói, 7 dic (VNA) – `): the stamp says where the wire was filed,
    as `HÀ NỘI - ` does; the lead is what follows it."""
    article = InventedArticle(SPANISH_URL, SPANISH_TITLE, NOW, SPANISH_TEXT)
    lead = f"<p class='article__lead'>Hanói, 7 dic (VNA) – {SPANISH_LEAD}</p>"
    assert article.under_headline(lead)["summary"] == SPANISH_LEAD


LAO_URL = "https://lao.example.vn/article/kan-suksa/1902-.html"
LAO_TITLE = "ນັກສຶກສາລາວ ມາຮຽນຕໍ່ຢູ່ແຂວງ"
LAO_TEXT = (
    "ປີນີ້ ມີນັກສຶກສາລາວ ຫຼາຍກວ່າ ຫ້າຮ້ອຍຄົນ ມາຮຽນຕໍ່ຢູ່ມະຫາວິທະຍາໄລ ຂອງແຂວງ.",
    "ນັກສຶກສາ ຈະໄດ້ຮຽນພາສາຫວຽດນາມ ໜຶ່ງປີ ກ່ອນເຂົ້າຮຽນວິຊາສະເພາະ.",
)


def test_a_lao_writer_s_line_and_a_labelled_link_to_the_original_close_no_text() -> None:
    """Under a Lao edition's text, `ຂ່າວ ແລະ ພາບ: …` (news and pictures) right-aligned in bold
    signs it, and `ອ່ານເປັນພາສາຫວຽດນາມ: <a>…</a> (03/12/2026 20:05)`, a label, one link and
    its day in brackets, points to the Vietnamese original: the writer is the byline, neither
    line is text."""
    article = InventedArticle(LAO_URL, LAO_TITLE, NOW, LAO_TEXT)
    after = (
        "<p style='text-align: right;'><strong>ຂ່າວ ແລະ ພາບ: ບຸນມີ ສີສະຫວັດ</strong></p>"
        "<p>ອ່ານເປັນພາສາຫວຽດນາມ: <a href='https://example.vn/giao-duc/a-1.html'>Sinh viên Lào "
        "đến học tại tỉnh</a> (03/12/2026 20:05)</p>"
    )
    record = article.under_headline("", after_text=after)
    assert (record["byline"], record["body"]) == ("ບຸນມີ ສີສະຫວັດ", "\n\n".join(LAO_TEXT))


CHINESE_URL = "https://cn.example.vn/html/2026/shehui_1204/5821.html"
CHINESE_TITLE = "河内至海防高速公路扩建工程开工"
CHINESE_TEXT = (
    "该项目全长约一百公里，计划于二〇二八年底前完成扩建，届时双向车道将由四条增至六条。",
    "交通运输部表示，施工期间将分段组织交通，尽量减少对沿线居民出行的影响。",
)


def test_a_labelled_link_with_its_day_among_the_paragraphs_points_elsewhere() -> None:
    """`<div class="xgbox"><strong>相关阅读：</strong><a>…</a>（2026-11-19）</div>` between two
    paragraphs of a Chinese edition's text: related reading, a label, one link to another
    article and its day, no line of the text."""
    article = InventedArticle(CHINESE_URL, CHINESE_TITLE, NOW, CHINESE_TEXT)
    block = (
        "<div class='xgbox'><strong>相关阅读：</strong>"
        "<a href='https://cn.example.vn/html/2026/shehui_1119/5702.html'>越中两国签署铁路协议</a>"
        "（2026-11-19）</div>"
    )
    assert article.record(article.between(block))["body"] == "\n\n".join(CHINESE_TEXT)


ENGLISH_URL = "https://en.example.vn/society/salt-tolerant-rice-2026-12-04/"
ENGLISH_TITLE = "Delta farmers switch to salt-tolerant rice before the dry season"
ENGLISH_DECK = (
    "Farmers have moved more than 100,000 hectares of the winter-spring crop to salt-tolerant "
    "varieties as saltwater is forecast to reach far inland early next year."
)
ENGLISH_TEXT = (
    "Agricultural officials said the switch had been planned since the last dry season.",
    "Seed companies have doubled their supply of the new varieties to cooperatives.",
)


def test_a_picture_classed_as_the_lead_art_gives_no_lead_the_sub_headline_does() -> None:
    """`<figure class="b-lead-art">` with its caption, or a `<div class="ArticlePage-lead">`
    holding only such a figure, under a `ArticlePage-subHeadline` block: the class word `lead`
    names the lead art, whose caption is no lead; the sub-headline right under the headline
    is."""
    article = InventedArticle(ENGLISH_URL, ENGLISH_TITLE, NOW, ENGLISH_TEXT)
    figure = (
        "<figure class='{cls}'><img src='/anh/ruong-lua.jpg' alt=''><figcaption>Farmers "
        "transplant seedlings in early December. Photo: Minh Tri</figcaption></figure>"
    )
    for art in (figure.format(cls="b-lead-art"), f"<div class='ArticlePage-lead'>{figure}</div>"):
        meta = f"<div class='ArticlePage-subHeadline'><p>{ENGLISH_DECK}</p></div>{art}"
        assert article.under_headline(meta)["summary"] == ENGLISH_DECK


def test_the_cover_over_a_text_read_from_another_reader_s_copy_is_the_article_s() -> None:
    """An English edition's lead picture in its own block between the headline and the text,
    on a page whose text is read from another reader's copy (pages in other languages): the
    copy's first paragraph says where the page's text starts, and the picture over it is the
    article's cover, its caption with it."""
    text = "".join(f"<p>{p}</p>" for p in ENGLISH_TEXT)
    page = (
        f"<html lang='en'><head><title>{ENGLISH_TITLE}</title></head><body><main><article>"
        f"<h1>{ENGLISH_TITLE}</h1><div class='lead-art'><figure><img src='/media/rice.jpg' "
        "alt=''><figcaption>Farmers transplant seedlings. (Photo: Minh Tri)</figcaption>"
        f"</figure></div><div class='article-body'>{text}</div></article></main></body></html>"
    )
    record = extract_record(page, "https://en.example.org/society/rice-2026.html", NOW)
    assert record["images"] == [
        {
            "url": "https://en.example.org/media/rice.jpg",
            "caption": "Farmers transplant seedlings. (Photo: Minh Tri)",
        }
    ]


JAPANESE_URL = "https://ja.example.vn/news/archives/131"
JAPANESE_TITLE = "ハイフォン市、日系企業向け相談窓口を拡充"
JAPANESE_TEXT = (
    "窓口には日本語を話す職員が常駐し、投資手続きや労働許可について相談を受け付ける。",
    "市は来年中に、オンラインでの事前予約システムも導入する方針だ。",
)


def test_a_box_of_one_line_under_a_label_in_brackets_is_the_site_s_notice() -> None:
    """`<div class="box-info"><p><strong>【窓口情報】</strong>…<br>受付時間：…<br>電話：…</p></div>`
    between the paragraphs of a Japanese edition's text: a label in lenticular brackets
    instead of before a colon opens the office's hours and phone, a notice set apart, no
    text."""
    article = InventedArticle(JAPANESE_URL, JAPANESE_TITLE, NOW, JAPANESE_TEXT)
    block = (
        "<div class='box-info'><p><strong>【窓口情報】</strong>市行政サービスセンター1階<br>"
        "受付時間：月曜〜金曜 8:00〜17:00<br>電話：+84-225-3822-000</p></div>"
    )
    assert article.record(article.between(block))["body"] == "\n\n".join(JAPANESE_TEXT)


HMONG_URL = "https://tv.example.vn/index.php?id=bac-ha-paj-ntaub"
HMONG_TITLE = "Bắc Hà: Cov poj niam Hmoob xaws paj ntaub"
HMONG_LEAD = (
    "Nyob rau hauv zos Bản Phố, Bắc Hà, muaj ntau tshaj 40 tus poj niam Hmoob koom ua ke "
    "xaws paj ntaub muag rau cov neeg tuaj ncig teb chaws."
)
HMONG_TEXT = (
    "Pawg neeg xaws paj ntaub tau txais kev pab los ntawm lub koom haum poj niam hauv xã.",
    "Txhua lub lim tiam, cov poj niam coj khoom mus muag ntawm tshav ua lag luam Bắc Hà.",
)


def test_a_summary_box_in_another_language_than_the_page_s_is_no_lead() -> None:
    """An H'Mông page (`<html lang="hnj">`) closing its text with `<div class="tomtat"
    lang="vi">`, a summary in Vietnamese: its class names a summary, its language says it is
    for other readers; the page's own bold opening paragraph is the lead."""
    text = "".join(f"<p>{p}</p>" for p in HMONG_TEXT)
    page = (
        f"<html lang='hnj'><head><title>{HMONG_TITLE}</title></head><body><div class='post'>"
        f"<h1>{HMONG_TITLE}</h1><div class='postcontent'><p><strong>{HMONG_LEAD}</strong></p>"
        f"{text}<div class='tomtat' lang='vi'><p><strong>Tóm tắt tiếng Việt:</strong></p><p>Tại "
        "thôn Bản Phố, hơn 40 phụ nữ Mông đã liên kết thêu thổ cẩm bán cho du khách.</p></div>"
        "</div></div></body></html>"
    )
    record = extract_record(page, HMONG_URL, NOW)
    assert (record["summary"], record["body"]) == (HMONG_LEAD, "\n\n".join(HMONG_TEXT))
