"""CSS selector lists translated to XPath by cssselect, with the attribute values each selector
needs (`parsers.page.Page.select` runs only the selectors a page's attributes allow).

`parsers.page` loads this only for a selector `parsers/xpaths.py` does not list
(`parsers.xpath_table` writes that file).
"""

from __future__ import annotations

from cssselect import parse
from cssselect.parser import Attrib, Class, CombinedSelector, Function, Hash, Negation, Pseudo
from lxml.cssselect import LxmlTranslator

from parsers import patterns

Need = tuple[str, str, str]  # attribute, operator (exists, =, ~=, *=), value
_XML_SPACE = patterns.compile("[ \t\r\n]+")  # what XPath's normalize-space splits a class list on
_ATTRIBUTE_NAME = patterns.compile(r"[A-Za-z_][\w-]*")


def translate(css: str) -> tuple[tuple[str, tuple[Need, ...]], ...]:
    """Each selector of the list `css` as (XPath, the attribute conditions it needs)."""
    translator = LxmlTranslator()
    return tuple(
        (
            translator.selector_to_xpath(
                one, "descendant-or-self::", translate_pseudo_elements=True
            ),
            tuple(_needs(one.parsed_tree)) if one.pseudo_element is None else (),
        )
        for one in parse(css)
    )


def _needs(tree: object) -> list[Need]:
    """The attribute conditions of a parsed selector that every match must meet (what sits
    under a negation or an unknown construct is left out: it may not be needed)."""
    if isinstance(tree, CombinedSelector):
        return _needs(tree.selector) + _needs(tree.subselector)
    if isinstance(tree, Class):
        return [("class", "~=", tree.class_name), *_needs(tree.selector)]
    if isinstance(tree, Hash):
        return [("id", "=", tree.id), *_needs(tree.selector)]
    if isinstance(tree, Attrib):
        value = tree.value.value if tree.value is not None else ""
        known = tree.operator in ("exists", "=", "~=", "*=") and (
            tree.operator == "exists" or value
        )
        if (
            known
            and tree.namespace is None
            and tree.flag is None
            and _ATTRIBUTE_NAME.fullmatch(tree.attrib)
            and not _XML_SPACE.search(value)
        ):
            return [(tree.attrib, tree.operator, value), *_needs(tree.selector)]
        return _needs(tree.selector)
    if isinstance(tree, Negation | Pseudo | Function):
        return _needs(tree.selector)
    return []
