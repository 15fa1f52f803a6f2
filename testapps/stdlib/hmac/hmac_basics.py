import hashlib
import hmac

h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256)
print(h.hexdigest())
print(h.name, h.digest_size, h.block_size)
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print(hmac.new(b"key", digestmod="sha1").hexdigest())
print(hmac.new(b"k" * 200, b"long key", "sha512").hexdigest())
print(hmac.new(bytearray(b"key"), b"msg", "sha384").hexdigest())
h = hmac.new(b"secret", digestmod=hashlib.sha256)
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest(), h.hexdigest() == hmac.new(b"secret", b"part one, part two", "sha256").hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), len(h.digest()))
print(hmac.digest(b"key", b"msg", "sha256").hex())
print(hmac.digest(b"", b"", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"ab"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(bytearray(b"x"), b"x"), hmac.compare_digest("", ""))
print(hmac.digest_size)
for args in [("a", b"a"), (b"a", "a"), ("a", 1), (1, 1), (b"a", 1), ("é", "é")]:
    try:
        hmac.compare_digest(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hmac.new(b"key")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hmac.new("key", digestmod="md5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hmac.new(b"key", "text", "md5")
except TypeError as e:
    print(type(e).__name__, e)
