"""Rules the generic extractor learnt for dates, views, bylines and categories from the
thirty-seventh holdout set's foreign-language and ethnic-language editions (English, French,
Spanish, Russian, Chinese, Japanese, Korean, Lao, Khmer and H'Mông pages of Vietnamese papers,
agencies and portals on their own language's products)."""

from __future__ import annotations

from datetime import datetime

from pipelines.normalize import extract_record
from tests.invented import InventedArticle

NOW = datetime.fromisoformat("2026-12-06T10:00:00+07:00")
URL = "https://edition.example.vn/news/harvest-2026-318.html"
TITLE = "Harvest of the winter rice crop ends early in the delta"
TEXT = (
    "Farmers in three communes finished bringing in the winter rice crop a week ahead of plan.",
    "Cooperatives said the yield rose by a tenth on last year thanks to new seed varieties.",
)
ARTICLE = InventedArticle(URL, TITLE, NOW, TEXT)


def test_a_writer_s_label_in_the_edition_s_language_is_no_part_of_the_name() -> None:
    """A signature closing the text labelled in the edition's own language, before its colon
    (full-width in Japanese, `៖` in Khmer): `（翻訳：…）` (translation), `Xov xwm thiab duab:`
    (H'Mông: news and pictures), `អត្ថបទ និងរូបភាព៖` (Khmer: text and pictures). The label says
    who wrote the text printed; the name alone is the author."""
    lines = {
        "<p style='text-align: right;'>（翻訳：山田花子）</p>": "山田花子",
        "<p style='text-align:right'><strong>Xov xwm thiab duab: Lý Thị Pàng</strong></p>": (
            "Lý Thị Pàng"
        ),
        "<p style='text-align: right;'><strong>អត្ថបទ និងរូបភាព៖ សៅ វណ្ណា</strong></p>": ("សៅ វណ្ណា"),
    }
    for line, name in lines.items():
        record = ARTICLE.under_headline("", after_text=line)
        assert (record["byline"], record["authors"]) == (name, [name])


def test_a_khmer_date_field_printing_the_month_s_name_without_its_month_word() -> None:
    """A Khmer edition's CMS prints its date field as the weekday, the day, the month's name
    without `ខែ` (month), the year and `ម៉ោង` (hour) before the time: `ថ្ងៃសៅរ៍ 05 ធ្នូ 2026
    ម៉ោង 09:15` is the 5th of December at 09:15."""
    line = "<div class='post-meta'><span class='post-date'>ថ្ងៃសុក្រ 04 ធ្នូ 2026 ម៉ោង 16:20</span></div>"
    record = ARTICLE.under_headline(line)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T16:20:00+07:00",
        "ថ្ងៃសុក្រ 04 ធ្នូ 2026 ម៉ោង 16:20",
    )


def test_a_thai_date_field_with_the_month_s_name() -> None:
    """A Thai page's date field prints the weekday, the day, the month's name, a common-era year
    and `เวลา` (time) before the clock: `วันศุกร์ที่ 4 ธันวาคม 2026 เวลา 16:20` is the 4th of
    December at 16:20, found on the page as a Khmer month's name is."""
    line = (
        "<div class='post-meta'><span class='post-date'>"
        "วันศุกร์ที่ 4 ธันวาคม 2026 เวลา 16:20</span></div>"
    )
    record = ARTICLE.under_headline(line)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T16:20:00+07:00",
        "วันศุกร์ที่ 4 ธันวาคม 2026 เวลา 16:20",
    )


def test_an_edition_s_view_count_labelled_in_its_own_language() -> None:
    """The article's count under the headline in the edition's language: Russian `Просмотров:`,
    Spanish `Visitas:` (a stop between thousands), French `Lu … fois` (a space between them),
    Chinese `浏览：…次`, Korean `조회 …회`, Lao `ເບິ່ງ … ຄັ້ງ`: each the times it was read."""
    lines = {
        "Просмотров: 2731": 2731,
        "Visitas: 4.052": 4052,
        "Lu 3 107 fois": 3107,
        "浏览：1587次": 1587,
        "조회 2,046회": 2046,
        "ເບິ່ງ 412 ຄັ້ງ": 412,
    }
    for line, count in lines.items():
        record = ARTICLE.under_headline(f"<div class='info'><span class='hits'>{line}</span></div>")
        assert (record["views"], record["views_raw"]) == (count, line)


def test_a_french_edition_s_publish_and_update_lines_with_month_names() -> None:
    """`Publié le 5 décembre 2026 à 09h15` and `Mis à jour le 5 décembre 2026 à 11h40` in sibling
    spans under the headline: the month's name in lower case is found as a date line, and `Mis à
    jour` (updated) labels the modified time."""
    meta = (
        "<div class='article-info'><span class='date-pub'>Publié le 4 décembre 2026 à 08h05</span>"
        "<span class='date-maj'>Mis à jour le 4 décembre 2026 à 10h50</span></div>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["published_raw"], record["modified_at"]) == (
        "2026-12-04T08:05:00+07:00",
        "Publié le 4 décembre 2026 à 08h05",
        "2026-12-04T10:50:00+07:00",
    )


def test_an_update_line_labelled_in_spanish_is_the_modified_time() -> None:
    """`Actualizado: 05/12/2026 11:02` under a publish line: the update, not the publish time."""
    meta = (
        "<p class='meta'><time class='published'>05/12/2026 09:15</time> "
        "<span class='updated'>Actualizado: 05/12/2026 11:02</span></p>"
    )
    record = ARTICLE.under_headline(meta)
    assert (record["published_at"], record["modified_at"]) == (
        "2026-12-05T09:15:00+07:00",
        "2026-12-05T11:02:00+07:00",
    )


def test_a_capitalised_par_opening_a_french_byline_is_its_label() -> None:
    """`<span class="auteur">Par Lê Thu Hà</span>` under the headline: `Par` (by) is the label
    of a French byline, as `By` is of an English one."""
    record = ARTICLE.under_headline("<span class='auteur'>Par Lê Thu Hà</span>")
    assert (record["byline"], record["authors"]) == ("Lê Thu Hà", ["Lê Thu Hà"])


def test_a_tag_box_labelled_in_the_edition_s_language() -> None:
    """The keyword links after the text under a label in the edition's language (French
    `Mots-clés :`, Japanese `タグ：`, Chinese `关键词：`, Khmer `ស្លាក៖`), the links to the site's
    search: the article's tags."""
    for label in ("Mots-clés :", "タグ：", "<strong>关键词：</strong>", "<span>ស្លាក៖</span>"):
        box = (
            f"<p class='kw'>{label} <a href='/search?q=rice'>riz</a>, "
            "<a href='/search?q=delta'>delta du Mékong</a></p>"
        )
        assert ARTICLE.under_headline("", after_text=box)["tags"] == ["riz", "delta du Mékong"]


def test_a_foreign_edition_under_vietnam_s_domain_prints_vietnam_time() -> None:
    """A provincial paper's Russian edition on `ru.<paper>.vn` prints `4-12-2026, 18:20` in a
    `<time>` with no offset and states none anywhere: the paper's edition prints Vietnam time,
    as the paper does; the same page off Vietnam's domain keeps the wall clock alone."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<html lang='ru'><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        "<div class='meta'><time datetime='2026-12-04T18:20'>4-12-2026, 18:20</time></div>"
        f"<div class='text'>{text}</div></article></body></html>"
    )
    edition = extract_record(page, "https://ru.tinhbao.example.vn/ekonomika/1523.html", NOW)
    elsewhere = extract_record(page, "https://news.example.ru/ekonomika/1523.html", NOW)
    assert (edition["published_at"], elsewhere["published_at"]) == (
        "2026-12-04T18:20:00+07:00",
        "2026-12-04T18:20:00",
    )


def test_a_translator_s_credit_under_an_english_edition_s_text_is_its_byline() -> None:
    """`<p class="translator">Translated by Hoang Yen</p>` over the source's line under the
    text of an English edition: the translator wrote the text printed, the byline; the source
    names no person."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<html lang='en'><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<div class='body'>{text}</div><div class='credits'><p class='translator'>Translated by "
        "Mai Lan Anh</p><p class='source'>Source: Provincial Department of Agriculture</p></div>"
        "</article></body></html>"
    )
    record = extract_record(page, URL, NOW)
    assert (record["byline"], record["authors"]) == ("Mai Lan Anh", ["Mai Lan Anh"])


def test_a_numeric_publish_line_saying_the_json_ld_time_month_first_is_read_so() -> None:
    """An English edition's `12/04/2026 5:40 PM` under the headline beside JSON-LD's
    `2026-12-04T17:40:00+07:00`: read month-first the line says the page's own publish time to
    the minute, read day-first another day; the page's records say its order, and the line is
    the publish time as printed."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": '
        f'"{TITLE}", "datePublished": "2026-12-04T17:40:00+07:00"}}</script>'
    )
    page = (
        f"<html lang='en'><head><title>{TITLE}</title>{ld}</head><body><article><h1>{TITLE}</h1>"
        "<div class='date'>12/04/2026 5:40 PM</div>"
        f"<div class='body'>{text}</div></article></body></html>"
    )
    record = extract_record(page, URL, NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-04T17:40:00+07:00",
        "12/04/2026 5:40 PM",
    )


CHINESE_URL = "https://cn.example.vn/html/2026/shehui_1204/5821.html"
CHINESE_TITLE = "河内至海防高速公路扩建工程正式开工"
CHINESE_TEXT = (
    "该项目全长约一百公里，计划于二〇二八年底前完成扩建，届时双向车道将由四条增至六条。",
    "交通运输部表示，施工期间将分段组织交通，尽量减少对沿线居民出行的影响。",
)
CHINESE = InventedArticle(CHINESE_URL, CHINESE_TITLE, NOW, CHINESE_TEXT)


def test_an_info_line_inside_the_headline_after_a_break_is_the_article_s_facts() -> None:
    """PHPCMS prints the facts inside the `<h1>` after a `<br />`: `<span>2026-12-04 20:05:36
    来源：越通社 编译：黎秋香 浏览：2346次</span>`. The line is no part of the headline; its time
    is the publish time, the translator's field (`编译：`, spaces before each label) the
    byline, and an editor's line closing the text (`（责任编辑：…）`) names no author."""
    text = "".join(f"<p>{p}</p>" for p in CHINESE_TEXT)
    page = (
        f"<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/html/shehui/'>社会</a> &gt; 正文"
        f"</div><div id='Article'><h1>{CHINESE_TITLE}<br />\n<span>2026-12-04 20:05:36&nbsp;&nbsp;"
        "来源：越通社&nbsp;&nbsp;编译：陈秋月&nbsp;&nbsp;浏览：1587次</span>\n</h1>"
        f"<div class='content'>{text}<p style='text-align:right'>（责任编辑：黄明）</p></div></div>"
    )
    record = CHINESE.record(page)
    assert (
        record["headline"],
        record["published_at"],
        record["published_raw"],
        record["byline"],
        record["views"],
        record["category"],
    ) == (
        CHINESE_TITLE,
        "2026-12-04T20:05:36+07:00",
        "2026-12-04 20:05:36",
        "陈秋月",
        1587,
        "社会",
    )


def test_a_dedecms_page_s_underscored_title_marked_date_and_labelled_fields() -> None:
    """DedeCMS titles its page `标题_栏目_网站` (the headline, its section and the site, joined
    by underscores) over an `<h2>` headline, and prints `时间：2026年12月05日 09:15` (year and
    month marked) in a span followed by `<small>来源:</small>… <small>作者:</small>…`: the
    `<h2>` is the headline, the marked date the publish line, the writer's field the byline."""
    text = "".join(f"<p>{p}</p>" for p in CHINESE_TEXT)
    body = (
        "<div class='logo'><a href='/'><img src='/logo.gif' alt='海防报中文版'></a></div>"
        "<ul class='nav'><li><a href='/a/jiaotong/'>交通</a></li></ul>"
        "<div class='place'><a href='/'>主页</a> &gt; <a href='/a/jiaotong/'>交通</a> &gt; </div>"
        f"<div class='viewbox'><div class='title'><h2>{CHINESE_TITLE}</h2></div>"
        "<div class='info'><span class='pubtime'>时间：2026年12月04日 16:40</span> "
        "<small>来源:</small>海防报 <small>作者:</small>陈秋月 </div>"
        f"<div class='content'>{text}</div></div>"
        "<div class='commend'><a href='/a/jiaotong/20261203/1.html'>海防港货运量增长</a> "
        "2026-12-03</div>"
    )
    article = InventedArticle(CHINESE_URL, f"{CHINESE_TITLE}_交通_海防报中文版", NOW)
    record = article.record(body)
    assert (
        record["headline"],
        record["published_at"],
        record["published_raw"],
        record["byline"],
    ) == (CHINESE_TITLE, "2026-12-04T16:40:00+07:00", "时间：2026年12月04日 16:40", "陈秋月")


def test_a_reader_s_comment_time_under_a_comments_heading_is_no_publish_time() -> None:
    """A Korean edition's `2026.12.05 09:15` under the headline, and under the text a
    `<section id="bo_vc"><h2>댓글목록</h2>` (the comments, no class saying so) whose `<time
    datetime="…10:02:00+07:00">` says when a reader wrote: the machine time is the comment's,
    and the printed line is the article's publish time."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<html lang='ko'><head><title>{TITLE}</title></head><body><article><h2>{TITLE}</h2>"
        "<section class='info'><span class='date'>2026.12.05 09:15</span></section>"
        f"<div class='content'>{text}</div><section id='bo_vc'><h2>댓글목록</h2>"
        "<article><span class='name'>김민수</span> <time datetime='2026-12-05T10:02:00+07:00'>"
        "2026.12.05 10:02</time><p>좋은 소식이네요.</p></article></section></article></body></html>"
    )
    record = extract_record(page, "https://ko.tinhbao.example.vn/bbs/board.php?wr_id=7", NOW)
    assert (record["published_at"], record["published_raw"]) == (
        "2026-12-05T09:15:00+07:00",
        "2026.12.05 09:15",
    )


def test_a_category_span_opening_the_title_s_heading_is_the_section() -> None:
    """A board's post: the `<h1>` atop the page prints the title and the board's name (`… >
    News`, as the `<title>` does), and the post's own `<h2>` opens with a span classed as the
    category (`Farming`) before the span printing the title: that span names the section,
    though the headline element is the `<h1>`."""
    text = "".join(f"<p>{p}</p>" for p in TEXT)
    page = (
        f"<html lang='en'><head><title>{TITLE} &gt; News | Edition</title><meta property="
        f"'og:title' content='{TITLE}'></head><body><div id='top'><h1 id='top_title'>{TITLE} "
        "&gt; News</h1><div id='skip'><a href='#main'>Skip to content</a></div></div><article>"
        "<header><h2 id='view_title'><span class='view_cate'>Farming</span><span class="
        f"'view_subject'>{TITLE}</span></h2></header><div id='view_content'>{text}</div>"
        "</article></body></html>"
    )
    record = extract_record(page, URL, NOW)
    assert (record["headline"], record["category"]) == (TITLE, "Farming")
