
name = '_open_files.tmp'
f = (open(name, 'w')).__enter__()
print(f.write('line one\n'), f.write('line two\nline three'))
print(f.closed, f.name, f.mode)
f.__exit__(None, None, None)
print(f.closed)
f = (open(name)).__enter__()
print(repr(f.read()))
f.__exit__(None, None, None)
f = (open(name, 'r', encoding='utf-8')).__enter__()
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.__exit__(None, None, None)
f = (open(name)).__enter__()
print(f.readlines())
f.__exit__(None, None, None)
f = (open(name)).__enter__()
for line in f:
    print(repr(line))
f.__exit__(None, None, None)
f = (open(name, 'a')).__enter__()
f.write('\nappended é')
f.writelines(['\nx', '\ny'])
f.__exit__(None, None, None)
f = (open(name)).__enter__()
print(f.read(5), repr(f.read(4)), repr(f.read()))
f.__exit__(None, None, None)
f = (open(name, 'rb')).__enter__()
data = f.read()
f.__exit__(None, None, None)
print(data[:10], len(data), type(data).__name__)
f = (open(name, 'wb')).__enter__()
f.write(b'a\r\nb\rc\nd')
f.__exit__(None, None, None)
f = (open(name)).__enter__()
print(repr(f.read()))
f.__exit__(None, None, None)
f = (open(name, newline='')).__enter__()
print(f.readlines())
f.__exit__(None, None, None)
f = (open(name, 'rb')).__enter__()
print(f.readline(), f.read())
f.__exit__(None, None, None)
f = (open(name, 'w', encoding='latin-1')).__enter__()
f.write('café')
f.__exit__(None, None, None)
f = (open(name, 'rb')).__enter__()
print(f.read())
f.__exit__(None, None, None)
f = (open(name, encoding='latin-1')).__enter__()
print(f.read())
f.__exit__(None, None, None)
try:
    f = (open(name)).__enter__()
    f.read()
    f.__exit__(None, None, None)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
f = open(name, 'w')
f.close()
try:
    f.write('x')
except ValueError as e:
    print('ValueError', e)
try:
    open('_no_such_file_here.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    open(name, 'rw')
except ValueError as e:
    print('ValueError', e)
try:
    open(name, 'z')
except ValueError as e:
    print('ValueError', e)
try:
    open(name, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError', e)
f = (open(name, 'w')).__enter__()
try:
    f.write(b'x')
except TypeError as e:
    print('TypeError', e)
f.__exit__(None, None, None)

