import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u)
print(repr(u))
print(u.hex, u.int, u.urn)
print(u.version, u.variant)
print(u.bytes, u.bytes_le)
print(u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq)
print(u.is_safe, repr(u.is_safe), uuid.SafeUUID.safe, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.name)

same = [
    uuid.UUID("{12345678-1234-5678-1234-567812345678}"),
    uuid.UUID("urn:uuid:12345678123456781234567812345678"),
    uuid.UUID("12345678123456781234567812345678"),
    uuid.UUID(bytes=u.bytes),
    uuid.UUID(bytes_le=u.bytes_le),
    uuid.UUID(fields=u.fields),
    uuid.UUID(int=u.int),
    uuid.UUID(hex="12345678-1234-5678-1234-567812345678"),
]
print([x == u for x in same])
print(uuid.UUID("12345678123456781234567812345678", version=4))
print(uuid.UUID(int=0), uuid.UUID(int=0).version, uuid.UUID(int=0).variant)
print(uuid.UUID(int=(1 << 128) - 1), uuid.UUID(int=(1 << 128) - 1).variant)
for v in range(1, 6):
    x = uuid.UUID(int=0, version=v)
    print(v, x, x.version, x.variant)
print(uuid.UUID(int=0xC000 << 48).variant, uuid.UUID(int=0xE000 << 48).variant)
print(uuid.UUID("A" * 32), uuid.UUID("{" + "b" * 32 + "}"))
