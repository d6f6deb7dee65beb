"""How publishers word the notes they print around an article, in the languages met so far.

These are lines a reader skips, in plain prose with nothing in the markup to tell them apart:
where the article first appeared or that it is a translation, which agencies it draws on,
appeals for donations and subscriptions, paywall and account messages. `parsers.body` drops
them only where such notes stand: the end of the text (and the very start, for a translation
note), and only when short. Each entry is a pattern on folded text (`parsers.vietnamese.text.fold`:
lower case, no diacritics), searched anywhere in the line; spaces match any spacing.
"""

from __future__ import annotations

import re

NOTE_PHRASES = (
    # where the article comes from
    r"(?:this|the) (?:article|story|piece) (?:was )?(?:first|originally) (?:appeared|published)",
    r"^(?:first|originally) (?:published|appeared) (?:in|on|by|at)\b",
    r"a version of this (?:article|story) (?:first |originally )?appeared",
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:ist eine|erschien) "
    r"(?:ubersetzung|zuerst|erstmals|ursprunglich)",
    r"^dies ist eine (?:maschinelle |automatische )?ubersetzung",
    r"(?:lest|lesen sie) den originalartikel",
    r"^read the original (?:article|story)",
    r"cet article (?:a (?:ete )?)?(?:initialement|d'abord|originellement) (?:ete )?publie",
    r"cet article est une traduction",
    r"este articulo (?:fue|se) publico (?:originalmente|por primera vez|inicialmente)",
    r"^questo articolo e (?:stato )?(?:pubblicato|tradotto)",
    # the sources it draws on
    r"^mit (?:material|informationen) (?:von|der|des|aus)\b",
    r"^(?:with )?(?:additional )?reporting (?:by|from)\b",
    r"abonelere sunulan haberler",
    # appeals: donations, subscriptions, newsletters
    r"(?:hat|wie hat) (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen",
    r"^did you (?:like|enjoy) this (?:article|story)",
    r"^(?:vous avez aime|avez-vous aime) cet article",
    r"te ha gustado (?:este|el) articulo",
    r"unabhangige[rn]? journalismus braucht",
    r"^(?:please )?support (?:our|independent) journalism",
    r"^soutenez (?:notre|le) journalisme",
    r"^\d+ (?:wochen|tage|monate) (?:kostenlos|gratis) (?:testen|lesen)",
    r"sign up (?:for|to) (?:our|the) (?:[\w-]+ )?newsletters?\b",
    r"decouvrez nos offres",
    # paywall and account messages
    r"^il vous reste \d+(?:[.,]\d+)? ?% de cet article",
    r"la suite est reservee aux abonnes",
    r"^tu suscripcion se esta usando",
    # standing editorial notices
    r"godkant (?:namn|bild)- och (?:namn|bild)publicering",
)
NOTE = re.compile("|".join(p.replace(" ", r"\s+") for p in NOTE_PHRASES))
MAX_NOTE = 400  # characters: a note is a line or two
