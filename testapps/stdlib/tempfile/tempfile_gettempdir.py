import os
import tempfile

print(tempfile.gettempprefix())
print(tempfile.gettempdir() == tempfile.gettempdir(), os.path.isdir(tempfile.gettempdir()))
print(tempfile.tempdir is None or isinstance(tempfile.tempdir, str))
custom = tempfile.mkdtemp()
tempfile.tempdir = custom
print(tempfile.gettempdir() == custom)
inner = tempfile.mkdtemp()
print(os.path.dirname(inner) == custom)
os.rmdir(inner)
os.rmdir(custom)
