import re

text = "naïve café 😀 𝐀𝐁c 𠀋字 ١٢٣ 𝟏𝟐 x²"
print(re.findall(r"\w+", text), re.findall(r"\W+", text), re.findall(r"\d+", text), re.findall(r"\D+", text))
print(re.findall(r"\b\w", text), re.findall(r"\w\b", text), re.findall(r"[\w]+", text), re.findall(r"[^\w ]+", text))
print(re.findall(r"[\W]", "a😀b𝐀"), re.findall(r"[^\W]", "a😀b𝐀"), re.findall(r"[\d😀]", "1😀𝟏x"), re.findall(r"[^\d]", "1😀𝟏x"))
print(re.findall(".", "😀a𝐀"), re.findall("[^a]", "😀a𝐀"), re.findall(r"\S", "😀 𝐀"), re.findall(r"(?a)\w", "a𝐀b"), re.findall(r"(?a)\W", "a𝐀b"))
for m in re.finditer(r"\w+|😀", "ab😀𝐀𝐀 cd"):
    print(m.span(), m.group(), m.start(), m.end())
print(re.sub(r"\w", "_", "a😀𝐀b"), re.split(r"\W+", "x😀y𝐀z"), re.sub("", "-", "😀𝐀"), re.findall("", "a😀"))
print(re.search("😀+", "xx😀😀y").span(), re.match(".{3}", "😀😀😀😀").group(), re.fullmatch("[😀-😂]+", "😀😁😂"), re.search(r"(?<=😀)\w", "😀a"))
print(re.compile(r"\w+").search("😀😀abc", 2), re.compile(r"\w").findall("𝐀𝐁𝐂𝐃", 1, 3), re.escape("😀.𝐀"), re.search("(?i)straße", "STRAßE"))
s = "ü" * 3 + "😀" + "é" * 3
print([m.span() for m in re.finditer("é|ü", s)], re.subn("[éü]", "", s))
print(re.findall(r"\s", "a\u2003b\u3000c\x85d\u200be"), re.findall(r"\w", "\u0301a\u203f_"), re.findall(r"(?i)ǆ", "Ǆǅǆ"))
