# Calls inside statements spread over several lines report their own line, as CPython's do.
class Builder:
    def __init__(self):
        self.parts = []

    def add(self, part):
        self.parts.append(part)
        return self

    def check(self, limit):
        if len(self.parts) > limit:
            raise ValueError(f"too many parts: {len(self.parts)}")
        return self


def parse(text):
    return int(text)


values = [
    parse("1"),
    parse("2"),
]
try:
    values = [
        parse("3"),
        parse("x"),
    ]
except ValueError as e:
    print("caught", e, e.__traceback__.tb_lineno)

total = sum(
    v * 2
    for v in values
)
print(total)

result = (Builder()
          .add("a")
          .add("b")
          .check(5)
          .add("c")
          .check(2))
