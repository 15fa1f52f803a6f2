# An AES-style block cipher in pure Python: S-box built from GF(2^8) arithmetic, key expansion,
# SubBytes/ShiftRows/MixColumns on lists of ints, CTR mode over bytes.
import sys


def xtime(a):
    a <<= 1
    if a & 0x100:
        a ^= 0x11B
    return a


def gmul(a, b):
    p = 0
    while b:
        if b & 1:
            p ^= a
        a = xtime(a)
        b >>= 1
    return p


def build_sbox():
    # Multiplicative inverse then an affine map, as the AES S-box is defined.
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gmul(a, b) == 1:
                inv[a] = b
                break
    sbox = []
    for a in range(256):
        x = inv[a]
        s = x
        for shift in range(1, 5):
            s ^= ((x << shift) | (x >> (8 - shift))) & 0xFF
        sbox.append(s ^ 0x63)
    return sbox


SBOX = build_sbox()
INV_SBOX = [0] * 256
for _i, _s in enumerate(SBOX):
    INV_SBOX[_s] = _i
MUL2 = [gmul(x, 2) for x in range(256)]
MUL3 = [gmul(x, 3) for x in range(256)]
MUL9 = [gmul(x, 9) for x in range(256)]
MUL11 = [gmul(x, 11) for x in range(256)]
MUL13 = [gmul(x, 13) for x in range(256)]
MUL14 = [gmul(x, 14) for x in range(256)]
RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36]


def expand_key(key):
    if len(key) != 16:
        raise ValueError("key must be 16 bytes, got %d" % len(key))
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    for i in range(4, 44):
        temp = words[i - 1][:]
        if i % 4 == 0:
            temp = temp[1:] + temp[:1]
            temp = [SBOX[b] for b in temp]
            temp[0] ^= RCON[i // 4 - 1]
        words.append([a ^ b for a, b in zip(words[i - 4], temp)])
    return [sum(words[r * 4:r * 4 + 4], []) for r in range(11)]


def add_round_key(state, rk):
    for i in range(16):
        state[i] ^= rk[i]


def sub_bytes(state):
    for i in range(16):
        state[i] = SBOX[state[i]]


def shift_rows(s):
    s[1], s[5], s[9], s[13] = s[5], s[9], s[13], s[1]
    s[2], s[6], s[10], s[14] = s[10], s[14], s[2], s[6]
    s[3], s[7], s[11], s[15] = s[15], s[3], s[7], s[11]


def inv_shift_rows(s):
    s[5], s[9], s[13], s[1] = s[1], s[5], s[9], s[13]
    s[10], s[14], s[2], s[6] = s[2], s[6], s[10], s[14]
    s[15], s[3], s[7], s[11] = s[3], s[7], s[11], s[15]


def mix_columns(s):
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c], s[c + 1], s[c + 2], s[c + 3]
        s[c] = MUL2[a0] ^ MUL3[a1] ^ a2 ^ a3
        s[c + 1] = a0 ^ MUL2[a1] ^ MUL3[a2] ^ a3
        s[c + 2] = a0 ^ a1 ^ MUL2[a2] ^ MUL3[a3]
        s[c + 3] = MUL3[a0] ^ a1 ^ a2 ^ MUL2[a3]


def inv_mix_columns(s):
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c:c + 4]
        s[c] = MUL14[a0] ^ MUL11[a1] ^ MUL13[a2] ^ MUL9[a3]
        s[c + 1] = MUL9[a0] ^ MUL14[a1] ^ MUL11[a2] ^ MUL13[a3]
        s[c + 2] = MUL13[a0] ^ MUL9[a1] ^ MUL14[a2] ^ MUL11[a3]
        s[c + 3] = MUL11[a0] ^ MUL13[a1] ^ MUL9[a2] ^ MUL14[a3]


class AES:
    def __init__(self, key):
        self.round_keys = expand_key(key)

    def encrypt_block(self, block):
        state = list(block)
        add_round_key(state, self.round_keys[0])
        for r in range(1, 10):
            sub_bytes(state)
            shift_rows(state)
            mix_columns(state)
            add_round_key(state, self.round_keys[r])
        sub_bytes(state)
        shift_rows(state)
        add_round_key(state, self.round_keys[10])
        return bytes(state)

    def decrypt_block(self, block):
        state = list(block)
        add_round_key(state, self.round_keys[10])
        for r in range(9, 0, -1):
            inv_shift_rows(state)
            state = [INV_SBOX[b] for b in state]
            add_round_key(state, self.round_keys[r])
            inv_mix_columns(state)
        inv_shift_rows(state)
        state = [INV_SBOX[b] for b in state]
        add_round_key(state, self.round_keys[0])
        return bytes(state)


def ctr_crypt(aes, nonce, data):
    out = bytearray()
    for i in range(0, len(data), 16):
        counter = nonce + (i // 16).to_bytes(8, "big")
        stream = aes.encrypt_block(counter)
        chunk = data[i:i + 16]
        out += bytes(a ^ b for a, b in zip(chunk, stream))
    return bytes(out)


def main(size):
    key = bytes(range(16))
    aes = AES(key)
    # FIPS-197 appendix C.1 vector.
    plain = bytes.fromhex("00112233445566778899aabbccddeeff")
    ct = aes.encrypt_block(plain)
    print(ct.hex())
    print(aes.decrypt_block(ct) == plain)
    text = b"".join(b"The quick brown fox jumps over the lazy dog %d. " % i for i in range(size))
    nonce = b"\x00\x01\x02\x03\x04\x05\x06\x07"
    enc = ctr_crypt(aes, nonce, text)
    print(len(text), enc[:16].hex(), enc[-16:].hex())
    dec = ctr_crypt(aes, nonce, enc)
    print(dec == text, dec[-30:])
    blocks = [aes.decrypt_block(enc[i:i + 16]) for i in range(0, min(len(enc), 16 * size // 4), 16)]
    print(sum(sum(b) for b in blocks) % 65521)
    try:
        AES(b"short")
    except ValueError as e:
        print(type(e).__name__, e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
