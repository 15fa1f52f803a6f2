# bytes.hex with separators, fromhex parsing rules, and bytes/bytearray/memoryview agreement.
data = bytes(range(0, 256, 37))
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -3), data.hex(b"|", 1))
print(bytearray(b"\x00\xff").hex(), memoryview(b"ab").hex(), b"".hex(), b"".hex(":"))
for sep in ("::", "é", 5):
    try:
        print(b"ab".hex(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("de ad be ef"), bytearray.fromhex(" 01 02\n03\t"), bytes.fromhex(""))
for text in ("abc", "0g", "a b", "1", "12 3"):
    try:
        print(bytes.fromhex(text))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)
print(hex(255), (255).to_bytes(2, "big").hex(), int.from_bytes(bytes.fromhex("0100"), "little"))
print(b"\x01\x02".hex() == bytearray(b"\x01\x02").hex(), type(bytearray.fromhex("00")).__name__)

