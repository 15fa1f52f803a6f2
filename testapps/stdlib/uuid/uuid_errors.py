import uuid


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(uuid.UUID)
attempt(uuid.UUID, "1234")
attempt(uuid.UUID, "12345678-1234-5678-1234-56781234567g")
attempt(uuid.UUID, "12345678-1234-5678-1234-5678123456789")
attempt(uuid.UUID, bytes=b"x")
attempt(uuid.UUID, bytes_le=b"x" * 17)
attempt(uuid.UUID, bytes="x" * 16)
attempt(uuid.UUID, int=-1)
attempt(uuid.UUID, int=1 << 128)
attempt(uuid.UUID, fields=(1, 2, 3))
for i, bad in enumerate([1 << 32, 1 << 16, 1 << 16, 256, 256, 1 << 48]):
    fields = [0, 0, 0, 0, 0, 0]
    fields[i] = bad
    attempt(uuid.UUID, fields=tuple(fields))
attempt(uuid.UUID, fields=(0, 0, 0, 0, 0, -1))
attempt(uuid.UUID, "12345678123456781234567812345678", version=9)
attempt(uuid.UUID, "12345678123456781234567812345678", version=0)
attempt(uuid.UUID, "12345678123456781234567812345678", bytes=b"x")
attempt(uuid.UUID, 1)
attempt(uuid.UUID, "12345678123456781234567812345678", nope=1)
u = uuid.UUID(int=5)
attempt(setattr, u, "int", 1)
attempt(setattr, u, "x", 1)
attempt(lambda: u < 1)
print(u == 5, u != 5)
attempt(uuid.uuid3, uuid.NAMESPACE_DNS, 5)
attempt(uuid.uuid5, "x", "y")
attempt(uuid.uuid3, uuid.NAMESPACE_DNS)
attempt(uuid.uuid4, 1)
