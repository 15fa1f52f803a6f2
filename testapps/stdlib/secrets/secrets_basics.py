import secrets
import string

t = secrets.token_bytes()
print(type(t).__name__, len(t), len(secrets.token_bytes(5)), secrets.token_bytes(0))
h = secrets.token_hex(16)
print(len(h), all(c in "0123456789abcdef" for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u), len(secrets.token_urlsafe()), len(secrets.token_urlsafe(1)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(len({secrets.randbelow(4) for _ in range(400)}))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
print(secrets.choice("a") , secrets.choice([7, 7, 7]), secrets.choice("abc") in "abc")
print(secrets.compare_digest(b"x", b"x"), secrets.compare_digest("x", "y"), secrets.DEFAULT_ENTROPY)
password = "".join(secrets.choice(string.ascii_letters) for _ in range(12))
print(len(password), password.isalpha())
r = secrets.SystemRandom()
print(0.0 <= r.random() < 1.0, 1 <= r.randint(1, 3) <= 3, r.randrange(5, 6), r.seed(1))
xs = list(range(20)); r.shuffle(xs); print(sorted(xs) == list(range(20)))
for bad in (0, -5):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    secrets.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    secrets.randbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    secrets.token_bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
