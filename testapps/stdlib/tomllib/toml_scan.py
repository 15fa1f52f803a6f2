# The parser's whitespace and bare-key runs: plain text, text holding characters outside the BMP
# (positions in errors count code points), tabs, and runs up to the end of the document.
import tomllib

docs = [
    "a   =\t 1\nb-c_9 = 'x'   \n\t[t . u]\t\n  k = [ 1 ,\n\n 2 ]   ",
    "emoji = \"\U0001F600\"   \nnext   = 2\n[tab\U0001F600]\n",
    "s = \"\U0001F600\U0001F601\"\nkey\t  =   \t3\t",
    "bare-key_1   .   part = true",
    "x = 1   ",
]
for doc in docs:
    try:
        print(tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print("error", e)
for bad in ["\U0001F600 = 1", "k = \"\U0001F600\"  x", "a = 1\n\U0001F600b   c = 2", "key   ", "[t   "]:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("error", e)
