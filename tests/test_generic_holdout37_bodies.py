"""Rules the generic extractor learnt for bodies, summaries, pictures and captions from the
thirty-seventh holdout set's foreign-language and ethnic-language editions (English, French,
Spanish, Russian, Chinese, Japanese, Korean, Lao, Khmer and H'Mông pages of Vietnamese papers,
agencies and portals on their own language's products)."""

from __future__ import annotations

from datetime import datetime

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
