"""Escaping text for HTML, and turning character references back into text as HTML5 does."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, with quote, " and ') by their character references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# HTML5's "parse error" numeric references: the C1 range reads as windows-1252, NUL as U+FFFD.
_WINDOWS_1252 = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
    0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
    0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f',
    0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
    0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}


def _dropped(codepoint):
    # Control characters and noncharacters that a numeric reference may not produce: they vanish.
    if 0x1 <= codepoint <= 0x8 or codepoint == 0xb or 0xe <= codepoint <= 0x1f:
        return True
    if 0x7f <= codepoint <= 0x9f or 0xfdd0 <= codepoint <= 0xfdef:
        return True
    return (codepoint & 0xfffe) == 0xfffe


def _numeric(digits, base):
    codepoint = int(digits, base)
    if codepoint in _WINDOWS_1252:
        return _WINDOWS_1252[codepoint]
    if 0xd800 <= codepoint <= 0xdfff or codepoint > 0x10ffff:
        return '\ufffd'
    if _dropped(codepoint):
        return ''
    return chr(codepoint)


def _replace(match):
    ref = match.group(1)
    if ref[0] == '#':
        if ref[1] in 'xX':
            return _numeric(ref[2:].rstrip(';'), 16)
        return _numeric(ref[1:].rstrip(';'), 10)
    if ref in _html5:
        return _html5[ref]
    # Without a known full name, the longest known name it starts with (names kept without ';').
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_REFERENCE = _re.compile(r'&(#[0-9]+;?'
                         r'|#[xX][0-9a-fA-F]+;?'
                         r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace every named and numeric character reference in s by the text it stands for."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
