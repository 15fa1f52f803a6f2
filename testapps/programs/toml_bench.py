# A TOML config loader: tomllib.loads on generated text, then merging and validating the tables.
import sys
import tomllib

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def make_config(n):
    parts = [
        'title = "Release config"',
        "version = 3",
        "ratio = 0.75",
        "enabled = true",
        'created = 2024-03-15T10:20:30Z',
        "day = 2024-03-15",
        "[owner]",
        'name = "Ada"',
        'emails = ["ada@example.com", "a@example.org"]',
        "[limits]",
        "max_size = 1_000_000",
        "hex = 0xff",
        "octal = 0o17",
        "neg = -42",
        "exp = 6.02e23",
        "",
    ]
    for i in range(n):
        parts.append("[[package]]")
        parts.append('name = "pkg%d"' % i)
        parts.append('version = "%d.%d.%d"' % (i % 4, i % 9, i % 13))
        parts.append("deps = [%s]" % ", ".join('"dep%d"' % j for j in range(i % 4)))
        parts.append("inline = { weight = %d, label = 'lbl %d', nested = { ok = %s } }" % (i, i, "true" if i % 2 else "false"))
        parts.append('notes = """\nmulti\nline %d"""' % i)
        parts.append("")
    parts.append("[servers.alpha]")
    parts.append('ip = "10.0.0.1"')
    parts.append("[servers.beta]")
    parts.append('ip = "10.0.0.2"')
    parts.append('"quoted key" = "v"')
    return "\n".join(parts)


def main():
    text = make_config(60)
    total = 0
    for _ in range(40 * SCALE):
        cfg = tomllib.loads(text)
        for pkg in cfg["package"]:
            total += len(pkg["deps"]) + pkg["inline"]["weight"]
    print("total", total)
    print(cfg["title"], cfg["version"], cfg["ratio"], cfg["enabled"], cfg["created"], cfg["day"])
    print(cfg["owner"], cfg["limits"])
    print(cfg["package"][5])
    print(cfg["servers"])
    by_major = {}
    for pkg in cfg["package"]:
        by_major.setdefault(pkg["version"].split(".")[0], []).append(pkg["name"])
    print({k: len(v) for k, v in sorted(by_major.items())})
    for bad in ["a = ", "a = 1\na = 2", "[t]\nx=1\n[t]", "x = [1,", 'k = "unterminated']:
        try:
            tomllib.loads(bad)
        except tomllib.TOMLDecodeError as e:
            print("TOMLDecodeError", e)


main()
