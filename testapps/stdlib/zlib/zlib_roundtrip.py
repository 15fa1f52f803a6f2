import zlib

TEXT = b"PyPack compiles Python to one native executable. " * 8
# Compressed by CPython's zlib; decompressing them must give the text back.
ZLIB_DATA = b'x\xda\x0b\xa8\x0cHL\xceVH\xce\xcf-\xc8\xccI-V\x08\xa8,\xc9\xc8\xcfS(\xc9W\xc8\xcfKU\xc8K,\xc9,KUH\xadHM.-IL\xcaI\xd5\x03*\x18\xd5@\x03\r\x00\xc4\xba\x90\x11'
RAW_DATA = b'\x0b\xa8\x0cHL\xceVH\xce\xcf-\xc8\xccI-V\x08\xa8,\xc9\xc8\xcfS(\xc9W\xc8\xcfKU\xc8K,\xc9,KUH\xadHM.-IL\xcaI\xd5\x03*\x18\xd5@\x83P\x02\x00'
GZIP_DATA = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b\xa8\x0cHL\xceVH\xce\xcf-\xc8\xccI-V\x08\xa8,\xc9\xc8\xcfS(\xc9W\xc8\xcfKU\xc8K,\xc9,KUH\xadHM.-IL\xcaI\xd5\x03*\x18\xd5@\x03\r\x00;\xf6$\xb3\x88\x01\x00\x00'

print(zlib.decompress(ZLIB_DATA) == TEXT, zlib.decompress(RAW_DATA, -15) == TEXT, zlib.decompress(GZIP_DATA, 31) == TEXT)
print(zlib.decompress(ZLIB_DATA, 47) == TEXT, zlib.decompress(GZIP_DATA, 47) == TEXT, zlib.decompress(ZLIB_DATA, 0) == TEXT)
print(zlib.decompress(ZLIB_DATA + b"trailing junk") == TEXT, zlib.decompress(bytearray(ZLIB_DATA), bufsize=1) == TEXT)

samples = [b"", b"a", b"hello world", TEXT, bytes(range(256)) * 40, b"\x00" * 70000]
for level in [-1, 0, 1, 2, 5, 6, 9]:
    for data in samples:
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data, (level, len(data))
        raw = zlib.compress(data, level, -15)
        gz = zlib.compress(data, level, wbits=31)
        print(level, len(data), c[:2], gz[:10], zlib.decompress(raw, -15) == data, zlib.decompress(gz, 31) == data,
              zlib.decompress(gz, 47) == data, len(c) < len(data) + 20)
# Level 0 stores the data: the exact bytes are known.
print(zlib.compress(b"hello", 0))
print(zlib.compress(b"hello", 0, -15), zlib.compress(b"", 0, 31))
print(zlib.compress(b""), zlib.compress(b"", 9), zlib.compress(b"", 1, 31), zlib.compress(b"", 9, 31))
for wbits in [9, 12, 15, -9, -12, 25, 28]:
    c = zlib.compress(TEXT, 6, wbits)
    print(wbits, c[:2] if wbits > 0 and wbits < 16 else b"", zlib.decompress(c, wbits) == TEXT)

print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"))
print(zlib.adler32(b"x" * 100000), zlib.crc32(b"x" * 100000), zlib.adler32(b"abc", 5), zlib.crc32(b"a", -1))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_BEST_COMPRESSION, zlib.Z_NO_COMPRESSION, zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
      zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
