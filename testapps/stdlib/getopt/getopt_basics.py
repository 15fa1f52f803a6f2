import getopt
import os

os.environ.pop("POSIXLY_CORRECT", None)

def show(fn, args, short, long=[]):
    try:
        print(fn.__name__, fn(args, short, long))
    except getopt.GetoptError as e:
        print(fn.__name__, "GetoptError", repr(e.msg), repr(e.opt), str(e), e.args)

show(getopt.getopt, ["-a", "-b", "val", "-cfoo", "rest", "-d"], "ab:c:d")
show(getopt.getopt, ["-abval", "x"], "ab:")
show(getopt.getopt, ["--verbose", "--out=file", "--out", "f2", "--", "-a"], "a", ["verbose", "out="])
show(getopt.getopt, ["--verb", "x"], "", ["verbose", "version"])
show(getopt.getopt, ["--ver", "x"], "", ["verbose", "version"])
show(getopt.getopt, ["--vers"], "", ["verbose", "version="])
show(getopt.getopt, ["--vers", "1.0"], "", ["verbose", "version="])
show(getopt.getopt, ["--nope"], "", ["verbose"])
show(getopt.getopt, ["--verbose=3"], "", ["verbose"])
show(getopt.getopt, ["--out"], "", ["out="])
show(getopt.getopt, ["-x"], "ab")
show(getopt.getopt, ["-b"], "ab:")
show(getopt.getopt, ["-", "-a"], "a")
show(getopt.getopt, [], "a")
show(getopt.getopt, ["-a", "--", "--"], "a")
show(getopt.getopt, ["--help"], "h", "help")
show(getopt.getopt, ["--out="], "", ["out="])
show(getopt.getopt, ["-:"], "a:")
show(getopt.gnu_getopt, ["file1", "-a", "file2", "-b", "v", "--long", "file3"], "ab:", ["long"])
show(getopt.gnu_getopt, ["file1", "-a", "--", "-b"], "ab:")
show(getopt.gnu_getopt, ["file1", "-a", "file2"], "+ab:")
show(getopt.gnu_getopt, ["-a", "-", "-a"], "a")
show(getopt.gnu_getopt, ["x", "--nope"], "a", ["yes"])
os.environ["POSIXLY_CORRECT"] = "1"
show(getopt.gnu_getopt, ["-a", "file1", "-a"], "a")
del os.environ["POSIXLY_CORRECT"]
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError("bad thing")
print(repr(e), repr(e.opt), e.args)
try:
    getopt.getopt(["-q"], "a")
except getopt.error as e:
    print(type(e).__name__, e)
