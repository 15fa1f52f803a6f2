# CPython has one empty bytes object: every operation whose result is an empty bytes returns it
# (visible through `is`, and in pickle's memo references); bytearray and subclasses make new ones.
import base64, binascii, io, os, pickle, shutil, struct, tempfile
E = b''
cases = {
    'slice_zero': b'abc'[:0],
    'slice_end': b'abc'[3:],
    'slice_step': b'abc'[::-1][5:],
    'bytes_int0': bytes(0),
    'bytes_noarg': bytes(),
    'bytes_list': bytes([]),
    'bytes_of_empty': bytes(b''),
    'bytes_str': bytes('', 'ascii'),
    'join_none': b''.join([]),
    'join_one_empty': b'-'.join([b'']),
    'concat': b'' + b'',
    'replace': b'abc'.replace(b'abc', b''),
    'strip': b'abc'.strip(b'abc'),
    'lower': b''.lower(),
    'encode': ''.encode(),
    'encode_latin1': ''.encode('latin-1'),
    'split_parts': b'abc'.split(b'abc')[0],
    'partition': b'abc'.partition(b'x')[1],
    'fromhex': bytes.fromhex(''),
    'bytesio_read': io.BytesIO(b'x').read()[1:],
    'bytesio_eof': (lambda f: (f.read(), f.read())[1])(io.BytesIO(b'x')),
    'struct_pack': struct.pack(''),
    'urandom0': os.urandom(0),
    'memoryview': bytes(memoryview(b'')),
    'tobytes': memoryview(b'abc')[:0].tobytes(),
    'b64decode': base64.b64decode(b''),
    'unhexlify': binascii.unhexlify(b''),
    'int_to_bytes': (0).to_bytes(0, 'big'),
    'pickle_loads': pickle.loads(pickle.dumps(b'', 2)),
    'bytearray_bytes': bytes(bytearray()),
    'ljust': b''.ljust(0),
    'percent': b'' % (),
}
for name, value in cases.items():
    print(name, repr(value), value is E)
# Repeating makes a new empty bytes (CPython allocates it directly), except an empty exact bytes,
# which is returned itself.
x = b'ab'
print('repeat', x * 0 is E, x * 0 is x * 0, E * 3 is E, x * 1 is x, 0 * x is E, x * -1 is E)
print(pickle.dumps([x * 0, x * 0, b'abc'[:0]], 2))
print('bytearray shared', bytearray() is bytearray())
class B(bytes):
    pass
print('subclass', B() is E, type(B()).__name__, type(B() + b'').__name__, (B() + b'') is E, type(B() * 3).__name__, B() * 3 is E)
print(pickle.dumps([b'abc'[:0], bytes(0), b''], 2))
print(pickle.dumps([b'abc'[:0], bytes(0), b''], 4))
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.bin')
with open(path, 'wb') as f:
    f.write(b'ab')
with open(path, 'rb') as f:
    f.read()
    print('file eof', f.read() is E, f.read(5) is E, f.readline() is E)
shutil.rmtree(folder)
