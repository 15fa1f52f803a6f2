import hashlib

h = hashlib.sha256()
print(h.name, h.digest_size, h.block_size)
for chunk in [b"hello ", b"", b"world", b"x" * 200]:
    h.update(chunk)
print(h.hexdigest())
print(hashlib.sha256(b"hello world" + b"x" * 200).hexdigest() == h.hexdigest())
c = h.copy()
c.update(b"more")
print(h.hexdigest() != c.hexdigest(), h.hexdigest() == h.hexdigest())
for name in ["md5", "sha1", "sha224", "sha384", "sha512", "blake2b"]:
    o = getattr(hashlib, name)()
    print(o.name, o.digest_size, o.block_size, len(o.digest()), len(o.hexdigest()))
b = hashlib.blake2b(b"data", digest_size=20)
print(b.name, b.digest_size, b.hexdigest())
print(hashlib.blake2b(b"data", key=b"secret").hexdigest())
print(hashlib.blake2b(b"data", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2b(digest_size=32).hexdigest())
big = hashlib.blake2b()
for i in range(10):
    big.update(bytes([i]) * 100)
print(big.hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest(), hashlib.new("md5").name)
print(hashlib.md5(string=b"abc").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512", "blake2b"}))
print("sha256" in hashlib.algorithms_available)
