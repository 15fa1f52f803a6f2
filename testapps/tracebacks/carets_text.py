# Marker lines over non-ASCII text (columns are UTF-8 bytes in CPython, printed as characters),
# tab indentation and trailing blanks.
import traceback


def accents():
    café = {"clé": 1}
    return café["clé"] + café["naïve"]


def tabs():
	value = [1]
	return value[0] + value[3]


def trailing():
    return len([1]) + None   


for f in [accents, tabs, trailing]:
    try:
        f()
    except Exception:
        print(traceback.format_exc())

try:
    tabs()
except IndexError:
    trailing()
