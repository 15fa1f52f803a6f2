import sys

n = sys.stdout.write("written with write\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
sys.stdout.flush()
sys.stdout.writelines(["a\n", "b\n"])
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
sys.stderr.flush()
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.writable(), sys.stdin.readable())
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines())
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
print(sys.__stdout__ is sys.stdout)
