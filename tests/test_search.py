"""Full-text search: diacritic folding (đ included), ranking, filters and hostile queries."""

from __future__ import annotations

import asyncio
import json
import random
import re
import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.vietnamese.text import fold
from pipelines import db as store
from pipelines.db import fulltext
from pipelines.db.core import date_filters
from pipelines.db.index import month_code
from tests.test_db import FACETS, T0, T1, make_record

EXACT = "https://x.vn/exact"
FOLDED = "https://x.vn/folded"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    database = store.open_db(tmp_path_factory.mktemp("search") / "news.db")
    records = [
        make_record(
            EXACT,
            headline="Khai mạc Đại hội Đảng bộ tỉnh Thái Bình",
            summary="Đại hội Đảng bộ tỉnh nhiệm kỳ mới.",
            body="Các đại biểu dự đại hội.",
        ),
        # Same letters, other diacritics: matches only once folded.
        make_record(
            FOLDED,
            headline="Đài hồi đang bỏ ngỏ",
            summary="Dai hoi dang bo xa Vu Tien.",
            body="Bài viết khác.",
            site="other",
            published_at="2024-06-10T09:00:00+07:00",
        ),
        make_record(
            "https://x.vn/hoa-old",
            headline="Xã Thái Hoà ra quân",
            summary="Người dân xã Thái Hoà dọn vệ sinh.",
            body="Khuyến khích hoà giải ở cơ sở.",
        ),
        make_record(
            "https://x.vn/hoa-new",
            headline="Bình Hòa khánh thành cầu",
            summary="Cầu mới nối hai thôn.",
            body="Không khí hòa bình.",
        ),
        make_record(
            "https://x.vn/unrelated",
            headline="Giá lúa tăng",
            summary="Nông dân phấn khởi.",
            body="Vụ mùa bội thu.",
        ),
    ]
    store.upsert_articles(database, records, observed_at=T0)
    yield database
    database.close()


def urls(hits):
    return [h["url"] for h in hits]


def test_query_without_diacritics_finds_dai_hoi_dang_bo(db):
    hits = store.search(db, "dai hoi dang bo")
    assert EXACT in urls(hits)
    assert FOLDED in urls(hits)


def test_exact_diacritics_rank_above_folded_only_match(db):
    assert urls(store.search(db, "Đại hội Đảng bộ"))[:2] == [EXACT, FOLDED]
    assert urls(store.search(db, "đại hội đảng bộ"))[0] == EXACT  # case does not matter


def test_d_with_stroke_folds_both_ways(db):
    assert EXACT in urls(store.search(db, "DANG BO"))
    assert EXACT in urls(store.search(db, "Dang Bo"))


@pytest.mark.parametrize("query", ["hoà", "hòa", "HOÀ", "hoa"])
def test_old_and_new_tone_placement_match_each_other(db, query):
    found = set(urls(store.search(db, query)))
    assert {"https://x.vn/hoa-old", "https://x.vn/hoa-new"} <= found


def test_every_word_is_required(db):
    assert urls(store.search(db, "đại hội giá lúa")) == []


def test_hit_fields_and_snippet_highlight_the_articles_own_spelling(db):
    (hit, *_) = store.search(db, "Đại hội")
    assert set(hit) == {"url", "headline", "site", "published_at", "views", "rank", "snippet"}
    assert hit["headline"] == "Khai mạc Đại hội Đảng bộ tỉnh Thái Bình"
    assert "[Đại] [hội]" in hit["snippet"]
    (hit,) = store.search(db, "binh hoa khanh thanh", marks=("<b>", "</b>"))
    assert hit["snippet"] == "Cầu mới nối hai thôn. Không khí <b>hòa</b> <b>bình</b>."


def test_snippet_falls_back_to_the_headline(db):
    (hit,) = store.search(db, "khanh thanh")
    assert hit["snippet"] == "Bình Hòa [khánh] [thành] cầu"


def test_filters_by_site_and_date(db):
    assert urls(store.search(db, "dai hoi", site="other")) == [FOLDED]
    assert urls(store.search(db, "dai hoi", since="2024-06-01")) == [FOLDED]
    assert urls(store.search(db, "dai hoi", until="2024-05-01")) == [EXACT]
    assert store.search(db, "dai hoi", until="2024-04-30") == []


def test_limit(db):
    assert len(store.search(db, "hoa", limit=1)) == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"', []),
        ('"Đại hội', [EXACT, FOLDED]),
        ("đại*", [EXACT, FOLDED]),
        ("-đảng", [EXACT, FOLDED]),
        ("NEAR(a b)", []),
        ("đại AND hội", []),  # AND is a word here, and no article has it
        ("OR", []),
        ("(", []),
        (")", []),
        ("a:b", []),
        ("{x}", []),
        ("", []),
        ("lúa^", ["https://x.vn/unrelated"]),
    ],
)
def test_fts_syntax_is_plain_text(db, query, expected):
    assert urls(store.search(db, query)) == expected


# Which articles of the `db` fixture hold each word (any case, any diacritics), read off the
# records above: a query of several words finds the articles holding all of them.
HOLDERS = {
    "Đại": {EXACT, FOLDED},
    "hoi": {EXACT, FOLDED},
    "THÁI": {EXACT, "https://x.vn/hoa-old"},
    "bình": {EXACT, "https://x.vn/hoa-new"},
    "hoà": {"https://x.vn/hoa-old", "https://x.vn/hoa-new"},
    "hoa": {"https://x.vn/hoa-old", "https://x.vn/hoa-new"},
    "xã": {FOLDED, "https://x.vn/hoa-old"},
    "dân": {"https://x.vn/hoa-old", "https://x.vn/unrelated"},
    "mới": {EXACT, "https://x.vn/hoa-new"},
    "lúa": {"https://x.vn/unrelated"},
    "tàu": set(),
    "AND": set(),
    "NEAR": set(),
}
ALL = {EXACT, FOLDED, "https://x.vn/hoa-old", "https://x.vn/hoa-new", "https://x.vn/unrelated"}
NOISE = ' "*^:()-+{}.,!?\t\n'  # FTS5 syntax and punctuation between the words


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(HOLDERS)), max_size=4),
    st.lists(st.text(alphabet=NOISE, min_size=1, max_size=3), min_size=5, max_size=5),
)
def test_any_mix_of_words_and_syntax_finds_the_articles_holding_every_word(db, words, noise):
    query = noise[0] + "".join(word + sep for word, sep in zip(words, noise[1:], strict=False))
    expected = set.intersection(ALL, *(HOLDERS[w] for w in words)) if words else set()
    assert set(urls(store.search(db, query))) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_text_is_a_safe_query(db, query):
    assert set(urls(store.search(db, query))) <= ALL


def test_index_follows_updates(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    store.upsert_articles(
        db, [make_record("https://x.vn/1", headline="Lễ hội đền Trần")], observed_at=T0
    )
    renamed = make_record("https://x.vn/1", headline="Hội thi cấy lúa", fetched_at=T1)
    store.upsert_articles(db, [renamed], observed_at=T1)
    assert store.search(db, "den tran") == []
    assert urls(store.search(db, "cay lua")) == ["https://x.vn/1"]
    assert db["articles_search"].count == 1
    db.close()


GLUED = make_record(
    "https://x.vn/9",
    headline="Hội nghị🤝Hòa giải",
    summary=None,
    body="Cảm ơn👍🏽Bình và 🥰Thoòng.",
)


def _terms(db, index: str) -> set[str]:
    db.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_v USING fts5vocab(main, {index}, row)"
    )
    return {row[0] for row in db.execute(f"SELECT term FROM temp.{index}_v")}


def test_a_word_glued_to_a_symbol_is_found_folded_and_exact(tmp_path):
    """The tokenizer reads a pictograph, a skin tone or a code point newer than its tables as
    part of a word, so `🥰Thoòng` was one token no query word matched."""
    db = store.open_db(tmp_path / "news.db")
    store.upsert_articles(db, [GLUED], observed_at=T0)
    for query in ("hòa giải", "Bình", "thoong", "Thoòng"):
        assert urls(store.search(db, query)) == ["https://x.vn/9"], query
    exact = "SELECT count(*) FROM articles_search_exact WHERE articles_search_exact MATCH ?"
    assert db.execute(exact, ['"thoòng"']).fetchone()[0] == 1
    assert {"thoong", "binh", "hoa", "giai"} <= _terms(db, "articles_search")
    db.close()


def test_symbols_are_set_apart_as_the_plain_class_reads_them_for_every_code_point():
    """The class put first ranges ahead of `\\w` and `\\s` and skips ASCII text only to be
    cheaper: every code point is set apart or kept as the plain class says, alone, in a
    Vietnamese sentence and in a run of them."""
    from pipelines.db.index import has_glued, set_glued_apart

    plain = re.compile(r"[^\w\s\x00-\u02ff]")
    codes = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    every = "".join(map(chr, codes))
    assert set_glued_apart(every) == plain.sub(" ", every)
    for code in codes:
        char = chr(code)
        assert set_glued_apart(char) == plain.sub(" ", char), hex(code)
        assert has_glued(char) == (plain.search(char) is not None), hex(code)
    assert set_glued_apart("Hội nghị 🤝Hòa giải “Được mùa” – 👍🏽Bình") == (
        "Hội nghị  Hòa giải  Được mùa" + " " * 6 + "Bình"
    )
    assert set_glued_apart("Đại hội Đảng bộ tỉnh Thái Bình") == "Đại hội Đảng bộ tỉnh Thái Bình"
    assert set_glued_apart("dai hoi (2024): 9,330 nguoi") == "dai hoi (2024): 9,330 nguoi"
    assert not has_glued("Đại hội Đảng bộ") and has_glued("👍🏽Bình") and not has_glued(None)


def test_a_database_indexed_with_symbols_glued_is_refilled_by_its_upgrade(tmp_path):
    """Rows indexed before schema step 21 hold the glued tokens; a contentless row is removed
    with the words it was indexed with, so the upgrade refills the indexes."""
    from parsers.vietnamese.text import canonical_tones

    path = tmp_path / "news.db"
    db = store.open_db(path)
    store.upsert_articles(db, [GLUED], observed_at=T0)
    texts = (GLUED["headline"], GLUED["summary"], GLUED["body"])
    old = {"articles_search": fold, "articles_search_exact": lambda t: canonical_tones(t).lower()}
    with db.conn:
        for index, form in old.items():
            db.execute(f"INSERT INTO {index} ({index}) VALUES ('delete-all')")
            values = [None if t is None else form(t) for t in texts]
            db.execute(
                f"INSERT INTO {index} (rowid, headline, summary, body) VALUES (1, ?, ?, ?)", values
            )
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm021_words_beside_symbols'")
        db.execute("PRAGMA user_version = 20")
    assert "🥰thoong" in _terms(db, "articles_search")
    db.close()
    db = store.open_db(path)
    assert "🥰thoong" not in _terms(db, "articles_search")
    assert urls(store.search(db, "Thoòng")) == ["https://x.vn/9"]
    renamed = make_record("https://x.vn/9", headline="Hội thi cấy lúa", fetched_at=T1)
    store.upsert_articles(db, [renamed], observed_at=T1)
    assert store.search(db, "Thoòng") == []
    assert urls(store.search(db, "cấy lúa")) == ["https://x.vn/9"]
    for index in old:
        assert all(re.fullmatch(r"\w+", term) for term in _terms(db, index)), index
    db.close()


def test_rebuild_search_index_restores_a_cleared_index(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=T0)
    db.execute("INSERT INTO articles_search (articles_search) VALUES ('delete-all')")
    assert store.search(db, "dai hoi") == []
    assert store.rebuild_search_index(db) == 1
    assert urls(store.search(db, "dai hoi")) == ["https://x.vn/1"]
    db.close()


def test_sql_functions_for_ad_hoc_queries(db):
    assert db.execute("SELECT tinbao_fold('Đảng bộ Hoà Bình')").fetchone()[0] == "dang bo hoa binh"
    count = db.execute(
        "SELECT count(*) FROM articles_search WHERE articles_search MATCH tinbao_match(?)",
        ['dang "bo'],
    ).fetchone()[0]
    assert count == 2


def test_sql_search_function_lists_rowids_in_search_order(db):
    rowids = json.loads(db.execute("SELECT tinbao_search(?, 5)", ["Đại hội Đảng bộ"]).fetchone()[0])
    by_url = {url: rowid for rowid, url in db.execute("SELECT rowid, url FROM articles")}
    assert rowids == [by_url[EXACT], by_url[FOLDED]]
    assert db.execute("SELECT tinbao_search('\"(', 5)").fetchone()[0] == "[]"


def test_index_tokenizer_folds_accented_words_for_datasette_search(db):
    # Datasette's own `_search` sends the words as typed; tone marks fold in the tokenizer.
    rowids = db.execute(
        "SELECT a.url FROM articles_search s JOIN articles a ON a.rowid = s.rowid "
        "WHERE articles_search MATCH '\"hòa\"' ORDER BY a.url"
    ).fetchall()
    assert [r[0] for r in rowids] == ["https://x.vn/hoa-new", "https://x.vn/hoa-old"]


WEAK = "https://x.vn/weak-exact"
LOUD = [f"https://x.vn/loud{n}" for n in range(8)]


@pytest.fixture(scope="module")
def ranking(tmp_path_factory):
    """One exact `Đại hội Đảng bộ` buried in a long body, eight folded-only articles repeating
    `dai hoi dang bo` (loud7 most often), and `hoà bình` in both tone placements and none."""
    database = store.open_db(tmp_path_factory.mktemp("ranking") / "news.db")
    filler = " ".join(["Nông dân ra đồng gieo cấy lúa xuân trên cánh đồng mẫu lớn."] * 20)
    records = [
        make_record(
            WEAK,
            headline="Tin địa phương",
            summary="Bản tin tổng hợp.",
            body=f"{filler} Đại hội Đảng bộ xã diễn ra hôm qua.",
        )
    ]
    records += [
        make_record(
            url,
            headline=" ".join(["Dai hoi dang bo"] * (n + 1)),
            summary="Dai hoi dang bo nhiem ky moi.",
            body="Bai viet.",
        )
        for n, url in enumerate(LOUD)
    ]
    records += [
        make_record(
            "https://x.vn/binh-old",
            headline="Xã giữ vững hoà bình",
            summary="Tin an ninh.",
            body=filler,
        ),
        make_record(
            "https://x.vn/binh-new", headline="Khát vọng hòa bình", summary="Tin.", body="Tin."
        ),
        make_record(
            "https://x.vn/binh-none",
            headline="Hoa binh hoa binh hoa binh",
            summary="Hoa binh.",
            body="Hoa binh.",
        ),
    ]
    store.upsert_articles(database, records, observed_at=T0)
    yield database
    database.close()


def test_every_exact_match_ranks_above_every_folded_only_one(ranking):
    folded = store.search(ranking, "dai hoi dang bo")
    assert folded[0]["rank"] < folded[-1]["rank"]  # the loud ones score far better in bm25
    assert urls(store.search(ranking, "Đại hội Đảng bộ", limit=1)) == [WEAK]
    assert urls(store.search(ranking, "đại hội đảng bộ", limit=3)) == [WEAK, LOUD[7], LOUD[6]]


def test_old_and_new_tone_placement_are_both_exact(ranking):
    expected = ["https://x.vn/binh-new", "https://x.vn/binh-old", "https://x.vn/binh-none"]
    assert urls(store.search(ranking, "hoà bình")) == expected
    assert urls(store.search(ranking, "HÒA BÌNH")) == expected


def test_query_without_diacritics_keeps_bm25_order(ranking):
    hits = store.search(ranking, "dai hoi dang bo")
    assert urls(hits) == [*reversed(LOUD), WEAK]
    assert [h["rank"] for h in hits] == sorted(h["rank"] for h in hits)
    binh = ["https://x.vn/binh-none", "https://x.vn/binh-new", "https://x.vn/binh-old"]
    assert urls(store.search(ranking, "hoa binh")) == binh


def test_a_word_typed_without_diacritics_is_exact_only_without_them(ranking):
    # `bo` is not spelled `bộ` anywhere, so no article spells every word exactly: bm25 order.
    assert urls(store.search(ranking, "đại hội đảng bo")) == [*reversed(LOUD), WEAK]


def test_exact_index_follows_updates(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    first = make_record("https://x.vn/1", headline="Lễ hội đền Trần", summary=None, body="Tin.")
    store.upsert_articles(db, [first], observed_at=T0)
    renamed = make_record("https://x.vn/1", headline="Hội thi cấy lúa", fetched_at=T1)
    store.upsert_articles(db, [renamed], observed_at=T1)
    exact = "SELECT count(*) FROM articles_search_exact WHERE articles_search_exact MATCH ?"
    assert db.execute(exact, ['"đền"']).fetchone()[0] == 0
    assert db.execute(exact, ['"cấy" "lúa"']).fetchone()[0] == 1
    assert store.search(db, "đền Trần") == []
    assert urls(store.search(db, "cấy lúa")) == ["https://x.vn/1"]
    db.close()


def test_exact_index_skips_rows_a_bulk_load_left_unindexed(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    db.execute("INSERT INTO articles (url, headline) VALUES ('https://x.vn/1', 'Lễ hội đền Trần')")
    renamed = make_record("https://x.vn/1", headline="Hội thi cấy lúa")
    store.upsert_articles(db, [renamed], observed_at=T0)
    exact = "SELECT count(*) FROM articles_search_exact WHERE articles_search_exact MATCH ?"
    assert db.execute(exact, ['"cấy"']).fetchone()[0] == 1
    assert db.execute(exact, ['"đền"']).fetchone()[0] == 0
    db.close()


def test_datasette_table_search_folds_d_with_stroke(db):
    from datasette.app import Datasette

    from crawler.datasette import PLUGINS_DIR, build_metadata

    async def table_search(query: str) -> list[str]:
        ds = Datasette(
            [db.conn.execute("PRAGMA database_list").fetchone()[2]],
            metadata=build_metadata("news"),
            plugins_dir=str(PLUGINS_DIR),
        )
        params = {"_search": query, "_shape": "objects", "_sort": "url"}
        response = await ds.client.get("/news/articles.json", params=params)
        return [row["url"] for row in response.json()["rows"]]

    assert asyncio.run(table_search("Đảng bộ")) == [EXACT, FOLDED]
    assert asyncio.run(table_search('"đại hội đảng"')) == [EXACT, FOLDED]


@pytest.fixture
def news(tmp_path, monkeypatch):
    """Eleven articles, newest last, with the sample shrunk so the large-index paths run."""
    database = store.open_db(tmp_path / "news.db")
    records = [
        make_record(
            f"https://x.vn/n{i}",
            headline=f"Tin tức số {i}",
            summary="Bản tin hằng ngày.",
            body="Lễ hội làng." if i % 2 == 0 else "Giá lúa tăng.",
            published_at=f"2024-05-{10 + i}T08:00:00+07:00",
        )
        for i in range(10)
    ]
    records.append(
        make_record(
            "https://x.vn/n10",
            headline="Tin tuc so 10",
            summary="Ban tin.",
            body="Gia lua.",
            published_at="2024-05-25T08:00:00+07:00",
        )
    )
    store.upsert_articles(database, records, observed_at=T0)
    monkeypatch.setattr(fulltext, "_SAMPLE", 8)
    yield database
    database.close()


def test_words_in_most_articles_list_newest_first_exact_spellings_first(news):
    hits = store.search(news, "tin tức", limit=3)
    assert urls(hits) == ["https://x.vn/n9", "https://x.vn/n8", "https://x.vn/n7"]
    assert [h["rank"] for h in hits] == [None, None, None]
    assert urls(store.search(news, "tin tuc", limit=3)) == [
        "https://x.vn/n10",
        "https://x.vn/n9",
        "https://x.vn/n8",
    ]
    assert urls(store.search(news, "tin tuc", site="nowhere")) == []


def test_common_words_are_checked_not_ranked(news, monkeypatch):
    hits = store.search(news, "tin lễ hội")
    assert sorted(urls(hits)) == [f"https://x.vn/n{i}" for i in (0, 2, 4, 6, 8)]
    assert all(h["rank"] < 0 for h in hits)
    monkeypatch.setattr(fulltext, "_SAMPLE", 1000)  # rank everything, common words included
    assert sorted(urls(store.search(news, "tin lễ hội"))) == sorted(urls(hits))


def test_ranking_only_the_newest_matches_widens_when_filters_leave_too_few(news, monkeypatch):
    monkeypatch.setattr(fulltext, "_RANK_AT_MOST", 2)
    hits = store.search(news, "le hoi", until="2024-05-13")
    assert sorted(urls(hits)) == ["https://x.vn/n0", "https://x.vn/n2"]
    assert len(store.search(news, "le hoi")) == 5


def _tokens(conn, text: str) -> list[str]:
    """The tokens the folded index's tokenizer makes of `text`, in order (through a scratch
    FTS5 table with the same tokenizer, read back with fts5vocab)."""
    conn.execute("DELETE FROM scratch")
    conn.execute("INSERT INTO scratch (rowid, x) VALUES (1, ?)", [text])
    return [row[0] for row in conn.execute("SELECT term FROM scratch_terms ORDER BY offset")]


def test_folded_index_form_tokenizes_as_fold_for_every_character_to_u3000():
    """The folded index is fed text that its tokenizer folds itself where that gives the tokens
    of `fold`; every character that takes this way is checked, upper and lower case, between
    letters, so the index holds exactly the words the query side folds."""
    from pipelines.db.index import folded_form, set_glued_apart

    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE scratch USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute("CREATE VIRTUAL TABLE scratch_terms USING fts5vocab(scratch, 'instance')")
    unfolded = 0
    for code in range(1, 0x3001):
        text = f"Xa{chr(code)}Đb"
        form = folded_form(text)
        if form != set_glued_apart(fold(text)):  # left for the tokenizer to fold
            unfolded += 1
            assert _tokens(conn, form) == _tokens(conn, set_glued_apart(fold(text))), hex(code)
    # U+0001–U+00CF, U+00D1–U+010F, đ and Đ, U+0112–U+01DF, U+01E4–U+01ED, U+01F0–U+01FB,
    # U+0200–U+024F and U+1E00–U+1EFF
    assert unfolded == 207 + 63 + 2 + 206 + 10 + 12 + 80 + 256
    assert folded_form("Đại hội Đảng bộ") == "dại hội dảng bộ"
    assert folded_form("Ἀθῆναι") == fold("Ἀθῆναι") == "αθηναι"  # Greek: folded by `fold`


# Filtered search checks its matches in `search_facets`; its hits must be those of the same
# query with the filters applied to `articles` itself.
SITES = ("baothaibinh", "baonamdinh", "baohaiphong")
WORDS = ["Đại", "hội", "đài", "hồi", "Đảng", "bộ", "hoà", "bình", "lúa", "xuân", "Thái", "làng"]


def _drawn_records(
    rng: random.Random, prefix: str, sites: tuple[str, ...], days: list[date | None], minute: int
) -> list[dict]:
    """One article a day of `days` (None: no date), at hour `i % 24` and `minute`, the sites
    taken in turn, each of four to twelve words drawn from WORDS, so that two-word queries
    match dozens of them."""
    records = []
    for i, day in enumerate(days):
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 12))]
        records.append(
            make_record(
                f"https://x.vn/{prefix}{i}",
                site=sites[i % len(sites)],
                headline=" ".join(words[:3]),
                summary=" ".join(words[3:6]) or None,
                body=" ".join(words[6:]) or "Tin.",
                published_at=None if day is None else f"{day}T{i % 24:02d}:{minute:02d}:00+07:00",
            )
        )
    return records


@pytest.fixture(scope="module")
def spread(tmp_path_factory):
    """240 articles on three sites from 28 May to 10 June 2024 at every hour of the day (some
    with no date), each of a dozen words drawn so that two-word queries match dozens."""
    days = [date(2024, 5, 28) + timedelta(days=i % 14) for i in range(240)]
    records = _drawn_records(
        random.Random(11),
        "s",
        SITES,
        [None if i % 17 == 0 else day for i, day in enumerate(days)],
        15,
    )
    database = store.open_db(tmp_path_factory.mktemp("spread") / "news.db")
    store.upsert_articles(database, records, observed_at=T0)
    yield database
    database.close()


def scanned(db, query: str, where: list[str], params: list, limit: int) -> list[str]:
    """The hits as plain SQL on `articles` finds them: exact spellings by bm25 on the exact
    index, then the folded-only matches by bm25 on the folded index (equal scores oldest first).
    """
    found: list[str] = []
    terms = {
        "articles_search_exact": fulltext._match(fulltext._exact_words(query)),
        "articles_search": fulltext.match_expression(query),
    }
    if all(fold(w) == w for w in fulltext._exact_words(query)):
        del terms["articles_search_exact"]
    for index, expression in terms.items():
        sql = (
            f"SELECT a.url FROM {index} s JOIN articles a ON a.rowid = s.rowid "
            f"WHERE {index} MATCH ? {''.join(' AND ' + w for w in where)} "
            f"ORDER BY bm25({index}, 3.0, 2.0, 1.0, 0.0), s.rowid"
        )
        found += [r[0] for r in db.execute(sql, [expression, *params]) if r[0] not in found]
    return found[:limit]


FILTERS = [
    ({"site": "baonamdinh"}, ["a.site = ?"], ["baonamdinh"]),
    ({"since": "2024-06-03"}, ["a.published_at >= ?"], ["2024-06-03"]),
    ({"until": "2024-05-30"}, ["a.published_at < ?"], ["2024-05-31"]),
    (
        {"site": "baohaiphong", "since": "2024-05-31", "until": "2024-06-02"},
        ["a.site = ?", "a.published_at >= ?", "a.published_at < ?"],
        ["baohaiphong", "2024-05-31", "2024-06-03"],
    ),
    (
        {"since": "2024-06-01T12:00:00+07:00", "until": "2024-06-04T08:15:00+07:00"},
        ["a.published_at >= ?", "a.published_at <= ?"],
        ["2024-06-01T12:00:00+07:00", "2024-06-04T08:15:00+07:00"],
    ),
    (
        {"site": "baothaibinh", "since": date(2024, 6, 5), "until": date(2024, 6, 5)},
        ["a.site = ?", "a.published_at >= ?", "a.published_at < ?"],
        ["baothaibinh", "2024-06-05", "2024-06-06"],
    ),
    ({"site": "nowhere"}, ["a.site = ?"], ["nowhere"]),
]


@pytest.mark.parametrize("query", ["dai hoi", "Đại hội", "hoà bình", "lua xuan thai"])
@pytest.mark.parametrize(("filters", "where", "params"), FILTERS)
def test_filtered_hits_are_those_of_a_plain_scan_of_articles(spread, query, filters, where, params):
    for limit in (5, 1000):
        hits = fulltext._search_rows(spread.conn, query, limit=limit, **filters)
        assert [h["url"] for h in hits] == scanned(spread, query, where, params, limit)


def test_filtered_hits_hold_every_word_and_pass_every_filter(spread):
    # Read off the articles in Python, without the indexes: 1 June from 12:00 to 4 June 08:15.
    since, until = "2024-06-01T12:00:00+07:00", "2024-06-04T08:15:00+07:00"
    hits = store.search(spread, "dai hoi", site="baothaibinh", since=since, until=until, limit=999)
    matching = {
        url: published
        for url, site, published, *texts in spread.execute(
            "SELECT url, site, published_at, headline, summary, body FROM articles"
        )
        if site == "baothaibinh"
        and published is not None
        and {"dai", "hoi"} <= set(fold(" ".join(t for t in texts if t)).split())
    }
    expected = {url for url, published in matching.items() if since <= published <= until}
    # Matches on the first and last day outside those hours are left out.
    outside = {u for u, p in matching.items() if p[:10] in ("2024-06-01", "2024-06-04")} - expected
    assert len(expected) >= 5 and len(outside) >= 2  # the fixture reaches both edges
    assert {h["url"] for h in hits} == expected


def test_facets_follow_inserts_updates_and_deletes(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    store.upsert_articles(db, [make_record("https://x.vn/1")], observed_at=T0)
    assert db.execute(FACETS).fetchall() == [(1, "baothaibinh", 20240501)]
    moved = make_record("https://x.vn/1", site="other", published_at="2024-06-10T09:00:00+07:00")
    store.upsert_articles(db, [moved], observed_at=T1)
    assert db.execute(FACETS).fetchall() == [(1, "other", 20240610)]
    assert db.execute("SELECT id, site FROM search_sites ORDER BY id").fetchall() == [
        (1, "baothaibinh"),
        (2, "other"),
    ]
    assert urls(store.search(db, "dai hoi", site="other", since="2024-06-10")) == ["https://x.vn/1"]
    assert store.search(db, "dai hoi", until="2024-06-09") == []
    undated = make_record("https://x.vn/1", site="other", published_at=None, fetched_at=T1)
    store.upsert_articles(db, [undated], observed_at=T1, reparse=True)  # a crawl keeps dates
    assert db.execute(FACETS).fetchall() == [(1, "other", None)]
    db.execute("UPDATE articles SET published_at = 'hôm qua'")  # a bulk load's own text
    assert db.execute(FACETS).fetchall() == [(1, "other", -1)]
    db.execute("DELETE FROM articles")
    assert db.execute(FACETS).fetchall() == []
    db.close()


def test_rebuild_refills_facets(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    records = [make_record(f"https://x.vn/{i}", site=f"s{i}") for i in range(3)]
    store.upsert_articles(db, records, observed_at=T0)
    db.execute("UPDATE search_facets SET site = NULL, day = NULL")
    assert store.search(db, "dai hoi", site="s2") == []
    assert store.rebuild_search_index(db) == 3
    assert db.execute(FACETS).fetchall() == [
        (1, "s0", 20240501),
        (2, "s1", 20240501),
        (3, "s2", 20240501),
    ]
    assert urls(store.search(db, "dai hoi", site="s2")) == ["https://x.vn/2"]
    db.close()


def search_statements(db, query: str, **filters) -> list[str]:
    """The SQL statements a search runs."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        store.search(db, query, **filters)
    finally:
        db.conn.set_trace_callback(None)
    return statements


def ranked_statements(db, query: str, **filters) -> list[str]:
    """The statements that rank a search's matches."""
    return [s for s in search_statements(db, query, **filters) if "bm25" in s]


def ranked_plans(db, query: str, **filters) -> list[list[str]]:
    """The query plans of the statements that rank a search's matches."""
    ranked = ranked_statements(db, query, **filters)
    return [[row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {s}")] for s in ranked]


def ranked_plan(db, **filters) -> list[str]:
    """The query plan of the statement that ranks the matches of a `dai hoi` search."""
    (plan,) = ranked_plans(db, "dai hoi", **filters)
    return plan


def test_filtered_search_reads_articles_only_for_a_time_of_day_or_a_day_of_no_date_shape(spread):
    # s: the folded index, f: search_facets, a: articles (a subquery: read only for a match
    # whose `published_at` does not start with a date); the site's id is read once
    assert ranked_plan(spread, site="baothaibinh", since="2024-06-01") == [
        "SCAN s VIRTUAL TABLE INDEX 0:M3>",
        "SEARCH f USING INTEGER PRIMARY KEY (rowid=?)",
        "SCALAR SUBQUERY 1",
        "SEARCH search_sites USING COVERING INDEX sqlite_autoindex_search_sites_1 (site=?)",
        "CORRELATED SCALAR SUBQUERY 2",
        "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)",
        "USE TEMP B-TREE FOR ORDER BY",
    ]
    # …and then only for a match on the bound's own day: the subquery is not a join.
    assert ranked_plan(spread, until="2024-06-01T12:00:00+07:00") == [
        "SCAN s VIRTUAL TABLE INDEX 0:M3>",
        "SEARCH f USING INTEGER PRIMARY KEY (rowid=?)",
        "CORRELATED SCALAR SUBQUERY 1",
        "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)",
        "USE TEMP B-TREE FOR ORDER BY",
    ]


def test_a_bound_with_a_time_reads_articles_only_on_its_own_day(spread):
    """The time of day is looked up in `articles` for matches on the bound's day alone: the
    other days of the range pass (or fail) on their day."""
    filters = fulltext._Filters.of(None, "2024-06-01T12:00:00+07:00", "2024-06-04T08:15:00+07:00")
    read: list[int] = []
    spread.conn.create_function("noted", 1, lambda rowid: read.append(rowid) or rowid)
    sql = (
        f"SELECT f.id FROM search_facets f WHERE {' AND '.join(filters.facets)} ORDER BY f.id"
    ).replace("a.rowid = f.id", "a.rowid = noted(f.id)")
    passing = [r[0] for r in spread.execute(sql, filters.facet_params())]
    days = dict(spread.execute("SELECT id, day FROM search_facets").fetchall())
    assert {days[rowid] for rowid in read} == {20240601, 20240604}
    assert len(read) == sum(day in (20240601, 20240604) for day in days.values()) == 32
    expected = spread.execute(
        "SELECT rowid FROM articles WHERE published_at >= ? AND published_at <= ? ORDER BY rowid",
        ["2024-06-01T12:00:00+07:00", "2024-06-04T08:15:00+07:00"],
    )
    assert passing == [r[0] for r in expected]


@pytest.fixture(scope="module")
def odd_dates(tmp_path_factory):
    """120 articles like `spread`'s, some with a `published_at` of another shape, as only a
    bulk load or a shell could write (the storage pipeline writes ISO 8601 or NULL)."""
    rng = random.Random(5)
    records = []
    for i in range(120):
        day = date(2024, 5, 28) + timedelta(days=i % 14)
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 12))]
        records.append(
            make_record(
                f"https://x.vn/o{i}",
                site=SITES[i % 3],
                headline=" ".join(words[:3]),
                body=" ".join(words[3:]) or "Tin.",
                published_at=f"{day}T{i % 24:02d}:15:00+07:00",
            )
        )
    database = store.open_db(tmp_path_factory.mktemp("odd") / "news.db")
    store.upsert_articles(database, records, observed_at=T0)
    odd = ["2024", "2024-06", "2024-6-1", "03/06/2024", "hôm qua", "", "2024-06-01"]
    for i, text in enumerate(odd * 4):
        database.execute("UPDATE articles SET published_at = ? WHERE rowid = ?", [text, 3 * i + 1])
    yield database
    database.close()


@pytest.mark.parametrize(
    "filters",
    [
        {"since": "2024-06-01"},
        {"until": "2024-06-01"},
        {"site": "baonamdinh", "since": "2024-05-30", "until": "2024-06-05"},
        {"since": "2024-06-01T12:00:00+07:00", "until": "2024-06-04T08:15:00+07:00"},
        {"since": "2024"},
        {"since": "2024-06", "until": "2024-06-03"},
        {"until": "2024-06"},
        {"since": "03/06/2024"},
        {"since": "2024-06-01T"},
    ],
)
def test_dates_of_no_date_shape_compare_as_text_as_in_articles(odd_dates, filters):
    # `search_facets` numbers a day YYYYMMDD; a bound or a `published_at` of another shape is
    # compared as text, exactly as `articles.published_at` compares with it.
    where, params = date_filters(filters.get("since"), filters.get("until"))
    if "site" in filters:
        where, params = [*where, "a.site = ?"], [*params, filters["site"]]
    for query in ("dai hoi", "Đại hội", "hoà bình"):
        for limit in (5, 1000):
            hits = fulltext._search_rows(odd_dates.conn, query, limit=limit, **filters)
            assert [h["url"] for h in hits] == scanned(odd_dates, query, where, params, limit)


@pytest.mark.parametrize(
    "filters",
    [
        {"since": "2024-05-29"},
        {"since": "2024-05-29T12:00:00+07:00", "until": "2024-06-10"},
        {"site": "baothaibinh"},
    ],
)
def test_filters_most_rows_pass_are_checked_on_the_ranked_hits_alike(spread, monkeypatch, filters):
    monkeypatch.setattr(fulltext, "_SAMPLE", 100)  # sample the newest 100 of the 240 rows
    monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 100)
    passing = fulltext._Filters.of(**{"site": None, "since": None, "until": None, **filters})
    late = passing.sampled(spread.conn, 240).share > fulltext._COMMON
    for query in ("dai hoi", "Đại hội", "hoà bình"):
        hits = fulltext._search_rows(spread.conn, query, limit=10, **filters)
        ranked = ranked_statements(spread, query, **filters)
        monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 10**9)  # the share rounds to 0: before
        assert fulltext._search_rows(spread.conn, query, limit=10, **filters) == hits
        monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 100)
        assert len(hits) == 10
        # checked before ranking: looked up in search_facets, or in the site's rows (a map)
        assert all(("search_facets" in s or "substr(" in s) is not late for s in ranked)
    assert late is ("site" not in filters)  # a third of the rows are of each site


@pytest.mark.parametrize("query", ["dai hoi", "Đại hội", "hoà bình", "lua xuan thai"])
@pytest.mark.parametrize(("filters", "where", "params"), FILTERS)
def test_filtered_hits_alike_when_the_rows_that_pass_are_listed_first(
    spread, monkeypatch, query, filters, where, params
):
    monkeypatch.setattr(fulltext, "_SAMPLE", 100)  # sample the newest 100 of the 240 rows
    monkeypatch.setattr(fulltext, "_COMMON", 1.0)  # rank every word, as the plain scan does
    monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 10**9)  # the share rounds to 0: not late
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", 10**6)  # list whenever any match is expected
    for limit in (5, 1000):
        hits = fulltext._search_rows(spread.conn, query, limit=limit, **filters)
        assert [h["url"] for h in hits] == scanned(spread, query, where, params, limit)


@pytest.fixture
def alike(tmp_path, monkeypatch):
    """Ten articles of sites a and b on 1 to 10 June at 09:00, all but the seventh and the
    last about `Đại hội Đảng bộ` in the same words (equal scores: the oldest row comes first)."""
    database = store.open_db(tmp_path / "news.db")
    records = [
        make_record(
            f"https://x.vn/{i}",
            site="ab"[i % 2],
            published_at=f"2024-06-{i + 1:02d}T09:00:00+07:00",
            headline="Tin địa phương",
            summary=None,
            body="Tin khác." if i in (6, 9) else "Đại hội Đảng bộ.",
        )
        for i in range(10)
    ]
    store.upsert_articles(database, records, observed_at=T0)
    monkeypatch.setattr(fulltext, "_SAMPLE", 4)  # the newest 4 rows: half of them match
    monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 10**9)  # the share rounds to 0: not late
    yield database
    database.close()


def test_rows_that_pass_are_listed_a_byte_each_from_the_first(alike):
    filters = fulltext._Filters.of("a", "2024-06-03", "2024-06-09")
    listed = filters.listed(alike.conn, at_most=4)  # rows 3, 5, 7 and 9 (3, 5, 7 and 9 June)
    assert (listed.first, listed.passes, listed.listable) == (
        3,
        b"\x01\x00\x01\x00\x01\x00\x01",
        True,
    )
    too_many = filters.listed(alike.conn, at_most=3)
    assert (too_many.passes, too_many.listable) == (None, False)
    nothing = fulltext._Filters.of("c", None, None).listed(alike.conn, at_most=4)
    assert (nothing.first, nothing.passes) == (1, b"")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"site": "a", "since": "2024-06-03", "until": "2024-06-09"}, [2, 4, 8]),
        ({"site": "a", "since": "2024-06-03T10:00:00+07:00", "until": "2024-06-09"}, [4, 8]),
        ({"since": "2024-06-06", "until": "2024-06-08T08:00:00+07:00"}, [5]),
        ({"site": "c"}, []),
    ],
)
def test_filtered_search_checks_matches_in_the_listed_rows(alike, monkeypatch, filters, expected):
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", 10)
    for query in ("dai hoi", "Đại hội"):
        hits = store.search(alike, query, **filters)
        assert urls(hits) == [f"https://x.vn/{i}" for i in expected]
        plans = " ".join(" ".join(plan) for plan in ranked_plans(alike, query, **filters))
        assert "SEARCH f" not in plans and "SEARCH a" not in plans


def test_common_words_are_checked_on_the_best_hits_first(alike):
    conn, index = alike.conn, fulltext.FOLDED_INDEX
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        found = [(7, -1.0), (1, -0.9), (2, -0.8), (3, -0.7), (4, -0.6)]  # row 7 is `Tin khác.`
        assert fulltext._having(conn, index, '"dang"', found, 2, 1.0) == [(1, -0.9), (2, -0.8)]
        assert fulltext._having(conn, index, '"dang"', found, 2, 0.5) == [(1, -0.9), (2, -0.8)]
        assert fulltext._having(conn, index, '"khac"', found, 2, 1.0) == [(7, -1.0)]
    finally:
        conn.set_trace_callback(None)
    lookups = [s[s.index("json_each(") :] for s in statements if "json_each" in s]
    assert lookups == [
        "json_each('[7, 1]'))",  # two looked up for two hits; one is left out,
        "json_each('[2]'))",  # so one more
        "json_each('[7, 1, 2, 3]'))",  # half are expected to match: four for two
        "json_each('[7, 1]'))",  # one hit at a time once one is kept, to the last
        "json_each('[2]'))",
        "json_each('[3]'))",
        "json_each('[4]'))",
    ]


def site_map(db) -> dict[int, str]:
    """The site of each rowid as `search_site_map` holds it (rowids of byte 0 left out)."""
    names = dict(db.execute("SELECT id, site FROM search_sites").fetchall())
    chunks = db.execute("SELECT chunk, sites FROM search_site_map ORDER BY chunk").fetchall()
    assert {len(sites) for _, sites in chunks} <= {4096}
    return {
        chunk * 4096 + i: names[byte]
        for chunk, sites in chunks
        for i, byte in enumerate(sites)
        if byte
    }


def test_site_map_follows_inserts_updates_and_deletes_and_a_rebuild(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    records = [make_record(f"https://x.vn/{i}", site="ab"[i % 2]) for i in range(3)]
    store.upsert_articles(db, records, observed_at=T0)
    assert site_map(db) == {1: "a", 2: "b", 3: "a"}
    store.upsert_articles(db, [make_record("https://x.vn/1", site="c")], observed_at=T1)
    db.execute("DELETE FROM articles WHERE rowid = 3")
    assert site_map(db) == {1: "a", 2: "c"}
    # Rowids of another chunk, below zero too, as a bulk load could write them.
    db.execute("INSERT INTO articles (rowid, url, site) VALUES (9000, 'https://x.vn/9', 'b')")
    db.execute("INSERT INTO articles (rowid, url, site) VALUES (-2, 'https://x.vn/m', 'c')")
    db.execute("INSERT INTO articles (rowid, url, site) VALUES (4, 'https://x.vn/n', NULL)")
    kept = {1: "a", 2: "c", 9000: "b", -2: "c"}
    assert site_map(db) == kept
    assert db.execute("SELECT chunk FROM search_site_map ORDER BY chunk").fetchall() == [
        (-1,),
        (0,),
        (2,),
    ]
    db.execute("UPDATE search_site_map SET sites = zeroblob(4096)")
    store.rebuild_search_index(db)
    assert site_map(db) == kept
    db.close()


def test_site_rows_are_read_from_the_map_a_byte_each_from_its_first_chunk(alike):
    filters = fulltext._Filters.of("a", "2024-06-03", None)
    mapped = filters.mapped(alike.conn, 10)
    assert (mapped.first, mapped.passes[:12], len(mapped.passes)) == (
        0,
        b"\x00\x01\x00\x01\x00\x01\x00\x01\x00\x01\x00\x00",
        4096,
    )
    assert mapped.facets == filters.facets[1:] and mapped.facet_params() == [20240603, "2024-06-03"]
    assert mapped.rest_share == 8 / 10**9  # `alike` samples 10**9 rows: dates checked first
    nowhere = fulltext._Filters.of("c", None, None).mapped(alike.conn, 10)
    assert (nowhere.passes, nowhere.facets) == (b"", [])


def test_a_site_whose_id_a_byte_cannot_hold_is_looked_up_in_search_facets(tmp_path, monkeypatch):
    db = store.open_db(tmp_path / "news.db")
    records = [
        make_record(
            f"https://x.vn/{i}",
            site=f"s{i % 260}",
            headline="Tin địa phương",
            summary=None,
            body="Đại hội Đảng bộ." if i % 260 in (3, 258) else "Tin khác.",
        )
        for i in range(520)
    ]
    store.upsert_articles(db, records, observed_at=T0)
    assert site_map(db) == {i + 1: f"s{i % 260}" for i in range(520) if i % 260 < 255}
    monkeypatch.setattr(fulltext, "_SAMPLE", 10)
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", 0.0)  # never list
    monkeypatch.setattr(fulltext, "_MAP_COST", 0.0)  # map whenever any match is expected
    for site, rows in (("s3", [4, 264]), ("s258", [259, 519])):
        hits = urls(store.search(db, "dai hoi", site=site))
        assert hits == scanned(db, "dai hoi", ["a.site = ?"], [site], 20)
        assert sorted(hits) == sorted(f"https://x.vn/{row - 1}" for row in rows)
        (ranked,) = ranked_statements(db, "dai hoi", site=site)
        assert ("search_facets" in ranked) is (site == "s258")
        assert ("substr(" in ranked) is (site == "s3")
    db.close()


@pytest.mark.parametrize("query", ["dai hoi", "Đại hội", "hoà bình", "lua xuan thai"])
@pytest.mark.parametrize(("filters", "where", "params"), FILTERS)
def test_filtered_hits_alike_when_the_site_is_read_from_the_map(
    spread, monkeypatch, query, filters, where, params
):
    monkeypatch.setattr(fulltext, "_SAMPLE", 100)  # sample the newest 100 of the 240 rows
    monkeypatch.setattr(fulltext, "_COMMON", 1.0)  # rank every word, as the plain scan does
    monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 10**9)  # the share rounds to 0: not late
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", 0.0)  # never list
    monkeypatch.setattr(fulltext, "_MAP_COST", 0.0)  # map whenever any match is expected
    for limit in (5, 1000):
        hits = fulltext._search_rows(spread.conn, query, limit=limit, **filters)
        assert [h["url"] for h in hits] == scanned(spread, query, where, params, limit)
    read = maps_read(spread, query, **filters)
    assert ("sites" in read) is (filters.get("site") in SITES)
    assert ("months" in read) is ("since" in filters or "until" in filters)


def maps_read(db, query: str, **filters) -> set[str]:
    """The maps of a byte per rowid (`search_site_map`'s `sites` and `months`) a search reads."""
    statements = search_statements(db, query, **filters)
    read = ("sites FROM search_site_map", "months FROM search_site_map")
    return {m.split()[0] for m in read for s in statements if m in s}


@pytest.mark.parametrize(
    ("filters", "where", "params"),
    [
        (
            {"site": "baonamdinh", "since": "2024-05-29"},
            ["a.site = ?", "a.published_at >= ?"],
            ["baonamdinh", "2024-05-29"],
        ),
        (
            {"site": "baothaibinh", "since": "2024-05-28T12:00:00+07:00", "until": "2024-06-10"},
            ["a.site = ?", "a.published_at >= ?", "a.published_at < ?"],
            ["baothaibinh", "2024-05-28T12:00:00+07:00", "2024-06-11"],
        ),
    ],
)
def test_dates_most_rows_pass_are_checked_on_the_hits_ranked_from_the_site_map(
    spread, monkeypatch, filters, where, params
):
    monkeypatch.setattr(fulltext, "_SAMPLE", 100)  # sample the newest 100 of the 240 rows
    monkeypatch.setattr(fulltext, "_COMMON", 0.8)  # rank every word (the plain scan does)
    monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 100)
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", 0.0)  # never list
    monkeypatch.setattr(fulltext, "_MAP_COST", 0.0)  # map whenever any match is expected
    for query in ("dai hoi", "Đại hội", "hoà bình"):
        for limit in (3, 1000):
            hits = fulltext._search_rows(spread.conn, query, limit=limit, **filters)
            assert [h["url"] for h in hits] == scanned(spread, query, where, params, limit)
        ranked = ranked_statements(spread, query, **filters)
        assert all("substr(" in s and "search_facets" not in s for s in ranked)


def snippet_reading_every_word(text: str, words: set[str], marks, width: int) -> str:
    """`snippet` as first written: every word of the text read, then the window cut out."""
    spans = [m.span() for m in re.finditer(r"\w+", text)]
    hits = [i for i, (a, b) in enumerate(spans) if fold(text[a:b]) in words]
    if not hits:
        return ""
    first = max(0, hits[0] - width // 3)
    last = min(len(spans), first + width)
    out, pos = [], spans[first][0]
    for a, b in spans[first:last]:
        out.append(text[pos:a])
        out.append(f"{marks[0]}{text[a:b]}{marks[1]}" if fold(text[a:b]) in words else text[a:b])
        pos = b
    out.append("…" if last < len(spans) else text[pos:])
    return re.sub(r"\s+", " ", ("…" if first > 0 else "") + "".join(out))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Hội", "đài", "lúa", "xuân", "Đảng", "bộ"]), max_size=60),
    st.lists(st.sampled_from([" ", ", ", ".\n\n", " — "]), min_size=60, max_size=60),
    st.integers(min_value=1, max_value=30),
)
def test_snippet_reads_words_only_up_to_its_end_and_says_the_same(words, separators, width):
    text = "".join(w + s for w, s in zip(words, separators, strict=False))
    for query in ({"hoi"}, {"dang", "bo"}, {"lua"}, {"tau"}):
        assert fulltext.snippet(text, query, ("<", ">"), width) == snippet_reading_every_word(
            text, query, ("<", ">"), width
        )


def month_map(db) -> dict[int, int]:
    """The month byte `search_site_map` holds for each rowid (rowids of byte 0 left out)."""
    chunks = db.execute("SELECT chunk, months FROM search_site_map ORDER BY chunk").fetchall()
    assert {len(months) for _, months in chunks} <= {4096}
    return {
        chunk * 4096 + i: byte for chunk, months in chunks for i, byte in enumerate(months) if byte
    }


def test_month_map_holds_each_rowids_publish_month_and_follows_writes_and_a_rebuild(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    published = [
        "2015-01-01T00:00:00+07:00",  # the first month a byte holds: 2
        "2024-06-30T23:59:00+07:00",  # (2024 - 2015) * 12 + 5 + 2
        "2036-02-29T08:00:00+07:00",  # the last one: 255
        "2036-03-01T08:00:00+07:00",  # past it: looked up (1)
        "2014-12-31T08:00:00+07:00",  # before it: looked up
        None,  # no date: 0, as for no article
    ]
    records = [make_record(f"https://x.vn/{i}", published_at=p) for i, p in enumerate(published)]
    store.upsert_articles(db, records, observed_at=T0)
    assert month_map(db) == {1: 2, 2: 115, 3: 255, 4: 1, 5: 1}
    # Days of no calendar shape, as a bulk load could write them: looked up.
    for rowid, value in ((7, "2024-13-01"), (8, "2024-06-32"), (9, "tháng 6"), (-2, "2024-06-00")):
        db.execute(
            "INSERT INTO articles (rowid, url, published_at) VALUES (?, ?, ?)",
            [rowid, f"https://x.vn/r{rowid}", value],
        )
    db.execute("INSERT INTO articles (rowid, url, published_at) VALUES (9000, 'u', '2024-07-01')")
    moved = make_record("https://x.vn/0", published_at="2024-07-01T08:00:00+07:00")
    store.upsert_articles(db, [moved], observed_at=T1)
    db.execute("DELETE FROM articles WHERE rowid = 3")
    kept = {1: 116, 2: 115, 4: 1, 5: 1, 7: 1, 8: 1, 9: 1, -2: 1, 9000: 116}
    assert month_map(db) == kept
    assert [month_code(d) for d in (None, -1, 20150101, 20241301, 20360229)] == [
        0,
        1,
        2,
        1,
        255,
    ]
    db.execute("UPDATE search_site_map SET months = zeroblob(4096)")
    store.rebuild_search_index(db)
    assert month_map(db) == kept
    db.close()


def test_months_wholly_inside_a_range_pass_outside_fail_and_a_bounds_own_month_is_looked_up():
    code = {f"2024-{m:02d}": (2024 - 2015) * 12 + m - 1 + 2 for m in range(1, 13)}
    # 15 April (a date) to 30 June (`<` 1 July): April is a bound's own month, May and June pass.
    marks = fulltext._month_marks(((">=", 20240415, False), ("<", 20240701, False)))
    got = [marks[code[f"2024-{m:02d}"]] for m in range(3, 8)]
    assert got == [0, 2, 1, 1, 0] and (marks[0], marks[1]) == (0, 2)
    # A time of day on 1 May and on 1 July: May and July looked up, June passes.
    marks = fulltext._month_marks(((">=", 20240501, True), ("<=", 20240701, True)))
    assert [marks[code[f"2024-{m:02d}"]] for m in range(4, 9)] == [0, 2, 1, 2, 0]
    # `<` a first of the month: the month before passes whole, that month fails whole.
    marks = fulltext._month_marks((("<", 20240601, False),))
    assert [marks[code[f"2024-{m:02d}"]] for m in range(4, 8)] == [1, 1, 0, 0]


@pytest.fixture(scope="module")
def months(tmp_path_factory):
    """200 articles on two sites, one a day at some hour from 20 March 2024 on, every eleventh
    without a date, a few from months the month map does not hold (2009, 2040) and a few
    whose `published_at` does not start with a date; each of a dozen words drawn so that
    two-word queries match dozens."""
    days = []
    for i in range(200):
        day = date(2024, 3, 20) + timedelta(days=i)
        if i % 37 == 5:
            day = day.replace(year=2009 if i % 2 else 2040)
        days.append(None if i % 11 == 0 else day)
    records = _drawn_records(random.Random(5), "m", SITES[:2], days, 30)
    database = store.open_db(tmp_path_factory.mktemp("months") / "news.db")
    store.upsert_articles(database, records, observed_at=T0)
    for i, value in enumerate(("2024", "tháng 5/2024", "2024-05", "2024-13-02")):
        database.execute(
            "INSERT INTO articles (url, site, headline, published_at) VALUES (?, ?, ?, ?)",
            [f"https://x.vn/odd{i}", SITES[0], "Đại hội Đảng bộ hoà bình lúa xuân", value],
        )
    store.rebuild_search_index(database)
    yield database
    database.close()


MONTH_FILTERS = [
    # whole months
    ({"since": "2024-04-01", "until": "2024-05-31"}, [">=", "<"], ["2024-04-01", "2024-06-01"]),
    # starting mid-month, then ending mid-month
    ({"since": "2024-04-15", "until": "2024-06-30"}, [">=", "<"], ["2024-04-15", "2024-07-01"]),
    ({"since": "2024-05-01", "until": "2024-06-10"}, [">=", "<"], ["2024-05-01", "2024-06-11"]),
    # times of day, one on a month's first day
    (
        {"since": "2024-04-15T12:00:00+07:00", "until": "2024-06-01T08:00:00+07:00"},
        [">=", "<="],
        ["2024-04-15T12:00:00+07:00", "2024-06-01T08:00:00+07:00"],
    ),
    ({"until": "2024-05-01T00:30:00+07:00"}, ["<="], ["2024-05-01T00:30:00+07:00"]),
    # far wider than the map's months: those outside them are looked up
    ({"since": "2000-01-01", "until": "2045-12-31"}, [">=", "<"], ["2000-01-01", "2046-01-01"]),
    ({"since": "2036-01-01"}, [">="], ["2036-01-01"]),
    ({"until": "2015-02-01"}, ["<"], ["2015-02-02"]),
    # a bound that does not start with a date: compared as text, the map not read
    ({"since": "2024-05"}, [">="], ["2024-05"]),
]


@pytest.mark.parametrize("query", ["dai hoi", "Đại hội", "hoà bình", "lua xuan"])
@pytest.mark.parametrize(("filters", "ops", "params"), MONTH_FILTERS)
@pytest.mark.parametrize("site", [None, "baonamdinh"])
def test_date_filtered_hits_alike_when_the_months_are_read_from_the_map(
    months, monkeypatch, query, filters, ops, params, site
):
    monkeypatch.setattr(fulltext, "_SAMPLE", 100)  # sample the newest 100 of the 204 rows
    monkeypatch.setattr(fulltext, "_COMMON", 1.0)  # rank every word, as the plain scan does
    monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 10**9)  # the share rounds to 0: not late
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", -1.0)  # never list, even when none pass
    monkeypatch.setattr(fulltext, "_MAP_COST", 0.0)  # map whenever any match is expected
    where = [f"a.published_at {op} ?" for op in ops]
    if site is not None:
        filters, where, params = {**filters, "site": site}, ["a.site = ?", *where], [site, *params]
    for limit in (5, 1000):
        hits = fulltext._search_rows(months.conn, query, limit=limit, **filters)
        assert [h["url"] for h in hits] == scanned(months, query, where, params, limit)
    dated = filters.get("since") != "2024-05"
    assert ("months" in maps_read(months, query, **filters)) is dated


@pytest.mark.parametrize(
    ("filters", "where", "params", "looked_up"),
    [
        (
            {"since": "2024-06-01", "until": "2024-06-30"},
            ["a.published_at >= ?", "a.published_at < ?"],
            ["2024-06-01", "2024-07-01"],
            False,
        ),
        ({"since": "2024-06-01"}, ["a.published_at >= ?"], ["2024-06-01"], False),
        ({"until": "2024-05-31"}, ["a.published_at < ?"], ["2024-06-01"], False),
        ({"since": "2024-06-03"}, ["a.published_at >= ?"], ["2024-06-03"], True),
    ],
)
def test_whole_months_are_checked_in_the_month_map_alone(
    spread, monkeypatch, filters, where, params, looked_up
):
    monkeypatch.setattr(fulltext, "_SAMPLE", 100)  # sample the newest 100 of the 240 rows
    monkeypatch.setattr(fulltext, "_COMMON", 1.0)  # rank every word, as the plain scan does
    monkeypatch.setattr(fulltext, "_FILTER_SAMPLE", 10**9)  # the share rounds to 0: not late
    monkeypatch.setattr(fulltext, "_LIST_AT_MOST", 0.0)  # never list
    monkeypatch.setattr(fulltext, "_MAP_COST", 0.0)  # map whenever any match is expected
    for query in ("dai hoi", "Đại hội"):
        hits = fulltext._search_rows(spread.conn, query, limit=1000, **filters)
        assert [h["url"] for h in hits] == scanned(spread, query, where, params, 1000)
        ranked = ranked_statements(spread, query, **filters)
        assert all("substr(" in s for s in ranked)
        assert any("search_facets" in s for s in ranked) is looked_up


def test_month_bytes_the_triggers_write_are_those_a_refill_writes(tmp_path):
    db = store.open_db(tmp_path / "news.db")
    values = [None, "2024", "2024-06", "tháng 6", "2024-6-03", "0000-01-01"]
    for year in (2014, 2015, 2024, 2036, 2037):
        for month in ("00", "01", "02", "09", "10", "12", "13", "19", "20", "99"):
            for day in ("00", "01", "28", "31", "32", "39", "40"):
                values.append(f"{year}-{month}-{day}T08:00:00+07:00")
    for i, value in enumerate(values):
        db.execute("INSERT INTO articles (url, published_at) VALUES (?, ?)", [f"u{i}", value])
    written = month_map(db)
    store.rebuild_search_index(db)
    assert month_map(db) == written
    days = dict(db.execute("SELECT id, day FROM search_facets").fetchall())
    assert written == {i: month_code(days[i]) for i in days if month_code(days[i])}
    assert written[values.index("2024-09-28T08:00:00+07:00") + 1] == 118
    db.close()
