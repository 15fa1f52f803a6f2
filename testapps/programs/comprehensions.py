# List, dict and set comprehensions over objects, with enumerate, zip, filters and nesting.
import sys
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Widget:
    def __init__(self, widget_id, name, color, weight, tags):
        self.widget_id = widget_id
        self.name = name
        self.color = color
        self.weight = weight
        self.tags = tags

    def __repr__(self):
        return "Widget(%d, %r)" % (self.widget_id, self.name)


def make_widgets(n):
    colors = list(Color)
    return [Widget(i, "w%03d" % (i % 1000), colors[i % 3], (i * 37) % 101, ["t%d" % (i % 7), "t%d" % (i % 5)])
            for i in range(n)]


def work(widgets):
    heavy = [w for w in widgets if w.weight > 50]
    by_id = {w.widget_id: w for w in widgets}
    names = {w.name for w in widgets if w.color is Color.RED}
    tag_set = {t for w in widgets for t in w.tags}
    pairs = [(i, w.weight) for i, w in enumerate(widgets) if i % 3 == 0]
    zipped = [a.weight - b.weight for a, b in zip(widgets, widgets[1:])]
    grouped = {c: [w.widget_id for w in widgets if w.color == c] for c in Color}
    matrix = [[w.weight * k for k in range(4)] for w in widgets[:50]]
    flat = [x for row in matrix for x in row if x % 2]
    counts = {}
    for w in widgets:
        for t in w.tags:
            counts[t] = counts.get(t, 0) + 1
    inverted = {v: k for k, v in counts.items()}
    return (len(heavy), len(by_id), len(names), sorted(tag_set), sum(p[1] for p in pairs),
            sum(zipped), {c.name: len(v) for c, v in grouped.items()}, sum(flat), inverted)


def main(n, loops):
    widgets = make_widgets(n)
    for _ in range(loops):
        result = work(widgets)
    for item in result:
        print(item)
    print(widgets[:3], [w for w in widgets if w.weight == 100][:2])
    x = 10
    print([x for x in range(3)], x)
    print({i: {j for j in range(i)} for i in range(4)})
    print([[c for c in s] for s in ("ab", "", "xyz")])
    try:
        [1 / (w.weight - 1) for w in widgets]
    except ZeroDivisionError as e:
        print(type(e).__name__, e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
