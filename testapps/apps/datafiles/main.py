# Data files: package data read with importlib.resources, a file placed with --add-data read
# relative to __file__, and existence checks through os.path; inside the executable they are
# served from the embedded archive.
import os.path
from importlib import resources
import catalog

stock = resources.files(catalog).joinpath("stock.csv").read_text()
print(stock, end="")
letter = (resources.files("catalog") / "templates" / "letter.txt").read_text(encoding="utf-8")
print(letter, end="")
print(resources.files("catalog").joinpath("templates").is_dir())
print(resources.files("catalog").joinpath("missing.txt").is_file())

here = os.path.dirname(__file__)
settings = os.path.join(here, "assets", "settings.ini")
print(os.path.exists(settings), os.path.isfile(settings), os.path.isdir(os.path.join(here, "assets")))
print(os.path.basename(settings), os.path.splitext(settings)[1])
print(resources.files(catalog).name)

import pkgutil
raw = pkgutil.get_data("catalog", "stock.csv")
print(type(raw).__name__, len(raw), raw[:6])
print(pkgutil.get_data("catalog", "templates/letter.txt").decode("utf-8").splitlines()[0])
print(resources.files(catalog).joinpath("stock.csv").read_bytes() == raw)

# The third way: open() on a path next to __file__, text and binary.
with open(settings, encoding="utf-8") as f:
    print(f.read(), end="")
with open(os.path.join(here, "catalog", "stock.csv"), "rb") as f:
    data = f.read()
print(type(data).__name__, data == raw)

# Encodings: read_text decodes with the codec asked for; utf-8 keeps a byte order mark, utf-8-sig drops it.
templates = resources.files(catalog) / "templates"
print(templates.joinpath("menu-latin1.txt").read_text(encoding="latin-1"), end="")
try:
    templates.joinpath("menu-latin1.txt").read_text()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(templates.joinpath("menu-latin1.txt").read_text(errors="replace"), end="")
print(repr(resources.files(catalog).joinpath("bom.csv").read_text()))
print(repr(resources.files(catalog).joinpath("bom.csv").read_text(encoding="utf-8-sig")))
try:
    resources.files(catalog).joinpath("gone.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, os.path.basename(e.filename))
