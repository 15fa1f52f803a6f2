import os
import tempfile

d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.isabs(d), os.path.dirname(d) == tempfile.gettempdir())
print(os.path.basename(d).startswith("tmp"), len(os.path.basename(d)))
print(oct(os.stat(d).st_mode & 0o777))
e = tempfile.mkdtemp(suffix=".work", prefix="build-", dir=d)
name = os.path.basename(e)
print(name.startswith("build-"), name.endswith(".work"), len(name), os.path.dirname(e) == d)
print(os.listdir(d) == [name])
os.rmdir(e)
os.rmdir(d)
print(os.path.exists(d))
