DEFAULTS = {"color": "red"}


class Widget:
    color = DEFAULTS["color"]
    size = DEFAULTS["size"]


print(Widget.color)
