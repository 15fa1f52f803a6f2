print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True))
print((127).to_bytes(1, 'big', signed=True), (2**64).to_bytes(9, 'big'))
print((1024).to_bytes(length=4, byteorder='little'))
print((5).to_bytes())
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'', 'big'))
try:
    print((256).to_bytes(1, 'big'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print((-1).to_bytes(1, 'big'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print((128).to_bytes(1, 'big', signed=True))
except Exception as e:
    print(type(e).__name__, e)
try:
    print((-129).to_bytes(1, 'big', signed=True))
except Exception as e:
    print(type(e).__name__, e)
try:
    print((1).to_bytes(1, 'middle'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print((1).to_bytes(-1, 'big'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int.from_bytes(b'x', 'sideways'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int.from_bytes('x', 'big'))
except Exception as e:
    print(type(e).__name__, e)
