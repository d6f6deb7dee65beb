"""Spiders: one per site profile (`sites.py`), and the generic `article` and `site` spiders."""
