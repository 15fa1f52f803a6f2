# sys.stdout.buffer and a TextIOWrapper over it: bytes and other encodings on standard output.
import io
import sys

print(sys.stdout.buffer.name, sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.writable())
sys.stdout.flush()
print(sys.stdout.buffer.write(b'raw bytes\n'))
sys.stdout.buffer.write('h\u00e9 \u2603\n'.encode('utf-8'))
sys.stdout.buffer.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding='latin-1', newline='\r\n')
print(repr(out).replace("'<stdout>'", 'STDOUT'))
out.write('latin-1: caf\u00e9\n')
out.flush()
print(out.detach() is sys.stdout.buffer)
out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', write_through=True)
out.write('through\n')
out.detach()
print('print still works')
sys.stderr.buffer.write(b'to stderr\n')
sys.stderr.flush()
