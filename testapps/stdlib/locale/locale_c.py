# locale: the C locale PyPack has, as CPython gives it under LANG=C.UTF-8 or with LANG unset
# (LC_CTYPE coerced to C.UTF-8): setlocale queries and changes, getlocale, normalize's alias
# tables, localeconv, nl_langinfo, number formatting, currency's refusal, and the errors.
import locale
import os
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
for name in ("LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"):
    os.environ.pop(name, None)
os.environ["LANG"] = "C.UTF-8"

print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL))
# UTF-8 mode (on when the program starts in the C locale) spells it "utf-8": hence upper().
print(locale.getencoding(), locale.getpreferredencoding(False).upper(), locale.getpreferredencoding().upper())
for category, name in [(locale.LC_ALL, "C"), (locale.LC_ALL, None), (locale.LC_NUMERIC, "POSIX"),
                       (locale.LC_NUMERIC, "C.UTF-8"), (locale.LC_TIME, "C.utf8"), (locale.LC_COLLATE, "C.UTF8"),
                       (locale.LC_MONETARY, "C.utf-8"), (locale.LC_ALL, None), (locale.LC_CTYPE, None),
                       (locale.LC_ALL, ""), (locale.LC_ALL, None), (locale.LC_CTYPE, "en_US.UTF-8"),
                       (locale.LC_CTYPE, ("en_US", "UTF-8")), (locale.LC_CTYPE, ("C", "UTF-8")),
                       (locale.LC_CTYPE, ("C", None)), (locale.LC_CTYPE, (None, None)), (locale.LC_CTYPE, "c"),
                       (locale.LC_CTYPE, "POSIX.UTF-8"), (locale.LC_CTYPE, "C.ascii"), (99, "C"), (99, None),
                       (locale.LC_ALL, 5), (locale.LC_ALL, (1, 2)), (locale.LC_ALL, ("a", "b", "c")),
                       (locale.LC_CTYPE, "LC_CTYPE=C;LC_NUMERIC=C")]:
    try:
        print(category, repr(name), repr(locale.setlocale(category, name)))
    except (locale.Error, TypeError) as e:
        print(category, repr(name), type(e).__name__, e)

locale.setlocale(locale.LC_ALL, "C")
print(locale.getlocale(), locale.getlocale(locale.LC_ALL), locale.getencoding(), locale.getpreferredencoding().upper(),
      locale.nl_langinfo(locale.CODESET))
locale.setlocale(locale.LC_NUMERIC, "C.UTF-8")
print(locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
os.environ["LANG"] = "fr_FR.UTF-8"
try:
    locale.setlocale(locale.LC_ALL, "")
except locale.Error as e:
    print("Error", e)
try:
    locale.resetlocale()
except locale.Error as e:
    print("Error", e)
os.environ["MY_LANG"] = "de_DE@euro"
print(locale.getdefaultlocale(["NOT_SET", "MY_LANG"]), locale.getdefaultlocale(["NOT_SET"]))
os.environ["MY_LANG"] = "pt_BR:en_US"
print(locale.getdefaultlocale(["LANGUAGE_X", "MY_LANG"]))
os.environ["LANGUAGE"] = "pt_BR:en_US"
print(locale.getdefaultlocale(["LANGUAGE"]))
os.environ["LANG"] = "C.UTF-8"
print(locale.setlocale(locale.LC_ALL, ""), locale.getlocale())

for name in ["en_US.utf8", "C.UTF-8", "c.utf8", "de_DE@euro", "fr", "en_US.ISO8859-1", "ja_JP.eucjp",
             "en_US.latin1", "pt_BR.UTF-8@foo", "xx_YY.utf8", "en_GB.Utf-8", "sr_RS@latin", "POSIX", "C", "",
             "en", "english", "de_DE.iso885915@euro", "de_DE.utf8@euro", "de_DE.latin-1@euro", "nl_BE@euro",
             "ca_ES@valencia", "ca_ES.utf8@valencia", "en_US:utf8", "ru_RU.KOI8-R", "ru_ru.koi8r", "zh_CN.gb2312",
             "zh_TW.big5", "en_IN", "uk_UA.cp1251", "de_AT.ISO-8859-15@euro", "tr_TR.UTF-8@x", "en_US.ascii",
             "sr_CS.UTF-8@latin", "sr@latn", "iw_IL", "no_NO", "univ", "a3", "en_US.foo-bar_baz"]:
    print(repr(name), repr(locale.normalize(name)))
for name in ["C", "C.UTF-8", "de_DE@euro", "en_US", "xx", "UTF-8", "fr_FR.ISO8859-15@euro"]:
    try:
        print(repr(name), locale._parse_localename(name))
    except ValueError as e:
        print(repr(name), "ValueError", e)
print(len(locale.locale_alias) > 500, locale.locale_alias["en_us"], locale.locale_encoding_alias["utf8"])

print(locale.localeconv())
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)), locale.nl_langinfo(locale.D_T_FMT),
      locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.YESEXPR),
      locale.nl_langinfo(locale.T_FMT_AMPM), locale.nl_langinfo(locale.CRNCYSTR), locale.CODESET, locale.DAY_1)
for bad in (12345, "x"):
    try:
        locale.nl_langinfo(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(locale.format_string("%d items, %.2f total, %s", (1234567, 1234.5, "x"), grouping=True))
print(locale.format_string("%10.3f|%-8d|%%|%*d|%.*f", (3.14159, 42, 5, 7, 2, 2.5)))
print(locale.format_string("%(a)s-%(b).1f %%", {"a": 1, "b": 2.25}), locale.format_string("%e", 12345.678))
print(locale.format_string("%.2f", 1234567.891, grouping=True, monetary=True), locale.format_string("%x", 255))
print(locale.format_string("%s", [1, 2]), locale.format_string("%d%%", 50), locale.format_string("% d", 5))
for args in [("%s %s", ("a",)), ("50%", ()), ("%d", "x")]:
    try:
        print(locale.format_string(*args))
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(locale.format("%.1f", 2.25), locale.format("%d", 1234567, True), locale.format("%5s", "ab"))
try:
    locale.format("%.1f %d", (2.25, 1))
except ValueError as e:
    print("ValueError", e)
for args in [(1234.5,), (-1234.5, True, True), (5, False), ("x",)]:
    try:
        print(locale.currency(*args))
    except ValueError as e:
        print("ValueError", e)
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(0.1 + 0.2), locale.str(7))
print(locale.atof("1234.5"), locale.atof("12", int), locale.atoi("42"), locale.delocalize("1,234.5"),
      locale.localize("1234.5", grouping=True), locale.localize("1234.5", monetary=True))
for bad in (lambda: locale.atof("1,234"), lambda: locale.atoi("x"), lambda: locale.atoi("1.5")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("a", "a"), locale.strcoll("abc", "z"),
      locale.strcoll("Z", "a"), locale.strxfrm("h\u00e9llo"), sorted(["b", "A", "a", "\u00e9"], key=locale.strxfrm))
for bad in (lambda: locale.strcoll(1, "a"), lambda: locale.strcoll("a", 1), lambda: locale.strxfrm(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(locale.Error.__mro__[1:], locale.CHAR_MAX, locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME,
      locale.LC_MONETARY, locale.LC_NUMERIC, locale.LC_ALL, locale.LC_MESSAGES)
print(locale.gettext("hi"), locale.dgettext("d", "hi"), locale.textdomain(None), locale.__all__)
