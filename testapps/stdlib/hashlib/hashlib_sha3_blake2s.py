# SHA-3, SHAKE and BLAKE2s: digests across block boundaries, incremental updates, the objects' names
# and types, parameter limits, and their use by new(), hmac and pbkdf2_hmac.
import hashlib
for n in range(0, 400, 37):
    data = bytes((i * 7 + n) % 256 for i in range(n))
    print(n, hashlib.sha3_224(data).hexdigest()[:16], hashlib.sha3_256(data).hexdigest()[:16], hashlib.sha3_384(data).hexdigest()[:16], hashlib.sha3_512(data).hexdigest()[:16],
          hashlib.shake_128(data).hexdigest(5), hashlib.shake_256(data).hexdigest(300)[-10:], hashlib.blake2s(data).hexdigest()[:16], hashlib.blake2s(data, digest_size=7, key=b"key", salt=b"s", person=b"p").hexdigest())
for size in (135, 136, 137, 167, 168, 169, 63, 64, 65):
    d = b"a" * size
    h = hashlib.sha3_256(); h.update(d[:10]); h.update(d[10:])
    print(size, h.hexdigest() == hashlib.sha3_256(d).hexdigest(), h.hexdigest()[:12], hashlib.shake_128(d).hexdigest(200)[-8:], hashlib.blake2s(d).hexdigest()[:12])
print(sorted(hashlib.algorithms_guaranteed))
h = hashlib.new("sha3_256", b"x"); print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
s = hashlib.new("shake_256"); print(s.name, s.digest_size, s.block_size, type(s).__name__, s.copy().digest(4))
b = hashlib.blake2s(); print(b.name, b.digest_size, b.block_size, type(b).__name__, type(b).__module__)
for bad in (lambda: hashlib.blake2s(digest_size=33), lambda: hashlib.blake2s(salt=b"123456789"), lambda: hashlib.blake2s(key=b"k" * 33)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac("sha3_256", b"pw", b"salt", 10).hex()[:16])
import hmac
print(hmac.new(b"k", b"msg", "sha3_256").hexdigest()[:16], hmac.new(b"k", b"msg", hashlib.blake2s).hexdigest()[:16])
print(hashlib.pbkdf2_hmac("blake2s", b"p", b"s", 1).hex()[:10], hashlib.pbkdf2_hmac("blake2b", b"p", b"s", 3, 20).hex()[:10])
