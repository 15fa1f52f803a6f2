# A tiny static-site generator for notes: a Markdown subset rendered to HTML with re and
# html.escape, front matter parsed by hand, a table of contents, ASCII slugs, a
# calendar page (calendar.TextCalendar/monthrange), word wrapping and shortening with textwrap,
# urllib.parse for links, json for the search index, and string.Template for the page.
import calendar
import html
import json
import re
import string
import sys
import textwrap
from collections import defaultdict
from datetime import date, timedelta
from urllib.parse import parse_qs, quote, urlencode, urljoin, urlsplit

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

NOTE = """\
---
title: Ünicode & <HTML> in Notes
date: 2024-02-27
tags: python, web, tips
---
# Introduction

Some *emphasis*, some **strong text**, and `inline <code>`.
A [link](https://example.org/a b?x=1&y=2) and an autolink <https://python.org>.

## Lists

- first item
- second item with `code`
  - nested item
1. one
2. two

## Code

```python
def f(x):
    return x < 3 and x > 1
```

> A quote that is long enough to need wrapping when it is rendered as plain text for the terminal preview.

| name | value |
|------|------:|
| a    | 1     |
| b&c  | 22    |
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<!\*)\*([^*]+)\*(?!\*)"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: f'<a href="{html.escape(quote(m.group(2), safe=":/?&="))}">{m.group(1)}</a>'),
    (re.compile(r"&lt;(https?://[^&]+)&gt;"), r'<a href="\1">\1</a>'),
]


def slugify(text):
    text = text.encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def inline(text):
    # Code spans are escaped first; the rest of the line is escaped around them.
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append("`" + html.escape(part[1:-1]) + "`")
        else:
            out.append(html.escape(part, quote=False))
    text = "".join(out)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def front_matter(text):
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    meta = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    meta["tags"] = [t.strip() for t in meta["tags"].split(",")]
    meta["date"] = date.fromisoformat(meta["date"])
    return meta, text[m.end():]


def render(body):
    html_lines, toc = [], []
    lines = body.splitlines()
    i = 0
    list_stack = []
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            lang = line[3:].strip()
            code = []
            i += 1
            while not lines[i].startswith("```"):
                code.append(lines[i])
                i += 1
            html_lines.append(f'<pre><code class="language-{lang}">{html.escape(chr(10).join(code))}</code></pre>')
        elif m := re.match(r"(#{1,6}) (.*)", line):
            level, title = len(m.group(1)), m.group(2)
            toc.append((level, title, slugify(title)))
            html_lines.append(f'<h{level} id="{slugify(title)}">{inline(title)}</h{level}>')
        elif m := re.match(r"( *)([-*]|\d+\.) (.*)", line):
            depth = len(m.group(1)) // 2
            tag = "ol" if m.group(2)[0].isdigit() else "ul"
            while len(list_stack) > depth + 1 or (len(list_stack) == depth + 1 and list_stack[-1] != tag):
                html_lines.append(f"</{list_stack.pop()}>")
            while len(list_stack) < depth + 1:
                list_stack.append(tag)
                html_lines.append(f"<{tag}>")
            html_lines.append(f"<li>{inline(m.group(3))}</li>")
        elif line.startswith("> "):
            html_lines.append(f"<blockquote>{inline(line[2:])}</blockquote>")
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")])
                i += 1
            aligns = ["right" if c.endswith(":") else "left" for c in rows[1]]
            html_lines.append("<table>")
            html_lines.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[2:]:
                html_lines.append("<tr>" + "".join(f'<td align="{a}">{html.escape(c)}</td>' for c, a in zip(row, aligns)) + "</tr>")
            html_lines.append("</table>")
            continue
        elif line.strip():
            while list_stack:
                html_lines.append(f"</{list_stack.pop()}>")
            html_lines.append(f"<p>{inline(line)}</p>")
        i += 1
    while list_stack:
        html_lines.append(f"</{list_stack.pop()}>")
    return html_lines, toc


def main():
    meta, body = front_matter(NOTE)
    print("meta:", meta)
    lines, toc = render(body)
    print("\n".join(lines))
    print("toc:")
    for level, title, slug in toc:
        print(f"{'  ' * (level - 1)}- {title} (#{slug})")
    plain = re.sub(r"<[^>]+>", "", "\n".join(lines))
    print("unescaped:", html.unescape("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &eacute;"))
    quote_text = re.search(r"^> (.*)$", body, re.M).group(1)
    print(textwrap.fill(quote_text, width=36, initial_indent="| ", subsequent_indent="| "))
    print(textwrap.shorten(quote_text, width=40, placeholder=" [...]"))
    print(textwrap.indent("a\n\nb\n", "  >", lambda l: True), end="")
    print("words:", len(plain.split()), "chars:", len(plain))

    posts = defaultdict(list)
    start = meta["date"]
    for n in range(10 * SCALE):
        day = start + timedelta(days=n * 3)
        posts[(day.year, day.month)].append(day.day)
    for (year, month), days in sorted(posts.items())[:2]:
        cal = calendar.TextCalendar(firstweekday=calendar.MONDAY).formatmonth(year, month)
        marked = cal
        for d in days:
            marked = re.sub(rf"(?<![\d*]){d}(?!\d)", f"{d}*", marked, count=1) if d >= 10 else marked
        print(marked.rstrip())
        print("monthrange:", calendar.monthrange(year, month), calendar.isleap(year), calendar.day_name[date(year, month, 1).weekday()])
    print("weekheader:", calendar.weekheader(3), calendar.month_abbr[2])

    url = "https://notes.example.org/blog/2024/post.html?tag=python&tag=web&page=2#top"
    parts = urlsplit(url)
    print("url:", parts.scheme, parts.netloc, parts.path, parse_qs(parts.query), parts.fragment)
    print("join:", urljoin(url, "../img/a.png"), urljoin(url, "/about"))
    print("encode:", urlencode({"q": "a b&c", "n": 3, "ü": "ß"}), quote("a/b c", safe=""))

    index = [{"title": meta["title"], "slug": slugify(meta["title"]), "tags": meta["tags"],
              "date": meta["date"].isoformat(), "headings": [t[2] for t in toc]}]
    print(json.dumps(index, indent=1, ensure_ascii=False))
    page = string.Template("<title>${title}</title><meta name=date content=$date>")
    print(page.substitute(title=html.escape(meta["title"]), date=f"{meta['date']:%d %B %Y}"))


main()
