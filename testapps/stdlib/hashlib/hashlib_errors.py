import hashlib

for data in ["text", 1, None, [1]]:
    try:
        hashlib.sha256(data)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
for size in [0, 65]:
    try:
        hashlib.blake2b(digest_size=size)
    except ValueError as e:
        print("ValueError", e)
try:
    hashlib.blake2b(key=b"k" * 65)
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.blake2b(salt=b"s" * 17)
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.blake2b(person=b"p" * 17)
except ValueError as e:
    print("ValueError", e)
h = hashlib.md5()
try:
    h.update()
except TypeError as e:
    print("TypeError", e)
try:
    h.update("str")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.md5(b"a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.sha256(data=b"x")
except TypeError as e:
    print("TypeError", e)
