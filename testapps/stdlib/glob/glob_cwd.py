import glob
import os

base = "/tmp/pypack_glob_cwd_" + str(os.getpid())
os.makedirs(base + "/a/b")
os.mkdir(base + "/a/one.txt")
os.mkdir(base + "/a/b/two.txt")
old = os.getcwd()
os.chdir(base)
print(sorted(glob.glob("*")), sorted(glob.glob("a/*")), sorted(glob.glob("**/*.txt", recursive=True)))
print(sorted(glob.glob("./a/*.txt")), sorted(glob.glob("a/**", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
os.chdir(old)
os.rmdir(base + "/a/b/two.txt")
os.rmdir(base + "/a/b")
os.rmdir(base + "/a/one.txt")
os.rmdir(base + "/a")
os.rmdir(base)
