def read(lines):
    for line in lines:
        yield line.strip()


def parse(rows):
    for row in rows:
        key, value = row.split("=")
        yield key, int(value)


config = dict(parse(read(["a=1\n", "b=2\n", "c\n"])))
print(config)
