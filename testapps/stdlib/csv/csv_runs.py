# The reader takes runs of ordinary characters at once: fields of every length around the field size
# limit, astral characters (one code point each), quotes inside unquoted fields, escapes and newlines
# inside quoted fields, and a custom delimiter, quotechar and escapechar.
import csv
import io


def read(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except csv.Error as e:
        return "Error: %s" % e


print(read('abc,d"e"f,"g,h\nij""k",\U0001F600x\U0001F600,\r\nlast\n'))
print(read("a;b|c;|x;y|;z\\;w\n", delimiter=";", quotechar="|", escapechar="\\"))
print(read('"abc\\"def",g\\,h\\\n,i\n', escapechar="\\"))
print(read('1,2.5,"x"\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('a"b,"c\nd"\n', quoting=csv.QUOTE_NONE))
old = csv.field_size_limit(5)
for text in ["12345,6", "123456,7", '"12345"', '"123456"', "\U0001F600" * 5, "\U0001F600" * 6, "ab\U0001F600cd",
             "abcd\U0001F600e", "a,bcdef", '"ab""cd"', '"ab""cde"']:
    print(repr(text), read(text + "\n"))
csv.field_size_limit(old)
r = csv.reader(["x,y", "unterminated,\"quoted", "more\"z,w", ""])
print(next(r), r.line_num, next(r), r.line_num)
print(list(csv.reader(["a,b\n", "c\r", "d\r\n"], strict=True)), read('"a"b,c\n', strict=True), read('"a"b,c\n'))
long_field = "w" * 10000
rows = read(("%s,%s\n" % (long_field, "\u00e9" * 3)) * 3)
print(len(rows), [len(f) for f in rows[0]], rows[2][1])
