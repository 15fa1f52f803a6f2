import hashlib

messages = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64,
            b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 129, bytes(range(256)) * 5]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b"]:
    for m in messages:
        print(name, len(m), hashlib.new(name, m).hexdigest())
print(hashlib.sha256(b"abc").digest())
print(hashlib.md5("text".encode("utf-8")).hexdigest())
