# SystemExit with a message prints it to sys.stderr as the program left it (here a custom writer).
import sys


class Shout:
    def write(self, s):
        sys.__stdout__.write(s.upper())

    def flush(self):
        pass


print("start")
sys.stderr = Shout()
raise SystemExit("stopping: config invalid")
